"""9ter families of the `thirtythird` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-second had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s33_*``.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image, ImageDraw

from .be9ter import (COUNTRIES, ILLNESSES, INK_BLACK, INK_BLUE, MC_NEW, MC_OLD, SPECIALTY, STAMP_BLUE, STAMP_RED,
                     STAMP_VIOLET, Case, _post_office, _reg, _sender_lines, addr_str, cname, drug, fdate, name_in,
                     track_spaced)
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet
from .thirtythird_identity import (CAL, CAL_B, CAL_I, CHANC, CPS, DSER, DSER_B, DSER_I, GOTH, GOTH_B,
                                   GOTH_I, NARR, NARR_B, NROM, NROM_B, NROM_I, PAL, PAL_B, PAL_I, PEN, PEN_BI,
                                   BREIP, de_long, desk_photo, en_long, fr_long, glass_dust, nl_long,
                                   tape, tear, water_stain)
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtythird"
GREY = (96, 96, 100)
SUBMISSION_HINT = datetime.date(2026, 12, 1)
LANGS4 = ("nl", "fr", "de", "en")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _long(d, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long, "en": en_long}[lang](d)


def _dd(c: Case, d: datetime.date, lang: str) -> str:
    """Dates in this part's applications: the case's style, written out when the style is the long one."""
    return _long(d, lang) if c.date_style == "long" else c.d(d, lang)


# --------------------------------------------------------------------------- sentences (s33_*)

def _vz(c: Case, lang: str, cap: bool = False) -> str:
    s = {"nl": "verzoekster" if c.fem else "verzoeker", "fr": "la requérante" if c.fem else "le requérant",
         "de": "die Antragstellerin" if c.fem else "der Antragsteller", "en": "the applicant"}[lang]
    return _cap(s) if cap else s


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (exhibit {n})"}[lang]


def s33_person(c: Case, lang: str) -> str:
    """The applicant's identity in one sentence; the flags leave out the place of birth or the nationality."""
    p = c.p
    nm = name_in(p, c.name_style)
    bd = _dd(c, p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    where = f"{p.birth_place}, {cname(c.birth_cc(), lang)}"
    e = "e" if c.fem else ""
    if lang == "nl":
        s = f"{_vz(c, lang, True)} heet {nm}. {'Zij' if c.fem else 'Hij'} werd geboren op {bd}"
        s += "" if nb else f" in {where}"
        s += "" if nn else f" en heeft de {adj} nationaliteit"
        s += "."
        s += f" Rijksregisternummer: {c.nrn}." if c.nrn else f" Bij uw dienst is {'zij' if c.fem else 'hij'} gekend onder OV-nummer {c.ov}."
        return s
    if lang == "fr":
        s = f"{_vz(c, lang, True)} s'appelle {nm}. {'Elle' if c.fem else 'Il'} est né{e} le {bd}"
        s += "" if nb else f" à {where}"
        s += "" if nn else f" et est de nationalité {adj}"
        s += "."
        s += (f" Numéro de registre national : {c.nrn}." if c.nrn else
              f" {'Elle' if c.fem else 'Il'} est connu{e} de votre administration sous le numéro SP {c.ov}.")
        return s
    if lang == "de":
        s = f"{_vz(c, lang, True)} heißt {nm} und wurde am {bd}"
        s += "" if nb else f" in {where}"
        s += " geboren"
        s += "" if nn else f"; {'sie' if c.fem else 'er'} besitzt die {adj}e Staatsangehörigkeit"
        s += "."
        s += f" Nationalregisternummer: {c.nrn}." if c.nrn else f" Aktenzeichen beim Ausländeramt: {c.ov}."
        return s
    s = f"The applicant is {nm}, born on {bd}"
    s += "" if nb else f" in {where}"
    s += "" if nn else f", of {COUNTRIES[p.nationality]['adj_en']} nationality"
    s += "."
    s += f" National register number: {c.nrn}." if c.nrn else f" Immigration Office reference (OV): {c.ov}."
    return s


def s33_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_vz(c, lang, True)} verblijft sinds enkele maanden in België, nu eens bij familie, dan weer "
                      f"bij vrienden.",
                "fr": f"{_vz(c, lang, True)} séjourne en Belgique depuis quelques mois, tantôt chez de la famille, "
                      f"tantôt chez des amis.",
                "de": f"{_vz(c, lang, True)} hält sich seit einigen Monaten in Belgien auf, mal bei Verwandten, mal "
                      f"bei Freunden.",
                "en": "The applicant has been in Belgium for some months, staying now with relatives, now with "
                      "friends."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_vz(c, lang, True)} woont feitelijk op het volgende adres: {a}.",
            "fr": f"{_vz(c, lang, True)} réside effectivement à l'adresse suivante : {a}.",
            "de": f"{_vz(c, lang, True)} wohnt tatsächlich unter folgender Anschrift: {a}.",
            "en": f"The applicant actually resides at the following address: {a}."}[lang]


def s33_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        a = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor deze procedure wordt woonplaats gekozen op het kantoor van de raadsman, {a}.",
                "fr": f"Pour la présente procédure, il est fait élection de domicile au cabinet du conseil, {a}.",
                "de": f"Für dieses Verfahren wird Wohnsitz in der Kanzlei des Rechtsbeistands gewählt, {a}.",
                "en": f"For this procedure domicile is elected at counsel's office, {a}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze: {c.other_domicile}.", "fr": f"Élection de domicile : {c.other_domicile}.",
                "de": f"Zustellungsbevollmächtigt: {c.other_domicile}.",
                "en": f"Elected domicile: {c.other_domicile}."}[lang]
    return {"nl": "Woonplaats wordt gekozen op dit adres.", "fr": "Domicile est élu à cette adresse.",
            "de": "Wohnsitz wird unter dieser Anschrift gewählt.", "en": "Domicile is elected at this address."}[lang]


def _members(c: Case, lang: str) -> list[str]:
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "de": {"spouse": "Ehepartner(in)", "child": "Kind"}, "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, °{_dd(c, q.birth_date, lang)} "
                   f"{q.birth_place}{nat}{_st(c, f'fam{i}', lang)}")
    return out


def s33_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    lst = "; ".join(_members(c, lang))
    return {"nl": f"De aanvraag wordt ook ingediend voor de gezinsleden die met {_vz(c, lang)} samenwonen: {lst}. "
                  f"De bewijzen van verwantschap zijn bijgevoegd.",
            "fr": f"La demande est également introduite pour les membres de la famille qui vivent avec "
                  f"{_vz(c, lang)} : {lst}. Les preuves du lien de parenté sont jointes.",
            "de": f"Der Antrag wird auch für die mit {_vz(c, lang)} zusammenlebenden Familienangehörigen gestellt: "
                  f"{lst}. Die Nachweise der Verwandtschaft liegen bei.",
            "en": f"The application is also made for the family members living with the applicant: {lst}. Proof "
                  f"of kinship is attached."}[lang]


def s33_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = _dd(c, c.asylum["lodged"], lang)
        r = _st(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_vz(c, lang, True)} diende op {d} een verzoek om internationale bescherming in, waarover "
                      f"nog geen definitieve beslissing werd genomen{r}. Overeenkomstig artikel 9ter, § 2, derde "
                      f"lid, is {_vz(c, lang)} daarom vrijgesteld van het bewijs van de identiteit.",
                "fr": f"{_vz(c, lang, True)} a introduit le {d} une demande de protection internationale qui n'a "
                      f"pas encore fait l'objet d'une décision définitive{r}. Conformément à l'article 9ter, § 2, "
                      f"alinéa 3, {_vz(c, lang)} est dès lors dispensé{'e' if c.fem else ''} de la preuve de "
                      f"l'identité.",
                "de": f"{_vz(c, lang, True)} hat am {d} internationalen Schutz beantragt; darüber wurde noch nicht "
                      f"endgültig entschieden{r}. Gemäß Artikel 9ter § 2 Absatz 3 entfällt daher der "
                      f"Identitätsnachweis.",
                "en": f"The applicant applied for international protection on {d} and no final decision has been "
                      f"taken{r}. Under Article 9ter § 2, third paragraph, proof of identity is therefore not "
                      f"required."}[lang]
    if k == "none":
        return {"nl": f"Het paspoort van {_vz(c, lang)} ligt ter verlenging bij de ambassade; een kopie wordt "
                      f"nagestuurd zodra het is afgeleverd.",
                "fr": f"Le passeport {'de la requérante' if c.fem else 'du requérant'} est en cours de renouvellement à l'ambassade ; une copie "
                      f"sera transmise dès sa délivrance.",
                "de": "Der Reisepass befindet sich zur Verlängerung bei der Botschaft; eine Kopie wird "
                      "nachgereicht.",
                "en": "The applicant's passport is being renewed at the embassy; a copy will be sent once it has "
                      "been issued."}[lang]
    items = [d[:1].lower() + d[1:] + _st(c, key, lang) for key, d in c.annexes
             if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling ervan", "fr": "sa traduction jurée",
                      "de": "deren beeidigte Übersetzung", "en": "its sworn translation"}[lang] + _st(c, "id-tr", lang))
    lst = ", ".join(items) or "—"
    s = {"nl": f"De identiteit van {_vz(c, lang)} blijkt uit: {lst}.",
         "fr": f"L'identité {'de la requérante' if c.fem else 'du requérant'} est établie par : {lst}.",
         "de": f"Die Identität ergibt sich aus: {lst}.",
         "en": f"The applicant's identity is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet niets af aan de bewijskracht ervan voor de identiteit.",
              "fr": " Le fait que le passeport soit expiré n'enlève rien à sa force probante quant à l'identité.",
              "de": " Dass der Pass abgelaufen ist, ändert nichts an seiner Beweiskraft für die Identität.",
              "en": " That the passport has expired does not affect its value as proof of identity."}[lang]
    return s


def s33_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {_dd(c, c.medstat_date, lang)}",
               "fr": f"le rapport du {doc} du {_dd(c, c.medstat_date, lang)}",
               "de": f"dem Bericht von {doc} vom {_dd(c, c.medstat_date, lang)}",
               "en": f"the report of {doc} dated {_dd(c, c.medstat_date, lang)}"}[lang] + _st(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift opgesteld door {doc} op {_dd(c, c.cert_date, lang)}",
               "fr": f"le certificat médical type établi par le {doc} le {_dd(c, c.cert_date, lang)}",
               "de": f"dem standardisierten ärztlichen Attest von {doc} vom {_dd(c, c.cert_date, lang)}",
               "en": f"the standard medical certificate drawn up by {doc} on {_dd(c, c.cert_date, lang)}"}[lang] + \
            _st(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Uit {src} blijkt dat {_vz(c, lang)} lijdt aan de volgende aandoening: {t['name']}. "
                  f"{t['severity']} De noodzakelijke behandeling bestaat uit {meds}. {t['intervention']} "
                  f"{t['duration']}",
            "fr": f"Il ressort du {src[3:] if src.startswith('le ') else src} que {_vz(c, lang)} souffre de "
                  f"l'affection suivante : {t['name']}. {t['severity']} Le traitement nécessaire comprend : "
                  f"{meds}. {t['intervention']} {t['duration']}",
            "de": f"Nach {src} leidet {_vz(c, lang)} an folgender Erkrankung: {t['name']}. {t['severity']} "
                  f"Notwendig sind: {meds}. {t['intervention']} {t['duration']}",
            "en": f"According to {src}, the applicant suffers from the following condition: {t['name']}. "
                  f"{t['severity']} The treatment required is: {meds}. {t['intervention']} {t['duration']}"}[lang]


def s33_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r = cname(c.origin(), lang), _st(c, "coi", lang)
    dr = drug(c.illness, lang if lang != "en" else "en")
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {"nl": f"Een terugkeer naar {cn} is niet mogelijk zonder de behandeling te onderbreken{r}. {_cap(dr)} "
                  f"wordt er enkel in {o['hospital']} verstrekt, met herhaalde tekorten. Een maand behandeling kost "
                  f"er ongeveer {il['cost']}, terwijl een gemiddeld maandloon {o['wage']} bedraagt. {ins}",
            "fr": f"Un retour en {cn} n'est pas possible sans interruption du traitement{r}. {_cap(dr)} n'y est "
                  f"délivré qu'à {o['hospital']}, avec des ruptures répétées. Un mois de traitement y coûte environ "
                  f"{il['cost']}, alors que le salaire mensuel moyen est de {o['wage']}. {ins}",
            "de": f"Eine Rückkehr nach {cn} ist ohne Unterbrechung der Behandlung nicht möglich{r}. {_cap(dr)} gibt "
                  f"es dort nur in {o['hospital']}, mit wiederholten Engpässen. Ein Behandlungsmonat kostet etwa "
                  f"{il['cost']} bei einem Durchschnittslohn von {o['wage']}. {ins}",
            "en": f"A return to {cn} is not possible without interrupting the treatment{r}. {_cap(dr)} is only "
                  f"dispensed at {o['hospital']}, with repeated shortages. A month of treatment costs about "
                  f"{il['cost']} against an average monthly wage of {o['wage']}. {ins}"}[lang]


def s33_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = _dd(c, c.previous_9ter, lang)
        out.append({"nl": f"{_vz(c, lang, True)} diende op {d} reeds een aanvraag op grond van artikel 9ter in, "
                          f"waarover nog niet werd beslist. Met deze nieuwe aanvraag wordt van die eerdere aanvraag "
                          f"afstand gedaan; alle elementen ervan worden hierin hernomen.",
                    "fr": f"{_vz(c, lang, True)} a déjà introduit le {d} une demande fondée sur l'article 9ter, qui "
                          f"n'a pas encore été tranchée. Par la présente, il est renoncé à cette demande antérieure ; "
                          f"tous ses éléments sont repris ici.",
                    "de": f"{_vz(c, lang, True)} hat bereits am {d} einen noch nicht beschiedenen Antrag nach "
                          f"Artikel 9ter gestellt. Mit diesem Antrag wird auf den früheren verzichtet; alle seine "
                          f"Elemente werden hier wiederholt.",
                    "en": f"The applicant already lodged an application under Article 9ter on {d}, which is still "
                          f"pending. This new application withdraws the earlier one; everything in it is repeated "
                          f"here."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = _dd(c, a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief afgewezen.",
                    "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                    "de": f"Der Antrag auf internationalen Schutz wurde am {d} endgültig abgelehnt.",
                    "en": f"The application for international protection was finally rejected on {d}."}[lang])
    return " ".join(out) or None


def s33_ask(c: Case, lang: str) -> str:
    return {"nl": f"Verzoeker vraagt u dan ook {'haar' if c.fem else 'hem'} te machtigen tot een verblijf van meer "
                  f"dan drie maanden op grond van artikel 9ter van de wet van 15 december 1980."
                  .replace("Verzoeker", _vz(c, lang, True)),
            "fr": f"{_vz(c, lang, True)} vous prie dès lors de l'autoriser au séjour de plus de trois mois sur la "
                  f"base de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"{_vz(c, lang, True)} beantragt daher, {'ihr' if c.fem else 'ihm'} den Aufenthalt von mehr als "
                  f"drei Monaten nach Artikel 9ter des Gesetzes vom 15. Dezember 1980 zu gestatten.",
            "en": "The applicant therefore asks to be granted leave to stay for more than three months under "
                  "Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: margin numbers

_MG = {
    "nl": dict(reg="Aangetekend", to=["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf", "Pachecolaan 44",
                                      "1000 Brussel"],
               subj="Betreft: aanvraag tot machtiging tot verblijf – artikel 9ter Vreemdelingenwet",
               sal="Mevrouw, Mijnheer,", intro="Ik richt mij tot u als raadsman van {who}.",
               close="Met de meeste hoogachting,", role="advocaat", enc="Stukkenbundel", item="stuk",
               ref="Onze ref.", page="p. {i}/{n}", pre="Mr."),
    "fr": dict(reg="Recommandé", to=["Office des Étrangers", "Service Séjour médical – 9ter", "Boulevard Pachéco 44",
                                     "1000 Bruxelles"],
               subj="Concerne : demande d'autorisation de séjour – article 9ter de la loi du 15 décembre 1980",
               sal="Madame, Monsieur,", intro="Je m'adresse à vous en qualité de conseil de {who}.",
               close="Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.",
               role="avocat(e)", enc="Inventaire des pièces", item="pièce", ref="N/réf.", page="p. {i}/{n}",
               pre="Me"),
    "de": dict(reg="Einschreiben", to=["Ausländeramt", "Dienst Medizinischer Aufenthalt", "Pachecolaan 44",
                                       "1000 Brüssel"],
               subj="Betrifft: Antrag auf Aufenthaltserlaubnis – Artikel 9ter des Ausländergesetzes",
               sal="Sehr geehrte Damen und Herren,", intro="Ich wende mich an Sie als Rechtsbeistand von {who}.",
               close="Mit vorzüglicher Hochachtung", role="Rechtsanwalt/Rechtsanwältin", enc="Anlagenverzeichnis",
               item="Anlage", ref="Unser Zeichen", page="S. {i}/{n}", pre="RA"),
    "en": dict(reg="Registered mail", to=["Immigration Office", "Medical Residence Unit", "Pachecolaan 44",
                                          "1000 Brussels"],
               subj="Re: application for leave to stay – Article 9ter of the Law of 15 December 1980",
               sal="Dear Sir or Madam,", intro="I write to you as counsel for {who}.", close="Yours faithfully,",
               role="lawyer", enc="Bundle of exhibits", item="exhibit", ref="Our ref.", page="p. {i}/{n}",
               pre="Mr/Ms"),
}


def app_margin(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's request written as numbered paragraphs, the numbers standing in the LEFT margin beside the text
    (set in P052); the registered-mail line and the addressee in the window position at the RIGHT, place and date
    under the addressee; the firm's letterhead printed as a FOOTER band on every page (name, address, telephone,
    account); the letter ends with the closing formula, the signature and, BELOW it, the lawyer's typed name and
    title; the bundle of exhibits as a list with 'stuk n' at the left."""
    L, R = c.lawyer, _MG[lang]
    f, fb, fi = PAL, PAL_B, PAL_I
    size = 10.3
    col = rng.choice([(40, 40, 90), (90, 40, 40), (30, 70, 70)])

    def new_page(i: int):
        sh = Sheet()
        sh.rect(0, 272, 210, 25, width_mm=0, fill=(244, 244, 242))
        sh.rule(20, 272, 190, 272, width_mm=0.6, color=col)
        sh.text(20, 276, L["firm"].upper(), font=fb, size_pt=9, color=col, letter_spacing=0.4)
        sh.text(20, 281, f"{L['street']} · {L['pc']} {L['city']} · T {L['tel']} · {L['mail']}", font=f,
                size_pt=7.8, color=GREY)
        sh.text(20, 285.5, f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                           f"{rng.randint(1000, 9999)}", font=f, size_pt=7.8, color=GREY)
        if i == 0:
            sh.text(118, 30, R["reg"].upper(), font=fb, size_pt=10)
            for k, ln in enumerate(R["to"]):
                sh.text(118, 37 + k * 5.2, ln, font=f, size_pt=size)
            sh.text(118, 64, f"{L['city']}, {_long(c.app_date, lang)}", font=f, size_pt=size)
            sh.text(20, 64, f"{R['ref']} {c.p.surname.split()[0].upper()}/{rng.randint(100, 999)}", font=f,
                    size_pt=size - 1.5, color=GREY)
            return sh, 78
        return sh, 22

    pg = Pager(new_page, bottom=262)
    pg.lines(20, 170, R["subj"], font=fb, size=size, gap=4)
    pg.lines(20, 170, R["sal"], font=f, size=size, gap=3)
    pg.lines(20, 170, R["intro"].format(who=name_in(c.p, c.name_style)), font=f, size=size, gap=4)
    paras = [(s33_person(c, lang), "personal"),
             (" ".join(x for x in (s33_home(c, lang), s33_domicile(c, lang)) if x), "residence"),
             (s33_family(c, lang), "family"), (s33_identity(c, lang), "identity"), (s33_medical(c, lang), "medical"),
             (s33_coi(c, lang), "coi"), (s33_other(c, lang), "parallel"), (s33_ask(c, lang), None)]
    n = 0
    for body, tag in paras:
        if not body:
            continue
        n += 1
        rows = wrap(body, 156, f, size)
        lh = size * 0.3528 * 1.45
        pg.ensure(lh * min(3, len(rows)))
        pg.tag(tag)
        pg.sh.text(20, pg.y, f"{n}.", font=fb, size_pt=size, color=col)
        for r_ in rows:
            pg.ensure(lh)
            pg.sh.text(34, pg.y, r_, font=f, size_pt=size)
            pg.y += lh
        pg.y += 3.2
    pg.ensure(46)
    pg.lines(34, 156, R["close"], font=f, size=size, gap=2)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    if "unsigned" not in c.flags:
        sh.signature(36 + rng.uniform(0, 10), y + 1, rng.uniform(44, 56), 16, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(34, y + 20, f"{R['pre']} {L['first']} {L['last']}", font=fb, size_pt=size)
    sh.text(34, y + 25, R["role"], font=fi, size_pt=size - 0.5)
    pg.y = y + 34
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(12)
        pg.lines(20, 170, R["enc"], font=fb, size=size - 0.4, gap=1.5)
        for i, d in enumerate(ann, 1):
            pg.ensure(5)
            pg.sh.text(20, pg.y, f"{R['item']} {i}", font=f, size_pt=size - 1, color=GREY)
            for r_ in wrap(d, 140, f, size - 1):
                pg.ensure(4.6)
                pg.sh.text(40, pg.y, r_, font=f, size_pt=size - 1)
                pg.y += 4.6
            pg.y += 0.6
    total = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(190, 266, R["page"].format(i=i, n=total), font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "lawyer's request in numbered paragraphs with the numbers in the left margin, letterhead as a "
                        "footer band, addressee at the right, typed name below the signature"),
                 ("fr", "requête en paragraphes numérotés (numéros en marge), en-tête du cabinet en pied de page"),
                 ("de", "Antrag in nummerierten Absätzen mit Randnummern, Briefkopf als Fußband"),
                 ("en", "the same request written in English (not accepted)")):
    _reg(f"be9ter-app-{_lg}-lawyer-prose-randnummers-voetbriefhoofd-naam-onder-handtekening-33", "application", PART,
         _lg, (lambda c, r, lg=_lg: app_margin(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 2: label column

_IV = {
    "nl": dict(title="VERZOEKSCHRIFT", sub="Machtiging tot verblijf om medische redenen – art. 9ter Vw.",
               to="Aan de Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel – per aangetekende zending",
               lab=["Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geboorteplaats en -land",
                    "Rijksregisternummer", "OV-nummer DVZ", "Werkelijke verblijfplaats", "Gekozen woonplaats",
                    "Gezinsleden", "Identiteitsbewijs"],
               secs=["Medische situatie", "Beschikbaarheid en toegankelijkheid van de zorg", "Andere procedures",
                     "Verzoek"], none="geen",
               for_="Voor verzoeker,", role="advocaat", inv="Inventaris", cols=["nr.", "stuk", "blz."],
               done="Opgemaakt te {city} op {date}.", page="{i}/{n}"),
    "fr": dict(title="REQUÊTE", sub="Autorisation de séjour pour raisons médicales – art. 9ter de la loi du 15.12.1980",
               to="À l'Office des Étrangers, Boulevard Pachéco 44, 1000 Bruxelles – par envoi recommandé",
               lab=["Nom", "Prénoms", "Nationalité", "Date de naissance", "Lieu et pays de naissance",
                    "Numéro de registre national", "Numéro SP (OE)", "Résidence effective", "Domicile élu",
                    "Membres de la famille", "Preuve d'identité"],
               secs=["Situation médicale", "Disponibilité et accessibilité des soins", "Autres procédures",
                     "Demande"], none="néant",
               for_="Pour le requérant,", role="avocat", inv="Inventaire", cols=["n°", "pièce", "p."],
               done="Fait à {city}, le {date}.", page="{i}/{n}"),
}


def app_inventaris(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A request whose first page is a two-column table: a narrow grey column of labels at the left (name, first
    names, nationality, birth, numbers, residence, domicile, family, identity) and the values at the right in
    Caladea; then short headed sections in prose; 'Opgemaakt te ... op ...', the lawyer's typed name with the
    signature scribbled ACROSS it; the inventory as a table with the number of pages of each exhibit."""
    L, R = c.lawyer, _IV[lang]
    f, fb, fi = CAL, CAL_B, CAL_I
    p = c.p
    size = 10.2

    def new_page(i: int):
        sh = Sheet()
        sh.text(20, 12, L["firm"], font=fb, size_pt=10)
        sh.text(190, 12, f"{L['street']}, {L['pc']} {L['city']}", font=f, size_pt=8.5, anchor="right", color=GREY)
        sh.rule(20, 17, 190, 17, width_mm=0.2, color=(150, 150, 150))
        if i == 0:
            sh.text(105, 26, R["title"], font=fb, size_pt=16, anchor="center")
            sh.text(105, 33, R["sub"], font=f, size_pt=10, anchor="center")
            sh.text(105, 39, R["to"], font=fi, size_pt=8.8, anchor="center", color=GREY)
            return sh, 48
        return sh, 26

    pg = Pager(new_page, bottom=272)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    dom = s33_domicile(c, lang)
    if dom and c.domicile == "lawyer":
        domv = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
    elif dom and c.domicile == "other":
        domv = c.other_domicile or ""
    elif dom:
        domv = {"nl": "zelfde adres als de verblijfplaats", "fr": "même adresse que la résidence"}[lang]
    else:
        domv = ""
    idv = s33_identity(c, lang)
    rows = [(R["lab"][0], p.surname.upper(), "personal"), (R["lab"][1], p.given_names, None),
            (R["lab"][2], "" if nn else COUNTRIES[p.nationality]["adj_" + lang], None),
            (R["lab"][3], _dd(c, p.birth_date, lang), None),
            (R["lab"][4], "" if nb else f"{p.birth_place}, {cname(c.birth_cc(), lang)}", None),
            (R["lab"][5], c.nrn, None) if c.nrn else (R["lab"][6], c.ov or "", None),
            (R["lab"][7], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence"),
            (R["lab"][8], domv, None),
            (R["lab"][9], "; ".join(_members(c, lang)) or R["none"], "family" if c.family else None),
            (R["lab"][10], idv, "identity")]
    for lab, val, tag in rows:
        vr = wrap(val, 118, f, size) if val else [""]
        h = max(8.0, 4.6 * len(vr) + 3.4)
        pg.ensure(h)
        pg.tag(tag)
        sh = pg.sh
        sh.rect(20, pg.y, 48, h, width_mm=0.2, color=(160, 160, 160), fill=(232, 232, 232))
        sh.rect(68, pg.y, 122, h, width_mm=0.2, color=(160, 160, 160))
        for j, ll in enumerate(wrap(lab, 45, f, 9)):
            sh.text(22, pg.y + 1.8 + j * 4, ll, font=f, size_pt=9)
        for j, r_ in enumerate(vr):
            sh.text(70, pg.y + 1.8 + j * 4.6, r_, font=fb if j == 0 and tag == "personal" else f, size_pt=size)
        pg.y += h
    pg.y += 6
    for head, body, tag in ((R["secs"][0], s33_medical(c, lang), "medical"),
                            (R["secs"][1], s33_coi(c, lang), "coi"),
                            (R["secs"][2], s33_other(c, lang), "parallel"),
                            (R["secs"][3], s33_ask(c, lang), None)):
        if not body:
            continue
        pg.ensure(16)
        pg.tag(tag)
        pg.lines(20, 170, head.upper(), font=fb, size=size - 0.5, gap=1.2)
        pg.lines(20, 170, body, font=f, size=size, leading=1.42, gap=4)
    pg.ensure(40)
    pg.lines(20, 170, R["done"].format(city=L["city"], date=_long(c.app_date, lang)), font=f, size=size, gap=3)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    sh.text(110, y, R["for_"], font=f, size_pt=size)
    sh.text(110, y + 12, f"{L['first']} {L['last'].upper()}", font=fb, size_pt=size)
    sh.text(110, y + 17, R["role"], font=fi, size_pt=size - 0.5)
    if "unsigned" not in c.flags:
        sh.signature(104 + rng.uniform(0, 8), y + 5, rng.uniform(52, 62), 18, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    pg.y = y + 28
    ann = [(k, d) for k, d in c.annexes]
    if ann:
        pg.ensure(20)
        pg.lines(20, 170, R["inv"].upper(), font=fb, size=size - 0.5, gap=1.5)
        sh = pg.sh
        sh.rect(20, pg.y, 170, 6, width_mm=0, fill=(220, 220, 220))
        for t, x in zip(R["cols"], (22, 34, 180)):
            sh.text(x, pg.y + 1, t, font=fb, size_pt=9)
        pg.y += 6
        for i, (k, d) in enumerate(ann, 1):
            rows_ = wrap(d, 138, f, 9.3)
            h = 4.4 * len(rows_) + 2
            pg.ensure(h)
            sh = pg.sh
            sh.text(22, pg.y + 0.8, str(i), font=f, size_pt=9.3)
            for j, r_ in enumerate(rows_):
                sh.text(34, pg.y + 0.8 + j * 4.4, r_, font=f, size_pt=9.3)
            sh.text(180, pg.y + 0.8, str(c.annex_pages.get(k, 1)), font=f, size_pt=9.3)
            sh.rule(20, pg.y + h, 190, pg.y + h, width_mm=0.1, color=(190, 190, 190))
            pg.y += h
    total = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 286, R["page"].format(i=i, n=total), font=f, size_pt=8.5, anchor="center", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "request opening with a two-column table (grey label column), short headed sections, the "
                        "signature scribbled across the typed name, inventory table with page counts"),
                 ("fr", "requête ouvrant sur un tableau à deux colonnes (colonne grise des libellés), signature sur le "
                        "nom dactylographié, inventaire en tableau")):
    _reg(f"be9ter-app-{_lg}-lawyer-inventaris-grijze-labelkolom-handtekening-over-getypte-naam-33", "application",
         PART, _lg, (lambda c, r, lg=_lg: app_inventaris(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 3: forms

_FORM = {
    "nl": dict(org="OCMW – Sociale Dienst · Cel Medische Regularisatie", title="AANVRAAGFORMULIER 9TER",
               note="Invullen in drukletters. Het formulier wordt met de bijlagen aangetekend verstuurd naar de "
                    "Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel.",
               a="A. Aanvrager", b="B. Adressen", c_="C. Gezin en identiteit", d="D. Ziekte en behandeling",
               e="E. Andere procedures", f="F. Ondertekening",
               lab=dict(nm="Naam", gv="Voornamen", nat="Nationaliteit", bd="Geboortedatum", bp="Geboorteplaats",
                        bc="Geboorteland", nr="Rijksregisternr. / OV-nr.", adr="Adres waar ik echt woon",
                        dom="Post sturen naar", fam="Gezinsleden die meevragen", ids="Identiteitsdocumenten",
                        ill="Ziekte (volgens het medisch getuigschrift)", tx="Behandeling",
                        coi="Zorg in het land van herkomst", oth="Lopende of vorige aanvragen"),
               dom=["mijn adres", "mijn advocaat", "ander adres"], none="geen", decl="Ik vraag een machtiging tot "
               "verblijf op grond van artikel 9ter en verklaar dat alles naar waarheid is ingevuld.",
               date="Datum", sign="Handtekening van de aanvrager", page="Formulier 9ter – blad {i}/{n}"),
    "fr": dict(org="Asbl Droits Santé Migrants · Permanence juridique", title="FORMULAIRE DE DEMANDE 9TER",
               note="À compléter lisiblement. Le formulaire est envoyé avec ses annexes par recommandé à l'Office des "
                    "Étrangers, Boulevard Pachéco 44, 1000 Bruxelles.",
               a="A. Demandeur", b="B. Adresses", c_="C. Famille et identité", d="D. Maladie et traitement",
               e="E. Autres procédures", f="F. Signature",
               lab=dict(nm="Nom", gv="Prénoms", nat="Nationalité", bd="Date de naissance", bp="Lieu de naissance",
                        bc="Pays de naissance", nr="N° registre national / N° SP", adr="Adresse de résidence effective",
                        dom="Courrier à envoyer à", fam="Membres de la famille concernés", ids="Documents d'identité",
                        ill="Maladie (selon le certificat médical type)", tx="Traitement",
                        coi="Soins au pays d'origine", oth="Demandes en cours ou antérieures"),
               dom=["mon adresse", "mon avocat", "autre adresse"], none="néant", decl="Je demande une autorisation de "
               "séjour sur la base de l'article 9ter et déclare que les données ci-dessus sont exactes.",
               date="Date", sign="Signature du demandeur", page="Formulaire 9ter – page {i}/{n}"),
}


def app_form(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """A social service's application form laid out in TWO COLUMNS (short fields side by side, long ones across the
    page), each field a small label over a ruled writing line; filled in by hand with a ballpoint in a rounded
    script (the Dutch version) or typed in Courier Prime Sans on a typewriter with '[X]' in the boxes (the French
    version); the declaration, the date and the signature in a framed box at the end with the signature BELOW the
    label 'Handtekening van de aanvrager'."""
    R = _FORM[lang]
    Lb = R["lab"]
    f, fb = GOTH, GOTH_B
    hf = BREIP
    ink = rng.choice([INK_BLUE, INK_BLACK])
    p = c.p
    col = (30, 96, 120) if lang == "nl" else (120, 60, 30)

    def new_page(i: int):
        sh = Sheet()
        sh.rect(20, 10, 170, 14, width_mm=0, fill=col)
        sh.text(23, 11.5, R["org"], font=fb, size_pt=9.5, color=(255, 255, 255))
        sh.text(23, 17, R["title"], font=fb, size_pt=12, color=(255, 255, 255))
        if i == 0:
            y = sh.paragraph(20, 28, 170, R["note"], font=GOTH_I, size_pt=8.5, color=GREY) + 3
            return sh, y
        return sh, 30

    pg = Pager(new_page, bottom=270)

    def put(x, y, w, v):
        if not v:
            return
        if hand:
            vv = glyphs(v, hf)
            pg.sh.handwriting(x + 1, y - 2.2, vv, rng, size_pt=fit(vv, hf, 12.5, (w - 3) / 1.12), color=ink,
                              font=hf)
        else:
            pg.sh.text(x + 1, y, v, font=CPS, size_pt=fit(v, CPS, 10, w - 2))

    def field(x, w, lab, v):
        pg.sh.text(x, pg.y, lab, font=f, size_pt=7.6, color=GREY)
        pg.sh.rule(x, pg.y + 9.2, x + w, pg.y + 9.2, width_mm=0.2, color=(90, 90, 90))
        put(x, pg.y + 4.2, w, v)

    def pair(l1, v1, l2, v2, tag=None):
        pg.ensure(12)
        pg.tag(tag)
        field(20, 80, l1, v1)
        field(108, 82, l2, v2)
        pg.y += 12

    def wide(lab, v, tag=None, nmin=1):
        rows = []
        for para in (v or "").split("\n"):
            rows += (wrap(glyphs(para, hf), 166 / 1.12, hf, 12.5) if hand else wrap(para, 166, CPS, 10)) if para \
                else []
        k = max(nmin, len(rows))
        pg.ensure(6 + 7.5 * min(k, 3))
        pg.tag(tag if v else None)
        pg.sh.text(20, pg.y, lab, font=f, size_pt=7.6, color=GREY)
        pg.y += 4.2
        for j in range(k):
            pg.ensure(7.5)
            pg.sh.rule(20, pg.y + 5.2, 190, pg.y + 5.2, width_mm=0.2, color=(90, 90, 90))
            if j < len(rows):
                if hand:
                    pg.sh.handwriting(21, pg.y - 2.2, rows[j], rng, size_pt=12.5, color=ink, font=hf)
                else:
                    pg.sh.text(21, pg.y, rows[j], font=CPS, size_pt=10)
            pg.y += 7.5
        pg.y += 2

    def head(t):
        pg.ensure(14)
        pg.sh.text(20, pg.y, t, font=fb, size_pt=10.5, color=col)
        pg.sh.rule(20, pg.y + 5, 190, pg.y + 5, width_mm=0.4, color=col)
        pg.y += 8

    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    head(R["a"])
    pair(Lb["nm"], p.surname.upper(), Lb["gv"], p.given_names, "personal")
    pair(Lb["nat"], "" if nn else COUNTRIES[p.nationality]["adj_" + lang], Lb["bd"],
         fdate(p.birth_date, rng.choice(["slashes", "dots"]), lang))
    pair(Lb["bp"], "" if nb else p.birth_place, Lb["bc"], "" if nb else cname(c.birth_cc(), lang))
    pg.ensure(12)
    field(20, 80, Lb["nr"], c.nrn or c.ov or "")
    pg.y += 13
    head(R["b"])
    wide(Lb["adr"], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence")
    pg.ensure(18)
    pg.sh.text(20, pg.y, Lb["dom"], font=f, size_pt=7.6, color=GREY)
    pg.y += 4.5
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    x = 22
    for k, o in enumerate(R["dom"]):
        on = (dom == "residence" and k == 0) or (dom == "lawyer" and k == 1) or (dom == "other" and k == 2)
        if hand:
            pg.sh.checkbox(x, pg.y, 3.8, on, rng=rng, ink=ink)
        else:
            pg.sh.text(x, pg.y - 0.2, "[X]" if on else "[ ]", font=CPS, size_pt=10)
        x += pg.sh.text(x + 7, pg.y - 0.1, o, font=f, size_pt=9.2) + 16
    pg.y += 7
    if dom in ("lawyer", "other"):
        v = (f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if dom == "lawyer"
             else c.other_domicile or "")
        wide("", v)
    head(R["c_"])
    wide(Lb["fam"], "\n".join(_members(c, lang)) or R["none"], "family" if c.family else None)
    ids = [d + _st(c, k, lang) for k, d in c.annexes if k.startswith("id") or k == "asylum"]
    if c.id_kind in ("asylum", "asylum-noproof", "none"):
        idtxt = s33_identity(c, lang)
    else:
        idtxt = "\n".join(ids) or "—"
    wide(Lb["ids"], idtxt, "identity", 2)
    head(R["d"])
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    wide(Lb["ill"], f"{t['name']} – {t['severity']}", "medical", 2)
    wide(Lb["tx"], "; ".join(t["meds"]) + ". " + t["duration"], None, 2)
    coi = s33_coi(c, lang)
    wide(Lb["coi"], coi or "", "coi" if coi else None, 2)
    head(R["e"])
    oth = s33_other(c, lang)
    wide(Lb["oth"], oth or R["none"], "parallel" if oth else None)
    pg.ensure(58)
    head(R["f"])
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    sh.rect(20, y, 170, 48, width_mm=0.4, color=col)
    yy = sh.paragraph(23, y + 2.5, 164, R["decl"], font=f, size_pt=9.2, leading=1.35) + 3
    sh.text(23, yy, R["date"], font=f, size_pt=7.6, color=GREY)
    dv = f"{fdate(c.app_date, 'slashes', lang)} – {c.addr.city}"
    if hand:
        sh.handwriting(23, yy + 2.4, glyphs(dv, hf), rng, size_pt=12, color=ink, font=hf)
    else:
        sh.text(23, yy + 4.4, dv, font=CPS, size_pt=10)
    sh.text(100, yy, R["sign"], font=f, size_pt=7.6, color=GREY)
    if "unsigned" not in c.flags:
        sh.signature(104 + rng.uniform(0, 14), yy + 4, rng.uniform(44, 58), 15, rng, color=ink)
    pg.y = y + 52
    total = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 284, R["page"].format(i=i, n=total), font=f, size_pt=7.5, anchor="center", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-app-nl-form-ocmw-twee-kolommen-balpen-ronde-letters-handtekening-onder-label-33", "application", PART,
     "nl", lambda c, r: app_form(c, r, lang="nl", hand=True),
     "a social service's two-column application form filled in by hand with a ballpoint in a rounded script, "
     "signature below its label in a framed box")
_reg("be9ter-app-fr-form-asbl-deux-colonnes-machine-a-ecrire-cases-x-33", "application", PART, "fr",
     lambda c, r: app_form(c, r, lang="fr", hand=False),
     "formulaire d'une asbl en deux colonnes tapé à la machine, cases [X], signature sous le libellé")


# --------------------------------------------------------------------------- medical certificate, 2024 model

def medcert_bands(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from the authority's fillable PDF: each section title white on a blue band across
    the page, the answers in pale grey form fields typed in Courier Prime Sans, the patient's and the doctor's
    identification as two side-by-side blocks, the severity as four square boxes in a row with an 'X' in the one
    chosen; the second page repeats the patient's name in its header; at the end the date field and the label
    'Handtekening en stempel van de arts' with the stamp pressed ABOVE the label and the signature over the
    stamp's lower edge."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb, af = NARR, NARR_B, CPS
    band = rng.choice([(36, 76, 130), (20, 96, 110)])
    ink = rng.choice([INK_BLUE, INK_BLACK])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, Mx["title"], font=fb, size_pt=14, anchor="center")
            y = sh.paragraph(28, 18.5, 154, Mx["law"], font=f, size_pt=7.6, leading=1.2, align="center",
                             color=GREY)
            sh.text(105, y + 0.5, Mx["model"], font=f, size_pt=7.6, anchor="center", color=GREY)
            return sh, y + 7
        sh.text(20, 10, f"{Mx['title']} – {v['pat'] or '……'}", font=f, size_pt=8, color=GREY)
        sh.rule(20, 14.5, 190, 14.5, width_mm=0.2, color=(180, 180, 180))
        return sh, 20

    pg = Pager(new_page, bottom=274)

    def sec(t, tag=None):
        pg.ensure(16)
        pg.tag(tag)
        rows = wrap(t, 164, fb, 9.4)
        h = 4.5 * len(rows) + 2
        pg.sh.rect(20, pg.y, 170, h, width_mm=0, fill=band)
        for j, r_ in enumerate(rows):
            pg.sh.text(22, pg.y + 1 + j * 4.5, r_, font=fb, size_pt=9.4, color=(255, 255, 255))
        pg.y += h + 2.5

    def fld(val, tag=None, nmin=1, label=None):
        if label:
            pg.ensure(10)
            pg.sh.text(20, pg.y, label, font=f, size_pt=8.4, color=GREY)
            pg.y += 4
        rows = wrap(val, 164, af, 9.4) if val else []
        k = max(nmin, len(rows))
        h = 4.8 * k + 2.4
        pg.ensure(h)
        pg.tag(tag if val else None)
        pg.sh.rect(20, pg.y, 170, h, width_mm=0.15, color=(190, 190, 196), fill=(238, 240, 244))
        for j, r_ in enumerate(rows):
            pg.sh.text(22, pg.y + 1.2 + j * 4.8, r_, font=af, size_pt=9.4)
        pg.y += h + 3

    pg.ensure(40)
    y0 = pg.y
    for col_x, title, items, tag in (
        (20, Mx["s1"], [(Mx["name"], v["surname"]), (Mx["first"], v["first"]), (Mx["bd"], v["bd"]),
                        (Mx["nat"], v["nat"])], "patient"),
        (107, Mx["s2"], [(Mx["dname"], d.name()), (Mx["riziv"], v["riziv"]),
                         (Mx["spec"], SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")),
                         (Mx["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city}")], "doctor")):
        pg.tag(tag)
        pg.sh.rect(col_x, y0, 83, 6, width_mm=0, fill=band)
        pg.sh.text(col_x + 2, y0 + 1, title, font=fb, size_pt=9.2, color=(255, 255, 255))
        yy = y0 + 8
        for lab, val in items:
            pg.sh.text(col_x, yy, lab, font=f, size_pt=7.8, color=GREY)
            pg.sh.rect(col_x, yy + 3.4, 83, 5.6, width_mm=0.15, color=(190, 190, 196), fill=(238, 240, 244))
            if val:
                pg.sh.text(col_x + 1.5, yy + 4.1, val, font=af, size_pt=fit(val, af, 9.2, 80))
            yy += 10
    pg.y = y0 + 50
    sec(Mx["s3"])
    fld(fdate(c.cert_date - timedelta(days=rng.randint(150, 1600)), "slashes", lang))
    sec(Mx["s4"])
    fld(v["hist"], None, 2)
    sec(Mx["s5"], "illness")
    fld(f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness", 2)
    sec(Mx["s6"], "severity")
    pg.ensure(12)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 22
    for i, o in enumerate(Mx["sevopts"]):
        pg.sh.rect(x, pg.y, 4.2, 4.2, width_mm=0.3)
        if i == k:
            pg.sh.text(x + 2.1, pg.y - 0.3, "X", font=af, size_pt=11, anchor="center")
        x += pg.sh.text(x + 6, pg.y, o, font=f, size_pt=9.6) + 18
    pg.y += 8
    fld(v["sev"], "severity", 2, label=Mx["s6b"])
    sec(Mx["s7"], "treatment")
    fld(v["meds"], "treatment", 2, label=Mx["s7a"])
    fld(v["interv"], None, 1, label=Mx["s7b"])
    fld(v["dur"], None, 1, label=Mx["s7c"])
    sec(Mx["s8"])
    fld(v["cons"], None, 2)
    sec(Mx["s9"])
    fld(v["prog"])
    sec(Mx["s10"])
    fld(v["needs"])
    sec(Mx["s11"])
    fld(v["travel"])
    pg.ensure(56)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.text(20, y, Mx["date"], font=f, size_pt=8.4, color=GREY)
    sh.rect(20, y + 4, 60, 7, width_mm=0.15, color=(190, 190, 196), fill=(238, 240, 244))
    sh.text(22, y + 5, v["date"], font=af, size_pt=fit(v["date"], af, 10, 56))
    sh.stamp(104 + rng.uniform(0, 10), y, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl",
                                                        bool(v["riziv"])), rng, shape="rect", size_mm=34,
             color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-4, 4))
    sh.rule(100, y + 34, 188, y + 34, width_mm=0.25)
    sh.text(100, y + 35.5, Mx["sign"], font=f, size_pt=8.4, color=GREY)
    if v["signed"]:
        sh.signature(106 + rng.uniform(0, 12), y + 19, rng.uniform(46, 58), 15, rng, color=ink)
    total = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 288, Mx["page"].format(i=i, n=total), font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "2024 model from the fillable PDF: white section titles on blue bands, grey typed fields, "
                        "severity boxes with an X, stamp above the label and signature over the stamp"),
                 ("fr", "modèle 2024 du PDF à remplir : bandeaux bleus, champs gris tapés, cases de gravité"),
                 ("de", "Muster 2024 aus dem ausfüllbaren PDF: blaue Bänder, graue Felder, Schweregradkästchen"),
                 ("en", "the 2024 model filled in English (not accepted)")):
    _reg(f"be9ter-medcert-2024-{_lg}-blauwe-banden-grijze-velden-stempel-boven-label-33", "medical-certificate",
         PART, _lg, (lambda c, r, lg=_lg: medcert_bands(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical certificate, previous model

def medcert_old_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model on the printed form, the questions in DejaVu Serif Condensed, each followed by dotted
    writing lines which the doctor filled in by hand in a slanted chancery pen; the practice's rubber stamp
    pressed ACROSS the printed lines of the patient block; at the end 'Datum', the RIZIV number written in, and
    the signature BESIDE the printed 'Naam, handtekening en stempel van de geneesheer'; photocopied grey."""
    Mo, v = MC_OLD[lang], _values(c, lang, rng)
    f, fb = DSER, DSER_B
    hf = CHANC
    ink = rng.choice([INK_BLUE, INK_BLACK])
    d = c.doctor

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 14, Mo["title"], font=fb, size_pt=13.5, anchor="center")
            sh.text(105, 20.5, Mo["sub"], font=f, size_pt=9.5, anchor="center")
            sh.text(105, 25.5, Mo["law"], font=DSER_I, size_pt=9, anchor="center")
            return sh, 34
        sh.text(105, 12, f"{Mo['title']} ({i + 1})", font=f, size_pt=8, anchor="center", color=GREY)
        return sh, 20

    pg = Pager(new_page, bottom=272)

    def lines_for(val: str, nmin: int, tag=None):
        rows = wrap(glyphs(val, hf), 164 / 1.1, hf, 12.5) if val else []
        k = max(nmin, len(rows))
        pg.tag(tag if val else None)
        for j in range(k):
            pg.ensure(7.8)
            pg.sh.rule(22, pg.y + 6.4, 190, pg.y + 6.4, width_mm=0.15, color=(120, 120, 120), dash=0.35)
            if j < len(rows):
                pg.sh.handwriting(23, pg.y + 0.2, rows[j], rng, size_pt=12.5, color=ink, font=hf)
            pg.y += 7.8
        pg.y += 1.5

    def q(t, tag=None):
        rows = wrap(t, 168, fb, 9.2)
        pg.ensure(4.3 * len(rows) + 10)
        pg.tag(tag)
        for r_ in rows:
            pg.sh.text(20, pg.y, r_, font=fb, size_pt=9.2)
            pg.y += 4.3
        pg.y += 1.6

    pg.tag("patient")
    sh = pg.sh
    y = pg.y
    for lab, val, x in ((Mo["pat"], v["pat"], 20), (Mo["bd"], v["bd"], 20), (Mo["nat"], v["nat"], 110)):
        yy = y if lab == Mo["pat"] else y + 9
        w = sh.text(x, yy, lab + ":", font=f, size_pt=9.5)
        sh.rule(x + w + 2, yy + 5, 190 if lab == Mo["pat"] else (104 if x == 20 else 190), yy + 5, width_mm=0.15,
                color=(120, 120, 120), dash=0.35)
        if val:
            vv = glyphs(val, hf)
            sh.handwriting(x + w + 3, yy - 2.2, vv, rng, size_pt=fit(vv, hf, 12.5, 70), color=ink, font=hf)
    sh.stamp(rng.uniform(146, 156), y + 4, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=30,
             color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-6, 6))
    pg.y = y + 20
    q(Mo["A"])
    lines_for(v["hist"], 2)
    q(Mo["B"], "illness")
    pg.sh.text(20, pg.y, Mo["Bn"], font=DSER_I, size_pt=8.2, color=GREY)
    pg.y += 5
    q(Mo["diag"], "illness")
    lines_for(f"{v['ill']} ({v['icd']})" if v["ill"] else "", 2, "illness")
    q(Mo["sev"], "severity")
    lines_for(v["sev"], 2, "severity")
    q(Mo["C"], "treatment")
    q(Mo["med"], "treatment")
    lines_for(v["meds"], 2, "treatment")
    q(Mo["interv"])
    lines_for(v["interv"], 1)
    q(Mo["dur"])
    lines_for(v["dur"], 1)
    q(Mo["D"])
    lines_for(v["cons"], 2)
    q(Mo["E"])
    lines_for(v["prog"], 1)
    q(Mo["F"])
    lines_for(v["needs"], 2)
    q(Mo["G"])
    lines_for(v["travel"], 1)
    pg.ensure(40)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 3
    w = sh.text(20, y, Mo["date"], font=fb, size_pt=9.5)
    sh.handwriting(24 + w, y - 2.2, glyphs(v["date"], hf), rng, size_pt=12.5, color=ink, font=hf)
    w = sh.text(100, y, Mo["riziv"], font=fb, size_pt=9.5)
    if v["riziv"]:
        sh.handwriting(103 + w, y - 2.2, v["riziv"], rng, size_pt=12.5, color=ink, font=hf)
    sh.rule(100 + w + 2, y + 5, 190, y + 5, width_mm=0.15, color=(120, 120, 120), dash=0.35)
    rows = wrap(Mo["sign"], 70, fb, 9.5)
    for j, r_ in enumerate(rows):
        sh.text(20, y + 12 + j * 4.4, r_, font=fb, size_pt=9.5)
    if v["signed"]:
        sh.signature(96 + rng.uniform(0, 10), y + 8, rng.uniform(46, 56), 16, rng, color=ink)
    sh.text(20, y + 14 + 4.4 * len(rows), d.name("caps"), font=f, size_pt=9)
    out = []
    for s_ in pg.pages:
        img = s_.render(200).convert("L").point(lambda x: int(40 + x * 0.8)).convert("RGB")
        out.append(sheet_of(img))
    return out, pg.tags


for _lg, _d_ in (("nl", "previous model on the printed form, answers written by hand on dotted lines in a chancery "
                        "pen, stamp across the patient block, signature beside the label, grey photocopy"),
                 ("fr", "modèle précédent rempli à la main sur les lignes pointillées, cachet sur le bloc patient")):
    _reg(f"be9ter-medcert-old-{_lg}-gedrukt-formulier-stippellijnen-kanselarijpen-stempel-over-patient-33",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_old_hand(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical statements

_STAFF = {"nl": ["Dr. K. Aerts", "Dr. L. Van Hoof", "Dr. S. Pauwels", "Dr. M. El Idrissi", "Dr. J. Coppens"],
          "fr": ["Dr A. Collard", "Dr M. Jacquet", "Dr F. Hubert", "Dr N. Benali", "Dr P. Gillet"]}


def medstat_staff(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A specialist's medical report on a Belgian hospital's letterhead whose LEFT margin lists the department's
    staff (a column of names under the department's name, a Belgian habit), the body at the right in Nimbus
    Roman: 'Medisch verslag', the patient line in bold, then paragraphs with run-in heads; the signature ABOVE the
    typed name and specialty, 'c.c. huisarts' under it."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f, fb, fi = NROM, NROM_B, NROM_I
    T = {"nl": dict(title="MEDISCH VERSLAG", pat="Betreft", h=["Voorgeschiedenis", "Diagnose", "Ernst",
                                                               "Behandeling", "Verloop"],
                    end="Met collegiale groeten,", cc="c.c. huisarts · patiënt"),
         "fr": dict(title="RAPPORT MÉDICAL", pat="Concerne", h=["Antécédents", "Diagnostic", "Gravité", "Traitement",
                                                                "Évolution"],
                    end="Bien confraternellement,", cc="c.c. médecin traitant · patient")}[lang]
    sh = Sheet()
    col = rng.choice([(0, 84, 120), (110, 30, 60), (40, 90, 50)])
    sh.text(20, 14, d.inst or d.name(), font=fb, size_pt=12.5, color=col)
    sh.text(20, 20, f"{d.street} · {d.pc} {d.city} · {d.tel}", font=f, size_pt=8.5, color=GREY)
    sh.rule(20, 24, 190, 24, width_mm=0.5, color=col)
    dept = SPECIALTY[d.spec].get("dept_" + lang, "") or d.dept or ""
    yy = 32
    for r_ in wrap(dept, 40, fb, 8.5):
        sh.text(20, yy, r_, font=fb, size_pt=8.5, color=col)
        yy += 3.8
    yy += 3
    staff = list(_STAFF[lang])
    rng.shuffle(staff)
    for nm in [d.name("initial")] + staff[:4]:
        sh.text(20, yy, nm, font=f, size_pt=8.2, color=GREY)
        yy += 3.8
    sh.rule(63, 30, 63, 270, width_mm=0.15, color=(200, 200, 200))
    x, w = 68, 122
    sh.text(x, 32, T["title"], font=fb, size_pt=13)
    sh.text(190, 32, fdate(c.medstat_date, "dots", lang), font=f, size_pt=10, anchor="right")
    y = 42
    y = sh.paragraph(x, y, w, f"{T['pat']}: {c.p.surname.upper()} {c.p.given_names}, "
                              f"°{fdate(c.p.birth_date, 'dots', lang)}", font=fb, size_pt=10.5) + 4
    for h, body in zip(T["h"], (t["history"], f"{t['name']} (ICD-10 {il['icd']}).", t["severity"],
                                "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["duration"],
                                t["prognosis"] + " " + t["consequences"])):
        hw = sh.text(x, y, h + ":", font=fb, size_pt=10.3)
        rows = wrap(body, w - hw - 2, f, 10.3)
        sh.text(x + hw + 2, y, rows[0] if rows else "", font=f, size_pt=10.3)
        rest = " ".join(rows[1:])
        y = (sh.paragraph(x, y + 5, w, rest, font=f, size_pt=10.3, leading=1.4) if rest else y + 5) + 3
    y += 4
    sh.text(x, y, T["end"], font=f, size_pt=10.3)
    sh.signature(x + 2, y + 4, rng.uniform(42, 52), 15, rng, color=INK_BLUE)
    sh.text(x, y + 22, d.name(), font=fb, size_pt=10.3)
    sh.text(x, y + 27, SPECIALTY[d.spec].get(lang, "").capitalize() + f" · RIZIV/INAMI {d.riziv}", font=f,
            size_pt=9.3)
    sh.text(x, y + 34, T["cc"], font=fi, size_pt=9, color=GREY)
    return [sh], {}


def medstat_soap(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A consultation note printed from the hospital's electronic record: a header table (patient, birth date,
    patient number, consultation date, author), the note in S/O/A/P blocks in Nimbus Sans Narrow with the letters
    in a grey square at the left, the medication list as a ruled table; 'Gevalideerd door ... op ...' and the
    record's print line at the foot instead of a signature."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    nl = lang == "nl"
    f, fb = NARR, NARR_B
    sh = Sheet()
    sh.text(20, 12, d.inst or "Ziekenhuis", font=fb, size_pt=11)
    sh.text(190, 12, "Raadplegingsverslag" if nl else "Compte rendu de consultation", font=fb, size_pt=11,
            anchor="right")
    cells = [("Patiënt" if nl else "Patient", f"{c.p.surname.upper()}, {c.p.given_names}"),
             ("Geboortedatum" if nl else "Date de naissance", fdate(c.p.birth_date, "dots", lang)),
             ("Patiëntnr." if nl else "N° patient", str(rng.randint(10**7, 10**8 - 1))),
             ("Datum consultatie" if nl else "Date de consultation", fdate(c.medstat_date, "dots", lang)),
             ("Auteur", d.name()),
             ("Dienst" if nl else "Service", SPECIALTY[d.spec].get("dept_" + lang, "") or d.dept)]
    y = 20
    for i, (a, b) in enumerate(cells):
        x = 20 + (i % 2) * 85
        sh.rect(x, y, 85, 10, width_mm=0.2, color=(170, 170, 170))
        sh.text(x + 1.5, y + 0.8, a, font=f, size_pt=7.5, color=GREY)
        bb = glyphs(b, fb)
        sh.text(x + 1.5, y + 4.3, bb, font=fb, size_pt=fit(bb, fb, 10, 82))
        if i % 2 == 1:
            y += 10
    y += 6
    blocks = [("S", t["history"]), ("O", t["severity"]), ("A", f"{t['name']} (ICD-10 {il['icd']}). {t['prognosis']}"),
              ("P", t["intervention"] + " " + t["duration"] + " " + t["needs"])]
    for letter, body in blocks:
        sh.rect(20, y, 7, 7, width_mm=0, fill=(214, 214, 214))
        sh.text(23.5, y + 1, letter, font=fb, size_pt=11, anchor="center")
        y = sh.paragraph(31, y + 0.5, 159, body, font=f, size_pt=10.3, leading=1.4) + 4
    sh.text(20, y, "Medicatie" if nl else "Médication", font=fb, size_pt=10.5)
    y += 6
    for m in t["meds"]:
        sh.rule(20, y - 1, 190, y - 1, width_mm=0.1, color=(190, 190, 190))
        sh.text(22, y, m, font=f, size_pt=10)
        y += 5.6
    sh.rule(20, y - 1, 190, y - 1, width_mm=0.1, color=(190, 190, 190))
    y += 8
    when = c.medstat_date + timedelta(days=rng.randint(0, 3))
    sh.text(20, y, (f"Gevalideerd door {d.name()} op {fdate(when, 'dots', lang)} {rng.randint(8, 18):02d}:"
                    f"{rng.randint(0, 59):02d}" if nl else
                    f"Validé par {d.name()} le {fdate(when, 'dots', lang)} à {rng.randint(8, 18):02d}h"
                    f"{rng.randint(0, 59):02d}"), font=f, size_pt=9.5, color=GREY)
    sh.rule(20, 282, 190, 282, width_mm=0.1, color=(190, 190, 190))
    sh.text(20, 284, f"{'Afgedrukt' if nl else 'Imprimé'} {fdate(when + timedelta(days=1), 'dots', lang)} · "
                     f"{'pagina' if nl else 'page'} 1/1", font=f, size_pt=7.5, color=GREY)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-stafkolom-links-loopkoppen-handtekening-boven-naam-33",
         "medical-statement", PART, _lg, (lambda c, r, lg=_lg: medstat_staff(c, r, lang=lg)),
         "a specialist's report with the department's staff listed in the left margin, run-in heads, signature "
         "above the typed name")
    _reg(f"be9ter-medstat-raadpleging-soap-epd-print-{_lg}-33", "medical-statement", PART, _lg,
         (lambda c, r, lg=_lg: medstat_soap(c, r, lang=lg)),
         "a consultation note printed from the electronic record in S/O/A/P blocks, validated, no signature")


# --------------------------------------------------------------------------- country of origin information

def coi_hospital_reply(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The reply of a hospital in the country of origin to the lawyer's questionnaire, typed in English on the
    hospital's letterhead: the five questions in bold with the answers under them (not available / available
    only in the capital, out of stock, the monthly cost against the minimum wage, not covered by insurance), the
    medical director's signature with the hospital's round stamp overlapping it; received by fax-to-mail and
    printed, a water stain on it."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    t = il["en"] if "en" in il else il["fr"]
    dr = drug(c.illness, "en")
    sh = Sheet()
    f, fb = NROM, NROM_B
    hosp = o["hospital"] or "National Referral Hospital"
    sh.text(105, 14, hosp.upper(), font=fb, size_pt=fit(hosp.upper(), fb, 13, 170), anchor="center")
    sh.text(105, 20, f"{o['capital']}, {o['en']} · Office of the Medical Director", font=f, size_pt=9,
            anchor="center", color=GREY)
    sh.rule(20, 24, 190, 24, width_mm=0.4)
    when = SUBMISSION_HINT - timedelta(days=rng.randint(20, 90))
    sh.text(20, 32, f"Date: {en_long(when)}", font=f, size_pt=10)
    sh.text(20, 38, f"Ref.: MD/{rng.randint(100, 999)}/{when.year}", font=f, size_pt=10)
    sh.text(20, 48, "Re: availability of treatment – your questionnaire", font=fb, size_pt=11)
    qa = [("1. Is the treatment required by the patient available in your hospital?",
           f"{_cap(dr)} is not part of our regular stock. It can be ordered through private importers only, with "
           f"delays of several months; supply has been interrupted repeatedly this year."),
          ("2. Is it available elsewhere in the country?",
           "Only occasionally in one or two private clinics in the capital, at full private cost."),
          ("3. What is the monthly cost for the patient?",
           f"About {il['cost']} per month, excluding laboratory follow-up, against a monthly wage of about "
           f"{o['wage']}."),
          ("4. Is the cost covered by any insurance or public scheme?", o["insurance_en"]),
          ("5. Can the follow-up described in the attached report be provided?",
           f"The specialised follow-up for {t['name'].split(',')[0].lower()} cannot be guaranteed on a continuous "
           f"basis.")]
    y = 58
    for q, a in qa:
        y = sh.paragraph(20, y, 170, q, font=fb, size_pt=10.3, leading=1.35) + 1
        y = sh.paragraph(24, y, 166, a, font=f, size_pt=10.3, leading=1.4) + 4
    y += 6
    sh.text(20, y, "Yours sincerely,", font=f, size_pt=10.3)
    sh.signature(22, y + 4, 46, 14, rng, color=INK_BLACK)
    sh.stamp(44, y + 2, [hosp.upper()[:24], "MEDICAL DIRECTOR", o["capital"].upper()], rng, shape="round",
             size_mm=28, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-10, 10))
    sh.text(20, y + 26, "Medical Director", font=fb, size_pt=10)
    sh.text(20, 286, f"Received by fax-to-mail {en_long(when + timedelta(days=rng.randint(1, 5)))} · 1/1", font="mono",
            size_pt=7.5, color=GREY)
    return [sheet_of(water_stain(sh.render(200), rng, where=(rng.uniform(0.6, 0.85), rng.uniform(0.08, 0.15)),
                                 r=0.09))], {}


def coi_kenniscentrum(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Two pages of a country note compiled by an NGO's knowledge centre, in Dutch (French for a French file):
    numbered paragraphs (4.1, 4.1.1 ...), a small table of the medicine's availability per city, footnotes with
    the sources' web addresses at the foot of each page, the NGO's name in the running head and 'p. n' at the
    foot."""
    lang = "fr" if c.lang == "fr" else "nl"
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    dr = drug(c.illness, lang)
    f, fb, fi = PAL, PAL_B, PAL_I
    org = "Kenniscentrum Zorg & Migratie vzw" if lang == "nl" else "Centre de connaissances Santé & Migration asbl"
    when = SUBMISSION_HINT - timedelta(days=rng.randint(60, 400))
    pages = []
    for i in range(2):
        sh = Sheet()
        sh.text(20, 12, org, font=fi, size_pt=8.5, color=GREY)
        sh.text(190, 12, (f"Landennota {cn} – versie {when:%m/%Y}" if lang == "nl" else
                          f"Note pays {cn} – version {when:%m/%Y}"), font=fi, size_pt=8.5, anchor="right",
                color=GREY)
        sh.rule(20, 16, 190, 16, width_mm=0.2, color=(170, 170, 170))
        sh.text(105, 288, f"p. {i + 1}", font=f, size_pt=8.5, anchor="center", color=GREY)
        pages.append(sh)
    sh = pages[0]
    sh.text(20, 26, (f"Toegang tot gespecialiseerde zorg in {cn}" if lang == "nl" else
                     f"Accès aux soins spécialisés en {cn}"), font=fb, size_pt=15)
    y = 38
    paras = ([("4.1", "Beschikbaarheid", f"{_cap(dr)} is opgenomen in de nationale lijst, maar wordt in de praktijk "
                                         f"enkel in {o['hospital']} verstrekt (1). Uit meldingen van patiënten blijkt "
                                         f"dat de voorraad meermaals per jaar uitgeput raakt."),
              ("4.1.1", "Regionale spreiding", "Buiten de hoofdstad zijn geen gespecialiseerde centra actief; "
                                               "patiënten reizen voor elke controle naar de hoofdstad."),
              ("4.2", "Toegankelijkheid", f"Een maand behandeling kost ongeveer {il['cost']}; het gemiddelde "
                                          f"maandloon bedraagt {o['wage']} (2). {o['insurance_nl']}")]
             if lang == "nl" else
             [("4.1", "Disponibilité", f"{_cap(dr)} figure sur la liste nationale, mais n'est délivré en pratique qu'à "
                                       f"{o['hospital']} (1). Des patients signalent des ruptures de stock plusieurs "
                                       f"fois par an."),
              ("4.1.1", "Répartition régionale", "Aucun centre spécialisé n'est actif hors de la capitale ; les "
                                                 "patients s'y rendent pour chaque contrôle."),
              ("4.2", "Accessibilité", f"Un mois de traitement coûte environ {il['cost']} ; le salaire mensuel moyen "
                                       f"est de {o['wage']} (2). {o['insurance_fr']}")])
    for num, h, body in paras:
        sh.text(20, y, num, font=fb, size_pt=10.5)
        sh.text(34, y, h, font=fb, size_pt=10.5)
        y = sh.paragraph(34, y + 5.5, 156, body, font=f, size_pt=10.3, leading=1.42) + 4
    y += 2
    heads = ["Stad", "Beschikbaar", "Laatste tekort"] if lang == "nl" else ["Ville", "Disponible", "Dernière rupture"]
    sh.rect(34, y, 156, 6.5, width_mm=0, fill=(226, 226, 226))
    for t_, x in zip(heads, (36, 90, 140)):
        sh.text(x, y + 1.2, t_, font=fb, size_pt=9.5)
    y += 6.5
    cities = [o["capital"], rng.choice(["—", o["capital"]])]
    for k, city in enumerate([o["capital"], "(overige)" if lang == "nl" else "(autres)"]):
        sh.rule(34, y + 6, 190, y + 6, width_mm=0.1, color=(180, 180, 180))
        sh.text(36, y + 1, city, font=f, size_pt=9.5)
        sh.text(90, y + 1, ("beperkt" if lang == "nl" else "limité") if k == 0 else ("nee" if lang == "nl" else "non"),
                font=f, size_pt=9.5)
        sh.text(140, y + 1, (when - timedelta(days=rng.randint(20, 120))).strftime("%m/%Y") if k == 0 else "—",
                font=f, size_pt=9.5)
        y += 6.5
    _ = cities
    sh.rule(20, 262, 70, 262, width_mm=0.2)
    sh.text(20, 264, f"(1) https://www.health.gov.example/{c.origin().lower()}/essential-medicines-list.pdf",
            font=f, size_pt=7.5)
    sh.text(20, 268, f"(2) https://www.ilo.org/ilostat – {o['en']}, {when.year - 1}", font=f, size_pt=7.5)
    sh = pages[1]
    y = 26
    more = ([("4.3", "Conclusie", f"Voor een patiënt die {dr} nodig heeft, is een ononderbroken behandeling in "
                                  f"{cn} niet gewaarborgd. Ook een terugkeer naar een eerder land van verblijf biedt "
                                  f"geen uitweg, aangezien daar geen verblijfsrecht meer bestaat.")]
            if lang == "nl" else
            [("4.3", "Conclusion", f"Pour un patient ayant besoin de {dr}, la continuité du traitement en {cn} n'est "
                                   f"pas garantie. Un retour vers un pays de séjour antérieur n'offre pas d'issue, "
                                   f"faute de droit de séjour.")])
    for num, h, body in more:
        sh.text(20, y, num, font=fb, size_pt=10.5)
        sh.text(34, y, h, font=fb, size_pt=10.5)
        y = sh.paragraph(34, y + 5.5, 156, body, font=f, size_pt=10.3, leading=1.42) + 4
    sh.text(20, y + 6, ("Deze nota wordt jaarlijks bijgewerkt." if lang == "nl" else
                        "Cette note est mise à jour chaque année."), font=fi, size_pt=9.5, color=GREY)
    return pages, {}


_reg("be9ter-coi-ziekenhuis-herkomstland-vragenlijst-antwoorden-stempel-waterkring-33", "country-of-origin-info",
     PART, "en", coi_hospital_reply,
     "a hospital in the country of origin answering the lawyer's questionnaire, stamp over the signature, water stain")
_reg("be9ter-coi-kenniscentrum-landennota-genummerde-paragrafen-voetnoten-33", "country-of-origin-info", PART,
     "nl/fr", coi_kenniscentrum, "an NGO knowledge centre's country note, numbered paragraphs, table, footnotes")


# --------------------------------------------------------------------------- asylum proofs

def asylum_annex26_creased(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 carried folded in four in a wallet: the copy shows the two fold lines crossing the page, the
    corners rubbed grey, a tear along one fold mended with clear tape; the photo at the upper left, the data as
    'label ........ value' lines."""
    p = c.p
    nl = lang == "nl"
    f, fb = GOTH, GOTH_B
    a = Sheet()
    a.text(20, 12, "KONINKRIJK BELGIË" if nl else "ROYAUME DE BELGIQUE", font=fb, size_pt=10)
    a.text(20, 17.5, "FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken" if nl else
           "SPF Intérieur – Office des Étrangers", font=f, size_pt=9)
    a.text(190, 12, "BIJLAGE 26" if nl else "ANNEXE 26", font=fb, size_pt=16, anchor="right")
    a.paragraph(60, 32, 130, ("Inschrijvingsbewijs – verzoeker om internationale bescherming" if nl else
                              "Attestation d'immatriculation – demandeur de protection internationale"),
                font=fb, size_pt=11)
    a.photo(20, 30, 32, 40, rng)
    rows = [("Naam" if nl else "Nom", p.surname.upper()), ("Voornaam" if nl else "Prénom", p.given_names),
            ("Geboren op" if nl else "Né(e) le", fdate(p.birth_date, "dots", lang)),
            ("te" if nl else "à", p.birth_place), ("Nationaliteit" if nl else "Nationalité",
                                                    COUNTRIES[p.nationality]["adj_" + lang]),
            ("OV-nummer" if nl else "N° SP", c.ov or "—"),
            ("Verzoek ingediend op" if nl else "Demande introduite le", fdate(c.asylum["lodged"], "dots", lang))]
    y = 80
    for lab, val in rows:
        w = a.text(20, y, lab, font=f, size_pt=10.5)
        a.rule(22 + w, y + 4, 84, y + 4, width_mm=0.15, color=(140, 140, 140), dash=0.35)
        vv = glyphs(val, fb)
        a.text(86, y, vv, font=fb, size_pt=fit(vv, fb, 11, 100))
        y += 9
    a.paragraph(20, y + 6, 170, ("Dit document is geldig tot de beslissing over het verzoek, behoudens verlenging. "
                                 "Het is geen identiteitsbewijs." if nl else
                                 "Ce document est valable jusqu'à la décision sur la demande, sauf prorogation. Il "
                                 "ne constitue pas un titre d'identité."), font=f, size_pt=9.5, leading=1.4)
    a.text(20, y + 26, ("Afgegeven te Brussel op " if nl else "Délivré à Bruxelles le ") +
           fdate(c.asylum["lodged"], "dots", lang), font=f, size_pt=10)
    a.stamp(120, y + 20, ["DVZ – OE", "BRUSSEL – BRUXELLES"], rng, shape="round", size_mm=26, color=STAMP_BLUE)
    a.signature(140, y + 30, 36, 11, rng, color=INK_BLACK)
    tear(a, 104, 210, 26, rng, vertical=True)
    tape(a, 98, 206, 12, 34, rng, angle=rng.uniform(-3, 3))
    img = a.render(200)
    W, H = img.size
    from PIL import ImageChops, ImageFilter
    for box in ((W // 2 - 3, 0, W // 2 + 3, H), (0, H // 2 - 3, W, H // 2 + 3)):
        band = Image.new("L", (W, H), 0)
        ImageDraw.Draw(band).rectangle(box, fill=150)
        band = band.filter(ImageFilter.GaussianBlur(W / 160))
        img = ImageChops.multiply(img, Image.merge("RGB", [band.point(lambda v: 255 - v // 3)] * 3))
    rub = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - max(0, v - 150) // 3)
    img = ImageChops.multiply(img, Image.merge("RGB", [rub] * 3))
    return [sheet_of(img)], {}


def asylum_cgvs_receipt(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGVS/CGRA acknowledgement of receipt of documents in the pending procedure: the references in a row
    of boxes under the heading, a table of the documents received with their number of pages, the sentence that
    the application is still under examination; printed, with the lawyer's 'ontvangen' date stamp in the top
    margin; no signature, 'Dit bericht werd automatisch aangemaakt'."""
    p = c.p
    nl = lang == "nl"
    f, fb = NARR, NARR_B
    sh = Sheet()
    sh.text(20, 14, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
            "Commissariat général aux réfugiés et aux apatrides", font=fb, size_pt=12)
    sh.text(20, 20, "Dienst Registratie en Documenten" if nl else "Service Enregistrement et documents", font=f,
            size_pt=9.5, color=GREY)
    when = c.app_date - timedelta(days=rng.randint(15, 70))
    refs = [("Datum" if nl else "Date", fdate(when, "dots", lang)),
            ("CGVS-nummer" if nl else "N° CGRA", f"{rng.randint(20, 26)}/{rng.randint(10000, 99999)}"),
            ("OV-nummer" if nl else "N° SP", c.ov or "—")]
    for i, (a, b) in enumerate(refs):
        x = 20 + i * 57
        sh.rect(x, 28, 55, 12, width_mm=0.25)
        sh.text(x + 2, 29, a, font=f, size_pt=8, color=GREY)
        sh.text(x + 2, 33.5, b, font=fb, size_pt=10.5)
    sh.text(20, 50, ("Ontvangstbevestiging van documenten" if nl else "Accusé de réception de documents"), font=fb,
            size_pt=13)
    y = sh.paragraph(20, 58, 170, (f"In het kader van het verzoek om internationale bescherming van {p.given_names} "
                                   f"{p.surname.upper()}, geboren op {fdate(p.birth_date, 'dots', lang)}, "
                                   f"{COUNTRIES[p.nationality]['adj_nl']} nationaliteit, ingediend op "
                                   f"{fdate(c.asylum['lodged'], 'dots', lang)}, ontving het CGVS de volgende stukken:"
                                   if nl else
                                   f"Dans le cadre de la demande de protection internationale de {p.given_names} "
                                   f"{p.surname.upper()}, né(e) le {fdate(p.birth_date, 'dots', lang)}, de nationalité "
                                   f"{COUNTRIES[p.nationality]['adj_fr']}, introduite le "
                                   f"{fdate(c.asylum['lodged'], 'dots', lang)}, le CGRA a reçu les documents "
                                   f"suivants :"), font=f, size_pt=10.5, leading=1.42) + 3
    docs = ([("Medische attesten", 4), ("Getuigenverklaring", 2), ("Foto's", 6)] if nl else
            [("Attestations médicales", 4), ("Témoignage", 2), ("Photos", 6)])
    sh.rect(20, y, 170, 6.5, width_mm=0, fill=(226, 226, 226))
    sh.text(22, y + 1.2, "Document", font=fb, size_pt=9.5)
    sh.text(170, y + 1.2, "Blz." if nl else "Pages", font=fb, size_pt=9.5)
    y += 6.5
    for d_, n in docs[:rng.randint(1, 3)]:
        sh.rule(20, y + 6, 190, y + 6, width_mm=0.1, color=(180, 180, 180))
        sh.text(22, y + 1, d_, font=f, size_pt=10)
        sh.text(170, y + 1, str(n), font=f, size_pt=10)
        y += 6.5
    y += 6
    y = sh.paragraph(20, y, 170, ("Uw verzoek wordt nog onderzocht. Er werd nog geen beslissing genomen. U wordt "
                                  "verwittigd van elke verdere stap." if nl else
                                  "Votre demande est toujours en cours d'examen. Aucune décision n'a encore été prise. "
                                  "Vous serez informé(e) de toute étape ultérieure."), font=fb, size_pt=10.5,
                     leading=1.42) + 8
    sh.text(20, y, ("Dit bericht werd automatisch aangemaakt en is niet ondertekend." if nl else
                    "Ce message a été généré automatiquement et n'est pas signé."), font=f, size_pt=9, color=GREY)
    sh.text(20, 284, "Ernest Blerotstraat 39, 1070 Brussel" if nl else "Rue Ernest Blerot 39, 1070 Bruxelles",
            font=f, size_pt=8, color=GREY)
    sh.stamp(rng.uniform(120, 150), 4, ["ONTVANGEN" if nl else "REÇU",
                                        fdate(when + timedelta(days=rng.randint(2, 6)), "dots", lang)], rng,
             shape="rect", size_mm=28, color=STAMP_RED, angle=rng.uniform(-6, 6))
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-{'bijlage' if _lg == 'nl' else 'annexe'}-26-in-vieren-gevouwen-plakband-{_lg}-33",
         "asylum-proof", PART, _lg, (lambda c, r, lg=_lg: asylum_annex26_creased(c, r, lang=lg)),
         "annex 26 kept folded in four: fold lines, rubbed corners, a tear mended with clear tape")
    _reg(f"be9ter-asylum-{'cgvs' if _lg == 'nl' else 'cgra'}-ontvangstbevestiging-documenten-tabel-{_lg}-33",
         "asylum-proof", PART, _lg, (lambda c, r, lg=_lg: asylum_cgvs_receipt(c, r, lang=lg)),
         "the CGVS/CGRA's acknowledgement of documents received, references in boxes, still under examination")


# --------------------------------------------------------------------------- registered-mail receipts

_OTHER_TO = ["Raad voor Vreemdelingenbetwistingen, 1030 Brussel", "Arbeidsrechtbank Gent, 9000 Gent",
             "Tribunal de première instance, 4000 Liège", "OCMW Antwerpen, 2000 Antwerpen",
             "Justice de paix, 1000 Bruxelles"]


def rm_carbon_book(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A page of the office's registered-mail book ('Afgifteboekje aangetekende zendingen / Carnet de dépôt'):
    printed columns (date, item number, addressee, post office stamp), each line written by hand through carbon
    paper so that the copy is in violet carbon ink with fuzzy strokes; our line among one or two others, the
    post office's round date stamp over the stamp column and the clerk's initials."""
    f, fb = NARR, NARR_B
    sh = Sheet(paper="yellow")
    sh.text(20, 14, "AFGIFTEBOEKJE AANGETEKENDE ZENDINGEN", font=fb, size_pt=12)
    sh.text(20, 20, "CARNET DE DÉPÔT – ENVOIS RECOMMANDÉS", font=f, size_pt=10)
    sh.text(190, 14, f"Blad / Feuille {rng.randint(10, 60)}", font=f, size_pt=10, anchor="right")
    sender = _sender_lines(c)
    sh.text(20, 30, "Afzender / Expéditeur:", font=f, size_pt=9, color=GREY)
    carbon = (86, 60, 150)
    hf = PEN_BI
    sh.handwriting(58, 28, glyphs(", ".join(sender), hf), rng, size_pt=fit(", ".join(sender), hf, 11, 128),
                   color=carbon, font=hf)
    cols = [("Datum / Date", 20, 26), ("Nr. zending / N° d'envoi", 46, 44), ("Bestemmeling / Destinataire", 90, 70),
            ("Stempel / Cachet", 160, 30)]
    y = 44
    for t, x, w in cols:
        sh.rect(x, y, w, 8, width_mm=0.3, fill=(236, 232, 206))
        sh.text(x + 1, y + 2, t, font=fb, size_pt=7.8)
    y += 8
    n = rng.randint(2, 3)
    mine = rng.randrange(n)
    for i in range(n):
        for t, x, w in cols:
            sh.rect(x, y, w, 26, width_mm=0.3)
        if i == mine:
            tr, to = track_spaced(c.rm_track), c.rm_to
        else:
            from .be9ter import s10_tracking
            tr = track_spaced(s10_tracking(random.Random(c.seed + 91 + i)))
            to = rng.choice(_OTHER_TO).split(", ")
        sh.handwriting(21, y + 2, c.rm_date.strftime("%d/%m"), rng, size_pt=11, color=carbon, font=hf)
        for j, part in enumerate(wrap(tr, 40, hf, 10)[:2]):
            sh.handwriting(47, y + 2 + j * 6, part, rng, size_pt=10, color=carbon, font=hf)
        for j, ln in enumerate(to[:3]):
            vv = glyphs(ln, hf)
            sh.handwriting(91, y + 1.5 + j * 7, vv, rng, size_pt=fit(vv, hf, 10.5, 62), color=carbon, font=hf)
        y += 26
    sh.stamp(160, 52 + rng.uniform(0, 20), [f"BPOST {_post_office(c).upper()[:16]}", c.rm_date.strftime("%d-%m-%Y")],
             rng, shape="round", size_mm=28, color=(40, 40, 60), angle=rng.uniform(-20, 20))
    sh.handwriting(170, y + 4, rng.choice(["JV", "KM", "AD"]), rng, size_pt=12, color=INK_BLUE, font=PEN)
    img = sh.render(200)
    from PIL import ImageFilter
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return [sheet_of(img)], {}


def rm_desk_ticket(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter's thermal ticket lying on a wooden desk, photographed with a phone from above (a pen beside it,
    the photographer's shadow over one corner); the photo is the file."""
    t = Sheet(80, 140)
    f = "mono"
    t.text(40, 6, "bpost", font=GOTH_B, size_pt=17, anchor="center", color=(40, 40, 40))
    t.text(40, 14, _post_office(c), font=f, size_pt=7.5, anchor="center")
    t.text(40, 18, f"{c.rm_date.strftime('%d.%m.%Y')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  "
                   f"Loket/Guichet {rng.randint(1, 6)}", font=f, size_pt=7, anchor="center")
    t.rule(4, 23, 76, 23, width_mm=0.2, dash=0.6)
    t.text(4, 26, "AANGETEKEND - RECOMMANDE", font=f, size_pt=7.5)
    t.text(4, 30.5, "Bewijs van afgifte / Preuve de dépôt", font=f, size_pt=6.8)
    bars(t, 6, 36, 68, 11, c.rm_track)
    t.text(40, 48.5, track_spaced(c.rm_track), font=f, size_pt=7.5, anchor="center")
    t.text(4, 56, "Aan / A:", font=f, size_pt=7)
    for i, ln in enumerate(c.rm_to):
        t.text(4, 60 + i * 4, ln[:32], font=f, size_pt=7.3)
    t.rule(4, 75, 76, 75, width_mm=0.2, dash=0.6)
    t.text(4, 78, "Prijs / Prix", font=f, size_pt=7.5)
    t.text(76, 78, f"{rng.choice(['9,60', '9,80', '10,20'])} EUR", font=f, size_pt=7.5, anchor="right")
    t.text(40, 90, "Bewaar dit bewijs - Conservez", font=f, size_pt=6.8, anchor="center")
    img = desk_photo(t, rng, dpi=300)
    return [sheet_of(img, 110, 110 * img.height / img.width)], {}


def rm_envelope_copy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A photocopy of the envelope's front, made before posting and stamped afterwards: the sender printed at the
    upper left, the addressee in the window, the red-and-white registered label stuck at the upper right with
    its barcode and 'R' and the post office's round date stamp struck across label and envelope; the envelope
    in landscape on an A4 portrait copy."""
    env = Sheet(229, 162)
    env.rect(0, 0, 229, 162, width_mm=0.4, color=(120, 120, 120), fill=(250, 250, 246))
    for i, ln in enumerate(_sender_lines(c)):
        env.text(12, 12 + i * 4.6, ln, font=GOTH, size_pt=8.5, color=GREY)
    env.rect(110, 78, 100, 36, width_mm=0.2, color=(190, 190, 190))
    for i, ln in enumerate(c.rm_to):
        env.text(116, 84 + i * 6.5, ln, font=GOTH_B if i == 0 else GOTH, size_pt=11)
    lab = Sheet(70, 34)
    lab.rect(0, 0, 70, 34, width_mm=0, fill=(255, 255, 255))
    lab.rect(0, 0, 12, 34, width_mm=0, fill=(220, 30, 40))
    lab.text(6, 11, "R", font=GOTH_B, size_pt=22, anchor="center", color=(255, 255, 255))
    lab.text(15, 2, "AANGETEKEND · RECOMMANDÉ", font=GOTH_B, size_pt=6.5)
    bars(lab, 15, 8, 52, 13, c.rm_track)
    lab.text(41, 23, track_spaced(c.rm_track), font="mono2", size_pt=7, anchor="center")
    lab.text(15, 28.5, "bpost", font=GOTH_B, size_pt=7, color=(220, 30, 40))
    paste(env, lab, 150, 10, dpi=300, angle=rng.uniform(-2.5, 2.5))
    env.stamp(132, 20, [f"BPOST {_post_office(c).upper()[:16]}", c.rm_date.strftime("%d.%m.%Y")], rng,
              shape="round", size_mm=30, color=(40, 40, 50), angle=rng.uniform(-15, 15))
    sh = Sheet()
    img = env.render(220).rotate(90, expand=True)
    sh.image(24, 16, 162 * 0.98, 229 * 0.98, img)
    sh.handwriting(30, 258, rng.choice(["verzonden", "envoyé", "aangetekend weg"]) + f" {c.rm_date:%d/%m}", rng,
                   size_pt=12, color=INK_BLUE, font=PEN)
    return [sheet_of(glass_dust(sh.render(200), rng, n=30, hair=False))], {}


_reg("be9ter-rm-afgifteboekje-doorslag-violet-lijnen-met-de-hand-postkantoorstempel-33", "registered-mail-receipt",
     PART, "nl/fr", rm_carbon_book,
     "a page of the office's registered-mail book written through carbon paper, post office stamp over the column")
_reg("be9ter-rm-thermisch-ticket-op-houten-bureau-telefoonfoto-balpen-33", "registered-mail-receipt", PART, "nl/fr",
     rm_desk_ticket, "the counter's thermal ticket photographed on a wooden desk with a pen beside it")
_reg("be9ter-rm-envelop-kopie-rood-label-datumstempel-over-label-33", "registered-mail-receipt", PART, "nl/fr",
     rm_envelope_copy, "a copy of the envelope's front with the registered label and the date stamp struck across it")


# --------------------------------------------------------------------------- others

def other_declaration_notebook(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration written by hand on a page torn from a squared school notebook (the ragged
    perforation at the left), in the applicant's words: who he or she is, why no document can be shown; dated and
    signed at the end with no label."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    hf = BREIP
    ink = rng.choice([INK_BLUE, INK_BLACK])
    sh = Sheet()
    for x in range(20, 210, 5):
        sh.rule(x, 0, x, 297, width_mm=0.08, color=(176, 196, 224))
    for y in range(0, 297, 5):
        sh.rule(0, y, 210, y, width_mm=0.08, color=(176, 196, 224))
    sh.rule(28, 0, 28, 297, width_mm=0.25, color=(220, 120, 120))
    for y in range(4, 297, 8):
        sh.rect(0, y, 5, 4, width_mm=0, fill=(255, 255, 255))
    e = "e" if c.fem else ""
    text = ({"nl": ["Verklaring op eer",
                    f"Ik, {p.given_names} {p.surname}, geboren op {fdate(p.birth_date, 'slashes', 'nl')} in "
                    f"{p.birth_place} ({cname(c.birth_cc(), 'nl')}), van {COUNTRIES[p.nationality]['adj_nl']} "
                    f"nationaliteit, verklaar op eer dat dit mijn echte naam en gegevens zijn.",
                    "Ik heb geen paspoort of identiteitskaart meer. Mijn papieren zijn achtergebleven bij mijn familie "
                    "en ik kan ze niet laten opsturen.",
                    "Ik weet dat een valse verklaring strafbaar is."],
             "fr": ["Déclaration sur l'honneur",
                    f"Je soussigné{e}, {p.given_names} {p.surname}, né{e} le {fdate(p.birth_date, 'slashes', 'fr')} à "
                    f"{p.birth_place} ({cname(c.birth_cc(), 'fr')}), de nationalité "
                    f"{COUNTRIES[p.nationality]['adj_fr']}, déclare sur l'honneur que ce sont mes vrais nom et "
                    f"données.",
                    "Je n'ai plus de passeport ni de carte d'identité. Mes papiers sont restés chez ma famille et je "
                    "ne peux pas les faire venir.",
                    "Je sais qu'une fausse déclaration est punissable."]})[lang]
    y = 20
    for k, para in enumerate(text):
        for r_ in wrap(glyphs(para, hf), 160 / 1.12, hf, 13):
            sh.handwriting(34, y, r_, rng, size_pt=13, color=ink, font=hf)
            y += 10
        y += 5 if k else 8
    d = c.app_date - timedelta(days=rng.randint(2, 20))
    sh.handwriting(34, y + 4, glyphs(f"{c.addr.city}, {fdate(d, 'slashes', lang)}", hf), rng, size_pt=13, color=ink,
                   font=hf)
    sh.signature(110, y + 14, 46, 15, rng, color=ink)
    return [sh], {}


def other_pharmacy_a5(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's attestation of the medicines dispensed over the last months, printed on A5 by the pharmacy's
    software (table of dates, products and amounts paid), stapled on an A4 sheet slightly askew with the staple's
    shadow at the top left."""
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    name = rng.choice(["Apotheek Sint-Pieters", "Pharmacie du Midi", "Apotheek De Pelikaan", "Pharmacie Centrale"])
    s = Sheet(148, 210)
    f, fb = NARR, NARR_B
    s.text(8, 8, name, font=fb, size_pt=12)
    s.text(8, 14, f"{c.addr.postcode} {c.addr.city} · APB {rng.randint(100000, 999999)}", font=f, size_pt=8,
           color=GREY)
    s.text(8, 26, "ATTEST AFGELEVERDE GENEESMIDDELEN" if lang == "nl" else "ATTESTATION DE DÉLIVRANCE", font=fb,
           size_pt=11)
    s.text(8, 33, f"{'Patiënt' if lang == 'nl' else 'Patient'}: {name_in(c.p, 'SURNAME Given')}", font=f, size_pt=9.5)
    y = 42
    s.rect(8, y, 132, 6, width_mm=0, fill=(226, 226, 226))
    heads = ("Datum", "Product", "Betaald") if lang == "nl" else ("Date", "Produit", "Payé")
    for h, x in zip(heads, (10, 32, 122)):
        s.text(x, y + 1, h, font=fb, size_pt=8.5)
    y += 7
    tot = 0.0
    for k in range(3):
        dd = c.app_date - timedelta(days=30 * (k + 1) + rng.randint(0, 5))
        for m in t["meds"][:2]:
            amt = round(rng.uniform(3, 19), 2)
            tot += amt
            s.text(10, y, dd.strftime("%d/%m/%y"), font=f, size_pt=8.5)
            s.text(32, y, m[:48], font=f, size_pt=8.5)
            s.text(138, y, f"{amt:.2f}".replace(".", ","), font=f, size_pt=8.5, anchor="right")
            y += 5
    s.rule(8, y, 140, y, width_mm=0.2)
    s.text(10, y + 2, "Totaal" if lang == "nl" else "Total", font=fb, size_pt=9)
    s.text(138, y + 2, f"{tot:.2f} €".replace(".", ","), font=fb, size_pt=9, anchor="right")
    s.stamp(70, y + 12, [name.upper()[:22], c.addr.city.upper()], rng, shape="rect", size_mm=30, color=STAMP_BLUE)
    sh = Sheet()
    paste(sh, s, 30, 24, dpi=220, angle=rng.uniform(-2.5, 2.5))
    sh.rule(34, 26, 44, 24.5, width_mm=0.7, color=(150, 150, 156))
    sh.rule(34.5, 27, 44.5, 25.5, width_mm=0.3, color=(70, 70, 70))
    return [sh], {}


def other_outlook_mail(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An e-mail from the lawyer's office to the client printed from Outlook: the sender's name in large type,
    'Verzonden / Envoyé', 'Aan / À', 'Onderwerp / Objet' as label lines, a short body about the posting and the
    documents still to keep, the office's signature with its logo line."""
    L = c.lawyer or {"first": "", "last": "", "mail": "info@cabinet.be", "firm": "", "street": "", "pc": "",
                     "city": ""}
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    sh = Sheet()
    f, fb = CAL, CAL_B
    from .people import strip_accents
    p = c.p
    mail = f"{strip_accents(p.given_names.split()[0]).lower()}{rng.randint(10, 99)}@{rng.choice(['gmail.com', 'hotmail.be', 'yahoo.fr'])}"
    sh.text(18, 14, f"{L['first']} {L['last']}", font=fb, size_pt=16)
    sh.rule(18, 22, 192, 22, width_mm=0.6)
    rows = [("Van:" if nl else "De :", f"{L['first']} {L['last']} <{L['mail']}>"),
            ("Verzonden:" if nl else "Envoyé :", f"{_long(c.rm_date, lang)} {rng.randint(14, 18)}:{rng.randint(10, 59)}"),
            ("Aan:" if nl else "À :", mail),
            ("Onderwerp:" if nl else "Objet :", "Uw 9ter-aanvraag" if nl else "Votre demande 9ter")]
    y = 26
    for a, b in rows:
        sh.text(18, y, a, font=fb, size_pt=10)
        sh.text(48, y, b, font=f, size_pt=10)
        y += 5.4
    y += 6
    body = ([f"Beste {p.given_names},",
             "Uw aanvraag werd vandaag aangetekend verstuurd naar de Dienst Vreemdelingenzaken. Het bewijs van "
             "afgifte bewaren wij in uw dossier.",
             "Bewaar alle originele documenten en breng ze mee als u wordt opgeroepen. Laat ons elke adreswijziging "
             "meteen weten.", "Vriendelijke groeten,"] if nl else
            [f"Bonjour {p.given_names},",
             "Votre demande a été envoyée aujourd'hui par recommandé à l'Office des Étrangers. Nous conservons la "
             "preuve de dépôt dans votre dossier.",
             "Gardez tous les documents originaux et apportez-les si vous êtes convoqué(e). Prévenez-nous "
             "immédiatement de tout changement d'adresse.", "Bien à vous,"])
    for t in body:
        y = sh.paragraph(18, y, 174, t, font=f, size_pt=11, leading=1.45) + 3.5
    for t in (f"{L['first']} {L['last']}", L["firm"], f"{L['street']}, {L['pc']} {L['city']}"):
        sh.text(18, y + 2, t, font=f, size_pt=9.5, color=(70, 70, 70))
        y += 4.8
    sh.text(105, 288, "1", font=f, size_pt=8, anchor="center", color=GREY)
    return [sh], {}


_reg("be9ter-other-declaration-schriftblad-geruit-met-de-hand-eigen-woorden-33", "other", PART, "nl/fr",
     other_declaration_notebook,
     "the applicant's own declaration written by hand on a squared page torn from a school notebook")
_reg("be9ter-other-pharmacy-attest-a5-geniet-op-a4-scheef-33", "other", PART, "nl/fr", other_pharmacy_a5,
     "a pharmacy's A5 attestation of medicines dispensed, stapled askew on A4")
_reg("be9ter-other-email-outlook-print-kantoor-aan-client-33", "other", PART, "nl/fr", other_outlook_mail,
     "an e-mail from the lawyer's office to the client printed from Outlook")
