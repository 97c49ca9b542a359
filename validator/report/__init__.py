"""Renderings of one Report object; reporters never read files or run OCR."""

from __future__ import annotations

from dataclasses import dataclass

from validator import i18n
from validator.model import Finding, Report, Severity

CONDITIONS = ("a", "b", "c", "d")


def where(f: Finding, lang: str) -> str:
    """The part of its file a finding is about: "pagina 2", "pagina's 1–3", "hele bestand", or "" for the whole
    dossier."""
    pages = sorted({c.page for c in f.checks if c.page})
    if len(pages) > 1:
        return f"{i18n.ui(lang, 'pages')} {i18n.pages_text(pages)}"
    if f.page:
        return f"{i18n.ui(lang, 'page')} {f.page}"
    return i18n.ui(lang, "whole_file") if f.file else ""


def worst(report: Report) -> Severity:
    """The severity the verdict counts."""
    return "inadmissible" if report.verdict == "inadmissible" else "deficiency"


def checked(report: Report) -> list[Finding]:
    """The findings the validator could establish."""
    return [f for f in report.findings if not f.unverified]


def by_hand(report: Report) -> list[Finding]:
    """What it looked for and could not tell: listed apart, under "Check by hand", never in the letter."""
    return [f for f in report.findings if f.unverified]


def headline(report: Report) -> str:
    """The one-line verdict: how many findings stand between the dossier and posting it."""
    count = sum(f.severity == worst(report) for f in report.findings)
    return i18n.ui(report.language, f"verdict.{report.verdict}", count=count)


@dataclass(frozen=True)
class IdentityRow:
    file: str
    type: str
    conditions: dict[str, bool]
    shows: list[str]


@dataclass(frozen=True)
class IdentityMatrix:
    """9ter §2 as a lawyer reads it: each piece of evidence × conditions (a)–(d), and what the dossier lacks."""

    rows: list[IdentityRow]
    missing: list[str]
    sufficient: bool


def identity_matrix(report: Report) -> IdentityMatrix | None:
    """The matrix the identity rule left in its findings' evidence, if the procedure has that rule."""
    found = [f for f in report.findings if f.rule == "BE9TER-IDENTITY" and "matrix" in f.evidence]
    if not found:
        return None
    evidence = found[0].evidence
    rows = [IdentityRow(r["file"], r["type"], r["conditions"], r["shows"]) for r in evidence["matrix"]]
    return IdentityMatrix(rows, list(evidence["missing"]), evidence["basis"] is not None)


def element_names(matrix_items: list[str], lang: str) -> str:
    return ", ".join(i18n.ui(lang, f"terms.element.{item}") for item in matrix_items) or "—"
