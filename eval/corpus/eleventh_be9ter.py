"""9ter families of the `eleventh` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to tenth had been read, by a writer who saw neither the validator nor
its output.  Applications: a Leuven office's letter framed by a thin rule on every page, with underlined headings
and '- 1 -' page numbers (also written in English by a trainee); a Mons avocat's requête in 'EN FAIT / EN DROIT /
PAR CES MOTIFS' with a running header and an inventory of pieces; a Liège social service's questionnaire printed
from Word with dotted leaders, answered by hand and signed under 'lu et approuvé'.  The 2024 certificate printed
from a fillable PDF with shaded question bands and radio buttons, and the previous model retyped by a hospital
secretary under the hospital's colour band (in French and in English).  A specialist's letter to the lawyer
('Cher Maître'), a Belgian hospital's discharge letter; a relative's chat with a pharmacy in the country of origin
printed from a phone screenshot, an extract of a published country report in two columns; local reception
initiatives' (ILA/LOI) attestations and a reception centre's attestation printed from its case software; bpost's list of registered items deposited by the office, bpost's A4 counter
print, a handwritten carbon deposit slip; a handwritten declaration on honour 'lu et approuvé' and a CPAS
attestation of social-integration income.  Copy habits: the lid left open, the DMS barcode sticker, a pen on the
glass, a curling page (eleventh_identity).  Sentence builders ``s11_*``.
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
from .eleventh_identity import curl_shadow, dms_sticker, lid_open, pen_on_glass
from .fresh_be9ter import _stamp_lines, _values
from .ninth_identity import hand_safe
from .paper import Sheet

PART = "eleventh"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _cl(c: Case, lang: str) -> str:
    """These offices write of 'my client' (cliënt/cliënte, client/cliente)."""
    return {"nl": "mijn cliënte" if c.fem else "mijn cliënt", "fr": "ma cliente" if c.fem else "mon client",
            "en": "my client"}[lang]


def _Cl(c: Case, lang: str) -> str:
    s = _cl(c, lang)
    return s[0].upper() + s[1:]


def _pc(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "en": f" [exhibit {n}]"}[lang]


def s11_person(c: Case, lang: str) -> str:
    """Name first, then nationality, then birth; the number in brackets."""
    who = name_in(c.p, c.name_style)
    nat = None if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    born = c.d(c.p.birth_date, lang)
    place = None if "no_birthplace" in c.flags else f"{c.p.birth_place}, {cname(c.birth_cc(), lang)}"
    num = c.nrn and {"nl": f"rijksregister {c.nrn}", "fr": f"registre national {c.nrn}",
                     "en": f"national register {c.nrn}"}[lang] or {"nl": f"OV {c.ov}", "fr": f"SP {c.ov}",
                                                                    "en": f"SP {c.ov}"}[lang]
    if lang == "nl":
        return (f"{_Cl(c, lang)} heet {who}" + (f", is van {nat} nationaliteit" if nat else "") +
                f" en is geboren op {born}" + (f" in {place}" if place else "") + f" ({num}).")
    if lang == "fr":
        e = "e" if c.fem else ""
        return (f"{_Cl(c, lang)} s'appelle {who}" + (f", de nationalité {nat}" if nat else "") +
                f" ; {'elle' if c.fem else 'il'} est né{e} le {born}" + (f" à {place}" if place else "") +
                f" ({num}).")
    return (f"{_Cl(c, lang)} is {who}" + (f", a {nat} national" if nat else "") + f", born on {born}" +
            (f" in {place}" if place else "") + f" ({num}).")


def s11_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_Cl(c, lang)} heeft op dit ogenblik geen eigen verblijfplaats en slaapt bij kennissen.",
                "fr": f"{_Cl(c, lang)} n'a pas d'adresse à ce jour et loge chez des connaissances.",
                "en": "My client has no address at the moment and sleeps at acquaintances' homes."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_Cl(c, lang)} verblijft feitelijk te {a}.", "fr": f"{_Cl(c, lang)} séjourne de fait au {a}.",
            "en": f"My client in fact lives at {a}."}[lang]


def s11_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor deze procedure kiest {_cl(c, lang)} woonplaats op mijn kantoor, {w}.",
                "fr": f"Pour la présente procédure, {_cl(c, lang)} fait élection de domicile en mon cabinet, {w}.",
                "en": f"For this procedure my client elects domicile at my office, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Voor deze procedure wordt woonplaats gekozen bij {c.other_domicile}.",
                "fr": f"Pour la présente procédure, domicile est élu auprès de {c.other_domicile}.",
                "en": f"For this procedure domicile is elected with {c.other_domicile}."}[lang]
    return {"nl": "Voor deze procedure wordt woonplaats gekozen op dat adres.",
            "fr": "Pour la présente procédure, domicile est élu à cette adresse.",
            "en": "For this procedure domicile is elected at that address."}[lang]


def s11_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _pc(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_Cl(c, lang)} is verzoeker om internationale bescherming sinds {d}; over dat verzoek is nog "
                      f"niet definitief beslist{ref}. Een identiteitsbewijs is daarom niet vereist (art. 9ter, § 2, "
                      f"tweede lid).",
                "fr": f"{_Cl(c, lang)} a introduit une demande de protection internationale le {d}, sur laquelle il "
                      f"n'a pas encore été statué définitivement{ref}. La preuve de l'identité n'est donc pas requise "
                      f"(art. 9ter, § 2, al. 2).",
                "en": f"My client applied for international protection on {d}; no final decision has been taken{ref}, "
                      f"so proof of identity is not required (Art. 9ter § 2, second paragraph)."}[lang]
    if k == "none":
        return {"nl": f"{_Cl(c, lang)} wacht nog op een nieuw paspoort van de ambassade.",
                "fr": f"{_Cl(c, lang)} attend toujours un nouveau passeport de son ambassade.",
                "en": "My client is still waiting for a new passport from the embassy."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _pc(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"nl": "met een beëdigde vertaling", "fr": "avec une traduction jurée",
                      "en": "with a sworn translation"}[lang] + _pc(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"nl": f"De identiteit van {_cl(c, lang)} blijkt uit: {lst}.",
         "fr": f"L'identité de {_cl(c, lang)} est établie par : {lst}.",
         "en": f"My client's identity is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Ook een verlopen paspoort bewijst de identiteit.",
              "fr": " Un passeport expiré établit lui aussi l'identité.",
              "en": " An expired passport still proves identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Die stukken samen tonen naam, geboortedatum en nationaliteit.",
              "fr": " Ensemble, ces pièces établissent le nom, la date de naissance et la nationalité.",
              "en": " Together these show name, date of birth and nationality."}[lang]
    return s


def s11_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag van {doc} van {cd}", "fr": f"le rapport du {doc} du {cd}",
               "en": f"the report of {doc} of {cd}"}[lang] + _pc(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type du {doc} daté du {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _pc(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Volgens {src} lijdt {_cl(c, lang)} aan {t['name']}. {t['severity']} De behandeling bestaat uit: "
                  f"{meds}.",
            "fr": f"Selon {src}, {_cl(c, lang)} souffre de {t['name']}. {t['severity']} Le traitement comprend : "
                  f"{meds}.",
            "en": f"According to {src}, my client suffers from {t['name']}. {t['severity']} The treatment consists "
                  f"of: {meds}."}[lang]


def s11_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _pc(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"In {cn} is {dr} slechts beschikbaar in {o['hospital']}{r}; het kost er ongeveer {il['cost']} per "
                  f"maand, bij een gemiddeld loon van {o['wage']}. {o['insurance_nl']} {_Cl(c, lang)} kan in geen "
                  f"ander land verblijven.",
            "fr": f"En {cn}, {dr} n'est disponible qu'à {o['hospital']}{r}, pour environ {il['cost']} par mois, alors "
                  f"que le salaire moyen est de {o['wage']}. {o['insurance_fr']} {_Cl(c, lang)} n'a de droit de "
                  f"séjour dans aucun autre pays.",
            "en": f"In {cn}, {dr} is only available at {o['hospital']}{r}, at about {il['cost']} a month, against an "
                  f"average wage of {o['wage']}. {o['insurance_en']} My client cannot reside in any other "
                  f"country."}[lang]


def s11_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        out.append(f"{q.surname.upper()} {q.given_names} ({rel[m.rel]}, {c.d(q.birth_date, lang)}, {q.birth_place}"
                   f"{nat}){_pc(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt ook voor de volgende gezinsleden: {lst}.",
            "fr": f"La demande vaut également pour les membres de la famille suivants : {lst}.",
            "en": f"The application also covers these family members: {lst}."}[lang]


def s11_other_proc(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Op {d} diende {_cl(c, lang)} al een 9ter-aanvraag in die nog hangende is; deze aanvraag "
                          f"actualiseert ze.",
                    "fr": f"Le {d}, {_cl(c, lang)} a déjà introduit une demande 9ter toujours pendante, que la "
                          f"présente actualise.",
                    "en": f"On {d} my client already lodged a 9ter application, still pending, which this one "
                          f"updates."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                    "fr": f"La demande de protection internationale a été définitivement refusée le {d}.",
                    "en": f"The application for international protection was finally refused on {d}."}[lang])
    return " ".join(out) or None


def s11_ask(c: Case, lang: str) -> str:
    return {"nl": f"Ik verzoek u dan ook deze aanvraag ontvankelijk en gegrond te verklaren en {_cl(c, lang)} te "
                  f"machtigen tot verblijf op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"Je vous prie dès lors de déclarer la demande recevable et fondée et d'autoriser {_cl(c, lang)} au "
                  f"séjour sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "I therefore ask you to declare the application admissible and well founded and to grant my client "
                  "leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]


def _sections(c: Case, lang: str) -> list[tuple[str, str | None, str]]:
    H = {"nl": ("Persoonsgegevens", "Verblijfplaats en gekozen woonplaats", "Gezinsleden", "Identiteit",
                "Medische toestand", "Zorg in het land van herkomst", "Andere procedures"),
         "fr": ("Données personnelles", "Résidence et domicile élu", "Membres de la famille", "Identité",
                "État de santé", "Soins au pays d'origine", "Autres procédures"),
         "en": ("Personal details", "Residence and elected domicile", "Family members", "Identity",
                "Medical condition", "Care in the country of origin", "Other procedures")}[lang]
    return [(H[0], s11_person(c, lang), "personal"),
            (H[1], " ".join(x for x in (s11_home(c, lang), s11_domicile(c, lang)) if x), "residence"),
            (H[2], s11_family(c, lang), "family"), (H[3], s11_identity(c, lang), "identity"),
            (H[4], s11_medical(c, lang), "medical"), (H[5], s11_coi(c, lang), "coi"),
            (H[6], s11_other_proc(c, lang), "parallel")]


# --------------------------------------------------------------------------- applications

_LEU = {"nl": dict(to=["Aan de Dienst Vreemdelingenzaken", "Sectie 9ter", "Pachecolaan 44", "1000 Brussel"],
                   via="Per aangetekende zending", subj="Betreft: aanvraag machtiging tot verblijf – art. 9ter Vw.",
                   open="Geachte,", intro="Namens {cl} dien ik bij deze een aanvraag in tot machtiging tot verblijf om "
                   "medische redenen.", close="Met de meeste hoogachting,", role="advocaat",
                   pieces="Inventaris van de stukken", date="Leuven,"),
        "en": dict(to=["To the Immigration Office (DVZ)", "9ter Section", "Pachecolaan 44", "1000 Brussels"],
                   via="By registered post", subj="Re: application for leave to remain – Art. 9ter Aliens Act",
                   open="Dear Sir or Madam,", intro="On behalf of {cl} I hereby submit an application for leave to "
                   "remain on medical grounds.", close="Yours faithfully,", role="trainee lawyer",
                   pieces="List of exhibits", date="Leuven,")}


def app_frame_letter(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A Leuven office's letter: a thin rule frames the text of every page, the letterhead centred in spaced small
    capitals, each part under an underlined bold heading, '- n -' centred at the foot, the exhibits listed at the
    end."""
    W_ = _LEU[lang]
    L = c.lawyer
    f = "serif2"

    def new_sheet(i):
        sh = Sheet()
        sh.rect(14, 10, 182, 277, width_mm=0.25, color=(90, 90, 90))
        if i == 0:
            sh.text(105, 16, " ".join(L["firm"].upper()), font=f, size_pt=10, anchor="center", color=(60, 60, 60))
            sh.text(105, 22, f"{L['street']} · {L['pc']} {L['city']} · {L['tel']}", font=f, size_pt=8,
                    anchor="center", color=GREY)
            sh.rule(70, 27, 140, 27, width_mm=0.2, color=(120, 120, 120))
            return sh, 36
        return sh, 18

    fl = Flow(new_sheet, left=22, right=188, bottom=272, font=f, size=10.6, leading=1.42)
    for ln in W_["to"]:
        fl.line(ln, x=112)
    fl.space(5)
    fl.line(f"{W_['date']} {c.d(c.app_date, lang, 'long')}", x=112)
    fl.line(W_["via"], x=112, size=9.5, italic=True)
    fl.space(5)
    fl.para(W_["subj"], bold=True)
    fl.para(f"{name_in(c.p, c.name_style)}", size=10)
    fl.space(2)
    fl.para(W_["open"])
    fl.para(W_["intro"].format(cl=_cl(c, lang)))
    n = 1
    for head, txt, tag in _sections(c, lang):
        if not txt:
            continue
        fl.ensure(14)
        fl.tag(tag)
        y = fl.y
        h = f"{n}. {head}"
        fl.sheet.text(22, y, h, font=f, size_pt=10.6, bold=True)
        fl.sheet.rule(22, y + 4.6, 22 + fl.sheet.text_width(h, font=f, size_pt=10.6, bold=True), y + 4.6,
                      width_mm=0.25)
        fl.y = y + 6.5
        fl.para(txt, align="justify")
        n += 1
    fl.para(s11_ask(c, lang))
    fl.para(W_["close"], gap=3)
    fl.ensure(32)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(24, y, 50, 16, rng, color=INK_BLUE)
    fl.sheet.text(22, y + 18, f"{L['first']} {L['last']}", font=f, size_pt=10.6)
    fl.sheet.text(22, y + 23, W_["role"], font=f, size_pt=9.5, color=GREY)
    fl.y = y + 32
    if c.annexes:
        fl.para(W_["pieces"], bold=True, gap=1.2, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i}. {d}", indent=6, gap=0.3, size=10)
    for i, sh in enumerate(fl.sheets, 1):
        sh.text(105, 280, f"- {i} -", font=f, size_pt=9, anchor="center")
    return fl.sheets, fl.tags


def app_en_fait_en_droit(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Mons avocat's requête: a running header on every page ('Requête 9ter – NAME – page x/y'), the address block
    at the left, the argument under centred headings EN FAIT / EN DROIT / PAR CES MOTIFS, the pieces in an inventory
    table at the end; signed at the right."""
    L = c.lawyer
    f = "serif"
    who = f"{c.p.surname.upper()} {c.p.given_names}"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(22, 12, f"Maître {L['first']} {L['last']}", font=f, size_pt=12, bold=True)
            sh.text(22, 17.5, "Avocat au barreau de Mons", font=f, size_pt=9, italic=True)
            sh.text(22, 22, f"{L['street']} – {L['pc']} {L['city']} – {L['tel']}", font=f, size_pt=8.5, color=GREY)
            return sh, 34
        return sh, 22

    fl = Flow(new_sheet, left=22, right=188, bottom=274, font=f, size=11, leading=1.45)
    for ln in ["À l'attention de Monsieur le Directeur général", "Office des Étrangers – cellule 9ter",
               "Boulevard Pachéco, 44", "1000 BRUXELLES"]:
        fl.line(ln)
    fl.space(5)
    fl.line(f"Mons, le {c.d(c.app_date, 'fr', 'long')}", x=120)
    fl.line("Envoi recommandé", x=120, size=9.5, italic=True)
    fl.space(4)
    fl.para(f"Objet : demande d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980 – "
            f"{who}", bold=True)
    fl.para("Monsieur le Directeur général,")
    fl.para(f"J'ai l'honneur de solliciter, pour {_cl(c, 'fr')}, une autorisation de séjour pour raisons médicales.")
    secs = {k: (h, t) for h, t, k in [(h, t, k) for h, t, k in _sections(c, "fr")]}
    for head, keys in (("EN FAIT", ("personal", "residence", "family", "identity", "parallel")),
                       ("EN DROIT", ("medical", "coi"))):
        fl.ensure(16)
        fl.space(2)
        fl.para(head, bold=True, align="center", gap=3)
        for k in keys:
            txt = secs[k][1]
            if txt:
                fl.para(txt, tag=k, align="justify")
    fl.para("PAR CES MOTIFS,", bold=True, align="center", gap=3)
    fl.para(s11_ask(c, "fr"))
    fl.para("Je vous prie d'agréer, Monsieur le Directeur général, l'assurance de ma haute considération.", gap=3)
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    fl.sheet.text(120, y, "Pour le requérant, son conseil,", font=f, size_pt=10)
    if "unsigned" not in c.flags:
        fl.sheet.signature(122, y + 5, 46, 15, rng, color=INK_BLACK)
    fl.sheet.text(120, y + 22, f"Me {L['first']} {L['last']}", font=f, size_pt=10.5)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(20)
        fl.para("INVENTAIRE DES PIÈCES", bold=True, gap=1.5, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.ensure(6)
            fl.sheet.rect(22, fl.y - 0.8, 14, 6, width_mm=0.15)
            fl.sheet.rect(36, fl.y - 0.8, 152, 6, width_mm=0.15)
            fl.sheet.text(25, fl.y, str(i), font=f, size_pt=9.5)
            fl.sheet.text(38, fl.y, d[:92], font=f, size_pt=9.5)
            fl.y += 6
    n = len(fl.sheets)
    for i, sh in enumerate(fl.sheets, 1):
        sh.text(188, 8, f"Requête 9ter – {who} – page {i}/{n}", font=f, size_pt=8, anchor="right", color=GREY)
    return fl.sheets, fl.tags


def app_lu_approuve_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Liège social service's 9ter questionnaire printed from Word: each question followed by dotted leaders on
    which the answer is written by hand, two pages, closed by 'Lu et approuvé' written by the applicant above the
    signature, the social worker's name typed."""
    city = "Liège"
    lf = "serif3"
    hf = rng.choice(["hand1", "hand4"])
    ink = rng.choice([INK_BLUE, INK_BLACK])
    tags: dict[str, int] = {}
    sheets = [Sheet(), Sheet()]
    for i, sh in enumerate(sheets, 1):
        sh.text(20, 10, f"Service social – Relais Santé {city}", font=lf, size_pt=8.5, color=GREY)
        sh.text(190, 10, f"{i}/2", font=lf, size_pt=8.5, anchor="right", color=GREY)
    sheets[0].text(105, 18, "QUESTIONNAIRE – DEMANDE DE RÉGULARISATION MÉDICALE (9ter)", font=lf, size_pt=11,
                   bold=True, anchor="center")
    cur = {"p": 0, "y": 30.0}

    who = "la demandeuse" if c.fem else "le demandeur"

    def q(label, ans, tag=None):
        # the social worker writes of the applicant, not of 'my client'
        ans = (ans or "").replace("Ma cliente", who.capitalize()).replace("Mon client", who.capitalize()) \
            .replace("ma cliente", who).replace("mon client", who)
        sh = sheets[cur["p"]]
        rows = sh.wrap(hand_safe(ans or ""), 164, font=hf, size_pt=11) if ans else []
        n = max(1, len(rows))
        need = 6 + n * 6.5
        if cur["y"] + need > 270 and cur["p"] == 0:
            cur["p"], cur["y"] = 1, 22.0
            sh = sheets[1]
        if tag:
            tags[tag] = cur["p"] + 1
        y = cur["y"]
        sh.text(20, y, label, font=lf, size_pt=9.5, bold=True)
        for k in range(n):
            sh.text(20, y + 6 + k * 6.5, "." * 150, font=lf, size_pt=7, color=(140, 140, 140))
            if k < len(rows):
                sh.handwriting(22, y + 2.0 + k * 6.5, rows[k], rng, size_pt=11, color=ink, font=hf)
        cur["y"] = y + need + 2

    q("Nom et prénom(s) :", f"{c.p.surname.upper()} {c.p.given_names}", "personal")
    q("Date de naissance :", c.d(c.p.birth_date, "fr", "slashes"))
    q("Lieu et pays de naissance :", "" if "no_birthplace" in c.flags else
      f"{c.p.birth_place} ({cname(c.birth_cc(), 'fr')})")
    q("Nationalité :", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_fr"])
    q("N° de registre national ou n° SP :", c.nrn or c.ov)
    q("Adresse où vous habitez réellement :", "" if "no_address" in c.flags else addr_str(c.addr, "fr", c.addr_style),
      "residence")
    dom = s11_domicile(c, "fr")
    q("Domicile élu pour la procédure :", "" if dom is None else (
        "même adresse" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile))
    fam = s11_family(c, "fr")
    q("Membres de la famille compris dans la demande :", fam or "aucun", "family" if fam else None)
    q("Documents d'identité (ou pourquoi vous n'en avez pas) :", s11_identity(c, "fr"), "identity")
    q("Maladie, gravité et traitement :", s11_medical(c, "fr"), "medical")
    coi = s11_coi(c, "fr")
    q("Soins disponibles au pays d'origine :", coi or "", "coi" if coi else None)
    par = s11_other_proc(c, "fr")
    q("Autres procédures en cours ou passées :", par or "non", "parallel" if par else None)
    q("Pièces jointes :", " ; ".join(f"{i}) {d}" for i, (_, d) in enumerate(c.annexes, 1)), "inventory")
    sh = sheets[1]
    y = max(cur["y"] if cur["p"] == 1 else 22.0, 22.0) + 6
    tags["signature"] = 2
    sh.text(20, y, f"Fait à {city}, le", font=lf, size_pt=10)
    sh.handwriting(52, y - 1.5, c.d(c.app_date, "fr", "slashes"), rng, size_pt=11, color=ink, font=hf)
    sh.text(20, y + 10, "Signature du demandeur, précédée de la mention « lu et approuvé » :", font=lf, size_pt=9.5)
    if "unsigned" not in c.flags:
        sh.handwriting(26, y + 16, "Lu et approuvé", rng, size_pt=12, color=ink, font=hf)
        sh.signature(30, y + 24, 46, 15, rng, color=ink)
    sh.text(120, y + 44, "Assistante sociale : " + rng.choice(["M. Dethier", "S. Bouhassoun", "C. Lejeune"]),
            font=lf, size_pt=9)
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-kader-onderlijnd", "application", PART, "nl",
     lambda c, r: app_frame_letter(c, r, lang="nl"),
     "Leuven lawyer's letter framed by a thin rule, underlined numbered headings, '- n -' page numbers")
_reg("be9ter-app-fr-lawyer-prose-en-fait-en-droit", "application", PART, "fr", app_en_fait_en_droit,
     "Mons avocat's requête, running header, EN FAIT / EN DROIT / PAR CES MOTIFS, inventory table")
_reg("be9ter-app-fr-form-pointilles-lu-et-approuve", "application", PART, "fr", app_lu_approuve_fr,
     "Liège social service's questionnaire, answers by hand on dotted leaders, 'lu et approuvé' above the signature")
_reg("be9ter-app-en-lawyer-kader-stagiair", "application", PART, "en",
     lambda c, r: app_frame_letter(c, r, lang="en"),
     "the Leuven framed layout written in English by a trainee (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_2024_bands(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from the fillable PDF: each question in a grey band across the page, the answer in a
    white field under it, the severity as radio buttons (● for the one chosen), the treatment as a three-column
    table; the doctor's round stamp beside the signature; the office's DMS sticker."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans6"
    tags: dict[str, int] = {}
    pages = [Sheet()]
    st = {"y": 34.0}
    pages[0].text(20, 12, M["title"], font=f, size_pt=12.5, bold=True)
    pages[0].paragraph(20, 18, 170, M["law"], font=f, size_pt=7.5)
    pages[0].text(20, 27, M["model"], font=f, size_pt=7.5, color=GREY)

    def band(head, body, tag=None, extra=0.0):
        sh = pages[-1]
        rows = sh.wrap(body or "", 166, font=f, size_pt=9.6) if body else []
        h = 7 + 4.5 * max(1, len(rows)) + 3 + extra
        if st["y"] + h > 280:
            pages.append(Sheet())
            st["y"] = 14
            sh = pages[-1]
        if tag:
            tags[tag] = len(pages)
        y = st["y"]
        sh.rect(20, y, 170, 6, width_mm=0, fill=(222, 226, 230))
        sh.text(22, y + 1.0, head[:110], font=f, size_pt=8.6, bold=True)
        sh.rect(20, y + 6, 170, h - 6, width_mm=0.2, color=(160, 160, 160))
        for k, ln in enumerate(rows):
            sh.text(23, y + 8 + k * 4.5, ln, font=f, size_pt=9.6)
        st["y"] = y + h + 1.5
        return sh, y + 8 + 4.5 * len(rows)

    band(M["s1"], f"{M['name']}: {v['surname']}  ·  {M['first']}: {v['first']}  ·  {M['bd']}: {v['bd']}  ·  "
                  f"{M['nat']}: {v['nat']}", "patient")
    band(M["s2"], f"{d.name()} · {M['riziv']}: {v['riziv'] or ''} · {d.street}, {d.pc} {d.city}", "doctor")
    band(M["s3"], fdate(c.cert_date - timedelta(days=rng.randint(200, 2400)), "slashes", lang))
    band(M["s4"], v["hist"])
    band(M["s5"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    so = M["sevopts"]
    sev = (v["sev"] or "").lower()
    k = -1 if not sev else 3 if sev.startswith(so[3]) else 1 if sev.startswith(so[1]) else \
        0 if sev.startswith(so[0]) else 2
    radios = "    ".join(("● " if j == k else "○ ") + o for j, o in enumerate(so))
    band(M["s6"], radios + (f"  —  {v['sev']}" if v["sev"] else ""), "severity")
    sh, yy = band(M["s7"], "", "treatment", extra=12)
    for j, (a, b) in enumerate(((M["s7a"], v["meds"]), (M["s7b"], v["interv"]), (M["s7c"], v["dur"]))):
        x = 22 + j * 56
        sh.text(x, yy - 4.2, a[:30], font=f, size_pt=7.5, color=GREY)
        sh.paragraph(x, yy, 54, b or "", font=f, size_pt=8.6, leading=1.15)
    band(M["s8"], v["cons"])
    band(M["s9"], v["prog"])
    band(M["s10"], v["needs"])
    band(M["s11"], f"{M['yes']} – {v['travel']}")
    sh = pages[-1]
    if st["y"] > 240:
        pages.append(Sheet())
        st["y"] = 16
        sh = pages[-1]
    y = st["y"] + 5
    tags["signature"] = len(pages)
    sh.text(20, y, f"{M['date']}: {v['date']}", font=f, size_pt=10)
    sh.text(20, y + 6, M["sign"], font=f, size_pt=9, color=GREY)
    if v["signed"]:
        sh.signature(24, y + 11, 48, 16, rng, color=INK_BLUE)
        sh.stamp(84, y + 8, _stamp_lines(c, lang, bool(v["riziv"])), rng, size_mm=30, color=STAMP_BLUE)
    for i, p in enumerate(pages, 1):
        p.text(190, 289, M["page"].format(i=i, n=len(pages)), font=f, size_pt=7.5, anchor="right", color=GREY)
    dms_sticker(pages[0], rng, y=3)
    return pages, tags


def medcert_old_hospital(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model retyped by a hospital department's secretary: the hospital's colour band with its name
    at the top of page one, the official questions as bold underlined capitals, the answers under them, the
    doctor's typed name, RIZIV number, signature and stamp; copied with the lid open (fr) or curling (en)."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans2"
    col = (0, 90, 120)

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rect(0, 0, 210, 20, width_mm=0, fill=col)
            sh.text(20, 5, d.inst, font=f, size_pt=13, bold=True, color=(255, 255, 255))
            sh.text(20, 12, f"{d.street} · {d.pc} {d.city} · {d.tel}", font=f, size_pt=8.5, color=(225, 235, 240))
            return sh, 28
        return sh, 14

    fl = Flow(new_sheet, left=20, right=190, bottom=278, font=f, size=10, leading=1.32)
    fl.para(M["title"], bold=True, size=12.5, align="center", gap=1)
    fl.para(f"{M['sub']} {M['law']}", size=8, align="center", gap=3)
    fl.tag("patient")
    fl.para(f"{M['pat']}: {v['pat']}", gap=0.5)
    fl.para(f"{M['bd']}: {v['bd']}     {M['nat']}: {v['nat']}", gap=3)

    def q(head, ans, tag=None):
        fl.ensure(12)
        if tag:
            fl.tag(tag)
        y = fl.y
        lines = fl.sheet.wrap(head.upper(), 170, font=f, size_pt=9, bold=True)
        for k, ln in enumerate(lines):
            fl.sheet.text(20, y + k * 4.4, ln, font=f, size_pt=9, bold=True)
            fl.sheet.rule(20, y + k * 4.4 + 4.0, 20 + fl.sheet.text_width(ln, font=f, size_pt=9, bold=True),
                          y + k * 4.4 + 4.0, width_mm=0.2)
        fl.y = y + 4.4 * len(lines) + 1.5
        fl.para(ans or "", gap=2.5)

    q(M["A"], v["hist"])
    q(M["B"], f"{M.get('diag', '')} {v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    fl.tag("severity")
    fl.para(f"{M['sev']} {v['sev']}", gap=2.5)
    q(M["C"], f"{M.get('med', '')} {v['meds']}", "treatment")
    fl.para(f"{M['interv']} {v['interv']}", gap=0.5)
    fl.para(f"{M['dur']} {v['dur']}", gap=2.5)
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
    sh.text(20, y + 6, f"{d.name()} – {M['riziv']} {v['riziv']}", font=f, size_pt=10)
    sh.text(20, y + 12, M["sign"], font=f, size_pt=9, color=GREY)
    if v["signed"]:
        sh.signature(26, y + 17, 48, 15, rng, color=INK_BLUE)
        sh.stamp(96, y + 14, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", bool(v["riziv"])), rng,
                 shape="rect", size_mm=36, color=STAMP_VIOLET)
    if lang == "en":
        return [curl_shadow(p, rng) for p in fl.sheets], fl.tags
    return [lid_open(fl.sheets[0], rng)] + fl.sheets[1:], fl.tags


_reg("be9ter-medcert-2024-fr-pdf-banden-radioknoppen", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_bands(c, r, lang="fr"),
     "2024 model printed from the fillable PDF: grey question bands, radio buttons, treatment table, DMS sticker")
_reg("be9ter-medcert-2024-nl-pdf-banden-radioknoppen", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_bands(c, r, lang="nl"),
     "2024 model, fillable PDF with grey bands and radio buttons, in Dutch")
_reg("be9ter-medcert-old-fr-ziekenhuisband-deksel-open", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_hospital(c, r, lang="fr"),
     "previous model retyped under a hospital's colour band, underlined capital questions, lid left open")
_reg("be9ter-medcert-old-en-ziekenhuisband-omkrullend", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_hospital(c, r, lang="en"),
     "previous model in English under a hospital's colour band, curl shadow (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_specialist_to_lawyer(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the lawyer who asked for it ('Cher Maître' / 'Geachte meester'): the
    patient's name in the reference line, diagnosis, treatment and what happens without it in three paragraphs,
    the specialist's signature and INAMI/RIZIV number; a pen left on the glass."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    L = c.lawyer or {"first": "", "last": ""}
    sh = Sheet()
    f = "serif4"
    sh.text(190, 12, d.inst, font=f, size_pt=12, bold=True, anchor="right")
    sh.text(190, 18, f"{SPECIALTY[d.spec].get(lang, '')} · {d.street}, {d.pc} {d.city}", font=f, size_pt=8.5,
            anchor="right", color=GREY)
    sh.text(20, 34, f"{'Maître' if lang == 'fr' else 'Meester'} {L['first']} {L['last']}", font=f, size_pt=10.5)
    sh.text(20, 46, (f"Concerne : votre client(e) {c.p.surname.upper()} {c.p.given_names}, né(e) le "
                     if lang == "fr" else f"Betreft: uw cliënt(e) {c.p.surname.upper()} {c.p.given_names}, geboren ")
            + fdate(c.p.birth_date, "dots", lang), font=f, size_pt=10, bold=True)
    sh.text(20, 56, "Cher Maître," if lang == "fr" else "Geachte meester,", font=f, size_pt=10.5)
    paras = ([f"Vous m'avez demandé un rapport sur l'état de santé de votre client(e), que je suis en consultation. "
              f"Le diagnostic est le suivant : {T['name']}. {T['severity']}",
              f"Le traitement actuel comprend : {'; '.join(T['meds'])}. {T['needs']}",
              f"{T['prognosis']}"] if lang == "fr" else
             [f"U vroeg mij een verslag over de gezondheidstoestand van uw cliënt(e), die ik op consultatie volg. De "
              f"diagnose is: {T['name']}. {T['severity']}",
              f"De huidige behandeling omvat: {'; '.join(T['meds'])}. {T['needs']}", f"{T['prognosis']}"])
    y = 64
    for ptxt in paras:
        y = sh.paragraph(20, y, 170, ptxt, font=f, size_pt=10.5, leading=1.5, align="justify") + 3
    sh.text(20, y + 4, ("Veuillez agréer, Cher Maître, mes salutations confraternelles." if lang == "fr" else
                        "Met collegiale groeten,"), font=f, size_pt=10.5)
    sh.text(20, y + 12, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10)
    sh.signature(20, y + 16, 42, 14, rng, color=INK_BLUE)
    sh.text(20, y + 32, f"{d.name()} – INAMI/RIZIV {d.riziv}", font=f, size_pt=9.5)
    pen_on_glass(sh, rng, "right")
    return [sh], {}


def medstat_discharge_be(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian hospital's discharge letter to the GP ('lettre de sortie' / 'ontslagbrief'): the hospital's name
    and department at the top left, the admission and discharge dates on one line, diagnosis, treatment at
    discharge as a list, follow-up; signed by the resident for the head of department; the page curling."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "nl")
    T = _ill_text(c, lang)
    sh = Sheet()
    f = "sans3"
    adm = c.medstat_date - timedelta(days=rng.randint(6, 20))
    sh.text(20, 14, d.inst, font=f, size_pt=11, bold=True)
    sh.text(20, 19.5, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=8.5, color=GREY)
    sh.text(120, 30, f"Dr {c.doctor.last}", font=f, size_pt=10)
    sh.text(120, 35, f"{c.doctor.pc} {c.doctor.city}", font=f, size_pt=10)
    title = "LETTRE DE SORTIE" if lang == "fr" else "ONTSLAGBRIEF"
    sh.text(20, 48, title, font=f, size_pt=12.5, bold=True)
    sh.text(20, 55, (f"Patient(e) : {c.p.surname.upper()} {c.p.given_names} ({fdate(c.p.birth_date, 'dots', lang)}) – "
                     f"hospitalisation du {fdate(adm, 'dots', lang)} au {fdate(c.medstat_date, 'dots', lang)}"
                     if lang == "fr" else
                     f"Patiënt(e): {c.p.surname.upper()} {c.p.given_names} ({fdate(c.p.birth_date, 'dots', lang)}) – "
                     f"opname van {fdate(adm, 'dots', lang)} tot {fdate(c.medstat_date, 'dots', lang)}"),
            font=f, size_pt=9)
    y = 66
    heads = ("Diagnostic", "Traitement à la sortie", "Suivi") if lang == "fr" else \
        ("Diagnose", "Medicatie bij ontslag", "Opvolging")
    sh.text(20, y, heads[0], font=f, size_pt=10, bold=True)
    y = sh.paragraph(20, y + 5, 170, f"{T['name']}. {T['severity']}", font=f, size_pt=9.8, leading=1.45) + 4
    sh.text(20, y, heads[1], font=f, size_pt=10, bold=True)
    y += 5
    for m in T["meds"]:
        sh.text(24, y, f"• {m}", font=f, size_pt=9.8)
        y += 5
    y += 3
    sh.text(20, y, heads[2], font=f, size_pt=10, bold=True)
    y = sh.paragraph(20, y + 5, 170, f"{T['needs']} {T['prognosis']}", font=f, size_pt=9.8, leading=1.45) + 6
    sh.text(20, y, ("Dr " + rng.choice(["A. Lemaire", "S. Claes", "J. Peeters", "N. Rahmani"]) +
                    (", assistant(e), pour le " if lang == "fr" else ", arts-specialist in opleiding, voor ") +
                    d.name()), font=f, size_pt=9.5)
    sh.signature(20, y + 5, 40, 13, rng, color=INK_BLUE)
    return [curl_shadow(sh, rng)], {}


_reg("be9ter-medstat-specialist-brief-aan-advocaat-pen", "medical-statement", PART, "fr/nl",
     medstat_specialist_to_lawyer, "hospital specialist's letter to the lawyer ('Cher Maître'), pen on the glass")
_reg("be9ter-medstat-ziekenhuis-ontslagbrief-huisarts-omkrullend", "medical-statement", PART, "fr/nl",
     medstat_discharge_be, "Belgian hospital's discharge letter to the GP, medication list, curl shadow")


# --------------------------------------------------------------------------- country-of-origin information

def coi_chat_screenshot(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A relative's chat with a pharmacy in the country of origin, the phone's screenshots printed two to a page:
    grey and green bubbles, the pharmacy saying the drug is rarely in stock and its price; the lawyer's typed
    caption above ('Bijlage – gesprek met apotheek ...')."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = "fr" if c.lang == "fr" else "nl"
    dr = drug(c.illness, lang) if lang in il else drug(c.illness, "fr" if "fr" in il else "nl")
    sh = Sheet()
    sh.text(20, 14, ("Annexe – conversation avec une pharmacie à " if lang == "fr" else
                     "Bijlage – gesprek met een apotheek in ") + cname(c.origin(), lang), font="sans2", size_pt=11,
            bold=True)
    when = c.app_date - timedelta(days=rng.randint(10, 50))
    for j in range(2):
        x = 22 + j * 88
        sh.rect(x, 26, 80, 160, width_mm=0, fill=(236, 229, 221))
        sh.rect(x, 26, 80, 12, width_mm=0, fill=(7, 94, 84))
        sh.text(x + 4, 29, rng.choice(["Pharmacie Centrale", "Pharmacie du Marché", "Eczane", "Pharmacy"]),
                font="sans", size_pt=8.5, color=(255, 255, 255))
        msgs = ([(True, f"Bonjour, avez-vous {dr} ?"), (False, "Pas en ce moment. Rupture depuis 2 mois."),
                 (True, "Et le prix quand il arrive ?"), (False, f"Environ {il['cost']} par mois.")] if j == 0 else
                [(True, "Est-ce remboursé ?"), (False, "Non, le patient paie tout."),
                 (True, f"Et à {o['hospital'][:26]} ?"), (False, "Seulement sur liste d'attente.")])
        y = 44
        for mine, t in msgs:
            rows = sh.wrap(t, 50, font="sans", size_pt=8)
            h = 3 + 3.8 * len(rows)
            bx = x + (26 if mine else 3)
            sh.rect(bx, y, 52, h, width_mm=0, fill=(220, 248, 198) if mine else (255, 255, 255))
            for k, r in enumerate(rows):
                sh.text(bx + 1.5, y + 1.2 + k * 3.8, r, font="sans", size_pt=8)
            y += h + 4
        sh.text(x + 40, 180, fdate(when + timedelta(days=j), "dots"), font="sans", size_pt=7, anchor="center",
                color=GREY)
    sh.paragraph(20, 196, 170, (f"Salaire moyen : {o['wage']}. {o['insurance_fr']}" if lang == "fr" else
                                f"Gemiddeld loon: {o['wage']}. {o['insurance_nl']}"), font="sans2", size_pt=10,
                 leading=1.4)
    return [sh], {}


def coi_report_two_columns(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An extract of a published country report on access to health care, printed in two columns with a running
    head and footnote numbers, the relevant passage marked by a pencil line in the margin; the source's page number
    at the foot."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    dr = drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl")
    sh = Sheet()
    f = "serif6"
    cn = cname(c.origin(), "fr")
    sh.text(20, 10, f"Accès aux soins de santé – {cn} – rapport pays {c.app_date.year - 1}", font=f, size_pt=8,
            italic=True, color=GREY)
    sh.rule(20, 14, 190, 14, width_mm=0.2)
    sh.text(20, 20, "4.3 Médicaments essentiels et maladies chroniques", font=f, size_pt=11, bold=True)
    t1 = (f"La disponibilité des médicaments pour les maladies chroniques reste irrégulière. Selon les pharmaciens "
          f"interrogés, {dr} n'est disponible qu'à {o['hospital']} et dans quelques officines privées de la capitale, "
          f"avec des ruptures fréquentes.¹ Le prix mensuel observé était d'environ {il['cost']}.²")
    t2 = (f"Le salaire moyen s'élève à {o['wage']}.³ {o['insurance_fr']} Les patients doivent en pratique financer "
          f"eux-mêmes leur traitement, ce qui en exclut une grande partie.⁴ Les structures publiques en dehors de la "
          f"capitale ne disposent généralement pas des spécialistes nécessaires.")
    y1 = sh.paragraph(20, 30, 80, t1, font=f, size_pt=9.8, leading=1.45, align="justify")
    sh.paragraph(110, 30, 80, t2, font=f, size_pt=9.8, leading=1.45, align="justify")
    sh.rule(17, 30, 17, y1, width_mm=0.5, color=(120, 120, 120))
    y = max(y1, 90) + 12
    sh.rule(20, y, 70, y, width_mm=0.15)
    for k, n in enumerate(["¹ Entretiens avec des pharmaciens, capitale.", "² Relevé de prix, officines privées.",
                           "³ Office national de la statistique.", "⁴ Entretien avec une ONG locale."]):
        sh.text(20, y + 3 + k * 4, n, font=f, size_pt=7.5, color=GREY)
    sh.text(105, 285, str(rng.randint(20, 80)), font=f, size_pt=8.5, anchor="center")
    return [sh], {}


_reg("be9ter-coi-fr-chat-apotheek-screenshots", "country-of-origin-info", PART, "fr/nl", coi_chat_screenshot,
     "a relative's chat with a pharmacy in the country of origin, phone screenshots printed two to a page")
_reg("be9ter-coi-fr-landenrapport-twee-kolommen", "country-of-origin-info", PART, "fr", coi_report_two_columns,
     "extract of a published country report in two columns with footnotes, pencil line in the margin")


# --------------------------------------------------------------------------- asylum proof

def asylum_ila(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A local reception initiative's (ILA of a CPAS / LOI of an OCMW) attestation that the person is housed as an
    applicant for international protection whose procedure is pending: the public centre's letterhead, the data as
    a sentence, the social worker's and the secretary's signatures, the centre's stamp; the DMS sticker."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans4"
    if lang == "fr":
        city = rng.choice(["Huy", "Ath", "Ciney", "Waremme", "Marche-en-Famenne"])
        head = [f"CPAS de {city}", "Initiative locale d'accueil (ILA)"]
        title = "ATTESTATION"
        body = (f"Le CPAS de {city} atteste que {c.p.surname.upper()} {c.p.given_names}, né(e) le "
                f"{fdate(c.p.birth_date, 'dots')}, de nationalité {COUNTRIES[c.p.nationality]['adj_fr']}, n° SP "
                f"{c.ov or '—'}, est hébergé(e) dans son initiative locale d'accueil en qualité de demandeur de "
                f"protection internationale depuis le {fdate(lodged + timedelta(days=rng.randint(30, 90)), 'dots')}. "
                f"La demande de protection internationale, introduite le {fdate(lodged, 'dots')}, est toujours en "
                f"cours d'examen.")
        sig = ("L'assistant(e) social(e)", "Le Directeur général")
    else:
        city = rng.choice(["Geel", "Tielt", "Lommel", "Ronse", "Diest"])
        head = [f"OCMW {city}", "Lokaal opvanginitiatief (LOI)"]
        title = "ATTEST"
        body = (f"Het OCMW van {city} verklaart dat {c.p.surname.upper()} {c.p.given_names}, geboren op "
                f"{fdate(c.p.birth_date, 'dots')}, van {COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit, "
                f"OV-nummer {c.ov or '—'}, als verzoeker om internationale bescherming verblijft in het lokaal "
                f"opvanginitiatief. Het verzoek om internationale bescherming werd ingediend op "
                f"{fdate(lodged, 'dots')} en is nog in behandeling.")
        sig = ("De maatschappelijk werker", "De algemeen directeur")
    sh.text(20, 14, head[0], font=f, size_pt=13, bold=True)
    sh.text(20, 20, head[1], font=f, size_pt=9.5, color=GREY)
    sh.text(105, 44, title, font=f, size_pt=14, bold=True, anchor="center")
    y = sh.paragraph(22, 56, 166, body, font=f, size_pt=11, leading=1.6, align="justify")
    sh.text(22, y + 10, f"{city}, {fdate(c.app_date - timedelta(days=rng.randint(4, 25)), 'dots')}", font=f,
            size_pt=10.5)
    for k, s in enumerate(sig):
        sh.text(22 + k * 90, y + 22, s, font=f, size_pt=10)
        sh.signature(22 + k * 90, y + 27, 40, 13, rng)
    sh.stamp(88, y + 44, [head[0].upper(), "ILA" if lang == "fr" else "LOI"], rng, size_mm=26, color=STAMP_BLUE)
    dms_sticker(sh, rng)
    return [sh], {}


def _alang(c: Case) -> str:
    """Written in the language of the asylum procedure (the reception structure's own language follows it)."""
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def asylum_opvangattest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A reception centre's attestation of accommodation printed from the reception network's case software: a
    header band with the centre's name, the resident's data in a two-column grid with the SP/OV number and the date
    the application for international protection was lodged, 'procédure en cours / procedure lopende' ticked, the
    print's reference and barcode at the foot, the centre's stamp and the social assistant's initials."""
    lang = _alang(c)
    fr = lang == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    f = "sans3"
    centre = (rng.choice(["Centre d'accueil de Bierset", "Centre d'accueil de Mouscron", "Centre d'accueil du Petit-"
                          "Château"]) if fr else
              rng.choice(["Opvangcentrum Kapellen", "Opvangcentrum Sint-Truiden", "Opvangcentrum Jabbeke"]))
    sh.rect(0, 8, 210, 14, width_mm=0, fill=(60, 90, 120))
    sh.text(20, 11, centre, font=f, size_pt=12, bold=True, color=(255, 255, 255))
    sh.text(190, 12, "Fedasil", font=f, size_pt=10, anchor="right", color=(220, 230, 240))
    sh.text(20, 34, "ATTESTATION D'HÉBERGEMENT" if fr else "OPVANGATTEST", font=f, size_pt=14, bold=True)
    rows = ([("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names), ("Date de naissance",
             fdate(c.p.birth_date, "dots")), ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]),
             ("N° SP", c.ov or "—"), ("Demande de protection internationale", fdate(lodged, "dots")),
             ("Statut de la procédure", "☒ en cours   ☐ clôturée")] if fr else
            [("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names), ("Geboortedatum",
             fdate(c.p.birth_date, "dots")), ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]),
             ("OV-nummer", c.ov or "—"), ("Verzoek internationale bescherming", fdate(lodged, "dots")),
             ("Stand van de procedure", "☒ lopende   ☐ afgesloten")])
    y = 46
    for k, (lab, val) in enumerate(rows):
        x = 20 if k % 2 == 0 else 108
        if k % 2 == 0 and k:
            y += 13
        sh.text(x, y, lab, font=f, size_pt=7.5, color=GREY)
        sh.text(x, y + 4, val, font=f, size_pt=10.5, bold=True)
    y += 22
    y = sh.paragraph(20, y, 170, ("La personne susmentionnée est hébergée dans notre structure d'accueil en tant que "
                                  "demandeur de protection internationale." if fr else
                                  "De bovengenoemde persoon verblijft in onze opvangstructuur als verzoeker om "
                                  "internationale bescherming."), font=f, size_pt=10.5, leading=1.5) + 8
    sh.text(20, y, f"{fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'dots')}", font=f, size_pt=10)
    sh.text(120, y, "Pour le centre" if fr else "Voor het centrum", font=f, size_pt=10)
    sh.handwriting(122, y + 5, rng.choice(["FB", "LVD", "AM", "RK"]), rng, size_pt=13, font="hand1", color=INK_BLUE)
    sh.stamp(80, y + 4, [centre.upper()[:24], "FEDASIL"], rng, size_mm=26, color=STAMP_BLUE)
    barcode(sh, 20, 272, 60, 8, f"{rng.randint(10 ** 9, 10 ** 10 - 1)}")
    sh.text(85, 274, f"réf. {rng.randint(100000, 999999)}" if fr else f"ref. {rng.randint(100000, 999999)}",
            font=f, size_pt=7.5, color=GREY)
    return [curl_shadow(sh, rng)], {}


_reg("be9ter-asylum-ila-loi-attest-dms", "asylum-proof", PART, "fr/nl", lambda c, r: asylum_ila(c, r, lang=_alang(c)),
     "local reception initiative's attestation of a CPAS/OCMW, procedure pending, two signatures, DMS sticker")
_reg("be9ter-asylum-opvangattest-rasterprint", "asylum-proof", PART, "fr/nl", asylum_opvangattest,
     "reception centre's attestation of accommodation printed from the case software, data grid, barcode, curl")


# --------------------------------------------------------------------------- registered mail

def rm_deposit_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's list of registered items deposited together by the office ('Afgiftelijst aangetekende zendingen /
    Liste de dépôt des envois recommandés'): the sender's customer number, a numbered table of items (barcode
    number, addressee, postcode), this item among the office's other letters of the day, the counter's date stamp
    and the clerk's initials at the foot."""
    sh = Sheet()
    f = "narrow"
    sh.text(20, 12, "bpost", font="sans", size_pt=14, bold=True, color=(210, 30, 40))
    sh.text(48, 13, "Afgiftelijst aangetekende zendingen · Liste de dépôt des envois recommandés", font=f,
            size_pt=10, bold=True)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        sh.text(20, 24 + k * 4.5, ln, font=f, size_pt=9)
    sh.text(140, 24, f"Klantnr. / N° client {rng.randint(100000, 999999)}", font=f, size_pt=9)
    sh.text(140, 29, f"Datum / Date {fdate(c.rm_date, 'dots')}", font=f, size_pt=9)
    cols = ((20, 10, "Nr"), (30, 50, "Zendingnummer / N° d'envoi"), (80, 84, "Geadresseerde / Destinataire"),
            (164, 26, "Postcode"))
    y = 44
    for x, w, t in cols:
        sh.rect(x, y, w, 7, width_mm=0.2, fill=(236, 236, 236))
        sh.text(x + 1.5, y + 1.5, t, font=f, size_pt=8.5, bold=True)
    y += 7
    others = [("Rechtbank van eerste aanleg", "1000"), ("CGVS / CGRA", "1000"), ("Raad voor Vreemdelingenbetwistingen",
                                                                                  "1030"),
              ("OCMW", "3000"), ("Orde van Advocaten", "3000")]
    pos = rng.randint(1, 4)
    rows = []
    for k in range(6):
        if k == pos:
            pc = next((w for w in " ".join(c.rm_to).split() if w.isdigit() and len(w) == 4), "1000")
            rows.append((track_spaced(c.rm_track), ", ".join(c.rm_to[:2])[:52], pc))
        else:
            o = rng.choice(others)
            rows.append((f"RR {rng.randint(100000000, 999999999)} BE", o[0], o[1]))
    for k, (a, b, cc) in enumerate(rows, 1):
        for (x, w, _), t in zip(cols, (str(k), a, b, cc)):
            sh.rect(x, y, w, 7, width_mm=0.15)
            sh.text(x + 1.5, y + 1.6, t, font="mono" if x == 30 else f, size_pt=8.5)
        y += 7
    sh.text(20, y + 8, "Aantal zendingen / Nombre d'envois: 6", font=f, size_pt=9)
    sh.stamp(130, y + 6, [_post_office(c)[:18].upper(), fdate(c.rm_date, "dots")], rng, size_mm=26,
             color=(60, 60, 70))
    sh.handwriting(100, y + 14, rng.choice(["KD", "ML", "SV"]), rng, size_pt=12, font="hand1", color=INK_BLUE)
    return [sh], {"addressee": 1}


def rm_counter_a4(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's counter system print on A4 ('Bewijs van afgifte – Preuve de dépôt'): the logo, a barcode of the item,
    the addressee and sender blocks side by side, the office and time; folded in three (two faint fold lines) and
    copied with the lid open."""
    sh = Sheet()
    f = "sans"
    sh.text(20, 14, "bpost", font=f, size_pt=18, bold=True, color=(210, 30, 40))
    sh.text(190, 16, "BEWIJS VAN AFGIFTE · PREUVE DE DÉPÔT", font=f, size_pt=10, bold=True, anchor="right")
    sh.text(20, 32, "Aangetekende zending · Envoi recommandé", font=f, size_pt=11)
    barcode(sh, 20, 40, 90, 16, c.rm_track)
    sh.text(65, 58, track_spaced(c.rm_track), font="mono", size_pt=10, anchor="center")
    sh.text(20, 72, "Geadresseerde / Destinataire", font=f, size_pt=8.5, color=GREY)
    for k, ln in enumerate(c.rm_to):
        sh.text(20, 77 + k * 5, ln, font=f, size_pt=10)
    sh.text(112, 72, "Afzender / Expéditeur", font=f, size_pt=8.5, color=GREY)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(112, 77 + k * 5, ln[:40], font=f, size_pt=10)
    sh.text(20, 110, f"{_post_office(c)} · {fdate(c.rm_date, 'dots')} {rng.randint(9, 17):02d}:"
                     f"{rng.randint(0, 59):02d}", font=f, size_pt=9.5)
    sh.text(20, 116, f"Tarief / Tarif: EUR {rng.choice(['9,48', '9,90', '10,20'])}", font=f, size_pt=9.5)
    for yy in (99, 198):
        sh.rule(0, yy, 210, yy, width_mm=0.25, color=(215, 215, 215))
    return [lid_open(sh, rng)], {"addressee": 1}


def rm_carbon_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The post office's handwritten deposit slip for a registered letter, the clerk's carbon copy in violet on the
    slip's printed boxes, the R label's twin stuck at the top, the counter's date stamp; copied on A4 with a pen
    lying on the glass."""
    s = Sheet(148, 105)
    s.rect(0, 0, 148, 105, width_mm=0, fill=(255, 250, 232))
    s.text(4, 3, "bpost – Recommandé / Aangetekend – Preuve de dépôt / Bewijs van afgifte", font="sans",
           size_pt=7.5, bold=True)
    s.rect(84, 10, 60, 24, width_mm=0.3)
    s.text(86, 11, "R", font="sans", size_pt=14, bold=True)
    barcode(s, 94, 12, 46, 10, c.rm_track)
    s.text(117, 25, track_spaced(c.rm_track), font="mono", size_pt=6.5, anchor="center")
    carbon = (90, 60, 150)
    s.rect(4, 38, 76, 40, width_mm=0.2, color=(200, 80, 80))
    s.text(5, 39, "Destinataire / Geadresseerde", font="sans", size_pt=5.5, color=(200, 80, 80))
    for k, ln in enumerate(c.rm_to):
        s.handwriting(6, 43 + k * 7.5, hand_safe(ln), rng, size_pt=11, color=carbon, font="hand1")
    s.rect(84, 38, 60, 40, width_mm=0.2, color=(200, 80, 80))
    s.text(85, 39, "Expéditeur / Afzender", font="sans", size_pt=5.5, color=(200, 80, 80))
    for k, ln in enumerate(_sender_lines(c)[:3]):
        s.handwriting(86, 43 + k * 7.5, hand_safe(ln[:22]), rng, size_pt=10, color=carbon, font="hand1")
    s.stamp(10, 82, [_post_office(c)[:18].upper(), fdate(c.rm_date, "dots")], rng, size_mm=20, color=(60, 60, 70))
    s.handwriting(40, 92, fdate(c.rm_date, "dots"), rng, size_pt=11, color=carbon, font="hand1")
    sh = Sheet()
    sh.image(31, 40, 148, 105, s.render(250))
    pen_on_glass(sh, rng, "right")
    return [sh], {"addressee": 1}


_reg("be9ter-rm-afgiftelijst-meerdere-zendingen", "registered-mail-receipt", PART, "nl/fr", rm_deposit_list,
     "bpost's list of registered items deposited together by the office, this letter one row of it")
_reg("be9ter-rm-loketprint-a4-gevouwen-deksel", "registered-mail-receipt", PART, "nl/fr", rm_counter_a4,
     "bpost's counter print on A4, folded in three, copied with the lid open")
_reg("be9ter-rm-handgeschreven-doorslag-pen", "registered-mail-receipt", PART, "fr/nl", rm_carbon_slip,
     "handwritten deposit slip, the clerk's carbon copy in violet, R label's twin stuck on, pen on the glass")


# --------------------------------------------------------------------------- other

def other_declaration_lu_approuve(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour written by hand on lined paper in French, ending with 'lu et approuvé',
    the date and the signature; no evidentiary value as identity proof."""
    sh = Sheet()
    for y in range(30, 260, 9):
        sh.rule(15, y, 195, y, width_mm=0.12, color=(170, 190, 220))
    sh.rule(30, 10, 30, 287, width_mm=0.2, color=(230, 150, 150))
    hf = rng.choice(["hand1", "hand2"])
    ink = INK_BLUE
    txt = [f"Je soussigné(e) {c.p.given_names} {c.p.surname.upper()},",
           f"né(e) le {fdate(c.p.birth_date, 'slashes')} à {c.p.birth_place},",
           "déclare sur l'honneur ne posséder ni passeport ni carte",
           "d'identité. Mes documents sont restés au pays et je ne",
           "peux pas les obtenir.",
           "", "Lu et approuvé",
           f"{c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(2, 15)), 'slashes')}"]
    sh.handwriting(60, 14, "DÉCLARATION SUR L'HONNEUR", rng, size_pt=14, color=ink, font=hf)
    for k, t in enumerate(txt):
        if t:
            sh.handwriting(34, 23.5 + k * 9, hand_safe(t), rng, size_pt=12.5, color=ink, font=hf)
    sh.signature(120, 23.5 + len(txt) * 9, 46, 16, rng, color=ink)
    return [sh], {"identity": 1}


def other_cpas_ris(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A CPAS/OCMW attestation that the person receives equivalent social assistance (or social-integration
    income), with the monthly amount and the period, on the centre's letterhead, signed by the secretary-general."""
    fr = c.lang == "fr"
    sh = Sheet()
    f = "serif5"
    city = c.addr.city
    sh.text(20, 14, (f"CPAS de {city}" if fr else f"OCMW {city}"), font=f, size_pt=13, bold=True)
    sh.text(20, 20, ("Service social – aide sociale" if fr else "Sociale dienst – maatschappelijke dienstverlening"),
            font=f, size_pt=9, color=GREY)
    sh.text(105, 40, "ATTESTATION" if fr else "ATTEST", font=f, size_pt=14, bold=True, anchor="center")
    amt = rng.choice(["1.314,96", "876,64", "1.263,17"])
    body = (f"Le CPAS atteste que {c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots')}, "
            f"bénéficie d'une aide sociale équivalente au revenu d'intégration d'un montant mensuel de {amt} EUR "
            f"depuis le {fdate(c.app_date - timedelta(days=rng.randint(90, 600)), 'dots')}." if fr else
            f"Het OCMW verklaart dat {c.p.given_names} {c.p.surname.upper()}, geboren op "
            f"{fdate(c.p.birth_date, 'dots')}, sinds {fdate(c.app_date - timedelta(days=rng.randint(90, 600)), 'dots')} "
            f"financiële maatschappelijke dienstverlening ontvangt ten belope van {amt} EUR per maand.")
    y = sh.paragraph(22, 54, 166, body, font=f, size_pt=11, leading=1.6) + 10
    sh.text(22, y, f"{city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 30)), 'dots')}", font=f, size_pt=10.5)
    sh.text(120, y + 10, "Le Directeur général" if fr else "De algemeen directeur", font=f, size_pt=10)
    sh.signature(120, y + 15, 40, 13, rng)
    sh.stamp(80, y + 12, [(f"CPAS DE {city}" if fr else f"OCMW {city}").upper()[:22], "SERVICE SOCIAL" if fr else
                          "SOCIALE DIENST"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-manuscrite-lu-et-approuve", "other", PART, "fr", other_declaration_lu_approuve,
     "applicant's handwritten declaration on honour on lined paper, 'lu et approuvé', date and signature")
_reg("be9ter-other-cpas-attest-maatschappelijke-hulp", "other", PART, "fr/nl", other_cpas_ris,
     "CPAS/OCMW attestation of social assistance with the monthly amount")
