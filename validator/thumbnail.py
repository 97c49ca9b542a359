"""A small picture of each page, made from the image the page reader already rendered.

Reports show the problem on the page without reading the input again; a JPEG
of this width keeps a page at a few kilobytes and still shows its layout.
"""

from __future__ import annotations

import io

from PIL import Image

WIDTH_PX = 300
QUALITY = 70


def make(image: Image.Image) -> bytes:
    height = max(1, round(image.height * WIDTH_PX / max(1, image.width)))
    small = image.convert("L").resize((WIDTH_PX, height), Image.Resampling.LANCZOS, reducing_gap=2.0)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue()
