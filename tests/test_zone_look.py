"""A passport's zone that OCR of the whole page passed over is found by its look and read on its own (twenty-fifth's
booklets photographed open on a dark desk, read: 28 of 61 zones unread, so the passport was "other" and the dossier
"without identity document")."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from tests.memory import passport_zone
from validator.cache import Cache
from validator.extract import mrz
from validator.ingest.zones import zone_bands
from validator.model import Box, Page, Word
from validator.pages import ReadOptions, _read_zones

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# An A4 page at 200 dpi, as pages are read.
WIDTH, HEIGHT = 1654, 2339
ZONE = passport_zone("DORSAINVIL", "NADEGE", nationality="HTI", birth="840924", number="PA0026628")
PRINTED = [
    ("REPUBLIQUE D'HAITI - REPUBLIC OF HAITI", 300, 880),
    ("DORSAINVIL", 620, 1000),
    ("NADEGE", 620, 1060),
]


def _photo(tilt: float) -> tuple[Image.Image, list[Word]]:
    """The booklet's data page on a dark desk, turned `tilt` degrees; the words OCR read of it, not its zone."""
    sheet = Image.new("L", (1200, 700), 232)
    draw = ImageDraw.Draw(sheet)
    sans, mono = ImageFont.truetype(SANS, 26), ImageFont.truetype(MONO, 34)
    for text, x, y in PRINTED:
        draw.text((x - 220, y - 820), text, fill=30, font=sans)
    for i, line in enumerate(ZONE.splitlines()):
        draw.text((40, 520 + 46 * i), line, fill=20, font=mono)
    desk = Image.new("L", (WIDTH, HEIGHT), 55)
    desk.paste(sheet.rotate(tilt, expand=True, fillcolor=55, resample=Image.Resampling.BICUBIC), (220, 800))
    words = [
        Word(
            word,
            92,
            Box((x + 14 * i) / WIDTH, y / HEIGHT, (x + 14 * i + 12 * len(word)) / WIDTH, (y + 28) / HEIGHT),
        )
        for text, x, y in PRINTED
        for i, word in enumerate(text.split())
    ]
    return desk, words


def test_a_zone_no_word_was_read_in_is_found_by_its_look() -> None:
    image, words = _photo(2.5)
    (band,) = zone_bands(image, words)
    # The zone's lines stand some 1340 to 1440 pixels down the page, from 290 to 1080 across.
    assert 1280 / HEIGHT < band.y0 < band.y1 < 1460 / HEIGHT
    assert band.x0 < 0.2 and band.x1 > 0.6


def test_print_ocr_read_is_no_zone_it_missed() -> None:
    image, words = _photo(2.5)
    (band,) = zone_bands(image, words)
    lines = [
        Word(w, 95, Box(band.x0 + 0.1 * i, band.y0, band.x0 + 0.1 * i + 0.08, band.y1))
        for i, w in enumerate(["P<HTI", "DORSAINVIL", "NADEGE", "P0026628"])
    ]
    assert zone_bands(image, words + lines) == []


def test_the_zone_found_by_its_look_is_read_with_every_check_digit() -> None:
    image, words = _photo(2.5)
    text = "\n".join(t for t, _, _ in PRINTED)
    page = Page("paspoort.jpg", 1, 210, 297, "image-dpi", 200, 0.2, 0.3, 200, text, words, "ocr")
    _read_zones(page, image.convert("RGB"), ReadOptions(), Cache(enabled=False))
    (zone,) = mrz.find_mrz(page.text)
    assert zone.valid and zone.document_number == "PA0026628"
