"""The document classifier's learned model (validator/doctype_model.py): how it is learned, and what it is worth.

    python -m eval.classifier [--corpus eval/build] [--out bench/classifier.json]
    python -m eval.classifier --train [--corpus eval/build]

Both read each truth document's pages as the validator reads them (text layer or OCR, from the validator's
cache after `eval.run` has checked the part), so segmentation and reading are left out.

The measurement takes each part in turn out of the training, learns the model from the others, and classifies
the part's documents three ways: the weighted phrases of validator/data/document_types.yaml alone, the model
alone (answering "other" below its threshold), and the two as `classify` combines them (the model's answer
where it is sure). `--train` learns the shipped model from every part checked. Each part is written by other
hands than the others (eval/CORPUS.md), so a held-out part is what a new writer's documents would be.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eval.run import PARTS
from validator import classify, doctype_model
from validator.pipeline import CheckOptions, load_dossier

OTHER = classify.OTHER
# The least probability at which the model's answer is taken: measured part by part with each part held out
# (2026-12-01), 0.6 made one part's documents 0.4 % more often a wrong type than 0.7 did, and 0.8 lost up to
# 1 % of right answers on four parts.
THRESHOLD = 0.7
# Types with fewer training documents than this are left to the phrases: nothing to learn them from.
LEAST_DOCUMENTS = 3
SHIPPED = Path(__file__).resolve().parent.parent / "validator" / "data" / doctype_model.MODEL_FILE


def documents(corpus: Path, part: str) -> list[dict[str, Any]]:
    """Every truth document of the part's dossiers that `eval.run` checked (so their pages are in the
    validator's cache), with the pages the validator reads."""
    out = []
    for truth_file in sorted((corpus / part).glob("*.truth.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        if not (corpus / part / f"{truth['dossier']}.report.json").exists():
            continue
        dossier = load_dossier(corpus / part / truth["dossier"], CheckOptions({}, jobs=2))
        pages = {(p.file, p.number): p for p in dossier.pages}
        for doc in truth["documents"]:
            mine = [
                pages[(doc["file"], n)]
                for n in range(doc["first_page"], doc["last_page"] + 1)
                if (doc["file"], n) in pages
            ]
            whole = doc["first_page"] == 1 and (doc["file"], doc["last_page"] + 1) not in pages
            out.append(
                {
                    "type": doc["type"],
                    "pages": mine,
                    "hint": classify.filename_hint(doc["file"]) if whole else None,
                    "text": "\n".join(p.text for p in mine),
                }
            )
    return out


def learn(train: list[dict[str, Any]]) -> doctype_model.Model:
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(d["type"] for d in train)
    train = [d for d in train if counts[d["type"]] >= LEAST_DOCUMENTS]
    hashed = doctype_model.counts([d["text"] for d in train])
    idf = tuple(TfidfTransformer(sublinear_tf=True).fit(m).idf_ for m in hashed)
    fitted = LogisticRegression(max_iter=2000, C=10.0).fit(
        doctype_model.weighted(hashed, idf), [d["type"] for d in train]
    )
    return doctype_model.Model(
        tuple(str(c) for c in fitted.classes_), idf, fitted.coef_, fitted.intercept_, THRESHOLD
    )


def figures(truth: list[str], predicted: list[str]) -> dict[str, Any]:
    n = len(truth)
    right = sum(t == p for t, p in zip(truth, predicted))
    wrong = sum(t != p and p != OTHER for t, p in zip(truth, predicted))
    confusions = Counter(f"{t} -> {p}" for t, p in zip(truth, predicted) if t != p)
    return {
        "documents": n,
        "right": round(right / n, 4) if n else None,
        "wrong_not_other": round(wrong / n, 4) if n else None,
        "confusions": dict(confusions.most_common()),
    }


def measure(held_out: list[dict[str, Any]], model: doctype_model.Model) -> dict[str, Any]:
    truth = [d["type"] for d in held_out]
    alone = []
    for d in held_out:
        sure = doctype_model.sure_type(d["text"], model)
        alone.append(sure[0] if sure else OTHER)
    return {
        "phrases": figures(truth, [classify.by_phrases(d["pages"], d["hint"])[0] for d in held_out]),
        "model": figures(truth, alone),
        "combined": figures(
            truth, [classify.classify_pages(d["pages"], d["hint"], model)[0] for d in held_out]
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("eval/build"))
    parser.add_argument("--out", type=Path, default=Path("bench/classifier.json"))
    parser.add_argument("--train", action="store_true", help=f"learn the shipped model ({SHIPPED})")
    args = parser.parse_args(argv)
    parts = {p: docs for p in PARTS if (docs := [d for d in documents(args.corpus, p) if d["pages"]])}
    if not parts:
        sys.exit(f"eval.classifier: no checked part in {args.corpus} (run eval.run first)")
    if args.train:
        model = learn([d for docs in parts.values() for d in docs])
        doctype_model.save(model, SHIPPED)
        print(
            f"model learned from {sum(map(len, parts.values()))} documents of {', '.join(parts)}: {SHIPPED}"
        )
        return 0
    result: dict[str, Any] = {"threshold": THRESHOLD, "parts": {}}
    for part, held_out in parts.items():
        model = learn([d for p, docs in parts.items() if p != part for d in docs])
        result["parts"][part] = measure(held_out, model)
        row = result["parts"][part]
        print(
            f"{part:8} "
            + "  ".join(
                f"{name} {row[name]['right']:.3f}/{row[name]['wrong_not_other']:.3f}"
                for name in ("phrases", "model", "combined")
            )
            + f"  ({len(held_out)} documents, right/wrong type)",
            flush=True,
        )
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
