"""The JSON Schemas of schemas/: the same as the package's own, and every sample's report valid against its schema."""

from __future__ import annotations

import json

import pytest

from samples.generate import DOSSIERS
from tests.conftest import ROOT, valid_report
from validator import published


@pytest.mark.parametrize("name", sorted(published.schemas()))
def test_published_schema_is_the_one_that_runs(name: str) -> None:
    on_disk = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
    # If this fails after a change to a schema or a rule's parameters: python -m validator.published schemas
    assert on_disk == published.schemas()[name]


@pytest.mark.parametrize("name", list(DOSSIERS))
def test_every_sample_report_is_valid(sample_report, name: str) -> None:
    # check_json validates every report it returns; most samples were checked by the tests before this one.
    _, report = sample_report(name)
    valid_report(report)


def test_schema_refuses_a_broken_report(sample_report) -> None:
    _, report = sample_report("ind-vnumber")
    broken = json.loads(json.dumps(report))
    broken["verdict"] = "fine"
    broken["findings"][0]["page"] = 0
    with pytest.raises(AssertionError):
        valid_report(broken)
