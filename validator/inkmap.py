"""The page's ink map (validator/ingest/raster.py) against its words: which ink is print, and which is not.

Confident words of ordinary text height are print. What ink is left is a hand (a signature, a number
written in a margin), a stamp, a logo or a form's lines: the signature search and the copy rules ask about it.
"""

from __future__ import annotations

import statistics

from validator.model import Box, Page

# OCR's confidence in a word above which it is taken for print.
CONFIDENT = 50

Cell = tuple[int, int]


def cells(box: Box, cols: int, rows: int) -> set[Cell]:
    return {
        (r, c)
        for r in range(max(0, int(box.y0 * rows)), min(rows, int(box.y1 * rows) + 1))
        for c in range(max(0, int(box.x0 * cols)), min(cols, int(box.x1 * cols) + 1))
    }


def printed_cells(page: Page) -> set[Cell]:
    """The cells covered by print."""
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    heights = [w.box.y1 - w.box.y0 for w in page.words if w.conf >= CONFIDENT]
    text_height = statistics.median(heights) if heights else 0.0
    printed: set[Cell] = set()
    for w in page.words:
        # OCR's guesses at pen strokes are marks like "\\", "{", "|" or a lone letter: not print.
        if (
            w.conf >= CONFIDENT
            and w.box.y1 - w.box.y0 <= 2 * text_height
            and sum(c.isalnum() for c in w.text) >= 2
        ):
            printed |= cells(w.box, cols, rows)
    return printed


def unread_ink(page: Page, regions: list[Box]) -> set[Cell]:
    """Cells of ink inside the regions that no confident word covers."""
    if not page.ink_map:
        return set()
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    inside = set().union(*(cells(b, cols, rows) for b in regions)) if regions else set()
    return {(r, c) for r, c in inside - printed_cells(page) if page.ink_map[r][c] != "0"}
