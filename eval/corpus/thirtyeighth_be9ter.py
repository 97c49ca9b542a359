"""9ter families of the `thirtyeighth` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to thirty-seventh had been read, by a writer who saw neither the
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
    _lawyer_addr,
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
    fdate,
    family_paragraph,
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
from .thirtyeighth_identity import (
    BLOCK,
    BOOK,
    BOOK_B,
    BOOK_I,
    CARL,
    CARL_B,
    CARL_I,
    CENT,
    CENT_B,
    CENT_I,
    CHANCERY,
    COND,
    COND_B,
    CPRIME,
    CPRIME_B,
    GREY,
    INK,
    INK_K,
    NARROW,
    NARROW_B,
    NIMS,
    NIMS_B,
    NMONO,
    NMONO_B,
    PEN,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    _boxes,
    _P,
    _T,
    d_de,
    d_en,
    d_fr,
    d_nl,
    diagonal_fold,
    fold_band,
    grey_paper,
    turned,
)
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, sheet_of, wrap

PART = "thirtyeighth"
SUB = datetime.date(2026, 12, 1)


def _long(d, lang: str) -> str:
    return {"nl": d_nl, "fr": lambda x: d_fr(x, le=True), "de": d_de, "en": d_en}[lang](d)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


def _hand(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=PEN, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 8 and sh.text_width(s, font=font, size_pt=size) * 1.15 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


def _hand_lines(sh: Sheet, x, y, w, s, rng, *, size=11.5, lh=6.0, font=PEN, color=INK, max_lines=9) -> float:
    for ln in wrap(glyphs(s, font), w * 0.82, font, size)[:max_lines]:
        sh.handwriting(x + rng.uniform(-0.5, 0.6), y + rng.uniform(-0.3, 0.3), ln, rng, size_pt=size, color=color,
                       font=font)
        y += lh
    return y


# =========================================================================== applications


_REG = {"nl": "AANGETEKEND", "fr": "RECOMMANDÉ", "en": "BY REGISTERED MAIL", "de": "EINSCHREIBEN"}
_DVZ = {"nl": ["Federale Overheidsdienst Binnenlandse Zaken", "Dienst Vreemdelingenzaken",
               "Cel Medische Regularisatie (9ter)", "Pachecolaan 44", "1000 Brussel"],
        "fr": ["SPF Intérieur – Office des Étrangers", "Section Regularisations médicales (9ter)",
               "Boulevard Pachéco 44", "1000 Bruxelles"],
        "en": ["Immigration Office (Dienst Vreemdelingenzaken)", "Medical Regularisation Unit (9ter)",
               "Pachecolaan 44", "1000 Brussels"]}
_SUBJ = {"nl": "Aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980",
         "fr": "Demande d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980",
         "en": "Application for leave to remain under Article 9ter of the Law of 15 December 1980"}


def app_letter_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Flemish lawyer's letter in prose: the office's name and address stacked in a narrow block at the TOP
    RIGHT in C059 small capitals with a thin rule under it; 'AANGETEKEND' framed at the top left above DVZ's
    address; numbered paragraphs (1., 2., ...) without headings; the annexes as a table (nr | stuk | blz.) after
    the closing; the signature at the END of the letter with the lawyer's name typed under it and no label."""
    lang = "nl"
    L = c.lawyer

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            for k, t in enumerate([L["firm"].upper(), f"{L['street']}", f"{L['pc']} {L['city']}", f"T {L['tel']}",
                                   L["mail"]]):
                _T(sh, 190, 14 + k * 4.4, t, font=CENT_B if k == 0 else CENT, size=9 if k == 0 else 8.2,
                   anchor="right", color=(0, 0, 0) if k == 0 else GREY)
            sh.rule(120, 38, 190, 38, width_mm=0.25)
            return sh, 46
        _T(sh, 25, 14, f"{name_in(c.p, 'SURNAME Given')} – 9ter", font=CENT_I, size=8, color=GREY)
        return sh, 24

    fl = Flow(new_sheet, left=25, right=185, bottom=270, font=CENT, size=10.5, leading=1.36)
    sh = fl.sheet
    sh.rect(24, 44, 38, 7, width_mm=0.35)
    _T(sh, 26, 45.3, _REG[lang], font=CENT_B, size=10)
    fl.y = 58
    fl.lines(_DVZ[lang])
    fl.space(6)
    fl.line(f"{L['city']}, {c.d(c.app_date, lang, 'long')}", x=185, anchor="right")
    fl.space(2)
    fl.line(f"Ons kenmerk: {c.app_date.year % 100}.{c.seed % 9000 + 1000}/{L['last'][:3].upper()}", size=9)
    fl.para(f"Betreft: {_SUBJ[lang]}", bold=True, gap=1)
    fl.line(f"Cliënt{'e' if c.fem else ''}: {name_in(c.p, c.name_style)}", size=10)
    fl.space(4)
    fl.para("Geachte mevrouw, mijnheer,", gap=3)
    n = 0

    def num(s, tag=None):
        nonlocal n
        n += 1
        fl.para(s, indent=7, hang=f"{n}.", align="justify", tag=tag)

    num(f"Ik treed op als raadsman van {personal_prose(c, lang)}. Namens {'haar' if c.fem else 'hem'} dien ik "
        f"hierbij een aanvraag in tot machtiging tot verblijf op grond van artikel 9ter van de wet van "
        f"15 december 1980.", tag="personal")
    res = residence_sentence(c, lang)
    dom = domicile_sentence(c, lang)
    num(res + (" " + dom if dom else ""), tag="residence")
    num(identity_paragraph(c, lang), tag="identity")
    num(medical_paragraph(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        num(coi_paragraph(c, lang), tag="coi")
    fp = family_paragraph(c, lang)
    if fp:
        num(fp, tag="family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        num(" ".join(x for x in (ap, pp) if x), tag="parallel")
    num(request_sentence(c, lang))
    fl.space(2)
    fl.ensure(40)
    fl.para("Met de meeste hoogachting,", gap=3)
    fl.tag("signature")
    y0 = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(25, y0, 50, 16, rng, color=INK)
    fl.sheet.text(25, y0 + 18, glyphs(_lawyer_name(c, lang), CENT), font=CENT, size_pt=10.5)
    fl.sheet.text(25, y0 + 23, "advocaat", font=CENT_I, size_pt=9.5, color=GREY)
    fl.y = y0 + 32
    if c.annexes:
        fl.ensure(16 + 7 * len(c.annexes))
        fl.tag("inventory")
        fl.para("Bijlagen", bold=True, gap=2)
        s2 = fl.sheet
        y = fl.y
        for i, (key, desc) in enumerate([("#", "Stuk")] + list(c.annexes)):
            head = i == 0
            rows = wrap(glyphs(desc, CENT), 120, CENT, 9.5)
            h = 2.4 + len(rows) * 4.2
            s2.rect(25, y, 160, h, width_mm=0.2, fill=(234, 234, 234) if head else None)
            s2.rule(37, y, 37, y + h, width_mm=0.2)
            s2.rule(165, y, 165, y + h, width_mm=0.2)
            s2.text(27, y + 1.2, "nr." if head else str(i), font=CENT_B if head else CENT, size_pt=9.5)
            yy = y + 1.2
            for r in rows:
                s2.text(39, yy, r, font=CENT_B if head else CENT, size_pt=9.5)
                yy += 4.2
            s2.text(167, y + 1.2, "blz." if head else str(c.annex_pages.get(key, 1)), font=CENT_B if head else CENT,
                    size_pt=9.5)
            y += h
        fl.y = y + 3
    for i, s in enumerate(fl.sheets):
        _T(s, 185, 287, f"{i + 1}/{len(fl.sheets)}", font=CENT, size=8, anchor="right", color=GREY)
    return fl.sheets, fl.tags


def app_letter_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Brussels or Walloon avocat's requête argued under centred headings 'EN FAIT', 'EN DROIT' and 'PAR CES
    MOTIFS', set in URW Bookman; the office's letterhead centred with a double rule; 'Par recommandé' in italics
    under the date written 'le 1er mars 2026'; the inventory as a numbered list; the signature placed BESIDE the
    label 'Pour le requérant, son conseil' (to its right)."""
    lang = "fr"
    L = c.lawyer

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            _T(sh, 105, 14, L["firm"], font=BOOK_B, size=12, anchor="center")
            _T(sh, 105, 20, f"{L['street']} – {L['pc']} {L['city']} – {L['tel']}", font=BOOK, size=8.5,
               anchor="center", color=GREY)
            sh.rule(25, 25, 185, 25, width_mm=0.4)
            sh.rule(25, 26.2, 185, 26.2, width_mm=0.15)
            return sh, 34
        sh.rule(25, 12, 185, 12, width_mm=0.15)
        return sh, 18

    fl = Flow(new_sheet, left=25, right=185, bottom=272, font=BOOK, size=9.8, leading=1.38)
    fl.line(f"{L['city']}, {_long(c.app_date, lang)}", x=185, anchor="right")
    fl.line("Par recommandé", x=185, anchor="right", italic=True, font=BOOK_I)
    fl.space(3)
    fl.lines(_DVZ[lang], x=110)
    fl.space(5)
    fl.para(f"Objet : {_SUBJ[lang]} – {name_in(c.p, c.name_style)}", bold=True, gap=3)
    fl.para("Madame, Monsieur,", gap=3)
    F = L["sex"] == "F"
    fl.para(f"J'ai l'honneur d'introduire, au nom et pour compte de {personal_prose(c, lang)}, la présente demande "
            f"d'autorisation de séjour de plus de trois mois fondée sur l'article 9ter de la loi du 15 décembre "
            f"1980.", align="justify", tag="personal")

    def head(t):
        fl.space(1)
        fl.para(t, bold=True, align="center", gap=1.5, keep=3, font=BOOK_B)

    head("EN FAIT")
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    fl.para(res + (" " + dom if dom else ""), align="justify", tag="residence")
    fl.para(identity_paragraph(c, lang), align="justify", tag="identity")
    fp = family_paragraph(c, lang)
    if fp:
        fl.para(fp, align="justify", tag="family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        fl.para(" ".join(x for x in (ap, pp) if x), align="justify", tag="parallel")
    head("EN DROIT")
    fl.para(medical_paragraph(c, lang), align="justify", tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        fl.para(coi_paragraph(c, lang), align="justify", tag="coi")
    head("PAR CES MOTIFS")
    fl.para(request_sentence(c, lang), align="justify")
    fl.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.", gap=4)
    fl.ensure(26)
    fl.tag("signature")
    y0 = fl.y
    lab = ("Pour la requérante," if c.fem else "Pour le requérant,") + (" son conseil" if not F else " son conseil")
    fl.sheet.text(25, y0 + 4, lab, font=BOOK, size_pt=9.8)
    if "unsigned" not in c.flags:
        fl.sheet.signature(25 + fl.sheet.text_width(lab, font=BOOK, size_pt=9.8) + 6, y0, 46, 14, rng,
                           color=rng.choice([INK, INK_K]))
    fl.sheet.text(25, y0 + 10, glyphs(_lawyer_name(c, lang) + (", avocate" if F else ", avocat"), BOOK), font=BOOK,
                  size_pt=9.8)
    fl.y = y0 + 20
    if c.annexes:
        fl.ensure(12 + 5 * len(c.annexes))
        fl.tag("inventory")
        fl.para("Inventaire des pièces", bold=True, font=BOOK_B, gap=1)
        for i, (_, d) in enumerate(c.annexes):
            fl.para(f"Pièce {i + 1} – {d}", indent=6, gap=0.4, size=9.2)
    return fl.sheets, fl.tags


def app_letter_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in English by a volunteer of a Brussels legal clinic (not accepted by DVZ): a plain
    letter in Carlito with a grey side bar at the left carrying the clinic's name, numbered headings, the signature
    at the end with no label."""
    lang = "en"

    def new_sheet(i):
        sh = Sheet()
        sh.rect(0, 0, 9, 297, width_mm=0, fill=(214, 214, 218))
        if i == 0:
            _T(sh, 20, 14, "Brussels Migrant Legal Clinic", font=CARL_B, size=12)
            _T(sh, 20, 19.5, "Rue de la Loi 1 – volunteer desk", font=CARL, size=9, color=GREY)
            return sh, 32
        return sh, 18

    fl = Flow(new_sheet, left=20, right=188, bottom=272, font=CARL, size=10.5)
    fl.line(_long(c.app_date, "en"), x=188, anchor="right")
    fl.lines(_DVZ["en"])
    fl.space(4)
    fl.para(f"Re: {_SUBJ['en']}", bold=True)
    fl.para(f"On behalf of {personal_prose(c, lang)}, we submit this application.", tag="personal")
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    fl.para("1. Residence", bold=True, gap=1)
    fl.para(res + (" " + dom if dom else ""), tag="residence")
    fl.para("2. Identity", bold=True, gap=1)
    fl.para(identity_paragraph(c, lang), tag="identity")
    fl.para("3. Medical situation", bold=True, gap=1)
    fl.para(medical_paragraph(c, lang), tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        fl.para("4. Treatment in the country of origin", bold=True, gap=1)
        fl.para(coi_paragraph(c, lang), tag="coi")
    fp = family_paragraph(c, lang)
    if fp:
        fl.para(fp, tag="family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        fl.para(" ".join(x for x in (ap, pp) if x), tag="parallel")
    fl.para(request_sentence(c, lang))
    fl.para("Yours faithfully,", gap=2)
    fl.ensure(28)
    fl.tag("signature")
    y0 = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(20, y0, 46, 14, rng, color=INK)
    fl.sheet.text(20, y0 + 16, glyphs(_lawyer_name(c, lang), CARL), font=CARL, size_pt=10)
    fl.y = y0 + 24
    if c.annexes:
        fl.para("Enclosures", bold=True, gap=1)
        for i, (_, d) in enumerate(c.annexes):
            fl.para(f"{i + 1}. {d}", indent=4, gap=0.3, size=9.5)
    return fl.sheets, fl.tags


def _form_rows(c: Case, lang: str) -> list[tuple[str, str, str]]:
    """(tag, label, value) rows of the application forms."""
    rows = [("personal", k, v) for k, v in labelled_values(c, lang)]
    L = LBL[lang]
    rows.append(("residence", L["res"], "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style)))
    rows.append(("residence", L["dom"], domicile_value(c, lang)))
    return rows


def app_form_nl(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Ghent social service's intake form for a 9ter application, filled in by hand by the social worker in a
    thick black pen: printed labels in Liberation Sans Narrow to the LEFT of long boxes, the surname also in comb
    boxes; page 2 holds the grounds in ruled lines (handwritten prose), the list of annexes with ticks and the
    signature box whose signature sits ABOVE the printed line 'handtekening aanvrager'."""
    lang = "nl"
    s1, s2 = Sheet(), Sheet()
    tags = {}
    for i, s in enumerate((s1, s2)):
        s.rect(15, 12, 180, 14, width_mm=0, fill=(40, 40, 40))
        _T(s, 19, 15, "SOCIALE DIENST – CEL MEDISCH VERBLIJF", font=NARROW_B, size=11, color=(255, 255, 255))
        _T(s, 191, 15, f"aanvraag 9ter – blad {i + 1}/2", font=NARROW, size=9, color=(255, 255, 255), anchor="right")
    _T(s1, 18, 32, "Aan de Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel – bij aangetekende zending",
       font=NARROW, size=9)
    _T(s1, 18, 40, _SUBJ[lang], font=NARROW_B, size=10)
    y = 52
    _T(s1, 18, y, "Naam (in hokjes)", font=NARROW, size=9)
    _boxes(s1, 70, y - 1.5, c.p.surname, rng, n=24, w=5, color=INK_K)
    y += 11
    tags["personal"] = 1
    for tag, lab, val in _form_rows(c, lang):
        if tag == "residence":
            tags.setdefault("residence", 1)
        lines = wrap(lab, 48, NARROW, 9)
        for k, ln in enumerate(lines):
            _T(s1, 18, y + k * 3.8, ln, font=NARROW, size=9)
        s1.rect(70, y - 1.5, 120, 9, width_mm=0.3)
        if val:
            _hand(s1, 72, y - 1.2, val, rng, size=12, color=INK_K, width=114)
        y += max(12, 4 * len(lines) + 5)
    _T(s1, 18, y + 2, "Gezinsleden die de aanvraag mee indienen:", font=NARROW, size=9)
    fm = ", ".join(f"{m.p.given_names} {m.p.surname} ({'kind' if m.rel == 'child' else 'echtgeno(o)t(e)'}, "
                   f"{fdate(m.p.birth_date, 'dots')})" for m in c.family) or "geen"
    s1.rect(70, y, 120, 16, width_mm=0.3)
    _hand_lines(s1, 72, y + 0.5, 116, fm, rng, size=11, color=INK_K, max_lines=2)
    if c.family:
        tags["family"] = 1
    y = 32
    _T(s2, 18, y, "Toelichting (medisch, identiteit, herkomstland, vorige procedures)", font=NARROW_B, size=10)
    y += 7
    text = " ".join(x for x in (identity_paragraph(c, lang), medical_paragraph(c, lang),
                                coi_paragraph(c, lang) if (c.coi_in_app and "no_coi" not in c.flags) else "",
                                family_paragraph(c, lang) or "", asylum_refused_paragraph(c, lang) or "",
                                parallel_paragraph(c, lang) or "") if x)
    tags["identity"] = tags["medical"] = 2
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 2
    for k in range(22):
        s2.rule(18, y + 5.6 + k * 6, 192, y + 5.6 + k * 6, width_mm=0.12, color=(150, 150, 150))
    _hand_lines(s2, 19, y, 172, text, rng, size=10.5, lh=6.0, color=INK_K, max_lines=22)
    y += 22 * 6 + 6
    _T(s2, 18, y, "Bijlagen", font=NARROW_B, size=10)
    y += 6
    tags["inventory"] = 2
    for i, (_, d) in enumerate(c.annexes):
        s2.checkbox(20, y, 3.5, True, rng=rng, color=INK_K)
        _T(s2, 26, y, f"{i + 1}. {d}", font=NARROW, size=9)
        y += 5
    y = max(y + 6, 242)
    tags["signature"] = 2
    _T(s2, 18, y, f"Gent, {fdate(c.app_date, 'dots')}", font=NARROW, size=9.5)
    if "unsigned" not in c.flags:
        s2.signature(110, y - 6, 50, 15, rng, color=INK_K)
    s2.rule(105, y + 11, 185, y + 11, width_mm=0.3)
    _T(s2, 105, y + 12.5, "handtekening aanvrager", font=NARROW, size=8.5)
    return [s1, s2], tags


def app_form_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Walloon CPAS's 'formulaire de demande 9ter' typed in Courier Prime on dotted lines after the labels, the
    sections lettered A to E in grey tabs at the LEFT margin; one page; the signature placed BELOW the label
    'Signature du demandeur' in a box at the foot, the social worker's name stamp beside it."""
    lang = "fr"
    sh = Sheet()
    tags = {"personal": 1, "residence": 1, "identity": 1, "medical": 1, "signature": 1, "inventory": 1}
    _T(sh, 20, 14, "CPAS – Service social – cellule séjour", font=CPRIME_B, size=11)
    _T(sh, 20, 19.5, "Formulaire de demande d'autorisation de séjour (art. 9ter)", font=CPRIME, size=10)
    _T(sh, 190, 14, "Par recommandé à l'Office des Étrangers", font=CPRIME, size=8.5, anchor="right")
    _T(sh, 190, 18.5, "Bd Pachéco 44, 1000 Bruxelles", font=CPRIME, size=8.5, anchor="right")
    y = 30

    def tab(letter, title):
        nonlocal y
        sh.rect(12, y - 1, 8, 7, width_mm=0, fill=(200, 200, 200))
        _T(sh, 16, y + 0.3, letter, font=CPRIME_B, size=10, anchor="center")
        _T(sh, 23, y + 0.3, title, font=CPRIME_B, size=10)
        y += 8

    def row(lab, val, size=9.2):
        nonlocal y
        _T(sh, 23, y, lab + " :", font=CPRIME, size=size)
        x0 = 23 + sh.text_width(lab + " : ", font=CPRIME, size_pt=size)
        sh.rule(x0, y + 3.8, 190, y + 3.8, width_mm=0.15, dash=0.6)
        if val:
            vv = glyphs(val, CPRIME_B)
            sh.text(x0 + 1, y, vv, font=CPRIME_B, size_pt=fit(vv, CPRIME_B, size, 189 - x0))
        y += 6.2

    tab("A", "IDENTITÉ DU DEMANDEUR")
    for tag, lab, val in _form_rows(c, lang):
        if tag == "residence" and lab == LBL[lang]["res"]:
            tab("B", "RÉSIDENCE ET DOMICILE ÉLU")
        row(lab, val)
    tab("C", "MOTIFS DE LA DEMANDE")
    text = " ".join(x for x in (identity_paragraph(c, lang), medical_paragraph(c, lang),
                                coi_paragraph(c, lang) if (c.coi_in_app and "no_coi" not in c.flags) else "",
                                family_paragraph(c, lang) or "", asylum_refused_paragraph(c, lang) or "",
                                parallel_paragraph(c, lang) or "") if x)
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 1
    if c.family:
        tags["family"] = 1
    for ln in wrap(glyphs(text, CPRIME), 166, CPRIME, 8.4)[:21]:
        sh.text(23, y, ln, font=CPRIME, size_pt=8.4)
        y += 3.7
    y += 2
    tab("D", "PIÈCES JOINTES")
    for i, (_, d) in enumerate(c.annexes):
        _T(sh, 25, y, f"[x] {i + 1}. {d}", font=CPRIME, size=8.2)
        y += 3.8
    y = max(y + 3, 250)
    tab("E", "SIGNATURE")
    _T(sh, 23, y, f"Fait à {c.addr.city}, le {fdate(c.app_date, 'slashes')}", font=CPRIME, size=9)
    sh.rect(110, y - 2, 78, 30, width_mm=0.3)
    _T(sh, 112, y - 0.5, "Signature du demandeur", font=CPRIME, size=8.5)
    if "unsigned" not in c.flags:
        sh.signature(118, y + 5, 50, 14, rng, color=INK)
    sh.stamp(30, y + 6, ["CPAS – SERVICE SOCIAL", "ass. soc. " + rng.choice(["M. Dubois", "L. Renard", "S. Henry"])],
             rng, shape="rect", size_mm=44, color=ST_VIOLET, angle=rng.uniform(-4, 4))
    return [sh], tags


_reg("be9ter-app-nl-lawyer-prose-briefhoofd-rechtsboven-genummerde-alineas-bijlagentabel-38", "application", PART,
     "nl", app_letter_nl, "Flemish lawyer's letter: letterhead block top right, numbered paragraphs without "
     "headings, table of annexes, signature at the end without a label")
_reg("be9ter-app-fr-lawyer-prose-en-fait-en-droit-handtekening-naast-label-38", "application", PART, "fr",
     app_letter_fr, "avocat's requête under centred headings EN FAIT / EN DROIT / PAR CES MOTIFS, signature beside "
     "the label")
_reg("be9ter-app-en-clinic-prose-grijze-zijbalk-38", "application", PART, "en", app_letter_en,
     "application written in English by a legal clinic (not accepted)")
_reg("be9ter-app-nl-form-intake-balpen-hokjes-handtekening-boven-lijn-38", "application", PART, "nl", app_form_nl,
     "social service's intake form filled in by hand in black pen, two pages, signature above the line")
_reg("be9ter-app-fr-form-cpas-courier-stippellijnen-tabs-a-e-38", "application", PART, "fr", app_form_fr,
     "CPAS form typed in Courier Prime on dotted lines, lettered grey tabs, signature below the label in a box")


# =========================================================================== standard medical certificates


def _stamp_lines(c: Case, lang: str, riziv: bool) -> list[str]:
    d = c.doctor
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    out = [d.name("initial"), sp.capitalize() if sp else ""]
    if riziv:
        out.append(("INAMI " if lang == "fr" else "RIZIV ") + d.riziv)
    out.append(f"{d.pc} {d.city}")
    return [x for x in out if x]


def _cdate(c: Case) -> str:
    return fdate(c.cert_date, c.cert_date_style, c.cert_lang if c.cert_lang in ("nl", "fr", "de", "en") else "nl")


def medcert_2024_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model printed from a GP's practice software: numbered sections as white-on-dark-grey bars across
    the page, answers typed in Carlito in light boxes beneath each question, the severity options as a row of
    squares with an X; two pages, a footer 'pagina i/2'; the doctor's stamp with the RIZIV number ABOVE the
    signature line, the signature on the line."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    s1, s2 = Sheet(), Sheet()
    for i, s in enumerate((s1, s2)):
        _T(s, 105, 285, M["page"].format(i=i + 1, n=2), font=CARL, size=8, anchor="center", color=GREY)
    _T(s1, 105, 14, M["title"], font=CARL_B, size=14, anchor="center")
    y = _P(s1, 25, 21, 160, M["law"], font=CARL_I, size=8.5, lead=1.3)
    _T(s1, 105, y + 1, M["model"], font=CARL, size=8, anchor="center", color=GREY)
    y += 8
    state = {"s": s1, "y": y}

    def bar(title):
        s = state["s"]
        s.rect(18, state["y"], 174, 6.5, width_mm=0, fill=(70, 70, 76))
        _T(s, 20, state["y"] + 1.2, title, font=CARL_B, size=9.5, color=(255, 255, 255))
        state["y"] += 8.5

    def box(label, value, h=None, tag=None):
        s = state["s"]
        if tag:
            tags.setdefault(tag, 1 if s is s1 else 2)
        if label:
            _T(s, 20, state["y"], label, font=CARL, size=8.5, color=GREY)
            state["y"] += 4
        lines = wrap(glyphs(value, CARL), 168, CARL, 9.5) if value else []
        hh = h or max(7, 2.5 + 4.2 * len(lines))
        s.rect(20, state["y"], 170, hh, width_mm=0.15, color=(170, 170, 170), fill=(247, 247, 247))
        yy = state["y"] + 1.4
        for ln in lines:
            s.text(22, yy, ln, font=CARL, size_pt=9.5)
            yy += 4.2
        state["y"] += hh + 2.5

    bar(M["s1"])
    nop = "mc_no_patient" in F
    box(f"{M['name']} / {M['first']}", "" if nop else f"{c.p.surname.upper()} {c.p.given_names}", tag="patient")
    box(f"{M['bd']} / {M['nat']}", f"{fdate(c.p.birth_date, 'dots')} / "
                                    f"{COUNTRIES[c.p.nationality]['adj_' + lang] if lang != 'en' else COUNTRIES[c.p.nationality]['adj_en']}")
    bar(M["s2"])
    box(M["dname"], d.name())
    tags["doctor"] = 1
    box(M["riziv"], "" if "mc_no_riziv" in F else d.riziv)
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    box(f"{M['spec']} / {M['daddr']}", f"{sp} – {d.inst}, {d.street}, {d.pc} {d.city}")
    bar(M["s3"])
    box("", fdate(c.medstat_date - timedelta(days=200), "slashes"))
    bar(M["s4"])
    box("", t["history"])
    bar(M["s5"])
    box("", "" if "mc_no_illness" in F else f"{t['name']} (ICD-10 {il['icd']})", h=12, tag="illness")
    bar(M["s6"])
    tags["severity"] = 1
    s = state["s"]
    sev = -1 if "mc_no_severity" in F else (3 if "zeer" in t["severity"].lower() or "très" in t["severity"].lower()
                                            else 2)
    x = 22
    for k, o in enumerate(M["sevopts"]):
        s.rect(x, state["y"], 4, 4, width_mm=0.3)
        if k == sev:
            _T(s, x + 0.6, state["y"] - 0.4, "X", font=CARL_B, size=10)
        _T(s, x + 6, state["y"] + 0.1, o, font=CARL, size=9.5)
        x += 40
    state["y"] += 7
    box(M["s6b"], "" if "mc_no_severity" in F else t["severity"])
    state["s"], state["y"] = s2, 18
    bar(M["s7"])
    tags["treatment"] = 2
    not_ = "mc_no_treatment" in F
    box(M["s7a"], "" if not_ else "; ".join(t["meds"]))
    box(M["s7b"], "" if not_ else t["intervention"])
    box(M["s7c"], "" if not_ else t["duration"])
    bar(M["s8"])
    box("", t["consequences"])
    bar(M["s9"])
    box("", t["prognosis"])
    bar(M["s10"])
    box("", t["needs"])
    bar(M["s11"])
    box("", t["travel"])
    bar(M["s12"])
    box("", "—")
    y = state["y"] + 4
    tags["signature"] = 2
    _T(s2, 20, y, f"{M['date']}: {_cdate(c)}", font=CARL, size=10)
    s2.stamp(110, y - 2, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=46, color=ST_BLUE,
             angle=rng.uniform(-3, 3))
    if "mc_unsigned" not in F:
        s2.signature(115, y + 20, 48, 13, rng, color=INK)
    s2.rule(110, y + 34, 185, y + 34, width_mm=0.3)
    _T(s2, 110, y + 35.5, M["sign"], font=CARL, size=8.5)
    return [s1, s2], tags


def medcert_2024_hand(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 2024 model as DVZ's blank PDF printed on paper and filled in by hand with a chancery-like fountain pen:
    thin ruled frames per section, labels in C059, handwritten answers on the ruled lines, the chosen severity
    circled by hand; two pages; the signature at the foot of page 2 BESIDE the label, the round stamp half over the
    date line; the copy on grey recycled paper."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    s1, s2 = Sheet(), Sheet()
    pen_font = CHANCERY if rng.random() < 0.5 else PEN
    ink = rng.choice([INK, (16, 16, 60)])
    _T(s1, 105, 14, M["title"], font=CENT_B, size=13, anchor="center")
    y = _P(s1, 22, 21, 166, M["law"], font=CENT, size=8.2, lead=1.3)
    _T(s1, 105, y + 1, M["model"], font=CENT_I, size=8, anchor="center")
    st = {"s": s1, "y": y + 8}

    def sec(title, answer, n_lines=2, tag=None):
        s = st["s"]
        if tag:
            tags.setdefault(tag, 1 if s is s1 else 2)
        h = 7 + n_lines * 7
        s.rect(18, st["y"], 174, h, width_mm=0.25)
        _T(s, 20, st["y"] + 1.2, title, font=CENT_B, size=9)
        for k in range(n_lines):
            s.rule(22, st["y"] + 12.5 + k * 7, 188, st["y"] + 12.5 + k * 7, width_mm=0.1, color=(150, 150, 150))
        if answer:
            _hand_lines(s, 23, st["y"] + 5.8, 164, answer, rng, size=11.5, lh=7, font=pen_font, color=ink,
                        max_lines=n_lines)
        st["y"] += h + 2

    nop = "mc_no_patient" in F
    sec(f"{M['s1']} – {M['name']}, {M['first']}", "" if nop else f"{c.p.surname.upper()} {c.p.given_names}", 1,
        tag="patient")
    sec(f"{M['bd']} – {M['nat']}", f"{fdate(c.p.birth_date, 'slashes')} – {cname(c.p.nationality, lang)}", 1)
    sec(f"{M['s2']} – {M['dname']}, {M['riziv']}",
        d.name() + ("" if "mc_no_riziv" in F else f" – {d.riziv}"), 1, tag="doctor")
    sec(M["daddr"], f"{d.inst}, {d.street}, {d.pc} {d.city}", 1)
    sec(M["s4"], t["history"], 3)
    sec(M["s5"], "" if "mc_no_illness" in F else f"{t['name']} – {il['icd']}", 2, tag="illness")
    s = st["s"]
    tags["severity"] = 1
    _T(s, 20, st["y"], M["s6"], font=CENT_B, size=9)
    x = 24
    sev = -1 if "mc_no_severity" in F else 2
    for k, o in enumerate(M["sevopts"]):
        _T(s, x, st["y"] + 6, o, font=CENT, size=9.5)
        if k == sev:
            w = s.text_width(o, font=CENT, size_pt=9.5)
            s.rect(x - 2, st["y"] + 4.6, w + 4, 6.5, width_mm=0.45, color=ink)
        x += 40
    st["y"] += 14
    sec(M["s6b"], "" if "mc_no_severity" in F else t["severity"], 2)
    st["s"], st["y"] = s2, 16
    not_ = "mc_no_treatment" in F
    sec(f"{M['s7']} – {M['s7a']}", "" if not_ else "; ".join(t["meds"]), 3, tag="treatment")
    sec(M["s7b"], "" if not_ else t["intervention"], 2)
    sec(M["s7c"], "" if not_ else t["duration"], 1)
    sec(M["s8"], t["consequences"], 2)
    sec(M["s9"], t["prognosis"], 2)
    sec(M["s10"], t["needs"], 2)
    sec(M["s11"], t["travel"], 1)
    y = st["y"] + 6
    tags["signature"] = 2
    _T(s2, 20, y, M["date"] + " :", font=CENT, size=10)
    _hand(s2, 40, y - 1.5, _cdate(c), rng, size=12.5, color=ink, font=pen_font)
    _T(s2, 20, y + 14, M["sign"] + " :", font=CENT, size=10)
    if "mc_unsigned" not in F:
        s2.signature(24 + s2.text_width(M["sign"] + " :", font=CENT, size_pt=10), y + 8, 46, 14, rng, color=ink)
    s2.stamp(60, y - 8, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="round", size_mm=34,
             color=ST_BLUE, angle=rng.uniform(-20, 20))
    for i, s in enumerate((s1, s2)):
        _T(s, 190, 287, f"{i + 1}/2", font=CENT, size=8, anchor="right", color=GREY)
    return [sheet_of(grey_paper(s1.render(200), rng)), sheet_of(grey_paper(s2.render(200), rng))], tags


def medcert_old(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A/ to G/) retyped by a hospital secretary in Nimbus Mono: each rubric's printed question
    in bold across the full width with the typed answer indented under it; the patient block as a three-line
    header; on one or two pages; the signature at the very end ABOVE the label line, the department's rectangular
    stamp with the RIZIV/INAMI number to the left of it."""
    M = MC_OLD[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            _T(sh, 20, 12, d.inst, font=NMONO_B, size=9)
            _T(sh, 20, 16.5, d.dept or "", font=NMONO, size=8.5, color=GREY)
            _T(sh, 105, 26, M["title"], font=NMONO_B, size=13, anchor="center")
            _T(sh, 105, 32, M["sub"], font=NMONO, size=9, anchor="center")
            _T(sh, 105, 36.5, M["law"], font=NMONO, size=8.5, anchor="center")
            return sh, 46
        return sh, 18

    fl = Flow(new_sheet, left=20, right=190, bottom=274, font=NMONO, size=9, leading=1.3)
    fl.tag("patient")
    nop = "mc_no_patient" in F
    fl.line(f"{M['pat']}: {'' if nop else c.p.surname.upper() + ' ' + c.p.given_names}", font=NMONO_B)
    fl.line(f"{M['bd']}: {fdate(c.p.birth_date, 'dots')}    {M['nat']}: {cname(c.p.nationality, lang)}")
    fl.space(3)
    fl.para(M["A"], bold=True, gap=1, font=NMONO_B)
    fl.para(t["history"], indent=6)
    fl.para(M["B"], bold=True, gap=1, font=NMONO_B, size=8.6)
    fl.para(M["Bn"], gap=1, size=8, italic=False)
    fl.tag("illness")
    fl.para(f"{M['diag']} {'' if 'mc_no_illness' in F else t['name'] + ' (ICD-10 ' + il['icd'] + ')'}", indent=6)
    fl.tag("severity")
    fl.para(f"{M['sev']} {'' if 'mc_no_severity' in F else t['severity']}", indent=6)
    fl.para(M["C"], bold=True, gap=1, font=NMONO_B)
    fl.tag("treatment")
    no_t = "mc_no_treatment" in F
    fl.para(f"{M['med']} {'' if no_t else '; '.join(t['meds'])}", indent=6)
    fl.para(f"{M['interv']} {'' if no_t else t['intervention']}", indent=6)
    fl.para(f"{M['dur']} {'' if no_t else t['duration']}", indent=6)
    fl.para(M["D"], bold=True, gap=1, font=NMONO_B)
    fl.para(t["consequences"], indent=6)
    fl.para(M["E"], bold=True, gap=1, font=NMONO_B)
    fl.para(t["prognosis"], indent=6)
    fl.para(M["F"], bold=True, gap=1, font=NMONO_B, size=8.6)
    fl.para(t["needs"], indent=6)
    fl.para(M["G"], bold=True, gap=1, font=NMONO_B, size=8.6)
    fl.para(t["travel"], indent=6)
    fl.space(3)
    fl.ensure(48)
    fl.tag("doctor")
    fl.tag("signature")
    y = fl.y
    sp = SPECIALTY[d.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    fl.sheet.text(20, y, f"{M['date']} {_cdate(c)}", font=NMONO, size_pt=9.5)
    fl.sheet.text(20, y + 5, f"{M['spec']} {sp}", font=NMONO, size_pt=9)
    if "mc_no_riziv" not in F:
        fl.sheet.text(20, y + 10, f"{M['riziv']} {d.riziv}", font=NMONO, size_pt=9)
    fl.sheet.stamp(22, y + 16, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect2", size_mm=44,
                   color=ST_VIOLET, angle=rng.uniform(-4, 4))
    if "mc_unsigned" not in F:
        fl.sheet.signature(116, y + 14, 48, 14, rng, color=INK)
    fl.sheet.rule(110, y + 30, 188, y + 30, width_mm=0.25)
    fl.sheet.text(110, y + 31.5, glyphs(M["sign"], NMONO), font=NMONO, size_pt=8)
    fl.sheet.text(110, y + 36, glyphs(d.name(), NMONO), font=NMONO_B, size_pt=9)
    return fl.sheets, fl.tags


for _lg in ("nl", "fr", "en"):
    _reg(f"be9ter-medcert-2024-{_lg}-praktijksoftware-donkergrijze-balken-kaders-stempel-boven-lijn-38",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_2024_typed(c, r, lang=_l)),
         "2024 model printed from practice software, dark grey section bars, light answer boxes"
         + (" (in English: not accepted)" if _lg == "en" else ""))
_reg("be9ter-medcert-2024-fr-vulpen-gelinieerd-omcirkeld-grijs-papier-38", "medical-certificate", PART, "fr",
     lambda c, r: medcert_2024_hand(c, r, lang="fr"), "2024 model filled in by hand with a fountain pen on ruled "
     "lines, severity circled, grey recycled paper")
_reg("be9ter-medcert-2024-nl-vulpen-gelinieerd-omcirkeld-grijs-papier-38", "medical-certificate", PART, "nl",
     lambda c, r: medcert_2024_hand(c, r, lang="nl"), "2024 model filled in by hand, Dutch")
_reg("be9ter-medcert-old-fr-ziekenhuissecretariaat-mono-rubrieken-38", "medical-certificate", PART, "fr",
     lambda c, r: medcert_old(c, r, lang="fr"), "previous model retyped in Nimbus Mono, rubric questions in bold")
_reg("be9ter-medcert-old-nl-ziekenhuissecretariaat-mono-rubrieken-38", "medical-certificate", PART, "nl",
     lambda c, r: medcert_old(c, r, lang="nl"), "previous model retyped in Nimbus Mono, Dutch")


# =========================================================================== medical statements


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A hospital specialist's letter to the GP in prose: the hospital's name in a coloured vertical strip at the
    LEFT with the department and phone numbers, the patient line 'Betreft / Concerne' boxed at the top right;
    diagnosis, course and treatment in running prose; the signature at the end ABOVE the typed name."""
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    sh.rect(0, 0, 42, 297, width_mm=0, fill=(226, 236, 244))
    y = 20
    for ln in wrap(d.inst, 34, NIMS_B, 9):
        _T(sh, 5, y, ln, font=NIMS_B, size=9, color=(20, 60, 100))
        y += 4.4
    for ln in wrap(d.dept or SPECIALTY[d.spec].get(lang, ""), 34, NIMS, 8):
        _T(sh, 5, y + 2, ln, font=NIMS, size=8, color=(20, 60, 100))
        y += 4
    _T(sh, 5, y + 8, f"{d.street}", font=NIMS, size=7.5, color=GREY)
    _T(sh, 5, y + 12, f"{d.pc} {d.city}", font=NIMS, size=7.5, color=GREY)
    _T(sh, 5, y + 16, f"T {d.tel}", font=NIMS, size=7.5, color=GREY)
    sh.rect(118, 18, 74, 22, width_mm=0.3)
    lab = {"nl": "Betreft", "fr": "Concerne"}[lang]
    _T(sh, 120, 20, lab, font=NIMS, size=8, color=GREY)
    _T(sh, 120, 25, glyphs(f"{c.p.surname.upper()} {c.p.given_names}", NIMS_B), font=NIMS_B, size=10)
    _T(sh, 120, 30.5, fdate(c.p.birth_date, "dots"), font=NIMS, size=9.5)
    dd = c.medstat_date
    _T(sh, 50, 50, f"{d.city}, {_long(dd, lang)}", font=NIMS, size=10)
    if lang == "nl":
        body = (f"Geachte collega,\n\nIk zag {'mevrouw' if c.fem else 'de heer'} {c.p.surname} opnieuw op mijn "
                f"raadpleging. Diagnose: {t['name']} (ICD-10 {il['icd']}). {t['history']} {t['severity']}\n\n"
                f"Behandeling: {'; '.join(t['meds'])}. {t['intervention']} Duur: {t['duration']}\n\n"
                f"Bij stopzetting: {t['consequences']} Prognose: {t['prognosis']}\n\nMet collegiale groeten,")
    else:
        body = (f"Cher confrère,\n\nJ'ai revu {'Madame' if c.fem else 'Monsieur'} {c.p.surname} en consultation. "
                f"Diagnostic : {t['name']} (CIM-10 {il['icd']}). {t['history']} {t['severity']}\n\n"
                f"Traitement : {'; '.join(t['meds'])}. {t['intervention']} Durée : {t['duration']}\n\n"
                f"En cas d'arrêt : {t['consequences']} Pronostic : {t['prognosis']}\n\nBien confraternellement,")
    y = 62
    for para in body.split("\n"):
        if not para:
            y += 2
            continue
        y = _P(sh, 50, y, 140, para, font=NIMS, size=10, lead=1.45)
    sh.signature(52, y + 4, 44, 13, rng, color=INK)
    _T(sh, 50, y + 20, d.name(), font=NIMS_B, size=10)
    _T(sh, 50, y + 25, SPECIALTY[d.spec].get(lang, ""), font=NIMS, size=9)
    return [sh], {}


def medstat_consult(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A consultation report printed from the hospital's record system: a dark header bar with the report type, a
    grid of patient and encounter data in condensed type, the findings under bold small headings, the 'validated
    electronically' line at the foot instead of a signature."""
    d = c.specialist if "medcert_absent" not in c.flags else c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    sh = Sheet()
    sh.rect(15, 12, 180, 10, width_mm=0, fill=(36, 52, 70))
    title = {"nl": "RAADPLEGINGSVERSLAG", "fr": "RAPPORT DE CONSULTATION"}[lang]
    _T(sh, 18, 14.5, title, font=COND_B, size=11, color=(255, 255, 255))
    _T(sh, 192, 14.5, d.inst[:48], font=COND, size=8.5, color=(255, 255, 255), anchor="right")
    L = {"nl": ["Patiënt", "Geboortedatum", "Datum raadpleging", "Arts", "Dienst", "Diagnose", "Anamnese",
                "Ernst", "Behandeling", "Verwachte duur", "Besluit"],
         "fr": ["Patient", "Date de naissance", "Date de consultation", "Médecin", "Service", "Diagnostic",
                "Anamnèse", "Gravité", "Traitement", "Durée prévue", "Conclusion"]}[lang]
    grid = [(L[0], f"{c.p.surname.upper()} {c.p.given_names}"), (L[1], fdate(c.p.birth_date, "dots")),
            (L[2], fdate(c.medstat_date, "dots")), (L[3], d.name()), (L[4], d.dept or SPECIALTY[d.spec].get(lang, ""))]
    y = 28
    for i, (a, b) in enumerate(grid):
        x = 15 + (i % 2) * 90
        if i % 2 == 0 and i:
            y += 9
        sh.rect(x, y, 90, 9, width_mm=0.2, color=(160, 160, 160))
        _T(sh, x + 2, y + 0.8, a, font=COND, size=7, color=GREY)
        _T(sh, x + 2, y + 4, glyphs(b, COND_B)[:60], font=COND_B, size=8.5)
    y += 16
    for h, v in ((L[5], f"{t['name']} (ICD-10 {il['icd']})"), (L[6], t["history"]), (L[7], t["severity"]),
                 (L[8], "; ".join(t["meds"]) + ". " + t["intervention"]), (L[9], t["duration"]),
                 (L[10], t["prognosis"] + " " + t["needs"])):
        _T(sh, 15, y, h, font=COND_B, size=9.5)
        y = _P(sh, 15, y + 5, 178, v, font=COND, size=9.5, lead=1.4) + 3
    _T(sh, 15, 280, {"nl": f"Elektronisch gevalideerd door {d.name()} op {fdate(c.medstat_date, 'dots')}",
                     "fr": f"Validé électroniquement par {d.name()} le {fdate(c.medstat_date, 'dots')}"}[lang],
       font=COND, size=8, color=GREY)
    return [sh], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-brief-gekleurde-strook-links-betreft-kader-38", "medical-statement", PART,
         _lg, (lambda c, r, _l=_lg: medstat_specialist(c, r, lang=_l)),
         "specialist's letter to the GP, hospital strip at the left, patient box top right")
    _reg(f"be9ter-medstat-consult-{_lg}-epd-donkere-kopbalk-raster-elektronisch-38", "medical-statement", PART, _lg,
         (lambda c, r, _l=_lg: medstat_consult(c, r, lang=_l)),
         "consultation report from the record system, dark header, data grid, validated electronically")


# =========================================================================== country-of-origin information


def coi_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An NGO's country briefing in English printed from its website: a masthead line, a two-column body with the
    questions (availability / accessibility / cost) as run-in bold leads, and numbered source notes at the foot."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    _T(sh, 18, 14, "HealthAccess Watch – country briefing", font=CENT_B, size=12)
    _T(sh, 192, 14, f"updated {d_en(SUB - timedelta(days=rng.randint(40, 200)))}", font=CENT_I, size=8.5,
       anchor="right", color=GREY)
    sh.rule(18, 20, 192, 20, width_mm=0.5)
    _T(sh, 18, 26, f"{C['en']}: {il['drug'].split('(')[0].strip()} and specialist follow-up", font=CENT_B, size=11)
    paras = [f"Availability. In {C['en']}, the referral hospital is {C['hospital']}. The medicine "
             f"{il['drug']} is not on the national essential medicines list and is imported irregularly by private "
             f"pharmacies [1].",
             f"Accessibility. {C['insurance_en']} [2]",
             f"Cost. A month of treatment costs about {il['cost']}, against a minimum monthly wage of about "
             f"{C['wage']} [3].",
             "Stock-outs. Field interviews report repeated interruptions of supply in public facilities during the "
             "last two years, patients being referred to private clinics in the capital [1]."]
    col, y = 0, 34
    for p in paras:
        lead, rest = p.split(".", 1)
        lines = wrap(glyphs(p, CENT), 80, CENT, 9.5)
        if y + len(lines) * 4.6 > 250 and col == 0:
            col, y = 1, 34
        x = 18 + col * 92
        for k, ln in enumerate(lines):
            sh.text(x, y, ln, font=CENT_B if (k == 0 and ln.startswith(lead)) and False else CENT, size_pt=9.5)
            y += 4.6
        y += 3
    y = 262
    sh.rule(18, y - 3, 100, y - 3, width_mm=0.2)
    for i, s in enumerate(["WHO country office, essential medicines report.", "Ministry of Health, health "
                           "financing review.", "ILO minimum wage database."]):
        _T(sh, 18, y + i * 4.2, f"[{i + 1}] {s}", font=CENT, size=8, color=GREY)
    return [sh], {"coi": 1}


def coi_memo(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A lawyer's memo on the availability of care, in French or Dutch, typed in Bookman as short numbered
    findings each followed by its source in italics, with a conclusion in a framed box at the end."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    lang = c.lang if c.lang in ("nl", "fr") else "fr"
    sh = Sheet()
    title = {"fr": f"Note – disponibilité et accessibilité des soins ({C['fr']})",
             "nl": f"Nota – beschikbaarheid en toegankelijkheid van de zorg ({C['nl']})"}[lang]
    _T(sh, 20, 18, title, font=BOOK_B, size=11.5)
    sh.rule(20, 24, 190, 24, width_mm=0.3)
    items = {"fr": [(f"Le médicament {il['drug']} n'est pas disponible de manière continue {_fr_in(o)}.",
                     "Rapport d'une ONG médicale, 2025"),
                    (C["insurance_fr"], "Ministère de la Santé, revue du financement, 2024"),
                    (f"Coût mensuel estimé : {il['cost']} ; salaire minimum : {C['wage']}.", "OIT, 2025")],
             "nl": [(f"Het geneesmiddel {il['drug']} is in {C['nl']} niet ononderbroken beschikbaar.",
                     "Rapport van een medische ngo, 2025"),
                    (C["insurance_nl"], "Ministerie van Volksgezondheid, 2024"),
                    (f"Geschatte maandkost: {il['cost']}; minimumloon: {C['wage']}.", "IAO, 2025")]}[lang]
    y = 32
    for i, (txt, src) in enumerate(items):
        _T(sh, 20, y, f"{i + 1}.", font=BOOK_B, size=10)
        y = _P(sh, 28, y, 160, txt, font=BOOK, size=10, lead=1.45)
        _T(sh, 28, y, src, font=BOOK_I, size=8.5, color=GREY)
        y += 8
    concl = {"fr": "Conclusion : le traitement nécessaire n'est ni disponible ni accessible dans le pays d'origine.",
             "nl": "Besluit: de noodzakelijke behandeling is in het herkomstland niet beschikbaar en niet "
                   "toegankelijk."}[lang]
    lines = wrap(glyphs(concl, BOOK_B), 160, BOOK_B, 10)
    sh.rect(20, y, 170, len(lines) * 5 + 6, width_mm=0.5)
    _P(sh, 24, y + 3, 162, concl, font=BOOK_B, size=10)
    return [sh], {"coi": 1}


def _fr_in(o: str) -> str:
    from .be9ter import FR_IN
    return FR_IN.get(o, "en " + cname(o, "fr"))


_reg("be9ter-coi-en-ngo-briefing-twee-kolommen-bronnoten-38", "country-of-origin-info", PART, "en", coi_en,
     "NGO country briefing in English, two columns, numbered source notes")
_reg("be9ter-coi-memo-genummerde-bevindingen-bron-cursief-kaderbesluit-38", "country-of-origin-info", PART, "fr",
     coi_memo, "lawyer's memo with numbered findings, sources in italics, framed conclusion")


# =========================================================================== asylum proof


def annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """Annex 26 as the applicant keeps it: the A5-sized certificate copied in the upper half of an A4 sheet, the
    photo at the upper LEFT with the dry-seal circle over it, the data in a ruled table, two extension stamps in
    the lower half of the copy, the sheet folded in two (a shadow across the middle)."""
    a = c.asylum or {}
    nl = lang == "nl"
    card = Sheet(148, 120)
    card.rect(0, 0, 148, 120, width_mm=0.4)
    _T(card, 4, 4, "KONINKRIJK BELGIË – Dienst Vreemdelingenzaken" if nl else "ROYAUME DE BELGIQUE – Office des "
       "Étrangers", font=NIMS_B, size=8)
    _T(card, 144, 4, "BIJLAGE 26" if nl else "ANNEXE 26", font=NIMS_B, size=10, anchor="right")
    _P(card, 4, 10, 140, ("Attest van indiening van een verzoek om internationale bescherming" if nl else
                          "Attestation d'introduction d'une demande de protection internationale"), font=NIMS_B,
       size=9)
    card.photo(4, 22, 26, 33, rng)
    card.stamp(12, 40, ["DVZ", "OE"], rng, shape="round", size_mm=18, color=(150, 150, 160))
    ov = c.ov or "".join(str(rng.randint(0, 9)) for _ in range(7))
    lodged = a.get("lodged") or (SUB - timedelta(days=200))
    rows = ([("O.V.", ov), ("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
             ("Geboren", f"{c.p.birth_place}, {fdate(c.p.birth_date, 'dots')}"),
             ("Nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]), ("Verzoek ingediend op", fdate(lodged, "dots"))]
            if nl else
            [("S.P.", ov), ("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
             ("Né(e)", f"{c.p.birth_place}, {fdate(c.p.birth_date, 'slashes')}"),
             ("Nationalité", COUNTRIES[c.p.nationality]["adj_fr"]), ("Demande introduite le",
                                                                     fdate(lodged, "slashes"))])
    y = 23
    for k, v in rows:
        card.rule(34, y + 5, 144, y + 5, width_mm=0.15)
        _T(card, 34, y, k, font=NIMS, size=7.5, color=GREY)
        vv = glyphs(v, NIMS_B)
        card.text(72, y, vv, font=NIMS_B, size_pt=fit(vv, NIMS_B, 9, 70))
        y += 6
    _T(card, 4, 66, ("Verlengd tot:" if nl else "Prorogé jusqu'au :"), font=NIMS, size=8)
    for k in range(2):
        ext = SUB + timedelta(days=rng.randint(20, 80)) - timedelta(days=k * 90)
        card.stamp(8 + k * 60, 72, [("VERLENGD" if nl else "PROROGÉ"), fdate(ext, "dots")], rng, shape="rect",
                   size_mm=38, color=ST_BLUE if k else ST_VIOLET, angle=rng.uniform(-8, 8))
    sh = Sheet()
    paste(sh, card, 31, 16, dpi=240)
    return [sheet_of(fold_band(sh.render(200), y=0.5))], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-annex26-{_lg}-a5-bovenhelft-foto-links-verlengingsstempels-gevouwen-38", "asylum-proof",
         PART, _lg, (lambda c, r, _l=_lg: annex26(c, r, lang=_l)),
         "annex 26 copied in the upper half of A4, photo left, extension stamps, folded in two")


# =========================================================================== registered-mail receipts


def rm_counter(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's 'bewijs van afgifte / preuve de dépôt' counter slip (pre-printed pink form) filled in by the sender
    in block capitals in boxes, the barcode sticker stuck across the top right, the post office's round date
    stamp over the sender's box; the slip photographed on a wooden desk (a brown surround)."""
    slip = Sheet(150, 100)
    slip.rect(0, 0, 150, 100, width_mm=0, fill=(250, 232, 236))
    _T(slip, 4, 3, "bpost", font=NIMS_B, size=12, color=(200, 30, 40))
    _T(slip, 4, 9, "Aangetekende zending – bewijs van afgifte / Envoi recommandé – preuve de dépôt", font=NARROW,
       size=7)
    slip.rect(88, 2, 58, 20, width_mm=0, fill=(255, 255, 255))
    bars(slip, 91, 4, 52, 9, c.rm_track)
    _T(slip, 117, 15, track_spaced(c.rm_track), font="ocrb", size=7.5, anchor="center")
    _T(slip, 4, 26, "Geadresseerde / Destinataire", font=NARROW_B, size=7.5)
    y = 31
    for ln in c.rm_to[:3]:
        _boxes(slip, 4, y, ln, rng, n=26, w=4.2, h=5.6, color=INK_K)
        y += 7
    _T(slip, 4, 54, "Afzender / Expéditeur", font=NARROW_B, size=7.5)
    y = 59
    for ln in _sender_lines(c)[:3]:
        _hand(slip, 6, y, ln, rng, size=10, color=INK_K, font=BLOCK)
        y += 6
    slip.stamp(90, 56, [_post_office(c).upper(), fdate(c.rm_date, "dots"), "BPOST"], rng, shape="round",
               size_mm=32, color=(40, 40, 44), angle=rng.uniform(-20, 20))
    sh = Sheet(paper="white")
    sh.rect(0, 0, 210, 297, width_mm=0, fill=(150, 112, 78))
    for k in range(14):
        sh.rule(0, 10 + k * 21 + rng.uniform(-3, 3), 210, 12 + k * 21, width_mm=0.6, color=(132, 96, 66))
    paste(sh, slip, 20, 80, k=1.13, dpi=240, angle=rng.uniform(-4, 4), bg=(150, 112, 78))
    return [sh], {}


def rm_tracking_print(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The bpost 'track & trace' web page printed to A4 from a browser: URL and date in the page's header and
    footer, the item number large, the addressee block, and a timeline of events (deposited at the counter, in
    transit, delivered) with dots at the left."""
    sh = Sheet()
    _T(sh, 10, 6, f"{fdate(c.rm_date + timedelta(days=1), 'slashes')} 09:{rng.randint(10, 59)}", font=NIMS,
       size=7.5, color=GREY)
    _T(sh, 105, 6, "Track & Trace | bpost", font=NIMS, size=7.5, anchor="center", color=GREY)
    _T(sh, 200, 290, "1/1", font=NIMS, size=7.5, anchor="right", color=GREY)
    _T(sh, 10, 290, f"https://track.bpost.cloud/btr/web/#/search?itemCode={c.rm_track}&lang=nl", font=NIMS,
       size=7.5, color=GREY)
    sh.rect(15, 14, 180, 14, width_mm=0, fill=(200, 30, 40))
    _T(sh, 20, 17.5, "bpost", font=NIMS_B, size=16, color=(255, 255, 255))
    _T(sh, 20, 38, "Aangetekende zending", font=NIMS, size=10, color=GREY)
    _T(sh, 20, 44, track_spaced(c.rm_track), font=NIMS_B, size=18)
    _T(sh, 20, 60, "Bestemmeling", font=NIMS_B, size=10)
    y = 66
    for ln in c.rm_to:
        _T(sh, 20, y, ln, font=NIMS, size=10)
        y += 5
    _T(sh, 110, 60, "Afzender", font=NIMS_B, size=10)
    y2 = 66
    for ln in _sender_lines(c):
        _T(sh, 110, y2, ln, font=NIMS, size=10)
        y2 += 5
    y = max(y, y2) + 10
    ev = [(c.rm_date, "Afgegeven aan het loket", _post_office(c)),
          (c.rm_date + timedelta(days=1), "In sorteercentrum", "Brussel X"),
          (c.rm_date + timedelta(days=1), "Uitgereikt tegen handtekening", "1000 Brussel")]
    for k, (d, what, where) in enumerate(ev):
        sh.rect(21, y + 1, 3, 3, width_mm=0, fill=(200, 30, 40))
        if k < len(ev) - 1:
            sh.rule(22.5, y + 4, 22.5, y + 14, width_mm=0.4, color=(200, 200, 200))
        _T(sh, 30, y, f"{fdate(d, 'slashes')}  {what}", font=NIMS_B, size=10)
        _T(sh, 30, y + 5, where, font=NIMS, size=9, color=GREY)
        y += 14
    return [sh], {}


_reg("be9ter-rm-bpost-roze-strook-blokletters-hokjes-gefotografeerd-op-bureau-38", "registered-mail-receipt", PART,
     "nl/fr", rm_counter, "bpost counter slip filled in by hand in boxes, barcode sticker, date stamp, photographed "
     "on a desk")
_reg("be9ter-rm-bpost-track-trace-browserprint-tijdlijn-kop-voetregel-38", "registered-mail-receipt", PART, "nl",
     rm_tracking_print, "bpost track & trace page printed from a browser with header and footer lines")


# =========================================================================== other


def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's own 'verklaring op eer' written by hand on lined paper (blue ballpoint), giving name, birth
    date and place and nationality, signed at the end; no authority's stamp."""
    lang = "fr" if c.lang == "fr" else "nl"
    sh = Sheet()
    for k in range(40):
        sh.rule(15, 30 + k * 6.5, 195, 30 + k * 6.5, width_mm=0.12, color=(170, 190, 220))
    sh.rule(28, 0, 28, 297, width_mm=0.2, color=(220, 140, 140))
    e = "e" if c.fem else ""
    txt = ({"nl": f"Verklaring op eer. Ik, ondergetekende {c.p.given_names} {c.p.surname}, geboren op "
                  f"{fdate(c.p.birth_date, 'dots')} te {c.p.birth_place}, van {COUNTRIES[c.p.nationality]['adj_nl']} "
                  f"nationaliteit, verklaar op eer dat deze gegevens juist zijn. Ik heb geen paspoort of "
                  f"identiteitskaart; mijn documenten zijn verloren gegaan tijdens mijn reis.",
            "fr": f"Déclaration sur l'honneur. Je soussigné{e} {c.p.given_names} {c.p.surname}, né{e} le "
                  f"{fdate(c.p.birth_date, 'slashes')} à {c.p.birth_place}, de nationalité "
                  f"{COUNTRIES[c.p.nationality]['adj_fr']}, déclare sur l'honneur que ces données sont exactes. Je "
                  f"n'ai ni passeport ni carte d'identité ; mes documents ont été perdus pendant mon voyage."}[lang])
    y = _hand_lines(sh, 32, 24.5, 158, txt, rng, size=12.5, lh=6.5, font=PEN, color=INK, max_lines=16)
    _hand(sh, 32, y + 6.5, f"{c.addr.city}, {fdate(c.app_date, 'dots')}", rng, size=12.5, color=INK)
    sh.signature(120, y + 12, 44, 13, rng, color=INK)
    return [sh], {}


def other_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's e-mail to the client printed from a webmail: header fields in a grey block, a short message
    asking to bring the originals, the office's signature block."""
    lang = "fr" if c.lang == "fr" else "nl"
    sh = Sheet()
    sh.rect(15, 15, 180, 30, width_mm=0, fill=(238, 238, 240))
    L = c.lawyer
    for k, (a, b) in enumerate((("Van" if lang == "nl" else "De", L["mail"]),
                                ("Aan" if lang == "nl" else "À", f"{c.p.given_names.split()[0].lower()}@gmail.com"),
                                ("Datum" if lang == "nl" else "Date", fdate(c.app_date - timedelta(days=3), "dots")),
                                ("Onderwerp" if lang == "nl" else "Objet", "9ter – documenten" if lang == "nl"
                                 else "9ter – documents"))):
        _T(sh, 18, 18 + k * 6.5, a + ":", font=CARL_B, size=9.5)
        _T(sh, 45, 18 + k * 6.5, b, font=CARL, size=9.5)
    body = {"nl": "Beste, de aanvraag vertrekt deze week aangetekend naar DVZ. Breng a.u.b. de originele stukken mee "
                  "naar de afspraak op ons kantoor, zodat we de kopieën kunnen nakijken. Met vriendelijke groeten,",
            "fr": "Bonjour, la demande part cette semaine par recommandé à l'Office des Étrangers. Merci d'apporter "
                  "les originaux au rendez-vous au cabinet afin que nous vérifiions les copies. Bien à vous,"}[lang]
    y = _P(sh, 18, 56, 172, body, font=CARL, size=10.5)
    _T(sh, 18, y + 4, _lawyer_name(c, lang), font=CARL_B, size=10)
    _T(sh, 18, y + 9, L["firm"], font=CARL, size=9.5, color=GREY)
    return [sh], {}


_reg("be9ter-other-declaration-verklaring-op-eer-gelinieerd-papier-balpen-38", "other", PART, "nl/fr",
     other_declaration, "applicant's own declaration on lined paper in ballpoint (rests on his or her word)")
_reg("be9ter-other-email-webmail-print-grijs-kopblok-38", "other", PART, "nl/fr", other_email,
     "lawyer's e-mail printed from webmail")
