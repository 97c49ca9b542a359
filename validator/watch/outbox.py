"""Publishing a dossier's outputs so that no reader and no crash ever meets half of a set.

`OUTBOX/<name>/` holds the current outputs and `dossier.sha256`, the content
hash they belong to. A new set is written whole, hash file last, into a
hidden staging folder beside it and renamed into place: a reader sees the
old folder, for a moment none, then the new one, never a partial one, and a
full disk leaves no trace. The folder it replaces goes first into the
staging folder, with its history, as `previous/<time>-<hash>/` (the time its
outputs were written): outputs of earlier content are moved, never deleted.
A crash in between is finished or undone by `recover`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from validator.model import Report
from validator.output import write_private
from validator.report import htmlreport, jsonreport, letter, text

# Every format the project renders, by output name: a new format is one line here.
OUTPUTS: dict[str, Callable[[Report], str]] = {
    "report.json": jsonreport.render,
    "report.txt": text.render,
    "report.html": htmlreport.render,
    "letter.txt": letter.render,
}
ERROR = "error.json"
HASH_FILE = "dossier.sha256"
PREVIOUS = "previous"


def folder(outbox: Path, name: str) -> Path:
    return outbox / name


def staging(outbox: Path, name: str) -> Path:
    """Where a dossier's new set is written before it is renamed into place; hidden, so never a dossier's name."""
    # Named by a hash: a dossier's name may already be as long as the file system allows.
    return outbox / f".publishing-{hashlib.sha256(name.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}"


def _committed(target: Path) -> str | None:
    try:
        return (target / HASH_FILE).read_text(encoding="ascii").strip() or None
    except (OSError, ValueError):
        return None


def published(outbox: Path, name: str) -> str | None:
    """The content hash whose outputs are complete in the outbox, if any."""
    return _committed(folder(outbox, name))


def failed(outbox: Path, name: str) -> bool:
    """The published outputs say the dossier could not be checked."""
    return (folder(outbox, name) / ERROR).is_file()


def reports(report: Report) -> dict[str, str]:
    return {name: render(report) for name, render in OUTPUTS.items()}


def error(name: str, content_hash: str, reason: str) -> dict[str, str]:
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    body = {"dossier": name, "sha256": content_hash, "error": reason, "at": at}
    return {ERROR: json.dumps(body, ensure_ascii=False, indent=2) + "\n"}


def publish(outbox: Path, name: str, content_hash: str, outputs: dict[str, str]) -> Path:
    """Put the outputs for this content in place (a no-op when they already are); returns their folder.

    OSError when the outbox cannot take them; nothing of the new set is left behind then.
    """
    recover(outbox, name)
    target = folder(outbox, name)
    if published(outbox, name) == content_hash:
        return target
    staged = staging(outbox, name)
    staged.mkdir(mode=0o700)
    try:
        for filename, data in outputs.items():
            write_private(staged / filename, data)
        write_private(staged / HASH_FILE, content_hash + "\n")
    except BaseException:
        # Only this set is in it yet: removing it gives back the space it took.
        shutil.rmtree(staged, ignore_errors=True)
        raise
    if os.path.lexists(target):
        _retire(target, staged)
    os.replace(staged, target)
    return target


def _retire(target: Path, staged: Path) -> None:
    """Move the folder being replaced into the staging folder: its history, then itself as the newest of it."""
    if (target / PREVIOUS).is_dir():
        os.replace(target / PREVIOUS, staged / PREVIOUS)
    old = _committed(target)
    if old is None:
        # Outputs no hash file commits: an interrupted run of an older version left them, nothing to keep.
        shutil.rmtree(target)
        return
    written = dt.datetime.fromtimestamp((target / HASH_FILE).stat().st_mtime, dt.UTC)
    (staged / PREVIOUS).mkdir(mode=0o700, exist_ok=True)
    os.replace(target, _free(staged / PREVIOUS / f"{written:%Y-%m-%dT%H%M%SZ}-{old[:12]}"))


def _free(path: Path) -> Path:
    """This name, or the first of name-2, name-3, … not taken: an archive never replaces another."""
    candidate, n = path, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def recover(outbox: Path, name: str) -> None:
    """Finish or undo a publish that a crash interrupted; afterwards the dossier has no staging folder."""
    staged = staging(outbox, name)
    if not staged.is_dir():
        return
    target = folder(outbox, name)
    if not os.path.lexists(target) and _committed(staged):
        # Crashed between moving the old folder away and this one into place.
        os.replace(staged, target)
        return
    history = staged / PREVIOUS
    if history.is_dir():
        # Crashed after taking the old folder's history, before the old folder itself went: give it back.
        (target / PREVIOUS).mkdir(mode=0o700, parents=True, exist_ok=True)
        for item in history.iterdir():
            os.replace(item, _free(target / PREVIOUS / item.name))
    shutil.rmtree(staged)


def move(outbox: Path, old: str, new: str) -> None:
    """A dossier renamed in the inbox takes its outputs and their history along, unless the new name has its own."""
    recover(outbox, old)
    recover(outbox, new)
    source, target = folder(outbox, old), folder(outbox, new)
    if source.is_dir() and not os.path.lexists(target):
        os.replace(source, target)
