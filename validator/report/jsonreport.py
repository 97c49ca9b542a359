"""The JSON report of shared/spec/dossier.md: stable, versioned."""

from __future__ import annotations

import json
from typing import Any

from validator.model import Report


def as_dict(report: Report) -> dict[str, Any]:
    return {
        "schema_version": report.schema_version,
        "procedure": report.procedure,
        "submission_date": report.submission_date.isoformat(),
        "language": report.language,
        "verdict": report.verdict,
        "documents": [
            {"file": d.file, "type": d.type, "pages": d.pages, "languages": d.languages,
             "classified_by": d.classified_by, "confidence": d.confidence,
             "page_range": list(d.page_range) if d.page_range else None}
            for d in report.documents
        ],
        "findings": [
            {"rule": f.rule, "severity": f.severity, "file": f.file, "page": f.page, "message": f.message,
             "remedy": f.remedy, "legal_basis": f.legal_basis, "evidence": f.evidence}
            for f in report.findings
        ],
        "stats": report.stats,
    }


def render(report: Report) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2, default=str) + "\n"
