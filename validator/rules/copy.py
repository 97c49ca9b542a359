"""The IND copy rules: A4, single-sided, V-number on every page, no media, legible, originals."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from rapidfuzz.distance import Levenshtein

from validator import signature, textmatch
from validator.extract.columns import lines
from validator.extract.dates import find_dates
from validator.extract.mrz import find_mrz
from validator.inkmap import (
    FRAME_SIDE,
    LINE_CELLS,
    MARGINS,
    MARK_CELLS,
    SOLID_INK,
    area,
    cells,
    connected,
    dark_band,
    holding,
    inside,
    margin_picture,
    photographed,
    solid_frames,
    unread_ink,
    unread_marks,
)
from validator.model import Box, Dossier, Finding, Page, RuleConfig, SourceFile, Word
from validator.rules import COUNT, NUMBER, SHARE, SURE_CONF, boxes, finding, pages_text, poorly_read, rule
from validator.rules.be9ter import phrases

A4_MM = (210.0, 297.0)
# What an IND copy must not carry: files inside the PDF, scripts, sound or video.
ACTIVE_CONTENT = ("embedded-files", "javascript", "multimedia")
# Paper sizes people send by mistake, to name them in the message.
KNOWN_SIZES = {
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "A5": (148.0, 210.0),
    "A3": (297.0, 420.0),
    "B5": (176.0, 250.0),
}


def _size_name(w: float, h: float, tolerance: float) -> str | None:
    short, long_ = sorted((w, h))
    for name, (a, b) in KNOWN_SIZES.items():
        if abs(short - a) <= tolerance and abs(long_ - b) <= tolerance:
            return name
    return None


def _per_file(
    cfg: RuleConfig,
    f: SourceFile,
    bad: list[Page],
    key: str,
    evidence: dict[str, object],
    page_evidence: dict[int, dict[str, object]] | None = None,
    **params: Any,
) -> Iterator[Finding]:
    """One finding per page, or one for the file when every page has the same defect."""
    if len(bad) > 1 and len(bad) == len(f.pages):
        yield finding(
            cfg,
            f"{key}-all",
            f.path,
            evidence={**evidence, "pages": [p.number for p in bad]},
            count=len(bad),
            **params,
        )
        return
    for p in bad:
        extra = (page_evidence or {}).get(p.number, {})
        yield finding(cfg, key, f.path, p.number, evidence={**evidence, **extra}, **params)


def _unread(cfg: RuleConfig, pages: list[Page], key: str, **params: Any) -> Iterator[Finding]:
    """One finding for the whole dossier naming every page on which the number may stand unread: a person
    looks at them together, as one task, rather than page by page."""
    if not pages:
        return
    by_file: dict[str, list[int]] = {}
    for p in pages:
        by_file.setdefault(p.file, []).append(p.number)
    places = "; ".join(f"{file} ({pages_text(numbers)})" for file, numbers in by_file.items())
    yield finding(
        cfg,
        key,
        unverified=True,
        evidence={"pages": [[p.file, p.number] for p in pages]},
        places=places,
        count=len(pages),
        **params,
    )


# The contrast (between paper and darkest ink, of 255) below which a page with no ink and no words is blank.
BLANK_CONTRAST = 13
# OCR's confidence in a word at the page's edge above which it is text cut off, not noise.
EDGE_CONF = 60
# The share of a page's words read worse than its best-read ones, and the confidence from which those are read
# well: a blurred copy's best tenth read at 71 and below, a hand-filled form's and a foreign passport's at 78–80
# (sixth, seventh).
_BEST_READ, _WELL_READ = 0.9, 75
# The share of a page that ink of print's strength (`validator/ingest/raster.py`) covers at least on a page of print:
# a form's half-empty last page covers 0.005.
_PRINT_INK = 0.002
# A number differing from the applicant's in this many digits or fewer is the applicant's, misread: another
# person's V-number (ten digits, no check digit) shares about one digit in ten with it, by chance.
_MISREAD_DIGITS = 3
# A number written after the V-number's label, this many edits (digits changed, dropped or added) from the
# applicant's, is hers as OCR read a hand ("V-nummec 6661541608" for 6862342808): two ten-digit numbers drawn at
# random are this close once in three hundred times, another person's number mostly seven edits or more away.
_MISREAD_EDITS = 5
# Read unsurely, a number this many edits from the applicant's may be hers misread too.
_UNSURE_EDITS = 6
# A number in a margin, unlabelled, two digits short or long and this many edits from the applicant's, is hers as OCR
# read a hand's ("Vene af 419 14136" for "V-nr 9941918136", twenty-fifth): eight of ten digits another's by chance
# once in some thirty thousand times.
_MARGIN_EDITS = 3
# A labelled number's digits, this many or more, the start or the end of the applicant's: hers, cut short.
_CUT_DIGITS = 6
# A picture this many times longer than it is high (or high than long) may be a line of writing, not a logo.
_LINE_SHAPE = 2.5
# The share of such a picture, or of a word read unsure, that lies in one margin when it was put there: a stamp
# pasted on in the footer lies all in it; a signature reaching in from the closing words has a tenth of its width
# there (twentieth).
_IN_MARGIN = 0.5


def _may_hide_number(p: Page, kind: str) -> bool:
    """The page was read too poorly to say a number is not on it, or its margins hold ink OCR did not read
    (a number written by hand, stamped askew or along the edge)."""
    if p.text_source == "text-layer":
        # What is written in a picture pasted onto the page is not in the text layer: a picture beside the
        # number's label (a form's field filled in by hand, scanned in), or one shaped like a line of writing
        # in a margin (a number stamped there), is for a person to look at.
        if any(_beside(label, image) for label in _label_boxes(p, kind) for image in p.images):
            return True
        # A picture laid over the page's printed words in a margin, larger than they are, was put on after the
        # page was made: a stamp or a sticker, which may hold the number. A letterhead's logo stands beside its
        # words.
        if any(_stamped_over(p, image) for image in p.images):
            return True
        # A line-shaped picture reaching into a margin from the body is the signature at a letter's close.
        written = [b for b in p.images if _line_shaped(b) and _mostly_in_a_margin(b)]
        return (
            len(unread_ink(p, [m for m in (_overlap(b, margin) for b in written for margin in MARGINS) if m]))
            >= MARK_CELLS
        )
    zone = _zone_words(p)
    face = _document_face(p, zone)
    printed = _print_read_unsure(p, face)
    if (
        poorly_read(p)
        or _misread_number(p, printed)
        or _hand_label(p, kind)
        or _misread_after_label(p, kind)
        or _label_of_a_mark(p, kind)
    ):
        return True
    # A number written over a dark bar at the head or foot of the page (a patient portal's, thirteenth)
    # is ink on ink: neither OCR nor the ink map sees it. A copied identity document's coloured head, a photo's
    # height or less over the holder's photo, is its own print (twenty-ninth ind-hnt-vnum-03): the number is written
    # on the sheet around it, where it shows. A copied booklet's dark lid stands farther off (twenty-third
    # ind-med-art64-01, a stamp's number half over it).
    bands = [r for margin in MARGINS[:2] for r in dark_band(p, margin)]
    if any(not _heads_photo(p, r) for r in bands):
        return True
    # So does a coloured strip down the page's side (an insurer's certificate, its V-number on a label stuck over
    # the strip or written along its foot: fiftythird ind-hnt-clean-07 and ind-med-clean-07, read after its blind
    # run, "no V-number", false deficiencies), but for a copied document's own print (a passport laid sideways, its
    # coloured head down the margin: fortyeighth ind-gen-vnum-02).
    if any(dark_band(p, margin, down=True, beside=[face] if face else []) for margin in MARGINS[2:]):
        return True
    # A machine-readable zone's line is print however unsure OCR read it (a passport laid sideways on the copy,
    # its zone along the margin: twentyfourth).
    writing = _margin_writing(p) - inside(p, [w.box for w in printed + zone] + ([face] if face else []))
    # A number OCR read in part (a hand's "V-nr.: 8242596194" as "Var:" at 59, "STA" at 19, "IAF" at 54) leaves
    # its ink unexplained only between the words it read surely enough to be print: its length is theirs too. A
    # word reaching into a margin from the body (a letter's signature under its closing, read "hore") is no part
    # of one.
    unsure = {
        cell
        for w in p.words
        if w.conf < SURE_CONF and w not in printed and w not in zone and _mostly_in_a_margin(w.box)
        for cell in inside(p, [w.box])
    }
    return any(
        len(group & writing) >= MARK_CELLS and _number_long(group)
        for group in connected(writing | unsure, reach=_WRITING_GAP)
    )


def _heads_photo(p: Page, row: int) -> bool:
    """The ink map's row lies over the page's photo of a face, within the photo's height of it."""
    if p.photo is None:
        return False
    y = (row + 0.5) / len(p.ink_map)
    return p.photo.y0 - (p.photo.y1 - p.photo.y0) <= y <= p.photo.y0


# A V-number's label as a hand writes it and OCR reads it, a word alone: "V-nummer", "V-numme-", "Vnr.", its "n" read
# as "r" ("V-runner", fortysecond ind-med-meddocs-01, read after its blind run: its number "7AVZ0EL 307", ending in
# digits read surely, taken for print).
_HAND_LABELS = {
    "v_number": re.compile(r"V\s*[-.]?\s*[nr][a-z]{4,5}[-.:]?|V\s*[-.]?\s*nr[.:]?", re.IGNORECASE)
}


def _hand_label(p: Page, kind: str) -> bool:
    """The number's label written by hand in a margin, read unsure ("V-numme-" over a letterhead, twentysecond): the
    number written after it is there, misread. A printed label is read surely, and a form's printed field may be
    left empty."""
    label = _HAND_LABELS.get(kind)
    return label is not None and any(
        w.conf < SURE_CONF and _mostly_in_a_margin(w.box) and label.fullmatch(w.text) for w in p.words
    )


def _label_of_a_mark(p: Page, kind: str) -> bool:
    """The number's label read where a mark was cut out of a margin and read on its own, placed among none of the
    page's words: a stamp's label, its number under it unread (half hidden by a copied booklet's dark edge: twenty-
    eighth ind-hnt-translation-01)."""
    return any(textmatch.text_box(p.words, label) is None for label in textmatch.number_labels(p.text, kind))


# How far after its label a number stands on its line (page widths), and how many of its digits OCR must have read
# there to say it is there, misread; or how many digits with how many characters in all, the rest read unsure.
_AFTER_LABEL = 0.3
_MISREAD_DIGITS_AFTER = 5
# How far under a label printed at the head of its box the number written in the box begins, in the label's heights
# (a form's 6-point "V-nummer" over a hand's "i 5 516 62 gy 2 Ô", thirtieth ind-med-blank-02).
_UNDER_LABEL = 4
_SOME_DIGITS, _NUMBER_READ = 3, 8


_MISREAD_VNR = re.compile(r"V(?:er|or|ar|nr|n|r)[.:]?")


def _misread_after_label(p: Page, kind: str) -> bool:
    """The number's label with digits after it on its line, or under it in its box, that make no number read whole
    ("V-nummer: 19 iv) 49 544" for 99 1941 9544 in a form's footer, twenty-seventh; a hand's "4 4 | ST ô of 3 5" for
    4413280835, its other digits read as unsure letters, twenty-ninth): the number is there, misread. A field left
    empty has none; a date beside it is no number."""
    # A hand's "Vnr" in a margin as OCR misreads it ("Ver GAGE 7555 7" for "Vnr 6969475557" over a passport copy:
    # thirty-fourth ind-med-suriname-02, read after its blind run) labels the digits after it too.
    misread = (
        [w.box for w in p.words if _MISREAD_VNR.fullmatch(w.text) and _mostly_in_a_margin(w.box)]
        if kind == "v_number"
        else []
    )
    for label in _label_boxes(p, kind) + misread:
        height = label.y1 - label.y0
        beside = [
            w for w in p.words if _beside(label, w.box) and label.x1 <= w.box.x0 <= label.x1 + _AFTER_LABEL
        ]
        # Or in the box under a label printed small at its head: the next line, from the label's start.
        under = [
            w
            for w in p.words
            if label.y1 <= w.box.y0 <= label.y1 + _UNDER_LABEL * height
            and label.x0 - height <= w.box.x0 <= label.x0 + _AFTER_LABEL
        ]
        # Written from under the label on: not a line of print that runs on far to its right.
        if under and min(w.box.x0 for w in under) > label.x1:
            under = []
        for after in (beside, under):
            after = [w for w in after if not find_dates(w.text)]
            digits = sum(map(_digits_read, after))
            unsure = sum(
                len(w.text) for w in after if w.conf < SURE_CONF and not any(c.isdigit() for c in w.text)
            )
            if digits >= _MISREAD_DIGITS_AFTER or (
                digits >= _SOME_DIGITS and digits + unsure >= _NUMBER_READ
            ):
                return True
    return False


def _digits_read(word: Word) -> int:
    """The digits of a word as OCR reads a hand's number: its own; and, read unsurely with a digit among them, the
    letters it reads for digits too ("STETTA4EOE" for 5287294608 written in a form's comb under "V-nummer", thirty-
    fifth ind-gen-clean-02, read after its blind run: "missing")."""
    if word.conf >= SURE_CONF or not any(c.isdigit() for c in word.text):
        return sum(c.isdigit() for c in word.text)
    return sum(c.isdigit() for c in textmatch.read_digits(word.text))


# A number written on a copy is some 3 cm long (ten digits, or a name and a date): a mark in a margin shorter than
# this many cells (some 2 cm: a staple, a punched hole, a tick) cannot be one.
_NUMBER_CELLS = 5
# The cells of one line of writing stand at most this many cells apart: the space between two words, and faint
# strokes the ink map leaves out ("V-nr.:  1948196751" written down a margin, two empty cells in it).
_WRITING_GAP = 3


def _number_long(group: set[tuple[int, int]]) -> bool:
    rows, cols = {r for r, _ in group}, {c for _, c in group}
    return max(max(rows) - min(rows), max(cols) - min(cols)) + 1 >= _NUMBER_CELLS


# A labelled number of another length that this many digits dropped, added or changed make the applicant's is
# hers as OCR read a hand: another person's would differ in most of its digits.
_DROPPED_DIGITS = 2
# Digits from which a word read unsure in a margin may be a number written there, misread.
_NUMBER_DIGITS = 4


# A word this long, read at a confidence this low, is one OCR could not read at all: a typed "V-nummer 2745241155"
# read upside down along the edge of a sideways scan as "SSTIÿZSÿZC" at 0 (twenty-second).
_GARBLED_CHARS, _GARBLED_CONF = 6, 10


# A sum of money with its cents, as a payslip's column prints it ("532,40", "1.813,24"): a number of a table read
# a little unsure (a payslip scanned sideways, its last column along the margin: thirty-eighth ind-gen-vnum-04, read
# after its blind run), not one written on the copy.
_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}")


def _misread_number(p: Page, printed: list[Word]) -> bool:
    """A word in the page's margins that OCR read unsure and mostly as digits ("696GT90ÿÿ6"), or could not read
    at all: a number written on the copy, read upside down or through a stamp. A machine-readable zone's fillers
    say it is none, and so does the print of its line (`printed`: a letterhead's postcode)."""
    return any(
        "<" not in w.text
        and _mostly_in_a_margin(w.box)
        and (
            (
                w.conf < SURE_CONF
                and w not in printed
                and sum(c.isdigit() for c in w.text) >= _NUMBER_DIGITS
                and not _AMOUNT.fullmatch(w.text)
            )
            # Unreadable even as print: a letterhead read poorly is read unsure, not at nought.
            or (w.conf < _GARBLED_CONF and sum(c.isalnum() for c in w.text) >= _GARBLED_CHARS)
        )
        for w in p.words
    )


# An unsure word as tall as the print after it on its line (this many times at most), and this close to it (in that
# print's heights), is print read poorly, not a hand: a letterhead's small grey address in a scan at JPEG quality
# 30 ("Neurologie:" at 29, its postcode at 50; twentieth). A number written by hand is taller than the print around
# it, or stands apart.
_PRINT_GAP = 2
_PRINT_HEIGHT = 1.3
# A word with this many digits is a piece of a number, however it stands.
_NUMBER_PIECE = 5


# An identity document's face is this many times as high as its machine-readable zone is long at most, and as wide: a
# passport's page 125 by 88 mm over a zone of 44 characters some 114 mm long, a card's 85.6 by 54 mm over 30
# characters some 76 mm long (ICAO 9303 parts 4 and 5).
_FACE_HEIGHT, _FACE_WIDTH = 0.78, 1.12
# The characters of a zone's line at least (a card's line, the shortest).
_ZONE_LINE = 30


def _document_face(p: Page, zone: list[Word]) -> Box | None:
    """Where the identity document copied on the page lies, from its machine-readable zone (`zone`, its words): the
    zone's width, up from the zone by the document's height. Its small captions, which OCR of the whole page passes
    over, are its print, not a number written on the copy (a passport at the head of the copy: thirty-ninth
    ind-med-vnum-04)."""
    if not p.width_mm or not p.height_mm or sum(len(w.text) for w in zone) < 2 * _ZONE_LINE:
        return None
    x0, x1 = min(w.box.x0 for w in zone), max(w.box.x1 for w in zone)
    y0, y1 = min(w.box.y0 for w in zone), max(w.box.y1 for w in zone)
    if x1 - x0 <= y1 - y0:
        return _sideways_face(p, zone, Box(x0, y0, x1, y1), p.height_mm / p.width_mm)
    high, side = _FACE_HEIGHT * (x1 - x0) * p.width_mm / p.height_mm, (_FACE_WIDTH - 1) / 2 * (x1 - x0)
    # A document copied askew: each of its zone's lines is as much higher than the lines' pitch as its ends are
    # apart in height, and so are its face's top corners (a passport photographed 3° off level, its coloured head
    # above the face reckoned level: fortyfourth ind-gen-vnum-02, read, "may hide the number").
    # Each line read whole, as one word, says so.
    whole = sorted((w.box for w in zone if len(w.text) >= _ZONE_LINE), key=lambda b: b.y0)
    tilt = max(
        (max(0.0, (upper.y1 - upper.y0) - (lower.y0 - upper.y0)) for upper, lower in zip(whole, whole[1:])),
        default=0.0,
    )
    return Box(max(0.0, x0 - side), max(0.0, y1 - high - tilt), min(1.0, x1 + side), y1)


def _zone_words(p: Page) -> list[Word]:
    """The words of a machine-readable zone's lines: those with its fillers, and the pieces OCR split off a line
    beside them, on the line (a sideways passport's "E356366" read apart from "1<AMNG7611278M…" at 69, in the
    margin: fortyeighth ind-med-vnum-01, read, "a number written on the copy")."""
    zone = [w for w in p.words if "<<" in w.text]
    return zone + [w for w in p.words if w not in zone and any(_piece_of_line(w.box, z.box) for z in zone)]


def _piece_of_line(piece: Box, line: Box) -> bool:
    """`piece` lies on the line of print `line` (across the page or down it), next to it: its top and foot within
    half the line's height of the line's, at most the line's height away along it."""
    across = line.x1 - line.x0 >= line.y1 - line.y0

    def along(b: Box) -> tuple[float, float]:
        return (b.x0, b.x1) if across else (b.y0, b.y1)

    def side(b: Box) -> tuple[float, float]:
        return (b.y0, b.y1) if across else (b.x0, b.x1)

    (top, foot), (line_top, line_foot) = side(piece), side(line)
    (start, end), (line_start, line_end) = along(piece), along(line)
    high = line_foot - line_top
    return (
        abs(top - line_top) <= high / 2
        and abs(foot - line_foot) <= high / 2
        and max(start - line_end, line_start - end) <= high
    )


def _sideways_face(p: Page, zone: list[Word], lines: Box, tall: float) -> Box:
    """The face of an identity document copied sideways, its zone's lines running down the page (fortyeighth
    ind-gen-vnum-02, read: a passport over the whole page, its coloured head with the state's emblem down the right
    margin, "may hide the number"): from the zone across by the document's height, to the side its print stands on.
    `tall`: the page's height over its width."""
    long_ = lines.y1 - lines.y0
    high, side = _FACE_HEIGHT * long_ * tall, (_FACE_WIDTH - 1) / 2 * long_
    middles = [
        (w.box.x0 + w.box.x1) / 2
        for w in p.words
        if w not in zone and lines.y0 <= (w.box.y0 + w.box.y1) / 2 <= lines.y1
    ]
    right = sum(lines.x1 <= x <= lines.x0 + high for x in middles)
    left = sum(lines.x1 - high <= x <= lines.x0 for x in middles)
    x0, x1 = (lines.x0, lines.x0 + high) if right >= left else (lines.x1 - high, lines.x1)
    return Box(max(0.0, x0), max(0.0, lines.y0 - side), min(1.0, x1), min(1.0, lines.y1 + side))


def _print_read_unsure(p: Page, face: Box | None) -> list[Word]:
    """The page's words that OCR read unsure but that stand in a line of print, before print, as print does; and
    those on `face`, the face of the identity document copied on the page (`_document_face`), its own print."""
    found = [
        w
        for w in p.words
        if w.conf < SURE_CONF
        and face is not None
        and face.x0 <= w.box.x0
        and w.box.x1 <= face.x1
        and face.y0 <= w.box.y0
        and w.box.y1 <= face.y1
    ]
    for line in lines(p):
        after: Word | None = None
        for w in reversed(line):
            if w.conf >= SURE_CONF and sum(c.isalnum() for c in w.text) >= 2:
                after = w
            elif after and _like_print(w, after):
                found.append(w)
                after = w
            else:
                after = None
    return found


def _like_print(w: Word, after: Word) -> bool:
    tall, next_tall = w.box.y1 - w.box.y0, after.box.y1 - after.box.y0
    return (
        sum(c.isdigit() for c in w.text) < _NUMBER_PIECE
        and after.box.x0 - w.box.x1 <= _PRINT_GAP * next_tall
        and max(tall, next_tall) <= _PRINT_HEIGHT * min(tall, next_tall)
    )


def _margin_writing(p: Page) -> set[tuple[int, int]]:
    """Ink in the margins that may be writing: not print, not the lines of a copied card's edge (followed
    down the whole page, as a margin cuts them short, a thin one lying on the cells' edge too), not what lies
    inside a copied booklet's dark cover, not the holder's photo on a copied identity document (a passport laid
    sideways on the copy, its photo in the top margin: thirty-third ind-hnt-vnum-02, read), and not the holder's
    signature beside its label on a copied passport."""
    rows, cols = len(p.ink_map), len(p.ink_map[0]) if p.ink_map else 0
    found = unread_marks(p, list(MARGINS), level=True) - inside(
        p, solid_frames(p) + ([p.photo] if p.photo else [])
    )
    found -= _solid_edge(p, found)
    found -= _frame_sides(p, found)
    signed = signature.search(p, phrases("signature"))
    if signed.verdict == "signed" and signed.box:
        found -= cells(signed.box, cols, rows)
    return found


def _frame_sides(p: Page, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The short sides of a table's frame reaching into a margin: a mark a cell or two wide, shorter than a line,
    joined at its top or foot to a rule running on along its row (a payslip's boxed row of headers reaching the right
    margin, its faint grey rules no straight runs: fortysecond ind-gen-vnum-02, read after its blind run, its side
    "writing" and a page without the number "unread"); the rule runs on into the page's body. A number written down
    a margin is longer, and one written along it, its line of letters a run along a row, lies in the margin."""
    ink: list[set[tuple[int, int]]] = []
    margins = inside(p, list(MARGINS))
    sides: set[tuple[int, int]] = set()
    for group in connected(found):
        rows, cols = {r for r, _ in group}, {c for _, c in group}
        if max(cols) - min(cols) + 1 > _SIDE_WIDTH or max(rows) - min(rows) + 1 >= LINE_CELLS:
            continue
        ink = ink or connected(unread_ink(p, [Box(0, 0, 1, 1)]))
        whole = holding(ink, group)
        if any(sum(r == end for r, _ in whole - margins) >= LINE_CELLS for end in (min(rows), max(rows))):
            sides |= group
    return sides


# A frame's side is this many cells wide at most, as the ink map falls.
_SIDE_WIDTH = 2


def _solid_edge(p: Page, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The cells beside a solid dark band down or across the page (the black around a copied booklet, scanned on a
    dark lid): the band's edge, half in a cell, not writing (twenty-third ind-hnt-vnum-04, its V-number "unread").
    A cell counts where its neighbour, left, right, above or below, lies in a run of solid cells at least a frame's
    side long, running along the cell's side, and ink lies beside that run all along it: an edge runs the band's
    length. A hand over a dark header bar covers part of it (fiftysecond ind-med-clean-04, read after its blind run: a
    payslip's handwritten V-number touching its title's bar, "no V-number", a false deficiency)."""
    solid = {(r, c) for r, row in enumerate(p.ink_map) for c, ch in enumerate(row) if int(ch) >= SOLID_INK}

    def run(r: int, c: int, dr: int, dc: int) -> int:
        n = 0
        while (r + n * dr, c + n * dc) in solid:
            n += 1
        return n

    def edge_of(r: int, c: int, vertical: bool, side: int) -> bool:
        """The solid cell at (r, c) lies in a band running down (or across) the page, and the cells on the band's
        side `side` (-1 or 1 across its run) are inked all along it."""
        dr, dc = (1, 0) if vertical else (0, 1)
        before, after = run(r, c, -dr, -dc), run(r, c, dr, dc)
        if (r, c) not in solid or before + after - 1 < FRAME_SIDE:
            return False
        beside = [
            (r + k * dr + (0 if vertical else side), c + k * dc + (side if vertical else 0))
            for k in range(1 - before, after)
        ]
        inked = sum(
            0 <= i < len(p.ink_map) and 0 <= j < len(p.ink_map[i]) and p.ink_map[i][j] != "0"
            for i, j in beside
        )
        return inked >= _EDGE_SHARE * len(beside)

    return {
        (r, c)
        for r, c in found
        if edge_of(r, c - 1, True, 1)
        or edge_of(r, c + 1, True, -1)
        or edge_of(r - 1, c, False, 1)
        or edge_of(r + 1, c, False, -1)
    }


# Of the cells beside a band's run, this share at least is inked where they are its edge.
_EDGE_SHARE = 0.9


def _label_boxes(p: Page, kind: str) -> list[Box]:
    """Every place the number's label stands on the page: a form's running head says "V-nummer" on its every copy,
    and a field below it again."""
    said = dict.fromkeys(textmatch.number_labels(p.text, kind))
    return [b for label in said for b in textmatch.text_boxes(p.words, label)]


def _beside(label: Box, image: Box) -> bool:
    """The picture stands on the label's line, after it."""
    return image.x1 > label.x1 and image.y0 < label.y1 and label.y0 < image.y1


def _stamped_over(p: Page, image: Box) -> bool:
    covered = [w.box for w in p.words if _overlap(image, w.box)]
    return bool(covered) and margin_picture(image) and area(image) > sum(map(area, covered))


def _line_shaped(b: Box) -> bool:
    long_, short = sorted((b.x1 - b.x0, b.y1 - b.y0), reverse=True)
    return long_ >= _LINE_SHAPE * short


def _mostly_in_a_margin(b: Box) -> bool:
    return any(area(m) >= _IN_MARGIN * area(b) for m in (_overlap(b, margin) for margin in MARGINS) if m)


def _overlap(a: Box, b: Box) -> Box | None:
    box = Box(max(a.x0, b.x0), max(a.y0, b.y0), min(a.x1, b.x1), min(a.y1, b.y1))
    return box if box.x1 > box.x0 and box.y1 > box.y0 else None


@rule(
    "IND-COPY-A4",
    keys=("size-unknown", "implausible-resolution", "photographed", "not-a4", "not-a4-all"),
    params={
        "tolerance_mm": NUMBER,
        "plausible_mm": {"type": "array", "items": NUMBER, "minItems": 2, "maxItems": 2},
    },
)
def a4(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    tolerance = cfg.params.get("tolerance_mm", 5)
    low, high = cfg.params.get("plausible_mm", [70, 600])
    for f in dossier.files:
        wrong: dict[tuple[int, int], list[Page]] = {}
        for p in f.pages:
            if p.width_mm is None or p.height_mm is None:
                yield finding(
                    cfg,
                    "size-unknown",
                    f.path,
                    p.number,
                    unverified=True,
                    evidence={"found": None, "expected": "210 × 297 mm"},
                )
                continue
            short, long_ = sorted((p.width_mm, p.height_mm))
            if p.size_source == "image-dpi" and not (low <= short and long_ <= high):
                yield finding(
                    cfg,
                    "implausible-resolution",
                    f.path,
                    p.number,
                    unverified=True,
                    evidence={"found": f"{p.width_mm:.0f} × {p.height_mm:.0f} mm", "dpi": p.dpi},
                    width=round(p.width_mm),
                    height=round(p.height_mm),
                    dpi=round(p.dpi or 0),
                )
                continue
            if abs(short - A4_MM[0]) > tolerance or abs(long_ - A4_MM[1]) > tolerance:
                if photographed(p):
                    # The size measured is the photograph's; the sheet in it may well be A4.
                    yield finding(
                        cfg,
                        "photographed",
                        f.path,
                        p.number,
                        unverified=True,
                        evidence={
                            "found": f"{p.width_mm:.0f} × {p.height_mm:.0f} mm",
                            "expected": "210 × 297 mm",
                        },
                        width=round(p.width_mm),
                        height=round(p.height_mm),
                    )
                    continue
                wrong.setdefault((round(p.width_mm), round(p.height_mm)), []).append(p)
        for (w, h), pages in wrong.items():
            named = _size_name(w, h, tolerance)
            size = f"{w} × {h} mm" + (f" ({named})" if named else "")
            yield from _per_file(
                cfg,
                f,
                pages,
                "not-a4",
                {
                    "found": size,
                    "expected": "210 × 297 mm (A4)",
                    "source": pages[0].size_source,
                    "paper_mm": list(A4_MM),
                },
                size=size,
            )


def is_blank(p: Page, cfg: RuleConfig) -> bool:
    """No ink, no words read, and nothing darker than the paper's own grain: a blank back side measures a
    contrast of 3 to 12, a washed-out copy 14 to 20 (its text is there, too faint to read; tenth to seventeenth's
    blank backs and washed-out copies, BLANK_CONTRAST between them). A fold's shadow or the scanner's border crossing
    the page from edge to edge is no writing on it, nor the dark around a sheet scanned askew: the ink, the faint ink
    and the contrast are taken without them. Both measure 13 (fortieth ind-gen-blank-01, a blank back of yellowed
    paper; thirty-ninth ind-med-legible-02, a washed-out copy): such a page is read as not blank."""
    readable = [w for w in p.words if w.conf >= 60 and len(w.text) >= 2]
    ink = p.ink if p.ink_off_lines is None else p.ink_off_lines
    faint = p.faint_ink if p.faint_off_lines is None else p.faint_off_lines
    contrast = p.contrast if p.contrast_off_lines is None else p.contrast_off_lines
    return (
        ink < cfg.params.get("blank_ink", 0.002)
        and faint < cfg.params.get("faint_ink", 0.01)
        and len(readable) <= cfg.params.get("max_words", 3)
        and (contrast is None or contrast < cfg.params.get("blank_contrast", BLANK_CONTRAST))
    )


@rule(
    "IND-COPY-SINGLE-SIDED",
    keys=("duplex", "blank-page"),
    params={"blank_ink": SHARE, "faint_ink": SHARE, "max_words": COUNT, "blank_contrast": NUMBER},
)
def single_sided(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for f in dossier.files:
        blank = [p.number for p in f.pages if is_blank(p, cfg)]
        evens = [n for n in range(2, len(f.pages) + 1, 2)]
        if len(f.pages) >= 4 and blank == evens:
            yield finding(
                cfg, "duplex", f.path, evidence={"blank_pages": blank, "blank": True}, pages=pages_text(blank)
            )
        # By the page itself, not its place in the list: a page that could not be read, or that a cap left
        # unread, is missing from it.
        for p in [page for page in f.pages if page.number in blank]:
            yield finding(
                cfg,
                "blank-page",
                f.path,
                p.number,
                evidence={"ink": round(p.ink, 5), "words": len(p.words), "blank": True},
            )


def _identifier(dossier: Dossier) -> tuple[str, str] | None:
    """The number every page must carry: ("v_number" | "client_number", digits), if the manifest has one."""
    applicant = dossier.manifest.applicant
    if applicant.v_number:
        return "v_number", applicant.v_number
    if applicant.client_number:
        return "client_number", applicant.client_number
    return None


def _inferred_vnumber(dossier: Dossier) -> tuple[str, int] | None:
    """The V-number most pages carry, when the manifest does not give one."""
    seen: Counter[str] = Counter()
    for p in dossier.pages:
        seen.update({n.digits for n in textmatch.labelled_numbers(p.text, "v_number")})
    if not seen:
        return None
    digits, count = seen.most_common(1)[0]
    return digits, count


@rule(
    "IND-COPY-VNUMBER",
    keys=(
        "no-identifier",
        "missing-any",
        "missing-any-all",
        "inferred",
        "unclear",
        "different",
        "missing",
        "missing-all",
        "unread",
        "missing-name",
        "missing-name-all",
        "unread-name",
    ),
    params={"margin_band": SHARE},
)
def vnumber(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applicant = dossier.manifest.applicant
    known = _identifier(dossier)
    if known is None and applicant.name and applicant.birth_date:
        yield from _name_and_birth_date(dossier, cfg, applicant.name, applicant.birth_date)
        return
    if known is None:
        inferred = _inferred_vnumber(dossier)
        if inferred is None:
            yield finding(
                cfg, "no-identifier", severity="warning", evidence={"expected": "applicant.v_number"}
            )
            for f in dossier.files:
                yield from _per_file(
                    cfg,
                    f,
                    [p for p in f.pages if not _blank_page(p)],
                    "missing-any",
                    {"found": None, "expected": "V-nummer", "bands": _margin_bands(cfg)},
                )
            return
        digits, count = inferred
        yield finding(
            cfg,
            "inferred",
            severity="warning",
            evidence={"found": digits, "pages": count},
            number=digits,
            count=count,
        )
        known = ("v_number", digits)
    kind, digits = known
    bands = _margin_bands(cfg)
    label = "V-nummer" if kind == "v_number" else "klantnummer"
    unread: list[Page] = []
    for f in dossier.files:
        missing = []
        for p in f.pages:
            if _blank_page(p):
                continue
            if textmatch.contains_number(p.text, digits):
                continue
            others = [n.digits for n in textmatch.labelled_numbers(p.text, kind) if n.digits != digits]
            # A labelled number a digit short or long, far from the applicant's: another's, a digit dropped or added
            # by OCR ("V-nummer 419 39 55 54" for a hand's 4193955954, twentysecond ind-gen-vnum-02). A hand's own
            # number misread stays within a few edits of it.
            # Not the ten digits read above with a letter after them taken for an eleventh ("Ve 4357543882
            # Zwarienlaan": its Z read as a 2, fortysecond ind-med-clean-04, read after its blind run).
            others += [
                n.digits
                for n in textmatch.labelled_numbers(p.text, kind, length=None)
                if abs(len(n.digits) - len(digits)) == 1
                and Levenshtein.distance(n.digits, digits) > _UNSURE_EDITS
                and not any(n.digits.startswith(o) or n.digits.endswith(o) for o in others)
            ]
            # A number of the same length a few digits off is the applicant's misread, its label with it or not
            # ("nnee 8457569391" for "V-nummer 2857569301"): another's number shares a digit in ten by chance. So
            # is a labelled number a hand's digits or two short of it ("V-nummec: 89 002154" for 8119002154).
            near = (
                [
                    o
                    for o in others + textmatch.numbers(p.text, len(digits))
                    if o != digits and sum(a != b for a, b in zip(o, digits)) <= _MISREAD_DIGITS
                ]
                + [o for o in others if Levenshtein.distance(o, digits) <= _MISREAD_EDITS]
                + [
                    n.digits
                    for n in textmatch.labelled_numbers(p.text, kind, length=None)
                    if len(n.digits) != len(digits)
                    and Levenshtein.distance(n.digits, digits) <= _DROPPED_DIGITS
                ]
            )
            # Unlabelled too, a hand's number read with a digit or two dropped or added at its ends ("46295334"
            # for "Vnr 4462953340"): eight of its ten digits in order are another number's by one chance in a
            # million.
            near += [
                n
                for length in range(len(digits) - _DROPPED_DIGITS, len(digits) + _DROPPED_DIGITS + 1)
                if length != len(digits)
                for n in textmatch.numbers(p.text, length)
                if _close(p, n, digits)
            ]
            # So is a labelled number cut short, the first or last six digits or more of the applicant's ("V-nr
            # 232053)" for 2320537796, thirty-third ind-hnt-clean-05, read): another's shares them once in a million.
            near += [
                n.digits
                for n in textmatch.labelled_numbers(p.text, kind, length=None)
                if _CUT_DIGITS <= len(n.digits) < len(digits)
                and (digits.startswith(n.digits) or digits.endswith(n.digits))
            ]
            # So is a hand's number OCR read partly as letters, turned back into digits ("AGO7873869" for 4007873869,
            # thirty-first ind-med-clean-09), as close as the unlabelled numbers above.
            if p.text_source == "ocr":
                near += [
                    n
                    for n in textmatch.misread_numbers(
                        p.text, len(digits) - _DROPPED_DIGITS, len(digits) + _DROPPED_DIGITS
                    )
                    if _close(p, n, digits)
                ]
            # Another number read unsurely, six edits or fewer from the applicant's, is as likely hers written by hand
            # and misread ("3003556165" at 65 for a hand's 3803538983, thirteenth; sixth's "9199614100" for
            # 3235614280): a person reads it. Others' numbers planted in thirteen parts were 8 or 9 edits away but one.
            unsure = [
                o
                for o in others
                if not _read_surely(p, o) and Levenshtein.distance(o, digits) <= _UNSURE_EDITS
            ]
            # A number placed among none of the page's words was read only where a mark was cut out and read on its
            # own, how surely unknown: of another length than a V-number's, it is no evidence of another's number
            # (twenty-eighth ind-med-meddocs-03, read: a pale stamp's "V-NUMMER 2463866238", tilted, read "V-NUMMER |
            # 9482305225", eleven digits); ten digits far from the applicant's are (twenty-fifth ind-hnt-vnum-04).
            doubtful = [
                o
                for o in others
                if o in unsure or (textmatch.number_box(p.words, o) is None and len(o) != len(digits))
            ]
            misread = near or (doubtful if len(doubtful) == len(others) else [])
            if misread:
                yield finding(
                    cfg,
                    "unclear",
                    f.path,
                    p.number,
                    severity="warning",
                    evidence=_number_evidence(p, misread[0], digits),
                    found=misread[0],
                    expected=digits,
                )
            elif others:
                yield finding(
                    cfg,
                    "different",
                    f.path,
                    p.number,
                    evidence=_number_evidence(p, others[0], digits),
                    found=others[0],
                    expected=digits,
                )
            elif _may_hide_number(p, kind):
                unread.append(p)
            else:
                missing.append(p)
        yield from _per_file(
            cfg,
            f,
            missing,
            "missing",
            {"found": None, "expected": digits, "bands": bands},
            label=label,
            expected=digits,
        )
    yield from _unread(cfg, unread, "unread", label=label, expected=digits)


def _margin_bands(cfg: RuleConfig) -> list[list[float]]:
    """The header and footer, where a number written on a copy usually is: reports show them searched."""
    height = cfg.params.get("margin_band", 0.15)
    return boxes([Box(0, 0, 1, height), Box(0, 1 - height, 1, 1)])


def _close(p: Page, found: str, digits: str) -> bool:
    """An unlabelled number is the applicant's misread: two edits from it anywhere, three in a margin."""
    edits = Levenshtein.distance(found, digits)
    return edits <= _DROPPED_DIGITS or (edits <= _MARGIN_EDITS and _in_a_margin(p, found))


def _in_a_margin(p: Page, digits: str) -> bool:
    where = textmatch.number_box(p.words, digits)
    return where is not None and _mostly_in_a_margin(where)


def _read_surely(p: Page, digits: str) -> bool:
    """No word that spells the number was read unsurely."""
    where = textmatch.number_box(p.words, digits)
    return all(w.conf >= SURE_CONF for w in p.words if where and _overlap(w.box, where))


def _number_evidence(p: Page, found: str, expected: str) -> dict[str, object]:
    where = textmatch.number_box(p.words, found)
    return {"found": found, "expected": expected, **({"boxes": boxes([where])} if where else {})}


def _blank_page(p: Page) -> bool:
    # Blank pages have their own rule; a missing V-number there is not news.
    return p.faint_ink < 0.0005 and not p.words


def _name_and_birth_date(dossier: Dossier, cfg: RuleConfig, name: str, born: dt.date) -> Iterator[Finding]:
    expected = f"{name}, {born:%d-%m-%Y}"
    unread: list[Page] = []
    for f in dossier.files:
        missing: list[Page] = []
        lacking: dict[int, dict[str, object]] = {}
        for p in f.pages:
            if _blank_page(p):
                continue
            checks = {
                "name": textmatch.contains_name(p.text, name),
                "birth_date": textmatch.contains_date(p.text, born),
            }
            if all(checks.values()):
                continue
            if _may_hide_number(p, "v_number"):
                unread.append(p)
                continue
            missing.append(p)
            lacking[p.number] = {"lacking": [what for what, ok in checks.items() if not ok]}
        yield from _per_file(
            cfg,
            f,
            missing,
            "missing-name",
            {"found": None, "expected": expected, "bands": _margin_bands(cfg)},
            lacking,
            expected=expected,
        )
    yield from _unread(cfg, unread, "unread-name", expected=expected)


@rule("IND-COPY-NO-MEDIA", keys=("media", "archive", *ACTIVE_CONTENT))
def no_media(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for f in dossier.files:
        if f.kind in ("media", "archive"):
            yield finding(cfg, f.kind, f.path, evidence={"found": f.media_type}, type=f.media_type or "?")
        for p in f.problems:
            if p.code in ACTIVE_CONTENT:
                yield finding(cfg, p.code, f.path, p.page, evidence={"found": p.detail}, detail=p.detail)


@rule(
    "IND-COPY-LEGIBLE",
    keys=("low-resolution", "low-resolution-all", "low-contrast", "low-confidence", "cut-off"),
    params={
        "min_dpi": COUNT,
        "min_contrast": NUMBER,
        "min_confidence": NUMBER,
        "min_words_for_confidence": COUNT,
        "min_words_for_evidence": COUNT,
        "edge_words": COUNT,
        "blank_ink": SHARE,
        "blank_contrast": NUMBER,
        "faint_ink": SHARE,
        "max_words": COUNT,
    },
)
def legible(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    min_dpi = cfg.params.get("min_dpi", 150)
    for f in dossier.files:
        low_res = []
        for p in f.pages:
            if is_blank(p, cfg):
                continue
            # A page scanned at 150 dpi measures 149.6 after the page size is rounded to whole pixels.
            if p.dpi is not None and round(p.dpi) < min_dpi and p.text_source != "text-layer":
                low_res.append(p)
            yield from _page_legibility(f, p, cfg)
        if low_res:
            yield from _per_file(
                cfg,
                f,
                low_res,
                "low-resolution",
                {"found": [round(p.dpi or 0) for p in low_res], "expected": f">= {min_dpi} dpi"},
                minimum=min_dpi,
                dpi=round(min(p.dpi or 0 for p in low_res)),
            )


def _page_legibility(f: SourceFile, p: Page, cfg: RuleConfig) -> Iterator[Finding]:
    if p.text_source == "text-layer":
        return
    minimum = cfg.params.get("min_contrast", 60)
    ocr = p.ocr_words
    # A machine-readable zone read whole, its check digits holding.
    whole = any(m.valid for m in find_mrz(p.text))
    mean = sum(w.conf for w in ocr) / len(ocr) if ocr else 0.0
    enough = len(ocr) >= cfg.params.get("min_words_for_confidence", 15)
    if p.contrast is not None and p.contrast < minimum:
        if p.ink >= _PRINT_INK and enough and mean >= _WELL_READ:
            # Ink of print's strength, read word for word: what measured faint is a tint (a shaded column or band
            # a third of the page wide, thirty-fifth's IND forms at 52 to 58), not faded print. Every washed-out
            # copy planted in the blind parts holds no such ink at all.
            return
        yield finding(
            cfg,
            "low-contrast",
            f.path,
            p.number,
            evidence={"found": round(p.contrast), "expected": f">= {minimum}"},
            contrast=round(p.contrast),
            # Faint ink that OCR still read word for word is a pale copy a person can read (a grey MVV page read as
            # 27 words at 87, thirteenth): every washed-out copy planted in thirteen parts read as no word at all. So
            # is a card whose zone was read with every check digit holding, its small captions faint as printed (a
            # residence permit on yellowed paper at contrast 56, twenty-third).
            unverified=(enough and mean >= _WELL_READ) or whole,
        )
        return
    if enough and mean < cfg.params.get("min_confidence", 45):
        # The page's best-read tenth read well: what OCR read unsure may be a hand filling in a printed form
        # or a passport's foreign captions, which a person reads, not a blurred copy.
        best = sorted(w.conf for w in ocr)[int(len(ocr) * _BEST_READ)]
        yield finding(
            cfg,
            "low-confidence",
            f.path,
            p.number,
            evidence={"found": round(mean), "words": len(ocr)},
            confidence=round(mean),
            # Few words read unsure say little: a small passport copied on its page at 150 dpi (twelfth) was
            # read as 15 words at 29, every plant of a blurred copy as 17 words or more and at 72 dpi. Nor does a
            # page whose zone read with every check digit holding: a passport photographed on a table, the table's
            # grain read as words at 0 to 40 (twenty-sixth).
            unverified=best >= _WELL_READ or len(ocr) < cfg.params.get("min_words_for_evidence", 30) or whole,
        )
    # Words read, not OCR's guesses at a scan's dark border or a photo's edge; and a zone's line shorter than any
    # zone's, a hair from the page's side: a passport laid over the glass's edge, its zone cut (thirty-sixth
    # ind-gen-legible-03, read: "<<ODETTE<BERNADETTE<<<…" from 1 mm in). Not a zone read whole, its check digits
    # holding, that OCR split into words (a passport photographed filling the frame).
    # Where a zone's line is cut so, the words at the page's side are cut too, read surely or not: cut mid-word, a
    # passport's captions read unsure ("ed)", "af", "ort" at 35 to 58 beside "11077M2806206<<<…6" at 33, its zone's
    # OCR-B read unsure as often: fortyfourth ind-gen-legible-03, read after its blind run, no finding).
    zone_cut = not whole and any(map(_zone_cut_at_side, ocr))
    edge = [
        w
        for w in ocr
        if (w.conf >= EDGE_CONF or zone_cut)
        and any(c.isalnum() for c in w.text)
        and (
            _at_side(w.box)
            or (not whole and _zone_cut_at_side(w))
            or (w.conf >= EDGE_CONF and _cut_mid_word(p, w))
        )
    ]
    # A zone's line itself running off the page's side is a document cut: every zone's line is printed whole,
    # inside the document's edges (fortysixth ind-gen-legible-03, read after its blind run: a passport laid half
    # over the glass's left edge, its zone's second line read from the page's first pixel as
    # "1B062066413488266<<<<62", its first line's fillers as "ILE LEE ELLE" at 0: two words, one line).
    zone_off = not whole and any(_zone_cut_short(w.text) and _at_side(w.box) for w in ocr)
    if len(edge) >= cfg.params.get("edge_words", 3) or (zone_off and edge):
        yield finding(
            cfg,
            "cut-off",
            f.path,
            p.number,
            evidence={"found": [w.text for w in edge[:8]], "boxes": boxes(w.box for w in edge)},
            words=len(edge),
            # Text run off the page is cut on line after line. Words of one line at its head or foot are as often
            # a copier's imprint ("RICOH IM C3000 · 06/11/2026 17:07 · p. 1", twelfth) as a last line cut short.
            unverified=_lines(edge) < 2 and not zone_off,
        )


# How far from the page's side (a share of its width) a zone's line cut short there may begin or end.
_ZONE_EDGE = 0.01
# The fillers that mark a line of a machine-readable zone (its shortest, `_ZONE_LINE`, an identity card's).
_ZONE_FILLERS = 5
# Or a run of fillers in a word this long of a zone's characters only: a second line's numbers and check digits
# around the personal number's fillers ("1B062066413488266<<<<62"), which no word of print spells.
_ZONE_FRAGMENT, _FILLER_RUN = 15, "<<<"
# How near the page's side (a share of its width) a word touches it: a hair.
_SIDE = 0.003
# How near the page's left side a line begun mid-word starts: a letter's lines read from 1.5 % of the width in,
# "imus, mycofenolaat", "ur van de behandeling", "ikbaar, dan wel" (fortysecond ind-med-legible-02, read: a letter
# laid over the glass's edge). Print keeps a margin of a centimetre or more; a line of a letter starts a word.
_CUT_SIDE = 0.02


def _zone_cut_short(text: str) -> bool:
    fragment = len(text) >= _ZONE_FRAGMENT and _FILLER_RUN in text and not _NOT_ZONE.search(text)
    return (text.count("<") >= _ZONE_FILLERS or fragment) and len(text) < _ZONE_LINE


_NOT_ZONE = re.compile(r"[^A-Z0-9<]")


def _at_side(b: Box) -> bool:
    return b.x0 < _SIDE or b.x1 > 1 - _SIDE or b.y0 < _SIDE or b.y1 > 1 - _SIDE


def _cut_mid_word(p: Page, w: Word) -> bool:
    """The word starts its line at the page's left side in lower case, the line going on after it: the line's first
    letters are off the page. Not a word standing on end: a landscape certificate scanned sideways has its footer's
    line along the page's left side ("… Model van toepassing vanaf 1 maart 2024", fortyfirst be9ter-clean-11), its
    words one above the other. Nor a letterhead's name printed up the page's side, each of its letters read as a word
    alone on its line ("oc", "m]", "et", "ui": fortyeighth ind-med-clean-08, read after its blind run)."""
    width, height = (p.width_mm or 1.0), (p.height_mm or 1.0)
    lying = (w.box.x1 - w.box.x0) * width > (w.box.y1 - w.box.y0) * height
    return w.box.x0 < _CUT_SIDE and w.text[:1].islower() and lying and _line_goes_on(p, w)


# How far after a word (a share of the page's width) the next word of its line begins: a space or two.
_WORD_GAP = 0.05


def _line_goes_on(p: Page, w: Word) -> bool:
    middle = (w.box.y0 + w.box.y1) / 2
    return any(
        o.box.y0 <= middle <= o.box.y1 and 0 <= o.box.x0 - w.box.x1 <= _WORD_GAP
        for o in p.words
        if o is not w
    )


def _zone_cut_at_side(w: Word) -> bool:
    """The word is a zone's line cut short, a hair from the page's side."""
    return _zone_cut_short(w.text) and (w.box.x0 < _ZONE_EDGE or w.box.x1 > 1 - _ZONE_EDGE)


def _lines(found: list[Word]) -> int:
    """How many lines the words stand on: words whose heights overlap share one."""
    count, bottom = 0, -1.0
    for w in sorted(found, key=lambda w: w.box.y0):
        if w.box.y0 >= bottom:
            count += 1
        bottom = max(bottom, w.box.y1) if w.box.y0 < bottom else w.box.y1
    return count


@rule(
    "IND-ORIGINALS",
    keys=("keep-originals", "keep-originals-kept"),
    params={"show_at_mission": {"type": "boolean"}},
)
def originals(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    # Each form's own page says where the originals are shown; one applied for inside the Netherlands names no
    # Dutch mission (seed 002, form 7027).
    yield finding(cfg, "keep-originals" if cfg.params.get("show_at_mission", True) else "keep-originals-kept")
