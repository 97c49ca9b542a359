"""What was read from a file, kept so that an unchanged file is never read or OCR'd twice.

Two levels: a whole file's pages by the file's content hash (an unchanged
dossier re-checks without rendering anything), and one page's OCR by the hash
of the raster Tesseract saw (the same scan inside another PDF). Both keys
include the reading settings and Tesseract's version. Entries are JSON files
in the user's cache directory, owner-only, written atomically; a damaged entry
is a miss, never an error.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path
from typing import Any

from validator.model import Box, Checkbox, Mark, Page, Problem, SourceFile, Word

# Bump a kind when what it stores, or how it is read, changes meaning: a file entry holds the file's pages as
# read (their language included), an OCR entry what Tesseract read from one page's pixels. Bumping only the
# kind that changed keeps the costly OCR entries. (file 7: a page's language no longer trusts a script
# detection that OCR then read well; file 8: pages of files over a cap, blank pages by number; ocr 7: a page is
# turned only when it then reads better, and one whose orientation Tesseract cannot tell is also read upside down;
# ocr 8, file 12: a page that still reads poorly turned as Tesseract says is tried at the other angles; file 13:
# marks in the margins read on their own, a mark entry holding what one says; file 14: a page of many words read
# well is in Latin script whatever the script detection saw; ocr 9, file 15: a page whose zone reads upside down
# (">>>>>" for its fillers) is turned, whatever orientation detection says; ocr 10, file 16: also when the
# fillers read with gaps, ">>> >>>"; ocr 11, file 17: a page a few degrees off level is read straightened; file
# 18: not by the angle a faint page's speckle suggests; file 19: the pictures in the margins of a text-layer page
# read as marks; file 20: a page is straightened from 3 degrees off, not 2; file 21: a page whose print OCR
# dropped in blocks is read again as one block, a block entry holding that reading; file 22: a page's faint ink and
# contrast also without the lines that cross it from edge to edge; file 26: a page's language read without what its
# margins' marks said; file 27: nor from the words OCR read unsurely; file 28: nor by lines that split their
# votes; file 31: a zone failing its check digits read again in its band, a zone entry holding that reading; file 32,
# zone 2: also a band whose page read no zone, and the band levelled, enlarged and its contrast stretched; file 33: a
# form's comb fields read again with their boxes painted over, a comb entry holding those readings; file 34: a
# heading reversed out of a dark bar that the page's OCR passed over read on its own, a band entry holding it; file
# 35: the margins' marks read (pages._read_marks) without a thin line lying on the cells' edge; file 36: with it
# again, that even run being a line only where a V-number's margins are looked at (35 lost print read sideways);
# file 37: a page's checkboxes hold its radio buttons' rings too; file 38: a zone's first line after words read off
# the photo is a zone (`mrz._zone_after_words`), so fewer zones are read again in their band; file 39: a photo on a
# light background found whole, `photo._LIGHT_BACKGROUND`; file 40: "another language" only where most of the
# text's letters are, line by line, `language._mostly_other`; file 41: a page's ink also without the dark around a
# sheet scanned askew, `raster._off_border`, and a line's language from its words without capitals; file 42: a zone OCR
# read no filler of looked for by its look, `ingest.zones`; file 43: only on a page that may be a travel
# document's; file 44: a line is another language only where read so both whole and by its words without
# capitals; file 46: a page scanned sideways straightened by its columns (`raster.skew`), and a text whose long
# lines have too few common words judged by its sample, then whole (`language._other_language`); file 47: a text called
# another language by its long lines weighed by all its lines (a document written twice, side by side); file 48: the
# dark ground around a slip photographed on a desk is painted as its paper before the page is measured
# (`raster._ground`), so the slip is read; file 49: a mark touching
# the page's edge for a stamp's side only is read too (`inkmap.margin_marks`); file 50: a zone's first line read short
# of its fillers is padded to its second line's format (`mrz._short_first`); file 51: a zone's band as high as the
# words on its lines, not only those with fillers (`pages._zone_bands`); file 52: a page's skew measured without the
# dark ground around a sheet or a booklet (`raster.skew`); file 53: a margin mark's reading that holds a number's
# label and no digit is kept in the page's text too (`pages._read_marks`); file 54: a text's sample judged for another
# language line by line, a line in capitals whole (`language._other_language`); file 55: a line's parts written side
# by side in two languages judged apart (`language._SIDE_BY_SIDE`); file 56: lines with too few common words to tell
# leave the language to the sample whole: one line is too few (`language._mostly_other`); file 57: a page whose
# middle holds no ink of the text's strength is measured whole for its skew (`raster.skew`); file 58, comb 2: two
# walls close together are one, of two boxes drawn apart (`combs._paired`); file 59: a zone's band line that lost
# its last check digit takes the page's (`mrz._last_put_back`); file 60: a photo looked for a third time with its
# darkest tones (`photo.find_photo`); file 61: there, only a block holding mid-tones in good part (`MIDTONES_IN_DARK`); file 62:
# every picture of a text-layer page small enough to be a mark read on its own, and what each mark read kept (`Mark`);
# ocr 12, file 63: a zone read upside down and upright turned keeps the turned reading, however few words it holds;
# ocr 13, file 64: a page straightened and read poorly is read as scanned too, the entry saying which was kept;
# file 71: a page written in two languages paragraph by paragraph is in the one of the four (`language._written_twice`);
# file 72: a page that asks for a stamp has the marks as large as one in its body read on their own (`pages._read_stamps`);
# file 73: a mark alone before a zone's line, a space after it, is no part of it (`mrz._STRAY_MARK`).
# file 74: a page whose letters were guessed at and numbers read surely is another script (`language.letters_unread`).
# file 75: a zone whose lines were read out of order is settled in the order its check digits hold (`mrz._reordered`).
# file 76: a form's labels read together by their common words (`language._common_text`), and labels written twice on
# their lines read side by side (`language._written_side_by_side`).
# A model entry
# holds the shipped document-type model's probabilities for one text, keyed by the model file's digest.)
FORMATS = {
    "file": 76,
    "ocr": 13,
    "mark": 1,
    "block": 1,
    "zone": 2,
    "comb": 2,
    "band": 1,
    "desk": 2,
    "model": 1,
}


def directory() -> Path:
    override = os.environ.get("VALIDATOR_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "validator"


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def key(kind: str, *parts: object) -> str:
    return hashlib.sha256(json.dumps([FORMATS[kind], kind, *parts], default=str).encode()).hexdigest()


class Cache:
    def __init__(self, root: Path | None = None, enabled: bool = True):
        self.root = root or directory()
        self.enabled = enabled

    def _path(self, kind: str, k: str) -> Path:
        return self.root / kind / k[:2] / f"{k}.json"

    def get(self, kind: str, k: str) -> Any | None:
        if not self.enabled:
            return None
        try:
            return json.loads(self._path(kind, k).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, kind: str, k: str, value: Any) -> None:
        if not self.enabled:
            return
        target = self._path(kind, k)
        try:
            # Parents too: a fresh account may have no ~/.cache yet.
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            for folder in (target.parent.parent, target.parent):
                folder.mkdir(mode=0o700, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(value, fh, ensure_ascii=False)
            os.replace(tmp, target)
        except OSError:
            # A full or read-only disk costs speed, not correctness.
            return

    def clear(self) -> int:
        """Remove every entry; returns how many there were."""
        count = sum(1 for _ in self.root.rglob("*.json")) if self.root.is_dir() else 0
        shutil.rmtree(self.root, ignore_errors=True)
        return count


def dump_words(words: list[Word]) -> list[list[object]]:
    return [[w.text, w.conf, w.box.x0, w.box.y0, w.box.x1, w.box.y1] for w in words]


def load_words(rows: list[list[Any]]) -> list[Word]:
    return [Word(r[0], r[1], Box(*r[2:])) for r in rows]


# Field by field rather than dataclasses.asdict, which deep-copies every word and box: on a long
# PDF that took longer than reading its text layer.
_PAGE_FIELDS = [f.name for f in fields(Page) if f.name not in ("file", "words")]


def _plain(value: object) -> object:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return asdict(value) if is_dataclass(value) else value  # type: ignore[arg-type]


def dump_file(source: SourceFile) -> dict[str, Any]:
    pages: list[dict[str, Any]] = [
        {**{name: _plain(getattr(p, name)) for name in _PAGE_FIELDS}, "words": dump_words(p.words)}
        for p in source.pages
    ]
    for page in pages:
        if page["thumbnail"] is not None:
            page["thumbnail"] = base64.b64encode(page["thumbnail"]).decode("ascii")
    return {
        "kind": source.kind,
        "media_type": source.media_type,
        "size_bytes": source.size_bytes,
        "pages": pages,
        "problems": [asdict(p) for p in source.problems],
    }


def load_file(data: dict[str, Any], name: str) -> SourceFile | None:
    """What was read from a file, or None when the entry is not what this version stores (a miss)."""
    try:
        return _source_file(data, name)
    except (KeyError, TypeError, ValueError, IndexError, binascii.Error):
        return None


def _source_file(data: dict[str, Any], name: str) -> SourceFile:
    pages = [
        Page(
            **{
                **p,
                "file": name,
                "words": load_words(p["words"]),
                # An entry stored before pages had an unruled map is read again.
                "unruled_map": p["unruled_map"],
                "photo": Box(**p["photo"]) if p.get("photo") else None,
                "images": [Box(**b) for b in p["images"]],
                "checkboxes": [Checkbox(Box(**c["box"]), c["fill"]) for c in p["checkboxes"]],
                "combs": [Box(**b) for b in p["combs"]],
                "marks": [Mark(Box(**m["box"]), m["text"]) for m in p["marks"]],
                "thumbnail": base64.b64decode(p["thumbnail"]) if p["thumbnail"] else None,
            }
        )
        for p in data["pages"]
    ]
    return SourceFile(
        name,
        data["kind"],
        data["media_type"],
        data["size_bytes"],
        pages,
        [Problem(**p) for p in data["problems"]],
    )
