"""Which document classifier to keep: the weighted phrases of validator/data/document_types.yaml, or a linear
model over word and character n-grams learned from the development families, measured on the held-out ones.

    python -m eval.classifier [--corpus eval/build] [--out bench/classifier.json]

Both classify the same thing: each truth document's pages as the validator reads them (text layer or OCR,
from the validator's cache after `make eval`), so segmentation and reading are left out of the comparison.
The model says "other" when its probability for the best type is below a threshold chosen on the development
part by cross-validation: a wrong type is worse than "other". Needs scikit-learn (`pip install -e '.[eval]'`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from validator import classify
from validator.pipeline import CheckOptions, load_dossier

OTHER = classify.OTHER
# Probabilities tried as the threshold under which the model answers "other".
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def documents(corpus: Path, part: str, only: str = "*") -> list[dict[str, Any]]:
    """Every truth document of the part's dossiers named like `only` that `eval.run` checked (so their pages
    are in the validator's cache), with the text the validator reads."""
    out = []
    for truth_file in sorted((corpus / part).glob(f"{only}.truth.json")):
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
                    "family": doc.get("family"),
                    "pages": mine,
                    "hint": classify.filename_hint(doc["file"]) if whole else None,
                    "text": "\n".join(p.text for p in mine),
                }
            )
    return out


def phrases(docs: list[dict[str, Any]]) -> list[str]:
    return [classify.classify_pages(d["pages"], d["hint"])[0] if d["pages"] else OTHER for d in docs]


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


def model(train: list[dict[str, Any]]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    features = FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode"),
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    min_df=2,
                    sublinear_tf=True,
                    strip_accents="unicode",
                ),
            ),
        ]
    )
    return make_pipeline(features, LogisticRegression(max_iter=2000, C=10.0))


def predict(fitted: Any, texts: list[str], threshold: float) -> list[str]:
    probabilities = fitted.predict_proba(texts)
    return [str(fitted.classes_[row.argmax()]) if row.max() >= threshold else OTHER for row in probabilities]


def choose_threshold(train: list[dict[str, Any]]) -> float:
    """The threshold with the most right answers while wrong types stay under 1 %, by cross-validation."""
    from sklearn.model_selection import StratifiedKFold

    labels = [d["type"] for d in train]
    texts = [d["text"] for d in train]
    folds = StratifiedKFold(n_splits=min(5, min(Counter(labels).values())), shuffle=True, random_state=0)
    predicted: dict[float, list[tuple[int, str]]] = {t: [] for t in THRESHOLDS}
    for fit_idx, test_idx in folds.split(texts, labels):
        fitted = model([]).fit([texts[i] for i in fit_idx], [labels[i] for i in fit_idx])
        for t in THRESHOLDS:
            predicted[t] += list(zip(test_idx, predict(fitted, [texts[i] for i in test_idx], t)))
    scored = []
    for t, pairs in predicted.items():
        result = figures([labels[i] for i, _ in pairs], [p for _, p in pairs])
        scored.append((result["wrong_not_other"] <= 0.01, result["right"], -t, t))
    return max(scored)[3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("eval/build"))
    parser.add_argument("--out", type=Path, default=Path("bench/classifier.json"))
    parser.add_argument("--only", default="*", help="dossiers named like this glob (e.g. 'be9ter-*')")
    args = parser.parse_args(argv)
    dev, heldout = documents(args.corpus, "dev", args.only), documents(args.corpus, "heldout", args.only)
    # Types with too few development documents to learn from are the phrases' alone.
    counts = Counter(d["type"] for d in dev)
    train = [d for d in dev if counts[d["type"]] >= 3]
    threshold = choose_threshold(train)
    fitted = model(train).fit([d["text"] for d in train], [d["type"] for d in train])
    truth = [d["type"] for d in heldout]
    result = {
        "dossiers": args.only,
        "dev_documents": len(dev),
        "heldout_documents": len(heldout),
        "model_threshold": threshold,
        "phrases": figures(truth, phrases(heldout)),
        "model": figures(truth, predict(fitted, [d["text"] for d in heldout], threshold)),
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for name in ("phrases", "model"):
        r = result[name]
        print(
            f"{name:8} right {r['right']:.3f}  wrong-not-other {r['wrong_not_other']:.3f}  "
            f"({result['heldout_documents']} held-out documents)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
