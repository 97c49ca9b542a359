"""Procedures are data: YAML files in `validator/data/procedures/`, checked against a JSON Schema on load.

A procedure lists the rules it applies, each with a severity, parameters and
the line of the authority's page it rests on. Fragments (such as the IND copy
rules) are written once and included by every procedure that shares them.
The schema a procedure is checked against gives each rule's parameters the
schema of that rule's contract, so a mistyped parameter is an error with its
line and column, never a silent default.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from validator import yamlconfig
from validator.errors import ConfigError, UnknownProcedure
from validator.model import DEFAULT_REPAIR_DAYS, Procedure, RuleConfig

PACKAGED = Path(__file__).resolve().parent / "data" / "procedures"


def procedures_dir() -> Path:
    """Where the procedures are: the package's own, or a folder of one's own (VALIDATOR_PROCEDURES)."""
    override = os.environ.get("VALIDATOR_PROCEDURES")
    return Path(override) if override else PACKAGED


@cache
def schema() -> dict[str, Any]:
    """The procedure schema with each rule's entry taking only the parameters that rule accepts."""
    from validator.rules import contracts

    full = copy.deepcopy(yamlconfig.schema("procedure.schema.yaml"))
    entry = full["properties"]["rules"]["additionalProperties"]
    full["properties"]["rules"]["properties"] = {
        rule_id: {**entry, "properties": {**entry["properties"], "params": contract.schema()}}
        for rule_id, contract in sorted(contracts().items())
    }
    return full


@dataclass(frozen=True)
class Source:
    id: str
    authority: str
    title: str
    seed: str
    updated: str | None

    def cite(self) -> str:
        return f"{self.authority}, “{self.title}” (seed {self.seed.split('_')[0]})"


@cache
def sources() -> dict[str, Source]:
    path = procedures_dir() / "sources.yaml"
    data = yamlconfig.load(path, "sources.schema.yaml")
    return {
        key: Source(key, v["authority"], v["title"], v["seed"], v.get("updated")) for key, v in data.items()
    }


@cache
def _raw(schema_id: str) -> tuple[Path, dict[str, Any]]:
    path = procedures_dir() / f"{schema_id}.yaml"
    if not path.is_file():
        raise UnknownProcedure(f"unknown procedure {schema_id!r}: no {path}")
    data = yamlconfig.load(path, schema())
    if data["id"] != schema_id:
        raise ConfigError([f"{path}:1:1 id: expected {schema_id!r} (the file name), got {data['id']!r}"])
    return path, data


def _merged_rules(schema_id: str, seen: tuple[str, ...] = ()) -> dict[str, dict[str, Any]]:
    if schema_id in seen:
        raise ConfigError([f"{_raw(seen[0])[0]}: include cycle: {' → '.join(seen + (schema_id,))}"])
    path, data = _raw(schema_id)
    merged: dict[str, dict[str, Any]] = {}
    for included in data.get("include", []):
        for rule_id, cfg in _merged_rules(included, seen + (schema_id,)).items():
            merged[rule_id] = cfg
    for rule_id, cfg in data.get("rules", {}).items():
        base = merged.get(rule_id, {})
        params = {**base.get("params", {}), **cfg.get("params", {})}
        merged[rule_id] = {**base, **cfg, "params": params}
    return merged


def _cite(basis: dict[str, str], where: str, problems: list[str]) -> str:
    """A legal basis as users read it: the quoted line, then the page it is on."""
    source = sources().get(basis["source"])
    if source is None:
        problems.append(f"{where}.source: unknown source {basis['source']!r}")
        return ""
    return f"“{' '.join(basis['quote'].split())}” — {source.cite()}"


def _cite_within(value: Any, where: str, problems: list[str]) -> Any:
    """Parameters may rest on their own line of a source (a fee, a route): cite those like the rule's own, with
    the date the source states beside it (`source_updated`, None for an undated page): fees change every year."""
    if isinstance(value, dict):
        cited = {
            k: _cite(v, f"{where}.{k}", problems)
            if k == "legal_basis" and isinstance(v, dict)
            else _cite_within(v, f"{where}.{k}", problems)
            for k, v in value.items()
        }
        if isinstance(value.get("legal_basis"), dict) and value["legal_basis"]["source"] in sources():
            cited["source_updated"] = sources()[value["legal_basis"]["source"]].updated
        return cited
    if isinstance(value, list):
        return [_cite_within(v, f"{where}.{i}", problems) for i, v in enumerate(value)]
    return value


@cache
def load(schema_id: str) -> Procedure:
    from validator.rules import contracts

    path, data = _raw(schema_id)
    if data["kind"] != "procedure":
        raise UnknownProcedure(f"{schema_id!r} is a fragment, not a procedure")
    known_sources = sources()
    problems: list[str] = []
    rules = []
    for rule_id, cfg in sorted(_merged_rules(schema_id).items()):
        if rule_id not in contracts():
            problems.append(f"{path}: rules.{rule_id}: no rule with this id is implemented")
            continue
        missing = [k for k in ("severity", "legal_basis") if k not in cfg]
        missing += [f"params.{k}" for k in sorted(contracts()[rule_id].required - set(cfg.get("params", {})))]
        if missing:
            problems.append(
                f"{path}: rules.{rule_id}: {' and '.join(missing)} required (here or in an include)"
            )
            continue
        where = f"{path}: rules.{rule_id}"
        citation = _cite(cfg["legal_basis"], f"{where}.legal_basis", problems)
        params = _cite_within(cfg.get("params", {}), f"{where}.params", problems)
        rules.append(RuleConfig(rule_id, cfg["severity"], params, citation))
    if data["source"] not in known_sources:
        problems.append(f"{path}: source: unknown source {data['source']!r}")
    if problems:
        raise ConfigError(problems)
    return Procedure(
        data["id"],
        data["authority"],
        data["title"],
        known_sources[data["source"]].cite(),
        tuple(rules),
        str(path),
        data.get("repair_days", DEFAULT_REPAIR_DAYS),
    )


def available() -> list[Procedure]:
    folder = procedures_dir()
    ids = sorted(p.stem for p in folder.glob("*.yaml") if p.stem != "sources")
    found = [load(i) for i in ids if _raw(i)[1]["kind"] == "procedure"]
    if not found:
        # An installation without its package data lists nothing rather than failing: say where it looked.
        raise ConfigError([f"{folder}: no procedures there"])
    return found
