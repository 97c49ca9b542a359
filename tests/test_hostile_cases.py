"""The 17 hostile inputs of issue 18, each rebuilt here: a finding, a clear exit 2 or a cap, never a
traceback, a hang, a gigabyte, a leak or an all-clear; each within 60 s and 1 GB."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pypdf
import pytest

from tests.conftest import CORPUS, ROOT, findings
from tests.hostile import FONT, Run, one_page_pdf, raw_pdf, run_measured, stream, white_frames_tiff

V = "1234567890"
MANIFEST = f'procedure: ind-generic\nsubmission_date: 2026-12-01\napplicant:\n  v_number: "{V}"\n'


def check(path: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    run = run_measured("check", path, "--format", "json", "--quiet", "--no-cache", *args, env=env)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.within_bounds(), (run.seconds, run.cpu_seconds, run.peak_rss)
    return run


def report(run: Run) -> dict:
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


def dossier(tmp_path: Path, name: str = "dossier") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "dossier.yaml").write_text(MANIFEST)
    (folder / "brief.pdf").write_bytes(one_page_pdf())
    return folder


def messages(run: Run, rule: str, file: str | None = None) -> list[str]:
    return [f["message"] for f in findings(report(run), rule, file)]


# 1. An encryption pypdf does not implement: NotImplementedError was not caught.
def test_unknown_encryption_version_is_a_finding(tmp_path: Path) -> None:
    folder = dossier(tmp_path)
    (folder / "geheim.pdf").write_bytes(
        one_page_pdf(
            extra=[b"<< /Filter /Standard /V 99 /R 99 /Length 128 /P -4 /O <00> /U <00> >>"],
            trailer=b"/Encrypt 6 0 R /ID [<01> <01>]",
        )
    )
    run = check(folder, "--lang", "en")
    assert run.returncode == 1
    (message,) = messages(run, "INPUT-UNREADABLE", "geheim.pdf")
    assert "password-protected" in message and "encryption" in message


# 2. A loop of links: Path.resolve() raised RuntimeError.
def test_link_loops_are_findings(tmp_path: Path) -> None:
    folder = dossier(tmp_path)
    os.symlink("loop", folder / "loop")
    os.symlink("b", folder / "a")
    os.symlink("a", folder / "b")
    run = check(folder, "--lang", "en")
    assert run.returncode == 1
    loops = [f["file"] for f in findings(report(run), "INPUT-UNREADABLE") if "circle" in f["message"]]
    assert sorted(loops) == ["a", "b", "loop"]


def _corrupt_entry(archive: Path, name: str) -> None:
    """Overwrite the middle of an entry's compressed data, leaving its headers whole."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(name)
    data = bytearray(archive.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = bytes(range(64))
    archive.write_bytes(bytes(data))


# 3. Corrupt deflate and LZMA data in zip entries: zlib.error and LZMAError were not caught.
def test_corrupt_zip_entries_are_findings(tmp_path: Path) -> None:
    folder = dossier(tmp_path)
    archive = tmp_path / "dossier.zip"
    body = one_page_pdf() + os.urandom(4096).hex().encode()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(folder / "dossier.yaml", "dossier.yaml")
        zf.write(folder / "brief.pdf", "brief.pdf")
        zf.writestr("deflate.pdf", body, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("lzma.pdf", body, compress_type=zipfile.ZIP_LZMA)
    _corrupt_entry(archive, "deflate.pdf")
    _corrupt_entry(archive, "lzma.pdf")
    run = check(archive)
    assert run.returncode == 1
    assert {f["file"] for f in findings(report(run), "INPUT-UNREADABLE")} == {"deflate.pdf", "lzma.pdf"}
    assert not findings(report(run), "IND-COPY-VNUMBER", "brief.pdf")


# 4. An entry flagged UTF-8 whose name is not: UnicodeDecodeError.
def test_zip_name_flagged_utf8_but_not_utf8_is_a_finding(tmp_path: Path) -> None:
    archive = tmp_path / "dossier.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("café.pdf", one_page_pdf())
    archive.write_bytes(archive.read_bytes().replace("café".encode(), b"caf\xe9\xe9"))
    run = check(archive, "--lang", "en")
    assert run.returncode == 1
    (message,) = messages(run, "INPUT-UNREADABLE")
    assert "UTF-8" in message


MANIFEST_VALUES_YAML_REFUSES = [
    "submission_date: 2026-02-30\n",
    "submission_date: !!int abc\n",
    "submission_date: !!float abc\n",
    "submission_date: !!timestamp 2026-13-45\n",
    "applicant:\n  name: !!binary 'é'\n",
    "procedure: !!python/name:os.system\n",
    "applicant:\n  <<: {name: Amina}\n",
    "? [a, b]\n: 1\n",
    "documents: &a [*a]\n",
    "applicant:\n  v_number: " + "9" * 5000 + "\n",
]


# 5. Values YAML itself refuses were built outside the guard that makes a parse error exit 2.
@pytest.mark.parametrize("text", MANIFEST_VALUES_YAML_REFUSES, ids=range(len(MANIFEST_VALUES_YAML_REFUSES)))
def test_manifest_values_yaml_refuses_exit_2(tmp_path: Path, text: str) -> None:
    (tmp_path / "dossier.yaml").write_text(text)
    (tmp_path / "brief.pdf").write_bytes(one_page_pdf())
    run = check(tmp_path)
    assert run.returncode == 2, run.stderr
    assert f"{tmp_path / 'dossier.yaml'}:" in run.stderr


# 6. A submission date the calendar arithmetic cannot follow: OverflowError, or a rule failing unseen.
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_submission_dates_out_of_range_exit_2(tmp_path: Path, day: str) -> None:
    (tmp_path / "brief.pdf").write_bytes(one_page_pdf())
    run = check(tmp_path, "--submission-date", day)
    assert run.returncode == 2 and "from 1900-01-01 to 2199-12-31" in run.stderr, run.stderr
    (tmp_path / "dossier.yaml").write_text(f"submission_date: {day}\n")
    run = check(tmp_path)
    assert run.returncode == 2 and "dossier.yaml:1:18 submission_date: expected a date" in run.stderr, (
        run.stderr
    )


# 7. Billion laughs: 400 bytes that the loader expanded to gigabytes.
def test_billion_laughs_manifest_is_capped(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    (tmp_path / "dossier.yaml").write_text("\n".join(lines) + "\n")
    assert (tmp_path / "dossier.yaml").stat().st_size < 500
    run = check(tmp_path)
    assert run.returncode == 2
    assert "--max-manifest-nodes" in run.stderr


# 8. A FIFO as the dossier: zipfile.is_zipfile blocked on it for ever.
def test_fifo_as_dossier_exits_2(tmp_path: Path) -> None:
    fifo = tmp_path / "dossier.zip"
    os.mkfifo(fifo)
    run = check(fifo)
    assert run.returncode == 2 and "not a folder or a regular file" in run.stderr


def _blank_pages_pdf(path: Path, count: int) -> None:
    writer = pypdf.PdfWriter()
    for _ in range(count):
        writer.add_blank_page(595, 842)
    writer.write(path)


def _cap_finding(run: Run, file: str) -> dict:
    (capped,) = [f for f in findings(report(run), "INPUT-UNREADABLE", file) if f["evidence"].get("option")]
    return capped


# 9. No page cap: 5000 blank pages, 10 000 references to one page, 5000 frames of 1 × 1 each ran past 120 s.
# The default cap, and that 500 pages read stay within bounds, on the PDF and the TIFF; the page tree is
# stopped by a lower cap (the same code path), so as not to read its one page 500 times.
LOW_CAP = "50"


def test_pdf_of_5000_pages_is_capped(tmp_path: Path) -> None:
    _blank_pages_pdf(tmp_path / "leeg.pdf", 5000)
    run = check(tmp_path / "leeg.pdf", "--lang", "en")
    assert run.returncode == 1
    capped = _cap_finding(run, "leeg.pdf")
    assert capped["evidence"]["option"] == "--max-pages-per-file" and capped["evidence"]["limit"] == 500
    assert "--max-pages-per-file" in capped["remedy"]
    assert report(run)["stats"]["pages"] == 500


def test_kids_array_of_10000_references_is_capped(tmp_path: Path) -> None:
    kids = b" ".join([b"3 0 R"] * 10_000)
    (tmp_path / "kids.pdf").write_bytes(
        raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [%s] /Count 10000 >>" % kids,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                b" /Resources << /Font << /F1 5 0 R >> >> >>",
                stream(b"BT /F1 12 Tf 72 770 Td (V-nummer 1234567890) Tj ET"),
                FONT,
            ]
        )
    )
    run = check(tmp_path / "kids.pdf", "--max-pages-per-file", LOW_CAP)
    assert run.returncode == 1
    capped = _cap_finding(run, "kids.pdf")["evidence"]
    assert (capped["option"], capped["limit"]) == ("--max-pages-per-file", int(LOW_CAP))
    assert report(run)["stats"]["pages"] == int(LOW_CAP)


def test_tiff_of_5000_frames_is_capped(tmp_path: Path) -> None:
    (tmp_path / "frames.tif").write_bytes(white_frames_tiff(5000))
    run = check(tmp_path / "frames.tif")
    assert run.returncode == 1
    assert _cap_finding(run, "frames.tif")["evidence"]["option"] == "--max-pages-per-file"


def test_dossier_page_cap_spans_files(tmp_path: Path) -> None:
    for name in ("a.pdf", "b.pdf"):
        _blank_pages_pdf(tmp_path / name, 8)
    run = check(tmp_path, "--max-pages", "10")
    capped = _cap_finding(run, "b.pdf")
    assert (capped["evidence"]["option"], capped["evidence"]["limit"]) == ("--max-pages", 10)
    assert report(run)["stats"]["pages"] == 10


# 10. /dev/zero as the dossier: read without end, 7.5 GB in 21 s.
def test_device_as_dossier_exits_2() -> None:
    run = check(Path("/dev/zero"))
    assert run.returncode == 2 and "not a folder or a regular file" in run.stderr


# 11. A flate bomb in the XMP metadata, which PDFium unpacks on opening: 1.7 GB.
def test_metadata_flate_bomb_is_capped(tmp_path: Path) -> None:
    bomb = stream(b"\0" * 200_000_000, b"/Type /Metadata /Subtype /XML", compress=True)
    (tmp_path / "bom.pdf").write_bytes(one_page_pdf(b"/Metadata 6 0 R", [bomb]))
    run = check(tmp_path / "bom.pdf")
    assert run.returncode == 1
    capped = _cap_finding(run, "bom.pdf")
    assert capped["evidence"]["option"] == "--max-stream-bytes"


# 12. OCRmyPDF's hugemono.pdf: an image of 35 000 × 35 000 pixels, 1.3 GB here and 2.6 GB in Tesseract.
def test_huge_image_page_is_capped() -> None:
    run = check(CORPUS / "ocrmypdf" / "hugemono.pdf")
    assert run.returncode == 1
    capped = _cap_finding(run, "hugemono.pdf")
    assert (capped["evidence"]["option"], capped["page"]) == ("--max-pixels", 1)


def test_poster_page_is_not_enlarged_past_the_render_cap(tmp_path: Path) -> None:
    """hugemono's page once its image passes the cap: 8400 pt square, rendered small, was enlarged 3.7 times."""
    run = check(CORPUS / "ocrmypdf" / "hugemono.pdf", "--max-pixels", "2000000000")
    assert run.returncode in (0, 1)
    assert not [f for f in findings(report(run), "INPUT-UNREADABLE") if f["evidence"].get("option")]


# 13. 50 MB of dossier.yaml, 3 million keys: 6.5 GB before the exit-2 error.
def test_huge_manifest_is_capped(tmp_path: Path) -> None:
    with (tmp_path / "dossier.yaml").open("w") as fh:
        for n in range(3_000_000):
            fh.write(f"k{n}: {n}\n")
    assert (tmp_path / "dossier.yaml").stat().st_size > 40_000_000
    run = check(tmp_path)
    assert run.returncode == 2 and "--max-manifest-bytes" in run.stderr


def _scanned_zip(tmp_path: Path) -> Path:
    from tests.conftest import scanned_png

    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(6):
        scanned_png(
            folder / f"scan-{n}.png", [f"Verklaring {n}", "Geachte heer, mevrouw,", "Met vriendelijke groet"]
        )
    archive = tmp_path / "dossier.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(folder.iterdir()):
            zf.write(path, path.name)
    return archive


def _wait_for(predicate, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline
        time.sleep(0.05)


# 14. SIGTERM during the check of a zip left the unpacked medical documents in /tmp/validator-zip-*.
def test_sigterm_removes_the_unpacked_zip(tmp_path: Path) -> None:
    archive = _scanned_zip(tmp_path)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "validator", "check", str(archive), "--quiet", "--no-cache"],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmp)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_for(lambda: any(p.name.startswith("validator-zip-") for p in tmp.iterdir()))
    unpacked = next(p for p in tmp.iterdir() if p.name.startswith("validator-zip-"))
    assert oct(unpacked.stat().st_mode & 0o777) == "0o700"
    # Into the reading of pages: Tesseract's own temporary files are there too.
    _wait_for(lambda: len(list(tmp.iterdir())) > 1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert b"Traceback" not in err
    assert list(tmp.iterdir()) == []


def test_watch_shutdown_removes_the_unpacked_zip(tmp_path: Path) -> None:
    inbox, outbox, tmp = tmp_path / "inbox", tmp_path / "outbox", tmp_path / "tmp"
    inbox.mkdir()
    tmp.mkdir()
    _scanned_zip(tmp_path).rename(inbox / "dossier.zip")
    proc = subprocess.Popen(
        [sys.executable, "-m", "validator", "watch", str(inbox), "--out", str(outbox), "--settle", "0.2"],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _wait_for(lambda: any(p.name.startswith("validator-zip-") for p in tmp.iterdir()))
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert list(tmp.iterdir()) == []


SECRET = "root:$y$j9T$geheimgeheim$abcdefghijklmnop:19700:0:99999:7:::"


# 15. dossier.yaml as a link out of the dossier: followed, and its target's content printed in the error.
def test_manifest_link_is_not_followed_nor_printed(tmp_path: Path) -> None:
    (tmp_path / "shadow").write_text(SECRET + "\n")
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "brief.pdf").write_bytes(one_page_pdf())
    os.symlink(tmp_path / "shadow", folder / "dossier.yaml")
    run = check(folder)
    assert run.returncode == 2
    assert "geheim" not in run.stderr and "dossier.yaml" in run.stderr
    # A manifest that is a regular file but no manifest at all: its content is not shown either.
    (folder / "dossier.yaml").unlink()
    (folder / "dossier.yaml").write_text(SECRET + "\n")
    run = check(folder)
    assert run.returncode == 2 and "dossier.yaml" in run.stderr
    assert "geheim" not in run.stderr
    (folder / "dossier.yaml").write_text(f"applicant:\n  nationality: '{SECRET}'\n  name: ''\n")
    run = check(folder)
    assert run.returncode == 2 and "applicant.nationality" in run.stderr and "applicant.name" in run.stderr
    assert "geheim" not in run.stderr


# 16. An empty folder or zip was "READY — no deficiencies found".
@pytest.mark.parametrize("kind", ["folder", "zip", "manifest only"])
def test_empty_dossier_is_never_ready(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    if kind == "manifest only":
        (folder / "dossier.yaml").write_text(MANIFEST)
    target = folder
    if kind == "zip":
        target = tmp_path / "leeg.zip"
        zipfile.ZipFile(target, "w").close()
    run = check(target, "--lang", "en")
    assert run.returncode == 1
    (empty,) = findings(report(run), "INPUT-UNREADABLE")
    assert (empty["severity"], empty["file"]) == ("deficiency", None)
    assert "no documents" in empty["message"]


# 17. Control characters in zip entry names reached the report as they were.
def test_control_characters_in_names_are_escaped(tmp_path: Path) -> None:
    archive = tmp_path / "dossier.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("dossier.yaml", MANIFEST)
        zf.writestr("scan\x1b[2J\x1b[31mrood\x07\u202e.pdf", one_page_pdf())
        zf.writestr("../\x1b]0;titel\x07.pdf", one_page_pdf())
    text = run_measured("check", archive, "--quiet", "--no-cache")
    assert text.returncode == 1
    assert "\x1b" not in text.stdout and "\x07" not in text.stdout and "\u202e" not in text.stdout
    assert "scan\\x1b[2J\\x1b[31mrood\\x07\\u202e.pdf" in text.stdout
    files = {d["file"] for d in report(check(archive))["documents"]}
    assert "scan\\x1b[2J\\x1b[31mrood\\x07\\u202e.pdf" in files
    assert all(c.isprintable() for name in files for c in name)


def test_watcher_reports_a_fifo_manifest_and_goes_on(tmp_path: Path) -> None:
    """Refusing a dossier.yaml that is no regular file must not leave the watcher waiting on it."""
    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    folder = inbox / "dossier"
    folder.mkdir(parents=True)
    (folder / "brief.pdf").write_bytes(one_page_pdf())
    os.mkfifo(folder / "dossier.yaml")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "validator",
            "watch",
            str(inbox),
            "--out",
            str(outbox),
            "--once",
            "--settle",
            "0.2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    error = json.loads((outbox / "dossier" / "error.json").read_text())
    assert "not a regular file" in error["error"]


def test_image_frame_one_pixel_wide_is_capped(tmp_path: Path) -> None:
    """Found by the fuzzer: a frame of 1 × 134 228 553 pixels, under the cap by its area, took 3.4 GB (a row
    pointer per row) and then failed to be scaled to a width of 0."""
    run = check(ROOT / "tests" / "fuzz" / "image" / "oom-frame-of-1x134228553-pixels.tif")
    assert run.returncode == 1
    capped = [
        f for f in findings(report(run), "INPUT-UNREADABLE") if f["evidence"].get("option") == "--max-pixels"
    ]
    assert [f["page"] for f in capped] == [139]


def test_page_a_hundred_times_longer_than_wide_is_not_read(tmp_path: Path) -> None:
    """Found by the fuzzer: a TIFF frame of 1 × 65 537 pixels was measured into an ink map of 3 million rows
    (12 GB) and made a thumbnail too tall for JPEG (a traceback)."""
    run = check(ROOT / "tests" / "fuzz" / "image" / "oom-frame-of-1x65537-pixels.tif", "--lang", "en")
    assert run.returncode == 1
    (thin,) = [f for f in findings(report(run), "INPUT-UNREADABLE") if f["page"] == 3]
    assert "100 times longer than it is wide" in thin["message"]
    strip = tmp_path / "strook.pdf"
    strip.write_bytes(
        raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2 14400] >>",
            ]
        )
    )
    run = check(strip, "--lang", "en")
    assert [f["page"] for f in findings(report(run), "INPUT-UNREADABLE")] == [1]
