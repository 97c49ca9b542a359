"""9ter families of the `eighth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout, fresh, fourth, fifth, sixth and seventh had been read, by a writer who did not see the
validator: a Brussels Dutch-speaking lawyer's letter signed 'loco' by a colleague, with the file reference and
'pagina x/y' in the footer of every page; a Liège avocat's letter in lettered sections (A. à F.) with the lawyer's
initials at the foot of each page; a Flemish social service's form whose answers were typed into grey fill-in lines
on the office computer, printed and signed; an English letter of a Brussels pro-bono firm set out as a memo with a
ruled 'Re' box; the 2024 certificate retyped by a GP as a flowing document (bold headings, answers below), the
previous model filled in by hand in cursive on the printed form, the 2024 model with a yellow sticky note and a
colour cast, the previous model in English copied from a stapled bundle; a nephrologist's letter with a lab-results
table and a psychiatrist's report in numbered sections; a pharmacist's price quotation from the country of origin
and an NGO's availability sheet in a table of questions; the annex 26 printed on green-tinted paper with extensions,
and a CGRA convocation letter; a bpost receipt photocopied beside the envelope's front, a receipt on the office's
'envoi recommandé' register page, and a receipt copied with a drum streak; a declaration on honour written by hand,
a GP's invoice and a school certificate.  The applications' sentences are this part's own (s8_*).
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
from .eighth_identity import colour_cast, dog_ear, drum_streak, gutter_shadow, hand_safe, sticky_note, toner_low
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet

PART = "eighth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _pron(c: Case, lang: str) -> str:
    return {"fr": "elle" if c.fem else "il", "nl": "zij" if c.fem else "hij", "en": "she" if c.fem else "he"}[lang]


def _Pron(c: Case, lang: str) -> str:
    return _pron(c, lang).capitalize()


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [bijlage {n}]", "fr": f" [annexe {n}]", "en": f" [annex {n}]"}[lang]


def s8_person(c: Case, lang: str) -> str:
    """Nationality first, then name, birth, and the number at the end after a dash."""
    who = name_in(c.p, c.name_style)
    born = c.d(c.p.birth_date, lang)
    place = "" if "no_birthplace" in c.flags else f"{c.p.birth_place}, {cname(c.birth_cc(), lang)}"
    nat = "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    num = {"fr": f"NN {c.nrn}" if c.nrn else f"SP {c.ov}",
           "nl": f"RRN {c.nrn}" if c.nrn else f"OV {c.ov}",
           "en": f"NN {c.nrn}" if c.nrn else f"SP {c.ov}"}[lang]
    if lang == "fr":
        s = (f"Le demandeur est un ressortissant {nat}, " if nat and not c.fem else
             f"La demanderesse est une ressortissante {nat}, " if nat else "L'intéressé(e) est ")
        s += f"{who}, né{'e' if c.fem else ''} le {born}" + (f" à {place}" if place else "") + f" – {num}."
    elif lang == "nl":
        s = (f"Verzoeker{'ster' if c.fem else ''} heeft de {nat} nationaliteit en heet " if nat else
             f"Verzoeker{'ster' if c.fem else ''} heet ")
        s += f"{who}; {_pron(c, lang)} werd geboren op {born}" + (f" in {place}" if place else "") + f" – {num}."
    else:
        s = (f"The applicant, a {nat} national, is " if nat else "The applicant is ")
        s += f"{who}, born {born}" + (f" in {place}" if place else "") + f" – {num}."
    return s


def s8_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"fr": f"{_Pron(c, lang)} est actuellement hébergé{'e' if c.fem else ''} de manière provisoire, sans "
                      f"adresse propre.",
                "nl": f"{_Pron(c, lang)} verblijft momenteel tijdelijk bij vrienden en heeft geen eigen adres.",
                "en": f"{_Pron(c, lang)} is staying temporarily with friends and has no address of {c.fem and 'her' or 'his'} own."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"fr": f"Résidence effective : {a}.", "nl": f"Werkelijke verblijfplaats: {a}.",
            "en": f"Actual residence: {a}."}[lang]


def s8_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
        return {"fr": f"Il est fait élection de domicile au cabinet du conseil soussigné ({where}).",
                "nl": f"Er wordt woonstkeuze gedaan op het kantoor van de raadsman ({where}).",
                "en": f"Domicile is elected at the office of counsel ({where})."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"fr": f"Élection de domicile : {c.other_domicile}.",
                "nl": f"Woonstkeuze: {c.other_domicile}.",
                "en": f"Elected domicile: {c.other_domicile}."}[lang]
    return {"fr": "Élection de domicile à l'adresse de résidence ci-dessus.",
            "nl": "Woonstkeuze op het bovenvermelde verblijfsadres.",
            "en": "Domicile is elected at the address of residence above."}[lang]


def s8_identity(c: Case, lang: str, lead: bool = True) -> str:
    """The identity paragraph; without ``lead`` the 'Identité :' opening is left out (under a heading)."""
    s = _s8_identity(c, lang)
    if lead:
        return s
    for pre in ("Identité : ", "Identiteit: ", "Identity: "):
        if s.startswith(pre):
            s = s[len(pre)].upper() + s[len(pre) + 1:]
    return s


def _s8_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _ref(c, "asylum", lang) if k == "asylum" else ""
        return {"fr": f"Identité : la demande de protection internationale du {d} est toujours en cours d'examen{ref}, "
                      f"de sorte que la preuve de l'identité n'est pas requise (article 9ter, § 2, alinéa 2).",
                "nl": f"Identiteit: het verzoek om internationale bescherming van {d} is nog in behandeling{ref}, zodat "
                      f"het bewijs van de identiteit niet vereist is (artikel 9ter, § 2, tweede lid).",
                "en": f"Identity: the application for international protection of {d} is still being examined{ref}, "
                      f"so proof of identity is not required (Article 9ter § 2)."}[lang]
    if k == "none":
        return {"fr": "Identité : l'ambassade n'a pas encore délivré le nouveau passeport demandé.",
                "nl": "Identiteit: de ambassade heeft het aangevraagde nieuwe paspoort nog niet afgeleverd.",
                "en": "Identity: the embassy has not yet issued the new passport applied for."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ref(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"fr": "et sa traduction par un traducteur juré", "nl": "met de vertaling door een beëdigd "
                      "vertaler", "en": "with a sworn translation"}[lang] + _ref(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"fr": f"Identité : {lst}.", "nl": f"Identiteit: {lst}.", "en": f"Identity: {lst}."}[lang]
    if k == "passport-expired":
        s += {"fr": " Même périmé, le passeport établit l'identité.",
              "nl": " Ook al is het paspoort vervallen, het bewijst de identiteit.",
              "en": " Although expired, the passport proves identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"fr": " Ensemble, ces documents établissent le nom, la naissance et la nationalité.",
              "nl": " Samen bewijzen deze documenten de naam, de geboorte en de nationaliteit.",
              "en": " Together these documents establish name, birth and nationality."}[lang]
    return s


def s8_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd = c.d(c.cert_date, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"fr": f"le rapport du {cd} de {doc}", "nl": f"het verslag van {cd} van {doc}",
               "en": f"the report of {cd} by {doc}"}[lang] + _ref(c, "medstat", lang)
    else:
        src = {"fr": f"le certificat médical type du {cd} de {doc}",
               "nl": f"het standaard medisch getuigschrift van {cd} van {doc}",
               "en": f"the standard medical certificate of {cd} by {doc}"}[lang] + _ref(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"fr": f"Selon {src}, {_pron(c, lang)} souffre de {t['name']}. {t['severity']} Le traitement comprend : "
                  f"{meds}.",
            "nl": f"Volgens {src} lijdt {_pron(c, lang)} aan {t['name']}. {t['severity']} De behandeling omvat: "
                  f"{meds}.",
            "en": f"According to {src}, {_pron(c, lang)} suffers from {t['name']}. {t['severity']} Treatment "
                  f"consists of: {meds}."}[lang]


def s8_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    r = _ref(c, "coi", lang)
    dr = drug(c.illness, lang)
    fr_in = FR_IN.get(c.origin(), f"en {cn}")
    return {"fr": f"Quant au pays d'origine : {fr_in}, {dr} n'est disponible qu'à {o['hospital']}{r}. Le coût "
                  f"(environ {il['cost']} par mois) dépasse de loin un salaire moyen ({o['wage']}). "
                  f"{o['insurance_fr']} Aucun autre État ne lui reconnaît un droit de séjour.",
            "nl": f"Wat het land van herkomst betreft: in {cn} is {dr} enkel verkrijgbaar in {o['hospital']}{r}. De "
                  f"kostprijs (ongeveer {il['cost']} per maand) ligt ver boven een gemiddeld loon ({o['wage']}). "
                  f"{o['insurance_nl']} Geen enkel ander land kent verblijfsrecht toe.",
            "en": f"As to the country of origin: in {cn}, {dr} is only available at {o['hospital']}{r}. The cost "
                  f"(about {il['cost']} a month) far exceeds an average wage ({o['wage']}). {o['insurance_en']} No "
                  f"other State grants a right of residence."}[lang]


def s8_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"fr": {"spouse": "conjoint(e)", "child": "enfant"}, "nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]}: {q.given_names} {q.surname.upper()} ({c.d(q.birth_date, lang)}, {q.birth_place}"
                   f"{nat}){_ref(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"fr": f"La demande vaut également pour : {lst}.", "nl": f"De aanvraag geldt ook voor: {lst}.",
            "en": f"The application also covers: {lst}."}[lang]


def s8_other_proc(c: Case, lang: str) -> str | None:
    parts = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        parts.append({"fr": f"Une demande 9ter antérieure du {d} n'a pas encore été tranchée ; elle est actualisée et "
                            f"complétée par la présente.",
                      "nl": f"Een eerdere 9ter-aanvraag van {d} is nog niet beslist; zij wordt met deze aanvraag "
                            f"geactualiseerd en aangevuld.",
                      "en": f"An earlier 9ter application of {d} has not yet been decided; it is updated and "
                            f"completed by this one."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        parts.append({"fr": f"La demande d'asile a été définitivement rejetée le {d}.",
                      "nl": f"Het asielverzoek werd op {d} definitief afgewezen.",
                      "en": f"The asylum application was finally rejected on {d}."}[lang])
    return " ".join(parts) or None


def s8_ask(c: Case, lang: str) -> str:
    return {"fr": "Par ces motifs, il est demandé de déclarer la demande recevable et fondée et d'autoriser le séjour "
                  "sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "nl": "Om die redenen wordt gevraagd de aanvraag ontvankelijk en gegrond te verklaren en het verblijf "
                  "toe te staan op grond van artikel 9ter van de wet van 15 december 1980.",
            "en": "For these reasons, we ask that the application be declared admissible and well founded and that "
                  "residence be authorised under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- applications

def app_loco_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels Dutch-speaking lawyer's letter: letterhead at the right with the bar ('Balie Brussel'), the
    addressee at the left, 'Uw ref./Onze ref.' line, short titled paragraphs, signed by a colleague 'loco' the
    lawyer in charge; footer on every page with the file reference and 'pagina x/y'."""
    L = c.lawyer
    font = "sans6"
    ref = f"{rng.randint(2025, 2026)}/{rng.randint(100, 999)}/{L['last'][:3].upper()}"
    loco = rng.choice(["Sarah Van Damme", "Pieter De Wolf", "Lotte Verstraete", "Yassine El Ouardi"])

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(190, 12, f"mr. {L['first']} {L['last']}", font=font, size_pt=12, bold=True, anchor="right")
            sh.text(190, 17.5, "Advocaat – Balie Brussel", font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.text(190, 21.5, f"{L['street']}, {L['pc']} {L['city']}", font=font, size_pt=8.5, anchor="right",
                    color=GREY)
            sh.text(190, 25.5, f"{L['tel']} · {L['mail']}", font=font, size_pt=8.5, anchor="right", color=GREY)
            return sh, 36
        return sh, 18

    fl = Flow(new_sheet, left=22, right=188, bottom=272, font=font, size=10.2, leading=1.4)
    for ln in ["Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 Brussel"]:
        fl.line(ln)
    fl.space(6)
    fl.line(f"Uw ref.: –        Onze ref.: {ref}        Brussel, {c.d(c.app_date, 'nl', 'long')}", size=9)
    fl.line("Per aangetekende zending", size=9, italic=True)
    fl.space(4)
    fl.para(f"Inzake: {name_in(c.p, c.name_style)} – aanvraag om machtiging tot verblijf (art. 9ter Vw.)", bold=True)
    fl.para("Geachte,")
    fl.para("Ik richt mij tot u als raadsman van verzoek(st)er en dien namens hem/haar een aanvraag in op grond van "
            "artikel 9ter van de Vreemdelingenwet.")
    fl.para("Personalia", bold=True, gap=0.8)
    fl.para(s8_person(c, "nl"), tag="personal")
    fl.para("Verblijfplaats en woonstkeuze", bold=True, gap=0.8)
    fl.para(" ".join(x for x in (s8_home(c, "nl"), s8_domicile(c, "nl")) if x), tag="residence")
    fam = s8_family(c, "nl")
    if fam:
        fl.para("Gezin", bold=True, gap=0.8)
        fl.para(fam, tag="family")
    fl.para("Identiteit", bold=True, gap=0.8)
    fl.para(s8_identity(c, "nl", lead=False), tag="identity")
    fl.para("Medische toestand", bold=True, gap=0.8)
    fl.para(s8_medical(c, "nl"), tag="medical", align="justify")
    coi = s8_coi(c, "nl")
    if coi:
        fl.para("Zorg in het land van herkomst", bold=True, gap=0.8)
        fl.para(coi, tag="coi", align="justify")
    par = s8_other_proc(c, "nl")
    if par:
        fl.para("Andere procedures", bold=True, gap=0.8)
        fl.para(par, tag="parallel")
    fl.para(s8_ask(c, "nl"))
    fl.para("Hoogachtend,", gap=3)
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(22, y, 46, 15, rng, color=INK_BLUE, style="loops")
    fl.sheet.text(22, y + 17, f"mr. {loco} loco mr. {L['first']} {L['last']}", font=font, size_pt=9.5)
    fl.y = y + 27
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Bijlagen:", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"({i}) {d}", indent=3, gap=0.2, size=9.2)
    n = len(fl.sheets)
    for i, sh in enumerate(fl.sheets, 1):
        sh.rule(22, 280, 188, 280, width_mm=0.15, color=(150, 150, 150))
        sh.text(22, 282, f"Ref. {ref} – {c.p.surname.upper()}", font=font, size_pt=7.5, color=GREY)
        sh.text(188, 282, f"pagina {i}/{n}", font=font, size_pt=7.5, anchor="right", color=GREY)
    return fl.sheets, fl.tags


def app_lettered_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Liège avocat's letter in lettered sections (A. Identité du requérant ... F. Demande), a Bookman-like face,
    the cabinet's name in small capitals over a thin double rule, the avocat's initials (paraphe) at the foot of
    every page but the last, where the full signature is."""
    L = c.lawyer
    font = "serif7"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, f"CABINET D'AVOCATS {L['last'].upper()}", font=font, size_pt=11.5, bold=True,
                    letter_spacing=0.6)
            sh.rule(20, 17, 190, 17, width_mm=0.3)
            sh.rule(20, 18, 190, 18, width_mm=0.1)
            sh.text(20, 20, f"{L['street']} – {L['pc']} {L['city']} – {L['tel']} – {L['mail']}", font=font,
                    size_pt=7.5, color=GREY)
            return sh, 32
        return sh, 20

    fl = Flow(new_sheet, left=20, right=190, bottom=268, font=font, size=9.8, leading=1.45)
    for ln in ["Office des Étrangers", "Service Régularisations médicales", "Boulevard Pachéco 44",
               "1000 Bruxelles"]:
        fl.line(ln, x=115)
    fl.space(4)
    fl.line(f"{L['city']}, le {c.d(c.app_date, 'fr', 'long')}", x=115)
    fl.line("Par recommandé", x=115, italic=True, size=9)
    fl.space(4)
    fl.para(f"Concerne : {name_in(c.p, c.name_style)} – demande 9ter", bold=True)
    fl.para("Madame, Monsieur,")
    fl.para("J'ai l'honneur d'introduire, au nom de mon client, la présente demande d'autorisation de séjour.")
    secs = [("A. Identité du requérant", s8_person(c, "fr"), "personal"),
            ("B. Résidence et domicile élu", " ".join(x for x in (s8_home(c, "fr"), s8_domicile(c, "fr")) if x),
             "residence"),
            ("C. Famille", s8_family(c, "fr"), "family"),
            ("D. Documents d'identité", s8_identity(c, "fr", lead=False), "identity"),
            ("E. Situation médicale", s8_medical(c, "fr"), "medical"),
            ("F. Soins au pays d'origine", s8_coi(c, "fr"), "coi"),
            ("G. Autres procédures", s8_other_proc(c, "fr"), "parallel")]
    k = 0
    for head, txt, tag in secs:
        if not txt:
            continue
        letter = "ABCDEFG"[k]
        k += 1
        fl.para(f"{letter}.{head[2:]}", bold=True, gap=0.8)
        fl.para(txt, tag=tag, align="justify", indent=5)
    fl.para(s8_ask(c, "fr"))
    fl.para("Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.", gap=3)
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(115, y, 46, 15, rng, color=INK_BLACK, style="zigzag")
    fl.sheet.text(115, y + 17, f"{L['first']} {L['last']}", font=font, size_pt=10)
    fl.sheet.text(115, y + 21.5, "Avocat", font=font, size_pt=9, color=GREY)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Inventaire des pièces", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"Pièce {i} : {d}", indent=3, gap=0.2, size=9)
    for sh in fl.sheets[:-1]:
        if "unsigned" not in c.flags:
            sh.signature(178, 276, 12, 8, rng, style="initials", color=INK_BLACK)
    return fl.sheets, fl.tags


def app_fillin_form_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish social service's (CAW) application form: numbered sections in dark bands, each question with a grey
    fill-in line under it into which the social worker typed the answer in blue on the office computer; printed,
    dated and signed by the applicant in a box."""
    org = rng.choice(["CAW Antwerpen – Onthaal Nieuwkomers", "CAW Oost-Brabant – Medisch Steunpunt",
                      "CAW Limburg – Team Verblijf"])
    lf, af = "sans4", "sans2"
    ans = (20, 40, 150)
    tags: dict[str, int] = {}
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets, 1):
        sh.text(18, 10, org, font=lf, size_pt=8.5, bold=True)
        sh.text(192, 10, f"blad {i} van 2", font=lf, size_pt=8, anchor="right", color=GREY)

    cur = {"y": 18.0}

    def band(sh, t):
        sh.rect(18, cur["y"], 174, 6.5, width_mm=0, fill=(60, 60, 60))
        sh.text(20, cur["y"] + 1.2, t, font=lf, size_pt=9, bold=True, color=(255, 255, 255))
        cur["y"] += 9

    def field(sh, q, a, lines=1):
        y = cur["y"]
        sh.text(20, y, q, font=lf, size_pt=7.8, color=(70, 70, 70))
        rows = sh.wrap(a, 168, font=af, size_pt=9.5) if a else []
        n = max(lines, len(rows))
        for k in range(n):
            sh.rect(20, y + 3.5 + k * 5.2, 170, 5, width_mm=0, fill=(234, 234, 234))
        for k, ln in enumerate(rows):
            sh.text(21.5, y + 4.1 + k * 5.2, ln, font=af, size_pt=9.5, color=ans)
        cur["y"] = y + 5 + n * 5.2

    s1, s2 = sheets
    s1.text(18, 16, "AANVRAAG MACHTIGING TOT VERBLIJF OM MEDISCHE REDENEN (ART. 9ter)", font=lf, size_pt=10.5,
            bold=True)
    cur["y"] = 24
    band(s1, "1  Gegevens van de aanvrager")
    tags["personal"] = 1
    field(s1, "Familienaam en voornamen", f"{c.p.surname.upper()}, {c.p.given_names}")
    field(s1, "Geboortedatum", c.d(c.p.birth_date, "nl", "dots"))
    field(s1, "Geboorteplaats en -land", "" if "no_birthplace" in c.flags else
          f"{c.p.birth_place} ({cname(c.birth_cc(), 'nl')})")
    field(s1, "Nationaliteit", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_nl"])
    field(s1, "Rijksregisternummer of OV-nummer", c.nrn or c.ov)
    band(s1, "2  Verblijfplaats en woonstkeuze")
    tags["residence"] = 1
    field(s1, "Adres waar de aanvrager werkelijk verblijft", "" if "no_address" in c.flags else
          addr_str(c.addr, "nl", c.addr_style))
    dom = s8_domicile(c, "nl")
    field(s1, "Gekozen woonplaats", "" if dom is None else (
        "zelfde adres als hierboven" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile))
    band(s1, "3  Identiteit")
    tags["identity"] = 1
    field(s1, "Voorgelegd identiteitsbewijs of reden van vrijstelling", s8_identity(c, "nl", lead=False), 2)
    band(s1, "4  Gezinsleden")
    fam = s8_family(c, "nl")
    if fam:
        tags["family"] = 1
    field(s1, "Gezinsleden die mee de aanvraag doen", fam or "geen")
    band(s1, "5  Medische gegevens")
    tags["medical"] = 1
    field(s1, "Ziekte, ernst en behandeling (volgens het standaard medisch getuigschrift)", s8_medical(c, "nl"), 3)
    cur["y"] = 18
    band(s2, "6  Beschikbaarheid en toegankelijkheid van de zorg")
    coi = s8_coi(c, "nl")
    if coi:
        tags["coi"] = 2
    field(s2, "Situatie in het land van herkomst", coi or "", 3)
    band(s2, "7  Andere procedures")
    par = s8_other_proc(c, "nl")
    if par:
        tags["parallel"] = 2
    field(s2, "Lopende of afgesloten procedures (asiel, 9bis, eerdere 9ter)", par or "geen")
    band(s2, "8  Bijlagen")
    tags["inventory"] = 2
    field(s2, "Lijst van de bijgevoegde stukken", " · ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1)), 2)
    band(s2, "9  Ondertekening")
    tags["signature"] = 2
    y = cur["y"]
    s2.text(20, y, f"Datum: {c.d(c.app_date, 'nl', 'dots')}", font=af, size_pt=10, color=ans)
    s2.text(20, y + 8, "Handtekening aanvrager", font=lf, size_pt=8)
    s2.rect(20, y + 12, 80, 26, width_mm=0.3)
    if "unsigned" not in c.flags:
        s2.signature(26, y + 16, 46, 15, rng, color=INK_BLUE)
    return sheets, tags


def app_probono_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English letter from a Brussels pro-bono programme of an international firm, set out like a memo with a
    ruled box (To / From / Date / Re) at the top, numbered paragraphs; signed by the associate (not an accepted
    language)."""
    L = c.lawyer
    font = "sans2"
    firm = rng.choice(["Pro Bono Desk – Avenue Louise 250, 1050 Brussels", "Legal Aid Clinic – Rue Belliard 40, "
                       "1040 Brussels"])

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, firm, font=font, size_pt=9, color=GREY)
            return sh, 20
        return sh, 18

    fl = Flow(new_sheet, left=20, right=190, bottom=275, font=font, size=10.5, leading=1.35)
    sh = fl.sheet
    y = fl.y
    rows = [("To", "Immigration Office – Medical Regularisation (9ter), Pachecolaan 44, 1000 Brussels"),
            ("From", f"{L['first']} {L['last']}, counsel for the applicant"),
            ("Date", c.d(c.app_date, "en", "long")),
            ("Re", f"Application under Article 9ter – {name_in(c.p, c.name_style)}")]
    for k, (a, b) in enumerate(rows):
        sh.rect(20, y + k * 7, 25, 7, width_mm=0.2, fill=(236, 236, 236))
        sh.rect(45, y + k * 7, 145, 7, width_mm=0.2)
        sh.text(22, y + 1.5 + k * 7, a, font=font, size_pt=9.5, bold=True)
        sh.text(47, y + 1.5 + k * 7, b[:90], font=font, size_pt=9.5)
    fl.y = y + 34
    fl.para("Dear Sir or Madam,")
    n = 1
    for txt, tag in [(s8_person(c, "en"), "personal"),
                     (" ".join(x for x in (s8_home(c, "en"), s8_domicile(c, "en")) if x), "residence"),
                     (s8_family(c, "en"), "family"), (s8_identity(c, "en"), "identity"),
                     (s8_medical(c, "en"), "medical"), (s8_coi(c, "en"), "coi"), (s8_other_proc(c, "en"), "parallel")]:
        if txt:
            fl.para(f"{n}. {txt}", tag=tag)
            n += 1
    fl.para(f"{n}. {s8_ask(c, 'en')}")
    fl.para("Yours faithfully,", gap=3)
    fl.ensure(28)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(20, y, 46, 15, rng, color=INK_BLACK)
    fl.sheet.text(20, y + 17, f"{L['first']} {L['last']}", font=font, size_pt=10.5)
    fl.y = y + 26
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Enclosures", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}. {d}", indent=3, gap=0.2, size=10)
    return fl.sheets, fl.tags


_reg("be9ter-app-nl-lawyer-prose-loco-voettekst", "application", PART, "nl", app_loco_nl,
     "Brussels lawyer's letter, letterhead at the right, titled paragraphs, signed 'loco', footer ref and page x/y")
_reg("be9ter-app-fr-lawyer-prose-sections-lettrees-paraphe", "application", PART, "fr", app_lettered_fr,
     "Liège avocat's letter in lettered sections, Bookman face, initials at the foot of each page")
_reg("be9ter-app-nl-form-caw-invulregels-grijs", "application", PART, "nl", app_fillin_form_nl,
     "CAW form, numbered dark bands, answers typed in blue on grey fill-in lines, signature box")
_reg("be9ter-app-en-probono-memo-kader", "application", PART, "en", app_probono_en,
     "English pro-bono memo-style letter with a To/From/Date/Re box (not accepted)")


# --------------------------------------------------------------------------- standard medical certificates

def _sev_index(M: dict, sev: str) -> int:
    so = M["sevopts"]
    if not sev:
        return -1
    s = sev.lower()
    return 3 if s.startswith(so[3]) else 1 if s.startswith(so[1]) else 0 if s.startswith(so[0]) else 2


def medcert_2024_flowing(c: Case, rng: random.Random, *, lang: str, habit: str = "gutter") -> tuple[list[Sheet], dict]:
    """The 2024 model retyped by a GP practice as a flowing document: the practice's name and INAMI/RIZIV number in
    the header, each official question in bold and the answer below it as a paragraph, the severity options as a
    line with the chosen one in capitals between brackets; signature and stamp at the end. Copy habit: a stapled
    bundle's gutter, or a sticky note and a colour cast."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    font = "serif4" if habit == "gutter" else "sans5"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, d.inst, font=font, size_pt=11, bold=True)
            sh.text(20, 17.5, f"{d.street} · {d.pc} {d.city} · {d.tel}", font=font, size_pt=8, color=GREY)
            sh.rule(20, 21, 190, 21, width_mm=0.2)
            sh.text(105, 26, M["title"], font=font, size_pt=12.5, bold=True, anchor="center")
            sh.text(105, 31.5, M["model"], font=font, size_pt=8, anchor="center", color=GREY)
            return sh, 38
        sh.text(190, 12, f"{M['title'].title()} – {v['pat'] or '…'}", font=font, size_pt=7.5, anchor="right",
                color=GREY)
        return sh, 20

    fl = Flow(new_sheet, left=20, right=190, bottom=275, font=font, size=9.8, leading=1.35)
    fl.tag("patient")
    fl.para(M["s1"], bold=True, gap=0.6)
    fl.para(f"{M['name']} / {M['first']}: {v['surname']} {v['first']}".rstrip() if v["surname"] else
            f"{M['name']} / {M['first']}:", indent=4)
    fl.para(f"{M['bd']}: {v['bd']}    {M['nat']}: {v['nat']}", indent=4)
    fl.tag("doctor")
    fl.para(M["s2"], bold=True, gap=0.6)
    fl.para(f"{M['dname']}: {d.name()}", indent=4)
    fl.para(f"{M['riziv']}: {v['riziv']}", indent=4)
    fl.para(f"{M['daddr']}: {d.street}, {d.pc} {d.city}", indent=4)
    fl.para(M["s4"], bold=True, gap=0.6)
    fl.para(v["hist"], indent=4)
    fl.tag("illness")
    fl.para(M["s5"], bold=True, gap=0.6)
    fl.para(f"{v['ill']} ({v['icd']})" if v["ill"] else "", indent=4)
    fl.tag("severity")
    fl.para(M["s6"], bold=True, gap=0.6)
    chosen = _sev_index(M, v["sev"])
    fl.para("   ".join(f"[{o.upper()}]" if k == chosen else o for k, o in enumerate(M["sevopts"])), indent=4)
    fl.para(f"{M['s6b']} {v['sev']}", indent=4)
    fl.tag("treatment")
    fl.para(M["s7"], bold=True, gap=0.6)
    fl.para(f"{M['s7a']}: {v['meds']}", indent=4)
    fl.para(f"{M['s7b']}: {v['interv']}", indent=4)
    fl.para(f"{M['s7c']}: {v['dur']}", indent=4)
    for key, val in (("s8", v["cons"]), ("s9", v["prog"]), ("s10", v["needs"])):
        fl.para(M[key], bold=True, gap=0.6)
        fl.para(val, indent=4)
    fl.para(M["s11"], bold=True, gap=0.6)
    fl.para(f"{M['yes']} – {v['travel']}", indent=4)
    fl.ensure(34)
    fl.tag("signature")
    y = fl.y + 2
    sh = fl.sheet
    sh.text(20, y, f"{M['date']}: {v['date']}", font=font, size_pt=10)
    sh.text(20, y + 6, M["sign"], font=font, size_pt=9, color=GREY)
    if v["signed"]:
        sh.signature(24, y + 10, 48, 16, rng, color=INK_BLUE, style="loops")
        sh.stamp(95, y + 8, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=36,
                 color=STAMP_BLUE)
    pages = fl.sheets
    if habit == "gutter":
        return [gutter_shadow(p, rng) for p in pages], fl.tags
    sticky_note(pages[0], 150, 4, ["9ter – orig. in", "kluis"], rng, w=40)
    return [colour_cast(p, rng) for p in pages], fl.tags


def medcert_old_cursive(c: Case, rng: random.Random, *, lang: str, habit: str = "none") -> tuple[list[Sheet], dict]:
    """The previous model on the printed official form (questions A to G with ruled answer space), filled in by the
    doctor by hand in a quick cursive in black ballpoint; the RIZIV/INAMI number and the stamp at the end."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    lf = "serif"
    hf = rng.choice(["hand3", "hand1"])
    tags: dict[str, int] = {}
    pages = [Sheet(), Sheet()]
    for i, sh in enumerate(pages, 1):
        sh.text(105, 10, M["title"], font=lf, size_pt=11.5, bold=True, anchor="center")
        sh.text(105, 15.5, M["sub"], font=lf, size_pt=8, anchor="center")
        sh.text(192, 10, f"{i}/2", font=lf, size_pt=8, anchor="right")
    st = {"p": 0, "y": 24.0}

    def q(head, val, min_lines=2, tag=None):
        sh = pages[st["p"]]
        val = hand_safe((val or "").replace(" – ", ", "))
        rows = sh.wrap(val, 160, font=hf, size_pt=11.5) if val else []
        n = max(min_lines, len(rows))
        hh = 3.9 * len(sh.wrap(head, 170, font=lf, size_pt=8.6, bold=True))
        need = hh + 2.5 + n * 6.8
        if st["y"] + need > 278 and st["p"] == 0:
            st["p"], st["y"] = 1, 24.0
            sh = pages[1]
        if tag:
            tags[tag] = st["p"] + 1
        y = st["y"]
        sh.paragraph(20, y, 170, head, font=lf, size_pt=8.6, bold=True)
        for k in range(n):
            sh.rule(20, y + hh + 6.2 + k * 6.8, 190, y + hh + 6.2 + k * 6.8, width_mm=0.1, dash=0.6,
                    color=(140, 140, 140))
        for k, ln in enumerate(rows):
            sh.handwriting(22, y + hh + 0.6 + k * 6.8, ln, rng, size_pt=11.5, color=INK_BLACK, font=hf)
        st["y"] = y + need

    q(M["pat"], f"{v['pat']} – {v['bd']} – {v['nat']}" if v["pat"] else "", 1, "patient")
    q(M["A"], v["hist"])
    q(M["B"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", 1, "illness")
    q(M["sev"], v["sev"], 2, "severity")
    q(M["C"], v["meds"], 2, "treatment")
    q(M["interv"], v["interv"], 1)
    q(M["dur"], v["dur"], 1)
    q(M["D"], v["cons"])
    q(M["E"], v["prog"])
    q(M["F"], v["needs"])
    q(M["G"], v["travel"], 1)
    sh = pages[1]
    y = max(st["y"], 200) if st["p"] == 1 else 200
    if y > 240:
        y = 240
    tags["signature"] = tags["doctor"] = 2
    sh.text(20, y, f"{M['date']}", font=lf, size_pt=9)
    sh.handwriting(45, y - 1.5, hand_safe(v["date"]), rng, size_pt=11.5, color=INK_BLACK, font=hf)
    sh.text(20, y + 8, f"{M['riziv']}", font=lf, size_pt=9)
    if v["riziv"]:
        sh.handwriting(70, y + 6.5, hand_safe(v["riziv"]), rng, size_pt=11.5, color=INK_BLACK, font=hf)
    sh.text(20, y + 16, f"{d.name()} – {SPECIALTY[d.spec].get(lang, SPECIALTY[d.spec].get('fr', ''))}", font=lf,
            size_pt=9)
    sh.text(20, y + 22, M["sign"], font=lf, size_pt=9)
    if v["signed"]:
        sh.signature(40, y + 26, 50, 16, rng, color=INK_BLACK)
        sh.stamp(110, y + 22, _stamp_lines(c, lang if lang in ("nl", "fr") else "nl", bool(v["riziv"])), rng,
                 shape="rect", size_mm=36, color=STAMP_VIOLET)
    if habit == "gutter":
        return [gutter_shadow(p, rng) for p in pages], tags
    if habit == "toner":
        return [toner_low(p, rng) for p in pages], tags
    return pages, tags


_reg("be9ter-medcert-2024-fr-retape-titres-gras", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_flowing(c, r, lang="fr", habit="gutter"),
     "modèle 2024 retapé par le cabinet en texte continu, questions en gras, gravité entre crochets, bundle gutter")
_reg("be9ter-medcert-old-nl-handgeschreven-cursief", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_cursive(c, r, lang="nl", habit="toner"),
     "previous model on the printed form filled in by hand in cursive, toner running low")
_reg("be9ter-medcert-2024-nl-geeltje-kleurzweem", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_flowing(c, r, lang="nl", habit="note"),
     "2024 model retyped as a flowing document, yellow sticky note, colour scan with a cast")
_reg("be9ter-medcert-old-fr-manuscrit-cursive", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_cursive(c, r, lang="fr"),
     "modèle précédent rempli à la main en cursive au stylo noir")
_reg("be9ter-medcert-old-en-cursive-gutter", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_cursive(c, r, lang="en", habit="gutter"),
     "the previous model in English filled in by hand, copied from a stapled bundle (not accepted)")


# --------------------------------------------------------------------------- medical statements

def medstat_nephro_lab(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's report to the GP with a small table of the latest results (date, parameter, value, unit,
    reference), the conclusion in bold; department header with a coloured square logo; drum streak on the copy."""
    d = c.specialist
    lang = "fr" if "fr" in ILLNESSES[c.illness] and c.lang != "nl" else "nl" if "nl" in ILLNESSES[c.illness] else "fr"
    T = _ill_text(c, lang)
    W = {"fr": ("Rapport médical", "Concerne", "né(e) le", "Résultats récents", "Conclusion", "Date", "Paramètre",
                "Valeur", "Réf."),
         "nl": ("Medisch verslag", "Betreft", "geboren op", "Recente resultaten", "Besluit", "Datum", "Parameter",
                "Waarde", "Ref.")}[lang]
    sh = Sheet()
    f = "sans"
    sh.rect(20, 10, 10, 10, width_mm=0, fill=(0, 110, 140))
    sh.text(34, 10.5, d.inst, font=f, size_pt=11.5, bold=True)
    sh.text(34, 16, f"{SPECIALTY[d.spec].get(lang, '')} · {d.street}, {d.pc} {d.city}", font=f, size_pt=8,
            color=GREY)
    sh.text(20, 32, W[0], font=f, size_pt=14, bold=True)
    sh.text(20, 40, f"{W[1]}: {c.p.surname.upper()} {c.p.given_names}, {W[2]} {fdate(c.p.birth_date, 'dots', lang)}",
            font=f, size_pt=10)
    sh.text(190, 32, fdate(c.medstat_date, "dots", lang), font=f, size_pt=10, anchor="right")
    y = sh.paragraph(20, 50, 170, f"{T['history']} {T['severity']}", font=f, size_pt=10, leading=1.4,
                     align="justify") + 4
    sh.text(20, y, W[3], font=f, size_pt=10.5, bold=True)
    y += 6
    for k, (a, w) in enumerate(((W[5], 30), (W[6], 60), (W[7], 35), (W[8], 45))):
        x = 20 + sum(ww for _, ww in ((W[5], 30), (W[6], 60), (W[7], 35), (W[8], 45))[:k])
        sh.rect(x, y, w, 6, width_mm=0.2, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 1.2, a, font=f, size_pt=8.5, bold=True)
    y += 6
    labs = [("créatinine" if lang == "fr" else "creatinine", f"{rng.uniform(1.4, 6.5):.1f}", "0,7–1,2 mg/dl"),
            ("hémoglobine" if lang == "fr" else "hemoglobine", f"{rng.uniform(8.5, 13.5):.1f}", "12–16 g/dl"),
            ("HbA1c", f"{rng.uniform(6.2, 10.5):.1f}", "< 6,5 %"),
            ("CRP", f"{rng.uniform(1, 40):.0f}", "< 5 mg/l")]
    for k, (p_, val, ref) in enumerate(labs):
        dd = fdate(c.medstat_date - timedelta(days=rng.randint(0, 20)), "dots", lang)
        x = 20
        for t, w in ((dd, 30), (p_, 60), (val.replace(".", ","), 35), (ref, 45)):
            sh.rect(x, y, w, 6, width_mm=0.12)
            sh.text(x + 1.5, y + 1.2, t, font=f, size_pt=8.5)
            x += w
        y += 6
    y += 6
    sh.text(20, y, W[4], font=f, size_pt=10.5, bold=True)
    y = sh.paragraph(20, y + 6, 170, f"{T['name']}. " + "; ".join(T["meds"]) + f". {T['needs']} {T['prognosis']}",
                     font=f, size_pt=10, leading=1.4, bold=True) + 6
    sh.text(20, y, d.name(), font=f, size_pt=10)
    sh.signature(20, y + 4, 40, 13, rng, color=INK_BLUE)
    return [drum_streak(sh, rng)], {}


def medstat_psy_numbered(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's report in numbered sections (1. Contexte / Context ... 5. Conclusie), typed in a serif, the
    doctor's name and RIZIV/INAMI number under the signature, a dog-eared corner."""
    d = c.specialist
    lang = "nl" if "nl" in ILLNESSES[c.illness] and c.lang != "fr" else "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    T = _ill_text(c, lang)
    H = {"fr": ["1. Contexte de la demande", "2. Anamnèse", "3. Diagnostic", "4. Traitement en cours",
                "5. Conclusion et pronostic", "Rapport spécialisé"],
         "nl": ["1. Context van de aanvraag", "2. Anamnese", "3. Diagnose", "4. Lopende behandeling",
                "5. Besluit en prognose", "Specialistisch verslag"]}[lang]
    sh = Sheet()
    f = "serif5"
    sh.text(20, 14, d.name(), font=f, size_pt=12, bold=True)
    sh.text(20, 20, f"{SPECIALTY[d.spec].get(lang, '')} – {d.inst}", font=f, size_pt=9, color=GREY)
    sh.text(20, 34, f"{H[5]} – {c.p.given_names} {c.p.surname.upper()} ({fdate(c.p.birth_date, 'dots', lang)})",
            font=f, size_pt=11.5, bold=True)
    ctx = {"fr": "Rapport établi à la demande du patient, pour son médecin traitant et son conseil.",
           "nl": "Verslag opgemaakt op vraag van de patiënt, voor de huisarts en de raadsman."}[lang]
    y = 44
    for head, txt in zip(H[:5], [ctx, T["history"], f"{T['name']}. {T['severity']}", "; ".join(T["meds"]) + ".",
                                 f"{T['needs']} {T['prognosis']}"]):
        sh.text(20, y, head, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(26, y + 5.5, 164, txt, font=f, size_pt=10.2, leading=1.4, align="justify") + 4
    sh.text(20, y + 4, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10)
    sh.signature(20, y + 9, 42, 14, rng)
    sh.text(20, y + 25, f"{d.name()} – {d.riziv}", font=f, size_pt=9)
    dog_ear(sh, "tr", 16)
    return [sh], {}


_reg("be9ter-medstat-verslag-resultatentabel-streep", "medical-statement", PART, "fr/nl", medstat_nephro_lab,
     "specialist's report with a table of recent lab results, bold conclusion, drum streak on the copy")
_reg("be9ter-medstat-rapport-sections-numerotees", "medical-statement", PART, "fr/nl", medstat_psy_numbered,
     "specialist's report in numbered sections, name and RIZIV under the signature, dog-eared corner")


# --------------------------------------------------------------------------- country-of-origin information

def coi_pharmacy_quote_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's price quotation ('devis / proforma') from the capital of the country of origin, sent by the
    family by phone photo and printed: the pharmacy's stamp, the drug and its monthly price in local currency and
    euro, a line that the drug is imported and often out of stock; the lawyer's typed note below."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    f = "sans3"
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    card = Sheet(150, 120)
    card.rect(0, 0, 150, 120, width_mm=0, fill=(250, 248, 240))
    card.text(6, 6, f"Pharmacie centrale – {cname(c.origin(), 'fr')}", font=f, size_pt=11, bold=True)
    card.text(6, 12.5, "DEVIS / FACTURE PRO FORMA", font=f, size_pt=9.5)
    card.text(6, 22, "Désignation", font=f, size_pt=8.5, bold=True)
    card.text(100, 22, "Prix / mois", font=f, size_pt=8.5, bold=True)
    card.rule(6, 27, 144, 27, width_mm=0.2)
    card.text(6, 30, dr[:48], font=f, size_pt=9)
    card.text(100, 30, il["cost"], font=f, size_pt=9)
    card.text(6, 40, "Produit importé – disponibilité irrégulière (ruptures fréquentes)", font=f, size_pt=8.5)
    card.stamp(80, 60, ["PHARMACIE CENTRALE", cname(c.origin(), "fr").upper()], rng, size_mm=30, color=STAMP_BLUE)
    img = card.render(160).rotate(rng.uniform(-3, 3), expand=True, fillcolor=(70, 66, 60))
    sh.text(20, 14, f"Pièce – Devis d'une pharmacie ({cname(c.origin(), 'fr')})", font=f, size_pt=11, bold=True)
    sh.image(28, 24, 154, 124, img)
    note = (f"Note du conseil : le devis montre que {dr} doit être acheté en pharmacie privée, à environ "
            f"{il['cost']} par mois, soit bien au-delà du salaire moyen ({o['wage']}). Seul {o['hospital']} en "
            f"dispose de manière régulière. {o['insurance_fr']}")
    sh.paragraph(20, 158, 170, note, font=f, size_pt=9.8, leading=1.45)
    return [sh], {}


def coi_ngo_table_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's availability sheet as a table of questions and answers (Beschikbaar? / Waar? / Kostprijs? /
    Terugbetaling?) with the sources numbered in a last column, in a condensed face, landscape."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet(297, 210)
    f = "sans6"
    dr = drug(c.illness, "nl") if "nl" in il else drug(c.illness, "fr")
    sh.text(15, 12, f"Fiche beschikbaarheid zorg – {cname(c.origin(), 'nl')}", font=f, size_pt=13, bold=True)
    sh.text(15, 19, f"opgesteld door de medische cel van een ngo · versie {rng.randint(1, 6)}/{rng.randint(2024, 2026)}",
            font=f, size_pt=8.5, color=GREY)
    rows = [("Vraag", "Antwoord", "Bron"),
            (f"Is {dr} beschikbaar?", f"Enkel in {o['hospital']}; niet in de provincie.", "1, 2"),
            ("Wat kost de behandeling?", f"Ongeveer {il['cost']} per maand.", "3"),
            ("Wat is een gemiddeld loon?", o["wage"], "4"),
            ("Wordt de behandeling terugbetaald?", o["insurance_nl"], "2, 4")]
    y = 30
    for k, (a, b, s) in enumerate(rows):
        h = 14 if k else 8
        for x, w, t in ((15, 80, a), (95, 160, b), (255, 27, s)):
            sh.rect(x, y, w, h, width_mm=0.2, fill=(225, 225, 225) if k == 0 else None)
            sh.paragraph(x + 2, y + 1.5, w - 4, t, font=f, size_pt=9, bold=(k == 0))
        y += h
    for k, t in enumerate(["1. MedCOI, antwoord BMA-" + str(rng.randint(10000, 19999)),
                           "2. Veldonderzoek partnerorganisatie", "3. Prijslijst privé-apotheek",
                           "4. Nationaal statistiekbureau"]):
        sh.text(15, y + 8 + k * 4.5, t, font=f, size_pt=8)
    return [sh], {}


_reg("be9ter-coi-fr-devis-pharmacie-photo", "country-of-origin-info", PART, "fr", coi_pharmacy_quote_fr,
     "pharmacy's pro-forma quotation from the country of origin, phone photo printed, counsel's note")
_reg("be9ter-coi-nl-ngo-fiche-vraag-antwoord", "country-of-origin-info", PART, "nl", coi_ngo_table_nl,
     "NGO's availability sheet as a question/answer table with numbered sources, landscape")


# --------------------------------------------------------------------------- asylum proof

def asylum_annex26_green(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 (bijlage 26 / annexe 26) printed on the green-tinted paper of the Immigration Office, with the
    applicant's photo stapled, and the extension stamps in the lower half; copied in colour, a drum streak (fr) or a
    dog-eared corner (nl)."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet(paper="green")
    f = "serif"
    if lang == "fr":
        head = ("ROYAUME DE BELGIQUE – SPF Intérieur – Office des Étrangers", "ANNEXE 26",
                "Attestation d'introduction d'une demande de protection internationale")
        body = (f"Le (la) nommé(e) {c.p.surname.upper()} {c.p.given_names}, né(e) le {fdate(c.p.birth_date, 'dots')}, "
                f"de nationalité {COUNTRIES[c.p.nationality]['adj_fr']}, a introduit le {fdate(lodged, 'dots')} une "
                f"demande de protection internationale. Le présent document n'est pas un titre d'identité.")
        ext = "Prorogé jusqu'au"
    else:
        head = ("KONINKRIJK BELGIË – FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken", "BIJLAGE 26",
                "Bewijs van indiening van een verzoek om internationale bescherming")
        body = (f"De genaamde {c.p.surname.upper()} {c.p.given_names}, geboren op {fdate(c.p.birth_date, 'dots')}, van "
                f"{COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit, heeft op {fdate(lodged, 'dots')} een verzoek "
                f"om internationale bescherming ingediend. Dit document is geen identiteitsbewijs.")
        ext = "Verlengd tot"
    sh.text(20, 12, head[0], font=f, size_pt=9)
    sh.text(105, 24, head[1], font=f, size_pt=14, bold=True, anchor="center")
    sh.text(105, 31, head[2], font=f, size_pt=10, anchor="center")
    sh.text(20, 40, f"OV/SP: {c.ov or '—'}", font=f, size_pt=10, bold=True)
    sh.photo(160, 38, 28, 36, rng)
    sh.rect(170, 36, 10, 2, width_mm=0, fill=(80, 80, 80))
    sh.paragraph(20, 50, 130, body, font=f, size_pt=10.5, leading=1.6, align="justify")
    sh.signature(30, 112, 40, 13, rng, color=INK_BLACK)
    sh.stamp(90, 106, ["DIENST VREEMDELINGENZAKEN" if lang == "nl" else "OFFICE DES ÉTRANGERS", "BRUSSEL"], rng,
             size_mm=26, color=STAMP_BLUE)
    sh.rule(20, 140, 190, 140, width_mm=0.3)
    for k in range(3):
        sh.stamp(22 + k * 58, 150, [ext.upper(), fdate(lodged + timedelta(days=120 * (k + 1)), "dots"),
                                    c.addr.city.upper()[:14]], rng, shape="rect", size_mm=34, color=STAMP_RED)
    if lang == "fr":
        return [drum_streak(sh, rng)], {}
    dog_ear(sh, "tr", 15)
    return [sh], {}


def asylum_cgra_convocation(c: Case, rng: random.Random, *, lang: str = "fr") -> tuple[list[Sheet], dict]:
    """A CGRA/CGVS convocation for the personal interview (the procedure visibly pending), window-envelope layout,
    the reference in a box, the interview date and the interpreter's language."""
    sh = Sheet()
    f = "sans4"
    if lang == "nl":
        t = ("Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", "UITNODIGING PERSOONLIJK ONDERHOUD",
             "U wordt uitgenodigd voor een persoonlijk onderhoud in het kader van uw verzoek om internationale "
             "bescherming op", "Tolk", "Uw verzoek is nog in behandeling.")
    else:
        t = ("Commissariat général aux réfugiés et aux apatrides", "CONVOCATION À UN ENTRETIEN PERSONNEL",
             "Vous êtes invité(e) à un entretien personnel dans le cadre de votre demande de protection "
             "internationale le", "Interprète", "Votre demande est toujours en cours d'examen.")
    sh.text(20, 14, t[0], font=f, size_pt=11, bold=True)
    sh.text(20, 20, "Rue Ernest Blerot 39 / Ernest Blerotstraat 39, 1070 Bruxelles / Brussel", font=f, size_pt=8.5,
            color=GREY)
    sh.text(110, 40, f"{c.p.given_names} {c.p.surname.upper()}", font=f, size_pt=10.5)
    sh.text(110, 45.5, addr_str(c.addr, lang, "street-first")[:60], font=f, size_pt=10)
    sh.rect(20, 62, 90, 16, width_mm=0.3)
    sh.text(22, 64, f"CG/CGVS: {rng.randint(20, 26)}{_d6(rng)}", font=f, size_pt=9.5)
    sh.text(22, 70, f"OV/SP: {c.ov or '—'}", font=f, size_pt=9.5)
    sh.text(20, 88, t[1], font=f, size_pt=13, bold=True)
    when = c.app_date + timedelta(days=rng.randint(20, 60))
    sh.paragraph(20, 98, 170, f"{t[2]} {fdate(when, 'long', lang)}, {rng.randint(9, 14)}:00. {t[3]}: "
                 f"{rng.choice(['arabe', 'lingala', 'peul', 'dari', 'arménien']) if lang == 'fr' else rng.choice(['Arabisch', 'Lingala', 'Pular', 'Dari', 'Armeens'])}. "
                 f"{t[4]}", font=f, size_pt=10.5, leading=1.5)
    sh.text(20, 130, fdate(c.app_date - timedelta(days=rng.randint(10, 40)), "dots"), font=f, size_pt=10)
    return [sh], {}


def _d6(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(6))


_reg("be9ter-asylum-annexe26-papier-vert-fr", "asylum-proof", PART, "fr",
     lambda c, r: asylum_annex26_green(c, r, lang="fr"),
     "annexe 26 on green paper with stapled photo and three extension stamps, drum streak")
_reg("be9ter-asylum-bijlage26-groen-ezelsoor-nl", "asylum-proof", PART, "nl",
     lambda c, r: asylum_annex26_green(c, r, lang="nl"),
     "bijlage 26 on green paper with extension stamps, dog-eared corner")
_reg("be9ter-asylum-cgra-convocation-entretien", "asylum-proof", PART, "fr",
     lambda c, r: asylum_cgra_convocation(c, r, lang="fr"),
     "CGRA convocation to the personal interview, window-envelope layout")
_reg("be9ter-asylum-cgvs-uitnodiging-onderhoud", "asylum-proof", PART, "nl",
     lambda c, r: asylum_cgra_convocation(c, r, lang="nl"),
     "CGVS invitation to the personal interview, window-envelope layout")


# --------------------------------------------------------------------------- registered mail

def _bpost_slip8(c: Case, rng: random.Random, w=80.0, h=60.0) -> Sheet:
    """bpost's landscape 'Bewijs van afgifte / Preuve de dépôt' slip: barcode at the top, then sender and
    addressee side by side, the counter's date print at the bottom."""
    sh = Sheet(w, h)
    sh.rect(0, 0, w, h, width_mm=0, fill=(253, 250, 240))
    f = "sans"
    sh.text(3, 2, "bpost · BEWIJS VAN AFGIFTE / PREUVE DE DÉPÔT", font=f, size_pt=5.8, bold=True,
            color=(200, 30, 40))
    barcode(sh, 3, 6, w - 6, 7, c.rm_track)
    sh.text(w / 2, 14, track_spaced(c.rm_track), font="mono", size_pt=6, anchor="center")
    sh.text(3, 19, "Geadresseerde / Destinataire", font=f, size_pt=4.8, color=GREY)
    for k, ln in enumerate(c.rm_to):
        sh.text(3, 22 + k * 3.2, ln[:30], font=f, size_pt=5.8)
    sh.text(w / 2 + 2, 19, "Afzender / Expéditeur", font=f, size_pt=4.8, color=GREY)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(w / 2 + 2, 22 + k * 3.2, ln[:30], font=f, size_pt=5.8)
    sh.text(3, h - 8, f"{_post_office(c)[:34]}", font="mono", size_pt=5.6)
    sh.text(3, h - 4.5, f"{fdate(c.rm_date, 'dots')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  R",
            font="mono", size_pt=5.6)
    return sh


def rm_with_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The deposit slip photocopied beside the front of the envelope (its R-label and the DVZ address visible):
    both on one A4."""
    slip = _bpost_slip8(c, rng)
    env = Sheet(160, 110)
    env.rect(0, 0, 160, 110, width_mm=0, fill=(246, 240, 226))
    for k, ln in enumerate(_sender_lines(c)):
        env.text(6, 6 + k * 4, ln[:40], font="sans", size_pt=7)
    for k, ln in enumerate(c.rm_to):
        env.text(70, 60 + k * 5.5, ln, font="sans", size_pt=10)
    env.rect(112, 8, 40, 20, width_mm=0.3, fill=(255, 255, 255))
    env.text(114, 9, "R", font="sans", size_pt=14, bold=True)
    barcode(env, 121, 12, 29, 9, c.rm_track)
    sh = Sheet()
    sh.image(25, 20, 160, 110, env.render(200))
    sh.image(25, 150, 120, 90, slip.render(300))
    return [sh], {"addressee": 1}


def rm_register_page(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's 'registre des envois recommandés' page: a ruled list of the day's registered letters typed
    in (date, destinataire, objet, n° d'envoi), with the bpost counter's round date stamp and the clerk's initials,
    and this applicant's slip stapled at the bottom."""
    slip = _bpost_slip8(c, rng)
    sh = Sheet()
    f = "sans2"
    nl = c.lang == "nl"
    sh.text(20, 14, f"{(c.lawyer or {}).get('firm', 'Cabinet')} – "
                    f"{'register aangetekende zendingen' if nl else 'registre des envois recommandés'}", font=f,
            size_pt=11, bold=True)
    sh.text(20, 20, f"{'Dag' if nl else 'Journée du'} {fdate(c.rm_date, 'dots')}", font=f, size_pt=9.5)
    cols = ((("Datum", 22), ("Geadresseerde", 62), ("Onderwerp", 48), ("Zendingsnr.", 38)) if nl else
            (("Date", 22), ("Destinataire", 62), ("Objet", 48), ("N° d'envoi", 38)))
    y = 28
    x = 20
    for t, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.2, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 1.5, t, font=f, size_pt=8.5, bold=True)
        x += w
    y += 7
    others = ([("FOD Financiën", "bezwaar"), ("Arbeidsrechtbank", "verzoekschrift"), ("OCMW", "beroep")] if nl else
              [("SPF Finances", "réclamation"), ("Tribunal du travail", "requête"), ("CPAS", "recours")])
    rows = [(fdate(c.rm_date, "dots"), ", ".join(c.rm_to[:2])[:38], f"9ter {c.p.surname.upper()}"[:28],
             track_spaced(c.rm_track))]
    rows += [(fdate(c.rm_date, "dots"), a, b, "RR " + _d6(rng) + _d6(rng)[:3] + " BE") for a, b in rng.sample(others, 2)]
    for r in rows:
        x = 20
        for (t, w), v in zip(cols, r):
            sh.rect(x, y, w, 8, width_mm=0.12)
            sh.text(x + 1.5, y + 2, v, font=f, size_pt=8)
            x += w
        y += 8
    sh.stamp(130, y + 6, ["BPOST", fdate(c.rm_date, "dots"), _post_office(c)[:16].upper()], rng, size_mm=28,
             color=STAMP_RED)
    sh.image(30, 150, 120, 90, slip.render(300))
    sh.rect(36, 148, 12, 1.4, width_mm=0, fill=(70, 70, 70))
    return [sh], {"addressee": 1}


def rm_streak(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The slip alone in the middle of an A4 copy, the copier's drum streak running down the page."""
    slip = _bpost_slip8(c, rng)
    sh = Sheet()
    sh.image(45, 60, 120, 90, slip.render(300))
    sh.handwriting(45, 160, hand_safe(f"aangetekend DVZ - {c.p.surname}"), rng, size_pt=11, font="hand4", color=INK_BLUE)
    return [drum_streak(sh, rng)], {"addressee": 1}


_reg("be9ter-rm-afgifte-met-envelop", "registered-mail-receipt", PART, "nl", rm_with_envelope,
     "landscape deposit slip copied beside the envelope's front with its R label")
_reg("be9ter-rm-registre-envois-cabinet", "registered-mail-receipt", PART, "fr/nl", rm_register_page,
     "law office's register of registered letters with bpost's date stamp, the slip stapled below")
_reg("be9ter-rm-strook-drumstreep", "registered-mail-receipt", PART, "nl", rm_streak,
     "deposit slip alone on A4 with a handwritten note, copier drum streak")


# --------------------------------------------------------------------------- other

def other_declaration_hand_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour written by hand on lined paper (no evidentiary value)."""
    sh = Sheet()
    for k in range(30):
        sh.rule(15, 30 + k * 8, 195, 30 + k * 8, width_mm=0.1, color=(170, 190, 220))
    txt = (f"Ik, {c.p.given_names} {c.p.surname}, geboren op {fdate(c.p.birth_date, 'dots', 'nl')} in "
           f"{c.p.birth_place}, verklaar op eer dat ik geen paspoort of identiteitskaart heb. Mijn papieren zijn "
           f"verloren tijdens de reis. De ambassade vraagt documenten die ik niet kan krijgen.")
    txt = hand_safe(txt)
    lines = sh.wrap(txt, 170, font="hand1", size_pt=13)
    sh.handwriting(20, 20, "Verklaring op eer", rng, size_pt=15, font="hand1", color=INK_BLUE)
    for k, ln in enumerate(lines):
        sh.handwriting(20, 35.5 + k * 8, ln, rng, size_pt=13, font="hand1", color=INK_BLUE)
    y = 35.5 + len(lines) * 8 + 10
    sh.handwriting(20, y, hand_safe(f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 12)), 'dots')}"), rng,
                   size_pt=13, font="hand1", color=INK_BLUE)
    sh.signature(120, y + 6, 44, 15, rng)
    return [sh], {"identity": 1}


def other_gp_invoice(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A GP's 'getuigschrift voor verstrekte hulp' / invoice for an uninsured patient, paid in cash."""
    d = c.doctor
    sh = Sheet()
    f = "sans6"
    sh.text(20, 14, d.name(), font=f, size_pt=12, bold=True)
    sh.text(20, 20, f"{d.street}, {d.pc} {d.city} · RIZIV {d.riziv}", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 36, "FACTUUR / NOTE D'HONORAIRES", font=f, size_pt=12, bold=True)
    sh.text(20, 44, f"Patiënt: {c.p.surname.upper()} {c.p.given_names}", font=f, size_pt=10)
    y = 54
    for k in range(3):
        dd = c.cert_date - timedelta(days=30 * k + rng.randint(0, 10))
        sh.text(20, y, fdate(dd, "dots"), font=f, size_pt=10)
        sh.text(60, y, "raadpleging / consultation", font=f, size_pt=10)
        sh.text(190, y, f"{rng.choice(['30,00', '33,19', '35,00'])} EUR", font=f, size_pt=10, anchor="right")
        y += 7
    sh.text(20, y + 6, "Contant betaald / payé comptant", font=f, size_pt=10, bold=True)
    sh.signature(130, y + 10, 40, 13, rng)
    return [sh], {}


def other_school_cert(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A school's certificate of enrolment for the applicant's child or for the applicant's adult-education course
    ('attestation de fréquentation scolaire'), with the school's stamp."""
    sh = Sheet()
    f = "serif2"
    school = rng.choice(["Institut Saint-Joseph", "Athénée Royal", "CVO Antwerpen", "Promotion sociale"])
    sh.text(20, 14, school, font=f, size_pt=12, bold=True)
    sh.text(20, 20, c.addr.city, font=f, size_pt=9, color=GREY)
    sh.text(105, 40, "ATTESTATION DE FRÉQUENTATION", font=f, size_pt=13, bold=True, anchor="center")
    sh.paragraph(25, 54, 160, f"La direction atteste que {c.p.given_names} {c.p.surname.upper()} suit régulièrement "
                 f"les cours de français langue étrangère depuis le "
                 f"{fdate(c.app_date - timedelta(days=rng.randint(100, 500)), 'dots')}.", font=f, size_pt=11,
                 leading=1.6)
    sh.text(25, 90, f"{c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(5, 40)), 'dots')}", font=f,
            size_pt=10.5)
    sh.signature(120, 96, 40, 13, rng)
    sh.stamp(95, 94, [school.upper()[:20], "DIRECTION"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-nl-handgeschreven", "other", PART, "nl", other_declaration_hand_nl,
     "the applicant's declaration on honour handwritten on lined paper")
_reg("be9ter-other-factuur-huisarts", "other", PART, "nl/fr", other_gp_invoice,
     "GP's invoice for consultations paid in cash")
_reg("be9ter-other-attestation-frequentation", "other", PART, "fr", other_school_cert,
     "school's certificate of attendance of a language course")
