"""Paper as lawyers receive it: scanned pages (skew, blur, speckle, JPEG artefacts) and born-digital PDFs."""

from __future__ import annotations

import io
import random
import struct
from dataclasses import dataclass
from pathlib import Path

import pypdf
import yaml
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf.actions import JavaScript

# A line of its own that stands for a handwritten signature, on scanned and on born-digital pages.
SIGNATURE = "\x00signature"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
A4_MM = (210.0, 297.0)
LETTER_MM = (215.9, 279.4)
A5_MM = (148.0, 210.0)
MM_PER_INCH = 25.4


# ---- scanned pages ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How a page came out of the scanner."""

    dpi: int = 200
    paper: int = 244
    ink: int = 35
    skew: float = 0.4
    blur: float = 0.6
    speckles: int = 400
    size_mm: tuple[float, float] = A4_MM
    # DejaVu Serif has no Arabic letters; Sans has.
    serif: bool = True


def _font(size_pt: float, dpi: int, bold: bool = False, serif: bool = True) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf")
    return ImageFont.truetype(name, round(size_pt / 72 * dpi))


def scanned_page(
    lines: list[str],
    seed: int,
    scan: Scan = Scan(),
    header: str | None = None,
    stamp: str | None = None,
    footer: str | None = None,
    left_mm: float = 25,
    photo: bool = False,
) -> Image.Image:
    """A typed page: a header line, body lines, a stamp in the bottom margin, a footer; then scanned."""
    width = round(scan.size_mm[0] / MM_PER_INCH * scan.dpi)
    height = round(scan.size_mm[1] / MM_PER_INCH * scan.dpi)
    px = scan.dpi / MM_PER_INCH
    img = Image.new("L", (width, height), scan.paper)
    draw = ImageDraw.Draw(img)
    x = round(left_mm * px)
    if header:
        draw.text(
            (width - round(20 * px), round(12 * px)),
            header,
            fill=scan.ink,
            font=_font(10, scan.dpi),
            anchor="ra",
        )
    y = round(35 * px)
    for line in lines:
        if line == SIGNATURE:
            draw.line(
                [(x + round(u * px), y + round(v * px)) for u, v in _signature(seed)],
                fill=scan.ink + 20,
                width=max(2, round(0.5 * px)),
                joint="curve",
            )
            y += round(16 * px)
            continue
        bold = line.startswith("# ")
        draw.text(
            (x, y),
            line.removeprefix("# "),
            fill=scan.ink,
            font=_font(13 if bold else 11, scan.dpi, bold, scan.serif),
        )
        y += round((9 if bold else 6.5) * px)
    if photo:
        _photo(img, (width - round(65 * px), round(45 * px)), px)
    if stamp:
        _stamp(img, stamp, scan, (round(120 * px), height - round(40 * px)))
    if footer:
        draw.text((x, height - round(15 * px)), footer, fill=scan.ink, font=_font(9, scan.dpi))
    return _scanner(img, seed, scan)


def _signature(seed: int) -> list[tuple[float, float]]:
    """A hand's quick loops, in millimetres from the top left of where it is written."""
    rng = random.Random(seed)
    points, x = [], 0.0
    for _ in range(9):
        x += rng.uniform(3, 6)
        points += [(x, rng.uniform(1, 4)), (x + rng.uniform(1, 3), rng.uniform(9, 13))]
    return points


def _stamp(img: Image.Image, text: str, scan: Scan, at: tuple[int, int]) -> None:
    """A rubber stamp: bold text in a frame, moved left where it would run off the paper."""
    font = _font(12, scan.dpi, bold=True)
    draw = ImageDraw.Draw(img)
    pad = round(2.5 * scan.dpi / MM_PER_INCH)
    overrun = draw.textbbox(at, text, font=font)[2] + round(15 * scan.dpi / MM_PER_INCH) - img.width
    at = (at[0] - max(0, overrun), at[1])
    left, top, right, bottom = draw.textbbox(at, text, font=font)
    draw.rectangle(
        (left - pad, top - pad, right + pad, bottom + pad), outline=scan.ink + 30, width=max(2, pad // 3)
    )
    draw.text(at, text, fill=scan.ink + 10, font=font)


def _photo(img: Image.Image, at: tuple[int, int], px: float) -> None:
    """A passport photo as a copier renders it: continuous tone, a head and shoulders on a lighter ground."""
    w, h = round(35 * px), round(45 * px)
    portrait = Image.linear_gradient("L").resize((w, h)).point(lambda v: 150 + v // 4)
    draw = ImageDraw.Draw(portrait)
    draw.ellipse((w * 0.28, h * 0.15, w * 0.72, h * 0.62), fill=110)
    draw.ellipse((w * 0.08, h * 0.62, w * 0.92, h * 1.3), fill=70)
    img.paste(portrait, at)


def blank_page(seed: int, scan: Scan = Scan()) -> Image.Image:
    """The empty back of a sheet, as a duplex scanner returns it."""
    width = round(scan.size_mm[0] / MM_PER_INCH * scan.dpi)
    height = round(scan.size_mm[1] / MM_PER_INCH * scan.dpi)
    return _scanner(Image.new("L", (width, height), scan.paper), seed, scan)


def _scanner(img: Image.Image, seed: int, scan: Scan) -> Image.Image:
    rng = random.Random(seed)
    img = img.rotate(
        rng.uniform(-scan.skew, scan.skew), resample=Image.Resampling.BICUBIC, fillcolor=scan.paper
    )
    if scan.blur:
        img = img.filter(ImageFilter.GaussianBlur(scan.blur))
    draw = ImageDraw.Draw(img)
    for _ in range(scan.speckles):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        draw.point((x, y), fill=rng.randint(90, 200))
    # A scanner's JPEG compression leaves its artefacts even when the page is saved otherwise.
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def save_image(img: Image.Image, path: Path, dpi: int) -> None:
    options: dict[str, object] = {"dpi": (dpi, dpi)}
    if path.suffix == ".jpg":
        options["quality"] = 85
    img.save(path, **options)


def save_tiff(pages: list[Image.Image], path: Path, dpi: int) -> None:
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(dpi, dpi), compression="tiff_lzw")


def scanned_pdf(pages: list[Image.Image], path: Path, size_mm: tuple[float, float] = A4_MM) -> None:
    """A PDF as a scanner writes it: one image per page, no text layer."""
    pdf = FPDF(unit="mm", format=size_mm)
    pdf.set_auto_page_break(False)
    for page in pages:
        pdf.add_page()
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=85)
        pdf.image(buffer, x=0, y=0, w=size_mm[0], h=size_mm[1])
    pdf.output(str(path))


# ---- born-digital pages -----------------------------------------------------------------------------------


def typed_pdf(
    path: Path, pages: list[tuple[str | None, str]], size_mm: tuple[float, float] = A4_MM, seed: int = 0
) -> None:
    """A PDF with a real text layer: per page an optional header (top right) and a body.

    A SIGNATURE line in the body is drawn as pen strokes, as when a signed letter is exported to PDF.
    """
    pdf = FPDF(unit="mm", format=size_mm)
    pdf.add_font("DejaVu", fname=str(DEJAVU / "DejaVuSans.ttf"))
    pdf.set_margins(25, 25, 20)
    for header, body in pages:
        pdf.add_page()
        if header:
            pdf.set_font("DejaVu", size=9)
            pdf.set_xy(size_mm[0] - 90, 12)
            pdf.cell(70, 5, header, align="R")
        pdf.set_xy(25, 25)
        pdf.set_font("DejaVu", size=10)
        for i, paragraph in enumerate(body.split(SIGNATURE)):
            if i:
                pdf.set_line_width(0.5)
                pdf.polyline([(25 + u, pdf.get_y() + v) for u, v in _signature(seed)])
                pdf.set_y(pdf.get_y() + 15)
            pdf.multi_cell(0, 5, paragraph.strip("\n"))
    pdf.output(str(path))


def with_active_content(path: Path) -> None:
    """Add an attached file and a script to a PDF, as some form editors do."""
    writer = pypdf.PdfWriter(clone_from=path)
    writer.add_attachment("loonstroken-2026.xlsx", b"PK\x03\x04 not really a spreadsheet")
    writer.add_open_action(JavaScript("app.alert('Dit formulier is ingevuld.');"))
    with path.open("wb") as fh:
        writer.write(fh)


def mp3(path: Path) -> None:
    """A voice memo: an ID3 tag and a few silent MPEG frames."""
    frame = b"\xff\xfb\x90\x64" + b"\x00" * 413
    path.write_bytes(b"ID3\x04\x00\x00\x00\x00\x00\x00" + frame * 8)


def mp4(path: Path) -> None:
    """A phone video: the file-type box that every MP4 starts with, and an empty media box."""
    ftyp = b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41"
    path.write_bytes(struct.pack(">I", 8 + len(ftyp)) + b"ftyp" + ftyp + struct.pack(">I", 8) + b"mdat")


def write_manifest(folder: Path, data: dict[str, object]) -> None:
    (folder / "dossier.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
