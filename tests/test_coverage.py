"""Seed coverage (issue 15): every condition of the seeds has a rule or a reminder, in the seed's own words."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, run_cli
from validator import coverage, procedures
from validator.rules import registry

SEEDS = ROOT.parent / "shared" / "seeds"


def _seed_text(source: str) -> str:
    (path,) = SEEDS.glob(f"{procedures.sources()[source].seed}")
    return " ".join(path.read_text(encoding="utf-8").split())


def test_every_procedure_has_a_coverage_table() -> None:
    assert {p.id for p in procedures.available()} == set(coverage.procedure_ids())


@pytest.mark.parametrize("procedure", coverage.procedure_ids())
def test_every_condition_has_a_rule_of_its_procedure_or_a_reminder(procedure: str) -> None:
    applied = {r.id for r in procedures.load(procedure).rules}
    conditions = coverage.conditions(procedure)
    assert conditions
    for c in conditions:
        assert bool(c.rules) != bool(c.reminder), (
            f"{procedure}: “{c.quote}” needs a rule id or a reminder, not both"
        )
        for rule_id in c.rules:
            assert rule_id in registry(), f"{procedure}: “{c.quote}” names {rule_id}, which does not exist"
            assert rule_id in applied, (
                f"{procedure}: “{c.quote}” names {rule_id}, which {procedure} does not apply"
            )
    if any(c.reminder for c in conditions):
        assert "NOT-CHECKABLE" in applied


@pytest.mark.parametrize("procedure", coverage.procedure_ids())
def test_every_condition_quotes_its_seed(procedure: str) -> None:
    for c in coverage.conditions(procedure):
        assert c.quote in _seed_text(c.source), f"{procedure}: not on seed {c.source}: “{c.quote}”"


def test_the_conditions_of_issue_15_are_in_the_table() -> None:
    """The conditions the issue found missing, each in the seed's words, now mapped."""

    def mapped(procedure: str, words: str) -> set[str]:
        found = [c for c in coverage.conditions(procedure) if words in c.quote]
        assert found, f"{procedure}: no condition quotes “{words}”"
        return {r for c in found for r in c.rules} | (
            {"NOT-CHECKABLE"} if any(c.reminder for c in found) else set()
        )

    assert "BE9TER-FROM-BELGIUM" in mapped("be-9ter", "vanuit België")
    assert "BE9TER-EARLIER-ELEMENTS" in mapped("be-9ter", "reeds ingeroepen")
    assert mapped("be-9ter", "artikel 55/4") == {"NOT-CHECKABLE"}
    assert mapped("be-9ter", "artikel 9bis, § 2") == {"NOT-CHECKABLE"}
    assert {"BE9TER-MEDCERT-SEVERITY", "BE9TER-MEDCERT-TREATMENT"} <= mapped("be-9ter", "graad van ernst")
    assert mapped("ind-medical-treatment", "binnen 3 maanden") == {"NOT-CHECKABLE"}
    assert "IND-MED-MOST-SUITABLE" in mapped("ind-medical-treatment", "meest aangewezen")
    assert "IND-MED-PUBLIC-FUNDS" in mapped("ind-medical-treatment", "algemene middelen")
    assert mapped("ind-medical-treatment", "niet werken") == {"NOT-CHECKABLE"}
    assert mapped("ind-medical-treatment", "maximaal 1 jaar") == {"NOT-CHECKABLE"}
    assert "IND-HNT-SPONSOR" in mapped("ind-hnt-continued", "niet-tijdelijk doel")
    assert mapped("ind-hnt-continued", "hoofdverblijf") == {"NOT-CHECKABLE"}
    assert mapped("ind-hnt-continued", "Turkse onderdanen") == {"NOT-CHECKABLE"}
    assert mapped("ind-hnt-continued", "biometrische") == {"NOT-CHECKABLE"}
    assert mapped("ind-hnt-continued", "90 dagen") == {"NOT-CHECKABLE"}
    assert "IND-HNT-DURATION" in mapped("ind-hnt-continued", "kinderbeschermingsmaatregel")


def test_the_readme_holds_the_coverage_tables() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert coverage.markdown("en") in readme


def test_procedures_prints_the_coverage_of_one_procedure() -> None:
    proc = run_cli("procedures", "be-9ter", "--coverage", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "artikel 55/4" in proc.stdout and "not checkable from documents" in proc.stdout
    assert "`BE9TER-FROM-BELGIUM`" in proc.stdout
