"""A form's rules are no marks: the borders of a table of fields, broken into short runs of cells by the print
they pass or crossed by other rules, were taken for ink OCR passed over under an empty field, so the field was
"perhaps filled in by hand" (tenth be9ter-medcert-fields-2 and be9ter-medcert-doctor-2, twelfth
be9ter-medcert-fields-2 and be9ter-medcert-doctor-2, read: an empty treatment section and an empty RIZIV field of a
certificate printed as a table, each only "check by hand")."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFont

from tests.memory import page
from validator.ingest.raster import INK_MAP_COLUMNS, measure
from validator.inkmap import unread_marks
from validator.model import Box

# About 100 dpi on A4, as the measure sees a page.
WIDTH, HEIGHT = 850, 1202
PAPER, INK = 240, 40


def _cell(x: float, y: float) -> tuple[int, int]:
    """The ink map's cell at a point of the sheet, in pixels."""
    x, y = _turn(x, y)
    rows = round(INK_MAP_COLUMNS * HEIGHT / WIDTH)
    return int(y / HEIGHT * rows), int(x / WIDTH * INK_MAP_COLUMNS)


# The sheet lay askew on the glass.
DEGREES = 1.0
# The table's rows, in pixels: some 2 cm.
ROW = 80


def _turn(x: float, y: float) -> tuple[float, float]:
    """A point of the sheet where it lies on the page, turned about the page's centre."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    cos, sin = math.cos(math.radians(DEGREES)), math.sin(math.radians(DEGREES))
    return cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos


def _form() -> Image.Image:
    """A certificate's table: a column of numbers, a column of headings with their answers, rules between the
    rows and down the columns, the answer to row 7 left empty, and a doctor's signature under the table."""
    image = Image.new("L", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=15)
    left, middle, right, top, row = 70, 125, 780, 300, ROW
    for i in range(6):
        draw.line([_turn(left, top + i * row), _turn(right, top + i * row)], fill=INK, width=1)
    for x in (left, middle, right):
        draw.line([_turn(x, top), _turn(x, top + 5 * row)], fill=INK, width=1)
    texts = [
        (
            "5",
            "Diagnostic (mentionner le code CIM-10 si possible)",
            "Trouble de stress post-traumatique (F43.1)",
        ),
        ("6", "Degre de gravite de l'affection", "grave, risque suicidaire persistant"),
        ("7", "Traitement juge necessaire", ""),
        ("8", "Consequences en cas d'arret du traitement", "Rechute, decompensation"),
        ("9", "Evolution et pronostic", "Reserve; amelioration lente"),
    ]
    for i, (number, heading, answer) in enumerate(texts):
        y = top + i * row + 8
        draw.text(_turn(left + 20, y), number, fill=INK, font=font)
        draw.text(_turn(middle + 10, y), heading, fill=INK, font=font)
        draw.text(_turn(middle + 10, y + 22), answer, fill=INK, font=font)
    # A signature: loops and a slant, no straight run.
    points = [_turn(420 + t * 3, 720 + 25 * math.sin(t / 4) + t * 0.4) for t in range(60)]
    draw.line(points, fill=INK, width=2)
    return image


def test_a_tables_rules_are_left_out_of_the_unruled_map() -> None:
    m = measure(_form())
    rows_y = [300 + i * ROW for i in range(6)]
    # Where a rule runs between two rows of the table, clear of print: ink in the map, none once the rules are out.
    on_rule = [_cell(500, y) for y in rows_y[1:5]] + [
        _cell(125, 300 + ROW * 2 + 40),
        _cell(780, 300 + ROW * 3 + 40),
    ]
    for r, c in on_rule:
        assert m.ink_map[r][c] != "0", (r, c)
        assert m.unruled_map[r][c] == "0", (r, c)


def test_print_and_a_signature_keep_their_ink() -> None:
    m = measure(_form())
    r, c = _cell(200, 300 + 8 + 7)
    assert m.unruled_map[r][c] != "0"
    signature = {_cell(420 + t * 3, 720 + 25 * math.sin(t / 4) + t * 0.4) for t in range(0, 60, 5)}
    assert all(m.unruled_map[r][c] != "0" for r, c in signature)


def test_an_empty_field_of_a_ruled_table_shows_no_mark() -> None:
    """Under row 7's heading, down to the rule under its empty answer, the rules only: no mark once they are
    out."""
    m = measure(_form())
    ruled = page("", ink=0.05)
    ruled.ink_map = m.ink_map
    (r0, c0), (r1, c1) = _cell(60, 300 + 2 * ROW + 45), _cell(800, 300 + 3 * ROW - 10)
    rows = len(m.ink_map)
    answer = Box(c0 / INK_MAP_COLUMNS, r0 / rows, c1 / INK_MAP_COLUMNS, r1 / rows)
    # Without its unruled map, as pages were measured before: the rules, broken by the print, are marks.
    assert unread_marks(ruled, [answer], unruled=True)
    ruled.unruled_map = m.unruled_map
    assert unread_marks(ruled, [answer], unruled=True) == set()
    # A number written in a margin is looked for on the whole ink.
    assert unread_marks(ruled, [answer])


def test_what_is_left_of_a_rule_is_no_mark() -> None:
    """A rule thickened over a short stretch (a bold dash, a junction) keeps that stretch in the unruled map: a
    piece too short to be a line there, yet part of a straight line on the whole ink (twelfth
    be9ter-medcert-doctor-3, read: a blank patient field became "perhaps filled in")."""
    image = Image.new("L", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.line([(80, 600), (780, 600)], fill=INK, width=1)
    draw.rectangle([400, 598, 430, 602], fill=INK)
    m = measure(image)
    ruled = page("", ink=0.05)
    ruled.ink_map, ruled.unruled_map = m.ink_map, m.unruled_map
    r, c = _cell(415, 600)
    assert m.unruled_map[r][c] != "0"
    assert unread_marks(ruled, [Box(0, 0, 1, 1)]) == set()
    assert unread_marks(ruled, [Box(0, 0, 1, 1)], unruled=True) == set()
