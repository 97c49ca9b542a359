"""The fuzz harness in the test suite: every input that ever failed a reader is read again, and each reader
gets a short seeded pass (the long runs are `make fuzz`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

READERS = ("pdf", "image", "zip", "manifest")
# Seconds of fuzzing per reader in the test suite: four readers stay well under a minute.
SEEDED_SECONDS = 5


def _fuzz(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fuzz.run", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.parametrize("reader", READERS)
def test_every_input_that_ever_failed_is_read(reader: str, tmp_path: Path) -> None:
    assert list((ROOT / "tests" / "fuzz" / reader).iterdir()), "each reader keeps its regression inputs"
    proc = _fuzz(reader, "--replay", "--no-instrument", "--artifacts", tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("reader", READERS)
def test_seeded_fuzz_pass(reader: str, tmp_path: Path) -> None:
    artifacts, corpus = tmp_path / "artifacts", tmp_path / "corpus"
    proc = _fuzz(
        reader,
        "--seconds",
        str(SEEDED_SECONDS),
        "--seed",
        "1",
        "--no-instrument",
        "--artifacts",
        artifacts,
        "--corpus",
        corpus,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{reader}: ok" in proc.stdout
    assert list(artifacts.iterdir()) == []
