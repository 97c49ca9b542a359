"""9ter families of the `twentysecond` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentyfirst had been read, by a writer who saw neither the
validator nor its output.  Applications: a lawyer's request whose paragraphs open with an italic question as a
heading ('Wie is de aanvrager?' / 'Qui est le demandeur ?' / 'Who is the applicant?'), the applicant called 'de
aanvrager / aanvraagster', 'le demandeur / la demanderesse', 'the applicant', the firm's letterhead centred in small
capitals over a double rule, 'pagina n van N' at the top right of every page after the first, the signature at the
right, unlabelled, over the typed name with the firm's round stamp overlapping it (Dutch, French, English); a
municipal social service's intake sheet with two columns of boxed fields written in ballpoint cursive, the applicant's
signature in a box at the lower right and the social worker's stamp at the left (Dutch, French).  The 2024 certificate
typed as a two-column table (question in a shaded left cell, answer typed in blue at the right) with the severity as
ticked squares (Dutch, French); the previous model printed blank and filled in by hand in blue ballpoint on dotted
lines (German from a GP in Sankt Vith; English).  A neurologist's or internist's consultation note with the vitals
line, a hospital's multidisciplinary attestation signed by two doctors.  An NGO's country fact-sheet in two colour
columns, a pharmacist's e-mail from the country of origin printed with the lawyer's ballpoint notes.  The reception
centre's 'badge' attestation and the Immigration Office's annex 26 copied in landscape.  A bpost registered slip
photographed on a dark desk with the envelope beside it, bpost's track-and-trace print made on the evening of the deposit, the
counter receipt stapled on A4 under the office's outgoing-mail label.  A GP's note that the person needs a companion,
a neighbour's attestation of residence.  Sentence builders ``s22_*``.
"""
from __future__ import annotations

import random
from datetime import timedelta

from PIL import Image, ImageDraw

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
    barcode,
    cname,
    drug,
    fdate,
    name_in,
    track_spaced,
)
from .fresh_be9ter import _stamp_lines, _values
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .twentysecond_identity import put

PART = "twentysecond"
GREY = (100, 100, 100)
BALL = (22, 38, 140)
TYPE_BLUE = (20, 50, 150)


def _wrap(text: str, w: float, font: str, size: float) -> list[str]:
    rows, line = [], ""
    for wd in str(text).split():
        t = (line + " " + wd).strip()
        if line and text_width_mm(t, font, size) * 1.04 > w:
            rows.append(line)
            line = wd
        else:
            line = t
    if line:
        rows.append(line)
    return rows


# --------------------------------------------------------------------------- what the applications say (s22_*)

def _who(c: Case, lang: str, cap: bool = False) -> str:
    """This part's lawyers say 'the applicant'."""
    s = {"nl": "de aanvraagster" if c.fem else "de aanvrager", "fr": "la demanderesse" if c.fem else "le demandeur",
         "en": "the applicant"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "en": f" [exhibit {n}]"}[lang]


def s22_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    bp = f"{p.birth_place}, {cname(c.birth_cc(), lang)}"
    nat = COUNTRIES[p.nationality]["adj_" + lang]
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    if lang == "nl":
        s = f"{_who(c, lang, True)} heet {nm}. {'Zij' if c.fem else 'Hij'} is geboren op {bd}"
        s += "" if nb else f" in {bp}"
        s += "." if nn else f" en is {nat} onderdaan."
        s += f" Rijksregisternummer: {c.nrn}." if c.nrn else f" Dossiernummer DVZ: {c.ov}."
        return s
    if lang == "fr":
        s = f"{_who(c, lang, True)} s'appelle {nm}. {'Elle' if c.fem else 'Il'} est né{'e' if c.fem else ''} le {bd}"
        s += "" if nb else f" à {bp}"
        s += "." if nn else f" et est de nationalité {nat}."
        s += f" Numéro de registre national : {c.nrn}." if c.nrn else f" Numéro de dossier OE : {c.ov}."
        return s
    s = f"{_who(c, lang, True)} is {nm}, born on {bd}" + ("" if nb else f" in {bp}")
    s += "." if nn else f", a {COUNTRIES[p.nationality]['adj_en']} national."
    s += f" National register number: {c.nrn}." if c.nrn else f" Immigration Office file number: {c.ov}."
    return s


def s22_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_who(c, lang, True)} heeft geen vast adres en verblijft afwisselend bij kennissen.",
                "fr": f"{_who(c, lang, True)} n'a pas d'adresse fixe et loge tantôt chez l'un, tantôt chez l'autre.",
                "en": f"{_who(c, lang, True)} has no fixed address and stays with acquaintances."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_who(c, lang, True)} woont feitelijk in {a}.",
            "fr": f"{_who(c, lang, True)} réside de fait à l'adresse {a}.",
            "en": f"{_who(c, lang, True)} actually lives at {a}."}[lang]


def s22_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"Woonplaatskeuze wordt gedaan op het kantoor van de ondergetekende raadsman, {L['street']}, "
                      f"{L['pc']} {L['city']}.",
                "fr": f"Il est fait élection de domicile au cabinet du conseil soussigné, {L['street']}, {L['pc']} "
                      f"{L['city']}.",
                "en": f"Domicile is elected at the office of the undersigned counsel, {L['street']}, {L['pc']} "
                      f"{L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze wordt gedaan bij {c.other_domicile}.",
                "fr": f"Il est fait élection de domicile chez {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Op dit adres wordt ook woonplaats gekozen.", "fr": "Il y est également fait élection de domicile.",
            "en": "Domicile is also elected at that address."}[lang]


def s22_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _ref(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_who(c, lang, True)} diende op {d} een verzoek om internationale bescherming in dat nog "
                      f"hangende is{r}; de identiteitsvereiste geldt dus niet.",
                "fr": f"{_who(c, lang, True)} a introduit le {d} une demande de protection internationale toujours "
                      f"pendante{r} ; l'exigence d'identité ne s'applique donc pas.",
                "en": f"{_who(c, lang, True)} lodged a request for international protection on {d}, still "
                      f"pending{r}; the identity requirement therefore does not apply."}[lang]
    if k == "none":
        return {"nl": f"{_who(c, lang, True)} heeft momenteel geen identiteitsdocument; de aanvraag bij de "
                      f"ambassade loopt.",
                "fr": f"{_who(c, lang, True)} n'a actuellement aucun document d'identité ; la demande auprès de "
                      f"l'ambassade est en cours.",
                "en": f"{_who(c, lang, True)} has no identity document at present; a request to the embassy is "
                      f"pending."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ref(c, key, lang) for key, d in items]
    if c.annex_no("id-tr"):
        parts.append({"nl": "de beëdigde vertaling", "fr": "la traduction jurée",
                      "en": "the sworn translation"}[lang] + _ref(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"nl": f"De identiteit blijkt uit: {lst}.", "fr": f"L'identité est établie par : {lst}.",
         "en": f"Identity is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet niet af aan de bewijskracht ervan voor de identiteit.",
              "fr": " Le fait que le passeport soit périmé n'enlève rien à sa force probante quant à l'identité.",
              "en": " That the passport has expired does not detract from its value as proof of identity."}[lang]
    return s


def s22_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} ({cd})", "fr": f"le rapport du {doc} ({cd})",
               "en": f"the report of {doc} ({cd})"}[lang] + _ref(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type du {doc} daté du {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _ref(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Volgens {src} lijdt {_who(c, lang)} aan {t['name']}. {t['severity']} De noodzakelijke "
                  f"behandeling bestaat uit {meds}.",
            "fr": f"Selon {src}, {_who(c, lang)} souffre de {t['name']}. {t['severity']} Le traitement nécessaire "
                  f"comprend {meds}.",
            "en": f"According to {src}, {_who(c, lang)} suffers from {t['name']}. {t['severity']} The necessary "
                  f"treatment consists of {meds}."}[lang]


def s22_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ref(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"In {cn} wordt {dr} alleen verstrekt in {o['hospital']}{r}. Een maand behandeling kost er "
                  f"ongeveer {il['cost']}; het gemiddelde maandinkomen bedraagt {o['wage']}. {o['insurance_nl']}",
            "fr": f"Au pays d'origine ({cn}), {dr} n'est délivré qu'au {o['hospital']}{r}. Un mois de traitement y "
                  f"coûte environ {il['cost']}, pour un revenu mensuel moyen de {o['wage']}. {o['insurance_fr']}",
            "en": f"In {cn}, {dr} is only dispensed at {o['hospital']}{r}. A month of treatment costs about "
                  f"{il['cost']}, against an average monthly income of {o['wage']}. {o['insurance_en']}"}[lang]


def s22_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f" ({COUNTRIES[q.nationality]['adj_' + lang]})"
        born = {"nl": "geboren", "fr": "né(e) le", "en": "born"}[lang]
        out.append(f"{rel[m.rel]}: {q.given_names} {q.surname.upper()}, {born} {c.d(q.birth_date, lang)} "
                   f"{'te' if lang == 'nl' else ('à' if lang == 'fr' else 'in')} {q.birth_place}{nat}"
                   f"{_ref(c, f'fam{i}', lang)}")
    return {"nl": "De aanvraag geldt ook voor de volgende gezinsleden: " + "; ".join(out) + ".",
            "fr": "La demande vaut également pour les membres de famille suivants : " + " ; ".join(out) + ".",
            "en": "The application also covers these family members: " + "; ".join(out) + "."}[lang]


def s22_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Een eerdere aanvraag 9ter van {d} is nog hangende; {_who(c, lang)} ziet daarvan af ten "
                          f"voordele van deze aanvraag.",
                    "fr": f"Une demande 9ter antérieure du {d} est toujours pendante ; {_who(c, lang)} s'en désiste "
                          f"au profit de la présente.",
                    "en": f"An earlier 9ter application of {d} is still pending; {_who(c, lang)} withdraws it in "
                          f"favour of this one."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief afgewezen.",
                    "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                    "en": f"The request for international protection was finally rejected on {d}."}[lang])
    return " ".join(out) or None


def s22_ask(c: Case, lang: str) -> str:
    return {"nl": f"Om die redenen vraagt {_who(c, lang)} een machtiging tot verblijf op grond van artikel 9ter van "
                  f"de wet van 15 december 1980.",
            "fr": f"Pour ces motifs, {_who(c, lang)} sollicite une autorisation de séjour sur la base de l'article "
                  f"9ter de la loi du 15 décembre 1980.",
            "en": f"For these reasons {_who(c, lang)} asks for leave to remain under Article 9ter of the Law of 15 "
                  f"December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: question headings

_A = {"nl": dict(to=["Aan de Dienst Vreemdelingenzaken", "Cel Medische Regularisatie", "Pachecolaan 44",
                     "1000 Brussel"], reg="Per aangetekende zending", date="{city}, {d}",
                 sub="Aanvraag machtiging tot verblijf – artikel 9ter – {n}", sal="Geachte heer, mevrouw,",
                 q=["Wie is de aanvrager?", "Waar woont de aanvrager?", "Wie vraagt mee?",
                    "Hoe wordt de identiteit bewezen?", "Waaraan lijdt de aanvrager?",
                    "Is behandeling in het land van herkomst mogelijk?", "Zijn er andere procedures?",
                    "Wat wordt gevraagd?"],
                 annex="Inventaris van de stukken", close="Hoogachtend,", page="pagina {i} van {n}"),
      "fr": dict(to=["À l'Office des Étrangers", "Cellule Régularisation médicale", "Boulevard Pachéco 44",
                     "1000 Bruxelles"], reg="Par envoi recommandé", date="{city}, le {d}",
                 sub="Demande d'autorisation de séjour – article 9ter – {n}", sal="Madame, Monsieur,",
                 q=["Qui est le demandeur ?", "Où réside le demandeur ?", "Qui est inclus dans la demande ?",
                    "Comment l'identité est-elle établie ?", "De quoi souffre le demandeur ?",
                    "Le traitement est-il possible au pays d'origine ?", "D'autres procédures sont-elles en cours ?",
                    "Que demande-t-on ?"],
                 annex="Inventaire des pièces", close="Je vous prie d'agréer, Madame, Monsieur, l'expression de ma "
                 "considération distinguée.", page="page {i} de {n}"),
      "en": dict(to=["To the Immigration Office", "Medical Regularisation Unit", "Pachecolaan 44", "1000 Brussels"],
                 reg="By registered mail", date="{city}, {d}",
                 sub="Application for leave to remain – Article 9ter – {n}", sal="Dear Sir or Madam,",
                 q=["Who is the applicant?", "Where does the applicant live?", "Who else is included?",
                    "How is identity proven?", "What is the applicant suffering from?",
                    "Is treatment possible in the country of origin?", "Are there other procedures?",
                    "What is requested?"],
                 annex="List of exhibits", close="Yours faithfully,", page="page {i} of {n}")}


def app_question_heads(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, T = c.lawyer, _A[lang]
    font = rng.choice(["serif7", "serif5", "serif2"])
    size, lh = 10.5, 5.1
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 12, L["firm"].upper(), font=font, size_pt=12, anchor="center", letter_spacing=0.6)
            sh.text(105, 18, f"{L['street']} – {L['pc']} {L['city']} – {L['tel']} – {L['mail']}", font=font,
                    size_pt=8, anchor="center", color=GREY)
            sh.rule(20, 23, 190, 23, width_mm=0.5)
            sh.rule(20, 24.2, 190, 24.2, width_mm=0.15)
            st["y"] = 32
        else:
            sh.text(20, 12, f"{name_in(c.p, 'SURNAME Given')} – 9ter", font=font, size_pt=8, color=GREY)
            st["y"] = 22
        return sh

    sh = new()
    for i, ln in enumerate(T["to"]):
        sh.text(118, 34 + i * 5, ln, font=font, size_pt=10.5)
    sh.text(118, 58, T["reg"], font=font, size_pt=9.5, italic=True)
    sh.text(20, 66, T["date"].format(city=L["city"], d=c.d(c.app_date, lang, "long")), font=font, size_pt=10.5)
    y = 76
    for ln in _wrap(T["sub"].format(n=name_in(c.p, "Given SURNAME")), 170, font, 11):
        sh.text(20, y, ln, font=font, size_pt=11, bold=True)
        y += 5.4
    sh.text(20, y + 4, T["sal"], font=font, size_pt=size)
    st["y"] = y + 13

    def block(head: str, body: str, tag: str | None):
        rows = _wrap(body, 170, font, size)
        if st["y"] + 14 > 272:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        pages[-1].text(20, st["y"], head, font=font, size_pt=10.5, italic=True, bold=True)
        st["y"] += 6.2
        for r in rows:
            if st["y"] > 274:
                new()
            pages[-1].text(20, st["y"], r, font=font, size_pt=size)
            st["y"] += lh
        st["y"] += 4

    Q = T["q"]
    block(Q[0], s22_person(c, lang), "personal")
    block(Q[1], " ".join(x for x in (s22_home(c, lang), s22_domicile(c, lang)) if x), "residence")
    if s22_family(c, lang):
        block(Q[2], s22_family(c, lang), "family")
    block(Q[3], s22_identity(c, lang), "identity")
    block(Q[4], s22_medical(c, lang), "medical")
    if s22_coi(c, lang):
        block(Q[5], s22_coi(c, lang), "coi")
    if s22_other(c, lang):
        block(Q[6], s22_other(c, lang), "parallel")
    block(Q[7], s22_ask(c, lang), None)
    ann = [d for _, d in c.annexes]
    if ann:
        if st["y"] + 8 + 4.8 * len(ann) > 272:
            new()
        pages[-1].text(20, st["y"], T["annex"], font=font, size_pt=10, bold=True)
        st["y"] += 6
        for i, d in enumerate(ann, 1):
            pages[-1].text(24, st["y"], f"{i:>2}.", font=font, size_pt=9.8)
            pages[-1].text(32, st["y"], d, font=font, size_pt=9.8)
            st["y"] += 4.8
        st["y"] += 4
    if st["y"] + 44 > 284:
        new()
    sh = pages[-1]
    y = sh.paragraph(20, st["y"], 170, T["close"], font=font, size_pt=size) + 6
    tags["signature"] = len(pages)
    if "unsigned" not in c.flags:
        sh.signature(128, y, 46, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(150, y - 4, [L["firm"][:22].upper(), L["city"].upper(), "ADVOCATEN" if lang == "nl" else "AVOCATS"
                              if lang == "fr" else "LAWYERS"], rng, shape="round", size_mm=24, color=STAMP_BLUE)
    sh.text(128, y + 17, f"{L['first']} {L['last'].upper()}", font=font, size_pt=size)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        if i > 1:
            pg.text(190, 12, T["page"].format(i=i, n=n), font=font, size_pt=8.5, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-prose-vraagkoppen-cursief-aanvrager-handtekening-rechts-stempel", "application", PART, "nl",
     lambda c, r: app_question_heads(c, r, lang="nl"),
     "lawyer's request with italic question headings, 'de aanvrager', signature at the right, unlabelled, with the "
     "firm's round stamp over it")
_reg("be9ter-app-fr-prose-intertitres-questions-demandeur-signature-droite", "application", PART, "fr",
     lambda c, r: app_question_heads(c, r, lang="fr"),
     "requête d'avocat aux intertitres en questions, 'le demandeur', signature à droite sous le cachet")
_reg("be9ter-app-en-prose-question-headings", "application", PART, "en",
     lambda c, r: app_question_heads(c, r, lang="en"), "the same request written in English (not accepted)")


# --------------------------------------------------------------------------- application 2: intake sheet, cursive

_F = {"nl": dict(org="Sociaal Huis – Dienst Maatschappelijk Werk", title="INTAKEFICHE AANVRAAG MEDISCHE REGULARISATIE "
                 "(art. 9ter)",
                 l=["Naam", "Voorna(a)m(en)", "Geboortedatum", "Geboorteplaats / -land", "Nationaliteit",
                    "Rijksregister- of DVZ-nummer", "Feitelijk verblijfsadres", "Gekozen woonplaats",
                    "Gezinsleden in de aanvraag", "Bewijs van identiteit", "Medisch getuigschrift (arts, datum)",
                    "Beschikbaarheid in land van herkomst", "Andere procedures", "Bijlagen"],
                 ask="De ondergetekende vraagt een machtiging tot verblijf op grond van art. 9ter Vreemdelingenwet.",
                 sig="Handtekening aanvrager", date="Datum", sw="Maatschappelijk werker", none="geen"),
      "fr": dict(org="CPAS – Service social général", title="FICHE D'ACCUEIL – DEMANDE DE RÉGULARISATION MÉDICALE "
                 "(art. 9ter)",
                 l=["Nom", "Prénom(s)", "Date de naissance", "Lieu / pays de naissance", "Nationalité",
                    "N° registre national ou OE", "Adresse de résidence effective", "Domicile élu",
                    "Membres de la famille inclus", "Preuve de l'identité", "Certificat médical (médecin, date)",
                    "Disponibilité au pays d'origine", "Autres procédures", "Annexes"],
                 ask="Le/la soussigné(e) sollicite une autorisation de séjour sur la base de l'art. 9ter de la loi "
                     "sur les étrangers.",
                 sig="Signature du demandeur", date="Date", sw="Assistant(e) social(e)", none="néant")}


def app_intake_cursive(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    F = _F[lang]
    p, fl = c.p, c.flags
    lf = "condensed"
    hf = rng.choice(["hand2", "hand3", "script"])
    ink = rng.choice([BALL, (30, 30, 35)])
    dom = ""
    if not ("no_domicile" in fl or c.domicile == "none"):
        if c.domicile == "lawyer" and c.lawyer:
            dom = f"Me {c.lawyer['last']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
        elif c.domicile == "other" and c.other_domicile:
            dom = c.other_domicile
        else:
            dom = {"nl": "idem verblijfsadres", "fr": "idem adresse de résidence"}[lang]
    fam = "; ".join(f"{m.p.given_names} {m.p.surname} ({c.d(m.p.birth_date, lang, 'slashes')}){_ref(c, f'fam{i}', lang)}"
                    for i, m in enumerate(c.family)) or F["none"]
    ids = [d + _ref(c, k, lang) for k, d in c.annexes if k.startswith("id")]
    if c.id_kind in ("asylum", "asylum-noproof"):
        ids = [{"nl": f"verzoek internationale bescherming sinds {c.d(c.asylum['lodged'], lang, 'slashes')}, hangende",
                "fr": f"demande de protection internationale depuis le {c.d(c.asylum['lodged'], lang, 'slashes')}, "
                      f"pendante"}[lang] + (_ref(c, "asylum", lang) if c.id_kind == "asylum" else "")]
    il = ILLNESSES[c.illness][lang]
    coi = s22_coi(c, lang)
    vals = [p.surname, p.given_names, c.d(p.birth_date, lang, "slashes"),
            "" if "no_birthplace" in fl else f"{p.birth_place} / {cname(c.birth_cc(), lang)}",
            "" if "no_nationality" in fl else COUNTRIES[p.nationality]["adj_" + lang],
            c.nrn or c.ov or "", "" if "no_address" in fl else addr_str(c.addr, lang, c.addr_style), dom, fam,
            "; ".join(ids) or F["none"],
            ("" if "medcert_absent" in fl else f"{c.doctor.name()}, {c.d(c.cert_date, lang, 'slashes')}"
             f"{_ref(c, 'medcert', lang)} – ") + il["name"],
            ("" if "no_coi" in fl else ({"nl": "niet toegankelijk", "fr": "non accessible"}[lang]
                                        + (" – " + coi[:150] if coi else ""))),
            s22_other(c, lang) or F["none"],
            ", ".join(f"{i}) {d}" for i, (_, d) in enumerate(c.annexes, 1)) or F["none"]]
    tags = {"personal": 1, "residence": 1}
    pages: list[Sheet] = []

    def new():
        sh = Sheet()
        sh.rect(20, 10, 170, 10, width_mm=0, fill=(60, 60, 70))
        sh.text(23, 12, F["org"], font=lf, size_pt=10, bold=True, color=(255, 255, 255))
        sh.text(187, 12.5, c.addr.city.upper() if c.addr else "", font=lf, size_pt=8.5, anchor="right",
                color=(255, 255, 255))
        pages.append(sh)
        return sh, 26.0

    sh, y = new()
    sh.text(20, y, F["title"], font=lf, size_pt=11, bold=True)
    y += 9
    for i, (lab, v) in enumerate(zip(F["l"], vals)):
        txt = hand_safe(str(v))
        rows = _wrap(txt, 112, hf, 10.5) if txt else []
        h = max(9.0, len(rows) * 5.6 + 3)
        if y + h > 250:
            sh, y = new()
        if i == 12:
            tags["parallel"] = len(pages)
        sh.rect(20, y, 52, h, width_mm=0.25, fill=(238, 238, 238))
        sh.rect(72, y, 118, h, width_mm=0.25)
        for k, ln in enumerate(_wrap(lab, 49, lf, 8.6)):
            sh.text(22, y + 1.5 + k * 3.8, ln, font=lf, size_pt=8.6)
        for k, ln in enumerate(rows):
            sh.handwriting(74, y + 0.6 + k * 5.6, ln, rng, size_pt=10.5, color=ink, font=hf)
        y += h
    if y + 52 > 288:
        sh, y = new()
    y = sh.paragraph(20, y + 5, 170, F["ask"], font=lf, size_pt=9.5)
    tags["signature"] = len(pages)
    sh.text(20, y + 6, f"{F['date']}:", font=lf, size_pt=9)
    sh.handwriting(34, y + 4.6, c.d(c.app_date, lang, "slashes"), rng, size_pt=11, color=ink, font=hf)
    sh.text(20, y + 14, F["sw"], font=lf, size_pt=8.5, color=GREY)
    sh.stamp(20, y + 19, [F["org"].split(" – ")[0].upper()[:20], (c.addr.city.upper() if c.addr else "")[:18]], rng,
             shape="rect", size_mm=32, color=STAMP_VIOLET, angle=rng.uniform(-5, 5))
    sh.rect(112, y + 12, 78, 30, width_mm=0.35)
    sh.text(114, y + 13.5, F["sig"], font=lf, size_pt=8.5, color=GREY)
    if "unsigned" not in fl:
        sh.signature(122, y + 20, 52, 17, rng, color=ink)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 290, f"- {i} / {n} -", font=lf, size_pt=8, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-form-intakefiche-sociaal-huis-cursief-balpen-handtekening-kader", "application", PART, "nl",
     lambda c, r: app_intake_cursive(c, r, lang="nl"),
     "municipal social service's intake sheet, boxed fields written in ballpoint cursive, signature box at the right")
_reg("be9ter-app-fr-form-fiche-accueil-cpas-cursive-cadre-signature", "application", PART, "fr",
     lambda c, r: app_intake_cursive(c, r, lang="fr"),
     "fiche d'accueil d'un CPAS remplie à la main en cursive, cadre de signature à droite")


# --------------------------------------------------------------------------- medical certificates

def medcert_2024_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model typed as a two-column table: each numbered question in a shaded left cell, the answer typed in
    blue in the right cell; the severity as four squares of which one is ticked; the doctor's stamp and signature in
    the last row."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans", "sans5", "sans6"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 14, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
            y = sh.paragraph(25, 21, 160, M_["law"], font=f, size_pt=7.6, align="center", color=GREY)
            sh.text(105, y + 1, M_["model"], font=f, size_pt=7.6, anchor="center", color=GREY)
            st["y"] = y + 9
        else:
            st["y"] = 16
        return sh

    new()

    def row(q: str, ans: str, tag=None, extra: float = 0.0):
        qr = _wrap(q, 52, f, 8.6)
        ar = _wrap(ans, 110, f, 9.6) if ans else []
        h = max(len(qr) * 3.9, len(ar) * 4.5 + extra, 7) + 3
        if st["y"] + h > 280:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        sh.rect(18, y, 56, h, width_mm=0.25, fill=(226, 232, 238))
        sh.rect(74, y, 118, h, width_mm=0.25)
        for k, ln in enumerate(qr):
            sh.text(20, y + 1.6 + k * 3.9, ln, font=f, size_pt=8.6, bold=(k == 0 and q[:2].strip(". ").isdigit()))
        for k, ln in enumerate(ar):
            sh.text(76, y + 1.6 + k * 4.5, ln, font=f, size_pt=9.6, color=TYPE_BLUE)
        st["y"] = y + h
        return sh, y + 1.6 + len(ar) * 4.5

    row(M_["s1"], "; ".join(x for x in (v["surname"], v["first"], v["bd"], v["nat"]) if x), "patient")
    row(M_["s2"], f"{d.name()} – {M_['riziv']} {v['riziv'] or '…'} – {SPECIALTY[d.spec].get(lang, '')} – "
                  f"{d.street}, {d.pc} {d.city}", "doctor")
    row(M_["s3"], fdate(c.cert_date - timedelta(days=rng.randint(120, 1800)), "dots", lang))
    row(M_["s4"], v["hist"])
    row(M_["s5"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 3])
    sh, yy = row(M_["s6"], v["sev"], "severity", extra=7)
    x = 76
    for i, o in enumerate(M_["sevopts"]):
        sh.checkbox(x, yy + 1.2, 3.2, checked=(i == k))
        sh.text(x + 4.5, yy + 1, o, font=f, size_pt=9)
        x += 10 + text_width_mm(o, f, 9)
    row(M_["s7a"], v["meds"], "treatment")
    row(M_["s7b"], v["interv"])
    row(M_["s7c"], v["dur"])
    row(M_["s8"], v["cons"])
    row(M_["s9"], v["prog"])
    row(M_["s10"], v["needs"])
    row(M_["s11"], v["travel"])
    if st["y"] + 40 > 284:
        new()
    sh = pages[-1]
    y = st["y"]
    tags["signature"] = len(pages)
    sh.rect(18, y, 56, 36, width_mm=0.25, fill=(226, 232, 238))
    sh.rect(74, y, 118, 36, width_mm=0.25)
    sh.text(20, y + 2, f"{M_['date']} / {M_['sign']}"[:60], font=f, size_pt=8.4)
    sh.text(76, y + 2, v["date"], font=f, size_pt=9.6, color=TYPE_BLUE)
    if v["signed"]:
        sh.signature(80, y + 10, 44, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(140, y + 3, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=30, color=STAMP_BLUE)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 290, M_["page"].format(i=i, n=n), font=f, size_pt=7.5, anchor="center", color=GREY)
    return pages, tags


def medcert_old_ballpoint(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) printed blank and filled in by hand in blue ballpoint on the printed dotted
    lines, the GP's stamp and signature at the end, the RIZIV/LIKIV number written in."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    lf = "serif"
    hf = rng.choice(["hand1", "hand3", "hand4"])
    ink = BALL
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 14, M_["title"], font=lf, size_pt=12.5, bold=True, anchor="center")
            sh.text(105, 20, f"{M_['sub']} {M_['law']}", font=lf, size_pt=8.5, anchor="center")
            st["y"] = 30
        else:
            st["y"] = 16
        return sh

    new()

    def q(head: str, ans: str, tag=None, minl: int = 1):
        hr = _wrap(head, 170, lf, 9.5)
        ar = _wrap(hand_safe(ans), 164, hf, 10.5) if ans else []
        nl = max(minl, len(ar))
        h = len(hr) * 4.4 + nl * 6.6 + 3
        if st["y"] + h > 278:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, ln in enumerate(hr):
            sh.text(20, y + k * 4.4, ln, font=lf, size_pt=9.5, bold=(k == 0))
        y += len(hr) * 4.4 + 0.6
        for k in range(nl):
            sh.rule(22, y + 5.4 + k * 6.6, 190, y + 5.4 + k * 6.6, width_mm=0.12, dash=0.5, color=(120, 120, 120))
        for k, ln in enumerate(ar):
            sh.handwriting(24, y + 0.2 + k * 6.6, ln, rng, size_pt=10.5, color=ink, font=hf)
        st["y"] = y + nl * 6.6 + 3

    q(M_["pat"], v["pat"], "patient")
    q(M_["bd"], v["bd"])
    q(M_["nat"], v["nat"])
    q(M_["A"], v["hist"], minl=2)
    q(M_["B"] + " " + M_["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness", minl=2)
    q(M_["sev"], v["sev"], "severity")
    q(M_["C"] + " " + M_["med"], v["meds"], "treatment")
    q(M_["interv"], v["interv"])
    q(M_["dur"], v["dur"])
    q(M_["D"], v["cons"])
    q(M_["E"], v["prog"])
    q(M_["F"], v["needs"])
    q(M_["G"], v["travel"])
    if st["y"] + 44 > 286:
        new()
    sh = pages[-1]
    y = st["y"] + 2
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(20, y, M_["date"], font=lf, size_pt=9.5)
    sh.handwriting(40, y - 1.4, v["date"], rng, size_pt=11, color=ink, font=hf)
    sh.text(20, y + 8, M_["sign"], font=lf, size_pt=9.5)
    sh.text(20, y + 34, M_["riziv"], font=lf, size_pt=9.5)
    if v["riziv"]:
        sh.handwriting(20 + text_width_mm(M_["riziv"], lf, 9.5) + 3, y + 32.6, v["riziv"], rng, size_pt=11,
                       color=ink, font=hf)
    if v["signed"]:
        sh.signature(30, y + 14, 44, 15, rng, color=ink)
        sh.stamp(110, y + 6, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
                 shape="rect", size_mm=34, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
    return pages, tags


_reg("be9ter-medcert-2024-nl-tweekoloms-tabel-blauw-getypt-vierkantjes", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_table(c, r, lang="nl"),
     "2024 model typed as a two-column table, answers typed in blue, severity as ticked squares")
_reg("be9ter-medcert-2024-fr-tableau-deux-colonnes-reponses-bleues", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_table(c, r, lang="fr"), "modèle 2024 en tableau à deux colonnes, réponses en bleu")
_reg("be9ter-medcert-old-de-sankt-vith-kugelschreiber-punktlinien", "medical-certificate", PART, "de",
     lambda c, r: medcert_old_ballpoint(c, r, lang="de"),
     "previous model in German printed blank and filled in by hand in blue ballpoint on dotted lines")
_reg("be9ter-medcert-old-en-ballpoint-dotted-lines", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_ballpoint(c, r, lang="en"), "the previous model in English, by hand (not accepted)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case) -> str:
    return c.cert_lang if c.cert_lang in ("nl", "fr") else (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_consult_vitals(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's consultation note: the hospital's name in a coloured square at the top right, a line of
    vitals (BP, pulse, weight), then 'Anamnese / Examen / Conclusion / Traitement', signed by the specialist."""
    lang = _mlang(c)
    s, t = c.specialist, ILLNESSES[c.illness][lang]
    f = rng.choice(["sans5", "serif5"])
    col = rng.choice([(140, 40, 40), (30, 90, 150), (60, 110, 60)])
    sh = Sheet()
    sh.rect(150, 10, 40, 18, width_mm=0, fill=col)
    sh.paragraph(152, 12, 36, s.inst, font=f, size_pt=7.5, bold=True, color=(255, 255, 255))
    sh.text(20, 14, {"nl": "Consultatieverslag", "fr": "Rapport de consultation"}[lang], font=f, size_pt=14, bold=True)
    sh.text(20, 21, SPECIALTY[s.spec].get(lang, ""), font=f, size_pt=9, color=GREY)
    sh.text(20, 36, f"{name_in(c.p, 'SURNAME, Given')} – °{fdate(c.p.birth_date, 'slashes', lang)}", font=f,
            size_pt=10.5, bold=True)
    sh.text(20, 42, f"{'Datum' if lang == 'nl' else 'Date'}: {fdate(c.medstat_date, 'slashes', lang)}", font=f,
            size_pt=10)
    sh.text(20, 50, f"TA {rng.randint(110, 160)}/{rng.randint(65, 95)} mmHg · {'pols' if lang == 'nl' else 'pouls'} "
                    f"{rng.randint(58, 96)}/min · {rng.randint(48, 96)} kg", font="mono", size_pt=9, color=GREY)
    y = 60
    heads = {"nl": ("Anamnese", "Onderzoek en conclusie", "Behandeling", "Opvolging"),
             "fr": ("Anamnèse", "Examen et conclusion", "Traitement", "Suivi")}[lang]
    for head, body in zip(heads, (t["history"], f"{t['name'].capitalize()}. {t['severity']}", "; ".join(t["meds"]) + ".",
                                  t["duration"] + " " + t["consequences"])):
        sh.text(20, y, head, font=f, size_pt=10.5, bold=True, color=col)
        y = sh.paragraph(20, y + 5.5, 170, body, font=f, size_pt=10.2, leading=1.4) + 4
    sh.signature(120, y + 2, 42, 13, rng, color=INK_BLUE)
    sh.text(120, y + 17, s.name(), font=f, size_pt=10)
    return [sh], {}


def medstat_two_doctors(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital's multidisciplinary attestation: the illness, the treatment and its expected duration in three
    short paragraphs under a bold title, signed side by side by the specialist and the ward's head physician."""
    lang = _mlang(c)
    s, t = c.specialist, ILLNESSES[c.illness][lang]
    f = "serif3"
    sh = Sheet()
    sh.text(20, 12, s.inst, font=f, size_pt=12, bold=True)
    sh.text(20, 18, f"{s.city}", font=f, size_pt=9, color=GREY)
    sh.rule(20, 22, 190, 22, width_mm=0.3)
    sh.text(105, 34, {"nl": "MULTIDISCIPLINAIR MEDISCH ATTEST", "fr": "ATTESTATION MÉDICALE PLURIDISCIPLINAIRE"}[lang],
            font=f, size_pt=13, bold=True, anchor="center")
    intro = {"nl": f"De ondergetekenden verklaren dat {name_in(c.p, 'Given SURNAME')}, geboren op "
                   f"{fdate(c.p.birth_date, 'long', lang)}, in ons ziekenhuis wordt gevolgd voor {t['name']}.",
             "fr": f"Les soussignés attestent que {name_in(c.p, 'Given SURNAME')}, né(e) le "
                   f"{fdate(c.p.birth_date, 'long', lang)}, est suivi(e) dans notre hôpital pour {t['name']}."}[lang]
    y = 48
    for para in (intro, t["severity"] + " " + "; ".join(t["meds"]) + ".", t["duration"] + " " + t["needs"]):
        y = sh.paragraph(20, y, 170, para, font=f, size_pt=10.8, leading=1.5) + 4
    sh.text(20, y + 4, f"{s.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10.5)
    sh.signature(24, y + 12, 40, 13, rng, color=INK_BLUE)
    sh.signature(118, y + 12, 40, 13, rng, color=INK_BLACK)
    sh.text(20, y + 28, s.name(), font=f, size_pt=9.5)
    sh.text(118, y + 28, {"nl": "Hoofdarts van de dienst", "fr": "Médecin chef de service"}[lang], font=f, size_pt=9.5)
    return [sh], {}


_reg("be9ter-medstat-specialist-consultatie-vitale-parameters-gekleurd-blok", "medical-statement", PART, "fr/nl",
     medstat_consult_vitals, "specialist's consultation note with a vitals line and coloured run-in headings")
_reg("be9ter-medstat-multidisciplinair-attest-twee-handtekeningen", "medical-statement", PART, "fr/nl",
     medstat_two_doctors, "hospital's multidisciplinary attestation signed by two doctors side by side")


# --------------------------------------------------------------------------- country-of-origin information

def coi_factsheet_columns(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's one-page country fact-sheet in two colour columns (health system at the left, the medicine at the
    right), with a 'sources' line at the foot; in English or French."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = "fr" if c.lang == "fr" else "en"
    cn, dr = cname(c.origin(), lang), drug(c.illness, lang)
    sh = Sheet()
    f = "sans6"
    sh.rect(0, 0, 210, 26, width_mm=0, fill=(35, 80, 110))
    sh.text(20, 7, {"en": "COUNTRY FACT-SHEET · HEALTH", "fr": "FICHE PAYS · SANTÉ"}[lang], font=f, size_pt=9,
            color=(210, 230, 240))
    sh.text(20, 13, cn.upper(), font=f, size_pt=17, bold=True, color=(255, 255, 255))
    sh.rect(20, 34, 82, 130, width_mm=0, fill=(236, 242, 246))
    sh.rect(108, 34, 82, 130, width_mm=0, fill=(246, 240, 232))
    sh.text(23, 37, {"en": "Health system", "fr": "Système de santé"}[lang], font=f, size_pt=11, bold=True)
    sh.paragraph(23, 44, 76, o["insurance_" + lang], font=f, size_pt=9.5, leading=1.45)
    sh.text(111, 37, dr.split("(")[0].strip()[:36], font=f, size_pt=11, bold=True)
    sh.paragraph(111, 44, 76, {"en": f"Available only at {o['hospital']}, with frequent stock-outs. Monthly cost: about "
                                     f"{il['cost']}. Average monthly wage: {o['wage']}.",
                               "fr": f"Disponible uniquement au {o['hospital']}, avec des ruptures fréquentes. Coût "
                                     f"mensuel : environ {il['cost']}. Salaire mensuel moyen : {o['wage']}."}[lang],
                 font=f, size_pt=9.5, leading=1.45)
    sh.text(20, 172, {"en": "Sources: WHO country profile; MedCOI; interviews with local pharmacists ("
                            f"{fdate(c.app_date - timedelta(days=rng.randint(40, 200)), 'long', 'en')}).",
                      "fr": "Sources : profil pays OMS ; MedCOI ; entretiens avec des pharmaciens locaux ("
                            f"{fdate(c.app_date - timedelta(days=rng.randint(40, 200)), 'long', 'fr')})."}[lang],
            font=f, size_pt=7.5, color=GREY)
    return [sh], {}


def coi_pharmacist_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacist's e-mail from the country of origin to the family, printed, with the lawyer's ballpoint
    underlines and a margin note."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = "fr" if o.get("lang") == "fr" or c.lang == "fr" else "en"
    cn, dr = cname(c.origin(), lang), drug(c.illness, lang)
    sh = Sheet()
    f = "sans"
    dd = c.app_date - timedelta(days=rng.randint(20, 120))
    rows = [("From" if lang == "en" else "De", f"Pharmacie Centrale – {o['capital']} <contact@pharma-{o['capital'].lower()[:6]}.com>"),
            ("Date", fdate(dd, "long", lang)), ("Subject" if lang == "en" else "Objet",
                                                dr.split("(")[0].strip()[:40])]
    y = 18
    for a, b in rows:
        sh.text(20, y, f"{a}:", font=f, size_pt=9.5, bold=True)
        sh.text(42, y, b, font=f, size_pt=9.5)
        y += 5.5
    sh.rule(20, y + 2, 190, y + 2, width_mm=0.2, color=GREY)
    body = {"en": f"Hello,\nWe do not have {dr} in stock and our wholesaler has none either. The last delivery was "
                  f"months ago. Only {o['hospital']} sometimes has it. The price when available is about {il['cost']} "
                  f"a month and it is not reimbursed.\nRegards,\nthe pharmacist",
            "fr": f"Bonjour,\nNous n'avons pas {dr} en stock et notre grossiste non plus. La dernière livraison date "
                  f"de plusieurs mois. Seul le {o['hospital']} en reçoit parfois. Le prix, quand il est disponible, "
                  f"est d'environ {il['cost']} par mois, sans remboursement.\nCordialement,\nle pharmacien"}[lang]
    y = sh.paragraph(20, y + 8, 170, body, font=f, size_pt=10.5, leading=1.5)
    sh.rule(30, 48.5, 110, 48.5, width_mm=0.4, color=BALL)
    sh.handwriting(140, 60, {"en": "stock-out!", "fr": "rupture !"}[lang], rng, size_pt=12, color=BALL, font="hand4")
    sh.text(190, 290, "1/1", font=f, size_pt=7, anchor="right", color=GREY)
    return [sh], {}


_reg("be9ter-coi-en-fr-landenfiche-ngo-twee-kleurkolommen", "country-of-origin-info", PART, "fr/en",
     coi_factsheet_columns, "NGO's one-page country fact-sheet in two colour columns with a sources line")
_reg("be9ter-coi-fr-en-email-apotheker-herkomstland-balpen-notities", "country-of-origin-info", PART, "fr/en",
     coi_pharmacist_email, "pharmacist's e-mail from the country of origin, printed, with the lawyer's ballpoint notes")


# --------------------------------------------------------------------------- asylum proofs

def asylum_badge_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A reception centre's resident attestation with the resident's badge printed at the top (photo, name, room
    number, OV/SP number), in the language of the asylum procedure, signed by the centre's director."""
    a, p = c.asylum, c.p
    fr = a.get("language", "fr") != "nl"
    centre = rng.choice(["Centre d'accueil Croix-Rouge de Mouscron", "Centre Fedasil de Mouscron",
                         "Centre d'accueil de Rixensart"] if fr else
                        ["Opvangcentrum Rode Kruis Wingene", "Fedasil-opvangcentrum Poelkapelle",
                         "Opvangcentrum Rode Kruis Mechelen"])
    sh = Sheet()
    f = "sans6"
    badge = Sheet(86, 54)
    badge.rect(0, 0, 86, 54, width_mm=0.4, fill=(250, 250, 250))
    badge.rect(0, 0, 86, 9, width_mm=0, fill=(200, 30, 40) if "Croix" in centre or "Kruis" in centre else (0, 95, 160))
    badge.text(3, 2, centre[:40], font=f, size_pt=6.2, bold=True, color=(255, 255, 255))
    badge.photo(3, 12, 22, 28, rng)
    for i, (l, v) in enumerate((("Nom/Naam", p.surname.upper()), ("Prénom/Voornaam", p.given_names),
                                ("SP/OV", str(c.ov)), ("Ch./Kamer", f"{rng.randint(1, 3)}.{rng.randint(10, 48)}"))):
        badge.text(28, 12 + i * 7, l, font=f, size_pt=4.5, color=GREY)
        badge.text(28, 14.5 + i * 7, v, font=f, size_pt=7, bold=True)
    put(sh, badge, 20, 16, dpi=260)
    sh.text(20, 80, "ATTESTATION DE RÉSIDENCE" if fr else "ATTEST VAN VERBLIJF", font=f, size_pt=14, bold=True)
    since = a["lodged"] + timedelta(days=rng.randint(2, 20))
    g = "e" if c.fem else ""
    body = (f"Le directeur du centre atteste que {p.given_names} {p.surname.upper()}, né{g} le "
            f"{fdate(p.birth_date, 'slashes')}, réside dans le centre depuis le {fdate(since, 'long', 'fr')} en "
            f"qualité de demandeu{'se' if g else 'r'} de protection internationale. Sa demande, introduite le "
            f"{fdate(a['lodged'], 'long', 'fr')}, est en cours de traitement." if fr else
            f"De directeur van het centrum verklaart dat {p.given_names} {p.surname.upper()}, geboren op "
            f"{fdate(p.birth_date, 'slashes')}, sinds {fdate(since, 'long', 'nl')} in het centrum verblijft als "
            f"verzoeker om internationale bescherming. Het verzoek, ingediend op {fdate(a['lodged'], 'long', 'nl')}, "
            f"is in behandeling.")
    y = sh.paragraph(20, 90, 170, body, font=f, size_pt=10.5, leading=1.55)
    dd = c.app_date - timedelta(days=rng.randint(4, 30))
    sh.text(20, y + 10, fdate(dd, "long", "fr" if fr else "nl"), font=f, size_pt=10)
    sh.text(110, y + 10, "Le directeur" if fr else "De directeur", font=f, size_pt=10)
    sh.signature(110, y + 15, 40, 13, rng, color=INK_BLUE)
    return [sh], {}


def asylum_annex26_landscape(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The Immigration Office's annex 26 (attestation that a protection request was lodged) copied in landscape:
    the form turned 90 degrees on the portrait sheet."""
    a, p = c.asylum, c.p
    fr = a.get("language", "fr") != "nl"
    f = "serif"
    form = Sheet(297, 210)
    form.text(148, 10, "ROYAUME DE BELGIQUE – SPF INTÉRIEUR" if fr else "KONINKRIJK BELGIË – FOD BINNENLANDSE ZAKEN",
              font=f, size_pt=10, bold=True, anchor="center")
    form.text(148, 16, "Office des Étrangers" if fr else "Dienst Vreemdelingenzaken", font=f, size_pt=9,
              anchor="center")
    form.text(148, 26, "ANNEXE 26" if fr else "BIJLAGE 26", font=f, size_pt=15, bold=True, anchor="center")
    form.text(148, 34, "Attestation d'introduction d'une demande de protection internationale" if fr else
              "Attest van indiening van een verzoek om internationale bescherming", font=f, size_pt=10,
              anchor="center")
    form.photo(20, 46, 32, 40, rng)
    rows = ([("Nom", p.surname.upper()), ("Prénom(s)", p.given_names), ("Né(e) le", fdate(p.birth_date, "slashes")),
             ("Nationalité", COUNTRIES[p.nationality]["adj_fr"]), ("N° SP", str(c.ov)),
             ("Demande introduite le", fdate(a["lodged"], "slashes"))] if fr else
            [("Naam", p.surname.upper()), ("Voorna(a)m(en)", p.given_names), ("Geboren op", fdate(p.birth_date, "slashes")),
             ("Nationaliteit", COUNTRIES[p.nationality]["adj_nl"]), ("OV-nummer", str(c.ov)),
             ("Verzoek ingediend op", fdate(a["lodged"], "slashes"))])
    y = 48
    for l, v in rows:
        form.text(62, y, l, font=f, size_pt=10.5)
        form.text(130, y, v, font=f, size_pt=11, bold=True)
        form.rule(128, y + 5, 280, y + 5, width_mm=0.15, dash=0.5, color=GREY)
        y += 10
    form.paragraph(20, 120, 257, "Le présent document n'est pas un titre de séjour ni un document d'identité. Il est "
                   "valable jusqu'à la décision sur la demande, sauf prorogation." if fr else
                   "Dit document is geen verblijfstitel of identiteitsdocument. Het is geldig tot de beslissing over "
                   "het verzoek, behoudens verlenging.", font=f, size_pt=9.5)
    form.stamp(200, 140, ["OFFICE DES ÉTRANGERS" if fr else "DIENST VREEMDELINGENZAKEN", "BRUXELLES" if fr else
                          "BRUSSEL", "ASILE" if fr else "ASIEL"], rng, shape="round", size_mm=32, color=STAMP_BLUE)
    form.signature(140, 150, 40, 13, rng, color=INK_BLACK)
    sh = Sheet()
    put(sh, form, 10, 8, turn=90 if rng.random() < 0.5 else -90, dpi=200)
    return [sh], {}


_reg("be9ter-asylum-opvangcentrum-badge-attest-verblijf", "asylum-proof", PART, "nl/fr", asylum_badge_attest,
     "reception centre's resident attestation with the resident's badge printed at the top")
_reg("be9ter-asylum-bijlage26-annexe26-liggend-gedraaid", "asylum-proof", PART, "nl/fr", asylum_annex26_landscape,
     "annex 26 copied in landscape, turned 90 degrees on the portrait sheet")


# --------------------------------------------------------------------------- registered-mail receipts

def rm_slip_photo_desk(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The bpost counter slip photographed with a phone on a dark desk, the corner of the sealed envelope beside
    it; printed on A4 with a white margin."""
    t = Sheet(70, 100)
    t.rect(0, 0, 70, 100, width_mm=0, fill=(250, 250, 246))
    f = "mono"
    t.text(35, 4, "bpost", font="sans4", size_pt=12, bold=True, anchor="center", color=(200, 30, 40))
    t.text(35, 10, _post_office(c)[:24], font=f, size_pt=6.5, anchor="center")
    t.text(4, 16, f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font=f, size_pt=6.8)
    t.text(4, 21, "Aangetekend / Recommandé", font=f, size_pt=6.8, bold=True)
    barcode(t, 5, 25, 60, 9, c.rm_track)
    t.text(35, 35.5, track_spaced(c.rm_track), font=f, size_pt=6.5, anchor="center")
    t.text(4, 42, "Aan / À :", font=f, size_pt=6.2)
    for k, ln in enumerate(c.rm_to):
        t.text(4, 46 + k * 3.7, ln[:36], font=f, size_pt=6.4)
    t.text(4, 64, "Van / De :", font=f, size_pt=6.2)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        t.text(4, 68 + k * 3.7, ln[:36], font=f, size_pt=6.4)
    t.text(4, 84, f"EUR {rng.choice(['9,95', '10,35'])}", font=f, size_pt=7, bold=True)
    img = Image.new("RGB", (1500, 2000), (52, 44, 38))
    d = ImageDraw.Draw(img)
    d.polygon([(980, 1150), (1500, 1080), (1500, 2000), (1080, 2000)], fill=(236, 230, 214))
    slip = t.render(230).rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC, fillcolor=(52, 44, 38))
    img.paste(slip, (160, 150))
    sh = Sheet()
    sh.image(15, 15, 150, 200, img)
    return [sh], {}


def rm_etracking_delivered(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's track-and-trace page printed from the browser on the evening of the deposit, with the events
    (deposited at the counter, on the way to the sorting centre) and the addressee; the browser's header and
    footer lines."""
    sh = Sheet()
    f = "sans"
    sh.text(10, 6, f"{fdate(c.rm_date, 'slashes')} {rng.randint(17, 21)}:{rng.randint(10, 59)}", font=f,
            size_pt=7, color=GREY)
    sh.text(105, 6, "bpost – Track & Trace", font=f, size_pt=7, anchor="center", color=GREY)
    sh.text(20, 18, "bpost", font="sans4", size_pt=20, bold=True, color=(200, 30, 40))
    sh.text(20, 32, "Uw zending / Votre envoi", font=f, size_pt=13, bold=True)
    sh.text(20, 40, track_spaced(c.rm_track), font="mono", size_pt=11)
    ev = [(c.rm_date, "Aangenomen aan het loket / Déposé au guichet", _post_office(c)),
          (c.rm_date, "Onderweg naar sorteercentrum / En route vers le centre de tri", "Brussel X / Bruxelles X")]
    y = 54
    for d0, what, where in ev:
        sh.rect(20, y, 4, 4, width_mm=0, fill=(200, 30, 40))
        sh.text(28, y - 0.5, fdate(d0, "slashes"), font=f, size_pt=10, bold=True)
        sh.text(60, y - 0.5, what, font=f, size_pt=10)
        sh.text(60, y + 5, where, font=f, size_pt=8.5, color=GREY)
        y += 14
    sh.text(20, y + 6, "Bestemmeling / Destinataire:", font=f, size_pt=9, bold=True)
    for k, ln in enumerate(c.rm_to):
        sh.text(20, y + 12 + k * 5, ln, font=f, size_pt=9.5)
    sh.text(10, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}", font=f, size_pt=7,
            color=GREY)
    return [sh], {}


def rm_receipt_outgoing_label(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter receipt stapled on an A4 sheet under the law office's printed outgoing-mail label (file
    reference, date, 'aangetekend'), the staple's shadow at the receipt's top."""
    sh = Sheet()
    f = "sans3"
    sh.rect(20, 14, 100, 26, width_mm=0.4)
    snd = _sender_lines(c)
    sh.text(23, 16, "UITGAANDE POST / COURRIER SORTANT", font=f, size_pt=8.5, bold=True)
    sh.text(23, 22, f"Dossier: {c.p.surname.upper()} / 9ter", font=f, size_pt=8.5)
    sh.text(23, 27, f"Datum: {fdate(c.rm_date, 'dots')}   Wijze: AANGETEKEND", font=f, size_pt=8.5)
    sh.text(23, 32, f"Afzender: {snd[0][:40]}", font=f, size_pt=8.5)
    t = Sheet(58, 96)
    t.rect(0, 0, 58, 96, width_mm=0, fill=(253, 253, 250))
    m = "mono2"
    t.text(29, 3, "BPOST", font=m, size_pt=8, bold=True, anchor="center")
    t.text(29, 7.5, _post_office(c)[:22], font=m, size_pt=6, anchor="center")
    t.text(3, 13, fdate(c.rm_date, "slashes"), font=m, size_pt=6.3)
    t.text(3, 17.5, "ENVOI RECOMMANDE / AANGETEKEND", font=m, size_pt=5.8)
    t.text(3, 22, track_spaced(c.rm_track), font=m, size_pt=6)
    barcode(t, 4, 26, 50, 8, c.rm_track)
    for k, ln in enumerate(c.rm_to):
        t.text(3, 38 + k * 3.5, ln[:30], font=m, size_pt=5.9)
    t.text(3, 58, "TOTAL EUR 9,95", font=m, size_pt=6.5, bold=True)
    x, y = 60 + rng.uniform(-4, 4), 56
    put(sh, t, x, y, turn=rng.uniform(-3, 3), dpi=250)
    sh.rect(x + 20, y - 1.5, 14, 1.2, width_mm=0, fill=(80, 80, 80))
    return [sh], {}


_reg("be9ter-rm-loketstrook-gsm-foto-donker-bureau-envelop", "registered-mail-receipt", PART, "nl/fr",
     rm_slip_photo_desk, "counter slip photographed with a phone on a dark desk, the envelope's corner beside it")
_reg("be9ter-rm-track-trace-aangenomen-loket-browserprint", "registered-mail-receipt", PART, "nl/fr",
     rm_etracking_delivered, "bpost's track-and-trace page printed from the browser on the evening of the deposit")
_reg("be9ter-rm-ticket-geniet-onder-etiket-uitgaande-post", "registered-mail-receipt", PART, "nl/fr",
     rm_receipt_outgoing_label, "counter receipt stapled on A4 under the office's outgoing-mail label")


# --------------------------------------------------------------------------- others

def other_gp_companion(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A GP's short note on the practice's A5 paper (copied on A4) that the patient needs a companion for the
    hospital visits."""
    lang = _mlang(c)
    d = c.doctor
    n = Sheet(148, 105)
    n.rect(0, 0, 148, 105, width_mm=0, fill=(252, 252, 248))
    n.text(6, 6, d.name(), font="serif3", size_pt=10, bold=True)
    n.text(6, 11, f"{d.street}, {d.pc} {d.city}", font="serif3", size_pt=7.5, color=GREY)
    n.paragraph(6, 24, 136, {"nl": f"Ik bevestig dat {name_in(c.p, 'Given SURNAME')} voor de verplaatsingen naar "
                                   f"het ziekenhuis begeleiding nodig heeft.",
                             "fr": f"Je confirme que {name_in(c.p, 'Given SURNAME')} doit être accompagné(e) pour "
                                   f"ses déplacements à l'hôpital."}[lang], font="serif3", size_pt=10.5, leading=1.5)
    n.text(6, 62, fdate(c.app_date - timedelta(days=rng.randint(5, 40)), "slashes", lang), font="serif3", size_pt=10)
    n.signature(70, 60, 40, 13, rng, color=INK_BLUE)
    sh = Sheet()
    put(sh, n, 20, 20, dpi=220)
    return [sh], {}


def other_neighbour_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A neighbour's typed attestation that the applicant lives at the address, with a copy of the neighbour's
    identity card's front in the lower half (the number covered by the lawyer's white label)."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    who = rng.choice(["Martine Claes", "Jean-Luc Verhoeven", "Nadia El Idrissi", "Peter Wouters"])
    sh = Sheet()
    f = "sans2"
    sh.text(20, 20, {"nl": "ATTEST", "fr": "ATTESTATION"}[lang], font=f, size_pt=15, bold=True)
    a = addr_str(c.addr, lang, "street-first") if c.addr else ""
    y = sh.paragraph(20, 34, 170, {"nl": f"Ik, {who}, buur, verklaar dat {c.p.given_names} {c.p.surname} sinds "
                                         f"meerdere maanden woont op het adres {a}.",
                                   "fr": f"Je soussigné(e), {who}, voisin(e), atteste que {c.p.given_names} "
                                         f"{c.p.surname} habite depuis plusieurs mois à l'adresse {a}."}[lang],
                     font=f, size_pt=11, leading=1.5)
    sh.text(20, y + 10, fdate(c.app_date - timedelta(days=rng.randint(5, 30)), "slashes", lang), font=f, size_pt=10.5)
    sh.signature(20, y + 16, 40, 13, rng, color=BALL)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(228, 236, 232))
    card.text(3, 3, "BELGIË · BELGIQUE · BELGIEN", font="sans4", size_pt=5.5, bold=True)
    card.photo(3, 10, 20, 26, rng)
    card.text(27, 12, who.split()[-1].upper(), font="sans4", size_pt=6.5, bold=True)
    card.text(27, 18, who.split()[0], font="sans4", size_pt=6.5)
    card.rect(27, 30, 40, 6, width_mm=0, fill=(255, 255, 255))
    put(sh, card, 60, 170, k=1.2, grey=True, dpi=220)
    return [sh], {}


_reg("be9ter-other-huisarts-a5-begeleiding-nodig", "other", PART, "nl/fr", other_gp_companion,
     "GP's A5 note that the patient needs a companion, copied on A4")
_reg("be9ter-other-buur-attest-verblijf-kopie-id-buur", "other", PART, "nl/fr", other_neighbour_attest,
     "neighbour's attestation of residence with a grey copy of the neighbour's identity card")


def other_declaration_typed_witness(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration on honour about identity, typed by a volunteer in a word processor with the
    heading in a grey band, signed by the applicant and countersigned by a witness with name and address: it rests
    only on the applicant's own statements."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    f = "sans5"
    sh = Sheet()
    sh.rect(20, 16, 170, 11, width_mm=0, fill=(225, 225, 225))
    sh.text(105, 18.5, {"nl": "VERKLARING OP EREWOORD", "fr": "DÉCLARATION SUR L'HONNEUR"}[lang], font=f,
            size_pt=13, bold=True, anchor="center")
    txt = {"nl": f"Ik, ondergetekende, {p.given_names} {p.surname.upper()}, geboren op "
                 f"{fdate(p.birth_date, 'long', 'nl')} te {p.birth_place} ({cname(c.birth_cc(), 'nl')}), van "
                 f"{COUNTRIES[p.nationality]['adj_nl']} nationaliteit, verklaar op erewoord dat dit mijn juiste naam "
                 f"en geboortedatum zijn. Ik heb mijn paspoort verloren tijdens de reis en kan geen ander document "
                 f"voorleggen.",
           "fr": f"Je soussigné(e), {p.given_names} {p.surname.upper()}, né(e) le {fdate(p.birth_date, 'long', 'fr')} "
                 f"à {p.birth_place} ({cname(c.birth_cc(), 'fr')}), de nationalité "
                 f"{COUNTRIES[p.nationality]['adj_fr']}, déclare sur l'honneur que ce sont mes nom et date de "
                 f"naissance exacts. J'ai perdu mon passeport pendant le voyage et ne peux présenter aucun autre "
                 f"document."}[lang]
    y = sh.paragraph(20, 40, 170, txt, font=f, size_pt=11, leading=1.6, align="justify")
    dd = c.app_date - timedelta(days=rng.randint(3, 25))
    sh.text(20, y + 10, f"{c.addr.city if c.addr else 'Bruxelles'}, {fdate(dd, 'slashes', lang)}", font=f,
            size_pt=10.5)
    sh.text(20, y + 20, {"nl": "Handtekening", "fr": "Signature"}[lang], font=f, size_pt=9, color=GREY)
    sh.signature(20, y + 25, 44, 14, rng, color=BALL)
    wit = rng.choice(["Sœur Marie-Claire Dubois", "Jan Verstraete", "Fatima Bouzid", "Hélène Lambert"])
    sh.text(110, y + 20, {"nl": "Getuige", "fr": "Témoin"}[lang] + f": {wit}", font=f, size_pt=9, color=GREY)
    sh.signature(112, y + 25, 40, 13, rng, color=INK_BLACK)
    return [sh], {}


_reg("be9ter-other-declaration-op-erewoord-getypt-grijze-band-getuige", "other", PART, "nl/fr",
     other_declaration_typed_witness, "applicant's typed declaration on honour with a grey heading band and a witness")
