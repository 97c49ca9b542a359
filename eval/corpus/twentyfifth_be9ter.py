"""9ter families of the `twentyfifth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentyfourth had been read, by a writer who saw neither the
validator nor its output.  Applications: a lawyer's letter set for a window envelope (the addressee at the right,
'Per aangetekende zending' above it, the firm's name beside a coloured bar in the left margin), the sections
numbered with their titles on a line of their own, the applicant called 'verzoeker / verzoekster', 'le requérant /
la requérante', 'the applicant', the signature at the right above the typed name, 'pagina i van n' at the foot and
the inventory of exhibits as a table on a page of its own (Dutch, French, English); a social-legal service's paper
template filled in by hand (the short answers in block capitals, the long ones in a running hand), the domicile as
ticked boxes, the applicant's signature beside its label (Dutch, French).  The 2024 certificate typed with the
section numbers in dark circles in the margin and the answers in pale boxes, the severity as ballot-box characters
(Dutch, French); the previous model filled in on a typewriter onto the printed form (English, German).  A
hospital's discharge letter to the GP; a community health centre's attestation.  An NGO report's excerpt with
footnotes; a pharmacist's e-mail from the capital, printed.  Annex 26 (bijlage 26) and the orange card
(attestation d'immatriculation).  bpost's e-tracking PDF, a phone photo of the counter ticket lying on the envelope,
the firm's deposit list stamped by the post office.  A handwritten declaration on honour, a CPAS/OCMW attestation.
Sentence builders ``s25_*``.
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
from .twentyfifth_identity import paste

PART = "twentyfifth"
GREY = (100, 100, 100)
PEN = (20, 35, 130)


def _wrap(text: str, w: float, font: str, size: float) -> list[str]:
    out, cur = [], ""
    for wd in str(text).split():
        t = (cur + " " + wd).strip()
        if cur and text_width_mm(t, font, size) * 1.05 > w:
            out.append(cur)
            cur = wd
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------- sentences (s25_*)

def _vz(c: Case, lang: str, cap: bool = True) -> str:
    s = {"nl": "verzoekster" if c.fem else "verzoeker", "fr": "la requérante" if c.fem else "le requérant",
         "en": "the applicant"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _ex(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (bijlage {n})", "fr": f" (annexe {n})", "en": f" (annex {n})"}[lang]


def s25_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    where = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    if lang == "nl":
        s = f"{_vz(c, lang)}, {nm}, werd geboren op {bd}" + ("" if nb else f" te {where}") + "."
        if not nn:
            s += f" {'Zij' if c.fem else 'Hij'} bezit de {adj} nationaliteit."
        s += f" Rijksregisternummer {c.nrn}." if c.nrn else f" Dossiernummer DVZ {c.ov}."
        return s
    if lang == "fr":
        s = f"{_vz(c, lang)}, {nm}, est né{'e' if c.fem else ''} le {bd}" + ("" if nb else f" à {where}") + "."
        if not nn:
            s += f" {'Elle' if c.fem else 'Il'} est de nationalité {adj}."
        s += f" Numéro national : {c.nrn}." if c.nrn else f" Numéro de dossier OE : {c.ov}."
        return s
    s = f"The applicant, {nm}, was born on {bd}" + ("" if nb else f" in {where}") + "."
    if not nn:
        s += f" {'She' if c.fem else 'He'} holds {COUNTRIES[p.nationality]['adj_en']} nationality."
    s += f" National number: {c.nrn}." if c.nrn else f" Immigration Office file number: {c.ov}."
    return s


def s25_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_vz(c, lang)} heeft op dit ogenblik geen vaste verblijfplaats.",
                "fr": f"{_vz(c, lang)} n'a actuellement pas de lieu de résidence fixe.",
                "en": "The applicant currently has no fixed place of residence."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_vz(c, lang)} verblijft effectief op het adres {a}.",
            "fr": f"{_vz(c, lang)} réside effectivement à l'adresse suivante : {a}.",
            "en": f"The applicant actually resides at {a}."}[lang]


def s25_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"{_vz(c, lang)} doet keuze van woonplaats op het kantoor van ondergetekende raadsman, "
                      f"{L['street']}, {L['pc']} {L['city']}.",
                "fr": f"{_vz(c, lang)} fait élection de domicile au cabinet du conseil soussigné, {L['street']}, "
                      f"{L['pc']} {L['city']}.",
                "en": f"The applicant elects domicile at the office of the undersigned counsel, {L['street']}, "
                      f"{L['pc']} {L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{_vz(c, lang)} kiest woonplaats bij {c.other_domicile}.",
                "fr": f"{_vz(c, lang)} fait élection de domicile auprès de {c.other_domicile}.",
                "en": f"The applicant elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"{_vz(c, lang)} kiest woonplaats op dit adres.",
            "fr": f"{_vz(c, lang)} élit domicile à cette adresse.",
            "en": "The applicant elects domicile at this address."}[lang]


def s25_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _ex(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_vz(c, lang)} is verzoeker om internationale bescherming sinds {d}; die procedure loopt "
                      f"nog{r}. Het identiteitsbewijs is in dat geval niet vereist.",
                "fr": f"{_vz(c, lang)} est demandeu{'se' if c.fem else 'r'} de protection internationale depuis le "
                      f"{d} ; cette procédure est toujours en cours{r}. La preuve d'identité n'est donc pas requise.",
                "en": f"The applicant has been an applicant for international protection since {d}; that procedure "
                      f"is still pending{r}, so proof of identity is not required."}[lang]
    if k == "none":
        return {"nl": f"{_vz(c, lang)} beschikt momenteel over geen enkel identiteitsstuk.",
                "fr": f"{_vz(c, lang)} ne dispose actuellement d'aucune pièce d'identité.",
                "en": "The applicant has no identity document at present."}[lang]
    items = [d + _ex(c, key, lang) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling", "fr": "la traduction jurée",
                      "en": "the sworn translation"}[lang] + _ex(c, "id-tr", lang))
    lst = ", ".join(items) or "—"
    s = {"nl": f"Ter staving van de identiteit worden voorgelegd: {lst}.",
         "fr": f"À l'appui de l'identité sont produits : {lst}.",
         "en": f"In proof of identity the following are produced: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is weliswaar vervallen, maar blijft de identiteit aantonen.",
              "fr": " Le passeport est certes périmé, mais il continue d'établir l'identité.",
              "en": " The passport has expired, but it still establishes identity."}[lang]
    return s


def s25_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {cd}", "fr": f"le rapport du {doc} du {cd}",
               "en": f"the report by {doc} of {cd}"}[lang] + _ex(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {cd}, opgesteld door {doc}",
               "fr": f"le certificat médical type du {cd}, établi par le {doc}",
               "en": f"the standard medical certificate of {cd}, drawn up by {doc}"}[lang] + _ex(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Uit {src} blijkt dat {_vz(c, lang, False)} lijdt aan {t['name']}. {t['severity']} "
                  f"{'Zij' if c.fem else 'Hij'} wordt behandeld met {meds}.",
            "fr": f"Il ressort du {src[3:] if src.startswith('le ') else src} que {_vz(c, lang, False)} souffre de "
                  f"{t['name']}. {t['severity']} Le traitement consiste en : {meds}.",
            "en": f"{src[0].upper() + src[1:]} shows that the applicant suffers from {t['name']}. {t['severity']} "
                  f"The treatment consists of {meds}."}[lang]


def s25_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ex(c, "coi", lang), drug(c.illness, lang)
    ins = o["insurance_" + lang]
    return {"nl": f"De noodzakelijke behandeling ({dr}) is in {cn} niet toegankelijk: zij wordt enkel aangeboden in "
                  f"{o['hospital']}{r}, tegen ongeveer {il['cost']} per maand, terwijl een gemiddeld maandloon "
                  f"{o['wage']} bedraagt. {ins}",
            "fr": f"Le traitement nécessaire ({dr}) n'est pas accessible en {cn} : il n'est proposé qu'à "
                  f"{o['hospital']}{r}, pour environ {il['cost']} par mois, alors que le salaire mensuel moyen est de "
                  f"{o['wage']}. {ins}",
            "en": f"The necessary treatment ({dr}) is not accessible in {cn}: it is only offered at {o['hospital']}"
                  f"{r}, for about {il['cost']} a month, while the average monthly wage is {o['wage']}. "
                  f"{ins}"}[lang]


def s25_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
        out.append(f"{rel[m.rel]}: {q.surname.upper()} {q.given_names}, {born} {c.d(q.birth_date, lang)} "
                   f"({q.birth_place}){nat}{_ex(c, f'fam{i}', lang)}")
    return {"nl": "Deze aanvraag wordt ook ingediend voor de volgende gezinsleden, die bij verzoeker inwonen: "
                  + "; ".join(out) + ".",
            "fr": "La présente demande est également introduite pour les membres de la famille suivants, qui "
                  "vivent avec le requérant : " + "; ".join(out) + ".",
            "en": "This application is also made for the following family members, who live with the applicant: "
                  + "; ".join(out) + "."}[lang]


def s25_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"{_vz(c, lang)} diende op {d} reeds een aanvraag op grond van artikel 9ter in, waarover "
                          f"nog niet werd beslist; die aanvraag wordt bij deze ingetrokken.",
                    "fr": f"{_vz(c, lang)} a déjà introduit le {d} une demande fondée sur l'article 9ter, qui n'a pas "
                          f"encore été tranchée ; cette demande est retirée par la présente.",
                    "en": f"The applicant already lodged an application under Article 9ter on {d}, which has not yet "
                          f"been decided; that application is hereby withdrawn."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure van {_vz(c, lang, False)} werd op {d} afgesloten met een "
                          f"weigeringsbeslissing.",
                    "fr": f"La procédure d'asile de {_vz(c, lang, False)} s'est clôturée le {d} par une décision de "
                          f"refus.",
                    "en": f"The applicant's asylum procedure ended with a refusal on {d}."}[lang])
    return " ".join(out) or None


def s25_ask(c: Case, lang: str) -> str:
    return {"nl": f"Om deze redenen verzoekt {_vz(c, lang, False)} u om een machtiging tot verblijf van meer dan drie "
                  f"maanden op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"Pour ces motifs, {_vz(c, lang, False)} sollicite une autorisation de séjour de plus de trois mois "
                  f"sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "For these reasons the applicant requests leave to remain for more than three months under Article "
                  "9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: window letter

_WL = {"nl": dict(reg="Per aangetekende zending", to=["Dienst Vreemdelingenzaken", "Cel Medische Regularisatie",
                                                      "Pachecolaan 44", "1000 Brussel"],
                  ref="Ons kenmerk", subj="Betreft: aanvraag tot machtiging tot verblijf op grond van artikel 9ter "
                  "Vreemdelingenwet – {n}", sal="Geachte heer, Geachte mevrouw,",
                  intro="Ondergetekende, advocaat, handelend in naam en voor rekening van {n}, heeft de eer u het "
                  "volgende te verzoeken.",
                  h=["1. Persoonsgegevens van verzoeker", "2. Verblijfplaats en woonplaatskeuze", "3. Gezinsleden",
                     "4. Identiteit", "5. Medische toestand", "6. Beschikbaarheid en toegankelijkheid van de zorg",
                     "7. Andere procedures", "8. Verzoek"],
                  close="Met de meeste hoogachting,", role="advocaat", inv="INVENTARIS VAN DE STUKKEN",
                  invh=("Nr.", "Omschrijving"), page="pagina {i} van {n}"),
       "fr": dict(reg="Par envoi recommandé", to=["Office des Étrangers", "Service Régularisations Médicales",
                                                  "Boulevard Pachéco 44", "1000 Bruxelles"],
                  ref="Notre référence", subj="Concerne : demande d'autorisation de séjour sur la base de l'article "
                  "9ter de la loi du 15 décembre 1980 – {n}", sal="Madame, Monsieur,",
                  intro="Le soussigné, avocat, agissant au nom et pour le compte de {n}, a l'honneur de solliciter "
                  "ce qui suit.",
                  h=["1. Données personnelles du requérant", "2. Résidence et élection de domicile",
                     "3. Membres de la famille", "4. Identité", "5. Situation médicale",
                     "6. Disponibilité et accessibilité des soins", "7. Autres procédures", "8. Demande"],
                  close="Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
                  role="avocat", inv="INVENTAIRE DES PIÈCES", invh=("N°", "Description"),
                  page="page {i} sur {n}"),
       "en": dict(reg="By registered mail", to=["Immigration Office", "Medical Regularisation Unit",
                                                "Pachecolaan 44", "1000 Brussels"],
                  ref="Our reference", subj="Re: application for leave to remain under Article 9ter of the Aliens "
                  "Act – {n}", sal="Dear Sir or Madam,",
                  intro="The undersigned, a lawyer acting in the name and on behalf of {n}, respectfully submits the "
                  "following application.",
                  h=["1. Personal details", "2. Residence and elected domicile", "3. Family members", "4. Identity",
                     "5. Medical condition", "6. Availability and accessibility of care", "7. Other procedures",
                     "8. Request"],
                  close="Yours faithfully,", role="lawyer", inv="LIST OF EXHIBITS", invh=("No.", "Description"),
                  page="page {i} of {n}")}


def app_window(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, R = c.lawyer, _WL[lang]
    font = rng.choice(["serif2", "sans2", "serif6"])
    size = 10.5
    lh = size * 0.3528 * 1.5
    bar = rng.choice([(30, 90, 120), (120, 30, 50), (60, 60, 60)])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        sh.rect(12, 10, 2.2, 30 if len(pages) == 1 else 12, width_mm=0, fill=bar)
        if len(pages) == 1:
            sh.text(18, 12, L["firm"], font=font, size_pt=13, bold=True, color=bar)
            sh.text(18, 18.5, L["street"], font=font, size_pt=8.5, color=GREY)
            sh.text(18, 22.5, f"{L['pc']} {L['city']}", font=font, size_pt=8.5, color=GREY)
            sh.text(18, 26.5, f"T {L['tel']} · {L['mail']}", font=font, size_pt=8.5, color=GREY)
        else:
            sh.text(18, 12, f"{L['firm']} – {c.p.surname.upper()}", font=font, size_pt=8.5, color=GREY)
            st["y"] = 28
        return sh

    sh = new()
    sh.text(112, 42, R["reg"], font=font, size_pt=9, italic=True, color=GREY)
    for i, ln in enumerate(R["to"]):
        sh.text(112, 49 + i * 5, ln, font=font, size_pt=10.5)
    sh.text(18, 80, f"{R['ref']}: {c.p.surname.upper()[:4]}/{c.app_date.year}/{rng.randint(100, 999)}", font=font,
            size_pt=9)
    sh.text(192, 80, f"{L['city']}, {c.d(c.app_date, lang, 'long')}", font=font, size_pt=10.2, anchor="right")
    y = 90
    for ln in _wrap(R["subj"].format(n=name_in(c.p, "SURNAME Given")), 172, font, 10.5):
        sh.text(18, y, ln, font=font, size_pt=10.5, bold=True)
        y += 5.2
    sh.text(18, y + 4, R["sal"], font=font, size_pt=size)
    y = sh.paragraph(18, y + 11, 174, R["intro"].format(n=name_in(c.p, c.name_style)), font=font, size_pt=size,
                     leading=1.5, align="justify")
    st["y"] = y + 4

    def section(head: str, body: str | None, tag: str | None):
        if not body:
            return
        rows = _wrap(body, 172, font, size)
        if st["y"] + 16 > 270:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        pages[-1].text(18, st["y"], head, font=font, size_pt=10.8, bold=True)
        st["y"] += 6.2
        for r in rows:
            if st["y"] > 272:
                new()
            pages[-1].text(18, st["y"], r, font=font, size_pt=size)
            st["y"] += lh
        st["y"] += 3.5

    H = R["h"]
    section(H[0], s25_person(c, lang), "personal")
    section(H[1], " ".join(x for x in (s25_home(c, lang), s25_domicile(c, lang)) if x), "residence")
    section(H[2], s25_family(c, lang), "family")
    section(H[3], s25_identity(c, lang), "identity")
    section(H[4], s25_medical(c, lang), "medical")
    section(H[5], s25_coi(c, lang), "coi")
    section(H[6], s25_other(c, lang), "parallel")
    section(H[7], s25_ask(c, lang), None)
    if st["y"] + 42 > 278:
        new()
    sh = pages[-1]
    y = sh.paragraph(18, st["y"] + 2, 174, R["close"], font=font, size_pt=size) + 3
    tags["signature"] = len(pages)
    if "unsigned" not in c.flags:
        sh.signature(122, y, rng.uniform(40, 52), 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(122, y + 18, f"{L['first']} {L['last']}", font=font, size_pt=size)
    sh.text(122, y + 23, R["role"], font=font, size_pt=9.5, color=GREY)
    ann = [d for _, d in c.annexes]
    if ann:
        inv = new()
        inv.text(105, 34, R["inv"], font=font, size_pt=12, bold=True, anchor="center")
        yy = 44
        inv.rect(25, yy, 16, 8, width_mm=0.25, fill=(235, 235, 235))
        inv.rect(41, yy, 144, 8, width_mm=0.25, fill=(235, 235, 235))
        inv.text(28, yy + 2, R["invh"][0], font=font, size_pt=9.5, bold=True)
        inv.text(44, yy + 2, R["invh"][1], font=font, size_pt=9.5, bold=True)
        yy += 8
        for i, d in enumerate(ann, 1):
            rows = _wrap(d, 138, font, 9.5)
            h = 3 + 4.6 * len(rows)
            inv.rect(25, yy, 16, h, width_mm=0.25)
            inv.rect(41, yy, 144, h, width_mm=0.25)
            inv.text(28, yy + 1.5, str(i), font=font, size_pt=9.5)
            for k, r in enumerate(rows):
                inv.text(44, yy + 1.5 + k * 4.6, r, font=font, size_pt=9.5)
            yy += h
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(192, 288, R["page"].format(i=i, n=n), font=font, size_pt=8, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-prose-vensterenvelop-genummerde-titels-verzoeker-25", "application", PART, "nl",
     lambda c, r: app_window(c, r, lang="nl"),
     "lawyer's letter for a window envelope, numbered section titles, 'verzoeker', signature at the right, "
     "inventory table on its own page")
_reg("be9ter-app-fr-prose-enveloppe-fenetre-titres-numerotes-requerant-25", "application", PART, "fr",
     lambda c, r: app_window(c, r, lang="fr"), "lettre d'avocat pour enveloppe à fenêtre, 'le requérant'")
_reg("be9ter-app-en-prose-window-envelope-numbered-titles-applicant-25", "application", PART, "en",
     lambda c, r: app_window(c, r, lang="en"), "lawyer's letter in English for a window envelope")


# --------------------------------------------------------------------------- application 2: hand-filled template

_HF = {"nl": dict(org="Sociaal-juridische dienst – Onthaal nieuwkomers", title="AANVRAAG MACHTIGING TOT VERBLIJF "
                  "OM MEDISCHE REDENEN (ART. 9TER)", sub="Aan: Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel "
                  "– aangetekend", A="A. Aanvrager", nm="Naam en voornamen", bd="Geboortedatum", bp="Geboorteplaats",
                  nat="Nationaliteit", nr="Rijksregisternr. / DVZ-nr.", B="B. Verblijf", ad="Verblijfsadres",
                  dom="Woonplaatskeuze", d1="op het verblijfsadres", d2="bij de advocaat", d3="elders:",
                  C="C. Gezinsleden die mee aanvragen", D="D. Identiteit", E="E. Ziekte en behandeling",
                  F="F. Zorg in het land van herkomst", G="G. Andere procedures", H="H. Bijlagen",
                  ask="Ik vraag een machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980.",
                  place="Plaats en datum", sign="Handtekening van de aanvrager", help="Ingevuld met hulp van",
                  page="blad {i}/{n}"),
       "fr": dict(org="Service social-juridique – Accueil des primo-arrivants", title="DEMANDE D'AUTORISATION DE "
                  "SÉJOUR POUR RAISONS MÉDICALES (ART. 9TER)", sub="À : Office des Étrangers, Boulevard Pachéco 44, "
                  "1000 Bruxelles – recommandé", A="A. Demandeur", nm="Nom et prénoms", bd="Date de naissance",
                  bp="Lieu de naissance", nat="Nationalité", nr="N° national / n° OE", B="B. Résidence",
                  ad="Adresse de résidence", dom="Élection de domicile", d1="à l'adresse de résidence",
                  d2="chez l'avocat", d3="ailleurs :", C="C. Membres de la famille compris dans la demande",
                  D="D. Identité", E="E. Maladie et traitement", F="F. Soins dans le pays d'origine",
                  G="G. Autres procédures", H="H. Annexes",
                  ask="Je sollicite une autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre "
                      "1980.", place="Lieu et date", sign="Signature du demandeur", help="Rempli avec l'aide de",
                  page="feuille {i}/{n}")}


def app_form_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    R = _HF[lang]
    lf = rng.choice(["sans4", "sans6"])
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([PEN, (30, 30, 40)])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet(paper=rng.choice(["white", "white", "grey"]))
        pages.append(sh)
        if len(pages) == 1:
            sh.text(20, 12, R["org"], font=lf, size_pt=8.5, color=GREY)
            sh.rect(20, 17, 170, 11, width_mm=0.6)
            sh.text(105, 19.5, R["title"], font=lf, size_pt=_fitw(R["title"], lf, 11, 164), bold=True,
                    anchor="center")
            sh.text(20, 31, R["sub"], font=lf, size_pt=8.5)
            st["y"] = 40
        else:
            st["y"] = 16
        return sh

    new()

    def head(s: str):
        if st["y"] + 20 > 270:
            new()
        sh = pages[-1]
        sh.rect(20, st["y"], 170, 6.5, width_mm=0, fill=(215, 215, 215))
        sh.text(22, st["y"] + 1.2, s, font=lf, size_pt=10, bold=True)
        st["y"] += 9

    def short(label: str, value: str, tag=None):
        if st["y"] + 9 > 272:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        sh.text(22, st["y"] + 1, label, font=lf, size_pt=8.5)
        sh.rect(72, st["y"] - 0.5, 118, 7.5, width_mm=0.2)
        if value:
            v = hand_safe(value).upper()
            sh.handwriting(74, st["y"] - 0.8, v, rng, size_pt=_fitw(v, "blockcaps", 11, 112), color=ink,
                           font="blockcaps")
        st["y"] += 9.5

    def long(text: str | None, tag=None, min_lines=2):
        rows = _wrap(hand_safe(text or ""), 164, hf, 11) if text else []
        n = max(min_lines, len(rows))
        for k in range(n):
            if st["y"] + 8 > 274:
                new()
            sh = pages[-1]
            if tag and k == 0:
                tags.setdefault(tag, len(pages))
            sh.rule(22, st["y"] + 6, 190, st["y"] + 6, width_mm=0.12, color=(140, 140, 140))
            if k < len(rows):
                sh.handwriting(23, st["y"], rows[k], rng, size_pt=11, color=ink, font=hf)
            st["y"] += 7.4
        st["y"] += 2

    p = c.p
    head(R["A"])
    short(R["nm"], f"{p.surname} {p.given_names}", "personal")
    short(R["bd"], fdate(p.birth_date, "slashes", lang))
    short(R["bp"], "" if "no_birthplace" in c.flags else f"{p.birth_place}, {cname(c.birth_cc(), lang)}")
    short(R["nat"], "" if "no_nationality" in c.flags else COUNTRIES[p.nationality]["adj_" + lang])
    short(R["nr"], c.nrn or c.ov or "")
    head(R["B"])
    a = "" if "no_address" in c.flags else addr_str(c.addr, lang, "street-first")
    short(R["ad"], a, "residence")
    sh = pages[-1]
    sh.text(22, st["y"] + 1, R["dom"], font=lf, size_pt=8.5)
    chosen = None if ("no_domicile" in c.flags or c.domicile == "none") else \
        {"residence": 0, "lawyer": 1, "other": 2}.get(c.domicile)
    x = 72
    for i, o in enumerate((R["d1"], R["d2"], R["d3"])):
        sh.rect(x, st["y"] + 0.5, 3.6, 3.6, width_mm=0.3)
        if chosen == i:
            sh.handwriting(x - 0.5, st["y"] - 1.8, "X", rng, size_pt=12, color=ink, font=hf)
        sh.text(x + 5, st["y"] + 1, o, font=lf, size_pt=8.5)
        x += 10 + text_width_mm(o, lf, 8.5)
    st["y"] += 8
    if chosen == 1 and c.lawyer:
        L = c.lawyer
        long(f"{L['first']} {L['last']}, {L['street']}, {L['pc']} {L['city']}", min_lines=1)
    elif chosen == 2:
        long(c.other_domicile, min_lines=1)
    if c.family:
        head(R["C"])
        long(s25_family(c, lang), "family", 1)
    head(R["D"])
    long(s25_identity(c, lang), "identity")
    head(R["E"])
    long(s25_medical(c, lang), "medical", 3)
    coi = s25_coi(c, lang)
    head(R["F"])
    long(coi, "coi" if coi else None)
    oth = s25_other(c, lang)
    head(R["G"])
    long(oth, "parallel" if oth else None, 1)
    ann = [d for _, d in c.annexes]
    head(R["H"])
    for i, d in enumerate(ann, 1):
        if st["y"] + 7 > 274:
            new()
        pages[-1].text(23, st["y"], f"{i}.", font=lf, size_pt=9)
        pages[-1].handwriting(30, st["y"] - 1.5, hand_safe(d)[:80], rng, size_pt=10, color=ink, font=hf)
        st["y"] += 6.5
    if st["y"] + 46 > 280:
        new()
    sh = pages[-1]
    y = sh.paragraph(20, st["y"] + 4, 170, R["ask"], font=lf, size_pt=9.5, bold=True) + 4
    sh.text(20, y + 1, R["place"], font=lf, size_pt=8.5)
    sh.handwriting(60, y - 1.5, hand_safe(f"{c.addr.city}, {fdate(c.app_date, 'slashes', lang)}"), rng, size_pt=11,
                   color=ink, font=hf)
    tags["signature"] = len(pages)
    sh.text(20, y + 14, R["sign"], font=lf, size_pt=8.5)
    if "unsigned" not in c.flags:
        sh.signature(72, y + 8, rng.uniform(38, 50), 15, rng, color=ink)
    sh.text(130, y + 14, R["help"], font=lf, size_pt=7.5, color=GREY)
    sh.stamp(130, y + 18, [R["org"].split("–")[0].strip()[:26], c.addr.city.upper()], rng, shape="rect",
             size_mm=34, color=STAMP_VIOLET, angle=rng.uniform(-4, 4))
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 289, R["page"].format(i=i, n=n), font=lf, size_pt=7.5, anchor="right", color=GREY)
    return pages, tags


def _fitw(s: str, font: str, size: float, w: float) -> float:
    while size > 6 and text_width_mm(s, font, size) > w:
        size -= 0.3
    return size


_reg("be9ter-app-nl-form-papieren-sjabloon-handgeschreven-blokletters-25", "application", PART, "nl",
     lambda c, r: app_form_hand(c, r, lang="nl"),
     "social-legal service's paper template filled in by hand, block capitals in boxes, ticked domicile boxes")
_reg("be9ter-app-fr-form-modele-papier-rempli-a-la-main-25", "application", PART, "fr",
     lambda c, r: app_form_hand(c, r, lang="fr"), "modèle papier d'un service social rempli à la main")


# --------------------------------------------------------------------------- medical certificate 2024: circles

def medcert_circles(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans3"
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 12, M_["title"], font=f, size_pt=12.5, bold=True, anchor="center")
            y = sh.paragraph(28, 18.5, 154, M_["law"], font=f, size_pt=7, align="center", color=GREY)
            sh.text(105, y + 0.5, M_["model"], font=f, size_pt=7, anchor="center", color=GREY)
            st["y"] = y + 8
        else:
            st["y"] = 14
        return sh

    new()

    def sec(title: str, answer: str, tag=None, extra=0.0, num=None):
        if num is None:
            num, _, rest = title.partition(". ")
        else:
            rest = title.split(") ", 1)[-1]
        al = _wrap(answer, 150, f, 9) if answer else []
        tl = _wrap(rest or title, 150, f, 9)
        h = len(tl) * 4 + max(1, len(al)) * 4.3 + 5 + extra
        if st["y"] + h > 278:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        sh.rect(20, y, 7, 7, width_mm=0, fill=(40, 40, 50))
        sh.text(23.5, y + 1.4, num, font=f, size_pt=8 if len(num) < 3 else 6.5, bold=True, anchor="center",
                color=(255, 255, 255))
        for k, ln in enumerate(tl):
            sh.text(31, y + 0.8 + k * 4, ln, font=f, size_pt=9, bold=True)
        yb = y + len(tl) * 4 + 1.5
        bh = max(1, len(al)) * 4.3 + 2 + extra
        sh.rect(31, yb, 159, bh, width_mm=0, fill=(242, 244, 247))
        for k, ln in enumerate(al):
            sh.text(33, yb + 1 + k * 4.3, ln, font=f, size_pt=9)
        st["y"] = yb + bh + 3
        return sh, yb + len(al) * 4.3 + 1.5

    sec(M_["s1"], f"{M_['name']}: {v['surname']}   {M_['first']}: {v['first']}   {M_['bd']}: {v['bd']}   "
                  f"{M_['nat']}: {v['nat']}" if v["surname"] else "", "patient")
    sec(M_["s2"], f"{d.name()} – {SPECIALTY[d.spec].get(lang, '')} – {M_['riziv']}: {v['riziv'] or '.......'} – "
                  f"{d.street}, {d.pc} {d.city} – {d.tel}", "doctor")
    sec(M_["s3"], fdate(c.cert_date - timedelta(days=rng.randint(150, 1800)), "dots", lang))
    sec(M_["s4"], v["hist"])
    sec(M_["s5"], f"{v['ill']} (ICD-10 {v['icd']})" if v["ill"] else "", "illness")
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    sh, yy = sec(M_["s6"], v["sev"], "severity", extra=6)
    opts = "    ".join(("☒ " if i == k else "☐ ") + o for i, o in enumerate(M_["sevopts"]))
    sh.text(33, yy + 0.5, opts, font=f, size_pt=9.5)
    sec(M_["s7"] + " – " + M_["s7a"].split(") ", 1)[-1], v["meds"], "treatment")
    sec(M_["s7b"], v["interv"], num="7b")
    sec(M_["s7c"], v["dur"], num="7c")
    sec(M_["s8"], v["cons"])
    sec(M_["s9"], v["prog"])
    sec(M_["s10"], v["needs"])
    sec(M_["s11"], v["travel"])
    if st["y"] + 40 > 284:
        new()
    sh = pages[-1]
    tags["signature"] = len(pages)
    y = st["y"] + 4
    sh.text(20, y, f"{M_['date']}: {v['date']}", font=f, size_pt=9.5)
    sh.text(110, y, M_["sign"], font=f, size_pt=9, bold=True)
    if v["signed"]:
        sh.stamp(108, y + 6, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect2", size_mm=36,
                 color=rng.choice([STAMP_BLUE, STAMP_RED]), angle=rng.uniform(-5, 5))
        sh.signature(126, y + 10, 44, 15, rng, color=INK_BLACK)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 290, M_["page"].format(i=i, n=n), font=f, size_pt=7, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-getypt-nummers-in-donkere-vakjes-kaders-25", "medical-certificate", PART, "nl",
     lambda c, r: medcert_circles(c, r, lang="nl"),
     "2024 model typed, the section numbers in dark squares in the margin, answers in pale boxes, ballot boxes")
_reg("be9ter-medcert-2024-fr-numeros-en-marge-cadres-pales-25", "medical-certificate", PART, "fr",
     lambda c, r: medcert_circles(c, r, lang="fr"), "modèle 2024 dactylographié, numéros en marge")


# --------------------------------------------------------------------------- medical certificate, old model: typewriter

def medcert_typewriter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    lf, tf = "serif", rng.choice(["typewriter", "typewriter2", "typewriter3"])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}
    dx = rng.uniform(-1.5, 1.5)

    def new():
        sh = Sheet(paper="cream")
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 13, M_["title"], font=lf, size_pt=13, bold=True, anchor="center")
            sh.text(105, 19.5, M_.get("sub", ""), font=lf, size_pt=9, anchor="center")
            sh.text(105, 24.5, M_.get("law", ""), font=lf, size_pt=8.5, anchor="center", color=GREY)
            st["y"] = 34
        else:
            st["y"] = 16
        return sh

    new()

    def q(label: str, ans: str, tag=None, space=2):
        lab = _wrap(label, 170, lf, 9.5)
        al = _wrap(ans, 164, tf, 10) if ans else []
        n = max(space, len(al))
        h = len(lab) * 4.2 + n * 4.8 + 4
        if st["y"] + h > 280:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, ln in enumerate(lab):
            sh.text(20, y + k * 4.2, ln, font=lf, size_pt=9.5, bold=(k == 0))
        y += len(lab) * 4.2 + 1
        for k, ln in enumerate(al):
            sh.text(24 + dx, y + k * 4.8, ln, font=tf, size_pt=10, color=(30, 30, 30))
        st["y"] = y + n * 4.8 + 3

    q(f"{M_['pat']}:", v["pat"], "patient", 1)
    q(f"{M_['bd']}:", v["bd"], None, 1)
    q(f"{M_['nat']}:", v["nat"], None, 1)
    q(M_["A"], v["hist"])
    q(M_["B"], (f"{M_['diag']} {v['ill']} ({v['icd']})" if v["ill"] else ""), "illness", 2)
    q(M_["sev"], v["sev"], "severity" if v["sev"] else None, 1)
    q(M_["C"], "; ".join(x for x in (v["meds"], v["interv"], v["dur"]) if x), "treatment", 3)
    q(M_["D"], v["cons"])
    q(M_["E"], v["prog"])
    q(M_["F"], v["needs"])
    q(M_["G"], v["travel"], space=1)
    if st["y"] + 46 > 284:
        new()
    sh = pages[-1]
    tags["signature"] = len(pages)
    y = st["y"] + 3
    sh.text(20, y, M_["date"], font=lf, size_pt=9.5)
    sh.text(22 + text_width_mm(M_["date"], lf, 9.5) + dx, y, v["date"], font=tf, size_pt=10)
    sh.text(20, y + 7, M_["riziv"], font=lf, size_pt=9.5)
    if v["riziv"]:
        sh.text(22 + text_width_mm(M_["riziv"], lf, 9.5) + dx, y + 7, v["riziv"], font=tf, size_pt=10)
    sh.text(20, y + 14, M_["spec"], font=lf, size_pt=9.5)
    sh.text(22 + text_width_mm(M_["spec"], lf, 9.5), y + 14, SPECIALTY[c.doctor.spec].get(
        lang if lang in ("nl", "fr", "de") else "nl", ""), font=tf, size_pt=10)
    sh.text(20, y + 22, M_["sign"], font=lf, size_pt=9.5)
    if v["signed"]:
        sh.signature(40, y + 27, 46, 15, rng, color=INK_BLUE)
        sh.stamp(110, y + 24, _stamp_lines(c, lang if lang != "en" else "nl", bool(v["riziv"])), rng, shape="oval",
                 size_mm=36, color=STAMP_BLUE)
    sh.text(40, y + 44, c.doctor.name("caps"), font=tf, size_pt=10)
    return pages, tags


_reg("be9ter-medcert-old-en-schrijfmachine-op-voorgedrukt-model-25", "medical-certificate", PART, "en",
     lambda c, r: medcert_typewriter(c, r, lang="en"),
     "the previous model in English filled in on a typewriter onto the printed form")
_reg("be9ter-medcert-old-de-schreibmaschine-vordruck-25", "medical-certificate", PART, "de",
     lambda c, r: medcert_typewriter(c, r, lang="de"), "das frühere Muster, mit der Schreibmaschine ausgefüllt")


# --------------------------------------------------------------------------- medical statements

def _ml(c: Case) -> str:
    return c.lang if c.lang in ("nl", "fr") else "fr"


def medstat_specialist_discharge(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    f = "serif4"
    sh = Sheet()
    sh.text(20, 12, d.inst, font="sans4", size_pt=12, bold=True, color=(0, 90, 80))
    sh.text(20, 18, f"{d.dept or SPECIALTY[d.spec].get(lang, '')} · {d.street} · {d.pc} {d.city}", font="sans4",
            size_pt=7.5, color=GREY)
    sh.rule(20, 22, 190, 22, width_mm=0.3, color=(0, 90, 80))
    adm = c.medstat_date - timedelta(days=rng.randint(4, 15))
    T = {"nl": dict(title="ONTSLAGBRIEF", to="Aan de behandelende huisarts", pat="Betreft", adm="Opname",
                    dis="Ontslag", dx="Diagnose", cr="Verloop", tx="Medicatie bij ontslag", fu="Opvolging",
                    greet="Geachte collega,", end="Met collegiale groeten,", cc="Kopie: patiënt"),
         "fr": dict(title="LETTRE DE SORTIE", to="Au médecin traitant", pat="Concerne", adm="Admission",
                    dis="Sortie", dx="Diagnostic", cr="Évolution", tx="Traitement de sortie", fu="Suivi",
                    greet="Cher Confrère,", end="Bien confraternellement,", cc="Copie : patient")}[lang]
    sh.text(20, 32, T["title"], font="sans4", size_pt=14, bold=True)
    sh.text(120, 32, T["to"], font=f, size_pt=9.5)
    y = 44
    for a, b in ((T["pat"], f"{name_in(c.p, 'SURNAME Given')} ({fdate(c.p.birth_date, 'dots', lang)})"),
                 (T["adm"], fdate(adm, "dots", lang)), (T["dis"], fdate(c.medstat_date, "dots", lang))):
        sh.text(20, y, a, font=f, size_pt=10, bold=True)
        sh.text(55, y, b, font=f, size_pt=10)
        y += 5.5
    sh.text(20, y + 4, T["greet"], font=f, size_pt=10.5)
    y += 12
    for a, b in ((T["dx"], f"{t['name']} (ICD-10 {il['icd']})."), (T["cr"], f"{t['history']} {t['severity']}"),
                 (T["tx"], "; ".join(t["meds"]) + "."), (T["fu"], f"{t['duration']} {t['consequences']}")):
        sh.text(20, y, a, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(20, y + 5, 170, b, font=f, size_pt=10.3, leading=1.4) + 3
    sh.text(20, y + 2, T["end"], font=f, size_pt=10.5)
    sh.signature(20, y + 7, 44, 14, rng, color=INK_BLUE)
    sh.text(20, y + 23, d.name(), font=f, size_pt=10.5)
    sh.text(20, y + 28, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9.5, color=GREY)
    sh.text(20, 287, T["cc"], font=f, size_pt=8, color=GREY)
    return [sh], {}


def medstat_health_centre(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    sh = Sheet()
    name = {"nl": f"Wijkgezondheidscentrum {rng.choice(['De Sleep', 'Botermarkt', 'Rabot', 'Het Volk'])}",
            "fr": f"Maison médicale {rng.choice(['du Nord', 'Les Marolles', 'Santé Plurielle', 'Le Gué'])}"}[lang]
    sh.rect(20, 12, 18, 18, width_mm=0, fill=(230, 120, 40))
    sh.text(29, 16, "+", font="sans4", size_pt=26, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(42, 14, name, font="sans5", size_pt=13, bold=True)
    sh.text(42, 21, {"nl": "forfaitaire eerstelijnszorg · huisartsen · verpleging · onthaal",
                     "fr": "soins de première ligne au forfait · médecine générale · soins infirmiers"}[lang],
            font="sans5", size_pt=8, color=GREY)
    title = {"nl": "ATTEST", "fr": "ATTESTATION"}[lang]
    sh.text(105, 46, title, font="sans5", size_pt=15, bold=True, anchor="center")
    txt = {"nl": f"Ondergetekende, {d.name()}, arts verbonden aan ons centrum, verklaart dat "
                 f"{name_in(c.p, 'Given SURNAME')}, geboren op {fdate(c.p.birth_date, 'long', 'nl')}, sinds "
                 f"{fdate(c.medstat_date - timedelta(days=rng.randint(200, 900)), 'long', 'nl')} bij ons is "
                 f"ingeschreven en behandeld wordt voor {t['name']}. {t['severity']} De huidige behandeling bestaat "
                 f"uit {', '.join(t['meds'])}. {t['consequences']}",
           "fr": f"Je soussigné(e), {d.name()}, médecin à la maison médicale, certifie que "
                 f"{name_in(c.p, 'Given SURNAME')}, né(e) le {fdate(c.p.birth_date, 'long', 'fr')}, est inscrit(e) "
                 f"chez nous depuis le {fdate(c.medstat_date - timedelta(days=rng.randint(200, 900)), 'long', 'fr')} "
                 f"et est suivi(e) pour {t['name']}. {t['severity']} Le traitement actuel comprend "
                 f"{', '.join(t['meds'])}. {t['consequences']}"}[lang]
    y = sh.paragraph(25, 60, 160, txt, font="sans5", size_pt=10.5, leading=1.55)
    y = sh.paragraph(25, y + 4, 160, {"nl": "Attest afgeleverd op verzoek van de patiënt, voor zijn advocaat.",
                                      "fr": "Attestation délivrée à la demande du patient, pour son avocat."}[lang],
                     font="sans5", size_pt=10.5, leading=1.55)
    sh.text(25, y + 8, f"{d.city}, {fdate(c.medstat_date, 'slashes', lang)}", font="sans5", size_pt=10.5)
    sh.signature(110, y + 4, 44, 14, rng, color=INK_BLUE)
    sp = SPECIALTY[d.spec].get(lang, "")
    sh.stamp(110, y + 20, [x for x in (f"Dr {d.first[0]}. {d.last.upper()}", sp, name[:26]) if x], rng, shape="rect",
             size_mm=36, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-medstat-specialist-ontslagbrief-aan-huisarts-25", "medical-statement", PART, "nl/fr",
     medstat_specialist_discharge, "hospital specialist's discharge letter to the GP, admission and discharge dates")
_reg("be9ter-medstat-wijkgezondheidscentrum-attest-oranje-logo-25", "medical-statement", PART, "nl/fr",
     medstat_health_centre, "community health centre's (maison médicale) attestation by its doctor")


# --------------------------------------------------------------------------- country of origin information

def coi_ngo_excerpt(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    cn = cname(o, "en")
    dr = drug(c.illness, "en")
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    f = "serif6"
    yr = c.app_date.year - rng.choice([0, 1])
    sh.text(20, 12, f"Health Access Watch – {cn}: Access to chronic care, {yr}", font=f, size_pt=8, italic=True,
            color=GREY)
    sh.text(190, 12, str(rng.randint(14, 48)), font=f, size_pt=8, anchor="right", color=GREY)
    sh.text(20, 24, f"4.{rng.randint(1, 6)}  Medicines for chronic conditions", font=f, size_pt=12.5, bold=True)
    paras = [f"Interviews conducted in {co['capital']} show that {dr} is, in practice, obtainable only at "
             f"{co['hospital']} and in a few private pharmacies.¹ Stock-outs at the public facility lasted several "
             f"weeks at a time during the period under review.²",
             f"Where the medicine is available privately, a month's treatment costs about {il['cost']}, whereas the "
             f"average monthly wage is {co['wage']}.³ {co['insurance_en']}",
             "Specialist follow-up is concentrated in the capital; patients from other regions reported travel "
             "times of one to two days for each consultation."]
    y = 34
    for p_ in paras:
        y = sh.paragraph(20, y, 170, p_, font=f, size_pt=10.5, leading=1.5, align="justify") + 3
    sh.rule(20, 255, 80, 255, width_mm=0.2)
    notes = [f"¹ Interview with a hospital pharmacist, {co['capital']}, {yr}.",
             "² Facility stock records reviewed by the researchers.",
             "³ National statistics office, wage survey; price survey of five pharmacies."]
    for i, n in enumerate(notes):
        sh.text(20, 258 + i * 4.5, n, font=f, size_pt=8)
    sh.handwriting(150, 20, f"stuk {rng.randint(5, 9)}", rng, size_pt=13, color=(190, 30, 30))
    return [sh], {}


_TLD = {"HTI": "ht", "TCD": "td", "NPL": "com.np", "TUR": "com.tr"}


def coi_pharmacist_mail(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    co = COUNTRIES[o]
    if o in ("NPL", "TUR"):
        return coi_pharmacist_mail_en(c, rng)
    dr = drug(c.illness, "fr")
    il = ILLNESSES[c.illness]
    sh = Sheet()
    f = "sans"
    L = c.lawyer or {"first": "", "last": "", "mail": "cabinet@example.be"}
    sent = c.app_date - timedelta(days=rng.randint(6, 40))
    sh.text(20, 10, f"{L.get('first', '')} {L.get('last', '')}".strip() or "Cabinet", font=f, size_pt=8, color=GREY)
    sh.rule(20, 14, 190, 14, width_mm=0.5)
    sender = f"pharmacie.{co['capital'].split()[0].lower().replace(chr(39), '')}@example.{_TLD.get(o, 'net')}"
    rows = [("De :", f"Pharmacie Centrale – {co['capital']} <{sender}>"),
            ("Envoyé :", fdate(sent, "long", "fr") + f" {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"),
            ("À :", L.get("mail", "")), ("Objet :", f"RE: disponibilité {dr.split(' (')[0]}")]
    y = 20
    for a, b in rows:
        sh.text(20, y, a, font=f, size_pt=9.5, bold=True)
        sh.text(42, y, b, font=f, size_pt=9.5)
        y += 5
    sh.rule(20, y + 1, 190, y + 1, width_mm=0.2, color=GREY)
    txt = (f"Maître,\n\nSuite à votre courriel, je vous confirme que {dr} n'est pas disponible de manière régulière "
           f"dans notre pharmacie ni chez nos grossistes. Lorsqu'il arrive, le coût d'un mois de traitement est "
           f"d'environ {il['cost']}, ce qui dépasse de loin le salaire moyen ({co['wage']}). À notre connaissance, "
           f"seul {co['hospital']} en reçoit parfois, avec de longues ruptures de stock. {co['insurance_fr']}\n\n"
           f"Bien cordialement,\nle pharmacien titulaire")
    sh.paragraph(20, y + 7, 170, txt, font=f, size_pt=10, leading=1.45)
    sh.text(20, 288, f"1/1 · imprimé le {fdate(c.app_date - timedelta(days=rng.randint(1, 5)), 'slashes', 'fr')}",
            font=f, size_pt=7, color=GREY)
    return [sh], {}


def coi_pharmacist_mail_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The same mailbox print when the pharmacist abroad answered in English."""
    o = c.origin()
    co = COUNTRIES[o]
    dr = drug(c.illness, "en")
    il = ILLNESSES[c.illness]
    sh = Sheet()
    f = "sans"
    L = c.lawyer or {"first": "", "last": "", "mail": "office@example.be"}
    sent = c.app_date - timedelta(days=rng.randint(6, 40))
    sh.text(20, 10, f"{L.get('first', '')} {L.get('last', '')}".strip() or "Office", font=f, size_pt=8, color=GREY)
    sh.rule(20, 14, 190, 14, width_mm=0.5)
    sender = f"info.{co['capital'].split()[0].lower()}@example.{_TLD.get(o, 'net')}"
    rows = [("From:", f"Central Pharmacy – {co['capital']} <{sender}>"),
            ("Sent:", fdate(sent, "long", "en") + f" {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"),
            ("To:", L.get("mail", "")), ("Subject:", f"RE: availability of {dr.split(' (')[0]}")]
    y = 20
    for a, b in rows:
        sh.text(20, y, a, font=f, size_pt=9.5, bold=True)
        sh.text(42, y, b, font=f, size_pt=9.5)
        y += 5
    sh.rule(20, y + 1, 190, y + 1, width_mm=0.2, color=GREY)
    txt = (f"Dear Sir/Madam,\n\nFurther to your e-mail, I confirm that {dr} is not regularly available in our pharmacy "
           f"or from our wholesalers. When it is delivered, one month of treatment costs about {il['cost']}, far more "
           f"than the average wage ({co['wage']}). To my knowledge only {co['hospital']} receives it from time to "
           f"time, with long stock-outs. {co['insurance_en']}\n\nKind regards,\nthe pharmacist in charge")
    sh.paragraph(20, y + 7, 170, txt, font=f, size_pt=10, leading=1.45)
    sh.text(20, 288, f"1/1 · printed {fdate(c.app_date - timedelta(days=rng.randint(1, 5)), 'slashes', 'en')}",
            font=f, size_pt=7, color=GREY)
    return [sh], {}


_reg("be9ter-coi-en-ngo-rapport-uittreksel-voetnoten-25", "country-of-origin-info", PART, "en", coi_ngo_excerpt,
     "a page excerpted from an NGO report, running head and page number, footnotes, a handwritten exhibit number")
_reg("be9ter-coi-fr-courriel-pharmacien-imprime-25", "country-of-origin-info", PART, "fr", coi_pharmacist_mail,
     "a pharmacist's e-mail from the capital, printed from the lawyer's mailbox")


# --------------------------------------------------------------------------- asylum proofs

def asylum_annex26(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet(paper="grey")
    f = "typewriter2"
    sh.text(20, 14, "ROYAUME DE BELGIQUE – KONINKRIJK BELGIË", font="serif", size_pt=9)
    sh.text(20, 19, "SPF Intérieur – FOD Binnenlandse Zaken · Office des Étrangers – Dienst Vreemdelingenzaken",
            font="serif", size_pt=8)
    sh.text(190, 14, "BIJLAGE 26" if nl else "ANNEXE 26", font="serif", size_pt=13, bold=True, anchor="right")
    sh.photo(160, 26, 28, 36, rng)
    title = ("Attest van het indienen van een verzoek om internationale bescherming" if nl else
             "Attestation de l'introduction d'une demande de protection internationale")
    sh.paragraph(20, 30, 130, title, font="serif", size_pt=11.5, bold=True)
    rows = ([("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
             ("Geboren op", fdate(c.p.birth_date, "slashes")), ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]),
             ("Dossiernummer DVZ", c.ov or ""), ("Verzoek ingediend op", fdate(lodged, "slashes"))] if nl else
            [("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
             ("Né(e) le", fdate(c.p.birth_date, "slashes")), ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]),
             ("Numéro de dossier OE", c.ov or ""), ("Demande introduite le", fdate(lodged, "slashes"))])
    y = 50
    for k, v in rows:
        sh.text(20, y, k + " :", font="serif", size_pt=10)
        sh.text(70, y, v, font=f, size_pt=10.5)
        y += 7
    txt = ("Betrokkene wordt verzocht zich aan te bieden bij het Commissariaat-generaal voor de Vluchtelingen en de "
           "Staatlozen wanneer hij/zij daartoe wordt opgeroepen. Dit attest is geldig zolang de procedure loopt en "
           "wordt maandelijks verlengd." if nl else
           "L'intéressé(e) est prié(e) de se présenter au Commissariat général aux réfugiés et aux apatrides lorsqu'il/"
           "elle y sera convoqué(e). La présente attestation est valable pendant toute la durée de la procédure et est "
           "prorogée mensuellement.")
    y = sh.paragraph(20, y + 6, 170, txt, font="serif", size_pt=10, leading=1.45)
    sh.stamp(30, y + 6, ["DVZ – OE", "ASIEL / ASILE", "BRUSSEL"], rng, shape="round", size_mm=30, color=STAMP_RED)
    sh.signature(120, y + 10, 40, 12, rng, color=INK_BLACK)
    sh.text(120, y + 25, "de gemachtigde" if nl else "le délégué", font="serif", size_pt=9)
    return [sh], {"asylum": 1}


def asylum_orange_card(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    card = Sheet(150, 100)
    card.rect(0, 0, 150, 100, width_mm=0, fill=(250, 200, 140))
    card.text(4, 4, "ATTEST VAN IMMATRICULATIE – MODEL A" if nl else "ATTESTATION D'IMMATRICULATION – MODÈLE A",
              font="sans4", size_pt=9, bold=True)
    card.text(4, 9.5, f"Gemeente / Commune : {c.addr.city}", font="sans4", size_pt=7.5)
    card.photo(118, 14, 26, 33, rng)
    rows = [("Naam / Nom", c.p.surname.upper()), ("Voornaam / Prénom", c.p.given_names),
            ("Geboren op / Né(e) le", fdate(c.p.birth_date, "dots")),
            ("Nationaliteit / Nationalité", COUNTRIES[c.p.nationality]["adj_nl" if nl else "adj_fr"]),
            ("DVZ / OE", c.ov or ""),
            ("Verzoek om bescherming sinds / Demande de protection depuis", fdate(lodged, "dots"))]
    y = 17
    for k, v in rows:
        card.text(4, y, k, font="sans4", size_pt=6, color=(90, 60, 30))
        card.text(4, y + 2.6, v, font="typewriter", size_pt=9)
        y += 8.5
    exp = c.app_date + timedelta(days=rng.randint(20, 120))
    card.text(4, 90, f"Geldig tot / Valable jusqu'au : {fdate(exp, 'dots')}", font="sans4", size_pt=7.5, bold=True)
    card.stamp(80, 62, [f"{c.addr.city.upper()}", "BEVOLKING / POPULATION"], rng, shape="round", size_mm=26,
               color=STAMP_BLUE)
    sh = Sheet()
    paste(sh, card, 30, 30, angle=rng.choice([0, 1.5, -1.5]), dpi=220)
    return [sh], {"asylum": 1}


_reg("be9ter-asylum-bijlage-26-grijs-papier-pasfoto-25", "asylum-proof", PART, "nl", asylum_annex26,
     "annex 26 (attest indienen verzoek internationale bescherming) on grey paper with a photo")
_reg("be9ter-asylum-annexe-26-papier-gris-photo-25", "asylum-proof", PART, "fr", asylum_annex26,
     "annexe 26 sur papier gris avec photo")
_reg("be9ter-asylum-oranje-kaart-attest-immatriculatie-25", "asylum-proof", PART, "nl", asylum_orange_card,
     "the orange card (attest van immatriculatie, model A) copied in colour")
_reg("be9ter-asylum-carte-orange-attestation-immatriculation-25", "asylum-proof", PART, "fr", asylum_orange_card,
     "la carte orange (attestation d'immatriculation, modèle A)")


# --------------------------------------------------------------------------- registered mail

def rm_etracking_pdf(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    sh = Sheet()
    f = "sans2"
    sh.rect(20, 12, 26, 10, width_mm=0, fill=(225, 30, 45))
    sh.text(33, 14.2, "bpost", font="sans4", size_pt=12, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(52, 14, "e-Tracking · Bewijs van afgifte / Preuve de dépôt", font=f, size_pt=12, bold=True)
    sh.text(20, 32, "Afzender / Expéditeur", font=f, size_pt=8.5, color=GREY)
    y = 37
    for ln in _sender_lines(c):
        sh.text(20, y, ln, font=f, size_pt=10)
        y += 4.8
    sh.text(110, 32, "Geadresseerde / Destinataire", font=f, size_pt=8.5, color=GREY)
    y2 = 37
    for ln in c.rm_to:
        sh.text(110, y2, ln, font=f, size_pt=10)
        y2 += 4.8
    y = max(y, y2) + 8
    rows = [("Zendingsnummer / N° d'envoi", track_spaced(c.rm_track)),
            ("Product / Produit", "Aangetekende zending / Envoi recommandé"),
            ("Datum afgifte / Date de dépôt", c.rm_date.strftime("%d/%m/%Y") +
             f" {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"),
            ("Kantoor / Bureau", _post_office(c)), ("Status", "Aangenomen / Déposé")]
    for a, b in rows:
        sh.rect(20, y, 70, 8, width_mm=0.2, fill=(245, 245, 245))
        sh.rect(90, y, 100, 8, width_mm=0.2)
        sh.text(22, y + 2, a, font=f, size_pt=9)
        sh.text(92, y + 2, b, font=f, size_pt=9.5, bold=(a.startswith("Zending")))
        y += 8
    barcode(sh, 20, y + 8, 80, 14, c.rm_track)
    sh.text(20, 285, "Dit document werd elektronisch aangemaakt en is geldig zonder handtekening. / Document généré "
            "électroniquement, valable sans signature.", font=f, size_pt=7, color=GREY)
    return [sh], {}


def rm_phone_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    env = Sheet(162, 114, paper="cream")
    env.rect(0, 0, 162, 114, width_mm=0, fill=(246, 240, 222))
    y = 8
    for ln in _sender_lines(c):
        env.text(8, y, ln, font="sans", size_pt=7.5)
        y += 3.6
    env.rect(70, 46, 82, 30, width_mm=0.2, color=(200, 190, 170))
    y = 50
    for ln in c.rm_to:
        env.text(74, y, ln, font="sans", size_pt=10)
        y += 5
    env.rect(126, 6, 28, 18, width_mm=0, fill=(230, 60, 60))
    env.text(140, 12, "R", font="sans4", size_pt=18, bold=True, anchor="center", color=(255, 255, 255))
    tk = Sheet(58, 88)
    y = 3
    for ln in ("bpost", _post_office(c), c.rm_date.strftime("%d-%m-%Y") + f" {rng.randint(9, 16):02d}:"
               f"{rng.randint(0, 59):02d}", "RECOMMANDE / AANGETEKEND", track_spaced(c.rm_track), "",
               "Dest.: " + c.rm_to[0][:26], *c.rm_to[1:], "", "TOTAAL/TOTAL  9,10 EUR"):
        tk.text(3, y, ln, font="mono2", size_pt=6.8, bold=(ln == "bpost"))
        y += 3.7
    barcode(tk, 4, y + 1, 50, 9, c.rm_track)
    paste(env, tk, 8, 22, angle=rng.choice([-8, -5, 6]), dpi=300, bg=(246, 240, 222))
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(92, 88, 84))
    paste(sh, env, 12, 70, k=1.12, angle=rng.choice([88, 91, -89]) if rng.random() < 0.4 else rng.choice([-2, 2]),
          dpi=230, bg=(92, 88, 84))
    return [sh], {}


def rm_deposit_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    sh = Sheet()
    f = "sans6"
    sh.text(20, 14, "LIJST VAN AANGETEKENDE ZENDINGEN / LISTE DE DÉPÔT DES ENVOIS RECOMMANDÉS", font=f,
            size_pt=10.5, bold=True)
    sh.text(20, 21, "Afzender / Expéditeur: " + ", ".join(_sender_lines(c)), font=f, size_pt=8.5)
    sh.text(20, 26, f"Datum / Date: {c.rm_date.strftime('%d.%m.%Y')}", font=f, size_pt=8.5)
    hdr = ("Nr", "Zendingsnummer / N° d'envoi", "Bestemmeling / Destinataire", "Tarief")
    ws = (10, 52, 90, 18)
    y = 34
    others = [("Rechtbank van eerste aanleg", "Opgeëistenlaan 401E, 9000 Gent"),
              ("Tribunal du travail", "Place Poelaert 3, 1000 Bruxelles"),
              ("OCMW / CPAS", "Kerkstraat 12, 2060 Antwerpen"),
              ("Vredegerecht", "Hoogstraat 8, 3000 Leuven")]
    r2 = random.Random(c.seed + 91)
    items = []
    ours = rng.randint(1, 3)
    for i in range(1, 5):
        if i == ours:
            items.append((str(i), track_spaced(c.rm_track), ", ".join(c.rm_to), "9,10"))
        else:
            nm, ad = others[(i + r2.randint(0, 3)) % 4]
            fake = "".join(r2.choice("0123456789") for _ in range(11))
            items.append((str(i), f"RR {fake[:3]} {fake[3:6]} {fake[6:9]} BE", f"{nm}, {ad}", "9,10"))
    for i, row in enumerate([hdr] + items):
        x = 20
        lines = [_wrap(cell, w - 3, f, 8.5) or [""] for cell, w in zip(row, ws)]
        h = 3 + 4 * max(len(l_) for l_ in lines)
        for cell_lines, w in zip(lines, ws):
            sh.rect(x, y, w, h, width_mm=0.2, fill=(232, 232, 232) if i == 0 else None)
            for k, ln in enumerate(cell_lines):
                sh.text(x + 1.5, y + 1.5 + k * 4, ln, font=f, size_pt=8.5, bold=(i == 0))
            x += w
        y += h
    sh.text(20, y + 6, "Aantal / Nombre: 4", font=f, size_pt=9)
    sh.stamp(120, y + 10, ["BPOST", c.rm_date.strftime("%d-%m-%Y"), _post_office(c).upper()[:22]], rng,
             shape="round", size_mm=30, color=STAMP_VIOLET, angle=rng.uniform(-25, 25))
    sh.signature(60, y + 16, 34, 11, rng, color=INK_BLACK, style="initials")
    sh.text(20, y + 20, "Voor ontvangst / Pour réception:", font=f, size_pt=8.5)
    return [sh], {}


_reg("be9ter-rm-bpost-etracking-pdf-bewijs-van-afgifte-25", "registered-mail-receipt", PART, "nl/fr",
     rm_etracking_pdf, "bpost e-tracking proof of deposit generated as a PDF, valid without signature")
_reg("be9ter-rm-gsm-foto-ticket-op-envelop-25", "registered-mail-receipt", PART, "nl/fr", rm_phone_envelope,
     "phone photo of the counter ticket lying on the envelope, on a dark table")
_reg("be9ter-rm-afgiftelijst-kantoor-gestempeld-vier-zendingen-25", "registered-mail-receipt", PART, "nl/fr",
     rm_deposit_list, "the firm's deposit list of four registered items, stamped and initialled at the post office")


# --------------------------------------------------------------------------- other documents

def other_declaration_hand(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    hf = rng.choice(["hand1", "hand2", "hand3"])
    sh = Sheet(paper=rng.choice(["white", "yellow"]))
    for k in range(30, 280, 8):
        sh.rule(15, k + 6, 195, k + 6, width_mm=0.1, color=(170, 190, 220))
    title = {"nl": "Verklaring op eer", "fr": "Déclaration sur l'honneur"}[lang]
    sh.handwriting(70, 22, title, rng, size_pt=16, color=PEN, font=hf)
    txt = {"nl": f"Ik, {p.given_names} {p.surname}, geboren op {fdate(p.birth_date, 'slashes', 'nl')} in "
                 f"{p.birth_place}, {COUNTRIES[p.nationality]['nl']}, verklaar op eer dat ik geen paspoort of "
                 f"identiteitskaart heb. Mijn papieren zijn achtergebleven in {COUNTRIES[p.nationality]['nl']} en ik "
                 f"kan ze niet laten overkomen. Ik ben van {COUNTRIES[p.nationality]['adj_nl']} nationaliteit.",
           "fr": f"Je soussigné(e) {p.given_names} {p.surname}, né(e) le {fdate(p.birth_date, 'slashes', 'fr')} à "
                 f"{p.birth_place}, {COUNTRIES[p.nationality]['fr']}, déclare sur l'honneur que je n'ai ni passeport "
                 f"ni carte d'identité. Mes papiers sont restés au pays et je ne peux pas les faire venir. Je suis de "
                 f"nationalité {COUNTRIES[p.nationality]['adj_fr']}."}[lang]
    y = 38
    for ln in _wrap(hand_safe(txt), 170, hf, 12.5):
        sh.handwriting(20, y - 1, ln, rng, size_pt=12.5, color=PEN, font=hf)
        y += 8
    y += 8
    sh.handwriting(20, y, hand_safe(f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(1, 15)), 'slashes', lang)}"),
                   rng, size_pt=12, color=PEN, font=hf)
    sh.signature(110, y + 6, 44, 15, rng, color=PEN)
    return [sh], {}


def other_cpas(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    city = c.addr.city
    org = {"nl": f"OCMW {city}", "fr": f"CPAS de {city}"}[lang]
    sh.text(20, 14, org, font="serif7", size_pt=14, bold=True, color=(0, 80, 140))
    sh.text(20, 21, {"nl": "Sociale dienst", "fr": "Service social"}[lang], font="serif7", size_pt=9, color=GREY)
    sh.text(105, 42, {"nl": "ATTEST", "fr": "ATTESTATION"}[lang], font="serif7", size_pt=14, bold=True,
            anchor="center")
    since = c.app_date - timedelta(days=rng.randint(120, 700))
    txt = {"nl": f"Het OCMW bevestigt dat {name_in(c.p, 'Given SURNAME')}, geboren op "
                 f"{fdate(c.p.birth_date, 'slashes', 'nl')}, sinds {fdate(since, 'long', 'nl')} dringende "
                 f"medische hulp ontvangt. Betrokkene beschikt over geen eigen inkomsten.",
           "fr": f"Le CPAS confirme que {name_in(c.p, 'Given SURNAME')}, né(e) le {fdate(c.p.birth_date, 'slashes', 'fr')}, "
                 f"bénéficie de l'aide médicale urgente depuis le {fdate(since, 'long', 'fr')}. L'intéressé(e) ne "
                 f"dispose d'aucun revenu propre."}[lang]
    y = sh.paragraph(25, 56, 160, txt, font="serif7", size_pt=10.5, leading=1.55)
    sh.text(25, y + 8, f"{city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 30)), 'slashes', lang)}",
            font="serif7", size_pt=10.5)
    sh.signature(110, y + 12, 40, 13, rng, color=INK_BLUE)
    sh.text(110, y + 28, {"nl": "de maatschappelijk werker", "fr": "l'assistant(e) social(e)"}[lang], font="serif7",
            size_pt=9.5)
    sh.stamp(40, y + 16, [org.upper()[:24], city.upper()], rng, shape="round", size_mm=28, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-handgeschreven-gelinieerd-25", "other", PART, "nl/fr", other_declaration_hand,
     "the applicant's handwritten declaration on honour on lined paper")
_reg("be9ter-other-ocmw-cpas-attest-dringende-medische-hulp-25", "other", PART, "nl/fr", other_cpas,
     "the OCMW/CPAS attestation of urgent medical aid")
