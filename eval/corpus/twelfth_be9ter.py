"""9ter families of the `twelfth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to eleventh had been read, by a writer who saw neither the validator nor
its output.  Applications: a Flemish and Walloon firm's letter on pre-printed letter paper (the firm's initials in a
coloured square at the top right, a reference row 'Uw kenmerk / Ons kenmerk / Datum' across the page, run-in bold
headings inside the paragraphs, the offices in a footer on every page), also written in English; an NGO's intake form
typed into a two-column table with a shaded label column, answered 'ja/nee' with the wrong word struck out, signed by
the applicant in a box.  The 2024 certificate filled in on a tablet and printed (question numbers in small boxes in a
narrow left column, answers in a blue face, the severity as a four-step scale with the chosen step shaded); the
previous model as a two-column Word table (letter and heading at the left, the answer at the right), in French and in
English.  A specialist's report dictated and not re-read ('gedicteerd, niet nagelezen'), copied to the GP; a GP's
short attestation on the A5 prescription form with the RIZIV sticker; a price page of the country's drug registry
printed from the browser; an extract of a medical-availability answer in a table quoted by an NGO; the CGRA/CGVS
invitation to the personal interview and its letter on the time needed for a decision; a post-office slip taped onto
A4 with the secretary's note, the self-service kiosk's receipt photographed, the sender's stub of the R label on the
copy of the envelope; a declaration on honour typed in Dutch and French side by side; a host's attestation of
accommodation.  Copy habits: the feeder's streak, the sticky note, the toner band, the scan footer
(twelfth_identity).  Sentence builders ``s12_*``.
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
    _ill_text,
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
from .paper import Sheet
from .twelfth_identity import adf_streak, mfp_footer, sticky_note, toner_band

PART = "twelfth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _who(c: Case, lang: str, cap: bool = False) -> str:
    """These writers call the applicant 'verzoeker/verzoekster', 'le requérant/la requérante', 'the applicant'."""
    s = {"nl": "verzoekster" if c.fem else "verzoeker", "fr": "la requérante" if c.fem else "le requérant",
         "en": "the applicant"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce n° {n})", "en": f" (enclosure {n})"}[lang]


def s12_person(c: Case, lang: str) -> str:
    """Birth first, then the name, nationality last; the number after a dash."""
    who = name_in(c.p, c.name_style)
    nat = None if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    born = c.d(c.p.birth_date, lang)
    place = None if "no_birthplace" in c.flags else f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    num = c.nrn and {"nl": f"rijksregisternummer {c.nrn}", "fr": f"numéro de registre national {c.nrn}",
                     "en": f"national register number {c.nrn}"}[lang] or \
        {"nl": f"OV-nummer {c.ov}", "fr": f"numéro SP {c.ov}", "en": f"SP number {c.ov}"}[lang]
    if lang == "nl":
        return (f"Geboren op {born}" + (f" te {place}" if place else "") + f", is {_who(c, lang)} {who}" +
                (f", met de {nat} nationaliteit" if nat else "") + f" – {num}.")
    if lang == "fr":
        return (f"{'Née' if c.fem else 'Né'} le {born}" + (f" à {place}" if place else "") + f", {_who(c, lang)} "
                f"se nomme {who}" + (f" et est de nationalité {nat}" if nat else "") + f" – {num}.")
    return (f"Born on {born}" + (f" in {place}" if place else "") + f", the applicant is {who}" +
            (f", of {nat} nationality" if nat else "") + f" – {num}.")


def s12_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_who(c, lang, True)} heeft momenteel geen vaste verblijfplaats.",
                "fr": f"{_who(c, lang, True)} n'a actuellement pas de résidence fixe.",
                "en": "The applicant currently has no fixed place of residence."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_who(c, lang, True)} woont werkelijk op het adres {a}.",
            "fr": f"{_who(c, lang, True)} réside effectivement à l'adresse {a}.",
            "en": f"The applicant actually lives at {a}."}[lang]


def s12_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Woonplaatskeuze wordt gedaan op het kantoor van de ondergetekende advocaat, {w}.",
                "fr": f"Élection de domicile est faite au cabinet de l'avocat soussigné, {w}.",
                "en": f"Domicile is elected at the office of the undersigned lawyer, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze wordt gedaan bij {c.other_domicile}.",
                "fr": f"Élection de domicile est faite auprès de {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Op dat adres wordt ook woonplaats gekozen.", "fr": "Domicile est également élu à cette adresse.",
            "en": "Domicile is also elected at that address."}[lang]


def s12_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _st(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_who(c, lang, True)} diende op {d} een verzoek om internationale bescherming in, waarover nog "
                      f"geen definitieve beslissing is genomen{ref}; daarom is geen identiteitsdocument vereist "
                      f"(artikel 9ter, § 2, tweede lid Vreemdelingenwet).",
                "fr": f"{_who(c, lang, True)} a introduit le {d} une demande de protection internationale qui n'a pas "
                      f"encore fait l'objet d'une décision définitive{ref} ; aucun document d'identité n'est donc "
                      f"requis (article 9ter, § 2, alinéa 2 de la loi).",
                "en": f"The applicant lodged an application for international protection on {d}, on which no final "
                      f"decision has been taken{ref}; no identity document is therefore required (Article 9ter § 2, "
                      f"second paragraph)."}[lang]
    if k == "none":
        return {"nl": f"{_who(c, lang, True)} heeft bij de ambassade een paspoort aangevraagd en heeft het nog niet "
                      f"ontvangen.",
                "fr": f"{_who(c, lang, True)} a demandé un passeport à son ambassade et ne l'a pas encore reçu.",
                "en": "The applicant has applied to the embassy for a passport and has not yet received it."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _st(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"nl": "en de beëdigde vertaling ervan", "fr": "et sa traduction jurée",
                      "en": "and its sworn translation"}[lang] + _st(c, "id-tr", lang))
    lst = ", ".join(parts) if parts else "—"
    s = {"nl": f"Als bewijs van identiteit voegt {_who(c, lang)} toe: {lst}.",
         "fr": f"À titre de preuve d'identité, {_who(c, lang)} produit : {lst}.",
         "en": f"As proof of identity the applicant encloses: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is vervallen maar blijft de identiteit aantonen.",
              "fr": " Le passeport est périmé mais continue d'établir l'identité.",
              "en": " The passport has expired but still establishes identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Samen bewijzen deze stukken naam, geboortedatum en nationaliteit.",
              "fr": " Ensemble, ces pièces prouvent le nom, la date de naissance et la nationalité.",
              "en": " Together these documents prove name, date of birth and nationality."}[lang]
    return s


def s12_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het medisch verslag van {cd} van {doc}", "fr": f"le rapport médical du {cd} établi par le {doc}",
               "en": f"the medical report of {cd} by {doc}"}[lang] + _st(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {cd}, opgesteld door {doc}",
               "fr": f"le certificat médical type du {cd}, établi par le {doc}",
               "en": f"the standard medical certificate of {cd}, issued by {doc}"}[lang] + _st(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {"nl": f"Uit {src} blijkt dat {_who(c, lang)} lijdt aan {t['name']}. {t['severity']} Behandeling: {meds}.",
            "fr": f"Il ressort du {src.replace('le ', '', 1)} que {_who(c, lang)} souffre de {t['name']}. "
                  f"{t['severity']} Traitement : {meds}.",
            "en": f"{src[0].upper() + src[1:]} shows that the applicant suffers from {t['name']}. {t['severity']} "
                  f"Treatment: {meds}."}[lang]


def s12_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _st(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"De behandeling is in {cn} niet toegankelijk: {dr} is er enkel te krijgen in {o['hospital']}{r}, "
                  f"tegen ongeveer {il['cost']} per maand, terwijl het gemiddelde loon {o['wage']} bedraagt. "
                  f"{o['insurance_nl']} {_who(c, lang, True)} heeft in geen enkel ander land een verblijfsrecht.",
            "fr": f"Le traitement n'est pas accessible en {cn} : {dr} n'y est délivré qu'à {o['hospital']}{r}, pour "
                  f"environ {il['cost']} par mois, alors que le salaire moyen est de {o['wage']}. "
                  f"{o['insurance_fr']} {_who(c, lang, True)} n'a de droit de séjour dans aucun autre pays.",
            "en": f"The treatment is not accessible in {cn}: {dr} is only available at {o['hospital']}{r}, at about "
                  f"{il['cost']} a month, while the average wage is {o['wage']}. {o['insurance_en']} The applicant "
                  f"has no right of residence in any other country."}[lang]


def s12_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, {c.d(q.birth_date, lang)}, {q.birth_place}"
                   f"{nat}{_st(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"nl": f"De aanvraag wordt ook ingediend voor: {lst}.",
            "fr": f"La demande est également introduite pour : {lst}.",
            "en": f"The application is also made for: {lst}."}[lang]


def s12_other_proc(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Een eerdere 9ter-aanvraag van {d} is nog hangende; deze aanvraag vult ze aan.",
                    "fr": f"Une demande 9ter antérieure du {d} est toujours pendante ; la présente la complète.",
                    "en": f"An earlier 9ter application of {d} is still pending; this application supplements it."
                    }[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure werd op {d} definitief afgesloten met een weigering.",
                    "fr": f"La procédure d'asile s'est clôturée définitivement par un refus le {d}.",
                    "en": f"The asylum procedure ended with a final refusal on {d}."}[lang])
    return " ".join(out) or None


def s12_ask(c: Case, lang: str) -> str:
    return {"nl": f"Om die redenen vraag ik u de aanvraag ontvankelijk en gegrond te verklaren en {_who(c, lang)} "
                  f"een machtiging tot verblijf toe te kennen op grond van artikel 9ter van de wet van 15 december "
                  f"1980.",
            "fr": f"Pour ces motifs, je vous prie de déclarer la demande recevable et fondée et d'accorder à "
                  f"{_who(c, lang)} une autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre "
                  f"1980.",
            "en": "For these reasons I ask you to declare the application admissible and well founded and to grant "
                  "the applicant leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]


def _sections(c: Case, lang: str) -> list[tuple[str, str | None, str]]:
    H = {"nl": ("Persoon", "Verblijfplaats", "Gezin", "Identiteit", "Ziekte en behandeling",
                "Toegankelijkheid van de zorg", "Eerdere procedures"),
         "fr": ("Personne", "Résidence", "Famille", "Identité", "Maladie et traitement",
                "Accessibilité des soins", "Procédures antérieures"),
         "en": ("Person", "Residence", "Family", "Identity", "Illness and treatment", "Access to care",
                "Earlier procedures")}[lang]
    return [(H[0], s12_person(c, lang), "personal"),
            (H[1], " ".join(x for x in (s12_home(c, lang), s12_domicile(c, lang)) if x), "residence"),
            (H[2], s12_family(c, lang), "family"), (H[3], s12_identity(c, lang), "identity"),
            (H[4], s12_medical(c, lang), "medical"), (H[5], s12_coi(c, lang), "coi"),
            (H[6], s12_other_proc(c, lang), "parallel")]


# --------------------------------------------------------------------------- applications

_LP = {"nl": dict(to=["Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 Brussel"],
                  refs=("Uw kenmerk", "Ons kenmerk", "Datum"), via="AANGETEKEND", open="Geachte mevrouw, mijnheer,",
                  subj="Aanvraag om machtiging tot verblijf op grond van artikel 9ter Vreemdelingenwet",
                  intro="Als raadsman van {who} dien ik hierbij een aanvraag in om machtiging tot verblijf om medische "
                        "redenen.", close="Met beleefde groeten,", enc="Stukkenbundel", page="blad {i}/{n}"),
       "fr": dict(to=["Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"],
                  refs=("Votre référence", "Notre référence", "Date"), via="RECOMMANDÉ", open="Madame, Monsieur,",
                  subj="Demande d'autorisation de séjour sur pied de l'article 9ter de la loi du 15 décembre 1980",
                  intro="En qualité de conseil de {who}, j'ai l'honneur d'introduire la présente demande "
                        "d'autorisation de séjour pour raisons médicales.", close="Veuillez agréer, Madame, Monsieur, "
                  "l'expression de mes salutations distinguées.", enc="Inventaire des pièces", page="page {i}/{n}"),
       "en": dict(to=["Immigration Office", "9ter Unit", "Pachecolaan 44", "1000 Brussels"],
                  refs=("Your ref.", "Our ref.", "Date"), via="REGISTERED MAIL", open="Dear Sir or Madam,",
                  subj="Application for leave to remain under Article 9ter of the Aliens Act",
                  intro="As counsel for {who}, I hereby lodge an application for leave to remain on medical grounds.",
                  close="Yours faithfully,", enc="Enclosures", page="page {i}/{n}")}
_FIRM_COL = [(0, 84, 120), (120, 30, 60), (40, 90, 50), (90, 60, 20)]


def app_letter_paper(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A firm's letter on its pre-printed letter paper: the firm's initials in a coloured square at the top right,
    the addressee in the window position, a reference row across the page, each part a paragraph opening with a
    bold run-in heading, signed 'for the firm' with the lawyer's name under it; the offices in a footer on every
    page and 'page x/y' at the top right from page 2."""
    W_ = _LP[lang]
    L = c.lawyer
    f = rng.choice(["sans2", "sans4"])
    col = _FIRM_COL[c.seed % len(_FIRM_COL)]
    initials = "".join(w[0] for w in L["firm"].replace("&", " ").split() if w[0].isupper())[:3] or "AV"
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new_page():
        sh = Sheet()
        sh.rect(170, 10, 22, 22, width_mm=0, fill=col)
        sh.text(181, 16, initials, font=f, size_pt=15, bold=True, anchor="center", color=(255, 255, 255))
        sh.text(165, 14, L["firm"], font=f, size_pt=9.5, bold=True, anchor="right", color=col)
        sh.text(165, 19, "advocaten · avocats", font=f, size_pt=7.5, anchor="right", color=GREY)
        sh.rule(20, 281, 190, 281, width_mm=0.2, color=col)
        sh.text(105, 283, f"{L['street']} · {L['pc']} {L['city']} · T {L['tel']} · {L.get('mail', '')}", font=f,
                size_pt=7, anchor="center", color=GREY)
        sheets.append(sh)
        st["y"] = 40.0 if len(sheets) > 1 else 0.0
        return sh

    sh = new_page()
    y = 48
    sh.text(20, 42, W_["via"], font=f, size_pt=8.5, bold=True, color=col)
    for k, ln in enumerate(W_["to"]):
        sh.text(20, y + k * 5, ln, font=f, size_pt=10.5)
    y = 78
    for k, lab in enumerate(W_["refs"]):
        sh.text(20 + k * 58, y, lab, font=f, size_pt=7.5, color=GREY)
    sh.text(20, y + 4, "—", font=f, size_pt=10)
    sh.text(78, y + 4, f"{c.app_date.year}/{c.seed % 900 + 100}/{L['last'][:3].upper()}", font=f, size_pt=10)
    sh.text(136, y + 4, c.d(c.app_date, lang, "long"), font=f, size_pt=10)
    y = 94
    y = sh.paragraph(20, y, 170, W_["subj"] + f" – {name_in(c.p, c.name_style)}", font=f, size_pt=10.5, bold=True,
                     leading=1.35) + 4
    st["y"] = y

    def para(text, *, bold_head=None, tag=None, size=10.3):
        sh = sheets[-1]
        full = (bold_head + " " if bold_head else "") + text
        rows = sh.wrap(full, 170, font=f, size_pt=size)
        lh = size * 0.3528 * 1.42
        for i, ln in enumerate(rows):
            if st["y"] + lh > 272:
                sh = new_page()
            if i == 0 and tag:
                tags.setdefault(tag, len(sheets))
            if i == 0 and bold_head and ln.startswith(bold_head):
                sh.text(20, st["y"], bold_head, font=f, size_pt=size, bold=True)
                w = sh.text_width(bold_head + " ", font=f, size_pt=size, bold=True)
                sh.text(20 + w, st["y"], ln[len(bold_head) + 1:], font=f, size_pt=size)
            else:
                sh.text(20, st["y"], ln, font=f, size_pt=size)
            st["y"] += lh
        st["y"] += 2.6

    para(W_["open"])
    para(W_["intro"].format(who=_who(c, lang)))
    for head, txt, tag in _sections(c, lang):
        if txt:
            para(txt, bold_head=head + ".", tag=tag)
    para(s12_ask(c, lang))
    para(W_["close"])
    if st["y"] + 34 > 272:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 2
    sh.text(20, y, {"nl": "Voor het kantoor,", "fr": "Pour le cabinet,", "en": "For the firm,"}[lang], font=f,
            size_pt=10)
    if "unsigned" not in c.flags:
        sh.signature(22, y + 4, 48, 15, rng, color=INK_BLUE)
    sh.text(20, y + 21, f"{L['first']} {L['last']}", font=f, size_pt=10.3, bold=True)
    sh.text(20, y + 26, {"nl": "advocaat", "fr": "avocat(e)", "en": "lawyer"}[lang], font=f, size_pt=9, color=GREY)
    st["y"] = y + 34
    if c.annexes:
        if st["y"] + 12 > 272:
            new_page()
        tags.setdefault("inventory", len(sheets))
        para(W_["enc"], size=10.3, bold_head=None)
        for i, (_, d) in enumerate(c.annexes, 1):
            para(f"{i}. {d}", size=9.8)
    n = len(sheets)
    for i, s in enumerate(sheets[1:], 2):
        s.text(190, 36, W_["page"].format(i=i, n=n), font=f, size_pt=8.5, anchor="right", color=GREY)
    return sheets, tags


_INTAKE = {"nl": dict(org="Medisch Steunpunt Vluchtelingen vzw", city="Antwerpen",
                      title="AANVRAAG 9TER – INTAKEFORMULIER", yes="ja", no="nee",
                      q=["Naam en voornamen", "Geboortedatum", "Geboorteplaats en -land", "Nationaliteit",
                         "Rijksregister- of OV-nummer", "Werkelijke verblijfplaats", "Gekozen woonplaats",
                         "Gezinsleden in de aanvraag", "Identiteitsbewijs", "Ziekte, ernst en behandeling",
                         "Behandeling in het land van herkomst", "Andere procedures", "Bijlagen"],
                      yn=["Eigen paspoort of identiteitskaart?", "Lopende asielprocedure?"],
                      sign="Handtekening van de aanvrager", date="Datum", none="geen"),
           "fr": dict(org="Point d'appui médical réfugiés asbl", city="Bruxelles",
                      title="DEMANDE 9TER – FORMULAIRE D'ACCUEIL", yes="oui", no="non",
                      q=["Nom et prénom(s)", "Date de naissance", "Lieu et pays de naissance", "Nationalité",
                         "N° registre national ou SP", "Résidence effective", "Domicile élu",
                         "Membres de la famille dans la demande", "Preuve d'identité", "Maladie, gravité et traitement",
                         "Soins au pays d'origine", "Autres procédures", "Annexes"],
                      yn=["Passeport ou carte d'identité propre ?", "Procédure d'asile en cours ?"],
                      sign="Signature du demandeur", date="Date", none="aucun")}


def app_intake_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """An NGO's intake form typed into a two-column table: the labels in a shaded left column, the answers typed at
    the right, two yes/no questions answered by striking out the wrong word, the applicant's signature in a framed
    box at the end; the NGO's name and the page number on every page."""
    FORM = _INTAKE[lang]
    f = "sans3"
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new_page():
        sh = Sheet()
        sh.text(20, 10, FORM["org"], font=f, size_pt=8.5, bold=True, color=(0, 90, 90))
        sh.text(190, 10, FORM["city"], font=f, size_pt=8.5, anchor="right", color=GREY)
        sh.rule(20, 14, 190, 14, width_mm=0.4, color=(0, 90, 90))
        sheets.append(sh)
        st["y"] = 20.0
        return sh

    new_page()
    sheets[0].text(105, 20, FORM["title"], font=f, size_pt=12, bold=True, anchor="center")
    st["y"] = 30.0
    dom = s12_domicile(c, lang)
    ans = [f"{c.p.surname.upper()} {c.p.given_names}", c.d(c.p.birth_date, lang, "dots"),
           "" if "no_birthplace" in c.flags else f"{c.p.birth_place}, {cname(c.birth_cc(), lang)}",
           "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang], c.nrn or c.ov or "",
           "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style),
           "" if dom is None else dom, s12_family(c, lang) or FORM["none"], s12_identity(c, lang),
           s12_medical(c, lang), s12_coi(c, lang) or "", s12_other_proc(c, lang) or FORM["none"],
           "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1)) or FORM["none"]]
    tagmap = {0: "personal", 5: "residence", 7: "family" if c.family else None, 8: "identity", 9: "medical",
              10: "coi" if s12_coi(c, lang) else None, 11: "parallel" if s12_other_proc(c, lang) else None,
              12: "inventory"}
    for i, (q, a) in enumerate(zip(FORM["q"], ans)):
        sh = sheets[-1]
        rows = sh.wrap(a, 118, font="mono", size_pt=9.2) or [""]
        h = max(8.0, 2.5 + 4.3 * len(rows))
        if st["y"] + h > 268:
            sh = new_page()
        if tagmap.get(i):
            tags.setdefault(tagmap[i], len(sheets))
        y = st["y"]
        sh.rect(20, y, 48, h, width_mm=0.2, fill=(228, 236, 236))
        sh.rect(68, y, 122, h, width_mm=0.2)
        sh.paragraph(21.5, y + 1.3, 45, q, font=f, size_pt=8.4, leading=1.15)
        for k, r in enumerate(rows):
            sh.text(70, y + 1.4 + k * 4.3, r, font="mono", size_pt=9.2)
        st["y"] = y + h
    st["y"] += 5
    has_doc = c.id_kind not in ("asylum", "asylum-noproof", "none", "declaration")
    asy = bool(c.asylum and c.asylum.get("status") == "pending")
    for q, yes in zip(FORM["yn"], (has_doc, asy)):
        sh = sheets[-1]
        if st["y"] + 8 > 268:
            sh = new_page()
        y = st["y"]
        sh.text(20, y, q, font=f, size_pt=9.5)
        sh.text(140, y, f"{FORM['yes']} / {FORM['no']}", font=f, size_pt=10)
        wy = sh.text_width(FORM["yes"], font=f, size_pt=10)
        x0 = 140 if not yes else 140 + sh.text_width(FORM["yes"] + " / ", font=f, size_pt=10)
        ww = wy if not yes else sh.text_width(FORM["no"], font=f, size_pt=10)
        sh.rule(x0 - 0.5, y + 2.0, x0 + ww + 0.5, y + 2.0, width_mm=0.4, color=(20, 20, 20))
        st["y"] = y + 7
    if st["y"] + 40 > 272:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 4
    sh.text(20, y, f"{FORM['date']}: {c.d(c.app_date, lang, 'dots')}", font=f, size_pt=10)
    sh.rect(100, y - 2, 90, 30, width_mm=0.3)
    sh.text(102, y - 1, FORM["sign"], font=f, size_pt=7.5, color=GREY)
    if "unsigned" not in c.flags:
        sh.signature(112, y + 5, 50, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(190, 288, f"{i}/{n}", font=f, size_pt=8, anchor="right", color=GREY)
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-briefpapier-kenmerkenrij", "application", PART, "nl",
     lambda c, r: app_letter_paper(c, r, lang="nl"),
     "firm's letter on pre-printed paper, initials square, reference row, run-in bold headings, office footer")
_reg("be9ter-app-fr-lawyer-prose-papier-entete-references", "application", PART, "fr",
     lambda c, r: app_letter_paper(c, r, lang="fr"),
     "the same pre-printed letter paper layout written in French")
_reg("be9ter-app-nl-form-intaketabel-doorhalen", "application", PART, "nl",
     lambda c, r: app_intake_table(c, r, lang="nl"),
     "NGO's intake form typed into a two-column table, yes/no by striking out, signature box")
_reg("be9ter-app-fr-form-tableau-accueil-biffer", "application", PART, "fr",
     lambda c, r: app_intake_table(c, r, lang="fr"),
     "the NGO's intake table in French")
_reg("be9ter-app-en-lawyer-prose-letter-paper", "application", PART, "en",
     lambda c, r: app_letter_paper(c, r, lang="en"),
     "the pre-printed letter paper layout written in English (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_2024_tablet(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model filled in on a tablet and printed: the question number in a small box in a narrow left column,
    the question in bold and the answer in a blue face under it, a hairline between questions; the severity as a
    four-step scale with the chosen step shaded; signed on the screen (a thin even stroke) with the stamp added on
    paper; the feeder's streak."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans4"
    blue = (20, 50, 140)
    tags: dict[str, int] = {}
    pages = [Sheet()]
    st = {"y": 36.0}
    pages[0].text(105, 12, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
    pages[0].paragraph(30, 18, 150, M_["law"], font=f, size_pt=7.3, align="center")
    pages[0].text(105, 29, M_["model"], font=f, size_pt=7.5, anchor="center", color=GREY)

    def q(n, head, body, tag=None, scale=None):
        sh = pages[-1]
        hrows = sh.wrap(head, 150, font=f, size_pt=8.6, bold=True)
        rows = sh.wrap(body or "", 150, font=f, size_pt=9.8) if body else []
        h = 4.0 * len(hrows) + 4.6 * max(1, len(rows)) + (9 if scale else 0) + 4
        if st["y"] + h > 276:
            pages.append(Sheet())
            st["y"] = 14
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        y = st["y"]
        sh.rect(20, y, 8, 8, width_mm=0.3, color=blue)
        sh.text(24, y + 1.6, str(n), font=f, size_pt=9, bold=True, anchor="center", color=blue)
        for k, hr in enumerate(hrows):
            sh.text(32, y + k * 4.0, hr, font=f, size_pt=8.6, bold=True)
        yy = y + 4.0 * len(hrows) + 1
        if scale:
            opts, k_sel = scale
            w = 150 / len(opts)
            for j, o in enumerate(opts):
                sh.rect(32 + j * w, yy, w - 1, 7, width_mm=0.2, color=blue,
                        fill=(190, 205, 235) if j == k_sel else None)
                sh.text(32 + j * w + w / 2 - 0.5, yy + 1.5, o[:24], font=f, size_pt=8, anchor="center")
            yy += 9
        for k, ln in enumerate(rows):
            sh.text(32, yy + k * 4.6, ln, font=f, size_pt=9.8, color=blue)
        st["y"] = yy + 4.6 * max(1, len(rows)) + 1.5
        sh.rule(32, st["y"], 190, st["y"], width_mm=0.1, color=(200, 200, 200))
        st["y"] += 2
        return sh, yy + 4.6 * len(rows)

    q(1, M_["s1"], f"{M_['name']}: {v['surname']}   {M_['first']}: {v['first']}   {M_['bd']}: {v['bd']}   "
                   f"{M_['nat']}: {v['nat']}", "patient")
    q(2, M_["s2"], f"{d.name()} – {M_['riziv']} {v['riziv'] or ''} – {d.street}, {d.pc} {d.city}", "doctor")
    q(3, M_["s3"], fdate(c.cert_date - timedelta(days=rng.randint(200, 2400)), "dots", lang))
    q(4, M_["s4"], v["hist"])
    q(5, M_["s5"], f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness")
    so = M_["sevopts"]
    sev = (v["sev"] or "").lower()
    k = -1 if not sev else 3 if sev.startswith(so[3]) else 1 if sev.startswith(so[1]) else \
        0 if sev.startswith(so[0]) else 2
    q(6, M_["s6"], v["sev"], "severity", scale=(so, k))
    q(7, M_["s7"], "; ".join(x for x in (f"{M_['s7a']}: {v['meds']}" if v["meds"] else "",
                                          f"{M_['s7b']}: {v['interv']}" if v["interv"] else "",
                                          f"{M_['s7c']}: {v['dur']}" if v["dur"] else "") if x), "treatment")
    q(8, M_["s8"], v["cons"])
    q(9, M_["s9"], v["prog"])
    q(10, M_["s10"], v["needs"])
    q(11, M_["s11"], f"{M_['yes']} – {v['travel']}")
    sh = pages[-1]
    if st["y"] > 244:
        pages.append(Sheet())
        st["y"] = 16
        sh = pages[-1]
    y = st["y"] + 4
    tags["signature"] = len(pages)
    sh.text(20, y, f"{M_['date']}: {v['date']}", font=f, size_pt=10)
    sh.text(20, y + 6, M_["sign"], font=f, size_pt=8.5, color=GREY)
    if v["signed"]:
        sh.signature(22, y + 10, 46, 14, rng, color=(30, 30, 40), style=None)
        sh.stamp(90, y + 6, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=STAMP_BLUE)
    for i, p in enumerate(pages, 1):
        p.text(105, 290, M_["page"].format(i=i, n=len(pages)), font=f, size_pt=7.5, anchor="center", color=GREY)
        adf_streak(p, random.Random(c.seed + 7))
    return pages, tags


def medcert_old_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model rebuilt by a practice as a two-column Word table: the letter and heading of each question
    in the left column, the answer in the right, the patient's data in the first rows; the doctor's name, RIZIV
    number, signature and stamp in the last row; a sticky note 'vu l'original' (fr) or the toner band (en)."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "serif2"
    tags: dict[str, int] = {}
    pages = [Sheet()]
    st = {"y": 34.0}
    pages[0].text(105, 12, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
    pages[0].text(105, 19, f"{M_['sub']} {M_['law']}", font=f, size_pt=8.5, anchor="center")
    pages[0].text(20, 27, f"{d.inst} · {d.street}, {d.pc} {d.city}", font=f, size_pt=8.5, color=GREY)

    def row(left, right, tag=None, lw=52):
        sh = pages[-1]
        lrows = sh.wrap(left, lw - 3, font=f, size_pt=8.8, bold=True)
        rrows = sh.wrap(right or "", 170 - lw - 4, font=f, size_pt=9.8) if right else [""]
        h = 2.5 + max(4.2 * len(lrows), 4.5 * len(rrows))
        if st["y"] + h > 276:
            pages.append(Sheet())
            st["y"] = 14
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        y = st["y"]
        sh.rect(20, y, lw, h, width_mm=0.2, fill=(242, 242, 242))
        sh.rect(20 + lw, y, 170 - lw, h, width_mm=0.2)
        for k, ln in enumerate(lrows):
            sh.text(21.5, y + 1.2 + k * 4.2, ln, font=f, size_pt=8.8, bold=True)
        for k, ln in enumerate(rrows):
            sh.text(22 + lw, y + 1.2 + k * 4.5, ln, font=f, size_pt=9.8)
        st["y"] = y + h

    row(M_["pat"], v["pat"], "patient")
    row(M_["bd"], v["bd"])
    row(M_["nat"], v["nat"])
    row(M_["A"], v["hist"])
    row(M_["B"], f"{M_.get('diag', '')} {v['ill']} ({v['icd']})".strip() if v["ill"] else "", "illness")
    row(M_["sev"], v["sev"], "severity")
    row(M_["C"], f"{M_.get('med', '')} {v['meds']}".strip() if v["meds"] else "", "treatment")
    row(M_["interv"], v["interv"])
    row(M_["dur"], v["dur"])
    row(M_["D"], v["cons"])
    row(M_["E"], v["prog"])
    row(M_["F"], v["needs"])
    row(M_["G"], v["travel"])
    sh = pages[-1]
    if st["y"] + 44 > 280:
        pages.append(Sheet())
        st["y"] = 16
        sh = pages[-1]
    y = st["y"]
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.rect(20, y, 170, 40, width_mm=0.2)
    sh.text(22, y + 2, f"{M_['date']} {v['date']}", font=f, size_pt=10)
    sh.text(22, y + 8, f"{d.name()} – {M_['riziv']} {v['riziv']}", font=f, size_pt=10)
    sh.text(22, y + 14, M_["sign"], font=f, size_pt=8.5, color=GREY)
    if v["signed"]:
        sh.signature(26, y + 19, 46, 15, rng, color=INK_BLUE)
        sh.stamp(110, y + 4, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", bool(v["riziv"])), rng,
                 size_mm=32, color=STAMP_VIOLET)
    if lang == "en":
        return [toner_band(p, rng) for p in pages], tags
    sticky_note(pages[0], rng, lang="fr", x=150, y=250)
    return pages, tags


_reg("be9ter-medcert-2024-nl-tablet-schaal-vaknummers", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_tablet(c, r, lang="nl"),
     "2024 model filled in on a tablet: numbers in small boxes, blue answers, four-step severity scale, feeder streak")
_reg("be9ter-medcert-2024-fr-tablette-echelle-cases", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_tablet(c, r, lang="fr"),
     "the tablet-filled 2024 model in French")
_reg("be9ter-medcert-old-fr-wordtabel-geeltje", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_table(c, r, lang="fr"),
     "previous model as a two-column Word table, stamp in the last row, sticky note")
_reg("be9ter-medcert-old-en-wordtable-toner", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_table(c, r, lang="en"),
     "previous model as a two-column table in English, toner band (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_specialist_dictated(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's report typed by the secretary from dictation: the department and its staff in a
    narrow grey column at the left, 'Verslag' with the patient's data in a line, findings, diagnosis and policy,
    'gedicteerd, niet nagelezen' / 'dicté, non relu' above the electronic signature, a copy to the GP listed at the
    foot."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "nl")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    sh = Sheet()
    f = "sans2"
    sh.rect(12, 10, 40, 270, width_mm=0, fill=(240, 240, 240))
    sh.paragraph(14, 14, 36, d.inst, font=f, size_pt=9, bold=True)
    sh.paragraph(14, 28, 36, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=8)
    for k in range(4):
        sh.text(14, 44 + k * 5, f"Dr {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(['Claes', 'Maes', 'Dupont', 'Lambert', 'Wouters', 'Jacobs', 'Hermans'])}",
                font=f, size_pt=7.5, color=GREY)
    sh.text(14, 68, d.name(), font=f, size_pt=7.5, bold=True)
    sh.text(14, 74, f"{d.street}", font=f, size_pt=7, color=GREY)
    sh.text(14, 78, f"{d.pc} {d.city}", font=f, size_pt=7, color=GREY)
    x = 58
    sh.text(x, 16, "RAPPORT DE CONSULTATION" if fr else "CONSULTATIEVERSLAG", font=f, size_pt=13, bold=True)
    sh.text(x, 24, f"{c.p.surname.upper()} {c.p.given_names} – {fdate(c.p.birth_date, 'dots', lang)} – "
                   f"{fdate(c.medstat_date, 'dots', lang)}", font=f, size_pt=9.5)
    y = 36
    for head, txt in ((("Diagnostic", f"{T['name']}. {T['severity']}"), ("Traitement", "; ".join(T["meds"]) + ". " +
                        T["intervention"]), ("Suivi et pronostic", f"{T['needs']} {T['prognosis']}")) if fr else
                      (("Diagnose", f"{T['name']}. {T['severity']}"), ("Behandeling", "; ".join(T["meds"]) + ". " +
                        T["intervention"]), ("Opvolging en prognose", f"{T['needs']} {T['prognosis']}"))):
        sh.text(x, y, head, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(x, y + 5.5, 132, txt, font=f, size_pt=10, leading=1.45) + 4
    sh.text(x, y + 4, "Dicté, non relu." if fr else "Gedicteerd, niet nagelezen.", font=f, size_pt=8.5, italic=True,
            color=GREY)
    sh.text(x, y + 10, d.name(), font=f, size_pt=10)
    sh.text(x, y + 15, f"INAMI {d.riziv}" if fr else f"RIZIV {d.riziv}", font=f, size_pt=9)
    sh.signature(x + 60, y + 6, 40, 13, rng, color=INK_BLUE)
    sh.text(x, 272, (f"c.c. : Dr {c.doctor.last}, {c.doctor.city}" if fr else
                     f"Kopie: dr. {c.doctor.last}, huisarts, {c.doctor.city}"), font=f, size_pt=8.5, color=GREY)
    return [sh], {}


def medstat_gp_prescription(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The GP's short attestation written on the A5 prescription form ('Voorschrift / Prescription'), with the
    doctor's RIZIV sticker with its barcode in the top box, the text in ballpoint, the stamp; the A5 sheet copied on
    A4 at the top, a sticky note beside it."""
    d = c.doctor
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    a5 = Sheet(148, 210)
    a5.rect(0, 0, 148, 210, width_mm=0, fill=(250, 250, 246))
    a5.rect(6, 6, 136, 30, width_mm=0.3)
    a5.text(8, 7, "Nom et adresse du prescripteur / Naam en adres voorschrijver", font="sans", size_pt=5.5,
            color=GREY)
    a5.text(10, 12, d.name(), font="sans", size_pt=9, bold=True)
    a5.text(10, 17, f"{d.street}, {d.pc} {d.city}", font="sans", size_pt=8)
    a5.rect(92, 10, 46, 22, width_mm=0.2, fill=(255, 255, 255))
    barcode(a5, 95, 12, 40, 9, d.riziv)
    a5.text(115, 23, d.riziv, font="mono", size_pt=7, anchor="center")
    a5.text(8, 40, "ATTESTATION" if fr else "ATTEST", font="sans", size_pt=10, bold=True)
    txt = (f"Je soussigné certifie suivre {c.p.given_names} {c.p.surname}, né(e) le {fdate(c.p.birth_date, 'dots')}, "
           f"pour {T['name']}. Traitement : {'; '.join(T['meds'])}. {T['needs']}" if fr else
           f"Ondergetekende verklaart {c.p.given_names} {c.p.surname}, geboren {fdate(c.p.birth_date, 'dots')}, te "
           f"volgen voor {T['name']}. Behandeling: {'; '.join(T['meds'])}. {T['needs']}")
    yy = 50
    for ln in a5.wrap(hand_safe(txt), 118, font="hand1", size_pt=10.5)[:14]:
        a5.handwriting(10, yy, ln, rng, size_pt=10.5, color=INK_BLUE, font="hand1")
        yy += 7
    a5.handwriting(10, yy + 4, fdate(c.medstat_date, "slashes"), rng, size_pt=10.5, color=INK_BLUE, font="hand1")
    a5.signature(60, yy + 2, 36, 12, rng, color=INK_BLUE)
    a5.stamp(100, yy, _stamp_lines(c, lang, True), rng, shape="rect", size_mm=30, color=STAMP_BLUE)
    sh = Sheet()
    sh.image(10, 8, 148, 210, a5.render(250))
    sticky_note(sh, rng, lang="fr" if fr else "nl", x=164, y=20)
    return [sh], {}


_reg("be9ter-medstat-specialist-gedicteerd-kopie-huisarts", "medical-statement", PART, "fr/nl",
     medstat_specialist_dictated, "specialist's consultation report typed from dictation, staff column, 'not re-read'")
_reg("be9ter-medstat-huisarts-voorschrift-a5-rizivsticker", "medical-statement", PART, "fr/nl",
     medstat_gp_prescription, "GP's attestation written on the A5 prescription form with the RIZIV sticker")


# --------------------------------------------------------------------------- country-of-origin information

def coi_registry_browser(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A page of the country's medicines price list printed from the browser: the print date and page title at the
    top, the URL and '1/1' at the foot, a search box, a results table where the drug's line shows the price and
    'rupture'/'not in stock' for most pharmacies; the lawyer's annotation in pen."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    cn = cname(c.origin(), "fr")
    when = c.app_date - timedelta(days=rng.randint(5, 40))
    sh = Sheet()
    f = "sans6"
    sh.text(10, 6, f"{fdate(when, 'slashes')} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}", font=f,
            size_pt=7, color=GREY)
    sh.text(105, 6, f"Liste des médicaments et prix – {cn}", font=f, size_pt=7, anchor="center", color=GREY)
    sh.rect(15, 16, 180, 14, width_mm=0, fill=(30, 80, 120))
    sh.text(20, 20, f"Registre national des médicaments – {cn}", font=f, size_pt=12, bold=True,
            color=(255, 255, 255))
    sh.rect(20, 36, 120, 8, width_mm=0.3, color=(150, 150, 150))
    sh.text(22, 37.8, dr[:60], font=f, size_pt=9)
    cols = ((20, "Produit"), (90, "Dosage"), (118, "Prix public"), (150, "Disponibilité"))
    y = 52
    sh.rect(20, y - 1, 170, 7, width_mm=0, fill=(230, 236, 242))
    for x, t in cols:
        sh.text(x + 1, y, t, font=f, size_pt=8.5, bold=True)
    y += 8
    for k in range(5):
        avail = "rupture de stock" if k != 2 else f"uniquement {o['hospital'][:18]}"
        for (x, _), t in zip(cols, (dr[:34] if k == 0 else f"{dr.split(' ')[0][:20]} (générique {k})",
                                    "cp.", il["cost"], avail)):
            sh.text(x + 1, y, t, font=f, size_pt=8.5)
        sh.rule(20, y + 5, 190, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 7
    sh.paragraph(20, y + 6, 170, f"Salaire minimum / moyen : {o['wage']}. {o['insurance_fr']}", font=f, size_pt=9.5,
                 leading=1.4)
    sh.handwriting(130, y + 26, "prix mensuel !", rng, size_pt=12, color=INK_BLUE, font="hand1")
    sh.text(10, 290, f"https://www.medicaments-{c.origin().lower()}.example/recherche?q={dr.split(' ')[0][:12]}",
            font=f, size_pt=6.5, color=GREY)
    sh.text(200, 290, "1/1", font=f, size_pt=6.5, anchor="right", color=GREY)
    return [sh], {}


def coi_availability_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's extract of a medical-availability answer: the question asked, then a table 'medicine / specialist
    – available – where – remarks', with the source and the date of the answer under it."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = "fr" if c.lang == "fr" else "nl"
    dr = drug(c.illness, lang) if lang in il else drug(c.illness, "fr" if "fr" in il else "nl")
    cn = cname(c.origin(), lang)
    fr = lang == "fr"
    sh = Sheet()
    f = "serif5"
    sh.text(20, 14, ("Disponibilité des soins – extrait" if fr else "Beschikbaarheid van zorg – uittreksel"), font=f,
            size_pt=13, bold=True)
    sh.text(20, 21, f"{cn} · {'réponse du' if fr else 'antwoord van'} {fdate(c.app_date - timedelta(days=rng.randint(60, 300)), 'dots')}",
            font=f, size_pt=9, color=GREY)
    heads = (("Traitement", "Disponible", "Où", "Remarques") if fr else
             ("Behandeling", "Beschikbaar", "Waar", "Opmerkingen"))
    xs = (20, 80, 104, 146)
    y = 34
    sh.rect(20, y, 170, 8, width_mm=0.2, fill=(235, 235, 235))
    for x, t in zip(xs, heads):
        sh.text(x + 1.5, y + 2, t, font=f, size_pt=9, bold=True)
    y += 8
    rows = [(dr[:40], "oui" if fr else "ja", o["hospital"][:26], ("ruptures fréquentes; payant" if fr else
                                                                   "vaak niet in voorraad; betalend")),
            (("consultation spécialisée" if fr else "consultatie specialist"), "oui" if fr else "ja",
             o["hospital"][:26], "liste d'attente" if fr else "wachtlijst"),
            (("suivi biologique" if fr else "laboratoriumopvolging"), "non" if fr else "neen", "—",
             "pas de laboratoire public" if fr else "geen openbaar labo")]
    for r_ in rows:
        h = 12
        for j, (x, t) in enumerate(zip(xs, r_)):
            w = (xs[j + 1] if j < 3 else 190) - x
            sh.rect(x, y, w, h, width_mm=0.2)
            sh.paragraph(x + 1.5, y + 1.5, w - 3, t, font=f, size_pt=8.8, leading=1.2)
        y += h
    sh.paragraph(20, y + 8, 170, (f"Coût estimé : {il['cost']} par mois ; salaire moyen : {o['wage']}. "
                                  f"{o['insurance_fr']}" if fr else
                                  f"Geschatte kost: {il['cost']} per maand; gemiddeld loon: {o['wage']}. "
                                  f"{o['insurance_nl']}"), font=f, size_pt=10, leading=1.45)
    mfp_footer(sh, rng)
    return [sh], {}


_reg("be9ter-coi-fr-geneesmiddelenregister-browserprint", "country-of-origin-info", PART, "fr",
     coi_registry_browser, "a page of the country's medicines price list printed from the browser, pen remark")
_reg("be9ter-coi-fr-beschikbaarheid-tabel-ngo", "country-of-origin-info", PART, "fr/nl", coi_availability_table,
     "an NGO's extract of a medical-availability answer as a table, scan footer")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def _cgvs_head(sh: Sheet, fr: bool, f: str) -> None:
    sh.text(20, 12, "Commissariat général aux réfugiés et aux apatrides" if fr else
            "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", font=f, size_pt=11, bold=True)
    sh.text(20, 18, "Rue Ernest Blerot 39 · 1070 Bruxelles" if fr else "Ernest Blerotstraat 39 · 1070 Brussel",
            font=f, size_pt=8.5, color=GREY)


def asylum_convocation(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGRA/CGVS invitation to the personal interview: the references (CG number, SP/OV number) in a block at
    the right, the date, hour and room of the interview in a framed box, the interpreter's language, what to bring;
    the sticky note 'vu l'original' / 'origineel gezien'."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans4"
    _cgvs_head(sh, fr, f)
    cg = f"{lodged.year % 100:02d}{rng.randint(10000, 99999)}"
    for k, (x, y_) in enumerate((("N° CG" if fr else "CG-nr.", cg), ("N° SP" if fr else "OV-nr.", c.ov or "—"),
                                 ("Date" if fr else "Datum", fdate(c.app_date - timedelta(days=rng.randint(20, 60)),
                                                                   "dots")))):
        sh.text(130, 32 + k * 5.5, f"{x} : {y_}" if fr else f"{x}: {y_}", font=f, size_pt=9.5)
    sh.text(20, 34, f"{c.p.surname.upper()} {c.p.given_names}", font=f, size_pt=10.5)
    sh.text(20, 39.5, f"{'né(e) le' if fr else 'geboren op'} {fdate(c.p.birth_date, 'dots')}", font=f, size_pt=9.5)
    sh.text(20, 56, "CONVOCATION À UN ENTRETIEN PERSONNEL" if fr else "UITNODIGING VOOR EEN PERSOONLIJK ONDERHOUD",
            font=f, size_pt=12, bold=True)
    y = sh.paragraph(20, 66, 170, (f"Dans le cadre de votre demande de protection internationale introduite le "
                                   f"{fdate(lodged, 'dots')}, vous êtes invité(e) à un entretien personnel au "
                                   f"Commissariat général." if fr else
                                   f"In het kader van uw verzoek om internationale bescherming, ingediend op "
                                   f"{fdate(lodged, 'dots')}, wordt u uitgenodigd voor een persoonlijk onderhoud op "
                                   f"het Commissariaat-generaal."), font=f, size_pt=10.5, leading=1.5) + 4
    when = c.app_date + timedelta(days=rng.randint(10, 60))
    sh.rect(20, y, 170, 22, width_mm=0.5)
    sh.text(24, y + 3, (f"Date : {fdate(when, 'long', 'fr')}" if fr else f"Datum: {fdate(when, 'long', 'nl')}"),
            font=f, size_pt=11, bold=True)
    sh.text(24, y + 9, (f"Heure : {rng.choice(['8h45', '9h00', '13h15'])}   Local : {rng.randint(101, 420)}" if fr else
                        f"Uur: {rng.choice(['8.45', '9.00', '13.15'])}   Lokaal: {rng.randint(101, 420)}"), font=f,
            size_pt=10.5)
    sh.text(24, y + 15, ("Interprète : prévu" if fr else "Tolk: voorzien"), font=f, size_pt=10)
    y = sh.paragraph(20, y + 30, 170, ("Présentez-vous à l'accueil muni(e) de la présente convocation et de votre "
                                       "annexe 26. Votre avocat(e) peut vous accompagner." if fr else
                                       "Meld u aan het onthaal met deze uitnodiging en uw bijlage 26. Uw advocaat mag "
                                       "u vergezellen."), font=f, size_pt=10, leading=1.45)
    sh.text(20, y + 10, "Le Commissaire général" if fr else "De Commissaris-generaal", font=f, size_pt=10)
    sticky_note(sh, rng, lang="fr" if fr else "nl", x=150, y=240)
    return [sh], {}


def asylum_termijnbrief(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGRA/CGVS letter that a decision cannot be taken within six months (art. 57/6, § 3): the references in a
    grey table under the letterhead, three short paragraphs, the printed name of the official; the feeder streak."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "serif4"
    _cgvs_head(sh, fr, f)
    y = 30
    for lab, val in ((("Votre demande du" if fr else "Uw verzoek van"), fdate(lodged, "dots")),
                     (("Numéro SP" if fr else "OV-nummer"), c.ov or "—"),
                     (("Nom" if fr else "Naam"), f"{c.p.surname.upper()} {c.p.given_names}"),
                     (("Date de naissance" if fr else "Geboortedatum"), fdate(c.p.birth_date, "dots"))):
        sh.rect(20, y, 55, 7, width_mm=0.2, fill=(236, 236, 236))
        sh.rect(75, y, 115, 7, width_mm=0.2)
        sh.text(22, y + 1.6, lab, font=f, size_pt=9)
        sh.text(77, y + 1.4, val, font=f, size_pt=10)
        y += 7
    sh.text(20, y + 10, ("Objet : délai de traitement de votre demande" if fr else
                         "Betreft: termijn voor de behandeling van uw verzoek"), font=f, size_pt=11, bold=True)
    paras = ([f"Votre demande de protection internationale, introduite le {fdate(lodged, 'dots')}, est toujours en cours "
              f"d'examen.", "Une décision ne pourra pas être prise dans le délai de six mois prévu à l'article 57/6, "
              "§ 3 de la loi du 15 décembre 1980, en raison du nombre de demandes.",
              "Vous serez informé(e) de la décision par lettre recommandée."] if fr else
             [f"Uw verzoek om internationale bescherming, ingediend op {fdate(lodged, 'dots')}, is nog in "
              f"behandeling.", "Een beslissing kan niet worden genomen binnen de termijn van zes maanden van artikel "
              "57/6, § 3 van de wet van 15 december 1980, wegens het aantal verzoeken.",
              "U wordt van de beslissing op de hoogte gebracht per aangetekende brief."])
    y += 20
    for p_ in paras:
        y = sh.paragraph(20, y, 170, p_, font=f, size_pt=10.5, leading=1.5) + 3
    sh.text(20, y + 8, fdate(c.app_date - timedelta(days=rng.randint(15, 90)), "long", "fr" if fr else "nl"), font=f,
            size_pt=10)
    sh.text(20, y + 16, rng.choice(["M. Vandenbroucke", "A. Maréchal", "K. Peeters"]) + (", attaché" if fr else
                                                                                         ", attaché"), font=f,
            size_pt=10)
    adf_streak(sh, rng)
    return [sh], {}


def asylum_wachtregister(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The commune's extract from the waiting register ('uittreksel uit het wachtregister' / 'extrait du registre
    d'attente') printed at the population desk from the national register: the person's data as numbered
    information types (TI) with their dates, TI 206 'asylum application lodged' among them, the commune's seal
    printed and the clerk's initials; the copier's footer."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    city = c.addr.city
    sh = Sheet()
    f = "mono"
    sh.text(20, 12, (f"Commune de {city} – Service Population" if fr else f"Gemeente {city} – Dienst Bevolking"),
            font="sans", size_pt=11, bold=True)
    sh.text(20, 26, ("EXTRAIT DU REGISTRE D'ATTENTE" if fr else "UITTREKSEL UIT HET WACHTREGISTER"), font="sans",
            size_pt=13, bold=True)
    sh.text(20, 33, (f"Numéro SP / registre d'attente : {c.ov or '—'}" if fr else
                     f"OV-nummer / wachtregisternummer: {c.ov or '—'}"), font="sans", size_pt=9.5)
    rows = [("TI 010", "Adresse" if fr else "Adres", addr_str(c.addr, "fr" if fr else "nl", "street-first"),
             lodged + timedelta(days=rng.randint(20, 80))),
            ("TI 100", "Nom et prénoms" if fr else "Naam en voornamen", f"{c.p.surname.upper()} {c.p.given_names}",
             lodged),
            ("TI 030", "Naissance" if fr else "Geboorte", f"{fdate(c.p.birth_date, 'dots')} {c.p.birth_place}",
             lodged),
            ("TI 031", "Nationalité" if fr else "Nationaliteit",
             COUNTRIES[c.p.nationality]["adj_fr" if fr else "adj_nl"], lodged),
            ("TI 206", "Demande de protection internationale" if fr else "Verzoek internationale bescherming",
             ("introduite – en cours" if fr else "ingediend – lopende"), lodged)]
    y = 46
    for ti, lab, val, d in rows:
        sh.text(20, y, ti, font=f, size_pt=9)
        sh.text(40, y, lab[:34], font=f, size_pt=9)
        sh.text(40, y + 4.5, val[:58], font=f, size_pt=9.5)
        sh.text(190, y, fdate(d, "dots"), font=f, size_pt=9, anchor="right")
        sh.rule(20, y + 9.5, 190, y + 9.5, width_mm=0.1, color=(190, 190, 190))
        y += 12
    sh.text(20, y + 8, (f"Délivré à {city}, le {fdate(c.app_date - timedelta(days=rng.randint(3, 25)), 'dots')}"
                        if fr else f"Afgeleverd te {city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 25)), 'dots')}"),
            font="sans", size_pt=10)
    sh.stamp(120, y + 4, [(f"COMMUNE DE {city}" if fr else f"GEMEENTE {city}").upper()[:22],
                          "POPULATION" if fr else "BEVOLKING"], rng, size_mm=26, color=(90, 90, 100))
    sh.handwriting(60, y + 16, rng.choice(["JD", "mv", "K.B.", "SL"]), rng, size_pt=12, color=INK_BLUE, font="hand1")
    mfp_footer(sh, rng)
    return [sh], {}


# the commune's extract first: the generic plan rotates over this part's asylum families by the dossier's seed
_reg("be9ter-asylum-wachtregister-uittreksel-ti-codes", "asylum-proof", PART, "fr/nl", asylum_wachtregister,
     "commune's extract from the waiting register, information types (TI) with dates, TI 206 pending, scan footer")
_reg("be9ter-asylum-cgvs-uitnodiging-gehoor-geeltje", "asylum-proof", PART, "fr/nl", asylum_convocation,
     "CGRA/CGVS invitation to the personal interview, framed date box, sticky note")
_reg("be9ter-asylum-cgvs-termijnbrief-streep", "asylum-proof", PART, "fr/nl", asylum_termijnbrief,
     "CGRA/CGVS letter that the decision will take longer than six months, grey reference table, feeder streak")


# --------------------------------------------------------------------------- registered mail

def rm_slip_taped_note(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's white deposit slip with a red band, taped with two strips of tape onto an A4 sheet, the secretary's
    handwritten note under it ('DVZ 9ter – name – sent ...')."""
    s = Sheet(105, 74)
    s.rect(0, 0, 105, 74, width_mm=0, fill=(255, 255, 255))
    s.rect(0, 0, 105, 8, width_mm=0, fill=(220, 40, 50))
    s.text(3, 1.8, "bpost · Bewijs van afgifte · Preuve de dépôt", font="sans", size_pt=7.5, bold=True,
           color=(255, 255, 255))
    barcode(s, 4, 11, 60, 10, c.rm_track)
    s.text(34, 22.5, track_spaced(c.rm_track), font="mono", size_pt=7.5, anchor="center")
    s.text(4, 29, "Geadresseerde / Destinataire", font="sans", size_pt=5.5, color=GREY)
    for k, ln in enumerate(c.rm_to):
        s.text(4, 32.5 + k * 4, ln, font="sans", size_pt=7.5)
    s.text(68, 29, "Afzender / Expéditeur", font="sans", size_pt=5.5, color=GREY)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        s.text(68, 32.5 + k * 4, ln[:24], font="sans", size_pt=6.5)
    s.stamp(72, 50, [_post_office(c)[:16].upper(), fdate(c.rm_date, "dots")], rng, size_mm=20, color=(60, 60, 70))
    s.text(4, 66, f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font="sans",
           size_pt=7)
    sh = Sheet()
    x, y = rng.uniform(45, 60), rng.uniform(30, 50)
    sh.image(x, y, 105, 74, s.render(250))
    for tx in (x + 10, x + 80):
        sh.rect(tx, y - 4, 16, 9, width_mm=0, fill=(236, 236, 228))
    note = f"DVZ 9ter – {c.p.surname} – verstuurd {fdate(c.rm_date, 'dots')}" if c.lang != "fr" else \
        f"OE 9ter – {c.p.surname} – envoyé le {fdate(c.rm_date, 'dots')}"
    sh.handwriting(x, y + 84, hand_safe(note), rng, size_pt=12, color=INK_BLUE, font="hand4")
    return [sh], {"addressee": 1}


def rm_kiosk_receipt(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt of a post office's self-service kiosk (narrow thermal paper), photographed with a phone on a dark
    desk and printed on A4: the item number, the addressee and the time."""
    r = Sheet(58, 120)
    r.rect(0, 0, 58, 120, width_mm=0, fill=(250, 250, 248))
    r.text(29, 4, "bpost", font="sans", size_pt=11, bold=True, anchor="center")
    r.text(29, 10, "Self-service · Aangetekend", font="mono", size_pt=6.5, anchor="center")
    r.text(29, 14, _post_office(c)[:28], font="mono", size_pt=6.5, anchor="center")
    y = 22
    for ln in ([fdate(c.rm_date, "dots") + f" {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", "",
                "ZENDING / ENVOI", track_spaced(c.rm_track), "", "AAN / À"] + [x[:28] for x in c.rm_to] +
               ["", f"TOTAAL  EUR {rng.choice(['9,48', '9,90', '10,20'])}", "BETAALD: BANCONTACT"]):
        r.text(4, y, ln, font="mono", size_pt=6.8)
        y += 4
    barcode(r, 6, y + 2, 46, 8, c.rm_track)
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(70, 58, 50))
    sh.image(70, 60, 58 * 1.25, 120 * 1.25, r.render(300))
    return [sh], {"addressee": 1}


def rm_envelope_stub(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The copy of the envelope's front as it left the office (the addressee, the franking imprint, the R label),
    the sender's stub of the R label peeled off and stuck beside it with the counter's date stamp on it."""
    env = Sheet(229, 162)
    env.rect(0, 0, 229, 162, width_mm=0, fill=(248, 244, 232))
    for k, ln in enumerate(_sender_lines(c)[:3]):
        env.text(8, 8 + k * 5, ln, font="sans", size_pt=8)
    env.rect(170, 8, 50, 22, width_mm=0.2, color=(200, 40, 40))
    env.text(173, 10, "PP – P.B.", font="sans", size_pt=8, color=(200, 40, 40))
    env.text(173, 16, "BELGIE(N) – BELGIQUE", font="sans", size_pt=7, color=(200, 40, 40))
    env.rect(20, 40, 60, 20, width_mm=0.2, fill=(255, 255, 255))
    env.text(22, 41, "R", font="sans", size_pt=12, bold=True)
    barcode(env, 30, 42, 46, 10, c.rm_track)
    env.text(53, 54, track_spaced(c.rm_track), font="mono", size_pt=6, anchor="center")
    for k, ln in enumerate(c.rm_to):
        env.text(110, 90 + k * 7, ln, font="sans", size_pt=12)
    sh = Sheet()
    sh.image(8, 10, 194, 137, env.render(200))
    stub = Sheet(60, 30)
    stub.rect(0, 0, 60, 30, width_mm=0, fill=(255, 255, 255))
    stub.text(2, 2, "R", font="sans", size_pt=10, bold=True)
    barcode(stub, 8, 2, 48, 8, c.rm_track)
    stub.text(30, 12, track_spaced(c.rm_track), font="mono", size_pt=6, anchor="center")
    stub.stamp(18, 13, [_post_office(c)[:14].upper(), fdate(c.rm_date, "dots")], rng, size_mm=16, color=(60, 60, 70))
    sh.image(20, 170, 90, 45, stub.render(250))
    sh.handwriting(120, 185, hand_safe(f"afgegeven {fdate(c.rm_date, 'dots')}"), rng, size_pt=12, color=INK_BLUE,
                   font="hand1")
    return [sh], {"addressee": 1}


_reg("be9ter-rm-afgiftebewijs-rode-band-plakband-notitie", "registered-mail-receipt", PART, "nl/fr",
     rm_slip_taped_note, "bpost slip with a red band taped onto A4, the secretary's handwritten note under it")
_reg("be9ter-rm-zelfbedieningskiosk-bon-foto", "registered-mail-receipt", PART, "nl/fr", rm_kiosk_receipt,
     "self-service kiosk's thermal receipt photographed on a dark desk")
_reg("be9ter-rm-envelop-kopie-r-strook", "registered-mail-receipt", PART, "nl/fr", rm_envelope_stub,
     "copy of the envelope's front with the R label, the sender's stub stuck beside it with the date stamp")


# --------------------------------------------------------------------------- other

def other_declaration_bilingual(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour typed by an interpreter in Dutch and French in two columns, signed once by the
    applicant under both; no evidentiary value as proof of identity."""
    sh = Sheet()
    f = "serif"
    sh.text(105, 20, "VERKLARING OP EER  ·  DÉCLARATION SUR L'HONNEUR", font=f, size_pt=12.5, bold=True,
            anchor="center")
    nl = (f"Ik, ondergetekende, {c.p.given_names} {c.p.surname.upper()}, geboren op {fdate(c.p.birth_date, 'dots')} "
          f"te {c.p.birth_place}, verklaar op eer dat ik geen paspoort of identiteitskaart bezit. Mijn documenten "
          f"zijn in mijn land achtergebleven en ik kan ze niet laten overkomen.")
    fr = (f"Je soussigné(e), {c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots')} à "
          f"{c.p.birth_place}, déclare sur l'honneur ne pas posséder de passeport ni de carte d'identité. Mes "
          f"documents sont restés dans mon pays et je ne peux pas les faire venir.")
    y1 = sh.paragraph(20, 36, 80, nl, font=f, size_pt=10.5, leading=1.55, align="justify")
    y2 = sh.paragraph(110, 36, 80, fr, font=f, size_pt=10.5, leading=1.55, align="justify")
    sh.rule(105, 34, 105, max(y1, y2), width_mm=0.2, color=GREY)
    y = max(y1, y2) + 12
    sh.text(20, y, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'dots')}", font=f,
            size_pt=10.5)
    sh.text(20, y + 8, "Handtekening / Signature", font=f, size_pt=9.5, color=GREY)
    sh.signature(22, y + 12, 46, 15, rng, color=INK_BLUE)
    sh.text(120, y + 8, "Vertaald door / Traduit par :", font=f, size_pt=9, color=GREY)
    sh.text(120, y + 13, rng.choice(["S. Haddou", "M. Kabongo", "A. Yilmaz", "F. Rahimi"]), font=f, size_pt=9.5)
    return [sh], {"identity": 1}


def other_host_attestation(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A host's attestation of accommodation ('attestation d'hébergement' / 'verklaring van inwoning') handwritten
    on a printed model, with a copy of the host's identity card's front stapled at the foot."""
    fr = c.lang == "fr"
    sh = Sheet()
    f = "sans"
    sh.text(105, 16, "ATTESTATION D'HÉBERGEMENT" if fr else "VERKLARING VAN INWONING", font=f, size_pt=13, bold=True,
            anchor="center")
    host = rng.choice(["Fatima El Amrani", "Jean-Pierre Mukendi", "Ayşe Demir", "Mamadou Bah", "Ruben Pinas"])
    rows = ([("Je soussigné(e)", host), ("domicilié(e) à", addr_str(c.addr, "fr", "street-first")),
             ("déclare héberger", f"{c.p.given_names} {c.p.surname}"),
             ("né(e) le", fdate(c.p.birth_date, "dots")), ("depuis le", fdate(c.app_date - timedelta(days=rng.randint(60, 500)), "dots"))]
            if fr else
            [("Ondergetekende", host), ("wonende te", addr_str(c.addr, "nl", "street-first")),
             ("verklaart dat bij hem/haar inwoont", f"{c.p.given_names} {c.p.surname}"),
             ("geboren op", fdate(c.p.birth_date, "dots")),
             ("sinds", fdate(c.app_date - timedelta(days=rng.randint(60, 500)), "dots"))])
    y = 34
    for lab, val in rows:
        sh.text(20, y, lab, font=f, size_pt=10)
        sh.rule(76, y + 5, 190, y + 5, width_mm=0.15, dash=0.8)
        sh.handwriting(78, y - 1.5, hand_safe(val), rng, size_pt=12, color=INK_BLUE, font="hand1")
        y += 11
    sh.text(20, y + 4, "Date et signature :" if fr else "Datum en handtekening:", font=f, size_pt=10)
    sh.handwriting(60, y + 2.5, fdate(c.app_date - timedelta(days=rng.randint(3, 30)), "dots"), rng, size_pt=12,
                   color=INK_BLUE, font="hand1")
    sh.signature(110, y, 44, 14, rng, color=INK_BLUE)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(236, 240, 236))
    card.text(3, 2, "BELGIË · BELGIQUE · BELGIEN · BELGIUM", font="sans", size_pt=4.5, bold=True)
    card.photo(3, 9, 22, 28, rng)
    card.text(28, 12, host.split(" ")[-1].upper(), font="sans", size_pt=6, bold=True)
    card.text(28, 18, " ".join(host.split(" ")[:-1]), font="sans", size_pt=6)
    sh.image(60, y + 30, 88, 55.5, card.render(250))
    sh.rule(58, y + 28, 66, y + 28, width_mm=0.6, color=(120, 120, 120))
    return [sh], {}


_reg("be9ter-other-declaration-tweetalig-twee-kolommen", "other", PART, "nl/fr", other_declaration_bilingual,
     "declaration on honour typed in Dutch and French in two columns, translator's name")
_reg("be9ter-other-hebergement-inwoning-idkopie", "other", PART, "fr/nl", other_host_attestation,
     "host's attestation of accommodation on a printed model, host's ID card front stapled")
