"""The one place that runs Tesseract (through pytesseract).

OpenMP inside Tesseract makes it several times slower on small machines when
several pages run at once; parallelism comes from running several single-
threaded Tesseract processes instead.

Tesseract gets the page as an uncompressed TIFF file: pytesseract would write
a PNG, whose compression costs about a tenth of Tesseract's own time on a
300 dpi page, and PNM, which Leptonica reads byte by byte, is slower still.

Several pages go to one Tesseract process, as a list of files: loading the
four language models takes a quarter of a second, a quarter of the time of a
page, and a process reads the same words from a page whichever pages come
before it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, TypeAlias

import pytesseract
from PIL import Image

from validator.errors import ValidatorError
from validator.model import Box, Word

os.environ["OMP_THREAD_LIMIT"] = "1"

LANGUAGES = ("nld", "fra", "deu", "eng")
DEBIAN_PACKAGES = "tesseract-ocr " + " ".join(f"tesseract-ocr-{lang}" for lang in (*LANGUAGES, "osd"))


class TesseractMissing(ValidatorError):
    pass


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: list[Word]


class _Counter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self) -> None:
        with self._lock:
            self.value += 1


# Tesseract processes started by this process: a check reports how many it needed (none when
# everything came from the cache).
RUNS = _Counter()


@cache
def version() -> str:
    return str(pytesseract.get_tesseract_version())


def check_installed() -> None:
    """Fail early, naming what to install, rather than on every page."""
    if shutil.which("tesseract") is None:
        raise TesseractMissing(f"tesseract is not installed; install the Debian packages: {DEBIAN_PACKAGES}")
    try:
        langs = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError, subprocess.SubprocessError) as exc:
        raise TesseractMissing(f"tesseract does not run: {exc}") from None
    missing = [lang for lang in LANGUAGES if lang not in langs]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        raise TesseractMissing(f"tesseract lacks language data {', '.join(missing)}; install: {packages}")


def _save(image: Image.Image, target: Path | IO[bytes]) -> None:
    image.save(target, format="TIFF", compression="raw")


@contextmanager
def _input_file(image: Image.Image) -> Iterator[str]:
    """The image as a private temporary TIFF file, removed afterwards."""
    with tempfile.NamedTemporaryFile(prefix="validator-page-", suffix=".tif") as fh:
        _save(image, fh)
        fh.flush()
        yield fh.name


@dataclass(frozen=True)
class Orientation:
    """How far (degrees, counter-clockwise) the page was turned, Tesseract's confidence in that, and the
    script it saw (OSD's "Script:" line: Latin, Arabic, Cyrillic, …)."""

    angle: int
    confidence: float
    script: str | None = None
    script_confidence: float = 0.0


def orientation(image: Image.Image, dpi: float, timeout: float) -> Orientation:
    """Tesseract's orientation and script detection; all zero when it finds too little text to tell."""
    RUNS.add()
    try:
        with _input_file(image) as path:
            osd = pytesseract.image_to_osd(
                path,
                config=f"--psm 0 --dpi {int(round(dpi))}",
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
    except pytesseract.TesseractError:
        return Orientation(0, 0.0)
    return Orientation(
        int(osd["rotate"]) % 360,
        float(osd["orientation_conf"]),
        osd.get("script") or None,
        float(osd.get("script_conf") or 0.0),
    )


# Tesseract's page segmentation: 3 finds the page's blocks and columns itself; 6 takes the page for one block of
# lines, which reads what the first dropped on some pages (a letter's middle beside a pencil note).
AUTO, ONE_BLOCK = 3, 6


def ocr(image: Image.Image, dpi: float, timeout: float, psm: int = AUTO) -> OcrResult:
    """Words with boxes (fractions of the image) and confidences, and the text in reading order.

    Raises RuntimeError (timeout) or pytesseract.TesseractError on failure.
    """
    RUNS.add()
    with _input_file(image) as path:
        data = _data(path, dpi, timeout, psm)
    return _result(data, range(len(data["text"])), image.size)


OcrFailure: TypeAlias = RuntimeError | pytesseract.TesseractError | OSError


def ocr_pages(pages: list[tuple[Image.Image, float]], timeout: float) -> list[OcrResult | OcrFailure]:
    """What `ocr` reads from each (image, dpi), one process for all the pages of a resolution.

    `timeout` bounds each process, one page's or several's: a page takes about a second, far less than
    any timeout worth setting, and a page that makes Tesseract hang must not hold its run up for the
    timeout times the run's length. When a process fails, or times out, its pages are read again one by
    one, so that one bad page fails alone.
    """
    results: list[OcrResult | OcrFailure] = [RuntimeError("not read")] * len(pages)
    by_dpi: dict[int, list[int]] = {}
    for i, (_, dpi) in enumerate(pages):
        by_dpi.setdefault(int(round(dpi)), []).append(i)
    for dpi, indices in by_dpi.items():
        together: list[OcrResult] | None = None
        if len(indices) > 1:
            try:
                together = _ocr_together([pages[i][0] for i in indices], dpi, timeout)
            except (RuntimeError, pytesseract.TesseractError, OSError):
                together = None
        for n, i in enumerate(indices):
            if together is not None:
                results[i] = together[n]
                continue
            try:
                results[i] = ocr(pages[i][0], dpi, timeout)
            except (RuntimeError, pytesseract.TesseractError, OSError) as exc:
                results[i] = exc
    return results


def _ocr_together(images: list[Image.Image], dpi: int, timeout: float) -> list[OcrResult]:
    RUNS.add()
    with tempfile.TemporaryDirectory(prefix="validator-pages-") as folder:
        paths = []
        for n, image in enumerate(images):
            paths.append(Path(folder, f"page-{n:04d}.tif"))
            _save(image, paths[-1])
        listing = Path(folder, "pages.txt")
        listing.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
        data = _data(str(listing), dpi, timeout)
    rows: dict[int, list[int]] = {}
    for i, page in enumerate(data["page_num"]):
        rows.setdefault(int(page), []).append(i)
    if sorted(rows) != list(range(1, len(images) + 1)):
        raise RuntimeError(f"Tesseract returned pages {sorted(rows)} for {len(images)} images")
    return [_result(data, rows[n], image.size) for n, image in enumerate(images, 1)]


def _data(path: str, dpi: float, timeout: float, psm: int = AUTO) -> dict[str, list]:
    return pytesseract.image_to_data(
        path,
        lang="+".join(LANGUAGES),
        config=f"--psm {psm} --dpi {int(round(dpi))}",
        output_type=pytesseract.Output.DICT,
        timeout=timeout,
    )


def _result(data: dict[str, list], rows: Iterable[int], size: tuple[int, int]) -> OcrResult:
    width, height = size
    words: list[Word] = []
    lines: dict[tuple[int, int, int], list[str]] = {}
    for i in rows:
        text = data["text"][i].strip()
        if not text:
            continue
        left, top = data["left"][i], data["top"][i]
        box = Box(
            left / width, top / height, (left + data["width"][i]) / width, (top + data["height"][i]) / height
        )
        words.append(Word(text, float(data["conf"][i]), box))
        lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(text)
    text_lines = []
    previous_block = None
    for (block, _par, _line), tokens in lines.items():
        if previous_block is not None and block != previous_block:
            text_lines.append("")
        text_lines.append(" ".join(tokens))
        previous_block = block
    return OcrResult("\n".join(text_lines), words)


def read_mark(image: Image.Image, timeout: float) -> str:
    """What a mark cut out of a page's margin says: a V-number written by hand, stamped, or turned along the
    edge, which OCR of the whole page passed over. A mark taller than wide is read turned either way; of the
    readings, the one with the most digits."""
    turns = (0,) if image.width >= image.height else (90, 270)
    readings = []
    for turn in turns:
        RUNS.add()
        with _input_file(image.rotate(turn, expand=True)) as path:
            try:
                text = pytesseract.image_to_string(path, lang="eng", config="--psm 6", timeout=timeout)
            except pytesseract.TesseractError:
                continue
        readings.append(" ".join(text.split()))
    return max(readings, key=lambda t: sum(c.isdigit() for c in t), default="")


# A machine-readable zone holds capitals, digits and the filler only; the dictionaries of words would only pull
# its runs of letters towards words.
_ZONE_CONFIG = "--psm 6 -c tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789< -c load_system_dawg=0 -c load_freq_dawg=0"


def read_zone(image: Image.Image, timeout: float) -> str:
    """What the band of a machine-readable zone, cut out of its page, says when read as nothing but a zone."""
    RUNS.add()
    with _input_file(image) as path:
        return str(pytesseract.image_to_string(path, lang="eng", config=_ZONE_CONFIG, timeout=timeout))
