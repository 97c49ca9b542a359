"""Pages from image files (JPEG, PNG, multi-page TIFF, WebP, BMP, GIF) with Pillow.

The page size comes from pixels and the resolution the file records; a file
without a usable resolution has an unknown size, never a guessed one.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from validator.ingest.source import MAX_RENDER_PIXELS, MM_PER_INCH, PageUnreadable, TextLayer
from validator.model import Problem, SizeSource, SourceFile

# Pillow refuses images over twice this; a 600 dpi A3 scan stays well below it.
Image.MAX_IMAGE_PIXELS = 150_000_000
_IMAGE_ERRORS = (OSError, UnidentifiedImageError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError,
                 MemoryError, IndexError, TypeError, KeyError, ZeroDivisionError)


def _resolution(info: dict) -> float | None:
    dpi = info.get("dpi")
    if not dpi:
        return None
    try:
        x, y = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return None
    return min(x, y) if x > 1 and y > 1 else None


class ImagePage:
    """One frame of an image file; the PageSource the page reader works from."""

    image_coverage = 1.0

    def __init__(self, path: Path, file: str, frame: int, size_px: tuple[int, int], dpi: float | None):
        self._path = path
        self._frame = frame
        self.file = file
        self.number = frame + 1
        self.scan_dpi = dpi
        self.size_px = size_px
        self.width_mm: float | None = None
        self.height_mm: float | None = None
        self.size_source: SizeSource = "unknown"
        if dpi:
            self.width_mm = size_px[0] / dpi * MM_PER_INCH
            self.height_mm = size_px[1] / dpi * MM_PER_INCH
            self.size_source = "image-dpi"

    def text_layer(self) -> TextLayer | None:
        return None

    def render(self, dpi: float) -> Image.Image:
        # Each page opens the file itself: Pillow images are not safe to share across threads. The
        # header was read at the start; the pixels, read now, may still end early.
        try:
            with Image.open(self._path) as img:
                img.seek(self._frame)
                img.load()
                page = ImageOps.exif_transpose(img).convert("L")
        except _IMAGE_ERRORS as exc:
            raise PageUnreadable(f"{type(exc).__name__}: {exc}") from None
        if page.width * page.height > MAX_RENDER_PIXELS:
            factor = (MAX_RENDER_PIXELS / (page.width * page.height)) ** 0.5
            page = page.resize((int(page.width * factor), int(page.height * factor)))
        return page


def open_image(path: Path, name: str, size_bytes: int, mime: str) -> tuple[SourceFile, list[ImagePage]]:
    source = SourceFile(name, "image", mime, size_bytes)
    pages: list[ImagePage] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                frames = getattr(img, "n_frames", 1)
                for frame in range(frames):
                    img.seek(frame)
                    size = img.size
                    if _transposed(img):
                        size = (size[1], size[0])
                    pages.append(ImagePage(path, name, frame, size, _resolution(img.info)))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        source.kind = "unreadable"
        source.problems.append(Problem("too-large", str(exc).split(".")[0]))
        return source, []
    except _IMAGE_ERRORS as exc:
        source.kind = "unreadable"
        source.problems.append(Problem("unreadable", f"not a readable image ({type(exc).__name__}: {exc})"))
        return source, []
    for page in pages:
        if page.scan_dpi is None:
            source.problems.append(Problem("no-resolution", f"{page.size_px[0]}×{page.size_px[1]} px", page.number))
    return source, pages


def _transposed(img: Image.Image) -> bool:
    """EXIF orientations 5–8 turn the picture a quarter: width and height swap."""
    try:
        return img.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except _IMAGE_ERRORS:
        return False
