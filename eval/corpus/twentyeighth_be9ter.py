"""9ter families of the `twentyeighth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to twentyseventh had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  Sentence builders ``s28_*``.
"""
from __future__ import annotations

import datetime
import random
from datetime import timedelta

from .be9ter import (COUNTRIES, FR_IN, ILLNESSES, INK_BLACK, INK_BLUE, MC_NEW, MC_OLD, SPECIALTY, STAMP_BLUE,
                     STAMP_RED, STAMP_VIOLET, Case, _post_office, _reg, _sender_lines, addr_str, cname, drug, fdate,
                     name_in, track_spaced)
from .fresh_be9ter import _stamp_lines, _values
from PIL import Image, ImageDraw

from .paper import Sheet
from .twentyeighth_identity import (GREY, camera_photo, crest, d_abbr, d_roman, date_imprint, esign, fit, glyphs, hand,
                                     label_cell, low_contrast, qr, two_up, wrap)
from .twentyeighth_identity import barcode as bars

PART = "twentyeighth"
PEN = (20, 35, 130)


class Pager:
    """Writes lines top to bottom over as many pages as needed; new_page(i) returns (sheet, y_top)."""

    def __init__(self, new_page, bottom: float = 272.0):
        self.new_page, self.bottom = new_page, bottom
        self.pages: list[Sheet] = []
        self.y = 0.0
        self.tags: dict[str, int] = {}
        self.new()

    def new(self) -> Sheet:
        sh, y = self.new_page(len(self.pages))
        self.pages.append(sh)
        self.y = y
        return sh

    @property
    def sh(self) -> Sheet:
        return self.pages[-1]

    def ensure(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.new()

    def tag(self, t: str | None) -> None:
        if t:
            self.tags.setdefault(t, len(self.pages))

    def lines(self, x: float, w: float, text: str, *, font: str, size: float, leading: float = 1.4,
              bold: bool = False, color=(0, 0, 0), tag: str | None = None, gap: float = 2.0, keep: int = 2,
              bullet: str | None = None, indent: float = 4.0) -> None:
        lh = size * 0.3528 * leading
        rows = wrap(text, w - (indent if bullet else 0), font, size, bold)
        self.ensure(lh * min(keep, len(rows)))
        self.tag(tag)
        for i, r in enumerate(rows):
            self.ensure(lh)
            if bullet and i == 0:
                self.sh.text(x, self.y, bullet, font=font, size_pt=size, color=color)
            self.sh.text(x + (indent if bullet else 0), self.y, r, font=font, size_pt=size, bold=bold, color=color)
            self.y += lh
        self.y += gap


# --------------------------------------------------------------------------- sentences (s28_*)

def _who(c: Case, lang: str, cap: bool = True) -> str:
    s = {"nl": "mijn cliënte" if c.fem else "mijn cliënt", "fr": "ma cliente" if c.fem else "mon client",
         "en": "my client"}[lang]
    return s[0].upper() + s[1:] if cap else s


def _ex(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    return "" if n is None else {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "en": f" (exhibit {n})"}[lang]


def _d(c: Case, d: datetime.date, lang: str) -> str:
    """Dates in the application: the case's style, or the abbreviated month this part's writers like."""
    if c.date_style in ("long",):
        return d_abbr(d, lang)
    return c.d(d, lang)


def s28_person(c: Case, lang: str) -> str:
    p = c.p
    nm = name_in(p, c.name_style)
    bd = _d(c, p.birth_date, lang)
    nb, nn = "no_birthplace" in c.flags, "no_nationality" in c.flags
    where = f"{p.birth_place} ({cname(c.birth_cc(), lang)})"
    adj = COUNTRIES[p.nationality]["adj_" + lang]
    if lang == "nl":
        s = f"{_who(c, lang)}, {nm}, werd geboren op {bd}" + ("" if nb else f" te {where}") + "."
        if not nn:
            s += f" {'Zij' if c.fem else 'Hij'} heeft de {adj} nationaliteit."
        s += (f" Rijksregisternummer: {c.nrn}." if c.nrn else f" Dossiernummer DVZ: {c.ov}.")
        return s
    if lang == "fr":
        s = f"{_who(c, lang)}, {nm}, est né{'e' if c.fem else ''} le {bd}" + ("" if nb else f" à {where}") + "."
        if not nn:
            s += f" {'Elle' if c.fem else 'Il'} est de nationalité {adj}."
        s += (f" Numéro de registre national : {c.nrn}." if c.nrn else f" Numéro de dossier à l'Office des "
                                                                       f"Étrangers : {c.ov}.")
        return s
    s = f"My client, {nm}, was born on {bd}" + ("" if nb else f" in {where}") + "."
    if not nn:
        s += f" {'She' if c.fem else 'He'} holds {COUNTRIES[p.nationality]['adj_en']} nationality."
    s += (f" National register number: {c.nrn}." if c.nrn else f" Immigration Office file number: {c.ov}.")
    return s


def s28_home(c: Case, lang: str) -> str:
    if "no_address" in c.flags:
        return {"nl": f"{_who(c, lang)} heeft momenteel geen vaste verblijfplaats; {'zij' if c.fem else 'hij'} "
                      f"overnacht bij vrienden en in de nachtopvang.",
                "fr": f"{_who(c, lang)} n'a actuellement pas de résidence fixe ; {'elle' if c.fem else 'il'} dort "
                      f"chez des amis et à l'asile de nuit.",
                "en": "My client currently has no fixed place of residence and sleeps at friends' homes and in a "
                      "night shelter."}[lang]
    a = addr_str(c.addr, lang, c.addr_style)
    return {"nl": f"{_who(c, lang)} verblijft daadwerkelijk in België op het volgende adres: {a}.",
            "fr": f"{_who(c, lang)} réside effectivement en Belgique à l'adresse suivante : {a}.",
            "en": f"My client actually resides in Belgium at the following address: {a}."}[lang]


def s28_domicile(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    if c.domicile == "lawyer" and c.lawyer:
        L = c.lawyer
        return {"nl": f"{_who(c, lang)} doet keuze van woonplaats op mijn kantoor, {L['street']}, {L['pc']} "
                      f"{L['city']}.",
                "fr": f"{_who(c, lang)} fait élection de domicile en mon cabinet, {L['street']}, {L['pc']} "
                      f"{L['city']}.",
                "en": f"My client elects domicile at my office, {L['street']}, {L['pc']} {L['city']}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{_who(c, lang)} doet keuze van woonplaats bij {c.other_domicile}.",
                "fr": f"{_who(c, lang)} fait élection de domicile auprès de {c.other_domicile}.",
                "en": f"My client elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"{_who(c, lang)} doet keuze van woonplaats op dat adres.",
            "fr": f"{_who(c, lang)} fait élection de domicile à cette adresse.",
            "en": "My client elects domicile at that address."}[lang]


def s28_identity(c: Case, lang: str) -> str:
    k = c.id_kind
    if k in ("asylum", "asylum-noproof"):
        d = _d(c, c.asylum["lodged"], lang)
        r = _ex(c, "asylum", lang) if k == "asylum" else ""
        return {"nl": f"{_who(c, lang)} diende op {d} een verzoek om internationale bescherming in; daarover is nog "
                      f"niet definitief beslist{r}. Het vereiste van een identiteitsbewijs geldt dus niet.",
                "fr": f"{_who(c, lang)} a introduit le {d} une demande de protection internationale, sur laquelle il "
                      f"n'a pas encore été statué définitivement{r}. L'exigence d'un document d'identité ne "
                      f"s'applique donc pas.",
                "en": f"My client lodged an application for international protection on {d}, on which no final "
                      f"decision has yet been taken{r}. The identity-document requirement therefore does not "
                      f"apply."}[lang]
    if k == "none":
        return {"nl": f"{_who(c, lang)} heeft momenteel geen identiteitsdocument; het paspoort wordt later "
                      f"nagestuurd.",
                "fr": f"{_who(c, lang)} ne dispose actuellement d'aucun document d'identité ; le passeport suivra.",
                "en": "My client has no identity document at present; the passport will follow."}[lang]
    items = [d + _ex(c, key, lang) for key, d in c.annexes if key.startswith("id") and key != "id-tr"]
    if c.annex_no("id-tr"):
        items.append({"nl": "de beëdigde vertaling ervan", "fr": "sa traduction jurée",
                      "en": "its sworn translation"}[lang] + _ex(c, "id-tr", lang))
    lst = "; ".join(items) or "—"
    s = {"nl": f"Ter staving van de identiteit worden voorgelegd: {lst}.",
         "fr": f"L'identité est établie par les pièces suivantes : {lst}.",
         "en": f"Identity is established by the following: {lst}."}[lang]
    if k == "passport-expired":
        s += {"nl": " Het paspoort is weliswaar vervallen, maar blijft de identiteit aantonen.",
              "fr": " Le passeport est certes périmé, mais il continue d'établir l'identité.",
              "en": " The passport has expired, but it still establishes identity."}[lang]
    return s


def s28_medical(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    cd, doc = _d(c, c.cert_date, lang), c.doctor.name()
    if "medcert_absent" in c.flags:
        src = {"nl": f"het medisch verslag van {doc} van {cd}", "fr": f"le rapport médical du {doc} du {cd}",
               "en": f"the medical report of {doc} dated {cd}"}[lang] + _ex(c, "medstat", lang)
    else:
        src = {"nl": f"het standaard medisch getuigschrift van {doc} van {cd}",
               "fr": f"le certificat médical type du {doc} du {cd}",
               "en": f"the standard medical certificate of {doc} dated {cd}"}[lang] + _ex(c, "medcert", lang)
    meds = ", ".join(t["meds"])
    return {"nl": f"Uit {src} blijkt dat {_who(c, lang, False)} lijdt aan {t['name']}. {t['severity']} De "
                  f"noodzakelijke behandeling bestaat uit {meds}.",
            "fr": f"Il ressort du {src.split(' ', 1)[1] if src.startswith('le ') else src} que "
                  f"{_who(c, lang, False)} souffre de {t['name']}. {t['severity']} Le traitement nécessaire comprend "
                  f"{meds}.",
            "en": f"According to {src}, my client suffers from {t['name']}. {t['severity']} The necessary treatment "
                  f"comprises {meds}."}[lang]


def s28_coi(c: Case, lang: str) -> str | None:
    if "no_coi" in c.flags or not c.coi_in_app:
        return None
    o, il = COUNTRIES[c.origin()], ILLNESSES[c.illness]
    cn, r, dr = cname(c.origin(), lang), _ex(c, "coi", lang), drug(c.illness, lang)
    ins = o["insurance_" + lang]
    return {"nl": f"In {cn} is {dr} enkel verkrijgbaar in {o['hospital']}, en dan nog met tussenpozen{r}. Een maand "
                  f"behandeling kost er ongeveer {il['cost']}; het gemiddelde maandloon bedraagt {o['wage']}. {ins}",
            "fr": f"Dans le pays d'origine ({cn}), {dr} n'est disponible qu'à {o['hospital']}, et de manière "
                  f"irrégulière{r}. Un mois de traitement y coûte environ {il['cost']}, pour un salaire mensuel moyen "
                  f"de {o['wage']}. {ins}",
            "en": f"In {cn}, {dr} is only available at {o['hospital']}, and then irregularly{r}. A month of "
                  f"treatment costs about {il['cost']}, against an average monthly wage of {o['wage']}. {ins}"}[lang]


def s28_family(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    rel = {"nl": {"spouse": "echtgeno(o)t(e)", "child": "kind"}, "fr": {"spouse": "conjoint(e)", "child": "enfant"},
           "en": {"spouse": "spouse", "child": "child"}}[lang]
    out = []
    for i, m in enumerate(c.family):
        q = m.p
        nat = "" if "no_nationality" in c.flags else f", {COUNTRIES[q.nationality]['adj_' + lang]}"
        born = {"nl": "geboren op", "fr": "né(e) le", "en": "born on"}[lang]
        out.append(f"{rel[m.rel]}: {q.given_names} {q.surname.upper()}, {born} {_d(c, q.birth_date, lang)} "
                   f"{ {'nl': 'te', 'fr': 'à', 'en': 'in'}[lang] } {q.birth_place}{nat}{_ex(c, f'fam{i}', lang)}")
    return {"nl": "De aanvraag wordt mede ingediend voor de volgende gezinsleden, die bij "
                  f"{_who(c, lang, False)} inwonen: " + "; ".join(out) + ".",
            "fr": "La demande est également introduite pour les membres de la famille suivants, qui vivent avec "
                  f"{_who(c, lang, False)} : " + "; ".join(out) + ".",
            "en": "The application is also made for the following family members, who live with my client: "
                  + "; ".join(out) + "."}[lang]


def s28_other(c: Case, lang: str) -> str | None:
    out = []
    if c.previous_9ter:
        d = _d(c, c.previous_9ter, lang)
        out.append({"nl": f"Op {d} werd al een aanvraag op grond van artikel 9ter ingediend, waarover nog niet werd "
                          f"beslist. Deze aanvraag vervangt die eerdere aanvraag, die hierbij wordt ingetrokken.",
                    "fr": f"Une demande fondée sur l'article 9ter a déjà été introduite le {d} et n'a pas encore été "
                          f"tranchée. La présente demande la remplace ; {_who(c, lang, False)} s'en désiste.",
                    "en": f"An application under Article 9ter was already lodged on {d} and has not yet been decided. "
                          f"This application replaces it; the earlier one is hereby withdrawn."}[lang])
    a = c.asylum
    if a and a.get("status") == "refused":
        d = _d(c, a["refused_on"], lang)
        out.append({"nl": f"Het verzoek om internationale bescherming werd op {d} definitief afgewezen.",
                    "fr": f"La demande de protection internationale a été définitivement rejetée le {d}.",
                    "en": f"The application for international protection was finally rejected on {d}."}[lang])
    return " ".join(out) or None


def s28_ask(c: Case, lang: str) -> str:
    return {"nl": "Ik verzoek u dan ook namens mijn cliënt(e) een machtiging tot verblijf van meer dan drie maanden "
                  "toe te kennen op grond van artikel 9ter van de wet van 15 december 1980.",
            "fr": "Je vous prie dès lors, au nom de mon client(e), d'accorder une autorisation de séjour de plus de "
                  "trois mois sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "en": "I therefore ask you, on my client's behalf, to grant leave to remain for more than three months "
                  "under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------- application 1: letterhead a third high

_LH = {"nl": dict(reg="AANGETEKEND", to=["Dienst Vreemdelingenzaken", "Afdeling Verblijf op medische gronden – 9ter",
                                          "Pachecolaan 44", "1000 BRUSSEL"],
                  subj="BETREFT: AANVRAAG TOT MACHTIGING TOT VERBLIJF – ARTIKEL 9TER – {n}", sal="Geachte heer, mevrouw,",
                  intro="Ik treed op als raadsman van {n} en dien namens {p} de hiernavolgende aanvraag in.",
                  h=["Identiteitsgegevens", "Verblijfplaats en woonplaatskeuze", "Gezinsleden", "Identiteitsbewijs",
                     "Medische toestand", "Zorg in het land van herkomst", "Andere procedures", "Verzoek"],
                  close="Met beleefde groeten,", role="advocaat", inv="STUKKEN", our="Ons kenmerk", firm="ADVOCATEN",
                  page="{i}/{n}", tel="T", foot="Derdenrekening BE{iban} · BTW BE 0{vat}"),
       "fr": dict(reg="RECOMMANDÉ", to=["Office des Étrangers", "Section 9ter – Séjour pour raisons médicales",
                                          "Boulevard Pachéco 44", "1000 BRUXELLES"],
                  subj="CONCERNE : DEMANDE D'AUTORISATION DE SÉJOUR – ARTICLE 9TER – {n}",
                  sal="Madame, Monsieur,", intro="J'interviens en qualité de conseil de {n} et introduis en son nom la "
                  "demande suivante.",
                  h=["Données d'identification", "Résidence et élection de domicile", "Membres de la famille",
                     "Preuve de l'identité", "Situation médicale", "Soins au pays d'origine", "Autres procédures",
                     "Demande"],
                  close="Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
                  role="avocat", inv="PIÈCES", our="Notre référence", firm="AVOCATS", page="{i}/{n}", tel="T",
                  foot="Compte de tiers BE{iban} · TVA BE 0{vat}"),
       "en": dict(reg="REGISTERED MAIL", to=["Immigration Office", "9ter Unit – residence on medical grounds",
                                              "Pachecolaan 44", "1000 BRUSSELS"],
                  subj="RE: APPLICATION FOR LEAVE TO REMAIN – ARTICLE 9TER – {n}", sal="Dear Sir or Madam,",
                  intro="I act for {n} and lodge the following application on {p} behalf.",
                  h=["Personal details", "Residence and elected domicile", "Family members", "Proof of identity",
                     "Medical situation", "Care in the country of origin", "Other procedures", "Request"],
                  close="Yours faithfully,", role="lawyer", inv="EXHIBITS", our="Our reference", firm="LAWYERS",
                  page="{i}/{n}", tel="T", foot="Client account BE{iban} · VAT BE 0{vat}")}
_ROMAN_H = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX."]


def app_letterhead(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L, R = c.lawyer, _LH[lang]
    font = rng.choice(["serif4", "serif7", "serif5"])
    hf = "sans2" if font != "sans3" else "sans3"
    size = 10.5
    col = rng.choice([(30, 60, 100), (110, 30, 50), (20, 90, 80), (70, 70, 70)])
    tint = tuple(int(255 - (255 - v) * 0.12) for v in col)
    mono = "".join(w[0] for w in L["firm"].replace("&", "").split()[:2]).upper()
    partners = [f"{L['first']} {L['last']}"] + [p for p in ("Sarah Vanhove", "Mehdi El Amrani", "Pauline Lenoir",
                                                           "Wouter Claessens", "Inès Ndongo") if L["last"] not in p][:4]
    iban = f"{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    vat = f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    ref = f"{c.app_date.year % 100}/{rng.randint(100, 999)}/{L['last'][:2].upper()}"
    esigned = rng.random() < 0.5

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            # a centred header in spaced capitals between a double rule, the addressee in the window position
            sh.text(105, 14, " ".join(L["firm"].upper()), font=font, size_pt=fit(" ".join(L["firm"].upper()), font, 15,
                                                                                170), anchor="center", color=col)
            sh.text(105, 22, R["firm"].lower() + " · " + {"nl": "vreemdelingenrecht en sociaal recht",
                                                          "fr": "droit des étrangers et droit social",
                                                          "en": "immigration and social law"}[lang], font=font,
                    size_pt=9, italic=font in ("serif", "serif2", "serif4", "serif6"), anchor="center")
            sh.rule(20, 28, 190, 28, width_mm=0.5, color=col)
            sh.rule(20, 29.2, 190, 29.2, width_mm=0.15, color=col)
            sh.text(20, 34, f"{L['street']}, {L['pc']} {L['city']}", font=hf, size_pt=8.2, color=GREY)
            sh.text(190, 34, f"{R['tel']} {L['tel']} · {L['mail']}", font=hf, size_pt=8.2, color=GREY, anchor="right")
            sh.text(120, 46, R["reg"], font=hf, size_pt=8.5, bold=True)
            for k, ln in enumerate(R["to"]):
                sh.text(120, 52 + k * 4.8, ln, font=font, size_pt=10)
            sh.text(20, 52, f"{R['our']}:", font=hf, size_pt=8, color=GREY)
            sh.text(20, 56, ref, font=hf, size_pt=9)
            sh.text(20, 62, ", ".join(partners[:3]), font=hf, size_pt=7.2, color=GREY)
            return sh, 84
        sh.text(105, 12, " ".join(L["firm"].upper()), font=font, size_pt=8, anchor="center", color=col)
        sh.rule(20, 16, 190, 16, width_mm=0.15, color=col)
        return sh, 24

    pg = Pager(new_page, bottom=272)
    sh = pg.sh
    pg.sh.text(120, 76, f"{L['city']}, {fdate(c.app_date, 'dots')}", font=font, size_pt=10)
    pg.lines(20, 170, R["subj"].format(n=name_in(c.p, "SURNAME Given").upper()), font=font, size=10.2, bold=True,
             gap=4)
    pg.lines(20, 170, R["sal"], font=font, size=size, gap=2.5)
    pos = {"nl": "haar" if c.fem else "hem", "fr": "", "en": "her" if c.fem else "his"}[lang]
    pg.lines(20, 170, R["intro"].format(n=name_in(c.p, c.name_style), p=pos), font=font, size=size, gap=4)
    H = R["h"]
    k = 0
    for head, body, tag in ((H[0], s28_person(c, lang), "personal"),
                            (H[1], " ".join(x for x in (s28_home(c, lang), s28_domicile(c, lang)) if x), "residence"),
                            (H[2], s28_family(c, lang), "family"), (H[3], s28_identity(c, lang), "identity"),
                            (H[4], s28_medical(c, lang), "medical"), (H[5], s28_coi(c, lang), "coi"),
                            (H[6], s28_other(c, lang), "parallel"), (H[7], s28_ask(c, lang), None)):
        if not body:
            continue
        pg.ensure(14)
        pg.lines(20, 170, f"{'ABCDEFGHI'[k]}. {head}", font=font, size=10.5, bold=True, color=(0, 0, 0), gap=1.2,
                 tag=tag, keep=1)
        pg.lines(20, 170, body, font=font, size=size, gap=4, tag=tag)
        k += 1
    pg.ensure(36)
    pg.lines(20, 170, R["close"], font=font, size=size, gap=3)
    pg.tag("signature")
    sh, y = pg.sh, pg.y
    name = f"{L['first']} {L['last']}"
    if "unsigned" in c.flags:
        sh.text(120, y + 20, name, font=font, size_pt=size)
        sh.text(120, y + 25, R["role"], font=font, size_pt=9, color=GREY)
        pg.y = y + 32
    elif esigned:
        when = datetime.datetime.combine(c.app_date, datetime.time(rng.randint(8, 19), rng.randint(0, 59),
                                                                   rng.randint(0, 59)))
        pg.y = esign(sh, 20, y + 2, name, when, lang, font=hf, role=R["role"]) + 4
    else:
        # the signature above the typed name, at the right
        sh.signature(118 + rng.uniform(0, 10), y + 1, rng.uniform(40, 52), 16, rng,
                     color=rng.choice([INK_BLUE, INK_BLACK]))
        sh.text(120, y + 20, name, font=font, size_pt=size)
        sh.text(120, y + 25, R["role"], font=font, size_pt=9, color=GREY)
        pg.y = y + 32
    ann = [d for _, d in c.annexes]
    if ann:
        pg.ensure(10 + 5 * min(3, len(ann)))
        pg.lines(20, 170, R["inv"], font=hf, size=9.6, bold=True, color=col, gap=1.5)
        for i, d in enumerate(ann, 1):
            pg.lines(20, 170, f"{ {'nl': 'Stuk', 'fr': 'Pièce', 'en': 'Exhibit'}[lang] } {i}: {d}", font=font,
                     size=9.6, gap=0.8)
    n = len(pg.pages)
    for i, p in enumerate(pg.pages, 1):
        p.text(105, 288, f"- {i} -", font=font, size_pt=8.5, anchor="center", color=GREY)
    return pg.pages, pg.tags


for _lg, _d_ in (("nl", "a law firm's letter under a centred header in spaced capitals, lettered headings, the "
                       "addressee in the window, the signature above the typed name at the right or digital"),
                ("fr", "lettre d'avocat, en-tête centré en capitales espacées, rubriques A., B., signature à droite"),
                ("en", "the same firm's letter in English")):
    _reg(f"be9ter-app-{_lg}-lawyer-prose-gecentreerd-spatiekapitalen-letterkoppen-venster-28", "application",
         PART, _lg, (lambda c, r, lg=_lg: app_letterhead(c, r, lang=lg)), _d_)


# --------------------------------------------------------------------------- application 2: printed web form

_WF = {"nl": dict(org="Medisch Verblijf Brussel vzw", title="Aanvraag 9ter – online invulhulp",
                  url="https://www.medischverblijf-brussel.be/9ter/aanvraag/afdruk", ptitle="Aanvraag 9ter – afdruk",
                  intro="Druk dit formulier af, onderteken het en stuur het met de stukken aangetekend naar: Dienst "
                        "Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel.",
                  s1="1. Persoonsgegevens", s2="2. Adres en woonplaatskeuze", s3="3. Gezinsleden",
                  s4="4. Identiteit", s5="5. Ziekte en behandeling", s6="6. Zorg in het land van herkomst",
                  s7="7. Eerdere procedures", s8="8. Bijlagen", s9="9. Ondertekening",
                  name="Familienaam", first="Voornamen", bd="Geboortedatum", bp="Geboorteplaats",
                  bc="Geboorteland", nat="Nationaliteit", nr="Rijksregisternr. / DVZ-nr.", sex="Geslacht",
                  sexo=["man", "vrouw"], addr="Adres waar ik feitelijk verblijf", dom="Keuze van woonplaats",
                  domo=["op mijn verblijfsadres", "bij mijn advocaat", "ander adres"], other="Ander adres",
                  fam="Gezinsleden die de aanvraag meedoen", idt="Hoe bewijs ik mijn identiteit?",
                  med="Mijn ziekte en de behandeling", coi="Beschikbaarheid en toegankelijkheid in mijn land",
                  oth="Andere of eerdere procedures", ann="Stukken bij deze aanvraag",
                  ask="Ik vraag een machtiging tot verblijf om medische redenen op grond van artikel 9ter van de wet "
                      "van 15 december 1980.",
                  place="Plaats en datum", sign="Handtekening van de aanvrager", none="—"),
       "fr": dict(org="Santé-Séjour Bruxelles asbl", title="Demande 9ter – aide en ligne",
                  url="https://www.sante-sejour-bruxelles.be/9ter/demande/impression", ptitle="Demande 9ter – "
                  "impression",
                  intro="Imprimez ce formulaire, signez-le et envoyez-le avec les pièces par recommandé à : Office des "
                        "Étrangers, Boulevard Pachéco 44, 1000 Bruxelles.",
                  s1="1. Données personnelles", s2="2. Adresse et élection de domicile", s3="3. Membres de la famille",
                  s4="4. Identité", s5="5. Maladie et traitement", s6="6. Soins dans le pays d'origine",
                  s7="7. Procédures antérieures", s8="8. Annexes", s9="9. Signature",
                  name="Nom", first="Prénoms", bd="Date de naissance", bp="Lieu de naissance", bc="Pays de naissance",
                  nat="Nationalité", nr="N° national / n° OE", sex="Sexe", sexo=["homme", "femme"],
                  addr="Adresse où je réside effectivement", dom="Élection de domicile",
                  domo=["à mon adresse de résidence", "chez mon avocat", "autre adresse"], other="Autre adresse",
                  fam="Membres de la famille compris dans la demande", idt="Comment je prouve mon identité",
                  med="Ma maladie et le traitement", coi="Disponibilité et accessibilité dans mon pays",
                  oth="Procédures autres ou antérieures", ann="Pièces jointes à la demande",
                  ask="Je demande une autorisation de séjour pour raisons médicales sur la base de l'article 9ter de la "
                      "loi du 15 décembre 1980.",
                  place="Lieu et date", sign="Signature du demandeur", none="—")}


def _first_person(text: str | None, c: Case, lang: str) -> str | None:
    """The web form speaks in the applicant's own voice: what the letter says of 'mijn cliënt' becomes 'ik'."""
    if not text:
        return text
    if lang == "nl":
        rep = [("dat mijn cliënte lijdt", "dat ik lijd"), ("dat mijn cliënt lijdt", "dat ik lijd"),
               ("Mijn cliënte heeft momenteel", "Ik heb momenteel"), ("Mijn cliënt heeft momenteel", "Ik heb momenteel"),
               ("Mijn cliënte diende", "Ik diende"), ("Mijn cliënt diende", "Ik diende"),
               ("bij mijn cliënte inwonen", "bij mij inwonen"), ("bij mijn cliënt inwonen", "bij mij inwonen")]
    else:
        rep = [("que ma cliente souffre", "que je souffre"), ("que mon client souffre", "que je souffre"),
               ("Ma cliente a introduit", "J'ai introduit"), ("Mon client a introduit", "J'ai introduit"),
               ("Ma cliente ne dispose", "Je ne dispose"), ("Mon client ne dispose", "Je ne dispose"),
               ("avec ma cliente", "avec moi"), ("avec mon client", "avec moi"),
               ("mon client s'en désiste", "je m'en désiste"), ("ma cliente s'en désiste", "je m'en désiste")]
    for a, b in rep:
        text = text.replace(a, b)
    return text


def app_webform(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A social service's word-processor template filled in on screen: labels in a shaded left column, the answers
    typed in the right column, numbered sections underlined, the date typed and the signature under its label
    without a box, 'versie 03/2026 – p. n/N' in the footer."""
    R = _WF[lang]
    f = rng.choice(["sans4", "sans5", "narrow"])
    af = rng.choice(["mono", "typewriter", "sans2"])
    col = rng.choice([(60, 60, 60), (30, 70, 120), (100, 60, 20)])
    shade = (236, 236, 232)
    p = c.p
    org = {"nl": rng.choice(["OCMW Gent – Sociale dienst", "Sociaal Huis Antwerpen – Dienst Vreemdelingen"]),
           "fr": rng.choice(["CPAS de Liège – Service social", "CPAS de Charleroi – Cellule étrangers"])}[lang]

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(20, 14, org, font=f, size_pt=9, color=col)
            sh.text(20, 21, R["title"].split("–")[0].strip(), font=f, size_pt=17, bold=True)
            sh.text(20, 29, {"nl": "model ingevuld met de sociale dienst", "fr": "modèle complété avec le service "
                             "social"}[lang], font=f, size_pt=9, color=GREY)
            y = sh.paragraph(20, 36, 170, R["intro"], font=f, size_pt=8.5, leading=1.35, color=(70, 70, 70))
            return sh, y + 4
        sh.text(20, 12, org, font=f, size_pt=7.5, color=GREY)
        return sh, 20

    pg = Pager(new_page, bottom=274)

    def section(t: str):
        pg.ensure(18)
        n, _, rest = t.partition(". ")
        pg.sh.text(20, pg.y, f"{n}.", font=f, size_pt=11, bold=True, color=col)
        w = pg.sh.text(28, pg.y, rest, font=f, size_pt=11, bold=True, color=col)
        pg.sh.rule(28, pg.y + 5, 28 + w, pg.y + 5, width_mm=0.3, color=col)
        pg.y += 8

    def cells(row: list[tuple[str, str, float]], tag: str | None = None):
        pg.tag(tag)
        for lab, val, w in row:
            pg.ensure(7.5)
            pg.sh.rect(20, pg.y, 58, 7, width_mm=0, fill=shade)
            pg.sh.text(22, pg.y + 1.6, lab, font=f, size_pt=9)
            v = val or ""
            pg.sh.text(81, pg.y + 1.4, v, font=af, size_pt=fit(v, af, 10, 108), color=(10, 30, 110))
            pg.sh.rule(78, pg.y + 7, 190, pg.y + 7, width_mm=0.12, color=(170, 170, 170))
            pg.y += 7.6

    def box(lab: str, text: str | None, tag: str | None = None, min_lines: int = 2):
        rows = wrap(text or "", 168, af, 9.6) if text else []
        pg.ensure(12)
        pg.tag(tag if text else None)
        pg.sh.rect(20, pg.y, 170, 6.5, width_mm=0, fill=shade)
        pg.sh.text(22, pg.y + 1.3, lab, font=f, size_pt=9)
        pg.y += 8
        for r in rows or [""] * min_lines:
            pg.ensure(4.6)
            if r:
                pg.sh.text(21, pg.y, r, font=af, size_pt=9.6, color=(10, 30, 110))
            pg.y += 4.6
        pg.y += 3

    section(R["s1"])
    cells([(R["name"], p.surname.upper(), 85), (R["first"], p.given_names, 85)], "personal")
    cells([(R["bd"], fdate(p.birth_date, "slashes", lang), 45),
           (R["bp"], "" if "no_birthplace" in c.flags else p.birth_place, 70),
           (R["bc"], "" if "no_birthplace" in c.flags else cname(c.birth_cc(), lang), 55)])
    cells([(R["nat"], "" if "no_nationality" in c.flags else COUNTRIES[p.nationality]["adj_" + lang], 60),
           (R["nr"], c.nrn or c.ov or "", 70), (R["sex"], R["sexo"][0 if p.sex == "M" else 1], 40)])
    pg.y += 3
    section(R["s2"])
    addr = "" if "no_address" in c.flags else addr_str(c.addr, lang, "street-first")
    cells([(R["addr"], addr, 170)], "residence")
    dom = None if ("no_domicile" in c.flags or c.domicile == "none") else c.domicile
    pg.ensure(20)
    y0 = pg.y
    pg.sh.rect(20, y0, 58, 14, width_mm=0, fill=shade)
    pg.sh.text(22, y0 + 1.6, R["dom"], font=f, size_pt=9)
    x = 81
    for k, o in enumerate(R["domo"]):
        on = (dom == "residence" and k == 0) or (dom == "lawyer" and k == 1) or (dom == "other" and k == 2)
        pg.sh.text(x, y0 + 1.2, "☒" if on else "☐", font="sans3", size_pt=10)
        w = pg.sh.text(x + 5, y0 + 1.6, o, font=f, size_pt=8.8)
        x += w + 9
    detail = ""
    if dom == "lawyer" and c.lawyer:
        L = c.lawyer
        detail = f"{L['first']} {L['last']}, {L['firm']}, {L['street']}, {L['pc']} {L['city']}"
    elif dom == "other":
        detail = c.other_domicile or ""
    if detail:
        pg.sh.text(81, y0 + 7.6, detail, font=af, size_pt=fit(detail, af, 9.4, 108), color=(10, 30, 110))
    pg.y = y0 + 17
    if c.family:
        section(R["s3"])
        box(R["fam"], _first_person(s28_family(c, lang), c, lang), "family", 1)
    section(R["s4"])
    box(R["idt"], _first_person(s28_identity(c, lang), c, lang), "identity")
    section(R["s5"])
    box(R["med"], _first_person(s28_medical(c, lang), c, lang), "medical", 3)
    coi = s28_coi(c, lang)
    section(R["s6"])
    box(R["coi"], _first_person(coi, c, lang), "coi" if coi else None)
    oth = s28_other(c, lang)
    section(R["s7"])
    box(R["oth"], _first_person(oth, c, lang) or R["none"], "parallel" if oth else None, 1)
    ann = [d for _, d in c.annexes]
    section(R["s8"])
    box(R["ann"], " · ".join(f"{i}) {d}" for i, d in enumerate(ann, 1)) or R["none"], None, 1)
    section(R["s9"])
    pg.ensure(36)
    y = pg.sh.paragraph(20, pg.y, 170, R["ask"], font=f, size_pt=9.5, bold=True) + 3
    sh = pg.sh
    sh.text(20, y + 2, R["place"] + ":", font=f, size_pt=9.5)
    sh.text(60, y + 1.6, f"{c.addr.city}, {fdate(c.app_date, 'dots', lang)}", font=af, size_pt=10, color=(10, 30, 110))
    sh.text(20, y + 11, R["sign"] + ":", font=f, size_pt=9.5)
    ink = rng.choice([PEN, (30, 30, 40)])
    pg.tags["signature"] = len(pg.pages)
    if "unsigned" not in c.flags:
        sh.signature(24, y + 15, rng.uniform(38, 54), 16, rng, color=ink)
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.rule(20, 281, 190, 281, width_mm=0.15, color=(160, 160, 160))
        s_.text(20, 283, {"nl": "versie 03/2026", "fr": "version 03/2026"}[lang], font=f, size_pt=7.5, color=GREY)
        s_.text(190, 283, f"p. {i}/{n}", font=f, size_pt=7.5, anchor="right", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-app-nl-form-ocmw-sjabloon-grijze-labelkolom-getypte-antwoorden-28", "application", PART, "nl",
     lambda c, r: app_webform(c, r, lang="nl"),
     "a social service's word-processor template, labels in a shaded left column, typed answers, signed under the label")
_reg("be9ter-app-fr-form-cpas-modele-colonne-grise-reponses-dactylographiees-28", "application", PART, "fr",
     lambda c, r: app_webform(c, r, lang="fr"), "modèle du CPAS, libellés en colonne grisée, réponses tapées")


# --------------------------------------------------------------------------- medical certificate 2024: hospital print

_BI = {"s1": ("1. Identificatie van de patiënt", "Identification du patient"),
       "name": ("Naam", "Nom"), "first": ("Voornaam", "Prénom"), "bd": ("Geboortedatum", "Date de naissance"),
       "nat": ("Nationaliteit", "Nationalité"),
       "s2": ("2. Identificatie van de arts", "Identification du médecin"),
       "dname": ("Naam van de arts", "Nom du médecin"), "riziv": ("RIZIV-nummer", "Numéro INAMI"),
       "spec": ("Specialisme", "Spécialité"), "tel": ("Telefoon", "Téléphone"),
       "s3": ("3. Opvolging sinds", "Suivi depuis"), "s4": ("4. Medische voorgeschiedenis", "Antécédents médicaux"),
       "s5": ("5. Diagnose (ICD-10)", "Diagnostic (CIM-10)"), "s6": ("6. Graad van ernst", "Degré de gravité"),
       "s7a": ("7a. Medicatie", "Médicaments"), "s7b": ("7b. Andere behandeling / ingrepen",
                                                         "Autres traitements / interventions"),
       "s7c": ("7c. Geschatte duur", "Durée prévue"), "s8": ("8. Gevolgen bij stopzetting", "Conséquences de l'arrêt"),
       "s9": ("9. Evolutie en prognose", "Évolution et pronostic"),
       "s10": ("10. Noden inzake opvolging en mantelzorg", "Besoins de suivi et de soins"),
       "s11": ("11. Kan de patiënt reizen?", "Le patient peut-il voyager ?"),
       "date": ("Datum", "Date"), "sign": ("Handtekening en stempel van de arts", "Signature et cachet du médecin")}


def medcert_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as the official printed form (one language), filled in by hand in a flowing cursive on its
    ruled answer lines; the severity's printed options with the chosen one circled by hand; the practice's rubber
    stamp pressed at the left of the signature box, the signature at its right; the date written short
    ('3/11/26')."""
    M, v = MC_NEW[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["serif", "sans4"])
    hf = rng.choice(["hand1", "hand3", "hand2"])
    ink = rng.choice([INK_BLUE, INK_BLACK])

    def new_page(i: int):
        sh = Sheet()
        if i == 0:
            sh.text(105, 14, M["title"], font=f, size_pt=13, bold=True, anchor="center")
            y = sh.paragraph(25, 21, 160, M["law"], font=f, size_pt=8.2, leading=1.3, align="center")
            sh.text(105, y + 1, M["model"], font=f, size_pt=7.5, anchor="center", color=GREY)
            return sh, y + 9
        return sh, 16

    pg = Pager(new_page, bottom=272)

    def head(t: str, tag: str | None = None):
        pg.ensure(16)
        pg.tag(tag)
        pg.lines(20, 170, t, font=f, size=9.8, bold=True, gap=1.2, keep=1)

    def answer(val: str, n_min: int = 2, tag: str | None = None, x: float = 20, w: float = 170):
        rows = wrap(glyphs(val, hf), w * 0.80, hf, 11.5) if val else []
        n = max(n_min, len(rows))
        pg.tag(tag if val else None)
        for i in range(n):
            pg.ensure(6.6)
            pg.sh.rule(x, pg.y + 5.2, x + w, pg.y + 5.2, width_mm=0.12, color=(150, 150, 150), dash=0.6)
            if i < len(rows):
                pg.sh.handwriting(x + 1, pg.y - 1.2, rows[i], rng, size_pt=11.5, color=ink, font=hf)
            pg.y += 6.6
        pg.y += 1.5

    def pair(label: str, val: str, tag: str | None = None):
        pg.ensure(7.5)
        pg.tag(tag)
        w = pg.sh.text(24, pg.y, label + (" :" if lang == "fr" else ":"), font=f, size_pt=9.4)
        pg.sh.rule(24 + w + 2, pg.y + 4.6, 190, pg.y + 4.6, width_mm=0.12, color=(150, 150, 150), dash=0.6)
        if val:
            pg.sh.handwriting(24 + w + 4, pg.y - 1.6, glyphs(val, hf), rng, size_pt=11.5, color=ink, font=hf)
        pg.y += 7.2

    head(M["s1"], "patient")
    pair(M["name"], v["surname"], "patient")
    pair(M["first"], v["first"])
    pair(M["bd"], v["bd"])
    pair(M["nat"], v["nat"])
    head(M["s2"], "doctor")
    pair(M["dname"], d.name())
    pair(M["riziv"], v["riziv"])
    pair(M["spec"], SPECIALTY[d.spec].get(lang, ""))
    head(M["s3"])
    answer(fdate(c.cert_date - timedelta(days=rng.randint(150, 1600)), "slashes", lang), 1)
    head(M["s4"])
    answer(v["hist"], 2)
    head(M["s5"], "illness")
    answer(f"{v['ill']} ({v['icd']})" if v["ill"] else "", 2, "illness")
    head(M["s6"], "severity")
    pg.ensure(10)
    k = None if "mc_no_severity" in c.flags else rng.choice([2, 2, 3])
    x = 24
    for i, o in enumerate(M["sevopts"]):
        w = pg.sh.text(x, pg.y, o, font=f, size_pt=9.6)
        if i == k:
            img = Image.new("RGBA", (400, 140), (0, 0, 0, 0))
            dr = ImageDraw.Draw(img)
            j = rng.uniform(-8, 8)
            dr.ellipse([6, 8 + j, 394, 132 - j], outline=ink + (255,), width=8)
            pg.sh.image(x - 3, pg.y - 1.8, w + 6, 7.6, img, blend="multiply")
        x += w + 14
    pg.y += 7
    pg.lines(24, 166, M["s6b"], font=f, size=8.8, gap=0.5)
    answer(v["sev"], 2, "severity")
    head(M["s7"], "treatment")
    pg.lines(24, 166, M["s7a"], font=f, size=8.8, gap=0.5)
    answer(v["meds"], 2, "treatment")
    pg.lines(24, 166, M["s7b"], font=f, size=8.8, gap=0.5)
    answer(v["interv"], 1)
    pg.lines(24, 166, M["s7c"], font=f, size=8.8, gap=0.5)
    answer(v["dur"], 1)
    head(M["s8"])
    answer(v["cons"], 2)
    head(M["s9"])
    answer(v["prog"], 1)
    head(M["s10"])
    answer(v["needs"], 1)
    head(M["s11"])
    answer(v["travel"], 1)
    pg.ensure(40)
    pg.tag("signature")
    y = pg.y + 3
    sh = pg.sh
    sh.text(20, y, M["date"] + (" :" if lang == "fr" else ":"), font=f, size_pt=9.4)
    cd = c.cert_date
    short = f"{cd.day}/{cd.month}/{cd.year % 100:02d}" if c.cert_date_style in ("slashes", "short") else v["date"]
    sh.handwriting(40, y - 1.6, short, rng, size_pt=11.5, color=ink, font=hf)
    sh.rect(20, y + 8, 170, 30, width_mm=0.3)
    sh.text(21.5, y + 9, M["sign"], font=f, size_pt=7.5, color=GREY)
    if v["signed"]:
        sh.stamp(24, y + 13, _stamp_lines(c, lang, bool(v["riziv"])), rng, shape="rect", size_mm=40,
                 color=STAMP_BLUE, angle=rng.uniform(-3, 3))
        sh.signature(120, y + 14, rng.uniform(40, 55), 18, rng, color=ink)
    n = len(pg.pages)
    for i, s_ in enumerate(pg.pages, 1):
        s_.text(105, 287, M["page"].format(i=i, n=n), font=f, size_pt=8, anchor="center", color=GREY)
    return pg.pages, pg.tags


_reg("be9ter-medcert-2024-nl-officieel-formulier-handgeschreven-cursief-ernst-omcirkeld-28", "medical-certificate",
     PART, "nl", lambda c, r: medcert_hand(c, r, lang="nl"),
     "2024 model, the official form filled in by hand in cursive, severity circled, stamp beside the signature")
_reg("be9ter-medcert-2024-fr-formulaire-officiel-manuscrit-cursive-gravite-entouree-28", "medical-certificate",
     PART, "fr", lambda c, r: medcert_hand(c, r, lang="fr"),
     "modèle 2024, formulaire officiel rempli à la main en cursive, gravité entourée, cachet à côté de la signature")


# --------------------------------------------------------------------------- medical certificate, old model: bullets

def _bullets(text: str) -> list[str]:
    """A doctor's sentences as bullets: split after a full stop that ends a word (not '14. Lebensjahr')."""
    import re
    parts = [p.strip() for p in re.split(r"(?<=[a-zà-ÿ)%])[.;]\s+(?=[A-ZÀ-ÝÄÖÜ])", str(text)) if p.strip()]
    return [p if p.endswith(".") else p + "." for p in parts] or [""]


def medcert_old_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model printed from a practice's software as a two-column table: the model's questions in a
    narrow grey left column, the answers typed in the right column; the practice's data at the top right, the
    title at the left; the date in the ISO form the software prints, the signature at the left of the stamp at the
    foot; printed on the practice's faintly green paper."""
    M_, v = MC_OLD[lang], _values(c, lang, rng)
    d = c.doctor
    f = rng.choice(["sans4", "narrow", "sans5"])
    col = rng.choice([(50, 90, 60), (40, 60, 110)])
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")

    def new_page(i: int):
        sh = Sheet(paper="green")
        if i == 0:
            for k, ln in enumerate((d.inst or d.name(), d.name(), sp, f"{d.street}", f"{d.pc} {d.city}",
                                    f"Tel. {d.tel}")):
                sh.text(190, 12 + k * 4.4, ln, font=f, size_pt=9 if k else 10.5, bold=(k == 0), anchor="right",
                        color=col if k == 0 else (40, 40, 40))
            sh.text(20, 14, M_["title"], font=f, size_pt=fit(M_["title"], f, 13, 100, True), bold=True)
            y = sh.paragraph(20, 21, 100, f"{M_['sub']} {M_['law']}", font=f, size_pt=7.8, leading=1.3,
                             color=GREY)
            return sh, max(y, 42) + 6
        sh.text(20, 12, f"{M_['title']} – {v['pat'] or '…'} ({i + 1})", font=f, size_pt=8, color=GREY)
        return sh, 20

    pg = Pager(new_page, bottom=272)

    def row(q: str, a: str, tag: str | None = None):
        qs = wrap(q, 48, f, 8.6)
        an = wrap(a, 118, f, 9.8) if a else [""]
        h = max(len(qs) * 3.8, len(an) * 4.5) + 3
        pg.ensure(min(h, 60))
        pg.tag(tag)
        y0 = pg.y
        pg.sh.rect(20, y0, 50, h, width_mm=0, fill=(228, 230, 226))
        for i, t in enumerate(qs):
            pg.sh.text(21.5, y0 + 1.2 + i * 3.8, t, font=f, size_pt=8.6, color=(60, 60, 60))
        for i, t in enumerate(an):
            pg.sh.text(72, y0 + 1.2 + i * 4.5, t, font=f, size_pt=9.8)
        pg.sh.rule(20, y0 + h, 190, y0 + h, width_mm=0.15, color=(170, 170, 170))
        pg.y = y0 + h + 0.5

    row(M_["pat"], v["pat"], "patient")
    row(M_["bd"], v["bd"])
    row(M_["nat"], v["nat"])
    row(M_["A"], v["hist"])
    row(M_["B"] + " – " + M_["diag"], f"{v['ill']}" + (f" ({v['icd']})" if v["icd"] else ""), "illness")
    row(M_["sev"], v["sev"], "severity")
    row(M_["C"] + " – " + M_["med"], v["meds"], "treatment")
    row(M_["interv"], v["interv"])
    row(M_["dur"], v["dur"])
    row(M_["D"], v["cons"])
    row(M_["E"], v["prog"])
    row(M_["F"], v["needs"])
    row(M_["G"], v["travel"])
    pg.ensure(46)
    pg.tag("signature")
    sh, y = pg.sh, pg.y + 5
    sh.text(20, y, f"{M_['date']} {c.cert_date.isoformat() if c.cert_date_style in ('iso', 'dashes') else v['date']}",
            font=f, size_pt=10)
    sh.text(20, y + 5.5, f"{M_['riziv']} {v['riziv']}", font=f, size_pt=10)
    sh.text(20, y + 11, f"{M_['spec']} {sp}", font=f, size_pt=10)
    sh.text(20, y + 18, M_["sign"], font=f, size_pt=8.5, color=GREY)
    if v["signed"]:
        sh.signature(22, y + 22, 44, 16, rng, color=INK_BLUE)
        sh.stamp(76, y + 20, _stamp_lines(c, lang if lang != "en" else "nl", bool(v["riziv"])), rng, shape="oval",
                 size_mm=38, color=STAMP_VIOLET, angle=rng.uniform(-8, 8))
    sh.text(20, y + 42, d.name(), font=f, size_pt=10)
    return pg.pages, pg.tags


_reg("be9ter-medcert-old-en-praktijksoftware-tabel-grijze-vraagkolom-groen-papier-28", "medical-certificate", PART,
     "en", lambda c, r: medcert_old_table(c, r, lang="en"),
     "the previous model printed from a practice's software as a two-column table (questions in grey), English")
_reg("be9ter-medcert-old-de-praxissoftware-tabelle-graue-fragenspalte-gruenes-papier-28", "medical-certificate",
     PART, "de", lambda c, r: medcert_old_table(c, r, lang="de"),
     "das frühere Muster aus der Praxissoftware als zweispaltige Tabelle, Fragen grau hinterlegt")


# --------------------------------------------------------------------------- medical statements

def _ml(c: Case) -> str:
    return c.lang if c.lang in ("nl", "fr") else "fr"


def medstat_specialist_bullets(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    f = rng.choice(["serif4", "sans4"])
    col = rng.choice([(0, 70, 110), (90, 40, 30)])
    sh = Sheet()
    sh.text(105, 10, (d.inst or d.name()).upper(), font=f, size_pt=12, bold=True, color=col, anchor="center")
    sh.text(105, 16, f"{d.dept or SPECIALTY[d.spec].get(lang, '')}", font=f, size_pt=9.5, anchor="center")
    sh.rule(20, 22, 190, 22, width_mm=0.2, color=col)
    sh.text(105, 286, f"{d.street} · {d.pc} {d.city} · {d.tel}", font=f, size_pt=7.5, color=GREY, anchor="center")
    T = {"nl": dict(to="Aan de behandelende huisarts", re="Betreft", born="geb.", sal="Geachte collega,",
                    intro="Ik zag uw patiënt(e) opnieuw op de raadpleging. Samengevat:", a="Voorgeschiedenis",
                    b="Diagnose", cc="Behandeling", dd="Beleid", end="Met collegiale groeten,"),
         "fr": dict(to="Au médecin traitant", re="Concerne", born="né(e) le", sal="Cher Confrère,",
                    intro="J'ai revu votre patient(e) en consultation. En résumé :", a="Antécédents",
                    b="Diagnostic", cc="Traitement", dd="Attitude", end="Bien confraternellement,")}[lang]
    sh.text(120, 38, T["to"], font=f, size_pt=10)
    sh.text(120, 43, f"{d.city}, {d_abbr(c.medstat_date, lang)}", font=f, size_pt=10)
    sh.text(20, 56, f"{T['re']}: {name_in(c.p, 'SURNAME Given')}, {T['born']} {fdate(c.p.birth_date, 'slashes', lang)}",
            font=f, size_pt=10.5, bold=True)
    y = sh.paragraph(20, 66, 170, T["sal"], font=f, size_pt=10.5) + 2
    y = sh.paragraph(20, y, 170, T["intro"], font=f, size_pt=10.5) + 3
    for head, items in ((T["a"], _bullets(t["history"])),
                        (T["b"], [f"{t['name']} (ICD-10 {il['icd']})."] + _bullets(t["severity"])),
                        (T["cc"], [m + "." for m in t["meds"]] + _bullets(t["intervention"])),
                        (T["dd"], _bullets(t["duration"]) + _bullets(t["consequences"]))):
        # the headings in small capitals in a left margin column, the text beside them
        sh.text(20, y, head.upper(), font=f, size_pt=8.6, bold=True, color=col)
        y = sh.paragraph(58, y, 132, " ".join(items), font=f, size_pt=10.2, leading=1.4) + 4
    sh.text(120, y + 2, T["end"], font=f, size_pt=10.5)
    sh.signature(120 + rng.uniform(0, 8), y + 7, rng.uniform(40, 52), 15, rng, color=INK_BLUE)
    sh.text(120, y + 24, d.name(), font=f, size_pt=10.5)
    sh.text(120, y + 29, SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=9.5, color=GREY)
    return [sh], {}


def medstat_ehr_validated(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = _ml(c)
    d = c.doctor if "medcert_absent" in c.flags else c.specialist
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    f = "mono2"
    sh = Sheet()
    sh.rect(20, 10, 170, 16, width_mm=0.3, fill=(240, 242, 246))
    sh.text(23, 12, d.inst or d.name(), font=f, size_pt=11, bold=True)
    sh.text(23, 18.5, {"nl": "Consultatieverslag", "fr": "Rapport de consultation"}[lang] + " – " +
            SPECIALTY[d.spec].get(lang, ""), font=f, size_pt=8.5, color=GREY)
    rows = {"nl": [("Patiënt", name_in(c.p, "SURNAME, Given")), ("Geboortedatum", fdate(c.p.birth_date, "dots")),
                   ("Datum consultatie", c.medstat_date.isoformat()), ("Arts", d.name())],
            "fr": [("Patient", name_in(c.p, "SURNAME, Given")), ("Date de naissance", fdate(c.p.birth_date, "dots")),
                   ("Date de consultation", c.medstat_date.isoformat()), ("Médecin", d.name())]}[lang]
    y = 32
    for i, (a, b) in enumerate(rows):
        label_cell(sh, 20 + (i % 2) * 85, y + (i // 2) * 11, 85, 11, a, b, font=f, vsize=9.5)
    y += 28
    heads = {"nl": ["Anamnese", "Klinisch onderzoek en diagnose", "Medicatie", "Plan"],
             "fr": ["Anamnèse", "Examen clinique et diagnostic", "Médication", "Plan"]}[lang]
    for h, txt in zip(heads, (t["history"], f"{t['name']} (ICD-10 {il['icd']}). {t['severity']}",
                              " / ".join(t["meds"]), f"{t['intervention']} {t['duration']}")):
        sh.text(20, y, h.upper(), font=f, size_pt=8.5, bold=True, color=(40, 60, 100))
        y = sh.paragraph(20, y + 4.5, 170, txt, font=f, size_pt=9.8, leading=1.4) + 4
    ini = "".join(w[0] for w in d.name().replace("Dr. ", "").split()[:2]).upper()
    sh.text(20, y + 2, f"{'Dict./Typ.' if lang == 'nl' else 'Dict./Dact.'}: {ini}/{rng.choice(['mv', 'sd', 'kb', 'lr'])}",
            font="mono", size_pt=8.5, color=GREY)
    sh.stamp(20, y + 8, [{"nl": "GEDICTEERD – NIET NAGELEZEN", "fr": "DICTÉ – NON RELU"}[lang]], rng, shape="rect",
             size_mm=44, color=STAMP_RED, angle=rng.uniform(-4, 4))
    sh.signature(120, y + 6, 30, 13, rng, color=INK_BLACK, style="initials", initials=ini)
    sh.text(120, y + 21, d.name(), font=f, size_pt=9.5)
    sh.text(20, 287, f"{d.inst} · {c.medstat_date.isoformat()} · 1/1", font=f, size_pt=7, color=GREY)
    return [sh], {}


_reg("be9ter-medstat-specialist-brief-huisarts-kleinkapitaal-kantlijnkoppen-handtekening-rechts-28",
     "medical-statement", PART, "nl/fr", medstat_specialist_bullets,
     "specialist's letter to the GP, small-capital headings in a margin column, signed above the name at the right")
_reg("be9ter-medstat-consultatieverslag-mono-gedicteerd-niet-nagelezen-paraaf-28", "medical-statement", PART, "nl/fr",
     medstat_ehr_validated, "consultation report in a mono face, dictated and not re-read (stamp), initialled")


# --------------------------------------------------------------------------- country of origin information

_OTHER_CITIES = {"BDI": ["Gitega", "Ngozi", "Rumonge"], "TGO": ["Sokodé", "Kara", "Atakpamé"],
                 "TUR": ["Van", "Şanlıurfa", "Erzurum"]}


def coi_webprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    fr = c.lang == "fr" and rng.random() < 0.6
    lang = "fr" if fr else "en"
    cn = cname(o, lang)
    dr = drug(c.illness, lang)
    f = "serif7"
    printed = datetime.datetime.combine(c.app_date - timedelta(days=rng.randint(5, 40)),
                                        datetime.time(rng.randint(9, 18), rng.randint(0, 59)))
    slug = cn.lower().replace(" ", "-").replace("ê", "e").replace("é", "e")
    url = f"https://www.health-access-monitor.org/{'fr/pays' if fr else 'countries'}/{slug}/{c.illness}"
    title = (f"Accès aux soins – {cn} – Health Access Monitor" if fr else f"{cn}: access to care – Health Access Monitor")
    cities = _OTHER_CITIES.get(o, ["—", "—", "—"])
    if fr:
        fin = FR_IN.get(o, f"au {cn}")
        paras = [f"Disponibilité de {dr}", f"{fin[0].upper() + fin[1:]}, {dr} figure sur la liste nationale des "
                 f"médicaments essentiels, "
                 f"mais n'est délivré en pratique qu'à {co['hospital']}. Les ruptures de stock de plusieurs semaines "
                 f"sont fréquentes ; hors de la capitale ({', '.join(cities)}), le médicament n'est pas disponible.",
                 "Coût et accessibilité", f"Un mois de traitement coûte environ {il['cost']} dans le secteur privé, pour "
                 f"un salaire mensuel moyen de {co['wage']}. {co['insurance_fr']}",
                 "Suivi spécialisé", "Le suivi biologique nécessaire n'est assuré que par quelques laboratoires "
                 "privés de la capitale, à la charge du patient."]
    else:
        paras = [f"Availability of {dr}", f"In {cn}, {dr} is on the national essential medicines list but is in "
                 f"practice dispensed only at {co['hospital']}. Stock-outs lasting several weeks are frequent; outside "
                 f"the capital ({', '.join(cities)}) the medicine is not available.",
                 "Cost and accessibility", f"One month of treatment costs about {il['cost']} in the private sector, "
                 f"against an average monthly wage of {co['wage']}. {co['insurance_en']}",
                 "Specialised follow-up", "The laboratory follow-up required is offered only by a few private "
                 "laboratories in the capital, at the patient's expense."]
    pages = []
    for i in range(2):
        sh = Sheet()
        sh.rect(0, 0, 12, 297, width_mm=0, fill=(150, 60, 20))
        sh.text(20, 288, ("Note pays" if fr else "Country note") + f" – {cn} – {c.illness}", font=f, size_pt=7.5,
                color=GREY)
        sh.text(190, 288, (f"page {i + 1} de 2" if fr else f"page {i + 1} of 2"), font=f, size_pt=7.5,
                anchor="right", color=GREY)
        pages.append(sh)
    sh = pages[0]
    sh.text(20, 14, "HEALTH ACCESS MONITOR", font=f, size_pt=9, bold=True, color=(150, 60, 20))
    sh.text(20, 19, url.replace("https://", ""), font=f, size_pt=7, color=GREY)
    sh.text(20, 36, title.split(" – Health")[0], font=f, size_pt=17, bold=True)
    sh.text(20, 45, ("Fiche pays mise à jour le " if fr else "Country sheet updated on ") +
            d_abbr(printed.date() - timedelta(days=rng.randint(20, 200)), lang), font=f, size_pt=8.5, color=GREY)
    y = 54
    for k, ptxt in enumerate(paras):
        if k % 2 == 0:
            sh.text(20, y, f"{k // 2 + 1}. {ptxt}", font=f, size_pt=11.5, bold=True, color=(150, 60, 20))
            y += 7
        else:
            y = sh.paragraph(20, y, 170, ptxt, font=f, size_pt=10.5, leading=1.5) + 6
    sh2 = pages[1]
    sh2.text(20, 20, "Sources" if not fr else "Sources", font=f, size_pt=11.5, bold=True, color=(150, 60, 20))
    yy = 28
    for s_ in ([f"Ministry of Health, {co['capital']}: essential medicines list (latest edition).",
                f"Pharmacy survey in {co['capital']} and {cities[0]}, {printed.year}.",
                "WHO Global Health Observatory, country profile."] if not fr else
               [f"Ministère de la Santé, {co['capital']} : liste nationale des médicaments essentiels.",
                f"Enquête auprès des pharmacies de {co['capital']} et {cities[0]}, {printed.year}.",
                "OMS, Observatoire mondial de la santé, profil pays."]):
        sh2.text(22, yy, "•", font=f, size_pt=10)
        yy = sh2.paragraph(27, yy, 160, s_, font=f, size_pt=10, leading=1.4) + 2
    return pages, {}


def coi_doctor_caps(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = c.origin()
    co = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    en = o in ("TUR",)
    dr = drug(c.illness, "en" if en else "fr")
    f = "typewriter3"
    sh = Sheet()
    hosp = co["hospital"].split(",")[0]
    sh.text(20, 14, hosp.upper(), font="serif3", size_pt=12, bold=True)
    sh.text(20, 20, co["capital"].upper(), font="serif3", size_pt=9)
    d = c.app_date - timedelta(days=rng.randint(15, 60))
    sh.text(190, 14, d_roman(d) if not en else d.strftime("%d/%m/%Y"), font=f, size_pt=10, anchor="right")
    who = name_in(c.p, "SURNAME Given").upper()
    if en:
        title = "MEDICAL CERTIFICATE – AVAILABILITY OF TREATMENT"
        body = (f"I THE UNDERSIGNED, CONSULTANT AT {hosp.upper()}, CERTIFY THAT I HAVE KNOWN {who} AS A PATIENT. THE "
                f"TREATMENT HE OR SHE NEEDS ({dr.upper()}) IS NOT AVAILABLE ON A REGULAR BASIS IN OUR HOSPITAL OR IN "
                f"THE PUBLIC SECTOR. IN PRIVATE PHARMACIES ONE MONTH COSTS ABOUT {il['cost'].upper()}, WHEREAS THE "
                f"AVERAGE MONTHLY WAGE IS {co['wage'].upper()}. {co['insurance_en'].upper()}")
        end = "ISSUED AT THE PATIENT'S REQUEST FOR WHATEVER PURPOSE IT MAY SERVE."
        sig = "THE CONSULTANT"
    else:
        title = "CERTIFICAT MÉDICAL – DISPONIBILITÉ DU TRAITEMENT"
        body = (f"JE SOUSSIGNÉ, MÉDECIN À {hosp.upper()}, CERTIFIE AVOIR SUIVI {who}. LE TRAITEMENT QUI LUI EST "
                f"NÉCESSAIRE ({dr.upper()}) N'EST PAS DISPONIBLE DE MANIÈRE RÉGULIÈRE DANS NOTRE ÉTABLISSEMENT NI DANS "
                f"LE SECTEUR PUBLIC. EN PHARMACIE PRIVÉE, UN MOIS DE TRAITEMENT COÛTE ENVIRON {il['cost'].upper()}, "
                f"POUR UN SALAIRE MENSUEL MOYEN DE {co['wage'].upper()}. {co['insurance_fr'].upper()}")
        end = "CERTIFICAT DÉLIVRÉ À LA DEMANDE DE L'INTÉRESSÉ(E) POUR SERVIR ET VALOIR CE QUE DE DROIT."
        sig = "LE MÉDECIN TRAITANT"
    sh.text(105, 40, title, font=f, size_pt=fit(title, f, 12, 170, True), bold=True, anchor="center")
    y = sh.paragraph(22, 56, 166, body, font=f, size_pt=10.2, leading=1.6, align="justify")
    y = sh.paragraph(22, y + 6, 166, end, font=f, size_pt=10.2, leading=1.6)
    sh.text(125, y + 10, sig, font=f, size_pt=10, bold=True)
    sh.signature(122, y + 16, 46, 15, rng, color=INK_BLUE)
    sh.stamp(116 + rng.uniform(0, 8), y + 12, [hosp[:24].upper(), co["capital"].upper()[:16]], rng, shape="round",
             size_mm=30, color=STAMP_BLUE, angle=rng.uniform(-25, 25))
    from .twentyeighth_identity import sheet_of, yellowed
    return [sheet_of(yellowed(sh.render(200), rng, folds=2, strength=0.6))], {}


_reg("be9ter-coi-landennota-pdf-oranje-zijband-genummerde-rubrieken-28", "country-of-origin-info", PART, "en/fr",
     coi_webprint, "an NGO's country note as a PDF with a coloured side band, numbered headings, page footer")
_reg("be9ter-coi-arts-herkomstland-brief-hoofdletters-vergeeld-gevouwen-28", "country-of-origin-info", PART, "fr/en",
     coi_doctor_caps, "a treating doctor's letter from the country of origin typed in capitals, sent folded in an "
     "envelope and yellowed")


# --------------------------------------------------------------------------- asylum proofs

def _annex26_pages(c: Case, rng: random.Random, nl: bool) -> list[Sheet]:
    a = c.asylum or {}
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    f = "serif6"
    front = Sheet()
    front.text(20, 14, "KONINKRIJK BELGIË" if nl else "ROYAUME DE BELGIQUE", font=f, size_pt=10, bold=True)
    front.text(20, 19, "Federale Overheidsdienst Binnenlandse Zaken" if nl else "Service public fédéral Intérieur",
               font=f, size_pt=9)
    front.text(20, 23.5, "Dienst Vreemdelingenzaken" if nl else "Office des Étrangers", font=f, size_pt=9)
    front.text(190, 14, "BIJLAGE 26" if nl else "ANNEXE 26", font=f, size_pt=15, bold=True, anchor="right")
    front.paragraph(20, 34, 120, "INSCHRIJVINGSBEWIJS" if nl else "ATTESTATION D'IMMATRICULATION – DEMANDE DE "
                    "PROTECTION INTERNATIONALE", font=f, size_pt=12, bold=True)
    front.photo(152, 32, 30, 38, rng)
    front.stamp(140, 52, ["DVZ – OE", "BRUSSEL – BRUXELLES"], rng, shape="round", size_mm=24, color=STAMP_BLUE,
                angle=rng.uniform(-20, 20))
    txt = (f"Betrokkene, die verklaart te heten {c.p.surname.upper()} {c.p.given_names}, geboren op "
           f"{fdate(c.p.birth_date, 'slashes')} te {c.p.birth_place}, van {COUNTRIES[c.p.nationality]['adj_nl']} "
           f"nationaliteit, heeft op {fdate(lodged, 'slashes')} een verzoek om internationale bescherming ingediend. "
           f"Dit document is geen identiteitsbewijs en geen nationaliteitsbewijs." if nl else
           f"L'intéressé(e), qui déclare se nommer {c.p.surname.upper()} {c.p.given_names}, né(e) le "
           f"{fdate(c.p.birth_date, 'slashes')} à {c.p.birth_place}, de nationalité "
           f"{COUNTRIES[c.p.nationality]['adj_fr']}, a introduit le {fdate(lodged, 'slashes')} une demande de "
           f"protection internationale. Ce document ne constitue ni une preuve d'identité ni une preuve de "
           f"nationalité.")
    y = front.paragraph(20, 80, 170, txt, font=f, size_pt=11, leading=1.55, align="justify")
    rows = [("DVZ-nummer" if nl else "Numéro OE", c.ov or ""), ("Geldig tot" if nl else "Valable jusqu'au",
                                                                fdate(lodged + timedelta(days=30), "slashes"))]
    for a_, b_ in rows:
        label_cell(front, 20, y + 4, 85, 12, a_, b_, font=f, vsize=11, bold=True)
        y += 12
    front.signature(120, y + 8, 42, 14, rng, color=INK_BLACK)
    front.text(120, y + 24, "Voor de Directeur-generaal" if nl else "Pour le Directeur général", font=f, size_pt=9.5)
    back = Sheet()
    back.text(20, 14, "VERLENGINGEN – PROROGATIONS", font=f, size_pt=11, bold=True)
    d = lodged + timedelta(days=30)
    k = 0
    while d < c.app_date + timedelta(days=20) and k < 8:
        nd = d + timedelta(days=rng.choice([30, 31, 61, 91]))
        back.stamp(20 + (k % 2) * 86, 26 + (k // 2) * 58, [c.addr.city.upper()[:18], ("VERLENGD TOT" if nl else
                                                                                     "PROROGÉ JUSQU'AU"),
                                                          fdate(nd, "dots")], rng, shape="rect", size_mm=58,
                   color=rng.choice([STAMP_RED, STAMP_BLUE]), angle=rng.uniform(-8, 8))
        back.signature(40 + (k % 2) * 86, 50 + (k // 2) * 58, 26, 9, rng, color=INK_BLUE)
        d = nd
        k += 1
    return [front, back]


def asylum_annex_twoup(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Annex 26 kept folded in four in a wallet: the front copied yellowed with its fold shadows, the back (the
    extension stamps) on the next page, laid head-down on the glass."""
    from .twentyeighth_identity import sheet_of, yellowed
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    front, back = _annex26_pages(c, rng, nl)
    f2 = sheet_of(yellowed(front.render(200), rng, folds=1, strength=0.7))
    b2 = sheet_of(yellowed(back.render(200), rng, folds=1, strength=0.7).rotate(180))
    return [f2, b2], {"asylum": 1}


def asylum_orange_card_photo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    a = c.asylum or {}
    nl = a.get("language", c.lang) == "nl"
    lodged = a.get("lodged", c.app_date - timedelta(days=200))
    card = Sheet(120, 84, paper="salmon")
    f = "sans6"
    card.rect(0, 0, 120, 84, width_mm=0, fill=(248, 196, 150))
    card.text(4, 3, "BELGIË – BELGIQUE – BELGIEN", font=f, size_pt=6.5, bold=True)
    card.text(4, 7.5, "ATTEST VAN IMMATRICULATIE" if nl else "ATTESTATION D'IMMATRICULATION", font=f, size_pt=8,
              bold=True)
    card.text(4, 12, "Model A – verzoeker internationale bescherming" if nl else
              "Modèle A – demandeur de protection internationale", font=f, size_pt=5.5)
    card.photo(92, 4, 24, 30, rng)
    rows = [("Naam / Nom", c.p.surname.upper()), ("Voornaam / Prénom", c.p.given_names),
            ("Geboren / Né(e) le", fdate(c.p.birth_date, "dots")),
            ("Nationaliteit / Nationalité", COUNTRIES[c.p.nationality]["adj_nl" if nl else "adj_fr"]),
            ("Nr. / N°", c.ov or ""), ("Afgegeven / Délivré le", fdate(lodged + timedelta(days=rng.randint(30, 90)),
                                                                       "dots"))]
    y = 18
    for a_, b_ in rows:
        card.text(4, y, a_, font=f, size_pt=5, color=(90, 60, 40))
        card.text(4, y + 2.2, b_, font=f, size_pt=fit(b_, f, 8, 82, True), bold=True)
        y += 8.8
    card.stamp(62, 54, [c.addr.city.upper()[:16], "BEVOLKING" if nl else "POPULATION"], rng, shape="round",
               size_mm=22, color=STAMP_BLUE, angle=rng.uniform(-20, 20))
    card.signature(90, 68, 24, 8, rng, color=INK_BLACK)
    sh = Sheet()
    k = 1.2
    img = card.render(300).convert("L").convert("RGB")
    sh.image(40, 30, 120 * k, 84 * k, img)
    from .twentyeighth_identity import sticky_note
    sticky_note(sh, 130, 150, ["kopie oranje", "kaart – OK" if nl else "kaart", c.app_date.strftime("%d/%m")], rng)
    return [sh], {"asylum": 1}


_reg("be9ter-asylum-bijlage-26-vergeeld-vouwen-achterkant-ondersteboven-28", "asylum-proof", PART, "nl",
     asylum_annex_twoup, "annex 26 yellowed with fold shadows, the back with the extension stamps upside down")
_reg("be9ter-asylum-annexe-26-jaunie-plis-verso-a-l-envers-28", "asylum-proof", PART, "fr", asylum_annex_twoup,
     "annexe 26 jaunie avec les plis, le verso à l'envers")
_reg("be9ter-asylum-oranje-kaart-grijze-kopie-vergroot-plakbriefje-28", "asylum-proof", PART, "nl",
     asylum_orange_card_photo, "the orange card copied enlarged in grey with a sticky note")
_reg("be9ter-asylum-carte-orange-copie-grise-agrandie-post-it-28", "asylum-proof", PART, "fr", asylum_orange_card_photo,
     "la carte orange copiée en gris, agrandie, avec un post-it")


# --------------------------------------------------------------------------- registered mail

def rm_webshop_stamped(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter's printed proof of deposit (an A6 slip with the barcode and the office's date stamp) stapled on
    the law office's copy of the envelope's front (the addressee as typed in the window), copied on A4 together."""
    sh = Sheet()
    f = "sans4"
    # the envelope's front, copied: a window with the addressee
    sh.rect(12, 14, 186, 110, width_mm=0.4, color=(120, 120, 120))
    sh.rect(20, 60, 100, 40, width_mm=0.3, color=(160, 160, 160))
    for i, ln in enumerate(c.rm_to):
        sh.text(26, 66 + i * 5.5, ln, font="serif", size_pt=10.5)
    sh.text(20, 22, "AANGETEKEND – RECOMMANDÉ", font=f, size_pt=11, bold=True)
    sh.text(20, 30, ", ".join(_sender_lines(c))[:90], font=f, size_pt=7.5, color=GREY)
    sh.rect(150, 20, 40, 22, width_mm=0.3, color=(150, 150, 150))
    sh.text(170, 28, "R", font=f, size_pt=22, bold=True, anchor="center", color=(200, 30, 40))
    # the slip, slightly turned, stapled over the lower half
    slip = Sheet(105, 74)
    slip.rect(0, 0, 105, 12, width_mm=0, fill=(230, 30, 40))
    slip.text(4, 2.5, "bpost", font=f, size_pt=14, bold=True, color=(255, 255, 255))
    slip.text(101, 4, "Bewijs van afgifte · Preuve de dépôt", font=f, size_pt=7, anchor="right",
              color=(255, 240, 240))
    rows = [("Zending / Envoi", track_spaced(c.rm_track)), ("Aan / À", ", ".join(c.rm_to)[:70]),
            ("Product", "Aangetekend / Recommandé"), ("Prijs / Prix", "9,10 EUR")]
    y = 15
    for a_, b_ in rows:
        slip.text(4, y, a_, font=f, size_pt=6.5, color=GREY)
        slip.text(4, y + 3, b_, font=f, size_pt=fit(b_, f, 8.5, 96), bold=True)
        y += 9
    bars(slip, 4, 53, 60, 10, c.rm_track)
    slip.text(4, 64.5, c.rm_track, font="mono2", size_pt=7)
    slip.stamp(66, 40, ["BPOST", c.rm_date.strftime("%d-%m-%Y"), _post_office(c).upper()[:20]], rng, shape="round",
               size_mm=30, color=rng.choice([STAMP_BLUE, (60, 60, 60)]), angle=rng.uniform(-25, 25))
    img = slip.render(260).rotate(rng.uniform(-4, 4), expand=True, fillcolor=(255, 255, 255))
    x0, y0 = rng.uniform(60, 85), rng.uniform(132, 150)
    sh.image(x0, y0, 105, 105 * img.height / img.width, img)
    sh.rect(x0 + 8, y0 - 1, 12, 1.2, width_mm=0, fill=(150, 150, 155))
    return [sh], {}


def _thermal(c: Case, rng: random.Random) -> Sheet:
    tk = Sheet(58, 96)
    y = 3
    for ln in ("bpost", _post_office(c), f"{c.rm_date.strftime('%d/%m/%Y')} {rng.randint(9, 16):02d}:"
               f"{rng.randint(0, 59):02d}", "----------------------------", "AANGETEKEND / RECOMMANDE",
               track_spaced(c.rm_track), "", "Bestemmeling/Destinataire:", *c.rm_to, "",
               "TOTAAL/TOTAL        9,10 EUR", "BANCONTACT", "", "Bewaar dit ticket / Conservez"):
        tk.text(3, y, ln, font="mono2", size_pt=6.6, bold=(ln == "bpost"))
        y += 3.6
    tk2 = Sheet(58, 96)
    paste_img = tk.render(300)
    tk2.image(0, 0, 58, 96, paste_img)
    return tk2


def rm_thermal_faded(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    sh = Sheet()
    tk = _thermal(c, rng)
    img = low_contrast(tk.render(300), k=rng.uniform(0.5, 0.6), base=236)
    w, h = 58 * 1.5, 96 * 1.5
    sh.image(80, 30, w, h, img.rotate(rng.uniform(-2, 2), expand=False, fillcolor=(236, 236, 236)))
    hf = rng.choice(["hand1", "hand2", "hand4"])
    hand(sh, 58, 30 + h + 8, rng.choice(["9ter verzonden", "9ter envoyé", "aangetekend 9ter – ok"]) + " "
         + c.rm_date.strftime("%d/%m"), rng, font=hf, size=13, color=PEN)
    # the lawyer's office stamp, dated, pressed beside the ticket
    sh.stamp(20, 40, ["KANTOOR / CABINET", "VERZONDEN – ENVOYÉ", c.rm_date.strftime("%d/%m/%Y")], rng, shape="rect2",
             size_mm=40, color=STAMP_VIOLET, angle=rng.uniform(-10, 10))
    return [sh], {}


def rm_flatbed_black(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The counter ticket taped with two strips of tape on a plain A4 with the lawyer's handwritten reference, the
    whole sheet photographed on a desk with a phone (keystone, shadow, wood round it), printed full page."""
    tk = _thermal(c, rng)
    page = Sheet()
    img = tk.render(300).rotate(rng.uniform(-3, 3), expand=True, fillcolor=(255, 255, 255))
    x, y = rng.uniform(50, 80), rng.uniform(40, 70)
    page.image(x, y, 70, 70 * img.height / img.width, img)
    for yy in (y - 3, y + 70 * img.height / img.width - 5):
        page.rect(x + 15, yy, 40, 8, width_mm=0, fill=(236, 236, 228))
    page.handwriting(x, y + 130, f"dossier {c.p.surname} – 9ter", rng, size_pt=13, color=PEN, font="hand2")
    ph = camera_photo(page, rng, dpi=120, bg=(150, 110, 70), margin=0.06, tilt=0.03)
    out = Sheet()
    out.image(0, 0, 210, 297, ph.resize((int(210 * 120 / 25.4), int(297 * 120 / 25.4))))
    return [out], {}


_reg("be9ter-rm-afgiftestrook-geniet-op-kopie-envelop-venster-28", "registered-mail-receipt", PART, "nl/fr",
     rm_webshop_stamped, "the counter's deposit slip stapled on the office's copy of the envelope's front")
_reg("be9ter-rm-thermisch-ticket-vergroot-kantoorstempel-verzonden-28", "registered-mail-receipt", PART, "nl/fr",
     rm_thermal_faded, "a thermal ticket copied enlarged with the office's 'sent' stamp and a note in pen")
_reg("be9ter-rm-ticket-getaped-a4-telefoonfoto-bureau-28", "registered-mail-receipt", PART, "nl/fr",
     rm_flatbed_black, "the ticket taped on an A4 with a note, the sheet photographed on a desk")


# --------------------------------------------------------------------------- other documents

def other_declaration_caps(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A declaration on honour written by the applicant in cursive on a sheet of school paper with the French
    'Seyès' ruling (a red margin line, blue lines), signed at the end without a label."""
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    p = c.p
    sh = Sheet()
    for k in range(0, 300, 2):
        sh.rule(0, k, 210, k, width_mm=0.08 if k % 8 else 0.18, color=(190, 200, 235) if k % 8 else (150, 165, 220))
    for x in range(8, 210, 8):
        sh.rule(x, 0, x, 297, width_mm=0.06, color=(205, 212, 238))
    sh.rule(40, 0, 40, 297, width_mm=0.3, color=(220, 120, 140))
    hf = rng.choice(["hand1", "hand3", "hand2"])
    paras = {"nl": ["Verklaring op eer",
                    f"Ik, {p.given_names} {p.surname}, geboren op {fdate(p.birth_date, 'slashes')} in "
                    f"{p.birth_place}, verklaar op eer dat ik de {COUNTRIES[p.nationality]['adj_nl']} "
                    f"nationaliteit heb.",
                    "Ik heb mijn paspoort verloren tijdens de reis. De ambassade geeft mij geen nieuw document "
                    "zolang ik geen akte uit mijn land kan tonen.",
                    "Ik verklaar dat dit waar is."],
             "fr": ["Déclaration sur l'honneur",
                    f"Je soussigné(e) {p.given_names} {p.surname}, né(e) le {fdate(p.birth_date, 'slashes')} à "
                    f"{p.birth_place}, déclare sur l'honneur être de nationalité "
                    f"{COUNTRIES[p.nationality]['adj_fr']}.",
                    "J'ai perdu mon passeport pendant le voyage. L'ambassade ne me donne pas de nouveau document "
                    "tant que je ne montre pas un acte de mon pays.",
                    "Je déclare que ceci est vrai."]}[lang]
    y = 24
    sh.handwriting(44, y, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(1, 15)), 'slashes')}", rng,
                   size_pt=13, color=PEN, font=hf)
    y += 16
    for i, para in enumerate(paras):
        rows = wrap(glyphs(para, hf), 140 if i else 120, hf, 14)
        for r in rows:
            sh.handwriting(44 if i else 70, y, r, rng, size_pt=14, color=PEN, font=hf)
            y += 8
        y += 8
    sh.signature(110, y, 50, 18, rng, color=PEN)
    return [sh], {}


def other_pharmacy_statement(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    il = ILLNESSES[c.illness]
    t = il[next(x for x in (lang, "en", "fr", "nl") if x in il)]
    sh = Sheet()
    f = "sans2"
    name = rng.choice(["Pharmacie du Midi", "Apotheek De Linde", "Pharmacie Saint-Josse", "Apotheek Sleepstraat"])
    sh.rect(20, 12, 8, 8, width_mm=0, fill=(0, 150, 80))
    sh.rect(17, 15, 14, 2, width_mm=0, fill=(255, 255, 255))
    sh.rect(23, 9, 2, 14, width_mm=0, fill=(255, 255, 255))
    sh.text(36, 12, name, font=f, size_pt=14, bold=True, color=(0, 120, 70))
    sh.text(36, 19, f"{c.addr.postcode} {c.addr.city} · APB {rng.randint(100000, 999999)}", font=f, size_pt=8.5,
            color=GREY)
    sh.text(20, 36, {"nl": "Overzicht geneesmiddelen en kosten", "fr": "Relevé des médicaments et des coûts"}[lang],
            font=f, size_pt=14, bold=True)
    sh.text(20, 44, f"{name_in(c.p, 'SURNAME Given')} – {fdate(c.p.birth_date, 'slashes')}", font=f, size_pt=10.5)
    y = 56
    total = 0.0
    for m in t["meds"]:
        price = round(rng.uniform(12, 240), 2)
        total += price
        sh.text(22, y, f"CNK {rng.randint(1000000, 4999999)}", font="mono", size_pt=9)
        sh.text(52, y, m, font=f, size_pt=fit(m, f, 10.5, 110))
        sh.text(190, y, f"{price:.2f} EUR".replace(".", ","), font=f, size_pt=10.5, anchor="right")
        y += 7
    sh.rule(120, y, 190, y, width_mm=0.3)
    sh.text(120, y + 2, {"nl": "Per maand", "fr": "Par mois"}[lang], font=f, size_pt=10.5, bold=True)
    sh.text(190, y + 2, f"{total:.2f} EUR".replace(".", ","), font=f, size_pt=10.5, bold=True, anchor="right")
    sh.text(20, y + 16, f"{c.addr.city}, {d_abbr(c.app_date - timedelta(days=rng.randint(3, 25)), lang)}", font=f,
            size_pt=10)
    sh.stamp(120, y + 12, [name.upper()[:22], c.addr.city.upper()[:16]], rng, shape="rect", size_mm=34,
             color=(0, 120, 70), angle=rng.uniform(-6, 6))
    return [sh], {}


_reg("be9ter-other-declaration-op-erewoord-cursief-seyes-ruitjespapier-28", "other", PART, "nl/fr",
     other_declaration_caps, "a declaration on honour written in cursive on Seyès-ruled school paper")
_reg("be9ter-other-pharmacy-apotheek-kostenoverzicht-cnk-groen-kruis-28", "other", PART, "nl/fr",
     other_pharmacy_statement, "a pharmacy's statement of monthly medicine costs as a bulleted list")
