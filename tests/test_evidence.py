"""Evidence decides the severity (shared/spec/rules.md): a defect needs positive evidence; what the validator
looked for and could not tell is an `unverified` warning, listed under "Check by hand" and left out of the letter.

The texts are written as people write applications, not as the extractors expect: prose, surname first,
postcode first. Expected severities come from the rule catalogue (rules.md section 4).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import born_digital_pdf, check_json, findings, run_cli

from validator.byhand import BY_HAND
from validator.extract.labels import answer, any_label, pattern
from validator.extract.person import birth_country
from validator.textmatch import fold_keeping_length


def _answer(text: str, group: str) -> bool | None:
    return answer(fold_keeping_length(text), pattern(group), any_label())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nationaliteit: Marokkaanse\nGeboortedatum: 12-04-1985", True),
        # Label above its box, the answer on the next line.
        ("Nationaliteit:\nMarokkaanse\nGeboortedatum: 12-04-1985", True),
        ("Nationaliteit:\nGeboortedatum: 12-04-1985", False),
        ("Nationalité : ........\nDate de naissance : 12/04/1985", False),
        ("Nationaliteit: ____", False),
        # Prose: "van Congolese nationaliteit" states it.
        ("verzoekster, van Congolese nationaliteit, geboren te Kinshasa", True),
        ("Geboortedatum: 12-04-1985", None),
        # twenty-ninth be9ter-personal-data-3 (read after its blind run): fields numbered in badges, "6 Nationaliteit"
        # left blank over "7 Rijksregisternr. of DVZ-nr.".
        ("6 Nationaliteit\n\n7 Rijksregisternr. of DVZ-nr.\nGUUU", False),
        ("6 Nationaliteit\nTurkse\n7 Rijksregisternr. of DVZ-nr.", True),
    ],
)
def test_a_blank_after_its_label_is_evidence_and_no_label_is_none(text: str, expected: bool | None) -> None:
    assert _answer(text, "nationality") is expected


def test_a_date_under_its_numbered_label_is_its_answer_not_the_next_field() -> None:
    assert _answer("3 Geboortedatum\n4 april 1985\n5 Geboorteplaats\nIzmir", "birth_date") is True


@pytest.mark.parametrize(
    "text, country",
    [
        ("geboren te Kinshasa (Democratische Republiek Congo) op 14.07.1982", "Congo"),
        (
            "Monsieur MUKENDI Jean-Baptiste, né à Kinshasa (République démocratique du Congo) le 14/07/1982",
            "Congo",
        ),
        ("née le 1er mars 1990 à Conakry, Guinée", "Guinée"),
        ("Geboorteland: Marokko", "Marokko"),
        ("born in Yerevan, Armenia, on 3 May 1979", "Armenia"),
        ("geboren te Gent op 1 maart 1990", None),
    ],
)
def test_country_of_birth_in_prose_and_after_its_label(text: str, country: str | None) -> None:
    assert birth_country(text) == country


def _application(tmp_path: Path, body: str, *args: str) -> dict:
    born_digital_pdf(
        tmp_path / "aanvraag.pdf",
        [
            "AANGETEKEND SCHRIJVEN\nAan de Dienst Vreemdelingenzaken\nPachecolaan 44, 1000 Brussel\n"
            "Betreft: aanvraag om machtiging tot verblijf op grond van artikel 9ter\nGeachte heer, mevrouw,\n"
            + body
        ],
    )
    _, report = check_json(
        tmp_path,
        "--procedure",
        "be-9ter",
        "--applicant-name",
        "Jean-Baptiste Mukendi",
        "--registered-mail",
        "planned",
        "--submission-date",
        "2026-12-01",
        "--lang",
        "en",
        *args,
    )
    return report


PROSE = (
    "Verzoeker, MUKENDI Jean-Baptiste, van Congolese nationaliteit, geboren te Kinshasa (Democratische "
    "Republiek Congo) op 14.07.1982, rijksregisternummer 82.07.14-123.64, verblijvende te {address}, "
    "kiest woonplaats op het kantoor van zijn raadsman.\nHoogachtend,"
)


@pytest.mark.parametrize(
    "address",
    ["9000 Gent, Sleepstraat 63", "Sleepstraat 63 bus 2, 9000 Gent", "Veste 15 - boîte 01, 1000 Brussel"],
)
def test_prose_application_is_never_inadmissible_for_how_it_is_written(tmp_path: Path, address: str) -> None:
    report = _application(tmp_path, PROSE.format(address=address))
    for rule in ("BE9TER-ADDRESS", "BE9TER-PERSONAL-DATA"):
        assert all(f["severity"] == "warning" or f.get("unverified") for f in findings(report, rule)), rule
    # The only thing this letter surely lacks is its signature under the closing words: that is not proven
    # either way without a hand (no ink at all under "Hoogachtend" is evidence).
    personal = findings(report, "BE9TER-PERSONAL-DATA")
    assert not [f for f in personal if "country" in f["message"] or "nationality" in f["message"]]


def test_residence_label_left_blank_is_inadmissible(tmp_path: Path) -> None:
    report = _application(
        tmp_path,
        "Naam: MUKENDI\nVoornaam: Jean-Baptiste\nAdres van de effectieve verblijfplaats:\n"
        "Gekozen woonplaats: kantoor van de advocaat, Kouter 7, 9000 Gent\n",
    )
    (found,) = findings(report, "BE9TER-ADDRESS")
    assert found["severity"] == "inadmissible" and not found.get("unverified")
    assert found["file"] == "aanvraag.pdf" and found["page"] == 1


def test_what_could_not_be_told_is_listed_apart_and_kept_out_of_the_letter(tmp_path: Path) -> None:
    born_digital_pdf(
        tmp_path / "aanvraag.pdf",
        [
            "Objet : demande d'autorisation de séjour (article 9ter)\n"
            "Madame, Monsieur,\nNom : MUKENDI\nPrénom : Jean-Baptiste\n"
            "Mon client réside chez sa soeur, 9000 Gent, Sleepstraat 63.\n"
        ],
    )
    args = (
        "--procedure",
        "be-9ter",
        "--applicant-name",
        "Jean-Baptiste Mukendi",
        "--registered-mail",
        "planned",
        "--submission-date",
        "2026-12-01",
        "--lang",
        "en",
    )
    _, report = check_json(tmp_path, *args)
    unverified = [f for f in report["findings"] if f.get("unverified")]
    assert unverified and all(f["severity"] == "warning" for f in unverified)
    assert all("unverified" not in f for f in report["findings"] if f not in unverified)
    text = run_cli("check", tmp_path, "--quiet", *args).stdout
    by_hand = text[text.index("Check by hand") :]
    assert all(f"{f['rule']} (" in by_hand for f in unverified)
    letter = run_cli("check", tmp_path, "--quiet", "--format", "letter", *args).stdout
    assert not any(f["message"] in letter for f in unverified)
    page = run_cli("check", tmp_path, "--quiet", "--format", "html", *args).stdout
    assert page.count('data-unverified="true"') == len(unverified)
    # Its birth data, national number, chosen domicile and signature, each unsettled on its one page, are one task
    # (validator/byhand.py): one warning whose checks keep each rule's finding, listed under it in every format.
    (group,) = unverified
    assert (group["rule"], group["file"], group["page"]) == (BY_HAND, "aanvraag.pdf", 1)
    rules = {c["rule"] for c in group["checks"]}
    assert {"BE9TER-PERSONAL-DATA", "BE9TER-SIGNED", "BE9TER-CHOSEN-DOMICILE"} <= rules
    assert all(c["unverified"] and c["severity"] == "warning" and c["page"] == 1 for c in group["checks"])
    assert all(f"· {rule} (page 1)" in by_hand for rule in rules)
    assert all(f'class="check" data-rule="{rule}"' in page for rule in rules)
