"""Is a page signed? Pen strokes under or beside a signature label, not printed text or form lines.

The word "Handtekening" proves nothing; a pen stroke near it does. The page's
ink map (made at ingest) says where ink is; confident words of ordinary text
height are printed text and do not count. A signature is taller than a line of
text, so OCR's guesses at reading one (a tall "WWW") do not hide it. What is
left must look written: a connected run of ink at least two cells tall whose
bounding box its strokes cross. A printed line to sign on is one cell tall; an
empty box is empty inside; a rubber stamp is a frame around printed words. (A
signature written across the typed name looks like a stamp too, and is
reported unsigned: a person looks, rather than an unsigned page passing.)
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
# Share of a signature's bounding box, inside its border, that its strokes cross; a frame's is nil.
MIN_FILL = 0.3
# Share of a box's inside taken by printed words that makes it a stamp: a frame around text.
STAMP_PRINT = 0.25
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
        inked = {(r, c) for r, c in _cells(region, cols, rows) - printed if page.ink_map[r][c] != "0"}
        if any(_written(stroke, printed) for stroke in _connected(inked)):
            return region
    return None


def _connected(cells: set[tuple[int, int]]) -> list[set[tuple[int, int]]]:
    """The cells in groups that touch (corners too)."""
    groups, todo = [], set(cells)
    while todo:
        group, stack = set(), [todo.pop()]
        while stack:
            r, c = stack.pop()
            group.add((r, c))
            near = {(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)} & todo
            todo -= near
            stack.extend(near)
        groups.append(group)
    return groups


def _written(stroke: set[tuple[int, int]], printed: set[tuple[int, int]]) -> bool:
    """Strokes of a hand: enough of them, taller than a rule, crossing their own box rather than framing it
    or framing printed words."""
    if len(stroke) < MIN_CELLS:
        return False
    top, bottom = min(r for r, _ in stroke), max(r for r, _ in stroke)
    left, right = min(c for _, c in stroke), max(c for _, c in stroke)
    if bottom == top:
        return False
    inside = {(r, c) for r in range(top + 1, bottom) for c in range(left + 1, right)}
    # Two cells tall has no inside: a stroke that fills both rows is written, a frame that thin is not.
    if not inside:
        return len(stroke) >= 0.6 * (bottom - top + 1) * (right - left + 1)
    if len(printed & inside) >= STAMP_PRINT * len(inside):
        return False
    return len(stroke & inside) >= MIN_FILL * len(inside)
