"""9ter families of the `sixth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout, fresh, fourth and fifth had been read, by a writer who did not see the validator: an
avocat's requête with its letterhead in a narrow column on the left and the law cited in footnotes, a
letter of a Flemish CAW social worker that the applicant co-signs, a typed Flemish NGO form whose answers run on
past their boxes into the next section, an English letter of a university law clinic; the 2024 certificate
filled in with a fountain pen (cursive-like strokes), the previous model typed with the answers spilling into
the next question, the 2024 model copied at 95 % with a highlighter mark, the 2024 model in English sent through
a phone scanner app; a hospital's discharge letter and a specialist's psychiatric report; a printed e-mail of a
doctor in the country of origin and a pharmacy-availability survey table; annex 25 of a border application and
a printed CGVS e-mail confirming that the file is still pending; a bpost receipt with its number highlighted,
a receipt cropped by a scanner app, a receipt copied at 95 % with a staple; a separate attachment list and a
mutuality card copy.  The applications' sentences are this part's own (s_personal, s_residence, ...).
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
from .sixth_identity import crooked_200, highlighter, reduced_copy, scan_app, staple_shadow

PART = "sixth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _pr(c: Case, lang: str) -> str:
    return {"fr": "elle" if c.fem else "il", "nl": "zij" if c.fem else "hij", "en": "she" if c.fem else "he"}[lang]


def _Pr(c: Case, lang: str) -> str:
    return _pr(c, lang).capitalize()


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (bijlage {n})", "fr": f" (annexe {n})", "en": f" (enclosure {n})"}[lang]


def s_personal(c: Case, lang: str) -> str:
    """Who the applicant is: nationality first, then name, then birth (as this part's writers put it)."""
    who = name_in(c.p, c.name_style)
    born = c.d(c.p.birth_date, lang)
    place = "" if "no_birthplace" in c.flags else f"{c.p.birth_place}, {cname(c.birth_cc(), lang)}"
    nat = "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    if lang == "fr":
        s = (f"Le requérant de nationalité {nat}, " if nat and not c.fem else
             f"La requérante de nationalité {nat}, " if nat else ("La requérante, " if c.fem else "Le requérant, "))
        s += f"{who}, est né{'e' if c.fem else ''} le {born}" + (f" à {place}" if place else "") + "."
        s += f" NN {c.nrn}." if c.nrn else f" Dossier OE n° {c.ov}."
    elif lang == "nl":
        s = f"Verzoeker{'ster' if c.fem else ''}, {who}" + (f", van {nat} nationaliteit" if nat else "")
        s += f", is geboren op {born}" + (f" te {place}" if place else "") + "."
        s += f" Rijksregister {c.nrn}." if c.nrn else f" DVZ-referte {c.ov}."
    else:
        s = f"The applicant, {who}" + (f", a {nat} national" if nat else "")
        s += f", was born on {born}" + (f" at {place}" if place else "") + "."
        s += f" Belgian national number {c.nrn}." if c.nrn else f" DVZ/OE file number {c.ov}."
    return s


def s_residence(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"fr": f"{_Pr(c, lang)} séjourne actuellement chez des amis en Belgique.",
                "nl": f"{_Pr(c, lang)} verblijft momenteel bij vrienden in België.",
                "en": f"{_Pr(c, lang)} is currently staying with friends in Belgium."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"fr": f"{_Pr(c, lang)} réside effectivement {a}.",
            "nl": f"{_Pr(c, lang)} verblijft feitelijk op het adres {a}.",
            "en": f"{_Pr(c, lang)} actually resides at {a}."}[lang]


def s_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
        return {"fr": f"Élection de domicile est faite en l'étude de son avocat, {where}.",
                "nl": f"Er wordt woonplaats gekozen bij de advocaat, {where}.",
                "en": f"Domicile is elected at the lawyer's office, {where}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"fr": f"Élection de domicile : {c.other_domicile}.", "nl": f"Keuze van woonplaats: {c.other_domicile}.",
                "en": f"Elected domicile: {c.other_domicile}."}[lang]
    return {"fr": "Le domicile élu est l'adresse de résidence mentionnée ci-dessus.",
            "nl": "Als gekozen woonplaats geldt het hierboven vermelde verblijfsadres.",
            "en": "The elected domicile is the address of residence given above."}[lang]


def s_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _ref(c, "asylum", lang) if k == "asylum" else ""
        return {"fr": f"{_Pr(c, lang)} a introduit une demande de protection internationale le {d}, toujours en "
                      f"cours{ref}. En vertu de l'article 9ter, § 2, la preuve de l'identité n'est donc pas requise.",
                "nl": f"{_Pr(c, lang)} diende op {d} een verzoek om internationale bescherming in, dat nog loopt{ref}. "
                      f"Krachtens artikel 9ter, § 2, is het identiteitsbewijs dus niet vereist.",
                "en": f"{_Pr(c, lang)} applied for international protection on {d}; the application is still "
                      f"pending{ref}. Under Article 9ter § 2 proof of identity is therefore not required."}[lang]
    if k == "none":
        return {"fr": "Un passeport a été demandé à l'ambassade ; il sera transmis dès réception.",
                "nl": "Er is een paspoort aangevraagd bij de ambassade; het wordt bezorgd zodra het er is.",
                "en": "A passport has been requested from the embassy and will be forwarded on receipt."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ref(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"fr": "sa traduction par un traducteur juré", "nl": "de vertaling door een beëdigd vertaler",
                      "en": "its translation by a sworn translator"}[lang] + _ref(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"fr": f"L'identité est établie par les documents suivants : {lst}.",
         "nl": f"De identiteit wordt aangetoond met de volgende stukken: {lst}.",
         "en": f"Identity is established by the following documents: {lst}."}[lang]
    if k == "passport-expired":
        s += {"fr": " Même périmé, le passeport reste un document d'identité au sens de l'article 9ter, § 2.",
              "nl": " Ook vervallen blijft het paspoort een identiteitsdocument in de zin van artikel 9ter, § 2.",
              "en": " Although expired, the passport remains an identity document within Article 9ter § 2."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"fr": " Pris ensemble, ils établissent le nom, la date et le lieu de naissance et la nationalité.",
              "nl": " Samen tonen zij de naam, de geboortedatum en -plaats en de nationaliteit aan.",
              "en": " Together they establish the name, date and place of birth and nationality."}[lang]
    return s


def s_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd = c.d(c.cert_date, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"fr": f"le rapport du {doc} daté du {cd}", "nl": f"het verslag van {doc} van {cd}",
               "en": f"the report of {doc} dated {cd}"}[lang] + _ref(c, "medstat", lang)
    else:
        src = {"fr": f"le certificat médical type du {doc} daté du {cd}",
               "nl": f"het standaard medisch getuigschrift van {doc}, gedateerd {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _ref(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"fr": f"Selon {src}, {_pr(c, lang)} souffre de {t['name']}. {t['severity']} Le traitement requis "
                  f"comprend : {meds}.",
            "nl": f"Volgens {src} lijdt {_pr(c, lang)} aan {t['name']}. {t['severity']} De vereiste behandeling "
                  f"omvat: {meds}.",
            "en": f"According to {src}, {_pr(c, lang)} suffers from {t['name']}. {t['severity']} The treatment "
                  f"required comprises: {meds}."}[lang]


def s_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    r = _ref(c, "coi", lang)
    dr = drug(c.illness, lang)
    fr_in = FR_IN.get(c.origin(), f"en {cn}")
    return {"fr": f"Quant au pays d'origine : {fr_in}, {dr} n'est disponible qu'à {o['hospital']}{r}, pour un coût "
                  f"mensuel d'environ {il['cost']}, alors que le salaire moyen y est de {o['wage']}. "
                  f"{o['insurance_fr']} Le traitement n'y est donc ni disponible ni accessible, et "
                  f"{_pr(c, lang)} ne dispose d'un droit de séjour dans aucun autre pays.",
            "nl": f"Wat het land van herkomst betreft: in {cn} is {dr} enkel beschikbaar in {o['hospital']}{r}, "
                  f"aan ongeveer {il['cost']} per maand, bij een gemiddeld loon van {o['wage']}. "
                  f"{o['insurance_nl']} De behandeling is er dus niet beschikbaar en niet toegankelijk; "
                  f"{_pr(c, lang)} heeft in geen ander land een verblijfsrecht.",
            "en": f"As to the country of origin: in {cn}, {dr} is available only at {o['hospital']}{r}, at about "
                  f"{il['cost']} a month, against an average wage of {o['wage']}. {o['insurance_en']} Treatment is "
                  f"thus neither available nor accessible, and {_pr(c, lang)} has no right of residence in any other "
                  f"country."}[lang]


def s_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"fr": {"spouse": "époux/épouse", "child": "enfant"}, "nl": {"spouse": "partner", "child": "kind"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else ", " + COUNTRIES[q.nationality]["adj_" + lang]
        out.append(f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, {c.d(q.birth_date, lang)}, "
                   f"{q.birth_place}{nat}{_ref(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"fr": f"La demande est étendue aux membres de la famille qui vivent avec {'elle' if c.fem else 'lui'} : "
                  f"{lst}.",
            "nl": f"De aanvraag geldt ook voor de gezinsleden die bij {'haar' if c.fem else 'hem'} wonen: {lst}.",
            "en": f"The application extends to the family members living with {'her' if c.fem else 'him'}: "
                  f"{lst}."}[lang]


def s_parallel(c: Case, lang: str) -> str | None:
    parts = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        parts.append({"fr": f"Une demande 9ter du {d} est encore pendante ; {_pr(c, lang)} s'en désiste au profit de "
                            f"la présente demande, qui l'actualise.",
                      "nl": f"Een 9ter-aanvraag van {d} is nog hangende; {_pr(c, lang)} ziet daarvan af ten gunste "
                            f"van deze geactualiseerde aanvraag.",
                      "en": f"A 9ter application of {d} is still pending; it is withdrawn in favour of this updated "
                            f"application."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        parts.append({"fr": f"La demande de protection internationale a fait l'objet d'un refus le {d}.",
                      "nl": f"Het verzoek om internationale bescherming werd op {d} geweigerd.",
                      "en": f"The application for international protection was refused on {d}."}[lang])
    return " ".join(parts) or None


def s_request(c: Case, lang: str) -> str:
    return {"fr": "Partant, il vous est demandé de déclarer la demande recevable et fondée et d'accorder une "
                  "autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "nl": "Daarom wordt u verzocht de aanvraag ontvankelijk en gegrond te verklaren en een machtiging tot "
                  "verblijf toe te kennen op grond van artikel 9ter van de wet van 15 december 1980.",
            "en": "You are therefore asked to declare the application admissible and well founded and to grant "
                  "leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- applications

def app_footnotes_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A French-speaking avocat's requête: the office's details in a narrow column on the left of the first page (name,
    bar, address, IBAN, a thin vertical rule), the text to its right; the law and case law cited in footnotes at
    the foot of the pages; page numbers centred as '- 2 -'."""
    L = c.lawyer
    font = "serif2"
    notes_by_page: dict[int, list[str]] = {}

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(14, 16, f"Me {L['first']}", font=font, size_pt=9.5, bold=True)
            sh.text(14, 20.5, L["last"].upper(), font=font, size_pt=9.5, bold=True)
            for k, ln in enumerate(["Avocat au barreau", f"de {L['city']}", "", L["street"], f"{L['pc']} {L['city']}", "",
                                    L["tel"], L["mail"][:24], "", "Compte de tiers", "BE" + str(rng.randint(10, 99))
                                    + " " + str(rng.randint(1000, 9999)) + " " + str(rng.randint(1000, 9999))]):
                sh.text(14, 28 + k * 4.2, ln, font=font, size_pt=7.2, color=GREY)
            sh.rule(55, 14, 55, 120, width_mm=0.25, color=(150, 150, 150))
            return sh, 16
        return sh, 18

    fl = Flow(new_sheet, left=60, right=190, bottom=258, font=font, size=10.2, leading=1.4)
    for ln in ["Office des Étrangers", "Bureau 9ter – Régularisation médicale", "Boulevard Pachéco 44",
               "1000 Bruxelles"]:
        fl.line(ln, x=120, size=9.5)
    fl.space(3)
    fl.line(f"{L['city']}, le {c.d(c.app_date, 'fr', 'long')}", x=120, size=9.5)
    fl.line("Par envoi recommandé", x=120, size=9.5, italic=True)
    fl.space(6)
    fl.para(f"Concerne : demande d'autorisation de séjour – article 9ter¹ – {name_in(c.p, c.name_style)}", bold=True)
    notes_by_page.setdefault(fl.page, []).append("¹ Loi du 15 décembre 1980 sur l'accès au territoire, le séjour, "
                                                 "l'établissement et l'éloignement des étrangers, art. 9ter.")
    fl.para("Madame, Monsieur,")
    fl.para(s_personal(c, "fr"), align="justify", tag="personal")
    fl.para(" ".join(x for x in (s_residence(c, "fr"), s_domicile(c, "fr")) if x), align="justify",
            tag="residence")
    fam = s_family(c, "fr")
    if fam:
        fl.para(fam, align="justify", tag="family")
    fl.para(s_identity(c, "fr") + "²", align="justify", tag="identity")
    notes_by_page.setdefault(fl.page, []).append("² Art. 9ter, § 2, al. 1er ; C.E., arrêt du 7 avril 2022.")
    fl.para(s_medical(c, "fr"), align="justify", tag="medical")
    coi = s_coi(c, "fr")
    if coi:
        fl.para(coi + "³", align="justify", tag="coi")
        notes_by_page.setdefault(fl.page, []).append("³ Voy. CEDH, Paposhvili c. Belgique, 13 décembre 2016, "
                                                     "§ 183.")
    par = s_parallel(c, "fr")
    if par:
        fl.para(par, align="justify", tag="parallel")
    fl.para(s_request(c, "fr"), align="justify")
    fl.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.")
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(120, y, 46, 15, rng, color=INK_BLACK, style="loops")
    fl.sheet.text(120, y + 17, f"{L['first']} {L['last'].upper()}, avocat", font=font, size_pt=10)
    fl.y = y + 26
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Annexes :", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}) {d}", indent=4, gap=0.3, size=9.2)
    for i, sh in enumerate(fl.sheets, 1):
        notes = notes_by_page.get(i, [])
        if notes:
            sh.rule(60, 263, 110, 263, width_mm=0.2)
            for k, t in enumerate(notes):
                sh.text(60, 265 + k * 4, t, font=font, size_pt=7.2)
        sh.text(105, 286, f"- {i} -", font=font, size_pt=8.5, anchor="center")
    return fl.sheets, fl.tags


def app_social_worker_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A letter of a CAW social worker in prose, written on the centre's letterhead (logo band at the top), sent
    with the applicant: 'namens mijn cliënt'; the applicant signs at the foot beside the social worker."""
    caw = rng.choice([("CAW Antwerpen", "Van Immerseelstraat 66, 2018 Antwerpen"),
                      ("CAW Oost-Brabant", "Diestsepoort 4, 3000 Leuven"),
                      ("CAW Limburg", "Gouverneur Roppesingel 131, 3500 Hasselt")])
    font = "sans6"
    sw = rng.choice(["Els Claes", "Nadia El Idrissi", "Pieter Wouters", "Katrien Maes"])

    def new_sheet(i):
        sh = Sheet()
        sh.rect(0, 0, 210, 8, width_mm=0, fill=(230, 0, 110))
        if i == 0:
            sh.text(20, 14, caw[0], font=font, size_pt=15, bold=True, color=(230, 0, 110))
            sh.text(20, 22, f"Onthaal & Begeleiding · {caw[1]}", font=font, size_pt=8.5, color=GREY)
            return sh, 36
        return sh, 18

    fl = Flow(new_sheet, left=22, right=188, bottom=272, font=font, size=10.4, leading=1.42)
    for ln in ["Aan de Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 Brussel"]:
        fl.line(ln)
    fl.space(4)
    fl.line(f"{caw[1].split()[-1]}, {c.d(c.app_date, 'nl', 'long')}")
    fl.line("Aangetekend", italic=True, size=9.5)
    fl.space(4)
    fl.para(f"Onderwerp: aanvraag tot machtiging tot verblijf (artikel 9ter) voor {name_in(c.p, c.name_style)}",
            bold=True)
    fl.para("Geachte heer, mevrouw,")
    fl.para(f"Ik ben maatschappelijk werker bij {caw[0]} en begeleid {c.p.given_names} {c.p.surname} sinds enkele "
            f"maanden. Samen met {'haar' if c.fem else 'hem'} dien ik deze aanvraag in.")
    fl.para(s_personal(c, "nl"), tag="personal")
    fl.para(" ".join(x for x in (s_residence(c, "nl"), s_domicile(c, "nl")) if x), tag="residence")
    for txt, tag in [(s_family(c, "nl"), "family"), (s_identity(c, "nl"), "identity"),
                     (s_medical(c, "nl"), "medical"), (s_coi(c, "nl"), "coi"), (s_parallel(c, "nl"), "parallel")]:
        if txt:
            fl.para(txt, tag=tag)
    fl.para(s_request(c, "nl"))
    fl.para("Met vriendelijke groeten,", gap=3)
    fl.ensure(34)
    fl.tag("signature")
    y = fl.y
    fl.sheet.text(22, y, "De aanvrager", font=font, size_pt=9, color=GREY)
    fl.sheet.text(110, y, "De maatschappelijk werker", font=font, size_pt=9, color=GREY)
    if "unsigned" not in c.flags:
        fl.sheet.signature(22, y + 4, 44, 14, rng, color=INK_BLUE)
    fl.sheet.signature(110, y + 4, 44, 14, rng, color=INK_BLACK, style="zigzag")
    fl.sheet.text(22, y + 20, f"{c.p.given_names} {c.p.surname}", font=font, size_pt=9.5)
    fl.sheet.text(110, y + 20, sw, font=font, size_pt=9.5)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Bijlagen", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"• bijlage {i}: {d}", indent=3, gap=0.2, size=9.2)
    return fl.sheets, fl.tags


def app_form_overflow_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish NGO's 9ter form, typed on a typewriter-like face; the boxes are fixed in height and long answers
    run on past the box's lower edge over the next label (as a printed-and-typed form does); numbered sections."""
    org = rng.choice(["Medimmigrant vzw – Brussel", "Vluchtelingenwerk – Juridisch Loket Gent",
                      "Dokters van de Wereld – Antwerpen"])
    f = "typewriter3"
    lf = "sans4"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2), 1):
        sh.text(15, 10, org, font=lf, size_pt=9, color=GREY)
        sh.text(195, 10, f"{i}/2", font=lf, size_pt=9, anchor="right", color=GREY)
        sh.rule(15, 15, 195, 15, width_mm=0.4)

    def box(sh, y, n, label, val, h=12.0):
        sh.rect(15, y, 180, h, width_mm=0.25)
        sh.text(17, y + 1.2, f"{n}. {label}", font=lf, size_pt=7.5, color=(60, 60, 60))
        lines = sh.wrap(val, 172, font=f, size_pt=9.5) if val else []
        for k, ln in enumerate(lines):
            sh.text(19, y + 5 + k * 4.1, ln, font=f, size_pt=9.5)   # no clipping: long answers run past the box
        return y + h

    s1.text(15, 20, "AANVRAAG MACHTIGING TOT VERBLIJF – ARTIKEL 9ter", font=lf, size_pt=12, bold=True)
    s1.text(15, 26, "in te vullen in drukletters of met de machine – aangetekend te versturen naar DVZ", font=lf,
            size_pt=8, color=GREY)
    y = 32
    tags["personal"] = 1
    y = box(s1, y, 1, "Naam en voornamen", f"{c.p.surname.upper()}, {c.p.given_names}", 10)
    y = box(s1, y, 2, "Geboortedatum en -plaats", c.d(c.p.birth_date, "nl", "dots") + (
        "" if "no_birthplace" in c.flags else f" – {c.p.birth_place} ({cname(c.birth_cc(), 'nl')})"), 10)
    y = box(s1, y, 3, "Nationaliteit", "" if "no_nationality" in c.flags else
            COUNTRIES[c.p.nationality]["adj_nl"], 10)
    y = box(s1, y, 4, "Rijksregisternummer of DVZ-nummer", c.nrn or c.ov, 10)
    tags["residence"] = 1
    y = box(s1, y, 5, "Verblijfsadres in België", "" if "no_address" in c.flags else
            addr_str(c.addr, "nl", c.addr_style), 10)
    dom = s_domicile(c, "nl")
    y = box(s1, y, 6, "Gekozen woonplaats", "" if dom is None else (
        "zelfde als verblijfsadres" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile), 10)
    tags["identity"] = 1
    y = box(s1, y, 7, "Identiteitsdocumenten (of reden van vrijstelling)", s_identity(c, "nl"), 22)
    fam = s_family(c, "nl")
    if fam:
        tags["family"] = 1
    y = box(s1, y, 8, "Gezinsleden", fam or "geen", 18)
    tags["medical"] = 1
    box(s1, y, 9, "Medische toestand (zie standaard medisch getuigschrift)", s_medical(c, "nl"), 36)
    y = 20
    coi = s_coi(c, "nl")
    if coi:
        tags["coi"] = 2
    y = box(s2, y, 10, "Beschikbaarheid en toegankelijkheid van de zorg in het land van herkomst", coi or "", 34)
    par = s_parallel(c, "nl")
    if par:
        tags["parallel"] = 2
    y = box(s2, y, 11, "Andere procedures", par or "geen", 16)
    tags["inventory"] = 2
    inv = "; ".join(f"({i}) {d}" for i, (_, d) in enumerate(c.annexes, 1))
    y = box(s2, y, 12, "Bijgevoegde stukken", inv, max(24, 4.1 * len(s2.wrap(inv, 172, font=f, size_pt=9.5)) + 2))
    y += 10
    tags["signature"] = 2
    s2.text(15, y, f"Datum: {c.d(c.app_date, 'nl', 'dots')}", font=f, size_pt=10)
    s2.text(110, y, "Handtekening van de aanvrager:", font=lf, size_pt=8.5)
    if "unsigned" not in c.flags:
        s2.signature(112, y + 5, 48, 16, rng, color=INK_BLUE)
    return [s1, s2], tags


def app_law_clinic_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English letter of a university law clinic (not an accepted language), headed paragraphs in small
    capitals, the student and the supervising lawyer named; the applicant signs."""
    font = "serif3"

    def new_sheet(i):
        sh = Sheet()
        sh.text(20, 12, "Legal Clinic for Migrants' Rights", font=font, size_pt=12, bold=True, color=(20, 60, 110))
        sh.text(20, 18, "Faculty of Law · Pleinlaan 2 · 1050 Brussels", font=font, size_pt=8, color=GREY)
        sh.rule(20, 22, 190, 22, width_mm=0.8, color=(20, 60, 110))
        return sh, 30

    fl = Flow(new_sheet, left=20, right=190, bottom=274, font=font, size=9.8, leading=1.38)
    fl.line("To: Immigration Office (DVZ/OE), 9ter unit, Boulevard Pachéco 44, 1000 Brussels")
    fl.line(f"Date: {c.d(c.app_date, 'en', 'long')}    Sent by registered post")
    fl.space(3)
    fl.line("RE: APPLICATION UNDER ARTICLE 9TER", bold=True)
    for head, txt, tag in [("THE APPLICANT", s_personal(c, "en"), "personal"),
                           ("RESIDENCE", " ".join(x for x in (s_residence(c, "en"), s_domicile(c, "en")) if x),
                            "residence"),
                           ("FAMILY", s_family(c, "en"), "family"), ("IDENTITY", s_identity(c, "en"), "identity"),
                           ("MEDICAL GROUNDS", s_medical(c, "en"), "medical"),
                           ("COUNTRY OF ORIGIN", s_coi(c, "en"), "coi"),
                           ("OTHER PROCEEDINGS", s_parallel(c, "en"), "parallel")]:
        if txt:
            fl.para(head, bold=True, size=8.6, gap=0.5, tag=tag)
            fl.para(txt, align="justify")
    fl.para(s_request(c, "en"))
    fl.ensure(32)
    fl.tag("signature")
    y = fl.y
    fl.sheet.text(20, y, "Applicant's signature", font=font, size_pt=8.5, color=GREY)
    if "unsigned" not in c.flags:
        fl.sheet.signature(20, y + 4, 44, 14, rng, color=INK_BLUE)
    fl.sheet.text(110, y, "Prepared by the clinic (student adviser, supervised by counsel)", font=font, size_pt=8,
                  color=GREY)
    fl.y = y + 24
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("ENCLOSURES", bold=True, size=8.6, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"[{i}] {d}", indent=4, gap=0.3, size=9)
    return fl.sheets, fl.tags


_reg("be9ter-app-fr-lawyer-prose-footnotes", "application", PART, "fr", app_footnotes_fr,
     "avocat's requête, letterhead in a narrow left column, law cited in footnotes, '- n -' page numbers")
_reg("be9ter-app-nl-prose-caw-social-worker", "application", PART, "nl", app_social_worker_nl,
     "CAW social worker's letter in prose, magenta band, signed by applicant and social worker")
_reg("be9ter-app-nl-form-typed-overflow", "application", PART, "nl", app_form_overflow_nl,
     "NGO form typed in a mono face, fixed boxes with long answers running past them, numbered questions")
_reg("be9ter-app-en-law-clinic", "application", PART, "en", app_law_clinic_en,
     "English letter of a university law clinic, small-capital headings (not accepted)")


# --------------------------------------------------------------------------- standard medical certificates

def _sev_index(M: dict, sev: str) -> int:
    so = M["sevopts"]
    if not sev:
        return -1
    s = sev.lower()
    return 3 if s.startswith(so[3]) else 1 if s.startswith(so[1]) else 0 if s.startswith(so[0]) else 2


def medcert_fountain(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The printed 2024 model filled in with a fountain pen in a cursive-like hand (the chancery face, a little
    jittered), the chosen severity ticked with a pen stroke, the stamp overlapping the signature."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    ink = (18, 40, 110)
    hf = "hand3"
    font = "serif"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2), 1):
        sh.text(105, 9, M["title"], font=font, size_pt=11.5, bold=True, anchor="center")
        sh.text(105, 14, M["model"], font=font, size_pt=7.5, anchor="center", color=GREY)
        sh.text(105, 290, M["page"].format(i=i, n=2), font=font, size_pt=7.5, anchor="center")

    def field(sh, y, label, val, lines=1):
        sh.text(18, y, label, font=font, size_pt=8.6, bold=True)
        rows = sh.wrap(val, 165, font="hand3", size_pt=12) if val else []
        n = max(lines, len(rows))
        for k in range(n):
            sh.rule(18, y + 10 + k * 7, 192, y + 10 + k * 7, width_mm=0.12, dash=0.5, color=(150, 150, 150))
        for k, ln in enumerate(rows):
            sh.handwriting(19, y + 4 + k * 7, ln, rng, size_pt=12, color=ink, font=hf, jitter=0.6)
        return y + 12 + n * 7

    y = 21
    tags["patient"] = 1
    s1.text(18, y, M["s1"], font=font, size_pt=9.5, bold=True)
    y = field(s1, y + 6, f"{M['name']}, {M['first']}", f"{v['surname']} {v['first']}".strip())
    y = field(s1, y, f"{M['bd']} / {M['nat']}", f"{v['bd']} – {v['nat']}" if v["bd"] else "")
    tags["doctor"] = 1
    s1.text(18, y, M["s2"], font=font, size_pt=9.5, bold=True)
    y = field(s1, y + 6, M["dname"], d.name())
    y = field(s1, y, M["riziv"], v["riziv"])
    y = field(s1, y, M["daddr"], f"{d.street}, {d.pc} {d.city}")
    y = field(s1, y, M["s4"], v["hist"], 2)
    tags["illness"] = 1
    y = field(s1, y, M["s5"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", 2)
    tags["severity"] = 1
    s1.text(18, y, M["s6"], font=font, size_pt=8.6, bold=True)
    chosen = _sev_index(M, v["sev"])
    for k, o in enumerate(M["sevopts"]):
        x = 22 + k * 42
        s1.rect(x, y + 6, 4, 4, width_mm=0.25)
        if k == chosen:
            s1.handwriting(x - 0.5, y + 4.2, "v", rng, size_pt=14, color=ink, font="hand1")
        s1.text(x + 6, y + 6, o, font=font, size_pt=8.5)
    field(s1, y + 13, M["s6b"], v["sev"], 2)
    y = 21
    tags["treatment"] = 2
    s2.text(18, y, M["s7"], font=font, size_pt=9.5, bold=True)
    y = field(s2, y + 6, M["s7a"], v["meds"], 2)
    y = field(s2, y, M["s7b"], v["interv"])
    y = field(s2, y, M["s7c"], v["dur"])
    y = field(s2, y, M["s8"], v["cons"], 2)
    y = field(s2, y, M["s9"], v["prog"])
    y = field(s2, y, M["s11"], f"{M['yes']} – {v['travel']}")
    tags["signature"] = 2
    y = field(s2, y + 2, M["date"], v["date"])
    s2.text(18, y, M["sign"], font=font, size_pt=8.6, bold=True)
    if v["signed"]:
        s2.signature(40, y + 6, 52, 18, rng, color=ink, style="loops")
        s2.stamp(60, y + 4, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect2", size_mm=34,
                 color=STAMP_VIOLET, angle=rng.uniform(-8, 8))
    return [s1, s2], tags


def medcert_old_overflow(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed with fixed answer spaces and filled in by typing: the answers are typed where
    the space starts and long ones continue over the next heading's line; the doctor's details typed at the end."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    font = "serif4"
    tf = "typewriter"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(paper="cream"), Sheet(paper="cream")
    s1.text(105, 14, M["title"], font=font, size_pt=12.5, bold=True, anchor="center")
    s1.paragraph(25, 21, 160, M["sub"] + " " + M["law"], font=font, size_pt=7.5, align="center", color=GREY)

    def q(sh, y, head, val, space):
        yy = sh.paragraph(20, y, 170, head, font=font, size_pt=9.3, bold=True)
        for k, ln in enumerate(sh.wrap(val or "", 164, font=tf, size_pt=9.5)):
            sh.text(24, yy + 1 + k * 4.2, ln, font=tf, size_pt=9.5)
        return yy + space

    tags["patient"] = 1
    y = q(s1, 36, M["pat"], f"{v['pat']}   °{v['bd']}   {v['nat']}" if v["pat"] else "", 9)
    y = q(s1, y, M["A"], v["hist"], 12)
    tags["illness"] = 1
    y = q(s1, y, M["B"], f"{v['ill']} – {v['icd']}" if v["ill"] else "", 10)
    tags["severity"] = 1
    y = q(s1, y, M["sev"], v["sev"], 12)
    tags["treatment"] = 1
    y = q(s1, y, M["C"], v["meds"], 10)
    q(s1, y, M["interv"], v["interv"], 10)
    y = 20
    for head, val in ((M["dur"], v["dur"]), (M["D"], v["cons"]), (M["E"], v["prog"]), (M["F"], v["needs"]),
                      (M["G"], v["travel"])):
        y = q(s2, y, head, val, 12)
    y = max(y + 10, 210)
    tags["signature"] = 2
    tags["doctor"] = 2
    s2.text(20, y, f"{M['date']}", font=font, size_pt=10)
    s2.text(50, y, v["date"], font=tf, size_pt=10)
    s2.text(20, y + 7, M["sign"], font=font, size_pt=10)
    s2.text(24, y + 13, f"{d.name()} – {SPECIALTY[d.spec].get(lang, '')}", font=tf, size_pt=10)
    s2.text(24, y + 19, f"{M['riziv']} {v['riziv']}", font=tf, size_pt=10)
    if v["signed"]:
        s2.signature(120, y + 2, 50, 17, rng, color=INK_BLACK, style="zigzag")
        s2.stamp(128, y + 22, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=STAMP_BLUE)
    return [s1, s2], tags


def medcert_reduced_marker(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model typed into the fillable PDF, printed, then copied at 95 % for the file; the lawyer marked
    the diagnosis with a yellow highlighter before copying."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    font = "sans4"
    tf = "sans2"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2), 1):
        sh.rect(15, 8, 180, 12, width_mm=0, fill=(225, 225, 225))
        sh.text(105, 10, M["title"], font=font, size_pt=11, bold=True, anchor="center")
        sh.text(105, 15.5, M["model"], font=font, size_pt=7, anchor="center")
        sh.text(195, 288, M["page"].format(i=i, n=2), font=font, size_pt=7.5, anchor="right")

    def cell(sh, y, label, val, h=None):
        lines = sh.wrap(val, 172, font=tf, size_pt=9.6) if val else [""]
        h = h or max(11, 6 + len(lines) * 4.3)
        sh.text(17, y + 0.8, label, font=font, size_pt=7.6, color=(70, 70, 70))
        sh.rect(17, y + 4.2, 176, h - 5, width_mm=0, fill=(236, 242, 250))
        for k, ln in enumerate(lines):
            sh.text(19, y + 5 + k * 4.3, ln, font=tf, size_pt=9.6)
        return y + h + 1.5

    y = 24
    tags["patient"] = 1
    y = cell(s1, y, f"{M['s1']} – {M['name']} / {M['first']}", f"{v['surname']} {v['first']}".strip())
    y = cell(s1, y, f"{M['bd']} / {M['nat']}", f"{v['bd']}   {v['nat']}".strip())
    tags["doctor"] = 1
    y = cell(s1, y, f"{M['s2']} – {M['dname']}", d.name())
    y = cell(s1, y, M["riziv"], v["riziv"])
    y = cell(s1, y, M["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city}")
    y = cell(s1, y, M["s4"], v["hist"])
    tags["illness"] = 1
    ill_y = y
    y = cell(s1, y, M["s5"], f"{v['ill']} – {v['icd']}" if v["ill"] else "")
    if v["ill"]:
        highlighter(s1, 18, ill_y + 4.6, min(170, s1.text_width(v["ill"], font=tf, size_pt=9.6) + 4), 4.4)
    tags["severity"] = 1
    s1.text(17, y + 0.8, M["s6"], font=font, size_pt=7.6, color=(70, 70, 70))
    chosen = _sev_index(M, v["sev"])
    for k, o in enumerate(M["sevopts"]):
        s1.checkbox(19 + k * 44, y + 5.5, 3.5, checked=k == chosen)
        s1.text(24 + k * 44, y + 5.3, o, font=font, size_pt=8.5)
    y = cell(s1, y + 11, M["s6b"], v["sev"])
    y = 24
    tags["treatment"] = 2
    y = cell(s2, y, f"{M['s7']} – {M['s7a']}", v["meds"])
    y = cell(s2, y, M["s7b"], v["interv"])
    y = cell(s2, y, M["s7c"], v["dur"])
    y = cell(s2, y, M["s8"], v["cons"])
    y = cell(s2, y, M["s9"], v["prog"])
    y = cell(s2, y, M["s10"], v["needs"])
    y = cell(s2, y, M["s11"], f"{M['yes']} – {v['travel']}")
    tags["signature"] = 2
    y = cell(s2, y + 2, M["date"], v["date"])
    s2.text(17, y + 1, M["sign"], font=font, size_pt=7.6, color=(70, 70, 70))
    s2.rect(17, y + 5, 176, 30, width_mm=0.3)
    if v["signed"]:
        s2.signature(28, y + 10, 48, 17, rng, color=INK_BLUE)
        s2.stamp(108, y + 7, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=STAMP_BLUE)
    return [reduced_copy(s1), reduced_copy(s2)], tags


def medcert_scanapp(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model in English typed into the fillable PDF, printed and sent through a phone scanner app."""
    sheets, tags = medcert_reduced_marker(c, rng, lang=lang)
    return [scan_app(s) for s in sheets], tags


_reg("be9ter-medcert-2024-fr-fountain-pen", "medical-certificate", PART, "fr",
     lambda c, r: medcert_fountain(c, r, lang="fr"),
     "modèle 2024 rempli au stylo-plume (écriture cursive), gravité cochée à la main, cachet violet sur la signature")
_reg("be9ter-medcert-old-nl-typed-overflow", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_overflow(c, r, lang="nl"),
     "previous model on cream paper, answers typed in Courier running over the next heading, rectangular stamp")
_reg("be9ter-medcert-2024-nl-reduced-95-marker", "medical-certificate", PART, "nl",
     lambda c, r: medcert_reduced_marker(c, r, lang="nl"),
     "2024 model typed in the fillable PDF, copied at 95 %, diagnosis marked with a highlighter")
_reg("be9ter-medcert-2024-en-scanapp", "medical-certificate", PART, "en",
     lambda c, r: medcert_scanapp(c, r, lang="en"),
     "the 2024 model in English, fillable-PDF print sent through a scanner app (not accepted)")


# --------------------------------------------------------------------------- medical statements

def medstat_discharge(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital's discharge letter to the GP: admission and discharge dates in a grey box, then 'Reden van
    opname', 'Verloop', 'Ontslagmedicatie', 'Beleid'; signed by the resident and the supervising specialist."""
    d = c.specialist
    lang = "nl" if "nl" in ILLNESSES[c.illness] and c.lang != "fr" else "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    T = _ill_text(c, lang)
    W = {"nl": ("Ontslagbrief", "Opname", "Ontslag", "Reden van opname", "Verloop", "Ontslagmedicatie", "Beleid",
                "Geachte collega,"),
         "fr": ("Lettre de sortie", "Admission", "Sortie", "Motif d'admission", "Évolution", "Traitement de sortie",
                "Suivi", "Cher confrère,")}[lang]
    adm = c.medstat_date - timedelta(days=rng.randint(6, 20))
    sh = Sheet()
    f = "sans2"
    sh.text(20, 12, d.inst, font=f, size_pt=12.5, bold=True, color=(0, 90, 60))
    sh.text(20, 18.5, f"{SPECIALTY[d.spec][lang]} · {d.street} · {d.pc} {d.city}", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 32, W[0], font=f, size_pt=14, bold=True)
    sh.rect(120, 28, 70, 16, width_mm=0, fill=(236, 236, 236))
    sh.text(123, 30, f"{W[1]}: {fdate(adm, 'dots', lang)}", font=f, size_pt=9)
    sh.text(123, 35.5, f"{W[2]}: {fdate(c.medstat_date, 'dots', lang)}", font=f, size_pt=9)
    sh.text(20, 48, f"{c.p.surname.upper()} {c.p.given_names} – {fdate(c.p.birth_date, 'dots', lang)}", font=f,
            size_pt=10.5, bold=True)
    sh.text(20, 56, W[7], font=f, size_pt=10)
    y = 64
    for head, txt in ((W[3], T["name"] + "."), (W[4], T["history"] + " " + T["severity"]),
                      (W[5], "; ".join(T["meds"]) + "."), (W[6], T["needs"])):
        sh.text(20, y, head, font=f, size_pt=10, bold=True)
        y = sh.paragraph(20, y + 5, 170, txt, font=f, size_pt=10, leading=1.35) + 4
    sh.text(20, y + 6, f"{d.city}, {fdate(c.medstat_date, 'dots', lang)}", font=f, size_pt=10)
    sh.signature(20, y + 11, 36, 12, rng)
    sh.signature(110, y + 11, 36, 12, rng, color=INK_BLACK)
    sh.text(20, y + 25, "arts-assistent" if lang == "nl" else "médecin assistant", font=f, size_pt=9)
    sh.text(110, y + 25, d.name(), font=f, size_pt=9)
    return [sh], {}


def medstat_specialist_psy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's detailed report in the first person, set in a serif, with a staple shadow: anamnesis,
    clinical examination, conclusion; numbered paragraphs in the margin."""
    d = c.specialist
    lang = "fr" if "fr" in ILLNESSES[c.illness] and c.lang != "nl" else "nl" if "nl" in ILLNESSES[c.illness] else "fr"
    T = _ill_text(c, lang)
    W = {"fr": ("RAPPORT DU MÉDECIN SPÉCIALISTE", "Anamnèse", "Examen clinique", "Conclusion",
                "Je soussigné(e) certifie avoir examiné"),
         "nl": ("VERSLAG VAN DE GENEESHEER-SPECIALIST", "Anamnese", "Klinisch onderzoek", "Besluit",
                "Ondergetekende verklaart onderzocht te hebben:")}[lang]
    sh = Sheet()
    f = "serif5"
    sh.text(190, 12, d.name(), font=f, size_pt=11, bold=True, anchor="right")
    sh.text(190, 17.5, f"{SPECIALTY[d.spec][lang]} – {d.inst}", font=f, size_pt=8.5, anchor="right", color=GREY)
    sh.text(190, 22, f"{d.street}, {d.pc} {d.city}", font=f, size_pt=8.5, anchor="right", color=GREY)
    sh.text(20, 38, W[0], font=f, size_pt=13, bold=True)
    y = sh.paragraph(26, 48, 164, f"{W[4]} {c.p.given_names} {c.p.surname.upper()}, "
                     f"{fdate(c.p.birth_date, 'dots', lang)}.", font=f, size_pt=10.5) + 4
    for n, (head, txt) in enumerate(((W[1], T["history"]), (W[2], T["severity"]),
                                     (W[3], f"{T['name']}. " + "; ".join(T["meds"]) + ". " + T["prognosis"])), 1):
        sh.text(18, y, f"{n}.", font=f, size_pt=10.5, bold=True)
        sh.text(26, y, head, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(26, y + 5.5, 164, txt, font=f, size_pt=10.2, leading=1.45, align="justify") + 4
    sh.text(26, y + 6, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10)
    sh.signature(120, y + 4, 42, 14, rng)
    sh.stamp(140, y + 18, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", True), rng, shape="rect",
             size_mm=30, color=STAMP_BLUE)
    staple_shadow(sh, 6, 6, rng.uniform(30, 60))
    return [sh], {}


_reg("be9ter-medstat-ontslagbrief-ziekenhuis", "medical-statement", PART, "fr/nl", medstat_discharge,
     "hospital discharge letter, admission/discharge dates in a grey box, two signatures")
_reg("be9ter-medstat-specialist-rapport-staple", "medical-statement", PART, "fr/nl", medstat_specialist_psy,
     "specialist's first-person report with numbered sections, letterhead right, staple shadow")


# --------------------------------------------------------------------------- country-of-origin information

def coi_doctor_email_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed e-mail from a doctor in the capital of origin answering the lawyer's question on availability."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    f = "sans"
    for k, (a, b) in enumerate([("De :", f"dr.{rng.choice(['diallo', 'mbarga', 'hakimi', 'sarkisyan', 'nazari'])}"
                                         f"@{rng.choice(['gmail.com', 'yahoo.fr', 'outlook.com'])}"),
                                ("Envoyé :", fdate(c.app_date - timedelta(days=rng.randint(10, 60)), "long", "fr")),
                                ("À :", "cabinet@avocats.be"), ("Objet :", f"RE: disponibilité traitement – {o['capital']}")]):
        sh.text(20, 16 + k * 5, a, font=f, size_pt=9, bold=True)
        sh.text(42, 16 + k * 5, b, font=f, size_pt=9)
    sh.rule(20, 38, 190, 38, width_mm=0.2)
    txt = (f"Cher Maître, pour répondre à votre question : {drug(c.illness, 'fr') if 'fr' in il else drug(c.illness, 'nl')} "
           f"n'est disponible ici qu'à {o['hospital']}, et seulement par intermittence. Le coût est d'environ "
           f"{il['cost']} par mois, entièrement à charge du patient. {o['insurance_fr']} Bien confraternellement.")
    sh.paragraph(20, 44, 170, txt, font=f, size_pt=10, leading=1.4)
    sh.text(20, 282, "1/1", font=f, size_pt=8, color=GREY)
    return [sh], {}


def coi_survey_table_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's survey of pharmacies in the capital of origin: one row per pharmacy visited, in stock yes/no."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet(297, 210)
    f = "sans3"
    sh.text(15, 12, f"Apotheekbevraging {o['capital']} – beschikbaarheid geneesmiddelen", font=f, size_pt=12, bold=True)
    sh.text(15, 19, f"{cname(c.origin(), 'nl')} · veldwerk {rng.randint(2024, 2026)} · medische NGO", font=f,
            size_pt=8.5, color=GREY)
    cols = [("Apotheek", 70), ("Wijk", 50), ("Geneesmiddel", 90), ("In voorraad", 30), ("Prijs/maand", 37)]
    y = 30
    x = 15
    for t, w in cols:
        sh.rect(x, y, w, 8, width_mm=0.2, fill=(220, 230, 240))
        sh.text(x + 1.5, y + 2, t, font=f, size_pt=8.5, bold=True)
        x += w
    y += 8
    dr = drug(c.illness, "nl") if "nl" in il else drug(c.illness, "fr")
    for k in range(6):
        row = [f"Apotheek {chr(65 + k)}", rng.choice(["centrum", "noord", "zuid", "markt", "haven"]), dr[:48],
               "ja" if k == 2 else "nee", il["cost"] if k == 2 else "—"]
        x = 15
        for (t, w), v in zip(cols, row):
            sh.rect(x, y, w, 8, width_mm=0.2)
            sh.text(x + 1.5, y + 2, v, font=f, size_pt=8.5)
            x += w
        y += 8
    sh.paragraph(15, y + 6, 260, f"Gemiddeld maandloon: {o['wage']}. {o['insurance_nl']}", font=f, size_pt=9)
    return [sh], {}


_reg("be9ter-coi-fr-email-medecin-origine", "country-of-origin-info", PART, "fr", coi_doctor_email_fr,
     "printed e-mail of a doctor in the country of origin, header block, '1/1' at the foot")
_reg("be9ter-coi-nl-apotheekbevraging-liggend", "country-of-origin-info", PART, "nl", coi_survey_table_nl,
     "NGO pharmacy survey in landscape, one row per pharmacy")


# --------------------------------------------------------------------------- asylum proof

def asylum_annex25(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 25 ('déclaration d'une demande de protection internationale' made at the border / airport): the
    printed form with the boxes filled in by the officer in capitals, photo at the top right, the extension stamps
    in the margin."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans4"
    if lang == "fr":
        title = ["ANNEXE 25", "DÉCLARATION DE DEMANDE DE PROTECTION INTERNATIONALE (frontière)"]
        labs = ["Nom", "Prénom(s)", "Date de naissance", "Nationalité", "Numéro SP", "Introduite le", "Lieu"]
        place = "Aéroport de Bruxelles-National"
        foot = "Le présent document n'est pas un titre de séjour. Il est valable jusqu'à décision définitive."
    else:
        title = ["BIJLAGE 25", "VERKLARING VAN EEN VERZOEK OM INTERNATIONALE BESCHERMING (grens)"]
        labs = ["Naam", "Voornaam", "Geboortedatum", "Nationaliteit", "OV-nummer", "Ingediend op", "Plaats"]
        place = "Luchthaven Brussel-Nationaal"
        foot = "Dit document is geen verblijfstitel. Het is geldig tot een definitieve beslissing."
    sh.text(20, 12, "ROYAUME DE BELGIQUE – KONINKRIJK BELGIË", font=f, size_pt=8, color=GREY)
    sh.text(20, 18, title[0], font=f, size_pt=14, bold=True)
    sh.text(20, 25, title[1], font=f, size_pt=9.5, bold=True)
    sh.photo(160, 12, 28, 35, rng)
    vals = [c.p.surname.upper(), c.p.given_names.upper(), fdate(c.p.birth_date, "dots"),
            COUNTRIES[c.p.nationality]["adj_" + lang].upper(), c.ov or "-", fdate(lodged, "dots"), place.upper()]
    y = 54
    for lab, val in zip(labs, vals):
        sh.text(20, y, lab, font=f, size_pt=8.5, color=GREY)
        sh.rect(62, y - 1, 128, 8, width_mm=0.25)
        sh.handwriting(64, y - 0.5, val, rng, size_pt=11, font="blockcaps", color=INK_BLACK)
        y += 10
    sh.paragraph(20, y + 6, 170, foot, font=f, size_pt=9)
    for k in range(2):
        sh.stamp(22 + k * 50, y + 22, ["PROLONGÉ / VERLENGD", fdate(lodged + timedelta(days=90 * (k + 1)), "dots")],
                 rng, shape="rect", size_mm=34, color=STAMP_RED)
    return [sh], {}


def asylum_cgvs_email_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A printed e-mail of the CGVS to the lawyer: the file is still under examination, no decision yet."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans"
    for k, (x, y_) in enumerate([("Van:", "CGVS – Secretariaat <secr@cgvs.be>"),
                                 ("Datum:", fdate(c.app_date - timedelta(days=rng.randint(7, 40)), "long", "nl")),
                                 ("Onderwerp:", f"Stand van zaken OV {c.ov or '-'}")]):
        sh.text(20, 16 + k * 5.5, x, font=f, size_pt=9.5, bold=True)
        sh.text(46, 16 + k * 5.5, y_, font=f, size_pt=9.5)
    sh.rule(20, 34, 190, 34, width_mm=0.2)
    body = (f"Geachte meester, wij bevestigen dat het verzoek om internationale bescherming van "
            f"{c.p.given_names} {c.p.surname.upper()} (geboren {fdate(c.p.birth_date, 'dots', 'nl')}), ingediend op "
            f"{fdate(lodged, 'dots', 'nl')}, nog in behandeling is bij het Commissariaat-generaal voor de "
            f"Vluchtelingen en de Staatlozen. Er werd nog geen beslissing genomen. Met vriendelijke groeten, het "
            f"secretariaat.")
    sh.paragraph(20, 40, 170, body, font=f, size_pt=10.5, leading=1.45)
    return [sh], {}


_reg("be9ter-asylum-annexe25-frontiere-fr", "asylum-proof", PART, "fr", lambda c, r: asylum_annex25(c, r, lang="fr"),
     "annexe 25 (border application), boxes filled in capitals, photo, extension stamps")
_reg("be9ter-asylum-bijlage25-grens-nl", "asylum-proof", PART, "nl", lambda c, r: asylum_annex25(c, r, lang="nl"),
     "bijlage 25 (application at the border), boxes in capitals, extension stamps")
_reg("be9ter-asylum-cgvs-email-stand-nl", "asylum-proof", PART, "nl", asylum_cgvs_email_nl,
     "printed CGVS e-mail to the lawyer confirming the file is still under examination")


# --------------------------------------------------------------------------- registered mail

def _receipt_slip(c: Case, rng: random.Random, w=80.0, h=120.0) -> Sheet:
    sh = Sheet(w, h)
    sh.rect(0, 0, w, h, width_mm=0, fill=(254, 254, 250))
    y = 5
    f = "mono2"
    sh.text(5, y, "bpost", font="sans4", size_pt=13, bold=True, color=(200, 30, 40))
    y += 8
    for ln in [_post_office(c), f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
               "Aangetekende zending / Envoi recommandé"]:
        sh.text(5, y, ln, font=f, size_pt=7, bold="Aangetekende" in ln)
        y += 4.5
    barcode(sh, 6, y + 1, w - 12, 9, c.rm_track)
    sh.text(w / 2, y + 11.5, track_spaced(c.rm_track), font=f, size_pt=6.6, anchor="center")
    y += 18
    sh.text(5, y, "Bestemmeling / Destinataire", font=f, size_pt=6.5)
    for k, ln in enumerate(c.rm_to):
        sh.text(5, y + 4 + k * 3.8, ln[:36], font=f, size_pt=7)
    y += 6 + 3.8 * len(c.rm_to) + 2
    sh.text(5, y, "Afzender / Expéditeur", font=f, size_pt=6.5)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(5, y + 4 + k * 3.8, ln[:36], font=f, size_pt=7)
    sh.text(5, h - 8, f"TOTAAL EUR {rng.choice(['10,40', '10,75', '11,10'])}", font=f, size_pt=7.5, bold=True)
    return sh


def rm_highlighted_a4(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt glued on an A4 sheet, the tracking number marked with a yellow highlighter before copying."""
    slip = _receipt_slip(c, rng)
    sh = Sheet()
    x, y = 60, 40
    sh.image(x, y, 80, 120, slip.render(300))
    highlighter(sh, x + 8, y + 34.5, 64, 4.4)
    sh.handwriting(60, 175, f"DVZ 9ter – {c.p.surname}", rng, size_pt=12, font="hand2")
    return [sh], {"addressee": 1}


def rm_scanapp_crop(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt scanned with a phone app: the slip found, cropped and enlarged onto an A4 page, high contrast."""
    slip = _receipt_slip(c, rng)
    sh = Sheet()
    sh.image(25, 15, 160, 240, slip.render(250))
    return [scan_app(sh)], {"addressee": 1}


def rm_reduced_staple(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt stapled to the top of the covering note and the whole copied at 95 % (staple shadow)."""
    slip = _receipt_slip(c, rng)
    sh = Sheet()
    sh.text(20, 150, f"Dossier {c.p.surname.upper()} – verzonden {fdate(c.rm_date, 'dots')}", font="serif",
            size_pt=11, color=(90, 90, 90))
    sh.image(20, 14, 80, 120, slip.render(300))
    staple_shadow(sh, 22, 10, rng.uniform(-15, 15))
    return [reduced_copy(sh)], {"addressee": 1}


_reg("be9ter-rm-receipt-highlighter-a4", "registered-mail-receipt", PART, "nl", rm_highlighted_a4,
     "counter receipt glued on A4, tracking number highlighted in yellow, handwritten note")
_reg("be9ter-rm-receipt-scanapp-crop", "registered-mail-receipt", PART, "nl", rm_scanapp_crop,
     "counter receipt cropped and enlarged by a phone scanner app, high contrast")
_reg("be9ter-rm-receipt-reduced-staple", "registered-mail-receipt", PART, "fr", rm_reduced_staple,
     "receipt stapled on a covering note, the whole copied at 95 %")


# --------------------------------------------------------------------------- other

def other_declaration_hand_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour written by hand on lined paper (no evidentiary value)."""
    sh = Sheet(paper="cream")
    for k in range(30, 280, 8):
        sh.rule(15, k, 195, k, width_mm=0.1, color=(170, 190, 220))
    sh.rule(28, 10, 28, 287, width_mm=0.2, color=(220, 120, 120))
    hf = rng.choice(["hand1", "hand2", "hand4"])
    lines = ["Verklaring op eer", "",
             f"Ik, {c.p.given_names} {c.p.surname}, geboren op {fdate(c.p.birth_date, 'dots', 'nl')}",
             f"in {c.p.birth_place}, verklaar op eer dat ik geen paspoort",
             "of ander identiteitsdocument heb. Mijn paspoort is verloren",
             "tijdens de reis naar België.", "",
             f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 12)), 'slashes', 'nl')}"]
    y = 24
    for ln in lines:
        if ln:
            sh.handwriting(32, y, ln, rng, size_pt=13, font=hf)
        y += 8
    sh.signature(110, y + 2, 45, 15, rng)
    return [sh], {"identity": 1}


def other_attachment_list_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The list of attachments on a separate sheet (the office's habit), each line with a tick box."""
    sh = Sheet()
    f = "sans2"
    sh.text(20, 18, "BORDEREAU DES PIÈCES", font=f, size_pt=13, bold=True)
    sh.text(20, 25, f"Demande 9ter – {c.p.surname.upper()} {c.p.given_names}", font=f, size_pt=10)
    y = 38
    for i, (_, d) in enumerate(c.annexes or [("x", "Requête")], 1):
        sh.checkbox(20, y + 0.5, 3.5, checked=True)
        y = sh.paragraph(28, y, 160, f"Pièce {i} : {d}", font=f, size_pt=10) + 2.5
    return [sh], {}


def other_mutuality_card(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A copy of the mutuality's membership card and the sticker sheet ('vignettes'), as some clients bring."""
    sh = Sheet()
    sh.rect(30, 30, 85.6, 54, width_mm=0.4, fill=(232, 240, 248))
    sh.text(33, 33, rng.choice(["CM – Christelijke Mutualiteit", "Solidaris", "Mutualité Neutre"]), font="sans",
            size_pt=8, bold=True)
    sh.text(33, 42, f"{c.p.surname.upper()} {c.p.given_names}", font="sans", size_pt=9)
    sh.text(33, 48, f"Aide médicale urgente – CPAS {c.addr.city}", font="sans", size_pt=7.5)
    for r in range(4):
        for k in range(3):
            x, y = 30 + k * 55, 110 + r * 30
            sh.rect(x, y, 52, 26, width_mm=0.2, color=(160, 160, 160))
            sh.text(x + 2, y + 3, f"{c.p.surname.upper()[:16]} {c.p.given_names[:10]}", font="mono", size_pt=6.5)
            sh.text(x + 2, y + 8, fdate(c.p.birth_date, "dots"), font="mono", size_pt=6.5)
    return [sh], {}


_reg("be9ter-other-declaration-nl-lined-hand", "other", PART, "nl", other_declaration_hand_nl,
     "the applicant's declaration on honour handwritten on lined paper")
_reg("be9ter-other-liste-annexes-fr", "other", PART, "fr", other_attachment_list_fr,
     "the attachment list on a separate sheet, ticked boxes")
_reg("be9ter-other-mutuality-card-stickers", "other", PART, "fr", other_mutuality_card,
     "copy of a mutuality card with a sheet of stickers")
