"""What each reader must do with any input at all: read it, or say why not, within the caps.

A target gets the fuzzer's bytes as a file in a private folder and reads it as `validator check` does,
without OCR (Tesseract is not a reader of the input: it reads the pages the readers rendered). Anything
else than returning is a failure: an exception, and, caught by libFuzzer around the target, a hang or
more than 1 GB of memory. A name with a control character in what a report would show is a failure too.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from validator import manifest
from validator.errors import ConfigError
from validator.ingest.walk import entries, escape
from validator.pages import ReadOptions
from validator.pipeline import CheckOptions, read_files

OPTIONS = CheckOptions({}, jobs=1, read=ReadOptions(ocr=False), cache=False)
# Owner-only, in the private temporary folder that fuzz/run.py makes for the run and removes after it.
_FOLDER = Path(tempfile.mkdtemp(prefix="inputs-"))


class Leak(Exception):
    """A reader let something through that a report must never show."""


def _read_dossier(path: Path) -> None:
    with entries(path) as (manifest_path, found):
        if manifest_path is not None:
            try:
                manifest.load(manifest_path, {}, OPTIONS.limits)
            except ConfigError as exc:
                _printable(str(exc))
        files = read_files(found, OPTIONS)
    for source in files:
        _printable(source.path)
        for problem in source.problems:
            _printable(problem.detail)


def _printable(text: str) -> None:
    """Nothing that escaping names would change: a control character (not a line break between reasons),
    or a character that turns text around."""
    for line in text.split("\n"):
        if escape(line) != line:
            raise Leak(f"a control character reaches the report: {line!r}")


def _as_file(suffix: str) -> Callable[[bytes], None]:
    def target(data: bytes) -> None:
        path = _FOLDER / f"input{suffix}"
        path.write_bytes(data)
        try:
            _read_dossier(path)
        finally:
            path.unlink()

    return target


def manifest_target(data: bytes) -> None:
    folder = _FOLDER / "dossier"
    folder.mkdir(exist_ok=True)
    path = folder / manifest.FILENAME
    path.write_bytes(data)
    try:
        manifest.load(path, {}, OPTIONS.limits)
    except ConfigError as exc:
        _printable(str(exc))
    finally:
        path.unlink()


TARGETS: dict[str, Callable[[bytes], None]] = {
    "pdf": _as_file(".pdf"),
    "image": _as_file(".img"),
    "zip": _as_file(".zip"),
    "manifest": manifest_target,
}
