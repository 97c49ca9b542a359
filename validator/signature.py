"""Is a page signed? Pen strokes around a signature label, not printed text or form lines.

The word "Handtekening" proves nothing; a pen stroke near it does. The page's
ink map (made at ingest) says where ink is; confident words of ordinary text
height are printed text and do not count. A signature is taller than a line of
text, so OCR's guesses at reading one (a tall "WWW") do not hide it. What is
left must look written: a connected run of ink at least two cells tall whose
bounding box its strokes cross. A printed line to sign on is one cell tall; an
empty box is empty inside; a rubber stamp is a frame around printed words.

People sign above, beside or below the label, and a letter is signed under its
closing words with no label at all: each of those places is searched. The
answer has three values, because only one of them is evidence of a defect:
strokes found (signed); a label found and nothing around it but printed text
and form lines (unsigned); anything else, such as no label at all, or ink
that looks like neither print nor a hand (a signature across a stamp), is for
a person to look at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from validator.classify import heads_enclosures
from validator.extract.columns import line_of, lines, reading_turn
from validator.extract.dates import find_dates
from validator.inkmap import (
    bounds,
    cells,
    column_run,
    connected,
    holding,
    overlaps,
    print_height,
    printed_cells,
    without_lines,
)
from validator.model import Box, Page, Word
from validator.textmatch import fold

# Where a signature stands relative to its label, in fractions of the page: from left of the label to well
# right of it, from about 2 cm above it (signed above the printed line that names it) to about 4.5 cm below.
_LEFT, _RIGHT, _ABOVE, _BELOW = 0.10, 0.55, 0.07, 0.15
# Without any label, a letter is signed under its text: the lower part of its last page.
_LETTER_END = 0.45
# The widest a stamp is, in page widths (some 8 cm).
STAMP_WIDTH = 0.4
# Cells of ink outside the text that make a signature: a few strokes, not a speck.
MIN_CELLS = 4
# Share of a signature's bounding box, inside its border, that its strokes cross; a frame's is nil.
MIN_FILL = 0.3
# Share of a box's inside taken by printed words that makes it a stamp: a frame around text.
STAMP_PRINT = 0.25
# Cells of height and width from which ink is a box drawn on the form rather than a signature (some 2.5 cm).
FRAME = 6
# Share of a box's inside that a line across it covers: a divider of the form, not a stroke of a hand.
RULED = 0.8


Verdict = Literal["signed", "unsigned", "unknown"]


@dataclass(frozen=True)
class Search:
    verdict: Verdict
    # Where the strokes were found; for "unsigned", where the empty signature area is.
    box: Box | None = None
    # Ink that is neither print nor a hand was seen (a stamp, a hand over print): "unknown" for that reason.
    unexplained: bool = False
    # The page searched.
    page: int | None = None


# Words of this many letters or more show which way a page's lines run.
_LONG_WORD = 4


@dataclass(frozen=True)
class _Turned:
    """A page scanned on its side, as it reads: its words and ink map turned upright, and the way back."""

    page: Page
    back: Callable[[Box], Box]


def _upright(page: Page) -> _Turned | None:
    """The page turned upright when it was read turned a quarter (a letter scanned on its side, thirteenth): its
    words, mapped back onto the page as scanned, run down or up it, and "under the label" is beside it there.
    None for a page whose lines run across it."""
    long_words = [w.box for w in page.words if sum(c.isalpha() for c in w.text) >= _LONG_WORD]
    if not 2 * sum(b.upright for b in long_words) > len(long_words) > 0:
        return _upside_down(page)
    # Which way the lines run: from one word to the next on the same line (boxes side by side across).
    pairs = zip(page.words, page.words[1:])
    down = sum(
        (b.box.y0 > a.box.y0) - (b.box.y0 < a.box.y0)
        for a, b in pairs
        if a.box.x0 < b.box.x1 and b.box.x0 < a.box.x1
    )
    rows, cols = len(page.ink_map), len(page.ink_map[0]) if page.ink_map else 0

    def turn(b: Box) -> Box:
        return Box(b.y0, 1 - b.x1, b.y1, 1 - b.x0) if down >= 0 else Box(1 - b.y1, b.x0, 1 - b.y0, b.x1)

    def back(b: Box) -> Box:
        return Box(1 - b.y1, b.x0, 1 - b.y0, b.x1) if down >= 0 else Box(b.y0, 1 - b.x1, b.y1, 1 - b.x0)

    def turn_map(old: list[str]) -> list[str]:
        if not old:
            return old
        return (
            ["".join(old[j][cols - 1 - i] for j in range(rows)) for i in range(cols)]
            if down >= 0
            else ["".join(old[rows - 1 - j][i] for j in range(rows)) for i in range(cols)]
        )

    words = [Word(w.text, w.conf, turn(w.box)) for w in page.words]
    return _Turned(
        replace(page, words=words, ink_map=turn_map(page.ink_map), unruled_map=turn_map(page.unruled_map)),
        back,
    )


def read_upside_down(page: Page) -> bool:
    """The page was read upside down: what is right of or under a word, as it reads, is left of or above it on the
    page as scanned, where its word boxes and ink map are."""
    return reading_turn(page.words) == 180


def _upside_down(page: Page) -> _Turned | None:
    """The page turned upright when it was read upside down (a letter scanned head down, twentysecond): "under the
    closing words" is above them on the page as scanned. None for a page read the right way up."""
    if not read_upside_down(page):
        return None

    def turn(b: Box) -> Box:
        return Box(1 - b.x1, 1 - b.y1, 1 - b.x0, 1 - b.y0)

    def turn_map(old: list[str]) -> list[str]:
        return [row[::-1] for row in reversed(old)]

    words = [Word(w.text, w.conf, turn(w.box)) for w in page.words]
    return _Turned(
        replace(page, words=words, ink_map=turn_map(page.ink_map), unruled_map=turn_map(page.unruled_map)),
        turn,
    )


def search(
    page: Page,
    label: re.Pattern[str],
    closing: re.Pattern[str] | None = None,
    letter_end: bool = False,
    head: bool = False,
    first: Page | None = None,
    signing_for: re.Pattern[str] | None = None,
    electronic: re.Pattern[str] | None = None,
) -> Search:
    """Look for a signature around each signature label, each closing word (`closing`) and each line that says
    only whom the signer signs for (`signing_for`: "Pour la requérante,"), and, with `letter_end`, in the lower
    part of the page when it has none of them; with `head`, in the upper part of the page only: a letter whose
    closing words end one page is signed at the top of the next. `first`: the first page of the document, whose
    letterhead every page repeats. `electronic`: the words of a printed electronic signature's block ("Digitaal
    ondertekend door …"): where they stand in a region, no ink there is no evidence of a document left unsigned;
    whether the authority takes such a signature on paper is for a person to see."""
    if not page.ink_map:
        return Search("unknown")
    turned = _upright(page)
    if turned is not None:
        # The first page is this one, or another page of the document as it was scanned.
        upright_first = turned if first is page else _upright(first) if first is not None else None
        found = search(
            turned.page,
            label,
            closing,
            letter_end,
            head,
            upright_first.page if upright_first else first,
            signing_for,
            electronic,
        )
        return replace(found, box=turned.back(found.box) if found.box else None)
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    # The page's lines, found once: every place below asks which line a word is on.
    page_lines = lines(page)
    date_labels = [w.box for w in page.words if _date_label(w)]
    # A comb field's boxes and what is written in them were read: a date in its boxes under "Handtekening" is no
    # hand's signature (thirty-fourth be9ter-signed-1, read after its blind run: an unsigned form passed).
    printed = (
        printed_cells(page)
        | _numbers_read(page, cols, rows)
        | _dated(page_lines, cols, rows)
        | {c for b in page.combs for c in cells(b, cols, rows)}
    )
    printed |= _letterhead(page, first, printed)
    printed |= _dated_under(page, page_lines, printed)
    # search, not match: "(handtekening)", "Signature:" are labels too.
    anchors = (
        []
        if head
        else [
            w for w in page.words if label.search(fold(w.text)) or (closing and closing.search(fold(w.text)))
        ]
    )
    signers = (
        [line[-1] for line in page_lines if _says_only(line, signing_for) and line[-1] not in anchors]
        if signing_for is not None and not head
        else []
    )
    anchors += signers
    # A hand signs above its label's printed line, but after the closing words: ink above these is the letter's
    # or the page's head ("- 2 -" that OCR did not read: twentyfourth), not the signature. Within some 10 cm of
    # its label; after a letter's closing words, anywhere across the page (a signature set on the right under
    # "Hoogachtend," at the left margin: thirty-fourth's lawyers' letters, read after its blind run). Whom the
    # signer signs for is said under the hand as often as over it ("Pour la requérante, son conseil," under the
    # signature, over the lawyer's name: fortyninth's requêtes, read after its blind run, eleven "unsigned").
    labelled = [label.search(fold(w.text)) is not None for w in anchors]
    regions = [
        Box(
            max(0.0, (w.box.x0 if by_label else _line_start(page_lines, w)) - _LEFT),
            _top(page, w, page_lines) if by_label or w in signers else w.box.y0,
            min(1.0, w.box.x0 + _RIGHT) if by_label else 1.0,
            min(1.0, w.box.y1 + _BELOW),
        )
        for w, by_label in zip(anchors, labelled, strict=True)
    ]
    if head:
        regions = [Box(0.0, 0.0, 1.0, _LETTER_END)]
    elif not regions and letter_end:
        regions = [Box(0.0, 1.0 - _LETTER_END, 1.0, 1.0)]
        end = _text_end(page)
        if end is not None and end < 1.0 - _LETTER_END:
            # A last page holding only the closing block ("Bruxelles, le …", "Pour le requérant,", the hand, the
            # lawyer's name) ends high: the letter is signed there, not in the empty lower part.
            regions.insert(0, Box(0.0, max(0.0, end - _END_ABOVE), 1.0, min(1.0, end + _BELOW)))
    regions = _above_enclosures(page_lines, regions)
    unexplained = False
    # The page's ink that is no print, in connected groups: found once, where a region's side cuts a stroke; and
    # again without the rules a form is drawn with (its unruled map), where the side cuts a slice of something beyond.
    page_groups: list[set[tuple[int, int]]] = []
    unruled_groups: list[set[tuple[int, int]]] = []
    # All the page's ink in connected groups, print too: where the region's top cuts the field above.
    ink_groups: list[set[tuple[int, int]]] = []
    for at, region in enumerate(regions):
        area = cells(region, cols, rows)
        inked = {(r, c) for r, c in area - printed if page.ink_map[r][c] != "0"}
        edges = {min(c for _, c in area), max(c for _, c in area)} if area else set()
        # The region's top, where it is cut off above a label, below the page's head; and the label's own row.
        top = min(r for r, _ in area) if area and region.y0 > 0 and at < len(anchors) else None
        label_row = int(anchors[at].box.y0 * rows) if at < len(anchors) else 0
        strokes: list[set[tuple[int, int]]] = []
        # Strokes the region's side cut from a stamp lying across it: the stamp's slice is no hand's.
        stamp_slices: list[set[tuple[int, int]]] = []
        closing_words = at < len(anchors) and not labelled[at]
        for stroke in connected(inked):
            if _heading_number(page, stroke):
                continue
            if top is not None and closing_words and any(r == top for r, _ in stroke):
                # A hand set beside the closing words rises above their line: a signature on the right of "Met de
                # meeste hoogachting," at the head of a letter's last page, its upper half above the region
                # (thirty-fifth, read after its blind run: five letters "unsigned"). Within a signature's height
                # above, and over the region's columns, its ink is the stroke's.
                if not page_groups:
                    page_groups = _ink_groups(page.ink_map, printed)
                whole = holding(page_groups, stroke)
                if min(r for r, _ in whole) >= top - int(_ABOVE * rows) and all(
                    min(edges) <= c <= max(edges) for _, c in whole
                ):
                    stroke = stroke | whole
            if top is not None and any(r == top for r, _ in stroke) and all(r < label_row for r, _ in stroke):
                if not ink_groups:
                    ink_groups = _ink_groups(page.ink_map, set())
                if _foot_of_above(page, stroke, printed, area, top, ink_groups):
                    continue
            if any(c in edges for _, c in stroke) and not page_groups:
                page_groups = _ink_groups(page.ink_map, printed)
            if (
                at < len(anchors)
                and labelled[at]
                and all(r < label_row for r, _ in stroke)
                and any(c in edges for _, c in stroke)
                and _line_across(page_lines, bounds(stroke, cols, rows), region)
            ):
                # A line written above the label that runs into the region across its side: the answer to the field
                # above, written by hand on its line (fortieth be9ter-medcert-doctor-1, read after its blind run: "Le
                # retour au pays d'origine est contre-indiqué" over "Signature et cachet du médecin", taken for the
                # doctor's hand).
                continue
            if not _cut_from(page, stroke, printed, area, edges, page_groups):
                strokes.append(stroke)
                if any(c in edges for _, c in stroke) and _stamp_across(page, stroke, page_groups):
                    # A stamp alone under "Handtekening en stempel van de arts", reaching past the region's side
                    # (fortyfirst be9ter-medcert-doctor-1, read after its blind run: its slice passed for a hand).
                    stamp_slices.append(stroke)
                continue
            if not unruled_groups:
                unruled_groups = _ink_groups(page.unruled_map, printed)
            # A hand that signed across its field's rule is joined by it to the frame of the whole form, which lies
            # mostly beyond the region: without the rules (as measured on the pixels, or as straight runs of cells),
            # its strokes lie within the region, and are judged on their own (twenty-seventh's certificates, a
            # signature and a stamp run over the foot of their cell).
            levelled = without_lines(page, stroke, level=True)
            freed = [
                part
                for part in [g for g in unruled_groups if g & stroke] + connected(levelled)
                if len(part) >= _HAND_CELLS
                and _width(part) >= _HAND_COLUMNS
                and part <= area
                and not any(c in edges for _, c in part)
                and _written(page, part, printed, False, edges)
            ]
            strokes += freed
            # A slice reaching deep into the region, holding ink of a stamp's or a hand's kind there, is more than
            # the side of a frame beyond: a hand and a stamp over the table's rule that neither map frees (twenty-
            # seventh be9ter-clean-24). Whether it is signed is for a person to see. Ink the rules leave on the
            # pixels only: an empty cell's rules scanned a degree askew leave pieces in the cells' straight runs
            # (twenty-seventh be9ter-medcert-doctor-1).
            deep = {
                (r, c)
                for r, c in levelled
                if min(abs(c - e) for e in edges) >= _HAND_COLUMNS
                and (page.unruled_map or page.ink_map)[r][c] != "0"
            }
            unexplained = unexplained or (
                not freed and len(deep) >= _HAND_CELLS and _unexplained(page, deep, printed)
            )
            # A hand that signed touching a stamp beyond the region's side is one mark with it there: its slice inside,
            # written, the whole no wider than a stamp and no stamp alone, the mark beyond a stamp's size and larger than
            # the slice, is for a person to see (fortyfifth's certificates, read after its blind run: a signature beside
            # the round stamp right of "Nom, n° INAMI, signature et cachet du médecin", three signed ones "unsigned"). A
            # date written in the box beside the one to sign in, cut by the side, is no such mark (fortyfirst
            # be9ter-signed-1).
            # So is a hand's size of writing alone across the side (fortyninth be9ter-chosen-domicile-2, read after its
            # blind run: a hand in the box to sign in, that box's label run into the date before it by OCR, the
            # region of the section's heading "Signature" cutting through it, was "unsigned"); not the date written
            # on the line over its printed "Datum" (fortyfirst be9ter-signed-1).
            unexplained = unexplained or any(
                (
                    len(group - area) >= max(_HAND_CELLS, len(group & area))
                    or len(group) >= _HAND_CELLS
                    and _written(page, group, printed, False, set())
                    and not _over_date_label(group, date_labels, rows, cols)
                )
                and _width(group) <= STAMP_WIDTH * cols
                and not _stamp_frame(page, group)
                and not _ring(page, group, page.unruled_map)
                and _written(page, group & area, printed, False, edges)
                for group in unruled_groups
                if group & stroke and group - area
            )
        # Where no label nor closing words were found, a speck in the page's footer is its page number or its
        # footer's print OCR did not read ("- 3 -" under a list of enclosures after the letter's last page: fortythird
        # be9ter-signed-2, read after its blind run, taken for the hand, a false all-clear), no hand.
        # So is one in the page's head, above the closing words if any: a continuation page's number ("- 2 -" over
        # "Pour le requérant, son conseil," and the lawyer's typed name, never signed: fiftyfourth be9ter-signed-2,
        # read after its blind run, a false all-clear).
        footer = int(_FOOTER_FROM * rows) if at >= len(anchors) else rows
        header = int(_HEADER_TO * rows) if at >= len(anchors) else min(int(_HEADER_TO * rows), label_row)
        written = [
            stroke
            for stroke in strokes
            if stroke not in stamp_slices
            and not (
                len(stroke) < _HAND_CELLS
                and (min(r for r, _ in stroke) >= footer or max(r for r, _ in stroke) < header)
            )
            and _written(page, stroke, printed, head, edges)
        ]
        box = _box_to_sign_in(strokes, anchors[at].box, cols, rows) if at < len(anchors) else None
        inside = _inside(box, divided=True) if box is not None else set()
        # The label printed inside the box, at its head ("Handtekening aanvrager" in the rectangle's corner): its own
        # print is no ink of a hand. Print only: a hand signed beside it on its line, read as a word at nought ("Eli"
        # after "Handtekening van de aanvrager:", thirty-ninth be9ter-clean-14, read after its blind run), is no
        # label's.
        own = (
            {cell for w in line_of(page_lines, anchors[at]) for cell in cells(w.box, cols, rows)}
            & inside
            & printed
            if box is not None
            else set()
        )
        # The dates written on the page, looked for only where there is a box to sign in: this search runs on every
        # page of a dossier.
        dates = _date_cells(page, cols, rows) if box is not None else set()
        # The box's ink beyond its label's print; and the round stamps found without the form's rules, where it has any.
        bare = {(r, c) for r, c in inside - own if page.ink_map[r][c] != "0"}
        stamps: set[tuple[int, int]] = set()
        if bare:
            if not unruled_groups:
                unruled_groups = _ink_groups(page.unruled_map, printed)
            stamps = _round_stamps(page, unruled_groups)
        if box is not None and not (inside & printed) - own - dates:
            # Ink no word explains inside the box to sign in, which holds no print but its own label's and a date's
            # ("handtekening aanvrager" in its corner, the date in the box beside it that the region's side reached:
            # fortysecond be9ter-clean-22, read after its blind run, a faint hand touching the box's thin grey frame
            # was "unsigned"): a hand signed in it, touching its frame so that its strokes and the frame are one. (A
            # stamp's frame holds its words: whether a hand ran into it is for a person to see.) Not a round stamp
            # whose words OCR did not read, set over the box's side, nor the box's own rule it joins to the stamp
            # below (thirty-ninth be9ter-medcert-doctor-1, read after its blind run: an unsigned certificate passed).
            if len(_unruled(page, inside & inked) - stamps) >= MIN_CELLS:
                return Search("signed", bounds(box, cols, rows), page=page.number)
        # Any ink inside counts, print too: OCR may read a hand's name surely. Not the date written in the box that
        # "Date" heads beside the label, nor a round stamp alone, its rim found without the form's rules: neither is a
        # hand's (thirty-ninth be9ter-medcert-doctor-1, read after its blind run: "check by hand" for a certificate
        # stamped and never signed).
        if bare:
            # The stamp over the box's side is one mark with its frame, which then reaches past the rule beneath:
            # the rule is left out as the form's.
            bare = (_unruled(page, bare) if stamps & bare else bare) - stamps
            bare -= dates
        if box is not None and not bare:
            # The form's box to sign in, under its label, holds no ink: unsigned, whatever the region's edges cut
            # of the fields and stamps around it; a hand elsewhere in the region may have signed beside it.
            cut = {min(r for r, _ in area), max(r for r, _ in area)}
            if all(_reaches(stroke, cut, edges) for stroke in written) and not _signed_electronically(
                page_lines, regions, electronic
            ):
                return Search("unsigned", bounds(box, cols, rows), page=page.number)
            return Search("unknown", region, True, page.number)
        if written:
            return Search("signed", region, page=page.number)
        # A frame across most of the page's width is a table's around its print, not a stamp; unless, its
        # straight lines taken away, what is left is a stamp's size: a hand that signed into a stamp's frame; or
        # written, wider than a stamp with the rules' broken ends: a hand across a stamp in the table's cell
        # (thirty-first be9ter-signed-2, a certificate scanned on its side: a false "unsigned").
        wide = [stroke for stroke in strokes if _width(stroke) > STAMP_WIDTH * cols]
        unexplained = (
            unexplained
            or any(
                _unexplained(page, stroke, printed) and _width(stroke) <= STAMP_WIDTH * cols
                for stroke in strokes
            )
            # Level runs too: a table's long rules, under a hand signed in its cell and a stamp beside it, join them
            # (fiftythird be9ter-clean-06, read after its blind run: "unsigned", inadmissible).
            or any(
                _unexplained(page, part, printed)
                and (_width(part) <= STAMP_WIDTH * cols or _written(page, part, printed, head, edges))
                for stroke in wide
                for part in connected(without_lines(page, stroke, level=True))
            )
            # A hand that signed beside a stamp, touching its frame, makes one run with it as wide as a table's
            # frame; beyond the stamp's words and frame, it is written (twenty-ninth's certificates).
            or any(
                _written(page, part, printed, head, edges)
                for stroke in wide
                for part in connected(_beyond_print(stroke, printed))
            )
        )
    if (
        (anchors or head)
        and not unexplained
        and not _signed_electronically(page_lines, regions, electronic)
        and not _written_level(page, regions, labelled, printed, page_groups, date_labels)
    ):
        return Search("unsigned", regions[0], page=page.number)
    return Search("unknown", regions[0] if regions else None, unexplained, page.number)


def _heading_number(page: Page, stroke: set[tuple[int, int]]) -> bool:
    """The stroke is a heading's number in a filled circle, a mark no larger than a line's height and a letter's
    width or two, set just before the heading's first word ("6 Signature" over the box to sign in: fortyninth
    be9ter-signed-1, read after its blind run, its disc taken for a hand, an unsigned form passed). A hand signs
    wider than that, and after its label or under it, not glued before a line of print."""
    top, bottom, left, right = _extent(stroke)
    if bottom - top + 1 > _NUMBER_ROWS or right - left + 1 > _NUMBER_COLUMNS:
        return False
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    middle = (top + bottom + 1) / 2 / rows
    return any(
        w.box.y0 <= middle <= w.box.y1 and 0 <= w.box.x0 * cols - (right + 1) <= _NUMBER_GAP
        for w in page.words
        if w.conf >= _PRINT_CONF and sum(c.isalpha() for c in w.text) >= 3
    )


# A heading's number in its circle: this many cells high and wide at most, and this many cells before its first
# word at most.
_NUMBER_ROWS, _NUMBER_COLUMNS, _NUMBER_GAP = 3, 2, 1.5


# Words of a line of writing at least: a signature is read as one or two.
_LINE_WORDS = 3


def _line_across(page_lines: list[list[Word]], stroke: Box, region: Box) -> bool:
    """A line of a hand's writing, `_LINE_WORDS` words at least read unsurely, begins beyond the region's left side and
    runs over the stroke. A stamp's printed line beside a signature is read surely (thirty-ninth be9ter-identity-3: "Dr.
    G. Fontaine" in the stamp under a signature touching its frame)."""
    return any(
        sum(w.conf < _PRINT_CONF for w in line) >= _LINE_WORDS
        and min(w.box.x0 for w in line) < region.x0
        and any(overlaps(w.box, stroke) for w in line)
        for line in page_lines
    )


def _written_level(
    page: Page,
    regions: list[Box],
    labelled: list[bool],
    printed: set[tuple[int, int]],
    groups: list[set[tuple[int, int]]],
    dates: list[Box],
) -> bool:
    """A hand's strokes level with a signature label's region and reaching wide of it, across the page (what stands
    wholly in it was judged there): a certificate signed and stamped in the left-hand column, its "Signature et cachet
    du médecin" printed under the date on the right (thirty-seventh's certificates, read after its blind run: eleven
    signed ones "unsigned"). Which of them, if any, is the doctor's signature is for a person to see; the page is no
    evidence of one left unsigned. Ink wider than a stamp is a form's bar or rule, no hand. `groups`: the page's ink
    that is no print, in connected groups, where the search found them already; `dates`: its printed date labels."""
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    bands = [
        (int(region.y0 * rows), int(region.y1 * rows), int(region.x0 * cols), int(region.x1 * cols))
        for region, by_label in zip(regions, labelled)
        if by_label
    ]
    return any(
        any(top <= r <= bottom for r, _ in group)
        and any(c < left or c > right for _, c in group)
        and _width(group) <= STAMP_WIDTH * cols
        and not _after_date_label(group, dates, rows, cols)
        and (
            _written(page, group, printed, False, set())
            # A hand's size: a form's dark section square in the margin, level with the label, is none (thirtieth
            # be9ter-signed-1, an unsigned application "check by hand" since this look was added).
            or (_width(group) >= _HAND_COLUMNS and len(group) >= _HAND_CELLS and _hand_across(page, group))
        )
        for group in ((groups or _ink_groups(page.ink_map, printed)) if bands else [])
        for top, bottom, left, right in bands
    )


def _after_date_label(group: set[tuple[int, int]], dates: list[Box], rows: int, cols: int) -> bool:
    """The group stands after a "Date:" label on its line: the date written by hand, however OCR read it
    (thirty-fifth be9ter-medcert-doctor-1: "13.11.2026" after "Date:" beside an empty "Signature et cachet du
    médecin:", taken for a hand that may have signed)."""
    top, bottom, left, _ = _extent(group)
    middle = (top + bottom + 1) / 2 / rows
    return any(
        d.y0 - (d.y1 - d.y0) <= middle <= d.y1 + (d.y1 - d.y0)
        and d.x1 <= (left + 1) / cols <= d.x1 + _DATE_AFTER
        for d in dates
    )


def _over_date_label(group: set[tuple[int, int]], dates: list[Box], rows: int, cols: int) -> bool:
    """The group stands on the line over a "Datum" label printed under its start: the date written there by hand."""
    _, bottom, left, _ = _extent(group)
    return any(
        0 <= d.y0 - (bottom + 1) / rows <= _DATE_ABOVE and d.x0 - 1 / cols <= left / cols <= d.x1
        for d in dates
    )


# How far over its label a date is written on the label's line, in page heights (some 3 rows of cells).
_DATE_ABOVE = 0.04


def _hand_across(page: Page, group: set[tuple[int, int]]) -> bool:
    """In a hand's length of cells two levels darker than most of the group's (a stamp's thin frame and words, in one
    ink): a pen signed across the stamp. Darker than a stamp's ink by its measure alone missed a pen hardly darker than
    the stamp's own words (thirty-seventh be9ter-clean-20 and -24, read: the stamp's frame at level 1, its words at 2,
    where the pen crosses its foot 3)."""
    levels = Counter(int(page.ink_map[r][c]) for r, c in group)
    most = levels.most_common(1)[0][0]
    return sum(n for level, n in levels.items() if level >= most + 2) >= MIN_CELLS


# Cells between a frame's printed words and its side.
_FRAME_GAP = 2


def _beyond_print(stroke: set[tuple[int, int]], printed: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The run's ink left or right of the printed words it holds between its ink on their rows (a stamp's words in its
    frame) and of the frame around them; nothing when it holds none. A label printed under a hand beside the stamp is
    not held (fortythird be9ter-clean-03, read after its blind run: "Signature" under a hand touching the stamp's
    frame, the hand taken for the stamp's, a false inadmissible)."""
    spans: dict[int, list[int]] = {}
    for r, c in stroke:
        spans.setdefault(r, []).append(c)
    held = [(r, c) for r, c in printed if r in spans and min(spans[r]) < c < max(spans[r])]
    if not held:
        return set()
    first, last = min(c for _, c in held), max(c for _, c in held)
    # The frame's sides: on the held words' rows, the run's ink nearest them outside them.
    rows = {r for r, _ in held}
    low = min(max((c for c in spans[r] if c < first), default=first - _FRAME_GAP) for r in rows)
    high = max(min((c for c in spans[r] if c > last), default=last + _FRAME_GAP) for r in rows)
    return {(r, c) for r, c in stroke if c < low or c > high}


def _above_enclosures(page_lines: list[list[Word]], regions: list[Box]) -> list[Box]:
    """The regions cut off where a list of enclosures is headed in them ("INVENTAIRE" and its table under a letter's
    closing words and the signer's name, twenty-ninth): a hand signs above it, and its table is no hand's."""
    heads = [
        line[0].box.y0
        for line in page_lines
        for text in [" ".join(w.text for w in line)]
        if heads_enclosures(text) or _ENCLOSURES.fullmatch(fold(text))
    ]
    return [
        Box(r.x0, r.y0, r.x1, min([r.y1] + [y for y in heads if r.y0 + _ENCLOSURES_BELOW < y < r.y1]))
        for r in regions
    ]


# A line of one word that heads a list of enclosures under a letter.
_ENCLOSURES = re.compile(
    r"\W*(?:inventaire|inventaris|bijlagen|stukken|annexes|pieces|anlagen|enclosures)\W*"
)
# A list of enclosures' heading lies this far below the top of the region at least (page heights): one at its very
# top is the region's anchor's own line.
_ENCLOSURES_BELOW = 0.02


# A hand set free of a form's rules is a signature's size at least: a piece of a rule the cells' straight runs left
# (five cells down a table's side: twenty-sixth be9ter-medcert-doctor-1) is not.
_HAND_CELLS = 12
_HAND_COLUMNS = 5


def _ink_groups(ink_map: list[str], printed: set[tuple[int, int]]) -> list[set[tuple[int, int]]]:
    """The map's ink that is no print, in connected groups."""
    return connected(
        {
            (r, c)
            for r, row in enumerate(ink_map)
            for c, value in enumerate(row)
            if value != "0" and (r, c) not in printed
        }
    )


def _signed_electronically(
    page_lines: list[list[Word]], regions: list[Box], electronic: re.Pattern[str] | None
) -> bool:
    """A line in one of the regions searched states that the document was signed electronically."""
    return electronic is not None and any(
        electronic.search(fold(" ".join(w.text for w in line)))
        and any(r.y0 <= line[0].box.y0 <= r.y1 for r in regions)
        for line in page_lines
    )


# How surely OCR read the words of a printed line above a label.
_PRINT_CONF = 85


def _top(page: Page, label: Word, page_lines: list[list[Word]]) -> float:
    """How high above its label a signature is looked for: up to `_ABOVE`, and no higher than the foot of a line
    over it that asks for the place and date, wherever it stands across the page, or of a printed line over it that
    holds a date however unsurely read: what is written there is the place and date asked for, not the signature (a
    hand's "Bergerneut, 18/11/2026" after "Plaats en datum" over an empty "Handtekening van de aanvrager":
    twenty-fifth; "MECHELEN 01/12/2026" read "MECHELEN Ul/IW OLE" after "Plaats / Datum:", twenty-ninth); or of a
    printed line over it that is another field's label, its colon read surely: what is written there is that field's
    answer (the doctor's number written by hand after "Numéro INAMI :" over an empty "Nom, signature et cachet du
    médecin :", thirty-first be9ter-medcert-doctor-1, read), unless a hand as tall as a signature stands on it. A
    signature written on a printed line beside no date and no field's label is looked at."""
    left, right = label.box.x0 - _LEFT, label.box.x0 + _RIGHT
    top = max(0.0, label.box.y0 - _ABOVE)
    caption = _captioned_box_top(page, label.box)
    if caption is not None:
        top = min(top, caption)
    asked = [
        line
        for line in page_lines
        if top < max(w.box.y1 for w in line) <= label.box.y0
        and _PLACE_DATE.match(fold(" ".join(w.text for w in line)))
    ]
    if asked:
        top = max(w.box.y1 for line in asked for w in line)
    printed = [
        w
        for w in page.words
        if w.conf >= _PRINT_CONF
        and top < w.box.y1 <= label.box.y0
        and w.box.x1 > left
        and w.box.x0 < right
        and sum(c.isalpha() for c in w.text) >= 2
    ]
    if not printed:
        return top
    nearest = max(printed, key=lambda w: w.box.y1)
    line = [w for w in page.words if w.box.y0 < nearest.box.y1 and nearest.box.y0 < w.box.y1]
    # A word read unsurely, twice as tall as print, on the label's line is a hand's signature written there; a number
    # written by hand in the field stands some one and a half times as tall (thirty-first: 1.6).
    tallest = _SIGNATURE_HEIGHT * print_height(page)
    signed_on = any(w.conf < _PRINT_CONF and w.box.y1 - w.box.y0 > tallest for w in line)
    # "Datum:" is no such label: the date written after it is told apart where it stands (`_dated`), and the hand
    # may sign under it anywhere across the region (twenty-eighth be9ter-registered-mail-3, read: its region cut at
    # the date's line, a signed certificate was "unsigned").
    labelled = not signed_on and any(
        w.conf >= _PRINT_CONF and w.text.endswith(":") and not _date_label(w) for w in line
    )
    if not labelled and not any(_DATE_WRITTEN.fullmatch(w.text) for w in line):
        return top
    return max(top, *(w.box.y1 for w in line))


def _captioned_box_top(page: Page, label: Box) -> float | None:
    """The top of a box to sign in drawn right over the label, the label its caption, when the box reaches higher
    than a signature is looked for ("Signature du demandeur / de son conseil" under a frame 2.5 cm high: fiftyfirst
    be9ter-clean-04, read after its blind run; the region's top cut through the frame and the hand in it, and the
    form was "unsigned"): its foot runs along the rows over the label from under the label's start, a row up or down
    where the page was scanned askew (be9ter-clean-05), its two sides rise from the foot's ends, and its top joins
    them."""
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    inked = [[ch != "0" for ch in row] for row in page.ink_map]
    start = min(cols - 1, int(label.x0 * cols))
    for foot in range(int(label.y0 * rows), max(0, int(label.y0 * rows) - _BOX_GAP) - 1, -1):
        if not inked[foot][start]:
            continue
        ends = [_trace(inked, foot, start, step) for step in (-1, 1)]
        (left_row, left), (right_row, right) = ends
        # The foot over the label, not under it: a label printed inside its box, at the foot, heads no box over it.
        if right - left < _SIGN_BOX or max(left_row, right_row) >= label.y1 * rows:
            continue
        rise = min(column_run(inked, row, column, -1) for row, column in ends)
        top = min(left_row, right_row) - rise
        # A table's cell holding the label has its sides go on down past it: the frame over it is the cell above's.
        open_below = not any(
            0 <= c < cols and inked[r][c]
            for row, column in ends
            for r in range(row + 1, min(rows, row + _SIDE_BELOW + 1))
            for c in (column - 1, column, column + 1)
        )
        if rise >= _SIGN_BOX and open_below and _runs_across(inked, top, left, right):
            return max(0.0, top / rows)
    return None


def _trace(inked: list[list[bool]], row: int, column: int, step: int) -> tuple[int, int]:
    """Where a line of ink from the cell runs out, followed column by column (`step` -1 leftwards, 1 rightwards) on its
    row or the next one up or down."""
    while 0 <= column + step < len(inked[0]):
        on = [r for r in (row, row - 1, row + 1) if 0 <= r < len(inked) and inked[r][column + step]]
        if not on:
            break
        row, column = on[0], column + step
    return row, column


def _runs_across(inked: list[list[bool]], row: int, left: int, right: int) -> bool:
    """A line runs along the row (or the next one up or down) from one column to the other: a frame's top."""
    drawn = sum(
        any(0 <= r < len(inked) and inked[r][c] for r in (row - 1, row, row + 1))
        for c in range(left, right + 1)
    )
    return drawn >= _FRAME_TOP * (right - left + 1)


# The share of its width a frame's top is drawn over at least, as the ink map reads it; how many rows under its foot
# a cell's side is looked for.
_FRAME_TOP, _SIDE_BELOW = 0.8, 2


# How much taller than the page's print a signature stands at least.
_SIGNATURE_HEIGHT = 2.0


# A line that asks for the place and date: "Plaats / Datum:", "Lieu et date :", "Ort, Datum"; or the date first,
# "Datum en plaats:" (thirty-second be9ter-signed-1, read: the hand's "25/11/2026, Brussel" after it, over an empty
# "Handtekening:", was taken for the signature).
_PLACE, _AND, _DATE = r"(?:plaats|lieu|ort|place)", r"\W*(?:/|,|en|et|und|and)\W*", r"(?:datum|date)"
_PLACE_DATE = re.compile(rf"(?:{_PLACE}{_AND}{_DATE}|{_DATE}{_AND}{_PLACE})\b")
_DATE_LABEL = re.compile(rf"{_DATE}\W*")


def _says_only(line: list[Word], phrase: re.Pattern[str]) -> bool:
    return (
        phrase.fullmatch(" ".join(re.sub(r"\W+", " ", fold(" ".join(w.text for w in line))).split()))
        is not None
    )


# A closing block stands this far above the text's last line at most (page heights): the place and date, "Pour le
# requérant,", the hand, the name.
_END_ABOVE = 0.15
# Below this (page heights) stands a page's footer ("– 2 –"), not the letter's text.
_FOOTER_FROM = 0.9
# The page's head, where a continuation page prints its number: down to this share of the page's height.
_HEADER_TO = 0.06


def _text_end(page: Page) -> float | None:
    """Where the page's text ends (page heights): the foot of its lowest word above the footer."""
    return max((w.box.y1 for w in page.words if w.box.y1 < _FOOTER_FROM), default=None)


# The widest space between two words of one line, in page widths: more is the gap to another column.
_WORD_SPACE = 0.03


def _line_start(page_lines: list[list[Word]], anchor: Word) -> float:
    """Where the line of a closing word begins: a letter is signed under its closing words, under the start of
    "Wij danken u en verblijven met de meeste hoogachting," as often as under its last word (eighteenth, read:
    a firm's letters signed at the left, under a closing line ending mid-page, were "unsigned")."""
    line = line_of(page_lines, anchor)
    start = anchor.box
    for w in reversed(line[: line.index(anchor)]):
        if start.x0 - w.box.x1 > _WORD_SPACE:
            break
        start = w.box
    return start.x0


# A number on the signature's page is no hand: a date written beside the signature ("Fait à Liège, le 27/11/2026"),
# taller than print, read surely as a date; a number printed on the signer's line that OCR read unsurely ("Dr. B.
# Dumont - Numéro INAMI : 1-75174-08-780", read at 18). A signature is at times read as digits ("10277"), but
# unsurely, as no date, and taller than print.
_DATE_WRITTEN = re.compile(r"\(?\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}[).,;]*")
# OCR's confidence from which it read such a date surely: eleventh's hand at 82, sixth's signature "10277" at 50.
_DATE_CONF = 70
# The digits of a number, and how much taller than the page's print it may stand and still be print.
_NUMBER_DIGITS, _PRINT_HEIGHT = 4, 1.3


def _numbers_read(page: Page, cols: int, rows: int) -> set[tuple[int, int]]:
    """Where dates written by hand and numbers in print were read, level: a word's box taller than wide stands
    on a page read turned, where what it covers on the page is not where it was written."""
    text_height = print_height(page)
    return set().union(
        *(
            cells(w.box, cols, rows)
            for w in page.words
            if w.box.x1 - w.box.x0 > w.box.y1 - w.box.y0
            and (
                (w.conf >= _DATE_CONF and _DATE_WRITTEN.fullmatch(w.text))
                or (
                    w.box.y1 - w.box.y0 <= _PRINT_HEIGHT * text_height
                    and sum(c.isdigit() for c in w.text)
                    >= max(_NUMBER_DIGITS, sum(c.isalpha() for c in w.text))
                )
            )
        )
    )


# How far after a printed "Datum" on its line the date written by hand stands (page widths).
_DATE_AFTER = 0.2
# A word of digits and a date's separators only.
_DATE_PIECE = re.compile(r"[\d./-]+")
# How far under a "Datum" alone on its line the date written under it reaches, in the label's heights.
_DATE_UNDER = 4


def _date_label(word: Word) -> bool:
    """The word is a printed "Datum", "Date", read surely."""
    return word.conf >= _PRINT_CONF and _DATE_LABEL.fullmatch(fold(word.text)) is not None


def _dated(page_lines: list[list[Word]], cols: int, rows: int) -> set[tuple[int, int]]:
    """Where a hand wrote the date after a printed "Datum", "Date" on its line (`page_lines`: the page's words, line by
    line), whatever OCR read of it: the date asked for, no signature ("29/11/26" read "ZIS" beside a form's empty box
    to sign in, thirty-fifth be9ter-signed-1, read after its blind run, was taken for the hand). A piece of the date
    read surely goes on with it ("29" of "29-11-2026": fortythird be9ter-signed-1, read, whose "11-2026" after it,
    read at 7, was taken for a hand beside the empty box); a word printed after it ends it."""
    found: set[tuple[int, int]] = set()
    for line in page_lines:
        for at, label in enumerate(line):
            if not _date_label(label):
                continue
            for w in line[at + 1 :]:
                if w.box.x0 > label.box.x1 + _DATE_AFTER or (
                    w.conf >= _PRINT_CONF and not _DATE_PIECE.fullmatch(w.text)
                ):
                    break
                found |= cells(w.box, cols, rows)
    return found


def _dated_under(
    page: Page, page_lines: list[list[Word]], printed: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The ink written under a printed "Datum" that ends its line, as far as a date after it reaches: the date, in the
    boxes of a comb OCR read nothing of ("Datum" over "2 7 | 1 1 | 2 0 2 6", fortyfourth be9ter-signed-1, read after
    its blind run, its first two groups of boxes taken for the hand beside an empty "Handtekening van de
    aanvrager"). Each group of ink that stands there for half its cells or more, whole: a date's hand reaching
    further is not cut into pieces."""
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    words = [w for line in page_lines for w in line]
    found: set[tuple[int, int]] = set()
    groups: list[set[tuple[int, int]]] | None = None
    for line in page_lines:
        for at, label in enumerate(line):
            if not _date_label(label) or any(w.box.x0 <= label.box.x1 + _DATE_AFTER for w in line[at + 1 :]):
                continue
            under = Box(
                label.box.x0,
                label.box.y1,
                label.box.x1 + _DATE_AFTER,
                label.box.y1 + _DATE_UNDER * (label.box.y1 - label.box.y0),
            )
            if any(
                w.conf >= _PRINT_CONF and not _DATE_PIECE.fullmatch(w.text) and overlaps(w.box, under)
                for w in words
            ):
                continue
            area = cells(under, cols, rows)
            groups = groups if groups is not None else _ink_groups(page.ink_map, printed)
            found |= set().union(*(g for g in groups if 2 * len(g & area) >= len(g)))
    return found


def _letterhead(page: Page, first: Page | None, printed: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Marks of the page, besides its print, that the document's first page bears in the same place, as dark and
    as unread: a letterhead's logo printed on every page (twelfth), which no hand repeats. A hand's faint strokes
    where the first page has faint print (a certificate's second page signed where its first page has fields)
    are no such mark."""
    if first is None or first is page or len(first.ink_map) != len(page.ink_map):
        return set()
    first_printed = printed_cells(first)
    same = {
        (r, c)
        for r, (row, earlier) in enumerate(zip(page.ink_map, first.ink_map))
        for c, (a, b) in enumerate(zip(row, earlier))
        if a != "0" and b != "0" and abs(int(a) - int(b)) <= 1 and (r, c) not in first_printed
    }
    inked = {(r, c) for r, row in enumerate(page.ink_map) for c, a in enumerate(row) if a != "0"} - printed
    return set().union(*(mark for mark in connected(inked) if mark <= same))


# Rows between a signature label and the top of the box to sign in under it; the least height and width of such a
# box (some 1.7 cm); the most of its bounding box its outline covers (a hand's strokes fill more).
_BOX_GAP = 2
_SIGN_BOX = 4
_OUTLINE = 0.5


def _box_to_sign_in(
    strokes: list[set[tuple[int, int]]], label: Box, cols: int, rows: int
) -> set[tuple[int, int]] | None:
    """A frame drawn just under the label, below it: the form's box to sign in ("Handtekening van de aanvrager"
    over an empty rectangle); or around it, the label printed at its head (twenty-ninth); or just over it, the label
    printed under the box as its caption (fortythird be9ter-signed-1, read: an empty box over "Handtekening
    aanvrager" was "check by hand")."""
    below, above = int(label.y1 * rows), int(label.y0 * rows)
    for stroke in strokes:
        top, bottom, left, right = _extent(stroke)
        around = above - _BOX_GAP <= top <= above and left <= label.x0 * cols
        if (
            (below <= top <= below + _BOX_GAP or around or above - _BOX_GAP <= bottom <= above)
            and left <= label.x1 * cols
            and right >= label.x0 * cols
            and min(bottom - top, right - left) >= _SIGN_BOX
            and _inside(stroke)
            and len(stroke) < _OUTLINE * (bottom - top + 1) * (right - left + 1)
        ):
            return stroke
    return None


def _date_cells(page: Page, cols: int, rows: int) -> set[tuple[int, int]]:
    return {cell for w in page.words if find_dates(w.text) for cell in cells(w.box, cols, rows)}


def _extent(stroke: set[tuple[int, int]]) -> tuple[int, int, int, int]:
    """The stroke's top and bottom rows and its left and right columns."""
    rows, columns = [r for r, _ in stroke], [c for _, c in stroke]
    return min(rows), max(rows), min(columns), max(columns)


def _reaches(stroke: set[tuple[int, int]], rows: set[int], columns: set[int]) -> bool:
    """The stroke runs to the edge of the region searched: part of something beyond it (the field filled in
    above, a stamp beside), cut off there."""
    return any(r in rows or c in columns for r, c in stroke)


def _width(stroke: set[tuple[int, int]]) -> int:
    return max(c for _, c in stroke) - min(c for _, c in stroke) + 1


def signature_box(page: Page, label: re.Pattern[str]) -> Box | None:
    """The region around a signature label where pen strokes were found, or None when none were."""
    found = search(page, label)
    return found.box if found.verdict == "signed" else None


def _unexplained(page: Page, stroke: set[tuple[int, int]], printed: set[tuple[int, int]]) -> bool:
    """Ink that is neither a speck, a form line one cell thick, nor an empty box to sign in: a hand written over a
    stamp or over print, or a stamp holding ink its printed words do not explain. A stamp's frame round printed
    words and nothing else is a stamp with no hand on it: no signature (thirtieth be9ter-medcert-doctor-1, a
    doctor's stamp under "Handtekening en stempel van de arts", unsigned)."""
    if len(stroke) < MIN_CELLS:
        return False
    top, bottom, left, right = _extent(stroke)
    if bottom - top < 2 or right == left:
        return False
    inside = _inside(stroke)
    if stroke & inside:
        return True
    if not inside or len(printed & inside) < STAMP_PRINT * len(inside):
        return False
    return sum(page.ink_map[r][c] != "0" for r, c in inside - printed) >= MIN_CELLS


def _inside(stroke: set[tuple[int, int]], divided: bool = False) -> set[tuple[int, int]]:
    """The cells inside the stroke's bounding box, away from its border and from the lines that divide a box
    drawn on a form into cells ("Stempel | Handtekening"). Such a box, scanned askew, runs its edges over two
    rows or columns of cells: a large box's border is two cells wide. `divided`: the stroke is a box to sign in,
    which may stand beside another ("Plaats en datum" beside "Handtekening van de aanvrager", twenty-seventh),
    their sides one line down two columns of cells, in a small box too (a hand's strokes, as tall, are not so thin
    across)."""
    top, bottom, left, right = _extent(stroke)
    small = min(bottom - top, right - left) < FRAME
    if small and not divided:
        return {(r, c) for r in range(top + 1, bottom) for c in range(left + 1, right)}
    border = 1 if small else 2
    rows, columns = range(top + border, bottom - border + 1), range(left + border, right - border + 1)
    if not rows or not columns:
        return set()
    row_share = {r: sum((r, c) in stroke for c in columns) / len(columns) for r in range(top, bottom + 1)}
    column_share = {c: sum((r, c) in stroke for r in rows) / len(rows) for c in range(left, right + 1)}
    wide = (1, 2) if divided else (1,)
    # A small box's side scanned over two rows of cells: the row inside it, ink all along it, is the side's too (its
    # print-free half: fortythird be9ter-signed-1, read, an empty box to sign in, its foot over rows 63 and 64 and
    # the caption's print in row 64, "check by hand").
    sides = {
        r
        for r, side in ((top + 1, top), (bottom - 1, bottom))
        if small and row_share[r] >= RULED and row_share[side] > 0
    }
    return {
        (r, c)
        for r in rows
        for c in columns
        if (small or not _ruled(row_share, r, (1,))) and r not in sides and not _ruled(column_share, c, wide)
    }


def _ruled(share: dict[int, float], at: int, widths: tuple[int, ...]) -> bool:
    """A line across the box at `at`, one of `widths` cells wide: ink all along it, and hardly any beside it (a
    hand's strokes fill the rows around their densest row too)."""
    return any(
        all(share.get(n, 0.0) >= RULED for n in range(first, first + width))
        and all(share.get(n, 0.0) < 1 - RULED for n in (first - 1, first + width))
        for width in widths
        for first in range(at - width + 1, at + 1)
    )


def _cut_from(
    page: Page,
    stroke: set[tuple[int, int]],
    printed: set[tuple[int, int]],
    area: set[tuple[int, int]],
    edges: set[int],
    page_groups: list[set[tuple[int, int]]],
) -> bool:
    """The stroke is a slice, at the region's side, of ink that lies mostly beyond it and is no hand's: the side of a
    stamp's frame round printed words in the next column of a form ("Ingevuld met hulp van" beside an empty
    "Handtekening van de aanvrager": twenty-fifth). It is neither a signature nor a stamp over one here.
    `page_groups`: the page's ink that is no print, in connected groups."""
    if not any(c in edges for _, c in stroke):
        return False
    return _beyond(page, holding(page_groups, stroke), stroke, printed, area)


def _beyond(
    page: Page,
    whole: set[tuple[int, int]],
    stroke: set[tuple[int, int]],
    printed: set[tuple[int, int]],
    area: set[tuple[int, int]],
) -> bool:
    """The ink the stroke is part of (`whole`) lies mostly beyond the region, and is no hand's."""
    return len(whole - area) > len(stroke) and not _written(page, whole, printed, False, set())


# Rows above the region's top that the field above reaches at least, for its foot to be cut off there.
_ABOVE_TOP = 2


def _foot_of_above(
    page: Page,
    stroke: set[tuple[int, int]],
    printed: set[tuple[int, int]],
    area: set[tuple[int, int]],
    top: int,
    ink_groups: list[set[tuple[int, int]]],
) -> bool:
    """The stroke, at the region's top and above the label, is the foot of a field above it, its frame round its
    printed answer, with which it makes one run of ink that lies mostly above the region and is no hand's ("Kan de
    patiënt reizen?" and its typed answer's box over "Handtekening en stempel van de arts", thirty-second
    be9ter-medcert-doctor-1, read: the box's foot was taken for the doctor's hand). `ink_groups`: the page's ink in
    connected groups, print too."""
    whole = holding(ink_groups, stroke)
    return (
        min(r for r, _ in whole) <= top - _ABOVE_TOP
        and _beyond(page, whole, stroke, printed, area)
        and not (stroke - printed and _hand_across(page, stroke - printed))
    )


def _written(
    page: Page, stroke: set[tuple[int, int]], printed: set[tuple[int, int]], head: bool, edges: set[int]
) -> bool:
    """Strokes of a hand: enough of them, taller than a rule, crossing their own box rather than framing it
    or framing printed words. `edges`: the columns where the region searched is cut off."""
    if len(stroke) < MIN_CELLS:
        return False
    top, bottom, left, right = _extent(stroke)
    if bottom == top or right == left:
        # A line across or down the form, one cell thick: the line to sign on, or the one between two boxes.
        return False
    picture = _picture_under(page, stroke)
    if _ring(page, stroke) or _stamp_frame(page, stroke) or _pasted_stamp(page, picture):
        # A round stamp, its words set round its rim, which OCR does not read: whether a hand is in it is for a
        # person to see (thirty-second be9ter-signed-2, read: a lawyer's round stamp under the closing words of an
        # unsigned letter was taken for the signature). So is a rectangular one whose words OCR did not read, and a
        # picture whose words it read on their own (thirty-ninth be9ter-signed-2: an oval stamp pasted on a letter).
        return False
    if _width(stroke) > STAMP_WIDTH * len(page.ink_map[0]) and _stamps_on_rules(page, stroke):
        return False
    inside = _inside(stroke)
    # Two cells tall or wide has no inside: a stroke that fills its box is written, a frame that thin is not. Nor
    # is a band of one even grey all along that runs down the page (the side of a box to sign in, scanned askew
    # over two columns of cells) or, at the head of the page after a letter's closing words, across it (a table's
    # shaded header row); beside a signature label, a thin signature across the page looks like the latter, unless
    # the band runs on past the region searched for wider than a stamp, as a form's shaded section bar does ("9
    # Ondertekening" over the box to sign in): a hand signs within some 10 cm of its label.
    if not inside:
        even = len(without_lines(page, stroke)) < MIN_CELLS
        cut = (left in edges or right in edges) and _width(stroke) > STAMP_WIDTH * len(page.ink_map[0])
        return len(stroke) >= 0.6 * (bottom - top + 1) * (right - left + 1) and not (
            even and (head or bottom - top > right - left or cut)
        )
    # Inside a picture pasted over a born-digital page's text, the print is the page's own, under it (a hand signed
    # over the typed name: thirty-third be9ter-clean-11, read); a stamp's words are in its picture. A stamp drawn in the
    # page itself has its words in the text layer.
    if picture is None and len(printed & inside) >= STAMP_PRINT * len(inside):
        return False
    return len(stroke & inside) >= MIN_FILL * len(inside)


def _stamps_on_rules(page: Page, stroke: set[tuple[int, int]]) -> bool:
    """Wider than a stamp, the stroke is a table's rules joined to the stamps set over them: without the rules, as
    measured on the pixels, what is left is stamps and specks (fiftythird be9ter-medcert-doctor-1, read after its blind
    run: a rectangular stamp alone over the right side of the cell "Signature et cachet", joined by the cell's rules,
    taken for the doctor's hand, a false all-clear)."""
    if not page.unruled_map:
        return False
    parts = [part for part in connected(_unruled(page, stroke)) if len(part) >= MIN_CELLS]
    stamps = [part for part in parts if _stamp_frame(page, part, True) or _ring(page, part, page.unruled_map)]
    return bool(stamps) and all(
        part in stamps or _width(part) < _HAND_COLUMNS or len(part) < _HAND_CELLS for part in parts
    )


def _stamp_across(page: Page, stroke: set[tuple[int, int]], page_groups: list[set[tuple[int, int]]]) -> bool:
    """The stroke is a slice of a stamp, rectangular or round, whose whole lies across the region's side."""
    whole = holding(page_groups, stroke)
    return whole != stroke and (_stamp_frame(page, whole) or _ring(page, whole))


def _picture_under(page: Page, stroke: set[tuple[int, int]]) -> Box | None:
    """The picture laid on a text-layer page that the stroke lies in."""
    if page.text_source != "text-layer" or not page.ink_map:
        return None
    box = bounds(stroke, len(page.ink_map[0]), len(page.ink_map))
    cell = 1 / len(page.ink_map[0])
    return next(
        (
            i
            for i in page.images
            if i.x0 - cell <= box.x0
            and box.x1 <= i.x1 + cell
            and i.y0 - cell <= box.y0
            and box.y1 <= i.y1 + cell
        ),
        None,
    )


# Words in capitals a picture's own reading holds that make it a stamp ("CABINET LAMBRECHTS AVOCATS"): OCR reads a
# hand's signature, and a stamp's dotted rim, as letters in lower case ("execeeneen").
_STAMP_WORDS = 2
_CAPITALS_WORD = re.compile(r"\b[A-ZÀ-Þ]{4,}\b")


def _pasted_stamp(page: Page, picture: Box | None) -> bool:
    """`picture`, laid on a text-layer page (`_picture_under`), holds words in capitals in its own reading."""
    return picture is not None and any(
        m.box == picture and len(_CAPITALS_WORD.findall(m.text)) >= _STAMP_WORDS for m in page.marks
    )


# A stamp's frame: each side a line along this share of it at least (within a cell of the side, for a stamp set a
# little askew); its inside, between rows of words, ink over this share at least (a hand signed inside a drawn box
# crosses less of it).
_FRAME_SIDE, _FRAME_FILL = 0.8, 0.5
# Cells along a row or column of the stamp that the form's rules, taken out, leave lighter: a rule runs there.
_RULE_CELLS = 3


def _stamp_frame(page: Page, stroke: set[tuple[int, int]], ruled: bool = False) -> bool:
    """The stroke is a rectangle no wider than a stamp, ink on all four sides and over most of its inside, no darker
    than a stamp's ink anywhere (`_stamp_ink`): a stamp whose words OCR did not read, set askew or in coloured ink
    (thirty-sixth be9ter-medcert-doctor-1, read: an unsigned certificate's stamp alone under "Signature et cachet du
    médecin" taken for the doctor's hand, a false all-clear). A hand crossing the frame reaches beyond it."""
    top, bottom, left, right = _extent(stroke)
    if bottom - top < 3 or right - left < 3 or right - left + 1 > STAMP_WIDTH * len(page.ink_map[0]):
        return False
    across, down = range(left, right + 1), range(top, bottom + 1)
    # Each side's line, on the side's row or column of cells or the next one in: a stamp set a little askew runs its
    # side across both (fortyfirst be9ter-medcert-doctor-1, read after its blind run: a stamp alone under "Handtekening
    # en stempel van de arts", its top side over two rows, passed for the doctor's hand).
    across_ok = all(
        sum(any((r, c) in stroke for r in rows) for c in across) >= _FRAME_SIDE * len(across)
        for rows in ((top, top + 1), (bottom, bottom - 1))
    )
    down_ok = all(
        sum(any((r, c) in stroke for c in columns) for r in down) >= _FRAME_SIDE * len(down)
        for columns in ((left, left + 1), (right, right - 1))
    )
    inside = [(r, c) for r in range(top + 1, bottom) for c in range(left + 1, right)]
    # Its words in bold may be darker than its frame: the frame's ink is a stamp's. `ruled`: the stroke is measured
    # without the form's rules, and where one ran through it (its row or column lighter once the rules are taken
    # out) it darkened the stamp's words where it crossed them: those rows and columns are no measure of its ink.
    frame = {
        (r, c)
        for r, c in stroke
        if r in (top, top + 1, bottom - 1, bottom) or c in (left, left + 1, right - 1, right)
    }
    if ruled and page.unruled_map:
        taken = [(r, c) for r in down for c in across if page.unruled_map[r][c] < page.ink_map[r][c]]
        rows = {r for r, n in Counter(r for r, _ in taken).items() if n >= _RULE_CELLS}
        columns = {c for c, n in Counter(c for _, c in taken).items() if n >= _RULE_CELLS}
        frame = {(r, c) for r, c in frame if r not in rows and c not in columns}
    return (
        across_ok
        and down_ok
        and sum(page.ink_map[r][c] != "0" for r, c in inside) >= _FRAME_FILL * len(inside)
        and _stamp_ink(page, frame)
    )


# A ring is this many rows tall at least (some 2.5 cm), about as wide as tall, with paper in this share of its
# inside at least; a stamp's ring no darker than this in any cell of the ink map.
_RING_ROWS, _RING_ASPECT, _RING_PAPER, _RING_INK = 5, 1.4, 0.25, 2


def _stamp_ink(page: Page, stroke: set[tuple[int, int]], ink_map: list[str] | None = None) -> bool:
    """No cell of the stroke darker than a stamp's ink (a hand across a stamp darkens the cells where it crosses), in
    `ink_map` (the page's by default)."""
    return max(int((ink_map or page.ink_map)[r][c]) for r, c in stroke) <= _RING_INK


def _unruled(page: Page, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The cells that hold ink once a form's rules are taken out pixel by pixel, where the page was measured so."""
    if not page.unruled_map:
        return found
    return {(r, c) for r, c in found if page.unruled_map[r][c] != "0"}


def _round_stamps(page: Page, unruled_groups: list[set[tuple[int, int]]]) -> set[tuple[int, int]]:
    """The cells of the round stamps among the page's ink found without the form's rules (`unruled_groups`): a stamp
    set over a box's side is one mark with the box on the page's ink map, and darker where it crosses the rule."""
    return {cell for group in unruled_groups if _ring(page, group, page.unruled_map) for cell in group}


def _ring(page: Page, stroke: set[tuple[int, int]], ink_map: list[str] | None = None) -> bool:
    """The stroke runs round its box, about as wide as tall, on all four sides of it (their middle thirds, within two
    cells of the side), round paper inside, no darker than a stamp's ink: a round or oval stamp's rim. A hand's
    signature is wider than tall, or leaves a side open; a blot of ink, or a number written large, leaves no paper
    inside; a hand across the stamp darkens the cells where it crosses its words (thirty-second be9ter-id-mrz-2)."""
    top, bottom, left, right = _extent(stroke)
    height, width = bottom - top + 1, right - left + 1
    if height < _RING_ROWS or not 1 / _RING_ASPECT <= width / height <= _RING_ASPECT:
        return False
    if not _stamp_ink(page, stroke, ink_map):
        return False
    if _disk(stroke):
        return True
    inside = [(r, c) for r in range(top + 2, bottom - 1) for c in range(left + 2, right - 1)]
    if not inside or sum((r, c) not in stroke for r, c in inside) < _RING_PAPER * len(inside):
        return False
    across = range(left + width // 3, right - width // 3 + 1)
    down = range(top + height // 3, bottom - height // 3 + 1)
    return (
        all(any((r, c) in stroke for r in (top, top + 1)) for c in across)
        and all(any((r, c) in stroke for r in (bottom, bottom - 1)) for c in across)
        and all(any((r, c) in stroke for c in (left, left + 1)) for r in down)
        and all(any((r, c) in stroke for c in (right, right - 1)) for r in down)
    )


# A round stamp's words fill its ring on the ink map's cells (some 4 mm): the mark covers this share of the ellipse
# its box holds at least, and this share of the box's corners beyond it at most. A hand's signature, as round as it
# may be, leaves gaps between its strokes, and a blot is darker than a stamp's ink.
_DISK_FILL, _DISK_CORNERS = 0.8, 0.1


def _disk(stroke: set[tuple[int, int]]) -> bool:
    """The stroke fills the ellipse its box holds and leaves the box's corners empty: a round stamp whose words OCR
    did not read, as dense on the map as its rim (fortieth be9ter-medcert-doctor-1, read after its blind run: a
    certificate stamped and never signed passed)."""
    top, bottom, left, right = _extent(stroke)
    middle_row, middle_column = (top + bottom) / 2, (left + right) / 2
    half_height, half_width = (bottom - top + 1) / 2, (right - left + 1) / 2
    ellipse = {
        (r, c)
        for r in range(top, bottom + 1)
        for c in range(left, right + 1)
        if ((r - middle_row) / half_height) ** 2 + ((c - middle_column) / half_width) ** 2 <= 1
    }
    corners = (bottom - top + 1) * (right - left + 1) - len(ellipse)
    return (
        len(stroke & ellipse) >= _DISK_FILL * len(ellipse)
        and len(stroke - ellipse) <= _DISK_CORNERS * corners
    )
