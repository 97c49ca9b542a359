"""9ter families of the `twentythird` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentysecond had been read, by a writer who saw neither the
validator nor its output.  Applications: a lawyer's request set out under Roman-numbered headings ('I. Personalia',
'II. Verblijfplaats' ...), the applicant called 'verzoeker / verzoekster', 'le requérant / la requérante', 'the
petitioner', the firm's name at the left in a thin vertical rule, the date at the end before the closing ('Gedaan te
Gent op …' / 'Fait à Namur le …'), the signature under the closing above the typed name and the firm's oval stamp at
the left of it (Dutch, French, English); an association's typed form as a three-column table 'rubriek / gegevens /
stuk', the applicant's signature beside the label on the same line (Dutch, French).  The 2024 certificate printed
blank and filled in by hand in black felt pen, each section a framed box with the title in a grey tab, the severity
as boxes crossed by hand (Dutch, French); the previous model typed in a word processor by a hospital secretary with
the questions in small capitals and the answers indented under a left rule (German from Eupen; English).  A
specialist's letter to the GP with the reference line 'uw kenmerk / ons kenmerk / datum'; a hospital's attestation
of follow-up on a prescription-pad sheet copied on A4.  A lawyer's price comparison printed from a spreadsheet with
grid lines; a doctors' association's letter from the country of origin on letterhead.  The orange card
(attestation d'immatriculation / attest van immatriculatie) copied front and back; the CGRA/CGVS's invitation to a
personal interview.  bpost's pre-printed proof of deposit with the counter's round date stamp in greyscale; the
receipt copied with the envelope's front; bpost's e-mail confirmation of an online registered letter printed.  A
CPAS/OCMW attestation of support, a school's attestation for a child, the applicant's declaration on honour copied
from a handwritten original.  Sentence builders ``s23_*``.
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
from .twentythird_identity import place

PART = "twentythird"
GREY = (105, 105, 105)
FELT = (25, 25, 30)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _lines(text: str, w: float, font: str, size: float) -> list[str]:
    out, cur = [], ""
    for wd in str(text).split():
        t = (cur + " " + wd).strip()
        if cur and text_width_mm(t, font, size) * 1.03 > w:
            out.append(cur)
            cur = wd
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------- sentences (s23_*)

def _v(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "verzoekster" if c.fem else "verzoeker", "fr": "la requérante" if c.fem else "le requérant",
         "en": "the petitioner"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (document {n})"}[lang]


def s23_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    nat = COUNTRIES[p.nationality]["adj_" + lang]
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    place_ = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    if lang == "nl":
        s = f"{_v(c, lang, True)}, {nm}, werd geboren op {bd}" + ("" if nb else f" te {place_}")
        s += "." if nn else f". {'Zij' if c.fem else 'Hij'} heeft de {nat} nationaliteit."
        s += f" {'Haar' if c.fem else 'Zijn'} rijksregisternummer is {c.nrn}." if c.nrn else \
            f" {'Haar' if c.fem else 'Zijn'} dossier bij de DVZ draagt het nummer {c.ov}."
        return s
    if lang == "fr":
        s = f"{_v(c, lang, True)}, {nm}, est né{'e' if c.fem else ''} le {bd}" + ("" if nb else f" à {place_}")
        s += "." if nn else f". {'Elle' if c.fem else 'Il'} est de nationalité {nat}."
        s += f" Son numéro de registre national est le {c.nrn}." if c.nrn else \
            f" Son dossier à l'Office des Étrangers porte le numéro {c.ov}."
        return s
    s = f"{_v(c, lang, True)}, {nm}, was born on {bd}" + ("" if nb else f" in {place_}")
    s += "." if nn else f" and holds {COUNTRIES[p.nationality]['adj_en']} nationality."
    s += f" National register number: {c.nrn}." if c.nrn else f" Immigration Office reference: {c.ov}."
    return s


def s23_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_v(c, lang, True)} verblijft momenteel nu eens hier, dan weer daar en heeft geen vaste "
                      f"verblijfplaats.",
                "fr": f"{_v(c, lang, True)} n'a actuellement pas de lieu de résidence fixe.",
                "en": f"{_v(c, lang, True)} currently has no fixed place of residence."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_v(c, lang, True)} verblijft effectief op het adres {a}.",
            "fr": f"{_v(c, lang, True)} a sa résidence effective à l'adresse suivante : {a}.",
            "en": f"{_v(c, lang, True)} actually resides at {a}."}[lang]


def s23_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"{_v(c, lang, True)} kiest woonplaats bij {'haar' if c.fem else 'zijn'} raadsman, "
                      f"{L['street']}, {L['pc']} {L['city']}, waar alle briefwisseling kan worden toegezonden.",
                "fr": f"{_v(c, lang, True)} fait élection de domicile au cabinet de son conseil, {L['street']}, "
                      f"{L['pc']} {L['city']}, où tout courrier peut être adressé.",
                "en": f"{_v(c, lang, True)} elects domicile at counsel's office, {L['street']}, {L['pc']} "
                      f"{L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaats wordt gekozen bij {c.other_domicile}.",
                "fr": f"Élection de domicile est faite chez {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": f"{_v(c, lang, True)} kiest op dat adres ook woonplaats.",
            "fr": f"{_v(c, lang, True)} y fait également élection de domicile.",
            "en": f"{_v(c, lang, True)} also elects domicile at that address."}[lang]


def s23_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _st(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_v(c, lang, True)} is verzoeker om internationale bescherming sinds {d}{r}; die procedure "
                      f"loopt nog, zodat geen identiteitsdocument moet worden voorgelegd.",
                "fr": f"{_v(c, lang, True)} est demandeur de protection internationale depuis le {d}{r} ; cette "
                      f"procédure est en cours, de sorte qu'aucun document d'identité ne doit être produit.",
                "en": f"{_v(c, lang, True)} has been an applicant for international protection since {d}{r}; that "
                      f"procedure is pending, so no identity document is required."}[lang]
    if k == "none":
        return {"nl": f"{_v(c, lang, True)} beschikt op dit ogenblik over geen enkel identiteitsstuk.",
                "fr": f"{_v(c, lang, True)} ne dispose à ce jour d'aucun document d'identité.",
                "en": f"{_v(c, lang, True)} has no identity document at this time."}[lang]
    items = [d[0].lower() + d[1:] + _st(c, key, lang) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "een beëdigde vertaling", "fr": "une traduction jurée",
                      "en": "a sworn translation"}[lang] + _st(c, "id-tr", lang))
    lst = ", ".join(items) or "—"
    s = {"nl": f"Ter staving van {'haar' if c.fem else 'zijn'} identiteit legt {_v(c, lang)} voor: {lst}.",
         "fr": f"Pour établir son identité, {_v(c, lang)} produit : {lst}.",
         "en": f"To establish identity, {_v(c, lang)} produces: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is weliswaar vervallen, maar bewijst de identiteit nog steeds.",
              "fr": " Le passeport est certes expiré, mais il établit toujours l'identité.",
              "en": " The passport has expired but still proves identity."}[lang]
    return s


def s23_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {cd}", "fr": f"le rapport du {doc} du {cd}",
               "en": f"the report of {doc} of {cd}"}[lang] + _st(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift dat {doc} op {cd} opstelde",
               "fr": f"le certificat médical type établi le {cd} par le {doc}",
               "en": f"the standard medical certificate drawn up by {doc} on {cd}"}[lang] + _st(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Uit {src} blijkt dat {_v(c, lang)} lijdt aan {t['name']}. {t['severity']} "
                  f"Behandeling: {meds}.",
            "fr": f"Il ressort du {src[3:] if src.startswith('le ') else src} que {_v(c, lang)} souffre de "
                  f"{t['name']}. {t['severity']} Traitement : {meds}.",
            "en": f"As {src} shows, {_v(c, lang)} suffers from {t['name']}. {t['severity']} Treatment: {meds}."}[lang]


def s23_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _st(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"{dr[0].upper() + dr[1:]} is in {cn} slechts te krijgen in {o['hospital']}{r}, aan ongeveer "
                  f"{il['cost']} per maand, terwijl een gemiddeld maandloon {o['wage']} bedraagt. "
                  f"{o['insurance_nl']}",
            "fr": f"Dans le pays d'origine ({cn}), {dr} n'est disponible qu'au {o['hospital']}{r}, pour environ "
                  f"{il['cost']} par mois, alors que le salaire mensuel moyen est de {o['wage']}. "
                  f"{o['insurance_fr']}",
            "en": f"In {cn}, {dr} is available only at {o['hospital']}{r}, at about {il['cost']} a month against an "
                  f"average monthly wage of {o['wage']}. {o['insurance_en']}"}[lang]


def s23_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geb.", "fr": "né(e) le", "en": "born"}[lang]
        out.append(f"{rel[m.rel]} {q.surname.upper()} {q.given_names} ({born} {c.d(q.birth_date, lang)}, "
                   f"{q.birth_place}{nat}){_st(c, f'fam{i}', lang)}")
    return {"nl": "Het verzoek wordt mede ingediend voor: " + "; ".join(out) + ".",
            "fr": "La demande est également introduite pour : " + " ; ".join(out) + ".",
            "en": "The request is also made for: " + "; ".join(out) + "."}[lang]


def s23_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"{_v(c, lang, True)} diende op {d} reeds een aanvraag 9ter in, waarover nog niet werd "
                          f"beslist; die aanvraag wordt hierbij ingetrokken.",
                    "fr": f"{_v(c, lang, True)} a déjà introduit le {d} une demande 9ter, toujours pendante ; "
                          f"elle est retirée par la présente.",
                    "en": f"{_v(c, lang, True)} already lodged a 9ter request on {d}, still undecided; it is hereby "
                          f"withdrawn."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure werd op {d} afgesloten met een weigering.",
                    "fr": f"La procédure d'asile s'est clôturée le {d} par un refus.",
                    "en": f"The asylum procedure ended on {d} with a refusal."}[lang])
    return " ".join(out) or None


def s23_ask(c: Case, lang: str) -> str:
    return {"nl": f"{_v(c, lang, True)} verzoekt u dan ook {'haar' if c.fem else 'hem'} te machtigen tot verblijf "
                  f"op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"{_v(c, lang, True)} vous prie dès lors de l'autoriser au séjour sur pied de l'article 9ter de la "
                  f"loi du 15 décembre 1980.",
            "en": f"{_v(c, lang, True)} therefore asks to be granted leave to remain under Article 9ter of the Law "
                  f"of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: Roman headings

_R = {"nl": dict(to=["Dienst Vreemdelingenzaken", "Bureau Regularisaties – 9ter", "Pachecolaan 44",
                     "1000 Brussel"], reg="AANGETEKEND", sub="Betreft: verzoek om machtiging tot verblijf (art. 9ter "
                     "Vw.) – {n}", sal="Mevrouw, Mijnheer,",
                 h=["Personalia", "Verblijfplaats en woonplaatskeuze", "Gezinsleden", "Identiteit",
                    "Medische situatie", "Toegankelijkheid van de zorg in het land van herkomst", "Andere procedures",
                    "Verzoek"], inv="Stukkenbundel", done="Gedaan te {city} op {d}.", close="Met de meeste hoogachting,",
                 role="Voor verzoeker{e}, {pr} raadsman"),
      "fr": dict(to=["Office des Étrangers", "Bureau Régularisations – 9ter", "Boulevard Pachéco 44",
                     "1000 Bruxelles"], reg="RECOMMANDÉ", sub="Concerne : demande d'autorisation de séjour (art. 9ter) "
                     "– {n}", sal="Madame, Monsieur,",
                 h=["Identité du requérant", "Résidence et élection de domicile", "Membres de la famille",
                    "Preuve de l'identité", "Situation médicale", "Accessibilité des soins au pays d'origine",
                    "Autres procédures", "Demande"], inv="Inventaire", done="Fait à {city}, le {d}.",
                 close="Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.",
                 role="Pour {pr} requérant{e}, son conseil"),
      "en": dict(to=["Immigration Office", "Regularisation Unit – 9ter", "Pachecolaan 44", "1000 Brussels"],
                 reg="REGISTERED", sub="Re: request for leave to remain (Art. 9ter) – {n}", sal="Dear Sir or Madam,",
                 h=["Personal details", "Residence and elected domicile", "Family members", "Identity",
                    "Medical situation", "Access to care in the country of origin", "Other procedures", "Request"],
                 inv="Bundle of documents", done="Done at {city} on {d}.", close="Yours faithfully,",
                 role="Counsel for the petitioner")}


def app_roman(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, R = c.lawyer, _R[lang]
    font = rng.choice(["serif4", "serif6", "sans2"])
    size = 10.4
    lh = size * 0.3528 * 1.42
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        sh.rule(24, 12, 24, 40 if len(pages) == 1 else 20, width_mm=0.25, color=(120, 120, 120))
        if len(pages) == 1:
            sh.text(27, 12, L["firm"], font=font, size_pt=11, bold=True)
            sh.text(27, 17.5, f"{L['street']}", font=font, size_pt=8.5, color=GREY)
            sh.text(27, 21.5, f"{L['pc']} {L['city']}", font=font, size_pt=8.5, color=GREY)
            sh.text(27, 25.5, f"{L['tel']} · {L['mail']}", font=font, size_pt=8.5, color=GREY)
            st["y"] = 48
        else:
            sh.text(27, 12, f"{L['firm']} – {c.p.surname.upper()}", font=font, size_pt=8, color=GREY)
            st["y"] = 26
        return sh

    sh = new()
    sh.text(120, 44 - 10, R["reg"], font=font, size_pt=9.5, bold=True)
    for i, ln in enumerate(R["to"]):
        sh.text(120, 40 + i * 5, ln, font=font, size_pt=10.5)
    y = 66
    for ln in _lines(R["sub"].format(n=name_in(c.p, "SURNAME Given")), 160, font, 10.5):
        sh.text(27, y, ln, font=font, size_pt=10.5, bold=True)
        y += 5.2
    sh.text(27, y + 4, R["sal"], font=font, size_pt=size)
    st["y"] = y + 12
    sec = {"n": 0}

    def block(head: str, body: str | None, tag: str | None):
        if not body:
            return
        rows = _lines(body, 158, font, size)
        if st["y"] + 16 > 270:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        pages[-1].text(27, st["y"], f"{ROMAN[sec['n']]}. {head}", font=font, size_pt=10.8, bold=True)
        sec["n"] += 1
        st["y"] += 6.5
        for r in rows:
            if st["y"] > 276:
                new()
            pages[-1].text(32, st["y"], r, font=font, size_pt=size)
            st["y"] += lh
        st["y"] += 4

    H = R["h"]
    block(H[0], s23_person(c, lang), "personal")
    block(H[1], " ".join(x for x in (s23_home(c, lang), s23_domicile(c, lang)) if x), "residence")
    block(H[2], s23_family(c, lang), "family")
    block(H[3], s23_identity(c, lang), "identity")
    block(H[4], s23_medical(c, lang), "medical")
    block(H[5], s23_coi(c, lang), "coi")
    block(H[6], s23_other(c, lang), "parallel")
    block(H[7], s23_ask(c, lang), None)
    ann = [d for _, d in c.annexes]
    if ann:
        if st["y"] + 8 + 5 * len(ann) > 270:
            new()
        pages[-1].text(27, st["y"], R["inv"] + ":", font=font, size_pt=10, bold=True)
        st["y"] += 6
        for i, d in enumerate(ann, 1):
            pages[-1].text(32, st["y"], f"{i}. {d}", font=font, size_pt=9.8)
            st["y"] += 4.9
        st["y"] += 3
    if st["y"] + 50 > 286:
        new()
    sh = pages[-1]
    y = st["y"] + 2
    sh.text(27, y, R["done"].format(city=L["city"], d=c.d(c.app_date, lang, "long")), font=font, size_pt=size)
    y = sh.paragraph(27, y + 7, 158, R["close"], font=font, size_pt=size) + 3
    tags["signature"] = len(pages)
    e = ("ster" if c.fem else "") if lang == "nl" else ("e" if c.fem else "")
    pr = ("haar" if c.fem else "zijn") if lang == "nl" else ("la" if c.fem else "le")
    sh.text(100, y, R["role"].format(e=e, pr=pr), font=font, size_pt=9.5, italic=True)
    if "unsigned" not in c.flags:
        sh.signature(102, y + 5, 48, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(48, y + 2, [L["firm"][:20].upper(), L["city"].upper(), "ADVOCATEN" if lang == "nl" else
                             "AVOCATS" if lang == "fr" else "LAWYERS"], rng, shape="oval", size_mm=30,
                 color=STAMP_VIOLET, angle=rng.uniform(-10, 10))
    sh.text(102, y + 22, f"{L['first']} {L['last']}", font=font, size_pt=size)
    sh.text(102, y + 27, {"nl": "advocaat", "fr": "avocat(e)", "en": "lawyer"}[lang], font=font, size_pt=9,
            color=GREY)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 289, f"{i}/{n}", font=font, size_pt=8, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-prose-romeinse-rubrieken-verzoeker-gedaan-te-ovale-stempel", "application", PART, "nl",
     lambda c, r: app_roman(c, r, lang="nl"),
     "lawyer's request under Roman-numbered headings, 'verzoeker', 'Gedaan te … op …', signature under the closing "
     "with the firm's oval stamp at the left")
_reg("be9ter-app-fr-prose-rubriques-romaines-requerant-fait-a", "application", PART, "fr",
     lambda c, r: app_roman(c, r, lang="fr"), "requête sous rubriques en chiffres romains, 'le requérant', 'Fait à'")
_reg("be9ter-app-en-prose-roman-headings-petitioner", "application", PART, "en",
     lambda c, r: app_roman(c, r, lang="en"), "the same request in English (not accepted)")


# --------------------------------------------------------------------------- application 2: three-column form

_T3 = {"nl": dict(org="Medimmigrant-Steunpunt · Antwerpen", title="Aanvraagformulier machtiging tot verblijf om "
                  "medische redenen (art. 9ter)", cols=("Rubriek", "Gegevens", "Stuk"),
                  r=["Familienaam", "Voornamen", "Geboortedatum", "Geboorteplaats en -land", "Nationaliteit",
                     "Rijksregisternr. / DVZ-nr.", "Werkelijke verblijfplaats", "Gekozen woonplaats", "Gezinsleden",
                     "Identiteitsbewijs", "Medisch getuigschrift", "Zorg in land van herkomst", "Lopende procedures"],
                  ask="Ondergetekende vraagt een machtiging tot verblijf op grond van artikel 9ter van de wet van 15 "
                      "december 1980 en verklaart dat deze gegevens juist zijn.",
                  sig="Handtekening:", date="Datum:", none="geen"),
       "fr": dict(org="Point d'appui Medimmigrant · Bruxelles", title="Formulaire de demande d'autorisation de séjour "
                  "pour raisons médicales (art. 9ter)", cols=("Rubrique", "Données", "Pièce"),
                  r=["Nom", "Prénoms", "Date de naissance", "Lieu et pays de naissance", "Nationalité",
                     "N° registre national / OE", "Résidence effective", "Domicile élu", "Membres de la famille",
                     "Preuve d'identité", "Certificat médical", "Soins au pays d'origine", "Procédures en cours"],
                  ask="Le/la soussigné(e) sollicite une autorisation de séjour sur la base de l'article 9ter de la loi "
                      "du 15 décembre 1980 et certifie l'exactitude de ces données.",
                  sig="Signature :", date="Date :", none="néant")}


def app_three_col(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    F = _T3[lang]
    p, fl = c.p, c.flags
    f = rng.choice(["sans", "sans3"])
    dom = ""
    if not ("no_domicile" in fl or c.domicile == "none"):
        if c.domicile == "lawyer" and c.lawyer:
            dom = f"{c.lawyer['first']} {c.lawyer['last']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
        elif c.domicile == "other" and c.other_domicile:
            dom = c.other_domicile
        else:
            dom = {"nl": "zelfde als verblijfplaats", "fr": "identique à la résidence"}[lang]
    fam = "; ".join(f"{m.p.surname.upper()} {m.p.given_names} ({c.d(m.p.birth_date, lang, 'dots')})"
                    for m in c.family) or F["none"]
    famref = ", ".join(str(c.annex_no(f"fam{i}")) for i in range(len(c.family)) if c.annex_no(f"fam{i}"))
    ids = [d for k, d in c.annexes if k.startswith("id") and k != "id-tr"]
    idref = ", ".join(str(c.annex_no(k)) for k, _ in c.annexes if k.startswith("id"))
    if c.id_kind in ("asylum", "asylum-noproof"):
        ids = [{"nl": f"asielzoeker sinds {c.d(c.asylum['lodged'], lang, 'dots')} (procedure loopt)",
                "fr": f"demandeur d'asile depuis le {c.d(c.asylum['lodged'], lang, 'dots')} (procédure en cours)"}[lang]]
        idref = str(c.annex_no("asylum") or "")
    if c.id_kind == "none":
        ids = [F["none"]]
    il = ILLNESSES[c.illness][lang]
    coi = s23_coi(c, lang)
    rows = [(p.surname.upper(), ""), (p.given_names, ""), (c.d(p.birth_date, lang, "dots"), ""),
            ("" if "no_birthplace" in fl else f"{p.birth_place}, {cname(c.birth_cc(), lang)}", ""),
            ("" if "no_nationality" in fl else COUNTRIES[p.nationality]["adj_" + lang], ""),
            (c.nrn or c.ov or "", ""),
            ("" if "no_address" in fl else addr_str(c.addr, lang, c.addr_style), ""), (dom, ""), (fam, famref),
            ("; ".join(ids), idref),
            ("" if "medcert_absent" in fl else f"{c.doctor.name()}, {c.d(c.cert_date, lang, 'dots')} – {il['name']}",
             str(c.annex_no("medcert") or "")),
            ("" if "no_coi" in fl else (coi or {"nl": "niet beschikbaar / niet betaalbaar",
                                               "fr": "non disponible / non accessible"}[lang]),
             str(c.annex_no("coi") or "")),
            (s23_other(c, lang) or F["none"], "")]
    pages: list[Sheet] = []
    tags = {"personal": 1, "residence": 1}

    def new():
        sh = Sheet()
        sh.text(20, 12, F["org"], font=f, size_pt=9, bold=True, color=(0, 90, 110))
        sh.rule(20, 16.5, 190, 16.5, width_mm=0.6, color=(0, 90, 110))
        pages.append(sh)
        return sh, 22.0

    sh, y = new()
    y = sh.paragraph(20, y, 170, F["title"], font=f, size_pt=12, bold=True) + 4
    widths = (48, 106, 16)

    def head_row(sh, y):
        x = 20
        for w, t in zip(widths, F["cols"]):
            sh.rect(x, y, w, 7, width_mm=0.3, fill=(210, 225, 230))
            sh.text(x + 1.5, y + 1.6, t, font=f, size_pt=9, bold=True)
            x += w
        return y + 7

    y = head_row(sh, y)
    for i, (lab, (val, ref)) in enumerate(zip(F["r"], rows)):
        vr = _lines(val, widths[1] - 4, "mono", 9.2) or [""]
        h = max(8.0, len(vr) * 4.3 + 3)
        if y + h > 248:
            sh, y = new()
            y = head_row(sh, y)
        if i == 12:
            tags["parallel"] = len(pages)
        x = 20
        for w in widths:
            sh.rect(x, y, w, h, width_mm=0.25)
            x += w
        for k, ln in enumerate(_lines(lab, widths[0] - 3, f, 8.8)):
            sh.text(21.5, y + 1.6 + k * 3.8, ln, font=f, size_pt=8.8)
        for k, ln in enumerate(vr):
            sh.text(69.5, y + 1.6 + k * 4.3, ln, font="mono", size_pt=9.2)
        sh.text(183, y + 1.6, ref, font="mono", size_pt=9.2, anchor="center")
        y += h
    if y + 40 > 286:
        sh, y = new()
    y = sh.paragraph(20, y + 6, 170, F["ask"], font=f, size_pt=9.5, leading=1.4) + 6
    tags["signature"] = len(pages)
    sh.text(20, y, F["date"], font=f, size_pt=10)
    sh.text(20 + text_width_mm(F["date"], f, 10) + 3, y, c.d(c.app_date, lang, "dots"), font="mono", size_pt=10)
    sh.text(100, y, F["sig"], font=f, size_pt=10)
    if "unsigned" not in fl:
        sh.signature(100 + text_width_mm(F["sig"], f, 10) + 3, y - 6, 50, 16, rng, color=INK_BLUE)
    return pages, tags


_reg("be9ter-app-nl-form-drie-kolommen-rubriek-gegevens-stuk-handtekening-naast-label", "application", PART, "nl",
     lambda c, r: app_three_col(c, r, lang="nl"),
     "association's typed form as a three-column table 'rubriek / gegevens / stuk', signature beside the label")
_reg("be9ter-app-fr-form-trois-colonnes-rubrique-donnees-piece", "application", PART, "fr",
     lambda c, r: app_three_col(c, r, lang="fr"), "formulaire tapé en tableau à trois colonnes, signature à côté")


# --------------------------------------------------------------------------- medical certificates

def medcert_2024_felt(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank and filled in by hand in black felt pen: each numbered section a framed box
    with its title in a grey tab at the top left, the severity as four boxes of which one is crossed by hand."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    lf = "sans4"
    hf = rng.choice(["hand1", "hand2", "hand4"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 12, M_["title"], font=lf, size_pt=12.5, bold=True, anchor="center")
            y = sh.paragraph(28, 18, 154, M_["law"], font=lf, size_pt=7.2, align="center", color=GREY)
            sh.text(105, y + 0.5, M_["model"], font=lf, size_pt=7.2, anchor="center", color=GREY)
            st["y"] = y + 8
        else:
            st["y"] = 14
        return sh

    new()

    def box(title: str, ans: str, tag=None, minl=1, extra=0.0):
        ar = _lines(hand_safe(ans), 160, hf, 10.5) if ans else []
        nl = max(minl, len(ar))
        h = 8 + nl * 6.4 + extra
        if st["y"] + h > 280:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        tw = min(150, text_width_mm(title, lf, 8.4) + 5)
        sh.rect(18, y, tw, 5, width_mm=0, fill=(215, 215, 215))
        sh.text(20, y + 0.9, title, font=lf, size_pt=8.4, bold=True)
        sh.rect(18, y + 5, 174, h - 5, width_mm=0.3)
        for k, ln in enumerate(ar):
            sh.handwriting(22, y + 6 + k * 6.4, ln, rng, size_pt=10.5, color=FELT, font=hf)
        st["y"] = y + h + 2.5
        return sh, y + 6 + nl * 6.4

    box(M_["s1"], "  ".join(x for x in (v["surname"], v["first"], v["bd"], v["nat"]) if x), "patient")
    box(M_["s2"], f"{d.name()}  {v['riziv'] or ''}  {SPECIALTY[d.spec].get(lang, '')}  {d.pc} {d.city}", "doctor")
    box(M_["s3"], fdate(c.cert_date - timedelta(days=rng.randint(100, 1500)), "slashes", lang))
    box(M_["s4"], v["hist"], minl=2)
    box(M_["s5"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness", minl=2)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 3])
    sh, yy = box(M_["s6"], v["sev"], "severity", extra=8)
    x = 24
    for i, o in enumerate(M_["sevopts"]):
        sh.checkbox(x, yy + 1, 3.6, checked=(i == k), rng=rng, ink=FELT)
        sh.text(x + 5, yy + 1, o, font=lf, size_pt=9)
        x += 12 + text_width_mm(o, lf, 9)
    box(M_["s7a"], v["meds"], "treatment", minl=2)
    box(M_["s7b"], v["interv"])
    box(M_["s7c"], v["dur"])
    box(M_["s8"], v["cons"], minl=2)
    box(M_["s9"], v["prog"])
    box(M_["s10"], v["needs"])
    box(M_["s11"], v["travel"])
    if st["y"] + 42 > 286:
        new()
    sh = pages[-1]
    y = st["y"]
    tags["signature"] = len(pages)
    sh.rect(18, y, 174, 38, width_mm=0.3)
    sh.text(20, y + 1.5, M_["date"], font=lf, size_pt=8.4, bold=True)
    sh.handwriting(40, y + 0.5, v["date"], rng, size_pt=11, color=FELT, font=hf)
    sh.text(100, y + 1.5, M_["sign"], font=lf, size_pt=8.4, bold=True)
    if v["signed"]:
        sh.signature(104, y + 10, 46, 16, rng, color=FELT)
        sh.stamp(24, y + 8, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=32,
                 color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 291, M_["page"].format(i=i, n=n), font=lf, size_pt=7.5, anchor="right", color=GREY)
    return pages, tags


def medcert_old_secretary(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) typed by a hospital secretary: the hospital's name at the top right, each
    question in small capitals, the answer indented under a thin vertical rule; the doctor's signature at the end
    with the stamp and RIZIV/INAMI number, the date in the footer line."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["serif5", "sans2"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        sh.text(190, 12, d.inst if getattr(d, "inst", "") else f"{d.pc} {d.city}", font=f, size_pt=9, anchor="right",
                color=(20, 70, 120))
        if len(pages) == 1:
            sh.text(20, 24, M_["title"], font=f, size_pt=13, bold=True)
            sh.text(20, 30, f"{M_['sub']} {M_['law']}", font=f, size_pt=8.5, color=GREY)
            st["y"] = 40
        else:
            st["y"] = 22
        return sh

    new()

    def q(head: str, ans: str, tag=None):
        hr = _lines(head.upper(), 170, f, 8.2)
        ar = _lines(ans, 160, f, 10.2) if ans else []
        h = len(hr) * 3.8 + max(1, len(ar)) * 4.7 + 4
        if st["y"] + h > 278:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, ln in enumerate(hr):
            sh.text(20, y + k * 3.8, ln, font=f, size_pt=8.2, bold=True, color=(50, 50, 50))
        y += len(hr) * 3.8 + 1
        sh.rule(24, y, 24, y + max(1, len(ar)) * 4.7, width_mm=0.3, color=(20, 70, 120))
        for k, ln in enumerate(ar):
            sh.text(28, y + k * 4.7, ln, font=f, size_pt=10.2)
        st["y"] = y + max(1, len(ar)) * 4.7 + 3

    q(M_["pat"], v["pat"], "patient")
    q(M_["bd"] + " / " + M_["nat"], " / ".join(x for x in (v["bd"], v["nat"]) if x))
    q(M_["A"], v["hist"])
    q(M_["B"].split(":")[0] + " – " + M_["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    q(M_["sev"], v["sev"], "severity")
    q(M_["C"] + " – " + M_["med"], v["meds"], "treatment")
    q(M_["interv"], v["interv"])
    q(M_["dur"], v["dur"])
    q(M_["D"], v["cons"])
    q(M_["E"], v["prog"])
    q(M_["F"], v["needs"])
    q(M_["G"], v["travel"])
    if st["y"] + 40 > 280:
        new()
    sh = pages[-1]
    y = st["y"] + 4
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(20, y, M_["sign"], font=f, size_pt=9.5)
    if v["signed"]:
        sh.signature(24, y + 4, 46, 15, rng, color=INK_BLUE)
        sh.stamp(100, y + 2, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "fr", bool(v["riziv"])), rng,
                 shape="rect", size_mm=34, color=STAMP_BLUE)
    sh.text(20, y + 22, f"{d.name()}", font=f, size_pt=10)
    sh.text(20, y + 27, f"{M_['riziv']} {v['riziv']}" if v["riziv"] else M_["riziv"], font=f, size_pt=10)
    sh.text(20, y + 32, f"{M_['date']} {v['date']}", font=f, size_pt=10)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.rule(20, 284, 190, 284, width_mm=0.15, color=GREY)
        pg.text(20, 286, f"{M_['title'].title()} · {v['pat'] or '—'}", font=f, size_pt=7, color=GREY)
        pg.text(190, 286, f"{i} / {n}", font=f, size_pt=7, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-blanco-viltstift-kaders-grijze-tab-kruisjes", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_felt(c, r, lang="nl"),
     "2024 model printed blank and filled in by hand in black felt pen, framed sections with grey tabs")
_reg("be9ter-medcert-2024-fr-vierge-feutre-noir-cadres-onglets", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_felt(c, r, lang="fr"), "modèle 2024 rempli à la main au feutre noir, cadres à onglets")
_reg("be9ter-medcert-old-de-eupen-sekretariat-kapitaelchen-einzug", "medical-certificate", PART, "de",
     lambda c, r: medcert_old_secretary(c, r, lang="de"),
     "previous model typed by a hospital secretary in Eupen, questions in small capitals, answers indented")
_reg("be9ter-medcert-old-en-secretary-indented-answers", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_secretary(c, r, lang="en"), "the previous model typed in English (not accepted)")


# --------------------------------------------------------------------------- medical statements

def _ml(c: Case) -> str:
    return c.cert_lang if c.cert_lang in ("nl", "fr") else (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_specialist_refs(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the GP with the reference line 'uw kenmerk / ons kenmerk / datum' in
    small grey captions, the GP's address in the window, 'Geachte collega', signed above the typed name."""
    lang = _ml(c)
    s, t, g = c.specialist, ILLNESSES[c.illness][lang], c.doctor
    f = rng.choice(["sans5", "sans6"])
    sh = Sheet()
    sh.text(20, 12, s.inst, font=f, size_pt=12, bold=True, color=(0, 80, 120))
    sh.text(20, 18, SPECIALTY[s.spec].get(lang, ""), font=f, size_pt=9, color=GREY)
    for i, ln in enumerate((g.name(), g.street, f"{g.pc} {g.city}")):
        sh.text(110, 34 + i * 5, ln, font=f, size_pt=10)
    caps = {"nl": ("uw kenmerk", "ons kenmerk", "datum"), "fr": ("votre référence", "notre référence", "date")}[lang]
    vals = ("—", f"{s.last[:3].upper()}/{rng.randint(1000, 9999)}", fdate(c.medstat_date, "slashes", lang))
    for i, (a, b) in enumerate(zip(caps, vals)):
        sh.text(20 + i * 55, 60, a, font=f, size_pt=7, color=GREY)
        sh.text(20 + i * 55, 64, b, font=f, size_pt=9.5)
    sh.text(20, 74, {"nl": "Betreft: ", "fr": "Concerne : "}[lang] + f"{name_in(c.p, 'Given SURNAME')}, "
            f"{fdate(c.p.birth_date, 'slashes', lang)}", font=f, size_pt=10.5, bold=True)
    y = 84
    for para in ({"nl": "Geachte collega,", "fr": "Chère consœur, cher confrère,"}[lang],
                 {"nl": f"Ik zag uw patiënt(e) opnieuw op controle voor {t['name']}.",
                  "fr": f"J'ai revu votre patient(e) en consultation pour {t['name']}."}[lang] + " " + t["history"],
                 t["severity"],
                 {"nl": "Behandeling: ", "fr": "Traitement : "}[lang] + "; ".join(t["meds"]) + ". " + t["duration"],
                 t["consequences"],
                 {"nl": "Met collegiale groeten,", "fr": "Bien confraternellement,"}[lang]):
        y = sh.paragraph(20, y, 170, para, font=f, size_pt=10.3, leading=1.45) + 3
    sh.signature(20, y + 1, 42, 13, rng, color=INK_BLUE)
    sh.text(20, y + 16, s.name(), font=f, size_pt=10)
    return [sh], {}


def medstat_pad_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital doctor's attestation of follow-up written on a prescription-pad sheet (A6, the hospital's header
    and the doctor's RIZIV/INAMI number printed), copied on A4 in the upper left corner."""
    lang = _ml(c)
    s, t = c.specialist, ILLNESSES[c.illness][lang]
    pad = Sheet(105, 148)
    pad.rect(0, 0, 105, 148, width_mm=0, fill=(250, 250, 245))
    pad.text(4, 4, s.inst[:40], font="sans4", size_pt=8, bold=True)
    pad.text(4, 8.5, f"{s.name()} – {SPECIALTY[s.spec].get(lang, '')}", font="sans4", size_pt=6.5)
    pad.text(4, 12, f"{'RIZIV' if lang == 'nl' else 'INAMI'} {s.riziv}", font="sans4", size_pt=6.5, color=GREY)
    pad.rule(4, 15, 101, 15, width_mm=0.3)
    hf = rng.choice(["hand1", "hand3"])
    txt = {"nl": f"Ik verklaar dat {c.p.given_names} {c.p.surname} bij mij in behandeling is voor {t['name']} en "
                 f"regelmatige opvolging en medicatie nodig heeft ({', '.join(t['meds'][:2])}).",
           "fr": f"Je certifie que {c.p.given_names} {c.p.surname} est suivi(e) par moi pour {t['name']} et nécessite "
                 f"un suivi et un traitement réguliers ({', '.join(t['meds'][:2])})."}[lang]
    y = 19
    for ln in _lines(hand_safe(txt), 94, hf, 10):
        pad.handwriting(5, y, ln, rng, size_pt=10, color=INK_BLUE, font=hf)
        y += 6.2
    pad.handwriting(5, y + 4, fdate(c.medstat_date, "slashes", lang), rng, size_pt=10, color=INK_BLUE, font=hf)
    pad.signature(50, y + 6, 36, 12, rng, color=INK_BLUE)
    sh = Sheet()
    place(sh, pad, 14, 12, turn=rng.uniform(-1.5, 1.5), dpi=240)
    return [sh], {}


_reg("be9ter-medstat-specialist-brief-huisarts-kenmerkenregel", "medical-statement", PART, "fr/nl",
     medstat_specialist_refs, "specialist's letter to the GP with the reference line 'uw kenmerk / ons kenmerk'")
_reg("be9ter-medstat-voorschriftblad-attest-opvolging-a6-op-a4", "medical-statement", PART, "fr/nl",
     medstat_pad_attest, "hospital doctor's attestation on a prescription-pad sheet, copied on A4")


# --------------------------------------------------------------------------- country-of-origin information

def coi_spreadsheet(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's price comparison printed from a spreadsheet: grid lines, column letters and row numbers, the
    sheet tab's name in the footer; the medicine, where it is found and its price in the country of origin."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    cn, dr = cname(c.origin(), lang), drug(c.illness, lang)
    sh = Sheet(297, 210)
    f = "sans"
    heads = {"nl": ("Geneesmiddel / zorg", "Waar beschikbaar", "Prijs per maand", "Terugbetaald?", "Bron"),
             "fr": ("Médicament / soin", "Où disponible", "Prix par mois", "Remboursé ?", "Source")}[lang]
    rows = [(dr, o["hospital"], il["cost"], {"nl": "nee", "fr": "non"}[lang], "MedCOI / apotheek"),
            ({"nl": "controle specialist", "fr": "consultation spécialiste"}[lang], o["capital"],
             f"± {rng.randint(15, 60)} EUR", {"nl": "nee", "fr": "non"}[lang], "ngo-rapport"),
            ({"nl": "gemiddeld maandloon", "fr": "salaire mensuel moyen"}[lang], cn, o["wage"], "—", "ILO")]
    widths = (70, 80, 40, 30, 45)
    sh.text(14, 8, f"{cn} – {dr}", font=f, size_pt=11, bold=True)
    x = 14 + 8
    for i, w in enumerate(widths):
        sh.rect(x, 16, w, 5, width_mm=0.15, fill=(235, 235, 235), color=(170, 170, 170))
        sh.text(x + w / 2, 16.6, "ABCDE"[i], font=f, size_pt=7, anchor="center", color=GREY)
        x += w
    for r, row in enumerate([heads] + rows):
        y = 21 + r * 9
        sh.rect(14, y, 8, 9, width_mm=0.15, fill=(235, 235, 235), color=(170, 170, 170))
        sh.text(18, y + 2.5, str(r + 1), font=f, size_pt=7, anchor="center", color=GREY)
        x = 22
        for w, val in zip(widths, row):
            sh.rect(x, y, w, 9, width_mm=0.15, color=(170, 170, 170))
            sh.text(x + 1.2, y + 2.3, str(val)[:int(w / 1.9)], font=f, size_pt=8.5, bold=(r == 0))
            x += w
    y = 21 + 4 * 9 + 8
    sh.paragraph(22, y, 250, o["insurance_" + lang], font=f, size_pt=9)
    sh.text(14, 200, f"Blad1  ·  {fdate(c.app_date - timedelta(days=rng.randint(3, 30)), 'slashes', lang)}", font=f,
            size_pt=7, color=GREY)
    return [sh], {}


def coi_doctors_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A letter of a doctor in the country of origin on the clinic's letterhead (English or French), stating that the
    treatment is not regularly available or affordable there, signed and stamped."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = "fr" if c.lang == "fr" else "en"
    cn, dr = cname(c.origin(), lang), drug(c.illness, lang)
    sh = Sheet()
    f = "serif2"
    clinic = {"RWA": "Clinique La Médicale, Kigali", "KEN": "Aga Khan University Hospital, Nairobi",
              "EGY": "Ain Shams Specialised Hospital, Cairo", "ETH": "St. Paul's Hospital Millennium Medical College",
              "TUR": "Özel Anadolu Polikliniği, Kayseri"}.get(c.origin(), o["hospital"])
    sh.text(105, 14, clinic, font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 20, o["capital"] + " · " + cn, font=f, size_pt=9, anchor="center", color=GREY)
    sh.rule(30, 24, 180, 24, width_mm=0.4)
    dd = c.app_date - timedelta(days=rng.randint(30, 150))
    sh.text(190, 32, fdate(dd, "long", lang), font=f, size_pt=10, anchor="right")
    sh.text(20, 44, "TO WHOM IT MAY CONCERN" if lang == "en" else "À QUI DE DROIT", font=f, size_pt=11, bold=True)
    txt = {"en": f"I confirm that {dr} is not on the national essential medicines list of {cn}. It can only be obtained "
                 f"irregularly through private importers, at about {il['cost']} a month, while the average monthly "
                 f"wage is {o['wage']}. {o['insurance_en']}",
           "fr": f"Je confirme que {dr} ne figure pas sur la liste nationale des médicaments essentiels ({cn}). Il ne "
                 f"peut être obtenu que de manière irrégulière auprès d'importateurs privés, pour environ "
                 f"{il['cost']} par mois, alors que le salaire mensuel moyen est de {o['wage']}. "
                 f"{o['insurance_fr']}"}[lang]
    y = sh.paragraph(20, 54, 170, txt, font=f, size_pt=10.8, leading=1.55)
    sh.signature(120, y + 8, 42, 13, rng, color=INK_BLUE)
    sh.stamp(60, y + 4, [clinic[:22].upper(), o["capital"].upper(), "MEDICAL"], rng, shape="round", size_mm=28,
             color=STAMP_BLUE)
    sh.text(120, y + 24, "Dr " + rng.choice(["J. Mugabo", "A. Wanjiku", "H. Fahmy", "T. Bekele", "S. Uwera"]),
            font=f, size_pt=10)
    return [sh], {}


_reg("be9ter-coi-fr-nl-prijsvergelijking-rekenblad-rasterlijnen", "country-of-origin-info", PART, "fr/nl",
     coi_spreadsheet, "lawyer's price comparison printed from a spreadsheet with grid lines, landscape")
_reg("be9ter-coi-en-fr-brief-arts-herkomstland-briefhoofd", "country-of-origin-info", PART, "fr/en",
     coi_doctors_letter, "letter of a doctor in the country of origin on the clinic's letterhead")


# --------------------------------------------------------------------------- asylum proofs

def asylum_orange_card(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The 'attestation d'immatriculation' / 'attest van immatriculatie' (the orange card) copied front and back
    on one sheet: the commune's data, the photo, the validity, the extension stamps on the back."""
    a, p = c.asylum, c.p
    fr = a.get("language", "fr") != "nl"
    card = Sheet(120, 85)
    card.rect(0, 0, 120, 85, width_mm=0, fill=(250, 206, 150))
    f = "sans2"
    card.text(60, 3, "ROYAUME DE BELGIQUE" if fr else "KONINKRIJK BELGIË", font=f, size_pt=7.5, bold=True,
              anchor="center")
    card.text(60, 8, "ATTESTATION D'IMMATRICULATION – MODÈLE A" if fr else "ATTEST VAN IMMATRICULATIE – MODEL A",
              font=f, size_pt=7, bold=True, anchor="center")
    card.photo(4, 14, 24, 31, rng)
    start = a["lodged"] + timedelta(days=rng.randint(120, 150))
    rows = ([("Nom", p.surname.upper()), ("Prénoms", p.given_names), ("Né(e) le", fdate(p.birth_date, "slashes")),
             ("Nationalité", COUNTRIES[p.nationality]["adj_fr"]), ("N° OE", str(c.ov)),
             ("Valable jusqu'au", fdate(start + timedelta(days=rng.randint(150, 240)), "slashes"))] if fr else
            [("Naam", p.surname.upper()), ("Voornamen", p.given_names), ("Geboren op", fdate(p.birth_date, "slashes")),
             ("Nationaliteit", COUNTRIES[p.nationality]["adj_nl"]), ("DVZ-nr.", str(c.ov)),
             ("Geldig tot", fdate(start + timedelta(days=rng.randint(150, 240)), "slashes"))])
    y = 14
    for lab, val in rows:
        card.text(32, y, lab, font=f, size_pt=5.5, color=(90, 60, 30))
        card.text(32, y + 2.3, val[:34], font=f, size_pt=7.5, bold=True)
        y += 6.6
    card.text(4, 60, ("Demandeur de protection internationale – délivrée le " if fr else
                      "Verzoeker internationale bescherming – afgegeven op ") + fdate(start, "slashes"), font=f,
              size_pt=5.8)
    card.stamp(70, 58, ["COMMUNE" if fr else "GEMEENTE", c.addr.city.upper()[:16] if c.addr else "", "POPULATION" if
                        fr else "BEVOLKING"], rng, shape="round", size_mm=22, color=STAMP_BLUE)
    back = Sheet(120, 85)
    back.rect(0, 0, 120, 85, width_mm=0, fill=(250, 210, 158))
    back.text(4, 4, "Prorogations / Verlengingen", font=f, size_pt=6.5, bold=True)
    for i in range(2):
        back.stamp(6 + i * 55, 14, ["PROROGÉ" if fr else "VERLENGD", fdate(start + timedelta(days=180 * (i + 1)),
                                                                          "slashes"), c.addr.city.upper()[:14] if
                                    c.addr else ""], rng, shape="rect", size_mm=30, color=STAMP_VIOLET,
                   angle=rng.uniform(-6, 6))
    sh = Sheet()
    place(sh, card, 45, 20, dpi=220)
    place(sh, back, 45, 120, dpi=220)
    return [sh], {}


def asylum_cgrs_invitation(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGRS/CGRA's invitation to a personal interview: the letterhead, the reference numbers, date and hour of
    the interview, the interpreter's language; the procedure is pending."""
    a, p = c.asylum, c.p
    fr = a.get("language", "fr") != "nl"
    sh = Sheet()
    f = "sans3"
    sh.text(20, 12, "Commissariat général aux réfugiés et aux apatrides" if fr else
            "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", font=f, size_pt=10.5, bold=True)
    sh.text(20, 17.5, "Rue Ernest Blerot 39, 1070 Bruxelles" if fr else "Ernest Blerotstraat 39, 1070 Brussel", font=f,
            size_pt=8.5, color=GREY)
    for i, ln in enumerate((f"{p.given_names} {p.surname.upper()}",
                            *(([c.addr.street + " " + c.addr.number, f"{c.addr.postcode} {c.addr.city}"]) if c.addr and
                              "no_address" not in c.flags else []))):
        sh.text(115, 34 + i * 5, ln, font=f, size_pt=10)
    dd = c.app_date - timedelta(days=rng.randint(10, 60))
    iv = c.app_date + timedelta(days=rng.randint(15, 60))
    while iv.weekday() >= 5:
        iv += timedelta(days=1)
    sh.text(20, 64, (f"Bruxelles, le {fdate(dd, 'long', 'fr')}" if fr else f"Brussel, {fdate(dd, 'long', 'nl')}"),
            font=f, size_pt=10)
    sh.text(20, 72, ("N° CG : " if fr else "CG-nr.: ") + f"{rng.randint(10, 26)}/{rng.randint(10000, 99999)}"
            f"   ·   {'N° OE' if fr else 'DVZ-nr.'}: {c.ov}", font=f, size_pt=9.5)
    sh.text(20, 82, "CONVOCATION À UN ENTRETIEN PERSONNEL" if fr else "UITNODIGING VOOR EEN PERSOONLIJK ONDERHOUD",
            font=f, size_pt=11.5, bold=True)
    body = (f"Dans le cadre de votre demande de protection internationale introduite le "
            f"{fdate(a['lodged'], 'long', 'fr')}, vous êtes invité(e) à un entretien personnel le "
            f"{fdate(iv, 'long', 'fr')} à {rng.choice(['9h00', '9h30', '13h30'])}. Un interprète sera présent. "
            f"Votre avocat peut vous accompagner. Présentez-vous muni(e) de cette lettre et de votre attestation "
            f"d'immatriculation." if fr else
            f"In het kader van uw verzoek om internationale bescherming, ingediend op "
            f"{fdate(a['lodged'], 'long', 'nl')}, wordt u uitgenodigd voor een persoonlijk onderhoud op "
            f"{fdate(iv, 'long', 'nl')} om {rng.choice(['9.00', '9.30', '13.30'])} uur. Er is een tolk aanwezig. Uw "
            f"advocaat mag u vergezellen. Breng deze brief en uw attest van immatriculatie mee.")
    y = sh.paragraph(20, 92, 170, body, font=f, size_pt=10.5, leading=1.5)
    sh.text(20, y + 10, "Pour le Commissaire général," if fr else "Voor de Commissaris-generaal,", font=f,
            size_pt=10)
    sh.text(20, y + 16, "Le service Convocations" if fr else "De dienst Oproepingen", font=f, size_pt=10)
    return [sh], {}


_reg("be9ter-asylum-oranje-kaart-attest-immatriculatie-voor-achter", "asylum-proof", PART, "nl/fr",
     asylum_orange_card, "orange card (attest van immatriculatie) copied front and back with extension stamps")
_reg("be9ter-asylum-cgvs-cgra-uitnodiging-persoonlijk-onderhoud", "asylum-proof", PART, "nl/fr",
     asylum_cgrs_invitation, "CGVS/CGRA invitation to a personal interview (procedure pending)")


# --------------------------------------------------------------------------- registered-mail receipts

def rm_preprinted_proof(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's pre-printed 'Bewijs van afgifte / Preuve de dépôt' slip filled in by the lawyer's office on a
    typewriter, the barcode sticker stuck on it, the counter's round date stamp; scanned in greyscale at actual
    size in the upper half of the sheet."""
    s = Sheet(150, 100)
    s.rect(0, 0, 150, 100, width_mm=0, fill=(248, 246, 236))
    f = "sans4"
    s.text(4, 3, "bpost", font=f, size_pt=13, bold=True, color=(200, 30, 40))
    s.text(40, 4, "BEWIJS VAN AFGIFTE · PREUVE DE DÉPÔT · EINLIEFERUNGSSCHEIN", font=f, size_pt=7, bold=True)
    s.text(40, 8.5, "Aangetekende zending · Envoi recommandé", font=f, size_pt=6.5)
    s.rect(4, 16, 80, 36, width_mm=0.3)
    s.text(5, 17, "Geadresseerde / Destinataire", font=f, size_pt=5.5, color=GREY)
    for k, ln in enumerate(c.rm_to):
        s.text(6, 22 + k * 5, ln[:38], font="typewriter", size_pt=8.5)
    s.rect(4, 55, 80, 30, width_mm=0.3)
    s.text(5, 56, "Afzender / Expéditeur", font=f, size_pt=5.5, color=GREY)
    for k, ln in enumerate(_sender_lines(c)[:4]):
        s.text(6, 61 + k * 5, ln[:38], font="typewriter", size_pt=8.5)
    s.rect(90, 16, 56, 22, width_mm=0, fill=(255, 255, 255))
    barcode(s, 92, 18, 52, 11, c.rm_track)
    s.text(118, 31, track_spaced(c.rm_track), font="mono", size_pt=6.5, anchor="center")
    s.stamp(98, 46, [_post_office(c)[:20].upper(), fdate(c.rm_date, "dots"), "BPOST"], rng, shape="round",
            size_mm=34, color=(40, 40, 40), angle=rng.uniform(-20, 20))
    sh = Sheet()
    place(sh, s, 30, 20, dpi=240, mode="grey")
    return [sh], {}


def rm_with_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter receipt copied together with the envelope's front on one A4: the envelope (address, the
    registered sticker, franking) above, the small thermal receipt below it."""
    env = Sheet(229, 162)
    env.rect(0, 0, 229, 162, width_mm=0, fill=(246, 242, 230))
    sl = _sender_lines(c)
    for k, ln in enumerate(sl[:3]):
        env.text(8, 8 + k * 5, ln[:40], font="sans2", size_pt=8)
    for k, ln in enumerate(c.rm_to):
        env.text(110, 92 + k * 7, ln, font="sans2", size_pt=12)
    env.rect(150, 8, 70, 30, width_mm=0, fill=(255, 255, 255))
    env.text(152, 9, "R  AANGETEKEND / RECOMMANDÉ", font="sans4", size_pt=7, bold=True)
    barcode(env, 153, 15, 62, 12, c.rm_track)
    env.text(184, 30, track_spaced(c.rm_track), font="mono", size_pt=7, anchor="center")
    t = Sheet(58, 80)
    t.rect(0, 0, 58, 80, width_mm=0, fill=(253, 253, 251))
    m = "mono"
    t.text(29, 3, "bpost", font="sans4", size_pt=9, bold=True, anchor="center")
    t.text(29, 8, _post_office(c)[:24], font=m, size_pt=5.8, anchor="center")
    t.text(3, 14, f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font=m, size_pt=6)
    t.text(3, 19, "Aangetekend / Recommandé", font=m, size_pt=6)
    t.text(3, 24, track_spaced(c.rm_track), font=m, size_pt=5.8)
    for k, ln in enumerate(c.rm_to):
        t.text(3, 31 + k * 3.5, ln[:30], font=m, size_pt=5.6)
    t.text(3, 52, f"TOTAAL EUR {rng.choice(['9,95', '10,35', '10,95'])}", font=m, size_pt=6.5)
    sh = Sheet()
    place(sh, env, 15, 12, k=0.78, dpi=150, mode="grey")
    place(sh, t, 60, 150, turn=rng.uniform(-4, 4), dpi=250, mode="grey")
    return [sh], {}


def rm_email_confirmation(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The e-mail 'Bevestiging van uw aangetekende zending / Confirmation de votre envoi recommandé' bpost sends
    after a registered letter is posted at the counter with a pre-paid online label, printed from Outlook: the mail's
    head, the shipment table (number, date of deposit, addressee)."""
    sh = Sheet()
    f = "sans"
    dd = c.rm_date
    sh.text(20, 10, "Outlook", font=f, size_pt=8, color=GREY)
    hdr = [("Van:", "bpost <noreply@bpost.be>"), ("Verzonden:", f"{fdate(dd, 'long', 'nl')} "
                                                               f"{rng.randint(10, 17)}:{rng.randint(10, 59)}"),
           ("Aan:", (c.lawyer or {}).get("mail", "info@advocaat.be")),
           ("Onderwerp:", "Bevestiging aangetekende zending / Confirmation envoi recommandé")]
    y = 18
    for a, b in hdr:
        sh.text(20, y, a, font=f, size_pt=9.5, bold=True)
        sh.text(48, y, b, font=f, size_pt=9.5)
        y += 5.5
    sh.rule(20, y + 1, 190, y + 1, width_mm=0.4)
    sh.text(20, y + 8, "bpost", font="sans4", size_pt=18, bold=True, color=(200, 30, 40))
    y += 22
    y = sh.paragraph(20, y, 170, "Uw aangetekende zending werd aangenomen. / Votre envoi recommandé a été pris en "
                     "charge.", font=f, size_pt=10.5) + 4
    rows = [("Zendingsnummer / N° d'envoi", track_spaced(c.rm_track)),
            ("Datum afgifte / Date de dépôt", fdate(dd, "slashes")),
            ("Postpunt / Point poste", _post_office(c)),
            ("Bestemmeling / Destinataire", ", ".join(c.rm_to))]
    for a, b in rows:
        sh.rect(20, y, 62, 9, width_mm=0.2, fill=(245, 245, 245))
        sh.rect(82, y, 108, 9, width_mm=0.2)
        sh.text(22, y + 2.4, a, font=f, size_pt=8.5, bold=True)
        sh.text(84, y + 2.4, b[:70], font=f, size_pt=8.5)
        y += 9
    sh.text(20, 288, "1", font=f, size_pt=7.5, color=GREY)
    return [sh], {}


_reg("be9ter-rm-voorgedrukt-bewijs-afgifte-schrijfmachine-datumstempel-grijs", "registered-mail-receipt", PART,
     "nl/fr", rm_preprinted_proof, "bpost pre-printed proof of deposit typed, barcode sticker, round date stamp, grey")
_reg("be9ter-rm-ticket-samen-met-envelop-voorzijde-gekopieerd", "registered-mail-receipt", PART, "nl/fr",
     rm_with_envelope, "counter receipt copied with the envelope's front on one sheet")
_reg("be9ter-rm-bpost-email-bevestiging-outlook-print", "registered-mail-receipt", PART, "nl/fr",
     rm_email_confirmation, "bpost's e-mail confirmation of the registered letter printed from Outlook")


# --------------------------------------------------------------------------- others

def other_cpas_support(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS/OCMW's attestation that the person receives urgent medical aid, with the case number in a box."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    city = c.addr.city if c.addr else "Bruxelles"
    sh = Sheet()
    f = "serif5"
    sh.text(20, 14, {"nl": f"OCMW {city}", "fr": f"CPAS de {city}"}[lang], font=f, size_pt=13, bold=True)
    sh.rect(140, 10, 50, 14, width_mm=0.4)
    sh.text(142, 12, {"nl": "Dossiernummer", "fr": "N° de dossier"}[lang], font=f, size_pt=7.5, color=GREY)
    sh.text(142, 17, f"{rng.randint(100000, 999999)}", font=f, size_pt=10, bold=True)
    sh.text(20, 40, {"nl": "ATTEST", "fr": "ATTESTATION"}[lang], font=f, size_pt=14, bold=True)
    y = sh.paragraph(20, 52, 170, {"nl": f"Het OCMW verklaart dat {c.p.given_names} {c.p.surname.upper()} dringende "
                                         f"medische hulp ontvangt sinds "
                                         f"{fdate(c.app_date - timedelta(days=rng.randint(90, 500)), 'long', 'nl')}.",
                                   "fr": f"Le CPAS atteste que {c.p.given_names} {c.p.surname.upper()} bénéficie de "
                                         f"l'aide médicale urgente depuis le "
                                         f"{fdate(c.app_date - timedelta(days=rng.randint(90, 500)), 'long', 'fr')}."}[lang],
                     font=f, size_pt=11, leading=1.5)
    sh.text(20, y + 10, fdate(c.app_date - timedelta(days=rng.randint(3, 30)), "slashes", lang), font=f, size_pt=10)
    sh.signature(110, y + 6, 42, 13, rng, color=INK_BLUE)
    sh.text(110, y + 21, {"nl": "De maatschappelijk werker", "fr": "L'assistant(e) social(e)"}[lang], font=f,
            size_pt=9.5)
    return [sh], {}


def other_school_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A primary school's attestation of enrolment (for a child) or of adult-education courses, printed on the school's
    headed paper."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    kid = next((m.p for m in c.family if m.rel == "child"), None)
    who = kid or c.p
    sh = Sheet()
    f = "sans6"
    sh.text(105, 14, {"nl": "Basisschool De Regenboog", "fr": "École fondamentale Les Tilleuls"}[lang], font=f,
            size_pt=13, bold=True, anchor="center")
    sh.text(105, 20, c.addr.city if c.addr else "", font=f, size_pt=9, anchor="center", color=GREY)
    txt = {"nl": f"De directie bevestigt dat {who.given_names} {who.surname} ingeschreven is in onze school voor het "
                 f"schooljaar 2026-2027 en de lessen regelmatig volgt.",
           "fr": f"La direction atteste que {who.given_names} {who.surname} est inscrit(e) dans notre établissement "
                 f"pour l'année scolaire 2026-2027 et suit les cours régulièrement."}[lang] if kid else \
        {"nl": f"Het Centrum voor Basiseducatie bevestigt dat {who.given_names} {who.surname} lessen Nederlands volgt.",
         "fr": f"Le centre d'alphabétisation atteste que {who.given_names} {who.surname} suit des cours de "
               f"français."}[lang]
    y = sh.paragraph(20, 40, 170, txt, font=f, size_pt=11, leading=1.5)
    sh.text(20, y + 10, fdate(c.app_date - timedelta(days=rng.randint(5, 40)), "slashes", lang), font=f, size_pt=10)
    sh.signature(120, y + 6, 40, 13, rng, color=INK_BLACK)
    sh.text(120, y + 21, {"nl": "De directeur", "fr": "La direction"}[lang], font=f, size_pt=9.5)
    return [sh], {}


def other_declaration_handwritten_copy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration on honour about his or her identity, written by hand on squared paper and
    copied: it rests only on the applicant's statement (no authority, no photo)."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    sh = Sheet()
    for k in range(0, 297, 5):
        sh.rule(0, k, 210, k, width_mm=0.08, color=(200, 210, 225))
    for k in range(0, 210, 5):
        sh.rule(k, 0, k, 297, width_mm=0.08, color=(200, 210, 225))
    hf = rng.choice(["hand2", "hand3"])
    txt = {"nl": f"Verklaring op eer. Ik, {p.given_names} {p.surname}, geboren op "
                 f"{fdate(p.birth_date, 'slashes', 'nl')} in {p.birth_place}, verklaar dat dit mijn echte naam en "
                 f"geboortedatum zijn. Ik heb geen paspoort of identiteitskaart meer.",
           "fr": f"Déclaration sur l'honneur. Je soussigné(e) {p.given_names} {p.surname}, né(e) le "
                 f"{fdate(p.birth_date, 'slashes', 'fr')} à {p.birth_place}, déclare que ce sont mes vrais nom et date "
                 f"de naissance. Je n'ai plus de passeport ni de carte d'identité."}[lang]
    y = 25
    for ln in _lines(hand_safe(txt), 165, hf, 12):
        sh.handwriting(22, y, ln, rng, size_pt=12, color=INK_BLUE, font=hf)
        y += 10
    sh.handwriting(22, y + 8, fdate(c.app_date - timedelta(days=rng.randint(2, 20)), "slashes", lang), rng,
                   size_pt=12, color=INK_BLUE, font=hf)
    sh.signature(110, y + 6, 46, 15, rng, color=INK_BLUE)
    return [sh], {}


_reg("be9ter-other-ocmw-cpas-attest-dringende-medische-hulp-dossiervak", "other", PART, "nl/fr", other_cpas_support,
     "CPAS/OCMW attestation of urgent medical aid with the case number in a box")
_reg("be9ter-other-school-attest-inschrijving", "other", PART, "nl/fr", other_school_attest,
     "school's attestation of enrolment")
_reg("be9ter-other-declaration-eer-handgeschreven-ruitjespapier", "other", PART, "nl/fr",
     other_declaration_handwritten_copy, "applicant's handwritten declaration on honour on squared paper")
