"""Belgian 9ter on the sample dossiers: each admissibility defect found at its file and page, the clean ones clear."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import born_digital_pdf, check_json, run_cli
from validator.rules.be9ter import certificate_sections, missing_sections

# Per defect dossier: its one finding worse than info, as (rule, key, file, page, severity). The key says which
# condition failed: a sample with a second defect of the same rule would hide a broken check behind the other.
DEFECTS = {
    "be9ter-nl-no-registered-mail": ("BE9TER-REGISTERED-MAIL", "missing", None, None, "inadmissible"),
    "be9ter-fr-no-address": ("BE9TER-ADDRESS", "missing", "demande.pdf", 1, "inadmissible"),
    "be9ter-nl-no-identity": ("BE9TER-IDENTITY", "lacks-identity_evidence", None, None, "inadmissible"),
    "be9ter-fr-no-certificate": ("BE9TER-MEDCERT-PRESENT", "missing", None, None, "inadmissible"),
    "be9ter-nl-old-certificate": (
        "BE9TER-MEDCERT-AGE",
        "too-old",
        "medisch-getuigschrift.pdf",
        2,
        "inadmissible",
    ),
    "be9ter-fr-old-certificate": (
        "BE9TER-MEDCERT-AGE",
        "too-old",
        "certificat-medical.pdf",
        1,
        "inadmissible",
    ),
    "be9ter-fr-no-severity": (
        "BE9TER-MEDCERT-FIELDS",
        "no-severity",
        "certificat-medical.pdf",
        1,
        "inadmissible",
    ),
    "be9ter-nl-unsigned-certificate": (
        "BE9TER-MEDCERT-DOCTOR",
        "unsigned",
        "medisch-getuigschrift.pdf",
        2,
        "inadmissible",
    ),
    "be9ter-nl-english-certificate": (
        "BE9TER-MEDCERT-LANGUAGE",
        "wrong-language",
        "medical-statement.pdf",
        1,
        "deficiency",
    ),
    "be9ter-nl-english-application": (
        "BE9TER-APPLICATION-LANGUAGE",
        "wrong-language",
        "aanvraag.pdf",
        1,
        "deficiency",
    ),
    "be9ter-fr-asylum-language": (
        "BE9TER-APPLICATION-LANGUAGE",
        "asylum-language",
        "demande.pdf",
        1,
        "deficiency",
    ),
    "be9ter-nl-arabic-identity": (
        "BE9TER-IDENTITY-LANGUAGE",
        "wrong-language",
        "geboorteakte-marokko.jpg",
        1,
        "deficiency",
    ),
    "be9ter-fr-unsigned": ("BE9TER-SIGNED", "unsigned", "demande.pdf", 2, "deficiency"),
    "be9ter-nl-personal-data": ("BE9TER-PERSONAL-DATA", "invalid-number", "aanvraag.pdf", 1, "deficiency"),
    "be9ter-fr-no-domicile": ("BE9TER-CHOSEN-DOMICILE", "missing", "demande.pdf", 1, "warning"),
    "be9ter-nl-no-country-info": ("BE9TER-COUNTRY-INFO", "missing", "aanvraag.pdf", 1, "warning"),
    "be9ter-fr-family": ("BE9TER-FAMILY", "no-kinship-proof", "demande.pdf", 1, "warning"),
    # samples/be9ter.py writes the earlier application's sentence on the application's second page.
    "be9ter-nl-parallel": ("BE9TER-PARALLEL", "earlier-withdrawn", "aanvraag.pdf", 2, "warning"),
    "be9ter-nl-mrz-check-digit": ("ID-MRZ", "check-digits", "paspoort.jpg", 1, "warning"),
}


def _flagged(report: dict) -> set[tuple[str, str | None, int | None, str]]:
    return {
        (f["rule"], f["file"], f["page"], f["severity"])
        for f in report["findings"]
        if f["severity"] != "info"
    }


@pytest.mark.parametrize("name", ["be9ter-nl-clean", "be9ter-fr-clean"])
def test_clean_dossiers_are_ready(sample_report, name: str) -> None:
    code, report = sample_report(name)
    assert code == 0 and report["verdict"] == "ready", _flagged(report)
    assert _flagged(report) == set()
    types = {d["file"]: d["type"] for d in report["documents"]}
    assert types[name.startswith("be9ter-nl") and "aanvraag.pdf" or "demande.pdf"] == "application"
    assert "medical-certificate" in types.values() and "identity-document" in types.values()
    # One document per file: a letter that names the certificate on its second page is still one letter.
    assert len(report["documents"]) == len(types)


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_each_defect_is_found_where_it_is(sample_report, sample_findings, name: str) -> None:
    assert [
        (f.rule, f.key, f.file, f.page, f.severity) for f in sample_findings(name) if f.severity != "info"
    ] == [DEFECTS[name]]
    code, report = sample_report(name)
    rule, _, file, page, worst = DEFECTS[name]
    assert _flagged(report) == {(rule, file, page, worst)}
    assert report["verdict"] == (
        "inadmissible" if worst == "inadmissible" else "deficient" if worst == "deficiency" else "ready"
    )
    assert code == (0 if report["verdict"] == "ready" else 1)
    for f in report["findings"]:
        assert f["message"] and ("seed 003" in f["legal_basis"] or "seed 004" in f["legal_basis"])
        # Only a confirmation (identity proven, a note) may have nothing to do.
        assert f["remedy"] or f["severity"] == "info", f


def test_identity_matrix_and_what_is_missing(sample_report, sample_findings) -> None:
    _, clean = sample_report("be9ter-nl-clean")
    (proven,) = [f for f in clean["findings"] if f["rule"] == "BE9TER-IDENTITY"]
    assert proven["evidence"]["basis"] == "identity-document"
    (row,) = proven["evidence"]["matrix"]
    assert row["file"] == "paspoort.jpg" and all(row["conditions"].values())
    assert set(row["shows"]) == {"name", "birth_place", "birth_date", "nationality"}
    _, birth = sample_report("be9ter-nl-birth-certificate-only")
    lacking = [f for f in birth["findings"] if f["rule"] == "BE9TER-IDENTITY"]
    assert set(lacking[0]["evidence"]["missing"]) == {"nationality", "photo"}
    assert len(lacking) == 2 and any("foto" in f["message"] for f in lacking)
    # The one defect (a birth certificate instead of an identity document) leaves two parts of §2 unproven.
    assert sorted(
        (f.key, f.severity)
        for f in sample_findings("be9ter-nl-birth-certificate-only")
        if f.severity != "info"
    ) == [("lacks-nationality", "inadmissible"), ("lacks-photo", "inadmissible")]


def test_expired_passport_is_only_a_note_for_9ter(sample_report) -> None:
    code, report = sample_report("be9ter-fr-expired-passport")
    assert code == 0 and _flagged(report) == set()
    (note,) = [f for f in report["findings"] if f["rule"] == "ID-EXPIRED"]
    assert (note["file"], note["page"], note["severity"]) == ("passeport.jpg", 1, "info")
    assert note["evidence"]["found"] == "2025-09-14"
    # Expired or not, the passport proves identity in 9ter.
    assert any(
        f["rule"] == "BE9TER-IDENTITY" and f["evidence"]["basis"] == "identity-document"
        for f in report["findings"]
    )


def test_certificate_age_names_its_date(sample_report) -> None:
    _, report = sample_report("be9ter-nl-old-certificate", "--lang", "en")
    (old,) = [f for f in report["findings"] if f["rule"] == "BE9TER-MEDCERT-AGE"]
    assert old["evidence"]["found"] == "2026-08-20" and old["evidence"]["expected"] == "> 2026-09-01"
    assert "2026-08-20" in old["message"]
    # The report draws the date on the page: one box, one line high, where "20 augustus 2026" stands.
    (box,) = old["evidence"]["boxes"]
    assert box[3] - box[1] < 0.03 and box[2] - box[0] < 0.3


def test_mrz_lines_are_drawn(sample_report) -> None:
    _, report = sample_report("be9ter-nl-mrz-check-digit")
    (zone,) = [f for f in report["findings"] if f["rule"] == "ID-MRZ"]
    assert len(zone["evidence"]["boxes"]) == 2 and zone["evidence"]["checks"]["birth_date"] is False


def test_french_dossier_reported_in_french(sample_report) -> None:
    _, report = sample_report("be9ter-fr-clean")
    (planned,) = [f for f in report["findings"] if f["rule"] == "BE9TER-REGISTERED-MAIL"]
    assert planned["severity"] == "info" and "recommandé" in planned["message"]


def test_identity_exemption_needs_its_proof(samples: Path, tmp_path: Path) -> None:
    dossier = tmp_path / "exempt"
    shutil.copytree(samples / "be9ter-nl-no-identity", dossier)
    code, report = check_json(dossier, "--asylum-pending")
    keys = [f["message"] for f in report["findings"] if f["rule"] == "BE9TER-IDENTITY"]
    assert code == 1 and len(keys) == 2 and any("bijlage 26" in k or "vrijstelling" in k for k in keys)
    born_digital_pdf(
        dossier / "bijlage-26.pdf",
        [
            "BIJLAGE 26\nVerzoek om internationale bescherming\n"
            "De heer/mevrouw Samira Ouali heeft een verzoek om internationale "
            "bescherming ingediend. Er is nog geen definitieve beslissing."
        ],
    )
    code, report = check_json(dossier, "--asylum-pending")
    assert code == 0, _flagged(report)
    (proven,) = [f for f in report["findings"] if f["rule"] == "BE9TER-IDENTITY"]
    assert proven["evidence"]["basis"] == "exemption"


def test_rule_explained_with_its_source() -> None:
    proc = run_cli("rules", "BE9TER-MEDCERT-AGE", "--lang", "en")
    assert proc.returncode == 0
    assert "three months" in proc.stdout and "be-9ter: inadmissible" in proc.stdout
    assert "minder dan drie maanden" in proc.stdout and "seed 003" in proc.stdout


OLD_MODEL = """STANDAARD MEDISCH GETUIGSCHRIFT
B/ DIAGNOSE: aard en ernst van de aandoeningen
Diabetes mellitus type 1, instabiel, met nefropathie stadium 3.
C/ Huidige behandeling en medicatie
Insuline, 4 injecties per dag, levenslang.
D/ Gevolgen en complicaties bij stopzetting van de behandeling
Ketoacidose.
Datum: 2 november 2026"""


def test_certificate_sections_of_both_models() -> None:
    sections = certificate_sections(OLD_MODEL)
    assert "nefropathie" in (sections["illness"] or "") and "insuline" in (sections["treatment"] or "")
    # Nature and severity share section B in the model used until 2024.
    assert list(missing_sections(OLD_MODEL)) == []
    no_severity_word = OLD_MODEL.replace("instabiel, met nefropathie stadium 3", "met nefropathie")
    assert list(missing_sections(no_severity_word)) == ["severity"]
    new_model = (
        "CERTIFICAT MÉDICAL TYPE\n2. Diagnostic\nHépatite B chronique active avec fibrose.\n"
        "3. Degré de gravité\n\n4. Traitement nécessaire\nTénofovir 245 mg par jour, à vie.\nDate : 5 novembre 2026"
    )
    assert list(missing_sections(new_model)) == ["severity"]
    # The form's own words under a heading are not an answer.
    empty_form = "B/ DIAGNOSE: gedetailleerde beschrijving van de aard en de ernst van de aandoeningen\nC/ Huidige behandeling"
    assert list(missing_sections(empty_form)) == ["illness", "severity", "treatment"]
    # A heading left out is not evidence that the section is empty; a heading with nothing under it is.
    assert missing_sections(
        new_model.replace("4. Traitement nécessaire\nTénofovir 245 mg par jour, à vie.\n", "")
    ) == {"severity": True, "treatment": False}
    # The earlier model prints its items under C/ with their own colons: with nothing after them, the section
    # is empty (fourteenth be9ter-medcert-fields-2, read).
    items = (
        "B/ DIAGNOSTIC : Trouble de stress post-traumatique, sévère (F43.1)\n"
        "C/ Traitement actuel et suivi médical nécessaire Médication :\n\n"
        "Intervention/hospitalisation (fréquence/dernière en date) :\n\nDurée prévue du traitement nécessaire :\n\n"
        "D/ Quelles seraient les conséquences et complications éventuelles d'un arrêt du traitement ?\nRechute."
    )
    assert missing_sections(items) == {"treatment": True}
    filled = items.replace("Médication :\n", "Médication : sertraline 100 mg par jour\n")
    assert missing_sections(filled) == {}


def test_identity_matrix_in_the_text_and_html_reports(samples: Path) -> None:
    from validator.pipeline import CheckOptions, check
    from validator.report import htmlreport, text

    report = check(samples / "be9ter-nl-birth-certificate-only", CheckOptions({"language": "en"}, jobs=2))
    shown = text.render(report)
    assert "Identity proof (9ter §2)" in shown
    row = next(line for line in shown.splitlines() if line.strip().startswith("geboorteakte.jpg"))
    assert row.split()[1:5] == ["✗", "✓", "✗", "✓"]
    assert "Still missing: nationality, a piece with a photo" in shown
    page = htmlreport.render(report)
    assert '<section class="identity" data-sufficient="false">' in page
    assert '<tr data-file="geboorteakte.jpg">' in page and page.count('class="unmet"') == 2


@pytest.mark.parametrize(
    "text, missing",
    [
        (
            "1. Diagnose\nDiabetes type 1 met nefropathie stadium 3.\n2. Ernst van de aandoening:\n\n"
            "3. Noodzakelijke behandeling\nInsuline 4 keer per dag, levenslang.",
            ["severity"],
        ),
        (
            "2. Diagnostics\nHépatite B chronique active avec fibrose F3.\n3. Gravité de l'affection :\n\n"
            "4. Traitement nécessaire\nTénofovir 245 mg par jour, à vie.",
            ["severity"],
        ),
        # A severity heading of its own, left empty, is not filled by "stadium" under the diagnosis.
        (
            "B/ DIAGNOSE: aard en ernst\nDiabetes type 1, stadium onbekend, instabiel.\nGraad van ernst:\n"
            "C/ Huidige behandeling\nInsuline 4 keer per dag, levenslang.",
            ["severity"],
        ),
        (
            "2. Diagnostics\nHépatite B chronique active avec fibrose F3.\n3. Degré de gravité\nGrave, risque de cirrhose.\n"
            "4. Traitement nécessaire\nTénofovir 245 mg par jour, à vie.",
            [],
        ),
    ],
)
def test_empty_severity_sections_and_plural_headings(text: str, missing: list[str]) -> None:
    assert list(missing_sections(text)) == missing


# What an independent review fooled the rules with: each must now be reported.


def _application_only(tmp_path: Path, text: str) -> dict:
    born_digital_pdf(tmp_path / "demande.pdf", [text])
    _, report = check_json(
        tmp_path,
        "--procedure",
        "be-9ter",
        "--applicant-name",
        "Mamadou Diallo",
        "--registered-mail",
        "planned",
        "--submission-date",
        "2026-12-01",
    )
    return report


APPLICATION = (
    "Objet : demande d'autorisation de séjour sur la base de l'article 9ter\n"
    "Madame, Monsieur,\nNom : DIALLO\nPrénom : Mamadou\n{residence}\n"
)


def test_a_city_is_no_residence_address_and_the_lawyers_is_not_the_applicants(tmp_path: Path) -> None:
    report = _application_only(
        tmp_path,
        APPLICATION.format(
            residence="Mon client réside à Bruxelles et élit domicile au cabinet de son conseil, "
            "Avenue Louise 250, 1050 Bruxelles."
        ),
    )
    assert [f["rule"] for f in report["findings"] if f["severity"] == "inadmissible"].count(
        "BE9TER-ADDRESS"
    ) == 1


def test_relatives_named_in_the_singular_need_their_proof(tmp_path: Path) -> None:
    report = _application_only(
        tmp_path,
        APPLICATION.format(
            residence="Mon client vit avec son mari et leur enfant mineur, inclus dans la présente demande."
        ),
    )
    assert any(f["rule"] == "BE9TER-FAMILY" for f in report["findings"])


def test_a_free_letter_named_like_the_certificate_is_not_the_certificate(
    samples: Path, tmp_path: Path
) -> None:
    dossier = tmp_path / "free-letter"
    shutil.copytree(samples / "be9ter-fr-clean", dossier)
    born_digital_pdf(
        dossier / "certificat-medical.pdf",
        [
            "CERTIFICAT MÉDICAL\nJe soussignée, Dr Hélène Lambert, certifie que M. Mamadou Diallo, né le 23/11/1990, "
            "est suivi pour une hépatite B chronique.\nDiagnostic : hépatite B chronique active.\n"
            "Traitement actuel : ténofovir.\nDate : 5 novembre 2026\nSignature :"
        ],
    )
    code, report = check_json(dossier)
    assert code == 1 and any(f["rule"] == "BE9TER-MEDCERT-PRESENT" for f in report["findings"])


def test_someone_elses_passport_proves_no_identity(samples: Path, tmp_path: Path) -> None:
    dossier = tmp_path / "other-passport"
    shutil.copytree(samples / "be9ter-fr-clean", dossier)
    (dossier / "passeport.jpg").unlink()
    shutil.copy(samples / "be9ter-nl-clean" / "paspoort.jpg", dossier / "passeport.jpg")
    code, report = check_json(dossier)
    assert report["verdict"] == "inadmissible"
    assert any(f["rule"] == "BE9TER-IDENTITY" and f["severity"] == "inadmissible" for f in report["findings"])
    assert any(f["rule"] == "ID-MRZ" for f in report["findings"])
