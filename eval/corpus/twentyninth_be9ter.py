"""9ter families of the `twentyninth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentyeighth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s29_*``.
"""
from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image

from .be9ter import (COUNTRIES, ILLNESSES, INK_BLACK, INK_BLUE, MC_NEW, MC_OLD, SPECIALTY, STAMP_BLUE, STAMP_RED,
                     STAMP_VIOLET, Case, _post_office, _reg, _sender_lines, addr_str, cname, drug, fdate, name_in,
                     track_spaced)
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import camera_photo, fit, glyphs, sheet_of, wrap
from .twentyninth_identity import carbon_blue, fr_long, nl_long, punch_holes, staple

PART = "twentyninth"
GREY = (105, 105, 105)


# --------------------------------------------------------------------------- sentences (s29_*)

def _who(c: Case, lang: str) -> str:
    return {"nl": "verzoek" + ("ster" if c.fem else "er"), "fr": "la requérante" if c.fem else "le requérant",
            "en": "the applicant"}[lang]


def _ex(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "en": f" [annex {n}]"}[lang]


def s29_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    where = f"{p.birth_place}, {cname(c.birth_cc(), lang)}"
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    idn = c.nrn or c.ov
    if lang == "nl":
        s = f"De {_who(c, lang)} heet {nm} en is geboren op {bd}" + ("" if nb else f" in {where}") + "."
        if not nn:
            s += f" {'Zij' if c.fem else 'Hij'} is van {adj} nationaliteit."
        s += (f" Het rijksregisternummer is {idn}." if c.nrn else f" Het DVZ-dossiernummer (OV) is {idn}.")
        return s
    if lang == "fr":
        s = f"{_who(c, lang)[0].upper() + _who(c, lang)[1:]} s'appelle {nm} ; {'elle' if c.fem else 'il'} est " \
            f"né{'e' if c.fem else ''} le {bd}" + ("" if nb else f" à {where}") + "."
        if not nn:
            s += f" {'Elle' if c.fem else 'Il'} possède la nationalité {adj}."
        s += (f" Son numéro de registre national est le {idn}." if c.nrn else
              f" Son numéro de dossier à l'Office des Étrangers (SP) est le {idn}.")
        return s
    s = f"The applicant is {nm}, born on {bd}" + ("" if nb else f" in {where}") + "."
    if not nn:
        s += f" {'She' if c.fem else 'He'} is a {COUNTRIES[p.nationality]['adj_en']} national."
    s += (f" National register number {idn}." if c.nrn else f" Immigration Office reference {idn}.")
    return s


def s29_home(c: Case, lang: str) -> str:
    W = _who(c, lang)
    if "no_address" in c.flags:
        return {"nl": f"De {W} kan op dit ogenblik geen vast adres opgeven.",
                "fr": f"{W[0].upper() + W[1:]} n'est pas en mesure de communiquer une adresse pour l'instant.",
                "en": "The applicant cannot give a fixed address at this time."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"De {W} woont effectief in België, op het adres {a}.",
            "fr": f"{W[0].upper() + W[1:]} a sa résidence effective en Belgique, à l'adresse {a}.",
            "en": f"The applicant effectively resides in Belgium at {a}."}[lang]


def s29_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"Voor deze procedure wordt woonplaats gekozen bij de raadsman, {L['first']} {L['last']}, "
                      f"{L['street']}, {L['pc']} {L['city']}.",
                "fr": f"Pour la présente procédure, domicile est élu au cabinet du conseil, Me {L['first']} "
                      f"{L['last']}, {L['street']}, {L['pc']} {L['city']}.",
                "en": f"For this procedure domicile is elected at counsel's office, {L['first']} {L['last']}, "
                      f"{L['street']}, {L['pc']} {L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaats wordt gekozen bij {c.other_domicile}.",
                "fr": f"Domicile est élu auprès de {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Woonplaats wordt gekozen op dat verblijfsadres.",
            "fr": "Domicile est élu à cette adresse de résidence.",
            "en": "Domicile is elected at that residential address."}[lang]


def s29_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    W = _who(c, lang)
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _ex(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"De {W} diende op {d} een verzoek om internationale bescherming in dat nog hangende is{r}; "
                      f"de identiteitsvereiste is dus niet van toepassing (art. 9ter, §3, 2°).",
                "fr": f"{W[0].upper() + W[1:]} a introduit le {d} une demande de protection internationale toujours "
                      f"pendante{r} ; l'exigence d'identité ne s'applique donc pas (art. 9ter, §3, 2°).",
                "en": f"The applicant lodged an application for international protection on {d}, which is still "
                      f"pending{r}; the identity requirement therefore does not apply."}[lang]
    if k == "none":
        return {"nl": "Een identiteitsdocument wordt na ontvangst van de ambassade onmiddellijk nagezonden.",
                "fr": "Un document d'identité sera transmis dès sa réception de l'ambassade.",
                "en": "An identity document will be sent on as soon as the embassy issues it."}[lang]
    items = [d + _ex(c, key, lang) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "met beëdigde vertaling", "fr": "avec sa traduction jurée",
                      "en": "with its sworn translation"}[lang] + _ex(c, "id-tr", lang))
    lst = ", ".join(items) or "—"
    s = {"nl": f"De identiteit blijkt uit: {lst}.", "fr": f"L'identité est démontrée par : {lst}.",
         "en": f"Identity is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Ook een verlopen paspoort bewijst de identiteit.",
              "fr": " Un passeport périmé reste une preuve d'identité.",
              "en": " An expired passport still proves identity."}[lang]
    return s


def s29_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} ({cd})", "fr": f"le rapport du {doc} ({cd})",
               "en": f"the report of {doc} ({cd})"}[lang] + _ex(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} ({cd})",
               "fr": f"le certificat médical type établi par le {doc} ({cd})",
               "en": f"the standard medical certificate by {doc} ({cd})"}[lang] + _ex(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {"nl": f"Volgens {src} lijdt de {_who(c, lang)} aan {t['name']}. {t['severity']} Behandeling: {meds}. "
                  f"{t['duration']}",
            "fr": f"Selon {src}, {_who(c, lang)} souffre de {t['name']}. {t['severity']} Traitement : {meds}. "
                  f"{t['duration']}",
            "en": f"According to {src}, the applicant suffers from {t['name']}. {t['severity']} Treatment: {meds}. "
                  f"{t['duration']}"}[lang]


def s29_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ex(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"In {cn} is {dr} alleen te krijgen in {o['hospital']}, met regelmatige tekorten{r}. De kostprijs "
                  f"(ongeveer {il['cost']} per maand) ligt ver boven het gemiddelde loon ({o['wage']}). "
                  f"{o['insurance_nl']}",
            "fr": f"Au pays d'origine ({cn}), {dr} n'est délivré qu'à {o['hospital']}, avec des ruptures fréquentes{r}. "
                  f"Le coût (environ {il['cost']} par mois) dépasse de loin le salaire moyen ({o['wage']}). "
                  f"{o['insurance_fr']}",
            "en": f"In {cn}, {dr} is dispensed only at {o['hospital']}, with frequent shortages{r}. The cost (about "
                  f"{il['cost']} a month) far exceeds the average wage ({o['wage']}). {o['insurance_en']}"}[lang]


def s29_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "minderjarig kind"},
           "fr": {"spouse": "conjoint(e)", "child": "enfant mineur"},
           "en": {"spouse": "spouse", "child": "minor child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]} {q.surname.upper()} {q.given_names} ({c.d(q.birth_date, lang)}, {q.birth_place}"
                   f"{nat}){_ex(c, f'fam{i}', lang)}")
    return {"nl": "De aanvraag geldt ook voor: " + "; ".join(out) + ".",
            "fr": "La demande vaut également pour : " + "; ".join(out) + ".",
            "en": "The application also covers: " + "; ".join(out) + "."}[lang]


def s29_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"De aanvraag 9ter van {d}, die nog hangende is, wordt hierbij ingetrokken en door deze "
                          f"aanvraag vervangen.",
                    "fr": f"La demande 9ter du {d}, toujours pendante, est retirée et remplacée par la présente.",
                    "en": f"The 9ter application of {d}, still pending, is withdrawn and replaced by this one."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De asielprocedure werd op {d} definitief afgesloten met een weigering.",
                    "fr": f"La procédure d'asile s'est définitivement clôturée par un refus le {d}.",
                    "en": f"The asylum procedure ended with a final refusal on {d}."}[lang])
    return " ".join(out) or None


def s29_ask(c: Case, lang: str) -> str:
    return {"nl": "Op grond van artikel 9ter van de wet van 15 december 1980 wordt u verzocht de verzoek(st)er tot "
                  "een verblijf van meer dan drie maanden te machtigen.",
            "fr": "Sur la base de l'article 9ter de la loi du 15 décembre 1980, il vous est demandé d'autoriser "
                  "le/la requérant(e) au séjour de plus de trois mois.",
            "en": "Under Article 9ter of the Law of 15 December 1980 you are asked to grant the applicant leave to "
                  "stay for more than three months."}[lang]


# --------------------------------------------------------------------------- application 1: lawyer's letter

_AL = {"nl": dict(reg="Per aangetekende zending", to=["Aan de Dienst Vreemdelingenzaken", "Cel 9ter",
                                                      "Pachecolaan 44", "1000 Brussel"], subj="Onderwerp",
                  subjt="aanvraag tot machtiging tot verblijf – art. 9ter Vreemdelingenwet", sal="Mevrouw, Mijnheer,",
                  h=["Identiteit", "Verblijf", "Gezin", "Identiteitsbewijs", "Medische gegevens",
                     "Beschikbaarheid en toegankelijkheid", "Overige", "Beschikkend gedeelte"],
                  close="Hoogachtend,", role="Advocaat", inv="Inventaris", no="Nr.", desc="Omschrijving",
                  page="blz. {i} van {n}", bar="Balie"),
       "fr": dict(reg="Par envoi recommandé", to=["À l'Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44",
                                                 "1000 Bruxelles"], subj="Objet",
                  subjt="demande d'autorisation de séjour – art. 9ter de la loi du 15/12/1980",
                  sal="Madame, Monsieur,",
                  h=["Identité", "Résidence", "Famille", "Preuve d'identité", "Éléments médicaux",
                     "Disponibilité et accessibilité", "Divers", "Dispositif"],
                  close="Veuillez agréer, Madame, Monsieur, mes salutations distinguées.", role="Avocat",
                  inv="Inventaire", no="N°", desc="Description", page="page {i} sur {n}", bar="Barreau"),
       "en": dict(reg="By registered post", to=["To the Immigration Office", "9ter Unit", "Pachecolaan 44",
                                                "1000 Brussels"], subj="Subject",
                  subjt="application for leave to stay – Article 9ter Aliens Act", sal="Dear Sir or Madam,",
                  h=["Identity", "Residence", "Family", "Proof of identity", "Medical facts",
                     "Availability and accessibility", "Other", "Request"],
                  close="Yours faithfully,", role="Lawyer", inv="Inventory", no="No.", desc="Description",
                  page="page {i} of {n}", bar="Bar")}


def app_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter: the lawyer's own name large at the top left over a thin grey rule with the bar and the
    contacts at the right, the addressee block at the left under it, the subject underlined, run-in bold
    headings numbered 1., 2. ...; signed at the left above 'Me / mr.' and the name, with a small round stamp of
    the office beside it; the inventory as a ruled two-column table; 'page i of n' at the foot."""
    L, R = c.lawyer, _AL[lang]
    font = rng.choice(["serif2", "serif5", "sans2"])
    size = 10.4
    col = rng.choice([(40, 40, 40), (20, 50, 90), (90, 30, 30)])
    title = {"nl": "mr.", "fr": "Me", "en": ""}[lang]
    name = f"{L['first']} {L['last']}"

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 13, name, font=font, size_pt=17, color=col)
            sh.text(20, 21, R["role"] + " – " + L["firm"], font=font, size_pt=9, color=GREY)
            sh.text(190, 13, f"{R['bar']} {L['city']}", font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.text(190, 17.5, L["street"], font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.text(190, 22, f"{L['pc']} {L['city']} · {L['tel']}", font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.rule(20, 27, 190, 27, width_mm=0.2, color=GREY)
            sh.text(20, 36, R["reg"], font=font, size_pt=10, bold=True)
            for k, ln in enumerate(R["to"]):
                sh.text(20, 42 + k * 4.8, ln, font=font, size_pt=10.5)
            sh.text(190, 42, f"{L['city']}, {fdate(c.app_date, c.date_style if c.date_style != 'iso' else 'long', lang)}",
                    font=font, size_pt=10.5, anchor="right")
            return sh, 70
        sh.text(20, 12, name, font=font, size_pt=8.5, color=GREY)
        return sh, 22

    pg = Pager(new_page, bottom=270)
    nm = name_in(c.p, "SURNAME Given")
    pg.sh.text(20, pg.y, f"{R['subj']}:", font=font, size_pt=size, bold=True)
    w = pg.sh.text(42, pg.y, f"{nm} – {R['subjt']}", font=font, size_pt=fit(f"{nm} – {R['subjt']}", font, size, 148))
    pg.sh.rule(42, pg.y + 4.6, 42 + w, pg.y + 4.6, width_mm=0.2)
    pg.y += 11
    pg.lines(20, 170, R["sal"], font=font, size=size, gap=3)
    H = R["h"]
    k = 0
    for head, body, tag in ((H[0], s29_person(c, lang), "personal"),
                            (H[1], " ".join(x for x in (s29_home(c, lang), s29_domicile(c, lang)) if x), "residence"),
                            (H[2], s29_family(c, lang), "family"), (H[3], s29_identity(c, lang), "identity"),
                            (H[4], s29_medical(c, lang), "medical"), (H[5], s29_coi(c, lang), "coi"),
                            (H[6], s29_other(c, lang), "parallel"), (H[7], s29_ask(c, lang), None)):
        if not body:
            continue
        k += 1
        rows = wrap(f"{k}. {head}. {body}", 170, font, size)
        pg.ensure(5.2 * min(2, len(rows)))
        pg.tag(tag)
        for j, r in enumerate(rows):
            pg.ensure(5.2)
            if j == 0:
                lead = f"{k}. {head}."
                wl = pg.sh.text(20, pg.y, lead, font=font, size_pt=size, bold=True)
                rest = r[len(lead):].strip()
                pg.sh.text(20 + wl + 1.6, pg.y, rest, font=font, size_pt=size)
            else:
                pg.sh.text(20, pg.y, r, font=font, size_pt=size)
            pg.y += 5.2
        pg.y += 3
    pg.ensure(40)
    pg.lines(20, 170, R["close"], font=font, size=size, gap=3)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    if "unsigned" not in c.flags:
        sh.signature(20 + rng.uniform(0, 8), y, rng.uniform(42, 54), 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(78, y - 2, [L["firm"].upper()[:26], R["role"].upper()], rng, shape="round", size_mm=22,
                 color=STAMP_BLUE, angle=rng.uniform(-15, 15))
    sh.text(20, y + 19, f"{title} {name}".strip(), font=font, size_pt=size)
    pg.y = y + 28
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(14 + 6 * min(3, len(ann)))
        pg.lines(20, 170, R["inv"].upper(), font=font, size=10.5, bold=True, gap=1.5)
        for i, d in enumerate(ann, 1):
            rows = wrap(d, 150, font, 9.8)
            h = 5.2 * len(rows) + 1.2
            pg.ensure(h)
            pg.sh.rect(20, pg.y - 1, 14, h, width_mm=0.2)
            pg.sh.rect(34, pg.y - 1, 156, h, width_mm=0.2)
            pg.sh.text(22, pg.y, str(i), font=font, size_pt=9.8)
            for j, r in enumerate(rows):
                pg.sh.text(36, pg.y + j * 5.2, r, font=font, size_pt=9.8)
            pg.y += h
    n = len(pg.pages)
    for i, p in enumerate(pg.pages, 1):
        p.text(190, 287, R["page"].format(i=i, n=n), font=font, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "lawyer's letter, name large at top left, run-in numbered headings, signed at the left with "
                        "a small office stamp, inventory as a ruled table"),
                 ("fr", "lettre d'avocat, nom en grand en haut à gauche, rubriques numérotées en gras, inventaire en "
                        "tableau"),
                 ("en", "the same letter written in English")):
    _reg(f"be9ter-app-{_lg}-lawyer-prose-naam-linksboven-genummerde-koppen-inventaristabel-29", "application",
         PART, _lg, (lambda c, r, lg=_lg: app_letter(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 2: hand-filled form

_HF = {"nl": dict(org="Medisch Steunpunt Mechelen vzw", title="AANVRAAG 9TER – INVULFORMULIER",
                  sub="In te vullen in drukletters. Het formulier wordt aangetekend verstuurd naar de Dienst "
                      "Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel.",
                  q=["Familienaam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Geboorteland", "Nationaliteit",
                     "Rijksregisternr. of DVZ-nr.", "Adres waar ik echt woon", "Gekozen woonplaats",
                     "Mijn gezinsleden in deze aanvraag", "Bewijs van mijn identiteit", "Mijn ziekte en behandeling",
                     "Behandeling in mijn land", "Andere procedures", "Bijlagen"],
                  dom=["mijn adres", "mijn advocaat", "ander adres"], sign="Handtekening aanvrager",
                  date="Datum", place="Plaats", ask="Ik vraag een machtiging tot verblijf op grond van artikel 9ter.",
                  page="blad {i}/{n}"),
       "fr": dict(org="Point d'appui santé-séjour Namur asbl", title="DEMANDE 9TER – FORMULAIRE À COMPLÉTER",
                  sub="À remplir en lettres capitales. Le formulaire est envoyé par recommandé à l'Office des "
                      "Étrangers, Boulevard Pachéco 44, 1000 Bruxelles.",
                  q=["Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Pays de naissance", "Nationalité",
                     "N° de registre national ou n° OE", "Adresse où j'habite réellement", "Domicile élu",
                     "Membres de ma famille dans la demande", "Preuve de mon identité",
                     "Ma maladie et le traitement", "Le traitement dans mon pays", "Autres procédures", "Annexes"],
                  dom=["mon adresse", "mon avocat", "autre adresse"], sign="Signature du demandeur",
                  date="Date", place="Lieu", ask="Je demande une autorisation de séjour sur la base de l'article 9ter.",
                  page="feuille {i}/{n}")}


def _me(text: str | None, lang: str) -> str | None:
    if not text:
        return text
    rep = [("De verzoekster ", "Ik "), ("De verzoeker ", "Ik "), ("de verzoekster lijdt", "ik lijd"),
           ("de verzoeker lijdt", "ik lijd"), ("La requérante ", "Je "), ("Le requérant ", "Je "),
           ("la requérante souffre", "je souffre"), ("le requérant souffre", "je souffre"),
           ("lijdt de verzoekster aan", "lijd ik aan"), ("lijdt de verzoeker aan", "lijd ik aan")]
    for a, b in rep:
        text = text.replace(a, b)
    text = text.replace("Ik diende", "Ik diende").replace("Je a introduit", "J'ai introduit")
    text = text.replace("Ik woont", "Ik woon").replace("Je a sa", "J'ai ma").replace("Ik kan op", "Ik kan op")
    text = text.replace("Je n'est pas en mesure", "Je ne suis pas en mesure")
    return text


def app_handform(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """An advice centre's printed questionnaire filled in by hand in capitals (the applicant's own hand): each
    question a grey number disc and a label, the answers written on two or three pale ruled lines, the domicile
    as three round options with the chosen one filled, the signature in a tall box at the end, 'feuille i/n' at
    the top right."""
    R = _HF[lang]
    p = c.p
    f = rng.choice(["sans4", "sans3"])
    hf = rng.choice(["hand1", "hand4", "hand2"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    col = rng.choice([(90, 90, 90), (40, 90, 120)])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 13, R["org"], font=f, size_pt=9, color=col)
            sh.text(20, 20, R["title"], font=f, size_pt=15, bold=True)
            y = sh.paragraph(20, 28, 170, R["sub"], font=f, size_pt=8.5, color=GREY)
            return sh, y + 4
        return sh, 18

    pg = Pager(new_page, bottom=272)
    qn = [0]

    def handrows(text: str, width: float) -> list[str]:
        t = glyphs(str(text).upper(), hf)
        return wrap(t, width * 0.78, hf, 11.5) if t else []

    def q(label: str, val: str | None, tag: str | None = None, lines: int = 1):
        qn[0] += 1
        rows = handrows(val or "", 158)
        n = max(lines, len(rows))
        pg.ensure(6 + n * 6.4)
        pg.tag(tag if val else None)
        sh = pg.sh
        sh.rect(20, pg.y, 6, 6, width_mm=0, fill=(200, 200, 200))
        sh.text(23, pg.y + 1.1, str(qn[0]), font=f, size_pt=8, bold=True, anchor="center")
        sh.text(29, pg.y + 0.8, label, font=f, size_pt=9.2)
        pg.y += 7
        for i in range(n):
            sh.rule(29, pg.y + 5.2, 190, pg.y + 5.2, width_mm=0.12, color=(175, 175, 175))
            if i < len(rows):
                sh.handwriting(30, pg.y - 1.4, rows[i], rng, size_pt=11.5, color=ink, font=hf)
            pg.y += 6.4
        pg.y += 1.5

    Q = R["q"]
    pg.tag("personal")
    q(Q[0], p.surname, "personal")
    q(Q[1], p.given_names)
    q(Q[2], fdate(p.birth_date, "slashes", lang))
    q(Q[3], "" if "no_birthplace" in c.flags else p.birth_place)
    q(Q[4], "" if "no_birthplace" in c.flags else cname(c.birth_cc(), lang))
    q(Q[5], "" if "no_nationality" in c.flags else COUNTRIES[p.nationality]["adj_" + lang])
    q(Q[6], c.nrn or c.ov or "")
    q(Q[7], "" if "no_address" in c.flags else addr_str(c.addr, lang, "street-first"), "residence", 2)
    # domicile: round options
    qn[0] += 1
    pg.ensure(22)
    sh = pg.sh
    sh.rect(20, pg.y, 6, 6, width_mm=0, fill=(200, 200, 200))
    sh.text(23, pg.y + 1.1, str(qn[0]), font=f, size_pt=8, bold=True, anchor="center")
    sh.text(29, pg.y + 0.8, Q[8], font=f, size_pt=9.2)
    pg.y += 8
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    x = 30
    for k, o in enumerate(R["dom"]):
        on = (dom == "residence" and k == 0) or (dom == "lawyer" and k == 1) or (dom == "other" and k == 2)
        sh.text(x, pg.y - 0.8, "●" if on else "○", font="sans3", size_pt=11, color=ink if on else (0, 0, 0))
        x += sh.text(x + 5, pg.y, o, font=f, size_pt=9) + 14
    pg.y += 6
    detail = ""
    if dom == "lawyer" and c.lawyer:
        L = c.lawyer
        detail = f"{L['first']} {L['last']}, {L['street']}, {L['pc']} {L['city']}"
    elif dom == "other":
        detail = c.other_domicile or ""
    for r in handrows(detail, 158):
        sh.rule(29, pg.y + 5.2, 190, pg.y + 5.2, width_mm=0.12, color=(175, 175, 175))
        sh.handwriting(30, pg.y - 1.4, r, rng, size_pt=11.5, color=ink, font=hf)
        pg.y += 6.4
    pg.y += 2
    if c.family:
        q(Q[9], _me(s29_family(c, lang), lang), "family", 2)
    q(Q[10], _me(s29_identity(c, lang), lang), "identity", 2)
    q(Q[11], _me(s29_medical(c, lang), lang), "medical", 3)
    coi = s29_coi(c, lang)
    q(Q[12], _me(coi, lang), "coi" if coi else None, 2)
    oth = s29_other(c, lang)
    q(Q[13], _me(oth, lang) or "—", "parallel" if oth else None, 1)
    ann = [d for _, d in c.annexes]
    q(Q[14], " / ".join(f"{i}. {d}" for i, d in enumerate(ann, 1)) or "—", None, 2)
    pg.ensure(52)
    y = pg.sh.paragraph(20, pg.y + 2, 170, R["ask"], font=f, size_pt=9.8, bold=True) + 4
    sh = pg.sh
    sh.text(20, y, R["place"] + " / " + R["date"] + ":", font=f, size_pt=9.2)
    sh.handwriting(62, y - 1.6, glyphs(f"{c.addr.city.upper()} {fdate(c.app_date, 'slashes', lang)}", hf), rng,
                   size_pt=11.5, color=ink, font=hf)
    sh.rect(110, y + 8, 80, 30, width_mm=0.35)
    sh.text(112, y + 9, R["sign"], font=f, size_pt=7.5, color=GREY)
    pg.tags["signature"] = len(pg.pages)
    if "unsigned" not in c.flags:
        sh.signature(118, y + 15, rng.uniform(40, 55), 18, rng, color=ink)
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 10, R["page"].format(i=i, n=n), font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-app-nl-form-steunpunt-vragenlijst-drukletters-hand-handtekeningvak-29", "application", PART, "nl",
     lambda c, r: app_handform(c, r, lang="nl"),
     "an advice centre's questionnaire filled in by hand in capitals, numbered discs, signature box at the end")
_reg("be9ter-app-fr-form-point-appui-questionnaire-capitales-manuscrit-29", "application", PART, "fr",
     lambda c, r: app_handform(c, r, lang="fr"), "questionnaire rempli à la main en capitales, cadre de signature")


# --------------------------------------------------------------------------- medical certificate 2024: fillable PDF

def medcert_pdf(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as a fillable PDF completed on screen and printed: each numbered heading on a pale violet
    band, the answers typed in the form's blue fill fields, the severity as four square boxes with the chosen one
    crossed, the doctor's stamp and signature in the last field at the right, 'n/N' at the foot."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans4", "sans6"])
    af = rng.choice(["sans2", "sans"])
    band, field = (232, 226, 242), (226, 236, 250)

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 14, M["title"], font=f, size_pt=fit(M["title"], f, 12.5, 170, True), bold=True)
            y = sh.paragraph(20, 21, 170, M["law"], font=f, size_pt=8, leading=1.3, color=GREY)
            sh.text(20, y + 1, M["model"], font=f, size_pt=7.5, color=GREY)
            return sh, y + 9
        return sh, 16

    pg = Pager(new_page, bottom=272)

    def head(t: str, tag: str | None = None):
        pg.ensure(16)
        pg.tag(tag)
        pg.sh.rect(20, pg.y - 1, 170, 6.5, width_mm=0, fill=band)
        pg.sh.text(22, pg.y, t, font=f, size_pt=9.6, bold=True)
        pg.y += 8

    def fieldbox(val: str, tag: str | None = None, n_min: int = 1, label: str | None = None):
        if label:
            pg.ensure(10)
            pg.sh.text(22, pg.y, label, font=f, size_pt=8.6, color=(60, 60, 60))
            pg.y += 4.6
        rows = wrap(val, 164, af, 10) if val else []
        n = max(n_min, len(rows))
        pg.ensure(min(5.0 * n + 2, 80))
        pg.tag(tag if val else None)
        h = 5.0 * n + 2
        pg.sh.rect(20, pg.y - 1, 170, h, width_mm=0.1, color=(160, 170, 200), fill=field)
        for i, r in enumerate(rows):
            pg.sh.text(22, pg.y + 0.2 + i * 5.0, r, font=af, size_pt=10)
        pg.y += h + 2.5

    def pair(label: str, val: str, tag: str | None = None):
        pg.ensure(8)
        pg.tag(tag)
        pg.sh.text(22, pg.y + 0.6, label, font=f, size_pt=9)
        pg.sh.rect(80, pg.y - 0.6, 110, 6.2, width_mm=0.1, color=(160, 170, 200), fill=field)
        if val:
            pg.sh.text(82, pg.y + 0.4, val, font=af, size_pt=fit(val, af, 10, 106))
        pg.y += 7.4

    head(M["s1"], "patient")
    pair(M["name"], v["surname"], "patient")
    pair(M["first"], v["first"])
    pair(M["bd"], v["bd"])
    pair(M["nat"], v["nat"])
    head(M["s2"], "doctor")
    pair(M["dname"], d.name())
    pair(M["riziv"], v["riziv"])
    pair(M["spec"], SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", ""))
    pair(M["tel"], d.tel)
    head(M["s3"])
    fieldbox(fdate(c.cert_date - timedelta(days=rng.randint(120, 1500)), "dots", lang))
    head(M["s4"])
    fieldbox(v["hist"], None, 2)
    head(M["s5"], "illness")
    fieldbox(f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness", 2)
    head(M["s6"], "severity")
    pg.ensure(10)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 24
    for i, o in enumerate(M["sevopts"]):
        pg.sh.rect(x, pg.y, 3.8, 3.8, width_mm=0.3)
        if i == k:
            pg.sh.text(x + 0.5, pg.y - 0.4, "X", font="sans", size_pt=10, bold=True)
        x += pg.sh.text(x + 5.5, pg.y, o, font=f, size_pt=9.4) + 16
    pg.y += 7
    fieldbox(v["sev"], "severity", 2, label=M["s6b"])
    head(M["s7"], "treatment")
    fieldbox(v["meds"], "treatment", 2, label=M["s7a"])
    fieldbox(v["interv"], None, 1, label=M["s7b"])
    fieldbox(v["dur"], None, 1, label=M["s7c"])
    head(M["s8"])
    fieldbox(v["cons"], None, 2)
    head(M["s9"])
    fieldbox(v["prog"])
    head(M["s10"])
    fieldbox(v["needs"])
    head(M["s11"])
    fieldbox(v["travel"])
    pg.ensure(44)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    pair(M["date"], v["date"] if c.cert_date_style != "iso" else c.cert_date.isoformat())
    y = pg.y + 1
    sh.rect(100, y, 90, 34, width_mm=0.2, color=(160, 170, 200), fill=field)
    sh.text(102, y + 1, M["sign"], font=f, size_pt=7.5, color=GREY)
    if v["signed"]:
        sh.stamp(102, y + 6, _stamp_lines(c, lang if lang != "en" else "nl", bool(v["riziv"])), rng, shape="rect",
                 size_mm=38, color=STAMP_BLUE, angle=rng.uniform(-4, 4))
        sh.signature(140, y + 10, rng.uniform(36, 46), 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 287, f"{i}/{n}", font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-medcert-2024-nl-invulbare-pdf-paarse-koppen-blauwe-velden-29", "medical-certificate", PART, "nl",
     lambda c, r: medcert_pdf(c, r, lang="nl"),
     "2024 model as a fillable PDF printed: violet heading bands, answers in blue fields, severity crossed")
_reg("be9ter-medcert-2024-fr-pdf-remplissable-bandes-violettes-champs-bleus-29", "medical-certificate", PART, "fr",
     lambda c, r: medcert_pdf(c, r, lang="fr"), "modèle 2024 en PDF remplissable imprimé")
_reg("be9ter-medcert-2024-en-fillable-pdf-violet-bands-blue-fields-29", "medical-certificate", PART, "en",
     lambda c, r: medcert_pdf(c, r, lang="en"), "the 2024 model's fillable PDF filled in English (not accepted)")


# --------------------------------------------------------------------------- medical certificate, old model: by hand

def medcert_old_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model as printed by the practice (headings A/ to G/ in bold, blank space under each) and
    filled in by hand without ruled lines, the writing slanting a little; the date written at the foot in the
    doctor's own way, the practice's rubber stamp at the lower left and the signature at the right of it."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["serif", "serif3"])
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([INK_BLUE, INK_BLACK])

    def new_page(i: int):
        sh = Sheet(paper=rng.choice(["white", "cream"]) if i == 0 else "white")
        if i == 0:
            sh.text(105, 14, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
            y = sh.paragraph(25, 21, 160, f"{M_['sub']} {M_['law']}", font=f, size_pt=8, leading=1.3,
                             align="center", color=GREY)
            return sh, y + 6
        return sh, 16

    pg = Pager(new_page, bottom=268)

    def hw(val: str, tag: str | None = None, x: float = 24):
        rows = wrap(glyphs(val, hf), 150, hf, 11.5) if val else []
        pg.tag(tag if val else None)
        for r in rows or [""]:
            pg.ensure(6.2)
            if r:
                pg.sh.handwriting(x, pg.y - 1.3, r, rng, size_pt=11.5, color=ink, font=hf)
            pg.y += 6.2
        pg.y += 2

    def head(t: str, tag: str | None = None):
        pg.ensure(16)
        pg.tag(tag)
        pg.lines(20, 170, t, font=f, size=9.8, bold=True, gap=1.2, keep=1)

    def inline(label: str, val: str, tag: str | None = None):
        pg.ensure(8)
        pg.tag(tag)
        w = pg.sh.text(20, pg.y, label + ":", font=f, size_pt=9.8)
        if val:
            pg.sh.handwriting(24 + w, pg.y - 1.6, glyphs(val, hf), rng, size_pt=11.5, color=ink, font=hf)
        pg.y += 7.4

    inline(M_["pat"], v["pat"], "patient")
    inline(M_["bd"], v["bd"])
    inline(M_["nat"], v["nat"])
    head(M_["A"])
    hw(v["hist"])
    head(M_["B"], "illness")
    hw(f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    head(M_["sev"], "severity")
    hw(v["sev"], "severity")
    head(M_["C"], "treatment")
    pg.lines(24, 166, M_["med"], font=f, size=8.8, gap=0.5)
    hw(v["meds"], "treatment")
    pg.lines(24, 166, M_["interv"], font=f, size=8.8, gap=0.5)
    hw(v["interv"])
    pg.lines(24, 166, M_["dur"], font=f, size=8.8, gap=0.5)
    hw(v["dur"])
    head(M_["D"])
    hw(v["cons"])
    head(M_["E"])
    hw(v["prog"])
    head(M_["F"])
    hw(v["needs"])
    head(M_["G"])
    hw(v["travel"])
    pg.ensure(48)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    w = sh.text(20, y, M_["date"], font=f, size_pt=9.8)
    sh.handwriting(24 + w, y - 1.6, v["date"], rng, size_pt=11.5, color=ink, font=hf)
    w = sh.text(20, y + 7, M_["riziv"], font=f, size_pt=9.8)
    if v["riziv"]:
        sh.handwriting(24 + w, y + 5.4, v["riziv"], rng, size_pt=11.5, color=ink, font=hf)
    sh.text(20, y + 14, M_["sign"], font=f, size_pt=8.5, color=GREY)
    if v["signed"]:
        sh.stamp(20, y + 18, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
                 shape="rect", size_mm=40, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-5, 5))
        sh.signature(74, y + 20, rng.uniform(40, 54), 17, rng, color=ink)
    return pg.pages, pg.tags


_reg("be9ter-medcert-old-nl-praktijkdruk-handgeschreven-zonder-lijnen-stempel-links-29", "medical-certificate",
     PART, "nl", lambda c, r: medcert_old_hand(c, r, lang="nl"),
     "previous model printed by the practice, filled in by hand without ruled lines, stamp left of the signature")
_reg("be9ter-medcert-old-fr-impression-cabinet-manuscrit-sans-lignes-cachet-gauche-29", "medical-certificate", PART,
     "fr", lambda c, r: medcert_old_hand(c, r, lang="fr"), "modèle précédent rempli à la main, sans lignes")
_reg("be9ter-medcert-old-de-praxisdruck-handschrift-ohne-linien-stempel-links-29", "medical-certificate", PART, "de",
     lambda c, r: medcert_old_hand(c, r, lang="de"), "früheres Muster, handschriftlich ausgefüllt")


# --------------------------------------------------------------------------- medical statements

def _ml(c: Case, rng: random.Random, fixed: str | None = None) -> str:
    return fixed or (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_specialist(c: Case, rng: random.Random, *, lang: str | None = None) -> tuple[list[Sheet], dict]:
    """A specialist's letter to the GP on hospital paper whose name and departments run down a tinted left
    column; the body in the right two thirds with the diagnosis set in bold on a line of its own; signed at the
    bottom of the body above the typed name; 'c.c. patient' in small type."""
    lang = _ml(c, rng, lang)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    other = c.specialist if d is c.doctor else c.doctor
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f = rng.choice(["sans2", "serif2"])
    col = rng.choice([(0, 90, 120), (110, 40, 60), (50, 90, 40)])
    sh = Sheet()
    sh.rect(0, 0, 58, 297, width_mm=0, fill=tuple(int(255 - (255 - v) * 0.1) for v in col))
    y = sh.paragraph(10, 16, 44, (d.inst or d.name()), font=f, size_pt=11, bold=True, color=col) + 4
    for dep in ([SPECIALTY[d.spec].get(lang, "")] + {"nl": ["Spoedgevallen", "Radiologie", "Labo"],
                                                     "fr": ["Urgences", "Radiologie", "Laboratoire"]}[lang]):
        sh.text(10, y, dep, font=f, size_pt=8, color=(70, 70, 70))
        y += 4.5
    sh.paragraph(10, 260, 44, f"{d.street}\n{d.pc} {d.city}\n{d.tel}", font=f, size_pt=7.5, color=GREY)
    T = {"nl": dict(to="Aan dr.", re="Betreft", born="°", sal="Beste collega,", dx="Diagnose:", end="Met vriendelijke "
                    "groeten,", cc="c.c. patiënt"),
         "fr": dict(to="Au Dr", re="Concerne", born="né(e) le", sal="Cher Confrère,", dx="Diagnostic :",
                    end="Confraternellement,", cc="c.c. patient")}[lang]
    x = 68
    sh.text(x, 20, f"{T['to']} {other.last}", font=f, size_pt=10.5)
    sh.text(x, 25, f"{other.pc} {other.city}", font=f, size_pt=10.5)
    sh.text(190, 38, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10.5, anchor="right")
    sh.text(x, 50, f"{T['re']}: {name_in(c.p, 'Given SURNAME')} ({T['born']} {fdate(c.p.birth_date, 'dots', lang)})",
            font=f, size_pt=10.5, bold=True)
    y = sh.paragraph(x, 60, 122, T["sal"], font=f, size_pt=10.5) + 2
    y = sh.paragraph(x, y, 122, t["history"], font=f, size_pt=10.3, leading=1.4) + 3
    sh.text(x, y, T["dx"], font=f, size_pt=10.3)
    y = sh.paragraph(x + 22, y, 100, f"{t['name']} (ICD-10 {il['icd']})", font=f, size_pt=10.3, bold=True) + 3
    for para in (t["severity"], " ".join(t["meds"]) + ". " + t["intervention"], t["duration"] + " " + t["prognosis"]):
        y = sh.paragraph(x, y, 122, para, font=f, size_pt=10.3, leading=1.4) + 3
    sh.text(x, y + 2, T["end"], font=f, size_pt=10.5)
    sh.signature(x + rng.uniform(0, 10), y + 7, rng.uniform(40, 52), 15, rng, color=INK_BLUE)
    sh.text(x, y + 24, d.name(), font=f, size_pt=10.5)
    sh.text(x, y + 29, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9.5, color=GREY)
    sh.text(x, y + 38, T["cc"], font=f, size_pt=7.5, color=GREY)
    return [sh], {}


def medstat_discharge(c: Case, rng: random.Random, *, lang: str | None = None) -> tuple[list[Sheet], dict]:
    """A discharge summary printed from the hospital's record system: a grey header table with the stay's data,
    the sections in small capitals with a rule under each, the medication as a table (drug, dose), validated
    electronically ('gevalideerd door'), no wet signature."""
    lang = _ml(c, rng, lang)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f = "sans3"
    sh = Sheet()
    T = {"nl": dict(t="ONTSLAGBRIEF", a="Opname", b="Ontslag", p="Patiënt", dob="Geboortedatum", dept="Dienst",
                    s=["Reden van opname", "Diagnose", "Verloop", "Medicatie bij ontslag", "Verdere opvolging"],
                    v="Elektronisch gevalideerd door", drug="Geneesmiddel", dose="Schema"),
         "fr": dict(t="LETTRE DE SORTIE", a="Admission", b="Sortie", p="Patient", dob="Date de naissance",
                    dept="Service", s=["Motif d'admission", "Diagnostic", "Évolution", "Traitement de sortie",
                                       "Suivi"], v="Validé électroniquement par", drug="Médicament", dose="Schéma")}[lang]
    sh.text(20, 12, d.inst or d.name(), font=f, size_pt=11, bold=True)
    sh.text(190, 12, T["t"], font=f, size_pt=11, bold=True, anchor="right")
    out = c.medstat_date
    adm = out - timedelta(days=rng.randint(3, 14))
    cells = [(T["p"], name_in(c.p, "SURNAME, Given")), (T["dob"], fdate(c.p.birth_date, "dots", lang)),
             (T["a"], fdate(adm, "dots", lang)), (T["b"], fdate(out, "dots", lang)),
             (T["dept"], SPECIALTY[d.spec].get(lang, "")), ("N°", str(rng.randint(10**7, 10**8 - 1)))]
    for i, (a, b) in enumerate(cells):
        x, y = 20 + (i % 2) * 85, 20 + (i // 2) * 9
        sh.rect(x, y, 85, 9, width_mm=0.15, fill=(236, 236, 236))
        sh.text(x + 2, y + 0.8, a, font=f, size_pt=6.5, color=GREY)
        sh.text(x + 2, y + 3.8, b, font=f, size_pt=fit(b, f, 9, 80))
    y = 52
    texts = [t["history"], f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}", t["intervention"], None,
             f"{t['duration']} {t['needs']}"]
    for h, txt in zip(T["s"], texts):
        sh.text(20, y, h.upper(), font=f, size_pt=8.5, bold=True, color=(60, 60, 60))
        sh.rule(20, y + 4.2, 190, y + 4.2, width_mm=0.15, color=(150, 150, 150))
        y += 6.5
        if txt is None:
            sh.text(22, y, T["drug"], font=f, size_pt=8.5, color=GREY)
            sh.text(120, y, T["dose"], font=f, size_pt=8.5, color=GREY)
            y += 5
            for m in t["meds"]:
                parts = m.split(" ", 1)
                sh.text(22, y, parts[0], font=f, size_pt=9.5)
                sh.text(120, y, parts[1] if len(parts) > 1 else "", font=f, size_pt=fit(parts[1] if len(parts) > 1 else "", f, 9.5, 68))
                y += 5
            y += 3
            continue
        y = sh.paragraph(20, y, 170, txt, font=f, size_pt=9.5, leading=1.4) + 4
    sh.text(20, y + 4, f"{T['v']} {d.name()} – {fdate(out, 'dots', lang)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            font=f, size_pt=8.5, color=(40, 40, 40))
    sh.text(105, 288, "1/1", font=f, size_pt=7.5, anchor="center", color=GREY)
    return [sh], {}


_reg("be9ter-medstat-specialist-nl-brief-gekleurde-linkerkolom-diagnose-vet-29", "medical-statement", PART, "nl",
     lambda c, r: medstat_specialist(c, r, lang="nl"),
     "specialist's letter to the GP, hospital name in a tinted left column, diagnosis in bold, signed above name")
_reg("be9ter-medstat-specialist-fr-lettre-colonne-gauche-teintee-diagnostic-gras-29", "medical-statement", PART, "fr",
     lambda c, r: medstat_specialist(c, r, lang="fr"), "lettre du spécialiste, colonne gauche teintée")
_reg("be9ter-medstat-ontslagbrief-nl-grijze-koptabel-medicatietabel-elektronisch-29", "medical-statement", PART, "nl",
     lambda c, r: medstat_discharge(c, r, lang="nl"), "discharge summary printed from the record, validated online")
_reg("be9ter-medstat-lettre-sortie-fr-tableau-gris-medicaments-valide-29", "medical-statement", PART, "fr",
     lambda c, r: medstat_discharge(c, r, lang="fr"), "lettre de sortie imprimée du dossier, validée électroniquement")


# --------------------------------------------------------------------------- country of origin information

_PHARM = {"SEN": ("Pharmacie Guigon", "Avenue Lamine Guèye 9, Dakar"), "MLI": ("Pharmacie du Fleuve",
                                                                            "Avenue de la Nation, Bamako"),
          "TUR": ("Merkez Eczanesi", "Atatürk Bulvarı 112, Ankara")}


def coi_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacist in the country of origin certifies in a short typed letter on a letterhead with a green cross
    that the medicine is out of stock or not registered and what it costs when it comes in; scanned from a fax
    with the transmission line at the top."""
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    name, addr = _PHARM.get(o, ("Pharmacie centrale", co["capital"]))
    en = o == "TUR"
    lang = "en" if en else "fr"
    dr = drug(c.illness, lang)
    f = "sans4"
    sh = Sheet()
    when = c.app_date - timedelta(days=rng.randint(10, 60))
    sh.text(20, 6, f"{when.strftime('%d/%m/%Y')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  FROM: "
            f"+{rng.choice(['221 33', '223 20', '90 312'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}   "
            f"P.001/001", font="mono", size_pt=8, color=(60, 60, 60))
    sh.rect(20, 16, 14, 14, width_mm=0, fill=(0, 140, 70))
    sh.rect(25, 18, 4, 10, width_mm=0, fill=(255, 255, 255))
    sh.rect(22, 21, 10, 4, width_mm=0, fill=(255, 255, 255))
    sh.text(40, 17, glyphs(name, f), font=f, size_pt=14, bold=True)
    sh.text(40, 24, glyphs(addr, f), font=f, size_pt=9, color=GREY)
    sh.text(190, 40, f"{co['capital']}, {when.strftime('%d/%m/%Y')}", font=f, size_pt=10.5, anchor="right")
    sh.text(20, 52, "CERTIFICATE OF NON-AVAILABILITY" if en else "ATTESTATION DE NON-DISPONIBILITÉ", font=f,
            size_pt=13, bold=True)
    if en:
        paras = [f"I, the undersigned pharmacist, certify that {dr} has not been available at our pharmacy or at the "
                 f"wholesalers we order from for the past months. Deliveries reach {co['hospital']} irregularly.",
                 f"When it is available, one month of treatment costs about {il['cost']}, to be paid by the patient; "
                 f"the average monthly wage is {co['wage']}.", co["insurance_en"]]
    else:
        paras = [f"Je soussigné(e), pharmacien(ne) titulaire, certifie que {dr} n'est plus disponible dans notre "
                 f"officine ni chez nos grossistes depuis plusieurs mois. Les livraisons à {co['hospital']} sont "
                 f"irrégulières.",
                 f"Lorsqu'il est disponible, un mois de traitement coûte environ {il['cost']}, entièrement à la "
                 f"charge du patient, pour un salaire mensuel moyen de {co['wage']}.", co["insurance_fr"]]
    y = 62
    for p_ in paras:
        y = sh.paragraph(20, y, 170, glyphs(p_, f), font=f, size_pt=10.5, leading=1.45) + 4
    sh.signature(120, y + 4, 44, 15, rng, color=INK_BLUE)
    sh.stamp(96, y + 2, [glyphs(name, f).upper()[:24], co["capital"].upper()], rng, shape="round", size_mm=28,
             color=STAMP_VIOLET, angle=rng.uniform(-15, 15))
    img = sh.render(150).convert("L").point(lambda v: 0 if v < 150 else 255).convert("RGB")
    return [sheet_of(img)], {}


def coi_report_extract(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Two pages photocopied from a printed report on health care in the country of origin: a running head,
    two columns of justified text, footnote references in the text and the footnotes at the foot, the page
    numbers at the outer corners; the passages on the illness marked with a pencil line in the margin."""
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    fr = c.lang == "fr"
    lang = "fr" if fr else "en"
    cn = cname(o, lang)
    dr = drug(c.illness, lang)
    f = "serif4"
    start = rng.randint(30, 140)
    if fr:
        head = f"Accès aux soins au {cn} – rapport {c.app_date.year - 1}"
        body = [f"Le système de santé du {cn} repose sur un réseau d'hôpitaux publics concentrés dans la capitale, "
                f"{co['capital']}. Les structures régionales manquent de personnel spécialisé.¹",
                f"{dr[0].upper() + dr[1:]} figure sur la liste des médicaments essentiels mais n'est disponible "
                f"qu'à {co['hospital']}, avec des ruptures de stock fréquentes.²",
                f"Le coût d'un mois de traitement (environ {il['cost']}) dépasse le salaire mensuel moyen "
                f"({co['wage']}). {co['insurance_fr']}³",
                "Les patients interrogés disent interrompre leur traitement faute de moyens ou de médicaments."]
        notes = ["¹ Ministère de la Santé, rapport annuel.", "² Enquête auprès des pharmacies hospitalières.",
                 "³ Entretiens avec des organisations de patients."]
    else:
        head = f"Access to health care in {cn} – report {c.app_date.year - 1}"
        body = [f"The health system of {cn} rests on a network of public hospitals concentrated in the capital, "
                f"{co['capital']}. Regional facilities lack specialised staff.¹",
                f"{dr[0].upper() + dr[1:]} is on the essential medicines list but is available only at "
                f"{co['hospital']}, with frequent stock-outs.²",
                f"One month of treatment costs about {il['cost']}, more than the average monthly wage "
                f"({co['wage']}). {co['insurance_en']}³",
                "Patients interviewed report interrupting treatment for lack of money or medicines."]
        notes = ["¹ Ministry of Health, annual report.", "² Survey of hospital pharmacies.",
                 "³ Interviews with patients' organisations."]
    pages = []
    for i in range(2):
        sh = Sheet()
        pn = start + i
        sh.text(20 if pn % 2 == 0 else 190, 12, glyphs(head, f), font=f, size_pt=8.5, italic=True, color=GREY,
                anchor="left" if pn % 2 == 0 else "right")
        sh.rule(20, 17, 190, 17, width_mm=0.15, color=GREY)
        paras = body[i * 2:(i + 1) * 2] + body[:2][i:i + 1]
        txt = " ".join(paras) * 2
        col_lines = wrap(glyphs(txt, f), 80, f, 10)
        for k, ln in enumerate(col_lines[:70]):
            x = 20 if k < 35 else 110
            sh.text(x, 24 + (k % 35) * 5.6, ln, font=f, size_pt=10)
        sh.rule(20, 230, 70, 230, width_mm=0.15)
        yy = 233
        for n_ in notes:
            sh.text(20, yy, glyphs(n_, f), font=f, size_pt=8)
            yy += 4.2
        sh.text(190 if pn % 2 else 20, 282, str(pn), font=f, size_pt=9, anchor="right" if pn % 2 else "left")
        sh.rule(17, 40 + rng.uniform(0, 30), 17, 110 + rng.uniform(0, 30), width_mm=0.6, color=(110, 110, 110))
        pages.append(sh)
    return pages, {}


_reg("be9ter-coi-apotheker-herkomstland-fax-groen-kruis-29", "country-of-origin-info", PART, "fr/en", coi_pharmacy,
     "a pharmacist in the country of origin certifies non-availability, received by fax")
_reg("be9ter-coi-rapport-fotokopie-twee-kolommen-voetnoten-potloodstreep-29", "country-of-origin-info", PART, "fr/en",
     coi_report_extract, "two pages photocopied from a printed report, two columns, footnotes, pencil marks")


# --------------------------------------------------------------------------- asylum proof

def asylum_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 as printed by the Immigration Office's system on A4: the title in a box, the holder's data in
    two columns, the photo at the top right with a dry seal, the extension boxes at the foot with two date
    stamps, punched for the reception centre's file."""
    p = c.p
    lodged = c.asylum["lodged"]
    sh = Sheet()
    f = "sans4"
    nl = lang == "nl"
    sh.text(20, 14, "KONINKRIJK BELGIË – FOD Binnenlandse Zaken" if nl else "ROYAUME DE BELGIQUE – SPF Intérieur",
            font=f, size_pt=9)
    sh.text(20, 19, "Dienst Vreemdelingenzaken" if nl else "Office des Étrangers", font=f, size_pt=9)
    sh.rect(20, 28, 120, 16, width_mm=0.4)
    sh.text(80, 30, "BIJLAGE 26" if nl else "ANNEXE 26", font=f, size_pt=14, bold=True, anchor="center")
    sh.text(80, 37, "Bewijs van indiening van een verzoek om internationale bescherming" if nl else
            "Attestation de dépôt d'une demande de protection internationale", font=f, size_pt=7.5, anchor="center")
    sh.photo(156, 26, 32, 40, rng)
    rows = [("Naam" if nl else "Nom", p.surname.upper()), ("Voornamen" if nl else "Prénoms", p.given_names),
            ("Geboren op" if nl else "Né(e) le", fdate(p.birth_date, "dots", lang)),
            ("Te" if nl else "À", p.birth_place), ("Nationaliteit" if nl else "Nationalité",
                                                   COUNTRIES[p.nationality]["adj_" + lang]),
            ("Dossiernummer" if nl else "Numéro de dossier", c.ov or "—"),
            ("Datum verzoek" if nl else "Date de la demande", fdate(lodged, "dots", lang))]
    y = 56
    for a, b in rows:
        sh.text(20, y, a, font=f, size_pt=9.5, color=GREY)
        sh.text(70, y, b, font=f, size_pt=10.5, bold=True)
        y += 7
    y = sh.paragraph(20, y + 4, 170, ("Dit document is geen identiteitsbewijs. Het geldt als bewijs dat de houder een "
                                      "verzoek om internationale bescherming heeft ingediend, tot de beslissing." if nl
                                      else "Ce document ne constitue pas une pièce d'identité. Il atteste que le "
                                      "titulaire a introduit une demande de protection internationale, jusqu'à la "
                                      "décision."), font=f, size_pt=9.5) + 6
    sh.text(20, y, "Verlengingen" if nl else "Prorogations", font=f, size_pt=10, bold=True)
    y += 6
    d = lodged
    for i in range(4):
        sh.rect(20 + i * 42, y, 40, 26, width_mm=0.3)
        nd = d + timedelta(days=rng.randint(80, 120))
        if nd <= c.app_date and i < 3:
            sh.stamp(22 + i * 42, y + 3, ["DVZ-OE", nd.strftime("%d.%m.%Y")], rng, shape="rect", size_mm=30,
                     color=STAMP_BLUE, angle=rng.uniform(-8, 8))
            d = nd
    punch_holes(sh)
    return [sh], {}


def asylum_convocation(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGRS's invitation to a personal interview (proof that the application is pending): the CGRS logo
    block at the top left, the reference and date in a right column, the interview's date and hour in a framed
    box, the reception centre's stamp 'received' on it."""
    p = c.p
    sh = Sheet()
    f = "sans2"
    nl = lang == "nl"
    sh.rect(20, 12, 12, 12, width_mm=0, fill=(0, 70, 130))
    sh.text(36, 13, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
            "Commissariat général aux réfugiés et aux apatrides", font=f, size_pt=10, bold=True, color=(0, 70, 130))
    sh.text(36, 18.5, "Ernest Blerotstraat 39, 1070 Brussel" if nl else "Rue Ernest Blerot 39, 1070 Bruxelles",
            font=f, size_pt=8.5, color=GREY)
    sent = c.app_date - timedelta(days=rng.randint(20, 60))
    ref = f"{sent.year % 100}{rng.randint(10000, 99999)}"
    for i, (a, b) in enumerate((("Datum" if nl else "Date", fdate(sent, "dots", lang)),
                                ("Ons kenmerk" if nl else "Notre référence", ref),
                                ("OV-nummer" if nl else "Numéro SP", c.ov or "—"))):
        sh.text(140, 36 + i * 9, a, font=f, size_pt=7.5, color=GREY)
        sh.text(140, 39.5 + i * 9, b, font=f, size_pt=10)
    for i, ln in enumerate([name_in(p, "Given SURNAME"), addr_str(c.addr, lang, "street-first")]):
        sh.text(20, 40 + i * 5, ln, font=f, size_pt=10)
    sh.text(20, 72, "Uitnodiging voor een persoonlijk onderhoud" if nl else "Convocation à un entretien personnel",
            font=f, size_pt=13, bold=True)
    y = sh.paragraph(20, 82, 170, (f"In het kader van uw verzoek om internationale bescherming, ingediend op "
                                   f"{fdate(c.asylum['lodged'], 'long', lang)}, nodigt het CGVS u uit voor een "
                                   f"persoonlijk onderhoud." if nl else
                                   f"Dans le cadre de votre demande de protection internationale introduite le "
                                   f"{fdate(c.asylum['lodged'], 'long', lang)}, le CGRA vous convoque à un entretien "
                                   f"personnel."), font=f, size_pt=10.5, leading=1.45) + 4
    iv = c.app_date + timedelta(days=rng.randint(10, 50))
    sh.rect(20, y, 170, 20, width_mm=0.5)
    sh.text(25, y + 3, ("Datum en uur: " if nl else "Date et heure : ") + f"{fdate(iv, 'long', lang)}, "
            f"{rng.choice(['9:00', '9:30', '13:00', '13:30'])}", font=f, size_pt=11, bold=True)
    sh.text(25, y + 10, ("Tolk: " if nl else "Interprète : ") + rng.choice(["Wolof", "Bambara", "Turks" if nl else "turc", "Frans" if nl else "français"]),
            font=f, size_pt=10)
    y += 28
    y = sh.paragraph(20, y, 170, ("Breng deze brief en uw bijlage 26 mee. Uw verzoek is nog in behandeling." if nl else
                                  "Munissez-vous de cette lettre et de votre annexe 26. Votre demande est toujours "
                                  "en cours d'examen."), font=f, size_pt=10.5) + 6
    sh.text(20, y, "De Commissaris-generaal" if nl else "Le Commissaire général", font=f, size_pt=10.5)
    sh.stamp(120, y - 4, ["FEDASIL", "ONTVANGEN" if nl else "REÇU", (sent + timedelta(days=3)).strftime("%d/%m/%Y")],
             rng, shape="rect", size_mm=34, color=STAMP_RED, angle=rng.uniform(-8, 8))
    return [sh], {}


_reg("be9ter-asylum-bijlage-26-systeemdruk-kader-verlengingsvakken-perforatie-29", "asylum-proof", PART, "nl",
     lambda c, r: asylum_annex26(c, r, lang="nl"), "annex 26 printed from the system, extension boxes, punched")
_reg("be9ter-asylum-annexe-26-impression-cadre-cases-prorogation-perforee-29", "asylum-proof", PART, "fr",
     lambda c, r: asylum_annex26(c, r, lang="fr"), "annexe 26 imprimée, cases de prorogation")
_reg("be9ter-asylum-cgvs-uitnodiging-onderhoud-kader-ontvangststempel-29", "asylum-proof", PART, "nl",
     lambda c, r: asylum_convocation(c, r, lang="nl"), "CGVS invitation to a personal interview, received stamp")
_reg("be9ter-asylum-cgra-convocation-entretien-cadre-cachet-recu-29", "asylum-proof", PART, "fr",
     lambda c, r: asylum_convocation(c, r, lang="fr"), "convocation du CGRA, cachet de réception")


# --------------------------------------------------------------------------- registered-mail receipts

def _rm_slip(c: Case, rng: random.Random, lang: str) -> Sheet:
    """bpost's deposit slip for a registered item, filled in by hand (sender, addressee), the counter's date
    stamp and the barcode sticker."""
    s = Sheet(148, 105)
    f = "sans4"
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    s.rect(0, 0, 148, 105, width_mm=0, fill=(252, 236, 226))
    s.text(6, 5, "bpost", font=f, size_pt=14, bold=True, color=(200, 30, 40))
    s.text(40, 5, "AANGETEKENDE ZENDING – BEWIJS VAN AFGIFTE" if lang == "nl" else
           "ENVOI RECOMMANDÉ – PREUVE DE DÉPÔT", font=f, size_pt=7.5, bold=True)
    s.text(40, 9.5, "ENVOI RECOMMANDÉ – PREUVE DE DÉPÔT" if lang == "nl" else "AANGETEKENDE ZENDING – BEWIJS VAN AFGIFTE",
           font=f, size_pt=6, color=GREY)
    for j, (lab, lines) in enumerate((("Afzender / Expéditeur", _sender_lines(c)),
                                      ("Geadresseerde / Destinataire", c.rm_to))):
        y0 = 18 + j * 32
        s.rect(6, y0, 86, 28, width_mm=0.3)
        s.text(8, y0 + 1, lab, font=f, size_pt=5.5, color=GREY)
        for k, ln in enumerate(lines[:4]):
            s.handwriting(9, y0 + 4 + k * 5.6, glyphs(strip(ln), hf), rng, size_pt=9.5, color=ink, font=hf)
    bars(s, 98, 18, 44, 12, c.rm_track)
    s.text(120, 31, track_spaced(c.rm_track), font="mono", size_pt=6.5, anchor="center")
    s.stamp(100, 44, ["bpost", _post_office(c).upper()[:22], c.rm_date.strftime("%d-%m-%Y")], rng, shape="round",
            size_mm=30, color=STAMP_RED, angle=rng.uniform(-20, 20))
    return s


def strip(s: str) -> str:
    return str(s)


def rm_carbon(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The carbon duplicate of the deposit slip kept by the sender, copied on A4 in one violet-blue with the
    staple that held it to the office copy."""
    slip = _rm_slip(c, rng, c.lang if c.lang in ("nl", "fr") else "fr")
    sh = Sheet()
    img = carbon_blue(slip.render(220))
    sh.image(30, 30, 148, 105, img)
    staple(sh, 24, 24, rng)
    return [sh], {}


def rm_desk_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The deposit slip photographed on the office desk with the phone, as sent by e-mail (the whole frame is
    the photo, the slip a little turned, the desk's wood around it)."""
    slip = _rm_slip(c, rng, c.lang if c.lang in ("nl", "fr") else "nl")
    img = camera_photo(slip, rng, dpi=230, bg=(150, 112, 80), margin=0.1, tilt=0.03)
    return [sheet_of(img, 148 * 1.2, 148 * 1.2 * img.height / img.width)], {}


def rm_receipt_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's printed list of the registered items handed in by the law office that day: a table
    with one line per item (tracking number, addressee, postcode), the counter clerk's date stamp and initials
    at the foot."""
    sh = Sheet()
    f = "mono2"
    sh.text(20, 14, "bpost – BORDEREAU D'ENVOIS RECOMMANDÉS / BORDEREL AANGETEKENDE ZENDINGEN", font=f, size_pt=9,
            bold=True)
    snd = _sender_lines(c)
    sh.text(20, 22, "Client : " + ", ".join(snd), font=f, size_pt=8.5)
    sh.text(20, 27, f"Bureau : {_post_office(c)}   Date : {c.rm_date.strftime('%d/%m/%Y')}", font=f, size_pt=8.5)
    y = 38
    sh.rect(20, y, 170, 7, width_mm=0, fill=(220, 220, 220))
    for x, t in ((22, "N°"), (32, "Numéro d'envoi"), (82, "Destinataire"), (160, "CP")):
        sh.text(x, y + 1.6, t, font=f, size_pt=8, bold=True)
    y += 8
    others = [("Tribunal de première instance", "1000"), ("SPF Finances", "1030"), ("Mutualité chrétienne", "4000"),
              ("CPAS d'Anderlecht", "1070")]
    k0 = rng.randint(0, 3)
    items = others[:k0] + [(c.rm_to[0], c.rm_to[-1].split()[0])] + others[k0:k0 + 2]
    for i, (who, pc) in enumerate(items, 1):
        tr = c.rm_track if who == c.rm_to[0] else f"RR{rng.randint(10**8, 10**9 - 1)}BE"
        sh.text(22, y, str(i), font=f, size_pt=8.5)
        sh.text(32, y, tr, font=f, size_pt=8.5)
        sh.text(82, y, who[:38], font=f, size_pt=8.5)
        sh.text(160, y, pc, font=f, size_pt=8.5)
        if who == c.rm_to[0]:
            sh.text(82, y + 4, ", ".join(c.rm_to[1:]), font=f, size_pt=7.5, color=GREY)
            y += 4
        sh.rule(20, y + 4.6, 190, y + 4.6, width_mm=0.1, color=(170, 170, 170))
        y += 6.5
    sh.text(20, y + 6, f"Nombre d'envois / Aantal zendingen : {len(items)}", font=f, size_pt=8.5)
    sh.stamp(120, y + 10, ["bpost", _post_office(c).upper()[:22], c.rm_date.strftime("%d-%m-%Y")], rng,
             shape="round", size_mm=32, color=STAMP_RED, angle=rng.uniform(-20, 20))
    sh.signature(160, y + 22, 22, 10, rng, style="initials", initials="JV", color=INK_BLACK)
    return [sh], {}


_reg("be9ter-rm-afgiftebewijs-doorslag-violet-nietje-29", "registered-mail-receipt", PART, "nl/fr", rm_carbon,
     "carbon duplicate of the hand-filled deposit slip, copied in violet, stapled")
_reg("be9ter-rm-afgiftebewijs-telefoonfoto-houten-bureau-29", "registered-mail-receipt", PART, "nl/fr", rm_desk_photo,
     "the deposit slip photographed on a wooden desk")
_reg("be9ter-rm-bordereau-loket-tabel-zendingen-datumstempel-paraaf-29", "registered-mail-receipt", PART, "fr/nl",
     rm_receipt_list, "the post office's list of the office's registered items that day, stamped and initialled")


# --------------------------------------------------------------------------- others

def other_declaration_hand(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour written by the applicant by hand on ruled block paper (identity stated on the
    applicant's own word), signed at the foot, a social worker's note 'vu' with a stamp in the corner."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    sh = Sheet(paper="cream")
    for k in range(30, 285, 8):
        sh.rule(15, k, 195, k, width_mm=0.12, color=(170, 190, 215))
    sh.rule(28, 12, 28, 290, width_mm=0.2, color=(220, 120, 130))
    txt = {"nl": ["Verklaring op eer", f"Ik, {p.given_names} {p.surname},", f"geboren op {fdate(p.birth_date, 'dots')} "
                  f"in {p.birth_place},", f"van {COUNTRIES[p.nationality]['adj_nl']} nationaliteit,",
                  "verklaar op eer dat deze gegevens juist zijn.", "Ik heb geen paspoort en geen identiteitskaart;",
                  "mijn papieren zijn verloren tijdens de reis.", "",
                  f"{c.addr.city}, {fdate(c.app_date, 'dots')}"],
           "fr": ["Déclaration sur l'honneur", f"Je soussigné(e) {p.given_names} {p.surname},",
                  f"né(e) le {fdate(p.birth_date, 'dots', 'fr')} à {p.birth_place},",
                  f"de nationalité {COUNTRIES[p.nationality]['adj_fr']},",
                  "déclare sur l'honneur que ces données sont exactes.",
                  "Je n'ai ni passeport ni carte d'identité ;", "mes documents ont été perdus pendant le voyage.", "",
                  f"{c.addr.city}, le {fdate(c.app_date, 'dots', 'fr')}"]}[lang]
    y = 38
    for i, ln in enumerate(txt):
        if ln:
            sh.handwriting(32, y - 5, glyphs(ln, hf), rng, size_pt=14 if i == 0 else 12.5, color=ink, font=hf)
        y += 16 if i == 0 else 8
    sh.signature(120, y, 46, 16, rng, color=ink)
    sh.stamp(140, 14, ["VU / GEZIEN", "SERVICE SOCIAL"], rng, shape="rect", size_mm=30, color=STAMP_VIOLET,
             angle=rng.uniform(-8, 8))
    return [sh], {}


def other_pharmacy_invoice(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's invoice for the month's medicines (thermal ticket with CNK codes and the patient's
    share), as the client brought it."""
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    sh = Sheet(80, 150)
    f = "mono"
    name = rng.choice(["Apotheek De Linde", "Pharmacie du Marché", "Apotheek Sint-Jozef", "Pharmacie Centrale"])
    sh.text(40, 6, name, font=f, size_pt=9, bold=True, anchor="center")
    sh.text(40, 11, f"{c.addr.postcode} {c.addr.city}", font=f, size_pt=7.5, anchor="center")
    sh.text(4, 20, ("FACTUUR" if lang == "nl" else "FACTURE") + f" {rng.randint(10000, 99999)}", font=f, size_pt=8)
    sh.text(4, 25, fdate(c.app_date - timedelta(days=rng.randint(5, 40)), "dots"), font=f, size_pt=8)
    sh.text(4, 30, name_in(c.p, "SURNAME Given")[:30], font=f, size_pt=8)
    y = 38
    tot = 0.0
    for m in t["meds"]:
        amt = round(rng.uniform(4, 60), 2)
        tot += amt
        sh.text(4, y, m[:30], font=f, size_pt=7.2)
        sh.text(4, y + 4, f"CNK {rng.randint(1000000, 4999999)}", font=f, size_pt=7, color=GREY)
        sh.text(76, y + 4, f"{amt:.2f}", font=f, size_pt=7.5, anchor="right")
        y += 10
    sh.rule(4, y, 76, y, width_mm=0.2, dash=0.6)
    sh.text(4, y + 3, "TOTAAL" if lang == "nl" else "TOTAL", font=f, size_pt=8.5, bold=True)
    sh.text(76, y + 3, f"EUR {tot:.2f}", font=f, size_pt=8.5, bold=True, anchor="right")
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-handgeschreven-blokpapier-kantlijn-29", "other", PART, "nl/fr",
     other_declaration_hand, "declaration on honour handwritten on ruled block paper, 'seen' stamp of a social service")
_reg("be9ter-other-pharmacy-factuur-thermisch-cnk-29", "other", PART, "nl/fr", other_pharmacy_invoice,
     "a pharmacy's thermal invoice with CNK codes")
