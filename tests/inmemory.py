"""Dossiers built in memory for rule tests: pages of known text and documents of a known type, without OCR or
files, so that a rule's every branch can be tested in milliseconds (and under mutation testing)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from validator import i18n, procedures
from validator.model import Applicant, Document, Dossier, Finding, Manifest, Page, SourceFile
from validator.rules import registry

SUBMITTED = dt.date(2026, 12, 1)


@dataclass
class Doc:
    """One file of one document: a page per text, read from a text layer unless the test says otherwise."""

    file: str
    type: str
    pages: list[str]
    languages: list[str] = field(default_factory=lambda: ["nl"])
    classified_by: str = "manifest"
    confidence: float = 1.0
    script: str | None = None


def _source(doc: Doc) -> SourceFile:
    pages = [Page(doc.file, n, 210.0, 297.0, "page-box", None, 0.05, 0.0, None, text=text,
                  text_source="text-layer", script=doc.script, language=doc.languages[0] if doc.languages else None)
             for n, text in enumerate(doc.pages, 1)]
    return SourceFile(doc.file, "pdf", "application/pdf", 1000, pages)


def dossier(procedure: str, *docs: Doc, submitted: dt.date = SUBMITTED, applicant: dict[str, Any] | None = None,
            **manifest: Any) -> Dossier:
    """A dossier of the procedure holding these documents, as the classify stage would have left it."""
    documents = [Document(d.file, 1, len(d.pages), d.type, d.confidence, d.classified_by, list(d.languages))
                 for d in docs]
    facts = Manifest(procedure=procedure, submission_date=submitted, applicant=Applicant(**(applicant or {})),
                     **manifest)
    return Dossier("/in-memory", facts, procedures.load(procedure), submitted, [_source(d) for d in docs],
                   documents)


def run(rule_id: str, dossier: Dossier) -> list[Finding]:
    """The findings of one rule of the dossier's procedure, with the procedure's own configuration of it, each
    with its message and remedy in English: a parameter the message needs and the rule left out fails here."""
    (cfg,) = [r for r in dossier.procedure.rules if r.id == rule_id]
    found = list(registry()[rule_id](dossier, cfg))
    for f in found:
        i18n.localize(f, "en")
        assert "None" not in f.message + f.remedy, f
    return found


def keyed(found: list[Finding]) -> list[tuple[str, str | None, int | None, str]]:
    """What each finding says went wrong, where, and how bad: its key, file, page and severity."""
    return [(f.key, f.file, f.page, f.severity) for f in found]


def with_manifest(dossier: Dossier, **changes: Any) -> Dossier:
    return dataclasses.replace(dossier, manifest=dataclasses.replace(dossier.manifest, **changes))
