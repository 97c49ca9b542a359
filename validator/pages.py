"""Turn a page source into a Page: text layer where it is real text, OCR where it is not.

Blank pages are measured but never sent to OCR. A scanned page whose text
layer holds only a few words (a V-number stamped in a PDF editor, say) is
OCR'd too, and both texts are kept. Pages are read a few at a time, so that
one Tesseract process reads all of them. A page's language is told here, in
the page-reading threads, and kept in the cache with the rest of the page.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

import numpy as np
import pytesseract
from PIL import Image, ImageFilter, ImageOps

from validator import language, thumbnail
from validator._exec import tesseract
from validator.cache import Cache, dump_words, key, load_words
from validator.extract import mrz
from validator.extract.columns import reading_turn, turn_box
from validator.ingest import bands
from validator.ingest.checkboxes import find_checkboxes
from validator.ingest.combs import find_combs, place, read_combs
from validator.ingest.photo import find_photo
from validator.ingest.raster import measure, skew
from validator.ingest.source import MAX_RENDER_PIXELS, MM_PER_INCH, PageSource, PageUnreadable
from validator.ingest.zones import zone_bands
from validator.inkmap import MARK_AREA, area, body_marks, dark_band, margin_marks, margin_picture, passed_over
from validator.model import Box, Mark, Page, Problem, Word
from validator.textmatch import NUMBER_KINDS, fold, number_labels

# Measured on the sample pages and the benchmark's (README, "Speed"): at 200 dpi Tesseract reads
# every V-number and date it reads at 300, in two thirds of the time.
OCR_DPI = 200
MEASURE_DPI = 72
# Scans below this share of the OCR resolution are enlarged, up to MAX_UPSCALE times; those above
# it are read at their own resolution, as enlarging adds pixels but no detail.
ENLARGE_BELOW = 0.66
MAX_UPSCALE = 4.0
# Below this much faint ink there is nothing on the page for OCR to read.
NOTHING_TO_READ = 0.0005
# A scan with less text-layer text than this is read by OCR as well.
THIN_TEXT_LAYER = 200
# A page turned at least this many degrees off level is straightened before it is read; Tesseract reads a scan
# skewed less than that as well straight.
DESKEW_FROM = 3.0
# Tesseract's orientation confidence below which a page is left as it is.
OSD_MIN_CONFIDENCE = 2.0
# Tesseract's script confidence below which the script is not recorded.
OSD_MIN_SCRIPT_CONFIDENCE = 1.0
# Pages read by one Tesseract process, at most: the images wait in memory until it has run.
OCR_BATCH = 8
# Marks of a page's margins read on their own, largest first; the space around each, in page widths.
MARKS_READ = 4
MARK_PAD = 0.01
# Ink cells of a page's body that no word explains, from which OCR may have dropped a block of print (a signature
# and a stamp leave some 100 to 180); and how many more words a reading as one block must find surely to be kept
# instead (a letter read as one block found 242 where the first reading found 41).
LOST_CELLS = 100
LOST_GAIN, LOST_MORE = 1.5, 20
_BODY = Box(0.05, 0.05, 0.95, 0.95)
# A machine-readable zone's lines are the words with fillers in them ("<", or OCR's "c", "e", "k" for a run of
# them); its band is cut out with this many of its lines' heights above and below, and this share of the page
# either side.
ZONE_FILLERS = re.compile(r"<.*<|[<cek]{5,}")
ZONE_PAD_LINES = 0.6
ZONE_PAD_WIDTH = 0.02
# Lines closer than this many line heights are lines of one band; a band less than this many pixels across holds
# nothing Tesseract could read (a box OCR placed on the page's very edge).
ZONE_LINE_GAP = 1.5
ZONE_MIN_PIXELS = 8
# A zone OCR read no filler of is looked for on pages of at most this many words (a travel document's page holds
# some 20 to 80); its band is cut out with this share of the page either side (the thin fillers at a line's end
# may be left out of the band found) and above and below.
ZONE_LOOK_WORDS = 120
ZONE_LOOK_PAD_WIDTH, ZONE_LOOK_PAD_HEIGHT = 0.12, 0.008
# The share of the darkest and of the lightest pixels a zone's band loses when its contrast is stretched.
ZONE_CONTRAST_CUT = 2
# A dark bar's heading read alone is kept when its words are read this sure on average (a heading reads at 90 and
# more; a dark strip of a photo as a few letters at 30 or 40).
BAND_SURE = 60
# Fewer pages when they are large: eight A4 pages at 200 dpi.
OCR_BATCH_PIXELS = 8 * 1654 * 2339


@dataclass(frozen=True)
class ReadOptions:
    ocr_dpi: int = OCR_DPI
    ocr_timeout: float = 300.0
    # Off only where the question is whether files can be read at all (the corpus test).
    ocr: bool = True


def real_text(text: str) -> bool:
    """A text layer that carries readable text, not replacement characters or private glyph codes."""
    chars = [c for c in text if not c.isspace()]
    if sum(c.isalnum() for c in chars) < 3:
        return False
    bad = sum(c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cn") for c in chars)
    return bad / len(chars) < 0.1


@dataclass
class _Pending:
    """A page waiting for OCR: its image, straightened by `angle` degrees; the image as scanned, on which its
    marks are read; and the cache key the result is kept under."""

    page: Page
    problems: list[Problem]
    image: Image.Image
    dpi: float
    key: str
    scanned: Image.Image
    angle: float


def read_pages(
    sources: list[PageSource], options: ReadOptions, cache: Cache
) -> list[tuple[Page | None, list[Problem]]]:
    """Each page with the problems met reading it, in the order given; None for a page that cannot be
    rendered, whose problem says why."""
    read: list[tuple[Page | None, list[Problem]]] = []
    pending: list[_Pending] = []
    for src in sources:
        try:
            page, problems, waiting = _prepare(src, options, cache)
        except PageUnreadable as exc:
            read.append(
                (None, [Problem("unreadable", f"page {src.number} cannot be read ({exc})", src.number)])
            )
            continue
        read.append((page, problems))
        if waiting is not None:
            pending.append(waiting)
            if sum(p.image.width * p.image.height for p in pending) >= OCR_BATCH_PIXELS:
                _ocr(pending, options, cache)
                pending = []
    _ocr(pending, options, cache)
    for done, _ in read:
        if done is not None:
            done.language = language.page_language(done)
    return read


def _prepare(
    src: PageSource, options: ReadOptions, cache: Cache
) -> tuple[Page, list[Problem], _Pending | None]:
    """The page as far as it can be read without OCR, and what OCR still has to read on it."""
    layer = src.text_layer()
    text = layer.text if layer is not None else ""
    has_layer = layer is not None and real_text(text)
    thin = has_layer and src.image_coverage > 0.5 and sum(c.isalnum() for c in text) < THIN_TEXT_LAYER
    page = Page(
        src.file,
        src.number,
        src.width_mm,
        src.height_mm,
        src.size_source,
        src.scan_dpi,
        ink=0.0,
        faint_ink=0.0,
        contrast=None,
    )
    if has_layer and layer is not None:
        page.text, page.words, page.text_source = text, list(layer.words), "text-layer"
        page.images = list(src.image_boxes)
    layer_only = has_layer and not thin
    image = src.render(MEASURE_DPI if layer_only else _render_dpi(src, options))
    _measure(page, image, src.image_coverage > 0)
    page.thumbnail = thumbnail.make(image)
    problems: list[Problem] = []
    if layer_only and options.ocr:
        # What a picture on a text-layer page says is in no layer: a stamp with the V-number put onto a letter as
        # an image, or a lawyer's stamp pasted where the letter is signed (thirty-ninth be9ter-signed-2: taken for the
        # signature). Each is read on its own, at OCR's resolution, those in the margins first.
        pictures = sorted(
            (b for b in page.images if area(b) < MARK_AREA), key=lambda b: not margin_picture(b)
        )
        if pictures:
            _read_marks(page, src.render(options.ocr_dpi), options, cache, pictures)
    if layer_only or page.faint_ink < NOTHING_TO_READ or not options.ocr:
        return page, problems, None
    dpi = image.width / (page.width_mm / MM_PER_INCH) if page.width_mm else page.dpi or options.ocr_dpi
    if dpi < options.ocr_dpi * ENLARGE_BELOW:
        # Never past what a page may be rendered at: a poster-sized page of 6325 pixels square, enlarged
        # 3.7 times, was half a gigapixel for Tesseract to read (2.6 GB).
        room = (MAX_RENDER_PIXELS / max(1, image.width * image.height)) ** 0.5
        factor = min(MAX_UPSCALE, options.ocr_dpi / dpi, room)
        if factor > 1:
            image = image.resize(
                (int(image.width * factor), int(image.height * factor)), Image.Resampling.LANCZOS
            )
            dpi *= factor
    # A page photographed or laid on the glass at an angle is read straightened: Tesseract reads level lines,
    # and loses a passport's zone a few degrees off.
    angle = skew(image)
    straight = image
    if abs(angle) >= DESKEW_FROM:
        straight = image.convert("RGB").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor="white")
    else:
        angle = 0.0
    k = key(
        "ocr",
        hashlib.sha256(straight.tobytes()).hexdigest(),
        straight.size,
        round(dpi),
        tesseract.LANGUAGES,
        tesseract.version(),
    )
    stored = cache.get("ocr", k)
    if stored is None:
        return page, problems, _Pending(page, problems, straight, dpi, k, image, angle)
    _apply(page, tesseract.OcrResult(stored["text"], load_words(stored["words"])), stored.get("script"))
    if not stored.get("straightened", True):
        straight, angle = image, 0.0
    _read_lost(page, straight, dpi, angle, image.size, k, options, cache)
    _read_combs(page, image, dpi, k, options, cache)
    _read_bands(page, image, dpi, k, options, cache)
    _read_zones(page, image, options, cache)
    _read_marks(page, image, options, cache)
    _read_desk(page, image, options, cache)
    _read_stamps(page, image, options, cache)
    return page, problems, None


def _render_dpi(src: PageSource, options: ReadOptions) -> float:
    scan = src.scan_dpi if src.image_coverage > 0.5 else None
    if scan is not None and options.ocr_dpi * ENLARGE_BELOW <= scan < options.ocr_dpi:
        return scan
    return options.ocr_dpi


def _confident(result: tesseract.OcrResult) -> int:
    return sum(w.conf >= 60 and len(w.text) >= 3 for w in result.words)


def _poorly_read(result: tesseract.OcrResult) -> bool:
    """Few confident words: perhaps the page was scanned sideways or upside down."""
    return _confident(result) < max(5, len(result.words) // 2)


# A machine-readable zone read upside down: its fillers "<" come out as ">" ("0>>>>>>>>>>>>>>>ELT60EEIZ…",
# ">>> >>> INd>>dTIddAn").
_TURNED_FILLERS = 5


def _turned_zone(result: tesseract.OcrResult) -> bool:
    return any(line.count(">") >= _TURNED_FILLERS for line in result.text.splitlines())


def _upright_zone(result: tesseract.OcrResult) -> bool:
    return any(line.count("<") >= _TURNED_FILLERS for line in result.text.splitlines())


def _read_turned(
    image: Image.Image, dpi: float, options: ReadOptions, first: tesseract.OcrResult
) -> tuple[tesseract.OcrResult | None, str | None]:
    """OCR the page turned upright (None when it is upright already, or reads no better turned than `first`,
    as read unturned), and the script Tesseract saw. Word boxes are mapped back onto the page as scanned.
    """
    osd = tesseract.orientation(image, dpi, options.ocr_timeout)
    script = osd.script if osd.script_confidence >= OSD_MIN_SCRIPT_CONFIDENCE else None
    turned_zone = _turned_zone(first)
    if osd.confidence >= OSD_MIN_CONFIDENCE and osd.angle == 0 and not turned_zone:
        return None, script
    # Orientation detection may be wrong, even when it says it is sure: a passport copied sideways onto a
    # landscape page (a photo, little text) it turns the wrong way round, and a passport copied upside down it
    # may call upright, when its zone's fillers say otherwise. Its angle is tried first, then upside down (how
    # a page most often goes onto a scanner wrongly), then the quarter turns, until one reads.
    first_try = 180 if turned_zone else osd.angle if osd.confidence >= OSD_MIN_CONFIDENCE else 180
    best: tesseract.OcrResult | None = None
    for angle in dict.fromkeys((first_try, 180, 90, 270)):
        turned = _read_at(image, dpi, options, angle)
        # A zone read upside down and read upright turned is the page's way up, however few other words its layout
        # analysis kept: a passport photographed upside down on a desk, its fields small (fortyfirst
        # be9ter-medcert-present-2, read after its blind run: only its zone, as ">>>>…", was read, the passport
        # was "other" and a certificate could be among what was not read).
        zone_upright = turned_zone and _upright_zone(turned)
        if zone_upright or _confident(turned) > max(5, _confident(first), _confident(best) if best else 0):
            best = turned
        if best is not None and (zone_upright or not _poorly_read(best)):
            break
    return best, script


def _read_at(
    image: Image.Image, dpi: float, options: ReadOptions, angle: int, psm: int = tesseract.AUTO
) -> tesseract.OcrResult:
    upright = tesseract.ocr(image.rotate(-angle, expand=True), dpi, options.ocr_timeout, psm)
    words = [Word(w.text, w.conf, turn_box(w.box, angle)) for w in upright.words]
    return tesseract.OcrResult(upright.text, words)


def _unskew(box: Box, angle: float, size: tuple[int, int]) -> Box:
    """A box on the page straightened by `angle` degrees, placed on the page as scanned."""
    width, height = size
    cx, cy = width / 2, height / 2
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    points = []
    for u, v in ((box.x0, box.y0), (box.x1, box.y0), (box.x0, box.y1), (box.x1, box.y1)):
        dx, dy = u * width - cx, v * height - cy
        points.append(((cx + dx * cos - dy * sin) / width, (cy + dx * sin + dy * cos) / height))
    xs, ys = [min(1.0, max(0.0, x)) for x, _ in points], [min(1.0, max(0.0, y)) for _, y in points]
    return Box(min(xs), min(ys), max(xs), max(ys))


def _measure(page: Page, image: Image.Image, scanned: bool) -> None:
    m = measure(image, scanned)
    page.ink, page.faint_ink, page.contrast, page.ink_map = m.ink, m.faint_ink, m.contrast, m.ink_map
    page.unruled_map = m.unruled_map
    page.faint_off_lines, page.contrast_off_lines = m.faint_off_lines, m.contrast_off_lines
    page.ink_off_lines = m.ink_off_lines
    page.photo = find_photo(image, page.width_mm, page.height_mm)
    page.checkboxes = find_checkboxes(image, page.width_mm)


def _ocr(pending: list[_Pending], options: ReadOptions, cache: Cache) -> None:
    results = tesseract.ocr_pages([(p.image, p.dpi) for p in pending], options.ocr_timeout)
    for waiting, result in zip(pending, results):
        script = None
        try:
            if isinstance(result, Exception):
                raise result
            if waiting.angle and _poorly_read(result):
                # A page of a few short lines gives its skew poorly: a letter's last page, the signer's title and name
                # at its head, was turned 10.75 degrees and read as nothing (fortysecond be9ter-signed-2, read after
                # its blind run: their ink taken for the hand, a false all-clear). Read as scanned too, the better
                # reading is kept.
                level = tesseract.ocr(waiting.scanned, waiting.dpi, options.ocr_timeout)
                if _confident(level) > _confident(result):
                    result, waiting.image, waiting.angle = level, waiting.scanned, 0.0
            if _poorly_read(result) or _turned_zone(result):
                # A page that reads poorly may be turned, or in a script the OCR languages do not cover.
                turned, script = _read_turned(waiting.image, waiting.dpi, options, result)
                result = turned or result
            if waiting.angle:
                result = tesseract.OcrResult(
                    result.text,
                    [
                        Word(w.text, w.conf, _unskew(w.box, waiting.angle, waiting.image.size))
                        for w in result.words
                    ],
                )
        except (RuntimeError, pytesseract.TesseractError, OSError) as exc:
            waiting.problems.append(Problem("ocr-failed", str(exc).strip()[:200], waiting.page.number))
            continue
        cache.put(
            "ocr",
            waiting.key,
            {
                "text": result.text,
                "script": script,
                "words": dump_words(result.words),
                "straightened": bool(waiting.angle),
            },
        )
        _apply(waiting.page, result, script)
        _read_lost(
            waiting.page,
            waiting.image,
            waiting.dpi,
            waiting.angle,
            waiting.scanned.size,
            waiting.key,
            options,
            cache,
        )
        _read_combs(waiting.page, waiting.scanned, waiting.dpi, waiting.key, options, cache)
        _read_bands(waiting.page, waiting.scanned, waiting.dpi, waiting.key, options, cache)
        _read_zones(waiting.page, waiting.scanned, options, cache)
        _read_marks(waiting.page, waiting.scanned, options, cache)
        _read_desk(waiting.page, waiting.scanned, options, cache)
        _read_stamps(waiting.page, waiting.scanned, options, cache)


def _read_lost(
    page: Page,
    straight: Image.Image,
    dpi: float,
    angle: float,
    size: tuple[int, int],
    ocr_key: str,
    options: ReadOptions,
    cache: Cache,
) -> None:
    """Tesseract's layout analysis at times drops whole blocks of print: a letter's middle beside a pencil note in
    the margin, a form's rows beside a hand. Where most of a page's ink is unworded, the page is read again as one
    block of lines, and that reading is kept when it finds markedly more words read surely."""
    if page.text_source != "ocr":
        return
    # More of the page's ink unexplained than explained by the words read: a certificate filled in by a hand OCR
    # cannot read leaves less than half of it so, a letter that lost its middle three quarters.
    lost, worded = passed_over(page, _BODY)
    if lost < LOST_CELLS or lost < worded:
        return
    # A page read turned a quarter (its words' boxes stand upright on the scan) is read again turned either way.
    sideways = sum(w.box.upright for w in page.words) > len(page.words) / 2
    best = tesseract.OcrResult(page.text, page.words)
    for turn in (90, 270) if sideways else (0,):
        # The page's OCR key already names its pixels, resolution, languages and Tesseract's version.
        k = key("block", ocr_key, turn)
        stored = cache.get("block", k)
        if stored is None:
            try:
                block = (
                    _read_at(straight, dpi, options, turn, psm=tesseract.ONE_BLOCK)
                    if turn
                    else tesseract.ocr(straight, dpi, options.ocr_timeout, psm=tesseract.ONE_BLOCK)
                )
            except (RuntimeError, pytesseract.TesseractError, OSError):
                continue
            words = (
                [Word(w.text, w.conf, _unskew(w.box, angle, size)) for w in block.words]
                if angle
                else block.words
            )
            stored = {"text": block.text, "words": dump_words(words)}
            cache.put("block", k, stored)
        block = tesseract.OcrResult(stored["text"], load_words(stored["words"]))
        if _confident(block) >= LOST_GAIN * _confident(best) + LOST_MORE:
            best = block
    page.text, page.words = best.text, best.words


def _read_combs(
    page: Page, image: Image.Image, dpi: float, ocr_key: str, options: ReadOptions, cache: Cache
) -> None:
    """A form's comb fields read again with their boxes painted over (validator/ingest/combs.py): what each says
    takes the place of what OCR of the whole page made of it, walls and all, in the page's text and words. A comb
    left blank, whose walls OCR read as letters, says nothing; one whose ink reads as nothing stays as first read,
    unsure ink for a person to look at."""
    if page.text_source != "ocr":
        return
    # Read turned (a form scanned sideways or upside down), its combs are found and read on the page upright.
    turn = reading_turn(page.words)
    k = key("comb", ocr_key, turn)
    stored = cache.get("comb", k)
    if stored is None:
        upright = image.rotate(-turn, expand=True) if turn else image
        combs = find_combs(upright, page.height_mm if turn in (90, 270) else page.width_mm)
        if not combs:
            # Finding none costs less than keeping an entry for every page.
            return
        try:
            readings = read_combs(
                upright,
                combs,
                lambda sheet: tesseract.ocr(sheet, dpi, options.ocr_timeout, psm=tesseract.ONE_BLOCK).words,
            )
        except (RuntimeError, pytesseract.TesseractError, OSError):
            return
        stored = {
            "combs": [
                {
                    "boxes": [[b.x0, b.y0, b.x1, b.y1] for b in r.comb.boxes],
                    "inked": r.inked,
                    "words": dump_words(list(r.words)),
                }
                for r in readings
            ]
        }
        cache.put("comb", k, stored)
    if turn:
        page.words = [Word(w.text, w.conf, turn_box(w.box, (360 - turn) % 360)) for w in page.words]
    place(
        page,
        [([Box(*b) for b in c["boxes"]], c["inked"], load_words(c["words"])) for c in stored["combs"]],
    )
    if turn:
        page.words = [Word(w.text, w.conf, turn_box(w.box, turn)) for w in page.words]
        page.combs = [turn_box(b, turn) for b in page.combs]


def _read_bands(
    page: Page, image: Image.Image, dpi: float, ocr_key: str, options: ReadOptions, cache: Cache
) -> None:
    """A heading reversed out of a dark bar that OCR of the whole page passed over (no word read on it) is read on
    its own (validator/ingest/bands.py) and put in the page's text where it stands: the section it heads
    ("C. ÉLECTION DE DOMICILE") is then found as printed. A bar read as nothing sure adds nothing."""
    if page.text_source != "ocr" or reading_turn(page.words):
        return
    passed = [
        band
        for band in bands.find_bands(image, page.height_mm)
        if not any(
            band.x0 <= (w.box.x0 + w.box.x1) / 2 <= band.x1
            and band.y0 <= (w.box.y0 + w.box.y1) / 2 <= band.y1
            for w in page.words
        )
    ]
    if not passed:
        return
    k = key("band", ocr_key)
    stored = cache.get("band", k)
    if stored is None:
        try:
            stored = {
                "bands": [
                    {
                        "box": [b.x0, b.y0, b.x1, b.y1],
                        "words": dump_words(_band_words(image, b, dpi, options)),
                    }
                    for b in passed
                ]
            }
        except (RuntimeError, pytesseract.TesseractError, OSError):
            return
        cache.put("band", k, stored)
    bands.place(page, [(Box(*b["box"]), load_words(b["words"])) for b in stored["bands"]])


def _band_words(image: Image.Image, band: Box, dpi: float, options: ReadOptions) -> list[Word]:
    """The words of a bar read alone, on the page; none unless read surely on the whole (a dark strip of a photo
    reads as a few unsure letters)."""
    result = tesseract.ocr(bands.reversed_out(image, band), dpi, options.ocr_timeout, psm=tesseract.ONE_BLOCK)
    words = [w for w in result.words if w.text.strip()]
    if not words or sum(w.conf for w in words) / len(words) < BAND_SURE:
        return []
    w, h = band.x1 - band.x0, band.y1 - band.y0
    return [
        Word(
            word.text,
            word.conf,
            Box(
                band.x0 + word.box.x0 * w,
                band.y0 + word.box.y0 * h,
                band.x0 + word.box.x1 * w,
                band.y0 + word.box.y1 * h,
            ),
        )
        for word in words
    ]


def _read_zones(page: Page, image: Image.Image, options: ReadOptions, cache: Cache) -> None:
    """A zone that fails its check digits is misread far more often than misprinted: OCR of the whole page reads
    its fillers as letters and its O as 0, or breaks its lines apart so that no zone is found at all. Its band is
    cut out and read again as nothing but a zone (`mrz.reread` says which reading is taken), first as it is, then
    levelled on its own (a passport photographed a degree or two off level drifts a line along its 44
    characters), then also enlarged, and with its contrast stretched. A zone that fails in every reading stays as
    first read. Where OCR read no filler at all, a zone it passed over whole is looked for by its look
    (`ingest.zones`) on a page of few words, and kept only where every check digit holds."""
    if "ocr" not in page.text_source or not mrz.unsettled(page.text):
        return
    seeded = _zone_bands(page)
    if seeded:
        bands = [(band, 0.0, 0.0) for band in seeded]
    elif len(page.words) <= ZONE_LOOK_WORDS and not mrz.find_mrz(page.text) and _travel_document(page):
        bands = [(band, ZONE_LOOK_PAD_WIDTH, ZONE_LOOK_PAD_HEIGHT) for band in zone_bands(image, page.words)]
    else:
        return
    for band, pad_x, pad_y in bands:
        crop = image.crop(
            (
                int(max(0.0, band.x0 - pad_x) * image.width),
                int(max(0.0, band.y0 - pad_y) * image.height),
                int(min(1.0, band.x1 + pad_x) * image.width),
                int(min(1.0, band.y1 + pad_y) * image.height),
            )
        ).convert("L")
        if min(crop.size) < ZONE_MIN_PIXELS:
            continue
        digest = hashlib.sha256(crop.tobytes()).hexdigest()
        # A band standing upright was read on a page turned a quarter; one lying down may be upside down.
        for turn in (90, 270) if crop.height > crop.width else (0, 180):
            for way, reading in _zone_images(crop.rotate(turn, expand=True)):
                k = key("zone", digest, crop.size, turn, way, tesseract.version())
                stored = cache.get("zone", k)
                if stored is None:
                    try:
                        stored = {"text": tesseract.read_zone(reading(), options.ocr_timeout)}
                    except (RuntimeError, pytesseract.TesseractError, OSError):
                        continue
                    cache.put("zone", k, stored)
                page.text = mrz.reread(page.text, stored["text"])
                if not mrz.unsettled(page.text):
                    return


# Words a travel document's data page prints beside its zone, in the languages passports are printed in.
_TRAVEL_WORDS = re.compile(
    r"\b(?:passports?|passeports?|pasaportes?|paspoorts?|reisepass|republi[a-z]*|nationalit[a-z]*|identity|"
    r"identite|surnames?|given names|date of birth|date de naissance)\b"
)


def _travel_document(page: Page) -> bool:
    """The page may be a travel document's: a face on it, or the words its data page prints."""
    return page.photo is not None or _TRAVEL_WORDS.search(fold(page.text)) is not None


def _zone_images(band: Image.Image) -> Iterator[tuple[str, Callable[[], Image.Image]]]:
    """The ways a zone's band is read, each named (for the cache) and made only when it is read."""
    yield "as-cut", lambda: band
    angle = skew(band, whole=True)
    if angle:

        def level() -> Image.Image:
            return band.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)

        def enlarged() -> Image.Image:
            flat = level()
            return flat.resize((flat.width * 2, flat.height * 2), Image.Resampling.LANCZOS)

        yield f"level{angle}", level
        yield f"level{angle}x2", enlarged
        yield f"level{angle}x2-contrast", lambda: ImageOps.autocontrast(enlarged(), cutoff=ZONE_CONTRAST_CUT)


def _zone_bands(page: Page) -> list[Box]:
    """Where the page's machine-readable zones are printed, each with some room around it."""
    seeds = [w.box for w in page.words if ZONE_FILLERS.search(w.text)]
    # On a page read turned a quarter, the zone's lines stand upright on the scan: the band is found across them.
    across = sum(b.upright for b in seeds) > len(seeds) / 2
    turn = _transpose if across else _same
    words = [turn(w.box) for w in page.words]
    groups: list[list[Box]] = []
    for box in sorted((turn(b) for b in seeds), key=lambda b: b.y0):
        if groups and box.y0 - max(b.y1 for b in groups[-1]) < ZONE_LINE_GAP * (box.y1 - box.y0):
            groups[-1].append(box)
        else:
            groups.append([box])
    bands = []
    for group in groups:
        height = sorted(b.y1 - b.y0 for b in group)[len(group) // 2]
        top, bottom = min(b.y0 for b in group), max(b.y1 for b in group)
        # The words beside the fillers' on the same lines: a line of a zone OCR split in two.
        row = [b for b in words if b.y0 < bottom and b.y1 > top] + group
        # Their height too: a line photographed askew drops from the fillers' end to its start (twenty-seventh
        # ind-hnt-clean-02, read: the number line's first characters cut off at the band's foot).
        band = Box(
            max(0.0, min(b.x0 for b in row) - ZONE_PAD_WIDTH),
            max(0.0, min(b.y0 for b in row) - ZONE_PAD_LINES * height),
            min(1.0, max(b.x1 for b in row) + ZONE_PAD_WIDTH),
            min(1.0, max(b.y1 for b in row) + ZONE_PAD_LINES * height),
        )
        bands.append(turn(band))
    return bands


def _transpose(box: Box) -> Box:
    return Box(box.y0, box.x0, box.y1, box.x1)


def _same(box: Box) -> Box:
    return box


def _read_marks(
    page: Page, image: Image.Image, options: ReadOptions, cache: Cache, marks: list[Box] | None = None
) -> None:
    """Read the marks in the page's margins that OCR of the whole page passed over, one by one (or the pictures
    `marks`): a V-number written by hand, stamped askew or turned along the edge is often read when cut out on its
    own. What a margin's mark says is added to the page's text, not to its words: a mark misread stays ink no word
    explains, so a page it leaves without the number is for a person to look at, never "missing". What each said is
    kept with it (`Page.marks`)."""
    for box in (margin_marks(page) if marks is None else marks)[:MARKS_READ]:
        said = _cut_out_read("mark", _mark_crop(image, box), options, cache)
        if said is None:
            continue
        page.marks.append(Mark(box, said))
        if marks is not None and not margin_picture(box):
            continue
        # A number's label alone is kept too: a stamp whose number OCR could not read under it (half hidden by a
        # copied booklet's dark edge: twenty-eighth ind-hnt-translation-01) says the number is there.
        if any(c.isdigit() for c in said) or _labels_a_number(said):
            page.text = f"{page.text}\n{said}"


# A page that asks for a stamp: a certificate's "Naam, handtekening en stempel van de arts (met RIZIV-nummer)".
_ASKS_STAMP = re.compile(r"\b(?:stempel|cachet|stamp|riziv|inami)")
# The stamps read on a page at most, and the digits a stamp's reading holds to be kept: a doctor's number's eleven,
# an office's telephone number's nine or ten.
STAMPS_READ = 2
_STAMP_DIGITS = 8


def _read_stamps(page: Page, image: Image.Image, options: ReadOptions, cache: Cache) -> None:
    """Read on their own the marks as large as a stamp in the body of a page that asks for one: a doctor's stamp in
    pale blue that OCR of the whole page passed over, its number unread (fortythird's certificates of the earlier
    model, read: "met RIZIV-nummer" asked on the stamp's line, "check by hand" on six good dossiers). What holds a
    number is added to the page's text, as a margin's mark is (`_read_marks`)."""
    if "ocr" not in page.text_source or not _ASKS_STAMP.search(fold(page.text)):
        return
    for box in body_marks(page)[:STAMPS_READ]:
        said = _cut_out_read("mark", _mark_crop(image, box), options, cache)
        if said is None:
            continue
        page.marks.append(Mark(box, said))
        if sum(c.isdigit() for c in said) >= _STAMP_DIGITS:
            page.text = f"{page.text}\n{said}"


def _mark_crop(image: Image.Image, box: Box) -> Image.Image:
    """The mark cut out of the page's image with a little paper around it, in grey."""
    pad = MARK_PAD * image.width
    return image.crop(
        (
            max(0, int(box.x0 * image.width - pad)),
            max(0, int(box.y0 * image.height - pad)),
            min(image.width, int(box.x1 * image.width + pad)),
            min(image.height, int(box.y1 * image.height + pad)),
        )
    ).convert("L")


def _cut_out_read(
    kind: str,
    crop: Image.Image,
    options: ReadOptions,
    cache: Cache,
    prepare: Callable[[Image.Image], Image.Image] | None = None,
) -> str | None:
    """What a piece cut out of the page says, read on its own (`tesseract.read_mark`), as `prepare` makes it where
    given, kept in the cache under `kind` by the piece's own pixels; None where Tesseract failed."""
    k = key(kind, hashlib.sha256(crop.tobytes()).hexdigest(), crop.size, tesseract.version())
    stored = cache.get(kind, k)
    if stored is None:
        try:
            stored = {"text": tesseract.read_mark(prepare(crop) if prepare else crop, options.ocr_timeout)}
        except (RuntimeError, OSError):
            return None
        cache.put(kind, k, stored)
    return str(stored["text"])


def _labels_a_number(text: str) -> bool:
    """The text holds a number's label of one of the kinds looked for (a V-number's, a national number's)."""
    return any(number_labels(text, kind) for kind in NUMBER_KINDS)


# The head and the foot of a page read on their own where a desk shows there, in page heights; the surroundings a
# pixel is set against, blurred over this share of the page's height.
DESK_STRIP = 0.12
DESK_BLUR = 0.015
# Print is darker than its surroundings by this share at least; a desk's grain is not.
DESK_PRINT = 0.6
_DESK_NUMBER = re.compile(r"\d{8}")


def _read_desk(page: Page, image: Image.Image, options: ReadOptions, cache: Cache) -> None:
    """A line a program stamps on every page of a PDF ("V-nr. 5752115469 – Samuel Okello") lies, on a page that is a
    photo of a sheet on a desk, over the desk or across the sheet's edge: dark on dark, and OCR of the whole page
    passes over it, as its thresholds are the sheet's (fortysecond ind-hnt-clean-09 and ind-med-clean-08, read: a
    passport's copy photographed on a table or on a brown folder, its V-number line in the wood under it, "not
    read"). The page's head and foot are read on their own, each pixel set against the blur of its surroundings so
    that the desk's dark and the paper's light are one background. What says a number is added to the page's text,
    as a margin's mark is (`_read_marks`)."""
    if "ocr" not in page.text_source:
        return
    for top, bottom in ((0.0, DESK_STRIP), (1.0 - DESK_STRIP, 1.0)):
        # The desk, or a folder the sheet lies on, shows as a band of solid ink across the strip (`dark_band`); a
        # sheet scanned on the glass has none there, and its marks are read one by one.
        if not dark_band(page, Box(0.0, top, 1.0, bottom)):
            continue
        strip = image.crop((0, int(top * image.height), image.width, int(bottom * image.height))).convert("L")
        said = _cut_out_read(
            "desk", strip, options, cache, partial(_flattened, radius=DESK_BLUR * image.height)
        )
        if said is None:
            continue
        page.marks.append(Mark(Box(0.0, top, 1.0, bottom), said))
        # The sheet's own head or foot is in the strip too, read already: only a labelled number or a long one is
        # the line stamped on the page.
        if _DESK_NUMBER.search(said) or _labels_a_number(said):
            page.text = f"{page.text}\n{said}"


def _flattened(image: Image.Image, radius: float) -> Image.Image:
    """The grey image in black and white against its own background: black where a pixel is darker than its
    surroundings' blur by a share (`DESK_PRINT`), so that print reads black on white wherever it lies, and a desk's
    grain, lighter than print, is white."""
    pixels = np.asarray(image, dtype=float)
    background = np.asarray(image.filter(ImageFilter.GaussianBlur(radius)), dtype=float)
    return Image.fromarray(np.where(pixels < DESK_PRINT * background, 0, 255).astype(np.uint8))


def _apply(page: Page, result: tesseract.OcrResult, script: str | None) -> None:
    page.script = script
    if page.text_source == "text-layer":
        page.text = f"{page.text}\n{result.text}"
        page.words.extend(result.words)
        page.text_source = "text-layer+ocr"
    else:
        page.text, page.words, page.text_source = result.text, result.words, "ocr"
