"""9ter families of the `sixteenth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to fifteenth had been read, by a writer who saw neither the validator
nor its output.  Applications: a lawyer's letter in the Belgian business-letter layout (the addressee in the window
position under 'AANGETEKEND / RECOMMANDÉ', a row of references between two rules, the client's data as a small table,
underlined section headings with dash-led paragraphs, '- n -' at the foot), naming the applicant 'de heer X / mevrouw
X', 'Monsieur X / Madame X', 'Mr X / Ms X' throughout, in Dutch, French and English; a hospital social service's 9ter
form with each question in a grey strip over an open answer box and a ticked square, in Dutch and French.  The 2024
certificate from a group practice's software with the questions in bold over indented answers, the severity as a
filled circle, the stamp under the signature and the doctor's initials on every page; the previous model written in
blue ballpoint with a word struck through (in French and in English).  A ward's discharge letter ('dictated, not
read'), a specialist's attestation on A5 note paper copied on A4.  A pharmacy's pro-forma quote from the country of
origin photographed by the family, an extract of the country's essential medicines list with the lawyer's pen note.
The CGRA/CGVS's invitation to the personal interview, the annex 26 with its extension stamps copied recto-verso in
landscape, a local reception initiative's attestation.  The receipt stapled on the envelope's photocopy, faded and
copied alone, enlarged with a sticky note.  A declaration on honour written on a notepad sheet with two witnesses, the
waiting register certificate.  Sentence builders ``s16_*``.
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

PART = "sixteenth"
GREY = (100, 100, 100)


# --------------------------------------------------------------------------- what the applications say

def _vp(c: Case, lang: str, cap: bool = False) -> str:
    """These writers name the applicant by civility and surname throughout: 'de heer Diallo' / 'mevrouw Diallo',
    'Monsieur Diallo' / 'Madame Diallo', 'Mr Diallo' / 'Ms Diallo' (the surname as the client writes it)."""
    sur = c.p.surname
    f = c.p.sex == "F"
    s = {"nl": ("mevrouw " if f else "de heer ") + sur, "fr": ("Madame " if f else "Monsieur ") + sur,
         "en": ("Ms " if f else "Mr ") + sur}[lang]
    return s[0].upper() + s[1:] if cap else s


def _zij(c: Case, lang: str) -> str:
    f = c.p.sex == "F"
    return {"nl": "zij" if f else "hij", "fr": "elle" if f else "il", "en": "she" if f else "he"}[lang]


def _st(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" – zie bijlage {n}", "fr": f" – voir annexe {n}", "en": f" – see annex {n}"}[lang]


def s16_person(c: Case, lang: str) -> list[tuple[str, str]]:
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


def s16_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_vp(c, lang, True)} heeft momenteel geen vast adres; {_zij(c, lang)} overnacht bij kennissen.",
                "fr": f"{_vp(c, lang, True)} n'a actuellement pas d'adresse fixe et loge chez des connaissances.",
                "en": f"{_vp(c, lang, True)} has no fixed address at present and stays with acquaintances."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_vp(c, lang, True)} verblijft sinds geruime tijd op het adres {a}.",
            "fr": f"{_vp(c, lang, True)} réside depuis un certain temps à l'adresse suivante : {a}.",
            "en": f"{_vp(c, lang, True)} has been living for some time at {a}."}[lang]


def s16_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        w = f"{L['street']}, {L['pc']} {L['city']}"
        return {"nl": f"Voor deze procedure doet {_vp(c, lang)} keuze van woonplaats op mijn kantoor, {w}.",
                "fr": f"Pour les besoins de la présente procédure, {_vp(c, lang)} fait élection de domicile en mon "
                      f"cabinet, {w}.",
                "en": f"For this procedure {_vp(c, lang)} elects domicile at my chambers, {w}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"Woonplaatskeuze: bij {c.other_domicile}.",
                "fr": f"Domicile élu : chez {c.other_domicile}.",
                "en": f"Elected domicile: care of {c.other_domicile}."}[lang]
    return {"nl": "Dit adres geldt ook als gekozen woonplaats.",
            "fr": "Cette adresse vaut également élection de domicile.",
            "en": "That address is also the elected domicile."}[lang]


def s16_identity(c: Case, lang: str) -> str:
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
        return {"nl": f"{v} heeft bij de ambassade een nieuw paspoort aangevraagd; de afgifte is nog niet gebeurd.",
                "fr": f"{v} a demandé un nouveau passeport à l'ambassade ; celui-ci n'a pas encore été délivré.",
                "en": f"{v} has asked the embassy for a new passport, which has not yet been issued."}[lang]
    items = [(key, d) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    parts = [d[0].lower() + d[1:] + _st(c, key, lang) for key, d in items]
    if k == "translated" or c.annex_no("id-tr"):
        parts.append({"nl": "met de beëdigde vertaling", "fr": "avec sa traduction jurée",
                      "en": "with its sworn translation"}[lang] + _st(c, "id-tr", lang))
    lst = "; ".join(parts) if parts else "—"
    s = {"nl": f"De identiteit van {_vp(c, lang)} blijkt uit: {lst}.",
         "fr": f"L'identité de {_vp(c, lang)} est établie par : {lst}.",
         "en": f"The identity of {_vp(c, lang)} is shown by: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Dat het paspoort vervallen is, doet niets af aan de bewijskracht ervan voor de identiteit.",
              "fr": " Le fait que le passeport soit périmé n'enlève rien à sa force probante quant à l'identité.",
              "en": " That the passport has expired does not detract from its value as proof of identity."}[lang]
    if k in ("pieces", "pieces-nophoto"):
        s += {"nl": " Uit deze stukken samen blijken naam, geboortedatum en nationaliteit.",
              "fr": " Lues ensemble, ces pièces établissent le nom, la date de naissance et la nationalité.",
              "en": " Read together, these documents give the name, date of birth and nationality."}[lang]
    return s


def s16_medical(c: Case, lang: str) -> str:
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
    return {"nl": f"{_vp(c, lang, True)} lijdt aan {t['name']}, zoals blijkt uit {src}. {t['severity']} De "
                  f"behandeling bestaat uit {meds}.",
            "fr": f"{_vp(c, lang, True)} souffre de {t['name']}, ainsi qu'il ressort du {src.removeprefix('le ')}. "
                  f"{t['severity']} Le traitement consiste en {meds}.",
            "en": f"{_vp(c, lang, True)} suffers from {t['name']}, as appears from {src}. {t['severity']} The "
                  f"treatment consists of {meds}."}[lang]


def s16_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _st(c, "coi", lang), drug(c.illness, lang)
    v = _vp(c, lang)
    return {"nl": f"Bij een terugkeer naar {cn} zou {v} deze behandeling niet kunnen voortzetten. {dr.capitalize()} is "
                  f"daar alleen beschikbaar in {o['hospital']}{r}; de kostprijs van ongeveer {il['cost']} per maand "
                  f"ligt ver boven het gemiddelde loon ({o['wage']}). {o['insurance_nl']} Een ander land waar "
                  f"{_zij(c, lang)} zou mogen verblijven, is er niet.",
            "fr": f"En cas de retour au pays d'origine ({cn}), {v} ne pourrait pas poursuivre ce traitement. "
                  f"{dr[0].upper() + dr[1:]} n'y est disponible qu'à {o['hospital']}{r} ; son coût, environ "
                  f"{il['cost']} par mois, dépasse de loin le salaire moyen ({o['wage']}). {o['insurance_fr']} "
                  f"{v} n'a de droit de séjour dans aucun autre État.",
            "en": f"On return to {cn}, {v} could not continue this treatment. {dr[0].upper() + dr[1:]} is only "
                  f"available there at {o['hospital']}{r}; at about {il['cost']} a month it costs far more than "
                  f"the average wage ({o['wage']}). {o['insurance_en']} There is no other country where "
                  f"{_zij(c, lang)} may reside."}[lang]


def s16_family(c: Case, lang: str) -> str | None:
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
    return {"nl": f"{_vp(c, lang, True)} dient deze aanvraag ook in voor: {lst}.",
            "fr": f"{_vp(c, lang, True)} introduit la demande également pour : {lst}.",
            "en": f"{_vp(c, lang, True)} also applies on behalf of: {lst}."}[lang]


def s16_other_proc(c: Case, lang: str) -> str | None:
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


def s16_ask(c: Case, lang: str) -> str:
    v = _vp(c, lang)
    return {"nl": f"Om die redenen verzoek ik u, namens {v}, deze aanvraag ontvankelijk en gegrond te verklaren en "
                  f"{v} op grond van artikel 9ter van de wet van 15 december 1980 tot een verblijf van meer dan drie "
                  f"maanden te machtigen.",
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
    out = [(H[0], [x for x in (s16_home(c, lang), s16_domicile(c, lang)) if x], "residence")]
    fam = s16_family(c, lang)
    if fam:
        out.append((H[1], [fam], "family"))
    out.append((H[2], [s16_identity(c, lang)], "identity"))
    out.append((H[3], [s16_medical(c, lang)], "medical"))
    coi = s16_coi(c, lang)
    if coi:
        out.append((H[4], [coi], "coi"))
    oth = s16_other_proc(c, lang)
    if oth:
        out.append((H[5], [oth], "parallel"))
    return out


# --------------------------------------------------------------------------- applications

_PL = {"nl": dict(title="Aanvraag tot machtiging tot verblijf – artikel 9ter van de wet van 15.12.1980",
                  to=["Aan de Dienst Vreemdelingenzaken", "Bureau 9ter", "Pachecolaan 44", "1000 BRUSSEL"],
                  by="AANGETEKEND", refs=("Uw kenmerk", "Ons kenmerk", "Datum", "Bijlagen"), yours="—",
                  open="Geachte Mevrouw, Geachte Heer,", close="Hoogachtend,", sig="Meester",
                  pieces="Overzicht van de bijlagen", lawyer="advocaat", facts="Gegevens cliënt(e)"),
       "fr": dict(title="Demande d'autorisation de séjour – article 9ter de la loi du 15.12.1980",
                  to=["À l'Office des Étrangers", "Bureau 9ter", "Boulevard Pachéco 44", "1000 BRUXELLES"],
                  by="RECOMMANDÉ", refs=("Votre réf.", "Notre réf.", "Date", "Annexes"), yours="—",
                  open="Madame, Monsieur,", close="Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma "
                  "considération distinguée.", sig="Maître", pieces="Relevé des annexes", lawyer="avocat",
                  facts="Données du/de la client(e)"),
       "en": dict(title="Application for leave to remain – Article 9ter of the Law of 15.12.1980",
                  to=["To the Immigration Office", "9ter Desk", "Pachecolaan 44", "1000 BRUSSELS"],
                  by="REGISTERED", refs=("Your ref.", "Our ref.", "Date", "Annexes"), yours="—",
                  open="Dear Madam, Dear Sir,", close="Yours faithfully,", sig="",
                  pieces="List of annexes", lawyer="lawyer", facts="Client's details")}


def app_pleading(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A lawyer's letter in the Belgian business-letter layout: the letterhead centred with the bar's name under it,
    the addressee in the window-envelope position at the right under 'AANGETEKEND / RECOMMANDÉ', a row of references
    across the page (your ref., our ref., date, number of annexes) between two rules, the client's data as a small
    table, then short sections with underlined headings whose paragraphs begin with a dash; the applicant named as
    'de heer X / mevrouw X' throughout; '- n -' centred at the foot of every page after the first."""
    W_ = _PL[lang]
    L = c.lawyer
    f = rng.choice(["serif3", "serif", "sans5"])
    col = (40, 40, 40)
    tags: dict[str, int] = {}
    sheets: list[Sheet] = []
    st = {"y": 0.0}

    def new_page():
        sh = Sheet()
        if not sheets:
            sh.text(105, 12, L["firm"].upper(), font=f, size_pt=11, bold=True, anchor="center", color=col)
            sh.text(105, 17.5, f"{L['first']} {L['last']} – {W_['lawyer']} – "
                    f"{'balie' if lang == 'nl' else 'barreau'} {L['city']}", font=f, size_pt=8, anchor="center",
                    color=GREY)
            sh.text(105, 21.5, f"{L['street']} · {L['pc']} {L['city']}", font=f, size_pt=8, anchor="center",
                    color=GREY)
            st["y"] = 28.0
        else:
            sh.text(105, 287, f"- {len(sheets) + 1} -", font=f, size_pt=9, anchor="center", color=GREY)
            st["y"] = 18.0
        sheets.append(sh)
        return sh

    sh = new_page()
    sh.text(110, 40, W_["by"], font=f, size_pt=9, bold=True)
    sh.rule(110, 44, 135, 44, width_mm=0.2)
    for k, ln in enumerate(W_["to"]):
        sh.text(110, 48 + k * 5, ln, font=f, size_pt=10.5)
    ours = f"{c.app_date.year % 100:02d}/{rng.randint(100, 999)}/{(L['last'] or 'X')[:2].upper()}"
    vals = (W_["yours"], ours, c.d(c.app_date, lang, "long"), str(len(c.annexes) or "—"))
    sh.rule(22, 80, 188, 80, width_mm=0.3)
    xs = (22, 62, 102, 160)
    for x, k_, v_ in zip(xs, W_["refs"], vals):
        sh.text(x, 81.5, k_, font=f, size_pt=7.5, color=GREY)
        sh.text(x, 85.5, v_, font=f, size_pt=9.5)
    sh.rule(22, 91, 188, 91, width_mm=0.3)
    sh.text(22, 97, W_["title"], font=f, size_pt=10.5, bold=True)
    tags["personal"] = 1
    rows = s16_person(c, lang)
    y = 106
    sh.text(22, y, W_["facts"], font=f, size_pt=9, italic=True, color=GREY)
    y += 5
    for a_, b_ in rows:
        sh.rect(22, y, 58, 6, width_mm=0.15, color=(150, 150, 150))
        sh.rect(80, y, 108, 6, width_mm=0.15, color=(150, 150, 150))
        sh.text(24, y + 1.2, a_, font=f, size_pt=8.5)
        sh.text(82, y + 1, b_, font=f, size_pt=9.5, bold=True)
        y += 6
    st["y"] = y + 8

    def para(text, *, tag=None, size=10.5, bold=False, x=22.0, w=166.0, under=False, dash=False):
        sh = sheets[-1]
        rows_ = sh.wrap(text, w - (5 if dash else 0), font=f, size_pt=size, bold=bold)
        lh = size * 0.3528 * 1.5
        for i, ln in enumerate(rows_):
            if st["y"] + lh > 276:
                sh = new_page()
            if i == 0 and tag:
                tags.setdefault(tag, len(sheets))
            if i == 0 and dash:
                sh.text(x, st["y"], "–", font=f, size_pt=size)
            xx = x + (5 if dash else 0)
            sh.text(xx, st["y"], ln, font=f, size_pt=size, bold=bold)
            if under:
                sh.rule(xx, st["y"] + size * 0.3528 + 0.6, xx + min(w, text_width_mm(ln, f, size)), st["y"] +
                        size * 0.3528 + 0.6, width_mm=0.25)
            st["y"] += lh
        st["y"] += 2.2

    para(W_["open"])
    for n, (head, texts, tag) in enumerate(_sections(c, lang), 1):
        if st["y"] + 20 > 276:
            new_page()
        tags.setdefault(tag, len(sheets))
        para(head, size=10.5, under=True)
        for t in texts:
            para(t, tag=tag, dash=True)
    para(s16_ask(c, lang))
    para(W_["close"])
    if st["y"] + 34 > 276:
        new_page()
    sh = sheets[-1]
    tags["signature"] = len(sheets)
    y = st["y"] + 2
    if "unsigned" not in c.flags:
        sh.signature(30, y, 50, 16, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    sh.text(28, y + 19, f"{W_['sig']} {L['first']} {L['last']}".strip(), font=f, size_pt=10.5)
    sh.text(28, y + 24, W_["lawyer"], font=f, size_pt=9, italic=True)
    st["y"] = y + 33
    if c.annexes:
        if st["y"] + 16 > 276:
            new_page()
        tags.setdefault("inventory", len(sheets))
        para(W_["pieces"], under=True)
        for i, (_, d) in enumerate(c.annexes, 1):
            para(f"{i}) {d}", size=10, x=26, w=162)
    return sheets, tags


_LS = {"nl": dict(org="AZ Groeninge Kortrijk – Sociale dienst (campus Kennedylaan)", title="Aanmeldingsfiche 9ter – sociale dienst",
                  cols=("Vraag", "Antwoord"), none="geen",
                  q=["Naam en voornamen", "Geboortedatum en -plaats", "Nationaliteit", "Rijksregister- of OV-nummer",
                     "Huidig adres", "Gekozen woonplaats", "Gezinsleden", "Identiteitsbewijs", "Ziekte en behandeling",
                     "Zorg in het land van herkomst", "Andere procedures", "Bijgevoegde stukken"],
                  sa="Handtekening aanvrager", sw="Voor de sociale dienst (naam + handtekening)", date="Datum"),
       "fr": dict(org="CHR de la Citadelle, Liège – Service social des patients", title="Fiche de demande 9ter – service social",
                  cols=("Question", "Réponse"), none="néant",
                  q=["Nom et prénoms", "Date et lieu de naissance", "Nationalité", "N° national ou n° SP",
                     "Adresse actuelle", "Domicile élu", "Membres de la famille", "Preuve d'identité",
                     "Maladie et traitement", "Soins au pays d'origine", "Autres procédures", "Pièces jointes"],
                  sa="Signature du demandeur", sw="Pour le service social (nom + signature)", date="Date")}


def _digits6(c: Case) -> str:
    return f"{(c.seed * 7919) % 900000 + 100000}"


def app_landscape_sheet(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A social service's intake sheet in landscape: the service's name and the title at the top, a three-column
    table (question, answer, remark) with grey header row and thin rules, typed; the applicant and the social worker
    sign side by side under the table; 'blad n/N' at the bottom right."""
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
        sh.text(142, 25, "Patiëntnr. / N° patient", font=f, size_pt=6.5, color=GREY)
        sh.text(142, 29.5, _digits6(c), font="mono", size_pt=10)
        sheets.append(sh)
        st["y"] = 42.0
        return sh

    new_page()
    pr = dict(s16_person(c, lang))
    keys = list(pr)
    ans = [pr[keys[0]], pr.get(keys[1], ""), "" if "no_nationality" in c.flags else
           COUNTRIES[c.p.nationality]["adj_" + lang], c.nrn or c.ov or "",
           "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style), s16_domicile(c, lang) or "",
           s16_family(c, lang) or F["none"], s16_identity(c, lang), s16_medical(c, lang), s16_coi(c, lang) or "",
           s16_other_proc(c, lang) or F["none"], "; ".join(f"{i}. {d}" for i, (_, d) in enumerate(c.annexes, 1))
           or F["none"]]
    if "no_birthplace" not in c.flags:
        pass
    tagmap = {0: "personal", 4: "residence", 6: "family" if c.family else None, 7: "identity", 8: "medical",
              9: "coi" if s16_coi(c, lang) else None, 10: "parallel" if s16_other_proc(c, lang) else None,
              11: "inventory"}
    for i, (q, a) in enumerate(zip(F["q"], ans)):
        # the hospital's form: each question in a grey strip across the page, the answer typed in the open box
        # under it, a hand-ticked square at the right when the social worker checked the point with the patient
        sh = sheets[-1]
        rows = sh.wrap(a, 170, font=f, size_pt=9.5) if a else [""]
        h = 3 + 4.3 * len(rows)
        if st["y"] + h + 6 > H - 40:
            sh = new_page()
        if tagmap.get(i):
            tags.setdefault(tagmap[i], len(sheets))
        y = st["y"]
        sh.rect(15, y, 180, 5.5, width_mm=0.2, fill=(222, 226, 230), color=(120, 120, 120))
        sh.text(17, y + 1.1, f"{i + 1}. {q}", font=f, size_pt=8.5, bold=True)
        sh.rect(188, y + 0.8, 4, 4, width_mm=0.2, fill=(255, 255, 255))
        if a and a != F["none"]:
            sh.handwriting(188.2, y - 0.6, "x", rng, size_pt=10, color=INK_BLUE)
        sh.rect(15, y + 5.5, 180, h, width_mm=0.2, color=(120, 120, 120))
        for k, r in enumerate(rows):
            sh.text(18, y + 6.9 + k * 4.3, r, font=f, size_pt=9.5)
        st["y"] = y + 5.5 + h + 1.5
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


_reg("be9ter-app-nl-lawyer-prose-heer-mevrouw-kenmerkenrij-streepjes", "application", PART, "nl",
     lambda c, r: app_pleading(c, r, lang="nl"),
     "lawyer's letter in the Belgian business-letter layout, reference row, 'de heer X / mevrouw X', dash-led paragraphs")
_reg("be9ter-app-fr-lawyer-prose-monsieur-madame-references-tirets", "application", PART, "fr",
     lambda c, r: app_pleading(c, r, lang="fr"),
     "lettre d'avocat, ligne de références, 'Monsieur X / Madame X', paragraphes à tirets sous titres soulignés")
_reg("be9ter-app-nl-form-sociale-dienst-ziekenhuis-ruitjes", "application", PART, "nl",
     lambda c, r: app_landscape_sheet(c, r, lang="nl"),
     "hospital social service's 9ter form, questions in grey strips over answer boxes, two signatures")
_reg("be9ter-app-fr-form-service-social-hopital-grille", "application", PART, "fr",
     lambda c, r: app_landscape_sheet(c, r, lang="fr"),
     "fiche 9ter du service social d'un hôpital, questions en bandeaux gris, deux signatures")
_reg("be9ter-app-en-lawyer-prose-mr-ms-reference-row-dashes", "application", PART, "en",
     lambda c, r: app_pleading(c, r, lang="en"),
     "the business-letter request written in English (not an accepted language)")


# --------------------------------------------------------------------------- standard medical certificates

def medcert_2024_webapp(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as the GP's practice software prints it: the practice's name and RIZIV/INAMI number in the
    running header, the model's title, then one ruled two-column table (the question in a narrow grey column at the
    left, the answer typed in the wide column at the right), the severity as four tick boxes with the chosen one
    ticked; at the end the date, the signature and the practice's rubber stamp at the LEFT of it; the software's
    footer with the print time."""
    M_, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans3", "condensed"])
    tags: dict[str, int] = {}
    pages: list[Sheet] = []
    st = {"y": 0.0}
    soft = rng.choice(["HealthOne", "CareConnect", "Medidoc", "Omnipro"])
    practice = {"nl": "Groepspraktijk", "fr": "Maison médicale"}[lang] + f" {rng.choice(['De Linde', 'Het Anker', 'Les Tilleuls', 'Le Pavé', 'Botanique', 'Ter Heide'])}"

    def new():
        sh = Sheet()
        sh.rect(16, 6, 8, 8, width_mm=0, fill=(60, 120, 90))
        sh.text(20, 7.4, practice.split()[-1][0], font=f, size_pt=11, bold=True, anchor="center", color=(255, 255, 255))
        sh.text(27, 6.5, practice, font=f, size_pt=8.5, bold=True)
        sh.text(27, 10.5, f"{d.street} – {d.pc} {d.city}", font=f, size_pt=7.5, color=GREY)
        sh.text(194, 9, M_["model"], font=f, size_pt=7, anchor="right", color=GREY)
        sh.rule(16, 16, 194, 16, width_mm=0.3)
        pages.append(sh)
        st["y"] = 21.0

    new()
    pages[0].text(105, 20, M_["title"], font=f, size_pt=12, bold=True, anchor="center")
    y_ = pages[0].paragraph(25, 26, 160, M_["law"], font=f, size_pt=7, align="center")
    st["y"] = max(36.0, y_ + 3)

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
        sh.text(x, st["y"] + 1.7, "○ " + o, font=f, size_pt=8.5)
        wo = text_width_mm("○ " + o, f, 8.5)
        if k == k_sel:
            sh.text(x, st["y"] + 1.7, "●", font=f, size_pt=8.5)
        x += wo + 7
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
        p.text(16, 289, f"{soft} · {stamp_t}", font=f, size_pt=6.5, color=GREY)
        if v["signed"] and i < n:
            p.handwriting(150, 280, f"{d.first[0]}{d.last[0]}", rng, size_pt=13, color=INK_BLUE, font="hand1")
        p.text(194, 289, M_["page"].format(i=i, n=n), font=f, size_pt=7, anchor="right", color=GREY)
    return pages, tags


def medcert_old_lines_annex(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed blank with ruled answer lines under each heading and typed on those lines in a
    mono face (the text sitting a little off the lines); the answer to F/ did not fit and says 'voir annexe / see
    annex': it continues on a plain annex sheet with the patient's name and the doctor's initials.  Signature and
    stamp on the form's last page."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = "sans"
    tf = rng.choice(["hand2", "hand3"])
    ink = rng.choice([(30, 45, 140), (25, 40, 120)])
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
        arows = sh.wrap(hand_safe(a or ""), 150, font=tf, size_pt=11) if a else []
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
            sh.handwriting(21, y + k * 6.5, r, rng, size_pt=11, color=ink, font=tf)
        if arows and tag in ("treatment", "illness") and rng.random() < 0.7:
            # a word written wrong and struck through by the doctor, the right one written after the line
            wx = 21 + min(140, text_width_mm(arows[-1], tf, 11)) + 3
            sh.handwriting(wx, y + (len(arows) - 1) * 6.5, "mg", rng, size_pt=11, color=ink, font=tf)
            sh.rule(wx - 0.5, y + (len(arows) - 1) * 6.5 + 3.6, wx + 6, y + (len(arows) - 1) * 6.5 + 2.9,
                    width_mm=0.45, color=ink)
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
        sh.handwriting(50, y - 1.5, hand_safe(v["date"]), rng, size_pt=11, color=ink, font=tf)
    sh.text(18, y + 7, M_["sign"], font=f, size_pt=9)
    sh.handwriting(18, y + 11, hand_safe(d.name()), rng, size_pt=11, color=ink, font=tf)
    sh.text(18, y + 19, M_["riziv"], font=f, size_pt=9)
    if v["riziv"]:
        sh.handwriting(60, y + 17.5, v["riziv"], rng, size_pt=11, color=ink, font=tf)
    if v["signed"]:
        sh.signature(24, y + 24, 46, 15, rng, color=ink)
        sh.stamp(118, y + 8, _stamp_lines(c, lang if lang in ("nl", "fr") else "fr", bool(v["riziv"])), rng,
                 size_mm=32, color=STAMP_VIOLET)
    if len(v["needs"]) > 60:
        an = Sheet()
        an.text(20, 18, {"fr": "Annexe au certificat médical type", "en": "Annex to the standard medical certificate",
                         "nl": "Bijlage bij het standaard medisch getuigschrift", "de": "Anlage"}[lang], font=f,
                size_pt=11, bold=True)
        an.handwriting(20, 24, hand_safe(v["pat"] or ""), rng, size_pt=11, color=ink, font=tf)
        an.text(20, 36, M_["F"][:80], font=f, size_pt=9, bold=True)
        for k, r in enumerate(an.wrap(hand_safe(v["needs"]), 160, font=tf, size_pt=11)):
            an.handwriting(20, 44 + k * 7, r, rng, size_pt=11, color=ink, font=tf)
        if v["signed"]:
            an.text(20, 100, f"{d.first[0]}.{d.last[0]}.", font="hand1", size_pt=12, color=ink)
        pages.append(an)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(105, 289, f"{i}/{n}", font=f, size_pt=8, anchor="center", color=GREY)
    return pages, tags


_reg("be9ter-medcert-2024-nl-groepspraktijk-vetgedrukte-vragen-paraaf", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_webapp(c, r, lang="nl"),
     "2024 model from a group practice's software: bold questions over indented answers, severity as a filled circle, stamp under the signature, initials on each page")
_reg("be9ter-medcert-2024-fr-maison-medicale-cachet-bas-paraphe", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_webapp(c, r, lang="fr"),
     "modèle 2024 d'une maison médicale : questions en gras, gravité en cercle plein, cachet sous la signature, paraphe")
_reg("be9ter-medcert-old-fr-stylo-bille-bleu-ratures", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old_lines_annex(c, r, lang="fr"),
     "modèle précédent rempli au stylo bille bleu, un mot barré, réponse F continuée sur une annexe")
_reg("be9ter-medcert-old-en-ballpoint-crossings-out", "medical-certificate", PART, "en",
     lambda c, r: medcert_old_lines_annex(c, r, lang="en"),
     "previous model handwritten in blue ballpoint with a word struck through, in English (not an accepted language)")


# --------------------------------------------------------------------------- medical statements

def _mlang(c: Case, prefer: str) -> str:
    il = ILLNESSES[c.illness]
    other = "fr" if prefer == "nl" else "nl"
    return prefer if prefer in il else other if other in il else "fr"


def medstat_moc_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A hospital ward's discharge letter (ontslagbrief / lettre de sortie) to the GP: a band across the top in the
    department's colour with the hospital's and the department's names, admission and discharge dates in a framed
    line, the letter's sections (anamnesis, course, diagnosis at discharge, medication at discharge, follow-up) as
    bold headings; 'dictated but not read' ('gedicteerd, niet nagelezen' / 'dicté, non relu') above the printed name
    of the specialist, who signed it anyway in blue."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "fr")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = rng.choice(["sans2", "sans6"])
    band = rng.choice([(150, 40, 70), (30, 100, 140), (70, 110, 40)])
    sh = Sheet()
    sh.rect(0, 0, 210, 24, width_mm=0, fill=band)
    sh.text(16, 6, d.inst, font=f, size_pt=12.5, bold=True, color=(255, 255, 255))
    sh.text(16, 13, ("Service de " if fr else "Dienst ") + SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9.5,
            color=(255, 255, 255))
    adm = c.medstat_date - timedelta(days=rng.randint(4, 12))
    sh.text(16, 32, f"{'Dr' if fr else 'Dr.'} {c.doctor.last}", font=f, size_pt=10)
    sh.text(16, 37, f"{c.doctor.pc} {c.doctor.city}", font=f, size_pt=10)
    sh.text(120, 32, ("LETTRE DE SORTIE" if fr else "ONTSLAGBRIEF"), font=f, size_pt=12, bold=True, color=band)
    sh.text(120, 38, fdate(c.medstat_date, "dots"), font=f, size_pt=9.5, color=GREY)
    sh.rect(16, 46, 178, 14, width_mm=0.3, color=band)
    sh.text(19, 48, (f"Patient(e) : {c.p.surname.upper()}, {c.p.given_names} – né(e) le {fdate(c.p.birth_date, 'dots')}"
                     if fr else f"Patiënt(e): {c.p.surname.upper()}, {c.p.given_names} – geb. {fdate(c.p.birth_date, 'dots')}"),
            font=f, size_pt=9.5, bold=True)
    sh.text(19, 53.5, (f"Hospitalisation du {fdate(adm, 'dots')} au {fdate(c.medstat_date, 'dots')}" if fr else
                       f"Opname van {fdate(adm, 'dots')} tot {fdate(c.medstat_date, 'dots')}"), font=f, size_pt=9.5)
    secs = ([("Anamnèse", f"Patient(e) connu(e) pour {T['name']}, admis(e) pour mise au point et adaptation du traitement."),
             ("Évolution", T["severity"]), ("Diagnostic de sortie", T["name"]),
             ("Médication à la sortie", "; ".join(T["meds"])),
             ("Suivi", f"{T['intervention']} {T['needs']} {T['prognosis']}")] if fr else
            [("Anamnese", f"Patiënt(e) gekend met {T['name']}, opgenomen voor bilan en aanpassing van de behandeling."),
             ("Verloop", T["severity"]), ("Ontslagdiagnose", T["name"]),
             ("Medicatie bij ontslag", "; ".join(T["meds"])),
             ("Opvolging", f"{T['intervention']} {T['needs']} {T['prognosis']}")])
    y = 68
    for h, t in secs:
        sh.text(16, y, h, font=f, size_pt=10, bold=True, color=band)
        y = sh.paragraph(16, y + 5, 178, t, font=f, size_pt=10, leading=1.45) + 4
    sh.text(16, y + 4, ("Dicté, non relu." if fr else "Gedicteerd, niet nagelezen."), font=f, size_pt=8, italic=True,
            color=GREY)
    sh.signature(18, y + 9, 44, 14, rng, color=INK_BLUE)
    sh.text(16, y + 25, d.name(), font=f, size_pt=10)
    sh.text(16, y + 30, f"{'INAMI' if fr else 'RIZIV'} {d.riziv}", font=f, size_pt=9, color=GREY)
    sh.text(105, 289, (f"Copie : patient(e) – dossier {rng.randint(100000, 999999)}" if fr else
                       f"Kopie: patiënt(e) – dossier {rng.randint(100000, 999999)}"), font=f, size_pt=7, anchor="center",
            color=GREY)
    return [sh], {}


def medstat_dayhospital_schedule(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A specialist's short attestation written on the hospital's A5 note paper and copied by the office on A4: the
    small sheet sits in the upper half with its edge visible, the lower half of the A4 is empty but for the copier's
    grey; the text is a few typed lines ('Je soussigné(e) ... certifie suivre ...' / 'Ondergetekende ... verklaart
    ... te behandelen'), the signature and the department's round stamp over it."""
    d = c.specialist
    lang = _mlang(c, c.lang if c.lang in ("nl", "fr") else "nl")
    T = _ill_text(c, lang)
    fr = lang == "fr"
    f = rng.choice(["serif2", "sans3"])
    a5 = Sheet(148, 105)
    a5.rect(0, 0, 148, 105, width_mm=0, fill=(252, 251, 246))
    a5.text(8, 6, d.inst, font=f, size_pt=10, bold=True)
    a5.text(8, 11, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=8, color=GREY)
    a5.rule(8, 14.5, 140, 14.5, width_mm=0.2)
    txt = (f"Je soussigné(e), {d.name()}, certifie suivre {c.p.given_names} {c.p.surname.upper()}, né(e) le "
           f"{fdate(c.p.birth_date, 'dots')}, pour {T['name']}. {T['severity']} Traitement : {'; '.join(T['meds'])}. "
           f"{T['needs']}" if fr else
           f"Ondergetekende, {d.name()}, verklaart {c.p.given_names} {c.p.surname.upper()}, geboren op "
           f"{fdate(c.p.birth_date, 'dots')}, te behandelen voor {T['name']}. {T['severity']} Behandeling: "
           f"{'; '.join(T['meds'])}. {T['needs']}")
    y = a5.paragraph(8, 19, 132, txt, font=f, size_pt=8.6, leading=1.4)
    a5.text(8, min(y + 3, 88), (f"Fait le {fdate(c.medstat_date, 'dots')}, pour servir et valoir ce que de droit." if fr
                                else f"Opgemaakt op {fdate(c.medstat_date, 'dots')}, om te dienen waar nodig."),
            font=f, size_pt=8.2)
    a5.signature(88, min(y + 5, 86), 36, 11, rng, color=INK_BLUE)
    a5.stamp(70, min(y + 1, 80), [d.inst.upper()[:22], SPECIALTY[d.spec].get(lang, "").upper()[:18]], rng,
             size_mm=20, color=STAMP_BLUE)
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(236, 236, 234))
    sh.image(14, 10, 148 * 1.2, 105 * 1.2, a5.render(220).rotate(rng.uniform(-1.2, 1.2), expand=False,
                                                                fillcolor=(236, 236, 234)))
    return [sh], {}


_reg("be9ter-medstat-ontslagbrief-dienst-kleurcode-kop", "medical-statement", PART, "fr/nl", medstat_moc_report,
     "hospital ward discharge letter with a coloured band, admission dates framed, 'dictated, not read'")
_reg("be9ter-medstat-attest-a5-notapapier-op-a4-gekopieerd", "medical-statement", PART, "fr/nl",
     medstat_dayhospital_schedule, "specialist's short attestation on the hospital's A5 note paper, copied on A4")


# --------------------------------------------------------------------------- country-of-origin information

def coi_health_profile_chart(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's pro-forma quote (facture pro forma / pro forma invoice) from the capital of the country of origin,
    asked for by the family: the pharmacy's name and address typed at the top, 'FACTURE PRO FORMA N° ...', a table
    written by hand (medicine, quantity for one month, unit price, total) in the local or a hard currency, the
    pharmacist's note that the medicine is ordered on request and not reimbursed, the stamp and signature; the family
    sent it by phone and the office printed the photo."""
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    code = c.origin()
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR")
    city = COUNTRIES[code].get("capital", "")
    dr = drug(c.illness, "en" if en and "en" in il else "fr") if ("fr" in il or "en" in il) else drug(c.illness, "nl")
    ph = rng.choice(["Pharmacie Nouvelle", "Pharmacie de l'Avenue", "Pharmacie Espoir", "Pharmacie du Marché"])
    if en:
        ph = rng.choice(["Avicenna Pharmacy", "New Life Pharmacy", "Medline Pharmacy"])
    d = Sheet()
    d.rect(0, 0, 210, 297, width_mm=0, fill=(250, 248, 240))
    f = "sans"
    d.text(18, 14, ph.upper(), font=f, size_pt=14, bold=True, color=(0, 110, 60))
    d.text(18, 21, f"{rng.choice(['Avenue', 'Boulevard', 'Rue'])} {rng.randint(2, 90)}, {city}" if not en else
           f"{rng.randint(2, 90)} Main Road, {city}", font=f, size_pt=9)
    d.text(18, 26, f"Tél. +{rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
           font=f, size_pt=9)
    d.text(105, 40, ("PRO FORMA INVOICE" if en else "FACTURE PRO FORMA") + f"  N° {rng.randint(100, 999)}/{c.app_date.year}",
           font=f, size_pt=13, bold=True, anchor="center")
    when = c.app_date - timedelta(days=rng.randint(20, 120))
    d.text(18, 50, ("Patient: " if en else "Patient(e) : "), font=f, size_pt=10)
    d.handwriting(40, 47.5, hand_safe(f"{c.p.given_names} {c.p.surname}"), rng, size_pt=13, color=INK_BLUE)
    d.text(140, 50, ("Date: " if en else "Date : "), font=f, size_pt=10)
    d.handwriting(154, 47.5, fdate(when, "slashes"), rng, size_pt=13, color=INK_BLUE)
    cols = (["Medicine", "Qty / month", "Unit price", "Total"] if en else ["Désignation", "Qté / mois", "P.U.", "Montant"])
    ws = [80, 30, 30, 34]
    y = 60
    x = 18
    for k, t in enumerate(cols):
        d.rect(x, y, ws[k], 8, width_mm=0.3)
        d.text(x + 2, y + 2, t, font=f, size_pt=9.5, bold=True)
        x += ws[k]
    y += 8
    for r_ in range(5):
        x = 18
        for k in range(4):
            d.rect(x, y, ws[k], 9, width_mm=0.3)
            x += ws[k]
        y += 9
    d.handwriting(20, 68.5, hand_safe(dr[:34]), rng, size_pt=12, color=INK_BLUE)
    d.handwriting(102, 68.5, "1", rng, size_pt=12, color=INK_BLUE)
    d.handwriting(130, 68.5, hand_safe(str(il["cost"])), rng, size_pt=11, color=INK_BLUE)
    d.handwriting(160, 68.5, hand_safe(str(il["cost"])), rng, size_pt=11, color=INK_BLUE)
    note = (f"Medicine not in stock: ordered on request from abroad, delivery 4 to 8 weeks, paid in cash, no "
            f"reimbursement by any scheme. Average wage: {o['wage']}." if en else
            f"Produit non disponible en stock : commande spéciale à l'étranger, délai 4 à 8 semaines, paiement "
            f"comptant, aucun remboursement. (Salaire moyen : {o['wage']}.)")
    yy = d.paragraph(18, y + 8, 174, note, font=f, size_pt=10, leading=1.5)
    d.text(120, yy + 8, ("The pharmacist" if en else "Le pharmacien"), font=f, size_pt=10)
    d.stamp(112, yy + 12, [ph.upper()[:24], city.upper()[:18]], rng, size_mm=30, color=(40, 60, 150))
    d.signature(124, yy + 16, 40, 13, rng, color=INK_BLUE)
    from .sixteenth_identity import phone_print
    return [phone_print(d.render(200), rng)], {}


def coi_fund_letter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An extract of the country of origin's national list of essential medicines, printed from the ministry's PDF:
    the cover's title repeated in the running header, the page of the therapeutic class concerned as a numbered
    table (INN, form, strength, level of care), and the lawyer's note in pen in the margin that the medicine is not
    on it ('ne figure pas sur la liste' / 'not on the list'), the PDF's page number at the foot."""
    code = c.origin()
    il = ILLNESSES[c.illness]
    en = code in ("ARM", "RUS", "AFG", "SYR", "TUR")
    cn = cname(code, "en" if en else "fr")
    dr = drug(c.illness, "en" if en and "en" in il else "fr") if ("fr" in il or "en" in il) else drug(c.illness, "nl")
    sh = Sheet()
    f = "sans3"
    title = (f"National Essential Medicines List – {cn} – {c.app_date.year - rng.randint(2, 6)} edition" if en else
             f"Liste nationale des médicaments essentiels – {cn} – édition {c.app_date.year - rng.randint(2, 6)}")
    sh.text(105, 10, title, font=f, size_pt=8, anchor="center", color=GREY)
    sh.rule(15, 13, 195, 13, width_mm=0.2, color=GREY)
    sh.text(15, 22, ("MINISTRY OF HEALTH – DIRECTORATE OF PHARMACY" if en else
                     "MINISTÈRE DE LA SANTÉ – DIRECTION DE LA PHARMACIE ET DU MÉDICAMENT"), font=f, size_pt=9, bold=True)
    sh.text(15, 30, (f"{rng.randint(8, 21)}. Medicines of the therapeutic class concerned" if en else
                     f"{rng.randint(8, 21)}. Médicaments de la classe thérapeutique concernée"), font=f, size_pt=11, bold=True)
    cols = (["No.", "INN", "Form", "Strength", "Level"] if en else ["N°", "DCI", "Forme", "Dosage", "Niveau"])
    ws = [14, 66, 36, 34, 30]
    y = 38
    x = 15
    for k, t in enumerate(cols):
        sh.rect(x, y, ws[k], 7, width_mm=0.25, fill=(215, 225, 235))
        sh.text(x + 1.5, y + 1.5, t, font=f, size_pt=9, bold=True)
        x += ws[k]
    y += 7
    generic = ["paracetamol", "amoxicillin", "metformin", "hydrochlorothiazide", "amlodipine", "furosemide",
               "omeprazole", "salbutamol", "ibuprofen", "cotrimoxazole", "ferrous sulfate", "prednisolone"]
    rng.shuffle(generic)
    base = rng.randint(100, 400)
    for i, g in enumerate(generic[:10]):
        x = 15
        vals = [str(base + i), g, rng.choice(["tab.", "caps.", "susp.", "inj."]), rng.choice(["250 mg", "500 mg",
                "5 mg", "20 mg", "40 mg"]), rng.choice(["I", "II", "III"])]
        for k, t in enumerate(vals):
            sh.rect(x, y, ws[k], 6.5, width_mm=0.2)
            sh.text(x + 1.5, y + 1.2, t, font=f, size_pt=9)
            x += ws[k]
        y += 6.5
    sh.handwriting(20, y + 10, hand_safe((f"{dr} : not on the list!" if en else f"{dr} : ne figure pas sur la liste !")[:60]),
                   rng, size_pt=13, color=INK_BLUE)
    sh.rule(18, y + 17, 120, y + 17, width_mm=0.4, color=INK_BLUE)
    sh.text(105, 288, f"{rng.randint(30, 90)}", font=f, size_pt=8, anchor="center", color=GREY)
    return [sh], {}


_reg("be9ter-coi-fr-devis-pharmacie-pays-origine-manuscrit", "country-of-origin-info", PART, "fr/en",
     coi_health_profile_chart, "a pharmacy's pro-forma quote in the country of origin, table filled in by hand, phone photo printed")
_reg("be9ter-coi-fr-liste-medicaments-essentiels-extrait", "country-of-origin-info", PART, "fr/en",
     coi_fund_letter, "extract of the country's essential medicines list with the lawyer's note in pen")


# --------------------------------------------------------------------------- asylum proof

def _alang(c: Case) -> str:
    return "nl" if (c.asylum or {}).get("language") == "nl" else "fr"


def asylum_annex26_folded_phone(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The annex 26 (the certificate of the application for international protection) with, on its back, the
    commune's extension stamps: both sides copied reduced side by side on a landscape sheet."""
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
    # the annex is printed on one side; on its back the commune struck the successive extension stamps
    # ('prorogé jusqu'au / verlengd tot') with a date in pen and a signature; the office copied recto and verso
    # reduced side by side on one A4 sheet turned to landscape, then printed it upright (the page reads sideways)
    back = Sheet()
    back.text(20, 14, ("PROROGATIONS" if fr else "VERLENGINGEN"), font=f, size_pt=10, bold=True)
    for k in range(rng.choice([2, 3])):
        until = lodged + timedelta(days=120 * (k + 1))
        if until > c.app_date + timedelta(days=100):
            break
        yy = 30 + k * 60
        back.stamp(22, yy, [("COMMUNE" if fr else "GEMEENTE") + " – " + ("POPULATION" if fr else "BEVOLKING"),
                            ("PROROGÉ" if fr else "VERLENGD")], rng, shape="rect", size_mm=44, color=STAMP_VIOLET)
        back.text(25, yy + 26, ("jusqu'au " if fr else "tot ") , font=f, size_pt=9.5, color=STAMP_VIOLET)
        back.handwriting(48, yy + 23.5, fdate(until, "dots"), rng, size_pt=12, color=INK_BLUE)
        back.signature(100, yy + 6, 36, 12, rng, color=INK_BLUE)
    W2, H2 = 297.0, 210.0
    land = Sheet(W2, H2)
    land.image(4, 4, 143, 202, d.render(150))
    land.rule(148.5, 4, 148.5, 206, width_mm=0.2, color=(170, 170, 170))
    land.image(150, 4, 143, 202, back.render(150))
    img = land.render(200).rotate(90, expand=True)
    res = Sheet()
    res.image(0, 0, 210, 297, img)
    return [res], {}


def asylum_samusocial_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A reception centre's attestation of accommodation for an applicant for international protection (a centre run
    by a partner of Fedasil): the centre's logo line, 'ATTESTATION D'HÉBERGEMENT / ATTEST VAN OPVANG', the resident's
    data in a two-row table, the sentence that the person is housed as an applicant whose application is pending,
    the social worker's signature and the centre's stamp."""
    fr = _alang(c) == "fr"
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    centre = (rng.choice([("CPAS d'Arlon – Initiative locale d'accueil (ILA)", "Rue de Diekirch 35, 6700 Arlon"),
                          ("CPAS de Mouscron – Initiative locale d'accueil", "Rue du Beau-Chêne 2, 7700 Mouscron")])
              if fr else
              rng.choice([("OCMW Lokeren – Lokaal opvanginitiatief (LOI)", "Veldstraat 36, 9160 Lokeren"),
                          ("OCMW Tielt – Lokaal opvanginitiatief", "Kortrijkstraat 13, 8700 Tielt")]))
    sh = Sheet()
    f = "sans6"
    sh.rect(20, 12, 10, 10, width_mm=0, fill=(0, 120, 130))
    sh.text(34, 12.5, centre[0], font=f, size_pt=12, bold=True)
    sh.text(34, 18.5, centre[1], font=f, size_pt=8.5, color=GREY)
    sh.text(20, 40, "Attestation de résidence en ILA" if fr else "Attest verblijf in LOI", font=f, size_pt=14,
            bold=True)
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
    txt = (f"Le CPAS certifie que la personne susmentionnée, demandeuse de protection internationale, est accueillie "
           f"dans une habitation de l'initiative locale d'accueil, sur désignation de Fedasil. Sa demande, introduite "
           f"le {fdate(lodged, 'dots')}, est toujours pendante." if fr else
           f"Het OCMW bevestigt dat bovenvermelde persoon, verzoeker om internationale bescherming, op toewijzing van "
           f"Fedasil wordt opgevangen in een woning van het lokaal opvanginitiatief. Het verzoek, ingediend op "
           f"{fdate(lodged, 'dots')}, is nog hangende.")
    y = sh.paragraph(20, 80, 170, txt, font=f, size_pt=11, leading=1.55) + 8
    when = c.app_date - timedelta(days=rng.randint(3, 25))
    sh.text(20, y, f"{centre[1].split()[-1]}, {'le ' if fr else ''}{fdate(when, 'long', 'fr' if fr else 'nl')}", font=f, size_pt=10.5)
    sh.text(20, y + 8, "L'assistant(e) social(e)" if fr else "De maatschappelijk werk(st)er", font=f, size_pt=10)
    sh.signature(22, y + 12, 40, 13, rng, color=INK_BLUE)
    sh.stamp(120, y + 4, [centre[0].split(" – ")[0].upper(), "ILA" if fr else "LOI"], rng, size_mm=28,
             color=(0, 100, 120))
    return [sh], {}


def asylum_cgra_subsequent_admissible(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The CGRA/CGVS's invitation to the personal interview ('Convocation à un entretien personnel' / 'Oproeping voor
    een persoonlijk onderhoud'): the Commissioner General's letterhead, the CG number and SP/OV number in a framed
    block at the right, the date, hour and room of the interview, the interpreter's language, what to bring; proof
    that the application is being examined."""
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
    sh.text(20, 62, ("CONVOCATION À UN ENTRETIEN PERSONNEL" if fr else "OPROEPING VOOR EEN PERSOONLIJK ONDERHOUD"),
            font=f, size_pt=12.5, bold=True)
    when = c.app_date + timedelta(days=rng.randint(10, 50))
    rows = ([("Date", fdate(when, "long", "fr")), ("Heure", f"{rng.choice(['08h30', '09h00', '13h30'])}"),
             ("Lieu", f"WTC II, local {rng.randint(100, 999)}"), ("Interprète", rng.choice(["arabe", "peul", "lingala", "russe", "dari"]))]
            if fr else
            [("Datum", fdate(when, "long", "nl")), ("Uur", f"{rng.choice(['8u30', '9u00', '13u30'])}"),
             ("Plaats", f"WTC II, lokaal {rng.randint(100, 999)}"), ("Tolk", rng.choice(["Arabisch", "Pular", "Lingala", "Russisch", "Dari"]))])
    y = 72
    for k_, v_ in rows:
        sh.text(24, y, k_, font=f, size_pt=10, color=GREY)
        sh.text(64, y, v_, font=f, size_pt=10.5, bold=True)
        y += 7
    body = (f"Dans le cadre de l'examen de votre demande de protection internationale, introduite le "
            f"{fdate(lodged, 'dots')}, vous êtes invité(e) à un entretien personnel. Apportez cette convocation, votre "
            f"annexe 26 et tous les documents qui peuvent appuyer votre demande." if fr else
            f"In het kader van de behandeling van uw verzoek om internationale bescherming, ingediend op "
            f"{fdate(lodged, 'dots')}, wordt u uitgenodigd voor een persoonlijk onderhoud. Breng deze oproeping, uw "
            f"bijlage 26 en alle documenten mee die uw verzoek kunnen staven.")
    y = sh.paragraph(20, y + 6, 170, body, font=f, size_pt=10.5, leading=1.55) + 10
    sh.text(20, y, ("Pour le Commissaire général," if fr else "Voor de Commissaris-generaal,"), font=f, size_pt=10)
    sh.text(20, y + 5, ("l'officier de protection" if fr else "de protection officer"), font=f, size_pt=9.5, color=GREY)
    sh.signature(22, y + 9, 40, 13, rng, color=INK_BLACK)
    return [sh], {}


_reg("be9ter-asylum-cgvs-uitnodiging-persoonlijk-onderhoud", "asylum-proof", PART, "fr/nl",
     asylum_cgra_subsequent_admissible,
     "CGRA/CGVS invitation to the personal interview, references framed at the right, date, room and interpreter")
_reg("be9ter-asylum-bijlage26-verlengingsstempels-verso-liggend", "asylum-proof", PART, "fr/nl", asylum_annex26_folded_phone,
     "annex 26 recto and its back with the commune's extension stamps, copied side by side in landscape, page sideways")
_reg("be9ter-asylum-fedasil-lokaal-opvanginitiatief-attest", "asylum-proof", PART, "fr/nl", asylum_samusocial_attest,
     "CPAS/OCMW local reception initiative's attestation of residence, data in a table")


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
    """The office keeps a photocopy of the envelope's front (the addressee, the firm's return address and the
    registered-mail label with its barcode) and staples the counter receipt onto that copy at the top left; the
    two were copied together for the file, the staple and its shadow at the corner."""
    sh = Sheet()
    sh.rect(8, 110, 194, 120, width_mm=0.3, color=(120, 120, 120), fill=(240, 238, 232))
    for k, ln in enumerate(_sender_lines(c)[:3]):
        sh.text(14, 116 + k * 4, ln[:44], font="sans", size_pt=7.5, color=(80, 80, 80))
    for k, ln in enumerate(c.rm_to[:4]):
        sh.text(110, 170 + k * 6, ln, font="sans2", size_pt=11)
    sh.rect(150, 116, 44, 22, width_mm=0.3, fill=(255, 255, 255))
    sh.text(152, 117.5, "R  AANGETEKEND", font="sans4", size_pt=7, bold=True, color=(200, 40, 40))
    barcode(sh, 152, 122, 40, 9, c.rm_track)
    sh.text(172, 132.5, track_spaced(c.rm_track), font="mono", size_pt=5.5, anchor="center")
    img = _receipt14(c, rng).render(250).rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True,
                                                 fillcolor=(255, 255, 255))
    sh.image(16, 14, 72 * 1.1, 72 * 1.1 * img.size[1] / img.size[0], img)
    sh.rule(20, 16, 30, 14, width_mm=0.8, color=(110, 110, 115))
    sh.rule(20.5, 17.2, 30.5, 15.2, width_mm=0.6, color=(180, 180, 185))
    return [sh], {"addressee": 1}


def rm_sleeve(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The thermal counter receipt, a few weeks old, its print already faded to a warm grey, copied alone at the
    top left of an A4 sheet with the copier's contrast turned up a little (the paper's curl at one edge shows as a
    grey band); still readable."""
    r = _receipt14(c, rng).render(250).convert("L")
    r = r.point(lambda v: int(255 - (255 - v) * 0.55)).convert("RGB")
    tint = Image.new("RGB", r.size, (248, 244, 232))
    r = Image.blend(r, tint, 0.15)
    sh = Sheet()
    sh.image(14, 16, 72 * 1.2, 120 * 1.2, r)
    sh.rect(14 + 72 * 1.2 - 3, 16, 3, 120 * 1.2, width_mm=0, fill=(205, 205, 205))
    return [sh], {"addressee": 1}


def rm_routing_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The receipt copied alone, enlarged to 141 % (A5 to A4) so that the small print is legible, with the office's
    yellow sticky note at its side giving the file's number and the word 'aangetekend'/'recommandé' in pen."""
    sh = Sheet()
    img = _receipt14(c, rng).render(250)
    sh.image(20, 14, 72 * 1.41, 120 * 1.41, img)
    from .sixteenth_identity import index_flag as _note
    _note(sh, rng, f"{c.app_date.year % 100}/{rng.randint(100, 999)} AT", "nl")
    return [sh], {"addressee": 1}


_reg("be9ter-rm-bon-gekopieerd-met-nietje-op-envelopkopie", "registered-mail-receipt", PART, "nl/fr", rm_phone_envelope,
     "counter receipt stapled onto the photocopy of the envelope's front, copied together")
_reg("be9ter-rm-bon-thermisch-vervaagd-kopie", "registered-mail-receipt", PART, "nl/fr", rm_sleeve,
     "faded thermal receipt copied alone at the top left of A4, curl shadow, still readable")
_reg("be9ter-rm-bon-met-plakbriefje-dossiernummer", "registered-mail-receipt", PART, "nl/fr", rm_routing_slip,
     "receipt copied alone enlarged 141 %, yellow sticky note with the file number")


# --------------------------------------------------------------------------- other

def other_declaration_thumbprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour the applicant wrote by hand on a sheet torn from a ruled notepad (the perforation's
    ragged top edge, blue lines and a red margin line), in Dutch or French, with two witnesses who add their names
    and sign under it."""
    fr = c.lang == "fr"
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(252, 252, 247))
    for k in range(0, 210, 3):
        sh.rect(k, 0, 2, 3 + (k * 7 % 5) * 0.4, width_mm=0, fill=(255, 255, 255))
    for k in range(30):
        sh.rule(0, 22 + k * 8.5, 210, 22 + k * 8.5, width_mm=0.15, color=(150, 180, 220))
    sh.rule(28, 0, 28, 297, width_mm=0.3, color=(220, 110, 110))
    hand = rng.choice(["hand1", "hand2"])
    lines = ([("Déclaration sur l'honneur")] if fr else [("Verklaring op eer")])
    txt = (f"Je soussigné(e) {c.p.surname.upper()} {c.p.given_names}, né(e) le {fdate(c.p.birth_date, 'dots')} à "
           f"{c.p.birth_place}, déclare sur l'honneur que je n'ai ni passeport ni carte d'identité. Mes papiers sont "
           f"restés au pays et je ne peux pas les obtenir." if fr else
           f"Ik {c.p.surname.upper()} {c.p.given_names}, geboren op {fdate(c.p.birth_date, 'dots')} in "
           f"{c.p.birth_place}, verklaar op eer dat ik geen paspoort en geen identiteitskaart heb. Mijn papieren zijn in "
           f"mijn land gebleven en ik kan ze niet krijgen.")
    rows = sh.wrap(hand_safe(txt), 160, font=hand, size_pt=13)
    y = 20.5
    sh.handwriting(70, y, hand_safe(lines[0]), rng, size_pt=15, color=INK_BLUE, font=hand)
    y += 17
    for r in rows:
        sh.handwriting(32, y, r, rng, size_pt=13, color=INK_BLUE, font=hand)
        y += 8.5
    y += 8.5
    when = c.app_date - timedelta(days=rng.randint(2, 20))
    sh.handwriting(32, y, hand_safe(f"{c.addr.city}, {fdate(when, 'slashes')}"), rng, size_pt=13, color=INK_BLUE,
                   font=hand)
    sh.signature(130, y - 2, 40, 13, rng, color=INK_BLUE)
    y += 25.5
    lab = "Témoins :" if fr else "Getuigen:"
    sh.handwriting(32, y, lab, rng, size_pt=12, color=INK_BLUE, font=hand)
    for k in range(2):
        nm = rng.choice(["Amadou Barry", "Fatima Zahra El Idrissi", "Jean-Pierre Mukendi", "Ahmad Sultani",
                         "Mariam Diallo", "Hakan Yildiz"])
        sh.handwriting(32 + k * 85, y + 8.5, hand_safe(nm), rng, size_pt=11, color=INK_BLACK, font="hand4")
        sh.signature(34 + k * 85, y + 15, 34, 11, rng, color=INK_BLACK)
    return [sh], {"identity": 1}


def other_household_composition(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The commune's certificate of registration in the waiting register (wachtregister / registre d'attente),
    printed from the population software at the counter: the commune's name and logo square, the person's data as
    'label : value' lines, the date of registration, the address, the household's other members, signed for the
    registrar with the commune's seal."""
    fr = c.lang == "fr"
    city = c.addr.city
    sh = Sheet()
    f = "sans3"
    sh.rect(20, 10, 12, 12, width_mm=0, fill=(30, 80, 150))
    sh.text(36, 11, (f"Commune de {city}" if fr else f"Gemeente {city}"), font=f, size_pt=13, bold=True)
    sh.text(36, 17.5, "Service Population – Étrangers" if fr else "Dienst Bevolking – Vreemdelingen", font=f,
            size_pt=9, color=GREY)
    sh.text(20, 36, ("CERTIFICAT D'INSCRIPTION AU REGISTRE D'ATTENTE" if fr else
                     "GETUIGSCHRIFT VAN INSCHRIJVING IN HET WACHTREGISTER"), font=f, size_pt=12.5, bold=True)
    reg = c.app_date - timedelta(days=rng.randint(90, 600))
    rows = ([("Nom", c.p.surname.upper()), ("Prénoms", c.p.given_names), ("Né(e) le", fdate(c.p.birth_date, "dots")),
             ("Lieu de naissance", c.p.birth_place), ("Adresse", addr_str(c.addr, "fr", c.addr_style)),
             ("Inscrit(e) depuis le", fdate(reg, "dots"))] if fr else
            [("Naam", c.p.surname.upper()), ("Voornamen", c.p.given_names), ("Geboren op", fdate(c.p.birth_date, "dots")),
             ("Geboorteplaats", c.p.birth_place), ("Adres", addr_str(c.addr, "nl", c.addr_style)),
             ("Ingeschreven sinds", fdate(reg, "dots"))])
    y = 48
    for a_, b_ in rows:
        sh.text(22, y, a_, font=f, size_pt=10, color=GREY)
        sh.text(70, y, ": " + b_[:60], font=f, size_pt=10.5)
        y += 7
    if c.family:
        sh.text(22, y + 4, "Autres membres du ménage :" if fr else "Andere gezinsleden:", font=f, size_pt=10, color=GREY)
        y += 11
        for m in c.family:
            sh.text(28, y, f"{m.p.surname.upper()} {m.p.given_names} – {fdate(m.p.birth_date, 'dots')}", font=f,
                    size_pt=10)
            y += 6
    when = c.app_date - timedelta(days=rng.randint(5, 40))
    sh.text(22, y + 12, f"{city}, {'le ' if fr else ''}{fdate(when, 'dots')}", font=f, size_pt=10)
    sh.text(22, y + 19, ("Pour l'Officier de l'état civil, par délégation" if fr else
                         "Voor de ambtenaar van de burgerlijke stand, bij delegatie"), font=f, size_pt=9.5)
    sh.signature(24, y + 24, 38, 12, rng, color=INK_BLUE)
    sh.stamp(130, y + 12, [(f"COMMUNE DE {city}" if fr else f"GEMEENTE {city}").upper()[:24],
                           "POPULATION" if fr else "BEVOLKING"], rng, size_mm=26, color=STAMP_BLUE)
    return [sh], {}


_reg("be9ter-other-declaration-sur-honneur-ruled-paper-witnesses", "other", PART, "fr/nl", other_declaration_thumbprint,
     "declaration on honour written by hand on a torn-off ruled notepad sheet, two witnesses sign")
_reg("be9ter-other-attest-inschrijving-wachtregister", "other", PART, "fr/nl", other_household_composition,
     "commune's certificate of registration in the waiting register, printed at the counter, seal")
