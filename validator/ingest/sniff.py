"""What a file is, from its content (magic bytes), never from its name."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import filetype

Category = Literal["pdf", "image", "media", "archive", "document", "empty", "other"]

# Formats Pillow decodes; anything else that calls itself an image is "other".
_PILLOW_IMAGES = {"image/jpeg", "image/png", "image/tiff", "image/webp", "image/bmp", "image/gif"}
_ARCHIVES = {
    "application/zip",
    "application/x-tar",
    "application/vnd.rar",
    "application/x-rar-compressed",
    "application/gzip",
    "application/x-bzip2",
    "application/x-7z-compressed",
    "application/x-xz",
    "application/zstd",
    "application/x-lzip",
    "application/x-compress",
    "application/x-lz4",
    "application/vnd.ms-cab-compressed",
    "application/x-deb",
    "application/x-rpm",
    "application/x-unix-archive",
}
# ISO 9660 and UDF disc images carry their signature 32 KiB in, beyond what filetype reads.
_DISC_SIGNATURES = (b"CD001", b"BEA01", b"NSR02", b"NSR03")
_DISC_OFFSET = 32769


def sniff(path: Path) -> tuple[Category, str | None]:
    """Return the category and MIME type of the file at path."""
    with path.open("rb") as fh:
        head = fh.read(8192)
        fh.seek(_DISC_OFFSET)
        disc = fh.read(5)
    if not head:
        return "empty", None
    # Readers accept a PDF header anywhere in the first KiB, and so must we.
    if b"%PDF-" in head[:1024]:
        return "pdf", "application/pdf"
    if disc in _DISC_SIGNATURES:
        return "media", "application/x-iso9660-image"
    kind = filetype.guess(head)
    if kind is None:
        return "other", None
    mime = kind.mime
    if mime.startswith(("audio/", "video/")) or mime in {
        "application/x-shockwave-flash",
        "application/x-sqlite3",
    }:
        return "media", mime
    if mime in _PILLOW_IMAGES:
        return "image", mime
    if mime in _ARCHIVES:
        return "archive", mime
    if mime.startswith("application/vnd.") or mime in {
        "application/msword",
        "application/rtf",
        "application/epub+zip",
    }:
        return "document", mime
    return "other", mime
