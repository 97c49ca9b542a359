"""Dates in page text, in words (NL/FR/DE/EN) and in numbers, and which of them is the document's own date.

A regular expression over the month table of `validator/data/months.yaml`,
not dateparser: dateparser's `search_dates` turns durations ("12 maanden",
"6 mois") and lone years into dates, and a document's text is full of both.
Only complete dates (day, month and year) are found.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from dateutil.relativedelta import relativedelta

from validator.extract import labels
from validator.textmatch import fold_keeping_length, month_names

# How far before a date (characters) a label such as "Datum:" may stand.
LABEL_REACH = 60


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    text: str


@cache
def _patterns() -> list[re.Pattern[str]]:
    names = month_names()
    months = "|".join(sorted({n for spellings in names.values() for n in spellings}, key=len, reverse=True))
    return [
        # 2026-11-06, 2026/11/06
        re.compile(r"(?<![\d./-])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d])"),
        # 06/11/2026, 6.11.2026, 06-11-26; and a handwritten year of this century or the last that OCR read with a gap
        # in it ("19/06/2 026": fortythird be9ter-medcert-age-2, read, whose certificate's date was not found), not a
        # two-digit year before a time ("12/09/08 04:23")
        re.compile(
            r"(?<![\d./-])(?P<d>\d{1,2})\s*(?P<s>[./-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*"
            r"(?P<y>\d{4}|[12] [09]\d{2}|(?:19|20) \d{2}(?!:)|(?:19|20)\d \d|\d{2})(?![\d]|[./-]\d)"
        ),
        # 6 november 2026, 1er novembre 2026, 6. November 2026, 6 nov. 2026, 12 APR/AVR 1985, 12-Mär-2014; and a
        # passport's month in its state's language before the English one: 27 AĞU/AUG 2026, 10 ARA/DEC 1960
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:\.|er|e|ste|de|st|nd|rd|th)?(?:\s*|-)(?:de\s+|of\s+)?(?:[a-z]{{2,5}}\.?\s*/\s*)?"
            rf"(?P<mn>{months})\b\.?(?:\s*/\s*[a-z]+\.?)?(?:,?\s*|-)(?P<y>\d{{4}})(?!\d)"
        ),
        # November 6, 2026
        re.compile(rf"\b(?P<mn>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"),
        # "1er août 2026" as OCR reads its "1": "ler", "Ier", "|er" (twenty-ninth's certificate dated "ler août 2026")
        re.compile(rf"(?<![\w|])(?P<d>[li|])er\s+(?P<mn>{months})\b\.?,?\s+(?P<y>\d{{4}})(?!\d)"),
    ]


@cache
def _month_number() -> dict[str, int]:
    return {name: number for number, spellings in month_names().items() for name in spellings}


@cache
def _month_and_year() -> re.Pattern[str]:
    months = "|".join(re.escape(n) for n in sorted(_month_number(), key=len, reverse=True))
    return re.compile(rf"\b(?P<mn>{months})\.?\s+(?P<y>\d{{4}})\b")


def months_named(folded: str) -> list[tuple[int, int]]:
    """(month, year) of every month written with its year in folded text ("in april 2027"), with or without
    a day before it."""
    return [(_month_number()[m["mn"]], int(m["y"])) for m in _month_and_year().finditer(folded)]


def _year(raw: str) -> int:
    raw = raw.replace(" ", "")
    if len(raw) == 4:
        return int(raw)
    # Two-digit years: the next ten years are this century, the rest the last.
    pivot = (dt.date.today().year + 10) % 100
    return 2000 + int(raw) if int(raw) <= pivot else 1900 + int(raw)


def find_dates(text: str) -> list[FoundDate]:
    """Every complete, real calendar date in the text, in the order they appear."""
    folded = fold_keeping_length(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for m in pattern.finditer(folded):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            month = _month_number()[m["mn"]] if "mn" in m.groupdict() else int(m["m"])
            try:
                day = dt.date(_year(m["y"]), month, int(m["d"]) if m["d"].isdigit() else 1)
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            found.append(FoundDate(day, m.start(), m.end(), text[m.start() : m.end()]))
    return sorted(found, key=lambda f: f.start)


def label_of(text: str, date: FoundDate) -> str | None:
    """What the nearest label before the date says it is: "document_date" (drawn up, signed, issued),
    "birth_date" or "other_date" (validity, a period); None when no label stands within reach."""
    return labels.nearest(
        fold_keeping_length(text), date.start, ("document_date", "birth_date", "other_date"), LABEL_REACH
    )


def birth_dates(text: str) -> list[FoundDate]:
    """Dates labelled as a birth date ("geboren op", "né le", "Geburtsdatum", "date of birth")."""
    return [d for d in find_dates(text) if label_of(text, d) == "birth_date"]


# The years an identity document is issued for: its expiry is the issue date that many years on, or a day before.
_VALIDITY_YEARS = (5, 10)


def expiry_dates(text: str) -> list[FoundDate]:
    """Dates labelled as an identity document's expiry ("Date of expiry / Date d'expiration"), the issue date
    printed beside it under the same row of labels among them: the expiry is the latest. And, whatever OCR made
    of the labels ("Gregor Tar | Due of muy", fifteenth), a date five or ten years after another on the page, or
    a day less: the pair is the issue and the expiry, each vouching for the other."""
    folded = fold_keeping_length(text)
    found = find_dates(text)
    issued = {d.date for d in found}
    return [
        d
        for d in found
        if labels.nearest(folded, d.start, ("expiry_date", "birth_date"), LABEL_REACH) == "expiry_date"
        or any(
            d.date + dt.timedelta(days=less) - relativedelta(years=years) in issued
            for years in _VALIDITY_YEARS
            for less in (0, 1)
        )
    ]


def document_date(text: str, births: frozenset[dt.date] = frozenset()) -> FoundDate | None:
    """The date the document itself carries (drawn up, signed, issued), not a birth date or a period.

    A date labelled as the document's own wins; otherwise an unlabelled one; a date labelled as
    something else (born on, valid until, since) never, nor one of `births` however labelled (a patient's
    "Gul Sadat, 24/10/1978" on the name's line). Of equals, the last: the signature comes last.
    """
    best: tuple[int, int, FoundDate] | None = None
    for found in find_dates(text):
        label = label_of(text, found)
        if label not in (None, "document_date") or found.date in births:
            continue
        rank = (1 if label else 0, found.start, found)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None
