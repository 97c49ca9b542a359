"""Check by hand, one document at a time.

Several rules may each fail to settle a point in the same document: a certificate filled in by a hand OCR cannot
read leaves its patient, date, treatment and doctor's number all unread. A person answers them by looking at that
document once, so the report asks once: one unverified warning per document, standing for the rules' findings it
groups (`checks`), each still naming its rule, page and remedy. Findings about the whole dossier, and a document's
single point, stay as they are.
"""

from __future__ import annotations

from validator import i18n
from validator.model import Document, Finding

BY_HAND = "CHECK-BY-HAND"


def grouped(findings: list[Finding], documents: list[Document], lang: str) -> list[Finding]:
    """`findings` (localized) with each document's unverified findings, where it has more than one, replaced by
    one finding in the place of the first."""
    keys = [_document_of(f, documents) if f.unverified and f.file is not None else None for f in findings]
    groups: dict[tuple[str, int], list[Finding]] = {}
    for f, key in zip(findings, keys):
        if key is not None:
            groups.setdefault(key, []).append(f)
    out: list[Finding] = []
    done: set[tuple[str, int]] = set()
    for f, key in zip(findings, keys):
        if key is None or len(groups[key]) < 2:
            out.append(f)
        elif key not in done:
            done.add(key)
            out.append(_group(groups[key], lang))
    return out


def _document_of(f: Finding, documents: list[Document]) -> tuple[str, int]:
    """The file and the first page of the document the finding is about; a finding about a whole file that holds
    several documents is about the file (first page 0)."""
    assert f.file is not None
    mine = [d for d in documents if d.file == f.file]
    if f.page is None:
        return (f.file, mine[0].first_page if len(mine) == 1 else 0)
    return next(((f.file, d.first_page) for d in mine if d.first_page <= f.page <= d.last_page), (f.file, 0))


def _group(members: list[Finding], lang: str) -> Finding:
    checks = sorted(members, key=lambda f: (f.page or 0, f.rule))
    pages = sorted({f.page for f in checks if f.page is not None})
    return Finding(
        rule=BY_HAND,
        severity="warning",
        key="document",
        file=checks[0].file,
        page=pages[0] if pages else None,
        evidence={"pages": pages, "rules": sorted({f.rule for f in checks})},
        message=i18n.ui(lang, "by_hand.group", count=len(checks)),
        remedy=i18n.ui(lang, "by_hand.group_remedy"),
        unverified=True,
        checks=checks,
    )
