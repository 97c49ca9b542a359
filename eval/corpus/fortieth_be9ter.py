"""9ter families of the `fortieth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-ninth had been read, by a writer who saw neither the
validator nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each
family's layout, wording and copy habits are described in its function's docstring and its registration note (the
part is read blind, so they are not summarised here).  The application paragraphs reuse be9ter's sentence builders
(as the fifth and later parts did); every layout here is new.

Importing this module also tells be9ter which origins this part's 9ter applicants come from (Ghana, Togo and
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
from .fortieth_identity import (
    _P,
    _T,
    BOOK,
    BOOK_B,
    BOOK_I,
    CALA,
    CALA_B,
    CARL,
    CARL_B,
    CARL_I,
    CEN,
    CEN_B,
    CEN_I,
    CPR,
    CPR_B,
    DSANS,
    DSANS_B,
    GREY,
    INK,
    INK_K,
    MARK,
    NARR,
    NARR_B,
    NMONO,
    NMONO_B,
    NROM,
    NROM_B,
    NROM_I,
    NSANS,
    NSANS_B,
    ST_BLACK,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    THIN,
    clip,
    d_en,
    d_fr,
    d_nl,
    folded,
    grey_paper,
    low_jpeg,
    skewed,
    tilted_phone,
)
from .paper import Sheet
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "fortieth"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: the two countries of fortieth_identity, and Türkiye (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["GHA", "TGO", "TUR"])
# clean dossiers only this part has (new key only): the Togolese identity card with a spouse, identity pieces with
# a child, an identity certificate with a spouse, identity pieces, and an identity certificate with a child
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="idcard", family=["spouse"]), dict(id="pieces", family=["child"]),
                                   dict(id="certificate", family=["spouse"]), dict(id="pieces"),
                                   dict(id="certificate", family=["child"])])


def _long(d, lang: str) -> str:
    return {"nl": d_nl, "fr": lambda x: "le " + d_fr(x), "de": lambda x: x.strftime("%d.%m.%Y"),
            "en": d_en}[lang](d)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


def _hand(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=MARK, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.0 and sh.text_width(s, font=font, size_pt=size) * 1.12 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


def _hand_lines(sh: Sheet, x, y, w, s, rng, *, size=11.0, lh=6.0, font=MARK, color=INK, max_lines=9) -> float:
    for ln in wrap(glyphs(s, font), w * 0.84, font, size)[:max_lines]:
        sh.handwriting(x + rng.uniform(-0.4, 0.5), y + rng.uniform(-0.3, 0.3), ln, rng, size_pt=size, color=color,
                       font=font)
        y += lh
    return y


# =========================================================================== applications


_DVZ = {"nl": ["Aan de Dienst Vreemdelingenzaken", "Cel 9ter – Medische regularisatie", "Pachecolaan 44",
               "1000 BRUSSEL"],
        "fr": ["Office des Étrangers", "Cellule 9ter", "Boulevard Pachéco 44", "1000 BRUXELLES"],
        "en": ["Immigration Office (DVZ/OE)", "9ter section", "Pachecolaan 44", "1000 Brussels"]}
_SUBJ = {"nl": "aanvraag om machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980",
         "fr": "demande d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980",
         "en": "application for leave to remain on medical grounds (Article 9ter)"}


def _inventory_page(c: Case, lang: str, font: str, font_b: str, title: str) -> Sheet:
    """A separate last sheet: 'Inventaris / Inventaire' with the pieces numbered on dotted leaders and their page
    counts at the right."""
    sh = Sheet()
    _T(sh, 25, 22, title, font=font_b, size=13)
    _T(sh, 25, 29, name_in(c.p, c.name_style) + " – art. 9ter", font=font, size=9.5, color=GREY)
    y = 42
    for i, (key, d) in enumerate(c.annexes, 1):
        dd = glyphs(f"{i}.  {d}", font)
        sh.text(25, y, dd, font=font, size_pt=fit(dd, font, 10.5, 130))
        w = sh.text_width(dd, font=font, size_pt=fit(dd, font, 10.5, 130))
        sh.rule(27 + w, y + 3.6, 172, y + 3.6, width_mm=0.2, dash=0.5, color=(120, 120, 120))
        n = c.annex_pages.get(key, 1)
        _T(sh, 185, y, f"{n} {'blz.' if lang == 'nl' else ('p.' if lang == 'fr' else 'pp.')}", font=font, size=10.5,
           anchor="right")
        y += 7.5
        if y > 270:
            break
    return sh


def app_letter_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Ghent lawyer's letter in URW Bookman: the office's name centred at the top over a thin double rule, the
    street and bar line centred under it; 'AANGETEKEND' in a small box at the upper LEFT above the date, DVZ's
    address at the right; the body in paragraphs NUMBERED in the left margin (1., 2., ...) without headings;
    the closing formula 'Hoogachtend,' at the left with the signature BESIDE it on the same line and the typed
    name under the signature; the annexes on a separate last sheet 'Inventaris van de stukken' with dotted
    leaders and page counts."""
    lang = "nl"
    L = c.lawyer

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            _T(sh, 105, 12, L["firm"], font=BOOK_B, size=12, anchor="center")
            sh.rule(40, 19, 170, 19, width_mm=0.25)
            sh.rule(40, 20.2, 170, 20.2, width_mm=0.25)
            _T(sh, 105, 22.5, f"{L['street']} – {L['pc']} {L['city']} – {L['tel']} – {L['mail']}", font=BOOK,
               size=7.8, anchor="center", color=GREY)
            return sh, 36
        _T(sh, 105, 12, f"– {i + 1} –", font=BOOK, size=8.5, anchor="center", color=GREY)
        return sh, 22

    fl = Flow(new_sheet, left=30, right=185, bottom=270, font=BOOK, size=9.8, leading=1.42)
    fl.sheet.rect(25, 36, 34, 7, width_mm=0.3)
    _T(fl.sheet, 42, 37.3, "AANGETEKEND", font=BOOK_B, size=8.5, anchor="center")
    fl.y = 38
    fl.lines(_DVZ[lang], x=112)
    fl.space(5)
    fl.line(f"{L['city']}, {c.d(c.app_date, lang, 'long')}", x=25)
    fl.space(3)
    fl.para(f"Betreft: {_SUBJ[lang]} – {name_in(c.p, c.name_style)}", font=BOOK_B, size=9.8, indent=-5)
    fl.space(2)
    fl.para("Mevrouw, Mijnheer,", indent=-5, gap=3)
    n = [0]

    def np(text, tag=None):
        n[0] += 1
        fl.para(text, align="justify", tag=tag, hang=f"{n[0]}.", indent=0)

    np(f"Ik treed op als raadsman van {personal_prose(c, lang)}. Namens mijn cliënt{'e' if c.fem else ''} dien ik "
       f"hierbij een aanvraag in tot machtiging tot verblijf op grond van artikel 9ter van de "
       f"Vreemdelingenwet.", tag="personal")
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    np(res + (" " + dom if dom else ""), tag="residence")
    np(identity_paragraph(c, lang), tag="identity")
    fp = family_paragraph(c, lang)
    if fp:
        np(fp, tag="family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        np(" ".join(x for x in (ap, pp) if x), tag="parallel")
    np(medical_paragraph(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        np(coi_paragraph(c, lang), tag="coi")
    np(request_sentence(c, lang))
    fl.ensure(30)
    fl.tag("signature")
    y0 = fl.y + 2
    w = fl.sheet.text(25, y0 + 5, "Hoogachtend,", font=BOOK, size_pt=9.8)
    if "unsigned" not in c.flags:
        fl.sheet.signature(30 + w, y0, 46, 14, rng, color=rng.choice([INK, INK_K]))
    fl.sheet.text(30 + w, y0 + 16, glyphs(_lawyer_name(c, lang), BOOK), font=BOOK, size_pt=9.8)
    fl.sheet.text(30 + w, y0 + 21, "advocaat", font=BOOK_I, size_pt=9, color=GREY)
    sheets, tags = fl.sheets, dict(fl.tags)
    if c.annexes:
        sheets.append(_inventory_page(c, lang, BOOK, BOOK_B, "Inventaris van de stukken"))
        tags.setdefault("inventory", len(sheets))
    return sheets, tags


def app_letter_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Namur avocate's requête in C059 (Century Schoolbook): her letterhead at the upper RIGHT (name in bold,
    'Avocate au barreau de Namur', address) with a small square logo of her initials to its left; 'Par envoi
    recommandé' and the Office's address in the window at the LEFT; the body in paragraphs opened by run-in headings followed by a
    dash ('Quant à l'identité. –', 'Quant à la maladie. –'); the signature ABOVE the typed name at the right, nothing
    else under it; the inventory as a numbered list on a last sheet with dotted leaders; the whole copied with a
    skew of about two degrees."""
    lang = "fr"
    L = c.lawyer
    F = L["sex"] == "F"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            ini = "".join(w[0] for w in L["firm"].split()[:2]).upper()
            sh.rect(118, 12, 12, 12, width_mm=0.6, color=(120, 20, 40))
            _T(sh, 124, 15, ini, font=CEN_B, size=10, anchor="center", color=(120, 20, 40))
            for k, t in enumerate([L["firm"], "Avocat" + ("e" if F else "") + " au barreau", L["street"],
                                   f"{L['pc']} {L['city']}", L["tel"]]):
                _T(sh, 134, 12 + k * 4.3, t, font=CEN_B if k == 0 else CEN, size=9 if k == 0 else 8, color=(0, 0, 0)
                   if k == 0 else GREY)
            return sh, 40
        _T(sh, 185, 282, f"page {i + 1}", font=CEN_I, size=8, anchor="right", color=GREY)
        return sh, 20

    fl = Flow(new_sheet, left=25, right=185, bottom=270, font=CEN, size=10, leading=1.4)
    fl.line("Par envoi recommandé", font=CEN_I, size=9.5)
    fl.lines(_DVZ[lang])
    fl.space(6)
    fl.line(f"{L['city']}, {_long(c.app_date, lang)}", x=185, anchor="right")
    fl.space(3)
    fl.para(f"Objet : {_SUBJ[lang]}", font=CEN_B, size=10)
    fl.para(f"Mon client{'e' if c.fem else ''} : {name_in(c.p, c.name_style)}", font=CEN, size=10, gap=4)
    fl.para("Madame, Monsieur,", gap=3)
    fl.para(f"J'ai l'honneur d'introduire, au nom de {personal_prose(c, lang)}, une demande d'autorisation de "
            f"séjour pour raisons médicales.", align="justify", tag="personal")

    def run(head, text, tag=None):
        fl.para(f"{head}. – {text}", align="justify", tag=tag)

    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    run("Quant à la résidence", res + (" " + dom if dom else ""), "residence")
    run("Quant à l'identité", identity_paragraph(c, lang), "identity")
    fp = family_paragraph(c, lang)
    if fp:
        run("Quant à la famille", fp, "family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        run("Quant aux procédures antérieures", " ".join(x for x in (ap, pp) if x), "parallel")
    run("Quant à la maladie", medical_paragraph(c, lang), "medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        run("Quant aux soins au pays d'origine", coi_paragraph(c, lang), "coi")
    fl.para(request_sentence(c, lang), align="justify")
    fl.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.", gap=4)
    fl.ensure(28)
    fl.tag("signature")
    y0 = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(122, y0, 46, 14, rng, color=INK)
    fl.sheet.text(122, y0 + 16, glyphs(_lawyer_name(c, lang), CEN), font=CEN_B, size_pt=10)
    sheets, tags = fl.sheets, dict(fl.tags)
    if c.annexes:
        sheets.append(_inventory_page(c, lang, CEN, CEN_B, "Inventaire des pièces"))
        tags.setdefault("inventory", len(sheets))
    return [skewed(s, rng, lo=1.2, hi=2.2) for s in sheets], tags


def app_letter_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application typed in English by a parish volunteer in Carlito (not accepted by DVZ): no letterhead,
    the sender's address at the upper RIGHT, paragraphs separated by blank lines, signed at the END BELOW the
    typed name with 'on behalf of' and the applicant's name."""
    lang = "en"

    def new_sheet(i):
        return Sheet(), 18

    fl = Flow(new_sheet, left=25, right=185, bottom=272, font=CARL, size=10.5, leading=1.35)
    fl.lines(["St. Anthony Parish – Welcome Desk", "Brussels"], x=185, anchor="right", font=CARL_I, size=9.5)
    fl.space(6)
    fl.lines(_DVZ["en"])
    fl.space(4)
    fl.line(_long(c.app_date, "en"))
    fl.space(4)
    fl.para(f"Re: {_SUBJ['en']}", font=CARL_B)
    fl.para("Dear Sir or Madam,", gap=4)
    fl.para(f"On behalf of {personal_prose(c, lang)}, I submit this application for a residence permit on medical "
            f"grounds.", tag="personal", gap=4)
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    fl.para(res + (" " + dom if dom else ""), tag="residence", gap=4)
    fl.para(identity_paragraph(c, lang), tag="identity", gap=4)
    fl.para(medical_paragraph(c, lang), tag="medical", gap=4)
    if c.coi_in_app and "no_coi" not in c.flags:
        fl.para(coi_paragraph(c, lang), tag="coi", gap=4)
    fp = family_paragraph(c, lang)
    if fp:
        fl.para(fp, tag="family", gap=4)
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        fl.para(" ".join(x for x in (ap, pp) if x), tag="parallel", gap=4)
    fl.para(request_sentence(c, lang), gap=4)
    fl.para("Yours faithfully,", gap=3)
    fl.ensure(26)
    fl.tag("signature")
    y0 = fl.y
    fl.sheet.text(25, y0, glyphs(_lawyer_name(c, lang), CARL), font=CARL_B, size_pt=10.5)
    fl.sheet.text(25, y0 + 5, glyphs(f"on behalf of {c.p.given_names} {c.p.surname}", CARL), font=CARL_I,
                  size_pt=9.5)
    if "unsigned" not in c.flags:
        fl.sheet.signature(27, y0 + 10, 44, 13, rng, color=INK)
    fl.y = y0 + 26
    if c.annexes:
        fl.para("Enclosed:", font=CARL_B, gap=1)
        for i, (_, d) in enumerate(c.annexes):
            fl.para(f"- {d}", indent=4, gap=0.3, size=9.6)
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
    """A Ghent OCMW social worker's 'aanvraagformulier medische regularisatie (9ter)' typed in Courier Prime on a
    pre-printed two-page form in Nimbus Sans: labels at the LEFT followed by dotted lines on which the answers are
    typed (slightly above the dots, as a typewriter leaves them); the motivation typed on page 2 in a ruled box;
    the annexes as a numbered list; the applicant's signature ABOVE the line labelled 'handtekening aanvrager'
    at the RIGHT, the date on a dotted line at the LEFT."""
    lang = "nl"
    s1, s2 = Sheet(), Sheet()
    tags = {"personal": 1}
    for i, s in enumerate((s1, s2)):
        _T(s, 20, 12, "OCMW GENT – Sociale Dienst", font=NSANS_B, size=10)
        _T(s, 190, 12, f"9ter – blad {i + 1}/2", font=NSANS, size=8.5, anchor="right", color=GREY)
        s.rule(20, 17, 190, 17, width_mm=0.3)
    _T(s1, 20, 22, "AANVRAAGFORMULIER MEDISCHE REGULARISATIE (ARTIKEL 9TER)", font=NSANS_B, size=11)
    _T(s1, 20, 28, "Te versturen per aangetekende zending aan DVZ – Pachecolaan 44 – 1000 Brussel", font=NSANS,
       size=8, color=GREY)
    y = 40
    for tag, lab, val in _form_rows(c, lang):
        if tag == "residence":
            tags.setdefault("residence", 1)
        w = _T(s1, 20, y, lab + ":", font=NSANS, size=9)
        s1.rule(22 + w, y + 4, 190, y + 4, width_mm=0.15, dash=0.5, color=(100, 100, 100))
        if val:
            vv = glyphs(str(val), CPR)
            s1.text(24 + w, y - 0.4, vv, font=CPR, size_pt=fit(vv, CPR, 10, 164 - w))
        y += 9
    y += 6
    _T(s1, 20, y, "Gezinsleden die deel uitmaken van de aanvraag:", font=NSANS_B, size=9.5)
    y += 7
    fm = [f"{m.p.given_names} {m.p.surname} – {'kind' if m.rel == 'child' else 'echtgeno(o)t(e)'} – "
          f"{fdate(m.p.birth_date, 'dots')}" for m in c.family] or ["geen"]
    for ln in fm:
        s1.rule(20, y + 4, 190, y + 4, width_mm=0.15, dash=0.5, color=(100, 100, 100))
        _T(s1, 22, y - 0.4, ln, font=CPR, size=10)
        y += 8
    if c.family:
        tags["family"] = 1
    _T(s2, 20, 24, "Motivering van de aanvraag", font=NSANS_B, size=10)
    s2.rect(20, 29, 170, 140, width_mm=0.3)
    y = 32
    for ln in wrap(glyphs(_grounds(c, lang), CPR), 164, CPR, 8.8)[:34]:
        s2.text(23, y, ln, font=CPR, size_pt=8.8)
        y += 3.95
    tags["identity"] = tags["medical"] = 2
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 2
    y = 176
    _T(s2, 20, y, "Bijlagen", font=NSANS_B, size=10)
    y += 6
    tags["inventory"] = 2
    for i, (_, d) in enumerate(c.annexes):
        dd = glyphs(f"{i + 1}. {d}", CPR)
        s2.text(22, y, dd, font=CPR, size_pt=fit(dd, CPR, 9, 166))
        y += 4.8
    y = max(y + 10, 246)
    tags["signature"] = 2
    w = _T(s2, 20, y + 10, "Datum:", font=NSANS, size=9)
    s2.rule(22 + w, y + 14, 70, y + 14, width_mm=0.15, dash=0.5)
    _T(s2, 24 + w, y + 9.6, fdate(c.app_date, "dots"), font=CPR, size=10)
    if "unsigned" not in c.flags:
        s2.signature(126, y, 48, 13, rng, color=rng.choice([INK, INK_K]))
    s2.rule(120, y + 14, 190, y + 14, width_mm=0.3)
    _T(s2, 120, y + 15.5, "handtekening aanvrager", font=NSANS, size=8.5)
    return [s1, s2], tags


def app_form_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Liège ASBL's 'formulaire de demande 9ter' filled in by hand by the applicant's son in a round marker
    hand (Humor Sans) in boxes whose labels stand ABOVE them (Carlito, small capitals), two boxes per row for the
    short answers; the grounds typed by the ASBL's jurist in Carlito in a box on the lower half; the signature in
    a box at the lower RIGHT BESIDE the printed label 'Signature :'; copied at 150 dpi and kept as a JPEG."""
    lang = "fr"
    sh = Sheet()
    tags = {"personal": 1, "residence": 1, "identity": 1, "medical": 1, "signature": 1, "inventory": 1}
    ink = rng.choice([INK, INK_K, (30, 100, 60)])
    _T(sh, 18, 12, "ASBL Santé Sans Frontières – Liège", font=CARL_B, size=11, color=(0, 80, 120))
    _T(sh, 192, 12, "Demande 9ter", font=CARL_B, size=11, anchor="right", color=(0, 80, 120))
    _T(sh, 18, 18, "À adresser par recommandé à l'Office des Étrangers, bd Pachéco 44, 1000 Bruxelles",
       font=CARL_I, size=8.5, color=GREY)
    y, col = 26, 0
    for tag, lab, val in _form_rows(c, lang):
        w = 85 if len(str(val)) < 30 and tag == "personal" else 174
        if w == 174 and col == 1:
            y, col = y + 14, 0
        x = 18 + col * 89
        ll = glyphs(lab.upper(), CARL)
        sh.text(x, y, ll, font=CARL, size_pt=fit(ll, CARL, 6.8, w), color=GREY)
        sh.rect(x, y + 3, w, 9, width_mm=0.3, color=(80, 80, 80))
        if val:
            _hand(sh, x + 1.5, y + 3.6, str(val), rng, size=11, color=ink, width=w - 3)
        if w == 174:
            y += 14
        else:
            col = 1 - col
            if col == 0:
                y += 14
    if col == 1:
        y += 14
    if c.family:
        tags["family"] = 1
        fm = "; ".join(f"{m.p.given_names} {m.p.surname} ({'enfant' if m.rel == 'child' else 'conjoint'}, "
                       f"{fdate(m.p.birth_date, 'dots')})" for m in c.family)
        _T(sh, 18, y, "MEMBRES DE LA FAMILLE", font=CARL, size=6.8, color=GREY)
        sh.rect(18, y + 3, 174, 9, width_mm=0.3, color=(80, 80, 80))
        _hand(sh, 19.5, y + 3.6, fm, rng, size=10, color=ink, width=171)
        y += 15
    y += 2
    _T(sh, 18, y, "MOTIFS (rédigés par le service juridique)", font=CARL, size=6.8, color=GREY)
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 1
    lines = wrap(glyphs(_grounds(c, lang), CARL), 168, CARL, 8)[: max(6, int((232 - y) / 3.5))]
    sh.rect(18, y + 3, 174, len(lines) * 3.5 + 4, width_mm=0.3, color=(80, 80, 80))
    yy = y + 5
    for ln in lines:
        sh.text(21, yy, ln, font=CARL, size_pt=8)
        yy += 3.5
    y = yy + 5
    _T(sh, 18, y, "PIÈCES JOINTES", font=CARL, size=6.8, color=GREY)
    y = _P(sh, 18, y + 3.5, 174, " – ".join(f"{i + 1}. {d}" for i, (_, d) in enumerate(c.annexes)) or "—",
           font=CARL, size=7.8, lead=1.3) + 3
    y = max(y, 258)
    _T(sh, 18, y + 4, "Date :", font=CARL, size=9)
    _hand(sh, 30, y + 1.5, fdate(c.app_date, "slashes"), rng, size=11, color=ink)
    sh.rect(100, y - 2, 92, 22, width_mm=0.3, color=(80, 80, 80))
    w = _T(sh, 102, y + 4, "Signature :", font=CARL, size=9)
    if "unsigned" not in c.flags:
        sh.signature(106 + w, y, 44, 15, rng, color=ink)
    return [low_jpeg(sh)], tags


_reg("be9ter-app-nl-lawyer-prose-bookman-gecentreerd-kantlijnnummers-handtekening-naast-slotformule-stukkenlijst-40",
     "application", PART, "nl", app_letter_nl, "Ghent lawyer's letter: centred letterhead over a double rule, "
     "paragraphs numbered in the margin, signature beside the closing formula, list of pieces on a last sheet")
_reg("be9ter-app-fr-lawyer-prose-century-initialenlogo-rechts-run-in-koppen-handtekening-boven-naam-scheef-40",
     "application", PART, "fr", app_letter_fr, "Namur avocate's requête: letterhead right with initials, run-in "
     "headings, signature above the name, inventory on a last sheet, skewed copy")
_reg("be9ter-app-en-parish-prose-carlito-handtekening-onder-naam-40", "application", PART, "en", app_letter_en,
     "application typed in English by a parish volunteer (not accepted), signature below the typed name")
_reg("be9ter-app-nl-form-ocmw-stippellijnen-typemachine-handtekening-boven-lijn-40", "application", PART, "nl",
     app_form_nl, "OCMW form over two pages: answers typed on dotted lines, signature above the labelled line")
_reg("be9ter-app-fr-form-asbl-labels-boven-vakken-stifthand-150dpi-jpeg-40", "application", PART, "fr",
     app_form_fr, "ASBL form filled in by hand in boxes with labels above, typed grounds, 150 dpi JPEG copy")


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


def medcert_2024_bars(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model retyped by a hospital's social service in Word: every section headed by a dark grey BAR
    with the section title in white Nimbus Sans Narrow, the answers typed under it in Carlito; the four severity
    options as a row of square boxes with the chosen one ticked; page 1 ends with the diagnosis and severity,
    page 2 holds the treatment and the rest; the date at the LEFT of the last section and the signature at the
    RIGHT under the bar 'Handtekening en stempel', the rectangular stamp pressed OVER the lower half of the
    signature."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    pages = [Sheet(), Sheet()]
    for i, s in enumerate(pages):
        _T(s, 105, 10, M["title"], font=NARR_B, size=12, anchor="center")
        _T(s, 105, 15.5, M["model"], font=NARR, size=8, anchor="center", color=GREY)
        _T(s, 105, 288, M["page"].format(i=i + 1, n=2), font=NARR, size=7.5, anchor="center", color=GREY)
    y = _P(pages[0], 18, 21, 174, M["law"], font=CARL_I, size=7.8, lead=1.25, color=GREY) + 2
    st = {"p": 0, "y": y}

    def bar(title, tag=None):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        s.rect(18, st["y"], 174, 5.6, width_mm=0, fill=(70, 72, 78))
        tt = glyphs(title, NARR_B)
        s.text(20, st["y"] + 1, tt, font=NARR_B, size_pt=fit(tt, NARR_B, 8.6, 170), color=(255, 255, 255))
        st["y"] += 7.2

    def ans(text, size=9.4):
        s = pages[st["p"]]
        if not text:
            st["y"] += 5
            return
        for ln in wrap(glyphs(text, CARL), 170, CARL, size):
            s.text(20, st["y"], ln, font=CARL, size_pt=size)
            st["y"] += size * 0.3528 * 1.3
        st["y"] += 2

    nop = "mc_no_patient" in F
    bar(M["s1"], "patient")
    ans(f"{M['name']}: {'' if nop else c.p.surname.upper()}    {M['first']}: {'' if nop else c.p.given_names}")
    ans(f"{M['bd']}: {fdate(c.p.birth_date, 'dots')}    {M['nat']}: {cname(c.p.nationality, lang)}")
    bar(M["s2"], "doctor")
    ans(f"{M['dname']}: {d.name()}    {M['riziv']}: {'' if 'mc_no_riziv' in F else d.riziv}")
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    ans(f"{M['spec']}: {sp}    {M['daddr']}: {d.inst}, {d.street}, {d.pc} {d.city}")
    bar(M["s3"])
    ans(fdate(c.medstat_date - timedelta(days=400), "dots"))
    bar(M["s4"])
    ans(t["history"])
    bar(M["s5"], "illness")
    ans("" if "mc_no_illness" in F else f"{t['name']} (ICD-10: {il['icd']})")
    bar(M["s6"], "severity")
    s = pages[0]
    sev = -1 if "mc_no_severity" in F else _sev_index(t)
    x = 22
    for k, o in enumerate(M["sevopts"]):
        s.rect(x, st["y"], 3.6, 3.6, width_mm=0.3)
        if k == sev:
            s.rule(x + 0.6, st["y"] + 1.9, x + 1.6, st["y"] + 3.0, width_mm=0.5)
            s.rule(x + 1.6, st["y"] + 3.0, x + 3.2, st["y"] + 0.4, width_mm=0.5)
        _T(s, x + 5, st["y"] - 0.2, o, font=CARL, size=9.4)
        x += 42
    st["y"] += 7
    ans(M["s6b"] + " " + ("" if "mc_no_severity" in F else t["severity"]))
    st["p"], st["y"] = 1, 24
    not_ = "mc_no_treatment" in F
    bar(M["s7"], "treatment")
    ans(f"{M['s7a']} {'' if not_ else '; '.join(t['meds'])}")
    ans(f"{M['s7b']} {'' if not_ else t['intervention']}")
    ans(f"{M['s7c']} {'' if not_ else t['duration']}")
    bar(M["s8"])
    ans(t["consequences"])
    bar(M["s9"])
    ans(t["prognosis"])
    bar(M["s10"])
    ans(t["needs"])
    bar(M["s11"])
    ans(t["travel"])
    bar(M["s12"])
    ans("—")
    s2 = pages[1]
    st["y"] += 4
    tags["signature"] = 2
    bar(M["date"] + " / " + M["sign"])
    y = st["y"]
    _T(s2, 20, y + 2, f"{M['date']}: {_cdate(c)}", font=CARL, size=10)
    if "mc_unsigned" not in F:
        s2.signature(118, y, 48, 15, rng, color=INK)
    s2.stamp(120, y + 7, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=46,
             color=ST_BLUE, angle=rng.uniform(-4, 4))
    return pages, tags


def medcert_2024_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """DVZ's 2024 model printed blank and filled in by the GP with a fine pen in joined-up writing (dkg) ON the
    printed dotted lines (no boxes), Nimbus Roman labels; the chosen severity CIRCLED by hand; the signature
    BELOW the label at the foot of page 2 and the round stamp beside it to the LEFT; the pages copied on grey
    recycled paper with a skew of up to three degrees."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    ink = rng.choice([INK, (20, 20, 80), INK_K])
    pages = [Sheet(), Sheet()]
    _T(pages[0], 20, 12, M["title"], font=NROM_B, size=13)
    y = _P(pages[0], 20, 19, 170, M["law"], font=NROM, size=8, lead=1.3)
    _T(pages[0], 20, y + 1, M["model"], font=NROM_I, size=8)
    st = {"p": 0, "y": y + 9}

    def dots(label, answer, n=1, tag=None):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        _T(s, 20, st["y"], label, font=NROM_B, size=9)
        yy = st["y"] + 5.5
        lines = wrap(glyphs(answer, THIN), 150, THIN, 11) if answer else []
        for k in range(n):
            s.rule(20, yy + 5, 190, yy + 5, width_mm=0.15, dash=0.5, color=(110, 110, 110))
            if k < len(lines):
                s.handwriting(22 + rng.uniform(-0.5, 0.5), yy - 0.4, lines[k], rng, size_pt=11, color=ink, font=THIN)
            yy += 6.5
        st["y"] = yy + 2.5

    nop = "mc_no_patient" in F
    dots(f"{M['s1']} – {M['name']}, {M['first']}", "" if nop else f"{c.p.surname} {c.p.given_names}", 1, "patient")
    dots(f"{M['bd']} / {M['nat']}", f"{fdate(c.p.birth_date, 'slashes')} – {cname(c.p.nationality, lang)}", 1)
    dots(f"{M['s2']} – {M['dname']} / {M['riziv']}", d.name() + ("" if "mc_no_riziv" in F else f"  {d.riziv}"), 1,
         "doctor")
    dots(M["daddr"], f"{d.street}, {d.pc} {d.city}", 1)
    dots(M["s4"], t["history"], 3)
    dots(M["s5"], "" if "mc_no_illness" in F else f"{t['name']} – {il['icd']}", 2, "illness")
    s = pages[0]
    tags["severity"] = 1
    _T(s, 20, st["y"], M["s6"], font=NROM_B, size=9)
    x = 26
    sev = -1 if "mc_no_severity" in F else _sev_index(t)
    for k, o in enumerate(M["sevopts"]):
        w = _T(s, x, st["y"] + 6, o, font=NROM, size=10)
        if k == sev:
            s.handwriting(x - 3, st["y"] + 3.5, "(" + " " * max(2, int(len(o) * 1.6)) + ")", rng, size_pt=15,
                          color=ink, font=THIN)
        x += w + 16
    st["y"] += 14
    dots(M["s6b"], "" if "mc_no_severity" in F else t["severity"], 2)
    st["p"], st["y"] = 1, 16
    not_ = "mc_no_treatment" in F
    dots(f"{M['s7']} – {M['s7a']}", "" if not_ else "; ".join(t["meds"]), 3, "treatment")
    dots(M["s7b"], "" if not_ else t["intervention"], 2)
    dots(M["s7c"], "" if not_ else t["duration"], 1)
    dots(M["s8"], t["consequences"], 2)
    dots(M["s9"], t["prognosis"], 2)
    dots(M["s10"], t["needs"], 2)
    dots(M["s11"], t["travel"], 1)
    s2 = pages[1]
    y = st["y"] + 4
    tags["signature"] = 2
    _T(s2, 20, y, M["date"] + " :", font=NROM_B, size=9)
    s2.handwriting(36, y - 1.5, _cdate(c), rng, size_pt=11, color=ink, font=THIN)
    _T(s2, 110, y, M["sign"], font=NROM_B, size=9)
    if "mc_unsigned" not in F:
        s2.signature(116, y + 6, 46, 14, rng, color=ink)
    s2.stamp(80, y + 12, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="round", size_mm=32,
             color=ST_VIOLET, angle=rng.uniform(-25, 25))
    out = []
    for p in pages:
        out.append(skewed(sheet_of(grey_paper(p.render(200), rng)), rng, lo=0.8, hi=3.0))
    return out, tags


def medcert_old_stamp(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) printed blank in C059 and filled in by hand by an old GP in a round marker
    hand, each rubric letter in a small black square at the LEFT of its question; the doctor's name and RIZIV
    number only in the rubber stamp (not written), 'signed' with the rectangular stamp and a short scribble over
    it at the lower RIGHT, the date written at the LEFT; one page, or two when the answers run over."""
    M = MC_OLD[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    ink = rng.choice([INK, INK_K])
    tags = {}
    pages = [Sheet(), Sheet()]
    _T(pages[0], 105, 14, M["title"], font=CEN_B, size=13, anchor="center")
    _T(pages[0], 105, 21, M["sub"], font=CEN, size=9.5, anchor="center")
    _P(pages[0], 22, 27, 166, M["law"], font=CEN_I, size=8.5, lead=1.3)
    st = {"p": 0, "y": 42}
    nop = "mc_no_patient" in F
    s0 = pages[0]
    tags["patient"] = 1
    _T(s0, 22, st["y"], M["pat"] + " :", font=CEN_B, size=9.5)
    if not nop:
        _hand(s0, 60, st["y"] - 2.5, f"{c.p.surname.upper()} {c.p.given_names}", rng, size=12, color=ink, width=130)
    st["y"] += 8
    _T(s0, 22, st["y"], f"{M['bd']} :", font=CEN, size=9.5)
    _hand(s0, 60, st["y"] - 2.5, fdate(c.p.birth_date, "dots"), rng, size=11.5, color=ink)
    _T(s0, 110, st["y"], f"{M['nat']} :", font=CEN, size=9.5)
    _hand(s0, 140, st["y"] - 2.5, cname(c.p.nationality, lang), rng, size=11.5, color=ink, width=50)
    st["y"] += 12

    def rub(letter, question, answer, n=2, tag=None, size=8.8):
        if st["y"] + 8 + n * 6.4 > 272:
            st["p"], st["y"] = 1, 18
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        s.rect(22, st["y"], 5.5, 5.5, width_mm=0, fill=(20, 20, 20))
        _T(s, 24.75, st["y"] + 0.7, letter, font=CEN_B, size=9, color=(255, 255, 255), anchor="center")
        yy = _P(s, 30, st["y"], 160, question, font=CEN, size=size, lead=1.25, color=(60, 60, 60)) + 1
        if answer:
            yy = _hand_lines(s, 31, yy, 158, answer, rng, size=10.5, lh=6.2, color=ink, max_lines=n)
        st["y"] = yy + 3

    rub("A", M["A"], t["history"], 3)
    rub("B", M["B"], ("" if "mc_no_illness" in F else f"{t['name']} ({il['icd']}). ") +
        ("" if "mc_no_severity" in F else f"{M['sev']} {t['severity']}"), 4, "illness")
    tags.setdefault("severity", tags["illness"])
    no_t = "mc_no_treatment" in F
    rub("C", M["C"], "" if no_t else f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}", 4, "treatment")
    rub("D", M["D"], t["consequences"], 2)
    rub("E", M["E"], t["prognosis"], 2)
    rub("F", M["F"], t["needs"], 2, size=8.4)
    rub("G", M["G"], t["travel"], 1, size=8.4)
    if st["p"] == 0 and st["y"] > 236:
        st["p"], st["y"] = 1, 18
    s = pages[st["p"]]
    y = min(st["y"] + 6, 246)
    tags["doctor"] = tags["signature"] = st["p"] + 1
    _T(s, 22, y, f"{M['date']}", font=CEN, size=9.5)
    _hand(s, 40, y - 2.5, _cdate(c), rng, size=11.5, color=ink)
    s.stamp(124, y + 2, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=48,
            color=ST_BLUE, angle=rng.uniform(-5, 5))
    if "mc_unsigned" not in F:
        s.signature(136, y + 4, 26, 10, rng, color=ink, style="zigzag")
    _T(s, 124, y + 22, glyphs(M["sign"], CEN), font=CEN_I, size=8, color=GREY)
    if st["p"] == 0:
        return pages[:1], tags
    return pages, tags


for _lg in ("nl", "fr", "en"):
    _reg(f"be9ter-medcert-2024-{_lg}-sociale-dienst-word-donkere-balken-vinkvakjes-stempel-over-handtekening-40",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_2024_bars(c, r, lang=_l)),
         "2024 model retyped in Word with dark section bars, ticked severity box, stamp over the signature" +
         (" (in English: not accepted)" if _lg == "en" else ""))
for _lg in ("nl", "fr"):
    _reg(f"be9ter-medcert-2024-{_lg}-blanco-model-vulpen-stippellijnen-omcirkeld-grijs-scheef-40",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_2024_hand(c, r, lang=_l)),
         "2024 blank model filled in with a fine pen on dotted lines, severity circled, grey paper, skewed")
    _reg(f"be9ter-medcert-old-{_lg}-huisarts-stift-zwarte-rubriekvakjes-alleen-stempel-en-krabbel-40",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_old_stamp(c, r, lang=_l)),
         "previous model filled in by hand, doctor identified only by the stamp, a short scribble over it")


# =========================================================================== medical statements


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A specialist's consultation report ('consultatieverslag' / 'rapport de consultation') from a regional
    hospital in Nimbus Sans: the hospital's name at the upper RIGHT with a thin coloured rule under it, a
    header TABLE of four cells (patient, date of birth, consultation date, referring doctor), the report under
    headings in small capitals, copy to the GP noted at the foot; the signature at the END BESIDE the typed name
    and title; a paper clip's shadow at the top."""
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    nl = lang == "nl"
    sh = Sheet()
    _T(sh, 192, 14, d.inst, font=NSANS_B, size=11, anchor="right")
    _T(sh, 192, 19.5, (d.dept or SPECIALTY[d.spec].get(lang, "")), font=NSANS, size=8.5, anchor="right", color=GREY)
    sh.rule(100, 25, 192, 25, width_mm=0.6, color=(0, 110, 120))
    _T(sh, 18, 34, "CONSULTATIEVERSLAG" if nl else "RAPPORT DE CONSULTATION", font=NSANS_B, size=13)
    heads = (["Patiënt", "Geboren", "Consultatie", "Verwijzer"] if nl else
             ["Patient", "Né(e) le", "Consultation", "Médecin traitant"])
    vals = [f"{c.p.surname.upper()} {c.p.given_names}", fdate(c.p.birth_date, "dots"), fdate(c.medstat_date, "dots"),
            c.doctor.name("initial")]
    x = 18
    for h, v, w in zip(heads, vals, (62, 30, 34, 48)):
        sh.rect(x, 42, w, 12, width_mm=0.2)
        _T(sh, x + 1.5, 43, h, font=NSANS, size=7, color=GREY)
        vv = glyphs(v, NSANS_B)
        sh.text(x + 1.5, 47.5, vv, font=NSANS_B, size_pt=fit(vv, NSANS_B, 9, w - 3))
        x += w
    y = 64
    for h, v in ((("DIAGNOSE" if nl else "DIAGNOSTIC"), f"{t['name']} (ICD-10 {il['icd']})."),
                 (("ANAMNESE EN VERLOOP" if nl else "ANAMNÈSE ET ÉVOLUTION"), f"{t['history']} {t['severity']}"),
                 (("BELEID" if nl else "ATTITUDE"), f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}"),
                 (("PROGNOSE" if nl else "PRONOSTIC"), f"{t['prognosis']} {t['consequences']}")):
        _T(sh, 18, y, h, font=NSANS_B, size=8.8, spacing=0.3)
        y = _P(sh, 18, y + 4.6, 174, v, font=NSANS, size=9.8, lead=1.45) + 4
    y += 4
    w = _T(sh, 18, y + 6, f"{d.name()}, {SPECIALTY[d.spec].get(lang, '')}", font=NSANS_B, size=9.8)
    sh.signature(24 + w, y, 44, 13, rng, color=rng.choice([INK, INK_K]))
    _T(sh, 18, 276, ("Kopie: huisarts " if nl else "Copie : médecin traitant ") + c.doctor.name("initial"),
       font=NSANS, size=7.5, color=GREY)
    clip(sh, rng, x=24, y=4)
    return [sh], {}


def medstat_his(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A GP's 'medisch attest – samenvatting dossier' / 'résumé du dossier médical' printed from the practice
    software in Courier Prime: the practice's header line and the print date in the top margin, the patient's
    problem list as dated lines ('2024-03-11  ...'), the current medication as a list, a closing attestation
    paragraph and the GP's signature BELOW it with the stamp at the RIGHT; photographed by the patient slightly
    tilted."""
    d = c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    nl = lang == "nl"
    sh = Sheet()
    _T(sh, 15, 8, f"{d.inst or 'Huisartsenpraktijk'} – {d.street}, {d.pc} {d.city}", font=CPR, size=8, color=GREY)
    _T(sh, 195, 8, f"afgedrukt {fdate(c.medstat_date, 'dots')}" if nl else
       f"imprimé le {fdate(c.medstat_date, 'dots')}", font=CPR, size=8, anchor="right", color=GREY)
    _T(sh, 20, 22, "MEDISCH ATTEST – SAMENVATTING DOSSIER" if nl else "ATTESTATION – RÉSUMÉ DU DOSSIER MÉDICAL",
       font=CPR_B, size=12)
    _T(sh, 20, 30, f"{c.p.surname.upper()}, {c.p.given_names}  ({fdate(c.p.birth_date, 'dots')})", font=CPR_B,
       size=10.5)
    y = 42
    _T(sh, 20, y, "PROBLEEMLIJST" if nl else "LISTE DES PROBLÈMES", font=CPR_B, size=10)
    y += 6
    start = c.medstat_date - timedelta(days=rng.randint(500, 1400))
    for k, item in enumerate((f"{t['name']} ({il['icd']})", t["history"], t["severity"])):
        dd = (start + timedelta(days=k * rng.randint(60, 200))).isoformat()
        for j, ln in enumerate(wrap(glyphs(item, CPR), 130, CPR, 9.5)[:3]):
            _T(sh, 20, y, dd if j == 0 else "", font=CPR, size=9.5)
            _T(sh, 48, y, ln, font=CPR, size=9.5)
            y += 4.6
        y += 1.5
    y += 4
    _T(sh, 20, y, "MEDICATIE" if nl else "MÉDICATION", font=CPR_B, size=10)
    y += 6
    for m in t["meds"]:
        _T(sh, 22, y, f"- {glyphs(m, CPR)}", font=CPR, size=9.5)
        y += 4.8
    y += 6
    y = _P(sh, 20, y, 170, f"{t['intervention']} {t['duration']} {t['prognosis']}", font=CPR, size=9.5,
           lead=1.4) + 6
    y = _P(sh, 20, y, 170, ("Ondergetekende arts bevestigt dat bovenstaande gegevens overeenstemmen met het medisch "
                            "dossier." if nl else "Le médecin soussigné certifie que les données ci-dessus "
                            "correspondent au dossier médical."), font=CPR, size=9.5, lead=1.4) + 4
    sh.signature(22, y, 44, 13, rng, color=INK)
    _T(sh, 20, y + 15, d.name(), font=CPR_B, size=9.5)
    sh.stamp(120, y + 2, _stamp_lines(c, lang, True), rng, shape="rect", size_mm=44, color=ST_BLACK,
             angle=rng.uniform(-5, 5))
    return [tilted_phone(sh, rng)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-consultatieverslag-kopcellen-kleinkapitalen-handtekening-naast-naam-40",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_specialist(c, r, lang=_l)),
         "specialist's consultation report with a header table of four cells, signature beside the typed name")
    _reg(f"be9ter-medstat-huisarts-{_lg}-dossiersamenvatting-courier-probleemlijst-scheve-foto-40",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_his(c, r, lang=_l)),
         "GP's summary printed from the practice software in Courier, problem list, photographed tilted")


# =========================================================================== country-of-origin information


def coi_bullets(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Belgian NGO's 'fiche pays – accès aux soins' in Caladea: the country's name in a coloured banner, three
    short headed sections with bulleted facts (availability of the drug, specialised care, cost and cover), a
    grey 'Sources' box at the foot and the consultation date in the footer."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    from .be9ter import FR_IN
    where = FR_IN.get(o, "en " + cname(o, "fr"))
    sh = Sheet()
    sh.rect(0, 10, 210, 14, width_mm=0, fill=(30, 90, 110))
    _T(sh, 18, 13, f"FICHE PAYS – {C['fr'].upper()} – accès aux soins", font=CALA_B, size=13, color=(255, 255, 255))
    y = 34
    for head, items in (("Disponibilité du traitement", [f"{il['drug']} : disponibilité irrégulière {where}, "
                                                         f"ruptures fréquentes dans le secteur public.",
                                                         f"Le suivi spécialisé n'est assuré qu'au {C['hospital']}."]),
                        ("Couverture et coût", [C["insurance_fr"], f"Coût mensuel estimé du traitement : {il['cost']}; "
                                                                   f"salaire minimum : environ {C['wage']}."]),
                        ("Conclusion", ["Un accès continu et effectif au traitement n'est pas garanti pour une "
                                        "personne sans revenus ni assurance."])):
        _T(sh, 18, y, head, font=CALA_B, size=11, color=(30, 90, 110))
        y += 7
        for it in items:
            _T(sh, 20, y, "•", font=CALA, size=10.5)
            y = _P(sh, 25, y, 165, it, font=CALA, size=10.5, lead=1.45) + 2.5
        y += 4
    sh.rect(18, y + 2, 174, 24, width_mm=0, fill=(234, 234, 234))
    _T(sh, 21, y + 4, "Sources", font=CALA_B, size=9)
    for i, s in enumerate(["OMS – liste nationale des médicaments essentiels", "Ministère de la Santé, rapport "
                           "annuel 2024", "Entretiens avec des médecins sur place (2025)"]):
        _T(sh, 21, y + 9 + i * 4.5, f"– {s}", font=CALA, size=8.5, color=GREY)
    _T(sh, 105, 284, f"Consulté le {fdate(SUB - timedelta(days=rng.randint(10, 90)), 'slashes')}", font=CALA,
       size=8, anchor="center", color=GREY)
    return [sh], {"coi": 1}


def coi_footnotes(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Dutch-language research note by the lawyer's office on the health system of the country of origin, in
    Nimbus Roman with numbered footnotes at the foot of the page (superscript-like numbers in brackets), the
    drug's name in bold in the text and the office's initials and date in the header line."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    _T(sh, 18, 10, "Onderzoeksnota – beschikbaarheid en toegankelijkheid van de zorg", font=NROM_I, size=8.5,
       color=GREY)
    _T(sh, 192, 10, fdate(SUB - timedelta(days=rng.randint(10, 60)), "dots"), font=NROM_I, size=8.5, anchor="right",
       color=GREY)
    _T(sh, 18, 22, f"Zorg voor {il['drug']} in {C['nl']}", font=NROM_B, size=13)
    paras = [f"Gespecialiseerde zorg is geconcentreerd in het {C['hospital']} [1]. Buiten de hoofdstad ontbreken "
             f"specialisten en de nodige onderzoeken.",
             f"Het geneesmiddel {il['drug']} is in de openbare sector niet regelmatig verkrijgbaar; patiënten moeten "
             f"het in privéapotheken kopen [2].",
             C["insurance_nl"] + " [3]",
             f"De maandelijkse kostprijs bedraagt ongeveer {il['cost']}, terwijl het minimumloon rond {C['wage']} "
             f"ligt [2]."]
    y = 34
    for p in paras:
        y = _P(sh, 18, y, 174, p, font=NROM, size=11, lead=1.55) + 4
    sh.rule(18, 250, 80, 250, width_mm=0.3)
    for i, s in enumerate(["WHO, Country Cooperation Strategy, 2024.", "Interview met een apotheker ter plaatse, "
                           "2025.", "Ministerie van Volksgezondheid, jaarverslag 2024."], 1):
        _T(sh, 18, 253 + (i - 1) * 4.5, f"[{i}] {s}", font=NROM, size=8.5)
    return [sh], {"coi": 1}


_reg("be9ter-coi-fr-fiche-pays-banner-opsommingstekens-bronnenkader-40", "country-of-origin-info", PART, "fr",
     coi_bullets, "NGO country sheet in French with a coloured banner, bulleted facts and a grey sources box")
_reg("be9ter-coi-nl-onderzoeksnota-kantoor-voetnoten-40", "country-of-origin-info", PART, "nl", coi_footnotes,
     "lawyer's office research note in Dutch with numbered footnotes")


# =========================================================================== asylum proof


def annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 as the small folded original (A5 landscape) copied in the middle of an A4 sheet: the form's
    printed text in Nimbus Sans Narrow with the holder's particulars typed in Courier Prime on the lines, the photo
    at the LEFT stapled over with the office's round stamp on its corner, the validity extensions as stamps on the
    back half (copied beside it); the A4 copy then folded in three for the post."""
    a = c.asylum or {}
    nl = lang == "nl"
    card = Sheet(210, 148)
    card.rect(0, 0, 210, 148, width_mm=0, fill=(250, 248, 240))
    card.rule(105, 0, 105, 148, width_mm=0.3, color=(170, 170, 160))
    _T(card, 110, 8, "KONINKRIJK BELGIË" if nl else "ROYAUME DE BELGIQUE", font=NARR_B, size=9)
    _T(card, 205, 8, "BIJLAGE 26" if nl else "ANNEXE 26", font=NARR_B, size=11, anchor="right")
    _P(card, 110, 15, 92, ("Attest van immatriculatie – verzoek om internationale bescherming" if nl else
                           "Attestation d'immatriculation – demande de protection internationale"), font=NARR, size=8)
    card.photo(110, 28, 24, 30, rng)
    card.stamp(130, 52, ["DVZ", "BRUSSEL" if nl else "BRUXELLES"], rng, shape="round", size_mm=18, color=ST_BLUE)
    ov = c.ov or "".join(str(rng.randint(0, 9)) for _ in range(7))
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    y = 28
    for k, v in ((("O.V.", ov), ("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
                  ("Geboren", f"{fdate(c.p.birth_date, 'dots')} {c.p.birth_place}"),
                  ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]), ("Verzoek op", fdate(lodged, "dots")))
                 if nl else
                 (("S.P.", ov), ("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
                  ("Né(e)", f"{fdate(c.p.birth_date, 'slashes')} {c.p.birth_place}"),
                  ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("Demande le", fdate(lodged, "slashes")))):
        _T(card, 138, y, k, font=NARR, size=7.5, color=GREY)
        card.rule(156, y + 3.6, 204, y + 3.6, width_mm=0.12, dash=0.5)
        vv = glyphs(v, CPR)
        card.text(157, y - 0.2, vv, font=CPR, size_pt=fit(vv, CPR, 8.5, 46))
        y += 6
    _T(card, 5, 8, "Verlengingen" if nl else "Prorogations", font=NARR_B, size=9)
    for k in range(3):
        ext = SUB + timedelta(days=rng.randint(25, 80)) - timedelta(days=(2 - k) * 90)
        card.stamp(8 + (k % 2) * 48, 16 + k * 30, [("GEMEENTE " if nl else "COMMUNE ") + c.addr.city.upper()[:14],
                                                  fdate(ext, "dots")], rng, shape="rect", size_mm=40,
                   color=ST_VIOLET if k % 2 else ST_BLUE, angle=rng.uniform(-8, 8))
    sh = Sheet()
    paste(sh, card, 10, 60, k=0.9, dpi=220)
    return [sheet_of(folded(sh.render(200), rng, quarters=False))], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-annex26-{_lg}-a5-origineel-midden-a4-courier-verlengstempels-in-drieen-gevouwen-40",
         "asylum-proof", PART, _lg, (lambda c, r, _l=_lg: annex26(c, r, lang=_l)),
         "annex 26 original (A5 landscape) copied in the middle of A4, extension stamps, folded in three")


# =========================================================================== registered-mail receipts


def rm_counter_slip(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's 'Bewijs van afgifte / Preuve de dépôt' counter slip (an A6 form with the addressee typed by the
    office and the counter's round date stamp) copied SIDEWAYS on an A4 sheet: the slip lies turned a quarter,
    the barcode sticker on it, the clerk's initials in the stamp."""
    slip = Sheet(148, 105)
    slip.rect(0, 0, 148, 105, width_mm=0, fill=(255, 250, 232))
    _T(slip, 5, 4, "bpost", font=NSANS_B, size=14, color=(210, 30, 40))
    _T(slip, 40, 5, "BEWIJS VAN AFGIFTE – PREUVE DE DÉPÔT – Aangetekende zending", font=NSANS_B, size=7.5)
    bars(slip, 5, 14, 60, 10, c.rm_track)
    _T(slip, 35, 25.5, track_spaced(c.rm_track), font="ocrb", size=8, anchor="center")
    _T(slip, 5, 34, "Bestemmeling / Destinataire", font=NSANS, size=6.5, color=GREY)
    y = 38
    for ln in c.rm_to[:4]:
        ll = glyphs(ln, CPR)
        slip.text(6, y, ll, font=CPR, size_pt=fit(ll, CPR, 8.5, 82))
        y += 4.2
    _T(slip, 5, 62, "Afzender / Expéditeur", font=NSANS, size=6.5, color=GREY)
    y = 66
    for ln in _sender_lines(c)[:3]:
        ll = glyphs(ln, CPR)
        slip.text(6, y, ll, font=CPR, size_pt=fit(ll, CPR, 8, 82))
        y += 4
    slip.stamp(118, 60, [_post_office(c).upper()[:18], fdate(c.rm_date, "dots"), "BPOST"], rng, shape="round",
               size_mm=34, color=(40, 40, 46), angle=rng.uniform(-20, 20))
    slip.rect(92, 8, 50, 20, width_mm=0.2)
    _T(slip, 94, 10, "Datum / Date", font=NSANS, size=6.5, color=GREY)
    _T(slip, 94, 15, fdate(c.rm_date, "dots"), font=CPR_B, size=10)
    land = Sheet(297, 210)
    paste(land, slip, 60, 40, k=1.2, dpi=240, angle=rng.uniform(-1.5, 1.5))
    sh = Sheet()
    paste(sh, land, 0, 0, dpi=200, angle=90)
    return [sh], {}


def rm_track_print(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The bpost 'Track & Trace' web page printed from the browser: the browser's date and URL in the margins,
    the item number large, a vertical timeline of events (Aangeboden, In sortering, Bezorgd) with dates, the
    addressee's name and postcode as bpost shows them; the lawyer's secretary wrote the client's name in the top
    margin in marker."""
    sh = Sheet()
    _T(sh, 10, 6, f"{fdate(c.rm_date + timedelta(days=2), 'dots')} 09:{rng.randint(10, 59)}", font=DSANS, size=7,
       color=GREY)
    _T(sh, 200, 6, "Track & Trace | bpost", font=DSANS, size=7, color=GREY, anchor="right")
    _T(sh, 10, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}", font=DSANS, size=7,
       color=GREY)
    _T(sh, 20, 20, "bpost", font=DSANS_B, size=16, color=(210, 30, 40))
    _T(sh, 20, 34, "Uw zending / Votre envoi", font=DSANS, size=10, color=GREY)
    _T(sh, 20, 40, track_spaced(c.rm_track), font=DSANS_B, size=15)
    _T(sh, 20, 50, "Aangetekende zending – Nationaal", font=DSANS, size=10)
    to = ", ".join(c.rm_to[:2])
    _T(sh, 20, 60, "Bestemmeling:", font=DSANS, size=9.5, color=GREY)
    tt = glyphs(to, DSANS_B)
    sh.text(48, 60, tt, font=DSANS_B, size_pt=fit(tt, DSANS_B, 9.5, 140))
    _T(sh, 20, 66, "Adres:", font=DSANS, size=9.5, color=GREY)
    aa = glyphs(", ".join(c.rm_to[2:]) or c.rm_to[-1], DSANS)
    sh.text(48, 66, aa, font=DSANS, size_pt=fit(aa, DSANS, 9.5, 140))
    y = 82
    for k, (ev, dd) in enumerate((("Aangeboden aan het postkantoor " + _post_office(c), c.rm_date),
                                  ("In sortering", c.rm_date), ("Bezorgd – ontvangen tegen handtekening",
                                                               c.rm_date + timedelta(days=1)))):
        sh.rect(22, y, 4, 4, width_mm=0, fill=(210, 30, 40) if k == 2 else (160, 160, 160))
        if k < 2:
            sh.rule(24, y + 4, 24, y + 16, width_mm=0.5, color=(180, 180, 180))
        _T(sh, 32, y - 0.5, ev, font=DSANS_B if k == 2 else DSANS, size=9.5)
        _T(sh, 32, y + 4.5, fdate(dd, "dots"), font=DSANS, size=8.5, color=GREY)
        y += 16
    sh.handwriting(120, 14, glyphs(f"{c.p.surname} – 9ter", MARK), rng, size_pt=14, color=INK_K, font=MARK)
    return [sh], {}


_reg("be9ter-rm-bpost-bewijs-van-afgifte-a6-strook-zijwaarts-gekopieerd-40", "registered-mail-receipt", PART,
     "nl/fr", rm_counter_slip, "bpost counter slip (A6) with the addressee typed, copied sideways on A4")
_reg("be9ter-rm-bpost-track-trace-browserprint-tijdlijn-stiftnotitie-40", "registered-mail-receipt", PART, "nl",
     rm_track_print, "bpost Track & Trace page printed from the browser with the delivery timeline, marker note")


# =========================================================================== other


def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own 'verklaring op eer' / 'déclaration sur l'honneur' WRITTEN BY HAND on lined paper in a
    marker hand, signed at the END BELOW the text with the date at the left; copied at 150 dpi."""
    lang = "fr" if c.lang == "fr" else "nl"
    e = "e" if c.fem else ""
    sh = Sheet()
    for k in range(26):
        sh.rule(12, 30 + k * 9, 198, 30 + k * 9, width_mm=0.15, color=(170, 190, 220))
    sh.rule(26, 0, 26, 297, width_mm=0.3, color=(230, 120, 120))
    title = {"nl": "Verklaring op eer", "fr": "Déclaration sur l'honneur"}[lang]
    sh.handwriting(60, 20, title, rng, size_pt=16, color=INK, font=MARK)
    txt = {"nl": f"Ik, {c.p.given_names} {c.p.surname}, geboren op {fdate(c.p.birth_date, 'dots')} in "
                 f"{c.p.birth_place}, verklaar op eer dat ik geen paspoort of identiteitskaart heb. Mijn papieren "
                 f"zijn in mijn land gebleven en ik kan ze niet krijgen.",
           "fr": f"Je, {c.p.given_names} {c.p.surname}, né{e} le {fdate(c.p.birth_date, 'slashes')} à "
                 f"{c.p.birth_place}, déclare sur l'honneur que je n'ai ni passeport ni carte d'identité. Mes "
                 f"papiers sont restés au pays et je ne peux pas les obtenir."}[lang]
    y = 31.5
    for ln in wrap(glyphs(txt, MARK), 150, MARK, 13)[:12]:
        sh.handwriting(30 + rng.uniform(-0.5, 0.5), y - 4, ln, rng, size_pt=13, color=INK, font=MARK)
        y += 9
    sh.handwriting(30, y + 5, f"{c.addr.city}, {fdate(c.app_date, 'dots')}", rng, size_pt=12, color=INK, font=MARK)
    sh.signature(110, y + 12, 44, 14, rng, color=INK)
    return [low_jpeg(sh)], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's 'attestation de délivrance' / 'afleveringsattest' listing the medicines dispensed over three
    months in a table (date | product | qty | paid), printed on the pharmacy's letter paper in Carlito, the
    pharmacist's round stamp at the foot; the page skewed on the glass."""
    il = ILLNESSES[c.illness]
    t = _ill(c, "nl" if c.lang != "fr" else "fr")
    fr = c.lang == "fr"
    sh = Sheet()
    _T(sh, 18, 14, rng.choice(["Pharmacie de la Gare", "Apotheek Zuid", "Pharmacie Saint-Léonard"]), font=CARL_B,
       size=13, color=(0, 120, 70))
    _T(sh, 18, 21, f"{c.addr.city} – APB {rng.randint(100000, 999999)}", font=CARL, size=9, color=GREY)
    _T(sh, 18, 34, "ATTESTATION DE DÉLIVRANCE" if fr else "AFLEVERINGSATTEST", font=CARL_B, size=12)
    _T(sh, 18, 41, f"{c.p.surname.upper()} {c.p.given_names}", font=CARL, size=10.5)
    y = 52
    cols = [("Date" if fr else "Datum", 28), ("Produit" if fr else "Product", 96), ("Qté" if fr else "Aantal", 20),
            ("Payé" if fr else "Betaald", 30)]
    x = 18
    for h, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.2, fill=(220, 236, 226))
        _T(sh, x + 1.5, y + 1.5, h, font=CARL_B, size=9)
        x += w
    y += 7
    tot = 0.0
    for k in range(3):
        for m in [il["drug"]] + t["meds"][:1]:
            p = round(rng.uniform(9, 95), 2)
            tot += p
            vals = [fdate(SUB - timedelta(days=90 - k * 30 + rng.randint(0, 5)), "dots"), m, "1",
                    f"{p:.2f}".replace(".", ",")]
            x = 18
            for v, (_, w) in zip(vals, cols):
                sh.rect(x, y, w, 6.5, width_mm=0.15)
                vv = glyphs(v, CARL)
                sh.text(x + 1.5, y + 1.2, vv, font=CARL, size_pt=fit(vv, CARL, 9, w - 3))
                x += w
            y += 6.5
    _T(sh, 192, y + 3, f"Total / Totaal EUR {tot:.2f}".replace(".", ","), font=CARL_B, size=10.5, anchor="right")
    sh.stamp(40, y + 16, ["PHARMACIEN / APOTHEKER", c.addr.city.upper()], rng, shape="round", size_mm=30,
             color=ST_GREEN, angle=rng.uniform(-20, 20))
    return [skewed(sh, rng, lo=0.8, hi=2.0)], {}


_reg("be9ter-other-declaration-op-eer-handgeschreven-gelinieerd-papier-150dpi-40", "other", PART, "nl/fr",
     other_declaration, "applicant's declaration written by hand on lined paper, 150 dpi copy")
_reg("be9ter-other-pharmacy-afleveringsattest-drie-maanden-tabel-stempel-scheef-40", "other", PART, "nl/fr",
     other_pharmacy, "pharmacy's dispensing attestation over three months in a table, skewed copy")
