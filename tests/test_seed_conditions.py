"""Conditions of the seeds that rules follow word for word: where the originals are shown, fees with their date,
and the conditions of issue 15 (seed coverage), each on a small born-digital dossier."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import ROOT, born_digital_pdf
from validator import i18n, procedures
from validator.model import Dossier, Finding
from validator.pipeline import CheckOptions, load_dossier, run_rules

SEEDS = ROOT.parent / "shared" / "seeds"
V = "2840517396"
SUBMITTED = dt.date(2026, 12, 1)


def seed(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return " ".join(path.read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    folder = tmp_path_factory.mktemp("seed-conditions")
    born_digital_pdf(folder / "aanvraag.pdf", [f"V-nummer: {V}\nAanvraag."])
    return load_dossier(folder, CheckOptions({"submission_date": SUBMITTED.isoformat(),
                                              "applicant": {"v_number": V}}, jobs=1))


def check(dossier: Dossier, procedure: str, lang: str = "nl", **manifest: object) -> list[Finding]:
    changed = dataclasses.replace(dossier, procedure=procedures.load(procedure),
                                  manifest=dataclasses.replace(dossier.manifest, **manifest))
    found = run_rules(changed)
    for f in found:
        i18n.localize(f, lang)
    return found


def of(found: list[Finding], rule: str, key: str | None = None) -> list[Finding]:
    return [f for f in found if f.rule == rule and (key is None or f.key == key)]


@pytest.mark.parametrize("procedure", ["ind-7027", "ind-hnt-continued", "ind-medical-treatment"])
@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_originals_inside_the_netherlands_name_no_dutch_mission(dossier: Dossier, procedure: str, lang: str) -> None:
    # Seed 002's entry for form 7027 says only that the applicant keeps the originals.
    form_7027 = seed("002").split("Aanvraag voor het verblijfsdoel ‘humanitair niet tijdelijk’ (vreemdeling)7027")[1]
    assert "U bewaart zelf de originele documenten." in form_7027
    assert "vertegenwoordiging" not in form_7027.split("Kosten aanvraag")[0]
    (keep,) = of(check(dossier, procedure, lang), "IND-ORIGINALS")
    said = f"{keep.message} {keep.remedy} {keep.legal_basis}".lower()
    assert not any(word in said for word in ("vertegenwoordiging", "mission", "représentation"))
    assert "originele documenten" in keep.legal_basis


def test_originals_abroad_keep_the_wording_of_seed_001(dossier: Dossier) -> None:
    assert ("U bewaart zelf de originele documenten. Deze documenten moet u laten zien bij de Nederlandse "
            "vertegenwoordiging in het buitenland.") in seed("001")
    (keep,) = of(check(dossier, "ind-7018"), "IND-ORIGINALS")
    assert "vertegenwoordiging" in keep.remedy and "vertegenwoordiging" in keep.legal_basis


@pytest.mark.parametrize("form", ["ind-7055", "ind-7018", "ind-7026", "ind-7027", "ind-7031", "ind-7024", "ind-6009"])
def test_every_fee_says_the_date_of_its_source_and_where_to_check_it(dossier: Dossier, form: str) -> None:
    # Seeds 001 and 002 state no date of their own; seed 000 does ("Laatste update").
    assert "Laatste update" not in seed("001") and "Laatste update" not in seed("002")
    fees = [f for f in check(dossier, form, "en", applicant=dataclasses.replace(dossier.manifest.applicant))
            if f.rule == "IND-FEE" and f.key != "conflict"]
    assert fees
    for f in fees:
        assert "date of the source: the page states no date" in f.message, f.message
        assert "ind.nl" in f.remedy


def test_the_dated_source_keeps_the_date_its_page_states() -> None:
    assert "Laatste update: 18 december 2023" in seed("000")
    assert procedures.sources()["ind-000"].updated == "2023-12-18"


def test_every_certificate_heading_says_where_its_words_come_from() -> None:
    from validator.rules.be9ter import _data

    spec = _data()["certificate"]
    marked = spec["provenance"]["sections"]
    assert set(marked) == set(spec["sections"])
    # None of the models' headings is in the seeds, so none can be marked official yet.
    texts = seed("003") + seed("004")
    assert "graad van ernst" in texts and "Huidige behandeling" not in texts
    assert set(marked.values()) == {"model-as-circulated"} and spec["provenance"]["form_text"] == "model-as-circulated"
