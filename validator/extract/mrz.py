"""The machine-readable zone of passports (TD3, 2 × 44) and ID cards (TD1, 3 × 30), ICAO Doc 9303.

OCR reads the filler `<` as `c`, `k`, `K`, `«` (two of them) or spaces, and
mixes up O and 0 in number fields. The zone is cleaned up first; where a
field is protected by a check digit, look-alike characters are tried until
the check digit agrees, so a correction is only kept when the zone itself
confirms it. (The `mrz` package on PyPI checks zones but corrects nothing,
has not been released since 2020 and is GPL; the check digit is five lines.)
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from validator.textmatch import read_digits

_WEIGHTS = (7, 3, 1)
# Letters OCR reads for digits and back, in fields that may hold both (document numbers).
_TO_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "6": "G", "8": "B"}
_SWAP = {**_TO_LETTER, "O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "G": "6", "B": "8",
         "K": "<"}
# At most this many ambiguous characters are varied in one field (2^n tries).
_MAX_VARIED = 8
_MRZ_CHARS = re.compile(r"^[A-Z0-9<]+$")


def check_digit(data: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; A=10 … Z=35; the filler < counts 0."""
    total = 0
    for i, ch in enumerate(data):
        value = int(ch) if ch.isdigit() else ord(ch) - 55 if "A" <= ch <= "Z" else 0
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


def _check_ok(data: str, digit: str) -> bool:
    # An empty optional field may carry < instead of 0 as its check digit.
    return check_digit(data) == ("0" if digit == "<" else digit)


@dataclass(frozen=True)
class Mrz:
    format: Literal["TD1", "TD3"]
    document_type: str
    issuer: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: dt.date | None
    sex: str | None
    expiry_date: dt.date | None
    # Check digit per field: document_number, birth_date, expiry_date, (optional_data,) composite.
    checks: dict[str, bool] = field(default_factory=dict)
    # OCR noise was corrected (and the check digits confirmed the correction).
    corrected: bool = False
    lines: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        return all(self.checks.values())

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.surname}".strip()


def _clean(line: str) -> str:
    line = line.replace("«", "<<").replace("‹", "<").replace("»", "<<")
    line = re.sub(r"\s+", "", line)
    # The zone is upper case only: a lower-case c or k is a misread filler.
    line = re.sub(r"[ck]", "<", line)
    return line.upper()


def _fit(line: str, length: int) -> str:
    """Trailing filler is what OCR most often miscounts: pad or trim it to the line length."""
    if len(line) < length:
        return line + "<" * (length - len(line))
    if len(line) > length and set(line[length:]) <= {"<", "K"}:
        return line[:length]
    return line


def _candidates(text: str) -> list[str]:
    lines = []
    for raw in text.splitlines():
        line = _clean(raw)
        if 26 <= len(line) <= 48 and _MRZ_CHARS.match(line) and ("<" in line or sum(c.isdigit() for c in line) > 8):
            lines.append(line)
    return lines


def find_mrz(text: str, today: dt.date | None = None) -> list[Mrz]:
    """Every MRZ in the page text, parsed, with its check digits (valid or not)."""
    lines = _candidates(text)
    found: list[Mrz] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line[0] == "P" and i + 1 < len(lines) and 40 <= len(line) <= 48 and 40 <= len(lines[i + 1]) <= 48:
            found.append(_td3(_fit(line, 44), _fit(lines[i + 1], 44), today or dt.date.today()))
            i += 2
        elif line[0] in "IAC" and i + 2 < len(lines) and all(26 <= len(x) <= 34 for x in lines[i:i + 3]):
            found.append(_td1(*(_fit(x, 30) for x in lines[i:i + 3]), today or dt.date.today()))
            i += 3
        else:
            i += 1
    return found


def _letters(raw: str) -> str:
    return "".join(_TO_LETTER.get(ch, ch) for ch in raw)


def _confirmed(raw: str, digit: str) -> tuple[str, bool]:
    """The field as written, or the nearest look-alike variant its check digit confirms; and whether it changed."""
    if _check_ok(raw, digit):
        return raw, False
    ambiguous = [i for i, ch in enumerate(raw) if ch in _SWAP][:_MAX_VARIED]
    for count in range(1, len(ambiguous) + 1):
        for positions in itertools.combinations(ambiguous, count):
            chars = list(raw)
            for i in positions:
                chars[i] = _SWAP[chars[i]]
            variant = "".join(chars)
            if _check_ok(variant, digit):
                return variant, True
    return raw, False


def _date(raw: str, today: dt.date, birth: bool) -> dt.date | None:
    try:
        yy, mm, dd = int(raw[0:2]), int(raw[2:4]), int(raw[4:6])
    except ValueError:
        return None
    # Birth dates are in the past; expiry dates in this century.
    year = 1900 + yy if birth and yy > today.year % 100 else 2000 + yy
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


def _names(raw: str) -> tuple[str, str]:
    # A K between fillers, or trailing, is a misread filler too.
    raw = re.sub(r"(?<=<)K+(?=<)", lambda m: "<" * len(m.group()), raw)
    raw = re.sub(r"[<K]*$", "", raw) if re.search(r"<[<K]{2,}$", raw) else raw.rstrip("<")
    surname, _, given = raw.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _dated_field(raw: str, digit: str) -> tuple[str, str, bool]:
    """A numeric field and its check digit with look-alike letters read as digits; whether that changed anything."""
    fixed, fixed_digit = read_digits(raw), read_digits(digit)
    return fixed, fixed_digit, (fixed, fixed_digit) != (raw, digit)


def _td3(l1: str, l2: str, today: dt.date) -> Mrz:
    number, number_fixed = _confirmed(l2[0:9], read_digits(l2[9]))
    birth, birth_cd, birth_fixed = _dated_field(l2[13:19], l2[19])
    expiry, expiry_cd, expiry_fixed = _dated_field(l2[21:27], l2[27])
    optional, optional_fixed = _confirmed(l2[28:42], read_digits(l2[42]))
    composite_cd = read_digits(l2[43])
    composite = number + read_digits(l2[9]) + birth + birth_cd + expiry + expiry_cd + optional + read_digits(l2[42])
    checks = {
        "document_number": _check_ok(number, read_digits(l2[9])),
        "birth_date": _check_ok(birth, birth_cd),
        "expiry_date": _check_ok(expiry, expiry_cd),
        "optional_data": _check_ok(optional, read_digits(l2[42])),
        "composite": _check_ok(composite, composite_cd),
    }
    surname, given = _names(l1[5:44])
    corrected = number_fixed or optional_fixed or birth_fixed or expiry_fixed
    return Mrz("TD3", l1[0:2].rstrip("<"), _letters(l1[2:5]), number.rstrip("<"), surname, given,
               _letters(l2[10:13]), _date(birth, today, True), _sex(l2[20]), _date(expiry, today, False),
               checks, corrected and all(checks.values()), (l1, l2))


def _td1(l1: str, l2: str, l3: str, today: dt.date) -> Mrz:
    raw_number, number_cd, optional1 = l1[5:14], l1[14], l1[15:30]
    if number_cd == "<" and optional1.strip("<"):
        # Document numbers longer than 9 characters continue in the optional field, check digit last.
        extension = optional1.split("<")[0]
        raw_number, number_cd = raw_number + extension[:-1], extension[-1]
    number, number_fixed = _confirmed(raw_number, read_digits(number_cd))
    birth, birth_cd, birth_fixed = _dated_field(l2[0:6], l2[6])
    expiry, expiry_cd, expiry_fixed = _dated_field(l2[8:14], l2[14])
    if len(number) > 9:
        number_area = number[:9] + "<" + number[9:] + read_digits(number_cd)
    else:
        number_area = number + read_digits(number_cd)
    composite = (number_area + l1[5 + len(number_area):30]) + birth + birth_cd + expiry + expiry_cd + l2[18:29]
    checks = {
        "document_number": _check_ok(number, read_digits(number_cd)),
        "birth_date": _check_ok(birth, birth_cd),
        "expiry_date": _check_ok(expiry, expiry_cd),
        "composite": _check_ok(composite, read_digits(l2[29])),
    }
    surname, given = _names(l3)
    corrected = number_fixed or birth_fixed or expiry_fixed
    return Mrz("TD1", l1[0:2].rstrip("<"), _letters(l1[2:5]), number.rstrip("<"), surname, given,
               _letters(l2[15:18]), _date(birth, today, True), _sex(l2[7]), _date(expiry, today, False),
               checks, corrected and all(checks.values()), (l1, l2, l3))


def _sex(ch: str) -> str | None:
    return ch if ch in "MFX" else None
