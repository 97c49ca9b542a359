"""Caps on what one dossier may cost to read, so that a hostile file is a finding and not a hang or an
out-of-memory kill.

Each cap is a command-line option, `--max-` and the field's name (`pages_per_file` is
`--max-pages-per-file`); the defaults are far above any real dossier (a 300-page scan is read whole),
and a file that meets one is reported with the cap's option and value, so a user who needs more knows
what to raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


def _cap(default: int, what: str) -> int:
    return field(default=default, metadata={"help": what})


@dataclass(frozen=True)
class Limits:
    pages_per_file: int = _cap(500, "pages read of one file")
    pages: int = _cap(1000, "pages read of the whole dossier")
    # A stream's bytes once unpacked: PDFium unpacks a PDF's XMP metadata when it opens the file, and took
    # 1.7 GB for 200 MB of it.
    stream_bytes: int = _cap(50_000_000, "bytes a PDF stream may unpack to")
    # An image's pixels (pixel_cost), checked from its header before anything is decoded: a 600 dpi A3 colour
    # scan has 70 million.
    pixels: int = _cap(150_000_000, "pixels of one image (an image file's page, or an image in a PDF page)")
    manifest_bytes: int = _cap(1_000_000, "bytes of dossier.yaml")
    # Counted with every alias expanded: the count is what bounds a "billion laughs" file.
    manifest_nodes: int = _cap(10_000, "values in dossier.yaml, aliases counted as often as they are used")


# An image is counted as at least this share of the square of its long side.
_MIN_SQUARE_SHARE = 100


def pixel_cost(width: int, height: int) -> int:
    """An image's pixels as the cap counts them: at least a hundredth of the square of its long side. Pillow
    keeps a pointer for every row, so an image of 1 × 134 million pixels, under the cap by its area, took
    3.4 GB to decode; no page of a document is a hundred times longer than it is wide."""
    return max(width * height, max(width, height) ** 2 // _MIN_SQUARE_SHARE)


def option(name: str) -> str:
    """The command-line option of the cap `name` (a field of Limits)."""
    return "--max-" + name.replace("_", "-")


def caps() -> list[tuple[str, int, str]]:
    """Every cap: its field name, default and what it counts."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Limits)]  # type: ignore[misc]
