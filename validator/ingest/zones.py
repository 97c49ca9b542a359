"""Find the machine-readable zone of a travel document that OCR of the whole page passed over.

Tesseract's layout analysis at times drops a passport's zone whole: a booklet photographed open on a dark desk,
its two lines of monospaced capitals and fillers taken for a picture. The zone is found by its look instead: two or
three long lines of small dark print, each an unbroken run of characters (fillers leave no gaps between words), one
above the other, where OCR read no word. The dark around a sheet is no print: text is what is darker
than its own surroundings (a morphological black-hat), not darker than the page.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from validator.model import Box, Word

# The width the page is looked at: some 120 dpi on A4, where a zone's characters are 10 to 14 pixels tall.
_WIDTH = 1000
# The black-hat's window, in pixels at that width: wider than a character's stroke, narrower than the gaps of paper
# around a line; and how much darker than its surroundings a pixel of print is.
_WINDOW = 9
_DARKER = 40
# A zone's characters joined along their line: the gap between two of them, in pixels.
_JOIN = 7
# A zone's lines, alone or joined into one block where the page is a little off level: at least this share of the
# page's width long (a card's 30 characters on a page copied at A4), this many times as long as it is high, no
# taller than this share of the page, and neither a rule (filled whole) nor a speckled shadow (barely filled).
_MIN_LENGTH = 0.25
_MIN_ASPECT = 5
_MAX_HEIGHT = 0.08
_FILL = (0.2, 0.8)
# Lines of one band stand at most this many line heights apart.
_LINE_GAP = 1.2
# Words read in a band, at this confidence or more, make it print OCR read, not a zone it missed.
_READ_CONF = 60
_READ_WORDS = 3
# More bands than this on one page are a page of print or of a hand OCR could not read, not a travel document.
MAX_BANDS = 3


def zone_bands(image: Image.Image, words: list[Word]) -> list[Box]:
    """The boxes (fractions of the page) of bands that look like a zone no word was read in, at most MAX_BANDS."""
    from scipy import ndimage

    gray = image.convert("L")
    factor = max(1, round(gray.width / _WIDTH))
    if factor > 1:
        gray = gray.reduce(factor)
    pixels = np.asarray(gray, dtype=np.int16)
    height, width = pixels.shape
    if height < 4 * _WINDOW or width < 4 * _WINDOW:
        return []
    darker = ndimage.grey_closing(pixels, size=(_WINDOW, _WINDOW)) - pixels > _DARKER
    joined = ndimage.binary_closing(darker, structure=np.ones((1, _JOIN), dtype=bool))
    labels, _ = ndimage.label(joined)
    lines = []
    for index, found in enumerate(ndimage.find_objects(labels), start=1):
        if found is None:
            continue
        rows, cols = found
        h, w = rows.stop - rows.start, cols.stop - cols.start
        if w < _MIN_LENGTH * width or w < _MIN_ASPECT * h or h > _MAX_HEIGHT * height:
            continue
        fill = float(darker[found][labels[found] == index].mean())
        if _FILL[0] <= fill <= _FILL[1]:
            lines.append(Box(cols.start / width, rows.start / height, cols.stop / width, rows.stop / height))
    bands = [band for band in _stacked(sorted(lines, key=lambda b: b.y0)) if not _read(band, words)]
    return bands if len(bands) <= MAX_BANDS else []


def _stacked(lines: list[Box]) -> list[Box]:
    """Lines that stand one under the other, overlapping along, joined into bands."""
    bands: list[Box] = []
    for line in lines:
        last = bands[-1] if bands else None
        if (
            last is not None
            and line.y0 - last.y1 <= _LINE_GAP * (line.y1 - line.y0)
            and line.x0 < last.x1
            and last.x0 < line.x1
        ):
            bands[-1] = Box(min(last.x0, line.x0), last.y0, max(last.x1, line.x1), max(last.y1, line.y1))
        else:
            bands.append(line)
    return bands


def _read(band: Box, words: list[Word]) -> bool:
    """OCR read words in the band: print it did not miss."""
    inside = [
        w
        for w in words
        if w.conf >= _READ_CONF
        and band.x0 <= (w.box.x0 + w.box.x1) / 2 <= band.x1
        and band.y0 <= (w.box.y0 + w.box.y1) / 2 <= band.y1
    ]
    return len(inside) >= _READ_WORDS
