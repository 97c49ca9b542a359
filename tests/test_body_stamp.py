"""A doctor's stamp in pale ink over the closing of a certificate is read on its own (fortythird's certificates of the
earlier model, read: "Naam, handtekening en stempel van de arts (met RIZIV-nummer)" over an oval stamp in pale blue
that OCR of the whole page passed over, its number unread, "check by hand" on six good dossiers)."""

from __future__ import annotations

from pathlib import Path

from validator.pipeline import CheckOptions, load_dossier
from validator.rules.be9ter import _doctor_number_written

FIXTURES = Path(__file__).parent / "fixtures"
# The stamp's number, as the certificate's writer printed it (tests/fixtures/README.md).
NUMBER = "1-73651-76-003"


def test_a_stamp_in_the_body_of_a_page_that_asks_for_one_is_read() -> None:
    [page] = load_dossier(FIXTURES / "certificate-pale-oval-stamp.pdf", CheckOptions(cache=False)).pages
    # Its first digit lies under the doctor's hand: the other ten are read ("4-73651-76-003").
    digits = NUMBER.replace("-", "")[1:]
    assert digits in "".join(c for c in page.text if c.isdigit())
    assert any(digits in "".join(c for c in m.text if c.isdigit()) for m in page.marks)
    # With the question asked on it, the certificate names its doctor's number (rules.md BE9TER-MEDCERT-DOCTOR).
    assert _doctor_number_written(page.text)
