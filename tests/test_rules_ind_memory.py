"""The identity and IND procedure rules on dossiers built in memory: no PDF, no OCR, milliseconds each."""

from __future__ import annotations

import datetime as dt

from tests.memory import dossier, graded, keys, passport_zone, run

ZONE = passport_zone("BENALI", "AMINA")
EXPIRED_ZONE = passport_zone("BENALI", "AMINA", expiry="250101")
PASSPORT = {"paspoort.pdf": [f"PASPOORT\n{ZONE}"]}
STATEMENT = (
    "Medische verklaring\nDe patiënt is onder behandeling bij de cardioloog wegens hartfalen. "
    "De behandeling duurt nog 6 maanden en is noodzakelijk."
)


def test_mrz_valid_zone_matching_the_manifest_says_nothing() -> None:
    d = dossier(PASSPORT, applicant={"name": "Amina Benali", "birth_date": "1985-04-12"})
    assert run(d, "ID-MRZ") == []


def test_mrz_check_digit_fails() -> None:
    broken = ZONE[:-1] + str((int(ZONE[-1]) + 1) % 10)
    d = dossier({"paspoort.pdf": [f"PASPOORT\n{broken}"]})
    found = run(d, "ID-MRZ")
    assert [(f.key, f.file, f.page) for f in found] in (
        [("check-digits", "paspoort.pdf", 1)],
        [("corrected", "paspoort.pdf", 1)],
    )
    assert found[0].evidence["lines"]


def test_mrz_birth_date_differs_from_the_manifest() -> None:
    d = dossier(PASSPORT, applicant={"name": "Amina Benali", "birth_date": "1986-04-12"})
    found = run(d, "ID-MRZ")
    assert keys(found) == [("differs-birth_date", "paspoort.pdf", 1)]


def test_expired_passport() -> None:
    d = dossier({"paspoort.pdf": [f"PASPOORT\n{EXPIRED_ZONE}"]})
    found = run(d, "ID-EXPIRED")
    assert keys(found) == [("expired", "paspoort.pdf", 1)]
    assert found[0].evidence["found"] == "2025-01-01"
    assert run(dossier(PASSPORT), "ID-EXPIRED") == []


def test_sufficiency_valid_expired_and_absent_passport() -> None:
    # Continued residence asks a valid passport outright (medical treatment exempts from it: its own test).
    proc = "ind-hnt-continued"
    assert run(dossier(PASSPORT, procedure=proc), "ID-SUFFICIENCY") == []
    expired = dossier({"paspoort.pdf": [f"PASPOORT\n{EXPIRED_ZONE}"]}, procedure=proc)
    assert keys(run(expired, "ID-SUFFICIENCY")) == [("passport-expired", "paspoort.pdf", 1)]
    card = dossier(
        {"id.pdf": ["Identiteitskaart zonder zone"]},
        procedure=proc,
        documents={"id.pdf": "identity-document"},
    )
    assert [(f.key, f.unverified) for f in run(card, "ID-SUFFICIENCY")] == [("no-passport-zone", True)]
    none = dossier({"brief.pdf": [STATEMENT]}, procedure=proc, documents={"brief.pdf": "medical-statement"})
    assert [(f.key, f.unverified) for f in run(none, "ID-SUFFICIENCY")] == [("no-passport", False)]


def test_a_passport_whose_zone_did_not_read_shows_its_holder_and_expiry_on_its_data_page() -> None:
    # fifteenth (read): passports photographed with a phone and printed, their zones read as no zone at all. The
    # page names the applicant and an expiry after the submission, paired with its issue date: a valid passport,
    # as a person reads it. Expired, or another person's, it still leaves the question to a person.
    def found(data: str) -> list[tuple[str, bool]]:
        d = dossier(
            {
                "paspoort.pdf": [
                    f"PASSPORT\nHAKOBYAN\nKARINE\n{data}\nP<ARMHAKOBYAN<<KARINE<<<<<<<<<<<<<<<<<< 77"
                ]
            },
            procedure="ind-hnt-continued",
            documents={"paspoort.pdf": "identity-document"},
            applicant={"name": "Karine Hakobyan", "birth_date": "1979-08-12"},
        )
        return [(f.key, f.unverified) for f in run(d, "ID-SUFFICIENCY")]

    assert found("12 AUG 1979 HRAZDAN\n12 DEC 2023 11 DEC 2028") == []
    assert found("12 AUG 1979 HRAZDAN\n12 DEC 2013 11 DEC 2023") == [("no-passport-zone", True)]
    assert found("12 AUG 1979 HRAZDAN") == [("no-passport-zone", True)]


def test_fee_lists_the_amount_and_other_amounts() -> None:
    d = dossier(PASSPORT, procedure="ind-7018")
    found = run(d, "IND-FEE")
    assert found[0].key == "fee" and found[0].severity == "info"
    assert isinstance(found[0].params["amount"], (int, float))


def test_fee_conflicting_tables_is_a_warning() -> None:
    d = dossier(PASSPORT, procedure="ind-7018")
    tables = [{"amount": 100, "legal_basis": "a"}, {"amount": 200, "legal_basis": "b"}]
    found = run(d, "IND-FEE", fees=tables)
    assert [f.key for f in found] == ["fee", "fee", "conflict"]
    assert found[-1].severity == "warning"


def test_art64_window_early_inside_late() -> None:
    def key(ends: str) -> list[str]:
        d = dossier(PASSPORT, procedure="ind-medical-treatment", art64={"ends_on": ends})
        return [f.key for f in run(d, "IND-MED-ART64-WINDOW")]

    # Submitted 2026-12-01; the window runs from 28 days before to 28 days after the year's end (seed ind-005).
    assert key("2027-02-01") == ["too-early"]
    assert key("2026-12-20") == ["inside"]
    assert key("2026-10-01") == ["too-late"]
    assert run(dossier(PASSPORT, procedure="ind-medical-treatment"), "IND-MED-ART64-WINDOW") == []


def test_suriname_gets_an_extension() -> None:
    sur = dossier(PASSPORT, procedure="ind-medical-treatment", applicant={"nationality": "SUR"})
    assert [f.key for f in run(sur, "IND-MED-SURINAME")] == ["extension"]
    assert run(dossier(PASSPORT, procedure="ind-medical-treatment"), "IND-MED-SURINAME") == []


def test_medical_documents_missing_each_needed_type() -> None:
    d = dossier(
        {**PASSPORT, "verklaring.pdf": [STATEMENT]},
        procedure="ind-medical-treatment",
        documents={"verklaring.pdf": "medical-statement", "paspoort.pdf": "identity-document"},
    )
    found = {f.key for f in run(d, "IND-MED-DOCS")}
    assert "missing-medical" not in found
    assert {"missing-care-institution", "missing-insurance"} <= found


def test_passport_exemption_needs_no_proof_with_a_valid_passport() -> None:
    assert run(dossier(PASSPORT, procedure="ind-medical-treatment"), "IND-MED-PASSPORT-EXEMPTION") == []
    d = dossier(
        {"verklaring.pdf": [STATEMENT]},
        procedure="ind-medical-treatment",
        documents={"verklaring.pdf": "medical-statement"},
    )
    assert "unproven-identity-clear" in {f.key for f in run(d, "IND-MED-PASSPORT-EXEMPTION")}


def test_translation_of_a_foreign_official_document() -> None:
    arabic = "شهادة ميلاد صادرة عن المملكة المغربية وزارة الداخلية الحالة المدنية " * 4
    d = dossier({"akte.pdf": [arabic]}, documents={"akte.pdf": "birth-certificate"})
    found = run(d, "IND-TRANSLATION")
    assert keys(found) == [("untranslated", "akte.pdf", 1), ("no-legalisation", "akte.pdf", 1)]
    dutch = dossier(
        {
            "akte.pdf": [
                "Uittreksel uit het register van de burgerlijke stand, geboorteakte van "
                "Amina Benali, geboren te Rabat op 12 april 1985."
            ]
        },
        documents={"akte.pdf": "birth-certificate"},
    )
    assert run(dutch, "IND-TRANSLATION") == []


HNT = {
    "procedure": "ind-hnt-continued",
    "previous_permit": {"purpose": "medical-treatment", "since": "2022-01-01"},
}


def test_duration_reached_too_early_and_unknown_route() -> None:
    assert run(dossier(PASSPORT, **HNT), "IND-HNT-DURATION") == []
    early = dossier(
        PASSPORT, **{**HNT, "previous_permit": {"purpose": "medical-treatment", "since": "2025-01-01"}}
    )
    found = run(early, "IND-HNT-DURATION")
    assert [f.key for f in found] == ["too-early"]
    assert found[0].params["reached"] == "2028-01-01"
    odd = dossier(PASSPORT, **{**HNT, "previous_permit": {"purpose": "study"}})
    assert [f.key for f in run(odd, "IND-HNT-DURATION")] == ["unknown-route"]
    assert [f.key for f in run(dossier(PASSPORT, procedure="ind-hnt-continued"), "IND-HNT-DURATION")] == [
        "no-route"
    ]


def test_medical_continues_a_year_or_more() -> None:
    short = dossier({"verklaring.pdf": [STATEMENT]}, documents={"verklaring.pdf": "medical-statement"}, **HNT)
    assert [(f.key, f.unverified) for f in run(short, "IND-HNT-MED-CONTINUES")] == [("too-short", False)]
    lifelong = dossier(
        {"verklaring.pdf": [STATEMENT.replace("nog 6 maanden", "levenslang")]},
        documents={"verklaring.pdf": "medical-statement"},
        **HNT,
    )
    assert run(lifelong, "IND-HNT-MED-CONTINUES") == []
    none = dossier(PASSPORT, documents={"paspoort.pdf": "identity-document"}, **HNT)
    assert [(f.key, f.unverified) for f in run(none, "IND-HNT-MED-CONTINUES")] == [("no-evidence", False)]


def test_civic_integration_only_for_its_routes() -> None:
    assert run(dossier(PASSPORT, **HNT), "IND-HNT-INBURGERING") == []
    relation = dossier(
        PASSPORT,
        documents={"paspoort.pdf": "identity-document"},
        **{**HNT, "previous_permit": {"purpose": "relationship", "since": "2020-01-01"}},
    )
    assert [(f.key, f.unverified) for f in run(relation, "IND-HNT-INBURGERING")] == [("missing", False)]


DUO_RESULT = """Dienst Uitvoering Onderwijs
Onderwerp: uitslag inburgeringsexamen
U hebt examen gedaan voor het inburgeringsexamen. In deze brief leest u uw uitslag.
Lezen gehaald
Schrijven {writing}
Spreken gehaald
{closing}"""


def test_civic_integration_not_passed_when_duo_says_a_part_was_failed() -> None:
    # Seed 002: "U hebt het inburgeringsdiploma gehaald. Of u bent hiervan vrijgesteld."
    def found(writing: str, closing: str) -> list[tuple[str, str | None, int | None, str]]:
        d = dossier(
            {**PASSPORT, "duo.pdf": [DUO_RESULT.format(writing=writing, closing=closing)]},
            documents={"paspoort.pdf": "identity-document", "duo.pdf": "civic-integration"},
            **{**HNT, "previous_permit": {"purpose": "relationship", "since": "2020-01-01"}},
        )
        return graded(run(d, "IND-HNT-INBURGERING"))

    failed = "U hebt niet alle onderdelen gehaald. U hebt daarom nog geen diploma."
    assert found("niet gehaald", failed) == [("not-passed", "duo.pdf", 1, "deficiency")]
    assert found("gehaald", "Gefeliciteerd! U bent geslaagd voor het inburgeringsexamen.") == []
    # DUO's results as "Voldaan" / "Niet voldaan" per part (fourteenth ind-hnt-inburg-01, read).
    assert found("Niet voldaan", "U kunt een nieuw examen aanvragen.") == [
        ("not-passed", "duo.pdf", 1, "deficiency")
    ]
    assert found("Voldaan", "U kunt uw diploma downloaden.") == []
    # A table's columns "Gehaald" and "Niet gehaald", the crosses under the first (fifteenth ind-hnt-clean-06, read).
    table = "Examenonderdeel Datum Gehaald Niet gehaald\nLezen 02-09-2025 [X] [ ]"
    assert found("gehaald", table) == []
    # The same words a line apart are two parts' results (fourteenth ind-hnt-inburg-01, read).
    assert found("Voldaan\nNiet voldaan", "U kunt een nieuw examen aanvragen.") == [
        ("not-passed", "duo.pdf", 1, "deficiency")
    ]
    assert found("gehaald", table + "\nU heeft niet alle onderdelen gehaald.") == [
        ("not-passed", "duo.pdf", 1, "deficiency")
    ]
    assert found("gehaald", table + "\nU heeft alle onderdelen gehaald.") == []
    assert found("niet gehaald", table) == [("not-passed", "duo.pdf", 1, "deficiency")]
    # A legend says what the table's words mean (twentieth ind-hnt-clean-06, read), and "U hebt alle onderdelen
    # gehaald" is DUO's summary of a pass.
    legend = "Legenda: voldoende = gehaald; onvoldoende = niet gehaald, opnieuw doen."
    assert found("voldoende", legend) == []
    assert found("voldoende", legend + "\nU hebt alle onderdelen gehaald.") == []
    assert found("onvoldoende", legend + "\nU hebt niet alle onderdelen gehaald.") == [
        ("not-passed", "duo.pdf", 1, "deficiency")
    ]


def test_submission_date_is_the_helpers_not_today() -> None:
    assert dossier(PASSPORT).submission_date == dt.date(2026, 12, 1)


def test_a_residence_card_whose_zone_says_card_on_its_first_line_is_no_passport() -> None:
    # twentysecond ind-hnt-idsuff-01 (read): only the Dutch residence card enclosed; its zone's later lines garbled
    # ("NKa0BS202 9710223F2702261GHA<<<…"), its first line read after the card's print and a speck. The first line
    # says a card: no passport, a deficiency. A passport page whose zone did not read still leaves it to a person.
    def found(page_text: str) -> list[tuple[str, str, bool]]:
        d = dossier(
            {"vvr.pdf": [page_text]},
            procedure="ind-hnt-continued",
            documents={"vvr.pdf": "identity-document"},
        )
        return [(f.key, f.severity, f.unverified) for f in run(d, "ID-SUFFICIENCY")]

    card = (
        "Kopie verblijfsdocument - BOATENG, Abena\nMEDISCHE BEHANDELING ‘ IRNLDNK40852020<<<<<<<<<<<<<<<\n"
        "NKa0BS202 9710223F2702261GHA<<<<<<<<<<<2\nBOATENG<<ABENA<<<<<<<<<<<<<<<<"
    )
    assert found(card) == [("no-passport", "deficiency", False)]
    assert found("PASPOORT\nP<GHABOATENG<<ABENA<<<<<<<<<<<<<<<<<<<<<<\nNKa0BS202 9710223F27") == [
        ("no-passport-zone", "warning", True)
    ]
