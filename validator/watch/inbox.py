"""What a dossier in the inbox is, whether it has finished arriving, and what its content is.

A dossier is a top-level folder, zip, or single file. Whether it still
changes is told by a cheap signature (names, sizes, modification times);
whether it has anything to check by the files `validator check` would read
(a folder made before its files are copied in holds none yet); whether it is
complete by opening every file whole; what it is by a content hash over
exactly the files `validator check` will read.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path

import pypdf
from PIL import Image

from validator.cache import file_digest
from validator.ingest.pdf import PDF_ERRORS
from validator.ingest.sniff import sniff
from validator.ingest.walk import READY_MARKER, display, entries, junk
from validator.watch.pdfend import written_to_the_end


def _ignored(name: str) -> bool:
    """Temporary and system names, and hidden ones (sync tools, snapshots), are never dossiers."""
    return junk(name) or name.startswith(".")


def dossiers(inbox: Path) -> dict[str, Path]:
    """The inbox's dossiers by name; links are not followed out of the inbox. OSError when it cannot be listed."""
    found = {}
    with os.scandir(inbox) as listing:
        items = list(listing)
    for item in items:
        if _ignored(item.name):
            continue
        try:
            mode = item.stat(follow_symlinks=False).st_mode
        except OSError:
            continue
        if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
            found[display(item.name)] = Path(item.path)
    return found


def signature(path: Path) -> str | None:
    """Changes whenever anything in the dossier changes, temporary files included; None once it is gone."""
    digest = hashlib.sha256()
    try:
        if not path.is_dir():
            st = path.stat()
            digest.update(f"{st.st_size} {st.st_mtime_ns}".encode())
            return digest.hexdigest()
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            dirnames.sort()
            for name in sorted(filenames) + dirnames:
                item = os.path.join(dirpath, name)
                try:
                    st = os.lstat(item)
                    state = f"{st.st_size} {st.st_mtime_ns}"
                except OSError:
                    # Gone between listing and looking: a change like any other.
                    state = "?"
                digest.update(os.fsencode(os.path.relpath(item, path)) + f"\0{state}\0".encode())
    except OSError:
        return None
    return digest.hexdigest() if path.exists() else None


def has_ready_marker(path: Path) -> bool:
    return path.is_dir() and (path / READY_MARKER).is_file()


def empty(path: Path) -> bool:
    """A folder holding no file `validator check` would read, `dossier.yaml` aside: nothing to check yet."""
    if not path.is_dir():
        return False
    try:
        with entries(path) as (_, found):
            return not found
    except OSError:
        # Changing under our feet: not known to be empty; whether it is whole is asked next.
        return False


def _files(path: Path) -> list[tuple[str, Path | None]]:
    """What `validator check` reads of this dossier, by relative name, manifest included."""
    if not path.is_dir():
        return [(display(path.name), path)]
    with entries(path) as (manifest, found):
        files = [(e.name, e.path) for e in found]
        return files + ([(manifest.name, manifest)] if manifest else [])


def content_hash(path: Path) -> str:
    """SHA-256 over the relative names and contents of the dossier's files: the identity of its work."""
    digest = hashlib.sha256()
    for name, file in sorted(_files(path), key=lambda item: item[0]):
        digest.update(name.encode("utf-8", "replace") + b"\0")
        digest.update((file_digest(file) if file else "-").encode() + b"\0")
    return digest.hexdigest()


def whole(path: Path) -> bool:
    """Every file of the dossier opens whole: no PDF, image or zip is still being written."""
    try:
        return all(file is None or _file_whole(file) for _, file in _files(path))
    except OSError:
        return False


def _file_whole(path: Path) -> bool:
    category, mime = sniff(path)
    if category == "empty":
        return False
    if category == "pdf":
        return _pdf_whole(path)
    if category == "image":
        return _image_whole(path)
    if mime == "application/zip":
        try:
            zipfile.ZipFile(path).close()
        except (zipfile.BadZipFile, OSError):
            return False
    return True


def _pdf_whole(path: Path) -> bool:
    if not written_to_the_end(path):
        return False
    try:
        reader = pypdf.PdfReader(path, strict=False)
        return reader.is_encrypted or len(reader.pages) > 0
    except PDF_ERRORS:
        return False


def _image_whole(path: Path) -> bool:
    try:
        with Image.open(path) as image:
            image.load()
    except Image.DecompressionBombError:
        # Complete, only too large: the check itself reports it.
        return True
    except (OSError, SyntaxError, ValueError):
        return False
    return True
