"""Rules: plain functions of the dossier that return findings, registered by their id.

Rules never touch files; they read the Dossier that ingestion built. Each rule registers its contract with
it: the finding keys it may emit (each has a message in every language of validator/messages) and the JSON
Schema of each parameter a procedure may give it (checked when the procedure loads, so that a mistyped
parameter is an error there, not a silent default here).
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from validator import language
from validator.classify import OTHER, filename_hint, filename_weight, salutes, score_text
from validator.extract import labels
from validator.extract.mrz import find_mrz
from validator.i18n import pages_text
from validator.inkmap import connected, inside, passed_over, unexplained_ink
from validator.model import INTERNAL_ERROR, Box, Document, Dossier, Finding, Page, RuleConfig, Severity, Word
from validator.signature import read_upside_down
from validator.textmatch import fold, fold_keeping_length, match_box, text_box

# Below this confidence a document's type is a guess: findings that judge it as that type are unverified.
CONFIDENT = 0.5
# A document may still be of a type whose evidence in it is at least this share of the evidence for the type
# it was taken for.
RIVAL = 0.5
# The evidence (in the weight of terms: two distinct phrases) for a type that makes a document recognised as
# nothing possibly of that type.
OTHER_EVIDENCE = 2
# A document recognised as nothing with fewer words than this says too little to rule any type out.
FEW_WORDS = 25
# OCR's confidence in a word (0–100) above which a value read from it is taken as read. Printed text reads at
# 90 or more; a hand's "8.11.2026" read as "8.1.2026" came at 71, so a date or number read below this is no
# evidence of a defect.
SURE_CONF = 85
# OCR that read fewer words than this, or with a lower mean confidence, read the page too poorly to say what is
# not on it (a number in a margin, the title that says what a document is).
POOR_WORDS, POOR_CONF = 15, 60
# Past a label, its colon and a space (in page widths), and the cells of unread ink that make an answer there.
LABEL_COLON = 0.03
BLANK_INK = 2
# How far below a label, in heights of its line, its answer may be written; and how far to the right of the
# label's start, in page widths: a doctor's stamp beside the label is no answer under it.
BELOW, BELOW_WIDTH = 2.5, 0.4

RuleFn = Callable[[Dossier, RuleConfig], Iterable[Finding]]
_REGISTRY: dict[str, RuleFn] = {}
_MODULES = (
    "inputs",
    "copy",
    "identity",
    "ind",
    "documents",
    "be9ter",
    "be9ter_conditions",
    "ind_conditions",
    "reminders",
)

# Parameter schemas the rules share.
NUMBER: dict[str, Any] = {"type": "number"}
COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
SHARE: dict[str, Any] = {"type": "number", "minimum": 0, "maximum": 1}
WORDS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}}
# A line of one of the authority's pages (sources.yaml), as procedures cite one.
LEGAL_BASIS: dict[str, Any] = {"$ref": "#/$defs/legal_basis"}
# Text written in every report language.
TEXT: dict[str, Any] = {"$ref": "#/$defs/text"}


@dataclass(frozen=True)
class Contract:
    """What a rule promises: the finding keys it may emit, and the parameters a procedure may give it."""

    keys: frozenset[str]
    # Each parameter's JSON Schema, by name; none is accepted that is not here.
    params: dict[str, dict[str, Any]]
    # Parameters without a default in the rule: the procedure, or one it includes, must give them.
    required: frozenset[str]

    def schema(self) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": False, "properties": self.params}


_CONTRACTS: dict[str, Contract] = {}


class UndeclaredKey(Exception):
    """A rule made a finding its contract does not list: a bug, caught like any other failure of a rule."""


def rule(
    rule_id: str,
    keys: Iterable[str],
    params: dict[str, dict[str, Any]] | None = None,
    required: Iterable[str] = (),
) -> Callable[[RuleFn], RuleFn]:
    """Register a rule with its contract: the finding `keys` it may emit, the schema of each of its `params`,
    and which of those it has no default for (`required`)."""

    def register(fn: RuleFn) -> RuleFn:
        if rule_id in _REGISTRY:
            raise ValueError(f"rule {rule_id} registered twice")
        _REGISTRY[rule_id] = fn
        _CONTRACTS[rule_id] = Contract(frozenset(keys), params or {}, frozenset(required))
        return fn

    return register


@cache
def registry() -> dict[str, RuleFn]:
    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return dict(_REGISTRY)


def contracts() -> dict[str, Contract]:
    registry()
    return dict(_CONTRACTS)


def finding(
    cfg: RuleConfig,
    key: str,
    file: str | None = None,
    page: int | None = None,
    *,
    severity: Severity | None = None,
    evidence: dict[str, Any] | None = None,
    legal_basis: str | None = None,
    unverified: bool = False,
    of: Document | None = None,
    **params: Any,
) -> Finding:
    """A finding of rule `cfg`; `key` picks its message and remedy in the catalogue.

    `legal_basis` replaces the rule's own where one finding rests on a more specific line of a source.
    `unverified`: the rule could not tell, so the finding is a warning for a person to check, whatever the
    rule's severity: only positive evidence of a defect makes a deficiency.
    `of`: the document the finding judges as being of its type (a certificate, an application); when that type
    was a guess, so is the finding.
    """
    if key != INTERNAL_ERROR and key not in _CONTRACTS[cfg.id].keys:
        raise UndeclaredKey(f"{cfg.id} made a finding {key!r} its contract does not list")
    unverified = unverified or (of is not None and not sure_of_type(of))
    return Finding(
        rule=cfg.id,
        severity="warning" if unverified else severity or cfg.severity,
        key=key,
        file=file,
        page=page,
        params=params,
        evidence=evidence or {},
        legal_basis=legal_basis or cfg.legal_basis,
        unverified=unverified,
    )


def sure_of_type(document: Document) -> bool:
    """The document's type was stated in the manifest, recognised from its content with confidence or by the
    phrases and the learned model both, or given by its file name ("geboorteakte-marokko.jpg": a person's word)
    while its content says nothing against it. Words only on what a text is about (`Document.subject_only`) never
    make it sure."""
    if document.learned == document.type:
        return True
    if document.classified_by == "filename":
        return not any(score > 0 for kind, score in document.scores.items() if kind != document.type)
    if document.subject_only:
        # Words on its subject are no evidence of its kind, however many.
        return False
    return document.classified_by == "manifest" or document.confidence >= CONFIDENT


def boxes(found: Iterable[Box]) -> list[list[float]]:
    """Boxes as evidence: page fractions [x0, y0, x1, y1], for reports to draw on the page."""
    return [[round(b.x0, 4), round(b.y0, 4), round(b.x1, 4), round(b.y1, 4)] for b in found]


def document_language(dossier: Dossier, document: Document) -> str | None:
    """The document's language; a script other than Latin (Arabic, Cyrillic, …) on its first page or on most of its
    pages makes it "other". Not on a later page alone: a hand filling in a Dutch certificate's second page, which
    Tesseract's script detection saw as Arabic (thirteenth).

    None for a passport or identity card, and for any document whose machine-readable zone reads: ICAO 9303
    prints their captions in English or French beside the issuer's language, so they need no translation,
    whatever OCR made of the photo, the guilloches and the facing page."""
    pages = dossier.pages_of(document)
    if document.type == "identity-document" or any(m.valid for p in pages for m in find_mrz(p.text)):
        return None
    foreign = [language.foreign_script(p) for p in pages]
    if foreign and (foreign[0] or 2 * sum(foreign) > len(foreign)):
        return "other"
    if (
        document.languages[:1] == ["other"]
        and any(poorly_read(p) for p in pages)
        and not any(language.words_language(p) == "other" for p in pages)
    ):
        # Latin letters read poorly are no evidence of another language: an application form scanned upside down
        # and read so, its gibberish "other" to the detector (thirty-fifth be9ter-clean-06, read after its blind run).
        # Its words read surely are: a Turkish extract printed by a dot-matrix printer, its values read poorly, its
        # headings surely ("NÜFUS VE VATANDASLIK ISLERI GENEL MUDURLUGU": fortyeighth be9ter-identity-language-2,
        # read after its blind run, no translation asked for).
        return None
    return document.languages[0] if document.languages else None


def language_alongside(dossier: Dossier, document: Document, lang: str) -> str | None:
    """For a document in another language (`lang`, its `document_language`, "other"), the language among the four
    whose lines stand among its own (`language.written_alongside`): whether it is translated whole a person tells.
    None on a page in another script: its letters, guessed at as Latin, are read as any language (a Georgian birth
    certificate as French)."""
    pages = dossier.pages_of(document)
    if lang != "other" or any(language.foreign_script(p) for p in pages):
        return None
    return language.written_alongside(pages)


def possibly(dossier: Dossier, *types: str) -> list[Document]:
    """Documents not taken for any of `types` that may still be one: recognised as nothing while showing some
    evidence of the type, or taken for another type on evidence hardly stronger; a document recognised as
    nothing that says almost nothing; a file whose pages could not be read."""
    readable = {f.path for f in dossier.files if f.pages or f.kind in ("media", "archive", "other")}
    found = []
    for d in dossier.documents:
        if d.type in types or d.classified_by == "manifest":
            continue
        if d.file not in readable:
            found.append(d)
            continue
        # A file whose name names the type ("verklaring zorginstelling.pdf") is evidence of it, as the file name is to
        # the classifier: where the content was taken for another type on little more (twenty-sixth ind-med-clean-03).
        named = filename_hint(d.file) in types
        # A letter is none of the documents no one writes as a letter: the IND's decision that speaks of "uw
        # verblijfsdocument" and "uw paspoort" (fortysixth ind-hnt-idsuff-01, read after its blind run: the one thing
        # to look at for the passport the dossier lacks) is no hidden passport.
        letter = bool(_NEVER_LETTERS.intersection(types)) and salutes(dossier.text_of(d))
        evidence = max(
            (d.scores.get(t, 0.0) for t in types if not (letter and t in _NEVER_LETTERS)), default=0.0
        ) + (filename_weight() if named else 0.0)
        # A letter that names the missing document in passing ("mijn bankafschriften") is not that document:
        # its evidence for the type must rival the evidence for what it was taken for. A document whose own
        # title says what it is (an application form, with its fields for nationality and birth date) is
        # another type only if a title or zone of that type is in it too; unless, over several pages, the type's
        # evidence equals its own: a later page may be that document, scanned on without a title of its own.
        # The title counts whatever type the document was given at last: a cover letter headed as an application
        # that the learned model took for nothing (doctype_model) is still no hidden passport.
        titled_otherwise = (
            bool(d.headed)
            and not d.headed & set(types)
            and (
                d.first_page == d.last_page
                or evidence < max(d.scores.get(t, 0.0) for t in d.headed | {d.type})
            )
        )
        # A document the learned model is sure is another type is no rival: it has seen that type's documents share
        # the missing one's words (a care institution's confirmation speaks of the patient, the treatment and the
        # specialist, as a medical statement does) and weighed what sets the two apart. A document recognised as
        # nothing is a rival on two phrases of the type at least: one word ("behandeling" in a lawyer's cover
        # letter) is in every kind of letter; so it is in a document recognised as another type ("geboren am" in a
        # doctor's attestation, fortyfourth be9ter-identity-1, read: the one thing to look at for identity evidence,
        # so the dossier's lack of any was only "check by hand"). A file named for the type is a rival whatever the
        # model says: its sender said what it is.
        rival = (
            evidence >= OTHER_EVIDENCE
            and not titled_otherwise
            and (d.learned in (None, OTHER) or named)
            and (d.type == OTHER or evidence >= RIVAL * d.scores.get(d.type, 0.0))
        )
        # A document recognised as nothing that says almost nothing, or that OCR read poorly, may be anything.
        mute = d.type == OTHER and (
            len(dossier.text_of(d).split()) < FEW_WORDS or any(poorly_read(p) for p in dossier.pages_of(d))
        )
        # A later page whose own words make it one of the types: an insurer's certificate without a title of its
        # own scanned on after a hospital's cost estimate (twelfth ind-med-clean-01).
        later = any(t in types for t in d.page_types[1:]) or any(
            _scanned_on(page, types, d.type)
            for page, kind in zip(dossier.pages_of(d)[1:], d.page_types[1:])
            if kind is None
        )
        # A document whose pages' own words make them different types is a bundle read as one: a page of it that
        # makes no type of its own may be the missing document, where the bundle shows some evidence of it (a care
        # institution's confirmation between a specialist's letter and an insurer's, sixteenth ind-med-clean-05).
        bundle = evidence > 0 and None in d.page_types and len(set(d.page_types) - {None}) > 1
        if rival or mute or later or bundle:
            found.append(d)
    return found


# The documents no one writes as a letter, greeting its reader.
_NEVER_LETTERS = frozenset(
    {"identity-document", "birth-certificate", "marriage-certificate", "driving-licence"}
)


def _scanned_on(page: Page, types: tuple[str, ...], own: str) -> bool:
    """A later page that made no type of its own, whose own words hold more evidence of one of the types than of any
    other, two phrases at least: a guarantor's handwritten letter ("garant sta", "verdien netto … per maand")
    scanned on after an insurer's certificate (thirtieth ind-med-suriname-02). As much evidence of the document's own
    type makes it the document's page: an application form's second page, its title repeated at its head, asking
    for the care institution's name and the treatment (thirty-eighth ind-med-meddocs-03, read after its blind run:
    the missing confirmation only "check by hand")."""
    scores = score_text(page.text)
    best = max(scores.values(), default=0.0)
    return any(
        scores.get(t, 0.0) >= max(OTHER_EVIDENCE, best) and scores.get(t, 0.0) > scores.get(own, 0.0)
        for t in types
    )


def absent(dossier: Dossier, *types: str) -> list[str] | None:
    """None when a document of one of `types` is surely in the dossier; else the places a person should look at
    because a document there may be one: one taken for the type on a guess (an e-mail asking for the dossier
    to be sent "aangetekend naar DVZ" has a receipt's words, and must not stand in for a missing receipt), or
    one that may still be of the type (see `possibly`). An empty list means the absence is certain."""
    found = dossier.documents_of(*types)
    if any(sure_of_type(d) for d in found):
        return None
    return places(found + possibly(dossier, *types))


def places(documents: list[Document]) -> list[str]:
    """Where the documents are, as a person looks them up: "scan.pdf (2–3)"."""
    return [
        f"{d.file} ({pages_text(list(range(d.first_page, d.last_page + 1)))})" if d.first_page else d.file
        for d in documents
    ]


def read_surely(page: Page | None, snippet: str) -> bool:
    """A piece of text on the page was read as written: it is in the text layer, or OCR was confident of
    every word it stands in. A check digit that fails, or a date that is too old, is evidence only then."""
    if page is None or not snippet:
        return False
    if page.text_source == "text-layer":
        return True
    where = text_box(page.words, snippet)
    if where is None:
        return False
    inside = [
        w
        for w in page.words
        if w.box.x0 >= where.x0 - 1e-6
        and w.box.x1 <= where.x1 + 1e-6
        and w.box.y0 >= where.y0 - 1e-6
        and w.box.y1 <= where.y1 + 1e-6
    ]
    return bool(inside) and all(w.conf >= SURE_CONF for w in inside)


# How far, in heights of a label's line, a word's middle may stand above or below the label's and be level with it.
LEVEL = 0.75


def blank_on_paper(
    pages: list[Page],
    label: re.Pattern[str],
    shape: re.Pattern[str] | None = None,
    first: bool = False,
    skip: Callable[[str], list[tuple[int, int]]] | None = None,
    gutters: Mapping[int, float] | None = None,
    read: bool = False,
    headings: Sequence[re.Pattern[str]] = (),
) -> bool | None:
    """Whether, every place the label stands, the rest of its line and the line below it are free of ink that
    OCR did not read, the rules of the form or its table left out: a field of a form filled in by hand that was left
    empty (True), or perhaps filled in a hand OCR could not read (False). None when that cannot be looked at: the
    label is nowhere among the page's words, or runs down the page (a page scanned sideways, whose lines do not run
    to the right) or right to left (one scanned head down), or a word other than a label stands level with it,
    which may be its answer, read apart from it (a column of values beside the column of labels; `shape`: what any
    answer holds, as in `labels.answer`), or, in a row of labels, a line of words opens under it. With `first`,
    only the label's first place counts: a form's "Naam" for its patient, before the doctor's "Naam en voornaam".
    `skip` gives the spans of a page's text where the label's words are no label of the field (an option of another
    field). `gutters`: by page number, where a page laid out in two columns of sections parts them: a label left of
    its gutter has its answer there, what stands right of it is the other column's. With `read`, words read under
    the label, no label, are ink there too: the paper, not the text, tells the field blank. `headings`: the
    document's own headings, beyond labels.yaml's, each opening the next field as a label does (a certificate's
    sections: the boxes of the severity's scale under an empty diagnosis are that field's)."""
    found = False
    for page in pages:
        folded = fold_keeping_length(page.text)
        # The words that open a form's labels, and all the words on their rows: found once a label is placed.
        opening: list[Box] | None = None
        next_labels: list[Box] = []
        upside_down: bool | None = None
        skipped = skip(page.text) if skip else []
        # The label's words wherever it stands, read as words under another of its places (a section's heading over
        # the field's own label).
        labelled = (
            [b for m in label.finditer(folded) if (b := match_box(page.words, page.text, m.start(), m.end()))]
            if read
            else []
        )
        for m in label.finditer(folded):
            if any(start <= m.start() < end for start, end in skipped):
                continue
            where = match_box(page.words, page.text, m.start(), m.end())
            if where is None or where.upright:
                return None
            if upside_down is None:
                upside_down = read_upside_down(page)
            if upside_down:
                return None
            if opening is None:
                opening = [w.box for w in page.words if labels.any_label().match(fold(w.text))] + [
                    b
                    for heading in headings
                    for h in heading.finditer(folded)
                    if (b := match_box(page.words, page.text, h.start(), h.end()))
                ]
                next_labels = _on_rows_of(page, opening)
            found = True
            # Past the label's colon, to the right edge, or to where the line's next field begins after a dash;
            # as tall as the label's line.
            gutter = (gutters or {}).get(page.number, 1.0)
            right = gutter if where.x1 < gutter else 1.0
            start = min(right, where.x1 + LABEL_COLON)
            rest = Box(start, where.y0, max(start, min(right, _field_end(page, where, shape))), where.y1)
            if _words_in(page, rest, shape):
                return None
            # A form's writing line under its label holds the answer as often as the label's own line; its
            # rules and dots are no answer, nor the next label, however poorly read. Down to the next field's label,
            # where one opens a line straight under it: what is under that label is that field's (the doctor's stamp
            # under "Naam, handtekening en stempel", below an empty "RIZIV-nummer:", twenty-ninth). A label further
            # right on a line under it is another column's. Under a line of labels the label ends, joined to it by a
            # comma or a dash, the writing line serves them all, written from the line's start ("1. Identification du
            # patient – Nom, Prénom" over "Mensah Edem" at the left margin: fortieth be9ter-clean-23, read after its
            # blind run, the name OCR dropped, a false inadmissible).
            foot = min(
                [min(1.0, where.y1 + BELOW * (where.y1 - where.y0))]
                + [b.y0 for b in opening if b.y0 >= where.y1 and abs(b.x0 - where.x0) <= _SAME_COLUMN]
            )
            below = Box(_joined_start(page, where), where.y1, min(right, where.x0 + BELOW_WIDTH), foot)
            # The row of cells a line under it opens on, its first word read surely in the label's column, is that
            # line's: its dotted leader to its colon, which OCR does not read ("Domicile élu ……… :" under an empty
            # "Résidence effective ……… :", fortythird be9ter-address-2, read after its blind run: taken for an
            # answer under the label, "check by hand").
            # The label's column is where its line begins ("Adres werkelijke verblijfplaats" found by its last two
            # words). The row of cells where that line begins holds its tall letters, and a hand's beside it reaches
            # up into it ("Gekozen woonplaats" under an empty residence's field, "Koen De Smet, …" written beside it:
            # fiftysecond be9ter-address-2, read after its blind run, that hand taken for the residence's answer).
            column = _chained_start(_words_before(page, where), where.x0)
            under = [
                w
                for w in page.words
                if w.conf >= SURE_CONF
                and where.y1 <= w.box.y0 < foot
                and min(abs(w.box.x0 - where.x0), abs(w.box.x0 - column)) <= _SAME_COLUMN
            ]
            # In a row of labels (another stands level with it, after it), the first line under it, opening with no
            # label, is its answer, read apart from it: the row of labels read before the row of answers under it
            # ("Nationalité N° registre national / n° SP" over "bhoutanaise 810719 613 82": fiftythird
            # be9ter-parallel-2, read after its blind run, a false deficiency).
            middle, reach = (where.y0 + where.y1) / 2, LEVEL * (where.y1 - where.y0)
            after = [
                w
                for w in page.words
                if w.box.x0 > where.x1 and abs((w.box.y0 + w.box.y1) / 2 - middle) <= reach
            ]
            in_row = bool(after) and labels.any_label().match(fold(_first_line(after))) is not None
            if in_row and under and not labels.any_label().match(fold(_first_line(under))):
                return None
            next_line = inside(
                page,
                [Box(0.0, (w.box.y0 + w.box.y1) / 2, 1.0, w.box.y1) for w in under]
                + [Box(0.0, w.box.y0, 1.0, w.box.y0) for w in under],
            )
            if (
                (read and _words_under(page, below, next_labels + labelled))
                or _written(page, unexplained_ink(page, [rest], unruled=True))
                or _written(
                    page, unexplained_ink(page, [below], unruled=True) - inside(page, next_labels) - next_line
                )
                or _hand_read_under(page, below)
                or (shape is not None and _hand_number_under(page, where, below))
            ):
                return False
            if first:
                return True
    return True if found else None


def _words_under(page: Page, below: Box, rows: list[Box]) -> bool:
    """A word of two letters or digits at least, in none of `rows` (the form's labels and their rows), begins in the
    region under a label (a hand's tall letters run on below it)."""
    return any(
        not any(
            r.x0 <= (w.box.x0 + w.box.x1) / 2 <= r.x1 and r.y0 <= (w.box.y0 + w.box.y1) / 2 <= r.y1
            for r in rows
        )
        and below.x0 <= w.box.x0 < below.x1
        and below.y0 <= w.box.y0 < below.y1
        and sum(c.isalnum() for c in w.text) >= 2
        and not labels.any_label().match(fold(w.text))
        for w in page.words
    )


def _first_line(found: list[Word]) -> str:
    """The words of the highest line among `found`, left to right."""
    top = min(found, key=lambda w: w.box.y0)
    return " ".join(w.text for w in sorted(found, key=lambda w: w.box.x0) if w.box.y0 < top.box.y1)


def unread_writing(page: Page, region: Box, printed: Iterable[Box] = ()) -> bool:
    """Ink in the region that no word explains, a form's rules left out, of writing's size and running along a line
    (three columns of cells at least): an answer OCR passed over. A piece of a table's column rule two cells long is
    none (twenty-sixth be9ter-medcert-fields-3, read); nor the ink of `printed`, the form's own words, however OCR
    read them."""
    found = writing(page, unexplained_ink(page, [region], unruled=True) - inside(page, list(printed)))
    return len({c for _, c in found}) >= _WRITING_COLUMNS and _written(page, found)


_WRITING_COLUMNS = 3


# How far apart (page widths) two lines' starts may be and stand in one column.
_SAME_COLUMN = 0.03


def _on_rows_of(page: Page, opening: list[Box]) -> list[Box]:
    """The words on the rows of a form's labels (`opening`: the words that open one), however poorly read
    ("Geboortedatum: 12-04-1985" at 40): under a label, they and the words read surely explain the ink. Other words
    read unsure are a hand OCR misread ("LDH > à" for a RIZIV number written under "Numéro INAMI", nineteenth): their
    ink may be the answer."""
    return [w.box for w in page.words if any(w.box.y0 < row.y1 and row.y0 < w.box.y1 for row in opening)]


def _written(page: Page, found: set[tuple[int, int]]) -> bool:
    """The unread ink may be an answer: two cells of it at least, side by side or touching, and more ink than two
    faint specks, the print of a form's dotted placeholder ("…") under its question. A cell of ink alone is no
    writing: where a table's column rules cross the field's line, one cell each (twenty-third's three-column intake
    form, "Werkelijke verblijfplaats" left empty). Nor is a thin stroke straight down one column of cells, each
    barely inked: the side of the field's box, whose top and bottom are rules already left out (twenty-fifth's
    "Verblijfsadres" box); nor one standing between two printed words of its line, close on both sides: the rule
    between two cells of a table's row ("leicht | mittel | schwer | sehr schwer", a printed scale none of whose
    degrees is marked: thirty-first be9ter-medcert-fields-1, read)."""
    ink_map = page.unruled_map or page.ink_map
    grouped = writing(page, found)
    return len(grouped) >= BLANK_INK and sum(int(ink_map[r][c]) for r, c in grouped) > BLANK_INK


def writing(page: Page, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The cells of the unread ink that may be writing (`_written`). Not the pieces of a rule scanned askew, which
    the unruled map keeps where the rule steps from one row of cells to the next: barely inked, no more than two rows
    tall, several of them along one row (thirty-sixth be9ter-medcert-doctor-3, read: the patient's empty "Naam" beside
    four such pieces of its box's top)."""
    ink_map = page.unruled_map or page.ink_map
    groups = [
        group
        for group in connected(found)
        if len(group) > 1
        and not (
            len({c for _, c in group}) == 1
            and (
                all(int(ink_map[r][c]) <= 1 for r, c in group)
                or _between_words(page, group)
                or _box_side(page, group)
            )
        )
    ]
    faint = [
        group
        for group in groups
        if all(int(ink_map[r][c]) <= 1 for r, c in group)
        and max(r for r, _ in group) - min(r for r, _ in group) <= 1
    ]
    along = Counter(r for group in faint for r in {r for r, _ in group})
    ruled = {row for row, n in along.items() if n >= _RULE_PIECES}
    return {
        cell
        for group in groups
        if not (group in faint and any(r in ruled for r, _ in group))
        for cell in group
    }


# Pieces of ink along one row that make a rule scanned askew, not a hand.
_RULE_PIECES = 3


def _box_side(page: Page, stroke: set[tuple[int, int]]) -> bool:
    """A stroke down one column of cells whose ends meet a box's top and foot: rules along the page's ink map that set
    off from its column on the rows at its ends, the way the box runs (thirty-eighth be9ter-personal-data-1, read after
    its blind run: an empty box beside "Geboorteplaats", scanned askew, its left side taken for a hand)."""
    ink_map = page.ink_map
    column = next(iter(stroke))[1]
    top, bottom = min(r for r, _ in stroke), max(r for r, _ in stroke)

    def rule_from(row: int) -> bool:
        if not 0 <= row < len(ink_map):
            return False
        line = ink_map[row]
        return any(
            0 <= start < len(line)
            and all(
                0 <= c < len(line) and line[c] != "0" for c in range(start, start + step * _BOX_RULE, step)
            )
            for start in (column - 1, column, column + 1)
            for step in (1, -1)
        )

    return any(rule_from(r) for r in (top - 1, top)) and any(rule_from(r) for r in (bottom, bottom + 1))


# Cells of ink in a row that make a box's top or foot.
_BOX_RULE = 8


# How far (in cells of the ink map) from a stroke one column wide the printed words on either side of it stand, at
# most, for it to be the rule between their cells: a scale's degree is centred in a cell some ten cells wide.
_CELL_REACH = 6


def _between_words(page: Page, stroke: set[tuple[int, int]]) -> bool:
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    column = next(iter(stroke))[1]
    top, bottom = min(r for r, _ in stroke) / rows, (max(r for r, _ in stroke) + 1) / rows
    level = [w.box for w in page.words if w.conf >= SURE_CONF and w.box.y0 < bottom and top < w.box.y1]
    return any(column - _CELL_REACH <= b.x1 * cols <= column for b in level) and any(
        column + 1 <= b.x0 * cols <= column + 1 + _CELL_REACH for b in level
    )


def _field_end(page: Page, label: Box, shape: re.Pattern[str] | None) -> float:
    """Where a number's field ends on its label's line: at the first dash standing alone after the label, where
    fields run together on one line ("Numéro INAMI: … — Boulevard du 12ème de Ligne 1"), or after the first word
    a semicolon ends ("Numéro INAMI —; 081 72 61 11": the doctor's phone number follows, twenty-sixth); else the
    page's edge."""
    if shape is None:
        return 1.0
    middle, reach = (label.y0 + label.y1) / 2, LEVEL * (label.y1 - label.y0)
    ends = [
        w.box.x0 if labels.FIELD_SEPARATOR.fullmatch(w.text) else w.box.x1
        for w in page.words
        if w.box.x0 >= label.x1
        and abs((w.box.y0 + w.box.y1) / 2 - middle) <= reach
        and (labels.FIELD_SEPARATOR.fullmatch(w.text) or w.text.endswith(";"))
    ]
    return min(ends, default=1.0)


def _words_in(page: Page, line: Box, shape: re.Pattern[str] | None) -> bool:
    """Some word other than a form's labels stands in the box, about level with it (a column of values is
    often set a little above or below its labels), of the answer's shape, or of two letters or digits at least:
    a stamp's strokes read as "| F" are no answer."""
    middle, reach = (line.y0 + line.y1) / 2, LEVEL * (line.y1 - line.y0)
    level = [
        w
        for w in page.words
        if line.x0 <= w.box.x0 < line.x1 and abs((w.box.y0 + w.box.y1) / 2 - middle) <= reach
    ]
    rest = labels.any_label().sub(" ", labels.HINT_CUT.sub(" ", fold(" ".join(w.text for w in level))))
    if shape is None:
        return sum(c.isalnum() for c in rest) >= 2
    # A word read unsurely is a hand OCR may have misread out of the answer's shape: a doctor's number written in
    # its field read as letters ("RIZIV-nummer VISEFREESS", thirty-fourth, read after its blind run).
    return shape.search(rest) is not None or any(
        w.conf < SURE_CONF
        and sum(c.isalnum() for c in w.text) >= 2
        and not labels.any_label().fullmatch(fold(w.text))
        for w in level
    )


def _hand_read_under(page: Page, below: Box) -> bool:
    """A word read unsurely (a hand OCR misread, as in `_words_in`) under the label, in its column, no label: its
    answer, though level with the label of another column's next field, whose row explains its ink ("Tanzania" under
    "Geboorteland", level with "Geboorteplaats" on the left: thirty-seventh be9ter-country-info-1, read after its
    blind run, a hand-filled form's country of birth "not stated")."""
    return any(
        w.conf < SURE_CONF
        and below.x0 - _SAME_COLUMN <= w.box.x0 <= below.x0 + _SAME_COLUMN
        and below.y0 <= (w.box.y0 + w.box.y1) / 2 <= below.y1
        and sum(c.isalpha() for c in w.text) >= _HAND_LETTERS
        and not labels.any_label().search(fold(w.text))
        for w in page.words
    )


# Letters of a word read under a label that make it a hand's answer rather than a speck or a rule read as "|".
_HAND_LETTERS = 3


def _hand_number_under(page: Page, label: Box, below: Box) -> bool:
    """Digits read unsurely on the writing line under a line of labels the number's label ends, joined to the one
    before it ("Nom et prénom, Numéro INAMI"): one answer line serves them both, written from its start, the name
    first and the number after it, which may not reach under its own label (thirty-eighth be9ter-personal-data-1,
    read after its blind run: "Dr. Philippe Lambert - 1-14493-64-580" read as "-H 441 3-6 us 56 g", its number "not
    stated"). A hand's line stands taller than print: its words begin under the label, however far down they reach."""
    start = _joined_start(page, label)
    return start < label.x0 and any(
        w.conf < SURE_CONF
        and sum(c.isdigit() for c in w.text) >= _HAND_DIGITS
        and start - _SAME_COLUMN <= w.box.x0 < below.x1
        and below.y0 <= w.box.y0 <= below.y1
        for w in page.words
    )


# Digits of a word read unsurely that make it part of a hand's number.
_HAND_DIGITS = 2


def _words_before(page: Page, label: Box) -> list[Word]:
    """The words on the label's line before it, from the left."""
    middle = (label.y0 + label.y1) / 2
    return sorted(
        (w for w in page.words if w.box.x1 <= label.x0 + _WORD_SPACE and w.box.y0 <= middle <= w.box.y1),
        key=lambda w: w.box.x0,
    )


def _chained_start(line: list[Word], start: float) -> float:
    """Where the run of words before `start` begins, each a word's space or a colon's from the next."""
    for w in reversed(line):
        if start - w.box.x1 > LABEL_COLON:
            break
        start = w.box.x0
    return start


def _joined_start(page: Page, label: Box) -> float:
    """Where the line of labels that the label ends begins, when a comma, a slash or a dash joins it to the label
    before it, the words between a word's space apart; else the label's own start."""
    line = _words_before(page, label)
    if not line or not (line[-1].text[-1:] in ",/" or labels.FIELD_SEPARATOR.fullmatch(line[-1].text)):
        return label.x0
    return _chained_start(line, label.x0)


# How far into the label a word before it may reach, in page widths: OCR's boxes of neighbouring words overlap.
_WORD_SPACE = 0.002


def left_blank(
    pages: list[Page],
    label: re.Pattern[str],
    answered: bool | None,
    shape: re.Pattern[str] | None = None,
    first: bool = False,
    skip: Callable[[str], list[tuple[int, int]]] | None = None,
    gutters: Mapping[int, float] | None = None,
    read: bool = False,
) -> bool:
    """A form's field is evidence of being empty: its label stands with a blank after it in the text
    (`answered` is False), on a page read the right way up, with no ink OCR could not read after it or below
    it: a typed form's answer written in a hand OCR passed over is no blank. `first`, `skip`, `gutters` and `read` as
    in `blank_on_paper`."""
    return answered is False and blank_on_paper(pages, label, shape, first, skip, gutters, read) is True


def poorly_read(page: Page) -> bool:
    """OCR read few words on the page, or read them unsure: what it did not find may be there all the same."""
    if page.text_source == "text-layer":
        return False
    ocr = page.ocr_words
    return len(ocr) < POOR_WORDS or _unsure_on_average(ocr)


def _unsure_on_average(words: list[Word]) -> bool:
    return sum(w.conf for w in words) / len(words) < POOR_CONF


# The share of a page's words OCR must have read surely for what is not in its text not to be on the page.
WELL_READ_SHARE = 0.8
# The ink OCR may have passed over on a page read throughout: a signature, a stamp, a logo (in cells of the ink
# map, or a quarter of what its words cover); a paragraph its layout analysis dropped is far more.
PASSED_OVER_CELLS, PASSED_OVER_SHARE = 100, 0.25


def read_throughout(pages: list[Page]) -> bool:
    """Every page's text is all there is on it: a text layer, or OCR that read words, nearly all of them surely, and
    passed over no more ink than a signature's or a stamp's. Only then is a word missing from the text evidence that
    the document does not say it. A few words may be all a page holds (a letter's last page: the signature and the
    signer's name under it, fortieth be9ter-address-1, read after its blind run); the ink they leave is measured."""
    for page in pages:
        if page.text_source == "text-layer":
            continue
        ocr = page.ocr_words
        if (
            not ocr
            or _unsure_on_average(ocr)
            or sum(w.conf >= SURE_CONF for w in ocr) < WELL_READ_SHARE * len(ocr)
        ):
            return False
        lost, worded = passed_over(page, Box(0, 0, 1, 1))
        if lost > max(PASSED_OVER_CELLS, PASSED_OVER_SHARE * worded):
            return False
    return bool(pages)


def handwritten(pages: list[Page]) -> bool:
    """Much of what OCR read it read unsure: a form filled in by hand, whose answers OCR cannot be trusted to
    have read, so an answer it did not find may still be there."""
    words = [w for p in pages for w in p.ocr_words if sum(c.isalpha() for c in w.text) >= 2]
    return len(words) > 0 and sum(w.conf < 50 for w in words) > 0.25 * len(words)
