"""Find a passport-style photo on a page: a face-sized region of continuous tone.

Printed text is two-tone (ink and paper) even when scanned; a photograph is
mostly mid-tones with shading. The page is cut into 2 mm cells; a cell is
photo-like when most of its pixels are mid-tones. A connected block of such
cells is a photo when it has the size and shape of an identity photo and is
shaded (a flat tint, such as a coloured form field, is not).
Cheap enough to run on every page during ingest, so rules never need pixels.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from validator.ingest.raster import percentile
from validator.model import Box

CELL_MM = 2.0
# Mid-tone: darker than paper, lighter than ink; grey recycled paper or a dull scan lowers the paper's level.
_DARK, _LIGHT = 45, 205
# An identity photo's background is plain and light (ICAO), some 205 to 220 on white paper: where no photo is found,
# mid-tones are looked for again up to this level, so that the background joins the face and shoulders it frames
# (embassies' identity attestations, twentysecond and twenty-third: the face alone filled half its box). Not at
# first, for a photo on a tinted card would join the tint and be too large to be one. Last, the darkest tones join
# them too: a dark face, hair and clothes in a photo stapled to an embassy's attestation are as dark as ink, and the
# mid-tones alone are two pieces of it (thirty-seventh's Djiboutian attestations, read after its blind run: "no piece
# carries a photo", inadmissible); a QR code, as dark, is told apart by the mid-tones it lacks.
_LIGHT_BACKGROUND = 225
# The share of a block found with the darkest tones that must be mid-tones (a photo's face and ground are some 40 %
# or more; a QR code's modules barely any: measured on the read parts' identity pages by an earlier session).
MIDTONES_IN_DARK = 0.25
_BELOW_PAPER = 35
MIDTONE_SHARE = 0.6
MIN_STDDEV = 6.0
# Identity photos measure about 25 × 32 mm (ID cards) to 35 × 45 mm (passports); scans enlarge them a little.
MIN_SIDE_MM, MAX_SIDE_MM = 15.0, 80.0
MAX_ASPECT = 2.0
A4_MM = (210.0, 297.0)
# Identity documents are copied on office paper; on a poster-sized page no photo is looked for.
MAX_PAGE_MM = 600.0


def find_photo(image: Image.Image, width_mm: float | None, height_mm: float | None) -> Box | None:
    """The photo's box (fractions of the page), or None."""
    if not width_mm or not height_mm:
        # Without a physical size, assume an A4 page in the image's orientation.
        width_mm, height_mm = A4_MM if image.height >= image.width else A4_MM[::-1]
    if max(width_mm, height_mm) > MAX_PAGE_MM:
        return None
    cols, rows = max(1, round(width_mm / CELL_MM)), max(1, round(height_mm / CELL_MM))
    if image.width < cols or image.height < rows:
        # Less than a pixel a cell: no photo can be told apart, and looking cost a many-framed TIFF of tiny
        # frames most of its time.
        return None
    gray = image.convert("L")
    # About 4 pixels a millimetre tell mid-tones from text strokes; more only costs time.
    factor = round(gray.width / width_mm / 4)
    if factor > 1:
        gray = gray.reduce(factor)
    hist = gray.histogram()
    # Most of a page is paper: its grey is the 90th percentile of the pixels.
    paper = percentile(hist, sum(hist), 0.90)
    mean = list(gray.resize((cols, rows), Image.Resampling.BOX).tobytes())
    midtones: set[int] = set()
    for dark, cap in ((_DARK, _LIGHT), (_DARK, _LIGHT_BACKGROUND), (0, _LIGHT_BACKGROUND)):
        light = min(cap, paper - _BELOW_PAPER)
        mid = gray.point([255 if dark <= v <= light else 0 for v in range(256)])
        share = np.frombuffer(mid.resize((cols, rows), Image.Resampling.BOX).tobytes(), dtype=np.uint8)
        photo_like = set(np.flatnonzero(share >= MIDTONE_SHARE * 255).tolist())
        found = [
            box
            for block in _blocks(photo_like, cols)
            if (box := _photo_box(block, cols, rows, width_mm, height_mm, mean))
            # With the darkest tones, a block is a photo only where its mid-tones are a good part of it: a QR code
            # is dark modules on paper, barely a mid-tone in it.
            and (dark or len(block & midtones) >= MIDTONES_IN_DARK * len(block))
        ]
        midtones = photo_like
        if found:
            return max(found, key=lambda b: (b.x1 - b.x0) * (b.y1 - b.y0))
    return None


def _photo_box(
    block: set[int], cols: int, rows: int, width_mm: float, height_mm: float, mean: list[int]
) -> Box | None:
    xs, ys = [i % cols for i in block], [i // cols for i in block]
    x0, x1, y0, y1 = min(xs), max(xs) + 1, min(ys), max(ys) + 1
    w_mm, h_mm = (x1 - x0) * width_mm / cols, (y1 - y0) * height_mm / rows
    if not (MIN_SIDE_MM <= min(w_mm, h_mm) and max(w_mm, h_mm) <= MAX_SIDE_MM):
        return None
    if max(w_mm, h_mm) / min(w_mm, h_mm) > MAX_ASPECT:
        return None
    # A photo fills its bounding box; a diagonal smear of mid-tones does not.
    if len(block) < 0.6 * (x1 - x0) * (y1 - y0):
        return None
    # A photo is shaded; a flat tint (a coloured form field) is not.
    values = [mean[i] for i in block]
    average = sum(values) / len(values)
    if (sum((v - average) ** 2 for v in values) / len(values)) ** 0.5 < MIN_STDDEV:
        return None
    return Box(x0 / cols, y0 / rows, x1 / cols, y1 / rows)


def _blocks(cells: set[int], cols: int) -> list[set[int]]:
    """Connected groups of cells (4-neighbourhood)."""
    blocks = []
    todo = set(cells)
    while todo:
        start = todo.pop()
        block, stack = {start}, [start]
        while stack:
            i = stack.pop()
            x = i % cols
            for j in (i - cols, i + cols, i - 1 if x > 0 else -1, i + 1 if x < cols - 1 else -1):
                if j in todo:
                    todo.remove(j)
                    block.add(j)
                    stack.append(j)
        blocks.append(block)
    return blocks
