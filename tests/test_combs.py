"""A form's comb fields, one character to a box: found by their walls, and read with the walls painted over.

Read with the rest of the page, a comb's walls come out as letters: a national number typed into one read as
"9|3|1ıJoe|jı|jejJe|3|9|3|8", a name as "MIA Tt IS [UIR TA [D [ZIE" (nineteenth's forms). The page here is drawn
by the test; every expected value is what it wrote into the boxes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from validator.ingest.combs import find_combs
from validator.ingest.raster import straight_runs
from validator.pipeline import CheckOptions, load_dossier

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200
# Caption, what is typed into the comb (a space is a box left empty), and how many boxes it has.
FIELDS = [
    ("Naam", "MUKENDI", 20),
    ("Voornaam", "JEAN", 20),
    ("Geboortedatum (dd mm jjjj)", "14 07 1982", 10),
    ("Nationaliteit", "", 20),
    ("Rijksregisternummer", "82071412345", 11),
    ("Straat en nummer", "SLEEPSTRAAT 63", 24),
    ("Postcode en gemeente", "9000 GENT", 20),
]
BOX_MM, TOP_MM, STEP_MM, LEFT_MM = 6.0, 40.0, 16.0, 20.0


def _form(turn: float = 0.0) -> Image.Image:
    """A page of a form scanned grey: a black bar with a heading in white capitals (strokes down and lines
    across, but no comb), the fields' captions and combs, and three boxes to tick (too few for a comb)."""
    mm = DPI / 25.4
    page = Image.new("L", (round(210 * mm), round(297 * mm)), 240)
    draw = ImageDraw.Draw(page)
    caption = ImageFont.truetype(SANS, round(2.6 * mm))
    typed = ImageFont.truetype(SANS, round(3.6 * mm))
    draw.rectangle([LEFT_MM * mm, 25 * mm, 190 * mm, 32 * mm], fill=20)
    draw.text(
        ((LEFT_MM + 2) * mm, 26.2 * mm),
        "A. AANVRAGER",
        fill=250,
        font=ImageFont.truetype(SANS, round(4 * mm)),
    )
    wall = max(1, round(0.25 * mm))
    for n, (label, value, boxes) in enumerate(FIELDS):
        top = (TOP_MM + n * STEP_MM) * mm
        draw.text((LEFT_MM * mm, top), label, fill=60, font=caption)
        y0, y1 = top + 4 * mm, top + (4 + BOX_MM) * mm
        for b in range(boxes):
            x0 = (LEFT_MM + b * BOX_MM) * mm
            draw.rectangle([x0, y0, x0 + BOX_MM * mm, y1], outline=30, width=wall)
            if b < len(value) and value[b] != " ":
                draw.text((x0 + 1.4 * mm, y0 + 1.0 * mm), value[b], fill=15, font=typed)
    ticks = (TOP_MM + len(FIELDS) * STEP_MM) * mm
    for b, word in enumerate(("ja", "nee", "weet niet")):
        x0 = (LEFT_MM + b * 30) * mm
        draw.rectangle([x0, ticks, x0 + 4 * mm, ticks + 4 * mm], outline=30, width=wall)
        draw.text((x0 + 6 * mm, ticks), word, fill=30, font=caption)
    if turn:
        page = page.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=240)
    return page


@pytest.mark.parametrize("axis", [0, 1])
def test_straight_runs_are_scipys_opening_by_a_line(axis: int) -> None:
    """A comb's walls (runs down a column) and a box's strokes (runs across and down) are the pixels of straight
    runs at least so long: SciPy's binary opening by a line, computed faster. SciPy is the reference; random masks
    of every density, runs longer than the mask too."""
    import numpy as np
    from scipy import ndimage

    rng = np.random.default_rng(20261203 + axis)
    for _ in range(300):
        height, width, run = int(rng.integers(1, 60)), int(rng.integers(1, 60)), int(rng.integers(1, 14))
        dark = rng.random((height, width)) < rng.random()
        line = (run, 1) if axis == 0 else (1, run)
        expected = ndimage.binary_opening(dark, structure=np.ones(line, dtype=bool))
        assert np.array_equal(straight_runs(dark, run, axis), expected)


@pytest.mark.parametrize("turn", [0.0, 1.0])
def test_each_comb_is_found_with_its_boxes_and_nothing_else_is(turn: float) -> None:
    found = find_combs(_form(turn), 210)
    assert [len(c.boxes) for c in found] == [boxes for _, _, boxes in FIELDS]
    for comb, n in zip(found, range(len(FIELDS))):
        assert abs(comb.box.x0 * 210 - LEFT_MM) <= 2
        assert abs(comb.box.y0 * 297 - (TOP_MM + n * STEP_MM + 4)) <= 3


def _read(folder: Path, page: Image.Image) -> str:
    page.convert("RGB").save(folder / "aanvraag.png", dpi=(DPI, DPI))
    return load_dossier(folder, CheckOptions(jobs=1)).files[0].pages[0].text


@pytest.fixture(scope="module", params=[0, 90], ids=["upright", "sideways"])
def form_text(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The form scanned a degree off level; and scanned sideways, which the page is read turned upright for."""
    page = _form(1.0)
    if request.param:
        page = page.rotate(request.param, expand=True)
    return _read(tmp_path_factory.mktemp("comb-form"), page)


@pytest.mark.parametrize("value", [v for _, v, _ in FIELDS if v])
def test_what_is_typed_into_a_comb_is_read_as_written(form_text: str, value: str) -> None:
    assert value in form_text.splitlines()


def test_a_blank_comb_says_nothing_after_its_caption(form_text: str) -> None:
    lines = [line for line in form_text.splitlines() if line.strip()]
    after = lines[lines.index("Nationaliteit") + 1]
    assert after == "Rijksregisternummer"


def _boxes_apart(value: str) -> Image.Image:
    """A V-number typed into ten boxes each drawn on its own, a millimetre apart, under its caption (the IND's
    forms as thirty-sixth's drew them): each box has two walls of its own."""
    mm = DPI / 25.4
    page = Image.new("L", (round(210 * mm), round(297 * mm)), 245)
    draw = ImageDraw.Draw(page)
    draw.text((LEFT_MM * mm, 30 * mm), "V-nummer", fill=60, font=ImageFont.truetype(SANS, round(2.6 * mm)))
    typed = ImageFont.truetype(SANS, round(3.6 * mm))
    wall = max(1, round(0.25 * mm))
    y0, y1 = 34 * mm, (34 + BOX_MM) * mm
    for b, ch in enumerate(value):
        x0 = (LEFT_MM + b * (BOX_MM + 1.0)) * mm
        draw.rectangle([x0, y0, x0 + BOX_MM * mm, y1], outline=30, width=wall)
        draw.text((x0 + 1.4 * mm, y0 + 1.0 * mm), ch, fill=15, font=typed)
    return page


def test_boxes_drawn_apart_are_one_comb_read_without_their_walls(tmp_path: Path) -> None:
    """Chained as they stood, the two walls between boxes drawn apart made two combs of every other box, and the
    other comb's walls were read as "|" between the digits."""
    found = find_combs(_boxes_apart("7429436864"), 210)
    assert [len(c.boxes) for c in found] == [10]
    assert "7429436864" in _read(tmp_path, _boxes_apart("7429436864")).splitlines()
