"""The IND sample dossiers: one clean dossier and one per copy-rule defect."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from samples.paper import (
    A5_MM,
    LETTER_MM,
    Scan,
    blank_page,
    mp3,
    mp4,
    save_image,
    save_tiff,
    scanned_page,
    scanned_pdf,
    typed_pdf,
    with_active_content,
    write_manifest,
)

APPLICANT = {
    "name": "Amina Benali",
    "birth_date": "1985-04-12",
    "nationality": "MAR",
    "v_number": "2840517396",
}
V = APPLICANT["v_number"]
OTHER_V = "9173650284"
SUBMISSION_DATE = "2026-12-01"


def manifest(applicant: dict[str, str] | None = None) -> dict[str, object]:
    return {
        "procedure": "ind-generic",
        "submission_date": SUBMISSION_DATE,
        "applicant": applicant if applicant is not None else APPLICANT,
    }


LETTER = """Aan de Immigratie- en Naturalisatiedienst
Postbus 5
9560 AA Ter Apel

Betreft: aanvraag verblijfsvergunning, aanvulling van documenten
Naam: Amina Benali
Geboortedatum: 12-04-1985

Geachte heer, mevrouw,

Hierbij stuur ik u de kopieen van de documenten die bij mijn aanvraag horen:
mijn paspoort, de verklaring van mijn werkgever en mijn bankafschriften.
De originele documenten bewaar ik zelf.

Met vriendelijke groet,

Amina Benali"""

LETTER_2 = """Bijlagen bij de aanvraag

1. Kopie paspoort (pagina met persoonsgegevens)
2. Werkgeversverklaring van Bakkerij De Korenschoof B.V.
3. Bankafschriften van september en oktober 2026

Ik verklaar dat deze kopieen volledig en naar waarheid zijn."""

PASSPORT = [
    "# ROYAUME DU MAROC - PASSEPORT / PASSPORT",
    "",
    "Type: P        Code: MAR        No: AB1234567",
    "Nom / Surname: BENALI",
    "Prenoms / Given names: AMINA",
    "Nationalite / Nationality: MAROCAINE",
    "Date de naissance / Date of birth: 12 APR/AVR 1985",
    "Lieu de naissance / Place of birth: CASABLANCA",
    "Date d'expiration / Date of expiry: 03 MAR 2031",
    "",
    "P<MARBENALI<<AMINA<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "AB12345671MAR8504124F3103038<<<<<<<<<<<<<<06",
]

EMPLOYER = [
    "# WERKGEVERSVERKLARING",
    "",
    "Bakkerij De Korenschoof B.V., Dorpsstraat 14, 3511 AB Utrecht",
    "verklaart dat mevrouw Amina Benali, geboren op 12 april 1985,",
    "sinds 1 maart 2024 bij ons in dienst is als medewerker productie,",
    "voor 32 uur per week, voor onbepaalde tijd.",
    "",
    "Het bruto maandloon bedraagt EUR 2.640,00 exclusief vakantiegeld.",
    "",
    "Utrecht, 14 november 2026",
    "",
    "J. de Korenschoof, directeur",
]


def bank_statement(month: str, seed_rows: int) -> list[str]:
    rng = random.Random(seed_rows)
    rows = [
        f"{d:02d}-{month}  {desc:<28} {rng.randint(12, 480):>6},{rng.randint(0, 99):02d}"
        for d, desc in zip(
            range(2, 28, 4),
            [
                "Albert Heijn Utrecht",
                "Huur Woonstichting",
                "NS Reizen",
                "Zorgverzekeraar premie",
                "Salaris De Korenschoof",
                "Gemeente Utrecht belasting",
                "Kruidvat",
            ],
        )
    ]
    return [
        "# BANKAFSCHRIFT",
        "",
        "Rekeninghouder: A. Benali",
        "IBAN: NL91 ABNA 0417 1643 00",
        f"Periode: {month}-2026",
        "",
        "Datum     Omschrijving                    Bedrag",
        *rows,
    ]


def _clean(d: Path) -> None:
    """Every kind of file a lawyer receives, each page carrying the V-number in another usual spelling."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER), (f"V-nummer: {V}", LETTER_2)])
    save_image(
        scanned_page(PASSPORT, 1, photo=True, stamp=f"V-nr. {V[:4]} {V[4:7]} {V[7:]}"),
        d / "paspoort.jpg",
        200,
    )
    save_tiff(
        [
            scanned_page(bank_statement("09", 2), 2, footer=f"Vnr {V[:4]}.{V[4:7]}.{V[7:]}"),
            scanned_page(bank_statement("10", 3), 3, footer=f"Vnr {V[:4]}.{V[4:7]}.{V[7:]}"),
        ],
        d / "bankafschriften.tif",
        200,
    )
    scanned_pdf(
        [scanned_page(EMPLOYER, 4, Scan(dpi=300), header=f"V-nummer {V}")], d / "werkgeversverklaring.pdf"
    )


def _a4(d: Path) -> None:
    """A US Letter page exported by a word processor, and an A5 receipt."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    typed_pdf(
        d / "verklaring-letter.pdf",
        [(f"V-nummer: {V}", "Verklaring van de gastheer\n\n" + LETTER_2)],
        size_mm=LETTER_MM,
    )
    receipt = [
        "# KWITANTIE",
        "",
        "Ontvangen van A. Benali",
        "de som van EUR 450,00",
        "wegens huur november 2026",
    ]
    save_image(
        scanned_page(receipt, 5, Scan(size_mm=A5_MM), header=f"V-nummer: {V}", left_mm=15),
        d / "kwitantie.png",
        200,
    )


def _single_sided(d: Path) -> None:
    """A two-sheet contract scanned double-sided: pages 2 and 4 are the empty backs."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    contract = [
        "# ARBEIDSOVEREENKOMST",
        "",
        "Partijen: Bakkerij De Korenschoof B.V. en Amina Benali",
        "Functie: medewerker productie",
        "Ingangsdatum: 1 maart 2024",
        "Arbeidsduur: 32 uur per week",
    ]
    salary = [
        "# ARTIKEL 4 - SALARIS",
        "",
        "Het bruto maandloon bedraagt EUR 2.640,00.",
        "Het salaris wordt maandelijks voor de 25e betaald.",
        "",
        "Utrecht, 20 februari 2024",
    ]
    scanned_pdf(
        [
            scanned_page(contract, 6, header=f"V-nummer {V}"),
            blank_page(7),
            scanned_page(salary, 8, header=f"V-nummer {V}"),
            blank_page(9),
        ],
        d / "arbeidscontract.pdf",
    )


def _vnumber(d: Path) -> None:
    """A page without the V-number, and a document carrying someone else's V-number."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER), (None, LETTER_2)])
    save_image(scanned_page(EMPLOYER, 10, stamp=f"V-nr. {OTHER_V}"), d / "werkgeversverklaring.jpg", 200)


def _vnumber_name(d: Path) -> None:
    """No V-number known: every page must carry name and date of birth; the second page lacks the date."""
    person = {k: v for k, v in APPLICANT.items() if k != "v_number"}
    write_manifest(d, manifest(person))
    typed_pdf(d / "brief.pdf", [("Amina Benali, geb. 12-04-1985", LETTER), ("Amina Benali", LETTER_2)])


def _media(d: Path) -> None:
    """A voice memo, a phone video, and a PDF form with an attachment and a script."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    typed_pdf(d / "formulier.pdf", [(f"V-nummer: {V}", "Aanvraagformulier\n\n" + LETTER_2)])
    with_active_content(d / "formulier.pdf")
    mp3(d / "spraakbericht.mp3")
    mp4(d / "video-woning.mp4")


def _legible(d: Path) -> None:
    """A fax-quality scan, a faded copy, and a page scanned with its right side cut off."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    save_image(scanned_page(EMPLOYER, 11, Scan(dpi=100, blur=0), header=f"V-nummer {V}"), d / "fax.png", 100)
    faded = Scan(paper=238, ink=196, speckles=100)
    save_image(
        scanned_page(bank_statement("09", 12), 12, faded, header=f"V-nummer {V}"), d / "vervaagd.jpg", 200
    )
    wide = [line + " " + line.lower() for line in EMPLOYER]
    save_image(scanned_page(wide, 13, header=f"V-nummer {V}", left_mm=60), d / "afgesneden.png", 200)


MEDICAL = """MEDISCHE VERKLARING

UMC Utrecht, afdeling nefrologie, Heidelberglaan 100, 3584 CX Utrecht

Ondergetekende, dr. M. de Vries, nefroloog, verklaart dat mevrouw Amina Benali, geboren 12-04-1985,
bij ons wordt behandeld voor nierfalen stadium 5. Zij is aangewezen op hemodialyse, drie keer per week.
Deze behandeling is levenslang noodzakelijk, tot een niertransplantatie mogelijk is.
Stoppen van de dialyse leidt binnen enkele weken tot een medische noodsituatie.
In Marokko is deze behandeling voor haar niet toegankelijk.

Utrecht, 10 november 2026
dr. M. de Vries"""

MEDICAL_SHORT = MEDICAL.replace(
    "Deze behandeling is levenslang noodzakelijk, tot een niertransplantatie mogelijk is.",
    "De behandeling is nog 6 maanden noodzakelijk.",
)

CARE = """VERKLARING ZORGINSTELLING

Het UMC Utrecht verklaart dat er plaats is om mevrouw Amina Benali, geboren 12-04-1985, te behandelen.
De zorginstelling kan de behandeling uitvoeren vanaf 1 januari 2027.

Utrecht, 12 november 2026
Afdeling patiëntenzaken"""

INSURANCE = """POLISBLAD ZORGVERZEKERING

Verzekerde: Amina Benali, geboren 12-04-1985
Polisnummer: 48213977
Dekking: basisverzekering met aanvullende dekking; de behandeling in Nederland is gedekt.
De premie wordt betaald door de verzekerde, niet uit algemene middelen."""

PAYER = """WERKGEVERSVERKLARING

Installatiebedrijf Benali B.V. verklaart dat de heer Youssef Benali, broer van mevrouw Amina Benali,
sinds 2015 in vaste dienst is. Het bruto maandloon bedraagt EUR 4.250,00 exclusief vakantiegeld.
De heer Benali betaalt het verblijf van zijn zuster in Nederland.

Rotterdam, 3 november 2026"""

DIPLOMA = """INBURGERINGSDIPLOMA

Dienst Uitvoering Onderwijs (DUO) verklaart dat Amina Benali, geboren 12-04-1985,
het inburgeringsexamen heeft behaald op taalniveau A2.

Groningen, 14 maart 2024"""


def _medical(d: Path, without: str = "", statement: str = MEDICAL, passport: bool = True) -> None:
    """A medical-treatment dossier: the letter, passport, and each document the conditions call for."""
    header = f"V-nummer: {V}"
    documents = {
        "brief.pdf": LETTER + "\nWoonachtig te Utrecht, Oudegracht 1.",
        "medische-verklaring.pdf": statement,
        "verklaring-zorginstelling.pdf": CARE,
        "zorgverzekering.pdf": INSURANCE,
        "inkomen-betaler.pdf": PAYER,
    }
    for name, text in documents.items():
        if name != without:
            typed_pdf(d / name, [(header, text)])
    if passport:
        save_image(
            scanned_page(PASSPORT, 1, photo=True, stamp=f"V-nr. {V[:4]} {V[4:7]} {V[7:]}"),
            d / "paspoort.jpg",
            200,
        )


def _medical_dossier(build: Callable[[Path], None], **extra: object) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        write_manifest(folder, {**manifest(), "procedure": "ind-medical-treatment", **extra})
        build(folder)

    return make


def _continued(route: str, since: str, *documents: tuple[str, str]) -> Callable[[Path], None]:
    def make(d: Path) -> None:
        write_manifest(
            d,
            {
                **manifest(),
                "procedure": "ind-hnt-continued",
                "previous_permit": {"purpose": route, "since": since, "sponsor": "dutch"},
            },
        )
        typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
        save_image(
            scanned_page(PASSPORT, 1, photo=True, stamp=f"V-nr. {V[:4]} {V[4:7]} {V[7:]}"),
            d / "paspoort.jpg",
            200,
        )
        for name, text in documents:
            typed_pdf(d / name, [(f"V-nummer: {V}", text)])

    return make


def _with_manifest(build: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        write_manifest(folder, manifest())
        build(folder)

    return make


DOSSIERS: dict[str, Callable[[Path], None]] = {
    name: _with_manifest(build)
    for name, build in {
        "ind-clean": _clean,
        "ind-a4": _a4,
        "ind-single-sided": _single_sided,
        "ind-vnumber": _vnumber,
        "ind-vnumber-name": _vnumber_name,
        "ind-media": _media,
        "ind-legible": _legible,
    }.items()
} | {
    "ind-med-clean": _medical_dossier(_medical),
    "ind-med-no-medical": _medical_dossier(lambda d: _medical(d, "medische-verklaring.pdf")),
    "ind-med-no-care": _medical_dossier(lambda d: _medical(d, "verklaring-zorginstelling.pdf")),
    "ind-med-no-insurance": _medical_dossier(lambda d: _medical(d, "zorgverzekering.pdf")),
    "ind-med-no-income": _medical_dossier(lambda d: _medical(d, "inkomen-betaler.pdf")),
    "ind-med-no-passport": _medical_dossier(lambda d: _medical(d, passport=False)),
    # Art. 64: the year of deferred departure ended 40 days before the submission: too late.
    "ind-med-art64-outside": _medical_dossier(_medical, art64={"ends_on": "2026-10-22"}),
    # Inside the window no income or insurance is needed: a dossier without them passes.
    "ind-med-art64-inside": _medical_dossier(
        lambda d: [_medical(d, "inkomen-betaler.pdf"), (d / "zorgverzekering.pdf").unlink()],
        art64={"ends_on": "2026-11-20"},
    ),
    "ind-hnt-med-clean": _continued("medical-treatment", "2023-06-01", ("medische-verklaring.pdf", MEDICAL)),
    "ind-hnt-med-short": _continued(
        "medical-treatment", "2023-06-01", ("medische-verklaring.pdf", MEDICAL_SHORT)
    ),
    "ind-hnt-relationship-clean": _continued(
        "relationship", "2021-06-01", ("inburgeringsdiploma.pdf", DIPLOMA)
    ),
    "ind-hnt-relationship-no-diploma": _continued("relationship", "2021-06-01"),
}
