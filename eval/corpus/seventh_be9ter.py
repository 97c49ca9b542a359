"""9ter families of the `seventh` part (registered in be9ter.BFAMILIES).

Written after dev, heldout, fresh, fourth, fifth and sixth had been read, by a writer who did not see the
validator: a letter of a Walloon CPAS social worker in French with a reference grid at the top right, co-signed by
the applicant; a Flemish lawyer's letter laid out as numbered grounds (I. Feiten, II. Ontvankelijkheid, III.
Gegrondheid) with a table of annexes and the lawyer's pencil notes in the margin; a French questionnaire in two
columns filled in by hand in blue ballpoint; an English letter typed by a relative; the 2024 certificate typed with
the doctor's rubber stamp over the signature and the INAMI number written in by hand, the previous model printed
from a hospital system in two columns, the 2024 model received by fax (1-bit, 200 dpi), the previous model in
English scanned turned by 1.5 degrees; a consultation report from a hospital system and a specialist's letter with
the stamp over the signature; an extract of a national essential-medicines list and a lawyer's memo with sources;
the orange card (attestation d'immatriculation) in French and in Dutch and a Fedasil attestation; a bpost receipt
with its tear-off stub stapled, a receipt scanned with the lid open, a receipt faxed by the office; a typed
declaration on honour, a CPAS medical-aid attestation and the first page of a lease.  The applications' sentences
are this part's own (p_person, p_home, ...).
"""
from __future__ import annotations

import random
from datetime import timedelta

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
    STAMP_RED,
    STAMP_VIOLET,
    Case,
    Flow,
    _ill_text,
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
from .paper import Sheet
from .seventh_identity import copied_twice, fax_1bit, lid_open, margin_note, punch_holes, turned

PART = "seventh"
GREY = (100, 100, 100)
PENCIL = (95, 95, 105)


# --------------------------------------------------------------------------- what the applications say

def _he(c: Case, lang: str) -> str:
    return {"fr": "elle" if c.fem else "il", "nl": "zij" if c.fem else "hij", "en": "she" if c.fem else "he"}[lang]


def _He(c: Case, lang: str) -> str:
    return _he(c, lang).capitalize()


def _ann_ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (see no. {n})"}[lang]


def p_person(c: Case, lang: str) -> str:
    """Who the applicant is: name first, then birth, nationality last, the register number in brackets."""
    who = name_in(c.p, c.name_style)
    born = c.d(c.p.birth_date, lang)
    place = "" if "no_birthplace" in c.flags else f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    nat = "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    num = {"fr": f"n° de registre national {c.nrn}" if c.nrn else f"n° SP {c.ov}",
           "nl": f"rijksregisternummer {c.nrn}" if c.nrn else f"DVZ-nummer {c.ov}",
           "en": f"national number {c.nrn}" if c.nrn else f"DVZ number {c.ov}"}[lang]
    if lang == "fr":
        s = f"{who}, né{'e' if c.fem else ''} le {born}" + (f" à {place}" if place else "")
        s += (f", de nationalité {nat}" if nat else "") + f" ({num})."
    elif lang == "nl":
        s = f"{who}, geboren op {born}" + (f" te {place}" if place else "")
        s += (f", van {nat} nationaliteit" if nat else "") + f" ({num})."
    else:
        s = f"{who}, born on {born}" + (f" in {place}" if place else "")
        s += (f", of {nat} nationality" if nat else "") + f" ({num})."
    return s


def p_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"fr": f"{_He(c, lang)} n'a pas d'adresse fixe et dort chez différentes connaissances.",
                "nl": f"{_He(c, lang)} heeft geen vast adres en overnacht bij verschillende kennissen.",
                "en": f"{_He(c, lang)} has no fixed address and sleeps at various acquaintances'."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"fr": f"{_He(c, lang)} habite effectivement à l'adresse suivante : {a}.",
            "nl": f"{_He(c, lang)} woont effectief op het volgende adres: {a}.",
            "en": f"{_He(c, lang)} actually lives at the following address: {a}."}[lang]


def p_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
        return {"fr": f"Pour la présente procédure, domicile est élu chez son conseil : {where}.",
                "nl": f"Voor deze procedure wordt keuze van woonplaats gedaan bij de raadsman: {where}.",
                "en": f"For this procedure the applicant elects domicile with counsel: {where}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"fr": f"Domicile élu pour toute correspondance : {c.other_domicile}.",
                "nl": f"Gekozen woonplaats voor alle briefwisseling: {c.other_domicile}.",
                "en": f"Elected domicile for all correspondence: {c.other_domicile}."}[lang]
    return {"fr": "Toute correspondance peut être adressée à l'adresse de résidence, où domicile est élu.",
            "nl": "Alle briefwisseling kan naar het verblijfsadres, waar ook woonplaats wordt gekozen.",
            "en": "All correspondence may be sent to the address of residence, where domicile is elected."}[lang]


def p_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _ann_ref(c, "asylum", lang) if k == "asylum" else ""
        return {"fr": f"Sa demande de protection internationale, introduite le {d}, n'a pas encore fait l'objet "
                      f"d'une décision définitive{ref} ; l'exigence d'un document d'identité ne s'applique donc pas "
                      f"(art. 9ter, § 2, al. 2).",
                "nl": f"Het verzoek om internationale bescherming, ingediend op {d}, is nog niet definitief beslist"
                      f"{ref}; de vereiste van een identiteitsdocument geldt dus niet (art. 9ter, § 2, tweede lid).",
                "en": f"The application for international protection lodged on {d} has no final decision yet{ref}; "
                      f"the identity-document requirement therefore does not apply (Art. 9ter § 2)."}[lang]
    if k == "none":
        return {"fr": "Les démarches pour obtenir un passeport sont en cours auprès des autorités nationales.",
                "nl": "De stappen om een paspoort te verkrijgen lopen bij de nationale overheid.",
                "en": "Steps to obtain a passport are under way with the national authorities."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ann_ref(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"fr": "accompagné(e) de sa traduction jurée", "nl": "samen met de beëdigde vertaling",
                      "en": "with its sworn translation"}[lang] + _ann_ref(c, "id-tr", lang))
    lst = ", ".join(parts) if parts else "—"
    s = {"fr": f"Pour établir son identité, {_he(c, lang)} produit : {lst}.",
         "nl": f"Ter staving van de identiteit legt {_he(c, lang)} voor: {lst}.",
         "en": f"To establish identity, {_he(c, lang)} submits: {lst}."}[lang]
    if k == "passport-expired":
        s += {"fr": " Le passeport est périmé, ce qui ne lui ôte pas sa valeur de preuve d'identité.",
              "nl": " Het paspoort is vervallen, wat niets afdoet aan de bewijswaarde voor de identiteit.",
              "en": " The passport has expired, which does not affect its value as proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"fr": " Ces pièces, lues ensemble, mentionnent les nom, date et lieu de naissance et la nationalité.",
              "nl": " Samen gelezen vermelden deze stukken naam, geboortedatum en -plaats en nationaliteit.",
              "en": " Read together, these documents give the name, date and place of birth and nationality."}[lang]
    return s


def p_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd = c.d(c.cert_date, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"fr": f"rapport de {doc} du {cd}", "nl": f"verslag van {doc} van {cd}",
               "en": f"report of {doc} of {cd}"}[lang] + _ann_ref(c, "medstat", lang)
    else:
        src = {"fr": f"certificat médical type établi le {cd} par {doc}",
               "nl": f"standaard medisch getuigschrift opgesteld op {cd} door {doc}",
               "en": f"standard medical certificate drawn up on {cd} by {doc}"}[lang] + _ann_ref(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"fr": f"{_He(c, lang)} est atteint{'e' if c.fem else ''} de {t['name']} (voir le {src}). "
                  f"{t['severity']} Traitement nécessaire : {meds}.",
            "nl": f"{_He(c, lang)} lijdt aan {t['name']} (zie het {src}). {t['severity']} Noodzakelijke "
                  f"behandeling: {meds}.",
            "en": f"{_He(c, lang)} suffers from {t['name']} (see the {src}). {t['severity']} Necessary "
                  f"treatment: {meds}."}[lang]


def p_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    r = _ann_ref(c, "coi", lang)
    dr = drug(c.illness, lang)
    fr_in = FR_IN.get(c.origin(), f"en {cn}")
    return {"fr": f"Disponibilité et accessibilité des soins : {fr_in}, {dr} ne se trouve qu'à {o['hospital']}{r}, "
                  f"à environ {il['cost']} par mois pour un salaire moyen de {o['wage']}. {o['insurance_fr']} "
                  f"{_He(c, lang)} n'est autorisé{'e' if c.fem else ''} au séjour dans aucun autre pays.",
            "nl": f"Beschikbaarheid en toegankelijkheid van de zorg: in {cn} is {dr} alleen te krijgen in "
                  f"{o['hospital']}{r}, voor ongeveer {il['cost']} per maand bij een gemiddeld loon van {o['wage']}. "
                  f"{o['insurance_nl']} {_He(c, lang)} heeft in geen enkel ander land verblijfsrecht.",
            "en": f"Availability and accessibility of care: in {cn}, {dr} can only be obtained at {o['hospital']}{r}, "
                  f"for about {il['cost']} a month against an average wage of {o['wage']}. {o['insurance_en']} "
                  f"{_He(c, lang)} has no right of residence in any other country."}[lang]


def p_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"fr": {"spouse": "son conjoint / sa conjointe", "child": "son enfant"},
           "nl": {"spouse": "de echtgeno(o)t(e)", "child": "het kind"},
           "en": {"spouse": "the spouse", "child": "the child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f" ({COUNTRIES[q.nationality]['adj_' + lang]})"
        out.append(f"{rel[m.rel]} {q.surname.upper()} {q.given_names}, {c.d(q.birth_date, lang)}, {q.birth_place}"
                   f"{nat}{_ann_ref(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"fr": f"Membres de la famille compris dans la demande : {lst}.",
            "nl": f"Gezinsleden die in de aanvraag begrepen zijn: {lst}.",
            "en": f"Family members included in the application: {lst}."}[lang]


def p_other_proc(c: Case, lang: str) -> str | None:
    parts = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        parts.append({"fr": f"La demande 9ter introduite le {d} est toujours pendante ; la présente demande la "
                            f"remplace et en reprend tous les éléments.",
                      "nl": f"De 9ter-aanvraag van {d} is nog hangende; deze aanvraag vervangt ze en herneemt er "
                            f"alle elementen van.",
                      "en": f"The 9ter application of {d} is still pending; this application replaces it and "
                            f"repeats all of its elements."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        parts.append({"fr": f"La procédure d'asile s'est clôturée par un refus le {d}.",
                      "nl": f"De asielprocedure werd op {d} met een weigering afgesloten.",
                      "en": f"The asylum procedure ended in a refusal on {d}."}[lang])
    return " ".join(parts) or None


def p_ask(c: Case, lang: str) -> str:
    return {"fr": "Il est dès lors sollicité qu'une autorisation de séjour soit accordée sur pied de l'article 9ter "
                  "de la loi du 15 décembre 1980, la demande étant recevable et fondée.",
            "nl": "Er wordt dan ook gevraagd een machtiging tot verblijf toe te staan op grond van artikel 9ter van "
                  "de wet van 15 december 1980, nu de aanvraag ontvankelijk en gegrond is.",
            "en": "It is therefore requested that leave to remain be granted under Article 9ter of the Law of "
                  "15 December 1980, the application being admissible and well founded."}[lang]


# --------------------------------------------------------------------------- applications

def app_cpas_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A letter of a Walloon CPAS social worker: the centre's name in a blue band, a reference grid at the top
    right (vos réf. / nos réf. / dossier social / personne de contact), the text in prose, the social worker and
    the applicant signing side by side."""
    cpas = rng.choice([("CPAS de Charleroi", "Boulevard Joseph II 13, 6000 Charleroi"),
                       ("CPAS de Namur", "Rue de Dave 165, 5100 Jambes"),
                       ("CPAS de Verviers", "Rue du Collège 49, 4800 Verviers"),
                       ("CPAS de Mons", "Rue de Bertaimont 1, 7000 Mons")])
    font = "sans4"
    aso = rng.choice(["Aurélie Dubois", "Karim Benali", "Julie Lemaire", "Sébastien Collard"])

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rect(0, 0, 210, 24, width_mm=0, fill=(0, 84, 150))
            sh.text(20, 7, cpas[0], font=font, size_pt=16, bold=True, color=(255, 255, 255))
            sh.text(20, 15, f"Service social – Cellule santé · {cpas[1]}", font=font, size_pt=8.5,
                    color=(230, 240, 250))
            grid = [("Vos réf.", "—"), ("Nos réf.", f"SS/{rng.randint(1000, 9999)}/{rng.choice(['AS', 'MD'])}"),
                    ("Dossier social", str(rng.randint(100000, 999999))), ("Contact", aso)]
            for k, (a, b) in enumerate(grid):
                sh.rect(128, 30 + k * 6, 24, 6, width_mm=0.2, fill=(236, 242, 248))
                sh.rect(152, 30 + k * 6, 40, 6, width_mm=0.2)
                sh.text(129.5, 31.3 + k * 6, a, font=font, size_pt=7.5)
                sh.text(153.5, 31.3 + k * 6, b, font=font, size_pt=7.5)
            return sh, 60
        sh.text(190, 10, f"{cpas[0]} – p. {i + 1}", font=font, size_pt=7.5, anchor="right", color=GREY)
        return sh, 18

    fl = Flow(new_sheet, left=20, right=190, bottom=275, font=font, size=10.2, leading=1.42)
    for ln in ["Office des Étrangers", "Section 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"]:
        fl.line(ln)
    fl.space(3)
    fl.line(f"{cpas[1].split()[-1]}, le {c.d(c.app_date, 'fr', 'long')}", x=120)
    fl.line("Envoi recommandé", x=120, italic=True, size=9)
    fl.space(4)
    fl.para(f"Objet : demande d'autorisation de séjour pour raisons médicales (art. 9ter) – "
            f"{name_in(c.p, c.name_style)}", bold=True)
    fl.para("Madame, Monsieur,")
    fl.para(f"En qualité d'assistant{'e' if aso.split()[0] in ('Aurélie', 'Julie') else ''} social"
            f"{'e' if aso.split()[0] in ('Aurélie', 'Julie') else ''} du {cpas[0]}, j'accompagne la personne "
            f"suivante et introduis avec elle la présente demande :")
    fl.para(p_person(c, "fr"), tag="personal", indent=6)
    fl.para(" ".join(x for x in (p_home(c, "fr"), p_domicile(c, "fr")) if x), tag="residence")
    for txt, tag in [(p_family(c, "fr"), "family"), (p_identity(c, "fr"), "identity"),
                     (p_medical(c, "fr"), "medical"), (p_coi(c, "fr"), "coi"), (p_other_proc(c, "fr"), "parallel")]:
        if txt:
            fl.para(txt, tag=tag, align="justify")
    fl.para(p_ask(c, "fr"))
    fl.para("Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.", gap=3)
    fl.ensure(34)
    fl.tag("signature")
    y = fl.y
    fl.sheet.text(20, y, "L'intéressé(e)", font=font, size_pt=9, color=GREY)
    fl.sheet.text(115, y, "Pour le CPAS, l'assistant(e) social(e)", font=font, size_pt=9, color=GREY)
    if "unsigned" not in c.flags:
        fl.sheet.signature(20, y + 4, 44, 14, rng, color=INK_BLUE)
    fl.sheet.signature(115, y + 4, 44, 14, rng, color=INK_BLACK, style="loops")
    fl.sheet.text(20, y + 20, f"{c.p.given_names} {c.p.surname.upper()}", font=font, size_pt=9.5)
    fl.sheet.text(115, y + 20, aso, font=font, size_pt=9.5)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Pièces jointes", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}. {d}", indent=3, gap=0.2, size=9.2)
    return fl.sheets, fl.tags


def app_grounds_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish lawyer's letter built as numbered grounds (I. Feiten, II. Ontvankelijkheid, III. Gegrondheid,
    IV. Verzoek), the annexes in a ruled table (nr., omschrijving, blz.), the lawyer's pencil notes in the
    margin of the first page."""
    L = c.lawyer
    font = "serif2"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, f"ADVOCATENKANTOOR {L['last'].upper()}", font=font, size_pt=12, bold=True,
                    anchor="center")
            sh.text(105, 18, f"{L['street']} · {L['pc']} {L['city']} · {L['tel']} · {L['mail']}", font=font,
                    size_pt=8, anchor="center", color=GREY)
            sh.rule(30, 22, 180, 22, width_mm=0.3)
            sh.rule(30, 23, 180, 23, width_mm=0.1)
            return sh, 32
        return sh, 20

    fl = Flow(new_sheet, left=30, right=182, bottom=270, font=font, size=10.3, leading=1.45)
    for ln in ["Dienst Vreemdelingenzaken", "Bureau Medische Regularisatie (9ter)", "Pachecolaan 44",
               "1000 Brussel"]:
        fl.line(ln, x=112)
    fl.space(4)
    fl.line(f"{L['city']}, {c.d(c.app_date, 'nl', 'long')}", x=112)
    fl.line("AANGETEKEND", x=112, bold=True, size=9)
    fl.space(4)
    fl.para(f"Betreft: aanvraag machtiging tot verblijf art. 9ter Vreemdelingenwet – {name_in(c.p, c.name_style)}",
            bold=True)
    fl.para("Geachte heer, mevrouw,")
    fl.para("Namens mijn cliënt(e) dien ik hierbij een aanvraag in. Zij is als volgt opgebouwd.")
    fl.para("I. FEITEN", bold=True, gap=1)
    fl.para("1. " + p_person(c, "nl"), tag="personal", indent=4)
    fl.para("2. " + " ".join(x for x in (p_home(c, "nl"), p_domicile(c, "nl")) if x), tag="residence", indent=4)
    n = 3
    fam = p_family(c, "nl")
    if fam:
        fl.para(f"{n}. {fam}", tag="family", indent=4)
        n += 1
    fl.para("II. ONTVANKELIJKHEID", bold=True, gap=1)
    fl.para(f"{n}. " + p_identity(c, "nl"), tag="identity", indent=4)
    n += 1
    par = p_other_proc(c, "nl")
    if par:
        fl.para(f"{n}. {par}", tag="parallel", indent=4)
        n += 1
    fl.para("III. GEGRONDHEID", bold=True, gap=1)
    fl.para(f"{n}. " + p_medical(c, "nl"), tag="medical", indent=4, align="justify")
    n += 1
    coi = p_coi(c, "nl")
    if coi:
        fl.para(f"{n}. {coi}", tag="coi", indent=4, align="justify")
        n += 1
    fl.para("IV. VERZOEK", bold=True, gap=1)
    fl.para(f"{n}. " + p_ask(c, "nl"), indent=4)
    fl.para("Met de meeste hoogachting,", gap=3)
    fl.ensure(28)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(30, y, 48, 15, rng, color=INK_BLUE, style="zigzag")
    fl.sheet.text(30, y + 17, f"mr. {L['first']} {L['last']}", font=font, size_pt=10)
    fl.sheet.text(30, y + 21.5, "advocaat", font=font, size_pt=9, color=GREY)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(8 + 6.5 * min(len(c.annexes), 5))
        fl.para("Bijlagen (inventaris)", bold=True, gap=1.5, tag="inventory")
        sh = fl.sheet
        y = fl.y
        for t, x, w in (("Nr.", 30, 12), ("Omschrijving", 42, 120), ("Blz.", 162, 20)):
            sh.rect(x, y, w, 6, width_mm=0.25, fill=(232, 232, 232))
            sh.text(x + 1.5, y + 1.2, t, font=font, size_pt=8.5, bold=True)
        y += 6
        for i, (_, d) in enumerate(c.annexes, 1):
            if y > 272:
                fl.y = y
                fl.ensure(300)
                sh, y = fl.sheet, fl.y
            for v, x, w in ((str(i), 30, 12), (d[:78], 42, 120), (str(rng.randint(1, 3)), 162, 20)):
                sh.rect(x, y, w, 6, width_mm=0.15)
                sh.text(x + 1.5, y + 1.2, v, font=font, size_pt=8.3)
            y += 6
        fl.y = y + 4
    first = fl.sheets[0]
    margin_note(first, 4, 120, ["ok", "zie", "stuk 1"], rng)
    first.rule(186, 140, 186, 160, width_mm=0.5, color=PENCIL)
    return fl.sheets, fl.tags


def app_questionnaire_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A French questionnaire of a Liège support association in two columns (question left in grey, answer right),
    filled in by hand in blue ballpoint by a volunteer; the applicant signs in a box at the end."""
    org = rng.choice(["Point d'Appui asbl – Liège", "Service Social des Étrangers – Liège",
                      "Collectif Santé Migrants – Namur"])
    lf = "sans3"
    ink = INK_BLUE
    hf = rng.choice(["hand1", "hand2", "hand4"])
    tags: dict[str, int] = {}
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets, 1):
        sh.text(18, 10, org, font=lf, size_pt=8.5, bold=True)
        sh.text(192, 10, f"page {i}/2", font=lf, size_pt=8, anchor="right", color=GREY)
        sh.rule(18, 14, 192, 14, width_mm=0.3)
        sh.rule(78, 18, 78, 282, width_mm=0.2, color=(160, 160, 160))

    def row(sh, y, q, a, min_h=10.0):
        sh.paragraph(20, y + 1.5, 55, q, font=lf, size_pt=7.8, color=(80, 80, 80))
        rows = sh.wrap(a, 108, font=hf, size_pt=11) if a else []
        for k, ln in enumerate(rows):
            sh.handwriting(81, y + 1 + k * 6.2, ln, rng, size_pt=11, color=ink, font=hf)
        h = max(min_h, 3 + 6.2 * len(rows))
        sh.rule(18, y + h, 192, y + h, width_mm=0.12, color=(170, 170, 170))
        return y + h + 1

    s1, s2 = sheets
    s1.text(18, 18, "DEMANDE D'AUTORISATION DE SÉJOUR – ARTICLE 9ter", font=lf, size_pt=11.5, bold=True)
    s1.text(18, 24, "à renvoyer par recommandé à l'Office des Étrangers, Bd Pachéco 44, 1000 Bruxelles", font=lf,
            size_pt=7.5, color=GREY)
    y = 32
    tags["personal"] = 1
    y = row(s1, y, "Nom, prénom(s)", f"{c.p.surname.upper()} {c.p.given_names}")
    y = row(s1, y, "Date et lieu de naissance (ville, pays)", c.d(c.p.birth_date, "fr", "slashes") + (
        "" if "no_birthplace" in c.flags else f", {c.p.birth_place}, {cname(c.birth_cc(), 'fr')}"))
    y = row(s1, y, "Nationalité", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_fr"])
    y = row(s1, y, "N° registre national / n° SP", c.nrn or c.ov)
    tags["residence"] = 1
    y = row(s1, y, "Adresse de résidence effective en Belgique", "" if "no_address" in c.flags else
            addr_str(c.addr, "fr", c.addr_style))
    dom = p_domicile(c, "fr")
    y = row(s1, y, "Domicile élu", "" if dom is None else (
        "idem adresse de résidence" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile))
    tags["identity"] = 1
    y = row(s1, y, "Preuve d'identité (ou motif de dispense)", p_identity(c, "fr"), 16)
    fam = p_family(c, "fr")
    if fam:
        tags["family"] = 1
    y = row(s1, y, "Membres de la famille compris dans la demande", fam or "aucun")
    tags["medical"] = 1
    row(s1, y, "Situation médicale (résumé du certificat médical type)", p_medical(c, "fr"), 20)
    y = 20
    coi = p_coi(c, "fr")
    if coi:
        tags["coi"] = 2
    y = row(s2, y, "Disponibilité et accessibilité des soins au pays d'origine", coi or "", 20)
    par = p_other_proc(c, "fr")
    if par:
        tags["parallel"] = 2
    y = row(s2, y, "Autres procédures (asile, 9bis, 9ter antérieure)", par or "néant")
    tags["inventory"] = 2
    inv = " – ".join(f"{i}) {d}" for i, (_, d) in enumerate(c.annexes, 1))
    y = row(s2, y, "Pièces jointes", inv, 14)
    y += 8
    tags["signature"] = 2
    s2.text(20, y, "Date", font=lf, size_pt=8)
    s2.handwriting(40, y - 1.5, c.d(c.app_date, "fr", "slashes"), rng, size_pt=11, color=ink, font=hf)
    s2.text(20, y + 10, "Signature du demandeur / de la demanderesse", font=lf, size_pt=8)
    s2.rect(20, y + 14, 80, 26, width_mm=0.3)
    if "unsigned" not in c.flags:
        s2.signature(26, y + 18, 46, 15, rng, color=ink)
    return sheets, tags


def app_relative_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English letter typed by a relative of the applicant in a word processor (Calibri-like), 'Dear Sir or
    Madam', short paragraphs; the applicant signs above the typed name (not an accepted language)."""
    font = "sans2"

    def new_sheet(i):
        return Sheet(), 22

    fl = Flow(new_sheet, left=25, right=185, bottom=275, font=font, size=11, leading=1.35)
    fl.line(f"{c.p.given_names} {c.p.surname}")
    if "no_address" not in c.flags:
        fl.line(addr_str(c.addr, "en", c.addr_style), size=10)
    fl.space(6)
    fl.line("Immigration Office – 9ter", size=10.5)
    fl.line("Pachecolaan 44, 1000 Brussels", size=10.5)
    fl.space(4)
    fl.line(c.d(c.app_date, "en", "long"), size=10.5)
    fl.space(4)
    fl.para("Subject: request for a residence permit on medical grounds (Article 9ter)", bold=True)
    fl.para("Dear Sir or Madam,")
    fl.para("I am writing on behalf of my relative, who does not read or write English well. The details are:")
    for txt, tag in [(p_person(c, "en"), "personal"),
                     (" ".join(x for x in (p_home(c, "en"), p_domicile(c, "en")) if x), "residence"),
                     (p_family(c, "en"), "family"), (p_identity(c, "en"), "identity"),
                     (p_medical(c, "en"), "medical"), (p_coi(c, "en"), "coi"), (p_other_proc(c, "en"), "parallel")]:
        if txt:
            fl.para(txt, tag=tag)
    fl.para(p_ask(c, "en"))
    fl.para("Yours faithfully,", gap=3)
    fl.ensure(28)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(25, y, 46, 15, rng, color=INK_BLUE)
    fl.sheet.text(25, y + 17, f"{c.p.given_names} {c.p.surname}", font=font, size_pt=10.5)
    fl.y = y + 26
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Attached:", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"- {d}", indent=3, gap=0.2, size=10)
    return fl.sheets, fl.tags


_reg("be9ter-app-fr-prose-cpas-assistante-sociale", "application", PART, "fr", app_cpas_fr,
     "CPAS social worker's letter in prose, blue band, reference grid top right, co-signed by the applicant")
_reg("be9ter-app-nl-lawyer-prose-middelen-bijlagentabel", "application", PART, "nl", app_grounds_nl,
     "lawyer's letter in numbered grounds (I-IV), table of annexes, pencil notes in the margin")
_reg("be9ter-app-fr-form-questionnaire-deux-colonnes", "application", PART, "fr", app_questionnaire_fr,
     "two-column questionnaire of an association, answers handwritten in blue ballpoint, signature box")
_reg("be9ter-app-en-relative-typed-letter", "application", PART, "en", app_relative_en,
     "English letter typed by a relative, signed by the applicant (not accepted)")


# --------------------------------------------------------------------------- standard medical certificates

def _sev_index(M: dict, sev: str) -> int:
    so = M["sevopts"]
    if not sev:
        return -1
    s = sev.lower()
    return 3 if s.startswith(so[3]) else 1 if s.startswith(so[1]) else 0 if s.startswith(so[0]) else 2


def medcert_stamp_over(c: Case, rng: random.Random, *, lang: str, fax: bool = False) -> tuple[list[Sheet], dict]:
    """The 2024 model typed in boxes with thin rules; the doctor's rubber stamp pressed over the signature, the
    RIZIV/INAMI number written in by hand with a ballpoint in its field (the doctor's habit)."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    font = "serif3" if not fax else "sans"
    tf = "mono" if not fax else "typewriter2"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2), 1):
        sh.text(18, 10, M["title"], font=font, size_pt=11, bold=True)
        sh.text(18, 15.5, M["model"], font=font, size_pt=7, color=GREY)
        sh.text(192, 10, M["page"].format(i=i, n=2), font=font, size_pt=7.5, anchor="right")
        sh.rule(18, 19, 192, 19, width_mm=0.5)

    def box(sh, y, label, val, h=None, hand=False):
        lines = sh.wrap(val, 168, font=tf, size_pt=9) if val and not hand else ([val] if val else [""])
        h = h or max(10, 5.5 + len(lines) * 4.1)
        sh.rect(18, y, 174, h, width_mm=0.2)
        sh.text(20, y + 0.8, label, font=font, size_pt=7.2, color=(70, 70, 70))
        for k, ln in enumerate(lines):
            if hand:
                sh.handwriting(22, y + 3.2, ln, rng, size_pt=12, color=INK_BLUE, font="hand2")
            else:
                sh.text(21, y + 4.6 + k * 4.1, ln, font=tf, size_pt=9)
        return y + h + 1.2

    y = 22
    tags["patient"] = 1
    y = box(s1, y, f"{M['s1']} – {M['name']}, {M['first']}", f"{v['surname']}, {v['first']}".strip(", "))
    y = box(s1, y, f"{M['bd']} – {M['nat']}", f"{v['bd']} – {v['nat']}" if v["bd"] else "")
    tags["doctor"] = 1
    y = box(s1, y, f"{M['s2']} – {M['dname']}", d.name())
    y = box(s1, y, M["riziv"], v["riziv"], 11, hand=True)
    y = box(s1, y, M["daddr"], f"{d.street}, {d.pc} {d.city}")
    y = box(s1, y, M["s4"], v["hist"])
    tags["illness"] = 1
    y = box(s1, y, M["s5"], f"{v['ill']} ({v['icd']})" if v["ill"] else "")
    tags["severity"] = 1
    s1.text(20, y + 0.8, M["s6"], font=font, size_pt=7.2, color=(70, 70, 70))
    chosen = _sev_index(M, v["sev"])
    for k, o in enumerate(M["sevopts"]):
        s1.checkbox(22 + k * 42, y + 5, 3.4, checked=k == chosen)
        s1.text(27 + k * 42, y + 4.9, o, font=font, size_pt=8.3)
    y = box(s1, y + 10, M["s6b"], v["sev"])
    y = 22
    tags["treatment"] = 2
    y = box(s2, y, f"{M['s7']} – {M['s7a']}", v["meds"])
    y = box(s2, y, M["s7b"], v["interv"])
    y = box(s2, y, M["s7c"], v["dur"])
    y = box(s2, y, M["s8"], v["cons"])
    y = box(s2, y, M["s9"], v["prog"])
    y = box(s2, y, M["s10"], v["needs"])
    y = box(s2, y, M["s11"], f"{M['yes']} – {v['travel']}")
    tags["signature"] = 2
    y = box(s2, y + 2, M["date"], v["date"])
    s2.text(20, y + 2, M["sign"], font=font, size_pt=7.6, color=(70, 70, 70))
    if v["signed"]:
        s2.signature(40, y + 8, 50, 17, rng, color=INK_BLACK, style="loops")
        s2.stamp(44, y + 5, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=38,
                 color=STAMP_BLUE if not fax else STAMP_VIOLET, angle=rng.uniform(-6, 6))
    if fax:
        hdr = (f"{fdate(c.cert_date, 'dots')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  "
               f"FAX {d.tel}  {d.inst[:28]}")
        return [fax_1bit(s1, hdr + "  P.1/2"), fax_1bit(s2, hdr + "  P.2/2")], tags
    for sh in (s1, s2):
        punch_holes(sh)
    return [s1, s2], tags


def medcert_hospital_two_col(c: Case, rng: random.Random, *, lang: str, turn: float = 0.0) -> tuple[list[Sheet], dict]:
    """The previous model printed from a hospital's record system: the hospital's logo line and a patient label
    with a barcode at the top right, each question in a narrow left column and the answer beside it, the record
    system's footer ('Afgedrukt door ... op ...'); signed and stamped by hand after printing."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    font = "sans6"
    tags: dict[str, int] = {}

    def new_sheet(i):
        sh = Sheet()
        sh.text(18, 10, d.inst, font=font, size_pt=10.5, bold=True, color=(120, 20, 60))
        sh.text(18, 15, f"{d.street} · {d.pc} {d.city}", font=font, size_pt=7.5, color=GREY)
        sh.rect(132, 6, 60, 17, width_mm=0.2)
        sh.text(134, 7.5, (v["pat"] or "—")[:34], font=font, size_pt=7.5, bold=True)
        sh.text(134, 11.3, f"°{v['bd'] or '—'}   EPD {rng.randint(1000000, 9999999)}", font=font, size_pt=7)
        for k in range(40):
            sh.rect(134 + k * 1.4, 15, 0.5 if k % 2 else 0.9, 6, width_mm=0, fill=(0, 0, 0))
        sh.rule(18, 25, 192, 25, width_mm=0.3)
        return sh, 30

    pages = [new_sheet(0)[0]]
    y = 30
    pages[0].text(105, y, M["title"], font=font, size_pt=12.5, bold=True, anchor="center")
    pages[0].text(105, y + 5.5, M["sub"], font=font, size_pt=8, anchor="center", color=GREY)
    y += 13

    def qa(head, val, tag=None):
        nonlocal y
        sh = pages[-1]
        ql = sh.wrap(head, 50, font=font, size_pt=8, bold=True)
        al = sh.wrap(val or "", 116, font=font, size_pt=9.3)
        h = max(len(ql) * 3.6, len(al) * 4.2) + 3
        if y + h > 272:
            pages.append(new_sheet(len(pages))[0])
            y = 30
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        for k, ln in enumerate(ql):
            sh.text(18, y + k * 3.6, ln, font=font, size_pt=8, bold=True, color=(60, 60, 60))
        for k, ln in enumerate(al):
            sh.text(74, y + k * 4.2, ln, font=font, size_pt=9.3)
        sh.rule(18, y + h - 1.2, 192, y + h - 1.2, width_mm=0.1, color=(200, 200, 200))
        y += h

    qa(M["pat"], f"{v['pat']} – {v['bd']} – {v['nat']}" if v["pat"] else "", "patient")
    qa(M["A"], v["hist"])
    qa(M["B"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    qa(M["sev"], v["sev"], "severity")
    qa(M["C"], v["meds"], "treatment")
    qa(M["interv"], v["interv"])
    qa(M["dur"], v["dur"])
    qa(M["D"], v["cons"])
    qa(M["E"], v["prog"])
    qa(M["F"], v["needs"])
    qa(M["G"], v["travel"])
    if y > 225:
        pages.append(new_sheet(len(pages))[0])
        y = 30
    sh = pages[-1]
    tags["signature"] = tags["doctor"] = len(pages)
    sh.text(18, y + 6, f"{M['date']} {v['date']}", font=font, size_pt=9.5)
    sh.text(18, y + 12, f"{M['sign']}", font=font, size_pt=9.5)
    sh.text(18, y + 18, f"{d.name()} – {SPECIALTY[d.spec].get(lang, SPECIALTY[d.spec].get('fr', ''))}", font=font,
            size_pt=9.5)
    sh.text(18, y + 23, f"{M['riziv']} {v['riziv']}", font=font, size_pt=9.5)
    if v["signed"]:
        sh.signature(120, y + 4, 48, 16, rng, color=INK_BLUE)
        sh.stamp(128, y + 22, _stamp_lines(c, lang if lang in ("nl", "fr") else "nl", bool(v["riziv"])), rng,
                 shape="rect", size_mm=34, color=STAMP_BLUE)
    for i, p in enumerate(pages, 1):
        p.text(18, 288, f"Afgedrukt uit EPD door {d.last.upper()} – {fdate(c.cert_date, 'dots')}   {i}/{len(pages)}",
               font=font, size_pt=6.5, color=GREY)
    if turn:
        pages = [turned(p, turn if k % 2 == 0 else -turn * 0.7) for k, p in enumerate(pages)]
    return pages, tags


_reg("be9ter-medcert-2024-fr-cachet-sur-signature", "medical-certificate", PART, "fr",
     lambda c, r: medcert_stamp_over(c, r, lang="fr"),
     "modèle 2024 tapé en cases, cachet du médecin sur la signature, n° INAMI écrit à la main, trous de perforation")
_reg("be9ter-medcert-old-nl-epd-twee-kolommen", "medical-certificate", PART, "nl",
     lambda c, r: medcert_hospital_two_col(c, r, lang="nl"),
     "previous model printed from a hospital record system, question and answer columns, patient label barcode")
_reg("be9ter-medcert-2024-nl-fax-1bit", "medical-certificate", PART, "nl",
     lambda c, r: medcert_stamp_over(c, r, lang="nl", fax=True),
     "2024 model typed in boxes, received by fax: 1-bit, 200 dpi, the fax header line on each page")
_reg("be9ter-medcert-old-en-turned", "medical-certificate", PART, "en",
     lambda c, r: medcert_hospital_two_col(c, r, lang="en", turn=1.5),
     "the previous model in English from a hospital system, scanned turned by 1.5 degrees (not accepted)")


# --------------------------------------------------------------------------- medical statements

def medstat_consult_two_col(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A consultation report printed from a hospital system in two columns: the left a grey column with the
    patient's and visit's data, the right the report text; the doctor's name typed, an initial by hand."""
    d = c.specialist
    lang = "fr" if "fr" in ILLNESSES[c.illness] and c.lang != "nl" else "nl" if "nl" in ILLNESSES[c.illness] else "fr"
    T = _ill_text(c, lang)
    W = {"fr": ("Rapport de consultation", "Patient", "Né(e) le", "Date de consultation", "Service", "Motif",
                "Anamnèse et examen", "Diagnostic", "Traitement", "Suivi"),
         "nl": ("Consultatieverslag", "Patiënt", "Geboren", "Datum consultatie", "Dienst", "Reden",
                "Anamnese en onderzoek", "Diagnose", "Behandeling", "Opvolging")}[lang]
    sh = Sheet()
    f = "narrow"
    sh.text(18, 12, d.inst, font=f, size_pt=12, bold=True)
    sh.text(18, 17.5, f"{d.street}, {d.pc} {d.city}", font=f, size_pt=8, color=GREY)
    sh.rect(18, 26, 52, 252, width_mm=0, fill=(238, 238, 238))
    y = 30
    for lab, val in ((W[1], f"{c.p.surname.upper()} {c.p.given_names}"), (W[2], fdate(c.p.birth_date, "dots", lang)),
                     (W[3], fdate(c.medstat_date, "dots", lang)),
                     (W[4], SPECIALTY[d.spec].get(lang, "")), ("Dr", d.name())):
        sh.text(21, y, lab, font=f, size_pt=7.5, color=GREY)
        y = sh.paragraph(21, y + 3.4, 46, val, font=f, size_pt=9.2) + 3
    sh.text(76, 30, W[0], font=f, size_pt=14, bold=True)
    y = 40
    for head, txt in ((W[6], T["history"] + " " + T["severity"]), (W[7], T["name"] + "."),
                      (W[8], "; ".join(T["meds"]) + "."), (W[9], T["needs"] + " " + T["prognosis"])):
        sh.text(76, y, head, font=f, size_pt=10, bold=True)
        y = sh.paragraph(76, y + 5, 114, txt, font=f, size_pt=9.8, leading=1.35) + 4
    sh.text(76, y + 6, d.name(), font=f, size_pt=9.5)
    sh.signature(76, y + 10, 24, 10, rng, style="initials", color=INK_BLUE)
    sh.text(18, 288, f"Document généré le {fdate(c.medstat_date, 'dots')} – validé électroniquement" if lang == "fr"
            else f"Document aangemaakt op {fdate(c.medstat_date, 'dots')} – elektronisch gevalideerd", font=f,
            size_pt=6.8, color=GREY)
    return [sh], {}


def medstat_specialist_stamp(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's letter to the GP ('Chère Consœur, cher Confrère'), the practice's address in the footer,
    the round-cornered rubber stamp over the signature, copied once more (grainy)."""
    d = c.specialist
    lang = "nl" if "nl" in ILLNESSES[c.illness] and c.lang != "fr" else "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    T = _ill_text(c, lang)
    W = {"fr": ("Chère Consœur, cher Confrère,", "J'ai revu en consultation", "Bien confraternellement,"),
         "nl": ("Beste collega,", "Ik zag in consultatie", "Met collegiale groeten,")}[lang]
    sh = Sheet()
    f = "serif6"
    sh.text(20, 14, d.name(), font=f, size_pt=13, bold=True)
    sh.text(20, 20, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=10, italic=True)
    sh.text(190, 36, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10, anchor="right")
    sh.text(20, 48, W[0], font=f, size_pt=10.5)
    y = sh.paragraph(20, 56, 170, f"{W[1]} {c.p.given_names} {c.p.surname.upper()} "
                     f"(°{fdate(c.p.birth_date, 'dots', lang)}). {T['history']} {T['severity']}", font=f,
                     size_pt=10.5, leading=1.45, align="justify") + 3
    y = sh.paragraph(20, y, 170, f"{T['name']}. " + "; ".join(T["meds"]) + f". {T['needs']} {T['prognosis']}",
                     font=f, size_pt=10.5, leading=1.45, align="justify") + 4
    sh.text(20, y + 2, W[2], font=f, size_pt=10.5)
    sh.signature(24, y + 8, 42, 14, rng)
    sh.stamp(26, y + 6, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", True), rng, shape="rect2",
             size_mm=34, color=STAMP_RED)
    sh.rule(20, 278, 190, 278, width_mm=0.2)
    sh.text(105, 281, f"{d.inst} · {d.street} · {d.pc} {d.city} · {d.tel}", font=f, size_pt=7.5, anchor="center",
            color=GREY)
    return [copied_twice(sh, rng)], {}


_reg("be9ter-medstat-consultation-epd-deux-colonnes", "medical-statement", PART, "fr/nl", medstat_consult_two_col,
     "consultation report from a hospital system, grey data column left, text right, initials by hand")
_reg("be9ter-medstat-specialist-lettre-cachet-grainy", "medical-statement", PART, "fr/nl", medstat_specialist_stamp,
     "specialist's letter to the GP, stamp pressed over the signature, copy of a copy")


# --------------------------------------------------------------------------- country-of-origin information

def coi_essential_list_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An extract of the country's national list of essential medicines (printed PDF page, landscape table),
    with the lawyer's typed note at the foot that the drug needed is absent or only in the private sector."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet(297, 210)
    f = "sans3"
    sh.text(15, 12, f"{cname(c.origin(), 'fr')} – Liste nationale des médicaments essentiels (extrait)", font=f,
            size_pt=12, bold=True)
    sh.text(15, 18.5, f"Ministère de la Santé · édition {rng.randint(2019, 2024)} · pages {rng.randint(20, 60)}–"
                      f"{rng.randint(61, 90)}", font=f, size_pt=8.5, color=GREY)
    cols = [("Code ATC", 30), ("DCI", 80), ("Forme / dosage", 70), ("Niveau de soins", 50), ("Remarque", 37)]
    y, x = 28, 15
    for t, w in cols:
        sh.rect(x, y, w, 8, width_mm=0.2, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 2, t, font=f, size_pt=8.5, bold=True)
        x += w
    y += 8
    gen = ["amoxicilline", "paracétamol", "métformine", "amlodipine", "oméprazole", "salbutamol", "furosémide",
           "ciprofloxacine", "insuline humaine NPH", "prednisolone"]
    for k, g in enumerate(rng.sample(gen, 8)):
        row = [f"{rng.choice('ABCJMNR')}{rng.randint(1, 9):02d}{rng.choice('ABCD')}", g,
               rng.choice(["comp. 500 mg", "sol. inj.", "comp. 10 mg", "gél. 20 mg"]),
               rng.choice(["CS", "HGR", "hôpital national"]), ""]
        x = 15
        for (t, w), v in zip(cols, row):
            sh.rect(x, y, w, 7, width_mm=0.15)
            sh.text(x + 1.5, y + 1.6, v, font=f, size_pt=8.3)
            x += w
        y += 7
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    note = (f"Note du conseil : {dr} ne figure pas sur la liste ; il n'est disponible qu'en pharmacie privée "
            f"(environ {il['cost']} par mois) ou à {o['hospital']}. Salaire moyen : {o['wage']}. {o['insurance_fr']}")
    sh.paragraph(15, y + 8, 265, note, font=f, size_pt=9.5, leading=1.4)
    return [sh], {}


def coi_memo_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A lawyer's memo on availability of care with the sources in numbered endnotes (MedCOI-answers, NGO
    reports, a price list), typed in a narrow face with a 'NOTA' heading."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    f = "condensed"
    sh.text(20, 16, "NOTA", font=f, size_pt=18, bold=True)
    sh.text(20, 25, f"Beschikbaarheid en toegankelijkheid van de behandeling – {cname(c.origin(), 'nl')}", font=f,
            size_pt=11, bold=True)
    sh.text(20, 31, f"Opgesteld {fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'dots')} – intern nr. "
                    f"{rng.randint(100, 999)}/{rng.randint(20, 26)}", font=f, size_pt=8.5, color=GREY)
    dr = drug(c.illness, "nl") if "nl" in il else drug(c.illness, "fr")
    paras = [f"1. Beschikbaarheid. In {cname(c.origin(), 'nl')} is {dr} enkel beschikbaar in {o['hospital']}¹; "
             f"in de provincie is het geneesmiddel niet te verkrijgen².",
             f"2. Kostprijs. De behandeling kost ongeveer {il['cost']} per maand³, tegenover een gemiddeld maandloon "
             f"van {o['wage']}.",
             f"3. Toegankelijkheid. {o['insurance_nl']}",
             "4. Besluit. De behandeling is in de praktijk niet beschikbaar en niet toegankelijk."]
    y = 42
    for ptxt in paras:
        y = sh.paragraph(20, y, 170, ptxt, font=f, size_pt=10.5, leading=1.45, align="justify") + 3
    sh.rule(20, 250, 80, 250, width_mm=0.2)
    for k, t in enumerate(["¹ MedCOI-antwoord, referentie BMA-" + str(rng.randint(10000, 19999)) + ".",
                           "² Rapport van een medische NGO, veldbezoek apotheken.",
                           "³ Prijslijst van een privé-apotheek in de hoofdstad, opgevraagd door de familie."]):
        sh.text(20, 253 + k * 4.5, t, font=f, size_pt=7.8)
    return [sh], {}


_reg("be9ter-coi-fr-liste-medicaments-essentiels", "country-of-origin-info", PART, "fr", coi_essential_list_fr,
     "extract of the national essential-medicines list (landscape table) with counsel's note")
_reg("be9ter-coi-nl-nota-eindnoten", "country-of-origin-info", PART, "nl", coi_memo_nl,
     "lawyer's memo on availability, numbered paragraphs, sources in endnotes")


# --------------------------------------------------------------------------- asylum proof

def asylum_orange_card(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 'attestation d'immatriculation' (modèle A, the orange card) a commune issues to an applicant for
    international protection: orange card with photo, the validity and its extensions; copied on A4, in French
    with the holes of the client's ring binder, in Dutch scanned with the lid open."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    card = Sheet(105, 74)
    card.rect(0, 0, 105, 74, width_mm=0, fill=(250, 196, 120))
    f = "sans4"
    if lang == "fr":
        head = ["ROYAUME DE BELGIQUE", "ATTESTATION D'IMMATRICULATION – MODÈLE A"]
        labs = ["Nom", "Prénoms", "Né(e) le", "Nationalité", "N° SP", "Demande de protection internationale du",
                "Valable jusqu'au"]
    else:
        head = ["KONINKRIJK BELGIË", "ATTEST VAN IMMATRICULATIE – MODEL A"]
        labs = ["Naam", "Voornamen", "Geboren op", "Nationaliteit", "OV-nummer", "Verzoek internationale bescherming van",
                "Geldig tot"]
    card.text(3, 2, head[0], font=f, size_pt=6.5, bold=True)
    card.text(3, 5.5, head[1], font=f, size_pt=6.5, bold=True)
    card.photo(78, 10, 23, 29, rng)
    valid = c.app_date + timedelta(days=rng.randint(20, 110))
    vals = [c.p.surname.upper(), c.p.given_names, fdate(c.p.birth_date, "dots"),
            COUNTRIES[c.p.nationality]["adj_" + lang], c.ov or "—", fdate(lodged, "dots"), fdate(valid, "dots")]
    y = 11
    for lab, val in zip(labs, vals):
        card.text(3, y, lab, font=f, size_pt=4.8, color=(90, 60, 30))
        card.text(3, y + 2.5, val, font=f, size_pt=6.8, bold=True)
        y += 8.4
    card.signature(78, 42, 22, 8, rng, color=INK_BLACK)
    card.stamp(84, 56, ["COMMUNE", c.addr.city.upper()[:14]], rng, size_mm=18, color=STAMP_VIOLET)
    sh = Sheet()
    sh.image(50, 40, 110, 77.5, card.render(300))
    # the back with the extensions below it
    back = Sheet(105, 74)
    back.rect(0, 0, 105, 74, width_mm=0, fill=(250, 200, 128))
    back.text(3, 3, "Prorogations / Verlengingen", font=f, size_pt=6.5, bold=True)
    for k in range(2):
        back.stamp(6 + k * 48, 12, [("PROROGÉ" if lang == "fr" else "VERLENGD"),
                                    fdate(lodged + timedelta(days=120 * (k + 1)), "dots")], rng, shape="rect",
                   size_mm=30, color=STAMP_RED)
    sh.image(50, 125, 110, 77.5, back.render(300))
    if lang == "fr":
        punch_holes(sh)
        return [sh], {}
    return [lid_open(sh, rng)], {}


def asylum_fedasil_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Fedasil reception centre's attestation that the resident is an applicant for international protection
    whose procedure is pending (for the lawyer), on the centre's letterhead, signed by the social assistant."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    centre = rng.choice(["Opvangcentrum Sint-Truiden", "Opvangcentrum Brugge", "Opvangcentrum Kapellen",
                         "Opvangcentrum Mouscron"])
    sh = Sheet()
    f = "sans2"
    sh.text(20, 14, "fedasil", font=f, size_pt=20, bold=True, color=(0, 120, 160))
    sh.text(20, 22, f"{centre} · Federaal agentschap voor de opvang van asielzoekers", font=f, size_pt=8.5,
            color=GREY)
    sh.text(20, 44, "ATTEST", font=f, size_pt=15, bold=True)
    body = (f"Ondergetekende, maatschappelijk assistent in het {centre}, verklaart dat {c.p.given_names} "
            f"{c.p.surname.upper()}, geboren op {fdate(c.p.birth_date, 'dots', 'nl')}, "
            f"{COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit, OV {c.ov or '—'}, in ons centrum verblijft als "
            f"verzoeker om internationale bescherming. Het verzoek werd ingediend op {fdate(lodged, 'dots', 'nl')} "
            f"en is, volgens de gegevens van het wachtregister op vandaag, nog hangende bij het CGVS.")
    y = sh.paragraph(20, 56, 170, body, font=f, size_pt=10.5, leading=1.5)
    sh.text(20, y + 8, f"Opgemaakt op {fdate(c.app_date - timedelta(days=rng.randint(5, 30)), 'long', 'nl')}", font=f,
            size_pt=10)
    sh.signature(20, y + 14, 42, 14, rng)
    sh.stamp(90, y + 10, ["FEDASIL", centre.upper()[:26]], rng, size_mm=28, color=(0, 90, 140))
    return [sh], {}


_reg("be9ter-asylum-carte-orange-fr", "asylum-proof", PART, "fr", lambda c, r: asylum_orange_card(c, r, lang="fr"),
     "orange card (attestation d'immatriculation, modèle A) recto and verso, copy of a punched page")
_reg("be9ter-asylum-oranje-kaart-nl", "asylum-proof", PART, "nl", lambda c, r: asylum_orange_card(c, r, lang="nl"),
     "orange card (attest van immatriculatie) recto and verso, flatbed scan with the lid open")
_reg("be9ter-asylum-fedasil-attest-nl", "asylum-proof", PART, "nl", asylum_fedasil_nl,
     "Fedasil reception centre's attestation that the procedure is pending")


# --------------------------------------------------------------------------- registered mail

def _bpost_receipt(c: Case, rng: random.Random, w=72.0, h=112.0) -> Sheet:
    """bpost's counter receipt ('Ontvangstbewijs / Récépissé'), the addressee block first, the barcode last."""
    sh = Sheet(w, h)
    sh.rect(0, 0, w, h, width_mm=0, fill=(252, 252, 248))
    f = "typewriter3"
    sh.rect(0, 0, w, 10, width_mm=0, fill=(225, 30, 40))
    sh.text(4, 2.2, "bpost", font="sans5", size_pt=13, bold=True, color=(255, 255, 255))
    sh.text(w - 4, 3.5, "ONTVANGSTBEWIJS / RÉCÉPISSÉ", font=f, size_pt=5.6, anchor="right", color=(255, 255, 255))
    y = 14
    sh.text(4, y, "AAN / À:", font=f, size_pt=6.8, bold=True)
    for k, ln in enumerate(c.rm_to):
        sh.text(4, y + 4 + k * 3.6, ln[:34], font=f, size_pt=6.8)
    y += 6 + 3.6 * len(c.rm_to) + 2
    sh.text(4, y, "VAN / DE:", font=f, size_pt=6.8, bold=True)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(4, y + 4 + k * 3.6, ln[:34], font=f, size_pt=6.8)
    y += 6 + 3.6 * len(_sender_lines(c)) + 2
    sh.text(4, y, f"{_post_office(c)[:30]}", font=f, size_pt=6.6)
    sh.text(4, y + 4, f"{fdate(c.rm_date, 'dots')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  AANGETEKEND",
            font=f, size_pt=6.6)
    barcode(sh, 5, y + 9, w - 10, 8, c.rm_track)
    sh.text(w / 2, y + 18.5, track_spaced(c.rm_track), font=f, size_pt=6.4, anchor="center")
    sh.text(4, h - 7, f"TE BETALEN / À PAYER  EUR {rng.choice(['10,75', '11,10', '11,45'])}", font=f, size_pt=6.6)
    return sh


def rm_stub_stapled(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt and the label's tear-off stub (same number) stapled on an A4 sheet of the office, copied."""
    slip = _bpost_receipt(c, rng)
    stub = Sheet(60, 28)
    stub.rect(0, 0, 60, 28, width_mm=0, fill=(255, 250, 230))
    stub.text(3, 2, "R – Aangetekend / Recommandé", font="sans", size_pt=6.5, bold=True)
    barcode(stub, 4, 8, 52, 9, c.rm_track)
    stub.text(30, 19, track_spaced(c.rm_track), font="mono", size_pt=6.2, anchor="center")
    sh = Sheet()
    sh.image(24, 26, 72, 112, slip.render(300))
    sh.image(112, 30, 60, 28, stub.render(300))
    for x, y in ((26, 22), (114, 26)):
        sh.rect(x, y, 12, 1.4, width_mm=0, fill=(70, 70, 70))
    sh.handwriting(112, 70, f"9ter {c.p.surname.upper()}", rng, size_pt=12, font="hand1", color=INK_BLUE)
    return [sh], {"addressee": 1}


def rm_lid_open(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt alone on the glass of a flatbed scanner with the lid open: the small slip in a black field."""
    slip = _bpost_receipt(c, rng)
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(14, 14, 16))
    x, y = rng.uniform(4, 20), rng.uniform(4, 18)
    sh.image(x, y, 72 * 1.2, 112 * 1.2, slip.render(300))
    return [sh], {"addressee": 1}


def rm_fax(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt faxed by the law office to the client's social worker and filed from that fax: the slip in the
    middle of the page, the fax cover line, 1-bit 200 dpi."""
    slip = _bpost_receipt(c, rng)
    sh = Sheet()
    sh.text(20, 14, "FAX – preuve d'envoi recommandé", font="sans", size_pt=12, bold=True)
    sh.text(20, 21, f"Dossier {c.p.surname.upper()} – 9ter", font="sans", size_pt=10)
    sh.image(60, 34, 86.4, 134.4, slip.render(300))
    return [fax_1bit(sh, f"{fdate(c.rm_date, 'dots')} {rng.randint(14, 18):02d}:{rng.randint(0, 59):02d}  "
                         f"{(c.lawyer or {}).get('tel', '02 000 00 00')}  P.01")], {"addressee": 1}


_reg("be9ter-rm-receipt-stub-stapled", "registered-mail-receipt", PART, "nl", rm_stub_stapled,
     "bpost receipt and the label's tear-off stub stapled on A4, handwritten file note")
_reg("be9ter-rm-receipt-lid-open-black", "registered-mail-receipt", PART, "nl", rm_lid_open,
     "receipt alone on a flatbed scanned with the lid open (black field around it)")
_reg("be9ter-rm-receipt-fax-fr", "registered-mail-receipt", PART, "fr", rm_fax,
     "receipt on a fax page of the law office, 1-bit 200 dpi with the fax header")


# --------------------------------------------------------------------------- other

def other_declaration_typed_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour typed by the social service and signed (no evidentiary value)."""
    sh = Sheet()
    f = "serif"
    sh.text(105, 30, "DÉCLARATION SUR L'HONNEUR", font=f, size_pt=14, bold=True, anchor="center")
    body = (f"Je soussigné{'e' if c.fem else ''}, {c.p.surname.upper()} {c.p.given_names}, né{'e' if c.fem else ''} le "
            f"{fdate(c.p.birth_date, 'dots', 'fr')} à {c.p.birth_place}, déclare sur l'honneur que je ne possède "
            f"aucun document d'identité. Mon passeport m'a été retiré par le passeur pendant le voyage et je n'ai "
            f"pas pu en obtenir un nouveau auprès de mon ambassade.")
    y = sh.paragraph(25, 48, 160, body, font=f, size_pt=11.5, leading=1.7, align="justify")
    sh.text(25, y + 12, f"Fait à {c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(2, 12)), 'dots')}",
            font=f, size_pt=11)
    sh.text(120, y + 24, "Signature", font=f, size_pt=10)
    sh.signature(120, y + 28, 44, 15, rng)
    return [sh], {"identity": 1}


def other_cpas_amu(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS attestation that the person receives urgent medical aid ('aide médicale urgente'), card-like box."""
    sh = Sheet()
    f = "sans6"
    sh.text(20, 16, f"CPAS de {c.addr.city}", font=f, size_pt=13, bold=True)
    sh.text(20, 23, "Service Aide médicale urgente", font=f, size_pt=9, color=GREY)
    sh.rect(20, 36, 170, 48, width_mm=0.5)
    sh.text(25, 40, "ATTESTATION – AIDE MÉDICALE URGENTE", font=f, size_pt=11.5, bold=True)
    sh.text(25, 50, f"Bénéficiaire : {c.p.surname.upper()} {c.p.given_names}", font=f, size_pt=10.5)
    sh.text(25, 57, f"Né(e) le : {fdate(c.p.birth_date, 'dots', 'fr')}", font=f, size_pt=10.5)
    sh.text(25, 64, f"Période couverte : {fdate(c.app_date - timedelta(days=60), 'dots')} – "
                    f"{fdate(c.app_date + timedelta(days=120), 'dots')}", font=f, size_pt=10.5)
    sh.text(25, 71, "Prestataires : médecin généraliste, pharmacie, hôpital du réseau", font=f, size_pt=10)
    sh.signature(130, 90, 40, 13, rng)
    sh.stamp(100, 88, ["CPAS", c.addr.city.upper()[:16]], rng, size_mm=24, color=STAMP_BLUE)
    return [sh], {}


def other_lease_page(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The first page of a lease ('huurovereenkomst voor hoofdverblijfplaats'), the parties and the let
    premises, the other pages not copied."""
    sh = Sheet()
    f = "serif2"
    sh.text(105, 20, "HUUROVEREENKOMST VOOR WONINGEN", font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 26, "gelegen in het Vlaamse Gewest – hoofdverblijfplaats", font=f, size_pt=9.5, anchor="center")
    g = rng.choice(["Jan", "Marc", "Hilde", "Rita", "Luc"]) + " " + rng.choice(["Peeters", "Janssens", "Maes",
                                                                                  "Willems", "Claes"])
    body = [f"TUSSEN: {g}, hierna 'de verhuurder',",
            f"EN: {c.p.given_names} {c.p.surname.upper()}, geboren op {fdate(c.p.birth_date, 'dots', 'nl')}, hierna "
            f"'de huurder',",
            "IS OVEREENGEKOMEN WAT VOLGT:",
            f"Artikel 1 – Gehuurd goed. De verhuurder verhuurt aan de huurder het appartement gelegen te "
            f"{addr_str(c.addr, 'nl', 'street-first')}.",
            f"Artikel 2 – Duur. De huur gaat in op {fdate(c.app_date - timedelta(days=rng.randint(200, 700)), 'dots')} "
            f"voor een duur van drie jaar.",
            f"Artikel 3 – Huurprijs. {rng.randint(450, 780)} euro per maand, te betalen vóór de vijfde van de maand."]
    y = 40
    for b in body:
        y = sh.paragraph(25, y, 160, b, font=f, size_pt=10.5, leading=1.5) + 3
    sh.text(105, 287, "1/4", font=f, size_pt=9, anchor="center")
    return [sh], {}


_reg("be9ter-other-declaration-fr-honneur-tapee", "other", PART, "fr", other_declaration_typed_fr,
     "the applicant's declaration on honour, typed and signed")
_reg("be9ter-other-cpas-aide-medicale-urgente", "other", PART, "fr", other_cpas_amu,
     "CPAS attestation of urgent medical aid in a framed box")
_reg("be9ter-other-huurcontract-eerste-blad", "other", PART, "nl", other_lease_page,
     "first page of a lease (main residence), the rest not copied")
