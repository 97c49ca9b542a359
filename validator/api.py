"""The validator as a library: `validator.check(path, **options)` returns the report `validator check` makes.

    import validator

    report = validator.check("dossiers/benali", procedure="be-9ter", language="fr")
    if report.verdict != "ready":
        for finding in report.findings:
            print(finding.severity, finding.file, finding.page, finding.message)
    data = report.to_dict()          # the JSON report (schemas/report.schema.json), as Python data

A dossier that cannot be checked raises `ValidatorError` (the command's exit status 2); a bad file *inside*
the dossier is a finding, as on the command line.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from validator.i18n import DEFAULT_LANGUAGE
from validator.model import Report
from validator.pages import ReadOptions
from validator.pipeline import CheckOptions
from validator.pipeline import check as _check


def check(
    path: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    cache: bool = True,
    ocr_dpi: int | None = None,
    **manifest: Any,
) -> Report:
    """Check the dossier at `path`: a folder, a .zip, a PDF or an image.

    `manifest` takes the keys of dossier.yaml (shared/spec/dossier.md: `procedure`, `submission_date`,
    `language`, `applicant={...}`, `documents={...}`, ...), which win over the dossier's own file, as the
    command's flags do; dates may be `datetime.date`. The report is in Dutch unless one of them names another
    language (the library does not read the process's locale: a server's says nothing about its users).
    `jobs`: pages read at once (default: the cores); `cache`: reuse what was read from unchanged files;
    `ocr_dpi`: the resolution scans are read at.
    """
    options = CheckOptions(
        manifest=_plain(manifest),
        jobs=jobs or CheckOptions().jobs,
        read=ReadOptions(ocr_dpi=ocr_dpi) if ocr_dpi else ReadOptions(),
        cache=cache,
        language=DEFAULT_LANGUAGE,
    )
    return _check(Path(path), options)


def _plain(value: Any) -> Any:
    """Manifest values as dossier.yaml gives them: dates as ISO text, for the schema to check."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
