"""9ter families of the `thirtyfourth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-third had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s34_*``.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image, ImageDraw

from .be9ter import (
    COUNTRIES,
    FR_IN,
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
    cname,
    drug,
    fdate,
    name_in,
    track_spaced,
)
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet
from .thirtyfourth_identity import (
    BOOK,
    BOOK_B,
    BOOK_I,
    CARL,
    CARL_B,
    CARL_I,
    CPR,
    CPR_B,
    CSB,
    CSB_B,
    CSB_I,
    DCOND,
    DCOND_B,
    FMONO,
    LNAR,
    LNAR_B,
    NMONO,
    NSANS,
    NSANS_B,
    NSANS_I,
    PEN,
    PEN_I,
    coffee_ring,
    de_long,
    drum_line,
    en_long,
    fr_long,
    highlight,
    nl_long,
    pencil,
    show_through,
    tippex,
)
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtyfourth"
GREY = (98, 98, 102)
SUBMISSION_HINT = datetime.date(2026, 12, 1)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _long(d, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long, "en": en_long}[lang](d)


def _dd(c: Case, d: datetime.date, lang: str) -> str:
    """Dates in this part's applications: the case's style, written out when the style is the long one."""
    return _long(d, lang) if c.date_style == "long" else c.d(d, lang)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


# --------------------------------------------------------------------------- sentences (s34_*)

def _who(c: Case, lang: str, cap: bool = False) -> str:
    """This part calls the applicant 'betrokkene' / 'l'intéressé(e)' / 'die betroffene Person' / 'the applicant'."""
    s = {"nl": "betrokkene", "fr": "l'intéressée" if c.fem else "l'intéressé",
         "de": "die Betroffene" if c.fem else "der Betroffene", "en": "the applicant"}[lang]
    return _cap(s) if cap else s


def _pc(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "de": f" [Anlage {n}]", "en": f" [exhibit {n}]"}[lang]


def s34_person(c: Case, lang: str) -> str:
    """Who the applicant is, in two sentences; the flags leave out the place and country of birth, or the
    nationality."""
    p = c.p
    nm = name_in(p, c.name_style)
    bd = _dd(c, p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    where = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    e = "e" if c.fem else ""
    if lang == "nl":
        s = f"Deze aanvraag gaat uit van {nm}, geboren op {bd}"
        s += "" if nb else f" te {where}"
        s += "." if nn else f", van {adj} nationaliteit."
        s += (f" {_who(c, lang, True)} is ingeschreven in het Rijksregister onder nummer {c.nrn}." if c.nrn else
              f" {_who(c, lang, True)} is bij uw Dienst gekend onder het OV-nummer {c.ov}.")
        return s
    if lang == "fr":
        s = f"La présente demande est introduite par {nm}, né{e} le {bd}"
        s += "" if nb else f" à {where}"
        s += "." if nn else f", de nationalité {adj}."
        s += (f" {_who(c, lang, True)} est inscrit{e} au Registre national sous le numéro {c.nrn}." if c.nrn else
              f" {_who(c, lang, True)} est connu{e} de votre Office sous le numéro SP {c.ov}.")
        return s
    if lang == "de":
        s = f"Dieser Antrag wird gestellt von {nm}, geboren am {bd}"
        s += "" if nb else f" in {where}"
        s += "." if nn else f", {adj}e Staatsangehörigkeit."
        s += (f" Nationalregisternummer: {c.nrn}." if c.nrn else f" Aktenzeichen des Ausländeramts (OV): {c.ov}.")
        return s
    s = f"This application is made by {nm}, born on {bd}"
    s += "" if nb else f" in {where}"
    s += "." if nn else f", a {COUNTRIES[p.nationality]['adj_en']} national."
    s += f" National register number: {c.nrn}." if c.nrn else f" Immigration Office file number (OV): {c.ov}."
    return s


def s34_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_who(c, lang, True)} heeft geen vaste verblijfplaats en overnacht bij kennissen.",
                "fr": f"{_who(c, lang, True)} n'a pas de résidence fixe et loge chez des connaissances.",
                "de": f"{_who(c, lang, True)} hat keinen festen Aufenthaltsort und übernachtet bei Bekannten.",
                "en": "The applicant has no fixed place of residence and stays with acquaintances."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_who(c, lang, True)} verblijft feitelijk te {a}.",
            "fr": f"{_who(c, lang, True)} réside effectivement à l'adresse {a}.",
            "de": f"{_who(c, lang, True)} hält sich tatsächlich auf in {a}.",
            "en": f"The applicant's actual residence is {a}."}[lang]


def s34_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        a = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Er wordt keuze van woonplaats gedaan op het kantoor van ondergetekende advocaat, {a}, waar "
                      f"alle briefwisseling kan worden toegezonden.",
                "fr": f"Il est fait élection de domicile au cabinet de l'avocat soussigné, {a}, où toute "
                      f"correspondance peut être adressée.",
                "de": f"Wohnsitz wird in der Kanzlei des unterzeichnenden Rechtsanwalts gewählt, {a}; dorthin ist "
                      f"jede Post zu richten.",
                "en": f"Domicile is elected at the office of the undersigned lawyer, {a}, to which all "
                      f"correspondence may be sent."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Er wordt keuze van woonplaats gedaan bij {c.other_domicile}.",
                "fr": f"Il est fait élection de domicile auprès de {c.other_domicile}.",
                "de": f"Wohnsitz wird gewählt bei {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Er wordt keuze van woonplaats gedaan op dat adres.",
            "fr": "Il est fait élection de domicile à cette adresse.",
            "de": "Wohnsitz wird unter dieser Anschrift gewählt.",
            "en": "Domicile is elected at that address."}[lang]


def _member_list(c: Case, lang: str) -> list[str]:
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "de": {"spouse": "Ehegatte/Ehegattin", "child": "Kind"}, "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]}: {q.surname.upper()} {q.given_names}, °{_dd(c, q.birth_date, lang)} "
                   f"{q.birth_place}{nat}{_pc(c, f'fam{i}', lang)}")
    return out


def s34_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    lst = "; ".join(_member_list(c, lang))
    return {"nl": f"De aanvraag geldt ook voor de volgende gezinsleden, die bij {_who(c, lang)} inwonen: {lst}. De "
                  f"stukken die de verwantschap bewijzen, worden bijgevoegd.",
            "fr": f"La demande vaut également pour les membres de la famille suivants, qui vivent avec "
                  f"{_who(c, lang)} : {lst}. Les pièces établissant le lien de parenté sont jointes.",
            "de": f"Der Antrag gilt auch für folgende Familienangehörige, die mit {_who(c, lang)} zusammenleben: "
                  f"{lst}. Die Nachweise der Verwandtschaft liegen bei.",
            "en": f"The application also covers the following family members, who live with the applicant: {lst}. "
                  f"The documents proving kinship are enclosed."}[lang]


def s34_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = _dd(c, c.asylum["lodged"], lang)
        r = _pc(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_who(c, lang, True)} heeft op {d} een verzoek om internationale bescherming ingediend, "
                      f"waarover nog geen definitieve beslissing is genomen{r}. {_who(c, lang, True)} is daardoor "
                      f"vrijgesteld van het bewijs van de identiteit (artikel 9ter, § 2, derde lid).",
                "fr": f"{_who(c, lang, True)} a introduit le {d} une demande de protection internationale, qui n'a "
                      f"pas encore fait l'objet d'une décision définitive{r}. {_who(c, lang, True)} est dès lors "
                      f"dispensé{'e' if c.fem else ''} de la preuve de son identité (article 9ter, § 2, alinéa 3).",
                "de": f"{_who(c, lang, True)} hat am {d} internationalen Schutz beantragt; eine endgültige "
                      f"Entscheidung steht aus{r}. Der Identitätsnachweis entfällt daher (Artikel 9ter § 2 Absatz 3).",
                "en": f"The applicant applied for international protection on {d}; no final decision has been "
                      f"taken{r}. Proof of identity is therefore not required (Article 9ter § 2, third "
                      f"paragraph)."}[lang]
    if k == "none":
        return {"nl": f"Het paspoort van {_who(c, lang)} is aangevraagd bij de ambassade en wordt overgemaakt zodra "
                      f"het is uitgereikt.",
                "fr": f"Le passeport de {_who(c, lang)} a été demandé à l'ambassade et sera transmis dès sa "
                      f"délivrance.",
                "de": "Der Reisepass wurde bei der Botschaft beantragt und wird nach Ausstellung nachgereicht.",
                "en": "The applicant's passport has been requested from the embassy and will be forwarded once "
                      "issued."}[lang]
    items = [d[:1].lower() + d[1:] + _pc(c, key, lang) for key, d in c.annexes
             if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling", "fr": "la traduction jurée", "de": "die beeidigte Übersetzung",
                      "en": "the sworn translation"}[lang] + _pc(c, "id-tr", lang))
    lst = "; ".join(items) or "—"
    s = {"nl": f"Ter staving van de identiteit worden voorgelegd: {lst}.",
         "fr": f"Pour établir l'identité, sont produits : {lst}.",
         "de": f"Zum Nachweis der Identität werden vorgelegt: {lst}.",
         "en": f"To prove identity the following are produced: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Ook een vervallen paspoort bewijst de identiteit.",
              "fr": " Un passeport périmé établit lui aussi l'identité.",
              "de": " Auch ein abgelaufener Pass weist die Identität nach.",
              "en": " An expired passport also proves identity."}[lang]
    return s


def s34_medical(c: Case, lang: str) -> str:
    t = _ill(c, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"Volgens het verslag van {doc} van {_dd(c, c.medstat_date, lang)}",
               "fr": f"Selon le rapport du {doc} du {_dd(c, c.medstat_date, lang)}",
               "de": f"Laut dem Bericht von {doc} vom {_dd(c, c.medstat_date, lang)}",
               "en": f"According to the report of {doc} dated {_dd(c, c.medstat_date, lang)}"}[lang] + \
            _pc(c, "medstat", lang)
    else:
        src = {"nl": f"Volgens het standaard medisch getuigschrift van {doc} van {_dd(c, c.cert_date, lang)}",
               "fr": f"Selon le certificat médical type du {doc} du {_dd(c, c.cert_date, lang)}",
               "de": f"Laut dem standardisierten ärztlichen Attest von {doc} vom {_dd(c, c.cert_date, lang)}",
               "en": f"According to the standard medical certificate of {doc} dated {_dd(c, c.cert_date, lang)}"
               }[lang] + _pc(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {"nl": f"{src} lijdt {_who(c, lang)} aan {t['name']}. {t['severity']} Noodzakelijk zijn: {meds}. "
                  f"{t['intervention']} {t['duration']}",
            "fr": f"{src}, {_who(c, lang)} souffre de : {t['name']}. {t['severity']} Sont nécessaires : {meds}. "
                  f"{t['intervention']} {t['duration']}",
            "de": f"{src} leidet {_who(c, lang)} an: {t['name']}. {t['severity']} Notwendig sind: {meds}. "
                  f"{t['intervention']} {t['duration']}",
            "en": f"{src}, the applicant suffers from {t['name']}. {t['severity']} Required: {meds}. "
                  f"{t['intervention']} {t['duration']}"}[lang]


def s34_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r = cname(c.origin(), lang), _pc(c, "coi", lang)
    dr = drug(c.illness, lang if lang != "en" else "en")
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {"nl": f"In {cn} is {dr} niet regelmatig verkrijgbaar: enkel {o['hospital']} verstrekt het, en de "
                  f"voorraad raakt er geregeld op{r}. De behandeling kost er ongeveer {il['cost']} per maand, bij een "
                  f"gemiddeld maandloon van {o['wage']}. {ins} {_who(c, lang, True)} verbleef in geen ander land "
                  f"wettig.",
            "fr": f"En {cn}, {dr} n'est pas disponible de manière régulière : seul {o['hospital']} le délivre, avec "
                  f"des ruptures fréquentes{r}. Le traitement y coûte environ {il['cost']} par mois, pour un salaire "
                  f"mensuel moyen de {o['wage']}. {ins} {_who(c, lang, True)} n'a séjourné légalement dans aucun autre "
                  f"pays.",
            "de": f"In {cn} ist {dr} nicht regelmäßig erhältlich: nur {o['hospital']} gibt es ab, mit häufigen "
                  f"Engpässen{r}. Die Behandlung kostet dort etwa {il['cost']} monatlich bei einem Durchschnittslohn "
                  f"von {o['wage']}. {ins} In keinem anderen Land bestand ein rechtmäßiger Aufenthalt.",
            "en": f"In {cn}, {dr} is not regularly available: only {o['hospital']} dispenses it, with frequent "
                  f"shortages{r}. Treatment costs about {il['cost']} a month there, against an average monthly wage "
                  f"of {o['wage']}. {ins} The applicant has not resided lawfully in any other country."}[lang]


def s34_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = _dd(c, c.previous_9ter, lang)
        out.append({"nl": f"Op {d} werd reeds een aanvraag op grond van artikel 9ter ingediend, die nog hangende is. "
                          f"Van die aanvraag wordt hierbij afstand gedaan; al haar elementen worden in deze aanvraag "
                          f"hernomen.",
                    "fr": f"Une demande fondée sur l'article 9ter a déjà été introduite le {d} et est toujours "
                          f"pendante. Il y est renoncé par la présente ; tous ses éléments sont repris ici.",
                    "de": f"Am {d} wurde bereits ein noch anhängiger Antrag nach Artikel 9ter gestellt. Auf ihn wird "
                          f"hiermit verzichtet; alle seine Elemente werden hier wiederholt.",
                    "en": f"An application under Article 9ter was already lodged on {d} and is still pending. It is "
                          f"hereby withdrawn; all its elements are repeated in this application."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = _dd(c, a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                    "fr": f"La demande de protection internationale a été définitivement refusée le {d}.",
                    "de": f"Der Antrag auf internationalen Schutz wurde am {d} endgültig abgelehnt.",
                    "en": f"The application for international protection was finally refused on {d}."}[lang])
    return " ".join(out) or None


def s34_ask(c: Case, lang: str) -> str:
    return {"nl": f"Er wordt u verzocht {_who(c, lang)} te machtigen tot een verblijf van meer dan drie maanden "
                  f"op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"Il vous est demandé d'autoriser {_who(c, lang)} au séjour de plus de trois mois sur la base de "
                  f"l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Es wird beantragt, {_who(c, lang)} den Aufenthalt von mehr als drei Monaten nach Artikel 9ter des "
                  f"Gesetzes vom 15. Dezember 1980 zu gestatten.",
            "en": "You are asked to grant the applicant leave to stay for more than three months under Article 9ter "
                  "of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: run-in headings

_RH = {
    "nl": dict(reg="AANGETEKEND", to=["Aan de Dienst Vreemdelingenzaken", "Cel 9ter – Medisch Verblijf",
                                      "Pachecolaan 44", "1000 BRUSSEL"],
               subj="Betreft: aanvraag om machtiging tot verblijf – artikel 9ter van de wet van 15 december 1980",
               sal="Mevrouw, Mijnheer,", heads=["Persoonsgegevens", "Verblijfplaats en woonplaatskeuze", "Gezin",
                                                "Identiteit", "Medische toestand", "Zorg in het land van herkomst",
                                                "Andere procedures", "Verzoek"],
               close="Hoogachtend,", role="advocaat", bar="Advocaat – Balie van {city}", inv="Stukken",
               ref="Ons kenmerk", yref="Uw kenmerk", page="- {i} -"),
    "fr": dict(reg="RECOMMANDÉ", to=["À l'Office des Étrangers", "Cellule 9ter – Séjour médical",
                                     "Boulevard Pachéco 44", "1000 BRUXELLES"],
               subj="Objet : demande d'autorisation de séjour – article 9ter de la loi du 15 décembre 1980",
               sal="Madame, Monsieur,", heads=["Données personnelles", "Résidence et élection de domicile", "Famille",
                                               "Identité", "Situation médicale", "Soins au pays d'origine",
                                               "Autres procédures", "Demande"],
               close="Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.",
               role="avocat(e)", bar="Avocat au barreau de {city}", inv="Pièces", ref="N/Réf.", yref="V/Réf.",
               page="- {i} -"),
    "de": dict(reg="EINSCHREIBEN", to=["An das Ausländeramt", "Zelle 9ter – Medizinischer Aufenthalt",
                                       "Pachecolaan 44", "1000 BRÜSSEL"],
               subj="Betrifft: Antrag auf Aufenthaltserlaubnis – Artikel 9ter des Gesetzes vom 15. Dezember 1980",
               sal="Sehr geehrte Damen und Herren,", heads=["Personalien", "Aufenthaltsort und Wohnsitzwahl",
                                                            "Familie", "Identität", "Gesundheitszustand",
                                                            "Versorgung im Herkunftsland", "Andere Verfahren",
                                                            "Antrag"],
               close="Hochachtungsvoll", role="Rechtsanwalt", bar="Rechtsanwalt – Kammer {city}", inv="Anlagen",
               ref="Unser Zeichen", yref="Ihr Zeichen", page="- {i} -"),
    "en": dict(reg="REGISTERED", to=["To the Immigration Office", "9ter Unit – Medical Residence", "Pachecolaan 44",
                                     "1000 BRUSSELS"],
               subj="Re: application for leave to stay – Article 9ter of the Law of 15 December 1980",
               sal="Dear Sir or Madam,", heads=["Personal details", "Residence and elected domicile", "Family",
                                                "Identity", "Medical condition", "Care in the country of origin",
                                                "Other proceedings", "Request"],
               close="Yours faithfully,", role="lawyer", bar="Lawyer – {city} Bar", inv="Exhibits",
               ref="Our ref.", yref="Your ref.", page="- {i} -"),
}


def app_runin(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's request whose letterhead is centred (the firm's name letter-spaced in C059 capitals over a thin
    double rule, the lawyer and address in one small line under it); 'AANGETEKEND' boxed above the addressee at
    the left, place and date at the right; the body in justified paragraphs that open with a bold RUN-IN
    heading ('Identiteit. – ...'); the closing formula and then the pen signature at the end of the letter with
    NO typed name or label under it (the name stands in the letterhead); the exhibits as a numbered list after
    the signature; '- n -' at the foot of every page with the bar membership at the left."""
    L, R = c.lawyer, _RH[lang]
    f, fb, fi = CSB, CSB_B, CSB_I
    size = 10.4
    lh = size * 0.3528 * 1.42

    def new_page(i: int):
        sh = Sheet()
        firm = L["firm"].upper()
        sh.text(105, 12, firm, font=f, size_pt=fit(firm, f, 13, 160), anchor="center", letter_spacing=0.9)
        sh.rule(35, 19, 175, 19, width_mm=0.3)
        sh.rule(35, 20.1, 175, 20.1, width_mm=0.15)
        sh.text(105, 21.8, f"{L['first']} {L['last']} · {L['street']} · {L['pc']} {L['city']} · {L['tel']} · "
                           f"{L['mail']}", font=f, size_pt=7.6, anchor="center", color=GREY)
        if i == 0:
            w = sh.text(22, 36, R["reg"], font=fb, size_pt=9.5)
            sh.rect(20.5, 34.8, w + 3, 6, width_mm=0.35)
            for k, ln in enumerate(R["to"]):
                sh.text(22, 45 + k * 5, ln, font=f, size_pt=size)
            sh.text(188, 45, f"{L['city']}, {_long(c.app_date, lang)}", font=f, size_pt=size, anchor="right")
            sh.text(188, 51, f"{R['ref']}: {c.p.surname.split()[0][:8].upper()}-{rng.randint(1000, 9999)}", font=f,
                    size_pt=8.5, anchor="right", color=GREY)
            sh.text(188, 55.5, f"{R['yref']}: —", font=f, size_pt=8.5, anchor="right", color=GREY)
            return sh, 72
        return sh, 32

    pg = Pager(new_page, bottom=270)
    pg.lines(22, 166, R["subj"], font=fb, size=size, gap=4)
    pg.lines(22, 166, R["sal"], font=f, size=size, gap=3)
    paras = [(s34_person(c, lang), "personal"),
             (" ".join(x for x in (s34_home(c, lang), s34_domicile(c, lang)) if x), "residence"),
             (s34_family(c, lang), "family"), (s34_identity(c, lang), "identity"),
             (s34_medical(c, lang), "medical"), (s34_coi(c, lang), "coi"), (s34_other(c, lang), "parallel"),
             (s34_ask(c, lang), None)]
    for (body, tag), head in zip(paras, R["heads"]):
        if not body:
            continue
        lead = f"{head}. – "
        lw = pg.sh.text_width(lead, font=fb, size_pt=size)
        first = wrap(body, 166 - lw, f, size)
        n1 = len(first[0].split()) if first else 0
        rest = wrap(" ".join(body.split()[n1:]), 166, f, size)
        pg.ensure(lh * min(3, 1 + len(rest)))
        pg.tag(tag)
        sh = pg.sh
        sh.text(22, pg.y, lead, font=fb, size_pt=size)
        sh.text(22 + lw, pg.y, first[0] if first else "", font=f, size_pt=size)
        pg.y += lh
        for r_ in rest:
            pg.ensure(lh)
            pg.sh.text(22, pg.y, r_, font=f, size_pt=size)
            pg.y += lh
        pg.y += 3
    pg.ensure(40)
    pg.lines(22, 166, R["close"], font=f, size=size, gap=2)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    if "unsigned" not in c.flags:
        sh.signature(120 + rng.uniform(0, 14), y + 1, rng.uniform(46, 58), 17, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    pg.y = y + 26
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(14)
        pg.lines(22, 166, R["inv"] + ":", font=fb, size=size - 0.5, gap=1.2)
        for i, d in enumerate(ann, 1):
            rows = wrap(d, 150, f, size - 1)
            pg.ensure(4.6 * len(rows))
            pg.sh.text(24, pg.y, f"{i}.", font=f, size_pt=size - 1)
            for r_ in rows:
                pg.sh.text(32, pg.y, r_, font=f, size_pt=size - 1)
                pg.y += 4.6
            pg.y += 0.6
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 284, R["page"].format(i=i), font=f, size_pt=9, anchor="center")
        p_.text(22, 284, R["bar"].format(city=L["city"]), font=fi, size_pt=7.5, color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "lawyer's request with a centred letterhead over a double rule, justified paragraphs with "
                        "bold run-in headings, signature at the end with no typed name or label"),
                 ("fr", "requête d'avocat, en-tête centré sur double filet, paragraphes justifiés à intertitres en "
                        "ligne, signature sans nom dactylographié"),
                 ("de", "Antrag eines Rechtsanwalts, zentrierter Briefkopf, Absätze mit fetten Einleitungswörtern, "
                        "Unterschrift ohne Namenszeile"),
                 ("en", "the same request written in English (not accepted)")):
    _reg(f"be9ter-app-{_lg}-lawyer-prose-gecentreerd-briefhoofd-inloopkoppen-handtekening-zonder-naam-34",
         "application", PART, _lg, (lambda c, r, lg=_lg: app_runin(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 2: labelled lines

_LB = {
    "nl": dict(title="VERZOEKSCHRIFT 9TER", to="Aan de Dienst Vreemdelingenzaken – Pachecolaan 44 – 1000 Brussel "
                                               "(bij aangetekende zending)",
               secs=["PERSONALIA", "VERBLIJF", "GEZINSLEDEN", "IDENTITEIT", "MEDISCHE TOESTAND",
                     "BESCHIKBAARHEID EN TOEGANKELIJKHEID VAN DE ZORG", "ANDERE PROCEDURES", "VERZOEK"],
               lab=["Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geboorteplaats", "Geboorteland",
                    "Rijksregisternummer", "OV-nummer", "Werkelijke verblijfplaats", "Gekozen woonplaats"],
               none="geen", same="de verblijfplaats", done="Opgemaakt te {city} op {date}.",
               sig="Handtekening van de raadsman:", inv="INVENTARIS VAN DE STUKKEN", cols=["Nr.", "Omschrijving",
                                                                                         "Blz."],
               page="Verzoekschrift 9ter – blz. {i}/{n}"),
    "fr": dict(title="REQUÊTE 9TER", to="À l'Office des Étrangers – Boulevard Pachéco 44 – 1000 Bruxelles (par "
                                        "envoi recommandé)",
               secs=["IDENTIFICATION", "SÉJOUR", "MEMBRES DE LA FAMILLE", "IDENTITÉ", "SITUATION MÉDICALE",
                     "DISPONIBILITÉ ET ACCESSIBILITÉ DES SOINS", "AUTRES PROCÉDURES", "DEMANDE"],
               lab=["Nom", "Prénoms", "Nationalité", "Date de naissance", "Lieu de naissance", "Pays de naissance",
                    "Numéro de registre national", "Numéro SP", "Résidence effective", "Domicile élu"],
               none="néant", same="l'adresse de résidence", done="Fait à {city}, le {date}.",
               sig="Signature du conseil :", inv="INVENTAIRE DES PIÈCES", cols=["N°", "Description", "P."],
               page="Requête 9ter – p. {i}/{n}"),
}
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def app_dotted(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A request set out as Roman-numbered sections in capitals; in the first ones every item is a 'label
    ......... value' line with dotted leaders (labels in Nimbus Sans, values in URW Bookman), the other sections
    short paragraphs; 'Opgemaakt te ... op ...' and the lawyer's signature BESIDE the label 'Handtekening van de
    raadsman:'; the inventory as a ruled table with the number of pages of each exhibit; the firm's block at the
    upper left and the title in a grey box at the upper right."""
    L, R = c.lawyer, _LB[lang]
    fl, fv, fvb = NSANS, BOOK, BOOK_B
    p = c.p
    size = 10

    def new_page(i: int):
        sh = Sheet()
        sh.text(20, 12, L["firm"], font=NSANS_B, size_pt=10.5)
        sh.text(20, 17, f"{L['street']} · {L['pc']} {L['city']}", font=fl, size_pt=8, color=GREY)
        sh.text(20, 21, f"{L['tel']} · {L['mail']}", font=fl, size_pt=8, color=GREY)
        if i == 0:
            w = sh.text_width(R["title"], font=NSANS_B, size_pt=12.5) + 8
            sh.rect(190 - w, 10, w, 10, width_mm=0, fill=(226, 226, 226))
            sh.text(190 - w / 2, 12.2, R["title"], font=NSANS_B, size_pt=12.5, anchor="center")
            sh.paragraph(20, 30, 170, R["to"], font=NSANS_I, size_pt=9, color=GREY)
            return sh, 42
        return sh, 30

    pg = Pager(new_page, bottom=270)
    sec = [0]

    def head(t, tag=None):
        pg.ensure(18)
        pg.tag(tag)
        pg.sh.text(20, pg.y, f"{_ROMAN[sec[0]]}.", font=NSANS_B, size_pt=10.5)
        pg.sh.text(30, pg.y, t, font=NSANS_B, size_pt=10.5)
        pg.sh.rule(30, pg.y + 5, 190, pg.y + 5, width_mm=0.2)
        pg.y += 8.5
        sec[0] += 1

    def item(lab, val, tag=None):
        rows = wrap(val, 104, fv, size) if val else [""]
        pg.ensure(6 * len(rows) + 1)
        pg.tag(tag)
        sh = pg.sh
        w = sh.text(30, pg.y, lab, font=fl, size_pt=size)
        vw = sh.text_width(rows[0], font=fvb, size_pt=size) if rows[0] else 0
        sh.rule(31 + w, pg.y + 3.8, (84 if rows[0] else 188), pg.y + 3.8, width_mm=0.2, color=(120, 120, 120),
                dash=0.35)
        for j, r_ in enumerate(rows):
            if r_:
                sh.text(86, pg.y + j * 5.4, r_, font=fvb if j == 0 and tag == "personal" else fv, size_pt=size)
        _ = vw
        pg.y += 5.4 * len(rows) + 1.6

    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    head(R["secs"][0])
    item(R["lab"][0], p.surname.upper(), "personal")
    item(R["lab"][1], p.given_names)
    item(R["lab"][2], "" if nn else COUNTRIES[p.nationality]["adj_" + lang])
    item(R["lab"][3], _dd(c, p.birth_date, lang))
    item(R["lab"][4], "" if nb else p.birth_place)
    item(R["lab"][5], "" if nb else cname(c.birth_cc(), lang))
    if c.nrn:
        item(R["lab"][6], c.nrn)
    else:
        item(R["lab"][7], c.ov or "")
    head(R["secs"][1])
    item(R["lab"][8], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence")
    dom = s34_domicile(c, lang)
    if dom and c.domicile == "lawyer":
        domv = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
    elif dom and c.domicile == "other":
        domv = c.other_domicile or ""
    elif dom:
        domv = R["same"]
    else:
        domv = ""
    item(R["lab"][9], domv)
    head(R["secs"][2], "family" if c.family else None)
    mem = _member_list(c, lang)
    if mem:
        for m_ in mem:
            pg.lines(30, 160, "– " + m_, font=fv, size=size, gap=1)
    else:
        pg.lines(30, 160, R["none"], font=fv, size=size, gap=1)
    pg.y += 2
    for t, body, tag in ((R["secs"][3], s34_identity(c, lang), "identity"),
                         (R["secs"][4], s34_medical(c, lang), "medical"),
                         (R["secs"][5], s34_coi(c, lang), "coi"),
                         (R["secs"][6], s34_other(c, lang), "parallel"),
                         (R["secs"][7], s34_ask(c, lang), None)):
        if not body:
            continue
        head(t, tag)
        pg.lines(30, 160, body, font=fv, size=size, leading=1.45, gap=3)
    pg.ensure(34)
    pg.lines(30, 160, R["done"].format(city=L["city"], date=_long(c.app_date, lang)), font=fv, size=size, gap=6)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    w = sh.text(30, y + 6, R["sig"], font=fl, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(34 + w, y - 2, rng.uniform(46, 58), 17, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(34 + w, y + 16, f"{L['first']} {L['last']}", font=fv, size_pt=9, color=GREY)
    pg.y = y + 26
    ann = list(c.annexes)
    if ann:
        pg.ensure(22)
        pg.lines(20, 170, R["inv"], font=NSANS_B, size=10.5, gap=2)
        sh = pg.sh
        sh.rect(20, pg.y, 170, 6, width_mm=0.25, fill=(232, 232, 232))
        for t, x in zip(R["cols"], (22, 34, 178)):
            sh.text(x, pg.y + 1, t, font=NSANS_B, size_pt=9)
        pg.y += 6
        for i, (k, d) in enumerate(ann, 1):
            rows = wrap(d, 138, fv, 9.3)
            h = 4.5 * len(rows) + 2
            pg.ensure(h)
            sh = pg.sh
            sh.rect(20, pg.y, 170, h, width_mm=0.2)
            sh.text(22, pg.y + 1, str(i), font=fv, size_pt=9.3)
            for j, r_ in enumerate(rows):
                sh.text(34, pg.y + 1 + j * 4.5, r_, font=fv, size_pt=9.3)
            sh.text(180, pg.y + 1, str(c.annex_pages.get(k, 1)), font=fv, size_pt=9.3)
            pg.y += h
    n = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(190, 286, R["page"].format(i=i, n=n), font=fl, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "request in Roman-numbered sections, items as dotted-leader label lines, signature beside "
                        "the label, inventory table with page counts"),
                 ("fr", "requête en sections numérotées en chiffres romains, rubriques à points de conduite, "
                        "signature à côté du libellé, inventaire en tableau")):
    _reg(f"be9ter-app-{_lg}-lawyer-inventaris-romeinse-secties-stippellijnen-handtekening-naast-label-34",
         "application", PART, _lg, (lambda c, r, lg=_lg: app_dotted(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 3: comb-box forms

_CF = {
    "nl": dict(org="vzw Zorgbrug – juridische permanentie", title="AANVRAAG 9TER · INVULFORMULIER",
               help="Schrijf in drukletters, één letter per vakje. Het formulier wordt met de bijlagen aangetekend "
                    "verstuurd naar de Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel.",
               s=["Aanvrager", "Verblijf en post", "Gezin", "Identiteit", "Ziekte", "Andere aanvragen", "Handtekening"],
               nm="Familienaam", gv="Voornamen", bd="Geboortedatum (dd mm jjjj)", sx="Geslacht", m="M", f="V",
               bp="Geboorteplaats", bc="Geboorteland", nat="Nationaliteit", nr="Rijksregisternummer",
               ov="OV-nummer (DVZ)", adr="Adres waar ik werkelijk woon",
               dom="Waar moet de DVZ de post naartoe sturen?", domo=["naar mijn adres hierboven", "naar mijn advocaat",
                                                                    "naar een ander adres:"],
               fam="Gezinsleden die mee aanvragen (naam, geboortedatum, band)", ids="Welke identiteitsbewijzen stuur "
               "ik mee?", ill="Ziekte (zoals de arts ze beschrijft) en hoe ernstig", tx="Behandeling en duur",
               coi="Waarom kan ik die zorg niet krijgen in mijn land?", oth="Heb ik al eerder een aanvraag gedaan?",
               none="nee", decl="Ik vraag een machtiging tot verblijf om medische redenen (art. 9ter) en verklaar "
               "dat ik dit formulier naar waarheid heb ingevuld.", date="Datum", sign="Handtekening van de aanvrager",
               page="Zorgbrug 9ter · {i}/{n}", file="Dossiernr."),
    "fr": dict(org="Asbl Passerelle Santé – permanence juridique", title="DEMANDE 9TER · FORMULAIRE",
               help="Formulaire à compléter à l'écran et à signer à la main. Il est envoyé avec ses annexes par "
                    "recommandé à l'Office des Étrangers, Boulevard Pachéco 44, 1000 Bruxelles.",
               s=["Demandeur", "Séjour et courrier", "Famille", "Identité", "Maladie", "Autres demandes",
                  "Signature"],
               nm="Nom", gv="Prénoms", bd="Date de naissance (jj mm aaaa)", sx="Sexe", m="M", f="F",
               bp="Lieu de naissance", bc="Pays de naissance", nat="Nationalité", nr="Numéro de registre national",
               ov="Numéro SP (OE)", adr="Adresse de résidence effective",
               dom="Où l'OE doit-il envoyer le courrier ?", domo=["à mon adresse ci-dessus", "à mon avocat",
                                                                 "à une autre adresse :"],
               fam="Membres de la famille concernés (nom, date de naissance, lien)",
               ids="Documents d'identité joints", ill="Maladie (selon le médecin) et degré de gravité",
               tx="Traitement et durée", coi="Pourquoi ces soins ne sont-ils pas accessibles dans mon pays ?",
               oth="Ai-je déjà introduit une demande ?", none="non",
               decl="Je demande une autorisation de séjour pour raisons médicales (art. 9ter) et déclare que ce "
                    "formulaire est complété de bonne foi.", date="Date", sign="Signature du demandeur",
               page="Passerelle Santé 9ter · {i}/{n}", file="N° dossier"),
}


def app_comb(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """An association's application form with COMB boxes (one character per box) for the name, first names, birth
    date and register number, ruled lines for the longer answers and square numbered section markers; filled in by
    hand in block capitals, a misspelt letter in the name covered with correction fluid and written again (the
    Dutch version), or filled in on screen with the values typed in the boxes and the form signed by hand after
    printing (the French version); the signature ABOVE the line labelled 'Handtekening van de aanvrager'."""
    R = _CF[lang]
    f, fb = LNAR, LNAR_B
    col = (0, 110, 120) if lang == "nl" else (140, 70, 20)
    ink = rng.choice([INK_BLUE, INK_BLACK])
    hf, lf = "blockcaps", PEN_I
    p = c.p

    def new_page(i: int):
        sh = Sheet()
        sh.rect(20, 10, 12, 12, width_mm=0, fill=col)
        sh.text(26, 12.4, "+" if lang == "nl" else "≈", font=NSANS_B, size_pt=16, color=(255, 255, 255),
                anchor="center")
        sh.text(36, 10.5, R["org"], font=fb, size_pt=10)
        sh.text(36, 16, R["title"], font=fb, size_pt=12.5, color=col)
        sh.rect(158, 10, 32, 11, width_mm=0.3)
        sh.text(159.5, 11, R["file"], font=f, size_pt=7, color=GREY)
        if i == 0:
            y = sh.paragraph(20, 26, 170, R["help"], font=f, size_pt=8.5, color=GREY, leading=1.3) + 2
            return sh, y
        return sh, 28

    pg = Pager(new_page, bottom=272)
    nsec = [0]

    def section(t, tag=None):
        pg.ensure(22)
        pg.tag(tag)
        nsec[0] += 1
        sh = pg.sh
        sh.rect(20, pg.y - 0.6, 6.4, 6.4, width_mm=0, fill=col)
        sh.text(23.2, pg.y - 0.2, str(nsec[0]), font=fb, size_pt=10, color=(255, 255, 255), anchor="center")
        sh.text(29, pg.y, t, font=fb, size_pt=11, color=col)
        pg.y += 8.5

    def comb(label, value, n, *, x=20, cw=5.6, tag=None, fix: int | None = None):
        pg.ensure(14)
        pg.tag(tag)
        sh = pg.sh
        sh.text(x, pg.y, label, font=f, size_pt=8, color=GREY)
        y = pg.y + 3.8
        v = glyphs(value.upper(), f) if value else ""
        for i in range(n):
            sh.rect(x + i * cw, y, cw, 7, width_mm=0.2, color=(90, 90, 90))
        for i, ch in enumerate(v[:n]):
            if ch == " ":
                continue
            xx = x + i * cw
            if fix is not None and i == fix and hand:
                sh.handwriting(xx + 0.9, y + 0.6, "O" if ch != "O" else "A", rng, size_pt=13, color=ink, font=hf)
                tippex(sh, xx - 0.6, y + 0.3, cw + 1.2, 6.4, rng)
            if hand:
                sh.handwriting(xx + 0.9, y + 0.6, ch, rng, size_pt=13, color=ink, font=hf)
            else:
                sh.text(xx + cw / 2, y + 1.2, ch, font=NSANS, size_pt=11, anchor="center")
        pg.y = y + 10

    def lines(label, value, nmin=1, tag=None):
        if hand:
            rows = []
            for para in (value or "").split("\n"):
                rows += wrap(glyphs(para, lf), 166 / 1.12, lf, 11.5) if para else []
        else:
            rows = []
            for para in (value or "").split("\n"):
                rows += wrap(para, 164, NSANS, 10) if para else []
        k = max(nmin, len(rows))
        pg.ensure(5 + 7 * min(k, 3))
        pg.tag(tag if value else None)
        pg.sh.text(20, pg.y, label, font=f, size_pt=8, color=GREY)
        pg.y += 4.2
        for j in range(k):
            pg.ensure(7)
            if not hand:
                pg.sh.rect(20, pg.y - 0.4, 170, 6.4, width_mm=0, fill=(228, 238, 250))
            pg.sh.rule(20, pg.y + 6, 190, pg.y + 6, width_mm=0.2, color=(110, 110, 110))
            if j < len(rows):
                if hand:
                    pg.sh.handwriting(21, pg.y - 1.6, rows[j], rng, size_pt=11.5, color=ink, font=lf)
                else:
                    pg.sh.text(21, pg.y + 0.8, rows[j], font=NSANS, size_pt=10)
            pg.y += 7
        pg.y += 2.5

    def checks(label, options, chosen: int | None, extra: str = ""):
        pg.ensure(8 + 6.5 * len(options))
        pg.sh.text(20, pg.y, label, font=f, size_pt=8, color=GREY)
        pg.y += 4.6
        for i, o in enumerate(options):
            sh = pg.sh
            if hand:
                sh.checkbox(22, pg.y, 3.8, chosen == i, rng=rng, ink=ink)
            else:
                sh.checkbox(22, pg.y, 3.8, chosen == i)
            w = sh.text(28, pg.y - 0.1, o, font=f, size_pt=9.5)
            if chosen == i and extra and i > 0:
                if hand:
                    vv = glyphs(extra, lf)
                    sh.handwriting(30 + w, pg.y - 2.2, vv, rng, size_pt=fit(vv, lf, 11, (158 - w) / 1.12),
                                   color=ink, font=lf)
                else:
                    sh.text(30 + w, pg.y - 0.1, extra, font=NSANS, size_pt=fit(extra, NSANS, 9.5, 158 - w))
            pg.y += 6.5
        pg.y += 2

    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    section(R["s"][0], "personal")
    fix = None
    if hand and len(p.surname) > 4:
        fix = min(len(p.surname) - 2, 3)
    comb(R["nm"], p.surname, 26, fix=fix)
    comb(R["gv"], p.given_names, 26)
    bd = p.birth_date
    pg.ensure(14)
    y0 = pg.y
    comb(R["bd"], f"{bd.day:02d}{bd.month:02d}{bd.year}", 8, cw=6)
    pg.y = y0
    pg.sh.text(80, pg.y, R["sx"], font=f, size_pt=8, color=GREY)
    for i, o in enumerate((R["m"], R["f"])):
        on = (p.sex == "M") == (i == 0)
        pg.sh.checkbox(80 + i * 14, pg.y + 5, 3.8, on, rng=rng if hand else None, ink=ink)
        pg.sh.text(85 + i * 14, pg.y + 4.9, o, font=f, size_pt=9.5)
    digits = "".join(ch for ch in (c.nrn or c.ov or "") if ch.isdigit())
    pg.sh.text(110, pg.y, R["nr"] if c.nrn else R["ov"], font=f, size_pt=8, color=GREY)
    for i in range(11 if c.nrn else 8):
        pg.sh.rect(110 + i * 6, pg.y + 3.8, 6, 7, width_mm=0.2, color=(90, 90, 90))
    for i, ch in enumerate(digits[:11]):
        if hand:
            pg.sh.handwriting(111 + i * 6, pg.y + 4, ch, rng, size_pt=12, color=ink, font=hf)
        else:
            pg.sh.text(113 + i * 6, pg.y + 5, ch, font=NSANS, size_pt=11, anchor="center")
    pg.y += 14
    lines(R["bp"], "" if nb else p.birth_place)
    lines(R["bc"], "" if nb else cname(c.birth_cc(), lang))
    lines(R["nat"], "" if nn else COUNTRIES[p.nationality]["adj_" + lang])
    section(R["s"][1])
    lines(R["adr"], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), 1, "residence")
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    extra = ""
    if dom == "lawyer" and c.lawyer:
        extra = f"{c.lawyer['first']} {c.lawyer['last']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
    elif dom == "other":
        extra = c.other_domicile or ""
    checks(R["dom"], R["domo"], {"residence": 0, "lawyer": 1, "other": 2}.get(dom), extra)
    section(R["s"][2], "family" if c.family else None)
    lines(R["fam"], "\n".join(_member_list(c, lang)) or R["none"], 1)
    section(R["s"][3], "identity")
    ids = [d + _pc(c, k, lang) for k, d in c.annexes if k.startswith("id") or k == "asylum"]
    idt = s34_identity(c, lang) if c.id_kind in ("asylum", "asylum-noproof", "none") else ("\n".join(ids) or "—")
    lines(R["ids"], idt, 2)
    section(R["s"][4], "medical")
    t = _ill(c, lang)
    lines(R["ill"], f"{t['name']}. {t['severity']}", 2)
    lines(R["tx"], "; ".join(t["meds"]) + ". " + t["duration"], 2)
    coi = s34_coi(c, lang)
    if coi is None and c.annex_no("coi"):
        coi = {"nl": f"Zie stuk {c.annex_no('coi')} (informatie over de zorg in {cname(c.origin(), 'nl')}).",
               "fr": f"Voir pièce {c.annex_no('coi')} (informations sur les soins "
                     f"{FR_IN.get(c.origin(), 'en ' + cname(c.origin(), 'fr'))})."}[lang]
    lines(R["coi"], coi or "", 2, "coi" if coi else None)
    section(R["s"][5], "parallel" if s34_other(c, lang) else None)
    lines(R["oth"], s34_other(c, lang) or R["none"], 1)
    pg.ensure(56)
    section(R["s"][6])
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    y = sh.paragraph(20, y, 170, R["decl"], font=f, size_pt=9.5, leading=1.35) + 4
    sh.text(20, y, R["date"], font=f, size_pt=8, color=GREY)
    d = c.app_date
    for i, ch in enumerate(f"{d.day:02d}{d.month:02d}{d.year}"):
        sh.rect(20 + i * 6, y + 3.8, 6, 7, width_mm=0.2, color=(90, 90, 90))
        if hand:
            sh.handwriting(21 + i * 6, y + 4, ch, rng, size_pt=12, color=ink, font=hf)
        else:
            sh.text(23 + i * 6, y + 5, ch, font=NSANS, size_pt=11, anchor="center")
    if "unsigned" not in c.flags:
        sh.signature(104 + rng.uniform(0, 16), y + 1, rng.uniform(46, 58), 16, rng, color=ink)
    sh.rule(100, y + 19, 190, y + 19, width_mm=0.3)
    sh.text(100, y + 20.5, R["sign"], font=f, size_pt=8, color=GREY)
    pg.y = y + 28
    n = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 286, R["page"].format(i=i, n=n), font=f, size_pt=7.5, anchor="center", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-app-nl-form-vzw-kamvakjes-drukletters-tippex-handtekening-boven-lijn-34", "application", PART, "nl",
     lambda c, r: app_comb(c, r, lang="nl", hand=True),
     "an association's form with comb boxes filled in by hand in block capitals, a letter corrected with "
     "correction fluid, signature above the labelled line")
_reg("be9ter-app-fr-form-asbl-kamvakjes-scherm-ingevuld-handtekening-boven-lijn-34", "application", PART, "fr",
     lambda c, r: app_comb(c, r, lang="fr", hand=False),
     "formulaire d'asbl à cases en peigne rempli à l'écran, signé à la main au-dessus de la ligne")


# --------------------------------------------------------------------------- medical certificate, 2024 model typed

def _disc(sh: Sheet, x: float, y: float, d: float, color) -> None:
    im = Image.new("RGBA", (int(d * 12), int(d * 12)), (0, 0, 0, 0))
    ImageDraw.Draw(im).ellipse([0, 0, im.width - 1, im.height - 1], fill=tuple(color) + (255,))
    sh.image(x, y, d, d, im)


def medcert_circles(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model filled in in the doctor's record system and printed: the official title and legal line at
    the top, every section's number in a dark disc in the LEFT margin with the question in bold beside it and the
    typed answer under it in DejaVu Sans Condensed; the patient and the doctor as two small four-cell tables; the
    severity as four radio circles with the chosen one filled; at the end the date, then the label 'Handtekening
    en stempel van de arts' with the signature BELOW it and the doctor's stamp pressed OVER the signature."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb, af = CARL, CARL_B, DCOND
    disc = rng.choice([(40, 44, 60), (20, 70, 90), (90, 30, 40)])
    ink = rng.choice([INK_BLUE, INK_BLACK])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 13, Mx["title"], font=fb, size_pt=14.5, anchor="center")
            y = sh.paragraph(30, 20, 150, Mx["law"], font=f, size_pt=8, leading=1.2, align="center", color=GREY)
            sh.text(105, y + 0.5, Mx["model"], font=CARL_I, size_pt=8, anchor="center", color=GREY)
            return sh, y + 8
        sh.text(20, 11, Mx["title"], font=f, size_pt=8, color=GREY)
        sh.rule(20, 15, 190, 15, width_mm=0.2, color=(170, 170, 170))
        return sh, 21

    pg = Pager(new_page, bottom=274)

    def q(t, tag=None):
        num, _, rest = t.partition(". ")
        rows = wrap(rest or t, 160, fb, 10)
        pg.ensure(5 * len(rows) + 10)
        pg.tag(tag)
        sh = pg.sh
        _disc(sh, 20, pg.y - 0.6, 6.8, disc)
        sh.text(23.4, pg.y + 0.1, num, font=fb, size_pt=9.5 if len(num) < 2 else 8.5, color=(255, 255, 255),
                anchor="center")
        for j, r_ in enumerate(rows):
            sh.text(30, pg.y + j * 4.8, r_, font=fb, size_pt=10)
        pg.y += 4.8 * len(rows) + 1.6

    def a(val, tag=None, nmin=1, label=None):
        if label:
            pg.ensure(9)
            pg.sh.text(30, pg.y, label, font=CARL_I, size_pt=9, color=GREY)
            pg.y += 4.4
        rows = wrap(val, 158, af, 9.8) if val else []
        k = max(nmin, len(rows))
        pg.ensure(4.8 * k + 2)
        pg.tag(tag if val else None)
        for j in range(k):
            if j < len(rows):
                pg.sh.text(30, pg.y, rows[j], font=af, size_pt=9.8)
            pg.y += 4.8
        pg.y += 3

    def table(rows, tag):
        pg.ensure(8 * ((len(rows) + 1) // 2) + 2)
        pg.tag(tag)
        sh = pg.sh
        for i, (lab, val) in enumerate(rows):
            x = 30 + (i % 2) * 80
            y = pg.y + (i // 2) * 8
            sh.rect(x, y, 30, 8, width_mm=0.2, color=(150, 150, 150), fill=(238, 238, 238))
            sh.rect(x + 30, y, 50, 8, width_mm=0.2, color=(150, 150, 150))
            for j, r_ in enumerate(wrap(lab, 28, f, 7.6)[:2]):
                sh.text(x + 1, y + 0.8 + j * 3.2, r_, font=f, size_pt=7.6)
            if val:
                vv = glyphs(val, af)
                sh.text(x + 31, y + 2, vv, font=af, size_pt=fit(vv, af, 9.2, 48))
        pg.y += 8 * ((len(rows) + 1) // 2) + 4

    q(Mx["s1"], "patient")
    table([(Mx["name"], v["surname"]), (Mx["first"], v["first"]), (Mx["bd"], v["bd"]), (Mx["nat"], v["nat"])],
          "patient")
    q(Mx["s2"], "doctor")
    table([(Mx["dname"], d.name()), (Mx["riziv"], v["riziv"]),
           (Mx["spec"], SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")),
           (Mx["daddr"], f"{d.street}, {d.pc} {d.city}")], "doctor")
    q(Mx["s3"])
    a(fdate(c.cert_date - timedelta(days=rng.randint(120, 1500)), "slashes", lang))
    q(Mx["s4"])
    a(v["hist"], None, 2)
    q(Mx["s5"], "illness")
    a(f"{v['ill']} (ICD-10 {v['icd']})" if v["ill"] else "", "illness", 2)
    q(Mx["s6"], "severity")
    pg.ensure(10)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 30
    for i, o in enumerate(Mx["sevopts"]):
        sh = pg.sh
        sh.text(x, pg.y - 0.6, "●" if i == k else "○", font="sans3", size_pt=11)
        x += sh.text(x + 5, pg.y, o, font=f, size_pt=10) + 16
    pg.y += 7
    a(v["sev"], "severity", 2, label=Mx["s6b"])
    q(Mx["s7"], "treatment")
    a(v["meds"], "treatment", 2, label=Mx["s7a"])
    a(v["interv"], None, 1, label=Mx["s7b"])
    a(v["dur"], None, 1, label=Mx["s7c"])
    q(Mx["s8"])
    a(v["cons"], None, 2)
    q(Mx["s9"])
    a(v["prog"])
    q(Mx["s10"])
    a(v["needs"])
    q(Mx["s11"])
    a(v["travel"])
    pg.ensure(58)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 3
    sh.text(30, y, f"{Mx['date']}: {v['date']}", font=fb, size_pt=10.5)
    sh.text(110, y, Mx["sign"], font=f, size_pt=9.5)
    sh.rule(110, y + 5, 188, y + 5, width_mm=0.2)
    if v["signed"]:
        sh.signature(116 + rng.uniform(0, 10), y + 8, rng.uniform(46, 56), 16, rng, color=ink)
    sh.stamp(112 + rng.uniform(0, 14), y + 10, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl",
                                                          bool(v["riziv"])), rng, shape="rect", size_mm=36,
             color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-5, 5))
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 288, Mx["page"].format(i=i, n=n), font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "2024 model printed from the record system: section numbers in dark discs in the margin, "
                        "typed answers under bold questions, severity as radio circles, stamp over the signature "
                        "below its label"),
                 ("fr", "modèle 2024 imprimé du dossier informatisé : numéros en pastilles, gravité en boutons radio"),
                 ("de", "Muster 2024 aus der Praxissoftware: Abschnittsnummern in dunklen Kreisen, Radioknöpfe"),
                 ("en", "the 2024 model filled in English (not accepted)")):
    _reg(f"be9ter-medcert-2024-{_lg}-nummerschijven-marge-radiocirkels-stempel-over-handtekening-34",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_circles(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical certificate, 2024 model by hand

def medcert_boxes_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The printed 2024 form with a framed answer box under every question, filled in by hand with a fine
    felt-tip in a slanted hand (dkg oblique); the severity as four square boxes with a hand-drawn cross in one;
    the RIZIV number written into a row of small boxes; at the end the doctor's stamp BESIDE the signature, both
    under the printed label; the copy a little grey, the back's print showing through."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb = NSANS, NSANS_B
    hf = PEN_I
    ink = rng.choice([INK_BLUE, INK_BLACK, (10, 70, 60)])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, Mx["title"], font=fb, size_pt=13.5, anchor="center")
            y = sh.paragraph(26, 18.5, 158, Mx["law"], font=f, size_pt=7.5, leading=1.2, align="center", color=GREY)
            sh.text(105, y + 0.5, Mx["model"], font=NSANS_I, size_pt=7.5, anchor="center", color=GREY)
            return sh, y + 7
        return sh, 16

    pg = Pager(new_page, bottom=276)

    def q(t, tag=None):
        rows = wrap(t, 170, fb, 9.2)
        pg.ensure(4.4 * len(rows) + 14)
        pg.tag(tag)
        for r_ in rows:
            pg.sh.text(20, pg.y, r_, font=fb, size_pt=9.2)
            pg.y += 4.4
        pg.y += 0.8

    def box(val, tag=None, nmin=1, label=None):
        if label:
            pg.ensure(10)
            pg.sh.text(20, pg.y, label, font=f, size_pt=8.2, color=GREY)
            pg.y += 4
        rows = wrap(glyphs(val, hf), 164 / 1.1, hf, 11.5) if val else []
        k = max(nmin, len(rows))
        h = 6.8 * k + 2
        pg.ensure(h)
        pg.tag(tag if val else None)
        pg.sh.rect(20, pg.y, 170, h, width_mm=0.25, color=(120, 120, 120))
        for j, r_ in enumerate(rows):
            pg.sh.handwriting(22, pg.y + 0.4 + j * 6.8, r_, rng, size_pt=11.5, color=ink, font=hf)
        pg.y += h + 3

    def pair(rows, tag):
        pg.ensure(10 * len(rows) + 2)
        pg.tag(tag)
        for lab, val in rows:
            sh = pg.sh
            sh.text(20, pg.y + 1.5, lab, font=f, size_pt=8.6)
            sh.rect(64, pg.y, 126, 8, width_mm=0.25, color=(120, 120, 120))
            if val:
                vv = glyphs(val, hf)
                sh.handwriting(66, pg.y + 0.2, vv, rng, size_pt=fit(vv, hf, 11.5, 120 / 1.1), color=ink, font=hf)
            pg.y += 9.5
        pg.y += 2

    q(Mx["s1"], "patient")
    pair([(Mx["name"], v["surname"]), (Mx["first"], v["first"]), (Mx["bd"], v["bd"]), (Mx["nat"], v["nat"])],
         "patient")
    q(Mx["s2"], "doctor")
    pair([(Mx["dname"], d.name()), (Mx["spec"], SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl",
                                                                       "")),
          (Mx["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city}")], "doctor")
    pg.ensure(12)
    sh = pg.sh
    sh.text(20, pg.y + 1.5, Mx["riziv"], font=f, size_pt=8.6)
    digits = "".join(ch for ch in v["riziv"] if ch.isdigit())
    for i in range(11):
        sh.rect(64 + i * 6.2, pg.y, 6.2, 8, width_mm=0.25, color=(120, 120, 120))
    for i, ch in enumerate(digits[:11]):
        sh.handwriting(65.3 + i * 6.2, pg.y + 0.2, ch, rng, size_pt=11.5, color=ink, font=hf)
    pg.y += 12
    q(Mx["s3"])
    box(fdate(c.cert_date - timedelta(days=rng.randint(120, 1500)), "slashes", lang))
    q(Mx["s4"])
    box(v["hist"], None, 2)
    q(Mx["s5"], "illness")
    box(f"{v['ill']} – {v['icd']}" if v["ill"] else "", "illness", 2)
    q(Mx["s6"], "severity")
    pg.ensure(10)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 22
    for i, o in enumerate(Mx["sevopts"]):
        pg.sh.checkbox(x, pg.y, 4, i == k, rng=rng, ink=ink)
        x += pg.sh.text(x + 6, pg.y, o, font=f, size_pt=9.5) + 18
    pg.y += 8
    box(v["sev"], "severity", 2, label=Mx["s6b"])
    q(Mx["s7"], "treatment")
    box(v["meds"], "treatment", 2, label=Mx["s7a"])
    box(v["interv"], None, 1, label=Mx["s7b"])
    box(v["dur"], None, 1, label=Mx["s7c"])
    q(Mx["s8"])
    box(v["cons"], None, 2)
    q(Mx["s9"])
    box(v["prog"])
    q(Mx["s10"])
    box(v["needs"])
    q(Mx["s11"])
    box(v["travel"])
    pg.ensure(50)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.text(20, y, Mx["date"], font=f, size_pt=8.6)
    sh.rect(20, y + 4, 50, 8, width_mm=0.25, color=(120, 120, 120))
    sh.handwriting(22, y + 4.2, glyphs(v["date"], hf), rng, size_pt=11.5, color=ink, font=hf)
    sh.text(90, y, Mx["sign"], font=f, size_pt=8.6)
    sh.rect(90, y + 4, 100, 36, width_mm=0.25, color=(120, 120, 120))
    if v["signed"]:
        sh.signature(94 + rng.uniform(0, 6), y + 12, rng.uniform(40, 48), 16, rng, color=ink)
    sh.stamp(146, y + 7, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
             shape="rect", size_mm=32, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-6, 6))
    n = len(pg.pages)
    out = []
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 289, Mx["page"].format(i=i, n=n), font=f, size_pt=7.5, anchor="right", color=GREY)
        img = s_.render(200).convert("L").point(lambda x: int(30 + x * 0.86)).convert("RGB")
        out.append(sheet_of(show_through(img, rng, strength=0.05)))
    return out, pg.tags


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medcert-2024-{_lg}-kaders-met-de-hand-viltstift-kruisje-stempel-naast-handtekening-34",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_boxes_hand(c, r, lang=lg)),
         "2024 model with a framed box under each question, filled in by hand with a felt-tip, a cross in the "
         "severity box, stamp beside the signature, the back showing through")


# --------------------------------------------------------------------------- medical certificate, previous model

def medcert_old_typewriter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model on the printed form (questions in URW Bookman), the answers typed in on a typewriter in
    Courier Prime straight after each question, a little out of line with the printed text; the practice's
    rubber stamp at the upper left in violet; at the end 'Datum', the RIZIV number typed, and the signature
    BESIDE the printed 'Naam, handtekening en stempel van de geneesheer' with the same stamp again under it."""
    Mo, v = MC_OLD[lang], _values(c, lang, rng)
    f, fb = BOOK, BOOK_B
    tf = CPR
    ink = rng.choice([INK_BLUE, INK_BLACK])
    stamp_lines = _stamp_lines(c, lang, bool(v["riziv"]))
    stamp_col = rng.choice([STAMP_VIOLET, STAMP_BLUE])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.stamp(16, 10, stamp_lines, rng, shape="rect", size_mm=34, color=stamp_col, angle=rng.uniform(-3, 3))
            sh.text(120, 14, Mo["title"], font=fb, size_pt=12.5, anchor="center")
            sh.text(120, 20.5, Mo["sub"], font=f, size_pt=9.5, anchor="center")
            sh.text(120, 25.5, Mo["law"], font=BOOK_I, size_pt=9, anchor="center")
            return sh, 40
        sh.text(105, 12, f"{Mo['title']} – {i + 1}", font=f, size_pt=8, anchor="center", color=GREY)
        return sh, 20

    pg = Pager(new_page, bottom=274)
    off = rng.uniform(-0.6, 0.6)

    def q(t, tag=None):
        rows = wrap(t, 170, fb, 9.2)
        pg.ensure(4.3 * len(rows) + 8)
        pg.tag(tag)
        for r_ in rows:
            pg.sh.text(20, pg.y, r_, font=fb, size_pt=9.2)
            pg.y += 4.3
        pg.y += 1

    def typed(val, nmin=1, tag=None, x=24):
        val = (val or "").replace("µ", "u")
        rows = wrap(val, 190 - x - 4, tf, 10.2) if val else []
        k = max(nmin, len(rows))
        pg.tag(tag if val else None)
        for j in range(k):
            pg.ensure(5.2)
            if j < len(rows):
                pg.sh.text(x + off, pg.y + off * 0.3, rows[j], font=tf, size_pt=10.2, color=(30, 30, 34))
            pg.y += 5.2
        pg.y += 2.5

    pg.tag("patient")
    for lab, val in ((Mo["pat"], v["pat"]), (Mo["bd"], v["bd"]), (Mo["nat"], v["nat"])):
        pg.ensure(7)
        w = pg.sh.text(20, pg.y, lab + ":", font=f, size_pt=9.8)
        if val:
            pg.sh.text(24 + w + off, pg.y + off * 0.3, val, font=tf, size_pt=fit(val, tf, 10.2, 162 - w))
        pg.y += 6.4
    pg.y += 3
    q(Mo["A"])
    typed(v["hist"], 2)
    q(Mo["B"], "illness")
    pg.sh.text(20, pg.y, Mo["Bn"], font=BOOK_I, size_pt=8, color=GREY)
    pg.y += 5
    pg.ensure(8)
    pg.tag("illness")
    w = pg.sh.text(24, pg.y, Mo["diag"], font=f, size_pt=9.8)
    pg.y -= 0
    typed(f"{v['ill']} ({v['icd']})" if v["ill"] else "", 1, "illness", x=28 + w)
    pg.ensure(8)
    pg.tag("severity")
    w = pg.sh.text(24, pg.y, Mo["sev"], font=f, size_pt=9.8)
    typed(v["sev"], 1, "severity", x=28 + w)
    q(Mo["C"], "treatment")
    for lab, val, tag in ((Mo["med"], v["meds"], "treatment"), (Mo["interv"], v["interv"], None),
                          (Mo["dur"], v["dur"], None)):
        pg.ensure(10)
        pg.sh.text(24, pg.y, lab, font=f, size_pt=9.4)
        pg.y += 4.8
        typed(val, 1, tag, x=28)
    for key, val, nmin in (("D", v["cons"], 2), ("E", v["prog"], 1), ("F", v["needs"], 2), ("G", v["travel"], 1)):
        q(Mo[key])
        typed(val, nmin)
    pg.ensure(46)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 3
    w = sh.text(20, y, Mo["date"], font=fb, size_pt=9.8)
    sh.text(24 + w, y, v["date"], font=tf, size_pt=10.2)
    w = sh.text(100, y, Mo["riziv"], font=fb, size_pt=9.8)
    if v["riziv"]:
        sh.text(103 + w, y, v["riziv"], font=tf, size_pt=10.2)
    rows = wrap(Mo["sign"], 66, fb, 9.6)
    for j, r_ in enumerate(rows):
        sh.text(20, y + 12 + j * 4.4, r_, font=fb, size_pt=9.6)
    if v["signed"]:
        sh.signature(92 + rng.uniform(0, 8), y + 8, rng.uniform(46, 56), 16, rng, color=ink)
    sh.stamp(98, y + 22, stamp_lines, rng, shape="rect", size_mm=34, color=stamp_col, angle=rng.uniform(-6, 6))
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "previous model on the printed form, answers typed in on a typewriter after each question, "
                        "the practice stamp at the upper left, signature beside the label"),
                 ("fr", "modèle précédent, réponses tapées à la machine à écrire sur le formulaire imprimé"),
                 ("de", "früheres Muster, Antworten mit der Schreibmaschine eingetragen")):
    _reg(f"be9ter-medcert-old-{_lg}-gedrukt-formulier-schrijfmachine-praktijkstempel-34", "medical-certificate",
         PART, _lg, (lambda c, r, lg=_lg: medcert_old_typewriter(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical statements

def medstat_specialist_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the GP ('Geachte collega' / 'Cher Confrère'): a coloured square with the
    hospital's initials at the upper left, the department and the specialist's direct line at the right, the
    patient in a bold line, the findings in paragraphs and a grey 'Conclusie / Conclusion' box with the
    diagnosis and plan; the signature at the end with the typed name and RIZIV number BELOW it."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = _ill(c, lang)
    nl = lang == "nl"
    f, fb = CARL, CARL_B
    col = rng.choice([(0, 90, 130), (120, 40, 70), (40, 100, 60)])
    sh = Sheet()
    ini = "".join(w[0] for w in (d.inst or "AZ").split()[:3]).upper()
    sh.rect(20, 12, 16, 16, width_mm=0, fill=col)
    sh.text(28, 16.5, ini, font=fb, size_pt=11, color=(255, 255, 255), anchor="center")
    sh.text(40, 12.5, d.inst or d.name(), font=fb, size_pt=12)
    sh.text(40, 18.5, SPECIALTY[d.spec].get("dept_" + lang, "") or d.dept or "", font=f, size_pt=9, color=GREY)
    sh.text(40, 23, f"{d.street} · {d.pc} {d.city}", font=f, size_pt=8.5, color=GREY)
    sh.text(190, 12.5, d.name(), font=fb, size_pt=9.5, anchor="right")
    sh.text(190, 17.5, f"{'Tel. secretariaat' if nl else 'Tél. secrétariat'} {d.tel}", font=f, size_pt=8.5,
            anchor="right", color=GREY)
    sh.text(120, 40, "Dr. " + rng.choice(["L. Maes", "K. Smets", "E. Jacobs"]) if nl else
            "Dr " + rng.choice(["P. Collin", "M. Hardy", "S. Lemaire"]), font=f, size_pt=10.5)
    sh.text(120, 45, ("huisarts" if nl else "médecin traitant"), font=f, size_pt=10.5)
    sh.text(120, 56, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10.5)
    y = 68
    y = sh.paragraph(20, y, 170, (f"Betreft: {c.p.surname.upper()} {c.p.given_names}, geboren "
                                  f"{fdate(c.p.birth_date, 'dots', lang)}" if nl else
                                  f"Concerne : {c.p.surname.upper()} {c.p.given_names}, né(e) le "
                                  f"{fdate(c.p.birth_date, 'dots', lang)}"), font=fb, size_pt=10.5) + 4
    for para in (("Geachte collega," if nl else "Cher Confrère,"),
                 (f"Ik zag uw patiënt(e) opnieuw op de raadpleging. Voorgeschiedenis: {t['history']}" if nl else
                   f"J'ai revu votre patient(e) en consultation. Antécédents : {t['history']}"),
                 t["severity"],
                 (f"Behandeling: {'; '.join(t['meds'])}. {t['intervention']}" if nl else
                   f"Traitement : {'; '.join(t['meds'])}. {t['intervention']}")):
        y = sh.paragraph(20, y, 170, para, font=f, size_pt=10.5, leading=1.45) + 3
    y += 2
    box = [f"{t['name']} (ICD-10 {il['icd']}).", t["duration"], t["prognosis"], t["needs"]]
    rows = []
    for b in box:
        rows += wrap(b, 160, f, 10.2)
    h = 4.8 * len(rows) + 10
    sh.rect(20, y, 170, h, width_mm=0, fill=(236, 236, 236))
    sh.text(24, y + 2, "Conclusie" if nl else "Conclusion", font=fb, size_pt=10.5)
    for j, r_ in enumerate(rows):
        sh.text(24, y + 8 + j * 4.8, r_, font=f, size_pt=10.2)
    y += h + 6
    sh.text(20, y, "Met collegiale groeten," if nl else "Bien confraternellement,", font=f, size_pt=10.5)
    sh.signature(22, y + 4, rng.uniform(42, 52), 15, rng, color=INK_BLUE)
    sh.text(20, y + 22, d.name(), font=fb, size_pt=10.5)
    sh.text(20, y + 27, f"{SPECIALTY[d.spec].get(lang, '')} · {'RIZIV' if nl else 'INAMI'} {d.riziv}", font=f,
            size_pt=9.5, color=GREY)
    return [sh], {}


def medstat_discharge(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A discharge summary printed from the hospital's record ('Ontslagbrief' / 'Lettre de sortie'): a header
    table with the admission and discharge dates, the unit and the author; numbered diagnoses, the course of
    the stay, the medication at discharge as a ruled table and the follow-up; 'Elektronisch gevalideerd door
    ... op ...' at the foot instead of a signature."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = _ill(c, lang)
    nl = lang == "nl"
    f, fb = LNAR, LNAR_B
    sh = Sheet()
    sh.text(20, 12, d.inst or "Ziekenhuis", font=fb, size_pt=12)
    sh.text(190, 12, "ONTSLAGBRIEF" if nl else "LETTRE DE SORTIE", font=fb, size_pt=12, anchor="right")
    adm = c.medstat_date - timedelta(days=rng.randint(6, 20))
    cells = [("Patiënt" if nl else "Patient", f"{c.p.surname.upper()}, {c.p.given_names}"),
             ("Geboortedatum" if nl else "Date de naissance", fdate(c.p.birth_date, "dots", lang)),
             ("Opname" if nl else "Admission", fdate(adm, "dots", lang)),
             ("Ontslag" if nl else "Sortie", fdate(c.medstat_date, "dots", lang)),
             ("Afdeling" if nl else "Unité", SPECIALTY[d.spec].get("dept_" + lang, "") or "—"),
             ("Auteur", d.name())]
    y = 20
    for i, (a, b) in enumerate(cells):
        x = 20 + (i % 3) * 56.7
        yy = y + (i // 3) * 11
        sh.rect(x, yy, 56.7, 11, width_mm=0.2, color=(160, 160, 160))
        sh.text(x + 1.5, yy + 0.8, a, font=f, size_pt=7.5, color=GREY)
        bb = glyphs(b, fb)
        sh.text(x + 1.5, yy + 4.6, bb, font=fb, size_pt=fit(bb, fb, 9.5, 53))
    y += 28
    sh.text(20, y, "Diagnosen" if nl else "Diagnostics", font=fb, size_pt=11)
    y += 6
    y = sh.paragraph(24, y, 166, f"1. {t['name']} (ICD-10 {il['icd']})", font=f, size_pt=10.3) + 1
    y = sh.paragraph(24, y, 166, f"2. {t['severity']}", font=f, size_pt=10.3, leading=1.4) + 4
    sh.text(20, y, "Verloop" if nl else "Évolution", font=fb, size_pt=11)
    y = sh.paragraph(20, y + 6, 170, f"{t['history']} {t['intervention']} {t['prognosis']}", font=f, size_pt=10.3,
                     leading=1.4) + 4
    sh.text(20, y, "Medicatie bij ontslag" if nl else "Traitement de sortie", font=fb, size_pt=11)
    y += 6
    for m in t["meds"]:
        sh.rule(20, y - 1, 190, y - 1, width_mm=0.1, color=(190, 190, 190))
        sh.text(22, y, m, font=f, size_pt=10)
        y += 5.6
    sh.rule(20, y - 1, 190, y - 1, width_mm=0.1, color=(190, 190, 190))
    y += 5
    sh.text(20, y, "Opvolging" if nl else "Suivi", font=fb, size_pt=11)
    y = sh.paragraph(20, y + 6, 170, f"{t['needs']} {t['duration']}", font=f, size_pt=10.3, leading=1.4) + 8
    when = c.medstat_date + timedelta(days=rng.randint(0, 2))
    sh.text(20, y, (f"Elektronisch gevalideerd door {d.name()} op {fdate(when, 'dots', lang)}" if nl else
                    f"Validé électroniquement par {d.name()} le {fdate(when, 'dots', lang)}"), font=f, size_pt=9.5,
            color=GREY)
    sh.text(20, 286, f"{'Afgedrukt' if nl else 'Imprimé'}: {fdate(when + timedelta(days=1), 'dots', lang)} · 1/1",
            font=f, size_pt=7.5, color=GREY)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-brief-aan-huisarts-grijs-conclusievak-naam-onder-handtekening-34",
         "medical-statement", PART, _lg, (lambda c, r, lg=_lg: medstat_specialist_letter(c, r, lang=lg)),
         "a specialist's letter to the GP with a grey conclusion box, typed name and RIZIV below the signature")
    _reg(f"be9ter-medstat-ontslagbrief-epd-koptabel-medicatietabel-{_lg}-34", "medical-statement", PART, _lg,
         (lambda c, r, lg=_lg: medstat_discharge(c, r, lang=lg)),
         "a discharge summary printed from the record, header table, medication table, validated electronically")


# --------------------------------------------------------------------------- country of origin information

def coi_proforma(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pro-forma invoice from a private pharmacy in the capital of the country of origin, obtained by the
    family and sent on: the pharmacy's name and licence number, a table of the prescribed medicines with the
    monthly quantity, the unit price and the monthly total in the local currency and in US dollars, the note
    that the product is not kept in stock and is ordered on request with a delay of weeks, the pharmacist's
    stamp over the signature; in French for Madagascar, in English otherwise; the photocopy bears a drum line."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    fr = c.origin() == "MDG"
    t = il.get("fr" if fr else "en") or il.get("en") or il.get("fr") or il["nl"]
    f, fb = DCOND, DCOND_B
    sh = Sheet()
    name = {"MDG": "PHARMACIE METROPOLE", "LBR": "JFK COMMUNITY PHARMACY", "TUR": "MERKEZ ECZANESİ"}.get(
        c.origin(), "CENTRAL PHARMACY")
    sh.text(20, 14, glyphs(name, fb), font=fb, size_pt=14)
    sh.text(20, 20.5, f"{o['capital']} · {'Autorisation n°' if fr else 'Licence No.'} "
                      f"{rng.randint(100, 999)}/{rng.randint(10, 99)}", font=f, size_pt=9, color=GREY)
    when = SUBMISSION_HINT - timedelta(days=rng.randint(25, 110))
    sh.text(190, 14, "FACTURE PRO FORMA" if fr else "PRO-FORMA INVOICE", font=fb, size_pt=13, anchor="right")
    sh.text(190, 20.5, (f"Date : {fr_long(when)}" if fr else f"Date: {en_long(when)}"), font=f, size_pt=9.5,
            anchor="right")
    sh.text(20, 34, (f"Patient : {c.p.surname.upper()} {c.p.given_names}" if fr else
                     f"Patient: {c.p.given_names} {c.p.surname.upper()}"), font=f, size_pt=10.5)
    y = 44
    cols = [("Produit" if fr else "Product", 22), ("Qté/mois" if fr else "Qty/month", 118),
            (f"PU ({o['currency']})", 144), (f"Total ({o['currency']})", 170)]
    sh.rect(20, y, 170, 7, width_mm=0, fill=(226, 226, 226))
    for h_, x in cols:
        sh.text(x, y + 1.5, h_, font=fb, size_pt=8.8)
    y += 9
    tot_usd = 0.0
    rate = {"MGA": 4500.0, "LRD": 190.0, "TRY": 34.0}.get(o["currency"], 100.0)
    for m in t["meds"]:
        q = rng.choice([1, 2, 30, 60])
        usd = rng.uniform(18, 140)
        tot_usd += usd
        unit = usd * rate / q
        sh.text(22, y, m[:60], font=f, size_pt=9.3)
        sh.text(118, y, str(q), font=f, size_pt=9.3)
        sh.text(144, y, f"{unit:,.0f}".replace(",", " "), font=f, size_pt=9.3)
        sh.text(170, y, f"{usd * rate:,.0f}".replace(",", " "), font=f, size_pt=9.3)
        sh.rule(20, y + 5, 190, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 7
    y += 2
    sh.text(118, y, "TOTAL / MOIS" if fr else "TOTAL / MONTH", font=fb, size_pt=10)
    sh.text(170, y, f"{tot_usd * rate:,.0f}".replace(",", " ") + f"  (≈ {tot_usd:,.0f} USD)", font=fb, size_pt=10)
    y += 14
    note = ((f"Produit non tenu en stock. Commande sur demande auprès du grossiste, délai de 6 à 10 semaines, paiement "
             f"d'avance. Aucune prise en charge par une assurance. Salaire mensuel moyen : {o['wage']}.") if fr else
            (f"Product not kept in stock. Ordered on request from the importer, delivery in 6 to 10 weeks, payment in "
             f"advance. Not covered by any insurance scheme. Average monthly wage: {o['wage']}."))
    y = sh.paragraph(20, y, 170, note, font=f, size_pt=10, leading=1.45) + 12
    sh.signature(120, y, 46, 14, rng, color=INK_BLACK)
    sh.stamp(126, y - 4, [glyphs(name, NSANS_B)[:24], o["capital"].upper(), "PHARMACIEN" if fr else "PHARMACIST"], rng,
             shape="round", size_mm=28, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-10, 10))
    return [sheet_of(drum_line(sh.render(200), rng))], {}


def coi_fiche(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A country fact sheet of a Belgian NGO's medical desk, in Dutch or French: the title with the country and
    the illness, a short summary box, a table (medicine, available in the public sector, available in the
    private sector, monthly price, reimbursed), then two paragraphs on access and the sources as numbered
    references at the foot; the sheet carries the lawyer's pencil tick in the margin."""
    lang = "fr" if c.lang == "fr" else "nl"
    nl = lang == "nl"
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    dr = drug(c.illness, lang)
    f, fb = CSB, CSB_B
    sh = Sheet()
    org = "Medisch Steunpunt Migratie vzw" if nl else "Cellule médicale Migrations asbl"
    when = SUBMISSION_HINT - timedelta(days=rng.randint(40, 300))
    sh.text(20, 12, org, font=fb, size_pt=10, color=(30, 80, 110))
    sh.text(190, 12, ("Landenfiche" if nl else "Fiche pays") + f" · {when:%m/%Y}", font=f, size_pt=9, anchor="right",
            color=GREY)
    sh.rule(20, 17, 190, 17, width_mm=0.4, color=(30, 80, 110))
    sh.text(20, 24, f"{cn} – {ILLNESSES[c.illness].get(lang, il.get('en', il['nl']))['name']}"[:90], font=fb,
            size_pt=12.5)
    summ = ((f"Samenvatting: {dr} is in {cn} in de openbare sector niet beschikbaar; in de privésector enkel op "
             f"bestelling, tegen ongeveer {il['cost']} per maand. Er is geen terugbetaling.") if nl else
            (f"Résumé : {dr} n'est pas disponible dans le secteur public en {cn} ; dans le secteur privé uniquement "
             f"sur commande, pour environ {il['cost']} par mois. Aucun remboursement."))
    rows = wrap(summ, 162, f, 10)
    sh.rect(20, 32, 170, 5 * len(rows) + 6, width_mm=0.3, color=(30, 80, 110))
    for j, r_ in enumerate(rows):
        sh.text(24, 35 + j * 5, r_, font=f, size_pt=10)
    y = 32 + 5 * len(rows) + 12
    heads = (["Geneesmiddel", "Publiek", "Privé", "Prijs/maand", "Terugbetaald"] if nl else
             ["Médicament", "Public", "Privé", "Prix/mois", "Remboursé"])
    xs = [22, 100, 122, 144, 170]
    sh.rect(20, y, 170, 7, width_mm=0, fill=(214, 226, 234))
    for h_, x in zip(heads, xs):
        sh.text(x, y + 1.5, h_, font=fb, size_pt=9)
    y += 8
    t = il.get(lang) or il.get("en") or il["nl"]
    for m in t["meds"]:
        vals = [m[:44], "nee" if nl else "non", "op bestelling" if nl else "sur commande", il["cost"],
                "nee" if nl else "non"]
        for v_, x in zip(vals, xs):
            sh.text(x, y, v_, font=f, size_pt=fit(v_, f, 9.2, 76 if x == 22 else (18 if x == 100 else 20)))
        sh.rule(20, y + 5.4, 190, y + 5.4, width_mm=0.1, color=(190, 190, 190))
        y += 7
    y += 6
    for para in (((f"Toegankelijkheid: het gemiddelde maandloon bedraagt {o['wage']}. {o.get('insurance_nl')}") if nl else
                  (f"Accessibilité : le salaire mensuel moyen est de {o['wage']}. {o.get('insurance_fr')}")),
                 ((f"Opvolging: de gespecialiseerde opvolging gebeurt enkel in {o['hospital']} (1), met wachttijden "
                   f"van meerdere maanden (2).") if nl else
                  (f"Suivi : le suivi spécialisé n'est assuré qu'à {o['hospital']} (1), avec des délais de plusieurs "
                   f"mois (2)."))):
        y = sh.paragraph(20, y, 170, para, font=f, size_pt=10.3, leading=1.45) + 4
    sh.rule(20, 266, 80, 266, width_mm=0.2)
    sh.text(20, 268, f"(1) https://www.who.int/countries/{c.origin().lower()}/ – {when.year}", font=f, size_pt=7.8)
    sh.text(20, 272, "(2) " + ("interview met een arts ter plaatse, " if nl else "entretien avec un médecin sur place, ")
            + f"{(when - timedelta(days=30)):%m/%Y}", font=f, size_pt=7.8)
    pencil(sh, 194, 100, "✓", rng, size=15)
    return [sh], {}


_reg("be9ter-coi-apotheek-pro-forma-factuur-herkomstland-prijzen-trommelstreep-34", "country-of-origin-info", PART,
     "en/fr", coi_proforma,
     "a pro-forma invoice of a pharmacy in the capital of the country of origin, prices per month, not in stock")
_reg("be9ter-coi-landenfiche-ngo-samenvattingskader-tabel-bronnen-34", "country-of-origin-info", PART, "nl/fr",
     coi_fiche, "an NGO medical desk's country fact sheet with a summary box, an availability table and sources")


# --------------------------------------------------------------------------- asylum proofs

def asylum_annex26_stamps(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 as the commune hands it out: the heading block at the upper left, the photo at the upper RIGHT
    with the commune's stamp over its corner, the particulars as lines with the values typed in; the lower half
    full of the commune's rectangular 'verlengd tot / prorogé jusqu'au' stamps with dates written in by hand
    and initials, one of them crooked and faint."""
    p = c.p
    nl = lang == "nl"
    f, fb = NSANS, NSANS_B
    a = Sheet()
    a.text(20, 12, "BIJLAGE 26" if nl else "ANNEXE 26", font=fb, size_pt=15)
    a.text(20, 19, "Koninkrijk België – Dienst Vreemdelingenzaken" if nl else
           "Royaume de Belgique – Office des Étrangers", font=f, size_pt=9)
    a.paragraph(20, 26, 120, ("Inschrijvingsbewijs afgegeven aan een verzoeker om internationale bescherming" if nl
                              else "Attestation d'immatriculation délivrée à un demandeur de protection "
                                   "internationale"), font=fb, size_pt=10.5, leading=1.3)
    a.rect(152, 12, 34, 44, width_mm=0.2, color=(180, 180, 180))
    a.photo(153, 13, 32, 42, rng)
    city = c.addr.city
    a.stamp(160, 40, [("GEMEENTE " if nl else "COMMUNE DE ") + city.upper()[:14], "BEVOLKING" if nl else "POPULATION"],
            rng, shape="round", size_mm=22, color=STAMP_VIOLET)
    rows = [("Naam" if nl else "Nom", p.surname.upper()), ("Voornaam" if nl else "Prénom", p.given_names),
            ("Geboren te" if nl else "Né(e) à", p.birth_place),
            ("op" if nl else "le", fdate(p.birth_date, "dots", lang)),
            ("Nationaliteit" if nl else "Nationalité", COUNTRIES[p.nationality]["adj_" + lang]),
            ("OV-nummer" if nl else "N° SP", c.ov or "—"),
            ("Verzoek ingediend op" if nl else "Demande introduite le", fdate(c.asylum["lodged"], "dots", lang)),
            ("Geldig tot" if nl else "Valable jusqu'au", fdate(c.asylum["lodged"] + timedelta(days=120), "dots",
                                                               lang))]
    y = 64
    for lab, val in rows:
        a.text(20, y, lab, font=f, size_pt=10)
        a.rule(62, y + 4.6, 186, y + 4.6, width_mm=0.15, color=(150, 150, 150))
        vv = glyphs(val, CPR_B)
        a.text(64, y, vv, font=CPR_B, size_pt=fit(vv, CPR_B, 11, 120))
        y += 8.5
    a.text(20, y + 2, ("Afgegeven te " if nl else "Délivré à ") + city + (" op " if nl else " le ") +
           fdate(c.asylum["lodged"], "dots", lang), font=f, size_pt=9.5)
    a.signature(130, y, 36, 11, rng, color=INK_BLACK)
    y += 18
    a.rule(20, y, 190, y, width_mm=0.3)
    a.text(20, y + 2, "Verlengingen" if nl else "Prorogations", font=fb, size_pt=10)
    d0 = c.asylum["lodged"] + timedelta(days=120)
    k = 0
    while d0 < SUBMISSION_HINT + timedelta(days=30) and k < 6:
        d1 = d0 + timedelta(days=rng.choice([90, 120, 180]))
        x, yy = 22 + (k % 3) * 56, y + 10 + (k // 3) * 30
        st = Sheet(50, 22)
        st.rect(0.5, 0.5, 49, 21, width_mm=0.6, color=STAMP_BLUE)
        st.text(25, 2.5, ("VERLENGD TOT" if nl else "PROROGÉ JUSQU'AU"), font=NSANS_B, size_pt=8.5,
                color=STAMP_BLUE, anchor="center")
        st.text(25, 15.5, city.upper()[:20], font=NSANS, size_pt=7, color=STAMP_BLUE, anchor="center")
        img = st.render(250).rotate(rng.uniform(-6, 6), expand=True, fillcolor=(255, 255, 255))
        if k == 1:
            img = img.point(lambda v: 255 - (255 - v) // 2)
        a.image(x, yy, 50, 22, img, blend="multiply")
        a.handwriting(x + 10, yy + 6.5, d1.strftime("%d/%m/%Y"), rng, size_pt=11, color=INK_BLUE, font=PEN)
        a.handwriting(x + 38, yy + 14, rng.choice(["JD", "MV", "KB", "AL"]), rng, size_pt=9, color=INK_BLUE, font=PEN)
        d0 = d1
        k += 1
    return [a], {}


def asylum_cgvs_invitation(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGVS/CGRA's invitation to the personal interview in the pending procedure, as a letter: the
    commissioner-general's heading at the upper left, the addressee in the window (care of the lawyer when the
    domicile is elected there), the references in a two-line
    block, the date and time of the interview in bold, the interpreter's language, what to bring; printed in
    Liberation Sans Narrow, signed 'namens de Commissaris-generaal' with a scanned signature."""
    p = c.p
    nl = lang == "nl"
    f, fb = LNAR, LNAR_B
    sh = Sheet()
    sh.text(20, 12, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
            "Commissariat général aux réfugiés et aux apatrides", font=fb, size_pt=11.5)
    sh.text(20, 18, "Koning Albert II-laan 33 bus 2 – 1030 Brussel" if nl else
            "Boulevard du Roi Albert II 33 bte 2 – 1030 Bruxelles", font=f, size_pt=9, color=GREY)
    a = c.addr
    if c.lawyer and (c.domicile == "lawyer" or "no_address" in c.flags):
        L = c.lawyer
        to = [f"{p.given_names} {p.surname.upper()}", f"p/a {'Mr.' if nl else 'Me'} {L['first']} {L['last']}",
              L["street"], f"{L['pc']} {L['city']}"]
    else:
        to = [f"{p.given_names} {p.surname.upper()}", f"{a.street} {a.number}" +
              (f" {'bus' if nl else 'bte'} {a.box}" if a.box else ""), f"{a.postcode} {a.city}"]
    for i, ln in enumerate(to):
        sh.text(110, 40 + i * 5, ln, font=f, size_pt=10.5)
    when = c.app_date - timedelta(days=rng.randint(20, 60))
    ref = f"{rng.randint(21, 26)}{_digits3(rng)}{_digits3(rng)}"
    sh.text(20, 70, f"{'Ons kenmerk' if nl else 'Notre référence'}: {ref}   ·   {'OV' if nl else 'SP'}: {c.ov or '—'}",
            font=f, size_pt=9.5)
    sh.text(20, 75, f"{'Datum' if nl else 'Date'}: {fdate(when, 'long', lang)}", font=f, size_pt=9.5)
    sh.text(20, 86, "Uitnodiging voor een persoonlijk onderhoud" if nl else "Convocation à un entretien personnel",
            font=fb, size_pt=12.5)
    iv = when + timedelta(days=rng.randint(25, 70))
    while iv.weekday() >= 5:
        iv += timedelta(days=1)
    hh = rng.choice(["09:00", "09:30", "13:30", "14:00"])
    paras = ([f"Geachte {'mevrouw' if c.fem else 'heer'},",
              f"In het kader van uw verzoek om internationale bescherming, ingediend op "
              f"{fdate(c.asylum['lodged'], 'long', lang)}, wordt u uitgenodigd voor een persoonlijk onderhoud:",
              f"op {fdate(iv, 'long', lang)} om {hh} uur",
              "Er zal een tolk aanwezig zijn. Breng deze brief, uw bijlage 26 en alle documenten mee die uw verzoek "
              "ondersteunen. Uw verzoek is nog in behandeling; er werd nog geen beslissing genomen.",
              "Met vriendelijke groeten,", "namens de Commissaris-generaal,"] if nl else
             [f"{'Madame' if c.fem else 'Monsieur'},",
              f"Dans le cadre de votre demande de protection internationale introduite le "
              f"{fdate(c.asylum['lodged'], 'long', lang)}, vous êtes convoqué{'e' if c.fem else ''} à un entretien "
              f"personnel :",
              f"le {fdate(iv, 'long', lang)} à {hh.replace(':', 'h')}",
              "Un interprète sera présent. Apportez cette lettre, votre annexe 26 et tous les documents qui "
              "soutiennent votre demande. Votre demande est toujours en cours d'examen ; aucune décision n'a été "
              "prise.", "Veuillez agréer nos salutations distinguées,", "pour le Commissaire général,"])
    y = 96
    for i, t in enumerate(paras):
        y = sh.paragraph(20, y, 170, t, font=fb if i == 2 else f, size_pt=11 if i == 2 else 10.5,
                         leading=1.45) + 3.5
    sh.signature(22, y, 40, 12, rng, color=(30, 30, 40))
    sh.text(20, y + 15, rng.choice(["K. Vermeersch", "A. Dubois", "S. Peeters"]), font=f, size_pt=10)
    sh.text(20, y + 20, "protection officer", font=f, size_pt=9.5, color=GREY)
    return [sh], {}


def _digits3(rng) -> str:
    return f"{rng.randint(0, 999):03d}"


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-{'bijlage' if _lg == 'nl' else 'annexe'}-26-verlengingsstempels-met-de-hand-{_lg}-34",
         "asylum-proof", PART, _lg, (lambda c, r, lg=_lg: asylum_annex26_stamps(c, r, lang=lg)),
         "annex 26 with the photo at the upper right and the commune's extension stamps dated by hand")
    _reg(f"be9ter-asylum-{'cgvs' if _lg == 'nl' else 'cgra'}-uitnodiging-persoonlijk-onderhoud-{_lg}-34",
         "asylum-proof", PART, _lg, (lambda c, r, lg=_lg: asylum_cgvs_invitation(c, r, lang=lg)),
         "the CGVS/CGRA's invitation to the personal interview in the pending procedure")


# --------------------------------------------------------------------------- registered-mail receipts

def rm_ticket_sideways(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter's thermal ticket laid SIDEWAYS on the scanner glass, so that on the A4 scan its text runs from
    the bottom to the top; a short handwritten note 'aangetekend 9ter' / 'recommandé 9ter' beside it, upright."""
    t = Sheet(80, 120)
    f = FMONO
    t.text(40, 5, "bpost", font=NSANS_B, size_pt=16, anchor="center", color=(30, 30, 30))
    t.text(40, 12.5, _post_office(c), font=f, size_pt=8, anchor="center")
    t.text(40, 16.5, f"{c.rm_date.strftime('%d/%m/%Y')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font=f,
           size_pt=8, anchor="center")
    t.rule(4, 21, 76, 21, width_mm=0.2, dash=0.7)
    t.text(4, 24, "ENVOI RECOMMANDE", font=f, size_pt=8.5)
    t.text(4, 28, "AANGETEKENDE ZENDING", font=f, size_pt=8.5)
    t.text(4, 32, "Preuve de depot / Bewijs van afgifte", font=f, size_pt=7.2)
    bars(t, 6, 37, 68, 11, c.rm_track)
    t.text(40, 49, track_spaced(c.rm_track), font=f, size_pt=8, anchor="center")
    t.text(4, 56, "Destinataire / Bestemmeling:", font=f, size_pt=7.3)
    for i, ln in enumerate(c.rm_to):
        t.text(4, 60 + i * 4, glyphs(ln, f)[:34], font=f, size_pt=7.8)
    t.rule(4, 74, 76, 74, width_mm=0.2, dash=0.7)
    t.text(4, 77, "Expediteur / Afzender:", font=f, size_pt=7.3)
    for i, ln in enumerate(_sender_lines(c)):
        t.text(4, 81 + i * 4, glyphs(ln, f)[:34], font=f, size_pt=7.8)
    t.text(4, 96, "Montant / Bedrag", font=f, size_pt=7.8)
    t.text(76, 96, f"{rng.choice(['9,60', '9,85', '10,30'])} EUR", font=f, size_pt=7.8, anchor="right")
    t.text(40, 106, "Conservez ce ticket - Bewaar dit ticket", font=f, size_pt=6.8, anchor="center")
    img = t.render(260).rotate(90, expand=True)
    img = img.point(lambda v: int(v * 0.93 + 14))
    sh = Sheet()
    sh.image(30, 40, 120, 80, img)
    sh.handwriting(34, 128, rng.choice(["aangetekend 9ter", "recommandé 9ter", "9ter - DVZ"]) +
                   f"  {c.rm_date:%d/%m}", rng, size_pt=12, color=INK_BLUE, font=PEN)
    return [sh], {}


def rm_green_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's pre-printed deposit slip in three languages on pale green paper ('Aangetekende zending / Envoi
    recommandé / Einschreiben'), the sender and addressee written in by hand in ballpoint, the barcode sticker
    stuck across the upper right, the post office's round date stamp struck OVER the handwriting; copied at
    actual size on A4 with the rest of the page empty."""
    s = Sheet(148, 105, paper="green")
    f, fb = NSANS, NSANS_B
    s.text(4, 4, "bpost", font=fb, size_pt=14, color=(200, 40, 40))
    s.text(30, 4.5, "AANGETEKENDE ZENDING · ENVOI RECOMMANDÉ · EINSCHREIBEN", font=fb, size_pt=7.5)
    s.text(30, 8.5, "Bewijs van afgifte · Preuve de dépôt · Einlieferungsbeleg", font=f, size_pt=7)
    lab = Sheet(60, 20)
    lab.rect(0, 0, 60, 20, width_mm=0, fill=(255, 255, 255))
    bars(lab, 3, 2, 54, 10, c.rm_track)
    lab.text(30, 13.5, track_spaced(c.rm_track), font="mono2", size_pt=7, anchor="center")
    paste(s, lab, 84, 14, dpi=260, angle=rng.uniform(-3, 3))
    for y0, t_, lines in ((16, "Afzender / Expéditeur / Absender", _sender_lines(c)),
                          (52, "Bestemmeling / Destinataire / Empfänger", c.rm_to)):
        s.text(4, y0, t_, font=f, size_pt=6.8, color=(60, 90, 60))
        for i in range(3):
            s.rule(4, y0 + 9 + i * 7, 80 if y0 == 16 else 144, y0 + 9 + i * 7, width_mm=0.15,
                   color=(110, 140, 110))
        for i, ln in enumerate(lines[:3]):
            vv = glyphs(ln, PEN)
            s.handwriting(5, y0 + 2.6 + i * 7, vv, rng, size_pt=fit(vv, PEN, 11, (74 if y0 == 16 else 130) / 1.15),
                          color=INK_BLUE, font=PEN)
    s.text(4, 92, "Datum / Date", font=f, size_pt=6.8, color=(60, 90, 60))
    s.handwriting(22, 89, c.rm_date.strftime("%d/%m/%Y"), rng, size_pt=11, color=INK_BLUE, font=PEN)
    s.stamp(92, 62, [f"BPOST {_post_office(c).upper()[:18]}", c.rm_date.strftime("%d-%m-%Y")], rng, shape="round",
            size_mm=28, color=(40, 40, 60), angle=rng.uniform(-25, 25))
    sh = Sheet()
    paste(sh, s, 18, 20, dpi=220)
    return [sh], {}


def rm_office_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's list of registered letters handed in at the post office that day ('Lijst aangetekende
    zendingen / Liste des envois recommandés'), printed from the office software with four to six lines, each
    with the item number, addressee and reference; the post office's date stamp and the clerk's initials at the
    foot; our line marked with a yellow highlighter."""
    f, fb = CARL, CARL_B
    sh = Sheet()
    sender = _sender_lines(c)
    sh.text(20, 14, sender[0], font=fb, size_pt=12)
    sh.text(20, 20, ", ".join(sender[1:]), font=f, size_pt=9, color=GREY)
    sh.text(20, 34, "LIJST AANGETEKENDE ZENDINGEN · LISTE DES ENVOIS RECOMMANDÉS", font=fb, size_pt=11.5)
    sh.text(20, 40, f"Datum / Date: {c.rm_date.strftime('%d/%m/%Y')}", font=f, size_pt=10)
    cols = [("Nr.", 20, 10), ("Zendingsnummer / N° d'envoi", 30, 48), ("Bestemmeling / Destinataire", 78, 78),
            ("Ref.", 156, 34)]
    y = 50
    for t_, x, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.25, fill=(230, 230, 230))
        sh.text(x + 1.2, y + 1.5, t_, font=fb, size_pt=8.2)
    y += 7
    others = [["Rechtbank van eerste aanleg", "Opgeëistenstraat 401", "9000 Gent"],
              ["Tribunal du travail", "Place Poelaert 3", "1000 Bruxelles"],
              ["OCMW Antwerpen", "Lange Gasthuisstraat 39", "2000 Antwerpen"],
              ["Raad voor Vreemdelingenbetwistingen", "Gaucheretstraat 92-94", "1030 Brussel"],
              ["Huisvesting Sociale Woonmaatschappij", "Bisdomplein 3", "9000 Gent"]]
    rng.shuffle(others)
    n = rng.randint(4, 6)
    mine = rng.randrange(n)
    from .be9ter import s10_tracking
    for i in range(n):
        if i == mine:
            tr, to, ref = c.rm_track, c.rm_to, f"9ter {c.p.surname.split()[0][:10]}"
        else:
            tr, to, ref = s10_tracking(random.Random(c.seed + 171 + i)), others[i % len(others)], \
                f"{rng.randint(2024, 2026)}/{rng.randint(100, 999)}"
        h = 5 * len(to) + 3
        for _t, x, w in cols:
            sh.rect(x, y, w, h, width_mm=0.2)
        sh.text(21.5, y + 1.5, str(i + 1), font=f, size_pt=9.5)
        sh.text(31.5, y + 1.5, track_spaced(tr), font="mono2", size_pt=8.4)
        for j, ln in enumerate(to):
            sh.text(79.5, y + 1.5 + j * 5, glyphs(ln, f), font=f, size_pt=fit(ln, f, 9.5, 75))
        sh.text(157.5, y + 1.5, ref, font=f, size_pt=fit(ref, f, 9, 31))
        if i == mine:
            highlight(sh, 30.5, y + 0.8, 124, 5.6, rng)
        y += h
    y += 12
    sh.text(20, y, f"Aantal / Nombre: {n}", font=f, size_pt=10)
    sh.stamp(110, y - 6, [f"BPOST {_post_office(c).upper()[:18]}", c.rm_date.strftime("%d.%m.%Y")], rng,
             shape="round", size_mm=30, color=(40, 40, 60), angle=rng.uniform(-20, 20))
    sh.handwriting(150, y + 14, rng.choice(["KD", "MV", "SB"]), rng, size_pt=12, color=INK_BLUE, font=PEN)
    return [sh], {}


_reg("be9ter-rm-ticket-dwars-op-de-glasplaat-handgeschreven-notitie-34", "registered-mail-receipt", PART, "nl/fr",
     rm_ticket_sideways, "the counter's thermal ticket scanned lying sideways, a handwritten note beside it")
_reg("be9ter-rm-groen-drietalig-afgiftebewijs-met-de-hand-stempel-over-handschrift-34", "registered-mail-receipt",
     PART, "nl/fr/de", rm_green_slip,
     "bpost's trilingual deposit slip on green paper filled in by hand, barcode sticker, stamp over the writing")
_reg("be9ter-rm-kantoorlijst-aangetekende-zendingen-markeerstift-poststempel-34", "registered-mail-receipt", PART,
     "nl/fr", rm_office_list, "the law office's list of registered letters with our line highlighted, post stamp")


# --------------------------------------------------------------------------- others

def other_declaration_typed(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour, typed by a volunteer of a reception centre in Carlito from what the
    applicant told: who he or she is, that no identity document can be produced and why, that the statements are
    true; signed by the applicant at the end BESIDE the typed name, the volunteer's initials in the margin; no
    authority's stamp."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    f, fb = CARL, CARL_B
    sh = Sheet()
    sh.text(105, 22, "VERKLARING OP EER" if nl else "DÉCLARATION SUR L'HONNEUR", font=fb, size_pt=15, anchor="center")
    e = "e" if c.fem else ""
    paras = ([f"Ik, ondergetekende {p.given_names} {p.surname}, verklaar op eer dat ik geboren ben op "
              f"{fdate(p.birth_date, 'long', 'nl')} te {p.birth_place} ({cname(c.birth_cc(), 'nl')}) en de "
              f"{COUNTRIES[p.nationality]['adj_nl']} nationaliteit heb.",
              "Ik heb geen paspoort, identiteitskaart of geboorteakte bij me. Mijn documenten zijn verloren gegaan "
              "tijdens de reis en ik heb geen familie meer die ze kan opvragen.",
              "Ik verklaar dat alles wat hierboven staat waar is. Deze verklaring werd opgesteld op basis van wat ik "
              "heb verteld."] if nl else
             [f"Je soussigné{e} {p.given_names} {p.surname} déclare sur l'honneur être né{e} le "
              f"{fdate(p.birth_date, 'long', 'fr')} à {p.birth_place} ({cname(c.birth_cc(), 'fr')}) et être de "
              f"nationalité {COUNTRIES[p.nationality]['adj_fr']}.",
              "Je ne possède ni passeport, ni carte d'identité, ni acte de naissance. Mes documents ont été perdus "
              "pendant le voyage et je n'ai plus de famille qui puisse les demander.",
              "Je déclare que tout ce qui précède est exact. Cette déclaration a été rédigée sur la base de mes "
              "propres dires."])
    y = 40
    for t in paras:
        y = sh.paragraph(24, y, 162, t, font=f, size_pt=11.5, leading=1.6) + 6
    y += 4
    sh.text(24, y, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'long', lang)}", font=f,
            size_pt=11)
    y += 14
    w = sh.text(24, y, f"{p.given_names} {p.surname}", font=fb, size_pt=11)
    sh.signature(30 + w, y - 8, 44, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    pencil(sh, 190, 260, "vw " + rng.choice(["AB", "LK", "ST"]), rng, size=10)
    return [sh], {}


def other_pharmacy_monthly(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's monthly statement of the medicines delivered on prescription, printed on a dot-matrix
    printer (Nimbus Mono), the patient's part and the insurer's part in two columns, the pharmacist's stamp; a
    coffee cup's ring on the copy."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    t = _ill(c, lang)
    name = rng.choice(["Apotheek Het Anker", "Pharmacie de la Gare", "Apotheek Sint-Jan", "Pharmacie du Parvis"])
    f = NMONO
    sh = Sheet()
    sh.text(20, 16, name.upper(), font=f, size_pt=12)
    sh.text(20, 22, f"{c.addr.postcode} {c.addr.city}   APB {rng.randint(100000, 999999)}", font=f, size_pt=9.5)
    sh.text(20, 34, ("MAANDOVERZICHT AFGELEVERDE GENEESMIDDELEN" if nl else "RELEVÉ MENSUEL DES DÉLIVRANCES"),
            font=f, size_pt=11)
    sh.text(20, 41, f"{'Patiënt' if nl else 'Patient'}: {c.p.surname.upper()} {c.p.given_names}", font=f,
            size_pt=10)
    y = 52
    sh.text(20, y, ("DATUM      PRODUCT" if nl else "DATE       PRODUIT") + " " * 28 + ("PATIËNT  ZIEKENFONDS" if nl else
                                                                                   "PATIENT  MUTUELLE"),
            font=f, size_pt=8.8)
    y += 5
    sh.text(20, y, "-" * 86, font=f, size_pt=8.8)
    y += 5
    tp = 0.0
    for k in range(3):
        dd = c.app_date - timedelta(days=30 * (k + 1) + rng.randint(0, 6))
        for m in t["meds"][:3]:
            pp, ins = round(rng.uniform(2, 15), 2), round(rng.uniform(20, 260), 2)
            tp += pp
            line = f"{dd.strftime('%d/%m/%y')}   {m[:40]:<40} {pp:>7.2f}  {ins:>9.2f}"
            sh.text(20, y, glyphs(line, f), font=f, size_pt=8.8)
            y += 5
    y += 3
    sh.text(20, y, "-" * 86, font=f, size_pt=8.8)
    sh.text(20, y + 5, f"{'TOTAAL PATIËNT' if nl else 'TOTAL PATIENT'}: {tp:.2f} EUR".replace(".", ","), font=f,
            size_pt=9.5)
    sh.stamp(120, y + 12, [name.upper()[:24], c.addr.city.upper()], rng, shape="rect", size_mm=32, color=STAMP_BLUE)
    return [sheet_of(coffee_ring(sh.render(200), rng, where=(0.75, 0.78), r=0.07))], {}


def other_ocmw_amu(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The public social welfare centre's attestation that the applicant receives urgent medical aid (OCMW
    'dringende medische hulp' / CPAS 'aide médicale urgente'): the centre's logo bar, a reference block, two
    paragraphs, the social worker's name and the secretary's signature with the centre's stamp over it."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    f, fb = NSANS, NSANS_B
    city = c.addr.city
    sh = Sheet()
    sh.rect(20, 12, 170, 12, width_mm=0, fill=(0, 110, 90))
    sh.text(24, 14.5, ("OCMW " if nl else "CPAS de ") + city, font=fb, size_pt=13, color=(255, 255, 255))
    sh.text(186, 15.5, ("Sociale dienst" if nl else "Service social"), font=f, size_pt=9, color=(230, 240, 236),
            anchor="right")
    when = c.app_date - timedelta(days=rng.randint(10, 60))
    sh.text(20, 34, f"{'Ons kenmerk' if nl else 'Notre référence'}: SD/{rng.randint(10000, 99999)}", font=f,
            size_pt=9.5)
    sh.text(20, 39, f"{'Datum' if nl else 'Date'}: {fdate(when, 'long', lang)}", font=f, size_pt=9.5)
    sh.text(20, 52, "ATTEST DRINGENDE MEDISCHE HULP" if nl else "ATTESTATION D'AIDE MÉDICALE URGENTE", font=fb,
            size_pt=13)
    p = c.p
    paras = ([f"Het OCMW bevestigt dat {p.given_names} {p.surname.upper()}, geboren op "
              f"{fdate(p.birth_date, 'dots', 'nl')}, sinds {fdate(when - timedelta(days=rng.randint(90, 400)), 'long', 'nl')} "
              f"dringende medische hulp ontvangt voor de behandeling die de huisarts voorschrijft.",
              "Dit attest wordt afgeleverd op vraag van betrokkene, om voor te leggen aan de Dienst "
              "Vreemdelingenzaken."] if nl else
             [f"Le CPAS certifie que {p.given_names} {p.surname.upper()}, né(e) le {fdate(p.birth_date, 'dots', 'fr')}, "
              f"bénéficie depuis le {fdate(when - timedelta(days=rng.randint(90, 400)), 'long', 'fr')} de l'aide "
              f"médicale urgente pour le traitement prescrit par son médecin.",
              "La présente attestation est délivrée à la demande de l'intéressé(e), pour être produite auprès de "
              "l'Office des Étrangers."])
    y = 64
    for t in paras:
        y = sh.paragraph(20, y, 170, t, font=f, size_pt=10.8, leading=1.5) + 5
    y += 8
    sh.text(20, y, ("Maatschappelijk werker" if nl else "Assistant(e) social(e)"), font=f, size_pt=9.5, color=GREY)
    sh.text(20, y + 5, rng.choice(["Lotte Claes", "Julie Martin", "Yasmina Haddouchi"]), font=fb, size_pt=10)
    sh.text(120, y, ("De secretaris" if nl else "Le Directeur général"), font=f, size_pt=9.5, color=GREY)
    sh.signature(122, y + 5, 44, 14, rng, color=INK_BLACK)
    sh.stamp(128, y + 2, [("OCMW " if nl else "CPAS ") + city.upper()[:16], ("SOCIALE DIENST" if nl else
                                                                            "SERVICE SOCIAL")], rng, shape="round",
             size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-getypt-door-vrijwilliger-handtekening-naast-naam-34", "other", PART, "nl/fr",
     other_declaration_typed, "the applicant's declaration on honour typed by a volunteer, signed beside the name")
_reg("be9ter-other-pharmacy-maandoverzicht-matrixprinter-koffiekring-34", "other", PART, "nl/fr",
     other_pharmacy_monthly, "a pharmacy's monthly statement printed on a dot-matrix printer, a coffee ring")
_reg("be9ter-other-ocmw-cpas-attest-dringende-medische-hulp-34", "other", PART, "nl/fr", other_ocmw_amu,
     "the public social welfare centre's attestation of urgent medical aid")
