"""9ter families of the `nineteenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to eighteenth had been read, by a writer who saw neither the
validator nor its output.  Applications: a law firm's letter set in two columns, a grey margin column on every page
with the firm, the references, the subject and the number of exhibits, the text in the right-hand column under
headings numbered I, II, III, the personal data told in one sentence, the signature without label at the end and
'p. n/N' in the footer (in Dutch, French and English); a legal-aid association's intake form printed blank and filled
in by hand in block capitals in comb boxes with the options crossed (Dutch), or typed into the boxes on the computer
(French).  The 2024 certificate printed blank and filled in by hand with a ballpoint, the severity ticked (in French
and in Dutch); the previous model retyped in a two-column table (question left on grey, answer right), in Dutch and in
English.  A specialist's consultation report with a patient column at the left, a discharge letter received by fax.
An e-mail exchange with a doctor in the country of origin printed from the mail program, an association's country
sheet with an availability table.  The commune's 'attestation d'immatriculation' (orange card) copied front and
back, the CGRA/CGVS's invitation to the personal interview.  bpost's counter receipt photographed on the desk, the
office's deposit list with the other clients blacked out, the print of bpost's online registered letter.  A
declaration on honour handwritten on squared paper, a pharmacy's till receipt.  Sentence builders ``s19_*``.
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
from .nineteenth_identity import copy_of_copy, fax_header, punch_holes, staple
from .paper import Sheet, text_width_mm
from .people import strip_accents

PART = "nineteenth"
GREY = (105, 105, 105)
BALL = (28, 42, 140)


def _hand_rows(text: str, w: float, font: str, size: float) -> list[str]:
    rows, line = [], ""
    for wd in hand_safe(text).split():
        t = (line + " " + wd).strip()
        if line and text_width_mm(t, font, size) * 1.06 > w:
            rows.append(line)
            line = wd
        else:
            line = t
    if line:
        rows.append(line)
    return rows


def _hand(sh: Sheet, x: float, y: float, w: float, text: str, rng: random.Random, *, font: str, size: float = 11.5,
          lh: float = 6.0, color=BALL, max_lines: int = 99) -> float:
    """Text written by hand in lines of at most w mm; returns the y under the last line."""
    for ln in _hand_rows(text, w, font, size)[:max_lines]:
        sh.handwriting(x, y, ln, rng, size_pt=size, color=color, font=font)
        y += lh
    return y


# --------------------------------------------------------------------------- what the applications say (s19_*)

def _cl(c: Case, lang: str, cap: bool = False) -> str:
    """This part's writers name the applicant once and then say 'the applicant' in the language's legal style:
    'verzoeker / verzoekster', 'le requérant / la requérante', 'the applicant'."""
    f = c.p.sex == "F"
    s = {"nl": "verzoekster" if f else "verzoeker", "fr": "la requérante" if f else "le requérant",
         "en": "the applicant"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _ex(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" [stuk {n}]", "fr": f" [pièce {n}]", "en": f" [exhibit {n}]"}[lang]


def s19_person(c: Case, lang: str) -> str:
    """The personal data in one sentence, as a Belgian lawyer opens a request."""
    p = c.p
    nm = name_in(p, c.name_style)
    f = p.sex == "F"
    bd = c.d(p.birth_date, lang)
    bp = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    nat = COUNTRIES[p.nationality]["adj_" + lang]
    num = {"nl": f"rijksregisternummer {c.nrn}" if c.nrn else f"gekend onder OV-nummer {c.ov}",
           "fr": f"numéro national {c.nrn}" if c.nrn else f"connu{'e' if f else ''} sous le numéro SP {c.ov}",
           "en": f"national number {c.nrn}" if c.nrn else f"known under public-security number {c.ov}"}[lang]
    if lang == "nl":
        s = f"Mijn cliënt{'e' if f else ''}, {'mevrouw' if f else 'de heer'} {nm}, werd geboren op {bd}"
        if "no_birthplace" not in c.flags:
            s += f" in {bp}"
        if "no_nationality" not in c.flags:
            s += f"; {'zij' if f else 'hij'} heeft de {nat} nationaliteit"
        return s + f" ({num})."
    if lang == "fr":
        s = f"Mon client{'e' if f else ''}, {'Madame' if f else 'Monsieur'} {nm}, est né{'e' if f else ''} le {bd}"
        if "no_birthplace" not in c.flags:
            s += f" à {bp}"
        if "no_nationality" not in c.flags:
            s += f" ; {'elle' if f else 'il'} est de nationalité {nat}"
        return s + f" ({num})."
    s = f"My client, {'Ms' if f else 'Mr'} {nm}, was born on {bd}"
    if "no_birthplace" not in c.flags:
        s += f" in {bp}"
    if "no_nationality" not in c.flags:
        s += f"; {'she' if f else 'he'} is a {nat} national"
    return s + f" ({num})."


def s19_home(c: Case, lang: str) -> str:
    V = _cl(c, lang, True)
    if "no_address" in c.flags:
        return {"nl": f"{V} slaapt afwisselend bij landgenoten en heeft op dit ogenblik geen vaste verblijfplaats.",
                "fr": f"{V} dort tantôt chez l'un, tantôt chez l'autre compatriote et n'a pour l'instant aucun lieu "
                      f"de résidence fixe.",
                "en": f"{V} sleeps at compatriots' homes in turn and has no fixed place of residence at "
                      f"present."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{V} verblijft daadwerkelijk te {a}.", "fr": f"{V} réside effectivement {a}.",
            "en": f"{V} actually resides at {a}."}[lang]


def s19_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    V = _cl(c, lang)
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor alle mededelingen in deze procedure kiest {V} woonplaats op mijn kantoor, {w}.",
                "fr": f"Pour toute communication relative à la présente procédure, {V} fait élection de domicile en "
                      f"mon cabinet, {w}.",
                "en": f"For every communication in this procedure {V} elects domicile at my office, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{_cl(c, lang, True)} kiest woonplaats bij {c.other_domicile}.",
                "fr": f"{_cl(c, lang, True)} fait élection de domicile auprès de {c.other_domicile}.",
                "en": f"{_cl(c, lang, True)} elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"Op dat adres kiest {V} ook woonplaats.", "fr": f"{_cl(c, lang, True)} y fait également "
            f"élection de domicile.", "en": f"{_cl(c, lang, True)} also elects domicile there."}[lang]


def s19_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    V = _cl(c, lang, True)
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _ex(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{V} is vrijgesteld van het voorleggen van een identiteitsdocument: {'zij' if c.fem else 'hij'} "
                      f"diende op {d} een verzoek om internationale bescherming in, waarover nog geen definitieve "
                      f"beslissing is genomen{ref}.",
                "fr": f"{V} est dispensé{'e' if c.fem else ''} de produire un document d'identité : "
                      f"{'elle' if c.fem else 'il'} a introduit le {d} une demande de protection internationale qui "
                      f"n'a pas encore fait l'objet d'une décision définitive{ref}.",
                "en": f"{V} is exempt from producing an identity document: on {d} {'she' if c.fem else 'he'} "
                      f"applied for international protection, and no final decision has been taken{ref}."}[lang]
    if k == "none":
        return {"nl": f"Het paspoort van {_cl(c, lang)} wordt nagestuurd zodra de ambassade het heeft afgeleverd.",
                "fr": f"Le passeport de {_cl(c, lang)} vous sera transmis dès que l'ambassade l'aura délivré.",
                "en": f"The passport of {_cl(c, lang)} will be sent on as soon as the embassy issues it."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _ex(c, key, lang) for key, d in items]
    if c.annex_no("id-tr"):
        parts.append({"nl": "met de beëdigde vertaling", "fr": "avec sa traduction jurée",
                      "en": "with its sworn translation"}[lang] + _ex(c, "id-tr", lang))
    lst = ", ".join(parts) if parts else "—"
    s = {"nl": f"Ter staving van de identiteit van {_cl(c, lang)} leg ik voor: {lst}.",
         "fr": f"L'identité de {_cl(c, lang)} est établie par : {lst}.",
         "en": f"To prove the identity of {_cl(c, lang)} I enclose: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet niets af aan de bewijskracht ervan voor de identiteit.",
              "fr": " L'expiration du passeport n'enlève rien à sa force probante quant à l'identité.",
              "en": " That the passport has expired does not affect its value as proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Deze stukken samen vermelden de volledige naam, de geboorteplaats en -datum en de nationaliteit.",
              "fr": " Ensemble, ces pièces reprennent le nom complet, le lieu et la date de naissance et la "
                    "nationalité.",
              "en": " Together these documents give the full name, place and date of birth and nationality."}[lang]
    return s


def s19_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het medisch verslag van {doc} van {cd}", "fr": f"le rapport médical du {doc} du {cd}",
               "en": f"the medical report of {doc} of {cd}"}[lang] + _ex(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type établi par le {doc} le {cd}",
               "en": f"the standard medical certificate completed by {doc} on {cd}"}[lang] + _ex(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    V = _cl(c, lang, True)
    return {"nl": f"{V} lijdt aan {t['name']}, zoals blijkt uit {src}. {t['severity']} Noodzakelijk is: {meds}.",
            "fr": f"{V} souffre de {t['name']}, comme l'atteste {src}. {t['severity']} Le traitement requis "
                  f"comprend : {meds}.",
            "en": f"{V} suffers from {t['name']}, as {src} shows. {t['severity']} The treatment required is: "
                  f"{meds}."}[lang]


def s19_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ex(c, "coi", lang), drug(c.illness, lang)
    return {"nl": f"In {cn} is {dr} slechts beschikbaar in {o['hospital']}{r}; een maand behandeling kost er ongeveer "
                  f"{il['cost']}, terwijl het gemiddelde maandloon {o['wage']} bedraagt. {o['insurance_nl']} "
                  f"{_cl(c, lang, True)} heeft in geen enkel ander land een verblijfsrecht.",
            "fr": f"En ce qui concerne le pays d'origine ({cn}), {dr} n'est disponible qu'à {o['hospital']}{r} ; un "
                  f"mois de traitement y coûte environ {il['cost']}, pour un salaire mensuel moyen de {o['wage']}. "
                  f"{o['insurance_fr']} {_cl(c, lang, True)} n'a de droit de séjour dans aucun autre pays.",
            "en": f"In {cn}, {dr} is only available at {o['hospital']}{r}; a month of treatment costs about "
                  f"{il['cost']} against an average monthly wage of {o['wage']}. {o['insurance_en']} "
                  f"{_cl(c, lang, True)} has no right of residence in any other country."}[lang]


def s19_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "de echtgeno(o)t(e)", "child": "het kind"}, "fr": {"spouse": "le conjoint",
           "child": "l'enfant"}, "en": {"spouse": "the spouse", "child": "the child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
        at = {"nl": "te", "fr": "à", "en": "in"}[lang]
        out.append(f"{rel[m.rel]} {q.surname.upper()} {q.given_names}, {born} {c.d(q.birth_date, lang)} {at} "
                   f"{q.birth_place}{nat}{_ex(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt ook voor de gezinsleden die met {_cl(c, lang)} samenwonen: {lst}.",
            "fr": f"La demande vaut également pour les membres de la famille qui vivent avec {_cl(c, lang)} : {lst}.",
            "en": f"The application also covers the family members who live with {_cl(c, lang)}: {lst}."}[lang]


def s19_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"{_cl(c, lang, True)} diende reeds op {d} een aanvraag 9ter in, die nog hangende is. "
                          f"Die aanvraag wordt ingetrokken en door de huidige vervangen.",
                    "fr": f"{_cl(c, lang, True)} a déjà introduit le {d} une demande 9ter, toujours pendante. Il "
                          f"s'en désiste ; la présente demande la remplace.",
                    "en": f"{_cl(c, lang, True)} already lodged a 9ter application on {d}, which is still pending. "
                          f"It is withdrawn and replaced by the present one."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief afgewezen.",
                    "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                    "en": f"The application for international protection was finally rejected on {d}."}[lang])
    return " ".join(out) or None


def s19_ask(c: Case, lang: str) -> str:
    f = c.fem
    return {"nl": f"Ik verzoek u dan ook deze aanvraag ontvankelijk en gegrond te verklaren en mijn cliënt{'e' if f else ''} "
                  "op grond van artikel 9ter van de wet van 15 december 1980 te machtigen tot een verblijf van meer dan "
                  "drie maanden.",
            "fr": "Je vous prie dès lors de déclarer la présente demande recevable et fondée et d'autoriser "
                  f"{'ma cliente' if f else 'mon client'} au séjour de plus de trois mois sur la base de l'article 9ter "
                  "de la loi du 15 décembre 1980.",
            "en": "I therefore ask you to declare this application admissible and well founded and to grant my "
                  "client leave to remain for more than three months under Article 9ter of the Law of 15 December "
                  "1980."}[lang]


def _sections19(c: Case, lang: str) -> list[tuple[str, list[str], str]]:
    H = {"nl": ("Persoonsgegevens", "Verblijfplaats en gekozen woonplaats", "Gezin", "Identiteit",
                "Medische toestand", "Behandeling in het land van herkomst", "Vorige procedures"),
         "fr": ("Données personnelles", "Résidence et élection de domicile", "Famille", "Identité",
                "Situation médicale", "Traitement au pays d'origine", "Procédures antérieures"),
         "en": ("Personal details", "Residence and domicile", "Family", "Identity", "Medical condition",
                "Treatment in the country of origin", "Earlier procedures")}[lang]
    out = [(H[0], [s19_person(c, lang)], "personal"),
           (H[1], [x for x in (s19_home(c, lang), s19_domicile(c, lang)) if x], "residence")]
    if s19_family(c, lang):
        out.append((H[2], [s19_family(c, lang)], "family"))
    out.append((H[3], [s19_identity(c, lang)], "identity"))
    out.append((H[4], [s19_medical(c, lang)], "medical"))
    if s19_coi(c, lang):
        out.append((H[5], [s19_coi(c, lang)], "coi"))
    if s19_other(c, lang):
        out.append((H[6], [s19_other(c, lang)], "parallel"))
    return out


# --------------------------------------------------------------------------- application 1: two-column letter

_TC = {"nl": dict(by="AANGETEKEND", to=["Dienst Vreemdelingenzaken", "Dienst Medisch Verblijf – 9ter",
                                       "Pachecolaan 44", "1000 Brussel"],
                  subj="Aanvraag machtiging tot verblijf – art. 9ter Vreemdelingenwet", ours="Ons kenmerk",
                  yours="Uw kenmerk", re="Betreft", enc="Stukken", open="Mevrouw, Mijnheer,",
                  close="Hoogachtend,", inv="Inventaris van de stukken", page="p. {i}/{n}", lawyer="advocaat"),
       "fr": dict(by="RECOMMANDÉ", to=["Office des Étrangers", "Bureau 9ter – Séjour médical",
                                     "Boulevard Pachéco 44", "1000 Bruxelles"],
                  subj="Demande d'autorisation de séjour – art. 9ter de la loi du 15.12.1980", ours="N/Réf.",
                  yours="V/Réf.", re="Objet", enc="Pièces", open="Madame, Monsieur,",
                  close="Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
                  inv="Inventaire des pièces", page="p. {i}/{n}", lawyer="avocat"),
       "en": dict(by="REGISTERED", to=["Immigration Office", "Medical Residence – 9ter", "Pachecolaan 44",
                                     "1000 Brussels"],
                  subj="Application for leave to remain – Art. 9ter Aliens Act", ours="Our ref.", yours="Your ref.",
                  re="Subject", enc="Exhibits", open="Dear Sir or Madam,", close="Yours faithfully,",
                  inv="List of exhibits", page="p. {i}/{n}", lawyer="lawyer")}
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def app_two_column(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The firm's letter in two columns: a pale grey column down the left of every page (the firm's name and
    lawyers, then on the first page the references, the subject and the number of exhibits), the letter itself in the
    right column under headings numbered I, II, III; the signature at the end without a label, the lawyer's name
    typed under it; 'p. n/N' at the foot of every page; the inventory of exhibits at the end."""
    W_ = _TC[lang]
    L = c.lawyer
    f = rng.choice(["serif", "serif3", "sans5"])
    col = rng.choice([(80, 40, 40), (30, 60, 60), (40, 40, 90)])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    X, RW, BOT = 66.0, 124.0, 270.0
    st = {"y": 0.0}
    others = rng.sample(["M. Claes", "S. Moens", "A. Kabongo", "L. Renard", "F. Yildiz", "N. Peeters"], 2)

    def new():
        sh = Sheet()
        sh.rect(0, 0, 56, 297, width_mm=0, fill=(238, 238, 236))
        sh.text(8, 14, L["firm"][:28], font=f, size_pt=9.5, bold=True, color=col)
        yy = 20
        for nm in [f"{L['first'][0]}. {L['last']}"] + others:
            sh.text(8, yy, nm, font=f, size_pt=7.5, color=GREY)
            yy += 3.8
        for ln in (L["street"], f"{L['pc']} {L['city']}", L["tel"], L["mail"]):
            sh.text(8, yy + 3, ln[:30], font=f, size_pt=7, color=GREY)
            yy += 3.6
        pages.append(sh)
        st["y"] = 22.0 if len(pages) > 1 else 18.0
        return sh

    sh = new()
    sh.text(X, 18, W_["by"], font=f, size_pt=9, bold=True, color=col)
    for k, ln in enumerate(W_["to"]):
        sh.text(X + 50, 28 + k * 5, ln, font=f, size_pt=10.5)
    place = f"{L['city']}, {c.d(c.app_date, lang, 'long')}"
    sh.text(X + RW, 58, place, font=f, size_pt=10, anchor="right")
    ours = f"{L['last'][:3].upper()}/{c.app_date.year}/{rng.randint(100, 999)}"
    ymeta = 70
    for a, b in ((W_["ours"], ours), (W_["yours"], "—"), (W_["re"], W_["subj"]), ("", name_in(c.p, c.name_style)),
                 (W_["enc"], str(len(c.annexes)))):
        if a:
            sh.text(8, ymeta, a, font=f, size_pt=7, color=GREY)
            ymeta += 3.6
        for ln in sh.wrap(b, 44, font=f, size_pt=8.5, bold=a == W_["re"] or not a):
            sh.text(8, ymeta, ln, font=f, size_pt=8.5, bold=a == W_["re"] or not a)
            ymeta += 4
        ymeta += 2.5
    st["y"] = 70.0

    def para(text, *, size=10.5, bold=False, italic=False, tag=None, gap=3.0):
        lines = pages[-1].wrap(text, RW, font=f, size_pt=size, bold=bold)
        lh = size * 0.3528 * 1.42
        for i, ln in enumerate(lines):
            if st["y"] + lh > BOT:
                new()
            if i == 0 and tag:
                tags.setdefault(tag, len(pages))
            pages[-1].text(X, st["y"], ln, font=f, size_pt=size, bold=bold, italic=italic)
            st["y"] += lh
        st["y"] += gap

    para(W_["open"], gap=4)
    for n, (head, texts, tag) in enumerate(_sections19(c, lang)):
        if st["y"] + 18 > BOT:
            new()
        tags.setdefault(tag, len(pages))
        para(f"{_ROMAN[n]}. {head}", bold=True, size=10.5, gap=1.5)
        for t in texts:
            para(t, tag=tag)
    para(s19_ask(c, lang))
    para(W_["close"], gap=2)
    if st["y"] + 30 > BOT:
        new()
    tags["signature"] = len(pages)
    y = st["y"] + 1
    if "unsigned" not in c.flags:
        pages[-1].signature(X + 2, y, 48, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    pages[-1].text(X, y + 18, f"{L['first']} {L['last']}", font=f, size_pt=10.5)
    pages[-1].text(X, y + 23, W_["lawyer"], font=f, size_pt=9, italic=True)
    st["y"] = y + 33
    if c.annexes:
        if st["y"] + 20 > BOT:
            new()
        tags.setdefault("inventory", len(pages))
        para(W_["inv"], bold=True, gap=1.5)
        for i, (_, d) in enumerate(c.annexes, 1):
            para(f"{i}.  {d}", size=10, gap=0.8)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.rule(X, 280, X + RW, 280, width_mm=0.2, color=(170, 170, 170))
        p.text(X + RW, 282, W_["page"].format(i=i, n=n), font=f, size_pt=8, anchor="right", color=GREY)
    return pages, tags


# --------------------------------------------------------------------------- application 2: intake form with boxes

_FM = {"nl": dict(org="Steunpunt Medisch Verblijf Limburg vzw", sub="Zuivelmarkt 12 · 3500 Hasselt",
                  title="AANVRAAGFORMULIER MEDISCHE REGULARISATIE (ART. 9TER)",
                  note="In te vullen in DRUKLETTERS, één letter per vakje. Kruis aan wat van toepassing is.",
                  s=["A. AANVRAGER", "B. VERBLIJF IN BELGIË", "C. GEKOZEN WOONPLAATS", "D. GEZINSLEDEN",
                     "E. IDENTITEIT", "F. MEDISCHE GEGEVENS", "G. ANDERE PROCEDURES", "H. BIJLAGEN",
                     "I. ONDERTEKENING"],
                  name="Naam", first="Voornaam", bd="Geboortedatum (dd mm jjjj)", bp="Geboorteplaats",
                  bc="Geboorteland", nat="Nationaliteit", nr="Rijksregisternummer", ov="OV-nummer DVZ",
                  street="Straat en nummer", pc="Postcode en gemeente",
                  dom=["op het adres van verblijf", "bij mijn advocaat", "op een ander adres"],
                  none="geen", app="Handtekening aanvrager", law="Handtekening advocaat / begeleider",
                  place="Plaats en datum", p="Blad {i} van {n}", fam="Naam, geboortedatum en band"),
       "fr": dict(org="Point d'appui Séjour médical Namur asbl", sub="Rue des Brasseurs 30 · 5000 Namur",
                  title="FORMULAIRE DE DEMANDE DE RÉGULARISATION MÉDICALE (ART. 9TER)",
                  note="À compléter en MAJUSCULES, une lettre par case. Cochez ce qui convient.",
                  s=["A. DEMANDEUR", "B. RÉSIDENCE EN BELGIQUE", "C. ÉLECTION DE DOMICILE", "D. MEMBRES DE LA FAMILLE",
                     "E. IDENTITÉ", "F. DONNÉES MÉDICALES", "G. AUTRES PROCÉDURES", "H. ANNEXES", "I. SIGNATURES"],
                  name="Nom", first="Prénom", bd="Date de naissance (jj mm aaaa)", bp="Lieu de naissance",
                  bc="Pays de naissance", nat="Nationalité", nr="Numéro de registre national", ov="Numéro SP (OE)",
                  street="Rue et numéro", pc="Code postal et commune",
                  dom=["à l'adresse de résidence", "chez mon avocat", "à une autre adresse"],
                  none="néant", app="Signature du demandeur", law="Signature de l'avocat / accompagnant",
                  place="Lieu et date", p="Page {i} sur {n}", fam="Nom, date de naissance et lien")}


def app_comb_form(c: Case, rng: random.Random, *, lang: str, hand: bool) -> tuple[list[Sheet], dict]:
    """A legal-aid association's intake form: section bars in black with white capitals, the short answers in comb
    boxes (one letter per box), the options as tick boxes, the longer answers on ruled lines, two signature boxes at
    the end.  Printed blank and filled in by hand in block capitals with a ballpoint (the boxes crossed), or filled in
    on the computer with the letters centred in the boxes."""
    F = _FM[lang]
    f = "sans"
    hf = rng.choice(["blockcaps", "hand2"]) if hand else None
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}

    def new():
        sh = Sheet()
        sh.text(15, 10, F["org"], font=f, size_pt=10, bold=True)
        sh.text(15, 15, F["sub"], font=f, size_pt=7.5, color=GREY)
        sh.text(195, 10, f"Dossier {c.seed % 90000 + 10000}", font="mono", size_pt=8, anchor="right")
        pages.append(sh)
        st["y"] = 22.0
        return sh

    def bar(t):
        if st["y"] + 22 > 272:
            new()
        pages[-1].rect(15, st["y"], 180, 6, width_mm=0, fill=(25, 25, 25))
        pages[-1].text(17, st["y"] + 1.1, t, font=f, size_pt=8.5, bold=True, color=(255, 255, 255))
        st["y"] += 9

    def fill(x, y, s, size=11.0):
        if not s:
            return
        if hand:
            pages[-1].handwriting(x, y - 1.2, hand_safe(s), rng, size_pt=size, color=BALL, font=hf)
        else:
            pages[-1].text(x, y, s, font="mono", size_pt=size - 1.5)

    def comb(cap, val, n=24, tag=None):
        if st["y"] + 13 > 272:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        sh = pages[-1]
        sh.text(15, st["y"], cap, font=f, size_pt=7.5, color=GREY)
        y = st["y"] + 3.6
        bw = 6.0
        for k in range(n):
            sh.rect(15 + k * bw, y, bw, 6.5, width_mm=0.2, color=(80, 80, 80))
        v = (val or "").upper()[:n]
        for k, ch in enumerate(v):
            if ch == " ":
                continue
            if hand:
                sh.handwriting(15 + k * bw + 1.0, y + 0.3, hand_safe(ch), rng, size_pt=11, color=BALL, font=hf)
            else:
                sh.text(15 + k * bw + bw / 2, y + 1.4, ch, font="mono", size_pt=10, anchor="center")
        st["y"] = y + 9.5

    def lines(cap, val, n=2, tag=None):
        if st["y"] + 6 + 6.5 * n > 272:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        sh = pages[-1]
        sh.text(15, st["y"], cap, font=f, size_pt=7.5, color=GREY)
        y = st["y"] + 4
        rows = (_hand_rows(val or "", 176, "hand2", 10.5) if hand else
                sh.wrap(val or "", 172, font="mono", size_pt=9.5))
        n = max(n, len(rows))
        if st["y"] + 6 + 6.5 * n > 272:
            sh = new()
            if tag:
                tags[tag] = len(pages)
            sh.text(15, st["y"], cap, font=f, size_pt=7.5, color=GREY)
            y = st["y"] + 4
        for k in range(n):
            sh.rule(15, y + 6 + k * 6.5, 195, y + 6 + k * 6.5, width_mm=0.15, color=(150, 150, 150))
        if val:
            if hand:
                _hand(sh, 16, y + 0.2, 176, val, rng, font="hand2", size=10.5, lh=6.5)
            else:
                for k, r in enumerate(rows):
                    sh.text(16, y + 1.8 + k * 6.5, r, font="mono", size_pt=9.5)
        st["y"] = y + 6.5 * n + 4

    def ticks(opts, chosen):
        sh = pages[-1]
        x = 15
        for k, o in enumerate(opts):
            sh.rect(x, st["y"], 4, 4, width_mm=0.25)
            if k == chosen:
                if hand:
                    sh.handwriting(x - 0.3, st["y"] - 1.5, "X", rng, size_pt=12, color=BALL, font="hand1")
                else:
                    sh.text(x + 2, st["y"] - 0.2, "X", font="mono", size_pt=10, anchor="center")
            sh.text(x + 6, st["y"] + 0.2, o, font=f, size_pt=8.5)
            x += 10 + text_width_mm(o, f, 8.5)
        st["y"] += 8

    sh = new()
    sh.text(105, 26, F["title"], font=f, size_pt=11.5, bold=True, anchor="center")
    sh.text(105, 32, F["note"], font=f, size_pt=7.5, anchor="center", color=GREY)
    st["y"] = 40.0
    p = c.p
    bar(F["s"][0])
    tags["personal"] = len(pages)
    comb(F["name"], p.surname, tag="personal")
    comb(F["first"], p.given_names)
    comb(F["bd"], fdate(p.birth_date, "dots").replace(".", " "), 10)
    comb(F["bp"], "" if "no_birthplace" in c.flags else p.birth_place, 20)
    comb(F["bc"], "" if "no_birthplace" in c.flags else cname(c.birth_cc(), lang), 20)
    comb(F["nat"], "" if "no_nationality" in c.flags else COUNTRIES[p.nationality]["adj_" + lang], 20)
    if c.nrn:
        comb(F["nr"], c.nrn, 15)
    else:
        comb(F["ov"], c.ov, 12)
    bar(F["s"][1])
    noad = "no_address" in c.flags
    a = c.addr
    street = "" if noad else f"{a.street} {a.number}" + (f" {'BUS' if lang == 'nl' else 'BTE'} {a.box}" if a.box
                                                          else "")
    comb(F["street"], street, 30, tag="residence")
    comb(F["pc"], "" if noad else f"{a.postcode} {a.city}", 24)
    bar(F["s"][2])
    tags.setdefault("residence", len(pages))
    if "no_domicile" in c.flags or c.domicile == "none":
        ticks(F["dom"], -1)
    else:
        k = {"residence": 0, "lawyer": 1, "other": 2}.get(c.domicile, 1)
        ticks(F["dom"], k)
        if k == 1 and c.lawyer:
            L = c.lawyer
            lines("", f"{L['first']} {L['last']}, {L['street']}, {L['pc']} {L['city']}", 1)
        elif k == 2 and c.other_domicile:
            lines("", c.other_domicile, 1)
    bar(F["s"][3])
    fam = []
    for i, m in enumerate(c.family):
        q = m.p
        rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)",
                                                                           "child": "enfant"}}[lang][m.rel]
        fam.append(f"{q.surname.upper()} {q.given_names}, {fdate(q.birth_date, 'dots')}, {q.birth_place}, {rel}")
    lines(F["fam"], "; ".join(fam) if fam else F["none"], 2 if fam else 1, tag="family" if fam else None)
    bar(F["s"][4])
    lines("", s19_identity(c, lang), 3, tag="identity")
    bar(F["s"][5])
    lines("", s19_medical(c, lang), 4, tag="medical")
    coi = s19_coi(c, lang)
    if coi:
        lines("", coi, 3, tag="coi")
    bar(F["s"][6])
    oth = s19_other(c, lang)
    lines("", oth or F["none"], 2 if oth else 1, tag="parallel" if oth else None)
    bar(F["s"][7])
    tags.setdefault("inventory", len(pages))
    for i, (_, d) in enumerate(c.annexes, 1):
        if st["y"] + 7 > 272:
            new()
        sh = pages[-1]
        sh.rect(15, st["y"], 4, 4, width_mm=0.25)
        if hand:
            sh.handwriting(14.7, st["y"] - 1.5, "X", rng, size_pt=12, color=BALL, font="hand1")
        else:
            sh.text(17, st["y"] - 0.2, "X", font="mono", size_pt=10, anchor="center")
        sh.text(22, st["y"] + 0.2, f"{i}. {d}"[:95], font=f, size_pt=8.5)
        st["y"] += 6.5
    st["y"] += 3
    if st["y"] + 46 > 272:
        new()
    bar(F["s"][8])
    sh = pages[-1]
    tags["signature"] = len(pages)
    y = st["y"]
    sh.text(15, y, F["place"], font=f, size_pt=7.5, color=GREY)
    fill(48, y, f"{c.addr.city if not noad else (c.lawyer or {}).get('city', '')}, {fdate(c.app_date, 'dots')}", 11)
    y += 8
    for k, lab in enumerate((F["app"], F["law"])):
        x = 15 + k * 92
        sh.rect(x, y, 86, 28, width_mm=0.3)
        sh.text(x + 2, y + 1.5, lab, font=f, size_pt=7.5, color=GREY)
    if "unsigned" not in c.flags:
        sh.signature(22, y + 8, 52, 16, rng, color=BALL)
        sh.signature(112, y + 9, 48, 15, rng, color=INK_BLACK)
    st["y"] = y + 32
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 287, F["p"].format(i=i, n=n), font=f, size_pt=7.5, anchor="center", color=GREY)
        pg.text(195, 287, "Form. 9T-01/2025", font=f, size_pt=6.5, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-app-nl-prose-lawyer-twee-kolommen-grijze-kantlijn-romeinse-koppen", "application", PART, "nl",
     lambda c, r: app_two_column(c, r, lang="nl"),
     "lawyer's letter in two columns: grey margin column with firm, references and exhibit count, headings I, II, "
     "III, personal data in one sentence, unlabelled signature, 'p. n/N'")
_reg("be9ter-app-fr-prose-lawyer-deux-colonnes-marge-grise-titres-romains", "application", PART, "fr",
     lambda c, r: app_two_column(c, r, lang="fr"),
     "lettre d'avocat en deux colonnes, colonne grise à gauche, titres I, II, III, signature sans mention")
_reg("be9ter-app-nl-form-steunpunt-kamvakjes-handgeschreven-drukletters", "application", PART, "nl",
     lambda c, r: app_comb_form(c, r, lang="nl", hand=True),
     "association's intake form, comb boxes filled in by hand in block capitals, options crossed, two signature boxes")
_reg("be9ter-app-fr-form-point-appui-cases-peigne-remplies-ordinateur", "application", PART, "fr",
     lambda c, r: app_comb_form(c, r, lang="fr", hand=False),
     "formulaire d'une asbl, cases en peigne remplies à l'ordinateur, cases cochées, deux cadres de signature")
_reg("be9ter-app-en-prose-lawyer-two-columns-grey-margin-roman-headings", "application", PART, "en",
     lambda c, r: app_two_column(c, r, lang="en"),
     "the two-column lawyer's letter written in English (not an accepted language)")


# --------------------------------------------------------------------------- certificates: 2024 model by hand

def medcert_2024_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed blank from DVZ's site and filled in by hand with a ballpoint: the printed captions in a
    plain sans, each answer written on the ruled space under its caption, the severity options as printed boxes with
    the chosen one ticked, the ICD-10 code in a small box; the doctor's stamp and signature in the frame at the end
    of page 2; the practice's address stamp at the top of page 1."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    hf = rng.choice(["hand1", "hand2", "hand4"])
    ink = rng.choice([BALL, (20, 20, 40)])
    f = "sans2"
    tags: dict[str, int] = {}
    pages = [Sheet(), Sheet()]
    st = {"y": 0.0, "p": 0}
    p0 = pages[0]
    p0.text(105, 14, M_["title"], font=f, size_pt=12.5, bold=True, anchor="center")
    yy = p0.paragraph(25, 20, 160, M_["law"], font=f, size_pt=7.5, align="center")
    p0.text(105, yy + 1, M_["model"], font=f, size_pt=7, anchor="center", color=GREY)
    st["y"] = yy + 10

    def head(t):
        sh = pages[st["p"]]
        sh.text(18, st["y"], t, font=f, size_pt=9.5, bold=True)
        st["y"] += 6

    def field(cap, val, nlines=1, tag=None):
        sh = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        if cap:
            sh.text(20, st["y"], cap, font=f, size_pt=7.5, color=GREY)
            st["y"] += 3.5
        nlines = max(nlines, min(len(_hand_rows(val or "", 168, hf, 10.5)), nlines + 2))
        for k in range(nlines):
            sh.rule(20, st["y"] + 6 + k * 6.5, 192, st["y"] + 6 + k * 6.5, width_mm=0.12, color=(140, 140, 140))
        if val:
            _hand(sh, 21, st["y"] + 0.2, 168, val, rng, font=hf, size=10.5, lh=6.5, color=ink, max_lines=nlines)
        st["y"] += 6.5 * nlines + 2.5

    head(M_["s1"])
    tags["patient"] = 1
    field(f"{M_['name']} / {M_['first']}", f"{v['surname']} {v['first']}".strip(), tag="patient")
    field(f"{M_['bd']} / {M_['nat']}", f"{v['bd']}  {v['nat']}".strip())
    head(M_["s2"])
    field(M_["dname"], d.name("caps"), tag="doctor")
    field(M_["riziv"], v["riziv"])
    field(M_["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city}")
    head(M_["s3"])
    field("", fdate(c.cert_date - timedelta(days=rng.randint(150, 2000)), "slashes", lang))
    head(M_["s4"])
    field("", v["hist"], 3)
    head(M_["s5"])
    field("", v["ill"], 2, tag="illness")
    sh = pages[0]
    sh.rect(150, st["y"] - 4, 40, 7, width_mm=0.3)
    sh.text(151, st["y"] - 3.2, "ICD-10", font=f, size_pt=6.5, color=GREY)
    if v["icd"]:
        sh.handwriting(166, st["y"] - 5, v["icd"], rng, size_pt=11, color=ink, font=hf)
    st["y"] += 6
    head(M_["s6"])
    tags["severity"] = 1
    so = M_["sevopts"]
    sev = (v["sev"] or "").lower()
    k_sel = -1 if not sev else 3 if sev.startswith(so[3]) else 1 if sev.startswith(so[1]) else \
        0 if sev.startswith(so[0]) else 2
    x = 22
    for k, o in enumerate(so):
        sh.rect(x, st["y"], 4.2, 4.2, width_mm=0.3)
        if k == k_sel:
            sh.handwriting(x - 0.5, st["y"] - 2.2, "V", rng, size_pt=13, color=ink, font="hand1")
        sh.text(x + 6, st["y"] + 0.4, o, font=f, size_pt=9)
        x += 14 + text_width_mm(o, f, 9)
    st["y"] += 8
    field(M_["s6b"], v["sev"], 3, tag="severity")
    # page 2
    st["p"], st["y"] = 1, 16.0
    head(M_["s7"])
    field(M_["s7a"], v["meds"], 2, tag="treatment")
    field(M_["s7b"], v["interv"], 2)
    field(M_["s7c"], v["dur"], 1)
    head(M_["s8"])
    field("", v["cons"], 2)
    head(M_["s9"])
    field("", v["prog"], 2)
    head(M_["s10"])
    field("", v["needs"], 2)
    head(M_["s11"])
    field("", f"{M_['yes']} – {v['travel']}", 2)
    head(M_["s12"])
    field("", {"nl": "verslag specialist", "fr": "rapport du spécialiste", "de": "Facharztbericht",
               "en": "specialist's report"}[lang], 1)
    sh = pages[1]
    y = st["y"] + 2
    tags["signature"] = 2
    sh.text(20, y, f"{M_['date']}:", font=f, size_pt=9)
    sh.handwriting(36, y - 1.5, hand_safe(v["date"]), rng, size_pt=11, color=ink, font=hf)
    sh.rect(100, y - 2, 92, 40, width_mm=0.3)
    sh.text(102, y - 0.5, M_["sign"], font=f, size_pt=7.5, color=GREY)
    if v["signed"]:
        sh.stamp(104, y + 5, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=34,
                 color=rng.choice([STAMP_BLUE, STAMP_VIOLET]))
        sh.signature(130, y + 12, 50, 17, rng, color=ink)
    for i, pg in enumerate(pages, 1):
        pg.text(105, 288, M_["page"].format(i=i, n=2), font=f, size_pt=7.5, anchor="center", color=GREY)
    return pages, tags


# --------------------------------------------------------------------------- certificates: previous model in a table

def medcert_old_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model retyped by a hospital secretary as a two-column table: the official questions A/ to G/ in
    the left column on a grey ground, the answers in the right column; the hospital's logo line at the top of every
    page, the patient's name repeated in the header of page 2, the doctor's signature, RIZIV number and stamp under
    the table."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans", "sans4", "serif2"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}
    LW, RX, RW = 62.0, 82.0, 110.0

    def new():
        sh = Sheet()
        sh.text(18, 10, d.inst, font=f, size_pt=9.5, bold=True, color=(0, 80, 110))
        sh.text(18, 14.5, f"{d.dept or ''}".strip(" –")[:70], font=f, size_pt=7.5, color=GREY)
        if pages:
            sh.text(192, 10, v["pat"] or "", font=f, size_pt=8, anchor="right", color=GREY)
        pages.append(sh)
        st["y"] = 24.0 if len(pages) > 1 else 20.0
        return sh

    sh = new()
    sh.text(105, 24, M_["title"], font=f, size_pt=13, bold=True, anchor="center")
    sh.text(105, 30, f"{M_['sub']} {M_['law']}", font=f, size_pt=8.5, anchor="center")
    st["y"] = 38.0

    def row(q, a, tag=None):
        qr = pages[-1].wrap(q, LW - 3, font=f, size_pt=8)
        ar = pages[-1].wrap(a or "", RW - 3, font=f, size_pt=9.5) if a else [""]
        h = max(3.6 * len(qr), 4.4 * len(ar)) + 3
        if st["y"] + h > 262:
            new()
        if tag:
            tags.setdefault(tag, len(pages))
        sh = pages[-1]
        sh.rect(18, st["y"], LW, h, width_mm=0.2, fill=(232, 232, 232), color=(120, 120, 120))
        sh.rect(18 + LW, st["y"], 192 - 18 - LW, h, width_mm=0.2, color=(120, 120, 120))
        for k, r in enumerate(qr):
            sh.text(19.5, st["y"] + 1.5 + k * 3.6, r, font=f, size_pt=8)
        for k, r in enumerate(ar):
            sh.text(RX, st["y"] + 1.5 + k * 4.4, r, font=f, size_pt=9.5)
        st["y"] += h

    tags["patient"] = 1
    row(M_["pat"], v["pat"], "patient")
    row(M_["bd"], v["bd"])
    row(M_["nat"], v["nat"])
    row(M_["A"], v["hist"])
    row(M_["B"] + " " + M_["diag"], f"{v['ill']} ({v['icd']})" if v["ill"] else "", "illness")
    row(M_["sev"], v["sev"], "severity")
    row(M_["C"] + " " + M_["med"], v["meds"], "treatment")
    row(M_["interv"], v["interv"])
    row(M_["dur"], v["dur"])
    row(M_["D"], v["cons"])
    row(M_["E"], v["prog"])
    row(M_["F"], v["needs"])
    row(M_["G"], v["travel"])
    if st["y"] + 48 > 285:
        new()
    sh = pages[-1]
    y = st["y"] + 6
    tags["signature"] = len(pages)
    tags["doctor"] = len(pages)
    sh.text(18, y, f"{M_['date']} {v['date']}", font=f, size_pt=9.5)
    sh.text(18, y + 7, M_["sign"], font=f, size_pt=9)
    sh.text(18, y + 12, d.name(), font=f, size_pt=10)
    sh.text(18, y + 17, f"{M_['riziv']} {v['riziv']}" if v["riziv"] else M_["riziv"], font=f, size_pt=9.5)
    sh.text(18, y + 22, f"{M_['spec']} {SPECIALTY[d.spec].get(lang if lang in ('nl', 'fr', 'de') else 'en', '')}",
            font=f, size_pt=9)
    if v["signed"]:
        sh.signature(110, y + 4, 50, 17, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.stamp(120, y + 20, _stamp_lines(c, lang if lang in ("nl", "fr", "de") else "nl", bool(v["riziv"])), rng,
                 size_mm=32, color=STAMP_BLUE)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.text(192, 289, f"{i} / {n}", font=f, size_pt=8, anchor="right", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-fr-manuscrit-balpen-vakjes-aangevinkt", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_hand(c, r, lang="fr"),
     "modèle 2024 imprimé vierge et rempli à la main au bic, gravité cochée, cachet et signature dans le cadre")
_reg("be9ter-medcert-2024-nl-handgeschreven-balpen-vakjes-aangevinkt", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_hand(c, r, lang="nl"),
     "2024 model printed blank and filled in by hand with a ballpoint, severity ticked, stamp and signature in the frame")
_reg("be9ter-medcert-old-nl-tabel-twee-kolommen-grijze-vragen", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old_table(c, r, lang="nl"),
     "previous model retyped as a two-column table, questions on grey at the left, signature, RIZIV and stamp under it")
_reg("be9ter-medcert-old-en-table-two-columns-grey-questions", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_table(c, r, lang="en"),
     "the previous model retyped as a table in English (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case) -> str:
    return c.cert_lang if c.cert_lang in ("nl", "fr") else (c.lang if c.lang in ("nl", "fr") else "fr")


def medstat_consult_column(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's consultation report: the hospital's name over a coloured rule, a narrow column at the left with
    the patient's data, the consultation date and the addressees (GP, lawyer), the report at the right under bold
    run-in headings ('Anamnese.', 'Onderzoek.', 'Besluit.'); signed by the specialist, 'dictated' initials."""
    lang = _mlang(c)
    T = ILLNESSES[c.illness][lang]
    s = c.specialist
    sh = Sheet()
    f = rng.choice(["sans3", "serif4"])
    col = (0, 95, 130)
    sh.text(18, 12, s.inst, font=f, size_pt=12, bold=True, color=col)
    sh.text(18, 18, s.dept or SPECIALTY[s.spec][lang], font=f, size_pt=9, color=GREY)
    sh.rule(18, 22, 192, 22, width_mm=0.6, color=col)
    when = c.medstat_date
    rows = {"nl": [("Patiënt", f"{c.p.surname.upper()} {c.p.given_names}"), ("Geboren", fdate(c.p.birth_date, "dots")),
                   ("Consultatie", fdate(when, "dots")), ("Aan", "Dr. huisarts\nMr. advocaat (op vraag van patiënt)")],
            "fr": [("Patient", f"{c.p.surname.upper()} {c.p.given_names}"), ("Né(e) le", fdate(c.p.birth_date, "dots")),
                   ("Consultation", fdate(when, "dots")), ("Dest.", "Dr médecin traitant\nMe avocat (à la demande du "
                                                                    "patient)")]}[lang]
    y = 30
    for a, b in rows:
        sh.text(18, y, a, font=f, size_pt=7.5, color=GREY)
        for k, ln in enumerate(b.split("\n")):
            for ln2 in sh.wrap(ln, 38, font=f, size_pt=8.5):
                sh.text(18, y + 3.6, ln2, font=f, size_pt=8.5)
                y += 3.8
        y += 5
    sh.rule(60, 28, 60, 250, width_mm=0.2, color=(190, 190, 190))
    H = {"nl": ("Consultatieverslag", "Anamnese.", "Ernst.", "Behandeling.", "Besluit."),
         "fr": ("Rapport de consultation", "Anamnèse.", "Gravité.", "Traitement.", "Conclusion.")}[lang]
    sh.text(66, 30, H[0], font=f, size_pt=13, bold=True)
    y = 40
    for hd, txt in ((H[1], T["history"]), (H[2], T["severity"]),
                    (H[3], "; ".join(T["meds"]) + ". " + T["intervention"] + " " + T["duration"]),
                    (H[4], T["consequences"] + " " + T["prognosis"])):
        sh.text(66, y, hd, font=f, size_pt=10, bold=True)
        y = sh.paragraph(66, y + 5, 124, txt, font=f, size_pt=10, leading=1.45) + 4
    sh.text(66, y + 4, s.name(), font=f, size_pt=10)
    sh.text(66, y + 9, SPECIALTY[s.spec][lang], font=f, size_pt=9, color=GREY)
    sh.signature(120, y, 44, 14, rng, color=INK_BLUE)
    sh.text(18, 284, f"{s.last[:2].upper()}/{rng.choice(['kv', 'mb', 'sd', 'ah'])} · "
                     f"{'gedicteerd' if lang == 'nl' else 'dicté'} {fdate(when, 'dots')}", font=f, size_pt=7,
            color=GREY)
    return [sh], {}


def medstat_discharge_fax(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital's discharge letter sent to the GP by fax and copied from the fax paper: the fax machine's line at
    the top, the letter's header as a small table (admission, discharge, ward, attending), the diagnosis in capitals,
    the course and the medication at discharge as a list, the follow-up appointment; signed by the resident."""
    lang = _mlang(c)
    T = ILLNESSES[c.illness][lang]
    s = c.specialist
    sh = Sheet()
    f = "sans"
    adm = c.medstat_date - timedelta(days=rng.randint(4, 16))
    title = {"nl": "ONTSLAGBRIEF", "fr": "LETTRE DE SORTIE"}[lang]
    sh.text(18, 14, s.inst.upper(), font=f, size_pt=11, bold=True)
    sh.text(18, 19.5, s.dept or "", font=f, size_pt=8.5, color=GREY)
    sh.text(192, 14, title, font=f, size_pt=13, bold=True, anchor="right")
    labs = {"nl": ("Patiënt", "Geboortedatum", "Opname", "Ontslag", "Afdeling", "Supervisor"),
            "fr": ("Patient", "Date de naissance", "Admission", "Sortie", "Unité", "Superviseur")}[lang]
    vals = (f"{c.p.surname.upper()}, {c.p.given_names}", fdate(c.p.birth_date, "slashes"), fdate(adm, "slashes"),
            fdate(c.medstat_date, "slashes"), f"{rng.randint(2, 7)}{rng.choice('ABCD')}", s.name("initial"))
    y = 28
    for k in range(3):
        for j in range(2):
            i = k * 2 + j
            sh.rect(18 + j * 87, y, 87, 9, width_mm=0.2)
            sh.text(20 + j * 87, y + 0.8, labs[i], font=f, size_pt=6.5, color=GREY)
            sh.text(20 + j * 87, y + 4, vals[i], font=f, size_pt=9.5)
        y += 9
    y += 6
    sh.text(18, y, {"nl": "Diagnose bij ontslag", "fr": "Diagnostic de sortie"}[lang], font=f, size_pt=9, bold=True)
    y = sh.paragraph(18, y + 5, 174, T["name"].upper(), font=f, size_pt=10, leading=1.4) + 3
    sh.text(18, y, {"nl": "Verloop", "fr": "Évolution"}[lang], font=f, size_pt=9, bold=True)
    y = sh.paragraph(18, y + 5, 174, T["history"] + " " + T["severity"], font=f, size_pt=10, leading=1.45) + 3
    sh.text(18, y, {"nl": "Medicatie bij ontslag", "fr": "Traitement de sortie"}[lang], font=f, size_pt=9, bold=True)
    y += 5
    for m in T["meds"]:
        sh.text(22, y, f"– {m}", font=f, size_pt=10)
        y += 5
    y = sh.paragraph(18, y + 2, 174, T["intervention"] + " " + T["duration"], font=f, size_pt=10, leading=1.45) + 3
    sh.text(18, y, {"nl": "Met collegiale groeten,", "fr": "Confraternellement,"}[lang], font=f, size_pt=10)
    sh.signature(18, y + 3, 40, 13, rng, color=INK_BLACK)
    sh.text(18, y + 18, s.name(), font=f, size_pt=10)
    fax_header(sh, rng, s.inst, c.medstat_date + timedelta(days=1))
    return [copy_of_copy(sh, rng)], {}


_reg("be9ter-medstat-specialist-consultatieverslag-patientkolom-links", "medical-statement", PART, "fr/nl",
     medstat_consult_column, "specialist's consultation report, patient column at the left, run-in bold headings")
_reg("be9ter-medstat-ontslagbrief-fax-kopie-van-kopie", "medical-statement", PART, "fr/nl", medstat_discharge_fax,
     "hospital discharge letter received by fax and copied (fax line, copy of a copy)")


# --------------------------------------------------------------------------- country-of-origin information

def coi_mail_exchange(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An e-mail exchange printed from the lawyer's mail program: the program's header (From, Sent, To, Subject) and,
    quoted under it, the lawyer's question; the answer of a doctor at the country's referral hospital about the
    availability of the drug, its price and the health insurance; the print footer with the page and the print
    time."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn = cname(c.origin(), "en")
    fr = o["lang"] == "fr" or c.origin() in ("DZA", "SEN")
    L = c.lawyer
    sh = Sheet()
    f = "sans"
    from .people import ORIGINS as _PO
    po = _PO.get(c.origin(), _PO["DZA"])
    doc = f"Dr. {rng.choice(po['m'] + po['f']).split()[0][0]}. {rng.choice(po['s'])}"
    sent = c.app_date - timedelta(days=rng.randint(8, 40))
    sh.text(18, 10, f"{L['first']} {L['last']}", font=f, size_pt=11, bold=True)
    sh.rule(18, 16, 192, 16, width_mm=0.5)
    hdr = [("From:", f"{doc} <{strip_accents(doc.split()[-1]).lower()}@{o['hospital'].split(',')[0].split()[0].lower()}-med.org>"),
           ("Sent:", fdate(sent, "long", "fr" if fr else "en") + f" {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"),
           ("To:", L["mail"]), ("Subject:", f"RE: {drug(c.illness, 'en')} – availability in {cn}")]
    y = 20
    for a, b in hdr:
        sh.text(18, y, a, font=f, size_pt=9.5, bold=True)
        sh.text(40, y, b[:80], font=f, size_pt=9.5)
        y += 5
    y += 5
    if fr:
        body = (f"Maître,\n\nEn réponse à votre courriel : le traitement ({drug(c.illness, 'fr')}) n'est disponible "
                f"dans notre pays qu'à {o['hospital']}, et les ruptures de stock sont fréquentes. Le coût mensuel "
                f"est d'environ {il['cost']}, à charge du patient, alors que le salaire moyen est de {o['wage']}. "
                f"{o['insurance_fr']}\n\nBien confraternellement,\n{doc}")
    else:
        body = (f"Dear {L['first']} {L['last']},\n\nFollowing your e-mail: the treatment ({drug(c.illness, 'en')}) is "
                f"only available in {cn} at {o['hospital']}, and supplies are frequently interrupted. A month of "
                f"treatment costs about {il['cost']}, paid by the patient, while the average wage is {o['wage']}. "
                f"{o['insurance_en']}\n\nKind regards,\n{doc}")
    y = sh.paragraph(18, y, 174, body, font=f, size_pt=10.5, leading=1.45) + 6
    sh.rule(18, y, 192, y, width_mm=0.2, color=(170, 170, 170))
    q = (f"-----Original Message-----\nFrom: {L['mail']}\nSent: {fdate(sent - timedelta(days=rng.randint(2, 9)), 'dots')}"
         f"\nSubject: {drug(c.illness, 'en')} – availability in {cn}\n\nDear colleague, could you tell us whether "
         f"this treatment is available and affordable in {cn}? Thank you.")
    sh.paragraph(22, y + 3, 166, q, font=f, size_pt=9, leading=1.4, color=GREY)
    sh.text(18, 288, f"1/1 · printed {fdate(c.app_date - timedelta(days=rng.randint(1, 5)), 'dots')}", font=f,
            size_pt=7, color=GREY)
    return [sh], {}


def coi_country_sheet(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An association's country sheet on access to care, printed two-sided and copied: the association's banner, the
    country's name as title, a short introduction, then a table of the treatment with columns for availability, where,
    monthly cost and reimbursement, the sources in a footnote, a staple at the corner."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    cn = cname(c.origin(), lang)
    sh = Sheet()
    f = "sans5"
    sh.rect(0, 0, 210, 26, width_mm=0, fill=(40, 110, 90))
    org = {"nl": "Observatorium Gezondheid en Migratie vzw", "fr": "Observatoire Santé et Migrations asbl"}[lang]
    sh.text(18, 8, org, font=f, size_pt=12, bold=True, color=(255, 255, 255))
    sh.text(18, 15, {"nl": "Landenfiche toegang tot zorg", "fr": "Fiche pays – accès aux soins"}[lang], font=f,
            size_pt=9, color=(220, 240, 230))
    sh.text(18, 36, cn.upper(), font=f, size_pt=18, bold=True, color=(40, 110, 90))
    upd = c.app_date - timedelta(days=rng.randint(30, 200))
    sh.text(192, 38, f"{'Bijgewerkt' if lang == 'nl' else 'Mise à jour'} {fdate(upd, 'slashes')}", font=f,
            size_pt=8, anchor="right", color=GREY)
    intro = {"nl": f"Deze fiche vat samen wat bekend is over de beschikbaarheid en de toegankelijkheid van de "
                   f"behandeling in {cn}. {o['insurance_nl']}",
             "fr": f"Cette fiche résume ce que l'on sait de la disponibilité et de l'accessibilité du traitement "
                   f"{'au' if c.origin() in ('SEN', 'NGA') else 'en'} {cn}. {o['insurance_fr']}"}[lang]
    y = sh.paragraph(18, 48, 174, intro, font=f, size_pt=10, leading=1.45) + 6
    cols = {"nl": ["Behandeling", "Beschikbaar", "Waar", "Kost / maand", "Terugbetaald"],
            "fr": ["Traitement", "Disponible", "Où", "Coût / mois", "Remboursé"]}[lang]
    ws = [52, 24, 50, 26, 22]
    x = 18
    for k, t in enumerate(cols):
        sh.rect(x, y, ws[k], 8, width_mm=0.2, fill=(220, 236, 230))
        sh.text(x + 1.5, y + 2, t, font=f, size_pt=8.5, bold=True)
        x += ws[k]
    y += 8
    vals = [drug(c.illness, lang), {"nl": "beperkt", "fr": "limité"}[lang], o["hospital"], il["cost"],
            {"nl": "neen", "fr": "non"}[lang]]
    rows_ = [sh.wrap(v_, ws[k] - 3, font=f, size_pt=8.5) for k, v_ in enumerate(vals)]
    h = 4 * max(len(r) for r in rows_) + 3
    x = 18
    for k, r in enumerate(rows_):
        sh.rect(x, y, ws[k], h, width_mm=0.2)
        for j, ln in enumerate(r):
            sh.text(x + 1.5, y + 1.5 + j * 4, ln, font=f, size_pt=8.5)
        x += ws[k]
    y += h + 6
    sh.paragraph(18, y, 174, {"nl": f"Gemiddeld maandloon: {o['wage']}. De patiënt betaalt de behandeling zelf.",
                              "fr": f"Salaire mensuel moyen : {o['wage']}. Le patient paie lui-même le "
                                    f"traitement."}[lang], font=f, size_pt=10, leading=1.45)
    sh.text(18, 280, {"nl": "Bronnen: ministerie van Volksgezondheid, WHO-landenprofiel, contacten ter plaatse.",
                      "fr": "Sources : ministère de la Santé, profil pays OMS, contacts sur place."}[lang], font=f,
            size_pt=7.5, color=GREY)
    staple(sh, rng)
    return [sh], {}


_reg("be9ter-coi-en-fr-mailwisseling-arts-herkomstland-afgedrukt", "country-of-origin-info", PART, "en/fr",
     coi_mail_exchange, "e-mail exchange with a doctor in the country of origin printed from the mail program")
_reg("be9ter-coi-nl-fr-landenfiche-vereniging-tabel-niet", "country-of-origin-info", PART, "nl/fr",
     coi_country_sheet, "association's country sheet with an availability table, stapled")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    a = (c.asylum or {}).get("language") or c.lang
    return a if a in ("nl", "fr") else "fr"


def asylum_orange_card(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The commune's 'attestation d'immatriculation / attest van immatriculatie' (model A, the orange card) issued to
    an applicant for international protection, copied front and back one under the other: photo, data, the period of
    validity with the extension stamps on the back."""
    lang = _alang(c)
    p = c.p
    commune = {"nl": rng.choice(["Gemeente Sint-Jans-Molenbeek", "Stad Mechelen", "Gemeente Schaarbeek"]),
               "fr": rng.choice(["Commune d'Anderlecht", "Ville de Verviers", "Commune de Saint-Gilles"])}[lang]
    lodged = c.asylum["lodged"]
    fr_ = lang == "fr"
    f_ = Sheet(105, 74)
    f_.rect(0, 0, 105, 74, width_mm=0, fill=(250, 214, 170))
    f_.text(52.5, 3, "ROYAUME DE BELGIQUE – KONINKRIJK BELGIË", font="sans4", size_pt=5.5, bold=True, anchor="center")
    f_.text(52.5, 7.5, "ATTESTATION D'IMMATRICULATION – MODÈLE A" if fr_ else "ATTEST VAN IMMATRICULATIE – MODEL A",
            font="sans4", size_pt=6.5, bold=True, anchor="center")
    f_.photo(4, 14, 24, 30, rng)
    rows = [("Nom / Naam", p.surname.upper()), ("Prénom / Voornaam", p.given_names),
            ("Né(e) le / Geboren op", fdate(p.birth_date, "dots")), ("à / te", p.birth_place),
            ("Nationalité / Nationaliteit", COUNTRIES[p.nationality]["adj_fr" if fr_ else "adj_nl"]),
            ("N° SP / OV-nr.", c.ov or "")]
    for k, (a, b) in enumerate(rows):
        f_.text(31, 13 + k * 8, a, font="sans4", size_pt=4.3, color=(90, 60, 40))
        f_.text(31, 16 + k * 8, b[:30], font="sans4", size_pt=6.8, bold=True)
    f_.text(4, 64, f"{'Valable jusqu’au' if fr_ else 'Geldig tot'} "
                   f"{fdate(c.app_date + timedelta(days=rng.randint(40, 150)), 'dots')}", font="sans4", size_pt=6.5)
    b_ = Sheet(105, 74)
    b_.rect(0, 0, 105, 74, width_mm=0, fill=(250, 218, 176))
    b_.paragraph(4, 4, 97, ("Le titulaire a introduit une demande de protection internationale le "
                            f"{fdate(lodged, 'dots')}. Ce document n'est pas un titre d'identité."
                            if fr_ else "De houder heeft op "
                            f"{fdate(lodged, 'dots')} een verzoek om internationale bescherming ingediend. Dit document "
                            "is geen identiteitsbewijs."), font="sans4", size_pt=6.2, leading=1.4)
    d = lodged + timedelta(days=rng.randint(60, 120))
    for k in range(3):
        if d > c.app_date:
            break
        b_.stamp(4 + k * 33, 30, [commune[:22].upper(), f"{'Prolongé' if fr_ else 'Verlengd'}",
                                  fdate(d, "dots")], rng, shape="rect", size_mm=28, color=(40, 60, 150),
                 angle=rng.uniform(-8, 8))
        d = d + timedelta(days=rng.randint(90, 130))
    b_.text(4, 66, commune, font="sans4", size_pt=6)
    b_.signature(60, 60, 30, 9, rng)
    sh = Sheet()
    sh.image(30, 20, 126, 88.8, f_.render(250))
    sh.image(30, 125, 126, 88.8, b_.render(250))
    punch_holes(sh, rng)
    return [sh], {}


def asylum_cgvs_invitation(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGRA/CGVS's invitation to the personal interview: the office's letterhead, the applicant's data and file
    number in a box, the date, time and room of the interview, the interpreter's language, what to bring; an unsigned
    computer letter 'on behalf of the Commissioner General'."""
    lang = _alang(c)
    fr_ = lang == "fr"
    p = c.p
    sh = Sheet()
    f = "sans4"
    sh.text(18, 12, "Commissariat général aux réfugiés et aux apatrides" if fr_ else
            "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", font=f, size_pt=11, bold=True,
            color=(20, 60, 120))
    sh.text(18, 18, "Rue Ernest Blerot 39 – 1070 Bruxelles" if fr_ else "Ernest Blerotstraat 39 – 1070 Brussel",
            font=f, size_pt=8.5, color=GREY)
    sh.rect(110, 30, 82, 34, width_mm=0.3)
    rows = [("Dossier", f"{c.asylum['lodged'].year % 100:02d}/{rng.randint(10000, 99999)}"),
            ("SP / OV", c.ov or ""), ("Nom / Naam", f"{p.surname.upper()} {p.given_names}"),
            ("Né(e) / Geboren", fdate(p.birth_date, "dots"))]
    for k, (a, b) in enumerate(rows):
        sh.text(112, 32 + k * 7.5, a, font=f, size_pt=7.5, color=GREY)
        sh.text(140, 32 + k * 7.5, b[:28], font=f, size_pt=9.5)
    when = c.app_date + timedelta(days=rng.randint(10, 40))
    while when.weekday() >= 5:
        when += timedelta(days=1)
    title = "CONVOCATION À UN ENTRETIEN PERSONNEL" if fr_ else "UITNODIGING VOOR EEN PERSOONLIJK ONDERHOUD"
    sh.text(18, 76, title, font=f, size_pt=12.5, bold=True)
    lang_i = rng.choice(["tigrinya", "arabe", "géorgien", "ukrainien", "wolof", "albanais"] if fr_ else
                        ["Tigrinya", "Arabisch", "Georgisch", "Oekraïens", "Wolof", "Albanees"])
    txt = ((f"Dans le cadre de votre demande de protection internationale introduite le "
            f"{fdate(c.asylum['lodged'], 'long', 'fr')}, vous êtes convoqué(e) à un entretien personnel le "
            f"{fdate(when, 'long', 'fr')} à {rng.choice(['8 h 30', '9 h 00', '13 h 30'])}, local "
            f"{rng.randint(1, 6)}.{rng.randint(10, 40)}. Un interprète en {lang_i} sera présent.\n\nVeuillez apporter "
            f"cette convocation, votre attestation d'immatriculation et tous les documents qui appuient votre récit. "
            f"Votre demande est en cours d'examen.") if fr_ else
           (f"In het kader van uw verzoek om internationale bescherming, ingediend op "
            f"{fdate(c.asylum['lodged'], 'long', 'nl')}, wordt u uitgenodigd voor een persoonlijk onderhoud op "
            f"{fdate(when, 'long', 'nl')} om {rng.choice(['8.30 uur', '9.00 uur', '13.30 uur'])}, lokaal "
            f"{rng.randint(1, 6)}.{rng.randint(10, 40)}. Er zal een tolk {lang_i} aanwezig zijn.\n\nBreng deze "
            f"uitnodiging, uw attest van immatriculatie en alle documenten mee die uw relaas ondersteunen. Uw verzoek "
            f"wordt onderzocht."))
    y = sh.paragraph(18, 88, 174, txt, font=f, size_pt=10.5, leading=1.5) + 8
    sh.text(18, y, "Pour le Commissaire général," if fr_ else "Voor de Commissaris-generaal,", font=f, size_pt=10)
    sh.text(18, y + 6, "le service Convocations" if fr_ else "de dienst Uitnodigingen", font=f, size_pt=10)
    sh.text(105, 286, f"{'Envoyé le' if fr_ else 'Verzonden op'} {fdate(c.app_date - timedelta(days=rng.randint(5, 30)), 'dots')}",
            font=f, size_pt=7.5, anchor="center", color=GREY)
    return [sh], {}


_reg("be9ter-asylum-attest-immatriculatie-oranje-kaart-recto-verso", "asylum-proof", PART, "fr/nl",
     asylum_orange_card, "commune's attestation d'immatriculation (orange card) copied front and back, punched")
_reg("be9ter-asylum-cgvs-uitnodiging-persoonlijk-onderhoud", "asylum-proof", PART, "fr/nl", asylum_cgvs_invitation,
     "CGRA/CGVS invitation to the personal interview (application under examination)")


# --------------------------------------------------------------------------- registered-mail receipts

def _ticket(c: Case, rng: random.Random) -> Sheet:
    r = Sheet(70, 128)
    r.rect(0, 0, 70, 128, width_mm=0, fill=(251, 251, 249))
    f = "mono2"
    r.text(35, 4, "bpost", font="sans4", size_pt=13, bold=True, anchor="center")
    r.text(35, 10.5, _post_office(c)[:28], font=f, size_pt=6.8, anchor="center")
    r.text(35, 14.5, f"Loket / Guichet {rng.randint(1, 6)}", font=f, size_pt=6.5, anchor="center")
    r.text(4, 21, f"{fdate(c.rm_date, 'slashes')}   {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font=f,
           size_pt=6.8)
    r.text(4, 27, "1 x AANGETEKEND / RECOMMANDÉ", font=f, size_pt=6.5)
    r.text(66, 27, rng.choice(["10,15", "10,45", "9,96"]), font=f, size_pt=6.5, anchor="right")
    barcode(r, 5, 33, 60, 10, c.rm_track)
    r.text(35, 44.5, track_spaced(c.rm_track), font=f, size_pt=6.5, anchor="center")
    r.text(4, 51, "Bestemmeling / Destinataire", font=f, size_pt=6)
    for k, ln in enumerate(c.rm_to):
        r.text(4, 55 + k * 3.9, ln[:32], font=f, size_pt=6.5)
    r.text(4, 73, "Afzender / Expéditeur", font=f, size_pt=6)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        r.text(4, 77 + k * 3.9, ln[:32], font=f, size_pt=6.5)
    r.text(4, 95, "Betaald / Payé : Bancontact", font=f, size_pt=6.3)
    r.text(35, 108, "Bewaar dit ticket", font=f, size_pt=6, anchor="center")
    r.text(35, 112, "Conservez ce ticket", font=f, size_pt=6, anchor="center")
    return r


def rm_ticket_desk_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter receipt laid on the office desk beside the envelope's corner and photographed with a phone; the
    ticket is slightly curled, a strip of the envelope with its 'AANGETEKEND / RECOMMANDÉ' label shows at the edge."""
    t = _ticket(c, rng).render(260).rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, expand=True,
                                          fillcolor=(196, 170, 132))
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(196, 170, 132))
    for k in range(0, 297, 7):
        sh.rule(0, k + rng.uniform(-1, 1), 210, k + rng.uniform(-2, 2), width_mm=0.4, color=(182, 155, 118))
    sh.rect(120, 150, 100, 160, width_mm=0, fill=(248, 246, 240))
    sh.rect(128, 160, 52, 14, width_mm=0, fill=(255, 255, 255))
    sh.text(154, 163, "AANGETEKEND", font="sans4", size_pt=9, bold=True, anchor="center", color=(200, 30, 40))
    sh.text(154, 168, "RECOMMANDÉ", font="sans4", size_pt=8, anchor="center", color=(200, 30, 40))
    w = 92
    sh.image(30, 30, w, w * t.size[1] / t.size[0], t)
    return [sh], {"addressee": 1}


def rm_deposit_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's deposit list for registered items ('Lijst van aangetekende zendingen / Liste de dépôt'),
    filled in on the computer with the day's items; the other clients' lines blacked out with a marker before
    copying; the counter clerk's date stamp and initials at the foot."""
    L = c.lawyer
    sh = Sheet()
    f = "sans"
    sh.text(18, 14, "bpost", font="sans4", size_pt=14, bold=True, color=(200, 30, 40))
    sh.text(50, 14, "Lijst van aangetekende zendingen / Liste de dépôt des envois recommandés", font=f, size_pt=10,
            bold=True)
    sh.text(18, 24, f"Afzender / Expéditeur: {L['firm']}, {L['street']}, {L['pc']} {L['city']}", font=f, size_pt=9)
    sh.text(18, 29, f"Datum / Date: {fdate(c.rm_date, 'dots')}", font=f, size_pt=9)
    cols = ["#", "Zendingsnummer / N° d'envoi", "Bestemmeling / Destinataire", "Ref."]
    ws = [8, 52, 92, 22]
    y = 38
    x = 18
    for k, t in enumerate(cols):
        sh.rect(x, y, ws[k], 7, width_mm=0.25, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 1.6, t, font=f, size_pt=8, bold=True)
        x += ws[k]
    y += 7
    n = rng.randint(4, 7)
    mine = rng.randint(1, n)
    tag_y = None
    for i in range(1, n + 1):
        x = 18
        h = 16
        for k in range(4):
            sh.rect(x, y, ws[k], h, width_mm=0.25)
            x += ws[k]
        sh.text(20, y + 2, str(i), font=f, size_pt=9)
        if i == mine:
            sh.text(27.5, y + 2, track_spaced(c.rm_track), font="mono", size_pt=7 if len(c.rm_track) > 16 else 8.5)
            for k, ln in enumerate(c.rm_to[:3]):
                sh.text(80, y + 1.5 + k * 4.4, ln[:44], font=f, size_pt=8.5)
            sh.text(172, y + 2, c.p.surname[:10].upper(), font=f, size_pt=8)
            tag_y = y
        else:
            sh.rect(27, y + 2, 48, 4.5, width_mm=0, fill=(20, 20, 20))
            sh.rect(79, y + 1.5, rng.uniform(55, 88), 4.2, width_mm=0, fill=(20, 20, 20))
            sh.rect(79, y + 6.3, rng.uniform(40, 80), 4.2, width_mm=0, fill=(20, 20, 20))
            sh.rect(171, y + 2, 18, 4.5, width_mm=0, fill=(20, 20, 20))
        y += h
    sh.text(18, y + 8, f"Aantal / Nombre: {n}", font=f, size_pt=9)
    sh.stamp(120, y + 10, [_post_office(c).upper()[:22], fdate(c.rm_date, "dots"), "BPOST"], rng, size_mm=32,
             color=(40, 40, 40))
    sh.handwriting(165, y + 26, "ok", rng, size_pt=12, color=INK_BLACK, font="hand1")
    return [sh], {"addressee": 1}


def rm_online_label(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The PDF bpost sends for a registered letter bought online: the label to stick on the envelope at the top
    (barcode, addressee, sender), a dashed cut line, and under it the 'bewijs van afgifte / preuve de dépôt' with the
    date scanned at the counter and the post office."""
    sh = Sheet()
    f = "sans4"
    sh.rect(18, 15, 120, 80, width_mm=0.4)
    sh.text(22, 18, "bpost", font=f, size_pt=13, bold=True, color=(200, 30, 40))
    sh.text(134, 18, "R", font=f, size_pt=16, bold=True, anchor="right")
    barcode(sh, 22, 28, 90, 12, c.rm_track)
    sh.text(67, 41.5, track_spaced(c.rm_track), font="mono", size_pt=8, anchor="center")
    sh.text(22, 50, "Aan / À", font=f, size_pt=7, color=GREY)
    for k, ln in enumerate(c.rm_to):
        sh.text(22, 54 + k * 5, ln, font=f, size_pt=10.5, bold=k == 0)
    sh.text(22, 78, "Van / De", font=f, size_pt=7, color=GREY)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        sh.text(22, 82 + k * 3.8, ln[:50], font=f, size_pt=8)
    sh.rule(10, 110, 200, 110, width_mm=0.3, dash=2.0, color=(120, 120, 120))
    sh.text(12, 106, "✂", font="sans3", size_pt=10, color=(120, 120, 120))
    sh.text(18, 122, "Bewijs van afgifte / Preuve de dépôt", font=f, size_pt=13, bold=True)
    rows = [("Zending / Envoi", track_spaced(c.rm_track)), ("Product / Produit", "Aangetekende zending / Envoi "
                                                                                    "recommandé"),
            ("Bestemmeling / Destinataire", ", ".join(c.rm_to)),
            ("Afgegeven op / Déposé le", f"{fdate(c.rm_date, 'dots')} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"),
            ("Postkantoor / Bureau de poste", _post_office(c))]
    y = 132
    for a, b in rows:
        sh.text(18, y, a, font=f, size_pt=8.5, color=GREY)
        sh.text(80, y, b[:64], font=f, size_pt=10)
        y += 7
    sh.text(18, 280, "bpost NV van publiek recht / SA de droit public · Anspachlaan 1, 1000 Brussel", font=f,
            size_pt=7, color=GREY)
    return [sh], {"addressee": 1}


_reg("be9ter-rm-kassaticket-photo-bureau-envelop", "registered-mail-receipt", PART, "nl/fr", rm_ticket_desk_photo,
     "bpost counter ticket photographed on the office desk beside the envelope")
_reg("be9ter-rm-afgiftelijst-kantoor-andere-klanten-zwartgemaakt", "registered-mail-receipt", PART, "nl/fr",
     rm_deposit_list, "office's deposit list of registered items, other clients blacked out, counter's date stamp")
_reg("be9ter-rm-online-aangetekend-etiket-knipllijn-afgiftebewijs", "registered-mail-receipt", PART, "nl/fr",
     rm_online_label, "bpost's PDF for a registered letter bought online: label, cut line, proof of deposit")


# --------------------------------------------------------------------------- other

def other_declaration_squared(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's declaration on honour written by hand on a sheet of squared paper torn from a school notebook:
    who he or she is, where born, the nationality, that the documents were lost; dated and signed."""
    fr = c.lang == "fr"
    p = c.p
    sh = Sheet()
    for k in range(0, 297, 5):
        sh.rule(0, k, 210, k, width_mm=0.08, color=(170, 190, 220))
    for k in range(0, 210, 5):
        sh.rule(k, 0, k, 297, width_mm=0.08, color=(170, 190, 220))
    sh.rule(25, 0, 25, 297, width_mm=0.3, color=(220, 100, 110))
    hf = rng.choice(["hand1", "hand3", "hand4"])
    y = 20
    sh.handwriting(70, y, "Déclaration sur l'honneur" if fr else "Verklaring op eer", rng, size_pt=15, color=BALL,
                   font=hf)
    y += 15
    txt = (f"Je soussigné(e) {p.given_names} {p.surname.upper()}, né(e) le {fdate(p.birth_date, 'slashes')} à "
           f"{p.birth_place}, de nationalité {COUNTRIES[p.nationality]['adj_fr']}, déclare sur l'honneur que ces "
           f"informations sont exactes. J'ai perdu mon passeport pendant le voyage et je n'ai aucun autre document."
           if fr else
           f"Ik, {p.given_names} {p.surname.upper()}, geboren op {fdate(p.birth_date, 'slashes')} in "
           f"{p.birth_place}, van {COUNTRIES[p.nationality]['adj_nl']} nationaliteit, verklaar op eer dat deze "
           f"gegevens juist zijn. Mijn paspoort ben ik kwijtgeraakt tijdens de reis en ik heb geen ander document.")
    y = _hand(sh, 30, y, 165, txt, rng, font=hf, size=13, lh=10)
    y += 10
    sh.handwriting(30, y, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(2, 20)), 'dots')}", rng,
                   size_pt=12.5, color=BALL, font=hf)
    sh.signature(120, y + 8, 48, 16, rng, color=BALL)
    return [sh], {}


def other_pharmacy_ticket(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's till receipt for the month's medicines (the patient's share, the health fund's share, the
    invoice number), photographed on a table."""
    T = ILLNESSES[c.illness]
    r = Sheet(72, 140)
    r.rect(0, 0, 72, 140, width_mm=0, fill=(252, 252, 250))
    f = "mono"
    name = rng.choice(["Pharmacie du Parc", "Apotheek De Zwaan", "Pharmacie Centrale", "Apotheek Sint-Jan"])
    r.text(36, 5, name, font="sans4", size_pt=10, bold=True, anchor="center")
    r.text(36, 10, f"{c.addr.postcode} {c.addr.city}"[:30], font=f, size_pt=6.5, anchor="center")
    r.text(4, 18, f"{fdate(c.app_date - timedelta(days=rng.randint(3, 30)), 'dots')}  {rng.randint(9, 18):02d}:"
                  f"{rng.randint(0, 59):02d}", font=f, size_pt=6.5)
    r.text(4, 22, f"Patient: {c.p.surname.upper()[:18]}", font=f, size_pt=6.5)
    y = 30
    tot = 0.0
    for m in T.get("nl", T.get("fr", {})).get("meds", [])[:3]:
        pr = round(rng.uniform(2, 15), 2)
        tot += pr
        r.text(4, y, m[:26], font=f, size_pt=6.3)
        r.text(68, y, f"{pr:.2f}".replace(".", ","), font=f, size_pt=6.3, anchor="right")
        y += 5
    r.rule(4, y + 1, 68, y + 1, width_mm=0.2)
    r.text(4, y + 4, "TOTAAL / TOTAL EUR", font=f, size_pt=7, bold=True)
    r.text(68, y + 4, f"{tot:.2f}".replace(".", ","), font=f, size_pt=7, bold=True, anchor="right")
    r.text(4, y + 12, f"Factuur/Facture {rng.randint(100000, 999999)}", font=f, size_pt=6)
    img = r.render(250).rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, expand=True, fillcolor=(110, 80, 60))
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(110, 80, 60))
    sh.image(50, 40, 100, 100 * img.size[1] / img.size[0], img)
    return [sh], {}


_reg("be9ter-other-declaration-op-eer-handgeschreven-ruitjespapier", "other", PART, "fr/nl", other_declaration_squared,
     "applicant's declaration on honour handwritten on squared notebook paper")
_reg("be9ter-other-pharmacy-kasticket-apotheek-foto-tafel", "other", PART, "fr/nl", other_pharmacy_ticket,
     "Belgian pharmacy's till receipt photographed on a table")
