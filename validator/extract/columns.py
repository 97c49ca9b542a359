"""Forms that set labels side by side in a row and write the answers in columns on the line below:

    Nationalité          Date de naissance
                         29.10.2002

The page's text runs each row together, so whose answer "29.10.2002" is cannot be read from it; the words'
boxes keep the columns apart.
"""

from __future__ import annotations

import re

from validator.inkmap import unread_marks
from validator.model import Box, Page, Word
from validator.textmatch import fold

# How far below a row of labels its answers stand, in heights of the row.
ANSWER_REACH = 2.5
# Cells of ink in an empty-looking column from which it may hold a hand OCR did not read.
UNREAD_CELLS = 3


def rows(words: list[Word]) -> list[list[Word]]:
    """The words in lines, top to bottom, each line left to right: words whose middles are level."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.box.y0 + w.box.y1) / 2):
        middle = (w.box.y0 + w.box.y1) / 2
        if lines and lines[-1][0].box.y0 <= middle <= lines[-1][0].box.y1:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.box.x0) for line in lines]


def column_answer(page: Page, label: re.Pattern[str], fields: re.Pattern[str]) -> bool | None:
    """Whether the label, standing in a row of labels (another label follows it on its line), has an answer
    below it in its column: True when a word stands there on the next line; False when nothing does, neither a
    word nor ink OCR did not read (the next line may be the next row of labels); None when the label stands in
    no such row. The first such row is the one asked about."""
    lines = rows(page.words)
    for i, line in enumerate(lines):
        folded = [fold(w.text) for w in line]
        joined = " ".join(folded)
        starts = [sum(len(f) + 1 for f in folded[:k]) for k in range(len(folded))]
        for m in label.finditer(joined):
            last = max(k for k, s in enumerate(starts) if s < m.end())
            first = max(k for k, s in enumerate(starts) if s <= m.start())
            followed = last + 1 < len(line) and fields.match(joined[starts[last + 1] :]) is not None
            preceded = any(f.end() == starts[first] - 1 for f in fields.finditer(joined[: starts[first]]))
            if not (followed or preceded):
                continue
            left, right = line[first].box.x0, line[last + 1].box.x0 if followed else 1.0
            top = max(w.box.y1 for w in line)
            height = top - min(w.box.y0 for w in line)
            below = lines[i + 1] if i + 1 < len(lines) else []
            answers = below and below[0].box.y0 < top + ANSWER_REACH * height
            if answers and not fields.match(" ".join(fold(w.text) for w in below)):
                if any(w.box.x1 > left and w.box.x0 < right for w in below):
                    return True
            column = Box(left, top, right, top + ANSWER_REACH * height)
            return None if len(unread_marks(page, [column])) >= UNREAD_CELLS else False
    return None
