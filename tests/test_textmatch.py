import datetime as dt

import pytest

from validator import textmatch
from validator.model import Box, Word

V = "1234567890"


@pytest.mark.parametrize(
    "text",
    [
        "V-nummer: 1234567890",
        "V-nr. 1234 567 890",
        "Vnr 1234.567.890",
        "V-nummer 12345 67890",
        "VNR 1234-567-890",
        "uw kenmerk 1234567890",
        "V-nummer: l234567B9O",
    ],
)
def test_vnumber_spellings_are_found(text: str) -> None:
    assert textmatch.contains_number(text, V)


@pytest.mark.parametrize(
    "text", ["V-nummer: 1234567891", "12345678901", "01234567890", "123456789", "V-nummer"]
)
def test_other_numbers_are_not_the_vnumber(text: str) -> None:
    assert not textmatch.contains_number(text, V)


def test_labelled_numbers_read_through_ocr_lookalikes() -> None:
    found = textmatch.labelled_numbers(
        "Huurder: J. Jansen  V-nummer: 98765 432l0  IBAN NL91ABNA0417164300", "v_number"
    )
    assert [n.digits for n in found] == ["9876543210"]


def test_a_word_after_the_label_is_not_a_number() -> None:
    assert textmatch.labelled_numbers("V-nummer onbekend, zie bijlage", "v_number") == []


@pytest.mark.parametrize(
    "text",
    [
        "geboren 12-04-1985",
        "12.4.1985",
        "1985-04-12",
        "12 april 1985",
        "12 APR/AVR 1985",
        "12. April 1985",
        "né le 12 avril 1985",
        "12/04/1985",
    ],
)
def test_birth_date_notations(text: str) -> None:
    assert textmatch.contains_date(text, dt.date(1985, 4, 12))


@pytest.mark.parametrize("text", ["21-04-1985", "12-04-1958", "112-04-1985", "12 mei 1985"])
def test_other_dates_are_not_the_birth_date(text: str) -> None:
    assert not textmatch.contains_date(text, dt.date(1985, 4, 12))


def test_name_with_one_ocr_error_in_a_long_part() -> None:
    assert textmatch.contains_name("Naam: AMINA BENXL1", "Amina Benali") is False
    assert textmatch.contains_name("Naam: AMINA BENALl", "Amina Benali") is True
    assert textmatch.contains_name("Naam: Amina", "Amina Benali") is False


@pytest.mark.parametrize(
    "text, digits",
    [
        # fresh ind-gen-vnum-03: a hand's "V-nummer" read with a stray letter before it.
        ("\\YV-nummec 1681640378", "1681640378"),
        # fifth ind-hnt-vnum-04: a hand's "Vnr" read "Vor" before another person's ten digits.
        ("Vor 7196155279", "7196155279"),
        # thirty-sixth ind-med-vnum-02 (read): a stamp's "V-nr" read "Vene" before another person's ten digits.
        ("35:Vene 8392261890", "8392261890"),
    ],
)
def test_a_hands_vnumber_label_as_ocr_reads_it(text: str, digits: str) -> None:
    assert [n.digits for n in textmatch.labelled_numbers(text, "v_number")] == [digits]


@pytest.mark.parametrize(
    "text",
    # A short word is a label only before ten digits that are no telephone number, nor a longer word's end.
    [
        "Ver 8050770",
        "Van 0612345678",
        "Avenue 1234567890",
        "voor 12345678901",
        "voor 1234567890",
        "vast 1234567890",
    ],
)
def test_short_words_before_numbers_that_are_no_vnumber_labels(text: str) -> None:
    assert textmatch.labelled_numbers(text, "v_number") == []


def test_a_match_is_placed_at_its_own_occurrence_not_the_snippets_first() -> None:
    # Thirtieth be9ter-medcert-doctor-3: the doctor's "Nom et prénom" at the head of the page, the patient's "Nom:"
    # below it; the patient's label was placed at the doctor's words.
    def word(text: str, row: int) -> Word:
        return Word(text, 95.0, Box(0.1, 0.05 * row, 0.3, 0.05 * row + 0.02))

    words = [
        word("Nom", 1),
        word("et", 1),
        word("prénom", 1),
        word("Dr.", 2),
        word("Nom:", 3),
        word("Prénom:", 4),
    ]
    text = "Nom et prénom\nDr.\nNom:\nPrénom:"
    start = text.index("Nom:")
    assert textmatch.match_box(words, text, start, start + 3) == words[4].box
    assert textmatch.match_box(words, text, 0, 3) == words[0].box
    start = text.index("Prénom:")
    assert textmatch.match_box(words, text, start, start + 6) == words[5].box
