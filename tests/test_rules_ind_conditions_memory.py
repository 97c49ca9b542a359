"""The IND conditions of issue 15 (validator/rules/ind_conditions.py) and the reminders of what no document can
show (validator/rules/reminders.py): each boundary and each finding's evidence, in memory.

Seed 000: "Nederland is het meest aangewezen land voor de medische behandeling. Dit betekent dat in Nederland een
bijzonder medisch specialisme beschikbaar is"; "Deze verzekering en de kosten voor de behandeling betaalt u niet uit
algemene middelen"; "Doe uw aanvraag in de periode tussen 28 dagen voor en 28 dagen na het einde van het jaar
uitstel." Seed 002, the continued-residence routes that rest on a parent: "Uw ouder is Nederlander of heeft een
verblijfsvergunning voor een niet-tijdelijk doel."
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.memory import SUBMISSION, dossier, graded, run
from validator.model import Document, Dossier

SILENT = {"verklaring.pdf": ["Medische verklaring\nDe patiënt wordt behandeld voor diabetes."]}


def test_most_suitable_not_stated_names_what_to_say() -> None:
    [f] = run(dossier(SILENT, procedure="ind-medical-treatment"), "IND-MED-MOST-SUITABLE")
    assert (f.key, f.severity, f.unverified) == ("not-stated", "warning", True)
    assert f.evidence == {
        "expected": ["meest aangewezen land", "meest aangewezen", "bijzonder medisch specialisme"]
    }


# IND-MED-PUBLIC-FUNDS ----------------------------------------------------------------------------------------

PUBLIC = "ZORGVERZEKERING\nPolisblad\nDe premie wordt betaald uit de bijstandsuitkering."
SAYS_NOTHING = "ZORGVERZEKERING\nPolisblad\nDekking: basisverzekering."


def _policy(text: str, ends_on: dt.date | None = None, **manifest: object) -> Dossier:
    art64 = {"art64": {"ends_on": ends_on.isoformat()}} if ends_on else {}
    return dossier(
        {"polis.pdf": [text]},
        procedure="ind-medical-treatment",
        documents={"polis.pdf": "health-insurance"},
        **art64,
        **manifest,
    )


@pytest.mark.parametrize("offset", [28, 0, -28])
def test_public_funds_are_not_asked_in_the_art64_window(offset: int) -> None:
    # Seed 000: after art. 64, the conditions on income and payment do not apply; the window's first and last
    # days are in it.
    assert run(_policy(PUBLIC, SUBMISSION + dt.timedelta(days=offset)), "IND-MED-PUBLIC-FUNDS") == []


@pytest.mark.parametrize("offset", [29, -29])
def test_public_funds_are_asked_outside_the_art64_window(offset: int) -> None:
    found = run(_policy(PUBLIC, SUBMISSION + dt.timedelta(days=offset)), "IND-MED-PUBLIC-FUNDS")
    assert graded(found) == [("public", "polis.pdf", 1, "deficiency")]


def test_public_funds_read_the_procedures_window() -> None:
    d = _policy(PUBLIC, SUBMISSION + dt.timedelta(days=20))
    assert run(d, "IND-MED-PUBLIC-FUNDS") == []
    assert graded(run(d, "IND-MED-PUBLIC-FUNDS", art64_days=10)) == [("public", "polis.pdf", 1, "deficiency")]


def test_public_funds_evidence() -> None:
    [f] = run(_policy(PUBLIC), "IND-MED-PUBLIC-FUNDS")
    assert (f.evidence, f.params) == ({"found": "bijstandsuitkering"}, {"phrase": "bijstandsuitkering"})


@pytest.mark.parametrize(
    "text, public",
    [
        ("Polisblad. Niet uit bijstand betaald.", False),
        # The negation is looked for in the 25 characters before the phrase: 26 is too far.
        ("Polisblad. niet" + " " + "x" * 20 + " bijstand", True),
        ("Polisblad. niet" + " " + "x" * 19 + " bijstand", False),
    ],
)
def test_public_funds_negated(text: str, public: bool) -> None:
    found = run(_policy(text), "IND-MED-PUBLIC-FUNDS")
    assert [f.key for f in found] == (["public"] if public else ["payer-unknown"])


def test_public_funds_negation_at_the_start_of_the_text() -> None:
    assert [f.key for f in run(_policy("niet bijstand"), "IND-MED-PUBLIC-FUNDS")] == ["payer-unknown"]


def _typed_by_content(d: Dossier, *documents: Document) -> Dossier:
    d.documents = list(documents)
    return d


def test_public_funds_in_a_policy_taken_for_one_on_a_guess_is_unverified() -> None:
    d = dossier({"scan.pdf": ["Voorblad zonder inhoud", PUBLIC]}, procedure="ind-medical-treatment")
    d = _typed_by_content(d, Document("scan.pdf", 2, 2, "health-insurance", 0.3, "content"))
    [f] = run(d, "IND-MED-PUBLIC-FUNDS")
    assert (f.key, f.file, f.page, f.severity, f.unverified) == ("public", "scan.pdf", 2, "warning", True)


def test_payer_unknown_is_a_note_on_the_policy() -> None:
    d = dossier(
        {"inkomen.pdf": ["Loonstrook november"], "polis.pdf": ["Voorblad", SAYS_NOTHING]},
        procedure="ind-medical-treatment",
    )
    d = _typed_by_content(
        d,
        Document("inkomen.pdf", 1, 1, "income-proof", 0.9, "content"),
        Document("polis.pdf", 2, 2, "health-insurance", 0.9, "content"),
    )
    [f] = run(d, "IND-MED-PUBLIC-FUNDS")
    assert (f.key, f.file, f.page, f.severity, f.unverified) == (
        "payer-unknown",
        "polis.pdf",
        2,
        "info",
        False,
    )
    assert f.evidence == {"found": ["inkomen.pdf", "polis.pdf"]}


# IND-HNT-SPONSOR ---------------------------------------------------------------------------------------------

PARENT = "Uw ouder is Nederlander of heeft een verblijfsvergunning voor een niet-tijdelijk doel."


def _sponsor(**permit: str) -> list:
    d = dossier({}, procedure="ind-hnt-continued", previous_permit={"since": "2020-01-01", **permit})
    return run(d, "IND-HNT-SPONSOR")


def test_sponsor_of_the_parent_route_cites_its_own_line() -> None:
    [temporary] = _sponsor(purpose="parent", sponsor="temporary")
    assert (temporary.key, temporary.evidence) == ("temporary", {"found": "temporary"})
    assert PARENT in temporary.legal_basis
    [unknown] = _sponsor(purpose="parent")
    assert (unknown.key, unknown.severity, unknown.unverified) == ("unknown", "info", False)
    assert unknown.evidence == {"expected": ["dutch", "non-temporary"]}
    assert PARENT in unknown.legal_basis


def test_sponsor_is_not_asked_of_a_route_that_rests_on_no_one() -> None:
    assert _sponsor(purpose="medical-treatment") == []
    assert _sponsor() == []


# NOT-CHECKABLE -----------------------------------------------------------------------------------------------


def test_a_reminder_cites_its_own_line_of_the_seed() -> None:
    found = run(dossier({}, procedure="ind-7055"), "NOT-CHECKABLE")
    # Seed 001 on form 7055: "u de wettelijk vertegenwoordiger bent van een buitenlandse minderjarige vreemdeling".
    [f] = [f for f in found if "wettelijk vertegenwoordiger" in f.legal_basis]
    assert f.legal_basis.startswith(
        "“u de wettelijk vertegenwoordiger bent van een buitenlandse minderjarige"
    )
    assert f.evidence == {"source": "ind-001"}
    assert (f.key, f.severity, f.file, f.page) == ("reminder", "info", None, None)
