"""9ter families of the `twentysixth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentyfifth had been read, by a writer who saw neither the
validator nor its output.  Applications: a lawyer's letter with a two-column letterhead (the partners listed down a
narrow left column, the firm's contact data at the right), headings in small capitals, the legal references in
footnotes at the foot of the page, the applicant called 'de aanvrager / de aanvraagster', 'le demandeur / la
demanderesse', 'the applicant', the signature at the left or the right, '- i -' page numbers (Dutch, French,
English); a neighbourhood legal-aid desk's two-column paper form filled in by hand, with words crossed out and
rewritten beside them as people do (Dutch, French).  The 2024 certificate typed by a GP in a word processor as one
table (the section in a shaded left cell, the answer at the right), the practice stamp pressed over the signature
(Dutch, French); the previous model as a practice's own two-column template sent by fax, the machine's header line on
every page (English, German).  A specialist's report on a punched sheet with the stamp over the signature; a
polyclinic's consultation report printed from the hospital's record with a patient label and a staple.  A hospital
pharmacy's certificate of non-availability from the capital, sent by fax; a table of availability per facility printed
in landscape.  Annex 26 as a pale carbon copy with the photo stapled on; the folded annex 26 copied open in landscape,
outer and inner sides side by side.  bpost's counter receipt forwarded by the office's fax with a transmittal note;
bpost's hand-filled deposit form as a pale carbon copy; the receipt cut out with scissors and glued on A4 beside the
envelope's copy.  A typed declaration on honour with a thumbprint; a municipality's certificate of residence.
Sentence builders ``s26_*``.
"""
from __future__ import annotations

import datetime
import random
from datetime import timedelta

from PIL import Image

from .be9ter import (COUNTRIES, ILLNESSES, INK_BLACK, INK_BLUE, MC_NEW, MC_OLD, SPECIALTY, STAMP_BLUE, STAMP_RED,
                     STAMP_VIOLET, Case, _post_office, _reg, _sender_lines, addr_str, barcode, cname, drug, fdate,
                     name_in, track_spaced)
from .fresh_be9ter import _stamp_lines, _values
from .ninth_identity import hand_safe
from .paper import Sheet, text_width_mm
from .twentysixth_identity import cut_frame, fax_header, paste, punch_holes, staple

PART = "twentysixth"
GREY = (100, 100, 100)
PEN = (20, 35, 130)


def _wrap(text: str, w: float, font: str, size: float) -> list[str]:
    out, cur = [], ""
    for wd in str(text).split():
        t = (cur + " " + wd).strip()
        if cur and text_width_mm(t, font, size) * 1.05 > w:
            out.append(cur)
            cur = wd
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


def _fitw(s: str, font: str, size: float, w: float) -> float:
    while size > 6 and text_width_mm(s, font, size) > w:
        size -= 0.3
    return size


# --------------------------------------------------------------------------- sentences (s26_*)

def _aa(c: Case, lang: str, cap: bool = True) -> str:
    s = {"nl": "de aanvraagster" if c.fem else "de aanvrager", "fr": "la demanderesse" if c.fem else "le demandeur",
         "en": "the applicant"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _ex(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (exhibit {n})"}[lang]


def s26_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = c.d(p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    where = f"{p.birth_place}, {cname(c.birth_cc(), lang)}"
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    if lang == "nl":
        s = f"{_aa(c, lang)} heet {nm} en is geboren op {bd}" + ("" if nb else f" in {where}") + "."
        if not nn:
            s += f" {'Zij' if c.fem else 'Hij'} is van {adj} nationaliteit."
        s += f" {'Haar' if c.fem else 'Zijn'} rijksregisternummer is {c.nrn}." if c.nrn else \
            f" {'Haar' if c.fem else 'Zijn'} dossier bij DVZ draagt het nummer {c.ov}."
        return s
    if lang == "fr":
        s = f"{_aa(c, lang)} s'appelle {nm} ; {'elle' if c.fem else 'il'} est né{'e' if c.fem else ''} le {bd}" + \
            ("" if nb else f" à {where}") + "."
        if not nn:
            s += f" {'Elle' if c.fem else 'Il'} possède la nationalité {adj}."
        s += f" Son numéro de registre national est le {c.nrn}." if c.nrn else \
            f" Son dossier à l'Office des Étrangers porte le numéro {c.ov}."
        return s
    s = f"The applicant's name is {nm}; {'she' if c.fem else 'he'} was born on {bd}" + ("" if nb else f" in {where}") + "."
    if not nn:
        s += f" {'She' if c.fem else 'He'} is a {COUNTRIES[p.nationality]['adj_en']} national."
    s += f" {'Her' if c.fem else 'His'} national register number is {c.nrn}." if c.nrn else \
        f" {'Her' if c.fem else 'His'} Immigration Office file number is {c.ov}."
    return s


def s26_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_aa(c, lang)} woont momenteel nergens vast en logeert afwisselend bij kennissen.",
                "fr": f"{_aa(c, lang)} n'a pas de logement stable pour l'instant et loge chez des connaissances.",
                "en": "The applicant has no stable home at the moment and stays with acquaintances."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_aa(c, lang)} woont feitelijk in België, op het adres {a}.",
            "fr": f"{_aa(c, lang)} réside effectivement en Belgique, à l'adresse {a}.",
            "en": f"The applicant actually lives in Belgium, at {a}."}[lang]


def s26_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"Voor deze procedure kiest {_aa(c, lang, False)} woonplaats bij de raadsman, {L['street']}, "
                      f"{L['pc']} {L['city']}.",
                "fr": f"Pour la présente procédure, {_aa(c, lang, False)} élit domicile chez son conseil, "
                      f"{L['street']}, {L['pc']} {L['city']}.",
                "en": f"For this procedure the applicant elects domicile with counsel, {L['street']}, {L['pc']} "
                      f"{L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Voor deze procedure kiest {_aa(c, lang, False)} woonplaats bij {c.other_domicile}.",
                "fr": f"Pour la présente procédure, {_aa(c, lang, False)} élit domicile auprès de {c.other_domicile}.",
                "en": f"For this procedure the applicant elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"Voor deze procedure kiest {_aa(c, lang, False)} woonplaats op dat adres.",
            "fr": f"Pour la présente procédure, {_aa(c, lang, False)} élit domicile à cette adresse.",
            "en": "For this procedure the applicant elects domicile at that address."}[lang]


def s26_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        r = _ex(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_aa(c, lang)} diende op {d} een verzoek om internationale bescherming in, waarover nog geen "
                      f"definitieve beslissing is genomen{r}; {'zij' if c.fem else 'hij'} is daarom vrijgesteld van "
                      f"het voorleggen van een identiteitsdocument.",
                "fr": f"{_aa(c, lang)} a introduit le {d} une demande de protection internationale qui n'a pas encore "
                      f"fait l'objet d'une décision définitive{r} ; {'elle' if c.fem else 'il'} est dès lors dispensé"
                      f"{'e' if c.fem else ''} de produire un document d'identité.",
                "en": f"The applicant lodged an application for international protection on {d}, on which no final "
                      f"decision has been taken{r}; {'she' if c.fem else 'he'} is therefore exempt from producing an "
                      f"identity document."}[lang]
    if k == "none":
        return {"nl": f"{_aa(c, lang)} kan op dit ogenblik geen enkel identiteitsdocument voorleggen.",
                "fr": f"{_aa(c, lang)} n'est actuellement en mesure de produire aucun document d'identité.",
                "en": "The applicant is at present unable to produce any identity document."}[lang]
    items = [d + _ex(c, key, lang) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling", "fr": "la traduction jurée",
                      "en": "the sworn translation"}[lang] + _ex(c, "id-tr", lang))
    lst = "; ".join(items) or "—"
    s = {"nl": f"De identiteit van {_aa(c, lang, False)} blijkt uit: {lst}.",
         "fr": f"L'identité de {_aa(c, lang, False)} est établie par : {lst}.",
         "en": f"The applicant's identity is established by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet niet af aan de bewijskracht ervan wat de identiteit betreft.",
              "fr": " La circonstance que le passeport est périmé n'enlève rien à sa force probante quant à l'identité.",
              "en": " That the passport has expired does not affect its value as proof of identity."}[lang]
    return s


def s26_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het medisch verslag dat {doc} op {cd} opstelde", "fr": f"le rapport médical établi le {cd} par "
               f"le {doc}", "en": f"the medical report drawn up by {doc} on {cd}"}[lang] + _ex(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift dat {doc} op {cd} invulde",
               "fr": f"le certificat médical type complété le {cd} par le {doc}",
               "en": f"the standard medical certificate completed by {doc} on {cd}"}[lang] + _ex(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Volgens {src} lijdt {_aa(c, lang, False)} aan {t['name']}. {t['severity']} De behandeling omvat "
                  f"{meds}.",
            "fr": f"Selon {src}, {_aa(c, lang, False)} souffre de {t['name']}. {t['severity']} Le traitement comprend "
                  f"{meds}.",
            "en": f"According to {src}, the applicant suffers from {t['name']}. {t['severity']} The treatment "
                  f"comprises {meds}."}[lang]


def s26_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ex(c, "coi", lang), drug(c.illness, lang)
    ins = o["insurance_" + lang]
    return {"nl": f"In {cn} is {dr} in de praktijk niet te krijgen buiten {o['hospital']}{r}. Een maand behandeling "
                  f"kost er ongeveer {il['cost']}, terwijl het gemiddelde maandloon {o['wage']} bedraagt. {ins}",
            "fr": f"En pratique, {dr} n'est disponible {'au ' if cn[0] not in 'AEIOUÉ' else 'en '}{cn} qu'à "
                  f"{o['hospital']}{r}. Un mois de traitement y coûte environ {il['cost']}, alors que le salaire "
                  f"mensuel moyen est de {o['wage']}. {ins}",
            "en": f"In {cn}, {dr} is in practice only obtainable at {o['hospital']}{r}. A month of treatment costs "
                  f"about {il['cost']}, whereas the average monthly wage is {o['wage']}. {ins}"}[lang]


def s26_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
        out.append(f"{rel[m.rel]} {q.given_names} {q.surname.upper()}, {born} {c.d(q.birth_date, lang)} in "
                   f"{q.birth_place}{nat}{_ex(c, f'fam{i}', lang)}")
    return {"nl": "De aanvraag geldt eveneens voor de gezinsleden die met de aanvrager samenwonen: " + "; ".join(out) + ".",
            "fr": "La demande vaut également pour les membres de la famille qui vivent avec le demandeur : "
                  + "; ".join(out) + ".",
            "en": "The application also covers the family members who live with the applicant: " + "; ".join(out)
                  + "."}[lang]


def s26_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Op {d} werd reeds een aanvraag op grond van artikel 9ter ingediend; die is nog hangende. "
                          f"{_aa(c, lang)} trekt ze hierbij in: deze aanvraag vervangt ze volledig.",
                    "fr": f"Une demande fondée sur l'article 9ter a déjà été introduite le {d} et est toujours "
                          f"pendante. {_aa(c, lang)} s'en désiste par la présente, qui la remplace entièrement.",
                    "en": f"An application under Article 9ter was already lodged on {d} and is still pending. The "
                          f"applicant hereby withdraws it; this application replaces it entirely."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief geweigerd.",
                    "fr": f"La demande de protection internationale a été définitivement refusée le {d}.",
                    "en": f"The application for international protection was finally refused on {d}."}[lang])
    return " ".join(out) or None


def s26_ask(c: Case, lang: str) -> str:
    return {"nl": f"{_aa(c, lang)} vraagt dan ook een machtiging tot verblijf van meer dan drie maanden om medische "
                  f"redenen, op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": f"{_aa(c, lang)} sollicite dès lors une autorisation de séjour de plus de trois mois pour raisons "
                  f"médicales, sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "The applicant therefore requests leave to remain for more than three months on medical grounds "
                  "under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: footnoted letter

_PARTNERS = ["{last} {first1}.", "Van Damme K.", "Lefèvre S.", "Osman H.", "De Smedt A.", "Kabongo J.-P.",
             "Peeters L.", "Diallo M."]
_FL = {"nl": dict(to=["Aan de Dienst Vreemdelingenzaken", "Cel 9ter", "Pachecolaan 44", "1000 BRUSSEL"],
                  reg="AANGETEKEND", subj="Betreft: verzoek om machtiging tot verblijf – artikel 9ter "
                  "Vreemdelingenwet – {n}", sal="Geachte heer Directeur-generaal,",
                  intro="Ik richt mij tot u als raadsman van {n}, die mij gelast heeft namens {p} de hiernavolgende "
                  "aanvraag in te dienen.¹",
                  h=["Identificatie", "Verblijfplaats en gekozen woonplaats", "Gezinsleden", "Identiteit",
                     "Medische toestand", "Behandeling in het land van herkomst", "Eerdere procedures", "Verzoek"],
                  close="Met de meeste hoogachting,", role="advocaat", partners="Advocaten",
                  fn=["¹ Art. 9ter, § 1, wet van 15 december 1980 betreffende de toegang tot het grondgebied, het "
                      "verblijf, de vestiging en de verwijdering van vreemdelingen.",
                      "² Art. 9ter, § 2, eerste lid, 1°, Vreemdelingenwet: identiteit en nationaliteit.",
                      "³ Art. 9ter, § 1, derde lid, Vreemdelingenwet; model vastgesteld bij KB van 24 januari 2011, "
                      "zoals gewijzigd (model vanaf 1 maart 2024)."],
                  enc="Bijlagen: volgens inventaris", pg="- {i} -"),
       "fr": dict(to=["À l'Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44", "1000 BRUXELLES"],
                  reg="RECOMMANDÉ", subj="Concerne : demande d'autorisation de séjour – article 9ter de la loi du 15 "
                  "décembre 1980 – {n}", sal="Monsieur le Directeur général,",
                  intro="J'interviens en qualité de conseil de {n}, qui m'a chargé d'introduire en son nom la demande "
                  "qui suit.¹",
                  h=["Identification", "Résidence et élection de domicile", "Membres de la famille", "Identité",
                     "Situation médicale", "Traitement au pays d'origine", "Procédures antérieures", "Demande"],
                  close="Je vous prie d'agréer, Monsieur le Directeur général, l'expression de ma haute considération.",
                  role="avocat", partners="Avocats",
                  fn=["¹ Art. 9ter, § 1er, de la loi du 15 décembre 1980 sur l'accès au territoire, le séjour, "
                      "l'établissement et l'éloignement des étrangers.",
                      "² Art. 9ter, § 2, alinéa 1er, 1°, de la loi précitée : identité et nationalité.",
                      "³ Art. 9ter, § 1er, alinéa 3 ; modèle fixé par l'AR du 24 janvier 2011, tel que modifié "
                      "(modèle applicable depuis le 1er mars 2024)."],
                  enc="Annexes : selon inventaire", pg="- {i} -"),
       "en": dict(to=["Immigration Office", "9ter Unit", "Pachecolaan 44", "1000 BRUSSELS"],
                  reg="REGISTERED MAIL", subj="Re: application for leave to remain – Article 9ter of the Aliens Act – "
                  "{n}", sal="Dear Director-General,",
                  intro="I act as counsel for {n}, who has instructed me to lodge the following application on "
                  "{p} behalf.¹",
                  h=["Identification", "Residence and elected domicile", "Family members", "Identity",
                     "Medical situation", "Treatment in the country of origin", "Earlier procedures", "Request"],
                  close="Yours faithfully,", role="lawyer", partners="Lawyers",
                  fn=["¹ Article 9ter § 1 of the Law of 15 December 1980 on access to the territory, residence, "
                      "settlement and removal of foreign nationals.",
                      "² Article 9ter § 2, first paragraph, 1° of the same Law: identity and nationality.",
                      "³ Article 9ter § 1, third paragraph; model laid down by the Royal Decree of 24 January 2011 as "
                      "amended (model in force since 1 March 2024)."],
                  enc="Enclosures: see list", pg="- {i} -")}


def app_footnotes(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, R = c.lawyer, _FL[lang]
    font = rng.choice(["serif4", "serif", "serif2"])
    size = 10.5
    lh = size * 0.3528 * 1.45
    acc = rng.choice([(60, 60, 60), (20, 60, 100), (100, 40, 30)])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    notes: dict[int, list[str]] = {}
    st = {"y": 0.0}
    partners = [_PARTNERS[0].format(last=L["last"], first1=L["first"][0])]
    partners += [p for p in _PARTNERS[1:] if not p.startswith(L["last"] + " ")][:4]
    left_x = 52

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            for i, ln in enumerate(_wrap(L["firm"].upper(), 31, font, 9.5)[:3]):
                sh.text(12, 12 + i * 4.4, ln, font=font, size_pt=9, bold=True, color=acc)
            sh.text(12, 28, R["partners"], font=font, size_pt=7.5, color=GREY)
            for i, p in enumerate(partners):
                sh.text(12, 33 + i * 4, p, font=font, size_pt=7.5, color=GREY)
            sh.rule(48, 12, 48, 100, width_mm=0.2, color=acc)
            sh.text(192, 14, L["street"], font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.text(192, 18.5, f"{L['pc']} {L['city']}", font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.text(192, 23, f"{L['tel']}", font=font, size_pt=8.5, anchor="right", color=GREY)
            sh.text(192, 27.5, L["mail"], font=font, size_pt=8.5, anchor="right", color=GREY)
        else:
            sh.text(left_x, 14, f"{c.p.surname.upper()} – 9ter", font=font, size_pt=8.5, color=GREY)
            st["y"] = 26
        return sh

    sh = new()
    sh.text(left_x, 40, R["reg"], font=font, size_pt=9, bold=True)
    for i, ln in enumerate(R["to"]):
        sh.text(left_x, 46 + i * 5, ln, font=font, size_pt=10.5)
    sh.text(192, 72, f"{L['city']}, {c.d(c.app_date, lang, 'long')}", font=font, size_pt=10.2, anchor="right")
    y = 82
    for ln in _wrap(R["subj"].format(n=name_in(c.p, "SURNAME Given")), 140, font, 10.2):
        sh.text(left_x, y, ln, font=font, size_pt=10.2, bold=True)
        y += 5
    sh.text(left_x, y + 4, R["sal"], font=font, size_pt=size)
    pos = {"nl": "haar" if c.fem else "hem", "fr": "", "en": "her" if c.fem else "his"}[lang]
    y = sh.paragraph(left_x, y + 11, 140, R["intro"].format(n=name_in(c.p, c.name_style), p=pos), font=font,
                     size_pt=size, leading=1.45, align="justify")
    notes.setdefault(1, []).append(R["fn"][0])
    st["y"] = y + 4
    W0 = 140

    def note_h(fn: list[str]) -> float:
        return sum(3.3 * len(_wrap(n, 140, font, 7.5)) + 1.0 for n in fn)

    def bottom() -> float:
        # the footnotes of the page, and room for one more (a heading may bring its note)
        return 270 - note_h(notes.get(len(pages), [])) - 8

    def section(no: int, head: str, body: str | None, tag: str | None, note: str | None = None):
        if not body:
            return
        rows = _wrap(body, W0, font, size)
        if st["y"] + 16 > bottom():
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        sc = f"{no}. " + head.upper()
        pages[-1].text(left_x, st["y"], sc + ("²" if note == "2" else "³" if note == "3" else ""), font=font,
                       size_pt=9.5, bold=True, color=acc, letter_spacing=0.25)
        if note:
            notes.setdefault(len(pages), []).append(R["fn"][int(note) - 1])
        st["y"] += 6
        for r in rows:
            if st["y"] > bottom():
                new()
            pages[-1].text(left_x, st["y"], r, font=font, size_pt=size)
            st["y"] += lh
        st["y"] += 3.5

    H = R["h"]
    k = 0
    for head, body, tag, note in ((H[0], s26_person(c, lang), "personal", None),
                                  (H[1], " ".join(x for x in (s26_home(c, lang), s26_domicile(c, lang)) if x),
                                   "residence", None),
                                  (H[2], s26_family(c, lang), "family", None),
                                  (H[3], s26_identity(c, lang), "identity", "2"),
                                  (H[4], s26_medical(c, lang), "medical", "3"),
                                  (H[5], s26_coi(c, lang), "coi", None),
                                  (H[6], s26_other(c, lang), "parallel", None),
                                  (H[7], s26_ask(c, lang), None, None)):
        if body:
            k += 1
            section(k, head, body, tag, note)
    if st["y"] + 40 > bottom():
        new()
    sh = pages[-1]
    y = sh.paragraph(left_x, st["y"] + 2, 140, R["close"], font=font, size_pt=size) + 3
    tags["signature"] = len(pages)
    sx = rng.choice([left_x, 128])
    if "unsigned" not in c.flags:
        sh.signature(sx, y, rng.uniform(40, 50), 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(sx, y + 18, f"{L['first']} {L['last']}", font=font, size_pt=size)
    sh.text(sx, y + 23, R["role"], font=font, size_pt=9.5, color=GREY)
    ann = [d for _, d in c.annexes]
    if ann:
        yy = y + 34
        if yy + 6 + 5 * len(ann) > bottom():
            sh = new()
            yy = st["y"] + 6
        sh.text(left_x, yy, R["enc"], font=font, size_pt=9.5, bold=True)
        for i, d in enumerate(ann, 1):
            for kk, r in enumerate(_wrap(f"{i}. {d}", 136, font, 9.3)):
                sh.text(left_x + (0 if kk == 0 else 4), yy + 5.5, r, font=font, size_pt=9.3)
                yy += 4.6
    for i, pg in enumerate(pages, 1):
        fn = notes.get(i, [])
        if fn:
            yb = 278 - note_h(fn)
            pg.rule(left_x, yb - 2, left_x + 40, yb - 2, width_mm=0.2)
            for n in fn:
                for r in _wrap(n, 140, font, 7.5):
                    pg.text(left_x, yb, r, font=font, size_pt=7.5)
                    yb += 3.3
                yb += 1.0
        pg.text(120, 288, R["pg"].format(i=i), font=font, size_pt=8.5, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-prose-tweekoloms-briefhoofd-voetnoten-aanvrager-26", "application", PART, "nl",
     lambda c, r: app_footnotes(c, r, lang="nl"),
     "lawyer's letter with partners in a narrow left column, small-caps headings, legal references in footnotes")
_reg("be9ter-app-fr-prose-en-tete-deux-colonnes-notes-de-bas-de-page-demandeur-26", "application", PART, "fr",
     lambda c, r: app_footnotes(c, r, lang="fr"), "lettre d'avocat, en-tête à deux colonnes, notes de bas de page")
_reg("be9ter-app-en-prose-two-column-letterhead-footnotes-applicant-26", "application", PART, "en",
     lambda c, r: app_footnotes(c, r, lang="en"), "lawyer's letter in English with footnotes")


# --------------------------------------------------------------------------- application 2: hand form, corrections

_HF = {"nl": dict(org="Juridische eerstelijnshulp – Permanentie Vreemdelingenrecht", title="Aanvraag 9ter – "
                  "invulformulier", sub="Te versturen aangetekend naar: Dienst Vreemdelingenzaken, Pachecolaan 44, "
                  "1000 Brussel", rows=["Familienaam", "Voornamen", "Geboortedatum", "Geboorteplaats en -land",
                                        "Nationaliteit", "Rijksregisternr. of DVZ-nr.", "Adres waar ik woon",
                                        "Gekozen woonplaats"],
                  dom={"residence": "mijn woonadres hierboven", "lawyer": "bij mijn advocaat: ", "other": ""},
                  fam="Gezinsleden die meedoen", id="Identiteitsbewijs", med="Mijn ziekte en behandeling",
                  coi="Zorg in mijn land", oth="Andere procedures", ann="Stukken", ask="Ik vraag een machtiging tot "
                  "verblijf om medische redenen (artikel 9ter Vreemdelingenwet).", sign="Handtekening",
                  date="Datum en plaats", page="{i}/{n}"),
       "fr": dict(org="Aide juridique de première ligne – Permanence droit des étrangers", title="Demande 9ter – "
                  "formulaire à compléter", sub="À envoyer par recommandé à : Office des Étrangers, Boulevard Pachéco "
                  "44, 1000 Bruxelles", rows=["Nom de famille", "Prénoms", "Date de naissance",
                                               "Lieu et pays de naissance", "Nationalité", "N° national ou n° OE",
                                               "Adresse où j'habite", "Domicile élu"],
                  dom={"residence": "mon adresse ci-dessus", "lawyer": "chez mon avocat : ", "other": ""},
                  fam="Membres de la famille compris", id="Preuve d'identité", med="Ma maladie et mon traitement",
                  coi="Soins dans mon pays", oth="Autres procédures", ann="Pièces", ask="Je demande une autorisation "
                  "de séjour pour raisons médicales (article 9ter de la loi du 15 décembre 1980).",
                  sign="Signature", date="Date et lieu", page="{i}/{n}")}


def _hand_corrected(sh: Sheet, x: float, y: float, value: str, wrong: str | None, rng: random.Random, *, ink,
                    font: str, size: float = 11.5) -> None:
    """Write value by hand; when wrong is given, first write it, strike it through and write value after it."""
    if wrong:
        w = sh.handwriting(x, y, hand_safe(wrong), rng, size_pt=size, color=ink, font=font)
        sh.rule(x - 0.8, y + 3.0, x + w + 0.8, y + 2.2, width_mm=0.45, color=ink)
        x += w + 3
    sh.handwriting(x, y, hand_safe(value), rng, size_pt=size, color=ink, font=font)


def _wrong_street(c: Case, rng: random.Random) -> str:
    """The street started wrong (a neighbouring number), struck through before the right address is written."""
    digits = "".join(ch for ch in str(c.addr.number) if ch.isdigit()) or "1"
    return f"{c.addr.street} {int(digits) + rng.choice([1, 2, 10])}"


def _misspell(s: str, rng: random.Random) -> str:
    s = str(s)
    if len(s) < 4:
        return s + s[-1]
    i = rng.randrange(1, len(s) - 1)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def app_form_corrections(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    R = _HF[lang]
    lf = rng.choice(["sans", "narrow", "sans3"])
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([PEN, (30, 30, 40)])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(20, 12, R["org"], font=lf, size_pt=8, color=GREY)
            sh.text(20, 18, R["title"], font=lf, size_pt=14, bold=True)
            sh.text(20, 26, R["sub"], font=lf, size_pt=8.5)
            st["y"] = 34
        else:
            st["y"] = 16
        return sh

    new()
    p = c.p
    # which of the short rows carries a correction (never the birth place or nationality, which are left blank in
    # the defects that need them blank)
    fix = rng.sample([0, 1, 2, 6], 2)
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    domv = ""
    if dom == "residence":
        domv = R["dom"]["residence"]
    elif dom == "lawyer" and c.lawyer:
        domv = R["dom"]["lawyer"] + f"{c.lawyer['last']}, {c.lawyer['street']}, {c.lawyer['pc']} {c.lawyer['city']}"
    elif dom == "other":
        domv = c.other_domicile or ""
    addr = "" if "no_address" in c.flags else addr_str(c.addr, lang, "street-first")
    vals = [p.surname.upper(), p.given_names, fdate(p.birth_date, "slashes", lang),
            "" if "no_birthplace" in c.flags else f"{p.birth_place}, {cname(c.birth_cc(), lang)}",
            "" if "no_nationality" in c.flags else COUNTRIES[p.nationality]["adj_" + lang], c.nrn or c.ov or "", addr,
            domv]
    sh = pages[-1]
    y = st["y"]
    for i, (lab, v) in enumerate(zip(R["rows"], vals)):
        lines = _wrap(hand_safe(v), 118, hf, 11.5) if v else [""]
        h = max(10, 3 + 7 * len(lines))
        sh.rect(20, y, 48, h, width_mm=0.3, fill=(238, 238, 238))
        sh.rect(68, y, 122, h, width_mm=0.3)
        sh.text(22, y + 2.5, lab, font=lf, size_pt=8.5)
        tag = {0: "personal", 6: "residence"}.get(i)
        if tag:
            tags.setdefault(tag, 1)
        for k, ln in enumerate(lines):
            if not ln:
                continue
            wrong = None
            if i in fix and k == 0:
                wrong = {0: _misspell(p.surname.upper(), rng), 1: _misspell(p.given_names.split()[0], rng),
                         2: fdate(p.birth_date.replace(day=min(28, p.birth_date.day % 28 + 1)), "slashes", lang),
                         6: _wrong_street(c, rng) if addr else None}[i]
            _hand_corrected(sh, 70, y + 1.8 + k * 7, ln, wrong, rng, ink=ink, font=hf)
        y += h
    st["y"] = y + 6

    def block(head: str, text: str | None, tag: str | None, min_lines: int = 2, strike: bool = False):
        rows = _wrap(hand_safe(text or ""), 164, hf, 11) if text else []
        n = max(min_lines, len(rows))
        if st["y"] + 10 + min(n, 3) * 7.2 > 276:
            new()
        sh = pages[-1]
        if tag and text:
            tags.setdefault(tag, len(pages))
        sh.text(20, st["y"], head, font=lf, size_pt=9.5, bold=True)
        st["y"] += 6
        struck = strike and len(rows) > 1 and rng.random() < 0.8
        for k in range(n):
            if st["y"] + 7.4 > 278:
                new()
            sh = pages[-1]
            sh.rule(20, st["y"] + 6.2, 190, st["y"] + 6.2, width_mm=0.12, color=(150, 150, 150))
            if k < len(rows):
                if struck and k == 1:
                    # a wrong word struck through at the start of the second line
                    wd = rng.choice({"nl": ["ziekenhuis", "behandling", "dokter"], "fr": ["hôpital", "traitement",
                                                                                         "docteur"]}[lang])
                    w = sh.handwriting(21, st["y"], wd, rng, size_pt=11, color=ink, font=hf)
                    sh.rule(20.5, st["y"] + 3.1, 21.5 + w, st["y"] + 2.4, width_mm=0.5, color=ink)
                    sh.handwriting(24 + w, st["y"], rows[k], rng, size_pt=11, color=ink, font=hf)
                else:
                    sh.handwriting(21, st["y"], rows[k], rng, size_pt=11, color=ink, font=hf)
            st["y"] += 7.2
        st["y"] += 3

    if c.family:
        block(R["fam"], s26_family(c, lang), "family", 1)
    block(R["id"], s26_identity(c, lang), "identity")
    block(R["med"], s26_medical(c, lang), "medical", 3, strike=True)
    coi = s26_coi(c, lang)
    block(R["coi"], coi, "coi" if coi else None)
    oth = s26_other(c, lang)
    block(R["oth"], oth, "parallel" if oth else None, 1)
    ann = [d for _, d in c.annexes]
    if st["y"] + 8 + 6.2 * len(ann) > 276:
        new()
    sh = pages[-1]
    sh.text(20, st["y"], R["ann"], font=lf, size_pt=9.5, bold=True)
    st["y"] += 6
    for i, d in enumerate(ann, 1):
        sh.text(22, st["y"], f"{i}.", font=lf, size_pt=9)
        sh.handwriting(29, st["y"] - 1.5, hand_safe(d)[:80], rng, size_pt=10, color=ink, font=hf)
        st["y"] += 6.2
    if st["y"] + 40 > 282:
        sh = new()
    y = sh.paragraph(20, st["y"] + 4, 170, R["ask"], font=lf, size_pt=9.5, bold=True) + 5
    sh.rect(20, y, 80, 22, width_mm=0.3)
    sh.rect(110, y, 80, 22, width_mm=0.3)
    sh.text(22, y + 1.5, R["date"], font=lf, size_pt=7.5, color=GREY)
    sh.text(112, y + 1.5, R["sign"], font=lf, size_pt=7.5, color=GREY)
    sh.handwriting(23, y + 9, hand_safe(f"{fdate(c.app_date, 'slashes', lang)} {c.addr.city}"), rng, size_pt=11,
                   color=ink, font=hf)
    tags["signature"] = len(pages)
    if "unsigned" not in c.flags:
        sh.signature(118, y + 5, rng.uniform(36, 50), 15, rng, color=ink)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(190, 288, R["page"].format(i=i, n=n), font=lf, size_pt=8, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-form-tweekoloms-papier-handgeschreven-doorhalingen-26", "application", PART, "nl",
     lambda c, r: app_form_corrections(c, r, lang="nl"),
     "legal-aid desk's two-column paper form filled in by hand, words crossed out and rewritten")
_reg("be9ter-app-fr-form-deux-colonnes-manuscrit-ratures-26", "application", PART, "fr",
     lambda c, r: app_form_corrections(c, r, lang="fr"), "formulaire papier à deux colonnes rempli à la main, ratures")


# --------------------------------------------------------------------------- medical certificate 2024: table

def medcert_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans2", "sans", "serif2"])
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(20, 11, d.inst or d.name(), font=f, size_pt=9, color=GREY)
            sh.text(190, 11, f"{d.street} · {d.pc} {d.city}", font=f, size_pt=8, anchor="right", color=GREY)
            sh.text(105, 19, M_["title"], font=f, size_pt=12.5, bold=True, anchor="center")
            y = sh.paragraph(26, 25, 158, M_["law"], font=f, size_pt=7.2, align="center", color=GREY)
            sh.text(105, y + 0.5, M_["model"], font=f, size_pt=7.2, anchor="center", color=GREY)
            st["y"] = y + 7
        else:
            st["y"] = 16
        return sh

    new()

    def row(title: str, answer: str, tag=None, extra=None):
        tl = _wrap(title, 50, f, 8.8)
        al = _wrap(answer, 112, f, 9.4) if answer else [""]
        h = max(len(tl) * 3.9, len(al) * 4.4 + (5 if extra else 0)) + 3.5
        if st["y"] + h > 276:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        sh.rect(20, y, 56, h, width_mm=0.25, fill=(232, 236, 240))
        sh.rect(76, y, 114, h, width_mm=0.25)
        for k, ln in enumerate(tl):
            sh.text(22, y + 1.6 + k * 3.9, ln, font=f, size_pt=8.8, bold=True)
        for k, ln in enumerate(al):
            sh.text(78, y + 1.6 + k * 4.4, ln, font=f, size_pt=9.4)
        if extra:
            sh.text(78, y + 1.8 + len(al) * 4.4, extra, font="sans3", size_pt=8.6)
        st["y"] = y + h
        return sh

    row(M_["s1"], (f"{v['surname']} {v['first']}, {M_['bd'].lower()} {v['bd']}, {v['nat']}" if v["surname"] else ""),
        "patient")
    row(M_["s2"], f"{d.name()}, {SPECIALTY[d.spec].get(lang, '')}; {M_['riziv']} {v['riziv'] or '—'}; {d.tel}",
        "doctor")
    row(M_["s3"], fdate(c.cert_date - timedelta(days=rng.randint(150, 1800)), "slashes", lang))
    row(M_["s4"], v["hist"])
    row(M_["s5"], f"{v['ill']} – ICD-10 {v['icd']}" if v["ill"] else "", "illness")
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    opts = "  ".join(("☒ " if i == k else "☐ ") + o for i, o in enumerate(M_["sevopts"]))
    row(M_["s6"], v["sev"], "severity", extra=opts)
    row(M_["s7a"].replace("a) ", "7a. "), v["meds"], "treatment")
    row(M_["s7b"].replace("b) ", "7b. "), v["interv"])
    row(M_["s7c"].replace("c) ", "7c. "), v["dur"])
    row(M_["s8"], v["cons"])
    row(M_["s9"], v["prog"])
    row(M_["s10"], v["needs"])
    row(M_["s11"], v["travel"])
    if st["y"] + 42 > 284:
        new()
    sh = pages[-1]
    tags["signature"] = len(pages)
    y = st["y"] + 6
    sh.text(20, y, f"{M_['date']}: {v['date']}", font=f, size_pt=10)
    sh.text(110, y, M_["sign"], font=f, size_pt=9, bold=True)
    if v["signed"]:
        sh.signature(114, y + 7, 46, 16, rng, color=INK_BLUE)
        sh.stamp(118 + rng.uniform(-4, 6), y + 5 + rng.uniform(-2, 3), _stamp_lines(c, lang, bool(v["riziv"])), rng,
                 shape="rect", size_mm=38, color=rng.choice([STAMP_BLUE, STAMP_RED, STAMP_VIOLET]),
                 angle=rng.uniform(-7, 7))
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 289, M_["page"].format(i=i, n=n), font=f, size_pt=7.5, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-tekstverwerker-tabel-stempel-over-handtekening-26", "medical-certificate", PART, "nl",
     lambda c, r: medcert_table(c, r, lang="nl"),
     "2024 model typed by a GP in a word processor as one two-column table, the stamp over the signature")
_reg("be9ter-medcert-2024-fr-traitement-de-texte-tableau-cachet-sur-signature-26", "medical-certificate", PART, "fr",
     lambda c, r: medcert_table(c, r, lang="fr"), "modèle 2024 en tableau, cachet sur la signature")


# --------------------------------------------------------------------------- medical certificate, old model: fax

def medcert_fax(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    pages: list[Sheet] = []
    tags: dict[str, int] = {}
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        pages.append(sh)
        if len(pages) == 1:
            sh.text(20, 12, d.inst or d.name(), font=f, size_pt=10.5, bold=True)
            sh.text(20, 17, f"{d.street}, {d.pc} {d.city} – {d.tel}", font=f, size_pt=8.5)
            sh.text(105, 27, M_["title"], font=f, size_pt=12.5, bold=True, anchor="center")
            sh.text(105, 33, (M_.get("sub", "") + " " + M_.get("law", "")).strip(), font=f, size_pt=8.5,
                    anchor="center")
            st["y"] = 42
        else:
            st["y"] = 16
        return sh

    new()

    def q(label: str, ans: str, tag=None, space=1):
        ll = _wrap(label, 54, f, 9)
        al = _wrap(ans, 110, f, 9.8) if ans else []
        n = max(space, len(al))
        h = max(len(ll) * 4, n * 4.6) + 4
        if st["y"] + h > 280:
            new()
        sh = pages[-1]
        if tag:
            tags.setdefault(tag, len(pages))
        y = st["y"]
        for k, ln in enumerate(ll):
            sh.text(20, y + k * 4, ln, font=f, size_pt=9, bold=(k == 0))
        for k, ln in enumerate(al):
            sh.text(78, y + k * 4.6, ln, font=f, size_pt=9.8)
        sh.rule(20, y + h - 1.5, 190, y + h - 1.5, width_mm=0.2, color=(0, 0, 0))
        st["y"] = y + h + 1

    q(M_["pat"], v["pat"], "patient")
    q(M_["bd"], v["bd"])
    q(M_["nat"], v["nat"])
    q(M_["A"], v["hist"])
    q(M_["B"], f"{M_['diag']} {v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    q(M_["sev"], v["sev"], "severity" if v["sev"] else None)
    q(M_["C"], "; ".join(x for x in (v["meds"], v["interv"], v["dur"]) if x), "treatment", 2)
    q(M_["D"], v["cons"])
    q(M_["E"], v["prog"])
    q(M_["F"], v["needs"])
    q(M_["G"], v["travel"])
    if st["y"] + 44 > 282:
        new()
    sh = pages[-1]
    tags["signature"] = len(pages)
    y = st["y"] + 4
    sh.text(20, y, f"{M_['date']} {v['date']}", font=f, size_pt=9.8)
    sh.text(20, y + 6, f"{M_['riziv']} {v['riziv']}", font=f, size_pt=9.8)
    sh.text(20, y + 12, f"{M_['spec']} {SPECIALTY[d.spec].get(lang if lang in ('nl', 'fr', 'de') else 'nl', '')}",
            font=f, size_pt=9.8)
    sh.text(110, y, M_["sign"], font=f, size_pt=9, bold=True)
    if v["signed"]:
        sh.signature(112, y + 8, 46, 15, rng, color=INK_BLACK)
        sh.stamp(120, y + 5, _stamp_lines(c, lang if lang != "en" else "nl", bool(v["riziv"])), rng, shape="oval",
                 size_mm=36, color=STAMP_BLUE)
    sh.text(112, y + 26, d.name(), font=f, size_pt=9.8)
    # the faxed copy: bilevel at 200 dpi with the sender's header line on every page
    out = []
    when = datetime.datetime.combine(c.cert_date, datetime.time(rng.randint(8, 18), rng.randint(0, 59)))
    for i, pg in enumerate(pages, 1):
        img = pg.render(200).convert("L").point(lambda x: 0 if x < 165 else 255).convert("RGB")
        fx = Sheet()
        fx.image(0, 0, 210, 297, img)
        fax_header(fx, when, d.inst or d.name(), d.tel, i, len(pages))
        out.append(fx)
    return out, tags


_reg("be9ter-medcert-old-en-praktijksjabloon-twee-kolommen-gefaxt-kopregel-26", "medical-certificate", PART, "en",
     lambda c, r: medcert_fax(c, r, lang="en"),
     "the previous model as a practice's two-column template in English, received by fax with the header line")
_reg("be9ter-medcert-old-de-praxisvorlage-zweispaltig-per-fax-26", "medical-certificate", PART, "de",
     lambda c, r: medcert_fax(c, r, lang="de"), "das frühere Muster als zweispaltige Praxisvorlage, per Fax")


# --------------------------------------------------------------------------- medical statements

def _ml(c: Case) -> str:
    return c.lang if c.lang in ("nl", "fr") else "fr"


def medstat_punched(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    f = "serif2"
    sh = Sheet()
    sh.text(105, 14, d.inst, font="serif4", size_pt=13, bold=True, anchor="center")
    sh.text(105, 20, f"{d.dept or SPECIALTY[d.spec].get(lang, '')} – {d.street}, {d.pc} {d.city}", font=f,
            size_pt=8.5, anchor="center", color=GREY)
    sh.rule(40, 24, 170, 24, width_mm=0.3)
    T = {"nl": dict(t="MEDISCH VERSLAG", to="Op vraag van de patiënt", pat="Patiënt", born="geboren op",
                    a="Anamnese", b="Diagnose", cc="Behandeling", d="Besluit", end="Voor echt verklaard,"),
         "fr": dict(t="RAPPORT MÉDICAL", to="À la demande du patient", pat="Patient(e)", born="né(e) le",
                    a="Anamnèse", b="Diagnostic", cc="Traitement", d="Conclusion", end="Certifié sincère et "
                    "véritable,")}[lang]
    sh.text(30, 34, T["t"], font="serif4", size_pt=14, bold=True)
    sh.text(180, 34, T["to"], font=f, size_pt=9, anchor="right", color=GREY)
    sh.text(30, 44, f"{T['pat']}: {name_in(c.p, 'SURNAME Given')}, {T['born']} {fdate(c.p.birth_date, 'slashes', lang)}",
            font=f, size_pt=10.5)
    y = 54
    for a, b in ((T["a"], t["history"]), (T["b"], f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}"),
                 (T["cc"], "; ".join(t["meds"]) + ". " + t["intervention"]),
                 (T["d"], f"{t['duration']} {t['consequences']}")):
        sh.text(30, y, a, font=f, size_pt=10.5, bold=True)
        y = sh.paragraph(30, y + 5, 150, b, font=f, size_pt=10.3, leading=1.45, align="justify") + 3
    sh.text(30, y + 2, T["end"], font=f, size_pt=10.5)
    sh.text(30, y + 8, f"{d.city}, {fdate(c.medstat_date, 'long', lang)}", font=f, size_pt=10.5)
    sh.signature(120, y + 6, 44, 15, rng, color=INK_BLUE)
    sh.stamp(116, y + 4, [f"Dr {d.first[0]}. {d.last.upper()}", SPECIALTY[d.spec].get(lang, "")[:24],
                          f"{d.pc} {d.city}"], rng, shape="rect2", size_mm=36, color=STAMP_BLUE,
             angle=rng.uniform(-6, 6))
    punch_holes(sh, rng=rng)
    return [sh], {}


def medstat_ehr_label(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    f = "sans"
    sh = Sheet()
    sh.rect(20, 10, 170, 14, width_mm=0, fill=(225, 232, 240))
    sh.text(23, 12.5, d.inst, font=f, size_pt=11.5, bold=True)
    sh.text(23, 18.5, {"nl": "Raadplegingsverslag – polikliniek", "fr": "Rapport de consultation – polyclinique"}[lang]
            + f" {SPECIALTY[d.spec].get(lang, '')}", font=f, size_pt=8.5, color=GREY)
    # the patient label stuck at the top right
    lab = Sheet(64, 28)
    lab.rect(0, 0, 64, 28, width_mm=0.2, fill=(255, 255, 250))
    lab.text(2, 2, c.p.surname.upper()[:22], font="mono", size_pt=9, bold=True)
    lab.text(2, 6.5, c.p.given_names[:26], font="mono", size_pt=8.5)
    lab.text(2, 11, f"{fdate(c.p.birth_date, 'slashes', lang)}  {c.p.sex}", font="mono", size_pt=8.5)
    lab.text(2, 15.5, f"EPD {rng.randint(1000000, 9999999)}", font="mono", size_pt=8)
    barcode(lab, 2, 20, 40, 6, str(rng.randint(10 ** 9, 10 ** 10)))
    paste(sh, lab, 124, 28, dpi=300, angle=rng.uniform(-3, 3))
    T = {"nl": dict(date="Datum raadpleging", by="Arts", r="Reden van verwijzing", f="Bevindingen",
                    b="Besluit en beleid", m="Medicatie", fu="Volgende afspraak"),
         "fr": dict(date="Date de consultation", by="Médecin", r="Motif", f="Constatations",
                    b="Conclusion et attitude", m="Médication", fu="Prochain rendez-vous")}[lang]
    y = 32
    for a, b in ((T["date"], fdate(c.medstat_date, "dots", lang)), (T["by"], d.name())):
        sh.text(20, y, a, font=f, size_pt=8.5, color=GREY)
        sh.text(20, y + 4, b, font=f, size_pt=10)
        y += 11
    y = 64
    for a, b in ((T["r"], t["history"]), (T["f"], f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}"),
                 (T["m"], "; ".join(t["meds"])), (T["b"], f"{t['intervention']} {t['duration']}"),
                 (T["fu"], fdate(c.medstat_date + timedelta(days=rng.choice([28, 42, 56, 90])), "dots", lang))):
        sh.text(20, y, a.upper(), font=f, size_pt=8.5, bold=True, color=(50, 70, 100))
        y = sh.paragraph(20, y + 4.5, 170, b, font=f, size_pt=10, leading=1.4) + 3
    sh.text(20, y + 4, {"nl": "Elektronisch gevalideerd door", "fr": "Validé électroniquement par"}[lang]
            + f" {d.name()}", font=f, size_pt=9, color=GREY)
    sh.signature(20, y + 9, 40, 13, rng, color=INK_BLACK)
    sh.text(20, 287, f"{d.inst} – {fdate(c.medstat_date, 'dots', lang)} – 1/1", font=f, size_pt=7, color=GREY)
    staple(sh, 12, 10)
    return [sh], {}


_reg("be9ter-medstat-specialist-verslag-geperforeerd-stempel-over-handtekening-26", "medical-statement", PART,
     "nl/fr", medstat_punched, "specialist's report on a punched sheet, the stamp pressed over the signature")
_reg("be9ter-medstat-raadplegingsverslag-epd-patientenetiket-nietje-26", "medical-statement", PART, "nl/fr",
     medstat_ehr_label, "polyclinic's consultation report from the record system with a patient label and a staple")


# --------------------------------------------------------------------------- country of origin information

def coi_pharmacy_fax(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    en = co["lang"] == "en"
    dr = drug(c.illness, "en" if en else "fr")
    doc = Sheet()
    f = "serif"
    doc.text(105, 14, co["hospital"].split(",")[0].upper(), font=f, size_pt=12, bold=True, anchor="center")
    doc.text(105, 20, ("Hospital Pharmacy" if en else "Pharmacie hospitalière") + f" – {co['capital']}", font=f,
             size_pt=10, anchor="center")
    doc.rule(40, 24, 170, 24, width_mm=0.4)
    d = c.app_date - timedelta(days=rng.randint(10, 45))
    if en:
        title = "CERTIFICATE OF NON-AVAILABILITY"
        body = (f"I, the undersigned chief pharmacist, certify that {dr} has not been in stock at this hospital's "
                f"pharmacy for several months and is not included in the current government supply. When it is "
                f"obtainable from private importers, one month of treatment costs about {il['cost']}, compared with an "
                f"average monthly wage of {co['wage']}. {co['insurance_en']}")
        end = f"Issued at {co['capital']} on {fdate(d, 'long', 'en')} at the request of the patient's family."
        who = "Chief Pharmacist"
    else:
        title = "ATTESTATION DE NON-DISPONIBILITÉ"
        body = (f"Je soussigné, pharmacien chef, atteste que {dr} n'est plus disponible à la pharmacie de notre "
                f"établissement depuis plusieurs mois et ne figure pas dans l'approvisionnement public actuel. "
                f"Lorsqu'il est importé par le privé, un mois de traitement coûte environ {il['cost']}, pour un "
                f"salaire mensuel moyen de {co['wage']}. {co['insurance_fr']}")
        end = f"Fait à {co['capital']}, le {fdate(d, 'long', 'fr')}, à la demande de la famille du patient."
        who = "Le Pharmacien chef"
    doc.text(105, 36, title, font=f, size_pt=13.5, bold=True, anchor="center")
    y = doc.paragraph(25, 50, 160, body, font=f, size_pt=11, leading=1.55, align="justify")
    y = doc.paragraph(25, y + 6, 160, end, font=f, size_pt=11, leading=1.5)
    doc.text(125, y + 10, who, font=f, size_pt=10.5)
    doc.signature(122, y + 16, 44, 14, rng, color=(0, 0, 0))
    doc.stamp(118, y + 12, [co["hospital"].split(",")[0][:24].upper(), "PHARMACIE" if not en else "PHARMACY",
                            co["capital"].upper()], rng, shape="round", size_mm=30, color=(0, 0, 0))
    img = doc.render(200).convert("L").point(lambda x: 0 if x < 160 else 255).convert("RGB")
    sh = Sheet()
    sh.image(0, 0, 210, 297, img)
    when = datetime.datetime.combine(d + timedelta(days=rng.randint(0, 3)), datetime.time(rng.randint(8, 17),
                                                                                          rng.randint(0, 59)))
    code = {"MRT": "+222 45", "LKA": "+94 11", "BFA": "+226 25", "TUR": "+90 312"}.get(o, "+00")
    fax_header(sh, when, co["hospital"].split(",")[0], f"{code} {rng.randint(100, 999)} {rng.randint(10, 99)} "
               f"{rng.randint(10, 99)}", 1, 1)
    return [sh], {}


def coi_landscape_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    cn = cname(o, "en")
    dr = drug(c.illness, "en")
    sh = Sheet(297, 210)
    f = "sans2"
    yr = c.app_date.year - rng.choice([0, 1])
    sh.text(15, 12, f"Availability of {dr.split(' (')[0]} in {cn} – facility survey {yr}", font=f, size_pt=13,
            bold=True)
    sh.text(15, 19, "Compiled for the applicant's counsel from the survey tables of a medical NGO; sources in the "
            "last column.", font=f, size_pt=9, color=GREY)
    hdr = ("Facility", "Type", "City", "In stock", "Price / month", "Covered by insurance", "Source")
    ws = (70, 30, 34, 22, 32, 44, 33)
    other = {"MRT": ["Kiffa", "Nouadhibou", "Kaédi"], "LKA": ["Kandy", "Jaffna", "Galle"],
             "BFA": ["Bobo-Dioulasso", "Koudougou", "Ouahigouya"], "TUR": ["Van", "Şanlıurfa", "Erzurum"]}.get(
        o, ["—", "—", "—"])
    rows = [(co["hospital"].split(",")[0], "public referral", co["capital"], "intermittent", il["cost"], "no",
             "site visit")]
    for city in other:
        rows.append((f"Regional hospital {city}", "public", city, "no", "—", "no", "phone survey"))
    rows.append(("Private pharmacies (5 surveyed)", "private", co["capital"], "2 of 5", il["cost"], "no",
                 "price survey"))
    y = 30
    for i, row in enumerate([hdr] + rows):
        x = 15
        for cell, w in zip(row, ws):
            sh.rect(x, y, w, 9, width_mm=0.25, fill=(220, 230, 240) if i == 0 else (248, 248, 248) if i % 2 else None)
            sh.text(x + 1.5, y + 2.4, cell, font=f, size_pt=_fitw(cell, f, 9.5, w - 3), bold=(i == 0))
            x += w
        y += 9
    y = sh.paragraph(15, y + 8, 265, f"Average monthly wage: {co['wage']}. {co['insurance_en']}", font=f, size_pt=10,
                     leading=1.4)
    sh.text(15, 196, f"p. {rng.randint(3, 9)}", font=f, size_pt=8, color=GREY)
    return [sh], {}


_reg("be9ter-coi-ziekenhuisapotheek-attest-niet-beschikbaar-gefaxt-26", "country-of-origin-info", PART, "fr/en",
     coi_pharmacy_fax, "a hospital pharmacy's certificate of non-availability in the capital, received by fax")
_reg("be9ter-coi-en-beschikbaarheidstabel-per-instelling-liggend-26", "country-of-origin-info", PART, "en",
     coi_landscape_table, "a table of availability per facility printed in landscape")


# --------------------------------------------------------------------------- asylum proofs

def asylum_carbon(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    doc = Sheet()
    f = "serif"
    ink = (70, 70, 120)
    doc.text(20, 14, "KONINKRIJK BELGIË – ROYAUME DE BELGIQUE", font=f, size_pt=9)
    doc.text(20, 19, "Dienst Vreemdelingenzaken – Office des Étrangers", font=f, size_pt=9)
    doc.text(190, 14, "BIJLAGE 26" if nl else "ANNEXE 26", font=f, size_pt=14, bold=True, anchor="right")
    doc.paragraph(20, 30, 125, "Inschrijvingsbewijs – verzoek om internationale bescherming" if nl else
                  "Attestation d'enregistrement – demande de protection internationale", font=f, size_pt=11.5,
                  bold=True)
    rows = ([("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
             ("Geboortedatum", fdate(c.p.birth_date, "slashes")),
             ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]), ("DVZ-nummer", c.ov or ""),
             ("Verzoek ingediend op", fdate(lodged, "slashes"))] if nl else
            [("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
             ("Date de naissance", fdate(c.p.birth_date, "slashes")),
             ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("Numéro OE", c.ov or ""),
             ("Demande introduite le", fdate(lodged, "slashes"))])
    y = 52
    for k, v in rows:
        doc.text(20, y, k, font=f, size_pt=10)
        doc.rule(70, y + 4.6, 150, y + 4.6, width_mm=0.12, dash=0.6, color=(120, 120, 120))
        doc.text(72, y - 0.2, v, font="typewriter", size_pt=10.5, color=ink)
        y += 8
    txt = ("De houder van dit attest heeft een verzoek om internationale bescherming ingediend. Het attest is geldig "
           "tot de hieronder vermelde datum en wordt verlengd zolang de procedure loopt." if nl else
           "Le titulaire de la présente attestation a introduit une demande de protection internationale. "
           "L'attestation est valable jusqu'à la date mentionnée ci-dessous et est prorogée pendant la procédure.")
    y = doc.paragraph(20, y + 6, 170, txt, font=f, size_pt=10, leading=1.45)
    exp = c.app_date + timedelta(days=rng.randint(20, 110))
    doc.text(20, y + 6, ("Geldig tot: " if nl else "Valable jusqu'au : ") + fdate(exp, "slashes"), font=f,
             size_pt=10.5, bold=True)
    doc.signature(120, y + 12, 40, 12, rng, color=ink)
    doc.stamp(30, y + 14, ["DVZ – OE", "ASIEL / ASILE"], rng, shape="round", size_mm=28, color=ink)
    sh = Sheet(paper="grey")
    paste(sh, doc, 0, 0, dpi=200, contrast=0.55)
    sh.photo(158, 28, 28, 36, rng)
    staple(sh, 161, 31, angle_down=False)
    return [sh], {"asylum": 1}


def asylum_folded_open(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    sh = Sheet(297, 210)
    f = "sans4"
    # left half: the outer side with the extension stamps; right half: the inner side with the data
    sh.rect(8, 10, 138, 190, width_mm=0.2, color=(160, 160, 160), fill=(245, 243, 236))
    sh.rect(151, 10, 138, 190, width_mm=0.2, color=(160, 160, 160), fill=(245, 243, 236))
    sh.rule(148.5, 8, 148.5, 202, width_mm=0.6, color=(190, 190, 190))
    sh.text(14, 16, "Verlengingen / Prorogations", font=f, size_pt=9, bold=True)
    d = lodged
    for i in range(rng.randint(2, 4)):
        d = d + timedelta(days=rng.randint(28, 31))
        if d > c.app_date:
            break
        sh.stamp(16 + (i % 2) * 62, 26 + (i // 2) * 44, [c.addr.city.upper()[:16], f"TOT/JUSQU'AU {fdate(d, 'dots')}",
                                                           "BEVOLKING"], rng, shape="rect", size_mm=40,
                 color=STAMP_BLUE, angle=rng.uniform(-6, 6))
    x0 = 157
    sh.text(x0, 16, "BIJLAGE 26 – ANNEXE 26", font=f, size_pt=12, bold=True)
    sh.photo(x0 + 98, 24, 26, 33, rng)
    sh.paragraph(x0, 24, 94, "Attest van indiening van een verzoek om internationale bescherming" if nl else
                 "Attestation d'introduction d'une demande de protection internationale", font=f, size_pt=10,
                 bold=True)
    rows = [("Naam / Nom", c.p.surname.upper()), ("Voornaam / Prénom", c.p.given_names),
            ("Geboren / Né(e) le", fdate(c.p.birth_date, "dots")),
            ("Nationaliteit / Nationalité", COUNTRIES[c.p.nationality]["adj_nl" if nl else "adj_fr"]),
            ("DVZ / OE", c.ov or ""), ("Ingediend / Introduite le", fdate(lodged, "dots"))]
    y = 64
    for k, v in rows:
        sh.text(x0, y, k, font=f, size_pt=7.5, color=GREY)
        sh.text(x0, y + 3.3, v, font="typewriter", size_pt=10.5)
        y += 10.5
    sh.signature(x0 + 60, y + 4, 36, 11, rng, color=INK_BLACK)
    sh.stamp(x0 + 4, y + 2, ["DVZ – OE", "BRUSSEL"], rng, shape="round", size_mm=26, color=STAMP_RED)
    return [sh], {"asylum": 1}


_reg("be9ter-asylum-bijlage-26-doorslag-bleek-foto-geniet-26", "asylum-proof", PART, "nl", asylum_carbon,
     "annex 26 as a pale carbon copy with the photo stapled on")
_reg("be9ter-asylum-annexe-26-carbone-pale-photo-agrafee-26", "asylum-proof", PART, "fr", asylum_carbon,
     "annexe 26 en copie carbone pâle, photo agrafée")
_reg("be9ter-asylum-bijlage-26-opengevouwen-liggend-binnen-buiten-26", "asylum-proof", PART, "nl",
     asylum_folded_open, "the folded annex 26 copied open in landscape, outer and inner sides side by side")
_reg("be9ter-asylum-annexe-26-depliee-paysage-recto-verso-26", "asylum-proof", PART, "fr", asylum_folded_open,
     "l'annexe 26 dépliée, copiée en paysage")


# --------------------------------------------------------------------------- registered mail

def _ticket(c: Case, rng: random.Random, *, w: float = 60, faded: bool = False) -> Sheet:
    tk = Sheet(w, 92)
    col = (90, 90, 90) if faded else (20, 20, 20)
    y = 3
    for ln in ("bpost", _post_office(c), f"{c.rm_date.strftime('%d/%m/%Y')} {rng.randint(9, 16):02d}:"
               f"{rng.randint(0, 59):02d}", "AANGETEKEND / RECOMMANDE", track_spaced(c.rm_track), "",
               "Bestemmeling / Destinataire:", *c.rm_to, "", "TOTAAL / TOTAL    9,10 EUR", "BEWAAR DIT BEWIJS"):
        tk.text(3, y, ln, font="mono2", size_pt=6.8, bold=(ln == "bpost"), color=col)
        y += 3.7
    barcode(tk, 4, y + 1, w - 10, 9, c.rm_track)
    return tk


def rm_fax_transmittal(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    L = c.lawyer or {"firm": "Advocatenkantoor", "tel": "+32 2 000 00 00", "last": "", "first": ""}
    doc = Sheet()
    f = "sans"
    nl = c.lang != "fr"
    doc.text(20, 14, L["firm"], font=f, size_pt=12, bold=True)
    doc.text(20, 22, "FAX" if nl else "TÉLÉCOPIE", font=f, size_pt=16, bold=True)
    rows = ([("Aan", f"cliënt – {c.p.given_names} {c.p.surname}"), ("Van", f"{L.get('first', '')} {L.get('last', '')}"),
             ("Betreft", "bewijs van aangetekende verzending 9ter"), ("Pagina's", "1")] if nl else
            [("À", f"client – {c.p.given_names} {c.p.surname}"), ("De", f"{L.get('first', '')} {L.get('last', '')}"),
             ("Objet", "preuve d'envoi recommandé 9ter"), ("Pages", "1")])
    y = 32
    for a, b in rows:
        doc.text(20, y, a + ":", font=f, size_pt=10, bold=True)
        doc.text(50, y, b, font=f, size_pt=10)
        y += 6
    doc.paragraph(20, y + 4, 170, ("Hieronder het bewijs van afgifte van uw aanvraag, vandaag aangetekend verstuurd. "
                                   "Bewaar dit goed." if nl else "Ci-dessous la preuve de dépôt de votre demande, "
                                   "envoyée ce jour par recommandé. À conserver."), font=f, size_pt=10)
    paste(doc, _ticket(c, rng), 70, y + 22, dpi=300, k=1.35)
    img = doc.render(200).convert("L").point(lambda x: 0 if x < 170 else 255).convert("RGB")
    sh = Sheet()
    sh.image(0, 0, 210, 297, img)
    when = datetime.datetime.combine(c.rm_date, datetime.time(rng.randint(12, 18), rng.randint(0, 59)))
    fax_header(sh, when, L["firm"], L.get("tel", ""), 1, 1)
    return [sh], {}


def rm_carbon_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    doc = Sheet(148, 105)
    ink = (60, 60, 120)
    f = "sans4"
    doc.rect(0, 0, 148, 105, width_mm=0, fill=(240, 246, 240))
    doc.text(4, 4, "bpost", font=f, size_pt=11, bold=True, color=(60, 60, 60))
    doc.text(30, 4.5, "AANGETEKENDE ZENDING – ENVOI RECOMMANDÉ · Bewijs van afgifte / Preuve de dépôt", font=f,
             size_pt=6.5, color=(60, 60, 60))
    hf = rng.choice(["hand1", "hand2"])
    y = 14
    for lab, val in (("Afzender / Expéditeur", ", ".join(_sender_lines(c))[:70]),
                     ("Bestemmeling / Destinataire", ", ".join(c.rm_to)[:70]),
                     ("Nummer / Numéro", track_spaced(c.rm_track))):
        doc.text(4, y, lab, font=f, size_pt=5.8, color=(80, 80, 80))
        doc.rect(4, y + 3, 140, 8, width_mm=0.2, color=(120, 120, 120))
        doc.handwriting(6, y + 3.6, hand_safe(val), rng, size_pt=9.5 if len(val) < 50 else 8, color=ink, font=hf)
        y += 14
    doc.stamp(96, 58, ["BPOST", c.rm_date.strftime("%d-%m-%Y"), _post_office(c).upper()[:20]], rng, shape="round",
              size_mm=28, color=ink, angle=rng.uniform(-20, 20))
    doc.text(4, 98, "Doorslag voor de afzender / Copie pour l'expéditeur", font=f, size_pt=5.5, color=(90, 90, 90))
    sh = Sheet()
    paste(sh, doc, 20, 40, k=1.15, dpi=300, contrast=0.5)
    return [sh], {}


def rm_cut_glued(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    sh = Sheet()
    env = Sheet(162, 114)
    env.rect(0, 0, 162, 114, width_mm=0, fill=(250, 250, 246))
    y = 8
    for ln in _sender_lines(c):
        env.text(8, y, ln, font="sans", size_pt=7.5)
        y += 3.6
    y = 52
    for ln in c.rm_to:
        env.text(78, y, ln, font="sans", size_pt=10)
        y += 5
    env.rect(120, 8, 34, 14, width_mm=0.3)
    env.text(137, 11, "R", font="sans4", size_pt=14, bold=True, anchor="center")
    paste(sh, env, 24, 20, k=1.0, dpi=200, grey=True)
    tk = _ticket(c, rng, faded=True)
    paste(sh, tk, 70, 150, k=1.2, dpi=300, angle=rng.uniform(-3, 3))
    cut_frame(sh, 70, 150, 60 * 1.2, 92 * 1.2)
    sh.rect(66, 145, 16, 6, width_mm=0, fill=(236, 236, 220))
    sh.rect(128, 145, 16, 6, width_mm=0, fill=(236, 236, 220))
    return [sh], {}


_reg("be9ter-rm-kantoorfax-aan-client-ticket-kopregel-26", "registered-mail-receipt", PART, "nl/fr",
     rm_fax_transmittal, "bpost's counter ticket forwarded by the law office's fax with a transmittal note")
_reg("be9ter-rm-bpost-afgifteformulier-doorslag-bleek-26", "registered-mail-receipt", PART, "nl/fr",
     rm_carbon_form, "bpost's hand-filled deposit form as a pale carbon copy")
_reg("be9ter-rm-ticket-uitgeknipt-opgeplakt-naast-envelop-26", "registered-mail-receipt", PART, "nl/fr",
     rm_cut_glued, "the receipt cut out and glued on A4 with tape, under the copy of the envelope")


# --------------------------------------------------------------------------- other documents

def other_declaration_thumb(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    sh = Sheet()
    f = "serif"
    title = {"nl": "VERKLARING OP EREWOORD", "fr": "DÉCLARATION SUR L'HONNEUR"}[lang]
    sh.text(105, 30, title, font=f, size_pt=14, bold=True, anchor="center")
    txt = {"nl": f"Ik, ondergetekende, {p.given_names} {p.surname.upper()}, geboren op "
                 f"{fdate(p.birth_date, 'slashes', 'nl')} te {p.birth_place}, verklaar op erewoord dat ik sinds mijn "
                 f"aankomst in België geen paspoort meer heb kunnen bekomen. De ambassade van mijn land heeft mij "
                 f"gevraagd eerst andere documenten uit {COUNTRIES[p.nationality]['nl']} te laten komen.",
           "fr": f"Je soussigné(e), {p.given_names} {p.surname.upper()}, né(e) le "
                 f"{fdate(p.birth_date, 'slashes', 'fr')} à {p.birth_place}, déclare sur l'honneur que je n'ai pas pu "
                 f"obtenir de passeport depuis mon arrivée en Belgique. L'ambassade de mon pays m'a demandé de faire "
                 f"venir d'abord d'autres documents de {COUNTRIES[p.nationality]['fr']}."}[lang]
    y = sh.paragraph(25, 46, 160, txt, font=f, size_pt=11.5, leading=1.6, align="justify")
    sh.text(25, y + 10, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(1, 12)), 'slashes', lang)}",
            font=f, size_pt=11)
    sh.signature(110, y + 16, 44, 15, rng, color=PEN)
    # a thumbprint beside the signature
    img = Image.new("L", (180, 230), 255)
    r = random.Random(rng.random())
    from PIL import ImageDraw
    dr = ImageDraw.Draw(img)
    for k in range(14):
        box = (20 + k * 4, 20 + k * 5, 160 - k * 4, 210 - k * 5)
        dr.ellipse(box, outline=int(60 + r.random() * 60), width=3)
    img = img.convert("RGB").point(lambda v: v if v > 200 else int(v * 0.7))
    sh.image(160, y + 14, 18, 23, img, blend="multiply")
    sh.text(160, y + 39, {"nl": "vingerafdruk", "fr": "empreinte"}[lang], font=f, size_pt=8, color=GREY)
    return [sh], {}


def other_residence_certificate(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    city = c.addr.city
    sh = Sheet()
    f = "sans6"
    sh.rect(20, 12, 4, 24, width_mm=0, fill=(0, 80, 140))
    sh.text(28, 13, {"nl": f"Stad/Gemeente {city}", "fr": f"Ville/Commune de {city}"}[lang], font=f, size_pt=13,
            bold=True)
    sh.text(28, 20, {"nl": "Dienst Bevolking – Vreemdelingen", "fr": "Service Population – Étrangers"}[lang], font=f,
            size_pt=9, color=GREY)
    sh.text(28, 25, {"nl": "Loket 4", "fr": "Guichet 4"}[lang], font=f, size_pt=9,
            color=GREY)
    sh.text(105, 48, {"nl": "BEWIJS VAN WOONST", "fr": "CERTIFICAT DE RÉSIDENCE"}[lang], font=f, size_pt=14,
            bold=True, anchor="center")
    since = c.app_date - timedelta(days=rng.randint(90, 900))
    rows = ({"nl": [("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
                    ("Geboortedatum", fdate(c.p.birth_date, "slashes", "nl")),
                    ("Adres", addr_str(c.addr, "nl", "street-first")), ("Sinds", fdate(since, "slashes", "nl"))],
             "fr": [("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
                    ("Date de naissance", fdate(c.p.birth_date, "slashes", "fr")),
                    ("Adresse", addr_str(c.addr, "fr", "street-first")), ("Depuis le", fdate(since, "slashes", "fr"))]}
            [lang])
    y = 62
    for a, b in rows:
        sh.text(30, y, a, font=f, size_pt=10, color=GREY)
        sh.text(80, y, b, font=f, size_pt=10.5)
        y += 8
    sh.paragraph(30, y + 6, 150, {"nl": "Afgeleverd op verzoek van betrokkene, voor administratieve doeleinden.",
                                  "fr": "Délivré à la demande de l'intéressé(e), à des fins administratives."}[lang],
                 font=f, size_pt=10)
    d = c.app_date - timedelta(days=rng.randint(3, 30))
    sh.text(30, y + 20, f"{city}, {fdate(d, 'slashes', lang)}", font=f, size_pt=10.5)
    sh.signature(120, y + 22, 40, 13, rng, color=INK_BLUE)
    sh.stamp(114, y + 18, [city.upper()[:18], {"nl": "BEVOLKING", "fr": "POPULATION"}[lang]], rng, shape="round",
             size_mm=28, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-op-erewoord-getypt-vingerafdruk-26", "other", PART, "nl/fr", other_declaration_thumb,
     "a typed declaration on honour signed and with a thumbprint beside the signature")
_reg("be9ter-other-gemeente-bewijs-van-woonst-blauwe-balk-26", "other", PART, "nl/fr", other_residence_certificate,
     "a municipality's certificate of residence with a blue bar beside the heading")
