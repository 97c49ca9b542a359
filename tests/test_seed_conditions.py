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
    return load_dossier(
        folder, CheckOptions({"submission_date": SUBMITTED.isoformat(), "applicant": {"v_number": V}}, jobs=1)
    )


def check(dossier: Dossier, procedure: str, lang: str = "nl", **manifest: object) -> list[Finding]:
    changed = dataclasses.replace(
        dossier,
        procedure=procedures.load(procedure),
        manifest=dataclasses.replace(dossier.manifest, **manifest),
    )
    found = run_rules(changed)
    for f in found:
        i18n.localize(f, lang)
    return found


def of(found: list[Finding], rule: str, key: str | None = None) -> list[Finding]:
    return [f for f in found if f.rule == rule and (key is None or f.key == key)]


@pytest.mark.parametrize("procedure", ["ind-7027", "ind-hnt-continued", "ind-medical-treatment"])
@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_originals_inside_the_netherlands_name_no_dutch_mission(
    dossier: Dossier, procedure: str, lang: str
) -> None:
    # Seed 002's entry for form 7027 says only that the applicant keeps the originals.
    form_7027 = seed("002").split(
        "Aanvraag voor het verblijfsdoel ‘humanitair niet tijdelijk’ (vreemdeling)7027"
    )[1]
    assert "U bewaart zelf de originele documenten." in form_7027
    assert "vertegenwoordiging" not in form_7027.split("Kosten aanvraag")[0]
    (keep,) = of(check(dossier, procedure, lang), "IND-ORIGINALS")
    said = f"{keep.message} {keep.remedy} {keep.legal_basis}".lower()
    assert not any(word in said for word in ("vertegenwoordiging", "mission", "représentation"))
    assert "originele documenten" in keep.legal_basis


def test_originals_abroad_keep_the_wording_of_seed_001(dossier: Dossier) -> None:
    assert (
        "U bewaart zelf de originele documenten. Deze documenten moet u laten zien bij de Nederlandse "
        "vertegenwoordiging in het buitenland."
    ) in seed("001")
    (keep,) = of(check(dossier, "ind-7018"), "IND-ORIGINALS")
    assert "vertegenwoordiging" in keep.remedy and "vertegenwoordiging" in keep.legal_basis


@pytest.mark.parametrize(
    "form", ["ind-7055", "ind-7018", "ind-7026", "ind-7027", "ind-7031", "ind-7024", "ind-6009"]
)
def test_every_fee_says_the_date_of_its_source_and_where_to_check_it(dossier: Dossier, form: str) -> None:
    # Seeds 001 and 002 state no date of their own; seed 000 does ("Laatste update").
    assert "Laatste update" not in seed("001") and "Laatste update" not in seed("002")
    fees = [
        f
        for f in check(dossier, form, "en", applicant=dataclasses.replace(dossier.manifest.applicant))
        if f.rule == "IND-FEE" and f.key != "conflict"
    ]
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
    assert (
        set(marked.values()) == {"model-as-circulated"}
        and spec["provenance"]["form_text"] == "model-as-circulated"
    )


# ---- the conditions issue 15 found missing, on the samples of samples/conditions.py ----------------------------


@pytest.fixture(scope="module")
def run(samples: Path):  # type: ignore[no-untyped-def]
    """Check a sample of samples/conditions.py (read once per module, from the run's samples: the JSON report
    test reads the same files), with manifest values changed if asked."""
    loaded: dict[str, Dossier] = {}

    def check_sample(name: str, lang: str = "en", **manifest: object) -> list[Finding]:
        if name not in loaded:
            loaded[name] = load_dossier(samples / name, CheckOptions(jobs=1))
        dossier = loaded[name]
        return check(dossier, dossier.procedure.id, lang, **manifest)

    return check_sample


def test_clean_condition_samples_raise_nothing(run) -> None:  # type: ignore[no-untyped-def]
    for name in ("cond-9ter-clean", "cond-med-clean", "cond-hnt-parent-dutch"):
        # Seeds 001 and 002 give different fees for form 7027: that warning is the seeds', not the sample's.
        assert [(f.rule, f.key) for f in run(name) if f.severity != "info" and f.key != "conflict"] == [], (
            name
        )


def test_an_application_posted_abroad_is_inadmissible(run) -> None:  # type: ignore[no-untyped-def]
    assert "niet vanuit het buitenland" in seed("004")
    (abroad,) = of(run("cond-9ter-posted-abroad"), "BE9TER-FROM-BELGIUM")
    assert (abroad.key, abroad.file, abroad.page, abroad.severity) == (
        "posted-abroad",
        "ontvangstbewijs.pdf",
        1,
        "inadmissible",
    )
    assert "postnl" in abroad.message.lower()
    assert not of(run("cond-9ter-clean"), "BE9TER-FROM-BELGIUM")


def test_the_elements_of_a_decided_earlier_application_do_not_count_again(run) -> None:  # type: ignore[no-untyped-def]
    assert "reeds ingeroepen werden in het kader van een vorige aanvraag" in seed("003")
    (used,) = of(run("cond-9ter-earlier-refused"), "BE9TER-EARLIER-ELEMENTS")
    assert (used.key, used.severity, used.unverified, used.page) == (
        "elements-invoked",
        "warning",
        True,
        None,
    )
    assert "2025-02-03" in used.message and "refused" in used.message
    # A withdrawn one's elements count again (seed 003: "met uitzondering van ... waarvan afstand werd gedaan").
    assert not of(run("cond-9ter-earlier-withdrawn"), "BE9TER-EARLIER-ELEMENTS")
    from validator.model import Earlier9ter

    (pending,) = of(
        run("cond-9ter-clean", earlier_9ter=Earlier9ter(dt.date(2026, 3, 1), "pending")),
        "BE9TER-EARLIER-ELEMENTS",
    )
    assert pending.key == "pending-withdrawn"


def test_a_severity_in_a_single_word_is_a_warning_not_an_empty_section(run) -> None:  # type: ignore[no-untyped-def]
    found = run("cond-9ter-severity-one-word")
    (single,) = of(found, "BE9TER-MEDCERT-SEVERITY")
    assert (single.key, single.file, single.page, single.severity) == (
        "single-word",
        "getuigschrift.pdf",
        1,
        "warning",
    )
    assert not of(found, "BE9TER-MEDCERT-FIELDS")
    assert not of(run("cond-9ter-clean"), "BE9TER-MEDCERT-SEVERITY")


@pytest.mark.parametrize(
    "name, key",
    [("cond-9ter-treatment-no-duration", "no-duration"), ("cond-9ter-treatment-no-nature", "no-nature")],
)
def test_the_treatment_needs_its_nature_and_duration(run, name: str, key: str) -> None:  # type: ignore[no-untyped-def]
    (vague,) = of(run(name), "BE9TER-MEDCERT-TREATMENT")
    assert (vague.key, vague.file, vague.page, vague.severity) == (key, "getuigschrift.pdf", 1, "warning")
    assert not of(run("cond-9ter-clean"), "BE9TER-MEDCERT-TREATMENT")


def test_an_expired_passport_proves_identity_unless_its_nationality_contradicts(run) -> None:  # type: ignore[no-untyped-def]
    (proven,) = of(run("cond-9ter-passport-expired"), "BE9TER-IDENTITY")
    assert proven.key == "proven-identity-document"
    doubt = of(run("cond-9ter-passport-expired-other-nationality"), "BE9TER-IDENTITY")
    # The parts not read on the pieces are named in one finding ("lacks-unread") when they are more than one.
    lacking = {f.key.removeprefix("lacks-") for f in doubt} | {
        part for f in doubt if f.key == "lacks-unread" for part in f.evidence["unread"]
    }
    assert "nationality" in lacking
    assert not any(f.key.startswith("proven") for f in doubt)


def test_the_netherlands_as_the_most_suitable_country(run) -> None:  # type: ignore[no-untyped-def]
    assert "Nederland is het meest aangewezen land voor de medische behandeling." in seed("000")
    (unsaid,) = of(run("cond-med-not-suitable"), "IND-MED-MOST-SUITABLE")
    assert (unsaid.key, unsaid.severity, unsaid.unverified, unsaid.page) == (
        "not-stated",
        "warning",
        True,
        None,
    )
    assert not of(run("cond-med-clean"), "IND-MED-MOST-SUITABLE")


def test_insurance_paid_from_public_funds(run) -> None:  # type: ignore[no-untyped-def]
    assert "betaalt u niet uit algemene middelen" in seed("000")
    (public,) = of(run("cond-med-public-funds"), "IND-MED-PUBLIC-FUNDS")
    assert (public.key, public.file, public.page, public.severity) == (
        "public",
        "zorgverzekering.pdf",
        1,
        "deficiency",
    )
    assert not of(run("cond-med-clean"), "IND-MED-PUBLIC-FUNDS")


def test_the_partner_or_parent_is_dutch_or_holds_a_non_temporary_permit(run) -> None:  # type: ignore[no-untyped-def]
    assert "Uw ouder is Nederlander of heeft een verblijfsvergunning voor een niet-tijdelijk doel." in seed(
        "002"
    )
    (temporary,) = of(run("cond-hnt-parent-temporary"), "IND-HNT-SPONSOR")
    assert (temporary.key, temporary.severity, temporary.page) == ("temporary", "deficiency", None)
    assert "Uw ouder is Nederlander" in temporary.legal_basis
    assert not of(run("cond-hnt-parent-dutch"), "IND-HNT-SPONSOR")
    from validator.model import PreviousPermit

    (unknown,) = of(
        run("cond-hnt-parent-dutch", previous_permit=PreviousPermit("parent", dt.date(2024, 6, 1))),
        "IND-HNT-SPONSOR",
    )
    assert (unknown.key, unknown.severity, unknown.unverified) == ("unknown", "info", False)


def test_the_child_protection_route_of_seed_001_is_known(run) -> None:  # type: ignore[no-untyped-def]
    assert "U hebt een verblijfsvergunning als kind met een kinderbeschermingsmaatregel." in seed("001")
    assert not of(run("cond-hnt-child-protection"), "IND-HNT-DURATION")


def _reminders(found: list[Finding]) -> list[str]:
    return [f.message for f in of(found, "NOT-CHECKABLE", "reminder")]


def test_reminders_are_said_once_as_info_each_with_its_seed_line(run) -> None:  # type: ignore[no-untyped-def]
    found = run("cond-9ter-clean")
    reminders = of(found, "NOT-CHECKABLE")
    assert reminders and all(f.severity == "info" and not f.unverified for f in reminders)
    assert len(_reminders(found)) == len(set(_reminders(found)))
    assert any("55/4" in f.message and "artikel 55/4" in f.legal_basis for f in reminders)
    assert any("9bis" in f.message for f in reminders)
    # Public order and fraud, two lines of seed 004, come to one reminder.
    assert sum("fraud" in m for m in _reminders(found)) == 1


def test_reminders_concern_the_applicant_they_are_for(run) -> None:  # type: ignore[no-untyped-def]
    assert any("Turkish" in m for m in _reminders(run("cond-hnt-turkish")))
    dutch = _reminders(run("cond-hnt-parent-dutch"))
    assert not any("Turkish" in m for m in dutch) and not any("main residence" in m for m in dutch)
    assert any("biometric" in m for m in dutch) and any("90 days" in m for m in dutch)
    from validator.model import PreviousPermit

    death = _reminders(
        run("cond-hnt-parent-dutch", previous_permit=PreviousPermit("parent-death", sponsor="dutch"))
    )
    assert any("main residence" in m for m in death)
    medical = _reminders(run("cond-med-clean"))
    assert any("TB test" in m for m in medical) and any("work" in m for m in medical)
    assert any("at most 1 year" in m for m in medical)
