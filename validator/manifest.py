"""The optional `dossier.yaml` at the top of a submission, checked against its schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from validator import yamlconfig
from validator.limits import Limits, option
from validator.model import Applicant, Asylum, Earlier9ter, Manifest, PreviousPermit

FILENAME = "dossier.yaml"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _digits(value: Any) -> str | None:
    if value is None:
        return None
    return "".join(ch for ch in str(value) if ch.isdigit()) or None


def parse(data: dict[str, Any], source: str | None = None) -> Manifest:
    applicant = data.get("applicant") or {}
    previous = data.get("previous_permit") or {}
    asylum = data.get("asylum") or {}
    return Manifest(
        procedure=data.get("procedure"),
        submission_date=_date(data.get("submission_date")),
        language=data.get("language"),
        applicant=Applicant(
            name=applicant.get("name"),
            birth_date=_date(applicant.get("birth_date")),
            nationality=applicant.get("nationality"),
            v_number=_digits(applicant.get("v_number")),
            client_number=_digits(applicant.get("client_number")),
            national_number=_digits(applicant.get("national_number")),
        ),
        documents=dict(data.get("documents") or {}),
        art64_ends_on=_date((data.get("art64") or {}).get("ends_on")),
        previous_permit=PreviousPermit(
            previous.get("purpose"),
            _date(previous.get("since")),
            bool(previous.get("perpetrator_convicted")),
            previous.get("sponsor"),
        ),
        asylum=Asylum(asylum.get("language"), _date(asylum.get("refused_on")), bool(asylum.get("pending"))),
        registered_mail=data.get("registered_mail"),
        source=source,
        earlier_9ter=Earlier9ter(
            _date((data.get("earlier_9ter") or {}).get("submitted_on")),
            (data.get("earlier_9ter") or {}).get("outcome"),
        ),
    )


SCHEMA = "manifest.schema.yaml"


def override_keys() -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every scalar key of the manifest, as a path with its schema: each gets its own command-line flag."""

    def walk(node: dict[str, Any], prefix: tuple[str, ...]) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
        keys = []
        for name, sub in node.get("properties", {}).items():
            if sub.get("type") == "object" and "properties" in sub:
                keys.extend(walk(sub, prefix + (name,)))
            elif "additionalProperties" not in sub:
                keys.append((prefix + (name,), sub))
        return keys

    return walk(yamlconfig.schema(SCHEMA), ())


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        out[key] = _merge(out.get(key) or {}, value) if isinstance(value, dict) else value
    return out


def load(path: Path | None, overrides: dict[str, Any] | None = None, limits: Limits = Limits()) -> Manifest:
    """The manifest file (if any) with command-line values on top, both checked against the schema."""
    untrusted = yamlconfig.Untrusted(
        limits.manifest_bytes, limits.manifest_nodes, option("manifest_bytes"), option("manifest_nodes")
    )
    data = yamlconfig.load(path, SCHEMA, untrusted) if path else {}
    if overrides:
        yamlconfig.validate_plain(overrides, SCHEMA, "command line")
        data = _merge(data, overrides)
    return parse(data, str(path) if path else None)
