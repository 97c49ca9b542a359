"""Extractors on plain strings: a label's answer (extract/labels.py), Belgian addresses (extract/address.py), and
where the fields of a machine-readable zone stand (extract/mrz_formats.py, ICAO Doc 9303)."""

from __future__ import annotations

import re

import pytest

from validator.extract import mrz_formats
from validator.extract.address import find_addresses
from validator.extract.labels import answer, any_label, pattern
from validator.extract.mrz_formats import Span

# labels.answer -----------------------------------------------------------------------------------------------

NAME = pattern("name")
NUMBER = pattern("national_number")
DIGIT = re.compile(r"\d")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label may run on to its colon; what follows the colon is the answer.
        ("naam en voornaam van de patient:\nhandtekening", False),
        ("naam en voornaam van de patient: amina benali", True),
        # The last line of the text, without a line end after it.
        ("naam: a", True),
        ("naam:", False),
        ("geen label hier", None),
        # A table read column by column: its labels, then (past a heading) its answers, each a short line.
        (
            "persoonsgegevens van verzoekster:\nnaam:\nvoornaam:\nnationaliteit:\ngeboortedatum:\n\n"
            "i. identiteit\nbah\nkadiatou\nguinese\n30.04.1975",
            None,
        ),
        # The same labels left blank, the letter going on in prose: evidence of the blank.
        (
            "naam:\nvoornaam:\nnationaliteit:\ngeboortedatum:\n\nverzoekster lijdt aan een chronische "
            "nierinsufficientie en wordt behandeld met hemodialyse in het ziekenhuis",
            False,
        ),
    ],
)
def test_answer_after_a_label(text: str, expected: bool | None) -> None:
    assert answer(text, NAME, any_label()) is expected


def test_the_next_numbered_label_read_with_a_comma_is_no_answer() -> None:
    # A form's next item numbered "4." that OCR read "4," (sixteenth's social-service forms) opens a field as "4." does.
    text = "3. nationalite\n\n4, date de naissance\n\n10.05.2001"
    assert answer(text, pattern("nationality"), any_label()) is False
    assert answer(text.replace("\n\n4,", "\n\nguineenne\n\n4,"), pattern("nationality"), any_label()) is True


def test_a_labels_country_wrapped_onto_its_own_line_and_a_section_numbered_field_are_no_answer() -> None:
    # fortyfifth be9ter-address-2 (read after its blind run): "2.1 Adresse de la résidence effective" left blank, its
    # "en Belgique" wrapped in its cell and misread, over "2.2 Domicile élu", the field numbered within its section.
    from validator.rules.be9ter import _fields, phrases

    text = (
        "2.1 adresse de la residence effective\n\nen belainue\n\n2.2 domicile elu\n\nmaitre sophie lambrechts"
    )
    assert answer(text, phrases("residence_address"), _fields()) is False
    assert answer(
        text.replace("en belainue", "en belgique\nrue haute 4"), phrases("residence_address"), _fields()
    )


def test_the_forms_next_numbered_field_under_a_label_is_no_answer_whatever_its_label() -> None:
    # twentyfirst be9ter-address-2 (read): "7. Adres waar u echt woont" left blank above "8. Adres voor de
    # briefwisseling (woonstkeuze)", a label no phrase list holds. Not the next number: it may be an answer.
    text = "7. adres waar u echt woont\n\n8. adres voor de briefwisseling (woonstkeuze)\n\nkoen de smet\n"
    label = re.compile("adres waar u echt woont")
    assert answer(text, label, any_label()) is False
    assert answer(text.replace("8. adres", "9. adres"), label, any_label()) is True


def test_the_forms_next_question_under_a_label_is_no_answer() -> None:
    # thirtyfifth be9ter-address-2 (read): an OCMW's form, "Adres waar u werkelijk woont" left blank above "Waar wil u
    # uw post ontvangen?", a label no phrase list holds. A line with a digit, or asking nothing, may be the answer.
    label = re.compile("adres waar u werkelijk woont")
    text = "adres waar u werkelijk woont\n\nwaar wil u uw post ontvangen?\n\n[x] bij mijn advocaat\n"
    assert answer(text, label, any_label()) is False
    assert answer(text.replace("?", ""), label, any_label()) is True
    assert answer(text.replace("waar wil u", "sleepstraat 63, 9000 gent?"), label, any_label()) is True


def test_the_next_sections_heading_under_a_label_is_no_answer() -> None:
    # thirtyfourth be9ter-personal-data-3 (read): "Nationalité" left blank above the next section's heading, its mark
    # in a dark square read "E"; the form's other sections read "E Famille", "F3 Identité", "E Maladie".
    label = pattern("nationality")
    sections = "\n\ne famille\nmembres de la famille\nnon\n\nf3 identite\npasseport\n\ne maladie\nvih\n"
    text = "pays de naissance\nliberia\n\nnationalite\n\ne sejour et courrier\n" + sections
    assert answer(text, label, any_label()) is False
    # The form heads no more sections so: the line may be the answer; nor is "à" a section's mark.
    assert answer(text.replace(sections, ""), label, any_label()) is True
    assert answer(text.replace("e sejour et courrier", "a mon adresse ci-dessus"), label, any_label()) is True


PROSE = "i. identiteit van de verzoekster zoals hieronder vermeld"


@pytest.mark.parametrize(
    "text, label, expected",
    [
        # Exactly three labels, the one asked for in the middle, the answers right after the column.
        ("naam:\ngeboortedatum:\nnationaliteit:\nbah\n30.04.1975\nguinese", "birth_date", None),
        # The column at the text's second line.
        ("\nnaam:\nvoornaam:\nnationaliteit:\n\nbah\nkadiatou\nguinese", "name", None),
        # The answers three lines of prose after the column, not four.
        (
            "naam:\nvoornaam:\nnationaliteit:\n" + "\n".join([PROSE] * 3) + "\nbah\nkadiatou\nguinese",
            "name",
            None,
        ),
        (
            "naam:\nvoornaam:\nnationaliteit:\n" + "\n".join([PROSE] * 4) + "\nbah\nkadiatou\nguinese",
            "name",
            False,
        ),
        # An answer's line is forty characters at most.
        ("naam:\nvoornaam:\nnationaliteit:\n" + "x" * 40 + "\nkadiatou\nguinese", "name", None),
        # Short lines that are other fields filled in are not this column's answers.
        (
            "naam:\nvoornaam:\nnationaliteit:\ndatum: 12.05.2026\nplaats: gent\nhandtekening: ja",
            "name",
            False,
        ),
    ],
)
def test_a_column_of_labels_and_its_column_of_answers(text: str, label: str, expected: bool | None) -> None:
    assert answer(text, pattern(label), any_label()) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("rijksregisternummer: 85.04.12-123.45", True),
        # A signature's strokes read as letters are no number.
        ("rijksregisternummer: | f\n", False),
        ("rijksregisternummer:\n85.04.12-123.45", True),
        ("rijksregisternummer:\nzie bijlage", False),
    ],
)
def test_answer_of_a_shape(text: str, expected: bool) -> None:
    assert answer(text, NUMBER, any_label(), DIGIT) is expected


# address.find_addresses ---------------------------------------------------------------------------------------


def test_addresses_written_as_the_authority_reads_them() -> None:
    found = find_addresses("Kerkstraat 12 A bus 4, 2000 Antwerpen\nLa Rue Haute 7, 7100 La Louvière")
    assert [str(a) for a in found] == [
        "Kerkstraat 12A bus 4, 2000 Antwerpen",
        "La Rue Haute 7, 7100 La Louvière",
    ]
    assert [(a.number, a.box, a.municipality) for a in found] == [
        ("12A", "4", "Antwerpen"),
        ("7", None, "La Louvière"),
    ]


def test_two_addresses_on_one_line_are_both_found() -> None:
    text = "Pachecolaan 44, 1000 Brussel; Kerkstraat 12, 2000 Antwerpen."
    assert [str(a) for a in find_addresses(text)] == [
        "Pachecolaan 44, 1000 Brussel",
        "Kerkstraat 12, 2000 Antwerpen",
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The issue's own example, and the ninth blind part's letters: postcode first, in a sentence.
        ("verblijvende te 9000 Gent, Sleepstraat 63", "Sleepstraat 63, 9000 Gent"),
        (
            "Hij verblijft feitelijk op 1080 Sint-Jans-Molenbeek, Ribaucourtstraat 32 bus 2. Voor deze procedure",
            "Ribaucourtstraat 32 bus 2, 1080 Sint-Jans-Molenbeek",
        ),
        # Number first on a Dutch street, as the sixth, seventh and ninth parts' letters write it.
        (
            "Zij verblijft feitelijk op 64, Kongostraat (bus 12), 9000 Gent.",
            "Kongostraat 64 bus 12, 9000 Gent",
        ),
        ("Zij verblijft feitelijk op het adres 11A, Brugse Poort, 9000 Gent.", "Brugse Poort 11A, 9000 Gent"),
        (
            "2. Hij woont effectief op het volgende adres: 83, Sleepstraat, 9000 Gent.",
            "Sleepstraat 83, 9000 Gent",
        ),
        (
            "Zijn feitelijke verblijfplaats in België is 138, Overleiestraat, 8500 Kortrijk.",
            "Overleiestraat 138, 8500 Kortrijk",
        ),
        ("He actually lives at 103, Bruul (box 12), 2800 Mechelen.", "Bruul 103 bus 12, 2800 Mechelen"),
    ],
)
def test_an_address_in_a_sentence_after_the_words_that_say_one_follows(sentence: str, expected: str) -> None:
    assert [str(a) for a in find_addresses(sentence)] == [expected]


def test_a_number_first_address_with_its_box_after_a_slash() -> None:
    # fortyfourth be9ter-chosen-domicile-1 (read): "no residence address" for a lawyer's letter writing it so.
    text = "L'adresse de résidence effective de mon client est la suivante : 30/12, Rue de Marcinelle, 6000 Charleroi."
    assert [str(a) for a in find_addresses(text)] == ["Rue de Marcinelle 30 bus 12, 6000 Charleroi"]
    assert [str(a) for a in find_addresses("Zij verblijft feitelijk op 64/3, Kongostraat, 9000 Gent.")] == [
        "Kongostraat 64 bus 3, 9000 Gent"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Streets named after a day, its number in figures.
        ("Rue du 22 Août 5, 5000 Namur", "Rue du 22 Août 5, 5000 Namur"),
        ("Avenue du 11 Novembre 14, 1040 Etterbeek", "Avenue du 11 Novembre 14, 1040 Etterbeek"),
        ("Place du 1er Mai 3, 1000 Bruxelles", "Place du 1er Mai 3, 1000 Bruxelles"),
        # The number's sign before it, and the box in brackets after it.
        ("Rue Haute n° 12, 1000 Bruxelles", "Rue Haute 12, 1000 Bruxelles"),
        ("Kerkstraat nr. 12, 2000 Antwerpen", "Kerkstraat 12, 2000 Antwerpen"),
        ("Kerkstraat 12 (bus 4), 2000 Antwerpen", "Kerkstraat 12 bus 4, 2000 Antwerpen"),
    ],
)
def test_street_first_addresses_written_otherwise(text: str, expected: str) -> None:
    assert [str(a) for a in find_addresses(text)] == [expected]


def test_a_date_after_the_words_for_living_is_no_address() -> None:
    assert find_addresses("Hij woont op 12 maart 2026 nog in Gent; zij woont te 9000 Gent sinds 2020.") == []


# mrz_formats ---------------------------------------------------------------------------------------------------


def test_a_span_holds_its_columns_on_its_line() -> None:
    span = mrz_formats._s("number", 1, 0, 9, "mixed")
    assert span == Span("number", 1, 0, 9, "mixed")
    assert span.positions == [(1, c) for c in range(9)]


@pytest.mark.parametrize("length", [36, 44])
def test_the_first_line_of_the_two_line_formats(length: int) -> None:
    # ICAO Doc 9303 parts 4 (TD3), 6 (TD2) and 7 (MRV): document code in positions 1–2, issuing state in 3–5,
    # the name from 6 to the end of the line.
    assert mrz_formats._line1(length) == (
        Span("code", 0, 0, 2, "letters"),
        Span("issuer", 0, 2, 5, "letters"),
        Span("names", 0, 5, length, "letters"),
    )


@pytest.mark.parametrize(
    "start, length, layout",
    [
        # ICAO Doc 9303: P for passports, V for visas, I, A or C for identity cards and residence permits.
        ("IDBEL", 30, "TD1"),
        ("ACNLD", 30, "TD1"),
        ("XDBEL", 30, None),
        ("IDFRA", 36, "FRA-ID"),
        ("VDNLD", 36, "MRV-B"),
        ("IDD<<", 36, "TD2"),
        ("XDD<<", 36, None),
        ("P<NLD", 44, "TD3"),
        ("VDNLD", 44, "MRV-A"),
        ("XDNLD", 44, None),
    ],
)
def test_the_format_of_a_zone_from_its_first_letters(start: str, length: int, layout: str | None) -> None:
    found = mrz_formats.layout_for(start, length)
    assert (found.format if found else None) == layout


@pytest.mark.parametrize(
    "line, expected",
    [
        # Thirteenth's letter: the addressee on one line, its parts set apart by dashes.
        (
            "À l'Office des Étrangers - Cellule 9ter - Boulevard Pachéco 44 - 1000 Bruxelles",
            "Boulevard Pachéco 44, 1000 Bruxelles",
        ),
        # Seventeenth's letter: the office's address in brackets.
        (
            "peut être adressée à mon cabinet (Rue de l'Aurore 44, 1000 Bruxelles), où ma cliente fait élection",
            "Rue de l'Aurore 44, 1000 Bruxelles",
        ),
    ],
)
def test_an_address_after_a_dash_between_spaces_or_a_bracket(line: str, expected: str) -> None:
    assert [str(a) for a in find_addresses(line)] == [expected]
