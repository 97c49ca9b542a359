"""Exit codes as dossier.md has them: 0 ready, 1 deficient, 2 could not run, 3 a bug (one line; the traceback
with --debug), 130 interrupted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, born_digital_pdf, procedures_with_crash, run_cli

LETTER = "V-nummer: 1234567890\nGeachte heer, mevrouw,\nHierbij stuur ik de gevraagde stukken.\nMet vriendelijke groet"


def _crash(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    born_digital_pdf(dossier / "brief.pdf", [LETTER])
    folder = procedures_with_crash(tmp_path / "procedures")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.crashing",
            *args,
            "check",
            str(dossier),
            "--procedure",
            "test-crash",
            "--quiet",
            "--format",
            "json",
            "-o",
            str(tmp_path / "report.json"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "VALIDATOR_PROCEDURES": str(folder), **(env or {})},
    )


def test_a_rule_that_raises_exits_3_with_one_line(tmp_path: Path) -> None:
    proc = _crash(tmp_path)
    assert proc.returncode == 3
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert "internal error" in proc.stderr and "TEST-CRASH" in proc.stderr
    # Nothing of the exception's message: it may quote the dossier.
    assert "Amina" not in proc.stderr and "Traceback" not in proc.stderr
    # The other rules' findings are still reported, with the failed rule's.
    report = json.loads((tmp_path / "report.json").read_text())
    assert {"TEST-CRASH", "IND-ORIGINALS"} <= {f["rule"] for f in report["findings"]}


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    proc = _crash(tmp_path, "--debug")
    assert proc.returncode == 3
    assert "Traceback" in proc.stderr and "ZeroDivisionError" in proc.stderr


def test_a_report_that_cannot_be_written_exits_2(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    born_digital_pdf(tmp_path / "brief.pdf", [LETTER])
    target = tmp_path / "file" / "report.txt"
    proc = run_cli("check", tmp_path / "brief.pdf", "--quiet", "-o", target)
    assert proc.returncode == 2
    assert proc.stderr == f"validator: {target}: cannot write the report there (Not a directory)\n"


def test_interrupted_exits_130(tmp_path: Path) -> None:
    proc = _crash(tmp_path, env={"CRASH": "interrupt"})
    assert proc.returncode == 130
    assert proc.stderr.strip() == "validator: interrupted"


def test_could_not_run_exits_2(tmp_path: Path) -> None:
    proc = run_cli("check", tmp_path / "nothing-here")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"validator: {tmp_path / 'nothing-here'}: no such file or folder"


def test_make_demo_accepts_only_0_and_1() -> None:
    makefile = (ROOT / "Makefile").read_text()
    demo = makefile.split("\ndemo:")[1].split("\n\n")[0]
    checks = [line for line in demo.splitlines() if "validator check" in line]
    assert len(checks) == 4 and all(line.endswith("; $(CHECKED)") for line in checks)
    checked = next(line for line in makefile.splitlines() if line.startswith("CHECKED =")).split("=", 1)[1]
    for status in (0, 1, 2, 3, 130):
        result = subprocess.run(["sh", "-c", f"(exit {status}); {checked.replace('$$', '$')}"])
        assert (result.returncode == 0) == (status in (0, 1)), status


def test_a_reader_that_stops_reading_is_no_bug() -> None:
    # `validator rules | head -1` once head has left: the pipe has no reader when the command writes.
    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "validator", "rules"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        os.close(write)
    assert (proc.returncode, proc.stderr) == (141, "")
