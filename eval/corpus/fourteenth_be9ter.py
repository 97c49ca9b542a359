"""9ter families of the `fourteenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirteenth had been read, by a writer who saw neither the validator
nor its output.  Applications: a lawyer's request in the style of a pleading, speaking of 'verzoekende partij' / 'la
partie requérante' / 'the applicant', with a summary box on its first page (the key facts as a two-column list),
decimal-numbered sections (1., 1.1, 1.2 ...) and 'pagina x van y' at the top right, in Dutch, French and English; a
social service's intake sheet in landscape as a three-column table (question, answer, remark), typed, signed by the
applicant and the social worker side by side, in Dutch and French.  The 2024 certificate printed from a web
application, each question and its answer in a two-row block with the answer in a blue field and the severity shown as
a drop-down's value; the previous model typed on the lines of the printed form with the answer to F continued on an
annex page (in French and in English).  A hospital's multidisciplinary consultation report with the attendees in a
table, a day hospital's letter with the medication schedule (morning / noon / evening / night).  A country health
profile's extract with a bar chart of out-of-pocket spending, the national health insurance fund's letter that the
medicine is not reimbursed.  The annex 26 folded in four and photographed by the client with a phone scanner app, a
Samusocial reception centre's attestation with a resident table.  The receipt photographed beside its envelope with
the scanner app, the receipt scanned in its clear punched pocket, the receipt with the office's routing slip.  A
declaration on honour signed with a thumbprint beside the name, the commune's certificate of household composition.
Sentence builders ``s14_*``.  Copy habits: the phone scanner app's page, the coloured index flag
(fourteenth_identity).
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
from .fourteenth_identity import index_flag, scanner_app
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet

PART = "fourteenth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _vp(c: Case, lang: str, cap: bool = False) -> str:
    """These writers call the applicant 'verzoekende partij', 'la partie requérante', 'the applicant'."""
    s = {"nl": "verzoekende partij", "fr": "la partie requérante", "en": "the applicant"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce n° {n})", "en": f" (exhibit {n})"}[lang]


def s14_person(c: Case, lang: str) -> list[tuple[str, str]]:
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


def s14_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_vp(c, lang, True)} heeft momenteel geen vaste verblijfplaats.",
                "fr": f"{_vp(c, lang, True)} n'a actuellement pas de résidence fixe.",
                "en": "The applicant currently has no fixed place of residence."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_vp(c, lang, True)} verblijft op het adres {a}.",
            "fr": f"{_vp(c, lang, True)} réside à l'adresse suivante : {a}.",
            "en": f"The applicant resides at {a}."}[lang]


def s14_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"{_vp(c, lang, True)} doet keuze van woonplaats op het kantoor van haar raadsman, {w}.",
                "fr": f"{_vp(c, lang, True)} fait élection de domicile au cabinet de son conseil, {w}.",
                "en": f"The applicant elects domicile at the office of counsel, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Keuze van woonplaats wordt gedaan bij {c.other_domicile}.",
                "fr": f"Élection de domicile est faite chez {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Zij doet op dat adres ook keuze van woonplaats.",
            "fr": "Elle y fait également élection de domicile.",
            "en": "Domicile is elected at that same address."}[lang]


def s14_identity(c: Case, lang: str) -> str:
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
    s = {"nl": f"Ter staving van haar identiteit legt {_vp(c, lang)} voor: {lst}.",
         "fr": f"À l'appui de son identité, {_vp(c, lang)} produit : {lst}.",
         "en": f"In support of identity the applicant produces: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Ook een vervallen paspoort bewijst de identiteit.",
              "fr": " Un passeport périmé établit également l'identité.",
              "en": " An expired passport also establishes identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Samen vermelden deze stukken de naam, de geboortedatum en de nationaliteit.",
              "fr": " Ensemble, ces pièces mentionnent le nom, la date de naissance et la nationalité.",
              "en": " Together these documents state the name, date of birth and nationality."}[lang]
    return s


def s14_medical(c: Case, lang: str) -> str:
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
    return {"nl": f"Uit {src} blijkt dat {_vp(c, lang)} lijdt aan {t['name']}. {t['severity']} De behandeling "
                  f"bestaat uit {meds}.",
            "fr": f"Il ressort du {src.removeprefix('le ')} que {_vp(c, lang)} souffre de {t['name']}. {t['severity']} "
                  f"Le traitement consiste en : {meds}.",
            "en": f"According to {src}, the applicant suffers from {t['name']}. {t['severity']} The treatment "
                  f"consists of {meds}."}[lang]


def s14_coi(c: Case, lang: str) -> str | None:
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


def s14_family(c: Case, lang: str) -> str | None:
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
    return {"nl": f"De aanvraag wordt mede ingediend voor: {lst}.", "fr": f"La demande est également introduite pour : "
            f"{lst}.", "en": f"The application is also lodged for: {lst}."}[lang]


def s14_other_proc(c: Case, lang: str) -> str | None:
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


def s14_ask(c: Case, lang: str) -> str:
    return {"nl": "Om deze redenen verzoekt verzoekende partij u de aanvraag ontvankelijk en gegrond te verklaren en haar "
                  "te machtigen tot verblijf op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": "Par ces motifs, la partie requérante vous prie de déclarer la demande recevable et fondée et de "
                  "l'autoriser au séjour sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "For these reasons the applicant asks you to declare the application admissible and well founded "
                  "and to grant leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]


def _sections(c: Case, lang: str) -> list[tuple[str, list[str], str]]:
    H = {"nl": ("Verblijfplaats en woonplaatskeuze", "Gezinsleden", "Identiteit", "Medische situatie",
                "Beschikbaarheid en toegankelijkheid van de zorg", "Andere procedures"),
         "fr": ("Résidence et élection de domicile", "Membres de la famille", "Identité", "Situation médicale",
                "Disponibilité et accessibilité des soins", "Autres procédures"),
         "en": ("Residence and domicile", "Family members", "Identity", "Medical situation",
                "Availability and accessibility of care", "Other procedures")}[lang]
    out = [(H[0], [x for x in (s14_home(c, lang), s14_domicile(c, lang)) if x], "residence")]
    fam = s14_family(c, lang)
    if fam:
        out.append((H[1], [fam], "family"))
    out.append((H[2], [s14_identity(c, lang)], "identity"))
    out.append((H[3], [s14_medical(c, lang)], "medical"))
    coi = s14_coi(c, lang)
    if coi:
        out.append((H[4], [coi], "coi"))
    oth = s14_other_proc(c, lang)
    if oth:
        out.append((H[5], [oth], "parallel"))
    return out


# --------------------------------------------------------------------------- applications

_PL = {"nl": dict(title="VERZOEKSCHRIFT TOT MACHTIGING TOT VERBLIJF – ARTIKEL 9TER", box="Samenvatting",
                  to=["Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 Brussel"],
                  by="Aangetekend", page="pagina {i} van {n}", facts="Personalia",
                  open="Mevrouw, Mijnheer,", close="Met de meeste hoogachting,", sig="Voor verzoekende partij,\nhaar raadsman",
                  pieces="Inventaris", ask="Verzoek", lawyer="advocaat"),
       "fr": dict(title="REQUÊTE EN AUTORISATION DE SÉJOUR – ARTICLE 9TER", box="En résumé",
                  to=["Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"],
                  by="Recommandé", page="page {i} sur {n}", facts="Identification",
                  open="Madame, Monsieur,", close="Veuillez agréer, Madame, Monsieur, l'expression de notre haute "
                  "considération.", sig="Pour la partie requérante,\nson conseil", pieces="Inventaire",
                  ask="Dispositif", lawyer="avocat"),
       "en": dict(title="APPLICATION FOR LEAVE TO REMAIN – ARTICLE 9TER", box="Summary",
                  to=["Immigration Office", "9ter Unit", "Pachecolaan 44", "1000 Brussels"],
                  by="Registered mail", page="page {i} of {n}", facts="Personal details",
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
    rows = s14_person(c, lang)
    bh = 10 + 6 * len(rows)
    sh.rect(22, 78, 166, bh, width_mm=0.4, color=col)
    sh.rect(22, 78, 166, 7, width_mm=0, fill=tuple(min(255, 200 + v // 4) for v in col))
    sh.text(25, 79.3, W_["box"], font=f, size_pt=9.5, bold=True)
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
        para(f"{n}. {head}", bold=True, size=10.5)
        for k, t in enumerate(texts, 1):
            sh = sheets[-1]
            sh.text(22, st["y"], f"{n}.{k}", font=f, size_pt=10, color=col)
            para(t, tag=tag, x=32, w=156)
    para(W_["ask"], bold=True)
    para(s14_ask(c, lang))
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


_LS = {"nl": dict(org="CAW Oost-Brabant – Onthaal Mensen zonder Wettig Verblijf", title="Intakefiche aanvraag 9ter",
                  cols=("Vraag", "Antwoord", "Opmerking"), none="geen",
                  q=["Naam en voornamen", "Geboortedatum en -plaats", "Nationaliteit", "Rijksregister- of OV-nummer",
                     "Huidig adres", "Gekozen woonplaats", "Gezinsleden", "Identiteitsbewijs", "Ziekte en behandeling",
                     "Zorg in het land van herkomst", "Andere procedures", "Bijgevoegde stukken"],
                  sa="Handtekening aanvrager", sw="Handtekening maatschappelijk werker", date="Datum"),
       "fr": dict(org="Service social de la Free Clinic – Ixelles", title="Fiche d'accueil – demande 9ter",
                  cols=("Question", "Réponse", "Remarque"), none="néant",
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
    W, H = 297.0, 210.0
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}
    cw = (70.0, 140.0, 47.0)

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
    pr = dict(s14_person(c, lang))
    keys = list(pr)
    ans = [pr[keys[0]], pr.get(keys[1], ""), "" if "no_nationality" in c.flags else
           COUNTRIES[c.p.nationality]["adj_" + lang], c.nrn or c.ov or "",
           "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), s14_domicile(c, lang) or "",
           s14_family(c, lang) or F["none"], s14_identity(c, lang), s14_medical(c, lang), s14_coi(c, lang) or "",
           s14_other_proc(c, lang) or F["none"], "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1))
           or F["none"]]
    if "no_birthplace" not in c.flags:
        pass
    rem = {0: "", 5: "", 7: "", 9: ""}
    tagmap = {0: "personal", 4: "residence", 6: "family" if c.family else None, 7: "identity", 8: "medical",
              9: "coi" if s14_coi(c, lang) else None, 10: "parallel" if s14_other_proc(c, lang) else None,
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
        for k in range(3):
            sh.rect(x, y, cw[k], h, width_mm=0.2, color=(120, 120, 120))
            x += cw[k]
        sh.text(17, y + 1.4, q, font=f, size_pt=9.5, bold=True)
        for k, r in enumerate(rows):
            sh.text(87, y + 1.4 + k * 4.3, r, font=f, size_pt=9.5)
        if i in rem and rem[i]:
            sh.text(227, y + 1.4, rem[i], font=f, size_pt=8.5, color=GREY)
        st["y"] = y + h
    if st["y"] + 36 > H - 8:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 6
    sh.text(15, y, f"{F['date']}: {c.d(c.app_date, lang, 'dots')}", font=f, size_pt=10)
    for k, lab in enumerate((F["sa"], F["sw"])):
        x = 90 + k * 100
        sh.rect(x, y - 2, 90, 28, width_mm=0.3)
        sh.text(x + 2, y - 1, lab, font=f, size_pt=8, color=GREY)
    if "unsigned" not in c.flags:
        sh.signature(100, y + 6, 48, 15, rng, color=INK_BLUE)
        sh.signature(200, y + 6, 44, 14, rng, color=INK_BLACK)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(W - 15, H - 8, f"{'blad' if lang == 'nl' else 'feuille'} {i}/{n}", font=f, size_pt=8, anchor="right",
               color=GREY)
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-samenvattingskader-decimaal", "application", PART, "nl",
     lambda c, r: app_pleading(c, r, lang="nl"),
     "request in pleading style ('verzoekende partij'), summary box on page 1, decimal section numbers")
_reg("be9ter-app-fr-lawyer-prose-encadre-resume-decimal", "application", PART, "fr",
     lambda c, r: app_pleading(c, r, lang="fr"),
     "requête ('la partie requérante'), encadré de résumé, sections numérotées 1.1, 1.2")
_reg("be9ter-app-nl-form-intakefiche-liggend-drie-kolommen", "application", PART, "nl",
     lambda c, r: app_landscape_sheet(c, r, lang="nl"),
     "social service's intake sheet in landscape, three-column table, signed by applicant and social worker")
_reg("be9ter-app-fr-form-fiche-accueil-paysage-tableau", "application", PART, "fr",
     lambda c, r: app_landscape_sheet(c, r, lang="fr"),
     "fiche d'accueil en paysage, tableau à trois colonnes, deux signatures")
_reg("be9ter-app-en-lawyer-prose-summary-box", "application", PART, "en",
     lambda c, r: app_pleading(c, r, lang="en"),
     "the pleading-style request written in English (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_2024_webapp(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a web application the doctor filled it in with: the application's header bar
    with the model's title, each question as a small grey caption with its answer in a light-blue field under it,
    the severity as the drop-down's chosen value with its arrow, a 'Afgedrukt op / Imprimé le' line at the foot;
    signed by hand and stamped after printing."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans6"
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}
    app = rng.choice(["MediForm 9ter", "CertiMed", "eAttest Pro"])

    def new():
        sh = Sheet()
        sh.rect(0, 0, 210, 11, width_mm=0, fill=(35, 85, 140))
        sh.text(12, 3, app, font=f, size_pt=9, bold=True, color=(255, 255, 255))
        sh.text(198, 3.5, M_["model"], font=f, size_pt=7, anchor="right", color=(230, 230, 240))
        pages.append(sh)
        st["y"] = 18.0

    new()
    pages[0].text(105, 16, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
    pages[0].paragraph(25, 22, 160, M_["law"], font=f, size_pt=7.5, align="center")
    st["y"] = 36.0

    def field(lab, val, tag=None, h_min=1):
        sh = pages[-1]
        rows = sh.wrap(val or "", 172, font=f, size_pt=9.5) if val else []
        h = 3 + 4.4 * max(h_min, len(rows))
        if st["y"] + h + 6 > 276:
            new()
            sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        sh.text(16, st["y"], lab, font=f, size_pt=7.8, color=GREY)
        y = st["y"] + 3.6
        sh.rect(16, y, 178, h, width_mm=0.15, color=(170, 190, 215), fill=(234, 241, 250))
        for k, r in enumerate(rows):
            sh.text(18, y + 1.3 + k * 4.4, r, font=f, size_pt=9.5, color=(10, 30, 90))
        st["y"] = y + h + 3

    def head(t):
        if st["y"] + 16 > 276:
            new()
        pages[-1].text(14, st["y"], t, font=f, size_pt=9.5, bold=True, color=(35, 85, 140))
        st["y"] += 6

    head(M_["s1"])
    tags["patient"] = len(pages)
    field(M_["name"], v["surname"], "patient")
    field(M_["first"], v["first"])
    field(M_["bd"], v["bd"])
    field(M_["nat"], v["nat"])
    head(M_["s2"])
    field(M_["dname"], d.name(), "doctor")
    field(M_["riziv"], v["riziv"] or "")
    field(M_["daddr"], f"{d.street}, {d.pc} {d.city}")
    head(M_["s3"])
    field("", fdate(c.cert_date - timedelta(days=rng.randint(200, 2400)), "dots", lang))
    head(M_["s4"])
    field("", v["hist"])
    head(M_["s5"])
    field("", f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    head(M_["s6"])
    so = M_["sevopts"]
    sev = (v["sev"] or "").lower()
    k_sel = -1 if not sev else 3 if sev.startswith(so[3]) else 1 if sev.startswith(so[1]) else \
        0 if sev.startswith(so[0]) else 2
    sh = pages[-1]
    tags["severity"] = len(pages)
    sh.rect(16, st["y"], 60, 7, width_mm=0.2, color=(150, 160, 180), fill=(234, 241, 250))
    sh.text(18, st["y"] + 1.5, so[k_sel] if k_sel >= 0 else "—", font=f, size_pt=9.5, color=(10, 30, 90))
    sh.text(72, st["y"] + 1.2, "▼", font="sans3", size_pt=8, color=GREY)
    st["y"] += 10
    field(M_["s6b"], v["sev"], "severity")
    head(M_["s7"])
    field(M_["s7a"], v["meds"], "treatment")
    field(M_["s7b"], v["interv"])
    field(M_["s7c"], v["dur"])
    head(M_["s8"])
    field("", v["cons"])
    head(M_["s9"])
    field("", v["prog"])
    head(M_["s10"])
    field("", v["needs"])
    head(M_["s11"])
    field("", f"{M_['yes']} – {v['travel']}")
    if st["y"] + 44 > 276:
        new()
    sh = pages[-1]
    y = st["y"] + 4
    tags["signature"] = len(pages)
    sh.text(16, y, f"{M_['date']}: {v['date']}", font=f, size_pt=10)
    sh.text(16, y + 8, M_["sign"], font=f, size_pt=8.5, color=GREY)
    sh.rect(16, y + 12, 110, 30, width_mm=0.2, color=(170, 190, 215))
    if v["signed"]:
        sh.signature(24, y + 18, 48, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(134, y + 10, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=STAMP_BLUE)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(14, 288, f"{'Afgedrukt op' if lang == 'nl' else 'Imprimé le'} {fdate(c.cert_date, 'slashes')} – {app}",
               font=f, size_pt=7, color=GREY)
        p.text(196, 288, M_["page"].format(i=i, n=n), font=f, size_pt=7, anchor="right", color=GREY)
    return pages, tags


def medcert_old_lines_annex(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed blank with ruled answer lines under each heading and typed on those lines in a
    mono face (the text sitting a little off the lines); the answer to F/ did not fit and says 'voir annexe / see
    annex': it continues on a plain annex sheet with the patient's name and the doctor's initials.  Signature and
    stamp on the form's last page."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    tf = rng.choice(["typewriter2", "typewriter3", "mono"])
    dy = rng.uniform(-0.8, 0.6)
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
        arows = sh.wrap(a or "", 168, font=tf, size_pt=9.5) if a else []
        n = max(lines, len(arows))
        h = 4.2 * len(qrows) + 5.5 * n + 3
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
            sh.rule(20, y + 4.6 + k * 5.5, 192, y + 4.6 + k * 5.5, width_mm=0.1, color=(150, 150, 150))
        for k, r in enumerate(arows):
            sh.text(21, y + dy + k * 5.5, r, font=tf, size_pt=9.5)
        st["y"] = y + 5.5 * n + 3

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
    block(M_["F"], f"{v['needs'][:60]}… ({see})" if len(v["needs"]) > 60 else v["needs"])
    block(M_["G"], v["travel"], None, 1)
    if st["y"] + 44 > 280:
        pages.append(Sheet())
        st["y"] = 18
    sh = pages[-1]
    y = st["y"] + 2
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(18, y, f"{M_['date']} {v['date']}", font=tf, size_pt=9.5)
    sh.text(18, y + 6, M_["sign"], font=f, size_pt=9)
    sh.text(18, y + 12, d.name(), font=tf, size_pt=9.5)
    sh.text(18, y + 17, f"{M_['riziv']} {v['riziv']}", font=tf, size_pt=9.5)
    if v["signed"]:
        sh.signature(24, y + 22, 46, 15, rng, color=INK_BLUE)
        sh.stamp(118, y + 8, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", bool(v["riziv"])), rng,
                 size_mm=32, color=STAMP_VIOLET)
    if len(v["needs"]) > 60:
        an = Sheet()
        an.text(20, 18, {"fr": "Annexe au certificat médical type", "en": "Annex to the standard medical certificate",
                         "nl": "Bijlage bij het standaard medisch getuigschrift", "de": "Anlage"}[lang], font=f,
                size_pt=11, bold=True)
        an.text(20, 25, v["pat"] or "", font=tf, size_pt=9.5)
        an.text(20, 36, M_["F"][:80], font=f, size_pt=9, bold=True)
        an.paragraph(20, 44, 170, v["needs"], font=tf, size_pt=9.5, leading=1.5)
        if v["signed"]:
            an.text(20, 80, f"{d.first[0]}.{d.last[0]}.", font="hand1", size_pt=12, color=INK_BLUE)
        pages.append(an)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(105, 289, f"{i}/{n}", font=f, size_pt=8, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-webtoepassing-blauwe-velden-keuzelijst", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_webapp(c, r, lang="nl"),
     "2024 model printed from a web application: answers in light-blue fields, severity as a drop-down value")
_reg("be9ter-medcert-2024-fr-application-web-champs-bleus", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_webapp(c, r, lang="fr"),
     "modèle 2024 imprimé d'une application web, champs bleus, gravité en liste déroulante")
_reg("be9ter-medcert-old-fr-lignes-tapees-annexe", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_lines_annex(c, r, lang="fr"),
     "modèle précédent tapé sur les lignes du formulaire, réponse F continuée sur une annexe")
_reg("be9ter-medcert-old-en-typed-lines-annex", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_lines_annex(c, r, lang="en"),
     "previous model typed on the form's lines with an annex page, in English (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_moc_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital's report of a multidisciplinary consultation (MOC / COM): the hospital and the date of the
    meeting, the attendees in a small table (name, discipline), the question, the discussion, the conclusion and
    the plan in bold; signed by the coordinating physician."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = "sans4"
    sh = Sheet()
    when = c.medstat_date
    sh.text(20, 12, d.inst, font=f, size_pt=12, bold=True, color=(90, 40, 110))
    sh.text(20, 18, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9, color=GREY)
    sh.text(20, 32, ("RAPPORT DE CONCERTATION MULTIDISCIPLINAIRE" if fr else "VERSLAG MULTIDISCIPLINAIR OVERLEG"),
            font=f, size_pt=12.5, bold=True)
    sh.text(20, 39, (f"Patient(e) : {c.p.surname.upper()} {c.p.given_names} – {fdate(c.p.birth_date, 'dots')}" if fr
                     else f"Patiënt(e): {c.p.surname.upper()} {c.p.given_names} – {fdate(c.p.birth_date, 'dots')}"),
            font=f, size_pt=10)
    sh.text(20, 45, (f"Réunion du {fdate(when, 'long', 'fr')}" if fr else f"Overleg van {fdate(when, 'long', 'nl')}"),
            font=f, size_pt=9.5, color=GREY)
    att = [(d.name(), SPECIALTY[d.spec].get(lang, "")),
           (rng.choice(["Dr M. Claes", "Dr S. Lambert", "Dr P. Wouters"]), "médecine interne" if fr else "inwendige geneeskunde"),
           (rng.choice(["A. Janssens", "C. Dubois", "H. Maes"]), "infirmier(ère) coordinateur" if fr else "verpleegkundig coördinator"),
           (rng.choice(["L. Peeters", "N. Renard"]), "assistant(e) social(e)" if fr else "sociaal werker")]
    y = 52
    sh.rect(20, y, 170, 6, width_mm=0.2, fill=(235, 228, 240))
    sh.text(22, y + 1.2, "Présents" if fr else "Aanwezig", font=f, size_pt=8.5, bold=True)
    sh.text(100, y + 1.2, "Discipline", font=f, size_pt=8.5, bold=True)
    y += 6
    for a, b in att:
        sh.rect(20, y, 170, 6, width_mm=0.15)
        sh.text(22, y + 1.2, a, font=f, size_pt=9)
        sh.text(100, y + 1.2, b, font=f, size_pt=9)
        y += 6
    secs = ([("Diagnostic", f"{T['name']}. {T['severity']}"), ("Traitement en cours", "; ".join(T["meds"]) + ". "
             + T["intervention"]), ("Conclusion", f"{T['needs']} {T['prognosis']}")] if fr else
            [("Diagnose", f"{T['name']}. {T['severity']}"), ("Lopende behandeling", "; ".join(T["meds"]) + ". "
             + T["intervention"]), ("Besluit", f"{T['needs']} {T['prognosis']}")])
    y += 6
    for h, t in secs:
        sh.text(20, y, h, font=f, size_pt=10.5, bold=True, color=(90, 40, 110))
        y = sh.paragraph(20, y + 5.5, 170, t, font=f, size_pt=10, leading=1.45, bold=h in ("Conclusion", "Besluit")) + 4
    sh.text(20, y + 4, ("Le médecin coordinateur" if fr else "De coördinerend arts"), font=f, size_pt=9.5)
    sh.signature(22, y + 8, 42, 14, rng, color=INK_BLUE)
    sh.text(20, y + 24, f"{d.name()} – {'INAMI' if fr else 'RIZIV'} {d.riziv}", font=f, size_pt=9.5)
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
    sh.text(20, 18, ("Hôpital de jour – " if fr else "Dagziekenhuis – ") + SPECIALTY[d.spec].get(lang, ""), font=f,
            size_pt=9.5, color=GREY)
    sh.text(120, 32, (f"Dr {c.doctor.last}" if fr else f"Dr. {c.doctor.last}"), font=f, size_pt=10)
    sh.text(120, 37, f"{c.doctor.pc} {c.doctor.city}", font=f, size_pt=10)
    sh.text(20, 52, (f"Concerne : {c.p.given_names} {c.p.surname.upper()} (°{fdate(c.p.birth_date, 'dots')})" if fr else
                     f"Betreft: {c.p.given_names} {c.p.surname.upper()} (°{fdate(c.p.birth_date, 'dots')})"), font=f,
            size_pt=10.5, bold=True)
    sh.text(20, 58, fdate(c.medstat_date, "long", lang), font=f, size_pt=9.5, color=GREY)
    y = sh.paragraph(20, 68, 170, (f"Cher confrère, votre patient(e) est suivi(e) à notre hôpital de jour pour "
                                   f"{T['name']}. {T['severity']}" if fr else
                                   f"Geachte collega, uw patiënt(e) wordt in ons dagziekenhuis gevolgd voor "
                                   f"{T['name']}. {T['severity']}"), font=f, size_pt=10.5, leading=1.5) + 5
    cols = (["Médicament", "Matin", "Midi", "Soir", "Nuit"] if fr else ["Geneesmiddel", "Ochtend", "Middag", "Avond",
                                                                          "Nacht"])
    ws = [90, 20, 20, 20, 20]
    x = 20
    for k, t in enumerate(cols):
        sh.rect(x, y, ws[k], 7, width_mm=0.2, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 1.5, t, font=f, size_pt=9, bold=True)
        x += ws[k]
    y += 7
    for m in T["meds"]:
        x = 20
        doses = [m[:52], rng.choice(["1", "1", "½"]), rng.choice(["–", "1"]), rng.choice(["1", "–"]), "–"]
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
    index_flag(sh, rng)
    return [sh], {}


_reg("be9ter-medstat-moc-verslag-aanwezigentabel", "medical-statement", PART, "fr/nl", medstat_moc_report,
     "hospital's multidisciplinary consultation report with the attendees in a table, conclusion in bold")
_reg("be9ter-medstat-dagziekenhuis-medicatieschema", "medical-statement", PART, "fr/nl",
     medstat_dayhospital_schedule, "day hospital's letter to the GP with a medication schedule table, index flag")


# --------------------------------------------------------------------------- country-of-origin information

def coi_health_profile_chart(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An extract of an international organisation's country health profile: the profile's title band, two
    columns of text, a bar chart of out-of-pocket spending as a share of health spending over five years with the
    figures on the bars, the source line under the chart; printed from the PDF (page number of the original at the
    foot)."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), "fr")
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    sh = Sheet()
    f = "sans5"
    sh.rect(15, 12, 180, 16, width_mm=0, fill=(0, 110, 150))
    sh.text(19, 15, f"Profil sanitaire de pays – {cn}", font=f, size_pt=13, bold=True, color=(255, 255, 255))
    sh.text(19, 22, "Financement de la santé et accès aux médicaments", font=f, size_pt=8.5, color=(220, 240, 250))
    left = (f"Les dépenses de santé restent largement à la charge des ménages. {o['insurance_fr']} Les médicaments "
            f"essentiels ne sont disponibles de façon régulière que dans quelques structures, dont {o['hospital']}.")
    right = (f"Pour les maladies chroniques, le coût mensuel d'un traitement comme {dr} (≈ {il['cost']}) dépasse "
             f"souvent le revenu d'un ménage, le salaire moyen étant de {o['wage']}. Les ruptures de stock sont "
             "fréquentes en dehors de la capitale.")
    sh.paragraph(15, 36, 86, left, font=f, size_pt=9.5, leading=1.45, align="justify")
    sh.paragraph(109, 36, 86, right, font=f, size_pt=9.5, leading=1.45, align="justify")
    y0, x0 = 160, 30
    sh.text(15, 96, "Dépenses directes des ménages (% des dépenses courantes de santé)", font=f, size_pt=9.5,
            bold=True)
    sh.rule(x0, y0, x0 + 150, y0, width_mm=0.3)
    base = rng.randint(38, 62)
    for k in range(5):
        val = base + rng.randint(-4, 4)
        h = val * 0.9
        sh.rect(x0 + 8 + k * 29, y0 - h, 18, h, width_mm=0, fill=(0, 110, 150))
        sh.text(x0 + 17 + k * 29, y0 - h - 5, f"{val} %", font=f, size_pt=8.5, anchor="center")
        sh.text(x0 + 17 + k * 29, y0 + 2, str(c.app_date.year - 6 + k), font=f, size_pt=8.5, anchor="center")
    sh.text(15, y0 + 10, "Source : base de données mondiale sur les dépenses de santé (GHED), extraction "
            f"{c.app_date.year - 1}.", font=f, size_pt=7.5, color=GREY)
    sh.text(105, 288, f"— {rng.randint(12, 48)} —", font=f, size_pt=8, anchor="center", color=GREY)
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
    """A letter of the country's national health insurance fund (or the ministry's insurance department), in French
    (or in English for the countries that write in English), answering the applicant's relative that the medicine is
    not on the list of reimbursed products and that the applicant is not affiliated; signed, stamped, sent by e-mail
    and printed by the office."""
    code = c.origin()
    fund, city = _FUNDS.get(code, ("Caisse Nationale d'Assurance Maladie", COUNTRIES[code].get("capital", "")))
    il = ILLNESSES[c.illness]
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR")
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    sh = Sheet()
    f = "serif"
    sh.text(20, 14, fund, font=f, size_pt=12, bold=True)
    sh.text(20, 20, f"{'Direction des prestations' if not en else 'Benefits Department'} – {city}", font=f,
            size_pt=9.5, color=GREY)
    when = c.app_date - timedelta(days=rng.randint(20, 120))
    sh.text(190, 34, f"{city}, {fdate(when, 'dots')}", font=f, size_pt=10, anchor="right")
    sh.text(20, 44, f"N/Réf. : DP/{rng.randint(100, 999)}/{when.year}" if not en else
            f"Ref.: BD/{rng.randint(100, 999)}/{when.year}", font=f, size_pt=9.5)
    sh.text(20, 52, ("Objet : demande d'information – prise en charge" if not en else
                     "Subject: request for information – coverage"), font=f, size_pt=10.5, bold=True)
    body = (["Monsieur, Madame,", f"Suite à votre demande concernant {c.p.given_names} {c.p.surname.upper()}, né(e) le "
             f"{fdate(c.p.birth_date, 'dots')}, nous vous informons que l'intéressé(e) n'est pas immatriculé(e) "
             f"auprès de notre Caisse.", f"Par ailleurs, la spécialité {dr} ne figure pas sur la liste des "
             f"médicaments remboursables. Les frais en restent entièrement à la charge du patient.",
             "Veuillez agréer nos salutations distinguées."] if not en else
            ["Dear Sir or Madam,", f"With reference to your enquiry about {c.p.given_names} {c.p.surname.upper()}, born "
             f"{fdate(c.p.birth_date, 'dots')}, we inform you that the person is not registered with our scheme.",
             f"Furthermore, {drug(c.illness, 'en') if 'en' in il else dr} is not on the list of reimbursable "
             "medicines; its cost is borne entirely by the patient.", "Yours faithfully,"])
    y = 64
    for p_ in body:
        y = sh.paragraph(20, y, 170, p_, font=f, size_pt=11, leading=1.5) + 4
    sh.text(120, y + 4, "Le Directeur des prestations" if not en else "Head of Benefits", font=f, size_pt=10.5)
    sh.stamp(112, y + 8, [fund[:26].upper(), city.upper()[:16]], rng, size_mm=28, color=(40, 90, 60))
    sh.signature(126, y + 12, 40, 13, rng)
    sh.text(15, 290, f"Transmis par e-mail le {fdate(when + timedelta(days=rng.randint(1, 9)), 'dots')}", font="sans",
            size_pt=7, color=GREY)
    return [sh], {}


_reg("be9ter-coi-fr-landenprofiel-staafdiagram-eigen-bijdrage", "country-of-origin-info", PART, "fr",
     coi_health_profile_chart, "country health profile extract in two columns with a bar chart of out-of-pocket spending")
_reg("be9ter-coi-fr-ziekenfonds-herkomstland-niet-terugbetaald", "country-of-origin-info", PART, "fr/en",
     coi_fund_letter, "the origin country's health insurance fund's letter: medicine not reimbursed, not affiliated")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def asylum_annex26_folded_phone(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The annex 26 (the certificate of the application for international protection) the client keeps folded in
    four in a wallet, photographed unfolded on a table with a phone scanner app: the two folds as a light cross,
    the photo stapled at the top left, the Immigration Office's stamp; printed by the office."""
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
    d.rule(0, 148.5, 210, 148.5, width_mm=0.5, color=(205, 205, 200))
    d.rule(105, 0, 105, 297, width_mm=0.5, color=(205, 205, 200))
    canvas = Sheet()
    canvas.rect(6, 6, 198, 285, width_mm=0, fill=(120, 95, 70))
    canvas.image(12, 12, 186, 263, d.render(150))
    return [scanner_app(canvas.render(150), rng, dpi=150)], {}


def asylum_samusocial_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A reception centre's attestation of accommodation for an applicant for international protection (a centre run
    by a partner of Fedasil): the centre's logo line, 'ATTESTATION D'HÉBERGEMENT / ATTEST VAN OPVANG', the resident's
    data in a two-row table, the sentence that the person is housed as an applicant whose application is pending,
    the social worker's signature and the centre's stamp."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    centre = rng.choice([("Samusocial – Centre Poincaré", "Boulevard Poincaré 78, 1070 Bruxelles"),
                         ("Samusocial – Centre Woluwe", "Avenue de Tervueren 196, 1150 Bruxelles"),
                         ("Samusocial – Opvangcentrum Neder-over-Heembeek", "Van Praetlaan 1, 1120 Brussel")])
    sh = Sheet()
    f = "sans6"
    sh.rect(20, 12, 10, 10, width_mm=0, fill=(220, 40, 40))
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
    sh.text(20, y, f"{'Bruxelles, le' if fr else 'Brussel,'} {fdate(when, 'dots')}", font=f, size_pt=10.5)
    sh.text(20, y + 8, "L'assistant(e) social(e)" if fr else "De maatschappelijk werk(st)er", font=f, size_pt=10)
    sh.signature(22, y + 12, 40, 13, rng, color=INK_BLUE)
    sh.stamp(120, y + 4, ["SAMUSOCIAL", "SERVICE SOCIAL" if fr else "SOCIALE DIENST"], rng, size_mm=28,
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
    sh.text(20, 12, ("Commissariat général aux réfugiés et aux apatrides" if fr else
                     "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen"), font=f, size_pt=11, bold=True,
            color=(0, 60, 110))
    sh.text(20, 18, ("Rue Ernest Blerot 39 – 1070 Bruxelles" if fr else "Ernest Blerotstraat 39 – 1070 Brussel"),
            font=f, size_pt=8.5, color=GREY)
    when = lodged + timedelta(days=rng.randint(20, 60))
    cg = f"{lodged.year % 100:02d}{rng.randint(10000, 99999)}Z"
    sh.rect(20, 26, 170, 9, width_mm=0, fill=(234, 238, 242))
    sh.text(23, 28.3, (f"CG {cg}   ·   SP {c.ov or '—'}   ·   {fdate(when, 'dots')}" if fr else
                       f"CG {cg}   ·   OV {c.ov or '—'}   ·   {fdate(when, 'dots')}"), font=f, size_pt=9.5)
    sh.text(20, 46, f"{c.p.given_names} {c.p.surname.upper()}", font=f, size_pt=10.5)
    sh.text(20, 62, ("DÉCISION : DEMANDE ULTÉRIEURE RECEVABLE" if fr else "BESLISSING: VOLGEND VERZOEK ONTVANKELIJK"),
            font=f, size_pt=12.5, bold=True)
    body = (f"Votre demande ultérieure de protection internationale, introduite le {fdate(lodged, 'dots')}, est "
            f"déclarée recevable. Elle sera examinée quant au fond ; vous serez convoqué(e) pour un entretien "
            f"personnel. Pendant cet examen, vous restez demandeur de protection internationale." if fr else
            f"Uw volgend verzoek om internationale bescherming, ingediend op {fdate(lodged, 'dots')}, wordt "
            f"ontvankelijk verklaard. Het wordt ten gronde onderzocht; u wordt opgeroepen voor een persoonlijk "
            f"onderhoud. Tijdens dat onderzoek blijft u verzoeker om internationale bescherming.")
    y = sh.paragraph(20, 72, 170, body, font=f, size_pt=10.5, leading=1.55) + 10
    sh.text(20, y, ("Pour le Commissaire général," if fr else "Voor de Commissaris-generaal,"), font=f, size_pt=10)
    sh.signature(22, y + 4, 40, 13, rng, color=INK_BLACK)
    sh.text(20, y + 19, ("Commissaire adjoint" if fr else "Adjunct-commissaris"), font=f, size_pt=10)
    return [sh], {}


_reg("be9ter-asylum-cgvs-volgend-verzoek-ontvankelijk", "asylum-proof", PART, "fr/nl",
     asylum_cgra_subsequent_admissible,
     "CGRA/CGVS decision declaring a subsequent application admissible (pending on the merits), grey reference band")
_reg("be9ter-asylum-bijlage26-gevouwen-gsm-scanapp", "asylum-proof", PART, "fr/nl", asylum_annex26_folded_phone,
     "annex 26 folded in four, photographed on a table with a phone scanner app, printed")
_reg("be9ter-asylum-samusocial-attest-opvang-tabel", "asylum-proof", PART, "fr/nl", asylum_samusocial_attest,
     "Samusocial reception centre's attestation of accommodation with the resident's data in a table")


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
    """The secretary photographed the receipt lying on the envelope's corner with her phone, the scanner app
    cropped the picture, the office printed it on A4."""
    canvas = Sheet()
    canvas.rect(20, 40, 175, 120, width_mm=0, fill=(238, 232, 214))
    canvas.text(120, 60, _sender_lines(c)[0][:40], font="sans", size_pt=8, color=(90, 90, 90))
    canvas.rect(165, 46, 20, 24, width_mm=0.3, color=(200, 40, 40))
    canvas.text(175, 55, "R", font="sans4", size_pt=22, bold=True, anchor="center", color=(200, 40, 40))
    canvas.image(40, 62, 72 * 1.25, 120 * 1.25, _receipt14(c, rng).render(250))
    return [scanner_app(canvas.render(200), rng)], {"addressee": 1}


def rm_sleeve(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt kept in a clear punched pocket in the file and scanned without taking it out: the pocket's
    perforated edge with its holes at the left, the plastic's faint sheen in diagonal bands, the receipt a little
    askew inside."""
    sh = Sheet()
    sh.rect(10, 0, 200, 297, width_mm=0, fill=(246, 247, 250))
    sh.rect(10, 0, 14, 297, width_mm=0, fill=(236, 238, 244))
    for k in range(11):
        y = 20 + k * 25
        sh.rect(15, y, 5, 5, width_mm=0.3, color=(170, 170, 180), fill=(255, 255, 255))
    sh.image(60, 40, 72 * 1.15, 120 * 1.15, _receipt14(c, rng).render(250))
    img = sh.render(200).convert("RGB")
    mask = Image.new("L", img.size, 0)
    dr = ImageDraw.Draw(mask)
    px = 200 / 25.4
    for k in range(4):
        x0 = (40 + k * 45) * px
        dr.line([(x0, 297 * px), (x0 + 120 * px, 0)], fill=70, width=int((4 + k) * px))
    img = Image.composite(Image.new("RGB", img.size, (255, 255, 255)), img, mask)
    out = Sheet()
    out.image(0, 0, 210, 297, img)
    return [out], {"addressee": 1}


def rm_routing_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt stapled to the office's routing slip for outgoing mail ('Verzendfiche / Fiche d'envoi': the
    file's name and number, the addressee, boxes for 'gewoon / aangetekend / met ontvangstbewijs' with 'aangetekend'
    ticked, the secretary's initials and the date), both copied together."""
    sh = Sheet()
    f = "sans2"
    L = c.lawyer or {"firm": "Advocatenkantoor"}
    sh.rect(20, 16, 170, 90, width_mm=0.4)
    sh.text(24, 19, f"{L['firm']} – VERZENDFICHE / FICHE D'ENVOI", font=f, size_pt=10.5, bold=True)
    rows = [("Dossier", f"{c.p.surname.upper()} / 9ter – {c.rm_date.year}/{rng.randint(100, 999)}"),
            ("Bestemmeling / Destinataire", c.rm_to[0] if c.rm_to else ""),
            ("Datum / Date", fdate(c.rm_date, "dots"))]
    y = 28
    for a, b in rows:
        sh.text(24, y, a, font=f, size_pt=9, color=GREY)
        sh.text(80, y, b[:52], font=f, size_pt=10)
        y += 8
    opts = ["gewoon / ordinaire", "aangetekend / recommandé", "met ontvangstbewijs / avec AR"]
    for k, o in enumerate(opts):
        x = 24 + k * 55
        sh.rect(x, y + 2, 4, 4, width_mm=0.3)
        sh.text(x + 6, y + 1.8, o, font=f, size_pt=8.5)
        if k == 1:
            sh.handwriting(x - 0.5, y - 0.5, "x", rng, size_pt=13, color=INK_BLUE, font="hand4")
    sh.text(24, y + 14, "Paraaf secretariaat:", font=f, size_pt=9, color=GREY)
    sh.handwriting(62, y + 12, rng.choice(["KV", "SdB", "ML", "AH"]), rng, size_pt=13, color=INK_BLUE, font="hand1")
    sh.image(70, 120, 72 * 1.1, 120 * 1.1, _receipt14(c, rng).render(250))
    sh.rule(72, 121, 80, 118, width_mm=0.7, color=(130, 130, 130))
    return [sh], {"addressee": 1}


_reg("be9ter-rm-bon-op-envelop-gsm-scanapp", "registered-mail-receipt", PART, "nl/fr", rm_phone_envelope,
     "counter receipt photographed on the envelope's corner with a phone scanner app, printed on A4")
_reg("be9ter-rm-bon-in-showtas-gescand", "registered-mail-receipt", PART, "nl/fr", rm_sleeve,
     "receipt scanned inside its clear punched pocket, the pocket's holes and sheen visible")
_reg("be9ter-rm-bon-geniet-aan-verzendfiche", "registered-mail-receipt", PART, "nl/fr", rm_routing_slip,
     "receipt stapled to the office's outgoing-mail routing slip with 'aangetekend' ticked")


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
    y = sh.paragraph(22, y, 166, ("Cette déclaration a été lue et traduite à l'intéressé(e), qui ne sait pas écrire, "
                                  "et qui y a apposé son empreinte digitale." if fr else
                                  "Deze verklaring werd voorgelezen en vertaald aan betrokkene, die niet kan schrijven "
                                  "en er de afdruk van de duim op plaatste."), font=f, size_pt=10, leading=1.5) + 10
    when = c.app_date - timedelta(days=rng.randint(2, 20))
    sh.text(22, y, f"{c.addr.city}, {fdate(when, 'dots')}", font=f, size_pt=10.5)
    sh.text(22, y + 12, f"{c.p.given_names} {c.p.surname.upper()}", font=f, size_pt=10.5)
    tp = Image.new("L", (160, 210), 255)
    dr = ImageDraw.Draw(tp)
    for k in range(15):
        dx, dy = 6 + k * 5, 6 + k * 6.5
        dr.ellipse([dx + rng.uniform(-2, 2), dy, 160 - dx, 210 - dy * 0.8], outline=rng.randint(40, 110), width=3)
    tp = tp.filter(ImageFilter.GaussianBlur(1.2))
    ink = Image.new("RGB", tp.size, (55, 50, 95))
    thumb = Image.composite(Image.new("RGB", tp.size, (255, 255, 255)), ink, tp)
    sh.image(88, y + 4, 15, 20, thumb)
    sh.text(130, y + 12, "Témoin :" if fr else "Getuige:", font=f, size_pt=10)
    sh.signature(130, y + 16, 40, 13, rng, color=INK_BLUE)
    return [sh], {"identity": 1}


def other_household_composition(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The commune's certificate of household composition ('samenstelling van het gezin' / 'composition de
    ménage'), printed at the population office's counter: the commune's name, the reference person, the members in
    a table, the date and the officer's printed name with a seal."""
    fr = c.lang == "fr"
    city = c.addr.city
    sh = Sheet()
    f = "sans4"
    sh.text(20, 14, (f"Commune de {city}" if fr else f"Gemeente {city}"), font=f, size_pt=13, bold=True)
    sh.text(20, 20, "Service Population" if fr else "Dienst Bevolking", font=f, size_pt=9.5, color=GREY)
    sh.text(105, 38, "COMPOSITION DE MÉNAGE" if fr else "SAMENSTELLING VAN HET GEZIN", font=f, size_pt=14, bold=True,
            anchor="center")
    heads = (["Nom et prénoms", "Date de naissance", "Lien"] if fr else ["Naam en voornamen", "Geboortedatum",
                                                                          "Relatie"])
    ws = [90, 40, 40]
    y = 52
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
    sh.text(20, y + 19, f"{'Pour le Bourgmestre,' if fr else 'Voor de burgemeester,'} "
                        f"{rng.choice(['K. Vermeulen', 'J. Lemaire', 'S. Aerts', 'M. Dupont'])}", font=f, size_pt=10)
    sh.stamp(140, y + 6, [(f"COMMUNE DE {city}" if fr else f"GEMEENTE {city}").upper()[:22],
                          "POPULATION" if fr else "BEVOLKING"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-duimafdruk-getuige", "other", PART, "fr/nl", other_declaration_thumbprint,
     "declaration on honour typed for an applicant who cannot write, thumbprint and witness")
_reg("be9ter-other-gezinssamenstelling-gemeente-loket", "other", PART, "fr/nl", other_household_composition,
     "commune's certificate of household composition printed at the counter, members in a table")
