"""9ter families of the `fresh` part (registered in be9ter.BFAMILIES).

New writers, new issuers: a Ghent lawyer's 'verzoekschrift' with Roman-numbered sections, a Brussels
'requête' with a labelled table and an 'inventaire', a CAW intake form filled in capitals, an English
NGO letter; the standard certificate retyped in Word by a GP, filled as a fillable PDF, written in capitals
on a photocopy or in cursive; hospital records, registered-mail print-outs.  Every family follows the
case's flags (the planted defect) the same way the dev and heldout families do: a flag empties a field or
leaves a signature out, nothing else.
"""
from __future__ import annotations

import random
from datetime import timedelta

from .be9ter import (COUNTRIES, ILLNESSES, INK_BLACK, INK_BLUE, MC_NEW, MC_OLD, SPECIALTY, STAMP_BLUE,
                     STAMP_VIOLET, Case, Flow, _reg, addr_str, barcode, cname, drug, fdate, hand_fonts,
                     name_in, track_spaced, _ill_text, _sender_lines, _post_office)
from .paper import Sheet

PART = "fresh"
GREY = (100, 100, 100)

# --------------------------------------------------------------------------- what an application says

_V = {"nl": ("cliënte", "cliënt"), "fr": ("ma cliente", "mon client"), "en": ("my client", "my client")}


def _cl(c: Case, lang: str, cap: bool = False) -> str:
    s = _V[lang][0 if c.fem else 1]
    return s[0].upper() + s[1:] if cap else s


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" [stuk {n}]", "fr": f" [pièce n° {n}]", "en": f" [annex {n}]"}[lang]


def _nat(c: Case, lang: str) -> str:
    return COUNTRIES[c.p.nationality]["adj_" + lang]


def _idnum(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"INSZ/rijksregisternr. {c.nrn}", "fr": f"n° NISS/registre national {c.nrn}",
                "en": f"Belgian national number {c.nrn}"}[lang]
    return {"nl": f"dossiernummer DVZ (OV) {c.ov}", "fr": f"numéro SP de l'Office des Étrangers {c.ov}",
            "en": f"Immigration Office file number {c.ov}"}[lang]


def personal(c: Case, lang: str) -> str:
    nm = name_in(c.p, c.name_style)
    bd = c.d(c.p.birth_date, lang)
    bp = f"{c.p.birth_place}, {cname(c.birth_cc(), lang)}"
    nobp, nonat = "no_birthplace" in c.flags, "no_nationality" in c.flags
    if lang == "nl":
        s = f"Mijn {_cl(c, lang)}, {nm} ({'vrouw' if c.fem else 'man'}), werd geboren op {bd}"
        s += "" if nobp else f" in {bp}"
        s += "" if nonat else f" en heeft de {_nat(c, lang)} nationaliteit"
        return s + f"; {_idnum(c, lang)}."
    if lang == "fr":
        s = f"{_cl(c, lang, True)}, {nm}, est né{'e' if c.fem else ''} le {bd}"
        s += "" if nobp else f" à {bp}"
        s += "" if nonat else f" et possède la nationalité {_nat(c, lang)}"
        return s + f" ({_idnum(c, lang)})."
    s = f"{_cl(c, lang, True)}, {nm}, was born on {bd}"
    s += "" if nobp else f" in {bp}"
    s += "" if nonat else f" and holds {_nat(c, lang)} nationality"
    return s + f" ({_idnum(c, lang)})."


def residence(c: Case, lang: str, style: str | None = None) -> str:
    if "no_address" in c.flags:
        return {"nl": f"Mijn {_cl(c, lang)} woont sinds enkele jaren in België.",
                "fr": f"{_cl(c, lang, True)} vit en Belgique depuis plusieurs années.",
                "en": f"{_cl(c, lang, True)} has been living in Belgium for several years."}[lang]
    a = addr_str(c.addr, lang, style or c.addr_style)
    return {"nl": f"{'Zij' if c.fem else 'Hij'} woont feitelijk op het volgende adres: {a}.",
            "fr": f"{'Elle' if c.fem else 'Il'} réside effectivement à l'adresse suivante : {a}.",
            "en": f"{'She' if c.fem else 'He'} actually lives at {a}."}[lang]


def domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor deze procedure wordt woonplaats gekozen op mijn kantoor: {where}.",
                "fr": f"Pour les besoins de la procédure, domicile est élu en mon cabinet : {where}.",
                "en": f"For this procedure, domicile is elected at my office: {where}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze: bij {c.other_domicile}.", "fr": f"Élection de domicile : {c.other_domicile}.",
                "en": f"Address for service (elected domicile): {c.other_domicile}."}[lang]
    return {"nl": "De gekozen woonplaats is het adres van de feitelijke verblijfplaats.",
            "fr": "Le domicile élu est l'adresse de résidence effective.",
            "en": "The elected domicile is the address of actual residence."}[lang]


def _id_items(c: Case, lang: str) -> str:
    items = [(k, d) for (k, d) in c.annexes if k.startswith("id") and k != "id-tr"]
    parts = [f"{d[0].lower() + d[1:]}{_ref(c, k, lang)}" for k, d in items]
    conj = {"nl": " en ", "fr": " et ", "en": " and "}[lang]
    return (", ".join(parts[:-1]) + conj + parts[-1]) if len(parts) > 1 else (parts[0] if parts else "—")


def identity(c: Case, lang: str) -> str:
    k = c.id_kind
    exp = c.d(c.id_expiry, lang) if c.id_expiry else ""
    cl = _cl(c, lang, True)
    if k in ("passport", "passport-expired", "passport-mrz", "passport-name", "untranslated", "translated"):
        s = {"nl": f"Als identiteitsbewijs voeg ik het paspoort van mijn {_cl(c, lang)} toe (vervaldatum {exp})"
                   f"{_ref(c, 'id', lang)}.",
             "fr": f"L'identité est établie par le passeport de {_cl(c, lang)}, expirant le {exp}{_ref(c, 'id', lang)}.",
             "en": f"Identity: passport, expiry date {exp}{_ref(c, 'id', lang)}."}[lang]
        if k == "passport-expired":
            s += {"nl": " Een vervallen paspoort volstaat als identiteitsdocument.",
                  "fr": " Un passeport périmé reste un document d'identité valable aux fins de l'article 9ter.",
                  "en": " An expired passport is still an identity document for Article 9ter."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" Daarnaast de geboorteakte{_ref(c, 'id2', lang)}",
                  "fr": f" S'y ajoute l'acte de naissance{_ref(c, 'id2', lang)}",
                  "en": f" Also the birth certificate{_ref(c, 'id2', lang)}"}[lang]
            s += ({"nl": f" en de vertaling ervan{_ref(c, 'id-tr', lang)}.",
                   "fr": f" et sa traduction{_ref(c, 'id-tr', lang)}.",
                   "en": f" and its translation{_ref(c, 'id-tr', lang)}."}[lang] if k == "translated" else ".")
        return s
    if k in ("idcard", "idcard-translated"):
        return {"nl": f"Als identiteitsbewijs: de nationale identiteitskaart (recto/verso){_ref(c, 'id', lang)}.",
                "fr": f"Identité : carte nationale d'identité, recto et verso{_ref(c, 'id', lang)}.",
                "en": f"Identity: national identity card, front and back{_ref(c, 'id', lang)}."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        return {"nl": f"{cl} heeft geen paspoort. Samen bevatten de volgende stukken de volledige naam, de "
                      f"geboorteplaats en -datum en de nationaliteit: {_id_items(c, lang)}.",
                "fr": f"{cl} n'a pas de passeport ; les pièces suivantes, prises ensemble, établissent son nom, ses "
                      f"lieu et date de naissance et sa nationalité : {_id_items(c, lang)}.",
                "en": f"{cl} has no passport; together these documents prove name, place and date of birth and "
                      f"nationality: {_id_items(c, lang)}."}[lang]
    if k in ("certificate", "declarative-cert", "single-piece"):
        return {"nl": f"Identiteit: {_id_items(c, lang)}.", "fr": f"Identité : {_id_items(c, lang)}.",
                "en": f"Identity: {_id_items(c, lang)}."}[lang]
    if k in ("asylum", "asylum-noproof"):
        lodged = c.d(c.asylum["lodged"], lang)
        s = {"nl": f"{cl} vroeg op {lodged} internationale bescherming aan; die procedure loopt nog. De "
                   f"identiteitsplicht geldt daarom niet (art. 9ter, §2, derde lid)",
             "fr": f"{cl} a sollicité la protection internationale le {lodged} ; la procédure est toujours pendante, "
                   f"de sorte que l'obligation d'établir l'identité ne s'applique pas (art. 9ter, §2, al. 3)",
             "en": f"{cl} applied for international protection on {lodged}; that procedure is still pending, so the "
                   f"identity requirement does not apply (Art. 9ter §2(3))"}[lang]
        if k == "asylum":
            s += {"nl": f"; zie het bewijs van de lopende procedure{_ref(c, 'asylum', lang)}.",
                  "fr": f" ; voir la preuve de la procédure en cours{_ref(c, 'asylum', lang)}.",
                  "en": f"; see the proof of the pending procedure{_ref(c, 'asylum', lang)}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{cl} heeft geen enkel identiteitsdocument meer en legt een eigen verklaring over "
                      f"{'haar' if c.fem else 'zijn'} identiteit voor{_ref(c, 'id', lang)}.",
                "fr": f"{cl} ne possède plus aucun document d'identité et produit une déclaration sur l'honneur "
                      f"relative à son identité{_ref(c, 'id', lang)}.",
                "en": f"{cl} no longer has any identity document and submits a sworn statement of identity"
                      f"{_ref(c, 'id', lang)}."}[lang]
    return {"nl": f"Het paspoort van {_cl(c, lang)} werd aangevraagd bij het consulaat en volgt later.",
            "fr": f"Le passeport de {_cl(c, lang)} a été demandé au consulat et sera communiqué ultérieurement.",
            "en": f"{cl}'s passport has been requested from the consulate and will follow."}[lang]


def medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd = c.d(c.cert_date, lang)
    doc = c.doctor
    if "medcert_absent" in c.flags:
        ref = {"nl": f"Ik verwijs naar het verslag van {doc.name()} van {cd}{_ref(c, 'medstat', lang)}.",
               "fr": f"Je renvoie au rapport du {doc.name()} du {cd}{_ref(c, 'medstat', lang)}.",
               "en": f"I refer to the report of {doc.name()} of {cd}{_ref(c, 'medstat', lang)}."}[lang]
    else:
        ref = {"nl": f"Het standaard medisch getuigschrift werd op {cd} ingevuld door {doc.name()}"
                     f"{_ref(c, 'medcert', lang)}.",
               "fr": f"Le certificat médical type a été complété le {cd} par le {doc.name()}{_ref(c, 'medcert', lang)}.",
               "en": f"The standard medical certificate was completed on {cd} by {doc.name()}"
                     f"{_ref(c, 'medcert', lang)}."}[lang]
    return {"nl": f"Diagnose: {t['name']}. {t['severity']} Noodzakelijke behandeling: {'; '.join(t['meds'])}. {ref}",
            "fr": f"Diagnostic : {t['name']}. {t['severity']} Traitement requis : {'; '.join(t['meds'])}. {ref}",
            "en": f"Diagnosis: {t['name']}. {t['severity']} Treatment required: {'; '.join(t['meds'])}. {ref}"}[lang]


def coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    r = _ref(c, "coi", lang)
    return {"nl": f"In {cn} is {drug(c.illness, 'nl')} nauwelijks beschikbaar (enkel in {o['hospital']}){r}. Een "
                  f"maand behandeling kost er ongeveer {il['cost']}, bij een gemiddeld loon van {o['wage']}; "
                  f"{o['insurance_nl'][0].lower() + o['insurance_nl'][1:]} De zorg is voor {_cl(c, lang)} dus niet "
                  f"toegankelijk. {_cl(c, lang, True)} heeft in geen enkel ander land wettig verbleven.",
            "fr": f"{'Au' if c.origin() in ('CMR', 'MAR') else 'En'} {cn}, le {drug(c.illness, 'fr')} n'est guère "
                  f"disponible (seulement à {o['hospital']}){r}. Un mois de traitement y coûte environ {il['cost']} "
                  f"pour un salaire moyen de {o['wage']}. {o['insurance_fr']} Les soins ne sont donc pas accessibles "
                  f"à {_cl(c, lang)}, qui n'a séjourné légalement dans aucun autre pays.",
            "en": f"In {cn}, {drug(c.illness, 'en')} is hardly available (only at {o['hospital']}){r}. One month of "
                  f"treatment costs about {il['cost']} against an average wage of {o['wage']}. {o['insurance_en']} "
                  f"The care is therefore not accessible to {_cl(c, lang)}, who has not lived lawfully in any other "
                  f"country."}[lang]


def family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        p = m.p
        r = _ref(c, f"fam{i}", lang)
        bd = c.d(p.birth_date, lang)
        rel = {"nl": ("echtgenote" if p.sex == "F" else "echtgenoot") if m.rel == "spouse" else
               ("dochter" if p.sex == "F" else "zoon"),
               "fr": ("épouse" if p.sex == "F" else "époux") if m.rel == "spouse" else ("fille" if p.sex == "F" else "fils"),
               "en": ("wife" if p.sex == "F" else "husband") if m.rel == "spouse" else
               ("daughter" if p.sex == "F" else "son")}[lang]
        # the members' nationality is the applicant's: a planted 'nationality missing' leaves it out here too
        nat = "" if "no_nationality" in c.flags else ", " + COUNTRIES[p.nationality]["adj_" + lang]
        out.append({"nl": f"{rel} {p.given_names} {p.surname}, °{bd} te {p.birth_place}{nat}{r}",
                    "fr": f"{rel} {p.given_names} {p.surname}, né{'e' if p.sex == 'F' else ''} le {bd} à "
                          f"{p.birth_place}{nat}{r}",
                    "en": f"{rel} {p.given_names} {p.surname}, born {bd} in {p.birth_place}{nat}{r}"}[lang])
    lst = "; ".join(out)
    return {"nl": f"De aanvraag wordt ook ingediend voor de gezinsleden die bij {_cl(c, lang)} wonen: {lst}.",
            "fr": f"La demande vaut également pour les membres de la famille qui vivent avec {_cl(c, lang)} : {lst}.",
            "en": f"The application also covers the family members living with {_cl(c, lang)}: {lst}."}[lang]


def parallel(c: Case, lang: str) -> str | None:
    if not c.previous_9ter:
        return None
    d = c.d(c.previous_9ter, lang)
    return {"nl": f"Op {d} werd al een 9ter-aanvraag ingediend, waarover nog niet beslist is. {_cl(c, lang, True)} "
                  f"doet daarvan afstand; alle relevante elementen zijn in deze aanvraag hernomen.",
            "fr": f"Une demande 9ter a déjà été introduite le {d} et n'a pas encore été tranchée. {_cl(c, lang, True)} "
                  f"s'en désiste ; tous les éléments utiles sont repris dans la présente demande.",
            "en": f"A 9ter application was already lodged on {d} and is still undecided. {_cl(c, lang, True)} "
                  f"withdraws it; every relevant element is repeated in this application."}[lang]


def asylum_refused(c: Case, lang: str) -> str | None:
    a = c.asylum
    if not a or a.get("status") != "refused":
        return None
    d = c.d(a["refused_on"], lang)
    return {"nl": f"Het CGVS weigerde op {d} de vluchtelingenstatus en de subsidiaire bescherming.",
            "fr": f"Le CGRA a refusé le {d} le statut de réfugié et la protection subsidiaire.",
            "en": f"The CGRS refused refugee status and subsidiary protection on {d}."}[lang]


def medical_short(c: Case) -> str:
    """What a social worker notes in a form box (Dutch)."""
    il = ILLNESSES[c.illness]
    t = il[next(x for x in ("nl", "fr", "en") if x in il)]
    cert = "" if "medcert_absent" in c.flags else f" SMG dr. {c.doctor.last} {c.d(c.cert_date, 'nl', 'slashes')}."
    return f"{t['name']}. {t['severity']} Behandeling: {'; '.join(t['meds'])}.{cert}"


def coi_short(c: Case) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o = COUNTRIES[c.origin()]
    return (f"{cname(c.origin(), 'nl')}: {drug(c.illness, 'nl')} enkel in {o['hospital']}, ca. "
            f"{ILLNESSES[c.illness]['cost']}/maand bij loon {o['wage']}; geen ziekteverzekering die dit dekt. "
            f"Niet toegankelijk. Geen ander land van wettig verblijf.{_ref(c, 'coi', 'nl')}")


def request(c: Case, lang: str) -> str:
    return {"nl": f"Ik verzoek u dan ook mijn {_cl(c, lang)} te machtigen tot een verblijf van meer dan drie maanden "
                  f"op grond van artikel 9ter van de Vreemdelingenwet.",
            "fr": f"Je vous prie dès lors d'autoriser {_cl(c, lang)} au séjour de plus de trois mois en application "
                  f"de l'article 9ter de la loi du 15 décembre 1980.",
            "en": f"I therefore ask you to authorise {_cl(c, lang)} to stay for more than three months under "
                  f"Article 9ter of the Law of 15 December 1980."}[lang]


def _sign_lawyer(fl: Flow, c: Case, rng: random.Random, lang: str, x: float) -> None:
    fl.ensure(34)
    fl.tag("signature")
    y = fl.y
    L = c.lawyer
    if "unsigned" not in c.flags:
        fl.sheet.signature(x, y, rng.uniform(38, 52), 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    fl.y = y + 17
    pre = {"nl": "Mr.", "fr": "Me", "en": ""}[lang]
    fl.line(f"{pre} {L['first']} {L['last']}".strip(), x=x)
    fl.line({"nl": "advocaat", "fr": "avocat" + ("e" if L["sex"] == "F" else ""), "en": "lawyer"}[lang], x=x,
            color=GREY, size=9)


# --------------------------------------------------------------------------- applications

def app_verzoekschrift_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Ghent lawyer: 'VERZOEKSCHRIFT', Roman-numbered sections, prose, footer with the client account."""
    lang = "nl"
    L = c.lawyer
    font = "sans2"
    foot = (f"Derdenrekening BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
            f"{rng.randint(1000, 9999)} · ondernemingsnr. 0{rng.randint(400, 899)}.{rng.randint(100, 999)}."
            f"{rng.randint(100, 999)}")

    def new_sheet(i):
        sh = Sheet()
        sh.text(20, 12, L["firm"], font="serif4", size_pt=13, bold=True, color=(30, 60, 90))
        sh.text(20, 18, f"{L['street']} – {L['pc']} {L['city']} – {L['tel']} – {L['mail']}", font=font, size_pt=7.5,
                color=GREY)
        sh.rule(20, 21.5, 190, 21.5, width_mm=0.5, color=(30, 60, 90))
        sh.text(105, 286, f"- {i + 1} -", font=font, size_pt=8, anchor="center", color=GREY)
        sh.text(20, 280, foot, font=font, size_pt=6.5, color=GREY)
        return sh, 30

    fl = Flow(new_sheet, left=22, right=188, bottom=272, font=font, size=10.5, leading=1.35)
    fl.line("AANGETEKEND", bold=True, size=9)
    for ln in ["Dienst Vreemdelingenzaken", "Afdeling Uitzonderlijk Verblijf – Dienst Medisch Verblijf",
               "Pachecolaan 44", "1000 Brussel"]:
        fl.line(ln, x=110)
    fl.space(4)
    fl.line(f"{L['city']}, {c.d(c.app_date, lang, 'long')}", x=110)
    fl.space(6)
    fl.line("VERZOEKSCHRIFT – ARTIKEL 9TER VREEMDELINGENWET", bold=True, size=12)
    fl.line(f"In de zaak van {name_in(c.p, 'SURNAME Given')}", italic=True)
    fl.space(4)
    fl.para("Geachte,")
    fl.para(f"Ik treed op als raadsman van {_cl(c, lang)} en dien namens {'haar' if c.fem else 'hem'} deze aanvraag "
            f"tot machtiging tot verblijf om medische redenen in.")
    secs = [("I. Personalia", [personal(c, lang)], "personal"),
            ("II. Verblijfplaats en woonstkeuze", [residence(c, lang), domicile(c, lang)], "residence"),
            ("III. Identiteit", [identity(c, lang)], "identity"),
            ("IV. Medische toestand", [medical(c, lang)], "medical"),
            ("V. Beschikbaarheid en toegankelijkheid in het herkomstland", [coi(c, lang)], "coi"),
            ("VI. Gezin", [family(c, lang)], "family"),
            ("VII. Eerdere aanvragen", [parallel(c, lang), asylum_refused(c, lang)], "parallel")]
    for head, paras, tag in secs:
        paras = [p for p in paras if p]
        if not paras:
            continue
        fl.ensure(20)
        fl.para(head, bold=True, gap=1.2, tag=tag)
        for p in paras:
            fl.para(p, align="justify")
    fl.para("VIII. Besluit", bold=True, gap=1.2)
    fl.para(request(c, lang), align="justify")
    fl.para("Met hoogachting,")
    _sign_lawyer(fl, c, rng, lang, 22)
    ann = [d for k, d in c.annexes]
    if ann:
        fl.space(4)
        fl.para("Stukkenbundel", bold=True, gap=1, tag="inventory")
        for i, d in enumerate(ann, 1):
            fl.para(f"{i}. {d}", indent=4, gap=0.4, size=9.5)
    return fl.sheets, fl.tags


def app_requete_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Brussels office: two-column heading, labelled table of personal data, 'inventaire' table at the end."""
    lang = "fr"
    L = c.lawyer
    font = "serif5"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 14, L["firm"].upper(), font="sans4", size_pt=11, bold=True)
            for k, ln in enumerate([L["street"], f"{L['pc']} {L['city']}", f"Tél. {L['tel']}", L["mail"]]):
                sh.text(20, 20 + k * 4, ln, font="sans4", size_pt=8, color=GREY)
            for k, ln in enumerate(["Office des Étrangers", "Bureau 9ter – Séjour médical", "Boulevard Pachéco 44",
                                    "1000 Bruxelles"]):
                sh.text(118, 40 + k * 4.8, ln, font=font, size_pt=10.5)
            sh.text(118, 64, "Envoi recommandé", font=font, size_pt=9.5, italic=True)
            return sh, 76
        sh.text(190, 12, f"Requête 9ter – {c.p.surname.upper()} – p. {i + 1}", font="sans4", size_pt=7.5,
                anchor="right", color=GREY)
        return sh, 22

    fl = Flow(new_sheet, left=20, right=190, bottom=275, font=font, size=10.5, leading=1.32)
    fl.line(f"{L['city']}, le {c.d(c.app_date, lang, 'long')}", x=118)
    fl.space(4)
    fl.line("Objet : requête en autorisation de séjour – article 9ter de la loi du 15.12.1980", bold=True)
    fl.space(4)
    fl.para("Madame, Monsieur,")
    fl.para(f"J'ai l'honneur d'introduire, au nom de {_cl(c, lang)} dont les données figurent ci-dessous, une demande "
            f"d'autorisation de séjour pour raisons médicales.")
    fl.tag("personal")
    rows = [("Nom", c.p.surname.upper()), ("Prénom(s)", c.p.given_names),
            ("Sexe", "F" if c.fem else "M"),
            ("Date de naissance", c.d(c.p.birth_date, lang)),
            ("Lieu et pays de naissance", "" if "no_birthplace" in c.flags else
             f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"),
            ("Nationalité", "" if "no_nationality" in c.flags else _nat(c, lang)),
            ("N° registre national" if c.nrn else "N° SP (OE)", c.nrn or c.ov)]
    fl.tags.setdefault("residence", fl.page)
    rows.append(("Résidence effective", "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style)))
    dom = domicile(c, lang)
    rows.append(("Domicile élu", "" if dom is None else
                 (f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}" if c.domicile == "lawyer" else
                  c.other_domicile if c.domicile == "other" else "à la résidence effective")))
    fl.ensure(8 * len(rows))
    for lab, val in rows:
        sh, y = fl.sheet, fl.y
        sh.rect(20, y - 1.4, 60, 7, width_mm=0.15, fill=(238, 238, 238))
        sh.rect(80, y - 1.4, 110, 7, width_mm=0.15)
        sh.text(22, y, lab, font="sans4", size_pt=9)
        vs = 10
        while vs > 6.5 and sh.text_width(val, font=font, size_pt=vs) > 106:
            vs -= 0.5
        sh.text(82, y, val, font=font, size_pt=vs)
        fl.y += 7
    fl.space(4)
    for head, p, tag in [("Identité", identity(c, lang), "identity"), ("Situation médicale", medical(c, lang), "medical"),
                         ("Disponibilité et accessibilité des soins", coi(c, lang), "coi"),
                         ("Famille", family(c, lang), "family"), ("Procédures antérieures", parallel(c, lang), "parallel"),
                         ("Asile", asylum_refused(c, lang), "asylum")]:
        if not p:
            continue
        fl.para(head, bold=True, gap=1, tag=tag)
        fl.para(p, align="justify")
    fl.para(request(c, lang), align="justify")
    fl.para("Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.")
    _sign_lawyer(fl, c, rng, lang, 118)
    if c.annexes:
        fl.ensure(20)
        fl.para("INVENTAIRE DES PIÈCES", bold=True, gap=1.5, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.ensure(6)
            sh, y = fl.sheet, fl.y
            sh.rect(20, y - 1.2, 12, 6, width_mm=0.15)
            sh.rect(32, y - 1.2, 158, 6, width_mm=0.15)
            sh.text(24, y, str(i), font="sans4", size_pt=9)
            sh.text(34, y, d, font="sans4", size_pt=9)
            fl.y += 6
    return fl.sheets, fl.tags


def app_form_caw(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """CAW intake form 'Aanvraag medische regularisatie (9ter)', boxes filled in block capitals by the social
    worker, signed by the applicant."""
    hf = rng.choice(["blockcaps", "hand1", "hand4"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    tags = {}
    sheets = []

    def head(sh, n):
        sh.rect(15, 10, 180, 16, width_mm=0, fill=(0, 120, 110))
        sh.text(20, 13, "CAW Oost-Brabant · Onthaal Mensen zonder Papieren", font="sans3", size_pt=10, bold=True,
                color=(255, 255, 255))
        sh.text(20, 19, "Aanvraag machtiging tot verblijf – artikel 9ter (medische regularisatie)", font="sans3",
                size_pt=9, color=(255, 255, 255))
        sh.text(195, 290, f"formulier 9T-03 (v. 2025) – blad {n}/2", font="sans3", size_pt=7, anchor="right",
                color=GREY)

    def box(sh, x, y, w, label, val, h=11):
        sh.rect(x, y, w, h, width_mm=0.25)
        sh.text(x + 1.2, y + 0.8, label, font="sans3", size_pt=6.8, color=(60, 60, 60))
        if val:
            v = val.upper() if hf == "blockcaps" else val
            for k, part in enumerate(sh.wrap(v, w * 0.78, font="sans", size_pt=10)[:max(1, int((h - 4) // 5.5))]):
                sh.handwriting(x + 2, y + 4 + k * 5.5, part, rng, size_pt=10.5 if h > 11 else 11, color=ink, font=hf)

    s1 = Sheet()
    head(s1, 1)
    sheets.append(s1)
    s1.text(15, 32, "Aan: Dienst Vreemdelingenzaken – Dienst Medisch Verblijf, Pachecolaan 44, 1000 Brussel "
                    "(aangetekend)", font="sans3", size_pt=8.5)
    s1.text(15, 40, "A. PERSOONSGEGEVENS", font="sans3", size_pt=10, bold=True)
    tags["personal"] = 1
    y = 45
    box(s1, 15, y, 90, "Naam", c.p.surname)
    box(s1, 107, y, 88, "Voornamen", c.p.given_names)
    y += 13
    box(s1, 15, y, 55, "Geboortedatum", c.d(c.p.birth_date, "nl", "slashes"))
    box(s1, 72, y, 63, "Geboorteplaats", "" if "no_birthplace" in c.flags else c.p.birth_place)
    box(s1, 137, y, 58, "Geboorteland", "" if "no_birthplace" in c.flags else cname(c.birth_cc(), "nl"))
    y += 13
    box(s1, 15, y, 90, "Nationaliteit", "" if "no_nationality" in c.flags else _nat(c, "nl"))
    box(s1, 107, y, 88, "Rijksregisternummer of OV-nummer", c.nrn or f"OV {c.ov}")
    y += 13
    box(s1, 15, y, 60, "Geslacht (M/V)", "V" if c.fem else "M")
    y += 17
    s1.text(15, y, "B. ADRES", font="sans3", size_pt=10, bold=True)
    tags["residence"] = 1
    y += 5
    a = c.addr
    nores = "no_address" in c.flags
    box(s1, 15, y, 120, "Effectieve verblijfplaats in België – straat en nummer", "" if nores else
        f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""))
    box(s1, 137, y, 58, "Postcode en gemeente", "" if nores else f"{a.postcode} {a.city}")
    y += 13
    dom = domicile(c, "nl")
    dv = "" if dom is None else (f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
                                 if c.domicile == "lawyer" else c.other_domicile if c.domicile == "other"
                                 else "zelfde als verblijfplaats")
    box(s1, 15, y, 180, "Gekozen woonplaats (adres voor alle briefwisseling van DVZ)", dv, h=16)
    y += 22
    s1.text(15, y, "C. IDENTITEIT", font="sans3", size_pt=10, bold=True)
    tags["identity"] = 1
    y += 5
    box(s1, 15, y, 180, "Welk identiteitsbewijs wordt bijgevoegd? (of: grond van vrijstelling)",
        identity(c, "nl"), h=22)
    y += 28
    s1.text(15, y, "D. GEZINSLEDEN DIE MEE AANVRAGEN", font="sans3", size_pt=10, bold=True)
    y += 5
    if c.family:
        tags["family"] = 1
    for i in range(2):
        m = c.family[i] if i < len(c.family) else None
        box(s1, 15, y, 70, "Naam en voornaam", f"{m.p.surname} {m.p.given_names}" if m else "")
        box(s1, 87, y, 40, "Geboortedatum", c.d(m.p.birth_date, "nl", "slashes") if m else "")
        box(s1, 129, y, 66, "Band / bewijs", (("echtgeno(o)t(e)" if m.rel == "spouse" else "kind") +
                                              _ref(c, f"fam{i}", "nl")) if m else "")
        y += 13
    s2 = Sheet()
    head(s2, 2)
    sheets.append(s2)
    y = 34
    s2.text(15, y, "E. MEDISCHE GEGEVENS", font="sans3", size_pt=10, bold=True)
    tags["medical"] = 2
    y += 5
    box(s2, 15, y, 180, "Ziekte, ernst en noodzakelijke behandeling (zie standaard medisch getuigschrift)",
        medical_short(c), h=32)
    y += 38
    s2.text(15, y, "F. BEHANDELING IN HET LAND VAN HERKOMST", font="sans3", size_pt=10, bold=True)
    y += 5
    cc = coi_short(c)
    if cc:
        tags["coi"] = 2
    box(s2, 15, y, 180, "Beschikbaarheid en toegankelijkheid (herkomstland en landen van wettig verblijf)", cc or "",
        h=32)
    y += 38
    s2.text(15, y, "G. EERDERE PROCEDURES", font="sans3", size_pt=10, bold=True)
    y += 5
    par = parallel(c, "nl")
    if par:
        tags["parallel"] = 2
    s2.checkbox(17, y + 1, checked=bool(par), rng=rng, ink=ink)
    s2.text(23, y + 1, "lopende 9ter-aanvraag (wordt ingetrokken door deze aanvraag)", font="sans3", size_pt=9)
    s2.checkbox(17, y + 7, checked=bool(c.asylum), rng=rng, ink=ink)
    s2.text(23, y + 7, "verzoek om internationale bescherming", font="sans3", size_pt=9)
    y += 14
    box(s2, 15, y, 180, "Toelichting", " ".join(x for x in (par, asylum_refused(c, "nl")) if x), h=18)
    y += 24
    s2.text(15, y, "H. BIJLAGEN", font="sans3", size_pt=10, bold=True)
    tags["inventory"] = 2
    y += 5
    for i, (_, d) in enumerate(c.annexes, 1):
        s2.text(17, y, f"{i}.", font="sans3", size_pt=8.5)
        s2.handwriting(24, y - 1.2, d, rng, size_pt=9.5, color=ink, font=hf)
        y += 5.2
    y = max(y + 6, 236)
    s2.text(15, y, f"Opgemaakt te {c.addr.city} op", font="sans3", size_pt=9)
    s2.handwriting(62, y - 1.5, c.d(c.app_date, "nl", "slashes"), rng, size_pt=11, color=ink, font=hf)
    tags["signature"] = 2
    s2.rect(110, y - 3, 85, 28, width_mm=0.3)
    s2.text(112, y - 2, "Handtekening van de aanvrager", font="sans3", size_pt=7, color=(60, 60, 60))
    if "unsigned" not in c.flags:
        s2.signature(rng.uniform(118, 140), y + 4, 48, 16, rng, color=ink)
    return sheets, tags


def app_letter_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A letter written in English by a migrants' health NGO (not an accepted language)."""
    lang = "en"

    def new_sheet(i):
        sh = Sheet()
        sh.rect(0, 0, 210, 8, width_mm=0, fill=(120, 40, 120))
        sh.text(20, 13, "MediRights Brussels asbl – Legal Desk", font="sans5", size_pt=12, bold=True,
                color=(120, 40, 120))
        sh.text(20, 19, "Rue de la Victoire 26, 1060 Saint-Gilles · legal@medirights.example.be", font="sans5",
                size_pt=8, color=GREY)
        return sh, 32

    fl = Flow(new_sheet, left=22, right=188, bottom=272, font="sans5", size=10.5, leading=1.35)
    for ln in ["Immigration Office (DVZ/OE)", "Medical Residence Unit", "Boulevard Pachéco 44", "1000 Brussels"]:
        fl.line(ln)
    fl.space(4)
    fl.line(f"Brussels, {c.d(c.app_date, lang, 'long')}")
    fl.line("REGISTERED LETTER", bold=True)
    fl.space(3)
    fl.line("Re: application under Article 9ter", bold=True)
    fl.para("Dear Sir or Madam,")
    fl.para(personal(c, lang), tag="personal")
    fl.para(" ".join(x for x in (residence(c, lang), domicile(c, lang)) if x), tag="residence")
    for p, tag in [(identity(c, lang), "identity"), (medical(c, lang), "medical"), (coi(c, lang), "coi"),
                   (family(c, lang), "family"), (parallel(c, lang), "parallel"), (asylum_refused(c, lang), None)]:
        if p:
            fl.para(p, align="justify", tag=tag)
    fl.para(request(c, lang))
    fl.para("Yours faithfully,")
    fl.ensure(30)
    fl.tag("signature")
    if "unsigned" not in c.flags:
        fl.sheet.signature(22, fl.y, 45, 15, rng, color=INK_BLUE)
    fl.y += 17
    fl.line(f"{c.lawyer['first']} {c.lawyer['last']}, on behalf of the applicant")
    if c.annexes:
        fl.para("Enclosures", bold=True, tag="inventory", gap=1)
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}. {d}", indent=4, gap=0.3, size=9.5)
    return fl.sheets, fl.tags


_reg("be9ter-app-nl-lawyer-verzoekschrift-prose", "application", PART, "nl", app_verzoekschrift_nl,
     "Ghent lawyer's verzoekschrift, Roman-numbered sections, prose data, footer with client account, '- n -' pages")
_reg("be9ter-app-fr-lawyer-requete-inventaire", "application", PART, "fr", app_requete_fr,
     "requête bruxelloise: en-tête deux colonnes, tableau des données, inventaire en tableau, signature à droite")
_reg("be9ter-app-nl-caw-form", "application", PART, "nl", app_form_caw,
     "CAW intake form, teal band, boxes filled in capitals or handwriting, signature box of the applicant")
_reg("be9ter-app-en-ngo-letter", "application", PART, "en", app_letter_en,
     "an NGO letter in English (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

_EMPTY_HIST = {"nl": "Gekend sinds 2024.", "fr": "Suivi(e) depuis 2024.", "en": "Known since 2024.",
               "de": "Seit 2024 in Betreuung."}


def _values(c: Case, lang: str, rng: random.Random) -> dict:
    T = _ill_text(c, lang)
    F = c.flags
    il = ILLNESSES[c.illness]
    nopat = "mc_no_patient" in F
    return dict(
        surname="" if nopat else c.p.surname.upper(), first="" if nopat else c.p.given_names,
        pat="" if nopat else name_in(c.p, rng.choice(["SURNAME Given", "Given Surname", "SURNAME, Given"])),
        bd="" if nopat else fdate(c.p.birth_date, rng.choice(["dots", "slashes"]), lang),
        nat="" if nopat else COUNTRIES[c.p.nationality]["adj_" + lang],
        ill="" if "mc_no_illness" in F else T["name"], icd="" if "mc_no_illness" in F else il["icd"],
        hist=_EMPTY_HIST[lang] if "mc_no_illness" in F else T["history"],
        sev="" if "mc_no_severity" in F else T["severity"],
        meds="" if "mc_no_treatment" in F else "; ".join(T["meds"]),
        interv="" if "mc_no_treatment" in F else T["intervention"],
        dur="" if "mc_no_treatment" in F else T["duration"],
        cons=T["consequences"], prog=T["prognosis"], needs=T["needs"], travel=T["travel"],
        riziv="" if "mc_no_riziv" in F else c.doctor.riziv, signed="mc_unsigned" not in F,
        date=fdate(c.cert_date, c.cert_date_style, lang))


def _stamp_lines(c: Case, lang: str, with_riziv: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    out = [f"Dr {d.first[0]}. {d.last.upper()}", sp]
    if with_riziv:
        out.append(d.riziv)
    out.append(f"{d.pc} {d.city}")
    return [x for x in out if x]


def medcert_old_word(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model retyped by a GP in a word processor: the practice letterhead on top, the official
    headings in bold, answers as paragraphs; signature, stamp and RIZIV number at the end."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    font = rng.choice(["sans2", "serif2", "sans"])

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, d.inst, font=font, size_pt=11, bold=True, color=(20, 90, 60))
            sh.text(20, 17.5, f"{d.street}, {d.pc} {d.city} · tel. {d.tel}", font=font, size_pt=8, color=GREY)
            sh.rule(20, 21, 190, 21, width_mm=0.3, color=(20, 90, 60))
            return sh, 28
        sh.text(190, 12, f"{M['title'].title()} – {v['pat'] or '…'} – p. {i + 1}", font=font, size_pt=7.5,
                anchor="right", color=GREY)
        return sh, 20

    fl = Flow(new_sheet, left=20, right=190, bottom=280, font=font, size=10, leading=1.3)
    fl.line(M["title"], bold=True, size=13, anchor="center", x=105)
    fl.line(M["sub"] + " " + M["law"], size=8.5, anchor="center", x=105, color=GREY)
    fl.space(4)
    fl.tag("patient")
    fl.para(f"{M['pat']}: {v['pat']}", gap=0.8)
    fl.para(f"{M['bd']}: {v['bd']}        {M['nat']}: {v['nat']}")

    def q(head, ans, tag=None, gap=2.5):
        fl.para(head, bold=True, gap=0.8, tag=tag, size=9.5)
        if ans:
            fl.para(ans, gap=gap)
        else:
            fl.space(9)

    q(M["A"], v["hist"])
    fl.para(M["B"], bold=True, gap=0.8, size=9.5)
    fl.para(M["Bn"], italic=True, size=8.5, gap=1)
    fl.tag("illness")
    fl.para(f"{M['diag']} {v['ill']}" + (f" (ICD-10 {v['icd']})" if v["icd"] and rng.random() < 0.6 else ""),
            gap=1)
    fl.tag("severity")
    fl.para(f"{M['sev']} {v['sev']}", gap=2.5)
    fl.para(M["C"], bold=True, gap=0.8, size=9.5, tag="treatment")
    for lab, val in ((M["med"], v["meds"]), (M["interv"], v["interv"]), (M["dur"], v["dur"])):
        fl.para(f"{lab} {val}", gap=1)
    fl.space(1.5)
    q(M["D"], v["cons"])
    q(M["E"], v["prog"])
    q(M["F"], v["needs"])
    q(M["G"], v["travel"])
    fl.ensure(40)
    fl.tag("signature")
    fl.tag("doctor")
    y = fl.y + 2
    sh = fl.sheet
    sh.text(20, y, f"{M['date']} {v['date']}", font=font, size_pt=10)
    sh.text(20, y + 7, f"{M['sign']} {d.name()}", font=font, size_pt=10)
    sh.text(20, y + 13, f"{M['riziv']} {v['riziv']}", font=font, size_pt=10)
    sh.text(20, y + 19, f"{M['spec']} {SPECIALTY[d.spec].get(lang, '')}", font=font, size_pt=10)
    if v["signed"]:
        sh.signature(120, y + 2, 45, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(125, y + 14, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=40,
                 color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
    return fl.sheets, fl.tags


def medcert_2024_fillable(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model filled in as a fillable PDF and printed: grey field backgrounds, Helvetica values,
    severity radio buttons, version footer; signed by hand after printing."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    tags: dict[str, int] = {}
    lf, vf = "sans4", "sans4"
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets):
        sh.text(105, 287, M["page"].format(i=i + 1, n=2) + "   ·   " + M["model"], font=lf, size_pt=7,
                anchor="center", color=GREY)
    s = sheets[0]
    s.text(105, 14, M["title"], font=lf, size_pt=14, bold=True, anchor="center")
    y = s.paragraph(25, 21, 160, M["law"], font=lf, size_pt=8, align="center", color=GREY)

    def field(sh, y, label, val, h=7.0, w=170.0, x=20.0):
        sh.text(x, y, label, font=lf, size_pt=8.3, bold=True)
        sh.rect(x, y + 4, w, h, width_mm=0.1, color=(160, 160, 160), fill=(228, 232, 240))
        if val:
            yy = y + 5.2
            for ln in sh.wrap(val, w - 4, font=vf, size_pt=9)[: max(1, int(h // 4.2))]:
                sh.text(x + 1.5, yy, ln, font=vf, size_pt=9)
                yy += 4.1
        return y + h + 6.5

    y += 4
    s.text(20, y, M["s1"], font=lf, size_pt=10.5, bold=True, color=(0, 70, 140))
    tags["patient"] = 1
    y += 6
    y1 = field(s, y, M["name"], v["surname"], w=82)
    field(s, y, M["first"], v["first"], w=84, x=106)
    y = y1
    y1 = field(s, y, M["bd"], v["bd"], w=82)
    field(s, y, M["nat"], v["nat"], w=84, x=106)
    y = y1 + 2
    s.text(20, y, M["s2"], font=lf, size_pt=10.5, bold=True, color=(0, 70, 140))
    tags["doctor"] = 1
    y += 6
    y1 = field(s, y, M["dname"], f"{d.last.upper()} {d.first}", w=82)
    field(s, y, M["riziv"], v["riziv"], w=84, x=106)
    y = y1
    y1 = field(s, y, M["spec"], SPECIALTY[d.spec].get(lang, ""), w=82)
    field(s, y, M["tel"], d.tel, w=84, x=106)
    y = field(s, y1, M["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city}")
    y = field(s, y, M["s3"], str(rng.choice([2023, 2024, 2025])), w=60)
    y = field(s, y, M["s4"], v["hist"], h=15)
    tags["illness"] = 1
    y = field(s, y, M["s5"], (f"{v['ill']} – {v['icd']}" if v["ill"] else ""), h=11)
    tags["severity"] = 1
    s.text(20, y, M["s6"], font=lf, size_pt=8.3, bold=True)
    y += 5
    sev_l = v["sev"].lower()
    chosen = -1 if not v["sev"] else (3 if sev_l.startswith(M["sevopts"][3]) else
                                      1 if sev_l.startswith(M["sevopts"][1]) else 2)
    x = 22
    for k, opt in enumerate(M["sevopts"]):
        s.rect(x, y, 3.4, 3.4, width_mm=0.25)
        if k == chosen:
            s.rect(x + 0.8, y + 0.8, 1.8, 1.8, width_mm=0, fill=(0, 0, 0))
        s.text(x + 5, y - 0.2, opt, font=lf, size_pt=9)
        x += 40
    y = field(s, y + 5, M["s6b"], v["sev"], h=15)
    s2 = sheets[1]
    y = 16
    s2.text(20, y, M["s7"], font=lf, size_pt=10.5, bold=True, color=(0, 70, 140))
    tags["treatment"] = 2
    y += 6
    y = field(s2, y, M["s7a"], v["meds"], h=15)
    y = field(s2, y, M["s7b"], v["interv"], h=11)
    y = field(s2, y, M["s7c"], v["dur"], h=7)
    y = field(s2, y, M["s8"], v["cons"], h=15)
    y = field(s2, y, M["s9"], v["prog"], h=11)
    y = field(s2, y, M["s10"], v["needs"], h=15)
    s2.text(20, y, M["s11"], font=lf, size_pt=8.3, bold=True)
    s2.rect(120, y, 3.4, 3.4, width_mm=0.25, fill=(0, 0, 0))
    s2.text(125, y - 0.2, M["yes"], font=lf, size_pt=9)
    s2.rect(140, y, 3.4, 3.4, width_mm=0.25)
    s2.text(145, y - 0.2, M["no"], font=lf, size_pt=9)
    y = field(s2, y + 5, "", v["travel"], h=11)
    y = field(s2, y, M["s12"], {"nl": "verslag specialist", "fr": "rapport du spécialiste",
                                "en": "specialist's report", "de": "Facharztbericht"}[lang], h=7)
    tags["signature"] = 2
    y1 = field(s2, y, M["date"], v["date"], w=50)
    s2.text(80, y, M["sign"], font=lf, size_pt=8.3, bold=True)
    s2.rect(80, y + 4, 110, 30, width_mm=0.2)
    if v["signed"]:
        s2.signature(rng.uniform(88, 110), y + 8, 48, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        s2.stamp(140, y + 10, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=36,
                 color=STAMP_BLUE)
    del y1
    return sheets, tags


def medcert_by_hand(c: Case, rng: random.Random, *, model: str, lang: str, caps: bool) -> tuple[list[Sheet], dict]:
    """A printed blank of the model (old or 2024), filled in by hand: block capitals or cursive; the blank was
    photocopied a little reduced, so the form text is grey and the lines faint."""
    M = MC_OLD[lang] if model == "old" else MC_NEW[lang]
    v = _values(c, lang, rng)
    hf = "blockcaps" if caps else rng.choice(hand_fonts())
    ink = rng.choice([INK_BLUE, INK_BLACK])
    form = (70, 70, 70)
    font = "serif" if model == "old" else "sans"
    tags: dict[str, int] = {}

    def hand(sh, x, y, w, text, lines=2, size=11):
        if not text:
            return
        t = text.upper() if caps else text
        for k, ln in enumerate(sh.wrap(t, w * (0.72 if caps else 0.8), font="sans", size_pt=size)[:lines]):
            sh.handwriting(x, y + k * 6.3, ln, rng, size_pt=size, color=ink, font=hf)

    def ruled(sh, x, y, w, n):
        for k in range(n):
            sh.rule(x, y + 5 + k * 6.3, x + w, y + 5 + k * 6.3, width_mm=0.12, color=(170, 170, 170), dash=0.5)

    pages = [Sheet(paper="white"), Sheet(paper="white")]
    s = pages[0]
    s.text(105, 13, M["title"], font=font, size_pt=13, bold=True, anchor="center", color=form)
    s.paragraph(28, 19, 154, (M["sub"] + " " + M["law"]) if model == "old" else M["law"], font=font, size_pt=7.5,
                align="center", color=form)
    if model == "2024":
        s.text(190, 8, M["model"], font=font, size_pt=7, anchor="right", color=form)
    y = 34
    tags["patient"] = 1
    if model == "old":
        qs = [(M["pat"], v["pat"], 1, "patient"), (M["bd"] + " / " + M["nat"], f"{v['bd']}   {v['nat']}", 1, None),
              (M["A"], v["hist"], 3, None), (M["B"], "", 0, None),
              (M["diag"], v["ill"], 2, "illness"), (M["sev"], v["sev"], 3, "severity"),
              (M["C"], "", 0, "treatment"), (M["med"], v["meds"], 3, None), (M["interv"], v["interv"], 2, None),
              (M["dur"], v["dur"], 1, None),
              (M["D"], v["cons"], 3, None), (M["E"], v["prog"], 2, None), (M["F"], v["needs"], 2, None),
              (M["G"], v["travel"], 2, None)]
    else:
        qs = [(M["s1"], "", 0, "patient"), (M["name"] + " / " + M["first"], f"{v['surname']} {v['first']}".strip(), 1,
                                            None),
              (M["bd"] + " / " + M["nat"], f"{v['bd']}   {v['nat']}".strip(), 1, None),
              (M["s2"], "", 0, "doctor"), (M["dname"] + " / " + M["riziv"], f"{c.doctor.name()}   {v['riziv']}", 1,
                                           None),
              (M["s3"], str(c.cert_date.year - rng.choice([0, 1, 2])), 1, None),
              (M["s4"], v["hist"], 3, None), (M["s5"], f"{v['ill']} {v['icd']}".strip(), 2, "illness"),
              (M["s6"] + " (" + " / ".join(M["sevopts"]) + ")", v["sev"], 3, "severity"),
              (M["s7"], "", 0, "treatment"), (M["s7a"], v["meds"], 3, None), (M["s7b"], v["interv"], 2, None),
              (M["s7c"], v["dur"], 1, None), (M["s8"], v["cons"], 3, None), (M["s9"], v["prog"], 2, None),
              (M["s10"], v["needs"], 2, None), (M["s11"], v["travel"], 2, None),
              (M["s12"], {"nl": "verslag specialist", "fr": "rapport du spécialiste", "en": "specialist's report",
                          "de": "Facharztbericht"}[lang] if rng.random() < 0.6 else "", 1, None)]
    page = 0
    for label, val, n, tag in qs:
        need = 6 + max(n, 0) * 6.3 + 3
        if y + need > 262 and page == 0:
            page, s, y = 1, pages[1], 16
        ly = s.paragraph(20, y, 170, label, font=font, size_pt=8.8, bold=n == 0, color=form)
        if tag:
            tags.setdefault(tag, page + 1)
        if n:
            ruled(s, 20, ly + 1.2, 170, n)
            hand(s, 22, ly + 0.6, 168, val, lines=n)
            y = ly + n * 6.3 + 3.5
        else:
            y = ly + 1
    s = pages[1]
    y = max(y + 4, 225) if page == 1 else 225
    tags["signature"] = 2
    tags.setdefault("doctor", 2)
    s.text(20, y, M["date"], font=font, size_pt=9, color=form)
    s.handwriting(38, y - 1.8, v["date"], rng, size_pt=11.5, color=ink, font=hf)
    s.text(20, y + 9, M["sign"], font=font, size_pt=9, color=form)
    if model == "old":
        s.text(20, y + 18, M["riziv"], font=font, size_pt=9, color=form)
        if v["riziv"]:
            s.handwriting(52, y + 16, v["riziv"], rng, size_pt=11.5, color=ink, font=hf)
    if v["signed"]:
        s.signature(rng.uniform(95, 125), y + 4, 46, 16, rng, color=ink)
        s.stamp(rng.uniform(120, 150), y + 12, _stamp_lines(c, lang, bool(v["riziv"])), rng,
                shape=rng.choice(["rect", "rect2"]), size_mm=38, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
                angle=rng.uniform(-6, 6))
    return pages, tags


_reg("be9ter-medcert-old-nl-word", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_word(c, r, lang="nl"),
     "previous model retyped by a GP in Word under the practice letterhead, prose answers, stamp at the end")
_reg("be9ter-medcert-2024-nl-fillable", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_fillable(c, r, lang="nl"),
     "2024 model filled as a fillable PDF: grey field boxes, radio buttons, version footer, signed after printing")
_reg("be9ter-medcert-2024-fr-capitals", "medical-certificate", PART, "fr",
     lambda c, r: medcert_by_hand(c, r, model="2024", lang="fr", caps=True),
     "modèle 2024 imprimé, rempli en majuscules, cachet rectangulaire incliné")
_reg("be9ter-medcert-old-fr-cursive", "medical-certificate", PART, "fr",
     lambda c, r: medcert_by_hand(c, r, model="old", lang="fr", caps=False),
     "modèle précédent photocopié, rempli à la main en cursive")
_reg("be9ter-medcert-2024-en-fillable", "medical-certificate", PART, "en",
     lambda c, r: medcert_2024_fillable(c, r, lang="en"),
     "the 2024 model as an English fillable PDF (not accepted)")


# --------------------------------------------------------------------------- medical statements

def medstat_protocole_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Hospital record print-out: 'Protocole de consultation', header grid with patient and unit, free text."""
    d = c.specialist
    T = _ill_text(c, "fr") if "fr" in ILLNESSES[c.illness] else _ill_text(c, "nl")
    sh = Sheet()
    sh.rect(15, 10, 180, 24, width_mm=0.3)
    sh.text(18, 12, d.inst, font="condensed", size_pt=11, bold=True)
    sh.text(18, 18, d.dept or SPECIALTY[d.spec]["fr"], font="condensed", size_pt=8.5)
    sh.text(18, 23, f"{d.street} – {d.pc} {d.city}", font="condensed", size_pt=8, color=GREY)
    sh.text(120, 12, "PROTOCOLE DE CONSULTATION", font="condensed", size_pt=10, bold=True)
    sh.text(120, 18, f"Patient : {c.p.surname.upper()} {c.p.given_names}", font="condensed", size_pt=8.5)
    sh.text(120, 23, f"Né(e) le : {fdate(c.p.birth_date, 'dots', 'fr')}   Dossier : {c.seed % 900000 + 100000}",
            font="condensed", size_pt=8.5)
    sh.text(120, 28, f"Date : {fdate(c.medstat_date, 'dots', 'fr')}", font="condensed", size_pt=8.5)
    y = 42
    for head, txt in (("Motif", "Suivi spécialisé."), ("Anamnèse", T["history"]), ("Diagnostic", T["name"]),
                      ("Évaluation", T["severity"]), ("Traitement", "; ".join(T["meds"])),
                      ("Conclusion", T["prognosis"] + " " + T["needs"])):
        sh.text(20, y, head.upper(), font="condensed", size_pt=9, bold=True)
        y = sh.paragraph(52, y, 138, txt, font="condensed", size_pt=9.5) + 3
    sh.text(20, y + 6, f"Dr {d.first} {d.last} – {SPECIALTY[d.spec]['fr']}", font="condensed", size_pt=9.5)
    sh.text(20, y + 11, "Document validé électroniquement – copie patient", font="condensed", size_pt=8, color=GREY)
    sh.text(105, 288, f"Imprimé le {fdate(c.medstat_date + timedelta(days=2), 'dots', 'fr')} – page 1/1",
            font="condensed", size_pt=7, anchor="center", color=GREY)
    return [sh], {}


def medstat_opname_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Dutch-language admission summary from a Flemish hospital, signed specialist letter with 'Cc' line."""
    d = c.specialist
    T = _ill_text(c, "nl") if "nl" in ILLNESSES[c.illness] else _ill_text(c, "fr")
    sh = Sheet()
    sh.text(190, 14, d.inst, font="serif3", size_pt=12, anchor="right", color=(120, 20, 40))
    sh.text(190, 20, d.dept or SPECIALTY[d.spec]["nl"], font="serif3", size_pt=8.5, anchor="right")
    sh.text(20, 40, "Aan de behandelende huisarts", font="serif3", size_pt=10)
    sh.text(20, 52, f"Betreft: {name_in(c.p, 'Surname Given')} (°{fdate(c.p.birth_date, 'slashes')})", font="serif3",
            size_pt=10, bold=True)
    sh.text(20, 58, f"Opname van {fdate(c.medstat_date - timedelta(days=6), 'dots')} tot "
                    f"{fdate(c.medstat_date, 'dots')}", font="serif3", size_pt=10)
    y = 70
    for head, txt in (("Reden van opname", T["history"]), ("Ontslagdiagnose", T["name"]),
                      ("Beloop", T["severity"]), ("Medicatie bij ontslag", "; ".join(T["meds"])),
                      ("Beleid", T["needs"])):
        sh.text(20, y, head, font="serif3", size_pt=10, bold=True)
        y = sh.paragraph(20, y + 5, 170, txt, font="serif3", size_pt=10) + 3
    sh.text(20, y + 4, "Collegiale groeten,", font="serif3", size_pt=10)
    sh.signature(20, y + 8, 40, 13, rng)
    sh.text(20, y + 23, f"Dr. {d.first} {d.last}, {SPECIALTY[d.spec]['nl']}", font="serif3", size_pt=10)
    sh.text(20, y + 30, "Cc: patiënt, dossier", font="serif3", size_pt=8.5, color=GREY)
    return [sh], {}


_reg("be9ter-medstat-protocole-fr", "medical-statement", PART, "fr", medstat_protocole_fr,
     "protocole de consultation imprimé du dossier hospitalier, grille d'en-tête, condensé")
_reg("be9ter-medstat-opname-nl", "medical-statement", PART, "nl", medstat_opname_nl,
     "ontslagbrief na opname aan de huisarts, serif, 'Cc' line")


# --------------------------------------------------------------------------- country-of-origin information

def coi_lawyer_note_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    sh.text(20, 18, f"Nota beschikbaarheid en toegankelijkheid van zorg – {cname(c.origin(), 'nl')}", font="sans6",
            size_pt=12, bold=True)
    sh.text(20, 25, f"Opgesteld door het kantoor op basis van openbare bronnen, {fdate(c.app_date, 'long')}",
            font="sans6", size_pt=8.5, color=GREY)
    rows = [("Behandeling", drug(c.illness, "nl")), ("Beschikbaar in", o["hospital"] + " (enkel in de hoofdstad)"),
            ("Kostprijs per maand", il["cost"]), ("Gemiddeld maandloon", o["wage"]),
            ("Ziekteverzekering", o["insurance_nl"])]
    y = 38
    for lab, val in rows:
        sh.text(20, y, lab, font="sans6", size_pt=9.5, bold=True)
        y = sh.paragraph(70, y, 120, val, font="sans6", size_pt=9.5) + 2.5
    sh.text(20, y + 4, "Bronnen", font="sans6", size_pt=9.5, bold=True)
    for k, src in enumerate(["WHO, Global Health Observatory, landenprofiel (2025)",
                             "MedCOI-antwoorden, geanonimiseerd (2024-2025)",
                             f"Rapport NGO-netwerk gezondheid {cname(c.origin(), 'nl')}, 2025"]):
        sh.text(24, y + 10 + k * 5, f"– {src}", font="sans6", size_pt=8.5)
    return [sh], {}


def coi_who_extract_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    sh.rect(0, 0, 210, 16, width_mm=0, fill=(0, 94, 160))
    sh.text(15, 5, f"Essential medicines availability survey – {COUNTRIES[c.origin()]['en']}", font="sans4",
            size_pt=11, bold=True, color=(255, 255, 255))
    y = sh.paragraph(15, 24, 180, f"Extract, section 4.3: {drug(c.illness, 'en')}. Availability in public facilities "
                     f"and median patient price.", font="sans4", size_pt=9.5)
    cols = [("Facility type", 60), ("Available", 30), ("Median price / month", 45), ("Notes", 45)]
    x = 15
    for lab, w in cols:
        sh.rect(x, y + 3, w, 7, width_mm=0.2, fill=(220, 230, 240))
        sh.text(x + 1.5, y + 4.3, lab, font="sans4", size_pt=8.5, bold=True)
        x += w
    data = [("Public hospital (capital)", "partial", il["cost"], o["hospital"]), ("Public district facility", "no",
             "–", "not stocked"), ("Private pharmacy", "irregular", il["cost"], "out of pocket")]
    yy = y + 10
    for row in data:
        x = 15
        for (lab, w), val in zip(cols, row):
            sh.rect(x, yy, w, 7, width_mm=0.2)
            sh.text(x + 1.5, yy + 1.3, val, font="sans4", size_pt=8.5)
            x += w
        yy += 7
    sh.paragraph(15, yy + 6, 180, f"Average monthly income: {o['wage']}. {o['insurance_en']}", font="sans4",
                 size_pt=9.5)
    return [sh], {}


_reg("be9ter-coi-lawyer-note-nl", "country-of-origin-info", PART, "nl", coi_lawyer_note_nl,
     "the office's own note with a fact table and a source list")
_reg("be9ter-coi-survey-extract-en", "country-of-origin-info", PART, "en", coi_who_extract_en,
     "extract of a medicines availability survey, blue band, table")


# --------------------------------------------------------------------------- asylum proof

def asylum_cgvs_uitnodiging(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    sh.text(20, 15, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", font="sans", size_pt=11, bold=True)
    sh.text(20, 21, "Ernest Blerotstraat 39 – 1070 Brussel", font="sans", size_pt=8.5, color=GREY)
    sh.text(120, 40, name_in(c.p, "Given SURNAME"), font="sans", size_pt=10)
    sh.text(120, 45, addr_str(c.addr, "nl", "street-first"), font="sans", size_pt=9)
    sh.text(20, 62, f"CGVS-nr.: {rng.randint(20, 26)}{rng.randint(10000, 99999)}   OV-nr.: {c.ov or '-'}",
            font="sans", size_pt=9.5)
    sh.text(20, 72, "UITNODIGING VOOR EEN PERSOONLIJK ONDERHOUD", font="sans", size_pt=12, bold=True)
    txt = (f"U hebt op {fdate(lodged, 'long')} een verzoek om internationale bescherming ingediend. In het kader "
           f"van de behandeling van dat verzoek nodigt het Commissariaat-generaal u uit voor een persoonlijk "
           f"onderhoud op {fdate(c.app_date + timedelta(days=rng.randint(20, 60)), 'long')} om 09.00 uur. "
           f"Breng deze brief en al uw documenten mee. Een tolk {rng.choice(['Frans', 'Engels', 'Arabisch'])} "
           f"is aanwezig.")
    y = sh.paragraph(20, 82, 170, txt, font="sans", size_pt=10.5)
    sh.text(20, y + 10, "Met vriendelijke groeten,", font="sans", size_pt=10)
    sh.text(20, y + 16, "Namens de Commissaris-generaal", font="sans", size_pt=10)
    return [sh], {}


def asylum_attest_depot_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet(paper="yellow")
    sh.text(105, 16, "ROYAUME DE BELGIQUE – SPF INTÉRIEUR", font="serif", size_pt=10, anchor="center")
    sh.text(105, 22, "Office des Étrangers", font="serif", size_pt=12, bold=True, anchor="center")
    sh.text(105, 36, "ATTESTATION DE DEMANDE DE PROTECTION INTERNATIONALE", font="serif", size_pt=12, bold=True,
            anchor="center")
    sh.photo(150, 48, 30, 38, rng)
    rows = [("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
            ("Date de naissance", fdate(c.p.birth_date, "dots", "fr")),
            ("Nationalité déclarée", COUNTRIES[c.p.nationality]["adj_fr"]), ("N° SP", c.ov or "-"),
            ("Demande introduite le", fdate(lodged, "dots", "fr"))]
    y = 50
    for lab, val in rows:
        sh.text(22, y, lab + " :", font="serif", size_pt=10.5)
        sh.text(72, y, val, font="serif", size_pt=10.5, bold=True)
        y += 8
    sh.paragraph(22, y + 6, 165, "Le titulaire a introduit une demande de protection internationale, qui est en cours "
                 "d'examen. Le présent document ne constitue pas un titre d'identité ni un titre de séjour.",
                 font="serif", size_pt=10)
    sh.stamp(120, y + 26, ["OFFICE DES ÉTRANGERS", "PROTECTION INTERNATIONALE", "BRUXELLES"], rng, size_mm=32)
    sh.text(22, y + 36, f"Prorogé jusqu'au {fdate(c.app_date + timedelta(days=rng.randint(40, 120)), 'dots', 'fr')}",
            font="serif", size_pt=10)
    return [sh], {}


_reg("be9ter-asylum-cgvs-uitnodiging-nl", "asylum-proof", PART, "nl", asylum_cgvs_uitnodiging,
     "CGVS invitation to the personal interview, shows the application is pending")
_reg("be9ter-asylum-attest-depot-fr", "asylum-proof", PART, "fr", asylum_attest_depot_fr,
     "attestation de l'OE sur papier jaune, photo, cachet, prorogation")


# --------------------------------------------------------------------------- registered mail

def rm_recepisse_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost 'Récépissé – Envoi recommandé' half-sheet filled in by hand, barcode sticker and a round date stamp;
    photographed with a phone."""
    sh = Sheet(148, 105, paper="salmon")
    hf = rng.choice(hand_fonts())
    sh.text(6, 5, "bpost", font="sans4", size_pt=16, bold=True, color=(200, 30, 40))
    sh.text(142, 6, "RÉCÉPISSÉ / ONTVANGSTBEWIJS", font="sans4", size_pt=9, bold=True, anchor="right")
    sh.text(142, 11, "Envoi recommandé – Aangetekende zending", font="sans4", size_pt=7.5, anchor="right")
    sh.rect(6, 18, 85, 40, width_mm=0.3)
    sh.text(8, 19, "Destinataire / Geadresseerde", font="sans4", size_pt=6.5, color=GREY)
    for k, ln in enumerate(c.rm_to):
        sh.handwriting(9, 24 + k * 7, ln, rng, size_pt=11, font=hf)
    sh.rect(6, 61, 85, 28, width_mm=0.3)
    sh.text(8, 62, "Expéditeur / Afzender", font="sans4", size_pt=6.5, color=GREY)
    for k, ln in enumerate(_sender_lines(c)):
        sh.handwriting(9, 66 + k * 6.5, ln, rng, size_pt=10, font=hf)
    sh.rect(96, 18, 46, 24, width_mm=0, fill=(255, 255, 255))
    barcode(sh, 99, 21, 40, 10, c.rm_track)
    sh.text(119, 33, track_spaced(c.rm_track), font="mono", size_pt=6.5, anchor="center")
    sh.stamp(100, 50, [_post_office(c).upper(), fdate(c.rm_date, "dots"), "BPOST"], rng, size_mm=34,
             color=(30, 30, 30), angle=rng.uniform(-20, 20))
    sh.text(6, 97, "À conserver comme preuve de dépôt – Bewaar dit als bewijs van afgifte", font="sans4", size_pt=6.5)
    return [sh], {"addressee": 1}


def rm_tracking_print_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A4 print of the bpost track-and-trace page of the registered letter, with the deposit event."""
    sh = Sheet()
    sh.rect(0, 0, 210, 14, width_mm=0, fill=(235, 235, 235))
    sh.text(12, 4, "bpost", font="sans4", size_pt=14, bold=True, color=(200, 30, 40))
    sh.text(198, 5, "Track & Trace", font="sans4", size_pt=10, anchor="right")
    sh.text(12, 24, f"Zending {track_spaced(c.rm_track)}", font="sans4", size_pt=13, bold=True)
    sh.text(12, 32, "Aangetekende brief – Nationaal", font="sans4", size_pt=10)
    sh.text(12, 44, "Bestemmeling", font="sans4", size_pt=9, bold=True)
    for k, ln in enumerate(c.rm_to):
        sh.text(12, 50 + k * 5, ln, font="sans4", size_pt=10)
    sh.text(110, 44, "Afzender", font="sans4", size_pt=9, bold=True)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(110, 50 + k * 5, ln, font="sans4", size_pt=10)
    y = 76
    sh.text(12, y, "Verloop van de zending", font="sans4", size_pt=11, bold=True)
    y += 8
    t0 = c.rm_date
    events = [(t0, f"{rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}", f"Afgegeven in postkantoor {_post_office(c)}"),
              (t0 + timedelta(days=1), "06:12", "Gesorteerd in sorteercentrum Brussel X"),
              (t0 + timedelta(days=1), "10:47", "Uitgereikt – ontvangst ondertekend")]
    if t0 >= c.app_date and rng.random() < 0.5:
        events = events[:1]
    for d_, hh, ev in reversed(events):
        sh.rule(12, y - 1.5, 198, y - 1.5, width_mm=0.15, color=(200, 200, 200))
        sh.text(12, y, f"{fdate(d_, 'dots')}  {hh}", font="sans4", size_pt=9.5)
        sh.text(60, y, ev, font="sans4", size_pt=9.5)
        y += 8
    sh.text(12, 285, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}&lang=nl", font="sans4",
            size_pt=7, color=GREY)
    sh.text(198, 285, f"{fdate(c.rm_date, 'dots')} – 1/1", font="sans4", size_pt=7, anchor="right", color=GREY)
    return [sh], {"addressee": 1}


_reg("be9ter-rm-recepisse-photo-fr", "registered-mail-receipt", PART, "fr", rm_recepisse_fr,
     "bpost récépissé filled by hand on salmon paper, barcode sticker, round date stamp; phone photo")
_reg("be9ter-rm-tracking-print-nl", "registered-mail-receipt", PART, "nl", rm_tracking_print_nl,
     "A4 print of the track-and-trace page with the deposit event")


# --------------------------------------------------------------------------- other

def other_attestation_honneur(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own 'déclaration sur l'honneur' about his identity, typed by a social worker."""
    sh = Sheet()
    sh.text(105, 24, "DÉCLARATION SUR L'HONNEUR", font="sans2", size_pt=14, bold=True, anchor="center")
    txt = (f"Je soussigné{'e' if c.fem else ''}, {name_in(c.p, 'SURNAME Given')}, déclare sur l'honneur être "
           f"né{'e' if c.fem else ''} le {fdate(c.p.birth_date, 'long', 'fr')} à {c.p.birth_place} "
           f"({cname(c.birth_cc(), 'fr')}) et être de nationalité {COUNTRIES[c.p.nationality]['adj_fr']}. "
           f"Je réside à {addr_str(c.addr, 'fr', 'street-first')}. J'ai perdu mon passeport lors de mon voyage vers "
           f"la Belgique et je n'ai aucun autre document d'identité. Je déclare que ces informations sont exactes.")
    y = sh.paragraph(25, 40, 160, txt, font="sans2", size_pt=11, leading=1.5)
    sh.text(25, y + 12, f"Fait à {c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(2, 15)), 'dots', 'fr')}",
            font="sans2", size_pt=11)
    sh.text(25, y + 22, "Signature :", font="sans2", size_pt=11)
    sh.signature(50, y + 18, 45, 15, rng)
    return [sh], {"identity": 1}


def other_fax_cover(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    L = c.lawyer
    sh = Sheet()
    sh.text(20, 20, "FAX", font="typewriter2", size_pt=28, bold=True)
    sh.text(20, 34, L["firm"], font="typewriter2", size_pt=11)
    rows = [("Aan / À", "DVZ – Dienst Medisch Verblijf"), ("Van / De", f"{L['first']} {L['last']}"),
            ("Datum / Date", fdate(c.app_date, "dots")), ("Pagina's / Pages", "1 + bijlagen"),
            ("Betreft / Objet", f"9ter {c.p.surname.upper()} {c.p.given_names} – aangetekend verstuurd")]
    y = 50
    for lab, val in rows:
        sh.text(20, y, lab, font="typewriter2", size_pt=10)
        sh.text(75, y, val, font="typewriter2", size_pt=10)
        y += 7
    sh.paragraph(20, y + 8, 170, "Ter informatie: de aanvraag werd vandaag aangetekend verstuurd. Gelieve de "
                 "briefwisseling aan mijn kantoor te richten.", font="typewriter2", size_pt=10)
    return [sh], {}


_reg("be9ter-other-declaration-fr-honneur", "other", PART, "fr", other_attestation_honneur,
     "the applicant's own declaration on honour about identity (no evidentiary value)")
_reg("be9ter-other-fax-cover-nl", "other", PART, "nl", other_fax_cover, "lawyer's fax cover sheet, typewriter face")


def rm_postpunt_ticket(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Thermal ticket of a bpost PostPunt in a shop: narrow, faded print, QR-like block; photographed."""
    sh = Sheet(58, 120, paper="white")
    f = "mono2"
    shop = rng.choice(["Nachtwinkel Dampoort", "Librairie du Parvis", "Dagbladhandel 't Pleintje", "Press Shop Midi"])
    y = 4
    for s, sz, b in (("bpost PostPunt / Point Poste", 7, True), (shop, 6.5, False), (_post_office(c), 6.5, False)):
        sh.text(29, y, s, font=f, size_pt=sz, bold=b, anchor="center", color=(60, 60, 60))
        y += 3.4
    y += 2
    sh.text(3, y, f"{fdate(c.rm_date, 'dots')} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}", font=f,
            size_pt=6.5, color=(70, 70, 70))
    y += 5
    sh.text(29, y, "AANGETEKEND / RECOMMANDE", font=f, size_pt=7, bold=True, anchor="center", color=(50, 50, 50))
    y += 5
    barcode(sh, 5, y, 48, 8, c.rm_track)
    y += 9.5
    sh.text(29, y, c.rm_track, font=f, size_pt=6.5, anchor="center", color=(60, 60, 60))
    y += 5
    sh.text(3, y, "Naar / Pour:", font=f, size_pt=6, color=(70, 70, 70))
    y += 3.2
    for ln in c.rm_to:
        sh.text(4, y, ln[:30], font=f, size_pt=6, color=(60, 60, 60))
        y += 3.2
    y += 2
    rr = random.Random(c.seed)
    for i in range(8):
        for j in range(8):
            if rr.random() < 0.5:
                sh.rect(19 + i * 2.5, y + j * 2.5, 2.5, 2.5, width_mm=0, fill=(40, 40, 40))
    y += 22
    sh.text(29, y, "Bewijs van afgifte – bewaren", font=f, size_pt=6, anchor="center", color=(80, 80, 80))
    return [sh], {"addressee": 1}


_reg("be9ter-rm-postpunt-ticket-photo", "registered-mail-receipt", PART, "nl", rm_postpunt_ticket,
     "thermal ticket of a PostPunt shop, faded monospace, QR block; phone photo")
