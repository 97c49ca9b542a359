"""validator as a library: check() returns the report the command makes, in the language asked for."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import validator
from tests.conftest import born_digital_pdf, valid_report

V = "1234567890"


def test_public_names() -> None:
    assert sorted(validator.__all__) == ["Finding", "Report", "ValidatorError", "__version__", "check"]
    assert all(hasattr(validator, name) for name in validator.__all__)


def test_check_returns_the_report(tmp_path: Path) -> None:
    born_digital_pdf(
        tmp_path / "brief.pdf",
        [
            f"V-nummer: {V}\nGeachte heer, mevrouw,\nHierbij mijn stukken.",
            "Pagina zonder nummer met wat tekst.",
        ],
    )
    report = validator.check(
        tmp_path,
        procedure="ind-generic",
        submission_date=dt.date(2026, 12, 1),
        language="en",
        applicant={"v_number": V},
    )
    assert isinstance(report, validator.Report)
    assert (report.procedure, report.language, report.verdict) == ("ind-generic", "en", "deficient")
    missing = [f for f in report.findings if f.rule == "IND-COPY-VNUMBER"]
    assert [(f.key, f.file, f.page) for f in missing] == [("missing", "brief.pdf", 2)]
    data = report.to_dict()
    valid_report(data)
    assert json.loads(report.to_json()) == json.loads(json.dumps(data, default=str))
    assert data["submission_date"] == "2026-12-01"


def test_a_dossier_that_cannot_be_checked_raises(tmp_path: Path) -> None:
    with pytest.raises(validator.ValidatorError):
        validator.check(tmp_path / "missing")
    with pytest.raises(validator.ValidatorError):
        validator.check(tmp_path, procedure="no-such-procedure")
