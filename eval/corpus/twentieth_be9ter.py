"""9ter families of the `twentieth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to nineteenth had been read, by a writer who saw neither the
validator nor its output.  Applications: a law firm's letter under a dark full-width band with the firm's name in
white, the addressee at the right, the matter in a bold 'Betreft / Concerne / Re' line, the text in paragraphs that
open with a bold run-in heading ('Wat de persoon betreft. …'), place and date written just above the signature, the
signature at the right BESIDE the lawyer's typed name, 'blz. 1 van 3' at the foot (Dutch, French, English); a request
whose first page gives the data in a framed labelled block, the reasons numbered, an inventory table with the page
count of each exhibit, the signature ABOVE the typed name (Dutch, French); a social
service's intake sheet as a two-column table (captions at the left, answers at the right) written in ballpoint by
the social worker (Dutch) or typed (French), the applicant's signature over a line at the foot.  The 2024
certificate filled in on the computer as a PDF form, each section in its own framed box under a grey title bar, the
severity as four round radio buttons (Dutch, French); the previous model printed blank and written in by hand in a
slanted pen (French, and English), or put through the practice's printer with the answers in a typewriter face
(Dutch).  A specialist's report under a header table, a radiologist's protocol in a mono
face validated electronically, a GP's note on an A5 practice sheet copied on A4.  An NGO's one-page fact sheet with
a hospitals table, a lawyer's memo on availability with footnoted sources.  Annex 26 copied front above back on one
sheet, the Immigration Office's attestation of a lodged protection request.  A bpost thermal ticket stapled on A4
beside the envelope's registered label, the printed track-and-trace page, the copy of the registered envelope's
front with its R-label and date stamp.  A declaration on honour typed by a social worker, a pharmacy's invoice, an OCMW/CPAS
attestation of urgent medical aid.
Sentence builders ``s20_*``.
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
from .twentieth_identity import place

PART = "twentieth"
GREY = (105, 105, 105)
BALL = (25, 40, 135)


def _wrap(text: str, w: float, font: str, size: float) -> list[str]:
    rows, line = [], ""
    for wd in str(text).split():
        t = (line + " " + wd).strip()
        if line and text_width_mm(t, font, size) * 1.05 > w:
            rows.append(line)
            line = wd
        else:
            line = t
    if line:
        rows.append(line)
    return rows


def _handrows(sh: Sheet, x: float, y: float, w: float, text: str, rng, *, font="hand2", size=11.0, lh=5.6,
              color=BALL) -> float:
    for ln in _wrap(hand_safe(text), w, font, size):
        sh.handwriting(x, y, ln, rng, size_pt=size, color=color, font=font)
        y += lh
    return y


# --------------------------------------------------------------------------- what the applications say (s20_*)

def _who(c: Case, lang: str, cap: bool = False) -> str:
    """This part's writers say 'the person concerned': 'betrokkene', 'l'intéressé(e)', 'the person concerned'."""
    s = {"nl": "betrokkene", "fr": "l'intéressée" if c.fem else "l'intéressé", "en": "the person concerned"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (bijlage {n})", "fr": f" (annexe {n})", "en": f" (annex {n})"}[lang]


def s20_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    bp = f"{p.birth_place}, {cname(c.birth_cc(), lang)}"
    nat = COUNTRIES[p.nationality]["adj_" + lang]
    f = c.fem
    bits = []
    if lang == "nl":
        bits.append(f"{'Mevrouw' if f else 'De heer'} {nm} is geboren op {bd}")
        if "no_birthplace" not in c.flags:
            bits[-1] += f" te {bp}"
        if "no_nationality" not in c.flags:
            bits.append(f"{'zij' if f else 'hij'} is van {nat} nationaliteit")
        bits.append(f"rijksregisternummer: {c.nrn}" if c.nrn else f"dossiernummer DVZ: {c.ov}")
        return "; ".join(bits) + "."
    if lang == "fr":
        bits.append(f"{'Madame' if f else 'Monsieur'} {nm} est né{'e' if f else ''} le {bd}")
        if "no_birthplace" not in c.flags:
            bits[-1] += f" à {bp}"
        if "no_nationality" not in c.flags:
            bits.append(f"{'elle' if f else 'il'} est de nationalité {nat}")
        bits.append(f"numéro de registre national : {c.nrn}" if c.nrn else f"numéro de dossier OE : {c.ov}")
        return " ; ".join(bits) + "."
    bits.append(f"{'Ms' if f else 'Mr'} {nm} was born on {bd}")
    if "no_birthplace" not in c.flags:
        bits[-1] += f" in {bp}"
    if "no_nationality" not in c.flags:
        bits.append(f"{'she' if f else 'he'} is of {nat} nationality")
    bits.append(f"national register number {c.nrn}" if c.nrn else f"Immigration Office file number {c.ov}")
    return "; ".join(bits) + "."


def s20_home(c: Case, lang: str) -> str:
    W = _who(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{W} heeft geen eigen woning en overnacht wisselend bij kennissen in Brussel.",
                "fr": f"{W} n'a pas de logement propre et loge de façon variable chez des connaissances à Bruxelles.",
                "en": f"{W} has no home of {'her' if c.fem else 'his'} own and stays with acquaintances in Brussels "
                      f"from night to night."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{W} woont feitelijk op het adres {a}.", "fr": f"{W} réside effectivement à l'adresse {a}.",
            "en": f"{W} actually lives at {a}."}[lang]


def s20_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Woonstkeuze wordt gedaan op het kantoor van de raadsman, {w}.",
                "fr": f"Élection de domicile est faite au cabinet du conseil soussigné, {w}.",
                "en": f"Domicile is elected at the office of the undersigned counsel, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonstkeuze wordt gedaan bij {c.other_domicile}.",
                "fr": f"Élection de domicile est faite auprès de {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Op dat adres wordt ook woonstkeuze gedaan.", "fr": "Élection de domicile est faite à cette adresse.",
            "en": "Domicile is elected at that address."}[lang]


def s20_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    W = _who(c, lang, True)
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _ref(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{W} heeft op {d} een verzoek om internationale bescherming ingediend waarover nog niet "
                      f"definitief is beslist{r}, en is daarom vrijgesteld van het voorleggen van een "
                      f"identiteitsdocument.",
                "fr": f"{W} a introduit le {d} une demande de protection internationale sur laquelle il n'a pas "
                      f"encore été statué définitivement{r} et est dès lors dispensé{'e' if c.fem else ''} de "
                      f"produire un document d'identité.",
                "en": f"{W} lodged an application for international protection on {d} on which no final decision "
                      f"has yet been taken{r}, and is therefore exempt from producing an identity document."}[lang]
    if k == "none":
        return {"nl": f"{W} heeft een nieuw paspoort aangevraagd; het wordt na ontvangst onmiddellijk overgemaakt.",
                "fr": f"{W} a demandé un nouveau passeport ; il vous sera transmis dès réception.",
                "en": f"{W} has applied for a new passport; it will be forwarded as soon as it is received."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ref(c, key, lang) for key, d in items]
    if c.annex_no("id-tr"):
        parts.append({"nl": "de beëdigde vertaling daarvan", "fr": "sa traduction jurée",
                      "en": "its sworn translation"}[lang] + _ref(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"nl": f"De identiteit blijkt uit de volgende stukken: {lst}.",
         "fr": f"L'identité est établie par les pièces suivantes : {lst}.",
         "en": f"Identity is shown by the following documents: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is weliswaar vervallen, maar bewijst de identiteit nog steeds.",
              "fr": " Le passeport est certes périmé, mais il établit toujours l'identité.",
              "en": " The passport has expired, but it still proves identity."}[lang]
    return s


def s20_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {cd}", "fr": f"le rapport du {doc} du {cd}",
               "en": f"the report of {doc} dated {cd}"}[lang] + _ref(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type du {doc} daté du {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _ref(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {"nl": f"Volgens {src} lijdt {_who(c, lang)} aan {t['name']}. {t['severity']} De behandeling bestaat uit: "
                  f"{meds}.",
            "fr": f"Selon {src}, {_who(c, lang)} souffre de {t['name']}. {t['severity']} Le traitement consiste en : "
                  f"{meds}.",
            "en": f"According to {src}, {_who(c, lang)} suffers from {t['name']}. {t['severity']} The treatment "
                  f"consists of: {meds}."}[lang]


def s20_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ref(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"{dr[0].upper() + dr[1:]} is in {cn} enkel te verkrijgen in {o['hospital']}{r}. Een maand "
                  f"behandeling kost daar ongeveer {il['cost']}, bij een gemiddeld maandloon van {o['wage']}. "
                  f"{o['insurance_nl']}",
            "fr": f"Au pays d'origine ({cn}), {dr} n'est disponible qu'à {o['hospital']}{r}. Un mois de traitement "
                  f"y coûte environ {il['cost']}, pour un salaire mensuel moyen de {o['wage']}. {o['insurance_fr']}",
            "en": f"In {cn}, {dr} can only be obtained at {o['hospital']}{r}. A month of treatment costs about "
                  f"{il['cost']} there, against an average monthly wage of {o['wage']}. {o['insurance_en']}"}[lang]


def s20_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]}: {q.given_names} {q.surname.upper()}, °{c.d(q.birth_date, lang)} "
                   f"({q.birth_place}){nat}{_ref(c, f'fam{i}', lang)}")
    return {"nl": "De aanvraag wordt ook ingediend voor de gezinsleden die bij betrokkene wonen — " + "; ".join(out) + ".",
            "fr": "La demande est également introduite pour les membres de la famille qui vivent avec l'intéressé(e) — "
                  + "; ".join(out) + ".",
            "en": "The application is also made for the family members who live with the person concerned — "
                  + "; ".join(out) + "."}[lang]


def s20_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Een eerdere aanvraag 9ter van {d} is nog hangende; betrokkene ziet daarvan uitdrukkelijk af "
                          f"ten voordele van de huidige aanvraag.",
                    "fr": f"Une précédente demande 9ter du {d} est toujours pendante ; l'intéressé(e) s'en désiste "
                          f"expressément au profit de la présente demande.",
                    "en": f"An earlier 9ter application of {d} is still pending; the person concerned expressly "
                          f"withdraws it in favour of the present one."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure werd op {d} definitief afgesloten met een weigering.",
                    "fr": f"La procédure d'asile s'est clôturée définitivement par un refus le {d}.",
                    "en": f"The asylum procedure ended in a final refusal on {d}."}[lang])
    return " ".join(out) or None


def s20_ask(c: Case, lang: str) -> str:
    return {"nl": "Ik verzoek u betrokkene te machtigen tot een verblijf van meer dan drie maanden op grond van "
                  "artikel 9ter van de wet van 15 december 1980.",
            "fr": "Je vous prie d'autoriser l'intéressé(e) au séjour de plus de trois mois sur la base de l'article "
                  "9ter de la loi du 15 décembre 1980.",
            "en": "I ask you to grant the person concerned leave to remain for more than three months under "
                  "Article 9ter of the Law of 15 December 1980."}[lang]


def _blocks(c: Case, lang: str) -> list[tuple[str, str, str]]:
    H = {"nl": ("Wat de persoon betreft.", "Wat de verblijfplaats betreft.", "Wat het gezin betreft.",
                "Wat de identiteit betreft.", "Wat de ziekte betreft.", "Wat het land van herkomst betreft.",
                "Wat eerdere procedures betreft."),
         "fr": ("Quant à la personne.", "Quant à la résidence.", "Quant à la famille.", "Quant à l'identité.",
                "Quant à la maladie.", "Quant au pays d'origine.", "Quant aux procédures antérieures."),
         "en": ("As to the person.", "As to residence.", "As to the family.", "As to identity.",
                "As to the illness.", "As to the country of origin.", "As to earlier procedures.")}[lang]
    out = [(H[0], s20_person(c, lang), "personal"),
           (H[1], " ".join(x for x in (s20_home(c, lang), s20_domicile(c, lang)) if x), "residence")]
    if s20_family(c, lang):
        out.append((H[2], s20_family(c, lang), "family"))
    out.append((H[3], s20_identity(c, lang), "identity"))
    out.append((H[4], s20_medical(c, lang), "medical"))
    if s20_coi(c, lang):
        out.append((H[5], s20_coi(c, lang), "coi"))
    if s20_other(c, lang):
        out.append((H[6], s20_other(c, lang), "parallel"))
    return out


# --------------------------------------------------------------------------- application 1: banded letter

_L = {"nl": dict(reg="AANGETEKEND", to=["Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 Brussel"],
                 re="Betreft", sub="Aanvraag tot machtiging tot verblijf – artikel 9ter Vreemdelingenwet",
                 sal="Geachte heer, mevrouw,", close="Met de meeste hoogachting,", role="advocaat",
                 annex="Bijlagen", page="blz. {i} van {n}", ref="Ons kenmerk"),
      "fr": dict(reg="RECOMMANDÉ", to=["Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"],
                 re="Concerne", sub="Demande d'autorisation de séjour – article 9ter de la loi du 15 décembre 1980",
                 sal="Madame, Monsieur,", close="Je vous prie d'agréer, Madame, Monsieur, l'expression de mes "
                 "sentiments distingués.", role="avocat", annex="Annexes", page="p. {i} sur {n}", ref="N/Réf."),
      "en": dict(reg="REGISTERED MAIL", to=["Immigration Office", "9ter Unit", "Pachecolaan 44", "1000 Brussels"],
                 re="Re", sub="Application for leave to remain – Article 9ter of the Law of 15 December 1980",
                 sal="Dear Sir or Madam,", close="Yours faithfully,", role="lawyer", annex="Annexes",
                 page="page {i} of {n}", ref="Our ref.")}


def app_banded_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, T = c.lawyer, _L[lang]
    font = rng.choice(["serif2", "serif5", "serif"])
    band = rng.choice([(30, 45, 70), (60, 30, 45), (25, 60, 55)])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        if not pages:
            sh.rect(0, 0, 210, 30, width_mm=0, fill=band)
            sh.text(20, 9, L["firm"].upper(), font="sans4", size_pt=13, bold=True, color=(255, 255, 255),
                    letter_spacing=0.4)
            sh.text(20, 17, f"{L['street']} · {L['pc']} {L['city']} · {L['tel']} · {L['mail']}", font="sans4",
                    size_pt=7.8, color=(225, 225, 225))
            st["y"] = 40
        else:
            sh.rect(0, 0, 210, 6, width_mm=0, fill=band)
            st["y"] = 18
        pages.append(sh)
        return sh

    sh = new()
    sh.text(20, 40, T["reg"], font="sans4", size_pt=9, bold=True)
    for i, ln in enumerate(T["to"]):
        sh.text(118, 40 + i * 5, ln, font=font, size_pt=10.5)
    sh.text(20, 62, f"{T['ref']}: {rng.randint(2026000, 2026999)}/{c.p.surname[:4].upper()}", font=font, size_pt=9,
            color=GREY)
    y = 74
    for ln in _wrap(f"{T['re']}: {T['sub']} – {name_in(c.p, 'SURNAME Given')}", 170, font, 10.5):
        sh.text(20, y, ln, font=font, size_pt=10.5, bold=True)
        y += 5
    y += 5
    sh.text(20, y, T["sal"], font=font, size_pt=10.5)
    st["y"] = y + 9
    size, lh = 10.5, 4.9

    def para(head: str | None, body: str, tag: str | None = None):
        rows = _wrap(((head + " ") if head else "") + body, 170, font, size)
        for k, r in enumerate(rows):
            if st["y"] > 268:
                new()
            sh_ = pages[-1]
            if tag:
                tags.setdefault(tag, len(pages))
            if k == 0 and head and r.startswith(head):
                w = sh_.text(20, st["y"], head, font=font, size_pt=size, bold=True)
                sh_.text(20 + w + 1.6, st["y"], r[len(head):].strip(), font=font, size_pt=size)
            else:
                sh_.text(20, st["y"], r, font=font, size_pt=size)
            st["y"] += lh
        st["y"] += 3

    for head, body, tag in _blocks(c, lang):
        para(head, body, tag)
    para(None, s20_ask(c, lang))
    ann = [d for _, d in c.annexes]
    if ann:
        if st["y"] + 6 + 4.6 * len(ann) > 268:
            new()
        pages[-1].text(20, st["y"], T["annex"] + ":", font=font, size_pt=10, bold=True)
        st["y"] += 5
        for i, d in enumerate(ann, 1):
            pages[-1].text(24, st["y"], f"{i}. {d}", font=font, size_pt=9.8)
            st["y"] += 4.6
        st["y"] += 3
    if st["y"] + 40 > 280:
        new()
    sh = pages[-1]
    y = st["y"] + 2
    tags["signature"] = len(pages)
    sh.text(20, y, T["close"] if len(T["close"]) < 60 else "", font=font, size_pt=10.5)
    if len(T["close"]) >= 60:
        y = sh.paragraph(20, y, 170, T["close"], font=font, size_pt=10.5) - 5
    city = L["city"]
    sh.text(112, y + 9, f"{city}, {c.d(c.app_date, lang)}", font=font, size_pt=10.5)
    if "unsigned" not in c.flags:
        sh.signature(112, y + 13, 36, 13, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(152, y + 19, f"{L['first']} {L['last']}", font=font, size_pt=10.5)
    sh.text(152, y + 24, T["role"], font=font, size_pt=9.5, color=GREY)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 287, T["page"].format(i=i, n=n), font="sans4", size_pt=8, anchor="right", color=GREY)
    return pages, tags


# --------------------------------------------------------------------------- application 2: intake table

_F = {"nl": dict(org="Sociaal Huis Mechelen – Juridische dienst", addr="Lange Schipstraat 27, 2800 Mechelen",
                 title="Aanvraag machtiging tot verblijf om medische redenen (artikel 9ter)",
                 rows=["Naam en voornamen", "Geboortedatum", "Geboorteplaats en -land", "Nationaliteit",
                       "Rijksregister- of OV-nummer", "Adres van daadwerkelijke verblijfplaats", "Gekozen woonplaats",
                       "Gezinsleden in de aanvraag", "Identiteitsstukken", "Ziekte en behandeling",
                       "Zorg in het land van herkomst", "Eerdere procedures", "Bijlagen"],
                 sig="Handtekening aanvrager", date="Datum", place="Plaats", ask="Aanvrager vraagt een machtiging tot "
                 "verblijf op grond van artikel 9ter van de wet van 15 december 1980.", none="geen"),
      "fr": dict(org="CPAS de Schaerbeek – Service d'aide juridique", addr="Boulevard Auguste Reyers 70, 1030 Bruxelles",
                 title="Demande d'autorisation de séjour pour raisons médicales (article 9ter)",
                 rows=["Nom et prénoms", "Date de naissance", "Lieu et pays de naissance", "Nationalité",
                       "N° registre national ou SP", "Adresse de résidence effective", "Élection de domicile",
                       "Membres de la famille visés", "Documents d'identité", "Maladie et traitement",
                       "Soins au pays d'origine", "Procédures antérieures", "Annexes"],
                 sig="Signature du demandeur", date="Date", place="Lieu", ask="Le demandeur sollicite une "
                 "autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre 1980.", none="néant")}


def app_intake_form(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    F = _F[lang]
    p = c.p
    fl = c.flags
    lf = "sans3"
    tf = rng.choice(["hand2", "hand1"]) if hand else rng.choice(["sans", "sans2"])
    tsize = 10.5 if hand else 9.5
    res = "" if "no_address" in fl else addr_str(c.addr, lang, c.addr_style)
    dom = ""
    if not ("no_domicile" in fl or c.domicile == "none"):
        if c.domicile == "lawyer" and c.lawyer:
            dom = f"{c.lawyer['first']} {c.lawyer['last']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
        elif c.domicile == "other" and c.other_domicile:
            dom = c.other_domicile
        else:
            dom = {"nl": "zelfde als verblijfplaats", "fr": "même adresse que la résidence"}[lang]
    fam = "; ".join(f"{m.p.given_names} {m.p.surname} ({c.d(m.p.birth_date, lang)}){_ref(c, f'fam{i}', lang)}"
                    for i, m in enumerate(c.family)) or F["none"]
    vals = [name_in(p, c.name_style), c.d(p.birth_date, lang),
            "" if "no_birthplace" in fl else f"{p.birth_place}, {cname(c.birth_cc(), lang)}",
            "" if "no_nationality" in fl else COUNTRIES[p.nationality]["adj_" + lang],
            c.nrn or f"OV/SP {c.ov}", res, dom, fam, s20_identity(c, lang), s20_medical(c, lang),
            s20_coi(c, lang) or "", s20_other(c, lang) or F["none"],
            "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1)) or F["none"]]
    tags = {"personal": 1, "residence": 1}
    pages: list[Sheet] = []

    def new():
        sh = Sheet()
        sh.text(20, 12, F["org"], font=lf, size_pt=10, bold=True)
        sh.text(20, 17, F["addr"], font=lf, size_pt=7.5, color=GREY)
        pages.append(sh)
        return sh, 26.0

    sh, y = new()
    sh.text(20, y, F["title"], font=lf, size_pt=11.5, bold=True)
    y += 10
    for i, (lab, v) in enumerate(zip(F["rows"], vals)):
        rows = _wrap(hand_safe(v) if hand else v, 118, tf, tsize) if v else [""]
        h = max(9.0, len(rows) * (5.6 if hand else 4.5) + 3.5)
        if y + h > 262:
            sh, y = new()
        if i == 11:
            tags["parallel"] = len(pages)
        sh.rect(20, y, 50, h, width_mm=0.25, fill=(240, 240, 240))
        sh.rect(70, y, 120, h, width_mm=0.25)
        for k, ln in enumerate(_wrap(lab, 47, lf, 8.5)):
            sh.text(21.5, y + 1.8 + k * 3.6, ln, font=lf, size_pt=8.5)
        for k, ln in enumerate(rows):
            if hand:
                sh.handwriting(72, y + 1.2 + k * 5.6, ln, rng, size_pt=tsize, color=BALL, font=tf)
            else:
                sh.text(72, y + 1.8 + k * 4.5, ln, font=tf, size_pt=tsize)
        y += h
    if y + 42 > 285:
        sh, y = new()
    y = sh.paragraph(20, y + 5, 170, F["ask"], font=lf, size_pt=9)
    tags["signature"] = len(pages)
    sh.text(20, y + 6, f"{F['place']}: ", font=lf, size_pt=9)
    sh.text(90, y + 6, f"{F['date']}: ", font=lf, size_pt=9)
    city = c.addr.city if "no_address" not in fl else ("Brussel" if lang == "nl" else "Bruxelles")
    if hand:
        sh.handwriting(36, y + 5, hand_safe(city), rng, size_pt=11, color=BALL, font=tf)
        sh.handwriting(104, y + 5, c.d(c.app_date, lang, "slashes"), rng, size_pt=11, color=BALL, font=tf)
    else:
        sh.text(36, y + 6, city, font=tf, size_pt=9.5)
        sh.text(104, y + 6, c.d(c.app_date, lang), font=tf, size_pt=9.5)
    sh.rule(20, y + 30, 100, y + 30, width_mm=0.3)
    sh.text(20, y + 31.5, F["sig"], font=lf, size_pt=8)
    if "unsigned" not in fl:
        sh.signature(28, y + 15, 52, 15, rng, color=rng.choice([BALL, INK_BLACK]))
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 289, f"{i}/{n}", font=lf, size_pt=8, anchor="right", color=GREY)
    return pages, tags


# --------------------------------------------------------------------------- application 3: data block and inventory

_I = {"nl": dict(title="VERZOEKSCHRIFT 9TER", by="Per aangetekende zending", to="Aan de Dienst Vreemdelingenzaken – "
                 "Cel Medische Regularisatie, Pachecolaan 44, 1000 Brussel",
                 labs=["Naam en voornaam", "Geboortedatum", "Geboorteplaats", "Nationaliteit", "Rijksregister / OV",
                       "Verblijfplaats", "Gekozen woonplaats"],
                 inv="INVENTARIS VAN DE STUKKEN", nr="Nr.", doc="Stuk", pp="Blz.",
                 close="Voor verzoeker / verzoekster,", role="zijn / haar raadsman", ann="Motivering"),
      "fr": dict(title="REQUÊTE 9TER", by="Par envoi recommandé", to="À l'Office des Étrangers – Cellule Régularisation "
                 "médicale, Boulevard Pachéco 44, 1000 Bruxelles",
                 labs=["Nom et prénom", "Date de naissance", "Lieu de naissance", "Nationalité", "Registre national / SP",
                       "Résidence", "Élection de domicile"],
                 inv="INVENTAIRE DES PIÈCES", nr="N°", doc="Pièce", pp="P.",
                 close="Pour le requérant / la requérante,", role="son conseil", ann="Motivation")}


def app_datablock_inventory(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A request whose first page gives the applicant's data as a labelled block in a thin frame (label, colon,
    value), followed by the reasons as numbered paragraphs, an inventory of the exhibits as a table with the page
    count of each, and the lawyer's signature ABOVE the typed name and role."""
    I, L, p, fl = _I[lang], c.lawyer, c.p, c.flags
    f = rng.choice(["serif", "serif4"])
    tags: dict[str, int] = {"personal": 1, "residence": 1}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sh.text(190, 10, f"{L['firm']} – {L['street']}, {L['pc']} {L['city']}", font=f, size_pt=7.5, anchor="right",
                color=GREY)
        pages.append(sh)
        st["y"] = 20.0
        return sh

    sh = new()
    sh.text(105, 22, I["title"], font=f, size_pt=15, bold=True, anchor="center", letter_spacing=0.6)
    sh.text(105, 30, I["by"], font=f, size_pt=9.5, italic=True, anchor="center")
    y = sh.paragraph(20, 38, 170, I["to"], font=f, size_pt=10)
    dom = ""
    if not ("no_domicile" in fl or c.domicile == "none"):
        dom = ({"nl": "kantoor raadsman, ", "fr": "cabinet du conseil, "}[lang] + f"{L['street']}, {L['pc']} {L['city']}"
               if c.domicile == "lawyer" else
               (c.other_domicile or "") if c.domicile == "other" else addr_str(c.addr, lang, c.addr_style))
    vals = [name_in(p, c.name_style), c.d(p.birth_date, lang),
            "" if "no_birthplace" in fl else f"{p.birth_place} ({cname(c.birth_cc(), lang)})",
            "" if "no_nationality" in fl else COUNTRIES[p.nationality]["adj_" + lang], c.nrn or c.ov or "",
            "" if "no_address" in fl else addr_str(c.addr, lang, c.addr_style), dom]
    y += 6
    sh.rect(20, y, 170, 7 * 8 + 4, width_mm=0.25)
    for i, (a, b) in enumerate(zip(I["labs"], vals)):
        sh.text(24, y + 3 + i * 8, a, font=f, size_pt=10)
        sh.text(70, y + 3 + i * 8, ":", font=f, size_pt=10)
        sh.text(74, y + 3 + i * 8, b, font=f, size_pt=10.5, bold=True)
    st["y"] = y + 7 * 8 + 12
    sh.text(20, st["y"], I["ann"], font=f, size_pt=11, bold=True)
    st["y"] += 7
    n = 0
    for head, body, tag in _blocks(c, lang)[2:] + [("", s20_ask(c, lang), "ask")]:
        n += 1
        rows = _wrap(body, 160, f, 10.5)
        for k, r in enumerate(rows):
            if st["y"] > 270:
                new()
            if tag == "parallel":
                tags.setdefault("parallel", len(pages))
            if k == 0:
                pages[-1].text(20, st["y"], f"{n}.", font=f, size_pt=10.5)
            pages[-1].text(30, st["y"], r, font=f, size_pt=10.5)
            st["y"] += 5
        st["y"] += 3
    ann = [(k, d) for k, d in c.annexes]
    need = 12 + 7 * (len(ann) + 1)
    if st["y"] + need > 272:
        new()
    sh = pages[-1]
    y = st["y"] + 4
    sh.text(20, y, I["inv"], font=f, size_pt=10.5, bold=True)
    y += 7
    for i, row in enumerate([(I["nr"], I["doc"], I["pp"])] + [(str(j), d, str(c.annex_pages.get(k, 1)))
                                                               for j, (k, d) in enumerate(ann, 1)]):
        for jj, (w, x) in enumerate(((14, 20), (140, 34), (16, 174))):
            sh.rect(x, y, w, 7, width_mm=0.2, fill=(236, 236, 236) if i == 0 else None)
            sh.text(x + 1.5, y + 1.5, row[jj][:80], font=f, size_pt=9.5, bold=(i == 0))
        y += 7
    st["y"] = y + 6
    if st["y"] + 36 > 285:
        new()
    sh = pages[-1]
    y = st["y"]
    tags["signature"] = len(pages)
    sh.text(110, y, f"{L['city']}, {c.d(c.app_date, lang)}", font=f, size_pt=10.5)
    close = I["close"].split(" / ")
    sh.text(110, y + 6, {"nl": f"Voor {'verzoekster' if c.fem else 'verzoeker'},",
                         "fr": f"Pour {'la requérante' if c.fem else 'le requérant'},"}[lang], font=f, size_pt=10.5)
    if "unsigned" not in fl:
        sh.signature(112, y + 10, 44, 14, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(110, y + 26, f"{L['first']} {L['last'].upper()}", font=f, size_pt=10.5)
    sh.text(110, y + 31, {"nl": f"{'haar' if c.fem else 'zijn'} raadsman", "fr": "son conseil"}[lang], font=f,
            size_pt=9.5, color=GREY)
    N = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 288, f"– {i} –", font=f, size_pt=9, anchor="center")
    return pages, tags


_reg("be9ter-app-nl-prose-lawyer-donkere-band-inloopkoppen-handtekening-naast-naam", "application", PART, "nl",
     lambda c, r: app_banded_letter(c, r, lang="nl"),
     "lawyer's letter under a dark band, bold run-in headings, place and date above the signature beside the name")
_reg("be9ter-app-fr-prose-avocat-bande-foncee-intertitres-signature-a-cote-du-nom", "application", PART, "fr",
     lambda c, r: app_banded_letter(c, r, lang="fr"),
     "lettre d'avocat sous une bande foncée, intertitres en gras en début de paragraphe, signature à côté du nom")
_reg("be9ter-app-en-prose-lawyer-dark-band-run-in-headings", "application", PART, "en",
     lambda c, r: app_banded_letter(c, r, lang="en"), "the same letter written in English (not accepted)")
_reg("be9ter-app-nl-form-sociaal-huis-tabel-balpen-maatschappelijk-werker", "application", PART, "nl",
     lambda c, r: app_intake_form(c, r, lang="nl", hand=True),
     "social service's intake table written in ballpoint by the social worker, applicant's signature over a line")
_reg("be9ter-app-fr-form-cpas-tableau-dactylographie", "application", PART, "fr",
     lambda c, r: app_intake_form(c, r, lang="fr", hand=False), "CPAS intake table typed, signature over a line")
_reg("be9ter-app-nl-inventaris-verzoekschrift-gegevenskader-genummerde-motivering", "application", PART, "nl",
     lambda c, r: app_datablock_inventory(c, r, lang="nl"),
     "request with the applicant's data in a framed labelled block, numbered reasons, inventory table with page "
     "counts, signature above the typed name")
_reg("be9ter-app-fr-inventaire-requete-cadre-donnees-motivation-numerotee", "application", PART, "fr",
     lambda c, r: app_datablock_inventory(c, r, lang="fr"),
     "requête avec cadre de données étiquetées, motivation numérotée, inventaire des pièces avec nombre de pages")


# --------------------------------------------------------------------------- medical certificates

def _radio(on: bool):
    """A round radio button of a PDF form, filled when chosen."""
    from PIL import Image, ImageDraw
    im = Image.new("RGBA", (76, 76), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([4, 4, 72, 72], outline=(40, 40, 40, 255), width=5)
    if on:
        d.ellipse([20, 20, 56, 56], fill=(20, 20, 20, 255))
    return im


def medcert_2024_pdfform(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model filled in on the computer as a PDF form: each numbered section in a framed box under a grey
    title bar, the answers in a blue sans face inside light field backgrounds, the severity as four round radio
    buttons with one filled; the doctor's signature and stamp in the last box."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    lf, af = "sans4", "sans"
    AC = (10, 40, 120)
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(105, 12, M_["title"], font=lf, size_pt=13, bold=True, anchor="center")
            y = sh.paragraph(22, 18, 166, M_["law"], font=lf, size_pt=7.5, align="center", color=GREY)
            sh.text(105, y + 1, M_["model"], font=lf, size_pt=7.5, anchor="center", color=GREY)
            st["y"] = y + 8
        else:
            sh.text(20, 10, f"{M_['title']} – {v['pat'] or '—'}", font=lf, size_pt=7.5, color=GREY)
            st["y"] = 18
        return sh

    new()

    def box(title: str, lines: list[tuple[str, str]] | None = None, text: str | None = None, tag=None, extra=0.0):
        rows = []
        for a, b in lines or []:
            rows.append((a, b))
        body = _wrap(text, 160, af, 9.5) if text is not None else []
        h = 7 + 6.2 * len(rows) + 4.4 * max(len(body), 1 if text is not None else 0) + 3 + extra
        if st["y"] + h > 282:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        sh.rect(20, y, 170, 6, width_mm=0, fill=(215, 215, 215))
        sh.text(22, y + 1.2, title, font=lf, size_pt=8.8, bold=True)
        sh.rect(20, y, 170, h, width_mm=0.3)
        yy = y + 8
        for a, b in rows:
            sh.text(23, yy + 0.8, a, font=lf, size_pt=8.2)
            sh.rect(70, yy - 0.2, 117, 5.2, width_mm=0, fill=(232, 238, 250))
            sh.text(72, yy + 0.6, b, font=af, size_pt=9.2, color=AC)
            yy += 6.2
        if text is not None:
            sh.rect(23, yy - 0.4, 164, 4.4 * max(len(body), 1) + 1.4, width_mm=0, fill=(232, 238, 250))
            for k, ln in enumerate(body):
                sh.text(24.5, yy + k * 4.4, ln, font=af, size_pt=9.5, color=AC)
        st["y"] = y + h + 3
        return sh, yy + 4.4 * max(len(body), 1)

    box(M_["s1"], [(M_["name"], v["surname"]), (M_["first"], v["first"]), (M_["bd"], v["bd"]),
                   (M_["nat"], v["nat"])], tag="patient")
    box(M_["s2"], [(M_["dname"], d.name()), (M_["riziv"], v["riziv"]),
                   (M_["spec"], SPECIALTY[d.spec].get(lang, "")), (M_["daddr"], f"{d.street}, {d.pc} {d.city}")],
        tag="doctor")
    box(M_["s3"], text=fdate(c.cert_date - timedelta(days=rng.randint(200, 1400)), "slashes", lang))
    box(M_["s4"], text=v["hist"])
    box(M_["s5"], text=f"{v['ill']} ({v['icd']})" if v["ill"] else "", tag="illness")
    sh, yy = box(M_["s6"], text=v["sev"], tag="severity", extra=8)
    opts = M_["sevopts"]
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 3])
    x = 24
    for i, o in enumerate(opts):
        sh.image(x, yy + 1.5, 3.8, 3.8, _radio(i == k))
        sh.text(x + 5, yy + 1.6, o, font=lf, size_pt=8.5)
        x += 38
    box(f"{M_['s7']} – {M_['s7a']}", text=v["meds"], tag="treatment")
    box(M_["s7b"], text=v["interv"])
    box(M_["s7c"], text=v["dur"])
    box(M_["s8"], text=v["cons"])
    box(M_["s9"], text=v["prog"])
    box(M_["s10"], text=v["needs"])
    box(M_["s11"], text=v["travel"])
    if st["y"] + 40 > 282:
        new()
    sh = pages[-1]
    y = st["y"]
    tags["signature"] = len(pages)
    sh.rect(20, y, 170, 36, width_mm=0.3)
    sh.text(23, y + 3, f"{M_['date']}: {v['date']}", font=lf, size_pt=9.5)
    sh.text(23, y + 10, M_["sign"], font=lf, size_pt=8.5)
    if v["signed"]:
        sh.signature(30, y + 14, 46, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(110, y + 4, _stamp_lines(c, lang, bool(v["riziv"])), rng, size_mm=30, color=STAMP_BLUE)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 290, M_["page"].format(i=i, n=n), font=lf, size_pt=7.5, anchor="right", color=GREY)
    return pages, tags


def medcert_old_slanted(c: Case, rng: random.Random, *, lang: str, typed: bool = False) -> tuple[list[Sheet], dict]:
    """The previous model printed blank (questions A/ to G/ with blank ruled space) and written in by hand with a
    slanted fountain pen; the stamp and signature at the foot of the last page."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    lf = "serif"
    hf = rng.choice(["hand3", "hand1"])
    ink = rng.choice([INK_BLUE, (20, 20, 30)])
    if typed:   # the blank printed model put through the practice's printer: answers in a typewriter face
        hf, ink = rng.choice(["typewriter", "typewriter2"]), (30, 30, 35)
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        st["y"] = 16.0
        return sh

    sh = new()
    sh.text(105, 14, M_["title"], font=lf, size_pt=13, bold=True, anchor="center")
    sh.text(105, 20, M_["sub"], font=lf, size_pt=9, anchor="center")
    sh.text(105, 24.5, M_["law"], font=lf, size_pt=9, anchor="center")
    st["y"] = 34

    def q(head: str, ans: str, tag=None, min_lines=2):
        hr = _wrap(head, 170, lf, 9.5)
        ar = (_wrap(ans, 160, hf, 9.5) if typed else _wrap(hand_safe(ans), 160, hf, 11.5)) if ans else []
        n = max(min_lines, len(ar))
        h = 4.3 * len(hr) + 6.2 * n + 3
        if st["y"] + h > 272:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, ln in enumerate(hr):
            sh.text(20, y + k * 4.3, ln, font=lf, size_pt=9.5, bold=(k == 0 and head[:2] in ("A/", "B/", "C/", "D/",
                                                                                                "E/", "F/", "G/")))
        y += 4.3 * len(hr) + 1
        for k in range(n):
            sh.rule(20, y + 5.6 + k * 6.2, 190, y + 5.6 + k * 6.2, width_mm=0.1, color=(170, 170, 170))
        for k, ln in enumerate(ar):
            if typed:
                sh.text(24, y + 0.9 + k * 6.2, ln, font=hf, size_pt=9.5, color=ink)
            else:
                sh.handwriting(24, y + 0.3 + k * 6.2, ln, rng, size_pt=11.5, color=ink, font=hf)
        st["y"] = y + 6.2 * n + 3

    q(M_["pat"], v["pat"], "patient", 1)
    q(M_["bd"], v["bd"], None, 1)
    q(M_["nat"], v["nat"], None, 1)
    q(M_["A"], v["hist"])
    q(M_["B"] + " " + M_["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    q(M_["sev"], v["sev"], "severity")
    q(M_["C"] + " " + M_["med"], v["meds"], "treatment")
    q(M_["interv"], v["interv"])
    q(M_["dur"], v["dur"], None, 1)
    q(M_["D"], v["cons"])
    q(M_["E"], v["prog"])
    q(M_["F"], v["needs"])
    q(M_["G"], v["travel"])
    if st["y"] + 44 > 285:
        new()
    sh = pages[-1]
    y = st["y"] + 4
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(20, y, M_["date"], font=lf, size_pt=9.5)
    if typed:
        sh.text(20 + text_width_mm(M_["date"], lf, 9.5) + 3, y, v["date"], font=hf, size_pt=9.5, color=ink)
    else:
        sh.handwriting(20 + text_width_mm(M_["date"], lf, 9.5) + 3, y - 1, v["date"], rng, size_pt=11.5, color=ink,
                       font=hf)
    sh.text(20, y + 8, M_["sign"], font=lf, size_pt=9.5)
    sh.text(20, y + 26, M_["riziv"], font=lf, size_pt=9.5)
    if v["riziv"] and typed:
        sh.text(20 + text_width_mm(M_["riziv"], lf, 9.5) + 3, y + 26, v["riziv"], font=hf, size_pt=9.5, color=ink)
    elif v["riziv"]:
        sh.handwriting(20 + text_width_mm(M_["riziv"], lf, 9.5) + 3, y + 25, v["riziv"], rng, size_pt=11.5,
                       color=ink, font=hf)
    if v["signed"]:
        sh.signature(30, y + 11, 45, 14, rng, color=ink)
        sh.stamp(118, y + 2, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
                 size_mm=31, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
    return pages, tags


_reg("be9ter-medcert-2024-nl-pdf-formulier-kaders-grijze-titelbalk-keuzerondjes", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_pdfform(c, r, lang="nl"),
     "2024 model filled in on the computer as a PDF form, framed sections under grey bars, severity radio buttons")
_reg("be9ter-medcert-2024-fr-formulaire-pdf-cadres-barre-grise-boutons-radio", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_pdfform(c, r, lang="fr"), "modèle 2024 rempli à l'écran, cadres, boutons radio")
_reg("be9ter-medcert-old-fr-imprime-vierge-plume-penchee", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_slanted(c, r, lang="fr"),
     "modèle précédent imprimé vierge et rempli à la plume, écriture penchée, cachet et signature en bas")
_reg("be9ter-medcert-old-nl-blanco-model-printer-schrijfmachineletter", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_slanted(c, r, lang="nl", typed=True),
     "previous model printed blank and put through the practice's printer, answers in a typewriter face on the lines")
_reg("be9ter-medcert-old-en-printed-blank-slanted-pen", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_slanted(c, r, lang="en"), "the previous model in English written in by hand (not accepted)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case) -> str:
    return c.cert_lang if c.cert_lang in ("nl", "fr") else (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_specialist_headtable(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's report: the hospital name at the top right, a header table (patient, birth date,
    consultation date, referring doctor), then 'Anamnese / Onderzoek / Besluit' sections, signed at the foot."""
    lang = _mlang(c)
    s, t = c.specialist, ILLNESSES[c.illness][lang]
    f = rng.choice(["sans2", "sans", "serif2"])
    sh = Sheet()
    sh.text(190, 12, s.inst, font=f, size_pt=11, bold=True, anchor="right", color=(0, 90, 120))
    sh.text(190, 17.5, s.dept or SPECIALTY[s.spec].get(lang, ""), font=f, size_pt=8.5, anchor="right", color=GREY)
    sh.text(190, 21.5, f"{s.street}, {s.pc} {s.city}", font=f, size_pt=8, anchor="right", color=GREY)
    H = {"nl": ("Patiënt", "Geboortedatum", "Consultatie", "Verwijzer", "Anamnese", "Onderzoek", "Besluit en beleid",
                "Consultatieverslag"),
         "fr": ("Patient", "Date de naissance", "Consultation", "Médecin référent", "Anamnèse", "Examen",
                "Conclusion et conduite", "Rapport de consultation")}[lang]
    sh.text(20, 34, H[7], font=f, size_pt=14, bold=True)
    rows = [(H[0], name_in(c.p, "SURNAME Given")), (H[1], fdate(c.p.birth_date, "slashes", lang)),
            (H[2], fdate(c.medstat_date, "slashes", lang)), (H[3], c.doctor.name())]
    y = 44
    for a, b in rows:
        sh.rect(20, y, 45, 7, width_mm=0.25, fill=(236, 242, 246))
        sh.rect(65, y, 125, 7, width_mm=0.25)
        sh.text(22, y + 1.6, a, font=f, size_pt=9)
        sh.text(67, y + 1.6, b, font=f, size_pt=9.5)
        y += 7
    y += 8
    for head, body in ((H[4], t["history"]), (H[5], t["severity"]),
                       (H[6], f"{t['name']}. " + "; ".join(t["meds"]) + f". {t['duration']} {t['consequences']}")):
        sh.text(20, y, head, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(20, y + 5.5, 170, body, font=f, size_pt=10, leading=1.4) + 5
    sh.text(20, y + 4, s.name(), font=f, size_pt=10)
    sh.text(20, y + 9, SPECIALTY[s.spec].get(lang, ""), font=f, size_pt=9, color=GREY)
    sh.signature(80, y + 2, 40, 13, rng, color=INK_BLUE)
    return [sh], {}


def medstat_radiology_mono(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A radiology or function-test protocol printed from the hospital system in a mono face: patient line with an
    internal number, the examination, findings and conclusion, 'Elektronisch gevalideerd / Validé électroniquement'
    with the doctor's name instead of a signature."""
    lang = _mlang(c)
    t = ILLNESSES[c.illness][lang]
    s = c.specialist
    f = "mono2"
    sh = Sheet()
    sh.text(20, 12, s.inst.upper(), font=f, size_pt=10, bold=True)
    sh.text(20, 17, ("DIENST MEDISCHE BEELDVORMING" if lang == "nl" else "SERVICE D'IMAGERIE MÉDICALE"), font=f,
            size_pt=8.5)
    sh.rule(20, 22, 190, 22, width_mm=0.3)
    pid = rng.randint(10000000, 99999999)
    sh.text(20, 26, f"{name_in(c.p, 'SURNAME, Given')}  °{fdate(c.p.birth_date, 'dots', lang)}  PID {pid}", font=f,
            size_pt=9)
    sh.text(20, 31, f"{'Datum onderzoek' if lang == 'nl' else 'Date examen'}: {fdate(c.medstat_date, 'dots', lang)}"
                    f"   {'Aanvrager' if lang == 'nl' else 'Demandeur'}: {c.doctor.name()}", font=f, size_pt=9)
    y = 42
    H = {"nl": ("ONDERZOEK", "BEVINDINGEN", "BESLUIT"), "fr": ("EXAMEN", "CONSTATATIONS", "CONCLUSION")}[lang]
    for head, body in ((H[0], t["history"]), (H[1], t["severity"]), (H[2], t["name"] + ". " + t["prognosis"])):
        sh.text(20, y, head, font=f, size_pt=9.5, bold=True)
        y = sh.paragraph(20, y + 5, 170, body, font=f, size_pt=9, leading=1.45) + 5
    sh.text(20, y + 4, ("Elektronisch gevalideerd door " if lang == "nl" else "Validé électroniquement par ")
            + s.name() + f" – {fdate(c.medstat_date + timedelta(days=1), 'dots', lang)}", font=f, size_pt=8.5)
    return [sh], {}


def medstat_gp_a5(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A GP's attestation on an A5 practice sheet, copied on A4 (the lower half of the page empty): the practice's
    printed head, the text written in ballpoint, signature and the practice stamp."""
    lang = _mlang(c)
    d, t = c.doctor, ILLNESSES[c.illness][lang]
    a5 = Sheet(148, 210)
    a5.text(10, 9, d.name(), font="serif4", size_pt=11, bold=True)
    a5.text(10, 14.5, f"{SPECIALTY[d.spec].get(lang, '')} · {d.street}, {d.pc} {d.city}", font="serif4",
            size_pt=7.5, color=GREY)
    a5.rule(10, 18, 138, 18, width_mm=0.3)
    txt = {"nl": f"Ondergetekende verklaart dat {name_in(c.p, 'Given Surname')} (°{fdate(c.p.birth_date, 'slashes', lang)}) "
                 f"bij mij in behandeling is voor {t['name']}. {t['duration']} Stopzetting: {t['consequences']}",
           "fr": f"Je soussigné certifie que {name_in(c.p, 'Given Surname')} (°{fdate(c.p.birth_date, 'slashes', lang)}) "
                 f"est suivi(e) pour {t['name']}. {t['duration']} En cas d'arrêt : {t['consequences']}"}[lang]
    y = _handrows(a5, 12, 26, 122, txt, rng, font="hand2", size=10.5, lh=5.8)
    a5.handwriting(12, y + 6, fdate(c.medstat_date, "slashes", lang), rng, size_pt=11, color=BALL, font="hand2")
    a5.signature(70, y + 6, 36, 12, rng, color=BALL)
    a5.stamp(88, y + 18, [f"Dr {d.first[0]}. {d.last.upper()}", f"{d.pc} {d.city}"], rng, shape="rect", size_mm=26,
             color=STAMP_BLUE)
    sh = Sheet()
    place(sh, a5, 31, 6 + rng.uniform(0, 4), angle=rng.uniform(-0.8, 0.8), dpi=250)
    return [sh], {}


_reg("be9ter-medstat-specialist-koptabel-anamnese-onderzoek-besluit", "medical-statement", PART, "fr/nl",
     medstat_specialist_headtable, "specialist's consultation report with a header table and three sections")
_reg("be9ter-medstat-protocol-beeldvorming-mono-elektronisch-gevalideerd", "medical-statement", PART, "fr/nl",
     medstat_radiology_mono, "imaging protocol in a mono face, validated electronically (no hand signature)")
_reg("be9ter-medstat-huisarts-a5-balpen-op-a4-gekopieerd", "medical-statement", PART, "fr/nl", medstat_gp_a5,
     "GP's attestation written in ballpoint on an A5 practice sheet, copied on A4")


# --------------------------------------------------------------------------- country-of-origin information

def coi_ngo_factsheet(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's one-page fact sheet: a coloured title block, three key figures in boxes, a table of hospitals with
    availability and monthly price, the sources in small type at the foot."""
    lang = "fr" if c.lang == "fr" else "en"
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    sh = Sheet()
    sh.rect(0, 0, 210, 34, width_mm=0, fill=(0, 105, 120))
    sh.text(20, 9, "Health Access Watch – " + ("Fiche pays" if lang == "fr" else "Country fact sheet"), font="sans4",
            size_pt=9, color=(220, 240, 240))
    sh.text(20, 16, f"{cn}: {drug(c.illness, lang)}", font="sans4", size_pt=14, bold=True, color=(255, 255, 255))
    sh.text(20, 25, ("Mise à jour" if lang == "fr" else "Updated") + f" {fdate(c.app_date - timedelta(days=rng.randint(40, 200)), 'long', lang)}",
            font="sans4", size_pt=8.5, color=(220, 240, 240))
    figs = [(o["wage"], "salaire mensuel moyen" if lang == "fr" else "average monthly wage"),
            (il["cost"], "coût d'un mois de traitement" if lang == "fr" else "cost of one month of treatment"),
            ("1", "hôpital de référence" if lang == "fr" else "reference hospital")]
    for i, (a, b) in enumerate(figs):
        x = 20 + i * 58
        sh.rect(x, 42, 52, 22, width_mm=0.4, color=(0, 105, 120))
        sh.text(x + 26, 46, a, font="sans4", size_pt=13, bold=True, anchor="center")
        sh.text(x + 26, 55, b[:30], font="sans4", size_pt=7.5, anchor="center", color=GREY)
    heads = ["Hôpital", "Disponible", "Prix / mois"] if lang == "fr" else ["Hospital", "Available", "Price / month"]
    rows = [(o["hospital"], "irrégulier" if lang == "fr" else "irregular", il["cost"]),
            (f"{'Hôpital régional' if lang == 'fr' else 'Regional hospital'}, {o['capital']}",
             "non" if lang == "fr" else "no", "—"),
            ("Pharmacies privées" if lang == "fr" else "Private pharmacies", "rupture fréquente" if lang == "fr"
             else "often out of stock", il["cost"])]
    y = 74
    for i, r in enumerate([heads] + rows):
        for j, (cell, w) in enumerate(zip(r, (95, 40, 35))):
            x = 20 + sum((95, 40, 35)[:j])
            sh.rect(x, y, w, 9, width_mm=0.25, fill=(225, 238, 240) if i == 0 else None)
            sh.text(x + 1.5, y + 2.3, str(cell)[:52], font="sans4", size_pt=8.5, bold=(i == 0))
        y += 9
    y = sh.paragraph(20, y + 8, 170, o["insurance_" + lang], font="sans4", size_pt=10, leading=1.4)
    sh.text(20, 280, ("Sources : " if lang == "fr" else "Sources: ") + "MedCOI, WHO Global Health Observatory, "
            "partner interviews", font="sans4", size_pt=7, color=GREY)
    return [sh], {}


def coi_lawyer_memo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's own memo on availability and accessibility: a title, numbered paragraphs with superscript-like
    note numbers in brackets, the footnotes with the sources under a short rule."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, dr = cname(c.origin(), lang), drug(c.illness, lang)
    f = "serif4"
    sh = Sheet()
    sh.text(20, 20, {"nl": "NOTA – beschikbaarheid en toegankelijkheid van de zorg",
                     "fr": "NOTE – disponibilité et accessibilité des soins"}[lang], font=f, size_pt=13, bold=True)
    sh.text(20, 27, f"{cn} – {name_in(c.p, 'SURNAME Given')}", font=f, size_pt=10, color=GREY)
    paras = {"nl": [f"{dr[0].upper() + dr[1:]} is in {cn} alleen beschikbaar in {o['hospital']} [1].",
                    f"Een maand behandeling kost ongeveer {il['cost']}; het gemiddelde maandloon bedraagt {o['wage']} [2].",
                    o["insurance_nl"] + " [3]"],
             "fr": [f"Au {cn}, {dr} n'est disponible qu'à {o['hospital']} [1].",
                    f"Un mois de traitement coûte environ {il['cost']} ; le salaire mensuel moyen est de {o['wage']} [2].",
                    o["insurance_fr"] + " [3]"]}[lang]
    y = 40
    for i, p in enumerate(paras, 1):
        sh.text(20, y, f"{i}.", font=f, size_pt=10.5)
        y = sh.paragraph(28, y, 162, p, font=f, size_pt=10.5, leading=1.45) + 4
    sh.rule(20, 250, 70, 250, width_mm=0.3)
    for i, src in enumerate(["[1] MedCOI, antwoord / réponse BMA-" + str(rng.randint(10000, 19999)),
                             "[2] ILO, Global Wage Report, country table", "[3] WHO, Health Systems in Transition"]):
        sh.text(20, 253 + i * 4.5, src, font=f, size_pt=8, color=GREY)
    return [sh], {}


_reg("be9ter-coi-en-fr-ngo-landenfiche-kerncijfers-ziekenhuistabel", "country-of-origin-info", PART, "en/fr",
     coi_ngo_factsheet, "NGO fact sheet: coloured title block, three key figures, hospitals table")
_reg("be9ter-coi-nl-fr-nota-advocaat-voetnoten-bronnen", "country-of-origin-info", PART, "nl/fr", coi_lawyer_memo,
     "lawyer's memo on availability with numbered paragraphs and footnoted sources")


# --------------------------------------------------------------------------- asylum proofs

def asylum_annex26_front_back(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Bijlage 26 copied front above back on one sheet: the front with the photo, the data and the CGVS's
    address, the back with the extension stamps."""
    a = c.asylum
    p = c.p
    front = Sheet(190, 130)
    front.rect(0, 0, 190, 130, width_mm=0.4)
    front.text(95, 4, "BIJLAGE 26", font="serif", size_pt=12, bold=True, anchor="center")
    front.text(95, 10, "Attest van immatriculatie – verzoek om internationale bescherming", font="serif",
               size_pt=9, anchor="center")
    front.photo(150, 18, 30, 38, rng)
    rows = [("Naam", p.surname.upper()), ("Voornamen", p.given_names), ("Geboren op", fdate(p.birth_date, "dots")),
            ("te", p.birth_place), ("Nationaliteit", COUNTRIES[p.nationality]["adj_nl"]),
            ("Datum verzoek", fdate(a["lodged"], "dots")), ("OV-nummer", c.ov or "—")]
    for i, (k, v) in enumerate(rows):
        front.text(8, 20 + i * 8, k, font="serif", size_pt=9.5)
        front.text(45, 20 + i * 8, v, font="typewriter", size_pt=10.5)
    front.paragraph(8, 82, 170, "Betrokkene wordt verzocht zich aan te melden bij het Commissariaat-generaal voor de "
                    "Vluchtelingen en de Staatlozen, Ernest Blerotstraat 39, 1070 Brussel, op elke oproeping.",
                    font="serif", size_pt=8.5)
    front.stamp(8, 98, ["DIENST VREEMDELINGENZAKEN", "BRUSSEL", fdate(a["lodged"], "dots")], rng, shape="rect",
                size_mm=34, color=STAMP_BLUE)
    back = Sheet(190, 130)
    back.rect(0, 0, 190, 130, width_mm=0.4)
    back.text(8, 5, "Verlengingen", font="serif", size_pt=10, bold=True)
    d = a["lodged"]
    k = 0
    while d + timedelta(days=120) < c.app_date + timedelta(days=60) and k < 6:
        d2 = d + timedelta(days=120)
        back.stamp(8 + (k % 3) * 60, 16 + (k // 3) * 50, ["VERLENGD TOT", fdate(d2, "dots"), "GEMEENTE"], rng,
                   shape="rect", size_mm=32, color=STAMP_VIOLET)
        d, k = d2, k + 1
    sh = Sheet()
    place(sh, front, 10, 10, dpi=220)
    place(sh, back, 10, 150, dpi=220)
    return [sh], {}


def asylum_oe_attestation(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The Immigration Office's attestation that a request for international protection was lodged (French), typed
    on the office's letterhead with the reference number and the registering officer's stamp."""
    a = c.asylum
    p = c.p
    sh = Sheet()
    f = "sans4"
    sh.text(20, 14, "SPF Intérieur", font=f, size_pt=9, color=GREY)
    sh.text(20, 19, "Office des Étrangers – Direction Asile", font=f, size_pt=11, bold=True)
    sh.text(20, 24.5, "Boulevard Pachéco 44, 1000 Bruxelles", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 44, "ATTESTATION D'INTRODUCTION D'UNE DEMANDE DE PROTECTION INTERNATIONALE", font=f, size_pt=11,
            bold=True)
    y = sh.paragraph(20, 56, 170, f"L'Office des Étrangers atteste que {p.surname.upper()} {p.given_names}, né(e) le "
                     f"{fdate(p.birth_date, 'slashes', 'fr')} à {p.birth_place}, de nationalité "
                     f"{COUNTRIES[p.nationality]['adj_fr']}, a introduit le {fdate(a['lodged'], 'long', 'fr')} une "
                     f"demande de protection internationale, enregistrée sous le numéro SP {c.ov}. La demande est "
                     f"transmise au Commissariat général aux réfugiés et aux apatrides ; aucune décision définitive "
                     f"n'est intervenue à ce jour.", font=f, size_pt=10.5, leading=1.5)
    sh.text(20, y + 10, f"Bruxelles, le {fdate(a['lodged'] + timedelta(days=rng.randint(1, 20)), 'long', 'fr')}",
            font=f, size_pt=10)
    sh.text(20, y + 16, "Pour le Directeur général,", font=f, size_pt=10)
    sh.signature(22, y + 20, 40, 13, rng, color=INK_BLACK)
    sh.stamp(100, y + 10, ["OFFICE DES ÉTRANGERS", "DIRECTION ASILE", "BRUXELLES"], rng, shape="round",
             color=STAMP_BLUE, size_mm=30)
    return [sh], {}


_reg("be9ter-asylum-bijlage26-voorkant-boven-achterkant-een-blad", "asylum-proof", PART, "nl",
     asylum_annex26_front_back, "annex 26 copied front above back on one sheet, extension stamps on the back")
_reg("be9ter-asylum-oe-attestation-introduction-demande", "asylum-proof", PART, "fr", asylum_oe_attestation,
     "Immigration Office's attestation that a protection request was lodged, typed on letterhead, stamped")


# --------------------------------------------------------------------------- registered-mail receipts

def rm_ticket_stapled(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's thermal ticket stapled on an A4 sheet beside the registered label peeled from the envelope's sheet;
    the office wrote the client's name above them."""
    t = Sheet(72, 118)
    t.rect(0, 0, 72, 118, width_mm=0, fill=(250, 250, 247))
    f = "mono"
    t.text(36, 4, "bpost", font="sans4", size_pt=14, bold=True, anchor="center", color=(200, 30, 40))
    t.text(36, 11, "Postkantoor / Bureau de poste", font=f, size_pt=6.2, anchor="center")
    t.text(36, 14.5, _post_office(c)[:30], font=f, size_pt=6.5, anchor="center")
    t.text(4, 21, f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  "
                  f"#{rng.randint(1000, 9999)}", font=f, size_pt=6.6)
    t.text(4, 27, "Aangetekende zending / Envoi recommandé", font=f, size_pt=6)
    barcode(t, 6, 32, 60, 9, c.rm_track)
    t.text(36, 42.5, track_spaced(c.rm_track), font=f, size_pt=6.3, anchor="center")
    t.text(4, 49, "Aan / À:", font=f, size_pt=6)
    for k, ln in enumerate(c.rm_to):
        t.text(4, 53 + k * 3.8, ln[:34], font=f, size_pt=6.3)
    t.text(4, 69, "Van / De:", font=f, size_pt=6)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        t.text(4, 73 + k * 3.8, ln[:34], font=f, size_pt=6.3)
    t.text(4, 90, f"Totaal / Total  EUR {rng.choice(['10,15', '10,45', '11,10'])}", font=f, size_pt=6.4)
    sh = Sheet()
    sh.handwriting(22, 16, hand_safe(f"9ter {c.p.surname}"), rng, size_pt=13, color=(30, 30, 30), font="hand1")
    w, h = place(sh, t, 22, 30, angle=rng.uniform(-3, 3), dpi=250)
    lab = Sheet(62, 30)
    lab.rect(0, 0, 62, 30, width_mm=0.3, fill=(255, 255, 255))
    lab.text(3, 2, "R  AANGETEKEND / RECOMMANDÉ", font="sans4", size_pt=6.5, bold=True, color=(200, 30, 40))
    barcode(lab, 4, 8, 54, 12, c.rm_track)
    lab.text(31, 22, track_spaced(c.rm_track), font="mono", size_pt=6.5, anchor="center")
    place(sh, lab, 112, 40, angle=rng.uniform(-2, 2), dpi=250)
    sh.rule(34, 33, 45, 30.5, width_mm=0.7, color=(90, 92, 98))
    return [sh], {}


def rm_track_page(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's track-and-trace page printed from the browser: the item number, the status steps with dates, the
    addressee and the browser's header and footer lines."""
    sh = Sheet()
    f = "sans"
    sh.text(10, 6, f"{fdate(c.rm_date + timedelta(days=1), 'slashes')} {rng.randint(9, 17):02d}:{rng.randint(10, 59)}",
            font=f, size_pt=7.5, color=GREY)
    sh.text(105, 6, "bpost – Track & Trace", font=f, size_pt=7.5, anchor="center", color=GREY)
    sh.rect(20, 16, 170, 14, width_mm=0, fill=(230, 30, 40))
    sh.text(24, 20, "bpost", font="sans4", size_pt=16, bold=True, color=(255, 255, 255))
    sh.text(20, 40, "Zending / Envoi", font=f, size_pt=10, color=GREY)
    sh.text(20, 46, track_spaced(c.rm_track), font=f, size_pt=14, bold=True)
    sh.text(20, 56, "Aangetekende zending / Envoi recommandé", font=f, size_pt=10)
    steps = [(c.rm_date, "Aangeboden bij bpost / Déposé chez bpost – " + _post_office(c)),
             (c.rm_date + timedelta(days=1), "In sortering / En cours de tri"),
             (c.rm_date + timedelta(days=1), "Afgeleverd / Distribué – handtekening ontvanger / signature")]
    y = 70
    for d, s in steps:
        sh.rect(22, y + 1, 4, 4, width_mm=0, fill=(230, 30, 40))
        sh.text(30, y, fdate(d, "dots"), font=f, size_pt=9.5, bold=True)
        sh.text(56, y, s, font=f, size_pt=9.5)
        y += 10
    sh.text(20, y + 6, "Bestemmeling / Destinataire", font=f, size_pt=9, color=GREY)
    for k, ln in enumerate(c.rm_to):
        sh.text(20, y + 12 + k * 5, ln, font=f, size_pt=10)
    sh.text(110, y + 6, "Afzender / Expéditeur", font=f, size_pt=9, color=GREY)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        sh.text(110, y + 12 + k * 5, ln, font=f, size_pt=10)
    sh.text(10, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}", font=f, size_pt=7,
            color=GREY)
    sh.text(200, 290, "1/1", font=f, size_pt=7, anchor="right", color=GREY)
    return [sh], {}


def rm_envelope_copy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The front of the registered envelope copied before posting: the addressee in the window, the sender at the
    top left, the red R-label with its barcode, the counter's round date stamp over the label's edge."""
    env = Sheet(229, 162)
    env.rect(0, 0, 229, 162, width_mm=0, fill=(248, 246, 240))
    for k, ln in enumerate(_sender_lines(c)[:3]):
        env.text(10, 10 + k * 4.5, ln, font="sans", size_pt=8)
    env.rect(110, 70, 100, 40, width_mm=0.2, color=(200, 200, 200))
    for k, ln in enumerate(c.rm_to):
        env.text(116, 76 + k * 6, ln, font="sans", size_pt=11)
    env.rect(10, 40, 70, 30, width_mm=0, fill=(255, 255, 255))
    env.rect(10, 40, 70, 6, width_mm=0, fill=(210, 30, 40))
    env.text(12, 41, "R  AANGETEKEND / RECOMMANDÉ", font="sans4", size_pt=6.8, bold=True, color=(255, 255, 255))
    barcode(env, 14, 49, 62, 12, c.rm_track)
    env.text(45, 63, track_spaced(c.rm_track), font="mono", size_pt=7, anchor="center")
    env.stamp(60, 30, ["BPOST", fdate(c.rm_date, "dots"), _post_office(c)[:18]], rng, shape="round",
              color=(40, 40, 40), size_mm=28)
    sh = Sheet()
    place(sh, env, 0, 40, scale=0.9, angle=0, dpi=220)
    return [sh], {}


_reg("be9ter-rm-ticket-geniet-op-a4-naast-aangetekend-etiket", "registered-mail-receipt", PART, "nl/fr",
     rm_ticket_stapled, "bpost's ticket stapled on A4 beside the registered label, client's name written above")
_reg("be9ter-rm-track-trace-pagina-browserregels", "registered-mail-receipt", PART, "nl/fr", rm_track_page,
     "bpost track-and-trace page printed from the browser with the status steps")
_reg("be9ter-rm-kopie-envelop-voorkant-r-etiket-datumstempel", "registered-mail-receipt", PART, "nl/fr",
     rm_envelope_copy, "copy of the registered envelope's front with the R-label and the counter's date stamp")


# --------------------------------------------------------------------------- others

def other_declaration_typed(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour typed by a social worker from what the applicant told her, signed by the applicant
    (and countersigned 'gezien / vu' by the social worker): it rests on the applicant's own statements."""
    lang = c.lang if c.lang in ("nl", "fr") else "nl"
    p = c.p
    sh = Sheet()
    f = "sans2"
    t = {"nl": "VERKLARING OP EER", "fr": "DÉCLARATION SUR L'HONNEUR"}[lang]
    sh.text(105, 30, t, font=f, size_pt=15, bold=True, anchor="center")
    body = {"nl": f"Ik, ondergetekende, verklaar op eer dat ik {p.given_names} {p.surname} heet, geboren ben op "
                  f"{fdate(p.birth_date, 'long', 'nl')} te {p.birth_place} en de {COUNTRIES[p.nationality]['adj_nl']} "
                  f"nationaliteit heb. Ik bezit geen paspoort of ander identiteitsdocument; mijn papieren zijn "
                  f"verloren gegaan tijdens de reis.",
            "fr": f"Je soussigné(e) déclare sur l'honneur m'appeler {p.given_names} {p.surname}, être né(e) le "
                  f"{fdate(p.birth_date, 'long', 'fr')} à {p.birth_place} et être de nationalité "
                  f"{COUNTRIES[p.nationality]['adj_fr']}. Je ne possède ni passeport ni autre document d'identité ; "
                  f"mes papiers ont été perdus pendant le voyage."}[lang]
    y = sh.paragraph(25, 48, 160, body, font=f, size_pt=11.5, leading=1.6)
    sh.text(25, y + 12, f"{c.addr.city}, {fdate(c.app_date, 'slashes', lang)}", font=f, size_pt=11)
    sh.text(25, y + 22, {"nl": "Handtekening", "fr": "Signature"}[lang], font=f, size_pt=9.5, color=GREY)
    sh.signature(25, y + 26, 45, 14, rng, color=BALL)
    sh.text(120, y + 22, {"nl": "Gezien, de maatschappelijk werker", "fr": "Vu, l'assistante sociale"}[lang], font=f,
            size_pt=9.5, color=GREY)
    sh.signature(122, y + 26, 38, 12, rng, color=INK_BLACK)
    return [sh], {}


def other_pharmacy_invoice(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's invoice for the month's medicines, printed on the pharmacy's A4 with the APB number."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    f = "sans3"
    sh.text(20, 14, {"nl": "Apotheek Sint-Jan", "fr": "Pharmacie du Midi"}[lang], font=f, size_pt=12, bold=True,
            color=(0, 120, 60))
    sh.text(20, 20, f"APB {rng.randint(100000, 999999)} · {c.addr.postcode} {c.addr.city}", font=f, size_pt=8,
            color=GREY)
    sh.text(20, 36, {"nl": "FACTUUR", "fr": "FACTURE"}[lang] + f" {rng.randint(10000, 99999)}", font=f, size_pt=12,
            bold=True)
    sh.text(20, 44, name_in(c.p, "SURNAME Given"), font=f, size_pt=10)
    t = ILLNESSES[c.illness]
    y = 56
    tot = 0.0
    for m in t.get(lang, t.get("nl"))["meds"]:
        pr = round(rng.uniform(9, 160), 2)
        tot += pr
        sh.text(20, y, m[:70], font=f, size_pt=9.5)
        sh.text(190, y, f"{pr:.2f}".replace(".", ",") + " €", font=f, size_pt=9.5, anchor="right")
        y += 6
    sh.rule(20, y + 1, 190, y + 1, width_mm=0.3)
    sh.text(190, y + 4, f"{tot:.2f}".replace(".", ",") + " €", font=f, size_pt=10.5, bold=True, anchor="right")
    sh.text(20, y + 14, fdate(c.app_date - timedelta(days=rng.randint(5, 40)), "dots"), font=f, size_pt=9)
    return [sh], {}


def other_cpas_amu(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An OCMW/CPAS attestation that the applicant receives urgent medical aid (dringende medische hulp / aide
    médicale urgente), with the period and the social worker's stamp."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    city = c.addr.city
    sh = Sheet()
    f = "serif2"
    org = {"nl": f"OCMW {city}", "fr": f"CPAS de {city}"}[lang]
    sh.text(20, 14, org, font=f, size_pt=13, bold=True)
    sh.text(20, 20, {"nl": "Sociale dienst – cel Dringende Medische Hulp",
                     "fr": "Service social – cellule Aide médicale urgente"}[lang], font=f, size_pt=9, color=GREY)
    sh.text(105, 40, {"nl": "ATTEST", "fr": "ATTESTATION"}[lang], font=f, size_pt=15, bold=True, anchor="center")
    s0 = c.app_date - timedelta(days=rng.randint(40, 200))
    body = {"nl": f"Het OCMW bevestigt dat {name_in(c.p, 'Given SURNAME')}, geboren op {fdate(c.p.birth_date, 'dots')}, "
                  f"wonende te {city}, dringende medische hulp geniet vanaf {fdate(s0, 'dots')} voor een periode van "
                  f"drie maanden, hernieuwbaar. De kosten van de behandeling worden gedragen volgens het koninklijk "
                  f"besluit van 12 december 1996.",
            "fr": f"Le CPAS confirme que {name_in(c.p, 'Given SURNAME')}, né(e) le {fdate(c.p.birth_date, 'dots')}, "
                  f"domicilié(e) à {city}, bénéficie de l'aide médicale urgente à partir du {fdate(s0, 'dots')} pour "
                  f"une période de trois mois, renouvelable, conformément à l'arrêté royal du 12 décembre 1996."}[lang]
    y = sh.paragraph(22, 54, 166, body, font=f, size_pt=11, leading=1.55)
    sh.text(22, y + 12, f"{city}, {fdate(s0 + timedelta(days=rng.randint(1, 10)), 'long', lang)}", font=f, size_pt=10.5)
    sh.text(22, y + 18, {"nl": "De maatschappelijk werker", "fr": "L'assistant(e) social(e)"}[lang], font=f,
            size_pt=10.5)
    sh.signature(24, y + 22, 40, 13, rng, color=INK_BLUE)
    sh.stamp(100, y + 12, [org.upper()[:24], {"nl": "SOCIALE DIENST", "fr": "SERVICE SOCIAL"}[lang]], rng,
             shape="rect", size_mm=36, color=STAMP_VIOLET)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-getypt-maatschappelijk-werker-gezien", "other", PART, "nl/fr",
     other_declaration_typed, "declaration on honour typed by a social worker, signed by the applicant, 'gezien / vu'")
_reg("be9ter-other-pharmacy-factuur-apotheek-a4", "other", PART, "nl/fr", other_pharmacy_invoice,
     "Belgian pharmacy's A4 invoice for the month's medicines")
_reg("be9ter-other-ocmw-cpas-attest-dringende-medische-hulp", "other", PART, "nl/fr", other_cpas_amu,
     "OCMW/CPAS attestation of urgent medical aid, social worker's signature and stamp")
