"""Forms that set labels side by side in a row and write the answers in columns on the line below:

    Nationalité          Date de naissance
                         29.10.2002

The page's text runs each row together, so whose answer "29.10.2002" is cannot be read from it; the words'
boxes keep the columns apart.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import Literal

from validator.inkmap import unread_marks
from validator.model import Box, Checkbox, Page, Word
from validator.textmatch import fold

# How far below a row of labels its answers stand, in heights of the row.
ANSWER_REACH = 2.5
# How far after a word, in fractions of the page's width, the next word of its line begins.
NEXT_WORD = 0.05
# Pairs of words, one after the other on a line, from which a page's lines are known to run left to right.
UPRIGHT_PAIRS = 5
# Cells of ink in an empty-looking column from which it may hold a hand OCR did not read.
UNREAD_CELLS = 3


def _slope(words: list[Word]) -> float:
    """The page's skew, as its lines' rise per unit across: the median over words that follow each other on
    a line (in OCR's order, line by line)."""
    rises = []
    for a, b in zip(words, words[1:]):
        run = (b.box.x0 + b.box.x1 - a.box.x0 - a.box.x1) / 2
        if (
            0 <= b.box.x0 - a.box.x1 < NEXT_WORD
            and abs(b.box.y0 - a.box.y0) < a.box.y1 - a.box.y0
            and run > 0
        ):
            rises.append((b.box.y0 + b.box.y1 - a.box.y0 - a.box.y1) / 2 / run)
    return statistics.median(rises) if rises else 0.0


# A word follows the one before it on its line when it stands this many times further along than across.
ALONG = 3


def reading_turn(words: list[Word]) -> int:
    """How far the page lies turned counter-clockwise on the scan, as its words were read (0, 90, 180 or 270):
    the way each word follows the one before on its line, upright left to right. A page OCR read turned has its
    words' boxes mapped back onto the page as scanned."""
    votes: Counter[int] = Counter()
    for a, b in zip(words, words[1:]):
        dx = (b.box.x0 + b.box.x1 - a.box.x0 - a.box.x1) / 2
        dy = (b.box.y0 + b.box.y1 - a.box.y0 - a.box.y1) / 2
        if abs(dx) > ALONG * abs(dy):
            votes[0 if dx > 0 else 180] += 1
        elif abs(dy) > ALONG * abs(dx):
            votes[270 if dy > 0 else 90] += 1
    return votes.most_common(1)[0][0] if votes else 0


def turn_box(box: Box, angle: int) -> Box:
    """A box on the upright page, placed on the page turned `angle` degrees counter-clockwise."""
    corners = [(box.x0, box.y0), (box.x1, box.y1)]
    if angle == 90:
        moved = [(v, 1 - u) for u, v in corners]
    elif angle == 180:
        moved = [(1 - u, 1 - v) for u, v in corners]
    else:
        moved = [(1 - v, u) for u, v in corners]
    xs, ys = [x for x, _ in moved], [y for _, y in moved]
    return Box(min(xs), min(ys), max(xs), max(ys))


def upright_view(page: Page) -> tuple[list[Word], list[Checkbox]]:
    """The page's words and boxes to tick as they stand on it read upright: on a page scanned sideways or head
    down, what stands level with a heading or before a degree is looked for along its lines, not across them."""
    turn = reading_turn(page.words)
    if not turn:
        return page.words, page.checkboxes
    back = (360 - turn) % 360
    return (
        [Word(w.text, w.conf, turn_box(w.box, back)) for w in page.words],
        [Checkbox(turn_box(c.box, back), c.fill) for c in page.checkboxes],
    )


def _upright(words: list[Word]) -> bool:
    """The words run left to right along level lines. A page OCR read turned has its words' boxes mapped back
    onto the page as scanned, where its lines run the other way: there, what is below is above."""
    forward = backward = 0
    for a, b in zip(words, words[1:]):
        if abs(b.box.y0 - a.box.y0) < a.box.y1 - a.box.y0:
            forward += b.box.x0 >= a.box.x1 - NEXT_WORD / 5
            backward += b.box.x1 <= a.box.x0 + NEXT_WORD / 5
    return forward >= UPRIGHT_PAIRS and forward > 2 * backward


def _level(w: Word, slope: float) -> float:
    """How far down the page the word stands, as if the page were not skewed."""
    return (w.box.y0 + w.box.y1) / 2 - slope * (w.box.x0 + w.box.x1) / 2


def rows(words: list[Word], slope: float) -> list[list[Word]]:
    """The words in lines, top to bottom, each line left to right: words level with each other on the page
    scanned straight (`slope`: the page's skew, as `_slope` measures it)."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: _level(w, slope)):
        if lines and abs(_level(w, slope) - _level(lines[-1][0], slope)) <= (w.box.y1 - w.box.y0) / 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.box.x0) for line in lines]


def lines(page: Page) -> list[list[Word]]:
    """The page's words in lines, as `rows` finds them at the page's own skew."""
    return rows(page.words, _slope(page.words))


def line_of(page_lines: list[list[Word]], word: Word) -> list[Word]:
    """The words of the word's line among the page's `lines`, left to right: a caller that asks of several words
    finds the lines once."""
    return next(line for line in page_lines if word in line)


def laid_out(page: Page) -> list[str]:
    """The page's lines as they stand on it, top to bottom, whatever order OCR read its blocks in (a form laid out
    in two columns is read column by column, its title's words apart), a page scanned sideways or head down turned
    upright. None where its words do not run along level lines."""
    words, _ = upright_view(page)
    if not _upright(words):
        return []
    return [_joined(line) for line in rows(words, _slope(words))]


def laid_out_text(pages: list[Page]) -> str:
    """The pages' lines as they stand on them (`laid_out`), one text."""
    return "\n".join(line for page in pages for line in laid_out(page))


# A gap between two words of a line, in line heights, narrower than a space: one word OCR cut in two where a
# column of its layout began ("CER" "TIFICAT", "GETUIGSCHRIF" "T"; spaces measured 0.6 to 0.7).
GLUED = 0.3


def _joined(line: list[Word]) -> str:
    text = line[0].text
    for before, w in zip(line, line[1:]):
        glued = w.box.x0 - before.box.x1 < GLUED * (before.box.y1 - before.box.y0)
        text += ("" if glued else " ") + w.text
    return text


def column_answer(
    page: Page, label: re.Pattern[str], fields: re.Pattern[str], until: re.Pattern[str] | None = None
) -> bool | None:
    """Whether the label, standing in a row of labels (another label follows it on its line), has an answer
    below it in its column: True when a word stands there on the next line; False when that line answers other
    labels of the row and nothing stands under this one, neither a word nor ink OCR did not read; None when the
    label stands in no such row, or no line of answers follows it. The first such row is the one asked
    about, above a line that `until` finds in (another section's heading)."""
    if not _upright(page.words):
        return None
    slope = _slope(page.words)
    lines = rows(page.words, slope)
    for i, line in enumerate(lines):
        folded = [fold(w.text) for w in line]
        joined = " ".join(folded)
        if until is not None and until.search(joined):
            return None
        starts = [sum(len(f) + 1 for f in folded[:k]) for k in range(len(folded))]
        for m in label.finditer(joined):
            last = max(k for k, s in enumerate(starts) if s < m.end())
            first = max(k for k, s in enumerate(starts) if s <= m.start())
            followed = last + 1 < len(line) and fields.match(joined[starts[last + 1] :]) is not None
            preceded = any(f.end() == starts[first] - 1 for f in fields.finditer(joined[: starts[first]]))
            if not (followed or preceded):
                continue
            left, right = line[first].box.x0, line[last + 1].box.x0 if followed else 1.0
            below = lines[i + 1] if i + 1 < len(lines) else []
            # In heights of the row or of the answers', the taller: a form's labels set in small capitals over its
            # boxes stand further above the answers than their own height allows (fortieth be9ter-medcert-age-1, read
            # after its blind run: "ACCRA" under "LIEU DE NAISSANCE", the place of birth "not stated").
            height = max(statistics.median(w.box.y1 - w.box.y0 for w in row) for row in (line, below) if row)
            answers = below and _level(below[0], slope) - _level(line[0], slope) < ANSWER_REACH * height
            if not answers or fields.match(" ".join(fold(w.text) for w in below)):
                # No line of answers under the row: the row may be read wrongly, or all of it left blank.
                return None
            if any(w.box.x1 > left and w.box.x0 < right for w in below):
                return True
            top = line[first].box.y1
            column = Box(left, top, right, top + ANSWER_REACH * height)
            return None if len(unread_marks(page, [column])) >= UNREAD_CELLS else False
    return None


# Where a page's gutter between two columns may stand, as fractions of its width; the rows on each side of it, at
# least, for the page to be laid out in two columns.
GUTTER_FROM, GUTTER_TO, GUTTER_STEP = 0.3, 0.7, 0.005
COLUMN_ROWS = 4
# The gutter's width at least, in fractions of the page's width: wider than the space between two words of a line
# (about 0.01 on a typed A4 page; 0.038 measured on fortyseventh's two-column certificate).
GUTTER_WIDTH = 0.025
Side = Literal["across", "left", "right"]


def _across(word: Word, gutter: float) -> bool:
    """The word stands in the gutter at `gutter`, or too near it for the gutter to be one."""
    return word.box.x0 < gutter + GUTTER_WIDTH / 2 and word.box.x1 > gutter - GUTTER_WIDTH / 2


def _gutter(lines: list[list[Word]]) -> float | None:
    """The line down the page that the fewest of its lines cross, with lines on both sides of it, in the middle of
    the stretch where it may stand: a form set in two columns, which OCR may read row by row across both ("1 ANGABEN
    ZUM ARZT" then "6 NOTWENDIGE BEHANDLUNG")."""
    fewest: tuple[int, list[float]] | None = None
    for step in range(round((GUTTER_TO - GUTTER_FROM) / GUTTER_STEP) + 1):
        x = GUTTER_FROM + step * GUTTER_STEP
        apart = [line for line in lines if not any(_across(w, x) for w in line)]
        left = sum(1 for line in apart if line[0].box.x1 <= x)
        right = sum(1 for line in apart if line[-1].box.x0 >= x)
        if min(left, right) < COLUMN_ROWS:
            continue
        crossing = len(lines) - len(apart)
        if fewest is None or crossing < fewest[0]:
            fewest = (crossing, [x])
        elif crossing == fewest[0] and abs(fewest[1][-1] + GUTTER_STEP - x) < GUTTER_STEP / 2:
            fewest[1].append(x)
    return None if fewest is None else (fewest[1][0] + fewest[1][-1]) / 2


def two_columns(page: Page) -> tuple[float, list[tuple[Side, str]]] | None:
    """Where the page laid out in two columns parts them, and its lines read column by column, each with its side:
    between lines that run across its gutter, the left column's lines, then the right's. None where the page has no
    two columns, or its words do not run along level lines."""
    if not _upright(page.words):
        return None
    found = lines(page)
    parting = _gutter(found)
    if parting is None:
        return None
    read: list[tuple[Side, str]] = []
    right: list[tuple[Side, str]] = []
    for line in found:
        if any(_across(w, parting) for w in line):
            read += right + [("across", _joined(line))]
            right = []
            continue
        left = [w for w in line if w.box.x1 <= parting]
        if left:
            read.append(("left", _joined(left)))
        if len(left) < len(line):
            right.append(("right", _joined(line[len(left) :])))
    return parting, read + right
