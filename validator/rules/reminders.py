"""The conditions of the seeds no document can show (an exclusion ground, a term after submission): each said
once, as `info`, so that the report is not read as covering them (validator/data/coverage.yaml)."""

from __future__ import annotations

from collections.abc import Iterator

from validator import coverage, procedures
from validator.model import Dossier, Finding, RuleConfig
from validator.rules import finding, rule


@rule("NOT-CHECKABLE", keys=("reminder",))
def not_checkable(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    said: set[str] = set()
    for condition in coverage.conditions(dossier.procedure.id):
        # Two lines of the seeds may come to one reminder (public order, fraud): it is said once.
        if (
            not condition.reminder
            or not condition.applies(dossier.manifest)
            or condition.reminder["en"] in said
        ):
            continue
        said.add(condition.reminder["en"])
        source = procedures.sources()[condition.source]
        yield finding(
            cfg,
            "reminder",
            severity="info",
            legal_basis=f"“{condition.quote}” — {source.cite()}",
            evidence={"source": condition.source},
            condition=condition.reminder,
        )
