"""The blind-corpus scoring of eval/run.py, on hand-made truth and report dicts (no validator run)."""

from __future__ import annotations

import copy
from pathlib import Path

from eval.run import blind_part, done_text, done_when, readme_section, rewrite_readme, score_part, text_table


def truth(name, documents, defect=None, procedure="be-9ter"):
    return {
        "dossier": name,
        "part": "heldout",
        "procedure": procedure,
        "clean": defect is None,
        "defect": defect,
        "documents": documents,
        "variations": [],
    }


def doc(file, type_, family, first=1, last=1):
    return {"file": file, "first_page": first, "last_page": last, "type": type_, "family": family}


def entry(file, type_, page_range=None):
    return {
        "file": file,
        "type": type_,
        "pages": 1,
        "languages": ["nl"],
        "classified_by": "content",
        "confidence": 0.9,
        "page_range": page_range,
    }


def finding(rule, severity, file=None, page=None, unverified=False, message="m"):
    f = {"rule": rule, "severity": severity, "file": file, "page": page, "message": message}
    if unverified:
        f["unverified"] = True
    return f


def report(verdict, documents, findings):
    return {"schema_version": 1, "verdict": verdict, "documents": documents, "findings": findings}


APP = doc("aanvraag.pdf", "application", "app-nl-a", 1, 2)
CERT = doc("attest.pdf", "medical-certificate", "medcert-fr", 1, 2)
PASS = doc("pas.jpg", "identity-document", "passport-mar")


def test_clean_dossier_with_a_false_deficiency_and_unverified_warnings():
    t = truth("clean-1", [APP, CERT, PASS])
    r = report(
        "deficient",
        [
            entry("aanvraag.pdf", "application", [1, 2]),
            entry("attest.pdf", "medical-certificate"),
            entry("pas.jpg", "identity-document"),
        ],
        [
            finding("BE9TER-SIGNED", "deficiency", "aanvraag.pdf", 2, message="no signature"),
            finding("BE9TER-PERSONAL-DATA", "warning", "aanvraag.pdf", 1, unverified=True),
            finding("BE9TER-MEDCERT-FIELDS", "inadmissible", "attest.pdf", 1, unverified=True),
            finding("BE9TER-CHOSEN-DOMICILE", "warning", "aanvraag.pdf", 1),
        ],
    )
    p = score_part([t], {"clean-1": r})
    assert p["clean_with_deficiency"]["count"] == 1
    [bad] = p["clean_with_deficiency"]["dossiers"]
    assert bad["dossier"] == "clean-1"
    assert [(f["rule"], f["file"], f["page"], f["message"]) for f in bad["findings"]] == [
        ("BE9TER-SIGNED", "aanvraag.pdf", 2, "no signature")
    ]
    assert p["rules"]["BE9TER-SIGNED"]["fp"] == 1
    assert p["rules"]["BE9TER-SIGNED"]["precision"] == 0.0
    # An unverified finding is never defect-level, whatever its severity says.
    assert "BE9TER-MEDCERT-FIELDS" not in p["rules"]
    assert p["unverified_per_clean"] == {"dossiers": 1, "mean": 2.0, "max": 2, "points_mean": 2.0}
    assert p["verdicts"]["clean"] == {"deficient": 1}
    assert p["documents"]["accuracy"] == 1.0
    assert p["families"]["app-nl-a"]["false_findings"] == 1
    assert p["families"]["medcert-fr"]["false_findings"] == 0
    assert p["recall_deficiency"]["recall"] is None


def by_hand(file, page, *checks):
    """A CHECK-BY-HAND finding of validator/byhand.py: one warning standing for several rules' findings."""
    return {**finding("CHECK-BY-HAND", "warning", file, page, unverified=True), "checks": list(checks)}


def test_a_check_by_hand_is_one_warning_and_its_points_are_matched():
    documents = [entry("aanvraag.pdf", "application", [1, 2]), entry("attest.pdf", "medical-certificate")]
    points = (
        finding("BE9TER-MEDCERT-AGE", "warning", "attest.pdf", 2, unverified=True),
        finding("BE9TER-MEDCERT-DOCTOR", "warning", "attest.pdf", 1, unverified=True),
        finding("BE9TER-MEDCERT-TREATMENT", "warning", "attest.pdf", 1, unverified=True),
    )
    clean = report("ready", documents, [by_hand("attest.pdf", 1, *points)])
    domicile = {"rule": "BE9TER-CHOSEN-DOMICILE", "severity": "warning", "file": "aanvraag.pdf", "page": 1}
    age = {"rule": "BE9TER-MEDCERT-AGE", "severity": "inadmissible", "file": "attest.pdf", "page": 2}
    pointed = report("ready", documents, [by_hand("attest.pdf", 1, *points)])
    found = report(
        "ready",
        documents,
        [
            by_hand(
                "aanvraag.pdf",
                1,
                finding("BE9TER-CHOSEN-DOMICILE", "warning", "aanvraag.pdf", 1, unverified=True),
                finding("BE9TER-SIGNED", "warning", "aanvraag.pdf", 2, unverified=True),
            )
        ],
    )
    p = score_part(
        [
            truth("clean-1", [APP, CERT]),
            truth("domicile-1", [APP, CERT], domicile),
            truth("age-1", [APP, CERT], age),
        ],
        {"clean-1": clean, "domicile-1": found, "age-1": pointed},
    )
    assert p["unverified_per_clean"] == {"dossiers": 1, "mean": 1.0, "max": 1, "points_mean": 3.0}
    # A planted warning a point of the group names is found; a planted inadmissible one only pointed at is missed.
    assert p["recall_warning"] == {"planted": 1, "found": 1, "recall": 1.0}
    assert p["recall_deficiency"] == {"planted": 1, "found": 0, "recall": 0.0}
    assert p["rules"]["BE9TER-MEDCERT-AGE"]["pointed"] == 1


def test_planted_defect_found_at_its_level_file_and_page():
    d = {
        "rule": "BE9TER-MEDCERT-AGE",
        "severity": "inadmissible",
        "file": "attest.pdf",
        "page": 1,
        "what": "old",
    }
    t = truth("age-1", [APP, CERT, PASS], d)
    r = report(
        "inadmissible",
        [
            entry("aanvraag.pdf", "application"),
            entry("attest.pdf", "medical-certificate"),
            entry("pas.jpg", "identity-document"),
        ],
        [
            finding("BE9TER-MEDCERT-AGE", "inadmissible", "attest.pdf", 1),
            # The same rule on the same file, another page: it matches the planted defect, not an FP.
            finding("BE9TER-MEDCERT-AGE", "inadmissible", "./attest.pdf", 2),
        ],
    )
    p = score_part([t], {"age-1": r})
    rule = p["rules"]["BE9TER-MEDCERT-AGE"]
    assert (rule["planted"], rule["tp"], rule["fn"], rule["fp"]) == (1, 1, 0, 0)
    assert (rule["page_checked"], rule["page_matched"]) == (1, 1)
    assert rule["precision"] == 1.0 and rule["recall"] == 1.0 and rule["level"] == "deficiency"
    assert p["recall_deficiency"] == {"planted": 1, "found": 1, "recall": 1.0}
    assert p["defect_with_false_deficiency"]["count"] == 0


def test_planted_defect_missed_when_only_unverified_wrong_file_or_too_mild():
    d = {
        "rule": "BE9TER-SIGNED",
        "severity": "deficiency",
        "file": "aanvraag.pdf",
        "page": 2,
        "what": "unsigned",
    }
    docs = [APP, CERT, PASS]
    cases = {
        "unverified": [finding("BE9TER-SIGNED", "warning", "aanvraag.pdf", 2, unverified=True)],
        "warning": [finding("BE9TER-SIGNED", "warning", "aanvraag.pdf", 2)],
        "other-file": [finding("BE9TER-SIGNED", "deficiency", "attest.pdf", 1)],
        "nothing": [],
    }
    truths = [truth(name, docs, d) for name in cases]
    reports = {name: report("deficient", [], fs) for name, fs in cases.items()}
    p = score_part(truths, reports)
    rule = p["rules"]["BE9TER-SIGNED"]
    assert (rule["planted"], rule["tp"], rule["fn"]) == (4, 0, 4)
    assert rule["pointed"] == 1  # only the unverified warning points a person at it
    # The deficiency on the wrong file matches no planted defect: a false finding in a defect dossier.
    assert rule["fp"] == 1
    assert p["defect_with_false_deficiency"]["count"] == 1
    assert p["clean_with_deficiency"]["count"] == 0
    assert p["recall_deficiency"]["recall"] == 0.0
    assert {m["dossier"] for m in p["missed"]} == set(cases)
    # No documents in the reports: every truth document is missing, none "wrong".
    assert p["documents"]["missing"] == 12 and p["documents"]["wrong_not_other"] == 0


def test_deficiency_finding_counts_for_an_inadmissible_defect_and_page_mismatch_is_recorded():
    # Planted as section 5's ID-SUFFICIENCY in a 9ter dossier: the validator reports 9ter's §2 check as
    # BE9TER-IDENTITY, the id rules.md gives it in section 4.
    d = {
        "rule": "ID-SUFFICIENCY",
        "severity": "inadmissible",
        "file": None,
        "page": None,
        "what": "no identity",
    }
    d2 = {
        "rule": "BE9TER-MEDCERT-DOCTOR",
        "severity": "inadmissible",
        "file": "attest.pdf",
        "page": 2,
        "what": "x",
    }
    p = score_part(
        [truth("id-1", [APP, CERT], d), truth("doc-1", [APP, CERT, PASS], d2)],
        {
            "id-1": report("deficient", [], [finding("BE9TER-IDENTITY", "deficiency")]),
            "doc-1": report(
                "inadmissible", [], [finding("BE9TER-MEDCERT-DOCTOR", "inadmissible", "attest.pdf", 1)]
            ),
        },
    )
    assert p["rules"]["BE9TER-IDENTITY"]["tp"] == 1 and p["rules"]["BE9TER-IDENTITY"]["milder"] == 1
    assert p["rules"]["BE9TER-IDENTITY"]["page_checked"] == 0
    doctor = p["rules"]["BE9TER-MEDCERT-DOCTOR"]
    assert doctor["tp"] == 1 and (doctor["page_checked"], doctor["page_matched"]) == (1, 0)
    assert p["page_match"] == {"checked": 1, "matched": 0}


def test_warning_and_info_defects_and_their_false_findings():
    dom = {
        "rule": "BE9TER-CHOSEN-DOMICILE",
        "severity": "warning",
        "file": "aanvraag.pdf",
        "page": 1,
        "what": "x",
    }
    sur = {"rule": "IND-MED-SURINAME", "severity": "info", "file": None, "page": None, "what": "Surinamese"}
    truths = [
        truth("dom-1", [APP], dom),
        truth("dom-2", [APP], dom),
        truth("sur-1", [], sur, "ind-medical-treatment"),
        truth("clean-1", [APP]),
    ]
    reports = {
        "dom-1": report("ready", [], [finding("BE9TER-CHOSEN-DOMICILE", "warning", "aanvraag.pdf", 1)]),
        "dom-2": report(
            "ready", [], [finding("BE9TER-CHOSEN-DOMICILE", "warning", "aanvraag.pdf", 1, unverified=True)]
        ),
        "sur-1": report("ready", [], [finding("IND-MED-SURINAME", "info")]),
        # A verified warning of a warning-planted rule on a clean dossier: false at the rule's level.
        "clean-1": report(
            "ready",
            [],
            [finding("BE9TER-CHOSEN-DOMICILE", "warning", "aanvraag.pdf", 1), finding("IND-FEE", "info")],
        ),
    }
    p = score_part(truths, reports)
    dom_rule = p["rules"]["BE9TER-CHOSEN-DOMICILE"]
    # An unverified warning still puts a person onto a planted warning: found.
    assert (dom_rule["planted"], dom_rule["tp"], dom_rule["fn"]) == (2, 2, 0)
    assert dom_rule["level"] == "warning"
    assert (dom_rule["fp"], dom_rule["fp_at_level"]) == (0, 1)
    assert dom_rule["precision_at_level"] == round(2 / 3, 4)
    assert p["rules"]["IND-MED-SURINAME"]["tp"] == 1
    assert "IND-FEE" not in p["rules"]  # an info reminder never planted is not a false finding
    assert p["recall_warning"] == {"planted": 3, "found": 3, "recall": 1.0}
    assert p["recall_deficiency"]["planted"] == 0
    assert p["clean_with_deficiency"]["count"] == 0
    assert p["unverified_per_clean"]["mean"] == 0.0


def test_document_types_page_ranges_confusion_and_split():
    # One PDF holding an application (pages 1-2) and a passport copy (page 3), and a certificate file.
    docs = [
        doc("bundle.pdf", "application", "app-a", 1, 2),
        doc("bundle.pdf", "identity-document", "pass-b", 3, 3),
        doc("attest.pdf", "medical-certificate", "cert-c", 1, 1),
        doc("brief.pdf", "other", "letter-d", 1, 1),
        doc("extra.pdf", "income-proof", "pay-e", 1, 1),
    ]
    entries = [
        entry("bundle.pdf", "application", [1, 1]),
        entry("bundle.pdf", "other", [2, 2]),
        entry("bundle.pdf", "birth-certificate", [3, 3]),
        entry("attest.pdf", "other"),
        entry("brief.pdf", "other"),
    ]
    p = score_part([truth("mix-1", docs)], {"mix-1": report("ready", entries, [])})
    d = p["documents"]
    assert d["count"] == 5
    assert d["right"] == 2  # the application (its first page) and the letter
    assert d["wrong_not_other"] == 1  # passport called a birth certificate
    assert d["other"] == 1  # certificate called other
    assert d["missing"] == 1  # extra.pdf not in the report
    assert d["split"] == 1  # the application spans two report entries
    assert d["accuracy"] == 0.4 and d["wrong_not_other_rate"] == 0.2 and d["other_rate"] == 0.2
    assert d["confusion"]["identity-document"] == {"birth-certificate": 1}
    assert d["confusion"]["income-proof"] == {"(none)": 1}
    assert p["families"]["pass-b"]["accuracy"] == 0.0 and p["families"]["app-a"]["accuracy"] == 1.0


def test_family_false_findings_by_file_and_page():
    docs = [
        doc("bundle.pdf", "application", "app-a", 1, 2),
        doc("bundle.pdf", "identity-document", "pass-b", 3, 3),
    ]
    fs = [
        finding("IND-COPY-VNUMBER", "deficiency", "bundle.pdf", 3),
        finding("IND-COPY-A4", "deficiency", "bundle.pdf"),
        finding("IND-MED-DOCS", "deficiency"),
    ]
    p = score_part(
        [truth("f-1", docs, procedure="ind-medical-treatment")], {"f-1": report("deficient", [], fs)}
    )
    assert p["families"]["pass-b"]["false_findings"] == 1
    assert p["families"]["app-a"]["false_findings"] == 1  # a whole-file finding: the document of page 1
    assert (
        p["clean_with_deficiency"]["count"] == 1
        and len(p["clean_with_deficiency"]["dossiers"][0]["findings"]) == 3
    )


def test_errors_count_as_missed_and_are_listed():
    d = {"rule": "BE9TER-SIGNED", "severity": "deficiency", "file": "aanvraag.pdf", "page": 2, "what": "x"}
    p = score_part(
        [truth("err-1", [APP], d), truth("err-2", [APP])],
        {"err-1": None},
        errors={"err-1": "exit 3: validator failed"},
    )
    assert p["errors"] == [
        {"dossier": "err-1", "message": "exit 3: validator failed"},
        {"dossier": "err-2", "message": "no report"},
    ]
    assert p["recall_deficiency"] == {"planted": 1, "found": 0, "recall": 0.0}
    assert p["missed"][0]["error"] is True
    assert p["verdicts"] == {"clean": {"error": 1}, "defect": {"error": 1}}
    assert p["clean_with_deficiency"]["count"] == 0 and p["unverified_per_clean"]["mean"] is None
    assert p["documents"]["missing"] == 2 and p["documents"]["confusion"]["application"] == {"(error)": 2}
    # No clean dossier was checked: the criterion cannot pass.
    assert p["clean_checked"] == 0 and done_when(p)[0]["result"] == "n/a"


def test_scoring_does_not_change_its_inputs():
    t = truth("c", [APP])
    r = report(
        "ready", [entry("aanvraag.pdf", "application")], [finding("X", "deficiency", "./aanvraag.pdf", 1)]
    )
    before = (copy.deepcopy(t), copy.deepcopy(r))
    score_part([t], {"c": r})
    assert (t, r) == before


def test_done_when_and_readme_section(tmp_path: Path):
    d = {"rule": "BE9TER-SIGNED", "severity": "deficiency", "file": "aanvraag.pdf", "page": 2, "what": "x"}
    truths = [truth("clean-1", [APP]), truth("sig-1", [APP], d)]
    reports = {
        "clean-1": report(
            "ready",
            [entry("aanvraag.pdf", "application")],
            [finding("BE9TER-PERSONAL-DATA", "warning", "aanvraag.pdf", 1, unverified=True)],
        ),
        "sig-1": report(
            "deficient",
            [entry("aanvraag.pdf", "application")],
            [finding("BE9TER-SIGNED", "deficiency", "aanvraag.pdf", 2)],
        ),
    }
    p = score_part(truths, reports)
    checks = done_when(p)
    assert [c["result"] for c in checks] == ["PASS"] * 5
    assert [c["result"] for c in done_when(None)] == ["n/a"] * 5
    worse = score_part(
        truths,
        {
            **reports,
            "clean-1": report(
                "deficient",
                [entry("aanvraag.pdf", "other")],
                [finding("BE9TER-SIGNED", "deficiency", "aanvraag.pdf", 2)],
            ),
        },
    )
    assert [c["result"] for c in done_when(worse)] == ["FAIL", "PASS", "PASS", "FAIL", "PASS"]

    figures = {
        "date": "2026-11-30T12:00:00+00:00",
        "validator_commit": "0123456789abcdef",
        "validator_dirty": False,
        "only": None,
        "parts": {"dev": p, "heldout": p},
        "done_when": checks,
    }
    assert "BE9TER-SIGNED" in text_table(figures)
    readme = tmp_path / "README.md"
    readme.write_text("# x\n\nintro\n", encoding="utf-8")
    rewrite_readme(readme, readme_section(figures))
    first = readme.read_text(encoding="utf-8")
    assert first.startswith("# x\n\nintro\n\n## Measured on a blind corpus\n\n<!-- eval:begin -->")
    assert "| heldout | 2026-11-30 | 1 / 1 | 0 | 0 of 1 | 100.0 % (1 of 1) |" in first
    assert "| `BE9TER-SIGNED` | deficiency | 1 | 1 | 0 | 0 | 100 % | 100 % |" in first
    # Rewriting replaces the section between the markers, and keeps what follows.
    readme.write_text(first + "\n## After\n", encoding="utf-8")
    rewrite_readme(readme, readme_section({**figures, "validator_commit": "fedcba9876543210"}))
    second = readme.read_text(encoding="utf-8")
    assert second.count("<!-- eval:begin -->") == 1 and "fedcba9876" in second and "0123456789" not in second
    assert second.endswith("## After\n")
    # The targets are judged on the last part written that was measured: a later blind part over heldout.
    assert blind_part({"dev": p, "heldout": p, "fourth": p}) == "fourth" and blind_part({"dev": p}) is None
    later = readme_section({**figures, "parts": {"dev": p, "fourth": p}, "blind": "fourth"})
    assert "Per rule, fourth part" in later and "Done when (fourth)" in later


def test_the_targets_are_printed_under_the_name_of_the_part_they_are_judged_on() -> None:
    # They were printed as "Done when (heldout)" whatever the part; the figures were the last-written part's.
    checks = [{"criterion": "recall at deficiency-or-worse >= 0.97", "value": 0.7692, "result": "FAIL"}]
    assert done_text(checks, "eleventh").splitlines()[0] == "Done when (eleventh):"
