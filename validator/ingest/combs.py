"""Find a form's comb fields, rows of boxes with one character in each, and read them with their boxes taken out.

OCR of the whole page reads a comb's walls as letters ("9|3|1ıJoe|jı|jejJe|3|9|3|8" for a national number typed
into one, "MIA Tt IS [UIR TA [D [ZIE" for a name written into one in capitals), so a name, a date of birth or an
address in one is not found. A comb is found by its walls: straight strokes down, of one height, standing in a
row at even steps of about a box's height, with a line along their tops and one along their bottoms. Its walls
and lines are painted over, its characters set side by side as a line of print, a box left empty becoming a
space ("1 0 | 1 0 | _ | 1 9 9 3" is "10 10 1993"), and that line is read; each word read is placed back on the
boxes its characters came from, and in the page's text and words instead of what OCR of the whole page read there
(`place`). Cheap enough to look for on every page read by OCR; only a page with combs is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image

from validator.ingest.raster import drawn_ink, straight_runs
from validator.model import Box, Page, Word

# A comb's box is 4 to 12 mm high on a form, and about as wide as high (a box wide enough for two characters is
# a table's cell); a scan or a copy enlarges or shrinks it a little.
MIN_HEIGHT_MM, MAX_HEIGHT_MM = 4.0, 12.0
MIN_WIDTH, MAX_WIDTH = 0.5, 1.6
# Walls at most this thick (mm): a letter's stem in a bold heading is a stroke down too, but lies in no row.
MAX_WALL_MM = 1.2
# A comb has at least this many boxes: two or three boxes side by side are the boxes to tick of "ja / nee".
MIN_BOXES = 4
# Walls differ this share of their height at most, in where they start and end (a scan's blur, a skew of a
# degree or two over one box), and the steps between them this share of their middle step.
WALL_TOLERANCE = 0.15
STEP_TOLERANCE = 0.2
# A box's top and bottom are lines across this share of its width at least.
LINE_SHARE = 0.7
# A box holds a character when, its walls and lines painted over, ink fills this share of it at least (a hand's
# "I", one thin stroke, fills some 2 %) and stands this share of its height tall: less is the scan's dust, or what
# is left of a line.
MIN_INK, MIN_TALL = 0.01, 0.25
# A word OCR of the page read on a comb has its middle in one of the comb's boxes, or this share of a box's height
# above or below: a caption printed close above stays the caption's.
CAPTION_SLACK = 0.1
# A comb's characters are set this share of a box's height apart, and its words (a box left empty) this share.
LETTER_GAP, WORD_GAP = 0.08, 0.6
# Two walls of one height closer than this share of it are the walls of two boxes drawn apart, not a box.
DOUBLE_WALL = 0.3
# A box's inside is paper: a black bar with a heading in white capitals has strokes down and lines across too.
MAX_FILL = 0.5


@dataclass(frozen=True)
class Comb:
    """A row of boxes, left to right, each a fraction of the page, and how thick its walls are (a fraction of
    the page's width)."""

    boxes: tuple[Box, ...]
    wall: float

    @property
    def box(self) -> Box:
        return Box(
            self.boxes[0].x0,
            min(b.y0 for b in self.boxes),
            self.boxes[-1].x1,
            max(b.y1 for b in self.boxes),
        )


def find_combs(image: Image.Image, width_mm: float | None) -> list[Comb]:
    """The comb fields of a page, top to bottom."""
    # numpy and scipy come with scikit-learn; imported here, so that commands that read no page do not pay.
    import numpy as np
    from scipy import ndimage

    dark = drawn_ink(image.convert("L"))
    per_mm = image.width / (width_mm or (210.0 if image.width < image.height else 297.0))
    least, most = MIN_HEIGHT_MM * per_mm, MAX_HEIGHT_MM * per_mm
    run = max(3, round((1 - WALL_TOLERANCE) * least))
    down = straight_runs(dark, run, axis=0)
    labels, _ = ndimage.label(down, structure=np.ones((3, 3), dtype=bool))
    # Left to right.
    walls = sorted(
        (
            (rows.start, rows.stop, (cols.start + cols.stop) / 2, cols.stop - cols.start)
            for rows, cols in ndimage.find_objects(labels)
            if least <= rows.stop - rows.start <= most and cols.stop - cols.start <= MAX_WALL_MM * per_mm
        ),
        key=lambda w: w[2],
    )
    walls = _paired(walls)
    used: set[int] = set()
    combs: list[Comb] = []
    for first in range(len(walls)):
        if first in used:
            continue
        chain = [first]
        while (step := _next_wall(walls, chain[-1], used)) is not None:
            chain.append(step)
        if len(chain) - 1 < MIN_BOXES:
            continue
        found = _comb(dark, [walls[i] for i in chain], image.size)
        if found is not None:
            used.update(chain)
            combs.append(found)
    return sorted(combs, key=lambda c: (c.box.y0, c.box.x0))


def _paired(walls: list[tuple[int, int, float, int]]) -> list[tuple[int, int, float, int]]:
    """The walls with each pair standing closer than a box's width apart as one: boxes drawn each on its own, a
    gap between them (thirty-sixth's IND forms, a V-number written into ten boxes a millimetre apart), have two walls
    where a comb has one. Chained as they stand, every other box is found (the right walls' comb and the left
    walls'), and the walls the other chain found are read as "|" between the characters ("7|4|2|9|43|6|86|4" for
    7429436864)."""
    out: list[tuple[int, int, float, int]] = []
    merged: set[int] = set()
    for i, (top, bottom, x, thick) in enumerate(walls):
        if i in merged:
            continue
        slack = max(2.0, WALL_TOLERANCE * (bottom - top))
        for j in range(i + 1, len(walls)):
            top2, bottom2, x2, thick2 = walls[j]
            if x2 - x > DOUBLE_WALL * (bottom - top):
                break
            if j not in merged and abs(top2 - top) <= slack and abs(bottom2 - bottom) <= slack:
                merged.add(j)
                left, right = x - thick / 2, x2 + thick2 / 2
                top, bottom, x, thick = (
                    min(top, top2),
                    max(bottom, bottom2),
                    (left + right) / 2,
                    round(right - left),
                )
                break
        out.append((top, bottom, x, thick))
    return sorted(out, key=lambda w: w[2])


def _next_wall(walls: list[tuple[int, int, float, int]], at: int, used: set[int]) -> int | None:
    """The wall right of `walls[at]` that closes a box with it: as high, a box's width away."""
    top, bottom, x, _ = walls[at]
    height = bottom - top
    slack = max(2.0, WALL_TOLERANCE * height)
    for i in range(at + 1, len(walls)):
        top2, bottom2, x2, _ = walls[i]
        if x2 - x > MAX_WIDTH * height:
            return None
        if (
            i not in used
            and x2 - x >= MIN_WIDTH * height
            and abs(top2 - top) <= slack
            and abs(bottom2 - bottom) <= slack
        ):
            return i
    return None


def _comb(dark: Any, walls: list[tuple[int, int, float, int]], size: tuple[int, int]) -> Comb | None:
    """The comb the walls make, when their steps are even and each box is closed at the top and the bottom."""
    steps = sorted(b[2] - a[2] for a, b in zip(walls, walls[1:]))
    middle = steps[len(steps) // 2]
    if any(abs(s - middle) > STEP_TOLERANCE * middle for s in steps):
        return None
    width, height = size
    boxes = []
    for (top, bottom, left, _), (top2, bottom2, right, _) in zip(walls, walls[1:]):
        upper, lower = min(top, top2), max(bottom, bottom2)
        inner = dark[:, int(left) + 2 : int(right) - 1]
        inset = max(1, (lower - upper) // 4)
        if (
            not (_line(inner, upper) and _line(inner, lower - 1))
            or inner[upper + inset : lower - inset].mean() > MAX_FILL
        ):
            return None
        boxes.append(Box(left / width, upper / height, right / width, lower / height))
    thickness = sorted(w[3] for w in walls)[len(walls) // 2]
    return Comb(tuple(boxes), thickness / width)


def _line(inner: Any, row: int) -> bool:
    """A line across the box's inside at `row`, give or take two pixels."""
    rows = inner[max(0, row - 2) : row + 3]
    return bool(rows.size) and float(rows.mean(axis=1).max()) >= LINE_SHARE


def erase(image: Image.Image, comb: Comb) -> Image.Image:
    """The comb cut out of the page, in black on white: its walls and lines painted over, and the paper's grain
    and colour, which Tesseract reads as specks, left out. Box by box, so that a comb scanned a degree off level
    is painted over where each of its boxes is."""
    import numpy as np

    width, height = image.size
    box = comb.box
    reach = _reach(image, comb)
    left, top = _origin(image, comb)
    right, bottom = min(width, int(box.x1 * width) + reach + 1), min(height, int(box.y1 * height) + reach + 1)
    dark = drawn_ink(image.crop((left, top, right, bottom)).convert("L"))
    # Only what is inside the boxes: a caption printed close above a comb scanned off level reaches into the
    # rectangle around it.
    inside = np.zeros_like(dark)
    for b in comb.boxes:
        inside[
            round(b.y0 * height) - top : round(b.y1 * height) - top + 1,
            round(b.x0 * width) - left : round(b.x1 * width) - left + 1,
        ] = True
    dark = dark & inside
    for b in comb.boxes:
        x0, x1 = round(b.x0 * width) - left, round(b.x1 * width) - left
        y0, y1 = round(b.y0 * height) - top, round(b.y1 * height) - top
        for x in (x0, x1):
            dark[max(0, y0 - reach) : y1 + reach + 1, max(0, x - reach) : x + reach + 1] = False
        for y in (y0, y1):
            # The line's middle where it is darkest about the box's edge: a line scanned at a slant steps.
            rows = range(max(0, y - 2 * reach), min(dark.shape[0], y + 2 * reach + 1))
            at = max(rows, key=lambda r: int(dark[r, x0:x1].sum()))
            dark[max(0, at - reach) : at + reach + 1, x0:x1] = False
    return Image.fromarray(np.where(dark, 0, 255).astype(np.uint8))


@dataclass(frozen=True)
class CombReading:
    """What a comb says, word by word (boxes of the boxes each word fills, fractions of the page), and whether
    any ink was left in its boxes once its walls and lines were painted over."""

    comb: Comb
    words: tuple[Word, ...]
    inked: bool


def read_combs(
    image: Image.Image, combs: list[Comb], read: Callable[[Image.Image], list[Word]]
) -> list[CombReading]:
    """Each comb of the page read: its characters set close together as a line of print (Tesseract reads "J E A N"
    spaced a box apart as "| E A N", and "JEAN" as a word), the lines of all combs stacked on one sheet that `read`
    reads in one go (one OCR run for a page of fields) as words, boxes as fractions of the sheet."""
    if not combs:
        return []
    lines = [_set(image, comb) for comb in combs]
    gap = max(line.image.height for line in lines)
    sheet = Image.new(
        "L",
        (
            max(line.image.width for line in lines) + 2 * gap,
            sum(line.image.height + gap for line in lines) + gap,
        ),
        255,
    )
    tops = []
    y = gap
    for line in lines:
        sheet.paste(line.image, (gap, y))
        tops.append(y)
        y += line.image.height + gap
    words = read(sheet)
    readings = []
    for comb, line, at in zip(combs, lines, tops):
        spans = []
        for w in sorted(words, key=lambda w: w.box.x0):
            middle = (w.box.y0 + w.box.y1) / 2 * sheet.height
            if not at - gap / 2 <= middle <= at + line.image.height + gap / 2:
                continue
            x0, x1 = w.box.x0 * sheet.width - gap, w.box.x1 * sheet.width - gap
            covered = [i for i, a, b in line.places if min(b, x1) - max(a, x0) >= (b - a) / 2]
            if covered:
                spans.append((covered[0], covered[-1], w))
        readings.append(CombReading(comb, tuple(_words(spans, comb)), bool(line.places)))
    return readings


@dataclass(frozen=True)
class _Line:
    """A comb's characters set close together: the image, and where each filled box's character stands on it
    (the box's index, and the columns from and to)."""

    image: Image.Image
    places: tuple[tuple[int, int, int], ...]


def _set(image: Image.Image, comb: Comb) -> _Line:
    """The comb's characters, each cut out of its box (walls and lines painted over), set side by side."""
    import numpy as np

    strip = erase(image, comb)
    ink = np.asarray(strip) < 128
    left, _ = _origin(image, comb)
    side = (comb.boxes[0].y1 - comb.boxes[0].y0) * image.height
    letter, space = max(2, round(LETTER_GAP * side)), max(4, round(WORD_GAP * side))
    pieces = []
    for i, b in enumerate(comb.boxes):
        x0, x1 = max(0, round(b.x0 * image.width) - left), round(b.x1 * image.width) - left
        inside = ink[:, x0:x1]
        rows, columns = np.flatnonzero(inside.any(axis=1)), np.flatnonzero(inside.any(axis=0))
        if inside.sum() >= MIN_INK * side * (x1 - x0) and rows[-1] - rows[0] >= MIN_TALL * side:
            pieces.append((i, x0 + int(columns[0]), x0 + int(columns[-1]) + 1))
    width = sum(end - start for _, start, end in pieces) + space * (len(pieces) + 1)
    line = Image.new("L", (max(1, width), strip.height), 255)
    places = []
    x, previous = space, None
    for i, start, end in pieces:
        if previous is not None:
            x += letter if i == previous + 1 else space
        line.paste(strip.crop((start, 0, end, strip.height)), (x, 0))
        places.append((i, x, x + end - start))
        x, previous = x + end - start, i
    return _Line(line, tuple(places))


def _reach(image: Image.Image, comb: Comb) -> int:
    """How far either side of a wall's or a line's middle its ink is painted over (pixels)."""
    return max(1, round(comb.wall * image.width / 2)) + 1


def _origin(image: Image.Image, comb: Comb) -> tuple[int, int]:
    """Where the comb's strip is cut out of the page (pixels): its boxes and the reach of their walls."""
    reach = _reach(image, comb)
    return max(0, int(comb.box.x0 * image.width) - reach), max(0, int(comb.box.y0 * image.height) - reach)


def _words(spans: list[tuple[int, int, Word]], comb: Comb) -> list[Word]:
    """The comb's words, from the words read on it and the boxes each covers: the characters of boxes side by side
    run together, a box left empty between them parts them. Each word is as sure as the least sure reading in it,
    and its box is the boxes it fills."""
    joined: list[tuple[int, int, str, float]] = []
    for first, last, word in spans:
        if joined and first - joined[-1][1] <= 1:
            start, _, text, conf = joined[-1]
            joined[-1] = (start, last, text + word.text, min(conf, word.conf))
        else:
            joined.append((first, last, word.text, word.conf))
    return [
        Word(text, conf, Box(comb.boxes[first].x0, comb.box.y0, comb.boxes[last].x1, comb.box.y1))
        for first, last, text, conf in joined
    ]


def place(page: Page, readings: list[tuple[list[Box], bool, list[Word]]]) -> None:
    """Each comb's words in place of the words OCR of the page read on it: in their line of the text, or, where it
    read none there, on a line of their own after the comb's caption."""
    lines = word_lines(page)
    if lines is None:
        return
    words = page.words
    instead: dict[int, list[Word]] = {}
    added: dict[int, list[list[Word]]] = {}
    for boxes, inked, read in readings:
        slack = CAPTION_SLACK * (boxes[0].y1 - boxes[0].y0)
        members = [
            i
            for i, w in enumerate(words)
            if i not in instead
            and any(
                b.x0 <= (w.box.x0 + w.box.x1) / 2 <= b.x1
                and b.y0 - slack <= (w.box.y0 + w.box.y1) / 2 <= b.y1 + slack
                for b in boxes
            )
        ]
        if inked and not read:
            continue
        if members:
            instead.update({i: [] for i in members})
            instead[members[0]] = read
        elif read:
            caption = _caption(words, boxes, slack)
            if caption is None:
                continue
            added.setdefault(next(n for n, line in enumerate(lines) if caption in line), []).append(read)
        page.combs.append(Box(boxes[0].x0, min(b.y0 for b in boxes), boxes[-1].x1, max(b.y1 for b in boxes)))
    rewrite(page, lines, added, instead)


def rewrite(
    page: Page,
    lines: list[list[int]],
    added: dict[int, list[list[Word]]],
    instead: dict[int, list[Word]] | None = None,
) -> None:
    """The page's text and words again, line by line (`lines`, its words by index): each word as `instead` replaces
    it, a line left with none dropped; after line n, the lines `added` there (at -1: before the first)."""
    words = page.words
    text: list[str] = []
    kept: list[Word] = []
    for n, line in [(-1, []), *enumerate(lines)]:
        row = [w for i in line for w in (instead or {}).get(i, [words[i]])]
        if n >= 0 and (row or not line):
            text.append(" ".join(w.text for w in row))
            kept.extend(row)
        for extra in added.get(n, []):
            text.append(" ".join(w.text for w in extra))
            kept.extend(extra)
    page.text, page.words = "\n".join(text), kept


def _caption(words: list[Word], boxes: list[Box], slack: float) -> int | None:
    """The word nearest above the comb's boxes (by index): the end of its caption. Measured box by box, as a comb
    scanned a degree or two off level climbs or falls along its length past its caption's height."""
    nearest, gap = None, 1.0
    for i, w in enumerate(words):
        for b in boxes:
            if w.box.x0 < b.x1 and w.box.x1 > b.x0 and w.box.y1 <= b.y0 + slack and b.y0 - w.box.y1 < gap:
                nearest, gap = i, b.y0 - w.box.y1
    return nearest


def word_lines(page: Page) -> list[list[int]] | None:
    """The page's words, by index, line by line of its text; None where the text is not its words in order."""
    lines: list[list[int]] = []
    at = 0
    for line in page.text.split("\n"):
        row = []
        for token in line.split():
            if at >= len(page.words) or page.words[at].text != token:
                return None
            row.append(at)
            at += 1
        lines.append(row)
    return lines if at == len(page.words) else None
