"""Dossiers built in memory, for testing rules without PDFs, images or OCR.

A rule is a function of the `Dossier`; ingestion is tested on real files elsewhere. Here a dossier is made
from what ingestion would have read: page texts, OCR words and measures. The manifest is checked against its
real schema, the procedure is loaded from its real YAML, and the documents are classified by the real
classify stage (unless the manifest names their types), so a test exercises everything after reading.

    from tests.memory import dossier, page, run

    d = dossier({"brief.pdf": ["Aanvraag ...", page("", ink=0.0)],      # page 2 blank
                 "paspoort.jpg": [page("P<NLD...", source="ocr", conf=60)]},
                procedure="ind-generic", applicant={"v_number": "1234567890"})
    found = run(d, "IND-COPY-SINGLE-SIDED")        # the procedure's config of that rule, messages filled in
    assert [(f.key, f.file, f.page) for f in found] == [("blank-page", "brief.pdf", 2)]

- `dossier(files, procedure=..., submission_date=..., **manifest)`: `files` maps a path to its pages (a list
  of strings or `page(...)`), or to a `SourceFile` for files without pages (media, unreadable: see `file`).
  Manifest keys are those of dossier.yaml (`applicant={...}`, `documents={...}`, `asylum={...}`, ...), given
  as YAML would give them (dates as "YYYY-MM-DD"). The submission date defaults to 2026-12-01, never today.
- `page(text, ...)`: a page as read. A text-layer page by default (A4, some ink, words at confidence 100);
  `source="ocr"` gives its words OCR's confidence `conf`; `word_list=words(...)` places them yourself.
  `marks=[Box(...)]` gives the page an ink map: its print, and ink beside it (a signature, a number written in
  a margin); without `marks`, where the ink is is unknown, as for a page read from a text layer.
- `words(text, conf=..., top=..., left=...)`: the text as words with boxes, one line of the page per line.
- `ink_map(*marks, printed=words)`: such an ink map by itself.
- `file(path, kind=..., problems=[...], pages=[...])`: a file, for kinds and problems only ingestion sets.
- `passport_zone(surname, given, ...)`: the two lines of a passport's machine-readable zone (ICAO 9303 TD3),
  with check digits computed here, independently of the validator's reader.
- `document_types(files, procedure=...)`: (file, first page, last page, type) of each document classified.
- `run(dossier, rule_id, **params)`: the rule's findings under the dossier's procedure, with `params` on top of
  the procedure's own, each finding localised in nl, en and fr (a missing text or parameter fails the test).
- `keys(findings)`: (key, file, page) of each finding, what most tests assert; `graded(findings)` adds the
  severity.
- `typed(procedure, (path, type, pages), ...)`: a dossier whose manifest states each document's type.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

from validator import classify, i18n, language, procedures
from validator import manifest as manifest_mod
from validator.model import (
    Box,
    Checkbox,
    Dossier,
    FileKind,
    Finding,
    Mark,
    Page,
    Problem,
    SizeSource,
    SourceFile,
    TextSource,
    Word,
)
from validator.rules import registry

SUBMISSION = dt.date(2026, 12, 1)
A4 = (210.0, 297.0)
# A word's box: a line of the page is this high, a character this wide (fractions of the page).
LINE = 0.02
CHAR = 0.012

PageSpec = str | Page
FileSpec = list[PageSpec] | SourceFile


def words(text: str, conf: float = 100, top: float = 0.1, left: float = 0.1) -> list[Word]:
    """`text` laid out in lines from (`left`, `top`), one box per word, each read with confidence `conf`."""
    out = []
    for row, line in enumerate(text.splitlines()):
        y0 = top + row * LINE * 1.5
        x = left
        for token in line.split():
            x1 = min(1.0, x + CHAR * len(token))
            out.append(Word(token, conf, Box(x, y0, x1, min(1.0, y0 + LINE))))
            x = x1 + CHAR
    return out


def _check_digit(data: str) -> str:
    """ICAO 9303 part 3, 4.9: weights 7, 3, 1; digits count as such, A–Z as 10–35, the filler '<' as 0."""
    values = [int(c) if c.isdigit() else ord(c) - 55 if c.isalpha() else 0 for c in data]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def passport_zone(
    surname: str,
    given: str,
    *,
    nationality: str = "MAR",
    birth: str = "850412",
    sex: str = "F",
    expiry: str = "310101",
    number: str = "AB1234567",
    issuer: str | None = None,
) -> str:
    """A passport's zone; dates as YYMMDD, names in capitals without accents."""
    names = f"{surname.replace(' ', '<')}<<{given.replace(' ', '<')}"
    line1 = f"P<{issuer or nationality}{names}".ljust(44, "<")[:44]
    optional = "<" * 14
    parts = [
        number,
        _check_digit(number),
        nationality,
        birth,
        _check_digit(birth),
        sex,
        expiry,
        _check_digit(expiry),
        optional,
        _check_digit(optional),
    ]
    line2 = "".join(parts)
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return f"{line1}\n{line2}{_check_digit(composite)}"


# The ink map's cells: rows and columns over the page (validator/ingest/raster.py makes about this many).
INK_ROWS, INK_COLS = 70, 50


def ink_map(*marks: Box, printed: list[Word] | None = None) -> list[str]:
    """Rows of digits: 9 where `marks` or the words `printed` are, 0 elsewhere."""
    grid = [["0"] * INK_COLS for _ in range(INK_ROWS)]
    for box in [*marks, *(w.box for w in printed or [])]:
        for r in range(int(box.y0 * INK_ROWS), min(INK_ROWS, int(box.y1 * INK_ROWS) + 1)):
            for c in range(int(box.x0 * INK_COLS), min(INK_COLS, int(box.x1 * INK_COLS) + 1)):
                grid[r][c] = "9"
    return ["".join(row) for row in grid]


def page(
    text: str = "",
    *,
    source: TextSource | None = None,
    conf: float = 90,
    word_list: list[Word] | None = None,
    size_mm: tuple[float, float] | None = A4,
    size_source: SizeSource = "page-box",
    dpi: float | None = 300,
    ink: float | None = None,
    faint_ink: float | None = None,
    contrast: float | None = None,
    script: str | None = None,
    photo: Box | None = None,
    lang: str | None = None,
    marks: list[Box] | None = None,
    number: int = 0,
) -> Page:
    """A page as ingestion would have read it; `number` and `file` are set by `dossier`.

    Ink defaults to some when there is text and none when there is not, so `page("")` is a blank page; the
    contrast to that of print (200), or of the paper's grain (5) on a page with hardly any ink or words.
    `lang` defaults to what the reading stage would detect in the text. `marks`: ink beside the print (see
    `ink_map`), which gives the page an ink map; an empty list gives one with print only."""
    text_source: TextSource = source or ("text-layer" if text else "none")
    if word_list is None:
        word_list = words(text, 100 if text_source == "text-layer" else conf)
    default_ink = 0.05 if text else 0.0
    inked = default_ink if ink is None else ink
    faint = default_ink if faint_ink is None else faint_ink
    made = Page(
        "",
        number,
        size_mm[0] if size_mm else None,
        size_mm[1] if size_mm else None,
        size_source if size_mm else "unknown",
        dpi,
        inked,
        faint,
        (5 if inked < 0.002 and faint < 0.01 and len(text.split()) <= 3 else 200)
        if contrast is None
        else contrast,
        text,
        word_list,
        text_source,
        script,
        photo,
    )
    made.language = lang or language.page_language(made)
    if marks is not None:
        made.ink_map = ink_map(*marks, printed=word_list)
    return made


def file(
    path: str,
    kind: FileKind = "pdf",
    *,
    pages: list[PageSpec] | None = None,
    problems: list[Problem] | None = None,
    media_type: str | None = None,
    size_bytes: int = 1000,
) -> SourceFile:
    source = SourceFile(path, kind, media_type, size_bytes, problems=list(problems or []))
    _add_pages(source, pages or [])
    return source


def _add_pages(source: SourceFile, pages: list[PageSpec]) -> None:
    for n, spec in enumerate(pages, 1):
        p = page(spec) if isinstance(spec, str) else spec
        source.pages.append(dataclasses.replace(p, file=source.path, number=p.number or n))


def dossier(
    files: dict[str, FileSpec],
    *,
    procedure: str = "ind-generic",
    submission_date: dt.date = SUBMISSION,
    **manifest: Any,
) -> Dossier:
    """A classified dossier of `files`, under `procedure`, with the dossier.yaml keys `manifest`."""
    sources = []
    for path, spec in files.items():
        if isinstance(spec, SourceFile):
            sources.append(spec)
            continue
        kind: FileKind = (
            "image" if path.lower().endswith((".jpg", ".jpeg", ".png", ".tif", ".tiff")) else "pdf"
        )
        sources.append(file(path, kind, pages=spec))
    parsed = manifest_mod.load(None, {"procedure": procedure, **manifest})
    d = Dossier("memory", parsed, procedures.load(procedure), submission_date, sources)
    classify.classify(d)
    return d


def document_types(
    files: dict[str, FileSpec], procedure: str = "ind-generic"
) -> list[tuple[str, int, int, str]]:
    """(file, first page, last page, type) of each document the classify stage finds in the files."""
    return [
        (d.file, d.first_page, d.last_page, d.type) for d in dossier(files, procedure=procedure).documents
    ]


def run(d: Dossier, rule_id: str, **params: Any) -> list[Finding]:
    """The findings of `rule_id` as the dossier's procedure configures it (`params` on top), localised."""
    configs = {cfg.id: cfg for cfg in d.procedure.rules}
    if rule_id not in configs:
        raise KeyError(f"{d.procedure.id} does not list {rule_id}")
    cfg = configs[rule_id]
    if params:
        cfg = dataclasses.replace(cfg, params={**cfg.params, **params})
    found = list(registry()[rule_id](d, cfg))
    for f in found:
        # Dutch last: the text a test may read is the default language's.
        for lang in reversed(i18n.LANGUAGES):
            i18n.localize(f, lang)
            # A parameter the rule left empty would show as "None" to the person reading the report.
            assert "None" not in f.message + f.remedy, (lang, f)
    return found


def keys(found: list[Finding]) -> list[tuple[str, str | None, int | None]]:
    """(key, file, page) of each finding: what most tests assert."""
    return [(f.key, f.file, f.page) for f in found]


def graded(found: list[Finding]) -> list[tuple[str, str | None, int | None, str]]:
    """(key, file, page, severity) of each finding: where evidence decides between a defect and a warning."""
    return [(f.key, f.file, f.page, f.severity) for f in found]


def typed(procedure: str, *documents: tuple[str, str, list[PageSpec]], **manifest: Any) -> Dossier:
    """A dossier of documents whose types the manifest states, each given as (path, type, pages)."""
    return dossier(
        {path: pages for path, _, pages in documents},
        procedure=procedure,
        documents={path: kind for path, kind, _ in documents},
        **manifest,
    )


@cache
def _certificate_feet() -> dict[str, Any]:
    return json.loads(
        (Path(__file__).parent / "fixtures" / "certificate_feet.json").read_text(encoding="utf-8")
    )


def read_page(key: str) -> Page:
    """A real page of the blind corpus as the pipeline read it: its text, words, ink map, unruled map and boxes to
    tick, kept in tests/fixtures/certificate_feet.json under `key` (tests/fixtures/README.md says whence)."""
    data = _certificate_feet()[key]
    scan = page(
        data["text"],
        source=data.get("source", "ocr"),
        word_list=[Word(t, conf, Box(*box)) for t, conf, box in data["words"]],
    )
    scan.ink_map, scan.unruled_map = data["ink_map"], data["unruled_map"]
    scan.combs = [Box(*box) for box in data.get("combs", [])]
    scan.images = [Box(*box) for box in data.get("images", [])]
    scan.marks = [Mark(Box(*box), text) for box, text in data.get("marks", [])]
    scan.checkboxes = [Checkbox(Box(*box), fill) for box, fill in data.get("checkboxes", [])]
    scan.photo = Box(*data["photo"]) if "photo" in data else None
    return scan
