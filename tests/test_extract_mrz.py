"""Machine-readable zones: the public suites' vectors (tests/vectors/mrz.yaml), and what OCR does to them."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import born_digital_pdf, check_json
from validator.extract.mrz import Mrz, check_digit, find_mrz, reread

TODAY = dt.date(2026, 11, 23)
VECTORS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "vectors" / "mrz.yaml").read_text("utf-8")
)
# Where each format writes its check digits (ICAO Doc 9303 parts 4 to 7; cheminfo's frenchNationalIdFields
# for the French card): (line, column).
CHECK_DIGITS = {
    "TD1": [(0, 14), (1, 6), (1, 14), (1, 29)],
    "TD2": [(1, 9), (1, 19), (1, 27), (1, 35)],
    "TD3": [(1, 9), (1, 19), (1, 27), (1, 42), (1, 43)],
    "MRV-A": [(1, 9), (1, 19), (1, 27)],
    "MRV-B": [(1, 9), (1, 19), (1, 27)],
    "FRA-ID": [(1, 12), (1, 33), (1, 35)],
}


def _only(text: str) -> Mrz:
    [mrz] = find_mrz(text, TODAY)
    return mrz


def _text(vector: dict[str, Any]) -> str:
    return vector.get("text") or "\n".join(vector["lines"])


@pytest.mark.parametrize(
    "digits, expected",
    [
        # PassportEye, MRZCheckDigit.compute doctests.
        ("0", "0"),
        ("0000000000", "0"),
        ("00A0A<0A0<<0A0A0<0A", "0"),
        ("111111111", "3"),
        ("111<<<111111", "3"),
        ("BBB<<<1B1<<<BB1", "3"),
        ("1<<1<<1<<1", "8"),
        # cheminfo/mrz, src/parsers/__tests__/check.test.ts.
        ("592166117<231", "8"),
        ("592166111<773", "5"),
        ("007666667<ZZ0", "0"),
        ("007666667ZZ0", "0"),
        ("007777779ZZ9", "2"),
        ("600001795015", "2"),
        ("000590240<601", "3"),
        ("D23145890734", "9"),
        ("D23145890<734", "9"),
    ],
)
def test_check_digit(digits: str, expected: str) -> None:
    assert check_digit(digits) == expected


def test_check_digit_counts_letters_as_their_values() -> None:
    # PassportEye: compute('BCDEFGHIJ') == compute('123456789') (B=11 … J=19 weigh as 1 … 9).
    assert check_digit("BCDEFGHIJ") == check_digit("123456789")
    # cheminfo: a Belgian number whose check digit excludes the filler and one whose includes it.
    assert check_digit("000590240601") != "3" and check_digit("600001795<015") != "2"


@pytest.mark.parametrize("vector", VECTORS, ids=[v["source"] for v in VECTORS])
def test_public_vector(vector: dict[str, Any]) -> None:
    zones = find_mrz(_text(vector), TODAY)
    assert len(zones) == vector.get("zones", 1)
    if not zones:
        return
    mrz = zones[0]
    assert mrz.format == vector["format"]
    assert sorted(k for k, ok in mrz.checks.items() if not ok) == sorted(vector.get("failed", []))
    assert {k: getattr(mrz, k) for k in vector.get("fields", {})} == vector.get("fields", {})
    assert sorted(c.field for c in mrz.corrections) == sorted(vector.get("corrected", []))


CLEAN = [
    v for v in VECTORS if "lines" in v and not v.get("failed") and not v.get("corrected") and "zones" not in v
]


@pytest.mark.parametrize("vector", CLEAN, ids=[v["source"] for v in CLEAN])
def test_a_wrong_check_digit_is_never_corrected_into_a_valid_one(vector: dict[str, Any]) -> None:
    """Every check digit of every clean zone, replaced by every other digit: the zone fails. And with a 0 of
    the document number read as O besides (what OCR does), nothing is corrected: putting the 0 back would be
    confirmed by the number's check digit, and must not be by the composite.

    (A second misread the validator does not correct, a 1 read as I say, can cancel out a check digit that is
    off by 5 in both check digits at once: two check digits cannot guard against every two faults.)"""
    for line, col in CHECK_DIGITS[vector["format"]]:
        written = vector["lines"][line][col]
        if not written.isdigit():
            continue
        for wrong in "0123456789".replace(written, ""):
            lines = list(vector["lines"])
            lines[line] = lines[line][:col] + wrong + lines[line][col + 1 :]
            assert not _only("\n".join(lines)).valid, lines
            # Two errors can cancel out in the check digits as printed; what matters is that none is "fixed".
            for text in _with_misreads(lines, vector["format"]):
                assert not _only(text).corrections, text


def _with_misreads(lines: list[str], fmt: str) -> list[str]:
    """The zone with the first, and with the last, 0 of its document number read as O."""
    number_line, start = (0, 5) if fmt == "TD1" else (1, 0)
    zeros = [col for col in range(start, start + 9) if lines[number_line][col] == "0"]
    texts = []
    for col in sorted(set(zeros[:1] + zeros[-1:])):
        misread = list(lines)
        misread[number_line] = misread[number_line][:col] + "O" + misread[number_line][col + 1 :]
        texts.append("\n".join(misread))
    return texts


def test_a_misread_document_number_is_corrected_and_says_so() -> None:
    # ICAO's TD3 specimen (cheminfo td3.test.ts "Utopia example") with the 0 of its number read as O.
    mrz = _only("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8989O2C36UTO7408122F1204159ZE184226B<<<<<10")
    assert mrz.valid and mrz.document_number == "L898902C3"
    assert [str(c) for c in mrz.corrections] == ["document number: read L8989O2C3, corrected to L898902C3"]
    assert mrz.lines[1].startswith("L8989O2C3")


@pytest.mark.parametrize(
    "first", ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<"]
)
def test_a_first_line_read_short_of_its_fillers_is_padded_to_the_second_lines_format(first: str) -> None:
    # ICAO's TD3 specimen (cheminfo td3.test.ts "Utopia example"), its first line's trailing fillers read partly
    # (twenty-seventh ind-hnt-clean-03, read: a passport photographed askew, its band read "P<SURPINAS<<RUDIE" and 13
    # fillers, 30 characters, so the zone was taken for none).
    mrz = _only(f"{first}\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")
    assert mrz.valid and mrz.document_number == "L898902C3"
    assert mrz.name == "ANNA MARIA ERIKSSON"


def test_the_report_names_each_correction(tmp_path: Path) -> None:
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    born_digital_pdf(
        dossier / "paspoort.pdf",
        [
            "PASPOORT\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"
        ],
    )
    _, report = check_json(dossier, "--document", "paspoort.pdf=identity-document", "--lang", "en")
    (note,) = [f for f in report["findings"] if f["rule"] == "ID-MRZ"]
    assert note["severity"] == "info" and note["page"] == 1
    assert note["evidence"]["corrections"] == ["document number: read L8989O2C3, corrected to L898902C3"]
    assert "L8989O2C3 → L898902C3" in note["message"]


def test_a_swap_the_composite_does_not_confirm_is_not_made() -> None:
    # The same specimen, its number read with an O and its expiry check digit wrong as well: the O/0 swap
    # satisfies the number's check digit but not the composite, so nothing is changed.
    mrz = _only("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8989O2C36UTO7408122F1204158ZE184226B<<<<<10")
    assert mrz.document_number == "L8989O2C3" and not mrz.corrections
    assert {k for k, ok in mrz.checks.items() if not ok} == {"document_number", "expiry_date", "composite"}


def test_a_misread_date_is_not_corrected_when_the_composite_fails() -> None:
    # cheminfo's TD3 autocorrect zone with its personal number's check digit made wrong (td3.test.ts "wrong
    # personal number check digit"): the dates' own check digits agree with the letters read as digits, the
    # composite does not, so the dates are left as read.
    mrz = _only("P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\nL898902C36UTO740BIZZF12041S9ZE184226B<<<<<2O")
    assert mrz.birth_date is None and mrz.expiry_date is None
    assert sorted(c.field for c in mrz.corrections) == ["issuer", "names"]


def test_names_keep_their_last_letters() -> None:
    # The cases: a K ending a name is a letter, not a misread filler; fillers after the names are.
    mrz = _only(
        "IDBEL000000387<2899<<<<<<<<<<<\n9502286F3001064BEL950228998741\nPEETERS<<DIRK<<<<<<<<<<<<<<<<<"
    )
    assert (mrz.surname, mrz.given_names) == ("PEETERS", "DIRK") and mrz.valid
    noisy = _only("P<UTOERIKSSONccANNAcMARIA«««<K<<cc c<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")
    assert (noisy.surname, noisy.given_names) == ("ERIKSSON", "ANNA MARIA") and noisy.valid


def test_ordinary_text_has_no_mrz() -> None:
    assert find_mrz("Naam en voornaam: Amina Benali\nNationaliteit: Marokkaanse\n1234567890 1234567890") == []


@pytest.mark.parametrize(
    "text",
    [
        # Headings of a certificate and a form, 30 and 36 letters long once their spaces are gone.
        "4. Medische voorgeschiedenis\nLaserbehandeling rechteroog in 2025\n7. Noodzakelijk geachte behandeling",
        "Adresse de la résidence effective en Belgique\n3. Membres de la famille inclus dans la demande",
    ],
)
def test_ordinary_lines_of_the_right_length_are_no_zone(text: str) -> None:
    assert find_mrz(text) == []


# twentyfirst ind-med-expired-02 (read), as tesseract read a Turkish passport copied small in a corner of the sheet:
# the photo's noise before the first line, which reads a second time with the copier's edge before it ("VES").
# Before, the first reading was taken for prose and the second for a visa of state "SP<": "no passport".
PASSPORT_AFTER_NOISE = (
    "wig ti tHoëre EN P<TURDOGAN<<HASAN<HUSEYIN<<<<<<<<<<<<<<<<<<<\n"
    "U224850795TUR8807308M260827 1<<<<<<<<<<<<<<<8\n"
    "VESP<TURDOGAN<<HASAN<HUSEYIN<<<<<<<<<<<<<<<<<<<\n"
    "U224850795TUR8807308M2608271<<<<<<<<<<<<<<<8\n"
)


def test_a_first_line_after_words_read_off_the_photo_is_a_zone() -> None:
    zone = find_mrz(PASSPORT_AFTER_NOISE, today=dt.date(2026, 12, 1))[0]
    # The truth of the corpus: passport U22485079 of Hasan Hüseyin Doğan, expired on 2026-08-27.
    assert (zone.document_type, zone.document_number, zone.expiry_date, zone.valid) == (
        "P",
        "U22485079",
        dt.date(2026, 8, 27),
        True,
    )


def test_words_before_a_line_without_fillers_are_no_zone() -> None:
    assert (
        find_mrz(
            "Naam houder EN PASPOORTNUMMERU22485079TURKIJE\nU224850795TUR8807308M2608271<<<<<<<<<<<<<<<8"
        )
        == []
    )


def _td3_line2(number: str, birth: str, expiry: str) -> str:
    """Line 2 of a TD3 zone (ICAO 9303-4 §4.2.2) with its check digits, as `check_digit` (checked above against the
    public suites) works them out."""
    head = f"{number}{check_digit(number)}"
    birth_part, expiry_part = f"{birth}{check_digit(birth)}", f"{expiry}{check_digit(expiry)}"
    optional = "<" * 15
    composite = check_digit(head + birth_part + expiry_part + optional)
    return f"{head}COD{birth_part}F{expiry_part}{optional}{composite}"


def test_a_last_check_digit_1_read_as_a_bracket_is_checked() -> None:
    # fiftythird be9ter-id-mrz-1 (read after its blind run): a passport's composite check digit, printed 1 in a font
    # with serifs where 8 is due, read "]": the composite was not checked and its failure passed (rules.md ID-MRZ).
    # The line's last character, where a check digit stands, is a 1.
    line2 = _td3_line2("PA5874714", "680210", "290403")
    assert line2.endswith("8")
    first = "P<CODBETHANCOURT<<KATHIA<<<<<<<<<<<<<<<<<<<<"
    for bracket in "]|":
        mrz = _only(f"{first}\n{line2[:-1]}{bracket}")
        assert mrz.checks["composite"] is False and "composite" not in mrz.unreadable
    # A check digit OCR read as no digit at all is still no check made.
    assert _only(f"{first}\n{line2[:-1]}?").unreadable == {"composite"}


def test_look_alikes_of_equal_weight_are_told_apart_by_their_neighbours() -> None:
    # A Congolese passport numbered as they are (two letters, then digits: "OP0175064"), its O read as 0. Read
    # as O, the first 0 and the third satisfy the number's check digit and the composite alike (both weigh 7);
    # only the first reads like its neighbours, a letter beside the P.
    line2 = _td3_line2("OP0175064", "830304", "330912")
    misread = "0" + line2[1:]
    mrz = _only(f"P<CODNSIMBA<LUTETE<<MIREILLE<<<<<<<<<<<<<<<<\n{misread}")
    assert mrz.valid and mrz.document_number == "OP0175064"
    assert [c.field for c in mrz.corrections] == ["document number"]


def test_a_letter_read_as_0_at_the_numbers_head_is_its_prefix() -> None:
    # "O58007653" (one letter, then digits) read "058007653": an O for the first 0 or for the third (weights 7 and
    # 7) holds both checks. The first has no neighbour of its kind (the 5 after it), but nothing but the line's start
    # before it: a prefix, as issuers number. The third stands among digits.
    line2 = _td3_line2("O58007653", "650321", "290308")
    mrz = _only(f"P<CODBEMANDJI<<JEAN<SYLVAIN<<<<<<<<<<<<<<<<<\n0{line2[1:]}")
    assert mrz.valid and mrz.document_number == "O58007653"


def test_look_alikes_no_neighbour_tells_apart_are_left_as_read() -> None:
    # "OAB0CD123" read "0AB0CD123": an O for the first 0 or for the second (weights 7 and 7) holds both checks,
    # and each stands beside a letter. Nothing tells which, so nothing is corrected.
    line2 = _td3_line2("OAB0CD123", "830304", "330912")
    mrz = _only(f"P<CODNSIMBA<LUTETE<<MIREILLE<<<<<<<<<<<<<<<<\n0{line2[1:]}")
    assert not mrz.valid and mrz.document_number == "0AB0CD123" and not mrz.corrections


# ICAO's TD3 specimen (cheminfo td3.test.ts "Utopia example"; tests/vectors/mrz.yaml).
SPECIMEN = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def test_a_band_read_again_puts_right_what_the_page_misread() -> None:
    # The page read a 1 of the birth date as 7 (no look-alike) and the fillers as letters; the band read on its
    # own spells every character but comes out with its runs of fillers short.
    page = (
        f"PASSPORT\nP<UTOERIKSSONccANNAcMARIAcccccceeccceccceecc\n{SPECIMEN[1].replace('7408122', '7408722')}"
    )
    assert not _only(page).valid
    band = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<10\n"
    mrz = _only(reread(page, band, TODAY))
    assert mrz.valid and mrz.birth_date == dt.date(1974, 8, 12) and mrz.document_number == "L898902C3"
    # The names no check digit covers are the page's: the band's would be as unconfirmed.
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert reread(page, band, TODAY).splitlines()[1] == "P<UTOERIKSSONccANNAcMARIAcccccceeccceccceecc"


def test_a_band_that_lost_its_last_check_digit_takes_the_pages() -> None:
    # The page read the number's Z as 7 (no look-alike of it is tried); the band read the number right but ended the
    # line in a run of fillers, its composite check digit lost with some of them. The page read that digit.
    line2 = _td3_line2("ZN307096<", "030904", "270926")
    page = f"P<CODTEMBO<<NAMUKOLO<<<<<<<<<<<<<<<<<<<<<<<<\n7{line2[1:]}"
    assert not _only(page).valid
    band = f"P<CODTEMBO<<NAMUKOLO<<<<<<<<<<<<<<<<<<<<<<<<\n{line2[:-6]}\n"
    mrz = _only(reread(page, band, TODAY))
    assert mrz.valid and mrz.document_number == "ZN307096"


def test_a_zone_misprinted_stays_failing_however_it_is_read() -> None:
    # The specimen with its birth date's check digit printed 3 instead of 2: both readings agree on it.
    misprinted = SPECIMEN[1].replace("7408122F", "7408123F")
    page = f"{SPECIMEN[0]}\n{misprinted}"
    assert reread(page, f"{SPECIMEN[0][:30]}\n{misprinted.replace('<<<<<', '<<<')}", TODAY) == page


def test_a_band_that_reads_the_names_otherwise_changes_nothing() -> None:
    # The page read a filler between the given names as C ("ANNACMARIA"): no check digit covers the names, so the
    # band's numbers holding would vouch for a name read two ways.
    page = f"P<UTOERIKSSON<<ANNACMARIA<<<<<<<<<<<<<<<<<<<\n{SPECIMEN[1].replace('7408122', '7408722')}"
    band = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<10\n"
    assert reread(page, band, TODAY) == page

    # Round letters read for one another (the sixth blind part's "MAMADQU" and "MAMADOU") are read alike.
    page = f"P<UTOERIKSSQN<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n{SPECIMEN[1].replace('7408122', '7408722')}"
    assert _only(reread(page, band, TODAY)).valid


def test_a_first_line_whose_trailing_fillers_were_read_apart_as_letters_is_a_zone() -> None:
    # fortysecond ind-med-expired-02 (read after its blind run): OCR read a passport's first line
    # "P<MLIDIARRA<<BOUBACAR<<<<<< eee eee eee ec eee", its names' fillers as letters in groups; the zone was lost,
    # and its expiry with it. The specimen's first line so read, its second as printed (ICAO 9303-4, appendix).
    page = f"P<UTOERIKSSON<<ANNA<MARIA<<<<<< eee eee eee ec eee\n{SPECIMEN[1]}"
    mrz = _only(page)
    assert mrz.valid and mrz.surname == "ERIKSSON" and mrz.expiry_date == dt.date(2012, 4, 15)
    # fortyfirst be9ter-clean-13 (read): the first of them glued to the last given name, "TIBRAHIMe<<<<<e ee eee".
    glued = _only(f"P<UTOERIKSSON<<ANNA<MARIAe<<<<<e ee eee ee ee\n{SPECIMEN[1]}")
    assert glued.given_names == "ANNA MARIA"


@pytest.mark.parametrize("vector", CLEAN, ids=[v["source"] for v in CLEAN])
def test_a_zones_lines_read_out_of_order_are_put_back_by_their_check_digits(vector: dict[str, Any]) -> None:
    """OCR of a card photographed head down reads its zone's lines bottom up (fortyseventh be9ter-clean-06: the names
    line first): in every order of its lines, a public suite's clean zone is read whole, its fields as the suite
    gives them."""
    for order in itertools.permutations(vector["lines"]):
        zones = find_mrz("\n".join(order), TODAY)
        assert [z.valid for z in zones] == [True], order
        assert {k: getattr(zones[0], k) for k in vector.get("fields", {})} == vector.get("fields", {})


def test_a_passports_lines_both_read_short_are_its_zone_with_the_lost_ends_checks_not_made() -> None:
    # ICAO's TD3 specimen (cheminfo td3.test.ts "Utopia example"), both lines cut at 30 characters (fiftyfourth
    # ind-hnt-expired-01, read: a passport copied with its zone's right end beyond the scan, "A7945315<8TKM8703031F2
    # 610243<<", the expired passport taken for no zone).
    (mrz,) = find_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<\nL898902C36UTO7408122F1204159ZE", TODAY)
    assert mrz.format == "TD3" and mrz.document_number == "L898902C3"
    assert mrz.expiry_date == dt.date(2012, 4, 15) and mrz.birth_date == dt.date(1974, 8, 12)
    assert mrz.checks["expiry_date"] and mrz.unreadable == {"optional_data", "composite"}


def test_two_short_lines_whose_check_digits_fail_are_no_zone() -> None:
    # The same specimen with its expiry's check digit read 8 for 9: nothing vouches for a padding.
    assert find_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<\nL898902C36UTO7408122F1204158ZE", TODAY) == []
