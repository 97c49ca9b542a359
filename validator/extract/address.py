"""Belgian postal addresses: street, house number, optional box, four-digit postcode, municipality.

"Pachecolaan 44, 1000 Brussel", "Rue de la Loi 16 bte 3\n1000 Bruxelles",
"Kerkstraat 12A bus 4, B-2000 Antwerpen": the street and number may stand on
the line above the postcode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LETTER = r"A-Za-zÀ-ÖØ-öø-ÿ"
_STREET = rf"(?P<street>[{_LETTER}][{_LETTER}'’.\- ]{{1,60}}?)"
_NUMBER = rf"(?P<number>\d{{1,4}}(?:\s?[A-Za-z](?![{_LETTER}]))?)"
_BOX = r"(?:(?:[\s,]*(?:bus|boîte|boite|bte|bt|box|b\.)\s*|/)(?P<box>[0-9A-Za-z]{1,5}(?:\.\d{1,3})?))?"
_POSTCODE = r"(?:B\s?-\s?|BE\s?-\s?)?(?P<postcode>[1-9]\d{3})"
_MUNICIPALITY = (rf"(?P<municipality>[{_LETTER}][{_LETTER}'’\-]+"
                 rf"(?:[ \-](?:\(?[{_LETTER}][{_LETTER}'’\-]*\)?))*?)(?=\s*(?:$|[,;.(]|\n))")
# "woonachtig te", "domicilié à", … before the street are not part of it.
_LEAD_IN = r"(?:(?:woonachtig|wonende|verblijvend|domicilie|domicilié|domiciliée|résidant|residant|demeurant|wohnhaft)"\
           r"\s+(?:te|à|a|in)\s+)?"
_ADDRESS = re.compile(
    rf"(?:^|(?<=[:,;])|(?<=\s\s))[ \t]*{_LEAD_IN}{_STREET},?[ \t]+{_NUMBER}{_BOX}[ \t]*[,\-–]?[ \t]*\n?[ \t]*"
    rf"{_POSTCODE}[ \t]+{_MUNICIPALITY}",
    flags=re.MULTILINE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Address:
    street: str
    number: str
    box: str | None
    postcode: str
    municipality: str
    start: int
    end: int

    def __str__(self) -> str:
        box = f" bus {self.box}" if self.box else ""
        return f"{self.street} {self.number}{box}, {self.postcode} {self.municipality}"


def find_addresses(text: str) -> list[Address]:
    found = []
    for m in _ADDRESS.finditer(text):
        street = " ".join(m["street"].split())
        found.append(Address(street, m["number"].replace(" ", ""), m["box"], m["postcode"],
                             " ".join(m["municipality"].split()), m.start("street"), m.end()))
    return found
