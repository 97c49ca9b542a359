"""Pages are OCR'd by several Tesseract processes at once, with a progress bar on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import psutil
from PIL import Image

from tests.conftest import ROOT, scanned_png

PAGES = 6


def _scanned_pages(folder: Path, pages: int = PAGES) -> None:
    for n in range(1, pages + 1):
        scanned_png(
            folder / f"pagina-{n:02d}.png",
            [f"Regel {line} van pagina {n}: afschrift van de bank." for line in range(1, 13)],
        )


def _tesseracts(parent: int) -> int:
    """Tesseract processes started by this check: other sessions on the machine may OCR at the same time."""
    try:
        children = psutil.Process(parent).children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    count = 0
    for child in children:
        try:
            count += child.name() == "tesseract"
        except psutil.NoSuchProcess:
            pass
    return count


def _most_tesseracts_at_once(folder: Path, jobs: int, cache: Path) -> tuple[int, str]:
    """Run a check with a progress bar on a terminal; the most Tesseract processes it ran at once, and its output."""
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "validator", "check", str(folder), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm", "VALIDATOR_CACHE": str(cache)},
    )
    os.close(secondary)
    most = 0
    output = b""
    os.set_blocking(primary, False)
    while proc.poll() is None:
        most = max(most, _tesseracts(proc.pid))
        try:
            output += os.read(primary, 65536)
        except (BlockingIOError, OSError):
            pass
        time.sleep(0.05)
    os.close(primary)
    assert proc.returncode == 0
    return most, output.decode("utf-8", "replace")


def test_pages_run_in_parallel_with_progress_on_a_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    _scanned_pages(folder)
    most, text = _most_tesseracts_at_once(folder, 2, tmp_path / "cache-2")
    assert most == 2, f"saw at most {most} of this check's Tesseract processes at once"
    assert "pages" in text and f"/{PAGES}" in text, text[-500:]


def test_one_job_runs_one_tesseract_at_a_time(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    # Two pages are enough for a second Tesseract to be seen beside the first, were one started.
    _scanned_pages(folder, 2)
    most, _ = _most_tesseracts_at_once(folder, 1, tmp_path / "cache-1")
    assert most == 1, f"saw {most} of this check's Tesseract processes at once"


def test_page_scanned_sideways_is_read_upright(tmp_path: Path) -> None:
    from validator.pipeline import CheckOptions, load_dossier

    _scanned_pages(tmp_path, 1)
    page = Image.open(tmp_path / "pagina-01.png")
    page.rotate(90, expand=True).save(tmp_path / "pagina-01.png", dpi=(200, 200))
    dossier = load_dossier(tmp_path, CheckOptions({"applicant": {"v_number": "1234567890"}}, jobs=1))
    (read,) = dossier.pages
    assert "1234567890" in read.text
    header = next(w for w in read.words if "1234567890" in w.text)
    # The header line of the upright page sits along the left edge of the sideways scan.
    assert header.box.x1 < 0.2 and header.box.y0 > 0.5, header.box
