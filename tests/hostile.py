"""Hostile inputs, made in a few lines each, and the CLI run under a clock and a memory gauge."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

# The bounds for every hostile input: what it costs at most to be told the input is bad. The time
# is processor time, the validator's and its Tesseract processes': the machine is shared, and its clock
# time moves with what else runs. A hang uses no processor time, so the clock is capped too, more loosely.
MAX_SECONDS = 60.0
MAX_CLOCK_SECONDS = 180.0
MAX_RSS_BYTES = 1024**3
MAX_ADDRESS_SPACE = 6 * 1024**3


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    cpu_seconds: float
    # The largest resident set of the validator or any process it started and waited for (Tesseract).
    peak_rss: int

    def within_bounds(self) -> bool:
        return (
            self.cpu_seconds < MAX_SECONDS
            and self.seconds < MAX_CLOCK_SECONDS
            and self.peak_rss < MAX_RSS_BYTES
        )


def _address_space_cap() -> None:
    """A runaway input fails its test instead of taking the shared machine's memory (7.5 GB from /dev/zero)."""
    resource.setrlimit(resource.RLIMIT_AS, (MAX_ADDRESS_SPACE, MAX_ADDRESS_SPACE))


def run_measured(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = MAX_CLOCK_SECONDS
) -> Run:
    """The CLI in a subprocess, killed at `timeout`; wait4 gives its peak memory and its children's."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "validator", *map(str, args)],
            stdout=out,
            stderr=err,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            start_new_session=True,
            preexec_fn=_address_space_cap,
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                os.killpg(proc.pid, 9)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss * 1024,
        )


def raw_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of the given objects (1 0 obj is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


PAGE_TEXT = stream(b"BT /F1 12 Tf 72 770 Td (V-nummer 1234567890) Tj ET")
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page_pdf(catalog_extra: bytes = b"", extra: list[bytes] | None = None, trailer: bytes = b"") -> bytes:
    """A one-page A4 PDF with a text layer; the objects in `extra` are numbered from 6."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            PAGE_TEXT,
            FONT,
            *(extra or []),
        ],
        trailer,
    )


def white_frames_tiff(frames: int) -> bytes:
    """A TIFF of that many white frames of 1 × 1 pixel, written by hand: Pillow's writer takes half a minute of
    CPU for 5000 (each frame appended rewrites what came before)."""
    # The tags Pillow writes, in one IFD per frame: width, height, bits per sample, no compression, black is zero,
    # where the one pixel is, rows per strip, bytes in the strip, one plane; each points at the next, the last at
    # none.
    entry_count, entry_size = 9, 12
    ifd_size = 2 + entry_count * entry_size + 4
    pixel = 8
    out = bytearray(b"II*\0" + struct.pack("<I", pixel + 1) + b"\xff")
    for n in range(frames):
        start = len(out)
        following = start + ifd_size if n + 1 < frames else 0
        tags = [(256, 1), (257, 1), (258, 8), (259, 1), (262, 1), (273, pixel), (278, 1), (279, 1), (284, 1)]
        out += struct.pack("<H", entry_count)
        for tag, value in tags:
            # SHORT values but the strip offset, a LONG.
            kind = 4 if tag == 273 else 3
            out += struct.pack("<HHI", tag, kind, 1) + (
                struct.pack("<I", value) if kind == 4 else struct.pack("<HH", value, 0)
            )
        out += struct.pack("<I", following)
    return bytes(out)
