"""From the submission's entries to SourceFiles and the page sources still to be read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from validator.cache import Cache, file_digest, key, load_file
from validator.ingest.image import open_image
from validator.ingest.pdf import open_pdf
from validator.ingest.sniff import sniff
from validator.ingest.source import PageSource
from validator.ingest.walk import Entry, escape
from validator.limits import Limits
from validator.model import Problem, SourceFile

_KIND_OF = {"media": "media", "archive": "archive", "document": "other", "other": "other"}


class _Closable(Protocol):
    def close(self) -> None: ...


@dataclass
class Opened:
    files: list[SourceFile] = field(default_factory=list)
    pages: list[tuple[SourceFile, PageSource]] = field(default_factory=list)
    # Files read now (not from the cache), with the cache key to keep them under.
    fresh: list[tuple[SourceFile, str]] = field(default_factory=list)
    # Files read now, with what the file system said of each before it was hashed and opened.
    stats: list[tuple[SourceFile, Path, tuple[int, ...] | None]] = field(default_factory=list)

    def page_count(self) -> int:
        """Pages taken from the cache, and pages still to be read."""
        return sum(len(f.pages) for f in self.files) + len(self.pages)

    def note_changes(self) -> None:
        """Mark the files that changed, or went away, since they were opened.

        An image's pixels are read when its page is, so what was read may be neither the old file nor
        the new one; the cache key was taken from the old.
        """
        for source, path, before in self.stats:
            if _stat(path) != before:
                source.problems.append(Problem("changed", "the file changed while it was being checked"))


@contextmanager
def open_entries(
    entries: list[Entry], cache: Cache, settings: tuple[object, ...], limits: Limits = Limits()
) -> Iterator[Opened]:
    """Open every entry, or take what was read from it before; PDFs stay open until their pages are read.

    Pages past a cap (per file, per dossier) are not read, and their file says so.
    """
    opened = Opened()
    docs: list[_Closable] = []
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
            source, sources = _open(entry, docs, limits, limits.pages - opened.page_count())
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


def _open(
    entry: Entry, docs: list[_Closable], limits: Limits, left: int
) -> tuple[SourceFile, list[PageSource]]:
    """The file and its pages to read: at most the cap per file, and no more than `left` in the dossier."""
    most = max(0, min(limits.pages_per_file, left))
    source, pages, count = _read(entry, docs, limits, most)
    # Reasons quote the file (an attachment's name, a parser's complaint): escaped like names, before a report
    # shows them.
    source.problems = [replace(p, detail=escape(p.detail)) for p in source.problems]
    if count > most:
        if most == limits.pages_per_file:
            source.problems.append(
                Problem("too-many-pages", f"{count} pages or more", limit=limits.pages_per_file)
            )
        else:
            source.problems.append(
                Problem("dossier-too-many-pages", f"{most} of its pages read", limit=limits.pages)
            )
    return source, pages


def _read(
    entry: Entry, docs: list[_Closable], limits: Limits, most: int
) -> tuple[SourceFile, list[PageSource], int]:
    if entry.path is None:
        return (
            SourceFile(entry.name, "unreadable", None, 0, problems=[entry.problem] if entry.problem else []),
            [],
            0,
        )
    try:
        size = entry.path.stat().st_size
        category, mime = sniff(entry.path)
    except OSError as exc:
        return (
            SourceFile(entry.name, "unreadable", None, 0, problems=[Problem("unreadable", str(exc))]),
            [],
            0,
        )
    if category == "empty":
        return (
            SourceFile(entry.name, "unreadable", None, 0, problems=[Problem("empty", "the file is empty")]),
            [],
            0,
        )
    if category == "pdf":
        source, pages, doc, count = open_pdf(entry.path, entry.name, size, limits, most)
        if doc is not None:
            docs.append(doc)
        return source, list(pages), count
    if category == "image":
        source, image_pages, image, count = open_image(
            entry.path, entry.name, size, mime or "image", limits, most
        )
        if image is not None:
            docs.append(image)
        return source, list(image_pages), count
    return SourceFile(entry.name, _KIND_OF[category], mime, size), [], 0  # type: ignore[arg-type]
