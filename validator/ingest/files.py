"""From the submission's entries to SourceFiles and the page sources still to be read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pypdfium2 as pdfium

from validator.ingest.image import open_image
from validator.ingest.pdf import PDFIUM_LOCK, open_pdf
from validator.ingest.sniff import sniff
from validator.ingest.source import PageSource
from validator.ingest.walk import Entry
from validator.model import Problem, SourceFile

_KIND_OF = {"media": "media", "archive": "archive", "document": "other", "other": "other"}


@dataclass
class Opened:
    files: list[SourceFile] = field(default_factory=list)
    pages: list[tuple[SourceFile, PageSource]] = field(default_factory=list)


@contextmanager
def open_entries(entries: list[Entry]) -> Iterator[Opened]:
    """Open every entry; PDF documents stay open until the pages have been read."""
    opened = Opened()
    docs: list[pdfium.PdfDocument] = []
    try:
        for entry in entries:
            source, sources = _open(entry, docs)
            opened.files.append(source)
            opened.pages.extend((source, s) for s in sources)
        yield opened
    finally:
        with PDFIUM_LOCK:
            for doc in docs:
                doc.close()


def _open(entry: Entry, docs: list[pdfium.PdfDocument]) -> tuple[SourceFile, list[PageSource]]:
    if entry.path is None:
        return SourceFile(entry.name, "unreadable", None, 0, problems=[entry.problem] if entry.problem else []), []
    try:
        size = entry.path.stat().st_size
        category, mime = sniff(entry.path)
    except OSError as exc:
        return SourceFile(entry.name, "unreadable", None, 0, problems=[Problem("unreadable", str(exc))]), []
    if category == "empty":
        return SourceFile(entry.name, "unreadable", None, 0, problems=[Problem("empty", "the file is empty")]), []
    if category == "pdf":
        source, pages, doc = open_pdf(entry.path, entry.name, size)
        if doc is not None:
            docs.append(doc)
        return source, list(pages)
    if category == "image":
        source, image_pages = open_image(entry.path, entry.name, size, mime or "image")
        return source, list(image_pages)
    return SourceFile(entry.name, _KIND_OF[category], mime, size), []  # type: ignore[arg-type]
