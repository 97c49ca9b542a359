"""9ter families of the `thirteenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twelfth had been read, by a writer who saw neither the validator nor
its output.  Applications: a lawyer's request bound behind a title page (the firm's name, the request's title, the
client's name and the list of pieces on the cover), its paragraphs numbered continuously with the numbers in the left
margin ('randnummers' / numéros marginaux), in Dutch, French and English; a service's online intake form printed from
the browser (each question in its own bordered card, required questions starred, radio buttons, the answers as
typed on screen) and signed by hand on its last page, in Dutch and French.  The 2024 certificate with the patient's
and doctor's data typed by the practice and everything else written by the doctor by hand, the severity box crossed
by pen; the previous model printed from the GP's practice software in a mono face, the questions in capitals and each
answer indented under its question, the software's line at the top of every page (in French and English).  A
hospital specialist's letter signed electronically with the eID (the signature's printed appearance box) and sent
through the eHealthBox; a mental-health service's attestation of psychological follow-up.  A news site's article on
shortages printed from the browser; a Belgian NGO's country sheet with numbered sources.  Fedasil's resident badge
copied recto and verso; the CGRA/CGVS e-mail acknowledging documents sent for a pending application.  A counter
receipt enlarged on the copier to A4 with the firm's 'Verzonden' stamp; three receipts of one day scanned together,
the right one circled; bpost's track-and-trace page printed with the receipt's stub stapled under it.  A
declaration on honour written by hand on squared Seyès paper; a CPAS medical card for urgent medical aid.
Sentence builders ``s13_*``.  Copy habit: the office's document-management label (thirteenth_identity.bates).
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
from .thirteenth_identity import bates, tippex

PART = "thirteenth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _cl(c: Case, lang: str, cap: bool = False) -> str:
    """These writers call the applicant 'cliënt(e)', 'mon client / ma cliente', 'my client'."""
    s = {"nl": "cliënte" if c.fem else "cliënt", "fr": "ma cliente" if c.fem else "mon client",
         "en": "my client"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _pc(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "en": f" [piece {n}]"}[lang]


def s13_person(c: Case, lang: str) -> list[str]:
    """Name first, then each fact in its own short sentence."""
    who = name_in(c.p, c.name_style)
    out = [{"nl": f"{_cl(c, lang, True)} heet {who}.", "fr": f"{_cl(c, lang, True)} s'appelle {who}.",
            "en": f"My client's name is {who}."}[lang]]
    born = c.d(c.p.birth_date, lang)
    if "no_birthplace" in c.flags:
        out.append({"nl": f"{'Zij' if c.fem else 'Hij'} is geboren op {born}.",
                    "fr": f"{'Elle' if c.fem else 'Il'} est {'née' if c.fem else 'né'} le {born}.",
                    "en": f"{'She' if c.fem else 'He'} was born on {born}."}[lang])
    else:
        pl = f"{c.p.birth_place}, {cname(c.birth_cc(), lang)}"
        out.append({"nl": f"{'Zij' if c.fem else 'Hij'} is geboren op {born} in {pl}.",
                    "fr": f"{'Elle' if c.fem else 'Il'} est {'née' if c.fem else 'né'} le {born} à {pl}.",
                    "en": f"{'She' if c.fem else 'He'} was born on {born} in {pl}."}[lang])
    if "no_nationality" not in c.flags:
        nat = COUNTRIES[c.p.nationality]["adj_" + lang]
        out.append({"nl": f"{'Zij' if c.fem else 'Hij'} heeft de {nat} nationaliteit.",
                    "fr": f"{'Elle' if c.fem else 'Il'} est de nationalité {nat}.",
                    "en": f"{'She' if c.fem else 'He'} is a {nat} national."}[lang])
    if c.nrn:
        out.append({"nl": f"Rijksregisternummer: {c.nrn}.", "fr": f"Numéro national : {c.nrn}.",
                    "en": f"National number: {c.nrn}."}[lang])
    else:
        out.append({"nl": f"OV-nummer: {c.ov}.", "fr": f"Numéro SP : {c.ov}.", "en": f"SP number: {c.ov}."}[lang])
    return [" ".join(out)]


def s13_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_cl(c, lang, True)} heeft op dit ogenblik geen eigen woonst.",
                "fr": f"{_cl(c, lang, True)} n'a pas de logement propre pour l'instant.",
                "en": "My client has no home of their own at present."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_cl(c, lang, True)} verblijft feitelijk te {a}.",
            "fr": f"{_cl(c, lang, True)} séjourne effectivement au {a}.",
            "en": f"My client in fact lives at {a}."}[lang]


def s13_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor deze procedure kiest {_cl(c, lang)} woonplaats op mijn kantoor, {w}.",
                "fr": f"Pour la présente procédure, {_cl(c, lang)} fait élection de domicile en mon cabinet, {w}.",
                "en": f"For this procedure my client elects domicile at my office, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Voor deze procedure wordt woonplaats gekozen bij {c.other_domicile}.",
                "fr": f"Pour la présente procédure, domicile est élu auprès de {c.other_domicile}.",
                "en": f"For this procedure domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Op dat adres kiest zij/hij ook woonplaats voor deze procedure.",
            "fr": "Domicile est élu à cette même adresse pour la présente procédure.",
            "en": "Domicile for this procedure is elected at that same address."}[lang]


def s13_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _pc(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"Het verzoek om internationale bescherming dat {_cl(c, lang)} op {d} indiende, is nog niet "
                      f"definitief afgehandeld{ref}. Een identiteitsdocument is daarom niet vereist (art. 9ter, § 2, "
                      f"tweede lid).",
                "fr": f"La demande de protection internationale introduite par {_cl(c, lang)} le {d} n'a pas encore "
                      f"été clôturée définitivement{ref}. Un document d'identité n'est donc pas requis (art. 9ter, § 2, "
                      f"al. 2).",
                "en": f"The application for international protection my client lodged on {d} has not yet been finally "
                      f"decided{ref}. An identity document is therefore not required (Art. 9ter § 2, second "
                      f"paragraph)."}[lang]
    if k == "none":
        return {"nl": f"{_cl(c, lang, True)} wacht nog op het paspoort dat {'zij' if c.fem else 'hij'} bij de "
                      f"ambassade aanvroeg.",
                "fr": f"{_cl(c, lang, True)} attend toujours le passeport demandé à son ambassade.",
                "en": "My client is still waiting for the passport applied for at the embassy."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _pc(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"nl": "met de beëdigde vertaling", "fr": "avec sa traduction jurée",
                      "en": "with its sworn translation"}[lang] + _pc(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"nl": f"De identiteit van {_cl(c, lang)} blijkt uit: {lst}.",
         "fr": f"L'identité de {_cl(c, lang)} est établie par : {lst}.",
         "en": f"My client's identity is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet aan de bewijskracht ervan voor de identiteit niets af.",
              "fr": " Le fait que le passeport soit périmé n'enlève rien à sa force probante quant à l'identité.",
              "en": " That the passport has expired does not take away its value as proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Die stukken samen tonen naam, geboortedatum en nationaliteit aan.",
              "fr": " Ces pièces établissent ensemble le nom, la date de naissance et la nationalité.",
              "en": " Taken together these pieces show name, date of birth and nationality."}[lang]
    return s


def s13_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {cd}", "fr": f"le rapport du {doc} du {cd}",
               "en": f"the report by {doc} of {cd}"}[lang] + _pc(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift dat {doc} op {cd} invulde",
               "fr": f"le certificat médical type complété le {cd} par le {doc}",
               "en": f"the standard medical certificate completed on {cd} by {doc}"}[lang] + _pc(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"{_cl(c, lang, True)} lijdt aan {t['name']}, zoals blijkt uit {src}. {t['severity']} "
                  f"{'Zij' if c.fem else 'Hij'} neemt {meds}.",
            "fr": f"{_cl(c, lang, True)} souffre de {t['name']}, comme l'atteste {src}. {t['severity']} "
                  f"{'Elle' if c.fem else 'Il'} prend {meds}.",
            "en": f"My client suffers from {t['name']}, as {src} shows. {t['severity']} "
                  f"{'She' if c.fem else 'He'} takes {meds}."}[lang]


def s13_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _pc(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"In {cn} is {dr} alleen in {o['hospital']} verkrijgbaar{r}; het kost er ongeveer {il['cost']} per "
                  f"maand, bij een gemiddeld loon van {o['wage']}. {o['insurance_nl']} Nergens anders heeft "
                  f"{_cl(c, lang)} verblijfsrecht.",
            "fr": f"Dans le pays d'origine ({cn}), {dr} n'est disponible qu'à {o['hospital']}{r} ; il y coûte environ "
                  f"{il['cost']} par mois pour un salaire moyen de {o['wage']}. {o['insurance_fr']} {_cl(c, lang, True)} "
                  f"n'a de droit de séjour nulle part ailleurs.",
            "en": f"In {cn}, {dr} is only to be had at {o['hospital']}{r}, at about {il['cost']} a month against an "
                  f"average wage of {o['wage']}. {o['insurance_en']} My client has no right of residence anywhere "
                  f"else."}[lang]


def s13_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "de echtgeno(o)t(e)", "child": "het kind"},
           "fr": {"spouse": "le conjoint / la conjointe", "child": "l'enfant"},
           "en": {"spouse": "the spouse", "child": "the child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f" ({COUNTRIES[q.nationality]['adj_' + lang]})"
        out.append(f"{rel[m.rel]} {q.surname.upper()} {q.given_names}, {c.d(q.birth_date, lang)}, "
                   f"{q.birth_place}{nat}{_pc(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt eveneens voor {lst}.", "fr": f"La demande vaut également pour {lst}.",
            "en": f"The application is also made for {lst}."}[lang]


def s13_other_proc(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Er loopt nog een eerdere 9ter-aanvraag, ingediend op {d}; deze aanvraag vult ze aan.",
                    "fr": f"Une demande 9ter antérieure, introduite le {d}, est toujours pendante ; la présente la "
                          f"complète.",
                    "en": f"An earlier 9ter application, lodged on {d}, is still pending; this one supplements it."
                    }[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure eindigde op {d} met een definitieve weigering.",
                    "fr": f"La procédure d'asile s'est terminée le {d} par un refus définitif.",
                    "en": f"The asylum procedure ended on {d} with a final refusal."}[lang])
    return " ".join(out) or None


def s13_ask(c: Case, lang: str) -> str:
    return {"nl": f"Ik verzoek u dan ook deze aanvraag ontvankelijk en gegrond te verklaren en {_cl(c, lang)} op grond "
                  f"van artikel 9ter van de wet van 15 december 1980 tot een verblijf te machtigen.",
            "fr": f"Je vous prie dès lors de déclarer la présente demande recevable et fondée et d'autoriser "
                  f"{_cl(c, lang)} au séjour sur pied de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "I therefore ask you to declare this application admissible and well founded and to authorise my "
                  "client to stay under Article 9ter of the Law of 15 December 1980."}[lang]


def _blocks(c: Case, lang: str) -> list[tuple[str, list[str], str]]:
    H = {"nl": ("Personalia", "Verblijf en woonplaatskeuze", "Gezinsleden", "Identiteit", "Medische toestand",
                "Beschikbaarheid en toegankelijkheid", "Andere procedures"),
         "fr": ("Identification", "Résidence et domicile élu", "Membres de la famille", "Identité",
                "Situation médicale", "Disponibilité et accessibilité", "Autres procédures"),
         "en": ("Personal details", "Residence and domicile", "Family members", "Identity", "Medical situation",
                "Availability and access", "Other procedures")}[lang]
    res = " ".join(x for x in (s13_home(c, lang), s13_domicile(c, lang)) if x)
    out = [(H[0], s13_person(c, lang), "personal"), (H[1], [res], "residence")]
    fam = s13_family(c, lang)
    if fam:
        out.append((H[2], [fam], "family"))
    out.append((H[3], [s13_identity(c, lang)], "identity"))
    out.append((H[4], [s13_medical(c, lang)], "medical"))
    coi = s13_coi(c, lang)
    if coi:
        out.append((H[5], [coi], "coi"))
    oth = s13_other_proc(c, lang)
    if oth:
        out.append((H[6], [oth], "parallel"))
    return out


# --------------------------------------------------------------------------- applications

_TP = {"nl": dict(title="AANVRAAG OM MACHTIGING TOT VERBLIJF", sub="op grond van artikel 9ter van de wet van 15 "
                  "december 1980", to="Aan de Dienst Vreemdelingenzaken – Cel 9ter – Pachecolaan 44 – 1000 Brussel",
                  for_="VOOR", by="Aangetekend verzonden op", pieces="Stukken", open="Geachte mevrouw, geachte heer,",
                  intro="Namens {who} dien ik hierbij een aanvraag in om machtiging tot verblijf om medische redenen.",
                  close="Hoogachtend,", sig="Voor {who},\nde raadsman,", lawyer="advocaat"),
       "fr": dict(title="DEMANDE D'AUTORISATION DE SÉJOUR", sub="sur pied de l'article 9ter de la loi du 15 décembre "
                  "1980", to="À l'Office des Étrangers – Cellule 9ter – Boulevard Pachéco 44 – 1000 Bruxelles",
                  for_="POUR", by="Envoyée par recommandé le", pieces="Pièces", open="Madame, Monsieur,",
                  intro="Au nom de {who}, j'introduis par la présente une demande d'autorisation de séjour pour "
                        "raisons médicales.", close="Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma "
                  "considération distinguée.", sig="Pour {who},\nson conseil,", lawyer="avocat"),
       "en": dict(title="APPLICATION FOR LEAVE TO REMAIN", sub="under Article 9ter of the Law of 15 December 1980",
                  to="To the Immigration Office – 9ter Unit – Pachecolaan 44 – 1000 Brussels", for_="ON BEHALF OF",
                  by="Sent by registered mail on", pieces="Pieces", open="Dear Sir or Madam,",
                  intro="On behalf of {who} I hereby lodge an application for leave to remain on medical grounds.",
                  close="Yours faithfully,", sig="For {who},\ncounsel,", lawyer="lawyer")}


def app_title_page(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's request bound behind a title page: the firm's name at the top, the request's title in capitals in
    the middle with 'FOR' and the client's name under it, the addressee and the date of sending at the foot; then the
    letter whose paragraphs are numbered continuously, each number in the left margin; the signature after the
    closing words, the list of pieces on the last page; page numbers 'n | total' at the bottom right."""
    W_ = _TP[lang]
    L = c.lawyer
    f = rng.choice(["serif4", "serif2"])
    col = [(70, 40, 20), (20, 50, 90), (60, 60, 60)][c.seed % 3]
    tags: dict[str, int] = {}
    cover = Sheet()
    cover.text(105, 24, L["firm"].upper(), font=f, size_pt=12, bold=True, anchor="center", color=col)
    cover.text(105, 30, f"{L['street']} · {L['pc']} {L['city']}", font=f, size_pt=8.5, anchor="center", color=GREY)
    cover.rule(60, 36, 150, 36, width_mm=0.3, color=col)
    cover.text(105, 100, W_["title"], font=f, size_pt=17, bold=True, anchor="center")
    cover.text(105, 109, W_["sub"], font=f, size_pt=11, anchor="center")
    cover.text(105, 132, W_["for_"], font=f, size_pt=10, anchor="center", color=GREY)
    cover.text(105, 140, name_in(c.p, c.name_style), font=f, size_pt=14, bold=True, anchor="center")
    cover.rule(60, 220, 150, 220, width_mm=0.3, color=col)
    cover.text(105, 226, W_["to"], font=f, size_pt=8.5, anchor="center")
    cover.text(105, 232, f"{W_['by']} {c.d(c.app_date, lang, 'long')}", font=f, size_pt=8.5, anchor="center")
    sheets = [cover]
    st = {"y": 0.0, "n": 0}

    def new_page():
        sh = Sheet()
        sh.text(20, 12, L["firm"], font=f, size_pt=8, color=col)
        sh.text(190, 12, name_in(c.p, "SURNAME Given"), font=f, size_pt=8, anchor="right", color=GREY)
        sh.rule(20, 15, 190, 15, width_mm=0.15, color=col)
        sheets.append(sh)
        st["y"] = 24.0
        return sh

    new_page()
    sheets[-1].text(20, st["y"], f"{L['city']}, {c.d(c.app_date, lang, 'long')}", font=f, size_pt=10.5)
    st["y"] += 10

    def para(text, *, num=True, tag=None, size=10.5, bold=False, indent=0.0):
        sh = sheets[-1]
        rows = sh.wrap(text, 150 - indent, font=f, size_pt=size, bold=bold)
        lh = size * 0.3528 * 1.5
        if num:
            st["n"] += 1
        for i, ln in enumerate(rows):
            if st["y"] + lh > 270:
                sh = new_page()
            if i == 0 and tag:
                tags.setdefault(tag, len(sheets))
            if i == 0 and num:
                sh.text(30, st["y"], str(st["n"]) + ".", font=f, size_pt=9, anchor="right", color=col)
            sh.text(36 + indent, st["y"], ln, font=f, size_pt=size, bold=bold)
            st["y"] += lh
        st["y"] += 2.8

    para(W_["open"], num=False)
    para(W_["intro"].format(who=_cl(c, lang)), num=False)
    for head, texts, tag in _blocks(c, lang):
        if st["y"] + 20 > 270:
            new_page()
        tags.setdefault(tag, len(sheets))
        para(head.upper(), num=False, size=9.5, bold=True)
        for t in texts:
            para(t, tag=tag)
    para(s13_ask(c, lang))
    para(W_["close"], num=False)
    if st["y"] + 36 > 270:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 2
    for k, ln in enumerate(W_["sig"].format(who=_cl(c, lang)).split("\n")):
        sh.text(110, y + k * 5, ln, font=f, size_pt=10.5)
    if "unsigned" not in c.flags:
        sh.signature(112, y + 10, 46, 15, rng, color=INK_BLUE)
    sh.text(110, y + 27, f"{L['first']} {L['last']}, {W_['lawyer']}", font=f, size_pt=10.5)
    st["y"] = y + 36
    if c.annexes:
        if st["y"] + 16 > 270:
            new_page()
        tags.setdefault("inventory", len(sheets))
        para(W_["pieces"].upper(), num=False, size=9.5, bold=True)
        for i, (_, d) in enumerate(c.annexes, 1):
            para(f"{i}. {d}", num=False, size=10, indent=4)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(190, 286, f"{i} | {n}", font=f, size_pt=8.5, anchor="right", color=GREY)
    return sheets, tags


_WEB = {"nl": dict(org="Meldpunt Gezondheid & Verblijf", url="https://aanmelden.meldpunt-gv.be/9ter/intake",
                   title="Aanmelding 9ter – medische regularisatie", req="* Verplicht",
                   q=[("Familienaam en voornamen", True), ("Geboortedatum", True), ("Geboorteplaats en land", True),
                      ("Nationaliteit", True), ("Rijksregisternummer of OV-nummer", True), ("Waar woon je nu?", True),
                      ("Gekozen woonplaats voor de procedure", False), ("Gezinsleden in de aanvraag", False),
                      ("Met welk document bewijs je je identiteit?", True), ("Ziekte en behandeling", True),
                      ("Is de behandeling in je land beschikbaar en betaalbaar?", False),
                      ("Lopen er andere procedures?", False), ("Welke stukken voeg je toe?", True)],
                   radio=("Heb je een eigen paspoort of identiteitskaart?", "Ja", "Nee"),
                   sign="Handtekening aanvrager", date="Datum", none="geen"),
        "fr": dict(org="Permanence Santé & Séjour asbl", url="https://inscription.permanence-ss.be/9ter/accueil",
                   title="Inscription 9ter – régularisation médicale", req="* Obligatoire",
                   q=[("Nom et prénoms", True), ("Date de naissance", True), ("Lieu et pays de naissance", True),
                      ("Nationalité", True), ("Numéro national ou numéro SP", True), ("Où habitez-vous ?", True),
                      ("Domicile élu pour la procédure", False), ("Membres de la famille dans la demande", False),
                      ("Quel document prouve votre identité ?", True), ("Maladie et traitement", True),
                      ("Le traitement est-il disponible et accessible au pays ?", False),
                      ("Autres procédures en cours ?", False), ("Pièces jointes", True)],
                   radio=("Avez-vous un passeport ou une carte d'identité ?", "Oui", "Non"),
                   sign="Signature du demandeur", date="Date", none="aucun")}


def app_webform(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A service's online intake form printed from the browser: the browser's date and title line at the top and the
    address and 'n/N' at the foot of every page, each question in its own card with a thin grey border and a coloured
    rule on its left edge, required questions starred, the answer as typed on screen under a light underline, one
    question answered by radio buttons; the applicant signs by hand in a box drawn on the last page."""
    F = _WEB[lang]
    f = "sans6"
    accent = (103, 58, 183) if c.seed % 2 else (0, 121, 107)
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}
    stamp_t = f"{fdate(c.app_date, 'slashes')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"

    def new_page():
        sh = Sheet()
        sh.text(10, 6, stamp_t, font=f, size_pt=7, color=GREY)
        sh.text(105, 6, F["title"], font=f, size_pt=7, anchor="center", color=GREY)
        sheets.append(sh)
        st["y"] = 16.0
        return sh

    sh = new_page()
    sh.rect(30, 14, 150, 28, width_mm=0.2, color=(200, 200, 200))
    sh.rect(30, 14, 150, 2.5, width_mm=0, fill=accent)
    sh.text(35, 20, F["title"], font=f, size_pt=14, bold=True)
    sh.text(35, 28, F["org"], font=f, size_pt=9, color=GREY)
    sh.text(35, 34, F["req"], font=f, size_pt=8, color=(200, 40, 40))
    st["y"] = 46.0
    dom = s13_domicile(c, lang)
    ans = [f"{c.p.surname.upper()} {c.p.given_names}", c.d(c.p.birth_date, lang, "dots"),
           "" if "no_birthplace" in c.flags else f"{c.p.birth_place}, {cname(c.birth_cc(), lang)}",
           "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang], c.nrn or c.ov or "",
           "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), dom or "",
           s13_family(c, lang) or F["none"], s13_identity(c, lang), s13_medical(c, lang), s13_coi(c, lang) or "",
           s13_other_proc(c, lang) or F["none"],
           "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1)) or F["none"]]
    tagmap = {0: "personal", 5: "residence", 7: "family" if c.family else None, 8: "identity", 9: "medical",
              10: "coi" if s13_coi(c, lang) else None, 11: "parallel" if s13_other_proc(c, lang) else None,
              12: "inventory"}
    for i, ((q, req), a) in enumerate(zip(F["q"], ans)):
        sh = sheets[-1]
        rows = sh.wrap(a, 136, font=f, size_pt=9.8) if a else []
        h = 13 + 4.6 * max(1, len(rows))
        if st["y"] + h > 278:
            sh = new_page()
        if tagmap.get(i):
            tags.setdefault(tagmap[i], len(sheets))
        y = st["y"]
        sh.rect(30, y, 150, h, width_mm=0.2, color=(205, 205, 205))
        sh.rect(30, y, 1.2, h, width_mm=0, fill=accent)
        sh.text(35, y + 2.5, q + (" *" if req else ""), font=f, size_pt=9.5, bold=True)
        for k, r in enumerate(rows):
            sh.text(37, y + 8.5 + k * 4.6, r, font=f, size_pt=9.8)
        sh.rule(37, y + h - 3, 172, y + h - 3, width_mm=0.15, color=(170, 170, 170))
        st["y"] = y + h + 3
        if i == 8:
            rq, yes, no = F["radio"]
            has_doc = c.id_kind not in ("asylum", "asylum-noproof", "none", "declaration")
            sh = sheets[-1]
            if st["y"] + 18 > 278:
                sh = new_page()
            y = st["y"]
            sh.rect(30, y, 150, 17, width_mm=0.2, color=(205, 205, 205))
            sh.rect(30, y, 1.2, 17, width_mm=0, fill=accent)
            sh.text(35, y + 2.5, rq + " *", font=f, size_pt=9.5, bold=True)
            for k, (lab, on) in enumerate(((yes, has_doc), (no, not has_doc))):
                cx = 40 + k * 30
                sh.rect(cx - 1.8, y + 9.2, 3.6, 3.6, width_mm=0.3, color=(90, 90, 90))
                if on:
                    sh.rect(cx - 0.9, y + 10.1, 1.8, 1.8, width_mm=0, fill=accent)
                sh.text(cx + 4, y + 9.0, lab, font=f, size_pt=9.5)
            st["y"] = y + 20
    if st["y"] + 40 > 278:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 4
    sh.text(30, y, f"{F['date']}: ", font=f, size_pt=10)
    sh.handwriting(45, y - 1.5, c.d(c.app_date, lang, "slashes"), rng, size_pt=12, color=INK_BLUE, font="hand1")
    sh.rect(95, y - 3, 85, 28, width_mm=0.5, color=(30, 30, 30))
    sh.text(97, y - 2, F["sign"], font=f, size_pt=7.5, color=GREY)
    if "unsigned" not in c.flags:
        sh.signature(105, y + 4, 50, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(10, 291, F["url"], font=f, size_pt=7, color=GREY)
        s.text(200, 291, f"{i}/{n}", font=f, size_pt=7, anchor="right", color=GREY)
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-titelblad-randnummers", "application", PART, "nl",
     lambda c, r: app_title_page(c, r, lang="nl"),
     "lawyer's request behind a title page, paragraphs numbered in the margin, pieces at the end")
_reg("be9ter-app-fr-lawyer-prose-page-de-garde-numeros-marge", "application", PART, "fr",
     lambda c, r: app_title_page(c, r, lang="fr"),
     "the same request with a title page and marginal numbers, in French")
_reg("be9ter-app-nl-form-webformulier-browserprint", "application", PART, "nl",
     lambda c, r: app_webform(c, r, lang="nl"),
     "online intake form printed from the browser, questions in cards, radio buttons, signed by hand")
_reg("be9ter-app-fr-form-formulaire-web-imprime", "application", PART, "fr",
     lambda c, r: app_webform(c, r, lang="fr"),
     "the online intake form in French, printed from the browser, signed by hand")
_reg("be9ter-app-en-lawyer-prose-title-page", "application", PART, "en",
     lambda c, r: app_title_page(c, r, lang="en"),
     "the title-page request written in English (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_2024_mixed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank from the website; the practice assistant typed the patient's and the doctor's data
    into it, the doctor wrote every other answer by hand in ballpoint under its question, crossed the severity box by
    pen and signed beside the stamp."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    ink = rng.choice([INK_BLUE, INK_BLACK])
    hand = rng.choice(["hand1", "hand4"])
    tags: dict[str, int] = {}
    pages = [Sheet()]
    st = {"y": 40.0}
    p0 = pages[0]
    p0.text(105, 12, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
    p0.paragraph(25, 18, 160, M_["law"], font=f, size_pt=7.5, align="center")
    p0.text(105, 31, M_["model"], font=f, size_pt=7.5, anchor="center", color=GREY)

    def room(h):
        if st["y"] + h > 274:
            pages.append(Sheet())
            st["y"] = 16

    def head(t, tag=None):
        room(14)
        if tag:
            tags[tag] = len(pages)
        pages[-1].text(20, st["y"], t, font=f, size_pt=9.5, bold=True)
        st["y"] += 6

    def typed(lab, val):
        room(7)
        pages[-1].text(24, st["y"], f"{lab}:", font=f, size_pt=9)
        pages[-1].text(70, st["y"], val, font="mono", size_pt=10)
        st["y"] += 5.5

    def written(txt, lines=2):
        sh = pages[-1]
        rows = sh.wrap(hand_safe(txt or ""), 158, font=hand, size_pt=11) if txt else []
        n = max(lines, len(rows))
        room(n * 6.5 + 2)
        sh = pages[-1]
        for k in range(n):
            sh.rule(24, st["y"] + 5 + k * 6.5, 190, st["y"] + 5 + k * 6.5, width_mm=0.1, dash=0.5,
                    color=(160, 160, 160))
        for k, r in enumerate(rows):
            sh.handwriting(25, st["y"] + k * 6.5, r, rng, size_pt=11, color=ink, font=hand)
        st["y"] += n * 6.5 + 3

    head(M_["s1"], "patient")
    typed(M_["name"], v["surname"])
    typed(M_["first"], v["first"])
    typed(M_["bd"], v["bd"])
    typed(M_["nat"], v["nat"])
    head(M_["s2"], "doctor")
    typed(M_["dname"], d.name())
    typed(M_["riziv"], v["riziv"] or "")
    typed(M_["daddr"], f"{d.street}, {d.pc} {d.city}")
    head(M_["s3"])
    written(fdate(c.cert_date - timedelta(days=rng.randint(200, 2400)), "slashes", lang), 1)
    head(M_["s4"])
    written(v["hist"], 2)
    head(M_["s5"], "illness")
    written(f"{v['ill']} ({v['icd']})" if v["ill"] else "", 2)
    head(M_["s6"], "severity")
    room(10)
    sh = pages[-1]
    so = M_["sevopts"]
    sev = (v["sev"] or "").lower()
    k_sel = -1 if not sev else 3 if sev.startswith(so[3]) else 1 if sev.startswith(so[1]) else \
        0 if sev.startswith(so[0]) else 2
    for j, o in enumerate(so):
        x = 24 + j * 40
        sh.rect(x, st["y"], 4, 4, width_mm=0.3)
        sh.text(x + 6, st["y"] - 0.3, o, font=f, size_pt=9.5)
        if j == k_sel:
            sh.rule(x - 0.5, st["y"] - 0.5, x + 4.5, st["y"] + 4.5, width_mm=0.5, color=ink)
            sh.rule(x + 4.5, st["y"] - 0.5, x - 0.5, st["y"] + 4.5, width_mm=0.5, color=ink)
    st["y"] += 7
    pages[-1].text(24, st["y"], M_["s6b"], font=f, size_pt=8.5, color=GREY)
    st["y"] += 5
    written(v["sev"], 2)
    head(M_["s7"], "treatment")
    for lab, val in ((M_["s7a"], v["meds"]), (M_["s7b"], v["interv"]), (M_["s7c"], v["dur"])):
        room(12)
        pages[-1].text(24, st["y"], lab, font=f, size_pt=8.5, color=GREY)
        st["y"] += 4.5
        written(val, 1)
    head(M_["s8"])
    written(v["cons"], 2)
    head(M_["s9"])
    written(v["prog"], 2)
    head(M_["s10"])
    written(v["needs"], 2)
    head(M_["s11"])
    written(f"{M_['yes']} – {v['travel']}", 1)
    room(40)
    sh = pages[-1]
    y = st["y"] + 4
    tags["signature"] = len(pages)
    sh.text(20, y, f"{M_['date']}:", font=f, size_pt=10)
    sh.handwriting(40, y - 1.5, hand_safe(v["date"]), rng, size_pt=11.5, color=ink, font=hand)
    sh.text(20, y + 8, M_["sign"], font=f, size_pt=9, color=GREY)
    if v["signed"]:
        sh.stamp(100, y + 4, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=36,
                 color=STAMP_BLUE)
        sh.signature(28, y + 13, 48, 15, rng, color=ink)
    for i, p in enumerate(pages, 1):
        p.text(105, 290, M_["page"].format(i=i, n=len(pages)), font=f, size_pt=7.5, anchor="center", color=GREY)
    return pages, tags


def medcert_old_software(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed from the GP's practice software: a line at the top of every page with the
    software's name, the patient's file number and the print date, the questions in capitals, each answer indented
    under its question in a mono face, the doctor's name and number printed at the end with the hand signature and
    the stamp."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "mono2"
    sw = rng.choice(["CareConnect", "HealthOne", "Medidoc", "Daktari"])
    fileno = f"{rng.randint(10000, 99999)}"
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sh.text(15, 8, f"{sw} · dossier {fileno} · {fdate(c.cert_date, 'slashes')}", font=f, size_pt=7,
                color=GREY)
        sh.rule(15, 11, 195, 11, width_mm=0.15, color=(150, 150, 150))
        pages.append(sh)
        st["y"] = 18.0

    new()
    pages[0].text(105, 20, M_["title"], font=f, size_pt=12, bold=True, anchor="center")
    pages[0].text(105, 26, M_["sub"], font=f, size_pt=8.5, anchor="center")
    pages[0].text(105, 30.5, M_["law"], font=f, size_pt=8, anchor="center")
    st["y"] = 40.0

    def qa(q, a, tag=None):
        sh = pages[-1]
        qrows = sh.wrap(q.upper(), 172, font=f, size_pt=8.2, bold=True)
        arows = sh.wrap(a or "", 160, font=f, size_pt=9.2) if a else []
        h = 4.0 * len(qrows) + 4.4 * max(1, len(arows)) + 3
        if st["y"] + h > 278:
            new()
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        for k, r in enumerate(qrows):
            sh.text(15, st["y"] + k * 4.0, r, font=f, size_pt=8.2, bold=True)
        y = st["y"] + 4.0 * len(qrows) + 0.8
        for k, r in enumerate(arows):
            sh.text(27, y + k * 4.4, r, font=f, size_pt=9.2)
        st["y"] = y + 4.4 * max(1, len(arows)) + 3

    qa(M_["pat"], v["pat"], "patient")
    qa(M_["bd"], v["bd"])
    qa(M_["nat"], v["nat"])
    qa(M_["A"], v["hist"])
    qa(M_["B"], f"{v['ill']} [{v['icd']}]" if v["ill"] else "", "illness")
    qa(M_["sev"], v["sev"], "severity")
    qa(M_["C"], f"{v['meds']}" if v["meds"] else "", "treatment")
    qa(M_["interv"], v["interv"])
    qa(M_["dur"], v["dur"])
    qa(M_["D"], v["cons"])
    qa(M_["E"], v["prog"])
    qa(M_["F"], v["needs"])
    qa(M_["G"], v["travel"])
    if st["y"] + 46 > 280:
        new()
    sh = pages[-1]
    y = st["y"] + 2
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(15, y, f"{M_['date']} {v['date']}", font=f, size_pt=9.2)
    sh.text(15, y + 6, f"{d.name()}", font=f, size_pt=9.2)
    sh.text(15, y + 11, f"{M_['riziv']} {v['riziv']}", font=f, size_pt=9.2)
    sh.text(15, y + 16, f"{d.street}, {d.pc} {d.city}", font=f, size_pt=9.2)
    sh.text(15, y + 23, M_["sign"], font=f, size_pt=8, color=GREY)
    if v["signed"]:
        sh.signature(20, y + 27, 46, 15, rng, color=INK_BLUE)
        sh.stamp(110, y + 6, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", bool(v["riziv"])), rng,
                 size_mm=32, color=STAMP_VIOLET)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(195, 8, f"{i}/{n}", font=f, size_pt=7, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-getypt-en-handgeschreven-kruisje", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_mixed(c, r, lang="nl"),
     "2024 model: identification typed by the practice, the rest written by hand, severity box crossed by pen")
_reg("be9ter-medcert-2024-fr-tape-et-manuscrit-croix", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_mixed(c, r, lang="fr"),
     "the same mixed typed/handwritten 2024 model in French")
_reg("be9ter-medcert-old-fr-praktijksoftware-mono-hoofdletters", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_software(c, r, lang="fr"),
     "previous model printed from the GP software: questions in capitals, answers indented, software line on top")
_reg("be9ter-medcert-old-en-practice-software-mono", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_software(c, r, lang="en"),
     "previous model printed from practice software, in English (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_specialist_esign(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the GP, sent through the eHealthBox and printed by the GP: the hospital's
    logo line and department, the routing line ('Via eHealthBox aan ...'), 'Betreft / Concerne' with the patient,
    the letter in paragraphs, and instead of a pen signature the printed appearance of the eID signature (a box
    'Digitaal ondertekend door ... Datum: ...')."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "nl")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    sh = Sheet()
    f = "sans2"
    sh.text(20, 12, d.inst, font=f, size_pt=13, bold=True, color=(0, 90, 140))
    sh.text(20, 18, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9.5, color=GREY)
    sh.text(20, 22.5, f"{d.street} · {d.pc} {d.city}", font=f, size_pt=8.5, color=GREY)
    sh.text(120, 36, (f"Via eHealthBox à : Dr {c.doctor.last}" if fr else f"Via eHealthBox aan: dr. {c.doctor.last}"),
            font=f, size_pt=9)
    sh.text(120, 41, f"{c.doctor.pc} {c.doctor.city}", font=f, size_pt=9)
    sh.text(20, 56, (f"Concerne : {c.p.surname.upper()} {c.p.given_names}, né(e) le {fdate(c.p.birth_date, 'dots')}"
                     if fr else f"Betreft: {c.p.surname.upper()} {c.p.given_names}, °{fdate(c.p.birth_date, 'dots')}"),
            font=f, size_pt=10.5, bold=True)
    sh.text(20, 62, fdate(c.medstat_date, "long", lang), font=f, size_pt=9.5, color=GREY)
    paras = ([f"Cher Confrère,", f"J'ai revu votre patient(e) en consultation. Diagnostic : {T['name']}. {T['severity']}",
              f"Traitement actuel : {'; '.join(T['meds'])}. {T['intervention']}",
              f"{T['needs']} {T['prognosis']}", "Bien confraternellement,"] if fr else
             [f"Beste collega,", f"Ik zag uw patiënt(e) opnieuw op de raadpleging. Diagnose: {T['name']}. {T['severity']}",
              f"Huidige behandeling: {'; '.join(T['meds'])}. {T['intervention']}",
              f"{T['needs']} {T['prognosis']}", "Met collegiale groeten,"])
    y = 74
    for p_ in paras:
        y = sh.paragraph(20, y, 170, p_, font=f, size_pt=10.5, leading=1.5) + 3.5
    sh.rect(20, y + 4, 92, 20, width_mm=0.3, color=(120, 120, 120))
    sh.text(23, y + 6, ("Signé électroniquement par" if fr else "Digitaal ondertekend door"), font=f, size_pt=8,
            color=GREY)
    sh.text(23, y + 10.5, f"{d.first.upper()} {d.last.upper()} (Signature)", font=f, size_pt=9.5, bold=True)
    sh.text(23, y + 15.5, f"{'Date' if fr else 'Datum'}: {c.medstat_date.strftime('%Y.%m.%d')} "
                          f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +01'00'",
            font=f, size_pt=8.5)
    sh.text(20, y + 30, f"{d.name()} – {'INAMI' if fr else 'RIZIV'} {d.riziv}", font=f, size_pt=9.5)
    return [sh], {}


def medstat_ssm_followup(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A mental-health service's attestation of follow-up ('attestation de suivi' / 'attest van opvolging'): the
    service's name framed at the top, the psychologist or psychiatrist's statement in three short paragraphs with
    the dates of the sessions in a list, signed with the service's stamp; the office label at the foot."""
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    d = c.specialist
    sh = Sheet()
    f = "serif6"
    org = ("Service de Santé Mentale « Le Méridien » – Bruxelles" if fr else
           "Centrum Geestelijke Gezondheidszorg – De Pont – Antwerpen")
    sh.rect(20, 10, 170, 16, width_mm=0.6, color=(90, 60, 110))
    sh.text(105, 15, org, font=f, size_pt=11, bold=True, anchor="center", color=(90, 60, 110))
    sh.text(105, 40, "ATTESTATION DE SUIVI" if fr else "ATTEST VAN OPVOLGING", font=f, size_pt=14, bold=True,
            anchor="center")
    body = ([f"Je soussigné(e), {d.name()}, atteste suivre {c.p.given_names} {c.p.surname.upper()}, né(e) le "
             f"{fdate(c.p.birth_date, 'dots')}, dans notre service depuis {fdate(c.medstat_date - timedelta(days=rng.randint(200, 900)), 'long', 'fr')}.",
             f"Diagnostic : {T['name']}. {T['severity']}",
             f"Traitement : {'; '.join(T['meds'])}. {T['needs']}"] if fr else
            [f"Ondergetekende, {d.name()}, verklaart {c.p.given_names} {c.p.surname.upper()}, geboren op "
             f"{fdate(c.p.birth_date, 'dots')}, in onze dienst op te volgen sinds "
             f"{fdate(c.medstat_date - timedelta(days=rng.randint(200, 900)), 'long', 'nl')}.",
             f"Diagnose: {T['name']}. {T['severity']}",
             f"Behandeling: {'; '.join(T['meds'])}. {T['needs']}"])
    y = 54
    for p_ in body:
        y = sh.paragraph(22, y, 166, p_, font=f, size_pt=11, leading=1.55, align="justify") + 4
    sh.text(22, y + 2, "Dernières consultations :" if fr else "Laatste consultaties:", font=f, size_pt=10.5)
    for k in range(4):
        dd = c.medstat_date - timedelta(days=14 * k + rng.randint(0, 4))
        sh.text(30, y + 8 + k * 5.5, f"– {fdate(dd, 'dots')}", font=f, size_pt=10.5)
    y += 34
    sh.text(22, y + 4, f"{'Fait à' if fr else 'Opgemaakt te'} {d.city}, {fdate(c.medstat_date, 'dots')}", font=f,
            size_pt=10.5)
    sh.signature(26, y + 9, 44, 14, rng, color=INK_BLUE)
    sh.stamp(120, y + 4, [org.split("–")[0].strip()[:24].upper(), d.city.upper()], rng, size_mm=28,
             color=(90, 60, 110))
    bates(sh, rng)
    return [sh], {}


_reg("be9ter-medstat-specialist-ehealthbox-eid-handtekening", "medical-statement", PART, "fr/nl",
     medstat_specialist_esign, "specialist's letter via eHealthBox, eID signature appearance box instead of a pen")
_reg("be9ter-medstat-ggz-attest-opvolging-consultaties", "medical-statement", PART, "fr/nl", medstat_ssm_followup,
     "mental-health service's attestation of follow-up with the last sessions listed, office label")


# --------------------------------------------------------------------------- country-of-origin information

def coi_news_article(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A news site's article on medicine shortages printed from the browser: the site's bar, the headline, the
    byline and date, the article's paragraphs in a narrow column beside a greyed advertisement block, the URL and
    the print date at the foot; a sentence underlined in pencil."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    cn = cname(c.origin(), "fr")
    when = c.app_date - timedelta(days=rng.randint(30, 200))
    site = rng.choice(["Afrique Actualités", "Le Journal International", "Santé Monde Info", "InfoSud Presse"])
    sh = Sheet()
    f = "serif"
    sh.text(10, 6, f"{fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'slashes')}", font="sans", size_pt=7,
            color=GREY)
    sh.rect(10, 12, 190, 12, width_mm=0, fill=(25, 25, 25))
    sh.text(14, 14.5, site, font="sans4", size_pt=13, bold=True, color=(255, 255, 255))
    sh.text(196, 16, "SANTÉ · SOCIÉTÉ · MONDE", font="sans4", size_pt=7.5, anchor="right", color=(200, 200, 200))
    y = sh.paragraph(14, 32, 120, f"{cn} : pénurie persistante de {dr}, les malades livrés à eux-mêmes", font="serif4",
                     size_pt=17, bold=True, leading=1.2)
    sh.text(14, y + 3, f"Par {rng.choice(['A. Mbarga', 'F. Benali', 'K. Lukusa', 'S. Diallo'])} · publié le "
                       f"{fdate(when, 'long', 'fr')}", font="sans", size_pt=8, color=GREY)
    paras = [f"Depuis plusieurs mois, {dr} est introuvable dans la plupart des pharmacies du pays. Seul "
             f"{o['hospital']} en dispose encore, par intermittence.",
             f"Un traitement revient à environ {il['cost']} par mois, alors que le salaire moyen plafonne à {o['wage']}. "
             f"{o['insurance_fr']}",
             "« Les patients interrompent leur traitement faute de moyens », explique un médecin qui a souhaité "
             "garder l'anonymat. Les associations de malades réclament une prise en charge par l'État.",
             "Le ministère de la Santé n'a pas répondu à nos questions."]
    y += 12
    y0 = y
    for p_ in paras:
        y = sh.paragraph(14, y, 120, p_, font=f, size_pt=10.5, leading=1.5, align="justify") + 3
    sh.rule(14, y0 + 10, 130, y0 + 10, width_mm=0.3, color=(120, 120, 120))
    sh.rect(142, 32, 56, 90, width_mm=0, fill=(232, 232, 232))
    sh.text(170, 74, "Publicité", font="sans", size_pt=8, anchor="center", color=(160, 160, 160))
    sh.text(10, 290, f"https://www.{site.lower().replace(' ', '')}.com/sante/{when.year}/penurie-{c.seed % 9000}",
            font="sans", size_pt=7, color=GREY)
    sh.text(200, 290, "1/1", font="sans", size_pt=7, anchor="right", color=GREY)
    return [sh], {}


def coi_ngo_country_sheet(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian NGO's country sheet on access to care: the NGO's coloured title block, a box 'En bref / Kort' with
    three bullet points, sections with bold headings, the sources numbered in square brackets and listed at the
    foot; the office label."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    fr = c.lang == "fr" or "nl" not in il
    lang = "fr" if fr else "nl"
    dr = drug(c.illness, lang)
    cn = cname(c.origin(), lang)
    sh = Sheet()
    f = "sans5"
    sh.rect(20, 12, 170, 20, width_mm=0, fill=(200, 90, 30))
    sh.text(24, 15, ("Fiche pays – accès aux soins" if fr else "Landenfiche – toegang tot zorg"), font=f, size_pt=13,
            bold=True, color=(255, 255, 255))
    sh.text(24, 23, f"{cn} · {'mise à jour' if fr else 'bijgewerkt'} {fdate(c.app_date - timedelta(days=rng.randint(40, 300)), 'slashes')}",
            font=f, size_pt=9, color=(255, 240, 230))
    sh.rect(20, 38, 170, 26, width_mm=0.4, color=(200, 90, 30))
    sh.text(24, 40, "En bref" if fr else "Kort", font=f, size_pt=10, bold=True)
    bullets = ([f"{dr} : disponible uniquement à {o['hospital']} [1]", f"coût ≈ {il['cost']}/mois, salaire moyen "
                f"{o['wage']} [2]", "pas d'assurance maladie universelle effective [3]"] if fr else
               [f"{dr}: enkel beschikbaar in {o['hospital']} [1]", f"kostprijs ± {il['cost']}/maand, gemiddeld loon "
                f"{o['wage']} [2]", "geen werkzame algemene ziekteverzekering [3]"])
    for k, b in enumerate(bullets):
        sh.text(28, 46 + k * 5.5, "• " + b, font=f, size_pt=9.5)
    y = 72
    secs = ([("Disponibilité", f"Le {dr} figure sur la liste nationale mais n'est stocké qu'à {o['hospital']}. "
              "Les ruptures sont fréquentes [1]."), ("Accessibilité financière",
             f"Le patient paie lui-même. {o['insurance_fr']} [2][3]")] if fr else
            [("Beschikbaarheid", f"{dr} staat op de nationale lijst maar is alleen in {o['hospital']} in voorraad. "
              "Tekorten komen vaak voor [1]."), ("Financiële toegankelijkheid",
             f"De patiënt betaalt zelf. {o['insurance_nl']} [2][3]")])
    for h, t in secs:
        sh.text(20, y, h, font=f, size_pt=11, bold=True, color=(200, 90, 30))
        y = sh.paragraph(20, y + 6, 170, t, font=f, size_pt=10, leading=1.5) + 6
    sh.rule(20, 250, 90, 250, width_mm=0.2)
    for k, s in enumerate(["[1] MedCOI, réponse BMA-" + str(rng.randint(10000, 19999)),
                           "[2] Organisation internationale du travail, ILOSTAT",
                           "[3] OMS, profil pays " + str(c.app_date.year - 1)]):
        sh.text(20, 253 + k * 4.5, s, font=f, size_pt=7.5, color=GREY)
    bates(sh, rng)
    return [sh], {}


_reg("be9ter-coi-fr-persartikel-tekort-browserprint", "country-of-origin-info", PART, "fr", coi_news_article,
     "a news site's article on a medicine shortage printed from the browser, advertisement block, pencil line")
_reg("be9ter-coi-fr-ngo-landenfiche-bronnen", "country-of-origin-info", PART, "fr/nl", coi_ngo_country_sheet,
     "a Belgian NGO's country sheet on access to care, summary box, numbered sources, office label")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def asylum_fedasil_badge(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The resident's badge of a Fedasil reception centre (a plastic card with the photo, the name, the date of
    birth, the SP/OV number, the room and the date of arrival; on the back the centre's address and the statement
    that the holder is an applicant for international protection housed there), copied recto above verso at the
    top of the sheet, the office label at the foot."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    centre = rng.choice([("Centre Fedasil de Jumet", "Rue du Chemin de Fer 50, 6040 Jumet"),
                         ("Centre Fedasil du Petit-Château", "Boulevard du 9e de Ligne 27, 1000 Bruxelles"),
                         ("Opvangcentrum Fedasil Poelkapelle", "Brugseweg 1, 8920 Langemark-Poelkapelle"),
                         ("Opvangcentrum Fedasil Sint-Truiden", "Tongersesteenweg 124, 3800 Sint-Truiden")])
    f_ = Sheet(85.6, 54)
    f_.rect(0, 0, 85.6, 54, width_mm=0, fill=(250, 250, 250))
    f_.rect(0, 0, 85.6, 9, width_mm=0, fill=(0, 85, 150))
    f_.text(3, 2.2, "fedasil", font="sans4", size_pt=9, bold=True, color=(255, 255, 255))
    f_.text(82, 3, centre[0].replace("Centre Fedasil ", "").replace("Opvangcentrum Fedasil ", "")[:24],
            font="sans4", size_pt=5.2, anchor="right", color=(255, 255, 255))
    f_.photo(3, 12, 21, 27, rng)
    rows = [("Nom / Naam", c.p.surname.upper()), ("Prénom / Voornaam", c.p.given_names),
            ("Né(e) le / Geboren", fdate(c.p.birth_date, "dots")), ("SP / OV", c.ov or "—"),
            ("Chambre / Kamer", f"{rng.choice('ABCD')}{rng.randint(1, 3)}.{rng.randint(1, 40):02d}")]
    for k, (l_, v_) in enumerate(rows):
        f_.text(27, 11 + k * 7.5, l_, font="sans4", size_pt=3.6, color=GREY)
        f_.text(27, 13.2 + k * 7.5, v_[:28], font="sans4", size_pt=5.6, bold=True)
    barcode(f_, 3, 43, 40, 7, c.ov or c.p.surname)
    b_ = Sheet(85.6, 54)
    b_.rect(0, 0, 85.6, 54, width_mm=0, fill=(248, 248, 248))
    b_.text(3, 3, centre[0], font="sans4", size_pt=5.6, bold=True)
    b_.text(3, 7.5, centre[1], font="sans4", size_pt=4.8)
    b_.paragraph(3, 14, 79, ("Le titulaire de cette carte est demandeur de protection internationale et hébergé dans "
                             "ce centre. / De houder van deze kaart is verzoeker om internationale bescherming en "
                             "verblijft in dit centrum."), font="sans4", size_pt=4.6, leading=1.25)
    b_.text(3, 36, f"Arrivée / Aankomst: {fdate(lodged + timedelta(days=rng.randint(1, 20)), 'dots')}", font="sans4",
            size_pt=5.0)
    b_.text(3, 42, "En cas de perte / Bij verlies: accueil / onthaal", font="sans4", size_pt=4.4, color=GREY)
    sh = Sheet()
    sh.image(30, 18, 85.6 * 1.4, 54 * 1.4, f_.render(300))
    sh.image(30, 18 + 54 * 1.4 + 8, 85.6 * 1.4, 54 * 1.4, b_.render(300))
    bates(sh, rng)
    return [sh], {}


def asylum_cgvs_ack_mail(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGRA/CGVS's e-mail acknowledging receipt of documents sent by the lawyer for a pending application,
    printed from the firm's mail client: the header fields, the reply text naming the CG number, the applicant and
    the date the application was lodged, the mailbox's automatic signature."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sent = c.app_date - timedelta(days=rng.randint(10, 60))
    L = c.lawyer or {"first": "A.", "last": "Peeters", "firm": "Advocatenkantoor"}
    mail = f"{L['last'].lower().replace(' ', '')}@{L['firm'].split()[0].lower().strip('&,.')}-law.be"
    sh = Sheet()
    f = "sans"
    sh.text(15, 10, f"{L['first']} {L['last']}", font=f, size_pt=11, bold=True)
    sh.rule(15, 15, 195, 15, width_mm=0.5)
    cg = f"{lodged.year % 100:02d}{rng.randint(10000, 99999)}"
    heads = [("Van:" if not fr else "De :", "CGVS-CGRA Documents <cgra.documents@ibz.fgov.be>"),
             ("Verzonden:" if not fr else "Envoyé :", f"{fdate(sent, 'long', 'nl' if not fr else 'fr')} "
                                                      f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}"),
             ("Aan:" if not fr else "À :", mail),
             ("Onderwerp:" if not fr else "Objet :", f"RE: {c.p.surname.upper()} – CG {cg} – documents")]
    y = 20
    for a_, b_ in heads:
        sh.text(15, y, a_, font=f, size_pt=9.5, bold=True)
        sh.text(45, y, b_, font=f, size_pt=9.5)
        y += 5.2
    body = ([f"Maître,", f"Nous accusons bonne réception des documents transmis pour {c.p.given_names} "
             f"{c.p.surname.upper()} (né(e) le {fdate(c.p.birth_date, 'dots')}), dont la demande de protection "
             f"internationale, introduite le {fdate(lodged, 'dots')}, est en cours d'examen au Commissariat général "
             f"(n° CG {cg}, n° SP {c.ov or '—'}).", "Ils ont été joints au dossier.",
             "Ceci est un message de la boîte fonctionnelle ; merci de ne pas y répondre.",
             "Commissariat général aux réfugiés et aux apatrides – Rue Ernest Blerot 39 – 1070 Bruxelles"] if fr else
            [f"Geachte meester,", f"Wij bevestigen de ontvangst van de documenten die u bezorgde voor "
             f"{c.p.given_names} {c.p.surname.upper()} (geboren op {fdate(c.p.birth_date, 'dots')}), wiens verzoek om "
             f"internationale bescherming, ingediend op {fdate(lodged, 'dots')}, bij het Commissariaat-generaal in "
             f"behandeling is (CG-nr. {cg}, OV-nr. {c.ov or '—'}).", "Ze werden aan het dossier toegevoegd.",
             "Dit is een bericht van de functionele mailbox; gelieve er niet op te antwoorden.",
             "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen – Ernest Blerotstraat 39 – 1070 Brussel"])
    y += 6
    for p_ in body:
        y = sh.paragraph(15, y, 180, p_, font=f, size_pt=10.5, leading=1.45) + 4
    sh.text(195, 290, "1", font=f, size_pt=8, anchor="right", color=GREY)
    return [sh], {}


_reg("be9ter-asylum-fedasil-badge-recto-verso", "asylum-proof", PART, "fr/nl", asylum_fedasil_badge,
     "Fedasil reception centre's resident badge, recto above verso, office label")
_reg("be9ter-asylum-cgvs-ontvangstmelding-documenten-mail", "asylum-proof", PART, "fr/nl", asylum_cgvs_ack_mail,
     "CGRA/CGVS e-mail acknowledging documents for a pending application, printed from the mail client")


# --------------------------------------------------------------------------- registered mail

def _receipt(c: Case, rng: random.Random, track: str | None = None, to: list[str] | None = None,
             when=None) -> Sheet:
    track = track or c.rm_track
    to = to or c.rm_to
    when = when or c.rm_date
    r = Sheet(80, 110)
    r.rect(0, 0, 80, 110, width_mm=0, fill=(252, 252, 250))
    r.text(40, 4, "bpost", font="sans4", size_pt=13, bold=True, anchor="center", color=(200, 30, 40))
    r.text(40, 11, "Aangetekende zending – Envoi recommandé", font="sans4", size_pt=6.2, anchor="center")
    r.text(40, 15, _post_office(c)[:32], font="sans4", size_pt=6.2, anchor="center")
    barcode(r, 8, 20, 64, 10, track)
    r.text(40, 31.5, track_spaced(track), font="mono", size_pt=7.2, anchor="center")
    r.text(5, 39, "Bestemmeling / Destinataire", font="sans4", size_pt=5.6, color=GREY)
    for k, ln in enumerate(to):
        r.text(5, 43 + k * 4.2, ln[:38], font="sans4", size_pt=7.2)
    r.text(5, 60, "Afzender / Expéditeur", font="sans4", size_pt=5.6, color=GREY)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        r.text(5, 64 + k * 4, ln[:38], font="sans4", size_pt=6.6)
    r.text(5, 80, f"{fdate(when, 'dots')}  {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", font="mono",
           size_pt=7.2)
    r.stamp(56, 84, [_post_office(c)[:16].upper(), fdate(when, "dots")], rng, size_mm=20, color=(70, 70, 80))
    return r


def rm_enlarged_sent_stamp(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter receipt enlarged on the copier (141 %) to fill an A4 sheet, the grain of the enlargement, with the
    firm's rubber stamp 'VERZONDEN / ENVOYÉ' and the date beside it in the margin."""
    r = _receipt(c, rng)
    sh = Sheet()
    img = r.render(110).resize((int(80 * 1.41 / 25.4 * 220), int(110 * 1.41 / 25.4 * 220)))
    sh.image(20, 20, 80 * 1.41, 110 * 1.41, img)
    sh.stamp(150, 40, ["VERZONDEN", "ENVOYÉ", fdate(c.rm_date, "dots")], rng, shape="rect", size_mm=34,
             color=(180, 40, 50))
    sh.handwriting(140, 75, hand_safe(f"9ter {c.p.surname}"), rng, size_pt=12, color=INK_BLUE, font="hand1")
    return [sh], {"addressee": 1}


def rm_three_receipts(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Three receipts the secretary brought back from the post office on the same day, laid side by side on the
    flatbed and scanned together; the one of this file circled in pen and the client's name written beside it."""
    sh = Sheet()
    others = [["Rechtbank van eerste aanleg", "Griffie", "Poelaertplein 1", "1000 Brussel"],
              ["Raad voor Vreemdelingenbetwistingen", "Gaucheretstraat 92-94", "1030 Brussel"],
              ["Tribunal du travail francophone", "Boulevard de Waterloo 70", "1000 Bruxelles"],
              ["OCMW Antwerpen", "Lange Gasthuisstraat 39", "2000 Antwerpen"]]
    pos = rng.randrange(3)
    xy = [(12, 16), (110, 16), (12, 152)]
    xs = [p_[0] for p_ in xy]
    w_ = 88.0
    h_ = w_ * 110 / 80
    k_other = 0
    for i, (x, y0) in enumerate(xy):
        if i == pos:
            r = _receipt(c, rng)
        else:
            alt = str(rng.randint(100000000, 999999999))
            tr = (c.rm_track[:2] + alt + c.rm_track[-2:]) if c.rm_track[:2].isalpha() else alt + c.rm_track[9:]
            r = _receipt(c, random.Random(c.seed + 100 + i), track=tr, to=others[(c.seed + k_other) % 4])
            k_other += 1
        sh.image(x, y0 + rng.uniform(-2, 3), w_, h_, r.render(250))
    x, y0 = xy[pos]
    sh.rect(x - 3, y0 - 4, w_ + 6, h_ + 8, width_mm=0.6, color=INK_BLUE)
    sh.rule(x - 4, y0 - 3, x + w_ + 2, y0 - 5, width_mm=0.5, color=INK_BLUE)
    sh.handwriting(x + (w_ + 12 if pos != 1 else -60), y0 + h_ / 2 if pos == 2 else y0 + h_ + 8,
                   hand_safe(c.p.surname), rng, size_pt=13, color=INK_BLUE, font="hand4")
    return [sh], {"addressee": 1}


def rm_track_trace(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's track-and-trace page printed from the browser (the item number, a timeline 'Aangenomen / Pris en
    charge' with the date and post office), and under it the receipt itself stapled to the sheet and copied with
    it."""
    sh = Sheet()
    f = "sans6"
    sh.text(10, 6, fdate(c.rm_date + timedelta(days=rng.randint(1, 3)), "slashes"), font=f, size_pt=7, color=GREY)
    sh.text(105, 6, "bpost – Track & Trace", font=f, size_pt=7, anchor="center", color=GREY)
    sh.rect(10, 12, 190, 14, width_mm=0, fill=(239, 62, 66))
    sh.text(14, 15.5, "bpost", font=f, size_pt=14, bold=True, color=(255, 255, 255))
    sh.text(196, 17, "Volg je zending · Suivre votre envoi", font=f, size_pt=8.5, anchor="right",
            color=(255, 255, 255))
    sh.text(14, 34, track_spaced(c.rm_track), font="mono", size_pt=12, bold=True)
    steps = [("Aangenomen / Pris en charge", c.rm_date, _post_office(c)),
             ("In sortering / En cours de tri", c.rm_date + timedelta(days=1), "Brussel X")]
    y = 46
    for k, (lab, d, where) in enumerate(steps):
        sh.rect(16, y, 4, 4, width_mm=0, fill=(239, 62, 66) if k == 0 else (180, 180, 180))
        sh.text(24, y - 0.5, lab, font=f, size_pt=10, bold=k == 0)
        sh.text(24, y + 4.5, f"{fdate(d, 'dots')} · {where}", font=f, size_pt=9, color=GREY)
        y += 14
    sh.text(10, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}", font=f, size_pt=7,
            color=GREY)
    r = _receipt(c, rng)
    sh.image(60, 100, 80 * 1.05, 110 * 1.05, r.render(250))
    sh.rule(62, 102, 70, 98, width_mm=0.7, color=(130, 130, 130))
    return [sh], {"addressee": 1}


_reg("be9ter-rm-loketbon-vergroot-a4-verzonden-stempel", "registered-mail-receipt", PART, "nl/fr",
     rm_enlarged_sent_stamp, "counter receipt enlarged on the copier to A4, the firm's 'VERZONDEN/ENVOYÉ' stamp")
_reg("be9ter-rm-drie-bonnen-samen-gescand-omcirkeld", "registered-mail-receipt", PART, "nl/fr", rm_three_receipts,
     "three receipts of one day scanned together, this file's one circled in pen")
_reg("be9ter-rm-track-trace-print-bon-geniet", "registered-mail-receipt", PART, "nl/fr", rm_track_trace,
     "bpost's track-and-trace page printed, the receipt stapled under it")


# --------------------------------------------------------------------------- other

def other_declaration_seyes(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour written by the applicant by hand on squared Seyès paper (the violet vertical margin
    line, the fine blue grid with a stronger line every fourth), in French; no evidentiary value as proof of
    identity."""
    sh = Sheet()
    for k in range(0, 297, 2):
        sh.rule(0, k, 210, k, width_mm=0.08 if k % 8 else 0.16, color=(170, 190, 225))
    for k in range(0, 210, 8):
        sh.rule(k, 0, k, 297, width_mm=0.08, color=(190, 205, 230))
    sh.rule(32, 0, 32, 297, width_mm=0.3, color=(200, 60, 120))
    ink = rng.choice([INK_BLUE, INK_BLACK])
    txt = [f"{c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'dots')}", "",
           "Déclaration sur l'honneur", "",
           f"Je soussigné(e) {c.p.given_names} {c.p.surname.upper()},",
           f"né(e) le {fdate(c.p.birth_date, 'dots')} à {c.p.birth_place},",
           "déclare sur l'honneur que je n'ai pas de passeport",
           "ni de carte d'identité. Mes papiers sont restés",
           "au pays et personne ne peut me les envoyer.", "",
           "Je dis la vérité."]
    y = 24
    for ln in txt:
        if ln:
            sh.handwriting(40 if ln != "Déclaration sur l'honneur" else 70, y, hand_safe(ln), rng, size_pt=13,
                           color=ink, font="hand1")
        y += 8
    sh.signature(110, y + 4, 46, 16, rng, color=ink)
    return [sh], {"identity": 1}


def other_cpas_medical_card(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS/OCMW medical card for urgent medical aid: the commune's centre, the holder's data, the period of
    validity, the GP and the pharmacy named to whom it is addressed, the social worker's signature and the
    centre's stamp."""
    fr = c.lang == "fr"
    city = c.addr.city
    sh = Sheet()
    f = "sans2"
    sh.rect(20, 12, 170, 120, width_mm=0.6)
    sh.text(105, 16, (f"CPAS de {city}" if fr else f"OCMW {city}"), font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 24, ("CARTE MÉDICALE – AIDE MÉDICALE URGENTE" if fr else "MEDISCHE KAART – DRINGENDE MEDISCHE HULP"),
            font=f, size_pt=11, bold=True, anchor="center")
    start = c.app_date - timedelta(days=rng.randint(10, 60))
    rows = ([("Bénéficiaire", f"{c.p.surname.upper()} {c.p.given_names}"), ("Né(e) le", fdate(c.p.birth_date, "dots")),
             ("Valable du", f"{fdate(start, 'dots')} au {fdate(start + timedelta(days=90), 'dots')}"),
             ("Médecin généraliste", c.doctor.name()),
             ("Pharmacie", rng.choice(["Pharmacie du Midi", "Pharmacie Centrale", "Pharmacie de la Gare"]))]
            if fr else
            [("Begunstigde", f"{c.p.surname.upper()} {c.p.given_names}"), ("Geboren op", fdate(c.p.birth_date, "dots")),
             ("Geldig van", f"{fdate(start, 'dots')} tot {fdate(start + timedelta(days=90), 'dots')}"),
             ("Huisarts", c.doctor.name()),
             ("Apotheek", rng.choice(["Apotheek De Zwaan", "Apotheek Centrum", "Apotheek Stationsplein"]))])
    y = 38
    for a, b in rows:
        sh.text(26, y, a, font=f, size_pt=10, color=GREY)
        sh.text(75, y, b, font=f, size_pt=11, bold=True)
        y += 9
    sh.text(26, y + 4, ("L'assistant(e) social(e)" if fr else "De maatschappelijk werk(st)er"), font=f, size_pt=9.5)
    sh.signature(30, y + 8, 40, 13, rng, color=INK_BLUE)
    sh.stamp(130, y - 2, [(f"CPAS {city}" if fr else f"OCMW {city}").upper()[:20], "SERVICE SOCIAL" if fr else
                          "SOCIALE DIENST"], rng, size_mm=26, color=STAMP_BLUE)
    bates(sh, rng)
    return [sh], {}


_reg("be9ter-other-declaration-seyes-ruitjespapier-hand", "other", PART, "fr", other_declaration_seyes,
     "declaration on honour written by hand on squared Seyès paper")
_reg("be9ter-other-ocmw-medische-kaart-dmh", "other", PART, "fr/nl", other_cpas_medical_card,
     "CPAS/OCMW medical card for urgent medical aid, period of validity, GP and pharmacy, office label")
