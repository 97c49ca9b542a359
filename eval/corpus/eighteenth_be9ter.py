"""9ter families of the `eighteenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to seventeenth had been read, by a writer who saw neither the
validator nor its output.  Applications: a firm's letter written in the first person plural ('wij / nous / we'), the
applicant called 'onze cliënt(e) / notre client(e) / our client', the firm's name centred in spaced capitals over a
double rule, the addressee in a left window, 'O/Ref. – U/Ref.' lines, centred spaced headings with a short rule, the
following pages numbered '- 2 -' at the top and the author's initials at the foot, in Dutch, French and English; a
welfare centre's (Sociaal Huis / CPAS) record of the interview as questions and answers ('V./A.', 'Q./R.') with every
fifth line numbered, signed 'voor akkoord / pour accord', in Dutch and French.  The 2024 certificate printed from a
medical record software with a red 'confidential' band and the severity as filled/empty squares; the previous model
printed on a dot-matrix printer on tractor-feed paper, a printed unit struck through and corrected in pen with the
doctor's initials (in French and in English).  A GP out-of-hours post's contact report in the SOAP structure, a
specialist's letter to the lawyer with a handwritten PS.  A public hospital pharmacy's cost estimate in the country of
origin, the country's medicines registry searched online ('no results').  The first page of the CGRA/CGVS notes of
the personal interview, the annex 26 underlined in pencil with a taped tear, a Fedasil centre's attestation of
transfer to a local reception initiative.  bpost's paper slip with the office's printed address labels stuck in, the
receipt copied front and back with the secretary's note, a receipt underlined in pencil and taped.  A witness's
statement (art. 961/1 Judicial Code) with a copy of the witness's identity card, an OCMW/CPAS special committee's
decision on urgent medical aid.  Sentence builders ``s18_*``.
"""
from __future__ import annotations

import random
from datetime import timedelta

from PIL import Image

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
from .paper import Sheet, text_width_mm

PART = "eighteenth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _vp(c: Case, lang: str, cap: bool = False) -> str:
    """This firm writes in the first person plural ('wij / nous / we') and calls the applicant 'our client'
    throughout: 'onze cliënt' / 'onze cliënte', 'notre client' / 'notre cliente', 'our client' (the name is given once,
    in the data block and the subject line)."""
    f = c.p.sex == "F"
    s = {"nl": "onze cliënte" if f else "onze cliënt", "fr": "notre cliente" if f else "notre client",
         "en": "our client"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _zij(c: Case, lang: str) -> str:
    f = c.p.sex == "F"
    return {"nl": "zij" if f else "hij", "fr": "elle" if f else "il", "en": "she" if f else "he"}[lang]


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (exhibit {n})"}[lang]


def s18_person(c: Case, lang: str) -> list[tuple[str, str]]:
    """The personal data as (label, value) pairs, as the data block and the form print them."""
    L = {"nl": ("Naam", "Geboren op / te", "Nationaliteit", "Rijksregisternr.", "Dossiernr. DVZ"),
         "fr": ("Nom", "Né(e) le / à", "Nationalité", "N° de registre national", "N° de dossier OE"),
         "en": ("Name", "Born on / at", "Nationality", "National register no.", "IO file no.")}[lang]
    out = [(L[0], name_in(c.p, c.name_style))]
    born = c.d(c.p.birth_date, lang)
    if "no_birthplace" not in c.flags:
        born += {"nl": " te ", "fr": " à ", "en": " at "}[lang] + f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    out.append((L[1], born))
    if "no_nationality" not in c.flags:
        out.append((L[2], COUNTRIES[c.p.nationality]["adj_" + lang]))
    out.append((L[3], c.nrn) if c.nrn else (L[4], c.ov))
    return out


def s18_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_vp(c, lang, True)} heeft geen woning. {_zij(c, lang).capitalize()} overnacht bij kennissen of "
                      f"in de nachtopvang; een adres kunnen wij u niet opgeven.",
                "fr": f"{_vp(c, lang, True)} n'a pas de logement et passe les nuits chez des connaissances ou à "
                      f"l'asile de nuit ; nous ne pouvons vous communiquer aucune adresse.",
                "en": f"{_vp(c, lang, True)} has no home and spends the nights with acquaintances or at a night "
                      f"shelter; we cannot give you an address."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_vp(c, lang, True)} verblijft momenteel op het adres {a}.",
            "fr": f"{_vp(c, lang, True)} réside actuellement {a}.",
            "en": f"{_vp(c, lang, True)} is currently staying at {a}."}[lang]


def s18_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor deze procedure kiest {_vp(c, lang)} woonplaats op ons kantoor, {w}. Wij vragen u alle "
                      f"briefwisseling daarheen te sturen.",
                "fr": f"Pour la présente procédure, {_vp(c, lang)} élit domicile en notre cabinet, {w}. Nous vous "
                      f"prions d'y adresser toute correspondance.",
                "en": f"For this procedure {_vp(c, lang)} elects domicile at our office, {w}. Please send all "
                      f"correspondence there."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{_vp(c, lang, True)} kiest woonplaats bij {c.other_domicile}.",
                "fr": f"{_vp(c, lang, True)} élit domicile chez {c.other_domicile}.",
                "en": f"{_vp(c, lang, True)} elects domicile care of {c.other_domicile}."}[lang]
    return {"nl": f"{_vp(c, lang, True)} kiest op dit adres tevens woonplaats.",
            "fr": f"{_vp(c, lang, True)} y élit également domicile.",
            "en": f"{_vp(c, lang, True)} also elects domicile at that address."}[lang]


def s18_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    v = _vp(c, lang, True)
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _st(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{v} diende op {d} een verzoek om internationale bescherming in{ref}. Over dat verzoek is nog "
                      f"niet definitief beslist, zodat {_vp(c, lang)} vrijgesteld is van het voorleggen van een "
                      f"identiteitsdocument (art. 9ter, § 2, tweede lid).",
                "fr": f"{v} a introduit une demande de protection internationale le {d}{ref}. Cette demande n'a pas "
                      f"encore fait l'objet d'une décision définitive ; {_vp(c, lang)} est dès lors dispensé(e) de "
                      f"produire un document d'identité (art. 9ter, § 2, al. 2).",
                "en": f"{v} lodged an application for international protection on {d}{ref}. No final decision has "
                      f"been taken on it yet, so {_vp(c, lang)} is exempt from producing an identity document "
                      f"(Art. 9ter § 2, second paragraph)."}[lang]
    if k == "none":
        return {"nl": f"{v} heeft bij de ambassade een nieuw paspoort aangevraagd. Het is tot op heden niet afgeleverd.",
                "fr": f"{v} a sollicité un nouveau passeport auprès de son ambassade. Il n'a pas été délivré à ce jour.",
                "en": f"{v} has applied to the embassy for a new passport. It has not been issued to date."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _st(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"nl": "de beëdigde vertaling daarvan", "fr": "la traduction jurée de celui-ci",
                      "en": "its sworn translation"}[lang] + _st(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"nl": f"De identiteit van {_vp(c, lang)} blijkt uit de volgende stukken: {lst}.",
         "fr": f"L'identité de {_vp(c, lang)} est établie par les pièces suivantes : {lst}.",
         "en": f"The identity of {_vp(c, lang)} is shown by the following documents: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is weliswaar verlopen, maar het blijft een geldig bewijs van de identiteit.",
              "fr": " Le passeport est certes expiré, mais il reste une preuve valable de l'identité.",
              "en": " The passport has expired, but it remains valid proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Samen vermelden zij de naam, de geboortedatum en de nationaliteit.",
              "fr": " Ensemble, elles mentionnent le nom, la date de naissance et la nationalité.",
              "en": " Together they state the name, the date of birth and the nationality."}[lang]
    return s


def s18_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {cd}", "fr": f"le rapport du {doc} daté du {cd}",
               "en": f"the report of {doc} dated {cd}"}[lang] + _st(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type du {doc} daté du {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _st(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Wij verwijzen naar {src}: {_vp(c, lang)} lijdt aan {t['name']}. {t['severity']} De behandeling "
                  f"bestaat uit {meds}.",
            "fr": f"Nous renvoyons au {src.removeprefix('le ')} : {_vp(c, lang)} souffre de {t['name']}. "
                  f"{t['severity']} Le traitement comprend {meds}.",
            "en": f"We refer to {src}: {_vp(c, lang)} suffers from {t['name']}. {t['severity']} The treatment "
                  f"consists of {meds}."}[lang]


def s18_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _st(c, "coi", lang), drug(c.illness, lang)
    v = _vp(c, lang)
    return {"nl": f"Wat {cn} betreft: {dr} wordt daar alleen verstrekt in {o['hospital']}{r}. De kostprijs, ongeveer "
                  f"{il['cost']} per maand, ligt ver boven het gemiddelde loon van {o['wage']}. {o['insurance_nl']} "
                  f"{v[0].upper() + v[1:]} kan in geen ander land verblijven.",
            "fr": f"S'agissant du pays d'origine ({cn}) : {dr} n'y est délivré qu'à {o['hospital']}{r}. Son coût, "
                  f"quelque {il['cost']} par mois, excède largement le salaire moyen de {o['wage']}. "
                  f"{o['insurance_fr']} {v[0].upper() + v[1:]} ne peut séjourner dans aucun autre pays.",
            "en": f"As to {cn}: {dr} is only dispensed at {o['hospital']}{r}. Its cost, some {il['cost']} a month, "
                  f"is far above the average wage of {o['wage']}. {o['insurance_en']} {v[0].upper() + v[1:]} cannot "
                  f"reside in any other country."}[lang]


def s18_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgenoot/echtgenote", "child": "kind"}, "fr": {"spouse": "conjoint(e)",
           "child": "enfant"}, "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{rel[m.rel]}: {q.given_names} {q.surname.upper()}, "
                   f"{ {'nl': 'geboren op', 'fr': 'né(e) le', 'en': 'born on'}[lang] } {c.d(q.birth_date, lang)} "
                   f"{ {'nl': 'te', 'fr': 'à', 'en': 'at'}[lang] } {q.birth_place}{nat}{_st(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"nl": f"Wij dienen de aanvraag eveneens in voor de gezinsleden van {_vp(c, lang)} die met "
                  f"{'haar' if c.p.sex == 'F' else 'hem'} samenwonen – {lst}.",
            "fr": f"La demande est également introduite pour les membres de la famille de {_vp(c, lang)} qui vivent "
                  f"sous son toit – {lst}.",
            "en": f"We also apply for the members of {_vp(c, lang)}'s family who live under the same roof – "
                  f"{lst}."}[lang]


def s18_other_proc(c: Case, lang: str) -> str | None:
    out = []
    v = _vp(c, lang)
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"De aanvraag 9ter die {v} op {d} indiende, is nog niet beslist. Wij trekken die aanvraag "
                          f"hierbij in: deze aanvraag vervangt haar.",
                    "fr": f"La demande 9ter introduite par {v} le {d} n'a pas encore été tranchée. Nous nous en "
                          f"désistons par la présente : elle est remplacée par celle-ci.",
                    "en": f"The 9ter application {v} lodged on {d} has not been decided yet. We hereby withdraw it: "
                          f"this application replaces it."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"Op {d} werd het verzoek om internationale bescherming definitief geweigerd.",
                    "fr": f"Le {d}, la demande de protection internationale a été définitivement refusée.",
                    "en": f"On {d} the application for international protection was finally refused."}[lang])
    return " ".join(out) or None


def s18_ask(c: Case, lang: str) -> str:
    v = _vp(c, lang)
    return {"nl": f"Wij verzoeken u daarom deze aanvraag ontvankelijk en gegrond te verklaren en aan {v} een machtiging "
                  f"tot verblijf van meer dan drie maanden toe te kennen op grond van artikel 9ter van de wet van "
                  f"15 december 1980.",
            "fr": f"Nous vous prions dès lors de déclarer la présente demande recevable et fondée et d'accorder à {v} "
                  f"une autorisation de séjour de plus de trois mois sur pied de l'article 9ter de la loi du "
                  f"15 décembre 1980.",
            "en": f"We therefore ask you to declare this application admissible and well founded and to grant {v} "
                  f"leave to remain for more than three months under Article 9ter of the Law of 15 December "
                  f"1980."}[lang]


def _sections(c: Case, lang: str) -> list[tuple[str, list[str], str]]:
    H = {"nl": ("Verblijfplaats en woonplaatskeuze", "Gezinsleden", "Identiteit", "Medische situatie",
                "Beschikbaarheid en toegankelijkheid van de zorg", "Andere procedures"),
         "fr": ("Résidence et élection de domicile", "Membres de la famille", "Identité", "Situation médicale",
                "Disponibilité et accessibilité des soins", "Autres procédures"),
         "en": ("Residence and domicile", "Family members", "Identity", "Medical situation",
                "Availability and accessibility of care", "Other procedures")}[lang]
    out = [(H[0], [x for x in (s18_home(c, lang), s18_domicile(c, lang)) if x], "residence")]
    fam = s18_family(c, lang)
    if fam:
        out.append((H[1], [fam], "family"))
    out.append((H[2], [s18_identity(c, lang)], "identity"))
    out.append((H[3], [s18_medical(c, lang)], "medical"))
    coi = s18_coi(c, lang)
    if coi:
        out.append((H[4], [coi], "coi"))
    oth = s18_other_proc(c, lang)
    if oth:
        out.append((H[5], [oth], "parallel"))
    return out


# --------------------------------------------------------------------------- applications

_PL = {"nl": dict(title="Aanvraag tot machtiging tot verblijf – artikel 9ter van de wet van 15.12.1980",
                  to=["Aan de Dienst Vreemdelingenzaken", "Bureau 9ter", "Pachecolaan 44", "1000 BRUSSEL"],
                  by="Per aangetekende zending", refs=("Uw kenmerk", "Ons kenmerk", "Datum", "Bijlagen"), yours="—",
                  open="Geachte mevrouw, geachte heer,", close="Wij danken u en verblijven met de meeste hoogachting,",
                  sig="Meester", pieces="Stukkenbundel", lawyer="advocaat", facts="Gegevens van onze cliënt"),
       "fr": dict(title="Demande d'autorisation de séjour – article 9ter de la loi du 15.12.1980",
                  to=["À l'Office des Étrangers", "Bureau 9ter", "Boulevard Pachéco 44", "1000 BRUXELLES"],
                  by="Par envoi recommandé", refs=("Votre réf.", "Notre réf.", "Date", "Annexes"), yours="—",
                  open="Madame, Monsieur,", close="Nous vous prions d'agréer, Madame, Monsieur, l'assurance de notre "
                  "parfaite considération.", sig="Me", pieces="Dossier de pièces", lawyer="avocat",
                  facts="Données de notre client(e)"),
       "en": dict(title="Application for leave to remain – Article 9ter of the Law of 15.12.1980",
                  to=["To the Immigration Office", "9ter Desk", "Pachecolaan 44", "1000 BRUSSELS"],
                  by="By registered post", refs=("Your ref.", "Our ref.", "Date", "Annexes"), yours="—",
                  open="Dear Sir or Madam,", close="Yours faithfully,", sig="",
                  pieces="Bundle of exhibits", lawyer="lawyer", facts="Our client's particulars")}


def app_pleading(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A firm's letter written in the first person plural ('wij / nous / we'): the firm's name centred at the top in
    spaced capitals over a double rule, the partners' names in small type under it; the addressee at the LEFT (the
    window of a left-window envelope) with 'Per aangetekende zending / Par envoi recommandé' above it; the place and
    date at the right; the references as 'O/Ref.' and 'U/Ref.' lines; each section heading centred in spaced
    capitals with a short rule under it; the applicant called 'onze cliënt(e) / notre client(e) / our client'
    throughout; the following pages numbered '- 2 -' at the top centre and the letter's author's initials at the foot
    of every page ('JV/ab')."""
    W_ = _PL[lang]
    L = c.lawyer
    f = rng.choice(["serif2", "sans2", "serif4"])
    col = (30, 50, 90)
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}
    iban = f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    iban3 = f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    vat = f"BE 0{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    TX, TW, MX = 24.0, 164.0, 24.0
    ini = f"{L['first'][0]}{L['last'][0]}/".upper() + rng.choice(["ab", "sv", "mk", "dl", "ij", "hc"])

    def new_page():
        sh = Sheet()
        if not sheets:
            sh.text(105, 10, " ".join(L["firm"].upper()), font=f, size_pt=11, bold=True, anchor="center", color=col)
            sh.rule(40, 16.5, 170, 16.5, width_mm=0.5, color=col)
            sh.rule(40, 17.5, 170, 17.5, width_mm=0.15, color=col)
            sh.text(105, 19.5, f"{L['first']} {L['last']} – {W_['lawyer']}  ·  {L['street']}  ·  {L['pc']} {L['city']}",
                    font=f, size_pt=8, anchor="center", color=GREY)
            st["y"] = 30.0
        else:
            sh.text(105, 12, f"- {len(sheets) + 1} -", font=f, size_pt=9, anchor="center")
            st["y"] = 22.0
        foot = {"nl": f"BTW {vat} · Derdenrekening {iban3}",
                "fr": f"TVA {vat} · Compte de tiers {iban3}",
                "en": f"VAT {vat} · Client account {iban3}"}[lang]
        sh.text(22, 284, ini, font=f, size_pt=7.5, color=GREY)
        sh.text(188, 284, foot, font=f, size_pt=6.8, anchor="right", color=GREY)
        sheets.append(sh)
        return sh

    sh = new_page()
    sh.text(24, 38, W_["by"], font=f, size_pt=8.5, italic=True)
    for k, ln in enumerate(W_["to"]):
        sh.text(24, 44 + k * 5, ln, font=f, size_pt=10.5)
    place = {"nl": f"{L['city']}, {c.d(c.app_date, lang, 'long')}", "fr": f"{L['city']}, le {c.d(c.app_date, lang, 'long')}",
             "en": f"{L['city']}, {c.d(c.app_date, lang, 'long')}"}[lang]
    sh.text(188, 72, place, font=f, size_pt=10, anchor="right")
    ours = f"{c.app_date.year % 100:02d}.{rng.randint(1000, 9999)}"
    rows = s18_person(c, lang)
    subj = {"nl": "Betreft", "fr": "Concerne", "en": "Re"}[lang]
    sh.text(24, 80, f"O/Ref.: {ours}", font=f, size_pt=9, color=GREY)
    sh.text(24, 84.5, "U/Ref.: —", font=f, size_pt=9, color=GREY)
    sh.text(24, 92, f"{subj}: {W_['title']}", font=f, size_pt=10, bold=True)
    sh.text(24 + text_width_mm(f"{subj}: ", f, 10, bold=True), 97, rows[0][1], font=f, size_pt=10, bold=True)
    tags["personal"] = 1
    y = 106
    sh.text(24, y, W_["facts"], font=f, size_pt=9, italic=True, color=col)
    y += 5.5
    for a_, b_ in rows:
        sh.text(30, y, f"{a_}", font=f, size_pt=9, color=GREY)
        sh.text(78, y, b_, font=f, size_pt=9.5)
        y += 5.2
    st["y"] = y + 6

    def para(text, *, tag=None, size=10.5, bold=False, x=TX, w=TW, margin=None):
        sh = sheets[-1]
        rows_ = sh.wrap(text, w, font=f, size_pt=size, bold=bold)
        lh = size * 0.3528 * 1.5
        for i, ln in enumerate(rows_):
            if st["y"] + lh > 274:
                sh = new_page()
            if i == 0 and tag:
                tags.setdefault(tag, len(sheets))
            if i == 0 and margin:
                hd = " ".join(margin.upper())
                if st["y"] + lh + 9 > 274:
                    sh = new_page()
                sh.text(105, st["y"] + 1, hd, font=f, size_pt=8.5, bold=True, anchor="center", color=col)
                hw = min(120, text_width_mm(hd, f, 8.5, bold=True))
                sh.rule(105 - hw / 4, st["y"] + 5.6, 105 + hw / 4, st["y"] + 5.6, width_mm=0.25, color=col)
                st["y"] += 9
            sh.text(x, st["y"], ln, font=f, size_pt=size, bold=bold)
            st["y"] += lh
        st["y"] += 2.6

    para(W_["open"])
    for n, (head, texts, tag) in enumerate(_sections(c, lang), 1):
        if st["y"] + 16 > 274:
            new_page()
        tags.setdefault(tag, len(sheets))
        for k, t in enumerate(texts):
            para(t, tag=tag, margin=head if k == 0 else None)
    para(s18_ask(c, lang))
    para(W_["close"])
    if st["y"] + 34 > 274:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 2
    if "unsigned" not in c.flags:
        sh.signature(TX + 4, y, 50, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(TX, y + 19, f"{W_['sig']} {L['first']} {L['last']}".strip(), font=f, size_pt=10.5)
    sh.text(TX, y + 24, f"{W_['lawyer']} – {L['firm']}", font=f, size_pt=9, italic=True)
    st["y"] = y + 33
    if c.annexes:
        if st["y"] + 16 > 274:
            new_page()
        tags.setdefault("inventory", len(sheets))
        for i, (_, d) in enumerate(c.annexes, 1):
            para(f"{i}. {d}", size=10, margin=W_["pieces"] if i == 1 else None)
    return sheets, tags


_LS = {"nl": dict(org="Sociaal Huis Roeselare – Eerstelijnshulp, dienst Vreemdelingen",
                  title="Verslag van het gesprek – aanvraag medische regularisatie (art. 9ter)",
                  cols=("Vraag", "Antwoord"), none="geen",
                  q=["Naam en voornamen", "Geboortedatum en -plaats", "Nationaliteit", "Rijksregister- of OV-nummer",
                     "Huidig adres", "Gekozen woonplaats", "Gezinsleden", "Identiteitsbewijs", "Ziekte en behandeling",
                     "Zorg in het land van herkomst", "Andere procedures", "Bijgevoegde stukken"],
                  sa="Voor akkoord, de aanvrager", sw="De maatschappelijk assistent", date="Gesprek van"),
       "fr": dict(org="CPAS de Mons – Cellule Étrangers du service social",
                  title="Compte rendu d'entretien – demande de régularisation médicale (art. 9ter)",
                  cols=("Question", "Réponse"), none="néant",
                  q=["Nom et prénoms", "Date et lieu de naissance", "Nationalité", "N° national ou n° SP",
                     "Adresse actuelle", "Domicile élu", "Membres de la famille", "Preuve d'identité",
                     "Maladie et traitement", "Soins au pays d'origine", "Autres procédures", "Pièces jointes"],
                  sa="Pour accord, le demandeur", sw="L'assistant(e) social(e)", date="Entretien du")}


def _digits6(c: Case) -> str:
    return f"{(c.seed * 7919) % 900000 + 100000}"


def app_landscape_sheet(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A public social welfare centre's (Sociaal Huis / CPAS) record of the interview for a 9ter application, typed
    by the social assistant as question and answer: 'V.' / 'Q.' with the question in italics, 'A.' / 'R.' with the
    answer in the applicant's words under it, the lines numbered every five in the left margin as in a transcript;
    the centre's name and the title at the top, the file number at the right of the first line; the applicant signs
    'voor akkoord / pour accord' and the social assistant signs beside, no boxes; 'p. n van N / p. n sur N' at the
    foot's centre."""
    F = _LS[lang]
    f = "sans2"
    W, H = 210.0, 297.0
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new_page():
        sh = Sheet(W, H)
        sh.text(25, 10, F["org"], font=f, size_pt=9, bold=True, color=(120, 40, 90))
        sh.text(195, 10, f"{'Dossier' if lang == 'nl' else 'Dossier n°'} {_digits6(c)}", font="mono", size_pt=9,
                anchor="right")
        if not sheets:
            for k, ln in enumerate(sh.wrap(F["title"], 170, font=f, size_pt=12, bold=True)):
                sh.text(25, 17 + k * 5.5, ln, font=f, size_pt=12, bold=True)
            st["y"] = 32.0
        else:
            st["y"] = 20.0
        sh.rule(25, st["y"] - 3, 195, st["y"] - 3, width_mm=0.2, color=(120, 40, 90))
        sheets.append(sh)
        st["line"] = 0
        return sh

    new_page()
    pr = dict(s18_person(c, lang))
    keys = list(pr)
    ans = [pr[keys[0]], pr.get(keys[1], ""), "" if "no_nationality" in c.flags else
           COUNTRIES[c.p.nationality]["adj_" + lang], c.nrn or c.ov or "",
           "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), s18_domicile(c, lang) or "",
           s18_family(c, lang) or F["none"], s18_identity(c, lang), s18_medical(c, lang), s18_coi(c, lang) or "",
           s18_other_proc(c, lang) or F["none"], "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1))
           or F["none"]]
    if "no_birthplace" not in c.flags:
        pass
    tagmap = {0: "personal", 4: "residence", 6: "family" if c.family else None, 7: "identity", 8: "medical",
              9: "coi" if s18_coi(c, lang) else None, 10: "parallel" if s18_other_proc(c, lang) else None,
              11: "inventory"}
    for i, (q, a) in enumerate(zip(F["q"], ans)):
        # the welfare centre's questionnaire: each question's number in a circle at the left, the question in bold
        # beside it, the answer typed on dotted lines under it (indented), no boxes
        # the interview as typed by the social assistant: 'V.'/'Q.' and the question in italics, 'A.'/'R.' and the
        # answer under it; every fifth line numbered in the left margin
        sh = sheets[-1]
        rows = sh.wrap(a, 158, font=f, size_pt=9.5) if a else ["—"]
        h = 5.2 * (len(rows) + 1) + 3
        if st["y"] + h > H - 45:
            sh = new_page()
        if tagmap.get(i):
            tags.setdefault(tagmap[i], len(sheets))
        qa = ("V.", "A.") if lang == "nl" else ("Q.", "R.")
        lines_ = [(qa[0], q + " ?" if lang == "fr" else q + "?", True)] + [(qa[1] if k == 0 else "", r, False)
                                                                          for k, r in enumerate(rows)]
        for tag_, txt, it in lines_:
            st["line"] += 1
            if st["line"] % 5 == 0:
                sh.text(20, st["y"] + 0.3, str(st["line"]), font=f, size_pt=7, anchor="right", color=GREY)
            if tag_:
                sh.text(25, st["y"], tag_, font=f, size_pt=9.5, bold=True)
            sh.text(33, st["y"], txt, font=f, size_pt=9.5, italic=it)
            st["y"] += 5.2
        st["y"] += 3
    if st["y"] + 50 > H - 8:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 6
    sh.text(25, y, f"{F['date']} {c.d(c.app_date, lang, 'long')}", font=f, size_pt=10)
    for k, lab in enumerate((F["sa"], F["sw"])):
        x = 25 + k * 90
        y = st["y"] + 16
        sh.text(x, y, lab, font=f, size_pt=9)
    if "unsigned" not in c.flags:
        sh.signature(28, y + 5, 48, 15, rng, color=INK_BLUE)
        sh.signature(118, y + 5, 44, 14, rng, color=INK_BLACK)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(W / 2, H - 10, f"p. {i} {'van' if lang == 'nl' else 'sur'} {n}", font=f, size_pt=8, anchor="center",
               color=GREY)
    return sheets, tags


_reg("be9ter-app-nl-prose-kantoorbrief-wij-vorm-gecentreerde-koppen-links-venster", "application", PART, "nl",
     lambda c, r: app_pleading(c, r, lang="nl"),
     "firm's letter in the 'wij' form, 'onze cliënt(e)', centred spaced headings, addressee in a left window, '- n -' page numbers, initials")
_reg("be9ter-app-fr-prose-lettre-cabinet-nous-titres-centres-fenetre-gauche", "application", PART, "fr",
     lambda c, r: app_pleading(c, r, lang="fr"),
     "lettre de cabinet au 'nous', 'notre client(e)', titres centrés espacés, destinataire à gauche, '- n -', initiales")
_reg("be9ter-app-nl-form-sociaal-huis-gespreksverslag-vraag-antwoord-regelnummers", "application", PART, "nl",
     lambda c, r: app_landscape_sheet(c, r, lang="nl"),
     "Sociaal Huis interview record, V./A. question and answer, lines numbered every five, signed 'voor akkoord'")
_reg("be9ter-app-fr-form-cpas-compte-rendu-entretien-q-r-lignes-numerotees", "application", PART, "fr",
     lambda c, r: app_landscape_sheet(c, r, lang="fr"),
     "compte rendu d'entretien du CPAS, Q./R., lignes numérotées de cinq en cinq, signé 'pour accord'")
_reg("be9ter-app-en-prose-firm-letter-we-centred-headings-left-window", "application", PART, "en",
     lambda c, r: app_pleading(c, r, lang="en"),
     "the 'we' firm letter with centred headings written in English (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_2024_webapp(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a hospital's electronic patient record: the hospital and department at the top left,
    the patient's admission label (a sticker with a barcode) stuck at the top right of the first page, the title
    left-aligned, the sections as coloured headings with the answers indented under each question, the severity as
    '[X]' / '[ ]' in a mono face; the date, the handwritten signature and the doctor's stamp at the end; the record
    system's footer with the print time and the user's login."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans3", "condensed"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}
    soft = {"nl": "EMD", "fr": "DMI"}[lang] + " – " + rng.choice(["HealthOne", "Medispring", "CareConnect", "Omnipro"])
    practice = d.inst

    def new():
        # the hospital's electronic patient record prints the certificate: the hospital and department at the top
        # left, the patient's admission label (a printed sticker with a barcode) stuck at the top right of the
        # first page, the model's reference under it
        sh = Sheet()
        sh.text(16, 6.5, practice, font=f, size_pt=9.5, bold=True, color=(0, 70, 120))
        sh.text(16, 11, (f"{d.dept} – " if d.dept else "") + f"{d.street}, {d.pc} {d.city}", font=f, size_pt=7.5,
                color=GREY)
        sh.rule(16, 16, 126, 16, width_mm=0.3, color=(0, 70, 120))
        if not pages:
            # a red 'confidential' band printed by the software at the top right, the patient's file number under it
            lx, ly = 134, 5
            sh.rect(lx, ly, 60, 7, width_mm=0, fill=(170, 30, 40))
            sh.text(lx + 30, ly + 1.3, ("VERTROUWELIJK – MEDISCH GEHEIM" if lang == "nl" else
                                        "CONFIDENTIEL – SECRET MÉDICAL"), font=f, size_pt=7, bold=True,
                    anchor="center", color=(255, 255, 255))
            sh.text(lx + 60, ly + 9, f"{'Dossiernr.' if lang == 'nl' else 'N° dossier'} "
                    f"{(c.seed * 31) % 900000 + 100000}", font="mono", size_pt=7, anchor="right", color=GREY)
        else:
            sh.text(194, 9, M_["model"], font=f, size_pt=7, anchor="right", color=GREY)
        pages.append(sh)
        st["y"] = 21.0

    new()
    pages[0].text(16, 32, M_["title"], font=f, size_pt=12, bold=True)
    y_ = pages[0].paragraph(16, 38, 178, M_["law"], font=f, size_pt=7)
    pages[0].text(16, y_ + 1, M_["model"], font=f, size_pt=7, color=GREY)
    st["y"] = y_ + 7

    def row(lab, val, tag=None):
        sh = pages[-1]
        lrows = sh.wrap(lab or "", 170, font=f, size_pt=7.8, bold=True) if lab else []
        rows = sh.wrap(val or "", 160, font=f, size_pt=9.5) if val else ["…"]
        h = 2.0 + 3.7 * len(lrows) + 4.4 * len(rows)
        if st["y"] + h > 272:
            new()
            sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, r in enumerate(lrows):
            sh.text(18, y + 1.0 + k * 3.7, r, font=f, size_pt=7.8, bold=True)
        y2 = y + 1.0 + 3.7 * len(lrows)
        for k, r in enumerate(rows):
            sh.text(26, y2 + k * 4.4, r, font=f, size_pt=9.5)
        st["y"] = y + h

    def head(t):
        if st["y"] + 14 > 272:
            new()
        st["y"] += 1.5
        pages[-1].text(16, st["y"], t, font=f, size_pt=9.5, bold=True, color=(20, 80, 60))
        pages[-1].rule(16, st["y"] + 4.6, 194, st["y"] + 4.6, width_mm=0.2, color=(20, 80, 60))
        st["y"] += 6

    head(M_["s1"])
    tags["patient"] = len(pages)
    row(M_["name"], v["surname"], "patient")
    row(M_["first"], v["first"])
    row(M_["bd"], v["bd"])
    row(M_["nat"], v["nat"])
    head(M_["s2"])
    row(M_["dname"], d.name(), "doctor")
    row(M_["riziv"], v["riziv"] or "")
    row(M_["daddr"], f"{d.street}, {d.pc} {d.city}")
    head(M_["s3"])
    row("", fdate(c.cert_date - timedelta(days=rng.randint(200, 2400)), "slashes", lang))
    head(M_["s4"])
    row("", v["hist"])
    head(M_["s5"])
    row("", f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness")
    head(M_["s6"])
    so = M_["sevopts"]
    sev = (v["sev"] or "").lower()
    k_sel = -1 if not sev else 3 if sev.startswith(so[3]) else 1 if sev.startswith(so[1]) else \
        0 if sev.startswith(so[0]) else 2
    tags["severity"] = len(pages)
    if st["y"] + 12 > 272:
        new()
    sh = pages[-1]
    x = 18
    for k, o in enumerate(so):
        mark = "■ " if k == k_sel else "□ "
        sh.text(x, st["y"] + 1.7, mark + o, font="mono", size_pt=8.5, bold=k == k_sel)
        x += text_width_mm(mark + o, "mono", 8.5, bold=k == k_sel) + 6
    st["y"] += 8
    row(M_["s6b"], v["sev"], "severity")
    head(M_["s7"])
    row(M_["s7a"], v["meds"], "treatment")
    row(M_["s7b"], v["interv"])
    row(M_["s7c"], v["dur"])
    head(M_["s8"])
    row("", v["cons"])
    head(M_["s9"])
    row("", v["prog"])
    head(M_["s10"])
    row("", v["needs"])
    head(M_["s11"])
    row("", f"{M_['yes']} – {v['travel']}")
    if st["y"] + 44 > 272:
        new()
    sh = pages[-1]
    y = st["y"] + 6
    tags["signature"] = len(pages)
    sh.text(16, y, f"{M_['date']}: {v['date']}", font=f, size_pt=9.5)
    sh.text(110, y, M_["sign"], font=f, size_pt=8.5, color=GREY)
    if v["signed"]:
        sh.signature(112, y + 5, 50, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(112, y + 20, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
    n = len(pages)
    stamp_t = f"{fdate(c.cert_date, 'slashes')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    for i, p in enumerate(pages, 1):
        p.text(16, 289, f"{soft} · {'afgedrukt' if lang == 'nl' else 'imprimé'} {stamp_t} · "
               f"{'gebruiker' if lang == 'nl' else 'utilisateur'} {d.last[:6].lower()}", font=f, size_pt=6.5,
               color=GREY)
        p.text(194, 289, M_["page"].format(i=i, n=n), font=f, size_pt=7, anchor="right", color=GREY)
    return pages, tags


def medcert_old_lines_annex(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model as an old hospital system prints it on a dot-matrix printer: continuous tractor-feed paper
    with the two strips of sprocket holes and their perforations down the edges, the questions in the printer's
    bold and the answers in its draft face on ruled lines, the ribbon greyish; one printed word struck through with a
    single pen line, the right one written above and initialled in the margin; the answer to F/ continues on the next
    sheet of the listing, initialled by hand; the signature in pen and the stamp on the form's last page."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    tf = rng.choice(["mono", "mono2"])
    ink = rng.choice([(70, 70, 85), (60, 60, 72)])
    pen = rng.choice([(30, 45, 140), (25, 40, 120)])
    tags: dict[str, int] = {}
    pages: list[Sheet] = [Sheet()]
    st = {"y": 40.0}
    p0 = pages[0]
    p0.text(105, 14, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
    p0.text(105, 21, M_["sub"], font=f, size_pt=9, anchor="center")
    p0.text(105, 26, M_["law"], font=f, size_pt=8.5, anchor="center")
    see = {"fr": "voir annexe", "en": "see annex", "nl": "zie bijlage", "de": "siehe Anlage"}[lang]

    def block(q, a, tag=None, lines=2):
        sh = pages[-1]
        qrows = sh.wrap(q, 172, font=f, size_pt=9, bold=True)
        arows = sh.wrap(a or "", 168, font=tf, size_pt=10) if a else []
        n = max(lines, len(arows))
        h = 4.2 * len(qrows) + 6.5 * n + 3
        if st["y"] + h > 272:
            pages.append(Sheet())
            st["y"] = 18
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        for k, r in enumerate(qrows):
            sh.text(18, st["y"] + k * 4.2, r, font=f, size_pt=9, bold=True)
        y = st["y"] + 4.2 * len(qrows) + 1
        for k in range(n):
            sh.rule(20, y + 5.6 + k * 6.5, 192, y + 5.6 + k * 6.5, width_mm=0.1, color=(150, 150, 150))
        for k, r in enumerate(arows):
            sh.text(21 + rng.uniform(-0.4, 0.4), y + 1.6 + k * 6.5, r, font=tf, size_pt=10, color=ink)
        if arows and tag in ("treatment", "illness") and rng.random() < 0.7:
            # a wrong unit the system printed, struck through with one pen line; the doctor wrote the right one above
            # it and initialled the correction in the margin
            wx = 21 + min(150, text_width_mm(arows[-1], tf, 10)) + 2
            yy = y + 1.6 + (len(arows) - 1) * 6.5
            sh.text(wx, yy, "ml", font=tf, size_pt=10, color=ink)
            sh.rule(wx - 0.5, yy + 2.0, wx + text_width_mm("ml", tf, 10) + 0.5, yy + 1.7, width_mm=0.3, color=pen)
            sh.handwriting(wx, yy - 4.2, "mg", rng, size_pt=9, color=pen, font="hand1")
            sh.handwriting(194, yy - 1, f"{d.first[0]}{d.last[0]}", rng, size_pt=8, color=pen, font="hand1")
        st["y"] = y + 6.5 * n + 3

    block(M_["pat"], v["pat"], "patient", 1)
    block(M_["bd"], v["bd"], None, 1)
    block(M_["nat"], v["nat"], None, 1)
    block(M_["A"], v["hist"])
    block(M_["B"] + " " + M_["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    block(M_["sev"], v["sev"], "severity")
    block(M_["C"] + " " + M_["med"], v["meds"], "treatment")
    block(M_["interv"], v["interv"], None, 1)
    block(M_["dur"], v["dur"], None, 1)
    block(M_["D"], v["cons"])
    block(M_["E"], v["prog"])
    block(M_["F"], f"{v['needs'][:60]}... ({see})" if len(v["needs"]) > 60 else v["needs"])
    block(M_["G"], v["travel"], None, 1)
    if st["y"] + 44 > 280:
        pages.append(Sheet())
        st["y"] = 18
    sh = pages[-1]
    y = st["y"] + 2
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(18, y, M_["date"], font=f, size_pt=9)
    if v["date"]:
        sh.text(50, y, v["date"], font=tf, size_pt=10, color=ink)
    sh.text(18, y + 7, M_["sign"], font=f, size_pt=9)
    sh.text(18, y + 12, d.name(), font=tf, size_pt=10, color=ink)
    sh.text(18, y + 19, M_["riziv"], font=f, size_pt=9)
    if v["riziv"]:
        sh.text(60, y + 19, v["riziv"], font=tf, size_pt=10, color=ink)
    if v["signed"]:
        sh.signature(24, y + 24, 46, 15, rng, color=pen)
        sh.stamp(118, y + 8, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", bool(v["riziv"])), rng,
                 size_mm=32, color=STAMP_VIOLET)
    if len(v["needs"]) > 60:
        an = Sheet()
        an.text(20, 18, {"fr": "Annexe au certificat médical type", "en": "Annex to the standard medical certificate",
                         "nl": "Bijlage bij het standaard medisch getuigschrift", "de": "Anlage"}[lang], font=f,
                size_pt=11, bold=True)
        an.text(20, 25, v["pat"] or "", font=tf, size_pt=10, color=ink)
        an.text(20, 36, M_["F"][:80], font=f, size_pt=9, bold=True)
        for k, r in enumerate(an.wrap(v["needs"], 168, font=tf, size_pt=10)):
            an.text(20, 44 + k * 6.5, r, font=tf, size_pt=10, color=ink)
        if v["signed"]:
            an.handwriting(20, 100, f"{d.first[0]}.{d.last[0]}.", rng, size_pt=12, color=pen, font="hand1")
        pages.append(an)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(105, 289, f"{i}/{n}", font=f, size_pt=8, anchor="center", color=GREY)
        # the listing paper's sprocket holes and perforations down both edges
        for xh, xp in ((5.5, 12.5), (204.5, 197.5)):
            p.rule(xp, 0, xp, 297, width_mm=0.12, color=(185, 185, 185), dash=0.8)
            for k in range(23):
                p.text(xh, 4 + k * 12.7, "○", font="sans3", size_pt=9, anchor="center", color=(150, 150, 150))
    return pages, tags


_reg("be9ter-medcert-2024-nl-emd-huisarts-rode-vertrouwelijk-band-vierkantjes", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_webapp(c, r, lang="nl"),
     "2024 model printed from a medical record software, red 'vertrouwelijk' band at the top right, severity as filled/empty squares, login in the footer")
_reg("be9ter-medcert-2024-fr-dmi-bandeau-confidentiel-carres", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_webapp(c, r, lang="fr"),
     "modèle 2024 imprimé d'un dossier médical informatisé, bandeau rouge 'confidentiel', gravité en carrés pleins/vides")
_reg("be9ter-medcert-old-fr-imprimante-matricielle-papier-listing-correction-paraphee", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_lines_annex(c, r, lang="fr"),
     "modèle précédent imprimé sur une imprimante matricielle (papier listing à trous d'entraînement), un mot biffé et corrigé au stylo avec paraphe")
_reg("be9ter-medcert-old-en-dot-matrix-tractor-feed-initialled-correction", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_lines_annex(c, r, lang="en"),
     "previous model printed on a dot-matrix printer on tractor-feed paper, in English (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_moc_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A GP out-of-hours post's contact report (huisartsenwachtpost / poste médical de garde) sent to the patient's
    own GP the next morning: the cooperative's name in a blue band across the top with the post's phone number
    (1733), the contact's date and hour and the kind of contact (consultation at the post / home visit), the note in
    the SOAP structure every GP uses (S, O, A, P in bold letters at the left of their text); the duty doctor's
    name, signature and RIZIV/INAMI number at the foot."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = rng.choice(["sans2", "sans6"])
    band = (20, 70, 140)
    sh = Sheet()
    coop = (rng.choice(["Poste médical de garde", "Coopérative de médecins de garde"]) if fr else
            rng.choice(["Huisartsenwachtpost", "Wachtpost Huisartsen"]))
    sh.rect(0, 0, 210, 22, width_mm=0, fill=band)
    sh.text(16, 5, f"{coop} {d.city}", font=f, size_pt=14, bold=True, color=(255, 255, 255))
    sh.text(16, 13, ("Garde de médecine générale – tél. 1733" if fr else "Huisartsenwacht – tel. 1733"), font=f,
            size_pt=9, color=(220, 230, 245))
    adm = c.medstat_date - timedelta(days=rng.randint(0, 1))
    gp = c.doctor
    sh.text(120, 30, ("Au médecin traitant" if fr else "Aan de behandelend huisarts"), font=f, size_pt=9, color=GREY)
    sh.text(120, 35, f"{'Dr' if fr else 'Dr.'} {gp.last}", font=f, size_pt=10)
    sh.text(120, 40, f"{gp.pc} {gp.city}", font=f, size_pt=10)
    sh.text(16, 32, ("RAPPORT DE CONTACT" if fr else "CONTACTVERSLAG"), font=f, size_pt=12, bold=True, color=band)
    kind = rng.choice([0, 1])
    sh.text(16, 38, (f"{fdate(adm, 'dots')} à {rng.randint(18, 23):02d}h{rng.randint(0, 59):02d} – "
                     f"{['consultation au poste', 'visite à domicile'][kind]}" if fr else
                     f"{fdate(adm, 'dots')} om {rng.randint(18, 23):02d}u{rng.randint(0, 59):02d} – "
                     f"{['consultatie op de post', 'huisbezoek'][kind]}"), font=f, size_pt=9.5, color=GREY)
    sh.rule(16, 48, 194, 48, width_mm=0.2, color=band)
    sh.text(16, 51, (f"Patient(e) : {c.p.given_names} {c.p.surname.upper()}   °{fdate(c.p.birth_date, 'dots')}"
                     if fr else f"Patiënt(e): {c.p.given_names} {c.p.surname.upper()}   °{fdate(c.p.birth_date, 'dots')}"),
            font=f, size_pt=10, bold=True)
    secs = ([("S", f"Patient(e) connu(e) pour {T['name']}. Appelle pour aggravation des plaintes."),
             ("O", T["severity"]), ("A", T["name"]),
             ("P", f"{'; '.join(T['meds'])}. {T['intervention']} {T['needs']} {T['prognosis']} "
                   f"Revoir par le médecin traitant.")] if fr else
            [("S", f"Patiënt(e) gekend met {T['name']}. Belt voor toename van de klachten."),
             ("O", T["severity"]), ("A", T["name"]),
             ("P", f"{'; '.join(T['meds'])}. {T['intervention']} {T['needs']} {T['prognosis']} "
                   f"Verder op te volgen door de eigen huisarts.")])
    y = 62
    for h, t in secs:
        sh.text(18, y, h, font=f, size_pt=13, bold=True, color=band)
        y = sh.paragraph(30, y + 0.5, 164, t, font=f, size_pt=10, leading=1.45) + 5
    sh.text(16, y + 4, ("Médecin de garde :" if fr else "Wachtarts:"), font=f, size_pt=9, color=GREY)
    sh.signature(18, y + 9, 44, 14, rng, color=INK_BLUE)
    sh.text(16, y + 25, d.name(), font=f, size_pt=10)
    sh.text(16, y + 30, f"{'INAMI' if fr else 'RIZIV'} {d.riziv}", font=f, size_pt=9, color=GREY)
    sh.text(105, 289, (f"Envoyé par eHealthBox au médecin traitant – réf. {rng.randint(100000, 999999)}" if fr else
                       f"Verstuurd via eHealthBox naar de huisarts – ref. {rng.randint(100000, 999999)}"), font=f,
            size_pt=7, anchor="center", color=GREY)
    return [sh], {}


def medstat_dayhospital_schedule(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's report to the lawyer on the department's A4 paper: the hospital and department at the top right,
    'Confidentiel / Vertrouwelijk' at the left, 'Cher Maître / Geachte Confrater'-style salutation to the lawyer,
    the history and the treatment as running paragraphs, then a framed 'Conclusion / Besluit' box restating the
    diagnosis and that the treatment cannot be stopped; signature and the department's rectangular stamp."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "nl")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = rng.choice(["serif2", "serif4"])
    sh = Sheet()
    sh.text(194, 12, d.inst, font=f, size_pt=11, bold=True, anchor="right")
    sh.text(194, 17.5, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9, anchor="right", color=GREY)
    sh.text(194, 22, f"{d.street} – {d.pc} {d.city} – {d.tel}", font=f, size_pt=8, anchor="right", color=GREY)
    sh.text(18, 34, "CONFIDENTIEL" if fr else "VERTROUWELIJK", font=f, size_pt=9, bold=True, color=(150, 30, 30))
    L = c.lawyer or {}
    sh.text(18, 44, (f"Maître {L.get('last', '')}" if fr else f"Meester {L.get('last', '')}").strip(), font=f, size_pt=10)
    sh.text(150, 44, f"{d.city}, {fdate(c.medstat_date, 'dots')}", font=f, size_pt=10)
    sh.text(18, 56, (f"Concerne : {c.p.surname.upper()} {c.p.given_names}, né(e) le {fdate(c.p.birth_date, 'dots')}" if fr
                     else f"Betreft: {c.p.surname.upper()} {c.p.given_names}, geboren {fdate(c.p.birth_date, 'dots')}"),
            font=f, size_pt=10, bold=True)
    body = ([f"Cher Maître,", f"À la demande de votre client(e), que je suis en consultation pour {T['name']}, je vous "
             f"communique les éléments suivants. {T['severity']}", f"Le traitement actuel comprend "
             f"{'; '.join(T['meds'])}. {T['intervention']}"] if fr else
            [f"Geachte Meester,", f"Op vraag van uw cliënt(e), die ik op raadpleging volg voor {T['name']}, bezorg ik u "
             f"de volgende gegevens. {T['severity']}", f"De huidige behandeling omvat {'; '.join(T['meds'])}. "
             f"{T['intervention']}"])
    y = 66
    for t in body:
        y = sh.paragraph(18, y, 174, t, font=f, size_pt=10.5, leading=1.5) + 3
    concl = (f"{T['name'][0].upper() + T['name'][1:]}. {T['needs']} {T['prognosis']}")
    rows = sh.wrap(concl, 164, font=f, size_pt=10.5)
    sh.rect(18, y + 3, 174, 10 + 5.6 * len(rows), width_mm=0.5)
    sh.text(22, y + 5, "Conclusion" if fr else "Besluit", font=f, size_pt=10.5, bold=True)
    for k, r in enumerate(rows):
        sh.text(22, y + 11 + k * 5.6, r, font=f, size_pt=10.5)
    y += 16 + 5.6 * len(rows)
    sh.text(18, y + 4, ("Je vous prie d'agréer, Maître, mes salutations distinguées." if fr else
                        "Met vriendelijke groeten,"), font=f, size_pt=10.5)
    sh.signature(20, y + 9, 42, 13, rng, color=INK_BLUE)
    sh.text(18, y + 25, d.name(), font=f, size_pt=10)
    sh.stamp(100, y + 8, [d.name()[:24], f"{'INAMI' if fr else 'RIZIV'} {d.riziv}"], rng, shape="rect", size_mm=30,
             color=STAMP_BLUE)
    # the specialist's post-scriptum in pen under the signature, and the copy to the GP
    sh.handwriting(20, y + 34, ("PS : prochain contrôle dans 3 mois" if fr else "PS: volgende controle over 3 maanden"),
                   rng, size_pt=11, color=INK_BLUE, font="hand1")
    sh.text(18, y + 46, ("Copie : médecin traitant" if fr else "Kopie: huisarts"), font=f, size_pt=8.5, color=GREY)
    return [sh], {}


_reg("be9ter-medstat-huisartsenwachtpost-contactverslag-soap", "medical-statement", PART, "fr/nl", medstat_moc_report,
     "GP out-of-hours post's contact report to the patient's GP, blue band, SOAP note, sent through eHealthBox")
_reg("be9ter-medstat-specialiste-lettre-avocat-ps-manuscrit-copie-mt", "medical-statement", PART, "fr/nl",
     medstat_dayhospital_schedule, "specialist's confidential letter to the lawyer, framed conclusion, handwritten PS and copy to the GP")


# --------------------------------------------------------------------------- country-of-origin information

def coi_health_profile_chart(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The price list of the hospital in the country of origin where the treatment exists, obtained by the family:
    the hospital's name and the ministry above it, 'GRILLE TARIFAIRE DES PRESTATIONS' / 'SCHEDULE OF FEES', a typed
    table (service or medicine, unit, price in the local currency) with the line concerned underlined by the lawyer
    in pen, the note that the patient pays in advance, and the accountant's stamp and signature."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    code = c.origin()
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR")
    city = COUNTRIES[code].get("capital", "")
    dr = drug(c.illness, "en" if en and "en" in il else "fr") if ("fr" in il or "en" in il) else drug(c.illness, "nl")
    hosp = o["hospital"]
    d = Sheet()
    f = "sans6"
    d.text(105, 12, ("MINISTRY OF HEALTH – PUBLIC HOSPITALS" if en else "MINISTÈRE DE LA SANTÉ – HÔPITAUX PUBLICS"), font=f, size_pt=9,
           anchor="center")
    d.text(105, 18, hosp[:70], font=f, size_pt=12, bold=True, anchor="center")
    d.text(105, 24, ("Hospital pharmacy" if en else "Pharmacie hospitalière"), font=f, size_pt=9,
           anchor="center", color=GREY)
    d.text(105, 38, ("COST ESTIMATE – ONE MONTH OF TREATMENT" if en else
                     "DEVIS – UN MOIS DE TRAITEMENT"), font=f, size_pt=12, bold=True,
           anchor="center")
    when = c.app_date - timedelta(days=rng.randint(30, 200))
    d.text(105, 44, (f"Estimate no. {rng.randint(100, 9999)}/{when.year} of {fdate(when, 'dots')}, drawn up at the "
                     f"request of the patient's family" if en else
                     f"Devis n° {rng.randint(100, 9999)}/{when.year} du {fdate(when, 'dots')}, établi à la demande de "
                     f"la famille du patient"), font=f, size_pt=9, anchor="center")
    cols = (["Service / medicine", "Unit", "Price"] if en else ["Prestation / médicament", "Unité", "Tarif"])
    ws = [110, 30, 34]
    items = [("Consultation (specialist)" if en else "Consultation spécialiste", "1"),
             ("Laboratory work-up" if en else "Bilan biologique", "1"),
             (dr[:48], "1 month" if en else "1 mois"),
             ("Hospital day" if en else "Journée d'hospitalisation", "1"),
             ("Imaging" if en else "Imagerie", "1")]
    y = 54
    x = 18
    for k, t in enumerate(cols):
        d.rect(x, y, ws[k], 8, width_mm=0.3, fill=(225, 225, 225))
        d.text(x + 2, y + 2, t, font=f, size_pt=9.5, bold=True)
        x += ws[k]
    y += 8
    for n, (it, un) in enumerate(items):
        x = 18
        price = il["cost"] if n == 2 else f"{rng.randint(2, 40) * 5} ×"
        for k, t in enumerate((it, un, str(price) if n == 2 else "")):
            d.rect(x, y, ws[k], 8, width_mm=0.3)
            d.text(x + 2, y + 2, t, font=f, size_pt=9.5)
            x += ws[k]
        if n == 2:
            d.rule(20, y + 7, 124, y + 7, width_mm=0.5, color=INK_BLUE)
        y += 8
    note = (f"All services are paid in advance at the cash desk. No scheme covers this medicine. (Average monthly "
            f"wage: {o['wage']}.)" if en else
            f"Toutes les prestations sont payées d'avance à la caisse. Aucun régime ne prend ce médicament en charge. "
            f"(Salaire moyen : {o['wage']}.)")
    yy = d.paragraph(18, y + 8, 174, note, font=f, size_pt=10, leading=1.5)
    d.text(120, yy + 8, ("The chief pharmacist" if en else "Le pharmacien-chef"), font=f, size_pt=10)
    # the cashier's rubber stamp struck slanting over the table's foot when the family paid for the estimate itself
    d.text(60, y - 4, ("ESTIMATE FEE PAID" if en else "FRAIS DE DEVIS PAYÉS"), font="sans", size_pt=13, bold=True,
           color=(180, 50, 60))
    d.stamp(112, yy + 12, [hosp.upper()[:24], city.upper()[:18]], rng, size_mm=30, color=(40, 60, 150))
    d.signature(124, yy + 16, 40, 13, rng, color=INK_BLUE)
    return [d], {}


def coi_fund_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The country's national medicines registry searched online by the lawyer's trainee and printed from the
    browser: the agency's banner, the search form with the molecule typed in and the filter 'autorisé / authorised',
    the result line 'Aucun résultat / No results' in a yellow box, the list of the last registrations with the
    molecule absent, the browser's header (page title, date) and footer (address, '1/1'); the trainee's initials and
    the date of the search written in pen at the top right."""
    code = c.origin()
    il = ILLNESSES[c.illness]
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR", "IRQ")
    cn = cname(code, "en" if en else "fr")
    dr = drug(c.illness, "en" if en and "en" in il else "fr") if ("fr" in il or "en" in il) else drug(c.illness, "nl")
    mol = dr.split(" ")[0].split("(")[0].strip(",;")
    agency = ("National Medicines Regulatory Authority" if en else "Direction de la Pharmacie et du Médicament")
    sh = Sheet()
    f = "sans"
    when = c.app_date - timedelta(days=rng.randint(5, 40))
    sh.text(10, 6, f"{fdate(when, 'slashes')} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}", font=f, size_pt=7)
    sh.text(105, 6, (f"Registry search – {agency}" if en else f"Recherche – Registre des médicaments – {agency}"),
            font=f, size_pt=7, anchor="center")
    slug = "".join(ch for ch in code.lower())
    sh.text(10, 290, f"https://registre.sante.gov.{slug}/medicaments/recherche?q={mol.lower()}&statut=autorise",
            font=f, size_pt=7)
    sh.text(200, 290, "1/1", font=f, size_pt=7, anchor="right")
    sh.rect(10, 14, 190, 16, width_mm=0, fill=(0, 90, 80))
    sh.text(15, 17, agency.upper(), font=f, size_pt=11, bold=True, color=(255, 255, 255))
    sh.text(15, 23.5, (f"Republic – {cn} – Register of authorised medicines" if en else
                       f"{cn} – Registre national des médicaments autorisés"), font=f, size_pt=8,
            color=(220, 240, 235))
    sh.text(15, 40, ("Search the register" if en else "Rechercher dans le registre"), font=f, size_pt=12, bold=True)
    for k, (lab, val) in enumerate([(("Active substance (INN)" if en else "Substance active (DCI)"), mol),
                                    (("Status" if en else "Statut"), ("authorised" if en else "autorisé")),
                                    (("Form" if en else "Forme"), ("all" if en else "toutes"))]):
        sh.text(15, 50 + k * 10, lab, font=f, size_pt=9, color=GREY)
        sh.rect(70, 48.5 + k * 10, 90, 7, width_mm=0.3, color=(150, 150, 150))
        sh.text(72, 50 + k * 10, val, font=f, size_pt=10)
    sh.rect(165, 48.5, 30, 7, width_mm=0, fill=(0, 90, 80))
    sh.text(180, 50, ("Search" if en else "Rechercher"), font=f, size_pt=9, bold=True, anchor="center",
            color=(255, 255, 255))
    sh.rect(15, 84, 180, 12, width_mm=0.3, color=(200, 170, 40), fill=(255, 245, 200))
    sh.text(20, 87.5, (f"No results for '{mol}' (authorised)." if en else
                       f"Aucun résultat pour « {mol} » (autorisé)."), font=f, size_pt=10.5, bold=True)
    sh.text(15, 106, ("Latest registrations" if en else "Derniers enregistrements"), font=f, size_pt=10, bold=True)
    y = 113
    for k, (nm, ff) in enumerate([("Paracetamol 500 mg", "cp"), ("Amoxicilline 500 mg", "gél."),
                                  ("Metformine 850 mg", "cp"), ("Ibuprofène 400 mg", "cp"),
                                  ("Oméprazole 20 mg", "gél.")]):
        sh.rect(15, y, 180, 7, width_mm=0, fill=(245, 245, 245) if k % 2 else (255, 255, 255))
        sh.text(18, y + 1.5, nm, font=f, size_pt=9)
        sh.text(110, y + 1.5, ff, font=f, size_pt=9)
        sh.text(150, y + 1.5, fdate(when - timedelta(days=7 * (k + 1)), "dots"), font=f, size_pt=9)
        y += 7
    sh.handwriting(150, 34, f"{fdate(when, 'dots')} – sv", rng, size_pt=10, color=INK_BLUE, font="hand1")
    return [sh], {}


_reg("be9ter-coi-fr-devis-pharmacie-hospitaliere-frais-payes", "country-of-origin-info", PART, "fr/en",
     coi_health_profile_chart, "a public hospital pharmacy's cost estimate for a month of treatment in the country of origin, line underlined, 'fee paid' stamp")
_reg("be9ter-coi-fr-registre-medicaments-recherche-aucun-resultat", "country-of-origin-info", PART, "fr/en",
     coi_fund_letter, "the country's medicines registry searched online and printed: 'no results' for the molecule, trainee's initials")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def asylum_annex26_folded_phone(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The annex 26 (the certificate of the application for international protection) copied upright on its own, the
    date the application was lodged underlined in pencil and ticked by the lawyer; the original's torn top edge had
    been mended with clear tape before it was copied."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    d = Sheet()
    f = "serif"
    d.text(105, 12, "ROYAUME DE BELGIQUE" if fr else "KONINKRIJK BELGIË", font=f, size_pt=10, bold=True,
           anchor="center")
    d.text(105, 17, "SPF Intérieur – Office des Étrangers" if fr else "FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken",
           font=f, size_pt=9, anchor="center")
    d.text(190, 26, "ANNEXE 26" if fr else "BIJLAGE 26", font=f, size_pt=11, bold=True, anchor="right")
    d.photo(20, 30, 28, 36, rng)
    d.rule(22, 28, 30, 34, width_mm=0.6, color=(160, 160, 160))
    d.text(60, 34, ("ATTESTATION D'IMMATRICULATION DE LA DEMANDE DE PROTECTION INTERNATIONALE" if fr else
                    "BEWIJS VAN INSCHRIJVING VAN HET VERZOEK OM INTERNATIONALE BESCHERMING"), font=f, size_pt=8.5,
           bold=True)
    rows = ([("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names), ("Date de naissance", fdate(c.p.birth_date, "dots")),
             ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("Numéro SP", c.ov or "—"),
             ("Demande introduite le", fdate(lodged, "dots"))] if fr else
            [("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names), ("Geboortedatum", fdate(c.p.birth_date, "dots")),
             ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]), ("OV-nummer", c.ov or "—"),
             ("Verzoek ingediend op", fdate(lodged, "dots"))])
    y = 44
    for k_, v_ in rows:
        d.text(60, y, k_, font=f, size_pt=9.5, color=GREY)
        d.text(110, y, v_, font=f, size_pt=10.5, bold=True)
        y += 7
    d.paragraph(20, 100, 170, ("Le titulaire du présent document a introduit une demande de protection internationale. "
                               "Ce document n'est pas un titre d'identité ni un titre de nationalité." if fr else
                               "De houder van dit document heeft een verzoek om internationale bescherming ingediend. "
                               "Dit document is geen identiteitsbewijs noch nationaliteitsbewijs."), font=f,
                size_pt=9.5, leading=1.45)
    d.stamp(130, 124, ["OFFICE DES ÉTRANGERS" if fr else "DIENST VREEMDELINGENZAKEN", fdate(lodged, "dots")], rng,
            size_mm=30, color=STAMP_BLUE)
    # copied upright on its own, the date of the application highlighted by the lawyer and the office's numbering
    # stamp in the margin
    from .eighteenth_identity import highlight, index_flag
    highlight(d, 110, 44 + 5 * 7, 24, 4.2, rng)
    index_flag(d, rng, None, "fr" if fr else "nl")
    return [d], {}


def asylum_samusocial_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Fedasil reception centre's attestation of transfer ('attestation de transfert' / 'transferattest'), handed to
    the resident who leaves the centre for a local reception initiative: the centre's name and address, the title
    with the badge number, the data in a two-row table, the sentence that the person is an applicant whose
    application is still being examined and is transferred to an individual housing of the commune's OCMW/CPAS,
    signed for the management with the centre's stamp."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    centre = (rng.choice([("Fedasil – Centre d'accueil de Bierset", "Rue de l'Aéroport, 4460 Grâce-Hollogne"),
                          ("Fedasil – Centre d'accueil de Mouscron", "Rue du Bois, 7700 Mouscron")])
              if fr else
              rng.choice([("Fedasil – Opvangcentrum Kapellen", "Kapelsestraat, 2950 Kapellen"),
                          ("Fedasil – Opvangcentrum Arendonk", "Vrijheid, 2370 Arendonk")]))
    sh = Sheet()
    f = "sans6"
    sh.rect(20, 12, 10, 10, width_mm=0, fill=(0, 120, 130))
    sh.text(34, 12.5, centre[0], font=f, size_pt=12, bold=True)
    sh.text(34, 18.5, centre[1], font=f, size_pt=8.5, color=GREY)
    sh.text(20, 40, "ATTESTATION DE TRANSFERT – ILA" if fr else "TRANSFERATTEST – LOI", font=f, size_pt=14,
            bold=True)
    sh.text(20, 46, f"Badge n° {rng.randint(1000, 9999)}" if fr else f"Badgenummer {rng.randint(1000, 9999)}", font=f,
            size_pt=9, color=GREY)
    heads = (["Nom et prénom", "Date de naissance", "Numéro SP", "Arrivée au centre"] if fr else
             ["Naam en voornaam", "Geboortedatum", "OV-nummer", "Aankomst in het centrum"])
    vals = [f"{c.p.surname.upper()} {c.p.given_names}", fdate(c.p.birth_date, "dots"), c.ov or "—",
            fdate(lodged + timedelta(days=rng.randint(1, 30)), "dots")]
    ws = [60, 34, 36, 40]
    x = 20
    for h_, v_, w_ in zip(heads, vals, ws):
        sh.rect(x, 52, w_, 7, width_mm=0.2, fill=(240, 240, 240))
        sh.text(x + 1.5, 53.5, h_, font=f, size_pt=8, bold=True)
        sh.rect(x, 59, w_, 9, width_mm=0.2)
        sh.text(x + 1.5, 61, v_[:34], font=f, size_pt=9.5)
        x += w_
    txt = (f"La direction du centre atteste que la personne susmentionnée, demandeur de protection internationale "
           f"dont la demande introduite le {fdate(lodged, 'dots')} est toujours en cours d'examen, quitte le centre "
           f"ce jour pour un logement individuel de l'initiative locale d'accueil (ILA) du CPAS de sa nouvelle "
           f"commune." if fr else
           f"De directie van het centrum verklaart dat bovenvermelde persoon, verzoeker om internationale "
           f"bescherming wiens verzoek ingediend op {fdate(lodged, 'dots')} nog in behandeling is, vandaag het "
           f"centrum verlaat voor een individuele woning van het lokaal opvanginitiatief (LOI) van het OCMW van de "
           f"nieuwe gemeente.")
    y = sh.paragraph(20, 80, 170, txt, font=f, size_pt=11, leading=1.55) + 8
    when = c.app_date - timedelta(days=rng.randint(3, 25))
    sh.text(20, y, f"{centre[1].split()[-1]}, {'le ' if fr else ''}{fdate(when, 'long', 'fr' if fr else 'nl')}", font=f, size_pt=10.5)
    sh.text(20, y + 8, "Pour la direction, l'assistant(e) social(e)" if fr else
            "Voor de directie, de maatschappelijk werk(st)er", font=f, size_pt=10)
    sh.signature(22, y + 12, 40, 13, rng, color=INK_BLUE)
    sh.stamp(120, y + 4, ["FEDASIL", centre[0].split(" – ")[1].upper()[:24]], rng, size_mm=28,
             color=(0, 100, 120))
    return [sh], {}


def asylum_cgra_subsequent_admissible(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The first page of the notes of the personal interview ('Notes de l'entretien personnel' / 'Notities van het
    persoonlijk onderhoud') that the CGRA/CGVS sends on request before its decision: the Commissioner General's
    letterhead, the CG and SP/OV numbers framed at the right, the interview's date, hours, language, interpreter,
    protection officer and lawyer in a list, then the first lines of the questions and answers ('OP' / 'DPI' /
    'VIB') as the notes are typed; 'page 1 / n' at the foot."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans2"
    sh.text(20, 12, ("Commissariat général aux réfugiés et aux apatrides" if fr else
                     "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen"), font=f, size_pt=11, bold=True,
            color=(90, 40, 110))
    sh.text(20, 18, "Rue Ernest Blerot 39 – 1070 Bruxelles" if fr else "Ernest Blerotstraat 39 – 1070 Brussel",
            font=f, size_pt=8.5, color=GREY)
    cg = f"{lodged.year % 100:02d}{rng.randint(10000, 99999)}"
    sh.rect(125, 28, 65, 20, width_mm=0.3)
    sh.text(128, 30, f"CG : {cg}" if fr else f"CG: {cg}", font=f, size_pt=9.5)
    sh.text(128, 35, (f"SP : {c.ov or '—'}" if fr else f"OV: {c.ov or '—'}"), font=f, size_pt=9.5)
    sent = c.app_date - timedelta(days=rng.randint(10, 40))
    sh.text(128, 40, fdate(sent, "dots"), font=f, size_pt=9.5)
    sh.text(20, 34, f"{c.p.given_names} {c.p.surname.upper()}", font=f, size_pt=10.5)
    sh.text(20, 62, ("NOTES DE L'ENTRETIEN PERSONNEL" if fr else "NOTITIES VAN HET PERSOONLIJK ONDERHOUD"),
            font=f, size_pt=12.5, bold=True)
    got = c.app_date - timedelta(days=rng.randint(10, 60))
    h0 = rng.randint(9, 10)
    lg = rng.choice(["arabe", "peul", "lingala", "turc", "dari"] if fr else ["Arabisch", "Pular", "Lingala", "Turks",
                                                                              "Dari"])
    L = c.lawyer or {}
    rows = ([("Date de l'entretien", fdate(got, "long", "fr")), ("Début – fin", f"{h0}h05 – {h0 + 3}h40"),
             ("Langue de l'entretien", lg), ("Interprète", f"n° {rng.randint(100, 999)}"),
             ("Officier de protection", f"OP {rng.randint(10, 99)}"),
             ("Avocat", f"Me {L.get('last', '—')}"), ("Demande introduite le", fdate(lodged, "dots"))] if fr else
            [("Datum van het onderhoud", fdate(got, "long", "nl")), ("Begin – einde", f"{h0}u05 – {h0 + 3}u40"),
             ("Taal van het onderhoud", lg), ("Tolk", f"nr. {rng.randint(100, 999)}"),
             ("Protection officer", f"PO {rng.randint(10, 99)}"),
             ("Advocaat", f"Mr. {L.get('last', '—')}"), ("Verzoek ingediend op", fdate(lodged, "dots"))])
    y = 72
    for k_, v_ in rows:
        sh.text(24, y, k_, font=f, size_pt=10, color=GREY)
        sh.text(80, y, v_, font=f, size_pt=10.5, bold=True)
        y += 6.5
    qa = ([("OP", "Comprenez-vous bien l'interprète ?"), ("DPI", "Oui, je le comprends bien."),
           ("OP", "Êtes-vous en état de faire cet entretien aujourd'hui ?"),
           ("DPI", "Oui. Je suis fatigué(e) à cause de mes médicaments, mais ça va."),
           ("OP", "Quels documents avez-vous apportés ?")] if fr else
          [("PO", "Begrijpt u de tolk goed?"), ("VIB", "Ja, ik begrijp hem goed."),
           ("PO", "Bent u in staat om vandaag dit onderhoud te doen?"),
           ("VIB", "Ja. Ik ben moe van mijn medicatie, maar het gaat."),
           ("PO", "Welke documenten heeft u meegebracht?")])
    y += 6
    for who, t in qa:
        sh.text(20, y, who + ":", font=f, size_pt=10, bold=True)
        y = sh.paragraph(36, y, 154, t, font=f, size_pt=10, leading=1.45) + 2.5
    sh.text(105, 287, "page 1 / 14" if fr else "pagina 1 / 14", font=f, size_pt=8, anchor="center", color=GREY)
    return [sh], {}


_reg("be9ter-asylum-cgvs-notities-persoonlijk-onderhoud-eerste-blad", "asylum-proof", PART, "fr/nl",
     asylum_cgra_subsequent_admissible,
     "first page of the CGRA/CGVS notes of the personal interview: date, hours, language, interpreter, lawyer, first questions")
_reg("be9ter-asylum-bijlage26-potloodstreep-plakband-scheur", "asylum-proof", PART, "fr/nl", asylum_annex26_folded_phone,
     "annex 26 copied upright, the date of the application underlined in pencil with a tick, a torn top edge mended with tape")
_reg("be9ter-asylum-fedasil-transferattest-loi-ila", "asylum-proof", PART, "fr/nl", asylum_samusocial_attest,
     "Fedasil reception centre's attestation of transfer to a local reception initiative, badge number, data in a table")


# --------------------------------------------------------------------------- registered mail

def _receipt14(c: Case, rng: random.Random) -> Sheet:
    """bpost's thermal counter receipt for a registered item (narrow, grey print, the barcode and the item number,
    the addressee, the date and time, the post office)."""
    r = Sheet(72, 120)
    r.rect(0, 0, 72, 120, width_mm=0, fill=(250, 250, 248))
    f = "mono"
    r.text(36, 4, "bpost", font="sans4", size_pt=12, bold=True, anchor="center", color=(60, 60, 60))
    r.text(36, 10, _post_office(c)[:30], font=f, size_pt=6.5, anchor="center")
    r.text(36, 14, f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font=f,
           size_pt=6.5, anchor="center")
    r.text(4, 21, "Aangetekende zending / Envoi recommande", font=f, size_pt=6.3)
    barcode(r, 6, 26, 60, 10, c.rm_track)
    r.text(36, 37.5, track_spaced(c.rm_track), font=f, size_pt=6.5, anchor="center")
    r.text(4, 45, "Bestemmeling/Destinataire:", font=f, size_pt=6)
    for k, ln in enumerate(c.rm_to):
        r.text(4, 49 + k * 3.8, ln[:34], font=f, size_pt=6.3)
    r.text(4, 68, "Afzender/Expediteur:", font=f, size_pt=6)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        r.text(4, 72 + k * 3.8, ln[:34], font=f, size_pt=6.3)
    r.text(4, 90, f"TOTAAL / TOTAL   EUR {rng.choice(['9,96', '10,30', '10,75'])}", font=f, size_pt=6.8)
    r.text(36, 100, "Track & Trace: bpost.be", font=f, size_pt=5.6, anchor="center")
    r.text(36, 104, "Bewaar dit bewijs / Conservez ce recu", font=f, size_pt=5.6, anchor="center")
    return r


def rm_phone_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's paper slip for a registered item ('Aangetekende zending – Bewijs van afgifte / Envoi recommandé –
    Preuve de dépôt') as the law office fills it: the addressee's and the sender's addresses on white address labels
    printed on the office's label sheets and stuck into the pre-printed boxes (a little askew), the barcode label of
    the item stuck in its box, and the counter's round date stamp struck over the corner; copied on A4 at actual
    size."""
    W, H = 148.0, 105.0
    r = Sheet(W, H)
    r.rect(0, 0, W, H, width_mm=0, fill=(252, 246, 232))
    red = (200, 40, 40)
    r.text(5, 4, "bpost", font="sans4", size_pt=13, bold=True, color=red)
    r.text(34, 4.5, "Aangetekende zending – Bewijs van afgifte", font="sans4", size_pt=8, bold=True)
    r.text(34, 8.5, "Envoi recommandé – Preuve de dépôt", font="sans4", size_pt=8)
    r.rect(5, 15, 90, 38, width_mm=0.3, color=red)
    r.text(7, 16, "Bestemmeling / Destinataire", font="sans4", size_pt=6.5, color=red)
    # the office's printed address labels (70 x 25 mm from a sheet of 24), stuck in a little askew
    def label(x, y, lines, h):
        lab = Sheet(72, h)
        lab.rect(0, 0, 72, h, width_mm=0.15, color=(200, 200, 200), fill=(255, 255, 255))
        for k, ln in enumerate(lines):
            lab.text(3, 2.5 + k * 4.6, ln[:36], font="sans2", size_pt=9)
        img = lab.render(300).rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True,
                                     fillcolor=(252, 246, 232))
        r.image(x, y, 76, 76 * img.size[1] / img.size[0], img)
    label(9, 20, c.rm_to[:4], 22)
    r.rect(5, 56, 90, 28, width_mm=0.3, color=red)
    r.text(7, 57, "Afzender / Expéditeur", font="sans4", size_pt=6.5, color=red)
    label(9, 61, _sender_lines(c)[:3], 18)
    r.rect(99, 15, 45, 24, width_mm=0.3, fill=(255, 255, 255))
    r.text(101, 16, "R", font="sans4", size_pt=9, bold=True, color=red)
    barcode(r, 101, 21, 41, 9, c.rm_track)
    r.text(121.5, 32, track_spaced(c.rm_track), font="mono", size_pt=5.5, anchor="center")
    r.text(99, 44, "Datumstempel / Timbre à date", font="sans4", size_pt=6.5, color=red)
    r.stamp(104, 50, [_post_office(c).upper()[:22], fdate(c.rm_date, "dots"), "BPOST"], rng, size_mm=30,
            color=(40, 40, 40))
    r.text(5, 90, "Bewaar dit bewijs / Conservez cette preuve", font="sans4", size_pt=6.5, color=GREY)
    sh = Sheet()
    img = r.render(250).rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True,
                               fillcolor=(255, 255, 255))
    sh.image(28, 24, W, W * img.size[1] / img.size[0], img)
    return [sh], {"addressee": 1}


def rm_sleeve(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The thermal counter receipt copied front and back side by side on one A4 sheet: the front at the left, at the
    right its back with bpost's conditions printed small and faint and the secretary's note in pen ('9ter' and the
    client's name, the date, her initials), written when she filed the receipt."""
    rc = _receipt14(c, rng).render(250)
    sh = Sheet()
    sh.image(14, 22, 72 * 1.0, 120 * 1.0, rc)
    bk = Sheet(72, 120)
    bk.rect(0, 0, 72, 120, width_mm=0, fill=(246, 246, 244))
    cond = ("Algemene voorwaarden: de aansprakelijkheid van bpost voor aangetekende zendingen is beperkt tot het "
            "bedrag bepaald in de algemene voorwaarden. Bewaar dit bewijs tot de zending is uitgereikt. / Conditions "
            "générales : la responsabilité de bpost pour les envois recommandés est limitée au montant fixé dans les "
            "conditions générales. Conservez ce reçu jusqu'à la distribution de l'envoi.")
    bk.paragraph(4, 6, 64, cond, font="mono", size_pt=5.2, leading=1.25, color=(170, 170, 170))
    who = c.p.surname.upper()
    bk.handwriting(6, 62, hand_safe(f"9ter {who}"[:22]), rng, size_pt=13, color=INK_BLUE, font="hand2")
    bk.handwriting(6, 72, hand_safe(f"verzonden {fdate(c.rm_date, 'dots')}"), rng, size_pt=11, color=INK_BLUE,
                   font="hand2")
    bk.handwriting(48, 84, rng.choice(["KV", "SD", "LM", "AB"]), rng, size_pt=11, color=INK_BLUE, font="hand2")
    img = bk.render(250).rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True,
                                fillcolor=(255, 255, 255))
    sh.image(108, 24, 72, 72 * img.size[1] / img.size[0], img)
    return [sh], {"addressee": 1}


def rm_routing_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt copied alone at actual size near the top of the sheet, the item number underlined in pencil and
    ticked by the lawyer (to match it with the track-and-trace print-out); the receipt had torn at its top and was
    mended with clear tape."""
    from .eighteenth_identity import highlight, index_flag
    sh = Sheet()
    img = _receipt14(c, rng).render(250)
    x0, y0 = 24, 26
    sh.image(x0, y0, 72, 120, img)
    highlight(sh, x0 + 8, y0 + 37.3, 56, 3.4, rng)
    index_flag(sh, rng, None, "nl")
    return [sh], {"addressee": 1}


_reg("be9ter-rm-afgiftebewijs-adresetiketten-kantoor-datumstempel", "registered-mail-receipt", PART, "nl/fr", rm_phone_envelope,
     "bpost's paper registered-mail slip with the office's printed address labels stuck in, barcode label, counter's date stamp")
_reg("be9ter-rm-bon-voor-en-achterkant-notitie-secretariaat", "registered-mail-receipt", PART, "nl/fr", rm_sleeve,
     "counter receipt copied front and back side by side, the secretary's note in pen on the back")
_reg("be9ter-rm-bon-potloodstreep-zendingsnummer-plakband", "registered-mail-receipt", PART, "nl/fr", rm_routing_slip,
     "receipt at actual size, item number underlined in pencil and ticked, torn top mended with tape")


# --------------------------------------------------------------------------- other

def other_declaration_thumbprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A witness's statement (getuigenverklaring / attestation de témoin) written out by a compatriot living in
    Belgium who has known the applicant since childhood: typed by the lawyer's office, signed by the witness, with a
    copy of the witness's Belgian identity card (front) pasted at the foot as the Judicial Code asks
    ('art. 961/1 Ger.W.' / 'art. 961/1 C. jud.'); the warning that a false statement is punishable printed above the
    signature."""
    fr = c.lang == "fr"
    sh = Sheet()
    f = "serif"
    wg = rng.choice(["Abdelkader", "Mamadou", "Aïcha", "Fatoumata", "Yusuf", "Nadia", "Jean-Pierre", "Hatice"])
    ws = rng.choice(["Benali", "Diallo", "Kaya", "Mbuyi", "Haddad", "Camara", "Nkemdirim", "Sahin"])
    wb = c.p.birth_date.replace(year=max(1950, c.p.birth_date.year - rng.randint(0, 6)))
    sh.text(105, 24, "ATTESTATION DE TÉMOIN" if fr else "GETUIGENVERKLARING", font=f, size_pt=14, bold=True,
            anchor="center")
    sh.text(105, 30, "(art. 961/1 du Code judiciaire)" if fr else "(art. 961/1 Gerechtelijk Wetboek)", font=f,
            size_pt=9, anchor="center", color=GREY)
    since = c.p.birth_date.year + rng.randint(4, 12)
    txt = (f"Je soussigné(e), {wg} {ws.upper()}, né(e) le {fdate(wb, 'long', 'fr')}, domicilié(e) à "
           f"{c.addr.city}, sans lien de parenté avec la personne concernée, déclare connaître "
           f"{c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'long', 'fr')} à "
           f"{c.p.birth_place}, depuis {since} : nous avons grandi dans le même quartier. Je sais que ses documents "
           f"d'identité sont restés au pays et qu'elle/il ne peut pas les obtenir." if fr else
           f"Ondergetekende, {wg} {ws.upper()}, geboren op {fdate(wb, 'long', 'nl')}, wonende te {c.addr.city}, "
           f"geen familie van de betrokkene, verklaar {c.p.given_names} {c.p.surname.upper()}, geboren op "
           f"{fdate(c.p.birth_date, 'long', 'nl')} te {c.p.birth_place}, te kennen sinds {since}: wij zijn in "
           f"dezelfde wijk opgegroeid. Ik weet dat haar/zijn identiteitsdocumenten in het land van herkomst zijn "
           f"gebleven en dat zij/hij ze niet kan verkrijgen.")
    y = sh.paragraph(25, 42, 160, txt, font=f, size_pt=11.5, leading=1.7)
    warn = ("Je sais qu'une fausse attestation m'expose à des sanctions pénales (art. 961/2 du Code judiciaire)." if fr
            else "Ik weet dat een valse verklaring mij blootstelt aan strafsancties (art. 961/2 Gerechtelijk Wetboek).")
    y = sh.paragraph(25, y + 6, 160, warn, font=f, size_pt=10, leading=1.5)
    when = c.app_date - timedelta(days=rng.randint(3, 20))
    sh.text(25, y + 10, f"{c.addr.city}, {fdate(when, 'dots')}", font=f, size_pt=11)
    sh.text(130, y + 10, "Signature du témoin" if fr else "Handtekening getuige", font=f, size_pt=10, color=GREY)
    sh.signature(128, y + 15, 44, 14, rng, color=INK_BLUE)
    # the copy of the witness's identity card pasted at the foot (cut out of a copy, glued a little crooked)
    card = Sheet(85.6, 54)
    card.rect(0, 0, 85.6, 54, width_mm=0, fill=(232, 236, 226))
    card.text(3, 2, "BELGIË BELGIQUE BELGIEN BELGIUM", font="sans4", size_pt=4.6, bold=True)
    card.text(3, 6, "IDENTITEITSKAART CARTE D'IDENTITÉ", font="sans4", size_pt=4.2)
    card.photo(3, 11, 22, 28, rng)
    card.text(28, 12, ws.upper(), font="sans4", size_pt=6, bold=True)
    card.text(28, 17, wg, font="sans4", size_pt=6)
    card.text(28, 23, fdate(wb, "dots"), font="sans4", size_pt=5.5)
    card.text(28, 45, f"{rng.randint(590, 599)}-{rng.randint(1000000, 9999999)}-{rng.randint(10, 99)}",
              font="mono", size_pt=6)
    img = card.render(250).convert("L").convert("RGB").rotate(rng.uniform(-3, 3), expand=True,
                                                              fillcolor=(255, 255, 255))
    sh.image(40, min(y + 40, 200), 86, 86 * img.size[1] / img.size[0], img)
    return [sh], {"identity": 1}


def other_household_composition(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The OCMW/CPAS's attestation that it covers the applicant's urgent medical aid (dringende medische hulp / aide
    médicale urgente): the centre's letterhead, the social investigation's reference, the person's data, the period
    of cover, the GP and pharmacy named, signed by the secretary-general's delegate with the centre's seal."""
    fr = c.lang == "fr"
    city = c.addr.city
    sh = Sheet()
    f = "sans2"
    sh.text(20, 12, (f"CPAS de {city}" if fr else f"OCMW {city}"), font=f, size_pt=15, bold=True, color=(150, 30, 60))
    sh.text(20, 19, ("Service social – Aide médicale urgente" if fr else "Sociale dienst – Dringende medische hulp"),
            font=f, size_pt=9, color=GREY)
    sh.text(20, 32, ("Notification de la décision du Comité spécial du service social" if fr else
                     "Kennisgeving van de beslissing van het Bijzonder Comité voor de Sociale Dienst"), font=f,
            size_pt=9.5, color=GREY)
    sh.text(20, 40, ("DÉCISION – AIDE MÉDICALE URGENTE" if fr else "BESLISSING – DRINGENDE MEDISCHE HULP"), font=f,
            size_pt=13, bold=True)
    start = c.app_date - timedelta(days=rng.randint(30, 200))
    rows = ([("Nom et prénom", f"{c.p.surname.upper()} {c.p.given_names}"), ("Date de naissance", fdate(c.p.birth_date, "dots")),
             ("Adresse", addr_str(c.addr, "fr", c.addr_style)), ("Réf. enquête sociale", f"AMU/{start.year}/{rng.randint(100, 9999)}"),
             ("Période couverte", f"du {fdate(start, 'dots')} au {fdate(start + timedelta(days=365), 'dots')}")] if fr else
            [("Naam en voornaam", f"{c.p.surname.upper()} {c.p.given_names}"), ("Geboortedatum", fdate(c.p.birth_date, "dots")),
             ("Adres", addr_str(c.addr, "nl", c.addr_style)), ("Ref. sociaal onderzoek", f"DMH/{start.year}/{rng.randint(100, 9999)}"),
             ("Periode", f"van {fdate(start, 'dots')} tot {fdate(start + timedelta(days=365), 'dots')}")])
    y = 52
    for a_, b_ in rows:
        sh.text(22, y, a_, font=f, size_pt=10, color=GREY)
        sh.text(72, y, b_[:62], font=f, size_pt=10.5)
        y += 7
    txt = ("En sa séance, le Comité spécial du service social a décidé d'accorder à l'intéressé(e) l'aide médicale "
           "urgente pour la période indiquée ci-dessus. Un recours contre cette décision peut être introduit auprès "
           "du tribunal du travail dans les trois mois de sa notification." if fr else
           "In zitting heeft het Bijzonder Comité voor de Sociale Dienst beslist aan betrokkene dringende medische "
           "hulp toe te kennen voor de hierboven vermelde periode. Tegen deze beslissing kan beroep worden "
           "aangetekend bij de arbeidsrechtbank binnen drie maanden na de kennisgeving.")
    y = sh.paragraph(20, y + 6, 170, txt, font=f, size_pt=10.5, leading=1.5)
    when = c.app_date - timedelta(days=rng.randint(5, 40))
    sh.text(20, y + 10, f"{city}, {fdate(when, 'dots')}", font=f, size_pt=10)
    sh.text(20, y + 17, ("Pour le Directeur général, par délégation" if fr else
                         "Voor de algemeen directeur, bij delegatie"), font=f, size_pt=9.5)
    sh.signature(24, y + 22, 38, 12, rng, color=INK_BLUE)
    sh.stamp(130, y + 10, [(f"CPAS DE {city}" if fr else f"OCMW {city}").upper()[:24],
                           "SERVICE SOCIAL" if fr else "SOCIALE DIENST"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-getuigenverklaring-961-kopie-id-getuige", "other", PART, "fr/nl", other_declaration_thumbprint,
     "witness statement (art. 961/1 Judicial Code) by a compatriot with a copy of the witness's identity card pasted at the foot")
_reg("be9ter-other-beslissing-bijzonder-comite-dmh-beroep", "other", PART, "fr/nl", other_household_composition,
     "OCMW/CPAS special committee's decision granting urgent medical aid, period, appeal to the labour court, seal")
