"""9ter families of the `tenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to ninth had been read, by a writer who did not see the validator: an
Antwerp lawyer's letter with a coloured bar down the left edge, the subject in a grey band, numbered paragraphs and
the pieces in a two-column table, signed 'voor het kantoor'; a Brussels avocat's letter with the office's address
and partners in the footer only, the matter in a 'Concerne' table and bold run-in heads; the same Antwerp layout
written in English by an associate for an English-speaking client; a CPAS social service's information sheet typed
into table rows with ☒ boxes and signed by the applicant; a Brussels NGO's bilingual questionnaire answered by hand
on ruled lines; the 2024 certificate typed into a grid of numbered cells (severity as ☒ boxes), the previous model
typed in a typewriter face, in Dutch and in English; a hospital's consultation report with a data table at the top
and a GP's follow-up attestation; a letter of a hospital in the country of origin and a lawyer's annex with a
pharmacy price list; Red Cross reception centres' attestations and Fedasil's designation of a reception structure
as asylum proof; a PostPoint receipt taped onto A4, the office's outgoing-mail register page with bpost's deposit
slip stuck in, the copy of the registered envelope; a typed declaration on honour with two witnesses, a health
insurance fund's attestation and a pharmacy's dispensing history.  The applications use this part's own sentence
builders (s10_*).  Copy habits are the part's own (tenth_identity: thumb, paralegal ticks, pencil inventory number,
inkjet banding, adhesive tape).
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
from .ninth_identity import hand_safe
from .tenth_identity import inkjet_banding, inventory_circle, paralegal_ticks, thumb_hold
from .paper import Sheet

PART = "tenth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _he(c: Case, lang: str) -> str:
    return {"fr": "elle" if c.fem else "il", "nl": "zij" if c.fem else "hij", "en": "she" if c.fem else "he"}[lang]


def _who(c: Case, lang: str) -> str:
    """How these offices call their client in the running text."""
    return {"fr": "la requérante" if c.fem else "le requérant", "nl": "verzoekster" if c.fem else "verzoeker",
            "en": "the applicant"}[lang]


def _Who(c: Case, lang: str) -> str:
    w = _who(c, lang)
    return w[0].upper() + w[1:]


def _annex(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (enclosure {n})"}[lang]


def s10_person(c: Case, lang: str) -> str:
    """Place of birth before the date, the nationality as its own clause, the number last."""
    who = name_in(c.p, c.name_style)
    born = c.d(c.p.birth_date, lang)
    place = None if "no_birthplace" in c.flags else f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    nat = None if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    e = "e" if c.fem else ""
    if lang == "fr":
        s = f"{_Who(c, lang)}, {who}, est né{e}" + (f" à {place}" if place else "") + f" le {born}"
        s += f" et possède la nationalité {nat}." if nat else "."
        s += (f" {_he(c, lang).capitalize()} est inscrit{e} au registre national sous le numéro {c.nrn}." if c.nrn else
              f" {_he(c, lang).capitalize()} est connu{e} de l'Office des étrangers sous le numéro SP {c.ov}.")
    elif lang == "nl":
        s = f"{_Who(c, lang)}, {who}, werd" + (f" te {place}" if place else "") + f" geboren op {born}"
        s += f" en heeft de {nat} nationaliteit." if nat else "."
        s += (f" Rijksregisternummer: {c.nrn}." if c.nrn else f" Dossiernummer DVZ (OV): {c.ov}.")
    else:
        s = f"The applicant, {who}, was born" + (f" in {place}" if place else "") + f" on {born}"
        s += f" and holds {nat} nationality." if nat else "."
        s += (f" National register number: {c.nrn}." if c.nrn else f" Immigration Office reference (SP): {c.ov}.")
    return s


def s10_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"fr": f"{_Who(c, lang)} n'a actuellement pas de logement stable ; {_he(c, lang)} est hébergé"
                      f"{'e' if c.fem else ''} tantôt chez l'un, tantôt chez l'autre.",
                "nl": f"{_Who(c, lang)} heeft momenteel geen vaste woonst en wordt nu eens hier, dan weer daar "
                      f"opgevangen.",
                "en": "The applicant currently has no stable accommodation and stays with different friends."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"fr": f"{_Who(c, lang)} réside effectivement à l'adresse {a}.",
            "nl": f"{_Who(c, lang)} woont daadwerkelijk op het adres {a}.",
            "en": f"The applicant's actual residence is {a}."}[lang]


def s10_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
        return {"fr": f"Élection de domicile est faite au cabinet de son conseil, {where}.",
                "nl": f"Woonplaats wordt gekozen op het kantoor van de raadsman, {where}.",
                "en": f"Domicile is elected at the office of counsel, {where}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"fr": f"Élection de domicile est faite auprès de {c.other_domicile}.",
                "nl": f"Woonplaats wordt gekozen bij {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"fr": "Élection de domicile est faite à cette adresse de résidence.",
            "nl": "Woonplaats wordt gekozen op dat verblijfsadres.",
            "en": "Domicile is elected at that address of residence."}[lang]


def s10_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _annex(c, "asylum", lang) if k == "asylum" else ""
        return {"fr": f"Sa demande de protection internationale, introduite le {d}, n'a pas encore fait l'objet d'une "
                      f"décision définitive{ref} ; la preuve de l'identité n'est dès lors pas exigée (article 9ter, "
                      f"§ 2, alinéa 2, de la loi).",
                "nl": f"Het verzoek om internationale bescherming, ingediend op {d}, is nog niet definitief "
                      f"afgehandeld{ref}; het bewijs van identiteit is dus niet vereist (artikel 9ter, § 2, tweede "
                      f"lid, van de wet).",
                "en": f"The application for international protection lodged on {d} has not yet been finally "
                      f"decided{ref}, so proof of identity is not required (Article 9ter § 2, second paragraph)."}[lang]
    if k == "none":
        return {"fr": f"{_Who(c, lang)} a demandé un nouveau passeport à son ambassade, qui ne l'a pas encore délivré.",
                "nl": f"{_Who(c, lang)} heeft bij de ambassade een nieuw paspoort aangevraagd, dat nog niet werd "
                      f"afgeleverd.",
                "en": "The applicant has applied to the embassy for a new passport, which has not yet been "
                      "issued."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _annex(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"fr": "accompagné de sa traduction jurée", "nl": "samen met de beëdigde vertaling ervan",
                      "en": "together with its sworn translation"}[lang] + _annex(c, "id-tr", lang))
    lst = ", ".join(parts) if parts else "—"
    s = {"fr": f"Pour établir son identité, {_who(c, lang)} produit : {lst}.",
         "nl": f"Als bewijs van identiteit legt {_who(c, lang)} voor: {lst}.",
         "en": f"As proof of identity the applicant submits: {lst}."}[lang]
    if k == "passport-expired":
        s += {"fr": " La date d'expiration du passeport n'ôte rien à sa force probante quant à l'identité.",
              "nl": " Dat het paspoort verlopen is, doet niets af aan de bewijskracht ervan voor de identiteit.",
              "en": " The passport's expiry does not affect its value as proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"fr": " Ces pièces, prises ensemble, établissent le nom, la date de naissance et la nationalité.",
              "nl": " Samen tonen deze stukken de naam, de geboortedatum en de nationaliteit aan.",
              "en": " Taken together, these documents prove name, date of birth and nationality."}[lang]
    return s


def s10_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd = c.d(c.cert_date, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"fr": f"du rapport médical établi le {cd} par {doc}", "nl": f"het medisch verslag van {doc} van {cd}",
               "en": f"the medical report written by {doc} on {cd}"}[lang] + _annex(c, "medstat", lang)
    else:
        src = {"fr": f"du certificat médical type établi le {cd} par {doc}",
               "nl": f"het standaard medisch getuigschrift dat {doc} op {cd} opstelde",
               "en": f"the standard medical certificate completed by {doc} on {cd}"}[lang] + \
            _annex(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {"fr": f"Il ressort {src} que {_who(c, lang)} est atteint{'e' if c.fem else ''} de {t['name']}. "
                  f"{t['severity']} Traitement nécessaire : {meds}.",
            "nl": f"Uit {src} blijkt dat {_who(c, lang)} lijdt aan {t['name']}. {t['severity']} Noodzakelijke "
                  f"behandeling: {meds}.",
            "en": f"It appears from {src} that the applicant suffers from {t['name']}. {t['severity']} Necessary "
                  f"treatment: {meds}."}[lang]


def s10_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    r = _annex(c, "coi", lang)
    dr = drug(c.illness, lang)
    return {"fr": f"Dans le pays d'origine ({cn}), {dr} ne se trouve qu'à {o['hospital']}{r} et coûte environ "
                  f"{il['cost']} par mois, alors que le salaire moyen y est de {o['wage']}. {o['insurance_fr']} "
                  f"{_Who(c, lang)} ne dispose d'un droit de séjour dans aucun autre pays.",
            "nl": f"In het land van herkomst ({cn}) is {dr} alleen te krijgen in {o['hospital']}{r}, voor ongeveer "
                  f"{il['cost']} per maand, terwijl het gemiddelde loon er {o['wage']} bedraagt. {o['insurance_nl']} "
                  f"{_Who(c, lang)} heeft in geen ander land een verblijfsrecht.",
            "en": f"In the country of origin ({cn}), {dr} is only to be had at {o['hospital']}{r}, for about "
                  f"{il['cost']} a month, whereas the average wage there is {o['wage']}. {o['insurance_en']} The "
                  f"applicant has no right of residence in any other country."}[lang]


def s10_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"fr": {"spouse": "son conjoint" if c.fem else "son épouse", "child": "son enfant"},
           "nl": {"spouse": "de echtgenoot" if c.fem else "de echtgenote", "child": "het kind"},
           "en": {"spouse": "the spouse", "child": "the child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"fr": "né(e) le", "nl": "geboren op", "en": "born on"}[lang]
        out.append(f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, {born} {c.d(q.birth_date, lang)} "
                   f"({q.birth_place}{nat}){_annex(c, f'fam{i}', lang)}")
    lst = " et ".join(out) if lang == "fr" else " en ".join(out) if lang == "nl" else " and ".join(out)
    return {"fr": f"La demande est également introduite pour {lst}.",
            "nl": f"De aanvraag wordt ook ingediend voor {lst}.",
            "en": f"The application is also made for {lst}."}[lang]


def s10_other_proc(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"fr": f"Une précédente demande 9ter, introduite le {d}, est toujours pendante ; la présente la "
                          f"complète et l'actualise.",
                    "nl": f"Een vorige 9ter-aanvraag, ingediend op {d}, is nog hangende; deze aanvraag vult haar aan "
                          f"en actualiseert haar.",
                    "en": f"A previous 9ter application, lodged on {d}, is still pending; this application supplements "
                          f"and updates it."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"fr": f"La procédure d'asile s'est clôturée par un refus définitif le {d}.",
                    "nl": f"De asielprocedure werd op {d} definitief afgesloten met een weigering.",
                    "en": f"The asylum procedure ended with a final refusal on {d}."}[lang])
    return " ".join(out) or None


def s10_ask(c: Case, lang: str) -> str:
    return {"fr": f"Par ces motifs, {_who(c, lang)} vous prie de déclarer la demande recevable et fondée et de "
                  f"l{'a' if c.fem else 'e'} autoriser au séjour sur la base de l'article 9ter de la loi du 15 décembre "
                  f"1980.",
            "nl": f"Om deze redenen verzoekt {_who(c, lang)} u de aanvraag ontvankelijk en gegrond te verklaren en "
                  f"{'haar' if c.fem else 'hem'} op grond van artikel 9ter van de wet van 15 december 1980 tot verblijf "
                  f"te machtigen.",
            "en": "For these reasons the applicant asks you to declare the application admissible and well founded "
                  "and to grant leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- applications

_ANTW = {"nl": dict(firm="Advocatenkantoor Meir 44", sub="advocaten · migratierecht", addr="Meir 44 bus 3, 2000 Antwerpen",
                    to=["Dienst Vreemdelingenzaken", "Cel medische regularisatie 9ter", "Pachecolaan 44",
                        "1000 Brussel"], send="Aangetekend", subj="Betreft", ref="Ons kenmerk", date="Antwerpen,",
                    open="Geachte mevrouw, geachte heer,",
                    intro="Ik treed op als raadsman van {who} en dien namens {obj} een aanvraag in tot machtiging "
                          "tot verblijf op grond van artikel 9ter van de Vreemdelingenwet.",
                    close="Hoogachtend,", forr="voor het kantoor", role="advocaat", pieces="Stukken",
                    ph=("Nr.", "Omschrijving"), page="blz."),
         "en": dict(firm="Van Acker & Partners – Migration Team", sub="lawyers · Antwerp", addr="Frankrijklei 91, 2000 "
                    "Antwerpen", to=["Immigration Office (DVZ)", "9ter unit", "Pachecolaan 44", "1000 Brussels"],
                    send="Registered post", subj="Re", ref="Our ref.", date="Antwerp,",
                    open="Dear Sir or Madam,",
                    intro="We act for {who}, named below, and submit on {obj} behalf an application for leave to remain "
                          "on medical grounds under Article 9ter of the Aliens Act.",
                    close="Yours faithfully,", forr="for the firm", role="lawyer", pieces="Enclosures",
                    ph=("No.", "Description"), page="p.")}


def app_bar_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """An Antwerp office's letter: a coloured bar down the left edge of every page, the office's name right-aligned,
    the subject line in a light grey band, numbered paragraphs with a hanging number, signed 'voor het kantoor'
    above the lawyer's name, the pieces in a two-column table, 'blz. x/y' at the foot."""
    W_ = _ANTW[lang]
    L = c.lawyer
    font = "sans2"
    col = (0, 96, 110)

    def new_sheet(i):
        sh = Sheet()
        sh.rect(0, 0, 7, 297, width_mm=0, fill=col)
        if i == 0:
            sh.text(190, 12, W_["firm"], font=font, size_pt=13, bold=True, anchor="right", color=col)
            sh.text(190, 18, W_["sub"], font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.text(190, 22, W_["addr"], font=font, size_pt=8.5, anchor="right", color=GREY)
            return sh, 34
        return sh, 16

    fl = Flow(new_sheet, left=22, right=190, bottom=276, font=font, size=10.3, leading=1.38)
    for ln in W_["to"]:
        fl.line(ln)
    fl.space(6)
    fl.line(f"{W_['date']} {c.d(c.app_date, lang, 'long')}")
    fl.line(f"{W_['ref']}: {L['last'][:3].upper()}-{rng.randint(2025, 2026)}-{rng.randint(100, 999)} · {W_['send']}",
            size=9, color=GREY)
    fl.space(4)
    fl.sheet.rect(22, fl.y - 1, 168, 7.5, width_mm=0, fill=(232, 232, 232))
    fl.line(f"{W_['subj']}: 9ter – {name_in(c.p, c.name_style)}", bold=True, x=24)
    fl.space(4)
    fl.para(W_["open"])
    fl.para(W_["intro"].format(who=_who(c, lang), obj={"nl": "haar" if c.fem else "hem",
                                                         "en": "her" if c.fem else "his"}[lang]))
    n = 1
    for txt, tag in [(s10_person(c, lang), "personal"),
                     (" ".join(x for x in (s10_home(c, lang), s10_domicile(c, lang)) if x), "residence"),
                     (s10_family(c, lang), "family"), (s10_identity(c, lang), "identity"),
                     (s10_medical(c, lang), "medical"), (s10_coi(c, lang), "coi"),
                     (s10_other_proc(c, lang), "parallel")]:
        if txt:
            fl.para(txt, hang=f"{n}.", indent=8, tag=tag)
            n += 1
    fl.para(s10_ask(c, lang))
    fl.para(W_["close"], gap=3)
    fl.ensure(32)
    fl.tag("signature")
    y = fl.y
    fl.sheet.text(22, y, W_["forr"], font=font, size_pt=9, color=GREY)
    if "unsigned" not in c.flags:
        fl.sheet.signature(22, y + 4, 48, 15, rng, color=INK_BLUE, style="loops")
    fl.sheet.text(22, y + 21, f"{L['first']} {L['last']}, {W_['role']}", font=font, size_pt=10)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(6 * min(len(c.annexes), 4) + 10)
        fl.para(W_["pieces"], bold=True, gap=1.5, tag="inventory")
        sh = fl.sheet
        y = fl.y
        for k, (a, b) in enumerate([W_["ph"]] + [(str(i), d) for i, (_, d) in enumerate(c.annexes, 1)]):
            if y > 270:
                break
            sh.rect(22, y, 14, 6, width_mm=0.15, fill=(236, 236, 236) if k == 0 else None)
            sh.rect(36, y, 154, 6, width_mm=0.15, fill=(236, 236, 236) if k == 0 else None)
            sh.text(24, y + 1.1, a, font=font, size_pt=8.8, bold=k == 0)
            sh.text(38, y + 1.1, b[:95], font=font, size_pt=8.8, bold=k == 0)
            y += 6
        fl.y = y + 2
    for i, sh in enumerate(fl.sheets, 1):
        sh.text(190, 287, f"{W_['page']} {i}/{len(fl.sheets)}", font=font, size_pt=8, anchor="right", color=GREY)
    return fl.sheets, fl.tags


def app_footer_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels avocat's letter whose letterhead is only a monogram at the top left, the office's address, the
    partners' names and the bar in a footer on every page; the matter in a 'Concerne' table (client, nationality,
    reference); each paragraph opened by a bold run-in head; signed at the left; 'Pièces jointes' as a dashed list."""
    L = c.lawyer
    font = "serif"
    partners = " – ".join(rng.sample(["Me A. Dumont", "Me S. Haddad", "Me C. Lejeune", "Me P. Nkulu", "Me M. Lambert",
                                      "Me E. Ruiz"], 3))

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rect(20, 10, 13, 13, width_mm=0.6, color=(60, 60, 60))
            sh.text(26.5, 12.6, L["last"][0] + L["first"][0], font="serif4", size_pt=12, anchor="center")
        sh.rule(20, 278, 190, 278, width_mm=0.2, color=(120, 120, 120))
        sh.text(105, 280, f"{L['firm']} · {L['street']}, {L['pc']} {L['city']} · {L['tel']}", font=font, size_pt=7.2,
                anchor="center", color=GREY)
        sh.text(105, 283.5, f"{partners} · Avocats au barreau de {L['city']}", font=font, size_pt=7.2,
                anchor="center", color=GREY)
        return sh, (32 if i == 0 else 16)

    fl = Flow(new_sheet, left=22, right=188, bottom=270, font=font, size=10.8, leading=1.4)
    for ln in ["Monsieur le Directeur général", "Office des Étrangers – Section 9ter", "Boulevard Pachéco 44",
               "1000 Bruxelles"]:
        fl.line(ln, x=112)
    fl.space(6)
    fl.line(f"{L['city']}, le {c.d(c.app_date, 'fr', 'long')}", x=112)
    fl.line("Par envoi recommandé", x=112, italic=True, size=9.5)
    fl.space(4)
    sh = fl.sheet
    y = fl.y
    for k, (a, b) in enumerate([("Concerne", "Demande d'autorisation de séjour – article 9ter"),
                                ("Client", name_in(c.p, c.name_style)),
                                ("Nationalité", "—" if "no_nationality" in c.flags else
                                 COUNTRIES[c.p.nationality]["adj_fr"]),
                                ("N/réf.", f"{rng.randint(2025, 2026)}/{rng.randint(1000, 9999)}")]):
        sh.rect(22, y, 30, 6.5, width_mm=0.2, fill=(238, 238, 238))
        sh.rect(52, y, 136, 6.5, width_mm=0.2)
        sh.text(24, y + 1.2, a, font=font, size_pt=9.5, bold=True)
        sh.text(54, y + 1.2, b, font=font, size_pt=9.8)
        y += 6.5
    fl.y = y + 6
    fl.para("Madame, Monsieur le Directeur général,")
    fl.para("J'ai l'honneur d'introduire, au nom de mon client, la présente demande, pour les motifs suivants.")
    for head, txt, tag in [("Données personnelles :", s10_person(c, "fr"), "personal"),
                           ("Résidence :", " ".join(x for x in (s10_home(c, "fr"), s10_domicile(c, "fr")) if x),
                            "residence"),
                           ("Famille :", s10_family(c, "fr"), "family"),
                           ("Identité :", s10_identity(c, "fr"), "identity"),
                           ("État de santé :", s10_medical(c, "fr"), "medical"),
                           ("Pays d'origine :", s10_coi(c, "fr"), "coi"),
                           ("Procédures antérieures :", s10_other_proc(c, "fr"), "parallel")]:
        if txt:
            fl.para(f"{head} {txt}", tag=tag, align="justify")
    fl.para(s10_ask(c, "fr"))
    fl.para("Veuillez agréer, Madame, Monsieur le Directeur général, l'expression de mes sentiments distingués.",
            gap=3)
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(22, y, 46, 15, rng, color=INK_BLACK, style="zigzag")
    fl.sheet.text(22, y + 17, f"Me {L['first']} {L['last']}", font=font, size_pt=10.5)
    fl.y = y + 26
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Pièces jointes :", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"– pièce {i} : {d}", indent=4, gap=0.2, size=9.8)
    return fl.sheets, fl.tags


def app_cpas_sheet_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS social service's '9ter – fiche de renseignements' filled in on screen: label cells in a grey column,
    the answers typed in the right cells, yes/no as ☒/☐, the applicant's signature and the social worker's name at
    the end; printed on two pages."""
    city = rng.choice(["Saint-Gilles", "Forest", "Ixelles", "Seraing", "Charleroi"])
    lf = "sans"
    tags: dict[str, int] = {}
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets, 1):
        sh.text(18, 10, f"CPAS de {city} – Service social général", font=lf, size_pt=9, bold=True)
        sh.text(192, 10, f"page {i}/2", font=lf, size_pt=8.5, anchor="right")
    cur = {"y": 24.0, "p": 0}

    def row(lab, val, tag=None, min_h=8.0, vf=lf):
        sh = sheets[cur["p"]]
        lines = sh.wrap(val or "", 118, font=vf, size_pt=9.5) if val else []
        h = max(min_h, 3 + 4.6 * len(lines))
        if cur["y"] + h > 275 and cur["p"] == 0:
            cur["p"], cur["y"] = 1, 20.0
            sh = sheets[1]
        if tag:
            tags[tag] = cur["p"] + 1
        y = cur["y"]
        sh.rect(18, y, 54, h, width_mm=0.2, fill=(230, 230, 230))
        sh.rect(72, y, 120, h, width_mm=0.2)
        sh.paragraph(19.5, y + 1.2, 51, lab, font=lf, size_pt=8.2, leading=1.15)
        for k, ln in enumerate(lines):
            sh.text(73.5, y + 1.6 + k * 4.6, ln, font=vf, size_pt=9.5)
        cur["y"] = y + h

    def yn(lab, yes):
        row(lab, ("☒ oui   ☐ non" if yes else "☐ oui   ☒ non"), vf="sans3")

    sheets[0].text(18, 16, "DEMANDE 9ter – FICHE DE RENSEIGNEMENTS", font=lf, size_pt=12, bold=True)
    row("Nom", c.p.surname.upper(), "personal")
    row("Prénom(s)", c.p.given_names)
    row("Date de naissance", c.d(c.p.birth_date, "fr", "slashes"))
    row("Lieu et pays de naissance", "" if "no_birthplace" in c.flags else
        f"{c.p.birth_place} ({cname(c.birth_cc(), 'fr')})")
    row("Nationalité", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_fr"])
    row("N° national / n° SP", c.nrn or c.ov)
    row("Adresse de résidence effective", "" if "no_address" in c.flags else addr_str(c.addr, "fr", c.addr_style),
        "residence")
    dom = s10_domicile(c, "fr")
    row("Domicile élu pour la procédure", "" if dom is None else (
        "même adresse" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile))
    row("Identité (documents joints ou motif de dispense)", s10_identity(c, "fr"), "identity")
    fam = s10_family(c, "fr")
    yn("Des membres de la famille sont-ils inclus ?", bool(fam))
    if fam:
        row("Lesquels ?", fam, "family")
    row("Maladie, gravité et traitement", s10_medical(c, "fr"), "medical")
    coi = s10_coi(c, "fr")
    row("Soins dans le pays d'origine", coi or "", "coi" if coi else None)
    par = s10_other_proc(c, "fr")
    yn("Autres procédures ?", bool(par))
    if par:
        row("Précisez", par, "parallel")
    row("Pièces jointes", " ; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1)), "inventory")
    cur["p"] = 1
    sh = sheets[1]
    y = max(cur["y"], 20) + 8
    tags["signature"] = 2
    sh.text(18, y, f"Fait à {city}, le {c.d(c.app_date, 'fr', 'dots')}", font=lf, size_pt=10)
    sh.text(18, y + 8, "Signature du demandeur", font=lf, size_pt=9)
    sh.rect(18, y + 12, 80, 26, width_mm=0.25)
    if "unsigned" not in c.flags:
        sh.signature(24, y + 16, 46, 15, rng, color=INK_BLUE)
    sh.text(110, y + 8, "Assistant(e) social(e) : " + rng.choice(["N. Dupuis", "K. Benali", "L. Mathieu"]),
            font=lf, size_pt=9)
    return sheets, tags


def app_ngo_lines_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels health-and-migration NGO's bilingual intake questionnaire for a 9ter application ('vragenlijst /
    questionnaire'), printed on two pages: each question in bold with its French gloss in grey italics, the answer
    written by the volunteer in ballpoint on three ruled lines, the applicant's signature and the association's
    'gezien' stamp with the volunteer's initials at the end."""
    org = rng.choice(["Medisch Steunpunt Migranten vzw – Brussel", "Gezondheid & Migratie vzw – Anderlecht",
                      "Zorgpunt Noord vzw – Schaarbeek"])
    lf = "serif4"
    ink = rng.choice([INK_BLUE, INK_BLACK])
    hf = rng.choice(["hand2", "hand1"])
    tags: dict[str, int] = {}
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets, 1):
        sh.text(20, 10, org, font=lf, size_pt=9, bold=True)
        sh.text(190, 10, f"{i}/2", font=lf, size_pt=9, anchor="right")
        sh.rule(20, 14, 190, 14, width_mm=0.2)
    cur = {"p": 0, "y": 30.0, "n": 0}
    sheets[0].text(20, 18, "VRAGENLIJST 9ter-AANVRAAG / QUESTIONNAIRE DEMANDE 9ter", font=lf, size_pt=11.5, bold=True)

    def q(nl, fr, ans, tag=None, lines=2):
        sh = sheets[cur["p"]]
        rows = sh.wrap(hand_safe(ans or ""), 166, font=hf, size_pt=11.5) if ans else []
        n = max(lines, len(rows))
        need = 10 + n * 7
        if cur["y"] + need > 272 and cur["p"] == 0:
            cur["p"], cur["y"] = 1, 22.0
            sh = sheets[1]
        cur["n"] += 1
        if tag:
            tags[tag] = cur["p"] + 1
        y = cur["y"]
        sh.text(20, y, f"{cur['n']}. {nl}", font=lf, size_pt=9.5, bold=True)
        sh.text(20, y + 4.4, fr, font=lf, size_pt=7.8, italic=True, color=GREY)
        for k in range(n):
            sh.rule(22, y + 15 + k * 7, 190, y + 15 + k * 7, width_mm=0.12, color=(150, 150, 150))
        for k, ln in enumerate(rows):
            sh.handwriting(23, y + 9.6 + k * 7, ln, rng, size_pt=11.5, color=ink, font=hf)
        cur["y"] = y + need

    name = f"{c.p.surname.upper()} {c.p.given_names}"
    q("Naam en voornamen", "Nom et prénoms", name, "personal", 1)
    q("Geboortedatum en -plaats", "Date et lieu de naissance", c.d(c.p.birth_date, "nl", "slashes") +
      ("" if "no_birthplace" in c.flags else f", {c.p.birth_place} ({cname(c.birth_cc(), 'nl')})"), None, 1)
    q("Nationaliteit", "Nationalité", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_nl"],
      None, 1)
    q("Rijksregister- of OV-nummer", "N° national ou SP", c.nrn or c.ov, None, 1)
    q("Waar woont u werkelijk?", "Où habitez-vous effectivement ?", "" if "no_address" in c.flags else
      addr_str(c.addr, "nl", c.addr_style), "residence", 1)
    dom = s10_domicile(c, "nl")
    q("Gekozen woonplaats voor de procedure", "Domicile élu pour la procédure", "" if dom is None else (
        "zelfde adres" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile), None, 1)
    fam = s10_family(c, "nl")
    q("Gezinsleden die mee de aanvraag doen", "Membres de la famille inclus", fam or "geen", "family" if fam else None,
      1)
    q("Identiteitsdocumenten of reden van vrijstelling", "Documents d'identité ou motif de dispense",
      s10_identity(c, "nl"), "identity", 2)
    q("Ziekte, ernst en behandeling", "Maladie, gravité et traitement", s10_medical(c, "nl"), "medical", 3)
    coi = s10_coi(c, "nl")
    q("Zorg in het land van herkomst", "Soins dans le pays d'origine", coi or "", "coi" if coi else None, 2)
    par = s10_other_proc(c, "nl")
    q("Andere procedures", "Autres procédures", par or "geen", "parallel" if par else None, 1)
    q("Bijlagen", "Annexes", " ; ".join(f"{i}) {d}" for i, (_, d) in enumerate(c.annexes, 1)), "inventory", 2)
    sh = sheets[1]
    y = max(cur["y"] if cur["p"] == 1 else 22.0, 22.0) + 6
    tags["signature"] = 2
    sh.text(20, y, "Datum / Date", font=lf, size_pt=9)
    sh.handwriting(50, y - 1.5, c.d(c.app_date, "nl", "slashes"), rng, size_pt=11.5, color=ink, font=hf)
    sh.text(20, y + 10, "Handtekening van de aanvrager / Signature du demandeur", font=lf, size_pt=9)
    if "unsigned" not in c.flags:
        sh.signature(26, y + 15, 46, 15, rng, color=ink)
    sh.stamp(120, y + 12, ["GEZIEN / VU", org.split(" – ")[0].upper()[:24]], rng, shape="rect", size_mm=38,
             color=STAMP_VIOLET)
    sh.handwriting(150, y + 30, rng.choice(["LV", "ADB", "KM"]), rng, size_pt=12, color=ink, font="hand1")
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-balk-links-stukkentabel", "application", PART, "nl",
     lambda c, r: app_bar_letter(c, r, lang="nl"),
     "Antwerp lawyer's letter, coloured bar down the left edge, grey subject band, numbered paragraphs, pieces table")
_reg("be9ter-app-fr-lawyer-prose-pied-de-page-concerne", "application", PART, "fr", app_footer_fr,
     "Brussels avocat's letter, address and partners in the footer only, 'Concerne' table, bold run-in heads")
_reg("be9ter-app-fr-form-cpas-fiche-cases", "application", PART, "fr", app_cpas_sheet_fr,
     "CPAS information sheet typed into table rows with ☒ boxes, applicant's signature box")
_reg("be9ter-app-nl-form-vragenlijst-tweetalig-lijnen", "application", PART, "nl", app_ngo_lines_nl,
     "Brussels NGO's bilingual questionnaire, answers handwritten on ruled lines, applicant's signature, 'gezien' stamp")
_reg("be9ter-app-en-lawyer-balk-links", "application", PART, "en", lambda c, r: app_bar_letter(c, r, lang="en"),
     "the Antwerp bar layout written in English by an associate (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def _sev_k(M: dict, sev: str) -> int:
    so = M["sevopts"]
    if not sev:
        return -1
    s = sev.lower()
    return 3 if s.startswith(so[3]) else 1 if s.startswith(so[1]) else 0 if s.startswith(so[0]) else 2


def medcert_2024_grid(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model typed into a grid: the question's number in a narrow shaded cell at the left, the question in
    bold and the typed answer in the wide cell beside it, the severity as ☒/☐ boxes, the doctor's rectangular stamp
    over the end of the signature."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    tags: dict[str, int] = {}
    pages = [Sheet()]
    st = {"y": 36.0}
    pages[0].text(105, 12, M["title"], font=f, size_pt=13, bold=True, anchor="center")
    pages[0].paragraph(25, 18, 160, M["law"], font=f, size_pt=7.5, align="center")
    pages[0].text(105, 29, M["model"], font=f, size_pt=8, anchor="center", color=GREY)

    def cell(num, head, body, tag=None, bf=f):
        sh = pages[-1]
        rows = sh.wrap(body or "", 150, font=bf, size_pt=9.2) if body else []
        hh = 4.2 * len(sh.wrap(head, 150, font=f, size_pt=8.8, bold=True))
        h = max(10, hh + 2 + 4.3 * len(rows) + 2)
        if st["y"] + h > 280:
            pages.append(Sheet())
            st["y"] = 16
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        y = st["y"]
        sh.rect(20, y, 12, h, width_mm=0.25, fill=(225, 225, 225))
        sh.text(26, y + 1.5, num, font=f, size_pt=10, bold=True, anchor="center")
        sh.rect(32, y, 158, h, width_mm=0.25)
        sh.paragraph(34, y + 1.2, 150, head, font=f, size_pt=8.8, bold=True)
        for k, ln in enumerate(rows):
            sh.text(34, y + 1.6 + hh + k * 4.3, ln, font=bf, size_pt=9.2)
        st["y"] = y + h

    def strip(s):
        return s.split(". ", 1)[1] if ". " in s[:4] else s

    cell("1", strip(M["s1"]), f"{M['name']}: {v['surname']}   {M['first']}: {v['first']}   {M['bd']}: {v['bd']}   "
         f"{M['nat']}: {v['nat']}", "patient")
    cell("2", strip(M["s2"]), f"{d.name()} – {M['riziv']}: {v['riziv'] or '…'} – {d.street}, {d.pc} {d.city}",
         "doctor")
    since = c.cert_date - timedelta(days=rng.randint(200, 2400))
    cell("3", strip(M["s3"]), fdate(since, "dots", lang))
    cell("4", strip(M["s4"]), v["hist"])
    cell("5", strip(M["s5"]), f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    k = _sev_k(M, v["sev"])
    cell("6", strip(M["s6"]), "   ".join(("☒ " if j == k else "☐ ") + o for j, o in enumerate(M["sevopts"])) +
         (f" – {v['sev']}" if v["sev"] else ""), "severity", bf="sans3")
    cell("7", strip(M["s7"]), f"{M['s7a']}: {v['meds']} | {M['s7b']}: {v['interv']} | {M['s7c']}: {v['dur']}",
         "treatment")
    cell("8", strip(M["s8"]), v["cons"])
    cell("9", strip(M["s9"]), v["prog"])
    cell("10", strip(M["s10"]), v["needs"])
    cell("11", strip(M["s11"]), f"{M['yes']} – {v['travel']}")
    cell("12", strip(M["s12"]), {"fr": "rapport du spécialiste", "nl": "verslag van de specialist"}.get(lang, "—"))
    sh = pages[-1]
    if st["y"] > 240:
        pages.append(Sheet())
        st["y"] = 16
        sh = pages[-1]
    y = st["y"] + 6
    tags["signature"] = len(pages)
    sh.text(20, y, f"{M['date']}: {v['date']}", font=f, size_pt=10)
    sh.text(20, y + 6, M["sign"], font=f, size_pt=9, color=GREY)
    if v["signed"]:
        sh.signature(26, y + 11, 48, 16, rng, color=INK_BLUE)
        sh.stamp(58, y + 16, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=36,
                 color=STAMP_BLUE)
    for i, p in enumerate(pages, 1):
        p.text(190, 289, M["page"].format(i=i, n=len(pages)), font=f, size_pt=7.5, anchor="right", color=GREY)
    if lang == "nl":
        inventory_circle(pages[0], rng)
    return pages, tags


def medcert_old_typewriter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model typed by the doctor's secretary in a typewriter face on the practice's own paper: the
    official questions A/ to G/ in bold, each answer indented under it, the RIZIV number and the stamp at the foot;
    the copy printed from a phone photo with inkjet banding (en) or with the thumb of the person holding it (nl)."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "typewriter"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 10, d.name(), font=f, size_pt=10.5, bold=True)
            sh.text(20, 15, f"{d.street}, {d.pc} {d.city} – {d.tel}", font=f, size_pt=8.5)
            return sh, 24
        return sh, 14

    fl = Flow(new_sheet, left=20, right=190, bottom=278, font=f, size=9.6, leading=1.3)
    fl.line(M["title"], bold=True, size=12.5, anchor="center", x=105)
    fl.line(f"{M['sub']} {M['law']}", size=8, anchor="center", x=105)
    fl.space(3)
    fl.tag("patient")
    fl.para(f"{M['pat']}: {v['pat']}", gap=0.6)
    fl.para(f"{M['bd']}: {v['bd']}    {M['nat']}: {v['nat']}")

    def q(head, ans, tag=None):
        fl.para(head, bold=True, gap=0.6, tag=tag, size=9.2)
        fl.para(ans or "", indent=6, gap=2.0)

    q(M["A"], v["hist"])
    q(M["B"], f"{M.get('diag', '')} {v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    fl.tag("severity")
    fl.para(f"{M['sev']} {v['sev']}", indent=6, gap=2.0)
    q(M["C"], f"{M.get('med', '')} {v['meds']}", "treatment")
    fl.para(f"{M['interv']} {v['interv']}", indent=6, gap=0.6)
    fl.para(f"{M['dur']} {v['dur']}", indent=6, gap=2.0)
    q(M["D"], v["cons"])
    q(M["E"], v["prog"])
    q(M["F"], v["needs"])
    q(M["G"], v["travel"])
    fl.ensure(40)
    fl.tag("signature")
    fl.tag("doctor")
    y = fl.y + 2
    sh = fl.sheet
    sh.text(20, y, f"{M['date']} {v['date']}", font=f, size_pt=10)
    sh.text(20, y + 6, f"{M['riziv']} {v['riziv']}", font=f, size_pt=10)
    sh.text(20, y + 12, M["sign"], font=f, size_pt=9)
    if v["signed"]:
        sh.signature(30, y + 17, 48, 15, rng, color=INK_BLACK)
        sh.stamp(100, y + 14, _stamp_lines(c, lang if lang in ("nl", "fr") else "nl", bool(v["riziv"])), rng,
                 shape="rect", size_mm=36, color=STAMP_VIOLET)
    if lang == "en":
        return [inkjet_banding(p, rng) for p in fl.sheets], fl.tags
    return [thumb_hold(fl.sheets[0], rng, side="right")] + fl.sheets[1:], fl.tags


_reg("be9ter-medcert-2024-fr-raster-genummerd-hokjes", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_grid(c, r, lang="fr"),
     "2024 model typed into a grid of numbered cells, severity as ☒ boxes, rectangular stamp over the signature")
_reg("be9ter-medcert-2024-nl-raster-genummerd-potlood", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_grid(c, r, lang="nl"),
     "2024 model typed into a grid of numbered cells, pencil inventory number")
_reg("be9ter-medcert-old-nl-schrijfmachine-duim", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_typewriter(c, r, lang="nl"),
     "previous model typed in a typewriter face on the practice's paper, thumb on the copy")
_reg("be9ter-medcert-old-en-schrijfmachine-inkjet", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_typewriter(c, r, lang="en"),
     "previous model in English typed in a typewriter face, inkjet print of a phone photo (not accepted)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_consult_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's consultation report: a bordered data table at the top (patient, date of birth,
    consultation date, referring doctor, department), then 'Anamnese', 'Onderzoek', 'Besluit' paragraphs, the
    specialist's signature with the hospital's stamp; the paralegal's ticks."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "nl")
    T = _ill_text(c, lang)
    W = {"nl": ("Consultatieverslag", "Patiënt", "Geboortedatum", "Datum raadpleging", "Verwijzer", "Dienst",
                "Anamnese", "Klinisch onderzoek en diagnose", "Besluit en beleid"),
         "fr": ("Rapport de consultation", "Patient", "Date de naissance", "Date de consultation", "Référent",
                "Service", "Anamnèse", "Examen clinique et diagnostic", "Conclusion et suivi")}[lang]
    sh = Sheet()
    f = "sans4"
    sh.text(20, 12, d.inst, font=f, size_pt=12, bold=True)
    sh.text(20, 18, f"{d.street}, {d.pc} {d.city} · {d.tel}", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 30, W[0], font=f, size_pt=14, bold=True)
    y = 38
    for a, b in [(W[1], f"{c.p.surname.upper()} {c.p.given_names}"), (W[2], fdate(c.p.birth_date, "dots", lang)),
                 (W[3], fdate(c.medstat_date, "dots", lang)), (W[4], c.doctor.name()),
                 (W[5], SPECIALTY[d.spec].get(lang, ""))]:
        sh.rect(20, y, 50, 6.5, width_mm=0.2, fill=(236, 236, 236))
        sh.rect(70, y, 120, 6.5, width_mm=0.2)
        sh.text(22, y + 1.3, a, font=f, size_pt=9)
        sh.text(72, y + 1.3, b, font=f, size_pt=9.5)
        y += 6.5
    y += 6
    for head, txt in ((W[6], T["history"]), (W[7], f"{T['name']}. {T['severity']}"),
                      (W[8], "; ".join(T["meds"]) + f". {T['needs']} {T['prognosis']}")):
        sh.text(20, y, head, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(20, y + 5.5, 170, txt, font=f, size_pt=10, leading=1.42) + 4
    sh.text(20, y + 4, d.name(), font=f, size_pt=10)
    sh.text(20, y + 9, f"RIZIV/INAMI {d.riziv}", font=f, size_pt=9, color=GREY)
    sh.signature(20, y + 13, 42, 14, rng, color=INK_BLUE)
    sh.stamp(80, y + 8, [d.inst[:24].upper(), SPECIALTY[d.spec].get(lang, "")[:24]], rng, shape="rect", size_mm=34,
             color=STAMP_BLUE)
    paralegal_ticks(sh, rng, [(192, 39), (192, 45.5)], "")
    return [sh], {}


def medstat_gp_followup(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A GP's attestation of follow-up ('attest van opvolging' / 'attestation de suivi') on the practice's Word
    template: a small round logo, the text in a few sentences, the dates of the last consultations as a list; printed
    from a phone photo on the office's inkjet."""
    d = c.doctor
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    sh = Sheet()
    f = "sans5"
    sh.rect(20, 10, 12, 12, width_mm=0.8, color=(40, 120, 80))
    sh.text(26, 12.5, "+", font=f, size_pt=14, bold=True, anchor="center", color=(40, 120, 80))
    sh.text(36, 11, d.inst, font=f, size_pt=11, bold=True)
    sh.text(36, 17, f"{d.street} – {d.pc} {d.city}", font=f, size_pt=8.5, color=GREY)
    title = "ATTEST VAN OPVOLGING" if lang == "nl" else "ATTESTATION DE SUIVI"
    sh.text(105, 36, title, font=f, size_pt=13, bold=True, anchor="center")
    if lang == "nl":
        body = (f"Ondergetekende, {d.name()}, huisarts, verklaart dat {c.p.given_names} {c.p.surname.upper()}, geboren "
                f"op {fdate(c.p.birth_date, 'dots', 'nl')}, bij mij in behandeling is voor {T['name']}. "
                f"{T['severity']} De behandeling omvat: {'; '.join(T['meds'])}.")
        lst = "Laatste raadplegingen:"
    else:
        body = (f"Je soussigné(e), {d.name()}, médecin généraliste, atteste que {c.p.given_names} "
                f"{c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots', 'fr')}, est suivi(e) pour "
                f"{T['name']}. {T['severity']} Le traitement comprend : {'; '.join(T['meds'])}.")
        lst = "Dernières consultations :"
    y = sh.paragraph(22, 48, 166, body, font=f, size_pt=10.5, leading=1.5) + 5
    sh.text(22, y, lst, font=f, size_pt=10.5)
    for k in range(3):
        sh.text(28, y + 6 + k * 5.5, "– " + fdate(c.medstat_date - timedelta(days=30 * k + rng.randint(0, 9)), "dots",
                                                  lang), font=f, size_pt=10.5)
    y += 26
    sh.text(22, y, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10.5)
    sh.signature(110, y + 4, 44, 14, rng, color=INK_BLUE)
    sh.text(110, y + 20, f"{d.name()} – {d.riziv}", font=f, size_pt=9)
    return [inkjet_banding(sh, rng)], {}


_reg("be9ter-medstat-specialist-consultatieverslag-tabel-vinkjes", "medical-statement", PART, "fr/nl",
     medstat_consult_table,
     "hospital specialist's consultation report with a bordered data table at the top, paralegal's ticks")
_reg("be9ter-medstat-huisarts-attest-opvolging-inkjet", "medical-statement", PART, "fr/nl", medstat_gp_followup,
     "GP's attestation of follow-up on a Word template, list of last consultations, inkjet print of a photo")


# --------------------------------------------------------------------------- country-of-origin information

def coi_origin_hospital_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A letter of the head of department of a hospital in the country of origin to the patient's family, on the
    hospital's letterhead, saying where and at what price the treatment could be had and that it is not covered;
    sent by e-mail and printed, the e-mail's header line at the top."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    sh = Sheet()
    f = "serif2"
    when = c.app_date - timedelta(days=rng.randint(15, 80))
    sh.text(10, 6, f"De : secretariat.direction@{rng.choice(['chu', 'hopital', 'clinique'])}-"
                   f"{cname(c.origin(), 'fr').lower().replace(' ', '')[:10]}.org · {fdate(when, 'dots')}",
            font="sans", size_pt=7, color=GREY)
    sh.text(105, 18, o["hospital"], font=f, size_pt=12.5, bold=True, anchor="center")
    sh.text(105, 24, f"Service de {rng.choice(['médecine interne', 'néphrologie', 'cardiologie', 'psychiatrie'])}",
            font=f, size_pt=9.5, anchor="center")
    sh.rule(40, 28, 170, 28, width_mm=0.3)
    sh.text(20, 40, "À qui de droit", font=f, size_pt=11, bold=True)
    body = (f"Nous avons été interrogés sur la possibilité de prendre en charge chez nous un patient traité par {dr}. "
            f"Ce médicament n'est pas disponible de manière régulière dans notre établissement ; lorsqu'il l'est, il "
            f"doit être acheté par le patient, pour environ {il['cost']} par mois. À titre de comparaison, un "
            f"salaire moyen est de {o['wage']}. {o['insurance_fr']}")
    y = sh.paragraph(20, 50, 170, body, font=f, size_pt=11, leading=1.55, align="justify")
    sh.text(20, y + 10, f"Fait le {fdate(when, 'long', 'fr')}", font=f, size_pt=10.5)
    sh.text(120, y + 10, "Le Chef de service", font=f, size_pt=10.5)
    sh.signature(120, y + 15, 40, 13, rng)
    sh.stamp(80, y + 12, [o["hospital"][:24].upper(), "DIRECTION"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


def coi_price_list_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A lawyer's annex: 'Prijzen van de behandeling in het land van herkomst', a table of the drug's price at three
    pharmacies (found online, with the date consulted), the exchange rate of the day and the average wage, with the
    sources under it."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    dr = drug(c.illness, "nl") if "nl" in il else drug(c.illness, "fr")
    sh = Sheet()
    f = "sans2"
    sh.text(20, 14, f"Bijlage – prijzen van de behandeling in {cname(c.origin(), 'nl')}", font=f, size_pt=13,
            bold=True)
    sh.text(20, 21, f"opgezocht op {fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'dots')}", font=f,
            size_pt=9, color=GREY)
    y = 32
    rows = [("Apotheek / bron", "Product", "Prijs per maand")] + \
           [(f"{rng.choice(['Pharmacie', 'Apotheek', 'Pharma'])} {k + 1} (online)", dr, il["cost"]) for k in range(3)]
    for k, (a, b, cc) in enumerate(rows):
        for x, w, t in ((20, 60, a), (80, 65, b), (145, 45, cc)):
            sh.rect(x, y, w, 7, width_mm=0.2, fill=(230, 236, 244) if k == 0 else None)
            sh.text(x + 1.5, y + 1.5, t[:40], font=f, size_pt=9.2, bold=k == 0)
        y += 7
    y = sh.paragraph(20, y + 8, 170, f"Gemiddeld loon: {o['wage']}. Behandeling beschikbaar in: {o['hospital']}. "
                     f"{o['insurance_nl']}", font=f, size_pt=10.5, leading=1.5) + 6
    for k, t in enumerate(["Bronnen: websites van de apotheken (schermafdrukken in het dossier),",
                           "nationaal statistiekbureau, wisselkoers van de dag (ECB)."]):
        sh.text(20, y + k * 5, t, font=f, size_pt=8.5, color=GREY)
    return [sh], {}


_reg("be9ter-coi-fr-hopital-origine-courriel", "country-of-origin-info", PART, "fr", coi_origin_hospital_fr,
     "letter of a hospital department in the country of origin, sent by e-mail and printed")
_reg("be9ter-coi-nl-prijstabel-apotheken", "country-of-origin-info", PART, "nl", coi_price_list_nl,
     "lawyer's annex with a table of pharmacy prices, wage and sources")


# --------------------------------------------------------------------------- asylum proof

def asylum_red_cross(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A Red Cross reception centre's attestation that the resident is an applicant for international protection
    whose procedure is pending, with the registration number, on the centre's letterhead with the red cross logo;
    signed by the centre's director."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans4"
    sh.rect(20, 10, 12, 12, width_mm=0, fill=(255, 255, 255))
    sh.rect(24, 10, 4, 12, width_mm=0, fill=(220, 20, 30))
    sh.rect(20, 14, 12, 4, width_mm=0, fill=(220, 20, 30))
    if lang == "fr":
        centre = f"Croix-Rouge de Belgique – Centre d'accueil de {rng.choice(['Jette', 'Natoye', 'Rocourt', 'Uccle'])}"
        title = "ATTESTATION DE RÉSIDENCE"
        body = (f"La direction du centre atteste que {c.p.surname.upper()} {c.p.given_names}, né(e) le "
                f"{fdate(c.p.birth_date, 'dots')}, de nationalité {COUNTRIES[c.p.nationality]['adj_fr']}, n° SP "
                f"{c.ov or '—'}, réside dans notre centre en tant que demandeur de protection internationale. Sa "
                f"demande, introduite le {fdate(lodged, 'dots')}, est en cours d'examen au CGRA.")
        sig = "La directrice du centre"
    else:
        centre = f"Rode Kruis-Vlaanderen – Opvangcentrum {rng.choice(['Sint-Niklaas', 'Lint', 'Deinze', 'Menen'])}"
        title = "ATTEST VAN VERBLIJF"
        body = (f"De directie van het centrum verklaart dat {c.p.surname.upper()} {c.p.given_names}, geboren op "
                f"{fdate(c.p.birth_date, 'dots')}, van {COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit, OV-nr. "
                f"{c.ov or '—'}, in ons centrum verblijft als verzoeker om internationale bescherming. Het verzoek, "
                f"ingediend op {fdate(lodged, 'dots')}, is in behandeling bij het CGVS.")
        sig = "De centrumverantwoordelijke"
    sh.text(36, 12, centre, font=f, size_pt=10.5, bold=True)
    sh.text(105, 42, title, font=f, size_pt=14, bold=True, anchor="center")
    y = sh.paragraph(22, 54, 166, body, font=f, size_pt=11, leading=1.6, align="justify")
    sh.text(22, y + 10, fdate(c.app_date - timedelta(days=rng.randint(5, 30)), "dots"), font=f, size_pt=10.5)
    sh.text(120, y + 10, sig, font=f, size_pt=10.5)
    sh.signature(120, y + 15, 40, 13, rng)
    sh.stamp(80, y + 12, [centre.split(" – ")[0][:24].upper(), centre.split(" – ")[1][:24]], rng, size_mm=28,
             color=(200, 30, 40))
    return [sh], {}


_reg("be9ter-asylum-croix-rouge-attestation-residence-fr", "asylum-proof", PART, "fr",
     lambda c, r: asylum_red_cross(c, r, lang="fr"),
     "Red Cross reception centre's attestation of residence, procedure pending at the CGRA")
_reg("be9ter-asylum-rode-kruis-attest-verblijf-nl", "asylum-proof", PART, "nl",
     lambda c, r: asylum_red_cross(c, r, lang="nl"),
     "Rode Kruis reception centre's attestation, procedure pending at the CGVS")


def asylum_fedasil_designation(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Fedasil's dispatching letter designating a reception structure ('Désignation d'une structure d'accueil' /
    'Aanwijzing van een opvangstructuur', code 207): the agency's logo text and the dispatching cell, the applicant's
    data in a table with the SP/OV number and the date the application was lodged, the designated centre, the
    dispatcher's initials and the agency's stamp."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans6"
    sh.text(20, 12, "fedasil", font="sans5", size_pt=18, bold=True, color=(0, 120, 170))
    sh.text(20, 20, ("Agence fédérale pour l'accueil des demandeurs d'asile – Dispatching" if lang == "fr" else
                     "Federaal agentschap voor de opvang van asielzoekers – Dispatching"), font=f, size_pt=8.5,
            color=GREY)
    centre = rng.choice(["Centre Fedasil de Mouscron", "Centre Fedasil de Florennes", "Centre Fedasil d'Arlon"]) \
        if lang == "fr" else rng.choice(["Opvangcentrum Fedasil Kapellen", "Opvangcentrum Fedasil Poelkapelle",
                                         "Opvangcentrum Fedasil Sint-Truiden"])
    sh.text(105, 36, ("DÉSIGNATION D'UNE STRUCTURE D'ACCUEIL (code 207)" if lang == "fr" else
                      "AANWIJZING VAN EEN OPVANGSTRUCTUUR (code 207)"), font=f, size_pt=12.5, bold=True,
            anchor="center")
    rows = [("Nom / Naam" if lang == "fr" else "Naam", c.p.surname.upper()),
            ("Prénom" if lang == "fr" else "Voornaam", c.p.given_names),
            ("Date de naissance" if lang == "fr" else "Geboortedatum", fdate(c.p.birth_date, "dots")),
            ("Nationalité" if lang == "fr" else "Nationaliteit", COUNTRIES[c.p.nationality]["adj_" + lang]),
            ("N° SP" if lang == "fr" else "OV-nummer", c.ov or "—"),
            ("Demande de protection internationale du" if lang == "fr" else "Verzoek internationale bescherming van",
             fdate(lodged, "dots")),
            ("Structure désignée" if lang == "fr" else "Aangewezen structuur", centre)]
    y = 48
    for lab, val in rows:
        sh.rect(20, y, 70, 7.5, width_mm=0.2, fill=(232, 240, 246))
        sh.rect(90, y, 100, 7.5, width_mm=0.2)
        sh.text(22, y + 1.8, lab, font=f, size_pt=8.8)
        sh.text(92, y + 1.6, val, font=f, size_pt=10)
        y += 7.5
    txt = ("La personne susmentionnée, demandeur de protection internationale, a droit à l'aide matérielle pendant "
           "l'examen de sa demande." if lang == "fr" else
           "De bovengenoemde persoon, verzoeker om internationale bescherming, heeft recht op materiële hulp "
           "tijdens de behandeling van het verzoek.")
    y = sh.paragraph(20, y + 8, 170, txt, font=f, size_pt=10.5, leading=1.5)
    sh.text(20, y + 10, f"{'Bruxelles' if lang == 'fr' else 'Brussel'}, {fdate(lodged + timedelta(days=1), 'dots')}",
            font=f, size_pt=10)
    sh.text(120, y + 10, ("Le dispatcher" if lang == "fr" else "De dispatcher"), font=f, size_pt=10)
    sh.handwriting(122, y + 15, rng.choice(["KV", "MD", "JL", "SB"]), rng, size_pt=14, font="hand1", color=INK_BLACK)
    sh.stamp(80, y + 12, ["FEDASIL", "DISPATCHING"], rng, size_mm=26, color=(0, 90, 150))
    inventory_circle(sh, rng)
    return [sh], {}


_reg("be9ter-asylum-fedasil-designation-207-fr", "asylum-proof", PART, "fr",
     lambda c, r: asylum_fedasil_designation(c, r, lang="fr"),
     "Fedasil dispatching's designation of a reception structure (code 207), data table, pencil number")
_reg("be9ter-asylum-fedasil-aanwijzing-207-nl", "asylum-proof", PART, "nl",
     lambda c, r: asylum_fedasil_designation(c, r, lang="nl"),
     "Fedasil's designation of a reception structure in Dutch (code 207)")


# --------------------------------------------------------------------------- registered mail

def _r_label(c: Case, w=70.0, h=30.0) -> Sheet:
    """bpost's registered-item label ('R' in a box, barcode, number)."""
    s = Sheet(w, h)
    s.rect(0, 0, w, h, width_mm=0, fill=(255, 255, 255))
    s.rect(1, 1, 10, 10, width_mm=0.6)
    s.text(6, 2.2, "R", font="sans", size_pt=16, bold=True, anchor="center")
    s.text(14, 2, "AANGETEKEND · RECOMMANDÉ", font="sans", size_pt=6, bold=True)
    barcode(s, 14, 7, w - 18, 10, c.rm_track)
    s.text(w / 2 + 5, 19, track_spaced(c.rm_track), font="mono", size_pt=7, anchor="center")
    return s


def _deposit_slip10(c: Case, rng: random.Random, w: float = 100.0, h: float = 62.0) -> Sheet:
    """bpost's deposit slip for a registered item as the office fills it in: the registered label's twin stuck at
    the top right, the addressee and sender typed in the boxes, the post office's round date stamp at the foot."""
    s = Sheet(w, h)
    s.rect(0, 0, w, h, width_mm=0, fill=(255, 253, 246))
    s.text(3, 2.5, "bpost", font="sans", size_pt=9, bold=True, color=(210, 30, 40))
    s.text(3, 7, "Bewijs van afgifte – Preuve de dépôt", font="sans", size_pt=6.2)
    s.image(w - 56, 1.5, 54, 23, _r_label(c, 70, 30).render(300))
    s.rect(3, 27, w / 2 - 4, 24, width_mm=0.2, color=(200, 60, 60))
    s.text(4, 27.6, "Geadresseerde / Destinataire", font="sans", size_pt=4.8, color=(200, 60, 60))
    for k, ln in enumerate(c.rm_to):
        s.text(4.5, 31 + k * 4.2, ln[:28], font="mono", size_pt=6.6)
    s.rect(w / 2 + 1, 27, w / 2 - 4, 24, width_mm=0.2, color=(200, 60, 60))
    s.text(w / 2 + 2, 27.6, "Afzender / Expéditeur", font="sans", size_pt=4.8, color=(200, 60, 60))
    for k, ln in enumerate(_sender_lines(c)):
        s.text(w / 2 + 2.5, 31 + k * 4.2, ln[:28], font="mono", size_pt=6.6)
    s.stamp(6, h - 11.5, [_post_office(c)[:18].upper(), fdate(c.rm_date, "dots")], rng, size_mm=16,
            color=(60, 60, 70))
    s.text(30, h - 6, f"{fdate(c.rm_date, 'dots')}", font="mono", size_pt=7)
    return s


def rm_postpoint_tape(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A PostPoint's (a shop's post counter) printed receipt for a registered letter, narrow, taped onto an A4 sheet
    with two strips of adhesive tape whose edges show grey on the copy."""
    t = Sheet(76, 140)
    t.rect(0, 0, 76, 140, width_mm=0, fill=(252, 252, 250))
    y = 4
    lines = ["PostPoint", _post_office(c)[:28], "-" * 30, "Aangetekend / Recommandé", f"Nr: {c.rm_track}",
             "Bestemmeling / Destinataire:"] + [f" {x[:28]}" for x in c.rm_to] + \
            ["-" * 30, f"Bedrag: EUR {rng.choice(['9,48', '9,90'])}",
             f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}",
             "Bewaar dit ticket / Conservez ce ticket"]
    for ln in lines:
        t.text(3, y, ln, font="mono2", size_pt=8.2)
        y += 4.5
    sh = Sheet()
    img = t.render(300).convert("L").convert("RGB")
    sh.image(64, 36, 76, 140, img)
    for yy in (32, 172):
        sh.rect(80, yy, 44, 8, width_mm=0.15, color=(170, 170, 170), fill=(243, 243, 240))
    sh.image(64, 36, 76, 140, img, blend="multiply")
    return [sh], {"addressee": 1}


def rm_postboek(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's outgoing-mail register ('postboek uitgaand / registre courrier sortant'): a ruled ledger page
    with earlier entries handwritten and, in the row of the day, bpost's deposit slip of this registered letter stuck
    in, the file written beside it."""
    sh = Sheet()
    f = "sans6"
    fr = c.lang == "fr"
    sh.text(20, 14, "REGISTRE COURRIER SORTANT" if fr else "POSTBOEK UITGAAND", font=f, size_pt=12, bold=True)
    cols = (("Date" if fr else "Datum", 20, 22), ("Dossier", 42, 30), ("Destinataire" if fr else "Geadresseerde", 72,
                                                                      70), ("Envoi" if fr else "Verzending", 142, 48))
    y = 24
    for t, x, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.25, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 1.5, t, font=f, size_pt=9, bold=True)
    y += 7
    others = ["Rechtbank Antwerpen", "RvV / CCE", "OCMW", "cliënt", "Orde van Advocaten", "CGVS"]
    for k in range(3):
        sh.rect(20, y, 170, 12, width_mm=0.15)
        sh.handwriting(22, y + 3, fdate(c.rm_date - timedelta(days=3 - k), "slashes")[:5], rng, size_pt=10,
                       font="hand1")
        sh.handwriting(44, y + 3, f"{rng.randint(2025, 2026)}/{rng.randint(100, 999)}", rng, size_pt=10, font="hand1")
        sh.handwriting(74, y + 3, rng.choice(others), rng, size_pt=10, font="hand1")
        sh.handwriting(144, y + 3, rng.choice(["gewoon", "e-mail", "fax", "normal"]), rng, size_pt=10, font="hand1")
        y += 12
    sh.rect(20, y, 170, 68, width_mm=0.15)
    sh.handwriting(22, y + 3, fdate(c.rm_date, "slashes")[:5], rng, size_pt=10, font="hand1")
    sh.handwriting(44, y + 3, c.p.surname[:12], rng, size_pt=10, font="hand1")
    sh.handwriting(44, y + 10, "9ter", rng, size_pt=10, font="hand1")
    sh.image(76, y + 3, 100, 62, _deposit_slip10(c, rng).render(300))
    sh.handwriting(178, y + 3, "R", rng, size_pt=12, font="hand1")
    y += 68
    for k in range(4):
        sh.rect(20, y, 170, 12, width_mm=0.15)
        y += 12
    return [sh], {"addressee": 1}


def rm_envelope_copy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A copy of the front of the registered envelope made before posting (the office's address printed at the top
    left, the addressee in the window, the R label stuck at the top right), with the bpost deposit slip's copy under
    it showing the date."""
    env = Sheet(220, 110)
    env.rect(0, 0, 220, 110, width_mm=0, fill=(250, 248, 242))
    for k, ln in enumerate(_sender_lines(c)):
        env.text(8, 6 + k * 4, ln[:40], font="sans", size_pt=7.5)
    env.rect(110, 50, 100, 40, width_mm=0.3, color=(170, 170, 170))
    for k, ln in enumerate(c.rm_to):
        env.text(114, 54 + k * 6, ln, font="sans", size_pt=10)
    env.image(140, 6, 70, 30, _r_label(c).render(300))
    sh = Sheet()
    sh.image(-5, 20, 220, 110, env.render(200))
    sh.image(20, 150, 130, 80.6, _deposit_slip10(c, rng).render(300))
    return [sh], {"addressee": 1}


_reg("be9ter-rm-postpunt-ticket-plakband", "registered-mail-receipt", PART, "nl/fr", rm_postpoint_tape,
     "PostPoint receipt taped onto A4 with two strips of adhesive tape")
_reg("be9ter-rm-postboek-label-ingeplakt", "registered-mail-receipt", PART, "nl/fr", rm_postboek,
     "office's outgoing-mail register page with the registered label stuck in and the addressee written beside it")
_reg("be9ter-rm-enveloppe-kopie-label", "registered-mail-receipt", PART, "nl/fr", rm_envelope_copy,
     "copy of the registered envelope's front with the R label, deposit slip under it")


# --------------------------------------------------------------------------- other

def other_declaration_witnesses(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour typed by a volunteer in Dutch, with two witnesses who sign under it
    (name, address, signature), no evidentiary value as identity proof."""
    sh = Sheet()
    f = "serif"
    sh.text(105, 20, "VERKLARING OP EER", font=f, size_pt=14, bold=True, anchor="center")
    body = (f"Ondergetekende, {c.p.given_names} {c.p.surname.upper()}, geboren op {fdate(c.p.birth_date, 'dots')} te "
            f"{c.p.birth_place}, verklaart op eer dat hij/zij geen paspoort of identiteitskaart heeft. Zijn/haar "
            f"documenten zijn achtergebleven in het land van herkomst en kunnen niet worden opgevraagd.")
    y = sh.paragraph(22, 34, 166, body, font=f, size_pt=11.5, leading=1.6) + 8
    sh.text(22, y, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 15)), 'dots')}", font=f,
            size_pt=11)
    sh.signature(120, y + 4, 44, 14, rng)
    y += 30
    for k in range(2):
        g = rng.choice(["Ahmed B.", "Marie-Claire N.", "Jan V.", "Fatou D.", "Sofie M."])
        sh.text(22, y, f"Getuige {k + 1}: {g}, {rng.randint(3, 120)} {rng.choice(['Kerkstraat', 'Stationsstraat'])}",
                font=f, size_pt=10.5)
        sh.signature(130, y - 3, 36, 11, rng)
        y += 16
    return [sh], {"identity": 1}


def other_mutuality(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A health-insurance fund's (mutualité / ziekenfonds) attestation that the person is not, or no longer,
    registered as entitled to benefits, on the fund's letterhead with the member-service reference."""
    sh = Sheet()
    f = "sans2"
    fr = c.lang == "fr"
    fund = rng.choice(["Mutualité chrétienne", "Solidaris", "Partenamut"]) if fr else \
        rng.choice(["CM Ziekenfonds", "Vlaams & Neutraal Ziekenfonds", "Helan"])
    sh.rect(20, 10, 170, 14, width_mm=0, fill=(0, 110, 150))
    sh.text(24, 13.5, fund, font=f, size_pt=13, bold=True, color=(255, 255, 255))
    sh.text(20, 36, ("ATTESTATION" if fr else "ATTEST"), font=f, size_pt=14, bold=True)
    txt = (f"Nous attestons que {c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots')}, "
           f"n'est pas en ordre d'assurabilité auprès de notre mutualité à la date du présent document." if fr else
           f"Wij bevestigen dat {c.p.given_names} {c.p.surname.upper()}, geboren op {fdate(c.p.birth_date, 'dots')}, "
           f"niet in orde is met de ziekteverzekering bij ons ziekenfonds op de datum van dit attest.")
    y = sh.paragraph(20, 48, 170, txt, font=f, size_pt=11, leading=1.55) + 6
    sh.text(20, y, fdate(c.app_date - timedelta(days=rng.randint(5, 40)), "dots"), font=f, size_pt=10.5)
    sh.text(20, y + 8, ("Service aux membres" if fr else "Ledenservice") + f" – réf. {rng.randint(100000, 999999)}",
            font=f, size_pt=9, color=GREY)
    return [sh], {}


def other_pharmacy_history(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian community pharmacy's print of the patient's dispensing history ('historique de délivrance' /
    'afleverhistoriek') from its software: the pharmacy's name and APB number, the patient line, a table of the
    last dispensings (date, product, quantity, patient's share), the pharmacist's stamp; the paralegal's ticks."""
    il = ILLNESSES[c.illness]
    fr = c.lang == "fr"
    lang = "fr" if fr and "fr" in il else "nl" if "nl" in il else "fr"
    T = _ill_text(c, lang)
    sh = Sheet()
    f = "narrow"
    ph = rng.choice(["Pharmacie du Parc", "Pharmacie Centrale", "Pharmacie de la Gare"]) if fr else \
        rng.choice(["Apotheek De Linde", "Apotheek Centrum", "Apotheek Sint-Jan"])
    sh.text(20, 12, ph, font=f, size_pt=13, bold=True)
    sh.text(20, 18, f"{c.addr.city} · APB {rng.randint(100000, 999999)}", font=f, size_pt=8.5, color=GREY)
    sh.text(20, 30, "HISTORIQUE DE DÉLIVRANCE" if fr else "AFLEVERHISTORIEK", font=f, size_pt=12, bold=True)
    sh.text(20, 37, ("Patient : " if fr else "Patiënt: ") + f"{c.p.surname.upper()} {c.p.given_names} – "
            f"{fdate(c.p.birth_date, 'dots')}", font=f, size_pt=10)
    heads = ("Date", "Produit", "Qté", "Part patient") if fr else ("Datum", "Product", "Aantal", "Remgeld")
    y = 46
    cols = ((20, 26), (46, 96), (142, 16), (158, 32))
    for (x, w), h in zip(cols, heads):
        sh.rect(x, y, w, 6.5, width_mm=0.2, fill=(232, 232, 232))
        sh.text(x + 1.5, y + 1.2, h, font=f, size_pt=9, bold=True)
    y += 6.5
    meds = T["meds"]
    for k in range(6):
        d = c.app_date - timedelta(days=14 + 28 * k + rng.randint(0, 5))
        row = (fdate(d, "dots"), meds[k % len(meds)][:58], str(rng.choice([1, 1, 2])),
               f"{rng.choice(['0,00', '1,90', '3,80', '12,10'])} €")
        for (x, w), t in zip(cols, row):
            sh.rect(x, y, w, 6.5, width_mm=0.12)
            sh.text(x + 1.5, y + 1.3, t, font=f, size_pt=8.8)
        y += 6.5
    sh.stamp(120, y + 8, [ph.upper()[:22], c.addr.city.upper()[:20]], rng, shape="rect", size_mm=34,
             color=STAMP_BLUE)
    sh.signature(150, y + 20, 30, 10, rng)
    paralegal_ticks(sh, rng, [(192, 53), (192, 59.5)], "")
    return [sh], {}


_reg("be9ter-other-pharmacy-historique-delivrance", "other", PART, "fr/nl", other_pharmacy_history,
     "community pharmacy's dispensing history printed from its software, paralegal's ticks")
_reg("be9ter-other-declaration-nl-getypt-getuigen", "other", PART, "nl", other_declaration_witnesses,
     "applicant's typed declaration on honour with two witnesses' signatures")
_reg("be9ter-other-ziekenfonds-attest-verzekerbaarheid", "other", PART, "nl/fr", other_mutuality,
     "health-insurance fund's attestation that the person is not insured")
