"""IND procedures: every form of seed 001 with its fee, the art. 64 window, continued-residence durations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from tests.conftest import born_digital_pdf, run_cli
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
    changed = dataclasses.replace(dossier, procedure=procedures.load(procedure),
                                  manifest=dataclasses.replace(dossier.manifest, **manifest))
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


def test_fee_amount_for_the_applicants_nationality(dossier: Dossier) -> None:
    turkish = dataclasses.replace(dossier.manifest.applicant, nationality="TUR")
    found = _of(_check(dossier, "ind-6009", applicant=turkish), "IND-FEE")
    assert [(f.key, f.evidence["amount"]) for f in found] == [("fee", 174), ("other-amount-applies", 58)]
    dutch_fee = _of(_check(dossier, "ind-6009", applicant=dataclasses.replace(turkish, nationality="MAR")), "IND-FEE")
    assert [f.key for f in dutch_fee] == ["fee"]
    unknown = _of(_check(dossier, "ind-6009"), "IND-FEE")
    assert [f.key for f in unknown] == ["fee", "other-amount"]


def _routes() -> dict[str, int]:
    (cfg,) = [r for r in procedures.load("ind-hnt-continued").rules if r.id == "IND-HNT-DURATION"]
    return {name: route["years"] for name, route in cfg.params["routes"].items()}


@pytest.mark.parametrize("route", [r for r, years in _routes().items() if years])
def test_duration_one_day_short_and_one_day_past(dossier: Dossier, route: str) -> None:
    years = _routes()[route]
    reached_on_submission = SUBMITTED - relativedelta(years=years)
    short = _of(_check(dossier, "ind-hnt-continued", previous_permit=PreviousPermit(
        route, reached_on_submission + dt.timedelta(days=1))), "IND-HNT-DURATION")
    assert [(f.key, f.severity, f.params["days"]) for f in short] == [("too-early", "deficiency", 1)]
    assert "seed 002" in short[0].legal_basis and f"{years} " in short[0].legal_basis
    for since in (reached_on_submission, reached_on_submission - dt.timedelta(days=1)):
        met = _check(dossier, "ind-hnt-continued", previous_permit=PreviousPermit(route, since))
        assert not _of(met, "IND-HNT-DURATION"), (route, since)


def test_routes_without_a_minimum_and_a_conviction(dossier: Dossier) -> None:
    assert not _of(_check(dossier, "ind-hnt-continued", previous_permit=PreviousPermit(
        "partner-death", SUBMITTED - dt.timedelta(days=30))), "IND-HNT-DURATION")
    recent = SUBMITTED - relativedelta(years=1)
    convicted = PreviousPermit("trafficking-victim", recent, perpetrator_convicted=True)
    assert not _of(_check(dossier, "ind-hnt-continued", previous_permit=convicted), "IND-HNT-DURATION")
    pending = PreviousPermit("trafficking-victim", recent)
    assert [f.key for f in _of(_check(dossier, "ind-hnt-continued", previous_permit=pending), "IND-HNT-DURATION")] \
        == ["too-early"]


def test_route_missing_or_unknown_is_a_warning_not_an_all_clear(dossier: Dossier) -> None:
    (missing,) = _of(_check(dossier, "ind-hnt-continued"), "IND-HNT-DURATION")
    assert (missing.key, missing.severity) == ("no-route", "warning")
    (unknown,) = _of(_check(dossier, "ind-hnt-continued", previous_permit=PreviousPermit("medisch")),
                     "IND-HNT-DURATION")
    assert unknown.key == "unknown-route" and "medical-treatment" in unknown.remedy
    (no_since,) = _of(_check(dossier, "ind-hnt-continued", previous_permit=PreviousPermit("relationship")),
                      "IND-HNT-DURATION")
    assert (no_since.key, no_since.severity) == ("no-since", "warning")


@pytest.mark.parametrize("offset, key", [(-29, "too-late"), (-28, "inside"), (0, "inside"), (28, "inside"),
                                         (29, "too-early")])
def test_art64_window_edges(dossier: Dossier, offset: int, key: str) -> None:
    # offset: days from the submission date to the end of the year of deferred departure.
    found = _of(_check(dossier, "ind-medical-treatment", art64_ends_on=SUBMITTED + dt.timedelta(days=offset)),
                "IND-MED-ART64-WINDOW")
    assert [f.key for f in found] == [key]
    assert found[0].severity == ("info" if key == "inside" else "deficiency")


def test_no_art64_no_window_and_suriname_note(dossier: Dossier) -> None:
    assert not _of(_check(dossier, "ind-medical-treatment"), "IND-MED-ART64-WINDOW")
    surinamese = dataclasses.replace(dossier.manifest.applicant, nationality="SUR")
    (note,) = _of(_check(dossier, "ind-medical-treatment", applicant=surinamese), "IND-MED-SURINAME")
    assert note.severity == "info" and "6 maanden" in note.legal_basis


def test_cli_flags_for_the_continued_residence_route(tmp_path: Path) -> None:
    born_digital_pdf(tmp_path / "aanvraag.pdf", [f"V-nummer: {V}\nAanvraag humanitair niet tijdelijk."])
    proc = run_cli("check", tmp_path, "--quiet", "--procedure", "ind-hnt-continued", "--applicant-v-number", V,
                   "--submission-date", "2026-12-01", "--previous-permit-purpose", "trafficking-victim",
                   "--previous-permit-since", "2025-01-01", "--previous-permit-perpetrator-convicted")
    assert proc.returncode == 0, proc.stdout
    proc = run_cli("check", tmp_path, "--quiet", "--procedure", "ind-hnt-continued", "--applicant-v-number", V,
                   "--submission-date", "2026-12-01", "--previous-permit-purpose", "trafficking-victim",
                   "--previous-permit-since", "2025-01-01", "--lang", "en")
    assert proc.returncode == 1 and "2028-01-01" in proc.stdout


def test_unknown_source_in_a_fee_is_a_schema_error(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    shutil.copytree(procedures.PACKAGED, schemas)
    text = (schemas / "ind-7031.yaml").read_text()
    (schemas / "ind-7031.yaml").write_text(text.replace("{source: ind-001, quote: \"Deze aanvraag kost € 58.\"}\n    ",
                                                        "{source: ind-009, quote: \"Deze aanvraag kost € 58.\"}\n    ", 1))
    proc = run_cli("procedures", env={"VALIDATOR_PROCEDURES": str(schemas)})
    assert proc.returncode == 2
    assert "rules.IND-FEE.params.fees.0.legal_basis.source: unknown source 'ind-009'" in proc.stderr
