"""Boxes to tick, found on the page's pixels: which of a certificate's degrees of severity was ticked, when OCR
reads an empty box and a ticked one alike ("[dj licht", "ll leger el] modere")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.memory import graded, run
from validator.ingest.checkboxes import find_checkboxes
from validator.pipeline import CheckOptions, load_dossier

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# Where the scale's four boxes stand (mm from the left), on its line 120 mm from the top; each 3.5 mm square.
BOXES_MM = (25.0, 60.0, 95.0, 130.0)
SIDE_MM, LINE_MM = 3.5, 120.0
DEGREES = ("licht", "matig", "ernstig", "zeer ernstig")


def _certificate(dpi: int, ticked: int | None, turn: float = 0.0, radio: bool = False) -> Image.Image:
    """A scanned page of the 2024 model: its headings, the severity scale with `ticked` crossed (or none), and
    letters as tall as a box that are no boxes; `radio`: the scale as round buttons, the chosen one filled with a
    dot (twentieth's PDF forms, read as "o licht © matig © ernstig © zeer ernstig")."""
    mm = dpi / 25.4
    page = Image.new("L", (round(210 * mm), round(297 * mm)), 248)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(DEJAVU, round(3.2 * mm))
    lines = {
        30: "STANDAARD MEDISCH GETUIGSCHRIFT",
        38: "Model van toepassing vanaf 1 maart 2024",
        50: "1. Identificatie van de patiënt: Amina Benali, geboren op 12.04.1985",
        90: "5. Diagnose (vermeld de ICD-10-code indien mogelijk)",
        98: "Sikkelcelziekte (HbSS), ICD-10 D57.0",
        110: "6. Graad van ernst van de aandoening",
        140: "7. Noodzakelijk geachte behandeling",
        148: "Hydroxyurea 1000 mg per dag; foliumzuur 5 mg per dag; pijnstilling volgens schema",
        160: "8. Gevolgen en mogelijke complicaties bij stopzetting van de behandeling",
        168: "Pijncrises, beroerte, overlijden. HEMD OBE",
        200: "Datum: 2 november 2026",
    }
    for y, text in lines.items():
        draw.text((25 * mm, y * mm), text, fill=25, font=font)
    # Boxes drawn thin, a pen's tick in one: OCR reads the scale as "(J licht U matig LJ ernstig (] zeer ernstig".
    width = max(1, round(0.15 * mm))
    for n, (x, degree) in enumerate(zip(BOXES_MM, DEGREES)):
        x0, y0 = x * mm, LINE_MM * mm
        x1, y1 = x0 + SIDE_MM * mm, y0 + SIDE_MM * mm
        if radio:
            draw.ellipse([x0, y0, x1, y1], outline=25, width=width)
            if n == ticked:
                draw.ellipse([x0 + 0.9 * mm, y0 + 0.9 * mm, x1 - 0.9 * mm, y1 - 0.9 * mm], fill=25)
        else:
            draw.rectangle([x0, y0, x1, y1], outline=25, width=width)
        if n == ticked and not radio:
            tick = [
                (x0 + 0.6 * mm, y0 + 1.8 * mm),
                (x0 + 1.5 * mm, y1 - 0.5 * mm),
                (x1 + 0.8 * mm, y0 - 1.2 * mm),
            ]
            draw.line(tick, fill=30, width=2 * width)
        draw.text((x1 + 1.5 * mm, y0 - 0.3 * mm), degree, fill=25, font=font)
    if turn:
        page = page.rotate(turn, fillcolor=248)
    return page


@pytest.mark.parametrize("dpi, turn", [(150, 0.0), (300, 0.0), (200, 2.0)])
def test_the_boxes_are_found_where_they_stand_and_only_the_ticked_one_is_filled(
    dpi: int, turn: float
) -> None:
    found = sorted(find_checkboxes(_certificate(dpi, ticked=2, turn=turn), 210), key=lambda c: c.box.x0)
    # The letters of the text (E, H, M, D, O, B) are as tall as a box, and none of them is one.
    assert len(found) == len(BOXES_MM)
    for box, x in zip(found, BOXES_MM):
        assert abs(box.box.x0 * 210 - x) <= 1.5
        assert abs(box.box.y0 * 297 - LINE_MM) <= 3
    assert [c.fill >= 0.15 for c in found] == [False, False, True, False]
    assert all(c.fill <= 0.08 for n, c in enumerate(found) if n != 2)


@pytest.mark.parametrize("dpi, turn", [(150, 0.0), (300, 0.0), (200, 2.0)])
def test_round_buttons_are_found_and_only_the_chosen_one_is_filled(dpi: int, turn: float) -> None:
    found = sorted(
        find_checkboxes(_certificate(dpi, ticked=3, turn=turn, radio=True), 210), key=lambda c: c.box.x0
    )
    # The letter O of "OBE" is as round and as tall, but stands in its word.
    assert len(found) == len(BOXES_MM)
    for box, x in zip(found, BOXES_MM):
        assert abs(box.box.x0 * 210 - x) <= 1.5
        assert abs(box.box.y0 * 297 - LINE_MM) <= 3
    assert [c.fill >= 0.15 for c in found] == [False, False, False, True]


def _findings(
    tmp_path: Path, ticked: int | None, radio: bool = False
) -> list[tuple[str, str | None, int | None, str]]:
    path = tmp_path / "getuigschrift.png"
    _certificate(150, ticked, radio=radio).save(path, dpi=(150, 150))
    (tmp_path / "dossier.yaml").write_text(
        "procedure: be-9ter\nsubmission_date: 2026-11-20\n"
        "applicant: {name: Amina Benali, birth_date: 1985-04-12}\n"
        "documents: {getuigschrift.png: medical-certificate}\n",
        encoding="utf-8",
    )
    dossier = load_dossier(tmp_path, CheckOptions({}, jobs=1))
    assert dossier.submission_date == dt.date(2026, 11, 20)
    return graded(run(dossier, "BE9TER-MEDCERT-FIELDS"))


def test_a_scale_whose_boxes_are_all_empty_states_no_severity(tmp_path: Path) -> None:
    # The law asks for the degree of severity (9ter §1); a scale left empty is evidence, however OCR read it.
    assert _findings(tmp_path, ticked=None) == [("no-severity", "getuigschrift.png", 1, "inadmissible")]


def test_a_ticked_box_states_the_severity_whatever_ocr_read_of_it(tmp_path: Path) -> None:
    assert _findings(tmp_path, ticked=1) == []


@pytest.mark.parametrize(
    "ticked, found", [(None, [("no-severity", "getuigschrift.png", 1, "inadmissible")]), (0, [])]
)
def test_a_scale_of_round_buttons_states_the_severity_as_drawn(
    tmp_path: Path, ticked: int | None, found: list[tuple[str, str, int, str]]
) -> None:
    # Twentieth be9ter-medcert-fields-1 (read): every button empty, OCR read as "o" and "©", was "check by hand".
    assert _findings(tmp_path, ticked, radio=True) == found
