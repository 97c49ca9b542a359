"""An unchanged file is never read twice; the cache is private and can be cleared or bypassed."""

from __future__ import annotations

import base64
import io
import json
import os
import stat
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.conftest import born_digital_pdf, run_cli

V = "1234567890"


def _scan(path: Path, text: str) -> None:
    img = Image.new("L", (1654, 2339), 248)
    font = ImageFont.truetype("DejaVuSerif.ttf", 34)
    ImageDraw.Draw(img).text(
        (150, 150), f"V-nummer: {V}\n{text}\nMet vriendelijke groet,", fill=25, font=font
    )
    img.save(path, dpi=(200, 200))


def _counting_tesseract(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """PATH with a `tesseract` that logs each OCR call, then runs the real one."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    script = bin_dir / "tesseract"
    script.write_text(
        f'#!/bin/sh\ncase "$1" in --*) ;; *) echo "$@" >> {log} ;; esac\nexec /usr/bin/tesseract "$@"\n'
    )
    script.chmod(0o755)
    return {"PATH": f"{bin_dir}:{os.environ['PATH']}"}, log


def test_second_check_of_unchanged_dossier_runs_no_ocr(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    dossier = tmp_path / "d"
    dossier.mkdir()
    _scan(dossier / "brief.png", "Geachte heer, mevrouw, hierbij stuur ik de stukken.")
    env, log = _counting_tesseract(tmp_path)
    env["VALIDATOR_CACHE"] = cache

    def run() -> dict:
        proc = run_cli(
            "check",
            dossier,
            "--format",
            "json",
            "--quiet",
            "--applicant-v-number",
            V,
            env={k: str(v) for k, v in env.items()},
        )
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    first = run()
    calls_after_first = log.read_text().count("\n")
    assert calls_after_first >= 1
    assert first["stats"]["tesseract_runs"] == calls_after_first
    second = run()
    assert log.read_text().count("\n") == calls_after_first
    assert second["stats"]["tesseract_runs"] == 0
    for report in (first, second):
        del report["stats"]["seconds"], report["stats"]["tesseract_runs"]
    assert first == second

    entries = list(cache.rglob("*.json"))
    assert entries
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in entries)

    # The same scan in a changed dossier file: the page-level cache still spares the OCR.
    Image.open(dossier / "brief.png").save(dossier / "brief.tif", dpi=(200, 200))
    (dossier / "brief.png").unlink()
    assert run()["stats"]["tesseract_runs"] == 0
    assert log.read_text().count("\n") == calls_after_first

    proc = run_cli("cache", "clear", env={"VALIDATOR_CACHE": str(cache)})
    assert proc.returncode == 0 and "removed" in proc.stdout
    assert not list(cache.rglob("*.json"))


def test_no_cache_keeps_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _scan(tmp_path / "brief.png", "Tweede brief.")
    proc = run_cli(
        "check",
        tmp_path / "brief.png",
        "--no-cache",
        "--quiet",
        "--applicant-v-number",
        V,
        env={"VALIDATOR_CACHE": str(cache)},
    )
    assert proc.returncode == 0, proc.stderr
    assert not cache.exists()


def test_damaged_cache_entry_is_a_miss_and_is_written_anew(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    dossier = tmp_path / "d"
    dossier.mkdir()
    _scan(dossier / "brief.png", "Derde brief.")
    env = {"VALIDATOR_CACHE": str(cache)}

    def run() -> dict:
        proc = run_cli("check", dossier, "--format", "json", "--quiet", "--applicant-v-number", V, env=env)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    def same(report: dict) -> dict:
        return {k: v for k, v in report.items() if k != "stats"}

    first = run()
    assert first["stats"]["tesseract_runs"] >= 1
    entries = sorted(cache.rglob("*.json"))
    assert {p.parent.parent.name for p in entries} == {"file", "ocr"}
    for entry in entries:
        entry.write_text("{not json")
    again = run()
    # Read and OCR'd again, to the same report; every damaged entry replaced by a good one.
    assert again["stats"]["tesseract_runs"] >= 1 and same(again) == same(first)
    assert sorted(cache.rglob("*.json")) == entries
    assert all(isinstance(json.loads(p.read_text()), dict) for p in entries)

    # Valid JSON of another shape (written by another version) is a miss as well: the file is read again,
    # its page's OCR from the intact OCR entry, and the entry is written in this version's shape.
    (file_entry,) = (cache / "file").rglob("*.json")
    stored = json.loads(file_entry.read_text())
    del stored["pages"][0]["ink"]
    file_entry.write_text(json.dumps(stored))
    third = run()
    assert third["stats"]["tesseract_runs"] == 0 and same(third) == same(first)
    assert "ink" in json.loads(file_entry.read_text())["pages"][0]


def test_thumbnails_are_kept_in_the_cache(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from validator.pipeline import CheckOptions, check

    monkeypatch.setenv("VALIDATOR_CACHE", str(tmp_path / "cache"))
    _scan(tmp_path / "brief.png", "Vierde brief.")
    options = CheckOptions({"applicant": {"v_number": V}}, jobs=1)
    read = check(tmp_path / "brief.png", options).pages[0]
    assert read.thumbnail
    with Image.open(io.BytesIO(read.thumbnail)) as thumb:
        # The page's proportions, at the width reports show it.
        assert thumb.format == "JPEG" and thumb.width == 300 and thumb.height == round(2339 * 300 / 1654)
    [entry] = (tmp_path / "cache" / "file").rglob("*.json")
    stored = json.loads(entry.read_text())
    assert base64.b64decode(stored["pages"][0]["thumbnail"]) == read.thumbnail
    # What a second check shows is what the cache holds, not a new rendering.
    marker = io.BytesIO()
    Image.new("L", (300, 10)).save(marker, "JPEG")
    stored["pages"][0]["thumbnail"] = base64.b64encode(marker.getvalue()).decode()
    entry.write_text(json.dumps(stored))
    assert check(tmp_path / "brief.png", options).pages[0].thumbnail == marker.getvalue()


def test_cache_folder_is_made_with_its_parents(tmp_path: Path) -> None:
    cache = tmp_path / "home" / ".cache" / "validator"
    born_digital_pdf(tmp_path / "brief.pdf", [f"V-nummer: {V}\nGeachte heer, mevrouw, hierbij de stukken."])
    proc = run_cli("check", tmp_path / "brief.pdf", "--quiet", env={"VALIDATOR_CACHE": str(cache)})
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert list(cache.rglob("*.json"))
