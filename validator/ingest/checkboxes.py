"""Find the boxes to tick on a page, and how much of each is filled: a form's choice as drawn, not as read.

OCR reads a box as anything ("[dj", "ll", "el]", "[1]") and a tick in it as much the same, so which of a
certificate's degrees of severity was ticked cannot be told from its text. On the pixels it can: a box is two
straight strokes across, of a box's width, joined at both ends by straight strokes down; a tick or a cross puts
ink inside it, and often beyond it, slanting, which the strokes across and down are found without.
Cheap enough to run on every page during ingest, so rules never need pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PIL import Image

from validator.ingest.raster import drawn_ink, straight_runs
from validator.model import Box, Checkbox

# Some 170 dpi on an A4 page at most, and no less than the page was read at: a box of 2.5 mm is 16 pixels
# across, and the strokes of a cross in it stand apart from its frame.
_WIDTH = 1400
# A box to tick is 2.5 to 6 mm square on a form; a scan or a copy enlarges or shrinks it a little. A letter is
# smaller, and its curves or open sides tell it from a box besides.
MIN_SIDE_MM, MAX_SIDE_MM = 2.3, 7.0
MAX_ASPECT = 1.4
# The least run kept as straight, as a share of the smallest box's side: a letter's curves and a tick's slant
# fall away.
_RUN = 0.35
# How far the ends of a box's top and bottom, and its sides, may stand from where the others put them (pixels at
# the measuring resolution): a scan's blur and a skew of a few degrees.
_TOLERANCE = 2
# Each side drawn down this share of the box's height at least: "[" and "]" typed apart are no box.
SIDE_SHARE = 0.8
# The margin inside the frame left out of the fill, as a share of the box: what is inside it is the mark.
_INSET = 0.25
A4_MM = (210.0, 297.0)


def find_checkboxes(image: Image.Image, width_mm: float | None) -> list[Checkbox]:
    """Every box to tick on the page (fractions of the page), with the share of its inside that is ink."""
    # numpy and scipy come with scikit-learn; imported here, so that commands that read no page do not pay.
    import numpy as np
    from scipy import ndimage

    gray = image.convert("L")
    if gray.width > _WIDTH:
        gray = gray.resize((_WIDTH, max(1, round(gray.height * _WIDTH / gray.width))), Image.Resampling.BOX)
    dark = drawn_ink(gray)
    # Without a physical size, an A4 page in the image's orientation.
    per_mm = gray.width / (width_mm or A4_MM[gray.width > gray.height])
    least, most = MIN_SIDE_MM * per_mm, MAX_SIDE_MM * per_mm
    if np.count_nonzero(dark) < 4 * least:
        # Less ink than one box's frame: a blank page costs nothing more.
        return []
    # Searched within the ink's bounds (and two pixels around them, for the grown strokes below): a page's margins
    # are a third of it, and every step below costs by the pixel.
    ys, xs = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    y0, x0 = max(0, int(ys[0]) - 2), max(0, int(xs[0]) - 2)
    page = _Page(dark[y0 : int(ys[-1]) + 3, x0 : int(xs[-1]) + 3], y0, x0, dark.shape)
    dark = page.dark
    run = max(2, round(_RUN * least))
    across, down = straight_runs(dark, run, axis=1), straight_runs(dark, run, axis=0)
    strokes = [
        # A stroke scanned at a slant steps from one row of pixels to the next: grown by a pixel, it is one (and
        # is taken back to its own extent).
        (rows.start + 1, rows.stop - 1, cols.start + 1, cols.stop - 1)
        for rows, cols in ndimage.find_objects(
            ndimage.label(ndimage.maximum_filter(across, 3, mode="constant"))[0]
        )
        if least - _TOLERANCE <= cols.stop - cols.start <= most + _TOLERANCE
    ]
    strokes.sort(key=lambda s: s[0])
    found: list[Checkbox] = []
    for i, (top, _, left, right) in enumerate(strokes):
        width = right - left
        for bottom, bottom_end, left2, right2 in strokes[i + 1 :]:
            if bottom - top > most:
                break
            height = bottom_end - top
            if (
                abs(left2 - left) > _TOLERANCE
                or abs(right2 - right) > _TOLERANCE
                or not least <= min(width, height) <= max(width, height) <= most
                or max(width, height) > MAX_ASPECT * min(width, height)
                or not (_side(down, top, bottom_end, left) and _side(down, top, bottom_end, right - 1))
            ):
                continue
            found.append(page.filled(top, bottom_end, left, right))
            break
    return found + _rings(page, least, most)


# A radio button's ring: its hole, as a share of the square around it (an empty ring of 3.4 mm drawn 0.3 mm thick
# leaves some 0.6; a letter "e" or "a", closed only in part, far less), and the share of its ink in that square's
# corners, where a round ring has none and a box's frame much.
_HOLE = 0.3
_CORNERS = 0.05
# A button stands apart, a space before its degree; a letter O stands in its word, the next letter this close (a
# share of its size).
_APART = 0.25


def _rings(page: _Page, least: float, most: float) -> list[Checkbox]:
    """The round buttons to choose with (a certificate's degrees "○ licht ○ matig"), with the share of the inside
    of each that is ink: a dot or a mark within its ring. A ring a mark runs out of is not found; what lies before a
    degree is then unknown, as it should be."""
    import numpy as np
    from scipy import ndimage

    dark = page.dark
    labels, _ = ndimage.label(dark, structure=np.ones((3, 3), dtype=bool))
    found = []
    for index, (rows, cols) in enumerate(ndimage.find_objects(labels), start=1):
        h, w = rows.stop - rows.start, cols.stop - cols.start
        if not least <= min(h, w) <= max(h, w) <= most or max(h, w) > MAX_ASPECT * min(h, w):
            continue
        gap = max(1, round(_APART * max(h, w)))
        # First, as it is cheap and rules out most: the letters of a word have their neighbours beside them.
        if (
            dark[rows, max(0, cols.start - gap) : cols.start].any()
            or dark[rows, cols.stop : cols.stop + gap].any()
        ):
            continue
        ring = labels[rows, cols] == index
        # Grown by a pixel: a thin ring scanned askew breaks where its stroke steps from one pixel row to the next.
        closed = ndimage.binary_dilation(ring, structure=np.ones((3, 3), dtype=bool))
        hole = ndimage.binary_fill_holes(closed) & ~closed
        y, x = np.ogrid[:h, :w]
        outside = ((y + 0.5 - h / 2) / (h / 2)) ** 2 + ((x + 0.5 - w / 2) / (w / 2)) ** 2 > 1.15
        if hole.mean() < _HOLE or (ring & outside).sum() > _CORNERS * ring.sum():
            continue
        found.append(page.filled(rows.start, rows.stop, cols.start, cols.stop))
    return found


@dataclass(frozen=True)
class _Page:
    """The part of the page's ink searched (`dark`), where it lies on the page, and the page's size (pixels)."""

    dark: Any
    top: int
    left: int
    shape: tuple[int, int]

    def filled(self, top: int, bottom: int, left: int, right: int) -> Checkbox:
        """The box (pixel edges in `dark`) as fractions of the page, with the share of its inside, its frame left
        out, that is ink."""
        height, width = self.shape
        inset = max(2, round(_INSET * min(bottom - top, right - left)))
        inside = self.dark[top + inset : bottom - inset, left + inset : right - inset]
        box = Box(
            (self.left + left) / width,
            (self.top + top) / height,
            (self.left + right) / width,
            (self.top + bottom) / height,
        )
        return Checkbox(box, round(float(inside.mean()) if inside.size else 0.0, 3))


def _side(down: Any, top: int, bottom: int, x: int) -> bool:
    """A straight stroke runs down at `x` (give or take the tolerance) most of the way from top to bottom."""
    column = down[top:bottom, max(0, x - _TOLERANCE) : x + _TOLERANCE + 1].any(axis=1)
    return bool(column.mean() >= SIDE_SHARE)
