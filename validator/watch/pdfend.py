"""Whether a PDF has been written to its end: it ends with `%%EOF`, and its last `startxref` points at a
cross-reference (a table, or a stream object) inside the file.

A copy in progress stops anywhere, an incremental update (a signature, a
form filled in) is appended after a first revision that is complete on its
own: cut inside the update, the file still holds the first revision's
`%%EOF` near its end, but it does not end with one, or its last `startxref`
points at bytes not yet written. Cut exactly after the first revision it
looks finished; only time tells, which is what the settle time is for.
"""

from __future__ import annotations

import re
from pathlib import Path

# The end of a PDF: startxref, the offset, %%EOF, and whitespace (PDF whitespace includes NUL).
_END = re.compile(rb"startxref\s+(\d+)\s+%%EOF[\x00\t\n\x0c\r ]*\Z")
_TAIL = 1024
_XREF = re.compile(rb"[\x00\t\n\x0c\r ]*(xref|\d+\s+\d+\s+obj\b)")
# An xref stream's dictionary says /Type /XRef within its first few hundred bytes.
_XREF_STREAM_DICT = 1024


def written_to_the_end(path: Path) -> bool:
    """OSError when the file cannot be read."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(max(0, size - _TAIL))
        end = _END.search(fh.read())
        if end is None:
            return False
        offset = int(end.group(1))
        if offset >= size:
            return False
        fh.seek(offset)
        head = fh.read(_XREF_STREAM_DICT)
    found = _XREF.match(head)
    if found is None:
        return False
    return found.group(1) == b"xref" or re.search(rb"/Type\s*/XRef\b", head) is not None
