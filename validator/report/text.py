"""The terminal report: grouped by file, then page, worst first, with a one-line verdict."""

from __future__ import annotations

from itertools import groupby

from validator import i18n
from validator.model import SEVERITIES, Finding, Report
from validator.report import headline, where, worst

_COLOURS = {"inadmissible": "\033[1;31m", "deficiency": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def render(report: Report, colour: bool = False) -> str:
    lang = report.language
    paint = (lambda sev, text: f"{_COLOURS[sev]}{text}{_RESET}") if colour else (lambda sev, text: text)
    verdict = headline(report)
    lines = [paint(worst(report), verdict) if report.verdict != "ready" else verdict, ""]
    lines.append(f"{i18n.ui(lang, 'procedure')}: {report.procedure}    "
                 f"{i18n.ui(lang, 'submission_date')}: {report.submission_date.isoformat()}")
    lines.append(i18n.ui(lang, "stats", **report.stats))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    by_file = sorted(report.findings, key=lambda f: (f.file is not None, f.file or ""))
    for file, group in groupby(by_file, key=lambda f: f.file):
        items = sorted(group, key=lambda f: (f.page or 0, order[f.severity]))
        lines.append("")
        lines.append(file if file is not None else i18n.ui(lang, "whole_dossier"))
        for f in items:
            lines.extend(_finding(f, lang, paint))
    return "\n".join(lines) + "\n"


def _finding(f: Finding, lang: str, paint) -> list[str]:  # type: ignore[no-untyped-def]
    place = where(f, lang)
    label = paint(f.severity, f"[{i18n.ui(lang, f'severity.{f.severity}')}]")
    head = f"  {label} {f.rule}" + (f" ({place})" if place else "")
    return [head, f"      {f.message}", f"      → {f.remedy}"]
