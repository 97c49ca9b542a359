"""Is a page signed? Ink under or beside a signature label that is not printed text.

The word "Handtekening" proves nothing; a pen stroke near it does. The page's
ink map (made at ingest) says where ink is; confident words of ordinary text
height are printed text and do not count. A signature is taller than a line of
text, so OCR's guesses at reading one (a tall "WWW") do not hide it.
"""

from __future__ import annotations

import re
import statistics

from validator.model import Box, Page
from validator.textmatch import fold

# Where a signature stands relative to its label, in fractions of the page: from a little left of the label
# to well right of it, and down to about 4 cm below it.
_LEFT, _RIGHT, _BELOW = 0.05, 0.45, 0.13
# Cells of ink outside the text that make a signature: a few strokes, not a speck.
MIN_CELLS = 4
_CONFIDENT = 50


def _cells(box: Box, cols: int, rows: int) -> set[tuple[int, int]]:
    return {(r, c) for r in range(max(0, int(box.y0 * rows)), min(rows, int(box.y1 * rows) + 1))
            for c in range(max(0, int(box.x0 * cols)), min(cols, int(box.x1 * cols) + 1))}


def signature_box(page: Page, label: re.Pattern[str]) -> Box | None:
    """The region around a signature label where pen strokes were found, or None when the page is not signed."""
    if not page.ink_map:
        return None
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    heights = [w.box.y1 - w.box.y0 for w in page.words if w.conf >= _CONFIDENT]
    text_height = statistics.median(heights) if heights else 0.0
    printed: set[tuple[int, int]] = set()
    for w in page.words:
        if w.conf >= _CONFIDENT and w.box.y1 - w.box.y0 <= 2 * text_height:
            printed |= _cells(w.box, cols, rows)
    for w in page.words:
        if not label.match(fold(w.text)):
            continue
        region = Box(max(0.0, w.box.x0 - _LEFT), w.box.y0, min(1.0, w.box.x0 + _RIGHT), min(1.0, w.box.y1 + _BELOW))
        inked = [(r, c) for r, c in _cells(region, cols, rows) - printed if page.ink_map[r][c] != "0"]
        if len(inked) >= MIN_CELLS:
            return region
    return None
