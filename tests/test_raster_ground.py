"""A slip photographed on a dark desk is read (twenty-seventh, read: post-office receipts of the registered letter,
photographed as a small slip on a dark desk, measured as "nothing to read" because the desk, nine tenths of the
image, was taken for the paper; the receipt was never read and 15 dossiers got "check by hand" on it)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from validator.ingest.raster import measure
from validator.pages import NOTHING_TO_READ
from validator.pipeline import CheckOptions, load_dossier

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
# An A4 photo at 150 dpi; the slip a till receipt some 8 cm wide in its upper left.
WIDTH, HEIGHT = 1240, 1754
SLIP = (80, 60, 440, 520)
LINES = ("bpost", "1000 Bruxelles", "AANGETEKEND / RECOMMANDE", "Bestemmeling:", "Dienst Vreemdelingenzaken")


def _photo(ground: int) -> Image.Image:
    image = Image.new("L", (WIDTH, HEIGHT), ground)
    draw = ImageDraw.Draw(image)
    draw.rectangle(SLIP, fill=232)
    font = ImageFont.truetype(FONT, 22)
    for i, line in enumerate(LINES):
        draw.text((SLIP[0] + 20, SLIP[1] + 30 + 40 * i), line, fill=40, font=font)
    return image


def test_the_dark_desk_around_a_slip_is_neither_paper_nor_ink() -> None:
    m = measure(_photo(ground=20))
    assert m.faint_ink >= NOTHING_TO_READ * 4
    # The ink map's cells off the slip (its right half and its lower half) hold no ink.
    rows = len(m.ink_map)
    assert all(set(row[len(row) // 2 :]) == {"0"} for row in m.ink_map)
    assert all(set(row) == {"0"} for row in m.ink_map[rows // 2 :])


def test_a_page_dark_all_over_is_left_as_it_is() -> None:
    m = measure(Image.new("L", (WIDTH, HEIGHT), 30))
    assert m.faint_ink < NOTHING_TO_READ


def test_a_slip_on_a_dark_desk_is_read(tmp_path: Path) -> None:
    _photo(ground=20).convert("RGB").save(tmp_path / "bewijs_afgifte.jpg", quality=80, dpi=(150, 150))
    dossier = load_dossier(tmp_path / "bewijs_afgifte.jpg", CheckOptions(cache=False))
    [page] = dossier.pages
    assert page.text_source == "ocr"
    assert "AANGETEKEND" in page.text and "Vreemdelingenzaken" in page.text
