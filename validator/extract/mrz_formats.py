"""Where each field of a machine-readable zone stands, per format of ICAO Doc 9303 (parts 4 to 7).

TD3 (passports, 2 × 44), TD2 (identity cards, 2 × 36), TD1 (identity cards and residence
permits, 3 × 30), MRV-A and MRV-B (visas, 2 × 44 and 2 × 36), and the French identity card of
1988–2021 (2 × 36, its own layout). What kind of character a position holds is what lets a
misread be put right: a date holds digits only, a name letters only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["letters", "digits", "mixed", "sex"]
Format = Literal["TD1", "TD2", "TD3", "MRV-A", "MRV-B", "FRA-ID"]
Position = tuple[int, int]


@dataclass(frozen=True)
class Span:
    name: str
    line: int
    start: int
    end: int
    kind: Kind

    @property
    def positions(self) -> list[Position]:
        return [(self.line, col) for col in range(self.start, self.end)]


@dataclass(frozen=True)
class Check:
    """A check digit: the spans it covers and the span it is written in."""

    name: str
    data: tuple[str, ...]
    digit: str
    # ICAO: an unused optional field may carry a filler instead of the check digit 0.
    filler_when_empty: bool = False


@dataclass(frozen=True)
class Layout:
    format: Format
    length: int
    spans: tuple[Span, ...]
    checks: tuple[Check, ...]
    # TD1 and TD2: a document number longer than 9 characters runs on into the optional data.
    long_number: str | None = None

    def span(self, name: str) -> Span:
        return next(s for s in self.spans if s.name == name)


def _s(name: str, line: int, start: int, end: int, kind: Kind) -> Span:
    return Span(name, line, start, end, kind)


_FIELD_CHECKS = (
    Check("document_number", ("number",), "number_check"),
    Check("birth_date", ("birth",), "birth_check"),
    Check("expiry_date", ("expiry",), "expiry_check"),
)
# Line 2 of the two-line formats from the document number to the expiry date's check digit.
_LINE2 = (
    _s("number", 1, 0, 9, "mixed"),
    _s("number_check", 1, 9, 10, "digits"),
    _s("nationality", 1, 10, 13, "letters"),
    _s("birth", 1, 13, 19, "digits"),
    _s("birth_check", 1, 19, 20, "digits"),
    _s("sex", 1, 20, 21, "sex"),
    _s("expiry", 1, 21, 27, "digits"),
    _s("expiry_check", 1, 27, 28, "digits"),
)


def _line1(length: int) -> tuple[Span, ...]:
    return (
        _s("code", 0, 0, 2, "letters"),
        _s("issuer", 0, 2, 5, "letters"),
        _s("names", 0, 5, length, "letters"),
    )


TD1 = Layout(
    "TD1",
    30,
    (
        _s("code", 0, 0, 2, "letters"),
        _s("issuer", 0, 2, 5, "letters"),
        _s("number", 0, 5, 14, "mixed"),
        _s("number_check", 0, 14, 15, "digits"),
        _s("optional", 0, 15, 30, "mixed"),
        _s("birth", 1, 0, 6, "digits"),
        _s("birth_check", 1, 6, 7, "digits"),
        _s("sex", 1, 7, 8, "sex"),
        _s("expiry", 1, 8, 14, "digits"),
        _s("expiry_check", 1, 14, 15, "digits"),
        _s("nationality", 1, 15, 18, "letters"),
        _s("optional2", 1, 18, 29, "mixed"),
        _s("composite", 1, 29, 30, "digits"),
        _s("names", 2, 0, 30, "letters"),
    ),
    (
        *_FIELD_CHECKS,
        Check(
            "composite",
            (
                "number",
                "number_check",
                "optional",
                "birth",
                "birth_check",
                "expiry",
                "expiry_check",
                "optional2",
            ),
            "composite",
        ),
    ),
    long_number="optional",
)
TD2 = Layout(
    "TD2",
    36,
    (*_line1(36), *_LINE2, _s("optional", 1, 28, 35, "mixed"), _s("composite", 1, 35, 36, "digits")),
    (
        *_FIELD_CHECKS,
        Check(
            "composite",
            ("number", "number_check", "birth", "birth_check", "expiry", "expiry_check", "optional"),
            "composite",
        ),
    ),
    long_number="optional",
)
TD3 = Layout(
    "TD3",
    44,
    (
        *_line1(44),
        *_LINE2,
        _s("optional", 1, 28, 42, "mixed"),
        _s("optional_check", 1, 42, 43, "digits"),
        _s("composite", 1, 43, 44, "digits"),
    ),
    (
        *_FIELD_CHECKS,
        Check("optional_data", ("optional",), "optional_check", filler_when_empty=True),
        Check(
            "composite",
            (
                "number",
                "number_check",
                "birth",
                "birth_check",
                "expiry",
                "expiry_check",
                "optional",
                "optional_check",
            ),
            "composite",
        ),
    ),
)
# Visas carry no composite check digit.
MRV_A = Layout("MRV-A", 44, (*_line1(44), *_LINE2, _s("optional", 1, 28, 44, "mixed")), _FIELD_CHECKS)
MRV_B = Layout("MRV-B", 36, (*_line1(36), *_LINE2, _s("optional", 1, 28, 36, "mixed")), _FIELD_CHECKS)
# The number is the issue year and month, the issuing office and a sequence number; the whole zone
# but its last character is under the composite check digit.
FRA_ID = Layout(
    "FRA-ID",
    36,
    (
        _s("code", 0, 0, 2, "letters"),
        _s("issuer", 0, 2, 5, "letters"),
        _s("surname", 0, 5, 30, "letters"),
        _s("office", 0, 30, 36, "mixed"),
        _s("issued", 1, 0, 4, "digits"),
        _s("department", 1, 4, 7, "mixed"),
        _s("sequence", 1, 7, 12, "digits"),
        _s("number_check", 1, 12, 13, "digits"),
        _s("given_names", 1, 13, 27, "letters"),
        _s("birth", 1, 27, 33, "digits"),
        _s("birth_check", 1, 33, 34, "digits"),
        _s("sex", 1, 34, 35, "sex"),
        _s("composite", 1, 35, 36, "digits"),
    ),
    (
        Check("document_number", ("issued", "department", "sequence"), "number_check"),
        Check("birth_date", ("birth",), "birth_check"),
        Check(
            "composite",
            (
                "code",
                "issuer",
                "surname",
                "office",
                "issued",
                "department",
                "sequence",
                "number_check",
                "given_names",
                "birth",
                "birth_check",
                "sex",
            ),
            "composite",
        ),
    ),
)
_BY_LENGTH = {30: (TD1,), 36: (MRV_B, FRA_ID, TD2), 44: (MRV_A, TD3)}
LENGTHS = tuple(_BY_LENGTH)


# The kind letters that open an identity card's or a residence permit's zone.
CARD_KINDS = frozenset("IAC")


def layout_for(first_line: str, length: int) -> Layout | None:
    """The format whose lines have this length and whose first line starts like this one (letters already
    read as letters): V for visas, P for passports, I, A or C for identity cards and permits."""
    for layout in _BY_LENGTH[length]:
        if layout is FRA_ID and first_line.startswith("IDFRA"):
            return layout
        if layout.format.startswith("MRV") and first_line[0] == "V":
            return layout
        if layout in (TD1, TD2) and first_line[0] in CARD_KINDS:
            return layout
        if layout is TD3 and first_line[0] == "P":
            return layout
    return None
