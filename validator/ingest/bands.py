"""Find a form's headings printed reversed out of a dark bar ("C. ÉLECTION DE DOMICILE" in white capitals on
black or navy across the page), so that a heading OCR of the whole page passed over can be read on its own.

Tesseract's layout analysis at times drops such a bar whole between the rows it reads (the nineteenth part's
intake form: its sections A, B, D and E read, C not), though the bar cut out and read alone reads as printed. A bar
is found as a run of rows, 3 to 15 mm high, each dark over a good part of the page's width, with paper above and
below, not touching the page's edge (a copier's black border), and light strokes inside it (a bar with nothing in
it is a redaction).
"""

from __future__ import annotations

from PIL import Image

from validator.ingest.combs import rewrite, word_lines
from validator.ingest.raster import drawn_ink
from validator.model import Box, Page, Word

# A heading's bar is 3 to 15 mm high.
MIN_HEIGHT_MM, MAX_HEIGHT_MM = 3.0, 15.0
# A bar spans this share of the page's width at least: a barcode or a stamp is narrower.
MIN_WIDTH = 0.3
# A bar's columns are dark over this share of its height at least (a white capital crosses half of it).
FILL = 0.4
# Light strokes fill this share of the bar's inside (small white capitals on a wide bar some 2.5 %): less is a
# redaction's black, more is no bar.
MIN_LETTERS, MAX_LETTERS = 0.01, 0.5
# The rows just above and below a bar are dark over this share of its width at most: it stands on paper.
MAX_AROUND = 0.3


def find_bands(image: Image.Image, height_mm: float | None) -> list[Box]:
    """The dark bars with light print in them, top to bottom, as fractions of the page."""
    import numpy as np

    if not height_mm:
        return []
    dark = drawn_ink(image.convert("L"))
    rows, width = dark.shape
    per_mm = rows / height_mm
    filled = np.flatnonzero(dark.sum(axis=1) >= MIN_WIDTH * width)
    bands = []
    for run in np.split(filled, np.flatnonzero(np.diff(filled) > 1) + 1):
        if not len(run):
            continue
        y0, y1 = int(run[0]), int(run[-1]) + 1
        if not MIN_HEIGHT_MM * per_mm <= y1 - y0 <= MAX_HEIGHT_MM * per_mm or y0 == 0 or y1 >= rows:
            continue
        columns = np.flatnonzero(dark[y0:y1].mean(axis=0) >= FILL)
        if not len(columns):
            continue
        x0, x1 = int(columns[0]), int(columns[-1]) + 1
        if x1 - x0 < MIN_WIDTH * width or x0 == 0 or x1 >= width:
            continue
        margin = max(1, (y1 - y0) // 8)
        inside = dark[y0 + margin : y1 - margin, x0 + margin : x1 - margin]
        light = 1 - float(inside.mean()) if inside.size else 0.0
        above = float(dark[max(0, y0 - margin - 1), x0:x1].mean())
        below = float(dark[min(rows - 1, y1 + margin), x0:x1].mean())
        if MIN_LETTERS <= light <= MAX_LETTERS and max(above, below) <= MAX_AROUND:
            bands.append(Box(x0 / width, y0 / rows, x1 / width, y1 / rows))
    return bands


def reversed_out(image: Image.Image, band: Box) -> Image.Image:
    """The bar cut out of the page with its light and dark swapped: its print dark on light, as Tesseract reads
    best."""
    from PIL import ImageOps

    w, h = image.size
    crop = image.convert("L").crop(
        (round(band.x0 * w), round(band.y0 * h), round(band.x1 * w), round(band.y1 * h))
    )
    return ImageOps.invert(crop)


def place(page: Page, readings: list[tuple[Box, list[Word]]]) -> None:
    """Each bar's words as a line of the page's text of its own, after the line of the word nearest above the bar
    (before the first line when none is above)."""
    lines = word_lines(page)
    if lines is None:
        return
    words = page.words
    added: dict[int, list[list[Word]]] = {}
    for band, read in readings:
        if not read:
            continue
        above = [i for i, w in enumerate(words) if (w.box.y0 + w.box.y1) / 2 < band.y0]
        nearest = max(above, key=lambda i: words[i].box.y1, default=None)
        at = -1 if nearest is None else next(n for n, line in enumerate(lines) if nearest in line)
        added.setdefault(at, []).append(read)
    rewrite(page, lines, added)
