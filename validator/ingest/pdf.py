"""A PDF read once into plain data (pypdf: structure), then rendered on demand (pdfium).

PDFium is not thread-safe, so every call into it holds one process-wide lock;
rendering is quick next to OCR, which runs outside the lock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from pypdf.generic import DictionaryObject, IndirectObject

from validator.ingest.source import (
    MAX_RENDER_PIXELS,
    MM_PER_INCH,
    PageUnreadable,
    TextLayer,
    implausible_shape,
)
from validator.limits import Limits, pixel_cost
from validator.model import Box, Problem, SizeSource, SourceFile, Word

log = logging.getLogger(__name__)
PDFIUM_LOCK = threading.RLock()
PT_PER_INCH = 72.0
_MULTIMEDIA_ANNOTS = {"/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"}
# pypdf raises many kinds of errors on damaged files; all mean "could not read this part".
PDF_ERRORS = (
    pypdf.errors.PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    RecursionError,
    OSError,
    AssertionError,
    ZeroDivisionError,
    OverflowError,
    NotImplementedError,
)

# Both libraries log about damaged files; the damage is reported as a finding instead.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
logging.getLogger("pypdfium2").setLevel(logging.CRITICAL)


@dataclass
class _Structure:
    sizes_mm: list[tuple[float, float]]
    problems: list[Problem]


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _read_structure(fh: BinaryIO, limits: Limits, most: int) -> _Structure | Problem:
    """Page sizes and active content of the first `most` pages, or the reason the file cannot be read.

    Problems with codes "encrypted" and "stream-too-large" mean the file must not reach PDFium.
    """
    encrypted = Problem("encrypted", "the PDF needs a password to open")
    cap = limits.stream_bytes
    # From an open file: given a path, pypdf reads the whole file into memory, and its reference
    # cycles keep that copy until the garbage collector happens by (a 140 MB scan held all run long).
    try:
        with pypdf.apply_configuration(
            zlib_maximum_output_length=cap,
            lzw_maximum_output_length=cap,
            run_length_maximum_output_length=cap,
            brotli_maximum_output_length=cap,
            jbig2_maximum_output_length=cap,
            array_based_stream_maximum_output_length=cap,
        ):
            reader = pypdf.PdfReader(fh, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return encrypted
            _unpack_metadata(reader)
            return _structure(reader, [reader.pages[i] for i in range(min(most, len(reader.pages)))])
    except (pypdf.errors.FileNotDecryptedError, pypdf.errors.WrongPasswordError):
        return encrypted
    except NotImplementedError as exc:
        # An encryption pypdf does not know (/V 99, a custom security handler): no password opens it here.
        return Problem("encrypted", f"an encryption that cannot be opened ({exc})")
    except pypdf.errors.LimitReachedError:
        return Problem("stream-too-large", f"a stream unpacks to more than {cap} bytes", limit=cap)
    except PDF_ERRORS as exc:
        return Problem("damaged", f"{type(exc).__name__}: {exc}")


def _unpack_metadata(reader: pypdf.PdfReader) -> None:
    """Unpack the XMP metadata within the stream cap: PDFium unpacks it whole as soon as it opens the file
    (200 MB of it took 1.7 GB), so a bomb there must be found before."""
    try:
        metadata = _resolve(_resolve(reader.trailer["/Root"]).get("/Metadata"))
        if isinstance(metadata, pypdf.generic.StreamObject):
            metadata.get_data()
    except pypdf.errors.LimitReachedError:
        raise
    except PDF_ERRORS:
        # Unreadable metadata is PDFium's to skip, as it skips any damaged object.
        pass


def _structure(reader: pypdf.PdfReader, pages: list[pypdf.PageObject]) -> _Structure:
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
    root = _resolve(reader.trailer["/Root"])
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


class PdfFile:
    """An open PDF that lets go of what it has read every few pages.

    PDFium keeps every object it has parsed, image data included, until the document is closed:
    reading a 140 MB scan page by page would end with all 140 MB in memory. Reopening costs under
    a millisecond, so the document is reopened after every few pages. It is reopened from the file
    opened at the start, never from its name: a file deleted or replaced during the check is still
    read as it was when the check began.
    """

    PAGES_PER_OPENING = 8

    def __init__(self, fh: BinaryIO):
        self._file = fh
        self._doc = self._open()
        self._loads = 0
        self.page_count = len(self._doc)

    def _open(self) -> pdfium.PdfDocument:
        doc = pdfium.PdfDocument(self._file)
        try:
            doc.init_forms()
        except pdfium.PdfiumError:
            pass
        return doc

    @contextmanager
    def page(self, index: int) -> Iterator[pdfium.PdfPage]:
        with PDFIUM_LOCK:
            if self._loads >= self.PAGES_PER_OPENING:
                self._doc.close()
                self._doc, self._loads = self._open(), 0
            self._loads += 1
            page = self._doc[index]
            try:
                yield page
            finally:
                page.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._doc.close()
        self._file.close()


class PdfPage:
    """One page of an open PDF; the PageSource the page reader works from."""

    def __init__(self, pdf: PdfFile, file: str, index: int, size_mm: tuple[float, float] | None):
        self._pdf = pdf
        self._index = index
        self.file = file
        self.number = index + 1
        with pdf.page(index) as page:
            if size_mm is None or min(size_mm) <= 0:
                w, h = page.get_size()
                size_mm = (w / PT_PER_INCH * MM_PER_INCH, h / PT_PER_INCH * MM_PER_INCH)
            self.scan_dpi, self.image_coverage, self.largest_image = _scan_resolution(page)
            self.image_boxes = _image_boxes(page)
        self.width_mm: float | None = size_mm[0]
        self.height_mm: float | None = size_mm[1]
        self.size_source: SizeSource = "page-box"

    def text_layer(self) -> TextLayer | None:
        with self._pdf.page(self._index) as page:
            textpage = page.get_textpage()
            try:
                return _text_layer(page, textpage)
            finally:
                textpage.close()

    def render(self, dpi: float) -> Image.Image:
        try:
            with self._pdf.page(self._index) as page:
                w, h = page.get_size()
                scale = dpi / PT_PER_INCH
                if w * h * scale * scale > MAX_RENDER_PIXELS:
                    scale = (MAX_RENDER_PIXELS / (w * h)) ** 0.5
                # Rendering in colour onto a grey bitmap gives the same pixels as PDFium's grayscale
                # mode in less than half the time.
                bitmap = page.render(
                    scale=scale,
                    draw_annots=True,
                    may_draw_forms=True,
                    force_bitmap_format=pdfium_c.FPDFBitmap_Gray,
                )
                image = bitmap.to_pil().convert("L")
                bitmap.close()
                return image
        except pdfium.PdfiumError as exc:
            raise PageUnreadable(str(exc)) from None


def _scan_resolution(page: pdfium.PdfPage) -> tuple[float | None, float, tuple[int, int]]:
    """The resolution of the largest image on the page, how much of the page it covers, and the pixel size
    of the image with the most pixels (from its dictionary: nothing is decoded)."""
    w, h = page.get_size()
    best: tuple[float, float | None] = (0.0, None)
    most_pixels = (0, 0)
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        try:
            left, bottom, right, top = obj.get_bounds()
            px_w, px_h = obj.get_px_size()
        except pdfium.PdfiumError:
            continue
        if pixel_cost(px_w, px_h) > pixel_cost(*most_pixels):
            most_pixels = (px_w, px_h)
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
    return best[1], coverage, most_pixels


def _image_boxes(page: pdfium.PdfPage) -> list[Box]:
    """Where the page's images are shown, in fractions of the page from its top left. On a turned page, the
    whole page: a stamp pasted in may stand anywhere."""
    left, bottom, right, top = page.get_bbox()
    width, height = (right - left) or 1.0, (top - bottom) or 1.0
    found = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        try:
            x0, y0, x1, y1 = obj.get_bounds()
        except pdfium.PdfiumError:
            continue
        found.append(
            Box(
                max(0.0, (x0 - left) / width),
                max(0.0, (top - y1) / height),
                min(1.0, (x1 - left) / width),
                min(1.0, (top - y0) / height),
            )
        )
    if found and page.get_rotation():
        return [Box(0.0, 0.0, 1.0, 1.0)]
    return [b for b in found if b.x1 > b.x0 and b.y1 > b.y0]


def _text_layer(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> TextLayer:
    text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
    # The effective box: get_cropbox() ignores a box inherited from the page tree and answers US Letter.
    left, bottom, right, top = page.get_bbox()
    width, height = (right - left) or 1.0, (top - bottom) or 1.0
    rotation = page.get_rotation()
    words = []
    # Text runs, not characters: a few calls per line instead of one per letter.
    for i in range(textpage.count_rects()):
        x0, y0, x1, y1 = textpage.get_rect(i)
        run = textpage.get_text_bounded(x0, y0, x1, y1)
        tokens = run.split()
        if not tokens:
            continue
        total = sum(len(tok) for tok in tokens) + len(tokens) - 1
        x = x0
        for tok in tokens:
            share = (x1 - x0) * len(tok) / max(total, 1)
            box = _to_page_fraction(
                (x - left) / width,
                (y0 - bottom) / height,
                (x + share - left) / width,
                (y1 - bottom) / height,
                rotation,
            )
            words.append(Word(tok, 100.0, box))
            x += share + (x1 - x0) / max(total, 1)
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


def open_pdf(
    path: Path, name: str, size_bytes: int, limits: Limits = Limits(), most: int | None = None
) -> tuple[SourceFile, list[PdfPage], PdfFile | None, int]:
    """Read a PDF's structure and open its first `most` pages for rendering; an unreadable one has no pages.

    Also returns how many pages the file has. A page holding an image of more pixels than the cap is left
    out, with a problem that says so: PDFium would decode the whole image to draw it at any size.
    """
    most = limits.pages_per_file if most is None else most
    source = SourceFile(name, "pdf", "application/pdf", size_bytes)
    try:
        fh = path.open("rb")
    except OSError as exc:
        source.kind = "unreadable"
        source.problems.append(Problem("unreadable", str(exc)))
        return source, [], None, 0
    structure = _read_structure(fh, limits, most)
    if isinstance(structure, Problem) and structure.code in ("encrypted", "stream-too-large"):
        fh.close()
        source.kind = "unreadable"
        source.problems.append(structure)
        return source, [], None, 0
    try:
        with PDFIUM_LOCK:
            pdf = PdfFile(fh)
    except pdfium.PdfiumError as exc:
        fh.close()
        source.kind = "unreadable"
        reason = structure.detail if isinstance(structure, Problem) else str(exc)
        source.problems.append(Problem("unreadable", f"not a readable PDF ({reason})"))
        return source, [], None, 0
    count = pdf.page_count
    shown = min(count, most)
    if isinstance(structure, Problem):
        # PDFium repaired what pypdf could not read: pages are there, structure is not known.
        source.problems.append(structure)
        sizes: list[tuple[float, float] | None] = [None] * shown
    else:
        source.problems.extend(structure.problems)
        sizes = [*structure.sizes_mm[:shown], *([None] * max(0, shown - len(structure.sizes_mm)))]
    if count == 0:
        source.problems.append(Problem("unreadable", "the PDF has no pages"))
    try:
        pages = [PdfPage(pdf, name, i, sizes[i]) for i in range(shown)]
    except pdfium.PdfiumError as exc:
        source.kind = "unreadable"
        source.problems = [Problem("unreadable", f"a page cannot be loaded ({exc})")]
        pdf.close()
        return source, [], None, count
    kept = []
    for page in pages:
        px_w, px_h = page.largest_image
        if pixel_cost(px_w, px_h) > limits.pixels:
            source.problems.append(
                Problem(
                    "too-many-pixels", f"an image of {px_w} × {px_h} pixels", page.number, limit=limits.pixels
                )
            )
        elif (
            page.width_mm
            and page.height_mm
            and (shape := implausible_shape(page.width_mm, page.height_mm, "mm"))
        ):
            source.problems.append(Problem("unreadable", shape, page.number))
        else:
            kept.append(page)
    return source, kept, pdf, count
