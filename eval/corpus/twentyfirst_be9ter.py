"""9ter families of the `twentyfirst` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentieth had been read, by a writer who saw neither the
validator nor its output.  Applications: a letter of a lawyer appointed by the legal-aid bureau (BJB / BAJ), the
appointment's number in the reference line, the place and date at the top right, lettered headings in capitals
('A. PERSONALIA'), the applicant called 'mijn cliënt(e) / mon client(e) / my client', the signature at the left ABOVE
the typed name after 'Voor verzoeker, de raadsman', 'n/N' centred at the foot (Dutch, French, English); a support
association's printed questionnaire filled in by hand in block capitals, the applicant's handwritten 'Gelezen en
goedgekeurd' / 'Lu et approuvé' above the signature (Dutch, French).  The 2024 certificate exported from a hospital's
patient record system: the patient's name and number in a header line on every page, the answers in grey boxes, the
severity written out with the chosen degree in bold capitals (Dutch, French); the previous model filled in on the
computer with each answer run on after its question, two pages (German from Eupen; English).  A specialist's letter
to the GP with a bold subject line, a day hospital's attestation with a table of admissions.  A newspaper article
about a shortage printed from the web with the lawyer's yellow highlighter, the lawyer's availability/accessibility
table with the sources per row.  Fedasil's attestation of reception as an applicant for protection, the CGVS's e-mail
on the state of the procedure.  A PostPunt's till receipt scanned alone at actual size, the pre-printed proof of
posting with the barcode sticker and a ballpoint addressee, a business deposit list printed from bpost's portal with
the client's line highlighted.  A declaration on honour written by hand with the commune's legalisation of the
signature, the first page of a lease.  Sentence builders ``s21_*``.
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
from .twentyfirst_identity import lay

PART = "twentyfirst"
GREY = (105, 105, 105)
BALL = (20, 40, 130)


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


# --------------------------------------------------------------------------- what the applications say (s21_*)

def _cl(c: Case, lang: str, cap: bool = False) -> str:
    """This part's lawyers say 'my client'."""
    s = {"nl": "mijn cliënte" if c.fem else "mijn cliënt", "fr": "ma cliente" if c.fem else "mon client",
         "en": "my client"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _pr(c: Case, lang: str) -> str:
    return {"nl": "zij" if c.fem else "hij", "fr": "elle" if c.fem else "il", "en": "she" if c.fem else "he"}[lang]


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (exhibit {n})"}[lang]


def s21_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    bp = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    nat = COUNTRIES[p.nationality]["adj_" + lang]
    f = c.fem
    nb = "no_birthplace" in c.flags
    nn = "no_nationality" in c.flags
    num = {"nl": f"met rijksregisternummer {c.nrn}" if c.nrn else f"gekend bij uw dienst onder nummer {c.ov}",
           "fr": f"numéro de registre national {c.nrn}" if c.nrn else f"connu{'e' if f else ''} de vos services "
                                                                      f"sous le numéro {c.ov}",
           "en": f"national register number {c.nrn}" if c.nrn else f"known to your office under number {c.ov}"}[lang]
    if lang == "nl":
        s = f"{_cl(c, lang, True)}, {nm}, werd geboren op {bd}" + ("" if nb else f" te {bp}")
        s += ("" if nn else f" en heeft de {nat} nationaliteit") + f"; {_pr(c, lang)} is {num}."
        return s
    if lang == "fr":
        s = f"{_cl(c, lang, True)}, {nm}, est né{'e' if f else ''} le {bd}" + ("" if nb else f" à {bp}")
        s += ("" if nn else f" et est de nationalité {nat}") + f" ; {_pr(c, lang)} est {num}."
        return s
    s = f"{_cl(c, lang, True)}, {nm}, was born on {bd}" + ("" if nb else f" in {bp}")
    s += ("" if nn else f" and is a {COUNTRIES[p.nationality]['adj_en']} national") + f"; {num}."
    return s


def s21_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_cl(c, lang, True)} heeft op dit ogenblik geen vaste verblijfplaats; {_pr(c, lang)} kan "
                      f"worden bereikt via mijn kantoor.",
                "fr": f"{_cl(c, lang, True)} n'a actuellement pas de résidence fixe ; {_pr(c, lang)} peut être "
                      f"joint{'e' if c.fem else ''} par l'intermédiaire de mon cabinet.",
                "en": f"{_cl(c, lang, True)} has no fixed residence at the moment and can be reached through my "
                      f"office."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_cl(c, lang, True)} verblijft effectief op het volgende adres: {a}.",
            "fr": f"{_cl(c, lang, True)} réside effectivement à l'adresse suivante : {a}.",
            "en": f"{_cl(c, lang, True)} effectively resides at the following address: {a}."}[lang]


def s21_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"Voor deze procedure kiest {_cl(c, lang)} woonplaats op mijn kantoor, {L['street']}, "
                      f"{L['pc']} {L['city']}.",
                "fr": f"Pour la présente procédure, {_cl(c, lang)} fait élection de domicile en mon cabinet, "
                      f"{L['street']}, {L['pc']} {L['city']}.",
                "en": f"For this procedure {_cl(c, lang)} elects domicile at my office, {L['street']}, {L['pc']} "
                      f"{L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{_cl(c, lang, True)} kiest woonplaats bij {c.other_domicile}.",
                "fr": f"{_cl(c, lang, True)} fait élection de domicile auprès de {c.other_domicile}.",
                "en": f"{_cl(c, lang, True)} elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"{_cl(c, lang, True)} kiest op dat adres ook woonplaats.",
            "fr": f"{_cl(c, lang, True)} y fait également élection de domicile.",
            "en": f"{_cl(c, lang, True)} also elects domicile at that address."}[lang]


def s21_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _ref(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_cl(c, lang, True)} is verzoeker om internationale bescherming sinds {d}; over dat verzoek "
                      f"is nog geen definitieve beslissing genomen{r}. {_pr(c, lang).capitalize()} is daarom "
                      f"vrijgesteld van het bewijs van identiteit.",
                "fr": f"{_cl(c, lang, True)} est demandeu{'se' if c.fem else 'r'} de protection internationale depuis "
                      f"le {d} ; aucune décision définitive n'a encore été prise{r}. {_pr(c, lang).capitalize()} est "
                      f"dès lors dispensé{'e' if c.fem else ''} de la preuve de son identité.",
                "en": f"{_cl(c, lang, True)} has applied for international protection since {d}; no final decision "
                      f"has been taken{r}, so the identity requirement does not apply."}[lang]
    if k == "none":
        return {"nl": f"{_cl(c, lang, True)} beschikt op dit ogenblik over geen enkel identiteitsstuk; de ambassade "
                      f"werd aangeschreven.",
                "fr": f"{_cl(c, lang, True)} ne dispose actuellement d'aucun document d'identité ; l'ambassade a été "
                      f"contactée.",
                "en": f"{_cl(c, lang, True)} has no identity document at the moment; the embassy has been "
                      f"contacted."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ref(c, key, lang) for key, d in items]
    if c.annex_no("id-tr"):
        parts.append({"nl": "de beëdigde vertaling", "fr": "la traduction jurée",
                      "en": "the sworn translation"}[lang] + _ref(c, "id-tr", lang))
    lst = ", ".join(parts) if parts else "—"
    s = {"nl": f"Ter staving van de identiteit leg ik voor: {lst}.",
         "fr": f"Pour établir l'identité, je produis : {lst}.",
         "en": f"To establish identity I enclose: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is vervallen; een vervallen paspoort volstaat als bewijs van identiteit.",
              "fr": " Le passeport est expiré ; un passeport expiré suffit à établir l'identité.",
              "en": " The passport has expired; an expired passport still proves identity."}[lang]
    return s


def s21_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {cd}", "fr": f"le rapport du {doc} du {cd}",
               "en": f"the report of {doc} of {cd}"}[lang] + _ref(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift dat {doc} op {cd} opstelde",
               "fr": f"le certificat médical type établi par le {doc} le {cd}",
               "en": f"the standard medical certificate drawn up by {doc} on {cd}"}[lang] + _ref(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Uit {src} blijkt dat {_cl(c, lang)} lijdt aan {t['name']}. {t['severity']} Noodzakelijk is: "
                  f"{meds}.",
            "fr": f"Il ressort {src.replace('le ', 'du ', 1)} que {_cl(c, lang)} souffre de {t['name']}. "
                  f"{t['severity']} Le traitement nécessaire : {meds}.",
            "en": f"It appears from {src} that {_cl(c, lang)} suffers from {t['name']}. {t['severity']} Necessary "
                  f"treatment: {meds}."}[lang]


def s21_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ref(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"In {cn} is {dr} in de praktijk enkel verkrijgbaar in {o['hospital']}{r}. De kostprijs bedraagt "
                  f"ongeveer {il['cost']} per maand, terwijl een gemiddeld maandloon er {o['wage']} is. "
                  f"{o['insurance_nl']}",
            "fr": f"Dans le pays d'origine ({cn}), {dr} n'est en pratique accessible qu'au {o['hospital']}{r}. Le coût "
                  f"est d'environ {il['cost']} par mois, pour un salaire mensuel moyen de {o['wage']}. "
                  f"{o['insurance_fr']}",
            "en": f"In {cn}, {dr} is in practice only available at {o['hospital']}{r}. It costs about {il['cost']} a "
                  f"month, while the average monthly wage is {o['wage']}. {o['insurance_en']}"}[lang]


def s21_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "époux/épouse", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
        out.append(f"{rel[m.rel]} {q.surname.upper()} {q.given_names}, {born} {c.d(q.birth_date, lang)} te "
                   f"{q.birth_place}{nat}{_ref(c, f'fam{i}', lang)}")
    return {"nl": f"{_cl(c, lang, True)} dient deze aanvraag ook in voor: " + "; ".join(out) + ".",
            "fr": f"{_cl(c, lang, True)} introduit également la demande pour : " + " ; ".join(out) + ".",
            "en": f"{_cl(c, lang, True)} also applies for: " + "; ".join(out) + "."}[lang]


def s21_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"De aanvraag 9ter die {_cl(c, lang)} op {d} indiende, is nog niet beantwoord; "
                          f"{_pr(c, lang)} trekt ze hierbij in en vervangt ze door de huidige.",
                    "fr": f"La demande 9ter introduite le {d} est toujours pendante ; {_cl(c, lang)} s'en désiste et "
                          f"la remplace par la présente.",
                    "en": f"The 9ter application lodged on {d} is still pending; {_cl(c, lang)} withdraws it and "
                          f"replaces it with this one."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure eindigde op {d} met een definitieve weigering.",
                    "fr": f"La procédure d'asile s'est terminée le {d} par un refus définitif.",
                    "en": f"The asylum procedure ended on {d} with a final refusal."}[lang])
    return " ".join(out) or None


def s21_ask(c: Case, lang: str) -> str:
    return {"nl": f"Ik verzoek u dan ook {_cl(c, lang)} te machtigen tot een verblijf van meer dan drie maanden "
                  f"overeenkomstig artikel 9ter van de wet van 15 december 1980.",
            "fr": f"Je vous prie dès lors d'autoriser {_cl(c, lang)} au séjour de plus de trois mois conformément à "
                  f"l'article 9ter de la loi du 15 décembre 1980.",
            "en": f"I therefore ask you to authorise {_cl(c, lang)} to stay for more than three months under "
                  f"Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: BJB lawyer's letter

_B = {"nl": dict(to=["Dienst Vreemdelingenzaken", "Directie Toegang en Verblijf – Medische Regularisatie",
                     "Pachecolaan 44", "1000 Brussel"], reg="Aangetekend",
                 ref="Uw ref.: —   Onze ref.: {r}   Aanstelling BJB nr. {b}",
                 sub="Betreft: aanvraag om machtiging tot verblijf op grond van artikel 9ter Vw. – {n}",
                 sal="Mevrouw, Mijnheer,", heads=["A. PERSONALIA", "B. VERBLIJFPLAATS EN WOONSTKEUZE", "C. GEZIN",
                                                    "D. IDENTITEIT", "E. MEDISCHE TOESTAND", "F. LAND VAN HERKOMST",
                                                    "G. EERDERE PROCEDURES", "H. VERZOEK"],
                 annex="Stukken:", close="Met vriendelijke groeten,", sigl="Voor verzoeker, de raadsman,",
                 role="advocaat"),
      "fr": dict(to=["Office des Étrangers", "Direction Accès et Séjour – Régularisation médicale",
                     "Boulevard Pachéco 44", "1000 Bruxelles"], reg="Recommandé",
                 ref="V/réf. : —   N/réf. : {r}   Désignation BAJ n° {b}",
                 sub="Concerne : demande d'autorisation de séjour sur la base de l'article 9ter – {n}",
                 sal="Madame, Monsieur,", heads=["A. IDENTITÉ DU REQUÉRANT", "B. RÉSIDENCE ET DOMICILE ÉLU",
                                                  "C. FAMILLE", "D. PREUVE DE L'IDENTITÉ", "E. SITUATION MÉDICALE",
                                                  "F. PAYS D'ORIGINE", "G. PROCÉDURES ANTÉRIEURES", "H. DEMANDE"],
                 annex="Pièces :", close="Veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
                 sigl="Pour le requérant, son conseil,", role="avocat"),
      "en": dict(to=["Immigration Office", "Access and Residence – Medical Regularisation", "Pachecolaan 44",
                     "1000 Brussels"], reg="Registered",
                 ref="Your ref.: —   Our ref.: {r}   Legal aid appointment no. {b}",
                 sub="Re: application for leave to remain under Article 9ter – {n}",
                 sal="Dear Sir or Madam,", heads=["A. PERSONAL DATA", "B. RESIDENCE AND ELECTED DOMICILE", "C. FAMILY",
                                                   "D. IDENTITY", "E. MEDICAL SITUATION", "F. COUNTRY OF ORIGIN",
                                                   "G. EARLIER PROCEDURES", "H. REQUEST"],
                 annex="Exhibits:", close="Yours faithfully,", sigl="For the applicant, counsel,", role="lawyer")}


def app_bjb_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, T = c.lawyer, _B[lang]
    font = rng.choice(["serif4", "serif6", "serif3"])
    size, lh = 10.5, 5.0
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(20, 14, f"{'Me' if lang == 'fr' else 'Mr.'} {L['first']} {L['last'].upper()}", font=font,
                    size_pt=12, bold=True)
            sh.text(20, 19.5, {"nl": "Advocaat", "fr": "Avocat(e)", "en": "Lawyer"}[lang] + f" – {L['firm']}",
                    font=font, size_pt=8.5, color=GREY)
            sh.text(20, 23.5, f"{L['street']}, {L['pc']} {L['city']}", font=font, size_pt=8.5, color=GREY)
            sh.text(20, 27.5, f"T {L['tel']}  ·  {L['mail']}", font=font, size_pt=8.5, color=GREY)
            sh.text(190, 14, f"{L['city']}, {c.d(c.app_date, lang, 'long')}", font=font, size_pt=10.5,
                    anchor="right")
            st["y"] = 40
        else:
            st["y"] = 20
        return sh

    sh = new()
    sh.text(112, 40, T["reg"], font=font, size_pt=9.5, bold=True)
    for i, ln in enumerate(T["to"]):
        sh.text(112, 46 + i * 5, ln, font=font, size_pt=10)
    b = f"{rng.randint(2026, 2026)}/{rng.randint(1000, 9999)}"
    sh.text(20, 72, T["ref"].format(r=f"{c.p.surname[:3].upper()}-{rng.randint(100, 999)}", b=b), font=font,
            size_pt=8.5, color=GREY)
    y = 80
    for ln in _wrap(T["sub"].format(n=name_in(c.p, "SURNAME Given")), 170, font, 10.5):
        sh.text(20, y, ln, font=font, size_pt=10.5, bold=True)
        y += 5
    sh.text(20, y + 5, T["sal"], font=font, size_pt=size)
    st["y"] = y + 14

    def block(head: str, body: str, tag: str | None):
        rows = _wrap(body, 170, font, size)
        if st["y"] + 12 > 270:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        pages[-1].text(20, st["y"], head, font=font, size_pt=9.5, bold=True)
        ww = text_width_mm(head, font, 9.5, True)
        pages[-1].rule(20, st["y"] + 4.6, 20 + ww, st["y"] + 4.6, width_mm=0.25)
        st["y"] += 7
        for r in rows:
            if st["y"] > 272:
                new()
            pages[-1].text(20, st["y"], r, font=font, size_pt=size)
            st["y"] += lh
        st["y"] += 4

    H = T["heads"]
    block(H[0], s21_person(c, lang), "personal")
    block(H[1], " ".join(x for x in (s21_home(c, lang), s21_domicile(c, lang)) if x), "residence")
    if s21_family(c, lang):
        block(H[2], s21_family(c, lang), "family")
    block(H[3], s21_identity(c, lang), "identity")
    block(H[4], s21_medical(c, lang), "medical")
    if s21_coi(c, lang):
        block(H[5], s21_coi(c, lang), "coi")
    if s21_other(c, lang):
        block(H[6], s21_other(c, lang), "parallel")
    block(H[7], s21_ask(c, lang), None)
    ann = [d for _, d in c.annexes]
    if ann:
        if st["y"] + 6 + 4.6 * len(ann) > 272:
            new()
        pages[-1].text(20, st["y"], T["annex"], font=font, size_pt=10, bold=True)
        st["y"] += 5.5
        for i, d in enumerate(ann, 1):
            pages[-1].text(26, st["y"], f"{i})  {d}", font=font, size_pt=9.8)
            st["y"] += 4.6
        st["y"] += 4
    if st["y"] + 46 > 282:
        new()
    sh = pages[-1]
    y = st["y"]
    y = sh.paragraph(20, y, 170, T["close"], font=font, size_pt=size) + 4
    tags["signature"] = len(pages)
    sh.text(20, y, T["sigl"], font=font, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(22, y + 4, 44, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(20, y + 21, f"{L['first']} {L['last']}", font=font, size_pt=size)
    sh.text(20, y + 26, T["role"], font=font, size_pt=9, color=GREY)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 288, f"{i}/{n}", font=font, size_pt=9, anchor="center")
    return pages, tags


_reg("be9ter-app-nl-prose-bjb-pro-deo-letterkoppen-handtekening-links-boven-naam", "application", PART, "nl",
     lambda c, r: app_bjb_letter(c, r, lang="nl"),
     "legal-aid lawyer's letter, date at the top right, lettered capital headings, 'mijn cliënt', signature at the "
     "left above the typed name")
_reg("be9ter-app-fr-prose-baj-pro-deo-intertitres-lettres-signature-gauche", "application", PART, "fr",
     lambda c, r: app_bjb_letter(c, r, lang="fr"),
     "lettre d'avocat désigné par le BAJ, intertitres lettrés en capitales, 'mon client', signature à gauche")
_reg("be9ter-app-en-prose-legal-aid-lettered-headings", "application", PART, "en",
     lambda c, r: app_bjb_letter(c, r, lang="en"), "the same letter written in English (not accepted)")


# --------------------------------------------------------------------------- application 2: hand-filled questionnaire

_Q = {"nl": dict(org="Medimmigrant vzw – Permanentie Medisch Verblijf", addr="Gaucheretstraat 164, 1030 Brussel",
                 title="AANVRAAG 9TER – VRAGENLIJST (in te vullen in drukletters)",
                 q=["Familienaam", "Voornaam / voornamen", "Geboortedatum (dd/mm/jjjj)", "Geboorteplaats en land",
                    "Nationaliteit", "Rijksregisternummer of OV-nummer", "Adres waar u echt woont (straat, nr, "
                    "postcode, gemeente)", "Adres voor de briefwisseling (woonstkeuze)", "Gezinsleden die mee de "
                    "aanvraag doen", "Welke identiteitsstukken voegt u bij?", "Ziekte en behandeling (zie medisch "
                    "getuigschrift)", "Is de behandeling mogelijk in uw land?", "Lopende of vroegere procedures",
                    "Bijlagen"],
                 ask="Ik vraag een machtiging tot verblijf op grond van artikel 9ter van de wet van 15.12.1980.",
                 ok="Gelezen en goedgekeurd", sig="Handtekening van de aanvrager", date="Datum", none="GEEN"),
      "fr": dict(org="Medimmigrant asbl – Permanence Séjour médical", addr="Rue Gaucheret 164, 1030 Bruxelles",
                 title="DEMANDE 9TER – QUESTIONNAIRE (à remplir en majuscules)",
                 q=["Nom de famille", "Prénom(s)", "Date de naissance (jj/mm/aaaa)", "Lieu et pays de naissance",
                    "Nationalité", "Numéro de registre national ou SP", "Adresse où vous habitez réellement (rue, "
                    "n°, code postal, commune)", "Adresse pour le courrier (élection de domicile)", "Membres de la "
                    "famille inclus dans la demande", "Quels documents d'identité joignez-vous ?", "Maladie et "
                    "traitement (voir certificat médical)", "Le traitement est-il possible dans votre pays ?",
                    "Procédures en cours ou antérieures", "Annexes"],
                 ask="Je demande une autorisation de séjour sur la base de l'article 9ter de la loi du 15.12.1980.",
                 ok="Lu et approuvé", sig="Signature du demandeur", date="Date", none="NÉANT")}


def app_questionnaire_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    Q = _Q[lang]
    p, fl = c.p, c.flags
    lf = "sans4"
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([BALL, (25, 25, 30)])
    dom = ""
    if not ("no_domicile" in fl or c.domicile == "none"):
        if c.domicile == "lawyer" and c.lawyer:
            dom = f"{c.lawyer['first']} {c.lawyer['last']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
        elif c.domicile == "other" and c.other_domicile:
            dom = c.other_domicile
        else:
            dom = {"nl": "zelfde adres", "fr": "même adresse"}[lang]
    fam = "; ".join(f"{m.p.given_names} {m.p.surname} {c.d(m.p.birth_date, lang, 'slashes')}{_ref(c, f'fam{i}', lang)}"
                    for i, m in enumerate(c.family)) or Q["none"]
    ids = [d for k, d in c.annexes if k.startswith("id")]
    if c.id_kind in ("asylum", "asylum-noproof"):
        ids = [{"nl": f"asielzoeker sinds {c.d(c.asylum['lodged'], lang, 'slashes')}, nog geen beslissing",
                "fr": f"demandeur d'asile depuis le {c.d(c.asylum['lodged'], lang, 'slashes')}, pas de décision"}[lang]
               + (_ref(c, "asylum", lang) if c.id_kind == "asylum" else "")]
    il = ILLNESSES[c.illness][lang]
    vals = [p.surname, p.given_names, c.d(p.birth_date, lang, "slashes"),
            "" if "no_birthplace" in fl else f"{p.birth_place}, {cname(c.birth_cc(), lang)}",
            "" if "no_nationality" in fl else COUNTRIES[p.nationality]["adj_" + lang],
            c.nrn or c.ov or "", "" if "no_address" in fl else addr_str(c.addr, lang, c.addr_style), dom, fam,
            "; ".join(ids) or Q["none"],
            ("" if "medcert_absent" in fl else f"{c.doctor.name()} {c.d(c.cert_date, lang, 'slashes')}{_ref(c, 'medcert', lang)}: ")
            + il["name"],
            ({"nl": "nee", "fr": "non"}[lang] + (" – " + (s21_coi(c, lang) or "")[:160] if s21_coi(c, lang) else ""))
            if not ("no_coi" in fl) else "",
            s21_other(c, lang) or Q["none"],
            ", ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1)) or Q["none"]]
    tags = {"personal": 1, "residence": 1}
    pages: list[Sheet] = []

    def new():
        sh = Sheet()
        sh.rect(20, 10, 170, 14, width_mm=0.5)
        sh.text(24, 12, Q["org"], font=lf, size_pt=10, bold=True)
        sh.text(24, 17.5, Q["addr"], font=lf, size_pt=8, color=GREY)
        pages.append(sh)
        return sh, 32.0

    sh, y = new()
    sh.text(20, y, Q["title"], font=lf, size_pt=11, bold=True)
    y += 10
    for i, (q, v) in enumerate(zip(Q["q"], vals)):
        txt = hand_safe(str(v).upper())
        rows = _wrap(txt, 165, hf, 10.5) if txt else []
        h = 5 + max(1, len(rows)) * 6.2 + 2
        if y + h > 258:
            sh, y = new()
        if i == 12:
            tags["parallel"] = len(pages)
        sh.text(20, y, f"{i + 1}. {q}", font=lf, size_pt=8.8)
        yy = y + 4.6
        for k in range(max(1, len(rows))):
            sh.rule(22, yy + 5.4 + k * 6.2, 190, yy + 5.4 + k * 6.2, width_mm=0.15, color=(150, 150, 150))
        for k, ln in enumerate(rows):
            sh.handwriting(24, yy + 0.2 + k * 6.2, ln, rng, size_pt=10.5, color=ink, font=hf)
        y += h
    if y + 48 > 288:
        sh, y = new()
    y = sh.paragraph(20, y + 4, 170, Q["ask"], font=lf, size_pt=9.5)
    tags["signature"] = len(pages)
    sh.text(20, y + 5, f"{Q['date']}:", font=lf, size_pt=9)
    sh.handwriting(36, y + 3.8, c.d(c.app_date, lang, "slashes"), rng, size_pt=11, color=ink, font=hf)
    sh.text(20, y + 14, Q["sig"], font=lf, size_pt=9)
    if "unsigned" not in fl:
        sh.handwriting(24, y + 20, Q["ok"], rng, size_pt=11.5, color=ink, font=hf)
        sh.signature(28, y + 27, 50, 15, rng, color=ink)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 289, f"{i}/{n}", font=lf, size_pt=8, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-form-vragenlijst-drukletters-gelezen-en-goedgekeurd", "application", PART, "nl",
     lambda c, r: app_questionnaire_hand(c, r, lang="nl"),
     "support association's questionnaire filled in by hand in block capitals, 'Gelezen en goedgekeurd' above the "
     "signature")
_reg("be9ter-app-fr-form-questionnaire-majuscules-lu-et-approuve", "application", PART, "fr",
     lambda c, r: app_questionnaire_hand(c, r, lang="fr"),
     "questionnaire d'association rempli à la main en majuscules, 'Lu et approuvé' au-dessus de la signature")


# --------------------------------------------------------------------------- medical certificates

def medcert_2024_epd(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model exported from the hospital's patient record system: a header line with the hospital, the
    patient's name and number on every page, each question in bold with its answer in a grey box, the severity
    degree written out (the chosen one in bold capitals), the doctor's signature and stamp in the last box."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans", "sans2", "narrow"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    pid = rng.randint(1000000, 9999999)
    st = {"y": 0.0}
    inst = d.inst or c.specialist.inst

    def new():
        sh = Sheet()
        pages.append(sh)
        sh.text(20, 8, f"{inst}  |  {v['pat'] or '—'}  |  {'patiëntnr.' if lang == 'nl' else 'n° patient'} {pid}",
                font=f, size_pt=7.5, color=GREY)
        sh.rule(20, 12, 190, 12, width_mm=0.2, color=GREY)
        if len(pages) == 1:
            sh.text(20, 18, M_["title"], font=f, size_pt=13, bold=True)
            y = sh.paragraph(20, 24, 170, M_["law"] + " – " + M_["model"], font=f, size_pt=7.8, color=GREY)
            st["y"] = y + 5
        else:
            st["y"] = 18
        return sh

    new()

    def qa(title: str, ans: str, tag=None, extra: float = 0.0):
        body = _wrap(ans, 164, f, 9.5) if ans else []
        h = 5.5 + max(1, len(body)) * 4.4 + 3 + extra
        if st["y"] + h > 280:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        sh.text(20, y, title, font=f, size_pt=9.2, bold=True)
        sh.rect(20, y + 5, 170, max(1, len(body)) * 4.4 + 2.5 + extra, width_mm=0, fill=(236, 236, 236))
        for k, ln in enumerate(body):
            sh.text(22, y + 6.2 + k * 4.4, ln, font=f, size_pt=9.5)
        st["y"] = y + h + 2.5
        return sh, y + 6.2 + max(1, len(body)) * 4.4

    qa(M_["s1"], "  ·  ".join(x for x in (f"{M_['name']}: {v['surname']}" if v["surname"] else "",
                                         f"{M_['first']}: {v['first']}" if v["first"] else "",
                                         f"{M_['bd']}: {v['bd']}" if v["bd"] else "",
                                         f"{M_['nat']}: {v['nat']}" if v["nat"] else "") if x), "patient")
    qa(M_["s2"], f"{d.name()}  ·  {M_['riziv']}: {v['riziv'] or '—'}  ·  {SPECIALTY[d.spec].get(lang, '')}  ·  "
                 f"{d.street}, {d.pc} {d.city}", "doctor")
    qa(M_["s3"], fdate(c.cert_date - timedelta(days=rng.randint(150, 1500)), "slashes", lang))
    qa(M_["s4"], v["hist"])
    qa(M_["s5"], f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness")
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 3])
    sh, yy = qa(M_["s6"], (v["sev"] + "  ") if v["sev"] else "", "severity", extra=6)
    x = 22
    for i, o in enumerate(M_["sevopts"]):
        if i:
            x += sh.text(x, yy + 0.6, " / ", font=f, size_pt=9.5)
        w = sh.text(x, yy + 0.6, o.upper() if i == k else o, font=f, size_pt=9.5, bold=(i == k))
        if i == k:
            sh.rule(x, yy + 4.8, x + w, yy + 4.8, width_mm=0.3)
        x += w
    qa(f"{M_['s7']} – {M_['s7a']}", v["meds"], "treatment")
    qa(M_["s7b"], v["interv"])
    qa(M_["s7c"], v["dur"])
    qa(M_["s8"], v["cons"])
    qa(M_["s9"], v["prog"])
    qa(M_["s10"], v["needs"])
    qa(M_["s11"], v["travel"])
    if st["y"] + 42 > 284:
        new()
    sh = pages[-1]
    y = st["y"] + 2
    tags["signature"] = len(pages)
    sh.text(20, y, f"{M_['date']}: {v['date']}", font=f, size_pt=10)
    sh.text(20, y + 7, M_["sign"], font=f, size_pt=9)
    if v["signed"]:
        sh.signature(24, y + 12, 46, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(100, y + 4, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=STAMP_BLUE)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 291, f"{i}/{n}", font=f, size_pt=7.5, anchor="right", color=GREY)
    return pages, tags


def medcert_old_runon(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) filled in on the computer: each question in bold followed on the same line by
    the answer in a plain face, the practice's letterhead at the top, two pages, signed and stamped at the end."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["serif2", "serif", "sans3"])
    size = 10
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(190, 12, d.name(), font=f, size_pt=10, bold=True, anchor="right")
            sh.text(190, 17, f"{d.street} · {d.pc} {d.city}", font=f, size_pt=8, anchor="right", color=GREY)
            sh.text(105, 30, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
            sh.text(105, 36, f"{M_['sub']} {M_['law']}", font=f, size_pt=8.5, anchor="center")
            st["y"] = 46
        else:
            st["y"] = 18
        return sh

    new()

    def q(head: str, ans: str, tag=None):
        sh = pages[-1]
        hw = text_width_mm(head + " ", f, size, True)
        first_w = 170 - hw
        words = (ans or "").split()
        line, rows, width = "", [], first_w
        for wd in words:
            t = (line + " " + wd).strip()
            if line and text_width_mm(t, f, size) > width:
                rows.append(line)
                line, width = wd, 170
            else:
                line = t
        if line:
            rows.append(line)
        hr = _wrap(head, 170, f, size) if hw > 150 else [head]
        need = 5 * (len(hr) + max(0, len(rows) - 1)) + 8
        if st["y"] + need > 275:
            sh = new()
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, ln in enumerate(hr):
            sh.text(20, y, ln, font=f, size_pt=size, bold=True)
            if k < len(hr) - 1:
                y += 5
        x0 = 20 + text_width_mm(hr[-1] + " ", f, size, True)
        if rows and len(hr) == 1:
            sh.text(x0, y, rows[0], font=f, size_pt=size)
            rest = rows[1:]
        else:
            rest = rows
        for r in rest:
            y += 5
            sh.text(20, y, r, font=f, size_pt=size)
        st["y"] = y + 7.5

    q(M_["pat"] + ":", v["pat"], "patient")
    q(M_["bd"] + ":", v["bd"])
    q(M_["nat"] + ":", v["nat"])
    q(M_["A"], v["hist"])
    q(M_["B"].split(":")[0] + ": " + M_["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    q(M_["sev"], v["sev"], "severity")
    q(M_["C"] + " – " + M_["med"], v["meds"], "treatment")
    q(M_["interv"], v["interv"])
    q(M_["dur"], v["dur"])
    q(M_["D"], v["cons"])
    q(M_["E"], v["prog"])
    q(M_["F"], v["needs"])
    q(M_["G"], v["travel"])
    if st["y"] + 40 > 285:
        new()
    sh = pages[-1]
    y = st["y"] + 3
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(20, y, f"{M_['date']} {v['date']}", font=f, size_pt=size)
    sh.text(20, y + 7, M_["sign"], font=f, size_pt=size)
    sh.text(20, y + 30, f"{M_['riziv']} {v['riziv']}", font=f, size_pt=size)
    if v["signed"]:
        sh.signature(26, y + 12, 44, 15, rng, color=INK_BLUE)
        sh.stamp(112, y + 4, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
                 shape="round", size_mm=30, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
    return pages, tags


_reg("be9ter-medcert-2024-nl-epd-export-kopregel-grijze-antwoordvakken", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_epd(c, r, lang="nl"),
     "2024 model exported from the hospital record system, header line on every page, answers in grey boxes, "
     "severity written out with the chosen degree in bold capitals")
_reg("be9ter-medcert-2024-fr-export-dpi-ligne-entete-cadres-gris", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_epd(c, r, lang="fr"), "modèle 2024 exporté du dossier patient informatisé")
_reg("be9ter-medcert-old-de-eupen-antwort-hinter-frage", "medical-certificate", PART, "de",
     lambda c, r: medcert_old_runon(c, r, lang="de"),
     "previous model in German filled in on the computer, each answer run on after its question")
_reg("be9ter-medcert-old-en-answer-after-question", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_runon(c, r, lang="en"), "the previous model in English (not accepted)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case) -> str:
    return c.cert_lang if c.cert_lang in ("nl", "fr") else (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_specialist_subject(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's letter to the GP: the hospital's logo square and name at the left, the GP as addressee, a
    bold subject line with the patient, the text in three paragraphs, 'met collegiale groeten', signed."""
    lang = _mlang(c)
    s, t = c.specialist, ILLNESSES[c.illness][lang]
    f = rng.choice(["sans2", "serif2"])
    col = rng.choice([(0, 90, 140), (130, 30, 60), (20, 110, 90)])
    sh = Sheet()
    sh.rect(20, 10, 11, 11, width_mm=0, fill=col)
    sh.text(34, 11, s.inst, font=f, size_pt=11, bold=True, color=col)
    sh.text(34, 16.5, s.dept or SPECIALTY[s.spec].get(lang, ""), font=f, size_pt=8.5, color=GREY)
    for i, ln in enumerate((c.doctor.name(), c.doctor.street, f"{c.doctor.pc} {c.doctor.city}")):
        sh.text(115, 36 + i * 5, ln, font=f, size_pt=10)
    sh.text(115, 56, f"{s.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10)
    subj = {"nl": "Betreft", "fr": "Concerne"}[lang]
    sh.text(20, 70, f"{subj}: {name_in(c.p, 'SURNAME Given')} (°{fdate(c.p.birth_date, 'dots', lang)})", font=f,
            size_pt=10.5, bold=True)
    sal = {"nl": "Beste collega,", "fr": "Cher Confrère, chère Consœur,"}[lang]
    y = sh.paragraph(20, 80, 170, sal, font=f, size_pt=10.5) + 2
    for para in (t["history"], t["severity"] + " " + "; ".join(t["meds"]) + ".", t["duration"] + " " +
                 t["consequences"]):
        y = sh.paragraph(20, y, 170, para, font=f, size_pt=10.5, leading=1.4) + 3
    y = sh.paragraph(20, y + 2, 170, {"nl": "Met collegiale groeten,", "fr": "Bien confraternellement,"}[lang],
                     font=f, size_pt=10.5)
    sh.signature(22, y + 2, 40, 13, rng, color=INK_BLUE)
    sh.text(20, y + 17, s.name(), font=f, size_pt=10)
    sh.text(20, y + 22, SPECIALTY[s.spec].get(lang, ""), font=f, size_pt=9, color=GREY)
    return [sh], {}


def medstat_dayhospital(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A day hospital's attestation: the patient was admitted on the dates in the table (date, unit, treatment),
    for the illness named, and the follow-up continues; signed by the head of unit, no stamp."""
    lang = _mlang(c)
    s, t = c.specialist, ILLNESSES[c.illness][lang]
    f = "sans3"
    sh = Sheet()
    sh.text(20, 14, s.inst.upper(), font=f, size_pt=10, bold=True)
    sh.text(20, 19, {"nl": "Dagziekenhuis", "fr": "Hôpital de jour"}[lang] + f" – {s.city}", font=f, size_pt=8.5,
            color=GREY)
    sh.text(105, 36, {"nl": "ATTEST VAN OPNAME IN HET DAGZIEKENHUIS",
                      "fr": "ATTESTATION D'HOSPITALISATION DE JOUR"}[lang], font=f, size_pt=12, bold=True,
            anchor="center")
    y = sh.paragraph(20, 48, 170, {"nl": f"Ondergetekende bevestigt dat {name_in(c.p, 'Given SURNAME')}, geboren op "
                                         f"{fdate(c.p.birth_date, 'slashes', lang)}, in ons dagziekenhuis werd "
                                         f"opgenomen voor {t['name']} op de volgende data:",
                                   "fr": f"Le soussigné confirme que {name_in(c.p, 'Given SURNAME')}, né(e) le "
                                         f"{fdate(c.p.birth_date, 'slashes', lang)}, a été admis(e) dans notre "
                                         f"hôpital de jour pour {t['name']} aux dates suivantes :"}[lang],
                     font=f, size_pt=10, leading=1.45) + 4
    heads = {"nl": ("Datum", "Eenheid", "Behandeling"), "fr": ("Date", "Unité", "Traitement")}[lang]
    d0 = c.medstat_date
    rows = [heads] + [(fdate(d0 - timedelta(days=28 * i + rng.randint(0, 5)), "slashes", lang),
                       SPECIALTY[s.spec].get(lang, ""), t["meds"][i % len(t["meds"])][:46]) for i in range(4)]
    for i, r in enumerate(rows):
        for j, w in enumerate((34, 46, 90)):
            x = 20 + sum((34, 46, 90)[:j])
            sh.rect(x, y, w, 8, width_mm=0.25, fill=(232, 232, 240) if i == 0 else None)
            sh.text(x + 1.5, y + 2, r[j], font=f, size_pt=8.8, bold=(i == 0))
        y += 8
    y = sh.paragraph(20, y + 6, 170, t["duration"] + " " + t["needs"], font=f, size_pt=10, leading=1.45)
    sh.text(20, y + 8, f"{s.city}, {fdate(c.medstat_date + timedelta(days=1), 'slashes', lang)}", font=f,
            size_pt=10)
    sh.signature(20, y + 13, 40, 13, rng, color=INK_BLACK)
    sh.text(20, y + 28, s.name() + {"nl": ", diensthoofd", "fr": ", chef de service"}[lang], font=f, size_pt=10)
    return [sh], {}


_reg("be9ter-medstat-specialist-brief-huisarts-vet-onderwerp-collegiaal", "medical-statement", PART, "fr/nl",
     medstat_specialist_subject, "specialist's letter to the GP, logo square, bold subject line, collegial close")
_reg("be9ter-medstat-dagziekenhuis-attest-opnametabel", "medical-statement", PART, "fr/nl", medstat_dayhospital,
     "day hospital's attestation with a table of admission dates, signed by the head of unit")


# --------------------------------------------------------------------------- country-of-origin information

def _highlight(sh: Sheet, x: float, y: float, w: float) -> None:
    im = Image.new("RGBA", (10, 10), (250, 235, 60, 120))
    sh.image(x - 0.5, y - 0.6, w + 1, 5.0, im, blend="multiply")


def coi_news_highlighter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A web article of a newspaper of the country about a shortage of the medicine, printed from the browser
    (URL and date at the top, page number at the foot), with the lawyer's yellow highlighter over two sentences."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = "fr" if o.get("lang") == "fr" or c.lang == "fr" else "en"
    cn, dr = cname(c.origin(), lang), drug(c.illness, lang)
    paper = {"TGO": "republicoftogo.com", "MLI": "maliweb.net", "IRN": "tehrantimes.com", "PAK": "dawn.com",
             "TUR": "hurriyetdailynews.com"}.get(c.origin(), "news-online.com")
    sh = Sheet()
    dd = c.app_date - timedelta(days=rng.randint(30, 300))
    sh.text(10, 6, f"{fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'slashes')} {rng.randint(9, 18)}:"
                   f"{rng.randint(10, 59)}", font="sans", size_pt=7, color=GREY)
    sh.text(200, 6, f"https://www.{paper}/health/{rng.randint(10000, 99999)}", font="sans", size_pt=7,
            anchor="right", color=GREY)
    sh.text(20, 18, paper.split(".")[0].upper(), font="serif5", size_pt=20, bold=True)
    sh.rule(20, 28, 190, 28, width_mm=0.8)
    title = {"fr": f"{cn} : les patients face à la pénurie de {dr.split('(')[0].strip()}",
             "en": f"{cn}: patients face shortage of {dr.split('(')[0].strip()}"}[lang]
    y = sh.paragraph(20, 34, 170, title, font="serif5", size_pt=16, bold=True, leading=1.2) + 2
    sh.text(20, y, {"fr": "Publié le ", "en": "Published "}[lang] + fdate(dd, "long", lang), font="sans",
            size_pt=8.5, color=GREY)
    y += 10
    paras = {"fr": [f"Depuis plusieurs mois, {dr} est introuvable dans la plupart des pharmacies du pays. Seul le "
                    f"{o['hospital']} en reçoit encore, par petites quantités.",
                    f"Un mois de traitement coûte environ {il['cost']}, alors que le salaire moyen ne dépasse guère "
                    f"{o['wage']}.", o["insurance_fr"],
                    "Les associations de patients demandent au ministère de garantir l'approvisionnement."],
             "en": [f"For several months {dr} has been unavailable in most of the country's pharmacies. Only "
                    f"{o['hospital']} still receives it, in small quantities.",
                    f"A month of treatment costs about {il['cost']}, while the average wage is barely {o['wage']}.",
                    o["insurance_en"], "Patient groups are calling on the ministry to secure supplies."]}[lang]
    for i, p in enumerate(paras):
        rows = sh.wrap(p, 170, font="serif2", size_pt=10.5)
        for r in rows:
            if i in (0, 1):
                _highlight(sh, 20, y, text_width_mm(r, "serif2", 10.5))
            sh.text(20, y, r, font="serif2", size_pt=10.5)
            y += 5.2
        y += 3
    sh.text(200, 290, "1/1", font="sans", size_pt=7, anchor="right", color=GREY)
    return [sh], {}


def coi_lawyer_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's own overview on availability and accessibility: a table with one row per question (available?
    where? price? covered?) and the source of each answer in a third column."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, dr = cname(c.origin(), lang), drug(c.illness, lang)
    f = "sans2"
    sh = Sheet()
    sh.text(20, 18, {"nl": f"Beschikbaarheid en toegankelijkheid van de behandeling – {cn}",
                     "fr": f"Disponibilité et accessibilité du traitement – {cn}"}[lang], font=f, size_pt=13,
            bold=True)
    sh.text(20, 25, name_in(c.p, "SURNAME Given"), font=f, size_pt=10, color=GREY)
    H = {"nl": ("Vraag", "Antwoord", "Bron"), "fr": ("Question", "Réponse", "Source")}[lang]
    rows = {"nl": [("Is het geneesmiddel beschikbaar?", f"{dr}: enkel in {o['hospital']}, onregelmatig",
                    "MedCOI BMA-" + str(rng.randint(10000, 19999))),
                   ("Kostprijs per maand", il["cost"], "apotheekprijs, opgevraagd"),
                   ("Gemiddeld maandloon", o["wage"], "ILO Global Wage Report"),
                   ("Dekking door verzekering", o["insurance_nl"], "WHO, landenprofiel")],
            "fr": [("Le médicament est-il disponible ?", f"{dr} : uniquement au {o['hospital']}, irrégulier",
                    "MedCOI BMA-" + str(rng.randint(10000, 19999))),
                   ("Coût mensuel", il["cost"], "prix en pharmacie, demandé"),
                   ("Salaire mensuel moyen", o["wage"], "OIT, Rapport mondial sur les salaires"),
                   ("Couverture par l'assurance", o["insurance_fr"], "OMS, profil pays")]}[lang]
    y = 36
    widths = (48, 82, 40)
    for i, r in enumerate([H] + rows):
        cells = [sh.wrap(str(x), w - 3, font=f, size_pt=9) for x, w in zip(r, widths)]
        h = max(len(cc) for cc in cells) * 4.2 + 3
        for j, (cc, w) in enumerate(zip(cells, widths)):
            x = 20 + sum(widths[:j])
            sh.rect(x, y, w, h, width_mm=0.25, fill=(230, 236, 230) if i == 0 else None)
            for k, ln in enumerate(cc):
                sh.text(x + 1.5, y + 1.5 + k * 4.2, ln, font=f, size_pt=9, bold=(i == 0))
        y += h
    return [sh], {}


_reg("be9ter-coi-fr-en-krantenartikel-web-gele-markeerstift", "country-of-origin-info", PART, "fr/en",
     coi_news_highlighter, "newspaper article on a shortage printed from the web, yellow highlighter")
_reg("be9ter-coi-nl-fr-tabel-advocaat-vraag-antwoord-bron", "country-of-origin-info", PART, "nl/fr",
     coi_lawyer_table, "lawyer's availability/accessibility table with a source per row")


# --------------------------------------------------------------------------- asylum proofs

def asylum_fedasil(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Fedasil's attestation that the person is accommodated in a reception centre as an applicant for
    international protection, with the centre's stamp and the social assistant's signature (in the language of the
    asylum procedure)."""
    a, p = c.asylum, c.p
    fr = a.get("language", "fr") != "nl"
    centre = rng.choice(["Centre Fedasil de Jumet", "Centre Fedasil de Florennes", "Centre Croix-Rouge de Bierset"]
                        if fr else ["Opvangcentrum Fedasil Kapellen", "Opvangcentrum Fedasil Sint-Truiden",
                                    "Rode Kruis-opvangcentrum Lint"])
    sh = Sheet()
    f = "sans4"
    sh.rect(20, 10, 22, 10, width_mm=0, fill=(0, 95, 160))
    sh.text(31, 12, "fedasil", font=f, size_pt=9, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(46, 11, "Agence fédérale pour l'accueil des demandeurs d'asile" if fr else
            "Federaal agentschap voor de opvang van asielzoekers", font=f, size_pt=8.5)
    sh.text(46, 15.5, centre, font=f, size_pt=8.5, color=GREY)
    sh.text(105, 40, "ATTESTATION D'HÉBERGEMENT" if fr else "ATTEST VAN OPVANG", font=f, size_pt=14, bold=True,
            anchor="center")
    g = "e" if c.fem else ""
    since = a["lodged"] + timedelta(days=rng.randint(1, 12))
    if fr:
        body = (f"Nous certifions que {p.surname.upper()} {p.given_names}, né{g} le {fdate(p.birth_date, 'dots')}, de "
                f"nationalité {COUNTRIES[p.nationality]['adj_fr']}, numéro SP {c.ov}, est hébergé{g} dans notre "
                f"structure d'accueil en tant que demandeu{'se' if g else 'r'} de protection internationale depuis le "
                f"{fdate(since, 'long', 'fr')}. Sa demande, introduite le {fdate(a['lodged'], 'long', 'fr')}, est "
                f"toujours en cours d'examen.")
    else:
        body = (f"Wij bevestigen dat {p.surname.upper()} {p.given_names}, geboren op {fdate(p.birth_date, 'dots')}, "
                f"van {COUNTRIES[p.nationality]['adj_nl']} nationaliteit, OV-nummer {c.ov}, sinds "
                f"{fdate(since, 'long', 'nl')} in ons opvangcentrum verblijft als verzoeker om internationale "
                f"bescherming. Het verzoek, ingediend op {fdate(a['lodged'], 'long', 'nl')}, is nog in behandeling.")
    y = sh.paragraph(20, 54, 170, body, font=f, size_pt=10.5, leading=1.55)
    dd = c.app_date - timedelta(days=rng.randint(3, 25))
    sh.text(20, y + 10, (f"Fait le {fdate(dd, 'long', 'fr')}" if fr else f"Opgemaakt op {fdate(dd, 'long', 'nl')}"),
            font=f, size_pt=10)
    sh.text(20, y + 16, "L'assistant(e) social(e)" if fr else "De maatschappelijk assistent", font=f, size_pt=10)
    sh.signature(22, y + 21, 40, 13, rng, color=INK_BLUE)
    sh.stamp(110, y + 8, ["FEDASIL", centre.split()[-1].upper(), "SERVICE SOCIAL" if fr else "SOCIALE DIENST"], rng,
             shape="oval", size_mm=32, color=STAMP_BLUE)
    return [sh], {}


def asylum_cgvs_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGVS/CGRA's e-mail to the lawyer on the state of the procedure, printed from the mail client (header
    block, the answer, the quoted question under it), in the language of the asylum procedure."""
    a, p = c.asylum, c.p
    fr = a.get("language", "fr") != "nl"
    L = c.lawyer or {"first": "Els", "last": "Maes", "mail": "els.maes@advocaat.be"}
    sh = Sheet()
    f = "sans"
    sh.text(20, 10, "Imprimer – Outlook" if fr else "Afdrukken – Outlook", font=f, size_pt=7.5, color=GREY)
    sh.rule(20, 14, 190, 14, width_mm=0.2, color=GREY)
    dd = c.app_date - timedelta(days=rng.randint(5, 40))
    hm = f"{rng.randint(9, 16)}:{rng.randint(10, 59)}"
    if fr:
        rows = [("De", "CGRA – Helpdesk avocats <cgra.avocats@ibz.fgov.be>"), ("Envoyé", f"{fdate(dd, 'long', 'fr')} {hm}"),
                ("À", f"{L['first']} {L['last']} <{L['mail']}>"),
                ("Objet", f"RE: état de la procédure – {p.surname.upper()} {p.given_names} – SP {c.ov}")]
        body = (f"Maître,\n\nEn réponse à votre demande, nous vous confirmons que la demande de protection "
                f"internationale de {p.given_names} {p.surname.upper()} (né(e) le {fdate(p.birth_date, 'dots')}), "
                f"introduite le {fdate(a['lodged'], 'dots')}, est toujours en cours d'examen au Commissariat général. "
                f"Aucune décision n'a encore été prise.\n\nCordialement,\nHelpdesk avocats – CGRA")
        quote = (f"De : {L['first']} {L['last']}\nObjet : état de la procédure – SP {c.ov}\nPourriez-vous me faire "
                 f"savoir si une décision a été prise dans ce dossier ?")
    else:
        rows = [("Van", "CGVS – Helpdesk advocaten <cgvs.advocaten@ibz.fgov.be>"),
                ("Verzonden", f"{fdate(dd, 'long', 'nl')} {hm}"), ("Aan", f"{L['first']} {L['last']} <{L['mail']}>"),
                ("Onderwerp", f"RE: stand van zaken – {p.surname.upper()} {p.given_names} – OV {c.ov}")]
        body = (f"Geachte meester,\n\nIn antwoord op uw vraag bevestigen wij dat het verzoek om internationale "
                f"bescherming van {p.given_names} {p.surname.upper()} (geboren op {fdate(p.birth_date, 'dots')}), "
                f"ingediend op {fdate(a['lodged'], 'dots')}, nog in behandeling is bij het Commissariaat-generaal. Er "
                f"werd nog geen beslissing genomen.\n\nMet vriendelijke groeten,\nHelpdesk advocaten – CGVS")
        quote = (f"Van: {L['first']} {L['last']}\nOnderwerp: stand van zaken – OV {c.ov}\nGraag verneem ik of er in "
                 f"dit dossier al een beslissing werd genomen.")
    y = 20
    for k, v in rows:
        sh.text(20, y, k + ":", font=f, size_pt=9.5, bold=True)
        sh.text(48, y, v, font=f, size_pt=9.5)
        y += 5.5
    y = sh.paragraph(20, y + 6, 170, body, font=f, size_pt=10.5, leading=1.4)
    sh.rule(20, y + 6, 190, y + 6, width_mm=0.2, color=GREY)
    sh.paragraph(20, y + 10, 170, quote, font=f, size_pt=9, color=GREY)
    sh.text(190, 290, "1", font=f, size_pt=7.5, anchor="right", color=GREY)
    return [sh], {}


# both families write in the language of the asylum procedure ("nl/fr": the generic plan then rotates over both)
_reg("be9ter-asylum-fedasil-attest-opvang-hebergement-verzoeker", "asylum-proof", PART, "nl/fr", asylum_fedasil,
     "Fedasil reception centre's attestation of accommodation as an applicant for protection")
_reg("be9ter-asylum-cgvs-cgra-email-helpdesk-advocaten-stand-van-zaken", "asylum-proof", PART, "nl/fr",
     asylum_cgvs_email, "CGVS/CGRA helpdesk's e-mail to the lawyer confirming the protection request is pending, "
     "printed from Outlook")


# --------------------------------------------------------------------------- registered-mail receipts

def rm_postpunt_till(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A PostPunt's till receipt (a night shop that is a bpost point): the shop's name and VAT number, the registered
    item line with its number, the addressee, the total; scanned alone at actual size in the top left corner."""
    shop = rng.choice(["Nachtwinkel Sahin", "Librairie du Parvis", "Dagbladhandel De Kring", "Press Shop Gare"])
    t = Sheet(62, 130)
    t.rect(0, 0, 62, 130, width_mm=0, fill=(252, 252, 249))
    f = "mono2"
    t.text(31, 4, shop, font=f, size_pt=7.5, bold=True, anchor="center")
    t.text(31, 8, "bpost PostPunt / Point Poste", font=f, size_pt=6, anchor="center")
    t.text(31, 11.5, f"BTW BE0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}", font=f,
           size_pt=5.8, anchor="center")
    t.rule(3, 15, 59, 15, width_mm=0.15, dash=0.8)
    t.text(3, 17, f"{fdate(c.rm_date, 'slashes')}   {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}", font=f,
           size_pt=6.3)
    t.text(3, 21, f"Kassa 1  Ticket {rng.randint(10000, 99999)}", font=f, size_pt=6.3)
    t.text(3, 27, "1 x AANGETEKEND / RECOMMANDÉ", font=f, size_pt=6.3)
    t.text(59, 27, "9,95", font=f, size_pt=6.3, anchor="right")
    t.text(3, 31, track_spaced(c.rm_track), font=f, size_pt=6.3)
    barcode(t, 4, 35, 54, 9, c.rm_track)
    t.text(3, 48, "Bestemmeling / Destinataire:", font=f, size_pt=5.8)
    for k, ln in enumerate(c.rm_to):
        t.text(3, 52 + k * 3.6, ln[:32], font=f, size_pt=6)
    t.text(3, 70, "Afzender / Expéditeur:", font=f, size_pt=5.8)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        t.text(3, 74 + k * 3.6, ln[:32], font=f, size_pt=6)
    t.rule(3, 88, 59, 88, width_mm=0.15, dash=0.8)
    t.text(3, 90, "TOTAAL", font=f, size_pt=7, bold=True)
    t.text(59, 90, "EUR 9,95", font=f, size_pt=7, bold=True, anchor="right")
    t.text(3, 95, "Bancontact", font=f, size_pt=6.2)
    t.text(31, 103, "Bewaar dit ticket / Conservez ce ticket", font=f, size_pt=5.6, anchor="center")
    sh = Sheet()
    lay(sh, t, 6 + rng.uniform(0, 4), 6 + rng.uniform(0, 4), angle=rng.uniform(-1.2, 1.2), dpi=250)
    return [sh], {}


def rm_proof_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The pre-printed 'Bewijs van afgifte / Preuve de dépôt' slip: the barcode sticker stuck in its box, the
    addressee written in ballpoint on the lines, the post office's round date stamp; copied in the upper half."""
    s = Sheet(148, 105)
    s.rect(0, 0, 148, 105, width_mm=0, fill=(255, 248, 226))
    s.rect(0, 0, 148, 9, width_mm=0, fill=(225, 30, 45))
    s.text(4, 2, "bpost", font="sans4", size_pt=12, bold=True, color=(255, 255, 255))
    s.text(144, 3, "BEWIJS VAN AFGIFTE · PREUVE DE DÉPÔT · EINLIEFERUNGSSCHEIN", font="sans4", size_pt=5.4,
           anchor="right", color=(255, 255, 255))
    s.text(4, 13, "Aangetekende zending · Envoi recommandé", font="sans4", size_pt=7, bold=True)
    lab = Sheet(60, 24)
    lab.rect(0, 0, 60, 24, width_mm=0.2, fill=(255, 255, 255))
    lab.text(2, 1.5, "R", font="sans4", size_pt=11, bold=True)
    barcode(lab, 9, 2, 48, 12, c.rm_track)
    lab.text(33, 16.5, track_spaced(c.rm_track), font="mono", size_pt=6.5, anchor="center")
    lay(s, lab, 82, 15, angle=rng.uniform(-2.5, 2.5), dpi=250)
    s.text(4, 20, "Geadresseerde · Destinataire", font="sans4", size_pt=6, color=GREY)
    for k in range(4):
        s.rule(4, 30 + k * 7, 78, 30 + k * 7, width_mm=0.2, color=(150, 130, 110))
    for k, ln in enumerate(c.rm_to):
        s.handwriting(5, 24.5 + k * 7, hand_safe(ln)[:34], rng, size_pt=9.5, color=BALL, font="hand2")
    s.text(4, 62, "Afzender · Expéditeur", font="sans4", size_pt=6, color=GREY)
    for k, ln in enumerate(_sender_lines(c)[:2]):
        s.rule(4, 72 + k * 7, 78, 72 + k * 7, width_mm=0.2, color=(150, 130, 110))
        s.handwriting(5, 66.5 + k * 7, hand_safe(ln)[:34], rng, size_pt=9.5, color=BALL, font="hand2")
    s.stamp(92, 48, ["BPOST", fdate(c.rm_date, "dots"), _post_office(c)[:16]], rng, shape="round", size_mm=30,
            color=(40, 40, 40))
    sh = Sheet()
    lay(sh, s, 20, 16, angle=rng.uniform(-1, 1), dpi=220)
    return [sh], {}


def rm_deposit_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A business customer's deposit list printed from bpost's portal: the law firm's customer number, a table of
    the day's registered items (number, addressee, postcode, weight), the client's line marked with a highlighter,
    the counter's stamp at the foot."""
    sh = Sheet()
    f = "sans"
    sh.text(20, 14, "bpost – e-MassPost / Afgiftelijst aangetekende zendingen – Liste de dépôt", font=f, size_pt=10,
            bold=True)
    snd = _sender_lines(c)
    sh.text(20, 21, f"Klant / Client: {snd[0]}   nr. {rng.randint(100000, 999999)}", font=f, size_pt=8.5)
    sh.text(20, 26, f"Datum afgifte / Date de dépôt: {fdate(c.rm_date, 'slashes')}", font=f, size_pt=8.5)
    heads = ("#", "Zendingnr. / N° d'envoi", "Bestemmeling / Destinataire", "PC", "g")
    widths = (8, 50, 76, 18, 18)
    y = 36
    others = [("Rechtbank van eerste aanleg", "1000"), ("Vredegerecht", "1060"), ("Raad voor Vreemdelingenbetwistingen",
                                                                                   "1030"),
              ("Huisvesting De Haard", "9000"), ("Centre public d'action sociale", "4000")]
    me = rng.randint(1, 4)
    items = []
    for i in range(6):
        if i == me:
            items.append((c.rm_track, ", ".join(c.rm_to[:2]), c.rm_to[-1].split()[0] if c.rm_to else "1000"))
        else:
            o = others[(i + rng.randint(0, 4)) % len(others)]
            t = "".join(str(rng.randint(0, 9)) for _ in range(len(c.rm_track))) if c.rm_track.isdigit() else \
                c.rm_track[:2] + "".join(str(rng.randint(0, 9)) for _ in range(9)) + c.rm_track[-2:]
            items.append((t, o[0], o[1]))
    for i, r in enumerate([heads] + [(str(k + 1), *it, str(rng.randint(20, 240))) for k, it in enumerate(items)]):
        if i - 1 == me:
            _highlight(sh, 20, y + 1.6, 170)
        for j, (cell, w) in enumerate(zip(r, widths)):
            x = 20 + sum(widths[:j])
            sh.rect(x, y, w, 7.5, width_mm=0.2, fill=(235, 235, 235) if i == 0 else None)
            sh.text(x + 1.2, y + 2, str(cell)[:46], font=f, size_pt=8, bold=(i == 0))
        y += 7.5
    sh.text(20, y + 6, f"Totaal / Total: {len(items)}", font=f, size_pt=9)
    sh.stamp(120, y + 14, ["BPOST", fdate(c.rm_date, "dots"), _post_office(c)[:18]], rng, shape="round", size_mm=30,
             color=(50, 50, 60))
    sh.text(20, y + 20, "Handtekening bediende / Signature du préposé", font=f, size_pt=8, color=GREY)
    sh.signature(22, y + 24, 34, 11, rng, color=INK_BLACK)
    return [sh], {}


_reg("be9ter-rm-postpunt-kassaticket-nachtwinkel-alleen-gescand", "registered-mail-receipt", PART, "nl/fr",
     rm_postpunt_till, "a PostPunt shop's till receipt for the registered letter, scanned alone at actual size")
_reg("be9ter-rm-bewijs-van-afgifte-voorgedrukt-barcodesticker-balpen", "registered-mail-receipt", PART, "nl/fr",
     rm_proof_form, "pre-printed proof-of-posting slip with the barcode sticker, addressee in ballpoint, date stamp")
_reg("be9ter-rm-afgiftelijst-zakelijk-portaal-regel-gemarkeerd", "registered-mail-receipt", PART, "nl/fr",
     rm_deposit_list, "business deposit list from bpost's portal, the client's line highlighted, counter stamp")


# --------------------------------------------------------------------------- others

def other_declaration_legalised(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour written by hand by the applicant, the signature legalised by the commune (the
    'legalisatie van handtekening / légalisation de signature' stamp with the civil servant's signature): it rests
    on the applicant's own statements."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    hf = rng.choice(["hand1", "hand3", "hand4"])
    sh = Sheet()
    title = {"nl": "Verklaring op eer", "fr": "Déclaration sur l'honneur"}[lang]
    sh.handwriting(70, 24, title, rng, size_pt=16, color=BALL, font=hf)
    txt = {"nl": f"Ik, {p.given_names} {p.surname}, geboren op {fdate(p.birth_date, 'slashes')} in {p.birth_place}, "
                 f"{COUNTRIES[p.nationality]['adj_nl']} nationaliteit, verklaar op eer dat ik geen paspoort heb. Mijn "
                 f"paspoort is gestolen. Ik heb geen andere papieren.",
           "fr": f"Je soussigné(e) {p.given_names} {p.surname}, né(e) le {fdate(p.birth_date, 'slashes')} à "
                 f"{p.birth_place}, de nationalité {COUNTRIES[p.nationality]['adj_fr']}, déclare sur l'honneur que je "
                 f"n'ai pas de passeport. Mon passeport a été volé. Je n'ai pas d'autres papiers."}[lang]
    y = 40
    for ln in _wrap(hand_safe(txt), 160, hf, 12):
        sh.handwriting(24, y, ln, rng, size_pt=12, color=BALL, font=hf)
        y += 8
    sh.handwriting(24, y + 6, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'slashes')}",
                   rng, size_pt=12, color=BALL, font=hf)
    sh.signature(30, y + 16, 46, 15, rng, color=BALL)
    sh.stamp(96, y + 12, [{"nl": "GEMEENTE", "fr": "COMMUNE"}[lang] + f" {c.addr.city.upper()[:16]}",
                          {"nl": "LEGALISATIE VAN HANDTEKENING", "fr": "LÉGALISATION DE SIGNATURE"}[lang],
                          {"nl": "Voor legalisatie", "fr": "Vu pour légalisation"}[lang]], rng, shape="rect",
             size_mm=50, color=STAMP_VIOLET)
    sh.signature(120, y + 38, 34, 11, rng, color=INK_BLACK)
    return [sh], {}


def other_lease_first_page(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The first page of the lease of the applicant's home (the standard regional model), with the parties and the
    address of the dwelling; the other pages are not in the dossier."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    p, a = c.p, c.addr
    sh = Sheet()
    f = "serif"
    sh.text(105, 18, {"nl": "HUUROVEREENKOMST VOOR WOONRUIMTE", "fr": "BAIL DE RÉSIDENCE PRINCIPALE"}[lang],
            font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 25, {"nl": "(model bij het Woninghuurdecreet)", "fr": "(modèle régional)"}[lang], font=f,
            size_pt=9, anchor="center", color=GREY)
    own = rng.choice(["Vandenberghe", "Dupont", "Peeters", "Lambert"])
    y = 40
    for head, body in ((("Tussen", "Entre") [lang == "fr"], f"{rng.choice(['Marc', 'Anne', 'Luc', 'Chantal'])} {own}, "
                        + {"nl": "verhuurder", "fr": "bailleur"}[lang]),
                       (("En", "Et")[lang == "fr"], f"{p.given_names} {p.surname}, "
                        + {"nl": "huurder", "fr": "preneur"}[lang]),
                       ({"nl": "Gehuurd goed", "fr": "Bien loué"}[lang], addr_str(a, lang, "street-first")),
                       ({"nl": "Duur", "fr": "Durée"}[lang], {"nl": "3 jaar", "fr": "3 ans"}[lang]),
                       ({"nl": "Huurprijs", "fr": "Loyer"}[lang], f"{rng.randint(520, 860)},00 EUR")):
        sh.text(24, y, head + ":", font=f, size_pt=11, bold=True)
        y = sh.paragraph(70, y, 118, body, font=f, size_pt=11) + 5
    sh.text(105, 285, "1/4", font=f, size_pt=9, anchor="center")
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-handgeschreven-legalisatie-handtekening", "other", PART, "nl/fr",
     other_declaration_legalised, "handwritten declaration on honour with the commune's legalisation of the signature")
_reg("be9ter-other-huurcontract-eerste-blad", "other", PART, "nl/fr", other_lease_first_page,
     "first page of the lease of the applicant's home")
