"""Seed coverage: every condition of each procedure's seed pages, with the rule that checks it or the reminder the
report prints because no document can show it (`validator/data/coverage.yaml`).

A lawyer reads the report as "everything that can go wrong"; what the validator cannot check is said, once, as an
`info` finding of NOT-CHECKABLE, rather than left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from validator import i18n, yamlconfig
from validator.model import Manifest


@dataclass(frozen=True)
class Condition:
    source: str
    quote: str
    rules: tuple[str, ...]
    # What the report says instead, in nl, en and fr, when no document can show the condition.
    reminder: dict[str, str] | None
    # The applicant it concerns: manifest values (route, nationality) it applies to; empty: everyone.
    when: dict[str, tuple[str, ...]]

    def applies(self, manifest: Manifest) -> bool:
        """The condition concerns this applicant, or may: a fact the dossier does not give rules nothing out."""
        facts = {"route": manifest.previous_permit.purpose, "nationality": manifest.applicant.nationality}
        return all(facts[key] is None or facts[key] in values for key, values in self.when.items())


@cache
def _data() -> dict[str, Any]:
    return yamlconfig.package_data("coverage.yaml", "coverage.schema.yaml")


def _condition(raw: dict[str, Any]) -> Condition:
    return Condition(
        raw["source"],
        " ".join(raw["quote"].split()),
        tuple(raw.get("rules", [])),
        raw.get("reminder"),
        {k: tuple(v) for k, v in raw.get("when", {}).items()},
    )


def groups() -> dict[str, list[Condition]]:
    return {name: [_condition(c) for c in conditions] for name, conditions in _data()["groups"].items()}


def procedure_ids() -> list[str]:
    return list(_data()["procedures"])


def sections(procedure_id: str) -> list[tuple[str | None, list[Condition]]]:
    """The procedure's conditions: its own first (None), then each group it includes, by name."""
    entry = _data()["procedures"].get(procedure_id, {})
    own = [_condition(c) for c in entry.get("conditions", [])]
    return [(None, own)] + [(name, groups()[name]) for name in entry.get("groups", [])]


def conditions(procedure_id: str) -> list[Condition]:
    return [c for _, listed in sections(procedure_id) for c in listed]


def _row(condition: Condition, lang: str) -> str:
    if condition.rules:
        checked = ", ".join(f"`{r}`" for r in condition.rules)
    else:
        checked = f"{i18n.ui(lang, 'coverage.not_checkable')}: {condition.reminder[lang] if condition.reminder else ''}"
    when = "; ".join(f"{k}: {', '.join(v)}" for k, v in condition.when.items())
    quote = condition.quote.replace("|", "\\|")
    return f"| {condition.source} | “{quote}”{f' ({when})' if when else ''} | {checked} |"


def table(procedure_id: str, lang: str = "en", with_groups: bool = True) -> str:
    """The procedure's coverage as a Markdown table; groups as a line naming them (their tables stand apart)."""
    lines = [table_head(lang)]
    included = []
    for name, listed in sections(procedure_id):
        if name is None or with_groups:
            lines.extend(_row(c, lang) for c in listed)
        else:
            included.append(name)
    if included:
        lines.append("\n" + i18n.ui(lang, "coverage.includes", groups=", ".join(included)))
    return "\n".join(lines)


def markdown(lang: str = "en") -> str:
    """Every procedure's table and every group's, for the README (a test keeps the README equal to it)."""
    parts = [
        f"#### {i18n.ui(lang, 'coverage.group')} `{name}`\n\n"
        + "\n".join([table_head(lang)] + [_row(c, lang) for c in listed])
        for name, listed in groups().items()
    ]
    parts += [f"#### `{pid}`\n\n" + table(pid, lang, with_groups=False) for pid in procedure_ids()]
    return "\n\n".join(parts) + "\n"


def table_head(lang: str) -> str:
    return (
        f"| {i18n.ui(lang, 'coverage.source')} | {i18n.ui(lang, 'coverage.condition')} | "
        f"{i18n.ui(lang, 'coverage.checked_by')} |\n|---|---|---|"
    )
