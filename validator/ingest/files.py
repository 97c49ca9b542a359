"""From the submission's entries to SourceFiles and the page sources still to be read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from validator.cache import Cache, file_digest, key, load_file
from validator.ingest.image import open_image
from validator.ingest.pdf import PdfFile, open_pdf
from validator.ingest.sniff import sniff
from validator.ingest.source import PageSource
from validator.ingest.walk import Entry
from validator.model import Problem, SourceFile

_KIND_OF = {"media": "media", "archive": "archive", "document": "other", "other": "other"}


@dataclass
class Opened:
    files: list[SourceFile] = field(default_factory=list)
    pages: list[tuple[SourceFile, PageSource]] = field(default_factory=list)
    # Files read now (not from the cache), with the cache key to keep them under.
    fresh: list[tuple[SourceFile, str]] = field(default_factory=list)
    # Files read now, with what the file system said of each before it was hashed and opened.
    stats: list[tuple[SourceFile, Path, tuple[int, ...] | None]] = field(default_factory=list)

    def note_changes(self) -> None:
        """Mark the files that changed, or went away, since they were opened.

        An image's pixels are read when its page is, so what was read may be neither the old file nor
        the new one; the cache key was taken from the old.
        """
        for source, path, before in self.stats:
            if _stat(path) != before:
                source.problems.append(Problem("changed", "the file changed while it was being checked"))


@contextmanager
def open_entries(entries: list[Entry], cache: Cache, settings: tuple[object, ...]) -> Iterator[Opened]:
    """Open every entry, or take what was read from it before; PDFs stay open until their pages are read."""
    opened = Opened()
    docs: list[PdfFile] = []
    try:
        for entry in entries:
            before = _stat(entry.path) if entry.path is not None else None
            # Hashing a large scan costs time that is wasted when nothing is kept.
            k = _cache_key(entry, settings) if cache.enabled else None
            stored = cache.get("file", k) if k else None
            cached = load_file(stored, entry.name) if stored is not None else None
            if cached is not None:
                opened.files.append(cached)
                continue
            source, sources = _open(entry, docs)
            opened.files.append(source)
            opened.pages.extend((source, s) for s in sources)
            if entry.path is not None:
                opened.stats.append((source, entry.path, before))
            if k:
                opened.fresh.append((source, k))
        yield opened
    finally:
        for doc in docs:
            doc.close()


def _stat(path: Path) -> tuple[int, ...] | None:
    """Which file is at the path, and when it last changed: a file replaced or rewritten differs."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _cache_key(entry: Entry, settings: tuple[object, ...]) -> str | None:
    if entry.path is None:
        return None
    try:
        return key("file", file_digest(entry.path), *settings)
    except OSError:
        return None


def _open(entry: Entry, docs: list[PdfFile]) -> tuple[SourceFile, list[PageSource]]:
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
