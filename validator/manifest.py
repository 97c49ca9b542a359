"""The optional `dossier.yaml` at the top of a submission, checked against its schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from validator import yamlconfig
from validator.model import Applicant, Manifest

FILENAME = "dossier.yaml"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _digits(value: Any) -> str | None:
    if value is None:
        return None
    return "".join(ch for ch in str(value) if ch.isdigit()) or None


def parse(data: dict[str, Any], source: str | None = None) -> Manifest:
    applicant = data.get("applicant") or {}
    known = {"procedure", "submission_date", "language", "applicant", "documents"}
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
        extra={k: v for k, v in data.items() if k not in known},
        source=source,
    )


def load(path: Path | None) -> Manifest:
    if path is None:
        return Manifest()
    return parse(yamlconfig.load(path, "manifest.schema.yaml"), str(path))
