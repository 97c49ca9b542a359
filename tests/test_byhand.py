"""Check by hand, one document at a time (validator/byhand.py): the points several rules could not settle in one
document are one task for a person, so one unverified warning; each point keeps its rule, page and remedy."""

from __future__ import annotations

from validator.byhand import BY_HAND, grouped
from validator.model import Document, Finding


def _document(file: str, first: int, last: int, kind: str) -> Document:
    return Document(file, first, last, kind, 1.0, "content")


def _unverified(rule: str, file: str | None, page: int | None) -> Finding:
    return Finding(rule, "warning", "k", file, page, message=f"{rule} p{page}", remedy="r", unverified=True)


# One scan holding the application (pages 1–2) and the certificate (pages 3–4), and the passport apart.
DOCUMENTS = [
    _document("scan.pdf", 1, 2, "application"),
    _document("scan.pdf", 3, 4, "medical-certificate"),
    _document("paspoort.pdf", 1, 1, "identity-document"),
]


def test_a_documents_points_become_one_warning_in_the_place_of_the_first() -> None:
    deficiency = Finding("BE9TER-REGISTERED-MAIL", "deficiency", "k", None, None)
    age = _unverified("BE9TER-MEDCERT-AGE", "scan.pdf", 4)
    doctor = _unverified("BE9TER-MEDCERT-DOCTOR", "scan.pdf", 3)
    treatment = _unverified("BE9TER-MEDCERT-TREATMENT", "scan.pdf", 3)
    out = grouped([deficiency, age, doctor, treatment], DOCUMENTS, "en")
    assert [f.rule for f in out] == ["BE9TER-REGISTERED-MAIL", BY_HAND]
    group = out[1]
    assert (group.severity, group.unverified, group.file, group.page) == ("warning", True, "scan.pdf", 3)
    assert group.checks == [doctor, treatment, age]
    assert group.evidence == {
        "pages": [3, 4],
        "rules": ["BE9TER-MEDCERT-AGE", "BE9TER-MEDCERT-DOCTOR", "BE9TER-MEDCERT-TREATMENT"],
    }
    assert group.message == "Not established, please check these 3 points in this document."


def test_documents_of_one_file_are_asked_about_apart_and_a_single_point_stays_itself() -> None:
    signed = _unverified("BE9TER-SIGNED", "scan.pdf", 2)
    address = _unverified("BE9TER-ADDRESS", "scan.pdf", 1)
    age = _unverified("BE9TER-MEDCERT-AGE", "scan.pdf", 4)
    mrz = _unverified("ID-MRZ", "paspoort.pdf", 1)
    whole = _unverified("IND-COPY-VNUMBER", None, None)
    out = grouped([signed, age, mrz, address, whole], DOCUMENTS, "nl")
    assert [f.rule for f in out] == [BY_HAND, "BE9TER-MEDCERT-AGE", "ID-MRZ", "IND-COPY-VNUMBER"]
    assert out[0].checks == [address, signed] and out[0].page == 1
    assert out[1:] == [age, mrz, whole]


def test_a_finding_about_the_whole_file_joins_its_only_document() -> None:
    mrz = _unverified("ID-MRZ", "paspoort.pdf", 1)
    expired = _unverified("ID-EXPIRED", "paspoort.pdf", None)
    (group,) = grouped([mrz, expired], DOCUMENTS, "fr")
    assert group.rule == BY_HAND and group.checks == [expired, mrz]
    assert group.message == "Non établi, vérifiez vous-même ces 2 points dans ce document."


def test_what_is_not_unverified_is_never_grouped() -> None:
    found = [
        Finding("BE9TER-MEDCERT-AGE", "inadmissible", "k", "scan.pdf", 4),
        Finding("BE9TER-MEDCERT-DOCTOR", "warning", "k", "scan.pdf", 3),
        _unverified("BE9TER-MEDCERT-TREATMENT", "scan.pdf", 3),
    ]
    assert grouped(found, DOCUMENTS, "en") == found
