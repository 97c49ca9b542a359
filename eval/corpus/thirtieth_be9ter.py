"""9ter families of the `thirtieth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentyninth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s30_*``.
"""
from __future__ import annotations

import random
from datetime import timedelta

from PIL import Image, ImageDraw

from .be9ter import (COUNTRIES, ILLNESSES, INK_BLACK, INK_BLUE, MC_NEW, MC_OLD, SPECIALTY, STAMP_BLUE, STAMP_RED,
                     STAMP_VIOLET, Case, _post_office, _reg, _sender_lines, addr_str, cname, drug, fdate, name_in,
                     track_spaced)
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet
from .thirtieth_identity import crumpled, fr_long, nl_long
from .twentyeighth_be9ter import Pager
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import camera_photo, fit, glyphs, paste, sheet_of, wrap

PART = "thirtieth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- sentences (s30_*)

def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _cl(c: Case, lang: str) -> str:
    """How this part's writers call the applicant: 'cliënt(e)' / 'mon client(e)' / 'my client'."""
    return {"nl": "cliënte" if c.fem else "cliënt", "fr": "ma cliente" if c.fem else "mon client",
            "en": "my client"}[lang]


def _pc(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (bijlage {n})", "fr": f" (annexe {n})", "en": f" (enclosure {n})"}[lang]


def s30_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    place = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    if lang == "nl":
        s = f"Mijn {_cl(c, lang)}, {nm}, " + ("" if nn else f"van {adj} nationaliteit, ") + f"werd geboren op {bd}"
        s += "" if nb else f" te {place}"
        s += "."
        s += (f" {'Haar' if c.fem else 'Zijn'} rijksregisternummer luidt {c.nrn}." if c.nrn else
              f" {'Zij' if c.fem else 'Hij'} is bij uw diensten gekend onder het OV-nummer {c.ov}.")
        return s
    if lang == "fr":
        s = f"{_cap(_cl(c, lang))}, {nm}, " + ("" if nn else f"de nationalité {adj}, ") + \
            f"est né{'e' if c.fem else ''} le {bd}"
        s += "" if nb else f" à {place}"
        s += "."
        s += (f" Son numéro de registre national est le {c.nrn}." if c.nrn else
              f" {'Elle' if c.fem else 'Il'} est connu{'e' if c.fem else ''} de votre administration sous le numéro "
              f"SP {c.ov}.")
        return s
    s = f"My client, {nm}, " + ("" if nn else f"a {COUNTRIES[p.nationality]['adj_en']} national, ") + f"was born on {bd}"
    s += "" if nb else f" in {place}"
    s += "."
    s += f" National register number: {c.nrn}." if c.nrn else f" Immigration Office file number: {c.ov}."
    return s


def s30_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"Mijn {_cl(c, lang)} verblijft momenteel bij kennissen en wenst dat adres niet op te geven.",
                "fr": f"{_cap(_cl(c, lang))} est hébergé{'e' if c.fem else ''} chez des connaissances et ne souhaite "
                      f"pas communiquer cette adresse.",
                "en": "My client is staying with acquaintances and does not wish to give that address."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{'Zij' if c.fem else 'Hij'} verblijft werkelijk in België, op het volgende adres: {a}.",
            "fr": f"{'Elle' if c.fem else 'Il'} réside effectivement en Belgique à l'adresse suivante : {a}.",
            "en": f"My client actually lives in Belgium, at the following address: {a}."}[lang]


def s30_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"Voor alle briefwisseling in deze procedure kiest {_cl(c, lang)} woonplaats op mijn kantoor, "
                      f"{L['street']}, {L['pc']} {L['city']}.",
                "fr": f"Pour toute correspondance relative à la présente procédure, {_cl(c, lang)} fait élection de "
                      f"domicile en mon cabinet, {L['street']}, {L['pc']} {L['city']}.",
                "en": f"For all correspondence in this procedure my client elects domicile at my office, "
                      f"{L['street']}, {L['pc']} {L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze: {c.other_domicile}.", "fr": f"Élection de domicile : {c.other_domicile}.",
                "en": f"Elected domicile: {c.other_domicile}."}[lang]
    return {"nl": "Er wordt woonplaats gekozen op het hierboven vermelde verblijfsadres.",
            "fr": "Domicile est élu à l'adresse de résidence mentionnée ci-dessus.",
            "en": "Domicile is elected at the residential address given above."}[lang]


def s30_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _pc(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"Het verzoek om internationale bescherming dat op {d} werd ingediend, is nog niet definitief "
                      f"afgehandeld{r}. De verplichting om de identiteit aan te tonen geldt daarom niet.",
                "fr": f"La demande de protection internationale introduite le {d} n'a pas encore fait l'objet d'une "
                      f"décision définitive{r}. L'obligation de démontrer l'identité ne s'applique donc pas.",
                "en": f"The application for international protection lodged on {d} has not yet been finally "
                      f"decided{r}, so the obligation to prove identity does not apply."}[lang]
    if k == "none":
        return {"nl": "Het paspoort is aangevraagd bij de ambassade en zal worden overgemaakt zodra het is "
                      "afgeleverd.",
                "fr": "Le passeport a été demandé à l'ambassade et vous sera transmis dès sa délivrance.",
                "en": "The passport has been requested from the embassy and will be forwarded once issued."}[lang]
    items = [d + _pc(c, key, lang) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling daarvan", "fr": "sa traduction jurée",
                      "en": "its sworn translation"}[lang] + _pc(c, "id-tr", lang))
    lst = "; ".join(items) or "—"
    s = {"nl": f"Ter staving van de identiteit worden neergelegd: {lst}.",
         "fr": f"L'identité est établie par les pièces suivantes : {lst}.",
         "en": f"Identity is established by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is vervallen, maar blijft een geldig bewijs van identiteit.",
              "fr": " Le passeport est périmé mais demeure une preuve valable de l'identité.",
              "en": " The passport has expired but remains valid proof of identity."}[lang]
    return s


def s30_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        cd = c.d(c.medstat_date, lang)
        src = {"nl": f"het medisch verslag van {doc} van {cd}", "fr": f"le rapport médical du {doc} du {cd}",
               "en": f"the medical report of {doc} of {cd}"}[lang] + _pc(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type du {doc} daté du {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _pc(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Uit {src} blijkt dat {_cl(c, lang)} lijdt aan {t['name']}. {t['severity']} De noodzakelijke "
                  f"behandeling bestaat uit: {meds}. {t['duration']}",
            "fr": f"Il ressort du {src[3:] if src.startswith('le ') else src} que {_cl(c, lang)} souffre de "
                  f"{t['name']}. {t['severity']} Le traitement nécessaire comprend : {meds}. {t['duration']}",
            "en": f"As {src} shows, my client suffers from {t['name']}. {t['severity']} The treatment needed is: "
                  f"{meds}. {t['duration']}"}[lang]


def s30_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _pc(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"De behandeling is in {cn} niet beschikbaar en niet toegankelijk: {dr} wordt enkel in "
                  f"{o['hospital']} verstrekt en is er vaak maandenlang uitverkocht{r}. Een maand behandeling kost "
                  f"er ongeveer {il['cost']}, terwijl het gemiddelde maandloon {o['wage']} bedraagt. "
                  f"{o['insurance_nl']}",
            "fr": f"Le traitement n'est ni disponible ni accessible au pays d'origine ({cn}) : {dr} n'est délivré "
                  f"qu'à {o['hospital']} et y est régulièrement en rupture de stock pendant des mois{r}. Un mois de "
                  f"traitement y coûte environ {il['cost']}, pour un salaire mensuel moyen de {o['wage']}. "
                  f"{o['insurance_fr']}",
            "en": f"The treatment is neither available nor accessible in {cn}: {dr} is dispensed only at "
                  f"{o['hospital']} and is often out of stock for months{r}. A month of treatment costs about "
                  f"{il['cost']}, against an average monthly wage of {o['wage']}. {o['insurance_en']}"}[lang]


def s30_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "de echtgeno(o)t(e)", "child": "het minderjarige kind"},
           "fr": {"spouse": "le/la conjoint(e)", "child": "l'enfant mineur"},
           "en": {"spouse": "the spouse", "child": "the minor child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
        out.append(f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, {born} {c.d(q.birth_date, lang)} "
                   f"({q.birth_place}){nat}{_pc(c, f'fam{i}', lang)}")
    return {"nl": "De aanvraag wordt ook ingediend voor " + " en ".join(out) + ".",
            "fr": "La demande est également introduite pour " + " et ".join(out) + ".",
            "en": "The application is also made for " + " and ".join(out) + "."}[lang]


def s30_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"{_cap(_cl(c, lang))} diende op {d} al een aanvraag 9ter in waarover nog niet werd "
                          f"beslist. Die aanvraag wordt ingetrokken; alle elementen worden hier herhaald.",
                    "fr": f"{_cap(_cl(c, lang))} a introduit le {d} une demande 9ter toujours pendante. Celle-ci est "
                          f"retirée ; tous les éléments utiles sont repris dans la présente.",
                    "en": f"My client lodged a 9ter application on {d} which is still pending. It is withdrawn; "
                          f"everything relevant is repeated here."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"De procedure tot internationale bescherming werd op {d} afgesloten met een "
                          f"weigeringsbeslissing.",
                    "fr": f"La procédure de protection internationale s'est clôturée le {d} par une décision de "
                          f"refus.",
                    "en": f"The international protection procedure ended with a refusal on {d}."}[lang])
    return " ".join(out) or None


def s30_ask(c: Case, lang: str) -> str:
    return {"nl": "Ik verzoek u dan ook om mijn cliënt(e) op grond van artikel 9ter van de wet van 15 december 1980 "
                  "te machtigen tot een verblijf van meer dan drie maanden in het Rijk.",
            "fr": "Je vous prie dès lors d'autoriser mon/ma client(e) au séjour de plus de trois mois dans le "
                  "Royaume sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "I therefore ask you to grant my client leave to stay in the Kingdom for more than three months "
                  "under Article 9ter of the Law of 15 December 1980."}[lang]


def _labels(c: Case, lang: str) -> list[tuple[str, str, str | None]]:
    """(label, value, tag) of the applicant's data for the labelled layouts."""
    p = c.p
    L = {"nl": ["Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geboorteplaats", "Geboorteland",
                "Rijksregisternummer", "OV-nummer (DVZ)", "Adres van effectieve verblijfplaats", "Gekozen woonplaats"],
         "fr": ["Nom", "Prénoms", "Nationalité", "Date de naissance", "Lieu de naissance", "Pays de naissance",
                "N° de registre national", "N° SP (Office des Étrangers)", "Adresse de résidence effective",
                "Domicile élu"],
         "en": ["Surname", "Given names", "Nationality", "Date of birth", "Place of birth", "Country of birth",
                "National register number", "Immigration Office number", "Address of actual residence",
                "Elected domicile"]}[lang]
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    rows = [(L[0], p.surname.upper(), "personal"), (L[1], p.given_names, None),
            (L[2], "" if nn else COUNTRIES[p.nationality]["adj_" + lang], None),
            (L[3], c.d(p.birth_date, lang), None), (L[4], "" if nb else p.birth_place, None),
            (L[5], "" if nb else cname(c.birth_cc(), lang), None),
            (L[6], c.nrn, None) if c.nrn else (L[7], c.ov or "", None),
            (L[8], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), "residence")]
    dom = s30_domicile(c, lang)
    if dom:
        if c.domicile == "lawyer" and c.lawyer:
            L_ = c.lawyer
            v = f"{L_['firm']}, {L_['street']}, {L_['pc']} {L_['city']}"
        elif c.domicile == "other":
            v = c.other_domicile or ""
        else:
            v = {"nl": "het verblijfsadres", "fr": "l'adresse de résidence", "en": "the residential address"}[lang]
        rows.append((L[9], v, None))
    return rows


# --------------------------------------------------------------------------- application 1: lawyer's letter, prose

_LP = {"nl": dict(reg="AANGETEKEND", to=["Dienst Vreemdelingenzaken", "Directie Toegang en Verblijf – Cel 9ter",
                                         "Pachecolaan 44", "1000 BRUSSEL"],
                  ours="Ons kenmerk", yours="Uw kenmerk", subj="Aanvraag machtiging tot verblijf op grond van artikel "
                  "9ter Vreemdelingenwet", sal="Geachte heer, mevrouw,",
                  intro="Namens mijn {cl} richt ik tot u een aanvraag tot machtiging tot verblijf om medische redenen.",
                  h=["Persoonsgegevens", "Verblijfplaats en woonplaatskeuze", "Gezinsleden", "Identiteit",
                     "Medische situatie", "Behandeling in het land van herkomst", "Andere procedures", "Verzoek"],
                  close="Met de meeste hoogachting,", enc="Bijlagen", page="{i}/{n}", role="advocaat",
                  home="Verblijfplaats"),
       "fr": dict(reg="RECOMMANDÉ", to=["Office des Étrangers", "Direction Accès et Séjour – Cellule 9ter",
                                        "Boulevard Pachéco 44", "1000 BRUXELLES"],
                  ours="Notre réf.", yours="Votre réf.", subj="Demande d'autorisation de séjour sur la base de "
                  "l'article 9ter de la loi du 15 décembre 1980", sal="Madame, Monsieur,",
                  intro="Je m'adresse à vous au nom de {cl} afin d'introduire une demande d'autorisation de séjour "
                        "pour raisons médicales.",
                  h=["Identité", "Résidence et élection de domicile", "Famille", "Preuve d'identité",
                     "Situation médicale", "Traitement au pays d'origine", "Autres procédures", "Demande"],
                  close="Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
                  enc="Pièces jointes", page="{i}/{n}", role="avocat", home="Résidence"),
       "en": dict(reg="REGISTERED MAIL", to=["Immigration Office (DVZ/OE)", "Access and Residence – 9ter Unit",
                                             "Pachecolaan 44", "1000 BRUSSELS"],
                  ours="Our ref.", yours="Your ref.", subj="Application for leave to stay under Article 9ter of the "
                  "Aliens Act", sal="Dear Sir or Madam,",
                  intro="On behalf of {cl} I hereby submit an application for leave to stay on medical grounds.",
                  h=["Personal details", "Residence and elected domicile", "Family", "Identity", "Medical situation",
                     "Treatment in the country of origin", "Other procedures", "Request"],
                  close="Yours faithfully,", enc="Enclosures", page="{i}/{n}", role="lawyer", home="Residence")}


def app_prose(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter with the firm's name centred in spaced small capitals between two thin rules at the top;
    the place and date at the LEFT above the addressee; the references in a two-cell strip; headings in small
    capitals, underlined; everything about the applicant in prose; the signature at the end of the letter with
    no label, the lawyer's name typed under it; the enclosures as a numbered list after the signature; the bar's
    footer line on every page with 'i/n' at the right."""
    L, R = c.lawyer, _LP[lang]
    f = rng.choice(["serif4", "serif7", "serif"])
    size = 10.5
    col = rng.choice([(30, 30, 30), (40, 50, 90), (80, 40, 40)])
    firm = L["firm"].upper()

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.rule(40, 12, 170, 12, width_mm=0.2, color=col)
            sh.text(105, 14.5, firm, font=f, size_pt=fit(firm, f, 12, 128), anchor="center", color=col,
                    letter_spacing=0.9)
            sh.text(105, 20.5, f"{L['street']} – {L['pc']} {L['city']} – {L['tel']}", font=f, size_pt=8,
                    anchor="center", color=GREY)
            sh.rule(40, 25, 170, 25, width_mm=0.2, color=col)
            sh.text(22, 34, f"{L['city']}, {fdate(c.app_date, c.date_style if c.date_style != 'dashes' else 'long', lang)}",
                    font=f, size_pt=size)
            sh.text(22, 42, R["reg"], font=f, size_pt=9.5, bold=True)
            for k, ln in enumerate(R["to"]):
                sh.text(22, 47.5 + k * 4.9, ln, font=f, size_pt=size)
            for j, (a, b) in enumerate(((R["ours"], f"{c.app_date.year}/{rng.randint(100, 999)}"),
                                        (R["yours"], "—"))):
                sh.rect(122 + j * 34, 44, 34, 11, width_mm=0.2, color=(150, 150, 150))
                sh.text(124 + j * 34, 45.2, a, font=f, size_pt=7, color=GREY)
                sh.text(124 + j * 34, 49.5, b, font=f, size_pt=9)
            return sh, 76
        return sh, 20

    pg = Pager(new_page, bottom=268)
    nm = name_in(c.p, "SURNAME Given")
    subj = f"{R['subj']} – {nm}"
    for r_ in wrap(subj, 166, f, size, True):
        pg.sh.text(22, pg.y, r_, font=f, size_pt=size, bold=True)
        pg.y += 5.2
    pg.y += 4
    pg.lines(22, 166, R["sal"], font=f, size=size, gap=2)
    pg.lines(22, 166, R["intro"].format(cl=_cl(c, lang)), font=f, size=size, gap=4)
    H = R["h"]
    for head, body, tag in ((H[0], s30_person(c, lang), "personal"),
                            (H[1] if s30_domicile(c, lang) else R["home"],
                             " ".join(x for x in (s30_home(c, lang), s30_domicile(c, lang)) if x), "residence"),
                            (H[2], s30_family(c, lang), "family"), (H[3], s30_identity(c, lang), "identity"),
                            (H[4], s30_medical(c, lang), "medical"), (H[5], s30_coi(c, lang), "coi"),
                            (H[6], s30_other(c, lang), "parallel"), (H[7], s30_ask(c, lang), None)):
        if not body:
            continue
        pg.ensure(16)
        pg.tag(tag)
        w = pg.sh.text(22, pg.y, head.upper(), font=f, size_pt=9.2, bold=True, letter_spacing=0.4)
        pg.sh.rule(22, pg.y + 4.3, 22 + w, pg.y + 4.3, width_mm=0.2)
        pg.y += 7
        pg.lines(22, 166, body, font=f, size=size, gap=4, leading=1.42)
    pg.ensure(44)
    pg.lines(22, 166, R["close"], font=f, size=size, gap=3)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    if "unsigned" not in c.flags:
        sh.signature(24 + rng.uniform(0, 10), y, rng.uniform(40, 56), 17, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(22, y + 19, f"{L['first']} {L['last']}", font=f, size_pt=size)
    pg.y = y + 30
    ann = [d for _, d in c.annexes]
    if ann:
        pg.lines(22, 166, R["enc"] + ":", font=f, size=size, bold=True, gap=1)
        for i, d in enumerate(ann, 1):
            pg.lines(26, 160, f"{i}. {d}", font=f, size=9.6, gap=0.6)
    n = len(pg.pages)
    for i, p in enumerate(pg.pages, 1):
        p.rule(22, 280, 188, 280, width_mm=0.15, color=(170, 170, 170))
        p.text(22, 282, f"{L['firm']} · {L['mail']}", font=f, size_pt=7.5, color=GREY)
        p.text(188, 282, R["page"].format(i=i, n=n), font=f, size_pt=7.5, anchor="right", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "lawyer's letter, firm's name in spaced capitals between rules, date above the addressee, "
                        "underlined small-capital headings, signature at the end without label"),
                 ("fr", "lettre d'avocat, en-tête centré entre deux filets, date au-dessus du destinataire, "
                        "rubriques soulignées, signature en fin de lettre sans mention"),
                 ("en", "the same letter written in English")):
    _reg(f"be9ter-app-{_lg}-lawyer-prose-kop-tussen-filets-datum-boven-adres-30", "application", PART, _lg,
         (lambda c, r, lg=_lg: app_prose(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 2: letter with data grid

_LI = {"nl": dict(head="VERZOEKSCHRIFT 9TER", sub="aan de Staatssecretaris voor Asiel en Migratie – Dienst "
                  "Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel (aangetekend)", grid="I. Identificatie van "
                  "verzoeker", h=["II. Gezin", "III. Bewijs van identiteit", "IV. Medische gegevens",
                                  "V. Beschikbaarheid en toegankelijkheid", "VI. Overige", "VII. Verzoek"],
                  inv="Inventaris van de stukken", no="Stuk", desc="Omschrijving", sign="Handtekening raadsman",
                  done="Opgemaakt te {city} op {date}"),
       "fr": dict(head="REQUÊTE 9TER", sub="à la Secrétaire d'État à l'Asile et la Migration – Office des Étrangers, "
                  "Boulevard Pachéco 44, 1000 Bruxelles (par recommandé)", grid="I. Identification du requérant",
                  h=["II. Famille", "III. Preuve d'identité", "IV. Éléments médicaux",
                     "V. Disponibilité et accessibilité", "VI. Divers", "VII. Demande"],
                  inv="Inventaire des pièces", no="Pièce", desc="Description", sign="Signature du conseil",
                  done="Fait à {city}, le {date}")}


def app_grid(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's request whose first page opens with a title block in a tinted box and the applicant's data in a
    two-column grid of label cells and value cells; the rest in numbered sections (I. to VII.) with the headings
    in the margin colour; 'Fait à ..., le ...' at the left; the lawyer's signature ABOVE the label 'Signature du
    conseil' with the firm's rectangular stamp pressed over it; the inventory as a table on a page of its own."""
    L, R = c.lawyer, _LI[lang]
    f = rng.choice(["sans2", "sans4", "sans6"])
    size = 10.2
    col = rng.choice([(0, 84, 120), (110, 60, 0), (70, 40, 110)])
    tint = tuple(int(255 - (255 - v) * 0.12) for v in col)

    def new_page(i: int):
        sh = Sheet()
        sh.text(20, 10, f"{L['firm']} – {L['street']}, {L['pc']} {L['city']}", font=f, size_pt=7.5, color=GREY)
        if i == 0:
            sh.rect(20, 16, 170, 20, width_mm=0, fill=tint)
            sh.text(24, 18, R["head"], font=f, size_pt=15, bold=True, color=col)
            sh.paragraph(24, 26, 162, R["sub"], font=f, size_pt=8.2, color=(60, 60, 60))
            return sh, 44
        return sh, 18

    pg = Pager(new_page, bottom=270)
    pg.tag("personal")
    pg.sh.text(20, pg.y, R["grid"], font=f, size_pt=10.5, bold=True, color=col)
    pg.y += 7
    for lab, val, tag in _labels(c, lang):
        rows = wrap(val, 104, f, 9.8) or [""]
        h = 5.2 * len(rows) + 2.2
        pg.ensure(h)
        pg.tag(tag)
        pg.sh.rect(20, pg.y - 1, 62, h, width_mm=0.2, color=(160, 160, 160), fill=(246, 246, 246))
        pg.sh.rect(82, pg.y - 1, 108, h, width_mm=0.2, color=(160, 160, 160))
        pg.sh.text(22, pg.y + 0.2, lab, font=f, size_pt=fit(lab, f, 8.8, 58))
        for j, r_ in enumerate(rows):
            pg.sh.text(84, pg.y + 0.2 + j * 5.2, r_, font=f, size_pt=9.8)
        pg.y += h
    pg.y += 6
    H = R["h"]
    for head, body, tag in ((H[0], s30_family(c, lang), "family"), (H[1], s30_identity(c, lang), "identity"),
                            (H[2], s30_medical(c, lang), "medical"), (H[3], s30_coi(c, lang), "coi"),
                            (H[4], s30_other(c, lang), "parallel"), (H[5], s30_ask(c, lang), None)):
        if not body:
            continue
        pg.ensure(16)
        pg.tag(tag)
        pg.lines(20, 170, head, font=f, size=10.5, bold=True, color=col, gap=1.5)
        pg.lines(20, 170, body, font=f, size=size, gap=4)
    pg.ensure(46)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    sh.text(20, y, R["done"].format(city=L["city"], date=c.d(c.app_date, lang)), font=f, size_pt=size)
    if "unsigned" not in c.flags:
        sh.signature(112, y + 6, rng.uniform(44, 56), 17, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(104 + rng.uniform(0, 8), y + 8, [L["firm"].upper()[:28], f"{L['pc']} {L['city'].upper()}"], rng,
                 shape="rect", size_mm=40, color=STAMP_VIOLET, angle=rng.uniform(-6, 6))
    sh.rule(110, y + 26, 186, y + 26, width_mm=0.2)
    sh.text(110, y + 27.5, R["sign"] + f" – Me {L['first']} {L['last']}" if lang == "fr" else
            R["sign"] + f" – mr. {L['first']} {L['last']}", font=f, size_pt=8.5, color=GREY)
    ann = [d for _, d in c.annexes]
    if ann:
        pg.new()
        s2 = pg.sh
        s2.text(20, pg.y, R["inv"], font=f, size_pt=13, bold=True, color=col)
        y = pg.y + 10
        s2.rect(20, y, 170, 7, width_mm=0, fill=tint)
        s2.text(22, y + 1.6, R["no"], font=f, size_pt=9, bold=True)
        s2.text(42, y + 1.6, R["desc"], font=f, size_pt=9, bold=True)
        y += 8
        for i, d in enumerate(ann, 1):
            rows = wrap(d, 144, f, 9.6)
            h = 5 * len(rows) + 2.5
            s2.rule(20, y + h, 190, y + h, width_mm=0.15, color=(170, 170, 170))
            s2.text(24, y + 1, str(i), font=f, size_pt=9.6)
            for j, r_ in enumerate(rows):
                s2.text(42, y + 1 + j * 5, r_, font=f, size_pt=9.6)
            y += h
    n = len(pg.pages)
    for i, p in enumerate(pg.pages, 1):
        p.text(190, 287, f"– {i} –", font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-app-nl-lawyer-inventaris-identificatieraster-stempel-over-handtekening-30", "application", PART, "nl",
     lambda c, r: app_grid(c, r, lang="nl"),
     "request with a tinted title block, the applicant's data in a label grid, numbered sections, the firm's stamp "
     "over the signature above its label, inventory on its own page")
_reg("be9ter-app-fr-lawyer-inventaire-grille-identification-cachet-sur-signature-30", "application", PART, "fr",
     lambda c, r: app_grid(c, r, lang="fr"), "requête avec grille d'identification, inventaire sur une page à part")


# --------------------------------------------------------------------------- application 3: social service form

_FM = {"nl": dict(org="OCMW – Sociale Dienst · Cel Medische Regularisatie", title="Aanvraagformulier 9ter",
                  intro="Dit formulier wordt samen met de bijlagen aangetekend verstuurd aan de Dienst "
                        "Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel.",
                  A="A. Aanvrager", B="B. Verblijf", C="C. Gezinsleden die mee aanvragen", D="D. Identiteit",
                  E="E. Ziekte en behandeling", F="F. Behandeling in het land van herkomst", G="G. Andere procedures",
                  H="H. Verklaring", dom="Woonplaatskeuze", opts=["op mijn verblijfsadres", "bij mijn advocaat",
                                                                  "op een ander adres"],
                  decl="Ik vraag een machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december "
                       "1980 en verklaar dat de gegevens juist zijn.",
                  sign="Handtekening van de aanvrager", place="Plaats en datum", att="Bijlagen", page="blad {i} / {n}"),
       "fr": dict(org="CPAS – Service social · Cellule régularisation médicale", title="Formulaire de demande 9ter",
                  intro="Ce formulaire est envoyé avec ses annexes par recommandé à l'Office des Étrangers, Boulevard "
                        "Pachéco 44, 1000 Bruxelles.",
                  A="A. Demandeur", B="B. Résidence", C="C. Membres de la famille visés", D="D. Identité",
                  E="E. Maladie et traitement", F="F. Traitement au pays d'origine", G="G. Autres procédures",
                  H="H. Déclaration", dom="Élection de domicile", opts=["à mon adresse de résidence",
                                                                        "chez mon avocat", "à une autre adresse"],
                  decl="Je demande une autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre "
                       "1980 et je déclare que les données sont exactes.",
                  sign="Signature du demandeur", place="Lieu et date", att="Annexes", page="feuillet {i} / {n}")}


def _first(text: str | None, lang: str) -> str | None:
    """The form speaks in the applicant's own voice."""
    if not text:
        return text
    rep = [("Mijn cliënte, ", "Ik, "), ("Mijn cliënt, ", "Ik, "), ("Ma cliente, ", "Moi, "), ("Mon client, ", "Moi, "),
           ("mijn cliënte", "ik"), ("mijn cliënt", "ik"), ("ma cliente", "je"), ("mon client", "je"),
           ("werd geboren", "ben geboren"), ("est née le", "née le"), ("est né le", "né le"),
           ("Zij verblijft", "Ik verblijf"), ("Hij verblijft", "Ik verblijf"),
           ("Elle réside", "Je réside"), ("Il réside", "Je réside"),
           ("Haar rijksregisternummer", "Mijn rijksregisternummer"), ("Zijn rijksregisternummer", "Mijn "
                                                                       "rijksregisternummer"),
           ("Son numéro", "Mon numéro"), ("Zij is bij", "Ik ben bij"), ("Hij is bij", "Ik ben bij"),
           ("Elle est connue", "Je suis connue"), ("Il est connu", "Je suis connu"),
           ("lijdt aan", "lijd aan"), ("souffre de", "souffre de")]
    for a, b in rep:
        text = text.replace(a, b)
    return text


def app_form(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """A public social service's printed 9ter form: section letters in white on a dark square, each question's
    label small above an open box (no lines), the domicile as three square options, the declaration in bold and the
    signature BELOW its label on a dotted line at the end; answered by hand in capitals (or typed in a mono face
    by the social worker), 'feuillet i / n' at the foot."""
    R = _FM[lang]
    p = c.p
    f = "sans4" if lang == "fr" else "sans2"
    hf = rng.choice(["hand1", "hand2", "hand4"]) if hand else None
    af = rng.choice(["mono", "typewriter3"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    dark = rng.choice([(40, 40, 40), (0, 70, 110)])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, R["org"], font=f, size_pt=8.5, color=dark)
            sh.text(20, 19, R["title"], font=f, size_pt=17, bold=True)
            y = sh.paragraph(20, 28, 170, R["intro"], font=f, size_pt=8.6, color=GREY)
            return sh, y + 3
        return sh, 14

    pg = Pager(new_page, bottom=274)

    def val_rows(v: str, w: float) -> list[str]:
        if not v:
            return []
        if hand:
            t = glyphs(str(v).upper(), hf)
            return wrap(t, w * 0.8, hf, 11)
        return wrap(str(v), w * 0.98, af, 9.6)

    def put(sh, x, y, s):
        if hand:
            sh.handwriting(x, y - 1.3, s, rng, size_pt=11, color=ink, font=hf)
        else:
            sh.text(x, y, s, font=af, size_pt=9.6)

    def sec(t: str):
        pg.ensure(18)
        sh = pg.sh
        sh.rect(20, pg.y, 7, 7, width_mm=0, fill=dark)
        sh.text(23.5, pg.y + 1.2, t[0], font=f, size_pt=10, bold=True, color=(255, 255, 255), anchor="center")
        sh.text(30, pg.y + 1.2, t[3:], font=f, size_pt=10.5, bold=True)
        pg.y += 10

    def box(label: str, v: str | None, tag: str | None = None, n: int = 1, x: float = 20, w: float = 170,
            advance: bool = True) -> None:
        rows = val_rows(v or "", w - 4)
        k = max(n, len(rows))
        h = 6.4 * k + 2
        pg.ensure(h + 5)
        pg.tag(tag)
        sh = pg.sh
        sh.text(x, pg.y, label, font=f, size_pt=7.6, color=(70, 70, 70))
        sh.rect(x, pg.y + 3.6, w, h, width_mm=0.25)
        for i, r_ in enumerate(rows):
            put(sh, x + 2, pg.y + 5 + i * 6.4, r_)
        if advance:
            pg.y += h + 6

    def pair(l1, v1, l2, v2, tag=None):
        k = max(1, len(val_rows(v1 or "", 79)), len(val_rows(v2 or "", 79)))
        h = 6.4 * k + 2
        pg.ensure(h + 6)
        y0 = pg.y
        box(l1, v1, tag, n=k, x=20, w=83, advance=False)
        box(l2, v2, None, n=k, x=107, w=83, advance=False)
        pg.y = y0 + h + 6

    rows = _labels(c, lang)
    sec(R["A"])
    pg.tag("personal")
    pair(rows[0][0], rows[0][1], rows[1][0], rows[1][1], "personal")
    pair(rows[2][0], rows[2][1], rows[3][0], rows[3][1])
    pair(rows[4][0], rows[4][1], rows[5][0], rows[5][1])
    box(rows[6][0], rows[6][1])
    sec(R["B"])
    box(rows[7][0], rows[7][1], "residence", n=2)
    pg.ensure(22)
    sh = pg.sh
    sh.text(20, pg.y, R["dom"], font=f, size_pt=7.6, color=(70, 70, 70))
    pg.y += 5
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    x = 22
    for k, o in enumerate(R["opts"]):
        on = (dom == "residence" and k == 0) or (dom == "lawyer" and k == 1) or (dom == "other" and k == 2)
        sh.checkbox(x, pg.y, 3.6, checked=on, rng=rng if hand else None, ink=ink)
        x += sh.text(x + 5, pg.y - 0.2, o, font=f, size_pt=9) + 14
    pg.y += 7
    if dom in ("lawyer", "other"):
        v = rows[-1][1] if len(rows) > 8 else ""
        box("", v, None, n=1)
    if c.family:
        sec(R["C"])
        box("", _first(s30_family(c, lang), lang), "family", n=2)
    sec(R["D"])
    box("", _first(s30_identity(c, lang), lang), "identity", n=2)
    sec(R["E"])
    box("", _first(s30_medical(c, lang), lang), "medical", n=3)
    coi = s30_coi(c, lang)
    sec(R["F"])
    box("", _first(coi, lang) or "—", "coi" if coi else None, n=2)
    oth = s30_other(c, lang)
    sec(R["G"])
    box("", _first(oth, lang) or "—", "parallel" if oth else None, n=1)
    ann = [d for _, d in c.annexes]
    if ann:
        box(R["att"], " – ".join(f"{i}. {d}" for i, d in enumerate(ann, 1)), None, n=2)
    pg.ensure(56)
    sec(R["H"])
    y = pg.sh.paragraph(20, pg.y, 170, R["decl"], font=f, size_pt=9.6, bold=True) + 5
    sh = pg.sh
    sh.text(20, y, R["place"], font=f, size_pt=7.6, color=(70, 70, 70))
    put(sh, 20, y + 5, glyphs(f"{c.addr.city}, {fdate(c.app_date, 'slashes', lang)}", hf) if hand else
        f"{c.addr.city}, {fdate(c.app_date, 'slashes', lang)}")
    sh.text(110, y, R["sign"], font=f, size_pt=7.6, color=(70, 70, 70))
    pg.tags["signature"] = len(pg.pages)
    if "unsigned" not in c.flags:
        sh.signature(114, y + 4, rng.uniform(42, 56), 17, rng, color=ink)
    sh.rule(110, y + 24, 186, y + 24, width_mm=0.2, dash=0.5)
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(105, 287, R["page"].format(i=i, n=n), font=f, size_pt=8, anchor="center", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-app-nl-form-ocmw-open-vakken-sectieletters-getypt-mono-30", "application", PART, "nl",
     lambda c, r: app_form(c, r, lang="nl", hand=False),
     "social service's form, section letters on dark squares, open boxes, typed by the social worker in a mono "
     "face, signature below its label")
_reg("be9ter-app-fr-form-cpas-cases-ouvertes-lettres-section-manuscrit-30", "application", PART, "fr",
     lambda c, r: app_form(c, r, lang="fr", hand=True),
     "formulaire du CPAS rempli à la main en capitales, signature sous la mention")


# --------------------------------------------------------------------------- medical certificate 2024: dictated

def medcert_dictated(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model retyped by a hospital secretary from the doctor's dictation: the questions in bold italic,
    each answer typed under it in a dark blue mono face and indented; the severity as the printed words with the
    chosen one circled by hand; the doctor's identification at the top right in a box; the practice stamp BESIDE
    the signature at the end, the date in ISO or long form; 'p. i/n' at the foot."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["serif2", "serif4"])
    af = rng.choice(["mono", "mono2"])
    blue = (20, 40, 110)
    ink = rng.choice([INK_BLUE, INK_BLACK])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 14, M["title"], font=f, size_pt=14, bold=True)
            y = sh.paragraph(20, 21, 110, M["law"], font=f, size_pt=7.8, leading=1.3, color=GREY)
            sh.text(20, y + 1, M["model"], font=f, size_pt=7.5, color=GREY)
            return sh, max(y + 10, 52)
        return sh, 16

    pg = Pager(new_page, bottom=270)
    # the doctor's box at the top right of page 1
    sh0 = pg.sh
    sh0.rect(136, 12, 54, 34, width_mm=0.3)
    sh0.text(138, 13.5, M["s2"], font=f, size_pt=7.4, bold=True)
    pg.tag("doctor")
    for i, (a, b) in enumerate(((M["dname"], d.name()), (M["riziv"], v["riziv"] or "……………"),
                                (M["spec"], SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")),
                                (M["tel"], d.tel))):
        sh0.text(138, 18 + i * 7, a, font=f, size_pt=6.5, color=GREY)
        sh0.text(138, 21 + i * 7, b, font=af, size_pt=fit(b, af, 8.4, 50), color=blue)

    def q(t: str, tag: str | None = None):
        pg.ensure(14)
        pg.tag(tag)
        pg.lines(20, 170, t, font=f, size=9.8, bold=True, gap=1.2, keep=1)

    def a(val: str, tag: str | None = None, n_min: int = 1):
        rows = wrap(val, 160, af, 9.4) if val else []
        pg.tag(tag if val else None)
        for r_ in rows:
            pg.ensure(5.0)
            pg.sh.text(28, pg.y, r_, font=af, size_pt=9.4, color=blue)
            pg.y += 5.0
        pg.y += 5.0 * max(0, n_min - len(rows)) + 3

    q(M["s1"], "patient")
    for lab, key in ((M["name"], "surname"), (M["first"], "first"), (M["bd"], "bd"), (M["nat"], "nat")):
        pg.ensure(6)
        w = pg.sh.text(28, pg.y, lab + ":", font=f, size_pt=9.4)
        if v[key]:
            pg.sh.text(30 + w, pg.y, v[key], font=af, size_pt=9.4, color=blue)
        pg.y += 5.6
    pg.y += 2
    q(M["s3"])
    a(fdate(c.cert_date - timedelta(days=rng.randint(120, 1400)), "long", lang))
    q(M["s4"])
    a(v["hist"], None, 2)
    q(M["s5"], "illness")
    a(f"{v['ill']} (ICD-10 {v['icd']})" if v["ill"] else "", "illness", 2)
    q(M["s6"], "severity")
    pg.ensure(10)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 28
    for i, o in enumerate(M["sevopts"]):
        w = pg.sh.text(x, pg.y, o, font=f, size_pt=9.6)
        if i == k:
            ring = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
            ImageDraw.Draw(ring).ellipse([6, 6, 294, 114], outline=ink + (255,), width=7)
            pg.sh.image(x - 3, pg.y - 2.2, w + 6, 8.4, ring, blend="multiply")
        x += w + 12
    pg.y += 8
    pg.lines(28, 160, M["s6b"], font=f, size=8.8, gap=0.5)
    a(v["sev"], "severity", 2)
    q(M["s7"], "treatment")
    pg.lines(28, 160, M["s7a"], font=f, size=8.8, gap=0.5)
    a(v["meds"], "treatment", 1)
    pg.lines(28, 160, M["s7b"], font=f, size=8.8, gap=0.5)
    a(v["interv"])
    pg.lines(28, 160, M["s7c"], font=f, size=8.8, gap=0.5)
    a(v["dur"])
    q(M["s8"])
    a(v["cons"], None, 2)
    q(M["s9"])
    a(v["prog"])
    q(M["s10"])
    a(v["needs"])
    q(M["s11"])
    a(v["travel"])
    pg.ensure(42)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 2
    dt_ = v["date"]
    sh.text(20, y, f"{M['date']}: ", font=f, size_pt=9.8, bold=True)
    sh.text(36, y, dt_, font=af, size_pt=9.6, color=blue)
    sh.text(20, y + 8, M["sign"], font=f, size_pt=8.4, color=GREY)
    if v["signed"]:
        sh.signature(24, y + 13, rng.uniform(40, 50), 16, rng, color=ink)
    sh.stamp(82, y + 10, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
             shape="rect", size_mm=40, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), angle=rng.uniform(-4, 4))
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(190, 287, f"p. {i}/{n}", font=f, size_pt=8, anchor="right", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-medcert-2024-nl-gedicteerd-vragen-cursief-antwoorden-blauw-mono-30", "medical-certificate", PART, "nl",
     lambda c, r: medcert_dictated(c, r, lang="nl"),
     "2024 model retyped from dictation, questions bold italic, answers indented in blue mono, severity circled, "
     "stamp beside the signature")
_reg("be9ter-medcert-2024-fr-dicte-questions-italiques-reponses-bleues-30", "medical-certificate", PART, "fr",
     lambda c, r: medcert_dictated(c, r, lang="fr"), "modèle 2024 dactylographié sous dictée")
_reg("be9ter-medcert-2024-en-dictated-italic-questions-blue-answers-30", "medical-certificate", PART, "en",
     lambda c, r: medcert_dictated(c, r, lang="en"), "the 2024 model in English (not accepted)")


# --------------------------------------------------------------------------- medical certificate, old model: table

def medcert_old_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model laid out by a practice as one bordered table: the headings A/ to G/ in grey cells of a
    narrow left column, the answers written by hand with a felt-tip pen in the wide right column; the patient's
    data in a first row across; the date, RIZIV number and signature in the last row, the signature ABOVE the
    printed words 'handtekening / signature', the stamp left of it."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    f = rng.choice(["sans", "sans3"])
    hf = rng.choice(["hand4", "hand2", "hand1"])
    ink = rng.choice([INK_BLUE, INK_BLACK, (20, 20, 20)])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 12, M_["title"], font=f, size_pt=12.5, bold=True, anchor="center")
            sh.text(105, 18.5, f"{M_['sub']} {M_['law']}", font=f, size_pt=fit(f"{M_['sub']} {M_['law']}", f, 8, 170),
                    anchor="center", color=GREY)
            return sh, 28
        return sh, 14

    pg = Pager(new_page, bottom=272)
    LW = 48

    def row(head: str, val: str, tag: str | None = None, n_min: int = 2, bold=True):
        rows = wrap(glyphs(val, hf), (170 - LW - 4) * 0.8, hf, 11.5) if val else []
        hrows = wrap(head, LW - 4, f, 7.8, bold)
        h = max(6.3 * max(n_min, len(rows)), 3.6 * len(hrows)) + 3
        if h > 272 - 14:
            h = 250
        pg.ensure(h)
        pg.tag(tag)
        sh = pg.sh
        sh.rect(20, pg.y, LW, h, width_mm=0.3, fill=(232, 232, 232))
        sh.rect(20 + LW, pg.y, 170 - LW, h, width_mm=0.3)
        for j, hr in enumerate(hrows):
            sh.text(22, pg.y + 1.5 + j * 3.6, hr, font=f, size_pt=7.8, bold=bold)
        for j, r_ in enumerate(rows):
            sh.handwriting(20 + LW + 2, pg.y + 0.6 + j * 6.3, r_, rng, size_pt=11.5, color=ink, font=hf)
        pg.y += h

    row(M_["pat"], v["pat"], "patient", 1)
    row(M_["bd"] + " / " + M_["nat"], f"{v['bd']}  –  {v['nat']}" if v["bd"] else "", None, 1)
    row(M_["A"], v["hist"])
    row(M_["B"].split(":")[0].strip(), f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    row(M_["sev"].rstrip(": "), v["sev"], "severity")
    row(M_["C"].split(" ", 1)[0] + " " + M_["med"].rstrip(": "), v["meds"], "treatment")
    row(M_["interv"].rstrip(": "), v["interv"], None, 1, False)
    row(M_["dur"].rstrip(": "), v["dur"], None, 1, False)
    row(M_["D"], v["cons"])
    row(M_["E"], v["prog"])
    row(M_["F"], v["needs"])
    row(M_["G"], v["travel"])
    pg.ensure(44)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    sh.rect(20, y, 170, 40, width_mm=0.3)
    sh.text(22, y + 2, M_["date"], font=f, size_pt=8.4, bold=True)
    sh.handwriting(38, y + 0.5, glyphs(v["date"], hf), rng, size_pt=11.5, color=ink, font=hf)
    sh.text(22, y + 9, M_["riziv"], font=f, size_pt=8.4, bold=True)
    if v["riziv"]:
        sh.handwriting(48, y + 7.5, v["riziv"], rng, size_pt=11.5, color=ink, font=hf)
    if v["signed"]:
        sh.stamp(24, y + 15, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
                 shape="rect", size_mm=36, color=STAMP_BLUE, angle=rng.uniform(-5, 5))
        sh.signature(120, y + 14, rng.uniform(40, 52), 15, rng, color=ink)
    sh.text(120, y + 33, {"nl": "handtekening", "fr": "signature", "de": "Unterschrift", "en": "signature"}[lang],
            font=f, size_pt=7.5, color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-medcert-old-nl-praktijktabel-grijze-kopcellen-viltstift-30", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_table(c, r, lang="nl"),
     "previous model as one bordered table, headings in grey cells, answers by hand in felt-tip pen")
_reg("be9ter-medcert-old-fr-tableau-cabinet-cases-grises-feutre-30", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_table(c, r, lang="fr"), "modèle précédent en tableau, réponses au feutre")
_reg("be9ter-medcert-old-de-praxistabelle-graue-kopfzellen-filzstift-30", "medical-certificate", PART, "de",
     lambda c, r: medcert_old_table(c, r, lang="de"), "früheres Muster als Tabelle, Filzstift")


# --------------------------------------------------------------------------- medical statements

def _ml(c: Case, fixed: str | None = None) -> str:
    return fixed or (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_specialist(c: Case, rng: random.Random, *, lang: str | None = None) -> tuple[list[Sheet], dict]:
    """A specialist's letter addressed to the lawyer ('Geachte meester' / 'Cher Maître') on a hospital letterhead
    with the department's name in a coloured box at the top right; the findings as a short paragraph, the
    treatment as a dashed list, the conclusion in italics; signed at the right with the doctor's stamp BESIDE the
    signature and the typed name under both."""
    lang = _ml(c, lang)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f = rng.choice(["sans2", "serif2", "sans6"])
    col = rng.choice([(0, 90, 140), (150, 40, 60), (40, 100, 60)])
    sh = Sheet()
    sh.text(20, 14, d.inst or d.name(), font=f, size_pt=13, bold=True, color=col)
    sh.text(20, 20, f"{d.street}, {d.pc} {d.city} · {d.tel}", font=f, size_pt=8, color=GREY)
    sh.rect(126, 11, 64, 14, width_mm=0, fill=col)
    dep = (d.dept or SPECIALTY[d.spec].get(lang, ""))[:40]
    sh.text(158, 15, dep, font=f, size_pt=fit(dep, f, 8.5, 60), color=(255, 255, 255), anchor="center")
    L = c.lawyer or {"first": "", "last": "", "street": "", "pc": "", "city": ""}
    T = {"nl": dict(to=f"Mr. {L['first']} {L['last']}", sal="Geachte meester,", re="Betreft", b="geboren op",
                    tx="Behandeling:", cc="Met collegiale groeten,"),
         "fr": dict(to=f"Maître {L['first']} {L['last']}", sal="Cher Maître,", re="Concerne", b="né(e) le",
                    tx="Traitement :", cc="Veuillez agréer, Maître, mes salutations distinguées.")}[lang]
    sh.text(120, 38, T["to"], font=f, size_pt=10.5)
    sh.text(120, 43, L["street"], font=f, size_pt=10.5)
    sh.text(120, 48, f"{L['pc']} {L['city']}", font=f, size_pt=10.5)
    sh.text(20, 62, f"{d.city}, {fr_long(c.medstat_date) if lang == 'fr' else nl_long(c.medstat_date)}", font=f,
            size_pt=10.5)
    sh.text(20, 70, f"{T['re']}: {name_in(c.p, 'SURNAME, Given')}, {T['b']} {fdate(c.p.birth_date, 'slashes', lang)}",
            font=f, size_pt=10.5, bold=True)
    y = sh.paragraph(20, 80, 170, T["sal"], font=f, size_pt=10.5) + 2
    y = sh.paragraph(20, y, 170, f"{t['history']} {t['name']} (ICD-10 {il['icd']}). {t['severity']}", font=f,
                     size_pt=10.5, leading=1.45) + 3
    sh.text(20, y, T["tx"], font=f, size_pt=10.5, bold=True)
    y += 6
    for m in t["meds"] + [t["intervention"]]:
        y = sh.paragraph(26, y, 164, "– " + m, font=f, size_pt=10.3, leading=1.35) + 1
    y = sh.paragraph(20, y + 3, 170, f"{t['duration']} {t['consequences']} {t['prognosis']}", font=f, size_pt=10.3,
                     leading=1.45, italic=True) + 5
    sh.text(20, y, T["cc"], font=f, size_pt=10.5)
    sh.signature(122, y + 6, rng.uniform(40, 50), 15, rng, color=INK_BLUE)
    sh.stamp(86 + rng.uniform(0, 6), y + 5, [f"Dr {d.first[0]}. {d.last.upper()}", d.riziv, f"{d.pc} {d.city}"], rng,
             shape="rect", size_mm=30, color=STAMP_BLUE, angle=rng.uniform(-6, 6))
    sh.text(122, y + 24, d.name(), font=f, size_pt=10.5)
    sh.text(122, y + 29, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9, color=GREY)
    return [sh], {}


def medstat_consult(c: Case, rng: random.Random, *, lang: str | None = None) -> tuple[list[Sheet], dict]:
    """A consultation report printed from the outpatient clinic's record system in a condensed face: a black
    title bar, a key-value header (patient, date of consultation, consultant), then 'Anamnese / Klinisch onderzoek /
    Besluit / Beleid' blocks, and the last laboratory values as a small grid; signed with a short scribble over
    the typed name at the end (no label)."""
    lang = _ml(c, lang)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    f = "condensed"
    sh = Sheet()
    T = {"nl": dict(t="CONSULTATIEVERSLAG", p="Patiënt", dob="Geboren", dc="Consultatie", by="Arts",
                    s=["Anamnese", "Besluit", "Beleid"], lab="Laatste labo", val="Waarde", ref="Referentie"),
         "fr": dict(t="RAPPORT DE CONSULTATION", p="Patient", dob="Né(e) le", dc="Consultation", by="Médecin",
                    s=["Anamnèse", "Conclusion", "Attitude"], lab="Derniers résultats", val="Valeur",
                    ref="Référence")}[lang]
    sh.rect(0, 10, 210, 11, width_mm=0, fill=(30, 30, 30))
    sh.text(20, 12, T["t"], font=f, size_pt=13, bold=True, color=(255, 255, 255))
    sh.text(190, 13, (d.inst or "")[:40], font=f, size_pt=9, color=(230, 230, 230), anchor="right")
    rows = [(T["p"], name_in(c.p, "SURNAME Given")), (T["dob"], fdate(c.p.birth_date, "dots", lang)),
            (T["dc"], fdate(c.medstat_date, "dots", lang)), (T["by"], f"{d.name()} – {SPECIALTY[d.spec].get(lang, '')}")]
    for i, (a, b) in enumerate(rows):
        sh.text(20, 28 + i * 5.6, a, font=f, size_pt=9, color=GREY)
        sh.text(52, 28 + i * 5.6, b, font=f, size_pt=10, bold=(i == 0))
    y = 54
    for h, txt in zip(T["s"], (t["history"], f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}",
                               "; ".join(t["meds"]) + ". " + t["intervention"] + " " + t["duration"])):
        sh.text(20, y, h, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(20, y + 5.5, 170, txt, font=f, size_pt=10, leading=1.4) + 4
    lab = il.get("lab") or []
    if lab:
        sh.text(20, y, T["lab"], font=f, size_pt=10, bold=True)
        y += 6
        sh.rect(20, y, 170, 6, width_mm=0, fill=(230, 230, 230))
        sh.text(22, y + 1, "", font=f, size_pt=8.5)
        sh.text(80, y + 1, T["val"], font=f, size_pt=8.5, bold=True)
        sh.text(130, y + 1, T["ref"], font=f, size_pt=8.5, bold=True)
        y += 7
        for name, val, unit, ref in lab[:5]:
            sh.text(22, y, name, font=f, size_pt=9)
            sh.text(80, y, f"{val} {unit}", font=f, size_pt=9)
            sh.text(130, y, ref, font=f, size_pt=9, color=GREY)
            y += 5
        y += 4
    sh.signature(20, y + 2, 26, 10, rng, style="zigzag", color=INK_BLACK)
    sh.text(20, y + 8, d.name(), font=f, size_pt=10)
    sh.text(105, 289, f"{d.inst or ''} – {fdate(c.medstat_date, 'iso', lang)}", font=f, size_pt=7, anchor="center",
            color=GREY)
    return [sh], {}


_reg("be9ter-medstat-specialist-nl-brief-aan-advocaat-afdelingsvak-stempel-naast-30", "medical-statement", PART, "nl",
     lambda c, r: medstat_specialist(c, r, lang="nl"),
     "specialist's letter to the lawyer, department in a coloured box, treatment as a dashed list, stamp beside "
     "the signature")
_reg("be9ter-medstat-specialist-fr-lettre-au-conseil-cadre-service-cachet-a-cote-30", "medical-statement", PART, "fr",
     lambda c, r: medstat_specialist(c, r, lang="fr"), "lettre du spécialiste à l'avocat")
_reg("be9ter-medstat-consult-nl-consultatieverslag-zwarte-titelbalk-labo-30", "medical-statement", PART, "nl",
     lambda c, r: medstat_consult(c, r, lang="nl"), "consultation report from the record system, black title bar")
_reg("be9ter-medstat-consult-fr-rapport-consultation-barre-noire-labo-30", "medical-statement", PART, "fr",
     lambda c, r: medstat_consult(c, r, lang="fr"), "rapport de consultation, barre de titre noire")


# --------------------------------------------------------------------------- country of origin information

_NGO = {"CIV": ("Réseau Ivoirien des Personnes vivant avec une maladie chronique", "Abidjan"),
        "CMR": ("Association camerounaise d'aide aux malades chroniques", "Yaoundé"),
        "TUR": ("Kronik Hasta Hakları Derneği (Association for the Rights of Chronic Patients)", "Ankara")}


def coi_price_survey(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A local patients' association's price survey in the country of origin: a letter-headed page with a table
    of pharmacies visited (pharmacy, district, available yes/no, price), the drug in question highlighted in
    yellow, a short conclusion and the association's stamp with the coordinator's signature; received as a scan
    with the crumpled-paper look of a page carried in a pocket."""
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    lang = "en" if o == "TUR" else "fr"
    dr = drug(c.illness, lang)
    name, city = _NGO.get(o, ("Association des patients", co["capital"]))
    f = "sans6"
    sh = Sheet()
    sh.text(20, 14, glyphs(name, f), font=f, size_pt=fit(glyphs(name, f), f, 12, 170, True), bold=True)
    sh.text(20, 20, f"{city} – {cname(o, lang)}", font=f, size_pt=9, color=GREY)
    when = c.app_date - timedelta(days=rng.randint(15, 70))
    sh.text(190, 30, when.strftime("%d/%m/%Y"), font=f, size_pt=10, anchor="right")
    title = "Survey of availability and prices" if lang == "en" else "Relevé de disponibilité et de prix"
    sh.text(20, 38, title, font=f, size_pt=13, bold=True)
    y = sh.paragraph(20, 46, 170, (f"Product searched: {dr}. Visits made in the capital's pharmacies during the "
                                   f"last month." if lang == "en" else
                                   f"Produit recherché : {dr}. Visites effectuées dans des pharmacies de la capitale au "
                                   f"cours du dernier mois."), font=f, size_pt=10, leading=1.4) + 4
    sh.rect(20, y - 1.5, 170, 6.5, width_mm=0, fill=(252, 240, 120))
    sh.text(22, y, glyphs(dr[:90], f), font=f, size_pt=9.5, bold=True)
    y += 9
    heads = ["Pharmacy", "District", "In stock", "Price / month"] if lang == "en" else \
        ["Pharmacie", "Quartier", "Disponible", "Prix / mois"]
    xs = [22, 82, 126, 156]
    sh.rect(20, y, 170, 7, width_mm=0.2, fill=(220, 220, 220))
    for x, h in zip(xs, heads):
        sh.text(x, y + 1.5, h, font=f, size_pt=9, bold=True)
    y += 7
    shops = {"CIV": ["Pharmacie du Plateau", "Pharmacie des Deux-Plateaux", "Pharmacie Saint-Jean", "Pharmacie de la Riviera"],
             "CMR": ["Pharmacie du Centre", "Pharmacie Bastos", "Pharmacie de la Mairie", "Pharmacie Mvog-Mbi"],
             "TUR": ["Merkez Eczanesi", "Kızılay Eczanesi", "Hayat Eczanesi", "Şifa Eczanesi"]}.get(o, ["A", "B", "C", "D"])
    districts = {"CIV": ["Plateau", "Cocody", "Treichville", "Riviera"], "CMR": ["Centre", "Bastos", "Mvog-Ada", "Essos"],
                 "TUR": ["Kızılay", "Ulus", "Çankaya", "Keçiören"]}.get(o, ["-"] * 4)
    for i, (sname, dist) in enumerate(zip(shops, districts)):
        avail = i == 1
        sh.rect(20, y, 170, 7, width_mm=0.15)
        vals = [sname, dist, ("yes (1 box)" if avail else "no") if lang == "en" else ("oui (1 boîte)" if avail else
                                                                                      "non"),
                il["cost"] if avail else "—"]
        for x, v_ in zip(xs, vals):
            sh.text(x, y + 1.6, glyphs(v_, f), font=f, size_pt=fit(glyphs(v_, f), f, 9.2, 42))
        y += 7
    y += 6
    concl = (f"Conclusion: the product is rarely available; when it is, a month of treatment costs {il['cost']}, "
             f"against an average wage of {co['wage']}. {co['insurance_en']}" if lang == "en" else
             f"Conclusion : le produit est rarement disponible ; quand il l'est, un mois de traitement coûte "
             f"{il['cost']}, pour un salaire moyen de {co['wage']}. {co['insurance_fr']}")
    y = sh.paragraph(20, y, 170, glyphs(concl, f), font=f, size_pt=10, leading=1.45) + 8
    sh.text(20, y, "The coordinator" if lang == "en" else "La coordinatrice", font=f, size_pt=10)
    sh.signature(20, y + 5, 40, 13, rng, color=INK_BLUE)
    sh.stamp(70, y, [glyphs(name, "sans").upper()[:26], city.upper()], rng, shape="round", size_mm=28,
             color=STAMP_VIOLET, angle=rng.uniform(-15, 15))
    return [sheet_of(crumpled(sh.render(200), rng, n=7, k=0.12))], {}


def coi_lawyer_memo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's own note on availability and accessibility, one page, in the language of the
    application: a grey header strip 'Note – pays d'origine', numbered findings each ending with its source in
    square brackets, the list of sources at the foot in small type; no signature."""
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr", "en") else "fr"
    cn = cname(o, lang)
    dr = drug(c.illness, lang)
    f = "serif2"
    sh = Sheet()
    sh.rect(0, 10, 210, 14, width_mm=0, fill=(226, 226, 226))
    head = {"nl": f"Nota – beschikbaarheid en toegankelijkheid van de zorg in {cn}",
            "fr": f"Note – disponibilité et accessibilité des soins : {cn}",
            "en": f"Note – availability and accessibility of care in {cn}"}[lang]
    sh.text(20, 14, head, font=f, size_pt=fit(head, f, 12.5, 170, True), bold=True)
    pts = {"nl": [f"{_cap(dr)} staat op de lijst van essentiële geneesmiddelen, maar wordt alleen verstrekt in "
                  f"{co['hospital']}. [1]", f"De voorraad is er sinds maanden onregelmatig; patiënten worden "
                  f"naar private apotheken verwezen. [2]", f"Een maand behandeling kost ongeveer {il['cost']}; het "
                  f"gemiddelde maandloon bedraagt {co['wage']}. [2]", co["insurance_nl"] + " [3]",
                  "Er is geen specialistische opvolging buiten de hoofdstad. [1]"],
           "fr": [f"{_cap(dr)} figure sur la liste des médicaments essentiels, mais n'est délivré qu'à "
                  f"{co['hospital']}. [1]", "L'approvisionnement y est irrégulier depuis des mois ; les patients "
                  "sont renvoyés vers des officines privées. [2]", f"Un mois de traitement coûte environ {il['cost']} "
                  f"; le salaire mensuel moyen est de {co['wage']}. [2]", co["insurance_fr"] + " [3]",
                  "Il n'existe pas de suivi spécialisé hors de la capitale. [1]"],
           "en": [f"{_cap(dr)} is on the essential medicines list but is dispensed only at {co['hospital']}. [1]",
                  "Supply there has been irregular for months; patients are sent to private pharmacies. [2]",
                  f"A month of treatment costs about {il['cost']}; the average monthly wage is {co['wage']}. [2]",
                  co["insurance_en"] + " [3]", "There is no specialist follow-up outside the capital. [1]"]}[lang]
    y = 36
    for i, p_ in enumerate(pts, 1):
        sh.text(20, y, f"{i}.", font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(28, y, 162, p_, font=f, size_pt=10.5, leading=1.45) + 4
    src = [f"[1] WHO, country profile {cn}, {c.app_date.year - 1}.",
           f"[2] {_NGO.get(o, ('NGO', ''))[0]}, {c.app_date.year}.",
           f"[3] Ministry of Health of {cname(o, 'en')}, annual report {c.app_date.year - 1}."]
    sh.rule(20, 262, 90, 262, width_mm=0.2)
    for i, s_ in enumerate(src):
        sh.text(20, 265 + i * 4.2, glyphs(s_, f), font=f, size_pt=8)
    return [sh], {}


_reg("be9ter-coi-patientenvereniging-prijstabel-geel-gemarkeerd-verfrommeld-30", "country-of-origin-info", PART,
     "fr/en", coi_price_survey, "a patients' association's survey of pharmacies and prices, drug highlighted")
_reg("be9ter-coi-kantoornota-genummerde-bevindingen-bronnen-voet-30", "country-of-origin-info", PART, "nl/fr/en",
     coi_lawyer_memo, "the law office's note with numbered findings and sources at the foot")


# --------------------------------------------------------------------------- asylum proof

def asylum_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 on its folded green-grey card stock, copied open on two pages: the front with the Immigration
    Office's heading, the holder's data typed in a ruled block and the photo stapled at the top right; the back
    with the extension boxes, two of them stamped by the commune, and the reception centre's address."""
    p = c.p
    lodged = c.asylum["lodged"]
    nl = lang == "nl"
    f, tf = "sans4", "typewriter3"
    a = Sheet(paper="green")
    a.text(20, 14, "KONINKRIJK BELGIË" if nl else "ROYAUME DE BELGIQUE", font=f, size_pt=9, bold=True)
    a.text(20, 19, "Federale Overheidsdienst Binnenlandse Zaken" if nl else "Service public fédéral Intérieur",
           font=f, size_pt=8.5)
    a.text(20, 23.5, "Dienst Vreemdelingenzaken" if nl else "Office des Étrangers", font=f, size_pt=8.5)
    a.text(105, 36, "BIJLAGE 26" if nl else "ANNEXE 26", font=f, size_pt=16, bold=True, anchor="center")
    a.paragraph(35, 44, 140, "Attest van immatriculatie van een verzoeker om internationale bescherming" if nl else
                "Attestation de dépôt d'une demande de protection internationale", font=f, size_pt=9, align="center")
    a.photo(156, 12, 30, 38, rng)
    a.rule(150, 10, 160, 16, width_mm=0.8, color=(120, 120, 125))
    rows = [("Naam" if nl else "Nom", p.surname.upper()), ("Voornaam" if nl else "Prénom", p.given_names),
            ("Geboortedatum" if nl else "Date de naissance", fdate(p.birth_date, "slashes", lang)),
            ("Geboorteplaats" if nl else "Lieu de naissance", p.birth_place),
            ("Nationaliteit" if nl else "Nationalité", COUNTRIES[p.nationality]["adj_" + lang]),
            ("Dossiernummer DVZ" if nl else "N° de dossier OE", c.ov or "—"),
            ("Datum van het verzoek" if nl else "Date de la demande", fdate(lodged, "slashes", lang))]
    y = 60
    for lab, val in rows:
        a.rect(20, y, 170, 9, width_mm=0.25)
        a.text(22, y + 2.4, lab, font=f, size_pt=8.5, color=GREY)
        a.text(78, y + 2, glyphs(val, tf), font=tf, size_pt=10.5, bold=True)
        y += 9
    y = a.paragraph(20, y + 6, 170, "Dit attest is geen identiteitsbewijs of nationaliteitsbewijs. Het is geldig tot "
                    "de beslissing over het verzoek." if nl else "Cette attestation ne constitue ni une pièce "
                    "d'identité ni une preuve de nationalité. Elle est valable jusqu'à la décision sur la demande.",
                    font=f, size_pt=9.5, leading=1.4) + 6
    a.text(120, y, "Voor de Staatssecretaris," if nl else "Pour la Secrétaire d'État,", font=f, size_pt=9.5)
    a.signature(124, y + 5, 36, 12, rng, color=INK_BLACK)
    a.stamp(82, y + 2, ["DVZ – OE", "BRUSSEL-BRUXELLES"], rng, shape="round", size_mm=26, color=STAMP_BLUE)
    b = Sheet(paper="green")
    b.text(20, 16, "Verlengingen van de geldigheid" if nl else "Prorogations de validité", font=f, size_pt=11,
           bold=True)
    d = lodged
    for i in range(6):
        x, yy = 20 + (i % 3) * 58, 26 + (i // 3) * 40
        b.rect(x, yy, 54, 34, width_mm=0.3)
        nd = d + timedelta(days=rng.randint(85, 100))
        if nd <= c.app_date and i < 4:
            b.stamp(x + 4, yy + 4, [("GEMEENTE " if nl else "COMMUNE ") + c.addr.city.upper()[:16],
                                    ("VERLENGD TOT " if nl else "PROROGÉ AU ") + (nd + timedelta(days=90)).strftime("%d/%m/%Y")],
                    rng, shape="rect", size_mm=44, color=STAMP_VIOLET, angle=rng.uniform(-6, 6))
            d = nd
    b.paragraph(20, 120, 170, ("Opvangstructuur: " if nl else "Structure d'accueil : ") +
                rng.choice(["Fedasil Klein-Kasteeltje, Brussel", "Centre Croix-Rouge de Jumet",
                            "LOI/ILA " + c.addr.city]), font=f, size_pt=9.5)
    return [a, b], {}


def asylum_cgra_attest(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The CGRS's attestation, on the lawyer's request, that the application for international protection is
    still being examined: the CGRS's logo text at the top left, the lawyer as addressee at the right, the
    reference line in bold, the two-sentence attestation, signed for the Commissioner General by an attaché;
    received by e-mail and printed, with the mail client's header above the letter."""
    p = c.p
    nl = lang == "nl"
    f = "sans2"
    sh = Sheet()
    L = c.lawyer or {"first": "", "last": "", "firm": "", "street": "", "pc": "", "city": "", "mail": "x@x.be"}
    sent = c.app_date - timedelta(days=rng.randint(5, 40))
    sh.text(14, 8, f"Van / De: cgvs-cgra.info@ibz.fgov.be   Aan / À: {L['mail']}", font="sans3", size_pt=7.5,
            color=GREY)
    sh.text(14, 12, f"Datum / Date: {sent.strftime('%d/%m/%Y')} – "
            f"{'Attest lopende procedure' if nl else 'Attestation procédure en cours'}", font="sans3", size_pt=7.5,
            color=GREY)
    sh.rule(14, 16, 196, 16, width_mm=0.15, color=(170, 170, 170))
    sh.text(20, 24, "CGVS" if nl else "CGRA", font=f, size_pt=20, bold=True, color=(0, 60, 120))
    sh.text(20, 32, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
            "Commissariat général aux réfugiés et aux apatrides", font=f, size_pt=8.5, color=(0, 60, 120))
    to = [f"{'Mr.' if nl else 'Maître'} {L['first']} {L['last']}", L["firm"], L["street"], f"{L['pc']} {L['city']}"]
    for i, ln in enumerate(to):
        sh.text(120, 42 + i * 5, ln, font=f, size_pt=10)
    sh.text(20, 72, f"{'Uw cliënt' if nl else 'Votre client'}: {p.surname.upper()} {p.given_names} – "
            f"{fdate(p.birth_date, 'dots', lang)} – {COUNTRIES[p.nationality]['adj_' + lang]}", font=f, size_pt=10.5,
            bold=True)
    sh.text(20, 78, f"{'OV-nummer' if nl else 'Numéro SP'}: {c.ov or '—'}   ·   "
            f"{'CGVS-nummer' if nl else 'N° CGRA'}: {sent.year % 100}/{rng.randint(10000, 99999)}", font=f,
            size_pt=10)
    body = ([f"Het CGVS bevestigt dat uw cliënt op {fdate(c.asylum['lodged'], 'long', lang)} een verzoek om "
             f"internationale bescherming heeft ingediend en dat dit verzoek op de datum van dit attest nog in "
             f"behandeling is bij het CGVS.", "Er werd nog geen beslissing genomen."] if nl else
            [f"Le CGRA confirme que votre client a introduit le {fdate(c.asylum['lodged'], 'long', lang)} une demande "
             f"de protection internationale et que cette demande est, à la date de la présente, toujours en cours "
             f"d'examen au CGRA.", "Aucune décision n'a encore été prise."])
    y = 90
    for para in body:
        y = sh.paragraph(20, y, 170, para, font=f, size_pt=10.5, leading=1.45) + 4
    y += 6
    sh.text(20, y, "Voor de Commissaris-generaal," if nl else "Pour le Commissaire général,", font=f, size_pt=10.5)
    g, s = rng.choice([("Inge", "Martens"), ("Fabrice", "Leclercq"), ("Samira", "Haddou")])
    sh.signature(20, y + 5, 36, 12, rng, color=INK_BLACK)
    sh.text(20, y + 19, f"{g} {s}, attaché", font=f, size_pt=10)
    sh.text(20, 280, "Ernest Blerotstraat 39 – 1070 Brussel" if nl else "Rue Ernest Blerot 39 – 1070 Bruxelles",
            font=f, size_pt=8, color=GREY)
    return [sh], {}


_reg("be9ter-asylum-bijlage-26-groen-karton-open-twee-bladzijden-30", "asylum-proof", PART, "nl",
     lambda c, r: asylum_annex26(c, r, lang="nl"), "annex 26 on green card, copied open on two pages")
_reg("be9ter-asylum-annexe-26-carton-vert-deux-pages-30", "asylum-proof", PART, "fr",
     lambda c, r: asylum_annex26(c, r, lang="fr"), "annexe 26 sur carton vert, deux pages")
_reg("be9ter-asylum-cgvs-attest-lopende-procedure-mailprint-30", "asylum-proof", PART, "nl",
     lambda c, r: asylum_cgra_attest(c, r, lang="nl"), "CGVS attest of a pending procedure, printed from e-mail")
_reg("be9ter-asylum-cgra-attestation-procedure-en-cours-mail-30", "asylum-proof", PART, "fr",
     lambda c, r: asylum_cgra_attest(c, r, lang="fr"), "attestation du CGRA, imprimée depuis l'e-mail")


# --------------------------------------------------------------------------- registered-mail receipts

def _ticket(c: Case, rng: random.Random, *, w: float = 72, lang: str = "fr") -> Sheet:
    """bpost's counter ticket for a registered item: the office and date, the item's number with a barcode, the
    addressee's postcode and name, the fee."""
    s = Sheet(w, 128)
    f = "mono2"
    s.text(w / 2, 4, "bpost", font="sans4", size_pt=13, bold=True, anchor="center", color=(0, 0, 0))
    s.text(w / 2, 11, _post_office(c).upper()[:28], font=f, size_pt=7, anchor="center")
    s.text(w / 2, 15, f"{c.rm_date.strftime('%d/%m/%Y')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font=f,
           size_pt=7, anchor="center")
    s.rule(3, 20, w - 3, 20, width_mm=0.2, dash=0.6)
    s.text(4, 23, "ENVOI RECOMMANDÉ / AANGETEKEND" if lang == "fr" else "AANGETEKEND / RECOMMANDÉ", font=f, size_pt=6.5)
    s.text(4, 29, "Destinataire / Bestemmeling :", font=f, size_pt=6.3)
    for i, ln in enumerate(c.rm_to):
        s.text(4, 33 + i * 3.8, ln[:34], font=f, size_pt=6.6)
    y = 33 + len(c.rm_to) * 3.8 + 3
    bars(s, 6, y, w - 12, 10, c.rm_track)
    s.text(w / 2, y + 11.5, track_spaced(c.rm_track), font=f, size_pt=6.6, anchor="center")
    y += 19
    s.text(4, y, "Recommandé national", font=f, size_pt=6.6)
    s.text(w - 4, y, f"{rng.choice(['8,70', '9,10', '9,55'])} EUR", font=f, size_pt=6.6, anchor="right")
    s.text(4, y + 4, "TOTAL", font=f, size_pt=7.4, bold=True)
    s.text(w - 4, y + 4, f"{rng.choice(['8,70', '9,10', '9,55'])} EUR", font=f, size_pt=7.4, bold=True, anchor="right")
    s.text(w / 2, y + 12, "Conservez ce reçu / Bewaar dit ticket", font=f, size_pt=6, anchor="center")
    return s


def rm_register(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's outgoing-mail register page for the day, a ruled table (date, file, addressee, number,
    initials) written by hand by the secretary, with the counter ticket taped on at the right under two strips of
    yellowed adhesive tape."""
    sh = Sheet()
    f = "sans4"
    hf = rng.choice(["hand1", "hand2"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    L = c.lawyer or {"firm": "Cabinet"}
    sh.text(20, 14, f"{L['firm']} – Registre des envois recommandés / Register aangetekende zendingen", font=f,
            size_pt=fit(f"{L['firm']} – Registre des envois recommandés / Register aangetekende zendingen", f, 10, 170,
                        True), bold=True)
    cols = [(20, "Date"), (40, "Dossier"), (62, "Destinataire"), (110, "N° envoi"), (124, "Vis.")]
    y = 24
    for x, t in cols:
        sh.text(x + 1, y, t, font=f, size_pt=8, bold=True)
    sh.rule(20, y + 5, 130, y + 5, width_mm=0.3)
    y += 7
    other = [("SPF Finances", "1030"), ("Tribunal du travail", "1000"), ("CPAS", "1070"), ("Mutualité", "4000")]
    k0 = rng.randint(0, 3)
    items = other[:k0] + [(c.rm_to[0], "x")] + other[k0:k0 + 1]
    for who, _ in items:
        mine = who == c.rm_to[0]
        sh.handwriting(21, y - 1.2, c.rm_date.strftime("%d/%m"), rng, size_pt=9.5, color=ink, font=hf)
        sh.handwriting(41, y - 1.2, f"{c.rm_date.year % 100}/{rng.randint(100, 999)}", rng, size_pt=9.5, color=ink,
                       font=hf)
        sh.handwriting(63, y - 1.2, glyphs(who[:22], hf), rng, size_pt=9.5, color=ink, font=hf)
        sh.handwriting(111, y - 1.2, c.rm_track[-6:] if mine else str(rng.randint(100000, 999999)), rng, size_pt=8.5,
                       color=ink, font=hf)
        sh.rule(20, y + 5, 130, y + 5, width_mm=0.1, color=(160, 160, 160))
        y += 7.5
    t = _ticket(c, rng, lang=c.lang if c.lang in ("nl", "fr") else "fr")
    paste(sh, t, 134, 24, dpi=260, angle=rng.uniform(-3, 3))
    for yy in (22, 148):
        sh.rect(140, yy, 52, 7, width_mm=0, fill=(246, 238, 196))
    return [sh], {}


def rm_keyboard_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter ticket photographed on the office keyboard's dark wrist rest and sent round by e-mail: the
    photo alone as the file (the ticket a little turned, dark around it)."""
    t = _ticket(c, rng, lang=c.lang if c.lang in ("nl", "fr") else "nl")
    img = camera_photo(t, rng, dpi=260, bg=(36, 36, 40), margin=0.14, tilt=0.04)
    return [sheet_of(img, 72 * 1.28, 72 * 1.28 * img.height / img.width)], {}


def rm_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The copy of the envelope's front made before posting and stamped at the counter: the addressee block typed
    in the window, the 'R' label with its barcode and number stuck at the top left, the franking strip at the
    top right, and the counter's round date stamp over the label's edge; copied on A4 in landscape, the rest of the
    sheet blank."""
    sh = Sheet(297, 210)
    f = "sans4"
    x0, y0, W, H = 30, 30, 229, 162
    sh.rect(x0, y0, W, H, width_mm=0.4, color=(150, 150, 150), fill=(250, 248, 240))
    snd = _sender_lines(c)
    for i, ln in enumerate(snd):
        sh.text(x0 + 8, y0 + 8 + i * 4.4, ln, font=f, size_pt=8.5, color=GREY)
    sh.rect(x0 + 8, y0 + 26, 58, 28, width_mm=0.3, fill=(255, 255, 255))
    sh.text(x0 + 12, y0 + 28, "R", font="sans4", size_pt=22, bold=True)
    sh.text(x0 + 24, y0 + 29, "AANGETEKEND", font=f, size_pt=7, bold=True)
    sh.text(x0 + 24, y0 + 33, "RECOMMANDÉ", font=f, size_pt=7, bold=True)
    bars(sh, x0 + 12, y0 + 40, 50, 8, c.rm_track)
    sh.text(x0 + 37, y0 + 49.5, track_spaced(c.rm_track), font="mono2", size_pt=7, anchor="center")
    sh.rect(x0 + W - 70, y0 + 8, 62, 16, width_mm=0.3, fill=(235, 240, 250))
    sh.text(x0 + W - 39, y0 + 10, "BELGIQUE-BELGIË · P.P.", font=f, size_pt=7.5, anchor="center")
    sh.text(x0 + W - 39, y0 + 15, f"{rng.choice(['8,70', '9,10'])} €  {c.rm_date.strftime('%d.%m.%y')}", font="mono2",
            size_pt=8, anchor="center")
    for i, ln in enumerate(c.rm_to):
        sh.text(x0 + 120, y0 + 90 + i * 7, ln, font=f, size_pt=13)
    sh.stamp(x0 + 48, y0 + 38, ["bpost", _post_office(c).upper()[:22], c.rm_date.strftime("%d-%m-%Y")], rng,
             shape="round", size_mm=30, color=STAMP_RED, angle=rng.uniform(-20, 20))
    return [sh], {}


_reg("be9ter-rm-verzendregister-kantoor-ticket-geplakt-plakband-30", "registered-mail-receipt", PART, "fr/nl",
     rm_register, "the office's handwritten register of registered mail with the counter ticket taped on")
_reg("be9ter-rm-ticket-foto-op-toetsenbord-30", "registered-mail-receipt", PART, "nl/fr", rm_keyboard_photo,
     "the counter ticket photographed on a keyboard's wrist rest")
_reg("be9ter-rm-envelopkopie-r-etiket-loketstempel-liggend-30", "registered-mail-receipt", PART, "nl/fr",
     rm_envelope, "copy of the envelope's front with the R label and the counter's date stamp, landscape A4")


# --------------------------------------------------------------------------- others

def other_declaration_typed(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour typed by a volunteer of a reception association on its letterhead, in the first
    person, giving the applicant's identity from what he or she says, signed by the applicant at the foot BESIDE
    the words 'lu et approuvé' written by hand, the association's stamp at the top."""
    p = c.p
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    f = "serif"
    sh = Sheet()
    org = {"nl": "Onthaalvereniging De Brug vzw – Sint-Niklaas", "fr": "Accueil Solidaire asbl – Verviers"}[lang]
    sh.text(20, 14, org, font=f, size_pt=10, color=GREY)
    sh.stamp(150, 10, ["ACCUEIL SOLIDAIRE" if lang == "fr" else "DE BRUG VZW", "ASBL" if lang == "fr" else "VZW"], rng,
             shape="round", size_mm=24, color=STAMP_VIOLET)
    sh.text(105, 40, "DÉCLARATION SUR L'HONNEUR" if lang == "fr" else "VERKLARING OP EREWOORD", font=f, size_pt=14,
            bold=True, anchor="center")
    txt = ({"fr": [f"Je soussigné(e), {p.given_names} {p.surname.upper()}, déclare sur l'honneur être né(e) le "
                   f"{fr_long(p.birth_date)} à {p.birth_place} et être de nationalité "
                   f"{COUNTRIES[p.nationality]['adj_fr']}.",
                   "Je ne possède aucun document d'identité : mon passeport m'a été retiré pendant mon voyage et je "
                   "n'ai pas pu en obtenir un nouveau.",
                   "Je déclare que ces informations sont exactes et complètes."],
            "nl": [f"Ondergetekende, {p.given_names} {p.surname.upper()}, verklaart op erewoord geboren te zijn op "
                   f"{nl_long(p.birth_date)} te {p.birth_place} en de {COUNTRIES[p.nationality]['adj_nl']} "
                   f"nationaliteit te hebben.",
                   "Ik bezit geen enkel identiteitsdocument: mijn paspoort werd mij tijdens de reis afgenomen en ik "
                   "kon geen nieuw paspoort krijgen.",
                   "Ik verklaar dat deze gegevens juist en volledig zijn."]})[lang]
    y = 56
    for t_ in txt:
        y = sh.paragraph(20, y, 170, t_, font=f, size_pt=11, leading=1.6) + 5
    y += 6
    sh.text(20, y, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 30)), 'slashes', lang)}", font=f,
            size_pt=11)
    sh.handwriting(20, y + 12, glyphs("lu et approuvé" if lang == "fr" else "gelezen en goedgekeurd", "hand1"), rng,
                   size_pt=12, color=INK_BLUE, font="hand1")
    sh.signature(80, y + 8, 46, 16, rng, color=INK_BLUE)
    return [sh], {}


def other_pharmacy_receipt(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's A5 receipt for the month's medicines printed on the pharmacy's laser printer (the
    patient's name, each product with its CNK code, the patient's share), stamped 'PAYÉ / BETAALD' in red."""
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    t = il[next(x for x in (lang, "fr", "nl") if x in il)]
    sh = Sheet(148, 210)
    f = "sans2"
    name = rng.choice(["Pharmacie de la Place", "Apotheek Het Kruidvat", "Pharmacie Saint-Pierre", "Apotheek De Ster"])
    sh.text(10, 10, name, font=f, size_pt=12, bold=True, color=(0, 130, 70))
    sh.text(10, 16, f"{c.addr.postcode} {c.addr.city}", font=f, size_pt=8.5, color=GREY)
    sh.text(10, 28, ("Reçu" if lang == "fr" else "Ontvangstbewijs") + f" n° {rng.randint(10000, 99999)}", font=f,
            size_pt=10, bold=True)
    sh.text(10, 34, name_in(c.p, "SURNAME Given"), font=f, size_pt=9.5)
    y = 44
    tot = 0.0
    for m in t["meds"]:
        amt = round(rng.uniform(6, 55), 2)
        tot += amt
        sh.text(10, y, m[:52], font=f, size_pt=9)
        sh.text(10, y + 4, f"CNK {rng.randint(1000000, 4999999)}", font=f, size_pt=7.5, color=GREY)
        sh.text(138, y + 2, f"{amt:.2f} €".replace(".", ","), font=f, size_pt=9, anchor="right")
        y += 11
    sh.rule(10, y, 138, y, width_mm=0.3)
    sh.text(10, y + 3, "Total" if lang == "fr" else "Totaal", font=f, size_pt=10, bold=True)
    sh.text(138, y + 3, f"{tot:.2f} €".replace(".", ","), font=f, size_pt=10, bold=True, anchor="right")
    sh.stamp(60, y + 12, ["PAYÉ" if lang == "fr" else "BETAALD", fdate(c.app_date - timedelta(days=rng.randint(5, 30)),
                                                                       "dots")],
             rng, shape="rect", size_mm=30, color=STAMP_RED, angle=rng.uniform(-12, 12))
    return [sh], {}


_reg("be9ter-other-declaration-op-erewoord-getypt-vereniging-gelezen-goedgekeurd-30", "other", PART, "nl/fr",
     other_declaration_typed, "declaration on honour typed by a reception association, 'lu et approuvé' by hand")
_reg("be9ter-other-pharmacy-ontvangstbewijs-a5-betaald-stempel-30", "other", PART, "nl/fr", other_pharmacy_receipt,
     "a pharmacy's A5 receipt stamped 'paid'")
