"""Belgian social security numbers (INSZ / NISS), checked by python-stdnum.

An INSZ is either the national register number (rijksregisternummer / numéro de registre national) of
someone registered in a Belgian municipality, or the BIS number the Crossroads Bank for Social Security
gives everyone else, applicants from abroad among them: the same 11 digits and checksum, the month of
birth raised by 20 or 40. Either one identifies the applicant, whatever the label before it says.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stdnum.be import ssn
from stdnum.exceptions import ValidationError

from validator.textmatch import fold_keeping_length

# 85.07.30-033.28, 85073003328, 850730 033 28
_NUMBER = re.compile(
    r"(?<![\d.])(\d{2})[. ]?(\d{2})[. ]?(\d{2})\s*[ ./-]?\s*(\d{3})\s*[ ./-]?\s*(\d{2})(?![\d])"
)
_LABEL = re.compile(
    r"(?:rijksregister\w*|insz|niss|bis[- ]?nummer|numero bis|n[°o] bis|identificatienummer|"
    r"registre national|numero national|n[°o] ?national|nationaal nummer|nationaal registernummer|"
    r"rijksregisternr|nationalregister\w*|national (?:register|registry) number|\bnn\b|\brrn\b)"
    # A label that offers the other number too: "Rijksregister- of OV-nummer", "Registre national ou n° SP",
    # "Registre national / SP".
    r"(?:\W{1,3}(?:of|ou|or|oder)(?:\s+[\w°.-]{1,14}){1,2}|\s*/\s*[\w°.-]{1,14}(?:\s+[\w°.-]{1,14})?)?"
    # Told in a sentence: "Son numéro de registre national est le 86.10.16-285.63" (twenty-ninth), "zijn
    # rijksregisternummer is 86.10.16-285.63".
    r"(?:\s+(?:est|is|luidt|lautet|was)(?:\s+(?:le|het|de|die))?)?"
    # An interview's record answers on the next line: "Q. N° national ou n° SP ?" / "R. 87.08.04-317.10".
    r"\W{0,20}(?:(?:r|a|antw|rep)\.\W{0,3})?$"
)


@dataclass(frozen=True)
class NationalNumber:
    digits: str
    valid: bool
    # Written after a label such as "Rijksregisternummer:", or opening with the holder's birth date; any other
    # invalid number is just some number.
    labelled: bool
    start: int
    end: int

    @property
    def kind(self) -> str | None:
        """ "nn" for a national register number, "bis" for a BIS number, None when it is neither."""
        return ssn.guess_type(self.digits)

    @property
    def formatted(self) -> str:
        return ssn.format(self.digits)

    @property
    def birth_date(self) -> dt.date | None:
        try:
            return ssn.get_birth_date(self.digits)
        except (ValidationError, ValueError):
            return None


def _birth_openings(birth: dt.date) -> list[str]:
    """The birth date as a national register or BIS number opens with it: its month raised by 0, 20 or 40."""
    return [f"{birth.year % 100:02d}{birth.month + raised:02d}{birth.day:02d}" for raised in (0, 20, 40)]


def _opens_with(digits: str, birth: dt.date | None) -> bool:
    """The number's first six digits are the birth date as a national register or BIS number writes it."""
    return birth is not None and digits[:6] in _birth_openings(birth)


def find_national_numbers(text: str, birth: dt.date | None = None) -> list[NationalNumber]:
    """Valid national register and BIS numbers, and numbers of that shape that fail the checksum where a label
    names them or they open with the holder's birth date: on a form's row of boxes, the label is a column's head
    away, read before its neighbours' ("Nationaliteit  Rijksregisternr.  Geslacht" / "SENEGALESE 610220 313 05 M",
    fortyfifth be9ter-personal-data-2, read after its blind run)."""
    folded = fold_keeping_length(text)
    found = []
    for m in _NUMBER.finditer(text):
        digits = "".join(m.groups())
        labelled = _LABEL.search(folded[max(0, m.start() - 60) : m.start()]) is not None or _opens_with(
            digits, birth
        )
        valid = ssn.is_valid(digits)
        if valid or labelled:
            found.append(NationalNumber(digits, valid, labelled, m.start(), m.end()))
    return found


# Digits of a number's birth date apart from the holder's that OCR's slips make; more is another date.
_SLIPS = 2


def misread_date(digits: str, birth: dt.date | None) -> bool:
    """`digits`, failing the checksum, open with the holder's birth date (as `_birth_openings`) but for a digit or two: a slip in
    reading it ("66051301933" read for a hand's "66052301933", born 23.05.1966: fortysixth be9ter-id-sufficiency-2,
    read, a false deficiency) as likely as in writing it, for a person to see. A number whose birth date is the
    holder's and whose checksum fails is wrong in its own digits."""
    if birth is None:
        return False
    apart = min(
        sum(a != b for a, b in zip(digits[:6], opening, strict=True)) for opening in _birth_openings(birth)
    )
    return 0 < apart <= _SLIPS
