"""Renderings of one Report object; reporters never read files or run OCR."""

from __future__ import annotations

from validator import i18n
from validator.model import Finding, Report, Severity


def where(f: Finding, lang: str) -> str:
    """The part of its file a finding is about: "pagina 2", "hele bestand", or "" for the whole dossier."""
    if f.page:
        return f"{i18n.ui(lang, 'page')} {f.page}"
    return i18n.ui(lang, "whole_file") if f.file else ""


def worst(report: Report) -> Severity:
    """The severity the verdict counts."""
    return "inadmissible" if report.verdict == "inadmissible" else "deficiency"


def headline(report: Report) -> str:
    """The one-line verdict: how many findings stand between the dossier and posting it."""
    count = sum(f.severity == worst(report) for f in report.findings)
    return i18n.ui(report.language, f"verdict.{report.verdict}", count=count)
