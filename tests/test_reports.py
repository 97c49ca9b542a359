"""The reports people read: the HTML report in a real browser, the letter as text, HTML and PDF, in nl/en/fr.

One dossier with one defect of each copy-rule kind, made from born-digital
PDFs and a small image (the only page that is OCR'd).
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import stat
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest
import yaml
from PIL import Image, ImageDraw, ImageFont

from tests.conftest import ROOT, born_digital_pdf, run_cli
from validator.model import Report
from validator.procedures import PACKAGED

V = "1234567890"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
# The page each page-level defect is on, and what the report must draw there.
DRAWN = {
    ("brief.pdf", 2): ".mark-band",
    ("brief.pdf", 3): ".mark-blank",
    ("letter-size.pdf", 1): ".paper",
    ("ander.pdf", 1): ".mark-box",
    ("bijna.pdf", 1): ".mark-box",
}
REPAIR_BY = {
    "nl": "vóór 15 december 2026",
    "en": "before 15 December 2026",
    "fr": "avant le 15 décembre 2026",
}
WAV = (
    b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x44\xac\x00\x00\x88\x58\x01\x00\x02\x00"
    b"\x10\x00data\x00\x00\x00\x00"
)


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("defects")
    born_digital_pdf(d / "ok.pdf", [f"V-nummer: {V}\nWerkgeversverklaring\nMevrouw Benali werkt bij ons."])
    # Page 2 lacks the V-number, page 3 is blank.
    born_digital_pdf(
        d / "brief.pdf",
        [
            f"V-nummer: {V}\nGeachte heer, mevrouw,\nHierbij de stukken.",
            "Tweede pagina zonder nummer.\nMet vriendelijke groet,\nA. Benali",
            "",
        ],
    )
    born_digital_pdf(
        d / "letter-size.pdf", [f"V-nummer: {V}\nBank statement on US Letter paper."], size=(215.9, 279.4)
    )
    born_digital_pdf(d / "ander.pdf", ["Huurcontract\n\n\n\n\nV-nummer: 9876543210\nHuurder: iemand anders"])
    born_digital_pdf(d / "bijna.pdf", ["Loonstrook november\nV-nummer: 1234567891"])
    # A 100 dpi scan: too low a resolution.
    scan = Image.new("L", (827, 1169), 250)
    ImageDraw.Draw(scan).text(
        (80, 80),
        f"V-nummer: {V}\nUittreksel Basisregistratie Personen\nNaam: Amina Benali",
        fill=20,
        font=ImageFont.truetype("DejaVuSans.ttf", 16),
    )
    scan.save(d / "scan.png", dpi=(100, 100))
    (d / "opname.wav").write_bytes(WAV)
    (d / "leeg.pdf").write_bytes(b"")
    types = {
        "ok.pdf": "income-proof",
        "brief.pdf": "application",
        "letter-size.pdf": "income-proof",
        "ander.pdf": "other",
        "bijna.pdf": "income-proof",
        "scan.png": "other",
    }
    (d / "dossier.yaml").write_text(
        yaml.safe_dump(
            {
                "procedure": "ind-generic",
                "submission_date": "2026-12-01",
                "applicant": {"name": "Amina Benali", "v_number": V},
                "documents": types,
            }
        )
    )
    return d


@pytest.fixture(scope="module")
def checked(dossier: Path):
    """The dossier checked once per language, in this process: the Report, and the JSON object of it."""
    from validator.pipeline import CheckOptions, check
    from validator.report.jsonreport import as_dict

    reports: dict[str, tuple[Report, dict]] = {}

    def get(lang: str) -> tuple[Report, dict]:
        if lang not in reports:
            report = check(dossier, CheckOptions({"language": lang}))
            reports[lang] = (report, json.loads(json.dumps(as_dict(report), default=str)))
        return reports[lang]

    return get


def test_dossier_has_one_defect_of_each_kind(checked) -> None:  # type: ignore[no-untyped-def]
    _, report = checked("nl")
    assert report["verdict"] == "deficient"
    found = {(f["rule"], f["file"], f["page"]) for f in report["findings"]}
    assert found == {
        ("IND-COPY-VNUMBER", "brief.pdf", 2),
        ("IND-COPY-SINGLE-SIDED", "brief.pdf", 3),
        ("IND-COPY-A4", "letter-size.pdf", 1),
        ("IND-COPY-VNUMBER", "ander.pdf", 1),
        ("IND-COPY-VNUMBER", "bijna.pdf", 1),
        ("IND-COPY-LEGIBLE", "scan.png", 1),
        ("IND-COPY-NO-MEDIA", "opname.wav", None),
        ("INPUT-UNREADABLE", "leeg.pdf", None),
        ("IND-ORIGINALS", None, None),
        ("NOT-CHECKABLE", None, None),
    }
    different = next(f for f in report["findings"] if f["file"] == "ander.pdf")
    # The other V-number is boxed where it is written: the sixth line of the page, left half.
    x0, y0, x1, y1 = different["evidence"]["boxes"][0]
    assert 0.1 < x0 < x1 < 0.4 and 0.12 < y0 < y1 < 0.2


def _where(f: dict, lang: str) -> str:
    words = {
        "nl": ("pagina", "hele bestand", "Hele dossier"),
        "en": ("page", "whole file", "Whole dossier"),
        "fr": ("page", "fichier entier", "Dossier entier"),
    }[lang]
    if f["file"] is None:
        return words[2]
    return f"{f['file']}, {words[0]} {f['page']}" if f["page"] else f"{f['file']}, {words[1]}"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assert_every_item(letter: str, findings: list[dict], lang: str) -> None:
    flat = _flat(letter)
    for f in findings:
        for part in (_where(f, lang), f["message"], f["remedy"]):
            assert _flat(part) in flat, (f["rule"], part)


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_letter_names_every_finding(checked, lang: str) -> None:  # type: ignore[no-untyped-def]
    from validator.report import letter as letter_mod

    report, data = checked(lang)
    letter = letter_mod.render(report)
    findings = data["findings"]
    _assert_every_item(letter, findings, lang)
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", letter, flags=re.M)]
    assert numbers == list(range(1, len(findings) + 1))
    assert REPAIR_BY[lang] in _flat(letter)
    assert f"{V}" in letter.splitlines()[3]
    # Deficiencies come before the deadline; warnings and notes after it.
    deadline = _flat(letter).index(REPAIR_BY[lang])
    for f in findings:
        assert (_flat(letter).index(_flat(f["message"])) < deadline) == (f["severity"] == "deficiency"), f[
            "rule"
        ]


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_pdf_letter_holds_every_item(checked, lang: str) -> None:  # type: ignore[no-untyped-def]
    from validator.report import letterpdf

    report, data = checked(lang)
    text = _pdf_text(letterpdf.render(report))
    _assert_every_item(text, data["findings"], lang)
    assert REPAIR_BY[lang] in _flat(text)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_letter_file_name_picks_pdf_or_html(dossier: Path, checked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    findings = checked("en")[1]["findings"]
    for name in ("brief.pdf", "brief.html"):
        proc = run_cli(
            "check", dossier, "--format", "letter", "--quiet", "--lang", "en", "-o", tmp_path / name
        )
        assert proc.returncode == 1, proc.stderr
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    _assert_every_item(_pdf_text((tmp_path / "brief.pdf").read_bytes()), findings, "en")
    html = (tmp_path / "brief.html").read_text()
    assert not re.search(r"(src|href)=\"(?!data:)", html)
    parser = _Text()
    parser.feed(html)
    _assert_every_item(" ".join(parser.parts), findings, "en")
    assert html.count('class="item"') == len(findings)


def test_every_rendering_of_a_dossier_without_manifest(dossier: Path) -> None:
    """No dossier.yaml: the V-number is inferred from the pages, a warning whose evidence counts pages."""
    from validator.pipeline import CheckOptions, check
    from validator.report import htmlreport, letter, letterpdf

    report = check(dossier / "ok.pdf", CheckOptions())
    assert [(f.rule, f.key) for f in report.findings][:1] == [("IND-COPY-VNUMBER", "inferred")]
    assert 'data-key="inferred"' in htmlreport.render(report)
    assert f"V-nummer {V}" in letter.render(report)
    assert V in _pdf_text(letterpdf.render(report))


def _schemas_with(tmp_path: Path, **procedures: str) -> dict[str, str]:
    schemas = tmp_path / "schemas"
    shutil.copytree(PACKAGED, schemas)
    for name, text in procedures.items():
        (schemas / f"{name}.yaml").write_text(text)
    return {"VALIDATOR_PROCEDURES": str(schemas)}


_TITLE = "title: {nl: Test, en: Test, fr: Test}\nsource: ind-001\ninclude: [ind-copy]\n"


def test_9ter_letter_lists_inadmissibility_first(dossier: Path, tmp_path: Path) -> None:
    # A DVZ procedure in which a missing or wrong V-number makes the application inadmissible.
    env = _schemas_with(
        tmp_path,
        **{
            "test-9ter": "id: test-9ter\nkind: procedure\nauthority: DVZ\n"
            + _TITLE
            + "rules:\n  IND-COPY-VNUMBER: {severity: inadmissible}\n"
        },
    )
    proc = run_cli("check", dossier, "--procedure", "test-9ter", "--format", "letter", "--quiet", env=env)
    assert proc.returncode == 1, proc.stderr
    letter = proc.stdout
    items = re.findall(r"^(\d+)\. (.+)$", letter, flags=re.M)
    assert [where for _, where in items[:2]] == ["ander.pdf, pagina 1", "brief.pdf, pagina 2"]
    flat = _flat(letter)
    heading = flat.index("NIET ONDERZOCHT WORDEN: ONONTVANKELIJK (ARTIKEL 9TER, §3 VREEMDELINGENWET)")
    assert (
        heading
        < flat.index("1. ander.pdf")
        < flat.index("Verder ontbreekt")
        < flat.index("3. brief.pdf, pagina 3")
    )
    assert "Dienst Vreemdelingenzaken" in letter.splitlines()[0]
    assert "Stuur de gevraagde stukken" not in letter


def test_repair_term_comes_from_the_procedure(dossier: Path, tmp_path: Path) -> None:
    env = _schemas_with(
        tmp_path, **{"test-ind": "id: test-ind\nkind: procedure\nauthority: IND\nrepair_days: 28\n" + _TITLE}
    )
    proc = run_cli("check", dossier, "--procedure", "test-ind", "--format", "letter", "--quiet", env=env)
    assert proc.returncode == 1, proc.stderr
    assert "vóór 29 december 2026" in proc.stdout


def _decode(src: str) -> Image.Image:
    prefix = "data:image/jpeg;base64,"
    assert src.startswith(prefix)
    img = Image.open(io.BytesIO(base64.b64decode(src[len(prefix) :], validate=True)))
    img.load()
    return img


def test_html_report_in_chromium(dossier: Path, checked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    out = tmp_path / "report.html"
    assert run_cli("check", dossier, "--format", "html", "--quiet", "-o", out).returncode == 1
    html = out.read_text()
    assert not re.search(r"https?://", html)
    findings = checked("nl")[1]["findings"]
    ARTIFACTS.mkdir(exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            # Playwright starts Chromium headless with a fresh temporary profile.
            page = browser.new_page(viewport={"width": 1000, "height": 1500})
            page.on(
                "console",
                lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
            )
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on(
                "request", lambda r: None if r.url.startswith(("file:", "data:")) else problems.append(r.url)
            )
            page.goto(out.as_uri(), wait_until="load")

            shown = page.eval_on_selector_all(
                ".finding", "els => els.map(e => [e.dataset.rule, e.dataset.file, e.dataset.page])"
            )
            expected = [[f["rule"], f["file"] or "", str(f["page"] or "")] for f in findings]
            assert Counter(map(tuple, shown)) == Counter(map(tuple, expected))

            images = page.eval_on_selector_all(
                "img", "els => els.map(e => [e.src, e.complete && e.naturalWidth])"
            )
            # A whole-file finding about pages is drawn on the first of them.
            shown = {(f["file"], f["page"] or (f["evidence"].get("pages") or [None])[0]) for f in findings}
            assert len(images) == len({(file, page) for file, page in shown if page})
            for src, width in images:
                assert width == 300 and _decode(src).width == 300
            for (file, number), mark in DRAWN.items():
                sheet = f'article.sheet[data-file="{file}"][data-page="{number}"]'
                assert page.locator(f"{sheet} img").count() == 1, (file, number)
                assert page.locator(f"{sheet} .frame {mark}").count() >= 1, (file, number, mark)
            assert (
                page.locator('article.sheet[data-file="brief.pdf"][data-page="2"] .frame .mark-band').count()
                == 2
            )
            # Tall enough to show the verdict and each kind of drawing but the paper outline (README picture).
            page.set_viewport_size({"width": 1000, "height": 2600})
            page.screenshot(path=str(ARTIFACTS / "report.png"))
            page.screenshot(path=str(ARTIFACTS / "report-full.png"), full_page=True)

            # On a phone nothing runs off the side of the screen.
            page.set_viewport_size({"width": 375, "height": 800})
            assert page.evaluate("document.documentElement.scrollWidth") <= 375
            page.screenshot(path=str(ARTIFACTS / "report-phone.png"))
        finally:
            browser.close()
    assert problems == []
