"""The page's ink map (validator/ingest/raster.py) against its words: which ink is print, and which is not.

Confident words of ordinary text height are print. What ink is left is a hand (a signature, a number
written in a margin), a stamp, a logo or a form's lines: the signature search and the copy rules ask about it.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from validator.model import Box, Page

# OCR's confidence in a word above which it is taken for print.
CONFIDENT = 50
# The margins of a page, where a number is written on a copy: by hand, stamped, or turned along the edge.
MARGINS = (Box(0, 0, 1, 0.15), Box(0, 0.85, 1, 1), Box(0, 0, 0.12, 1), Box(0.88, 0, 1, 1))
# Cells of a mark from which it may be writing, not a speck.
MARK_CELLS = 3
# Cells from which a thin, faint, straight run of ink is a line (the edge of a copied card, a fold, a form's
# rule) rather than writing: some 3 cm.
LINE_CELLS = 8
# A cell this dark is solid ink: what is written over it does not show in the ink map.
SOLID_INK = 8

# A photograph of a sheet lying on a desk is dark all along its four edges, where a scan of a sheet is paper: the
# share of the edge's cells that are mostly ink, and how much ink that is (in tenths of a cell).
FRAMED_SHARE = 0.85
FRAMED_INK = 3
# And a good part of it is paper, the sheet: a dark picture filling the page (a photo ID on black) is no desk.
FRAMED_PAPER = 0.25

Cell = tuple[int, int]
# Punctuation a typed label ends with, and the short words of a running header ("p. 2", "–"): print when read
# surely, where a pen's stroke read as "1" or "|" is read unsure.
_STOPS = set(":;.,")
_SHORT = set("0123456789–—-.,:;/()p")
SURE_SHORT = 85


def cells(box: Box, cols: int, rows: int) -> set[Cell]:
    return {
        (r, c)
        for r in range(max(0, int(box.y0 * rows)), min(rows, int(box.y1 * rows) + 1))
        for c in range(max(0, int(box.x0 * cols)), min(cols, int(box.x1 * cols) + 1))
    }


def print_height(page: Page) -> float:
    """The height of the page's print: the middle height of the words OCR read with confidence."""
    heights = [w.box.y1 - w.box.y0 for w in page.words if w.conf >= CONFIDENT]
    return statistics.median(heights) if heights else 0.0


def printed_cells(page: Page) -> set[Cell]:
    """The cells covered by print."""
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    text_height = print_height(page)
    printed: set[Cell] = set()
    for w in page.words:
        # OCR's guesses at pen strokes are marks like "\\", "{", "|" or a lone letter: not print. A French
        # label's colon, set apart ("Numéro INAMI :"), is print.
        if (
            w.conf >= CONFIDENT
            and w.box.y1 - w.box.y0 <= 2 * text_height
            and (
                sum(c.isalnum() for c in w.text) >= 2
                or set(w.text) <= _STOPS
                or (w.conf >= SURE_SHORT and set(w.text) <= _SHORT)
            )
        ):
            printed |= cells(w.box, cols, rows)
    return printed


def unread_ink(page: Page, regions: list[Box], ink_map: list[str] | None = None) -> set[Cell]:
    """Cells of ink inside the regions that no confident word covers (of `ink_map`, the page's by default)."""
    ink_map = ink_map or page.ink_map
    if not ink_map:
        return set()
    return {(r, c) for r, c in inside(page, regions) - printed_cells(page) if ink_map[r][c] != "0"}


def unexplained_ink(page: Page, regions: list[Box], unruled: bool = False) -> set[Cell]:
    """Marks inside the regions (as `unread_marks`: no print, no lines) that no confident word covers, whatever
    it says: strokes OCR read surely as "| F" are a stamp's or a signature's, not an answer it could not read."""
    return unread_marks(page, regions, unruled) - inside(
        page, [w.box for w in page.words if w.conf >= CONFIDENT]
    )


def inside(page: Page, regions: list[Box]) -> set[Cell]:
    """The cells of the page's ink map that the regions cover."""
    if not page.ink_map:
        return set()
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    return set().union(*(cells(b, cols, rows) for b in regions)) if regions else set()


def connected(found: set[Cell], reach: int = 1) -> list[set[Cell]]:
    """The cells in groups that touch (corners too), or stand at most `reach` cells apart."""
    groups, todo = [], set(found)
    steps = range(-reach, reach + 1)
    while todo:
        group, stack = set(), [todo.pop()]
        while stack:
            r, c = stack.pop()
            group.add((r, c))
            near = {(r + dr, c + dc) for dr in steps for dc in steps} & todo
            todo -= near
            stack.extend(near)
        groups.append(group)
    return groups


def holding(groups: list[set[Cell]], part: set[Cell]) -> set[Cell]:
    """The group of `groups` (a page's ink in connected groups) that holds all of `part`; `part` itself where none
    does."""
    return next((g for g in groups if part <= g), part)


def without_lines(
    page: Page,
    found: set[Cell],
    ink_map: list[str] | None = None,
    level: bool = False,
    unruled: list[str] | None = None,
) -> set[Cell]:
    """The cells less those of straight lines: a run of cells along a row or a column, of one density nearly
    all along (a card's edge, a fold, a form's rule) in `ink_map` (the page's by default). The ink of a hand or
    a stamp varies from cell to cell. `level`: also a long run whose density keeps within one (`_level`): a thin
    line on the cells' edge among the margins' marks, where a line of print OCR passed over, as even along a
    line of cells read sideways, is no question. `unruled`: the page's ink less its rules, pixel by pixel, where a
    line of small writing is told from a line (`_written_small`)."""
    ink_map = ink_map or page.ink_map
    lines: set[Cell] = set()
    for along in ((lambda r, c: (r, c)), (lambda r, c: (c, r))):
        runs: list[list[Cell]] = []
        for cell in sorted(found, key=lambda rc: along(*rc)):
            line, position = along(*cell)
            if runs and along(*runs[-1][-1]) == (line, position - 1):
                runs[-1].append(cell)
            else:
                runs.append([cell])
        spans = (
            {
                (along(*run[0])[0], along(*run[0])[1], along(*run[-1])[1])
                for run in runs
                if _faint(ink_map, run)
            }
            if unruled
            else set()
        )
        for run in runs:
            if not (unruled and _written_small(ink_map, unruled, run, along, spans)):
                lines |= _straight(ink_map, run, level)
    return found - lines - _bars(ink_map, found)


def _bars(ink_map: list[str], found: set[Cell]) -> set[Cell]:
    """The cells of `found` on a bar's edge: beside a run of solid ink along a row (or a column) of the whole map,
    LINE_CELLS long at least (a bar a form's headings are printed on in white), the row of cells that cuts the bar's
    edge, one even grey nearly all along it. Print on the bar breaks that grey into short runs, no line any more
    (fiftyfourth be9ter-address-2, read after its blind run: the edge of "3 Bewijs van identiteit"'s black bar under
    an empty residence field, taken for a hand there, "check by hand"). A hand touching the bar inks its cells
    unevenly: it stays."""
    return found & _bar_edges(tuple(ink_map))


@lru_cache(maxsize=32)
def _bar_edges(ink_map: tuple[str, ...]) -> frozenset[Cell]:
    """The bars' edges of the map (`_bars`), found once per map: a page's ink is asked about many times."""
    columns = tuple("".join(column) for column in zip(*ink_map))
    edges: set[Cell] = set()
    for lines, cell in ((ink_map, lambda i, j: (i, j)), (columns, lambda i, j: (j, i))):
        for i, line in enumerate(lines):
            for run in re.finditer(rf"[{SOLID_INK}-9]{{{LINE_CELLS},}}", line):
                for side in (i - 1, i + 1):
                    if 0 <= side < len(lines):
                        edges |= _even_edge([cell(side, j) for j in range(run.start(), run.end())], ink_map)
    return frozenset(edges)


def _even_edge(beside: list[Cell], ink_map: tuple[str, ...]) -> set[Cell]:
    """The cells beside a bar that hold its edge: one grey short of solid along nearly all of it."""
    densities = [int(ink_map[r][c]) for r, c in beside]
    (commonest, count), *_ = Counter(densities).most_common(1)
    if not 0 < commonest < SOLID_INK or count < _EVEN_SHARE * len(beside):
        return set()
    return {cell for cell, d in zip(beside, densities) if d == commonest}


_EVEN_SHARE = 0.9


# The ends of two runs side by side that are one line of writing stand this many cells apart at most.
_TWIN_ENDS = 1


def _written_small(
    ink_map: list[str],
    unruled: list[str],
    run: list[Cell],
    along: Callable[[int, int], tuple[int, int]],
    spans: set[tuple[int, int, int]],
) -> bool:
    """The run is half of a line of small writing: faint, a faint run as long beside it (`spans`: the faint runs'
    lines, first and last positions, as `along` puts them), and kept by the page's ink less its rules (fiftieth
    ind-med-meddocs-01, read: "Vnr 5921264016" written thin under a passport copy, its letters a tenth of two rows of
    cells, OCR reading none of it; taken for two rules, the page "missing" its V-number, a false deficiency). A rule
    lies along one row of cells, or along two where it falls on their edge, and then the pixels' rules leave it out;
    a slanted line steps from row to row."""
    if len(run) < LINE_CELLS:
        return False
    (line, first), (_, last) = along(*run[0]), along(*run[-1])
    return (
        _faint(ink_map, run)
        and 2 * sum(unruled[r][c] != "0" for r, c in run) > len(run)
        and any(
            abs(other - line) == 1 and abs(a - first) <= _TWIN_ENDS and abs(b - last) <= _TWIN_ENDS
            for other, a, b in spans
        )
    )


def _faint(ink_map: list[str], run: list[Cell]) -> bool:
    """The run's commonest density is faint: a thin line's, or a small hand's."""
    (commonest, _), *_ = Counter(int(ink_map[r][c]) for r, c in run).most_common(1)
    return commonest <= _FAINT


def _straight(ink_map: list[str], run: list[Cell], level: bool = False) -> set[Cell]:
    if len(run) < LINE_CELLS:
        return set()
    densities = [int(ink_map[r][c]) for r, c in run]
    _, commonest = Counter(densities).most_common(1)[0]
    # A thick frame (a copied passport's border) fills its cells, 8 or 9 as the pixels fall; a pen's stroke never
    # fills a run of cells.
    solid = sum(d >= SOLID_INK for d in densities)
    if max(
        commonest, solid, _slanted(densities), *((_level(densities), _fading(densities)) if level else ())
    ) >= 0.9 * len(run):
        return set(run)
    return _streak(run, densities) if level else set()


# A faint line, a streak or a line of small writing, inks a cell this much at most (in tenths of a cell); a streak
# keeps its density over this share of its run at least.
_FAINT, _STREAK_SHARE = 2, 0.75


def _streak(run: list[Cell], densities: list[int]) -> set[Cell]:
    """The cells of a faint straight line running through other ink, at its own density: a streak down the whole
    sheet (a mark on the scanner's glass) crossing a copied passport's face and zone (fortyninth ind-hnt-vnum-01, read:
    its stretch in the bottom margin taken for a number written there). Where it crosses, the ink is another's."""
    (commonest, count), *_ = Counter(densities).most_common(1)
    if len(run) < _SLANT_CELLS or commonest > _FAINT or count < _STREAK_SHARE * len(run):
        return set()
    return {cell for cell, d in zip(run, densities) if d == commonest}


def _level(densities: list[int]) -> int:
    """How many of a long run's cells are within one of its commonest density, if it changes density seldom: a
    thin line lying on the cells' edge (a copied data page's frame, 1 for a stretch, then 2, over some 12 cm).
    A hand's ink changes at nearly every cell."""
    changes = sum(a != b for a, b in zip(densities, densities[1:]))
    if len(densities) < _SLANT_CELLS or changes > len(densities) // _CELLS_PER_CHANGE:
        return 0
    (commonest, _), *_ = Counter(densities).most_common(1)
    return sum(abs(d - commonest) <= 1 for d in densities)


# A line on the cells' edge keeps one density for this many cells on average, at least.
_CELLS_PER_CHANGE = 4


# A line at a slant moves from one row of cells into the next along its way, its density in each stepping down
# (or up) by one at a time and never back; followed this far (some 7 cm), no hand's writing does that.
_SLANT_CELLS = 2 * LINE_CELLS


# A copied booklet's thick frame meets its sides in corners this many cells wide at most.
_CORNER_CELLS = 3


def _fading(densities: list[int]) -> int:
    """The run's length if it is a thick line at a slant, as `_slanted` finds a thin one, its solid cells alike
    and its corners aside: a copied passport's dark frame, off level, leaving its row of cells from solid to
    nought over the sheet (twentyfourth: 9, 8, 9, 8, 8, 8, 7 … 2, 1), and meeting the frame's sides in corners
    that darken its last cells. Among the margins' marks only: a hand's line, fading so along some 7 cm, is no
    number."""
    inner = [min(d, SOLID_INK) for d in densities[_CORNER_CELLS:-_CORNER_CELLS]]
    return len(densities) if len(densities) >= _SLANT_CELLS and _one_way(inner) else 0


def _slanted(densities: list[int]) -> int:
    """The run's length if it is one line at a slant (a copied card's side at 1°: 2 for eleven cells, then 3 for
    sixteen; its thick edge 8, then 7, then 6 as it leaves the row), else nought. Its two end cells are where
    it meets another line (a card's corner) or fades out."""
    return len(densities) if len(densities) >= _SLANT_CELLS and _one_way(densities[1:-1]) else 0


def _one_way(densities: list[int]) -> bool:
    """The densities step by one at most, and only up or only down."""
    steps = [b - a for a, b in zip(densities, densities[1:])]
    return all(abs(s) <= 1 for s in steps) and (all(s >= 0 for s in steps) or all(s <= 0 for s in steps))


# A copied booklet's or card's dark edge: a row of solid ink across this share of the page, its ends turning down
# (or up) as solid columns this many cells long at least (some 4 cm).
FRAME_SHARE = 0.5
FRAME_SIDE = 10


def solid_frames(page: Page) -> list[Box]:
    """The dark frames around a copied booklet's pages or a card (as fractions of the page): what lies inside one
    is the copied document's, not written on the copy."""
    rows = page.ink_map
    if not rows:
        return []
    height, width = len(rows), len(rows[0])
    solid = [[int(ch) >= SOLID_INK for ch in row] for row in rows]
    frames = []
    for r in range(height):
        for c0, c1 in _solid_runs(solid[r]):
            if c1 - c0 < FRAME_SHARE * width:
                continue
            for step in (1, -1):
                ends = [column_run(solid, r, c, step) for c in (c0, c1 - 1)]
                low, high = sorted((r, r + step * min(ends)))
                if min(ends) >= FRAME_SIDE and _on_paper(solid, low, high, c0, c1):
                    frames.append(Box(c0 / width, low / height, c1 / width, (high + 1) / height))
    return frames


# Around a copied booklet lies the sheet: at most this share of the cells two outside its edge are solid. A sheet
# photographed on a dark desk has the desk there, and what is inside the desk's "frame" is the whole sheet.
FRAME_OUTSIDE = 0.3


def _on_paper(solid: list[list[bool]], top: int, bottom: int, left: int, right: int) -> bool:
    height, width = len(solid), len(solid[0])
    if top < 2 or left < 2 or bottom > height - 3 or right > width - 2:
        return False
    ring = [(top - 2, c) for c in range(left, right)] + [(r, left - 2) for r in range(top, bottom + 1)]
    ring += [(r, right + 1) for r in range(top, bottom + 1)]
    return sum(solid[r][c] for r, c in ring) <= FRAME_OUTSIDE * len(ring)


def _solid_runs(row: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for c, dark in enumerate([*row, False]):
        if dark and start is None:
            start = c
        elif not dark and start is not None:
            runs.append((start, c))
            start = None
    return runs


def column_run(solid: list[list[bool]], r: int, c: int, step: int) -> int:
    """How many cells a column of `solid` cells runs from (r, c) down (step 1) or up (-1), a cell to either side
    allowed: a frame's side."""
    n = 0
    while 0 <= r + step * (n + 1) < len(solid) and any(
        solid[r + step * (n + 1)][x] for x in (c - 1, c, c + 1) if 0 <= x < len(solid[0])
    ):
        n += 1
    return n


def unread_marks(page: Page, regions: list[Box], unruled: bool = False, level: bool = False) -> set[Cell]:
    """Cells of ink inside the regions that are neither print nor lines: a hand, a stamp, a logo. Lines are
    followed over the whole page, as a region cuts them short. `unruled`: the rules of a form or a table are
    left out pixel by pixel too, where the page was measured so (`Page.unruled_map`): in a form's field, a rule
    broken into short runs of cells by the print it passes, or crossed by other rules, is no answer. (A number
    written in a margin is looked for on the whole ink: it is often written on a rule, and read with it.)"""
    if not page.ink_map:
        return set()
    found = unread_ink(page, [Box(0, 0, 1, 1)])
    marks = without_lines(page, found, level=level, unruled=page.unruled_map if level else None)
    if unruled and page.unruled_map:
        # Less, never more: what is left of a rule's cells once its pixels are out is no straight run any more,
        # so the lines found on the whole ink stay out too.
        lines = found - marks
        unruled_found = unread_ink(page, [Box(0, 0, 1, 1)], page.unruled_map)
        marks = without_lines(page, unruled_found, page.unruled_map, level) - lines
    # A comb field's boxes are a form's print; what is written in them was read (validator/pages.py).
    return (marks & inside(page, regions)) - inside(page, page.combs)


def unworded_marks(page: Page, regions: list[Box], unruled: bool = False) -> set[Cell]:
    """The marks in the regions (as `unread_marks`) where OCR read no word at all, however unsure: ink it passed
    over, not ink it read poorly."""
    return unread_marks(page, regions, unruled) - inside(page, [w.box for w in page.words])


def passed_over(page: Page, region: Box) -> tuple[int, int]:
    """How much of the region's ink OCR passed over (its marks with no word read in them), and how much its
    words cover, in cells: print a page's reading dropped, set against what it read."""
    return len(unworded_marks(page, [region])), len(inside(page, [w.box for w in page.words]))


def margin_marks(page: Page) -> list[Box]:
    """The marks in the page's margins that are neither print nor lines, largest first, as boxes: each may be
    a number written on the copy, those clear of the page's edge first. Ink running off the edge along it is the
    scanner's border, not a mark; a stamp set against the edge touches it for its side's length only (twenty-seventh
    ind-med-clean-10, read: a V-number stamped in a box in the corner was never read)."""
    if not page.ink_map:
        return []
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    marks = [
        (edge, g)
        for g in connected(unread_marks(page, list(MARGINS)))
        if len(g) >= MARK_CELLS
        and (edge := sum(r in (0, rows - 1) or c in (0, cols - 1) for r, c in g)) < _BORDER_CELLS
    ]
    return [bounds(g, cols, rows) for _, g in sorted(marks, key=lambda m: (m[0] > 0, -len(m[1])))]


# Ink along the page's edge for this many cells (some 3 cm) is the scanner's border or the desk beside the sheet; a
# stamp's side is shorter.
_BORDER_CELLS = 8
# A stamp's width and height, in the page's, with a hand signed over it: a doctor's oval or a practice's rectangle
# some 3 to 9 cm wide.
STAMP_WIDTHS = (0.08, 0.45)
STAMP_HEIGHTS = (0.025, 0.15)


def body_marks(page: Page) -> list[Box]:
    """The marks in the page's body, beyond its margins, as large as a stamp, that are neither print nor lines,
    largest first, as boxes: a stamp OCR of the whole page passed over, or a hand."""
    if not page.ink_map:
        return []
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    margins = inside(page, list(MARGINS))
    found = [
        (len(g), box)
        for g in connected(unread_marks(page, [Box(0, 0, 1, 1)]))
        if not g <= margins
        and STAMP_WIDTHS[0] <= (box := bounds(g, cols, rows)).x1 - box.x0 <= STAMP_WIDTHS[1]
        and STAMP_HEIGHTS[0] <= box.y1 - box.y0 <= STAMP_HEIGHTS[1]
    ]
    return [box for _, box in sorted(found, key=lambda m: -m[0])]


def bounds(group: set[Cell], cols: int, rows: int) -> Box:
    """The box around a group of cells, in fractions of the page."""
    return Box(
        min(c for _, c in group) / cols,
        min(r for r, _ in group) / rows,
        (max(c for _, c in group) + 1) / cols,
        (max(r for r, _ in group) + 1) / rows,
    )


def photographed(page: Page) -> bool:
    """The page is a picture of a sheet on something darker (a phone photo of a copy on a desk): dark all around
    its edges, light inside. Its size is then the picture's, not the paper's."""
    rows = page.ink_map
    if len(rows) < 5 or len(rows[0]) < 5:
        return False
    # Two cells deep: where the picture's own edge is soft or cut, the desk shows a cell further in.
    edge = [
        *(max(a, b) for a, b in zip(rows[0], rows[1])),
        *(max(a, b) for a, b in zip(rows[-1], rows[-2])),
        *(max(row[0], row[1]) for row in rows),
        *(max(row[-1], row[-2]) for row in rows),
    ]
    inner = "".join(row[2:-2] for row in rows[2:-2])
    dark = sum(int(c) >= FRAMED_INK for c in edge)
    paper = sum(int(c) <= 1 for c in inner)
    return dark >= FRAMED_SHARE * len(edge) and paper >= FRAMED_PAPER * len(inner)


# A row of solid ink over this share of the page's width is a band: a web portal's or a letterhead's bar.
BAND_SHARE = 0.5


def dark_band(page: Page, region: Box, down: bool = False, beside: list[Box] | None = None) -> list[int]:
    """The rows of the ink map a band of solid ink runs across in the region, beyond the words read on it (a
    portal's title bar printed at the head of a page): a number written over it leaves no mark of its own in the ink
    map, so it may be there unseen. `down`: the columns a band runs down instead (an insurer's coloured strip down
    a letter's side); `beside`: where solid ink is no band's (a copied document's own print)."""
    rows = page.ink_map
    if not rows:
        return []
    # A copied booklet's dark edge is no bar a number is written over: the number is written on the paper outside.
    # A frame round most of the page is no booklet's: it is the desk round a sheet photographed on it, and a number
    # put on the page's head may lie over the desk, dark on dark (thirty-third, read: "V-nummer 7082706762" set over
    # the wood of a specialist's letter photographed on a table).
    edges = inside(page, [f for f in solid_frames(page) if area(f) < DESK_AREA] + (beside or []))
    # Each solid cell as the line of the grid it is on (a row, or a column going down) and its place along it.
    placed = [
        (c, r) if down else (r, c)
        for r, c in inside(page, [region]) - printed_cells(page) - edges
        if int(rows[r][c]) >= SOLID_INK
    ]
    grid = ["".join(column) for column in zip(*rows)] if down else rows
    along = Counter(line for line, _ in placed)
    return sorted(
        line
        for line, n in along.items()
        if n >= BAND_SHARE * len(grid[0])
        and _band_height(grid, line, [at for on, at in placed if on == line]) >= BAND_CELLS
    )


# A written number is some 5 mm high, a cell and a fifth: a bar must be taller than that to hide it. A copied
# card's thick edge, a cell high, leaves it showing above or below.
BAND_CELLS = 1.5


def _band_height(rows: list[str], r: int, columns: list[int]) -> float:
    """How many cells high the solid ink across row r is: its ink with that of the rows above and below, in
    cells' worth, along the middle of its columns."""
    near = [rows[i] for i in (r - 1, r, r + 1) if 0 <= i < len(rows)]
    return statistics.median(sum(int(row[c]) for row in near) for c in columns) / 9


# A picture this large is a scan or a photo on the page, not a stamp or a mark put on it.
MARK_AREA = 0.1
# A dark frame round this share of the page at least is a desk's round a photographed sheet, no document's edge.
DESK_AREA = 0.6


def area(box: Box) -> float:
    return (box.x1 - box.x0) * (box.y1 - box.y0)


def overlaps(a: Box, b: Box) -> bool:
    """The two boxes share some area."""
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def margin_picture(box: Box) -> bool:
    """A picture small enough to be a stamp or a mark, standing in a margin of the page."""
    return area(box) < MARK_AREA and any(overlaps(box, m) for m in MARGINS)
