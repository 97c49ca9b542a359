"""The learned document-type model: its arithmetic is scikit-learn's, what ships is well formed, and classify takes
its answer only where it is sure and where a type's own title allows it."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from tests.memory import page
from validator import classify, doctype_model

TEXTS = {
    "income-proof": [
        "Loonstrook november 2026 bruto loon 2.450,00 loonheffing netto loon werkgever",
        "Salarisspecificatie oktober bruto salaris netto uitbetaald vakantiegeld werkgever",
        "Fiche de paie brut net à payer employeur cotisations sociales salaire",
    ],
    "health-insurance": [
        "Polisblad zorgverzekering basisverzekering eigen risico verzekerde premie",
        "Verzekeringsbewijs zorgverzekeraar polisnummer dekking premie per maand",
        "Attestation d'assurance maladie mutualité assuré couverture soins de santé",
    ],
    "other": [
        "Geachte heer, hierbij zend ik u de stukken van mijn cliënt toe. Met vriendelijke groet",
        "Madame, veuillez trouver ci-joint les pièces du dossier. Salutations distinguées",
        "Dear Sir, please find enclosed the documents of my client. Kind regards",
    ],
}


def _fitted() -> tuple[doctype_model.Model, LogisticRegression, list[str]]:
    texts = [t for ts in TEXTS.values() for t in ts]
    labels = [k for k, ts in TEXTS.items() for _ in ts]
    hashed = doctype_model.counts(texts)
    from sklearn.feature_extraction.text import TfidfTransformer

    idf = tuple(TfidfTransformer(sublinear_tf=True).fit(m).idf_ for m in hashed)
    fitted = LogisticRegression(max_iter=2000, C=10.0).fit(doctype_model.weighted(hashed, idf), labels)
    model = doctype_model.Model(
        tuple(str(c) for c in fitted.classes_), idf, fitted.coef_, fitted.intercept_, 0.5
    )
    return model, fitted, texts


def test_probabilities_are_scikit_learns() -> None:
    model, fitted, texts = _fitted()
    features = doctype_model.weighted(doctype_model.counts(texts), model.idf)
    assert np.allclose(doctype_model.probabilities(model, texts), fitted.predict_proba(features))


def test_saved_model_reads_back(tmp_path) -> None:
    model, _, texts = _fitted()
    path = tmp_path / "model.npz"
    doctype_model.save(model, path)
    again = doctype_model.load(path)
    assert again.classes == model.classes and again.threshold == model.threshold
    # The coefficients are kept as half floats: the probabilities move in the third decimal at most.
    assert np.allclose(
        doctype_model.probabilities(again, texts), doctype_model.probabilities(model, texts), atol=1e-3
    )


def test_shipped_model_is_well_formed() -> None:
    model = doctype_model.shipped()
    assert set(model.classes) <= set(classify.type_names())
    assert model.coef.shape == (len(model.classes), 2 * 2**doctype_model.BITS)
    assert model.intercept.shape == (len(model.classes),)
    assert 0.5 <= model.threshold < 1


def _model_sure_of(kind: str) -> doctype_model.Model:
    """A model that gives every text `kind` with probability about 0.9, whatever it says."""
    classes = ("income-proof", "medical-certificate", "other")
    intercept = np.array([3.0 if c == kind else 0.0 for c in classes])
    coef = np.zeros((len(classes), 2 * 2**doctype_model.BITS))
    idf = (np.ones(2**doctype_model.BITS), np.ones(2**doctype_model.BITS))
    return doctype_model.Model(classes, idf, coef, intercept, 0.7)


DOCTORS_LETTER = (
    "Dr. A. Peeters, huisarts\nGeachte collega,\nIk zag mevrouw Diallo op 3 november 2026 voor haar diabetes. "
    "Zij heeft dagelijks insuline nodig en wordt driemaandelijks opgevolgd.\nMet collegiale groeten"
)


def test_a_sure_model_decides() -> None:
    kind, confidence, by, _, learned = classify.classify_pages(
        [page(DOCTORS_LETTER)], None, _model_sure_of("income-proof")
    )
    assert (kind, by, learned) == ("income-proof", "content", "income-proof")
    assert confidence == pytest.approx(0.91, abs=0.01)


def test_the_model_gives_no_standard_certificate_without_its_title() -> None:
    phrases = classify.by_phrases([page(DOCTORS_LETTER)], None)[0]
    sure = classify.classify_pages([page(DOCTORS_LETTER)], None, _model_sure_of("medical-certificate"))
    assert sure[0] == phrases != "medical-certificate"


def test_an_unsure_model_leaves_the_phrases() -> None:
    unsure = _model_sure_of("income-proof")
    unsure = doctype_model.Model(unsure.classes, unsure.idf, unsure.coef, unsure.intercept, 0.95)
    assert (
        classify.classify_pages([page(DOCTORS_LETTER)], None, unsure)[:3]
        == classify.by_phrases([page(DOCTORS_LETTER)], None)[:3]
    )


def test_too_few_words_for_the_model() -> None:
    assert doctype_model.sure_type("Bijlage 3", _model_sure_of("income-proof")) is None


_RECLASSIFY = """
import sys
from pathlib import Path
from validator import doctype_model
from validator.cache import Cache
print(doctype_model.sure_type(sys.argv[2], memo=Cache(Path(sys.argv[1]))))
print("sklearn" in sys.modules)
"""


def test_an_unchanged_text_is_classified_again_without_loading_scikit_learn(tmp_path) -> None:
    """The shipped model's answer kept by the text: a re-check of an unchanged dossier does not pay scikit-learn's
    second of importing (bench: the warm re-check)."""
    text = (
        DOCTORS_LETTER
        + "\nIk verwijs haar naar de endocrinoloog voor verdere opvolging van haar suikerziekte."
    )

    def classify_in_a_new_process() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", _RECLASSIFY, str(tmp_path / "cache"), text],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.splitlines()

    first, second = classify_in_a_new_process(), classify_in_a_new_process()
    assert first[0] == second[0] == str(doctype_model.sure_type(text))
    assert (first[1], second[1]) == ("True", "False")
    assert len(list((tmp_path / "cache" / "model").rglob("*.json"))) == 1


def test_a_memo_of_another_length_is_not_taken(tmp_path) -> None:
    """A damaged entry (or one from a model with other classes) is a miss, never an answer."""
    from validator.cache import Cache

    memo = Cache(tmp_path)
    text = DOCTORS_LETTER + " Zij neemt metformine en insuline."
    answer = doctype_model.sure_type(text, memo=memo)
    (entry,) = (tmp_path / "model").rglob("*.json")
    entry.write_text("[1.0]")
    assert doctype_model.sure_type(text, memo=memo) == answer
