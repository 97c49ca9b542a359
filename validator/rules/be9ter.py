"""Belgian 9ter: the admissibility grounds of art. 9ter §3 and what DVZ asks of the application (seeds 003, 004).

Every check reads the documents the classify stage found; the words looked for
are in validator/data/be9ter.yaml. A ground that cannot be shown present is
always reported, since a missed inadmissibility ground is the worst mistake this
tool can make; but it is `inadmissible` only on evidence of the defect (the
document type absent from a dossier whose documents were all recognised, a
field whose label stands there with nothing after it, a signature area with no
ink, a date read with confidence). What was looked for and not found is an
`unverified` warning naming the place to check.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Any, get_args

from dateutil.relativedelta import relativedelta
from rapidfuzz import fuzz

from validator import identity, language, signature, yamlconfig
from validator.classify import OTHER, SECTION_NUMBER, lists_enclosures
from validator.extract import labels
from validator.extract.address import ADDRESS_LABELS, Address, find_addresses, find_streets
from validator.extract.columns import Side, column_answer, laid_out_text, two_columns, upright_view
from validator.extract.dates import birth_dates, document_date, find_dates, label_of
from validator.extract.labels import phrase_pattern
from validator.extract.national_number import find_national_numbers, misread_date
from validator.extract.person import birth_country, birth_without_place, may_state_nationality, person_fields
from validator.inkmap import connected, unexplained_ink
from validator.model import (
    BOX_REACH,
    EMPTY_FILL,
    TICKED_FILL,
    Box,
    Checkbox,
    Document,
    Dossier,
    Finding,
    Page,
    RuleConfig,
    Term,
    Word,
)
from validator.rules import (
    FEW_WORDS,
    LABEL_COLON,
    LEVEL,
    RIVAL,
    SURE_CONF,
    absent,
    blank_on_paper,
    boxes,
    document_language,
    finding,
    handwritten,
    language_alongside,
    left_blank,
    places,
    possibly,
    read_surely,
    read_throughout,
    rule,
    sure_of_type,
    unread_writing,
    writing,
)
from validator.signature import read_upside_down
from validator.textmatch import (
    contains_date,
    contains_name,
    contains_name_by_hand,
    fold,
    fold_keeping_length,
    folded_letters,
    match_box,
    month_names,
    text_box,
    text_boxes,
    top_lines,
)

NATIONAL_LANGUAGES = ("nl", "fr", "de")
# How far after its label (characters) the address of effective residence may begin, and how long it may be.
ADDRESS_REACH = 80
ADDRESS_LENGTH = 120
KINSHIP = ("birth-certificate", "marriage-certificate", "marriage-booklet")
# What the application must state about the applicant (DVZ's list, seed 004), in the order it is checked.
PERSONAL_ELEMENTS = (
    "name",
    "first-name",
    "nationality",
    "birth-date",
    "birth-place",
    "birth-country",
    "number",
)
LANGUAGE_KEYS = ("translated", "wrong-language")


@cache
def _data() -> dict[str, Any]:
    return yamlconfig.package_data("be9ter.yaml", "be9ter.schema.yaml")


def phrases(group: str, languages: tuple[str, ...] = (), table: str = "phrases") -> re.Pattern[str]:
    """The group's phrases in the given languages (all four when none is known): French "son" is no son."""
    per_language = _data()[table][group]
    chosen = [lang for lang in languages if lang in per_language] or list(per_language)
    return phrase_pattern(frozenset(p for lang in chosen for p in per_language[lang]))


def _says(text: str, group: str, languages: tuple[str, ...] = (), table: str = "phrases") -> bool:
    return phrases(group, languages, table).search(fold(text)) is not None


def _applications(dossier: Dossier) -> list[Document]:
    return dossier.documents_of("application")


def _page_with(dossier: Dossier, document: Document, snippet: str) -> Page | None:
    """The page of the document on which a piece of its text stands."""
    return next((p for p in dossier.pages_of(document) if snippet and snippet in p.text), None)


def _names_applicant(text: str, name: str | None) -> bool:
    """The applicant's name is in the text; without a name in the dossier, any name written after its label."""
    return contains_name(text, name) if name else person_fields(text).name is not None


@cache
def _field_labels() -> frozenset[str]:
    return (
        frozenset(p for group in _data()["phrases"].values() for words in group.values() for p in words)
        | labels.label_phrases()
    )


@cache
def _fields() -> re.Pattern[str]:
    """Any label that opens a field of a form: the next field after a blank one."""
    return phrase_pattern(_field_labels())


@cache
def _certificate_fields() -> re.Pattern[str]:
    """Any label of a form, and the certificate's section headings: what follows the patient's field when the
    doctor left it blank ("Nom et prénom du patient" over "A/ Historique médical")."""
    return phrase_pattern(
        _field_labels() | frozenset(p for words in _data()["certificate"]["sections"].values() for p in words)
    )


@cache
def _form_text() -> re.Pattern[str]:
    """The certificate's own printed words: its items' labels and its instructions."""
    return phrase_pattern(frozenset(_data()["certificate"]["form_text"]))


@cache
def _doctor_details() -> re.Pattern[str]:
    return phrase_pattern(frozenset(_data()["certificate"]["doctor_details"]))


def _answer(
    text: str,
    label: re.Pattern[str],
    shape: re.Pattern[str] | None = None,
    fields: re.Pattern[str] | None = None,
    number: bool = False,
    ends: re.Pattern[str] | None = None,
) -> bool | None:
    """Whether the label has an answer after it (True), stands with a blank after it (False), or is absent."""
    return labels.answer(fold_keeping_length(text), label, fields or _fields(), shape, number, ends)


def _signature(pages: list[Page], following: Page | None = None) -> signature.Search:
    """The signature of a document: signed on any page; unsigned when a signature label or closing words were
    found and nothing around them is a hand; otherwise unknown. A letter is signed at its end, with no label."""
    searches = [
        signature.search(
            p,
            phrases("signature"),
            phrases("letter_closing"),
            letter_end=p is pages[-1],
            first=pages[0],
            signing_for=phrases("signing_for"),
            electronic=phrases("signed_electronically"),
        )
        for p in pages
    ]
    # Closing words at the foot of a page: the hand may head the next page, above the signer's name.
    nexts = [*pages[1:], following]
    heads = [
        signature.search(
            after,
            phrases("signature"),
            head=True,
            first=pages[0],
            electronic=phrases("signed_electronically"),
        )
        for search, after in zip(searches, nexts)
        if search.verdict == "unsigned" and search.box and search.box.y1 >= _FOOT and after is not None
    ]
    signed = next((s for s in searches + heads if s.verdict == "signed"), None)
    if signed:
        return signed
    unsigned = [s for s in searches if s.verdict == "unsigned"]
    # Looked for around the closing words and at the next page's head, the hand is not on a later page without
    # any unless ink there may be one; nor on a page headed as a list of enclosures after the closing words (a
    # table's shaded header row there looked like a stamp: twenty-fifth be9ter-signed-2).
    looked = any(h.verdict == "unsigned" for h in heads)
    closed = unsigned[0].page or 0 if unsigned else None
    enclosures = {
        p.number for p in pages if closed is not None and p.number > closed and lists_enclosures(p.text)
    }
    doubtful = [
        s
        for s in searches + heads
        if s.verdict == "unknown"
        and s.box is not None
        and (s.unexplained or not looked)
        and s.page not in enclosures
    ]
    if unsigned and not doubtful:
        return unsigned[-1]
    return signature.Search("unknown")


# Where the foot of a page begins, in page heights: closing words below it may be signed overleaf.
_FOOT = 0.6


def _signature_findings(
    cfg: RuleConfig, document: Document, found: signature.Search, pages: list[Page]
) -> Iterator[Finding]:
    """The finding of `found`, the document's signature (`_signature`), unless it is signed."""
    if found.verdict == "signed":
        return
    # Where the empty signature area is; where nothing was found, the end of the document.
    where = (
        found.page
        if found.verdict == "unsigned" and found.page
        else pages[-1].number
        if pages
        else document.first_page
    )
    evidence = {"boxes": boxes([found.box])} if found.box else {}
    yield finding(
        cfg,
        "unsigned",
        document.file,
        where,
        evidence=evidence,
        unverified=found.verdict == "unknown",
        of=document,
    )


def _next_page(dossier: Dossier, document: Document) -> Page | None:
    """The page of the document's file after its last one, if the file goes on and that page opens no document
    of a kind of its own: the head of the enclosure after a letter (a certificate's letterhead, a passport's
    photo) is not where the letter was signed overleaf. One of the letter's own kind is its next page, taken for a
    document of its own (fiftythird be9ter-application-language-2, read after its blind run: a lawyer's letter
    closing at the foot of its first page, signed at the head of the second under its letterhead, "unsigned")."""
    if any(
        d.file == document.file
        and d.first_page == document.last_page + 1
        and d.type not in (OTHER, document.type)
        for d in dossier.documents
    ):
        return None
    return next(
        (
            p
            for f in dossier.files
            if f.path == document.file
            for p in f.pages
            if p.number == document.last_page + 1
        ),
        None,
    )


@rule("BE9TER-REGISTERED-MAIL", keys=("not-to-dvz", "planned", "attached-missing", "missing"))
def registered_mail(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    receipts = dossier.documents_of("registered-mail-receipt")
    for receipt in receipts:
        text = re.sub(r"[^\w]+", " ", dossier.text_of(receipt))
        if not _says(text, "dvz_address"):
            # A receipt that names another body of the procedures went there; one read in full that names no
            # such body may be addressed elsewhere; a receipt read poorly says nothing.
            if _says(text, "other_addressee"):
                yield finding(cfg, "not-to-dvz", receipt.file, receipt.first_page)
                continue
            read = len(text.split()) >= FEW_WORDS
            yield finding(
                cfg, "not-to-dvz", receipt.file, receipt.first_page, severity="warning", unverified=not read
            )
    if any(sure_of_type(r) for r in receipts):
        return
    planned = dossier.manifest.registered_mail
    if planned == "planned":
        yield finding(cfg, "planned", severity="info")
        return
    look = absent(dossier, "registered-mail-receipt") or []
    yield finding(
        cfg,
        "attached-missing" if planned == "attached" else "missing",
        unverified=bool(look),
        evidence={"found": None, "expected": "registered-mail-receipt", "look_at": look},
    )


@rule("BE9TER-ADDRESS", keys=("no-application", "missing"))
def address(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applications = _applications(dossier)
    if not applications:
        # The other checks of the application say nothing then: this one finding says it all.
        look = absent(dossier, "application") or []
        yield finding(
            cfg,
            "no-application",
            unverified=bool(look),
            evidence={"found": [d.type for d in dossier.documents], "look_at": look},
        )
        return
    # A dossier has one application: when another document was taken for one too (a separate list of annexes),
    # the address given in either is the application's.
    beside_labels = {app.file: _beside_residence_label(dossier.pages_of(app)) for app in applications}
    # The counsel's office is no residence, wherever the text gives it again.
    texts = [_without_counsel(dossier.text_of(app)) for app in applications]
    if (
        any(_states_address(text) for text, _ in texts)
        or any(find_addresses(row) for rows in beside_labels.values() for row in rows)
        or any(_misread_residence_label(text) for text, _ in texts)
        or any(
            _stated_as_laid_out(_without_counsel(laid_out_text(dossier.pages_of(app)))[0])
            for app in applications
        )
    ):
        return
    # Each application's text, its chosen domicile's phrases and its residence labels, read once.
    read = []
    for app, (text, echoed) in zip(applications, texts, strict=True):
        chosen = _domicile_phrases(text)
        read.append((app, text, echoed, chosen, _residence_labels(text, chosen)))
    labelled = any(labels_at for *_, labels_at in read)
    for app, text, echoed, chosen, labels_at in read:
        folded = fold_keeping_length(text)
        if not labels_at and labelled:
            # A page of the application taken for a document of its own says nothing of a field another part of it
            # holds (fiftythird be9ter-clean-23, read after its blind run: a form's second page, "no address",
            # inadmissible, its first page's residence field filled in).
            continue
        found = find_addresses(text)
        # A section's heading naming its topics ("B Verblijfplaats en keuze van woonplaats") is no label: its rest
        # is no answer.
        without = _TOPICS.sub("", _without_domicile(text, chosen, found))
        if _answer(labels.HINT.sub(" ", without), phrases("residence_address"), _STREET_AND_NUMBER):
            # The field holds a street and its number that OCR misread past reading as an address ("GEMTSESTEEN
            # NEC 38, 9500 (ICORTRISIC", a hand's capitals): it was filled in, which is all this rule asks.
            continue
        # Evidence that the address was left out: its label with a blank after it; or every postcode and place
        # the application names is DVZ's or the chosen domicile's ("réside à Bruxelles" is no address). Any
        # other postcode and place may be the residence written in a way the extractor does not know; so may
        # whatever a form's field holds after its label ("Handelstraat (bus OUU3), TOLO Antwerpen": a hand OCR
        # misread).
        others = _other_places(text, found, chosen, labels_at)
        # A table's cell labelled only "Adresse" under the section's heading is the field itself: an answer stands
        # after it, on its line, or nowhere (fiftyfirst be9ter-address-2, read after its blind run: "2. Adresse de
        # résidence effective en Belgique" over "ADRESSE" and its empty cell, "check by hand").
        without = _LONE_ADDRESS_LABEL.sub(lambda m: " " * len(m.group()), without)
        answer = _answer(
            _without_hint(without, phrases("residence_address")),
            phrases("residence_address"),
            fields=_address_fields(),
        )
        field = any(
            _FIELD_NUMBER.fullmatch(folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()])
            for m in labels_at
        )
        # No other place named is evidence only in a text that holds all the application says.
        pages = dossier.pages_of(app)
        # A blank in the text may be a hand OCR passed over, ink on the paper after the label or under it (a hand's
        # capitals OCR dropped whole on a typed questionnaire, twentyfirst): no evidence then. On a form filled in by
        # hand the paper must be seen blank.
        empty = answer is False or (not others and not (answer and field) and read_throughout(pages))
        if beside_labels[app.file]:
            # Words in a column beside the label that make no address may be one misread: no blank.
            paper: bool | None = False
        else:
            paper = (
                blank_on_paper(pages, phrases("residence_address"), skip=_no_residence_labels, read=echoed)
                if empty
                else None
            )
        # The office's address again, where the text gives the field's answer, tells no blank on its own: the paper
        # under the label, no word there, does.
        blank = empty and paper is not False and ((not handwritten(pages) and not echoed) or paper is True)
        yield finding(
            cfg,
            "missing",
            app.file,
            app.first_page,
            unverified=not blank,
            of=app,
            evidence={"found": [str(a) for a in found], "labelled": bool(labels_at), "look_at": others},
        )


# The answer opens with a street and its number, however misread, and a comma between them and the place: a word,
# within a few words a number of one to four digits (its box after it: "107/BUS OT", "5 BTE 4", "19/605 5"), a comma
# or a full stop, the place; or the place written first, then the street ending with its number and box ("UO
# SAMT-SOSSE-TEN-NOORE, CHAUSSEE DE LOUVAW 75", "5000 NNAUR, RUE DES CARNES 355 BIE 3"); or a street whose number
# was misread, a comma, a postcode and its place ("OVERLEIESTTTAAT ITA, 8500 KORTRIIIE": twentyfirst's capitals); or
# the street and its number alone, the form's field for them apart from the postcode's ("Straat en nummer: SLEEPSTRAAT
# 107 BUS VOUS", "KOLENMARKT 3IGA", nineteenth), or the postcode and place alone in theirs ("Postcode en gemeente:
# 4000 GENT"). A reference to an annex ("zie bijlage 3") is none: the address is not written there.
# Capitals in comb boxes read as garbage ("PILIAÏCIE DIE L''[UINIIIVIEIR|IS|IIITIÉ 319 BITIE al") are no such line:
# whether they are an address is for a person to see. An address far into a sentence after the label is not within
# the label's reach (tests/test_rules_be9ter_mutants_memory.py); nor is a year in a sentence ("woont sinds 2019
# bij haar dochter"): a postcode follows a comma.
_STREET_AND_NUMBER = re.compile(
    r"^[^\w\n]{0,3}(?!(?:zie|voir|see|siehe|cf|vgl|bijlage|stuk|annexe|piece|annex|anlage)\b)"
    r"(?:[^\W\d_]{3,}\D{0,40}?(?<![\d/.\-])\d{1,4}(?:/\w{1,4})?(?![\d\-]|\.\d)[^\n,\d]{0,8}"
    r"(?:\d{1,3}[^\W\d_\n]{0,2}[ \t]*)?(?:,|\.(?=[ \t]))\s*\S"
    r"|(?:\d{4}[ \t]+)?[^,\n\d]{0,40},\s*[^\W\d_]{3,}\D{0,40}?(?<![\d/.\-])\d{1,4}[a-z]?(?:[^\n\d]{0,6}\d{1,3})?[^\n\d]{0,4}$"
    r"|[^\W\d_]{3,}[^\n,]{0,40},[ \t]*[1-9]\d{3}[ \t]+[^\W\d_]{3,}"
    r"|[^\W\d_]{3,}\D{0,40}?(?<![\d/.\-])\d{1,3}[^\W\d_]{0,3}(?:/\w{1,4})?(?:[ \t]+(?:bus|bte|boite|box)\b[^\n]{0,6})?[ \t]*$"
    r"|[1-9]\d{3}[ \t]+[^\W\d_]{3,}[^\n\d]{0,30}$)"
)


def _stated_as_laid_out(text: str) -> bool:
    """The application's text as its pages lay their lines out states the address. OCR may read a section's heading
    in a dark bar before the table's row over it ("3. Domicile élu" before "ADRESSE Rue de Ribaucourt 184, …", the row
    under "2. Adresse de résidence effective": fiftyfirst be9ter-clean-17 and -30, read after its blind run, "no
    address", inadmissible), or a label's lines apart from the answer beside them (`_answered_in_wrapped_label`)."""
    return _states_address(text) or _answered_in_wrapped_label(text)


_LONE_ADDRESS_LABEL = re.compile(rf"(?im)^[ \t]*(?:{'|'.join(ADDRESS_LABELS)})[ \t]*:?[ \t]*$")


def _without_hint(text: str, label: re.Pattern[str]) -> str:
    """The text without the hint in brackets that ends a label's line ("7. Adres waar u echt woont (straat, nr,
    postcode, gemeente)"): the form's, not the answer. Other brackets stay: the next label's "(woonstkeuze)" names it."""
    folded = fold_keeping_length(text)
    for m in label.finditer(folded):
        hint = labels.LINE_HINT.match(folded, m.end())
        if hint:
            text = text[: hint.start()] + " " * (hint.end() - hint.start()) + text[hint.end() :]
    return text


def _without_domicile(text: str, chosen: list[re.Match[str]], found: list[Address]) -> str:
    """The text without what follows each choice of domicile (`chosen`, `_domicile_phrases` of it) on its line,
    and up to the end of the address it chooses where a sentence carries that over the line's end: "réside à
    Bruxelles et élit domicile au cabinet …, Avenue Louise 250, 1050 Bruxelles" gives the lawyer's address, not the
    residence. The choice's own words stay: a form's label for it is a field of its own, no answer to the one
    above; and so does an address after the next line's residence label. `found`: the text's addresses."""
    folded = fold_keeping_length(text)
    for start, end in reversed(_domicile_tails(text, chosen)):
        if re.search(r"[^\W\d_]", text[start:end]):
            wrapped = [
                a.end
                for a in found
                if end <= a.start < start + ADDRESS_REACH
                and not phrases("residence_address").search(folded[end : a.start])
            ]
            end = max([end, *wrapped[:1]])
        text = text[:start] + text[end:]
    return text


def _without_name(text: str, name: str | None) -> str:
    """The text without the words of the applicant's name: "Irakoze" begins as "Irak" does, but names her, not a
    nationality."""
    for word in (name or "").split():
        if len(word) >= 3:
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def _states_address(text: str) -> bool:
    """An address follows a residence label, or stands just above it (a form's answer OCR read higher)."""
    # "réside à Bruxelles et élit domicile au cabinet …, Avenue Louise 250": that address is the lawyer's.
    chosen = _domicile_phrases(text)
    labels_at = _residence_labels(text, chosen)
    domiciles = [m.start() for m in chosen]
    domicile_ends = [m.end() for m in chosen]
    found = find_addresses(text)
    return any(_address_after(text, m.end(), domiciles, found) for m in labels_at) or any(
        _address_just_before(text, m.start(), found, domicile_ends) for m in labels_at
    )


# A misread label's letters, run together, come this close to a residence label's as forms print it (rapidfuzz's
# ratio, 0 to 100), hold the word that sets the residence apart this close (its partial ratio), and are this many
# letters at least: "Adresse de la résidence précédente" comes to 75 and 53.
_MISREAD_LABEL, _MISREAD_KEY, _MISREAD_LETTERS = 80, 75, 20
# The address follows the label: its street, number, box, postcode and place in this many characters at most.
_MISREAD_REACH = 80


def _misread_residence_label(text: str) -> bool:
    """A line holding an address whose opening words, run together, are a residence label as forms print it, misread
    past matching: a label printed small and grey ("Asressedelarsidenceetfeciveen Eebiue Rye de Fer 100, 5000 Namur":
    fortyfirst be9ter-clean-25 and five more of the social services' forms of fortyfirst and fortysecond, read after
    their blind runs, "no address" to check by hand)."""
    data = _data()["phrases"]
    printed = [folded_letters(p) for forms in data["residence_label_printed"].values() for p in forms]
    keys = [key for words in data["residence_label_key"].values() for key in words]
    for line in text.splitlines():
        # A label read as one is within reach of its address or not (`_states_address`).
        found = [] if phrases("residence_address").search(fold(line)) else find_addresses(line)
        words = line[: found[0].end].split() if found else []
        for count in range(1, len(words)):
            opening = folded_letters(" ".join(words[:count]))
            if (
                len(" ".join(words[count:])) <= _MISREAD_REACH
                and len(opening) >= _MISREAD_LETTERS
                and max(fuzz.ratio(opening, p) for p in printed) >= _MISREAD_LABEL
                and max(fuzz.partial_ratio(key, opening) for key in keys) >= _MISREAD_KEY
            ):
                return True
    return False


def _answered_in_wrapped_label(text: str) -> bool:
    """An address beside the first line of a residence label that runs on to the next line, as a form's column of
    labels lays them out ("Adresse de résidence  Rue Wayez 265 boîte 3, 1070 Anderlecht" over "effective en
    Belgique": fortyninth be9ter-clean-20, read after its blind run; the raw text has the answer between the label's
    lines or after the next field's label, and the address was "missing", a false inadmissible)."""
    label = phrases("residence_address")
    lines = text.splitlines()
    for line, after in zip(lines, lines[1:], strict=False):
        if find_addresses(after):
            continue
        words, rest = line.split(), fold(after.strip())
        for count in range(1, len(words)):
            head = fold(" ".join(words[:count]))
            joined = f"{head} {rest}"
            if any(m.start() < len(head) < m.end() for m in label.finditer(joined)) and find_addresses(
                " ".join(words[count:])
            ):
                return True
    return False


def _beside_residence_label(pages: list[Page]) -> list[str]:
    """What stands level with each residence label across a column's gap after it, or right after it where the text
    gives the label's line nothing more, up to the domicile's field if one follows on the row: a form whose values
    stand in a column beside its labels, read column by column, so that the text gives the labels first and the
    values after them all (twenty-eighth be9ter-clean-20, read: "Adresse où je réside effectivement" and, beside it,
    "Rue de Nimy 31, 7000 Mons", a false inadmissible). A sentence going on after its verb ("woont sinds enkele jaren
    in België") is no column."""
    rows = []
    for page in pages:
        for m in _residence_labels(page.text, _domicile_phrases(page.text)):
            where = match_box(page.words, page.text, m.start(), m.end())
            if where is None:
                continue
            right = _right_of(_overlapping(page.words, where), where)
            gap = _after_gap(right, where.x1)
            if gap is None and right and not re.search(r"\w", _rest_of_line(page.text, m.end())):
                # Words right after the label that the text sets on a line of their own: the answer, read apart from
                # its label (": Rue de Marcin" a little higher, read before it: thirty-eighth be9ter-clean-02, read
                # after its blind run, a false inadmissible).
                gap = 0
            if gap is None:
                continue
            row = " ".join(w.text for w in right[gap:])
            domicile = _domicile_phrases(row)
            rows.append(row[: domicile[0].start()] if domicile else row)
    # Marks with no letter or digit ("=", the dash in the next column's box on the row: thirty-first
    # be9ter-address-2, read) are no address, however misread.
    return [row for row in rows if any(c.isalnum() for c in row)]


def _residence_labels(text: str, chosen: list[re.Match[str]]) -> list[re.Match[str]]:
    """The residence labels of the text, less those in the spans of `_no_residence_labels`."""
    spans = _no_residence_labels(text, chosen)
    return [
        m
        for m in phrases("residence_address").finditer(fold_keeping_length(text))
        if not any(start <= m.start() < end for start, end in spans)
    ]


def _no_residence_labels(text: str, chosen: list[re.Match[str]] | None = None) -> list[tuple[int, int]]:
    """Where a residence label's words are none: an option of a domicile's field on its line ("Woonplaatskeuze ☐ op
    het verblijfsadres ☒ bij de advocaat"), the address after it the one chosen; and a section's heading naming its
    topics ("B Verblijfplaats en keuze van woonplaats", "2. Verblijfplaats en woonplaatskeuze" over a hand-filled
    form's empty field: fortysixth be9ter-address-2, read after its blind run, the heading's words beside it taken for
    the field's answer on paper), its rest no answer."""
    return _domicile_tails(text, chosen) + [m.span() for m in _TOPICS.finditer(text)]


def _domicile_tails(text: str, chosen: list[re.Match[str]] | None = None) -> list[tuple[int, int]]:
    """The rest of the line after each choice of domicile (`_domicile_phrases` of the text unless given); after a
    label alone on its line, its hint in brackets aside, the next line too where it opens with an option's mark
    ("Keuze van woonplaats" over "○ op mijn verblijfsadres ● bij mijn advocaat", the circles read "©" or "O":
    twenty-seventh be9ter-address-2; "Woonplaatskeuze (waar DVZ de brieven stuurt)": thirty-first)."""
    spans = []
    folded = fold_keeping_length(text)
    for m in _domicile_phrases(text) if chosen is None else chosen:
        end = text.find("\n", m.end())
        hint = labels.LINE_HINT.match(folded, m.end())
        if end >= 0 and not re.search(r"\w", text[hint.end() if hint else m.end() : end]):
            end = options.end() if (options := _OPTIONS_LINE.match(text, end)) else end
        spans.append((m.end(), len(text) if end < 0 else end))
    return spans


# The lines of a form's options: each opens with a box or a circle, as OCR reads one ("O", "Oo": thirtieth; "le]"
# for "[ ]", over "[X] bij de advocaat": fiftieth be9ter-address-2, read, its first option "zelfde adres als de
# verblijfplaats" no label of the residence).
_OPTIONS_LINE = re.compile(r"(?:\n\s*(?:[^\w\s]|[oO0]{1,2}(?=\s)|\w{1,2}\](?=\s))[^\n]*){1,4}")


def _domicile_phrases(text: str) -> list[re.Match[str]]:
    """Where the text chooses a domicile; not a section heading that names it among its topics ("VERBLIJF EN
    WOONPLAATSKEUZE"), which claims no address after it."""
    topics = [m.span() for m in _TOPICS.finditer(text)]
    return [
        m
        for m in phrases("chosen_domicile").finditer(fold_keeping_length(text))
        if not any(start <= m.start() < end for start, end in topics)
    ]


# What stands before a form's label on its line, if anything: the field's number ("2.", "1.2)", "a)", "B/", "-").
_FIELD_NUMBER = re.compile(r"[\s\d.)/-]*(?:[a-z][.)/][\s\d.)/-]*)?")


def _address_after(text: str, end: int, domiciles: list[int], found: list[Address]) -> bool:
    """An address begins within reach after the label ending at `end`, and no chosen domicile stands between
    or opens it. The text after the label is read as if it began a line: in prose ("a sa résidence effective à
    l'adresse Rue de Ribaucourt 51B …") the street begins in the middle of one. So are the addresses `found` in
    the whole text, which a sentence gives after its verb ("verblijft feitelijk op 1080 Sint-Jans-Molenbeek,
    Ribaucourtstraat 32 bus 2"), the label being the verb."""
    window = text[end : end + ADDRESS_REACH + ADDRESS_LENGTH]
    joined, where = _fields_joined(window)
    starts = (
        [a.start for a in find_addresses(window)]
        + [where[a.start] for a in find_addresses(joined)]
        + [a.start - end for a in found if a.start >= end]
    )
    return any(s <= ADDRESS_REACH and not any(end <= d <= end + s for d in domiciles) for s in starts)


# How alike (rapidfuzz's ratio, 0 to 100) two readings of a street and its number are when they are one hand's address
# read twice ("Boulevard Audent 18" and "Boulevard Rodent 16"), the postcode the same.
_SAME_STREET = 80


@cache
def _address_fields() -> re.Pattern[str]:
    """Any label of a form, and its row naming the counsel: what follows an empty residence field."""
    return re.compile(rf"{_fields().pattern}|{_COUNSEL}", _fields().flags)


def _without_counsel(text: str) -> tuple[str, bool]:
    """The text less the lines giving the counsel's office: the address on a form's row naming the counsel, or on the
    line with words after its label ("Avocat" over "Me Youssef Benali, Boulevard Audent 18, 6000 Charleroi"), and every
    other line that gives that address again, however OCR misread it, but one holding a residence label: where the
    domicile's label was not read, its answer, the office chosen, stands after the empty residence field (fiftythird
    be9ter-address-2, read after its blind run: "Election de domicile" dropped, the office taken for the residence, no
    finding); nor one in the letterhead or chosen as the domicile, known for what they are. And whether any such other
    line was left out: whose they are is then the paper's to tell."""
    folded = fold_keeping_length(text)
    found = find_addresses(text)
    rows = []
    for m in re.finditer(rf"(?m)^{_COUNSEL}", folded):
        line = _line_at(text, m.start())
        start = m.start() + len(line) - len(line.lstrip())
        end = start + len(line.lstrip())
        if not any(start <= a.start < end for a in found):
            after = _line_with_words_after(text, m.start())
            start = text.find(after, end)
            end = start + len(after)
        rows.append((start, end))
    offices = [a for a in found if any(start <= a.start < end for start, end in rows)]
    echoes = [
        a
        for a in found
        if any(
            a.postcode == o.postcode
            and fuzz.ratio(fold(f"{a.street} {a.number}"), fold(f"{o.street} {o.number}")) >= _SAME_STREET
            for o in offices
        )
    ]
    # The office in the letterhead, or chosen as the domicile, is known for what it is; given again elsewhere than
    # after a residence label, it answers none.
    sender = _sender_office(text)
    domiciles = _domicile_phrases(text)
    chosen = [m.end() for m in domiciles]
    asked = [m.end() for m in _residence_labels(text, domiciles)]
    echoed = False
    for a in echoes:
        start = text.rfind("\n", 0, a.start) + 1
        end = start + len(_rest_of_line(text, start))
        row = any(s <= a.start < e for s, e in rows)
        if (
            phrases("residence_address").search(folded[start:end])
            or a.start < sender
            or any(0 <= a.start - at <= ADDRESS_REACH for at in chosen)
            or not (row or any(0 <= a.start - at <= ADDRESS_REACH for at in asked))
        ):
            continue
        echoed = echoed or not row
        text = text[:start] + re.sub(r"\S", " ", text[start:end]) + text[end:]
    return text, echoed


def _fields_joined(text: str) -> tuple[str, list[int]]:
    """A form's residence asked for in fields, each label on a line of its own ("Straat en nummer", "Postcode en
    gemeente", with a comb under each): their answers as one address, the labels and blank lines between them
    left out; and where each character of that stands in `text`."""
    label = phrases("residence_address")
    kept: list[str] = []
    where: list[int] = []
    at = 0
    for line in text.splitlines(keepends=True):
        if re.sub(r"\W", "", label.sub("", fold(line))):
            kept.append(line)
            where.extend(range(at, at + len(line)))
        at += len(line)
    return "".join(kept), where


def _address_just_before(text: str, start: int, found: list[Address], domiciles: list[int]) -> bool:
    """An address ends right before the label, nothing but blank lines between: a form's answer that OCR read
    above its label, the field's box standing a little higher than the label beside it. Not the chosen
    domicile's, answering the field before, nor that address named again: the counsel's office, given before the
    letter's heading "Résidence effective et domicile élu" and chosen under it (fortyninth be9ter-address-1, read:
    no residence given, passed)."""
    chosen = {
        (a.number, a.postcode) for a in found if any(0 <= a.start - end <= ADDRESS_REACH for end in domiciles)
    }
    return any(
        a.end <= start and not text[a.end : start].strip(" \t\n.,;") and (a.number, a.postcode) not in chosen
        for a in found
    )


# A four-digit postcode and a place name after it: anything that may be a Belgian address, however written; not
# the last group of an account number ("BE97 7703 4736 8524"), nor a date's year ("Bruxelles, 28-11-2026" over
# "Objet:", twenty-ninth).
_PLACE = re.compile(r"(?<![\d.,/-])(?<!\d{4} )(?:B-?)?[1-9]\d{3}\s+[A-ZÀ-Ý][\w'’\-]+")


def _other_places(
    text: str, found: list[Address], chosen: list[re.Match[str]], asked: list[re.Match[str]]
) -> list[str]:
    """The postcodes with a place after them, and the streets named with their house numbers, that are neither DVZ's
    address nor the chosen domicile's. `chosen`: the text's choices of domicile (`_domicile_phrases`); `asked`: its
    residence labels (`_residence_labels`)."""
    domiciles = [m.end() for m in chosen]
    sender = _sender_office(text)
    # The office's own address in its letterhead is the lawyer's, wherever the letter names it again ("mon
    # cabinet (Rue de l'Aurore 44, 1000 Bruxelles), où ma cliente fait élection de domicile").
    known = [
        a
        for a in found
        if _says(a.street, "dvz_address")
        or _says(f"{a.street} {a.number}", "dvz_address")
        or any(0 <= a.start - end <= ADDRESS_REACH for end in domiciles)
        or a.start < sender
    ]
    # A letterhead writes the lawyer's street whole ("Lange Gasthuisstraat 27 – 2000 Antwerpen") where the
    # chosen domicile wraps it: the number and postcode tell them the same; so do the street and the postcode on
    # one line ("Bondgenotenlaan 134 bus 3 · 3000 Leuven"), however the extractor read its separators.
    same = {(a.number, a.postcode) for a in known}
    accounted = [(a.start, a.end) for a in found if (a.number, a.postcode) in same]
    streets = {(fold(a.street), a.postcode) for a in known}
    # Where the form asked for the residence before the domicile, what follows the domicile's choice is its own.
    tails = _domicile_tails(text, chosen)
    ends = [end for start, end in tails if any(m.start() < start for m in asked)]
    places = [
        m.group()
        for m in _PLACE.finditer(text)
        if not any(start <= m.start() < end for start, end in accounted)
        and not _chosen_place(text, m.start(), ends)
        and not _after_a_month(text, m.start())
        and not any(
            postcode in m.group() and street in fold(_line_at(text, m.start()))
            for street, postcode in streets
        )
        and not _dvz_place(text, m)
        and m.start() >= sender
    ]
    # A street with its house number outside every address found (and not one of theirs again: a letterhead repeated
    # on the next page), DVZ's street and the chosen domicile's line, below a letterhead: an address whose postcode
    # OCR misread ("Ottignies-Louvain-la-Neuve, Rue des Wallons 178 bte 3" after its label and postcode read as
    # garbage: fortyfirst be9ter-clean-27, read after its blind run, a false inadmissible).
    beside = tails + [(a.start, a.end) for a in found]
    named = {fold(f"{a.street} {a.number}") for a in found}
    return places + [
        text[start:end]
        for start, end in find_streets(text)
        if start >= sender
        and not any(s <= start < e for s, e in beside)
        and not any(fold(text[start:end]).startswith(street) for street in named)
        and not any(0 <= start - end_ <= ADDRESS_REACH for end_ in domiciles)
        and not _says(text[start:end], "dvz_address")
    ]


def _dvz_place(text: str, place: re.Match[str]) -> bool:
    """The postcode and place are DVZ's: 1000 on the line after its street, however OCR read what follows the
    street ("Boulevard Pachéco 44 re RD / 1000 BRUXELLES": a window envelope's marks beside the addressee,
    thirty-fifth), which left the address unfound whole."""
    if not re.match(r"(?:B-?)?1000\s", place.group()):
        return False
    before = fold_keeping_length(text[: place.start()])
    return any(before.count("\n", m.end()) <= 1 for m in phrases("dvz_address").finditer(before))


def _chosen_place(text: str, start: int, ends: list[int]) -> bool:
    """The postcode and place at `start` end the chosen domicile's address, whose street OCR misread past reading
    as one ("ADVOCATENKANTOOR VERSTRAETEN, KORTRITKSESTEENWEG M2, 9000 GENT" under the options of "Woonplaatskeuze",
    thirty-first be9ter-address-2, read): within an address's reach after the choice and its options (`ends`), no
    residence label between."""
    return any(
        0 <= start - end <= ADDRESS_REACH + ADDRESS_LENGTH
        and not phrases("residence_address").search(fold_keeping_length(text[end:start]))
        for end in ends
    )


# The words by which a letterhead names an office rather than a person: a lawyer's, a social service's.
_OFFICE = re.compile(
    r"\b(?:advoca\w*|avocat\w*|rechtsanw\w*|kanzlei|kantoor|cabinet|caw|ocmw|cpas|vzw|asbl|"
    r"maatschappelijk\w*|service social|sociale dienst|law firm|solicitors?)\b"
)
# How many lines at the top of a letter its letterhead may take.
_LETTERHEAD_LINES = 6


def _sender_office(text: str) -> int:
    """Where the letter's addressee begins, when the lines above it are an office's letterhead ("CAW Limburg",
    "ADVOCATENKANTOOR VAN DAMME"): a place there is the sender's office, not where the applicant lives. A letter
    the applicant writes herself heads it with her own address, which names no office. 0 when there is none."""
    addressee = phrases("dvz_address").search(fold(text))
    if addressee is None:
        return 0
    head = text[: addressee.start()]
    return len(head) if _OFFICE.search(fold(top_lines(head, _LETTERHEAD_LINES))) else 0


def _rest_of_line(text: str, at: int) -> str:
    """The text from `at` to the end of its line."""
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)]


def _line_at(text: str, at: int, to: int | None = None) -> str:
    """The line holding `at` (the lines from it to the one holding `to`)."""
    end = text.find("\n", at if to is None else to)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def _after_a_month(text: str, start: int) -> bool:
    """The number is the year of a date: "… 15 décembre\n1980", "le 26 novembre 2026"."""
    before = fold(text[max(0, start - 14) : start]).split()
    return bool(before) and any(before[-1].strip(".,") in names for names in month_names().values())


@rule(
    "BE9TER-IDENTITY",
    keys=[f"proven-{basis}" for basis in get_args(identity.Basis)]
    + [f"lacks-{part}" for part in (*identity.ELEMENTS, "photo", "identity_evidence", "exemption_proof")]
    + ["lacks-unread", "declared-unread"],
)
def identity_proof(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    read = [(d, p) for d in dossier.documents if (p := identity.piece_of(dossier, d))]
    pieces = [p for _, p in read]
    asylum = dossier.manifest.asylum
    proof = bool(dossier.documents_of("asylum-proof"))
    # The proof of a pending asylum application (an annex 26) claims the exemption by itself, unless the
    # manifest says that application was refused; so does the application saying identity need not be proven.
    claimed = (
        asylum.pending
        or (proof and asylum.refused_on is None)
        or _application_says(dossier, "claimed", "identity_exemption")
    )
    result = identity.assess(pieces, claimed, proof)
    matrix = [
        {"file": a.piece.file, "type": a.piece.type, "conditions": a.conditions, "shows": list(a.elements)}
        for a in result.pieces
    ]
    evidence = {"matrix": matrix, "missing": list(result.missing), "basis": result.basis}
    if result.sufficient:
        # A piece that does not say it was drawn up on the holder's declarations meets condition (d) only if its
        # pages were read whole: OCR may have passed over the line that says so ("Le présent certificat est délivré
        # sur la seule déclaration de l'intéressé(e)" across a fold's shadow: fortysecond be9ter-id-sufficiency-3,
        # read after its blind run, a false all-clear). Where the proof stands on such a piece, a person reads it.
        assumed = [
            p
            for d, p in read
            if not p.declared
            and not identity.properties()[p.type].get("alone")
            and not read_throughout(dossier.pages_of(d))
        ]
        declared = [dataclasses.replace(p, declared=True) if p in assumed else p for p in pieces]
        if assumed and not identity.assess(declared, claimed, proof).sufficient:
            yield finding(
                cfg,
                "declared-unread",
                evidence={**evidence, "look_at": sorted({p.file for p in assumed})},
                unverified=True,
                files=", ".join(sorted({p.file for p in assumed})),
            )
            return
        yield finding(
            cfg,
            f"proven-{result.basis}",
            severity="info",
            evidence=evidence,
            files=", ".join(sorted({a.piece.file for a in result.pieces})) or "-",
        )
        return
    # With no evidence at all, naming each element it would have shown adds nothing.
    shown = (
        [m for m in result.missing if m in ("identity_evidence", "exemption_proof")]
        if "identity_evidence" in result.missing
        else list(result.missing)
    )
    kinds = identity.properties()
    # A document nothing recognised (a passport scanned too dark to read) may be the piece that shows what is
    # missing, however surely the other pieces were recognised; a document recognised as another type (the
    # application, which names the applicant's birth and nationality) is then no such piece.
    look = absent(dossier, *kinds)
    look = places([d for d in possibly(dossier, *kinds) if d.type == OTHER]) if look is None else look
    # With the exemption claimed, a document taken for nothing that speaks of asylum (a reception centre's
    # attestation) may be the proof of the pending application, which would stand for every part of the identity
    # evidence. One that says nothing of asylum is no such proof: that proof is a document of its own kind.
    proof_look = (
        places([d for d in possibly(dossier, "asylum-proof") if d.scores.get("asylum-proof", 0.0) > 0])
        if claimed
        else []
    )
    # A document that may be the proof of the pending application is the one thing to look at: were it that proof,
    # the exemption would stand for every other part.
    if proof_look and "exemption_proof" in shown:
        shown = ["exemption_proof"]
    looks = {m: proof_look if m == "exemption_proof" else look + proof_look for m in shown}
    certain = {
        m: _identity_gap_certain(m, result, looks[m])
        and not (m == "nationality" and _nationality_field(dossier, result))
        for m in shown
    }
    # The parts not read on the pieces (a passport scanned too dark shows none of them) are one thing for a person
    # to look at, on the same pieces, not one each.
    unsure = [m for m in shown if not certain[m] and m in (*identity.ELEMENTS, "photo")]
    merged = unsure if len(unsure) > 1 else []
    for missing in shown:
        if missing not in merged:
            yield finding(
                cfg,
                f"lacks-{missing}",
                evidence={**evidence, "look_at": looks[missing]},
                unverified=not certain[missing],
            )
    if merged:
        yield finding(
            cfg,
            "lacks-unread",
            evidence={**evidence, "unread": merged, "look_at": look + proof_look},
            unverified=True,
            parts=tuple(Term(f"element.{part}") for part in merged),
        )


def _identity_gap_certain(missing: str, result: identity.IdentityAssessment, look: list[str]) -> bool:
    """Whether the dossier surely lacks this part of the §2 proof. No evidence at all, with every document
    recognised, is sure; so is a photo or an element of (a) that no piece is of a kind to carry (a birth
    certificate states no nationality), and a claimed exemption with no document that may be its proof. An
    element not read on a piece of a kind that carries it may be written in a way the extractor missed. A piece
    that says it was drawn up on the holder's declarations carries nothing towards the proof, whatever its kind."""
    if look:
        return False
    if missing == "exemption_proof":
        return True
    if missing == "identity_evidence":
        return True
    kinds = [identity.properties()[a.piece.type] for a in result.pieces if a.counts]
    if missing == "photo":
        return not any(kind["photo"] or kind.get("fingerprints") for kind in kinds)
    return not any(missing in kind["carries"] for kind in kinds)


def _nationality_field(dossier: Dossier, result: identity.IdentityAssessment) -> bool:
    """A piece that counts has a field for the nationality, whatever its kind carries: what OCR made of its answer
    is for a person to read."""
    pieces = {(a.piece.file, a.piece.type) for a in result.pieces if a.counts}
    return any(
        _says(dossier.text_of(d), "nationality_field")
        for d in dossier.documents
        if (d.file, d.type) in pieces
    )


def _certificates(dossier: Dossier) -> list[Document]:
    return dossier.documents_of("medical-certificate")


@rule("BE9TER-MEDCERT-PRESENT", keys=("missing",))
def certificate_present(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    look = absent(dossier, "medical-certificate")
    if look is not None:
        statements = dossier.documents_of("medical-statement")
        # A medical document citing article 9ter, or the model's edition, under the model's own section headings
        # may be the model in a wording its titles do not know ("Standardisiertes ärztliches Attest"), or with
        # its title misread.
        shaped = any(_shaped_like_model(dossier.text_of(d)) for d in statements)
        yield finding(
            cfg,
            "missing",
            unverified=bool(look) or shaped,
            evidence={
                "found": [d.file for d in statements],
                "expected": "medical-certificate",
                "look_at": look,
            },
        )


# The model's sections (history, illness, severity, treatment, consequences, evolution, needs) a document
# must head, beside citing article 9ter, to be taken for the model in another wording.
_MODEL_SECTIONS = 4


def _shaped_like_model(text: str) -> bool:
    sections = certificate_sections(text)
    headed = sum(1 for name, content in sections.items() if name != "closing" and content is not None)
    marks = phrase_pattern(frozenset(_data()["certificate"]["model_marks"]))
    return headed >= _MODEL_SECTIONS and marks.search(fold(text)) is not None


@rule(
    "BE9TER-MEDCERT-AGE",
    keys=("undated", "future", "too-old", "too-old-cited"),
    params={"months": {"type": "integer", "minimum": 1}},
)
def certificate_age(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    months = cfg.params.get("months", 3)
    limit = dossier.submission_date - relativedelta(months=months)
    dated: list[tuple[Document, dt.date | None, str, bool, bool]] = []
    for cert in _certificates(dossier):
        text = dossier.text_of(cert)
        # Only a birth date that would make the certificate too old is set aside: a fax header's date that the
        # labels took for a birth date is the certificate's all the same.
        born = {d.date for d in birth_dates(text)} | {dossier.manifest.applicant.birth_date}
        found = document_date(text, frozenset(d for d in born if d and d <= limit))
        # A date no "Datum" or "Fait le" labels may be one the doctor wrote of ("biopsie du 02/07/2026"), the
        # certificate's own date label being misread ("TE 14/10/2026").
        labelled = found is not None and label_of(text, found) == "document_date"
        if found is not None and not labelled:
            # A form's column of answers read apart from its labels: read as the page lays its lines out, the date
            # stands after "Datum:" (fiftysecond be9ter-medcert-age-2, read after its blind run: "Datum:" over
            # "11/08/2026" among the doctor's other fields, 112 days old, only "check by hand").
            laid = laid_out_text(dossier.pages_of(cert))
            labelled = any(
                d.date == found.date and label_of(laid, d) == "document_date" for d in find_dates(laid)
            )
        # Another date labelled as the certificate's, in time: which of the two the doctor wrote is for a person
        # to see ("Date: 3-10-2026" typed, "Date: 3-10-20" read again off the stamp's edge).
        disputed = any(
            limit < d.date <= dossier.submission_date
            for d in find_dates(text)
            if label_of(text, d) == "document_date"
        )
        dated.append((cert, found.date if found else None, found.text if found else "", labelled, disputed))
    recent = any(day and limit < day <= dossier.submission_date for _, day, _, _, _ in dated)
    cited = _cited_dates(dossier)
    cited_in_time = any(limit < d for d, _ in cited)
    confirmed = [d for d, sure in cited if sure]
    for cert, day, snippet, labelled, disputed in dated:
        shown = _page_with(dossier, cert, snippet)
        # A date not read is looked for where a certificate is dated: at its end, by the signature.
        page = shown.number if shown else cert.last_page
        box = text_box(shown.words, snippet) if shown else None
        evidence = {
            "found": day.isoformat() if day else None,
            "expected": f"> {limit.isoformat()}",
            "text": snippet,
            "boxes": boxes([box] if box else []),
        }
        own_sure = day is not None and labelled and read_surely(shown, snippet)
        if not (recent or cited_in_time or own_sure or day in confirmed) and confirmed:
            # The doctor's date unread or read unsure (a hand, a stamp over it, the patient's birth date beside it
            # taken for it), the application gives one, typed: that it is too old is the lawyer's own word.
            given = max(confirmed)
            yield finding(
                cfg,
                "too-old-cited",
                cert.file,
                page,
                of=cert,
                evidence={**evidence, "found": given.isoformat(), "cited": True},
                date=given.isoformat(),
                limit=limit.isoformat(),
                months=months,
            )
        elif day is None:
            # A date written in a way the extractor does not know, or by a hand OCR cannot read.
            yield finding(cfg, "undated", cert.file, page, evidence=evidence, unverified=True)
        elif day > dossier.submission_date:
            yield finding(
                cfg, "future", cert.file, page, severity="warning", evidence=evidence, date=day.isoformat()
            )
        elif day <= limit:
            # An old certificate beside a recent one does no harm; alone, it makes the application inadmissible,
            # when its date was read as written.
            yield finding(
                cfg,
                "too-old",
                cert.file,
                page,
                severity="warning" if recent else None,
                of=cert,
                evidence=evidence,
                date=day.isoformat(),
                limit=limit.isoformat(),
                months=months,
                days=(limit - day).days + 1,
                # The application citing the certificate with the same date confirms a date OCR read unsure; with a
                # date in time, it says the date read here may be misread (a hand's "11" read as "04").
                unverified=not recent
                and day not in confirmed
                and (
                    cited_in_time
                    or disputed
                    or not own_sure
                    or _sent_soon_after(day, dossier.pages_of(cert), limit)
                ),
            )


# A date and a time of day in a page's first line: a fax machine's or a printer's imprint of when the page was sent
# ("Fax 09 223 18 07 14.11.2026 10:44 S. 1/2").
_TIME_OF_DAY = re.compile(r"\b[0-2]?\d[:.h][0-5]\d\b(?![.:/-]\d)")
# How many days before it was sent a certificate may have been signed: a doctor faxes what was just written.
_SENT_WITHIN = dt.timedelta(days=14)


def _sent_soon_after(day: dt.date, pages: list[Page], limit: dt.date) -> bool:
    """The certificate's date, one of its digits read otherwise, is in time and within days before a page of it was
    sent: OCR's misreading of a faxed digit, not a certificate faxed a year after it was signed (fortyeighth
    be9ter-clean-04, read after its blind run: "Datum: 2026-09-20", faxed "21.09.2026 10:39", read "2025-09-20" at
    confidence 94, "inadmissible")."""
    sent = [
        found.date
        for p in pages
        for line in p.text.strip().splitlines()[:1]
        if _TIME_OF_DAY.search(line)
        for found in find_dates(line)
    ]
    written = day.isoformat()
    for at, digit in enumerate(written):
        if not digit.isdigit():
            continue
        for other in "0123456789".replace(digit, ""):
            try:
                misread = dt.date.fromisoformat(written[:at] + other + written[at + 1 :])
            except ValueError:
                continue
            if limit < misread and any(s - _SENT_WITHIN <= misread <= s for s in sent):
                return True
    return False


# How far after the certificate's name an application's date is the certificate's ("… getuigschrift dat Dr.
# Philippe Lambert op 25.10.2026 invulde").
_CITED_REACH = 80


# A date written out in full: two digits for the day and the month, or the month in words. OCR drops one of two
# like digits ("08.11.2026" read "08.1.2026" at confidence 89) more often than it changes one surely.
_WRITTEN_OUT = re.compile(r"\d{2}\D{1,3}\d{2}\D{1,3}\d{4}|[^\W\d_]{3,}")


def _cited_dates(dossier: Dossier) -> list[tuple[dt.date, bool]]:
    """The dates the applications give the medical certificate, up to the submission date, and whether each is
    sure: in a text layer, or typed, read surely and written out in full (a misread that drops a digit of
    "08.11.2026" is no confirmation of the certificate's hand read alike)."""
    named = phrases("certificate_named")
    cited: list[tuple[dt.date, bool]] = []
    for app in _applications(dossier):
        pages = dossier.pages_of(app)
        typed = not handwritten(pages)
        for page in pages:
            text = fold_keeping_length(page.text)
            for m in named.finditer(text):
                near = find_dates(page.text[m.end() : m.end() + _CITED_REACH])
                cited.extend(
                    (
                        d.date,
                        page.text_source == "text-layer"
                        or (typed and read_surely(page, d.text) and _WRITTEN_OUT.search(d.text) is not None),
                    )
                    for d in near[:1]
                    if d.date <= dossier.submission_date
                )
    return cited


# "B/", "2.", "c)"; and as OCR reads a hand-filled form's "C/": "CI", "C|". A form printed as a table numbers
# its rows with the number alone, in a column of its own: "5 Diagnostic"; OCR may read its full stop as a comma
# ("5, Diagnose").
# A table's rule or a bar in the margin before it is read as "|" ("| 8. Gevolgen en mogelijke complicaties",
# fortysecond be9ter-medcert-fields-2, read after its blind run).
_ENUMERATOR = re.compile(r"^\s*(?:\|\s*)?(?:[a-z0-9]{1,2}\s*(?:[/.)|]|[il](?=\s))\s*|\d{1,2},?\s+)?")
# A section's mark in a dark square, read as a letter alone before its heading ("E Diagnose (ICD-10-Code, falls
# möglich)": thirty-sixth be9ter-medcert-fields-3, read); not a word of one letter ("à traitement égal").
_DARK_MARK = re.compile(r"^\s*(?![ayuo]\b)[a-z]\s+")
# The rule between a table's label cell and its answer cell, after the label's gloss if any ("Diagnose (ICD-10) |").
_NEXT_CELL = re.compile(r"\s*(?:\([^)]*\)\s*)?\|")


# A page's footer ("Pagina 1/2 - Model van toepassing vanaf 1 maart 2024", "blad 1/2", "model 2024 — 1/2": thirty-
# second be9ter-medcert-fields-2, read, whose empty treatment section took the next page's running head) is the
# form's, never an answer.
_FOOTER = re.compile(
    r"\b(?:(?:pagina|page|seite|blz|blad|feuille)\.?|(?:model|modele|muster)\s+20\d\d\W+)"
    r"\s*\d+\s*(?:/|van|de|sur|von|of)\s*\d+\b"
    # Or the page's number alone on its line ("1/2": thirty-eighth be9ter-medcert-fields-1, read after its blind run,
    # whose severity left blank took what OCR read again of the next page's head after it).
    r"|^\s*[1-9]\s*/\s*[1-9]\s*$"
)


# Words after a closing label from which the line is a sentence, not the label and its answer.
_PROSE_WORDS = 3


def _prose_after(rest: str, closing: re.Pattern[str]) -> bool:
    """After "Date" or "Datum", words that are no date, no colon and no other closing label: a sentence."""
    return (
        not rest.lstrip().startswith(":")
        and len(rest.split()) >= _PROSE_WORDS
        and not find_dates(rest)
        and not closing.search(rest)
    )


# A parenthesis on a line, closed there or running on to the next: a heading's gloss, a label's hint.
_OPEN_OR_CLOSED = r"\([^()\n]*\)?"
_GLOSS_PARENTHESIS = re.compile(_OPEN_OR_CLOSED)
# The rest of a parenthesis a line above left open: a few words, then ")".
_CLOSES_PARENTHESIS = re.compile(r"[^()]{1,30}\)")
# The last words of a question heading wrapped from the line above ("D/ Welche Folgen … hätte ein Abbruch der" over
# "Behandlung?"): a few words, then its question mark or colon.
_ENDS_QUESTION = re.compile(r"(?:\S+\s){0,2}\S+\s?[?:]")


# An item of a section, lettered: "a) Medicatie", "c) Durée prévue du traitement", "7a. Medicatie" (the 2024 model
# typed as a table, its heading "7." left out: twenty-sixth).
_SUB_ITEM = re.compile(r"(?:\d{1,2}\s?)?[a-h][.)] ")
# The first item of the models' treatment section, in each language: with the model's parenthesis, or as a label on
# its own, alone or before its translation ("7a. Medicatie / Médicaments": a hospital's bilingual table, twenty-
# seventh).
_TREATMENT_ITEM = re.compile(
    r"(?:medicatie|medication|medicaments|medikamente)\s*(?:\((?:naam|name|nom)\b|/|:?$)"
)
# A bilingual table may give the item's translation first, the numbered label after it: "Médicaments / 7a.
# Medicatie" (twenty-seventh, a hospital's 2024 certificate).
_TRANSLATION_FIRST = re.compile(r"[^/]{3,40}/\s*(?=\d{1,2}\s?[a-h]?[.)] )")


def certificate_sections(text: str) -> dict[str, str | None]:
    """Per section of the standard certificate (illness, severity, treatment, …) what the doctor wrote under
    its heading, folded and without the form's own printed words: None where the heading is not there at all."""
    return read_sections(text)[0]


def read_sections(text: str) -> tuple[dict[str, str | None], frozenset[str]]:
    """`certificate_sections`, and the sections the certificate names only inside another heading's parenthesis: "A/
    Historique (date du diagnostic, évolution …)" asks for the history, and what stands under it is no answer to a
    diagnosis."""
    spec = _data()["certificate"]
    patterns = {name: phrase_pattern(frozenset(words)) for name, words in spec["sections"].items()}
    illness_label = phrase_pattern(frozenset(spec["illness_labels"]))

    def heads(line: str) -> dict[str, re.Match[str]]:
        """The sections whose heading opens the line."""
        return {name: m for name, p in patterns.items() if (m := p.match(line))}

    printed = _form_text()
    headed: list[tuple[set[str], list[str]]] = []
    # After a page's footer, until the next heading: the next page's header (a fax line, the letterhead) or
    # the scanner's noise, never an answer.
    furniture = False
    previous = ""
    # The last line with words opened a section and its heading ends there unfinished, with no punctuation.
    wrapped = False
    # The sections a heading names in its own words, and those it names only in its parenthesis.
    named: set[str] = set()
    glossed: set[str] = set()
    for line in text.splitlines():
        folded = " ".join(fold(line).split())
        enumerator = _ENUMERATOR.match(folded)
        rest = folded[enumerator.end() if enumerator else 0 :]
        opened = heads(rest)
        if not opened and not wrapped and (label := illness_label.match(rest)):
            # Not the end of a heading wrapped over two lines: "6. Graad van ernst van de" over "aandoening".
            opened = {"illness": label}
        if not opened and (mark := _DARK_MARK.match(folded)):
            marked = heads(folded[mark.end() :])
            if marked:
                opened, rest = marked, folded[mark.end() :]
        translated = _TRANSLATION_FIRST.match(folded)
        item_line = folded[translated.end() :] if translated else folded
        item_enumerator = _ENUMERATOR.match(item_line)
        item_label = item_line[item_enumerator.end() if item_enumerator else 0 :]
        if not opened and translated:
            # The translation misread or cut short ("CIM-10) /5. Diagnose (ICD-10)"): the numbered label heads.
            opened = heads(item_label)
        if (
            not opened
            and _SUB_ITEM.match(item_line)
            and (item := _TREATMENT_ITEM.match(item_label) or (translated and _TREATMENT_ITEM.match(folded)))
        ):
            # The treatment's first item opens it where its heading was lost ("a) Medicatie (naam, dosis,
            # frequentie)" under the severity's scale: a 2024 certificate set in a table of two columns, twentysecond).
            opened = {"treatment": item}
        if previous.count("(") > previous.count(")") and _CLOSES_PARENTHESIS.match(folded):
            # "Interventie/hospitalisatie (frequentie /laatste in" over "datum):": a label wrapped inside its
            # parenthesis goes on, its last word no heading of its own (the closing's "Datum").
            opened = {}
        if wrapped and not (enumerator and enumerator.group()) and _ENDS_QUESTION.fullmatch(folded):
            # The heading above goes on: "Behandlung?" is the end of the consequences' question, not the treatment's
            # heading (twenty-ninth be9ter-medcert-fields-2, whose empty treatment section took the next answer). A
            # line numbered or lettered ("B/ Diagnose:") is the next heading.
            wrapped = False
            continue
        if folded:
            previous = folded
            wrapped = bool(opened) and folded[-1] not in ":?.)"
        if set(opened) == {"closing"} and _prose_after(rest[opened["closing"].end() :], patterns["closing"]):
            # "Date de type 1 compliqué de rétinopathie": the diagnosis's "Diabète" misread (thirteenth), not the
            # form's "Date:" field.
            opened = {}
        starts = set(opened)
        if starts:
            # "B/ DIAGNOSE: aard en ernst…" opens two sections; "Graad van ernst: ernstig" carries its answer, and
            # so do the 2024 model's numbered headings, its answers in a column beside them: "5. Diagnose
            # (ICD-10-Code, falls möglich) HIV-1-Infektion", "6. Schweregrad der Erkrankung [ ] leicht [X] schwer".
            # The earlier model's lettered headings go on as questions: "C/ Huidige behandeling en medische
            # opvolging".
            numbered = enumerator is not None and enumerator.group().strip()[:1].isdigit()
            after = rest[max(m.end() for m in opened.values()) :]
            if "closing" in starts:
                answer = ""
            elif ":" in rest:
                answer = rest.split(":", 1)[1]
            elif cell := _NEXT_CELL.match(after):
                # A table's rule between the label and its answer stands for the colon: "| Diagnose | Chronische
                # nierinsufficiëntie stadium 5 … |" (fortyseventh be9ter-clean-19, read after its blind run: "the
                # certificate does not state the illness", inadmissible).
                answer = after[cell.end() :]
            elif gloss := _ICD_GLOSS.match(after):
                # "Erkrankung (ICD-10) Chronische Niereninsuffizienz …": the code's gloss closes the label.
                answer = after[gloss.end() :]
            elif not numbered:
                answer = ""
            else:
                answer = _without_gloss(rest[max(m.end() for m in opened.values()) :])
            # Not the treatment of "Gevolgen … bij stopzetting van de behandeling": stopping it is the consequences'.
            asked = rest.split(":", 1)[0]
            within = {name for name, p in patterns.items() if p.search(asked) and name != "treatment"}
            unglossed = _GLOSS_PARENTHESIS.sub(" ", asked)
            glossed |= {name for name in within if not patterns[name].search(unglossed)}
            named |= starts | {name for name in within if patterns[name].search(unglossed)}
            headed.append((starts | within, [answer]))
            furniture = False
        elif furniture and headed and _SUB_ITEM.match(folded) and printed.search(folded):
            # The form's next item of the same section heads the next page ("c) Geschatte duur van de
            # behandeling", "c) Durée prévue du traitement"): the section goes on over the page.
            furniture = False
            headed[-1][1].append(folded)
        elif _FOOTER.search(folded):
            furniture = True
        elif headed and not furniture:
            headed[-1][1].append(folded)
    sections: dict[str, str | None] = {name: None for name in patterns}
    for names, lines in headed:
        for name in names:
            sections[name] = (sections[name] or "") + _answer_text(name, "\n".join(lines))
    return sections, frozenset(glossed - named)


# What the form prints after a heading's colon to say what it asks, in the words of the headings and no others:
# "B/ DIAGNOSTIC : NATURE DE L'AFFECTION (DES AFFECTIONS)", "nature de la ou des affection(s) et degré de gravité".
# A doctor names an illness. "B/ Diagnose: beschrijving van de aandoening, graad van ernst" (fiftysecond
# be9ter-medcert-fields-3, read after its blind run: the diagnosis left empty passed).
_GLOSS_WORD = (
    r"(?:[ld]')?(?:nature|aard|art|affections?|aandoening(?:en)?|erkrankung(?:en)?|maladies?|ziekten?|krankheit(?:en)?"
    r"|beschrijving|omschrijving|description|beschreibung"
    r"|conditions?|illness(?:es)?|diseases?|degre|graad|gravite|ernst|schweregrad|severity|de|la|le|les|ou|des|du|et"
    r"|van|en|of|the|and|der|die|und|oder|or)(?:\((?:s|en)\))?"
)
_HEADING_GLOSS = re.compile(rf"[\s(),/-]*{_GLOSS_WORD}(?:[\s(),/-]+{_GLOSS_WORD})*[\s(),/.-]*")
# An illness's code, or the name of the classification giving one.
_CODED = re.compile(r"\b(?:icd|cim)\b|(?<![\w-])[a-tv-z]\d{2}(?:\.\d{1,2})?(?!\w)")
# The label's gloss asking for the illness's code: "(ICD-10)", "(code CIM-10)".
_ICD_GLOSS = re.compile(r"[ \t]*\([^()\n]*\b(?:icd|cim)\b[^()\n]*\)")


def _without_gloss(answer: str) -> str:
    """A numbered heading's answer without the form's parenthesis that glosses it ("3. Diagnostic (affection(s) à
    la base de la demande, code CIM-10)": fortythird be9ter-medcert-fields-3, read, whose empty diagnosis the gloss
    filled). A doctor does not open an answer with a parenthesis on the heading's own line."""
    stripped = answer.lstrip()
    if not stripped.startswith("("):
        return answer
    depth = 0
    for at, char in enumerate(stripped):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return stripped[at + 1 :]
    return answer


# A label of the treatment's items as a form prints it, in words of its own: a few words naming the item, its gloss
# in parentheses, nothing after them ("Medikamente (Wirkstoff und Dosis)", "Sonstige Behandlung (Eingriffe,
# Hilfsmittel, Nachsorge)": fortyseventh be9ter-medcert-fields-2, read after its blind run). A doctor's answer names
# a medicine, not the item ("Insulin glargine (Lantus)").
_ITEM_LABEL = re.compile(
    r"(?m)^[ \t]*(?:[a-h][.)][ \t]*)?(?:"
    r"(?:medikamente?|medications?|medicatie|medicaments?|arzneimittel|geneesmiddel(?:en)?|medicijnen|medicines?)"
    r"|(?:sonstige|andere|other|autres?|overige)[ \t]+(?:behandlung|behandeling|treatment|traitement)(?:en|s)?"
    r"|(?:(?:voraussichtliche|geschatte|verwachte|voorziene|expected|estimated)[ \t]+)?(?:dauer|duur|duration)"
    r"|duree(?:[ \t]+(?:prevue|envisagee))?"
    r")[ \t]*(?:\([^()\n]*\)?)?[ \t]*:?[ \t]*$"
)


def _answer_text(name: str, folded: str) -> str:
    """What the doctor wrote of a section's folded text: without the form's printed words, whole or cut short, or its
    treatment items' labels however glossed, nor
    the section's own heading repeated as a label at the question's end ("… eingereicht wird. — Diagnose:", twenty-
    eighth be9ter-medcert-fields-3: the diagnosis left empty was "Diagnose"); and on the severity's scale, whose
    degrees are its heading's words too, with the marks OCR glued to its degrees set apart. The closing keeps its
    labels."""
    if name == "treatment":
        folded = _ITEM_LABEL.sub("", folded)
    answer = _cut_short().sub(" ", _form_text().sub(" ", folded))
    if name == "severity":
        return _glued_marks().sub(r"\1 ", answer)
    if name == "closing":
        # Its labels ("Datum", "Naam, handtekening") are what it is looked at for.
        return answer
    # Only where it ends a line as a label does: "Diagnostic (CIM-10)", a heading's translation that OCR read apart
    # from its answer, still holds the place of one (twenty-seventh be9ter-clean-28).
    heading = phrase_pattern(frozenset(_data()["certificate"]["sections"][name])).pattern
    return re.sub(rf"(?m){heading}\s*:[ \t]*$", " ", answer)


# The fewest letters of a printed word cut short that are taken for it, and the fewest it lost: a word one or
# two letters shorter is the same word inflected ("schwer" of "schwere").
_CUT_SHORT, _CUT_OFF = 3, 3


@cache
def _cut_short() -> re.Pattern[str]:
    """The form's printed words cut short by a narrow column ("a) Médicaments (nom, dose, fré", "b) Autres
    traitements, interve"): the start of one of them, standing as a word of its own, that is no word a doctor
    answers with (a degree, a word of severity, a heading)."""
    spec = _data()["certificate"]
    printed = {w for phrase in spec["form_text"] for w in re.findall(r"[a-z]+", fold(phrase))}
    answers = {
        w
        for phrases_ in (spec["severity_options"], spec["severity_words"], *spec["sections"].values())
        for phrase in phrases_
        for w in re.findall(r"[a-z]+", fold(phrase))
    }
    starts = {w[:n] for w in printed for n in range(_CUT_SHORT, len(w) - _CUT_OFF + 1)} - printed - answers
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(map(re.escape, starts), key=len, reverse=True))})(?!\w)")


def _filled(content: str | None) -> bool:
    """The doctor wrote enough under the heading. A line ending with its colon asks, it does not answer: a form's
    label under the section's heading ("Begründung (objektive Befunde):" under an unmarked scale, thirty-first
    be9ter-medcert-fields-1, read)."""
    if content is None:
        return False
    answered = (line for line in content.splitlines() if not line.rstrip().endswith(":"))
    return sum(c.isalpha() for line in answered for c in line) >= _data()["certificate"]["min_letters"]


# How OCR reads a box or a radio button left empty: "[ ]", "[_]", "L]", "LL]", "☐", "O", "oO", "0", "U" (a typed
# box glyph whose top OCR lost: twenty-sixth), and at a line's start or after another option "ll", "lj", "li" (the box's two sides without its top and bottom).
_EMPTY_BOX = re.compile(
    r"(?:\[\s*_?\s*\]|\[_|\bl{1,2}\]|☐|□|○|\b[o0u]{1,2}\b|(?:^|(?<=[\s/\]]))(?:ll|lj|li))\s*$"
)
# A tick in a box as OCR reads it: "[X]", "[x", "☒", "[v]"; a radio button filled: "●", "◉", "®", "@"; and
# anything read as a box at all, a circle with something in it ("©") among them.
_TICKED = re.compile(r"(?:\[\s*[xXvV✓✔/]\s*\]?|☒|☑|✓|✔|\bX|●|◉|®|@)\s*$")
# A box's outline read as a letter before its degree ("D matig", "DO matig"): a box, whether ticked the page's ink says.
_BOX_LIKE = re.compile(r"(?:[\[\]|☐□©]\S{0,2}|\bd[o0]?)\s*$")


# A degree's printed gloss after a slash: "zeer ernstig / levensbedreigend" is one box's label, not words a
# doctor wrote beside the scale (fortythird be9ter-medcert-fields-1, read: every box empty, no finding).
_GLOSS = re.compile(r"[ \t]*/[ \t]*[a-z][a-z-]+")


# How many of the degrees a certificate's printed scale names (four on the 2024 model).
_SCALE = 3


def _degree_ticked(text: str) -> bool:
    """A degree of the scale stands in the text after a box read ticked on its line ("[x] très grave")."""
    folded = fold(text)
    return any(
        _BOX_TICKED.search(
            folded[max(folded.rfind("\n", 0, m.start()) + 1, m.start() - _TICK_REACH) : m.start()]
        )
        for m in _severity_options(folded)
    )


# A box read ticked, unmistakably ("[x]", "☒"), and how far before its degree it stands.
_BOX_TICKED = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|☒|☑)\s*$")
_TICK_REACH = 8


def _severity_options(content: str) -> list[re.Match[str]]:
    """The degrees of the certificate's scale named in the severity section."""
    return list(phrase_pattern(frozenset(_data()["certificate"]["severity_options"])).finditer(content))


@cache
def _glued_marks() -> re.Pattern[str]:
    """A radio button's circle, or a mark on it, or a box's right side, that OCR read glued to its degree ("oleger
    omodere ograve", "[]jmatig")."""
    firsts = {re.escape(fold(o).split()[0]) for o in _data()["certificate"]["severity_options"]}
    degrees = "|".join(sorted(firsts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)([o0©@®●◉jd])(?=(?:{degrees})(?!\w))")


# A box's right side that OCR read as a letter glued to its degree: "[]Jmatig", "[Jernstig" (twentysecond); with
# the box's filling read as a letter before it, "[mJernstig" (twentyfourth).
_BOX_GLUED = re.compile(r"^[\[\]|]*[a-z]?j(?=[a-z]{4})")


def _printed_scale(content: str, options: list[re.Match[str]]) -> bool:
    """The whole scale with no box read before any option ("léger modéré grave très grave"): the form's printed
    choices, whose boxes or the mark on one OCR did not read, not a degree the doctor wrote."""
    return len(options) >= _SCALE and not any(_box_read(b) for b in _befores(content, options))


def _befores(content: str, options: list[re.Match[str]]) -> list[str]:
    """What OCR read just before each degree of the scale: where its box stands."""
    return [content[max(0, m.start() - 6) : m.start()] for m in options]


def _box_read(before: str) -> bool:
    """OCR read a box before the degree: empty, ticked, or one of the two."""
    return bool(_EMPTY_BOX.search(before) or _TICKED.search(before) or _BOX_LIKE.search(before))


def _line_start(before: str) -> bool:
    """Nothing but space stands before the option on its line."""
    return not before.rsplit("\n", 1)[-1].strip()


def _severity_filled(content: str | None, boxes: bool | None = None) -> bool | None:
    """The severity section answers: a box ticked (an option with a tick, or with no box, before it), or words
    beside the options (True); the options alone, every box empty, are no answer (False); a box OCR read as
    neither empty nor ticked ("[DJ licht"), with nothing else answering, may be either (None). `boxes`: what the
    boxes drawn before the options show on the page (`_boxes_ticked`), which outweighs how OCR read them."""
    if boxes:
        # A degree's box ticked on the page answers, wherever OCR put the scale in the text (a column of answers
        # read after every heading).
        return True
    if content is None:
        return False
    options = _severity_options(content)
    if not options:
        return _filled(content)
    states: list[bool | None] = []
    befores = _befores(content, options)
    boxed = [_box_read(b) for b in befores]
    for before, box in zip(befores, boxed, strict=True):
        if _EMPTY_BOX.search(before):
            states.append(False)
        elif not box and _line_start(before) and any(boxed):
            # A degree at the line's start with nothing before it, where the scale's other degrees have their boxes:
            # its box was lost with the line's start (OCR read "licht" over "☐ licht"), not left out.
            states.append(None)
        else:
            states.append(True if _TICKED.search(before) or not _BOX_LIKE.search(before) else None)
    printed_scale = _printed_scale(content, options)
    if True in states and not printed_scale and boxes is None:
        return True
    rest = content
    for m in reversed(options):
        gloss = _GLOSS.match(content, m.end())
        rest = rest[: m.start()] + " " + rest[gloss.end() if gloss else m.end() :]
    if boxes is False:
        # Every box drawn is empty: only words on the scale's own lines answer beside it, and the paragraph under a
        # label asking why the degree was chosen. The other lines under it may be the next section's, its heading
        # not read (twentysecond's 2024 certificate set in a table of two columns).
        kept = {content.count("\n", 0, m.start()) for m in options} | _explained(rest)
        rest = "\n".join(line for i, line in enumerate(rest.split("\n")) if i in kept)
    if _filled(re.sub(r"[\[\]_☐□|]|\bl{1,2}\b|\bo{1,2}\b|\bd[o0]?\b", " ", rest)):
        return True
    if boxes is False and any(_TICKED.search(b) for b in _befores(content, options)):
        # A tick OCR read where the boxes found on the page are all empty (a tick drawn beside its box, a box
        # not found): which is right is for a person to see.
        return None
    if _degree_lost(content, options):
        return None
    return None if boxes is None and (None in states or printed_scale) else False


# The 2024 model's top degree is the one below it intensified: "zeer ernstig" after "ernstig", "très grave" after
# "grave", "sehr schwer", "very severe".
_INTENSIFIED = re.compile(r"(?:zeer|tres|sehr|very)\s+(\w+)")


def _degree_lost(content: str, options: list[re.Match[str]]) -> bool:
    """The scale holds its top degree but not the degree it intensifies before it: OCR lost that one, under the circle a
    doctor drew round it, the boxes left empty (fortyninth be9ter-signed-1, read after its blind run: "[j licht _[_]
    matig _] zeer ernstig", "no severity", a false inadmissible). Whether a degree is marked a person sees."""
    if len(options) < _SCALE:
        return False
    for m in options:
        top = _INTENSIFIED.fullmatch(fold(m.group()))
        if top is None:
            continue
        # On the scale's lines before it: a scale wraps, its top degree alone on the next line ("je] licht [ER] matig
        # je] ernstig" over "DJ zeer ernstig": fiftyfourth be9ter-medcert-fields-1, read after its blind run, every box
        # empty, "check by hand").
        if not re.search(rf"(?<!\w){top.group(1)}(?!\w)", fold(content[: m.start()])):
            return True
    return False


# A line opening the certificate's next numbered section ("5. Als notwen erachtete Behandlung", its heading misread).
_NUMBERED_SECTION = re.compile(r"\s*\d{1,2}\s*[.)/]?\s+[^\W\d_]")


def _explained(content: str) -> set[int]:
    """The lines of the paragraph after a line asking why the degree was chosen ("Motivering"), blank lines before it
    skipped; none where that paragraph opens the next numbered section: the explanation was left blank (fortyfifth
    be9ter-medcert-fields-1, "Begründung" over "5. Als notwen erachtete Behandlung")."""
    label = phrase_pattern(frozenset(_data()["certificate"]["severity_explained"]))
    lines = content.split("\n")
    found: set[int] = set()
    for at, line in enumerate(lines):
        if not label.fullmatch(fold(line).strip(" :")):
            continue
        paragraph: set[int] = set()
        for i in range(at + 1, len(lines)):
            if lines[i].strip():
                if not paragraph and _NUMBERED_SECTION.match(lines[i]):
                    break
                paragraph.add(i)
            elif paragraph:
                break
        found |= paragraph
    return found


# An ICD-10 code names the illness, alone as it may stand under the diagnosis's heading ("E10.7", the words OCR read
# after the severity's line: fortysixth be9ter-clean-03, read after its blind run, a false inadmissible). Not the
# label's "ICD-10".
_ICD_CODE = re.compile(r"(?i)(?<![\w-])[A-TV-Z]\d{2}\.\d{1,2}(?!\w)")


def missing_sections(text: str, boxes: bool | None = None) -> dict[str, bool]:
    """The sections the law asks for (illness, severity, treatment) that the certificate leaves out or empty:
    name → whether its heading was found (then it is empty: evidence), or not (the certificate may word it
    otherwise than the models). `boxes` as in `_severity_filled`."""
    spec = _data()["certificate"]
    sections = certificate_sections(text)
    severity = _severity_filled(sections["severity"], boxes)
    missing = [
        name
        for name in spec["required"]
        if not (
            severity
            if name == "severity"
            else _filled(sections[name]) or (name == "illness" and _ICD_CODE.search(sections[name] or ""))
        )
    ]
    if (
        "severity" in missing
        and sections["severity"]
        and phrase_pattern(frozenset(spec["severity_words"])).fullmatch(sections["severity"].strip(" .\n"))
    ):
        # "Graad van ernst: ernstig" states a degree, however briefly: BE9TER-MEDCERT-SEVERITY warns of that.
        missing.remove("severity")
    if "severity" in missing and sections["severity"] is None and _filled(sections["illness"]):
        # The model until 2024 asks for nature and severity together, under its diagnosis heading; a
        # severity heading of its own left empty is not saved by words under the diagnosis.
        if phrase_pattern(frozenset(spec["severity_words"])).search(sections["illness"] or ""):
            missing.remove("severity")
    # An unclear box is no evidence the section was left empty. A printed scale with nothing read on it is the
    # heading with its answer not read: whether ink there is a mark, the page's ink says (certificate_fields).
    scale = sections["severity"] or ""
    unclear = (
        "severity" in missing and severity is None and not _printed_scale(scale, _severity_options(scale))
    )
    return {name: sections[name] is not None and not (name == "severity" and unclear) for name in missing}


def _opens_section(line: str) -> bool:
    return any(
        content is not None for name, content in certificate_sections(line).items() if name != "closing"
    )


def _sections_in_columns(page: Page) -> tuple[float, list[tuple[Side, str]]] | None:
    """Where the page parts its two columns and its lines read column by column (`two_columns`), where its sections
    stand in two columns, headings on both sides of its gutter; None where they do not. A table of labels beside
    their answers has its headings on one side only: read apart, its answers would stand under no heading."""
    columns = two_columns(page)
    if columns is None or not {side for side, line in columns[1] if _opens_section(line)} >= {
        "left",
        "right",
    }:
        return None
    return columns


def column_reading(pages: list[Page]) -> str:
    """The certificate's text with each page whose sections stand in two columns read column by column; empty where
    no page is so laid out."""
    read = [_sections_in_columns(page) for page in pages]
    if not any(read):
        return ""
    return "\n".join(
        "\n".join(line for _, line in columns[1]) if columns else page.text
        for page, columns in zip(pages, read)
    )


def _gutters(pages: list[Page]) -> dict[int, float]:
    """Where each page whose sections stand in two columns parts them."""
    return {page.number: columns[0] for page in pages if (columns := _sections_in_columns(page))}


@rule("BE9TER-MEDCERT-FIELDS", keys=("no-illness", "no-severity", "no-treatment", "unread"))
def certificate_fields(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for cert in _certificates(dossier):
        pages = dossier.pages_of(cert)
        by_hand = handwritten(pages)
        # The scale's boxes as drawn say what OCR's reading of them could not: one ticked answers; every one
        # empty is evidence, however OCR read them.
        ticked = _boxes_ticked(pages)
        text = dossier.text_of(cert)
        sections, glossed = read_sections(text)
        # Under the scale, the ink of its empty boxes (or circles, each read as empty) is no answer OCR missed.
        scale_empty = ticked is False or (ticked is None and _scale_read_empty(sections["severity"]))
        certain: list[tuple[str, dict[str, object]]] = []
        unsure: list[tuple[str, dict[str, object]]] = []
        missing = missing_sections(text, ticked)
        if (
            "illness" not in missing
            and _HEADING_GLOSS.fullmatch(sections["illness"] or "-")
            and _filled(sections["severity"] or "")
            and not _CODED.search(sections["severity"] or "")
        ):
            # The diagnosis holds only what the form prints after its heading's colon to say what it asks, and the
            # severity's answer stands under its own heading after it: the text follows the form, the diagnosis
            # left empty (fiftieth be9ter-medcert-fields-3, read after its blind run). Where the next section is
            # empty too, the answers may stand in a column read apart (fortysixth be9ter-clean-18); where it holds an
            # illness's code, the diagnosis's answer beside its heading was read after the next one (fortysixth
            # be9ter-clean-11: "Infection par le VIH-1, stade C3 (sida) - ICD-10 B20" under "5. Degré de gravité").
            missing["illness"] = True
        # OCR may read a heading out of its place (a table's rule before it), so that the answer under the next
        # heading follows an empty section in the text: read as the page lays its lines out, a section empty there is
        # for a person to look at (fortysecond be9ter-medcert-fields-2, read after its blind run: the treatment's
        # three items left empty took the consequences' answer, a false all-clear).
        laid = laid_out_text(pages)
        for name, headed in (missing_sections(laid, ticked) if laid else {}).items():
            # Its heading found there: words the layout sets too close may glue a heading's ("Traitementjugé").
            if headed and name not in missing:
                unsure.append((name, {"section": name, "heading": True, "laid_out": True}))
        columns = column_reading(pages)
        for name, headed in (missing_sections(columns, ticked) if columns else {}).items():
            # A form set in two columns that OCR read row by row across both: under a heading atop the right column
            # stood the left column's sections (fortyseventh be9ter-medcert-fields-2, read after its blind run: the
            # treatment's items left empty, a false all-clear). Read column by column, its heading stands over
            # nothing; whether ink there is an answer, the page says, as for any section left empty.
            if headed and name not in missing:
                missing[name] = True
        for name, headed in missing.items():
            row = _answer_beside(pages, name)
            answer = _answer_text(name, fold(row)) if row is not None else None
            if answer is not None and (
                _severity_filled(answer, ticked) if name == "severity" else _filled(answer)
            ):
                # Answered in the heading's row of a table, read apart from it.
                continue
            if name == "severity" and _degree_ticked(text):
                # A degree ticked answers wherever OCR put the scale: in a column of answers read after every
                # heading (fortysixth be9ter-clean-18, read after its blind run: "[x] très grave" after the 2024
                # model's last label, its severity "left empty", a false inadmissible).
                continue
            # Ink under the heading that OCR passed over may be the doctor's hand; words beside it that the text
            # reads elsewhere, an answer in a column of its own.
            boxes_empty = name == "severity" and scale_empty
            written = not boxes_empty and (
                blank_on_paper(pages, _section_heading(name), headings=_section_headings()) is False
                or _hand_under_heading(pages, name)
                or _answered_beside(pages, name)
                or (name == "treatment" and _DOSE.search(text) is not None)
            )
            # A section named only in the gloss of another's heading has no heading of its own that was read: the
            # history's "(date du diagnostic, évolution …)" over a hand OCR passed over, the diagnosis's own heading
            # lost (fortysixth be9ter-medcert-doctor-2, read: "no illness", inadmissible, on a filled certificate).
            headed = headed and name not in glossed
            evidence = {"section": name, "heading": headed, **({"boxes_empty": True} if boxes_empty else {})}
            (unsure if by_hand or not headed or written else certain).append((name, evidence))
        if not any(name == "illness" for name, _ in certain + unsure) and _diagnosis_label_left_empty(text):
            # The section holds words, but its diagnosis's own label stands empty before the severity's: whether the
            # diagnosis is written elsewhere (a column read apart) is for a person to see, unless the paper after the
            # label and under it is blank too (thirty-third be9ter-medcert-fields-3, read: the diagnosis's dotted
            # lines left empty, the severity written below them in a script OCR passed over), and no answer stands
            # beside the section in a column of its own (twenty-eighth's two-column certificates, read: the labels'
            # column read apart from the answers').
            evidence = {"section": "illness", "heading": True, "label_empty": True}
            if blank_on_paper(pages, _diagnosis_label()) is True and not (
                _answered_beside(pages, "illness") or _hand_under_heading(pages, "illness")
            ):
                certain.append(("illness", {**evidence, "blank": True}))
            else:
                unsure.append(("illness", evidence))
        for name, evidence in certain:
            yield finding(cfg, f"no-{name}", cert.file, cert.first_page, of=cert, evidence=evidence)
        # Sections not read on one certificate (a hand OCR cannot read fills them all) are one thing for a person
        # to look at there, not one each.
        if len(unsure) == 1:
            yield finding(
                cfg,
                f"no-{unsure[0][0]}",
                cert.file,
                cert.first_page,
                of=cert,
                evidence=unsure[0][1],
                unverified=True,
            )
        elif unsure:
            yield finding(
                cfg,
                "unread",
                cert.file,
                cert.first_page,
                of=cert,
                evidence={"sections": [evidence for _, evidence in unsure]},
                unverified=True,
                parts=tuple(Term(f"section.{name}") for name, _ in unsure),
            )


# A bullet or dash before an item of a section: "* Diagnose:", "- Schweregrad:".
_BULLET_MARK = r"[*\-•+·]"
_BULLET = re.compile(rf"^{_BULLET_MARK}\s*")


@cache
def _diagnosis_label() -> re.Pattern[str]:
    """The diagnosis's own label opening its line under the section's heading ("Diagnose:", "* Diagnostic :")."""
    illness = phrase_pattern(frozenset(_data()["certificate"]["sections"]["illness"])).pattern
    return re.compile(rf"(?m)^[ \t]*(?:{_BULLET_MARK}[ \t]*)?(?:{illness})[ \t]*:")


def _diagnosis_label_left_empty(text: str) -> bool:
    """Under the previous model's heading "B/ DIAGNOSE", its items as labels ("* Diagnose:", "* Schweregrad: …"):
    the diagnosis's label ends its line with nothing after it, and the next line is the severity's label
    (twenty-seventh be9ter-medcert-fields-3, read: the severity's words filled the section, and no finding was made)."""
    spec = _data()["certificate"]["sections"]
    illness, severity = (
        phrase_pattern(frozenset(spec["illness"])),
        phrase_pattern(frozenset(spec["severity"])),
    )
    items = [_BULLET.sub("", " ".join(fold(line).split())) for line in text.splitlines() if line.strip()]
    return any(
        illness.fullmatch(item.rstrip(" :")) is not None
        and item.rstrip().endswith(":")
        and severity.match(after) is not None
        for item, after in zip(items, items[1:])
    )


# A medicine's dose ("1000 mg", "24 IE"): a treatment written somewhere on the certificate, which OCR may have read
# under another heading (a form printed in two columns, its headings read apart from their answers: fifteenth).
# A laboratory's value per minute or per litre is a measurement of the illness, no dose ("eGFR 6 ml/min/1,73m²",
# "créatinine 7,9 mg/dl": seventeenth).
_DOSE = re.compile(r"\d\s?(?:mg|mcg|µg|ml|ie|iu|ui)\b(?!\s?/\s?(?:min|d?l)\b)", re.IGNORECASE)


def _scale_read_empty(content: str | None) -> bool:
    """OCR read the whole scale, each degree after an empty box or circle ("o leger o modere o grave o tres
    grave", "LL] licht L] matig LL] ernstig L] zeer ernstig")."""
    content = content or ""
    options = _severity_options(content)
    return len(options) >= _SCALE and all(_EMPTY_BOX.search(b) for b in _befores(content, options))


# The letters OCR reads a box or a circle as, glued to the degree after it.
_GLUED_LETTERS = frozenset("o0dj")


def _boxes_ticked(pages: list[Page]) -> bool | None:
    """What the boxes drawn before the degrees of the certificate's scale show: one ticked (True); empty before
    every degree of a scale of at least `_SCALE` (False); otherwise nothing (None: a degree on the scale's line
    with no box found before it, whose box may be the ticked one, or a box neither clearly empty nor ticked)."""
    options = [option.split() for option in _data()["certificate"]["severity_options"]]
    firsts = frozenset(words[0] for words in options)
    # "zeer" of "zeer ernstig": its "ernstig" has no box of its own.
    leading = frozenset(words[0] for words in options if len(words) > 1)
    fills: list[float] = []
    unboxed = False
    for page in pages:
        previous = ""
        words, checkboxes = upright_view(page)
        for word in words:
            folded = _BOX_GLUED.sub("", fold(word.text).strip(".,;:/()[]|"))
            if folded[:1] in _GLUED_LETTERS and folded[1:] in firsts:
                # "Olicht", "Dernstig": the box read as a letter glued to its degree; its ink is measured below.
                folded = folded[1:]
            after_leading, previous = previous in leading, folded
            if folded not in firsts or after_leading:
                continue
            height = word.box.y1 - word.box.y0
            level = [c for c in checkboxes if c.box.y0 < word.box.y1 and c.box.y1 > word.box.y0]
            # Before the word, or at its start: OCR often takes a box for a bracket of the word ("[très").
            before = [
                c
                for c in level
                if word.box.x0 - BOX_REACH * height <= c.box.x1
                and (c.box.x0 + c.box.x1) / 2 <= word.box.x0 + height
            ]
            if before:
                fills.append(max(before, key=lambda c: c.box.x1).fill)
            elif level:
                unboxed = True
    if any(f >= TICKED_FILL for f in fills):
        return True
    if not unboxed and len(fills) >= _SCALE and all(f <= EMPTY_FILL for f in fills):
        return False
    return None


# The least space between a heading's line and a column of answers beside it (some 1 cm); words of one line
# stand a space apart.
_COLUMN_GAP = 0.05
# A narrower gap is a column's where it is this many times as wide as the spaces between at least so many words
# before it on the line.
_NARROW_GAP, _SPACES_APART, _SPACES_SEEN = 0.03, 4, 2


def _headings_placed(pages: list[Page], name: str) -> Iterator[tuple[Page, str, list[Word], Box]]:
    """Each place the section's heading stands, on its page read upright: the page, its folded text, its words as
    they stand upright, and the heading's box among them."""
    for page in pages:
        folded = fold_keeping_length(page.text)
        words, _ = upright_view(page)
        for m in _section_heading(name).finditer(folded):
            where = match_box(words, page.text, m.start(), m.end())
            if where is not None and not _wrapped_on(page.text[m.start() : m.end()], where, words):
                yield page, folded, words, where


# How far apart (page widths) a label's wrapped line may start from its first: closer than blank_on_paper's column
# (0.03), as a wrapped cell's lines start at one margin.
_ONE_COLUMN = 0.01


def _wrapped_on(heading: str, where: Box, words: list[Word]) -> bool:
    """The heading's words, in lower case, close under a line of the same column, end a label above wrapped onto
    their line ("Gevolgen bij stopzetting van de" over "behandeling": fiftyfourth be9ter-medcert-fields-2, read after
    its blind run, the consequences' answer beside it taken for the treatment's, whose items were left empty)."""
    first = next((c for c in heading if c.isalpha()), "")
    height = where.y1 - where.y0
    return first.islower() and any(
        abs(w.box.x0 - where.x0) <= _ONE_COLUMN and 0 <= where.y0 - w.box.y1 < height / 2 for w in words
    )


def _right_of(level: list[Word], where: Box) -> list[Word]:
    """The words level with the heading that stand after its end, from the left."""
    return sorted((w for w in level if w.box.x0 >= where.x1), key=lambda w: w.box.x0)


def _overlapping(words: list[Word], where: Box) -> list[Word]:
    """The words whose height overlaps the box's."""
    return [w for w in words if _level(w.box, where)]


def _answered_beside(pages: list[Page], name: str) -> bool:
    """Words stand level with the section's heading, across a gap from the end of its line: a column of answers
    beside the column of headings (a certificate printed from a hospital's record system), which OCR read apart
    from them. Whether this section's answer is among them is for a person to see."""
    for _, _, words, where in _headings_placed(pages, name):
        height = where.y1 - where.y0
        # Level with it: first the words whose height overlaps the heading's, among which none of the heading's own
        # words wrapped to the line below bridges the gap; then those standing as much as a line higher or lower,
        # for a column set a little off its headings.
        near = [w for w in words if where.y0 - height < (w.box.y0 + w.box.y1) / 2 < where.y1 + height]
        for level in (_overlapping(words, where), near):
            right = _right_of(level, where)
            gap = _after_gap(right, where.x1)
            if gap is not None and _filled("".join(w.text for w in right[gap:])):
                return True
    return False


def _answer_beside(pages: list[Page], name: str) -> str | None:
    """What the column of answers beside the section's heading holds on the heading's row of the table: the words
    from the start of that column, level with the heading or below it down to the next heading (None where no
    words stand across a gap beside the heading). A certificate set as a table of two columns, read column by
    column, answers each heading in its row (twentyfourth)."""
    for page, folded, words, where in _headings_placed(pages, name):
        right = _right_of(_overlapping(words, where), where)
        gap = _after_gap(right, where.x1)
        if gap is None:
            continue
        column = right[gap].box.x0
        bottom = _next_heading_top(page, folded, words, where)
        return " ".join(
            w.text for w in words if w.box.x0 >= column and where.y0 <= (w.box.y0 + w.box.y1) / 2 < bottom
        )
    return None


def _section_headings() -> list[re.Pattern[str]]:
    """Every section's heading of the certificate."""
    return [_section_heading(name) for name in _data()["certificate"]["sections"]]


def _next_heading_top(page: Page, folded: str, words: list[Word], where: Box) -> float:
    """Where the next of the certificate's headings below the one at `where` begins (the page's foot if none)."""
    return min(
        (
            box.y0
            for pattern in _section_headings()
            for h in pattern.finditer(folded)
            if (box := match_box(words, page.text, h.start(), h.end())) is not None and box.y0 >= where.y1
        ),
        default=1.0,
    )


def _hand_under_heading(pages: list[Page], name: str) -> bool:
    """Writing OCR passed over between the section's heading and the next heading: a hand it could not read
    (twenty-fourth be9ter-personal-data-1, read: the diagnosis written under the German model's question, which
    wraps over two lines, so that the line under the heading is the question's own). On a page read turned, its
    words' boxes are not where the ink map has them: a hand there is unseen, and may be (thirty-first
    be9ter-id-sufficiency-2, a certificate filled in by hand and scanned on its side: "no illness", a false
    inadmissible)."""
    for page, folded, words, where in _headings_placed(pages, name):
        if words is not page.words:
            return True
        # No further than a question wrapped once and two lines of an answer (where OCR missed the next heading, the
        # next section's hand is below), short of the next heading's line by half a line (its number's badge, taller
        # than its words), and from the heading's start on (a badge with the section's own number stands before it).
        height = where.y1 - where.y0
        bottom = min(
            _next_heading_top(page, folded, words, where) - height / 2, where.y1 + _UNDER_HEADING * height
        )
        if bottom > where.y1 and unread_writing(
            page, Box(where.x0, where.y1, 1.0, bottom), _form_labels(page, words)
        ):
            return True
    return False


def _form_labels(page: Page, words: list[Word]) -> Iterator[Box]:
    """Where the certificate's own printed words open a line of the page, read however surely: the section's next
    item under its first, "Intervention/hospitalisation (fréquence /dernière en date) :" under an empty
    "Médication :", two of its words read at nought, is print, no hand (thirty-fourth be9ter-medcert-fields-2, read:
    the treatment's three items left empty only "check by hand")."""
    printed = _form_text()
    folded = fold_keeping_length(page.text)
    start = 0
    for line in folded.splitlines(keepends=True):
        enumerator = _ENUMERATOR.match(line)
        label = printed.match(line, enumerator.end() if enumerator else 0)
        if label:
            # With what the label asks in brackets after it ("(fréquence /dernière en date)"), up to its colon.
            end = _QUALIFIED.match(line, label.end())
            if box := match_box(
                words, page.text, start + label.start(), start + (end.end() if end else label.end())
            ):
                yield box
        start += len(line)


_QUALIFIED = re.compile(r"[^\S\n]*\([^()\n]*\)?[^\S\n]*:?")


# How far under a section's heading its answer is looked for, in the heading's line heights.
_UNDER_HEADING = 4


def _after_gap(line: list[Word], start: float) -> int | None:
    """The first word of a line, in order from the left, after a gap of a column's width from `start`, if any; or
    after a narrower gap many times as wide as every space between the words before it (a hospital's table whose
    heading runs on in its gloss to within 9 mm of the answers: "C. Diagnostic (affection(s) avec code" beside
    "Diabète de type 1 …", fortyfourth be9ter-clean-09, -16 and -27, read after its blind run, "no diagnosis")."""
    end, spaces = start, [0.0]
    for i, w in enumerate(line):
        gap = w.box.x0 - end
        if gap >= _COLUMN_GAP or (
            len(spaces) > _SPACES_SEEN and gap >= _NARROW_GAP and gap >= _SPACES_APART * max(spaces)
        ):
            return i
        spaces.append(gap)
        end = max(end, w.box.x1)
    return None


def _section_heading(name: str) -> re.Pattern[str]:
    """The certificate's heading of a section where it opens a line, after its letter or number if it has one
    ("Degré de gravité :", "B/ DIAGNOSE:", "7. Traitement jugé nécessaire"), not where a sentence of the form
    speaks of it ("… de la nature et du degré de gravité des affections")."""
    sections = _data()["certificate"]["sections"]
    heading = phrase_pattern(frozenset(sections[name])).pattern
    if name == "illness":
        # Or after the history's, in one heading: "A. Historique médical et diagnostic" (fiftythird be9ter-clean-15,
        # read after its blind run: the diagnosis under it OCR dropped, the paper under the heading unlooked at, "no
        # illness", inadmissible).
        history = phrase_pattern(frozenset(sections["history"])).pattern
        heading = (
            f"{heading}|{phrase_pattern(frozenset(_data()['certificate']['illness_labels'])).pattern}"
            rf"|(?:{history})[^\n:]{{0,30}}?[ \t](?:et|en|und|and|&)[ \t]+(?:{heading})"
        )
    if name == "treatment":
        # Its first item heads it where the heading was lost or left out (as in certificate_sections).
        heading = f"{heading}|{_TREATMENT_ITEM.pattern}"
    # With its colon, the heading is told from the same words in the form's sentence among the page's words. A
    # question mark after them ends a question wrapped over two lines ("D/ Welche Folgen … hätte ein Abbruch der" over
    # "Behandlung?", twenty-ninth be9ter-medcert-fields-2): no heading. A table's rule before it is read as "|", as
    # in `_ENUMERATOR` ("| Diagnose": fortyseventh be9ter-country-info-2, read, a table skewed so that its answers
    # were read apart: "no illness", inadmissible).
    return re.compile(
        rf"(?m)^[ \t]*(?:\|[ \t]*)?(?:[a-z0-9]{{1,2}}[ \t]*[/.)][ \t]*|\d{{1,2}},?[ \t]+)?(?:{heading})(?![ \t]*\?)(?:[ \t]*:)?"
    )


# What the number's field holds when it holds the number, however a hand wrote it and OCR read it: six digits in
# one run of ink, marks between them, a space only after a digit ("1-82588-63-003", "1 82588 63 003"); or a word of
# five signs or more holding a digit, a hand's number misread ("HB4OU-U8-58O"). A street's number and a postcode are
# neither ("Klötzerbahn 22, 4700 Eupen", the doctor's address on the line under a blank "LIKIV-Nummer": thirty-fourth
# be9ter-medcert-doctor-2, read).
_NUMBER_WRITTEN = re.compile(r"(?:[^\s\d]*\d\s?){6}|(?<!\S)(?=\S*\d)\S{5,}")


def _doctor_number(between: str) -> re.Pattern[str]:
    """The RIZIV number's groups, 1-82588-63-003, with `between` (a regex's count) separators between them."""
    gap = rf"[\s.\-/]{between}"
    return re.compile(rf"(?<!\d)[1-9]{gap}\d{{5}}{gap}\d{{2}}{gap}\d{{3}}(?!\d)")


_DOCTOR_NUMBER = _doctor_number("{0,2}")
# Written the RIZIV's way, "1-82588-63-003", the number is the doctor's wherever it stands: a column of values
# beside the column of labels is read apart from them. (Eleven digits grouped otherwise may be a national number.)
# Written by hand, OCR may misread a digit or two of it as a letter or a sign ("I-137&1-35-003"). A form read column
# by column may leave its first digit with the label and the rest a few lines down ("-76711-23-580").
_DOCTOR_NUMBER_WRITTEN = re.compile(r"(?<![\w\-])[^\s\-]?-[^\s\-]{5}-[^\s\-]{2}-[^\s\-]{3}(?![\w\-])")
_MISREAD_DIGITS = 2
# Its later hyphens read as a full stop or a space, on a stamp OCR read poorly ("1-96647.69 580": fortysecond
# be9ter-clean-20, read after its blind run, "no RIZIV number" to check by hand): a doctor's number opens with a 1, and
# its groups of one, five, two and three digits are no other number's (a national number's are 2.2.2-3.2). The stamp's
# frame may be read as a sign glued before it ("41-10083-12-580": fortyfifth be9ter-clean-03, read after its blind
# run, a false inadmissible).
_DOCTOR_NUMBER_STAMPED = re.compile(r"(?<![\w\-.])\S?1-\d{5}[\s.\-]{1,2}\d{2}[\s.\-]{1,2}\d{3}(?![\w\-])")


def _doctor_number_written(text: str) -> bool:
    return _DOCTOR_NUMBER_STAMPED.search(text) is not None or any(
        sum(c.isdigit() for c in m.group()) >= len(m.group()) - m.group().count("-") - _MISREAD_DIGITS
        for m in _DOCTOR_NUMBER_WRITTEN.finditer(text)
    )


# The RIZIV number written by hand in its field, as OCR reads a hand's digits: six digits or more, its groups
# still apart ("|-96631-85-580", "1-6N32-82-003", "+74731-40-58o"). Which digits they are is not this rule's
# question; that the field holds a number is. Its six digits stand in the one run of ink, a space OCR put between two
# digits aside ("1-a80 40-81-70"): "Numéro INAMI: — :
# endocrinologue - Boulevard du 12ème de Ligne 1, 4000 Liège" is a blank number before the doctor's specialty and
# address (twentyfirst), whose digits are the street's and the postcode's.
_DOCTOR_NUMBER_BY_HAND = re.compile(
    r"^[^\w\n]{0,3}(?=(?:[^\s\d]*\d\s?){6})(?:\S|\s(?=\d))*[-—](?:\S|\s(?=\d))*[-—]"
)


# Further after its label, in the block of the doctor's details under a row of labels ("Nom et prénom / Numéro INAMI /
# Spécialité / Adresse (cabinet ou hôpital):" over the name, the specialty, "1-88338.27.580" and the address,
# thirty-fifth, read after its blind run), up to the form's next numbered field, the number is known by its groups:
# eleven digits run together may be a national number.
_DOCTOR_NUMBER_GROUPED = _doctor_number("{1,3}")
_NUMBER_REACH = 200
_NEXT_FIELD = re.compile(r"\n[ \t]*\d{1,2}[ \t]*[.)][ \t]")


def _under_label(text: str, end: int) -> str:
    after = text[end : end + _NUMBER_REACH]
    cut = _NEXT_FIELD.search(after)
    return after[: cut.start()] if cut else after


def _doctor_number_column(pages: list[Page]) -> bool | None:
    """Whether the doctor's number's label, in a row of labels, has an answer under it in its column
    (`column_answer`), on the first page where that can be told."""
    return next(
        (
            a
            for page in pages
            if (a := column_answer(page, phrases("doctor_number"), _row_labels())) is not None
        ),
        None,
    )


@cache
def _row_labels() -> re.Pattern[str]:
    """The labels that may stand beside the doctor's number in a row: a form's, and the doctor's details."""
    return re.compile(f"(?:{labels.any_label().pattern})|(?:{_doctor_details().pattern})")


@rule("BE9TER-MEDCERT-DOCTOR", keys=("unsigned", "no-doctor-number", "no-patient"))
def certificate_doctor(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applicant = dossier.manifest.applicant
    for cert in _certificates(dossier):
        pages = dossier.pages_of(cert)
        text = dossier.text_of(cert)
        last = pages[-1].number if pages else cert.first_page
        signed = _signature(pages)
        yield from _signature_findings(cfg, cert, signed, pages)
        folded = fold_keeping_length(text)
        # Under a row of labels, the line of answers answers each in its column: "Nom   Numéro INAMI" over the
        # doctor's name alone (fortyseventh be9ter-medcert-doctor-2, read after its blind run: "check by hand");
        # "RIZIV-nummer   Adres praktijk" over a hand's "1-9 059 ö- 07-0 03" and the address (fortyseventh
        # be9ter-id-sufficiency-2: "no RIZIV number", inadmissible).
        column = _doctor_number_column(pages)
        # OCR spaces the digits of a handwritten number apart: "1-1 5127-37-580".
        numbered = (
            column is True
            or _doctor_number_written(text)
            or any(
                _DOCTOR_NUMBER.search(re.sub(r"(?<=\d)\s+(?=\d)", "", text[m.end() : m.end() + 40]))
                or _DOCTOR_NUMBER_GROUPED.search(_under_label(text, m.end()))
                for m in phrases("doctor_number").finditer(folded)
            )
            or _answer(text, phrases("doctor_number"), _DOCTOR_NUMBER_BY_HAND) is True
        )
        if not numbered:
            # A number asked for on the line that asks for the doctor's stamp ("Naam, handtekening en stempel van de
            # arts (met RIZIV-nummer):") is on the stamp, which OCR reads poorly, an oval one not at all (fortythird
            # be9ter-clean-02, -04, -07 and -16, read after its blind run: four false inadmissible): where the hand
            # or a stamp stands there, the blank after the label is no evidence.
            blank = (
                column is False
                or left_blank(
                    pages,
                    phrases("doctor_number"),
                    _answer(
                        text, phrases("doctor_number"), _NUMBER_WRITTEN, number=True, ends=_doctor_details()
                    ),
                    _NUMBER_WRITTEN,
                )
            ) and not (signed.verdict != "unsigned" and _asked_with_stamp(pages))
            # Pointed at where its label stands (a doctor's block at the head of the first page), else at the end.
            where = next(
                (p.number for p in pages if phrases("doctor_number").search(fold_keeping_length(p.text))),
                last,
            )
            yield finding(cfg, "no-doctor-number", cert.file, where, unverified=not blank, of=cert)
        # A name written by hand and partly misread names the patient too.
        if _names_applicant(text, applicant.name) or (
            applicant.name and contains_name_by_hand(text, applicant.name)
        ):
            continue
        label = (
            phrases("patient_name")
            if phrases("patient_name").search(fold_keeping_length(text))
            else labels.pattern("name")
        )
        # The patient's field comes first; the doctor's own name is asked further on.
        section = _patient_section(text)
        answered = _answer(section, label, fields=_certificate_fields())
        # So does a hand OCR could not read at all in the patient's field, the applicant's birth date beside it
        # (thirty-third be9ter-clean-16, read: "Naam en voornaam van de patiënt: FATRIOSHT a" over "22.01.1980").
        if not (
            answered
            and applicant.birth_date
            and contains_date(text, applicant.birth_date)
            and _answer_read_unsurely(pages, label)
        ):
            # On a certificate set in two columns, the other column's lines stand level with the patient's labels. In
            # a row of labels over a line of answers, whose answer is there the text cannot tell; the paper under the
            # patient's label can, no word under it either (fiftythird be9ter-medcert-doctor-3, read after its blind
            # run: "Nom et prénom  Date de naissance" over the birth date alone, "check by hand"; fortyeighth
            # be9ter-medcert-age-1: "Nom  Prénom" over a hand's name misread "M-ERNM Mohamed", no blank).
            row = answered is None and _heads_row(section, label)
            blank = left_blank(
                pages,
                label,
                False if row else answered,
                first=True,
                skip=_before_patient_section,
                gutters=_gutters(pages),
                read=row,
            ) or (
                _patient_section_empty(text)
                and blank_on_paper(pages, phrases("patient_section"), first=True) is True
            )
            yield finding(
                cfg,
                "no-patient",
                cert.file,
                cert.first_page,
                unverified=not blank,
                of=cert,
                evidence={"expected": applicant.name},
                name=applicant.name or "?",
            )


def _asked_with_stamp(pages: list[Page]) -> bool:
    """Every line that asks for the doctor's number asks for the signature or the stamp too, or for the doctor's
    address with it where no address is written after it: what a doctor's stamp gives, set under the heading askew
    where OCR reads it poorly ("Nom, adresse et numéro INAMI du médecin" over a date and a stamp beside the signature:
    fortyeighth be9ter-clean-05, -11, -26 and -30, read after its blind run, four false inadmissible). Name and
    address typed after it without the number leave the number out (fortyeighth be9ter-medcert-doctor-2)."""
    asked = [
        (fold(line), "\n".join(lines[at + 1 : at + 1 + _DETAILS_LINES]))
        for page in pages
        for lines in [page.text.splitlines()]
        for at, line in enumerate(lines)
        if phrases("doctor_number").search(fold(line))
    ]
    return bool(asked) and all(
        phrases("signature").search(line) or (_STAMPS_ADDRESS.search(line) and not find_addresses(after))
        for line, after in asked
    )


# The lines after the label where the doctor's name and address are typed, when they are.
_DETAILS_LINES = 4
_STAMPS_ADDRESS = re.compile(rf"\b(?:{'|'.join(ADDRESS_LABELS)})\b")


def _answer_read_unsurely(pages: list[Page], label: re.Pattern[str]) -> bool:
    """What follows the label's first place, on its line or, that holding nothing more, on the next line that holds
    anything: OCR read some of it unsurely, as it reads a hand and no typed name ("JANSSENS Marie", another name
    typed, is for a person to compare)."""
    for page in pages:
        m = label.search(fold_keeping_length(page.text))
        if m is None:
            continue
        after = [line.strip(" \t:.") for line in page.text[m.end() :].splitlines()[:_LINES_AFTER_LABEL]]
        answer = next((line for line in after if line), "")
        return bool(answer) and not read_surely(page, answer)
    return False


# The label's own line and the two after it: an answer written under its label, a blank line between them; a form's
# options under its question.
_LINES_AFTER_LABEL = 3


def _patient_section_empty(text: str) -> bool:
    """The certificate's heading for the patient stands right before its heading for the doctor, nothing between
    them: the section left out, its labels too (twenty-fifth be9ter-medcert-doctor-3, read)."""
    folded = fold_keeping_length(text)
    start = phrases("patient_section").search(folded)
    if start is None:
        return False
    end = phrases("doctor_section").search(folded, start.end())
    # The doctor's heading's number ("2. Identificatie van de arts") is no answer.
    return end is not None and not re.search(r"\w", _HEADING_NUMBER.sub("", text[start.end() : end.start()]))


# A section heading's number or letter at the end of the text before it: "2. ", "B/ ".
_HEADING_NUMBER = re.compile(r"(?<!\w)[0-9A-Za-z]{1,2}\s*[./)]\s*$")


def _before_patient_section(text: str) -> list[tuple[int, int]]:
    """The page's text before the certificate's heading for the patient: a "Nom et prénom" there is the doctor's,
    in a block at the head of the page (thirtieth be9ter-medcert-doctor-3, read)."""
    m = phrases("patient_section").search(fold_keeping_length(text))
    return [(0, m.start())] if m else []


def _patient_section(text: str) -> str:
    """The certificate's text from its heading for the patient to its heading for the doctor, or for the first
    medical section where the doctor's block stands elsewhere (thirtieth be9ter-medcert-doctor-3: its "nom" in
    "Médicaments (nom, dose, fréquence)" answered the patient's empty "Nom:"); the whole text when it has no
    heading for the patient."""
    folded = fold_keeping_length(text)
    start = phrases("patient_section").search(folded)
    if start is None:
        return text
    ends = [phrases("doctor_section"), *_section_headings()]
    section = text[
        start.end() : min(
            (m.start() for e in ends if (m := e.search(folded, start.end()))), default=len(text)
        )
    ]
    # A line opening with a doctor's title is the doctor's name, which OCR of a form set as a table may read among
    # the patient's empty cells (thirty-first be9ter-medcert-doctor-3: "Dr. Sofie Peeters" after "Voornaam").
    return _DOCTORS_LINE.sub("", section)


_DOCTORS_LINE = re.compile(r"(?im)^[ \t]*(?:dr|dokter|docteur|doktor|prof)\b\.?[^\n]*$")


def _languages_rule(
    dossier: Dossier, cfg: RuleConfig, types: tuple[str, ...], allowed: tuple[str, ...]
) -> Iterator[Finding]:
    translated = bool(dossier.documents_of("translation"))
    for doc in dossier.documents_of(*types):
        lang = document_language(dossier, doc)
        if lang is None or lang in allowed:
            continue
        # "Another language" said of a few words, in no foreign script, is no evidence: a doctor's letterhead
        # above a note written by hand, which no text layer or OCR holds.
        few = len(dossier.text_of(doc).split()) < FEW_WORDS and not any(
            language.foreign_script(p) for p in dossier.pages_of(doc)
        )
        # A document taken for a medical or identity piece on a guess, or on evidence hardly stronger than for a
        # type the rule does not ask about, may be that other: a hospital pharmacy's cost estimate abroad, in
        # English, is country information (eighteenth, read). Its title, or the learned model, would say.
        rival = (
            doc.classified_by != "manifest"
            and doc.learned != doc.type
            and not doc.headed & set(types)
            and any(
                score >= RIVAL * doc.scores.get(doc.type, 0.0)
                for kind, score in doc.scores.items()
                if kind not in types
            )
        )
        unsure = (rival or not sure_of_type(doc)) and not translated
        # Another script seen by detection, but the words read surely are in a language allowed: no evidence.
        contradicted = lang == "other" and any(
            language.foreign_script(p) and language.words_language(p) in allowed
            for p in dossier.pages_of(doc)
        )
        alongside = language_alongside(dossier, doc, lang)
        yield finding(
            cfg,
            "translated" if translated else "wrong-language",
            doc.file,
            doc.first_page,
            of=doc,
            severity="warning" if translated else None,
            evidence={"found": lang, "expected": list(allowed)}
            | ({"alongside": alongside} if alongside else {}),
            language=Term(f"language.{lang}"),
            unverified=(lang == "other" and few) or unsure or contradicted or alongside in allowed,
        )


@rule("BE9TER-MEDCERT-LANGUAGE", keys=LANGUAGE_KEYS)
def certificate_language(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    yield from _languages_rule(dossier, cfg, ("medical-certificate", "medical-statement"), NATIONAL_LANGUAGES)


@rule("BE9TER-IDENTITY-LANGUAGE", keys=LANGUAGE_KEYS)
def identity_language(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    yield from _languages_rule(dossier, cfg, tuple(identity.properties()), NATIONAL_LANGUAGES + ("en",))


@rule(
    "BE9TER-APPLICATION-LANGUAGE",
    keys=("unknown", "asylum-language", "wrong-language"),
    params={"asylum_months": {"type": "integer", "minimum": 0}},
)
def application_language(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    asylum = dossier.manifest.asylum
    bound_until = (
        asylum.refused_on + relativedelta(months=cfg.params.get("asylum_months", 6))
        if asylum.refused_on
        else None
    )
    bound = asylum.language and (bound_until is None or dossier.submission_date <= bound_until)
    for app in _applications(dossier):
        lang = document_language(dossier, app)
        if lang is None:
            yield finding(cfg, "unknown", app.file, app.first_page, unverified=True)
        elif bound and lang != asylum.language:
            yield finding(
                cfg,
                "asylum-language",
                app.file,
                app.first_page,
                of=app,
                evidence={"found": lang, "expected": asylum.language},
                language=Term(f"language.{lang}"),
                expected=Term(f"language.{asylum.language}"),
                until=bound_until.isoformat() if bound_until else "-",
            )
        elif lang not in NATIONAL_LANGUAGES:
            yield finding(
                cfg,
                "wrong-language",
                app.file,
                app.first_page,
                of=app,
                evidence={"found": lang, "expected": list(NATIONAL_LANGUAGES)},
                language=Term(f"language.{lang}"),
            )


@rule("BE9TER-SIGNED", keys=("unsigned",))
def signed(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for app in _applications(dossier):
        pages = dossier.pages_of(app)
        yield from _signature_findings(cfg, app, _signature(pages, _next_page(dossier, app)), pages)


# DVZ's number for the applicant's file, however a letter words it: "Dossier OE n° 8798536", "DVZ-referte
# 8082760", "réf. OE : 8.123.456", "uw referte (DVZ) 7654321".
# "SP" and "OV" (sûreté publique, openbare veiligheid) name DVZ's number as the forms do: "n° SP 6767733".
# Written with their stops too: "(O.V. 8847783)" (fiftyfirst be9ter-personal-data-1, read: "no number", check by hand).
_AUTHORITY = r"(?:dvz|oe|s\.?[ \t]?p\.?|o\.?[ \t]?v\.?|office des etrangers|dienst vreemdelingenzaken)"
_REFERENCE = r"(?:n[°or]?|nr|nummer|numero|number|referte|referentie|reference|ref|dossier\w*)"
# Or known to the addressee under it: "hij is gekend bij uw dienst onder nummer 7475356", "connue de vos services sous
# le numéro 8.123.456" (twentyfirst).
_KNOWN_UNDER = r"(?:gekend|bekend|connue?s?)\b[^\n.]{0,40}?\b(?:onder|sous)\W{1,3}(?:het\W{1,3}|le\W{1,3})?"
# Or the file bears it: "Son dossier à l'Office des Étrangers porte le numéro 9036393" (twenty-third).
_FILE_BEARS = (
    r"dossier\b[^\n.]{0,40}?\b(?:porte|draagt|heeft|bears|has)\W{1,3}(?:het\W{1,3}|le\W{1,3}|the\W{1,3})?"
)
_AUTHORITY_NUMBER = re.compile(
    rf"(?:\b{_AUTHORITY}\W{{0,3}}(?:{_REFERENCE}\W{{0,3}}){{0,2}}|\b{_REFERENCE}\W{{0,3}}\(?{_AUTHORITY}\)?\W{{0,5}}"
    rf"(?:{_REFERENCE}\W{{0,3}})?|\b(?:{_KNOWN_UNDER}|{_FILE_BEARS}){_REFERENCE}\W{{0,3}})(?<![\d.])"
    rf"(?:\d{{6,9}}|\d{{1,3}}(?:\.\d{{3}}){{2}})\b"
)


@rule(
    "BE9TER-PERSONAL-DATA", keys=[f"missing-{element}" for element in PERSONAL_ELEMENTS] + ["invalid-number"]
)
def personal_data(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applicant = dossier.manifest.applicant
    apps = _applications(dossier)
    if not apps:
        return
    # A dossier has one application: where a page of it was taken for a document of its own (its list of annexes
    # on the last page), what either says, the application says.
    app = apps[0]
    text = "\n".join(dossier.text_of(a) for a in apps)
    pages = [p for a in apps for p in dossier.pages_of(a)]
    person = person_fields(text)
    numbers = find_national_numbers(text, applicant.birth_date)
    name = _names_applicant(text, applicant.name)
    # "né le 7-3-1990, de nationalité congolaise": told without its place, the applicant's birth is evidence
    # of both gaps, whatever place a child's birth further on names. A child's birth in the form's section for the
    # relatives who apply too is not the applicant's ("geboren op 22.05.2019 (Liége)", thirtieth be9ter-address-2).
    own = _before_relatives(text)
    placeless = birth_without_place(own)
    country_label = _answer(own, labels.pattern("birth_country"))
    # What the text itself states, beside what follows a label in it.
    stated = {
        "name": name,
        "nationality": person.nationality is not None,
        "birth-date": bool(birth_dates(text)),
        "birth-place": person.birth_place is not None,
        "birth-country": birth_country(text) is not None,
    }
    # Each element: found (True), its label with a blank after it (False), or not found (None).
    has: dict[str, bool | None] = {
        "name": name or _answer(own, labels.pattern("name")),
        "first-name": name or _answer(own, phrases("first_name")),
        "nationality": stated["nationality"] or _answer(text, labels.pattern("nationality")),
        "birth-date": stated["birth-date"] or _answer(text, labels.pattern("birth_date")),
        "birth-place": False
        if placeless
        else stated["birth-place"] or _answer(text, labels.pattern("birth_place")),
        # The form's own field left blank outweighs a country named near the birth date.
        "birth-country": False
        if placeless or country_label is False
        else stated["birth-country"] or country_label,
        # A number that fails its checksum is its own finding, not also a missing one.
        "number": bool(numbers)
        or _says(text, "public_security_number")
        or _AUTHORITY_NUMBER.search(fold(text)) is not None
        or _answer(text, labels.pattern("national_number")),
    }
    # A form read column by column, its labels first and what the boxes beside them hold after them: read as the page
    # lays its lines out, each label has its box's answer after it (fortysecond be9ter-clean-01, -22 and -24, read
    # after their blind run: every element "check by hand").
    laid = laid_out_text(pages)
    for element, present in has.items():
        label = _field_label(element)
        if present is None and label is not None and laid and _answer(laid, label) is True:
            has[element] = True
    by_hand = handwritten(pages)
    if (
        has["nationality"] is None
        and not may_state_nationality(_without_name(text, applicant.name))
        and read_throughout(pages)
    ):
        # Read whole, the letter has no word that could state a nationality: it states none.
        has["nationality"] = False
    for element, present in has.items():
        if element in _COLUMN_LABELS and not (present is True and stated[element]):
            # Also where the text has the label blank, the next label after it: OCR read a row's labels before the
            # boxes under them ("LIEU DE NAISSANCE", "PAYS DE NAISSANCE", then "ACCRA", "GHANA": fortieth
            # be9ter-medcert-age-1, read after its blind run, a false deficiency). And where the text has the line
            # under a row of labels as the answer of each: "DATE DE NAISSANCE NATIONALITÉ" over "19.04.1966" alone,
            # the date's (fortyseventh be9ter-personal-data-3, read after its blind run: the nationality's empty box
            # was a false all-clear). Under this label, in its column, the page shows nothing.
            column = _column_answer(pages, labels.pattern(_COLUMN_LABELS[element]))
            # Blank before the next label on its own line, the label heads a row of labels: only its column tells
            # (fortysixth be9ter-clean-09, read: "Nationalité N° registre national / n° SP" over boxes typed in a face
            # OCR did not read, on a sheet photographed on a desk).
            if present is False and _heads_row(own, labels.pattern(_COLUMN_LABELS[element])):
                present = None
            present = column if present is None else column is not False if present else column is True
        if present is not True:
            # A label read with nothing after it, beside ink OCR did not read: a cell of a table it dropped
            # ("Nationaliteit" beside "Guinese", on a form scanned a degree off level) is no blank field.
            label = _field_label(element)
            if (
                present is None
                and label is not None
                # The applicant's own field: a relative's, in the section after hers, may be left blank.
                and label.search(fold(own)) is not None
                and _label_alone(pages, label)
                and blank_on_paper(pages, label) is True
            ):
                # A form's label alone on its line, no word level with it and no ink beside it or under it that
                # no word explains, is an empty field on paper, whatever order OCR read the form's columns in (its
                # labels first, then what the boxes beside them hold: fortysecond be9ter-personal-data-3, read
                # after its blind run, a nationality's box left empty was "check by hand").
                present = False
            inked = present is False and label is not None and _unread_answer(pages, label)
            # On a form filled in by hand, a blank is evidence only where the paper is seen blank too (a social
            # service's intake form, its nationality's cell left empty: twentysecond).
            unseen = by_hand and not (
                present is False and label is not None and blank_on_paper(pages, label) is True
            )
            yield finding(
                cfg,
                f"missing-{element}",
                app.file,
                app.first_page,
                evidence={"element": element},
                of=app,
                unverified=present is None or inked or unseen,
            )
    for bad in (n for n in numbers if not n.valid):
        written = text[bad.start : bad.end]
        shown = next((p for a in apps if (p := _page_with(dossier, a, written))), None)
        box = text_box(shown.words, written) if shown else None
        yield finding(
            cfg,
            "invalid-number",
            app.file,
            shown.number if shown else app.first_page,
            of=app,
            evidence={"found": bad.digits, "boxes": boxes([box] if box else [])},
            number=written,
            # A text layer holds the document's own digits; OCR's may be slips.
            unverified=not read_surely(shown, written)
            or (shown is None or shown.text_source == "ocr")
            and misread_date(bad.digits, applicant.birth_date),
        )


# A heading is a short line: in a letter's prose, "gezinsleden" opens no section.
_HEADING = 60


def _before_relatives(text: str) -> str:
    """The text before the form's section for the relatives who apply too: a blank name field there is
    theirs, left empty because nobody else applies."""
    section = phrases("family_section")
    offset = 0
    for line in text.splitlines(keepends=True):
        if len(line.strip()) <= _HEADING and section.search(fold(line)):
            return text[:offset]
        offset += len(line)
    return text


# The form labels of the personal data, whose field may be read blank.
_FIELD_LABELS = {
    "name": "name",
    "nationality": "nationality",
    "birth-date": "birth_date",
    "birth-place": "birth_place",
    "birth-country": "birth_country",
    "number": "national_number",
}


def _field_label(element: str) -> re.Pattern[str] | None:
    """The label of the element's field on a form; the first name's is the application's own phrase group, with the
    name's label before it where one label asks for both."""
    if element == "first-name":
        return _first_name_label()
    return labels.pattern(_FIELD_LABELS[element]) if element in _FIELD_LABELS else None


@cache
def _first_name_label() -> re.Pattern[str]:
    """The first name's label, or the name's and the first name's in one ("Familienaam en voornamen", "Nom et
    prénoms"): the answer to such a label is written under all of it, from its start, not under its last word (a hand's
    "Al-Maqtari Amal" under "Familienaam en voornamen", the paper under "voornamen" blank: fortyeighth
    be9ter-identity-2, read after its blind run, "no first name")."""
    both = rf"(?:{labels.pattern('name').pattern}\s+(?:en|et|und|and)\s+)?"
    return re.compile(both + phrases("first_name").pattern)


# The cells of the ink map a mark beside a label must span to be an answer OCR passed over: a table's rule crossing
# the label's line is one cell wide; and the most of the line's width it may span: a table's rule along the line,
# scanned a degree askew over two rows of cells, runs the field's width (twelfth's intake form).
ANSWER_CELLS = 3
ANSWER_SHARE = 0.6
# How far under a label, in its heights, a form prints the answer on a line of its own.
ANSWER_BELOW = 2.5


def _label_alone(pages: list[Page], label: re.Pattern[str]) -> bool:
    """The label stands on the pages, every place it stands with no word before it on its line: a form's label,
    not a word of a sentence ("… de nationalité" at a line's end)."""
    found = False
    for page in pages:
        for m in label.finditer(fold_keeping_length(page.text)):
            where = match_box(page.words, page.text, m.start(), m.end())
            if where is None:
                return False
            found = True
            if any(w.box.x1 <= where.x0 for w in _overlapping(page.words, where)):
                return False
    return found


def _unread_answer(pages: list[Page], label: re.Pattern[str]) -> bool:
    """Ink no word explains on the label's line after it, or on the line under it where no word was read, as wide
    as a word and no wider than most of the field: an answer OCR did not read (a social service's form whose
    column of circled numbers OCR read as one tall word, losing the name printed under "Nom et prénoms",
    seventeenth)."""
    for page in pages:
        for m in label.finditer(fold_keeping_length(page.text)):
            where = match_box(page.words, page.text, m.start(), m.end())
            if where is None or not page.ink_map:
                continue
            if where.upright or read_upside_down(page):
                # A label running down the page (a form scanned sideways, read turned) or right to left (head
                # down): its line is not where the page's rows are, so what is written after it cannot be looked
                # at, and may be there.
                return True
            where = _label_cell(page, m.start(), where)
            height = where.y1 - where.y0
            # Down to a little under the label's foot, as `_beside` reads words: a hand written in a box beside the
            # label sits lower than its print ("Zeynep" beside "Voornaam", read as nothing: thirty-eighth
            # be9ter-country-info-1, read after its blind run, "no first name").
            rest = Box(min(1.0, where.x1 + LABEL_COLON), where.y0, 1.0, min(1.0, where.y1 + LEVEL * height))
            below = Box(where.x0, where.y1, 1.0, min(1.0, where.y1 + ANSWER_BELOW * height))
            # The tops of the words under the label in its column.
            column = [
                w.box.y0 for w in page.words if w.box.y0 >= where.y1 and abs(w.box.x0 - where.x0) <= height
            ]
            # The next label in the label's column standing within that reach: rows of a table, each answered
            # beside its label; what a hand wrote beside the next label reaches up into the gap (twentysecond's
            # intake form, "N° registre national ou OE" under an empty "Nationalité").
            stacked = any(top < below.y1 + height for top in column)
            beside = _beside(page, where)
            # A word read in the field ("Geboortedatum en -plaats 12/03/1977"): OCR read it, and what it holds is
            # the answer, whatever ink is beside it.
            read = (
                bool(beside),
                any(
                    w.box.x1 > below.x0 and below.y0 < (w.box.y0 + w.box.y1) / 2 < below.y1
                    for w in page.words
                ),
            )
            if _answer_words(" ".join(w.text for w in beside)):
                # The text has the label with a blank after it, yet a word stands beside it on its line: a form's
                # column of answers that OCR read apart from its labels (twenty-fifth's intake form filled in by
                # hand, every answer read after the last label).
                return True
            fields = [(rest, read[0]), (below, read[1] or stacked)]
            row_label = next((w for w in beside if labels.any_label().match(fold(w.text))), None)
            if row_label is not None:
                # A row of labels, each answered under itself ("Geboorteplaats   Geboorteland" over "HLOTSE   LESOTHO"
                # written by hand: fiftieth be9ter-clean-24, read after its blind run, "no place of birth"): its field
                # is under it, as far as the next label on its row and down to the next in its column.
                under = Box(where.x0, where.y1, row_label.box.x0, min(column, default=below.y1))
                fields.append((under, False))
            for field, skipped in fields:
                if skipped:
                    continue
                cells = (field.x1 - field.x0) * len(page.ink_map[0])
                # Not the pieces of the dotted line to write on that the ink map keeps, barely inked, along one row
                # (`writing`): an empty field's leader (fortieth be9ter-personal-data-1, read after its blind run:
                # "Geboorteplaats:" over its dots, "check by hand").
                marks = connected(writing(page, unexplained_ink(page, [field], unruled=True)))
                # The faint dotted line to write on, left in the unruled map where it runs askew, joins the answer
                # typed on it into one mark as wide as the field: the cells darker than the line are the answer
                # (thirty-eighth be9ter-clean-03, read after its blind run: "Hatice Ayşe" on the dots after
                # "Prénom(s) :", unread, "no first name").
                ink_map = page.unruled_map or page.ink_map
                marks += [
                    part
                    for mark in marks
                    if len({c for _, c in mark}) > ANSWER_SHARE * cells
                    for part in connected({(r, c) for r, c in mark if int(ink_map[r][c]) > 1})
                ]
                widths = [len({c for _, c in mark}) for mark in marks]
                if any(ANSWER_CELLS <= width <= ANSWER_SHARE * cells for width in widths):
                    return True
    return False


def _beside(page: Page, label: Box) -> list[Word]:
    """The words right of the label, level with it: across its middle; or, in a larger type set lower, their middle
    within the label's height or a little under it ("Solwezi" beside "Lieu de naissance", thirty-sixth
    be9ter-clean-21, read). Lines of another column's prose whose middles stand above the label's top or well under
    its foot are none (thirty-first be9ter-personal-data-1: a blank "Geboorteland" between two lines of the
    treatment written in the form's right-hand column)."""
    middle, height = (label.y0 + label.y1) / 2, label.y1 - label.y0
    return [
        w
        for w in page.words
        if w.box.x0 >= min(1.0, label.x1 + LABEL_COLON)
        and (
            w.box.y0 <= middle <= w.box.y1
            or label.y0 <= (w.box.y0 + w.box.y1) / 2 <= label.y1 + LEVEL * min(height, w.box.y1 - w.box.y0)
        )
    ]


# A label's hint in brackets ending its line, closed there or wrapped onto the next.
_WRAPPED_HINT = re.compile(rf"[ \t]*{_OPEN_OR_CLOSED}[ \t:]*")


def _shaped_beside(pages: list[Page], label: re.Pattern[str], shape: re.Pattern[str]) -> bool:
    """Words of the answer's shape stand beside the label on the page: a form's column of answers that the text read
    apart from its labels. Only where the label ends its line of the text: words after it there are the text's own
    (a run-in heading's sentence, "Résidence et élection de domicile. -L'intéressé réside …", thirty-fourth
    be9ter-chosen-domicile-1, read), or the label's hint in brackets, wrapped or not ("Domicile élu (courrier de" over
    "l'OE)": fortyninth be9ter-clean-12 and -14, read)."""
    for page in pages:
        for m in label.finditer(fold_keeping_length(page.text)):
            rest = _rest_of_line(page.text, m.end())
            if any(c.isalnum() for c in rest) and not _WRAPPED_HINT.fullmatch(rest):
                continue
            where = match_box(page.words, page.text, m.start(), m.end())
            if where is not None and not where.upright:
                words = _beside(page, _label_cell(page, m.start(), where))
                if shape.search(fold(" ".join(w.text for w in words))):
                    return True
    return False


def _label_cell(page: Page, start: int, where: Box) -> Box:
    """The label's place, with the line above it where the label's words open its line in brackets: a label wrapped
    in its cell ("Adresse pour le courrier" over "(domicile élu)"), whose answer is set level with its first line
    (thirty-sixth's intake forms, read)."""
    opening = page.text.rfind("\n", 0, start) + 1
    if page.text[opening:start].strip() != "(" or opening == 0:
        return where
    above = match_box(page.words, page.text, page.text.rfind("\n", 0, opening - 1) + 1, opening - 1)
    if above is None or not 0 <= where.y0 - above.y1 < where.y1 - where.y0:
        return where
    return Box(min(above.x0, where.x0), above.y0, max(above.x1, where.x1), where.y1)


def _answer_words(text: str) -> bool:
    """Words that may answer a field: two letters or digits at least once other fields' labels are taken out
    ("Date de naissance" beside "Nationalité" in a row of labels answers nothing)."""
    rest = labels.any_label().sub(" ", fold(text))
    return any(sum(c.isalnum() for c in word) >= 2 for word in rest.split())


# The elements a form may ask for in a row of labels with the answers in columns below, and their labels.
_COLUMN_LABELS = {
    "nationality": "nationality",
    "birth-place": "birth_place",
    "birth-country": "birth_country",
    # A date or a name written in a box by a hand OCR misread ("731 MAART TOUS" under "Geboortedatum": fortythird
    # be9ter-clean-09, read) is stated all the same.
    "birth-date": "birth_date",
    "name": "name",
}


def _heads_row(text: str, label: re.Pattern[str]) -> bool:
    """The label stands in a row of labels in the text: another label follows it on its line."""
    folded = fold_keeping_length(text)
    return any(
        _fields().match(_rest_of_line(folded, m.end()).strip(" \t:.-/")) is not None
        for m in label.finditer(folded)
    )


def _column_answer(pages: list[Page], label: re.Pattern[str]) -> bool | None:
    """The answer under the label on the first page where it heads a column, above the form's section for the
    relatives who apply too: a child's birth date in its table is not the applicant's."""
    relatives = _relatives_heading()
    for page in pages:
        answer = column_answer(page, label, _fields(), relatives)
        if answer is not None:
            return answer
        if _before_relatives(page.text) != page.text:
            return None
    return None


@cache
def _relatives_heading() -> re.Pattern[str]:
    """The heading of the form's section for the relatives who apply too, opening its line ("4. GEZINSLEDEN DIE MEE DE
    AANVRAAG DOEN")."""
    return re.compile(rf"^(?:\W*\w{{0,2}}[.)]?\s*)?(?:{phrases('family_section').pattern})")


def _application_says(dossier: Dossier, group: str, table: str = "phrases") -> bool:
    return any(
        _says(dossier.text_of(app), group, tuple(app.languages), table) for app in _applications(dossier)
    )


# What a chosen domicile's answer holds: a postcode, the lawyer's office it is chosen at, or the residence itself
# ("même adresse que la résidence", "zelfde als verblijfplaats" in a hand OCR read "zelfde als verdisflants",
# twentieth; "ZELFDE ADRES" read "ZELEDE ADRES", twentyfirst). A form's next heading ("Identiteit") under an empty
# field is none.
_DOMICILE = re.compile(
    r"\d{4}|\b(?:mr|me|maitre|meester|advoca\w*|avocat\w*|kantoor|cabinet|raadsman|conseil|lawyer|office|kanzlei"
    r"|rechtsanwalt\w*|bij|chez|c/o|residence|verblijfplaats|verblijfsadres|woonadres|meme|zelfde|hetzelfde|idem"
    r"|same|wohnort|wohnadresse|adres|adresse|address|anschrift)\b"
)


# How far under a form's heading its options to tick stand, in the heading's line heights.
_OPTIONS_BELOW = 4


# A box left empty is paper inside but for this share (a tick drawn half outside its box fills a twentieth of it);
# the words printed beside the boxes are read at least this surely, and OCR reads an empty box as brackets and
# strokes ("LJ", "[_]", "|]"), or as anything that lies within it.
_BLANK_FILL = 0.02
_OPTION_CONF = 75
_BOX_READ = re.compile(r"[\[\]|_lLJj()]+")


def _options_left_empty(pages: list[Page], label: re.Pattern[str]) -> int | None:
    """How many lines under the label its row of options stands (0: on the label's own row; 1: on the line under it,
    the label's row holding nothing after it, twenty-ninth), when that row holds two boxes or more, every one empty,
    beside the options' print only (`_left_empty`): no ink of a tick OCR took for a word ("aal" over a box ticked
    half outside it), no address written beside "elders". None if no such row."""
    for page in pages:
        for where in _label_places(page, label):
            after = [w for w in _overlapping(page.words, where) if w.box.x0 > where.x1]
            level = [c for c in page.checkboxes if _level(c.box, where) and c.box.x0 > where.x1]
            if level:
                if _left_empty(level, after):
                    return 0
                continue
            under = [
                c
                for c in page.checkboxes
                if where.y1 <= c.box.y0 and c.box.y1 <= where.y1 + _OPTIONS_BELOW * (where.y1 - where.y0)
            ]
            if after or not under:
                continue
            first = min(under, key=lambda c: c.box.y0).box
            between = [w for w in page.words if where.y1 <= w.box.y0 and w.box.y1 <= first.y0]
            left = min(where.x0, first.x0)
            row = [w for w in _overlapping(page.words, first) if w.box.x1 > left]
            if not between and _left_empty([c for c in under if _level(c.box, first)], row):
                return 1
    return None


def _level(box: Box, row: Box) -> bool:
    """The box's height overlaps the row's."""
    return box.y0 < row.y1 and row.y0 < box.y1


def _left_empty(boxes: list[Checkbox], row: list[Word]) -> bool:
    """Two boxes or more, none ticked, beside words that are the options' print: no tick OCR read as a word, no
    address written in."""
    sure = [w for w in row if w.conf >= _OPTION_CONF]
    return (
        len(boxes) >= 2
        and all(c.fill < _BLANK_FILL for c in boxes)
        and not any(ch.isdigit() for w in row for ch in w.text)
        and all(
            w in sure
            or _BOX_READ.fullmatch(w.text)
            or any(_within(w.box, c.box) for c in boxes)
            or _printed_apart(w, boxes, sure)
            for w in row
        )
    )


def _printed_apart(word: Word, boxes: list[Checkbox], sure: list[Word]) -> bool:
    """A word read unsure that is print all the same: it keeps clear of every box and stands no taller than the
    row's words read surely ("bij" at 56 on a grey scan, twenty-eighth). A tick drawn beside its box touches it,
    and rises over the print."""
    if not sure:
        return False
    tallest = max(w.box.y1 - w.box.y0 for w in sure)
    return word.box.y1 - word.box.y0 <= tallest and all(
        max(c.box.x0 - word.box.x1, word.box.x0 - c.box.x1) >= _BOX_MARGIN * (c.box.x1 - c.box.x0)
        for c in boxes
    )


# How far past an empty box's sides (in its widths) a word read from it may reach: OCR reads the box itself as
# "DO" or "[I]" (twenty-eighth); a tick drawn half outside it makes a word wider than that.
_BOX_MARGIN = 0.3


def _within(word: Box, box: Box) -> bool:
    """The word was read from the box: it lies inside it, give or take a little."""
    pad_x, pad_y = _BOX_MARGIN * (box.x1 - box.x0), _BOX_MARGIN * (box.y1 - box.y0)
    return (
        box.x0 - pad_x <= word.x0
        and word.x1 <= box.x1 + pad_x
        and box.y0 - pad_y <= word.y0
        and word.y1 <= box.y1 + pad_y
    )


def _label_places(page: Page, label: re.Pattern[str]) -> list[Box]:
    """Every place the label's words stand on the page, a heading's that says them too among them."""
    said = {fold(m.group(0)) for m in label.finditer(fold_keeping_length(page.text))}
    return [where for snippet in sorted(said) for where in text_boxes(page.words, snippet)]


def _line_after(text: str, label: re.Pattern[str], skip: int = 0) -> str:
    """The first line with words after the label's line and the `skip` lines with words after it."""
    m = label.search(fold_keeping_length(text))
    return "" if m is None else _line_with_words_after(text, m.end(), skip)


def _line_with_words_after(text: str, at: int, skip: int = 0) -> str:
    """The first line with words after the line holding `at`, and the `skip` lines with words after it."""
    rest = [line for line in text[at:].split("\n")[1:] if line.strip()]
    return rest[skip] if skip < len(rest) else ""


def _ticked_under(pages: list[Page], label: re.Pattern[str]) -> bool:
    """A box ticked among the options under the label: a form's choice ("C. GEKOZEN WOONPLAATS ☒ op het adres van
    verblijf ☐ bij mijn advocaat", nineteenth), answered by the tick whatever OCR read of the box."""
    for page in pages:
        for where in _label_places(page, label):
            bottom = where.y1 + _OPTIONS_BELOW * (where.y1 - where.y0)
            if any(
                c.fill >= TICKED_FILL and where.y1 <= c.box.y0 and c.box.y1 <= bottom for c in page.checkboxes
            ):
                return True
    return False


# A mark as OCR reads a tick or a filled circle before one of a form's options of where letters go ("x mijn
# advocaat", "[x] Mon avocat", "@ mijn advocaat", "® mon avocat"); an empty box reads "[]", "[_]", "O", "©", "El".
_MARKED_OPTION = re.compile(
    r"(?:^|\s)(?:\[\s*[xX]{1,2}\s*\]|[xX]{1,2}|[@®●■☒☑✓✔⊠◉])\s+(?:\S+\s+){0,2}?"
    r"(?i:verblijfsadres|adres|advocaat|adresse|avocat|anwalt|anwaltin|address|lawyer)\b"
)


def _option_marked(text: str) -> bool:
    """One of the options under the form's question of the chosen domicile, or of where letters go, is marked."""
    folded = fold_keeping_length(text)
    for group in ("chosen_domicile", "domicile_question"):
        for m in phrases(group).finditer(folded):
            lines = [line for line in text[m.end() :].split("\n") if line.strip()][:_LINES_AFTER_LABEL]
            if any(_MARKED_OPTION.search(line) for line in lines):
                return True
    return False


# A letter's section heading naming its topics ("VERBLIJF EN WOONPLAATSKEUZE", "RÉSIDENCE ET ÉLECTION DE
# DOMICILE"): it says what the section may hold, not that it holds it. French "en" before "Belgique" is "in", no "and":
# "ADRESSE DE LA RÉSIDENCE EFFECTIVE EN BELGIQUE" is the field's label (fortieth be9ter-address-2, read after its
# blind run: the empty field's label taken for a heading, the blank "check by hand").
_AND = r"(?i:en(?!\s+belgi)|et|and|und|&)"
_TOPICS = re.compile(
    # A line in capitals, its "and" too (a lower-case "en" between capitals is no heading's "and").
    r"^[^\W\d_a-z][^\da-z]*\s(?:EN(?!\s+BELGI)|ET|AND|UND|&)\s[^\da-z]+$"
    # A line of words capitalised as German writes nouns, but its "and": "Wohnsitz und Zustellungsanschrift"
    # (fortythird be9ter-clean-21, read after its blind run: the residence told under it taken for the domicile's).
    r"|^[ \t]*(?:[A-ZÀ-Þ][a-zß-ÿ]+[ \t]+)+(?:und|and|en|et|&)(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+)+[ \t]*$"
    # Numbered in any case: "I. Aufenthaltsort und Zustellungsdomizil" (its "I" read "|"), "B. Résidence et
    # élection de domicile", "2. VERBLIJFPLAATS EN GEKOZEN WOONPLAATS" (twenty-sixth); or its letter in a dark square,
    # read with no stop: "B Verblijfplaats en keuze van woonplaats", "8 | Verblijfplaats …" (thirty-seventh's
    # hand-filled form, read after its blind run); or as a paragraph, its sign read "$" or "S" ("S1 Résidence et
    # élection de domicile", fortyfourth be9ter-chosen-domicile-1, read). Not "Y réside et élit domicile", "U woont en
    # …": prose.
    r"|^[ \t]*(?:(?:[IVXivxl|]{1,4}|[A-Za-z]|\d{1,2})[.)][ \t]*(?:[-–—][ \t]*)?|(?![YU]\b)(?:[A-Z]|\d{1,2})[ \t]*\|?[ \t]+"
    r"|(?:[§$]|S(?=[ \t]?\d))[ \t]?\d{1,2}[.)]?[ \t]+"
    # Or a form's part: "DEEL 2 - VERBLIJFPLAATS EN WOONSTKEUZE" (fortyfifth be9ter-clean-08 and -19, read after its
    # blind run: "no chosen domicile", its field's label misread under it).
    r"|(?i:deel|partie|teil|part|rubriek|rubrique|sectie|section|afdeling)[ \t]+\d{1,2}[ \t]*[-–—.:)]?[ \t]+"
    # Or its number in a filled circle, read "(2)" or "©" (fortyninth be9ter-chosen-domicile-2, read: "(2) Résidence et
    # domicile élu" over the form's empty field taken for its label, the residence's answer for the domicile's).
    r"|\(\d{1,2}\)[ \t]*|[©®][ \t]+)"
    # Its topics parted by a dash too: "I. - RESIDENCE - ELECTION DE DOMICILE" (fortyfifth be9ter-chosen-domicile-1,
    # read after its blind run: the residence under it taken for the domicile's, no finding).
    rf"[^\W\d_][^\n.:;\d]{{0,50}}\s(?:{_AND}|[-–—])\s[^\n.:;\d]{{1,50}}$"
    # Run in before its paragraph after a dash: "Résidence et élection de domicile. – L'intéressé réside …"
    # (thirty-fourth's lawyers' letters, read after its blind run), the dash read against the paragraph's first word
    # ("domicile. -L'intéressé", thirty-fourth be9ter-medcert-age-1, read).
    rf"|^[ \t]*[^\W\d_][^\n.:;\d–—-]{{0,50}}\s{_AND}\s[^\n.:;\d–—-]{{1,50}}\.?[ \t]*[–—-](?=[ \t]|[A-ZÀ-Ý])"
    # Or numbered, run in before its paragraph after its stop: "1° Résidence et élection de domicile. Le requérant
    # réside …" (fortysixth be9ter-clean-08, -12, -18, -20 and -23, read after its blind run: the residence told after
    # it taken for the rest of a choice of domicile, five false inadmissible).
    rf"|^[ \t]*(?:[IVX]{{1,4}}|[A-Z]|\d{{1,2}})[.)°][ \t]*[^\W\d_][^\n.:;\d]{{0,50}}\s{_AND}\s[^\n.:;\d]{{1,50}}\."
    r"(?=[ \t]+[A-ZÀ-Ý])"
    # Or set between dashes on a line of its own: "- Résidence effective et domicile élu -" (fortyninth
    # be9ter-chosen-domicile-1, read: the residence told under it taken for the domicile chosen, no finding).
    rf"|^[ \t]*[-–—][ \t]*[^\W\d_][^\n.:;\d–—-]{{0,50}}\s{_AND}\s[^\n.:;\d–—-]{{1,50}}[ \t]*[-–—][ \t]*$",
    re.MULTILINE,
)


# An address's parts: three words at least, and a comma or a digit between them.
_ADDRESS_SHAPED = re.compile(r"(?=.*[,\d])(?:\S+\s+){2,}\S+")


def _misread_answer(text: str, label: re.Pattern[str]) -> bool:
    """The first line with words after the label (on its line, or below) is shaped as an address is. The next
    field's row of a form's table ("Membres de la famille NSENGIYUMVA Divine (02.01.2014) 5", twenty-third) is no
    answer, whatever its shape."""
    folded = fold_keeping_length(text)
    for m in label.finditer(folded):
        after = next(
            (line.strip(" :\t") for line in folded[m.end() :].splitlines() if line.strip(" :\t")), ""
        )
        if (
            _ADDRESS_SHAPED.match(after)
            and not _fields().match(after)
            and not labels.RUN_IN_HEADING.match(after)
        ):
            return True
    return False


# A form's label for the applicant's counsel, and its row naming them: "Raadsman Koen De Smet, …", "CONSEIL Me Sophie
# Lambrechts, …", or the label alone over the name ("Avocat" over "Me Jean-Luc Dumont, …").
_COUNSEL = r"[ \t]*(?:raadsman|advocaat|conseil|avocat|rechtsanwalt|anwalt|counsel|lawyer)\b"
_COUNSEL_ROW = re.compile(rf"{_COUNSEL}[ \t:]*(?:\S|$)")
# What a field's line may hold and still be empty: a speck or two OCR read as letters ("Gekozen woonplaats r").
_SPECKS = 2


def _counsel_row_under_blank(text: str) -> bool:
    """The chosen domicile's label ends its line with nothing after it, and the next line with words is a row naming
    the counsel."""
    folded = fold_keeping_length(text)
    return any(
        sum(c.isalnum() for c in _rest_of_line(folded, m.end())) <= _SPECKS
        and _COUNSEL_ROW.match(_line_with_words_after(folded, m.end()))
        for m in phrases("chosen_domicile").finditer(folded)
    )


@rule("BE9TER-CHOSEN-DOMICILE", keys=("missing",))
def chosen_domicile(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    apps = _applications(dossier)
    if not apps:
        return
    texts = [_TOPICS.sub("", dossier.text_of(app)) for app in apps]
    # A line after the label in parts, as an address is written, that holds no postcode nor office ("Hilde
    # Verstraeten, Kortrisksesteenueg IIL, AUOO Gent", a hand's address misread) is an answer OCR could not read,
    # not a blank; the next section's heading ("Identiteit", "Gezinsleden in de aanvraag") is none.
    answers = [
        None if shaped is False and _misread_answer(text, phrases("chosen_domicile")) else shaped
        for text in texts
        for shaped in [_answer(text, phrases("chosen_domicile"), _DOMICILE)]
    ]
    said = any(_says(text, "chosen_domicile", tuple(app.languages)) for text, app in zip(texts, apps))
    pages = [p for app in apps for p in dossier.pages_of(app)]
    options = _options_left_empty(pages, phrases("chosen_domicile"))
    if options is not None and not any(
        _DOMICILE.search(fold(_line_after(text, phrases("chosen_domicile"), options))) for text in texts
    ):
        # The form's choices beside its label, every box empty and nothing written under them: none was made. The
        # options' own words ("op het verblijfsadres", "bij de advocaat") are no answer (twenty-fifth).
        yield finding(cfg, "missing", apps[0].file, apps[0].first_page)
        return
    if any(_counsel_row_under_blank(text) for text in texts) and not (
        _ticked_under(pages, phrases("chosen_domicile"))
        or any(_option_marked(text) for text in texts)
        or _shaped_beside(pages, phrases("chosen_domicile"), _DOMICILE)
    ):
        # The field's own line holds nothing, and the row under it names the counsel with the office's address: a
        # form's row of its own, or the answer set under its label, as the form is read (fiftysecond
        # be9ter-chosen-domicile-1 and -2, fiftyfirst be9ter-chosen-domicile-2, read after their blind runs: "Gekozen
        # woonplaats" left empty over "Raadsman Koen De Smet, Lange Gasthuisstraat 27, …", passed; fiftythird's, its
        # label "Avocat" alone over the name, passed too). For a person to see.
        yield finding(cfg, "missing", apps[0].file, apps[0].first_page, unverified=True)
        return
    if (
        True in answers
        or (None in answers and said)
        or _ticked_under(pages, phrases("chosen_domicile"))
        or any(_option_marked(text) for text in texts)
        # The form's column of answers read apart from its labels: "même adresse que ci-dessus" beside "Adresse pour
        # le courrier (domicile élu)" on the page (thirty-sixth's intake forms, read).
        or _shaped_beside(pages, phrases("chosen_domicile"), _DOMICILE)
    ):
        return
    # The form's field for it left empty is evidence; no word of it anywhere, only that it was not found. Words in the
    # field of no domicile's shape are an answer that may be misread ("ZELEDE ADRES" for a hand's "ZELFDE ADRES",
    # twentyfirst), not a blank; nor is ink on the paper there that OCR did not read, nor a word beside the label.
    empty = (
        False in answers
        and all(_answer(text, phrases("chosen_domicile")) is False for text in texts)
        and blank_on_paper(pages, phrases("chosen_domicile")) is not False
        and not _unread_answer(pages, phrases("chosen_domicile"))
    )
    yield finding(cfg, "missing", apps[0].file, apps[0].first_page, unverified=not empty)


@rule("BE9TER-COUNTRY-INFO", keys=("missing",))
def country_info(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    apps = _applications(dossier)
    if not apps or dossier.documents_of("country-of-origin-info"):
        return
    told = {
        group: [_told(dossier.text_of(app), group, tuple(app.languages)) for app in apps]
        for group in ("treatment_availability", "treatment_accessibility")
    }
    if all(True in answers for answers in told.values()):
        return
    # The form's own field on it, its heading with no answer before the next, and no document that may hold the
    # information: evidence that the application gives none. Otherwise it may be worded in a way not read.
    empty = all(False in answers for answers in told.values())
    yield finding(
        cfg,
        "missing",
        apps[0].file,
        apps[0].first_page,
        unverified=not (empty and absent(dossier, "country-of-origin-info") == []),
    )


# A field's heading is a block of a line or two, no sentence; its answer, if any, the block after it.
_HEADING_BLOCK = 90


def _told(text: str, group: str, languages: tuple[str, ...]) -> bool | None:
    """Whether the application tells of the group's matter: in a sentence or a field's answer (True); only as
    a form's field heading with no answer after it (False); not at all (None)."""
    pattern = phrases(group, languages)
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text)]
    headed = False
    for i, block in enumerate(blocks):
        if not pattern.search(fold(block)):
            continue
        if len(block) > _HEADING_BLOCK or block.endswith(".") or block.count("\n") > 1:
            return True
        after = blocks[i + 1] if i + 1 < len(blocks) else ""
        # Not the form's next heading, numbered or lettered: "6. Annexes", "G. EERDERE PROCEDURES".
        numbered = _ENUMERATOR.match(fold(after))
        if (
            after
            and not (numbered and numbered.group().strip())
            and (len(after) > _HEADING_BLOCK or after.endswith("."))
        ):
            return True
        headed = True
    return False if headed else None


# A family section ends at the form's next section ("D. IDENTITEIT") or at the end of its first paragraph, and
# within this many characters: the letter's next paragraph dates other things ("Deze aanvraag vervangt de eerdere
# 9ter-aanvraag van 3 maart 2025").
_NEXT_SECTION = re.compile(r"(?m)^[ \t]*[A-Z][.)/][ \t]|\S\s*\n[ \t]*\n")
_FAMILY_REACH = 300


def _family_listed(dossier: Dossier) -> bool:
    """An application's family section gives someone's birth date other than the applicant's, however it words their
    kinship, or not at all. A text layer keeps no blank line between paragraphs: the date must be a birth's, not
    any."""
    own = dossier.manifest.applicant.birth_date
    return any(
        found.date != own
        for _, text, m in _family_sections(dossier)
        for found in birth_dates(_family_answer(text, m))
    )


def _family_answer(text: str, m: re.Match[str]) -> str:
    """What follows the family section's name, to the section's end. A heading's own line ("4 Gezinsleden in de
    aanvraag", fiftyfourth be9ter-family-2, read after its blind run: its paragraph ended there, the spouse listed
    under it unread) is passed over: its answer stands on the lines below. The next numbered question ends it."""
    line_end = text.find("\n", m.end())
    heading = text[m.end() : line_end if line_end >= 0 else None]
    alone = line_end >= 0 and not re.search(r"[\d:]", heading) and not _says(heading, "family_none")
    start = line_end + 1 if alone else m.end()
    rest = text[start : start + _FAMILY_REACH].lstrip()
    ends = [found.end() for found in [_NEXT_SECTION.search(rest)] if found]
    # Under a heading alone, the next question may follow at once: the section is empty.
    if question := _NEXT_QUESTION.search(rest, 0 if alone else rest.find("\n") + 1):
        ends.append(question.start())
    return rest[: min(ends, default=len(rest))]


def _family_sections(dossier: Dossier) -> Iterator[tuple[Document, str, re.Match[str]]]:
    """Each place an application names its section for the family members: the application, its text, the match.
    In its text as read and as its pages lay it out: a form whose answers stand beside their labels, read a column
    at a time ("Kind" above "5 Medische gegevens" above "MOREJÓN Alexei, °18/05/2016", fiftyfourth be9ter-family-1,
    read after its blind run: a page scanned sideways), has them level with their labels only there."""
    for app in _applications(dossier):
        for text in (dossier.text_of(app), laid_out_text(dossier.pages_of(app))):
            for m in phrases("family_section").finditer(fold_keeping_length(text)):
                yield app, text, m


# A form's next numbered question: "2.2 Met welke documenten …", "3 Identiteit".
_NEXT_QUESTION = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})*[ \t_*]")
# The letters a hand's answer naming someone holds at least, however misread; "Geen", "Niemand" hold fewer.
_NAMING_LETTERS = 12


def _family_by_hand(dossier: Dossier) -> bool:
    """The form's question for the family members who apply too is answered by hand, in words OCR read unsure, that
    say nobody in no words it read (thirty-second be9ter-family-2, read: "2.1 Welke gezinsleden vragen mee aan?"
    answered in a cursive hand naming the husband): whom the application includes is for a person to read."""
    for app, text, m in _family_sections(dossier):
        line_end = text.find("\n", m.end())
        answer = text[line_end + 1 : line_end + 1 + _FAMILY_REACH] if line_end >= 0 else ""
        following = _NEXT_QUESTION.search(answer)
        answer = answer[: following.start()] if following else answer
        if (
            sum(c.isalpha() for c in answer) >= _NAMING_LETTERS
            and not _says(answer, "family_none")
            and handwritten(dossier.pages_of(app))
        ):
            return True
    return False


def _names_family(text: str, languages: tuple[str, ...]) -> bool:
    """The text names the applicant's relatives (`family_members`): in a phrase of several words ("son mari",
    "volgende gezinsleden"), or a word for a relative with a possessive before it, a word between or not ("haar
    minderjarige zoon"), or the applicant named after it ("les enfants de la requérante")."""
    folded = fold_keeping_length(text)
    whose = phrases("kin_possessive", languages)
    of_applicant = phrases("kin_of_applicant", languages)
    denied = phrases("kin_denied", languages)
    for m in phrases("family_members", languages).finditer(folded):
        before = folded[: m.start()].rsplit(maxsplit=_KIN_BEFORE)[-_KIN_BEFORE:]
        if (
            any(denied.fullmatch(word) for word in before)
            or _heading_alone(folded, m)
            or _numbered_heading(folded, m)
            or _capital_heading(text, m)
        ):
            # Denied ("pas de membres de la famille"), or a heading alone on its line: "6. Membres de la famille"
            # names the section, which may say there are none (`_family_listed` reads a form's list under it).
            continue
        if (
            " " in m.group()
            or any(whose.fullmatch(word) for word in before)
            or of_applicant.match(folded, m.end() + 1)
        ):
            return True
    return False


def _heading_alone(folded: str, m: re.Match[str]) -> bool:
    """The match is its line's only words, its number or letter aside."""
    line = _line_at(folded, m.start(), m.end())
    at = m.start() - (folded.rfind("\n", 0, m.start()) + 1)
    return re.search(r"[^\W\d_]{2,}", line[:at] + " " + line[at + len(m.group()) :]) is None


def _numbered_heading(folded: str, m: re.Match[str]) -> bool:
    """The match stands in a section's numbered heading, a short line of its own: "4. Membres de la famille inclus
    dans la demande" (fiftyfirst, read after its blind run: over "MEMBRES néant", a warning on twenty dossiers that
    included nobody) names the section as the heading alone does."""
    line = _line_at(folded, m.start(), m.end())
    return len(line.strip()) <= _HEADING_LINE and _NUMBERED.match(line) is not None


_NUMBERED = re.compile(rf"[ \t]*(?:{SECTION_NUMBER.pattern})[.)/][ \t]")


def _capital_heading(text: str, m: re.Match[str]) -> bool:
    """The match opens a short line of its own, capitalised, with no colon after which relatives would be named: a
    section's heading whose number, printed in a dark box, OCR lost or read as a mark ("Membres de la famille compris
    dans la demande", "E Membres …", "| 3 | Membres …": fiftythird, read after its blind run, over a field answered
    "aucun", a warning on twenty-one dossiers that included nobody)."""
    line = _line_at(text, m.start(), m.end())
    at = m.start() - (text.rfind("\n", 0, m.start()) + 1)
    return (
        len(line[at:].strip()) <= _HEADING_LINE
        and ":" not in line
        and text[m.start()].isupper()
        and _MARK_BEFORE.fullmatch(line[:at]) is not None
    )


# What may stand before a heading on its line: marks, a number, one letter OCR made of a box's number.
_MARK_BEFORE = re.compile(r"[\W\d_]*(?:[^\W\d_][\W\d_]+)?")


# Words before a relative's word that its possessive may stand in: "haar minderjarige zoon", "ses deux enfants".
_KIN_BEFORE = 2


@rule("BE9TER-FAMILY", keys=("no-kinship-proof",))
def family(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    apps = _applications(dossier)
    said = any(_names_family(dossier.text_of(app), tuple(app.languages)) for app in apps) or _family_listed(
        dossier
    )
    if apps and (said or _family_by_hand(dossier)):
        look = absent(dossier, *KINSHIP)
        if look is not None:
            yield finding(
                cfg,
                "no-kinship-proof",
                apps[0].file,
                apps[0].first_page,
                unverified=bool(look) or not said,
                evidence={"look_at": look},
            )


@rule("BE9TER-PARALLEL", keys=("earlier-withdrawn",))
def parallel(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for app in _applications(dossier):
        languages = tuple(app.languages)
        # On the page that tells it; else the whole text may, a sentence running over a page's end.
        told = next((p.number for p in dossier.pages_of(app) if _tells_earlier(p.text, languages)), None)
        if told is not None or _tells_earlier(dossier.text_of(app), languages):
            yield finding(cfg, "earlier-withdrawn", app.file, told or app.first_page)
            continue
        # What a hand wrote in the form's section for them may tell of one still pending: a person must read it.
        by_hand = next((p.number for p in dossier.pages_of(app) if _earlier_by_hand(p)), None)
        if by_hand is not None:
            yield finding(cfg, "earlier-withdrawn", app.file, by_hand, unverified=True)


# A form's next section heading: "VIII. BIJLAGEN" (its numeral read "Vill.", or "VIIL" without its stop), "D.
# IDENTITEIT", "8) ANNEXES".
_FORM_SECTION = re.compile(r"(?m)^[ \t]*(?:[IVXLivxl|1]{1,5}|[A-H]|\d{1,2})(?:[.)][ \t]*|[ \t]+)[A-ZÀ-Þ]{3}")
# A section's heading stands on a short line of its own; with no next heading found, its answer is looked for this
# far down the page; a hand's answer holds this many letters at least, in words most of which OCR read unsure.
_HEADING_LINE = 50
_EARLIER_REACH = 0.25
_TOLD_LETTERS = 30


def _earlier_by_hand(page: Page) -> bool:
    """The form's section for earlier applications holds a hand's answer of some length between its heading and
    the next section's: words other than its printed options, most of them read unsure (fortyfourth
    be9ter-parallel-1 and -2, read: "[x] ja" and two lines telling of a pending 9ter application withdrawn, in a
    hand OCR garbled: "inaetrokken")."""
    folded = fold_keeping_length(page.text)
    options = phrases("options", table="withdrawal")
    for m in phrases("section", table="withdrawal").finditer(folded):
        heading = match_box(page.words, page.text, m.start(), m.end())
        if heading is None or len(_line_at(folded, m.start(), m.end()).strip()) > _HEADING_LINE:
            continue
        following = _FORM_SECTION.search(page.text, m.end())
        after = match_box(page.words, page.text, following.start(), following.end()) if following else None
        bottom = after.y0 if after and after.y0 > heading.y1 else heading.y1 + _EARLIER_REACH
        answer = [
            w
            for w in page.words
            if heading.y1 <= (w.box.y0 + w.box.y1) / 2 < bottom
            and not options.fullmatch(re.sub(r"\W", "", fold(w.text)))
        ]
        unsure = [w for w in answer if w.conf < SURE_CONF]
        if sum(c.isalpha() for w in unsure for c in w.text) >= _TOLD_LETTERS and 2 * len(unsure) >= len(
            answer
        ):
            return True
    return False


def _tells_earlier(text: str, languages: tuple[str, ...]) -> bool:
    """The text tells of an earlier 9ter application, pending or withdrawn. The article cited names none: "une demande
    de protection internationale qui n'a pas encore fait l'objet d'une décision définitive ; l'obligation d'établir son
    identité ne s'applique donc pas (art. 9ter, § 2, al. 3)" (fortyfifth, read after its blind run: three false
    warnings). Nor does a form's label offering kinds of earlier procedures ("Asiel / eerdere aanvraag 9ter")."""
    named = phrases("earlier_named", languages, "withdrawal")
    withdrawn = phrases("pending_or_withdrawn", languages, "withdrawal")
    # Folded first, so that "9ter" OCR read "Ster" after the word it names is "9ter" again (`textmatch.fold`): "De
    # aanvraag Ster die verzoeker op 14 november 2025 indiende" (fiftysecond be9ter-parallel-2, read after its blind
    # run), "Article Ster de la loi" (the article, taken out).
    sentences = [
        _ARTICLE_CITED.sub(" ", _APPLICATION_UNDER.sub(r"\1 9ter", fold(s)))
        for s in _SENTENCE_END.split(" ".join(text.split()))
    ]
    folded = fold(text)
    return any(
        not _offered_kind(folded, m) for m in phrases("earlier_application", languages).finditer(folded)
    ) or any(named.search(s) and withdrawn.search(s) for s in sentences)


# "art. 9ter", "artikel 9ter", "article 9ter, § 2": the law's article, no application.
_ARTICLE_CITED = re.compile(r"(?i)\b(?:art(?:ikel|icle)?\.?|§)\s*9\s*ter\b")
# But an application said to rest on the article is a 9ter application: "Une demande fondée sur l'article 9ter a
# déjà été introduite le 4-10-2025 … et n'a pas encore été tranchée" (fortyseventh be9ter-parallel-2, read after its
# blind run: with the article taken out, the sentence named no application).
_APPLICATION_UNDER = re.compile(
    r"(?i)\b(demande|aanvraag|application|antrag)\s+(?:fond[ée]e\s+sur\s+l['’]\s*|op\s+grond\s+van\s+|"
    r"(?:based|made)\s+(?:on|under)\s+|(?:gest[üu]tzt\s+auf|nach|gem[äa](?:ß|ss))\s+)art(?:ikel|icle)?\.?\s*9\s*ter\b"
)


def _offered_kind(folded: str, m: re.Match[str]) -> bool:
    """The phrase is one of the kinds a form's label offers on a short line, parted by slashes ("Asiel / eerdere
    aanvraag 9ter"): a question, no answer."""
    line = _line_at(folded, m.start(), m.end())
    return "/" in line and len(line.split()) <= _OFFERED_WORDS and not re.search(r"\d{2}", line)


# The words of a form's label offering kinds of procedures at most.
_OFFERED_WORDS = 8


# A sentence ends at its full stop before a capital, not at a date's or an abbreviation's dot ("12.05.2026",
# "art. 9ter"): the text is split before it is folded to lower case.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
