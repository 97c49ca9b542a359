import datetime as dt

from validator.extract.mrz import check_digit, find_mrz

# The specimens of ICAO Doc 9303.
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
TODAY = dt.date(2026, 11, 23)


def test_check_digits() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("<<<<<<<<<<<<<<") == "0"


def test_passport_td3() -> None:
    [mrz] = find_mrz("REPUBLIC OF UTOPIA\nPASSPORT\n" + "\n".join(TD3), TODAY)
    assert mrz.format == "TD3" and mrz.valid and not mrz.corrected
    assert (mrz.surname, mrz.given_names, mrz.nationality) == ("ERIKSSON", "ANNA MARIA", "UTO")
    assert mrz.document_number == "L898902C3"
    assert mrz.birth_date == dt.date(1974, 8, 12)
    assert mrz.expiry_date == dt.date(2012, 4, 15)
    assert mrz.sex == "F"


def test_id_card_td1() -> None:
    [mrz] = find_mrz("\n".join(TD1), TODAY)
    assert mrz.format == "TD1" and mrz.valid
    assert (mrz.document_number, mrz.surname, mrz.birth_date) == ("D23145890", "ERIKSSON", dt.date(1974, 8, 12))


def test_broken_check_digit_is_reported_not_corrected() -> None:
    [mrz] = find_mrz("\n".join([TD3[0], TD3[1].replace("7408122", "7408123")]), TODAY)
    assert not mrz.valid
    assert mrz.checks["birth_date"] is False and mrz.checks["composite"] is False
    assert mrz.checks["document_number"] is True
    assert not mrz.corrected


def test_ocr_noise_is_corrected_where_check_digits_confirm_it() -> None:
    # '<' read as c, k, K and «, spaces inside, O for 0 and I for 1 in number fields, trailing filler lost.
    noisy = ["P<UTOERIKSSONccANNAcMARIA«««<K<<cc c<<<<",
             "L8989O2C36UT0 74O8I22F12O4159ZE184226B<<c<k10"]
    [mrz] = find_mrz("\n".join(noisy), TODAY)
    assert mrz.valid and mrz.corrected
    assert (mrz.surname, mrz.given_names, mrz.nationality) == ("ERIKSSON", "ANNA MARIA", "UTO")
    assert mrz.document_number == "L898902C3"
    assert mrz.birth_date == dt.date(1974, 8, 12)


def test_a_correction_the_check_digit_does_not_confirm_is_not_made() -> None:
    [mrz] = find_mrz("\n".join([TD3[0], TD3[1].replace("L898902C3", "L898962C3")]), TODAY)
    assert mrz.checks["document_number"] is False and not mrz.corrected


def test_long_document_number_continues_in_the_optional_field() -> None:
    # Belgian ID cards: 12-character numbers, the check digit after the overflow.
    number = "B12345678901"
    cd = check_digit(number)
    line1 = f"IDBEL{number[:9]}<{number[9:]}{cd}"
    line1 += "<" * (30 - len(line1))
    line2_core = "8507303M3101015BEL"
    line2 = line2_core.replace("8507303", "850730" + check_digit("850730")).replace(
        "3101015", "310101" + check_digit("310101"))
    line2 += "<" * 11
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line2 += check_digit(composite)
    [mrz] = find_mrz("\n".join([line1, line2, "PEETERS<<JAN<<<<<<<<<<<<<<<<<<"]), TODAY)
    assert mrz.valid and mrz.document_number == number and mrz.nationality == "BEL"
    assert mrz.birth_date == dt.date(1985, 7, 30)


def test_ordinary_text_has_no_mrz() -> None:
    assert find_mrz("Naam en voornaam: Amina Benali\nNationaliteit: Marokkaanse\n1234567890 1234567890") == []
