"""Rules: plain functions of the dossier that return findings, registered by their id.

Rules never touch files; they read the Dossier that ingestion built.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from validator.model import Box, Document, Dossier, Finding, RuleConfig, Severity

RuleFn = Callable[[Dossier, RuleConfig], Iterable[Finding]]
_REGISTRY: dict[str, RuleFn] = {}
_MODULES = ("inputs", "copy", "identity", "ind", "documents", "be9ter")


def rule(rule_id: str) -> Callable[[RuleFn], RuleFn]:
    def register(fn: RuleFn) -> RuleFn:
        if rule_id in _REGISTRY:
            raise ValueError(f"rule {rule_id} registered twice")
        _REGISTRY[rule_id] = fn
        return fn
    return register


@cache
def registry() -> dict[str, RuleFn]:
    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return dict(_REGISTRY)


def finding(cfg: RuleConfig, key: str, file: str | None = None, page: int | None = None, *,
            severity: Severity | None = None, evidence: dict[str, Any] | None = None,
            legal_basis: str | None = None, **params: Any) -> Finding:
    """A finding of rule `cfg`; `key` picks its message and remedy in the catalogue.

    `legal_basis` replaces the rule's own where one finding rests on a more specific line of a source.
    """
    return Finding(rule=cfg.id, severity=severity or cfg.severity, key=key, file=file, page=page,
                   params=params, evidence=evidence or {}, legal_basis=legal_basis or cfg.legal_basis)


def pages_text(numbers: list[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5": page lists as people write them."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def boxes(found: Iterable[Box]) -> list[list[float]]:
    """Boxes as evidence: page fractions [x0, y0, x1, y1], for reports to draw on the page."""
    return [[round(b.x0, 4), round(b.y0, 4), round(b.x1, 4), round(b.y1, 4)] for b in found]


def document_language(dossier: Dossier, document: Document) -> str | None:
    """The document's language; a page in a script other than Latin makes it "other" (Arabic, Cyrillic, …)."""
    if any(p.script and p.script not in ("Latin", "Common") for p in dossier.pages_of(document)):
        return "other"
    return document.languages[0] if document.languages else None
