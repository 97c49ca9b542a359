import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from validator.extract.address import find_addresses
from validator.extract.national_number import find_national_numbers
from validator.extract.person import person_fields


@pytest.mark.parametrize(
    "text",
    [
        "Rijksregisternummer: 85.07.30-033.28",
        "INSZ 85073003328",
        "NN 850730 033 28",
        "85.07.30-033 28",
    ],
)
def test_valid_national_numbers(text: str) -> None:
    [found] = find_national_numbers(text)
    assert found.valid and found.digits == "85073003328"
    assert found.birth_date == dt.date(1985, 7, 30)
    assert found.formatted == "85.07.30-033.28"


def test_labelled_number_with_wrong_checksum_is_found_invalid() -> None:
    [found] = find_national_numbers("Numéro de registre national : 85.07.30-033.29")
    assert found.labelled and not found.valid


@pytest.mark.parametrize(
    "text",
    [
        # twelfth be9ter-personal-data-2 (read): a form's label offering either number.
        "Rijksregister- of OV-nummer\n\n66121117803",
        "Registre national ou n° SP : 66121117803",
        # eighteenth be9ter-personal-data-2 (read): a social service's record of the interview, question and answer.
        "Q. N°national ou n° SP ?\nR. 66121117803",
        # twentieth be9ter-personal-data-2 (read after its blind run): a request's data block, grouped 6-3-2.
        "Registre national / SP : 661211 178 03",
        # twenty-ninth be9ter-personal-data-2 (read after its blind run): a lawyer's letter tells it in a sentence.
        "Son numéro de registre national est le 66.12.11-178.03.",
        "Zijn rijksregisternummer is 66.12.11-178.03.",
    ],
)
def test_a_label_offering_the_other_number_too_labels_it(text: str) -> None:
    [found] = find_national_numbers(text)
    assert found.labelled and not found.valid


@pytest.mark.parametrize("digits", ["610220 313 05", "612220 313 05"])
def test_an_invalid_number_opening_with_the_holders_birth_date_is_a_national_number(digits: str) -> None:
    # fortyfifth be9ter-personal-data-2 (read after its blind run): a form's row of boxes, its labels read first.
    text = f"Nationaliteit Rijksregisternr. / OV-nr. Geslacht (M/V)\nSENEGALESE {digits} M"
    (found,) = find_national_numbers(text, dt.date(1961, 2, 20))
    assert found.labelled and not found.valid
    assert find_national_numbers(text, dt.date(1961, 2, 21)) == []


def test_unlabelled_invalid_eleven_digits_are_not_a_national_number() -> None:
    assert find_national_numbers("Telefoon of fax 66121117803") == []
    assert find_national_numbers("Bestelnummer 85073003329") == []
    assert (
        find_national_numbers("Le registre national est consulté; le dossier est le 66.12.11-178.03.") == []
    )


@pytest.mark.parametrize(
    "text, street, number, box, postcode, municipality",
    [
        ("Adres: Pachecolaan 44, 1000 Brussel", "Pachecolaan", "44", None, "1000", "Brussel"),
        (
            "Dienst Vreemdelingenzaken\nPachecolaan, 44 \n1000 BRUSSEL\n",
            "Pachecolaan",
            "44",
            None,
            "1000",
            "BRUSSEL",
        ),
        ("Rue de la Loi 16 bte 3\n1000 Bruxelles", "Rue de la Loi", "16", "3", "1000", "Bruxelles"),
        ("Kerkstraat 12A bus 4, B-2000 Antwerpen", "Kerkstraat", "12A", "4", "2000", "Antwerpen"),
        ("Chaussée d'Ixelles 227 boîte 5, 1050 Ixelles", "Chaussée d'Ixelles", "227", "5", "1050", "Ixelles"),
        ("woonachtig te Sint-Jansplein 7, 9000 Gent.", "Sint-Jansplein", "7", None, "9000", "Gent"),
        ("Lange Nieuwstraat 7/2, 2000 Antwerpen", "Lange Nieuwstraat", "7", "2", "2000", "Antwerpen"),
        ("Hauptstraße 5, 4700 Eupen", "Hauptstraße", "5", None, "4700", "Eupen"),
        # Thirty-ninth be9ter-identity-1 (read after its blind run): a speck before the municipality read as a quote.
        (
            "Verzoekster verblijft effectief te 1070 ‘Anderlecht, Wayezstraat 28 bus 4. Zij kiest woonplaats",
            "Wayezstraat",
            "28",
            "4",
            "1070",
            "Anderlecht",
        ),
    ],
)
def test_belgian_addresses(
    text: str, street: str, number: str, box: str | None, postcode: str, municipality: str
) -> None:
    [a] = find_addresses(text)
    assert (a.street, a.number, a.box, a.postcode, a.municipality) == (
        street,
        number,
        box,
        postcode,
        municipality,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben geboren in 1985 en verdien 2000 euro",
        "Rabat 10000 Maroc",
        "Tel. 0470 12 34 56",
        # A numbered list's item with a year in it is no address.
        "3, Standaard medisch getuigschrift, 2026 Gent",
    ],
)
def test_no_address(text: str) -> None:
    assert find_addresses(text) == []


def test_person_fields_from_labels_and_from_mrz() -> None:
    fields = person_fields(
        "Extrait d'acte de naissance\nNom et prénom : BENALI Amina\nnée le 12/04/1985 à Rabat\n"
        "Nationalité : marocaine"
    )
    assert fields == fields.__class__("BENALI Amina", dt.date(1985, 4, 12), "Rabat", "marocaine")
    passport = person_fields(
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    )
    assert passport.shows() == {"name", "birth_date", "nationality"}
    # A consulate's attestation (sixteenth, read): the place on a line of its own under the date, capitalised.
    consular = person_fields(
        "Nom CONDÉ\nPrénoms Fatoumata Binta\nNé(e) le 17.03.1963\nÀ Siguiri\nNationalité guinéenne"
    )
    assert consular.birth_place == "Siguiri"


@pytest.mark.parametrize(
    "text, digits, valid",
    [
        ("Rijksregisternummer: 79.03.08 - 284.89", "79030828489", True),
        ("N° national : 790308/284-89", "79030828489", True),
        ("Nationaal nummer: 79.03.08-284.90", "79030828490", False),
    ],
)
def test_national_number_spellings_and_labels(text: str, digits: str, valid: bool) -> None:
    (found,) = find_national_numbers(text)
    assert (found.digits, found.valid, found.labelled) == (digits, valid, True)


NATIONAL_NUMBERS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "vectors" / "national_numbers.yaml").read_text("utf-8")
)


@pytest.mark.parametrize(
    "label", ["Rijksregisternummer:", "INSZ", "NISS :", "N° BIS", "numéro de registre national"]
)
@pytest.mark.parametrize(
    "vector", NATIONAL_NUMBERS, ids=[f"{v['source']}: {v['number']}" for v in NATIONAL_NUMBERS]
)
def test_stdnum_vector(vector: dict[str, Any], label: str) -> None:
    """python-stdnum's be.nn, be.bis and be.ssn doctests: a BIS number is as good as a national register
    number under any of the labels, and a number failing the checksum is reported whatever its label."""
    (found,) = find_national_numbers(f"{label} {vector['number']}")
    assert found.labelled and found.valid == vector["valid"]
    if vector["valid"]:
        assert found.kind == vector["kind"]
    if "birth_date" in vector:
        assert found.birth_date == vector["birth_date"]


@pytest.mark.parametrize(
    "vector", NATIONAL_NUMBERS, ids=[f"{v['source']}: {v['number']}" for v in NATIONAL_NUMBERS]
)
def test_stdnum_vector_unlabelled(vector: dict[str, Any]) -> None:
    # Without a label only a number that passes the checksum is taken for one.
    assert len(find_national_numbers(f"nummer {vector['number']} ")) == (1 if vector["valid"] else 0)


ADDRESSES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "vectors" / "addresses.yaml").read_text("utf-8")
)


@pytest.mark.parametrize(
    "vector",
    [
        pytest.param(
            v,
            id=f"{v['source']}: {v['text']!r}",
            marks=[pytest.mark.xfail(strict=True, reason=v["not_read"])] if "not_read" in v else [],
        )
        for v in ADDRESSES
    ],
)
def test_address_parser_vector(vector: dict[str, Any]) -> None:
    """The Belgian cases of Shopify's atlas_engine and iLib's address parser (tests/vectors/addresses.yaml)."""
    found = [
        {k: getattr(a, k) for k in ("street", "number", "box", "postcode", "municipality")}
        for a in find_addresses(vector["text"])
    ]
    expected = vector["expect"]
    if isinstance(expected, dict):
        assert found == [expected]
    elif expected:
        assert len(found) == 1 and found[0] in expected
    else:
        assert found == []


@pytest.mark.parametrize(
    "text, street, number, box, postcode, municipality",
    [
        # The forms: box written with a slash and a word, a dash and a word, and number first.
        ("Bermbeekstraat 23/bus 1, 3000 Leuven", "Bermbeekstraat", "23", "1", "3000", "Leuven"),
        ("Veste 15 - boîte 01\n1400 Nivelles", "Veste", "15", "01", "1400", "Nivelles"),
        # The dash a long one (fortyfirst be9ter-clean-08, a typed form, read after its blind run).
        ("Rue de Nimy 15 — boîte 12, 7000 Mons", "Rue de Nimy", "15", "12", "7000", "Mons"),
        ("31, Place de Brouckère, 1000 Bruxelles", "Place de Brouckère", "31", None, "1000", "Bruxelles"),
        ("Avenue Louise 250 bte 12, 1050 Ixelles", "Avenue Louise", "250", "12", "1050", "Ixelles"),
        ("12, rue Haute, bte 3, 1000 Bruxelles", "rue Haute", "12", "3", "1000", "Bruxelles"),
        # Number first on a Dutch street, its ending the kind of street (sixteenth, a social service's form).
        ("35, Kuringersteenweg (bus 1), 3500 Hasselt", "Kuringersteenweg", "35", "1", "3500", "Hasselt"),
        # Postcode first.
        ("1050 Ixelles, Avenue Louise 250", "Avenue Louise", "250", None, "1050", "Ixelles"),
        ("B-2000 Antwerpen, Meir 12 bus 3.", "Meir", "12", "3", "2000", "Antwerpen"),
        # Its comma read as a full stop (fortieth be9ter-clean-20, a felt-tip's capitals, read after its blind run).
        (
            "1080 MOLENBEEK-SAINT-JEAN. CHAUSSEE DE GAND 28",
            "CHAUSSEE DE GAND",
            "28",
            None,
            "1080",
            "MOLENBEEK-SAINT-JEAN",
        ),
        # Dutch units after the number.
        ("Kerkstraat 14 hs, 2000 Antwerpen", "Kerkstraat", "14", "hs", "2000", "Antwerpen"),
        ("Kerkstraat 12a, 2000 Antwerpen", "Kerkstraat", "12a", None, "2000", "Antwerpen"),
        ("Orteliuskade 27-I, 2000 Antwerpen", "Orteliuskade", "27", "I", "2000", "Antwerpen"),
        # A country after the municipality is not part of it; a B- before the postcode is no unit.
        ("Rue de la Loi 16, 1000 Bruxelles Belgique", "Rue de la Loi", "16", None, "1000", "Bruxelles"),
        ("Kerkstraat 12 B-2000 Antwerpen", "Kerkstraat", "12", None, "2000", "Antwerpen"),
        # A letter's line wrapped between the box's word and its value (twenty-sixth be9ter-clean-16, read).
        (
            "à l'adresse Chaussée de Gand 15 bte\n12, 1080 Molenbeek-Saint-Jean.",
            "Chaussée de Gand",
            "15",
            "12",
            "1080",
            "Molenbeek-Saint-Jean",
        ),
        ("12, rue Haute, bte\n3, 1000 Bruxelles", "rue Haute", "12", "3", "1000", "Bruxelles"),
        # Wrapped within the street's name (fortieth be9ter-clean-25, read after its blind run: "no residence").
        (
            "réside effectivement à l'adresse suivante : 17, Place de\nl'Université (boîte 3), 1348"
            " Ottignies-Louvain-la-Neuve.",
            "Place de l'Université",
            "17",
            "3",
            "1348",
            "Ottignies-Louvain-la-Neuve",
        ),
        # German in the east of Belgium, number first, its box a "Briefkasten", after "hält sich tatsächlich auf in"
        # (thirty-fourth be9ter-clean-15, read after its blind run).
        (
            "Die Betroffene hält sich tatsächlich auf in 34, Neustraße (Briefkasten 01), 4700 Eupen.",
            "Neustraße",
            "34",
            "01",
            "4700",
            "Eupen",
        ),
    ],
)
def test_belgian_address_forms(
    text: str, street: str, number: str, box: str | None, postcode: str, municipality: str
) -> None:
    [a] = find_addresses(text)
    assert (a.street, a.number, a.box, a.postcode, a.municipality) == (
        street,
        number,
        box,
        postcode,
        municipality,
    )
    assert text[a.start :].startswith((street, number, "B-" + postcode, postcode))
