"""The benchmark's dossiers: scanned pages as a desk scanner returns them, and a long born-digital PDF.

Every page carries the V-number in its header and dates in its text, so that
a run can be checked for reading them, not only timed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samples.ind import V, manifest  # noqa: E402
from samples.paper import Scan, scanned_page, scanned_pdf, typed_pdf, write_manifest  # noqa: E402

SCAN = Scan(dpi=300)
_WORDS = (
    "de aanvrager verklaart dat het verblijf bij de referent in Nederland sinds de datum van binnenkomst "
    "onafgebroken is geweest en dat de stukken volledig zijn la demande est accompagnee des copies "
    "certifiees conformes der Antrag wurde fristgerecht eingereicht the employer confirms the contract "
    "for an indefinite period salaris bruto per maand inclusief vakantiegeld huurovereenkomst woning "
    "Utrecht gemeente inschrijving basisregistratie personen"
).split()
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


@dataclass(frozen=True)
class ScannedPage:
    lines: list[str]
    dates: list[dt.date]


def page_text(number: int) -> ScannedPage:
    """A typed page of about thirty lines at 11 pt: body text, two dates, and a table of amounts."""
    rng = random.Random(number)
    first = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
    second = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(15000))
    lines = [f"# BIJLAGE {number}", "", f"Utrecht, {first.day} {_MONTHS[first.month - 1]} {first.year}", ""]
    for _ in range(14):
        words = [rng.choice(_WORDS)]
        while len(" ".join(words)) < 66:
            words.append(rng.choice(_WORDS))
        lines.append(" ".join(words).capitalize() + ".")
    lines += ["", f"Geboortedatum: {second:%d-%m-%Y}", "", "Datum       Omschrijving                 Bedrag"]
    for day in range(1, 29, 3):
        lines.append(
            f"{day:02d}-{first.month:02d}    {rng.choice(_WORDS):<28} {rng.randint(10, 999):>4},{rng.randint(0, 99):02d}"
        )
    return ScannedPage(lines, [first, second])


def scanned_dossier(folder: Path, pages: int) -> list[ScannedPage]:
    """One scanned PDF (a JPEG per page at 300 dpi), as a copier's scan-to-PDF writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    write_manifest(folder, manifest())
    texts = [page_text(n) for n in range(1, pages + 1)]
    images = (scanned_page(t.lines, n, SCAN, header=f"V-nummer {V}") for n, t in enumerate(texts, 1))
    scanned_pdf(images, folder / "scans.pdf")  # type: ignore[arg-type]
    return texts


def born_digital_dossier(folder: Path, pages: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_manifest(folder, manifest())
    body = [("\n".join(page_text(n).lines)).replace("# ", "") for n in range(1, pages + 1)]
    typed_pdf(folder / "export.pdf", [(f"V-nummer: {V}", text) for text in body])
