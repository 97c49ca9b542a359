"""A copied card's edges are no writing in the margins: a passport's data page copied alone, its thick border at the
top of the page and its thin sides down the margins, askew by a degree, made a page without the V-number "check by
hand" instead of "missing" (fourteenth ind-hnt-vnum-02, read). A number written in a margin by hand stays a mark."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from tests.memory import dossier, keys, page, run, words
from validator.ingest.raster import measure
from validator.inkmap import MARGINS, dark_band, unread_marks, without_lines
from validator.model import Box, Word

# About 100 dpi on A4, as the measure sees a page.
WIDTH, HEIGHT = 850, 1202
PAPER, INK = 240, 30
# Askew on the glass, as the copy of fourteenth was: its thick edge stayed in one row of cells.
DEGREES = 0.2
V_NUMBER = "7412516424"


def _turn(x: float, y: float) -> tuple[float, float]:
    cx, cy = WIDTH / 2, HEIGHT / 2
    cos, sin = math.cos(math.radians(DEGREES)), math.sin(math.radians(DEGREES))
    return cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos


def _copy(*, written: bool = False, bar_mm: float = 0) -> Image.Image:
    """A passport's data page copied at the top of an A4 sheet: a border 3 mm thick along its top edge, thin
    sides; `written`: a number written by hand in the top margin; `bar_mm`: a dark title bar that high across
    the head of the page instead."""
    image = Image.new("L", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    left, right, top, bottom = 105, 745, 175, 520
    draw.polygon(
        [_turn(left, top), _turn(right, top), _turn(right, top + 12), _turn(left, top + 12)], fill=INK
    )
    for x in (left, right):
        draw.line([_turn(x, top), _turn(x, bottom)], fill=INK, width=2)
    draw.line([_turn(left, bottom), _turn(right, bottom)], fill=INK, width=2)
    if written:
        # Ten digits in a pen's loops and strokes, some 5 cm along the head of the page.
        for i in range(10):
            x0 = 520 + i * 20
            draw.arc([x0, 60, x0 + 14, 78], 30 + 40 * i, 330 + 10 * i, fill=INK, width=2)
            draw.line([(x0 + 12, 62), (x0 + 3 + i % 3, 80)], fill=INK, width=2)
    if bar_mm:
        draw.rectangle([40, 40, WIDTH - 40, 40 + bar_mm * WIDTH / 210], fill=INK)
    return image


def _page(image: Image.Image):
    m = measure(image)
    # What OCR read of the data page, inside the card.
    data_page = (
        "ISLAMIC REPUBLIC OF AFGHANISTAN\nType P Code AFG Passport No P04055229\nSurname HAIDARI\n"
        "Given names NAVEED\nNationality AFGHAN\nDate of birth 02 MAY 1991 Place of birth KABUL\n"
        "P<AFGHAIDARI<<NAVEED<<<<<<<<<<<<<<<<<<<<<<<<"
    )
    copied = page("", source="ocr", ink=0.05, word_list=words(data_page, conf=88, top=0.17, left=0.2))
    copied.ink_map, copied.unruled_map = m.ink_map, m.unruled_map
    return copied


def test_a_copied_cards_edges_are_no_marks_in_the_margins() -> None:
    assert unread_marks(_page(_copy()), list(MARGINS)) == set()


def test_a_thin_side_at_a_slant_is_a_line() -> None:
    """The left side of fourteenth's copied passport in the ink map, down the column (read off the page): density
    2 for eleven cells, 3 for sixteen as it drifts over the cells' edge, 2 where it meets the bottom edge."""
    column = "2" * 11 + "3" * 16 + "2"
    side = page("", source="ocr", ink=0.05)
    side.ink_map = ["0" * 6 + d + "0" * 43 for d in column]
    cells = {(r, 6) for r in range(len(column))}
    assert without_lines(side, cells) == set()
    # The same densities in a hand's order, changing at nearly every cell, are no line.
    side.ink_map = ["0" * 6 + d + "0" * 43 for d in "23" * 14]
    assert without_lines(side, cells) == cells


def test_a_number_written_in_the_margin_is_a_mark() -> None:
    assert unread_marks(_page(_copy(written=True)), list(MARGINS))


def test_a_cards_thick_edge_is_no_dark_band_a_title_bar_is() -> None:
    """A written number is taller than the edge, so it would show; a title bar 8 mm high may hide one."""
    assert not dark_band(_page(_copy()), MARGINS[0])
    assert dark_band(_page(_copy(bar_mm=8)), MARGINS[0])


def _vnumber(image: Image.Image):
    return _vnumber_page(_page(image))


def _vnumber_page(copied):
    d = dossier(
        {"paspoort.pdf": [copied]},
        procedure="ind-generic",
        applicant={"v_number": V_NUMBER},
    )
    return run(d, "IND-COPY-VNUMBER")


def test_a_copied_passport_without_the_number_lacks_it() -> None:
    found = _vnumber(_copy())
    assert keys(found) == [("missing", "paspoort.pdf", 1)]
    assert found[0].severity == "deficiency" and not found[0].unverified


def test_a_copied_passport_with_a_number_written_on_it_is_for_a_person_to_read() -> None:
    found = _vnumber(_copy(written=True))
    assert keys(found) == [("unread", None, None)]
    assert found[0].unverified


def test_a_thin_frame_lying_across_two_rows_of_cells_is_a_line() -> None:
    """The top of nineteenth's copied data page (ind-hnt-vnum-01, read) in the ink map along its row: a thin line
    falling on the cells' edge, 1 and 2 by turns over thirty cells."""
    row = "1222211111111111122222111111111"
    edge = page("", source="ocr", ink=0.05)
    edge.ink_map = ["0" * 10 + row + "0" * (40 - len(row))]
    cells = {(0, 10 + c) for c in range(len(row))}
    assert without_lines(edge, cells, level=True) == set()
    # A hand's ink over as many cells rises and falls by more than one.
    edge.ink_map = ["0" * 10 + ("1425" * 8)[: len(row)] + "0" * (40 - len(row))]
    assert without_lines(edge, cells, level=True) == cells
    # Where print OCR passed over is looked for, an even run is no line: a line of print read sideways is as even.
    edge.ink_map = ["0" * 10 + row + "0" * (40 - len(row))]
    assert without_lines(edge, cells) == cells


def test_a_thick_frame_off_level_fading_out_of_its_row_is_a_line() -> None:
    """The top and the right side of twentyfourth's copied Angolan passport (ind-gen-vnum-03, read) in the ink map,
    as read off the page: its dark frame 2° off level, solid at one end and fading to 1 at the other as it leaves
    the row, its corners darker where it meets the sides."""
    for row in ("1989889888877777666666555444443333222221111", "1111222223333444466"):
        edge = page("", source="ocr", ink=0.05)
        edge.ink_map = ["0" * 3 + row + "0" * (47 - len(row))]
        cells = {(0, 3 + c) for c in range(len(row))}
        assert without_lines(edge, cells, level=True) == set(), row
    # A hand's ink rising and falling as it goes is writing, and so is one fading over fewer cells than a frame.
    for row in ("1234321234321234321", "87654321"):
        edge.ink_map = ["0" * 3 + row + "0" * (47 - len(row))]
        cells = {(0, 3 + c) for c in range(len(row))}
        assert without_lines(edge, cells, level=True) == cells, row


def test_a_passports_zone_read_unsure_along_the_margin_is_no_number() -> None:
    """twentyfourth ind-gen-vnum-03: a passport laid sideways on the copy, its zone's second line along the right
    margin read at 29 (as OCR read it there): no number written on the copy, so the V-number is missing."""
    from PIL import ImageFont

    zone = "N4726767<2AGO8310073F3001271<<<<<<<<<<<<<<<8"
    line = Image.new("L", (470, 22), PAPER)
    ImageDraw.Draw(line).text((0, 2), zone, fill=INK, font=ImageFont.truetype("DejaVuSansMono.ttf", 17))
    image = _copy()
    image.paste(line.rotate(90, expand=True), (752, 235))
    copied = _page(image)
    copied.words.append(Word(zone, 29, Box(752 / WIDTH, 235 / HEIGHT, 774 / WIDTH, 705 / HEIGHT)))
    found = _vnumber_page(copied)
    assert keys(found) == [("missing", "paspoort.pdf", 1)]


def _punched_and_stapled(image: Image.Image) -> Image.Image:
    """Two punched holes down the left margin, 6 mm across, and a staple's stroke, 12 mm, at the top left."""
    draw = ImageDraw.Draw(image)
    mm = WIDTH / 210
    for y in (0.35, 0.65):
        draw.ellipse([8 * mm, y * HEIGHT - 3 * mm, 14 * mm, y * HEIGHT + 3 * mm], fill=INK)
    draw.line([(10 * mm, 14 * mm), (21 * mm, 9 * mm)], fill=90, width=3)
    return image


def test_punched_holes_and_a_staple_are_no_number_written_on_the_copy() -> None:
    found = _vnumber(_punched_and_stapled(_copy()))
    assert keys(found) == [("missing", "paspoort.pdf", 1)]
    assert found[0].severity == "deficiency" and not found[0].unverified
    # A number written beside them is still for a person to read.
    assert keys(_vnumber(_punched_and_stapled(_copy(written=True)))) == [("unread", None, None)]


def _booklet(*, written: bool = False) -> Image.Image:
    """A passport booklet copied open with the lid up: its dark cover 5 mm wide all around the two pages, from
    20 mm under the sheet's top edge to past its middle (nineteenth ind-med-vnum-03, read); `written`: a number
    written by hand above it."""
    image = Image.new("L", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    mm = WIDTH / 210
    draw.rectangle([30 * mm, 20 * mm, 180 * mm, 200 * mm], fill=70)
    draw.rectangle([35 * mm, 25 * mm, 175 * mm, 195 * mm], fill=PAPER)
    # The pages' own inner frame, a little off level.
    draw.line([(38 * mm, 28 * mm), (172 * mm, 29.5 * mm)], fill=120, width=2)
    if written:
        for i in range(10):
            x0 = 520 + i * 20
            draw.arc([x0, 60, x0 + 14, 78], 30 + 40 * i, 330 + 10 * i, fill=INK, width=2)
            draw.line([(x0 + 12, 62), (x0 + 3 + i % 3, 80)], fill=INK, width=2)
    return image


def test_a_copied_booklets_dark_cover_is_no_bar_and_no_writing() -> None:
    assert not dark_band(_page(_booklet()), MARGINS[0])
    found = _vnumber(_booklet())
    assert keys(found) == [("missing", "paspoort.pdf", 1)]
    assert found[0].severity == "deficiency" and not found[0].unverified
    assert keys(_vnumber(_booklet(written=True))) == [("unread", None, None)]


def test_a_sheet_photographed_on_a_dark_desk_is_no_copied_booklet() -> None:
    """The desk around the sheet is dark along the top and down both sides, as a booklet's cover is, but the number
    written on the sheet inside it is on the copy (nineteenth ind-hnt-clean-08, read)."""
    image = Image.new("L", (WIDTH, HEIGHT), 35)
    ImageDraw.Draw(image).rectangle([50, 40, WIDTH - 50, HEIGHT - 40], fill=PAPER)
    written = _copy(written=True).crop((60, 50, WIDTH - 60, HEIGHT - 50))
    image.paste(written, (60, 50))
    assert keys(_vnumber(image)) == [("unread", None, None)]
