"""The classify stage: what each document is, and in which language each page is written.

Runs after the pages are read and before the rules. Every file, or every page
range when one PDF holds several documents, gets a type of
`validator/data/document_types.yaml`, with a confidence and how it was
decided: the manifest's `documents:` wins; otherwise the content (title
phrases, typical terms, a machine-readable zone), helped by the file name;
the file name alone when the content says nothing. A document nothing
recognises is `other` with confidence 0, and the DOC-UNCLASSIFIED rule says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath
from typing import Any

from validator import language, yamlconfig
from validator.extract.mrz import find_mrz
from validator.model import ClassifiedBy, Document, Dossier, Page, SourceFile
from validator.textmatch import fold

OTHER = "other"
# A document's title stands at the top of its first page: only there does it start a new document.
# A later page starts a new document only when one of its first lines is a title and little else: a letter
# that names "het standaard medisch getuigschrift" near the top of its second page goes on being the letter.
HEADING_LINES = 3
HEADING_SHARE = 0.5


@dataclass(frozen=True)
class _Type:
    name: str
    titles: tuple[re.Pattern[str], ...]
    terms: tuple[re.Pattern[str], ...]
    filename: tuple[re.Pattern[str], ...]
    mrz: bool


def _phrase(text: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in fold(text).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


@cache
def _config() -> dict[str, Any]:
    return yamlconfig.package_data("document_types.yaml", "document_types.schema.yaml")


@cache
def _types() -> tuple[_Type, ...]:
    out = []
    for name, spec in _config()["types"].items():
        out.append(_Type(
            name,
            tuple(_phrase(p) for phrases in spec["titles"].values() for p in phrases),
            tuple(_phrase(p) for phrases in spec["terms"].values() for p in phrases),
            tuple(re.compile(r"(?<![a-z])" + re.escape(fold(h))) for h in spec["filename"]),
            spec.get("mrz", False),
        ))
    return tuple(out)


def type_names() -> list[str]:
    return [t.name for t in _types()] + [OTHER]


def _matches(folded: str) -> dict[str, tuple[set[int], set[int]]]:
    """Per type, the title and term phrases found, leaving out a phrase found only inside a longer one
    ("medical certificate" inside "standard medical certificate")."""
    spans: list[tuple[int, int, str, str, int]] = []
    for t in _types():
        for kind, patterns in (("title", t.titles), ("term", t.terms)):
            for i, pattern in enumerate(patterns):
                spans.extend((m.start(), m.end(), t.name, kind, i) for m in pattern.finditer(folded))
    found: dict[str, tuple[set[int], set[int]]] = {}
    for start, end, name, kind, i in spans:
        if any(s <= start and end <= e and (e - s) > (end - start) for s, e, *_ in spans):
            continue
        titles, terms = found.setdefault(name, (set(), set()))
        (titles if kind == "title" else terms).add(i)
    return found


def score_text(text: str, head: bool = False) -> dict[str, float]:
    """Evidence per type in a text; with head=True only the titles heading it, and a machine-readable zone."""
    weights = _config()["weights"]
    found = _matches(_heading(text) if head else " ".join(fold(text).split()))
    scores = {name: weights["title"] * len(titles) + (0 if head else weights["term"] * len(terms))
              for name, (titles, terms) in found.items()}
    if find_mrz(text):
        for t in _types():
            if t.mrz:
                scores[t.name] = scores.get(t.name, 0) + weights["mrz"]
    return {k: v for k, v in scores.items() if v > 0}


def filename_hint(path: str) -> str | None:
    """The type a file name suggests ("paspoort-kopie.pdf"): the one with the longest matching hint, if unique."""
    stem = fold(PurePosixPath(path).stem)
    longest: dict[str, int] = {}
    for t in _types():
        lengths = [len(p.pattern) for p in t.filename if p.search(stem)]
        if lengths:
            longest[t.name] = max(lengths)
    ranked = sorted(longest.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _best(scores: dict[str, float]) -> tuple[str | None, float, float]:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked:
        return None, 0.0, 0.0
    return ranked[0][0], ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0.0


def _heading(text: str) -> str:
    """The first lines of a page that are mostly a document's title ("STANDAARD MEDISCH GETUIGSCHRIFT")."""
    lines = [" ".join(fold(line).split()) for line in text.splitlines() if line.strip()][:HEADING_LINES]
    titles = [p for t in _types() for p in t.titles]
    headings = []
    for line in lines:
        # Positions, not matches: "certificat medical type" also holds "certificat medical".
        covered = {i for p in titles for m in p.finditer(line) for i in range(m.start(), m.end())}
        titled = sum(line[i].isalnum() for i in covered)
        if titled >= HEADING_SHARE * sum(c.isalnum() for c in line):
            headings.append(line)
    return " ".join(headings)


def _segments(pages: list[Page]) -> list[list[Page]]:
    """Split a file's pages where a page's heading names another document than the one running."""
    threshold = _config()["thresholds"]["new_document"]
    segments: list[list[Page]] = []
    running: str | None = None
    for page in pages:
        head_type, head_score, _ = _best(score_text(page.text, head=True))
        titled = head_type if head_score >= threshold else None
        if segments and (titled is None or titled == running):
            segments[-1].append(page)
        else:
            segments.append([page])
            running = titled
        # A document without a title at its top is what its content says it is.
        running = running or _best(score_text(page.text))[0]
    return segments


def _confidence(best: float, second: float) -> float:
    """Grows with the evidence, shrinks when another type is nearly as likely."""
    threshold = _config()["thresholds"]["classify"]
    return round(min(1.0, best / (2 * threshold)) * (1 - 0.5 * second / best), 2)


def _classify_pages(pages: list[Page], hint: str | None) -> tuple[str, float, ClassifiedBy]:
    config = _config()
    threshold = config["thresholds"]["classify"]
    content = score_text("\n".join(p.text for p in pages))
    content_type, content_score, _ = _best(content)
    if hint:
        content[hint] = content.get(hint, 0) + config["weights"]["filename"]
    best_type, best, second = _best(content)
    if best_type and content_score >= threshold:
        return best_type, _confidence(best, second), "content"
    if hint:
        return hint, _confidence(config["weights"]["filename"], content_score if content_type != hint else 0), \
            "filename"
    return OTHER, 0.0, "content"


def classify_file(source: SourceFile, manifest_type: str | None) -> list[Document]:
    last = len(source.pages)
    if manifest_type:
        return [Document(source.path, min(1, last), last, manifest_type, 1.0, "manifest",
                         language.languages_of(source.pages))]
    hint = filename_hint(source.path)
    if not source.pages:
        return [Document(source.path, 0, 0, hint or OTHER, 0.0, "filename" if hint else "content")]
    segments = _segments(source.pages)
    documents = []
    for pages in segments:
        # A file name says what the file is, not which of the documents inside it.
        kind, confidence, by = _classify_pages(pages, hint if len(segments) == 1 else None)
        documents.append(Document(source.path, pages[0].number, pages[-1].number, kind, confidence, by,
                                  language.languages_of(pages)))
    return documents


def classify(dossier: Dossier) -> None:
    """Set every page's language and the dossier's documents."""
    for page in dossier.pages:
        page.language = language.page_language(page)
    dossier.documents = [doc for f in dossier.files
                         for doc in classify_file(f, dossier.manifest.documents.get(f.path))]
