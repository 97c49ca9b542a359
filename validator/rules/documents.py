"""Documents the classify stage could not recognise: never a silent `other`."""

from __future__ import annotations

from collections.abc import Iterator

from validator.classify import OTHER
from validator.model import Dossier, Finding, RuleConfig
from validator.rules import finding, pages_text, rule


@rule("DOC-UNCLASSIFIED", keys=("unclassified", "unclassified-part"))
def unclassified(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    sizes = {f.path: len(f.pages) for f in dossier.files}
    for d in dossier.documents:
        # A file without pages has its own finding (unreadable, media); the manifest's word is final.
        if d.type != OTHER or d.classified_by == "manifest" or not d.first_page:
            continue
        whole = d.first_page == 1 and d.last_page == sizes[d.file]
        pages = pages_text(list(range(d.first_page, d.last_page + 1)))
        yield finding(
            cfg,
            "unclassified" if whole else "unclassified-part",
            d.file,
            None if whole else d.first_page,
            evidence={
                "found": OTHER,
                "confidence": d.confidence,
                "pages": [d.first_page, d.last_page],
                "languages": d.languages,
            },
            pages=pages,
        )
