"""9ter families of the `fourth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and fresh had been read, by a writer who did not see the validator: an Ixelles
avocat's requête with a reference block on the right and the client account in the footer, a Flemish
verzoekschrift in numbered paragraphs, a CPAS form with boxes ticked by hand, an English memo of an
international firm; the standard certificate as a ruled table sent by fax, the previous model typed in boxes
and filed in a ring binder, the 2024 model in German reduced two pages to one landscape sheet; a CHU letter,
a German Arztbrief; a counter slip glued on an A4 sheet, a phone photo of the envelope with its receipt.
Every family follows the case's flags (the planted defect) as the other parts do: a flag empties a field or
leaves a signature out, nothing else.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta

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
    hand_fonts,
    name_in,
    track_spaced,
)
from .fourth_identity import fax_header, punch_holes, ref_block
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet

PART = "fourth"
GREY = (100, 100, 100)

# --------------------------------------------------------------------------- what the applications say

_W = {
    "fr": dict(cl=("la requérante", "le requérant"), born="née", bornm="né", nat="de nationalité",
               nrn="numéro de registre national", ov="numéro de dossier à l'Office des Étrangers",
               res="réside effectivement à l'adresse suivante", nores="séjourne en Belgique depuis plusieurs années",
               dom_l="fait élection de domicile en mon cabinet", dom_r="fait élection de domicile à son adresse de "
               "résidence effective", dom_o="fait élection de domicile chez", ident="Son identité est établie par",
               and_=" et ", req="Il vous est dès lors demandé de bien vouloir autoriser {cl} au séjour de plus de trois "
               "mois sur la base de l'article 9ter de la loi du 15 décembre 1980."),
    "nl": dict(cl=("verzoekster", "verzoeker"), born="geboren", bornm="geboren", nat="van",
               nrn="rijksregisternummer", ov="DVZ-dossiernummer", res="verblijft feitelijk op het adres",
               nores="verblijft al verscheidene jaren in België", dom_l="kiest woonplaats op het kantoor van "
               "ondergetekende raadsman", dom_r="kiest woonplaats op het adres van de feitelijke verblijfplaats",
               dom_o="kiest woonplaats bij", ident="De identiteit wordt aangetoond met", and_=" en ",
               req="Verzoek{e} vraagt dan ook om machtiging tot een verblijf van meer dan drie maanden op grond van "
               "artikel 9ter van de wet van 15 december 1980."),
    "en": dict(cl=("the applicant", "the applicant"), born="born", bornm="born", nat="a national of",
               nrn="Belgian national register number", ov="Immigration Office file number",
               res="actually resides at", nores="has been living in Belgium for several years",
               dom_l="elects domicile at our offices", dom_r="elects domicile at the address of residence",
               dom_o="elects domicile with", ident="Identity is evidenced by", and_=" and ",
               req="We therefore request that {cl} be granted leave to remain for more than three months under "
               "Article 9ter of the Law of 15 December 1980."),
}


def _cl(c: Case, lang: str, cap: bool = False) -> str:
    s = _W[lang]["cl"][0 if c.fem else 1]
    return s[0].upper() + s[1:] if cap else s


def _ref(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (exhibit {n})"}[lang]


def p_personal(c: Case, lang: str) -> str:
    w = _W[lang]
    s = f"{_cl(c, lang, True)}, {name_in(c.p, c.name_style)}, {w['born'] if c.fem else w['bornm']}"
    s += {"fr": " le ", "nl": " op ", "en": " on "}[lang] + c.d(c.p.birth_date, lang)
    if "no_birthplace" not in c.flags:
        s += {"fr": " à ", "nl": " te ", "en": " in "}[lang] + f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    if "no_nationality" not in c.flags:
        adj = COUNTRIES[c.p.nationality]["adj_" + lang]
        s += {"fr": f", de nationalité {adj}", "nl": f", van {adj} nationaliteit", "en": f", a {adj} national"}[lang]
    num = f"{w['nrn']} {c.nrn}" if c.nrn else f"{w['ov']} {c.ov}"
    return s + f" ({num})."


def p_residence(c: Case, lang: str) -> str:
    w = _W[lang]
    if "no_address" in c.flags:
        return f"{_cl(c, lang, True)} {w['nores']}."
    colon = " :" if lang == "fr" else ":"
    return f"{_cl(c, lang, True)} {w['res']}{colon} {addr_str(c.addr, lang, c.addr_style)}."


def p_domicile(c: Case, lang: str) -> str | None:
    w = _W[lang]
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return f"{_cl(c, lang, True)} {w['dom_l']}, {L['street']}, {L['pc']} {L['city']}."
    if c.domicile == "other" and c.other_domicile:
        return f"{_cl(c, lang, True)} {w['dom_o']} {c.other_domicile}."
    return f"{_cl(c, lang, True)} {w['dom_r']}."


def p_identity(c: Case, lang: str) -> str:
    k, cl = c.id_kind, _cl(c, lang, True)
    if k in ("asylum", "asylum-noproof"):
        s = {"fr": f"{cl} a introduit une demande de protection internationale le {c.d(c.asylum['lodged'], lang)}, "
                   f"toujours pendante : l'obligation d'identité ne s'applique donc pas (art. 9ter, § 2, al. 3)",
             "nl": f"{cl} diende op {c.d(c.asylum['lodged'], lang)} een verzoek om internationale bescherming in dat nog "
                   f"hangende is; de identiteitsvereiste geldt dus niet (art. 9ter, § 2, derde lid)",
             "en": f"{cl} applied for international protection on {c.d(c.asylum['lodged'], lang)}; the application is "
                   f"still pending, so the identity requirement does not apply (Art. 9ter § 2(3))"}[lang]
        return s + (_ref(c, "asylum", lang) if k == "asylum" else "") + "."
    if k == "none":
        return {"fr": f"{cl} a demandé un passeport à son ambassade ; il sera transmis dès sa délivrance.",
                "nl": f"{cl} vroeg een paspoort aan bij de ambassade; het wordt nagestuurd zodra het is afgegeven.",
                "en": f"{cl} has applied to the embassy for a passport, which will be forwarded on issue."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ref(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"fr": "sa traduction jurée", "nl": "de beëdigde vertaling ervan",
                      "en": "its sworn translation"}[lang] + _ref(c, "id-tr", lang))
    lst = (", ".join(parts[:-1]) + _W[lang]["and_"] + parts[-1]) if len(parts) > 1 else (parts[0] if parts else "—")
    s = f"{_W[lang]['ident']} {lst}."
    if k == "passport-expired":
        s += {"fr": " Un passeport périmé suffit à établir l'identité.",
              "nl": " Een vervallen paspoort volstaat om de identiteit aan te tonen.",
              "en": " An expired passport suffices to prove identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"fr": " Ces pièces, prises ensemble, établissent ses nom, lieu et date de naissance et nationalité.",
              "nl": " Samen bevatten die stukken de naam, geboorteplaats en -datum en de nationaliteit.",
              "en": " Together they establish name, place and date of birth and nationality."}[lang]
    return s


def p_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd = c.d(c.cert_date, lang)
    if "medcert_absent" in c.flags:
        src = {"fr": f"le rapport du {c.doctor.name()} du {cd}", "nl": f"het verslag van {c.doctor.name()} van {cd}",
               "en": f"the report of {c.doctor.name()} dated {cd}"}[lang] + _ref(c, "medstat", lang)
    else:
        src = {"fr": f"le certificat médical type établi le {cd} par le {c.doctor.name()}",
               "nl": f"het standaard medisch getuigschrift van {cd}, opgesteld door {c.doctor.name()}",
               "en": f"the standard medical certificate completed on {cd} by {c.doctor.name()}"}[lang] + \
            _ref(c, "medcert", lang)
    return {"fr": f"Ainsi qu'il ressort de {src}, {_cl(c, lang)} souffre de {t['name']}. {t['severity']} "
                  f"Le traitement requis comprend : {'; '.join(t['meds'])}.",
            "nl": f"Zoals blijkt uit {src}, lijdt {_cl(c, lang)} aan {t['name']}. {t['severity']} De vereiste "
                  f"behandeling omvat: {'; '.join(t['meds'])}.",
            "en": f"As appears from {src}, {_cl(c, lang)} suffers from {t['name']}. {t['severity']} The required "
                  f"treatment comprises: {'; '.join(t['meds'])}."}[lang]


def p_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    r = _ref(c, "coi", lang)
    return {"fr": f"Dans le pays d'origine ({cn}), le {drug(c.illness, 'fr')} n'est disponible qu'à {o['hospital']}{r}, "
                  f"pour un coût mensuel d'environ {il['cost']}, alors que le salaire moyen y est de {o['wage']}. "
                  f"{o['insurance_fr']} Le traitement n'y est donc ni disponible ni accessible. {_cl(c, lang, True)} "
                  f"n'a séjourné légalement dans aucun autre pays.",
            "nl": f"In het land van herkomst ({cn}) is {drug(c.illness, 'nl')} enkel te krijgen in {o['hospital']}{r}, "
                  f"tegen ongeveer {il['cost']} per maand, bij een gemiddeld loon van {o['wage']}. {o['insurance_nl']} "
                  f"De zorg is er dus niet beschikbaar noch toegankelijk. {_cl(c, lang, True)} verbleef in geen "
                  f"ander land wettig.",
            "en": f"In the country of origin ({cn}), {drug(c.illness, 'en')} is only to be had at {o['hospital']}{r}, "
                  f"at about {il['cost']} a month against an average wage of {o['wage']}. {o['insurance_en']} "
                  f"Treatment is therefore neither available nor accessible. {_cl(c, lang, True)} has not resided "
                  f"lawfully in any other country."}[lang]


def p_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        rel = {"fr": {"spouse": "son conjoint" if q.sex == "M" else "son épouse", "child": "son enfant"},
               "nl": {"spouse": "de echtgeno(o)t(e)", "child": "het kind"},
               "en": {"spouse": "the spouse", "child": "the child"}}[lang][m.rel]
        nat = "" if "no_nationality" in c.flags else " (" + COUNTRIES[q.nationality]["adj_" + lang] + ")"
        out.append(f"{rel} {q.given_names} {q.surname.upper()}, {c.d(q.birth_date, lang)}, {q.birth_place}{nat}"
                   f"{_ref(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"fr": f"La demande est introduite également pour les membres de la famille suivants : {lst}.",
            "nl": f"De aanvraag geldt ook voor de volgende gezinsleden: {lst}.",
            "en": f"The application is also made for the following family members: {lst}."}[lang]


def p_parallel(c: Case, lang: str) -> str | None:
    parts = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        parts.append({"fr": f"Une précédente demande 9ter, introduite le {d}, est toujours pendante ; "
                            f"{_cl(c, lang)} s'en désiste et tous les éléments utiles sont repris ici.",
                      "nl": f"Een eerdere 9ter-aanvraag van {d} is nog hangende; {_cl(c, lang)} trekt ze in en alle "
                            f"dienstige elementen worden hier hernomen.",
                      "en": f"An earlier 9ter application of {d} is still pending; {_cl(c, lang)} withdraws it and "
                            f"all relevant elements are repeated here."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        parts.append({"fr": f"Le CGRA a refusé la protection internationale le {d}.",
                      "nl": f"Het CGVS weigerde de internationale bescherming op {d}.",
                      "en": f"The CGRS refused international protection on {d}."}[lang])
    return " ".join(parts) or None


def p_request(c: Case, lang: str) -> str:
    return _W[lang]["req"].format(cl=_cl(c, lang), e="ster" if c.fem else "er")


# --------------------------------------------------------------------------- applications

def app_ixelles_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Brussels avocat: name and bar in small capitals left, reference block right, sections 'En fait'/'En droit',
    client account and company number in the footer of every page."""
    L = c.lawyer
    font = "serif2"
    iban = f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    foot = f"Compte tiers {iban} · BCE 0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} · " \
           f"Avocat au barreau de Bruxelles"

    def new_sheet(i):
        sh = Sheet()
        sh.text(22, 13, f"{L['first']} {L['last'].upper()}", font=font, size_pt=11, letter_spacing=0.6)
        sh.text(22, 18.5, "A V O C A T", font=font, size_pt=7.5, color=GREY)
        sh.text(188, 13, f"{L['street']} – {L['pc']} {L['city']}", font=font, size_pt=7.5, anchor="right", color=GREY)
        sh.text(188, 17, f"T. {L['tel']} – {L['mail']}", font=font, size_pt=7.5, anchor="right", color=GREY)
        sh.rule(22, 282, 188, 282, width_mm=0.2, color=GREY)
        sh.text(105, 284, foot, font=font, size_pt=6.8, anchor="center", color=GREY)
        sh.text(188, 289, f"{i + 1}", font=font, size_pt=7, anchor="right", color=GREY)
        return sh, 28 if i else 30

    fl = Flow(new_sheet, left=22, right=188, bottom=274, font=font, size=10.5, leading=1.38)
    sh = fl.sheet
    for k, ln in enumerate(["Office des Étrangers", "Direction Accès et Séjour – Bureau 9ter", "Boulevard Pachéco 44",
                            "1000 Bruxelles"]):
        sh.text(115, 34 + k * 5, ln, font=font, size_pt=10.5)
    sh.text(115, 58, "Par envoi recommandé", font=font, size_pt=9.5, italic=True)
    ref_block(sh, 22, 38, 34, [("N/Réf.", f"{c.p.surname.upper()}/{rng.randint(2024, 2026)}-{rng.randint(10, 999)}"),
                                ("V/Réf.", c.ov or "—"), ("Date", f"{L['city']}, le {c.d(c.app_date, 'fr', 'long')}")], font=font, size=8.5)
    fl.y = 72
    fl.line("Objet : demande d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980",
            bold=True, size=10.5)
    fl.line(f"Pour : {name_in(c.p, 'SURNAME, Given')}", size=10.5)
    fl.space(4)
    fl.para("Madame, Monsieur le Directeur général,")
    fl.para(f"J'ai l'honneur d'introduire, au nom et pour compte de {_cl(c, 'fr')}, la présente demande "
            f"d'autorisation de séjour pour raisons médicales.", align="justify")
    fl.para("I. EN FAIT", bold=True, gap=1.2)
    fl.para("A. Identification", bold=True, italic=True, gap=0.8, tag="personal")
    fl.para(p_personal(c, "fr"), align="justify")
    fl.para("B. Résidence et élection de domicile", bold=True, italic=True, gap=0.8, tag="residence")
    fl.para(" ".join(x for x in (p_residence(c, "fr"), p_domicile(c, "fr")) if x), align="justify")
    fl.para("C. Identité", bold=True, italic=True, gap=0.8, tag="identity")
    fl.para(p_identity(c, "fr"), align="justify")
    fam = p_family(c, "fr")
    if fam:
        fl.para("D. Famille", bold=True, italic=True, gap=0.8, tag="family")
        fl.para(fam, align="justify")
    fl.para("II. EN DROIT", bold=True, gap=1.2)
    fl.para("A. La maladie", bold=True, italic=True, gap=0.8, tag="medical")
    fl.para(p_medical(c, "fr"), align="justify")
    coi = p_coi(c, "fr")
    if coi:
        fl.para("B. Disponibilité et accessibilité des soins", bold=True, italic=True, gap=0.8, tag="coi")
        fl.para(coi, align="justify")
    par = p_parallel(c, "fr")
    if par:
        fl.para("C. Procédures antérieures", bold=True, italic=True, gap=0.8, tag="parallel")
        fl.para(par, align="justify")
    fl.para("PAR CES MOTIFS,", bold=True, gap=1)
    fl.para(p_request(c, "fr"), align="justify")
    fl.para("Je vous prie d'agréer, Madame, Monsieur le Directeur général, l'expression de ma considération "
            "distinguée.", align="justify")
    fl.ensure(36)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(118, y, 46, 16, rng, color=INK_BLACK)
    fl.sheet.text(118, y + 18, f"Pour {_cl(c, 'fr')}, son conseil,", font=font, size_pt=9.5)
    fl.sheet.text(118, y + 23, f"Me {L['first']} {L['last']}", font=font, size_pt=10.5)
    fl.y = y + 32
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)   # the heading stays with its first items
        fl.para("Inventaire", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"Pièce {i} : {d}", indent=4, gap=0.3, size=9.5)
    return fl.sheets, fl.tags


def app_genummerd_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Flemish verzoekschrift in numbered paragraphs, two-column letterhead, 'Voor verzoekster, haar raadsman'."""
    L = c.lawyer
    font = "sans6"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 12, L["firm"], font="serif7", size_pt=12, bold=True)
            sh.text(20, 17.5, f"Mr. {L['first']} {L['last']}, advocaat", font="serif7", size_pt=8.5)
            sh.text(190, 12, L["street"], font=font, size_pt=8, anchor="right")
            sh.text(190, 16, f"{L['pc']} {L['city']}", font=font, size_pt=8, anchor="right")
            sh.text(190, 20, f"tel. {L['tel']}", font=font, size_pt=8, anchor="right")
            sh.rule(20, 24, 190, 24, width_mm=0.6)
            return sh, 32
        sh.text(20, 12, f"Verzoekschrift 9ter – {c.p.surname}", font=font, size_pt=7.5, color=GREY)
        sh.text(190, 12, f"blad {i + 1}", font=font, size_pt=7.5, anchor="right", color=GREY)
        return sh, 22

    fl = Flow(new_sheet, left=20, right=190, bottom=276, font=font, size=10, leading=1.36)
    for ln in ["Aan de Staatssecretaris voor Asiel en Migratie", "p/a Dienst Vreemdelingenzaken – Cel 9ter",
               "Pachecolaan 44", "1000 Brussel"]:
        fl.line(ln, x=112)
    fl.space(3)
    fl.line(f"{L['city']}, {c.d(c.app_date, 'nl', 'long')}", x=112)
    fl.line("Aangetekend", x=112, italic=True, size=9)
    fl.space(5)
    fl.line("VERZOEK TOT MACHTIGING TOT VERBLIJF – ART. 9TER VW.", bold=True)
    fl.space(3)
    n = 0

    def num(txt, tag=None):
        nonlocal n
        n += 1
        fl.para(txt, indent=9, hang=f"{n}.", align="justify", tag=tag)

    fl.para("Mevrouw, Mijnheer,")
    num(f"Ondergetekende treedt op voor {_cl(c, 'nl')}. " + p_personal(c, "nl"), tag="personal")
    num(" ".join(x for x in (p_residence(c, "nl"), p_domicile(c, "nl")) if x), tag="residence")
    num(p_identity(c, "nl"), tag="identity")
    fam = p_family(c, "nl")
    if fam:
        num(fam, tag="family")
    num(p_medical(c, "nl"), tag="medical")
    coi = p_coi(c, "nl")
    if coi:
        num(coi, tag="coi")
    par = p_parallel(c, "nl")
    if par:
        num(par, tag="parallel")
    num(p_request(c, "nl"))
    fl.para("Hoogachtend,", gap=3)
    fl.ensure(34)
    fl.tag("signature")
    y = fl.y
    # signature left of the typed name, as this office signs
    if "unsigned" not in c.flags:
        fl.sheet.signature(20, y, 40, 14, rng, color=INK_BLUE, style=rng.choice(["zigzag", "loops"]))
    fl.sheet.text(66, y + 5, f"Voor {_cl(c, 'nl')}, {'haar' if c.fem else 'zijn'} raadsman", font=font, size_pt=9.5)
    fl.sheet.text(66, y + 10, f"Mr. {L['first']} {L['last']}", font=font, size_pt=10)
    fl.y = y + 22
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)   # the heading stays with its first items
        fl.para("Bijlagen", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}) {d}", indent=5, gap=0.2, size=9)
    return fl.sheets, fl.tags


def app_form_cpas(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """CPAS social service intake form: tick boxes crossed by hand, answers in ink on dotted lines; signed by the
    applicant at the bottom of page 2."""
    hf = rng.choice(hand_fonts())
    ink = rng.choice([INK_BLUE, INK_BLACK])
    commune = rng.choice(["Forest", "Etterbeek", "Evere", "Ganshoren", "Koekelberg"])
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2), 1):
        sh.text(18, 12, f"CPAS de {commune} – Service social – Cellule séjour", font="sans", size_pt=9.5, bold=True)
        sh.text(192, 12, f"F-9T/{i}", font="sans", size_pt=8, anchor="right", color=GREY)
        sh.rule(18, 16, 192, 16, width_mm=0.3)

    def line(sh, y, label, val):
        sh.text(18, y, label, font="sans", size_pt=9)
        x0 = 18 + sh.text_width(label, font="sans", size_pt=9) + 2
        lines = sh.wrap(val, (192 - x0) * 0.78, font="sans", size_pt=10) if val else [""]
        for k, ln in enumerate(lines):
            sh.rule(18 if k else x0, y + 4.2 + k * 6, 192, y + 4.2 + k * 6, width_mm=0.12, dash=0.5,
                    color=(120, 120, 120))
            if ln:
                sh.handwriting((18 if k else x0) + 1, y - 1.6 + k * 6, ln, rng, size_pt=11, color=ink, font=hf)
        return y + 6 * len(lines) + 2

    def box(sh, y, label, ticked):
        sh.checkbox(20, y, 3.5, checked=ticked, rng=rng, ink=ink)
        sh.text(26, y - 0.2, label, font="sans", size_pt=9)
        return y + 6

    s1.text(105, 22, "DEMANDE D'AUTORISATION DE SÉJOUR POUR RAISONS MÉDICALES (art. 9ter)", font="sans",
            size_pt=11, bold=True, anchor="center")
    s1.text(105, 28, "à envoyer par recommandé à l'Office des Étrangers, Bd Pachéco 44, 1000 Bruxelles", font="sans",
            size_pt=8, anchor="center", color=GREY)
    y = 38
    s1.text(18, y, "1. Le demandeur", font="sans", size_pt=10, bold=True)
    tags["personal"] = 1
    y += 7
    y = line(s1, y, "Nom :", c.p.surname.upper())
    y = line(s1, y, "Prénom(s) :", c.p.given_names)
    y = line(s1, y, "Date de naissance :", c.d(c.p.birth_date, "fr", "slashes"))
    y = line(s1, y, "Lieu et pays de naissance :", "" if "no_birthplace" in c.flags else
             f"{c.p.birth_place}, {cname(c.birth_cc(), 'fr')}")
    y = line(s1, y, "Nationalité :", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_fr"])
    y = line(s1, y, "N° registre national / n° SP :", c.nrn or f"SP {c.ov}")
    y += 3
    s1.text(18, y, "2. Adresse", font="sans", size_pt=10, bold=True)
    tags["residence"] = 1
    y += 7
    a = c.addr
    y = line(s1, y, "Résidence effective en Belgique :", "" if "no_address" in c.flags else
             addr_str(a, "fr", c.addr_style))
    dom = p_domicile(c, "fr")
    y = box(s1, y, "Élection de domicile à l'adresse de résidence", dom is not None and c.domicile == "residence")
    y = box(s1, y, "Élection de domicile chez l'avocat / un tiers :", dom is not None and c.domicile != "residence")
    dv = "" if dom is None or c.domicile == "residence" else (
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile)
    y = line(s1, y, "    adresse :", dv)
    y += 3
    s1.text(18, y, "3. Identité", font="sans", size_pt=10, bold=True)
    tags["identity"] = 1
    y += 7
    k = c.id_kind
    y = box(s1, y, "passeport / carte d'identité nationale", k.startswith(("passport", "idcard", "translated",
                                                                          "untranslated")))
    y = box(s1, y, "autres pièces (acte de naissance, certificat, ...)", k.startswith(("pieces", "certificate",
                                                                                     "declarative", "single")))
    y = box(s1, y, "dispense : demande d'asile en cours", k.startswith("asylum"))
    y = line(s1, y, "Précisions :", p_identity(c, "fr"))
    y += 3
    s1.text(18, y, "4. Membres de la famille", font="sans", size_pt=10, bold=True)
    y += 7
    fam = p_family(c, "fr")
    if fam:
        tags["family"] = 1
    line(s1, y, "", fam or "néant")
    y = 28
    s2.text(18, y, "5. Situation médicale", font="sans", size_pt=10, bold=True)
    tags["medical"] = 2
    y = line(s2, y + 7, "", p_medical(c, "fr"))
    y += 3
    s2.text(18, y, "6. Soins dans le pays d'origine", font="sans", size_pt=10, bold=True)
    coi = p_coi(c, "fr")
    if coi:
        tags["coi"] = 2
    y = line(s2, y + 7, "", coi or "")
    y += 3
    s2.text(18, y, "7. Procédures", font="sans", size_pt=10, bold=True)
    y += 7
    par = p_parallel(c, "fr")
    if par:
        tags["parallel"] = 2
    y = box(s2, y, "une demande 9ter antérieure est pendante (elle est retirée)", bool(c.previous_9ter))
    y = line(s2, y, "Précisions :", par or "")
    y += 3
    s2.text(18, y, "8. Annexes", font="sans", size_pt=10, bold=True)
    tags["inventory"] = 2
    y += 7
    for i, (_, d) in enumerate(c.annexes, 1):
        s2.text(20, y, f"{i}.", font="sans", size_pt=8.5)
        s2.handwriting(26, y - 1.4, d, rng, size_pt=9.5, color=ink, font=hf)
        y += 5.5
    y = max(y + 8, 238)
    tags["signature"] = 2
    s2.text(18, y, f"Fait à {commune}, le", font="sans", size_pt=9)
    s2.handwriting(56, y - 1.6, c.d(c.app_date, "fr", "slashes"), rng, size_pt=11, color=ink, font=hf)
    s2.text(120, y, "Signature du demandeur :", font="sans", size_pt=9)
    if "unsigned" not in c.flags:
        s2.signature(rng.uniform(122, 140), y + 4, 46, 15, rng, color=ink)
    return [s1, s2], tags


def app_memo_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English-language submission of an international firm's Brussels office (not an accepted language)."""
    L = c.lawyer
    font = "sans4"

    def new_sheet(i):
        sh = Sheet()
        sh.rect(20, 10, 3, 14, width_mm=0, fill=(0, 60, 100))
        sh.text(26, 11, "Harcourt Lanneau LLP · Brussels office", font=font, size_pt=11, bold=True, color=(0, 60, 100))
        sh.text(26, 17, "Avenue des Arts 56, 1000 Brussels · brussels@harcourtlanneau.example", font=font,
                size_pt=7.5, color=GREY)
        return sh, 32

    fl = Flow(new_sheet, left=22, right=188, bottom=274, font=font, size=10, leading=1.36)
    for ln in ["Immigration Office – 9ter Unit", "Boulevard Pachéco 44", "1000 Brussels"]:
        fl.line(ln)
    fl.space(3)
    fl.line(f"{c.d(c.app_date, 'en', 'long')} – by registered post", color=GREY)
    fl.space(3)
    fl.line(f"Our client: {name_in(c.p, c.name_style)} – application under Article 9ter", bold=True)
    fl.para("Dear Sir or Madam,")
    for txt, tag in [(p_personal(c, "en"), "personal"),
                     (" ".join(x for x in (p_residence(c, "en"), p_domicile(c, "en")) if x), "residence"),
                     (p_identity(c, "en"), "identity"), (p_family(c, "en"), "family"), (p_medical(c, "en"), "medical"),
                     (p_coi(c, "en"), "coi"), (p_parallel(c, "en"), "parallel"), (p_request(c, "en"), None)]:
        if txt:
            fl.para(txt, tag=tag)
    fl.para("Yours faithfully,")
    fl.ensure(30)
    fl.tag("signature")
    if "unsigned" not in c.flags:
        fl.sheet.signature(22, fl.y, 44, 14, rng)
    fl.y += 16
    fl.line(f"{L['first']} {L['last']}, avocat / advocaat, for the applicant")
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)   # the heading stays with its first items
        fl.para("Exhibits", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}. {d}", indent=4, gap=0.3, size=9)
    return fl.sheets, fl.tags


_reg("be9ter-app-fr-lawyer-prose-ixelles", "application", PART, "fr", app_ixelles_fr,
     "Brussels avocat: reference block right, 'En fait / En droit', 'NOM, Prénom', client account in the footer")
_reg("be9ter-app-nl-lawyer-prose-genummerd", "application", PART, "nl", app_genummerd_nl,
     "Flemish verzoekschrift in numbered paragraphs, two-column letterhead, signature left of the name")
_reg("be9ter-app-fr-form-cpas", "application", PART, "fr", app_form_cpas,
     "CPAS intake form, answers by hand on dotted lines, boxes crossed by hand, applicant's signature")
_reg("be9ter-app-en-lawyer-memo", "application", PART, "en", app_memo_en,
     "English submission of an international firm (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_table_fax(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model retyped as a two-column ruled table (question left, answer right) and faxed by the practice
    to the lawyer: a fax header line on both pages, stamp over the signature."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    font = "sans2"
    sent = datetime(c.cert_date.year, c.cert_date.month, c.cert_date.day, rng.randint(8, 18), rng.randint(0, 59)) + \
        timedelta(days=rng.randint(0, 2))
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets, 1):
        fax_header(sh, d.inst, sent, i, 2, d.tel)
        sh.text(105, 290, M["page"].format(i=i, n=2) + " – " + M["model"], font=font, size_pt=7, anchor="center",
                color=GREY)
    tags: dict[str, int] = {}
    s = sheets[0]
    s.text(105, 11, M["title"], font=font, size_pt=12.5, bold=True, anchor="center")
    y = s.paragraph(25, 17, 160, M["law"], font=font, size_pt=7.5, align="center", color=GREY) + 2

    def row(sh, y, label, val, *, head=False, tag=None, page=1):
        if tag:
            tags.setdefault(tag, page)
        if head:
            sh.rect(15, y, 180, 6.5, width_mm=0.25, fill=(215, 215, 215))
            sh.text(17, y + 1.2, label, font=font, size_pt=9.5, bold=True)
            return y + 6.5
        ll = sh.wrap(label, 58, font=font, size_pt=8.3)
        vl = sh.wrap(val, 114, font=font, size_pt=9.2) if val else [""]
        h = max(len(ll) * 3.7, len(vl) * 4.1) + 2.4
        sh.rect(15, y, 62, h, width_mm=0.25)
        sh.rect(77, y, 118, h, width_mm=0.25)
        for k, ln in enumerate(ll):
            sh.text(16.5, y + 1.2 + k * 3.7, ln, font=font, size_pt=8.3)
        for k, ln in enumerate(vl):
            sh.text(79, y + 1.2 + k * 4.1, ln, font=font, size_pt=9.2)
        return y + h

    y = row(s, y, M["s1"], "", head=True, tag="patient")
    y = row(s, y, M["name"], v["surname"])
    y = row(s, y, M["first"], v["first"])
    y = row(s, y, M["bd"], v["bd"])
    y = row(s, y, M["nat"], v["nat"])
    y = row(s, y, M["s2"], "", head=True, tag="doctor")
    y = row(s, y, M["dname"], f"{d.last.upper()} {d.first}")
    y = row(s, y, M["riziv"], v["riziv"])
    y = row(s, y, M["spec"], SPECIALTY[d.spec].get(lang, ""))
    y = row(s, y, M["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city} – {d.tel}")
    y = row(s, y, M["s3"], str(c.cert_date.year - rng.choice([1, 2, 3])))
    y = row(s, y, M["s4"], v["hist"])
    y = row(s, y, M["s5"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", tag="illness")
    sev = v["sev"]
    so = M["sevopts"]
    chosen = -1 if not sev else (3 if sev.lower().startswith(so[3]) else 1 if sev.lower().startswith(so[1]) else 2)
    y = row(s, y, M["s6"], " / ".join(("[X] " if k == chosen else "[ ] ") + o for k, o in enumerate(so)),
            tag="severity")
    row(s, y, M["s6b"], sev)
    s2 = sheets[1]
    y = 12
    y = row(s2, y, M["s7"], "", head=True, tag="treatment", page=2)
    y = row(s2, y, M["s7a"], v["meds"], page=2)
    y = row(s2, y, M["s7b"], v["interv"], page=2)
    y = row(s2, y, M["s7c"], v["dur"], page=2)
    y = row(s2, y, M["s8"], v["cons"], page=2)
    y = row(s2, y, M["s9"], v["prog"], page=2)
    y = row(s2, y, M["s10"], v["needs"], page=2)
    y = row(s2, y, M["s11"], f"{M['yes']} – {v['travel']}", page=2)
    y = row(s2, y, M["s12"], "—", page=2)
    y = row(s2, y, M["date"], v["date"], page=2)
    tags["signature"] = 2
    s2.rect(15, y, 180, 34, width_mm=0.25)
    s2.text(17, y + 1.2, M["sign"], font=font, size_pt=8.3)
    if v["signed"]:
        s2.signature(rng.uniform(80, 100), y + 8, 48, 17, rng, color=INK_BLACK)
        s2.stamp(rng.uniform(95, 115), y + 6, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect",
                 size_mm=36, color=STAMP_BLUE, angle=rng.uniform(-8, 8))
    return sheets, tags


def medcert_old_boxed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model typed on a typewriter-like face, each answer in a ruled box under its heading; filed
    in a ring binder (punched holes) before it was scanned; signature left of the doctor's name."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    font = "typewriter"
    tags: dict[str, int] = {}

    def new_sheet(i):
        sh = Sheet()
        punch_holes(sh)
        if i:
            sh.text(190, 10, f"{M['title'].title()} – {i + 1}", font=font, size_pt=7.5, anchor="right", color=GREY)
        return sh, 14 if i else 12

    fl = Flow(new_sheet, left=20, right=190, bottom=278, font=font, size=9.5, leading=1.25)
    fl.line(M["title"], bold=True, size=12, anchor="center", x=105)
    fl.para(M["sub"] + " " + M["law"], size=7.5, align="center", color=GREY)

    def boxed(head, ans, tag=None):
        fl.para(head, bold=True, size=8.8, gap=0.6, tag=tag)
        lines = fl.sheet.wrap(ans, 164, font=font, size_pt=9.3) if ans else [""]
        h = len(lines) * 4.2 + 2.5
        fl.ensure(h + 2)
        fl.sheet.rect(20, fl.y - 1, 170, h, width_mm=0.25)
        for k, ln in enumerate(lines):
            fl.sheet.text(22, fl.y + 0.2 + k * 4.2, ln, font=font, size_pt=9.3)
        fl.y += h + 2.5

    boxed(M["pat"], f"{v['pat']}  –  {v['bd']}  –  {v['nat']}" if v["pat"] else "", tag="patient")
    boxed(M["A"], v["hist"])
    fl.para(M["B"], bold=True, size=8.8, gap=0.6)
    boxed(M["diag"], v["ill"], tag="illness")
    boxed(M["sev"], v["sev"], tag="severity")
    fl.para(M["C"], bold=True, size=8.8, gap=0.6, tag="treatment")
    boxed(M["med"], v["meds"])
    boxed(M["interv"], v["interv"])
    boxed(M["dur"], v["dur"])
    boxed(M["D"], v["cons"])
    boxed(M["E"], v["prog"])
    boxed(M["F"], v["needs"])
    boxed(M["G"], v["travel"])
    fl.ensure(42)
    fl.tag("signature")
    fl.tag("doctor")
    y = fl.y + 2
    sh = fl.sheet
    sh.text(20, y, f"{M['date']} {v['date']}", font=font, size_pt=9.5)
    if v["signed"]:
        sh.signature(20, y + 5, 40, 14, rng, color=INK_BLUE, style="initials",
                     initials=(d.first[0] + d.last[0]).upper())
    sh.text(66, y + 9, f"{M['sign']} {d.name('initial')}", font=font, size_pt=9.5)
    sh.text(66, y + 14, f"{M['riziv']} {v['riziv']}", font=font, size_pt=9.5)
    sh.text(66, y + 19, f"{M['spec']} {SPECIALTY[d.spec].get(lang, '')}", font=font, size_pt=9.5)
    if v["signed"]:
        sh.stamp(140, y + 4, _stamp_lines(c, lang, bool(v["riziv"])), rng, size_mm=34, color=STAMP_VIOLET)
    return fl.sheets, tags


def medcert_2up_landscape(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model's two pages reduced side by side on one landscape A4 sheet by the practice's copier."""
    pages, tags = medcert_table_fax(c, rng, lang=lang)
    out = Sheet(297, 210)
    for k, pg in enumerate(pages):
        pg.ops = [op for op in pg.ops if not (op[0] == "text" and op[2] < 6)]   # no fax line: copied, not faxed
        out.image(4 + k * 146.5, 2, 142, 201, pg.render(300))
        out.rect(4 + k * 146.5, 2, 142, 201, width_mm=0.2, color=(170, 170, 170))
    return [out], {k: 1 for k in tags}


_reg("be9ter-medcert-2024-fr-table-fax", "medical-certificate", PART, "fr",
     lambda c, r: medcert_table_fax(c, r, lang="fr"),
     "modèle 2024 retapé en tableau à deux colonnes, faxé (ligne d'en-tête fax), cachet sur la signature")
_reg("be9ter-medcert-old-nl-typewriter-boxes", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_boxed(c, r, lang="nl"),
     "previous model typed in boxes under each heading, punched holes, initials signature left of the name")
_reg("be9ter-medcert-2024-de-2up", "medical-certificate", PART, "de",
     lambda c, r: medcert_2up_landscape(c, r, lang="de"),
     "Muster 2024 als Tabelle, zwei Seiten verkleinert auf einem A4-Querblatt")
_reg("be9ter-medcert-2024-en-table-fax", "medical-certificate", PART, "en",
     lambda c, r: medcert_table_fax(c, r, lang="en"),
     "the 2024 model in English as a faxed table (not accepted)")


# --------------------------------------------------------------------------- medical statements

def medstat_specialist_chu(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """CHU letter to the treating doctor: logo block left, reference block right, 'Cher Confrère', '(s)' typed under
    an illegible scrawl."""
    d = c.specialist
    T = _ill_text(c, "fr") if "fr" in ILLNESSES[c.illness] else _ill_text(c, "nl")
    sh = Sheet()
    sh.rect(18, 12, 14, 14, width_mm=0, fill=(0, 90, 150))
    sh.text(36, 12, d.inst, font="sans5", size_pt=11, bold=True, color=(0, 90, 150))
    sh.text(36, 18, d.dept or SPECIALTY[d.spec]["fr"], font="sans5", size_pt=8.5)
    sh.text(36, 22.5, f"{d.street} · {d.pc} {d.city} · {d.tel}", font="sans5", size_pt=7.5, color=GREY)
    ref_block(sh, 140, 172, 36, [("Réf. patient", f"{c.seed % 9000000 + 1000000}"),
                                ("Consultation du", fdate(c.medstat_date, "dots", "fr")),
                                ("Dactylographié le", fdate(c.medstat_date + timedelta(days=3), "dots", "fr"))], font="sans5", size=8, step=4.6)
    sh.text(20, 58, f"Concerne : {c.p.surname.upper()}, {c.p.given_names} – °{fdate(c.p.birth_date, 'dots', 'fr')}",
            font="sans5", size_pt=10, bold=True)
    sh.text(20, 68, "Cher Confrère,", font="sans5", size_pt=10)
    txt = [f"J'ai revu en consultation votre patient{'e' if c.fem else ''} pour le suivi de {T['name']}.",
           T["history"], T["severity"], "Traitement actuel : " + "; ".join(T["meds"]) + ".",
           T["prognosis"] + " " + T["needs"]]
    y = 76
    for t in txt:
        y = sh.paragraph(20, y, 170, t, font="sans5", size_pt=10, align="justify") + 2.5
    sh.text(20, y + 4, "Bien confraternellement,", font="sans5", size_pt=10)
    sh.signature(20, y + 8, 36, 12, rng, style="zigzag")
    sh.text(20, y + 22, f"(s) Dr {d.first[0]}. {d.last}", font="sans5", size_pt=10)
    sh.text(20, y + 27, SPECIALTY[d.spec]["fr"], font="sans5", size_pt=9, color=GREY)
    return [sh], {}


def medstat_arztbrief_de(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """German discharge letter (Arztbrief) of a hospital across the border where the patient was treated first."""
    T = _ill_text(c, "de") if "de" in ILLNESSES[c.illness] else _ill_text(c, "fr")
    klinik, street = rng.choice([("Universitätsklinikum Aachen", "Pauwelsstraße 30 · 52074 Aachen"),
                                 ("St.-Antonius-Hospital Eschweiler", "Dechant-Deckers-Straße 8 · 52249 Eschweiler"),
                                 ("Luisenhospital Aachen", "Boxgraben 56 · 52064 Aachen")])
    g, s = rng.choice([("Thomas", "Hennig"), ("Sabine", "Wallraff"), ("Michael", "Offermanns")])
    sh = Sheet()
    sh.text(190, 12, klinik, font="serif4", size_pt=12, bold=True, anchor="right")
    sh.text(190, 18, "Klinik für Innere Medizin", font="serif4", size_pt=9, anchor="right")
    sh.text(20, 40, "Arztbrief", font="serif4", size_pt=14, bold=True)
    sh.text(20, 48, f"Patient{'in' if c.fem else ''}: {c.p.surname}, {c.p.given_names}, "
                    f"geb. {fdate(c.p.birth_date, 'short', 'de')}", font="serif4", size_pt=10)
    sh.text(20, 53.5, f"Stationärer Aufenthalt bis {fdate(c.medstat_date, 'short', 'de')}", font="serif4", size_pt=10)
    y = 64
    for head, txt in (("Diagnosen", T["name"]), ("Anamnese", T["history"]), ("Beurteilung", T["severity"]),
                      ("Therapie", "; ".join(T["meds"])), ("Procedere", T["needs"])):
        sh.text(20, y, head + ":", font="serif4", size_pt=10, bold=True)
        y = sh.paragraph(52, y, 138, txt, font="serif4", size_pt=10) + 3
    sh.text(20, y + 4, "Mit freundlichen kollegialen Grüßen", font="serif4", size_pt=10)
    sh.signature(20, y + 9, 36, 12, rng)
    sh.text(20, y + 23, f"Dr. med. {g} {s}, Oberarzt", font="serif4", size_pt=10)
    sh.text(20, 286, f"{klinik} · {street} · Deutschland", font="serif4", size_pt=7, color=GREY)
    return [sh], {}


_reg("be9ter-medstat-specialist-chu-fr", "medical-statement", PART, "fr", medstat_specialist_chu,
     "lettre de CHU au confrère, bloc de référence à droite, '(s)' sous un gribouillis")
_reg("be9ter-medstat-arztbrief-de", "medical-statement", PART, "de", medstat_arztbrief_de,
     "German discharge letter from a hospital across the border, serif, headings with colons")


# --------------------------------------------------------------------------- country-of-origin information

def coi_pharmacy_attest_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An attestation of a pharmacy in the country of origin on availability and price, obtained by the family."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet(paper="cream")
    sh.text(105, 16, f"PHARMACIE {rng.choice(['DE LA PAIX', 'DU CENTRE', 'LA CONFIANCE', 'SAINTE-MARIE'])}",
            font="serif5", size_pt=13, bold=True, anchor="center")
    sh.text(105, 23, f"{o['capital']} – {o['fr']}", font="serif5", size_pt=9, anchor="center")
    sh.text(105, 42, "ATTESTATION", font="serif5", size_pt=14, bold=True, anchor="center")
    txt = (f"Je soussigné, pharmacien titulaire, atteste que le médicament suivant : {drug(c.illness, 'fr')}, "
           f"n'est pas disponible de manière régulière dans notre officine ni chez nos grossistes. Il ne peut être "
           f"obtenu que sur commande, avec un délai de plusieurs semaines, au prix d'environ {il['cost']} par mois, "
           f"entièrement à la charge du patient. Seul {o['hospital']} en dispose occasionnellement. {o['insurance_fr']}")
    y = sh.paragraph(25, 56, 160, txt, font="serif5", size_pt=11, leading=1.55, align="justify")
    sh.text(25, y + 10, f"Fait à {o['capital']}, le {fdate(c.app_date - timedelta(days=rng.randint(20, 60)), 'dots', 'fr')}",
            font="serif5", size_pt=10.5)
    sh.signature(120, y + 16, 40, 13, rng)
    sh.stamp(100, y + 12, [f"PHARMACIE – {o['capital'].upper()}", "LE PHARMACIEN"], rng, shape="oval", size_mm=30)
    return [sh], {}


def coi_laenderinfo_de(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Extract of a German-language country fact sheet on health care, two columns, source line at the foot."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    sh.text(20, 14, f"Länderinformation Gesundheitsversorgung: {o['de']}", font="sans6", size_pt=13, bold=True)
    sh.text(20, 21, "Auszug, Kapitel 5 (Chronische Erkrankungen)", font="sans6", size_pt=9, color=GREY)
    sh.rule(20, 25, 190, 25, width_mm=0.4)
    left = (f"Die medikamentöse Behandlung mit {drug(c.illness, 'de') if 'de' in ILLNESSES[c.illness] else drug(c.illness, 'fr')} "
            f"ist im öffentlichen Sektor nur eingeschränkt verfügbar, im Wesentlichen in {o['hospital']}. "
            f"Lieferengpässe sind häufig.")
    right = (f"Die Kosten (ca. {il['cost']} monatlich) tragen die Patienten selbst; das Durchschnittseinkommen liegt "
             f"bei {o['wage']}. {o['insurance_de']}")
    sh.paragraph(20, 32, 80, left, font="sans6", size_pt=9.5, align="justify")
    sh.paragraph(110, 32, 80, right, font="sans6", size_pt=9.5, align="justify")
    sh.text(20, 280, "Quelle: Länderinformationsdienst Gesundheit, Stand 2025 – Auszug für das Verfahren", font="sans6",
            size_pt=7.5, color=GREY)
    return [sh], {}


_reg("be9ter-coi-pharmacy-attest-fr", "country-of-origin-info", PART, "fr", coi_pharmacy_attest_fr,
     "attestation of a pharmacy in the country of origin, cream paper, oval stamp")
_reg("be9ter-coi-laenderinfo-de", "country-of-origin-info", PART, "de", coi_laenderinfo_de,
     "German country fact sheet extract in two columns")


# --------------------------------------------------------------------------- asylum proof

def asylum_carte_orange(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """'Attestation d'immatriculation' (orange card) issued by the commune to an applicant for protection, copied
    recto on an A4 sheet."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    card = Sheet(120, 80)
    card.rect(0, 0, 120, 80, width_mm=0, fill=(250, 205, 150))
    card.text(60, 3, "ROYAUME DE BELGIQUE", font="sans", size_pt=7, bold=True, anchor="center")
    card.text(60, 7, "ATTESTATION D'IMMATRICULATION – MODÈLE A", font="sans", size_pt=7.5, bold=True, anchor="center")
    card.photo(4, 14, 24, 30, rng)
    rows = [("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
            ("Né(e) le", fdate(c.p.birth_date, "dots", "fr")), ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]),
            ("N° SP", c.ov or "-"), ("Valable jusqu'au", fdate(c.app_date + timedelta(days=rng.randint(40, 150)),
                                                                "dots", "fr"))]
    y = 13
    for lab, val in rows:
        card.text(32, y, lab, font="sans", size_pt=5.5, color=(80, 60, 40))
        card.text(32, y + 2.3, val, font="sans", size_pt=7.5, bold=True)
        y += 7.5
    card.paragraph(4, 60, 112, f"Demande de protection internationale introduite le {fdate(lodged, 'dots', 'fr')} – en "
                   f"cours d'examen. Ce document n'est pas un titre d'identité.", font="sans", size_pt=6.2)
    card.stamp(80, 48, [f"COMMUNE DE {c.addr.city.upper()}", "POPULATION"], rng, size_mm=22)
    sh = Sheet()
    sh.image(45, 40, 120, 80, card.render(300))
    return [sh], {}


def asylum_fedasil_207(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Fedasil's designation of a reception place ('code 207'), which is issued only while the application runs."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    sh.text(20, 14, "fedasil", font="sans5", size_pt=18, bold=True, color=(0, 120, 170))
    sh.text(20, 22, "Federaal agentschap voor de opvang van asielzoekers", font="sans5", size_pt=8.5)
    sh.text(20, 40, "AANWIJZING VAN EEN VERPLICHTE PLAATS VAN INSCHRIJVING (CODE 207)", font="sans5", size_pt=11,
            bold=True)
    rows = [("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
            ("Geboortedatum", fdate(c.p.birth_date, "dots", "nl")), ("OV-nummer", c.ov or "-"),
            ("Verzoek ingediend op", fdate(lodged, "dots", "nl")),
            ("Opvangstructuur", rng.choice(["Opvangcentrum Rode Kruis Lint", "LOI Sint-Niklaas",
                                            "Centre Croix-Rouge Jumet"]))]
    y = 52
    for lab, val in rows:
        sh.text(22, y, lab, font="sans5", size_pt=10)
        sh.text(80, y, val, font="sans5", size_pt=10, bold=True)
        y += 7
    sh.paragraph(22, y + 4, 166, "Deze aanwijzing geldt zolang de procedure tot internationale bescherming loopt. Zij "
                 "vervalt bij een definitieve beslissing.", font="sans5", size_pt=9.5)
    sh.text(22, y + 24, f"Brussel, {fdate(lodged + timedelta(days=rng.randint(1, 9)), 'dots', 'nl')}", font="sans5",
            size_pt=10)
    sh.stamp(120, y + 16, ["FEDASIL", "DISPATCHING", "BRUSSEL"], rng, size_mm=28, color=(0, 110, 160))
    return [sh], {}


def asylum_annexe35(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """'Annexe 35' (special residence document) issued while an appeal against the refusal of protection is
    pending before the Council for Alien Law Litigation, with its extension stamps on the back copied beside it."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    sh.text(105, 14, "ROYAUME DE BELGIQUE – SPF INTÉRIEUR – OFFICE DES ÉTRANGERS", font="serif3", size_pt=9,
            anchor="center")
    sh.text(105, 22, "ANNEXE 35", font="serif3", size_pt=14, bold=True, anchor="center")
    sh.text(105, 28, "Document spécial de séjour (art. 111 de l'arrêté royal du 8 octobre 1981)", font="serif3",
            size_pt=8.5, anchor="center", color=GREY)
    sh.photo(22, 38, 28, 36, rng)
    rows = [("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
            ("Date de naissance", fdate(c.p.birth_date, "dots", "fr")),
            ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("N° SP", c.ov or "-"),
            ("Demande de protection", f"introduite le {fdate(lodged, 'dots', 'fr')}"),
            ("Recours", "pendant devant le Conseil du Contentieux des Étrangers")]
    y = 40
    for lab, val in rows:
        sh.text(58, y, lab, font="serif3", size_pt=9.5)
        sh.text(102, y, val, font="serif3", size_pt=9.5, bold=True)
        y += 6.5
    sh.paragraph(22, y + 6, 166, "Le titulaire de ce document n'est ni admis ni autorisé au séjour, mais peut "
                 "demeurer sur le territoire du Royaume dans l'attente d'une décision du Conseil du Contentieux des "
                 "Étrangers. Ce document est valable un mois à compter de sa délivrance et est prorogé de mois en "
                 "mois.", font="serif3", size_pt=9.5, leading=1.45)
    sh.text(22, y + 30, "Prorogations :", font="serif3", size_pt=9.5, bold=True)
    # the appeal follows the refusal: the first extension comes some weeks after the application was lodged
    d0 = max(lodged + timedelta(days=rng.randint(40, 60)), c.app_date - timedelta(days=rng.randint(60, 120)))
    for k in range(min(3, max(1, (c.app_date - d0).days // 30 + 1))):
        d_ = d0 + timedelta(days=30 * k)
        sh.stamp(22 + k * 55, y + 36, [f"COMMUNE DE {c.addr.city.upper()}"[:24], f"JUSQU'AU {fdate(d_ + timedelta(days=30), 'dots', 'fr')}"],
                 rng, shape="rect", size_mm=24, color=rng.choice([STAMP_BLUE, STAMP_VIOLET]),
                 angle=rng.uniform(-7, 7))
    return [sh], {}


_reg("be9ter-asylum-annexe35-fr", "asylum-proof", PART, "fr", asylum_annexe35,
     "annexe 35 (appeal pending before the CCE/RvV) with monthly extension stamps of the commune")
_reg("be9ter-asylum-carte-orange-fr", "asylum-proof", PART, "fr", asylum_carte_orange,
     "attestation d'immatriculation (orange card), copied recto on A4")
_reg("be9ter-asylum-fedasil-code207-nl", "asylum-proof", PART, "nl", asylum_fedasil_207,
     "Fedasil designation of a reception place (code 207)")


# --------------------------------------------------------------------------- registered mail

def rm_slip_glued(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter slip glued on an A4 sheet by the lawyer's secretary, with a handwritten note, then scanned."""
    sh = Sheet()
    hf = rng.choice(hand_fonts())
    x, y = rng.uniform(50, 70), rng.uniform(40, 60)
    sh.rect(x, y, 78, 110, width_mm=0.2, color=(180, 180, 180), fill=(252, 252, 250))
    sh.text(x + 4, y + 4, "bpost", font="sans4", size_pt=13, bold=True, color=(200, 30, 40))
    sh.text(x + 74, y + 5, "Aangetekend / Recommandé", font="sans4", size_pt=6.5, anchor="right")
    sh.text(x + 4, y + 13, _post_office(c), font="mono2", size_pt=7.5)
    sh.text(x + 4, y + 17, f"{fdate(c.rm_date, 'dots')}  {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}",
            font="mono2", size_pt=7.5)
    barcode(sh, x + 6, y + 24, 66, 10, c.rm_track)
    sh.text(x + 39, y + 36, track_spaced(c.rm_track), font="mono2", size_pt=7, anchor="center")
    sh.text(x + 4, y + 44, "Geadresseerde / Destinataire:", font="mono2", size_pt=7)
    for k, ln in enumerate(c.rm_to):
        sh.text(x + 4, y + 48 + k * 3.8, ln, font="mono2", size_pt=7.5)
    sh.text(x + 4, y + 64, "Afzender / Expéditeur:", font="mono2", size_pt=7)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(x + 4, y + 68 + k * 3.8, ln, font="mono2", size_pt=7.5)
    sh.text(x + 4, y + 86, "Bewijs van afgifte – Preuve de dépôt", font="mono2", size_pt=7)
    sh.text(x + 4, y + 90, f"Tarief {rng.choice(['9,90', '10,40', '11,05'])} EUR", font="mono2", size_pt=7)
    d = c.rm_date
    sh.handwriting(25, y + 125, f"9ter {c.p.surname} – verstuurd {d.day} {fdate(d, 'long').split()[1]} '{d.year % 100}",
                   rng, size_pt=13, font=hf)
    sh.handwriting(25, y + 135, "origineel in dossier, kopie klant", rng, size_pt=11, font=hf)
    return [sh], {"addressee": 1}


def rm_envelope_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A phone photo of the envelope (C4, R label, addressee) with the deposit receipt laid on its corner."""
    sh = Sheet(229, 200, paper="white")
    sh.rect(0, 0, 229, 200, width_mm=0, fill=(236, 228, 205))
    sh.text(14, 12, "\n".join(_sender_lines(c)).split("\n")[0], font="sans", size_pt=9)
    for k, ln in enumerate(_sender_lines(c)[1:]):
        sh.text(14, 17 + k * 4.5, ln, font="sans", size_pt=9)
    sh.rect(110, 14, 62, 24, width_mm=0.3, fill=(255, 255, 255))
    sh.text(113, 16, "R", font="sans4", size_pt=22, bold=True)
    barcode(sh, 124, 17, 45, 11, c.rm_track)
    sh.text(146, 31, track_spaced(c.rm_track), font="mono", size_pt=6.5, anchor="center")
    for k, ln in enumerate(c.rm_to):
        sh.text(110, 70 + k * 8, ln, font="sans", size_pt=15)
    rx, ry = 18, 110
    sh.rect(rx, ry, 70, 80, width_mm=0.2, color=(200, 200, 200), fill=(255, 255, 255))
    sh.text(rx + 3, ry + 3, "bpost – Récépissé", font="sans4", size_pt=8, bold=True)
    sh.text(rx + 3, ry + 9, _post_office(c), font="mono2", size_pt=6.5)
    sh.text(rx + 3, ry + 13, f"{fdate(c.rm_date, 'dots')}", font="mono2", size_pt=6.5)
    sh.text(rx + 3, ry + 19, "Envoi recommandé", font="mono2", size_pt=6.5)
    sh.text(rx + 3, ry + 23, c.rm_track, font="mono2", size_pt=6.5)
    for k, ln in enumerate(c.rm_to):
        sh.text(rx + 3, ry + 31 + k * 3.6, ln[:32], font="mono2", size_pt=6.3)
    sh.stamp(rx + 28, ry + 44, [_post_office(c).upper()[:20], fdate(c.rm_date, "dots"), "BPOST"], rng, size_mm=26,
             color=(40, 40, 40))
    return [sh], {"addressee": 1}


_reg("be9ter-rm-slip-glued-a4-nl", "registered-mail-receipt", PART, "nl", rm_slip_glued,
     "counter slip glued on an A4 sheet with the secretary's handwritten note")
_reg("be9ter-rm-envelope-photo-fr", "registered-mail-receipt", PART, "fr", rm_envelope_photo,
     "phone photo of the C4 envelope with the R label and the receipt laid on it")


# --------------------------------------------------------------------------- other

def other_declaration_hand_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own declaration about his identity, written by hand on squared paper (no evidentiary value)."""
    sh = Sheet(paper="white")
    for k in range(0, 297, 5):
        sh.rule(0, k, 210, k, width_mm=0.08, color=(190, 205, 225))
    for k in range(0, 210, 5):
        sh.rule(k, 0, k, 297, width_mm=0.08, color=(190, 205, 225))
    hf = rng.choice(hand_fonts())
    lines = ["Verklaring op eer", "",
             f"Ik, {c.p.given_names} {c.p.surname}, geboren op {fdate(c.p.birth_date, 'dots')}",
             f"in {c.p.birth_place} ({cname(c.birth_cc(), 'nl')}), {COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit,",
             f"wonende {addr_str(c.addr, 'nl', 'street-first')},",
             "verklaar dat ik geen paspoort of identiteitskaart meer heb.",
             "Mijn documenten zijn verloren tijdens de reis.", "Dit is de waarheid.", "",
             f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'slashes')}"]
    y = 30
    for ln in lines:
        if ln:
            sh.handwriting(22, y, ln, rng, size_pt=13 if y > 30 else 16, font=hf)
        y += 10
    sh.signature(22, y + 2, 45, 15, rng)
    return [sh], {"identity": 1}


def other_cpas_amu_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS decision granting urgent medical aid (aide médicale urgente), which lawyers often add to a 9ter file."""
    sh = Sheet()
    commune = c.addr.city
    sh.text(20, 14, f"CPAS de {commune}", font="sans2", size_pt=12, bold=True)
    sh.text(20, 20, "Service social – Aide médicale urgente", font="sans2", size_pt=9)
    sh.text(190, 36, f"Réf. AMU/{rng.randint(1000, 9999)}", font="sans2", size_pt=9, anchor="right")
    sh.text(20, 48, "DÉCISION", font="sans2", size_pt=13, bold=True)
    txt = (f"Le Comité spécial du service social, en sa séance du "
           f"{fdate(c.app_date - timedelta(days=rng.randint(30, 120)), 'long', 'fr')}, décide d'accorder à "
           f"{name_in(c.p, 'Given SURNAME')}, né(e) le {fdate(c.p.birth_date, 'dots', 'fr')}, l'aide médicale urgente "
           f"pour une durée de trois mois, couvrant les consultations et les médicaments prescrits.")
    y = sh.paragraph(20, 58, 170, txt, font="sans2", size_pt=10.5, leading=1.45)
    sh.text(20, y + 12, "Le Secrétaire général", font="sans2", size_pt=10)
    sh.text(120, y + 12, "Le Président", font="sans2", size_pt=10)
    sh.signature(20, y + 16, 36, 12, rng)
    sh.signature(120, y + 16, 36, 12, rng)
    return [sh], {}


_reg("be9ter-other-declaration-nl-handwritten", "other", PART, "nl", other_declaration_hand_nl,
     "the applicant's own declaration on honour written by hand on squared paper")
_reg("be9ter-other-cpas-amu-fr", "other", PART, "fr", other_cpas_amu_fr, "CPAS decision on urgent medical aid")


def rm_app_screenshot_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A screenshot of the bpost app showing the registered letter's deposit, sent by the client and printed
    as it came (phone-screen proportions, status bar on top)."""
    sh = Sheet(75, 162)
    sh.rect(0, 0, 75, 162, width_mm=0, fill=(246, 246, 246))
    sh.text(4, 2, f"{rng.randint(9, 21)}:{rng.randint(10, 59)}", font="sans4", size_pt=6.5, bold=True)
    sh.text(71, 2, f"4G  {rng.randint(20, 95)} %", font="sans4", size_pt=6, anchor="right")
    sh.rect(0, 7, 75, 12, width_mm=0, fill=(200, 30, 40))
    sh.text(5, 10, "‹  Mijn zendingen", font="sans3", size_pt=8, color=(255, 255, 255))
    sh.text(5, 24, "Aangetekende zending", font="sans4", size_pt=9, bold=True)
    sh.text(5, 29.5, track_spaced(c.rm_track), font="mono2", size_pt=7)
    sh.rect(4, 35, 67, 22, width_mm=0, fill=(255, 255, 255))
    sh.text(6, 37, "Bestemmeling", font="sans4", size_pt=6, color=GREY)
    for k, ln in enumerate(c.rm_to):
        sh.text(6, 40.5 + k * 3.6, ln, font="sans4", size_pt=7.2)
    sh.rect(4, 60, 67, 19, width_mm=0, fill=(255, 255, 255))
    sh.text(6, 62, "Afzender", font="sans4", size_pt=6, color=GREY)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(6, 65.5 + k * 3.6, ln[:36], font="sans4", size_pt=7.2)
    sh.text(5, 85, "Status", font="sans4", size_pt=8.5, bold=True)
    events = [(c.rm_date, f"{rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}",
               f"Afgegeven – {_post_office(c)}")]
    if c.rm_date < c.app_date + timedelta(days=1) and rng.random() < 0.5:
        events.insert(0, (c.rm_date + timedelta(days=1), "07:02", "In sortering – Brussel X"))
    y = 92
    for d_, hh, ev in events:
        sh.rect(6, y + 0.8, 2.4, 2.4, width_mm=0, fill=(200, 30, 40))
        sh.text(11, y, ev, font="sans4", size_pt=7.2)
        sh.text(11, y + 3.6, f"{fdate(d_, 'dots')} om {hh}", font="sans4", size_pt=6.3, color=GREY)
        y += 10
    sh.rect(25, 155, 25, 1.2, width_mm=0, fill=(40, 40, 40))
    return [sh], {"addressee": 1}


_reg("be9ter-rm-app-screenshot-nl", "registered-mail-receipt", PART, "nl", rm_app_screenshot_nl,
     "screenshot of the bpost app with the deposit event, phone-screen proportions")
