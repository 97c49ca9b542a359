"""9ter families of the `fifteenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to fourteenth had been read, by a writer who saw neither the validator
nor its output.  Applications: a lawyer's letter speaking of 'betrokkene' / 'l'intéressé(e)' / 'the person concerned'
with a 'Betreft / Concerne' line, the personal data beside a coloured rule, the sections in capitals and running
paragraph numbers in the left margin, '1/3' at the top right, in Dutch, French and English; a legal advice desk's
numbered questionnaire in portrait, signed by the applicant and the social worker, in Dutch and French.  The 2024
certificate printed from the GP's practice software as one ruled two-column table, the severity ticked, the practice
stamp at the left of the signature; the previous model written by hand in black felt pen on the printed lines with
the answer to F continued on an annex (in French and in English).  An outpatient consultation report with the
admission label stuck on, a specialist's letter to the GP with a table of the last consultations.  A physician's
attestation from a hospital in the country of origin, a printed e-mail exchange with a pharmacy there.  The annex
26quinquies of a subsequent application, the annex 26 laminated and copied in its plastic, a Red Cross reception
centre's attestation.  The receipt as a WhatsApp photo printed, glued into the postage book, laid on the covering
letter's first page.  A declaration on honour translated by an interpreter who co-signs, a CPAS/OCMW attestation of
residence.  Sentence builders ``s15_*``.
"""
from __future__ import annotations

import random
from datetime import timedelta

from PIL import Image, ImageDraw, ImageFilter

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
from .fifteenth_identity import index_flag, scanner_app
from .fresh_be9ter import _stamp_lines, _values
from .ninth_identity import hand_safe
from .paper import Sheet

PART = "fifteenth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _vp(c: Case, lang: str, cap: bool = False) -> str:
    """These writers call the applicant 'betrokkene', 'l'intéressé(e)', 'the person concerned'."""
    s = {"nl": "betrokkene", "fr": "l'intéressé(e)", "en": "the person concerned"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce n° {n})", "en": f" (exhibit {n})"}[lang]


def s15_person(c: Case, lang: str) -> list[tuple[str, str]]:
    """The personal data as (label, value) pairs: the summary box prints them as a list, the form as rows."""
    L = {"nl": ("Naam", "Geboren", "Nationaliteit", "Rijksregisternr.", "OV-nummer"),
         "fr": ("Nom", "Naissance", "Nationalité", "N° national", "N° SP"),
         "en": ("Name", "Born", "Nationality", "National number", "SP number")}[lang]
    out = [(L[0], name_in(c.p, c.name_style))]
    born = c.d(c.p.birth_date, lang)
    if "no_birthplace" not in c.flags:
        born += {"nl": " te ", "fr": " à ", "en": " in "}[lang] + f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    out.append((L[1], born))
    if "no_nationality" not in c.flags:
        out.append((L[2], COUNTRIES[c.p.nationality]["adj_" + lang]))
    out.append((L[3], c.nrn) if c.nrn else (L[4], c.ov))
    return out


def s15_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_vp(c, lang, True)} is op dit ogenblik zonder vaste verblijfplaats.",
                "fr": f"{_vp(c, lang, True)} est à ce jour sans résidence fixe.",
                "en": "The person concerned has, at present, no fixed abode."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_vp(c, lang, True)} woont feitelijk te {a}.",
            "fr": f"{_vp(c, lang, True)} demeure effectivement {a}.",
            "en": f"The person concerned actually lives at {a}."}[lang]


def s15_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"{_vp(c, lang, True)} kiest woonplaats op het kantoor van de ondergetekende advocaat, {w}, voor alle verdere briefwisseling.",
                "fr": f"{_vp(c, lang, True)} élit domicile au cabinet du soussigné, {w}, pour toute correspondance relative à la présente.",
                "en": f"The person concerned elects domicile at the office of the undersigned, {w}, for all correspondence."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Keuze van woonplaats wordt gedaan bij {c.other_domicile}.",
                "fr": f"Élection de domicile est faite chez {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Op dat adres wordt tevens woonplaats gekozen.",
            "fr": "Domicile est également élu à cette adresse.",
            "en": "Domicile is elected at that same address."}[lang]


def s15_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _st(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_vp(c, lang, True)} diende op {d} een verzoek om internationale bescherming in, waarover nog "
                      f"geen definitieve beslissing is genomen{ref}. Zij is daarom vrijgesteld van het voorleggen van "
                      f"een identiteitsdocument (art. 9ter, § 2, tweede lid).",
                "fr": f"{_vp(c, lang, True)} a introduit le {d} une demande de protection internationale qui n'a pas "
                      f"encore fait l'objet d'une décision définitive{ref}. Elle est dès lors dispensée de produire "
                      f"un document d'identité (art. 9ter, § 2, al. 2).",
                "en": f"The applicant lodged an application for international protection on {d}, on which no final "
                      f"decision has yet been taken{ref}. The applicant is therefore exempt from producing an "
                      f"identity document (Art. 9ter § 2, second paragraph)."}[lang]
    if k == "none":
        return {"nl": f"{_vp(c, lang, True)} heeft een paspoort aangevraagd bij haar ambassade en wacht op de afgifte.",
                "fr": f"{_vp(c, lang, True)} a sollicité un passeport auprès de son ambassade et en attend la "
                      f"délivrance.",
                "en": "The applicant has applied for a passport at the embassy and is awaiting its issue."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _st(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"nl": "de beëdigde vertaling daarvan", "fr": "la traduction jurée de celui-ci",
                      "en": "its sworn translation"}[lang] + _st(c, "id-tr", lang))
    lst = ", ".join(parts) if parts else "—"
    s = {"nl": f"Als bewijs van identiteit worden bijgevoegd: {lst}.",
         "fr": f"Pour établir l'identité sont joints : {lst}.",
         "en": f"As proof of identity, enclosed are: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Ook een vervallen paspoort bewijst de identiteit.",
              "fr": " Un passeport périmé établit également l'identité.",
              "en": " An expired passport also establishes identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Samen vermelden deze stukken de naam, de geboortedatum en de nationaliteit.",
              "fr": " Ensemble, ces pièces mentionnent le nom, la date de naissance et la nationalité.",
              "en": " Together these documents state the name, date of birth and nationality."}[lang]
    return s


def s15_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het medisch verslag van {doc} van {cd}", "fr": f"le rapport médical du {doc} daté du {cd}",
               "en": f"the medical report by {doc} dated {cd}"}[lang] + _st(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {cd}, opgesteld door {doc}",
               "fr": f"le certificat médical type du {cd}, établi par le {doc}",
               "en": f"the standard medical certificate of {cd}, drawn up by {doc}"}[lang] + _st(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Blijkens {src} is {_vp(c, lang)} aangetast door {t['name']}. {t['severity']} Behandeld "
                  f"wordt met {meds}.",
            "fr": f"Selon le {src.removeprefix('le ')}, {_vp(c, lang)} est atteint(e) de {t['name']}. {t['severity']} "
                  f"Le traitement comprend {meds}.",
            "en": f"As set out in {src}, the person concerned has {t['name']}. {t['severity']} Treatment: "
                  f"{meds}."}[lang]


def s15_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _st(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"De nodige zorg is in {cn} niet toegankelijk: {dr} is er enkel te verkrijgen in {o['hospital']}{r}, "
                  f"tegen ongeveer {il['cost']} per maand, terwijl het gemiddelde loon {o['wage']} bedraagt. "
                  f"{o['insurance_nl']} {_vp(c, lang, True)} heeft in geen enkel ander land verblijfsrecht.",
            "fr": f"Les soins nécessaires ne sont pas accessibles dans le pays d'origine ({cn}) : {dr} n'y est disponible qu'à "
                  f"{o['hospital']}{r}, pour environ {il['cost']} par mois, alors que le salaire moyen est de "
                  f"{o['wage']}. {o['insurance_fr']} {_vp(c, lang, True)} ne dispose d'un droit de séjour dans aucun "
                  f"autre pays.",
            "en": f"The care needed is not accessible in {cn}: {dr} is only available at {o['hospital']}{r}, for about "
                  f"{il['cost']} a month, whereas the average wage is {o['wage']}. {o['insurance_en']} The applicant "
                  f"has no right of residence in any other country."}[lang]


def s15_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{q.given_names} {q.surname.upper()} ({rel[m.rel]}), {c.d(q.birth_date, lang)}, "
                   f"{q.birth_place}{nat}{_st(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt eveneens voor: {lst}.", "fr": f"La demande vaut également pour : "
            f"{lst}.", "en": f"The application also covers: {lst}."}[lang]


def s15_other_proc(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Deze aanvraag vervangt de nog hangende aanvraag 9ter van {d}; verzoekende partij doet "
                          f"hierbij afstand van die eerdere aanvraag.",
                    "fr": f"La présente demande remplace la demande 9ter du {d}, toujours pendante, dont la partie "
                          f"requérante se désiste par la présente.",
                    "en": f"This application replaces the 9ter application of {d}, still pending, which the applicant "
                          f"hereby withdraws."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De procedure tot internationale bescherming werd op {d} definitief afgesloten met een "
                          f"weigering.",
                    "fr": f"La procédure de protection internationale a été définitivement clôturée le {d} par un "
                          f"refus.",
                    "en": f"The international protection procedure was finally closed on {d} with a refusal."}[lang])
    return " ".join(out) or None


def s15_ask(c: Case, lang: str) -> str:
    return {"nl": "Betrokkene vraagt u dan ook beleefd de aanvraag ontvankelijk en gegrond te verklaren en haar "
                  "te machtigen tot verblijf op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": "L'intéressé(e) vous saurait dès lors gré de déclarer la demande recevable et fondée et de "
                  "l'autoriser au séjour sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "The person concerned therefore respectfully asks you to declare the application admissible and well founded "
                  "and to grant leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]


def _sections(c: Case, lang: str) -> list[tuple[str, list[str], str]]:
    H = {"nl": ("Verblijfplaats en woonplaatskeuze", "Gezinsleden", "Identiteit", "Medische situatie",
                "Beschikbaarheid en toegankelijkheid van de zorg", "Andere procedures"),
         "fr": ("Résidence et élection de domicile", "Membres de la famille", "Identité", "Situation médicale",
                "Disponibilité et accessibilité des soins", "Autres procédures"),
         "en": ("Residence and domicile", "Family members", "Identity", "Medical situation",
                "Availability and accessibility of care", "Other procedures")}[lang]
    out = [(H[0], [x for x in (s15_home(c, lang), s15_domicile(c, lang)) if x], "residence")]
    fam = s15_family(c, lang)
    if fam:
        out.append((H[1], [fam], "family"))
    out.append((H[2], [s15_identity(c, lang)], "identity"))
    out.append((H[3], [s15_medical(c, lang)], "medical"))
    coi = s15_coi(c, lang)
    if coi:
        out.append((H[4], [coi], "coi"))
    oth = s15_other_proc(c, lang)
    if oth:
        out.append((H[5], [oth], "parallel"))
    return out


# --------------------------------------------------------------------------- applications

_PL = {"nl": dict(title="Betreft: aanvraag machtiging tot verblijf om medische redenen (art. 9ter Vreemdelingenwet)", box="Betrokkene",
                  to=["Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 Brussel"],
                  by="Aangetekend schrijven", page="{i}/{n}", facts="Personalia",
                  open="Geachte heer, mevrouw,", close="Met vriendelijke groet,", sig="Voor betrokkene,\nde advocaat",
                  pieces="Inventaris", ask="Verzoek", lawyer="advocaat"),
       "fr": dict(title="Concerne : demande d'autorisation de séjour pour raisons médicales (art. 9ter)", box="Intéressé(e)",
                  to=["Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"],
                  by="Par envoi recommandé", page="{i}/{n}", facts="Identification",
                  open="Madame, Monsieur,", close="Veuillez agréer, Madame, Monsieur, l'expression de notre haute "
                  "considération.", sig="Pour l'intéressé(e),\nl'avocat", pieces="Inventaire",
                  ask="Dispositif", lawyer="avocat"),
       "en": dict(title="Re: request for leave to remain on medical grounds (Article 9ter Aliens Act)", box="Person concerned",
                  to=["Immigration Office", "9ter Unit", "Pachecolaan 44", "1000 Brussels"],
                  by="Registered mail", page="{i}/{n}", facts="Personal details",
                  open="Dear Sir or Madam,", close="Yours faithfully,", sig="For the applicant,\ncounsel",
                  pieces="Inventory", ask="Request", lawyer="lawyer")}


def app_pleading(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's request in the style of a pleading: the firm's name and a thin coloured rule at the top left, the
    addressee block at the right with 'Aangetekend / Recommandé', a summary box on the first page with the personal
    data as a two-column list, then decimal-numbered sections (1., 1.1 ...), the request, the signature, the
    inventory; 'pagina x van y' at the top right of every page."""
    W_ = _PL[lang]
    L = c.lawyer
    f = rng.choice(["serif5", "sans2"])
    col = [(0, 95, 110), (120, 30, 50), (50, 50, 120)][c.seed % 3]
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new_page():
        sh = Sheet()
        sh.text(22, 12, L["firm"], font=f, size_pt=9, bold=True, color=col)
        sh.rule(22, 15, 70, 15, width_mm=0.8, color=col)
        sheets.append(sh)
        st["y"] = 24.0
        return sh

    sh = new_page()
    sh.text(22, 18, f"{L['street']} – {L['pc']} {L['city']}", font=f, size_pt=7.5, color=GREY)
    sh.text(125, 26, W_["by"].upper(), font=f, size_pt=9, bold=True)
    for k, ln in enumerate(W_["to"]):
        sh.text(125, 32 + k * 5, ln, font=f, size_pt=10)
    sh.text(125, 56, f"{L['city']}, {c.d(c.app_date, lang, 'long')}", font=f, size_pt=10)
    sh.text(22, 70, W_["title"], font=f, size_pt=11.5, bold=True)
    tags["personal"] = 1
    rows = s15_person(c, lang)
    bh = 10 + 6 * len(rows)
    sh.rule(22, 78, 22, 78 + bh, width_mm=1.2, color=col)
    sh.text(26, 79.3, W_["box"] + ":", font=f, size_pt=9.5, bold=True)
    for k, (a, b) in enumerate(rows):
        sh.text(26, 88 + k * 6, a, font=f, size_pt=9.5, color=GREY)
        sh.text(70, 88 + k * 6, b, font=f, size_pt=10)
    st["y"] = 78 + bh + 8

    def para(text, *, tag=None, size=10.5, bold=False, x=22.0, w=166.0):
        sh = sheets[-1]
        rows_ = sh.wrap(text, w, font=f, size_pt=size, bold=bold)
        lh = size * 0.3528 * 1.45
        for i, ln in enumerate(rows_):
            if st["y"] + lh > 274:
                sh = new_page()
            if i == 0 and tag:
                tags.setdefault(tag, len(sheets))
            sh.text(x, st["y"], ln, font=f, size_pt=size, bold=bold)
            st["y"] += lh
        st["y"] += 2.5

    para(W_["open"])
    for n, (head, texts, tag) in enumerate(_sections(c, lang), 1):
        if st["y"] + 20 > 274:
            new_page()
        tags.setdefault(tag, len(sheets))
        para(head.upper(), bold=True, size=10)
        for k, t in enumerate(texts, 1):
            sh = sheets[-1]
            rn = sum(len(x[1]) for x in _sections(c, lang)[:n - 1]) + k
            sh.text(14, st["y"], f"{rn}.", font=f, size_pt=9, color=col)
            para(t, tag=tag, x=22, w=166)
    para(W_["ask"], bold=True)
    para(s15_ask(c, lang))
    para(W_["close"])
    if st["y"] + 36 > 274:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 2
    for k, ln in enumerate(W_["sig"].split("\n")):
        sh.text(115, y + k * 5, ln, font=f, size_pt=10.5)
    if "unsigned" not in c.flags:
        sh.signature(117, y + 10, 46, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(115, y + 27, f"{L['first']} {L['last']}, {W_['lawyer']}", font=f, size_pt=10.5)
    st["y"] = y + 36
    if c.annexes:
        if st["y"] + 16 > 274:
            new_page()
        tags.setdefault("inventory", len(sheets))
        para(W_["pieces"], bold=True)
        for i, (_, d) in enumerate(c.annexes, 1):
            para(f"{i}. {d}", size=10, x=28, w=160)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(188, 12, W_["page"].format(i=i, n=n), font=f, size_pt=8, anchor="right", color=GREY)
    return sheets, tags


_LS = {"nl": dict(org="Vluchtelingenwerk – juridische permanentie Hasselt", title="Vragenlijst aanvraag 9ter",
                  cols=("Vraag", "Antwoord"), none="geen",
                  q=["Naam en voornamen", "Geboortedatum en -plaats", "Nationaliteit", "Rijksregister- of OV-nummer",
                     "Huidig adres", "Gekozen woonplaats", "Gezinsleden", "Identiteitsbewijs", "Ziekte en behandeling",
                     "Zorg in het land van herkomst", "Andere procedures", "Bijgevoegde stukken"],
                  sa="Handtekening aanvrager", sw="Handtekening maatschappelijk werker", date="Datum"),
       "fr": dict(org="Permanence juridique du CPAS de Verviers", title="Questionnaire – demande 9ter",
                  cols=("Question", "Réponse"), none="néant",
                  q=["Nom et prénoms", "Date et lieu de naissance", "Nationalité", "N° national ou n° SP",
                     "Adresse actuelle", "Domicile élu", "Membres de la famille", "Preuve d'identité",
                     "Maladie et traitement", "Soins au pays d'origine", "Autres procédures", "Pièces jointes"],
                  sa="Signature du demandeur", sw="Signature de l'assistant(e) social(e)", date="Date")}


def app_landscape_sheet(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A social service's intake sheet in landscape: the service's name and the title at the top, a three-column
    table (question, answer, remark) with grey header row and thin rules, typed; the applicant and the social worker
    sign side by side under the table; 'blad n/N' at the bottom right."""
    F = _LS[lang]
    f = "sans2"
    W, H = 210.0, 297.0
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}
    cw = (52.0, 128.0)

    def new_page():
        sh = Sheet(W, H)
        sh.text(15, 10, F["org"], font=f, size_pt=9, color=GREY)
        sh.text(15, 15, F["title"], font=f, size_pt=13, bold=True)
        x = 15
        for k, t in enumerate(F["cols"]):
            sh.rect(x, 24, cw[k], 7, width_mm=0.25, fill=(225, 225, 225))
            sh.text(x + 2, 25.5, t, font=f, size_pt=9.5, bold=True)
            x += cw[k]
        sheets.append(sh)
        st["y"] = 31.0
        return sh

    new_page()
    pr = dict(s15_person(c, lang))
    keys = list(pr)
    ans = [pr[keys[0]], pr.get(keys[1], ""), "" if "no_nationality" in c.flags else
           COUNTRIES[c.p.nationality]["adj_" + lang], c.nrn or c.ov or "",
           "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), s15_domicile(c, lang) or "",
           s15_family(c, lang) or F["none"], s15_identity(c, lang), s15_medical(c, lang), s15_coi(c, lang) or "",
           s15_other_proc(c, lang) or F["none"], "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1))
           or F["none"]]
    if "no_birthplace" not in c.flags:
        pass
    rem = {0: "", 5: "", 7: "", 9: ""}
    tagmap = {0: "personal", 4: "residence", 6: "family" if c.family else None, 7: "identity", 8: "medical",
              9: "coi" if s15_coi(c, lang) else None, 10: "parallel" if s15_other_proc(c, lang) else None,
              11: "inventory"}
    for i, (q, a) in enumerate(zip(F["q"], ans)):
        sh = sheets[-1]
        rows = sh.wrap(a, cw[1] - 4, font=f, size_pt=9.5) if a else [""]
        h = 3 + 4.3 * len(rows)
        if st["y"] + h > H - 40:
            sh = new_page()
        if tagmap.get(i):
            tags.setdefault(tagmap[i], len(sheets))
        y = st["y"]
        x = 15
        for k in range(2):
            sh.rect(x, y, cw[k], h, width_mm=0.2, color=(120, 120, 120))
            x += cw[k]
        sh.text(17, y + 1.4, f"{i + 1}. {q}", font=f, size_pt=8.5, bold=True)
        for k, r in enumerate(rows):
            sh.text(69, y + 1.4 + k * 4.3, r, font=f, size_pt=9.5)
        if i in rem and rem[i]:
            sh.text(187, y + 1.4, rem[i], font=f, size_pt=8.5, color=GREY)
        st["y"] = y + h
    if st["y"] + 50 > H - 8:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 6
    sh.text(15, y, f"{F['date']}: {c.d(c.app_date, lang, 'dots')}", font=f, size_pt=10)
    for k, lab in enumerate((F["sa"], F["sw"])):
        x = 15 + k * 92
        y = st["y"] + 14
        sh.rect(x, y - 2, 88, 28, width_mm=0.3)
        sh.text(x + 2, y - 1, lab, font=f, size_pt=8, color=GREY)
    if "unsigned" not in c.flags:
        sh.signature(25, y + 6, 48, 15, rng, color=INK_BLUE)
        sh.signature(117, y + 6, 44, 14, rng, color=INK_BLACK)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(W - 15, H - 8, f"{'blad' if lang == 'nl' else 'feuille'} {i}/{n}", font=f, size_pt=8, anchor="right",
               color=GREY)
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-betrokkene-randnummers-kantlijn", "application", PART, "nl",
     lambda c, r: app_pleading(c, r, lang="nl"),
     "request in pleading style ('verzoekende partij'), summary box on page 1, decimal section numbers")
_reg("be9ter-app-fr-lawyer-prose-interesse-numeros-marge", "application", PART, "fr",
     lambda c, r: app_pleading(c, r, lang="fr"),
     "requête ('la partie requérante'), encadré de résumé, sections numérotées 1.1, 1.2")
_reg("be9ter-app-nl-form-dienst-onthaal-vragenlijst-genummerde-vakjes", "application", PART, "nl",
     lambda c, r: app_landscape_sheet(c, r, lang="nl"),
     "social service's intake sheet in landscape, three-column table, signed by applicant and social worker")
_reg("be9ter-app-fr-form-permanence-juridique-questionnaire-cases", "application", PART, "fr",
     lambda c, r: app_landscape_sheet(c, r, lang="fr"),
     "fiche d'accueil en paysage, tableau à trois colonnes, deux signatures")
_reg("be9ter-app-en-lawyer-prose-person-concerned-margin-numbers", "application", PART, "en",
     lambda c, r: app_pleading(c, r, lang="en"),
     "the pleading-style request written in English (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_2024_webapp(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as the GP's practice software prints it: the practice's name and RIZIV/INAMI number in the
    running header, the model's title, then one ruled two-column table (the question in a narrow grey column at the
    left, the answer typed in the wide column at the right), the severity as four tick boxes with the chosen one
    ticked; at the end the date, the signature and the practice's rubber stamp at the LEFT of it; the software's
    footer with the print time."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans3", "condensed"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}
    soft = rng.choice(["HealthOne", "CareConnect", "Medidoc", "Omnipro"])
    practice = {"nl": "Huisartsenpraktijk", "fr": "Cabinet médical"}[lang] + f" {d.last}"

    def new():
        sh = Sheet()
        sh.text(16, 9, practice, font=f, size_pt=8.5, bold=True)
        sh.text(16, 12.8, f"{d.street} – {d.pc} {d.city}", font=f, size_pt=7.5, color=GREY)
        sh.text(194, 9, M_["model"], font=f, size_pt=7, anchor="right", color=GREY)
        sh.rule(16, 16, 194, 16, width_mm=0.3)
        pages.append(sh)
        st["y"] = 21.0

    new()
    pages[0].text(105, 20, M_["title"], font=f, size_pt=12, bold=True, anchor="center")
    y_ = pages[0].paragraph(25, 26, 160, M_["law"], font=f, size_pt=7, align="center")
    st["y"] = max(36.0, y_ + 3)
    LW = 52.0

    def row(lab, val, tag=None):
        sh = pages[-1]
        lrows = sh.wrap(lab or "", LW - 3, font=f, size_pt=7.5) if lab else [""]
        rows = sh.wrap(val or "", 194 - 16 - LW - 4, font=f, size_pt=9) if val else [""]
        h = 2.5 + max(3.6 * len(lrows), 4.2 * len(rows))
        if st["y"] + h > 272:
            new()
            sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        sh.rect(16, y, LW, h, width_mm=0.15, color=(140, 140, 140), fill=(238, 238, 238))
        sh.rect(16 + LW, y, 194 - 16 - LW, h, width_mm=0.15, color=(140, 140, 140))
        for k, r in enumerate(lrows):
            sh.text(17.5, y + 1.2 + k * 3.6, r, font=f, size_pt=7.5)
        for k, r in enumerate(rows):
            sh.text(16 + LW + 2, y + 1.1 + k * 4.2, r, font=f, size_pt=9)
        st["y"] = y + h

    def head(t):
        if st["y"] + 14 > 272:
            new()
        pages[-1].rect(16, st["y"], 178, 5.5, width_mm=0, fill=(70, 70, 70))
        pages[-1].text(18, st["y"] + 0.9, t, font=f, size_pt=8.5, bold=True, color=(255, 255, 255))
        st["y"] += 5.5

    head(M_["s1"])
    tags["patient"] = len(pages)
    row(M_["name"], v["surname"], "patient")
    row(M_["first"], v["first"])
    row(M_["bd"], v["bd"])
    row(M_["nat"], v["nat"])
    head(M_["s2"])
    row(M_["dname"], d.name(), "doctor")
    row(M_["riziv"], v["riziv"] or "")
    row(M_["daddr"], f"{d.street}, {d.pc} {d.city}")
    head(M_["s3"])
    row("", fdate(c.cert_date - timedelta(days=rng.randint(200, 2400)), "slashes", lang))
    head(M_["s4"])
    row("", v["hist"])
    head(M_["s5"])
    row("", f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness")
    head(M_["s6"])
    so = M_["sevopts"]
    sev = (v["sev"] or "").lower()
    k_sel = -1 if not sev else 3 if sev.startswith(so[3]) else 1 if sev.startswith(so[1]) else \
        0 if sev.startswith(so[0]) else 2
    tags["severity"] = len(pages)
    if st["y"] + 12 > 272:
        new()
    sh = pages[-1]
    x = 18
    for k, o in enumerate(so):
        sh.rect(x, st["y"] + 2, 3.2, 3.2, width_mm=0.25)
        if k == k_sel:
            sh.text(x + 0.3, st["y"] + 1.5, "X", font=f, size_pt=8.5, bold=True)
        sh.text(x + 4.5, st["y"] + 1.7, o, font=f, size_pt=8.5)
        x += 8 + len(o) * 1.75
    st["y"] += 8
    row(M_["s6b"], v["sev"], "severity")
    head(M_["s7"])
    row(M_["s7a"], v["meds"], "treatment")
    row(M_["s7b"], v["interv"])
    row(M_["s7c"], v["dur"])
    head(M_["s8"])
    row("", v["cons"])
    head(M_["s9"])
    row("", v["prog"])
    head(M_["s10"])
    row("", v["needs"])
    head(M_["s11"])
    row("", f"{M_['yes']} – {v['travel']}")
    if st["y"] + 44 > 272:
        new()
    sh = pages[-1]
    y = st["y"] + 6
    tags["signature"] = len(pages)
    sh.text(16, y, f"{M_['date']}: {v['date']}", font=f, size_pt=9.5)
    sh.text(110, y, M_["sign"], font=f, size_pt=8.5, color=GREY)
    if v["signed"]:
        sh.stamp(18, y + 6, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=32,
                 color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
        sh.signature(112, y + 8, 50, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    n = len(pages)
    stamp_t = f"{fdate(c.cert_date, 'slashes')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    for i, p in enumerate(pages, 1):
        p.text(16, 289, f"{soft} · {stamp_t}", font=f, size_pt=6.5, color=GREY)
        p.text(194, 289, M_["page"].format(i=i, n=n), font=f, size_pt=7, anchor="right", color=GREY)
    return pages, tags


def medcert_old_lines_annex(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed blank with ruled answer lines under each heading and typed on those lines in a
    mono face (the text sitting a little off the lines); the answer to F/ did not fit and says 'voir annexe / see
    annex': it continues on a plain annex sheet with the patient's name and the doctor's initials.  Signature and
    stamp on the form's last page."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    tf = "hand4"
    ink = rng.choice([(25, 25, 30), (35, 35, 45)])
    tags: dict[str, int] = {}
    pages: list[Sheet] = [Sheet()]
    st = {"y": 40.0}
    p0 = pages[0]
    p0.text(105, 14, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
    p0.text(105, 21, M_["sub"], font=f, size_pt=9, anchor="center")
    p0.text(105, 26, M_["law"], font=f, size_pt=8.5, anchor="center")
    see = {"fr": "voir annexe", "en": "see annex", "nl": "zie bijlage", "de": "siehe Anlage"}[lang]

    def block(q, a, tag=None, lines=2):
        sh = pages[-1]
        qrows = sh.wrap(q, 172, font=f, size_pt=9, bold=True)
        arows = sh.wrap(hand_safe(a or ""), 150, font=tf, size_pt=11) if a else []
        n = max(lines, len(arows))
        h = 4.2 * len(qrows) + 6.5 * n + 3
        if st["y"] + h > 272:
            pages.append(Sheet())
            st["y"] = 18
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        for k, r in enumerate(qrows):
            sh.text(18, st["y"] + k * 4.2, r, font=f, size_pt=9, bold=True)
        y = st["y"] + 4.2 * len(qrows) + 1
        for k in range(n):
            sh.rule(20, y + 5.6 + k * 6.5, 192, y + 5.6 + k * 6.5, width_mm=0.1, color=(150, 150, 150))
        for k, r in enumerate(arows):
            sh.handwriting(21, y + k * 6.5, r, rng, size_pt=11, color=ink, font=tf)
        st["y"] = y + 6.5 * n + 3

    block(M_["pat"], v["pat"], "patient", 1)
    block(M_["bd"], v["bd"], None, 1)
    block(M_["nat"], v["nat"], None, 1)
    block(M_["A"], v["hist"])
    block(M_["B"] + " " + M_["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    block(M_["sev"], v["sev"], "severity")
    block(M_["C"] + " " + M_["med"], v["meds"], "treatment")
    block(M_["interv"], v["interv"], None, 1)
    block(M_["dur"], v["dur"], None, 1)
    block(M_["D"], v["cons"])
    block(M_["E"], v["prog"])
    block(M_["F"], f"{v['needs'][:60]}... ({see})" if len(v["needs"]) > 60 else v["needs"])
    block(M_["G"], v["travel"], None, 1)
    if st["y"] + 44 > 280:
        pages.append(Sheet())
        st["y"] = 18
    sh = pages[-1]
    y = st["y"] + 2
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(18, y, M_["date"], font=f, size_pt=9)
    if v["date"]:
        sh.handwriting(50, y - 1.5, hand_safe(v["date"]), rng, size_pt=11, color=ink, font=tf)
    sh.text(18, y + 7, M_["sign"], font=f, size_pt=9)
    sh.handwriting(18, y + 11, hand_safe(d.name()), rng, size_pt=11, color=ink, font=tf)
    sh.text(18, y + 19, M_["riziv"], font=f, size_pt=9)
    if v["riziv"]:
        sh.handwriting(60, y + 17.5, v["riziv"], rng, size_pt=11, color=ink, font=tf)
    if v["signed"]:
        sh.signature(24, y + 24, 46, 15, rng, color=ink)
        sh.stamp(118, y + 8, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", bool(v["riziv"])), rng,
                 size_mm=32, color=STAMP_VIOLET)
    if len(v["needs"]) > 60:
        an = Sheet()
        an.text(20, 18, {"fr": "Annexe au certificat médical type", "en": "Annex to the standard medical certificate",
                         "nl": "Bijlage bij het standaard medisch getuigschrift", "de": "Anlage"}[lang], font=f,
                size_pt=11, bold=True)
        an.handwriting(20, 24, hand_safe(v["pat"] or ""), rng, size_pt=11, color=ink, font=tf)
        an.text(20, 36, M_["F"][:80], font=f, size_pt=9, bold=True)
        for k, r in enumerate(an.wrap(hand_safe(v["needs"]), 160, font=tf, size_pt=11)):
            an.handwriting(20, 44 + k * 7, r, rng, size_pt=11, color=ink, font=tf)
        if v["signed"]:
            an.text(20, 100, f"{d.first[0]}.{d.last[0]}.", font="hand1", size_pt=12, color=ink)
        pages.append(an)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(105, 289, f"{i}/{n}", font=f, size_pt=8, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-huisartsenpakket-tabel-vinkjes-stempel-links", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_webapp(c, r, lang="nl"),
     "2024 model printed from the GP's practice software: ruled two-column table, severity ticked, stamp left of the signature")
_reg("be9ter-medcert-2024-fr-logiciel-generaliste-tableau-cachet-gauche", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_webapp(c, r, lang="fr"),
     "modèle 2024 imprimé du logiciel du généraliste, tableau à deux colonnes, cases cochées, cachet à gauche")
_reg("be9ter-medcert-old-fr-manuscrit-feutre-noir-recto-verso", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_lines_annex(c, r, lang="fr"),
     "modèle précédent rempli à la main au feutre noir sur les lignes, réponse F continuée sur une annexe")
_reg("be9ter-medcert-old-en-handwritten-felt-pen", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_lines_annex(c, r, lang="en"),
     "previous model handwritten in black felt pen on the lines, in English (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_moc_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's consultation report from a hospital's outpatient clinic: the hospital's name at the top
    left, the patient's admission label (name, birth date, patient number and a barcode) stuck in a box at the
    top right, somewhat crooked; the sections as run-in headings with a grey bar at the left (reason for the
    consultation, findings, diagnosis, treatment, conclusion); signed in blue under the printed name."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = rng.choice(["sans", "sans6"])
    sh = Sheet()
    when = c.medstat_date
    sh.text(18, 12, d.inst, font=f, size_pt=12, bold=True, color=(20, 80, 90))
    sh.text(18, 18, ("Consultation de " if fr else "Raadpleging ") + SPECIALTY[d.spec].get(lang, ""), font=f,
            size_pt=9, color=GREY)
    lab = Sheet(70, 30)
    lab.rect(0, 0, 70, 30, width_mm=0, fill=(255, 255, 250))
    lab.text(2, 2, f"{c.p.surname.upper()} {c.p.given_names}"[:34], font="mono", size_pt=8, bold=True)
    lab.text(2, 6.5, f"°{fdate(c.p.birth_date, 'dots')}  {c.p.sex}", font="mono", size_pt=8)
    pno = f"{rng.randint(1000000, 9999999)}"
    lab.text(2, 11, ("N° patient " if fr else "Pat.nr. ") + pno, font="mono", size_pt=8)
    barcode(lab, 2, 16, 50, 10, pno)
    sh.rect(122, 8, 74, 34, width_mm=0.3, color=(150, 150, 150))
    sh.image(124, 10, 70, 30, lab.render(250).rotate(rng.uniform(-2.5, 2.5), expand=False, fillcolor=(255, 255, 255)))
    sh.text(18, 50, ("RAPPORT DE CONSULTATION" if fr else "CONSULTATIEVERSLAG"), font=f, size_pt=12.5, bold=True)
    sh.text(18, 56, (f"Consultation du {fdate(when, 'slashes')}" if fr else f"Raadpleging van {fdate(when, 'slashes')}"),
            font=f, size_pt=9.5, color=GREY)
    secs = ([("Motif", "Suivi spécialisé."), ("Diagnostic", f"{T['name']}. {T['severity']}"),
             ("Traitement", "; ".join(T["meds"]) + ". " + T["intervention"]),
             ("Conclusion", f"{T['needs']} {T['prognosis']}")] if fr else
            [("Reden", "Specialistische opvolging."), ("Diagnose", f"{T['name']}. {T['severity']}"),
             ("Behandeling", "; ".join(T["meds"]) + ". " + T["intervention"]),
             ("Besluit", f"{T['needs']} {T['prognosis']}")])
    y = 66
    for h, t in secs:
        y0 = y
        y = sh.paragraph(22, y, 168, f"{h}. {t}", font=f, size_pt=10, leading=1.45) + 4
        sh.rect(18, y0, 1.6, y - y0 - 4, width_mm=0, fill=(160, 160, 160))
    sh.text(120, y + 4, d.name(), font=f, size_pt=10)
    sh.text(120, y + 9, f"{'INAMI' if fr else 'RIZIV'} {d.riziv}", font=f, size_pt=9, color=GREY)
    sh.signature(122, y + 13, 44, 14, rng, color=INK_BLUE)
    return [sh], {}


def medstat_dayhospital_schedule(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A day hospital's letter to the patient's GP with the medication schedule as a table (medicine, morning, noon,
    evening, night), the next appointments, signed by the specialist; the office's index flag on the edge."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "nl")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = "serif2"
    sh = Sheet()
    sh.text(20, 12, d.inst, font=f, size_pt=12.5, bold=True)
    sh.text(20, 18, ("Polyclinique – " if fr else "Polikliniek – ") + SPECIALTY[d.spec].get(lang, ""), font=f,
            size_pt=9.5, color=GREY)
    sh.rule(0, 285, 210, 285, width_mm=0.4, color=(20, 80, 90))
    sh.text(105, 287, f"{d.inst} · " + ("secrétariat" if fr else "secretariaat") + f" 0{rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", font=f, size_pt=7.5, anchor="center",
            color=GREY)
    sh.text(120, 32, (f"Dr {c.doctor.last}" if fr else f"Dr. {c.doctor.last}"), font=f, size_pt=10)
    sh.text(120, 37, f"{c.doctor.pc} {c.doctor.city}", font=f, size_pt=10)
    sh.text(20, 52, (f"Concerne : {c.p.given_names} {c.p.surname.upper()} (°{fdate(c.p.birth_date, 'dots')})" if fr else
                     f"Betreft: {c.p.given_names} {c.p.surname.upper()} (°{fdate(c.p.birth_date, 'dots')})"), font=f,
            size_pt=10.5, bold=True)
    sh.text(20, 58, fdate(c.medstat_date, "long", lang), font=f, size_pt=9.5, color=GREY)
    y = sh.paragraph(20, 68, 170, (f"Cher confrère, nous avons revu en consultation votre patient(e), suivi(e) pour "
                                   f"{T['name']}. {T['severity']}" if fr else
                                   f"Waarde collega, wij zagen uw patiënt(e) terug op de raadpleging, in opvolging voor "
                                   f"{T['name']}. {T['severity']}"), font=f, size_pt=10.5, leading=1.5) + 5
    cols = (["Date", "Consultation", "Constatation"] if fr else ["Datum", "Raadpleging", "Vaststelling"])
    ws = [28, 50, 92]
    x = 20
    for k, t in enumerate(cols):
        sh.rect(x, y, ws[k], 7, width_mm=0.2, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 1.5, t, font=f, size_pt=9, bold=True)
        x += ws[k]
    y += 7
    seen = sorted({rng.randint(20, 400) for _ in range(4)}, reverse=True)
    for k_, m in enumerate([*T["meds"], *T["meds"]][:len(seen)]):
        x = 20
        when_ = c.medstat_date - timedelta(days=seen[k_])
        doses = [fdate(when_, "dots"), ("contrôle" if fr else "controle") + (" + labo" if k_ % 2 else ""),
                 ("stable sous " if fr else "stabiel onder ") + m[:40]]
        for k, t in enumerate(doses):
            sh.rect(x, y, ws[k], 7, width_mm=0.2)
            sh.text(x + 1.5, y + 1.5, t, font=f, size_pt=9)
            x += ws[k]
        y += 7
    y = sh.paragraph(20, y + 6, 170, f"{T['intervention']} {T['needs']} {T['prognosis']}", font=f, size_pt=10.5,
                     leading=1.5) + 4
    sh.text(20, y + 2, ("Bien confraternellement," if fr else "Met collegiale groeten,"), font=f, size_pt=10.5)
    sh.signature(22, y + 6, 42, 14, rng, color=INK_BLUE)
    sh.text(20, y + 22, f"{d.name()} – {'INAMI' if fr else 'RIZIV'} {d.riziv}", font=f, size_pt=9.5)
    index_flag(sh, rng, "DR. " + c.doctor.last.upper()[:14], lang)
    return [sh], {}


_reg("be9ter-medstat-consultatieverslag-patientenetiket-grijze-balk", "medical-statement", PART, "fr/nl", medstat_moc_report,
     "outpatient consultation report with the admission label stuck top right, run-in headings with grey bars")
_reg("be9ter-medstat-brief-huisarts-opvolgingstabel-voetlijn", "medical-statement", PART, "fr/nl",
     medstat_dayhospital_schedule, "specialist's letter to the GP with a table of the last consultations, footer line, GP's incoming stamp")


# --------------------------------------------------------------------------- country-of-origin information

def coi_health_profile_chart(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An attestation of a physician of a hospital in the country of origin, asked by the family: the hospital's
    letterhead centred with the ministry above it, 'ATTESTATION MÉDICALE' / 'MEDICAL ATTESTATION', a short text that
    the treatment is not available there on a regular basis and what it would cost, the physician's signature over a
    round stamp; the family photographed it and sent it, the office printed it in greyscale."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    code = c.origin()
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR")
    cn = cname(code, "en" if en else "fr")
    dr = drug(c.illness, "en" if en and "en" in il else "fr") if ("fr" in il or "en" in il) else drug(c.illness, "nl")
    sh = Sheet()
    f = rng.choice(["serif", "serif6"])
    sh.text(105, 12, ("MINISTRY OF HEALTH" if en else "MINISTÈRE DE LA SANTÉ PUBLIQUE"), font=f, size_pt=9,
            anchor="center")
    sh.text(105, 18, o["hospital"], font=f, size_pt=12.5, bold=True, anchor="center")
    sh.text(105, 24, ("Department of Internal Medicine" if en else "Service de médecine interne"), font=f,
            size_pt=9, anchor="center", color=GREY)
    sh.rule(40, 28, 170, 28, width_mm=0.5)
    sh.text(105, 42, ("MEDICAL ATTESTATION" if en else "ATTESTATION MÉDICALE"), font=f, size_pt=14, bold=True,
            anchor="center")
    when = c.app_date - timedelta(days=rng.randint(15, 150))
    body = ([f"I, the undersigned, physician at {o['hospital']}, certify that the treatment required by "
             f"{c.p.given_names} {c.p.surname.upper()}, born on {fdate(c.p.birth_date, 'dots')}, in particular "
             f"{dr}, is not available on a regular basis in our hospital nor in the public pharmacies of {cn}.",
             f"When it can be obtained from private importers, its cost is about {il['cost']} a month, which is "
             f"not covered by any public scheme; the average wage is {o['wage']}.",
             "This attestation is issued at the request of the family for whatever purpose it may serve."] if en else
            [f"Je soussigné(e), médecin à {o['hospital']}, atteste que le traitement nécessaire à "
             f"{c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots')}, notamment "
             f"{dr}, n'est pas disponible de manière régulière dans notre établissement ni dans les pharmacies "
             f"publiques ({cn}).",
             f"Lorsqu'il peut être obtenu auprès d'importateurs privés, son coût est d'environ {il['cost']} par mois, "
             f"sans aucune prise en charge publique ; le salaire moyen est de {o['wage']}.",
             "La présente attestation est délivrée à la demande de la famille pour servir et valoir ce que de droit."])
    y = 56
    for p_ in body:
        y = sh.paragraph(22, y, 166, p_, font=f, size_pt=11, leading=1.55, align="justify") + 5
    sh.text(120, y + 6, (f"Done at {COUNTRIES[code].get('capital', '')}, {fdate(when, 'dots')}" if en else
                         f"Fait à {COUNTRIES[code].get('capital', '')}, le {fdate(when, 'dots')}"), font=f, size_pt=10.5)
    sh.stamp(118, y + 14, [o["hospital"][:26].upper(), ("MEDICINE" if en else "MÉDECINE INTERNE")], rng, size_mm=30,
             color=(60, 60, 150))
    sh.signature(126, y + 18, 42, 14, rng, color=(30, 30, 110))
    return [sh], {}


_FUNDS = {"MAR": ("Caisse Nationale de Sécurité Sociale – AMO", "Casablanca"),
          "COD": ("Caisse Nationale de Sécurité Sociale", "Kinshasa/Gombe"),
          "GIN": ("Caisse Nationale de Sécurité Sociale", "Conakry"),
          "CMR": ("Caisse Nationale de Prévoyance Sociale", "Yaoundé"),
          "TUR": ("Sosyal Güvenlik Kurumu", "Ankara"), "ARM": ("State Health Agency", "Yerevan"),
          "RUS": ("Territorial Compulsory Medical Insurance Fund", "Moscow"),
          "AFG": ("Ministry of Public Health – Health Financing Directorate", "Kabul"),
          "SYR": ("Ministry of Health – Health Insurance Directorate", "Damascus")}


def coi_fund_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An e-mail exchange printed from the office's mail program: the lawyer's assistant asked a large pharmacy in
    the capital of the country of origin whether the medicine is in stock and at what price; the pharmacist's
    answer on top (stock-out for months, price when available), the question quoted under it with '>' marks; the
    program's header lines (From, Sent, To, Subject) and the print line at the foot."""
    code = c.origin()
    o, il = COUNTRIES[code], ILLNESSES[c.illness]
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR")
    city = COUNTRIES[code].get("capital", "")
    dr = drug(c.illness, "en" if en and "en" in il else "fr") if ("fr" in il or "en" in il) else drug(c.illness, "nl")
    ph = rng.choice(["Pharmacie Centrale", "Pharmacie du Progrès", "Grande Pharmacie", "Pharmacie de la Paix"])
    if en:
        ph = rng.choice(["Central Pharmacy", "City Pharmacy", "Main Street Pharmacy"])
    dom = rng.choice(["gmail.com", "yahoo.fr", "outlook.com"])
    sent = c.app_date - timedelta(days=rng.randint(10, 90))
    sh = Sheet()
    f = "sans2"
    L = c.lawyer or {"firm": "Cabinet", "city": "Bruxelles"}
    sh.text(15, 10, L["firm"], font=f, size_pt=8, color=GREY)
    sh.rule(15, 14, 195, 14, width_mm=0.3)
    y = 20
    rows = [("From:" if en else "De :", f"{ph} <{ph.lower().replace(' ', '.').replace('é', 'e').replace('è', 'e')}@{dom}>"),
            ("Sent:" if en else "Envoyé :", f"{fdate(sent, 'long', 'en' if en else 'fr')} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"),
            ("To:" if en else "À :", f"secretariaat@{L['firm'].split()[-1].lower()[:12]}.be"),
            ("Subject:" if en else "Objet :", ("RE: availability " if en else "RE: disponibilité ") + dr[:40])]
    for k_, v_ in rows:
        sh.text(15, y, k_, font=f, size_pt=9.5, bold=True)
        sh.text(38, y, v_, font=f, size_pt=9.5)
        y += 5.5
    y += 5
    ans = ([f"Good morning,", f"We confirm that {dr} has been out of stock in our pharmacy and with the wholesalers in "
            f"{city} for several months. When it arrives, the price is about {il['cost']} a month, paid by the patient; "
            f"there is no reimbursement.", "Kind regards,", ph] if en else
           ["Bonjour,", f"Nous vous confirmons que {dr} est en rupture de stock dans notre officine et chez les "
            f"grossistes de {city} depuis plusieurs mois. Lorsqu'il est disponible, le prix est d'environ "
            f"{il['cost']} par mois, à la charge du patient ; il n'y a pas de remboursement.", "Cordialement,", ph])
    for p_ in ans:
        y = sh.paragraph(15, y, 175, p_, font=f, size_pt=10.5, leading=1.45) + 3
    y += 4
    q = ([f"> Good afternoon, could you tell us whether {dr} is available in your pharmacy, and at what price?",
          "> Thank you in advance."] if en else
         [f"> Bonjour, pourriez-vous nous indiquer si {dr} est disponible dans votre officine, et à quel prix ?",
          "> Merci d'avance."])
    for p_ in q:
        y = sh.paragraph(15, y, 175, p_, font=f, size_pt=9.5, leading=1.4, color=(60, 60, 140)) + 1
    sh.text(15, 289, f"{fdate(c.app_date - timedelta(days=rng.randint(0, 5)), 'slashes')}  Outlook", font=f,
            size_pt=7, color=GREY)
    sh.text(195, 289, "1", font=f, size_pt=7, anchor="right", color=GREY)
    return [sh], {}


_reg("be9ter-coi-fr-attestation-medecin-hopital-pays-origine", "country-of-origin-info", PART, "fr/en",
     coi_health_profile_chart, "attestation of a physician in the country of origin: not available regularly, cost")
_reg("be9ter-coi-fr-courriel-pharmacie-pays-origine-rupture", "country-of-origin-info", PART, "fr/en",
     coi_fund_letter, "printed e-mail exchange with a pharmacy in the country of origin about a stock-out")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def asylum_annex26_folded_phone(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The annex 26 (the certificate of the application for international protection) that the client had
    laminated at a copy shop to keep it whole: copied on the office's flatbed in its plastic, with the pocket's rim
    and rounded corners and the lamp's glare as a pale diagonal band; the photo stapled at the top left under the
    plastic, the Immigration Office's stamp."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    d = Sheet()
    f = "serif"
    d.text(105, 12, "ROYAUME DE BELGIQUE" if fr else "KONINKRIJK BELGIË", font=f, size_pt=10, bold=True,
           anchor="center")
    d.text(105, 17, "SPF Intérieur – Office des Étrangers" if fr else "FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken",
           font=f, size_pt=9, anchor="center")
    d.text(190, 26, "ANNEXE 26" if fr else "BIJLAGE 26", font=f, size_pt=11, bold=True, anchor="right")
    d.photo(20, 30, 28, 36, rng)
    d.rule(22, 28, 30, 34, width_mm=0.6, color=(160, 160, 160))
    d.text(60, 34, ("ATTESTATION D'IMMATRICULATION DE LA DEMANDE DE PROTECTION INTERNATIONALE" if fr else
                    "BEWIJS VAN INSCHRIJVING VAN HET VERZOEK OM INTERNATIONALE BESCHERMING"), font=f, size_pt=8.5,
           bold=True)
    rows = ([("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names), ("Date de naissance", fdate(c.p.birth_date, "dots")),
             ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("Numéro SP", c.ov or "—"),
             ("Demande introduite le", fdate(lodged, "dots"))] if fr else
            [("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names), ("Geboortedatum", fdate(c.p.birth_date, "dots")),
             ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]), ("OV-nummer", c.ov or "—"),
             ("Verzoek ingediend op", fdate(lodged, "dots"))])
    y = 44
    for k_, v_ in rows:
        d.text(60, y, k_, font=f, size_pt=9.5, color=GREY)
        d.text(110, y, v_, font=f, size_pt=10.5, bold=True)
        y += 7
    d.paragraph(20, 100, 170, ("Le titulaire du présent document a introduit une demande de protection internationale. "
                               "Ce document n'est pas un titre d'identité ni un titre de nationalité." if fr else
                               "De houder van dit document heeft een verzoek om internationale bescherming ingediend. "
                               "Dit document is geen identiteitsbewijs noch nationaliteitsbewijs."), font=f,
                size_pt=9.5, leading=1.45)
    d.stamp(130, 124, ["OFFICE DES ÉTRANGERS" if fr else "DIENST VREEMDELINGENZAKEN", fdate(lodged, "dots")], rng,
            size_mm=30, color=STAMP_BLUE)
    # the client had the sheet laminated at a copy shop; copied on the flatbed, the plastic's rim shows as a
    # grey border with rounded corners and the glare of the lamp runs across it as a pale band
    img = d.render(200).convert("RGB")
    out = Sheet()
    out.rect(6, 6, 198, 285, width_mm=0.8, color=(170, 170, 170), fill=(236, 236, 236))
    out.image(10, 10, 190, 277, img)
    full = out.render(200).convert("RGB")
    mask = Image.new("L", full.size, 0)
    dr = ImageDraw.Draw(mask)
    px = 200 / 25.4
    y0 = rng.uniform(80, 200) * px
    dr.polygon([(0, y0), (210 * px, y0 - 60 * px), (210 * px, y0 - 40 * px), (0, y0 + 20 * px)], fill=95)
    mask = mask.filter(ImageFilter.GaussianBlur(25))
    full = Image.composite(Image.new("RGB", full.size, (255, 255, 255)), full, mask)
    res = Sheet()
    res.image(0, 0, 210, 297, full)
    return [res], {}


def asylum_samusocial_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A reception centre's attestation of accommodation for an applicant for international protection (a centre run
    by a partner of Fedasil): the centre's logo line, 'ATTESTATION D'HÉBERGEMENT / ATTEST VAN OPVANG', the resident's
    data in a two-row table, the sentence that the person is housed as an applicant whose application is pending,
    the social worker's signature and the centre's stamp."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    centre = (rng.choice([("Croix-Rouge de Belgique – Centre d'accueil de Rocourt", "Chaussée de Tongres 267, 4000 Liège"),
                          ("Croix-Rouge de Belgique – Centre d'accueil de Jambes", "Rue de Dave 165, 5100 Jambes")])
              if fr else
              rng.choice([("Rode Kruis-Vlaanderen – Opvangcentrum Sint-Niklaas", "Hazewindstraat 5, 9100 Sint-Niklaas"),
                          ("Rode Kruis-Vlaanderen – Opvangcentrum Deinze", "Kortrijkstraat 50, 9800 Deinze")]))
    sh = Sheet()
    f = "sans6"
    sh.rect(23.5, 12, 3, 10, width_mm=0, fill=(220, 40, 40))
    sh.rect(20, 15.5, 10, 3, width_mm=0, fill=(220, 40, 40))
    sh.text(34, 12.5, centre[0], font=f, size_pt=12, bold=True)
    sh.text(34, 18.5, centre[1], font=f, size_pt=8.5, color=GREY)
    sh.text(105, 40, "ATTESTATION D'HÉBERGEMENT" if fr else "ATTEST VAN OPVANG", font=f, size_pt=14, bold=True,
            anchor="center")
    heads = (["Nom et prénom", "Date de naissance", "Numéro SP", "Arrivée au centre"] if fr else
             ["Naam en voornaam", "Geboortedatum", "OV-nummer", "Aankomst in het centrum"])
    vals = [f"{c.p.surname.upper()} {c.p.given_names}", fdate(c.p.birth_date, "dots"), c.ov or "—",
            fdate(lodged + timedelta(days=rng.randint(1, 30)), "dots")]
    ws = [60, 34, 36, 40]
    x = 20
    for h_, v_, w_ in zip(heads, vals, ws):
        sh.rect(x, 52, w_, 7, width_mm=0.2, fill=(240, 240, 240))
        sh.text(x + 1.5, 53.5, h_, font=f, size_pt=8, bold=True)
        sh.rect(x, 59, w_, 9, width_mm=0.2)
        sh.text(x + 1.5, 61, v_[:34], font=f, size_pt=9.5)
        x += w_
    txt = (f"Nous attestons que la personne mentionnée ci-dessus est hébergée dans notre centre en tant que demandeur "
           f"de protection internationale. Sa demande, introduite le {fdate(lodged, 'dots')}, est toujours en cours "
           f"d'examen." if fr else
           f"Wij bevestigen dat bovenvermelde persoon in ons centrum wordt opgevangen als verzoeker om internationale "
           f"bescherming. Het verzoek, ingediend op {fdate(lodged, 'dots')}, is nog in behandeling.")
    y = sh.paragraph(20, 80, 170, txt, font=f, size_pt=11, leading=1.55) + 8
    when = c.app_date - timedelta(days=rng.randint(3, 25))
    sh.text(20, y, f"{centre[1].split()[-1]}, {'le ' if fr else ''}{fdate(when, 'long', 'fr' if fr else 'nl')}", font=f, size_pt=10.5)
    sh.text(20, y + 8, "L'assistant(e) social(e)" if fr else "De maatschappelijk werk(st)er", font=f, size_pt=10)
    sh.signature(22, y + 12, 40, 13, rng, color=INK_BLUE)
    sh.stamp(120, y + 4, ["CROIX-ROUGE" if fr else "RODE KRUIS", "SERVICE SOCIAL" if fr else "SOCIALE DIENST"], rng, size_mm=28,
             color=(200, 40, 40))
    return [sh], {}


def asylum_cgra_subsequent_admissible(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGRA/CGVS's decision that a subsequent application for international protection is admissible (so that it
    will be examined on the merits and is pending): the Commissioner General's letterhead, the references in a grey
    band (CG number, SP/OV number, date), the decision under a bold heading, the signature of the deputy commissioner
    printed with a scanned signature."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans4"
    sh.text(20, 12, ("SPF Intérieur – Office des Étrangers" if fr else "FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken"),
            font=f, size_pt=11, bold=True, color=(0, 60, 110))
    sh.text(20, 18, ("Boulevard Pachéco 44 – 1000 Bruxelles" if fr else "Pachecolaan 44 – 1000 Brussel"),
            font=f, size_pt=8.5, color=GREY)
    sh.text(190, 12, "ANNEXE 26quinquies" if fr else "BIJLAGE 26quinquies", font=f, size_pt=11, bold=True,
            anchor="right")
    when = lodged + timedelta(days=rng.randint(20, 60))
    cg = f"{lodged.year % 100:02d}{rng.randint(10000, 99999)}Z"
    sh.rect(20, 26, 170, 9, width_mm=0, fill=(234, 238, 242))
    sh.text(23, 28.3, (f"CG {cg}   ·   SP {c.ov or '—'}   ·   {fdate(when, 'dots')}" if fr else
                       f"CG {cg}   ·   OV {c.ov or '—'}   ·   {fdate(when, 'dots')}"), font=f, size_pt=9.5)
    sh.text(20, 46, f"{c.p.given_names} {c.p.surname.upper()}", font=f, size_pt=10.5)
    sh.text(20, 62, ("ATTESTATION DE DEMANDE ULTÉRIEURE" if fr else "BEWIJS VAN EEN VOLGEND VERZOEK"),
            font=f, size_pt=12.5, bold=True)
    sh.photo(160, 40, 25, 32, rng)
    body = (f"Il est certifié que la personne mentionnée ci-dessus a introduit le {fdate(lodged, 'dots')} une demande "
            f"ultérieure de protection internationale, qui a été transmise au Commissaire général aux réfugiés et aux "
            f"apatrides. Ce document n'est pas un titre d'identité." if fr else
            f"Er wordt verklaard dat de hierboven vermelde persoon op {fdate(lodged, 'dots')} een volgend verzoek om "
            f"internationale bescherming heeft ingediend, dat werd overgemaakt aan de Commissaris-generaal voor de "
            f"Vluchtelingen en de Staatlozen. Dit document is geen identiteitsbewijs.")
    y = sh.paragraph(20, 72, 170, body, font=f, size_pt=10.5, leading=1.55) + 10
    sh.text(20, y, ("Pour la Secrétaire d'État," if fr else "Voor de Staatssecretaris,"), font=f, size_pt=10)
    sh.signature(22, y + 4, 40, 13, rng, color=INK_BLACK)
    sh.stamp(110, y - 4, ["OFFICE DES ÉTRANGERS" if fr else "DIENST VREEMDELINGENZAKEN", fdate(when, "dots")], rng,
             size_mm=28, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-asylum-dvz-bijlage26quinquies-volgend-verzoek", "asylum-proof", PART, "fr/nl",
     asylum_cgra_subsequent_admissible,
     "Immigration Office's annex 26quinquies for a subsequent application, grey reference band, photo, stamp")
_reg("be9ter-asylum-bijlage26-geplastificeerd-glans", "asylum-proof", PART, "fr/nl", asylum_annex26_folded_phone,
     "annex 26 laminated by the client, copied in its plastic with rim and glare")
_reg("be9ter-asylum-rodekruis-opvangcentrum-attest", "asylum-proof", PART, "fr/nl", asylum_samusocial_attest,
     "Red Cross reception centre's attestation of accommodation with the resident's data in a table")


# --------------------------------------------------------------------------- registered mail

def _receipt14(c: Case, rng: random.Random) -> Sheet:
    """bpost's thermal counter receipt for a registered item (narrow, grey print, the barcode and the item number,
    the addressee, the date and time, the post office)."""
    r = Sheet(72, 120)
    r.rect(0, 0, 72, 120, width_mm=0, fill=(250, 250, 248))
    f = "mono"
    r.text(36, 4, "bpost", font="sans4", size_pt=12, bold=True, anchor="center", color=(60, 60, 60))
    r.text(36, 10, _post_office(c)[:30], font=f, size_pt=6.5, anchor="center")
    r.text(36, 14, f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font=f,
           size_pt=6.5, anchor="center")
    r.text(4, 21, "AANGETEKEND / RECOMMANDE", font=f, size_pt=6.8)
    barcode(r, 6, 26, 60, 10, c.rm_track)
    r.text(36, 37.5, track_spaced(c.rm_track), font=f, size_pt=6.5, anchor="center")
    r.text(4, 45, "Bestemmeling/Destinataire:", font=f, size_pt=6)
    for k, ln in enumerate(c.rm_to):
        r.text(4, 49 + k * 3.8, ln[:34], font=f, size_pt=6.3)
    r.text(4, 68, "Afzender/Expediteur:", font=f, size_pt=6)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        r.text(4, 72 + k * 3.8, ln[:34], font=f, size_pt=6.3)
    r.text(4, 90, f"TOTAAL / TOTAL   EUR {rng.choice(['9,96', '10,30', '10,75'])}", font=f, size_pt=6.8)
    r.text(36, 102, "Bewaar dit bewijs / Conservez ce reçu", font=f, size_pt=5.6, anchor="center")
    return r


def rm_phone_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's trainee posted the application on the way home and sent the receipt to the secretary as a
    WhatsApp photo, the receipt held on the post office's counter beside the envelope's corner; the office printed
    the photo from the PC (the messenger's file name at the top)."""
    canvas = Sheet()
    canvas.rect(0, 0, 210, 297, width_mm=0, fill=(150, 150, 158))
    canvas.rect(20, 40, 175, 120, width_mm=0, fill=(238, 232, 214))
    canvas.text(120, 60, _sender_lines(c)[0][:40], font="sans", size_pt=8, color=(90, 90, 90))
    canvas.rect(165, 46, 20, 24, width_mm=0.3, color=(200, 40, 40))
    canvas.text(175, 55, "R", font="sans4", size_pt=22, bold=True, anchor="center", color=(200, 40, 40))
    canvas.image(40, 62, 72 * 1.25, 120 * 1.25, _receipt14(c, rng).render(250))
    return [scanner_app(canvas.render(200), rng)], {"addressee": 1}


def rm_sleeve(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt glued into the office's postage book beside the handwritten line of the day's registered item
    (other items of the same day written on the lines above and below), the page copied for the file."""
    # a page of the office's postage book (portboek / registre des envois): ruled columns, the day's items written
    # in by hand, the receipt glued in beside its line with its corners lifting; the page copied for the file
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(250, 248, 240))
    f = "sans"
    cols = [(12, "Datum"), (34, "Dossier"), (84, "Bestemmeling"), (150, "Wijze"), (178, "€")]
    for x, t in cols:
        sh.text(x, 12, t, font=f, size_pt=8.5, bold=True, color=(40, 60, 110))
        sh.rule(x - 1.5, 10, x - 1.5, 287, width_mm=0.15, color=(150, 170, 200))
    for k in range(36):
        sh.rule(10, 18 + k * 7.5, 200, 18 + k * 7.5, width_mm=0.1, color=(170, 190, 215))
    lines = [(fdate(c.rm_date, "dots"), f"{c.p.surname[:14]} 9ter", (c.rm_to[0] if c.rm_to else "")[:30], "AT",
              rng.choice(["9,96", "10,30"])),
             (fdate(c.rm_date, "dots"), rng.choice(["Peeters/Vos", "Van Dam", "Lambert"]), "Rb. Antwerpen", "gewoon",
              "1,96"),
             (fdate(c.rm_date, "dots"), rng.choice(["Dubois", "Yilmaz", "Maes"]), "RvV", "AT", "9,96")]
    for k, row in enumerate(lines):
        for (x, _), v_ in zip(cols, row):
            sh.handwriting(x, 19.5 + k * 7.5, hand_safe(v_), rng, size_pt=10, color=INK_BLUE, font="hand1")
    sh.rect(58, 58, 72 * 1.15 + 2, 120 * 1.15 + 2, width_mm=0, fill=(215, 212, 205))
    sh.image(58, 58, 72 * 1.15, 120 * 1.15, _receipt14(c, rng).render(250))
    sh.rule(20, 20.5 + 3.5, 56, 60, width_mm=0.3, color=INK_BLUE)
    return [sh], {"addressee": 1}


def rm_routing_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """For the file the secretary laid the receipt on the office copy of the covering letter's first page and
    copied both together: the letter's head (the firm, the addressee block, the place and date, the subject line and
    the first lines) with the receipt over its lower half, a little turned."""
    sh = Sheet()
    f = rng.choice(["serif", "serif4"])
    L = c.lawyer or {"firm": "Advocatenkantoor", "street": "", "pc": "", "city": ""}
    sh.text(22, 14, L["firm"], font=f, size_pt=12, bold=True)
    sh.text(22, 20, f"{L.get('street', '')} · {L.get('pc', '')} {L.get('city', '')}", font=f, size_pt=8.5, color=GREY)
    sh.text(120, 34, "AANGETEKEND / RECOMMANDÉ", font=f, size_pt=9, bold=True)
    for k, ln in enumerate(c.rm_to[:4]):
        sh.text(120, 40 + k * 5, ln, font=f, size_pt=10)
    sh.text(120, 64, f"{L.get('city', '')}, {fdate(c.rm_date, 'dots')}", font=f, size_pt=10)
    sh.text(22, 76, f"Betreft / Concerne : {c.p.surname.upper()} {c.p.given_names} – 9ter", font=f, size_pt=10.5,
            bold=True)
    sh.paragraph(22, 86, 166, "Geachte heer, mevrouw, / Madame, Monsieur,\nHierbij / Ci-joint ...", font=f,
                 size_pt=10.5, leading=1.5)
    img = _receipt14(c, rng).render(250).rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, expand=True,
                                                 fillcolor=(255, 255, 255))
    sh.rect(78, 104, 72 * 1.15 + 6, 120 * 1.15 + 6, width_mm=0, fill=(255, 255, 255))
    sh.image(80, 106, 72 * 1.15, 72 * 1.15 * img.size[1] / img.size[0], img)
    return [sh], {"addressee": 1}


_reg("be9ter-rm-bon-whatsapp-foto-afgedrukt", "registered-mail-receipt", PART, "nl/fr", rm_phone_envelope,
     "counter receipt photographed on the counter beside the envelope, sent over WhatsApp and printed")
_reg("be9ter-rm-bon-geplakt-in-portboek", "registered-mail-receipt", PART, "nl/fr", rm_sleeve,
     "receipt glued into the office's postage book beside the handwritten line, page copied")
_reg("be9ter-rm-bon-op-eerste-blad-begeleidende-brief", "registered-mail-receipt", PART, "nl/fr", rm_routing_slip,
     "receipt laid on the covering letter's first page and copied with it")


# --------------------------------------------------------------------------- other

def other_declaration_thumbprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour typed by a social worker for an applicant who cannot write, in Dutch or French, read
    out to the applicant and 'signed' with the applicant's inked thumbprint beside the typed name, the social worker
    signing as witness."""
    fr = c.lang == "fr"
    sh = Sheet()
    f = "sans"
    sh.text(105, 30, "DÉCLARATION SUR L'HONNEUR" if fr else "VERKLARING OP EER", font=f, size_pt=14, bold=True,
            anchor="center")
    txt = (f"Je soussigné(e), {c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots')} à "
           f"{c.p.birth_place}, déclare sur l'honneur ne posséder ni passeport ni carte d'identité. Mes documents sont "
           f"restés dans mon pays et je n'ai aucun moyen de les obtenir." if fr else
           f"Ik, ondergetekende, {c.p.given_names} {c.p.surname.upper()}, geboren op {fdate(c.p.birth_date, 'dots')} te "
           f"{c.p.birth_place}, verklaar op eer dat ik geen paspoort of identiteitskaart heb. Mijn documenten zijn in "
           f"mijn land achtergebleven en ik kan ze niet laten overkomen.")
    y = sh.paragraph(22, 46, 166, txt, font=f, size_pt=11, leading=1.6) + 6
    y = sh.paragraph(22, y, 166, ("Cette déclaration a été traduite oralement à l'intéressé(e) dans sa langue par "
                                  "l'interprète soussigné(e), qui signe avec lui/elle." if fr else
                                  "Deze verklaring werd mondeling vertaald aan betrokkene in de eigen taal door de "
                                  "ondergetekende tolk, die mee ondertekent."), font=f, size_pt=10, leading=1.5) + 10
    when = c.app_date - timedelta(days=rng.randint(2, 20))
    sh.text(22, y, f"{c.addr.city}, {fdate(when, 'dots')}", font=f, size_pt=10.5)
    sh.text(22, y + 12, f"{c.p.given_names} {c.p.surname.upper()}", font=f, size_pt=10.5)
    sh.signature(24, y + 16, 38, 12, rng, color=INK_BLUE)
    tolk = rng.choice(["Y. Haddad", "M. Tesfaye", "A. Rahimi", "O. Kaya", "N. Petrosyan"])
    sh.text(120, y + 12, (f"L'interprète, {tolk}" if fr else f"De tolk, {tolk}"), font=f, size_pt=10)
    sh.signature(122, y + 16, 40, 13, rng, color=INK_BLACK)
    return [sh], {"identity": 1}


def other_household_composition(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The commune's certificate of household composition ('samenstelling van het gezin' / 'composition de
    ménage'), printed at the population office's counter: the commune's name, the reference person, the members in
    a table, the date and the officer's printed name with a seal."""
    fr = c.lang == "fr"
    city = c.addr.city
    sh = Sheet()
    f = "sans4"
    sh.text(20, 14, (f"CPAS de {city}" if fr else f"OCMW {city}"), font=f, size_pt=13, bold=True)
    sh.text(20, 20, "Service social général" if fr else "Algemene sociale dienst", font=f, size_pt=9.5, color=GREY)
    sh.text(105, 38, "ATTESTATION DE RÉSIDENCE" if fr else "ATTEST VAN VERBLIJF", font=f, size_pt=14, bold=True,
            anchor="center")
    sh.paragraph(20, 44, 170, ("Le CPAS atteste que les personnes suivantes résident effectivement sur le territoire de "
                               "la commune et y sont suivies par le service social :" if fr else
                               "Het OCMW bevestigt dat de volgende personen feitelijk op het grondgebied van de gemeente "
                               "verblijven en door de sociale dienst worden opgevolgd:"), font=f, size_pt=9.5)
    heads = (["Nom et prénoms", "Date de naissance", "Lien"] if fr else ["Naam en voornamen", "Geboortedatum",
                                                                          "Relatie"])
    ws = [90, 40, 40]
    y = 56
    x = 20
    for h_, w_ in zip(heads, ws):
        sh.rect(x, y, w_, 7, width_mm=0.2, fill=(235, 235, 235))
        sh.text(x + 1.5, y + 1.5, h_, font=f, size_pt=9, bold=True)
        x += w_
    members = [(f"{c.p.surname.upper()} {c.p.given_names}", fdate(c.p.birth_date, "dots"),
                "personne de référence" if fr else "referentiepersoon")]
    for m in c.family:
        members.append((f"{m.p.surname.upper()} {m.p.given_names}", fdate(m.p.birth_date, "dots"),
                        {"spouse": "conjoint(e)" if fr else "echtgeno(o)t(e)", "child": "enfant" if fr else "kind"}[m.rel]))
    y += 7
    for row in members:
        x = 20
        for v_, w_ in zip(row, ws):
            sh.rect(x, y, w_, 7, width_mm=0.2)
            sh.text(x + 1.5, y + 1.5, v_[:44], font=f, size_pt=9.5)
            x += w_
        y += 7
    when = c.app_date - timedelta(days=rng.randint(5, 40))
    sh.text(20, y + 12, f"{'Délivré le' if fr else 'Afgeleverd op'} {fdate(when, 'dots')}", font=f, size_pt=10)
    sh.text(20, y + 19, f"{'Le travailleur social,' if fr else 'De maatschappelijk werker,'} "
                        f"{rng.choice(['K. Vermeulen', 'J. Lemaire', 'S. Aerts', 'M. Dupont'])}", font=f, size_pt=10)
    sh.signature(22, y + 24, 38, 12, rng, color=INK_BLUE)
    sh.stamp(140, y + 6, [(f"CPAS DE {city}" if fr else f"OCMW {city}").upper()[:22],
                          "SERVICE SOCIAL" if fr else "SOCIALE DIENST"], rng, size_mm=26, color=STAMP_VIOLET)
    return [sh], {}


_reg("be9ter-other-declaration-tolk-tweetalig", "other", PART, "fr/nl", other_declaration_thumbprint,
     "declaration on honour translated orally by an interpreter who co-signs")
_reg("be9ter-other-attest-woonst-ocmw", "other", PART, "fr/nl", other_household_composition,
     "CPAS/OCMW social service's attestation of residence with the household in a table")
