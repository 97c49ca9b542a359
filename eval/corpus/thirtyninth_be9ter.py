"""9ter families of the `thirtyninth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-eighth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  The application paragraphs reuse be9ter's sentence builders
(as the fifth and later parts did); every layout here is new.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from .be9ter import (
    COUNTRIES,
    ILLNESSES,
    LBL,
    MC_NEW,
    MC_OLD,
    SPECIALTY,
    Case,
    Flow,
    _lawyer_name,
    _post_office,
    _reg,
    _sender_lines,
    addr_str,
    asylum_refused_paragraph,
    cname,
    coi_paragraph,
    domicile_sentence,
    domicile_value,
    family_paragraph,
    fdate,
    identity_paragraph,
    labelled_values,
    medical_paragraph,
    name_in,
    parallel_paragraph,
    personal_prose,
    request_sentence,
    residence_sentence,
    track_spaced,
)
from .paper import Sheet
from .thirtyninth_identity import (
    _P,
    _T,
    BLOCK,
    CAL,
    CAL_B,
    DSER,
    DSER_B,
    FELT,
    FMONO,
    FMONO_B,
    FSANS,
    FSANS_B,
    FSER,
    FSER_B,
    GOTH,
    GOTH_B,
    GREY,
    INK,
    INK_K,
    LMONO,
    LMONO_B,
    LSER,
    LSER_B,
    PAL,
    PAL_B,
    PAL_I,
    ST_BLACK,
    ST_BLUE,
    ST_VIOLET,
    THIN,
    coarse,
    crooked,
    d_de,
    d_en,
    d_fr,
    d_nl,
    phone,
    staple,
    yellowed,
)
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, sheet_of, wrap

PART = "thirtyninth"
SUB = datetime.date(2026, 12, 1)


def _long(d, lang: str) -> str:
    return {"nl": d_nl, "fr": lambda x: "le " + d_fr(x), "de": d_de,
            "en": lambda x: f"{x.day} {d_en(x).split(' ', 1)[1]}"}[lang](d)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


def _hand(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=FELT, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.5 and sh.text_width(s, font=font, size_pt=size) * 1.15 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


def _hand_lines(sh: Sheet, x, y, w, s, rng, *, size=11.5, lh=6.0, font=FELT, color=INK, max_lines=9) -> float:
    for ln in wrap(glyphs(s, font), w * 0.82, font, size)[:max_lines]:
        sh.handwriting(x + rng.uniform(-0.4, 0.5), y + rng.uniform(-0.3, 0.3), ln, rng, size_pt=size, color=color,
                       font=font)
        y += lh
    return y


# =========================================================================== applications


_DVZ = {"nl": ["Dienst Vreemdelingenzaken", "Bureau Medische Regularisatie – 9ter", "Pachecolaan 44",
               "1000 Brussel"],
        "fr": ["Office des Étrangers", "Bureau Régularisation médicale – 9ter", "Boulevard Pachéco 44",
               "1000 Bruxelles"],
        "en": ["Immigration Office – 9ter unit", "Pachecolaan 44", "1000 Brussels"]}
_SUBJ = {"nl": "verzoek tot machtiging tot verblijf – artikel 9ter Vreemdelingenwet",
         "fr": "demande d'autorisation de séjour – article 9ter de la loi du 15 décembre 1980",
         "en": "request for authorisation of stay – Article 9ter of the Aliens Act"}


def app_letter_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An Antwerp lawyer's letter in P052: the office's name and address at the upper LEFT beside a thin vertical
    rule, 'Per aangetekende zending' and DVZ's address in the window position at the right; the subject in a
    pale grey band across the page; the body under bold, underlined headings ('De feiten', 'Identiteit', 'Medische
    toestand', 'Toegankelijkheid van de zorg', 'Verzoek'); the annexes as a numbered list with each piece's page
    count in brackets; the signature BELOW the label 'De raadsman van verzoeker,' with the typed name under it."""
    lang = "nl"
    L = c.lawyer

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rule(22, 12, 22, 36, width_mm=0.6, color=(120, 30, 40))
            for k, t in enumerate([L["firm"], L["street"], f"{L['pc']} {L['city']}", L["tel"], L["mail"]]):
                _T(sh, 25, 12 + k * 4.8, t, font=PAL_B if k == 0 else PAL, size=10 if k == 0 else 8.5,
                   color=(0, 0, 0) if k == 0 else GREY)
            return sh, 44
        _T(sh, 185, 12, f"blad {i + 1}", font=PAL_I, size=8, anchor="right", color=GREY)
        return sh, 22

    fl = Flow(new_sheet, left=25, right=185, bottom=272, font=PAL, size=10.3, leading=1.4)
    fl.lines(["Per aangetekende zending"] + _DVZ[lang], x=112)
    fl.space(6)
    fl.line(f"Antwerpen, {c.d(c.app_date, lang, 'long')}" if L["city"] == "Antwerpen" else
            f"{L['city']}, {c.d(c.app_date, lang, 'long')}")
    fl.space(3)
    fl.sheet.rect(23, fl.y - 1.5, 164, 8, width_mm=0, fill=(232, 232, 232))
    fl.line(f"Betreft: {_SUBJ[lang]} – {name_in(c.p, c.name_style)}", font=PAL_B, size=10)
    fl.space(4)
    fl.para("Geachte heer, mevrouw,", gap=3)
    fl.para(f"Namens {personal_prose(c, lang)} heb ik de eer u hierbij een verzoek tot machtiging tot verblijf op "
            f"grond van artikel 9ter van de wet van 15 december 1980 over te maken.", align="justify",
            tag="personal")

    def head(t):
        fl.space(1)
        fl.ensure(14)
        w = fl.sheet.text_width(t, font=PAL_B, size_pt=10.5)
        fl.sheet.rule(25, fl.y + 4.6, 25 + w, fl.y + 4.6, width_mm=0.25)
        fl.line(t, font=PAL_B, size=10.5, gap=1.5)

    head("De feiten")
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    fl.para(res + (" " + dom if dom else ""), align="justify", tag="residence")
    fp = family_paragraph(c, lang)
    if fp:
        fl.para(fp, align="justify", tag="family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        fl.para(" ".join(x for x in (ap, pp) if x), align="justify", tag="parallel")
    head("Identiteit")
    fl.para(identity_paragraph(c, lang), align="justify", tag="identity")
    head("Medische toestand")
    fl.para(medical_paragraph(c, lang), align="justify", tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head("Toegankelijkheid van de zorg in het herkomstland")
        fl.para(coi_paragraph(c, lang), align="justify", tag="coi")
    head("Verzoek")
    fl.para(request_sentence(c, lang), align="justify")
    fl.para("Hoogachtend,", gap=3)
    fl.ensure(34)
    fl.tag("signature")
    y0 = fl.y
    fl.sheet.text(25, y0, "De raadsman van verzoeker" + ("ster," if c.fem else ","), font=PAL, size_pt=10.3)
    if "unsigned" not in c.flags:
        fl.sheet.signature(27, y0 + 5, 48, 15, rng, color=rng.choice([INK, INK_K]))
    fl.sheet.text(25, y0 + 22, glyphs(_lawyer_name(c, lang), PAL), font=PAL, size_pt=10.3)
    fl.y = y0 + 30
    if c.annexes:
        fl.ensure(12 + 5 * min(4, len(c.annexes)))
        fl.tag("inventory")
        fl.line("Bijlagen:", font=PAL_B, size=10.3, gap=1)
        for i, (key, d) in enumerate(c.annexes):
            fl.para(f"{d} ({c.annex_pages.get(key, 1)} blz.)", indent=8, hang=f"{i + 1}.", gap=0.4, size=9.6)
    return fl.sheets, fl.tags


def app_letter_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Liège avocate's requête in Caladea whose letterhead sits in the FOOTER of every page (name, address,
    bar, bank account in one grey line over a rule); at the top only the date and 'Recommandé'; the reference
    block 'Concerne / Réf.' framed at the left; the grounds under roman numerals in small capitals (I. LES FAITS,
    II. LA MALADIE, III. LES SOINS AU PAYS D'ORIGINE, IV. DEMANDE); the inventory as a three-column table (n° |
    pièce | pages); the signature at the END with the office's oval stamp pressed over its lower half."""
    lang = "fr"
    L = c.lawyer
    F = L["sex"] == "F"

    def new_sheet(i):
        sh = Sheet()
        sh.rule(25, 279, 185, 279, width_mm=0.2, color=(150, 150, 150))
        foot = glyphs(f"{L['firm']} · {L['street']} · {L['pc']} {L['city']} · {L['tel']} · {L['mail']}", CAL)
        sh.text(105, 281, foot, font=CAL, size_pt=fit(foot, CAL, 8, 158), anchor="center", color=GREY)
        sh.text(185, 287, f"{i + 1}", font=CAL, size_pt=8, anchor="right", color=GREY)
        return sh, 16 if i else 18

    fl = Flow(new_sheet, left=25, right=185, bottom=272, font=CAL, size=10.6, leading=1.38)
    fl.line(f"{L['city']}, {_long(c.app_date, lang)}", x=185, anchor="right")
    fl.line("RECOMMANDÉ", x=185, anchor="right", font=CAL_B, size=10)
    fl.space(4)
    fl.lines(_DVZ[lang], x=112)
    fl.space(5)
    y = fl.y
    fl.sheet.rect(25, y - 2, 110, 15, width_mm=0.3)
    fl.line(f"Concerne : {_SUBJ[lang]}", x=27, font=CAL_B, size=9.6)
    fl.line(f"Réf. : {name_in(c.p, c.name_style)} – {c.app_date.year}/{c.seed % 800 + 100}", x=27, size=9.6)
    fl.space(5)
    fl.para("Madame, Monsieur,", gap=3)
    fl.para(f"Je me permets, en qualité de conseil de {personal_prose(c, lang)}, d'introduire la présente demande "
            f"d'autorisation de séjour sur pied de l'article 9ter de la loi du 15 décembre 1980.", align="justify",
            tag="personal")

    def head(t):
        fl.space(1.5)
        fl.para(t, font=CAL_B, size=10, gap=1.5, keep=3)

    head("I. LES FAITS")
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    fl.para(res + (" " + dom if dom else ""), align="justify", tag="residence")
    fl.para(identity_paragraph(c, lang), align="justify", tag="identity")
    fp = family_paragraph(c, lang)
    if fp:
        fl.para(fp, align="justify", tag="family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        fl.para(" ".join(x for x in (ap, pp) if x), align="justify", tag="parallel")
    head("II. LA MALADIE")
    fl.para(medical_paragraph(c, lang), align="justify", tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head("III. LES SOINS AU PAYS D'ORIGINE")
        fl.para(coi_paragraph(c, lang), align="justify", tag="coi")
    head("IV. DEMANDE")
    fl.para(request_sentence(c, lang), align="justify")
    fl.para("Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.", gap=5)
    fl.ensure(30)
    fl.tag("signature")
    y0 = fl.y
    fl.sheet.text(110, y0, glyphs(_lawyer_name(c, lang) + (", avocate" if F else ", avocat"), CAL), font=CAL,
                  size_pt=10.6)
    if "unsigned" not in c.flags:
        fl.sheet.signature(112, y0 + 5, 46, 14, rng, color=INK)
    fl.sheet.stamp(128, y0 + 10, [L["firm"][:24].upper(), "AVOCATS"], rng, shape="oval", size_mm=36,
                   color=ST_BLUE, angle=rng.uniform(-8, 8))
    fl.y = y0 + 30
    if c.annexes:
        fl.ensure(14 + 6 * min(5, len(c.annexes)))
        fl.tag("inventory")
        fl.line("INVENTAIRE", font=CAL_B, size=10, gap=1.5)
        s2 = fl.sheet
        y = fl.y
        for i, (key, d) in enumerate([("#", "Pièce")] + list(c.annexes)):
            head_ = i == 0
            rows = wrap(glyphs(d, CAL), 118, CAL, 9.4)
            h = 2.2 + 4.1 * len(rows)
            if y + h > 272:
                break
            for x0, w0 in ((25, 12), (37, 128), (165, 20)):
                s2.rect(x0, y, w0, h, width_mm=0.2, fill=(238, 238, 238) if head_ else None)
            s2.text(27, y + 1, "N°" if head_ else str(i), font=CAL_B if head_ else CAL, size_pt=9.4)
            yy = y + 1
            for r in rows:
                s2.text(39, yy, r, font=CAL_B if head_ else CAL, size_pt=9.4)
                yy += 4.1
            s2.text(167, y + 1, "Pages" if head_ else str(c.annex_pages.get(key, 1)), font=CAL_B if head_ else CAL,
                    size_pt=9.4)
            y += h
        fl.y = y + 3
    return fl.sheets, fl.tags


def app_letter_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in English by a volunteer of a migrants' drop-in centre (not accepted by DVZ): URW
    Gothic, the centre's name centred in a thin box, a bulleted body, signature BESIDE the typed name."""
    lang = "en"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rect(55, 10, 100, 12, width_mm=0.3)
            _T(sh, 105, 13, "Open Door Migrant Drop-in – Brussels", font=GOTH_B, size=11, anchor="center")
            return sh, 32
        return sh, 18

    fl = Flow(new_sheet, left=22, right=188, bottom=272, font=GOTH, size=10)
    fl.line(_long(c.app_date, "en"))
    fl.lines(_DVZ["en"])
    fl.space(4)
    fl.para(f"Subject: {_SUBJ['en']}", font=GOTH_B)
    fl.para("Dear Sir or Madam,")
    fl.para(f"We write on behalf of {personal_prose(c, lang)} to request a residence authorisation on medical "
            f"grounds.", tag="personal")
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    fl.para(res + (" " + dom if dom else ""), indent=5, hang="•", tag="residence")
    fl.para(identity_paragraph(c, lang), indent=5, hang="•", tag="identity")
    fl.para(medical_paragraph(c, lang), indent=5, hang="•", tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        fl.para(coi_paragraph(c, lang), indent=5, hang="•", tag="coi")
    fp = family_paragraph(c, lang)
    if fp:
        fl.para(fp, indent=5, hang="•", tag="family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        fl.para(" ".join(x for x in (ap, pp) if x), indent=5, hang="•", tag="parallel")
    fl.para(request_sentence(c, lang))
    fl.para("Kind regards,", gap=4)
    fl.ensure(22)
    fl.tag("signature")
    y0 = fl.y
    w = fl.sheet.text(22, y0 + 6, glyphs(_lawyer_name(c, lang), GOTH), font=GOTH, size_pt=10)
    if "unsigned" not in c.flags:
        fl.sheet.signature(26 + w, y0, 44, 13, rng, color=INK)
    fl.y = y0 + 20
    if c.annexes:
        fl.para("Annexes", font=GOTH_B, gap=1)
        for i, (_, d) in enumerate(c.annexes):
            fl.para(f"{i + 1}) {d}", indent=4, gap=0.3, size=9.2)
    return fl.sheets, fl.tags


def _form_rows(c: Case, lang: str) -> list[tuple[str, str, str]]:
    rows = [("personal", k, v) for k, v in labelled_values(c, lang)]
    L = LBL[lang]
    rows.append(("residence", L["res"], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style)))
    rows.append(("residence", L["dom"], domicile_value(c, lang)))
    return rows


def _grounds(c: Case, lang: str) -> str:
    return " ".join(x for x in (identity_paragraph(c, lang), medical_paragraph(c, lang),
                                coi_paragraph(c, lang) if (c.coi_in_app and "no_coi" not in c.flags) else "",
                                family_paragraph(c, lang) or "", asylum_refused_paragraph(c, lang) or "",
                                parallel_paragraph(c, lang) or "") if x)


def app_form_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels health NGO's 'aanvraagformulier 9ter' over two pages: page 1 a grid of two-column cells (label
    small in the cell's top-left corner, the answer written in the cell by the applicant's daughter with a round
    felt-tip in capitals); page 2 the motivation typed by the NGO's volunteer in FreeMono into a large frame, the
    annexes ticked in a list, and a signature box whose signature sits to the RIGHT of the printed label
    'Handtekening van de aanvrager'."""
    lang = "nl"
    s1, s2 = Sheet(), Sheet()
    tags = {"personal": 1}
    ink = rng.choice([INK, INK_K, (20, 90, 60)])
    for i, s in enumerate((s1, s2)):
        _T(s, 18, 12, "Medisch Verblijf vzw – Brussel", font=FSANS_B, size=10.5, color=(0, 100, 90))
        _T(s, 192, 12, f"FORMULIER 9TER  {i + 1}/2", font=FSANS_B, size=9, anchor="right", color=(0, 100, 90))
        s.rule(18, 18, 192, 18, width_mm=0.8, color=(0, 100, 90))
    _T(s1, 18, 23, "Aanvraag om machtiging tot verblijf (art. 9ter) – te versturen per aangetekende brief aan DVZ, "
       "Pachecolaan 44, 1000 Brussel", font=FSANS, size=8.5)
    rows = _form_rows(c, lang)
    y, col = 32, 0
    for tag, lab, val in rows:
        w = 87 if len(val) < 34 and tag == "personal" else 174
        if w == 174 and col == 1:
            y, col = y + 15, 0
        x = 18 + col * 87
        if tag == "residence":
            tags.setdefault("residence", 1)
        s1.rect(x, y, w, 15, width_mm=0.3, color=(90, 90, 90))
        ll = glyphs(lab, FSANS)
        s1.text(x + 1.5, y + 1, ll, font=FSANS, size_pt=fit(ll, FSANS, 7, w - 3), color=GREY)
        if val:
            _hand(s1, x + 2, y + 5.5, str(val).upper(), rng, size=12, color=ink, font=FELT, width=w - 5)
        if w == 174:
            y += 15
        else:
            col = 1 - col
            if col == 0:
                y += 15
    if col == 1:
        y += 15
    y += 8
    _T(s1, 18, y, "Gezinsleden die mee de aanvraag indienen", font=FSANS_B, size=9.5)
    y += 6
    s1.rect(18, y, 174, 22, width_mm=0.3, color=(90, 90, 90))
    fm = "; ".join(f"{m.p.given_names} {m.p.surname} ({'kind' if m.rel == 'child' else 'partner'}, "
                   f"{fdate(m.p.birth_date, 'dots')})" for m in c.family) or "—"
    _hand_lines(s1, 20, y + 2, 170, fm.upper(), rng, size=11, lh=6.5, color=ink, max_lines=3)
    if c.family:
        tags["family"] = 1
    _T(s2, 18, 26, "Motivering (medische toestand, identiteit, terugkeer, vorige procedures)", font=FSANS_B,
       size=9.5)
    s2.rect(18, 31, 174, 130, width_mm=0.3, color=(90, 90, 90))
    y = 34
    for ln in wrap(glyphs(_grounds(c, lang), FMONO), 168, FMONO, 8.6)[:33]:
        s2.text(21, y, ln, font=FMONO, size_pt=8.6)
        y += 3.85
    tags["identity"] = tags["medical"] = 2
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 2
    y = 168
    _T(s2, 18, y, "Bijgevoegde stukken", font=FSANS_B, size=9.5)
    y += 6
    tags["inventory"] = 2
    for i, (_, d) in enumerate(c.annexes):
        s2.checkbox(20, y, 3.4, True, rng=rng, color=(60, 60, 60), ink=ink)
        dd = glyphs(f"{i + 1}. {d}", FSANS)
        s2.text(26, y - 0.2, dd, font=FSANS, size_pt=fit(dd, FSANS, 8.8, 164))
        y += 5
    y = max(y + 8, 248)
    tags["signature"] = 2
    _T(s2, 18, y, "Datum:", font=FSANS, size=9)
    _hand(s2, 32, y - 2, fdate(c.app_date, "dots"), rng, size=12, color=ink)
    s2.rect(88, y - 6, 104, 26, width_mm=0.3, color=(90, 90, 90))
    _T(s2, 90, y, "Handtekening van de aanvrager:", font=FSANS, size=8.5)
    if "unsigned" not in c.flags:
        s2.signature(140, y - 4, 48, 15, rng, color=ink)
    return [s1, s2], tags


def app_form_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Charleroi CPAS's 'demande 9ter – fiche de renseignements' in DejaVu Serif on one page: sections headed by
    black numbered discs, labels followed by a colon and the typed answer on the same line (bold), the grounds in
    a shaded block in a smaller size; the pieces as a comma-separated paragraph; 'Signature du demandeur' as a
    label with the signature BELOW it and the social worker's violet stamp at the left; the page copied crooked
    on the glass."""
    lang = "fr"
    sh = Sheet()
    tags = {"personal": 1, "residence": 1, "identity": 1, "medical": 1, "signature": 1, "inventory": 1}
    _T(sh, 20, 13, "CPAS DE CHARLEROI – Service social général", font=DSER_B, size=10)
    _T(sh, 20, 18.5, "Demande d'autorisation de séjour pour raisons médicales (art. 9ter) – fiche de renseignements",
       font=DSER, size=8.5)
    _T(sh, 190, 13, "À envoyer par recommandé", font=DSER, size=8, anchor="right", color=GREY)
    _T(sh, 190, 17, "OE – Bd Pachéco 44, 1000 Bruxelles", font=DSER, size=8, anchor="right", color=GREY)
    y = 28

    def disc(n, title):
        nonlocal y
        sh.rect(20, y - 0.5, 6, 6, width_mm=0, fill=(20, 20, 20))
        _T(sh, 23, y + 0.4, str(n), font=DSER_B, size=8.5, color=(255, 255, 255), anchor="center")
        _T(sh, 29, y + 0.3, title, font=DSER_B, size=9.8)
        y += 8

    def row(lab, val):
        nonlocal y
        w = _T(sh, 29, y, lab + " :", font=DSER, size=8.8)
        if val:
            vv = glyphs(val, DSER_B)
            sh.text(31 + w, y, vv, font=DSER_B, size_pt=fit(vv, DSER_B, 8.8, 158 - w))
        y += 5.4

    disc(1, "Le demandeur")
    second = False
    for tag, lab, val in _form_rows(c, lang):
        if tag == "residence" and not second:
            second = True
            y += 1
            disc(2, "Résidence et domicile élu")
        row(lab, val)
    y += 1
    disc(3, "Motifs de la demande")
    text = _grounds(c, lang)
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 1
    if c.family:
        tags["family"] = 1
    lines = wrap(glyphs(text, DSER), 160, DSER, 7.6)[:24]
    sh.rect(27, y - 1.5, 164, len(lines) * 3.45 + 3, width_mm=0, fill=(236, 236, 236))
    for ln in lines:
        sh.text(29, y, ln, font=DSER, size_pt=7.6)
        y += 3.45
    y += 4
    disc(4, "Pièces jointes")
    y = _P(sh, 29, y, 160, ", ".join(f"({i + 1}) {d}" for i, (_, d) in enumerate(c.annexes)) or "—", font=DSER,
           size=8, lead=1.35) + 3
    y = max(y, 238)
    disc(5, "Signature")
    _T(sh, 29, y, f"Charleroi, le {fdate(c.app_date, 'slashes')}", font=DSER, size=9)
    _T(sh, 120, y, "Signature du demandeur", font=DSER, size=9)
    if "unsigned" not in c.flags:
        sh.signature(122, y + 5, 48, 14, rng, color=rng.choice([INK, INK_K]))
    sh.stamp(30, y + 7, ["CPAS CHARLEROI", "AS " + rng.choice(["C. Lambert", "N. Dupuis", "J. Mertens"])], rng,
             shape="rect", size_mm=42, color=ST_VIOLET, angle=rng.uniform(-5, 5))
    return [crooked(sh, rng, lo=0.8, hi=1.8)], tags


_reg("be9ter-app-nl-lawyer-prose-briefhoofd-links-verticale-lijn-onderstreepte-kopjes-handtekening-onder-label-39",
     "application", PART, "nl", app_letter_nl, "Antwerp lawyer's letter: letterhead left of a vertical rule, "
     "underlined headings, numbered annexes with pages, signature below the label")
_reg("be9ter-app-fr-lawyer-prose-briefhoofd-in-voet-romeinse-cijfers-stempel-over-handtekening-39", "application",
     PART, "fr", app_letter_fr, "Liège avocate's requête with the letterhead in the footer, roman-numbered grounds, "
     "inventory table, stamp over the signature")
_reg("be9ter-app-en-dropin-prose-bolletjes-handtekening-naast-naam-39", "application", PART, "en", app_letter_en,
     "application written in English by a drop-in centre's volunteer (not accepted)")
_reg("be9ter-app-nl-form-ngo-raster-viltstift-hoofdletters-mono-motivering-39", "application", PART, "nl",
     app_form_nl, "NGO's two-page form: grid cells answered in felt-tip capitals, motivation typed in mono, "
     "signature right of the label")
_reg("be9ter-app-fr-form-cpas-zwarte-schijven-getypt-scheef-gekopieerd-39", "application", PART, "fr", app_form_fr,
     "CPAS information sheet typed in DejaVu Serif, black numbered discs, signature below the label, crooked copy")


# =========================================================================== standard medical certificates


def _stamp_lines(c: Case, lang: str, riziv: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    out = [d.name("initial"), sp.capitalize() if sp else ""]
    if riziv:
        out.append(("INAMI " if lang == "fr" else "RIZIV ") + d.riziv)
    out.append(f"{d.street}, {d.pc} {d.city}")
    return [x for x in out if x]


def _cdate(c: Case) -> str:
    return fdate(c.cert_date, c.cert_date_style, c.cert_lang if c.cert_lang in ("nl", "fr", "de", "en") else "nl")


def _sev_index(t: dict) -> int:
    s = t["severity"].lower()
    return 3 if ("zeer" in s or "très" in s or "very" in s) else 2


def medcert_2024_record(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a hospital's record system: the hospital's name in a square logo block at the
    upper LEFT and the title at its right; each question's number in a narrow LEFT column and its wording and
    answer in the wide right column (question in small grey FreeSans, answer in black under it), thin rules
    between the rows; the severity written as the chosen word in bold after the four options printed in grey;
    two pages, the doctor's signature BESIDE the label at the end and the rectangular stamp BELOW it."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    pages = [Sheet(), Sheet()]
    for i, s in enumerate(pages):
        s.rect(18, 10, 16, 16, width_mm=0, fill=(0, 90, 130))
        _T(s, 26, 14.5, (d.inst or "H")[:1].upper(), font=FSANS_B, size=16, color=(255, 255, 255), anchor="center")
        _T(s, 38, 11, d.inst, font=FSANS_B, size=9)
        _T(s, 38, 16, M["title"], font=FSANS_B, size=11.5)
        _T(s, 38, 22, M["model"], font=FSANS, size=7.5, color=GREY)
        _T(s, 192, 287, M["page"].format(i=i + 1, n=2), font=FSANS, size=7.5, anchor="right", color=GREY)
    y = _P(pages[0], 18, 31, 174, M["law"], font=FSANS, size=7.5, lead=1.3, color=GREY) + 3
    st = {"p": 0, "y": y}

    def q(num, label, answer, tag=None, bold=False):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        lines = wrap(glyphs(answer, FSANS), 150, FSANS, 9.4) if answer else [""]
        h = 6 + 4.1 * len(lines)
        _T(s, 19, st["y"], num, font=FSANS_B, size=9.5, color=(0, 90, 130))
        ll = glyphs(label, FSANS)
        s.text(32, st["y"], ll, font=FSANS, size_pt=fit(ll, FSANS, 8, 158), color=GREY)
        yy = st["y"] + 4.4
        for ln in lines:
            s.text(32, yy, ln, font=FSANS_B if bold else FSANS, size_pt=9.4)
            yy += 4.1
        st["y"] += h + 1.5
        s.rule(18, st["y"] - 1.2, 192, st["y"] - 1.2, width_mm=0.12, color=(190, 190, 190))

    nop = "mc_no_patient" in F
    q("1", f"{M['name']} / {M['first']}", "" if nop else f"{c.p.surname.upper()}, {c.p.given_names}", "patient")
    q("", f"{M['bd']} / {M['nat']}", f"{fdate(c.p.birth_date, 'slashes')} – {cname(c.p.nationality, lang)}")
    q("2", f"{M['dname']} / {M['riziv']}", d.name() + ("" if "mc_no_riziv" in F else f" – {d.riziv}"), "doctor")
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    q("", f"{M['spec']} / {M['daddr']}", f"{sp}, {d.inst}, {d.street}, {d.pc} {d.city}")
    q("3", M["s3"], fdate(c.medstat_date - timedelta(days=320), "slashes"))
    q("4", M["s4"], t["history"])
    q("5", M["s5"], "" if "mc_no_illness" in F else f"{t['name']} – ICD-10 {il['icd']}", "illness", bold=True)
    s = pages[0]
    tags["severity"] = 1
    _T(s, 19, st["y"], "6", font=FSANS_B, size=9.5, color=(0, 90, 130))
    _T(s, 32, st["y"], M["s6"], font=FSANS, size=8, color=GREY)
    _T(s, 32, st["y"] + 4.4, " / ".join(M["sevopts"]), font=FSANS, size=8.5, color=(150, 150, 150))
    if "mc_no_severity" not in F:
        _T(s, 120, st["y"] + 4.4, "→ " + M["sevopts"][_sev_index(t)].upper(), font=FSANS_B, size=9.5)
    st["y"] += 11
    q("", M["s6b"], "" if "mc_no_severity" in F else t["severity"])
    st["p"], st["y"] = 1, 32
    not_ = "mc_no_treatment" in F
    q("7a", M["s7a"], "" if not_ else "; ".join(t["meds"]), "treatment")
    q("7b", M["s7b"], "" if not_ else t["intervention"])
    q("7c", M["s7c"], "" if not_ else t["duration"])
    q("8", M["s8"], t["consequences"])
    q("9", M["s9"], t["prognosis"])
    q("10", M["s10"], t["needs"])
    q("11", M["s11"], t["travel"])
    q("12", M["s12"], "—")
    s2 = pages[1]
    y = st["y"] + 6
    tags["signature"] = 2
    _T(s2, 32, y, f"{M['date']}: {_cdate(c)}", font=FSANS, size=10)
    w = _T(s2, 32, y + 12, M["sign"] + ":", font=FSANS, size=9.5)
    if "mc_unsigned" not in F:
        s2.signature(36 + w, y + 5, 46, 14, rng, color=INK)
    s2.stamp(34, y + 20, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=50,
             color=ST_BLUE, angle=rng.uniform(-3, 3))
    return pages, tags


def medcert_2024_boxes(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """DVZ's blank 2024 model printed and filled in by the GP in BLOCK CAPITALS with a ballpoint: Palatino labels,
    every answer in a framed box; the severity options as four small boxes with a handwritten cross; the date
    written in the box; the signature BELOW the label in the last box and the round stamp over the box's edge;
    the copy kept in the patient's folder and gone yellow."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    ink = rng.choice([INK, (20, 20, 70)])
    pages = [Sheet(), Sheet()]
    _T(pages[0], 105, 13, M["title"], font=PAL_B, size=13, anchor="center")
    y = _P(pages[0], 20, 20, 170, M["law"], font=PAL, size=8, lead=1.3)
    _T(pages[0], 105, y + 1, M["model"], font=PAL_I, size=8, anchor="center")
    st = {"p": 0, "y": y + 9}

    def box(label, answer, n=1, tag=None):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        _T(s, 20, st["y"], label, font=PAL_B, size=8.8)
        h = 3 + n * 6.5
        s.rect(20, st["y"] + 4.5, 170, h, width_mm=0.3)
        if answer:
            _hand_lines(s, 22, st["y"] + 5.8, 166, answer.upper(), rng, size=10.5, lh=6.5, font=BLOCK, color=ink,
                        max_lines=n)
        st["y"] += h + 7.5

    nop = "mc_no_patient" in F
    box(f"{M['s1']} – {M['name']}, {M['first']}", "" if nop else f"{c.p.surname} {c.p.given_names}", 1, "patient")
    box(f"{M['bd']} – {M['nat']}", f"{fdate(c.p.birth_date, 'dots')} – {cname(c.p.nationality, lang)}", 1)
    box(f"{M['s2']} – {M['dname']} / {M['riziv']}", d.name() + ("" if "mc_no_riziv" in F else f" / {d.riziv}"), 1,
        "doctor")
    box(M["daddr"], f"{d.street}, {d.pc} {d.city}", 1)
    box(M["s4"], t["history"], 3)
    box(M["s5"], "" if "mc_no_illness" in F else f"{t['name']} ({il['icd']})", 2, "illness")
    s = pages[0]
    tags["severity"] = 1
    _T(s, 20, st["y"], M["s6"], font=PAL_B, size=8.8)
    x = 24
    sev = -1 if "mc_no_severity" in F else _sev_index(t)
    for k, o in enumerate(M["sevopts"]):
        s.checkbox(x, st["y"] + 6, 4, k == sev, rng=rng, ink=ink)
        _T(s, x + 6, st["y"] + 6.2, o, font=PAL, size=9.5)
        x += 40
    st["y"] += 14
    box(M["s6b"], "" if "mc_no_severity" in F else t["severity"], 2)
    st["p"], st["y"] = 1, 16
    not_ = "mc_no_treatment" in F
    box(f"{M['s7']} – {M['s7a']}", "" if not_ else "; ".join(t["meds"]), 3, "treatment")
    box(M["s7b"], "" if not_ else t["intervention"], 2)
    box(M["s7c"], "" if not_ else t["duration"], 1)
    box(M["s8"], t["consequences"], 2)
    box(M["s9"], t["prognosis"], 2)
    box(M["s10"], t["needs"], 2)
    box(M["s11"], t["travel"], 1)
    s2 = pages[1]
    y = st["y"] + 2
    tags["signature"] = 2
    s2.rect(20, y, 170, 40, width_mm=0.3)
    _T(s2, 22, y + 2, M["date"], font=PAL_B, size=8.8)
    _hand(s2, 22, y + 8, _cdate(c), rng, size=11, font=BLOCK, color=ink)
    _T(s2, 100, y + 2, M["sign"], font=PAL_B, size=8.8)
    if "mc_unsigned" not in F:
        s2.signature(104, y + 8, 46, 14, rng, color=ink)
    s2.stamp(150, y + 14, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="round", size_mm=32,
             color=ST_VIOLET, angle=rng.uniform(-25, 25))
    return [sheet_of(yellowed(p.render(200), rng)) for p in pages], tags


def medcert_old(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (rubrics A/ to G/) typed by a specialist's secretary in Liberation Serif: the rubric
    letter in a large bold capital in the LEFT margin, the printed question in italics and the answer under it;
    the patient block framed at the top right; the doctor's name and RIZIV number in the last lines; the signature
    ABOVE the label line at the right and the rectangular stamp to its LEFT."""
    M = MC_OLD[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            _T(sh, 22, 14, d.inst, font=LSER_B, size=10)
            _T(sh, 22, 19, d.dept or "", font=LSER, size=9, color=GREY)
            _T(sh, 22, 36, M["title"], font=LSER_B, size=13)
            _T(sh, 22, 42, M["sub"], font=LSER, size=9.5)
            _T(sh, 22, 47, M["law"], font=LSER, size=9)
            return sh, 76
        return sh, 20

    fl = Flow(new_sheet, left=32, right=188, bottom=272, font=LSER, size=10, leading=1.33)
    s0 = fl.sheet
    s0.rect(120, 12, 70, 26, width_mm=0.3)
    fl.tag("patient")
    nop = "mc_no_patient" in F
    _T(s0, 123, 14, M["pat"], font=LSER, size=8, color=GREY)
    _T(s0, 123, 19, "" if nop else f"{c.p.surname.upper()} {c.p.given_names}", font=LSER_B, size=10.5)
    _T(s0, 123, 26, f"{M['bd']}: {fdate(c.p.birth_date, 'dots')}", font=LSER, size=9)
    _T(s0, 123, 31, f"{M['nat']}: {cname(c.p.nationality, lang)}", font=LSER, size=9)
    fl.y = 58

    def rub(letter, question, answer, tag=None, size=None):
        fl.ensure(16)
        fl.sheet.text(20, fl.y - 1, letter, font=LSER_B, size_pt=16)
        fl.para(question, font=f"{LSER.replace('Regular', 'Italic')}", size=size or 9.2, gap=1, color=GREY)
        if tag:
            fl.tag(tag)
        if answer:
            fl.para(answer, gap=3)

    rub("A", M["A"], t["history"])
    rub("B", M["B"], "", size=8.8)
    fl.tag("illness")
    fl.para(f"{M['diag']} {'' if 'mc_no_illness' in F else t['name'] + ' (ICD-10 ' + il['icd'] + ')'}", gap=1.5)
    fl.tag("severity")
    fl.para(f"{M['sev']} {'' if 'mc_no_severity' in F else t['severity']}", gap=3)
    no_t = "mc_no_treatment" in F
    rub("C", M["C"], "", tag="treatment")
    fl.para(f"{M['med']} {'' if no_t else '; '.join(t['meds'])}", gap=1)
    fl.para(f"{M['interv']} {'' if no_t else t['intervention']}", gap=1)
    fl.para(f"{M['dur']} {'' if no_t else t['duration']}", gap=3)
    rub("D", M["D"], t["consequences"])
    rub("E", M["E"], t["prognosis"])
    rub("F", M["F"], t["needs"], size=8.8)
    rub("G", M["G"], t["travel"], size=8.8)
    fl.ensure(52)
    fl.tag("doctor")
    fl.tag("signature")
    y = fl.y + 2
    sh = fl.sheet
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    _T(sh, 32, y, f"{d.name()} – {sp}", font=LSER_B, size=10)
    if "mc_no_riziv" not in F:
        _T(sh, 32, y + 5, f"{M['riziv']} {d.riziv}", font=LSER, size=9.5)
    _T(sh, 32, y + 10, f"{M['date']} {_cdate(c)}", font=LSER, size=9.5)
    sh.stamp(32, y + 17, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=46,
             color=ST_BLACK, angle=rng.uniform(-3, 3))
    if "mc_unsigned" not in F:
        sh.signature(124, y + 16, 48, 14, rng, color=INK)
    sh.rule(118, y + 32, 188, y + 32, width_mm=0.25)
    _T(sh, 118, y + 33.5, glyphs(M["sign"], LSER), font=LSER, size=8.5)
    return fl.sheets, fl.tags


for _lg in ("nl", "fr", "en"):
    _reg(f"be9ter-medcert-2024-{_lg}-epd-print-nummerkolom-links-handtekening-naast-label-39", "medical-certificate",
         PART, _lg, (lambda c, r, _l=_lg: medcert_2024_record(c, r, lang=_l)),
         "2024 model printed from a hospital record system, question numbers in a left column, signature beside "
         "the label" + (" (in English: not accepted)" if _lg == "en" else ""))
for _lg in ("nl", "fr"):
    _reg(f"be9ter-medcert-2024-{_lg}-blanco-model-blokletters-kaders-kruisjes-vergeeld-39", "medical-certificate",
         PART, _lg, (lambda c, r, _l=_lg: medcert_2024_boxes(c, r, lang=_l)),
         "2024 blank model filled in by hand in block capitals in framed boxes, severity crossed, yellowed copy")
    _reg(f"be9ter-medcert-old-{_lg}-secretariaat-rubriekletter-marge-stempel-links-39", "medical-certificate", PART,
         _lg, (lambda c, r, _l=_lg: medcert_old(c, r, lang=_l)),
         "previous model typed in Liberation Serif, rubric letters large in the margin, stamp left of signature")


# =========================================================================== medical statements


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A university hospital specialist's report addressed to the lawyer ('Geachte meester' / 'Cher Maître'): a
    thin dark band across the top with the hospital's name in white, the department and the doctor's direct line
    in a right-aligned block under it; the report in DejaVu Serif with bold run-in leads (Diagnose, Verloop,
    Behandeling, Prognose); the signature at the END ABOVE the typed name, no label."""
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    sh.rect(0, 0, 210, 12, width_mm=0, fill=(40, 44, 60))
    _T(sh, 18, 3, d.inst, font=DSER_B, size=10, color=(255, 255, 255))
    for i, ln in enumerate([d.dept or SPECIALTY[d.spec].get(lang, ""), f"{d.street}, {d.pc} {d.city}",
                            f"tel. {d.tel}"]):
        _T(sh, 192, 17 + i * 4.4, ln, font=DSER, size=8, anchor="right", color=GREY)
    _T(sh, 18, 40, f"{d.city}, {_long(c.medstat_date, lang)}", font=DSER, size=9.5)
    pat = f"{c.p.surname.upper()} {c.p.given_names}, {fdate(c.p.birth_date, 'dots')}"
    if lang == "nl":
        L = ["Geachte meester,", f"Betreft: uw cliënt{'e' if c.fem else ''} {pat}", "Diagnose.", "Verloop.",
             "Behandeling.", "Prognose.", "Met vriendelijke groeten,"]
        intro = f"Op uw vraag bezorg ik u een verslag over de toestand van {'mevrouw' if c.fem else 'de heer'} " \
                f"{c.p.surname}, die ik als specialist opvolg."
    else:
        L = ["Cher Maître,", f"Concerne : votre client{'e' if c.fem else ''} {pat}", "Diagnostic.", "Évolution.",
             "Traitement.", "Pronostic.", "Veuillez agréer, Cher Maître, mes salutations distinguées."]
        intro = f"À votre demande, je vous transmets un rapport sur l'état de {'Madame' if c.fem else 'Monsieur'} " \
                f"{c.p.surname}, que je suis en tant que spécialiste."
    _T(sh, 18, 50, L[1], font=DSER_B, size=9.5)
    y = _P(sh, 18, 60, 174, L[0], font=DSER, size=10) + 2
    y = _P(sh, 18, y, 174, intro, font=DSER, size=10, lead=1.45) + 3
    for lead, txt in ((L[2], f"{t['name']} (ICD-10 {il['icd']})."), (L[3], f"{t['history']} {t['severity']}"),
                      (L[4], f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}"),
                      (L[5], f"{t['prognosis']} {t['consequences']}")):
        _T(sh, 18, y, lead, font=DSER_B, size=10)
        y = _P(sh, 18, y + 4.8, 174, txt, font=DSER, size=10, lead=1.45) + 3
    y = _P(sh, 18, y + 2, 174, L[6], font=DSER, size=10)
    sh.signature(20, y + 3, 46, 14, rng, color=rng.choice([INK, INK_K]))
    _T(sh, 18, y + 19, d.name(), font=DSER_B, size=10)
    _T(sh, 18, y + 24, SPECIALTY[d.spec].get(lang, ""), font=DSER, size=9)
    return [sh], {}


def medstat_discharge(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A day hospital's discharge letter ('ontslagbrief dagziekenhuis' / 'lettre de sortie') printed from the
    record software in FreeSans: a barcode patient label stuck at the upper right (slightly crooked), the admission
    data in a one-row table, the medication on discharge as a table (drug | dose | schedule), and 'Dit document werd
    elektronisch ondertekend' at the foot; the printout photographed by the patient on a table."""
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    nl = lang == "nl"
    _T(sh, 18, 14, d.inst, font=FSANS_B, size=11)
    _T(sh, 18, 19.5, ("Dagziekenhuis – " if nl else "Hôpital de jour – ") + (d.dept or ""), font=FSANS, size=9,
       color=GREY)
    lab = Sheet(62, 24)
    lab.rect(0, 0, 62, 24, width_mm=0, fill=(252, 252, 246))
    lab.text(2, 1.5, glyphs(f"{c.p.surname.upper()} {c.p.given_names}", FSANS_B), font=FSANS_B,
             size_pt=fit(f"{c.p.surname.upper()} {c.p.given_names}", FSANS_B, 8, 58))
    lab.text(2, 6, f"{fdate(c.p.birth_date, 'dots')}  {c.p.sex}", font=FSANS, size_pt=7.5)
    bars(lab, 2, 11, 56, 8, f"pat{c.seed}")
    from .twentyeighth_identity import paste
    paste(sh, lab, 128, 10, dpi=250, angle=rng.uniform(-3, 3))
    _T(sh, 18, 42, "ONTSLAGBRIEF" if nl else "LETTRE DE SORTIE", font=FSANS_B, size=13)
    heads = ["Opname", "Ontslag", "Arts", "Dienst"] if nl else ["Admission", "Sortie", "Médecin", "Service"]
    vals = [fdate(c.medstat_date - timedelta(days=1), "dots"), fdate(c.medstat_date, "dots"), d.name(),
            (d.dept or SPECIALTY[d.spec].get(lang, ""))[:30]]
    x = 18
    for h, v, w in zip(heads, vals, (30, 30, 60, 54)):
        sh.rect(x, 52, w, 6, width_mm=0.2, fill=(230, 230, 230))
        sh.rect(x, 58, w, 7, width_mm=0.2)
        _T(sh, x + 1.5, 53.2, h, font=FSANS_B, size=8)
        vv = glyphs(v, FSANS)
        sh.text(x + 1.5, 59.6, vv, font=FSANS, size_pt=fit(vv, FSANS, 8.8, w - 3))
        x += w
    y = 74
    for h, v in (("Diagnose" if nl else "Diagnostic", f"{t['name']} (ICD-10 {il['icd']})"),
                 ("Voorgeschiedenis en verloop" if nl else "Antécédents et évolution", t["history"]),
                 ("Ernst" if nl else "Gravité", t["severity"]),
                 ("Verdere behandeling" if nl else "Suite du traitement", f"{t['intervention']} {t['duration']}")):
        _T(sh, 18, y, h, font=FSANS_B, size=9.5)
        y = _P(sh, 18, y + 4.8, 174, v, font=FSANS, size=9.5, lead=1.4) + 3
    _T(sh, 18, y + 2, "Medicatie bij ontslag" if nl else "Médication à la sortie", font=FSANS_B, size=9.5)
    y += 8
    for med in t["meds"]:
        sh.rect(18, y, 174, 6, width_mm=0.15, color=(170, 170, 170))
        mm = glyphs(med, FSANS)
        sh.text(20, y + 1.2, mm, font=FSANS, size_pt=fit(mm, FSANS, 8.8, 168))
        y += 6
    _T(sh, 18, 276, ("Dit document werd elektronisch ondertekend door " if nl else
                     "Document signé électroniquement par ") + f"{d.name()} – {fdate(c.medstat_date, 'dots')}",
       font=FSANS, size=7.5, color=GREY)
    return [phone(sh, rng)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-universitair-donkere-kopband-aan-advocaat-run-in-kopjes-39",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_specialist(c, r, lang=_l)),
         "university specialist's report to the lawyer, dark top band, run-in bold leads, signature above name")
    _reg(f"be9ter-medstat-ontslagbrief-{_lg}-dagziekenhuis-patientenetiket-medicatietabel-foto-39",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_discharge(c, r, lang=_l)),
         "day hospital's discharge letter with a patient label and medication table, photographed on a table")


# =========================================================================== country-of-origin information


def coi_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian NGO's 'landenfiche' printed from its database in Dutch: a title line with the country and the
    consultation date, a table (geneesmiddel / beschikbaar / waar / prijs per maand) in FreeSans, a paragraph on
    health cover and the sources as a short list in small type."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    _T(sh, 18, 14, "Landenfiche toegang tot zorg", font=FSANS_B, size=13)
    _T(sh, 18, 20, f"{C['nl']} – geraadpleegd op {fdate(SUB - timedelta(days=rng.randint(10, 90)), 'dots')}",
       font=FSANS, size=9.5, color=GREY)
    y = 32
    cols = [("Geneesmiddel / zorg", 62), ("Beschikbaar", 28), ("Waar", 52), ("Prijs per maand", 32)]
    x = 18
    for h, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.2, fill=(214, 226, 236))
        _T(sh, x + 1.5, y + 1.6, h, font=FSANS_B, size=8.5)
        x += w
    y += 7
    drug = il["drug"]
    for row in ((drug, "onregelmatig", f"privéapotheken, {C['capital']}", il["cost"]),
                ("specialistische opvolging", "beperkt", C["hospital"], "–"),
                ("laboratoriumcontrole", "ja", C["capital"], "–")):
        x = 18
        lines = [wrap(glyphs(v, FSANS), w - 3, FSANS, 8.5) for v, (_, w) in zip(row, cols)]
        h = 2 + 4 * max(len(ls) for ls in lines)
        for ls, (_, w) in zip(lines, cols):
            sh.rect(x, y, w, h, width_mm=0.2)
            for k, ln in enumerate(ls):
                sh.text(x + 1.5, y + 1 + k * 4, ln, font=FSANS, size_pt=8.5)
            x += w
        y += h
    y = _P(sh, 18, y + 8, 174, f"Ziektekostendekking. {C['insurance_nl']}", font=FSANS, size=10, lead=1.45) + 3
    y = _P(sh, 18, y, 174, f"Minimumloon: ongeveer {C['wage']} per maand.", font=FSANS, size=10) + 8
    for i, s in enumerate(["WHO – essential medicines availability survey", "Ministerie van Volksgezondheid, "
                           "jaarverslag", "Interviews met artsen ter plaatse (2025)"]):
        _T(sh, 18, y + i * 4.3, f"– {s}", font=FSANS, size=8, color=GREY)
    return [sh], {"coi": 1}


def coi_report(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An extract of a French-language report on the health system ('Rapport sur le système de santé'), two
    pages of it copied: a running head with the report's short title and page numbers 14 and 15 in the corners,
    the text in two columns of P052 with a pull-quote in italics; the lawyer's yellow highlighter over one
    sentence."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    from .be9ter import FR_IN
    where = FR_IN.get(o, "en " + cname(o, "fr"))
    sh = Sheet()
    _T(sh, 18, 10, f"Système de santé – {C['fr']}", font=PAL_I, size=8.5, color=GREY)
    _T(sh, 192, 10, "14", font=PAL, size=8.5, anchor="right", color=GREY)
    sh.rule(18, 15, 192, 15, width_mm=0.2)
    _T(sh, 18, 22, "4.3 Maladies chroniques et accès aux médicaments", font=PAL_B, size=11.5)
    paras = [f"Les soins spécialisés sont concentrés au {C['hospital']}. Hors de la capitale, les structures ne "
             f"disposent ni des spécialistes ni des examens nécessaires au suivi des maladies chroniques.",
             f"Le médicament {il['drug']} n'est pas disponible de manière continue {where}; les ruptures de stock "
             f"sont fréquentes dans le secteur public et les patients doivent l'acheter en pharmacie privée.",
             C["insurance_fr"],
             f"Le coût mensuel d'un tel traitement est estimé à {il['cost']}, alors que le salaire minimum est "
             f"d'environ {C['wage']}."]
    col, y = 0, 32
    hl = rng.randrange(len(paras))
    for i, p in enumerate(paras):
        lines = wrap(glyphs(p, PAL), 82, PAL, 9.8)
        if y + len(lines) * 4.7 > 270 and col == 0:
            col, y = 1, 32
        x = 18 + col * 92
        for ln in lines:
            if i == hl:
                sh.rect(x - 0.5, y - 0.3, sh.text_width(ln, font=PAL, size_pt=9.8) + 1, 4.4, width_mm=0,
                        fill=(250, 240, 120))
            sh.text(x, y, ln, font=PAL, size_pt=9.8)
            y += 4.7
        y += 3
        if i == 1:
            q = wrap(glyphs("« Sans accès régulier au traitement, le pronostic est sombre. »", PAL_I), 76, PAL_I,
                     11)
            for ln in q:
                sh.text(x + 3, y, ln, font=PAL_I, size_pt=11, color=(90, 40, 40))
                y += 5.2
            y += 3
    return [sh], {"coi": 1}


_reg("be9ter-coi-nl-landenfiche-databank-tabel-geneesmiddel-prijs-39", "country-of-origin-info", PART, "nl",
     coi_table, "NGO country sheet printed from a database, table of medicine, availability, place and price")
_reg("be9ter-coi-fr-rapport-uittreksel-twee-kolommen-markeerstift-39", "country-of-origin-info", PART, "fr",
     coi_report, "extract of a French report on the health system in two columns, a highlighted sentence")


# =========================================================================== asylum proof


def annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 reprinted full-size on A4 by the reception centre: a header table (reference O.V./S.P., dossier
    date), the photo at the RIGHT with a dry-seal circle, the holder's data as label: value lines in Liberation
    Mono, and at the foot a grid of validity extensions, each row a date written by hand with the commune's
    stamp pressed across; copied crooked."""
    a = c.asylum or {}
    nl = lang == "nl"
    sh = Sheet()
    _T(sh, 18, 14, "BELGIË – DIENST VREEMDELINGENZAKEN" if nl else "BELGIQUE – OFFICE DES ÉTRANGERS", font=LMONO_B,
       size=10)
    _T(sh, 192, 14, "BIJLAGE 26" if nl else "ANNEXE 26", font=LMONO_B, size=12, anchor="right")
    _P(sh, 18, 22, 120, ("Attest van immatriculatie van een verzoeker om internationale bescherming – verzoek "
                         "ingediend" if nl else "Attestation de dépôt d'une demande de protection internationale"),
       font=LMONO, size=9)
    ov = c.ov or "".join(str(rng.randint(0, 9)) for _ in range(7))
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    sh.rect(18, 36, 110, 14, width_mm=0.3)
    _T(sh, 20, 38, ("O.V.: " if nl else "S.P. : ") + ov, font=LMONO_B, size=10)
    _T(sh, 20, 44, ("Verzoek ingediend op " if nl else "Demande introduite le ") + fdate(lodged, "dots"),
       font=LMONO, size=9.5)
    sh.photo(150, 34, 32, 40, rng)
    sh.stamp(166, 58, ["DVZ-OE", "BRUXELLES"], rng, shape="round", size_mm=22, color=(170, 170, 176))
    y = 60
    for k, v in ((("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
                  ("Geboren te", c.p.birth_place), ("Geboren op", fdate(c.p.birth_date, "dots")),
                  ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]), ("Geslacht", c.p.sex)) if nl else
                 (("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names), ("Né(e) à", c.p.birth_place),
                  ("Né(e) le", fdate(c.p.birth_date, "slashes")),
                  ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("Sexe", c.p.sex))):
        _T(sh, 18, y, f"{k:<14}: ", font=LMONO, size=10)
        _T(sh, 56, y, glyphs(v, LMONO_B), font=LMONO_B, size=10)
        y += 7
    y += 8
    _T(sh, 18, y, "Geldig tot / verlengd tot" if nl else "Valable jusqu'au / prorogé jusqu'au", font=LMONO_B,
       size=9.5)
    y += 6
    for k in range(4):
        sh.rect(18, y, 80, 14, width_mm=0.25)
        sh.rect(98, y, 94, 14, width_mm=0.25)
        if k < 3:
            ext = SUB + timedelta(days=rng.randint(25, 80)) - timedelta(days=(2 - k) * 90)
            _hand(sh, 22, y + 3, fdate(ext, "dots"), rng, size=12, font=THIN, color=INK_K)
            sh.stamp(104, y + 1, [("GEMEENTE " if nl else "COMMUNE ") + c.addr.city.upper()[:16], fdate(ext - timedelta(days=90), "dots")], rng,
                     shape="rect", size_mm=34, color=ST_BLUE if k % 2 else ST_VIOLET, angle=rng.uniform(-5, 5))
        y += 14
    return [crooked(sh, rng, lo=0.7, hi=1.6)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-annex26-{_lg}-a4-herdruk-foto-rechts-mono-verlengingsrooster-stempels-scheef-39",
         "asylum-proof", PART, _lg, (lambda c, r, _l=_lg: annex26(c, r, lang=_l)),
         "annex 26 reprinted on A4, photo right, mono data lines, grid of extensions with stamps, crooked copy")


# =========================================================================== registered-mail receipts


def rm_till(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A PostPunt's thermal till receipt for a registered letter (narrow, printed in FreeMono, the print going
    pale towards the bottom) stapled onto A4 beside bpost's small barcode sticker; the secretary wrote 'DVZ 9ter'
    and the client's name in felt-tip above it."""
    slip = Sheet(58, 120)
    slip.rect(0, 0, 58, 120, width_mm=0, fill=(250, 250, 246))
    y = 4
    for ln, b in ((f"PostPunt {_post_office(c)}", True), ("bpost", True), ("-" * 26, False),
                  (fdate(c.rm_date, "dots") + f"  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", False),
                  ("AANGETEKENDE ZENDING", True), ("Envoi recommandé", False), ("Nationaal  1 st", False),
                  (track_spaced(c.rm_track), True), ("-" * 26, False), ("Bestemmeling:", False)):
        _T(slip, 3, y, ln, font=FMONO_B if b else FMONO, size=7.4)
        y += 4
    for ln in c.rm_to[:4]:
        ll = glyphs(ln, FMONO)
        slip.text(3, y, ll, font=FMONO, size_pt=fit(ll, FMONO, 7.2, 52))
        y += 3.8
    y += 1
    _T(slip, 3, y, "Afzender:", font=FMONO, size=7.2)
    y += 4
    for ln in _sender_lines(c)[:3]:
        ll = glyphs(ln, FMONO)
        slip.text(3, y, ll, font=FMONO, size_pt=fit(ll, FMONO, 7.2, 52), color=(70, 70, 70))
        y += 3.8
    _T(slip, 3, y + 2, "TOTAAL EUR  " + rng.choice(["9,40", "9,85", "10,10"]), font=FMONO_B, size=7.6,
       color=(90, 90, 90))
    _T(slip, 3, y + 7, "Bewaar dit ticket", font=FMONO, size=7, color=(130, 130, 130))
    sticker = Sheet(50, 18)
    sticker.rect(0, 0, 50, 18, width_mm=0, fill=(255, 255, 255))
    bars(sticker, 2, 2, 46, 8, c.rm_track)
    sticker.text(25, 11.5, c.rm_track, font="ocrb", size_pt=7, anchor="center")
    sh = Sheet()
    from .twentyeighth_identity import paste
    paste(sh, slip, 40, 60, k=1.2, dpi=260, angle=rng.uniform(-2, 2))
    paste(sh, sticker, 128, 66, k=1.2, dpi=260, angle=rng.uniform(-4, 4))
    staple(sh, rng, x=44, y=52)
    _hand(sh, 40, 30, f"DVZ 9ter – {c.p.surname}", rng, size=15, font=FELT, color=INK_K)
    return [sh], {}


def rm_deposit_list(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The law office's 'lijst van aangetekende zendingen / liste des envois recommandés' (bpost's deposit list
    for business customers) printed in landscape-like rows on A4 portrait: the sender's block, a table of the
    items deposited that day (nr | zendingnummer | bestemmeling | postcode), the DVZ row among others, and the
    post office's round date stamp with the clerk's initials at the foot."""
    sh = Sheet()
    _T(sh, 18, 14, "bpost", font=GOTH_B, size=15, color=(200, 30, 40))
    _T(sh, 18, 22, "Lijst van aangetekende zendingen – Liste des envois recommandés", font=GOTH_B, size=10.5)
    y = 32
    for ln in _sender_lines(c)[:4]:
        _T(sh, 18, y, ln, font=GOTH, size=9.5)
        y += 4.6
    _T(sh, 192, 32, f"Datum afgifte: {fdate(c.rm_date, 'dots')}", font=GOTH, size=9.5, anchor="right")
    y += 6
    cols = [("Nr", 10), ("Zendingnummer", 52), ("Bestemmeling", 90), ("PC", 22)]
    x = 18
    for h, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.2, fill=(230, 230, 230))
        _T(sh, x + 1.5, y + 1.6, h, font=GOTH_B, size=8.5)
        x += w
    y += 7
    others = [("Rechtbank van eerste aanleg, Justitieplein 1", "1000"), ("OCMW, Kerkstraat 10", "2060"),
              ("Dhr. en Mevr. Claes, Lindelei 4", "2640")]
    rows = []
    pos = rng.randint(0, len(others))
    for i, (a, pc) in enumerate(others):
        r = random.Random(f"{c.seed}{i}")
        rows.append((f"{r.choice(['RR', 'RE'])}{r.randint(10**8, 10**9 - 1)}BE", a, pc))
    to = ", ".join(c.rm_to[:-1]) if len(c.rm_to) > 1 else c.rm_to[0]
    pc_to = "".join(ch for ch in c.rm_to[-1].split()[0] if ch.isdigit()) or "1000"
    rows.insert(pos, (track_spaced(c.rm_track), to, pc_to))
    for i, (tn, a, pc) in enumerate(rows):
        x = 18
        aa = wrap(glyphs(a, GOTH), 87, GOTH, 8.5)
        h = 2 + 4 * len(aa)
        for (v, (_hh, w)) in zip((str(i + 1), tn, aa, pc), cols):
            sh.rect(x, y, w, h, width_mm=0.2)
            if isinstance(v, list):
                for k, ln in enumerate(v):
                    sh.text(x + 1.5, y + 1 + k * 4, ln, font=GOTH, size_pt=8.5)
            else:
                vv = glyphs(v, GOTH)
                sh.text(x + 1.5, y + 1, vv, font=GOTH, size_pt=fit(vv, GOTH, 8.5, w - 3))
            x += w
        y += h
    _T(sh, 18, y + 6, f"Aantal zendingen: {len(rows)}", font=GOTH, size=9.5)
    sh.stamp(120, y + 10, [_post_office(c).upper(), fdate(c.rm_date, "dots"), "BPOST"], rng, shape="round",
             size_mm=32, color=(40, 40, 44), angle=rng.uniform(-20, 20))
    _hand(sh, 160, y + 30, rng.choice(["JV", "MD", "KP"]), rng, size=13, font=THIN, color=INK_K)
    return [sh], {}


_reg("be9ter-rm-postpunt-kasticket-thermisch-geniet-sticker-viltstift-39", "registered-mail-receipt", PART, "nl",
     rm_till, "PostPunt thermal till receipt stapled on A4 beside the barcode sticker, note in felt-tip")
_reg("be9ter-rm-bpost-afgiftelijst-kantoor-tabel-ronde-datumstempel-39", "registered-mail-receipt", PART, "nl/fr",
     rm_deposit_list, "bpost deposit list of the office's registered items with the DVZ row, round date stamp")


# =========================================================================== other


def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's 'verklaring op eer' typed by a volunteer on a plain sheet in FreeSerif and signed by the
    applicant in the margin at the right of the last paragraph; no authority's stamp; photographed."""
    lang = "fr" if c.lang == "fr" else "nl"
    sh = Sheet()
    e = "e" if c.fem else ""
    title = {"nl": "VERKLARING OP EER", "fr": "DÉCLARATION SUR L'HONNEUR"}[lang]
    _T(sh, 105, 30, title, font=FSER_B, size=14, anchor="center")
    txt = ({"nl": f"Ik, {c.p.given_names} {c.p.surname}, geboren op {fdate(c.p.birth_date, 'dots')} te "
                  f"{c.p.birth_place}, van {COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit, verklaar op eer "
                  f"dat deze gegevens juist zijn. Ik bezit geen paspoort of identiteitskaart: mijn papieren zijn "
                  f"achtergebleven in mijn land en ik kan ze niet laten overkomen.",
            "fr": f"Je soussigné{e}, {c.p.given_names} {c.p.surname}, né{e} le {fdate(c.p.birth_date, 'slashes')} "
                  f"à {c.p.birth_place}, de nationalité {COUNTRIES[c.p.nationality]['adj_fr']}, déclare sur "
                  f"l'honneur que ces données sont exactes. Je ne possède ni passeport ni carte d'identité : mes "
                  f"papiers sont restés au pays et je ne peux pas les faire venir."}[lang])
    y = _P(sh, 30, 48, 150, txt, font=FSER, size=12, lead=1.6)
    _T(sh, 30, y + 10, f"{c.addr.city}, {fdate(c.app_date, 'dots')}", font=FSER, size=12)
    sh.signature(140, y - 12, 44, 14, rng, color=INK)
    return [phone(sh, rng)], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian pharmacy's receipt for the month's medicines (the patient pays without health insurance fund):
    the pharmacy's name and APB number, the items with CNK codes and prices in FreeMono, the total; printed on
    an A5 half-sheet and copied on A4 at 150 dpi."""
    il = ILLNESSES[c.illness]
    t = _ill(c, "nl" if c.lang != "fr" else "fr")
    fr = c.lang == "fr"
    sh = Sheet()
    _T(sh, 18, 16, rng.choice(["Apotheek De Linde", "Pharmacie du Centre", "Apotheek Sint-Jan"]), font=FMONO_B,
       size=12)
    _T(sh, 18, 22, f"APB {rng.randint(100000, 999999)} – {c.addr.city}", font=FMONO, size=9.5)
    _T(sh, 18, 34, ("Reçu" if fr else "Kasticket") + f"  {fdate(SUB - timedelta(days=rng.randint(5, 40)), 'dots')}",
       font=FMONO_B, size=10.5)
    _T(sh, 18, 40, f"{c.p.surname.upper()} {c.p.given_names}", font=FMONO, size=10)
    y = 50
    tot = 0.0
    for m in [il["drug"]] + t["meds"][:2]:
        p = round(rng.uniform(9, 95), 2)
        tot += p
        mm = glyphs(m, FMONO)
        sh.text(18, y, mm, font=FMONO, size_pt=fit(mm, FMONO, 9.5, 140))
        _T(sh, 192, y, f"{p:7.2f}".replace(".", ","), font=FMONO, size=9.5, anchor="right")
        _T(sh, 18, y + 4.4, f"CNK {rng.randint(1000000, 9999999)}", font=FMONO, size=8, color=GREY)
        y += 11
    sh.rule(150, y, 192, y, width_mm=0.3)
    _T(sh, 192, y + 2, f"EUR {tot:.2f}".replace(".", ","), font=FMONO_B, size=10.5, anchor="right")
    _T(sh, 18, y + 10, "Non remboursé – pas de mutuelle" if fr else "Niet terugbetaald – geen ziekenfonds",
       font=FMONO, size=9)
    return [coarse(sh)], {}


_reg("be9ter-other-declaration-verklaring-op-eer-getypt-vrijwilliger-handtekening-marge-foto-39", "other", PART,
     "nl/fr", other_declaration, "applicant's declaration typed by a volunteer, signed in the margin, photographed")
_reg("be9ter-other-pharmacy-kasticket-apotheek-cnk-150dpi-39", "other", PART, "nl/fr", other_pharmacy,
     "pharmacy receipt for medicines paid without insurance fund, 150 dpi copy")

