"""A V-number stamped in a box set against the page's edge is read (twenty-seventh ind-med-clean-10, read: a passport
copy's V-number stamped in a box in its lower right corner, the box's side on the page's last column of cells, was
taken for the scanner's border and never read: "check by hand")."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from validator.pipeline import CheckOptions, load_dossier

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# A4 at 150 dpi.
WIDTH, HEIGHT = 1240, 1754
NUMBER = "7868107780"
PALE = 160


def test_a_stamp_against_the_pages_edge_is_read(tmp_path: Path) -> None:
    image = Image.new("L", (WIDTH, HEIGHT), 246)
    draw = ImageDraw.Draw(image)
    body = ImageFont.truetype(FONT, 22)
    for i in range(10):
        draw.text((160, 300 + 40 * i), "Kopie paspoort van de aanvrager, alle bladzijden", fill=30, font=body)
    # The stamp's box, its right side on the sheet's edge, printed pale: OCR of the whole page passes it over.
    box = (WIDTH - 240, HEIGHT - 170, WIDTH - 1, HEIGHT - 90)
    draw.rectangle(box, outline=PALE, width=3)
    stamp = ImageFont.truetype(FONT, 20)
    draw.text((box[0] + 90, box[1] + 12), "V-NR", fill=PALE, font=stamp)
    draw.text((box[0] + 50, box[1] + 42), NUMBER, fill=PALE, font=stamp)
    image.save(tmp_path / "pas.png", dpi=(150, 150))
    [page] = load_dossier(tmp_path / "pas.png", CheckOptions(cache=False)).pages
    assert NUMBER in page.text.replace(" ", "")
