"""Shared test helpers: real files, the real CLI in a subprocess, real Tesseract."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import jsonschema
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from validator.procedures import PACKAGED

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

# One cache per test run: shared by every test (OCR once per page per run), never the user's own. The workers
# pytest-xdist starts inherit the first process's environment, so they share its cache too.
if "VALIDATOR_TEST_CACHE" not in os.environ:
    os.environ["VALIDATOR_TEST_CACHE"] = tempfile.mkdtemp(prefix="validator-test-cache-")
os.environ["VALIDATOR_CACHE"] = os.environ["VALIDATOR_TEST_CACHE"]
# The report language follows the user's locale (i18n.user_language): the tests expect the default, Dutch,
# whatever the locale of the machine that runs them. tests/test_report_language.py sets its own.
os.environ["LC_ALL"] = "C.UTF-8"


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "validator", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def check_json(path: Path, *args: str) -> tuple[int, dict]:
    """The JSON report of `validator check`, checked against its published schema."""
    proc = run_cli("check", path, "--format", "json", "--quiet", *args)
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    valid_report(report)
    return proc.returncode, report


def valid_report(report: dict) -> None:
    """Fails with every way the report departs from schemas/report.schema.json."""
    errors = [
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in _report_schema().iter_errors(report)
    ]
    assert errors == []


@cache
def _report_schema() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def born_digital_pdf(path: Path, pages: list[str], size: tuple[float, float] = (210, 297)) -> Path:
    """A PDF with a real text layer, one string per page."""
    pdf = FPDF(unit="mm", format=size)
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 7, text)
    pdf.output(str(path))
    return path


def scanned_png(path: Path, lines: list[str]) -> Path:
    """An A4 page scanned at 200 dpi, without a text layer: reading it takes OCR."""
    font = ImageFont.truetype("DejaVuSerif.ttf", 33)
    img = Image.new("L", (1654, 2339), 250)
    draw = ImageDraw.Draw(img)
    draw.text((160, 120), "V-nummer: 1234567890", fill=20, font=font)
    for n, line in enumerate(lines):
        draw.text((160, 300 + n * 60), line, fill=20, font=font)
    img.save(path, dpi=(200, 200))
    return path


CRASH_PROCEDURE = """id: test-crash
kind: procedure
authority: IND
title: {nl: Proef, en: Test, fr: Essai}
source: ind-001
include: [ind-copy]
rules:
  TEST-CRASH:
    severity: deficiency
    legal_basis: {source: ind-001, quote: "U stuurt alleen kopieën van uw documenten."}
"""


def procedures_with_crash(folder: Path) -> Path:
    """The packaged procedures and test-crash, which lists the rule of tests/crashing.py that raises."""
    shutil.copytree(PACKAGED, folder)
    (folder / "test-crash.yaml").write_text(CRASH_PROCEDURE, encoding="utf-8")
    return folder


def findings(report: dict, rule: str, file: str | None = None) -> list[dict]:
    """The rule's findings, those a CHECK-BY-HAND finding groups with other rules' (validator/byhand.py) too."""
    every = [c for f in report["findings"] for c in f.get("checks") or [f]]
    return [f for f in every if f["rule"] == rule and (file is None or f["file"] == file)]


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample dossiers, generated once per test run."""
    sys.path.insert(0, str(ROOT))
    from samples.generate import generate

    out = tmp_path_factory.mktemp("samples")
    generate(out)
    return out


@pytest.fixture(scope="session")
def sample_report(samples: Path):
    """Check each sample dossier at most once per run: OCR is the cost."""
    cache: dict[str, tuple[int, dict]] = {}

    def get(name: str, *args: str) -> tuple[int, dict]:
        key = "|".join((name, *args))
        if key not in cache:
            cache[key] = check_json(samples / name, *args)
        return cache[key]

    return get


@pytest.fixture(scope="session")
def sample_findings(samples: Path):
    """The findings of a sample dossier as the rules made them, with the key that says which condition
    failed (the JSON report names only the rule); checked in this process, its pages from the run's cache."""
    from validator.pipeline import CheckOptions, check

    cache: dict[str, list] = {}

    def get(name: str) -> list:
        if name not in cache:
            cache[name] = check(samples / name, CheckOptions({}, jobs=2)).findings
        return cache[name]

    return get
