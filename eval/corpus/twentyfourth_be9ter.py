"""9ter families of the `twentyfourth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentythird had been read, by a writer who saw neither the
validator nor its output.  Applications: a lawyer's letter whose paragraphs carry their topic as a side heading in
the left margin ('Persoonsgegevens', 'Verblijf', ...), the applicant called 'mijn cliënt / cliënte', 'mon client /
ma cliente', 'my client', the place and date at the top right, the pages numbered '- n -' at the top from the second
page, the signature at the left under the closing, unlabelled, over the typed name (Dutch, French, English); an
organisation's fillable PDF form printed with the section titles in white on black bars, the values in Courier on
underlined fields, the applicant's signature over a line with the label under it (Dutch, French).  The 2024
certificate filled in on the computer as a table whose rows are shaded alternately, the severity as radio circles
(Dutch, French); the previous model printed blank and filled in by hand in blue ballpoint on ruled lines (German,
English).  A specialist's consultation report with a table of lab values; a GP's handwritten letter on the practice's
A5 letter paper.  A medicines-availability table printed from a web database; a copied newspaper article on
stock-outs.  Fedasil's designation of a reception place; the CGRS/CGVS's status letter to the lawyer.  bpost's
counter ticket glued on an A4 sheet with a typed caption; bpost's track-and-trace page printed after delivery;
the pink acknowledgement of receipt signed by the Immigration Office.  A typed declaration on honour signed before
two witnesses, the first page of a lease, a pharmacy's medication schedule.  Sentence builders ``s24_*``.
"""
from __future__ import annotations

import random
from datetime import timedelta

from .be9ter import (COUNTRIES, ILLNESSES, INK_BLACK, INK_BLUE, MC_NEW, MC_OLD, SPECIALTY, STAMP_BLUE, STAMP_RED,
                     STAMP_VIOLET, Case, _post_office, _reg, _sender_lines, addr_str, barcode, cname, drug, fdate,
                     name_in, track_spaced)
from .fresh_be9ter import _stamp_lines, _values
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm

PART = "twentyfourth"
GREY = (105, 105, 105)
BALL = (25, 45, 150)


def _wrap(text: str, w: float, font: str, size: float) -> list[str]:
    out, cur = [], ""
    for wd in str(text).split():
        t = (cur + " " + wd).strip()
        if cur and text_width_mm(t, font, size) * 1.04 > w:
            out.append(cur)
            cur = wd
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------- sentences (s24_*)

def _cl(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "mijn cliënte" if c.fem else "mijn cliënt", "fr": "ma cliente" if c.fem else "mon client",
         "en": "my client"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "en": f" [exhibit {n}]"}[lang]


def s24_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    where = f"{p.birth_place}, {cname(c.birth_cc(), lang)}"
    if lang == "nl":
        s = f"{_cl(c, lang, True)} heet {nm} en is geboren op {bd}" + ("" if nb else f" in {where}") + "."
        if not nn:
            s += f" {'Zij' if c.fem else 'Hij'} is van {adj} nationaliteit."
        s += (f" Rijksregisternummer: {c.nrn}." if c.nrn else f" Referentie DVZ: {c.ov}.")
        return s
    if lang == "fr":
        s = f"{_cl(c, lang, True)} se nomme {nm} ; {'elle' if c.fem else 'il'} est né{'e' if c.fem else ''} le {bd}" + \
            ("" if nb else f" à {where}") + "."
        if not nn:
            s += f" {'Elle' if c.fem else 'Il'} possède la nationalité {adj}."
        s += (f" Numéro de registre national : {c.nrn}." if c.nrn else f" Référence OE : {c.ov}.")
        return s
    s = f"{_cl(c, lang, True)} is {nm}, born on {bd}" + ("" if nb else f" in {where}") + "."
    if not nn:
        s += f" {'She' if c.fem else 'He'} is a {COUNTRIES[p.nationality]['adj_en']} national."
    s += (f" National register number {c.nrn}." if c.nrn else f" Immigration Office reference {c.ov}.")
    return s


def s24_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_cl(c, lang, True)} logeert afwisselend bij vrienden en kennissen.",
                "fr": f"{_cl(c, lang, True)} loge tantôt chez des amis, tantôt chez des connaissances.",
                "en": f"{_cl(c, lang, True)} stays with friends and acquaintances in turn."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_cl(c, lang, True)} woont feitelijk in {a}.",
            "fr": f"{_cl(c, lang, True)} réside effectivement {a}.",
            "en": f"{_cl(c, lang, True)} lives at {a}."}[lang]


def s24_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"Voor deze procedure kiest {_cl(c, lang)} woonplaats op mijn kantoor, {L['street']}, "
                      f"{L['pc']} {L['city']}.",
                "fr": f"Pour la présente procédure, {_cl(c, lang)} élit domicile en mon cabinet, {L['street']}, "
                      f"{L['pc']} {L['city']}.",
                "en": f"For this procedure {_cl(c, lang)} elects domicile at my office, {L['street']}, {L['pc']} "
                      f"{L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{_cl(c, lang, True)} kiest woonplaats bij {c.other_domicile}.",
                "fr": f"{_cl(c, lang, True)} élit domicile auprès de {c.other_domicile}.",
                "en": f"{_cl(c, lang, True)} elects domicile with {c.other_domicile}."}[lang]
    return {"nl": "Op dat adres wordt eveneens woonplaats gekozen.",
            "fr": "Il est également fait élection de domicile à cette adresse.",
            "en": "Domicile is elected at that same address."}[lang]


def s24_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _ref(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_cl(c, lang, True)} diende op {d} een verzoek om internationale bescherming in dat nog "
                      f"steeds hangende is{r}. Een identiteitsbewijs is daarom niet vereist.",
                "fr": f"{_cl(c, lang, True)} a introduit le {d} une demande de protection internationale toujours "
                      f"pendante{r}. Aucun document d'identité n'est donc requis.",
                "en": f"{_cl(c, lang, True)} applied for international protection on {d}; that application is still "
                      f"pending{r}, so no identity document is required."}[lang]
    if k == "none":
        return {"nl": f"{_cl(c, lang, True)} kan op dit moment geen enkel identiteitsdocument voorleggen.",
                "fr": f"{_cl(c, lang, True)} n'est actuellement pas en mesure de produire un document d'identité.",
                "en": f"{_cl(c, lang, True)} cannot produce any identity document at present."}[lang]
    items = [d + _ref(c, key, lang) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling daarvan", "fr": "sa traduction jurée",
                      "en": "its sworn translation"}[lang] + _ref(c, "id-tr", lang))
    lst = "; ".join(items) or "—"
    s = {"nl": f"De identiteit van {_cl(c, lang)} blijkt uit: {lst}.",
         "fr": f"L'identité de {_cl(c, lang)} est établie par : {lst}.",
         "en": f"My client's identity is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet aan de bewijswaarde voor de identiteit niets af.",
              "fr": " L'expiration du passeport n'enlève rien à sa valeur probante quant à l'identité.",
              "en": " That the passport has expired does not affect its value as proof of identity."}[lang]
    return s


def s24_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het medisch verslag van {doc} van {cd}", "fr": f"le rapport médical du {doc} du {cd}",
               "en": f"the medical report of {doc} dated {cd}"}[lang] + _ref(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type du {doc} daté du {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _ref(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Volgens {src} lijdt {_cl(c, lang)} aan {t['name']}. {t['severity']} De behandeling bestaat uit "
                  f"{meds}.",
            "fr": f"Selon {src}, {_cl(c, lang)} souffre de {t['name']}. {t['severity']} Le traitement comprend "
                  f"{meds}.",
            "en": f"According to {src}, {_cl(c, lang)} suffers from {t['name']}. {t['severity']} Treatment: "
                  f"{meds}."}[lang]


def s24_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ref(c, "coi", lang), drug(c.illness, lang)
    ins = o["insurance_" + lang]
    return {"nl": f"In {cn} is {dr} enkel beschikbaar in {o['hospital']}{r} en kost het ongeveer {il['cost']} per "
                  f"maand, bij een gemiddeld loon van {o['wage']}. {ins}",
            "fr": f"En {cn}, {dr} n'est disponible qu'à {o['hospital']}{r}, au prix d'environ {il['cost']} par mois, "
                  f"pour un salaire moyen de {o['wage']}. {ins}",
            "en": f"In {cn}, {dr} is only available at {o['hospital']}{r}, at about {il['cost']} a month, while the "
                  f"average wage is {o['wage']}. {ins}"}[lang]


def s24_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "de echtgeno(o)t(e)", "child": "het kind"},
           "fr": {"spouse": "le/la conjoint(e)", "child": "l'enfant"},
           "en": {"spouse": "the spouse", "child": "the child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, {c.d(q.birth_date, lang)}, "
                   f"{q.birth_place}{nat}{_ref(c, f'fam{i}', lang)}")
    return {"nl": "De aanvraag geldt ook voor " + " en ".join(out) + ".",
            "fr": "La demande vaut également pour " + " et ".join(out) + ".",
            "en": "The request also covers " + " and ".join(out) + "."}[lang]


def s24_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Een eerdere aanvraag 9ter van {d} is nog hangende en wordt hierbij uitdrukkelijk "
                          f"ingetrokken.",
                    "fr": f"Une précédente demande 9ter du {d} est encore pendante ; elle est expressément retirée.",
                    "en": f"An earlier 9ter request of {d} is still pending and is hereby withdrawn."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                    "fr": f"La demande de protection internationale a été définitivement refusée le {d}.",
                    "en": f"The application for international protection was finally refused on {d}."}[lang])
    return " ".join(out) or None


def s24_ask(c: Case, lang: str) -> str:
    return {"nl": f"Ik verzoek u dan ook {_cl(c, lang)} op grond van artikel 9ter van de wet van 15 december 1980 tot "
                  f"verblijf te machtigen.",
            "fr": f"Je vous prie dès lors d'autoriser {_cl(c, lang)} au séjour sur la base de l'article 9ter de la "
                  f"loi du 15 décembre 1980.",
            "en": f"I therefore ask you to grant {_cl(c, lang)} leave to remain under Article 9ter of the Law of 15 "
                  f"December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: side headings

_SH = {"nl": dict(to=["Aan de Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 Brussel"],
                  reg="Aangetekend", sub="Aanvraag tot machtiging tot verblijf – artikel 9ter – {n}",
                  sal="Geachte mevrouw, geachte heer,", intro="Als raadsman van {n} dien ik bij deze de volgende "
                  "aanvraag in.", h=["Persoonsgegevens", "Verblijf", "Gezin", "Identiteit", "Ziekte",
                                     "Zorg in het herkomstland", "Procedures", "Verzoek"],
                  inv="Bijlagen", close="Hoogachtend,"),
       "fr": dict(to=["À l'Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"],
                  reg="Recommandé", sub="Demande d'autorisation de séjour – article 9ter – {n}",
                  sal="Madame, Monsieur,", intro="En qualité de conseil de {n}, j'ai l'honneur d'introduire la "
                  "présente demande.", h=["Données personnelles", "Résidence", "Famille", "Identité", "Maladie",
                                          "Soins au pays d'origine", "Procédures", "Demande"],
                  inv="Annexes", close="Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."),
       "en": dict(to=["To the Immigration Office", "9ter Unit", "Pachecolaan 44", "1000 Brussels"],
                  reg="Registered", sub="Application for leave to remain – Article 9ter – {n}",
                  sal="Dear Sir or Madam,", intro="As counsel for {n}, I hereby submit the following application.",
                  h=["Personal data", "Residence", "Family", "Identity", "Illness", "Care in the country of origin",
                     "Procedures", "Request"], inv="Exhibits", close="Yours sincerely,")}


def app_side(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, R = c.lawyer, _SH[lang]
    font = rng.choice(["serif5", "serif7", "sans5"])
    size = 10.2
    lh = size * 0.3528 * 1.45
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        n = len(pages)
        if n == 1:
            sh.text(190, 12, L["firm"].upper(), font=font, size_pt=10.5, bold=True, anchor="right",
                    letter_spacing=0.4)
            sh.text(190, 17.5, "advocaten · avocats", font=font, size_pt=8, anchor="right", color=GREY)
            sh.text(105, 287, f"{L['street']} · {L['pc']} {L['city']} · {L['tel']} · {L['mail']}", font=font,
                    size_pt=7.2, anchor="center", color=GREY)
            st["y"] = 30
        else:
            sh.text(105, 12, f"- {n} -", font=font, size_pt=9, anchor="center")
            st["y"] = 24
        return sh

    sh = new()
    sh.text(20, 34, R["reg"].upper(), font=font, size_pt=9.5, bold=True)
    for i, ln in enumerate(R["to"]):
        sh.text(20, 40 + i * 5, ln, font=font, size_pt=10.5)
    place = L["city"]
    sh.text(190, 62, f"{place}, {c.d(c.app_date, lang, 'long')}", font=font, size_pt=10.2, anchor="right")
    y = 72
    for ln in _wrap(R["sub"].format(n=name_in(c.p, "Given SURNAME")), 170, font, 10.5):
        sh.text(20, y, ln, font=font, size_pt=10.5, bold=True)
        y += 5.2
    sh.text(20, y + 4, R["sal"], font=font, size_pt=size)
    y = sh.paragraph(20, y + 11, 170, R["intro"].format(n=name_in(c.p, c.name_style)), font=font, size_pt=size,
                     leading=1.45)
    st["y"] = y + 5

    def block(head: str, body: str | None, tag: str | None):
        if not body:
            return
        rows = _wrap(body, 124, font, size)
        if st["y"] + 14 > 272:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        for k, hl in enumerate(_wrap(head, 36, font, 8.6)):
            pages[-1].text(20, st["y"] + k * 3.8, hl, font=font, size_pt=8.6, bold=True, color=(60, 60, 60))
        for r in rows:
            if st["y"] > 274:
                new()
            pages[-1].text(62, st["y"], r, font=font, size_pt=size)
            st["y"] += lh
        st["y"] += 3.5

    H = R["h"]
    block(H[0], s24_person(c, lang), "personal")
    block(H[1], " ".join(x for x in (s24_home(c, lang), s24_domicile(c, lang)) if x), "residence")
    block(H[2], s24_family(c, lang), "family")
    block(H[3], s24_identity(c, lang), "identity")
    block(H[4], s24_medical(c, lang), "medical")
    block(H[5], s24_coi(c, lang), "coi")
    block(H[6], s24_other(c, lang), "parallel")
    block(H[7], s24_ask(c, lang), None)
    ann = [d for _, d in c.annexes]
    if ann:
        if st["y"] + 8 + 5 * len(ann) > 272:
            new()
        pages[-1].text(20, st["y"], R["inv"], font=font, size_pt=8.6, bold=True, color=(60, 60, 60))
        for i, d in enumerate(ann, 1):
            pages[-1].text(62, st["y"], f"({i})  {d}", font=font, size_pt=9.6)
            st["y"] += 4.8
        st["y"] += 4
    if st["y"] + 40 > 280:
        new()
    sh = pages[-1]
    y = sh.paragraph(62, st["y"] + 2, 124, R["close"], font=font, size_pt=size) + 2
    tags["signature"] = len(pages)
    if "unsigned" not in c.flags:
        sh.signature(62, y, 46, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(62, y + 17, f"{L['first']} {L['last']}", font=font, size_pt=size)
    return pages, tags


_reg("be9ter-app-nl-prose-kantlijnkoppen-mijn-client-handtekening-links", "application", PART, "nl",
     lambda c, r: app_side(c, r, lang="nl"),
     "lawyer's letter with side headings in the left margin, 'mijn cliënt', pages '- n -', signature at the left")
_reg("be9ter-app-fr-prose-titres-en-marge-mon-client", "application", PART, "fr",
     lambda c, r: app_side(c, r, lang="fr"), "lettre d'avocat, titres en marge, 'mon client'")
_reg("be9ter-app-en-prose-margin-headings-my-client", "application", PART, "en",
     lambda c, r: app_side(c, r, lang="en"), "the same letter in English (not accepted)")


# --------------------------------------------------------------------------- application 2: fillable PDF form

_FM = {"nl": dict(org="Vluchtelingenwerk Vlaanderen – Medisch Steunpunt", title="AANVRAAG MACHTIGING TOT VERBLIJF "
                  "OM MEDISCHE REDENEN (ART. 9TER)", secs=["A. AANVRAGER", "B. VERBLIJF EN WOONPLAATSKEUZE",
                                                           "C. GEZINSLEDEN", "D. IDENTITEIT", "E. MEDISCH",
                                                           "F. ANDERE PROCEDURES", "G. ONDERTEKENING"],
                  f=["Naam", "Voornaam", "Geboortedatum", "Geboorteplaats (land)", "Nationaliteit",
                     "Rijksregister- of DVZ-nummer", "Verblijfsadres", "Gekozen woonplaats", "Namen en geboortedata",
                     "Voorgelegde stukken", "Ziekte volgens het medisch getuigschrift", "Behandeling",
                     "Beschikbaarheid in het herkomstland", "Lopende of vroegere procedures", "Plaats en datum"],
                  sig="Handtekening van de aanvrager", none="geen", ask="Ik vraag een machtiging tot verblijf op "
                  "grond van artikel 9ter van de wet van 15 december 1980."),
       "fr": dict(org="CIRÉ – Permanence médicale", title="DEMANDE D'AUTORISATION DE SÉJOUR POUR RAISONS MÉDICALES "
                  "(ART. 9TER)", secs=["A. DEMANDEUR", "B. RÉSIDENCE ET DOMICILE ÉLU", "C. MEMBRES DE LA FAMILLE",
                                       "D. IDENTITÉ", "E. MÉDICAL", "F. AUTRES PROCÉDURES", "G. SIGNATURE"],
                  f=["Nom", "Prénom", "Date de naissance", "Lieu (pays) de naissance", "Nationalité",
                     "N° registre national ou OE", "Adresse de résidence", "Domicile élu", "Noms et dates de naissance",
                     "Pièces produites", "Maladie selon le certificat médical", "Traitement",
                     "Disponibilité au pays d'origine", "Procédures en cours ou antérieures", "Lieu et date"],
                  sig="Signature du demandeur", none="néant", ask="Je sollicite une autorisation de séjour sur la base "
                  "de l'article 9ter de la loi du 15 décembre 1980.")}


def app_pdfform(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    F = _FM[lang]
    p, fl = c.p, c.flags
    lf = "sans4"
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(20, 12, F["org"], font=lf, size_pt=9, color=GREY)
            y = sh.paragraph(20, 19, 170, F["title"], font=lf, size_pt=12.5, bold=True)
            st["y"] = y + 4
        else:
            st["y"] = 16
        return sh

    new()

    def bar(t: str, tag: str | None = None):
        if st["y"] + 20 > 275:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        sh = pages[-1]
        sh.rect(20, st["y"], 170, 6.5, width_mm=0, fill=(25, 25, 25))
        sh.text(22, st["y"] + 1.3, t, font=lf, size_pt=9.5, bold=True, color=(255, 255, 255))
        st["y"] += 10

    def field(label: str, value: str):
        lines = _wrap(value, 110, "mono", 9.6) or [""]
        h = 6.2 * len(lines) + 1
        if st["y"] + h > 278:
            new()
        sh = pages[-1]
        for k, ln in enumerate(_wrap(label, 52, lf, 8.5)[:2]):
            sh.text(20, st["y"] + k * 3.6, ln, font=lf, size_pt=8.5, color=(60, 60, 60))
        for k, ln in enumerate(lines):
            sh.text(78, st["y"] + k * 6.2 - 0.4, ln, font="mono", size_pt=9.6)
            sh.rule(77, st["y"] + k * 6.2 + 4.2, 190, st["y"] + k * 6.2 + 4.2, width_mm=0.15, color=(130, 130, 130))
        st["y"] += h + 2

    L = F["f"]
    bar(F["secs"][0], "personal")
    field(L[0], p.surname.upper())
    field(L[1], p.given_names)
    field(L[2], c.d(p.birth_date, lang))
    if "no_birthplace" not in fl:
        field(L[3], f"{p.birth_place} ({cname(c.birth_cc(), lang)})")
    if "no_nationality" not in fl:
        field(L[4], COUNTRIES[p.nationality]["adj_" + lang])
    field(L[5], c.nrn or c.ov or "")
    bar(F["secs"][1], "residence")
    if "no_address" not in fl:
        field(L[6], addr_str(c.addr, lang, c.addr_style))
    dom = ""
    if not ("no_domicile" in fl or c.domicile == "none"):
        if c.domicile == "lawyer" and c.lawyer:
            dom = f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
        elif c.domicile == "other" and c.other_domicile:
            dom = c.other_domicile
        else:
            dom = {"nl": "zelfde adres als verblijfsadres", "fr": "même adresse que la résidence"}[lang]
    if dom:
        field(L[7], dom)
    if c.family:
        bar(F["secs"][2], "family")
        for m in c.family:
            q = m.p
            nat = "" if "no_nationality" in fl else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
            field(L[8], f"{q.surname.upper()} {q.given_names}, {c.d(q.birth_date, lang)}{nat}")
    bar(F["secs"][3], "identity")
    field(L[9], s24_identity(c, lang))
    bar(F["secs"][4], "medical")
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    field(L[10], f"{t['name']} ({c.doctor.name()}, {c.d(c.cert_date, lang)})" if "medcert_absent" not in fl else
          f"{t['name']} ({c.doctor.name()})")
    field(L[11], ", ".join(t["meds"]))
    coi = s24_coi(c, lang)
    if coi:
        tags.setdefault("coi", len(pages))
        field(L[12], coi)
    oth = s24_other(c, lang)
    bar(F["secs"][5], "parallel" if oth else None)
    field(L[13], oth or F["none"])
    bar(F["secs"][6])
    sh = pages[-1]
    st["y"] = sh.paragraph(20, st["y"], 170, F["ask"], font=lf, size_pt=9.5) + 3
    field(L[14], f"{c.addr.city}, {c.d(c.app_date, lang)}")
    if st["y"] + 30 > 285:
        new()
    sh = pages[-1]
    tags["signature"] = len(pages)
    y = st["y"] + 4
    if "unsigned" not in fl:
        sh.signature(82, y, 52, 16, rng, color=BALL)
    sh.rule(78, y + 18, 150, y + 18, width_mm=0.3)
    sh.text(78, y + 19.5, F["sig"], font=lf, size_pt=8, color=GREY)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 289, f"{i}/{n}", font=lf, size_pt=7.5, anchor="right", color=GREY)
        pg.text(20, 289, "formulier_9ter_v3.pdf", font=lf, size_pt=7, color=GREY)
    return pages, tags


_reg("be9ter-app-nl-form-invulbare-pdf-zwarte-balken-courier-label-onder-lijn", "application", PART, "nl",
     lambda c, r: app_pdfform(c, r, lang="nl"),
     "fillable PDF form printed, black section bars, Courier values on lines, the label under the signature line")
_reg("be9ter-app-fr-form-pdf-remplissable-bandeaux-noirs", "application", PART, "fr",
     lambda c, r: app_pdfform(c, r, lang="fr"), "formulaire PDF remplissable, bandeaux noirs, valeurs en Courier")


# --------------------------------------------------------------------------- 2024 certificate: shaded table rows

def medcert_rows(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    lf, vf = "sans2", "sans"
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0, "k": 0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 12, M_["title"], font=lf, size_pt=13, bold=True, anchor="center")
            y = sh.paragraph(25, 19, 160, M_["law"], font=lf, size_pt=7.5, align="center", color=GREY)
            sh.text(105, y + 0.5, M_["model"], font=lf, size_pt=7.5, anchor="center", color=GREY)
            st["y"] = y + 8
        else:
            st["y"] = 14
        return sh

    new()

    def row(q: str, a: str, tag=None, extra=0.0):
        ql = _wrap(q, 62, lf, 8.6)
        al = _wrap(a, 104, vf, 9.4) if a else []
        h = max(len(ql) * 3.8, len(al) * 4.4) + 4 + extra
        if st["y"] + h > 278:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        st["k"] += 1
        if st["k"] % 2:
            sh.rect(18, y, 174, h, width_mm=0, fill=(236, 240, 244))
        sh.rule(18, y + h, 192, y + h, width_mm=0.15, color=(160, 160, 160))
        for k, ln in enumerate(ql):
            sh.text(20, y + 1.8 + k * 3.8, ln, font=lf, size_pt=8.6, bold=True)
        for k, ln in enumerate(al):
            sh.text(86, y + 1.8 + k * 4.4, ln, font=vf, size_pt=9.4)
        st["y"] = y + h
        return sh, y + len(al) * 4.4 + 2

    row(M_["s1"], f"{v['surname']} {v['first']} · {v['bd']} · {v['nat']}".strip(" ·"), "patient")
    row(M_["s2"], f"{d.name()} · {SPECIALTY[d.spec].get(lang, '')} · {M_['riziv']}: {v['riziv'] or '—'} · "
                  f"{d.street}, {d.pc} {d.city}", "doctor")
    row(M_["s3"], fdate(c.cert_date - timedelta(days=rng.randint(120, 1600)), "slashes", lang))
    row(M_["s4"], v["hist"])
    row(M_["s5"], f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness")
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 3])
    sh, yy = row(M_["s6"], v["sev"], "severity", extra=7)
    x = 88
    for i, o in enumerate(M_["sevopts"]):
        sh.rect(x, yy + 0.3, 3.2, 3.2, width_mm=0.25)
        if i == k:
            sh.rect(x + 0.8, yy + 1.1, 1.6, 1.6, width_mm=0, fill=(0, 0, 0))
        sh.text(x + 4.5, yy, o, font=lf, size_pt=8.8)
        x += 10 + text_width_mm(o, lf, 8.8)
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
    tags["signature"] = len(pages)
    y = st["y"] + 4
    sh.text(20, y, f"{M_['date']}: {v['date']}", font=lf, size_pt=9.5)
    sh.text(110, y, M_["sign"], font=lf, size_pt=8.6, bold=True)
    if v["signed"]:
        sh.signature(112, y + 5, 46, 15, rng, color=INK_BLUE)
        sh.stamp(150, y + 8, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-6, 6))
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 290, M_["page"].format(i=i, n=n), font=lf, size_pt=7.5, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-getypt-tabelrijen-afwisselend-grijs-rondjes", "medical-certificate", PART, "nl",
     lambda c, r: medcert_rows(c, r, lang="nl"),
     "2024 model filled in on the computer as a table with alternately shaded rows, severity as filled squares")
_reg("be9ter-medcert-2024-fr-tableau-lignes-alternees", "medical-certificate", PART, "fr",
     lambda c, r: medcert_rows(c, r, lang="fr"), "modèle 2024 rempli à l'ordinateur, lignes alternées")


# --------------------------------------------------------------------------- previous model: ballpoint on ruled lines

def medcert_ballpoint(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    lf = "serif"
    hf = rng.choice(["hand1", "hand2", "hand3"])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 14, M_["title"], font=lf, size_pt=13, bold=True, anchor="center")
            sh.text(105, 21, M_.get("sub", ""), font=lf, size_pt=9, anchor="center")
            sh.text(105, 26, M_.get("law", ""), font=lf, size_pt=8.5, anchor="center", color=GREY)
            st["y"] = 36
        else:
            st["y"] = 16
        return sh

    new()

    def q(label: str, ans: str, tag=None, nlines=2):
        lab = _wrap(label, 170, lf, 9.5)
        al = _wrap(hand_safe(ans), 160, hf, 10.5) if ans else []
        n = max(nlines, len(al))
        h = len(lab) * 4.2 + n * 7 + 3
        if st["y"] + h > 280:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, ln in enumerate(lab):
            sh.text(20, y + k * 4.2, ln, font=lf, size_pt=9.5, bold=(k == 0))
        y += len(lab) * 4.2 + 1
        for k in range(n):
            sh.rule(22, y + 6 + k * 7, 190, y + 6 + k * 7, width_mm=0.12, color=(150, 150, 150), dash=0.6)
        for k, ln in enumerate(al):
            sh.handwriting(24, y + k * 7 + 0.2, ln, rng, size_pt=10.5, color=BALL, font=hf)
        st["y"] = y + n * 7 + 3

    q(f"{M_['pat']} / {M_['bd']} / {M_['nat']}", "  ".join(x for x in (v["pat"], v["bd"], v["nat"]) if x),
      "patient", 1)
    q(M_["A"], v["hist"])
    q(M_["B"], (f"{v['ill']} ({v['icd']}). " if v["ill"] else "") + v["sev"], "illness", 3)
    if v["sev"]:
        tags.setdefault("severity", tags.get("illness", 1))
    q(M_["C"], "; ".join(x for x in (v["meds"], v["interv"], v["dur"]) if x), "treatment", 3)
    q(M_["D"], v["cons"])
    q(M_["E"], v["prog"])
    q(M_["F"], v["needs"])
    q(M_["G"], v["travel"], nlines=1)
    if st["y"] + 44 > 284:
        new()
    sh = pages[-1]
    tags["signature"] = len(pages)
    y = st["y"] + 3
    sh.text(20, y, M_["date"], font=lf, size_pt=9.5)
    sh.handwriting(20 + text_width_mm(M_["date"], lf, 9.5) + 2, y - 1.2, v["date"], rng, size_pt=11, color=BALL,
                   font=hf)
    sh.text(20, y + 8, M_["riziv"], font=lf, size_pt=9.5)
    if v["riziv"]:
        sh.handwriting(20 + text_width_mm(M_["riziv"], lf, 9.5) + 2, y + 6.8, v["riziv"], rng, size_pt=11,
                       color=BALL, font=hf)
    sh.text(110, y, M_["sign"], font=lf, size_pt=9.5)
    if v["signed"]:
        sh.signature(112, y + 6, 44, 15, rng, color=BALL)
        sh.stamp(40, y + 16, _stamp_lines(c, lang if lang != "en" else "nl", bool(v["riziv"])), rng, shape="rect",
                 size_mm=32, color=STAMP_BLUE)
    return pages, tags


_reg("be9ter-medcert-old-de-blanco-kugelschreiber-linien", "medical-certificate", PART, "de",
     lambda c, r: medcert_ballpoint(c, r, lang="de"),
     "previous model printed blank and filled in by hand in blue ballpoint on dotted lines (German)")
_reg("be9ter-medcert-old-en-blank-ballpoint-ruled-lines", "medical-certificate", PART, "en",
     lambda c, r: medcert_ballpoint(c, r, lang="en"), "the same in English (not accepted)")


# --------------------------------------------------------------------------- medical statements

def _ml(c: Case) -> str:
    return c.lang if c.lang in ("nl", "fr") else "fr"


def medstat_specialist_lab(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    sh = Sheet()
    f = "sans3"
    sh.rect(0, 0, 210, 24, width_mm=0, fill=(230, 238, 246))
    sh.text(20, 8, d.inst, font=f, size_pt=12, bold=True, color=(20, 60, 110))
    sh.text(20, 15, f"{SPECIALTY[d.spec].get(lang, '')} · {d.street}, {d.pc} {d.city}", font=f, size_pt=8,
            color=GREY)
    title = {"nl": "CONSULTATIEVERSLAG", "fr": "RAPPORT DE CONSULTATION"}[lang]
    sh.text(20, 34, title, font=f, size_pt=13, bold=True)
    day = c.medstat_date
    sh.text(190, 34, fdate(day, "slashes", lang), font=f, size_pt=10, anchor="right")
    pat = {"nl": "Patiënt", "fr": "Patient"}[lang]
    sh.text(20, 44, f"{pat}: {name_in(c.p, 'SURNAME Given')} – {fdate(c.p.birth_date, 'dots', lang)}", font=f,
            size_pt=10)
    y = sh.paragraph(20, 54, 170, f"{t['history']} {t['severity']}", font=f, size_pt=10, leading=1.45) + 4
    head = {"nl": ("Parameter", "Resultaat", "Referentie"), "fr": ("Paramètre", "Résultat", "Référence")}[lang]
    r = random.Random(c.seed + 7)
    labs = [("CRP (mg/L)", f"{r.uniform(2, 40):.1f}", "< 5"), ("Hb (g/dL)", f"{r.uniform(9, 14):.1f}", "12 – 16"),
            ("Creatinine (mg/dL)", f"{r.uniform(0.7, 2.4):.2f}", "0.6 – 1.2"),
            ("HbA1c (%)", f"{r.uniform(5.5, 10):.1f}", "< 6.5")]
    for i, row in enumerate([head] + labs):
        for j, (cell, w) in enumerate(zip(row, (70, 40, 40))):
            x = 20 + sum((70, 40, 40)[:j])
            sh.rect(x, y, w, 7, width_mm=0.2, fill=(235, 235, 235) if i == 0 else None)
            sh.text(x + 2, y + 1.6, cell, font=f, size_pt=9, bold=(i == 0))
        y += 7
    pl = {"nl": "Behandeling en plan", "fr": "Traitement et plan"}[lang]
    sh.text(20, y + 6, pl, font=f, size_pt=10.5, bold=True)
    y = sh.paragraph(20, y + 12, 170, "; ".join(t["meds"]) + ". " + t["duration"] + " " + t["consequences"],
                     font=f, size_pt=10, leading=1.45) + 6
    sh.signature(20, y, 44, 14, rng, color=INK_BLUE)
    sh.text(20, y + 16, d.name(), font=f, size_pt=10)
    sh.text(20, y + 21, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9, color=GREY)
    return [sh], {}


def medstat_gp_a5(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    a5 = Sheet(148, 210, paper="cream")
    a5.text(10, 8, d.name(), font="serif4", size_pt=10.5, bold=True)
    a5.text(10, 13, f"{SPECIALTY[d.spec].get(lang, '')} · {d.street} · {d.pc} {d.city}", font="serif4", size_pt=7,
            color=GREY)
    a5.rule(10, 17, 138, 17, width_mm=0.2)
    hf = rng.choice(["hand1", "hand2", "hand3"])
    txt = {"nl": f"Geachte collega, ik zag {c.p.given_names} {c.p.surname} ({fdate(c.p.birth_date, 'slashes', lang)}) "
                 f"op {fdate(c.medstat_date, 'slashes', lang)}. Diagnose: {t['name']}. {t['severity']} "
                 f"Behandeling: {', '.join(t['meds'])}. Opvolging blijft nodig. Collegiale groeten,",
           "fr": f"Cher confrère, j'ai vu {c.p.given_names} {c.p.surname} ({fdate(c.p.birth_date, 'slashes', lang)}) "
                 f"le {fdate(c.medstat_date, 'slashes', lang)}. Diagnostic : {t['name']}. {t['severity']} "
                 f"Traitement : {', '.join(t['meds'])}. Un suivi reste nécessaire. Bien confraternellement,"}[lang]
    y = 24
    for ln in _wrap(hand_safe(txt), 126, hf, 11):
        a5.handwriting(10, y, ln, rng, size_pt=11, color=INK_BLUE, font=hf)
        y += 7.2
    a5.signature(70, y + 2, 40, 13, rng, color=INK_BLUE)
    sh = Sheet()
    from .twentyfourth_identity import put
    put(sh, a5, 31, 20, dpi=220)
    sh.rect(31, 20, 148, 210, width_mm=0.15, color=(170, 170, 170))
    return [sh], {}


_reg("be9ter-medstat-specialist-consultatieverslag-labotabel-blauwe-kop", "medical-statement", PART, "nl/fr",
     medstat_specialist_lab, "specialist's consultation report with a table of lab values under a blue header")
_reg("be9ter-medstat-huisarts-handgeschreven-a5-briefpapier-op-a4", "medical-statement", PART, "nl/fr",
     medstat_gp_a5, "doctor's handwritten letter on A5 practice paper copied on A4")


# --------------------------------------------------------------------------- country of origin information

def coi_database(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    cn = cname(o, "en")
    il = ILLNESSES[c.illness]
    dr = drug(c.illness, "en")
    sh = Sheet()
    sh.text(20, 10, f"https://medicines-access.example.org/country/{o.lower()}?q={dr.split()[0].lower()}",
            font="sans", size_pt=7, color=GREY)
    sh.text(190, 10, f"{fdate(c.app_date - timedelta(days=rng.randint(3, 30)), 'slashes', 'en')}", font="sans",
            size_pt=7, anchor="right", color=GREY)
    sh.rect(20, 16, 170, 12, width_mm=0, fill=(40, 90, 60))
    sh.text(24, 19, "Essential Medicines Access Monitor", font="sans4", size_pt=12, bold=True, color=(255, 255, 255))
    sh.text(20, 36, f"Country profile: {cn} – search: {dr}", font="sans4", size_pt=11, bold=True)
    hdr = ("Facility", "Sector", "Available", "Price / month")
    hosp = COUNTRIES[o]["hospital"]
    rows = [(hosp[:38], "public", rng.choice(["irregular", "stock-out"]), "—"),
            (f"Private pharmacies, {COUNTRIES[o]['capital']}", "private", "yes", il["cost"]),
            ("District hospitals", "public", "no", "—"), ("Mission hospitals", "faith-based", "rarely", il["cost"])]
    y = 46
    for i, row in enumerate([hdr] + rows):
        x = 20
        for cell, w in zip(row, (70, 30, 30, 40)):
            sh.rect(x, y, w, 8, width_mm=0.2, fill=(225, 235, 228) if i == 0 else None)
            sh.text(x + 1.5, y + 2, cell, font="sans4", size_pt=8.6, bold=(i == 0))
            x += w
        y += 8
    y = sh.paragraph(20, y + 8, 170, f"Health financing: {COUNTRIES[o]['insurance_en']} Average monthly wage: "
                     f"{COUNTRIES[o]['wage']}.", font="sans4", size_pt=9.5, leading=1.45)
    sh.text(20, y + 6, "Sources: national essential medicines list; facility surveys; price surveys.", font="sans4",
            size_pt=8, color=GREY)
    sh.text(105, 290, "1 / 1", font="sans", size_pt=7, anchor="center", color=GREY)
    return [sh], {}


def coi_newspaper(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    cn = cname(o, "en")
    dr = drug(c.illness, "en")
    paper = {"UGA": "The Kampala Chronicle", "SLE": "Freetown Evening Post", "AGO": "Luanda Weekly (English ed.)",
             "TUR": "Anatolia Daily News"}.get(o, "The Daily Observer")
    cut = Sheet(120, 180, paper="yellow")
    cut.text(4, 4, paper.upper(), font="serif4", size_pt=12, bold=True)
    cut.rule(4, 10, 116, 10, width_mm=0.5)
    d = c.app_date - timedelta(days=rng.randint(20, 200))
    cut.text(4, 12, d.strftime("%A %d %B %Y"), font="serif4", size_pt=7)
    y = cut.paragraph(4, 18, 112, f"Patients left without {dr.split(' (')[0]} as hospitals run dry", font="serif4",
                      size_pt=14, bold=True, leading=1.15)
    body = (f"Patients with chronic illness in {cn} say they have gone weeks without their medicines. At "
            f"{COUNTRIES[o]['hospital']}, pharmacists confirmed that supplies of {dr} arrive irregularly and run out "
            f"within days. Private pharmacies in {COUNTRIES[o]['capital']} stock the drug, but at prices far above "
            f"what most families earn in a month. 'We send patients to buy it outside, if they can,' a nurse said. "
            f"{COUNTRIES[o]['insurance_en']}")
    col_w = 54
    lines = _wrap(body, col_w, "serif4", 8.2)
    half = (len(lines) + 1) // 2
    for k, ln in enumerate(lines):
        x = 4 if k < half else 62
        yy = y + 3 + (k if k < half else k - half) * 3.9
        cut.text(x, yy, ln, font="serif4", size_pt=8.2)
    sh = Sheet()
    from .twentyfourth_identity import put
    put(sh, cut, 45, 30, dpi=200, turn=rng.choice([0, 0, 2, -2]))
    sh.handwriting(40, 225, f"{paper}, p. {rng.randint(2, 14)}", rng, size_pt=11, color=INK_BLACK)
    return [sh], {}


_reg("be9ter-coi-en-medicijnendatabank-beschikbaarheidstabel-webprint", "country-of-origin-info", PART, "en",
     coi_database, "medicines-availability table printed from a web database, the URL and date at the top")
_reg("be9ter-coi-en-krantenknipsel-twee-kolommen-vergeeld", "country-of-origin-info", PART, "en", coi_newspaper,
     "a copied newspaper cutting on stock-outs, two columns, yellowed, with a handwritten source")


# --------------------------------------------------------------------------- asylum proofs

def asylum_fedasil(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    sh = Sheet()
    f = "sans2"
    sh.text(20, 14, "Fedasil", font=f, size_pt=20, bold=True, color=(0, 120, 160))
    sh.text(20, 23, "Federaal agentschap voor de opvang van asielzoekers" if nl else
            "Agence fédérale pour l'accueil des demandeurs d'asile", font=f, size_pt=9, color=GREY)
    sh.text(20, 28, "Dispatching · Klein Kasteeltje / Petit-Château, 1000 Brussel", font=f, size_pt=8,
            color=GREY)
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    title = "AANWIJZING VAN EEN VERPLICHTE PLAATS VAN INSCHRIJVING (CODE 207)" if nl else \
        "DÉSIGNATION D'UN LIEU OBLIGATOIRE D'INSCRIPTION (CODE 207)"
    sh.text(20, 42, title, font=f, size_pt=11.5, bold=True)
    rows = [("Naam / Nom", c.p.surname.upper()), ("Voornaam / Prénom", c.p.given_names),
            ("Geboortedatum / Date de naissance", fdate(c.p.birth_date, "dots")),
            ("Nationaliteit / Nationalité", COUNTRIES[c.p.nationality]["adj_nl" if nl else "adj_fr"]),
            ("DVZ-nr. / N° OE", c.ov or ""), ("Verzoek ingediend op / Demande introduite le", fdate(lodged, "dots"))]
    y = 52
    for k, v in rows:
        sh.text(20, y, k, font=f, size_pt=9, color=GREY)
        sh.text(100, y, v, font=f, size_pt=10.5, bold=True)
        y += 7
    centre = rng.choice(["Opvangcentrum Broechem", "Centre d'accueil de Jumet", "Opvangcentrum Kapellen",
                         "Centre Croix-Rouge de Natoye"])
    txt = (f"Als verzoeker om internationale bescherming wordt betrokkene aangewezen in: {centre}. Deze aanwijzing "
           f"geldt zolang de procedure loopt." if nl else
           f"En tant que demandeur de protection internationale, l'intéressé(e) est désigné(e) à : {centre}. Cette "
           f"désignation vaut pendant toute la durée de la procédure.")
    y = sh.paragraph(20, y + 6, 170, txt, font=f, size_pt=10.5, leading=1.45)
    sh.text(20, y + 8, fdate(lodged + timedelta(days=rng.randint(0, 3)), "slashes"), font=f, size_pt=10)
    sh.stamp(120, y + 2, ["FEDASIL", "DISPATCHING", "BRUSSEL-BRUXELLES"], rng, shape="rect", size_mm=36,
             color=STAMP_BLUE)
    sh.signature(20, y + 14, 40, 12, rng)
    return [sh], {"asylum": 1}


def asylum_cgrs_status(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "serif2"
    sh.text(190, 14, "CGVS" if nl else "CGRA", font="sans4", size_pt=18, bold=True, anchor="right",
            color=(30, 60, 120))
    sh.text(190, 22, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
            "Commissariat général aux réfugiés et aux apatrides", font=f, size_pt=8, anchor="right", color=GREY)
    L = c.lawyer or {"firm": "", "street": "", "pc": "", "city": ""}
    y = 40
    for ln in (L["firm"], L["street"], f"{L['pc']} {L['city']}"):
        sh.text(20, y, ln, font=f, size_pt=10.5)
        y += 5
    dd = c.app_date - timedelta(days=rng.randint(8, 40))
    sh.text(20, 66, ("Brussel, " if nl else "Bruxelles, le ") + fdate(dd, "long", "nl" if nl else "fr"), font=f,
            size_pt=10)
    ref = f"{lodged.year % 100:02d}/{rng.randint(10000, 29999)}"
    sh.text(20, 73, ("Uw cliënt: " if nl else "Votre client : ") + f"{name_in(c.p, 'SURNAME Given')} – "
            + ("ons kenmerk " if nl else "notre réf. ") + ref, font=f, size_pt=10, bold=True)
    txt = (f"Geachte meester,\n\nIn antwoord op uw vraag bevestig ik dat het verzoek om internationale bescherming dat "
           f"uw cliënt op {fdate(lodged, 'long', 'nl')} indiende, bij het Commissariaat-generaal nog in behandeling "
           f"is. Er werd nog geen beslissing genomen.\n\nMet vriendelijke groeten," if nl else
           f"Maître,\n\nEn réponse à votre demande, je vous confirme que la demande de protection internationale "
           f"introduite par votre client le {fdate(lodged, 'long', 'fr')} est toujours en cours d'examen au "
           f"Commissariat général. Aucune décision n'a encore été prise.\n\nVeuillez agréer, Maître, mes salutations "
           f"distinguées.")
    y = sh.paragraph(20, 84, 170, txt, font=f, size_pt=10.5, leading=1.45)
    sh.signature(20, y + 4, 42, 13, rng, color=INK_BLACK)
    sh.text(20, y + 19, rng.choice(["E. Claes", "M. Dupont", "J. Peeters", "A. Leroy"]) + (", protection officer"),
            font=f, size_pt=10)
    return [sh], {"asylum": 1}


_reg("be9ter-asylum-fedasil-aanwijzing-code-207-tweetalige-velden", "asylum-proof", PART, "nl",
     asylum_fedasil, "Fedasil's designation of a compulsory place of registration (code 207), bilingual captions")
_reg("be9ter-asylum-fedasil-designation-code-207-fr", "asylum-proof", PART, "fr", asylum_fedasil,
     "la désignation Fedasil (code 207), texte en français")
_reg("be9ter-asylum-cgvs-statusbrief-aan-advocaat-nog-in-behandeling", "asylum-proof", PART, "nl", asylum_cgrs_status,
     "the CGVS's letter to the lawyer confirming the application is still being examined")
_reg("be9ter-asylum-cgra-lettre-statut-a-l-avocat", "asylum-proof", PART, "fr", asylum_cgrs_status,
     "la lettre du CGRA à l'avocat confirmant que la demande est en cours")


# --------------------------------------------------------------------------- registered mail

def _to(c: Case) -> list[str]:
    return list(c.rm_to)


def rm_ticket_on_a4(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    tk = Sheet(62, 120)
    y = 4
    for ln in ("bpost", _post_office(c), c.rm_date.strftime("%d/%m/%Y") + f"  {rng.randint(9, 16):02d}:"
               f"{rng.randint(0, 59):02d}", "", "AANGETEKEND / RECOMMANDÉ", track_spaced(c.rm_track), "",
               "Bestemmeling / Destinataire:", *_to(c), "", "Tarief / Tarif: 9,10 EUR", "Betaald / Payé: BC"):
        tk.text(3, y, ln, font="mono2", size_pt=7.6, bold=(ln == "bpost"))
        y += 4.2
    barcode(tk, 4, y + 2, 54, 10, c.rm_track)
    sh = Sheet()
    f = "sans2"
    sh.text(20, 18, {"nl": "Bewijs van aangetekende verzending", "fr": "Preuve d'envoi recommandé",
                     "de": "Einschreibebeleg", "en": "Proof of registered posting"}.get(c.lang, "Bewijs"),
            font=f, size_pt=13, bold=True)
    sh.text(20, 25, f"Dossier {c.p.surname.upper()} – 9ter", font=f, size_pt=10, color=GREY)
    from .twentyfourth_identity import put
    put(sh, tk, 70, 40, dpi=260, turn=rng.choice([0, 1, -1]))
    sh.rule(66, 36, 70, 36, width_mm=0.8, color=(200, 200, 200))
    return [sh], {}


def rm_track_trace(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    sh = Sheet()
    f = "sans4"
    printed = c.rm_date + timedelta(days=rng.randint(1, 3))
    sh.text(20, 8, f"{printed.strftime('%d/%m/%Y')} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}", font="sans",
            size_pt=7, color=GREY)
    sh.text(105, 8, "bpost – Track & Trace", font="sans", size_pt=7, anchor="center", color=GREY)
    sh.rect(20, 14, 170, 14, width_mm=0, fill=(230, 30, 40))
    sh.text(24, 18, "bpost", font=f, size_pt=16, bold=True, color=(255, 255, 255))
    sh.text(20, 38, "Uw zending / Votre envoi", font=f, size_pt=10, color=GREY)
    sh.text(20, 44, track_spaced(c.rm_track), font=f, size_pt=14, bold=True)
    sh.text(20, 54, "Aangetekende zending · Envoi recommandé", font=f, size_pt=10)
    sh.text(20, 64, "Bestemmeling / Destinataire", font=f, size_pt=9, color=GREY)
    y = 69
    for ln in _to(c):
        sh.text(20, y, ln, font=f, size_pt=10)
        y += 5
    ev = [(c.rm_date, f"Aangenomen in postkantoor {_post_office(c)} / Déposé"),
          (c.rm_date + timedelta(days=1), "In sorteercentrum / Au centre de tri"),
          (c.rm_date + timedelta(days=1), "Afgeleverd, getekend voor ontvangst / Distribué, signé")]
    y += 8
    for d, e in ev:
        sh.rect(20, y + 1, 3, 3, width_mm=0, fill=(230, 30, 40))
        sh.text(28, y, d.strftime("%d/%m/%Y"), font=f, size_pt=9.5, bold=True)
        sh.text(58, y, e, font=f, size_pt=9.5)
        y += 9
    sh.text(20, 290, "https://track.bpost.cloud/btr/web/#/search?itemCode=" + c.rm_track, font="sans", size_pt=6.5,
            color=GREY)
    return [sh], {}


def rm_pink_ar(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    card = Sheet(148, 105, paper="cream")
    card.rect(0, 0, 148, 105, width_mm=0, fill=(248, 222, 228))
    card.text(4, 4, "bpost  ·  ONTVANGSTBEWIJS / AVIS DE RÉCEPTION", font="sans4", size_pt=9, bold=True)
    card.text(4, 11, f"Aangetekende zending nr. / Envoi recommandé n° {track_spaced(c.rm_track)}", font="sans4",
              size_pt=7.5)
    card.text(4, 17, f"Afgegeven op / Déposé le {c.rm_date.strftime('%d/%m/%Y')} – {_post_office(c)}",
              font="sans4", size_pt=7.5)
    card.text(4, 25, "Geadresseerde / Destinataire", font="sans4", size_pt=7, color=GREY)
    y = 29
    for ln in _to(c):
        card.text(6, y, ln, font="typewriter", size_pt=8.5)
        y += 4
    card.text(4, 55, "Terug te sturen naar / À renvoyer à", font="sans4", size_pt=7, color=GREY)
    y = 59
    for ln in _sender_lines(c)[:3]:
        card.text(6, y, ln, font="typewriter", size_pt=8.5)
        y += 4
    card.text(80, 55, "Handtekening ontvanger / Signature", font="sans4", size_pt=7, color=GREY)
    card.signature(82, 60, 34, 11, rng, color=INK_BLACK)
    card.stamp(100, 78, ["DVZ - OE", (c.rm_date + timedelta(days=1)).strftime("%d.%m.%Y"), "COURRIER"], rng,
               shape="rect", size_mm=30, color=STAMP_RED, angle=rng.uniform(-8, 8))
    sh = Sheet()
    from .twentyfourth_identity import put
    put(sh, card, 31, 30, dpi=240)
    return [sh], {}


_reg("be9ter-rm-loketticket-opgeplakt-op-a4-getypt-onderschrift", "registered-mail-receipt", PART, "nl/fr",
     rm_ticket_on_a4, "bpost's counter ticket glued on an A4 sheet under a typed caption")
_reg("be9ter-rm-bpost-track-trace-afgedrukt-na-levering", "registered-mail-receipt", PART, "nl/fr", rm_track_trace,
     "bpost's track-and-trace page printed from the browser after delivery")
_reg("be9ter-rm-roze-ontvangstbewijs-getekend-dvz-stempel", "registered-mail-receipt", PART, "nl/fr", rm_pink_ar,
     "the pink acknowledgement of receipt returned signed with the Immigration Office's mail stamp")


# --------------------------------------------------------------------------- other documents

def other_declaration_witnesses(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    sh = Sheet()
    f = "serif3"
    sh.text(105, 20, {"nl": "VERKLARING OP EER", "fr": "DÉCLARATION SUR L'HONNEUR"}[lang], font=f, size_pt=14,
            bold=True, anchor="center")
    txt = {"nl": f"Ik, ondergetekende, {p.given_names} {p.surname}, verklaar op eer dat ik geboren ben op "
                 f"{fdate(p.birth_date, 'long', 'nl')} te {p.birth_place} en de "
                 f"{COUNTRIES[p.nationality]['adj_nl']} nationaliteit heb. Mijn paspoort ben ik kwijtgeraakt tijdens "
                 f"mijn reis; ik kan op dit ogenblik geen ander identiteitsdocument voorleggen.",
           "fr": f"Je soussigné(e), {p.given_names} {p.surname}, déclare sur l'honneur être né(e) le "
                 f"{fdate(p.birth_date, 'long', 'fr')} à {p.birth_place} et être de nationalité "
                 f"{COUNTRIES[p.nationality]['adj_fr']}. J'ai perdu mon passeport pendant mon voyage ; je ne suis "
                 f"actuellement pas en mesure de produire un autre document d'identité."}[lang]
    y = sh.paragraph(25, 36, 160, txt, font=f, size_pt=11, leading=1.6)
    sh.text(25, y + 8, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'slashes')}",
            font=f, size_pt=11)
    sh.signature(25, y + 14, 44, 14, rng, color=INK_BLUE)
    sh.text(25, y + 30, {"nl": "de verklaarder", "fr": "le/la déclarant(e)"}[lang], font=f, size_pt=9, color=GREY)
    wy = y + 44
    sh.text(25, wy, {"nl": "Getuigen:", "fr": "Témoins :"}[lang], font=f, size_pt=10.5, bold=True)
    for i, nm in enumerate(rng.sample(["J. Verhoeven", "M. Diallo", "A. Nakimuli", "S. Laurent", "K. Wouters"], 2)):
        sh.text(25 + i * 85, wy + 8, nm, font=f, size_pt=10)
        sh.signature(25 + i * 85, wy + 12, 36, 11, rng, color=INK_BLACK)
    return [sh], {}


def other_lease(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    sh = Sheet()
    f = "serif"
    sh.text(105, 16, "HUUROVEREENKOMST VOOR HOOFDVERBLIJFPLAATS" if c.lang != "fr" else
            "BAIL DE RÉSIDENCE PRINCIPALE", font=f, size_pt=13, bold=True, anchor="center")
    a = addr_str(c.addr, "nl" if c.lang != "fr" else "fr", "street-first")
    txt = (f"Tussen de verhuurder, {rng.choice(['dhr. P. Janssens', 'mevr. L. Maes', 'Immo Zuid bv'])}, en de "
           f"huurder, {c.p.given_names} {c.p.surname}, wordt het volgende overeengekomen. Artikel 1. De verhuurder "
           f"verhuurt aan de huurder de woning gelegen te {a}. Artikel 2. De huur gaat in op "
           f"{fdate(c.app_date - timedelta(days=rng.randint(200, 700)), 'long', 'nl')} voor een duur van drie jaar. "
           f"Artikel 3. De maandelijkse huurprijs bedraagt {rng.randint(450, 780)} euro." if c.lang != "fr" else
           f"Entre le bailleur, {rng.choice(['M. P. Lambert', 'Mme L. Dubois', 'Immo Sud srl'])}, et le preneur, "
           f"{c.p.given_names} {c.p.surname}, il est convenu ce qui suit. Article 1. Le bailleur donne en location "
           f"le logement situé {a}. Article 2. Le bail prend cours le "
           f"{fdate(c.app_date - timedelta(days=rng.randint(200, 700)), 'long', 'fr')} pour trois ans. Article 3. "
           f"Le loyer mensuel s'élève à {rng.randint(450, 780)} euros.")
    sh.paragraph(20, 30, 170, txt, font=f, size_pt=11, leading=1.6)
    sh.text(105, 287, "1/4", font=f, size_pt=9, anchor="center")
    sh.signature(30, 250, 20, 9, rng, style="initials")
    sh.signature(150, 250, 20, 9, rng, style="initials", color=INK_BLACK)
    return [sh], {}


def other_med_schedule(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in il else ("fr" if "fr" in il else "nl")
    t = il[lang]
    sh = Sheet()
    f = "sans"
    sh.text(20, 14, rng.choice(["Apotheek De Linde", "Pharmacie du Parc", "Apotheek Sint-Jozef"]), font=f,
            size_pt=12, bold=True, color=(0, 130, 80))
    sh.text(20, 21, "Medicatieschema / Schéma de médication", font=f, size_pt=10)
    sh.text(20, 30, f"{c.p.surname.upper()} {c.p.given_names} – {fdate(c.p.birth_date, 'slashes')}", font=f,
            size_pt=10)
    hdr = ("Geneesmiddel / Médicament", "Ochtend", "Middag", "Avond", "Nacht")
    y = 40
    for i, row in enumerate([hdr] + [(m[:40], "1", rng.choice(["0", "1"]), "1", "0") for m in t["meds"]]):
        x = 20
        for cell, w in zip(row, (90, 20, 20, 20, 20)):
            sh.rect(x, y, w, 8, width_mm=0.2, fill=(225, 240, 230) if i == 0 else None)
            sh.text(x + 1.5, y + 2, cell, font=f, size_pt=8.5, bold=(i == 0))
            x += w
        y += 8
    sh.text(20, y + 6, f"Afgedrukt / Imprimé {fdate(c.app_date - timedelta(days=rng.randint(3, 40)), 'slashes')}",
            font=f, size_pt=8, color=GREY)
    return [sh], {}


_reg("be9ter-other-declaration-eer-getypt-twee-getuigen", "other", PART, "nl/fr", other_declaration_witnesses,
     "the applicant's typed declaration on honour about identity, signed before two witnesses")
_reg("be9ter-other-huurcontract-eerste-blad-parafen", "other", PART, "nl/fr", other_lease,
     "first page of a lease, initialled")
_reg("be9ter-other-apotheek-medicatieschema-tabel", "other", PART, "nl/fr", other_med_schedule,
     "a pharmacy's medication schedule table")
