"""The shortcuts taken for speed change nothing that is read: same pixels, same words, same pages from the cache."""

from __future__ import annotations

import io
import json
import os
import random
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import pytest
from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFont

from tests.conftest import born_digital_pdf
from validator._exec import tesseract
from validator.cache import dump_file, load_file
from validator.ingest.pdf import open_pdf
from validator.model import Box, Page, Problem, SourceFile, Word
from validator.pages import OCR_DPI, ReadOptions, _render_dpi
from validator.pipeline import CheckOptions, load_dossier

V = "2840517396"


def _scan(dpi: int) -> Image.Image:
    width, height = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    img = Image.new("L", (width, height), 246)
    font = ImageFont.truetype("DejaVuSerif.ttf", round(11 / 72 * dpi))
    ImageDraw.Draw(img).text(
        (round(dpi), round(dpi)), f"V-nummer {V}\nUtrecht, 14 november 2026", fill=30, font=font
    )
    return img


def _scanned_pdf(path: Path, dpi: int) -> Path:
    pdf = FPDF(unit="mm", format=(210, 297))
    pdf.add_page()
    buffer = io.BytesIO()
    _scan(dpi).save(buffer, "JPEG", quality=85)
    pdf.image(buffer, x=0, y=0, w=210, h=297)
    pdf.output(str(path))
    return path


def test_tesseract_gets_the_page_pixels_unchanged_and_reads_them() -> None:
    image = _scan(200)
    with tesseract._input_file(image) as path:
        with Image.open(path) as written:
            assert written.format == "TIFF"
            assert ImageChops.difference(written.convert("L"), image).getbbox() is None
    assert V in tesseract.ocr(image, 200, 60).text


def _typed(lines: list[str], dpi: int = 200) -> Image.Image:
    img = Image.new("L", (round(210 / 25.4 * dpi), round(100 / 25.4 * dpi)), 250)
    font = ImageFont.truetype("DejaVuSans.ttf", round(12 / 72 * dpi))
    ImageDraw.Draw(img).multiline_text(
        (dpi // 2, dpi // 2), "\n".join(lines), fill=20, font=font, spacing=dpi // 8
    )
    return img


def test_pages_read_in_one_tesseract_run_read_as_they_do_one_by_one() -> None:
    pages = [
        _typed([f"Bladzijde {n} van de bankafschriften", f"Saldo op {n} maart 2026: {n * 111},00 euro"])
        for n in (1, 2, 3)
    ]
    runs = tesseract.RUNS.value
    together = tesseract.ocr_pages([(page, 200) for page in pages], 60)
    assert tesseract.RUNS.value - runs == 1
    alone = [tesseract.ocr(page, 200, 60) for page in pages]
    assert together == alone
    assert [f"{n * 111},00" in result.text for n, result in zip((1, 2, 3), together)] == [True, True, True]


def test_a_page_tesseract_cannot_read_fails_alone() -> None:
    readable = _typed(["Uittreksel basisregistratie personen"])
    # Tesseract refuses images wider than 32767 pixels.
    too_wide = Image.new("L", (33000, 40), 255)
    first, second = tesseract.ocr_pages([(readable, 200), (too_wide, 200)], 60)
    assert isinstance(first, tesseract.OcrResult) and "basisregistratie" in first.text
    assert isinstance(second, pytesseract.TesseractError) and "too large" in str(second)


def test_scanned_files_are_read_in_one_tesseract_run_each_page_with_its_own_words(tmp_path: Path) -> None:
    for n in (1, 2, 3):
        _typed([f"V-nummer {V}", f"Pagina {n} van de huurovereenkomst, huur {n * 250} euro"]).save(
            tmp_path / f"scan-{n}.png", dpi=(200, 200)
        )
    runs = tesseract.RUNS.value
    dossier = load_dossier(tmp_path, CheckOptions({"applicant": {"v_number": V}}, jobs=1, cache=False))
    assert tesseract.RUNS.value - runs == 1
    assert [(p.file, f"huur {n * 250} euro" in p.text) for n, p in zip((1, 2, 3), dossier.pages)] == [
        (f"scan-{n}.png", True) for n in (1, 2, 3)
    ]


def test_pdf_scan_renders_as_pdfium_renders_it_in_grey(tmp_path: Path) -> None:
    path = _scanned_pdf(tmp_path / "scan.pdf", 300)
    source, pages, pdf, _ = open_pdf(path, "scan.pdf", path.stat().st_size)
    ours = pages[0].render(OCR_DPI)
    pdf.close()
    doc = pdfium.PdfDocument(path)
    grey = doc[0].render(scale=OCR_DPI / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    assert ours.mode == "L" and ours.size == grey.size
    assert ImageChops.difference(ours, grey).getbbox() is None


def test_scan_is_read_at_its_own_resolution_unless_far_below_the_ocr_resolution(tmp_path: Path) -> None:
    resolutions = {}
    for dpi in (100, 150, 300):
        path = _scanned_pdf(tmp_path / f"scan-{dpi}.pdf", dpi)
        _, pages, doc, _ = open_pdf(path, path.name, path.stat().st_size)
        resolutions[dpi] = round(_render_dpi(pages[0], ReadOptions(ocr_dpi=200)))
        doc.close()
    # 100 dpi is rendered at 200 (too coarse for Tesseract); 150 dpi is not enlarged; 300 dpi is reduced.
    assert resolutions == {100: 200, 150: 150, 300: 200}


def test_cached_file_reads_back_as_it_was_read() -> None:
    page = Page(
        "a.pdf",
        1,
        210.0,
        297.0,
        "page-box",
        300.0,
        ink=0.01,
        faint_ink=0.02,
        contrast=150.0,
        text=f"V-nummer {V}",
        words=[Word("V-nummer", 91.5, Box(0.1, 0.1, 0.2, 0.12)), Word(V, 88.0, Box(0.21, 0.1, 0.4, 0.12))],
        text_source="ocr",
    )
    source = SourceFile("a.pdf", "pdf", "application/pdf", 1234, [page], [Problem("damaged", "xref", None)])
    assert load_file(json.loads(json.dumps(dump_file(source))), "a.pdf") == source


def _resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def test_reading_a_long_scan_does_not_keep_its_images_in_memory(tmp_path: Path) -> None:
    # Noise does not compress: forty pages of it make a PDF of about 100 MB, most of it image data
    # that PDFium would keep once read.
    pdf = FPDF(unit="mm", format=(210, 297))
    for n in range(40):
        noise = Image.frombytes("L", (1400, 1980), random.Random(n).randbytes(1400 * 1980))
        buffer = io.BytesIO()
        noise.save(buffer, "JPEG", quality=90)
        pdf.add_page()
        pdf.image(buffer, x=0, y=0, w=210, h=297)
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    size_mb = path.stat().st_size / 2**20
    assert size_mb > 60
    before = _resident_mb()
    _, pages, opened, _ = open_pdf(path, path.name, path.stat().st_size)
    for page in pages:
        assert page.text_layer() is not None
    grown = _resident_mb() - before
    opened.close()
    # A few pages' worth of the file may stay, not all of it.
    assert len(pages) == 40 and grown < size_mb / 4


@pytest.mark.parametrize("change", ["replaced", "deleted"])
def test_a_pdf_replaced_or_deleted_during_the_check_is_read_as_it_was(tmp_path: Path, change: str) -> None:
    # Scanners and editors save by replacing the file. Reading every page after the change reopens
    # the document (every 8 pages) at least once.
    path = born_digital_pdf(tmp_path / "brief.pdf", [f"ORIGINEEL bladzijde {n}" for n in range(1, 13)])
    _, pages, opened, _ = open_pdf(path, path.name, path.stat().st_size)
    if change == "replaced":
        other = born_digital_pdf(tmp_path / "ander.pdf", [f"VERVANGEN bladzijde {n}" for n in range(1, 4)])
        os.replace(other, path)
    else:
        path.unlink()
    texts = [page.text_layer().text for page in pages]
    opened.close()
    assert [text.split() for text in texts] == [["ORIGINEEL", "bladzijde", str(n)] for n in range(1, 13)]


def test_a_file_changed_during_the_check_is_reported_and_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VALIDATOR_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "dossier"
    folder.mkdir()
    _typed([f"V-nummer {V}", "Huurovereenkomst, huur 750 euro"]).save(folder / "scan.png", dpi=(200, 200))
    _typed([f"V-nummer {V}", "Loonstrook, salaris 2100 euro"]).save(tmp_path / "other.png", dpi=(200, 200))
    options = CheckOptions({"applicant": {"v_number": V}}, jobs=1)

    def replace_once(done: int, total: int) -> None:
        if (tmp_path / "other.png").exists():
            os.replace(tmp_path / "other.png", folder / "scan.png")

    original = (folder / "scan.png").read_bytes()
    first = load_dossier(folder, options, replace_once)
    assert [p.code for p in first.files[0].problems] == ["changed"]
    assert "750 euro" in first.pages[0].text
    # The file as it was when the first check began: read again, not taken from the first check with
    # its warning. (Its page's OCR may come from the cache: that is keyed by the pixels read.)
    (folder / "scan.png").write_bytes(original)
    again = load_dossier(folder, options)
    assert "750 euro" in again.pages[0].text and again.files[0].problems == []
