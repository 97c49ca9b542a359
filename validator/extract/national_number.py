"""Belgian national register numbers (rijksregisternummer / numéro de registre national), checked by python-stdnum."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stdnum.be import nn
from stdnum.exceptions import ValidationError

from validator.textmatch import fold_keeping_length

# 85.07.30-033.28, 85073003328, 850730 033 28
_NUMBER = re.compile(r"(?<![\d.])(\d{2})[. ]?(\d{2})[. ]?(\d{2})\s*[ ./-]?\s*(\d{3})\s*[ ./-]?\s*(\d{2})(?![\d])")
_LABEL = re.compile(r"(?:rijksregister\w*|insz|identificatienummer|registre national|numero national|n[°o] national|"
                    r"nationaal nummer|nationaal registernummer|rijksregisternr|"
                    r"nationalregister\w*|national (?:register|registry) number|\bnn\b|\brrn\b)\W{0,20}$")


@dataclass(frozen=True)
class NationalNumber:
    digits: str
    valid: bool
    # Written after a label such as "Rijksregisternummer:"; an unlabelled invalid number is just some number.
    labelled: bool
    start: int
    end: int

    @property
    def formatted(self) -> str:
        return nn.format(self.digits)

    @property
    def birth_date(self) -> dt.date | None:
        try:
            return nn.get_birth_date(self.digits)
        except (ValidationError, ValueError):
            return None


def find_national_numbers(text: str) -> list[NationalNumber]:
    """Valid national register numbers, and labelled numbers of that shape that fail the checksum."""
    folded = fold_keeping_length(text)
    found = []
    for m in _NUMBER.finditer(text):
        digits = "".join(m.groups())
        labelled = _LABEL.search(folded[max(0, m.start() - 60):m.start()]) is not None
        valid = nn.is_valid(digits)
        if valid or labelled:
            found.append(NationalNumber(digits, valid, labelled, m.start(), m.end()))
    return found
