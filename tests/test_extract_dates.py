import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from validator.extract.dates import birth_dates, document_date, expiry_dates, find_dates

NOV6 = dt.date(2026, 11, 6)
VECTORS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "vectors" / "dates.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("vector", VECTORS, ids=[f"{v['source']}: {v['text']}" for v in VECTORS])
def test_dateparser_vector(vector: dict[str, Any]) -> None:
    """scrapinghub/dateparser's Dutch, French and German cases; tests/vectors/dates.yaml notes where this
    project expects other than dateparser does."""
    assert [d.date for d in find_dates(vector["text"])] == vector["dates"]


@pytest.mark.parametrize(
    "text",
    [
        "6 november 2026",
        "6 novembre 2026",
        "6. November 2026",
        "06/11/2026",
        "2026-11-06",
        "6 nov. 2026",
        "6.11.2026",
        "06-11-26",
        "November 6, 2026",
        "6th of November 2026",
        "le 6 novembre 2026",
        "6 - 11 - 2026",
        "06 NOV/NOV 2026",
    ],
)
def test_every_notation_reads_as_the_same_day(text: str) -> None:
    assert [d.date for d in find_dates(text)] == [NOV6]


def test_first_of_the_month_in_french() -> None:
    assert [d.date for d in find_dates("Bruxelles, le 1er mars 2026")] == [dt.date(2026, 3, 1)]


@pytest.mark.parametrize("first", ["ler", "Ier", "|er"])
def test_first_of_the_month_as_ocr_reads_its_one(first: str) -> None:
    # Twenty-ninth be9ter-medcert-age-1 (read after its blind run): a certificate "Date 1er août 2026" read "ler août
    # 2026" was undated, "check by hand", not too old.
    assert [d.date for d in find_dates(f"Date {first} août 2026")] == [dt.date(2026, 8, 1)]
    assert find_dates(f"Tol{first} août 2026") == find_dates(f"{first} 2026") == []


@pytest.mark.parametrize("written", ["06/11/2 026", "06/11/20 26", "6.11.202 6"])
def test_a_handwritten_year_read_with_a_gap_is_the_year(written: str) -> None:
    # fortythird be9ter-medcert-age-2 (read after its blind run): a certificate dated "19/08/2026" by hand, read
    # "19/06/2 026", was undated, not too old.
    assert [d.date for d in find_dates(f"Datum: {written} Naam")] == [NOV6]
    assert [d.date for d in find_dates("06/11/26 678")] == [NOV6]


@pytest.mark.parametrize(
    "text",
    [
        "behandeling gedurende 12 maanden sinds 2019",
        "traitement depuis 6 mois",
        "in 2026",
        "31/02/2026",
        "tel. 02 11 2026 99",
        "IBAN 12/11/2026/5",
        "1.2.3.2026",
        "12 maart",
        "maart 2026",
    ],
)
def test_durations_lone_years_and_impossible_dates_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


def test_positions_point_into_the_original_text() -> None:
    text = "Geboortedatum: 12 février 1985 — Datum: 6 november 2026"
    found = find_dates(text)
    assert [text[d.start : d.end] for d in found] == ["12 février 1985", "6 november 2026"]


def test_certificate_date_wins_over_birth_date_and_history() -> None:
    text = """STANDAARD MEDISCH GETUIGSCHRIFT
Naam en voornaam van de patiënt: Amina Benali
Geboortedatum: 12 april 1985
A/ Historiek: diabetes vastgesteld op 3 maart 2020, opgenomen op 14.06.2024.
Datum: 6 november 2026
Handtekening van de arts"""
    assert document_date(text).date == NOV6
    assert [d.date for d in birth_dates(text)] == [dt.date(1985, 4, 12)]


def test_french_certificate_signed_at_a_place() -> None:
    text = (
        "Nom: Benali, née le 12/04/1985 à Rabat. Suivie depuis le 01/02/2024.\n"
        "Fait à Liège, le 6 novembre 2026\nSignature et cachet du médecin"
    )
    assert document_date(text).date == NOV6


def test_german_certificate() -> None:
    text = (
        "Geburtsdatum: 12.04.1985\nGültig bis 01.01.2030\nOrt, Datum: Eupen, 6. November 2026\nUnterschrift"
    )
    assert document_date(text).date == NOV6


def test_unlabelled_date_when_nothing_is_labelled_and_none_when_only_birth() -> None:
    assert document_date("Brussel\n6 november 2026\nDr. Peeters").date == NOV6
    assert document_date("Geboren op 12 april 1985") is None


@pytest.mark.parametrize(
    "text, own",
    [
        # "du médecin" is no period "du … au": the signature's date is the certificate's.
        ("Consultation le 20/11/2026.\nDate et signature du médecin : 12/08/2026", "12/08/2026"),
        ("Date et signature du médecin : 20/11/2026", "20/11/2026"),
        # An admission and a next appointment are never the date a letter was written.
        ("Geel, 03.02.2026\nPatient werd opgenomen van 02.11.2026 tot 09.11.2026", "03.02.2026"),
        ("Datum: 2 november 2026\nVolgende afspraak: 4 december 2026", "2 november 2026"),
    ],
)
def test_the_documents_own_date_among_others(text: str, own: str) -> None:
    found = document_date(text)
    assert found is not None and found.text == own


def test_a_forms_edition_and_the_patients_birth_date_are_not_the_certificates_date() -> None:
    # heldout be9ter-medcert-age-2: the German model's footer; the doctor's own date written by hand, unread.
    assert document_date("STANDARDISIERTES ÄRZTLICHES ATTEST\nMuster anwendbar ab 1. März 2024") is None
    # The patient's line on a certificate: a birth date known from elsewhere (the text's labels, the manifest).
    line = "Naam en voornaam van de patiënt\nGul Kowod Sadat, 24/10/1978, Myhamse"
    assert document_date(line).date == dt.date(1978, 10, 24)
    assert document_date(line, frozenset({dt.date(1978, 10, 24)})) is None


def test_the_expiry_printed_on_a_data_page_is_the_latest_date_under_its_label() -> None:
    # heldout ind-med-expired-01 (read): the zone lost, the issue and expiry dates under one row of labels.
    page = (
        "Date of birth / Date de naissance\n10/11/1971\n"
        "Date of issue / Date de délivrance Date of expiry / Date d'expiration\n17/01/2021 16/01/2026"
    )
    assert max(d.date for d in expiry_dates(page)) == dt.date(2026, 1, 16)
    assert dt.date(1971, 11, 10) not in {d.date for d in expiry_dates(page)}
    assert expiry_dates("Geboortedatum 10.11.1971\nDatum van afgifte 17.01.2021") == []


def test_an_issue_and_expiry_pair_names_the_expiry_whatever_its_labels_read() -> None:
    # fifteenth ind-med-expired-02 (read): a Turkish passport's months in Turkish and English, its labels garbled
    # ("Gregor Tar | Due of muy"). ICAO 9303 passports run five or ten years, expiring on the issue day or the day
    # before it.
    page = "10 ARA/DEC 1960 ISTANBUL\nDog Tarts | Dane of bth\n28 AGU/AUG 2021 27 AGU/AUG 2026"
    assert [d.date for d in find_dates(page)] == [
        dt.date(1960, 12, 10),
        dt.date(2021, 8, 28),
        dt.date(2026, 8, 27),
    ]
    assert [d.date for d in expiry_dates(page)] == [dt.date(2026, 8, 27)]
    assert [d.date for d in expiry_dates("14.03.2019 14.03.2029")] == [dt.date(2029, 3, 14)]
    # Seven years apart is no document's term: two dates, no expiry.
    assert expiry_dates("14.03.2019 13.03.2026") == []
