"""A fold's shadow across a blank back side is no writing on it (ninth ind-hnt-blank-01 and ind-med-blank-03,
fourth ind-med-blank-02, read: blank backs of letters folded for the post, scanned duplex, measured a contrast
of 45 to 68 with the fold and were taken for faint copies)."""

from __future__ import annotations

import dataclasses

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.memory import dossier, page, run
from validator.ingest.raster import measure

# About 100 dpi on A4, as the measure sees a page.
WIDTH, HEIGHT = 850, 1202
PAPER = 238


def _paper() -> Image.Image:
    return Image.new("L", (WIDTH, HEIGHT), PAPER)


def _fold(image: Image.Image, y: int, tilt: int) -> Image.Image:
    """A soft grey shadow from edge to edge, `tilt` pixels lower at the right than at the left."""
    draw = ImageDraw.Draw(image)
    draw.line([(0, y), (WIDTH, y + tilt)], fill=PAPER - 60, width=5)
    return image.filter(ImageFilter.GaussianBlur(2))


def _faint_print(image: Image.Image) -> Image.Image:
    """Lines of words in a washed-out grey, too light for ink and dark enough to read, with the gaps between
    words print has."""
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=22)
    for row in range(12):
        draw.text(
            (80, 150 + 40 * row),
            "Hierbij verklaar ik dat de aanvrager bij ons werkt",
            fill=PAPER - 70,
            font=font,
        )
    return image


def test_a_folds_shadow_is_left_out_of_the_faint_ink_and_the_contrast() -> None:
    folded = measure(_fold(_paper(), 600, 14))
    # As measured on the whole page, the shadow is faint ink with contrast: no blank page by those.
    assert folded.contrast >= 15
    assert folded.faint_off_lines < 0.001 and folded.contrast_off_lines < 15
    twice = measure(_fold(_fold(_paper(), 400, -10), 800, 12))
    assert twice.faint_off_lines < 0.001 and twice.contrast_off_lines < 15


def test_faint_print_is_no_fold() -> None:
    printed = measure(_faint_print(_fold(_paper(), 900, 8)))
    assert printed.faint_off_lines > 0.005 and printed.contrast_off_lines >= 15


def test_a_blank_back_side_with_its_fold_is_a_blank_page() -> None:
    folded = measure(_fold(_paper(), 600, 14))
    back = dataclasses.replace(
        page("", source="ocr", ink=folded.ink, faint_ink=folded.faint_ink, contrast=folded.contrast),
        faint_off_lines=folded.faint_off_lines,
        contrast_off_lines=folded.contrast_off_lines,
    )
    front = page("Werkgeversverklaring\nV-nummer 1234567890\nHierbij verklaren wij", source="ocr")
    d = dossier({"bijlagen.pdf": [front, back, front]}, procedure="ind-generic")
    assert [(f.key, f.page) for f in run(d, "IND-COPY-SINGLE-SIDED")] == [("blank-page", 2)]
    assert run(d, "IND-COPY-LEGIBLE") == []


def _askew_on_the_glass(image: Image.Image) -> Image.Image:
    """The sheet laid some 2° askew on the scanner: dark wedges of the lid along its left side and in a corner (twenty-
    fifth ind-gen-blank-02, read)."""
    glass = Image.new("L", (WIDTH, HEIGHT), 70)
    turned = image.rotate(2.2, expand=False, fillcolor=70, resample=Image.Resampling.BICUBIC)
    glass.paste(turned, (0, 0))
    return glass


def test_the_dark_around_a_sheet_scanned_askew_is_no_ink_on_it() -> None:
    back = measure(_askew_on_the_glass(_paper()))
    assert back.ink > 0.005
    assert back.ink_off_lines < 0.001 and back.faint_off_lines < 0.001 and back.contrast_off_lines < 15
    printed = measure(_askew_on_the_glass(_faint_print(_paper())))
    assert printed.faint_off_lines > 0.005 and printed.contrast_off_lines >= 15
    blank = dataclasses.replace(
        page("", source="ocr", ink=back.ink, faint_ink=back.faint_ink, contrast=back.contrast),
        ink_off_lines=back.ink_off_lines,
        faint_off_lines=back.faint_off_lines,
        contrast_off_lines=back.contrast_off_lines,
    )
    front = page(
        "Aanvraag verlenging verblijfsvergunning\nV-nummer 7278488466\nPersoonsgegevens", source="ocr"
    )
    d = dossier({"formulier.pdf": [front, blank]}, procedure="ind-generic")
    assert [(f.key, f.page) for f in run(d, "IND-COPY-SINGLE-SIDED")] == [("blank-page", 2)]
