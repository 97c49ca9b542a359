"""The one place that runs Tesseract (through pytesseract).

OpenMP inside Tesseract makes it several times slower on small machines when
several pages run at once; parallelism comes from running several single-
threaded Tesseract processes instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

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
    try:
        osd = pytesseract.image_to_osd(image, config=f"--psm 0 --dpi {int(round(dpi))}",
                                       output_type=pytesseract.Output.DICT, timeout=timeout)
    except pytesseract.TesseractError:
        return Orientation(0, 0.0)
    return Orientation(int(osd["rotate"]) % 360, float(osd["orientation_conf"]), osd.get("script") or None,
                       float(osd.get("script_conf") or 0.0))


def ocr(image: Image.Image, dpi: float, timeout: float) -> OcrResult:
    """Words with boxes (fractions of the image) and confidences, and the text in reading order.

    Raises RuntimeError (timeout) or pytesseract.TesseractError on failure.
    """
    data = pytesseract.image_to_data(
        image, lang="+".join(LANGUAGES), config=f"--psm 3 --dpi {int(round(dpi))}",
        output_type=pytesseract.Output.DICT, timeout=timeout,
    )
    width, height = image.size
    words: list[Word] = []
    lines: dict[tuple[int, int, int], list[str]] = {}
    for i, raw in enumerate(data["text"]):
        text = raw.strip()
        if not text:
            continue
        left, top = data["left"][i], data["top"][i]
        box = Box(left / width, top / height, (left + data["width"][i]) / width, (top + data["height"][i]) / height)
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
