"""Measures taken from a page's pixels: how much ink, how faint, how much contrast."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageFilter

# About 100 dpi on an A4 page: enough to see text strokes, cheap to measure.
_MEASURE_WIDTH = 850
_STRONG = 80
_FAINT = 25


@dataclass(frozen=True)
class InkMeasure:
    ink: float
    faint_ink: float
    contrast: float


def measure(image: Image.Image) -> InkMeasure:
    gray = image.convert("L")
    factor = max(1, gray.width // _MEASURE_WIDTH)
    if factor > 1:
        gray = gray.reduce(factor)
    # A median filter removes scanner speckle, which is not ink.
    gray = gray.filter(ImageFilter.MedianFilter(3))
    hist = gray.histogram()
    total = sum(hist)
    paper = percentile(hist, total, 0.90)
    strong = sum(hist[: max(0, paper - _STRONG)]) / total
    faint = sum(hist[: max(0, paper - _FAINT)]) / total
    # The darkest third of what differs from the paper at all: the ink itself, however little there is.
    darkest = _mean_of_darkest(hist, total, max(faint / 3, 1 / total))
    return InkMeasure(ink=strong, faint_ink=faint, contrast=float(paper - darkest))


def percentile(hist: list[int], total: int, q: float) -> int:
    seen = 0
    for value, count in enumerate(hist):
        seen += count
        if seen >= q * total:
            return value
    return 255


def _mean_of_darkest(hist: list[int], total: int, share: float) -> float:
    want = max(1, int(total * share))
    taken = 0
    weighted = 0
    for value, count in enumerate(hist):
        use = min(count, want - taken)
        weighted += use * value
        taken += use
        if taken >= want:
            break
    return weighted / taken
