"""The JSON report of shared/spec/dossier.md: stable, versioned."""

from __future__ import annotations

import json
from typing import Any

from validator.model import Finding, Report


def as_dict(report: Report) -> dict[str, Any]:
    return {
        "schema_version": report.schema_version,
        "procedure": report.procedure,
        "submission_date": report.submission_date.isoformat(),
        "language": report.language,
        "verdict": report.verdict,
        "documents": [
            {
                "file": d.file,
                "type": d.type,
                "pages": d.pages,
                "languages": d.languages,
                "classified_by": d.classified_by,
                "confidence": d.confidence,
                "page_range": list(d.page_range) if d.page_range else None,
            }
            for d in report.documents
        ],
        "findings": [_finding(f) for f in report.findings],
        "stats": report.stats,
    }


def _finding(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {"rule": f.rule, "severity": f.severity}
    if f.unverified:
        # Only where it is so, as in shared/spec/dossier.md: a warning a person must check by hand.
        out["unverified"] = True
    out = {
        **out,
        "file": f.file,
        "page": f.page,
        "message": f.message,
        "remedy": f.remedy,
        "legal_basis": f.legal_basis,
        "evidence": f.evidence,
    }
    if f.checks:
        out["checks"] = [_finding(c) for c in f.checks]
    return out


def render(report: Report) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2, default=str) + "\n"
