"""The terminal report: grouped by file, then page, worst first, with a one-line verdict."""

from __future__ import annotations

from itertools import groupby

from validator import i18n
from validator.model import SEVERITIES, Finding, Report
from validator.report import (
    CONDITIONS,
    by_hand,
    checked,
    element_names,
    headline,
    identity_matrix,
    where,
    worst,
)

_COLOURS = {"inadmissible": "\033[1;31m", "deficiency": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def render(report: Report, colour: bool = False) -> str:
    lang = report.language
    paint = (lambda sev, text: f"{_COLOURS[sev]}{text}{_RESET}") if colour else (lambda sev, text: text)
    verdict = headline(report)
    lines = [paint(worst(report), verdict) if report.verdict != "ready" else verdict, ""]
    lines.append(
        f"{i18n.ui(lang, 'procedure')}: {report.procedure}    "
        f"{i18n.ui(lang, 'submission_date')}: {report.submission_date.isoformat()}"
    )
    lines.append(i18n.ui(lang, "stats", **report.stats))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    by_file = sorted(checked(report), key=lambda f: (f.file is not None, f.file or ""))
    for file, group in groupby(by_file, key=lambda f: f.file):
        items = sorted(group, key=lambda f: (f.page or 0, order[f.severity]))
        lines.append("")
        lines.append(file if file is not None else i18n.ui(lang, "whole_dossier"))
        for f in items:
            lines.extend(_finding(f, lang, paint))
    lines.extend(_by_hand(report, paint))
    lines.extend(_identity(report))
    return "\n".join(lines) + "\n"


def _by_hand(report: Report, paint) -> list[str]:
    unverified = by_hand(report)
    if not unverified:
        return []
    lang = report.language
    lines = ["", i18n.ui(lang, "by_hand.title"), i18n.ui(lang, "by_hand.intro")]
    for f in sorted(unverified, key=lambda f: (f.file or "", f.page or 0, f.rule)):
        place = ", ".join(p for p in (f.file, where(f, lang)) if p) or i18n.ui(lang, "whole_dossier")
        lines.extend(
            [f"  {paint('warning', '[?]')} {f.rule} ({place})", f"      {f.message}"]
            + ([f"      → {f.remedy}"] if f.remedy else [])
        )
        for c in f.checks:
            lines.extend(
                [f"      · {c.rule}{f' ({where(c, lang)})' if c.page else ''}", f"        {c.message}"]
                + ([f"        → {c.remedy}"] if c.remedy else [])
            )
    return lines


def _identity(report: Report) -> list[str]:
    matrix = identity_matrix(report)
    if matrix is None:
        return []
    lang = report.language
    t = lambda key: i18n.ui(lang, f"identity.{key}")  # noqa: E731
    width = max([len(r.file) for r in matrix.rows] + [len(t("piece"))]) + 2
    lines = [
        "",
        t("title"),
        "  " + t("piece").ljust(width) + "  ".join(f"({c})" for c in CONDITIONS) + "  " + t("shows"),
    ]
    for row in matrix.rows:
        marks = "  ".join(f" {'✓' if row.conditions[c] else '✗'} " for c in CONDITIONS)
        lines.append(f"  {row.file.ljust(width)}{marks}  {element_names(row.shows, lang)}")
    lines.append("  " + "  ".join(f"({c}) {t('conditions.' + c)}" for c in CONDITIONS))
    if not matrix.sufficient:
        lines.append("  " + t("missing") + ": " + element_names(matrix.missing, lang))
    return lines


def _finding(f: Finding, lang: str, paint) -> list[str]:
    place = where(f, lang)
    label = paint(f.severity, f"[{i18n.ui(lang, f'severity.{f.severity}')}]")
    head = f"  {label} {f.rule}" + (f" ({place})" if place else "")
    return [head, f"      {f.message}"] + ([f"      → {f.remedy}"] if f.remedy else [])
