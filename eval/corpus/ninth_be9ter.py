"""9ter families of the `ninth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout, fresh, fourth, fifth, sixth, seventh and eighth had been read, by a writer who did not
see the validator: a Flemish lawyer's letter with its headings in the left margin column and the office's KBO number
and IBAN in the footer; a Walloon avocat's letter with a spaced-capitals letterhead, framed references and paragraphs
opened by '— Quant à ...'; an OCMW intake form in framed boxes with yes/no ticks, answered in ballpoint; an English
letter of a Brussels firm's immigration desk; the 2024 certificate printed from the GP's record software (grey
header table, answers in a mono face, '(X)' severity, the software's print line in the footer), the previous model
laid out with answer boxes and filled in by hand in ballpoint capitals, with a felt-tip pen, or in English; a
hospital specialist's letter with the staff names under the letterhead and a results table, a consultation protocol
typed in a mono face; a pharmacist's out-of-stock attestation from the country of origin and a doctors'
organisation's memo; the annex 26 on white paper with its photo stapled, and CGRA/CGVS acknowledgements of receipt;
a post office's till receipt stapled beside the deposit slip, a printed track-and-trace page, a slip with the
office's exhibit stamp; a declaration on honour handwritten on squared paper, a hospital invoice billed to the
CPAS/OCMW and a CPAS attestation.  Copy habits are the part's own (binder clip, exhibit stamp, staple holes,
dithered black-and-white scan, creases of a page folded in four, incoming-mail stamp).  The applications' sentences
are this part's own (s9_*).
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
from .ninth_identity import halftone_scan, staple_holes, clip_shadow, received_stamp, hand_safe, exhibit_stamp, fold_creases
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet

PART = "ninth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _pron(c: Case, lang: str) -> str:
    return {"fr": "elle" if c.fem else "il", "nl": "zij" if c.fem else "hij", "en": "she" if c.fem else "he"}[lang]


def _Pron(c: Case, lang: str) -> str:
    return _pron(c, lang).capitalize()


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [bijlage {n}]", "fr": f" [annexe {n}]", "en": f" [annex {n}]"}[lang]


def s9_person(c: Case, lang: str) -> str:
    """Name first, then the number in brackets, then birth and nationality as a relative clause."""
    who = name_in(c.p, c.name_style)
    born = c.d(c.p.birth_date, lang)
    place = "" if "no_birthplace" in c.flags else f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    nat = "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    num = {"fr": f"n° national {c.nrn}" if c.nrn else f"n° SP {c.ov}",
           "nl": f"rijksregisternr. {c.nrn}" if c.nrn else f"OV-nr. {c.ov}",
           "en": f"national no. {c.nrn}" if c.nrn else f"SP no. {c.ov}"}[lang]
    if lang == "fr":
        s = f"Il s'agit de {who} ({num}), né{'e' if c.fem else ''} le {born}" + (f" à {place}" if place else "")
        s += (f", de nationalité {nat}." if nat else ".")
    elif lang == "nl":
        s = f"Het betreft {who} ({num}), geboren op {born}" + (f" te {place}" if place else "")
        s += (f", van {nat} nationaliteit." if nat else ".")
    else:
        s = f"The applicant is {who} ({num}), born on {born}" + (f" in {place}" if place else "")
        s += (f", a {nat} national." if nat else ".")
    return s


def s9_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"fr": f"{_Pron(c, lang)} n'a pas d'adresse fixe pour le moment et loge chez des connaissances.",
                "nl": f"{_Pron(c, lang)} heeft op dit ogenblik geen vast adres en logeert bij kennissen.",
                "en": f"{_Pron(c, lang)} has no fixed address at present and stays with acquaintances."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"fr": f"{_Pron(c, lang)} réside effectivement {a}.", "nl": f"{_Pron(c, lang)} verblijft feitelijk op {a}.",
            "en": f"{_Pron(c, lang)} actually lives at {a}."}[lang]


def s9_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
        return {"fr": f"Pour la présente procédure, domicile est élu chez son avocat : {where}.",
                "nl": f"Voor deze procedure kiest {_pron(c, lang)} woonplaats bij de advocaat: {where}.",
                "en": f"For this procedure, domicile is elected with counsel: {where}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"fr": f"Pour la présente procédure, domicile est élu chez {c.other_domicile}.",
                "nl": f"Voor deze procedure wordt woonplaats gekozen bij {c.other_domicile}.",
                "en": f"For this procedure, domicile is elected with {c.other_domicile}."}[lang]
    return {"fr": "Pour la présente procédure, domicile est élu à cette même adresse.",
            "nl": "Voor deze procedure wordt woonplaats gekozen op datzelfde adres.",
            "en": "For this procedure, domicile is elected at that same address."}[lang]


def s9_identity(c: Case, lang: str, lead: bool = True) -> str:
    """The identity paragraph; without ``lead`` the 'Identité :' opening is left out (under a heading)."""
    s = _s9_identity(c, lang)
    if lead:
        return s
    for pre in ("Identité : ", "Identiteit: ", "Identity: "):
        if s.startswith(pre):
            s = s[len(pre)].upper() + s[len(pre) + 1:]
    return s


def _s9_identity(c: Case, lang: str) -> str:
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


def s9_medical(c: Case, lang: str) -> str:
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


def s9_coi(c: Case, lang: str) -> str | None:
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


def s9_family(c: Case, lang: str) -> str | None:
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


def s9_other_proc(c: Case, lang: str) -> str | None:
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


def s9_ask(c: Case, lang: str) -> str:
    return {"fr": "Je vous saurais gré de bien vouloir déclarer la présente demande recevable, puis fondée, et "
                  "d'accorder au requérant une autorisation de séjour en application de l'article 9ter de la loi du "
                  "15 décembre 1980.",
            "nl": "Ik verzoek u deze aanvraag ontvankelijk en vervolgens gegrond te verklaren en verzoeker een "
                  "machtiging tot verblijf toe te kennen met toepassing van artikel 9ter van de wet van "
                  "15 december 1980.",
            "en": "I respectfully ask you to declare this application admissible and then well founded, and to grant "
                  "the applicant leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- applications

def app_loco_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish lawyer's letter with the section headings in the left margin column (kantlijnkoppen) and the text in
    a narrower right column; letterhead as a small logo square and the office's name at the left, the addressee in
    the window position; the footer with the office's enterprise number and IBAN on every page; signed by the lawyer
    above the typed name and 'advocaat'; the enclosures as a 'stukkenbundel' list."""
    L = c.lawyer
    font = "sans4"
    ref = f"{L['last'][:2].upper()}/{rng.randint(2025, 2026)}.{rng.randint(1000, 9999)}"
    iban = f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    kbo = f"0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rect(20, 10, 9, 9, width_mm=0, fill=(120, 20, 40))
            sh.text(24.5, 11.6, L["last"][0], font=font, size_pt=13, bold=True, anchor="center", color=(255, 255, 255))
            sh.text(32, 10.5, L["firm"], font=font, size_pt=11.5, bold=True)
            sh.text(32, 16, f"{L['street']} · {L['pc']} {L['city']} · {L['tel']}", font=font, size_pt=8, color=GREY)
            return sh, 34
        return sh, 18

    fl = Flow(new_sheet, left=62, right=190, bottom=270, font=font, size=10, leading=1.4)
    for ln in ["Federale Overheidsdienst Binnenlandse Zaken", "Dienst Vreemdelingenzaken – Cel 9ter",
               "Pachecolaan 44", "1000 BRUSSEL"]:
        fl.line(ln, x=110)
    fl.space(8)
    fl.sheet.text(20, fl.y, "Onze ref.", font=font, size_pt=8, color=GREY)
    fl.line(ref, size=9.5)
    fl.sheet.text(20, fl.y, "Datum", font=font, size_pt=8, color=GREY)
    fl.line(c.d(c.app_date, "nl", "long"), size=9.5)
    fl.sheet.text(20, fl.y, "Verzending", font=font, size_pt=8, color=GREY)
    fl.line("aangetekend", size=9.5)
    fl.space(5)
    fl.para(f"Betreft: aanvraag machtiging tot verblijf – art. 9ter Vreemdelingenwet – {name_in(c.p, c.name_style)}",
            bold=True)
    fl.para("Geachte mevrouw, geachte heer,")
    fl.para("Namens mijn cliënt(e) dien ik hierbij een aanvraag tot machtiging tot verblijf om medische redenen in.")

    def section(head: str, txt: str | None, tag: str) -> None:
        if not txt:
            return
        fl.ensure(14)
        fl.sheet.text(20, fl.y, head, font=font, size_pt=8.6, bold=True, color=(120, 20, 40))
        fl.para(txt, tag=tag)

    section("Personalia", s9_person(c, "nl"), "personal")
    section("Verblijf", " ".join(x for x in (s9_home(c, "nl"), s9_domicile(c, "nl")) if x), "residence")
    section("Gezin", s9_family(c, "nl"), "family")
    section("Identiteit", s9_identity(c, "nl", lead=False), "identity")
    section("Ziekte", s9_medical(c, "nl"), "medical")
    section("Herkomstland", s9_coi(c, "nl"), "coi")
    section("Procedures", s9_other_proc(c, "nl"), "parallel")
    fl.para(s9_ask(c, "nl"))
    fl.para("Met de meeste hoogachting,", gap=3)
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(62, y, 46, 15, rng, color=INK_BLACK, style="loops")
    fl.sheet.text(62, y + 17, f"{L['first']} {L['last']}", font=font, size_pt=10)
    fl.sheet.text(62, y + 21.5, "advocaat", font=font, size_pt=9, color=GREY)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.sheet.text(20, fl.y, "Stukken", font=font, size_pt=8.6, bold=True, color=(120, 20, 40))
        fl.para("Stukkenbundel:", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"stuk {i}. {d}", indent=2, gap=0.2, size=9.2)
    for sh in fl.sheets:
        sh.rule(20, 281, 190, 281, width_mm=0.15, color=(150, 150, 150))
        sh.text(105, 283, f"KBO {kbo} · IBAN {iban} · derdenrekening op aanvraag", font=font, size_pt=7,
                anchor="center", color=GREY)
    return fl.sheets, fl.tags


def app_lettered_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Walloon avocat's letter: the cabinet's name centred over a thin rule, the references ('N/Réf.', 'V/Réf.')
    in a framed box at the right, each paragraph opened by a dash and a short lead in italics ('— Quant à
    l'identité : ...'), signed at the right above 'Avocat au barreau de ...'; the pieces in an 'Inventaire'."""
    L = c.lawyer
    font = "serif2"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(105, 11, f"{L['first']} {L['last']}".upper(), font=font, size_pt=13, anchor="center",
                    letter_spacing=1.2)
            sh.text(105, 17, "AVOCAT", font=font, size_pt=8.5, anchor="center", letter_spacing=2.0, color=GREY)
            sh.rule(70, 21, 140, 21, width_mm=0.2)
            sh.text(105, 23, f"{L['street']} · {L['pc']} {L['city']} · {L['tel']}", font=font, size_pt=7.8,
                    anchor="center", color=GREY)
            return sh, 34
        sh.text(190, 10, f"– {i + 1} –", font=font, size_pt=8.5, anchor="right")
        return sh, 18

    fl = Flow(new_sheet, left=24, right=186, bottom=272, font=font, size=10.4, leading=1.45)
    sh = fl.sheet
    sh.rect(126, fl.y - 2, 60, 15, width_mm=0.25)
    sh.text(128, fl.y - 0.5, f"N/Réf. : {rng.randint(2025, 2026)}/{rng.randint(100, 999)}", font=font, size_pt=8.5)
    sh.text(128, fl.y + 4, "V/Réf. : —", font=font, size_pt=8.5)
    sh.text(128, fl.y + 8.5, "Recommandé", font=font, size_pt=8.5, italic=True)
    for ln in ["Office des Étrangers", "Bureau 9ter", "Boulevard Pachéco 44", "1000 Bruxelles"]:
        fl.line(ln)
    fl.space(6)
    fl.line(f"{L['city']}, le {c.d(c.app_date, 'fr', 'long')}", x=110)
    fl.space(4)
    fl.para(f"Objet : demande d'autorisation de séjour pour raisons médicales (article 9ter) – "
            f"{name_in(c.p, c.name_style)}", bold=True)
    fl.para("Madame, Monsieur,")
    fl.para("Je vous écris en qualité de conseil du requérant et introduis en son nom la présente demande.")
    for lead, txt, tag in [("Quant à la personne", s9_person(c, "fr"), "personal"),
                           ("Quant à la résidence", " ".join(x for x in (s9_home(c, "fr"), s9_domicile(c, "fr"))
                                                             if x), "residence"),
                           ("Quant à la famille", s9_family(c, "fr"), "family"),
                           ("Quant à l'identité", s9_identity(c, "fr", lead=False), "identity"),
                           ("Quant à la maladie", s9_medical(c, "fr"), "medical"),
                           ("Quant au pays d'origine", s9_coi(c, "fr"), "coi"),
                           ("Quant aux autres procédures", s9_other_proc(c, "fr"), "parallel")]:
        if txt:
            fl.para(f"— {lead} : {txt}", tag=tag, align="justify")
    fl.para(s9_ask(c, "fr"))
    fl.para("Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.", gap=3)
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(118, y, 46, 15, rng, color=INK_BLUE, style="zigzag")
    fl.sheet.text(118, y + 17, f"{L['first']} {L['last']}", font=font, size_pt=10)
    fl.sheet.text(118, y + 21.5, f"Avocat au barreau de {L['city']}", font=font, size_pt=9, color=GREY)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Inventaire", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}) {d}", indent=3, gap=0.2, size=9.4)
    return fl.sheets, fl.tags


def app_fillin_form_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A municipal social service's (OCMW) intake form for a 9ter application, printed double-sided: the questions
    in framed boxes with the answer space inside, yes/no tick boxes, the answers written in ballpoint by the social
    worker with the applicant; signed by the applicant and stamped by the service at the end."""
    org = rng.choice(["OCMW Mechelen – Sociale Dienst", "OCMW Sint-Niklaas – Dienst Maatschappelijk Werk",
                      "OCMW Turnhout – Onthaal"])
    lf = "sans6"
    ink = INK_BLUE
    hf = rng.choice(["hand1", "hand4"])
    tags: dict[str, int] = {}
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets, 1):
        sh.text(18, 10, org, font=lf, size_pt=9, bold=True)
        sh.text(192, 10, f"{i}/2", font=lf, size_pt=8.5, anchor="right")
        sh.rule(18, 14, 192, 14, width_mm=0.4)
    cur = {"y": 18.0}

    def box(sh, q, a, lines=1):
        y = cur["y"]
        rows = sh.wrap(hand_safe(a), 164, font=hf, size_pt=10.5) if a else []
        n = max(lines, len(rows))
        h = 5.5 + n * 6.0
        sh.rect(18, y, 174, h, width_mm=0.3)
        sh.text(20, y + 0.8, q, font=lf, size_pt=7.6, color=(60, 60, 60))
        for k, ln in enumerate(rows):
            sh.handwriting(21, y + 4.2 + k * 6.0, ln, rng, size_pt=10.5, color=ink, font=hf)
        cur["y"] = y + h + 1.5

    def yesno(sh, q, yes):
        y = cur["y"]
        sh.rect(18, y, 174, 8, width_mm=0.3)
        sh.text(20, y + 2, q, font=lf, size_pt=8.2)
        for k, lab in enumerate(("ja", "neen")):
            sh.checkbox(160 + k * 15, y + 2.2, checked=(k == 0) == yes, rng=rng, ink=ink)
            sh.text(165 + k * 15, y + 2, lab, font=lf, size_pt=8.2)
        cur["y"] = y + 9.5

    s1, s2 = sheets
    s1.text(18, 17, "AANVRAAG 9ter – INTAKEFORMULIER (in te vullen met de aanvrager)", font=lf, size_pt=10.5,
            bold=True)
    cur["y"] = 25
    tags["personal"] = 1
    box(s1, "A. Naam en voornamen", f"{c.p.surname.upper()} {c.p.given_names}")
    box(s1, "B. Geboren op", c.d(c.p.birth_date, "nl", "dots"))
    box(s1, "C. Geboren te (plaats, land)", "" if "no_birthplace" in c.flags else
        f"{c.p.birth_place}, {cname(c.birth_cc(), 'nl')}")
    box(s1, "D. Nationaliteit", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_nl"])
    box(s1, "E. Rijksregister- of OV-nummer", c.nrn or c.ov)
    tags["residence"] = 1
    box(s1, "F. Waar verblijft de aanvrager werkelijk?", "" if "no_address" in c.flags else
        addr_str(c.addr, "nl", c.addr_style))
    dom = s9_domicile(c, "nl")
    box(s1, "G. Gekozen woonplaats voor de procedure", "" if dom is None else (
        "zelfde adres als F" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile))
    tags["identity"] = 1
    box(s1, "H. Identiteitsdocumenten (of reden van vrijstelling)", s9_identity(c, "nl", lead=False), 2)
    fam = s9_family(c, "nl")
    yesno(s1, "I. Doen gezinsleden mee de aanvraag?", bool(fam))
    if fam:
        tags["family"] = 1
        box(s1, "   Zo ja, welke?", fam)
    tags["medical"] = 1
    box(s1, "J. Ziekte, ernst, behandeling (zie standaard medisch getuigschrift)", s9_medical(c, "nl"), 3)
    cur["y"] = 18
    coi = s9_coi(c, "nl")
    if coi:
        tags["coi"] = 2
    box(s2, "K. Zorg en toegankelijkheid in het land van herkomst", coi or "", 3)
    par = s9_other_proc(c, "nl")
    yesno(s2, "L. Andere procedures lopend of afgesloten?", bool(par))
    if par:
        tags["parallel"] = 2
        box(s2, "   Welke?", par)
    tags["inventory"] = 2
    box(s2, "M. Bijgevoegde stukken", " ; ".join(f"{i}) {d}" for i, (_, d) in enumerate(c.annexes, 1)), 2)
    tags["signature"] = 2
    y = cur["y"] + 4
    s2.text(18, y, "Datum", font=lf, size_pt=8.2)
    s2.handwriting(34, y - 1.2, c.d(c.app_date, "nl", "dots"), rng, size_pt=11, color=ink, font=hf)
    s2.text(18, y + 8, "Handtekening van de aanvrager", font=lf, size_pt=8.2)
    s2.rect(18, y + 12, 78, 26, width_mm=0.3)
    if "unsigned" not in c.flags:
        s2.signature(24, y + 16, 46, 15, rng, color=ink)
    s2.text(112, y + 8, "Stempel OCMW / maatschappelijk werker", font=lf, size_pt=8.2)
    s2.stamp(118, y + 13, [org.split(" – ")[0].upper(), "SOCIALE DIENST"], rng, shape="rect", size_mm=36,
             color=STAMP_BLUE)
    return sheets, tags


def app_probono_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English letter of an associate of a Brussels law firm's immigration desk (written for an international
    client), left-aligned block letterhead, numbered bold headings '1. The applicant' ... (not an accepted
    language); signed above the typed name."""
    L = c.lawyer
    font = "serif5"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, "Meridian Avocats – Immigration Desk", font=font, size_pt=12, bold=True)
            sh.text(20, 18, "Rue Joseph II 36, 1000 Brussels · +32 2 511 09 40", font=font, size_pt=8.5, color=GREY)
            return sh, 30
        return sh, 18

    fl = Flow(new_sheet, left=20, right=190, bottom=275, font=font, size=10.3, leading=1.4)
    for ln in ["Immigration Office (DVZ/OE)", "9ter Unit", "Pachecolaan 44", "1000 Brussels"]:
        fl.line(ln)
    fl.space(5)
    fl.line(f"Brussels, {c.d(c.app_date, 'en', 'long')}")
    fl.line("By registered post", italic=True, size=9.5)
    fl.space(4)
    fl.para(f"Re: Article 9ter application – {name_in(c.p, c.name_style)}", bold=True)
    fl.para("Dear Sir or Madam,")
    n = 1
    for head, txt, tag in [("The applicant", s9_person(c, "en"), "personal"),
                           ("Residence", " ".join(x for x in (s9_home(c, "en"), s9_domicile(c, "en")) if x),
                            "residence"),
                           ("Family", s9_family(c, "en"), "family"), ("Identity", s9_identity(c, "en", lead=False),
                                                                      "identity"),
                           ("Medical situation", s9_medical(c, "en"), "medical"),
                           ("Country of origin", s9_coi(c, "en"), "coi"),
                           ("Other proceedings", s9_other_proc(c, "en"), "parallel")]:
        if txt:
            fl.para(f"{n}. {head}", bold=True, gap=0.6)
            fl.para(txt, tag=tag)
            n += 1
    fl.para(s9_ask(c, "en"))
    fl.para("Yours faithfully,", gap=3)
    fl.ensure(28)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(20, y, 46, 15, rng, color=INK_BLUE)
    fl.sheet.text(20, y + 17, f"{L['first']} {L['last']}, Associate", font=font, size_pt=10.3)
    fl.y = y + 26
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Schedule of documents", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}. {d}", indent=3, gap=0.2, size=9.8)
    return fl.sheets, fl.tags


_reg("be9ter-app-nl-lawyer-prose-kantlijnkoppen-iban-voet", "application", PART, "nl", app_loco_nl,
     "Flemish lawyer's letter with headings in the left margin column, window addressee, KBO/IBAN footer")
_reg("be9ter-app-fr-lawyer-prose-tirets-reference-encadree", "application", PART, "fr", app_lettered_fr,
     "Walloon avocat's letter, spaced capitals letterhead, framed references, paragraphs opened by '— Quant à ...'")
_reg("be9ter-app-nl-form-ocmw-kruisjes-dubbelzijdig", "application", PART, "nl", app_fillin_form_nl,
     "OCMW intake form in framed boxes with yes/no ticks, answered in ballpoint, applicant's signature and OCMW stamp")
_reg("be9ter-app-en-lawyer-ngo-email-brief", "application", PART, "en", app_probono_en,
     "English letter of a Brussels law firm's immigration desk with numbered bold headings (not accepted)")



# --------------------------------------------------------------------------- standard medical certificates

def _sev_index(M: dict, sev: str) -> int:
    so = M["sevopts"]
    if not sev:
        return -1
    s = sev.lower()
    return 3 if s.startswith(so[3]) else 1 if s.startswith(so[1]) else 0 if s.startswith(so[0]) else 2


def medcert_2024_flowing(c: Case, rng: random.Random, *, lang: str, habit: str = "gutter") -> tuple[list[Sheet], dict]:
    """The 2024 model printed from the GP's electronic record software: a grey header table with the practice's
    name, address and the patient's record number, each official question in bold and the answer typed under it in
    a monospaced face (as the software's free-text fields print), the severity options as '(X)' / '( )'; signature
    and stamp at the end; the software's print line ('Afgedrukt uit ... op ...', 'page x/y') in the footer of every
    page. Copy habit: the staple taken out (fr), or the office's red exhibit stamp (nl)."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    font = "sans6" if habit == "gutter" else "condensed"
    soft = rng.choice(["Medispring", "CareConnect GP", "HealthOne", "Mediris"])
    rec = f"{rng.randint(10000, 99999)}"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rect(20, 10, 170, 16, width_mm=0.2, fill=(232, 232, 232))
            sh.rule(105, 10, 105, 26, width_mm=0.2)
            sh.text(22, 11.5, d.inst, font=font, size_pt=10.5, bold=True)
            sh.text(22, 16.5, f"{d.street}, {d.pc} {d.city}", font=font, size_pt=8)
            sh.text(22, 20.5, d.tel, font=font, size_pt=8)
            sh.text(107, 11.5, {"fr": "Dossier patient n°", "nl": "Patiëntendossier nr."}.get(lang, "Record no.") +
                    f" {rec}", font=font, size_pt=8.5)
            sh.text(107, 16.5, v["pat"] or "", font=font, size_pt=8.5)
            sh.text(105, 30, M["title"], font=font, size_pt=12.5, bold=True, anchor="center")
            sh.text(105, 35.5, M["model"], font=font, size_pt=8, anchor="center", color=GREY)
            return sh, 42
        sh.text(20, 12, f"{M['title'].title()} – {v['pat'] or '…'} – {rec}", font=font, size_pt=7.5, color=GREY)
        return sh, 20

    fl = Flow(new_sheet, left=20, right=190, bottom=272, font="mono2", size=9.0, leading=1.35)
    fl.tag("patient")
    fl.para(M["s1"], bold=True, gap=0.6, font=font, size=9.8)
    fl.para(f"{M['name']} / {M['first']}: {v['surname']} {v['first']}".rstrip() if v["surname"] else
            f"{M['name']} / {M['first']}:", indent=4)
    fl.para(f"{M['bd']}: {v['bd']}    {M['nat']}: {v['nat']}", indent=4)
    fl.tag("doctor")
    fl.para(M["s2"], bold=True, gap=0.6, font=font, size=9.8)
    fl.para(f"{M['dname']}: {d.name()}", indent=4)
    fl.para(f"{M['riziv']}: {v['riziv']}", indent=4)
    fl.para(f"{M['daddr']}: {d.street}, {d.pc} {d.city}", indent=4)
    fl.para(M["s4"], bold=True, gap=0.6, font=font, size=9.8)
    fl.para(v["hist"], indent=4)
    fl.tag("illness")
    fl.para(M["s5"], bold=True, gap=0.6, font=font, size=9.8)
    fl.para(f"{v['ill']} ({v['icd']})" if v["ill"] else "", indent=4)
    fl.tag("severity")
    fl.para(M["s6"], bold=True, gap=0.6, font=font, size=9.8)
    chosen = _sev_index(M, v["sev"])
    fl.para("   ".join(f"(X) {o}" if k == chosen else f"( ) {o}" for k, o in enumerate(M["sevopts"])), indent=4)
    fl.para(f"{M['s6b']} {v['sev']}", indent=4)
    fl.tag("treatment")
    fl.para(M["s7"], bold=True, gap=0.6, font=font, size=9.8)
    fl.para(f"{M['s7a']}: {v['meds']}", indent=4)
    fl.para(f"{M['s7b']}: {v['interv']}", indent=4)
    fl.para(f"{M['s7c']}: {v['dur']}", indent=4)
    for key, val in (("s8", v["cons"]), ("s9", v["prog"]), ("s10", v["needs"])):
        fl.para(M[key], bold=True, gap=0.6, font=font, size=9.8)
        fl.para(val, indent=4)
    fl.para(M["s11"], bold=True, gap=0.6, font=font, size=9.8)
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
    printed = fdate(c.cert_date, "dots")
    for i, p in enumerate(pages, 1):
        p.rule(20, 279, 190, 279, width_mm=0.1, color=(150, 150, 150))
        p.text(20, 280.5, f"{'Imprimé depuis' if lang == 'fr' else 'Afgedrukt uit'} {soft} – {printed}", font=font,
               size_pt=7, color=GREY)
        p.text(190, 280.5, f"{i}/{len(pages)}", font=font, size_pt=7, anchor="right", color=GREY)
    if habit == "gutter":
        staple_holes(pages[0], "tl", 16)
        return pages, fl.tags
    exhibit_stamp(pages[0], 158, 44, ["stuk"], rng, w=30)
    return pages, fl.tags


def medcert_old_cursive(c: Case, rng: random.Random, *, lang: str, habit: str = "none") -> tuple[list[Sheet], dict]:
    """The previous model on the printed official form laid out with a framed answer box under each question (A to
    G), filled in by the doctor by hand: in ballpoint capitals (nl), with a felt-tip pen (fr) or in ballpoint (en);
    the RIZIV/INAMI number and the stamp at the end."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    lf = "sans4"
    hf = {"nl": "hand4", "fr": "hand2"}.get(lang, "hand1")
    caps = lang == "nl"
    pen = INK_BLUE if lang != "fr" else INK_BLACK
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
        if caps:
            val = val.upper()
        rows = sh.wrap(val, 160, font=hf, size_pt=11) if val else []
        n = max(min_lines, len(rows))
        hh = 3.9 * len(sh.wrap(head, 170, font=lf, size_pt=8.6, bold=True))
        need = hh + 4.2 + n * 6.4
        if st["y"] + need > 278 and st["p"] == 0:
            st["p"], st["y"] = 1, 24.0
            sh = pages[1]
        if tag:
            tags[tag] = st["p"] + 1
        y = st["y"]
        sh.paragraph(20, y, 170, head, font=lf, size_pt=8.6, bold=True)
        sh.rect(19, y + hh + 0.2, 172, n * 6.4 + 2.6, width_mm=0.25, color=(90, 90, 90))
        for k, ln in enumerate(rows):
            sh.handwriting(22, y + hh + 0.8 + k * 6.4, ln, rng, size_pt=11, color=pen, font=hf)
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
    sh.handwriting(45, y - 1.5, hand_safe(v["date"]), rng, size_pt=11.5, color=pen, font=hf)
    sh.text(20, y + 8, f"{M['riziv']}", font=lf, size_pt=9)
    if v["riziv"]:
        sh.handwriting(70, y + 6.5, hand_safe(v["riziv"]), rng, size_pt=11.5, color=pen, font=hf)
    sh.text(20, y + 16, f"{d.name()} – {SPECIALTY[d.spec].get(lang, SPECIALTY[d.spec].get('fr', ''))}", font=lf,
            size_pt=9)
    sh.text(20, y + 22, M["sign"], font=lf, size_pt=9)
    if v["signed"]:
        sh.signature(40, y + 26, 50, 16, rng, color=pen)
        sh.stamp(110, y + 22, _stamp_lines(c, lang if lang in ("nl", "fr") else "nl", bool(v["riziv"])), rng,
                 shape="rect", size_mm=36, color=STAMP_VIOLET)
    if habit == "gutter":
        return [received_stamp(pages[0], rng, lang="nl"), pages[1]], tags
    if habit == "toner":
        staple_holes(pages[0], "tl", 16)
        return pages, tags
    return [fold_creases(p, rng) for p in pages], tags


_reg("be9ter-medcert-2024-fr-logiciel-cabinet-pied", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_flowing(c, r, lang="fr", habit="gutter"),
     "2024 model printed from the GP's record software: grey header table, answers in a mono face, (X) severity, "
     "software print line in the footer, staple holes")
_reg("be9ter-medcert-old-nl-balpen-blokletters-nietgaatjes", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_cursive(c, r, lang="nl", habit="toner"),
     "previous model laid out with answer boxes, filled in by hand in ballpoint capitals, staple holes")
_reg("be9ter-medcert-2024-nl-huisartsensoftware-stuknummer", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_flowing(c, r, lang="nl", habit="note"),
     "2024 model printed from the GP's record software (condensed face), red STUK exhibit stamp")
_reg("be9ter-medcert-old-fr-feutre-plis", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_cursive(c, r, lang="fr"),
     "previous model with answer boxes, filled in with a black felt-tip pen, page folded in four")
_reg("be9ter-medcert-old-en-balpen-ontvangen", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_cursive(c, r, lang="en", habit="gutter"),
     "the previous model in English filled in by hand in ballpoint, office's ONTVANGEN stamp (not accepted)")


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
    f = "sans2"
    sh.rect(176, 9, 14, 14, width_mm=0, fill=(0, 90, 60))
    sh.text(183, 12.5, "+", font=f, size_pt=16, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(20, 10.5, d.inst, font=f, size_pt=12, bold=True)
    staff = " – ".join(f"Dr. {x}" for x in rng.sample(["A. Peeters", "L. Dubois", "S. Claes", "M. Lambert",
                                                         "K. Jacobs", "N. Willems", "F. Mertens"], 4))
    sh.text(20, 21, f"{d.name()} – {staff}", font=f, size_pt=7, color=GREY)
    sh.rule(20, 24.5, 190, 24.5, width_mm=0.2, color=(0, 90, 60))
    sh.text(20, 16, f"{SPECIALTY[d.spec].get(lang, '')} · {d.street}, {d.pc} {d.city}", font=f, size_pt=8,
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
    return [received_stamp(sh, rng)], {}


def medstat_psy_numbered(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's report in numbered sections (1. Contexte / Context ... 5. Conclusie), typed in a serif, the
    doctor's name and RIZIV/INAMI number under the signature, a dog-eared corner."""
    d = c.specialist
    lang = "nl" if "nl" in ILLNESSES[c.illness] and c.lang != "fr" else "fr" if "fr" in ILLNESSES[c.illness] else "nl"
    T = _ill_text(c, lang)
    H = {"fr": ["MOTIF", "ANAMNÈSE", "DIAGNOSTIC", "TRAITEMENT", "CONCLUSION", "Protocole de consultation"],
         "nl": ["REDEN", "ANAMNESE", "DIAGNOSE", "BEHANDELING", "BESLUIT", "Consultatieverslag"]}[lang]
    sh = Sheet()
    f = "typewriter2"
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
    return [halftone_scan(sh, rng)], {}


_reg("be9ter-medstat-specialist-brief-kantlijn-datumstempel", "medical-statement", PART, "fr/nl", medstat_nephro_lab,
     "hospital specialist's letter, staff names under the letterhead, table of recent results, incoming stamp")
_reg("be9ter-medstat-protocole-consultation-dithering", "medical-statement", PART, "fr/nl", medstat_psy_numbered,
     "consultation protocol typed in a mono face with capitalised section heads, dithered black-and-white scan")


# --------------------------------------------------------------------------- country-of-origin information

def coi_pharmacy_quote_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacist's signed attestation from the country of origin that the drug is out of stock ('attestation de
    rupture de stock'), typed on the pharmacy's letterhead and scanned by the family, the scan printed at the top
    of an A4 with a short note of counsel typed below."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    f = "serif6"
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    card = Sheet(150, 120)
    card.rect(0, 0, 150, 120, width_mm=0, fill=(250, 248, 240))
    card.text(75, 6, f"PHARMACIE {rng.choice(['DU CENTRE', 'DE LA PAIX', 'AL AMAL', 'DE LA GARE'])}", font=f,
              size_pt=11, bold=True, anchor="center")
    card.text(75, 12, f"{cname(c.origin(), 'fr')} – Pharmacien titulaire", font=f, size_pt=8, anchor="center")
    card.text(75, 24, "ATTESTATION DE RUPTURE DE STOCK", font=f, size_pt=10, bold=True, anchor="center")
    card.paragraph(8, 33, 134, f"Je soussigné, pharmacien, atteste que le médicament {dr} n'est plus disponible dans "
                   f"notre officine ni chez notre grossiste depuis plusieurs mois. Lorsqu'il est disponible, son prix "
                   f"est d'environ {il['cost']} par mois, à charge du patient.", font=f, size_pt=8.6, leading=1.4)
    card.text(8, 80, f"Fait le {fdate(c.app_date - timedelta(days=rng.randint(20, 90)), 'slashes')}", font=f,
              size_pt=8.5)
    card.signature(90, 86, 34, 11, rng)
    card.stamp(60, 78, ["PHARMACIE", cname(c.origin(), "fr").upper()], rng, size_mm=26, color=STAMP_BLUE)
    img = card.render(150)
    sh.text(20, 14, f"Attestation d'une pharmacie ({cname(c.origin(), 'fr')}) – scan transmis par la famille",
            font=f, size_pt=10.5, bold=True)
    sh.image(28, 24, 154, 124, img)
    note = (f"Note du conseil : le devis montre que {dr} doit être acheté en pharmacie privée, à environ "
            f"{il['cost']} par mois, soit bien au-delà du salaire moyen ({o['wage']}). Seul {o['hospital']} en "
            f"dispose de manière régulière. {o['insurance_fr']}")
    sh.paragraph(20, 158, 170, note, font=f, size_pt=9.8, leading=1.45)
    return [sh], {}


def coi_ngo_table_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A doctors' organisation's memo on the availability of care (portrait): a title block with the reference, each
    question followed by its answer as a short paragraph with the sources in brackets, the sources as endnotes in
    small print; the page folded in four before copying."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    f = "serif4"
    dr = drug(c.illness, "nl") if "nl" in il else drug(c.illness, "fr")
    sh.text(20, 14, f"Nota toegankelijkheid van zorg – {cname(c.origin(), 'nl')}", font=f, size_pt=13, bold=True)
    sh.text(20, 21, f"Medische cel, artsenorganisatie · ref. N-{rng.randint(100, 999)}/{rng.randint(2025, 2026)}",
            font=f, size_pt=8.5, color=GREY)
    rows = [("Vraag", "Antwoord", "Bron"),
            (f"Is {dr} beschikbaar?", f"Enkel in {o['hospital']}; niet in de provincie.", "1, 2"),
            ("Wat kost de behandeling?", f"Ongeveer {il['cost']} per maand.", "3"),
            ("Wat is een gemiddeld loon?", o["wage"], "4"),
            ("Wordt de behandeling terugbetaald?", o["insurance_nl"], "2, 4")]
    y = 34
    for a, b, src in rows[1:]:
        y = sh.paragraph(20, y, 170, f"{a} — {b} [{src}]", font=f, size_pt=10.5, leading=1.45) + 4
    sh.rule(20, y + 4, 70, y + 4, width_mm=0.2)
    for k, t in enumerate(["[1] MedCOI, antwoord BMA-" + str(rng.randint(10000, 19999)),
                           "[2] Veldonderzoek partnerorganisatie", "[3] Prijslijst privé-apotheek",
                           "[4] Nationaal statistiekbureau"]):
        sh.text(20, y + 7 + k * 4.5, t, font=f, size_pt=8)
    return [fold_creases(sh, rng)], {}


_reg("be9ter-coi-fr-attestation-officine-rupture", "country-of-origin-info", PART, "fr", coi_pharmacy_quote_fr,
     "pharmacist's out-of-stock attestation from the country of origin, scan printed on A4, counsel's note")
_reg("be9ter-coi-nl-artsenorganisatie-memo", "country-of-origin-info", PART, "nl", coi_ngo_table_nl,
     "doctors' organisation's memo on access to care, question-answer paragraphs, endnote sources, folded in four")


# --------------------------------------------------------------------------- asylum proof

def asylum_annex26_green(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 (bijlage 26 / annexe 26) printed on the green-tinted paper of the Immigration Office, with the
    applicant's photo stapled, and the extension stamps in the lower half; copied in colour, a drum streak (fr) or a
    dog-eared corner (nl)."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans6"
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
    sh.rect(162, 37, 9, 1.4, width_mm=0, fill=(80, 80, 80))
    sh.rect(177, 37, 9, 1.4, width_mm=0, fill=(80, 80, 80))
    sh.paragraph(20, 50, 130, body, font=f, size_pt=10.5, leading=1.6, align="justify")
    sh.signature(30, 112, 40, 13, rng, color=INK_BLACK)
    sh.stamp(90, 106, ["DIENST VREEMDELINGENZAKEN" if lang == "nl" else "OFFICE DES ÉTRANGERS", "BRUSSEL"], rng,
             size_mm=26, color=STAMP_BLUE)
    sh.rule(20, 140, 190, 140, width_mm=0.3)
    for k in range(3):
        sh.stamp(22 + k * 58, 150, [ext.upper(), fdate(lodged + timedelta(days=120 * (k + 1)), "dots"),
                                    c.addr.city.upper()[:14]], rng, shape="rect", size_mm=34, color=STAMP_RED)
    if lang == "fr":
        return [sh], {}
    return [fold_creases(sh, rng)], {}


def asylum_cgra_convocation(c: Case, rng: random.Random, *, lang: str = "fr") -> tuple[list[Sheet], dict]:
    """A CGRA/CGVS convocation for the personal interview (the procedure visibly pending), window-envelope layout,
    the reference in a box, the interview date and the interpreter's language."""
    sh = Sheet()
    f = "serif3"
    if lang == "nl":
        t = ("Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", "ONTVANGSTBEVESTIGING",
             "Wij bevestigen de ontvangst van de stukken die u ons in het kader van uw verzoek om internationale "
             "bescherming hebt bezorgd. Zij werden bij uw dossier gevoegd op", "Behandelend protection officer",
             "Uw verzoek is nog in behandeling; u wordt later uitgenodigd voor een persoonlijk onderhoud.")
    else:
        t = ("Commissariat général aux réfugiés et aux apatrides", "ACCUSÉ DE RÉCEPTION",
             "Nous accusons réception des documents que vous nous avez transmis dans le cadre de votre demande de "
             "protection internationale. Ils ont été joints à votre dossier le", "Officier de protection",
             "Votre demande est toujours en cours d'examen ; vous serez convoqué(e) ultérieurement.")
    sh.text(20, 14, t[0], font=f, size_pt=11, bold=True)
    sh.text(20, 20, "Rue Ernest Blerot 39 / Ernest Blerotstraat 39, 1070 Bruxelles / Brussel", font=f, size_pt=8.5,
            color=GREY)
    sh.text(110, 40, f"{c.p.given_names} {c.p.surname.upper()}", font=f, size_pt=10.5)
    sh.text(110, 45.5, addr_str(c.addr, lang, "street-first")[:60], font=f, size_pt=10)
    sh.rect(20, 62, 90, 16, width_mm=0.3)
    sh.text(22, 64, f"CG/CGVS: {rng.randint(20, 26)}{_d6(rng)}", font=f, size_pt=9.5)
    sh.text(22, 70, f"OV/SP: {c.ov or '—'}", font=f, size_pt=9.5)
    sh.text(20, 88, t[1], font=f, size_pt=13, bold=True)
    when = c.app_date - timedelta(days=rng.randint(15, 50))
    sh.paragraph(20, 98, 170, f"{t[2]} {fdate(when, 'long', lang)}. {t[3]}: "
                 f"{rng.choice(['K. Declercq', 'M. Lemaire', 'S. Vandenberghe', 'A. Noël'])}. "
                 f"{t[4]}", font=f, size_pt=10.5, leading=1.5)
    sh.text(20, 130, fdate(c.app_date - timedelta(days=rng.randint(10, 40)), "dots"), font=f, size_pt=10)
    return [sh], {}


def _d6(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(6))


_reg("be9ter-asylum-annexe26-agrafe-fr", "asylum-proof", PART, "fr",
     lambda c, r: asylum_annex26_green(c, r, lang="fr"),
     "annexe 26 on white paper, photo stapled with two staples, three extension stamps, sans face")
_reg("be9ter-asylum-bijlage26-plooien-nl", "asylum-proof", PART, "nl",
     lambda c, r: asylum_annex26_green(c, r, lang="nl"),
     "bijlage 26 on white paper with extension stamps, folded in four")
_reg("be9ter-asylum-cgra-accuse-reception-fr", "asylum-proof", PART, "fr",
     lambda c, r: asylum_cgra_convocation(c, r, lang="fr"),
     "CGRA acknowledgement of receipt of documents, the application still under examination")
_reg("be9ter-asylum-cgvs-ontvangstbevestiging-nl", "asylum-proof", PART, "nl",
     lambda c, r: asylum_cgra_convocation(c, r, lang="nl"),
     "CGVS acknowledgement of receipt (ontvangstbevestiging), the application still under examination")


# --------------------------------------------------------------------------- registered mail

def _bpost_slip9(c: Case, rng: random.Random, w=80.0, h=60.0) -> Sheet:
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
    """The post office's thermal till receipt for the registered letter (narrow, the shop's header, the item line
    'Aangetekende zending', the tracking number, the addressee's name and postcode, the amount) stapled at the top of
    an A4 sheet with the deposit slip stapled under it; the secretary's note in pencil."""
    slip = _bpost_slip9(c, rng)
    t = Sheet(58, 120)
    t.rect(0, 0, 58, 120, width_mm=0, fill=(250, 250, 247))
    f = "mono"
    y = 4
    for ln in ["bpost", _post_office(c)[:26], "BTW BE 0214.596.464", "-" * 28,
               "Aangetekende zending", "  Nationaal", f"  {track_spaced(c.rm_track)[:26]}", "Bestemmeling:"] + \
              [f"  {x[:24]}" for x in c.rm_to] + \
              ["-" * 28, f"TOTAAL EUR {rng.choice(['9,48', '9,90', '10,20'])}", "Bancontact", "-" * 28,
               f"{fdate(c.rm_date, 'dots')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
               f"Kassa {rng.randint(1, 6)}  Ticket {rng.randint(1000, 9999)}"]:
        t.text(3, y, ln, font=f, size_pt=7.2)
        y += 3.6
    sh = Sheet()
    sh.image(30, 18, 58, 120, t.render(300).convert("L").convert("RGB"))
    sh.rect(52, 17, 10, 1.4, width_mm=0, fill=(80, 80, 80))
    sh.image(100, 30, 90, 67.5, slip.render(300))
    sh.rect(140, 29, 10, 1.4, width_mm=0, fill=(80, 80, 80))
    sh.handwriting(100, 110, hand_safe(f"9ter {c.p.surname} - verzonden"), rng, size_pt=11, font="hand1",
                   color=(90, 90, 95))
    return [sh], {"addressee": 1}


def rm_register_page(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's track-and-trace page printed from the browser (the site's header, 'Suivi de votre envoi' with the
    number, the events in a table: 'Déposé au bureau', 'En cours de tri', 'Distribué'), the browser's print header
    and footer (date, URL, 1/1), with the deposit slip stapled under it."""
    slip = _bpost_slip9(c, rng)
    sh = Sheet()
    f = "sans2"
    fr = c.lang != "nl"
    sh.text(10, 6, f"{fdate(c.rm_date + timedelta(days=rng.randint(1, 3)), 'dots')}, {rng.randint(8, 18):02d}:"
                   f"{rng.randint(0, 59):02d}", font=f, size_pt=7, color=GREY)
    sh.text(105, 6, "bpost – Track & Trace", font=f, size_pt=7, anchor="center", color=GREY)
    sh.rect(20, 14, 170, 12, width_mm=0, fill=(239, 59, 57))
    sh.text(24, 17, "bpost", font=f, size_pt=16, bold=True, color=(255, 255, 255))
    sh.text(20, 34, "Suivi de votre envoi" if fr else "Uw zending volgen", font=f, size_pt=14, bold=True)
    sh.text(20, 42, track_spaced(c.rm_track), font=f, size_pt=11)
    sh.text(20, 50, ("Destinataire : " if fr else "Bestemmeling: ") + ", ".join(c.rm_to[:2])[:80], font=f, size_pt=9.5)
    ev = [(fdate(c.rm_date, "dots"), "Déposé au bureau de poste" if fr else "Afgegeven in het postkantoor",
           _post_office(c)[:30]),
          (fdate(c.rm_date, "dots"), "En cours de tri" if fr else "Wordt gesorteerd", "Brussel X"),
          (fdate(c.rm_date + timedelta(days=1), "dots"), "Distribué – signé" if fr else "Uitgereikt – ondertekend",
           "1000 Brussel")]
    y = 60
    for k, (a, b, cc) in enumerate([("Date", "Événement", "Lieu") if fr else ("Datum", "Gebeurtenis", "Plaats")] + ev):
        for x, w, txt in ((20, 30, a), (50, 80, b), (130, 60, cc)):
            sh.rect(x, y, w, 7, width_mm=0.15, fill=(236, 236, 236) if k == 0 else None)
            sh.text(x + 1.5, y + 1.5, txt, font=f, size_pt=8.5, bold=k == 0)
        y += 7
    sh.text(10, 290, "https://track.bpost.cloud/btr/web/#/search?itemCode=" + c.rm_track.replace(" ", ""), font=f,
            size_pt=6.5, color=GREY)
    sh.text(200, 290, "1/1", font=f, size_pt=6.5, anchor="right", color=GREY)
    sh.image(40, 130, 120, 90, slip.render(300))
    sh.rect(46, 128, 12, 1.4, width_mm=0, fill=(70, 70, 70))
    return [sh], {"addressee": 1}


def rm_streak(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The slip alone at the top left of an A4 copy, the office's red exhibit stamp beside it."""
    slip = _bpost_slip9(c, rng)
    sh = Sheet()
    sh.image(20, 24, 120, 90, slip.render(300))
    exhibit_stamp(sh, 150, 26, ["stuk"], rng)
    return [sh], {"addressee": 1}


_reg("be9ter-rm-kasticket-op-a4-geniet", "registered-mail-receipt", PART, "nl", rm_with_envelope,
     "post office's thermal till receipt stapled on A4 with the deposit slip beside it, pencil note")
_reg("be9ter-rm-track-trace-print-fr", "registered-mail-receipt", PART, "fr/nl", rm_register_page,
     "bpost track-and-trace page printed from the browser, the deposit slip stapled below")
_reg("be9ter-rm-bewijs-afgifte-stuknummer", "registered-mail-receipt", PART, "nl", rm_streak,
     "deposit slip alone on A4 with the office's red exhibit stamp")


# --------------------------------------------------------------------------- other

def other_declaration_hand_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's 'déclaration sur l'honneur' written by hand in French on squared school paper (Seyès-like
    grid, red margin line), with no evidentiary value."""
    sh = Sheet()
    for k in range(70):
        sh.rule(10, 20 + k * 4, 200, 20 + k * 4, width_mm=0.06 if k % 4 else 0.12, color=(170, 190, 225))
    for k in range(48):
        sh.rule(10 + k * 4, 20, 10 + k * 4, 296, width_mm=0.06, color=(200, 210, 235))
    sh.rule(34, 0, 34, 297, width_mm=0.25, color=(220, 80, 90))
    txt = (f"Je soussigné{'e' if c.fem else ''}, {c.p.surname.upper()} {c.p.given_names}, né{'e' if c.fem else ''} "
           f"le {fdate(c.p.birth_date, 'slashes', 'fr')} à {c.p.birth_place}, déclare sur l'honneur que je ne "
           f"possède ni passeport ni carte d'identité. Mes documents ont été perdus pendant le voyage et l'ambassade "
           f"me demande des pièces que je ne peux pas obtenir.")
    txt = hand_safe(txt)
    lines = sh.wrap(txt, 160, font="hand2", size_pt=13)
    sh.handwriting(40, 22, "Déclaration sur l'honneur", rng, size_pt=15, font="hand2", color=INK_BLUE)
    for k, ln in enumerate(lines):
        sh.handwriting(38, 38 + k * 8, ln, rng, size_pt=13, font="hand2", color=INK_BLUE)
    y = 38 + len(lines) * 8 + 10
    sh.handwriting(38, y, hand_safe(f"Fait à {c.addr.city}, le "
                                    f"{fdate(c.app_date - timedelta(days=rng.randint(2, 12)), 'slashes')}"), rng,
                   size_pt=13, font="hand2", color=INK_BLUE)
    sh.signature(120, y + 8, 44, 15, rng)
    return [sh], {"identity": 1}


def other_gp_invoice(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital's invoice for an outpatient visit of a patient without insurance, 'à charge du CPAS / ten laste van
    het OCMW' under the urgent-medical-aid scheme: the hospital's billing department heading, the invoice number,
    the lines with nomenclature codes, the 'patient share 0,00' line."""
    d = c.specialist
    sh = Sheet()
    f = "narrow"
    fr = c.lang != "nl"
    sh.text(20, 12, d.inst, font=f, size_pt=12, bold=True)
    sh.text(20, 18, ("Service facturation – patients" if fr else "Dienst facturatie – patiënten") +
            f" · {d.street}, {d.pc} {d.city}", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 32, ("FACTURE N° " if fr else "FACTUUR NR. ") + f"{rng.randint(2026000000, 2026999999)}", font=f,
            size_pt=12, bold=True)
    sh.text(20, 39, ("Patient : " if fr else "Patiënt: ") + f"{c.p.surname.upper()} {c.p.given_names}", font=f,
            size_pt=10)
    sh.text(20, 45, ("Tiers payant : CPAS – aide médicale urgente" if fr else
                     "Derde betaler: OCMW – dringende medische hulp"), font=f, size_pt=10)
    y = 56
    for k in range(4):
        dd = c.cert_date - timedelta(days=20 * k + rng.randint(0, 10))
        sh.text(20, y, fdate(dd, "dots"), font=f, size_pt=9.5)
        sh.text(48, y, f"{rng.choice(['102034', '102071', '475075', '590015'])}", font=f, size_pt=9.5)
        sh.text(70, y, "consultation spécialiste" if fr else "raadpleging specialist", font=f, size_pt=9.5)
        sh.text(190, y, f"{rng.choice(['31,94', '45,21', '27,80', '62,10'])} EUR", font=f, size_pt=9.5,
                anchor="right")
        y += 6.5
    sh.rule(20, y + 2, 190, y + 2, width_mm=0.2)
    sh.text(20, y + 5, "Quote-part patient" if fr else "Persoonlijk aandeel", font=f, size_pt=10, bold=True)
    sh.text(190, y + 5, "0,00 EUR", font=f, size_pt=10, bold=True, anchor="right")
    return [sh], {}


def other_school_cert(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS social worker's 'attestation' that the applicant receives urgent medical aid and is followed by the
    service, on the CPAS letterhead with the reference and the social worker's signature and stamp."""
    sh = Sheet()
    f = "sans5"
    city = c.addr.city
    sh.text(20, 14, f"CPAS de {city}", font=f, size_pt=13, bold=True)
    sh.text(20, 20, "Service social – cellule santé", font=f, size_pt=9, color=GREY)
    sh.text(20, 26, f"Réf. : SS/{rng.randint(1000, 9999)}/{rng.randint(2025, 2026)}", font=f, size_pt=8.5,
            color=GREY)
    sh.text(105, 44, "ATTESTATION", font=f, size_pt=13, bold=True, anchor="center")
    sh.paragraph(25, 56, 160, f"La soussignée, assistante sociale, atteste que {c.p.given_names} "
                 f"{c.p.surname.upper()} est suivi{'e' if c.fem else ''} par notre service depuis le "
                 f"{fdate(c.app_date - timedelta(days=rng.randint(100, 600)), 'dots')} et bénéficie de l'aide "
                 f"médicale urgente (A.R. du 12 décembre 1996).", font=f, size_pt=10.5, leading=1.6)
    sh.text(25, 92, f"{city}, le {fdate(c.app_date - timedelta(days=rng.randint(5, 40)), 'dots')}", font=f,
            size_pt=10.5)
    sh.text(120, 102, "L'assistante sociale", font=f, size_pt=10)
    sh.signature(120, 107, 40, 13, rng)
    sh.stamp(92, 102, [f"CPAS DE {city.upper()}"[:22], "SERVICE SOCIAL"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-fr-ecrite-main", "other", PART, "fr", other_declaration_hand_nl,
     "the applicant's 'déclaration sur l'honneur' handwritten on squared school paper with a red margin line")
_reg("be9ter-other-ziekenhuisfactuur-ocmw", "other", PART, "nl/fr", other_gp_invoice,
     "hospital invoice for outpatient visits billed to the CPAS/OCMW (urgent medical aid), patient share 0,00")
_reg("be9ter-other-attestation-cpas-aide", "other", PART, "fr", other_school_cert,
     "CPAS social worker's attestation of follow-up and urgent medical aid")
