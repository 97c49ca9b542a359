"""9ter families of the `fortyfirst` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to fortieth had been read, by a writer who saw neither the validator
nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each family's layout,
wording and copy habits are described in its function's docstring and its registration note (the part is read
blind, so they are not summarised here).  The application paragraphs reuse be9ter's sentence builders (as the fifth
and later parts did); every layout here is new.

Importing this module also tells be9ter which origins this part's 9ter applicants come from (Niger, Kenya and
Türkiye: the countries this part's identity families cover); nothing another part reads is changed.
"""

from __future__ import annotations

import datetime
import random
from datetime import timedelta

from . import be9ter as _b9
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
from .fortyfirst_identity import (
    _P,
    _T,
    CHAN,
    DCON,
    DCON_B,
    DSER,
    DSER_B,
    FELT,
    FMONO,
    FMONO_B,
    FSAN,
    FSAN_B,
    FSER,
    FSER_B,
    FSER_I,
    GOTH,
    GOTH_B,
    GOTH_I,
    GREY,
    HEAVY,
    INK,
    INK_K,
    LMONO,
    LMONO_B,
    LNAR,
    LNAR_B,
    LSAN,
    LSAN_B,
    LSAN_I,
    LSER,
    LSER_B,
    LSER_I,
    PAL,
    PAL_B,
    PAL_I,
    ST_BLACK,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    d_en,
    d_fr,
    d_nl,
    fax,
    grey16,
    lid_open,
    phone_shadow,
    poor_jpeg,
    punched,
    sepia,
    skew,
    staple,
)
from .paper import Sheet
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "fortyfirst"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: the two countries of fortyfirst_identity, and Türkiye (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["NER", "KEN", "TUR"])
# clean dossiers only this part has (new key only): identity pieces with a spouse, an identity certificate with a
# child, the Nigerien identity card with a child, identity pieces, and an identity certificate with a spouse
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                   dict(id="idcard", family=["child"]), dict(id="pieces"),
                                   dict(id="certificate", family=["spouse"])])


def _long(d, lang: str) -> str:
    return {"nl": d_nl, "fr": lambda x: "le " + d_fr(x), "de": lambda x: x.strftime("%d.%m.%Y"),
            "en": d_en}[lang](d)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


def _hand(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=FELT, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.0 and sh.text_width(s, font=font, size_pt=size) * 1.12 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


def _hand_lines(sh: Sheet, x, y, w, s, rng, *, size=11.0, lh=6.0, font=FELT, color=INK, max_lines=9) -> float:
    for ln in wrap(glyphs(s, font), w * 0.84, font, size)[:max_lines]:
        sh.handwriting(x + rng.uniform(-0.4, 0.5), y + rng.uniform(-0.3, 0.3), ln, rng, size_pt=size, color=color,
                       font=font)
        y += lh
    return y


# =========================================================================== applications


_DVZ = {"nl": ["Dienst Vreemdelingenzaken", "Cel Medische Regularisatie (9ter)", "Pachecolaan 44", "1000 Brussel"],
        "fr": ["Office des Étrangers", "Service Régularisations médicales – 9ter", "Boulevard Pachéco 44",
               "1000 Bruxelles"],
        "en": ["Immigration Office", "Medical regularisation (9ter)", "Pachecolaan 44", "1000 Brussels"]}
_SUBJ = {"nl": "aanvraag tot machtiging tot verblijf – artikel 9ter Vreemdelingenwet",
         "fr": "demande d'autorisation de séjour pour raisons médicales (art. 9ter de la loi du 15.12.1980)",
         "en": "request for authorisation of stay on medical grounds (Article 9ter)"}


def app_letter_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An Antwerp law office's letter in P052 (Palatino) with the letterhead as a SIDEBAR: the partners' names
    listed down a narrow LEFT column in small grey type under the office's name, the body in the wide right
    column; 'PER AANGETEKENDE ZENDING' underlined above DVZ's address at the upper RIGHT; the grounds under
    headings numbered in Roman numerals ('I. Identiteit') in bold on their own line; the signature at the RIGHT
    ABOVE the typed name with a handwritten 'p.o.' beside it; the annexes as a 'Stukkenbundel' list after the
    signature; a staple at the corner of the first page."""
    lang = "nl"
    L = c.lawyer

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            _T(sh, 14, 16, L["firm"], font=PAL_B, size=10)
            names = [_lawyer_name(c, lang)] + ["mr. " + x for x in rng.sample(
                ["K. Peeters", "S. Janssens", "L. Maes", "E. Wouters", "B. Claes", "H. Goossens"], 3)]
            for k, t in enumerate(names):
                tt = glyphs(t, PAL)
                sh.text(14, 26 + k * 4.4, tt, font=PAL, size_pt=fit(tt, PAL, 7.5, 38), color=GREY)
            for k, t in enumerate([L["street"], f"{L['pc']} {L['city']}", L["tel"], L["mail"]]):
                tt = glyphs(t, PAL)
                sh.text(14, 52 + k * 4.2, tt, font=PAL, size_pt=fit(tt, PAL, 7.2, 38), color=GREY)
            sh.rule(56, 14, 56, 282, width_mm=0.2, color=(150, 150, 150))
            staple(sh, random.Random(c.seed + 91), x=4, y=2)
            return sh, 18
        _T(sh, 185, 286, f"{i + 1}", font=PAL, size=8.5, anchor="right", color=GREY)
        sh.rule(56, 14, 56, 282, width_mm=0.2, color=(150, 150, 150))
        return sh, 18

    fl = Flow(new_sheet, left=62, right=192, bottom=274, font=PAL, size=9.8, leading=1.42)
    w = fl.sheet.text(120, fl.y, "PER AANGETEKENDE ZENDING", font=PAL_B, size_pt=8.5)
    fl.sheet.rule(120, fl.y + 3.8, 120 + w, fl.y + 3.8, width_mm=0.25)
    fl.y += 6
    fl.lines(_DVZ[lang], x=120)
    fl.space(6)
    fl.line(f"Antwerpen, {c.d(c.app_date, lang, 'long')}" if L["city"] == "Antwerpen" else
            f"{L['city']}, {c.d(c.app_date, lang, 'long')}")
    fl.space(3)
    fl.para(f"Betreft: {_SUBJ[lang]}", font=PAL_B)
    fl.para(f"Cliënt{'e' if c.fem else ''}: {name_in(c.p, c.name_style)}", gap=4)
    fl.para("Geachte heer, mevrouw,", gap=3)
    fl.para(f"In naam van {personal_prose(c, lang)} dien ik hierbij een aanvraag in tot machtiging tot verblijf "
            f"op grond van artikel 9ter van de wet van 15 december 1980.", align="justify", tag="personal")
    n = [0]
    rom = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

    def sec(head, text, tag=None):
        fl.ensure(16)
        fl.para(f"{rom[n[0]]}. {head}", font=PAL_B, gap=1.2, tag=tag)
        n[0] += 1
        fl.para(text, align="justify")

    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    sec("Verblijfplaats en woonstkeuze", res + (" " + dom if dom else ""), "residence")
    sec("Identiteit", identity_paragraph(c, lang), "identity")
    fp = family_paragraph(c, lang)
    if fp:
        sec("Gezinsleden", fp, "family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        sec("Eerdere procedures", " ".join(x for x in (ap, pp) if x), "parallel")
    sec("Medische situatie", medical_paragraph(c, lang), "medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        sec("Beschikbaarheid en toegankelijkheid in het land van herkomst", coi_paragraph(c, lang), "coi")
    fl.para(request_sentence(c, lang), align="justify")
    fl.para("Met de meeste hoogachting,", gap=3)
    fl.ensure(30)
    fl.tag("signature")
    y0 = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(130, y0, 46, 14, rng, color=rng.choice([INK, INK_K]))
        fl.sheet.handwriting(118, y0 + 5, "p.o.", rng, size_pt=11, color=INK, font=FELT)
    fl.sheet.text(130, y0 + 16, glyphs(_lawyer_name(c, lang), PAL), font=PAL_B, size_pt=9.8)
    fl.sheet.text(130, y0 + 21, "advocaat", font=PAL_I, size_pt=9, color=GREY)
    fl.y = y0 + 30
    if c.annexes:
        fl.tag("inventory")
        fl.para("Stukkenbundel", font=PAL_B, gap=1.5)
        for i, (_, d) in enumerate(c.annexes, 1):
            fl.para(f"stuk {i}: {d}", size=9.2, gap=0.4, indent=4)
    return fl.sheets, fl.tags


def app_letter_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels avocat's requête in Liberation Serif: the office's name and address at the upper LEFT beside a
    thin vertical rule, the date at the upper RIGHT, a boxed 'RECOMMANDÉ' above the Office's address; headings in
    bold CAPITALS on their own line ('EN CE QUI CONCERNE L'IDENTITÉ'), the paragraphs justified; the annexes as
    lettered 'Pièces jointes' (a), (b) ... before the closing; the signature to the RIGHT BESIDE the typed name
    (same line); the pages numbered 'n/N' at the lower right; copied a little skewed."""
    lang = "fr"
    L = c.lawyer
    F = L["sex"] == "F"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rule(20, 12, 20, 34, width_mm=0.6, color=(60, 60, 60))
            for k, t in enumerate([L["firm"], "Avocat" + ("e" if F else ""), L["street"], f"{L['pc']} {L['city']}",
                                   L["tel"], L["mail"]]):
                _T(sh, 23, 12 + k * 3.9, t, font=LSER_B if k == 0 else LSER, size=9 if k == 0 else 7.8,
                   color=(0, 0, 0) if k == 0 else GREY)
            return sh, 44
        return sh, 20

    fl = Flow(new_sheet, left=22, right=188, bottom=270, font=LSER, size=10.5, leading=1.38)
    fl.sheet.text(188, 14, glyphs(f"{L['city']}, {_long(c.app_date, lang)}", LSER), font=LSER, size_pt=10,
                  anchor="right")
    fl.sheet.rect(110, 40, 30, 6.5, width_mm=0.4)
    fl.sheet.text(125, 41.2, "RECOMMANDÉ", font=LSER_B, size_pt=8.5, anchor="center")
    fl.y = 49
    fl.lines(_DVZ[lang], x=110)
    fl.space(8)
    fl.para(f"Concerne : {_SUBJ[lang]} – {name_in(c.p, c.name_style)}", font=LSER_B, size=10.5, gap=4)
    fl.para("Madame, Monsieur,", gap=3)
    fl.para(f"Je représente {personal_prose(c, lang)}, au nom de qui j'introduis la présente demande "
            f"d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980.", align="justify",
            tag="personal")

    def sec(head, text, tag=None):
        fl.ensure(16)
        fl.para(head.upper(), font=LSER_B, size=9.8, gap=1.2, tag=tag)
        fl.para(text, align="justify")

    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    sec("En ce qui concerne la résidence", res + (" " + dom if dom else ""), "residence")
    sec("En ce qui concerne l'identité", identity_paragraph(c, lang), "identity")
    fp = family_paragraph(c, lang)
    if fp:
        sec("En ce qui concerne la famille", fp, "family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        sec("En ce qui concerne les procédures antérieures", " ".join(x for x in (ap, pp) if x), "parallel")
    sec("En ce qui concerne l'état de santé", medical_paragraph(c, lang), "medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        sec("En ce qui concerne les soins dans le pays d'origine", coi_paragraph(c, lang), "coi")
    fl.para(request_sentence(c, lang), align="justify")
    if c.annexes:
        fl.ensure(14)
        fl.tag("inventory")
        fl.para("Pièces jointes :", font=LSER_B, gap=1)
        for i, (_, d) in enumerate(c.annexes):
            fl.para(f"({chr(97 + i)}) {d}", size=9.6, gap=0.3, indent=5)
        fl.space(3)
    fl.para("Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.", gap=6)
    fl.ensure(22)
    fl.tag("signature")
    y0 = fl.y
    w = fl.sheet.text(22, y0 + 6, glyphs(_lawyer_name(c, lang), LSER), font=LSER_B, size_pt=10.5)
    if "unsigned" not in c.flags:
        fl.sheet.signature(28 + w, y0, 46, 14, rng, color=INK)
    sheets, tags = fl.sheets, dict(fl.tags)
    for i, s in enumerate(sheets):
        s.text(188, 286, f"{i + 1}/{len(sheets)}", font=LSER, size_pt=8.5, anchor="right", color=GREY)
    return [skew(s, rng, lo=0.5, hi=1.4) for s in sheets], tags


def app_letter_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in English by a neighbour who helps the applicant, typed in FreeSans (not accepted
    by DVZ): the date at the upper LEFT, the sender's name and address under it, paragraphs NUMBERED (1), (2) in
    the text, signed at the LEFT with the signature BELOW 'Signed:' and the name written out by hand; kept as a
    poor JPEG."""
    lang = "en"

    def new_sheet(i):
        return Sheet(), 20

    fl = Flow(new_sheet, left=24, right=186, bottom=272, font=FSAN, size=10.5, leading=1.4)
    fl.line(_long(c.app_date, "en"))
    fl.lines([f"{c.p.given_names} {c.p.surname}", addr_str(c.addr, "en", c.addr_style)], size=9.5)
    fl.space(6)
    fl.lines(_DVZ["en"])
    fl.space(6)
    fl.para(f"Subject: {_SUBJ['en']}", font=FSAN_B)
    fl.para("Dear Sir or Madam,", gap=4)
    k = [0]

    def np(text, tag=None):
        k[0] += 1
        fl.para(f"({k[0]}) {text}", tag=tag, gap=3.5)

    np(f"I write for {personal_prose(c, lang)} and ask for leave to remain on medical grounds.", "personal")
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    np(res + (" " + dom if dom else ""), "residence")
    np(identity_paragraph(c, lang), "identity")
    np(medical_paragraph(c, lang), "medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        np(coi_paragraph(c, lang), "coi")
    fp = family_paragraph(c, lang)
    if fp:
        np(fp, "family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        np(" ".join(x for x in (ap, pp) if x), "parallel")
    fl.para(request_sentence(c, lang), gap=4)
    if c.annexes:
        fl.tag("inventory")
        fl.para("Documents enclosed: " + "; ".join(d for _, d in c.annexes) + ".", size=9.5, gap=4)
    fl.ensure(30)
    fl.tag("signature")
    y0 = fl.y
    fl.sheet.text(24, y0, "Signed:", font=FSAN, size_pt=10)
    if "unsigned" not in c.flags:
        fl.sheet.signature(26, y0 + 5, 44, 13, rng, color=INK)
    fl.sheet.handwriting(26, y0 + 20, glyphs(_lawyer_name(c, lang), FELT), rng, size_pt=12, color=INK, font=FELT)
    return [poor_jpeg(s) for s in fl.sheets], fl.tags


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
    """An Antwerp CAW's 'intakeformulier aanvraag 9ter' on two pages: page 1 a grid of boxes with the label
    printed SMALL INSIDE each box at its upper left (URW Gothic) and the answer written by hand in a loose
    felt-tip hand in the box (Breip); page 2 the grounds typed in Liberation Mono by the social worker in a
    lined area, the annexes as a ticked checklist, and the signature in a box at the LOWER LEFT labelled
    'handtekening van de aanvrager' at its BOTTOM edge, the date box beside it."""
    lang = "nl"
    ink = rng.choice([INK, INK_K, (30, 90, 60)])
    s1, s2 = Sheet(), Sheet()
    tags = {"personal": 1}
    for i, s in enumerate((s1, s2)):
        s.rect(14, 10, 182, 12, width_mm=0, fill=(230, 90, 40))
        _T(s, 18, 13, "CAW Antwerpen · Onthaal vreemdelingen", font=GOTH_B, size=10.5, color=(255, 255, 255))
        _T(s, 192, 13, f"{i + 1}/2", font=GOTH_B, size=10.5, color=(255, 255, 255), anchor="right")
    _T(s1, 14, 28, "INTAKEFORMULIER – AANVRAAG MEDISCHE REGULARISATIE (ART. 9TER)", font=GOTH_B, size=10.5)
    _T(s1, 14, 34, "Aangetekend te versturen naar DVZ, Pachecolaan 44, 1000 Brussel", font=GOTH_I, size=8,
       color=GREY)
    y = 42
    for tag, lab, val in _form_rows(c, lang):
        if tag == "residence":
            tags.setdefault("residence", 1)
        s1.rect(14, y, 182, 13, width_mm=0.35, color=(90, 90, 90))
        ll = glyphs(lab, GOTH)
        s1.text(15.5, y + 0.8, ll, font=GOTH, size_pt=6.5, color=GREY)
        if val:
            _hand(s1, 17, y + 4.6, str(val), rng, size=11.5, color=ink, width=176)
        y += 13
    y += 6
    s1.rect(14, y, 182, 22, width_mm=0.35, color=(90, 90, 90))
    _T(s1, 15.5, y + 0.8, "Gezinsleden die mee de aanvraag doen (naam, band, geboortedatum)", font=GOTH, size=6.5,
       color=GREY)
    if c.family:
        tags["family"] = 1
        fm = "; ".join(f"{m.p.given_names} {m.p.surname}, {'kind' if m.rel == 'child' else 'echtgeno(o)t(e)'}, "
                       f"{fdate(m.p.birth_date, 'dots')}" for m in c.family)
        _hand(s1, 17, y + 5, fm, rng, size=10.5, color=ink, width=176)
    else:
        _hand(s1, 17, y + 5, "/", rng, size=12, color=ink)
    _T(s2, 14, 28, "Motivering (ingevuld door de maatschappelijk werker)", font=GOTH_B, size=10)
    y = 35
    lines = wrap(glyphs(_grounds(c, lang), LMONO), 178, LMONO, 8.4)[:36]
    for k in range(max(len(lines), 20)):
        s2.rule(14, y + 3.8, 196, y + 3.8, width_mm=0.1, color=(190, 190, 200))
        if k < len(lines):
            s2.text(15, y, lines[k], font=LMONO, size_pt=8.4)
        y += 4.4
    tags["identity"] = tags["medical"] = 2
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 2
    y += 6
    _T(s2, 14, y, "Bijgevoegde stukken", font=GOTH_B, size=10)
    y += 6
    tags["inventory"] = 2
    for i, (_, d) in enumerate(c.annexes):
        s2.checkbox(15, y + 0.4, 3.2, True, rng=rng, ink=ink)
        dd = glyphs(d, GOTH)
        s2.text(21, y, dd, font=GOTH, size_pt=fit(dd, GOTH, 9, 170))
        y += 5.2
    y = max(y + 8, 244)
    tags["signature"] = 2
    s2.rect(14, y, 96, 30, width_mm=0.35, color=(90, 90, 90))
    _T(s2, 16, y + 25.5, "handtekening van de aanvrager", font=GOTH, size=7, color=GREY)
    if "unsigned" not in c.flags:
        s2.signature(22, y + 4, 50, 16, rng, color=ink)
    s2.rect(114, y, 82, 30, width_mm=0.35, color=(90, 90, 90))
    _T(s2, 116, y + 25.5, "datum", font=GOTH, size=7, color=GREY)
    _hand(s2, 120, y + 9, fdate(c.app_date, "dots"), rng, size=13, color=ink)
    return [s1, s2], tags


def app_form_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Liège CPAS legal desk's 'formulaire de demande – article 9ter' TYPED on a typewriter-like printer
    (FreeMono) into grey-shaded answer fields to the RIGHT of labels in DejaVu Sans Condensed, two label/field
    pairs per row where they fit; the grounds typed in a framed block; the annexes numbered in a narrow column;
    the applicant's signature CENTRED above a line labelled 'Signature du demandeur' at the foot; the sheet
    copied with the lid open (dark band at the right edge)."""
    lang = "fr"
    sh = Sheet()
    tags = {"personal": 1, "residence": 1, "identity": 1, "medical": 1, "signature": 1, "inventory": 1}
    _T(sh, 16, 12, "CPAS DE LIÈGE – Service juridique", font=DCON_B, size=11)
    _T(sh, 16, 18, "FORMULAIRE DE DEMANDE – ARTICLE 9TER", font=DCON_B, size=12.5, color=(120, 30, 40))
    _T(sh, 16, 24.5, "À envoyer par recommandé : Office des Étrangers, Boulevard Pachéco 44, 1000 Bruxelles",
       font=DCON, size=8, color=GREY)
    y, col = 32, 0
    for tag, lab, val in _form_rows(c, lang):
        wide = not (len(str(val)) < 24 and tag == "personal")
        if wide and col == 1:
            y, col = y + 9, 0
        x = 16 + col * 90
        lw = 30
        ll = glyphs(lab, DCON)
        sh.text(x, y + 1.5, ll, font=DCON, size_pt=fit(ll, DCON, 7.6, lw - 1))
        fw = (178 - lw) if wide else (88 - lw - 2)
        sh.rect(x + lw, y, fw, 7, width_mm=0, fill=(226, 226, 226))
        if val:
            vv = glyphs(str(val), FMONO_B)
            sh.text(x + lw + 1.2, y + 1.3, vv, font=FMONO_B, size_pt=fit(vv, FMONO_B, 9.5, fw - 2.4))
        if wide:
            y += 9
        else:
            col = 1 - col
            if col == 0:
                y += 9
    if col == 1:
        y += 9
    if c.family:
        tags["family"] = 1
        fm = "; ".join(f"{m.p.given_names} {m.p.surname} ({'enfant' if m.rel == 'child' else 'conjoint'}, "
                       f"{fdate(m.p.birth_date, 'slashes')})" for m in c.family)
        _T(sh, 16, y + 1.5, "Membres de la famille", font=DCON, size=7.6)
        sh.rect(46, y, 148, 7, width_mm=0, fill=(226, 226, 226))
        ff = glyphs(fm, FMONO_B)
        sh.text(47.2, y + 1.3, ff, font=FMONO_B, size_pt=fit(ff, FMONO_B, 9.5, 145))
        y += 9
    y += 3
    _T(sh, 16, y, "Motifs de la demande", font=DCON_B, size=9)
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 1
    lines = wrap(glyphs(_grounds(c, lang), FMONO), 172, FMONO, 7.8)[: max(6, int((226 - y) / 3.4))]
    sh.rect(16, y + 4, 178, len(lines) * 3.4 + 4, width_mm=0.4)
    yy = y + 6
    for ln in lines:
        sh.text(18, yy, ln, font=FMONO, size_pt=7.8)
        yy += 3.4
    y = yy + 5
    _T(sh, 16, y, "Annexes", font=DCON_B, size=9)
    y += 4.5
    for i, (_, d) in enumerate(c.annexes):
        dd = glyphs(f"{i + 1:>2}  {d}", FMONO)
        sh.text(18, y, dd, font=FMONO, size_pt=fit(dd, FMONO, 8, 174))
        y += 3.6
        if y > 262:
            break
    y = max(y + 4, 264)
    _T(sh, 16, y + 4, f"Liège, le {fdate(c.app_date, 'slashes')}", font=FMONO, size=9.5)
    if "unsigned" not in c.flags:
        sh.signature(112, y - 4, 46, 13, rng, color=rng.choice([INK, INK_K]))
    sh.rule(100, y + 10, 172, y + 10, width_mm=0.3)
    _T(sh, 136, y + 11.5, "Signature du demandeur", font=DCON, size=8, anchor="center")
    return [sheet_of(lid_open(sh.render(200), rng, "right"))], tags


_reg("be9ter-app-nl-lawyer-prose-palatino-zijbalk-vennoten-romeinse-koppen-po-handtekening-nietje-41",
     "application", PART, "nl", app_letter_nl, "Antwerp law office's letter: partners in a left sidebar, Roman "
     "numbered headings, signature above the name with 'p.o.', list of pieces after the signature, stapled")
_reg("be9ter-app-fr-lawyer-prose-liberation-verticale-lijn-kapitale-koppen-handtekening-naast-naam-41",
     "application", PART, "fr", app_letter_fr, "Brussels avocat's requête: boxed 'recommandé', headings in capitals "
     "on their own line, lettered annexes, signature beside the typed name, pages n/N, slightly skewed")
_reg("be9ter-app-en-neighbour-prose-freesans-genummerd-signed-handgeschreven-naam-jpeg-41", "application", PART,
     "en", app_letter_en, "application typed in English by a neighbour (not accepted), numbered paragraphs, "
     "signature below 'Signed:', poor JPEG")
_reg("be9ter-app-nl-form-caw-vakken-label-binnenin-vilthand-handtekening-vak-linksonder-41", "application", PART,
     "nl", app_form_nl, "CAW intake form over two pages: labels inside the boxes, answers by hand, typed grounds, "
     "signature box at the lower left")
_reg("be9ter-app-fr-form-cpas-grijze-velden-typemachine-handtekening-gecentreerd-deksel-open-41", "application",
     PART, "fr", app_form_fr, "CPAS form typed into grey fields beside the labels, signature centred above the "
     "line, lid-open copy")


# =========================================================================== standard medical certificates


def _stamp_lines(c: Case, lang: str, riziv: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    out = [("Dr " if lang == "fr" else "Dr. ") + d.name("initial"), sp.capitalize() if sp else ""]
    if riziv:
        out.append(d.riziv)
    out.append(f"{d.pc} {d.city}")
    return [x for x in out if x]


def _cdate(c: Case) -> str:
    return fdate(c.cert_date, c.cert_date_style, c.cert_lang if c.cert_lang in ("nl", "fr", "de", "en") else "nl")


def _sev_index(t: dict) -> int:
    s = t["severity"].lower()
    return 3 if ("zeer" in s or "très" in s or "very" in s) else 2


def medcert_2024_table(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as a hospital's electronic record prints it: every question in the LEFT column of a
    two-column TABLE (grey cell, Liberation Sans Narrow) with the answer in the RIGHT cell (Liberation Sans); the
    severity answered as a vertical list of the four options with '[X]' before the chosen one; the doctor's data
    in a header table at the top of page 1; on page 2 the date, the signature at the LOWER LEFT and the doctor's
    rectangular stamp to its RIGHT (not over it); a footer with the hospital's print reference."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    pages = [Sheet(), Sheet()]
    ref = f"EPD-{rng.randint(100000, 999999)}"
    for i, s in enumerate(pages):
        _T(s, 16, 10, M["title"], font=LSAN_B, size=12)
        _T(s, 194, 10, M["page"].format(i=i + 1, n=2), font=LNAR, size=8, anchor="right", color=GREY)
        _T(s, 16, 289, f"{d.inst} · {ref} · {M['model']}", font=LNAR, size=7, color=GREY)
    y = _P(pages[0], 16, 16, 178, M["law"], font=LSAN_I, size=7.5, lead=1.25, color=GREY) + 2
    st = {"p": 0, "y": y}

    def row(q, a, tag=None, size=9.2):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        qs = wrap(glyphs(q, LNAR_B), 50, LNAR_B, 8.4)
        al = wrap(glyphs(a, LSAN), 120, LSAN, size) if a else []
        h = max(len(qs) * 3.6, len(al) * size * 0.3528 * 1.3) + 3
        s.rect(16, st["y"], 54, h, width_mm=0.2, fill=(232, 232, 232))
        s.rect(70, st["y"], 124, h, width_mm=0.2)
        for k, ln in enumerate(qs):
            s.text(17.5, st["y"] + 1.4 + k * 3.6, ln, font=LNAR_B, size_pt=8.4)
        for k, ln in enumerate(al):
            s.text(72, st["y"] + 1.4 + k * size * 0.3528 * 1.3, ln, font=LSAN, size_pt=size)
        st["y"] += h

    nop = "mc_no_patient" in F
    row(f"{M['s1']} – {M['name']}", "" if nop else c.p.surname.upper(), "patient")
    row(M["first"], "" if nop else c.p.given_names)
    row(f"{M['bd']} / {M['nat']}", f"{fdate(c.p.birth_date, 'slashes')} – {cname(c.p.nationality, lang)}")
    row(f"{M['s2']} – {M['dname']}", d.name(), "doctor")
    row(M["riziv"], "" if "mc_no_riziv" in F else d.riziv)
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    row(f"{M['spec']} / {M['daddr']}", f"{sp} – {d.inst}, {d.street}, {d.pc} {d.city}")
    row(M["s3"], fdate(c.medstat_date - timedelta(days=420), "slashes"))
    row(M["s4"], t["history"])
    row(M["s5"], "" if "mc_no_illness" in F else f"{t['name']} (ICD-10 {il['icd']})", "illness")
    sev = -1 if "mc_no_severity" in F else _sev_index(t)
    row(M["s6"], "\u2003".join(("[X] " if k == sev else "[ ] ") + o for k, o in enumerate(M["sevopts"])),
        "severity")
    row(M["s6b"], "" if "mc_no_severity" in F else t["severity"])
    st["p"], st["y"] = 1, 18
    not_ = "mc_no_treatment" in F
    row(f"{M['s7']} – {M['s7a']}", "" if not_ else "; ".join(t["meds"]), "treatment")
    row(M["s7b"], "" if not_ else t["intervention"])
    row(M["s7c"], "" if not_ else t["duration"])
    row(M["s8"], t["consequences"])
    row(M["s9"], t["prognosis"])
    row(M["s10"], t["needs"])
    row(M["s11"], t["travel"])
    row(M["s12"], "—")
    s2 = pages[1]
    y = st["y"] + 10
    tags["signature"] = 2
    _T(s2, 16, y, f"{M['date']}: {_cdate(c)}", font=LSAN, size=10)
    _T(s2, 16, y + 7, M["sign"], font=LSAN, size=8.5, color=GREY)
    if "mc_unsigned" not in F:
        s2.signature(18, y + 12, 50, 15, rng, color=INK)
    s2.stamp(84, y + 10, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=46,
             color=ST_BLUE, angle=rng.uniform(-3, 3))
    return pages, tags


def medcert_2024_pen(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """DVZ's 2024 model printed blank in P052 with an empty BOX under each question, filled in by the specialist
    with a FOUNTAIN PEN in a chancery hand (Z003); the severity options printed in a row with the chosen one
    TICKED by hand (a check mark written before it); the signature inside the box 'Handtekening en stempel'
    at the foot of page 2 with the round stamp pressed OVER the printed label; the pages punched for a binder
    and copied with a slight skew."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    ink = rng.choice([(20, 30, 110), (10, 10, 60), INK_K])
    pages = [Sheet(), Sheet()]
    _T(pages[0], 105, 12, M["title"], font=PAL_B, size=13, anchor="center")
    y = _P(pages[0], 24, 19, 166, M["law"], font=PAL, size=7.8, lead=1.3)
    _T(pages[0], 105, y + 1, M["model"], font=PAL_I, size=8, anchor="center")
    st = {"p": 0, "y": y + 8}

    def box(label, answer, n=1, tag=None):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        _T(s, 24, st["y"], label, font=PAL_B, size=8.8)
        h = 4 + n * 6.2
        s.rect(24, st["y"] + 4.5, 166, h, width_mm=0.25, color=(80, 80, 80))
        if answer:
            _hand_lines(s, 26, st["y"] + 5.5, 162, answer, rng, size=11, lh=6.2, font=CHAN, color=ink, max_lines=n)
        st["y"] += 4.5 + h + 3

    nop = "mc_no_patient" in F
    box(f"{M['s1']} – {M['name']} / {M['first']}", "" if nop else f"{c.p.surname.upper()} {c.p.given_names}", 1,
        "patient")
    box(f"{M['bd']} / {M['nat']}", f"{fdate(c.p.birth_date, 'dots')} – {cname(c.p.nationality, lang)}", 1)
    box(f"{M['s2']} – {M['dname']} / {M['riziv']}", d.name() + ("" if "mc_no_riziv" in F else f" – {d.riziv}"), 1,
        "doctor")
    box(M["daddr"], f"{d.inst}, {d.pc} {d.city}", 1)
    box(M["s4"], t["history"], 3)
    box(M["s5"], "" if "mc_no_illness" in F else f"{t['name']} – {il['icd']}", 2, "illness")
    s = pages[0]
    tags["severity"] = 1
    _T(s, 24, st["y"], M["s6"], font=PAL_B, size=8.8)
    x = 30
    sev = -1 if "mc_no_severity" in F else _sev_index(t)
    for k, o in enumerate(M["sevopts"]):
        w = _T(s, x + 6, st["y"] + 6, o, font=PAL, size=10)
        s.rect(x, st["y"] + 6.2, 3.6, 3.6, width_mm=0.25)
        if k == sev:
            s.handwriting(x - 0.6, st["y"] + 2.6, "v", rng, size_pt=15, color=ink, font=HEAVY)
        x += w + 18
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
    y = st["y"] + 4
    tags["signature"] = 2
    _T(s2, 24, y, M["date"], font=PAL_B, size=9)
    s2.handwriting(40, y - 2, _cdate(c), rng, size_pt=12, color=ink, font=CHAN)
    s2.rect(100, y - 2, 90, 32, width_mm=0.25)
    _T(s2, 102, y, M["sign"], font=PAL_B, size=8.5)
    if "mc_unsigned" not in F:
        s2.signature(112, y + 8, 50, 16, rng, color=ink)
    s2.stamp(150, y - 6, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="round", size_mm=30,
             color=ST_VIOLET, angle=rng.uniform(-25, 25))
    return [skew(sheet_of(punched(p.render(200), rng)), rng, lo=0.4, hi=1.6) for p in pages], tags


def medcert_old_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) retyped by a GP's secretary on an electronic typewriter in FreeMono, each
    rubric letter followed by a slash at the LEFT margin ('A/') and the question in capitals, the answer typed
    under it indented; the doctor's name and address typed at the TOP RIGHT; the date typed at the end with the
    signature and the rectangular stamp pressed OVER the typed date and name; faxed from the practice to the
    lawyer (black and white, fax header line)."""
    M = MC_OLD[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    pages = [Sheet(), Sheet()]
    for k, ln in enumerate([d.name(), d.street, f"{d.pc} {d.city}"]):
        _T(pages[0], 192, 12 + k * 4.5, ln, font=FMONO, size=9, anchor="right")
    _T(pages[0], 20, 30, M["title"], font=FMONO_B, size=12)
    _T(pages[0], 20, 36, M["sub"], font=FMONO, size=9)
    y = _P(pages[0], 20, 42, 170, M["law"], font=FMONO, size=8, lead=1.3) + 3
    st = {"p": 0, "y": y}
    nop = "mc_no_patient" in F
    s0 = pages[0]
    tags["patient"] = 1
    _T(s0, 20, st["y"], f"{M['pat']} : {'' if nop else c.p.surname.upper() + ' ' + c.p.given_names}", font=FMONO_B,
       size=10)
    st["y"] += 5.5
    _T(s0, 20, st["y"], f"{M['bd']} : {fdate(c.p.birth_date, 'dots')}   {M['nat']} : "
       f"{cname(c.p.nationality, lang)}", font=FMONO, size=10)
    st["y"] += 9

    def rub(letter, question, answer, tag=None):
        q = wrap(glyphs(question.upper(), FMONO), 160, FMONO, 8.4)
        a = wrap(glyphs(answer, FMONO), 156, FMONO, 9.6) if answer else []
        need = len(q) * 3.7 + len(a) * 4.4 + 4
        if st["y"] + need > 270:
            st["p"], st["y"] = 1, 18
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        _T(s, 20, st["y"], f"{letter}/", font=FMONO_B, size=10)
        for k, ln in enumerate(q):
            s.text(30, st["y"] + k * 3.7, ln, font=FMONO, size_pt=8.4, color=(50, 50, 50))
        yy = st["y"] + len(q) * 3.7 + 1
        for ln in a:
            s.text(34, yy, ln, font=FMONO_B, size_pt=9.6)
            yy += 4.4
        st["y"] = yy + 3

    rub("A", M["A"], t["history"])
    rub("B", M["B"], ("" if "mc_no_illness" in F else f"{t['name']} ({il['icd']}). ") +
        ("" if "mc_no_severity" in F else f"{M['sev']} {t['severity']}"), "illness")
    tags.setdefault("severity", tags["illness"])
    no_t = "mc_no_treatment" in F
    rub("C", M["C"], "" if no_t else f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}", "treatment")
    rub("D", M["D"], t["consequences"])
    rub("E", M["E"], t["prognosis"])
    rub("F", M["F"], t["needs"])
    rub("G", M["G"], t["travel"])
    if st["y"] > 246:
        st["p"], st["y"] = 1, 18
    s = pages[st["p"]]
    y = st["y"] + 6
    tags["doctor"] = tags["signature"] = st["p"] + 1
    _T(s, 20, y, f"{M['date']} : {_cdate(c)}", font=FMONO, size=10)
    _T(s, 20, y + 6, d.name(), font=FMONO, size=10)
    if "mc_unsigned" not in F:
        s.signature(40, y - 4, 46, 14, rng, color=INK_K)
    s.stamp(70, y - 2, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=46,
            color=ST_BLACK, angle=rng.uniform(-6, 6))
    _T(s, 20, y + 22, glyphs(M["sign"], FMONO), font=FMONO, size=8, color=GREY)
    out = pages[:1] if st["p"] == 0 else pages
    hdr = f"FAX {d.city.upper()[:14]}  +32 {rng.randint(2, 9)} {rng.randint(200, 999)} {rng.randint(10, 99)} " \
          f"{rng.randint(10, 99)}"
    return [fax(p, rng, f"{hdr}   P.{i + 1}/{len(out)}") for i, p in enumerate(out)], tags


for _lg in ("nl", "fr", "en"):
    _reg(f"be9ter-medcert-2024-{_lg}-epd-tweekoloms-tabel-grijze-vraagcel-x-lijst-stempel-naast-handtekening-41",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_2024_table(c, r, lang=_l)),
         "2024 model printed from a hospital record as a two-column table, [X] severity list, stamp beside the "
         "signature" + (" (in English: not accepted)" if _lg == "en" else ""))
for _lg in ("nl", "fr"):
    _reg(f"be9ter-medcert-2024-{_lg}-blanco-vakken-vulpen-kanselarij-vinkje-stempel-over-label-geperforeerd-41",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_2024_pen(c, r, lang=_l)),
         "2024 blank model with answer boxes filled in with a fountain pen, severity ticked, punched and skewed")
    _reg(f"be9ter-medcert-old-{_lg}-typemachine-a-slash-rubrieken-stempel-over-datum-fax-41",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_old_typed(c, r, lang=_l)),
         "previous model retyped on a typewriter, 'A/' rubrics, stamp over the typed date, faxed")


# =========================================================================== medical statements


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A specialist's discharge letter ('ontslagbrief' / 'lettre de sortie') in DejaVu Serif: a coloured block
    with the hospital's initials at the upper LEFT and the department under it, a patient sticker (name, date
    of birth, barcode) glued slightly crooked at the upper RIGHT, 'Geachte collega' to the GP, the findings in
    paragraphs with bold run-in labels ('Diagnose:'), and 'elektronisch gevalideerd door' with the doctor's name
    at the END instead of a hand signature."""
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    nl = lang == "nl"
    sh = Sheet()
    ini = "".join(w[0] for w in d.inst.split()[:3]).upper()
    sh.rect(16, 12, 22, 22, width_mm=0, fill=(0, 100, 130))
    _T(sh, 27, 19, ini, font=DSER_B, size=12, anchor="center", color=(255, 255, 255))
    _T(sh, 42, 14, d.inst, font=DSER_B, size=10)
    _T(sh, 42, 19.5, d.dept or SPECIALTY[d.spec].get(lang, ""), font=DSER, size=8.5, color=GREY)
    lab = Sheet(64, 26)
    lab.rect(0, 0, 64, 26, width_mm=0, fill=(255, 255, 248))
    lab.text(2, 2, glyphs(f"{c.p.surname.upper()} {c.p.given_names}", DSER_B), font=DSER_B,
             size_pt=fit(glyphs(f"{c.p.surname.upper()} {c.p.given_names}", DSER_B), DSER_B, 8.5, 60))
    lab.text(2, 7, f"°{fdate(c.p.birth_date, 'dots')}  {c.p.sex}", font=DSER, size_pt=8)
    bars(lab, 2, 12, 44, 9, f"pat{c.p.surname}{c.seed}")
    paste(sh, lab, 128, 12, dpi=240, angle=rng.uniform(-4, 4))
    _T(sh, 16, 48, ("Geachte collega " if nl else "Cher Confrère, ") + c.doctor.name("initial") + ",", font=DSER,
       size=10)
    y = _P(sh, 16, 56, 178, (f"Uw patiënt(e) werd op {fdate(c.medstat_date, 'long', 'nl')} op onze dienst gezien." if nl
                             else f"Votre patient(e) a été vu(e) dans notre service le "
                                  f"{fdate(c.medstat_date, 'long', 'fr')}."), font=DSER, size=10, lead=1.45) + 3
    for h, v in (((("Diagnose" if nl else "Diagnostic")), f"{t['name']} (ICD-10 {il['icd']})."),
                 ((("Voorgeschiedenis" if nl else "Antécédents")), t["history"]),
                 ((("Ernst" if nl else "Gravité")), t["severity"]),
                 ((("Behandeling" if nl else "Traitement")),
                  f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}"),
                 ((("Prognose" if nl else "Pronostic")), f"{t['prognosis']} {t['consequences']}")):
        lines = wrap(glyphs(f"{h}: {v}", DSER), 178, DSER, 10)
        hw = sh.text_width(glyphs(h + ":", DSER_B), font=DSER_B, size_pt=10)
        for k, ln in enumerate(lines):
            if k == 0:
                sh.text(16, y, glyphs(h + ":", DSER_B), font=DSER_B, size_pt=10)
                rest = ln[len(h) + 1:]
                sh.text(16 + hw, y, rest, font=DSER, size_pt=10)
            else:
                sh.text(16, y, ln, font=DSER, size_pt=10)
            y += 10 * 0.3528 * 1.45
        y += 2.5
    y += 6
    _T(sh, 16, y, "Met collegiale groeten," if nl else "Bien confraternellement,", font=DSER, size=10)
    _T(sh, 16, y + 8, ("Elektronisch gevalideerd door " if nl else "Validé électroniquement par ") + d.name() +
       f", {SPECIALTY[d.spec].get(lang, '')}", font=DSER, size=9.5)
    _T(sh, 16, y + 13, f"{fdate(c.medstat_date, 'dots')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
       font=DSER, size=8.5, color=GREY)
    return [sh], {}


def medstat_pad(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A GP's 'attest' WRITTEN BY HAND on an A5 sheet of the practice's pad (printed header with the doctor's
    name, RIZIV number and address in URW Gothic), in a loose felt-tip hand, short: diagnosis, treatment, that
    it must go on; signed under the text with the practice stamp beside the signature; the A5 sheet copied in
    the upper half of an A4 page in sixteen greys."""
    d = c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    nl = lang == "nl"
    ink = rng.choice([INK, INK_K])
    pad = Sheet(148, 210)
    pad.rect(0, 0, 148, 210, width_mm=0, fill=(252, 252, 246))
    _T(pad, 8, 8, ("Dr. " if nl else "Dr ") + d.name(), font=GOTH_B, size=10.5)
    _T(pad, 8, 13.5, ("Huisarts" if nl else "Médecin généraliste") + f" – {d.riziv}", font=GOTH, size=8)
    _T(pad, 8, 18, f"{d.street}, {d.pc} {d.city}", font=GOTH, size=8, color=GREY)
    pad.rule(8, 23, 140, 23, width_mm=0.3)
    y = 30
    y = _hand_lines(pad, 8, y, 140, ("Ik ondergetekende verklaar dat " if nl else "Je soussigné certifie que ") +
                    f"{c.p.given_names} {c.p.surname} ({fdate(c.p.birth_date, 'dots')}) " +
                    ("lijdt aan " if nl else "souffre de ") + f"{t['name']} ({il['icd']}).", rng, size=12, lh=7,
                    color=ink, max_lines=5)
    y = _hand_lines(pad, 8, y + 2, 140, ("Behandeling: " if nl else "Traitement : ") + "; ".join(t["meds"][:2]) + ".",
                    rng, size=12, lh=7, color=ink, max_lines=4)
    y = _hand_lines(pad, 8, y + 2, 140, ("Deze behandeling moet levenslang verdergezet worden." if nl else
                                         "Ce traitement doit être poursuivi à vie."), rng, size=12, lh=7,
                    color=ink, max_lines=3)
    y = _hand_lines(pad, 8, y + 2, 140, f"{d.city}, {fdate(c.medstat_date, 'dots')}", rng, size=12, lh=7,
                    color=ink)
    pad.signature(12, y + 2, 40, 13, rng, color=ink)
    pad.stamp(66, y, _stamp_lines(c, lang, True), rng, shape="rect", size_mm=40, color=ST_BLUE,
              angle=rng.uniform(-6, 6))
    sh = Sheet()
    paste(sh, pad, 31, 8, k=1.0, dpi=220)
    return [grey16(sh)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-ontslagbrief-initialenblok-patientensticker-elektronisch-gevalideerd-41",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_specialist(c, r, lang=_l)),
         "specialist's discharge letter with a patient sticker, bold run-in labels, validated electronically")
    _reg(f"be9ter-medstat-huisarts-{_lg}-a5-voorschriftblok-vilthand-stempel-naast-handtekening-16-grijs-41",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_pad(c, r, lang=_l)),
         "GP's short attestation written by hand on an A5 pad sheet, copied on A4 in sixteen greys")


# =========================================================================== country-of-origin information


def coi_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A French-language note by a medical NGO, 'Disponibilité des soins', in FreeSerif: a short introduction, a
    TABLE of the treatment's components (médicament / disponible ? / où / coût mensuel) with a red 'non' or
    'irrégulier' in the availability column, then a paragraph on cover and a signed-off line with the author's
    initials; page number and date in the footer."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    _T(sh, 18, 14, "Médecins du Monde – Point santé migrants", font=FSER_I, size=9, color=GREY)
    _T(sh, 18, 24, f"Disponibilité des soins : {C['fr']}", font=FSER_B, size=14)
    y = _P(sh, 18, 34, 174, f"Cette note résume l'accès au traitement de la pathologie du / de la patient(e) "
                            f"{C['fr'] if o != 'NER' else 'au Niger'}, à partir de sources publiques et d'échanges "
                            f"avec des soignants sur place.", font=FSER, size=11, lead=1.45) + 5
    cols = [("Élément du traitement", 64), ("Disponible ?", 28), ("Où", 48), ("Coût mensuel", 34)]
    x = 18
    for h, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.25, fill=(226, 230, 236))
        _T(sh, x + 1.5, y + 1.5, h, font=FSER_B, size=9.5)
        x += w
    y += 7
    for comp, av, where, cost in ((il["drug"], "irrégulier", C["hospital"], il["cost"]),
                                  ("Suivi spécialisé", "limité", C["capital"], "—"),
                                  ("Examens de contrôle", "non", "privé uniquement", "—")):
        x = 18
        for v, (_, w) in zip((comp, av, where, cost), cols):
            sh.rect(x, y, w, 9, width_mm=0.2)
            vv = glyphs(v, FSER)
            sh.text(x + 1.5, y + 2, vv, font=FSER_B if v in ("non", "irrégulier", "limité") else FSER,
                    size_pt=fit(vv, FSER, 9.5, w - 3), color=(170, 30, 30) if v in ("non", "irrégulier") else
                    (0, 0, 0))
            x += w
        y += 9
    y += 6
    y = _P(sh, 18, y, 174, C["insurance_fr"] + f" Le salaire minimum est d'environ {C['wage']}.", font=FSER, size=11,
           lead=1.45) + 6
    _P(sh, 18, y, 174, "Conclusion : la continuité du traitement n'est pas assurée pour une personne sans ressources.",
       font=FSER_B, size=11, lead=1.45)
    _T(sh, 18, 284, f"Rédigé le {fdate(SUB - timedelta(days=rng.randint(15, 80)), 'slashes')} – "
       f"{rng.choice(['A.D.', 'M.L.', 'S.K.'])}", font=FSER_I, size=8.5, color=GREY)
    _T(sh, 192, 284, "1/1", font=FSER, size=8.5, anchor="right", color=GREY)
    return [sh], {"coi": 1}


def coi_webprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A web page printed from the browser: a Dutch-language summary by a refugee-support organisation on
    healthcare in the country of origin, with the site's navigation bar at the top, the article in FreeSans with
    H2 headings in a coloured font, a 'Laatst bijgewerkt' line, and the browser's date, title and URL in the
    page margins."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    when = SUB - timedelta(days=rng.randint(8, 40))
    sh = Sheet()
    _T(sh, 8, 5, f"{when.day}/{when.month}/{when.year % 100:02d} {rng.randint(8, 20)}:{rng.randint(10, 59)}",
       font=FSAN, size=7, color=GREY)
    _T(sh, 105, 5, f"Gezondheidszorg in {C['nl']} – Landeninformatie", font=FSAN, size=7, color=GREY,
       anchor="center")
    _T(sh, 8, 290, f"https://www.landeninfo-zorg.be/landen/{C['en'].lower().replace(' ', '-')}/gezondheidszorg",
       font=FSAN, size=7, color=GREY)
    _T(sh, 202, 290, "1/1", font=FSAN, size=7, color=GREY, anchor="right")
    sh.rect(8, 10, 194, 10, width_mm=0, fill=(40, 40, 60))
    for k, t in enumerate(["Home", "Landen", "Thema's", "Publicaties", "Contact"]):
        _T(sh, 14 + k * 28, 12.5, t, font=FSAN_B, size=8.5, color=(255, 255, 255))
    _T(sh, 14, 28, f"Gezondheidszorg in {C['nl']}", font=FSAN_B, size=17)
    _T(sh, 14, 37, f"Laatst bijgewerkt: {fdate(when - timedelta(days=rng.randint(30, 200)), 'long', 'nl')}",
       font=FSAN, size=8.5, color=GREY)
    y = 46
    for h, p in ((f"Behandeling met {il['drug']}", f"{il['drug']} staat op de nationale lijst maar is in publieke "
                  f"ziekenhuizen vaak niet voorradig. Gespecialiseerde opvolging gebeurt vooral in het "
                  f"{C['hospital']}."),
                 ("Toegang en kosten", C["insurance_nl"] + f" Een maand behandeling kost ongeveer {il['cost']}; het "
                                                           f"minimumloon bedraagt ongeveer {C['wage']}."),
                 ("Besluit", "Voor iemand zonder inkomen of verzekering is een ononderbroken behandeling in de "
                             "praktijk niet gewaarborgd.")):
        _T(sh, 14, y, h, font=FSAN_B, size=12, color=(20, 90, 150))
        y = _P(sh, 14, y + 7, 180, p, font=FSAN, size=10.5, lead=1.5) + 6
    return [sh], {"coi": 1}


_reg("be9ter-coi-fr-ngo-note-tabel-beschikbaarheid-rood-41", "country-of-origin-info", PART, "fr", coi_table,
     "NGO note in French with a table of the treatment's availability and cost")
_reg("be9ter-coi-nl-webpagina-afdruk-navigatiebalk-browserranden-41", "country-of-origin-info", PART, "nl",
     coi_webprint, "web page on healthcare in the country of origin printed from the browser")


# =========================================================================== asylum proof


def orange_card(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 'attest van immatriculatie' / 'attestation d'immatriculation' (the orange card of an applicant for
    international protection) photocopied front and back SIDE BY SIDE across the middle of an A4 sheet at
    110 %: the card's printed text in Liberation Sans Narrow, the particulars filled in by the commune in
    Liberation Mono, the photo at the upper RIGHT with the commune's round stamp across its corner, the
    extension entries on the back as handwritten dates with small rectangular stamps; copied in sixteen greys."""
    a = c.asylum or {}
    nl = lang == "nl"
    fr = Sheet(105, 74)
    fr.rect(0, 0, 105, 74, width_mm=0, fill=(250, 214, 160))
    _T(fr, 4, 3, "BELGIË – BELGIQUE – BELGIEN", font=LNAR_B, size=7)
    _T(fr, 4, 8, "ATTEST VAN IMMATRICULATIE" if nl else "ATTESTATION D'IMMATRICULATION", font=LNAR_B, size=9)
    _T(fr, 4, 12.5, "Model A – verzoeker internationale bescherming" if nl else
       "Modèle A – demandeur de protection internationale", font=LNAR, size=6)
    fr.photo(78, 4, 22, 28, rng)
    fr.stamp(70, 22, [("GEMEENTE " if nl else "COMMUNE ") + c.addr.city.upper()[:14]], rng, shape="round",
             size_mm=16, color=ST_BLUE)
    ov = c.ov or "".join(str(rng.randint(0, 9)) for _ in range(7))
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    y = 18
    for k, v in ((("O.V.-nr.", ov), ("Naam", c.p.surname.upper()), ("Voornamen", c.p.given_names),
                  ("Geboren", f"{fdate(c.p.birth_date, 'dots')} {c.p.birth_place}"),
                  ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]), ("Verzoek ingediend", fdate(lodged, "dots")))
                 if nl else
                 (("N° S.P.", ov), ("Nom", c.p.surname.upper()), ("Prénoms", c.p.given_names),
                  ("Né(e) le", f"{fdate(c.p.birth_date, 'slashes')} {c.p.birth_place}"),
                  ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("Demande introduite",
                                                                          fdate(lodged, "slashes")))):
        _T(fr, 4, y, k, font=LNAR, size=6.2, color=(90, 70, 50))
        vv = glyphs(v, LMONO_B)
        fr.text(26, y - 0.3, vv, font=LMONO_B, size_pt=fit(vv, LMONO_B, 7.4, 46))
        y += 5.6
    bk = Sheet(105, 74)
    bk.rect(0, 0, 105, 74, width_mm=0, fill=(250, 214, 160))
    _T(bk, 4, 3, "Verlengingen / Prorogations", font=LNAR_B, size=7.5)
    for k in range(3):
        ext = SUB + timedelta(days=rng.randint(25, 80)) - timedelta(days=(2 - k) * 120)
        yy = 12 + k * 19
        bk.rect(4, yy, 97, 16, width_mm=0.2, color=(120, 90, 60))
        bk.handwriting(7, yy + 3, ("geldig tot " if nl else "valable jusqu'au ") + fdate(ext, "dots"), rng,
                       size_pt=10, color=INK, font=FELT)
        bk.stamp(66, yy + 1, [c.addr.city.upper()[:12], "POP."], rng, shape="rect", size_mm=24, color=ST_VIOLET,
                 angle=rng.uniform(-8, 8))
    sh = Sheet()
    paste(sh, fr, 6, 100, k=0.9, dpi=240)
    paste(sh, bk, 6 + 105 * 0.9 + 8, 100, k=0.9, dpi=240)
    return [grey16(sh)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-oranje-kaart-{_lg}-voor-achter-naast-elkaar-verlengingen-handgeschreven-16-grijs-41",
         "asylum-proof", PART, _lg, (lambda c, r, _l=_lg: orange_card(c, r, lang=_l)),
         "orange card (attestation of registration) front and back side by side, handwritten extensions")


# =========================================================================== registered-mail receipts


def rm_sticker(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's secretary's 'bewijs van verzending' sheet: the bpost registered-mail receipt sticker (green
    band 'R – Recommandé – Aangetekend' with the barcode and number) glued at the upper LEFT of an A4 sheet, the
    post office's till ticket (narrow thermal paper, Liberation Mono, listing the product, the addressee and the
    date) glued BESIDE it slightly crooked, and a handwritten note 'dossier ... – 9ter verstuurd' under them in
    felt-tip; scanned with the lid open (dark band at the bottom)."""
    sh = Sheet()
    st = Sheet(80, 38)
    st.rect(0, 0, 80, 38, width_mm=0, fill=(255, 255, 255))
    st.rect(0, 0, 14, 38, width_mm=0, fill=(40, 150, 80))
    st.text(7, 10, "R", font=LSAN_B, size_pt=26, color=(255, 255, 255), anchor="center")
    st.text(17, 2, "Aangetekend · Recommandé", font=LSAN_B, size_pt=8)
    bars(st, 17, 8, 58, 12, c.rm_track)
    st.text(46, 22, track_spaced(c.rm_track), font="ocrb", size_pt=8, anchor="center")
    st.text(17, 29, "bpost", font=LSAN_B, size_pt=10, color=(210, 30, 40))
    paste(sh, st, 14, 20, k=1.1, dpi=260)
    tk = Sheet(58, 120)
    tk.rect(0, 0, 58, 120, width_mm=0, fill=(250, 250, 246))
    y = 4
    for ln in (["bpost", _post_office(c).upper()[:22], "-" * 26, fdate(c.rm_date, "dots") +
                f"  {rng.randint(9, 16)}:{rng.randint(10, 59)}", "-" * 26, "AANGETEKEND NATIONAAL", "RECOMMANDE",
                track_spaced(c.rm_track), "Bestemmeling:"] + [x[:26] for x in c.rm_to[:4]] +
               ["-" * 26, f"TOTAAL EUR {rng.choice(['9,68', '10,20', '11,35'])}", "BANCONTACT", "",
                "Bewaar dit ticket"]):
        lt = glyphs(ln, LMONO)
        tk.text(3, y, lt, font=LMONO_B if ln in ("bpost", "AANGETEKEND NATIONAAL") else LMONO,
                size_pt=fit(lt, LMONO, 7.6, 52))
        y += 4.8
    paste(sh, tk, 118, 16, k=1.0, dpi=260, angle=rng.uniform(-3, 3))
    sh.handwriting(18, 150, glyphs(f"{c.p.surname} – 9ter verstuurd {fdate(c.rm_date, 'dots')}", FELT), rng,
                   size_pt=15, color=INK, font=FELT)
    return [sheet_of(lid_open(sh.render(200), rng, "bottom"))], {}


def rm_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's e-mail 'Uw aangetekende zending werd afgegeven' printed from the lawyer's mail program: the mail
    program's header block (Van / Aan / Onderwerp / Datum) in DejaVu Sans Condensed at the TOP, then the mail
    body with the red bpost word mark, the item number in bold, a two-column table (Afgegeven op | Postkantoor |
    Bestemmeling | Adres), and the footer of the mail; photographed on the desk."""
    sh = Sheet()
    for k, (a, b) in enumerate((("Van", "bpost <noreply@bpost.be>"), ("Aan", c.lawyer["mail"] if c.lawyer else
                                                                        "secretariaat@advocaat.be"),
                                ("Onderwerp", "Uw aangetekende zending werd afgegeven"),
                                ("Datum", f"{fdate(c.rm_date + timedelta(days=1), 'dots')} "
                                          f"{rng.randint(8, 19)}:{rng.randint(10, 59)}"))):
        _T(sh, 14, 12 + k * 5.5, a + ":", font=DCON_B, size=9)
        _T(sh, 40, 12 + k * 5.5, b, font=DCON, size=9)
    sh.rule(14, 36, 196, 36, width_mm=0.3, color=(160, 160, 160))
    _T(sh, 20, 44, "bpost", font=DCON_B, size=18, color=(210, 30, 40))
    _T(sh, 20, 58, "Beste klant,", font=DCON, size=10.5)
    _P(sh, 20, 66, 170, "Uw aangetekende zending werd afgegeven aan de bestemmeling. Hieronder vindt u de gegevens.",
       font=DCON, size=10.5, lead=1.45)
    _T(sh, 20, 80, track_spaced(c.rm_track), font=DCON_B, size=13)
    y = 90
    rows = [("Afgegeven op het postkantoor", fdate(c.rm_date, "dots")), ("Postkantoor", _post_office(c)),
            ("Bestemmeling", c.rm_to[0] if c.rm_to else ""), ("Adres", ", ".join(c.rm_to[1:]))]
    for a, b in rows:
        sh.rect(20, y, 60, 8, width_mm=0.2, fill=(240, 240, 240))
        sh.rect(80, y, 110, 8, width_mm=0.2)
        _T(sh, 22, y + 2, a, font=DCON, size=9)
        bb = glyphs(b, DCON_B)
        sh.text(82, y + 2, bb, font=DCON_B, size_pt=fit(bb, DCON_B, 9.5, 106))
        y += 8
    _P(sh, 20, y + 10, 170, "Dit is een automatisch bericht. Antwoord niet op deze e-mail.", font=DCON, size=8.5,
       color=GREY)
    return [phone_shadow(sh, rng)], {}


_reg("be9ter-rm-bpost-sticker-en-kassaticket-opgeplakt-handnotitie-deksel-open-41", "registered-mail-receipt",
     PART, "nl/fr", rm_sticker, "bpost registered sticker and till ticket glued on A4 with a handwritten note")
_reg("be9ter-rm-bpost-email-afgifte-mailkop-tabel-telefoonfoto-41", "registered-mail-receipt", PART, "nl",
     rm_email, "bpost delivery e-mail printed from the mail program, photographed on the desk")


# =========================================================================== other


def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's 'verklaring op eer' / 'déclaration sur l'honneur' WRITTEN BY HAND with a fountain pen in a
    chancery hand on SQUARED paper torn from a school notebook (the torn edge at the left), the title underlined,
    signed at the RIGHT under the text with the place and date at the left; photographed with the phone."""
    lang = "fr" if c.lang == "fr" else "nl"
    e = "e" if c.fem else ""
    sh = Sheet()
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(250, 250, 252))
    for k in range(0, 300, 5):
        sh.rule(0, k, 210, k, width_mm=0.1, color=(190, 205, 230))
    for k in range(0, 210, 5):
        sh.rule(k, 0, k, 297, width_mm=0.1, color=(190, 205, 230))
    for k in range(0, 297, 6):
        sh.rect(0, k, 3, 3, width_mm=0, fill=(255, 255, 255))
    title = {"nl": "Verklaring op eer", "fr": "Déclaration sur l'honneur"}[lang]
    w = sh.handwriting(60, 20, glyphs(title, CHAN), rng, size_pt=18, color=INK, font=CHAN)
    sh.rule(60, 30, 60 + w, 30, width_mm=0.4, color=INK)
    txt = {"nl": f"Ik, {c.p.given_names} {c.p.surname}, geboren op {fdate(c.p.birth_date, 'dots')} te "
                 f"{c.p.birth_place}, verklaar op eer dat ik geen paspoort en geen identiteitskaart heb. Ik ben "
                 f"mijn papieren kwijt op de weg naar België en ik kan geen nieuwe krijgen.",
           "fr": f"Je soussigné{e} {c.p.given_names} {c.p.surname}, né{e} le {fdate(c.p.birth_date, 'slashes')} à "
                 f"{c.p.birth_place}, déclare sur l'honneur ne posséder ni passeport ni carte d'identité. J'ai perdu "
                 f"mes documents pendant le voyage vers la Belgique et je ne peux pas en obtenir d'autres."}[lang]
    y = _hand_lines(sh, 22, 42, 170, txt, rng, size=14, lh=10, font=CHAN, color=INK, max_lines=12)
    sh.handwriting(22, y + 8, glyphs(f"{c.addr.city}, {fdate(c.app_date, 'dots')}", CHAN), rng, size_pt=13, color=INK,
                   font=CHAN)
    sh.signature(120, y + 14, 46, 15, rng, color=INK)
    return [phone_shadow(sh, rng)], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's 'historique des délivrances' / 'historiek afleveringen' printed from the pharmacy software on
    plain paper in Liberation Mono: a header with the pharmacy's name and APB number, the patient line, then a
    fixed-width listing (date, CNK code, product, qty, price) with a total, and the pharmacist's stamp and
    initials at the foot; copied with a slight skew."""
    il = ILLNESSES[c.illness]
    t = _ill(c, "nl" if c.lang != "fr" else "fr")
    fr = c.lang == "fr"
    sh = Sheet()
    _T(sh, 18, 14, rng.choice(["PHARMACIE DU CENTRE", "APOTHEEK DE LINDE", "PHARMACIE DES ARDENNES"]), font=LMONO_B,
       size=12)
    _T(sh, 18, 20, f"{c.addr.city} - APB {rng.randint(100000, 999999)}", font=LMONO, size=9)
    _T(sh, 18, 32, "HISTORIQUE DES DELIVRANCES" if fr else "HISTORIEK AFLEVERINGEN", font=LMONO_B, size=11)
    _T(sh, 18, 38, f"{'Patient' if fr else 'Patiënt'}: {c.p.surname.upper()} {c.p.given_names}  "
       f"({fdate(c.p.birth_date, 'dots')})", font=LMONO, size=9.5)
    _T(sh, 18, 48, f"{'DATE':<11}{'CNK':<9}{'PRODUIT' if fr else 'PRODUCT':<28}{'QTE' if fr else 'AANT':>4}"
       f"{'EUR':>9}", font=LMONO_B, size=9)
    sh.rule(18, 53, 190, 53, width_mm=0.2)
    y = 56
    tot = 0.0
    for k in range(4):
        for m in [il["drug"]] + t["meds"][:1]:
            p = round(rng.uniform(7, 80), 2)
            tot += p
            dd = fdate(SUB - timedelta(days=120 - k * 30 + rng.randint(0, 4)), "dots")
            ln = f"{dd:<11}{rng.randint(1000000, 9999999):<9}{glyphs(m, LMONO)[:26]:<28}{1:>4}" \
                 f"{f'{p:.2f}'.replace('.', ','):>9}"
            _T(sh, 18, y, ln, font=LMONO, size=9)
            y += 5
    sh.rule(18, y + 1, 190, y + 1, width_mm=0.2)
    _T(sh, 190, y + 3, f"TOTAL {tot:.2f}".replace(".", ","), font=LMONO_B, size=10, anchor="right")
    sh.stamp(30, y + 16, ["PHARMACIEN / APOTHEKER", c.addr.city.upper()], rng, shape="oval", size_mm=36,
             color=ST_GREEN, angle=rng.uniform(-10, 10))
    sh.handwriting(76, y + 22, "vu", rng, size_pt=13, color=INK, font=FELT)
    return [skew(sh, rng, lo=0.6, hi=1.8)], {}


_reg("be9ter-other-declaration-op-eer-ruitjespapier-kanselarijpen-telefoonfoto-41", "other", PART, "nl/fr",
     other_declaration, "applicant's declaration written with a fountain pen on squared notebook paper, phone photo")
_reg("be9ter-other-pharmacy-historiek-mono-vaste-breedte-stempel-scheef-41", "other", PART, "nl/fr",
     other_pharmacy, "pharmacy's dispensing history in a fixed-width listing, skewed copy")
