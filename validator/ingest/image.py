"""Pages from image files (JPEG, PNG, multi-page TIFF, WebP, BMP, GIF) with Pillow.

The page size comes from pixels and the resolution the file records; a file
without a usable resolution has an unknown size, never a guessed one.
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from validator.ingest.source import (
    MAX_RENDER_PIXELS,
    MM_PER_INCH,
    PageUnreadable,
    TextLayer,
    implausible_shape,
)
from validator.limits import Limits, pixel_cost
from validator.model import Box, Problem, SizeSource, SourceFile

# Pillow's own guard, for whatever opens an image without the cap of validator/limits.py (the watcher,
# telling whether a file has arrived whole): it refuses images over twice this.
Image.MAX_IMAGE_PIXELS = 150_000_000
_IMAGE_ERRORS = (
    OSError,
    UnidentifiedImageError,
    ValueError,
    SyntaxError,
    EOFError,
    Image.DecompressionBombError,
    MemoryError,
    IndexError,
    TypeError,
    KeyError,
    ZeroDivisionError,
)


def _resolution(info: dict) -> float | None:
    dpi = info.get("dpi")
    if not dpi:
        return None
    try:
        x, y = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return None
    return min(x, y) if x > 1 and y > 1 else None


class ImageFile:
    """An image file whose frames are decoded one at a time, from one opening shared by its pages.

    A TIFF frame is found by walking the chain of frames from the first: opening the file afresh for
    every page made reading a many-framed TIFF cost the square of its frames (1000 frames: 21 s).
    Pillow images are not safe to share across threads, hence the lock; the file is closed after its
    last page, so that only the files being read keep a decoded frame in memory.
    """

    def __init__(self, path: Path, pages: int, max_pixels: int):
        self._path = path
        self._left = pages
        self._max_pixels = max_pixels
        self._lock = threading.Lock()
        self._image: Image.Image | None = None

    def frame(self, index: int) -> Image.Image:
        """The frame upright and in grey; raises PageUnreadable."""
        with self._lock:
            try:
                if self._image is None:
                    self._image = Image.open(self._path)
                img = self._image
                img.seek(index)
                # The header was read at the start; the file may have changed since, and the pixels, read
                # now, may still end early.
                if pixel_cost(img.width, img.height) > self._max_pixels:
                    raise PageUnreadable(f"{img.width} × {img.height} pixels, more than {self._max_pixels}")
                if shape := implausible_shape(img.width, img.height, "pixels"):
                    raise PageUnreadable(shape)
                img.load()
                return ImageOps.exif_transpose(img).convert("L")
            except _IMAGE_ERRORS as exc:
                raise PageUnreadable(f"{type(exc).__name__}: {exc}") from None
            finally:
                self._left -= 1
                if self._left <= 0:
                    self._close()

    def _close(self) -> None:
        if self._image is not None:
            self._image.close()
            self._image = None

    def close(self) -> None:
        with self._lock:
            self._close()


class ImagePage:
    """One frame of an image file; the PageSource the page reader works from."""

    image_coverage = 1.0
    # The page is the image: OCR reads all of it.
    image_boxes: tuple[Box, ...] = ()

    def __init__(self, image: ImageFile, file: str, frame: int, size_px: tuple[int, int], dpi: float | None):
        self._image = image
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
        page = self._image.frame(self._frame)
        if page.width * page.height > MAX_RENDER_PIXELS:
            factor = (MAX_RENDER_PIXELS / (page.width * page.height)) ** 0.5
            page = page.resize((max(1, int(page.width * factor)), max(1, int(page.height * factor))))
        return page


def open_image(
    path: Path, name: str, size_bytes: int, mime: str, limits: Limits, most: int
) -> tuple[SourceFile, list[ImagePage], ImageFile | None, int]:
    """The first `most` frames of an image as pages, and how many frames were seen (most + 1 when there are
    more). Frames are counted one by one rather than asked for all at once: a TIFF of a million tiny frames
    would be read through to count them. A frame of more pixels than the cap is left out, with a problem."""
    source = SourceFile(name, "image", mime, size_bytes)
    found: list[tuple[int, tuple[int, int], float | None]] = []
    frame = 0
    try:
        with warnings.catch_warnings():
            # The cap below decides, not Pillow's warning; its hard limit (twice its warning) still holds.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                while frame <= most:
                    try:
                        img.seek(frame)
                    except EOFError:
                        break
                    if frame == most:
                        frame += 1
                        break
                    frame += 1
                    size = img.size
                    if pixel_cost(*size) > limits.pixels:
                        source.problems.append(
                            Problem(
                                "too-many-pixels", f"{size[0]} × {size[1]} pixels", frame, limit=limits.pixels
                            )
                        )
                        continue
                    if shape := implausible_shape(*size, "pixels"):
                        source.problems.append(Problem("unreadable", shape, frame))
                        continue
                    if _transposed(img):
                        size = (size[1], size[0])
                    found.append((frame - 1, size, _resolution(img.info)))
    except Image.DecompressionBombError as exc:
        source.kind = "unreadable"
        source.problems.append(Problem("too-large", str(exc).split(".")[0]))
        return source, [], None, 0
    except _IMAGE_ERRORS as exc:
        source.kind = "unreadable"
        source.problems.append(Problem("unreadable", f"not a readable image ({type(exc).__name__}: {exc})"))
        return source, [], None, 0
    image = ImageFile(path, len(found), limits.pixels)
    pages = [ImagePage(image, name, index, size, dpi) for index, size, dpi in found]
    for page in pages:
        if page.scan_dpi is None:
            source.problems.append(
                Problem("no-resolution", f"{page.size_px[0]}×{page.size_px[1]} px", page.number)
            )
    return source, pages, image, frame


def _transposed(img: Image.Image) -> bool:
    """EXIF orientations 5–8 turn the picture a quarter: width and height swap."""
    try:
        return img.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except _IMAGE_ERRORS:
        return False
