"""9ter families of the `seventeenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to sixteenth had been read, by a writer who saw neither the validator
nor its output.  Applications: a lawyer's letter with the section headings in the left margin beside their text, the
firm's name left-aligned beside a vertical rule, a 'Betreft / Concerne / Re' line naming the client, the applicant
called 'mijn cliënt(e) / mon client / ma cliente / my client' throughout and the firm's office and client accounts and
VAT number in the footer of every page, in Dutch, French and English; a welfare centre's (OCMW / CPAS) questionnaire
with circled question numbers and the answers on dotted lines, in Dutch and French.  The 2024 certificate printed from
a hospital's electronic patient record with the patient's label stuck on and the severity as [X]; the previous model
filled in on a typewriter with a slip overstruck and corrected in pen (in French and in English).  An emergency
department's report with a triage-colour strip, a specialist's confidential report to the lawyer with a framed
conclusion.  A hospital's schedule of fees in the country of origin, a newspaper article on a stock-out printed from
the website.  The CGRA/CGVS's acknowledgement of receipt of documents, the annex 26 highlighted, a Fedasil centre's
attestation of residence.  bpost's paper registered-mail slip filled in by hand with the counter's date stamp, two
receipts copied together with the other client's covered, a receipt with the item number highlighted.  A typed
declaration on honour with the commune's legalisation of the signature, an OCMW/CPAS urgent-medical-aid attestation.
Sentence builders ``s17_*``.
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

PART = "seventeenth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _vp(c: Case, lang: str, cap: bool = False) -> str:
    """These writers call the applicant 'my client' throughout: 'mijn cliënt' / 'mijn cliënte', 'mon client' /
    'ma cliente', 'my client' (the name is given once, in the data block and the subject line)."""
    f = c.p.sex == "F"
    s = {"nl": "mijn cliënte" if f else "mijn cliënt", "fr": "ma cliente" if f else "mon client",
         "en": "my client"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _zij(c: Case, lang: str) -> str:
    f = c.p.sex == "F"
    return {"nl": "zij" if f else "hij", "fr": "elle" if f else "il", "en": "she" if f else "he"}[lang]


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" – zie bijlage {n}", "fr": f" – voir annexe {n}", "en": f" – see annex {n}"}[lang]


def s17_person(c: Case, lang: str) -> list[tuple[str, str]]:
    """The personal data as (label, value) pairs, as the reference block and the form print them."""
    L = {"nl": ("Naam en voornaam", "Geboortedatum en -plaats", "Nationaliteit", "Rijksregisternummer", "Nr. OV"),
         "fr": ("Nom et prénom", "Date et lieu de naissance", "Nationalité", "Numéro de registre national", "N° SP"),
         "en": ("Name", "Date and place of birth", "Nationality", "National register number", "SP no.")}[lang]
    out = [(L[0], name_in(c.p, c.name_style))]
    born = c.d(c.p.birth_date, lang)
    if "no_birthplace" not in c.flags:
        born += {"nl": ", ", "fr": ", ", "en": ", "}[lang] + f"{c.p.birth_place} – {cname(c.birth_cc(), lang)}"
    out.append((L[1], born))
    if "no_nationality" not in c.flags:
        out.append((L[2], COUNTRIES[c.p.nationality]["adj_" + lang]))
    out.append((L[3], c.nrn) if c.nrn else (L[4], c.ov))
    return out


def s17_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_vp(c, lang, True)} is dakloos en slaapt nu eens hier, dan weer daar; een vast adres is er niet.",
                "fr": f"{_vp(c, lang, True)} est sans abri et dort tantôt chez l'un, tantôt chez l'autre ; il n'y a "
                      f"pas d'adresse fixe.",
                "en": f"{_vp(c, lang, True)} is homeless and sleeps wherever a friend can offer a bed; there is no fixed "
                      f"address."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"Feitelijk woont {_vp(c, lang)} te {a}.",
            "fr": f"{_vp(c, lang, True)} demeure effectivement à l'adresse {a}.",
            "en": f"{_vp(c, lang, True)} actually lives at {a}."}[lang]


def s17_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Alle briefwisseling over deze aanvraag kan worden gestuurd naar mijn kantoor ({w}), waar "
                      f"{_vp(c, lang)} woonplaats kiest.",
                "fr": f"Toute correspondance relative à la présente demande peut être adressée à mon cabinet ({w}), "
                      f"où {_vp(c, lang)} fait élection de domicile.",
                "en": f"All correspondence about this application may be sent to my office ({w}), where "
                      f"{_vp(c, lang)} elects domicile."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze: bij {c.other_domicile}.",
                "fr": f"Domicile élu : chez {c.other_domicile}.",
                "en": f"Elected domicile: care of {c.other_domicile}."}[lang]
    return {"nl": "Op dat adres kiest " + _vp(c, lang) + " ook woonplaats voor deze procedure.",
            "fr": "C'est également à cette adresse que " + _vp(c, lang) + " élit domicile pour la procédure.",
            "en": "That is also where " + _vp(c, lang) + " elects domicile for this procedure."}[lang]


def s17_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    v = _vp(c, lang, True)
    if k in ("asylum", "asylum-noproof"):
        d = c.d(c.asylum["lodged"], lang)
        ref = _st(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{v} heeft op {d} internationale bescherming gevraagd; die procedure loopt nog, er is geen "
                      f"definitieve beslissing{ref}. Het voorleggen van een identiteitsdocument is dan niet vereist "
                      f"(art. 9ter, § 2, tweede lid, Vreemdelingenwet).",
                "fr": f"{v} a demandé la protection internationale le {d} ; cette procédure est en cours et aucune "
                      f"décision définitive n'est intervenue{ref}. La production d'un document d'identité n'est "
                      f"donc pas requise (art. 9ter, § 2, al. 2, de la loi).",
                "en": f"{v} applied for international protection on {d}; that procedure is ongoing and no final decision "
                      f"has been taken{ref}. No identity document is therefore required (Art. 9ter § 2, second "
                      f"paragraph)."}[lang]
    if k == "none":
        return {"nl": f"{v} wacht nog op het paspoort dat bij de ambassade werd aangevraagd; het is nog niet afgegeven.",
                "fr": f"{v} attend toujours le passeport demandé à l'ambassade, qui n'a pas encore été délivré.",
                "en": f"{v} is still waiting for the passport applied for at the embassy; it has not been issued yet."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _st(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"nl": "met de beëdigde vertaling", "fr": "avec sa traduction jurée",
                      "en": "with its sworn translation"}[lang] + _st(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"nl": f"Ter staving van de identiteit van {_vp(c, lang)} leg ik voor: {lst}.",
         "fr": f"Pour établir l'identité de {_vp(c, lang)}, je produis : {lst}.",
         "en": f"To establish the identity of {_vp(c, lang)} I enclose: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet niets af aan de bewijskracht ervan voor de identiteit.",
              "fr": " Le fait que le passeport soit périmé n'enlève rien à sa force probante quant à l'identité.",
              "en": " That the passport has expired does not detract from its value as proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Uit deze stukken samen blijken naam, geboortedatum en nationaliteit.",
              "fr": " Lues ensemble, ces pièces établissent le nom, la date de naissance et la nationalité.",
              "en": " Read together, these documents give the name, date of birth and nationality."}[lang]
    return s


def s17_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = c.d(c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het verslag dat {doc} op {cd} opstelde", "fr": f"le rapport rédigé le {cd} par le {doc}",
               "en": f"the report written on {cd} by {doc}"}[lang] + _st(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift dat {doc} op {cd} invulde",
               "fr": f"le certificat médical type complété le {cd} par le {doc}",
               "en": f"the standard medical certificate completed on {cd} by {doc}"}[lang] + _st(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Uit {src} volgt dat {_vp(c, lang)} lijdt aan {t['name']}. {t['severity']} "
                  f"{_zij(c, lang).capitalize()} krijgt {meds}.",
            "fr": f"Il résulte du {src.removeprefix('le ')} que {_vp(c, lang)} est atteint(e) de {t['name']}. "
                  f"{t['severity']} {_zij(c, lang).capitalize()} reçoit {meds}.",
            "en": f"It follows from {src} that {_vp(c, lang)} has {t['name']}. {t['severity']} "
                  f"{_zij(c, lang).capitalize()} is given {meds}."}[lang]


def s17_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _st(c, "coi", lang), drug(c.illness, lang)
    v = _vp(c, lang)
    return {"nl": f"In {cn} kan {v} deze behandeling niet verderzetten: {dr} is er enkel te krijgen in "
                  f"{o['hospital']}{r}, tegen ongeveer {il['cost']} per maand, terwijl een gemiddeld loon "
                  f"{o['wage']} bedraagt. {o['insurance_nl']} {_zij(c, lang).capitalize()} heeft geen verblijfsrecht "
                  f"in een ander land.",
            "fr": f"En cas de retour au pays d'origine ({cn}), {v} ne pourrait pas poursuivre ce traitement. "
                  f"{dr[0].upper() + dr[1:]} n'y est disponible qu'à {o['hospital']}{r} ; son coût, environ "
                  f"{il['cost']} par mois, dépasse de loin le salaire moyen ({o['wage']}). {o['insurance_fr']} "
                  f"{v} n'a de droit de séjour dans aucun autre État.",
            "en": f"On return to {cn}, {v} could not continue this treatment. {dr[0].upper() + dr[1:]} is only "
                  f"available there at {o['hospital']}{r}; at about {il['cost']} a month it costs far more than "
                  f"the average wage ({o['wage']}). {o['insurance_en']} There is no other country where "
                  f"{_zij(c, lang)} may reside."}[lang]


def s17_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "zoon/dochter"}, "fr": {"spouse": "époux/épouse",
           "child": "fils/fille"}, "en": {"spouse": "husband/wife", "child": "son/daughter"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f" ({COUNTRIES[q.nationality]['adj_' + lang]})"
        out.append(f"{q.surname.upper()}, {q.given_names}{nat}, {rel[m.rel]}, "
                   f"{ {'nl': 'geboren', 'fr': 'né(e) le', 'en': 'born'}[lang] } {c.d(q.birth_date, lang)} "
                   f"{ {'nl': 'te', 'fr': 'à', 'en': 'in'}[lang] } {q.birth_place}{_st(c, f'fam{i}', lang)}")
    lst = "; ".join(out)
    return {"nl": f"De aanvraag geldt eveneens voor de gezinsleden die bij {_vp(c, lang)} wonen: {lst}.",
            "fr": f"La demande vaut aussi pour les membres de la famille qui vivent avec {_vp(c, lang)} : {lst}.",
            "en": f"The application also covers the family members who live with {_vp(c, lang)}: {lst}."}[lang]


def s17_other_proc(c: Case, lang: str) -> str | None:
    out = []
    v = _vp(c, lang)
    if c.previous_9ter:
        d = c.d(c.previous_9ter, lang)
        out.append({"nl": f"Er is nog een aanvraag 9ter van {d} hangende. {v[0].upper() + v[1:]} ziet hierbij uitdrukkelijk "
                          f"af van die aanvraag; de huidige aanvraag komt in de plaats ervan.",
                    "fr": f"Une demande 9ter du {d} est encore pendante. {v} s'en désiste expressément ; la présente "
                          f"demande la remplace.",
                    "en": f"A 9ter application of {d} is still pending. {v} expressly withdraws it; the present "
                          f"application takes its place."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = c.d(a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming is definitief afgewezen op {d}.",
                    "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                    "en": f"The application for international protection was finally rejected on {d}."}[lang])
    return " ".join(out) or None


def s17_ask(c: Case, lang: str) -> str:
    v = _vp(c, lang)
    return {"nl": f"Ik vraag u dan ook de aanvraag ontvankelijk te verklaren en {v} op grond van artikel 9ter van "
                  f"de wet van 15 december 1980 te machtigen tot een verblijf van meer dan drie maanden.",
            "fr": f"Pour ces motifs, je vous prie, au nom de {v}, de déclarer la présente demande recevable et fondée "
                  f"et d'autoriser {v} au séjour de plus de trois mois sur la base de l'article 9ter de la loi du "
                  f"15 décembre 1980.",
            "en": f"For these reasons I ask you, on behalf of {v}, to declare this application admissible and well "
                  f"founded and to authorise {v} to stay for more than three months under Article 9ter of the Law of "
                  f"15 December 1980."}[lang]


def _sections(c: Case, lang: str) -> list[tuple[str, list[str], str]]:
    H = {"nl": ("Verblijfplaats en woonplaatskeuze", "Gezinsleden", "Identiteit", "Medische situatie",
                "Beschikbaarheid en toegankelijkheid van de zorg", "Andere procedures"),
         "fr": ("Résidence et élection de domicile", "Membres de la famille", "Identité", "Situation médicale",
                "Disponibilité et accessibilité des soins", "Autres procédures"),
         "en": ("Residence and domicile", "Family members", "Identity", "Medical situation",
                "Availability and accessibility of care", "Other procedures")}[lang]
    out = [(H[0], [x for x in (s17_home(c, lang), s17_domicile(c, lang)) if x], "residence")]
    fam = s17_family(c, lang)
    if fam:
        out.append((H[1], [fam], "family"))
    out.append((H[2], [s17_identity(c, lang)], "identity"))
    out.append((H[3], [s17_medical(c, lang)], "medical"))
    coi = s17_coi(c, lang)
    if coi:
        out.append((H[4], [coi], "coi"))
    oth = s17_other_proc(c, lang)
    if oth:
        out.append((H[5], [oth], "parallel"))
    return out


# --------------------------------------------------------------------------- applications

_PL = {"nl": dict(title="Aanvraag tot machtiging tot verblijf – artikel 9ter van de wet van 15.12.1980",
                  to=["Aan de Dienst Vreemdelingenzaken", "Bureau 9ter", "Pachecolaan 44", "1000 BRUSSEL"],
                  by="AANGETEKEND", refs=("Uw kenmerk", "Ons kenmerk", "Datum", "Bijlagen"), yours="—",
                  open="Mevrouw, Mijnheer,", close="Met de meeste hoogachting,", sig="Mr.",
                  pieces="Inventaris", lawyer="advocaat", facts="Personalia"),
       "fr": dict(title="Demande d'autorisation de séjour – article 9ter de la loi du 15.12.1980",
                  to=["À l'Office des Étrangers", "Bureau 9ter", "Boulevard Pachéco 44", "1000 BRUXELLES"],
                  by="RECOMMANDÉ", refs=("Votre réf.", "Notre réf.", "Date", "Annexes"), yours="—",
                  open="Mesdames, Messieurs,", close="Veuillez agréer, Mesdames, Messieurs, l'expression de ma "
                  "considération distinguée.", sig="Maître", pieces="Inventaire des pièces", lawyer="avocat",
                  facts="Identification"),
       "en": dict(title="Application for leave to remain – Article 9ter of the Law of 15.12.1980",
                  to=["To the Immigration Office", "9ter Desk", "Pachecolaan 44", "1000 BRUSSELS"],
                  by="REGISTERED", refs=("Your ref.", "Our ref.", "Date", "Annexes"), yours="—",
                  open="Dear Sir or Madam,", close="Yours sincerely,", sig="",
                  pieces="Enclosures", lawyer="lawyer", facts="Particulars")}


def app_pleading(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter whose section headings stand in the LEFT MARGIN beside their text (a 40 mm column of
    small bold headings, the text in the right-hand column): the firm's name and address left-aligned at the top with
    a thin vertical rule at its left; 'AANGETEKEND / RECOMMANDÉ' and the addressee at the right; the place and date,
    then a 'Betreft / Concerne' line naming the client; the applicant called 'mijn cliënt(e) / mon client / ma
    cliente / my client' throughout; every page's foot carries the firm's bank details (office account and client
    account), its VAT number and the page number."""
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
    TX, TW, MX = 64.0, 126.0, 22.0

    def new_page():
        sh = Sheet()
        if not sheets:
            sh.rule(20, 10, 20, 30, width_mm=0.8, color=col)
            sh.text(24, 10, L["firm"], font=f, size_pt=12, bold=True, color=col)
            sh.text(24, 16, f"{L['first']} {L['last']}, {W_['lawyer']}", font=f, size_pt=9, color=GREY)
            sh.text(24, 20.5, f"{L['street']}", font=f, size_pt=9, color=GREY)
            sh.text(24, 25, f"{L['pc']} {L['city']}", font=f, size_pt=9, color=GREY)
            st["y"] = 30.0
        else:
            st["y"] = 20.0
        foot = {"nl": f"Kantoorrekening {iban} · Derdenrekening {iban3} · BTW {vat}",
                "fr": f"Compte bureau {iban} · Compte de tiers {iban3} · TVA {vat}",
                "en": f"Office account {iban} · Client account {iban3} · VAT {vat}"}[lang]
        sh.rule(22, 281, 188, 281, width_mm=0.2, color=GREY)
        sh.text(22, 283, foot, font=f, size_pt=6.8, color=GREY)
        sheets.append(sh)
        return sh

    sh = new_page()
    sh.text(112, 38, W_["by"], font=f, size_pt=9, bold=True)
    for k, ln in enumerate(W_["to"]):
        sh.text(112, 44 + k * 5, ln, font=f, size_pt=10.5)
    place = {"nl": f"{L['city']}, {c.d(c.app_date, lang, 'long')}", "fr": f"{L['city']}, le {c.d(c.app_date, lang, 'long')}",
             "en": f"{L['city']}, {c.d(c.app_date, lang, 'long')}"}[lang]
    sh.text(112, 72, place, font=f, size_pt=10)
    ours = f"{c.app_date.year % 100:02d}.{rng.randint(1000, 9999)}"
    rows = s17_person(c, lang)
    subj = {"nl": "Betreft", "fr": "Concerne", "en": "Re"}[lang]
    sh.text(MX, 84, f"{subj}:", font=f, size_pt=10, bold=True)
    sh.text(TX, 84, W_["title"], font=f, size_pt=10, bold=True)
    sh.text(TX, 89, f"{rows[0][1]} – {ours}", font=f, size_pt=10)
    tags["personal"] = 1
    y = 98
    sh.text(MX, y, W_["facts"], font=f, size_pt=8.5, bold=True, color=col)
    for a_, b_ in rows:
        sh.text(TX, y, f"{a_}:", font=f, size_pt=9, color=GREY)
        sh.text(TX + 50, y, b_, font=f, size_pt=9.5)
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
                for k, mw in enumerate(sh.wrap(margin, TX - MX - 4, font=f, size_pt=8.5, bold=True)):
                    sh.text(MX, st["y"] + 0.5 + k * 3.8, mw, font=f, size_pt=8.5, bold=True, color=col)
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
    para(s17_ask(c, lang))
    para(W_["close"])
    if st["y"] + 34 > 274:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 2
    if "unsigned" not in c.flags:
        sh.signature(TX + 4, y, 50, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(TX, y + 19, f"{W_['sig']} {L['first']} {L['last']}".strip(), font=f, size_pt=10.5)
    sh.text(TX, y + 24, W_["lawyer"], font=f, size_pt=9, italic=True)
    st["y"] = y + 33
    if c.annexes:
        if st["y"] + 16 > 274:
            new_page()
        tags.setdefault("inventory", len(sheets))
        for i, (_, d) in enumerate(c.annexes, 1):
            para(f"{i}. {d}", size=10, margin=W_["pieces"] if i == 1 else None)
    n = len(sheets)
    for i, p in enumerate(sheets, 1):
        p.text(188, 287, f"{i}/{n}", font=f, size_pt=8, anchor="right", color=GREY)
    return sheets, tags


_LS = {"nl": dict(org="OCMW Sint-Niklaas – Dienst Maatschappelijk Werk", title="Vragenlijst medische regularisatie (9ter)",
                  cols=("Vraag", "Antwoord"), none="geen",
                  q=["Naam en voornamen", "Geboortedatum en -plaats", "Nationaliteit", "Rijksregister- of OV-nummer",
                     "Huidig adres", "Gekozen woonplaats", "Gezinsleden", "Identiteitsbewijs", "Ziekte en behandeling",
                     "Zorg in het land van herkomst", "Andere procedures", "Bijgevoegde stukken"],
                  sa="Handtekening van de aanvrager", sw="De maatschappelijk werker (naam, handtekening)", date="Datum"),
       "fr": dict(org="CPAS de Charleroi – Service social général", title="Questionnaire régularisation médicale (9ter)",
                  cols=("Question", "Réponse"), none="néant",
                  q=["Nom et prénoms", "Date et lieu de naissance", "Nationalité", "N° national ou n° SP",
                     "Adresse actuelle", "Domicile élu", "Membres de la famille", "Preuve d'identité",
                     "Maladie et traitement", "Soins au pays d'origine", "Autres procédures", "Pièces jointes"],
                  sa="Signature du demandeur", sw="L'assistant(e) social(e) (nom, signature)", date="Date")}


def _digits6(c: Case) -> str:
    return f"{(c.seed * 7919) % 900000 + 100000}"


def app_landscape_sheet(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A public social welfare centre's (OCMW / CPAS) questionnaire for a 9ter application, typed by the social
    worker: the centre's name and the title at the top, the client number framed at the right, each question's
    number in a circle with the question in bold and the answer on dotted lines under it; the applicant and the
    social worker sign in two boxes at the end; 'blad n/N' at the bottom right."""
    F = _LS[lang]
    f = "sans2"
    W, H = 210.0, 297.0
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new_page():
        sh = Sheet(W, H)
        sh.text(15, 10, F["org"], font=f, size_pt=9, color=GREY)
        sh.text(15, 15, F["title"], font=f, size_pt=13, bold=True)
        sh.rule(15, 20.5, 195, 20.5, width_mm=0.6, color=(0, 90, 120))
        sh.rect(140, 24, 55, 14, width_mm=0.2, color=(150, 150, 150))
        sh.text(142, 25, "Cliëntnr. / N° dossier", font=f, size_pt=6.5, color=GREY)
        sh.text(142, 29.5, _digits6(c), font="mono", size_pt=10)
        sheets.append(sh)
        st["y"] = 42.0
        return sh

    new_page()
    pr = dict(s17_person(c, lang))
    keys = list(pr)
    ans = [pr[keys[0]], pr.get(keys[1], ""), "" if "no_nationality" in c.flags else
           COUNTRIES[c.p.nationality]["adj_" + lang], c.nrn or c.ov or "",
           "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), s17_domicile(c, lang) or "",
           s17_family(c, lang) or F["none"], s17_identity(c, lang), s17_medical(c, lang), s17_coi(c, lang) or "",
           s17_other_proc(c, lang) or F["none"], "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1))
           or F["none"]]
    if "no_birthplace" not in c.flags:
        pass
    tagmap = {0: "personal", 4: "residence", 6: "family" if c.family else None, 7: "identity", 8: "medical",
              9: "coi" if s17_coi(c, lang) else None, 10: "parallel" if s17_other_proc(c, lang) else None,
              11: "inventory"}
    for i, (q, a) in enumerate(zip(F["q"], ans)):
        # the welfare centre's questionnaire: each question's number in a circle at the left, the question in bold
        # beside it, the answer typed on dotted lines under it (indented), no boxes
        sh = sheets[-1]
        rows = sh.wrap(a, 160, font=f, size_pt=9.5) if a else [""]
        h = 5.6 * len(rows) + 2
        if st["y"] + h + 8 > H - 40:
            sh = new_page()
        if tagmap.get(i):
            tags.setdefault(tagmap[i], len(sheets))
        y = st["y"]
        sh.text(20, y - 0.3, "◯", font="sans3", size_pt=13, anchor="center", color=(0, 90, 120))
        sh.text(20, y + 0.9, str(i + 1), font=f, size_pt=7.5, bold=True, anchor="center", color=(0, 90, 120))
        sh.text(27, y + 0.6, q, font=f, size_pt=9.5, bold=True)
        for k, r in enumerate(rows):
            yy = y + 6 + k * 5.6
            sh.rule(30, yy + 4.2, 195, yy + 4.2, width_mm=0.12, color=(140, 140, 140), dash=0.5)
            sh.text(31, yy, r, font=f, size_pt=9.5)
        st["y"] = y + 6 + h + 1.5
    if st["y"] + 50 > H - 8:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 6
    sh.text(15, y, f"{F['date']}: {c.d(c.app_date, lang, 'dots')}", font=f, size_pt=10)
    for k, lab in enumerate((F["sa"], F["sw"])):
        x = 15 + k * 92
        y = st["y"] + 14
        sh.rect(x, y - 2, 88, 28, width_mm=0.3)
        sh.text(x + 2, y - 1, lab, font=f, size_pt=8, color=GREY)
    if "unsigned" not in c.flags:
        sh.signature(25, y + 6, 48, 15, rng, color=INK_BLUE)
        sh.signature(117, y + 6, 44, 14, rng, color=INK_BLACK)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(W - 15, H - 8, f"{'blad' if lang == 'nl' else 'feuille'} {i}/{n}", font=f, size_pt=8, anchor="right",
               color=GREY)
    return sheets, tags


_reg("be9ter-app-nl-lawyer-prose-kantlijnkoppen-voetregel-iban", "application", PART, "nl",
     lambda c, r: app_pleading(c, r, lang="nl"),
     "lawyer's letter with the headings in the left margin, 'mijn cliënt(e)', 'Betreft' line, bank details in the footer")
_reg("be9ter-app-fr-lawyer-prose-titres-en-marge-pied-iban", "application", PART, "fr",
     lambda c, r: app_pleading(c, r, lang="fr"),
     "lettre d'avocat, titres dans la marge gauche, 'mon client / ma cliente', ligne 'Concerne', comptes en pied de page")
_reg("be9ter-app-nl-form-ocmw-maatschappelijk-werk-cirkelnummers", "application", PART, "nl",
     lambda c, r: app_landscape_sheet(c, r, lang="nl"),
     "OCMW questionnaire, circled question numbers, answers on dotted lines, two signatures")
_reg("be9ter-app-fr-form-cpas-service-social-numeros-cercles", "application", PART, "fr",
     lambda c, r: app_landscape_sheet(c, r, lang="fr"),
     "questionnaire du CPAS, numéros cerclés, réponses sur pointillés, deux signatures")
_reg("be9ter-app-en-lawyer-prose-margin-headings-iban-footer", "application", PART, "en",
     lambda c, r: app_pleading(c, r, lang="en"),
     "the margin-heading letter written in English (not an accepted language)")


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
    soft = {"nl": "KWS", "fr": "DPI"}[lang] + " – " + rng.choice(["Epic", "Primuz", "Xperthis", "Nexuz"])
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
            lx, ly = rng.uniform(132, 136), rng.uniform(4, 7)
            sh.rect(lx, ly, 62, 24, width_mm=0.2, color=(170, 170, 170), fill=(255, 255, 255))
            sh.text(lx + 2, ly + 1.5, f"{c.p.surname.upper()} {c.p.given_names}"[:30], font="mono", size_pt=7.5,
                    bold=True)
            sh.text(lx + 2, ly + 5.5, f"{fdate(c.p.birth_date, 'dots')}  {c.p.sex}", font="mono", size_pt=7.5)
            barcode(sh, lx + 2, ly + 10, 40, 7, f"{(c.seed * 7919) % 90000000 + 10000000}")
            sh.text(lx + 2, ly + 18.5, (f"Opn./Adm. {(c.seed * 31) % 900000 + 100000}" if d.dept else
                                        f"Vignette / klever {(c.seed * 31) % 900000 + 100000}"), font="mono",
                    size_pt=6.5)
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
        mark = "[X] " if k == k_sel else "[ ] "
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
    """The previous model printed blank with ruled answer lines and filled in on a typewriter (the letters a little
    uneven along the line, the ribbon dark grey); a typing slip overstruck with x's and the right word written above
    it in pen; the answer to F/ continues on an annex sheet typed on the same machine, initialled by hand; the
    signature in pen and the stamp on the form's last page."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    tf = rng.choice(["typewriter", "typewriter2", "typewriter3"])
    ink = rng.choice([(35, 35, 40), (50, 45, 45)])
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
            # a typing slip overstruck with x's on the machine, the doctor's correction written above it in pen
            wx = 21 + min(150, text_width_mm(arows[-1], tf, 10)) + 2
            yy = y + 1.6 + (len(arows) - 1) * 6.5
            sh.text(wx, yy, "mgg", font=tf, size_pt=10, color=ink)
            sh.text(wx, yy, "xxx", font=tf, size_pt=10, color=ink)
            sh.handwriting(wx, yy - 4.2, "mg", rng, size_pt=9, color=pen, font="hand1")
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
    return pages, tags


_reg("be9ter-medcert-2024-nl-epd-ziekenhuis-patientklever-kruisje", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_webapp(c, r, lang="nl"),
     "2024 model printed from a hospital's patient record, admission label stuck at the top right, severity as [X], user login in the footer")
_reg("be9ter-medcert-2024-fr-dpi-hopital-etiquette-patient-croix", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_webapp(c, r, lang="fr"),
     "modèle 2024 imprimé du dossier patient informatisé d'un hôpital, étiquette patient collée, gravité en [X]")
_reg("be9ter-medcert-old-fr-machine-ecrire-corrections-main", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_lines_annex(c, r, lang="fr"),
     "modèle précédent rempli à la machine à écrire, une faute biffée de x corrigée au stylo, réponse F en annexe")
_reg("be9ter-medcert-old-en-typewriter-hand-corrections", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_lines_annex(c, r, lang="en"),
     "previous model filled in on a typewriter with a hand correction, in English (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_moc_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An emergency department's report (verslag spoedgevallen / rapport des urgences) sent to the GP: the hospital's
    name at the top, a vertical strip in the triage colour down the left edge with the triage level written in it,
    the arrival date and hour, the sections (reason for attending, findings, diagnosis, treatment given, advice) as
    headings in small capitals; the emergency physician's validation line and signature."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = rng.choice(["sans2", "sans6"])
    tri = rng.choice([("ORANJE", "ORANGE", (235, 140, 30), 2), ("GEEL", "JAUNE", (230, 200, 40), 3),
                      ("ROOD", "ROUGE", (200, 40, 40), 1)])
    band = (60, 60, 70)
    sh = Sheet()
    sh.rect(0, 0, 9, 297, width_mm=0, fill=tri[2])
    for k, ch in enumerate(f"TRIAGE {tri[3]}"):
        sh.text(4.5, 60 + k * 5, ch, font=f, size_pt=9, bold=True, anchor="center", color=(255, 255, 255))
    sh.text(16, 6, d.inst, font=f, size_pt=12.5, bold=True, color=band)
    sh.text(16, 13, ("Service des urgences" if fr else "Dienst spoedgevallen") + f" – {d.pc} {d.city}", font=f,
            size_pt=9.5, color=GREY)
    sh.rule(16, 20, 194, 20, width_mm=0.3, color=band)
    adm = c.medstat_date - timedelta(days=rng.randint(0, 1))
    sh.text(16, 32, f"{'Dr' if fr else 'Dr.'} {c.doctor.last}", font=f, size_pt=10)
    sh.text(16, 37, f"{c.doctor.pc} {c.doctor.city}", font=f, size_pt=10)
    sh.text(120, 32, ("RAPPORT DES URGENCES" if fr else "VERSLAG SPOEDGEVALLEN"), font=f, size_pt=12, bold=True,
            color=band)
    sh.text(120, 38, fdate(c.medstat_date, "dots"), font=f, size_pt=9.5, color=GREY)
    sh.rect(16, 46, 178, 14, width_mm=0.3, color=band)
    sh.text(19, 48, (f"Patient(e) : {c.p.surname.upper()}, {c.p.given_names} – né(e) le {fdate(c.p.birth_date, 'dots')}"
                     if fr else f"Patiënt(e): {c.p.surname.upper()}, {c.p.given_names} – geb. {fdate(c.p.birth_date, 'dots')}"),
            font=f, size_pt=9.5, bold=True)
    sh.text(19, 53.5, (f"Arrivée le {fdate(adm, 'dots')} à {rng.randint(0, 23):02d}h{rng.randint(0, 59):02d} – "
                       f"triage {tri[1].lower()} ({tri[3]})" if fr else
                       f"Aanmelding {fdate(adm, 'dots')} om {rng.randint(0, 23):02d}u{rng.randint(0, 59):02d} – "
                       f"triage {tri[0].lower()} ({tri[3]})"), font=f, size_pt=9.5)
    secs = ([("MOTIF DE CONSULTATION", f"Patient(e) connu(e) pour {T['name']}, se présente pour aggravation."),
             ("EXAMEN", T["severity"]), ("DIAGNOSTIC", T["name"]),
             ("TRAITEMENT", "; ".join(T["meds"])),
             ("CONSEILS ET SUIVI", f"{T['intervention']} {T['needs']} {T['prognosis']}")] if fr else
            [("REDEN VAN AANMELDING", f"Patiënt(e) gekend met {T['name']}, meldt zich aan met verergering."),
             ("ONDERZOEK", T["severity"]), ("DIAGNOSE", T["name"]),
             ("BEHANDELING", "; ".join(T["meds"])),
             ("ADVIES EN OPVOLGING", f"{T['intervention']} {T['needs']} {T['prognosis']}")])
    y = 68
    for h, t in secs:
        sh.text(16, y, h, font=f, size_pt=9, bold=True, color=band)
        y = sh.paragraph(16, y + 5, 178, t, font=f, size_pt=10, leading=1.45) + 4
    sh.text(16, y + 4, ("Validé par le médecin urgentiste." if fr else "Gevalideerd door de urgentiearts."), font=f,
            size_pt=8, italic=True, color=GREY)
    sh.signature(18, y + 9, 44, 14, rng, color=INK_BLUE)
    sh.text(16, y + 25, d.name(), font=f, size_pt=10)
    sh.text(16, y + 30, f"{'INAMI' if fr else 'RIZIV'} {d.riziv}", font=f, size_pt=9, color=GREY)
    sh.text(105, 289, (f"Copie : patient(e) – dossier {rng.randint(100000, 999999)}" if fr else
                       f"Kopie: patiënt(e) – dossier {rng.randint(100000, 999999)}"), font=f, size_pt=7, anchor="center",
            color=GREY)
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
    return [sh], {}


_reg("be9ter-medstat-spoedgevallen-verslag-triagekleur", "medical-statement", PART, "fr/nl", medstat_moc_report,
     "emergency department's report, triage colour strip down the left edge, sections in small capitals")
_reg("be9ter-medstat-psychiatre-rapport-conclusion-encadree", "medical-statement", PART, "fr/nl",
     medstat_dayhospital_schedule, "specialist's confidential report to the lawyer with a framed conclusion box")


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
    d.text(105, 12, ("MINISTRY OF HEALTH" if en else "MINISTÈRE DE LA SANTÉ PUBLIQUE"), font=f, size_pt=9,
           anchor="center")
    d.text(105, 18, hosp[:70], font=f, size_pt=12, bold=True, anchor="center")
    d.text(105, 24, ("Finance and billing office" if en else "Service de la facturation"), font=f, size_pt=9,
           anchor="center", color=GREY)
    d.text(105, 38, ("SCHEDULE OF FEES – PATIENTS NOT COVERED" if en else
                     "GRILLE TARIFAIRE DES PRESTATIONS – PATIENTS NON ASSURÉS"), font=f, size_pt=12, bold=True,
           anchor="center")
    when = c.app_date - timedelta(days=rng.randint(30, 200))
    d.text(105, 44, (f"Valid from {fdate(when, 'dots')}" if en else f"Applicable à partir du {fdate(when, 'dots')}"),
           font=f, size_pt=9, anchor="center")
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
    d.text(120, yy + 8, ("The chief accountant" if en else "Le chef comptable"), font=f, size_pt=10)
    d.stamp(112, yy + 12, [hosp.upper()[:24], city.upper()[:18]], rng, size_mm=30, color=(40, 60, 150))
    d.signature(124, yy + 16, 40, 13, rng, color=INK_BLUE)
    return [d], {}


def coi_fund_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A newspaper article from the country of origin about the shortage of the medicine, printed from the
    newspaper's website: the browser's print header (the page title and date) and footer (the address and '1/2'),
    the paper's masthead, the headline, the date and author, the article in two narrow columns, a grey box where the
    photo did not print, and the lawyer's pen bracket in the margin beside the passage that matters."""
    code = c.origin()
    il = ILLNESSES[c.illness]
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR")
    cn = cname(code, "en" if en else "fr")
    o = COUNTRIES[code]
    dr = drug(c.illness, "en" if en and "en" in il else "fr") if ("fr" in il or "en" in il) else drug(c.illness, "nl")
    paper = rng.choice(["The Daily Courier", "National Herald", "The Observer Today"] if en else
                       ["Le Quotidien", "L'Observateur", "La Nouvelle Tribune"])
    sh = Sheet()
    f = "serif"
    when = c.app_date - timedelta(days=rng.randint(20, 200))
    head = (f"Shortage of {dr} in {cn}" if en else f"{dr[0].upper() + dr[1:]} : rupture de stock au pays ({cn})")
    sh.text(10, 6, f"{fdate(c.app_date - timedelta(days=rng.randint(3, 30)), 'slashes')} {rng.randint(8, 20):02d}:"
            f"{rng.randint(0, 59):02d}", font="sans", size_pt=7)
    sh.text(105, 6, head[:70] + f" – {paper}", font="sans", size_pt=7, anchor="center")
    slug = paper.lower().replace(" ", "").replace("'", "")
    sh.text(10, 290, f"https://www.{slug}.com/{when.year}/{when.month:02d}/sante/{rng.randint(10000, 99999)}",
            font="sans", size_pt=7)
    sh.text(200, 290, "1/2", font="sans", size_pt=7, anchor="right")
    sh.text(105, 18, paper.upper(), font="serif5", size_pt=22, bold=True, anchor="center")
    sh.rule(15, 27, 195, 27, width_mm=0.8)
    sh.text(15, 30, ("HEALTH" if en else "SANTÉ"), font="sans", size_pt=8, bold=True, color=(160, 30, 30))
    y = sh.paragraph(15, 36, 180, head, font=f, size_pt=17, bold=True, leading=1.2)
    sh.text(15, y + 2, (f"Published {fdate(when, 'long', 'en')}" if en else f"Publié le {fdate(when, 'long', 'fr')}"),
            font="sans", size_pt=8, color=GREY)
    sh.rect(15, y + 9, 180, 40, width_mm=0, fill=(225, 225, 225))
    txt = (f"For months patients have been unable to find {dr} in the public pharmacies of {cn}. The only supplies "
           f"are in {o['hospital']}, where a month's treatment costs about {il['cost']}, while the average wage is "
           f"{o['wage']}. Several patients told our reporter that they had stopped their treatment. The ministry "
           f"says that new orders are expected but gives no date." if en else
           f"Depuis des mois, les patients ne trouvent plus de {dr} dans les pharmacies publiques du pays. Les seuls "
           f"stocks se trouvent à {o['hospital']}, où un mois de traitement coûte environ {il['cost']}, alors que le "
           f"salaire moyen est de {o['wage']}. Plusieurs patients ont confié à notre rédaction avoir interrompu "
           f"leur traitement. Le ministère annonce de nouvelles commandes, sans donner de date.")
    words = sh.wrap(txt, 86, font=f, size_pt=10)
    half = (len(words) + 1) // 2
    yc = y + 54
    for k, r in enumerate(words[:half]):
        sh.text(15, yc + k * 5, r, font=f, size_pt=10)
    for k, r in enumerate(words[half:]):
        sh.text(109, yc + k * 5, r, font=f, size_pt=10)
    sh.rule(11, yc, 11, yc + 5 * half, width_mm=0.5, color=INK_BLUE)
    sh.rule(11, yc, 13, yc, width_mm=0.5, color=INK_BLUE)
    sh.rule(11, yc + 5 * half, 13, yc + 5 * half, width_mm=0.5, color=INK_BLUE)
    return [sh], {}


_reg("be9ter-coi-fr-grille-tarifaire-hopital-pays-origine", "country-of-origin-info", PART, "fr/en",
     coi_health_profile_chart, "a hospital's schedule of fees in the country of origin, the line underlined in pen, accountant's stamp")
_reg("be9ter-coi-fr-article-presse-rupture-stock-imprime", "country-of-origin-info", PART, "fr/en",
     coi_fund_letter, "newspaper article on the medicine's shortage printed from the website, browser header and footer, pen bracket")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def asylum_annex26_folded_phone(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The annex 26 (the certificate of the application for international protection) copied upright on its own, the
    date the application was lodged highlighted in yellow by the lawyer and the office's red numbering stamp in the
    top margin."""
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
    from .seventeenth_identity import highlight, index_flag
    highlight(d, 110, 44 + 5 * 7, 24, 4.2, rng)
    index_flag(d, rng, None, "fr" if fr else "nl")
    return [d], {}


def asylum_samusocial_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Fedasil reception centre's attestation of residence: the centre's name and address, the title with the
    resident's badge number, the data in a two-row table, the sentence that the person lives in the centre as an
    applicant whose application is being examined, signed for the management with the centre's stamp."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    centre = (rng.choice([("Fedasil – Centre d'accueil de Florennes", "Base aérienne, Rue de Mettet, 5620 Florennes"),
                          ("Fedasil – Centre d'accueil de Jodoigne", "Chaussée de Tirlemont 223, 1370 Jodoigne")])
              if fr else
              rng.choice([("Fedasil – Opvangcentrum Sint-Truiden", "Tiensesteenweg, 3800 Sint-Truiden"),
                          ("Fedasil – Opvangcentrum Poelkapelle", "Brugseweg 8, 8920 Poelkapelle")]))
    sh = Sheet()
    f = "sans6"
    sh.rect(20, 12, 10, 10, width_mm=0, fill=(0, 120, 130))
    sh.text(34, 12.5, centre[0], font=f, size_pt=12, bold=True)
    sh.text(34, 18.5, centre[1], font=f, size_pt=8.5, color=GREY)
    sh.text(20, 40, "ATTESTATION DE RÉSIDENCE – RÉSIDENT" if fr else "VERBLIJFSATTEST – BEWONER", font=f, size_pt=14,
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
    txt = (f"La direction du centre atteste que la personne susmentionnée réside au centre en qualité de demandeur "
           f"de protection internationale. Selon les données dont dispose le centre, sa demande, introduite le "
           f"{fdate(lodged, 'dots')}, est en cours d'examen." if fr else
           f"De directie van het centrum verklaart dat bovenvermelde persoon in het centrum verblijft als verzoeker om "
           f"internationale bescherming. Volgens de gegevens van het centrum is het verzoek, ingediend op "
           f"{fdate(lodged, 'dots')}, nog in behandeling.")
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
    """The CGRA/CGVS's acknowledgement of receipt of documents ('Accusé de réception de documents' / 'Ontvangstbewijs
    van documenten') handed over during the examination: the Commissioner General's letterhead, the CG and SP/OV
    numbers framed at the right, the date of receipt, the numbered list of the documents, and the sentence that they
    join the file of the pending application."""
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
    sh.text(20, 62, ("ACCUSÉ DE RÉCEPTION DE DOCUMENTS" if fr else "ONTVANGSTBEWIJS VAN DOCUMENTEN"),
            font=f, size_pt=12.5, bold=True)
    got = c.app_date - timedelta(days=rng.randint(5, 60))
    docs = (["copie de l'acte de naissance", "rapport médical", "attestation de l'employeur au pays"] if fr else
            ["kopie geboorteakte", "medisch verslag", "attest werkgever in het land van herkomst"])
    rows = ([("Reçu le", fdate(got, "long", "fr")), ("Nombre de pièces", str(len(docs)))] if fr else
            [("Ontvangen op", fdate(got, "long", "nl")), ("Aantal stukken", str(len(docs)))])
    y = 72
    for k_, v_ in rows:
        sh.text(24, y, k_, font=f, size_pt=10, color=GREY)
        sh.text(70, y, v_, font=f, size_pt=10.5, bold=True)
        y += 7
    for i_, d_ in enumerate(docs, 1):
        sh.text(28, y, f"{i_}. {d_}", font=f, size_pt=10)
        y += 6
    body = (f"Le Commissariat général accuse réception des documents énumérés ci-dessus, déposés dans le cadre de "
            f"l'examen de votre demande de protection internationale introduite le {fdate(lodged, 'dots')}. Ils seront "
            f"joints à votre dossier. Cet accusé de réception ne préjuge pas de la décision." if fr else
            f"Het Commissariaat-generaal bevestigt de ontvangst van de hierboven vermelde documenten, neergelegd in het "
            f"kader van de behandeling van uw verzoek om internationale bescherming, ingediend op "
            f"{fdate(lodged, 'dots')}. Ze worden bij uw dossier gevoegd. Dit ontvangstbewijs loopt niet vooruit op de "
            f"beslissing.")
    y = sh.paragraph(20, y + 6, 170, body, font=f, size_pt=10.5, leading=1.55) + 10
    sh.text(20, y, ("Pour le Commissaire général," if fr else "Voor de Commissaris-generaal,"), font=f, size_pt=10)
    sh.text(20, y + 5, ("l'officier de protection" if fr else "de protection officer"), font=f, size_pt=9.5, color=GREY)
    sh.signature(22, y + 9, 40, 13, rng, color=INK_BLACK)
    return [sh], {}


_reg("be9ter-asylum-cgvs-ontvangstbewijs-documenten", "asylum-proof", PART, "fr/nl",
     asylum_cgra_subsequent_admissible,
     "CGRA/CGVS acknowledgement of receipt of documents, references framed at the right, numbered list")
_reg("be9ter-asylum-bijlage26-gemarkeerd-stuknummer", "asylum-proof", PART, "fr/nl", asylum_annex26_folded_phone,
     "annex 26 copied upright, the date of the application highlighted, office's numbering stamp")
_reg("be9ter-asylum-fedasil-opvangcentrum-verblijfsattest-badge", "asylum-proof", PART, "fr/nl", asylum_samusocial_attest,
     "Fedasil reception centre's attestation of residence with the badge number, data in a table")


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
    Preuve de dépôt'), filled in by hand by the office's clerk: the addressee's and the sender's lines written in
    ballpoint in the pre-printed boxes, the barcode label of the item stuck in its box, and the counter's round date
    stamp struck over the corner; copied on A4 at actual size."""
    W, H = 148.0, 105.0
    r = Sheet(W, H)
    r.rect(0, 0, W, H, width_mm=0, fill=(252, 246, 232))
    red = (200, 40, 40)
    r.text(5, 4, "bpost", font="sans4", size_pt=13, bold=True, color=red)
    r.text(34, 4.5, "Aangetekende zending – Bewijs van afgifte", font="sans4", size_pt=8, bold=True)
    r.text(34, 8.5, "Envoi recommandé – Preuve de dépôt", font="sans4", size_pt=8)
    r.rect(5, 15, 90, 38, width_mm=0.3, color=red)
    r.text(7, 16, "Bestemmeling / Destinataire", font="sans4", size_pt=6.5, color=red)
    hand = rng.choice(["hand1", "hand2", "hand4"])
    for k, ln in enumerate(c.rm_to[:4]):
        r.handwriting(8, 21 + k * 7.5, hand_safe(ln[:34]), rng, size_pt=11, color=INK_BLUE, font=hand)
    r.rect(5, 56, 90, 28, width_mm=0.3, color=red)
    r.text(7, 57, "Afzender / Expéditeur", font="sans4", size_pt=6.5, color=red)
    for k, ln in enumerate(_sender_lines(c)[:3]):
        r.handwriting(8, 62 + k * 7, hand_safe(ln[:34]), rng, size_pt=10, color=INK_BLUE, font=hand)
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
    """Two thermal counter receipts posted the same day, copied together on one A4 sheet; the other client's
    receipt is covered with a blank sheet of paper (its edge and slight shadow visible), ours stays readable beside
    it."""
    rc = _receipt14(c, rng).render(250)
    sh = Sheet()
    sh.image(18, 20, 72 * 1.05, 120 * 1.05, rc)
    sh.rect(112, 18, 80, 130, width_mm=0, fill=(190, 190, 190))
    sh.rect(110, 16, 80, 130, width_mm=0.1, color=(210, 210, 210), fill=(253, 253, 253))
    return [sh], {"addressee": 1}


def rm_routing_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt copied alone at actual size near the top of the sheet, the item number highlighted in yellow
    by the lawyer (to match it with the track-and-trace print-out) and the office's red numbering stamp in the
    margin."""
    from .seventeenth_identity import highlight, index_flag
    sh = Sheet()
    img = _receipt14(c, rng).render(250)
    x0, y0 = 24, 26
    sh.image(x0, y0, 72, 120, img)
    highlight(sh, x0 + 8, y0 + 37.3, 56, 3.4, rng)
    index_flag(sh, rng, None, "nl")
    return [sh], {"addressee": 1}


_reg("be9ter-rm-afgiftebewijs-handgeschreven-datumstempel-loket", "registered-mail-receipt", PART, "nl/fr", rm_phone_envelope,
     "bpost's paper registered-mail slip filled in by hand, barcode label stuck on, counter's date stamp")
_reg("be9ter-rm-twee-bonnen-een-afgedekt-kopie", "registered-mail-receipt", PART, "nl/fr", rm_sleeve,
     "two receipts copied together, the other client's covered with a blank sheet")
_reg("be9ter-rm-bon-fluo-zendingsnummer-stuknummer", "registered-mail-receipt", PART, "nl/fr", rm_routing_slip,
     "receipt at actual size, item number highlighted, office's numbering stamp")


# --------------------------------------------------------------------------- other

def other_declaration_thumbprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour typed by the lawyer's office for the applicant and signed by him or her at the commune,
    where the clerk legalised the signature: the commune's rectangular stamp 'Gezien voor wettiging van de handtekening
    van ... / Vu pour légalisation de la signature de ...' with the date and the clerk's signature, and the fiscal
    receipt's number."""
    fr = c.lang == "fr"
    sh = Sheet()
    f = "serif"
    sh.text(105, 30, "DÉCLARATION SUR L'HONNEUR" if fr else "VERKLARING OP EER", font=f, size_pt=14, bold=True,
            anchor="center")
    txt = (f"Je soussigné(e), {c.p.surname.upper()} {c.p.given_names}, né(e) le {fdate(c.p.birth_date, 'long', 'fr')} "
           f"à {c.p.birth_place}, déclare sur l'honneur ne posséder ni passeport ni carte d'identité en cours de "
           f"validité. Mes documents sont restés dans mon pays d'origine et je suis dans l'impossibilité de les "
           f"obtenir. Je déclare que les données ci-dessus sont exactes." if fr else
           f"Ondergetekende, {c.p.surname.upper()} {c.p.given_names}, geboren op {fdate(c.p.birth_date, 'long', 'nl')} "
           f"te {c.p.birth_place}, verklaart op eer geen geldig paspoort of geldige identiteitskaart te bezitten. Mijn "
           f"documenten zijn in mijn land van herkomst achtergebleven en ik kan ze onmogelijk bekomen. Ik verklaar dat "
           f"bovenstaande gegevens juist zijn.")
    y = sh.paragraph(25, 46, 160, txt, font=f, size_pt=11.5, leading=1.7)
    when = c.app_date - timedelta(days=rng.randint(3, 20))
    sh.text(25, y + 12, f"{c.addr.city}, {fdate(when, 'dots')}", font=f, size_pt=11)
    sh.text(130, y + 12, "Handtekening" if not fr else "Signature", font=f, size_pt=10, color=GREY)
    sh.signature(128, y + 17, 44, 14, rng, color=INK_BLUE)
    col = STAMP_BLUE
    yy = y + 44
    sh.rect(25, yy, 110, 34, width_mm=0.5, color=col)
    sh.text(28, yy + 2, (f"COMMUNE DE {c.addr.city.upper()}" if fr else f"GEMEENTE {c.addr.city.upper()}"), font="sans4",
            size_pt=8, bold=True, color=col)
    sh.text(28, yy + 7, ("Vu pour légalisation de la signature de" if fr else
                         "Gezien voor wettiging van de handtekening van"), font="sans4", size_pt=8, color=col)
    sh.handwriting(30, yy + 11, hand_safe(f"{c.p.surname.upper()} {c.p.given_names}"[:34]), rng, size_pt=11,
                   color=INK_BLUE, font="hand1")
    sh.text(28, yy + 19, ("le" if fr else "op"), font="sans4", size_pt=8, color=col)
    sh.handwriting(36, yy + 17, fdate(when, "dots"), rng, size_pt=11, color=INK_BLUE, font="hand1")
    sh.text(28, yy + 26, ("Le fonctionnaire délégué" if fr else "De gemachtigde ambtenaar"), font="sans4", size_pt=8,
            color=col)
    sh.signature(80, yy + 20, 34, 11, rng, color=INK_BLUE)
    sh.text(28, yy + 30, f"{'Quittance' if fr else 'Kwijting'} n° {rng.randint(1000, 99999)}", font="sans4",
            size_pt=7, color=col)
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
    sh.text(20, 40, ("ATTESTATION – AIDE MÉDICALE URGENTE" if fr else "ATTEST – DRINGENDE MEDISCHE HULP"), font=f,
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
    txt = ("Le CPAS prend en charge les frais médicaux et pharmaceutiques de l'intéressé(e) dans le cadre de l'aide "
           "médicale urgente, sur présentation de la carte médicale." if fr else
           "Het OCMW neemt de medische en farmaceutische kosten van betrokkene ten laste in het kader van dringende "
           "medische hulp, op vertoon van de medische kaart.")
    y = sh.paragraph(20, y + 6, 170, txt, font=f, size_pt=10.5, leading=1.5)
    when = c.app_date - timedelta(days=rng.randint(5, 40))
    sh.text(20, y + 10, f"{city}, {fdate(when, 'dots')}", font=f, size_pt=10)
    sh.text(20, y + 17, ("Pour le Directeur général, par délégation" if fr else
                         "Voor de algemeen directeur, bij delegatie"), font=f, size_pt=9.5)
    sh.signature(24, y + 22, 38, 12, rng, color=INK_BLUE)
    sh.stamp(130, y + 10, [(f"CPAS DE {city}" if fr else f"OCMW {city}").upper()[:24],
                           "SERVICE SOCIAL" if fr else "SOCIALE DIENST"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-honneur-legalisation-signature-commune", "other", PART, "fr/nl", other_declaration_thumbprint,
     "typed declaration on honour signed at the commune, signature legalised with the commune's stamp")
_reg("be9ter-other-attest-dringende-medische-hulp-ocmw", "other", PART, "fr/nl", other_household_composition,
     "OCMW/CPAS attestation of urgent medical aid cover, period and reference, seal")
