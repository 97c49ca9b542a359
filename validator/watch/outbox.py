"""Publishing a dossier's outputs so that a crash at any moment leaves either the old set or the new one.

`OUTBOX/<name>/` holds the current outputs and `dossier.sha256`, the content
hash they belong to. Each output is written under a temporary name and
renamed; the hash file is written last, so it is the commit: outputs without
it are leftovers of an interrupted run and are replaced. Outputs of an older
hash are moved, never deleted, to `previous/<time>-<hash>/`, the time being
when they were written (so that moving them again after a crash picks the
same folder).
"""

from __future__ import annotations

import datetime as dt
import json
import os
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


def published(outbox: Path, name: str) -> str | None:
    """The content hash whose outputs are complete in the outbox, if any."""
    try:
        return (folder(outbox, name) / HASH_FILE).read_text(encoding="ascii").strip() or None
    except (OSError, ValueError):
        return None


def reports(report: Report) -> dict[str, str]:
    return {name: render(report) for name, render in OUTPUTS.items()}


def error(name: str, content_hash: str, reason: str) -> dict[str, str]:
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    body = {"dossier": name, "sha256": content_hash, "error": reason, "at": at}
    return {ERROR: json.dumps(body, ensure_ascii=False, indent=2) + "\n"}


def publish(outbox: Path, name: str, content_hash: str, outputs: dict[str, str]) -> Path:
    """Put the outputs for this content in place (a no-op when they already are); returns their folder."""
    target = folder(outbox, name)
    target.mkdir(mode=0o700, exist_ok=True)
    current = published(outbox, name)
    if current == content_hash:
        return target
    if current is not None:
        _archive(target, current)
    for item in _top_files(target):
        item.unlink()
    for filename, data in outputs.items():
        write_private(target / filename, data)
    write_private(target / HASH_FILE, content_hash + "\n")
    return target


def _top_files(target: Path) -> list[Path]:
    return [p for p in target.iterdir() if p.is_file() and not p.is_symlink()]


def _archive(target: Path, old_hash: str) -> None:
    hash_file = target / HASH_FILE
    written = dt.datetime.fromtimestamp(hash_file.stat().st_mtime, dt.timezone.utc)
    keep = target / PREVIOUS / f"{written:%Y-%m-%dT%H%M%SZ}-{old_hash[:12]}"
    keep.mkdir(mode=0o700, parents=True, exist_ok=True)
    for item in _top_files(target):
        if item != hash_file and not item.name.startswith("."):
            os.replace(item, keep / item.name)
    # Last: until it moves, a restart still knows which outputs are the old ones.
    os.replace(hash_file, keep / HASH_FILE)
