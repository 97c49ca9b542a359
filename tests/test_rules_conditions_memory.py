"""In-memory tests of the rules for the seeds' conditions of issue 15 (validator/rules/be9ter_conditions.py,
ind_conditions.py, reminders.py): each with the case that is a finding beside the one that is not. Their
sample-based tests are in tests/test_seed_conditions.py."""

from __future__ import annotations

from tests.memory import dossier, keys, run
from validator import i18n

CERTIFICATE = """STANDAARD MEDISCH GETUIGSCHRIFT
Naam en voornaam van de patiënt: BENALI Naima
B/ DIAGNOSE
Chronische nierinsufficiëntie stadium 5, hemodialyse driemaal per week.
Graad van ernst: {severity}
C/ Huidige behandeling
{treatment}
Datum: 05.11.2026
RIZIV-nummer: 1-23456-78-901"""


def _certificate(
    severity: str = "ernstig: zonder dialyse overlijden binnen enkele weken",
    treatment: str = "Hemodialyse driemaal per week en erytropoëtine 4000 IE, levenslang.",
) -> dict:
    return {"getuigschrift.pdf": [CERTIFICATE.format(severity=severity, treatment=treatment)]}


def test_from_belgium_posted_abroad_and_in_belgium() -> None:
    abroad = {"bewijs.pdf": ["PostNL\nAangetekend\nBewijs van afgifte\nGeadresseerde: DVZ, Pachecolaan 44"]}
    found = run(
        dossier(abroad, procedure="be-9ter", documents={"bewijs.pdf": "registered-mail-receipt"}),
        "BE9TER-FROM-BELGIUM",
    )
    assert [(f.key, f.severity) for f in found] == [("posted-abroad", "inadmissible")]
    home = {"bewijs.pdf": ["bpost\nAangetekend\nBewijs van afgifte\nGeadresseerde: DVZ, Pachecolaan 44"]}
    assert (
        run(
            dossier(home, procedure="be-9ter", documents={"bewijs.pdf": "registered-mail-receipt"}),
            "BE9TER-FROM-BELGIUM",
        )
        == []
    )


def test_a_receipt_bearing_bposts_barcode_was_posted_in_belgium() -> None:
    # bpost's FAQ ("What does a barcode look like and where can I find it?"): 24 digits starting with 3299 or 3232,
    # 18 digits starting with 3232, 30 digits starting with 010 for national registered mail. thirtyfifth
    # be9ter-clean-01 (read): an envelope's label read "3232 3933 .6281 2001 0967 1483", nothing else of the post.
    def found(number: str) -> list[tuple[str, bool]]:
        receipt = {"bewijs.jpg": [f"Cabinet Benali\n6000 Charleroi\n{number}\nDVZ - Dienst Medisch Verblijf"]}
        d = dossier(receipt, procedure="be-9ter", documents={"bewijs.jpg": "registered-mail-receipt"})
        return [(f.key, f.unverified) for f in run(d, "BE9TER-FROM-BELGIUM")]

    for number in (
        "3232 3933 .6281 2001 0967 1483",
        "329998745632147852365873",
        "323256984521032569",
        "010541288500452621221234567890",
    ):
        assert found(number) == [], number
    # Another shape, or one digit short or over: nothing says where it was posted.
    for number in (
        "3233 3933 6281 2001 0967 1483",
        "3232 3933 6281 2001 0967 148",
        "3232 3933 6281 2001 0967 14831",
    ):
        assert found(number) == [("not-shown", True)], number


def test_earlier_elements_pending_decided_and_formal() -> None:
    def found(outcome: str) -> list[tuple[str, str, bool]]:
        d = dossier({}, procedure="be-9ter", earlier_9ter={"submitted_on": "2025-03-01", "outcome": outcome})
        return [(f.key, f.severity, f.unverified) for f in run(d, "BE9TER-EARLIER-ELEMENTS")]

    assert found("pending") == [("pending-withdrawn", "warning", False)]
    assert found("refused") == [("elements-invoked", "warning", True)]
    assert found("inadmissible-formal") == []
    assert run(dossier({}, procedure="be-9ter"), "BE9TER-EARLIER-ELEMENTS") == []


def test_medcert_severity_in_a_single_word() -> None:
    single = dossier(
        _certificate(severity="ernstig"),
        procedure="be-9ter",
        documents={"getuigschrift.pdf": "medical-certificate"},
    )
    assert keys(run(single, "BE9TER-MEDCERT-SEVERITY")) == [("single-word", "getuigschrift.pdf", 1)]
    shown = dossier(
        _certificate(), procedure="be-9ter", documents={"getuigschrift.pdf": "medical-certificate"}
    )
    assert run(shown, "BE9TER-MEDCERT-SEVERITY") == []


def test_medcert_treatment_nature_and_duration() -> None:
    vague = dossier(
        _certificate(treatment="Zoals besproken met de patiënt en zijn familie."),
        procedure="be-9ter",
        documents={"getuigschrift.pdf": "medical-certificate"},
    )
    found = run(vague, "BE9TER-MEDCERT-TREATMENT")
    # Neither said is one finding: one section for a person to read.
    assert [(f.key, f.unverified) for f in found] == [("no-nature-duration", True)]
    assert "noch hoe lang" in i18n.localize(found[0], "nl").message
    full = dossier(
        _certificate(), procedure="be-9ter", documents={"getuigschrift.pdf": "medical-certificate"}
    )
    assert run(full, "BE9TER-MEDCERT-TREATMENT") == []
    # thirty-first and thirty-second (read): the German model's treatment, its medicine's dose in "IE".
    german = dossier(
        _certificate(
            treatment="Insulin glargin (Lantus) 24 IE abends; Insulin aspart (NovoRapid) nach Schema. Lebenslang."
        ),
        procedure="be-9ter",
        documents={"getuigschrift.pdf": "medical-certificate"},
    )
    assert run(german, "BE9TER-MEDCERT-TREATMENT") == []


def test_most_suitable_country_said_or_not() -> None:
    said = {"verklaring.pdf": ["Medische verklaring\nDe behandeling is in Marokko niet beschikbaar."]}
    assert run(dossier(said, procedure="ind-medical-treatment"), "IND-MED-MOST-SUITABLE") == []
    silent = {"verklaring.pdf": ["Medische verklaring\nDe patiënt wordt behandeld voor diabetes."]}
    found = run(dossier(silent, procedure="ind-medical-treatment"), "IND-MED-MOST-SUITABLE")
    assert [(f.key, f.unverified) for f in found] == [("not-stated", True)]


def test_public_funds_paying_the_insurance() -> None:
    public = {"polis.pdf": ["ZORGVERZEKERING\nPolisblad\nDe premie wordt betaald uit de bijstandsuitkering."]}
    found = run(
        dossier(public, procedure="ind-medical-treatment", documents={"polis.pdf": "health-insurance"}),
        "IND-MED-PUBLIC-FUNDS",
    )
    assert [(f.key, f.file, f.severity) for f in found] == [("public", "polis.pdf", "deficiency")]
    private = {"polis.pdf": ["ZORGVERZEKERING\nPolisblad\nDe premie wordt betaald door de verzekerde zelf."]}
    assert (
        run(
            dossier(private, procedure="ind-medical-treatment", documents={"polis.pdf": "health-insurance"}),
            "IND-MED-PUBLIC-FUNDS",
        )
        == []
    )


def test_hnt_sponsor_temporary_unknown_and_fine() -> None:
    def found(**permit: str) -> list[tuple[str, str, bool]]:
        d = dossier(
            {},
            procedure="ind-hnt-continued",
            previous_permit={"purpose": "relationship", "since": "2020-01-01", **permit},
        )
        return [(f.key, f.severity, f.unverified) for f in run(d, "IND-HNT-SPONSOR")]

    assert found(sponsor="temporary") == [("temporary", "deficiency", False)]
    assert found() == [("unknown", "info", False)]
    assert found(sponsor="dutch") == []


def test_not_checkable_reminders_are_said_once_as_info() -> None:
    found = run(dossier({}, procedure="be-9ter"), "NOT-CHECKABLE")
    assert found and all((f.key, f.severity, f.unverified) == ("reminder", "info", False) for f in found)
    assert len({f.message for f in found}) == len(found)
