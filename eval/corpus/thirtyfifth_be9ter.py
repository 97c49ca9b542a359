"""9ter families of the `thirtyfifth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-fourth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s35_*``.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from .be9ter import (
    COUNTRIES,
    FR_IN,
    DE_IN,
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
from PIL import Image as _I

from .paper import Sheet
from .thirtyfifth_identity import (
    BREIP,
    CAL,
    CAL_B,
    CAL_I,
    DSC,
    DSC_B,
    DSC_I,
    FSER,
    FSER_B,
    FSER_I,
    GOTH,
    GOTH_B,
    GOTH_I,
    HAND_BI,
    HAND_I,
    LMONO,
    LMONO_B,
    NNAR,
    NNAR_B,
    NNAR_I,
    NROM,
    NROM_B,
    NROM_I,
    PAL,
    PAL_B,
    PAL_I,
    crumpled,
    de_long,
    en_long,
    exhibit_sticker,
    fr_long,
    mfp_line,
    nl_long,
    pen_ring,
    roller_marks,
    speckle,
    tilt,
    water_stain,
)
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "thirtyfifth"
GREY = (96, 96, 100)
SUB = datetime.date(2026, 12, 1)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _long(d, lang: str) -> str:
    return {"nl": nl_long, "fr": fr_long, "de": de_long, "en": en_long}[lang](d)


def _dd(c: Case, d: datetime.date, lang: str) -> str:
    return _long(d, lang) if c.date_style == "long" else c.d(d, lang)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


# --------------------------------------------------------------------------- sentences (s35_*)

def _nm(c: Case, lang: str) -> str:
    """This part calls the applicant by title and surname in capitals: 'mevrouw NZÉ', 'Monsieur JALLOW'."""
    t = {"nl": ("mevrouw", "de heer"), "fr": ("Madame", "Monsieur"), "de": ("Frau", "Herr"),
         "en": ("Ms", "Mr")}[lang][0 if c.fem else 1]
    return f"{t} {c.p.surname.upper()}"


def _Nm(c: Case, lang: str) -> str:
    return _cap(_nm(c, lang))


def _pc(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (exhibit {n})"}[lang]


def _in_country(code: str, lang: str) -> str:
    if lang == "fr":
        return FR_IN.get(code, "en " + cname(code, "fr"))
    if lang == "de":
        return DE_IN.get(code, "in " + cname(code, "de"))
    return "in " + cname(code, lang)


def s35_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = _dd(c, p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    where = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    e = "e" if c.fem else ""
    if lang == "nl":
        s = f"Verzoek{'ster' if c.fem else 'er'} is {nm}, geboren op {bd}" + ("" if nb else f" te {where}")
        s += "." if nn else f", die de {adj} nationaliteit heeft."
        s += (f" Rijksregisternummer: {c.nrn}." if c.nrn else f" Dossiernummer bij de Dienst Vreemdelingenzaken "
                                                               f"(OV): {c.ov}.")
        return s
    if lang == "fr":
        s = f"{'La demanderesse' if c.fem else 'Le demandeur'} est {nm}, né{e} le {bd}" + ("" if nb else f" à {where}")
        s += "." if nn else f", de nationalité {adj}."
        s += (f" Numéro de registre national : {c.nrn}." if c.nrn else f" Numéro de dossier à l'Office des "
                                                                         f"Étrangers (SP) : {c.ov}.")
        return s
    if lang == "de":
        s = f"{'Die Antragstellerin' if c.fem else 'Der Antragsteller'} ist {nm}, geboren am {bd}" + \
            ("" if nb else f" in {where}")
        s += "." if nn else f", {adj}e Staatsangehörigkeit."
        s += f" Nationalregisternummer: {c.nrn}." if c.nrn else f" Aktenzeichen beim Ausländeramt (OV): {c.ov}."
        return s
    s = f"The applicant is {nm}, born on {bd}" + ("" if nb else f" in {where}")
    s += "." if nn else f", of {COUNTRIES[p.nationality]['adj_en']} nationality."
    s += f" National register number: {c.nrn}." if c.nrn else f" Immigration Office file number (OV): {c.ov}."
    return s


def s35_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_Nm(c, lang)} verblijft afwisselend bij vrienden en heeft geen eigen woning.",
                "fr": f"{_Nm(c, lang)} loge tantôt chez des amis, tantôt chez d'autres, et n'a pas de logement "
                      f"propre.",
                "de": f"{_Nm(c, lang)} übernachtet abwechselnd bei Freunden und hat keine eigene Wohnung.",
                "en": f"{_Nm(c, lang)} stays with friends in turn and has no home of {'her' if c.fem else 'his'} "
                      f"own."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_Nm(c, lang)} woont werkelijk op het adres {a}.",
            "fr": f"{_Nm(c, lang)} réside effectivement {a}.",
            "de": f"{_Nm(c, lang)} wohnt tatsächlich unter der Anschrift {a}.",
            "en": f"{_Nm(c, lang)} actually lives at {a}."}[lang]


def s35_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        a = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Keuze van woonplaats wordt gedaan op het kantoor van de ondergetekende raadsman, {a}.",
                "fr": f"Élection de domicile est faite au cabinet du conseil soussigné, {a}.",
                "de": f"Als Zustellungsanschrift wird die Kanzlei des unterzeichnenden Rechtsanwalts gewählt, {a}.",
                "en": f"Domicile is elected at the chambers of the undersigned counsel, {a}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Keuze van woonplaats wordt gedaan p/a {c.other_domicile}.",
                "fr": f"Élection de domicile est faite c/o {c.other_domicile}.",
                "de": f"Als Zustellungsanschrift wird gewählt: c/o {c.other_domicile}.",
                "en": f"Domicile is elected c/o {c.other_domicile}."}[lang]
    return {"nl": "Keuze van woonplaats wordt op dat adres gedaan.",
            "fr": "Élection de domicile est faite à cette adresse.",
            "de": "Als Zustellungsanschrift gilt diese Adresse.",
            "en": "Domicile is elected at that address."}[lang]


def _members(c: Case, lang: str) -> list[str]:
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "de": {"spouse": "Ehegatte/Ehegattin", "child": "Kind"}, "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geb.", "fr": "né(e) le", "de": "geb.", "en": "born"}[lang]
        out.append(f"{q.surname.upper()} {q.given_names} ({rel[m.rel]}), {born} {_dd(c, q.birth_date, lang)} "
                   f"{'te' if lang == 'nl' else 'à' if lang == 'fr' else 'in'} {q.birth_place}{nat}"
                   f"{_pc(c, f'fam{i}', lang)}")
    return out


def s35_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    lst = "; ".join(_members(c, lang))
    return {"nl": f"De aanvraag wordt ook ingediend voor de gezinsleden die met {_nm(c, lang)} samenwonen: {lst}. "
                  f"De akten die de verwantschap aantonen, zijn bijgevoegd.",
            "fr": f"La demande est également introduite pour les membres de la famille qui vivent avec "
                  f"{_nm(c, lang)} : {lst}. Les actes établissant le lien de parenté sont joints.",
            "de": f"Der Antrag wird auch für die Familienangehörigen gestellt, die mit {_nm(c, lang)} zusammenleben: "
                  f"{lst}. Die Urkunden über die Verwandtschaft liegen bei.",
            "en": f"The application is also made for the family members living with {_nm(c, lang)}: {lst}. The "
                  f"certificates proving kinship are enclosed."}[lang]


def s35_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = _dd(c, c.asylum["lodged"], lang)
        r = _pc(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_Nm(c, lang)} diende op {d} een verzoek om internationale bescherming in; over dat verzoek "
                      f"is nog geen definitieve beslissing genomen{r}. Het bewijs van de identiteit is daarom niet "
                      f"vereist (artikel 9ter, § 2, derde lid, van de wet).",
                "fr": f"{_Nm(c, lang)} a introduit le {d} une demande de protection internationale qui n'a pas encore "
                      f"fait l'objet d'une décision définitive{r}. La preuve de l'identité n'est donc pas requise "
                      f"(article 9ter, § 2, alinéa 3, de la loi).",
                "de": f"{_Nm(c, lang)} hat am {d} internationalen Schutz beantragt; darüber ist noch nicht endgültig "
                      f"entschieden{r}. Ein Identitätsnachweis ist daher nicht erforderlich (Artikel 9ter § 2 Absatz 3 "
                      f"des Gesetzes).",
                "en": f"{_Nm(c, lang)} applied for international protection on {d}; no final decision has been taken "
                      f"on it{r}. Proof of identity is therefore not required (Article 9ter § 2, third paragraph, of "
                      f"the Law)."}[lang]
    if k == "none":
        return {"nl": f"Het nieuwe paspoort van {_nm(c, lang)} is aangevraagd en zal worden nagestuurd zodra het is "
                      f"afgegeven.",
                "fr": f"Le nouveau passeport de {_nm(c, lang)} a été demandé et sera communiqué dès sa délivrance.",
                "de": f"Der neue Reisepass von {_nm(c, lang)} ist beantragt und wird nach Ausstellung nachgereicht.",
                "en": f"A new passport for {_nm(c, lang)} has been applied for and will be sent on as soon as it is "
                      f"issued."}[lang]
    items = [d[:1].lower() + d[1:] + _pc(c, key, lang) for key, d in c.annexes
             if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling", "fr": "la traduction jurée", "de": "die beeidigte Übersetzung",
                      "en": "the sworn translation"}[lang] + _pc(c, "id-tr", lang))
    lst = ", ".join(items) or "—"
    s = {"nl": f"De identiteit van {_nm(c, lang)} blijkt uit: {lst}.",
         "fr": f"L'identité de {_nm(c, lang)} est établie par : {lst}.",
         "de": f"Die Identität von {_nm(c, lang)} ergibt sich aus: {lst}.",
         "en": f"The identity of {_nm(c, lang)} is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is vervallen, maar bewijst de identiteit nog steeds.",
              "fr": " Le passeport est expiré mais établit toujours l'identité.",
              "de": " Der Pass ist abgelaufen, weist die Identität aber weiterhin nach.",
              "en": " The passport has expired but still proves identity."}[lang]
    return s


def s35_medical(c: Case, lang: str) -> str:
    t = _ill(c, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"Uit het verslag van {doc} van {_dd(c, c.medstat_date, lang)}",
               "fr": f"Il ressort du rapport du {doc} du {_dd(c, c.medstat_date, lang)}",
               "de": f"Aus dem Bericht von {doc} vom {_dd(c, c.medstat_date, lang)}",
               "en": f"The report of {doc} dated {_dd(c, c.medstat_date, lang)}"}[lang] + _pc(c, "medstat", lang)
    else:
        src = {"nl": f"Uit het standaard medisch getuigschrift van {doc} van {_dd(c, c.cert_date, lang)}",
               "fr": f"Il ressort du certificat médical type du {doc} du {_dd(c, c.cert_date, lang)}",
               "de": f"Aus dem standardisierten ärztlichen Attest von {doc} vom {_dd(c, c.cert_date, lang)}",
               "en": f"The standard medical certificate of {doc} dated {_dd(c, c.cert_date, lang)}"}[lang] + \
            _pc(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {"nl": f"{src} blijkt dat {_nm(c, lang)} lijdt aan {t['name']}. {t['severity']} De noodzakelijke "
                  f"behandeling bestaat uit: {meds}. {t['intervention']} {t['duration']}",
            "fr": f"{src} que {_nm(c, lang)} souffre de : {t['name']}. {t['severity']} Le traitement nécessaire "
                  f"comprend : {meds}. {t['intervention']} {t['duration']}",
            "de": f"{src} ergibt sich, dass {_nm(c, lang)} an {t['name']} leidet. {t['severity']} Notwendig ist: "
                  f"{meds}. {t['intervention']} {t['duration']}",
            "en": f"{src} shows that {_nm(c, lang)} suffers from {t['name']}. {t['severity']} The necessary "
                  f"treatment is: {meds}. {t['intervention']} {t['duration']}"}[lang]


def s35_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    inn, r = _in_country(c.origin(), lang), _pc(c, "coi", lang)
    dr = drug(c.illness, lang if lang != "en" else "en")
    ins = o.get("insurance_" + lang, o["insurance_en"])
    return {"nl": f"{_cap(inn)} is {dr} niet in de openbare sector verkrijgbaar; enkel privé-apotheken in "
                  f"{o['capital']} bestellen het op verzoek, tegen ongeveer {il['cost']} per maand{r}. Het "
                  f"gemiddelde maandloon bedraagt er {o['wage']}. {ins} De specialistische opvolging gebeurt enkel in "
                  f"{o['hospital']}. {_Nm(c, lang)} heeft in geen enkel ander land wettig verblijf gehad.",
            "fr": f"{_cap(inn)}, {dr} n'est pas disponible dans le secteur public ; seules des pharmacies privées de "
                  f"{o['capital']} le commandent à la demande, pour environ {il['cost']} par mois{r}. Le salaire "
                  f"mensuel moyen y est de {o['wage']}. {ins} Le suivi spécialisé n'est assuré qu'à {o['hospital']}. "
                  f"{_Nm(c, lang)} n'a séjourné légalement dans aucun autre pays.",
            "de": f"{_cap(inn)} ist {dr} im öffentlichen Sektor nicht erhältlich; nur private Apotheken in "
                  f"{o['capital']} bestellen es auf Anfrage, für etwa {il['cost']} im Monat{r}. Der durchschnittliche "
                  f"Monatslohn beträgt dort {o['wage']}. {ins} Die fachärztliche Betreuung erfolgt nur in "
                  f"{o['hospital']}. {_Nm(c, lang)} hatte in keinem anderen Land einen rechtmäßigen Aufenthalt.",
            "en": f"{_cap(inn)}, {dr} is not available in the public sector; only private pharmacies in "
                  f"{o['capital']} order it on request, at about {il['cost']} a month{r}. The average monthly wage "
                  f"there is {o['wage']}. {ins} Specialist follow-up is only provided at {o['hospital']}. "
                  f"{_Nm(c, lang)} has not resided lawfully in any other country."}[lang]


def s35_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = _dd(c, c.previous_9ter, lang)
        out.append({"nl": f"Op {d} werd reeds een aanvraag op grond van artikel 9ter ingediend, die nog niet werd "
                          f"beslist. {_Nm(c, lang)} doet hierbij afstand van die aanvraag; alle relevante elementen "
                          f"ervan worden in deze aanvraag herhaald.",
                    "fr": f"Une demande fondée sur l'article 9ter a déjà été introduite le {d} et n'a pas encore été "
                          f"tranchée. {_Nm(c, lang)} s'en désiste par la présente ; tous ses éléments pertinents sont "
                          f"repris ci-dessus.",
                    "de": f"Am {d} wurde bereits ein Antrag nach Artikel 9ter gestellt, über den noch nicht "
                          f"entschieden ist. {_Nm(c, lang)} verzichtet hiermit darauf; alle relevanten Elemente werden "
                          f"hier wiederholt.",
                    "en": f"An application under Article 9ter was already lodged on {d} and has not yet been decided. "
                          f"{_Nm(c, lang)} hereby withdraws it; all its relevant elements are repeated in this "
                          f"application."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = _dd(c, a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief afgewezen.",
                    "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                    "de": f"Der Antrag auf internationalen Schutz wurde am {d} endgültig abgelehnt.",
                    "en": f"The application for international protection was finally rejected on {d}."}[lang])
    return " ".join(out) or None


def s35_ask(c: Case, lang: str) -> str:
    return {"nl": f"Om die redenen wordt u verzocht {_nm(c, lang)} te machtigen tot een verblijf van meer dan drie "
                  f"maanden op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"Pour ces motifs, il vous est demandé d'autoriser {_nm(c, lang)} au séjour de plus de trois mois "
                  f"sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Aus diesen Gründen wird beantragt, {_nm(c, lang)} den Aufenthalt von mehr als drei Monaten nach "
                  f"Artikel 9ter des Gesetzes vom 15. Dezember 1980 zu gestatten.",
            "en": f"For these reasons you are asked to grant {_nm(c, lang)} leave to stay for more than three months "
                  f"under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: window-envelope letter

_WL = {
    "nl": dict(reg="PER AANGETEKENDE ZENDING", to=["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf – 9ter",
                                                    "Pachecolaan 44", "1000 BRUSSEL"],
               refs=["Uw kenmerk", "Ons kenmerk", "Datum", "Behandeld door", "E-mail"],
               subj="Betreft: aanvraag machtiging tot verblijf om medische redenen (artikel 9ter Vreemdelingenwet)",
               sal="Geachte mevrouw, geachte heer,", close="Met de meeste hoogachting,", role="advocaat",
               inv="Bijlagen", page="pagina {i}/{n}", run="Aanvraag 9ter – {nm}", mr="Mr."),
    "fr": dict(reg="PAR ENVOI RECOMMANDÉ", to=["Office des Étrangers", "Service Séjour médical – 9ter",
                                                "Boulevard Pachéco 44", "1000 BRUXELLES"],
               refs=["V/Réf.", "N/Réf.", "Date", "Dossier suivi par", "Courriel"],
               subj="Objet : demande d'autorisation de séjour pour raisons médicales (article 9ter de la loi du 15 "
                    "décembre 1980)",
               sal="Madame, Monsieur,", close="Veuillez agréer, Madame, Monsieur, l'expression de ma considération "
                                            "distinguée.", role="avocat", inv="Annexes", page="page {i}/{n}",
               run="Demande 9ter – {nm}", mr="Me"),
    "de": dict(reg="PER EINSCHREIBEN", to=["Ausländeramt", "Dienst Medizinischer Aufenthalt – 9ter",
                                            "Pachecolaan 44", "1000 BRÜSSEL"],
               refs=["Ihr Zeichen", "Unser Zeichen", "Datum", "Sachbearbeitung", "E-Mail"],
               subj="Betrifft: Antrag auf Aufenthaltserlaubnis aus medizinischen Gründen (Artikel 9ter des Gesetzes "
                    "vom 15. Dezember 1980)",
               sal="Sehr geehrte Damen und Herren,", close="Mit vorzüglicher Hochachtung", role="Rechtsanwalt",
               inv="Anlagen", page="Seite {i}/{n}", run="Antrag 9ter – {nm}", mr="RA"),
    "en": dict(reg="BY REGISTERED MAIL", to=["Immigration Office", "Medical Residence Unit – 9ter", "Pachecolaan 44",
                                              "1000 BRUSSELS"],
               refs=["Your ref.", "Our ref.", "Date", "Handled by", "E-mail"],
               subj="Re: application for leave to stay on medical grounds (Article 9ter of the Law of 15 December "
                    "1980)",
               sal="Dear Sir or Madam,", close="Yours faithfully,", role="lawyer", inv="Enclosures",
               page="page {i}/{n}", run="9ter application – {nm}", mr="Mr"),
}


def app_window(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter set for a window envelope: the firm's return line in 6.5 pt underlined above the address
    window, the addressee in the window at the LEFT and a narrow reference column at the RIGHT ('Uw kenmerk / Ons
    kenmerk / Datum / Behandeld door / E-mail'); 'PER AANGETEKENDE ZENDING' in spaced capitals under the window;
    the body in justified paragraphs numbered 1., 2., 3. in the left margin; the signature to the RIGHT of the
    closing words on the same line, the lawyer's typed name and title under the signature; the firm's full
    letterhead only in the FOOTER of every page (name, address, bank, bar), a running head with the applicant's
    name from page 2 and 'pagina n/N' in the footer's right corner."""
    L, R = c.lawyer, _WL[lang]
    f, fb, fi = PAL, PAL_B, PAL_I
    size = 10.3
    lh = size * 0.3528 * 1.45
    nm_run = f"{c.p.surname.upper()} {c.p.given_names}"

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            ret = f"{L['firm']} · {L['street']} · {L['pc']} {L['city']}"
            w = sh.text(24, 44, ret, font=f, size_pt=6.5, color=GREY)
            sh.rule(24, 46.8, 24 + w, 46.8, width_mm=0.1, color=GREY)
            for k, ln in enumerate(R["to"]):
                sh.text(24, 50 + k * 5, ln, font=f, size_pt=10.5)
            vals = ["—", f"{c.p.surname.split()[0][:6].upper()}/{rng.randint(1000, 9999)}",
                    _long(c.app_date, lang), f"{R['mr']} {L['last']}", L["mail"]]
            for k, (a, b) in enumerate(zip(R["refs"], vals)):
                sh.text(140, 44 + k * 8, a, font=fb, size_pt=7, color=GREY)
                sh.text(140, 47.2 + k * 8, b, font=f, size_pt=fit(b, f, 9, 52))
            sh.text(24, 78, R["reg"], font=fb, size_pt=9.5, letter_spacing=0.8)
            return sh, 90
        sh.text(24, 14, R["run"].format(nm=nm_run), font=fi, size_pt=8.5, color=GREY)
        sh.rule(24, 19, 186, 19, width_mm=0.15, color=(170, 170, 170))
        return sh, 28

    pg = Pager(new_page, bottom=262)
    pg.lines(24, 162, R["subj"], font=fb, size=size, gap=4)
    pg.lines(24, 162, R["sal"], font=f, size=size, gap=3)
    paras = [(s35_person(c, lang), "personal"),
             (" ".join(x for x in (s35_home(c, lang), s35_domicile(c, lang)) if x), "residence"),
             (s35_family(c, lang), "family"), (s35_identity(c, lang), "identity"),
             (s35_medical(c, lang), "medical"), (s35_coi(c, lang), "coi"), (s35_other(c, lang), "parallel"),
             (s35_ask(c, lang), None)]
    n = 0
    for body, tag in paras:
        if not body:
            continue
        n += 1
        rows = wrap(body, 156, f, size)
        pg.ensure(lh * min(3, len(rows)))
        pg.tag(tag)
        pg.sh.text(18, pg.y, f"{n}.", font=fb, size_pt=size)
        for j, r_ in enumerate(rows):
            pg.ensure(lh)
            last = j == len(rows) - 1
            sh = pg.sh
            if not last and " " in r_:
                words = r_.split()
                ws = [sh.text_width(w_, font=f, size_pt=size) for w_ in words]
                gap = (156 - sum(ws)) / (len(words) - 1)
                x = 30
                for w_, ww in zip(words, ws):
                    sh.text(x, pg.y, w_, font=f, size_pt=size)
                    x += ww + gap
            else:
                sh.text(30, pg.y, r_, font=f, size_pt=size)
            pg.y += lh
        pg.y += 3
    pg.ensure(36)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    close = wrap(R["close"], 90, f, size)
    for j, r_ in enumerate(close):
        sh.text(24, y + j * lh, r_, font=f, size_pt=size)
    yy = y + (len(close) - 1) * lh
    if "unsigned" not in c.flags:
        sh.signature(120 + rng.uniform(0, 10), yy - 9, rng.uniform(44, 54), 16, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(122, yy + 10, f"{R['mr']} {L['first']} {L['last']}", font=fb, size_pt=size)
    sh.text(122, yy + 15, R["role"], font=fi, size_pt=size - 0.5)
    pg.y = yy + 26
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(16)
        pg.lines(24, 162, R["inv"] + ":", font=fb, size=size - 0.3, gap=1.5)
        for i, d in enumerate(ann, 1):
            rows = wrap(d, 150, f, size - 1.2)
            pg.ensure(4.5 * len(rows))
            pg.sh.text(24, pg.y, f"{i}.", font=f, size_pt=size - 1.2)
            for r_ in rows:
                pg.sh.text(31, pg.y, r_, font=f, size_pt=size - 1.2)
                pg.y += 4.5
    N = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.rule(24, 274, 186, 274, width_mm=0.3)
        p_.text(105, 276, f"{L['firm']} · {L['street']} · {L['pc']} {L['city']}", font=f, size_pt=7.8,
                anchor="center")
        p_.text(105, 280, f"T {L['tel']} · {L['mail']} · IBAN BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
                          f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}", font=f, size_pt=7.2,
                anchor="center", color=GREY)
        p_.text(186, 285, R["page"].format(i=i, n=N), font=f, size_pt=8, anchor="right")
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "lawyer's letter set for a window envelope, reference column at the right, numbered "
                        "paragraphs, signature beside the closing words, letterhead only in the footer"),
                 ("fr", "lettre d'avocat pour enveloppe à fenêtre, colonne de références, paragraphes numérotés, "
                        "signature à droite de la formule de politesse, en-tête en pied de page"),
                 ("de", "Anwaltsschreiben für Fensterumschlag, Bezugszeichenspalte, nummerierte Absätze, Briefkopf "
                        "nur in der Fußzeile"),
                 ("en", "the same letter written in English (not accepted)")):
    _reg(f"be9ter-app-{_lg}-lawyer-prose-vensterenvelop-referentiekolom-handtekening-naast-slotwoorden-35",
         "application", PART, _lg, (lambda c, r, lg=_lg: app_window(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 2: sidebar + table

_SB = {
    "nl": dict(title="VERZOEKSCHRIFT", sub="artikel 9ter van de wet van 15 december 1980", to="AAN",
               dvz="Dienst Vreemdelingenzaken · Dienst Medisch Verblijf · Pachecolaan 44 · 1000 Brussel (aangetekend)",
               for_="VOOR", rows=["Naam", "Voornamen", "Nationaliteit", "Geboren op", "Geboorteplaats",
                                  "Geboorteland", "Rijksregisternummer", "OV-nummer", "Werkelijke verblijfplaats",
                                  "Gekozen woonplaats", "Gezinsleden"],
               secs=["Identiteit", "Medische toestand", "Zorg in het land van herkomst", "Eerdere procedures",
                     "Verzoek"], none="geen", same="zie verblijfplaats", lawyer="p/a {firm}, {street}, {pc} {city}",
               done="{city}, {date}", sig="voor verzoeker, de raadsman", inv="INVENTARIS VAN DE STUKKEN",
               cols=["nr.", "stuk", "blz."], partners="advocaten", page="{nm} · 9ter · {i}"),
    "fr": dict(title="REQUÊTE", sub="article 9ter de la loi du 15 décembre 1980", to="À",
               dvz="Office des Étrangers · Séjour médical · Boulevard Pachéco 44 · 1000 Bruxelles (recommandé)",
               for_="POUR", rows=["Nom", "Prénoms", "Nationalité", "Né(e) le", "Lieu de naissance",
                                  "Pays de naissance", "Registre national", "Numéro SP", "Résidence effective",
                                  "Domicile élu", "Membres de la famille"],
               secs=["Identité", "Situation médicale", "Soins au pays d'origine", "Procédures antérieures",
                     "Demande"], none="néant", same="voir résidence", lawyer="c/o {firm}, {street}, {pc} {city}",
               done="{city}, le {date}", sig="pour la partie requérante, son conseil",
               inv="INVENTAIRE DES PIÈCES", cols=["n°", "pièce", "p."], partners="avocats",
               page="{nm} · 9ter · {i}"),
}


def app_sidebar(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A request on a firm's paper with a tinted SIDEBAR down the left (a monogram in a circle at the top, the
    partners' names and the bar under it); the first page opens with the title in a ruled box, 'AAN' and the
    DVZ's address on one line, then 'VOOR' and the applicant's particulars as a ruled two-column TABLE (the
    address written postcode first, the chosen domicile 'p/a' the firm); the argument follows under small-capital
    headings; the signature is written OVER the typed name of the lawyer at the end; the inventory of exhibits is
    a ruled table with the page count of each; the running footer gives the applicant's surname and the page."""
    L, R = c.lawyer, _SB[lang]
    f, fb, fi = CAL, CAL_B, CAL_I
    p = c.p
    size = 10.2
    col = rng.choice([(226, 232, 238), (236, 230, 222), (228, 236, 228)])
    ink = (60, 70, 90)
    mono = "".join(w[0] for w in L["firm"].replace("&", " ").split() if w[:1].isupper())[:3] or "A"
    partners = [f"{L['first']} {L['last']}", rng.choice(["Ellen Maes", "Tarik Amrani", "Julie Renard",
                                                         "Bart Goossens"]), rng.choice(["Nora Smets", "Luc Piette",
                                                                                        "Inès Haddad"])]

    def new_page(i: int):
        sh = Sheet()
        sh.rect(0, 0, 44, 297, width_mm=0, fill=col)
        if i == 0:
            sh.rect(10, 14, 24, 24, width_mm=0.6, color=ink)
            sh.text(22, 19.5, mono, font=fb, size_pt=18, anchor="center", color=ink)
            y = 46
            sh.text(8, y, R["partners"], font=fi, size_pt=8, color=ink)
            y += 5
            for pn in partners:
                sh.text(8, y, pn, font=f, size_pt=8, color=ink)
                y += 4
            y += 4
            for ln in (L["street"], f"{L['pc']} {L['city']}", L["tel"], L["mail"]):
                sh.text(8, y, glyphs(ln, f), font=f, size_pt=fit(ln, f, 7.5, 34), color=ink)
                y += 4
        return sh, (22 if i else 16)

    pg = Pager(new_page, bottom=276)
    sh = pg.sh
    sh.rect(52, 14, 140, 18, width_mm=0.5)
    sh.text(122, 16, R["title"], font=fb, size_pt=15, anchor="center", letter_spacing=1.2)
    sh.text(122, 24.5, R["sub"], font=fi, size_pt=9.5, anchor="center")
    pg.y = 40
    sh.text(52, pg.y, R["to"], font=fb, size_pt=9)
    pg.y = sh.paragraph(66, pg.y, 126, R["dvz"], font=f, size_pt=9.5, leading=1.3) + 4
    sh.text(52, pg.y, R["for_"], font=fb, size_pt=9)
    pg.y += 5
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    dom = s35_domicile(c, lang)
    if dom and c.domicile == "lawyer":
        domv = R["lawyer"].format(firm=L["firm"], street=L["street"], pc=L["pc"], city=L["city"])
    elif dom and c.domicile == "other":
        domv = ("p/a " if lang == "nl" else "c/o ") + (c.other_domicile or "")
    elif dom:
        domv = R["same"]
    else:
        domv = ""
    resid = "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style)
    vals = [p.surname.upper(), p.given_names, "" if nn else COUNTRIES[p.nationality]["adj_" + lang],
            _dd(c, p.birth_date, lang), "" if nb else p.birth_place, "" if nb else cname(c.birth_cc(), lang),
            c.nrn or None, None if c.nrn else (c.ov or ""), resid, domv,
            "; ".join(_members(c, lang)) or R["none"]]
    pg.tag("personal")
    for i, (lab, val) in enumerate(zip(R["rows"], vals)):
        if val is None:
            continue
        rows = wrap(val, 86, f, size) if val else [""]
        h = 5.2 * len(rows) + 2.4
        pg.ensure(h)
        if i == 8:
            pg.tag("residence")
        if i == 10 and c.family:
            pg.tag("family")
        sh = pg.sh
        sh.rect(52, pg.y, 50, h, width_mm=0.2, color=(140, 140, 140), fill=(244, 244, 244))
        sh.rect(102, pg.y, 90, h, width_mm=0.2, color=(140, 140, 140))
        sh.text(54, pg.y + 1.3, lab, font=f, size_pt=9.3)
        for j, r_ in enumerate(rows):
            sh.text(104, pg.y + 1.3 + j * 5.2, r_, font=fb if i == 0 else f, size_pt=size)
        pg.y += h
    pg.y += 6
    for t, body, tag in ((R["secs"][0], s35_identity(c, lang), "identity"),
                         (R["secs"][1], s35_medical(c, lang), "medical"),
                         (R["secs"][2], s35_coi(c, lang), "coi"),
                         (R["secs"][3], s35_other(c, lang), "parallel"),
                         (R["secs"][4], s35_ask(c, lang), None)):
        if not body:
            continue
        pg.ensure(18)
        pg.tag(tag)
        pg.sh.text(52, pg.y, t.upper(), font=fb, size_pt=9.5, letter_spacing=0.6, color=(50, 50, 60))
        pg.y += 6
        pg.lines(52, 140, body, font=f, size=size, leading=1.45, gap=4)
    pg.ensure(40)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.text(52, y, R["done"].format(city=L["city"], date=_long(c.app_date, lang)), font=f, size_pt=size)
    sh.text(120, y + 8, R["sig"], font=fi, size_pt=9.5)
    sh.text(120, y + 22, f"{L['first']} {L['last'].upper()}", font=fb, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(118 + rng.uniform(0, 6), y + 12, rng.uniform(44, 54), 16, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
    pg.y = y + 34
    ann = list(c.annexes)
    if ann:
        pg.ensure(22)
        pg.lines(52, 140, R["inv"], font=fb, size=10, gap=2)
        sh = pg.sh
        sh.rect(52, pg.y, 140, 6, width_mm=0.25, fill=(230, 230, 230))
        for t, x in zip(R["cols"], (54, 66, 182)):
            sh.text(x, pg.y + 1, t, font=fb, size_pt=9)
        pg.y += 6
        for i, (k, d) in enumerate(ann, 1):
            rows = wrap(d, 110, f, 9.3)
            h = 4.5 * len(rows) + 2
            pg.ensure(h)
            sh = pg.sh
            sh.rect(52, pg.y, 140, h, width_mm=0.2)
            sh.text(54, pg.y + 1, str(i), font=f, size_pt=9.3)
            for j, r_ in enumerate(rows):
                sh.text(66, pg.y + 1 + j * 4.5, r_, font=f, size_pt=9.3)
            sh.text(182, pg.y + 1, str(c.annex_pages.get(k, 1)), font=f, size_pt=9.3)
            pg.y += h
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(192, 287, R["page"].format(nm=c.p.surname.upper(), i=i), font=f, size_pt=8, anchor="right",
                color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "request on paper with a tinted sidebar (monogram, partners), the particulars in a ruled "
                        "table, small-capital headings, signature over the typed name, inventory table"),
                 ("fr", "requête sur papier à colonne latérale teintée, données en tableau, signature sur le nom "
                        "dactylographié, inventaire en tableau")):
    _reg(f"be9ter-app-{_lg}-lawyer-inventaris-zijbalk-monogram-tabel-handtekening-over-naam-35", "application",
         PART, _lg, (lambda c, r, lg=_lg: app_sidebar(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 3: social service grid

_GF = {
    "nl": dict(org="OCMW – Sociale Dienst · cel Verblijf en Gezondheid", title="Aanvraag medische regularisatie (9ter)",
               note="In te vullen met de maatschappelijk werker. Het formulier wordt met de bijlagen aangetekend "
                    "verstuurd naar de DVZ, Pachecolaan 44, 1000 Brussel.",
               q=["Familienaam", "Voornamen", "Geboortedatum (dd/mm/jj)", "Geboorteplaats en -land", "Nationaliteit",
                  "Rijksregisternr. of OV-nr.", "Adres waar u werkelijk woont", "Waar wil u uw post ontvangen?",
                  "Gezinsleden die mee aanvragen", "Bewijs van identiteit (stukken)", "Ziekte en ernst",
                  "Behandeling", "Zorg in uw land", "Vroegere aanvraag 9ter?"],
               dom=["op mijn adres", "bij mijn advocaat", "elders:"], none="nee",
               sign="Handtekening aanvrager", date="Datum", file="Dossier", page="{i}/{n}"),
    "fr": dict(org="CPAS – Service social · cellule Séjour et Santé", title="Demande de régularisation médicale (9ter)",
               note="À compléter avec l'assistant(e) social(e). Le formulaire est envoyé avec ses annexes par "
                    "recommandé à l'OE, Boulevard Pachéco 44, 1000 Bruxelles.",
               q=["Nom", "Prénoms", "Date de naissance (jj/mm/aa)", "Lieu et pays de naissance", "Nationalité",
                  "N° registre national ou SP", "Adresse où vous vivez réellement", "Où recevoir le courrier ?",
                  "Membres de la famille concernés", "Preuve d'identité (pièces)", "Maladie et gravité",
                  "Traitement", "Soins dans votre pays", "Demande 9ter antérieure ?"],
               dom=["à mon adresse", "chez mon avocat", "ailleurs :"], none="non",
               sign="Signature du demandeur", date="Date", file="Dossier", page="{i}/{n}"),
}


def app_grid(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """A public social welfare centre's two-column application grid: every question in a shaded LEFT cell, the
    answer in the wide right cell; written in by the social worker by hand in a slanted ballpoint hand with the
    names in capitals (the Dutch version) or typed on screen in Liberation Mono (the French version); the chosen
    domicile as three square boxes; at the end the applicant's signature in a framed box at the LOWER LEFT with
    the label under the box and the date beside it; the centre's file number at the top right of every page."""
    R = _GF[lang]
    f, fb = NNAR, NNAR_B
    ink = rng.choice([INK_BLUE, INK_BLACK])
    hf = HAND_I
    p = c.p
    fileno = f"{rng.randint(2025, 2026)}/{rng.randint(1000, 9999)}"

    def new_page(i: int):
        sh = Sheet()
        sh.text(20, 12, R["org"], font=fb, size_pt=10, color=(0, 80, 110))
        sh.text(190, 12, f"{R['file']} {fileno}", font=f, size_pt=9, anchor="right")
        sh.rule(20, 17, 190, 17, width_mm=0.5, color=(0, 80, 110))
        if i == 0:
            sh.text(20, 21, R["title"], font=fb, size_pt=14)
            y = sh.paragraph(20, 29, 170, R["note"], font=NNAR_I, size_pt=8.6, leading=1.3, color=GREY) + 3
            return sh, y
        return sh, 22

    pg = Pager(new_page, bottom=272)

    def cell(q, val, tag=None, nmin=1):
        if hand:
            rows = wrap(glyphs(val, hf), 118 / 1.12, hf, 11) if val else []
            lh_ = 6.4
        else:
            rows = wrap(val, 118, LMONO, 9.2) if val else []
            lh_ = 5.0
        qrows = wrap(q, 44, f, 9)
        k = max(nmin, len(rows), len(qrows))
        h = lh_ * k + 3
        pg.ensure(h)
        pg.tag(tag)
        sh = pg.sh
        sh.rect(20, pg.y, 48, h, width_mm=0.25, color=(120, 120, 120), fill=(232, 236, 238))
        sh.rect(68, pg.y, 122, h, width_mm=0.25, color=(120, 120, 120))
        for j, r_ in enumerate(qrows):
            sh.text(22, pg.y + 1.5 + j * 4.2, r_, font=f, size_pt=9)
        for j, r_ in enumerate(rows):
            if hand:
                sh.handwriting(70, pg.y + 0.2 + j * lh_, r_, rng, size_pt=11, color=ink, font=hf)
            else:
                sh.text(70, pg.y + 1.5 + j * lh_, r_, font=LMONO, size_pt=9.2)
        pg.y += h

    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    bd = p.birth_date.strftime("%d/%m/%y")
    pg.tag("personal")
    cell(R["q"][0], p.surname.upper(), "personal")
    cell(R["q"][1], p.given_names)
    cell(R["q"][2], bd)
    cell(R["q"][3], "" if nb else f"{p.birth_place}, {cname(c.birth_cc(), lang)}")
    cell(R["q"][4], "" if nn else COUNTRIES[p.nationality]["adj_" + lang])
    cell(R["q"][5], c.nrn or (c.ov or ""))
    cell(R["q"][6], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence")
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    extra = ""
    if dom == "lawyer" and c.lawyer:
        extra = f"{c.lawyer['first']} {c.lawyer['last']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
    elif dom == "other":
        extra = c.other_domicile or ""
    h = 21
    pg.ensure(h)
    sh = pg.sh
    sh.rect(20, pg.y, 48, h, width_mm=0.25, color=(120, 120, 120), fill=(232, 236, 238))
    sh.rect(68, pg.y, 122, h, width_mm=0.25, color=(120, 120, 120))
    for j, r_ in enumerate(wrap(R["q"][7], 44, f, 9)):
        sh.text(22, pg.y + 1.5 + j * 4.2, r_, font=f, size_pt=9)
    chosen = {"residence": 0, "lawyer": 1, "other": 2}.get(dom)
    for i, o in enumerate(R["dom"]):
        yy = pg.y + 2 + i * 6.2
        if hand:
            sh.checkbox(70, yy, 3.6, chosen == i, rng=rng, ink=ink)
        else:
            sh.checkbox(70, yy, 3.6, chosen == i)
        w = sh.text(76, yy - 0.2, o, font=f, size_pt=9.5)
        if chosen == i and i > 0 and extra:
            if hand:
                ee = glyphs(extra, hf)
                sh.handwriting(78 + w, yy - 2.2, ee, rng, size_pt=fit(ee, hf, 10, (108 - w) / 1.12), color=ink,
                               font=hf)
            else:
                sh.text(78 + w, yy - 0.2, extra, font=LMONO, size_pt=fit(extra, LMONO, 8.6, 108 - w))
    pg.y += h
    cell(R["q"][8], "; ".join(_members(c, lang)) or R["none"], "family" if c.family else None)
    ids = [d + _pc(c, k, lang) for k, d in c.annexes if k.startswith("id") or k == "asylum"]
    idt = s35_identity(c, lang) if c.id_kind in ("asylum", "asylum-noproof", "none") else ("; ".join(ids) or "—")
    cell(R["q"][9], idt, "identity", 2)
    t = _ill(c, lang)
    cell(R["q"][10], f"{t['name']}. {t['severity']}", "medical", 2)
    cell(R["q"][11], "; ".join(t["meds"]) + ". " + t["duration"], None, 2)
    coi = s35_coi(c, lang)
    if coi is None and c.annex_no("coi"):
        coi = {"nl": f"Zie stuk {c.annex_no('coi')}: de behandeling is {_in_country(c.origin(), 'nl')} niet "
                     f"beschikbaar of niet toegankelijk.",
               "fr": f"Voir pièce {c.annex_no('coi')} : le traitement n'est pas disponible ou pas accessible "
                     f"{_in_country(c.origin(), 'fr')}."}[lang]
    cell(R["q"][12], coi or "", "coi" if coi else None, 2)
    oth = s35_other(c, lang)
    cell(R["q"][13], oth or R["none"], "parallel" if oth else None)
    pg.ensure(40)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 8
    sh.rect(20, y, 80, 24, width_mm=0.35)
    if "unsigned" not in c.flags:
        sh.signature(26 + rng.uniform(0, 10), y + 4, rng.uniform(44, 56), 16, rng, color=ink)
    sh.text(20, y + 25.5, R["sign"], font=f, size_pt=8.5, color=GREY)
    sh.text(110, y + 8, R["date"], font=f, size_pt=8.5, color=GREY)
    ds = c.app_date.strftime("%d/%m/%y")
    if hand:
        sh.handwriting(124, y + 5.5, ds, rng, size_pt=12, color=ink, font=hf)
    else:
        sh.text(124, y + 7.6, ds, font=LMONO, size_pt=10)
    pg.y = y + 34
    N = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 287, R["page"].format(i=i, n=N), font=f, size_pt=8, anchor="center", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-app-nl-form-ocmw-twee-kolommen-raster-met-de-hand-handtekening-in-kader-35", "application", PART, "nl",
     lambda c, r: app_grid(c, r, lang="nl", hand=True),
     "a public social welfare centre's two-column application grid written in by hand, signature in a framed box")
_reg("be9ter-app-fr-form-cpas-twee-kolommen-raster-getypt-mono-handtekening-in-kader-35", "application", PART, "fr",
     lambda c, r: app_grid(c, r, lang="fr", hand=False),
     "grille à deux colonnes d'un CPAS remplie à l'écran en Liberation Mono, signature dans un cadre")


# --------------------------------------------------------------------------- medical certificate 2024: table

def medcert_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model retyped by a hospital department as a TWO-COLUMN TABLE: the section number and question in a
    grey left cell, the typed answer in the right cell; the hospital's name in URW Gothic at the top left and, on
    the first page, the patient's admission label at the top right (name, birth date and a barcode) – left off
    when the patient is not named; the severity as four boxes with a typed 'X' in one; at the end the date and a
    framed signature box at the right, the doctor's rectangular stamp pressed half over the box's edge;
    'p. n/N' in the footer."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb = GOTH, GOTH_B
    af = NROM
    ink = rng.choice([INK_BLUE, INK_BLACK])
    L3 = lang if lang in ("nl", "fr", "de") else "nl"

    def new_page(i: int):
        sh = Sheet()
        sh.text(20, 11, (d.inst or d.name())[:60], font=fb, size_pt=10.5, color=(40, 70, 110))
        sh.text(20, 16, (SPECIALTY[d.spec].get("dept_" + L3, "") or d.dept or "")[:70], font=f, size_pt=8,
                color=GREY)
        if i == 0:
            if v["surname"]:
                sh.rect(132, 8, 58, 22, width_mm=0.2, color=(170, 170, 170), fill=(252, 252, 246))
                sh.text(134, 9.5, f"{v['surname']}, {v['first']}"[:34], font=fb, size_pt=8.5)
                sh.text(134, 13.8, v["bd"], font=f, size_pt=8)
                bars(sh, 134, 18, 50, 8, v["surname"] + v["bd"])
            sh.text(105, 34, Mx["title"], font=fb, size_pt=13.5, anchor="center")
            y = sh.paragraph(26, 40, 158, Mx["law"], font=f, size_pt=7.6, leading=1.2, align="center", color=GREY)
            sh.text(105, y + 0.5, Mx["model"], font=GOTH_I, size_pt=7.6, anchor="center", color=GREY)
            return sh, y + 8
        return sh, 24

    pg = Pager(new_page, bottom=272)

    def row(q, val, tag=None, nmin=1):
        qrows = wrap(q, 52, f, 8.6)
        rows = wrap(val, 110, af, 10) if val else []
        k = max(nmin, len(rows))
        h = max(4.0 * len(qrows), 5 * k) + 3
        pg.ensure(h)
        pg.tag(tag)
        sh = pg.sh
        sh.rect(20, pg.y, 56, h, width_mm=0.2, color=(140, 140, 140), fill=(235, 235, 235))
        sh.rect(76, pg.y, 114, h, width_mm=0.2, color=(140, 140, 140))
        for j, r_ in enumerate(qrows):
            sh.text(22, pg.y + 1.4 + j * 4.0, r_, font=fb if j == 0 and q[:2].strip(". ").isdigit() else f,
                    size_pt=8.6)
        for j, r_ in enumerate(rows):
            sh.text(78, pg.y + 1.4 + j * 5, r_, font=af, size_pt=10)
        pg.y += h

    row(Mx["s1"], "", "patient", 0)
    row(f"   {Mx['name']}", v["surname"], "patient")
    row(f"   {Mx['first']}", v["first"])
    row(f"   {Mx['bd']}", v["bd"])
    row(f"   {Mx['nat']}", v["nat"])
    row(Mx["s2"], "", "doctor", 0)
    row(f"   {Mx['dname']}", d.name(), "doctor")
    row(f"   {Mx['riziv']}", v["riziv"])
    row(f"   {Mx['spec']}", SPECIALTY[d.spec].get(L3, ""))
    row(f"   {Mx['daddr']}", f"{d.street}, {d.pc} {d.city}")
    row(Mx["s3"], fdate(c.cert_date - timedelta(days=rng.randint(120, 1500)), "slashes", lang))
    row(Mx["s4"], v["hist"], None, 2)
    row(Mx["s5"], f"{v['ill']} (ICD-10 {v['icd']})" if v["ill"] else "", "illness", 2)
    # severity: four boxes
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    h = 9
    pg.ensure(h)
    pg.tag("severity")
    sh = pg.sh
    sh.rect(20, pg.y, 56, h, width_mm=0.2, color=(140, 140, 140), fill=(235, 235, 235))
    sh.rect(76, pg.y, 114, h, width_mm=0.2, color=(140, 140, 140))
    for j, r_ in enumerate(wrap(Mx["s6"], 52, f, 8.6)):
        sh.text(22, pg.y + 1.4 + j * 4, r_, font=fb if j == 0 else f, size_pt=8.6)
    x = 78
    for i, o in enumerate(Mx["sevopts"]):
        sh.rect(x, pg.y + 2.6, 3.8, 3.8, width_mm=0.25)
        if i == k:
            sh.text(x + 0.5, pg.y + 2.3, "X", font=LMONO_B, size_pt=10)
        x += sh.text(x + 5.5, pg.y + 2.6, o, font=af, size_pt=9.6) + 10
    pg.y += h
    row(f"   {Mx['s6b']}", v["sev"], "severity", 2)
    row(Mx["s7"], "", "treatment", 0)
    row(f"   {Mx['s7a']}", v["meds"], "treatment", 2)
    row(f"   {Mx['s7b']}", v["interv"])
    row(f"   {Mx['s7c']}", v["dur"])
    row(Mx["s8"], v["cons"], None, 2)
    row(Mx["s9"], v["prog"])
    row(Mx["s10"], v["needs"])
    row(Mx["s11"], v["travel"])
    pg.ensure(52)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 8
    sh.text(20, y, f"{Mx['date']}:", font=fb, size_pt=10)
    sh.text(36, y, v["date"], font=af, size_pt=10.5)
    sh.text(110, y, Mx["sign"], font=f, size_pt=8.6)
    sh.rect(110, y + 5, 80, 30, width_mm=0.3)
    if v["signed"]:
        sh.signature(116 + rng.uniform(0, 10), y + 10, rng.uniform(42, 52), 16, rng, color=ink)
    sh.stamp(96 + rng.uniform(0, 6), y + 22, _stamp_lines(c, L3, bool(v["riziv"])), rng, shape="rect",
             size_mm=32, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-6, 6))
    N = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 287, f"p. {i}/{N}", font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "2024 model retyped as a two-column table, grey question cells, patient label at the top, "
                        "severity boxes with a typed X, stamp half over the framed signature box"),
                 ("fr", "modèle 2024 retranscrit en tableau à deux colonnes, étiquette patient, cases de gravité"),
                 ("de", "Muster 2024 als zweispaltige Tabelle, Patientenetikett, Stempel halb über dem Unterschriftsfeld"),
                 ("en", "the 2024 model as a table in English (not accepted)")):
    _reg(f"be9ter-medcert-2024-{_lg}-tabel-twee-kolommen-patientenetiket-stempel-half-over-kader-35",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_table(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical certificate 2024: by hand

def medcert_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 form printed blank (questions in Nimbus Roman, dotted answer lines) and filled in by hand with a
    blue ballpoint in a rounded hand; the chosen degree of severity RINGED in ballpoint among the four printed
    words; the doctor's identification by the practice's self-inking stamp pressed in the doctor section (the
    RIZIV number in it), the signature at the end beside the date; the doctor's initials at the foot of every
    page; the second page headed 'vervolg / suite'; the copy fed through a document feeder (roller marks)."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb = NROM, NROM_B
    hf = BREIP
    ink = rng.choice([INK_BLUE, (20, 50, 150)])
    L3 = lang if lang in ("nl", "fr", "de") else "nl"
    ini = f"{d.first[0]}{d.last[0]}"
    stamp = _stamp_lines(c, L3, bool(v["riziv"]))
    cont = {"nl": "vervolg", "fr": "suite", "de": "Fortsetzung", "en": "continued"}[lang]

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, Mx["title"], font=fb, size_pt=13.5, anchor="center")
            y = sh.paragraph(28, 18.5, 154, Mx["law"], font=f, size_pt=7.8, leading=1.2, align="center", color=GREY)
            sh.text(105, y + 0.5, Mx["model"], font=NROM_I, size_pt=7.8, anchor="center", color=GREY)
            return sh, y + 8
        sh.text(20, 12, f"{Mx['title']} – {cont}", font=NROM_I, size_pt=9, color=GREY)
        return sh, 22

    pg = Pager(new_page, bottom=272)

    def q(t, tag=None):
        rows = wrap(t, 170, fb, 9.6)
        pg.ensure(4.6 * len(rows) + 9)
        pg.tag(tag)
        for r_ in rows:
            pg.sh.text(20, pg.y, r_, font=fb, size_pt=9.6)
            pg.y += 4.6
        pg.y += 0.6

    def lines(val, tag=None, nmin=1, label=None, x=20):
        if label:
            pg.ensure(12)
            pg.sh.text(x, pg.y, label, font=NROM_I, size_pt=9, color=GREY)
            pg.y += 4.6
        rows = wrap(glyphs(val, hf), (190 - x - 4) / 1.12, hf, 12) if val else []
        k = max(nmin, len(rows))
        pg.tag(tag if val else None)
        for j in range(k):
            pg.ensure(7)
            pg.sh.rule(x, pg.y + 6, 190, pg.y + 6, width_mm=0.15, color=(130, 130, 130), dash=0.45)
            if j < len(rows):
                pg.sh.handwriting(x + 1, pg.y - 0.6, rows[j], rng, size_pt=12, color=ink, font=hf)
            pg.y += 7
        pg.y += 2

    q(Mx["s1"], "patient")
    for lab, val in ((Mx["name"], v["surname"]), (Mx["first"], v["first"]), (Mx["bd"], v["bd"]),
                     (Mx["nat"], v["nat"])):
        pg.ensure(8)
        w = pg.sh.text(24, pg.y + 1.2, lab + ":", font=f, size_pt=9.6)
        pg.sh.rule(26 + w, pg.y + 6, 190, pg.y + 6, width_mm=0.15, color=(130, 130, 130), dash=0.45)
        if val:
            vv = glyphs(val, hf)
            pg.sh.handwriting(28 + w, pg.y - 0.6, vv, rng, size_pt=fit(vv, hf, 12, (160 - w) / 1.12), color=ink,
                              font=hf)
        pg.y += 7.6
    pg.y += 2
    q(Mx["s2"], "doctor")
    pg.ensure(30)
    pg.sh.text(24, pg.y, f"{Mx['dname']} / {Mx['riziv']} / {Mx['spec']} / {Mx['daddr']}:", font=NROM_I, size_pt=8.6,
               color=GREY)
    pg.sh.stamp(30, pg.y + 4, stamp + [d.street], rng, shape="rect", size_mm=34,
                color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-3, 3))
    pg.y += 32
    q(Mx["s3"])
    lines(fdate(c.cert_date - timedelta(days=rng.randint(120, 1500)), "slashes", lang))
    q(Mx["s4"])
    lines(v["hist"], None, 2)
    q(Mx["s5"], "illness")
    lines(f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness", 2)
    q(Mx["s6"], "severity")
    pg.ensure(10)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 26
    for i, o in enumerate(Mx["sevopts"]):
        w = pg.sh.text(x, pg.y, o, font=f, size_pt=10)
        if i == k:
            pen_ring(pg.sh, x - 2.4, pg.y - 1.6, w + 4.8, 7.2, rng, color=ink)
        x += w + 16
    pg.y += 9
    lines(v["sev"], "severity", 2, label=Mx["s6b"])
    q(Mx["s7"], "treatment")
    lines(v["meds"], "treatment", 2, label=Mx["s7a"])
    lines(v["interv"], None, 1, label=Mx["s7b"])
    lines(v["dur"], None, 1, label=Mx["s7c"])
    q(Mx["s8"])
    lines(v["cons"], None, 2)
    q(Mx["s9"])
    lines(v["prog"])
    q(Mx["s10"])
    lines(v["needs"])
    q(Mx["s11"])
    lines(v["travel"])
    pg.ensure(40)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 6
    w = sh.text(20, y, Mx["date"] + ":", font=fb, size_pt=10)
    dv = glyphs(v["date"], hf)
    sh.handwriting(24 + w, y - 1.8, dv, rng, size_pt=12, color=ink, font=hf)
    sh.text(100, y, Mx["sign"] + ":", font=fb, size_pt=9.6)
    if v["signed"]:
        sh.signature(104 + rng.uniform(0, 14), y + 5, rng.uniform(44, 54), 16, rng, color=ink)
    N = len(pg.pages)
    out = []
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 287, Mx["page"].format(i=i, n=N), font=f, size_pt=8, anchor="right", color=GREY)
        if v["signed"]:
            s_.handwriting(20, 282, ini, rng, size_pt=11, color=ink, font=HAND_I)
        out.append(sheet_of(roller_marks(s_.render(200), rng)))
    return out, pg.tags


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medcert-2024-{_lg}-stippellijnen-balpen-ernst-omcirkeld-praktijkstempel-paraaf-35",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_hand(c, r, lang=lg)),
         "2024 form filled in by hand in ballpoint on dotted lines, the severity ringed, the practice stamp in the "
         "doctor section, initials on every page")


# --------------------------------------------------------------------------- medical certificate, previous model

def medcert_old_practice(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) retyped by a group practice in its word processor: the practice's letterhead
    at the top LEFT in Caladea with the doctors' names in a column at the right, the official title centred, each
    heading UNDERLINED with the answer run on after it when short or indented under it; at the end the date at
    the right, the signature at the left with the practice's round stamp in the left MARGIN beside it, the
    doctor's name and RIZIV number typed under the signature; 'p. n/N' at the foot."""
    Mo, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f, fb, fi = CAL, CAL_B, CAL_I
    size = 10.4
    ink = rng.choice([INK_BLUE, INK_BLACK])
    L3 = lang if lang in ("nl", "fr", "de") else "nl"
    colleagues = [d.name(), rng.choice(["Dr. A. Maes", "Dr. C. Pirson", "Dr. M. Kessler", "Dr. S. Haddad"])]

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, d.inst or "Groepspraktijk", font=fb, size_pt=12.5, color=(90, 40, 40))
            sh.text(20, 18, f"{d.street} · {d.pc} {d.city}", font=f, size_pt=8.5, color=GREY)
            sh.text(20, 22, f"tel. {d.tel}", font=f, size_pt=8.5, color=GREY)
            for k, nm in enumerate(colleagues):
                sh.text(190, 12 + k * 4.4, nm, font=fi, size_pt=8.5, anchor="right", color=GREY)
            sh.rule(20, 27, 190, 27, width_mm=0.3, color=(90, 40, 40))
            sh.text(105, 34, Mo["title"], font=fb, size_pt=13, anchor="center")
            sh.text(105, 40, f"{Mo['sub']} {Mo['law']}", font=fi, size_pt=9, anchor="center")
            return sh, 50
        return sh, 18

    pg = Pager(new_page, bottom=272)

    def head_answer(h, val, tag=None, nmin=1):
        hw = pg.sh.text_width(h, font=fb, size_pt=size)
        if val and hw < 80 and pg.sh.text_width(val, font=f, size_pt=size) < 166 - hw - 4:
            pg.ensure(7)
            pg.tag(tag)
            sh = pg.sh
            sh.text(20, pg.y, h, font=fb, size_pt=size)
            sh.rule(20, pg.y + 4.4, 20 + hw, pg.y + 4.4, width_mm=0.2)
            sh.text(22 + hw, pg.y, val, font=f, size_pt=size)
            pg.y += 7
            return
        rows = wrap(h, 170, fb, size)
        pg.ensure(5 * len(rows) + 6)
        pg.tag(tag)
        for r_ in rows:
            w = pg.sh.text(20, pg.y, r_, font=fb, size_pt=size)
            pg.sh.rule(20, pg.y + 4.4, 20 + w, pg.y + 4.4, width_mm=0.2)
            pg.y += 5.2
        vrows = wrap(val, 160, f, size) if val else []
        pg.tag(tag if val else None)
        for j in range(max(nmin, len(vrows))):
            pg.ensure(5)
            if j < len(vrows):
                pg.sh.text(28, pg.y, vrows[j], font=f, size_pt=size)
            pg.y += 5
        pg.y += 2.5

    head_answer(Mo["pat"] + ":", v["pat"], "patient")
    head_answer(Mo["bd"] + ":", v["bd"])
    head_answer(Mo["nat"] + ":", v["nat"])
    pg.y += 2
    head_answer(Mo["A"], v["hist"], None, 2)
    head_answer(Mo["B"], "", "illness", 0)
    pg.lines(20, 170, Mo["Bn"], font=fi, size=8.5, color=GREY, gap=1.5)
    head_answer(Mo["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    head_answer(Mo["sev"], v["sev"], "severity")
    head_answer(Mo["C"], "", "treatment", 0)
    head_answer(Mo["med"], v["meds"], "treatment")
    head_answer(Mo["interv"], v["interv"])
    head_answer(Mo["dur"], v["dur"])
    head_answer(Mo["D"], v["cons"], None, 2)
    head_answer(Mo["E"], v["prog"])
    head_answer(Mo["F"], v["needs"], None, 2)
    head_answer(Mo["G"], v["travel"])
    pg.ensure(56)
    pg.tag("signature")
    pg.tag("doctor")
    sh, y = pg.sh, pg.y + 4
    sh.text(190, y, f"{Mo['date']} {v['date']}", font=f, size_pt=size, anchor="right")
    sh.text(40, y + 6, Mo["sign"], font=fi, size_pt=9.5)
    if v["signed"]:
        sh.signature(42 + rng.uniform(0, 8), y + 11, rng.uniform(44, 54), 16, rng, color=ink)
    sh.text(40, y + 30, d.name(), font=fb, size_pt=size)
    spec = SPECIALTY[d.spec].get(L3, "")
    sh.text(40, y + 35, spec, font=fi, size_pt=9.5)
    if v["riziv"]:
        sh.text(40, y + 40, f"{Mo['riziv']} {v['riziv']}", font=f, size_pt=size)
    sh.stamp(4, y + 8, [(d.inst or "PRAKTIJK").upper()[:22], f"{d.pc} {d.city}".upper()], rng, shape="round",
             size_mm=30, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-15, 15))
    N = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(105, 287, f"p. {i}/{N}", font=f, size_pt=8.5, anchor="center", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "previous model retyped by a group practice, underlined headings with run-on answers, the "
                        "practice's round stamp in the left margin beside the signature, RIZIV typed under the name"),
                 ("fr", "modèle précédent retapé par un cabinet de groupe, rubriques soulignées, cachet rond dans la "
                        "marge"),
                 ("de", "früheres Muster von einer Gemeinschaftspraxis abgetippt, unterstrichene Rubriken, Rundstempel "
                        "am Rand")):
    _reg(f"be9ter-medcert-old-{_lg}-groepspraktijk-onderstreepte-rubrieken-stempel-in-marge-35",
         "medical-certificate", PART, _lg, (lambda c, r, lg=_lg: medcert_old_practice(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- medical statements

def medstat_specialist_lawyer(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A hospital specialist's answer to the LAWYER's questions ('Geachte Meester,' / 'Cher Maître,'): the
    department's box at the top RIGHT (hospital, department, secretariat), the lawyer's address at the left, the
    lawyer's numbered questions repeated in italics with the specialist's answer under each; the signature at
    the RIGHT over the typed name with the RIZIV number, the department's round stamp beside it."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = _ill(c, lang)
    nl = lang == "nl"
    f, fb, fi = DSC, DSC_B, DSC_I
    L = c.lawyer or {"first": "", "last": "", "street": "", "pc": "", "city": "", "firm": ""}
    sh = Sheet()
    sh.rect(118, 10, 72, 24, width_mm=0.3, color=(120, 120, 120))
    sh.text(121, 12, (d.inst or "")[:40], font=fb, size_pt=9)
    sh.text(121, 16.5, (SPECIALTY[d.spec].get("dept_" + lang, "") or d.dept or "")[:48], font=f, size_pt=7.6,
            color=GREY)
    sh.text(121, 21, f"{d.street}, {d.pc} {d.city}"[:50], font=f, size_pt=7.6, color=GREY)
    sh.text(121, 25.5, f"{'secretariaat' if nl else 'secrétariat'} {d.tel}", font=f, size_pt=7.6, color=GREY)
    for k, ln in enumerate([("Mr. " if nl else "Me ") + f"{L['first']} {L['last']}", L["firm"], L["street"],
                            f"{L['pc']} {L['city']}"]):
        sh.text(22, 44 + k * 5, ln, font=f, size_pt=10)
    sh.text(190, 68, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10, anchor="right")
    y = sh.paragraph(22, 78, 168, (f"Betreft: uw vragen over {c.p.surname.upper()} {c.p.given_names} "
                                   f"(°{fdate(c.p.birth_date, 'dots', lang)})" if nl else
                                   f"Concerne : vos questions au sujet de {c.p.surname.upper()} {c.p.given_names} "
                                   f"(né(e) le {fdate(c.p.birth_date, 'dots', lang)})"), font=fb, size_pt=10.3) + 4
    y = sh.paragraph(22, y, 168, "Geachte Meester," if nl else "Cher Maître,", font=f, size_pt=10.3) + 2
    qa = ([("Welke aandoening heeft uw patiënt(e)?", f"{t['name']} (ICD-10 {il['icd']}). {t['history']}"),
           ("Hoe ernstig is die aandoening?", t["severity"]),
           ("Welke behandeling is nodig en hoe lang?", f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}"),
           ("Wat gebeurt er als de behandeling stopt?", t["consequences"]),
           ("Welke opvolging is nodig?", t["needs"])] if nl else
          [("De quelle affection votre patient(e) souffre-t-il (elle) ?",
            f"{t['name']} (CIM-10 {il['icd']}). {t['history']}"),
           ("Quelle est la gravité de cette affection ?", t["severity"]),
           ("Quel traitement est nécessaire et pour combien de temps ?",
            f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}"),
           ("Que se passerait-il en cas d'arrêt du traitement ?", t["consequences"]),
           ("Quel suivi est nécessaire ?", t["needs"])])
    for i, (qq, aa) in enumerate(qa, 1):
        y = sh.paragraph(22, y + 1, 168, f"{i}. {qq}", font=fi, size_pt=10, leading=1.35) + 0.5
        y = sh.paragraph(28, y, 162, aa, font=f, size_pt=10, leading=1.42) + 2.5
    y += 4
    sh.text(22, y, "Met collegiale groeten," if nl else "Veuillez agréer, Cher Maître, mes salutations distinguées.",
            font=f, size_pt=10)
    y += 8
    sh.text(130, y + 12, d.name(), font=fb, size_pt=10)
    sh.signature(126, y, rng.uniform(42, 50), 15, rng, color=INK_BLUE)
    sh.text(130, y + 17, f"{SPECIALTY[d.spec].get(lang, '')} · {'RIZIV' if nl else 'INAMI'} {d.riziv}", font=f,
            size_pt=8.6, color=GREY)
    sh.stamp(84, y - 2, [(d.inst or "").upper()[:24], (SPECIALTY[d.spec].get(lang, "") or "").upper()[:20]], rng,
             shape="round", size_mm=24, color=STAMP_BLUE)
    return [sh], {}


def medstat_dayhospital(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A day hospital's attestation of treatment ('Attest van behandeling' / 'Attestation de prise en charge'): the
    hospital's band across the top, a short paragraph on the diagnosis and the plan, a TABLE of the last sessions
    (date, treatment, responsible doctor), the expected duration; signed by the head nurse and the treating
    physician SIDE BY SIDE, each over a printed line with the function under it."""
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = _ill(c, lang)
    nl = lang == "nl"
    f, fb = NNAR, NNAR_B
    col = rng.choice([(0, 100, 120), (100, 40, 90), (30, 90, 50)])
    sh = Sheet()
    sh.rect(0, 10, 210, 16, width_mm=0, fill=col)
    sh.text(20, 13, (d.inst or "")[:60], font=fb, size_pt=13, color=(255, 255, 255))
    sh.text(20, 19.5, ("Dagziekenhuis" if nl else "Hôpital de jour") + f" · {d.street}, {d.pc} {d.city}", font=f,
            size_pt=8.5, color=(230, 236, 240))
    sh.text(20, 40, "ATTEST VAN BEHANDELING" if nl else "ATTESTATION DE PRISE EN CHARGE", font=fb, size_pt=14)
    sh.text(190, 40.5, fdate(c.medstat_date, "dots", lang), font=f, size_pt=10, anchor="right")
    y = sh.paragraph(20, 50, 170, (f"Ondergetekenden bevestigen dat {c.p.given_names} {c.p.surname.upper()}, geboren "
                                   f"op {fdate(c.p.birth_date, 'dots', lang)}, in ons dagziekenhuis wordt behandeld "
                                   f"voor {t['name']} (ICD-10 {il['icd']}). {t['severity']}" if nl else
                                   f"Les soussignés attestent que {c.p.given_names} {c.p.surname.upper()}, né(e) le "
                                   f"{fdate(c.p.birth_date, 'dots', lang)}, est pris(e) en charge dans notre hôpital "
                                   f"de jour pour {t['name']} (CIM-10 {il['icd']}). {t['severity']}"), font=f,
                     size_pt=10.5, leading=1.45) + 5
    cols = (("Datum", "Behandeling", "Arts") if nl else ("Date", "Traitement", "Médecin"))
    sh.rect(20, y, 170, 7, width_mm=0, fill=(226, 226, 226))
    for t_, x in zip(cols, (22, 52, 150)):
        sh.text(x, y + 1.5, t_, font=fb, size_pt=9.5)
    y += 8
    tx = (t["meds"] + [t["intervention"]])[:4]
    for k in range(5):
        dd = c.medstat_date - timedelta(days=14 * (5 - k) + rng.randint(0, 4))
        what = tx[k % len(tx)]
        sh.text(22, y, dd.strftime("%d/%m/%Y"), font=f, size_pt=9.5)
        sh.text(52, y, glyphs(what, f)[:70], font=f, size_pt=fit(glyphs(what, f)[:70], f, 9.5, 94))
        sh.text(150, y, f"Dr. {d.last}", font=f, size_pt=9.5)
        sh.rule(20, y + 5, 190, y + 5, width_mm=0.1, color=(200, 200, 200))
        y += 6.6
    y += 5
    y = sh.paragraph(20, y, 170, f"{t['duration']} {t['needs']}", font=f, size_pt=10.5, leading=1.45) + 14
    for k, (nm, fn) in enumerate(((rng.choice(["L. Wouters", "S. Dubois", "A. Benali"]),
                                   "hoofdverpleegkundige" if nl else "infirmière en chef"),
                                  (d.name(), SPECIALTY[d.spec].get(lang, "")))):
        x = 20 + k * 90
        sh.signature(x + 4, y, 42, 13, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.rule(x, y + 15, x + 70, y + 15, width_mm=0.25)
        sh.text(x, y + 16.5, nm, font=fb, size_pt=9.5)
        sh.text(x, y + 21, fn, font=f, size_pt=9, color=GREY)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-antwoord-aan-advocaat-genummerde-vragen-stempel-naast-handtekening-35",
         "medical-statement", PART, _lg, (lambda c, r, lg=_lg: medstat_specialist_lawyer(c, r, lang=lg)),
         "a specialist's answers to the lawyer's numbered questions, signature over the typed name with a stamp")
    _reg(f"be9ter-medstat-dagziekenhuis-attest-sessietabel-twee-handtekeningen-{_lg}-35", "medical-statement", PART,
         _lg, (lambda c, r, lg=_lg: medstat_dayhospital(c, r, lang=lg)),
         "a day hospital's attestation of treatment with a table of sessions, two signatures side by side")


# --------------------------------------------------------------------------- country of origin information

def coi_mail(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A doctor of the reference hospital in the capital of the country of origin answers the lawyer by e-mail,
    printed from the lawyer's mail client: the header block (Van/De/From, Verzonden/Envoyé/Sent, Aan/À/To,
    Onderwerp/Objet/Subject), the lawyer's question quoted under the answer with '>' marks; in French for Gabon
    and in English otherwise; the office's exhibit sticker at the lower right."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    fr = c.origin() == "GAB"
    t = il.get("fr" if fr else "en") or il.get("en") or il.get("fr") or il["nl"]
    L = c.lawyer or {"first": "Hilde", "last": "Verstraeten", "mail": "info@advocaat.be"}
    f, fb = NNAR, NNAR_B
    dr = drug(c.illness, "fr" if fr else "en")
    docn = rng.choice({"GAB": ["Dr Aristide Mboumba", "Dr Sylvie Ndong", "Dr Pierre Koumba"],
                       "GMB": ["Dr Lamin Ceesay", "Dr Isatou Jallow", "Dr Ousman Njie"],
                       "TUR": ["Dr Ayşe Kaplan", "Dr Mehmet Yıldız", "Dr Zeynep Aksoy"]}.get(c.origin(),
                                                                                          ["Dr Samuel Mensah"]))
    tld = {"GAB": "ga", "GMB": "gm", "TUR": "tr"}.get(c.origin(), "org")
    box = glyphs(docn.split()[-1].lower(), f)
    when = SUB - timedelta(days=rng.randint(20, 90))
    sh = Sheet()
    sh.text(20, 10, f"{L['first']} {L['last']}", font=fb, size_pt=11)
    sh.rule(20, 15.5, 190, 15.5, width_mm=0.6)
    dom = o["hospital"].split(",")[0].lower().replace(" ", "").replace("'", "")[:14]
    hdr = ([("De", f"{docn} <{box}@{dom}.{tld}>"),
            ("Envoyé", f"{fr_long(when)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"),
            ("À", f"{L['first']} {L['last']} <{L['mail']}>"),
            ("Objet", f"RE: disponibilité du traitement – {c.p.surname.upper()}")] if fr else
           [("From", f"{docn} <{box}@{dom}.{tld}>"),
            ("Sent", f"{en_long(when)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"),
            ("To", f"{L['first']} {L['last']} <{L['mail']}>"),
            ("Subject", f"RE: availability of treatment – {c.p.surname.upper()}")])
    y = 20
    for a, b in hdr:
        sh.text(20, y, a + ":", font=fb, size_pt=9.5)
        sh.text(44, y, glyphs(b, f), font=f, size_pt=fit(glyphs(b, f), f, 9.5, 146))
        y += 5
    y += 6
    body = ([f"Maître,", f"En réponse à votre courriel : {dr} n'est pas disponible dans les pharmacies publiques "
             f"{FR_IN.get(c.origin(), '')}. Notre service ne le reçoit que de façon irrégulière, par commande spéciale, "
             f"avec des ruptures de plusieurs mois.",
             f"Le coût mensuel à charge du patient est d'environ {il['cost']}, soit nettement plus que le salaire "
             f"mensuel moyen ({o['wage']}). {o['insurance_fr']}",
             f"Le suivi spécialisé requis ({t['needs'][:140]}) n'est assuré qu'à {o['hospital']}, avec des délais "
             f"d'attente de trois à six mois.", "Confraternellement,", docn] if fr else
            [f"Dear {L['first']} {L['last']},", f"Thank you for your e-mail. {dr} is not available in public pharmacies "
             f"{'in The Gambia' if c.origin() == 'GMB' else 'in ' + cname(c.origin(), 'en')}. Our department receives "
             f"it only irregularly, on special order, and stock-outs of several months are common.",
             f"The monthly cost to the patient is about {il['cost']}, far more than the average monthly wage "
             f"({o['wage']}). {o['insurance_en']}",
             f"The specialist follow-up required is provided only at {o['hospital']}, with waiting times of three to "
             f"six months.", "Kind regards,", docn])
    for t_ in body:
        y = sh.paragraph(20, y, 170, glyphs(t_, f), font=f, size_pt=10.5, leading=1.45) + 3.5
    y += 4
    q = (["> Maître " + L["last"] + " a écrit :", "> Pourriez-vous nous indiquer si le traitement de notre client(e) "
          "est disponible", "> et accessible dans votre pays ?"] if fr else
         [f"> {L['first']} {L['last']} wrote:", "> Could you tell us whether our client's treatment is available and",
          "> accessible in your country?"])
    for ln in q:
        sh.text(20, y, glyphs(ln, f), font=f, size_pt=9.5, color=GREY)
        y += 4.8
    sh.text(105, 289, "1/1", font=f, size_pt=8, anchor="center", color=GREY)
    exhibit_sticker(sh, 160, 262, f"{'PIÈCE' if fr else 'STUK'} {rng.randint(4, 8)}", rng)
    return [sh], {}


def coi_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """One page of an international NGO's country report on access to chronic care, set in TWO COLUMNS under a
    coloured title band, with a pull-quote box and a small table of medicines (available / price / reimbursed),
    the report's running footer with the page number; in English; the lawyer's pen ring round the sentence on the
    patient's medicine."""
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = cname(c.origin(), "en")
    t = il.get("en") or il.get("fr") or il["nl"]
    dr = drug(c.illness, "en")
    f, fb, fi = FSER, FSER_B, FSER_I
    col = rng.choice([(10, 80, 120), (120, 60, 20), (60, 90, 40)])
    sh = Sheet()
    sh.rect(0, 12, 210, 22, width_mm=0, fill=col)
    sh.text(18, 14, f"{cn.upper()} · ACCESS TO CHRONIC CARE", font=fb, size_pt=15, color=(255, 255, 255))
    yr = SUB.year - rng.choice([0, 1])
    sh.text(18, 23, f"Country report {yr} · Health Access Watch", font=fi, size_pt=10, color=(230, 236, 240))
    paras = [f"Public hospitals in {cn} provide basic care, but medicines for chronic conditions are largely absent "
             f"from the public supply chain. Patients depend on private pharmacies in {o['capital']}, which order "
             f"specialised products on request.",
             f"{o['insurance_en']} The average monthly wage is {o['wage']}, so that a month of treatment costing "
             f"{il['cost']} is beyond the reach of most households.",
             f"Specialist follow-up is concentrated at {o['hospital']}. Waiting lists of several months were reported "
             f"by all the clinicians interviewed.",
             f"For the condition at issue ({t['name']}), {dr} was not in stock at any of the public facilities "
             f"visited; private supply was irregular, with stock-outs lasting weeks."]
    colw = 82
    xs = (18, 110)
    y = [44.0, 44.0]
    ci = 0
    ring = None
    for i, p_ in enumerate(paras):
        rows = wrap(p_, colw, f, 10)
        if y[ci] + len(rows) * 5 > 200 and ci == 0:
            ci = 1
        for r_ in rows:
            sh.text(xs[ci], y[ci], r_, font=f, size_pt=10)
            y[ci] += 5
        if i == 3:
            ring = (xs[ci], y[ci] - 5 * len(rows), colw, 5 * len(rows))
        y[ci] += 3
        if i == 1 and ci == 0:
            ci = 1
    qy = max(y) + 4
    sh.rect(18, qy, 174, 16, width_mm=0, fill=(238, 238, 238))
    sh.rect(18, qy, 2, 16, width_mm=0, fill=col)
    sh.paragraph(24, qy + 3, 164, f"“There is simply no regular supply of {dr.split('(')[0].strip()} outside the "
                                  f"capital's private pharmacies.” – hospital pharmacist, {o['capital']}",
                 font=fi, size_pt=10.5, leading=1.35)
    ty = qy + 24
    sh.rect(18, ty, 174, 7, width_mm=0, fill=col)
    for t_, x in (("Medicine", 20), ("Public sector", 104), ("Private, per month", 134), ("Reimbursed", 170)):
        sh.text(x, ty + 1.5, t_, font=fb, size_pt=9, color=(255, 255, 255))
    ty += 8
    for m in t["meds"]:
        sh.text(20, ty, glyphs(m, f)[:52], font=f, size_pt=9.2)
        sh.text(104, ty, "not available", font=f, size_pt=9.2)
        sh.text(134, ty, il["cost"], font=f, size_pt=9.2)
        sh.text(170, ty, "no", font=f, size_pt=9.2)
        sh.rule(18, ty + 5, 192, ty + 5, width_mm=0.1, color=(200, 200, 200))
        ty += 6.4
    sh.rule(18, 280, 192, 280, width_mm=0.2, color=(150, 150, 150))
    sh.text(18, 282, f"Health Access Watch · {cn} {yr}", font=fi, size_pt=8, color=GREY)
    sh.text(192, 282, str(rng.randint(11, 38)), font=f, size_pt=8, anchor="right", color=GREY)
    if ring:
        pen_ring(sh, ring[0] - 2, ring[1] - 1.5, ring[2] + 4, ring[3] + 3, rng, color=(170, 30, 40))
    return [sh], {}


_reg("be9ter-coi-arts-herkomstland-mail-uitgeprint-citaat-stuksticker-35", "country-of-origin-info", PART, "fr/en",
     coi_mail, "a doctor in the country of origin answers the lawyer by e-mail, printed with the headers and quote")
_reg("be9ter-coi-ngo-landenrapport-twee-kolommen-citaatkader-tabel-35", "country-of-origin-info", PART, "en",
     coi_report, "a page of an NGO's country report in two columns with a pull quote and a medicines table")


# --------------------------------------------------------------------------- asylum proofs

def asylum_rvv(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The Council for Alien Law Litigation's acknowledgement of the appeal lodged against the refusal of the
    protection request (RvV/CCE 'ontvangstbevestiging / accusé de réception'): the Council's heading centred in
    NimbusSans-like Nimbus Sans Narrow, the roll number in a box, the appeal's date, the statement that the appeal
    has suspensive effect by law and that the applicant may stay during the procedure, addressed to the lawyer;
    the registrar's printed name, no hand signature."""
    p = c.p
    nl = lang == "nl"
    f, fb = NNAR, NNAR_B
    L = c.lawyer or {"first": "", "last": "", "firm": "", "street": "", "pc": "", "city": ""}
    sh = Sheet()
    sh.text(105, 14, "RAAD VOOR VREEMDELINGENBETWISTINGEN" if nl else "CONSEIL DU CONTENTIEUX DES ÉTRANGERS",
            font=fb, size_pt=13, anchor="center")
    sh.text(105, 20, "Griffie · Gaucheretstraat 92-94 · 1030 Brussel" if nl else
            "Greffe · Rue Gaucheret 92-94 · 1030 Bruxelles", font=f, size_pt=9, anchor="center", color=GREY)
    sh.rule(40, 24, 170, 24, width_mm=0.3)
    for k, ln in enumerate([("Mr. " if nl else "Me ") + f"{L['first']} {L['last']}", L["firm"], L["street"],
                            f"{L['pc']} {L['city']}"]):
        sh.text(112, 36 + k * 5, ln, font=f, size_pt=10.5)
    rol = f"{rng.randint(300000, 330000)}"
    sh.rect(20, 36, 70, 16, width_mm=0.3)
    sh.text(22, 37.5, "Rolnummer" if nl else "Numéro de rôle", font=f, size_pt=8, color=GREY)
    sh.text(22, 42.5, f"{rol} / {'IV' if nl else 'V'}", font=fb, size_pt=12)
    lodged = c.asylum["lodged"]
    appeal = min(SUB - timedelta(days=rng.randint(20, 60)), lodged + timedelta(days=rng.randint(80, 300)))
    if appeal <= lodged:
        appeal = lodged + timedelta(days=30)
    when = appeal + timedelta(days=rng.randint(2, 9))
    sh.text(20, 66, ("Brussel, " if nl else "Bruxelles, le ") + fdate(when, "long", lang), font=f, size_pt=10.5)
    sh.text(20, 78, "Ontvangstbevestiging van het verzoekschrift" if nl else "Accusé de réception de la requête",
            font=fb, size_pt=12.5)
    paras = ([f"De griffie bevestigt de ontvangst op {fdate(appeal, 'long', lang)} van het verzoekschrift dat u namens "
              f"{p.given_names} {p.surname.upper()} (nationaliteit: {COUNTRIES[p.nationality]['adj_nl']}, OV "
              f"{c.ov or '—'}) heeft ingediend tegen de beslissing van de Commissaris-generaal voor de Vluchtelingen en "
              f"de Staatlozen over het verzoek om internationale bescherming van {fdate(lodged, 'long', lang)}.",
              "Het beroep heeft van rechtswege schorsende werking. Zolang de Raad geen arrest heeft gewezen, is over "
              "het verzoek om internationale bescherming geen definitieve beslissing genomen.",
              "De zaak wordt op de rol ingeschreven onder het hierboven vermelde nummer. U wordt opgeroepen voor de "
              "terechtzitting."] if nl else
             [f"Le greffe accuse réception, le {fdate(appeal, 'long', lang)}, de la requête introduite au nom de "
              f"{p.given_names} {p.surname.upper()} (nationalité : {COUNTRIES[p.nationality]['adj_fr']}, SP "
              f"{c.ov or '—'}) contre la décision du Commissaire général aux réfugiés et aux apatrides relative à la "
              f"demande de protection internationale du {fdate(lodged, 'long', lang)}.",
              "Le recours est suspensif de plein droit. Tant que le Conseil n'a pas rendu d'arrêt, la demande de "
              "protection internationale n'a pas fait l'objet d'une décision définitive.",
              "L'affaire est inscrite au rôle sous le numéro indiqué ci-dessus. Vous serez convoqué(e) à "
              "l'audience."])
    y = 88
    for t_ in paras:
        y = sh.paragraph(20, y, 170, t_, font=f, size_pt=10.8, leading=1.5) + 4
    y += 8
    sh.text(20, y, "De griffier," if nl else "Le greffier,", font=f, size_pt=10.5)
    sh.text(20, y + 6, rng.choice(["K. Van den Eynde", "M. Lefebvre", "S. Janssens"]), font=fb, size_pt=10.5)
    sh.text(20, 282, ("Dit document werd elektronisch aangemaakt en is geldig zonder handtekening." if nl else
                      "Ce document a été établi électroniquement et est valable sans signature."), font=NNAR_I,
            size_pt=8, color=GREY)
    return [sh], {}


def asylum_fedasil(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A reception centre's attestation of residence ('Verblijfsattest / Attestation de résidence') printed from
    the centre's software: Fedasil's logo band, the resident's photo at the upper LEFT with the centre's stamp
    over its corner, the resident's data as label-value lines (badge number, OV number, date of arrival), the
    statement that the person is an applicant for international protection whose procedure is pending; signed by
    the centre's director at the right; the sheet crumpled and flattened."""
    p = c.p
    nl = lang == "nl"
    f, fb = GOTH, GOTH_B
    centre = rng.choice(["Opvangcentrum Sint-Pieters-Woluwe", "Opvangcentrum Kapellen", "Opvangcentrum Sint-Truiden"]
                        if nl else ["Centre d'accueil de Jumet", "Centre d'accueil de Florennes",
                                    "Centre d'accueil de Bierset"])
    sh = Sheet()
    sh.rect(0, 10, 210, 14, width_mm=0, fill=(0, 90, 150))
    sh.text(20, 12.5, "fedasil", font=fb, size_pt=16, color=(255, 255, 255))
    sh.text(190, 14, centre, font=f, size_pt=9.5, anchor="right", color=(230, 240, 250))
    sh.rect(20, 32, 32, 42, width_mm=0.2, color=(180, 180, 180))
    sh.photo(21, 33, 30, 40, rng)
    sh.stamp(36, 58, [centre.upper()[:24], "FEDASIL"], rng, shape="round", size_mm=22, color=STAMP_BLUE,
             angle=rng.uniform(-12, 12))
    sh.text(60, 34, "VERBLIJFSATTEST" if nl else "ATTESTATION DE RÉSIDENCE", font=fb, size_pt=15)
    rows = [("Naam" if nl else "Nom", p.surname.upper()), ("Voornaam" if nl else "Prénom", p.given_names),
            ("Geboortedatum" if nl else "Date de naissance", fdate(p.birth_date, "dots", lang)),
            ("Nationaliteit" if nl else "Nationalité", COUNTRIES[p.nationality]["adj_" + lang]),
            ("OV-nummer" if nl else "Numéro SP", c.ov or "—"),
            ("Badgenummer" if nl else "Numéro de badge", f"{rng.randint(100000, 999999)}"),
            ("Aankomst in het centrum" if nl else "Arrivée au centre",
             fdate(c.asylum["lodged"] + timedelta(days=rng.randint(1, 10)), "dots", lang))]
    y = 44
    for a, b in rows:
        sh.text(60, y, a, font=f, size_pt=9.5, color=GREY)
        sh.text(112, y, glyphs(b, fb), font=fb, size_pt=fit(glyphs(b, fb), fb, 10.5, 78))
        y += 6
    y = max(y, 80) + 8
    txt = (f"De directie van het {centre} bevestigt dat bovengenoemde persoon in het centrum verblijft als verzoeker "
           f"om internationale bescherming. Het verzoek werd ingediend op {fdate(c.asylum['lodged'], 'long', lang)} "
           f"en is nog in behandeling; er werd nog geen definitieve beslissing genomen." if nl else
           f"La direction du {centre} atteste que la personne susmentionnée réside au centre en qualité de "
           f"demandeur de protection internationale. La demande a été introduite le "
           f"{fdate(c.asylum['lodged'], 'long', lang)} et est toujours en cours d'examen ; aucune décision définitive "
           f"n'a été prise.")
    y = sh.paragraph(20, y, 170, txt, font=f, size_pt=10.5, leading=1.5) + 8
    when = SUB - timedelta(days=rng.randint(5, 40))
    sh.text(20, y, fdate(when, "long", lang), font=f, size_pt=10.5)
    sh.signature(126, y + 2, 44, 13, rng, color=INK_BLACK)
    sh.text(126, y + 17, "de directeur" if nl else "le directeur", font=f, size_pt=9.5, color=GREY)
    return [sheet_of(crumpled(sh.render(200), rng))], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-{'rvv' if _lg == 'nl' else 'cce'}-ontvangstbevestiging-beroep-rolnummer-{_lg}-35",
         "asylum-proof", PART, _lg, (lambda c, r, lg=_lg: asylum_rvv(c, r, lang=lg)),
         "the Council for Alien Law Litigation's acknowledgement of a pending appeal (suspensive), roll number box")
    _reg(f"be9ter-asylum-fedasil-verblijfsattest-foto-links-verfrommeld-{_lg}-35", "asylum-proof", PART, _lg,
         (lambda c, r, lg=_lg: asylum_fedasil(c, r, lang=lg)),
         "a reception centre's attestation of residence as an applicant for protection, photo at the left")


# --------------------------------------------------------------------------- registered-mail receipts

def rm_label_receipt(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt part of the law office's pre-printed registered-mail label set ('Bewijs van afgifte / Preuve de
    dépôt'): sender and addressee printed in by the office's label printer, the item's barcode and number, the
    post office's round date stamp over the corner; copied on A4 with a yellow sticky note beside it ('DVZ 9ter –
    orig. in dossier')."""
    s = Sheet(120, 80)
    f, fb = NNAR, NNAR_B
    s.rect(0, 0, 120, 80, width_mm=0, fill=(255, 255, 255))
    s.rect(0, 0, 120, 9, width_mm=0, fill=(220, 40, 40))
    s.text(3, 1.6, "bpost", font=fb, size_pt=13, color=(255, 255, 255))
    s.text(117, 2.4, "BEWIJS VAN AFGIFTE · PREUVE DE DÉPÔT", font=fb, size_pt=7.5, anchor="right",
           color=(255, 255, 255))
    s.text(3, 11.5, "R AANGETEKEND · RECOMMANDÉ", font=fb, size_pt=8)
    bars(s, 3, 16, 70, 11, c.rm_track)
    s.text(38, 28, track_spaced(c.rm_track), font="mono2", size_pt=8, anchor="center")
    s.text(3, 35, "Afzender / Expéditeur", font=f, size_pt=6.5, color=GREY)
    for i, ln in enumerate(_sender_lines(c)):
        s.text(3, 38.4 + i * 3.8, glyphs(ln, LMONO)[:38], font=LMONO, size_pt=7.6)
    s.text(62, 35, "Bestemmeling / Destinataire", font=f, size_pt=6.5, color=GREY)
    for i, ln in enumerate(c.rm_to):
        s.text(62, 38.4 + i * 3.8, glyphs(ln, LMONO)[:30], font=LMONO, size_pt=7.6)
    s.text(3, 64, "Datum / Date", font=f, size_pt=6.5, color=GREY)
    s.text(3, 67.5, c.rm_date.strftime("%d/%m/%Y"), font=LMONO, size_pt=8.5)
    s.stamp(76, 54, [f"BPOST {_post_office(c).upper()[:18]}", c.rm_date.strftime("%d-%m-%y")], rng, shape="round",
            size_mm=26, color=(40, 40, 60), angle=rng.uniform(-20, 20))
    sh = Sheet()
    paste(sh, s, 20, 30, k=1.15, dpi=240, angle=rng.uniform(-1.2, 1.2))
    note = Sheet(40, 36)
    note.rect(0, 0, 40, 36, width_mm=0, fill=(253, 240, 128))
    for j, ln in enumerate(["DVZ 9ter", "orig. in", "dossier"]):
        note.handwriting(3, 4 + j * 9, ln, rng, size_pt=12, color=INK_BLUE, font=HAND_I)
    paste(sh, note, 160, 40, dpi=200, angle=rng.uniform(-6, 6), bg=(255, 255, 255))
    return [sh], {}


def rm_ticket_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter's thermal ticket as the client photographed it with a phone and sent to the office: the ticket
    lying on a patterned tablecloth, a little curled, the print faded towards its end."""
    t = Sheet(72, 118)
    f = LMONO
    t.text(36, 5, "bpost", font=NNAR_B, size_pt=15, anchor="center")
    t.text(36, 12, _post_office(c), font=f, size_pt=7.4, anchor="center")
    t.text(36, 16, f"{c.rm_date.strftime('%d.%m.%Y')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  "
                   f"G{rng.randint(1, 6)}", font=f, size_pt=7.4, anchor="center")
    t.rule(4, 20, 68, 20, width_mm=0.2, dash=0.6)
    t.text(4, 23, "AANGETEKEND / RECOMMANDE", font=f, size_pt=7.8)
    t.text(4, 27, "Bewijs van afgifte", font=f, size_pt=7.2)
    bars(t, 6, 32, 60, 10, c.rm_track)
    t.text(36, 43.5, track_spaced(c.rm_track), font=f, size_pt=7.4, anchor="center")
    t.text(4, 50, "Bestemmeling:", font=f, size_pt=7)
    for i, ln in enumerate(c.rm_to):
        t.text(4, 54 + i * 3.8, glyphs(ln, f)[:32], font=f, size_pt=7.4)
    t.text(4, 68, "Afzender:", font=f, size_pt=7)
    for i, ln in enumerate(_sender_lines(c)):
        t.text(4, 72 + i * 3.8, glyphs(ln, f)[:32], font=f, size_pt=7.4)
    t.text(4, 88, "Te betalen / A payer", font=f, size_pt=7.2)
    t.text(68, 88, f"{rng.choice(['9,60', '9,85', '10,30'])} EUR", font=f, size_pt=7.2, anchor="right")
    t.text(36, 100, "Bewaar dit ticket", font=f, size_pt=6.8, anchor="center")
    img = t.render(240)
    W, H = img.size
    fade = _I.linear_gradient("L").resize((W, H)).point(lambda v: int(v * 0.35))
    img = _I.composite(_I.new("RGB", (W, H), (255, 255, 255)), img, fade)
    cloth = Sheet()
    for k in range(0, 300, 12):
        cloth.rect(0, k, 210, 6, width_mm=0, fill=(200, 214, 232))
        cloth.rect(k, 0, 6, 297, width_mm=0, fill=(214, 226, 240))
    cloth.image(52, 60, 96, 96 * H / W, img.rotate(rng.uniform(-7, 7), expand=True, fillcolor=(200, 214, 232)))
    return [cloth], {}


def rm_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The front of the registered envelope photocopied before posting: a C5 window envelope reduced onto A4, the
    addressee showing in the window, the red 'R' label with its barcode stuck at the upper left, the post office's
    date stamp over the postage, and the office's 'VERZONDEN / ENVOYÉ' stamp with the date beside it."""
    e = Sheet(229, 162)
    f, fb = NNAR, NNAR_B
    e.rect(0, 0, 229, 162, width_mm=0, fill=(246, 244, 238))
    e.rect(0, 0, 229, 162, width_mm=0.6, color=(190, 186, 178))
    sender = _sender_lines(c)
    for i, ln in enumerate(sender):
        e.text(12, 10 + i * 4.6, glyphs(ln, f), font=f, size_pt=8.5, color=(60, 60, 60))
    lab = Sheet(70, 26)
    lab.rect(0, 0, 70, 26, width_mm=0, fill=(255, 255, 255))
    lab.rect(0, 0, 12, 26, width_mm=0, fill=(210, 30, 40))
    lab.text(6, 6, "R", font=fb, size_pt=24, anchor="center", color=(255, 255, 255))
    bars(lab, 15, 3, 52, 12, c.rm_track)
    lab.text(41, 17, track_spaced(c.rm_track), font="mono2", size_pt=7.4, anchor="center")
    paste(e, lab, 12, 30, dpi=260, angle=rng.uniform(-2, 2))
    e.rect(110, 68, 100, 38, width_mm=0.3, color=(200, 200, 200), fill=(252, 252, 252))
    for i, ln in enumerate(c.rm_to):
        e.text(116, 74 + i * 6, glyphs(ln, NROM), font=NROM, size_pt=11)
    e.rect(190, 10, 26, 30, width_mm=0, fill=(230, 100, 60))
    e.text(203, 20, "BE", font=fb, size_pt=12, anchor="center", color=(255, 255, 255))
    e.stamp(170, 6, [f"BPOST {_post_office(c).upper()[:18]}", c.rm_date.strftime("%d.%m.%Y")], rng, shape="round",
            size_mm=30, color=(40, 40, 60), angle=rng.uniform(-20, 20))
    sh = Sheet()
    k = 190 / 229
    paste(sh, e, 10, 24, k=k, dpi=200)
    sh.stamp(20, 170, ["VERZONDEN · ENVOYÉ", c.rm_date.strftime("%d/%m/%Y")], rng, shape="rect", size_mm=34,
             color=(170, 30, 40), angle=rng.uniform(-4, 4))
    return [sheet_of(speckle(sh.render(200), rng, hair=False))], {}


_reg("be9ter-rm-labelset-afgiftebewijs-labelprinter-poststempel-geeltje-35", "registered-mail-receipt", PART, "nl/fr",
     rm_label_receipt, "the receipt part of the office's registered-mail label set, printed in, date stamp, sticky note")
_reg("be9ter-rm-kasticket-photo-tafelkleed-verbleekt-35", "registered-mail-receipt", PART, "nl/fr", rm_ticket_photo,
     "the counter's thermal ticket photographed by the client on a tablecloth, fading")
_reg("be9ter-rm-envelop-voorzijde-r-label-poststempel-verzonden-stempel-35", "registered-mail-receipt", PART,
     "nl/fr", rm_envelope, "the registered envelope's front copied with the R label, the date stamp and the office stamp")


# --------------------------------------------------------------------------- others

def other_declaration_church(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A church community's attestation that the applicant is known to it under the name, date and place of birth
    and nationality the applicant gave: the parish's letterhead, one paragraph that says it rests on the person's
    own statements, the pastor's signature at the right over the typed name, the community's round stamp; no
    authority's document behind it."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    f, fb, fi = PAL, PAL_B, PAL_I
    church = rng.choice(["Evangelische Gemeente Levend Water", "Protestantse Kerk Sint-Jan", "Église évangélique de "
                         "la Grâce", "Paroisse Sainte-Croix"])
    sh = Sheet()
    sh.text(105, 16, church.upper(), font=fb, size_pt=13, anchor="center", letter_spacing=0.5)
    sh.text(105, 23, f"{c.addr.postcode} {c.addr.city}", font=fi, size_pt=9.5, anchor="center", color=GREY)
    sh.text(105, 44, "ATTEST" if nl else "ATTESTATION", font=fb, size_pt=15, anchor="center")
    e = "e" if c.fem else ""
    txt = (f"Ondergetekende, voorganger van de gemeente, verklaart dat {p.given_names} {p.surname} sinds "
           f"{SUB.year - rng.randint(1, 4)} regelmatig onze diensten bijwoont. Volgens {'haar' if c.fem else 'zijn'} "
           f"eigen verklaringen is {'zij' if c.fem else 'hij'} geboren op {fdate(p.birth_date, 'long', 'nl')} te "
           f"{p.birth_place} ({cname(c.birth_cc(), 'nl')}) en heeft {'zij' if c.fem else 'hij'} de "
           f"{COUNTRIES[p.nationality]['adj_nl']} nationaliteit. Wij hebben geen identiteitsdocument gezien." if nl else
           f"Le soussigné, pasteur de la communauté, atteste que {p.given_names} {p.surname} fréquente régulièrement "
           f"nos offices depuis {SUB.year - rng.randint(1, 4)}. Selon ses propres déclarations, {'elle' if c.fem else 'il'} "
           f"est né{e} le {fdate(p.birth_date, 'long', 'fr')} à {p.birth_place} ({cname(c.birth_cc(), 'fr')}) et "
           f"est de nationalité {COUNTRIES[p.nationality]['adj_fr']}. Nous n'avons vu aucun document d'identité.")
    y = sh.paragraph(24, 58, 162, txt, font=f, size_pt=11.5, leading=1.65, align="justify") + 8
    y = sh.paragraph(24, y, 162, "Opgemaakt om te dienen waar nodig." if nl else "Fait pour servir et valoir ce que de "
                                                                               "droit.", font=fi, size_pt=11) + 10
    sh.text(24, y, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(5, 30)), 'long', lang)}", font=f,
            size_pt=11)
    sh.signature(124, y + 6, 46, 15, rng, color=INK_BLUE)
    sh.text(186, y + 24, rng.choice(["Ds. J. Mukendi", "Pasteur E. Obiang", "Ds. A. Boateng"]), font=fb,
            size_pt=10.5, anchor="right")
    sh.stamp(70, y + 4, [church.upper()[:26], c.addr.city.upper()], rng, shape="round", size_mm=26,
             color=STAMP_VIOLET)
    return [sh], {}


def other_pharmacy_till(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's till receipt for the month's medicines, on narrow thermal paper with the patient's and
    the insurer's shares, laid on a dark desk and photographed (phone photo) or copied."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    t = _ill(c, lang)
    name = rng.choice(["APOTHEEK DE LINDE", "PHARMACIE DU MIDI", "APOTHEEK CENTRUM", "PHARMACIE DES ÉCOLES"])
    r = Sheet(72, 140)
    f = LMONO
    r.text(36, 5, glyphs(name, f), font=LMONO_B, size_pt=9.5, anchor="center")
    r.text(36, 10, f"{c.addr.postcode} {c.addr.city}"[:30], font=f, size_pt=7.4, anchor="center")
    r.text(36, 14, f"APB {rng.randint(100000, 999999)}", font=f, size_pt=7.4, anchor="center")
    r.rule(3, 18, 69, 18, width_mm=0.2, dash=0.6)
    when = c.app_date - timedelta(days=rng.randint(3, 25))
    r.text(3, 21, f"{when.strftime('%d/%m/%Y')} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}", font=f,
           size_pt=7.4)
    y = 27
    tot = 0.0
    for m in t["meds"][:4]:
        pp = round(rng.uniform(1.5, 14), 2)
        tot += pp
        r.text(3, y, glyphs(m, f)[:30], font=f, size_pt=7.2)
        r.text(69, y + 3.6, f"{pp:.2f}".replace(".", ","), font=f, size_pt=7.2, anchor="right")
        y += 8
    r.rule(3, y, 69, y, width_mm=0.2, dash=0.6)
    r.text(3, y + 2.5, "TOTAAL" if nl else "TOTAL", font=LMONO_B, size_pt=8)
    r.text(69, y + 2.5, f"{tot:.2f} EUR".replace(".", ","), font=LMONO_B, size_pt=8, anchor="right")
    r.text(36, y + 12, "Dank u / Merci", font=f, size_pt=7, anchor="center")
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(60, 52, 48))
    sh.image(60, 50, 90, 175, r.render(220).rotate(rng.uniform(-4, 4), expand=True, fillcolor=(60, 52, 48)))
    return [sh], {}


def other_lease(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The first page of a residential lease ('Huurovereenkomst voor hoofdverblijfplaats' / 'Bail de résidence
    principale'): parties and the let dwelling in numbered articles, the rent, initials of both parties at the
    foot of the page; a water tide mark on the copy."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    nl = lang == "nl"
    p = c.p
    f, fb = NROM, NROM_B
    owner = rng.choice(["Jan Peeters", "Marie Delhaye", "Immo Scheldezicht bv", "Luc Janssens"])
    sh = Sheet()
    sh.text(105, 18, "HUUROVEREENKOMST VOOR HOOFDVERBLIJFPLAATS" if nl else "BAIL DE RÉSIDENCE PRINCIPALE",
            font=fb, size_pt=13, anchor="center")
    a = addr_str(c.addr, lang, "street-first")
    start = c.app_date - timedelta(days=rng.randint(200, 900))
    arts = ([("Tussen", f"{owner}, verhuurder, en {p.given_names} {p.surname}, huurder, wordt overeengekomen wat "
                        f"volgt."),
             ("Artikel 1 – Goed", f"De verhuurder verhuurt aan de huurder het appartement gelegen te {a}, bestemd tot "
                                  f"hoofdverblijfplaats."),
             ("Artikel 2 – Duur", f"De huur gaat in op {fdate(start, 'long', 'nl')} voor een duur van drie jaar."),
             ("Artikel 3 – Huurprijs", f"De maandelijkse huurprijs bedraagt {rng.randint(520, 790)} euro, te betalen "
                                       f"vóór de vijfde van elke maand."),
             ("Artikel 4 – Waarborg", "De huurwaarborg bedraagt twee maanden huur en wordt op een geblokkeerde "
                                      "rekening geplaatst.")] if nl else
            [("Entre", f"{owner}, bailleur, et {p.given_names} {p.surname}, preneur, il est convenu ce qui suit."),
             ("Article 1 – Bien", f"Le bailleur donne en location au preneur l'appartement situé {a}, affecté à la "
                                  f"résidence principale."),
             ("Article 2 – Durée", f"Le bail prend cours le {fdate(start, 'long', 'fr')} pour une durée de trois ans."),
             ("Article 3 – Loyer", f"Le loyer mensuel s'élève à {rng.randint(520, 790)} euros, payable avant le cinq "
                                   f"de chaque mois."),
             ("Article 4 – Garantie", "La garantie locative s'élève à deux mois de loyer, placée sur un compte "
                                      "bloqué.")])
    y = 34
    for h, t_ in arts:
        sh.text(22, y, h, font=fb, size_pt=11)
        y = sh.paragraph(22, y + 6, 166, t_, font=f, size_pt=11, leading=1.55) + 5
    sh.text(22, 272, "1/3", font=f, size_pt=9)
    for k in range(2):
        sh.handwriting(150 + k * 18, 270, rng.choice(["JP", "MD", "LJ"]) if k == 0 else
                       "".join(w[0] for w in (p.given_names.split()[0], p.surname)), rng, size_pt=11, color=INK_BLUE,
                       font=HAND_I)
    return [sheet_of(water_stain(sh.render(200), rng, where=(0.15, 0.9), size=0.1))], {}


_reg("be9ter-other-declaration-kerkgemeenschap-attest-op-eigen-verklaring-35", "other", PART, "nl/fr",
     other_declaration_church, "a church community's attestation resting on the applicant's own statements")
_reg("be9ter-other-pharmacy-kasticket-donkere-tafel-35", "other", PART, "nl/fr", other_pharmacy_till,
     "a pharmacy's till receipt for the month's medicines on a dark desk")
_reg("be9ter-other-huurcontract-eerste-blad-parafen-waterkring-35", "other", PART, "nl/fr", other_lease,
     "the first page of the lease with both parties' initials, a water tide mark")
