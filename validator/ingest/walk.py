"""Enumerate the files of a submission (folder, zip or single file) without trusting it.

Nothing is followed out of the dossier: symbolic links are not followed, zip
entries with absolute or `..` paths are not extracted, special files are not
opened, and a zip is unpacked into a private temporary folder with a size cap.
Names that are not UTF-8 are kept for opening and shown with replacement
characters; control characters in names are shown escaped.
"""

from __future__ import annotations

import lzma
import os
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from validator.errors import UsageError
from validator.manifest import FILENAME as MANIFEST_NAME
from validator.model import Problem

# A scanner's "finished writing" signal in a watched folder (validator/watch), not part of the dossier.
READY_MARKER = "READY"
# Files that operating systems and scanners leave behind; no one means to submit them.
JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", MANIFEST_NAME, READY_MARKER}
JUNK_DIRS = {"__MACOSX", "@eaDir", ".git"}
# Names copy tools and browsers give a file while it is still being written.
TEMPORARY_SUFFIXES = (".part", ".filepart", ".tmp", ".crdownload")
MAX_UNPACKED_BYTES = 4 * 1024**3
# What zipfile raises on a damaged archive or entry: its own errors, and those of the decompressors under it.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    NotImplementedError,
    ValueError,
    UnicodeDecodeError,
    zlib.error,
    lzma.LZMAError,
)
# Characters that would move the cursor, recolour a terminal or turn text around, rather than be seen.
_BIDI_CONTROLS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class Entry:
    """One file of the submission: where to read it, and how to name it to the user."""

    name: str
    path: Path | None
    problem: Problem | None = None


def display(name: str) -> str:
    """A file-system name as a report shows it."""
    return escape(os.fsencode(name).decode("utf-8", "replace"))


def escape(name: str) -> str:
    """Control characters as escapes (\\x1b), so that a name cannot steer the terminal a report is shown on."""
    return "".join(
        repr(c)[1:-1] if c in _BIDI_CONTROLS or unicodedata.category(c) in ("Cc", "Zl", "Zp", "Cs") else c
        for c in name
    )


def junk(name: str) -> bool:
    return (
        name in JUNK_NAMES
        or name in JUNK_DIRS
        or name.startswith(("._", "~$"))
        or name.endswith(TEMPORARY_SUFFIXES)
    )


@contextmanager
def entries(root: Path) -> Iterator[tuple[Path | None, list[Entry]]]:
    """Yield the submission's manifest (if it has one) and its files.

    The submission must be a folder or a regular file: a FIFO would block the check for ever, and a
    device such as /dev/zero never ends.
    """
    try:
        mode = root.stat().st_mode
    except OSError as exc:
        raise UsageError(f"{root}: cannot be read ({exc.strerror})") from None
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
        raise UsageError(f"{root}: not a folder or a regular file (a device, pipe or socket is never read)")
    if stat.S_ISDIR(mode):
        yield _manifest(root), sorted(_walk_folder(root), key=lambda e: e.name)
    elif zipfile.is_zipfile(root):
        with tempfile.TemporaryDirectory(prefix="validator-zip-") as tmp:
            os.chmod(tmp, 0o700)
            found = sorted(_unzip(root, Path(tmp)), key=lambda e: e.name)
            yield _manifest(Path(tmp) / "files"), found
    else:
        yield None, [Entry(display(root.name), root)]


def _manifest(folder: Path) -> Path | None:
    """The manifest, when it is a regular file: never through a link, which could lead out of the dossier
    (to /etc/shadow), nor a FIFO, which would block whoever opens it."""
    candidate = folder / MANIFEST_NAME
    try:
        return candidate if stat.S_ISREG(candidate.lstat().st_mode) else None
    except OSError:
        return None


def refused_manifest(folder: Path) -> Path | None:
    """Something named like the manifest that is no regular file: a check must not go on as if it were absent."""
    candidate = folder / MANIFEST_NAME
    return candidate if os.path.lexists(candidate) and _manifest(folder) is None else None


def _walk_folder(root: Path) -> Iterator[Entry]:
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if d not in JUNK_DIRS)
        # os.walk lists links to folders with the folders but never descends into them.
        for name in [d for d in dirnames if (here / d).is_symlink()] + filenames:
            path = here / name
            rel = display(os.path.relpath(path, root))
            try:
                mode = path.lstat().st_mode
            except OSError:
                # Gone since the folder was listed.
                continue
            if stat.S_ISLNK(mode):
                try:
                    outside = _outside_link(path, real_root)
                except (RuntimeError, OSError):
                    # Path.resolve() raises RuntimeError on a loop of links (a → b → a).
                    yield Entry(rel, None, Problem("link-loop", rel))
                    continue
                if outside:
                    yield Entry(rel, None, Problem("link-outside", rel))
            elif not stat.S_ISREG(mode):
                yield Entry(rel, None, Problem("not-a-file", rel))
            elif not (junk(name) and not (name == MANIFEST_NAME and here != root)):
                yield Entry(rel, path)


def _outside_link(path: Path, real_root: Path) -> bool:
    target = path.resolve()
    return target != real_root and real_root not in target.parents


def _unzip(archive: Path, tmp: Path) -> Iterator[Entry]:
    out_root = tmp / "files"
    out_root.mkdir()
    try:
        zf = zipfile.ZipFile(archive)
    except UnicodeDecodeError:
        yield Entry(
            display(archive.name),
            None,
            Problem("unreadable", "zip: an entry's name is marked as UTF-8 but is not"),
        )
        return
    except ZIP_ERRORS as exc:
        yield Entry(display(archive.name), None, Problem("unreadable", escape(f"zip: {exc}")))
        return
    with zf:
        # An entry without a name (zipfile cannot even ask whether it is a folder) is nothing to read.
        infos = [
            i
            for i in zf.infolist()
            if i.filename and not i.is_dir() and PurePosixPath(i.filename.replace("\\", "/")).parts
        ]
        names = [PurePosixPath(i.filename.replace("\\", "/")).parts for i in infos]
        # A zip of a folder holds one top folder; the dossier is what is inside it.
        tops = {p[0] for p in names if len(p) > 1}
        strip = 1 if len(tops) == 1 and all(len(p) > 1 for p in names) else 0
        budget = MAX_UNPACKED_BYTES
        for index, (info, parts) in enumerate(zip(infos, names)):
            name = escape("/".join(parts[strip:]))
            if info.filename.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]:
                shown = escape(info.filename)
                yield Entry(shown, None, Problem("unsafe-path", shown))
                continue
            if parts[0] in JUNK_DIRS or (junk(parts[-1]) and name != MANIFEST_NAME):
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                yield Entry(name, None, Problem("link-outside", name))
                continue
            if info.flag_bits & 0x1:
                yield Entry(name, None, Problem("encrypted", "zip entry is password-protected"))
                continue
            # Extracted under an index, not the entry's own name: names are untrusted.
            target = out_root / (MANIFEST_NAME if name == MANIFEST_NAME else f"{index:05d}")
            problem = _extract(zf, info, target, budget)
            if problem:
                yield Entry(name, None, problem)
            elif name != MANIFEST_NAME:
                budget -= target.stat().st_size
                yield Entry(name, target)


def _extract(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int) -> Problem | None:
    try:
        with zf.open(info) as src, open(target, "xb") as dst:
            os.chmod(target, 0o600)
            copied = 0
            while chunk := src.read(1 << 20):
                copied += len(chunk)
                if copied > budget:
                    raise OverflowError
                dst.write(chunk)
    except OverflowError:
        target.unlink(missing_ok=True)
        return Problem("too-large", f"the zip unpacks to more than {MAX_UNPACKED_BYTES // 1024**3} GiB")
    except ZIP_ERRORS as exc:
        target.unlink(missing_ok=True)
        return Problem("unreadable", escape(f"zip entry: {type(exc).__name__}: {exc}"))
    return None
