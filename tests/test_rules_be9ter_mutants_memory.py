"""The Belgian 9ter rules of validator/rules/be9ter.py and be9ter_conditions.py, branch by branch, on dossiers
built in memory: what `make mutate` found no test to notice. Each test changes one fact of a clean dossier and
asserts the finding's key, file, page, severity and whether it is unverified ("evidence decides the severity":
a defect needs positive evidence, what could not be told is an unverified warning), and its evidence.

Expected values are the sources': the certificate's age of "minder dan drie maanden voor de indiening" (seed
003), the asylum procedure's language "tot 6 maanden na het afwijzen" (seed 004), DVZ's address "Pachecolaan,
44 1000 BRUSSEL" (seed 004), the national languages (seed 004)."""

from __future__ import annotations

import pytest

from tests.memory import LINE, dossier, file, graded, keys, page, run, words
from tests.test_rules_be9ter_memory import (
    ADDRESS,
    CERTIFICATE,
    CLOSING,
    COUNTRY,
    DOMICILE,
    FAMILY_NONE,
    HEAD,
    PERSONAL,
    SIGNATURE,
    be9ter,
    certificate,
)
from validator.model import Box, Page, Word
from validator.rules.be9ter import certificate_sections

APPLICANT = {"name": "Samira Ouali", "birth_date": "1979-03-08"}


def full(found: list) -> list[tuple]:
    """(key, file, page, severity, unverified) of each finding."""
    return [(f.key, f.file, f.page, f.severity, f.unverified) for f in found]


# ---- BE9TER-MEDCERT-AGE: "minder dan drie maanden voor de indiening van de aanvraag" (seed 003) -----------------
# Submitted on 2026-12-01, three months before is 2026-09-01: a certificate of that day is not younger.


def _dated(day: str, *, conf: float | None = None) -> list:
    text = CERTIFICATE.replace("2 november 2026", day)
    return [certificate(text) if conf is None else page(text, source="ocr", conf=conf)]


def test_certificate_of_exactly_three_months_is_too_old() -> None:
    (found,) = run(be9ter({"getuigschrift.pdf": _dated("1 september 2026")}), "BE9TER-MEDCERT-AGE")
    assert full([found]) == [("too-old", "getuigschrift.pdf", 1, "inadmissible", False)]
    assert found.params == {"date": "2026-09-01", "limit": "2026-09-01", "months": 3, "days": 1}
    assert found.evidence["found"] == "2026-09-01" and found.evidence["expected"] == "> 2026-09-01"
    assert found.evidence["text"] == "1 september 2026" and len(found.evidence["boxes"]) == 1


def test_certificate_a_day_younger_than_three_months_and_of_the_submission_day() -> None:
    assert run(be9ter({"getuigschrift.pdf": _dated("2 september 2026")}), "BE9TER-MEDCERT-AGE") == []
    assert run(be9ter({"getuigschrift.pdf": _dated("1 december 2026")}), "BE9TER-MEDCERT-AGE") == []


def test_certificate_dated_after_the_submission() -> None:
    (found,) = run(be9ter({"getuigschrift.pdf": _dated("2 december 2026")}), "BE9TER-MEDCERT-AGE")
    assert full([found]) == [("future", "getuigschrift.pdf", 1, "warning", False)]
    assert found.params == {"date": "2026-12-02"}
    assert found.evidence["found"] == "2026-12-02" and found.evidence["text"] == "2 december 2026"


def test_certificate_without_a_date() -> None:
    text = CERTIFICATE.replace("Datum: 2 november 2026\n", "")
    (found,) = run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-AGE")
    assert full([found]) == [("undated", "getuigschrift.pdf", 1, "warning", True)]
    assert found.evidence == {"found": None, "expected": "> 2026-09-01", "text": "", "boxes": []}


def test_old_certificate_beside_a_recent_one_is_a_warning() -> None:
    d = be9ter({"oud.pdf": _dated("20 augustus 2026")}, documents={"oud.pdf": "medical-certificate"})
    (found,) = run(d, "BE9TER-MEDCERT-AGE")
    assert full([found]) == [("too-old", "oud.pdf", 1, "warning", False)]
    assert found.params["days"] == 13
    # A certificate of the submission day is recent too.
    d = be9ter(
        {"getuigschrift.pdf": _dated("1 december 2026"), "oud.pdf": _dated("1 september 2026")},
        documents={"oud.pdf": "medical-certificate"},
    )
    assert graded(run(d, "BE9TER-MEDCERT-AGE")) == [("too-old", "oud.pdf", 1, "warning")]


def test_an_unlabelled_old_date_is_not_surely_the_certificates() -> None:
    # The fresh blind part's be9ter-personal-data-1: the "Date" label read as "TE", the date found a biopsy's.
    text = CERTIFICATE.replace("Datum: 2 november 2026", "biopsie du 02/07/2026")
    (found,) = run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-AGE")
    assert full([found]) == [("too-old", "getuigschrift.pdf", 1, "warning", True)]


def test_old_date_on_the_second_page_and_read_unsure() -> None:
    pages = [
        "STANDAARD MEDISCH GETUIGSCHRIFT\nNaam en voornaam van de patiënt: Ouali Samira",
        *_dated("1 juli 2026"),
    ]
    (found,) = run(be9ter({"getuigschrift.pdf": pages}), "BE9TER-MEDCERT-AGE")
    assert full([found]) == [("too-old", "getuigschrift.pdf", 2, "inadmissible", False)]
    # A date OCR was unsure of is no evidence of an old certificate: a person looks.
    (unsure,) = run(be9ter({"getuigschrift.pdf": _dated("1 juli 2026", conf=40)}), "BE9TER-MEDCERT-AGE")
    assert full([unsure]) == [("too-old", "getuigschrift.pdf", 1, "warning", True)]
    (sure,) = run(be9ter({"getuigschrift.pdf": _dated("1 juli 2026", conf=95)}), "BE9TER-MEDCERT-AGE")
    assert full([sure]) == [("too-old", "getuigschrift.pdf", 1, "inadmissible", False)]


# ---- BE9TER-APPLICATION-LANGUAGE: "Die verplichting geldt tot 6 maanden na het afwijzen van je aanvraag om
# internationale bescherming. Nadien kan je terug vrij kiezen tussen Nederlands, Frans of Duits." (seed 004) -----


def test_asylum_language_binds_until_six_months_after_the_refusal() -> None:
    # Refused on 2026-06-01: bound until 2026-12-01, the submission day itself.
    (found,) = run(
        be9ter({}, asylum={"language": "fr", "refused_on": "2026-06-01"}), "BE9TER-APPLICATION-LANGUAGE"
    )
    assert full([found]) == [("asylum-language", "aanvraag.pdf", 1, "deficiency", False)]
    assert found.evidence == {"found": "nl", "expected": "fr"}
    assert found.params["until"] == "2026-12-01"
    assert (found.params["language"].key, found.params["expected"].key) == ("language.nl", "language.fr")
    # Refused a day earlier: free again on the submission day.
    free = be9ter({}, asylum={"language": "fr", "refused_on": "2026-05-31"})
    assert run(free, "BE9TER-APPLICATION-LANGUAGE") == []


def test_asylum_language_binds_while_the_asylum_application_is_pending() -> None:
    (found,) = run(be9ter({}, asylum={"language": "fr", "pending": True}), "BE9TER-APPLICATION-LANGUAGE")
    assert (found.key, found.params["until"]) == ("asylum-language", "-")
    assert run(be9ter({}, asylum={"language": "nl", "pending": True}), "BE9TER-APPLICATION-LANGUAGE") == []


ENGLISH_APPLICATION = (
    "To the Immigration Office, Pachecolaan 44, 1000 Brussels. Re: application for leave to remain on medical "
    "grounds under article 9ter of the law of 15 December 1980. On behalf of my client I hereby submit this "
    "application, with the medical certificate and the proof of her identity attached to this letter."
)


def test_application_in_english_and_in_no_language_told() -> None:
    d = be9ter({"aanvraag.pdf": [ENGLISH_APPLICATION]})
    (found,) = run(d, "BE9TER-APPLICATION-LANGUAGE")
    assert full([found]) == [("wrong-language", "aanvraag.pdf", 1, "deficiency", False)]
    assert found.evidence == {"found": "en", "expected": ["nl", "fr", "de"]}
    assert found.params["language"].key == "language.en"
    mute = be9ter({"aanvraag.pdf": ["Aanvraag 9ter"]})
    assert full(run(mute, "BE9TER-APPLICATION-LANGUAGE")) == [("unknown", "aanvraag.pdf", 1, "warning", True)]


# ---- BE9TER-MEDCERT-LANGUAGE, BE9TER-IDENTITY-LANGUAGE: "De toegevoegde medische attesten moeten in het
# Nederlands, Frans of Duits zijn"; identity evidence "in het Nederlands, Frans, Duits of Engels" (seed 004) -------

ENGLISH_CERTIFICATE = (
    "STANDARD MEDICAL CERTIFICATE\nName of the patient: Ouali Samira\nDiagnosis: diabetes mellitus type 1 with "
    "diabetic nephropathy, stage 3.\nDegree of severity: life-threatening without daily insulin.\nCurrent "
    "treatment: insulin aspart and glargine, four injections a day, lifelong.\nDate: 2 November 2026"
)
ENGLISH_BIRTH = (
    "Birth certificate. The registrar of the city of Tangier certifies that Samira Ouali was born on the eighth "
    "of March nineteen seventy-nine, daughter of Moroccan parents living in that city."
)
TRANSLATION = "Beëdigde vertaling uit het Engels van het medisch attest van Samira Ouali."


def test_certificate_in_english_untranslated_and_translated() -> None:
    d = be9ter({"getuigschrift.pdf": [ENGLISH_CERTIFICATE]})
    (found,) = run(d, "BE9TER-MEDCERT-LANGUAGE")
    assert full([found]) == [("wrong-language", "getuigschrift.pdf", 1, "deficiency", False)]
    assert found.evidence == {"found": "en", "expected": ["nl", "fr", "de"]}
    assert found.params["language"].key == "language.en"
    translated = be9ter(
        {"getuigschrift.pdf": [ENGLISH_CERTIFICATE], "vertaling.pdf": [TRANSLATION]},
        documents={"vertaling.pdf": "translation"},
    )
    assert full(run(translated, "BE9TER-MEDCERT-LANGUAGE")) == [
        ("translated", "getuigschrift.pdf", 1, "warning", False)
    ]


def test_identity_evidence_in_english_needs_no_translation() -> None:
    d = be9ter({"akte.pdf": [ENGLISH_BIRTH]}, documents={"akte.pdf": "birth-certificate"})
    assert run(d, "BE9TER-IDENTITY-LANGUAGE") == []


# ---- BE9TER-ADDRESS: "de aanvraag … bevat het adres van de effectieve verblijfplaats in België niet" (seed 003) ---

LABEL = "Adres van de effectieve verblijfplaats:"
CHOSEN = "Gekozen woonplaats: kantoor van haar advocaat, Kortrijksesteenweg 112, 9000 Gent."
# The addresses the clean application names beside the residence's: DVZ's (the addressee) and the lawyer's.
DVZ_AND_LAWYER = ["Pachecolaan 44, 1000 Brussel", "Kortrijksesteenweg 112, 9000 Gent"]


def _with_address(residence: str, *, before: str = "") -> str:
    return "\n".join(
        [*([before] if before else []), HEAD, PERSONAL, residence, CHOSEN, COUNTRY, FAMILY_NONE, CLOSING]
    )


def _address(text: str | list, **manifest) -> list:
    return run(
        be9ter({"aanvraag.pdf": [text] if isinstance(text, str) else text}, **manifest), "BE9TER-ADDRESS"
    )


def test_address_label_left_blank_is_evidence() -> None:
    (found,) = _address(_with_address(LABEL))
    assert full([found]) == [("missing", "aanvraag.pdf", 1, "inadmissible", False)]
    assert found.evidence == {"found": DVZ_AND_LAWYER, "labelled": True, "look_at": []}
    # Another place named elsewhere (where she once worked) does not fill the blank field; it is named to look at.
    (found,) = _address(_with_address(LABEL, before="Zij werkte vroeger in 2000 Antwerpen."))
    assert full([found]) == [("missing", "aanvraag.pdf", 1, "inadmissible", False)]
    assert found.evidence["look_at"] == ["2000 Antwerpen"]


def test_address_blank_on_a_form_filled_in_by_hand_is_evidence_only_where_the_paper_is_blank() -> None:
    # A blank in the text of a form filled in by hand may be a hand OCR passed over: ink under the label says so;
    # the paper blank there too is evidence (twentyfirst be9ter-address-2, read).
    text = _with_address(LABEL)
    # The form's print read surely; the hand's answers to its other fields, far below, read unsure.
    printed = words(text, 90)
    hand = [
        Word(
            "xx",
            20,
            Box(
                0.05 + 0.02 * (i % 40),
                0.9 + 0.03 * (i // 40),
                0.06 + 0.02 * (i % 40),
                0.91 + 0.03 * (i // 40),
            ),
        )
        for i in range(len(printed))
    ]
    top = 0.1 + text.splitlines().index(LABEL) * LINE * 1.5
    after = Box(0.65, top, 0.72, top + LINE)
    inked = _address([page(text, source="ocr", word_list=printed + hand, marks=[after])])
    assert full(inked) == [("missing", "aanvraag.pdf", 1, "warning", True)]
    blank = _address([page(text, source="ocr", word_list=printed + hand, marks=[])])
    assert full(blank) == [("missing", "aanvraag.pdf", 1, "inadmissible", False)]
    # On a page read surely but for the answer, which OCR dropped whole (twentyfirst be9ter-medcert-present-1, read),
    # the ink after the label is no blank either.
    dropped = _address([page(text, source="ocr", word_list=printed, marks=[after])])
    assert full(dropped) == [("missing", "aanvraag.pdf", 1, "warning", True)]


def test_address_not_labelled_but_a_place_named_is_unverified() -> None:
    text = "\n".join([HEAD, PERSONAL, "Zij werkte vroeger in de haven van 2000 Antwerpen.", CHOSEN, CLOSING])
    (found,) = _address(text)
    assert full([found]) == [("missing", "aanvraag.pdf", 1, "warning", True)]
    assert found.evidence == {"found": DVZ_AND_LAWYER, "labelled": False, "look_at": ["2000 Antwerpen"]}


def test_address_in_prose_that_names_no_place_is_evidence() -> None:
    # DVZ's own address, at the head of the letter, is no residence (seed 004: "Pachecolaan, 44 1000 BRUSSEL").
    text = "\n".join([HEAD, PERSONAL, "Mijn cliënte verblijft in een opvangcentrum.", CLOSING])
    (found,) = _address(text)
    assert full([found]) == [("missing", "aanvraag.pdf", 1, "inadmissible", False)]
    assert found.evidence == {"found": ["Pachecolaan 44, 1000 Brussel"], "labelled": True, "look_at": []}


@pytest.mark.parametrize("number", ["2. ", "1.2) ", "a) ", "B/ ", "- ", ""])
def test_address_field_holding_what_is_no_address_is_unverified(number: str) -> None:
    # A hand OCR misread: the form's field holds something, which may be the address, whatever the field's number.
    field = f"{number}Adres van de effectieve verblijfplaats: Handelstraat (bus OUU3), TOLO Antwerpen"
    text = "\n".join([PERSONAL, "Betreft: aanvraag om medische redenen", field, CHOSEN, CLOSING])
    assert full(_address(text)) == [("missing", "aanvraag.pdf", 1, "warning", True)]


@pytest.mark.parametrize(
    "line",
    [
        # The social services' forms of fortyfirst and fortysecond (read after their blind runs), their residence
        # label printed small and grey, as OCR read it: "no address" to check by hand.
        "Asressedelarsidenceetfeciveen Eebiue Rye de Fer 100, 5000 Namur",
        "Adressedelartsiienceefieciveeniehiue Rye de la Montagne 126, 6000 Charleroi",
        "Adresse de la residence efectiveen Bebave Rue de Laeken 176 bte 02, 1000 Bruxelles",
    ],
)
def test_address_after_a_residence_label_misread_past_matching_is_stated(line: str) -> None:
    text = "\n".join([HEAD, PERSONAL, line, CHOSEN, CLOSING])
    assert _address(text) == []


def test_address_after_another_addresss_label_read_whole_is_no_residence() -> None:
    # Close to the residence label in its letters, but another address (a previous one): still "check by hand".
    text = "\n".join(
        [HEAD, PERSONAL, "Adresse de la résidence précédente Rue de Fer 100, 5000 Namur", CHOSEN, CLOSING]
    )
    assert full(_address(text)) == [("missing", "aanvraag.pdf", 1, "warning", True)]


def test_address_only_the_lawyers_is_no_residence() -> None:
    text = "\n".join(
        [
            HEAD,
            PERSONAL,
            "Madame Ouali réside à Bruxelles et élit domicile au cabinet de son avocat, Avenue Louise 250, "
            "1050 Bruxelles.",
            CLOSING,
        ]
    )
    (found,) = _address(text)
    assert full([found]) == [("missing", "aanvraag.pdf", 1, "inadmissible", False)]
    assert found.evidence["look_at"] == []


def test_address_within_reach_of_its_label_or_beyond() -> None:
    near = "2. Adres van de effectieve verblijfplaats (sinds maart 2024, bij haar zus): Stationsstraat 12, 9000 Gent"
    assert _address(_with_address(near)) == []
    far = (
        "2. Adres van de effectieve verblijfplaats: zij woont sinds maart 2024 bij haar zus, die haar verzorgt en "
        "haar dagelijks naar het ziekenhuis brengt, Stationsstraat 12, 9000 Gent"
    )
    (found,) = _address(_with_address(far))
    assert full([found]) == [("missing", "aanvraag.pdf", 1, "warning", True)]
    assert found.evidence["look_at"] == ["9000 Gent"]


def test_years_of_dates_are_no_places() -> None:
    for dated in ("Gent, 26 november 2026\nBetreft: aanvraag", "Gent, 26 november, 2026 Betreft: aanvraag"):
        (found,) = _address(_with_address(LABEL, before=dated))
        assert (found.severity, found.evidence["look_at"]) == ("inadmissible", []), dated
    prose = "Mijn cliënte verblijft in een opvangcentrum sinds 1 mei 2026 Gent."
    (found,) = _address("\n".join([HEAD, PERSONAL, prose, CLOSING]))
    assert (found.severity, found.evidence["look_at"]) == ("inadmissible", [])
    # The month at the very start of the text.
    opening = "December 2026 Aan de Dienst Vreemdelingenzaken\n" + "\n".join([PERSONAL, prose, CLOSING])
    (found,) = _address(opening)
    assert (found.severity, found.evidence["look_at"]) == ("inadmissible", [])


def test_each_application_is_checked_for_its_address() -> None:
    # The base dossier's application states the address: a second document taken for one gives no other
    # (test_precision: a list of annexes); with the address in neither, each is named.
    d = be9ter({"tweede.pdf": [_with_address(LABEL)]}, documents={"tweede.pdf": "application"})
    assert keys(run(d, "BE9TER-ADDRESS")) == []
    d = be9ter(
        {"aanvraag.pdf": [_with_address(LABEL)], "tweede.pdf": [_with_address(LABEL)]},
        documents={"tweede.pdf": "application"},
    )
    assert keys(run(d, "BE9TER-ADDRESS")) == [("missing", "aanvraag.pdf", 1), ("missing", "tweede.pdf", 1)]


def test_no_application_certain_or_perhaps_one() -> None:
    (found,) = run(be9ter({}, documents={"aanvraag.pdf": "medical-statement"}), "BE9TER-ADDRESS")
    assert full([found]) == [("no-application", None, None, "inadmissible", False)]
    assert found.evidence == {
        "found": ["medical-statement", "medical-certificate", "identity-document"],
        "look_at": [],
    }
    # A scan that says almost nothing may be the application.
    d = be9ter({"scan.pdf": ["Kopie"]}, documents={"aanvraag.pdf": "medical-statement"})
    (found,) = run(d, "BE9TER-ADDRESS")
    assert full([found]) == [("no-application", None, None, "warning", True)]
    assert found.evidence["look_at"] == ["scan.pdf (1)"]


# ---- BE9TER-IDENTITY: "de identiteit wordt niet aangetoond … volgens de modaliteiten bedoeld in artikel 9ter, § 2"
# (seed 003); rules.md section 5: (a) name, place and date of birth, nationality; (c) a photo --------------------

ELEMENTS_AND_PHOTO = ["name", "birth_place", "birth_date", "nationality", "photo"]
BIRTH = (
    "Uittreksel uit de geboorteakte\nNaam: Ouali Samira\nGeboortedatum: 08/03/1979\nGeboorteplaats: Tanger"
)
NO_PASSPORT = {"paspoort.pdf": "other"}


def _identity(files: dict, **manifest) -> list:
    return run(be9ter(files, **manifest), "BE9TER-IDENTITY")


def test_identity_proven_by_the_passport_names_it() -> None:
    (found,) = _identity({})
    assert full([found]) == [("proven-identity-document", None, None, "info", False)]
    assert found.params == {"files": "paspoort.pdf"}
    assert found.evidence["basis"] == "identity-document" and found.evidence["missing"] == []
    (piece,) = found.evidence["matrix"]
    assert (piece["file"], piece["type"], piece["conditions"]["b"], piece["conditions"]["d"]) == (
        "paspoort.pdf",
        "identity-document",
        True,
        True,
    )
    assert {"name", "birth_date", "nationality"} <= set(piece["shows"])


def test_identity_exemption_claimed_by_the_proof_of_a_pending_asylum_application() -> None:
    proof = {"bijlage.pdf": ["Bijlage 26. Verzoek om internationale bescherming ingediend."]}
    types = {**NO_PASSPORT, "bijlage.pdf": "asylum-proof"}
    for manifest in ({"asylum": {"pending": True}}, {}):
        (found,) = _identity(proof, documents=types, **manifest)
        assert full([found]) == [("proven-exemption", None, None, "info", False)]
        assert found.params == {"files": "-"}
        assert found.evidence == {"matrix": [], "missing": [], "basis": "exemption"}
    # The proof of an application the manifest says was refused claims nothing.
    (found,) = _identity(proof, documents=types, asylum={"refused_on": "2026-01-05"})
    assert full([found]) == [("lacks-identity_evidence", None, None, "inadmissible", False)]


def test_identity_exemption_claimed_without_its_proof() -> None:
    found = _identity({}, documents=NO_PASSPORT, asylum={"pending": True})
    assert full(found) == [
        ("lacks-identity_evidence", None, None, "inadmissible", False),
        ("lacks-exemption_proof", None, None, "inadmissible", False),
    ]
    assert found[0].evidence == {
        "matrix": [],
        "missing": ["identity_evidence", *ELEMENTS_AND_PHOTO, "exemption_proof"],
        "basis": None,
        "look_at": [],
    }
    # A scan that may be an identity piece leaves the evidence in doubt, never the missing proof.
    found = _identity({"scan.pdf": ["Kopie"]}, documents=NO_PASSPORT, asylum={"pending": True})
    assert full(found) == [
        ("lacks-identity_evidence", None, None, "warning", True),
        ("lacks-exemption_proof", None, None, "inadmissible", False),
    ]
    assert found[0].evidence["look_at"] == ["scan.pdf (1)"]


def test_identity_birth_certificate_alone() -> None:
    # A birth certificate states no nationality and has no photo: both gaps are certain.
    found = _identity({"paspoort.pdf": [BIRTH]}, documents={"paspoort.pdf": "birth-certificate"})
    assert full(found) == [
        ("lacks-nationality", None, None, "inadmissible", False),
        ("lacks-photo", None, None, "inadmissible", False),
    ]
    assert found[0].evidence["matrix"] == [
        {
            "file": "paspoort.pdf",
            "type": "birth-certificate",
            "conditions": {"a": False, "b": True, "c": False, "d": True},
            "shows": ["name", "birth_place", "birth_date"],
        }
    ]
    assert found[0].evidence["missing"] == ["nationality", "photo"]
    # Its birth place not read: it may be written in a way the extractor missed.
    placeless = BIRTH.replace("\nGeboorteplaats: Tanger", "")
    found = _identity({"paspoort.pdf": [placeless]}, documents={"paspoort.pdf": "birth-certificate"})
    assert [(f.key, f.unverified) for f in found] == [
        ("lacks-birth_place", True),
        ("lacks-nationality", False),
        ("lacks-photo", False),
    ]
    # With a field for the nationality, its answer misread ("7. Citizenship Wha Nepali": fortyfifth
    # be9ter-id-sufficiency-2, read after its blind run), the nationality is for a person to read; the photo stays
    # surely missing.
    fielded = BIRTH + "\n7. Citizenship Wha Nepali"
    found = _identity({"paspoort.pdf": [fielded]}, documents={"paspoort.pdf": "birth-certificate"})
    assert [(f.key, f.severity, f.unverified) for f in found] == [
        ("lacks-nationality", "warning", True),
        ("lacks-photo", "inadmissible", False),
    ]


def test_identity_driving_licence_without_its_photo_found() -> None:
    licence = "Rijbewijs\nNaam: Ouali Samira\nGeboortedatum: 08/03/1979\nGeboorteplaats: Tanger\nNationaliteit: Marokkaanse"
    (found,) = _identity({"paspoort.pdf": [licence]}, documents={"paspoort.pdf": "driving-licence"})
    # A driving licence has a photo: one not found may be there all the same.
    assert full([found]) == [("lacks-photo", None, None, "warning", True)]


# ---- BE9TER-MEDCERT-PRESENT, -FIELDS: "het standaard medisch getuigschrift … dat de ziekte, haar graad van ernst
# en de noodzakelijk geachte behandeling vermeldt" (seed 003) ----------------------------------------------------


def test_certificate_absent_beside_a_statement_or_perhaps_in_a_scan() -> None:
    d = be9ter(
        {"verklaring.pdf": ["Medische verklaring"]},
        documents={"getuigschrift.pdf": "other", "verklaring.pdf": "medical-statement"},
    )
    (found,) = run(d, "BE9TER-MEDCERT-PRESENT")
    assert full([found]) == [("missing", None, None, "inadmissible", False)]
    assert found.evidence == {"found": ["verklaring.pdf"], "expected": "medical-certificate", "look_at": []}
    d = be9ter({"scan.pdf": ["Kopie"]}, documents={"getuigschrift.pdf": "other"})
    (found,) = run(d, "BE9TER-MEDCERT-PRESENT")
    assert full([found]) == [("missing", None, None, "warning", True)]
    assert found.evidence == {"found": [], "expected": "medical-certificate", "look_at": ["scan.pdf (1)"]}


def _fields(text: str, **kw) -> list:
    return run(
        be9ter({"getuigschrift.pdf": [certificate(text) if not kw else page(text, **kw)]}),
        "BE9TER-MEDCERT-FIELDS",
    )


TREATMENT = "Insuline aspart en glargine, vier injecties per dag."


def test_certificate_section_of_twelve_letters_is_filled() -> None:
    assert _fields(CERTIFICATE.replace(TREATMENT, "Insulinepomp")) == []
    (found,) = _fields(CERTIFICATE.replace(TREATMENT, "Insulinepen"))
    assert full([found]) == [("no-treatment", "getuigschrift.pdf", 1, "inadmissible", False)]
    assert found.evidence == {"section": "treatment", "heading": True}


SEVERITY = "Graad van ernst: ernstig, levensbedreigend zonder dagelijkse insuline."


def test_a_medical_document_shaped_as_the_model_under_an_unknown_title_is_for_a_person_to_check() -> None:
    # The held-out part's German model, "Standardisiertes ärztliches Attest", which the titles do not know.
    model = (
        "STANDARDISIERTES ÄRZTLICHES ATTEST\nnach Artikel 9ter § 1 Absatz 4 des Gesetzes vom 15. Dezember 1980\n"
        "Vorgeschichte:\nSeit 2019 bekannt.\nDiagnose:\nChronische Niereninsuffizienz Stadium 5.\n"
        "Schweregrad:\nLebensbedrohlich ohne Dialyse.\nBehandlung:\nHämodialyse dreimal pro Woche."
    )
    letter = "Sehr geehrte Damen und Herren,\nFrau Ouali ist bei mir in Behandlung wegen Diabetes.\nDr. Weber"
    # Three of the model's headings and its closing "Datum", or four without a word of 9ter, are a letter.
    three = model.replace("Vorgeschichte:\nSeit 2019 bekannt.\n", "") + "\nDatum: 2. November 2026"
    unnamed = model.replace("nach Artikel 9ter § 1 Absatz 4", "nach dem Gesetz")
    for text in (three, unnamed):
        d = be9ter({"getuigschrift.pdf": [text]}, documents={"getuigschrift.pdf": "medical-statement"})
        assert full(run(d, "BE9TER-MEDCERT-PRESENT")) == [("missing", None, None, "inadmissible", False)]
    for text, expected in (
        (model, [("missing", None, None, "warning", True)]),
        (letter, [("missing", None, None, "inadmissible", False)]),
    ):
        d = be9ter({"getuigschrift.pdf": [text]}, documents={"getuigschrift.pdf": "medical-statement"})
        assert full(run(d, "BE9TER-MEDCERT-PRESENT")) == expected


def test_certificate_severity_without_its_heading() -> None:
    # The model until 2024 states it under the diagnosis: "stadium" is a degree.
    staged = CERTIFICATE.replace(SEVERITY + "\n", "").replace("nefropathie.", "nefropathie stadium 3.")
    assert _fields(staged) == []
    (found,) = _fields(CERTIFICATE.replace(SEVERITY + "\n", ""))
    assert full([found]) == [("no-severity", "getuigschrift.pdf", 1, "warning", True)]
    assert found.evidence == {"section": "severity", "heading": False}


def test_certificate_severity_box_read_as_neither_empty_nor_ticked() -> None:
    # The fresh blind part's be9ter-medcert-fields-1: every box empty, the first read "[DJ", and the page's
    # footer under the section.
    boxes = "Graad van ernst:\n[DJ licht [] matig [] ernstig [] zeer ernstig"
    footer = "\nPagina 1/2 - Model van toepassing vanaf 1 maart 2024"
    (found,) = _fields(CERTIFICATE.replace(SEVERITY, boxes + footer))
    assert full([found]) == [("no-severity", "getuigschrift.pdf", 1, "warning", True)]
    (found,) = _fields(CERTIFICATE.replace(SEVERITY, boxes.replace("[DJ", "[ ]") + footer))
    assert full([found]) == [("no-severity", "getuigschrift.pdf", 1, "inadmissible", False)]
    assert _fields(CERTIFICATE.replace(SEVERITY, boxes.replace("[] ernstig", "[X] ernstig") + footer)) == []


def test_certificate_severity_written_in_a_hand_ocr_passed_over() -> None:
    # The fresh blind part's be9ter-clean-21: the doctor's lines under "Degré de gravité :" were not read.
    empty = CERTIFICATE.replace(SEVERITY, "Graad van ernst:")
    (found,) = _fields(empty)
    assert full([found]) == [("no-severity", "getuigschrift.pdf", 1, "inadmissible", False)]
    # The heading is the fifth line (0.22-0.24 of the page): ink after it where OCR read nothing.
    hand = page(empty, marks=[Box(0.5, 0.222, 0.62, 0.236)])
    (found,) = run(be9ter({"getuigschrift.pdf": [hand]}), "BE9TER-MEDCERT-FIELDS")
    assert full([found]) == [("no-severity", "getuigschrift.pdf", 1, "warning", True)]


def test_certificate_severity_in_a_word_or_a_ticked_box() -> None:
    assert _fields(CERTIFICATE.replace(SEVERITY, "Graad van ernst: ernstig.")) == []
    assert _fields(CERTIFICATE.replace(SEVERITY, "Graad van ernst: [X] ernstig")) == []
    boxes = "Graad van ernst: [ ] licht [ ] matig [ ] ernstig [ ] zeer ernstig"
    (found,) = _fields(CERTIFICATE.replace(SEVERITY, boxes))
    assert full([found]) == [("no-severity", "getuigschrift.pdf", 1, "inadmissible", False)]
    explained = boxes + " toelichting: terminale nierinsufficientie"
    assert _fields(CERTIFICATE.replace(SEVERITY, explained)) == []


def test_certificate_illness_in_a_severity_word_is_no_illness() -> None:
    text = CERTIFICATE.replace("Diabetes mellitus type 1 met diabetische nefropathie.", "Ernstig.")
    assert [(f.key, f.severity) for f in _fields(text)] == [("no-illness", "inadmissible")]


def test_certificate_blank_section_filled_in_by_hand_is_unverified() -> None:
    blank = CERTIFICATE.replace(SEVERITY, "Graad van ernst:").replace("met diabetische nefropathie", "")
    assert full(_fields(blank, source="ocr", conf=30)) == [
        ("no-severity", "getuigschrift.pdf", 1, "warning", True)
    ]


def test_certificate_sections_as_written_under_their_headings() -> None:
    sections = certificate_sections(
        "B/ DIAGNOSE: aard en ernst van de aandoeningen\nDiabetes type 1.\nGraad van ernst: ernstig\n"
        "C/ Huidige behandeling\nInsuline\ndagelijks\nDatum: 2 november 2026"
    )
    # The form's printed words are no answer; a closing field ("Datum: …") is no section's content.
    assert sections == {
        "history": None,
        "illness": "  \ndiabetes type 1.",
        "severity": " ernstig",
        "treatment": "\ninsuline\ndagelijks",
        "consequences": None,
        "evolution": None,
        "needs": None,
        "closing": "",
    }
    sections = certificate_sections(
        "Diagnose en graad van ernst: diabetes type 1, ernstig\nGevolgen bij stopzetting van de behandeling: overlijden"
    )
    # One heading opens two sections; the consequences of stopping the treatment are no treatment.
    assert (sections["severity"], sections["treatment"], sections["consequences"]) == (
        " diabetes type 1, ernstig",
        None,
        " overlijden",
    )
    # Only the words before the first colon are a heading.
    sections = certificate_sections("B/ DIAGNOSE: diabetes, ernst: hoog")
    assert (sections["illness"], sections["severity"]) == (" diabetes, ernst: hoog", None)


# ---- BE9TER-MEDCERT-DOCTOR: signed, the doctor's RIZIV number, the patient (rules.md section 4) -----------------


def test_certificate_that_could_not_be_read() -> None:
    d = be9ter({"getuigschrift.pdf": file("getuigschrift.pdf", problems=[])})
    assert full(run(d, "BE9TER-MEDCERT-DOCTOR")) == [
        ("unsigned", "getuigschrift.pdf", 0, "warning", True),
        ("no-doctor-number", "getuigschrift.pdf", 0, "warning", True),
        ("no-patient", "getuigschrift.pdf", 0, "warning", True),
    ]


def test_doctor_number_spaced_apart_by_ocr_and_one_without_digits() -> None:
    spaced = CERTIFICATE.replace("1-23456-78-901", "1-23 456-78-9 01")
    assert run(be9ter({"getuigschrift.pdf": [certificate(spaced)]}), "BE9TER-MEDCERT-DOCTOR") == []
    # A stamp's strokes read as letters are no number.
    strokes = CERTIFICATE.replace("1-23456-78-901", "| F")
    found = run(be9ter({"getuigschrift.pdf": [certificate(strokes)]}), "BE9TER-MEDCERT-DOCTOR")
    assert full(found) == [("no-doctor-number", "getuigschrift.pdf", 1, "inadmissible", False)]


def test_patient_name_left_blank_on_the_2024_model() -> None:
    # The 2024 model has a plain "Naam:" under its patient heading.
    text = CERTIFICATE.replace(
        "Naam en voornaam van de patiënt: Ouali Samira", "A/ Patiënt\nNaam:\nGeboortedatum: 08/03/1979"
    ).replace("Naam van de arts: dr. An Verhoeven\n", "")
    (found,) = run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-DOCTOR")
    assert full([found]) == [("no-patient", "getuigschrift.pdf", 1, "inadmissible", False)]
    assert found.evidence == {"expected": "Samira Ouali"} and found.params == {"name": "Samira Ouali"}


def test_patient_fields_of_the_2024_model_left_blank_above_the_doctors_filled_ones() -> None:
    # The fresh blind part's be9ter-medcert-doctor-3: the patient's row of labels answered nowhere, the
    # doctor's "Naam en voornaam" answered below it.
    def found(patient: str) -> list:
        text = CERTIFICATE.replace(
            "Naam en voornaam van de patiënt: Ouali Samira",
            f"1. Identificatie van de patiënt\nNaam Voornaam\n{patient}\nGeboortedatum Nationaliteit\n\n"
            "2. Identificatie van de arts\nNaam en voornaam RIZIV-nummer\nVERHAEGEN Elke 1-70003-38-003",
        ).replace("Naam van de arts: dr. An Verhoeven\n", "")
        return [f for f in run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-DOCTOR")]

    assert full(found("")) == [("no-patient", "getuigschrift.pdf", 1, "inadmissible", False)]
    assert found("OUALI Samira") == []


def test_patient_section_after_the_doctors_or_alone() -> None:
    # The patient's section read to the end of the text when the doctor's stands before it, or not at all.
    for doctor in ("2. Identificatie van de arts\nNaam en voornaam\nVERHAEGEN Elke\n", ""):
        text = CERTIFICATE.replace(
            "Naam en voornaam van de patiënt: Ouali Samira",
            f"{doctor}1. Identificatie van de patiënt\nNaam Voornaam\n\nGeboortedatum Nationaliteit",
        ).replace("Naam van de arts: dr. An Verhoeven\n", "")
        found = run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-DOCTOR")
        assert full(found) == [("no-patient", "getuigschrift.pdf", 1, "inadmissible", False)]


def test_doctor_number_field_holding_letters_only_is_blank() -> None:
    # A stamp's strokes read "Kx" past the colon are no number: the field is blank, on paper too.
    text = CERTIFICATE.replace("RIZIV-nummer: 1-23456-78-901", "RIZIV-nummer: : Kx")
    found = run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-DOCTOR")
    assert full(found) == [("no-doctor-number", "getuigschrift.pdf", 1, "inadmissible", False)]


def test_patient_unnamed_when_the_dossier_names_nobody() -> None:
    text = CERTIFICATE.replace("Naam en voornaam van de patiënt: Ouali Samira\n", "").replace(
        "Naam van de arts: dr. An Verhoeven\n", ""
    )
    d = dossier(
        {"getuigschrift.pdf": [certificate(text)]},
        procedure="be-9ter",
        documents={"getuigschrift.pdf": "medical-certificate"},
    )
    (found,) = run(d, "BE9TER-MEDCERT-DOCTOR")
    assert full([found]) == [("no-patient", "getuigschrift.pdf", 1, "warning", True)]
    assert found.evidence == {"expected": None} and found.params == {"name": "?"}


# ---- BE9TER-SIGNED: "De aanvraag moet ondertekend zijn, door jezelf of door je advocaat." (seed 004) ------------


def _signed(last: str, *, mark: Box | None = None, first: Page | str | None = None) -> list:
    pages = [
        first or "\n".join([HEAD, PERSONAL, ADDRESS, DOMICILE, COUNTRY, FAMILY_NONE]),
        page(last, word_list=words(last, 100, top=0.2), marks=[mark] if mark else []),
    ]
    return run(be9ter({"aanvraag.pdf": pages}), "BE9TER-SIGNED")


def test_signed_under_the_closing_words_or_at_the_letters_end() -> None:
    # No signature label: a lawyer signs under the closing words, or at the end of the letter.
    assert _signed("Met de meeste hoogachting,\nMr. Pieter Claes\nAdvocaat", mark=SIGNATURE) == []
    assert _signed("Mr. Pieter Claes\nAdvocaat te Gent", mark=Box(0.12, 0.62, 0.40, 0.70)) == []


def test_unsigned_where_the_label_stands_with_no_hand_beside_it() -> None:
    (found,) = _signed(CLOSING)
    assert full([found]) == [("unsigned", "aanvraag.pdf", 2, "deficiency", False)]
    assert len(found.evidence["boxes"]) == 1


def test_signature_that_could_not_be_looked_for() -> None:
    # A page read from its text layer, with no ink map: whether it is signed is for a person to see.
    (found,) = run(be9ter({"aanvraag.pdf": ["\n".join([HEAD, PERSONAL, ADDRESS, CLOSING])]}), "BE9TER-SIGNED")
    assert full([found]) == [("unsigned", "aanvraag.pdf", 1, "warning", True)] and found.evidence == {}
    # A label with nothing beside it, but the letter's end not told: no evidence either.
    first = page("Handtekening van de aanvrager:\n" + PERSONAL, marks=[])
    (found,) = _signed("Bijlage: medisch getuigschrift", first=first)
    assert full([found]) == [("unsigned", "aanvraag.pdf", 2, "warning", True)]


# ---- BE9TER-PERSONAL-DATA: "naam en voornaam, nationaliteit, geboortedatum, geboorteplaats en geboorteland,
# rijksregisternummer of het nummer van openbare veiligheid" (seed 004) ------------------------------------------


def _personal(text: str | list) -> list:
    pages = [text] if isinstance(text, str) else text
    return run(be9ter({"aanvraag.pdf": pages}), "BE9TER-PERSONAL-DATA")


def _letter(personal: str) -> str:
    return "\n".join([HEAD, personal, ADDRESS, DOMICILE, CLOSING])


def test_personal_data_written_in_prose_without_labels() -> None:
    prose = (
        "Mijn cliënte, mevrouw Samira Ouali, van Marokkaanse nationaliteit, geboren te Tanger, Marokko, op 8 maart "
        "1979, rijksregisternummer 79.03.08-284.89."
    )
    assert _personal(_letter(prose)) == []
    # The national number with no label before it; the birth place without one either.
    bare = "Mijn cliënte, mevrouw Samira Ouali, van Marokkaanse nationaliteit, ° 8 maart 1979 te Tanger, Marokko, 79.03.08-284.89."
    assert _personal(_letter(bare)) == []


def test_personal_data_birth_told_without_its_place() -> None:
    prose = (
        "Mijn cliënte, mevrouw Samira Ouali, geboren op 8 maart 1979, van Marokkaanse nationaliteit, "
        "rijksregisternummer 79.03.08-284.89."
    )
    found = _personal(_letter(prose))
    assert full(found) == [
        ("missing-birth-place", "aanvraag.pdf", 1, "deficiency", False),
        ("missing-birth-country", "aanvraag.pdf", 1, "deficiency", False),
    ]
    assert [f.evidence for f in found] == [{"element": "birth-place"}, {"element": "birth-country"}]


def test_personal_data_labels_left_blank() -> None:
    blanks = "Rijksregisternummer:\nNaam:\nVoornaam:\nNationaliteit:\nGeboortedatum:\nGeboorteplaats:\nGeboorteland: Marokko"
    found = _personal(_letter(blanks))
    assert full(found) == [
        (f"missing-{element}", "aanvraag.pdf", 1, "deficiency", False)
        for element in ("name", "first-name", "nationality", "birth-date", "birth-place", "number")
    ]


def test_personal_data_public_security_number_instead() -> None:
    personal = PERSONAL.replace(
        "Rijksregisternummer: 79.03.08-123.56", "Nummer van openbare veiligheid: 8123456"
    )
    assert _personal(_letter(personal)) == []


def test_personal_data_blank_on_a_form_filled_in_by_hand_is_evidence_only_where_the_paper_is_blank() -> None:
    # A hand OCR passed over may fill the field: ink after the label says so; the paper seen blank there is evidence
    # (twentysecond be9ter-personal-data-3).
    blank = _letter(PERSONAL.replace("Geboorteplaats: Tanger", "Geboorteplaats:"))
    printed = words(blank, 90)
    hand = [
        Word(
            "xx",
            20,
            Box(
                0.05 + 0.02 * (i % 40),
                0.9 + 0.03 * (i // 40),
                0.06 + 0.02 * (i % 40),
                0.91 + 0.03 * (i // 40),
            ),
        )
        for i in range(len(printed))
    ]
    top = 0.1 + blank.splitlines().index("Geboorteplaats:") * LINE * 1.5
    after = Box(0.65, top, 0.72, top + LINE)
    inked = page(blank, source="ocr", word_list=printed + hand, marks=[after])
    assert full(_personal([inked])) == [("missing-birth-place", "aanvraag.pdf", 1, "warning", True)]
    seen = page(blank, source="ocr", word_list=printed + hand, marks=[])
    assert full(_personal([seen])) == [("missing-birth-place", "aanvraag.pdf", 1, "deficiency", False)]


def test_invalid_national_number_on_the_second_page() -> None:
    # 79.03.08-284.89 passes its checksum (97 - 790308284 mod 97 = 89); 90 does not.
    personal = PERSONAL.replace("79.03.08-123.56", "79.03.08-284.90")
    (found,) = _personal([_letter(""), personal])
    assert full([found]) == [("invalid-number", "aanvraag.pdf", 2, "deficiency", False)]
    assert found.evidence["found"] == "79030828490" and len(found.evidence["boxes"]) == 1
    # Read by OCR unsure of it: a digit may have been misread.
    (found,) = _personal([_letter(""), page(personal, source="ocr", conf=40)])
    assert full([found]) == [("invalid-number", "aanvraag.pdf", 2, "warning", True)]


# ---- BE9TER-REGISTERED-MAIL: "per aangetekende brief naar de Dienst Vreemdelingenzaken" (seed 003) --------------

RECEIPT_WORDS = "bpost Aangetekende zending Bewijs van afgifte Geadresseerde"


def _mail(files: dict, **manifest) -> list:
    return run(be9ter(files, **manifest), "BE9TER-REGISTERED-MAIL")


def test_receipt_to_dvz_as_seed_004_writes_its_address() -> None:
    # "Dienst Medisch Verblijf Pachecolaan, 44 1000 BRUSSEL" (seed 004).
    receipt = (
        f"{RECEIPT_WORDS}: Dienst Vreemdelingenzaken, Dienst Medisch Verblijf Pachecolaan, 44 1000 BRUSSEL"
    )
    assert _mail({"bpost.pdf": [receipt]}, documents={"bpost.pdf": "registered-mail-receipt"}) == []


def test_receipt_to_another_addressee_read_in_full_or_not() -> None:
    # Twenty-five words are enough to tell the addressee; twenty-four are not.
    to = "Stad Gent Dienst Burgerzaken Botermarkt 1 9000 Gent"
    filler = "Datum 27 11 2026 Afzender Mr P Claes te Gent"
    full_text = f"{RECEIPT_WORDS} {to} {filler}"
    assert len(full_text.split()) == 25
    types = {"bpost.pdf": "registered-mail-receipt"}
    assert full(_mail({"bpost.pdf": [full_text]}, documents=types)) == [
        ("not-to-dvz", "bpost.pdf", 1, "warning", False)
    ]
    short = full_text.rsplit(" ", 1)[0]
    assert full(_mail({"bpost.pdf": [short]}, documents=types)) == [
        ("not-to-dvz", "bpost.pdf", 1, "warning", True)
    ]


def test_receipt_to_the_cgvs_told_by_its_street_alone() -> None:
    # The fresh blind part's be9ter-registered-mail-2: a phone photo read "CGV5 / Ernes / + Blerotstraat 19".
    receipt = (
        "bpost PostPunt\nAANGETEKEND / RECOMMANDE\nNaar / Pour:\nCGV5\nErnes\n1979 Brussel\n+ Blerotstraat 19"
    )
    types = {"bpost.pdf": "registered-mail-receipt"}
    assert full(_mail({"bpost.pdf": [receipt]}, documents=types)) == [
        ("not-to-dvz", "bpost.pdf", 1, "inadmissible", False)
    ]


def test_receipt_missing_certain_or_perhaps_in_a_scan() -> None:
    (found,) = _mail({})
    assert full([found]) == [("missing", None, None, "inadmissible", False)]
    assert found.evidence == {"found": None, "expected": "registered-mail-receipt", "look_at": []}
    (found,) = _mail({"scan.pdf": ["Kopie"]})
    assert full([found]) == [("missing", None, None, "warning", True)]
    assert found.evidence == {
        "found": None,
        "expected": "registered-mail-receipt",
        "look_at": ["scan.pdf (1)"],
    }


# ---- BE9TER-CHOSEN-DOMICILE, -COUNTRY-INFO, -FAMILY, -PARALLEL (seed 004) --------------------------------------


def _app(*parts: str, **kw) -> object:
    return be9ter({"aanvraag.pdf": ["\n".join([HEAD, PERSONAL, ADDRESS, *parts, CLOSING])]}, **kw)


def test_chosen_domicile_not_told_is_for_a_person_to_check() -> None:
    found = run(_app(COUNTRY, FAMILY_NONE), "BE9TER-CHOSEN-DOMICILE")
    assert full(found) == [("missing", "aanvraag.pdf", 1, "warning", True)]


def test_country_info_in_the_application_or_a_document_of_its_own() -> None:
    availability = "De behandeling is in Marokko niet beschikbaar."
    found = run(_app(DOMICILE, availability), "BE9TER-COUNTRY-INFO")
    assert full(found) == [("missing", "aanvraag.pdf", 1, "warning", True)]
    report = {"rapport.pdf": ["MedCOI-rapport over de zorg in Marokko."]}
    d = be9ter(
        {**report, "aanvraag.pdf": ["\n".join([HEAD, PERSONAL, ADDRESS, DOMICILE, CLOSING])]},
        documents={"rapport.pdf": "country-of-origin-info"},
    )
    assert run(d, "BE9TER-COUNTRY-INFO") == []
    # Without an application, the other rules say it.
    assert run(be9ter({}, documents={"aanvraag.pdf": "medical-statement"}), "BE9TER-COUNTRY-INFO") == []


def test_family_members_with_or_without_their_kinship_proof() -> None:
    husband = "6. Gezinsleden\nHaar echtgenoot woont bij haar."
    (found,) = run(_app(DOMICILE, COUNTRY, husband), "BE9TER-FAMILY")
    assert full([found]) == [("no-kinship-proof", "aanvraag.pdf", 1, "warning", False)]
    assert found.evidence == {"look_at": []}
    marriage = {"huwelijksakte.pdf": ["Uittreksel uit de huwelijksakte van Samira Ouali en Karim Benali."]}
    d = be9ter(
        {
            **marriage,
            "aanvraag.pdf": ["\n".join([HEAD, PERSONAL, ADDRESS, DOMICILE, COUNTRY, husband, CLOSING])],
        },
        documents={"huwelijksakte.pdf": "marriage-certificate"},
    )
    assert run(d, "BE9TER-FAMILY") == []
    d = be9ter(
        {
            "scan.pdf": ["Kopie"],
            "aanvraag.pdf": ["\n".join([HEAD, PERSONAL, ADDRESS, DOMICILE, COUNTRY, husband, CLOSING])],
        }
    )
    (found,) = run(d, "BE9TER-FAMILY")
    assert (found.unverified, found.evidence) == (True, {"look_at": ["scan.pdf (1)"]})


FRENCH = (
    "Office des Étrangers\nBoulevard Pacheco 44\n1000 Bruxelles\nObjet : demande d'autorisation de séjour sur la "
    "base de l'article 9ter de la loi du 15 décembre 1980\nMadame, Monsieur,\nAu nom de ma cliente, je vous adresse "
    "une demande d'autorisation de séjour pour raisons médicales. Son état de santé exige son traitement quotidien."
)


def test_french_son_is_no_son() -> None:
    # "son" is a son in English and "his, her" in French: an application is read in its own language.
    d = be9ter({"aanvraag.pdf": [FRENCH]})
    assert run(d, "BE9TER-FAMILY") == []


# ---- A document taken for its type on a guess: what a rule says of it as that type is unverified ----------------

# An application recognised by its file name only, while its words are also a medical statement's.
GUESSED_APPLICATION = (
    "Verblijfplaats:\nNaam:\nVoornaam:\nNationaliteit:\nRijksregisternummer: 79.03.08-284.90\n"
    "De arts schrijft een behandeling met insuline voor.\n"
    "Handtekening:"
)
BLANK_CERTIFICATE = (
    "STANDAARD MEDISCH GETUIGSCHRIFT\nNaam en voornaam van de patiënt:\nGeboortedatum: 08/03/1979\nB/ DIAGNOSE:\n"
    "Graad van ernst:\nC/ Huidige behandeling:\nDatum: 1 juli 2026\nRIZIV-nummer:\nHandtekening:"
)
RULES_OF_THE_APPLICATION = ("BE9TER-ADDRESS", "BE9TER-PERSONAL-DATA", "BE9TER-SIGNED")
RULES_OF_THE_CERTIFICATE = ("BE9TER-MEDCERT-FIELDS", "BE9TER-MEDCERT-DOCTOR", "BE9TER-MEDCERT-AGE")


def _guessed_or_stated(stated: bool):
    d = dossier(
        {
            "aanvraag.pdf": [page(GUESSED_APPLICATION, marks=[])],
            "getuigschrift.pdf": [page(BLANK_CERTIFICATE, marks=[])],
        },
        procedure="be-9ter",
        documents={"aanvraag.pdf": "application"} if stated else {},
        applicant=APPLICANT,
    )
    if not stated:
        # As the classify stage leaves a document recognised on weak evidence.
        (cert,) = d.documents_of("medical-certificate")
        cert.confidence = 0.3
    return d


def test_findings_on_a_document_of_a_guessed_type_are_unverified() -> None:
    stated, guessed = _guessed_or_stated(True), _guessed_or_stated(False)
    assert [d.classified_by for d in guessed.documents_of("application")] == ["filename"]
    for rule_id in RULES_OF_THE_APPLICATION + RULES_OF_THE_CERTIFICATE:
        sure = run(stated, rule_id)
        # The same pages with their types stated are evidence of a defect.
        assert any(not f.unverified for f in sure), rule_id
        assert [(f.key, f.severity, f.unverified) for f in run(guessed, rule_id)] == [
            (f.key, "warning", True) for f in sure
        ], rule_id


def _english(**manifest):
    d = dossier(
        {
            "aanvraag.pdf": [
                "Dear Sir, my client needs lifelong treatment by her doctor, who prescribes insulin; she lives in Ghent."
            ],
            "getuigschrift.pdf": [ENGLISH_CERTIFICATE],
        },
        procedure="be-9ter",
        **manifest,
    )
    (cert,) = d.documents_of("medical-certificate")
    cert.confidence = 0.3
    assert [doc.classified_by for doc in d.documents_of("application")] == ["filename"]
    return d


def test_language_of_a_guessed_application_or_certificate_is_unverified() -> None:
    d = _english(asylum={"language": "fr", "pending": True})
    assert [(f.key, f.severity, f.unverified) for f in run(d, "BE9TER-APPLICATION-LANGUAGE")] == [
        ("asylum-language", "warning", True)
    ]
    assert [(f.key, f.severity, f.unverified) for f in run(d, "BE9TER-MEDCERT-LANGUAGE")] == [
        ("wrong-language", "warning", True)
    ]
    assert [(f.key, f.severity, f.unverified) for f in run(_english(), "BE9TER-APPLICATION-LANGUAGE")] == [
        ("wrong-language", "warning", True)
    ]


# ---- be9ter_conditions.py: BE9TER-FROM-BELGIUM ("Je moet je 9ter-aanvraag vanuit België per aangetekende brief
# opsturen naar DVZ … maar dus niet vanuit het buitenland", seed 004), -EARLIER-ELEMENTS (seed 003),
# -MEDCERT-SEVERITY and -MEDCERT-TREATMENT ("de ziekte, de graad van ernst, en de noodzakelijk geachte
# behandeling", seed 004) ---------------------------------------------------------------------------------------


def _receipt(text: str, *, stated: bool = True) -> list:
    types = {"bewijs.pdf": "registered-mail-receipt"} if stated else {}
    return run(dossier({"bewijs.pdf": [text]}, procedure="be-9ter", documents=types), "BE9TER-FROM-BELGIUM")


def test_posted_abroad_names_the_post_office() -> None:
    (found,) = _receipt("PostNL\nAangetekend\nGeadresseerde: DVZ, Pachecolaan 44, 1000 Brussel")
    assert full([found]) == [("posted-abroad", "bewijs.pdf", 1, "inadmissible", False)]
    assert found.evidence == {"found": "postnl"} and found.params == {"post": "postnl"}


def test_item_number_of_a_belgian_post_office_outweighs_a_foreign_name() -> None:
    # UPU S10: the item number ends with the code of the country it was posted in.
    assert _receipt("PostNL\nAangetekend RR 365 688 304 BE\nGeadresseerde: DVZ, Pachecolaan 44") == []
    (found,) = _receipt("PostNL\nAangetekend RR365688304NL\nGeadresseerde: DVZ, Pachecolaan 44")
    assert found.key == "posted-abroad"


def test_post_office_not_shown_on_the_receipt() -> None:
    (found,) = _receipt("Aangetekend\nGeadresseerde: DVZ, Pachecolaan 44, 1000 Brussel")
    assert full([found]) == [("not-shown", "bewijs.pdf", 1, "warning", True)]
    assert found.evidence == {"words": 7, "read": False}
    # A receipt taken for one on a guess is BE9TER-REGISTERED-MAIL's to point at.
    assert _receipt("PostNL aangetekend verzonden naar DVZ", stated=False) == []


def test_earlier_application_evidence_and_date() -> None:
    def found(**earlier: str) -> list:
        return run(dossier({}, procedure="be-9ter", earlier_9ter=earlier), "BE9TER-EARLIER-ELEMENTS")

    (pending,) = found(submitted_on="2025-03-01", outcome="pending")
    assert pending.evidence == {"outcome": "pending", "submitted_on": "2025-03-01"}
    assert pending.params == {"date": "2025-03-01"}
    (refused,) = found(outcome="refused")
    assert refused.evidence == {"outcome": "refused", "submitted_on": "?"}
    assert (refused.params["date"], refused.params["outcome"].key) == ("?", "outcome.refused")
    assert found(submitted_on="2025-03-01", outcome="withdrawn") == []


SEVERITY_CERTIFICATE = (
    "STANDAARD MEDISCH GETUIGSCHRIFT\nB/ DIAGNOSE\nChronische nierinsufficiëntie stadium 5.\n"
    "Graad van ernst: {severity}\nC/ Huidige behandeling\n{treatment}\nDatum: 05.11.2026"
)


def _conditions(
    rule_id: str, severity: str = "ernstig, levensbedreigend", treatment: str = "Hemodialyse, levenslang."
) -> list:
    text = SEVERITY_CERTIFICATE.format(severity=severity, treatment=treatment)
    d = dossier(
        {"getuigschrift.pdf": [text]},
        procedure="be-9ter",
        documents={"getuigschrift.pdf": "medical-certificate"},
    )
    return run(d, rule_id)


def test_severity_in_a_single_word_named() -> None:
    (found,) = _conditions("BE9TER-MEDCERT-SEVERITY", severity="ernstig")
    assert full([found]) == [("single-word", "getuigschrift.pdf", 1, "warning", False)]
    assert found.evidence == {"found": "ernstig"} and found.params == {"word": "ernstig"}
    # Two words, or a word beside a one-letter value ("stadium 5"), are not one word.
    assert _conditions("BE9TER-MEDCERT-SEVERITY", severity="zeer ernstig") == []
    (staged,) = _conditions("BE9TER-MEDCERT-SEVERITY", severity="stadium 5")
    assert staged.params == {"word": "stadium"}
    # A certificate with no severity heading: BE9TER-MEDCERT-FIELDS says so.
    text = SEVERITY_CERTIFICATE.replace("Graad van ernst: {severity}\n", "").format(treatment="Hemodialyse.")
    d = dossier(
        {"getuigschrift.pdf": [text]},
        procedure="be-9ter",
        documents={"getuigschrift.pdf": "medical-certificate"},
    )
    assert run(d, "BE9TER-MEDCERT-SEVERITY") == []


def test_treatment_without_its_nature_or_its_duration() -> None:
    assert _conditions("BE9TER-MEDCERT-TREATMENT") == []
    (found,) = _conditions("BE9TER-MEDCERT-TREATMENT", treatment="Hemodialyse driemaal per week.")
    assert full([found]) == [("no-duration", "getuigschrift.pdf", 1, "warning", True)]
    assert found.evidence == {"section": "treatment"}
    (found,) = _conditions("BE9TER-MEDCERT-TREATMENT", treatment="Zoals besproken, nog 6 maanden.")
    assert full([found]) == [("no-nature", "getuigschrift.pdf", 1, "warning", True)]
    assert found.evidence == {"section": "treatment"}
    # An empty treatment section, or letters that make no word: BE9TER-MEDCERT-FIELDS says so.
    assert _conditions("BE9TER-MEDCERT-TREATMENT", treatment="") == []
    assert _conditions("BE9TER-MEDCERT-TREATMENT", treatment="x - y") == []


def test_receipts_each_judged_and_only_when_taken_for_one_surely() -> None:
    # Recognised by its file name only, while its words are a medical statement's: BE9TER-REGISTERED-MAIL's.
    guessed = {"aangetekend.pdf": ["PostNL. Mijn advocaat stuurt de aanvraag naar de arts."]}
    assert run(dossier(guessed, procedure="be-9ter"), "BE9TER-FROM-BELGIUM") == []
    receipts = {
        "eerste.pdf": ["PostNL\nAangetekend RR365688304BE"],
        "tweede.pdf": ["PostNL\nAangetekend\nGeadresseerde: DVZ"],
    }
    types = dict.fromkeys(receipts, "registered-mail-receipt")
    found = run(dossier(receipts, procedure="be-9ter", documents=types), "BE9TER-FROM-BELGIUM")
    assert keys(found) == [("posted-abroad", "tweede.pdf", 1)]


def test_belgian_receipt_in_the_forms_three_languages_or_read_in_full() -> None:
    # "AANGETEKEND - RECOMMANDÉ - EINSCHREIBEN": the Belgian form's heading, however it is punctuated.
    assert _receipt("AANGETEKEND - RECOMMANDÉ - EINSCHREIBEN\nGeadresseerde: DVZ, Pachecolaan 44") == []
    # Twenty-five words read and no post office among them: read, but not shown.
    text = " ".join(["Aangetekend", *(["Pachecolaan 44 Brussel DVZ"] * 6)])
    assert len(text.split()) == 25
    (found,) = _receipt(text)
    assert found.evidence == {"words": 25, "read": True}


def test_severity_beside_a_stage_in_roman_figures_is_two_words() -> None:
    assert _conditions("BE9TER-MEDCERT-SEVERITY", severity="stadium IV") == []


def _guessed_certificate(text: str) -> object:
    d = dossier({"getuigschrift.pdf": [text]}, procedure="be-9ter", documents={})
    (cert,) = d.documents_of("medical-certificate")
    cert.confidence = 0.3
    return d


def test_severity_and_treatment_of_a_guessed_certificate_are_unverified() -> None:
    single = SEVERITY_CERTIFICATE.format(severity="ernstig", treatment="Hemodialyse, levenslang.")
    assert [(f.key, f.unverified) for f in run(_guessed_certificate(single), "BE9TER-MEDCERT-SEVERITY")] == [
        ("single-word", True)
    ]
    vague = SEVERITY_CERTIFICATE.format(severity="ernstig, levensbedreigend", treatment="Zoals besproken.")
    assert [(f.key, f.unverified) for f in run(_guessed_certificate(vague), "BE9TER-MEDCERT-TREATMENT")] == [
        ("no-nature-duration", True)
    ]


def test_treatment_of_each_certificate() -> None:
    untreated = SEVERITY_CERTIFICATE.replace("C/ Huidige behandeling\n{treatment}\n", "").format(
        severity="ernstig"
    )
    vague = SEVERITY_CERTIFICATE.format(severity="ernstig", treatment="Hemodialyse driemaal per week.")
    d = dossier(
        {"eerste.pdf": [untreated], "tweede.pdf": [vague]},
        procedure="be-9ter",
        documents={"eerste.pdf": "medical-certificate", "tweede.pdf": "medical-certificate"},
    )
    assert keys(run(d, "BE9TER-MEDCERT-TREATMENT")) == [("no-duration", "tweede.pdf", 1)]


def test_severity_boxes_as_ocr_reads_them_left_empty() -> None:
    # "[_] licht L] matig LL] ernstig L] zeer ernstig": OCR's empty boxes are no answer, nor are their remains.
    for boxes in (
        "Graad van ernst:[ ] licht [ ] matig [ ] ernstig [ ] zeer ernstig",
        "Graad van ernst: LL] licht oO matig OO ernstig L] zeer ernstig zie bijlage",
    ):
        found = _fields(CERTIFICATE.replace(SEVERITY, boxes))
        assert full(found) == [("no-severity", "getuigschrift.pdf", 1, "inadmissible", False)], boxes


def test_lawyers_address_written_postcode_first_is_no_place_to_look_at() -> None:
    # "1050 Ixelles, Avenue Louise 250": the postcode-first way of writing an address.
    chosen = "Gekozen woonplaats:\n1050 Elsene, Louizalaan 250"
    (found,) = _address("\n".join([HEAD, PERSONAL, LABEL, chosen, CLOSING]))
    assert (found.severity, found.evidence["look_at"]) == ("inadmissible", [])


def test_receipt_missing_beside_a_mail_that_may_be_one() -> None:
    mail = (
        "Geachte meester, zoals afgesproken stuur ik de aanvraag morgen aangetekend met bpost naar DVZ. Ik bezorg "
        "u daarna een kopie van het bewijs, zodat u het aan het dossier kunt toevoegen. Met vriendelijke groet, Samira"
    )
    (found,) = _mail({"mail.pdf": [mail]})
    assert full([found]) == [("missing", None, None, "warning", True)]
    assert found.evidence["look_at"] == ["mail.pdf (1)"]


def test_identity_proven_names_every_piece() -> None:
    d = be9ter({"geboorteakte.pdf": [BIRTH]}, documents={"geboorteakte.pdf": "birth-certificate"})
    (found,) = run(d, "BE9TER-IDENTITY")
    assert (found.key, found.params) == (
        "proven-identity-document",
        {"files": "geboorteakte.pdf, paspoort.pdf"},
    )


def test_no_application_beside_a_mail_that_may_be_one() -> None:
    mail = (
        "Geachte meester, hierbij stuur ik u de gegevens voor mijn aanvraag tot machtiging tot verblijf op grond van "
        "artikel 9ter, zodat u de aanvraag aan DVZ kunt bezorgen. Ik ben beschikbaar voor vragen. Met vriendelijke "
        "groet, Samira Ouali"
    )
    d = be9ter({"mail.pdf": [mail]}, documents={"aanvraag.pdf": "medical-statement"})
    (found,) = run(d, "BE9TER-ADDRESS")
    assert full([found]) == [("no-application", None, None, "warning", True)]
    assert found.evidence["look_at"] == ["mail.pdf (1)"]


def test_severity_in_one_word_that_is_no_box_to_tick_or_in_words_without_one() -> None:
    # "zwaar": a degree, however briefly (BE9TER-MEDCERT-SEVERITY warns of that one word).
    assert _fields(CERTIFICATE.replace(SEVERITY, "Graad van ernst: zwaar.")) == []
    assert (
        _fields(
            CERTIFICATE.replace(SEVERITY, "Graad van ernst: levensbedreigend zonder dagelijkse insuline.")
        )
        == []
    )


def test_chosen_domicile_right_after_a_blank_residence_field_is_no_residence() -> None:
    # The next field's colon lost (OCR): the lawyer's address, under the chosen domicile, is no residence.
    text = "\n".join([HEAD, PERSONAL, LABEL, "Gekozen woonplaats Kortrijksesteenweg 112, 9000 Gent", CLOSING])
    assert full(_address(text)) == [("missing", "aanvraag.pdf", 1, "inadmissible", False)]


def test_doctor_number_on_a_stamp_without_its_label_its_later_hyphens_misread() -> None:
    # fortysecond be9ter-clean-20 (read after its blind run): a certificate with no "RIZIV-nummer" label, the number on
    # the doctor's stamp only, read "1-96647.69 580": "no RIZIV number" to check by hand. Grouped the RIZIV's way (one,
    # five, two and three digits), it is the doctor's; a national number's groups (2.2.2-3.2) are not.
    def found(number: str) -> list:
        text = CERTIFICATE.replace("RIZIV-nummer: 1-23456-78-901\n", "").replace(
            "Naam van de arts:", f"{number}\n"
        )
        return [
            f.key for f in run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-DOCTOR")
        ]

    assert found("Dr. An Verhoeven\n1-96647.69 580") == []
    assert found("Dr. An Verhoeven\n79.07.16-214.30") == ["no-doctor-number"]
    # fortyfifth be9ter-clean-03 (read after its blind run): the stamp's frame read as a sign glued before it.
    assert found("INFECTIOLOOG\n41-10083-12-580 | 9000 Gent") == []


def test_doctor_number_asked_on_the_stamps_line_is_on_the_stamp_where_one_stands() -> None:
    # fortythird be9ter-clean-02, -04, -07 and -16 (read after its blind run): the old model's last line "Naam,
    # handtekening en stempel van de arts (met RIZIV-nummer):", the number on the doctor's oval stamp under it, which
    # OCR did not read: "no RIZIV number", inadmissible. Where the hand and the stamp stand, the number may be on the
    # stamp: "check by hand". Where nothing does, the blank is evidence still.
    text = CERTIFICATE.replace(
        "RIZIV-nummer: 1-23456-78-901\nHandtekening en stempel van de arts:", ""
    ).replace(
        "Naam van de arts: dr. An Verhoeven\n",
        "Naam, handtekening en stempel van de arts (met RIZIV-nummer):",
    )
    stamped = run(be9ter({"getuigschrift.pdf": [certificate(text)]}), "BE9TER-MEDCERT-DOCTOR")
    assert full(stamped) == [("no-doctor-number", "getuigschrift.pdf", 1, "warning", True)]
    bare = run(be9ter({"getuigschrift.pdf": [certificate(text, signed=False)]}), "BE9TER-MEDCERT-DOCTOR")
    assert ("no-doctor-number", "getuigschrift.pdf", 1, "inadmissible", False) in full(bare)
