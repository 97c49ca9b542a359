"""9ter families of the `fortysecond` part (registered in be9ter.BFAMILIES).

Written after dev, heldout and the parts fresh to fortyfirst had been read, by a writer who saw neither the validator
nor its output, from the seeds (003, 004), rules.md and how such papers look in Belgian files.  Each family's layout,
wording and copy habits are described in its function's docstring and its registration note (the part is read
blind, so they are not summarised here).  The application paragraphs reuse be9ter's sentence builders (as the fifth
and later parts did); the layouts, faces and copy habits are this part's own.

Importing this module also tells be9ter which origins this part's 9ter applicants come from (Mali, Uganda and
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
from .fortysecond_identity import (
    _P,
    _T,
    PEN_I,
    NNAR,
    NNAR_B,
    NROM,
    NROM_B,
    BALL,
    NMONO,
    NMONO_B,
    NSAN,
    NSAN_B,
    CALA,
    CALA_B,
    CALA_I,
    CARL,
    CARL_B,
    CARL_I,
    GREY,
    BLOCK,
    INK,
    INK_K,
    COUR,
    COUR_B,
    NNAR,
    NNAR_B,
    NSAN,
    NSAN_B,
    NSAN_I,
    CEN,
    CEN_B,
    CEN_I,
    BOOK,
    BOOK_B,
    BOOK_I,
    ST_BLACK,
    ST_BLUE,
    ST_GREEN,
    ST_RED,
    ST_VIOLET,
    d_en,
    d_fr,
    d_nl,
    recopy,
    greyjpeg,
    ringed,
    table_photo,
    jpeg150,
    folded4,
    yellow,
    tilt,
    clip,
)
from .fortysecond_identity import grey_paper, d_de
from .paper import Sheet
from .twentyeighth_identity import barcode as bars
from .twentyeighth_identity import fit, glyphs, paste, qr, sheet_of, wrap

PART = "fortysecond"
SUB = datetime.date(2026, 12, 1)

# this part's 9ter applicants: the two countries of fortysecond_identity, and Türkiye (new key only)
_b9.PART_ORIGINS.setdefault(PART, ["MLI", "UGA", "TUR"])
# clean dossiers only this part has (new key only): identity pieces with a spouse, an identity certificate with a
# child, the Malian identity card with a child, identity pieces, and an identity certificate with a spouse
_b9.EXTRA_CLEANS.setdefault(PART, [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                   dict(id="idcard", family=["child"]), dict(id="pieces"),
                                   dict(id="certificate", family=["spouse"])])


def _long(d, lang: str) -> str:
    return {"nl": d_nl, "fr": lambda x: "le " + d_fr(x), "de": lambda x: x.strftime("%d.%m.%Y"),
            "en": d_en}[lang](d)


def _ill(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[next(x for x in (lang, "fr", "nl", "en") if x in il)]


def _hand(sh: Sheet, x, y, s, rng, *, size=12.0, color=INK, font=BALL, width=None) -> float:
    s = glyphs(str(s), font)
    if width:
        while size > 7.0 and sh.text_width(s, font=font, size_pt=size) * 1.12 > width:
            size -= 0.5
    return sh.handwriting(x, y, s, rng, size_pt=size, color=color, font=font)


def _hand_lines(sh: Sheet, x, y, w, s, rng, *, size=11.0, lh=6.0, font=BALL, color=INK, max_lines=9) -> float:
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
    """A Ghent law office's letter in URW Bookman with the letterhead CENTRED at the top (office name in spaced
    capitals, the address on one line under it) between two thin rules; 'AANGETEKEND' printed vertically in the
    RIGHT margin of page 1; DVZ's address at the LEFT under the letterhead; the date at the right as '14 juli
    2026'; the grounds under headings lettered 'A.', 'B.' in bold italics run into the first line of their
    paragraph; the signature at the very END of the letter with NO label and the typed name ABOVE it; the
    annexes on their own sheet as an 'Inventaris' table (nr | stuk); held by a paper clip."""
    lang = "nl"
    L = c.lawyer

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            t = glyphs(L["firm"].upper(), BOOK_B)
            sh.text(105, 12, t, font=BOOK_B, size_pt=fit(t, BOOK_B, 11, 170), anchor="center", letter_spacing=0.6)
            sh.rule(30, 19, 180, 19, width_mm=0.2)
            a = glyphs(f"{L['street']} · {L['pc']} {L['city']} · {L['tel']} · {L['mail']}", BOOK)
            sh.text(105, 20.5, a, font=BOOK, size_pt=fit(a, BOOK, 7.5, 150), anchor="center", color=GREY)
            sh.rule(30, 25, 180, 25, width_mm=0.2)
            band = Sheet(60, 8)
            band.text(30, 1.5, "AANGETEKEND", font=BOOK_B, size_pt=11, anchor="center", color=(150, 30, 40))
            paste(sh, band, 196, 60, dpi=240, angle=90)
            clip(sh, random.Random(c.seed + 91), x=150, y=2)
            return sh, 34
        _T(sh, 105, 287, f"– {i + 1} –", font=BOOK, size=8.5, anchor="center", color=GREY)
        return sh, 18

    fl = Flow(new_sheet, left=24, right=186, bottom=272, font=BOOK, size=9.6, leading=1.45)
    fl.lines(_DVZ[lang])
    fl.sheet.text(186, fl.y, glyphs(f"{L['city']}, {_long(c.app_date, lang)}", BOOK), font=BOOK, size_pt=9.6,
                  anchor="right")
    fl.space(5)
    fl.para(f"Onze ref.: {c.p.surname.upper()}/{c.seed % 9000 + 1000}", size=8.8)
    fl.para(f"Betreft: {_SUBJ[lang]}", font=BOOK_B)
    fl.para("Mevrouw, Mijnheer,", gap=3)
    fl.para(f"Namens {personal_prose(c, lang)} heb ik de eer u hierbij een aanvraag tot machtiging tot verblijf "
            f"voor te leggen op grond van artikel 9ter van de wet van 15 december 1980.", align="justify",
            tag="personal")
    n = [0]

    def sec(head, text, tag=None):
        fl.ensure(16)
        fl.para(f"{chr(65 + n[0])}. {head}. {text}", align="justify", tag=tag)
        n[0] += 1

    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    sec("Verblijfplaats", res + (" " + dom if dom else ""), "residence")
    sec("Identiteit", identity_paragraph(c, lang), "identity")
    fp = family_paragraph(c, lang)
    if fp:
        sec("Gezin", fp, "family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        sec("Vorige procedures", " ".join(x for x in (ap, pp) if x), "parallel")
    sec("Ziekte en behandeling", medical_paragraph(c, lang), "medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        sec("Zorg in het land van herkomst", coi_paragraph(c, lang), "coi")
    fl.para(request_sentence(c, lang), align="justify")
    fl.para("Hoogachtend,", gap=2)
    fl.ensure(30)
    fl.tag("signature")
    y0 = fl.y
    fl.sheet.text(24, y0, glyphs(_lawyer_name(c, lang), BOOK), font=BOOK, size_pt=9.6)
    if "unsigned" not in c.flags:
        fl.sheet.signature(26, y0 + 5, 48, 15, rng, color=rng.choice([INK, INK_K]))
    fl.y = y0 + 24
    sheets, tags = fl.sheets, dict(fl.tags)
    if c.annexes:
        inv = Sheet()
        _T(inv, 105, 287, f"– {len(sheets) + 1} –", font=BOOK, size=8.5, anchor="center", color=GREY)
        _T(inv, 24, 20, f"Inventaris – {name_in(c.p, c.name_style)}", font=BOOK_B, size=11)
        y = 30
        inv.rect(24, y, 16, 7, width_mm=0.25, fill=(232, 232, 232))
        inv.rect(40, y, 146, 7, width_mm=0.25, fill=(232, 232, 232))
        _T(inv, 26, y + 1.5, "nr", font=BOOK_B, size=9)
        _T(inv, 42, y + 1.5, "stuk", font=BOOK_B, size=9)
        y += 7
        for i, (_, d) in enumerate(c.annexes, 1):
            inv.rect(24, y, 16, 7, width_mm=0.25)
            inv.rect(40, y, 146, 7, width_mm=0.25)
            _T(inv, 26, y + 1.5, str(i), font=BOOK, size=9)
            dd = glyphs(d, BOOK)
            inv.text(42, y + 1.5, dd, font=BOOK, size_pt=fit(dd, BOOK, 9, 142))
            y += 7
        tags["inventory"] = len(sheets) + 1
        sheets = sheets + [inv]
    return sheets, tags


def app_letter_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Namur avocat's requête in C059 (Century Schoolbook): the office's name in a shaded box across the full
    width at the top with the address in the box's right half; 'Recommandé' and the Office's address at the
    upper RIGHT, the date 'le 1er mars 2026' at the LEFT above the subject; headings underlined and numbered
    '1.', '2.' on their own line; the annexes as an inline sentence 'Annexes : 1) ...; 2) ...' before the
    closing; the signature at the LEFT with the label 'L'avocat' ABOVE it and the typed name BELOW it; the pages
    numbered '- n -' at the top right; the copy on grey recycled paper."""
    lang = "fr"
    L = c.lawyer
    F = L["sex"] == "F"

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.rect(18, 10, 174, 18, width_mm=0, fill=(226, 226, 230))
            _T(sh, 21, 12.5, L["firm"], font=CEN_B, size=11)
            _T(sh, 21, 18.5, "Avocat" + ("e" if F else "") + " au barreau de Namur", font=CEN_I, size=8.5)
            for k, t in enumerate([L["street"], f"{L['pc']} {L['city']}", f"{L['tel']} · {L['mail']}"]):
                _T(sh, 189, 11.5 + k * 4.6, t, font=CEN, size=7.8, anchor="right", color=GREY)
            return sh, 36
        _T(sh, 190, 10, f"- {i + 1} -", font=CEN, size=8.5, anchor="right", color=GREY)
        return sh, 20

    fl = Flow(new_sheet, left=22, right=188, bottom=272, font=CEN, size=10.2, leading=1.4)
    fl.line("Recommandé", x=112, font=CEN_B)
    fl.lines(_DVZ[lang], x=112)
    fl.space(8)
    fl.line(f"{L['city']}, {_long(c.app_date, lang)}")
    fl.space(2)
    fl.para(f"Objet : {_SUBJ[lang]}", font=CEN_B, gap=1)
    fl.para(f"Mon client{'e' if c.fem else ''} : {name_in(c.p, c.name_style)}", gap=4)
    fl.para("Madame, Monsieur,", gap=3)
    fl.para(f"J'ai l'honneur d'introduire, au nom de {personal_prose(c, lang)}, une demande d'autorisation de "
            f"séjour sur la base de l'article 9ter de la loi du 15 décembre 1980.", align="justify", tag="personal")
    n = [0]

    def sec(head, text, tag=None):
        fl.ensure(16)
        n[0] += 1
        y = fl.y
        t = glyphs(f"{n[0]}. {head}", CEN_B)
        fl.para(t, font=CEN_B, gap=1.2, tag=tag)
        fl.sheet.rule(22, y + 4.4, 22 + fl.sheet.text_width(t, font=CEN_B, size_pt=10.2), y + 4.4, width_mm=0.2)
        fl.para(text, align="justify")

    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    sec("Résidence effective et domicile élu", res + (" " + dom if dom else ""), "residence")
    sec("Identité", identity_paragraph(c, lang), "identity")
    fp = family_paragraph(c, lang)
    if fp:
        sec("Membres de la famille", fp, "family")
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        sec("Procédures antérieures", " ".join(x for x in (ap, pp) if x), "parallel")
    sec("Situation médicale", medical_paragraph(c, lang), "medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        sec("Disponibilité et accessibilité des soins", coi_paragraph(c, lang), "coi")
    fl.para(request_sentence(c, lang), align="justify")
    if c.annexes:
        fl.tag("inventory")
        fl.para("Annexes : " + "; ".join(f"{i}) {d}" for i, (_, d) in enumerate(c.annexes, 1)) + ".", size=9.4,
                gap=3)
    fl.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.", gap=5)
    fl.ensure(32)
    fl.tag("signature")
    y0 = fl.y
    fl.sheet.text(22, y0, "L'avocat" + ("e" if F else ""), font=CEN_I, size_pt=9.5)
    if "unsigned" not in c.flags:
        fl.sheet.signature(24, y0 + 4, 46, 14, rng, color=INK)
    fl.sheet.text(22, y0 + 20, glyphs(_lawyer_name(c, lang), CEN), font=CEN, size_pt=10)
    return [sheet_of(grey_paper(s.render(200), random.Random(c.seed + 7), tone=230)) for s in fl.sheets], fl.tags


def app_letter_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """An application written in English by a volunteer of a Brussels parish help desk (not accepted by DVZ),
    typed in Carlito: the sender's name and address at the upper RIGHT, DVZ's address at the LEFT, the date
    under it as '1 March 2026'; the subject in bold capitals; paragraphs with the first line indented, no
    numbering and no headings; signed at the END with no label, the name written out by hand in block
    capitals under the signature; the page folded in four and flattened."""
    lang = "en"

    def new_sheet(i):
        return Sheet(), 18

    fl = Flow(new_sheet, left=24, right=186, bottom=272, font=CARL, size=11, leading=1.45)
    for k, t in enumerate([f"{c.p.given_names} {c.p.surname}", addr_str(c.addr, "en", c.addr_style)]):
        tt = glyphs(t, CARL)
        fl.sheet.text(186, 18 + k * 5.5, tt, font=CARL, size_pt=fit(tt, CARL, 10, 90), anchor="right")
    fl.y = 36
    fl.lines(_DVZ["en"])
    fl.space(3)
    fl.line(f"{c.app_date.day} {c.app_date.strftime('%B')} {c.app_date.year}")
    fl.space(6)
    fl.para(_SUBJ["en"].upper(), font=CARL_B, gap=4)
    fl.para("Dear Sir or Madam,", gap=4)
    fl.para(f"I am writing on behalf of {personal_prose(c, lang)} to request leave to remain in Belgium on medical "
            f"grounds.", tag="personal", indent=0, gap=3)
    res, dom = residence_sentence(c, lang), domicile_sentence(c, lang)
    fl.para(res + (" " + dom if dom else ""), tag="residence", gap=3)
    fl.para(identity_paragraph(c, lang), tag="identity", gap=3)
    fl.para(medical_paragraph(c, lang), tag="medical", gap=3)
    if c.coi_in_app and "no_coi" not in c.flags:
        fl.para(coi_paragraph(c, lang), tag="coi", gap=3)
    fp = family_paragraph(c, lang)
    if fp:
        fl.para(fp, tag="family", gap=3)
    pp, ap = parallel_paragraph(c, lang), asylum_refused_paragraph(c, lang)
    if pp or ap:
        fl.para(" ".join(x for x in (ap, pp) if x), tag="parallel", gap=3)
    fl.para(request_sentence(c, lang), gap=4)
    if c.annexes:
        fl.tag("inventory")
        fl.para("Enclosed: " + "; ".join(d for _, d in c.annexes) + ".", size=10, gap=4)
    fl.para("Yours faithfully,", gap=2)
    fl.ensure(30)
    fl.tag("signature")
    y0 = fl.y
    if "unsigned" not in c.flags:
        fl.sheet.signature(26, y0, 44, 13, rng, color=INK)
    fl.sheet.handwriting(26, y0 + 15, glyphs(_lawyer_name(c, lang).upper(), BLOCK), rng, size_pt=12, color=INK,
                         font=BLOCK)
    return [sheet_of(folded4(s.render(200), rng)) for s in fl.sheets], fl.tags


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
    """A Leuven OCMW reception desk's 'aanvraagformulier medische regularisatie' on two pages: a purple header
    bar with the desk's name and 'blad n/2'; page 1 one row per question with the LABEL at the LEFT outside a
    long box and the answer written in the box by the applicant with a ballpoint (Kristi); page 2 the grounds
    typed by the social worker in Courier Prime in a lined area, the annexes as a ticked checklist, and the
    signature in a box at the LOWER LEFT labelled 'handtekening aanvrager' at its TOP edge, the date box
    beside it."""
    lang = "nl"
    ink = rng.choice([INK, INK_K, (30, 90, 60)])
    s1, s2 = Sheet(), Sheet()
    tags = {"personal": 1}
    for i, s in enumerate((s1, s2)):
        s.rect(14, 10, 182, 12, width_mm=0, fill=(110, 40, 120))
        _T(s, 18, 13, "OCMW Leuven · Sociaal onthaal – cel vreemdelingen", font=CARL_B, size=10.5,
           color=(255, 255, 255))
        _T(s, 192, 13, f"blad {i + 1}/2", font=CARL_B, size=10.5, color=(255, 255, 255), anchor="right")
    _T(s1, 14, 28, "AANVRAAGFORMULIER – MEDISCHE REGULARISATIE (ARTIKEL 9TER)", font=CARL_B, size=10.5)
    _T(s1, 14, 34, "Aangetekend te versturen naar DVZ, Pachecolaan 44, 1000 Brussel", font=CARL_I, size=8,
       color=GREY)
    y = 42
    for tag, lab, val in _form_rows(c, lang):
        if tag == "residence":
            tags.setdefault("residence", 1)
        ll = wrap(glyphs(lab, CARL), 44, CARL, 8.2)
        for k, ln in enumerate(ll[:2]):
            s1.text(14, y + 2 + k * 3.6, ln, font=CARL, size_pt=8.2, color=(60, 60, 60))
        s1.rect(60, y, 136, 11, width_mm=0.35, color=(90, 90, 90))
        if val:
            _hand(s1, 62, y + 1.5, str(val), rng, size=14, color=ink, width=132)
        y += 13
    y += 6
    s1.rect(14, y, 182, 22, width_mm=0.35, color=(90, 90, 90))
    _T(s1, 15.5, y + 0.8, "Gezinsleden die mee de aanvraag doen (naam, band, geboortedatum)", font=CARL, size=6.5,
       color=GREY)
    if c.family:
        tags["family"] = 1
        fm = "; ".join(f"{m.p.given_names} {m.p.surname}, {'kind' if m.rel == 'child' else 'echtgeno(o)t(e)'}, "
                       f"{fdate(m.p.birth_date, 'dots')}" for m in c.family)
        _hand(s1, 17, y + 5, fm, rng, size=10.5, color=ink, width=176)
    else:
        _hand(s1, 17, y + 5, "/", rng, size=12, color=ink)
    _T(s2, 14, 28, "Motivering (ingevuld door de maatschappelijk werker)", font=CARL_B, size=10)
    y = 35
    lines = wrap(glyphs(_grounds(c, lang), COUR), 178, COUR, 8.4)[:36]
    for k in range(max(len(lines), 20)):
        s2.rule(14, y + 3.8, 196, y + 3.8, width_mm=0.1, color=(190, 190, 200))
        if k < len(lines):
            s2.text(15, y, lines[k], font=COUR, size_pt=8.4)
        y += 4.4
    tags["identity"] = tags["medical"] = 2
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 2
    y += 6
    _T(s2, 14, y, "Bijgevoegde stukken", font=CARL_B, size=10)
    y += 6
    tags["inventory"] = 2
    for i, (_, d) in enumerate(c.annexes):
        s2.checkbox(15, y + 0.4, 3.2, True, rng=rng, ink=ink)
        dd = glyphs(d, CARL)
        s2.text(21, y, dd, font=CARL, size_pt=fit(dd, CARL, 9, 170))
        y += 5.2
    y = max(y + 8, 244)
    tags["signature"] = 2
    s2.rect(14, y, 96, 30, width_mm=0.35, color=(90, 90, 90))
    _T(s2, 16, y + 1, "handtekening aanvrager", font=CARL, size=7.5, color=GREY)
    if "unsigned" not in c.flags:
        s2.signature(22, y + 4, 50, 16, rng, color=ink)
    s2.rect(114, y, 82, 30, width_mm=0.35, color=(90, 90, 90))
    _T(s2, 116, y + 1, "datum", font=CARL, size=7.5, color=GREY)
    _hand(s2, 120, y + 9, fdate(c.app_date, "dots"), rng, size=16, color=ink)
    return [s1, s2], tags


def app_form_fr(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A Charleroi legal-aid association's 'demande d'autorisation de séjour – article 9ter' form typed in
    Courier Prime into grey-shaded answer fields to the RIGHT of labels in Nimbus Sans Narrow, two label/field
    pairs per row where they fit; the grounds typed in a framed block; the annexes numbered in a narrow column;
    the date written out ('Charleroi, le 1er mars 2026') at the LEFT and the applicant's signature CENTRED above
    a line labelled 'Signature du demandeur' at the foot; a coffee ring in the lower margin."""
    lang = "fr"
    sh = Sheet()
    tags = {"personal": 1, "residence": 1, "identity": 1, "medical": 1, "signature": 1, "inventory": 1}
    _T(sh, 16, 12, "ASBL DROITS ET SANTÉ – Permanence juridique de Charleroi", font=NNAR_B, size=11)
    _T(sh, 16, 18, "DEMANDE D'AUTORISATION DE SÉJOUR – ARTICLE 9TER", font=NNAR_B, size=12.5, color=(120, 30, 40))
    _T(sh, 16, 24.5, "À envoyer par recommandé : Office des Étrangers, Boulevard Pachéco 44, 1000 Bruxelles",
       font=NNAR, size=8, color=GREY)
    y, col = 32, 0
    for tag, lab, val in _form_rows(c, lang):
        wide = not (len(str(val)) < 24 and tag == "personal")
        if wide and col == 1:
            y, col = y + 9, 0
        x = 16 + col * 90
        lw = 30
        ll = glyphs(lab, NNAR)
        sh.text(x, y + 1.5, ll, font=NNAR, size_pt=fit(ll, NNAR, 7.6, lw - 1))
        fw = (178 - lw) if wide else (88 - lw - 2)
        sh.rect(x + lw, y, fw, 7, width_mm=0, fill=(226, 226, 226))
        if val:
            vv = glyphs(str(val), COUR_B)
            sh.text(x + lw + 1.2, y + 1.3, vv, font=COUR_B, size_pt=fit(vv, COUR_B, 9.5, fw - 2.4))
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
        _T(sh, 16, y + 1.5, "Membres de la famille", font=NNAR, size=7.6)
        sh.rect(46, y, 148, 7, width_mm=0, fill=(226, 226, 226))
        ff = glyphs(fm, COUR_B)
        sh.text(47.2, y + 1.3, ff, font=COUR_B, size_pt=fit(ff, COUR_B, 9.5, 145))
        y += 9
    y += 3
    _T(sh, 16, y, "Motifs de la demande", font=NNAR_B, size=9)
    if parallel_paragraph(c, lang) or asylum_refused_paragraph(c, lang):
        tags["parallel"] = 1
    lines = wrap(glyphs(_grounds(c, lang), COUR), 172, COUR, 7.8)[: max(6, int((226 - y) / 3.4))]
    sh.rect(16, y + 4, 178, len(lines) * 3.4 + 4, width_mm=0.4)
    yy = y + 6
    for ln in lines:
        sh.text(18, yy, ln, font=COUR, size_pt=7.8)
        yy += 3.4
    y = yy + 5
    _T(sh, 16, y, "Annexes", font=NNAR_B, size=9)
    y += 4.5
    for i, (_, d) in enumerate(c.annexes):
        dd = glyphs(f"{i + 1:>2}  {d}", COUR)
        sh.text(18, y, dd, font=COUR, size_pt=fit(dd, COUR, 8, 174))
        y += 3.6
        if y > 262:
            break
    y = max(y + 4, 264)
    _T(sh, 16, y + 4, f"Charleroi, {_long(c.app_date, 'fr')}", font=COUR, size=9.5)
    if "unsigned" not in c.flags:
        sh.signature(112, y - 4, 46, 13, rng, color=rng.choice([INK, INK_K]))
    sh.rule(100, y + 10, 172, y + 10, width_mm=0.3)
    _T(sh, 136, y + 11.5, "Signature du demandeur", font=NNAR, size=8, anchor="center")
    return [sheet_of(ringed(sh.render(200), rng, "right"))], tags


_reg("be9ter-app-nl-lawyer-prose-bookman-gecentreerd-briefhoofd-letterkoppen-handtekening-einde-inventaris-apart-42",
     "application", PART, "nl", app_letter_nl, "Ghent law office's letter: centred letterhead between rules, 'aangetekend' "
     "up the margin, lettered run-in headings, signature at the end without label, inventory on its own sheet")
_reg("be9ter-app-fr-lawyer-prose-century-grijze-kopbalk-onderstreepte-koppen-handtekening-onder-label-grijs-papier-42",
     "application", PART, "fr", app_letter_fr, "Namur avocat's requête: shaded letterhead bar, underlined numbered "
     "headings, annexes in one sentence, signature below the label and above the name, grey paper")
_reg("be9ter-app-en-volunteer-prose-carlito-inspringend-handtekening-einde-blokletters-gevouwen-42", "application", PART,
     "en", app_letter_en, "application typed in English by a volunteer (not accepted), indented paragraphs, "
     "signature at the end, name in block capitals, folded in four")
_reg("be9ter-app-nl-form-ocmw-onthaal-vakken-balpen-handtekening-vak-linksonder-42", "application", PART,
     "nl", app_form_nl, "OCMW form over two pages: labels left of the boxes, answers in ballpoint, typed grounds, "
     "signature box at the lower left with its label at the top")
_reg("be9ter-app-fr-form-asbl-grijze-velden-courier-handtekening-gecentreerd-koffiekring-42", "application",
     PART, "fr", app_form_fr, "association's form typed in Courier into grey fields beside the labels, signature "
     "centred above the line, coffee ring")


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
    """The 2024 model as a university hospital's patient record prints it: a teal band with the title across the
    top of each page, every question in teal bold Nimbus Sans on its own line with a teal bar in the left
    margin, the answer under it in Carlito; the severity as the four options in a row with '[X]' before the
    chosen one; on page 2 the date at the left and 'Handtekening' at the right with the signature BESIDE the
    label and the doctor's rectangular stamp pressed OVER the signature; a footer with the print reference."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    pages = [Sheet(), Sheet()]
    ref = f"EPD-{rng.randint(100000, 999999)}"
    for i, s in enumerate(pages):
        s.rect(0, 6, 210, 12, width_mm=0, fill=(0, 110, 120))
        _T(s, 16, 8.5, M["title"], font=NSAN_B, size=11.5, color=(255, 255, 255))
        _T(s, 194, 10, M["page"].format(i=i + 1, n=2), font=NNAR, size=8, anchor="right", color=GREY)
        _T(s, 16, 289, f"{d.inst} · {ref} · {M['model']}", font=NNAR, size=7, color=GREY)
    y = _P(pages[0], 16, 21, 178, M["law"], font=NSAN_I, size=7.5, lead=1.25, color=GREY) + 2
    st = {"p": 0, "y": y}

    def row(q, a, tag=None, size=9.2):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        qs = wrap(glyphs(q, NSAN_B), 174, NSAN_B, 8.2)
        al = wrap(glyphs(a, CARL), 168, CARL, size + 0.6) if a else [""]
        h = len(qs) * 3.6 + len(al) * (size + 0.6) * 0.3528 * 1.3 + 3.5
        s.rect(16, st["y"], 1.6, h - 1.5, width_mm=0, fill=(0, 110, 120))
        for k, ln in enumerate(qs):
            s.text(20, st["y"] + k * 3.6, ln, font=NSAN_B, size_pt=8.2, color=(0, 90, 100))
        yy = st["y"] + len(qs) * 3.6 + 0.6
        for k, ln in enumerate(al):
            s.text(24, yy + k * (size + 0.6) * 0.3528 * 1.3, ln, font=CARL, size_pt=size + 0.6)
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
    st["p"], st["y"] = 1, 24
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
    _T(s2, 16, y, f"{M['date']}: {_cdate(c)}", font=CARL, size=10.5)
    w = _T(s2, 100, y + 10, M["sign"] + ":", font=CARL, size=9, color=GREY)
    if "mc_unsigned" not in F:
        s2.signature(102 + w, y + 4, 46, 15, rng, color=INK)
    s2.stamp(96 + w, y + 2, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=46,
             color=ST_BLUE, angle=rng.uniform(-3, 3))
    return pages, tags


def medcert_2024_pen(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """DVZ's 2024 model printed blank in URW Bookman with dotted WRITING LINES under each question (no boxes),
    filled in by the GP with a quick slanted ballpoint (Kristi); the severity options printed in a row with the
    chosen one CIRCLED by hand; at the foot of page 2 the date written on its line, then the signature BELOW the
    label 'Handtekening en stempel' and the round stamp to the RIGHT of the signature, half over the label; the
    two pages folded in four and flattened, then copied with a tilt of up to three degrees."""
    M = MC_NEW[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    ink = rng.choice([(20, 30, 110), (10, 10, 60), INK_K])
    pages = [Sheet(), Sheet()]
    _T(pages[0], 105, 12, M["title"], font=BOOK_B, size=13, anchor="center")
    y = _P(pages[0], 24, 19, 166, M["law"], font=BOOK, size=7.8, lead=1.3)
    _T(pages[0], 105, y + 1, M["model"], font=BOOK_I, size=8, anchor="center")
    st = {"p": 0, "y": y + 8}

    def box(label, answer, n=1, tag=None):
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        _T(s, 24, st["y"], label, font=BOOK_B, size=8.6)
        for k in range(n):
            s.rule(24, st["y"] + 10.6 + k * 6.4, 190, st["y"] + 10.6 + k * 6.4, width_mm=0.15, dash=0.5,
                   color=(120, 120, 120))
        if answer:
            _hand_lines(s, 26, st["y"] + 4.6, 162, answer, rng, size=13, lh=6.4, font=BALL, color=ink, max_lines=n)
        st["y"] += 6 + n * 6.4 + 3

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
    _T(s, 24, st["y"], M["s6"], font=BOOK_B, size=8.8)
    x = 30
    sev = -1 if "mc_no_severity" in F else _sev_index(t)
    for k, o in enumerate(M["sevopts"]):
        w = _T(s, x + 6, st["y"] + 6, o, font=BOOK, size=10)
        if k == sev:
            s.rect(x + 4.5, st["y"] + 4.8, w + 3, 6.6, width_mm=0.45, color=ink)
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
    _T(s2, 24, y, M["date"], font=BOOK_B, size=9)
    s2.handwriting(40, y - 2, _cdate(c), rng, size_pt=12, color=ink, font=PEN_I)
    _T(s2, 24, y + 12, M["sign"], font=BOOK_B, size=8.5)
    if "mc_unsigned" not in F:
        s2.signature(26, y + 17, 50, 16, rng, color=ink)
    s2.stamp(80, y + 8, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="round", size_mm=30,
             color=ST_VIOLET, angle=rng.uniform(-25, 25))
    return [tilt(sheet_of(folded4(p.render(200), rng)), rng, lo=1.0, hi=3.0) for p in pages], tags


def medcert_old_typed(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The previous model (A to G) retyped by a GP's practice assistant in Courier Prime: the doctor's name and
    address at the TOP LEFT over a short rule, each rubric as 'A.' with the question in Nimbus Sans bold
    (sentence case) and the answer in Courier Prime under it at the same margin; the date typed at the end,
    the signature BESIDE the typed date and the rectangular stamp pressed OVER the signature; a copy of a copy
    (greys gone, a toner streak, the copier's job line along the bottom)."""
    M = MC_OLD[lang]
    F = c.flags
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    d = c.doctor
    tags = {}
    pages = [Sheet(), Sheet()]
    for k, ln in enumerate([d.name(), d.street, f"{d.pc} {d.city}"]):
        _T(pages[0], 20, 12 + k * 4.5, ln, font=COUR, size=9)
    pages[0].rule(20, 26, 80, 26, width_mm=0.3)
    _T(pages[0], 20, 30, M["title"], font=NMONO_B, size=12)
    _T(pages[0], 20, 36, M["sub"], font=NMONO, size=9)
    y = _P(pages[0], 20, 42, 170, M["law"], font=NMONO, size=8, lead=1.3) + 3
    st = {"p": 0, "y": y}
    nop = "mc_no_patient" in F
    s0 = pages[0]
    tags["patient"] = 1
    _T(s0, 20, st["y"], f"{M['pat']} : {'' if nop else c.p.surname.upper() + ' ' + c.p.given_names}", font=NMONO_B,
       size=10)
    st["y"] += 5.5
    _T(s0, 20, st["y"], f"{M['bd']} : {fdate(c.p.birth_date, 'dots')}   {M['nat']} : "
       f"{cname(c.p.nationality, lang)}", font=NMONO, size=10)
    st["y"] += 9

    def rub(letter, question, answer, tag=None):
        q = wrap(glyphs(question, NSAN_B), 160, NSAN_B, 8.4)
        a = wrap(glyphs(answer, COUR), 160, COUR, 9.6) if answer else []
        need = len(q) * 3.7 + len(a) * 4.4 + 4
        if st["y"] + need > 270:
            st["p"], st["y"] = 1, 18
        s = pages[st["p"]]
        if tag:
            tags.setdefault(tag, st["p"] + 1)
        _T(s, 20, st["y"], f"{letter}.", font=NSAN_B, size=10)
        for k, ln in enumerate(q):
            s.text(28, st["y"] + k * 3.7, ln, font=NSAN_B, size_pt=8.4, color=(50, 50, 50))
        yy = st["y"] + len(q) * 3.7 + 1
        for ln in a:
            s.text(28, yy, ln, font=COUR, size_pt=9.6)
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
    _T(s, 20, y, f"{M['date']} : {_cdate(c)}", font=NMONO, size=10)
    _T(s, 20, y + 6, d.name(), font=NMONO, size=10)
    if "mc_unsigned" not in F:
        s.signature(96, y - 4, 46, 14, rng, color=INK_K)
    s.stamp(100, y - 6, _stamp_lines(c, lang, "mc_no_riziv" not in F), rng, shape="rect", size_mm=46,
            color=ST_BLACK, angle=rng.uniform(-6, 6))
    _T(s, 20, y + 22, glyphs(M["sign"], NMONO), font=NMONO, size=8, color=GREY)
    out = pages[:1] if st["p"] == 0 else pages
    hdr = f"FAX {d.city.upper()[:14]}  +32 {rng.randint(2, 9)} {rng.randint(200, 999)} {rng.randint(10, 99)} " \
          f"{rng.randint(10, 99)}"
    return [recopy(p, rng, f"{hdr}   P.{i + 1}/{len(out)}") for i, p in enumerate(out)], tags


for _lg in ("nl", "fr", "en"):
    _reg(f"be9ter-medcert-2024-{_lg}-umc-tealband-vraag-boven-antwoord-marge-balk-stempel-over-handtekening-42",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_2024_table(c, r, lang=_l)),
         "2024 model printed from a hospital record, question over answer with a teal bar, stamp over the "
         "signature" + (" (in English: not accepted)" if _lg == "en" else ""))
for _lg in ("nl", "fr"):
    _reg(f"be9ter-medcert-2024-{_lg}-blanco-schrijflijnen-balpen-omcirkeld-handtekening-onder-label-gevouwen-scheef-42",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_2024_pen(c, r, lang=_l)),
         "2024 blank model with answer boxes filled in with a ballpoint, severity ticked, folded4 and skewed")
    _reg(f"be9ter-medcert-old-{_lg}-courier-prime-a-punt-rubrieken-stempel-over-handtekening-kopie-van-kopie-42",
         "medical-certificate", PART, _lg, (lambda c, r, _l=_lg: medcert_old_typed(c, r, lang=_l)),
         "previous model retyped in Courier Prime, 'A.' rubrics, stamp over the signature, copy of a copy")


# =========================================================================== medical statements


def medstat_specialist(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A specialist's discharge letter ('ontslagbrief' / 'lettre de sortie') in Nimbus Roman: a coloured block
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
    _T(sh, 27, 19, ini, font=NROM_B, size=12, anchor="center", color=(255, 255, 255))
    _T(sh, 42, 14, d.inst, font=NROM_B, size=10)
    _T(sh, 42, 19.5, d.dept or SPECIALTY[d.spec].get(lang, ""), font=NROM, size=8.5, color=GREY)
    lab = Sheet(64, 26)
    lab.rect(0, 0, 64, 26, width_mm=0, fill=(255, 255, 248))
    lab.text(2, 2, glyphs(f"{c.p.surname.upper()} {c.p.given_names}", NROM_B), font=NROM_B,
             size_pt=fit(glyphs(f"{c.p.surname.upper()} {c.p.given_names}", NROM_B), NROM_B, 8.5, 60))
    lab.text(2, 7, f"°{fdate(c.p.birth_date, 'dots')}  {c.p.sex}", font=NROM, size_pt=8)
    bars(lab, 2, 12, 44, 9, f"pat{c.p.surname}{c.seed}")
    paste(sh, lab, 128, 12, dpi=240, angle=rng.uniform(-4, 4))
    _T(sh, 16, 48, ("Geachte collega " if nl else "Cher Confrère, ") + c.doctor.name("initial") + ",", font=NROM,
       size=10)
    y = _P(sh, 16, 56, 178, (f"Uw patiënt(e) werd op {fdate(c.medstat_date, 'long', 'nl')} op onze dienst gezien." if nl
                             else f"Votre patient(e) a été vu(e) dans notre service le "
                                  f"{fdate(c.medstat_date, 'long', 'fr')}."), font=NROM, size=10, lead=1.45) + 3
    for h, v in (((("Diagnose" if nl else "Diagnostic")), f"{t['name']} (ICD-10 {il['icd']})."),
                 ((("Voorgeschiedenis" if nl else "Antécédents")), t["history"]),
                 ((("Ernst" if nl else "Gravité")), t["severity"]),
                 ((("Behandeling" if nl else "Traitement")),
                  f"{'; '.join(t['meds'])}. {t['intervention']} {t['duration']}"),
                 ((("Prognose" if nl else "Pronostic")), f"{t['prognosis']} {t['consequences']}")):
        lines = wrap(glyphs(f"{h}: {v}", NROM), 178, NROM, 10)
        hw = sh.text_width(glyphs(h + ":", NROM_B), font=NROM_B, size_pt=10)
        for k, ln in enumerate(lines):
            if k == 0:
                sh.text(16, y, glyphs(h + ":", NROM_B), font=NROM_B, size_pt=10)
                rest = ln[len(h) + 1:]
                sh.text(16 + hw, y, rest, font=NROM, size_pt=10)
            else:
                sh.text(16, y, ln, font=NROM, size_pt=10)
            y += 10 * 0.3528 * 1.45
        y += 2.5
    y += 6
    _T(sh, 16, y, "Met collegiale groeten," if nl else "Bien confraternellement,", font=NROM, size=10)
    _T(sh, 16, y + 8, ("Elektronisch gevalideerd door " if nl else "Validé électroniquement par ") + d.name() +
       f", {SPECIALTY[d.spec].get(lang, '')}", font=NROM, size=9.5)
    _T(sh, 16, y + 13, f"{fdate(c.medstat_date, 'dots')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
       font=NROM, size=8.5, color=GREY)
    return [sh], {}


def medstat_pad(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """A GP's 'attest' WRITTEN BY HAND on an A5 sheet of the practice's pad (printed header with the doctor's
    name, RIZIV number and address in Carlito), in a loose ballpoint hand, short: diagnosis, treatment, that
    it must go on; signed under the text with the practice stamp beside the signature; the A5 sheet copied in
    the upper half of an A4 page on grey paper as a 150 dpi JPEG."""
    d = c.doctor
    t = _ill(c, lang)
    il = ILLNESSES[c.illness]
    nl = lang == "nl"
    ink = rng.choice([INK, INK_K])
    pad = Sheet(148, 210)
    pad.rect(0, 0, 148, 210, width_mm=0, fill=(252, 252, 246))
    _T(pad, 8, 8, ("Dr. " if nl else "Dr ") + d.name(), font=CARL_B, size=10.5)
    _T(pad, 8, 13.5, ("Huisarts" if nl else "Médecin généraliste") + f" – {d.riziv}", font=CARL, size=8)
    _T(pad, 8, 18, f"{d.street}, {d.pc} {d.city}", font=CARL, size=8, color=GREY)
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
    return [greyjpeg(sh)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-medstat-specialist-{_lg}-ontslagbrief-nimbusroman-sticker-links-elektronisch-gevalideerd-42",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_specialist(c, r, lang=_l)),
         "specialist's discharge letter with a patient sticker, bold run-in labels, validated electronically")
    _reg(f"be9ter-medstat-huisarts-{_lg}-a5-voorschriftblok-balpen-stempel-naast-handtekening-grijs-jpeg-42",
         "medical-statement", PART, _lg, (lambda c, r, _l=_lg: medstat_pad(c, r, lang=_l)),
         "GP's short attestation written by hand on an A5 pad sheet, copied on A4 on grey paper as a 150 dpi JPEG")


# =========================================================================== country-of-origin information


def coi_table(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A French-language note by a medical NGO, 'Disponibilité des soins', in Caladea: a short introduction, a
    TABLE of the treatment's components (médicament / disponible ? / où / coût mensuel) with a red 'non' or
    'irrégulier' in the availability column, then a paragraph on cover and a signed-off line with the author's
    initials; page number and date in the footer."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    _T(sh, 18, 14, "Médecins du Monde – Point santé migrants", font=CALA_I, size=9, color=GREY)
    _T(sh, 18, 24, f"Disponibilité des soins : {C['fr']}", font=CALA_B, size=14)
    y = _P(sh, 18, 34, 174, f"Cette note résume l'accès au traitement de la pathologie du / de la patient(e) "
                            f"{C['fr'] if o != 'MLI' else 'au Mali'}, à partir de sources publiques et d'échanges "
                            f"avec des soignants sur place.", font=CALA, size=11, lead=1.45) + 5
    cols = [("Élément du traitement", 64), ("Disponible ?", 28), ("Où", 48), ("Coût mensuel", 34)]
    x = 18
    for h, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.25, fill=(226, 230, 236))
        _T(sh, x + 1.5, y + 1.5, h, font=CALA_B, size=9.5)
        x += w
    y += 7
    for comp, av, where, cost in ((il["drug"], "irrégulier", C["hospital"], il["cost"]),
                                  ("Suivi spécialisé", "limité", C["capital"], "—"),
                                  ("Examens de contrôle", "non", "privé uniquement", "—")):
        x = 18
        for v, (_, w) in zip((comp, av, where, cost), cols):
            sh.rect(x, y, w, 9, width_mm=0.2)
            vv = glyphs(v, CALA)
            sh.text(x + 1.5, y + 2, vv, font=CALA_B if v in ("non", "irrégulier", "limité") else CALA,
                    size_pt=fit(vv, CALA, 9.5, w - 3), color=(170, 30, 30) if v in ("non", "irrégulier") else
                    (0, 0, 0))
            x += w
        y += 9
    y += 6
    y = _P(sh, 18, y, 174, C["insurance_fr"] + f" Le salaire minimum est d'environ {C['wage']}.", font=CALA, size=11,
           lead=1.45) + 6
    _P(sh, 18, y, 174, "Conclusion : la continuité du traitement n'est pas assurée pour une personne sans ressources.",
       font=CALA_B, size=11, lead=1.45)
    _T(sh, 18, 284, f"Rédigé le {fdate(SUB - timedelta(days=rng.randint(15, 80)), 'slashes')} – "
       f"{rng.choice(['A.D.', 'M.L.', 'S.K.'])}", font=CALA_I, size=8.5, color=GREY)
    _T(sh, 192, 284, "1/1", font=CALA, size=8.5, anchor="right", color=GREY)
    return [sh], {"coi": 1}


def coi_webprint(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A web page printed from the browser: a Dutch-language summary by a refugee-support organisation on
    healthcare in the country of origin, with the site's navigation bar at the top, the article in Nimbus Sans with
    H2 headings in a coloured font, a 'Laatst bijgewerkt' line, and the browser's date, title and URL in the
    page margins."""
    o = c.origin()
    C = COUNTRIES[o]
    il = ILLNESSES[c.illness]
    when = SUB - timedelta(days=rng.randint(8, 40))
    sh = Sheet()
    _T(sh, 8, 5, f"{when.day}/{when.month}/{when.year % 100:02d} {rng.randint(8, 20)}:{rng.randint(10, 59)}",
       font=NSAN, size=7, color=GREY)
    _T(sh, 105, 5, f"Gezondheidszorg in {C['nl']} – Landeninformatie", font=NSAN, size=7, color=GREY,
       anchor="center")
    _T(sh, 8, 290, f"https://www.landeninfo-zorg.be/landen/{C['en'].lower().replace(' ', '-')}/gezondheidszorg",
       font=NSAN, size=7, color=GREY)
    _T(sh, 202, 290, "1/1", font=NSAN, size=7, color=GREY, anchor="right")
    sh.rect(8, 10, 194, 10, width_mm=0, fill=(40, 40, 60))
    for k, t in enumerate(["Home", "Landen", "Thema's", "Publicaties", "Contact"]):
        _T(sh, 14 + k * 28, 12.5, t, font=NSAN_B, size=8.5, color=(255, 255, 255))
    _T(sh, 14, 28, f"Gezondheidszorg in {C['nl']}", font=NSAN_B, size=17)
    _T(sh, 14, 37, f"Laatst bijgewerkt: {fdate(when - timedelta(days=rng.randint(30, 200)), 'long', 'nl')}",
       font=NSAN, size=8.5, color=GREY)
    y = 46
    for h, p in ((f"Behandeling met {il['drug']}", f"{il['drug']} staat op de nationale lijst maar is in publieke "
                  f"ziekenhuizen vaak niet voorradig. Gespecialiseerde opvolging gebeurt vooral in het "
                  f"{C['hospital']}."),
                 ("Toegang en kosten", C["insurance_nl"] + f" Een maand behandeling kost ongeveer {il['cost']}; het "
                                                           f"minimumloon bedraagt ongeveer {C['wage']}."),
                 ("Besluit", "Voor iemand zonder inkomen of verzekering is een ononderbroken behandeling in de "
                             "praktijk niet gewaarborgd.")):
        _T(sh, 14, y, h, font=NSAN_B, size=12, color=(20, 90, 150))
        y = _P(sh, 14, y + 7, 180, p, font=NSAN, size=10.5, lead=1.5) + 6
    return [sh], {"coi": 1}


_reg("be9ter-coi-fr-ngo-note-carlito-tabel-beschikbaarheid-groen-42", "country-of-origin-info", PART, "fr", coi_table,
     "NGO note in French with a table of the treatment's availability and cost")
_reg("be9ter-coi-nl-webpagina-afdruk-nimbus-navigatiebalk-42", "country-of-origin-info", PART, "nl",
     coi_webprint, "web page on healthcare in the country of origin printed from the browser")


# =========================================================================== asylum proof


def orange_card(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    """The 'attest van immatriculatie' / 'attestation d'immatriculation' (the orange card of an applicant for
    international protection) photocopied front and back SIDE BY SIDE across the middle of an A4 sheet at
    110 %: the card's printed text in Nimbus Sans Narrow, the particulars filled in by the commune in
    Courier Prime, the photo at the upper RIGHT with the commune's round stamp across its corner, the
    extension entries on the back as handwritten dates with small rectangular stamps; copied on grey paper as a 150 dpi JPEG."""
    a = c.asylum or {}
    nl = lang == "nl"
    fr = Sheet(105, 74)
    fr.rect(0, 0, 105, 74, width_mm=0, fill=(250, 214, 160))
    _T(fr, 4, 3, "BELGIË – BELGIQUE – BELGIEN", font=NNAR_B, size=7)
    _T(fr, 4, 8, "ATTEST VAN IMMATRICULATIE" if nl else "ATTESTATION D'IMMATRICULATION", font=NNAR_B, size=9)
    _T(fr, 4, 12.5, "Model A – verzoeker internationale bescherming" if nl else
       "Modèle A – demandeur de protection internationale", font=NNAR, size=6)
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
        _T(fr, 4, y, k, font=NNAR, size=6.2, color=(90, 70, 50))
        vv = glyphs(v, COUR_B)
        fr.text(26, y - 0.3, vv, font=COUR_B, size_pt=fit(vv, COUR_B, 7.4, 46))
        y += 5.6
    bk = Sheet(105, 74)
    bk.rect(0, 0, 105, 74, width_mm=0, fill=(250, 214, 160))
    _T(bk, 4, 3, "Verlengingen / Prorogations", font=NNAR_B, size=7.5)
    for k in range(3):
        ext = SUB + timedelta(days=rng.randint(25, 80)) - timedelta(days=(2 - k) * 120)
        yy = 12 + k * 19
        bk.rect(4, yy, 97, 16, width_mm=0.2, color=(120, 90, 60))
        bk.handwriting(7, yy + 3, ("geldig tot " if nl else "valable jusqu'au ") + fdate(ext, "dots"), rng,
                       size_pt=10, color=INK, font=BALL)
        bk.stamp(66, yy + 1, [c.addr.city.upper()[:12], "POP."], rng, shape="rect", size_mm=24, color=ST_VIOLET,
                 angle=rng.uniform(-8, 8))
    sh = Sheet()
    paste(sh, fr, 6, 100, k=0.9, dpi=240)
    paste(sh, bk, 6 + 105 * 0.9 + 8, 100, k=0.9, dpi=240)
    return [greyjpeg(sh)], {}


for _lg in ("nl", "fr"):
    _reg(f"be9ter-asylum-oranje-kaart-{_lg}-voor-achter-naast-elkaar-verlengingen-balpen-grijs-jpeg-42",
         "asylum-proof", PART, _lg, (lambda c, r, _l=_lg: orange_card(c, r, lang=_l)),
         "orange card (attestation of registration) front and back side by side, handwritten extensions")


# =========================================================================== registered-mail receipts


def rm_sticker(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The lawyer's secretary's 'bewijs van verzending' sheet: the bpost registered-mail receipt sticker (green
    band 'R – Recommandé – Aangetekend' with the barcode and number) glued at the upper LEFT of an A4 sheet, the
    post office's till ticket (narrow thermal paper, Courier Prime, listing the product, the addressee and the
    date) glued BESIDE it slightly crooked, and a handwritten note 'dossier ... – 9ter verstuurd' under them in
    ballpoint; scanned with a coffee ring in the margin."""
    sh = Sheet()
    st = Sheet(80, 38)
    st.rect(0, 0, 80, 38, width_mm=0, fill=(255, 255, 255))
    st.rect(0, 0, 14, 38, width_mm=0, fill=(40, 150, 80))
    st.text(7, 10, "R", font=NSAN_B, size_pt=26, color=(255, 255, 255), anchor="center")
    st.text(17, 2, "Aangetekend · Recommandé", font=NSAN_B, size_pt=8)
    bars(st, 17, 8, 58, 12, c.rm_track)
    st.text(46, 22, track_spaced(c.rm_track), font="ocrb", size_pt=8, anchor="center")
    st.text(17, 29, "bpost", font=NSAN_B, size_pt=10, color=(210, 30, 40))
    paste(sh, st, 14, 20, k=1.1, dpi=260)
    tk = Sheet(58, 120)
    tk.rect(0, 0, 58, 120, width_mm=0, fill=(250, 250, 246))
    y = 4
    for ln in (["bpost", _post_office(c).upper()[:22], "-" * 26, fdate(c.rm_date, "dots") +
                f"  {rng.randint(9, 16)}:{rng.randint(10, 59)}", "-" * 26, "AANGETEKEND NATIONAAL", "RECOMMANDE",
                track_spaced(c.rm_track), "Bestemmeling:"] + [x[:26] for x in c.rm_to[:4]] +
               ["-" * 26, f"TOTAAL EUR {rng.choice(['9,68', '10,20', '11,35'])}", "BANCONTACT", "",
                "Bewaar dit ticket"]):
        lt = glyphs(ln, COUR)
        tk.text(3, y, lt, font=COUR_B if ln in ("bpost", "AANGETEKEND NATIONAAL") else COUR,
                size_pt=fit(lt, COUR, 7.6, 52))
        y += 4.8
    paste(sh, tk, 118, 16, k=1.0, dpi=260, angle=rng.uniform(-3, 3))
    sh.handwriting(18, 150, glyphs(f"{c.p.surname} – 9ter verstuurd {fdate(c.rm_date, 'dots')}", BALL), rng,
                   size_pt=15, color=INK, font=BALL)
    return [sheet_of(ringed(sh.render(200), rng, "bottom"))], {}


def rm_email(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """bpost's e-mail 'Uw aangetekende zending werd afgegeven' printed from the lawyer's mail program: the mail
    program's header block (Van / Aan / Onderwerp / Datum) in Nimbus Sans Narrow at the TOP, then the mail
    body with the red bpost word mark, the item number in bold, a two-column table (Afgegeven op | Postkantoor |
    Bestemmeling | Adres), and the footer of the mail; photographed on the desk."""
    sh = Sheet()
    for k, (a, b) in enumerate((("Van", "bpost <noreply@bpost.be>"), ("Aan", c.lawyer["mail"] if c.lawyer else
                                                                        "secretariaat@advocaat.be"),
                                ("Onderwerp", "Uw aangetekende zending werd afgegeven"),
                                ("Datum", f"{fdate(c.rm_date + timedelta(days=1), 'dots')} "
                                          f"{rng.randint(8, 19)}:{rng.randint(10, 59)}"))):
        _T(sh, 14, 12 + k * 5.5, a + ":", font=NNAR_B, size=9)
        _T(sh, 40, 12 + k * 5.5, b, font=NNAR, size=9)
    sh.rule(14, 36, 196, 36, width_mm=0.3, color=(160, 160, 160))
    _T(sh, 20, 44, "bpost", font=NNAR_B, size=18, color=(210, 30, 40))
    _T(sh, 20, 58, "Beste klant,", font=NNAR, size=10.5)
    _P(sh, 20, 66, 170, "Uw aangetekende zending werd afgegeven aan de bestemmeling. Hieronder vindt u de gegevens.",
       font=NNAR, size=10.5, lead=1.45)
    _T(sh, 20, 80, track_spaced(c.rm_track), font=NNAR_B, size=13)
    y = 90
    rows = [("Afgegeven op het postkantoor", fdate(c.rm_date, "dots")), ("Postkantoor", _post_office(c)),
            ("Bestemmeling", c.rm_to[0] if c.rm_to else ""), ("Adres", ", ".join(c.rm_to[1:]))]
    for a, b in rows:
        sh.rect(20, y, 60, 8, width_mm=0.2, fill=(240, 240, 240))
        sh.rect(80, y, 110, 8, width_mm=0.2)
        _T(sh, 22, y + 2, a, font=NNAR, size=9)
        bb = glyphs(b, NNAR_B)
        sh.text(82, y + 2, bb, font=NNAR_B, size_pt=fit(bb, NNAR_B, 9.5, 106))
        y += 8
    _P(sh, 20, y + 10, 170, "Dit is een automatisch bericht. Antwoord niet op deze e-mail.", font=NNAR, size=8.5,
       color=GREY)
    return [table_photo(sh, rng)], {}


_reg("be9ter-rm-bpost-sticker-en-kassaticket-opgeplakt-balpennotitie-koffiekring-42", "registered-mail-receipt",
     PART, "nl/fr", rm_sticker, "bpost registered sticker and till ticket glued on A4 with a handwritten note")
_reg("be9ter-rm-bpost-email-afgifte-mailkop-tabel-tafelfoto-42", "registered-mail-receipt", PART, "nl",
     rm_email, "bpost delivery e-mail printed from the mail program, photographed on the desk")


# =========================================================================== other


def other_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The applicant's 'verklaring op eer' / 'déclaration sur l'honneur' WRITTEN BY HAND with a ballpoint in a
    light dkg hand on SQUARED paper torn from a school notebook (the torn edge at the left), the title underlined,
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
    w = sh.handwriting(60, 20, glyphs(title, PEN_I), rng, size_pt=18, color=INK, font=PEN_I)
    sh.rule(60, 30, 60 + w, 30, width_mm=0.4, color=INK)
    txt = {"nl": f"Ik, {c.p.given_names} {c.p.surname}, geboren op {fdate(c.p.birth_date, 'dots')} te "
                 f"{c.p.birth_place}, verklaar op eer dat ik geen paspoort en geen identiteitskaart heb. Ik ben "
                 f"mijn papieren kwijt op de weg naar België en ik kan geen nieuwe krijgen.",
           "fr": f"Je soussigné{e} {c.p.given_names} {c.p.surname}, né{e} le {fdate(c.p.birth_date, 'slashes')} à "
                 f"{c.p.birth_place}, déclare sur l'honneur ne posséder ni passeport ni carte d'identité. J'ai perdu "
                 f"mes documents pendant le voyage vers la Belgique et je ne peux pas en obtenir d'autres."}[lang]
    y = _hand_lines(sh, 22, 42, 170, txt, rng, size=14, lh=10, font=PEN_I, color=INK, max_lines=12)
    sh.handwriting(22, y + 8, glyphs(f"{c.addr.city}, {fdate(c.app_date, 'dots')}", PEN_I), rng, size_pt=13, color=INK,
                   font=PEN_I)
    sh.signature(120, y + 14, 46, 15, rng, color=INK)
    return [table_photo(sh, rng)], {}


def other_pharmacy(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A pharmacy's 'historique des délivrances' / 'historiek afleveringen' printed from the pharmacy software on
    plain paper in Courier Prime: a header with the pharmacy's name and APB number, the patient line, then a
    fixed-width listing (date, CNK code, product, qty, price) with a total, and the pharmacist's stamp and
    initials at the foot; copied with a slight tilt."""
    il = ILLNESSES[c.illness]
    t = _ill(c, "nl" if c.lang != "fr" else "fr")
    fr = c.lang == "fr"
    sh = Sheet()
    _T(sh, 18, 14, rng.choice(["PHARMACIE DU CENTRE", "APOTHEEK DE LINDE", "PHARMACIE DES ARDENNES"]), font=COUR_B,
       size=12)
    _T(sh, 18, 20, f"{c.addr.city} - APB {rng.randint(100000, 999999)}", font=COUR, size=9)
    _T(sh, 18, 32, "HISTORIQUE DES DELIVRANCES" if fr else "HISTORIEK AFLEVERINGEN", font=COUR_B, size=11)
    _T(sh, 18, 38, f"{'Patient' if fr else 'Patiënt'}: {c.p.surname.upper()} {c.p.given_names}  "
       f"({fdate(c.p.birth_date, 'dots')})", font=COUR, size=9.5)
    _T(sh, 18, 48, f"{'DATE':<11}{'CNK':<9}{'PRODUIT' if fr else 'PRODUCT':<28}{'QTE' if fr else 'AANT':>4}"
       f"{'EUR':>9}", font=COUR_B, size=9)
    sh.rule(18, 53, 190, 53, width_mm=0.2)
    y = 56
    tot = 0.0
    for k in range(4):
        for m in [il["drug"]] + t["meds"][:1]:
            p = round(rng.uniform(7, 80), 2)
            tot += p
            dd = fdate(SUB - timedelta(days=120 - k * 30 + rng.randint(0, 4)), "dots")
            ln = f"{dd:<11}{rng.randint(1000000, 9999999):<9}{glyphs(m, COUR)[:26]:<28}{1:>4}" \
                 f"{f'{p:.2f}'.replace('.', ','):>9}"
            _T(sh, 18, y, ln, font=COUR, size=9)
            y += 5
    sh.rule(18, y + 1, 190, y + 1, width_mm=0.2)
    _T(sh, 190, y + 3, f"TOTAL {tot:.2f}".replace(".", ","), font=COUR_B, size=10, anchor="right")
    sh.stamp(30, y + 16, ["PHARMACIEN / APOTHEKER", c.addr.city.upper()], rng, shape="oval", size_mm=36,
             color=ST_GREEN, angle=rng.uniform(-10, 10))
    sh.handwriting(76, y + 22, "vu", rng, size_pt=13, color=INK, font=BALL)
    return [tilt(sh, rng, lo=0.6, hi=1.8)], {}


_reg("be9ter-other-declaration-op-eer-ruitjespapier-dkg-pen-tafelfoto-42", "other", PART, "nl/fr",
     other_declaration, "applicant's declaration written with a ballpoint on squared notebook paper, phone photo")
_reg("be9ter-other-pharmacy-historiek-courier-vaste-breedte-stempel-scheef-42", "other", PART, "nl/fr",
     other_pharmacy, "pharmacy's dispensing history in a fixed-width listing, skewed copy")
