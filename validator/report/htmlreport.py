"""The HTML report: one self-contained file that shows each problem on a thumbnail of its page.

What is drawn comes from the findings' evidence, never from the files:
`bands` (header and footer searched, nothing found), `boxes` (where something
was found), `blank` (the page is empty) and `paper_mm` (the paper size the
page should have, outlined against the page). Boxes are fractions of the page.
A finding about a whole file is drawn on the first page its evidence names
(`pages`, `blank_pages`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image

from validator import __version__, i18n
from validator.model import SEVERITIES, DocumentSummary, Finding, Page, Report
from validator.report import (
    CONDITIONS,
    by_hand,
    checked,
    element_names,
    headline,
    identity_matrix,
    templates,
    where,
)

# Word boxes are a line high; on a 300 px thumbnail they need a margin to be seen.
BOX_PAD = 0.006


@dataclass
class Mark:
    kind: str
    rule: str
    style: str


@dataclass
class Sheet:
    number: int
    thumbnail: bytes | None
    frame: str
    page_style: str
    paper_style: str | None
    marks: list[Mark]
    legend: list[tuple[str, str]]
    findings: list[Finding] = field(default_factory=list)


@dataclass
class DocumentView:
    summary: DocumentSummary
    findings: list[Finding]
    sheets: list[Sheet]
    # Which pages of its file, when the file holds more than one document.
    pages_of_file: str | None


def render(report: Report) -> str:
    lang = report.language
    order = {s: i for i, s in enumerate(SEVERITIES)}
    findings = sorted(checked(report), key=lambda f: (order[f.severity], f.page or 0))
    owners = [_owner(f, report.documents) for f in findings]
    pages = {(p.file, p.number): p for p in report.pages}
    documents = [
        _document(
            d,
            [f for f, o in zip(findings, owners) if o is d],
            pages,
            lang,
            several=sum(e.file == d.file for e in report.documents) > 1,
        )
        for d in report.documents
    ]
    return templates.render(
        "report.html.j2",
        report=report,
        lang=lang,
        version=__version__,
        headline=headline(report),
        counts={s: sum(f.severity == s for f in findings) for s in SEVERITIES},
        by_hand=sorted(by_hand(report), key=lambda f: (f.file or "", f.page or 0, f.rule)),
        dossier_findings=[f for f, o in zip(findings, owners) if o is None],
        documents=documents,
        identity=identity_matrix(report),
        conditions=CONDITIONS,
        elements=lambda items: element_names(items, lang),
        t=lambda key, **params: i18n.ui(lang, key, **params),
        where=lambda f: where(f, lang),
    )


def _shown_on(f: Finding) -> int | None:
    """The page a finding is drawn on: its own, or the first of the pages a whole-file finding names."""
    if f.page or f.file is None:
        return f.page
    named = f.evidence.get("pages") or f.evidence.get("blank_pages")
    # Some rules count pages under the same key; only a list names them.
    return named[0] if isinstance(named, list) and named and isinstance(named[0], int) else None


def _owner(f: Finding, documents: list[DocumentSummary]) -> DocumentSummary | None:
    """The document a finding is about: the one holding its page (a file may hold several), else the file's first."""
    mine = [d for d in documents if d.file == f.file]
    shown = _shown_on(f)
    holding = [
        d for d in mine if shown is not None and d.page_range and d.page_range[0] <= shown <= d.page_range[1]
    ]
    return (holding or mine)[0] if holding or mine else None


def _document(
    summary: DocumentSummary,
    findings: list[Finding],
    pages: dict[tuple[str, int], Page],
    lang: str,
    several: bool,
) -> DocumentView:
    by_page: dict[int, list[Finding]] = {}
    unshown = []
    for f in findings:
        number = _shown_on(f)
        if number is not None and (summary.file, number) in pages:
            by_page.setdefault(number, []).append(f)
        else:
            unshown.append(f)
    sheets = [_sheet(pages[(summary.file, n)], by_page[n], lang) for n in sorted(by_page)]
    pages_of = summary.page_range if several and summary.page_range else None
    return DocumentView(summary, unshown, sheets, f"{pages_of[0]}–{pages_of[1]}" if pages_of else None)


def _percent(x0: float, y0: float, x1: float, y1: float) -> str:
    return (
        f"left:{x0 * 100:.2f}%;top:{y0 * 100:.2f}%;width:{(x1 - x0) * 100:.2f}%;height:{(y1 - y0) * 100:.2f}%"
    )


def _page_size(page: Page) -> tuple[float, float]:
    """The page's size in mm, or its thumbnail's proportions when the size is unknown."""
    if page.width_mm and page.height_mm:
        return page.width_mm, page.height_mm
    if page.thumbnail:
        with Image.open(io.BytesIO(page.thumbnail)) as img:
            return float(img.width), float(img.height)
    return 210.0, 297.0


def _sheet(page: Page, findings: list[Finding], lang: str) -> Sheet:
    width, height = _page_size(page)
    paper = next((f.evidence["paper_mm"] for f in findings if f.evidence.get("paper_mm")), None)
    if paper:
        # The outline is turned like the page: a landscape page is compared with landscape paper.
        paper = sorted(paper, reverse=width > height)
    frame_w, frame_h = max(width, paper[0] if paper else 0), max(height, paper[1] if paper else 0)
    marks: list[Mark] = []
    legend: dict[str, str] = {}
    for f in findings:
        ev = f.evidence
        for box in ev.get("bands", []):
            marks.append(Mark("band", f.rule, _percent(*box)))
            legend["band"] = i18n.ui(lang, "html.legend.band")
        for x0, y0, x1, y1 in ev.get("boxes", []):
            marks.append(
                Mark(
                    "box",
                    f.rule,
                    _percent(
                        max(0, x0 - BOX_PAD), max(0, y0 - BOX_PAD), min(1, x1 + BOX_PAD), min(1, y1 + BOX_PAD)
                    ),
                )
            )
            legend["box"] = i18n.ui(lang, "html.legend.box")
        if ev.get("blank"):
            marks.append(Mark("blank", f.rule, _percent(0, 0, 1, 1)))
            legend["blank"] = i18n.ui(lang, "html.legend.blank")
    paper_style = None
    if paper:
        paper_style = _percent(0, 0, paper[0] / frame_w, paper[1] / frame_h)
        legend["paper"] = i18n.ui(lang, "html.legend.paper", width=round(paper[0]), height=round(paper[1]))
    # Two findings may mark the same thing (a blank page, and the duplex scan it belongs to): draw it once.
    unique = list({(m.kind, m.style): m for m in marks}.values())
    return Sheet(
        page.number,
        page.thumbnail,
        f"{frame_w:.1f} / {frame_h:.1f}",
        _percent(0, 0, width / frame_w, height / frame_h),
        paper_style,
        unique,
        list(legend.items()),
        findings,
    )
