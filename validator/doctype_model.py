"""A linear model of document types over word and character n-grams, learned from the blind corpus.

The weighted phrases of document_types.yaml know the titles and terms someone wrote down; the model has seen
every family of every part of the blind corpus as the validator reads them (eval/CORPUS.md), OCR's misreadings
included. Measured part by part, each part held out of the model's training (README, "Which classifier"), the
phrases with the model's answer wherever the model is sure were right more often, and wrong no more often, than
either alone; so `classify` asks the model after the phrases.

The model is a logistic regression (scikit-learn) over hashed word 1–2-grams and character 3–5-grams weighted by
tf-idf. Hashing needs no vocabulary: what ships (data/doctype_model.npz) is only arrays, read without pickle.
`eval/classifier.py` learns it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from validator.cache import Cache, key

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

# 2**14 buckets for each kind of n-gram: measured as right as 2**16 on every held-out part, at a sixteenth of the
# size.
BITS = 14
MODEL_FILE = "doctype_model.npz"
# Fewer words than this, and the model has too little to go on (its answer would be its prior).
MIN_WORDS = 10


# scikit-learn and SciPy are imported when a text is first classified: they take a second or more to import,
# which `validator procedures` or `validator rule` need not wait for.
@cache
def _hashers() -> tuple[Any, ...]:
    from sklearn.feature_extraction.text import HashingVectorizer

    common: dict[str, Any] = {
        "n_features": 2**BITS,
        "alternate_sign": False,
        "norm": None,
        "strip_accents": "unicode",
    }
    return (
        HashingVectorizer(ngram_range=(1, 2), **common),
        HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common),
    )


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    # Per kind of n-gram, each bucket's inverse document frequency in the training texts.
    idf: tuple[np.ndarray, ...]
    coef: np.ndarray
    intercept: np.ndarray
    # The least probability at which the model's answer is taken over the phrases'.
    threshold: float


def counts(texts: list[str]) -> list[csr_matrix]:
    """Per kind of n-gram, how often each bucket occurs in each text."""
    return [h.transform(texts) for h in _hashers()]


def weighted(hashed: list[csr_matrix], idf: tuple[np.ndarray, ...]) -> csr_matrix:
    """The counts weighted by tf-idf (sublinear, each kind normalised on its own), side by side."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfTransformer

    parts = []
    for matrix, weights in zip(hashed, idf):
        tfidf = TfidfTransformer(sublinear_tf=True)
        tfidf.idf_ = weights
        parts.append(tfidf.transform(matrix))
    return hstack(parts).tocsr()


def probabilities(model: Model, texts: list[str]) -> np.ndarray:
    """Per text, the probability of each of the model's classes (multinomial logistic regression)."""
    from scipy.special import softmax

    features = weighted(counts(texts), model.idf)
    return softmax(features @ model.coef.T + model.intercept, axis=1)


def save(model: Model, path: Path) -> None:
    np.savez_compressed(
        path,
        classes=np.array(model.classes),
        idf_words=model.idf[0].astype(np.float32),
        idf_chars=model.idf[1].astype(np.float32),
        coef=model.coef.astype(np.float16),
        intercept=model.intercept.astype(np.float32),
        threshold=np.array(model.threshold),
    )


def load(path: Path) -> Model:
    with np.load(path, allow_pickle=False) as arrays:
        return Model(
            tuple(str(c) for c in arrays["classes"]),
            (arrays["idf_words"].astype(np.float64), arrays["idf_chars"].astype(np.float64)),
            arrays["coef"].astype(np.float64),
            arrays["intercept"].astype(np.float64),
            float(arrays["threshold"]),
        )


@cache
def shipped() -> Model:
    with resources.as_file(resources.files("validator.data") / MODEL_FILE) as path:
        return load(path)


@cache
def _shipped_digest() -> str:
    return hashlib.sha256((resources.files("validator.data") / MODEL_FILE).read_bytes()).hexdigest()


def sure_type(text: str, model: Model | None = None, memo: Cache | None = None) -> tuple[str, float] | None:
    """The type the model (the shipped one unless given) gives the text, with its probability, when that is at
    least its threshold. `memo` keeps the shipped model's answers by the text: an unchanged dossier is classified
    again without loading scikit-learn, which took half of a re-check's time."""
    if len(text.split()) < MIN_WORDS:
        return None
    model = model or shipped()
    if memo is None or model is not shipped():
        row = probabilities(model, [text])[0]
    else:
        k = key("model", _shipped_digest(), hashlib.sha256(text.encode()).hexdigest())
        stored = memo.get("model", k)
        if isinstance(stored, list) and len(stored) == len(model.classes):
            row = np.array(stored, dtype=np.float64)
        else:
            row = probabilities(model, [text])[0]
            memo.put("model", k, row.tolist())
    best = int(row.argmax())
    return (model.classes[best], float(row[best])) if row[best] >= model.threshold else None
