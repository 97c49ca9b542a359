"""9ter families of the `fifth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout, fresh and fourth had been read, by a writer who did not see the validator: a
Walloon avocat's requête argued in numbered grounds ("1. Quant à la recevabilité"), a Flemish OCMW intake form
with boxes crossed X, a Flemish lawyer's letter with a grey margin column, an English letter of a parish's
refugee desk signed by the applicant; the 2024 certificate filled in by hand in block capitals with filled squares for the
severity, the 2024 model on a hospital's letterhead with a barcode and a footer, the previous model with an
ICD-10 code table; a specialist's report with a results table, a GP's short attestation; an NGO country note
and a wholesaler's price list; the orange card photographed on a desk and the appeal court's acknowledgement of
an appeal; a bpost receipt photographed at an angle, a receipt stuck on the office copy of the application and
scanned upside down, a receipt stapled to the envelope's copy; an OCMW social report and a declaration on
honour.  The applications' sentences are this part's own (q_personal, q_residence, ...).
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
from .fifth_identity import coffee_ring, desk_photo, paperclip_shadow, upside_down
from .fresh_be9ter import _stamp_lines, _values
from .paper import Sheet

PART = "fifth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _he(c: Case, lang: str) -> str:
    return {"fr": "elle" if c.fem else "il", "nl": "zij" if c.fem else "hij", "en": "she" if c.fem else "he"}[lang]


def _He(c: Case, lang: str) -> str:
    return _he(c, lang).capitalize()


def _piece(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "en": f" [annex {n}]"}[lang]


def q_personal(c: Case, lang: str) -> str:
    """Who the applicant is, as this part's lawyers write it: the name first, then birth, then nationality."""
    who = name_in(c.p, c.name_style)
    born = c.d(c.p.birth_date, lang)
    place = "" if "no_birthplace" in c.flags else f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"
    nat = "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_" + lang]
    if lang == "fr":
        s = f"{who} a vu le jour le {born}" + (f" à {place}" if place else "") + "."
        s += f" {_He(c, lang)} possède la nationalité {nat}." if nat else ""
        s += (f" Numéro national : {c.nrn}." if c.nrn else f" Référence de l'Office des Étrangers : {c.ov}.")
    elif lang == "nl":
        s = f"{who} werd geboren op {born}" + (f" in {place}" if place else "") + "."
        s += f" {_He(c, lang)} heeft de {nat} nationaliteit." if nat else ""
        s += (f" Rijksregisternummer: {c.nrn}." if c.nrn else f" Dossiernummer DVZ: {c.ov}.")
    else:
        s = f"{who} was born on {born}" + (f" in {place}" if place else "") + "."
        s += f" {_He(c, lang)} holds {nat} nationality." if nat else ""
        s += (f" National register number: {c.nrn}." if c.nrn else f" Immigration Office reference: {c.ov}.")
    return s


def q_residence(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"fr": f"{_He(c, lang)} vit en Belgique, hébergé{'e' if c.fem else ''} par des proches.",
                "nl": f"{_He(c, lang)} woont in België en wordt door kennissen opgevangen.",
                "en": f"{_He(c, lang)} lives in Belgium, staying with acquaintances."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"fr": f"Sa résidence effective en Belgique se situe {a}.",
            "nl": f"{'Haar' if c.fem else 'Zijn'} feitelijke verblijfplaats in België is {a}.",
            "en": f"{'Her' if c.fem else 'His'} actual place of residence in Belgium is {a}."}[lang]


def q_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        where = f"{L['firm']}, {L['street']}, {L['pc']} {L['city']}"
        return {"fr": f"Pour la présente procédure, domicile est élu au cabinet de son conseil, {where}.",
                "nl": f"Voor deze procedure wordt woonplaats gekozen op het kantoor van de raadsman, {where}.",
                "en": f"For this procedure domicile is elected at counsel's office, {where}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"fr": f"Domicile est élu chez {c.other_domicile}.", "nl": f"Gekozen woonplaats: {c.other_domicile}.",
                "en": f"Domicile is elected with {c.other_domicile}."}[lang]
    return {"fr": "Domicile est élu à l'adresse de résidence effective.",
            "nl": "De gekozen woonplaats is het adres van de feitelijke verblijfplaats.",
            "en": "Domicile is elected at the address of actual residence."}[lang]


def q_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _piece(c, "asylum", lang) if k == "asylum" else ""
        return {"fr": f"Sa demande de protection internationale du {d} n'a pas encore fait l'objet d'une décision "
                      f"définitive{ref} ; la condition d'identité ne lui est donc pas applicable.",
                "nl": f"Over {'haar' if c.fem else 'zijn'} verzoek om internationale bescherming van {d} is nog geen "
                      f"definitieve beslissing genomen{ref}; de identiteitsvoorwaarde is dus niet van toepassing.",
                "en": f"No final decision has yet been taken on the application for international protection of "
                      f"{d}{ref}; the identity requirement therefore does not apply."}[lang]
    if k == "none":
        return {"fr": "Le passeport est en cours de délivrance auprès de l'ambassade et suivra.",
                "nl": "Het paspoort wordt bij de ambassade aangemaakt en volgt later.",
                "en": "The passport is being issued by the embassy and will follow."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _piece(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"fr": "la traduction jurée", "nl": "een beëdigde vertaling",
                      "en": "a sworn translation"}[lang] + _piece(c, "id-tr", lang))
    andw = {"fr": " ainsi que ", "nl": " alsook ", "en": " as well as "}[lang]
    lst = (", ".join(parts[:-1]) + andw + parts[-1]) if len(parts) > 1 else (parts[0] if parts else "—")
    s = {"fr": f"À titre de preuve d'identité sont joints : {lst}.", "nl": f"Als identiteitsbewijs worden gevoegd: "
         f"{lst}.", "en": f"As proof of identity we enclose: {lst}."}[lang]
    if k == "passport-expired":
        s += {"fr": " La date d'expiration du passeport est sans incidence sur la preuve de l'identité.",
              "nl": " Dat het paspoort vervallen is, doet niet af aan het bewijs van de identiteit.",
              "en": " That the passport has expired does not affect the proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"fr": " Ensemble, ces documents mentionnent le nom complet, le lieu et la date de naissance ainsi "
                    "que la nationalité.",
              "nl": " Samen vermelden deze documenten de volledige naam, de plaats en datum van geboorte en de "
                    "nationaliteit.",
              "en": " Taken together these documents give the full name, place and date of birth and nationality."
              }[lang]
    return s


def q_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd = c.d(c.cert_date, lang)
    doc = c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"fr": f"le rapport médical du {doc} du {cd}", "nl": f"het medisch verslag van {doc} van {cd}",
               "en": f"the medical report by {doc} of {cd}"}[lang] + _piece(c, "medstat", lang)
    else:
        src = {"fr": f"le certificat médical type rempli par le {doc} le {cd}",
               "nl": f"het standaard medisch getuigschrift dat {doc} op {cd} invulde",
               "en": f"the standard medical certificate filled in by {doc} on {cd}"}[lang] + _piece(c, "medcert", lang)
    meds = "; ".join(t["meds"])
    return {"fr": f"{_He(c, lang)} est atteint{'e' if c.fem else ''} de {t['name']}, comme l'établit {src}. "
                  f"{t['severity']} Traitement nécessaire : {meds}.",
            "nl": f"{_He(c, lang)} lijdt aan {t['name']}, zoals blijkt uit {src}. {t['severity']} Noodzakelijke "
                  f"behandeling: {meds}.",
            "en": f"{_He(c, lang)} suffers from {t['name']}, as set out in {src}. {t['severity']} Treatment "
                  f"required: {meds}."}[lang]


def q_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    r = _piece(c, "coi", lang)
    dr = drug(c.illness, lang)
    fr_in = FR_IN.get(c.origin(), f"en {cn}")
    return {"fr": f"{fr_in[0].upper() + fr_in[1:]}, {dr} ne se trouve qu'à {o['hospital']}{r} et coûte environ {il['cost']} par mois, pour "
                  f"un salaire moyen de {o['wage']}. {o['insurance_fr']} Les soins n'y sont donc ni disponibles ni "
                  f"accessibles ; {_he(c, lang)} n'a séjourné légalement dans aucun autre pays.",
            "nl": f"In {cn} is {dr} alleen te verkrijgen in {o['hospital']}{r}, voor ongeveer {il['cost']} per "
                  f"maand, terwijl het gemiddelde loon {o['wage']} bedraagt. {o['insurance_nl']} De zorg is er dus "
                  f"noch beschikbaar noch toegankelijk; {_he(c, lang)} verbleef nergens anders wettig.",
            "en": f"In {cn}, {dr} is only obtainable at {o['hospital']}{r}, for about {il['cost']} a month, while the "
                  f"average wage is {o['wage']}. {o['insurance_en']} Care is therefore neither available nor "
                  f"accessible there; {_he(c, lang)} has not lawfully resided in any other country."}[lang]


def q_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"fr": {"spouse": "conjoint(e)", "child": "enfant"}, "nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else ", " + COUNTRIES[q.nationality]["adj_" + lang]
        out.append(f"{q.surname.upper()} {q.given_names} ({rel[m.rel]}), {c.d(q.birth_date, lang)}, "
                   f"{q.birth_place}{nat}{_piece(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"fr": f"Les membres de famille suivants sont repris dans la demande : {lst}.",
            "nl": f"In de aanvraag worden de volgende gezinsleden opgenomen: {lst}.",
            "en": f"The following family members are included in the application: {lst}."}[lang]


def q_parallel(c: Case, lang: str) -> str | None:
    parts = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        parts.append({"fr": f"La demande 9ter introduite le {d} est toujours pendante : il y est renoncé au profit de "
                            f"la présente, qui en reprend tous les éléments.",
                      "nl": f"De 9ter-aanvraag van {d} is nog hangende: daarvan wordt afstand gedaan ten voordele "
                            f"van deze aanvraag, die er alle elementen van herneemt.",
                      "en": f"The 9ter application of {d} is still pending: it is withdrawn in favour of this one, "
                            f"which repeats everything in it."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        parts.append({"fr": f"La protection internationale a été refusée le {d}.",
                      "nl": f"De internationale bescherming werd op {d} geweigerd.",
                      "en": f"International protection was refused on {d}."}[lang])
    return " ".join(parts) or None


def q_request(c: Case, lang: str) -> str:
    return {"fr": "Il est dès lors sollicité une autorisation de séjour de plus de trois mois en application de "
                  "l'article 9ter de la loi du 15 décembre 1980.",
            "nl": "Daarom wordt gevraagd een machtiging tot verblijf van meer dan drie maanden toe te kennen in "
                  "toepassing van artikel 9ter van de wet van 15 december 1980.",
            "en": "We therefore ask that leave to remain for more than three months be granted under Article 9ter of "
                  "the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- applications

def app_moyens_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Walloon avocat's requête in numbered grounds: 'I. Les faits', then '1. Quant à la recevabilité',
    '2. Quant au fond'; a left margin rule, page 'x/y' at the foot right, signature over 'Me X'."""
    L = c.lawyer
    font = "serif7"

    def new_sheet(i):
        sh = Sheet()
        sh.rule(16, 10, 16, 287, width_mm=0.5, color=(120, 30, 30))
        if i == 0:
            sh.text(22, 12, f"Maître {L['first']} {L['last']}", font=font, size_pt=12, bold=True)
            sh.text(22, 18, f"Avocat · {L['street']} · {L['pc']} {L['city']}", font=font, size_pt=8, color=GREY)
            sh.text(22, 22, f"{L['tel']} · {L['mail']}", font=font, size_pt=8, color=GREY)
            return sh, 32
        sh.text(190, 10, f"Requête 9ter – {c.p.surname.upper()}", font=font, size_pt=7.5, anchor="right", color=GREY)
        return sh, 18

    fl = Flow(new_sheet, left=22, right=190, bottom=276, font=font, size=10, leading=1.4)
    for ln in ["À Madame la Secrétaire d'État à l'Asile et la Migration", "Office des Étrangers – Section 9ter",
               "Boulevard Pachéco 44, 1000 Bruxelles"]:
        fl.line(ln, x=100, size=9.5)
    fl.space(2)
    fl.line(f"{L['city']}, le {c.d(c.app_date, 'fr', 'long')}", x=100, size=9.5)
    fl.line("Recommandé", x=100, size=9.5, italic=True)
    fl.space(6)
    fl.para("REQUÊTE EN AUTORISATION DE SÉJOUR POUR RAISONS MÉDICALES (ARTICLE 9TER)", bold=True, align="center")
    fl.space(2)
    fl.para(f"POUR : {name_in(c.p, c.name_style)}", bold=True, tag="personal")
    fl.para(q_personal(c, "fr"), align="justify")
    fl.para("I. LES FAITS", bold=True, gap=1.5)
    fl.para(" ".join(x for x in (q_residence(c, "fr"), q_domicile(c, "fr")) if x), align="justify", tag="residence")
    fam = q_family(c, "fr")
    if fam:
        fl.para(fam, align="justify", tag="family")
    par = q_parallel(c, "fr")
    if par:
        fl.para(par, align="justify", tag="parallel")
    fl.para("II. LES MOYENS", bold=True, gap=1.5)
    fl.para("1. Quant à la recevabilité", bold=True, italic=True, gap=0.8, tag="identity")
    fl.para(q_identity(c, "fr"), align="justify")
    fl.para("2. Quant au fond", bold=True, italic=True, gap=0.8, tag="medical")
    fl.para(q_medical(c, "fr"), align="justify")
    coi = q_coi(c, "fr")
    if coi:
        fl.para(coi, align="justify", tag="coi")
    fl.para("PAR CES MOYENS,", bold=True, gap=1)
    fl.para(q_request(c, "fr"), align="justify")
    fl.ensure(34)
    fl.tag("signature")
    y = fl.y
    fl.sheet.text(110, y, f"Pour {'la requérante' if c.fem else 'le requérant'}, son conseil,", font=font,
                  size_pt=9.5)
    if "unsigned" not in c.flags:
        fl.sheet.signature(112, y + 4, 48, 15, rng, color=INK_BLUE, style="loops")
    fl.sheet.text(110, y + 21, f"Me {L['first'][0]}. {L['last'].upper()}", font=font, size_pt=10)
    fl.y = y + 30
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Inventaire des pièces", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"{i:02d}. {d}", indent=4, gap=0.3, size=9)
    n = len(fl.sheets)
    for i, sh in enumerate(fl.sheets, 1):
        sh.text(190, 288, f"{i}/{n}", font=font, size_pt=8, anchor="right")
    return fl.sheets, fl.tags


def app_ocmw_form_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish OCMW's intake form for a 9ter request: two columns of shaded labels and white answer cells,
    typed answers, boxes marked with a typed X; the applicant signs by hand at the foot of page 2."""
    commune = rng.choice(["Mechelen", "Lier", "Aalst", "Sint-Niklaas", "Turnhout"])
    f = "sans2"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2), 1):
        sh.rect(15, 10, 180, 12, width_mm=0, fill=(0, 105, 80))
        sh.text(18, 12.5, f"OCMW {commune} · Sociale dienst · Juridisch spreekuur", font=f, size_pt=10.5, bold=True,
                color=(255, 255, 255))
        sh.text(192, 12.5, f"blad {i}/2", font=f, size_pt=8.5, anchor="right", color=(255, 255, 255))

    def cell(sh, y, label, val, h=9.0):
        lines = sh.wrap(val, 118, font=f, size_pt=9.5) if val else [""]
        h = max(h, len(lines) * 4.3 + 3)
        sh.rect(15, y, 55, h, width_mm=0.2, fill=(232, 240, 236))
        sh.rect(70, y, 125, h, width_mm=0.2)
        for k, ln in enumerate(sh.wrap(label, 52, font=f, size_pt=8.5)):
            sh.text(17, y + 1.5 + k * 3.8, ln, font=f, size_pt=8.5)
        for k, ln in enumerate(lines):
            sh.text(72, y + 1.6 + k * 4.3, ln, font=f, size_pt=9.5)
        return y + h

    def box(sh, y, label, ticked):
        sh.checkbox(72, y + 1.5, 3.5, checked=ticked)
        sh.text(78, y + 1.2, label, font=f, size_pt=9)
        return y + 6

    s1.text(15, 27, "Aanvraag machtiging tot verblijf om medische redenen (art. 9ter Vreemdelingenwet)", font=f,
            size_pt=11.5, bold=True)
    s1.text(15, 33, "Aangetekend te versturen aan DVZ, Pachecolaan 44, 1000 Brussel", font=f, size_pt=8.5, color=GREY)
    y = 40
    tags["personal"] = 1
    y = cell(s1, y, "Familienaam", c.p.surname.upper())
    y = cell(s1, y, "Voornamen", c.p.given_names)
    y = cell(s1, y, "Geboortedatum", c.d(c.p.birth_date, "nl", "dots"))
    y = cell(s1, y, "Geboorteplaats en -land", "" if "no_birthplace" in c.flags else
             f"{c.p.birth_place} ({cname(c.birth_cc(), 'nl')})")
    y = cell(s1, y, "Nationaliteit", "" if "no_nationality" in c.flags else COUNTRIES[c.p.nationality]["adj_nl"])
    y = cell(s1, y, "Rijksregisternummer / OV-nummer", c.nrn or f"OV {c.ov}")
    tags["residence"] = 1
    y = cell(s1, y, "Feitelijke verblijfplaats in België", "" if "no_address" in c.flags else
             addr_str(c.addr, "nl", c.addr_style))
    dom = q_domicile(c, "nl")
    y = cell(s1, y, "Gekozen woonplaats", "" if dom is None else (
        "verblijfplaats (zie hoger)" if c.domicile == "residence" else
        f"{c.lawyer['firm']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}" if c.domicile == "lawyer"
        else c.other_domicile))
    tags["identity"] = 1
    y += 3
    s1.text(15, y, "Identiteit", font=f, size_pt=10, bold=True)
    y += 6
    k = c.id_kind
    y = box(s1, y, "paspoort of nationale identiteitskaart", k.startswith(("passport", "idcard", "translated",
                                                                          "untranslated")))
    y = box(s1, y, "andere stukken", k.startswith(("pieces", "certificate", "declarative", "single")))
    y = box(s1, y, "vrijstelling: asielprocedure loopt", k.startswith("asylum"))
    y = cell(s1, y + 1, "Toelichting identiteit", q_identity(c, "nl"))
    fam = q_family(c, "nl")
    if fam:
        tags["family"] = 1
    cell(s1, y + 2, "Gezinsleden die meekomen", fam or "geen")
    y = 28
    tags["medical"] = 2
    y = cell(s2, y, "Medische toestand", q_medical(c, "nl"))
    coi = q_coi(c, "nl")
    if coi:
        tags["coi"] = 2
    y = cell(s2, y, "Zorg in het land van herkomst", coi or "")
    par = q_parallel(c, "nl")
    if par:
        tags["parallel"] = 2
    y = cell(s2, y, "Eerdere procedures", par or "geen")
    tags["inventory"] = 2
    y = cell(s2, y, "Bijlagen", "; ".join(f"{i}) {d}" for i, (_, d) in enumerate(c.annexes, 1)))
    y = max(y + 12, 236)
    tags["signature"] = 2
    s2.text(15, y, f"Opgemaakt te {commune} op {c.d(c.app_date, 'nl', 'dots')}", font=f, size_pt=9.5)
    s2.rect(110, y - 2, 85, 30, width_mm=0.3)
    s2.text(112, y, "Handtekening aanvrager", font=f, size_pt=8.5, color=GREY)
    if "unsigned" not in c.flags:
        s2.signature(rng.uniform(118, 135), y + 6, 48, 16, rng, color=INK_BLACK)
    return [s1, s2], tags


def app_margin_prose_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish lawyer's letter in prose: a grey column at the left holds the office's
    details, the text runs in the right three quarters; headings in small capitals."""
    L = c.lawyer
    font = "sans4"

    def new_sheet(i):
        sh = Sheet()
        sh.rect(0, 0, 52, 297, width_mm=0, fill=(238, 238, 238))
        sh.text(8, 20, L["firm"], font="serif4", size_pt=11, bold=True)
        for k, ln in enumerate([f"Mr. {L['first']} {L['last']}", "advocaat", L["street"], f"{L['pc']} {L['city']}",
                                L["tel"], L["mail"]]):
            sh.text(8, 30 + k * 4.5, ln, font=font, size_pt=7.5)
        sh.text(8, 285, f"pagina {i + 1}", font=font, size_pt=7.5, color=GREY)
        return sh, 20

    fl = Flow(new_sheet, left=60, right=192, bottom=278, font=font, size=9.8, leading=1.38)
    for ln in ["Dienst Vreemdelingenzaken", "Bureau 9ter", "Pachecolaan 44", "1000 Brussel"]:
        fl.line(ln)
    fl.space(4)
    fl.line(f"{L['city']}, {c.d(c.app_date, 'nl', 'long')}")
    fl.line("Per aangetekende zending", italic=True, size=9)
    fl.space(4)
    fl.line(f"Betreft: aanvraag art. 9ter – {name_in(c.p, c.name_style)}", bold=True)
    fl.space(2)
    fl.para("Geachte,")
    for head, txt, tag in [("PERSONALIA", q_personal(c, "nl"), "personal"),
                           ("VERBLIJF EN WOONPLAATSKEUZE", " ".join(x for x in (q_residence(c, "nl"),
                                                                                 q_domicile(c, "nl")) if x),
                            "residence"),
                           ("IDENTITEIT", q_identity(c, "nl"), "identity"), ("GEZIN", q_family(c, "nl"), "family"),
                           ("MEDISCHE TOESTAND", q_medical(c, "nl"), "medical"),
                           ("BESCHIKBAARHEID EN TOEGANKELIJKHEID", q_coi(c, "nl"), "coi"),
                           ("VORIGE PROCEDURES", q_parallel(c, "nl"), "parallel")]:
        if txt:
            fl.para(head, bold=True, size=8.8, gap=0.6, tag=tag)
            fl.para(txt)
    fl.para(q_request(c, "nl"))
    fl.para("Met beleefde groeten,", gap=2)
    fl.ensure(30)
    fl.tag("signature")
    y = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(60, y, 44, 14, rng, color=INK_BLUE, style="zigzag")
    fl.sheet.text(60, y + 16, f"Mr. {L['first']} {L['last']}", font=font, size_pt=9.8)
    fl.y = y + 24
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("STUKKENBUNDEL", bold=True, size=8.8, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"stuk {i}: {d}", indent=3, gap=0.2, size=9)
    return fl.sheets, fl.tags


def app_parish_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An English letter drafted by a volunteer of an English-speaking parish's refugee desk and signed by the
    applicant (not an accepted language): parish letterhead centred, a cross-shaped rule, numbered paragraphs."""
    font = "serif6"

    def new_sheet(i):
        sh = Sheet()
        sh.text(105, 10, "St Anthony's Anglican Chaplaincy · Refugee Support Desk", font=font, size_pt=11, bold=True,
                anchor="center")
        sh.text(105, 16, "Rue Capitaine Crespel 29, 1050 Brussels", font=font, size_pt=8, anchor="center",
                color=GREY)
        sh.rule(60, 21, 150, 21, width_mm=0.3)
        sh.rule(105, 19, 105, 23, width_mm=0.3)
        return sh, 30

    fl = Flow(new_sheet, left=22, right=188, bottom=276, font=font, size=10.2, leading=1.4)
    fl.line("The Immigration Office (Office des Étrangers / Dienst Vreemdelingenzaken)")
    fl.line("9ter Section, Boulevard Pachéco 44, 1000 Brussels")
    fl.line(f"Brussels, {c.d(c.app_date, 'en', 'long')} – registered letter")
    fl.space(3)
    fl.line("Request for authorisation to stay for medical reasons (Article 9ter)", bold=True)
    n = 0
    for txt, tag in [(q_personal(c, "en"), "personal"),
                     (" ".join(x for x in (q_residence(c, "en"), q_domicile(c, "en")) if x), "residence"),
                     (q_identity(c, "en"), "identity"), (q_family(c, "en"), "family"),
                     (q_medical(c, "en"), "medical"), (q_coi(c, "en"), "coi"), (q_parallel(c, "en"), "parallel"),
                     (q_request(c, "en"), None)]:
        if txt:
            n += 1
            fl.para(txt, indent=8, hang=f"{n}.", tag=tag)
    fl.ensure(30)
    fl.tag("signature")
    fl.line("Signature of the applicant:")
    if "unsigned" not in c.flags:
        fl.sheet.signature(22, fl.y, 44, 14, rng, color=INK_BLUE)
    fl.y += 16
    fl.line(f"{c.p.given_names} {c.p.surname}")
    if c.annexes:
        fl.ensure(5 * min(len(c.annexes), 4) + 8)
        fl.para("Attached documents", bold=True, gap=1, tag="inventory")
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"({chr(96 + i) if i < 27 else i}) {d}", indent=4, gap=0.3, size=9)
    return fl.sheets, fl.tags


_reg("be9ter-app-fr-lawyer-prose-moyens", "application", PART, "fr", app_moyens_fr,
     "avocat's requête in numbered grounds ('1. Quant à la recevabilité'), red margin rule, pages x/y")
_reg("be9ter-app-nl-form-ocmw-cells", "application", PART, "nl", app_ocmw_form_nl,
     "Flemish OCMW intake form, shaded label cells, typed X in the boxes, signature box")
_reg("be9ter-app-nl-lawyer-prose-grey-column", "application", PART, "nl", app_margin_prose_nl,
     "Flemish lawyer's letter, office details in a grey left column, capital headings")
_reg("be9ter-app-en-parish-desk-letter", "application", PART, "en", app_parish_en,
     "English letter of a parish refugee desk in numbered paragraphs, signed by the applicant (not accepted)")


# --------------------------------------------------------------------------- standard medical certificates

def _sev_index(M: dict, sev: str) -> int:
    so = M["sevopts"]
    if not sev:
        return -1
    s = sev.lower()
    return 3 if s.startswith(so[3]) else 1 if s.startswith(so[1]) else 0 if s.startswith(so[0]) else 2


def medcert_blockcaps(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The printed 2024 model filled in by hand in block capitals; the severity box blacked in (a filled
    square, not a cross); the doctor's stamp beside the signature."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    ink = rng.choice([INK_BLUE, INK_BLACK])
    font = "sans"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    for i, sh in enumerate((s1, s2), 1):
        sh.text(105, 8, M["title"], font=font, size_pt=11, bold=True, anchor="center")
        sh.text(105, 13, M["model"], font=font, size_pt=7.5, anchor="center", color=GREY)
        sh.text(190, 290, M["page"].format(i=i, n=2), font=font, size_pt=7.5, anchor="right")

    def field(sh, y, label, val, lines=1):
        sh.text(18, y, label, font=font, size_pt=8.2, bold=True)
        rows = sh.wrap(val.upper(), 160, font="blockcaps", size_pt=10) if val else []
        n = max(lines, len(rows))
        for k in range(n):
            sh.rule(18, y + 9 + k * 6.2, 192, y + 9 + k * 6.2, width_mm=0.15, color=(150, 150, 150))
        for k, ln in enumerate(rows):
            sh.handwriting(19, y + 4 + k * 6.2, ln, rng, size_pt=10, color=ink, font="blockcaps")
        return y + 11 + n * 6.2

    y = 20
    tags["patient"] = 1
    s1.text(18, y, M["s1"], font=font, size_pt=9.5, bold=True)
    y = field(s1, y + 6, f"{M['name']} / {M['first']}", f"{v['surname']} {v['first']}".strip())
    y = field(s1, y, f"{M['bd']} – {M['nat']}", f"{v['bd']}  {v['nat']}".strip())
    tags["doctor"] = 1
    s1.text(18, y, M["s2"], font=font, size_pt=9.5, bold=True)
    y = field(s1, y + 6, M["dname"], f"{d.last} {d.first}")
    y = field(s1, y, M["riziv"], v["riziv"])
    y = field(s1, y, M["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city}")
    y = field(s1, y, M["s4"], v["hist"], 2)
    tags["illness"] = 1
    y = field(s1, y, M["s5"], f"{v['ill']} – {v['icd']}" if v["ill"] else "", 2)
    tags["severity"] = 1
    s1.text(18, y, M["s6"], font=font, size_pt=8.2, bold=True)
    chosen = _sev_index(M, v["sev"])
    for k, o in enumerate(M["sevopts"]):
        x = 22 + k * 42
        s1.rect(x, y + 6, 4, 4, width_mm=0.25)
        if k == chosen:
            s1.rect(x + 0.6, y + 6.6, 2.8, 2.8, width_mm=0, fill=ink)
        s1.text(x + 6, y + 6, o, font=font, size_pt=8.5)
    field(s1, y + 13, M["s6b"], v["sev"], 2)
    y = 20
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
    s2.text(18, y, M["sign"], font=font, size_pt=8.2, bold=True)
    s2.rect(18, y + 4, 174, 32, width_mm=0.3)
    if v["signed"]:
        s2.signature(30, y + 10, 50, 18, rng, color=ink)
        s2.stamp(110, y + 6, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=STAMP_BLUE, angle=rng.uniform(-4, 4))
    return [s1, s2], tags


def medcert_hospital_barcode(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a hospital's patient record: hospital letterhead with a patient barcode, the
    questions as numbered headings with ticks (✓) in the severity line, the hospital's footer on each page."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    font = "sans6"
    pid = f"{c.seed % 90000000 + 10000000}"

    def new_sheet(i):
        sh = Sheet()
        sh.text(18, 10, d.inst, font=font, size_pt=12, bold=True, color=(0, 80, 130))
        sh.text(18, 16, f"{d.dept or SPECIALTY[d.spec].get(lang, '')} · {d.street} · {d.pc} {d.city}", font=font,
                size_pt=7.5, color=GREY)
        barcode(sh, 140, 8, 50, 9, pid)
        sh.text(165, 18, f"PID {pid}", font="mono2", size_pt=7, anchor="center")
        sh.rule(18, 24, 192, 24, width_mm=0.4, color=(0, 80, 130))
        sh.rule(18, 280, 192, 280, width_mm=0.2, color=GREY)
        sh.text(18, 282, f"{d.inst} · {d.tel} · {M['model']}", font=font, size_pt=6.8, color=GREY)
        return sh, 30

    fl = Flow(new_sheet, left=18, right=192, bottom=272, font=font, size=9.5, leading=1.32)
    fl.line(M["title"], bold=True, size=12)
    fl.para(M["law"], size=7.5, color=GREY)

    def qa(head, ans, tag=None):
        fl.para(head, bold=True, size=8.8, gap=0.5, tag=tag)
        fl.para(ans or " ", indent=4, gap=1.8)

    qa(M["s1"], f"{v['surname']} {v['first']} · {v['bd']} · {v['nat']}" if v["surname"] else "", tag="patient")
    qa(M["s2"], f"{d.name()} · {SPECIALTY[d.spec].get(lang, '')} · {M['riziv']} {v['riziv']}", tag="doctor")
    qa(M["s3"], str(c.cert_date.year - rng.choice([1, 2, 4])))
    qa(M["s4"], v["hist"])
    qa(M["s5"], f"{v['ill']} [{v['icd']}]" if v["ill"] else "", tag="illness")
    chosen = _sev_index(M, v["sev"])
    fl.para(M["s6"], bold=True, size=8.8, gap=0.5, tag="severity")
    fl.para("   ".join(("✓ " if k == chosen else "○ ") + o for k, o in enumerate(M["sevopts"])) if chosen >= 0
            else "   ".join("○ " + o for o in M["sevopts"]), indent=4, gap=0.8, font="sans3")
    fl.para(v["sev"] or " ", indent=4, gap=1.8)
    fl.para(M["s7"], bold=True, size=8.8, gap=0.5, tag="treatment")
    qa(M["s7a"], v["meds"])
    qa(M["s7b"], v["interv"])
    qa(M["s7c"], v["dur"])
    qa(M["s8"], v["cons"])
    qa(M["s9"], v["prog"])
    qa(M["s10"], v["needs"])
    qa(M["s11"], f"{M['yes']} – {v['travel']}")
    fl.ensure(40)
    fl.tag("signature")
    y = fl.y
    fl.sheet.text(18, y, f"{M['date']}: {v['date']}", font=font, size_pt=9.5)
    fl.sheet.text(110, y, M["sign"], font=font, size_pt=8.5, color=GREY)
    if v["signed"]:
        fl.sheet.signature(112, y + 5, 46, 15, rng, color=INK_BLUE)
        fl.sheet.stamp(150, y + 2, _stamp_lines(c, lang, bool(v["riziv"])), rng, size_mm=30, color=STAMP_BLUE)
    fl.y = y + 28
    for i, sh in enumerate(fl.sheets, 1):
        sh.text(192, 282, M["page"].format(i=i, n=len(fl.sheets)), font=font, size_pt=6.8, anchor="right",
                color=GREY)
    return fl.sheets, fl.tags


def medcert_old_icd_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model with the diagnosis given as an ICD-10 code table (code · label · since) and the
    treatment as a medication table; one page per half, a paperclip shadow on the first."""
    M, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    font = "serif3"
    tags: dict[str, int] = {}
    s1, s2 = Sheet(), Sheet()
    paperclip_shadow(s1, 150, 3)
    s1.text(105, 14, M["title"], font=font, size_pt=12.5, bold=True, anchor="center")
    s1.paragraph(25, 21, 160, M["sub"] + " " + M["law"], font=font, size_pt=7.5, align="center", color=GREY)
    y = 36
    tags["patient"] = 1
    y = s1.paragraph(20, y, 170, M["pat"], font=font, size_pt=9.5, bold=True)
    s1.text(24, y + 1, f"{v['pat']}    °{v['bd']}    {v['nat']}" if v["pat"] else "", font=font, size_pt=10)
    y += 10
    y = s1.paragraph(20, y, 170, M["A"], font=font, size_pt=9.5, bold=True)
    y = s1.paragraph(24, y + 1, 162, v["hist"], font=font, size_pt=9.8) + 4
    y = s1.paragraph(20, y, 170, M["B"], font=font, size_pt=9.5, bold=True)
    tags["illness"] = 1
    y += 2
    since = {"fr": "Depuis", "nl": "Sinds", "de": "Seit", "en": "Since"}.get(lang, "")
    for (a, w), x in zip((("CIM-10 / ICD-10", 32), (M["diag"], 100), (since, 38)), (20, 52, 152)):
        s1.rect(x, y, w, 7, width_mm=0.25, fill=(236, 236, 236))
        s1.text(x + 1.5, y + 1.6, a, font=font, size_pt=8, bold=True)
    y += 7
    il_lines = s1.wrap(v["ill"], 96, font=font, size_pt=9.3) if v["ill"] else [""]
    h = len(il_lines) * 4.2 + 3
    for x, w in ((20, 32), (52, 100), (152, 38)):
        s1.rect(x, y, w, h, width_mm=0.25)
    s1.text(22, y + 1.5, v["icd"], font="mono2", size_pt=9.3)
    if v["ill"]:
        s1.text(154, y + 1.5, str(c.medstat_date.year - 1), font=font, size_pt=9.3)
    for k, ln in enumerate(il_lines):
        s1.text(54, y + 1.5 + k * 4.2, ln, font=font, size_pt=9.3)
    y += h + 5
    tags["severity"] = 1
    y = s1.paragraph(20, y, 170, M["sev"], font=font, size_pt=9.5, bold=True)
    s1.paragraph(24, y + 1, 162, v["sev"], font=font, size_pt=9.8)
    y = 20
    tags["treatment"] = 2
    y = s2.paragraph(20, y, 170, M["C"], font=font, size_pt=9.5, bold=True) + 2
    meds = [m.strip() for m in v["meds"].split(";") if m.strip()] if v["meds"] else []
    s2.rect(20, y, 170, 7, width_mm=0.25, fill=(236, 236, 236))
    s2.text(22, y + 1.6, s2.wrap(M["med"], 165, font=font, size_pt=8)[0], font=font, size_pt=8, bold=True)
    y += 7
    for m in meds or [""]:
        s2.rect(20, y, 170, 7, width_mm=0.25)
        s2.text(22, y + 1.5, m, font=font, size_pt=9.3)
        y += 7
    for head, val in ((M["interv"], v["interv"]), (M["dur"], v["dur"]), (M["D"], v["cons"]), (M["E"], v["prog"]),
                      (M["F"], v["needs"]), (M["G"], v["travel"])):
        y += 3
        y = s2.paragraph(20, y, 170, head, font=font, size_pt=9, bold=True)
        y = s2.paragraph(24, y + 0.5, 162, val or " ", font=font, size_pt=9.6) + 1
    y = max(y + 8, 220)
    tags["signature"] = 2
    tags["doctor"] = 2
    s2.text(20, y, f"{M['date']} {v['date']}", font=font, size_pt=10)
    s2.text(20, y + 7, f"{M['sign']} {d.name()}", font=font, size_pt=10)
    s2.text(20, y + 13, f"{M['riziv']} {v['riziv']}", font=font, size_pt=10)
    s2.text(20, y + 19, f"{M['spec']} {SPECIALTY[d.spec].get(lang, '')}", font=font, size_pt=10)
    if v["signed"]:
        s2.signature(120, y + 2, 50, 17, rng, color=INK_BLUE, style="loops")
        s2.stamp(140, y + 20, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="oval", size_mm=32,
                 color=STAMP_RED)
    return [s1, s2], tags


_reg("be9ter-medcert-2024-nl-hand-blockcaps", "medical-certificate", PART, "nl",
     lambda c, r: medcert_blockcaps(c, r, lang="nl"),
     "printed 2024 model filled in by hand in block capitals, severity box blacked in, rectangular stamp")
_reg("be9ter-medcert-2024-fr-hospital-barcode", "medical-certificate", PART, "fr",
     lambda c, r: medcert_hospital_barcode(c, r, lang="fr"),
     "modèle 2024 imprimé du dossier patient d'un hôpital, code-barres PID, coches ✓, pied de page")
_reg("be9ter-medcert-old-fr-icd-table", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_icd_table(c, r, lang="fr"),
     "ancien modèle, diagnostic en tableau CIM-10, traitement en tableau, ombre de trombone, cachet ovale rouge")
_reg("be9ter-medcert-2024-en-hospital-barcode", "medical-certificate", PART, "en",
     lambda c, r: medcert_hospital_barcode(c, r, lang="en"),
     "the 2024 model in English printed from a hospital record (not accepted)")


# --------------------------------------------------------------------------- medical statements

def medstat_specialist_results(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's consultation report with a table of recent results and the plan as numbered points."""
    d = c.specialist
    lang = "fr" if "fr" in ILLNESSES[c.illness] and c.lang != "nl" else "nl" if "nl" in ILLNESSES[c.illness] else "fr"
    T = _ill_text(c, lang)
    W = {"nl": ("Consultatieverslag", "Betreft", "Recente onderzoeken", "Beleid", "Datum", "Resultaat"),
         "fr": ("Rapport de consultation", "Concerne", "Examens récents", "Attitude", "Date", "Résultat")}[lang]
    sh = Sheet()
    sh.text(20, 12, d.inst, font="condensed", size_pt=12, bold=True)
    sh.text(20, 18, f"{SPECIALTY[d.spec][lang]} · {d.street}, {d.pc} {d.city}", font="condensed", size_pt=8.5,
            color=GREY)
    sh.text(20, 34, W[0], font="condensed", size_pt=14, bold=True)
    sh.text(20, 42, f"{W[1]}: {c.p.surname.upper()} {c.p.given_names} ({fdate(c.p.birth_date, 'dots', lang)})",
            font="condensed", size_pt=10)
    y = sh.paragraph(20, 52, 170, T["history"] + " " + T["severity"], font="condensed", size_pt=10.2) + 4
    sh.text(20, y, W[2], font="condensed", size_pt=10.5, bold=True)
    y += 6
    for k in range(3):
        dd = c.medstat_date - timedelta(days=30 * k + rng.randint(0, 9))
        sh.rect(20, y, 30, 7, width_mm=0.2)
        sh.rect(50, y, 140, 7, width_mm=0.2)
        sh.text(22, y + 1.6, fdate(dd, "dots", lang), font="condensed", size_pt=9)
        sh.text(52, y + 1.6, f"{T['name'][:60]} – {'controle' if lang == 'nl' else 'contrôle'} {k + 1}",
                font="condensed", size_pt=9)
        y += 7
    y += 5
    sh.text(20, y, W[3], font="condensed", size_pt=10.5, bold=True)
    y += 6
    for k, m in enumerate(T["meds"] + [T["needs"]], 1):
        y = sh.paragraph(26, y, 164, f"{k}. {m}", font="condensed", size_pt=10) + 1
    sh.text(20, y + 8, f"{d.city}, {fdate(c.medstat_date, 'dots', lang)}", font="condensed", size_pt=10)
    sh.signature(120, y + 6, 40, 13, rng)
    sh.text(120, y + 21, d.name(), font="condensed", size_pt=10)
    return [sh], {}


def medstat_gp_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A GP's half-page attestation on a prescription-pad letterhead, handwritten, coffee ring on the corner."""
    d = c.doctor
    lang = "fr" if "fr" in ILLNESSES[c.illness] and c.lang == "fr" else "nl" if "nl" in ILLNESSES[c.illness] else "fr"
    T = _ill_text(c, lang)
    hf = rng.choice(hand_fonts())
    sh = Sheet(paper="cream")
    sh.text(20, 14, f"Dr {d.first} {d.last.upper()}", font="serif2", size_pt=12, bold=True)
    sh.text(20, 20, f"{'Médecin généraliste' if lang == 'fr' else 'Huisarts'} · {d.street} · {d.pc} {d.city}",
            font="serif2", size_pt=8.5)
    sh.text(20, 24.5, f"{d.tel} · INAMI/RIZIV {d.riziv}", font="serif2", size_pt=8.5)
    sh.rule(20, 29, 190, 29, width_mm=0.3)
    intro = ("Je soussigné certifie que" if lang == "fr" else "Ondergetekende verklaart dat")
    lines = [f"{intro} {c.p.given_names} {c.p.surname}", f"{'né(e) le' if lang == 'fr' else 'geboren'} "
             f"{fdate(c.p.birth_date, 'slashes', lang)}", f"{'est suivi(e) pour' if lang == 'fr' else 'gevolgd wordt voor'}"
             f" {T['name']}.", "; ".join(T["meds"][:2]) + ".",
             f"{d.city}, {fdate(c.medstat_date, 'slashes', lang)}"]
    y = 40
    for ln in lines:
        for part in sh.wrap(ln, 150, font="serif2", size_pt=12):
            sh.handwriting(22, y, part, rng, size_pt=13, font=hf)
            y += 10
    sh.signature(110, y + 2, 45, 15, rng)
    coffee_ring(sh, rng.uniform(160, 180), rng.uniform(250, 270), 30, rng)
    return [sh], {}


_reg("be9ter-medstat-specialist-results-table", "medical-statement", PART, "fr/nl", medstat_specialist_results,
     "specialist's consultation report, results table, plan as numbered points, condensed face")
_reg("be9ter-medstat-gp-attest-hand", "medical-statement", PART, "fr/nl", medstat_gp_attest,
     "GP's handwritten attestation on letterhead, cream paper, coffee ring")


# --------------------------------------------------------------------------- country-of-origin information

def coi_ngo_note_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish medical NGO's note on access to care in the country, with a small table of prices."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    sh.text(20, 14, "Medimmigrant vzw – Landennota", font="sans5", size_pt=13, bold=True, color=(160, 40, 40))
    sh.text(20, 21, f"Toegang tot zorg: {cname(c.origin(), 'nl')} – bijgewerkt {rng.randint(2024, 2026)}",
            font="sans5", size_pt=9)
    y = sh.paragraph(20, 34, 170, f"{drug(c.illness, 'nl') if 'nl' in il else drug(c.illness, 'fr')} is in "
                     f"{cname(c.origin(), 'nl')} alleen verkrijgbaar in {o['hospital']}. De patiënt betaalt zelf; "
                     f"{o['insurance_nl']}", font="sans5", size_pt=10, leading=1.45) + 6
    for a, b in (("Maandelijkse kost behandeling", il["cost"]), ("Gemiddeld maandloon", o["wage"]),
                 ("Terugbetaling", "geen")):
        sh.rect(20, y, 80, 8, width_mm=0.2, fill=(245, 235, 235))
        sh.rect(100, y, 90, 8, width_mm=0.2)
        sh.text(22, y + 2, a, font="sans5", size_pt=9.5)
        sh.text(102, y + 2, b, font="sans5", size_pt=9.5)
        y += 8
    return [sh], {}


def coi_pharmacist_prices_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A price list of a wholesaler in the capital of origin, stamped, with the availability column."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    sh = Sheet()
    sh.text(105, 14, f"GROSSISTE-RÉPARTITEUR PHARMACEUTIQUE – {o['capital'].upper()}", font="typewriter2",
            size_pt=11, bold=True, anchor="center")
    sh.text(105, 22, "Liste de prix et disponibilité", font="typewriter2", size_pt=10, anchor="center")
    y = 36
    for a, b, cc in (("Produit", "Prix mensuel", "Disponibilité"),
                     (drug(c.illness, "fr") if "fr" in il else drug(c.illness, "nl"), il["cost"], "rupture fréquente"),
                     ("Consultation spécialiste", "hors liste", o["hospital"])):
        sh.text(20, y, a[:44], font="typewriter2", size_pt=9.5, bold=y == 36)
        sh.text(112, y, b, font="typewriter2", size_pt=9.5, bold=y == 36)
        sh.text(150, y, cc[:22], font="typewriter2", size_pt=9.5, bold=y == 36)
        y += 8
    sh.paragraph(20, y + 6, 170, f"Aucune prise en charge publique. {o['insurance_fr']}", font="typewriter2",
                 size_pt=9.5)
    sh.stamp(120, y + 30, [o["capital"].upper(), "GROSSISTE AGRÉÉ"], rng, shape="rect", size_mm=30)
    return [sh], {}


_reg("be9ter-coi-ngo-landennota-nl", "country-of-origin-info", PART, "nl", coi_ngo_note_nl,
     "Flemish NGO country note with a shaded price table")
_reg("be9ter-coi-grossiste-prix-fr", "country-of-origin-info", PART, "fr", coi_pharmacist_prices_fr,
     "typewritten price list of a pharmaceutical wholesaler in the capital, rectangular stamp")


# --------------------------------------------------------------------------- asylum proof

def asylum_appeal_receipt(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The Council for Alien Law Litigation's acknowledgement of the appeal against the refusal of protection: while
    it is pending, the application has no final decision (registry letter with the roll number in a box)."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    filed = min(c.app_date - timedelta(days=rng.randint(20, 60)), lodged + timedelta(days=rng.randint(60, 90)))
    rol = f"{rng.randint(280, 330)} {rng.randint(100, 999)}"
    sh = Sheet()
    f = "serif2"
    if lang == "nl":
        head = ["RAAD VOOR VREEMDELINGENBETWISTINGEN", "Griffie", "Gaucheretstraat 92-94, 1030 Brussel"]
        title, box = "BEVESTIGING VAN ONTVANGST VAN EEN VERZOEKSCHRIFT", f"Rolnummer {rol}"
        body = (f"De griffie bevestigt de ontvangst op {fdate(filed, 'dots', 'nl')} van het verzoekschrift ingediend "
                f"door {c.p.given_names} {c.p.surname.upper()}, geboren op {fdate(c.p.birth_date, 'dots', 'nl')}, "
                f"OV {c.ov or '-'}, tegen de beslissing van de Commissaris-generaal inzake het verzoek om "
                f"internationale bescherming van {fdate(lodged, 'dots', 'nl')}. Het beroep heeft schorsende "
                f"werking; de zaak is nog niet behandeld.")
        sig = "De griffier"
    else:
        head = ["CONSEIL DU CONTENTIEUX DES ÉTRANGERS", "Greffe", "Rue Gaucheret 92-94, 1030 Bruxelles"]
        title, box = "ACCUSÉ DE RÉCEPTION D'UNE REQUÊTE", f"Numéro de rôle {rol}"
        body = (f"Le greffe accuse réception le {fdate(filed, 'dots', 'fr')} de la requête introduite par "
                f"{c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots', 'fr')}, SP "
                f"{c.ov or '-'}, contre la décision du Commissaire général relative à la demande de protection "
                f"internationale du {fdate(lodged, 'dots', 'fr')}. Le recours est suspensif ; l'affaire n'a pas "
                f"encore été fixée.")
        sig = "Le greffier"
    for k, ln in enumerate(head):
        sh.text(20, 14 + k * 5.5, ln, font=f, size_pt=11 if k == 0 else 9, bold=k == 0)
    sh.rect(130, 34, 60, 10, width_mm=0.4)
    sh.text(160, 36.5, box, font=f, size_pt=10, bold=True, anchor="center")
    sh.text(20, 56, title, font=f, size_pt=12, bold=True)
    y = sh.paragraph(20, 66, 170, body, font=f, size_pt=10.5, leading=1.5)
    sh.text(20, y + 10, sig, font=f, size_pt=10)
    sh.signature(20, y + 14, 36, 12, rng)
    return [sh], {}


def asylum_orange_card_desk(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The orange card (attestation d'immatriculation) photographed on a desk by the client."""
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet()
    sh.rect(50, 60, 110, 75, width_mm=0, fill=(246, 196, 140))
    sh.text(105, 63, "ATTESTATION D'IMMATRICULATION / ATTEST VAN IMMATRICULATIE", font="sans", size_pt=7,
            bold=True, anchor="center")
    sh.photo(54, 72, 24, 30, rng)
    for k, (a_, b) in enumerate([("Nom/Naam", c.p.surname.upper()), ("Prénom/Voornaam", c.p.given_names),
                                 ("Né le/Geboren", fdate(c.p.birth_date, "dots", "fr")),
                                 ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("SP/OV", c.ov or "-"),
                                 ("Demande/Aanvraag", fdate(lodged, "dots", "fr"))]):
        sh.text(82, 72 + k * 8, a_, font="sans", size_pt=6)
        sh.text(82, 75 + k * 8, b, font="sans", size_pt=8, bold=True)
    return [desk_photo(sh, rng)], {}


_reg("be9ter-asylum-rvv-ontvangstbevestiging-nl", "asylum-proof", PART, "nl",
     lambda c, r: asylum_appeal_receipt(c, r, lang="nl"), "RvV registry's acknowledgement of the appeal, roll box")
_reg("be9ter-asylum-cce-accuse-reception-fr", "asylum-proof", PART, "fr",
     lambda c, r: asylum_appeal_receipt(c, r, lang="fr"), "accusé de réception du CCE, numéro de rôle encadré")
# the orange card is bilingual (French and Dutch labels): the Dutch-speaking files take it too
_reg("be9ter-asylum-orange-card-desk-nl", "asylum-proof", PART, "nl", asylum_orange_card_desk,
     "orange card photographed on a desk by the client, bilingual labels")


# --------------------------------------------------------------------------- registered mail

def rm_receipt_angle(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The bpost counter receipt (thermal paper) photographed at an angle on a table."""
    sh = Sheet(90, 150)
    sh.rect(0, 0, 90, 150, width_mm=0, fill=(252, 252, 248))
    y = 6
    for ln, sz, b in [("bpost", 14, True), (_post_office(c), 8, False),
                      (f"{fdate(c.rm_date, 'dots')} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}", 8, False),
                      ("ENVOI RECOMMANDÉ / AANGETEKEND", 8, True), ("", 8, False)]:
        sh.text(6, y, ln, font="mono", size_pt=sz, bold=b, color=(200, 30, 40) if ln == "bpost" else (0, 0, 0))
        y += 6 if sz < 10 else 8
    barcode(sh, 8, y, 74, 10, c.rm_track)
    sh.text(45, y + 12, track_spaced(c.rm_track), font="mono", size_pt=7, anchor="center")
    y += 20
    sh.text(6, y, "Destinataire / Bestemmeling:", font="mono", size_pt=7)
    for k, ln in enumerate(c.rm_to):
        sh.text(6, y + 4.5 + k * 4, ln, font="mono", size_pt=7.5)
    y += 26
    sh.text(6, y, "Expéditeur / Afzender:", font="mono", size_pt=7)
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(6, y + 4.5 + k * 4, ln[:34], font="mono", size_pt=7.5)
    sh.text(6, 140, f"TOTAL EUR {rng.choice(['9,90', '10,40', '11,05'])}", font="mono", size_pt=8, bold=True)
    return [desk_photo(sh, rng, angle=rng.choice([-1, 1]) * rng.uniform(6, 12))], {"addressee": 1}


def rm_sticker_on_copy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The office's copy of the application's first page with the bpost deposit receipt stuck on its top right
    corner and 'verstuurd' written beside it; laid on the scanner head first, so the page comes out upside down."""
    sh = Sheet()
    sh.text(22, 60, f"Betreft: 9ter – {c.p.surname.upper()}", font="serif", size_pt=11, color=(120, 120, 120))
    sh.paragraph(22, 80, 166, q_personal(c, "nl") + " " + q_residence(c, "nl"), font="serif", size_pt=10.5,
                 leading=1.5, color=(130, 130, 130), align="justify")
    x, y = 118, 14
    sh.rect(x, y, 76, 58, width_mm=0.2, color=(170, 170, 170), fill=(255, 255, 250))
    sh.text(x + 3, y + 3, "bpost · Aangetekend / Recommandé", font="sans4", size_pt=7.5, bold=True)
    sh.text(x + 3, y + 8, f"{_post_office(c)} · {fdate(c.rm_date, 'dots')}", font="mono2", size_pt=7)
    barcode(sh, x + 5, y + 13, 66, 9, c.rm_track)
    sh.text(x + 38, y + 24, track_spaced(c.rm_track), font="mono2", size_pt=6.5, anchor="center")
    for k, ln in enumerate(c.rm_to):
        sh.text(x + 3, y + 30 + k * 3.6, ln, font="mono2", size_pt=6.8)
    sh.text(x + 3, y + 45, "Afzender: " + _sender_lines(c)[0][:30], font="mono2", size_pt=6.5)
    sh.handwriting(130, 76, f"verstuurd {fdate(c.rm_date, 'dots')}", rng, size_pt=12,
                   font=rng.choice(hand_fonts()))
    return [upside_down(sh)], {"addressee": 1}


def rm_stapled_envelope(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A copy of the envelope's front with the deposit receipt stapled over its lower left corner."""
    sh = Sheet()
    sh.rect(15, 20, 180, 125, width_mm=0.3, color=(150, 150, 150), fill=(250, 248, 242))
    for k, ln in enumerate(_sender_lines(c)):
        sh.text(22, 26 + k * 4.5, ln, font="serif", size_pt=9)
    sh.text(165, 28, "R", font="sans4", size_pt=20, bold=True)
    for k, ln in enumerate(c.rm_to):
        sh.text(100, 80 + k * 7, ln, font="serif", size_pt=13)
    sh.rect(24, 100, 60, 80, width_mm=0.2, color=(170, 170, 170), fill=(255, 255, 255))
    sh.rect(26, 98, 10, 1.2, width_mm=0, fill=(90, 90, 90))
    sh.text(27, 104, "bpost – bewijs van afgifte", font="mono2", size_pt=7, bold=True)
    sh.text(27, 109, _post_office(c), font="mono2", size_pt=7)
    sh.text(27, 113, fdate(c.rm_date, "dots"), font="mono2", size_pt=7)
    barcode(sh, 28, 118, 52, 9, c.rm_track)
    sh.text(54, 129, track_spaced(c.rm_track), font="mono2", size_pt=6.3, anchor="center")
    for k, ln in enumerate(c.rm_to):
        sh.text(27, 136 + k * 3.6, ln[:30], font="mono2", size_pt=6.3)
    sh.stamp(45, 150, [_post_office(c).upper()[:20], fdate(c.rm_date, "dots")], rng, size_mm=24, color=(40, 40, 40))
    return [sh], {"addressee": 1}


_reg("be9ter-rm-receipt-photo-angle", "registered-mail-receipt", PART, "fr", rm_receipt_angle,
     "thermal counter receipt photographed at an angle on a wooden table")
_reg("be9ter-rm-sticker-on-copy-upside-down", "registered-mail-receipt", PART, "nl", rm_sticker_on_copy,
     "deposit receipt stuck on the office copy of the application's first page, scanned upside down")
_reg("be9ter-rm-stapled-envelope-copy", "registered-mail-receipt", PART, "nl", rm_stapled_envelope,
     "copy of the envelope with the deposit receipt stapled on its corner")


# --------------------------------------------------------------------------- other

def other_declaration_typed_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's typed declaration on honour about the lost passport, signed (no evidentiary value)."""
    sh = Sheet()
    sh.text(105, 30, "DÉCLARATION SUR L'HONNEUR", font="typewriter", size_pt=14, bold=True, anchor="center")
    txt = (f"Je soussigné(e) {c.p.given_names} {c.p.surname.upper()}, né(e) le {fdate(c.p.birth_date, 'dots', 'fr')} "
           f"à {c.p.birth_place} ({cname(c.birth_cc(), 'fr')}), de nationalité "
           f"{COUNTRIES[c.p.nationality]['adj_fr']}, domicilié(e) {addr_str(c.addr, 'fr', 'street-first')}, déclare "
           f"sur l'honneur avoir perdu mon passeport et ne disposer d'aucun autre document d'identité.")
    y = sh.paragraph(25, 48, 160, txt, font="typewriter", size_pt=11, leading=1.6)
    sh.text(25, y + 10, f"Fait à {c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(2, 15)), 'dots', 'fr')}",
            font="typewriter", size_pt=11)
    sh.signature(120, y + 18, 45, 15, rng)
    return [sh], {"identity": 1}


def other_ocmw_social_report_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An OCMW social worker's report on the applicant's situation, often added by lawyers."""
    sh = Sheet()
    sh.text(20, 14, f"OCMW {c.addr.city} – Sociaal verslag", font="sans2", size_pt=12, bold=True)
    sh.text(190, 14, f"dossier {rng.randint(10000, 99999)}", font="sans2", size_pt=9, anchor="right")
    y = sh.paragraph(20, 30, 170, f"{name_in(c.p, 'Given SURNAME')} meldde zich aan bij onze dienst. Betrokkene "
                     f"ontvangt dringende medische hulp en wordt begeleid in de verblijfsprocedure. De medische "
                     f"opvolging gebeurt door de behandelende arts.", font="sans2", size_pt=10.5, leading=1.5)
    sh.text(20, y + 10, "Maatschappelijk werker", font="sans2", size_pt=10)
    sh.signature(20, y + 14, 36, 12, rng)
    return [sh], {}


_reg("be9ter-other-declaration-fr-typed", "other", PART, "fr", other_declaration_typed_fr,
     "the applicant's typed declaration on honour about a lost passport")
_reg("be9ter-other-ocmw-sociaal-verslag-nl", "other", PART, "nl", other_ocmw_social_report_nl,
     "OCMW social worker's report")
