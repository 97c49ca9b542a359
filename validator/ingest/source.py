"""A page to be read, whatever file it comes from: the one interface the page reader needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PIL import Image

from validator.model import Box, SizeSource, Word

MM_PER_INCH = 25.4
# Above this a page is rendered at a lower resolution: a poster-sized page at
# 300 dpi would need gigabytes.
MAX_RENDER_PIXELS = 40_000_000
# No page of a document is a hundred times longer than it is wide. A page of 1 × 65 537 pixels was measured
# into an ink map of 3 million rows (12 GB) and made a thumbnail too tall for JPEG: such a page is not read.
MAX_ASPECT = 100.0


def implausible_shape(width: float, height: float, unit: str) -> str | None:
    """Why a page of this size is no document page, or None when it may be one."""
    short, long = sorted((width, height))
    if short <= 0 or long / short > MAX_ASPECT:
        return f"a page of {width:.0f} × {height:.0f} {unit}, more than {MAX_ASPECT:.0f} times longer than it is wide"
    return None


class PageUnreadable(Exception):
    """The page cannot be rendered: its file is damaged (a truncated image, say), or went away."""


@dataclass
class TextLayer:
    text: str
    words: list[Word] = field(default_factory=list)


class PageSource(Protocol):
    file: str
    number: int
    width_mm: float | None
    height_mm: float | None
    size_source: SizeSource
    scan_dpi: float | None
    image_coverage: float

    @property
    def image_boxes(self) -> Sequence[Box]:
        """Where the page's images are shown (page fractions): what is written in them is in no text layer."""
        ...

    def text_layer(self) -> TextLayer | None: ...

    def render(self, dpi: float) -> Image.Image:
        """The page in grey at about `dpi`; raises PageUnreadable."""
        ...
