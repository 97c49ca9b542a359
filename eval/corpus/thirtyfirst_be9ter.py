"""9ter families of the `thirtyfirst` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirtieth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s31_*``.
"""

from __future__ import annotations

import random
import re
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
    STAMP_RED,
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
from .thirtyfirst_identity import (
    CPSANS,
    CPSANS_B,
    GOTHIC,
    GOTHIC_B,
    NARROW,
    NARROW_B,
    ROMAN,
    ROMAN_B,
    ROMAN_I,
    SERIFC,
    SERIFC_B,
    en_long,
    fr_long,
    nl_long,
    own_shadow,
    platen_dust,
    screen_photo,
    torn_notebook,
    water_stain,
)
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import camera_photo, fit, glyphs, paste, sheet_of, wrap

PART = "thirtyfirst"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- sentences (s31_*)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _who(c: Case, lang: str) -> str:
    """How this part's writers call the applicant: 'de aanvrager/aanvraagster', 'le demandeur/la demanderesse',
    'the applicant'."""
    return {
        "nl": "de aanvraagster" if c.fem else "de aanvrager",
        "fr": "la demanderesse" if c.fem else "le demandeur",
        "en": "the applicant",
    }[lang]


def _pc(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (exhibit {n})"}[lang]


def _pron(c: Case, lang: str) -> str:
    return {"nl": "zij" if c.fem else "hij", "fr": "elle" if c.fem else "il", "en": "she" if c.fem else "he"}[
        lang
    ]


def s31_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    place = f"{p.birth_place}, {cname(c.birth_cc(), lang)}"
    e = "e" if c.fem else ""
    if lang == "nl":
        s = f"{_cap(_who(c, lang))}, {nm}, is geboren op {bd}" + ("" if nb else f" in {place}") + "."
        s += "" if nn else f" {_cap(_pron(c, lang))} heeft de {adj} nationaliteit."
        s += (
            f" Rijksregisternummer: {c.nrn}."
            if c.nrn
            else f" Dossiernummer bij de Dienst Vreemdelingenzaken (OV): {c.ov}."
        )
        return s
    if lang == "fr":
        s = f"{_cap(_who(c, lang))}, {nm}, est né{e} le {bd}" + ("" if nb else f" à {place}") + "."
        s += "" if nn else f" {_cap(_pron(c, lang))} est de nationalité {adj}."
        s += (
            f" Numéro de registre national : {c.nrn}."
            if c.nrn
            else f" Numéro de dossier à l'Office des Étrangers (SP) : {c.ov}."
        )
        return s
    s = f"The applicant, {nm}, was born on {bd}" + ("" if nb else f" in {place}") + "."
    s += "" if nn else f" {_cap(_pron(c, lang))} is a {COUNTRIES[p.nationality]['adj_en']} national."
    s += f" National register number: {c.nrn}." if c.nrn else f" Immigration Office reference (OV): {c.ov}."
    return s


def s31_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {
            "nl": f"{_cap(_who(c, lang))} heeft op dit ogenblik geen vaste verblijfplaats en logeert "
            f"afwisselend bij vrienden.",
            "fr": f"{_cap(_who(c, lang))} n'a actuellement pas de résidence fixe et loge tantôt chez l'un, "
            f"tantôt chez l'autre de ses amis.",
            "en": "The applicant has no fixed place of residence at present and stays with friends in turn.",
        }[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {
        "nl": f"{_cap(_who(c, lang))} verblijft effectief in België op het adres {a}.",
        "fr": f"{_cap(_who(c, lang))} réside effectivement en Belgique à l'adresse {a}.",
        "en": f"The applicant actually resides in Belgium at {a}.",
    }[lang]


def s31_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {
            "nl": f"Voor deze procedure wordt woonplaats gekozen op het kantoor van de ondergetekende "
            f"advocaat, {L['street']}, {L['pc']} {L['city']}.",
            "fr": f"Pour la présente procédure, il est fait élection de domicile au cabinet du conseil "
            f"soussigné, {L['street']}, {L['pc']} {L['city']}.",
            "en": f"For this procedure domicile is elected at the office of the undersigned lawyer, "
            f"{L['street']}, {L['pc']} {L['city']}.",
        }[lang]
    if c.domicile == "other" and c.other_domicile:
        return {
            "nl": f"Er wordt woonplaats gekozen bij {c.other_domicile}.",
            "fr": f"Il est fait élection de domicile auprès de {c.other_domicile}.",
            "en": f"Domicile is elected with {c.other_domicile}.",
        }[lang]
    return {
        "nl": "Woonplaats wordt gekozen op dat verblijfsadres.",
        "fr": "Il est fait élection de domicile à cette adresse de résidence.",
        "en": "Domicile is elected at that residential address.",
    }[lang]


def s31_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _pc(c, "asylum", lang) if k == "asylum" else ""
        return {
            "nl": f"{_cap(_who(c, lang))} diende op {d} een verzoek om internationale bescherming in, waarover "
            f"nog geen definitieve beslissing werd genomen{r}. Op grond van artikel 9ter, § 2, derde lid "
            f"is {_pron(c, lang)} dus vrijgesteld van het bewijs van de identiteit.",
            "fr": f"{_cap(_who(c, lang))} a introduit le {d} une demande de protection internationale qui n'a pas "
            f"encore fait l'objet d'une décision définitive{r}. En vertu de l'article 9ter, § 2, alinéa 3, "
            f"{_pron(c, lang)} est donc dispensé{'e' if c.fem else ''} de la preuve de l'identité.",
            "en": f"The applicant lodged an application for international protection on {d}, which has not yet "
            f"been finally decided{r}; under Article 9ter § 2, third paragraph, the applicant is therefore "
            f"exempt from proving identity.",
        }[lang]
    if k == "none":
        return {
            "nl": "Een kopie van het paspoort wordt nagestuurd zodra de ambassade het heeft vernieuwd.",
            "fr": "Une copie du passeport sera transmise dès que l'ambassade l'aura renouvelé.",
            "en": "A copy of the passport will follow as soon as the embassy has renewed it.",
        }[lang]
    items = [
        d[:1].lower() + d[1:] + _pc(c, key, lang)
        for key, d in c.annexes
        if key.startswith("id") and key != "id-tr"
    ]
    if c.annex_no("id-tr"):
        items.append(
            {"nl": "de beëdigde vertaling ervan", "fr": "sa traduction jurée", "en": "its sworn translation"}[
                lang
            ]
            + _pc(c, "id-tr", lang)
        )
    lst = ", ".join(items) or "—"
    s = {
        "nl": f"De identiteit blijkt uit de volgende stukken: {lst}.",
        "fr": f"L'identité est établie par les pièces suivantes : {lst}.",
        "en": f"Identity is shown by the following documents: {lst}.",
    }[lang]
    if k == "passport-expired":
        s += {
            "nl": " Dat het paspoort vervallen is, doet niet af aan de bewijswaarde ervan voor de identiteit.",
            "fr": " La circonstance que le passeport est périmé n'enlève rien à sa valeur probante quant à "
            "l'identité.",
            "en": " That the passport has expired does not affect its value as proof of identity.",
        }[lang]
    return s


def s31_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        cd = c.d(c.medstat_date, lang)
        src = {
            "nl": f"het medisch verslag van {doc} van {cd}",
            "fr": f"le rapport médical du {doc} du {cd}",
            "en": f"the medical report of {doc} of {cd}",
        }[lang] + _pc(c, "medstat", lang)
    else:
        cd = c.d(c.cert_date, lang)
        src = {
            "nl": f"het standaard medisch getuigschrift dat {doc} op {cd} opstelde",
            "fr": f"le certificat médical type établi par le {doc} le {cd}",
            "en": f"the standard medical certificate drawn up by {doc} on {cd}",
        }[lang] + _pc(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {
        "nl": f"Volgens {src}, lijdt {_who(c, lang)} aan {t['name']}. {t['severity']} De noodzakelijke "
        f"behandeling omvat: {meds}. {t['intervention']} {t['duration']}",
        "fr": f"Selon {src}, {_who(c, lang)} souffre de {t['name']}. {t['severity']} Le traitement nécessaire "
        f"comprend : {meds}. {t['intervention']} {t['duration']}",
        "en": f"According to {src}, the applicant suffers from {t['name']}. {t['severity']} The necessary "
        f"treatment comprises: {meds}. {t['intervention']} {t['duration']}",
    }[lang]


def s31_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _pc(c, "coi", lang), drug(c.illness, lang)
    return {
        "nl": f"In {cn} is de vereiste zorg noch beschikbaar noch toegankelijk{r}. {_cap(dr)} is er enkel in "
        f"{o['hospital']} te verkrijgen, met lange onderbrekingen in de bevoorrading. De behandeling kost "
        f"er ongeveer {il['cost']} per maand, terwijl een gemiddeld maandloon {o['wage']} bedraagt. "
        f"{o['insurance_nl']}",
        "fr": f"Au pays d'origine ({cn}), les soins requis ne sont ni disponibles ni accessibles{r}. {_cap(dr)} "
        f"n'y est délivré qu'à {o['hospital']}, avec de longues ruptures d'approvisionnement. Le traitement "
        f"y coûte environ {il['cost']} par mois, alors que le salaire mensuel moyen est de {o['wage']}. "
        f"{o['insurance_fr']}",
        "en": f"In {cn} the care required is neither available nor accessible{r}. {_cap(dr)} can only be obtained "
        f"at {o['hospital']}, with long supply interruptions. Treatment costs about {il['cost']} a month "
        f"there, against an average monthly wage of {o['wage']}. {o['insurance_en']}",
    }[lang]


def s31_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {
        "nl": {"spouse": "echtgeno(o)t(e)", "child": "minderjarig kind"},
        "fr": {"spouse": "conjoint(e)", "child": "enfant mineur"},
        "en": {"spouse": "spouse", "child": "minor child"},
    }[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
        at = {"nl": "te", "fr": "à", "en": "in"}[lang]
        out.append(
            f"{rel[m.rel]} {q.surname.upper()} {q.given_names}, {born} {c.d(q.birth_date, lang)} {at} "
            f"{q.birth_place}{nat}{_pc(c, f'fam{i}', lang)}"
        )
    return {
        "nl": "De aanvraag geldt eveneens voor: " + "; ".join(out) + ".",
        "fr": "La demande vaut également pour : " + " ; ".join(out) + ".",
        "en": "The application also covers: " + "; ".join(out) + ".",
    }[lang]


def s31_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append(
            {
                "nl": f"Op {d} werd al een aanvraag op grond van artikel 9ter ingediend, waarover nog geen "
                f"beslissing werd genomen. {_cap(_who(c, lang))} doet daarvan afstand; alle nuttige "
                f"elementen worden in deze aanvraag herhaald.",
                "fr": f"Une demande fondée sur l'article 9ter a déjà été introduite le {d} et n'a pas encore fait "
                f"l'objet d'une décision. {_cap(_who(c, lang))} s'en désiste ; tous les éléments utiles sont "
                f"repris dans la présente demande.",
                "en": f"An application under Article 9ter was already lodged on {d} and has not yet been decided. "
                f"The applicant withdraws it; everything relevant is repeated in this application.",
            }[lang]
        )
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append(
            {
                "nl": f"Het verzoek om internationale bescherming werd op {d} definitief afgewezen.",
                "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                "en": f"The application for international protection was finally refused on {d}.",
            }[lang]
        )
    return " ".join(out) or None


def s31_ask(c: Case, lang: str) -> str:
    return {
        "nl": f"Om die redenen wordt gevraagd {_who(c, lang)} op grond van artikel 9ter van de wet van 15 "
        f"december 1980 te machtigen tot een verblijf van meer dan drie maanden.",
        "fr": f"Pour ces motifs, il est demandé d'autoriser {_who(c, lang)} au séjour de plus de trois mois sur "
        f"la base de l'article 9ter de la loi du 15 décembre 1980.",
        "en": "For these reasons, leave to stay for more than three months under Article 9ter of the Law of "
        "15 December 1980 is requested for the applicant.",
    }[lang]


def _rows(c: Case, lang: str) -> list[tuple[str, str, str | None]]:
    """(label, value, tag) of the applicant's data for the labelled layouts."""
    p = c.p
    L = {
        "nl": [
            "Familienaam",
            "Voornaam/-namen",
            "Nationaliteit",
            "Geboortedatum",
            "Geboorteplaats",
            "Geboorteland",
            "Rijksregisternummer",
            "OV-nummer DVZ",
            "Adres van de werkelijke verblijfplaats",
            "Gekozen woonplaats",
        ],
        "fr": [
            "Nom",
            "Prénom(s)",
            "Nationalité",
            "Date de naissance",
            "Lieu de naissance",
            "Pays de naissance",
            "Numéro de registre national",
            "Numéro SP (OE)",
            "Adresse de la résidence effective",
            "Domicile élu",
        ],
    }[lang]
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    rows = [
        (L[0], p.surname.upper(), "personal"),
        (L[1], p.given_names, None),
        (L[2], "" if nn else COUNTRIES[p.nationality]["adj_" + lang], None),
        (L[3], c.d(p.birth_date, lang), None),
        (L[4], "" if nb else p.birth_place, None),
        (L[5], "" if nb else cname(c.birth_cc(), lang), None),
        (L[6], c.nrn, None) if c.nrn else (L[7], c.ov or "", None),
        (L[8], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence"),
    ]
    if s31_domicile(c, lang):
        if c.domicile == "lawyer" and c.lawyer:
            L_ = c.lawyer
            v = f"{L_['firm']}, {L_['street']}, {L_['pc']} {L_['city']}"
        elif c.domicile == "other":
            v = c.other_domicile or ""
        else:
            v = {"nl": "het bovenstaande verblijfsadres", "fr": "l'adresse de résidence ci-dessus"}[lang]
        rows.append((L[9], v, None))
    return rows


def _lawyer_title(L: dict, lang: str) -> str:
    return {
        "nl": f"Mr. {L['first']} {L['last']}",
        "fr": f"Me {L['first']} {L['last']}",
        "en": f"{L['first']} {L['last']}",
    }[lang]


# --------------------------------------------------------------------------- application 1: numbered paragraphs

_NP = {
    "nl": dict(
        reg="AANGETEKEND",
        to=[
            "Dienst Vreemdelingenzaken",
            "Dienst Medisch Verblijf – Cel 9ter",
            "Pachecolaan 44",
            "1000 Brussel",
        ],
        ref="Ons kenmerk",
        subj="Betreft: aanvraag om machtiging tot verblijf op grond van artikel 9ter van de wet van "
        "15 december 1980",
        sal="Mevrouw, Mijnheer,",
        intro="Als raadsman van {who} dien ik hierbij een aanvraag in om machtiging tot verblijf om "
        "medische redenen.",
        close="Met bijzondere hoogachting,",
        role="advocaat",
        enc="Bijlagen",
        page="pagina {i} van {n}",
    ),
    "fr": dict(
        reg="RECOMMANDÉ",
        to=[
            "Office des Étrangers",
            "Bureau Séjour médical – Cellule 9ter",
            "Boulevard Pachéco 44",
            "1000 Bruxelles",
        ],
        ref="Notre référence",
        subj="Concerne : demande d'autorisation de séjour sur la base de l'article 9ter de la loi du "
        "15 décembre 1980",
        sal="Madame, Monsieur,",
        intro="En qualité de conseil de {who}, j'introduis par la présente une demande d'autorisation de "
        "séjour pour raisons médicales.",
        close="Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.",
        role="avocat",
        enc="Annexes",
        page="page {i} sur {n}",
    ),
    "en": dict(
        reg="REGISTERED LETTER",
        to=["Immigration Office", "Medical Residence Unit – 9ter", "Pachecolaan 44", "1000 Brussels"],
        ref="Our reference",
        subj="Re: application for leave to stay under Article 9ter of the Law of 15 December 1980",
        sal="Dear Sir or Madam,",
        intro="As counsel for {who}, I hereby submit an application for leave to stay on medical grounds.",
        close="Yours faithfully,",
        role="lawyer",
        enc="Enclosures",
        page="page {i} of {n}",
    ),
}


def app_numbered(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter whose letterhead is printed at the FOOT of the first page (the firm's name in URW Gothic,
    address, telephone, bank account and company number in a narrow face under a thin rule); 'AANGETEKEND' and
    the addressee in the window position at the right, the place and date right-aligned under it, the reference
    and the subject in bold; the body as numbered paragraphs with a hanging indent and no headings; the signature
    ABOVE the lawyer's typed name and title at the left; the enclosures as a dashed list; 'pagina i van n' at the
    top right of the following pages."""
    L, R = c.lawyer, _NP[lang]
    f = rng.choice([ROMAN, SERIFC])
    fb = ROMAN_B if f == ROMAN else SERIFC_B
    size = 10.8 if f == ROMAN else 10.0
    col = rng.choice([(20, 60, 100), (90, 30, 50), (40, 40, 40)])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.rule(20, 262, 190, 262, width_mm=0.2, color=col)
            sh.text(20, 265, L["firm"], font=GOTHIC_B, size_pt=11, color=col)
            sh.text(
                20,
                271,
                f"{L['street']} · {L['pc']} {L['city']} · T {L['tel']} · {L['mail']}",
                font=NARROW,
                size_pt=8,
                color=GREY,
            )
            sh.text(
                20,
                275.5,
                f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)} · KBO/BCE 0{rng.randint(400, 899)}.{rng.randint(100, 999)}."
                f"{rng.randint(100, 999)}",
                font=NARROW,
                size_pt=8,
                color=GREY,
            )
            sh.text(110, 30, R["reg"], font=fb, size_pt=size)
            for k, ln in enumerate(R["to"]):
                sh.text(110, 36 + k * 5, ln, font=f, size_pt=size)
            sh.text(
                190,
                64,
                f"{L['city']}, {fdate(c.app_date, 'long', lang)}",
                font=f,
                size_pt=size,
                anchor="right",
            )
            sh.text(
                20,
                72,
                f"{R['ref']}: {c.app_date.year}/{rng.randint(100, 999)}/{c.p.surname.split()[0].upper()}",
                font=f,
                size_pt=9,
                color=GREY,
            )
            return sh, 80
        return sh, 26

    pg = Pager(new_page, bottom=252)
    for r_ in wrap(R["subj"], 170, fb, size):
        pg.sh.text(20, pg.y, r_, font=fb, size_pt=size)
        pg.y += size * 0.3528 * 1.35
    pg.y += 4
    pg.lines(20, 170, R["sal"], font=f, size=size, gap=2.5)
    pg.lines(20, 170, R["intro"].format(who=_who(c, lang)), font=f, size=size, gap=3.5)
    paras = [
        (s31_person(c, lang), "personal"),
        (" ".join(x for x in (s31_home(c, lang), s31_domicile(c, lang)) if x), "residence"),
        (s31_family(c, lang), "family"),
        (s31_identity(c, lang), "identity"),
        (s31_medical(c, lang), "medical"),
        (s31_coi(c, lang), "coi"),
        (s31_other(c, lang), "parallel"),
        (s31_ask(c, lang), None),
    ]
    n = 0
    lh = size * 0.3528 * 1.42
    for body, tag in paras:
        if not body:
            continue
        n += 1
        pg.ensure(lh * 2)
        pg.tag(tag)
        pg.sh.text(20, pg.y, f"{n}.", font=f, size_pt=size)
        pg.lines(28, 162, body, font=f, size=size, leading=1.42, gap=3.2)
    pg.ensure(40)
    pg.lines(20, 170, R["close"], font=f, size=size, gap=3)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    if "unsigned" not in c.flags:
        sh.signature(
            21 + rng.uniform(0, 6), y, rng.uniform(38, 52), 15, rng, color=rng.choice([INK_BLUE, INK_BLACK])
        )
    sh.text(20, y + 17, _lawyer_title(L, lang), font=fb, size_pt=size)
    sh.text(20, y + 22, R["role"], font=f, size_pt=size - 1)
    pg.y = y + 31
    ann = [d for _, d in c.annexes]
    if ann:
        pg.lines(20, 170, R["enc"] + ":", font=fb, size=size - 0.5, gap=1)
        for d in ann:
            pg.lines(24, 166, d, font=f, size=size - 1, gap=0.4, bullet="–", indent=4)
    N = len(pg.pages)
    for i, p_ in enumerate(pg.pages[1:], 2):
        p_.text(190, 14, R["page"].format(i=i, n=N), font=f, size_pt=8.5, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "lawyer's letter with the letterhead at the foot of page 1, numbered paragraphs with a "
        "hanging indent and no headings, signature above the typed name",
    ),
    ("fr", "lettre d'avocat, en-tête en pied de première page, paragraphes numérotés sans titres"),
    ("en", "the same letter written in English"),
):
    _reg(
        f"be9ter-app-{_lg}-lawyer-prose-voetbriefhoofd-genummerde-alineas-31",
        "application",
        PART,
        _lg,
        (lambda c, r, lg=_lg: app_numbered(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- application 2: boxed identification

_BX = {
    "nl": dict(
        title="VERZOEKSCHRIFT – ARTIKEL 9TER VREEMDELINGENWET",
        to="Aangetekend aan de Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel",
        box="IDENTIFICATIE VAN DE AANVRAGER",
        h=[
            "A. Gezinsleden",
            "B. Identiteit",
            "C. Medische toestand",
            "D. Beschikbaarheid en toegankelijkheid van de zorg",
            "E. Andere procedures",
            "F. Verzoek",
        ],
        done="Opgemaakt te {city} op {date}",
        sig="Voor de aanvrager, de raadsman,",
        inv="INVENTARIS VAN DE STUKKEN",
        cols=["Nr.", "Stuk", "Blz."],
    ),
    "fr": dict(
        title="REQUÊTE – ARTICLE 9TER DE LA LOI DU 15 DÉCEMBRE 1980",
        to="Par recommandé à l'Office des Étrangers, Boulevard Pachéco 44, 1000 Bruxelles",
        box="IDENTIFICATION DU DEMANDEUR",
        h=[
            "A. Membres de la famille",
            "B. Identité",
            "C. Situation médicale",
            "D. Disponibilité et accessibilité des soins",
            "E. Autres procédures",
            "F. Demande",
        ],
        done="Fait à {city}, le {date}",
        sig="Pour le demandeur, son conseil,",
        inv="INVENTAIRE DES PIÈCES",
        cols=["N°", "Pièce", "Pages"],
    ),
}


def app_boxed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A request whose letterhead is set at the top RIGHT in URW Gothic capitals over a full-width coloured rule;
    the title centred in a double frame; the applicant's identification in a ruled box as 'label ........ value'
    lines with dotted leaders; the rest in lettered sections (A. to F.) with small-capital headings; 'Fait à ...,
    le ...' with the signature BELOW it and the firm's oval stamp to its right, the typed name under the
    signature; the inventory as a ruled table (number, exhibit, number of pages)."""
    L, R = c.lawyer, _BX[lang]
    f = rng.choice([NARROW, CPSANS]) if rng.random() < 0.3 else SERIFC
    fb = {NARROW: NARROW_B, CPSANS: CPSANS_B, SERIFC: SERIFC_B}[f]
    size = 10.2 if f != CPSANS else 9.6
    col = rng.choice([(0, 90, 110), (120, 40, 40), (60, 60, 130)])

    def new_page(i: int):
        sh = Sheet()
        sh.text(190, 12, L["firm"].upper(), font=GOTHIC_B, size_pt=10.5, anchor="right", color=col)
        sh.text(
            190,
            17,
            f"{L['street']} – {L['pc']} {L['city']} – {L['tel']}",
            font=GOTHIC,
            size_pt=8,
            anchor="right",
            color=GREY,
        )
        sh.rule(20, 22, 190, 22, width_mm=0.6, color=col)
        if i == 0:
            sh.rect(28, 30, 154, 16, width_mm=0.5)
            sh.rect(29.2, 31.2, 151.6, 13.6, width_mm=0.2)
            sh.text(105, 33, R["title"], font=fb, size_pt=fit(R["title"], fb, 11.5, 146), anchor="center")
            sh.text(
                105, 39.2, R["to"], font=f, size_pt=fit(R["to"], f, 8.5, 146), anchor="center", color=GREY
            )
            return sh, 54
        return sh, 30

    pg = Pager(new_page, bottom=272)
    pg.tag("personal")
    rows = _rows(c, lang)
    h = 9 + sum(5.6 * max(1, len(wrap(v, 96, f, size))) for _, v, _ in rows) + 4
    sh = pg.sh
    sh.rect(20, pg.y, 170, h, width_mm=0.35)
    sh.rect(20, pg.y, 170, 7, width_mm=0, fill=tuple(int(255 - (255 - v) * 0.14) for v in col))
    sh.text(23, pg.y + 1.5, R["box"], font=fb, size_pt=9.5, color=col)
    y = pg.y + 10
    for lab, val, tag in rows:
        if tag:
            pg.tag(tag)
        vr = wrap(val, 96, f, size) or [""]
        w = sh.text(23, y, lab, font=f, size_pt=size - 0.8)
        sh.rule(24 + w, y + 3.6, 86, y + 3.6, width_mm=0.15, color=(120, 120, 120), dash=0.35)
        for j, r_ in enumerate(vr):
            sh.text(88, y + j * 5.6, r_, font=f, size_pt=size)
        if not val:
            sh.rule(88, y + 3.6, 186, y + 3.6, width_mm=0.15, color=(120, 120, 120), dash=0.35)
        y += 5.6 * len(vr)
    pg.y += h + 7
    H = R["h"]
    letter = 0
    for head, body, tag in (
        (H[0], s31_family(c, lang), "family"),
        (H[1], s31_identity(c, lang), "identity"),
        (H[2], s31_medical(c, lang), "medical"),
        (H[3], s31_coi(c, lang), "coi"),
        (H[4], s31_other(c, lang), "parallel"),
        (H[5], s31_ask(c, lang), None),
    ):
        if not body:
            continue
        pg.ensure(16)
        pg.tag(tag)
        head = f"{'ABCDEF'[letter]}. {head.split('. ', 1)[1]}"
        letter += 1
        pg.lines(20, 170, head.upper(), font=fb, size=9.6, color=col, gap=1.2)
        pg.lines(20, 170, _mono(body) if f == CPSANS else body, font=f, size=size, leading=1.45, gap=4)
    pg.ensure(48)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.text(20, y, R["done"].format(city=L["city"], date=c.d(c.app_date, lang)), font=f, size_pt=size)
    sh.text(20, y + 7, R["sig"], font=f, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(22, y + 12, rng.uniform(40, 52), 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(
            86,
            y + 12,
            [L["firm"].upper()[:26], "ADVOCATEN – AVOCATS", f"{L['pc']} {L['city'].upper()}"],
            rng,
            shape="oval",
            size_mm=34,
            color=STAMP_BLUE,
            angle=rng.uniform(-8, 8),
        )
    sh.text(20, y + 30, _lawyer_title(L, lang), font=fb, size_pt=size)
    pg.y = y + 42
    ann = list(c.annexes)
    if ann:
        rh = 6.4
        pg.ensure(18 + rh * min(4, len(ann)))
        s2 = pg.sh
        s2.text(20, pg.y, R["inv"], font=fb, size_pt=11, color=col)
        yy = pg.y + 7
        s2.rect(20, yy, 170, rh, width_mm=0.25, fill=(236, 236, 236))
        for x, t in ((22, R["cols"][0]), (36, R["cols"][1]), (176, R["cols"][2])):
            s2.text(x, yy + 1.2, t, font=fb, size_pt=9)
        yy += rh
        for i, (key, d) in enumerate(ann, 1):
            if yy + rh > 275:
                pg.new()
                s2, yy = pg.sh, pg.y
            s2.rect(20, yy, 170, rh, width_mm=0.2)
            s2.rule(34, yy, 34, yy + rh, width_mm=0.2)
            s2.rule(172, yy, 172, yy + rh, width_mm=0.2)
            s2.text(23, yy + 1.3, str(i), font=f, size_pt=9)
            s2.text(36, yy + 1.3, d, font=f, size_pt=fit(d, f, 9, 134))
            s2.text(176, yy + 1.3, str(c.annex_pages.get(key, "")), font=f, size_pt=9)
            yy += rh
        pg.y = yy + 4
    N = len(pg.pages)
    for i, p_ in enumerate(pg.pages, 1):
        p_.text(105, 288, f"{i}/{N}", font=f, size_pt=8, anchor="center", color=GREY)
    return pg.pages, pg.tags


_reg(
    "be9ter-app-nl-lawyer-inventaris-identificatiekader-stippellijnen-ovale-stempel-31",
    "application",
    PART,
    "nl",
    lambda c, r: app_boxed(c, r, lang="nl"),
    "request with the letterhead at the top right over a coloured rule, the identification in a ruled box with "
    "dotted leaders, lettered sections, signature below 'Opgemaakt te', oval stamp beside, inventory table",
)
_reg(
    "be9ter-app-fr-lawyer-inventaire-cadre-identification-pointilles-cachet-ovale-31",
    "application",
    PART,
    "fr",
    lambda c, r: app_boxed(c, r, lang="fr"),
    "requête avec cadre d'identification à points de conduite, sections lettrées, inventaire en tableau",
)


# --------------------------------------------------------------------------- application 3: landscape intake form

_LF = {
    "nl": dict(
        org="CAW Limburg – Sociaal-Juridische Dienst · Hasselt",
        title="Aanvraag medische regularisatie (artikel 9ter) – invulformulier",
        s=[
            "1. Aanvrager",
            "2. Verblijf",
            "3. Gezinsleden",
            "4. Identiteit",
            "5. Ziekte en behandeling",
            "6. Zorg in het land van herkomst",
            "7. Andere procedures",
            "8. Bijlagen",
            "9. Ondertekening",
        ],
        dom="Woonplaatskeuze (waar DVZ de brieven stuurt)",
        opts=["verblijfsadres", "advocaat", "ander adres"],
        decl="Ik vraag een machtiging tot verblijf om medische redenen en bevestig dat de gegevens op dit "
        "formulier juist zijn. Het formulier wordt aangetekend naar de Dienst Vreemdelingenzaken "
        "verstuurd.",
        sign="Handtekening van de aanvrager",
        place="Plaats en datum",
        page="blad {i}/{n}",
    ),
    "fr": dict(
        org="CPAS de Saint-Gilles – Service social, cellule séjour",
        title="Demande de régularisation médicale (article 9ter) – formulaire",
        s=[
            "1. Demandeur",
            "2. Résidence",
            "3. Membres de la famille",
            "4. Identité",
            "5. Maladie et traitement",
            "6. Soins au pays d'origine",
            "7. Autres procédures",
            "8. Annexes",
            "9. Signature",
        ],
        dom="Élection de domicile (adresse où l'OE envoie le courrier)",
        opts=["adresse de résidence", "avocat", "autre adresse"],
        decl="Je demande une autorisation de séjour pour raisons médicales et je confirme l'exactitude des "
        "données de ce formulaire. Le formulaire est envoyé par recommandé à l'Office des Étrangers.",
        sign="Signature du demandeur",
        place="Lieu et date",
        page="feuille {i}/{n}",
    ),
}


def _mono(s: str) -> str:
    """Courier Prime Sans has no micro sign: a typist writes 'mcg'."""
    return s.replace("µg", "mcg").replace("µ", "mc")


def _first_person(text: str | None, lang: str) -> str | None:
    if not text:
        return text
    rep = [
        ("De aanvraagster, ", "Ik, "),
        ("De aanvrager, ", "Ik, "),
        ("La demanderesse, ", "Moi, "),
        ("Le demandeur, ", "Moi, "),
        ("is geboren op", "ben geboren op"),
        ("est née le", "née le"),
        ("est né le", "né le"),
        ("De aanvraagster verblijft", "Ik verblijf"),
        ("De aanvrager verblijft", "Ik verblijf"),
        ("La demanderesse réside", "Je réside"),
        ("Le demandeur réside", "Je réside"),
        ("lijdt de aanvraagster", "lijd ik"),
        ("lijdt de aanvrager", "lijd ik"),
        ("la demanderesse souffre", "je souffre"),
        ("le demandeur souffre", "je souffre"),
    ]
    for a, b in rep:
        text = text.replace(a, b)
    return text


def app_landscape_form(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """A social service's intake form printed in LANDSCAPE: a dark title strip across the top, the questions in
    two columns of boxes whose label sits inside the box's top-left corner, the answers written in the box (by hand
    in block capitals, or typed in Courier Prime Sans by the social worker); the domicile as three round options;
    the declaration and the signature on the second sheet, the signature INSIDE a box whose label is printed in the
    box's top-left corner."""
    R = _LF[lang]
    f, fb = NARROW, NARROW_B
    hf = "blockcaps" if hand else None
    af = CPSANS
    ink = rng.choice([INK_BLUE, INK_BLACK])
    dark = rng.choice([(40, 40, 48), (0, 76, 96), (90, 30, 60)])
    W, H = 297.0, 210.0
    colx = [14.0, 153.0]
    cw = 130.0
    pages: list[Sheet] = []
    tags: dict = {}
    state = {"col": 0, "y": 0.0}

    def new_page():
        sh = Sheet(W, H)
        sh.rect(0, 0, W, 13, width_mm=0, fill=dark)
        sh.text(14, 2.8, R["title"], font=fb, size_pt=12, color=(255, 255, 255))
        sh.text(W - 14, 3.6, R["org"], font=f, size_pt=8.5, color=(230, 230, 230), anchor="right")
        pages.append(sh)
        state["col"], state["y"] = 0, 20.0

    def tag(t):
        if t:
            tags.setdefault(t, len(pages))

    def need(h):
        if state["y"] + h > H - 12:
            if state["col"] == 0:
                state["col"], state["y"] = 1, 20.0
            else:
                new_page()

    def rows_of(v: str) -> list[str]:
        if not v:
            return []
        if hand:
            return wrap(glyphs(str(v).upper(), "blockcaps"), (cw - 6) * 0.82, "blockcaps", 10.5)
        return wrap(_mono(str(v)), cw - 6, af, 9.2)

    def sect(t, label, value, tg=None, n=1):
        heading(t, 5.6 + 5.6 * max(n, len(rows_of(value or ""))) + 1.5)
        box(label, value, tg, n)

    def put(sh, x, y, s):
        if hand:
            sh.handwriting(x, y - 1.2, s, rng, size_pt=10.5, color=ink, font=hf, jitter=0.7)
        else:
            sh.text(x, y, s, font=af, size_pt=9.2)

    def heading(t, room: float = 18):
        need(max(18, room + 10))
        sh = pages[-1]
        x = colx[state["col"]]
        sh.text(x, state["y"], t, font=fb, size_pt=10.5, color=dark)
        sh.rule(x, state["y"] + 5, x + cw, state["y"] + 5, width_mm=0.3, color=dark)
        state["y"] += 8

    def box(label, value, t=None, n=1):
        r = rows_of(value or "")
        k = max(n, len(r))
        h = 5.6 + 5.6 * k + 1.5
        need(h + 2)
        tag(t)
        sh = pages[-1]
        x, y = colx[state["col"]], state["y"]
        sh.rect(x, y, cw, h, width_mm=0.3)
        if label:
            sh.text(x + 1.2, y + 0.8, label, font=f, size_pt=7, color=(90, 90, 90))
        for i, ln in enumerate(r):
            put(sh, x + 3, y + 5 + i * 5.6, ln)
        state["y"] += h + 2

    new_page()
    rows = _rows(c, lang)
    heading(R["s"][0], 12)
    tag("personal")
    for lab, val, t in rows[:7]:
        box(lab, val, t)
    sect(R["s"][1], rows[7][0], rows[7][1], "residence", n=2)
    need(16)
    sh = pages[-1]
    x = colx[state["col"]]
    sh.text(x, state["y"], R["dom"], font=f, size_pt=8, color=(90, 90, 90))
    state["y"] += 5
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    xx = x + 2
    for k, o in enumerate(R["opts"]):
        on = (dom == "residence" and k == 0) or (dom == "lawyer" and k == 1) or (dom == "other" and k == 2)
        sh.text(xx, state["y"] - 0.8, "○", font="sans3", size_pt=11)
        if on:
            if hand:
                sh.handwriting(xx - 0.4, state["y"] - 2.2, "x", rng, size_pt=13, color=ink, font="hand4")
            else:
                sh.text(xx + 0.9, state["y"] - 0.2, "●", font="sans3", size_pt=7.5)
        xx += sh.text(xx + 5, state["y"], o, font=f, size_pt=9) + 12
    state["y"] += 7
    if dom in ("lawyer", "other") and len(rows) > 8:
        box("", rows[8][1])
    if c.family:
        sect(R["s"][2], "", _first_person(s31_family(c, lang), lang), "family", n=2)
    sect(R["s"][3], "", _first_person(s31_identity(c, lang), lang), "identity", n=2)
    sect(R["s"][4], "", _first_person(s31_medical(c, lang), lang), "medical", n=3)
    coi = s31_coi(c, lang)
    sect(R["s"][5], "", coi or "—", "coi" if coi else None, n=2)
    oth = s31_other(c, lang)
    sect(R["s"][6], "", oth or "—", "parallel" if oth else None)
    ann = [d for _, d in c.annexes]
    if ann:
        sect(R["s"][7], "", " / ".join(f"{i}. {d}" for i, d in enumerate(ann, 1)), n=2)
    # the last block always stands in the right column of the last sheet
    if state["col"] == 0:
        state["col"], state["y"] = 1, 20.0
    heading(R["s"][8], 58)
    sh = pages[-1]
    x = colx[state["col"]]
    y = sh.paragraph(x, state["y"], cw, R["decl"], font=fb, size_pt=9.4, leading=1.35) + 4
    sh.rect(x, y, 50, 16, width_mm=0.3)
    sh.text(x + 1.2, y + 0.8, R["place"], font=f, size_pt=7, color=(90, 90, 90))
    pl = f"{c.addr.city}, {fdate(c.app_date, 'dots', lang)}"
    put(sh, x + 3, y + 7, glyphs(pl.upper(), "blockcaps") if hand else pl)
    sh.rect(x + 54, y, cw - 54, 30, width_mm=0.3)
    sh.text(x + 55.2, y + 0.8, R["sign"], font=f, size_pt=7, color=(90, 90, 90))
    tags["signature"] = len(pages)
    if "unsigned" not in c.flags:
        sh.signature(x + 60, y + 8, rng.uniform(42, 58), 18, rng, color=ink)
    n = len(pages)
    for i, s_ in enumerate(pages, 1):
        s_.text(W - 14, H - 8, R["page"].format(i=i, n=n), font=f, size_pt=8, anchor="right", color=GREY)
    return pages, tags


_reg(
    "be9ter-app-nl-form-caw-liggend-twee-kolommen-blokletters-31",
    "application",
    PART,
    "nl",
    lambda c, r: app_landscape_form(c, r, lang="nl", hand=True),
    "a social service's intake form in landscape, two columns of boxes with the label in the corner, answered by "
    "hand in block capitals, signature inside a box",
)
_reg(
    "be9ter-app-fr-form-cpas-paysage-deux-colonnes-dactylo-31",
    "application",
    PART,
    "fr",
    lambda c, r: app_landscape_form(c, r, lang="fr", hand=False),
    "formulaire d'un CPAS en paysage, deux colonnes de cases, réponses tapées en Courier Prime Sans",
)


# --------------------------------------------------------------------------- medical certificate 2024: tables


def medcert_tables(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as a practice's word processor lays it out: every numbered section a full-width table, the
    question in a shaded row and the answer in the row under it, typed in Courier Prime Sans; the doctor's and the
    patient's identification as two-by-two cells; the severity as a row of four cells of which the chosen one is
    shaded and crossed; the last row of the last table holds the date and the RIZIV number at the left and, at the
    right, the signature with the practice stamp pressed over it; 'model 2024 – p. i/n' in the footer."""
    Mx, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    qf, qb, af = NARROW, NARROW_B, CPSANS
    shade = rng.choice([(228, 232, 238), (232, 232, 232), (236, 230, 222)])
    ink = rng.choice([INK_BLUE, INK_BLACK])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, Mx["title"], font=qb, size_pt=14, anchor="center")
            y = sh.paragraph(
                25, 19, 160, Mx["law"], font=qf, size_pt=8, leading=1.25, align="center", color=GREY
            )
            sh.text(105, y + 0.5, Mx["model"], font=qf, size_pt=8, anchor="center", color=GREY)
            return sh, y + 8
        return sh, 16

    pg = Pager(new_page, bottom=272)

    def qrow(t: str, tag: str | None = None):
        rows = wrap(t, 166, qb, 9.2)
        h = 4.4 * len(rows) + 2
        pg.ensure(h + 8)
        pg.tag(tag)
        pg.sh.rect(20, pg.y, 170, h, width_mm=0.25, fill=shade)
        for j, r_ in enumerate(rows):
            pg.sh.text(22, pg.y + 1 + j * 4.4, r_, font=qb, size_pt=9.2)
        pg.y += h

    def arow(val: str, tag: str | None = None, n_min: int = 1):
        rows = wrap(_mono(val), 164, af, 9.2) if val else []
        k = max(n_min, len(rows))
        h = 4.8 * k + 2.5
        if pg.y + h > 272:
            pg.new()
        pg.tag(tag if val else None)
        pg.sh.rect(20, pg.y, 170, h, width_mm=0.25)
        for j, r_ in enumerate(rows):
            pg.sh.text(23, pg.y + 1.3 + j * 4.8, r_, font=af, size_pt=9.2)
        pg.y += h + 3

    def cells(pairs: list[tuple[str, str]], tag: str | None = None):
        pg.ensure(24)
        pg.tag(tag)
        for j, (a, b) in enumerate(pairs):
            x, y = 20 + (j % 2) * 85, pg.y + (j // 2) * 10
            pg.sh.rect(x, y, 85, 10, width_mm=0.25)
            pg.sh.text(x + 1.5, y + 0.8, a, font=qf, size_pt=7, color=(90, 90, 90))
            if b:
                b = _mono(b)
                pg.sh.text(x + 1.5, y + 4.4, b, font=af, size_pt=fit(b, af, 9.4, 81))
        pg.y += 10 * ((len(pairs) + 1) // 2) + 3

    qrow(Mx["s1"], "patient")
    cells([(Mx["name"], v["surname"]), (Mx["first"], v["first"]), (Mx["bd"], v["bd"]), (Mx["nat"], v["nat"])])
    qrow(Mx["s2"], "doctor")
    spec = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    cells(
        [
            (Mx["dname"], d.name()),
            (Mx["riziv"], v["riziv"]),
            (Mx["spec"], spec),
            (Mx["daddr"], f"{d.street}, {d.pc} {d.city}"),
        ]
    )
    qrow(Mx["s3"])
    arow(fdate(c.cert_date - timedelta(days=rng.randint(150, 1500)), "slashes", lang))
    qrow(Mx["s4"])
    arow(v["hist"], None, 2)
    qrow(Mx["s5"], "illness")
    arow(f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness", 2)
    qrow(Mx["s6"], "severity")
    pg.ensure(12)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    for i, o in enumerate(Mx["sevopts"]):
        x = 20 + i * 42.5
        pg.sh.rect(x, pg.y, 42.5, 8, width_mm=0.25, fill=(205, 205, 205) if i == k else None)
        pg.sh.text(
            x + 21.25,
            pg.y + 1.8,
            ("X  " if i == k else "") + o,
            font=qb if i == k else qf,
            size_pt=9.4,
            anchor="center",
        )
    pg.y += 8
    qrow(Mx["s6b"])
    arow(v["sev"], "severity", 2)
    qrow(Mx["s7"] + " – " + Mx["s7a"], "treatment")
    arow(v["meds"], "treatment", 2)
    qrow(Mx["s7b"])
    arow(v["interv"])
    qrow(Mx["s7c"])
    arow(v["dur"])
    qrow(Mx["s8"])
    arow(v["cons"], None, 2)
    qrow(Mx["s9"])
    arow(v["prog"])
    qrow(Mx["s10"])
    arow(v["needs"])
    qrow(Mx["s11"])
    arow(v["travel"])
    pg.ensure(40)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    sh.rect(20, y, 70, 34, width_mm=0.25)
    sh.rect(90, y, 100, 34, width_mm=0.25)
    sh.text(21.5, y + 1, Mx["date"], font=qf, size_pt=7, color=(90, 90, 90))
    sh.text(23, y + 5.5, v["date"], font=af, size_pt=10)
    sh.text(21.5, y + 14, Mx["riziv"], font=qf, size_pt=7, color=(90, 90, 90))
    if v["riziv"]:
        sh.text(23, y + 18.5, v["riziv"], font=af, size_pt=10)
    sh.text(91.5, y + 1, Mx["sign"], font=qf, size_pt=7, color=(90, 90, 90))
    if v["signed"]:
        sh.signature(100 + rng.uniform(0, 20), y + 8, rng.uniform(40, 52), 18, rng, color=ink)
    if v["signed"] or rng.random() < 0.5:
        sh.stamp(
            110 + rng.uniform(0, 20),
            y + 7,
            _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])),
            rng,
            shape="rect",
            size_mm=36,
            color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
            angle=rng.uniform(-7, 7),
        )
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(
            20,
            287,
            {"nl": "model 2024", "fr": "modèle 2024", "de": "Muster 2024", "en": "2024 form"}[lang],
            font=qf,
            size_pt=7.5,
            color=GREY,
        )
        s_.text(190, 287, f"p. {i}/{n}", font=qf, size_pt=7.5, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (
    (
        "nl",
        "2024 model as shaded-question tables, answers in Courier Prime Sans, severity cell "
        "shaded and crossed, stamp over the signature in the last row",
    ),
    ("fr", "modèle 2024 en tableaux, réponses en Courier Prime Sans, cachet sur la signature"),
    ("de", "Muster 2024 als Tabellen, Stempel über der Unterschrift"),
    ("en", "the 2024 model in English (not accepted)"),
):
    _reg(
        f"be9ter-medcert-2024-{_lg}-tabellen-grijze-vraagrij-ernstcel-31",
        "medical-certificate",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medcert_tables(c, r, lang=lg)),
        _d_,
    )


# --------------------------------------------------------------------------- medical certificate, old model by hand


def medcert_old_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model taken from a photocopy of a photocopy (the printed headings a little grey and tilted by
    half a degree, toner specks), filled in by hand in blue ballpoint on dotted lines under each heading, the long
    answers running on to a second sheet; the date and the RIZIV number written at the end, the signature BESIDE
    the printed 'Naam, handtekening en stempel' and the rectangular stamp under it."""
    Mo, v = MC_OLD[lang], _values(c, lang, rng)
    f, fb = ROMAN, ROMAN_B
    hf = rng.choice(["hand1", "hand2"])
    ink = rng.choice([INK_BLUE, (30, 40, 150)])
    tilt = rng.uniform(-0.5, 0.5)

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 14, Mo["title"], font=fb, size_pt=13, anchor="center", color=(40, 40, 40))
            sh.text(105, 20, Mo["sub"], font=f, size_pt=9.5, anchor="center", color=(60, 60, 60))
            sh.text(105, 24.5, Mo["law"], font=f, size_pt=9.5, anchor="center", color=(60, 60, 60))
            return sh, 34
        return sh, 18

    pg = Pager(new_page, bottom=270)

    def head(t: str, tag: str | None = None):
        rows = wrap(t, 170, fb, 9.4)
        pg.ensure(4.6 * len(rows) + 9)
        pg.tag(tag)
        for r_ in rows:
            pg.sh.text(20, pg.y, r_, font=fb, size_pt=9.4, color=(50, 50, 50))
            pg.y += 4.6
        pg.y += 1

    def lines(val: str, tag: str | None = None, n_min: int = 2, x: float = 20):
        rows = wrap(glyphs(val, hf), (190 - x) * 0.8, hf, 11) if val else []
        k = max(n_min, len(rows))
        for j in range(k):
            pg.ensure(7.4)
            if j == 0:
                pg.tag(tag if val else None)
            pg.sh.rule(
                x, pg.y + 6, 190, pg.y + 6 + tilt * 0.3, width_mm=0.12, color=(120, 120, 120), dash=0.4
            )
            if j < len(rows):
                pg.sh.handwriting(x + 1, pg.y - 0.2, rows[j], rng, size_pt=11, color=ink, font=hf)
            pg.y += 7.4
        pg.y += 2

    head(Mo["pat"], "patient")
    lines(v["pat"], "patient", 1)
    head(f"{Mo['bd']}   /   {Mo['nat']}")
    lines(f"{v['bd']}   –   {v['nat']}" if v["bd"] else "", None, 1)
    head(Mo["A"])
    lines(v["hist"])
    head(Mo["B"], "illness")
    head(Mo["diag"])
    lines(f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    head(Mo["sev"], "severity")
    lines(v["sev"], "severity")
    head(Mo["C"], "treatment")
    head(Mo["med"])
    lines(v["meds"], "treatment")
    head(Mo["interv"])
    lines(v["interv"], None, 1)
    head(Mo["dur"])
    lines(v["dur"], None, 1)
    head(Mo["D"])
    lines(v["cons"])
    head(Mo["E"])
    lines(v["prog"])
    head(Mo["F"])
    lines(v["needs"])
    head(Mo["G"])
    lines(v["travel"], None, 1)
    pg.ensure(46)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    w = sh.text(20, y, Mo["date"], font=fb, size_pt=9.4, color=(50, 50, 50))
    sh.handwriting(24 + w, y - 1.5, glyphs(v["date"], hf), rng, size_pt=11.5, color=ink, font=hf)
    w = sh.text(20, y + 8, Mo["riziv"], font=fb, size_pt=9.4, color=(50, 50, 50))
    if v["riziv"]:
        sh.handwriting(24 + w, y + 6.5, v["riziv"], rng, size_pt=11.5, color=ink, font=hf)
    w = sh.text(20, y + 16, Mo["sign"], font=fb, size_pt=9.4, color=(50, 50, 50))
    if v["signed"]:
        sh.signature(24 + w, y + 11, rng.uniform(38, 48), 15, rng, color=ink)
        sh.stamp(
            22,
            y + 22,
            _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])),
            rng,
            shape="rect",
            size_mm=34,
            color=STAMP_BLUE,
            angle=rng.uniform(-4, 4),
        )
    out = []
    for s_ in pg.pages:
        img = s_.render(200).rotate(tilt, fillcolor=(255, 255, 255))
        out.append(sheet_of(platen_dust(img, rng, n=140, hair=False)))
    return out, pg.tags


_reg(
    "be9ter-medcert-old-nl-kopie-van-kopie-balpen-stippellijnen-31",
    "medical-certificate",
    PART,
    "nl",
    lambda c, r: medcert_old_hand(c, r, lang="nl"),
    "previous model from a copy of a copy, filled in by hand in ballpoint on dotted lines, signature beside the "
    "printed label",
)
_reg(
    "be9ter-medcert-old-fr-copie-de-copie-stylo-bille-pointilles-31",
    "medical-certificate",
    PART,
    "fr",
    lambda c, r: medcert_old_hand(c, r, lang="fr"),
    "modèle précédent rempli au stylo à bille sur les pointillés",
)


# --------------------------------------------------------------------------- medical statements


def _ml(c: Case, fixed: str | None = None) -> str:
    return fixed or (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_specialist(c: Case, rng: random.Random, *, lang: str | None = None) -> tuple[list[Sheet], dict]:
    """A specialist's detailed report on two pages: the hospital's name centred in URW Gothic over a double rule,
    the date at the right, 'MEDISCH VERSLAG / RAPPORT MÉDICAL CIRCONSTANCIÉ' centred; the section headings in a
    narrow LEFT margin column beside their text (Anamnese, Klinisch beeld, Diagnose, Behandeling, Prognose,
    Besluit); the second page carries the hospital's name and the page number at the top; signed at the right
    ABOVE the typed name with the RIZIV number under it."""
    lang = _ml(c, lang)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f, fb = SERIFC, SERIFC_B
    inst = d.inst or d.name()
    T = {
        "nl": dict(
            title="MEDISCH VERSLAG",
            re="Betreft",
            b="geboren op",
            h=["Anamnese", "Klinisch beeld", "Diagnose", "Behandeling", "Prognose", "Besluit"],
            concl="Een onderbreking van de behandeling zou levensbedreigend zijn. Een adequate opvolging is "
            "enkel gewaarborgd als de behandeling ononderbroken wordt voortgezet.",
            p="blz.",
        ),
        "fr": dict(
            title="RAPPORT MÉDICAL CIRCONSTANCIÉ",
            re="Concerne",
            b="né(e) le",
            h=["Anamnèse", "Tableau clinique", "Diagnostic", "Traitement", "Pronostic", "Conclusion"],
            concl="Une interruption du traitement mettrait la vie du patient en danger. Un suivi adéquat "
            "n'est garanti que si le traitement est poursuivi sans interruption.",
            p="p.",
        ),
    }[lang]

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, inst, font=GOTHIC_B, size_pt=fit(inst, GOTHIC_B, 13, 170), anchor="center")
            sh.text(
                105,
                18.5,
                d.dept or SPECIALTY[d.spec].get("dept_" + lang, ""),
                font=GOTHIC,
                size_pt=8.5,
                anchor="center",
                color=GREY,
            )
            sh.rule(20, 24, 190, 24, width_mm=0.4)
            sh.rule(20, 25.2, 190, 25.2, width_mm=0.15)
            sh.text(
                190,
                30,
                f"{d.city}, {fr_long(c.medstat_date) if lang == 'fr' else nl_long(c.medstat_date)}",
                font=f,
                size_pt=10,
                anchor="right",
            )
            sh.text(105, 40, T["title"], font=fb, size_pt=13, anchor="center")
            sh.text(
                20,
                50,
                f"{T['re']}: {name_in(c.p, 'SURNAME Given')}, {T['b']} {fdate(c.p.birth_date, 'dots', lang)}",
                font=fb,
                size_pt=10.5,
            )
            return sh, 60
        sh.text(20, 12, inst, font=GOTHIC, size_pt=8.5, color=GREY)
        sh.text(190, 12, f"{T['p']} {i + 1}", font=GOTHIC, size_pt=8.5, color=GREY, anchor="right")
        return sh, 22

    pg = Pager(new_page, bottom=268)
    lab = il.get("lab") or []
    labh = {
        "nl": ("Aanvullend onderzoek", "Laatste bloedafname", "Waarde", "Referentie"),
        "fr": ("Examens complémentaires", "Dernière prise de sang", "Valeur", "Référence"),
    }[lang]
    secs = [
        (T["h"][0], t["history"]),
        (T["h"][1], t["severity"]),
        (labh[0], None),
        (T["h"][2], f"{t['name']} (ICD-10 {il['icd']})."),
        (T["h"][3], "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["duration"]),
        (T["h"][4], t["prognosis"] + " " + t["consequences"] + " " + t["needs"]),
        (T["h"][5], T["concl"]),
    ]
    for i, (h, body) in enumerate(secs):
        if i == 4 and len(pg.pages) == 1:
            pg.new()
        if body is None:
            if not lab:
                continue
            pg.ensure(14 + 5.4 * len(lab))
            pg.sh.text(20, pg.y, h, font=fb, size_pt=9.5)
            pg.sh.text(
                56,
                pg.y,
                f"{labh[1]} ({fdate(c.medstat_date - timedelta(days=rng.randint(3, 20)), 'dots', lang)})",
                font=f,
                size_pt=10.3,
            )
            y = pg.y + 6.5
            pg.sh.rule(56, y - 0.8, 190, y - 0.8, width_mm=0.2)
            for nm_, v_, u_, r_ in lab:
                pg.sh.text(58, y, nm_, font=f, size_pt=9.8)
                pg.sh.text(118, y, f"{v_} {u_}", font=fb, size_pt=9.8)
                pg.sh.text(156, y, r_, font=f, size_pt=9.8, color=GREY)
                y += 5.4
            pg.sh.rule(56, y, 190, y, width_mm=0.2)
            pg.y = y + 6
            continue
        rows = wrap(body, 134, f, 10.3)
        pg.ensure(6 * min(3, len(rows)))
        pg.sh.text(20, pg.y, h, font=fb, size_pt=9.5)
        pg.lines(56, 134, body, font=f, size=10.3, leading=1.45, gap=5)
    pg.ensure(34)
    sh, y = pg.sh, pg.y + 4
    sh.signature(128, y, rng.uniform(38, 48), 14, rng, color=INK_BLUE)
    sh.text(128, y + 16, d.name(), font=fb, size_pt=10.5)
    sh.text(128, y + 21, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9.5)
    sh.text(128, y + 25.5, f"RIZIV/INAMI {d.riziv}", font=f, size_pt=9, color=GREY)
    return pg.pages, {}


def medstat_discharge(c: Case, rng: random.Random, *, lang: str | None = None) -> tuple[list[Sheet], dict]:
    """A discharge letter printed from the hospital's electronic record: the patient's adhesive label (name, date of
    birth, patient number, a barcode) stuck at the top right a little askew, the sections with bold run-in heads,
    the medication as a table (product, dose, frequency), and 'Elektronisch gevalideerd door ... op ...' at the
    end instead of a hand signature."""
    lang = _ml(c, lang)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f, fb = NARROW, NARROW_B
    inst = d.inst or d.name()
    T = {
        "nl": dict(
            title="Ontslagbrief",
            to="Aan de behandelende huisarts",
            a="Opname",
            r="Reden van opname",
            b="Beloop",
            dx="Diagnose",
            m="Medicatie bij ontslag",
            pl="Beleid",
            v="Elektronisch gevalideerd door {d} op {t}",
            cols=["Product", "Dosis / frequentie"],
        ),
        "fr": dict(
            title="Lettre de sortie",
            to="Au médecin traitant",
            a="Hospitalisation",
            r="Motif d'admission",
            b="Évolution",
            dx="Diagnostic",
            m="Traitement de sortie",
            pl="Suivi",
            v="Validé électroniquement par {d} le {t}",
            cols=["Produit", "Dose / fréquence"],
        ),
    }[lang]
    sh = Sheet()
    sh.text(20, 12, inst, font=fb, size_pt=12)
    sh.text(20, 17.5, d.dept or "", font=f, size_pt=8.5, color=GREY)
    lab = Sheet(70, 30)
    lab.rect(0, 0, 70, 30, width_mm=0.2, color=(200, 200, 200), fill=(252, 252, 246))
    lab.text(3, 2, name_in(c.p, "SURNAME Given"), font=fb, size_pt=9.5)
    lab.text(
        3,
        7,
        f"°{fdate(c.p.birth_date, 'dots', lang)}  {'M' if c.p.sex == 'M' else 'V' if lang == 'nl' else 'F'}",
        font=f,
        size_pt=8.5,
    )
    lab.text(3, 11.5, f"Pat.nr {rng.randint(10000000, 99999999)}", font=f, size_pt=8.5)
    bars(lab, 3, 17, 50, 8, c.p.surname)
    paste(sh, lab, 120, 9, dpi=300, angle=rng.uniform(-3, 3))
    sh.text(20, 30, T["to"], font=f, size_pt=10)
    adm = c.medstat_date - timedelta(days=rng.randint(4, 14))
    sh.text(20, 46, T["title"], font=fb, size_pt=15)
    y = 56
    y = (
        sh.paragraph(
            20,
            y,
            170,
            f"{T['a']}: {fdate(adm, 'dots', lang)} – {fdate(c.medstat_date, 'dots', lang)}",
            font=f,
            size_pt=10.5,
        )
        + 3
    )
    for h, body in (
        (T["r"], t["history"]),
        (T["b"], t["severity"] + " " + t["intervention"]),
        (T["dx"], f"{t['name']} (ICD-10 {il['icd']})"),
    ):
        w = sh.text(20, y, h + ". ", font=fb, size_pt=10.5)
        rows = wrap(body, 170 - w, f, 10.5)
        if rows:
            sh.text(20 + w, y, rows[0], font=f, size_pt=10.5)
            rest = " ".join(rows[1:])
            y = sh.paragraph(20, y + 5.2, 170, rest, font=f, size_pt=10.5, leading=1.4) + 3 if rest else y + 8
    sh.text(20, y, T["m"], font=fb, size_pt=10.5)
    y += 6
    sh.rect(20, y, 170, 6, width_mm=0, fill=(232, 232, 232))
    sh.text(22, y + 1, T["cols"][0], font=fb, size_pt=9)
    sh.text(110, y + 1, T["cols"][1], font=fb, size_pt=9)
    y += 6
    for m in t["meds"]:
        mm = re.match(r"^(.*?)\s(\d.*)$", m)
        prod, dose = (mm.group(1), mm.group(2)) if mm else (m, "—")
        prod = prod if sh.text_width(prod, font=f, size_pt=9.8) < 86 else wrap(prod, 86, f, 9.8)[0]
        sh.rule(20, y + 6, 190, y + 6, width_mm=0.12, color=(190, 190, 190))
        sh.text(22, y + 1, prod, font=f, size_pt=9.8)
        sh.text(110, y + 1, dose, font=f, size_pt=fit(dose, f, 9.8, 78))
        y += 6.5
    y += 4
    w = sh.text(20, y, T["pl"] + ". ", font=fb, size_pt=10.5)
    y = (
        sh.paragraph(20 + w, y, 170 - w, t["needs"] + " " + t["duration"], font=f, size_pt=10.5, leading=1.4)
        + 8
    )
    sh.text(
        20,
        y,
        T["v"].format(
            d=d.name(),
            t=fdate(c.medstat_date, "dots", lang)
            + " "
            + f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
        ),
        font=f,
        size_pt=9,
        color=GREY,
    )
    sh.text(20, 285, f"{inst} · {d.street}, {d.pc} {d.city} · {d.tel}", font=f, size_pt=7.5, color=GREY)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(
        f"be9ter-medstat-specialist-{_lg}-twee-bladzijden-kantlijnkoppen-dubbele-lijn-31",
        "medical-statement",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medstat_specialist(c, r, lang=lg)),
        "a specialist's two-page report, section heads in a left margin column, signed above the typed name",
    )
    _reg(
        f"be9ter-medstat-ontslagbrief-{_lg}-patientenetiket-medicatietabel-evalidatie-31",
        "medical-statement",
        PART,
        _lg,
        (lambda c, r, lg=_lg: medstat_discharge(c, r, lang=lg)),
        "a discharge letter from the record system with the patient label stuck on, validated electronically",
    )


# --------------------------------------------------------------------------- country of origin information

_SITE = {
    "COD": ("Santé pour Tous RDC", "www.santepourtous-rdc.org", "fr"),
    "BEN": ("Observatoire béninois de l'accès aux soins", "www.obas-benin.org", "fr"),
    "TUR": ("Patient Rights Watch Türkiye", "www.patientrightswatch.org.tr", "en"),
}


def coi_web_article(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's web article printed from the browser over two pages: the browser's date and page title at the
    top, the URL and 'i/2' at the foot; the article with a large headline, a bold lead paragraph, body text in two
    columns, a pull-quote in a tinted box; the second page ends with the author's line and 'Sources' in small
    type."""
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    org, url, lang = _SITE.get(o, ("Health Access Watch", "www.healthaccesswatch.org", "en"))
    dr = drug(c.illness, lang if lang in ("fr", "en") else "en")
    cn = cname(o, lang)
    when = c.app_date - timedelta(days=rng.randint(20, 120))
    pub = when - timedelta(days=rng.randint(30, 300))
    f, fb = SERIFC, SERIFC_B
    if lang == "fr":
        head = f"{cn} : les malades chroniques face aux ruptures de stock"
        lead = (
            f"Le traitement de base ({dr}) reste introuvable la plupart du temps en dehors de {co['hospital']}, "
            f"et son coût dépasse de loin les moyens des familles."
        )
        body = [
            f"Selon les pharmaciens interrogés dans la capitale, {dr} n'a été disponible que quelques semaines "
            f"au cours de l'année écoulée. Les patients se tournent vers le marché informel, où la qualité des "
            f"produits n'est pas garantie.",
            f"Un mois de traitement coûte environ {il['cost']}, alors que le salaire mensuel moyen est de "
            f"{co['wage']}. {co['insurance_fr']}",
            "Les structures publiques manquent de personnel spécialisé ; les délais pour une consultation "
            "dépassent souvent trois mois, et le suivi biologique n'est assuré que dans un seul laboratoire.",
            "Les associations de patients demandent l'inscription de ces traitements dans un programme national "
            "gratuit, comme c'est le cas pour d'autres maladies prioritaires.",
        ]
        quote = "« Quand le produit manque, nous renvoyons les malades chez eux. » – un médecin de l'hôpital public"
        by, src = (
            f"Rédaction {org} – publié le {fr_long(pub)}",
            "Sources : enquête de terrain ; OMS, profil pays.",
        )
    else:
        head = f"{cn}: chronic patients left without treatment"
        lead = (
            f"The basic treatment ({dr}) is unavailable most of the time outside {co['hospital']}, and its "
            f"cost is far beyond what families can pay."
        )
        body = [
            f"Pharmacists in the capital told us that {dr} was in stock for only a few weeks last year. Patients "
            f"turn to the informal market, where quality is not guaranteed.",
            f"A month of treatment costs about {il['cost']}, against an average monthly wage of {co['wage']}. "
            f"{co['insurance_en']}",
            "Public facilities lack specialised staff; waiting times for a consultation often exceed three "
            "months, and laboratory follow-up is offered by a single laboratory.",
            "Patient associations call for these treatments to be included in a free national programme, as "
            "for other priority diseases.",
        ]
        quote = '"When the product runs out, we send patients home." – a doctor at a public hospital'
        by, src = f"{org} newsroom – published {en_long(pub)}", "Sources: field survey; WHO country profile."
    pages = [Sheet(), Sheet()]
    for i, sh in enumerate(pages):
        sh.text(
            10,
            6,
            f"{when.strftime('%d/%m/%Y')} {rng.randint(9, 20):02d}:{rng.randint(10, 59):02d}",
            font="sans3",
            size_pt=7,
            color=GREY,
        )
        sh.text(105, 6, head[:70], font="sans3", size_pt=7, color=GREY, anchor="center")
        sh.text(
            10,
            290,
            f"https://{url}/{'actualites' if lang == 'fr' else 'news'}/{o.lower()}-{rng.randint(100, 999)}",
            font="sans3",
            size_pt=7,
            color=GREY,
        )
        sh.text(200, 290, f"{i + 1}/2", font="sans3", size_pt=7, color=GREY, anchor="right")
    s = pages[0]
    s.text(20, 16, org, font=GOTHIC_B, size_pt=12, color=(0, 100, 110))
    s.rule(20, 23, 190, 23, width_mm=0.3, color=(0, 100, 110))
    y = s.paragraph(20, 30, 170, head, font=fb, size_pt=19, leading=1.15) + 4
    y = s.paragraph(20, y, 170, lead, font=fb, size_pt=11.5, leading=1.4) + 6
    colw = 81
    yl = s.paragraph(20, y, colw, body[0] + "\n" + body[1], font=f, size_pt=10, leading=1.45)
    s.rect(109, y, colw, 30, width_mm=0, fill=(228, 240, 240))
    yr = s.paragraph(112, y + 3, colw - 6, quote, font=ROMAN_I, size_pt=11, leading=1.35)
    yr = s.paragraph(109, max(yr, y + 30) + 5, colw, body[2], font=f, size_pt=10, leading=1.45)
    s2 = pages[1]
    y2 = s2.paragraph(20, 20, 170, body[3], font=f, size_pt=10, leading=1.45) + 8
    s2.text(20, y2, by, font=ROMAN_I, size_pt=9.5)
    s2.text(20, y2 + 8, src, font=f, size_pt=8, color=GREY)
    _ = (yl, yr)
    return pages, {}


def coi_cost_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's own comparison table printed in LANDSCAPE: one row per element of the treatment (the drug,
    the specialist follow-up, the laboratory tests), columns for availability in the capital, where, the monthly
    cost and the source's number; under the table the average wage and the state of health insurance, and the
    sources numbered in small type at the foot."""
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr", "en") else "fr"
    cn = cname(o, lang)
    dr = drug(c.illness, lang)
    f, fb = NARROW, NARROW_B
    sh = Sheet(297, 210)
    T = {
        "nl": dict(
            t=f"Beschikbaarheid en kostprijs van de behandeling in {cn}",
            c=[
                "Onderdeel van de behandeling",
                f"Beschikbaar in {co['capital']}?",
                "Waar",
                "Kostprijs per maand",
                "Bron",
            ],
            r=[
                (_cap(dr), "zelden (voorraadbreuken)", co["hospital"], il["cost"], "[1]"),
                (
                    "Opvolging door een specialist",
                    "beperkt",
                    co["hospital"],
                    "consultatie ten laste van de patiënt",
                    "[2]",
                ),
                ("Laboratoriumonderzoek", "één labo", co["capital"], "ten laste van de patiënt", "[2]"),
            ],
            w=f"Gemiddeld maandloon: {co['wage']}.",
            ins=co["insurance_nl"],
            src=["[1] Rondvraag bij apotheken in de hoofdstad, via de familie.", "[2] WHO, landenprofiel."],
        ),
        "fr": dict(
            t=f"Disponibilité et coût du traitement : {cn}",
            c=["Élément du traitement", f"Disponible à {co['capital']} ?", "Où", "Coût mensuel", "Source"],
            r=[
                (_cap(dr), "rarement (ruptures de stock)", co["hospital"], il["cost"], "[1]"),
                ("Suivi spécialisé", "limité", co["hospital"], "consultation à charge du patient", "[2]"),
                (
                    "Examens de laboratoire",
                    "un seul laboratoire",
                    co["capital"],
                    "à charge du patient",
                    "[2]",
                ),
            ],
            w=f"Salaire mensuel moyen : {co['wage']}.",
            ins=co["insurance_fr"],
            src=["[1] Relevé auprès de pharmacies de la capitale, par la famille.", "[2] OMS, profil pays."],
        ),
        "en": dict(
            t=f"Availability and cost of the treatment in {cn}",
            c=[
                "Part of the treatment",
                f"Available in {co['capital']}?",
                "Where",
                "Cost per month",
                "Source",
            ],
            r=[
                (_cap(dr), "rarely (stock-outs)", co["hospital"], il["cost"], "[1]"),
                ("Specialist follow-up", "limited", co["hospital"], "paid by the patient", "[2]"),
                ("Laboratory tests", "one laboratory", co["capital"], "paid by the patient", "[2]"),
            ],
            w=f"Average monthly wage: {co['wage']}.",
            ins=co["insurance_en"],
            src=["[1] Survey of pharmacies in the capital, through the family.", "[2] WHO, country profile."],
        ),
    }[lang]
    L = c.lawyer or {"firm": ""}
    sh.text(16, 12, L.get("firm", ""), font=f, size_pt=9, color=GREY)
    sh.text(16, 20, T["t"], font=fb, size_pt=15)
    xs = [16, 96, 146, 206, 262]
    ws = [80, 50, 60, 56, 19]
    y = 34
    sh.rect(16, y, 265, 9, width_mm=0.3, fill=(222, 228, 236))
    for x, h in zip(xs, T["c"]):
        sh.text(x + 2, y + 2.2, h, font=fb, size_pt=9.5)
    y += 9
    for row in T["r"]:
        hs = [wrap(v, w - 4, f, 10) for v, w in zip(row, ws)]
        h = 5 * max(len(x) for x in hs) + 4
        sh.rect(16, y, 265, h, width_mm=0.25)
        for x, rr in zip(xs, hs):
            for j, r_ in enumerate(rr):
                sh.text(x + 2, y + 2 + j * 5, r_, font=f, size_pt=10)
        for x in xs[1:]:
            sh.rule(x, y, x, y + h, width_mm=0.2)
        y += h
    y += 8
    sh.text(16, y, T["w"], font=fb, size_pt=10.5)
    y = sh.paragraph(16, y + 7, 265, T["ins"], font=f, size_pt=10.5) + 10
    for s_ in T["src"]:
        sh.text(16, y, s_, font=f, size_pt=8, color=GREY)
        y += 4.5
    return [sh], {}


_reg(
    "be9ter-coi-ngo-webartikel-twee-kolommen-kaderquote-twee-bladzijden-31",
    "country-of-origin-info",
    PART,
    "fr/en",
    coi_web_article,
    "an NGO's web article printed from the browser over two pages, two columns, a pull-quote",
)
_reg(
    "be9ter-coi-kantoor-kostentabel-liggend-bronnen-31",
    "country-of-origin-info",
    PART,
    "nl/fr/en",
    coi_cost_table,
    "the law office's landscape table of availability and monthly cost with numbered sources",
)


# --------------------------------------------------------------------------- asylum proof


def asylum_annex26_photo(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 photographed by the applicant with a phone, the folded sheet lying in its clear plastic sleeve on
    a table (a glare across it), the photographer's shadow over a corner; the office printed the photo on A4 with
    the file's name typed under it."""
    p = c.p
    nl = lang == "nl"
    a = Sheet(paper="green")
    f, fb = NARROW, NARROW_B
    a.text(14, 10, "KONINKRIJK BELGIË" if nl else "ROYAUME DE BELGIQUE", font=fb, size_pt=10)
    a.text(
        14,
        15,
        "FOD Binnenlandse Zaken – Dienst Vreemdelingenzaken"
        if nl
        else "SPF Intérieur – Office des Étrangers",
        font=f,
        size_pt=9,
    )
    a.text(105, 30, "BIJLAGE 26" if nl else "ANNEXE 26", font=fb, size_pt=18, anchor="center")
    a.paragraph(
        30,
        40,
        150,
        (
            "Bewijs van inschrijving – verzoek om internationale bescherming"
            if nl
            else "Attestation d'immatriculation – demande de protection internationale"
        ),
        font=f,
        size_pt=10,
        align="center",
    )
    a.photo(152, 50, 32, 40, rng)
    rows = [
        ("Naam" if nl else "Nom", p.surname.upper()),
        ("Voornaam" if nl else "Prénom", p.given_names),
        ("Geboren op" if nl else "Né(e) le", fdate(p.birth_date, "dots", lang)),
        ("te" if nl else "à", p.birth_place),
        ("Nationaliteit" if nl else "Nationalité", COUNTRIES[p.nationality]["adj_" + lang]),
        ("OV-nummer" if nl else "N° SP", c.ov or "—"),
        ("Verzoek ingediend op" if nl else "Demande introduite le", fdate(c.asylum["lodged"], "dots", lang)),
    ]
    y = 54
    for lab, val in rows:
        a.text(16, y, lab, font=f, size_pt=9.5, color=GREY)
        a.text(62, y, glyphs(val, fb), font=fb, size_pt=11)
        a.rule(62, y + 5.2, 146, y + 5.2, width_mm=0.15, color=(120, 140, 120))
        y += 9
    a.paragraph(
        16,
        y + 6,
        170,
        (
            "Dit document is geen identiteitsbewijs. Het is geldig tot de beslissing over het "
            "verzoek, behoudens verlenging."
            if nl
            else "Ce document ne constitue pas une pièce d'identité. Il est valable jusqu'à la "
            "décision sur la demande, sauf prorogation."
        ),
        font=f,
        size_pt=9.5,
        leading=1.4,
    )
    a.stamp(
        120, y + 22, ["DVZ – OE", "BRUSSEL · BRUXELLES"], rng, shape="round", size_mm=26, color=STAMP_BLUE
    )
    a.signature(150, y + 30, 34, 11, rng, color=INK_BLACK)
    img = camera_photo(a, rng, dpi=150, bg=(120, 104, 92), margin=0.08, tilt=0.025)
    from PIL import Image, ImageDraw

    gl = Image.new("L", img.size, 0)
    gd = ImageDraw.Draw(gl)
    W, H = img.size
    gd.polygon([(W * 0.55, 0), (W * 0.68, 0), (W * 0.2, H), (W * 0.07, H)], fill=70)
    from PIL import ImageFilter

    gl = gl.filter(ImageFilter.GaussianBlur(W / 60))
    img = Image.composite(Image.new("RGB", img.size, (255, 255, 255)), img, gl)
    img = own_shadow(img, rng, strength=0.28)
    sh = Sheet()
    w = 170
    sh.image(20, 18, w, w * img.height / img.width, img)
    sh.text(
        20,
        18 + w * img.height / img.width + 4,
        f"IMG_{c.app_date.strftime('%Y%m%d')}_{rng.randint(100000, 235959)}.jpg",
        font="sans3",
        size_pt=8,
        color=GREY,
    )
    return [sh], {}


def asylum_red_cross(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A Red Cross reception centre's attestation that the resident is an applicant for international protection
    whose procedure is still pending: the organisation's name and the centre's address at the top left, the
    attestation as three short paragraphs, the director's signature BELOW her name and the centre's round stamp
    over the signature."""
    p = c.p
    nl = lang == "nl"
    f, fb = GOTHIC, GOTHIC_B
    sh = Sheet()
    org = "Rode Kruis-Vlaanderen – Opvangcentrum" if nl else "Croix-Rouge de Belgique – Centre d'accueil"
    ctr = (
        rng.choice(["Sint-Niklaas", "Deinze", "Mechelen"])
        if nl
        else rng.choice(["Jumet", "Bierset", "Manhay"])
    )
    sh.rect(20, 12, 6, 6, width_mm=0, fill=(210, 20, 30))
    sh.rect(22, 10, 2, 10, width_mm=0, fill=(210, 20, 30))
    sh.rect(18, 14, 10, 2, width_mm=0, fill=(210, 20, 30))
    sh.text(32, 11, org, font=fb, size_pt=11)
    sh.text(32, 16.5, ctr, font=f, size_pt=9, color=GREY)
    sh.text(
        190,
        34,
        f"{ctr}, {fdate(c.app_date - timedelta(days=rng.randint(3, 25)), 'long', lang)}",
        font=f,
        size_pt=10,
        anchor="right",
    )
    sh.text(20, 48, "ATTEST" if nl else "ATTESTATION", font=fb, size_pt=15)
    e = "e" if c.fem else ""
    paras = (
        [
            f"Wij bevestigen dat {'mevrouw' if c.fem else 'de heer'} {p.surname.upper()} {p.given_names}, geboren "
            f"op {fdate(p.birth_date, 'dots', lang)} te {p.birth_place}, van {COUNTRIES[p.nationality]['adj_nl']} "
            f"nationaliteit (OV-nummer {c.ov or '—'}), sinds {fdate(c.asylum['lodged'] + timedelta(days=3), 'long', lang)} "
            f"in ons opvangcentrum verblijft.",
            f"Betrokkene heeft op {fdate(c.asylum['lodged'], 'long', lang)} een verzoek om internationale "
            f"bescherming ingediend. Volgens de gegevens waarover wij beschikken, werd over dat verzoek nog geen "
            f"definitieve beslissing genomen.",
            "Dit attest wordt afgeleverd op vraag van betrokkene, om te dienen waar nodig.",
        ]
        if nl
        else [
            f"Nous certifions que {'Madame' if c.fem else 'Monsieur'} {p.surname.upper()} {p.given_names}, né{e} le "
            f"{fdate(p.birth_date, 'dots', lang)} à {p.birth_place}, de nationalité "
            f"{COUNTRIES[p.nationality]['adj_fr']} (n° SP {c.ov or '—'}), réside dans notre centre depuis le "
            f"{fdate(c.asylum['lodged'] + timedelta(days=3), 'long', lang)}.",
            f"L'intéressé{e} a introduit le {fdate(c.asylum['lodged'], 'long', lang)} une demande de protection "
            f"internationale. Selon les informations dont nous disposons, cette demande n'a pas encore fait "
            f"l'objet d'une décision définitive.",
            "La présente attestation est délivrée à la demande de l'intéressé(e) pour servir et valoir ce que de "
            "droit.",
        ]
    )
    y = 62
    for t in paras:
        y = sh.paragraph(20, y, 170, t, font=f, size_pt=10.5, leading=1.5) + 5
    g, s = rng.choice(
        [("Annelies", "Goossens"), ("Hilde", "De Smet")]
        if nl
        else [("Isabelle", "Renard"), ("Catherine", "Lambotte")]
    )
    sh.text(20, y + 6, f"{g} {s}", font=fb, size_pt=10.5)
    sh.text(20, y + 11, "centrumdirecteur" if nl else "directrice du centre", font=f, size_pt=9.5, color=GREY)
    sh.signature(20, y + 16, 40, 14, rng, color=INK_BLUE)
    sh.stamp(
        44,
        y + 12,
        [org.split(" – ")[0].upper(), ctr.upper()],
        rng,
        shape="round",
        size_mm=26,
        color=STAMP_RED,
    )
    return [sh], {}


_reg(
    "be9ter-asylum-bijlage-26-telefoonfoto-plastic-hoes-schaduw-31",
    "asylum-proof",
    PART,
    "nl",
    lambda c, r: asylum_annex26_photo(c, r, lang="nl"),
    "annex 26 photographed in its plastic sleeve, printed on A4",
)
_reg(
    "be9ter-asylum-rode-kruis-opvangcentrum-attest-lopende-procedure-31",
    "asylum-proof",
    PART,
    "nl",
    lambda c, r: asylum_red_cross(c, r, lang="nl"),
    "Red Cross reception centre's attest of a pending procedure",
)
_reg(
    "be9ter-asylum-croix-rouge-centre-accueil-attestation-procedure-31",
    "asylum-proof",
    PART,
    "fr",
    lambda c, r: asylum_red_cross(c, r, lang="fr"),
    "attestation d'un centre d'accueil de la Croix-Rouge",
)
_reg(
    "be9ter-asylum-annexe-26-photo-pochette-plastique-ombre-31",
    "asylum-proof",
    PART,
    "fr",
    lambda c, r: asylum_annex26_photo(c, r, lang="fr"),
    "annexe 26 photographiée dans sa pochette, imprimée",
)


# --------------------------------------------------------------------------- registered-mail receipts


def rm_counter_a5(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's counter terminal's A5 proof of deposit printed on plain paper in a monospaced face (office, date and
    time, item number with barcode, the addressee as typed at the counter, the fee), folded twice to fit the
    client's envelope and copied unfolded on the upper half of an A4 sheet, the clerk's initials in pen."""
    s = Sheet(148, 105)
    f = "mono2"
    s.text(6, 5, "bpost", font=GOTHIC_B, size_pt=14)
    s.text(142, 6, "BEWIJS VAN AFGIFTE / PREUVE DE DÉPÔT", font=f, size_pt=7, anchor="right")
    s.text(6, 15, f"Kantoor/Bureau : {_post_office(c)}", font=f, size_pt=7.5)
    s.text(
        6,
        19.5,
        f"Datum/Date : {c.rm_date.strftime('%d-%m-%Y')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
        font=f,
        size_pt=7.5,
    )
    s.text(6, 24, "Zending/Envoi : AANGETEKEND – RECOMMANDÉ", font=f, size_pt=7.5)
    bars(s, 6, 30, 62, 11, c.rm_track)
    s.text(37, 42.5, track_spaced(c.rm_track), font=f, size_pt=7.5, anchor="center")
    s.text(76, 30, "Bestemmeling / Destinataire :", font=f, size_pt=7)
    for i, ln in enumerate(c.rm_to):
        s.text(76, 34.5 + i * 4, ln[:34], font=f, size_pt=7.5)
    s.text(6, 52, "Afzender / Expéditeur :", font=f, size_pt=7)
    for i, ln in enumerate(_sender_lines(c)[:3]):
        s.text(6, 56 + i * 4, ln[:40], font=f, size_pt=7.5)
    s.text(6, 76, f"Te betalen / À payer : {rng.choice(['8,70', '9,10', '9,55'])} EUR", font=f, size_pt=8)
    s.text(6, 82, "Bewaar dit bewijs / Conservez cette preuve", font=f, size_pt=6.8)
    s.handwriting(
        118, 86, rng.choice(["MV", "JD", "KB", "SL"]), rng, size_pt=12, font="hand1", color=INK_BLUE
    )
    sh = Sheet()
    paste(sh, s, 31, 16, dpi=240)
    from PIL import ImageDraw

    img = sh.render(210)
    d = ImageDraw.Draw(img, "RGBA")
    k = 210 / 25.4
    for xx in (31 + 148 / 3, 31 + 2 * 148 / 3):
        for i in range(7):
            d.line(
                [(int(xx * k) + i, int(16 * k)), (int(xx * k) + i, int(121 * k))],
                fill=(60, 60, 60, 30 - i * 4),
            )
    return [sheet_of(img)], {}


def rm_screen(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The item's tracking page on bpost's website, photographed with a phone off the office's monitor (the
    browser's bar, the page with the item number, the status 'afgegeven aan het loket' and the addressee, a
    faint pixel grid and moiré) and printed on A4."""
    pg = Sheet(190, 130)
    f = "sans3"
    pg.rect(0, 0, 190, 12, width_mm=0, fill=(239, 51, 64))
    pg.text(6, 3, "bpost", font=GOTHIC_B, size_pt=16, color=(255, 255, 255))
    pg.text(184, 4.2, "Track & Trace", font=f, size_pt=9, color=(255, 255, 255), anchor="right")
    pg.text(8, 20, f"Zending / Envoi {track_spaced(c.rm_track)}", font=f, size_pt=11)
    pg.text(8, 28, "Aangetekende zending – Envoi recommandé", font=f, size_pt=8.5, color=GREY)
    steps = [
        ("Afgegeven aan het loket / Déposé au guichet", c.rm_date, _post_office(c)),
        ("In sortering / En tri", c.rm_date, "Brussel X"),
    ]
    y = 38
    for i, (t, d, w) in enumerate(steps):
        pg.rect(8, y, 4, 4, width_mm=0, fill=(239, 51, 64) if i == 0 else (180, 180, 180))
        pg.text(16, y - 0.6, t, font=f, size_pt=9.5)
        pg.text(16, y + 4.4, f"{d.strftime('%d/%m/%Y')} – {w}", font=f, size_pt=8, color=GREY)
        y += 13
    pg.text(110, 38, "Bestemmeling / Destinataire", font=f, size_pt=8, color=GREY)
    for i, ln in enumerate(c.rm_to):
        pg.text(110, 43 + i * 4.6, ln, font=f, size_pt=9)
    img = screen_photo(pg, rng, title=f"bpost – Track & Trace {c.rm_track}", dpi=170)
    sh = Sheet()
    w = 180
    sh.image(15, 22, w, w * img.height / img.width, img)
    return [sh], {}


def rm_stub_note(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The registered label's stub (the small 'R' strip with the barcode and number) stuck by the counter clerk
    on a yellow sticky note on which the secretary wrote the addressee and the date; the note photographed on the
    desk under a lamp, the photographer's shadow over a corner; the photo sent as the file."""
    n = Sheet(76, 76)
    n.rect(0, 0, 76, 76, width_mm=0, fill=(252, 238, 130))
    stub = Sheet(56, 20)
    stub.rect(0, 0, 56, 20, width_mm=0.3, fill=(255, 255, 255))
    stub.text(2, 1.2, "R", font=GOTHIC_B, size_pt=16)
    stub.text(10, 1.5, "AANGETEKEND · RECOMMANDÉ", font="sans3", size_pt=4.6)
    bars(stub, 10, 6, 42, 7, c.rm_track)
    stub.text(31, 14.5, track_spaced(c.rm_track), font="mono2", size_pt=5.2, anchor="center")
    paste(n, stub, 10, 6, dpi=300, angle=rng.uniform(-4, 4))
    hf = rng.choice(["hand1", "hand2"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    y = 34
    for ln in list(c.rm_to) + [f"aangetekend {c.rm_date.strftime('%d/%m')}"]:
        n.handwriting(
            5, y, glyphs(ln[:30], hf), rng, size_pt=fit(glyphs(ln[:30], hf), hf, 11, 80), color=ink, font=hf
        )
        y += 8
    img = own_shadow(camera_photo(n, rng, dpi=260, bg=(92, 70, 52), margin=0.2, tilt=0.04), rng, strength=0.3)
    return [sheet_of(img, 90, 90 * img.height / img.width)], {}


_reg(
    "be9ter-rm-loket-a5-afgiftebewijs-mono-twee-vouwen-31",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_counter_a5,
    "the counter terminal's A5 proof of deposit in a mono face, folded twice, copied on A4",
)
_reg(
    "be9ter-rm-trackpagina-foto-van-beeldscherm-31",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_screen,
    "bpost's tracking page photographed off the office's monitor, printed on A4",
)
_reg(
    "be9ter-rm-r-strook-op-geeltje-telefoonfoto-31",
    "registered-mail-receipt",
    PART,
    "nl/fr",
    rm_stub_note,
    "the R label's stub on a yellow sticky note with the addressee written by hand, a phone photo",
)


# --------------------------------------------------------------------------- others


def other_declaration_notebook(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour written by the applicant on a sheet torn from a spiral notebook (squared paper, the
    ragged left edge with the spiral's holes), in the first person, giving name, birth and nationality from what
    he or she says and explaining why no document can be produced; signed at the end under the date."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    for x in range(14, 206, 5):
        sh.rule(x, 8, x, 290, width_mm=0.08, color=(180, 200, 225))
    for y in range(8, 291, 5):
        sh.rule(10, y, 206, y, width_mm=0.08, color=(180, 200, 225))
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    e = "e" if c.fem else ""
    txt = (
        {
            "fr": [
                "Déclaration sur l'honneur",
                "",
                f"Je soussigné{e} {p.surname.upper()} {p.given_names}, déclare sur l'honneur être né{e} le "
                f"{fr_long(p.birth_date)} à {p.birth_place} et être de nationalité "
                f"{COUNTRIES[p.nationality]['adj_fr']}.",
                "Je n'ai plus aucun papier d'identité : tout est resté au pays quand je suis parti(e) et ma famille "
                "ne peut pas me les envoyer.",
                "Je déclare que ce que j'écris est la vérité.",
                "",
                f"Fait à {c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'slashes', 'fr')}",
            ],
            "nl": [
                "Verklaring op eer",
                "",
                f"Ik, {p.surname.upper()} {p.given_names}, verklaar op eer dat ik geboren ben op "
                f"{nl_long(p.birth_date)} in {p.birth_place} en de {COUNTRIES[p.nationality]['adj_nl']} "
                f"nationaliteit heb.",
                "Ik heb geen identiteitspapieren meer: alles is in mijn land gebleven toen ik vertrok en mijn "
                "familie kan ze niet opsturen.",
                "Ik verklaar dat dit de waarheid is.",
                "",
                f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'slashes', 'nl')}",
            ],
        }
    )[lang]
    y = 22
    for i, para in enumerate(txt):
        if not para:
            y += 5
            continue
        for r_ in wrap(glyphs(para, hf), 150, hf, 12.5):
            sh.handwriting(30 if i else 60, y, r_, rng, size_pt=13.5 if i == 0 else 12.5, color=ink, font=hf)
            y += 10
    sh.signature(34, y + 2, 48, 17, rng, color=ink)
    return [sheet_of(torn_notebook(sh.render(200), rng))], {}


def other_pharmacy_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's attestation of the medicines dispensed over the last three months, printed from the
    pharmacy software as a ruled table (date, CNK, product, quantity, patient's share), the pharmacist's stamp and
    initials at the foot; copied with a water stain in the lower half."""
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f, fb = NARROW, NARROW_B
    sh = Sheet()
    name = rng.choice(["Pharmacie du Midi", "Apotheek Sint-Jan", "Pharmacie Centrale", "Apotheek Den Hert"])
    sh.text(20, 14, name, font=fb, size_pt=13, color=(0, 120, 70))
    sh.text(
        20,
        20,
        f"{c.addr.postcode} {c.addr.city} · APB {rng.randint(100000, 999999)}",
        font=f,
        size_pt=9,
        color=GREY,
    )
    sh.text(20, 36, "Attestation de délivrance" if lang == "fr" else "Afleveringsattest", font=fb, size_pt=14)
    sh.text(20, 44, name_in(c.p, "SURNAME Given"), font=f, size_pt=10.5)
    cols = (
        [("Date", 20), ("CNK", 44), ("Produit", 66), ("Qté", 150), ("Ticket mod.", 166)]
        if lang == "fr"
        else [("Datum", 20), ("CNK", 44), ("Product", 66), ("Aantal", 150), ("Remgeld", 166)]
    )
    y = 56
    sh.rect(20, y, 170, 7, width_mm=0, fill=(230, 238, 232))
    for h, x in cols:
        sh.text(x + 1, y + 1.5, h, font=fb, size_pt=9)
    y += 7
    d0 = c.app_date - timedelta(days=90)
    for k in range(3):
        dd = d0 + timedelta(days=30 * k + rng.randint(0, 5))
        for m in t["meds"]:
            sh.rule(20, y + 6, 190, y + 6, width_mm=0.1, color=(200, 200, 200))
            vals = [
                dd.strftime("%d/%m/%Y"),
                str(rng.randint(1000000, 4999999)),
                m[:48],
                "1",
                f"{rng.uniform(1.5, 15):.2f} €".replace(".", ","),
            ]
            for (_h, x), v in zip(cols, vals):
                sh.text(x + 1, y + 1, v, font=f, size_pt=9)
            y += 6.5
    sh.stamp(
        120,
        y + 10,
        [name.upper(), f"{c.addr.postcode} {c.addr.city.upper()}"],
        rng,
        shape="rect",
        size_mm=32,
        color=STAMP_BLUE,
    )
    sh.handwriting(
        126, y + 26, "ph. " + rng.choice(["AD", "VM", "LC"]), rng, size_pt=11, font="hand1", color=INK_BLUE
    )
    return [sheet_of(water_stain(sh.render(200), rng, where=(0.3, 0.8), r=0.12))], {}


def other_email_posting(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's e-mail to the client confirming that the application went out, printed from the mail client
    (sender, recipient, date and subject lines, a short body, the firm's signature block with a disclaimer)."""
    L = c.lawyer or {
        "first": "",
        "last": "",
        "mail": "info@cabinet.be",
        "firm": "",
        "street": "",
        "pc": "",
        "city": "",
    }
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    f = "sans2"
    p = c.p
    mail = f"{_people_mail(p.given_names)}.{_people_mail(p.surname)}@gmail.com"
    for i, (a, b) in enumerate(
        (
            ("Van" if lang == "nl" else "De", f"{L['first']} {L['last']} <{L['mail']}>"),
            ("Aan" if lang == "nl" else "À", mail),
            ("Datum" if lang == "nl" else "Date", fdate(c.rm_date, "long", lang) + " 17:42"),
            (
                "Onderwerp" if lang == "nl" else "Objet",
                "Uw aanvraag 9ter" if lang == "nl" else "Votre demande 9ter",
            ),
        )
    ):
        sh.text(20, 16 + i * 5.4, f"{a}:", font=f, size_pt=9.5, color=GREY)
        sh.text(44, 16 + i * 5.4, b, font=f, size_pt=9.5)
    sh.rule(20, 39, 190, 39, width_mm=0.2, color=(190, 190, 190))
    body = (
        {
            "nl": [
                f"Beste {p.given_names},",
                "Uw aanvraag op grond van artikel 9ter werd vandaag aangetekend "
                "verstuurd naar de Dienst Vreemdelingenzaken. Ik bezorg u een kopie van het volledige dossier "
                "zodra ik het bewijs van afgifte heb ingescand.",
                "U hoeft voorlopig niets te doen. Meld ons wel elke adreswijziging.",
                "Met vriendelijke groeten,",
            ],
            "fr": [
                f"Bonjour {p.given_names},",
                "Votre demande 9ter a été envoyée aujourd'hui par recommandé à "
                "l'Office des Étrangers. Je vous transmettrai une copie du dossier complet dès que la preuve de "
                "dépôt aura été scannée.",
                "Vous n'avez rien à faire pour l'instant. Signalez-nous toutefois tout changement d'adresse.",
                "Bien à vous,",
            ],
        }
    )[lang]
    y = 46
    for t in body:
        y = sh.paragraph(20, y, 170, t, font=f, size_pt=10.5, leading=1.45) + 3
    y += 2
    for t in (f"{L['first']} {L['last']}", L["firm"], f"{L['street']}, {L['pc']} {L['city']}"):
        sh.text(20, y, t, font=f, size_pt=9.5)
        y += 4.8
    sh.paragraph(
        20,
        y + 6,
        170,
        (
            "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde."
            if lang == "nl"
            else "Ce message est confidentiel et destiné exclusivement à son destinataire."
        ),
        font=f,
        size_pt=7.5,
        color=GREY,
    )
    return [sh], {}


def _people_mail(s: str) -> str:
    from .people import strip_accents

    return strip_accents(s).lower().replace(" ", "").replace("'", "").replace("-", "")


_reg(
    "be9ter-other-declaration-op-eer-spiraalblok-geruit-handgeschreven-31",
    "other",
    PART,
    "nl/fr",
    other_declaration_notebook,
    "declaration on honour written by hand on a squared sheet torn from a notebook",
)
_reg(
    "be9ter-other-pharmacy-afleveringsattest-tabel-watervlek-31",
    "other",
    PART,
    "nl/fr",
    other_pharmacy_attest,
    "a pharmacy's attestation of dispensed medicines as a table, with a water stain",
)
_reg(
    "be9ter-other-email-advocaat-bevestiging-verzending-31",
    "other",
    PART,
    "nl/fr",
    other_email_posting,
    "the lawyer's e-mail to the client confirming the posting, printed",
)
