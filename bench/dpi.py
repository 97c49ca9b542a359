"""Which OCR resolution keeps the V-number and the dates: the benchmark's scanned pages read at each.

    python bench/dpi.py [DPI ...]      (default: 200 300; BENCH_DPI_PAGES: pages, default 30)

Per resolution: the time to read the pages, how many pages the V-number and
each date were found on, the mean OCR confidence, and whether the findings
differ from those at the first resolution; then the same comparison of
findings on every sample dossier (samples/generate.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from dossiers import V, scanned_dossier

from samples.generate import generate
from validator.model import Dossier
from validator.pages import ReadOptions
from validator.pipeline import CheckOptions, load_dossier, run_rules
from validator.textmatch import contains_date, contains_number

PAGES = 30


def _read(folder: Path, dpi: int) -> Dossier:
    return load_dossier(folder, CheckOptions(read=ReadOptions(ocr_dpi=dpi), cache=False))


def _findings(dossier: Dossier) -> list[tuple[str, str, str | None, int | None]]:
    return sorted((f.rule, f.key, f.file, f.page) for f in run_rules(dossier))


def main(dpis: list[int], pages: int) -> None:
    with tempfile.TemporaryDirectory(prefix="validator-bench-dpi-") as tmp:
        folder = Path(tmp) / "scanned"
        truth = scanned_dossier(folder, pages)
        first = None
        for dpi in dpis:
            started = time.monotonic()
            dossier = _read(folder, dpi)
            seconds = time.monotonic() - started
            pages = dossier.pages
            vnumber = sum(contains_number(p.text, V) for p in pages)
            dates = sum(contains_date(p.text, d) for p, t in zip(pages, truth) for d in t.dates)
            words = [w for p in pages for w in p.words]
            findings = _findings(dossier)
            first = findings if first is None else first
            print(
                f"{dpi} dpi: {seconds:.1f} s, V-number on {vnumber}/{len(pages)} pages, "
                f"dates {dates}/{2 * len(pages)}, mean confidence {sum(w.conf for w in words) / len(words):.1f}, "
                f"findings {'as at ' + str(dpis[0]) + ' dpi' if findings == first else findings}"
            )

        for sample in generate(Path(tmp) / "samples"):
            found = {dpi: _findings(_read(sample, dpi)) for dpi in dpis}
            same = all(f == found[dpis[0]] for f in found.values())
            print(f"sample {sample.name}: " + ("same findings" if same else f"findings differ: {found}"))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200, 300], int(os.environ.get("BENCH_DPI_PAGES", PAGES)))
