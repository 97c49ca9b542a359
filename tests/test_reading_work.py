"""The shortcuts taken for speed change nothing that is read: same pixels, same words, same pages from the cache."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFont

from validator._exec import tesseract
from validator.cache import dump_file, load_file
from validator.ingest.pdf import open_pdf
from validator.model import Box, Page, Problem, SourceFile, Word
from validator.pages import OCR_DPI, ReadOptions, _render_dpi

V = "2840517396"


def _scan(dpi: int) -> Image.Image:
    width, height = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    img = Image.new("L", (width, height), 246)
    font = ImageFont.truetype("DejaVuSerif.ttf", round(11 / 72 * dpi))
    ImageDraw.Draw(img).text((round(dpi), round(dpi)), f"V-nummer {V}\nUtrecht, 14 november 2026", fill=30, font=font)
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


def test_pdf_scan_renders_as_pdfium_renders_it_in_grey(tmp_path: Path) -> None:
    path = _scanned_pdf(tmp_path / "scan.pdf", 300)
    source, pages, doc = open_pdf(path, "scan.pdf", path.stat().st_size)
    try:
        ours = pages[0].render(OCR_DPI)
        grey = doc[0].render(scale=OCR_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    assert ours.mode == "L" and ours.size == grey.size
    assert ImageChops.difference(ours, grey).getbbox() is None


def test_scan_is_read_at_its_own_resolution_unless_far_below_the_ocr_resolution(tmp_path: Path) -> None:
    resolutions = {}
    for dpi in (100, 150, 300):
        path = _scanned_pdf(tmp_path / f"scan-{dpi}.pdf", dpi)
        _, pages, doc = open_pdf(path, path.name, path.stat().st_size)
        resolutions[dpi] = round(_render_dpi(pages[0], ReadOptions(ocr_dpi=200)))
        doc.close()
    # 100 dpi is rendered at 200 (too coarse for Tesseract); 150 dpi is not enlarged; 300 dpi is reduced.
    assert resolutions == {100: 200, 150: 150, 300: 200}


def test_cached_file_reads_back_as_it_was_read() -> None:
    page = Page("a.pdf", 1, 210.0, 297.0, "page-box", 300.0, ink=0.01, faint_ink=0.02, contrast=150.0,
                text=f"V-nummer {V}", words=[Word("V-nummer", 91.5, Box(0.1, 0.1, 0.2, 0.12)),
                                             Word(V, 88.0, Box(0.21, 0.1, 0.4, 0.12))], text_source="ocr")
    source = SourceFile("a.pdf", "pdf", "application/pdf", 1234, [page], [Problem("damaged", "xref", None)])
    assert load_file(json.loads(json.dumps(dump_file(source))), "a.pdf") == source
