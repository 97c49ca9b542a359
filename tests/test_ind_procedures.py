"""IND procedures through the pipeline: every form of seed 001 with its fee, the continued-residence route on the
command line. Each rule's branches are in test_rule_branches*.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.conftest import born_digital_pdf, run_cli
from tests.memory import passport_zone
from validator import i18n, procedures
from validator.model import Dossier, Finding, PreviousPermit
from validator.pipeline import CheckOptions, load_dossier, run_rules

V = "2840517396"
SUBMITTED = dt.date(2026, 12, 1)
FORMS = ["ind-7055", "ind-7018", "ind-7026", "ind-7027", "ind-7031", "ind-7024", "ind-6009"]


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    """A born-digital dossier with nothing wrong in its copies: only the procedure's own rules speak."""
    folder = tmp_path_factory.mktemp("ind")
    born_digital_pdf(folder / "aanvraag.pdf", [f"V-nummer: {V}\nAanvraag humanitair niet tijdelijk."])
    manifest = {"submission_date": SUBMITTED.isoformat(), "applicant": {"v_number": V}}
    return load_dossier(folder, CheckOptions(manifest, jobs=1))


def _check(dossier: Dossier, procedure: str, **manifest: object) -> list[Finding]:
    changed = dataclasses.replace(
        dossier,
        procedure=procedures.load(procedure),
        manifest=dataclasses.replace(dossier.manifest, **manifest),
    )
    found = run_rules(changed)
    for f in found:
        i18n.localize(f, "en")
    return found


def _of(found: list[Finding], rule: str) -> list[Finding]:
    return [f for f in found if f.rule == rule]


def test_procedures_lists_every_form_with_its_source() -> None:
    proc = run_cli("procedures")
    assert proc.returncode == 0
    for pid in FORMS + ["ind-medical-treatment", "ind-hnt-continued", "ind-generic"]:
        assert pid in proc.stdout
    assert "seed 000" in proc.stdout and "seed 001" in proc.stdout and "seed 002" in proc.stdout


@pytest.mark.parametrize("form", FORMS)
def test_each_form_has_copy_rules_and_a_cited_fee(dossier: Dossier, form: str) -> None:
    proc = procedures.load(form)
    assert {"IND-COPY-A4", "IND-COPY-VNUMBER", "IND-FEE"} <= {r.id for r in proc.rules}
    found = _check(dossier, form)
    fees = [f for f in _of(found, "IND-FEE") if f.key == "fee"]
    assert fees and all("seed 00" in f.legal_basis and "€" in f.legal_basis for f in fees)
    assert not [f for f in found if f.severity in ("deficiency", "inadmissible")]


def test_7027_fee_conflict_between_sources_is_reported(dossier: Dossier) -> None:
    found = _of(_check(dossier, "ind-7027"), "IND-FEE")
    amounts = {f.evidence["amount"]: f.legal_basis for f in found if f.key == "fee"}
    assert set(amounts) == {1057, 1003}
    assert "seed 001" in amounts[1057] and "seed 002" in amounts[1003]
    (conflict,) = [f for f in found if f.key == "conflict"]
    assert conflict.severity == "warning" and "1057" in conflict.message and "1003" in conflict.message


def test_route_missing_or_unknown_is_a_warning_not_an_all_clear(dossier: Dossier) -> None:
    (missing,) = _of(_check(dossier, "ind-hnt-continued"), "IND-HNT-DURATION")
    assert (missing.key, missing.severity) == ("no-route", "warning")
    (unknown,) = _of(
        _check(dossier, "ind-hnt-continued", previous_permit=PreviousPermit("medisch")), "IND-HNT-DURATION"
    )
    assert unknown.key == "unknown-route" and "medical-treatment" in unknown.remedy
    (no_since,) = _of(
        _check(dossier, "ind-hnt-continued", previous_permit=PreviousPermit("relationship")),
        "IND-HNT-DURATION",
    )
    assert (no_since.key, no_since.severity) == ("no-since", "warning")


def test_cli_flags_for_the_continued_residence_route(tmp_path: Path) -> None:
    born_digital_pdf(tmp_path / "aanvraag.pdf", [f"V-nummer: {V}\nAanvraag humanitair niet tijdelijk."])
    # The valid passport every IND application needs (ID-SUFFICIENCY), so that the route is all that is judged.
    born_digital_pdf(
        tmp_path / "paspoort.pdf", [f"V-nummer: {V}\nPASPOORT\n" + passport_zone("AMRANI", "YOUSSEF")]
    )
    proc = run_cli(
        "check",
        tmp_path,
        "--quiet",
        "--procedure",
        "ind-hnt-continued",
        "--applicant-v-number",
        V,
        "--submission-date",
        "2026-12-01",
        "--previous-permit-purpose",
        "trafficking-victim",
        "--previous-permit-since",
        "2025-01-01",
        "--previous-permit-perpetrator-convicted",
    )
    assert proc.returncode == 0, proc.stdout
    proc = run_cli(
        "check",
        tmp_path,
        "--quiet",
        "--procedure",
        "ind-hnt-continued",
        "--applicant-v-number",
        V,
        "--submission-date",
        "2026-12-01",
        "--previous-permit-purpose",
        "trafficking-victim",
        "--previous-permit-since",
        "2025-01-01",
        "--lang",
        "en",
    )
    assert proc.returncode == 1 and "2028-01-01" in proc.stdout


def test_unknown_source_in_a_fee_is_a_schema_error(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    shutil.copytree(procedures.PACKAGED, schemas)
    text = (schemas / "ind-7031.yaml").read_text()
    (schemas / "ind-7031.yaml").write_text(
        text.replace(
            '{source: ind-001, quote: "Deze aanvraag kost € 58."}\n    ',
            '{source: ind-009, quote: "Deze aanvraag kost € 58."}\n    ',
            1,
        )
    )
    proc = run_cli("procedures", env={"VALIDATOR_PROCEDURES": str(schemas)})
    assert proc.returncode == 2
    assert "rules.IND-FEE.params.fees.0.legal_basis.source: unknown source 'ind-009'" in proc.stderr
