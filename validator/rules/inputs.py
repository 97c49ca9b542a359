"""Files that could not be read at all, or were not examined: every procedure has these."""

from __future__ import annotations

from collections.abc import Iterator

from validator.limits import option
from validator.model import Dossier, Finding, RuleConfig
from validator.rules import finding, rule

# Zip entries that would have been written outside the folder they were unpacked into.
UNSAFE = ("unsafe-path", "link-outside")

# Problems that mean the file, as it is, cannot be used.
_UNUSABLE = {"unreadable", "encrypted", "too-large", "empty", "link-loop"}
# Problems that mean a person must look, but the file was read.
_DOUBTFUL = {"damaged", "ocr-failed", "not-a-file", "changed"}
# A cap of validator/limits.py left (part of) the file unread: never an all-clear, and the finding names the
# option that raises the cap.
_CAPPED = {
    "too-many-pages": "pages_per_file",
    "dossier-too-many-pages": "pages",
    "stream-too-large": "stream_bytes",
    "too-many-pixels": "pixels",
}


@rule("INPUT-UNREADABLE", keys=(*_UNUSABLE, *_DOUBTFUL, *_CAPPED, "no-documents", "unsupported"))
def unreadable(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if not dossier.files:
        yield finding(cfg, "no-documents", evidence={"files": 0})
    for f in dossier.files:
        for p in f.problems:
            if p.code in _UNUSABLE:
                yield finding(cfg, p.code, f.path, p.page, evidence={"reason": p.detail}, reason=p.detail)
            elif p.code in _DOUBTFUL:
                yield finding(
                    cfg,
                    p.code,
                    f.path,
                    p.page,
                    severity="warning",
                    evidence={"reason": p.detail},
                    reason=p.detail,
                )
            elif p.code in _CAPPED:
                flag = option(_CAPPED[p.code])
                yield finding(
                    cfg,
                    p.code,
                    f.path,
                    p.page,
                    evidence={"reason": p.detail, "limit": p.limit, "option": flag},
                    reason=p.detail,
                    limit=p.limit,
                    option=flag,
                )
        if f.kind == "other":
            kind = f.media_type or "unknown"
            yield finding(
                cfg, "unsupported", f.path, evidence={"found": kind, "expected": "PDF or image"}, type=kind
            )


@rule("INPUT-UNSAFE", keys=UNSAFE)
def unsafe(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for f in dossier.files:
        for p in f.problems:
            if p.code in UNSAFE:
                yield finding(cfg, p.code, f.path, evidence={"entry": p.detail}, entry=p.detail)
