"""Every public test file ingests without a traceback; an unreadable one is a finding that names it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.conftest import CORPUS
from validator import i18n, procedures
from validator.pages import ReadOptions
from validator.pipeline import CheckOptions, load_dossier, run_rules

# Reading, not OCR, is what this test is about: OCR'ing 136 files would take minutes.
OPTIONS = CheckOptions({"procedure": "ind-generic"}, jobs=2, read=ReadOptions(ocr=False))
KNOWN_UNREADABLE = {
    "invalid.pdf",
    "graph-encrypted.pdf",
    "libreoffice-writer-password.pdf",
    "fuzz_378014596.pdf",
    "newline-buffer-test.pdf",
    "unreadablemetadata.pdf",
}


def test_whole_corpus_ingests() -> None:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    assert len(files) == 136, f"expected the 136 corpus files in {CORPUS}"
    unreadable, capped = set(), set()
    every = procedures.available()
    for path in files:
        dossier = load_dossier(path, OPTIONS)
        # Every rule of every procedure meets every odd file: none may fail on it.
        for procedure in every:
            for f in run_rules(dataclasses.replace(dossier, procedure=procedure)):
                i18n.localize(f, "en")
                assert f.key != "internal-error", (path, procedure.id, f.rule)
        results = run_rules(dossier)
        (source,) = dossier.files
        if source.kind == "unreadable":
            unreadable.add(path.name)
            named = [f for f in results if f.rule == "INPUT-UNREADABLE" and f.file == path.name]
            assert named and all(f.params.get("reason") for f in named), path
        elif source.has_problem("too-many-pixels"):
            capped.add(path.name)
        elif source.kind in ("pdf", "image"):
            assert source.pages, path
    assert unreadable == KNOWN_UNREADABLE
    # A page of 35 000 × 35 000 pixels: past the cap, and said so.
    assert capped == {"hugemono.pdf"}


def test_corpus_attachment_and_javascript_are_found() -> None:
    attached = load_dossier(CORPUS / "py-pdf-sample-files/025-attachment/with-attachment.pdf", OPTIONS)
    assert {p.code for p in attached.files[0].problems} == {"embedded-files"}
    form = load_dossier(CORPUS / "pikepdf/form_210966.pdf", OPTIONS)
    assert "javascript" in {p.code for p in form.files[0].problems}


def test_corpus_page_sizes_follow_rotation() -> None:
    dossier = load_dossier(CORPUS / "py-pdf-sample-files/015-arabic/habibi-rotated.pdf", OPTIONS)
    sizes = [(round(p.width_mm or 0), round(p.height_mm or 0)) for p in dossier.pages]
    assert len(set(sizes)) > 1 or sizes[0][0] > sizes[0][1], sizes


def test_encrypted_file_says_so(tmp_path: Path) -> None:
    dossier = load_dossier(CORPUS / "pikepdf/graph-encrypted.pdf", OPTIONS)
    assert [p.code for p in dossier.files[0].problems] == ["encrypted"]
