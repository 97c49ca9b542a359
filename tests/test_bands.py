"""A form's headings reversed out of a dark bar: found, and read alone where OCR of the whole page passed over one.

Nineteenth's intake form read its sections A, B, D and E, but not "C. ÉLECTION DE DOMICILE" on its black bar, so
the chosen domicile under it was "check by hand". Here the page is drawn by the test and the expected heading is
what it printed; the page's first reading is real Tesseract's of the page with that bar left white, as the whole
page's OCR had it.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from validator._exec import tesseract
from validator.cache import Cache
from validator.ingest.bands import find_bands
from validator.model import Page
from validator.pages import ReadOptions, _read_bands

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200
MM = DPI / 25.4
HEADING = "C. ELECTION DE DOMICILE"
# Where the test draws the heading's bar (mm from the top).
BAR_TOP, BAR_BOTTOM = 60.0, 67.0


def _page(bar_fill: int = 20, heading: bool = True) -> Image.Image:
    page = Image.new("L", (round(210 * MM), round(297 * MM)), 245)
    draw = ImageDraw.Draw(page)
    body = ImageFont.truetype(SANS, round(3.2 * MM))
    draw.text((20 * MM, 40 * MM), "Code postal et commune 5000 NAMUR", fill=20, font=body)
    draw.rectangle([20 * MM, BAR_TOP * MM, 190 * MM, BAR_BOTTOM * MM], fill=bar_fill)
    if heading:
        draw.text((22 * MM, (BAR_TOP + 1.4) * MM), HEADING, fill=250, font=body)
    draw.text(
        (20 * MM, 80 * MM), "l'asbl Solidarite Sante, Rue Saint-Leonard 45, 4000 Liege", fill=20, font=body
    )
    return page


def test_a_dark_bar_with_a_heading_is_found_where_it_was_drawn() -> None:
    (band,) = find_bands(_page(), 297.0)
    assert abs(band.y0 - BAR_TOP / 297) < 0.005 and abs(band.y1 - BAR_BOTTOM / 297) < 0.005
    assert abs(band.x0 - 20 / 210) < 0.005 and abs(band.x1 - 190 / 210) < 0.005


def test_a_redaction_bar_a_copiers_black_edge_and_a_light_band_are_no_heading() -> None:
    # Blacked out with nothing in it (the office's deposit list with the other clients blacked out).
    assert find_bands(_page(heading=False), 297.0) == []
    # A light-blue section band: its heading is dark on light, which OCR of the page reads.
    assert find_bands(_page(bar_fill=215), 297.0) == []
    # The lid left open: black from the sheet's top edge down.
    page = _page(heading=False)
    ImageDraw.Draw(page).rectangle([0, 0, page.width, 8 * MM], fill=10)
    assert find_bands(page, 297.0) == []


def test_a_heading_ocr_passed_over_is_read_and_put_where_it_stands(tmp_path: Path) -> None:
    image = _page()
    passed_over = image.copy()
    ImageDraw.Draw(passed_over).rectangle([0, BAR_TOP * MM - 2, image.width, BAR_BOTTOM * MM + 2], fill=245)
    first = tesseract.ocr(passed_over, DPI, 60)
    page = Page("form.png", 1, 210.0, 297.0, "image", DPI, 0.05, 0.0, None, first.text, first.words, "ocr")
    assert "DOMICILE" not in page.text
    _read_bands(page, image, DPI, "test", ReadOptions(), Cache(tmp_path))
    lines = [line for line in page.text.splitlines() if line.strip()]
    at = next(n for n, line in enumerate(lines) if "DOMICILE" in line)
    assert lines[at] == HEADING
    assert "NAMUR" in lines[at - 1] and "Liege" in lines[at + 1]
    assert [w.text for w in page.words] == page.text.split()


def test_a_heading_the_page_read_is_not_read_again(tmp_path: Path) -> None:
    image = _page()
    first = tesseract.ocr(image, DPI, 60)
    page = Page("form.png", 1, 210.0, 297.0, "image", DPI, 0.05, 0.0, None, first.text, first.words, "ocr")
    before = page.text
    runs = tesseract.RUNS.value
    _read_bands(page, image, DPI, "test", ReadOptions(), Cache(tmp_path))
    assert page.text == before and tesseract.RUNS.value == runs
