"""ingest → pages → classify → rules → findings → report, for one dossier."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from validator import byhand, classify, i18n, procedures
from validator import manifest as manifest_mod
from validator._exec import tesseract
from validator.cache import Cache, dump_file
from validator.concurrency import batches, run_all
from validator.errors import ConfigError, UsageError
from validator.ingest.files import open_entries
from validator.ingest.source import PageSource
from validator.ingest.walk import Entry, entries, refused_manifest
from validator.limits import Limits
from validator.model import (
    INTERNAL_ERROR,
    SEVERITIES,
    DocumentSummary,
    Dossier,
    Finding,
    Page,
    Problem,
    Report,
    SourceFile,
)
from validator.pages import OCR_BATCH, ReadOptions, read_pages
from validator.rules import finding, registry

log = logging.getLogger(__name__)
DEFAULT_PROCEDURE = "ind-generic"
# Problems that say nothing lasting about the file itself: a file that has one is not cached.
PASSING_PROBLEMS = ("ocr-failed", "unreadable", "changed", "dossier-too-many-pages")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CheckOptions:
    # Manifest keys given on the command line; they win over dossier.yaml.
    manifest: dict[str, Any] = field(default_factory=dict)
    jobs: int = os.cpu_count() or 1
    read: ReadOptions = ReadOptions()
    cache: bool = True
    limits: Limits = Limits()
    # The report's language when neither the command line nor dossier.yaml gives one.
    language: str = i18n.DEFAULT_LANGUAGE


def load_dossier(path: Path, options: CheckOptions, progress: Progress | None = None) -> Dossier:
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    with entries(path) as (manifest_path, found):
        refused = refused_manifest(path) if path.is_dir() else None
        if refused:
            raise ConfigError(
                [f"{refused}: not a regular file (a link, folder or FIFO of this name is never read)"]
            )
        manifest = manifest_mod.load(manifest_path, options.manifest, options.limits)
        procedure = procedures.load(manifest.procedure or DEFAULT_PROCEDURE)
        tesseract.check_installed()
        files = read_files(found, options, progress)
    submission = manifest.submission_date or dt.date.today()
    dossier = Dossier(str(path), manifest, procedure, submission, files)
    classify.classify(dossier, Cache(enabled=options.cache))
    return dossier


def read_files(
    found: list[Entry], options: CheckOptions, progress: Progress | None = None
) -> list[SourceFile]:
    """Every file of the submission read, or taken from the cache."""
    cache = Cache(enabled=options.cache)
    settings = (asdict(options.read), asdict(options.limits), tesseract.LANGUAGES, tesseract.version())
    with open_entries(found, cache, settings, options.limits) as opened:
        done = 0

        def tick(read: list[tuple[Page | None, list[Problem]]]) -> None:
            nonlocal done
            done += len(read)
            if progress:
                progress(done, len(opened.pages))

        def read_run(run: list[tuple[SourceFile, PageSource]]) -> list[tuple[Page | None, list[Problem]]]:
            return read_pages([src for _, src in run], options.read, cache)

        runs = batches(opened.pages, options.jobs, OCR_BATCH)
        results = run_all(read_run, runs, options.jobs, tick)
        for run, read in zip(runs, results):
            for (source, _), (page, problems) in zip(run, read):
                if page is not None:
                    source.pages.append(page)
                source.problems.extend(problems)
        opened.note_changes()
        for source, k in opened.fresh:
            # A failure may be passing (an OCR timeout on a busy machine, a file changed or taken
            # away during the check): read the file again next time. What the dossier's page cap left
            # unread depends on the other files, not on this one.
            if not any(source.has_problem(code) for code in PASSING_PROBLEMS):
                cache.put("file", k, dump_file(source))
        return opened.files


def run_rules(dossier: Dossier) -> list[Finding]:
    rules = registry()
    findings: list[Finding] = []
    for cfg in dossier.procedure.rules:
        try:
            findings.extend(rules[cfg.id](dossier, cfg))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not hide the others' findings
            # The traceback only with --debug: the command reports the failure in one line (errors.py).
            log.debug("rule %s failed", cfg.id, exc_info=True)
            findings.append(
                finding(
                    cfg,
                    INTERNAL_ERROR,
                    severity="warning",
                    evidence={"error": type(exc).__name__},
                    error=type(exc).__name__,
                )
            )
    order = {s: i for i, s in enumerate(SEVERITIES)}
    findings.sort(key=lambda f: (order[f.severity], f.file or "", f.page or 0, f.rule))
    return findings


def verdict(findings: list[Finding]) -> str:
    severities = {f.severity for f in findings}
    if "inadmissible" in severities:
        return "inadmissible"
    if "deficiency" in severities:
        return "deficient"
    return "ready"


def check(path: Path, options: CheckOptions, progress: Progress | None = None) -> Report:
    started, runs = time.monotonic(), tesseract.RUNS.value
    dossier = load_dossier(path, options, progress)
    findings = run_rules(dossier)
    lang = dossier.manifest.language or options.language
    for f in findings:
        i18n.localize(f, lang)
    findings = byhand.grouped(findings, dossier.documents, lang)
    documents = [
        DocumentSummary(
            d.file,
            d.type,
            d.last_page - d.first_page + 1 if d.first_page else 0,
            d.languages,
            d.classified_by,
            d.confidence,
            (d.first_page, d.last_page) if d.first_page else None,
        )
        for d in dossier.documents
    ]
    pages = dossier.pages
    stats = {
        "files": len(dossier.files),
        "pages": len(pages),
        "ocr_pages": sum(p.text_source in ("ocr", "text-layer+ocr") for p in pages),
        "tesseract_runs": tesseract.RUNS.value - runs,
        "seconds": round(time.monotonic() - started, 1),
    }
    procedure = dossier.procedure
    return Report(
        procedure.id,
        dossier.submission_date,
        lang,
        verdict(findings),  # type: ignore[arg-type]
        documents,
        findings,
        stats,
        authority=procedure.authority,
        procedure_title=procedure.title[lang],
        applicant=dossier.manifest.applicant,
        repair_by=dossier.submission_date + dt.timedelta(days=procedure.repair_days),
        pages=pages,
    )
