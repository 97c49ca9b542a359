"""Small born-digital dossiers for the conditions of issue 15 (seed coverage): for each new rule one that triggers
it and one that does not, each with one defect. The manifest states every document's type, so nothing rests on
recognising it, and no page needs OCR.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from samples import ind
from samples.be9ter import SAMIRA, Case, _application, _passport
from samples.paper import SIGNATURE, typed_pdf, write_manifest

SUBMISSION_DATE = "2026-12-01"
V = "2840517396"
APPLICANT = {"name": "Amina Benali", "birth_date": "1985-04-12", "nationality": "MAR", "v_number": V}

RECEIPT_BPOST = """bpost
BEWIJS VAN AANGETEKENDE ZENDING
Afzender: Mr. L. Peeters, Kortrijksesteenweg 12, 9000 Gent
Bestemmeling: Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel
Datum van afgifte: 30 november 2026
Zendingsnummer: RR 4821 7735 9 BE"""

RECEIPT_POSTNL = (
    RECEIPT_BPOST.replace("bpost\n", "PostNL\n").replace("9000 Gent", "3511 AB Utrecht").replace(" BE", " NL")
)

# The standard certificate, the model until 2024: one section per heading; `{severity}` and `{treatment}` are what
# the doctor wrote under them.
CERTIFICATE = """STANDAARD MEDISCH GETUIGSCHRIFT
Naam van de patiënt: Samira Ouali, geboren 08-03-1979
A/ Historiek: sinds 2019 opgevolgd voor hypertensie en nierlijden.
B/ Diagnose: chronische nierinsufficiëntie met nierfalen.
Graad van ernst: {severity}
C/ Huidige behandeling: {treatment}
D/ Gevolgen bij stopzetting van de behandeling: overlijden binnen enkele weken.
E/ Evolutie en prognose: stabiel onder behandeling.
Datum: 20 november 2026
Naam van de arts: dr. K. Janssens, RIZIV 1-23456-78-901"""

SEVERITY = "ernstig, stadium 5 met een eGFR van 9 ml/min; levensbedreigend zonder dialyse."
TREATMENT = "hemodialyse drie keer per week, levenslang, tot een niertransplantatie mogelijk is."

MEDICAL_AVAILABLE = """MEDISCHE VERKLARING
Ondergetekende, dr. M. de Vries, nefroloog, verklaart dat mevrouw Amina Benali wordt behandeld voor nierfalen.
Zij is aangewezen op hemodialyse, drie keer per week.
Utrecht, 10 november 2026"""

INSURANCE_PUBLIC = """POLISBLAD ZORGVERZEKERING
Verzekerde: Amina Benali, geboren 12-04-1985
Dekking: basisverzekering; de behandeling in Nederland is gedekt.
De premie wordt betaald uit de bijstandsuitkering van de gemeente Utrecht."""

INSURANCE_OWN = """POLISBLAD ZORGVERZEKERING
Verzekerde: Amina Benali, geboren 12-04-1985
Dekking: basisverzekering; de behandeling in Nederland is gedekt.
De premie wordt betaald door de verzekerde, niet uit algemene middelen."""


def _weighted(field: str) -> str:
    """The ICAO 9303 check digit: weights 7, 3, 1 over digits, letters (A=10 … Z=35) and fillers (0)."""
    values = [int(c) if c.isdigit() else ord(c) - 55 if c.isalpha() else 0 for c in field]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def expired_zone(nationality: str) -> str:
    """Samira's passport zone, expired on 17 May 2024, with the given nationality and check digits that hold."""
    number, birth, expiry = "TK5829137", "790308", "240517"
    line = (
        f"{number}{_weighted(number)}{nationality}{birth}{_weighted(birth)}F{expiry}{_weighted(expiry)}"
        + "<" * 14
        + "0"
    )
    composite = line[0:10] + line[13:20] + line[21:43]
    return line + _weighted(composite)


def _9ter(
    receipt: str = RECEIPT_BPOST,
    severity: str = SEVERITY,
    treatment: str = TREATMENT,
    zone: str | None = None,
    **manifest: object,
) -> Callable[[Path], None]:
    """A 9ter dossier with nothing wrong but what the arguments change: the application of the Dutch 9ter samples,
    Samira's passport as a born-digital copy, the bpost receipt and the certificate."""

    def make(d: Path) -> None:
        case = Case("nl", mrz_line=zone)
        write_manifest(
            d,
            {
                "procedure": "be-9ter",
                "submission_date": SUBMISSION_DATE,
                "language": "nl",
                "applicant": {
                    "name": "Samira Ouali",
                    "birth_date": SAMIRA.birth_date,
                    "nationality": SAMIRA.nationality,
                    "national_number": SAMIRA.national_number,
                },
                "documents": {
                    "aanvraag.pdf": "application",
                    "paspoort.pdf": "identity-document",
                    "ontvangstbewijs.pdf": "registered-mail-receipt",
                    "getuigschrift.pdf": "medical-certificate",
                },
                **manifest,
            },
        )
        _application(case, d / "aanvraag.pdf")
        typed_pdf(d / "paspoort.pdf", [(None, "\n".join(_passport(case)))])
        typed_pdf(d / "ontvangstbewijs.pdf", [(None, receipt)])
        certificate = CERTIFICATE.format(severity=severity, treatment=treatment)
        typed_pdf(d / "getuigschrift.pdf", [(None, f"{certificate}\nHandtekening van de arts:\n{SIGNATURE}")])

    return make


def _medical(statement: str, insurance: str) -> Callable[[Path], None]:
    """A medical-treatment dossier as samples/ind.py makes it, born-digital, with this statement and policy."""

    def make(d: Path) -> None:
        write_manifest(
            d,
            {
                "procedure": "ind-medical-treatment",
                "submission_date": SUBMISSION_DATE,
                "applicant": APPLICANT,
                "documents": {
                    "brief.pdf": "application",
                    "paspoort.pdf": "identity-document",
                    "medische-verklaring.pdf": "medical-statement",
                    "verklaring-zorginstelling.pdf": "care-institution-statement",
                    "zorgverzekering.pdf": "health-insurance",
                    "inkomen-betaler.pdf": "income-proof",
                },
            },
        )
        for name, text in {
            "brief.pdf": ind.LETTER,
            "paspoort.pdf": "\n".join(ind.PASSPORT),
            "medische-verklaring.pdf": statement,
            "verklaring-zorginstelling.pdf": ind.CARE,
            "zorgverzekering.pdf": insurance,
            "inkomen-betaler.pdf": ind.PAYER,
        }.items():
            typed_pdf(d / name, [(f"V-nummer: {V}", text)])

    return make


def _continued(route: str, since: str, nationality: str = "MAR", **permit: object) -> Callable[[Path], None]:
    def make(d: Path) -> None:
        write_manifest(
            d,
            {
                "procedure": "ind-hnt-continued",
                "submission_date": SUBMISSION_DATE,
                "applicant": {**APPLICANT, "nationality": nationality},
                "previous_permit": {"purpose": route, "since": since, **permit},
                "documents": {"brief.pdf": "application", "paspoort.pdf": "identity-document"},
            },
        )
        typed_pdf(
            d / "brief.pdf", [(f"V-nummer: {V}", "Aanvraag verblijfsvergunning humanitair niet tijdelijk.")]
        )
        typed_pdf(d / "paspoort.pdf", [(f"V-nummer: {V}", "\n".join(ind.PASSPORT))])

    return make


DOSSIERS: dict[str, Callable[[Path], None]] = {
    "cond-9ter-clean": _9ter(),
    "cond-9ter-posted-abroad": _9ter(receipt=RECEIPT_POSTNL),
    "cond-9ter-earlier-refused": _9ter(earlier_9ter={"submitted_on": "2025-02-03", "outcome": "refused"}),
    "cond-9ter-earlier-withdrawn": _9ter(earlier_9ter={"submitted_on": "2025-02-03", "outcome": "withdrawn"}),
    "cond-9ter-severity-one-word": _9ter(severity="levensbedreigend"),
    "cond-9ter-treatment-no-duration": _9ter(treatment="hemodialyse drie keer per week in het ziekenhuis."),
    "cond-9ter-treatment-no-nature": _9ter(
        treatment="zoals afgesproken met de patiënt, nog minstens 2 jaar."
    ),
    # 9ter accepts an expired passport; one whose nationality contradicts the dossier's leaves it in doubt.
    "cond-9ter-passport-expired": _9ter(zone=expired_zone("MAR")),
    "cond-9ter-passport-expired-other-nationality": _9ter(zone=expired_zone("DZA")),
    "cond-med-clean": _medical(
        MEDICAL_AVAILABLE + "\nIn Marokko is deze behandeling niet beschikbaar.", INSURANCE_OWN
    ),
    "cond-med-not-suitable": _medical(MEDICAL_AVAILABLE, INSURANCE_OWN),
    "cond-med-public-funds": _medical(
        MEDICAL_AVAILABLE + "\nIn Marokko is deze behandeling niet beschikbaar.", INSURANCE_PUBLIC
    ),
    "cond-hnt-parent-dutch": _continued("parent", "2024-06-01", sponsor="dutch"),
    "cond-hnt-parent-temporary": _continued("parent", "2024-06-01", sponsor="temporary"),
    "cond-hnt-turkish": _continued("parent", "2024-06-01", nationality="TUR", sponsor="dutch"),
    "cond-hnt-child-protection": _continued("child-protection", "2025-06-01"),
}
