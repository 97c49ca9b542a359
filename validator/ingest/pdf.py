"""A PDF read once into plain data (pypdf: structure), then rendered on demand (pdfium).

PDFium is not thread-safe, so every call into it holds one process-wide lock;
rendering is quick next to OCR, which runs outside the lock.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from pypdf.generic import DictionaryObject, IndirectObject

from validator.ingest.source import MAX_RENDER_PIXELS, MM_PER_INCH, TextLayer
from validator.model import Box, Problem, SizeSource, SourceFile, Word

log = logging.getLogger(__name__)
PDFIUM_LOCK = threading.RLock()
PT_PER_INCH = 72.0
_MULTIMEDIA_ANNOTS = {"/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"}
# pypdf raises many kinds of errors on damaged files; all mean "could not read this part".
PDF_ERRORS = (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
               RecursionError, OSError, AssertionError, ZeroDivisionError, OverflowError)

# Both libraries log about damaged files; the damage is reported as a finding instead.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
logging.getLogger("pypdfium2").setLevel(logging.CRITICAL)


@dataclass
class _Structure:
    sizes_mm: list[tuple[float, float]]
    problems: list[Problem]


def _resolve(obj: object) -> object:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _read_structure(path: Path) -> _Structure | Problem:
    """Page sizes and active content, or the reason the file cannot be read."""
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Problem("encrypted", "the PDF needs a password to open")
        pages = list(reader.pages)
    except (pypdf.errors.FileNotDecryptedError, pypdf.errors.WrongPasswordError):
        return Problem("encrypted", "the PDF needs a password to open")
    except PDF_ERRORS as exc:
        return Problem("damaged", f"{type(exc).__name__}: {exc}")
    problems: list[Problem] = []
    sizes = []
    for number, page in enumerate(pages, 1):
        try:
            sizes.append(_page_size_mm(page))
        except PDF_ERRORS:
            sizes.append((0.0, 0.0))
        try:
            problems.extend(_page_active_content(page, number))
        except PDF_ERRORS:
            pass
    try:
        problems.extend(_document_active_content(reader))
    except PDF_ERRORS:
        pass
    return _Structure(sizes, problems)


def _page_size_mm(page: pypdf.PageObject) -> tuple[float, float]:
    box = page.cropbox
    unit = float(page.user_unit or 1)
    width, height = abs(float(box.width)) * unit, abs(float(box.height)) * unit
    if page.rotation % 180 == 90:
        width, height = height, width
    return width / PT_PER_INCH * MM_PER_INCH, height / PT_PER_INCH * MM_PER_INCH


def _page_active_content(page: pypdf.PageObject, number: int) -> list[Problem]:
    found = []
    if "/AA" in page:
        found.append(Problem("javascript", "page open/close actions", number))
    for annot in _resolve(page.get("/Annots")) or []:
        annot = _resolve(annot)
        if not isinstance(annot, DictionaryObject):
            continue
        subtype = annot.get("/Subtype")
        if subtype in _MULTIMEDIA_ANNOTS:
            found.append(Problem("multimedia", f"{subtype[1:]} annotation", number))
        elif subtype == "/FileAttachment":
            found.append(Problem("embedded-files", "file-attachment annotation", number))
        action = _resolve(annot.get("/A"))
        if isinstance(action, DictionaryObject) and action.get("/S") == "/JavaScript":
            found.append(Problem("javascript", "a link or button runs JavaScript", number))
    return found


def _document_active_content(reader: pypdf.PdfReader) -> list[Problem]:
    found = []
    root = reader.trailer["/Root"]
    names = _resolve(root.get("/Names")) or {}
    if "/JavaScript" in names:
        found.append(Problem("javascript", "document-level JavaScript"))
    action = _resolve(root.get("/OpenAction"))
    if isinstance(action, DictionaryObject) and action.get("/S") == "/JavaScript":
        found.append(Problem("javascript", "JavaScript runs when the file is opened"))
    if "/AA" in root:
        found.append(Problem("javascript", "document actions"))
    if "/EmbeddedFiles" in names or reader.attachments:
        listed = ", ".join(sorted(reader.attachments)) or "embedded files"
        found.append(Problem("embedded-files", listed))
    return found


class PdfPage:
    """One page of an open PDF; the PageSource the page reader works from."""

    def __init__(self, doc: pdfium.PdfDocument, file: str, index: int, size_mm: tuple[float, float] | None):
        self._doc = doc
        self._index = index
        self.file = file
        self.number = index + 1
        with PDFIUM_LOCK:
            page = doc[index]
            try:
                if size_mm is None or min(size_mm) <= 0:
                    w, h = page.get_size()
                    size_mm = (w / PT_PER_INCH * MM_PER_INCH, h / PT_PER_INCH * MM_PER_INCH)
                self.scan_dpi, self.image_coverage = _scan_resolution(page)
            finally:
                page.close()
        self.width_mm, self.height_mm = size_mm
        self.size_source: SizeSource = "page-box"

    def text_layer(self) -> TextLayer | None:
        with PDFIUM_LOCK:
            page = self._doc[self._index]
            try:
                textpage = page.get_textpage()
                try:
                    return _text_layer(page, textpage)
                finally:
                    textpage.close()
            finally:
                page.close()

    def render(self, dpi: float) -> Image.Image:
        with PDFIUM_LOCK:
            page = self._doc[self._index]
            try:
                w, h = page.get_size()
                scale = dpi / PT_PER_INCH
                if w * h * scale * scale > MAX_RENDER_PIXELS:
                    scale = (MAX_RENDER_PIXELS / (w * h)) ** 0.5
                bitmap = page.render(scale=scale, grayscale=True, draw_annots=True, may_draw_forms=True)
                image = bitmap.to_pil()
                image.load()
                bitmap.close()
                return image.convert("L")
            finally:
                page.close()


def _scan_resolution(page: pdfium.PdfPage) -> tuple[float | None, float]:
    """The resolution of the largest image on the page, and how much of the page it covers."""
    w, h = page.get_size()
    best: tuple[float, float | None] = (0.0, None)
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        try:
            left, bottom, right, top = obj.get_bounds()
            px_w, px_h = obj.get_px_size()
        except pdfium.PdfiumError:
            continue
        shown_w, shown_h = abs(right - left), abs(top - bottom)
        if shown_w < 1 or shown_h < 1:
            continue
        area = shown_w * shown_h
        if area > best[0]:
            # An image may be placed rotated; pair the pixel sides with the shown sides that fit.
            if (px_w >= px_h) != (shown_w >= shown_h):
                px_w, px_h = px_h, px_w
            dpi = min(px_w / (shown_w / PT_PER_INCH), px_h / (shown_h / PT_PER_INCH))
            best = (area, dpi)
    coverage = min(1.0, best[0] / (w * h)) if w * h > 0 else 0.0
    return best[1], coverage


def _text_layer(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> TextLayer:
    text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
    # The effective box: get_cropbox() ignores a box inherited from the page tree and answers US Letter.
    left, bottom, right, top = page.get_bbox()
    width, height = (right - left) or 1.0, (top - bottom) or 1.0
    rotation = page.get_rotation()
    words = []
    # Text runs, not characters: a few calls per line instead of one per letter.
    for i in range(textpage.count_rects()):
        l, b, r, t = textpage.get_rect(i)
        run = textpage.get_text_bounded(l, b, r, t)
        tokens = run.split()
        if not tokens:
            continue
        total = sum(len(tok) for tok in tokens) + len(tokens) - 1
        x = l
        for tok in tokens:
            share = (r - l) * len(tok) / max(total, 1)
            box = _to_page_fraction((x - left) / width, (b - bottom) / height,
                                    (x + share - left) / width, (t - bottom) / height, rotation)
            words.append(Word(tok, 100.0, box))
            x += share + (r - l) / max(total, 1)
    return TextLayer(text, words)


def _to_page_fraction(x0: float, y0: float, x1: float, y1: float, rotation: int) -> Box:
    """Unrotated PDF space (origin bottom left, fractions) to the page as shown (origin top left)."""
    def point(x: float, y: float) -> tuple[float, float]:
        if rotation == 90:
            return y, x
        if rotation == 180:
            return 1 - x, y
        if rotation == 270:
            return 1 - y, 1 - x
        return x, 1 - y

    (u0, v0), (u1, v1) = point(x0, y0), point(x1, y1)
    clamp = lambda v: min(1.0, max(0.0, v))  # noqa: E731
    return Box(clamp(min(u0, u1)), clamp(min(v0, v1)), clamp(max(u0, u1)), clamp(max(v0, v1)))


def open_pdf(path: Path, name: str, size_bytes: int) -> tuple[SourceFile, list[PdfPage], pdfium.PdfDocument | None]:
    """Read a PDF's structure and open it for rendering; an unreadable one has no pages."""
    source = SourceFile(name, "pdf", "application/pdf", size_bytes)
    structure = _read_structure(path)
    if isinstance(structure, Problem) and structure.code == "encrypted":
        source.kind = "unreadable"
        source.problems.append(structure)
        return source, [], None
    try:
        with PDFIUM_LOCK:
            doc = pdfium.PdfDocument(path)
            try:
                doc.init_forms()
            except pdfium.PdfiumError:
                pass
            count = len(doc)
    except pdfium.PdfiumError as exc:
        source.kind = "unreadable"
        reason = structure.detail if isinstance(structure, Problem) else str(exc)
        source.problems.append(Problem("unreadable", f"not a readable PDF ({reason})"))
        return source, [], None
    if isinstance(structure, Problem):
        # PDFium repaired what pypdf could not read: pages are there, structure is not known.
        source.problems.append(structure)
        sizes: list[tuple[float, float] | None] = [None] * count
    else:
        source.problems.extend(structure.problems)
        sizes = [*structure.sizes_mm[:count], *([None] * max(0, count - len(structure.sizes_mm)))]
    if count == 0:
        source.problems.append(Problem("unreadable", "the PDF has no pages"))
    try:
        pages = [PdfPage(doc, name, i, sizes[i]) for i in range(count)]
    except pdfium.PdfiumError as exc:
        source.kind = "unreadable"
        source.problems = [Problem("unreadable", f"a page cannot be loaded ({exc})")]
        with PDFIUM_LOCK:
            doc.close()
        return source, [], None
    return source, pages, doc
