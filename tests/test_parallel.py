"""Pages are OCR'd by several Tesseract processes at once, with a progress bar on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from tests.conftest import ROOT, scanned_png

PAGES = 6


def _scanned_pages(folder: Path) -> None:
    for n in range(1, PAGES + 1):
        scanned_png(folder / f"pagina-{n:02d}.png",
                    [f"Regel {line} van pagina {n}: afschrift van de bank." for line in range(1, 13)])


def _tesseracts() -> int:
    count = 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if Path(f"/proc/{pid}/comm").read_text().strip() == "tesseract":
                    count += 1
            except OSError:
                pass
    return count


def test_pages_run_in_parallel_with_progress_on_a_terminal(tmp_path: Path) -> None:
    _scanned_pages(tmp_path)
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "validator", "check", str(tmp_path), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=secondary, cwd=ROOT,
                            env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    os.close(secondary)
    most = 0
    output = b""
    os.set_blocking(primary, False)
    while proc.poll() is None:
        most = max(most, _tesseracts())
        try:
            output += os.read(primary, 65536)
        except (BlockingIOError, OSError):
            pass
        time.sleep(0.05)
    os.close(primary)
    assert proc.returncode == 0
    assert most >= 2, "never saw two Tesseract processes at once"
    text = output.decode("utf-8", "replace")
    assert "pages" in text and f"/{PAGES}" in text, text[-500:]


def test_page_scanned_sideways_is_read_upright(tmp_path: Path) -> None:
    from validator.pipeline import CheckOptions, load_dossier

    _scanned_pages(tmp_path)
    for extra in list(tmp_path.glob("pagina-0[2-9].png")):
        extra.unlink()
    page = Image.open(tmp_path / "pagina-01.png")
    page.rotate(90, expand=True).save(tmp_path / "pagina-01.png", dpi=(200, 200))
    dossier = load_dossier(tmp_path, CheckOptions({"applicant": {"v_number": "1234567890"}}, jobs=1))
    (read,) = dossier.pages
    assert "1234567890" in read.text
    header = next(w for w in read.words if "1234567890" in w.text)
    # The header line of the upright page sits along the left edge of the sideways scan.
    assert header.box.x1 < 0.2 and header.box.y0 > 0.5, header.box
