"""The rules every procedure has (INPUT-UNREADABLE, INPUT-UNSAFE, DOC-UNCLASSIFIED) and the helpers all rules
share (validator/rules/__init__.py): registration and contracts, findings, how sure a document's type is, which
documents may still be of a type, and what OCR read surely. In memory, without OCR.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.memory import dossier, file, graded, page, passport_zone, run, words
from validator import rules
from validator.model import INTERNAL_ERROR, Box, Document, Dossier, Page, Problem, RuleConfig, Word
from validator.rules import (
    NUMBER,
    Contract,
    UndeclaredKey,
    absent,
    blank_on_paper,
    boxes,
    contracts,
    document_language,
    finding,
    handwritten,
    left_blank,
    pages_text,
    poorly_read,
    possibly,
    read_surely,
    sure_of_type,
)

LETTER = "V-nummer: 1234567890\nGeachte heer, mevrouw,\nHierbij stuur ik de gevraagde stukken."
# More words than a document recognised as nothing needs to say something (25).
LONG = " ".join(f"woord{i}" for i in range(30))


# INPUT-UNREADABLE, INPUT-UNSAFE ------------------------------------------------------------------------------


def test_unreadable_findings_name_the_page_and_the_reason() -> None:
    d = dossier(
        {
            "a.pdf": file("a.pdf", problems=[Problem("unreadable", "no xref", 3)]),
            "b.pdf": file("b.pdf", pages=[LETTER], problems=[Problem("ocr-failed", "timeout", 1)]),
            "c.pdf": file("c.pdf", pages=[LETTER], problems=[Problem("too-many-pixels", "scan", 1, 5000)]),
            "d.bin": file("d.bin", "other"),
        }
    )
    found = run(d, "INPUT-UNREADABLE")
    assert graded(found) == [
        ("unreadable", "a.pdf", 3, "deficiency"),
        ("ocr-failed", "b.pdf", 1, "warning"),
        ("too-many-pixels", "c.pdf", 1, "deficiency"),
        ("unsupported", "d.bin", None, "deficiency"),
    ]
    assert [f.evidence for f in found] == [
        {"reason": "no xref"},
        {"reason": "timeout"},
        {"reason": "scan", "limit": 5000, "option": "--max-pixels"},
        {"found": "unknown", "expected": "PDF or image"},
    ]
    assert [f.params for f in found] == [
        {"reason": "no xref"},
        {"reason": "timeout"},
        {"reason": "scan", "limit": 5000, "option": "--max-pixels"},
        {"type": "unknown"},
    ]


def test_unsupported_names_the_type() -> None:
    d = dossier({"d.docx": file("d.docx", "other", media_type="application/msword")})
    [f] = run(d, "INPUT-UNREADABLE")
    assert (f.evidence, f.params) == (
        {"found": "application/msword", "expected": "PDF or image"},
        {"type": "application/msword"},
    )


def test_no_documents_evidence() -> None:
    [f] = run(dossier({}), "INPUT-UNREADABLE")
    assert (f.key, f.evidence) == ("no-documents", {"files": 0})


def test_unsafe_entry_is_named() -> None:
    d = dossier({"a.pdf": file("a.pdf", pages=[LETTER], problems=[Problem("link-outside", "x -> /etc")])})
    [f] = run(d, "INPUT-UNSAFE")
    assert (f.key, f.file, f.evidence, f.params) == (
        "link-outside",
        "a.pdf",
        {"entry": "x -> /etc"},
        {"entry": "x -> /etc"},
    )


# DOC-UNCLASSIFIED --------------------------------------------------------------------------------------------


def _with(d: Dossier, *documents: Document) -> Dossier:
    d.documents = list(documents)
    return d


def _doc(
    path: str, first: int, last: int, kind: str = "other", by: str = "content", **kw: object
) -> Document:
    return Document(path, first, last, kind, kw.pop("confidence", 0.1), by, **kw)  # type: ignore[arg-type]


def test_unclassified_part_of_a_file_names_its_first_page() -> None:
    d = _with(
        dossier({"x.pdf": [LONG] * 3, "y.pdf": [LONG] * 3}),
        _doc("x.pdf", 1, 1, "passport", confidence=0.9),
        _doc("x.pdf", 2, 3, languages=["nl"]),
        _doc("y.pdf", 1, 2),
    )
    found = run(d, "DOC-UNCLASSIFIED")
    assert graded(found) == [
        ("unclassified-part", "x.pdf", 2, "info"),
        ("unclassified-part", "y.pdf", 1, "info"),
    ]
    assert found[0].evidence == {"found": "other", "confidence": 0.1, "pages": [2, 3], "languages": ["nl"]}
    assert [f.params for f in found] == [{"pages": "2–3"}, {"pages": "1–2"}]


def test_unclassified_whole_file() -> None:
    d = _with(dossier({"x.pdf": [LONG] * 3}), _doc("x.pdf", 1, 3))
    [f] = run(d, "DOC-UNCLASSIFIED")
    assert (f.key, f.file, f.page, f.params) == ("unclassified", "x.pdf", None, {"pages": "1–3"})


def test_unclassified_leaves_out_files_without_pages_and_the_manifests_word() -> None:
    d = _with(
        dossier({"x.pdf": file("x.pdf"), "y.pdf": [LONG]}),
        _doc("x.pdf", 0, 0),
        _doc("y.pdf", 1, 1, by="manifest"),
    )
    assert run(d, "DOC-UNCLASSIFIED") == []


# rule, contracts, finding ------------------------------------------------------------------------------------

SCRATCH = "TEST-SCRATCH-RULE"


@pytest.fixture
def scratch() -> Iterator[str]:
    yield SCRATCH
    rules._REGISTRY.pop(SCRATCH, None)
    rules._CONTRACTS.pop(SCRATCH, None)


def _nothing(dossier: Dossier, cfg: RuleConfig) -> list:
    return []


def test_a_rule_registers_with_its_contract(scratch: str) -> None:
    assert rules.rule(scratch, keys=("a", "b"), params={"n": NUMBER}, required=("n",))(_nothing) is _nothing
    assert rules._REGISTRY[scratch] is _nothing
    contract = contracts()[scratch]
    assert contract == Contract(frozenset({"a", "b"}), {"n": {"type": "number"}}, frozenset({"n"}))
    assert contract.schema() == {
        "type": "object",
        "additionalProperties": False,
        "properties": {"n": {"type": "number"}},
    }
    with pytest.raises(ValueError, match=f"rule {scratch} registered twice"):
        rules.rule(scratch, keys=("a",))(_nothing)


def test_a_rule_without_parameters_accepts_none(scratch: str) -> None:
    rules.rule(scratch, keys=("a",))(_nothing)
    assert contracts()[scratch] == Contract(frozenset({"a"}), {}, frozenset())
    assert contracts()[scratch].schema()["properties"] == {}


def test_a_finding_its_contract_does_not_list_is_a_bug() -> None:
    cfg = RuleConfig("IND-COPY-A4", "deficiency", {}, "seed 001")
    with pytest.raises(
        UndeclaredKey, match="IND-COPY-A4 made a finding 'no-such-key' its contract does not list"
    ):
        finding(cfg, "no-such-key")
    assert finding(cfg, INTERNAL_ERROR).key == INTERNAL_ERROR


# sure_of_type ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "by, confidence, scores, sure",
    [
        # A file name is a person's word, unless the content speaks for another type at all.
        ("filename", 0.1, {"birth-certificate": 3.0}, True),
        ("filename", 0.1, {"birth-certificate": 3.0, "passport": 0.0}, True),
        ("filename", 0.9, {"passport": 0.5}, False),
        ("filename", 0.9, {"passport": 1.5}, False),
        ("manifest", 0.0, {}, True),
        ("content", 0.5, {}, True),
        ("content", 0.49, {}, False),
    ],
)
def test_sure_of_type(by: str, confidence: float, scores: dict, sure: bool) -> None:
    d = Document("a.jpg", 1, 1, "birth-certificate", confidence, by, scores=scores)  # type: ignore[arg-type]
    assert sure_of_type(d) is sure


@pytest.mark.parametrize(
    "subject_only, learned, sure",
    [
        # Recognised by words on its subject alone (a medical statement's "patient", "treatment"), however many, a
        # document is of its type on a guess; the learned model agreeing makes it sure.
        (True, None, False),
        (False, None, True),
        (True, "medical-statement", True),
    ],
)
def test_a_type_known_by_its_subject_alone_is_a_guess(
    subject_only: bool, learned: str | None, sure: bool
) -> None:
    d = Document(
        "a.pdf", 1, 1, "medical-statement", 0.9, "content", learned=learned, subject_only=subject_only
    )
    assert sure_of_type(d) is sure


# pages_text, boxes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "numbers, text",
    [
        ([1, 2, 3, 5], "1–3, 5"),
        ([3, 1, 2], "1–3"),
        ([1, 3], "1, 3"),
        ([7], "7"),
        ([1, 2], "1–2"),
        ([2, 3, 4, 9, 10], "2–4, 9–10"),
    ],
)
def test_pages_text(numbers: list[int], text: str) -> None:
    assert pages_text(numbers) == text


def test_boxes_are_rounded_to_four_places() -> None:
    assert boxes([Box(0.123456, 0.234567, 0.345678, 0.456789)]) == [[0.1235, 0.2346, 0.3457, 0.4568]]


# document_language -------------------------------------------------------------------------------------------

# A page OCR read poorly in the Latin-script languages, where Tesseract saw Arabic.
ARABIC = page("xx yy", source="ocr", conf=20, script="Arabic")


def _language(kind: str, *pages: Page, languages: list[str] | None = None) -> str | None:
    d = dossier({"a.jpg": list(pages)})
    return document_language(d, Document("a.jpg", 1, len(pages), kind, 0.9, "content", languages or []))


def test_document_language() -> None:
    assert _language("birth-certificate", page(LETTER), languages=["de", "nl"]) == "de"
    assert _language("birth-certificate", page(LETTER)) is None
    assert _language("birth-certificate", ARABIC, languages=["nl"]) == "other"
    # ICAO 9303 captions need no translation: an identity document, or any page with a zone that reads.
    assert _language("identity-document", ARABIC, languages=["nl"]) is None
    assert (
        _language("birth-certificate", ARABIC, page(passport_zone("BENALI", "AMINA")), languages=["nl"])
        is None
    )


# possibly, absent --------------------------------------------------------------------------------------------


def _possibly(d: Dossier, *documents: Document) -> list[Document]:
    return possibly(_with(d, *documents), "passport")


def test_a_document_of_a_file_that_could_not_be_read_may_be_anything() -> None:
    d = dossier(
        {
            "kapot.pdf": file("kapot.pdf"),
            "film.mp4": file("film.mp4", "media"),
            "a.zip": file("a.zip", "archive"),
            "a.docx": file("a.docx", "other"),
            "brief.pdf": [LETTER],
        }
    )
    unread = _doc("kapot.pdf", 0, 0, "letter")
    others = [_doc(p, 0, 0, "letter") for p in ("film.mp4", "a.zip", "a.docx")]
    mute = _doc("brief.pdf", 1, 1)
    assert _possibly(d, *others, _doc("brief.pdf", 1, 1, "letter"), unread, mute) == [unread, mute]


def test_the_manifests_word_and_the_type_itself_are_not_doubted() -> None:
    d = dossier({"a.pdf": ["twee woorden"], "b.pdf": ["drie korte woorden"]})
    named = _doc("a.pdf", 1, 1, by="manifest")
    mute = _doc("b.pdf", 1, 1)
    assert _possibly(d, named, _doc("a.pdf", 1, 1, "passport"), mute) == [mute]


@pytest.mark.parametrize(
    "scores, rival",
    [
        # Evidence for a passport at least half of that for what it was taken for, and two phrases at least: one
        # ("geboren am" in a doctor's attestation, for a birth certificate) is in every kind of letter (fortyfourth
        # be9ter-identity-1, read).
        ({"letter": 4.0, "passport": 2.0}, True),
        ({"letter": 5.0, "passport": 2.0}, False),
        ({"letter": 2.0, "passport": 1.0}, False),
        ({"letter": 1.0}, False),
        ({"letter": 0.0, "passport": 0.0}, False),
        ({"passport": 2.0}, True),
        ({"passport": 0.4}, False),
    ],
)
def test_a_document_taken_for_another_type_on_hardly_stronger_evidence(scores: dict, rival: bool) -> None:
    d = dossier({"a.pdf": [LONG]})
    doc = _doc("a.pdf", 1, 1, "letter", confidence=0.9, scores=scores)
    assert _possibly(d, doc) == ([doc] if rival else [])


@pytest.mark.parametrize(
    "confidence, headed, rival",
    [
        # Its own title says what it is: another type only if a title of that type is in it too, however
        # unsure its type among the rivals its words suggest.
        (0.9, {"application"}, False),
        (0.9, {"application", "passport"}, True),
        (0.3, {"application"}, False),
        (0.9, set(), True),
        # Titled as a third type, it is that, whatever type it was taken for at last (the learned model may
        # overrule the title's phrases): no hidden passport either.
        (0.9, {"letter"}, False),
    ],
)
def test_a_document_titled_as_what_it_was_taken_for(confidence: float, headed: set, rival: bool) -> None:
    d = dossier({"a.pdf": [LONG]})
    scores = {"application": 3.0, "passport": 2.0}
    doc = _doc("a.pdf", 1, 1, "application", confidence=confidence, scores=scores, headed=frozenset(headed))
    assert _possibly(d, doc) == ([doc] if rival else [])


def test_a_letter_is_no_hidden_passport_whatever_it_says_of_one() -> None:
    # fortysixth ind-hnt-idsuff-01 (read after its blind run): the IND's decision letter, "Geachte heer Miah", speaks
    # of "uw verblijfsdocument" and "uw paspoort": two phrases of a passport, the one thing to look at for the passport
    # the dossier lacks. No one writes a passport as a letter; a letter may still be a consular attestation.
    d = dossier({"a.pdf": [f"Geachte heer Miah,\n{LONG}"], "b.pdf": [LONG]})
    letter = _doc("a.pdf", 1, 1, scores={"identity-document": 2.0, "identity-certificate": 2.0})
    plain = _doc("b.pdf", 1, 1, scores={"identity-document": 2.0})
    assert possibly(_with(d, letter, plain), "identity-document") == [plain]
    assert possibly(_with(d, letter, plain), "identity-document", "identity-certificate") == [letter, plain]


@pytest.mark.parametrize("evidence, rival", [(2.0, True), (1.9, False)])
def test_a_document_recognised_as_nothing_needs_two_phrases_of_the_type(evidence: float, rival: bool) -> None:
    d = dossier({"a.pdf": [LONG]})
    doc = _doc("a.pdf", 1, 1, scores={"passport": evidence})
    assert _possibly(d, doc) == ([doc] if rival else [])


def test_a_document_recognised_as_nothing_that_says_almost_nothing() -> None:
    d = dossier(
        {
            "few.pdf": [" ".join(["woord"] * 24)],
            "enough.pdf": [" ".join(["woord"] * 25)],
            "poor.png": [page(LONG, source="ocr", conf=30)],
            "short.pdf": ["Een korte brief."],
        }
    )
    few, enough, poor = _doc("few.pdf", 1, 1), _doc("enough.pdf", 1, 1), _doc("poor.png", 1, 1)
    short_letter = _doc("short.pdf", 1, 1, "letter", confidence=0.9)
    assert _possibly(d, few, enough, poor, short_letter) == [few, poor]


def test_absent_names_where_to_look() -> None:
    d = dossier({"kapot.pdf": file("kapot.pdf"), "b.pdf": [LONG] * 3})
    guess = _doc("b.pdf", 2, 3, "passport", confidence=0.3)
    assert absent(_with(d, guess, _doc("kapot.pdf", 0, 0, "letter")), "passport") == [
        "b.pdf (2–3)",
        "kapot.pdf",
    ]
    assert absent(_with(d, _doc("b.pdf", 1, 3, "letter", confidence=0.9)), "passport") == []
    assert absent(_with(d, _doc("b.pdf", 1, 3, "passport", confidence=0.9)), "passport") is None


# read_surely -------------------------------------------------------------------------------------------------


def _scan(text: str, conf: float, **confs: float) -> Page:
    """A page OCR read at `conf`, some words (given by their text) at another confidence."""
    return page(
        text,
        source="ocr",
        word_list=[Word(w.text, confs.get(w.text, conf), w.box) for w in words(text, conf)],
    )


def test_read_surely() -> None:
    assert not read_surely(None, "12-04-1985")
    assert not read_surely(page(LETTER), "")
    assert read_surely(page(LETTER), "not even there")
    assert not read_surely(_scan("Geboren 12-04-1985 te Rabat", 90), "13-04-1985")
    assert read_surely(_scan("Geboren 12-04-1985 te Rabat", 85), "12-04-1985")
    # Only the words the snippet stands in count.
    assert read_surely(_scan("Geboren 12-04-1985 te Rabat", 90, Geboren=10, Rabat=10), "12-04-1985")
    # A hand's "8.11.2026" read as "8.1.2026" (the fresh blind part's be9ter-clean-11) came at 71: printed
    # dates read at 90 or more.
    assert not read_surely(_scan("Datum 8.1.2026", 90, **{"8.1.2026": 71}), "8.1.2026")
    assert not read_surely(_scan("Geboren 12-04-1985 te Rabat", 90, **{"12-04-1985": 84}), "12-04-1985")


# poorly_read, handwritten ------------------------------------------------------------------------------------


def _read(count: int, conf: float, text: str = "woord") -> Page:
    return page(" ".join([text] * count), source="ocr", conf=conf)


@pytest.mark.parametrize(
    "p, poor",
    [
        (page(" ".join(["woord"] * 5)), False),
        (_read(14, 90), True),
        (_read(15, 60), False),
        (_read(15, 59), True),
        (_read(15, 50), True),
    ],
)
def test_poorly_read(p: Page, poor: bool) -> None:
    assert poorly_read(p) is poor


@pytest.mark.parametrize(
    "confs, hand",
    [
        ([90, 90, 90, 49], False),
        ([90, 90, 49, 49], True),
        ([90, 90, 50, 50], False),
        ([49], True),
        ([90, 90, 90, 90], False),
        ([], False),
    ],
)
def test_handwritten(confs: list[float], hand: bool) -> None:
    word_list = [Word("ab", c, Box(0.1, 0.1 + i * 0.03, 0.2, 0.12 + i * 0.03)) for i, c in enumerate(confs)]
    # Words of fewer than two letters are OCR's guesses at strokes, not words: they do not count.
    strokes = [Word("x1", 10, Box(0.5, 0.5 + i * 0.03, 0.52, 0.52 + i * 0.03)) for i in range(4)]
    assert handwritten([page("ab", source="ocr", word_list=word_list + strokes)]) is hand


# blank_on_paper, left_blank ----------------------------------------------------------------------------------

NAME = re.compile(r"naam")
# The next field's label three lines under the name's: the line under "Naam:" is the name's to write on (a label
# straight under it would end the name's field there: its answer below that label is the next field's).
FORM = "Naam:\n\n\nGeboortedatum: 12-04-1985"


def _form(conf: float = 90, *marks: Box, word_list: list[Word] | None = None) -> Page:
    return page(FORM, source="ocr", conf=conf, word_list=word_list, marks=list(marks))


def _after_label(cells: int) -> Box:
    # On the label's line (0.10–0.12), from x 0.5, one row of the ink map high (1/70): a cell is 1/50 wide.
    return Box(0.5, 0.101, 0.5 + (cells - 1) / 50, 0.104)


def test_blank_on_paper() -> None:
    assert blank_on_paper([_form()], re.compile("handtekening")) is None
    assert blank_on_paper([_form()], NAME) is True
    assert blank_on_paper([_form(90, _after_label(1))], NAME) is True
    assert blank_on_paper([_form(90, _after_label(2))], NAME) is False
    assert blank_on_paper([_form(), _form(90, _after_label(2))], NAME) is False
    # The label's own ink is not an answer, read surely or not.
    assert blank_on_paper([_form(40)], NAME) is True
    # Written on the line under the label, where OCR read nothing: an answer it could not read.
    assert blank_on_paper([_form(90, Box(0.2, 0.16, 0.3, 0.17))], NAME) is False
    # Beside it, half a page to the right: a doctor's stamp (the dev part's be9ter-medcert-doctor-2).
    assert blank_on_paper([_form(90, Box(0.6, 0.16, 0.7, 0.17))], NAME) is True
    # Two cells of ink are an answer under the label as after it; ink a page's tenth further down is not under it.
    assert blank_on_paper([_form(90, Box(0.44, 0.16, 0.46, 0.16))], NAME) is False
    assert blank_on_paper([_form(90, Box(0.2, 0.3, 0.3, 0.31))], NAME) is True
    # A form's rule under the label, the width of the page, is a line to write on, not an answer.
    assert blank_on_paper([_form(90, Box(0.1, 0.15, 0.9, 0.155))], NAME) is True


def test_single_cells_of_ink_along_the_labels_line_are_a_tables_column_rules() -> None:
    # twentythird be9ter-address-2 (blind run): a three-column intake table, "Werkelijke verblijfplaats" left empty; the
    # column rules crossing its row left one cell of ink each, taken for a hand's answer: "check by hand" on an
    # inadmissible application. Two cells side by side are still writing.
    rules = [Box(0.7, 0.101, 0.7, 0.104), Box(0.9, 0.101, 0.9, 0.104)]
    assert blank_on_paper([_form(90, *rules)], NAME) is True
    assert blank_on_paper([_form(90, *rules, _after_label(2))], NAME) is False


def test_a_page_read_upside_down_cannot_be_looked_at() -> None:
    # twentieth be9ter-clean-19 (read): a form scanned head down, its words' boxes as scanned; "after the label"
    # there is left of it on the page, where the hand's birth date OCR dropped stood: not seen, a false deficiency.
    form = _form()
    form.words = [
        Word(w.text, w.conf, Box(1 - w.box.x1, 1 - w.box.y1, 1 - w.box.x0, 1 - w.box.y0)) for w in form.words
    ]
    form.ink_map = [row[::-1] for row in reversed(form.ink_map)]
    assert blank_on_paper([form], NAME) is None


def test_a_hint_in_brackets_on_the_labels_line_is_no_answer() -> None:
    # twentyfirst be9ter-address-2 (read): "7. Adres waar u echt woont (straat, nr, postcode, gemeente)", the writing
    # line under it empty; the hint's words were taken for an answer beside the label, so nothing could be told.
    hinted = page("Naam (straat, nr, postcode, gemeente)\nGeboortedatum: 12-04-1985", source="ocr", marks=[])
    assert blank_on_paper([hinted], NAME) is True
    answered = page("Naam Amina Benali Kinshasa (straat)\nGeboortedatum: 12-04-1985", source="ocr", marks=[])
    assert blank_on_paper([answered], NAME) is None


def test_a_printed_placeholder_under_the_label_is_no_answer() -> None:
    """Eighteenth's 2024 certificate (read): "…" printed under each question of its empty treatment section, two
    faint cells of ink OCR read nothing in. The same two cells written darker are an answer."""

    def under_label(density: str) -> Page:
        form = _form(90, Box(0.2, 0.16, 0.22, 0.16))
        form.ink_map = [
            row.replace("9", density) if r == int(0.16 * len(form.ink_map)) else row
            for r, row in enumerate(form.ink_map)
        ]
        return form

    assert blank_on_paper([under_label("1")], NAME) is True
    assert blank_on_paper([under_label("3")], NAME) is False


def test_a_hand_ocr_misread_under_the_label_is_an_answer() -> None:
    """Nineteenth be9ter-country-info-1 (read): a RIZIV number written by hand under "Numéro INAMI", read as "LDH"
    at 34. Its ink is an answer OCR misread; the next field's label, however poorly read, is none (test_left_blank)."""
    hand = Box(0.1, 0.16, 0.2, 0.17)
    misread = [*words(FORM), Word("LDH", 34, hand)]
    assert blank_on_paper([_form(90, hand, word_list=misread)], NAME) is False
    # Under the next field's label, standing straight under the name's, the ink is that field's answer.
    close = "Naam:\nGeboortedatum: 12-04-1985"
    assert blank_on_paper(
        [page(close, source="ocr", word_list=[*words(close), Word("LDH", 34, hand)], marks=[hand])], NAME
    )


def test_blank_on_paper_cannot_look_at_a_label_it_cannot_place() -> None:
    # In the text but not among the words, or standing taller than wide (a page scanned sideways).
    assert blank_on_paper([page(FORM, source="ocr", word_list=[])], NAME) is None
    tall = [Word("Naam:", 90, Box(0.1, 0.1, 0.15, 0.3))]
    assert blank_on_paper([page(FORM, source="ocr", word_list=tall, marks=[])], NAME) is None
    square = [Word("Naam:", 90, Box(0.1, 0.1, 0.3, 0.3))]
    assert blank_on_paper([page(FORM, source="ocr", word_list=square, marks=[])], NAME) is True


def test_left_blank() -> None:
    hand = [Word(w.text, 30, w.box) for w in words(FORM)]
    assert not left_blank([_form()], NAME, True)
    assert not left_blank([_form()], NAME, None)
    assert not left_blank([_form()], re.compile("handtekening"), False)
    assert left_blank([_form()], NAME, False)
    # Ink after the label where OCR read nothing is an answer it could not read, on a printed form too (the
    # fresh blind part's be9ter-clean-03: a patient's name written in a script hand OCR passed over).
    assert not left_blank([_form(90, _after_label(3))], NAME, False)
    assert not left_blank([_form(30, _after_label(3), word_list=hand)], NAME, False)
    assert left_blank([_form(30, word_list=hand)], NAME, False)


def _date_among(*others: Word) -> Page:
    date = Word("12-04-1985", 90, Box(0.25, 0.5, 0.5, 0.625))
    return page("12-04-1985", source="ocr", word_list=[date, *others])


def test_words_on_other_lines_do_not_count() -> None:
    above = Word("vlek", 10, Box(0.25, 0.3, 0.5, 0.4))
    below = Word("vlek", 10, Box(0.25, 0.7, 0.5, 0.8))
    assert read_surely(_date_among(above, below), "12-04-1985")


@pytest.mark.parametrize(
    "unsure",
    [
        # A word within a millionth of the box is in it (OCR gives a word's box again, a hair off).
        Box(0.25 - 1e-6, 0.5, 0.4, 0.625),
        Box(0.3, 0.5, 0.5 + 1e-6, 0.625),
        Box(0.3, 0.5 - 1e-6, 0.4, 0.6),
        Box(0.3, 0.55, 0.4, 0.625 + 1e-6),
    ],
)
def test_an_unsure_word_on_the_snippet_counts(unsure: Box) -> None:
    assert not read_surely(_date_among(Word("vlek", 10, unsure)), "12-04-1985")
