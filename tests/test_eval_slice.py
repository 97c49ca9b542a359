"""A small, fast slice of the blind corpus (eval/CORPUS.md), checked as `make eval` checks it.

The dossiers are made by the corpus's own generators, written without reading validator/; what they contain
and which defect is planted come from their truth files, never from the validator. `make eval` measures the
whole corpus; this keeps a few development dossiers in every `make test`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import ROOT, check_json

sys.path.insert(0, str(ROOT))

from eval.corpus import be9ter, ind  # noqa: E402
from eval.run import is_defect_level  # noqa: E402

BE9TER = ["be9ter-clean-02", "be9ter-medcert-age-1"]
IND_CLEAN_GENERIC = 1
# The first planted US Letter page: a born-digital PDF, read without OCR.
IND_DEFECT = "a4"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    specs = {
        name: (idx, rule, variant, knobs)
        for idx, (name, rule, variant, knobs) in enumerate(be9ter.dossier_specs("dev"))
    }
    for name in BE9TER:
        idx, rule, variant, knobs = specs[name]
        _write_truth(out, be9ter.build_dossier(out, "dev", name, idx, rule, variant, knobs))
    builder = ind.PartBuilder("dev", out)
    builder.clean_gen(IND_CLEAN_GENERIC, translated=False)
    key, proc, variant = next(d for d in ind.DEFECT_PLAN["dev"] if d[0] == IND_DEFECT)
    builder.defect(key, 1, proc, variant)
    for truth in builder.truths:
        _write_truth(out, truth)
    return out


def _write_truth(out: Path, truth: dict | None) -> None:
    assert truth is not None
    (out / "dev" / f"{truth['dossier']}.truth.json").write_text(json.dumps(truth), encoding="utf-8")


def _dossiers(corpus: Path) -> list[tuple[dict, dict]]:
    found = []
    for truth_file in sorted((corpus / "dev").glob("*.truth.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        _, report = check_json(corpus / "dev" / truth["dossier"], "--jobs", "2")
        found.append((truth, report))
    return found


def test_clean_dossiers_get_no_defect_and_planted_defects_are_found(corpus: Path) -> None:
    checked = _dossiers(corpus)
    assert len(checked) == 4 and sum(t["clean"] for t, _ in checked) == 2
    for truth, report in checked:
        verified = [f for f in report["findings"] if is_defect_level(f)]
        if truth["clean"]:
            assert verified == [], (truth["dossier"], verified)
            continue
        defect = truth["defect"]
        hits = [
            f
            for f in verified
            if f["rule"] == defect["rule"] and (defect["file"] is None or f["file"] == defect["file"])
        ]
        assert hits, (truth["dossier"], defect, verified)
