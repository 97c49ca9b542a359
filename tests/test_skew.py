"""The angle a page is straightened by before it is read (twenty-fifth be9ter-medcert-age-1, read: a lawyer's
letter scanned sideways, its lines running down the page, was measured 11° askew on its rows, read turned by that,
and OCR read nothing of it; the application was "other" and the dossier had none)."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw, ImageFont

from validator.ingest.raster import skew

# A letter at 200 dpi on A4, typed justified from its heading to its foot, as the lawyer's letter was.
WIDTH, HEIGHT = 1654, 2339
LEFT, RIGHT, TOP = 200, 1454, 150
SIZE, LEADING = 26, 38
WORDS = (
    "Verzoeker verblijft effectief op het adres Brugse Poort 32 te Gent en kiest woonplaats bij zijn advocaat "
    "De behandeling bestaat uit dialyse drie keer per week en is in het land van herkomst niet beschikbaar"
).split()


def _letter() -> Image.Image:
    image = Image.new("L", (WIDTH, HEIGHT), 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=SIZE)
    y, n, paragraph = TOP, 0, 0
    while y < HEIGHT - TOP:
        lines = 4 + paragraph % 3
        for line in range(lines):
            words = [WORDS[(n + i) % len(WORDS)] for i in range(12)]
            n += len(words)
            widths = [draw.textlength(w, font=font) for w in words]
            # Every line but a paragraph's last fills the measure.
            last = line == lines - 1
            space = SIZE / 2 if last else (RIGHT - LEFT - sum(widths)) / (len(words) - 1)
            x = float(LEFT)
            for word, width in zip(words, widths, strict=True):
                draw.text((x, y), word, fill=30, font=font)
                x += width + space
            y += LEADING
        y += LEADING
        paragraph += 1
    return image


def _laid(image: Image.Image, turn: int, askew: float) -> Image.Image:
    """The sheet turned a quarter (or not) on the glass, and laid `askew` degrees off that."""
    turned = image.rotate(turn, expand=True, fillcolor=245)
    return turned.rotate(askew, resample=Image.Resampling.BICUBIC, fillcolor=245)


@pytest.mark.parametrize("askew", [0.0, 2.0, -3.0])
def test_a_page_is_straightened_by_the_angle_it_lies_askew(askew: float) -> None:
    assert skew(_laid(_letter(), 0, askew)) == pytest.approx(-askew, abs=0.5)


@pytest.mark.parametrize("turn", [90, 270])
@pytest.mark.parametrize("askew", [0.0, 2.0, -3.0])
def test_a_page_scanned_sideways_is_straightened_by_the_angle_its_lines_run_down_it_askew(
    turn: int, askew: float
) -> None:
    # On its rows, a letter lying sideways seemed 6 to 10 degrees askew: turned that far, the rows at its top and
    # foot were cut shorter by the turn than those between, and so less even than as scanned.
    assert skew(_laid(_letter(), turn, askew)) == pytest.approx(-askew, abs=0.5)


@pytest.mark.parametrize("askew", [4.0, -4.0])
def test_a_sheet_photographed_on_a_dark_desk_is_straightened_by_its_lines_not_the_desks_edges(
    askew: float,
) -> None:
    # Twenty-fifth ind-hnt-clean-06 (read): a passport photographed 4° askew on a dark desk that fills two thirds of
    # the picture was measured level (the edges between sheet and desk outweighed its lines), so it was read askew and
    # OCR dropped its machine-readable zone.
    sheet = _letter().resize((WIDTH // 2, HEIGHT // 2), Image.Resampling.LANCZOS)
    desk = Image.new("L", (WIDTH, HEIGHT), 40)
    desk.paste(sheet, (WIDTH // 4, HEIGHT // 4))
    photo = desk.rotate(askew, resample=Image.Resampling.BICUBIC, fillcolor=40)
    assert skew(photo) == pytest.approx(-askew, abs=0.5)


def _head_only(grain: tuple[int, int]) -> Image.Image:
    """A form's last page: five lines at its head, the rest paper with a grain of the given grays, and specks."""
    rng = random.Random(1)
    image = Image.new("L", (WIDTH, HEIGHT), 245)
    draw = ImageDraw.Draw(image)
    for _ in range(60000):
        draw.point((rng.randrange(WIDTH), rng.randrange(HEIGHT)), fill=rng.randrange(*grain))
    font = ImageFont.load_default(size=SIZE)
    for n in range(5):
        draw.text((LEFT, TOP + n * LEADING), " ".join(WORDS[n * 9 : n * 9 + 9]), fill=30, font=font)
    for _ in range(120):
        x, y, r = rng.randrange(WIDTH), rng.randrange(HEIGHT), rng.randrange(2, 5)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(40, 120))
    return image


@pytest.mark.parametrize("grain", [(226, 240), (215, 235)])
@pytest.mark.parametrize("askew", [0.0, 2.0, -3.0])
def test_a_page_whose_middle_holds_only_the_papers_grain_is_straightened_by_its_lines_at_the_head(
    askew: float, grain: tuple[int, int]
) -> None:
    # Thirty-first be9ter-medcert-doctor-1 (read): a certificate's last page, its question, date, number and "Nom,
    # signature et cachet du médecin :" at its head over speckled paper, was measured 11° askew on the specks of its
    # middle and read turned by that: OCR read nothing of it, and the unsigned certificate was "check by hand".
    # Twenty-eighth be9ter-chosen-domicile-2 (read): a German certificate's last page on tinted paper, its grain as
    # dark as a faint copy's text, 9.5°.
    assert skew(_laid(_head_only(grain), 0, askew)) == pytest.approx(-askew, abs=0.5)
