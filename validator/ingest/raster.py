"""Measures taken from a page's pixels: how much ink, how faint, how much contrast."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

# About 100 dpi on an A4 page: enough to see text strokes, cheap to measure.
_MEASURE_WIDTH = 850
_STRONG = 80
_FAINT = 25
# Cells across the page in the ink map: about 4 mm on A4, fine enough to find a signature under its label.
INK_MAP_COLUMNS = 50


@dataclass(frozen=True)
class InkMeasure:
    ink: float
    faint_ink: float
    contrast: float
    # Rows of digits, one per cell: 0 no ink, 1–9 the share of the cell that is ink (in tenths, rounded up).
    ink_map: list[str]
    # The ink map again without the rules a form or a table is drawn with (`_without_rules`): what is left of a
    # cell's ink where a rule runs through it is print, a hand or a stamp.
    unruled_map: list[str]
    # The faint ink and the contrast again, leaving out the bands that a faint line crosses from edge to edge (a
    # fold's shadow, the scanner's border) and what is dark around the sheet, reaching in from the image's edge (the
    # scanner's lid or glass beside a sheet laid askew). A blank back side folded in the post measures a contrast of
    # 45 to 68 with its fold, and of the paper's grain without it. The strong ink likewise.
    faint_off_lines: float
    contrast_off_lines: float
    ink_off_lines: float


def measure(image: Image.Image, scanned: bool = True) -> InkMeasure:
    """`scanned`: the page holds a raster image, which may carry scanner speckle."""
    gray = image.convert("L")
    factor = -(-gray.width // _MEASURE_WIDTH)
    if factor > 1:
        gray = gray.reduce(factor)
    unfiltered = gray
    if scanned:
        # A median filter removes scanner speckle, which is not ink. It is the costly part of a measure,
        # and a page drawn by a program has no speckle to remove.
        gray = gray.filter(ImageFilter.MedianFilter(3))
    hist = gray.histogram()
    total = sum(hist)
    paper = percentile(hist, total, 0.90)
    light = percentile(hist, total, 0.995)
    if paper < _DARK_GROUND and light - paper >= _GROUND_STEP:
        ground = _ground(gray, (paper + light) / 2)
        if ground is not None:
            gray, unfiltered, paper = _paint_ground(gray, unfiltered, ground)
            hist = gray.histogram()
    strong = sum(hist[: max(0, paper - _STRONG)]) / total
    faint = sum(hist[: max(0, paper - _FAINT)]) / total
    # The darkest third of what differs from the paper at all: the ink itself, however little there is.
    darkest = _mean_of_darkest(hist, total, max(faint / 3, 1 / total))
    # Unfiltered: the median filter would erase a pen stroke one pixel wide; a speckle is too small to fill a tenth
    # of an ink map's cell anyway.
    ink = np.asarray(unfiltered) < paper - _STRONG
    off = _off_border(_off_lines(gray, paper - _FAINT), paper - _FAINT)
    # The lines' pixels painted white are paper: what differs from the paper is measured as above.
    off_hist = off.histogram()
    off_faint = sum(off_hist[: max(0, paper - _FAINT)]) / total
    off_darkest = _mean_of_darkest(off_hist, total, max(off_faint / 3, 1 / total))
    return InkMeasure(
        ink=strong,
        faint_ink=faint,
        contrast=float(paper - darkest),
        ink_map=_ink_map(ink),
        unruled_map=_ink_map(_without_rules(ink)),
        faint_off_lines=off_faint,
        contrast_off_lines=float(max(0.0, paper - off_darkest)),
        ink_off_lines=sum(off_hist[: max(0, paper - _STRONG)]) / total,
    )


# No sheet is scanned or photographed this dark: an image whose 90th percentile is darker is mostly ground (a slip
# photographed on a dark desk, a card copied with the lid open), and the paper is what is lighter than it.
_DARK_GROUND = 100
# The sheet's paper is this much lighter than the ground at least; and the ground this share of the image at least.
_GROUND_STEP = 60
_GROUND_SHARE = 0.15


def _ground(gray: Image.Image, threshold: float) -> np.ndarray | None:
    """The pixels of the dark ground around a sheet: darker than `threshold`, joined to the image's edge, in pieces of
    a ground's size (a table's rules running off a page's middle are thin); None when there is none, or nothing
    else (a page that is dark all over)."""
    from scipy import ndimage

    labels, _ = ndimage.label(np.asarray(gray) < threshold)
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    edge = edge[edge > 0]
    if not edge.size:
        return None
    sizes = np.asarray(ndimage.sum(np.ones(labels.shape), labels, edge))
    ground = np.isin(labels, edge[sizes >= _GROUND_SHARE * labels.size])
    return ground if ground.any() and not ground.all() else None


def _paint_ground(
    gray: Image.Image, unfiltered: Image.Image, ground: np.ndarray
) -> tuple[Image.Image, Image.Image, int]:
    """Both images with the ground painted as the sheet's paper (the 90th percentile of the rest), and that paper:
    what lies around a sheet is no ink on it."""
    pixels = np.asarray(gray)
    paper = int(np.percentile(pixels[~ground], 90))
    painted = []
    for image in (gray, unfiltered):
        out = np.array(image)
        out[ground] = paper
        painted.append(Image.fromarray(out))
    return painted[0], painted[1], paper


# A faint line crossing the page from edge to edge (a fold's shadow, the scanner's border), tilted as the sheet
# lay on the glass: a band this share of the page high (or wide) that holds one unbroken stroke of faint ink across
# this share of its width, and what its soft edges spread around it. A letter is folded twice at most.
_BAND = 0.04
_BAND_SPAN = 0.6
_BAND_EDGE = 0.01
_FOLDS = 3


def _off_lines(gray: Image.Image, threshold: int) -> Image.Image:
    """The page with the bands that faint lines cross from edge to edge painted white."""
    faint = np.asarray(gray) < threshold
    off = gray
    for turned in (False, True):
        data = faint.T.copy() if turned else faint.copy()
        height, width = data.shape
        band = max(1, int(_BAND * height))
        for _ in range(_FOLDS):
            # The faint pixels of every band of rows, from each row down.
            counts = np.concatenate(([0], np.cumsum(data.sum(axis=1))))
            sums = counts[band:] - counts[:-band]
            top = int(np.argmax(sums))
            if not sums[top]:
                break
            # One stroke from edge to edge, not a line of print, whose words stand apart.
            if _longest_run(np.asarray(data[top : top + band].any(axis=0))) < _BAND_SPAN * width:
                break
            edge = int(_BAND_EDGE * height)
            low, high = max(0, top - edge), min(height, top + band + edge)
            data[low:high] = False
            if off is gray:
                off = gray.copy()
            box = (low, 0, high, off.height) if turned else (0, low, off.width, high)
            off.paste(255, box)
    return off


def _longest_run(row: np.ndarray) -> int:
    """The length of the longest run of True in a row."""
    edges = np.flatnonzero(np.diff(np.concatenate(([False], row, [False])).astype(np.int8)))
    return int((edges[1::2] - edges[::2]).max()) if edges.size else 0


# Pixels around what reaches in from the image's edge that are its soft rim, not the sheet's.
_BORDER_RIM = 2


def _off_border(gray: Image.Image, threshold: int) -> Image.Image:
    """The page with what is darker than `threshold` and joined to the image's edge painted white: the glass or
    lid of the scanner around a sheet laid askew, in wedges along its sides (twenty-fifth's blank back sides)."""
    from scipy import ndimage

    dark = np.asarray(gray) < threshold
    if dark.size == 0 or not (dark[0].any() or dark[-1].any() or dark[:, 0].any() or dark[:, -1].any()):
        return gray
    labels, _ = ndimage.label(dark)
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    border = ndimage.binary_dilation(np.isin(labels, edge[edge > 0]), iterations=_BORDER_RIM)
    out = np.array(gray)
    out[border] = 255
    return Image.fromarray(out)


def _ink_map(ink: np.ndarray) -> list[str]:
    """The page's ink (True where a pixel is ink) in cells, each the share of it that is ink."""
    height, width = ink.shape
    cols = INK_MAP_COLUMNS
    rows = max(1, round(cols * height / width))
    dark = Image.fromarray(ink.astype(np.uint8) * 255).resize((cols, rows), Image.Resampling.BOX).tobytes()
    digits = [str(min(9, -(-v * 10 // 255))) for v in dark]
    return ["".join(digits[r * cols : (r + 1) * cols]) for r in range(rows)]


# A rule of a form or a table: a run of ink at least this share of the page's width long (some 1.2 cm on A4),
# within a band this many pixels high (a thin line, tilted up to 3° as the sheet lay on the glass), with paper
# just above and below it along most of its length. A pen's stroke as long (a cursive word's joins) has its
# letters above it; a line of print has gaps between its letters.
_RULE_LENGTH = 0.055
_RULE_BAND = 3
_RULE_CLEAR = 0.25


def _without_rules(ink: np.ndarray) -> np.ndarray:
    """The ink less the horizontal and vertical rules through it."""
    length = max(2, round(_RULE_LENGTH * ink.shape[1]))
    return _without_runs(_without_runs(ink, length).T, length).T


def _without_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The ink less its horizontal rules `length` pixels long or longer: a morphological opening of the ink
    thickened to the band's height, on windows with paper beside them."""
    from scipy import ndimage

    height, width = ink.shape
    if height < _RULE_BAND + 2 or width < length:
        return ink
    reach = _RULE_BAND // 2 + 1
    # Row r's band is rows r-1 … r+1; the rows beside it are r-2 and r+2.
    band = ndimage.maximum_filter1d(ink, _RULE_BAND, axis=0, mode="constant")
    beside = np.zeros_like(ink)
    beside[reach:-reach] = ink[: -2 * reach] | ink[2 * reach :]
    # A window of `length` pixels from each point: wholly ink in the band, and paper beside it but for a little.
    starts = ndimage.minimum_filter1d(band, length, axis=1, mode="constant", origin=-(length // 2))
    starts &= (
        ndimage.uniform_filter1d(
            beside.astype(np.float64), length, axis=1, mode="constant", origin=-(length // 2)
        )
        <= _RULE_CLEAR + 1e-9
    )
    starts[:reach] = starts[height - reach :] = False
    if not starts.any():
        return ink
    # Every pixel of a window that starts a rule is the rule's, in the band's three rows.
    covered = ndimage.maximum_filter1d(starts, length, axis=1, mode="constant", origin=(length - 1) // 2)
    return ink & ~ndimage.maximum_filter1d(covered, _RULE_BAND, axis=0, mode="constant")


# The ink of what is drawn on a form (a box to tick, a comb's walls) is this much darker than the paper, as in the
# ink map.
DRAWN_INK = 60


def drawn_ink(gray: Image.Image) -> np.ndarray:
    """The pixels of a grey image that are ink: darker than its paper (its 90th percentile) by DRAWN_INK."""
    pixels = np.asarray(gray)
    return pixels < percentile(gray.histogram(), pixels.size, 0.90) - DRAWN_INK


def straight_runs(dark: np.ndarray, run: int, axis: int) -> np.ndarray:
    """The pixels that lie in a straight run of `run` dark pixels or more along `axis` (1 across, 0 down): the
    morphological opening by a line, as a running minimum and maximum (SciPy's binary opening by a line costs some
    ten times more, running sums twice as much). Down the columns, on a transposed copy: a filter along the rows of
    a contiguous array is the faster."""
    from scipy import ndimage

    if axis == 0:
        return straight_runs(np.ascontiguousarray(dark.T), run, 1).T
    starts = ndimage.minimum_filter1d(dark, run, axis=1, mode="constant", origin=-(run // 2))
    return ndimage.maximum_filter1d(starts, run, axis=1, mode="constant", origin=(run - 1) // 2)


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


# How far a page photographed or laid on the glass at an angle may be turned, in degrees, and the steps its angle
# is looked for in: whole degrees, then quarters around the best.
MAX_SKEW = 12
_SKEW_WIDTH = 600
# The least share of the measured middle that is ink for the ink to be the text's; and how much more uneven the
# rows must be at the angle found than as scanned.
_SKEW_INK = 0.002
_SKEW_GAIN = 1.2


def skew(image: Image.Image, whole: bool = False) -> float:
    """The angle, in degrees counter-clockwise, that turns the page's lines of text level: the one at which the
    rows of ink (a page scanned sideways: its columns) are most unevenly filled (lines and the gaps between
    them), measured on a small image. Of a page, its middle is measured; `whole` measures all of a strip cut out
    of one (a zone's band)."""
    gray = image.convert("L")
    if whole:
        return _angle(gray, strip=True, faint=True) or 0.0
    # The middle of the page: its text, not the desk or the scanner's border around the sheet.
    w, h = gray.size
    middle = gray.crop((w // 5, h // 5, w - w // 5, h - h // 5))
    # A middle without ink of the text's strength, on a page with some, holds no text: the page's lines stand outside
    # it, and the page is measured whole (a certificate's last page, its lines at the head over tinted or speckled
    # paper, was turned 9.5 and 11 degrees by the paper's grain and read as nothing: twenty-eighth
    # be9ter-chosen-domicile-2, thirty-first be9ter-medcert-doctor-1, read). A faint copy's middle is its text.
    found = _angle(middle, strip=False, faint=False)
    if found is None:
        found = _angle(gray, strip=False, faint=False)
    if found is None:
        found = _angle(middle, strip=False, faint=True)
    return found or 0.0


def _angle(gray: Image.Image, strip: bool, faint: bool) -> float | None:
    """`skew` measured on the gray image as it is (`strip`: a zone's band, its lines along it); None where none of its
    ink is of the text's strength, unless `faint` ink may be the text's."""
    factor = max(1, gray.width // _SKEW_WIDTH)
    if factor > 1:
        gray = gray.reduce(factor)
    hist = gray.histogram()
    total = sum(hist)
    paper = percentile(hist, total, 0.90)
    # A sheet photographed on a desk, a booklet copied with the lid open: the dark ground's edges are no lines of text.
    ground = _ground(gray, paper - _STRONG)
    if ground is not None:
        gray, _, paper = _paint_ground(gray, gray, ground)
        hist = gray.histogram()
    # A faint copy's text is lighter than ink: it is what differs from the paper at all.
    strong = sum(hist[: max(0, paper - _STRONG)]) / total >= _SKEW_INK
    if not strong and not faint:
        return None
    dark = gray.point(lambda v: 255 if v < paper - (_STRONG if strong else _FAINT) else 0)

    # Each angle turned once: rows and columns, and the coarse angles again among the fine, measure the same turn.
    turned_by: dict[float, Image.Image] = {}

    def unevenness(angle: float, down: bool) -> float:
        turned = turned_by.get(angle)
        if turned is None:
            turned = turned_by[angle] = dark.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        size = (turned.width, 1) if down else (1, turned.height)
        profile = turned.resize(size, Image.Resampling.BOX).tobytes()
        mean = sum(profile) / len(profile)
        return sum((v - mean) ** 2 for v in profile) / len(profile)

    def most_uneven(angles: Iterable[float], down: bool) -> float:
        return max(angles, key=lambda a: (unevenness(a, down), -abs(a)))

    # A page scanned sideways has its lines running down it: they are levelled as columns, by the same turn
    # (an angle measured on its rows would be a slant across them: 11 degrees, and OCR read nothing). A zone's
    # band lies along its lines, and its letters, set at one pitch, stand in columns.
    coarse_rows = most_uneven(range(-MAX_SKEW, MAX_SKEW + 1), False)
    coarse_down = coarse_rows if strip else most_uneven(range(-MAX_SKEW, MAX_SKEW + 1), True)
    down = not strip and unevenness(coarse_down, True) > unevenness(coarse_rows, False)
    coarse = coarse_down if down else coarse_rows
    best = most_uneven((coarse + q / 4 for q in range(-3, 4)), down)
    # An angle at the end of the range, or lines hardly more level there than as scanned, is the speckle's or
    # a picture's, not the text's.
    if abs(coarse) == MAX_SKEW or unevenness(best, down) < _SKEW_GAIN * unevenness(0, down):
        return 0.0
    return best
