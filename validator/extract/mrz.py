"""Machine-readable zones of passports, identity cards and visas (ICAO Doc 9303), read from page text.

The formats and where their fields stand are `mrz_formats`. OCR reads the filler `<` as `c`, `k`,
`«` or spaces, and mixes up letters and digits. The zone is cleaned up first; then each position
is read as what it can hold (a date holds digits only, a name letters only), and in fields that
mix both (document numbers) only O and 0 are swapped, the fewest that make the check digit agree.
A correction of a field under a check digit is kept only where that check digit and the composite
check digit both agree with it, and no other does as well; otherwise the zone is reported as it
was read, failing. Every correction made is listed
in `Mrz.corrections`. (The `mrz` package on PyPI checks zones but corrects nothing and is GPL;
the check digit is five lines.)
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from validator.extract.mrz_formats import FRA_ID, LENGTHS, Format, Kind, Layout, Position, layout_for

_WEIGHTS = (7, 3, 1)
_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
# What OCR reads for a letter where only letters can stand, and for a digit where only digits can.
_TO_LETTER = {"0": "O", "1": "I", "2": "Z", "4": "A", "5": "S", "6": "G", "7": "T", "8": "B"}
_TO_DIGIT = {
    "O": "0",
    "Q": "0",
    "D": "0",
    "I": "1",
    "L": "1",
    "Z": "2",
    "A": "4",
    "S": "5",
    "G": "6",
    "T": "7",
    "B": "8",
}
# Look-alikes tried where letters and digits both may stand (document numbers, optional data): O and Q
# for 0, and 0 for O. Only pairs whose values (A=10 … Z=35) differ by an even number are safe: the
# composite weighs a field as the field's own check does and counts its check digit once more, so a
# swap of odd difference could turn a check digit that is off by 5 into one both checks accept. I/1,
# S/5, B/8, Z/2 are therefore never swapped there, and G/6, L/1, K/< (differences of 10 or 20) change
# no check digit at all.
_SWAPS = {"O": "0", "Q": "0", "0": "O"}
# At most this many look-alikes are varied in one field (2^n tries).
_MAX_VARIED = 8
# A year this far ahead is an expiry date of the last century (visas of the 1990s).
_EXPIRY_REACH = 20


def check_digit(data: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; A=10 … Z=35; the filler < counts 0."""
    total = 0
    for i, ch in enumerate(data):
        value = int(ch) if ch.isdigit() else ord(ch) - 55 if "A" <= ch <= "Z" else 0
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


@dataclass(frozen=True)
class Correction:
    field: str
    read: str
    corrected: str

    def __str__(self) -> str:
        return f"{self.field}: read {self.read}, corrected to {self.corrected}"


@dataclass(frozen=True)
class Mrz:
    format: Format
    document_type: str
    issuer: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: dt.date | None
    sex: str | None
    expiry_date: dt.date | None
    # Per check digit (document_number, birth_date, expiry_date, optional_data, composite): whether it holds.
    checks: dict[str, bool] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()
    # The lines as read, before any correction.
    lines: tuple[str, ...] = ()
    # The check digits OCR read as no digit at all ("?" at the line's end): such a check could not be made.
    unreadable: frozenset[str] = frozenset()

    @property
    def valid(self) -> bool:
        return all(self.checks.values())

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.surname}".strip()


@dataclass(frozen=True)
class _Check:
    """A check digit resolved to positions in this zone. A long document number can be checked in two ways
    (`forms`): ICAO's, over the number alone, and the Belgian cards' of 2003 (PRADO BEL-BO-03003), over the
    number as printed, its filler included."""

    name: str
    forms: tuple[tuple[Position, ...], ...]
    digit: Position
    filler_when_empty: bool


Grid = list[list[str]]


def _clean(raw: str) -> str:
    line = raw.replace("«", "<<").replace("‹", "<").replace("»", "<<")
    line = re.sub(r"\s+", "", line)
    # A line's last character, a check digit on the lines that end with one, read as a bracket or a bar: the 1 a
    # font with serifs prints ("…<<<<<<]" for "…<<<<<<1": fiftythird be9ter-id-mrz-1, read after its blind run, the
    # composite not checked, no finding).
    line = re.sub(r"(?<=[<0-9])[\]|]$", "1", line)
    # Ordinary words after a whole line ("…<<<<<extrachars") are not part of it; fillers OCR read as letters
    # ("…<<<<<cccccccccccccc") are.
    run_on = re.fullmatch(r"(.*?)([a-z]{3,})", line)
    if run_on and len(run_on.group(1)) in LENGTHS and not _MISREAD_FILLERS.fullmatch(run_on.group(2)):
        line = run_on.group(1)
    # The zone is upper case only: a lower-case c or k is a misread filler.
    return re.sub(r"[ck]", "<", line).upper()


# A zone is written in capitals without spaces: a line with more lower-case letters than OCR misreads in a
# zone (c and k for fillers, i, l, o, z, s, b, g, q for digits) or more gaps is a line of ordinary text
# ("4. Medische voorgeschiedenis"), whatever its length. Words run on after the zone do not count.
_MAX_LOWER, _MAX_GAPS = 2, 4
_MISREAD_LOWER = frozenset("ckilozsbgq")


def _ordinary_text(raw: str) -> bool:
    zone = re.sub(r"[a-z]{3,}\s*$", "", raw.strip())
    return (
        sum(ch.islower() and ch not in _MISREAD_LOWER for ch in zone) > _MAX_LOWER
        or len(re.findall(r"\S\s+(?=\S)", zone)) > _MAX_GAPS
    )


def _candidates(text: str) -> list[tuple[int, str]]:
    """The lines that may be a zone's, cleaned up, each with its index among the text's lines."""
    lines = []
    for index, raw in enumerate(text.splitlines()):
        raw = _FILLER_TAIL.sub(lambda m: "<" * len("".join(m.group().split())), _STRAY_MARK.sub("", raw))
        if _ordinary_text(raw):
            # Unless its lower case is a run of fillers OCR read as letters ("<<<<<cccccccceccecec", "<e<eeeece"):
            # the zone has no lower case. Only then, so that a word run on after a whole line ("<<<<extrachars")
            # keeps its first letters.
            raw = _MISREAD_FILLERS.sub(lambda m: "<" * len(m.group()), raw)
            zone = _zone_after_words(raw) if _ordinary_text(raw) else raw
            if zone is None:
                continue
            raw = zone
        line = _clean(raw)
        foreign = sum(ch not in _ALPHABET for ch in line)
        # A character no zone holds (an OCR "?") is kept as such: its field then fails its check.
        if 26 <= len(line) <= 48 and foreign <= 2 and ("<" in line or sum(c.isdigit() for c in line) > 8):
            lines.append((index, "".join(ch if ch in _ALPHABET else "?" for ch in line)))
    return lines


# The first line of a zone however OCR spaced or garbled it, when its check digits fail or its lines did not all
# read ("P<MARAIT<BEN<HADDOU<<…", "IDBEL…<<<", "P<RU SMAGOMEDOVA<<KHADT SHAT <ccccceccece…"): the kind letter,
# the state's letters, and fillers among the names. A line of print never has the fillers.
_FIRST_LINE = re.compile(r"([PIACV])[A-Z<][A-Z<]{3}[A-Z0-9<]{10,}")
_FIRST_LINE_FILLERS = 4
_FIRST_LINE_CONTENT = 3
_MISREAD_FILLERS = re.compile(r"[cek<]{3,}")
# A line's end after a filler or a capital holding nothing but fillers, some read as c, e or k, with gaps between
# them, three at least: the names' trailing fillers OCR read apart ("P<MLIDIARRA<<BOUBACAR<<<<<< eee eee eee ec eee",
# fortysecond ind-med-expired-02, read after its blind run: the zone was lost, and the passport's expiry with it), the
# first one glued to the name ("GARBA<<TIBRAHIMe<<<<<e ee eee": a zone has no lower case). Print holds no filler.
_FILLER_TAIL = re.compile(r"(?<=[<A-Z])[ \t]*[cek<](?:[ \t]*[cek<]){2,}[ \t]*$")
_NOT_IN_A_ZONE = re.compile(r"[^A-Z0-9<]")
# A mark alone before a line, a space after it: the card's or the page's edge OCR read as "|" or "_" ("_ P<RWAHAKY…",
# "| PC48060052RWA…": fortyfourth be9ter-id-mrz-2, read, the zone lost). A zone's line starts with a letter.
_STRAY_MARK = re.compile(r"^\s*(?:[^\w\s<«‹]|_)+\s+(?=\S)")
_STRAY_MARKS = 2


# Words OCR read off the card's print or its edge before a zone's first line, on the same line ("woeraooraz
# IRNLDWX14091226<<<…", "MEISE soon. IRNLD…"): a residence card's zone is printed close to its other side.
_STRAY_WORDS = 2


def _zone_after_words(raw: str) -> str | None:
    """A zone's first line, unbroken, at the end of a line of words OCR read off the photo or the page's print
    beside it ("wig ti tHoëre EN P<TURDOGAN<<HASAN<HUSEYIN<<<…", twentyfirst's passport copied small in a corner of
    the sheet). Its fillers say it is the zone: a line of print has none."""
    last = raw.split()[-1] if raw.split() else ""
    found = _FIRST_LINE.fullmatch(last.upper())
    return last if found and len(last) >= min(LENGTHS) and last.count("<") >= _FIRST_LINE_FILLERS else None


def first_line_kind(raw: str) -> str | None:
    """The document kind letter (P passport, I/A/C card, V visa) of a line that looks like a zone's first line,
    after at most a word or two OCR read before it. A mark of punctuation alone is no word ("MEDISCHE BEHANDELING ‘
    IRNLD…", a card's print and a speck before its zone, twenty-second)."""
    words = [w for w in raw.split() if any(c.isalnum() or c == "<" for c in w)]
    for stray in range(min(_STRAY_WORDS, len(words) - 1) + 1):
        line = "".join(words[stray:]).replace("«", "<<").replace("‹", "<")
        # Some filler OCR read as one: a sentence's "eke"s make none ("verzoeker een machtiging tot verblijf toe
        # te kennen"). Past a stray word, what is left is the zone as printed, in capitals: not a form's line of
        # words ("Ne ae ae a 1 Persoonsgegevens ag ee ee").
        if "<" not in line or (stray and any(ch.islower() for ch in _MISREAD_FILLERS.sub("", line))):
            continue
        line = _MISREAD_FILLERS.sub(lambda m: "<" * len(m.group()), line)
        # A zone holds letters, digits and fillers only: a mark or two OCR read in it are letters misread ("P<GMBJOBE<<A)
        # Ikecec<…" for "P<GMBJOBE<<AJI<<…", thirty-fifth ind-hnt-clean-04, read after its blind run: past the first
        # word, a card's "I"). Many are a photo's or a guilloche's noise read as a line ("poceszo@ i ee , ey , : ‘ae }
        # | …" over a passport's second line, thirty-first ind-med-meddocs-01: a passport's first line).
        zone, marks = _NOT_IN_A_ZONE.subn("", line.upper())
        found = _FIRST_LINE.fullmatch(zone) if marks <= _STRAY_MARKS else None
        # After the kind and the state, a name or a document's number: a run of fillers alone is a photo's or a
        # desk's stripes read so ("A<<<<<<<<<<<<<<<<<<<<<<" over a passport's zone, thirty-sixth ind-hnt-inburg-01,
        # read: the passport taken for a card, "no passport").
        content = sum(c.isalnum() for c in zone[5:])
        if (
            found
            and line.count("<") >= _FIRST_LINE_FILLERS
            and "<<" in line
            and content >= _FIRST_LINE_CONTENT
        ):
            return found.group(1)
    return None


def _length_class(line: str) -> int:
    return 30 if len(line) <= 33 else 36 if len(line) <= 39 else 44


def _short_first(first: str, second: str) -> bool:
    """A passport's or a visa's first line read short, its names' trailing fillers partly lost ("P<SURPINAS<<RUDIE<<<<<<
    <<<<<<<<" for 44 characters, a passport photographed askew, twenty-seventh), above a second line of a longer
    format: it is padded to that length, as a zone's line ends in fillers."""
    return _length_class(second) > _length_class(first) and first.endswith("<<")


def find_mrz(text: str, today: dt.date | None = None) -> list[Mrz]:
    """Every machine-readable zone in the page text, read, with its check digits (holding or not)."""
    return [zone for zone, _, _ in _zones(text, today or dt.date.today())]


def _zones(text: str, today: dt.date) -> list[tuple[Mrz, Layout, list[int]]]:
    """Each zone in the text with its layout and the indices of the text's lines it was read from."""
    candidates = _candidates(text)
    lines = [line for _, line in candidates]
    found: list[tuple[Mrz, Layout, list[int]]] = []
    i = 0
    while i < len(lines):
        short = i + 1 < len(lines) and _short_first(lines[i], lines[i + 1])
        length = _length_class(lines[i + 1]) if short else _length_class(lines[i])
        count = 3 if length == 30 else 2
        group = lines[i : i + count]
        layout = _layout(lines[i], length)
        # The issuing state is letters: a first line with digits there is some other line.
        if (
            layout
            and len(group) == count
            and all(_length_class(x) == length for x in group[1:])
            and (_length_class(group[0]) == length or short)
            and sum(ch.isdigit() for ch in lines[i][2:5]) <= 1
        ):
            zone = _read(layout, tuple(x[:length].ljust(length, "<") for x in group), today)
            order: tuple[int, ...] = tuple(range(count))
            if not zone.valid:
                zone, layout, order = _reordered(group, length, today) or (zone, layout, order)
            found.append((zone, layout, [candidates[i + k][0] for k in order]))
            i += count
        elif (
            len(group) == count
            and all(_length_class(x) == length for x in group)
            and (again := _reordered(group, length, today))
        ):
            # A zone's lines read out of their order, its first line not first ("7304280F…" or the names' line
            # above "IDSSD…"): where every check digit holds in another order, that is the zone.
            found.append((again[0], again[1], [candidates[i + k][0] for k in again[2]]))
            i += count
        elif layout is None and (cut := _cut_short(lines[i : i + 2], today)):
            found.append((cut[0], cut[1], [candidates[i][0], candidates[i + 1][0]]))
            i += 2
        else:
            i += 1
    return found


def _layout(first: str, length: int) -> Layout | None:
    """The format a line of this length opens, its kind and state read as letters."""
    return layout_for("".join(_TO_LETTER.get(ch, ch) for ch in first[:5]), length)


def _reordered(group: list[str], length: int, today: dt.date) -> tuple[Mrz, Layout, tuple[int, ...]] | None:
    """The zone's lines in another order than OCR read them, where every check digit holds in it: a photo of a card
    turned head down, its lines read bottom up ("AJITH<<NYAKUOTH<<<…" above "IDSSD…" and "7304280F…", fortyseventh
    be9ter-clean-06, read after its blind run: "fails its check digits", for a person to check). With the order
    the lines were read in, the zone is as read."""
    for order in itertools.permutations(range(len(group))):
        lines = tuple(group[k][:length].ljust(length, "<") for k in order)
        layout = _layout(lines[0], length)
        if order != tuple(range(len(group))) and layout is not None:
            zone = _read(layout, lines, today)
            if zone.valid:
                return zone, layout, order
    return None


# The checks a zone's two lines must hold, read short, for their end to be taken as lost: the fields a check digit
# covers before the expiry's.
_BEFORE_THE_END = ("document_number", "birth_date", "expiry_date")
_LONGER = (44, 36)


def _cut_short(group: list[str], today: dt.date) -> tuple[Mrz, Layout] | None:
    """A passport's or a visa's two lines both read short, their ends lost ("A7945315<8TKM8703031F2610243<<" for 44
    characters, fiftyfourth ind-hnt-expired-01, read: a passport copied with its zone's right end beyond the scan,
    the expired passport taken for no zone): no card's three lines of 30 open with P or V. Made up with fillers to a
    longer format of that kind, the zone is that one where the check digits of its number, birth and expiry dates
    hold (three digits holding by chance: one in a thousand); the check digits that stood in the lost end are not
    made."""
    if len(group) != 2:
        return None
    for length in _LONGER:
        layout = _layout(group[0], length)
        if layout is None or any(len(line) >= length for line in group):
            continue
        zone = _read(layout, tuple(line.ljust(length, "<") for line in group), today)
        if all(zone.checks.get(name) for name in _BEFORE_THE_END):
            digits = {c.name: layout.span(c.digit) for c in layout.checks}
            lost = {name for name, digit in digits.items() if digit.start >= len(group[digit.line])}
            return replace(zone, unreadable=zone.unreadable | lost), layout
    return None


def unsettled(text: str) -> bool:
    """Whether the text holds no zone, or one that fails its check digits: where the page has a band of zone
    fillers, it is read again."""
    zones = find_mrz(text)
    return not zones or any(not zone.valid for zone in zones)


# A band of zone read on its own, with only the zone's characters allowed, spells each character right more often
# than the page's reading but runs of fillers come out a few short or long ("FANTA<<<<<<<<<" for 27 of them).
# Runs are made up to the format's length in every way the line allows, at most this many readings a line.
_MAX_FITS = 64
# Shorter lines of the band are print beside the zone, not the zone.
_MIN_BAND_LINE = 10


def reread(text: str, reading: str, today: dt.date | None = None) -> str:
    """The page text with the lines of each zone that fails its check digits read as `reading` (its band read
    again) gives them: where the reading's lines, their filler runs made up to the format's length, hold every
    check digit of the same format, in one way only, and read the names as the page did. Only lines a check digit
    covers are taken from the reading. A zone that no way of reading holds stays as it was.

    Where the page's reading holds no zone at all (its lines broken apart, its fillers read as words), the zones of
    the reading that hold every check digit are added to the text: four or five check digits all holding are no chance
    reading."""
    day = today or dt.date.today()
    lines = text.splitlines()
    band = [_clean(raw) for raw in reading.splitlines()]
    band = [line for line in band if len(line) >= _MIN_BAND_LINE and set(line) <= _ALPHABET]
    zones = _zones(text, day)
    if not zones:
        found = [band[i] for zone, _, indices in _zones("\n".join(band), day) if zone.valid for i in indices]
        return "\n".join([text, *found]) if found else text
    for zone, layout, indices in zones:
        if zone.valid:
            continue
        checked = {
            p[0] for c in layout.checks for name in (*c.data, c.digit) for p in layout.span(name).positions
        }
        # The band may hold a line of print above or below the zone.
        windows = [band[i : i + len(indices)] for i in range(len(band) - len(indices) + 1)]
        ways = {
            held
            for window in windows
            if (held := _held(layout, zone.lines, window, checked, day))
            and _names_alike(layout, held, window, checked, day)
        }
        if len(ways) != 1:
            continue
        [held] = ways
        for i in sorted(checked):
            lines[indices[i]] = held[i]
    return "\n".join(lines)


def _names_alike(
    layout: Layout, held: tuple[str, ...], band: list[str], checked: set[int], today: dt.date
) -> bool:
    """Whether the band reads the names as the page did. No check digit covers them, so a zone whose numbers the
    band puts right but whose names the two readings give otherwise ("RANIACLINA", "RANIA<LINA") has names
    nothing confirms: taken for valid, it would vouch for a misread name. Round letters read for one another
    (O, Q, D) are alike."""
    as_band = tuple(
        line if i in checked else band[i][: layout.length].ljust(layout.length, "<")
        for i, line in enumerate(held)
    )
    first, second = _read(layout, held, today), _read(layout, as_band, today)
    return _round(first.name) == _round(second.name)


# Letters OCR takes for one another in a zone's print, whichever reading is right ("MAMADQU", "MAMADOU").
_ROUND = str.maketrans("QD", "OO")


def _round(name: str) -> str:
    return name.translate(_ROUND)


def _held(
    layout: Layout, first: tuple[str, ...], band: list[str], checked: set[int], today: dt.date
) -> tuple[str, ...] | None:
    """The one way of fitting the band's checked lines to the layout, beside the zone's other lines as `first`
    read them, that holds every check digit; or None."""
    ways = [
        _fits(line, layout.length) + _last_put_back(line, first[i], layout.length)
        if i in checked
        else [first[i]]
        for i, line in enumerate(band)
    ]
    held: dict[tuple[object, ...], tuple[str, ...]] = {}
    for lines in itertools.product(*ways):
        zone = _read(layout, lines, today)
        if zone.valid:
            fields = (zone.document_number, zone.nationality, zone.birth_date, zone.expiry_date, zone.sex)
            held[fields] = lines
    return next(iter(held.values())) if len(held) == 1 else None


def _last_put_back(line: str, page_line: str, length: int) -> list[str]:
    """The band's line ending in fillers short of the format, its last check digit lost with some of them
    ("ZN307096<9ZMB0309046F2709260<<<<<<<<<<", the composite gone), with the digit the page read there put back: the
    page misread the number ("7N307096"), the band the line's end (thirty-sixth ind-hnt-clean-03, read)."""
    if len(line) < length and line.endswith("<") and page_line[-1:].isdigit():
        return _fits(line + page_line[-1], length)
    return []


def _fits(line: str, length: int) -> list[str]:
    """The line with its filler runs made up to `length`: one run, or two, longer or shorter."""
    missing = length - len(line)
    if missing == 0:
        return [line]
    runs = [(m.start(), m.end()) for m in re.finditer("<+", line)]
    out = set()
    for start, end in runs:
        if missing > 0:
            out.add(line[:end] + "<" * missing + line[end:])
        elif end - start > -missing:
            out.add(line[:start] + "<" * (end - start + missing) + line[end:])
    if missing > 0:
        for (_, end1), (_, end2) in itertools.combinations(runs, 2):
            for k in range(1, missing):
                out.add(line[:end1] + "<" * k + line[end1:end2] + "<" * (missing - k) + line[end2:])
    return sorted(out)[:_MAX_FITS]


def _resolve(layout: Layout, lines: tuple[str, ...]) -> list[_Check]:
    checks = []
    for check in layout.checks:
        data = tuple(p for name in check.data for p in layout.span(name).positions)
        checks.append(
            _Check(check.name, (data,), layout.span(check.digit).positions[0], check.filler_when_empty)
        )
    if layout.long_number:
        long = _long_number(layout, lines)
        if long:
            checks = [long if c.name == "document_number" else c for c in checks]
    return checks


def _long_number(layout: Layout, lines: tuple[str, ...]) -> _Check | None:
    """ICAO 9303-5 and -6: a number of more than 9 characters has its first 9 in the number field, a filler
    where the check digit would be, and the rest at the start of the optional data, then its check digit."""
    filler = layout.span("number_check").positions[0]
    optional = layout.span(layout.long_number or "").positions
    if lines[filler[0]][filler[1]] != "<" or lines[optional[0][0]][optional[0][1]] == "<":
        return None
    run = list(itertools.takewhile(lambda p: lines[p[0]][p[1]] != "<", optional))
    head, rest = tuple(layout.span("number").positions), tuple(run[:-1])
    return _Check("document_number", (head + rest, head + (filler,) + rest), run[-1], False)


def _passes(grid: Grid, check: _Check, changes: dict[Position, str] | None = None) -> bool:
    """Whether the check digit agrees with its data, in the zone as it stands with `changes` made."""

    def at(p: Position) -> str:
        return changes[p] if changes and p in changes else grid[p[0]][p[1]]

    digit = at(check.digit)
    for form in check.forms:
        data = "".join(map(at, form))
        if not set(data) <= _ALPHABET:
            return False
        if digit == "<" and check.filler_when_empty and set(data) == {"<"}:
            return True
        if digit.isdigit() and check_digit(data) == digit:
            return True
    return False


def _kinds(layout: Layout, checks: list[_Check]) -> dict[Position, Kind]:
    kinds = {p: s.kind for s in layout.spans for p in s.positions}
    # A long number's check digit stands in the optional data.
    kinds.update({c.digit: "digits" for c in checks})
    return kinds


def _by_kind(grid: Grid, kinds: dict[Position, Kind]) -> Grid:
    """Each position read as what it can hold: digits where only digits stand, letters where only letters."""
    fixed = [row[:] for row in grid]
    for (line, col), kind in kinds.items():
        table = _TO_DIGIT if kind == "digits" else _TO_LETTER if kind == "letters" else {}
        fixed[line][col] = table.get(fixed[line][col], fixed[line][col])
    return fixed


def _variants(grid: Grid, check: _Check, kinds: dict[Position, Kind]) -> list[dict[Position, str]]:
    """The look-alike variants of a mixed field that its own check digit accepts, with the fewest swaps.

    The composite cannot choose between them: it weighs the field as the field's own check does."""
    form = check.forms[0]
    digit = grid[check.digit[0]][check.digit[1]]
    chars = [grid[line][col] for line, col in form]
    varied = [i for i, p in enumerate(form) if kinds[p] == "mixed" and chars[i] in _SWAPS][:_MAX_VARIED]
    for count in range(1, len(varied) + 1):
        found = []
        for indices in itertools.combinations(varied, count):
            swapped = chars[:]
            for i in indices:
                swapped[i] = _SWAPS[chars[i]]
            if set(swapped) <= _ALPHABET and check_digit("".join(swapped)) == digit:
                found.append({form[i]: swapped[i] for i in indices})
        if found:
            return found
    return []


def _like_neighbours(grid: Grid, changes: dict[Position, str]) -> bool:
    """Each swapped character stands beside one of its kind: a letter beside a letter, a digit beside a digit; or
    a letter has only letters, or nothing, before it on its line: an issuer's prefix to the number's digits
    ("O58007653", a Central African passport, its O read as 0 and the third 0 of equal weight: thirty-sixth
    ind-med-clean-04, read)."""
    for (line, col), ch in changes.items():
        row = grid[line]
        beside = [row[c] for c in (col - 1, col + 1) if 0 <= c < len(row) and row[c] != "<"]
        prefix = ch.isalpha() and all(c.isalpha() for c in row[:col])
        if not prefix and not any(b.isdigit() == ch.isdigit() for b in beside):
            return False
    return True


def _apply(grid: Grid, changes: dict[Position, str]) -> Grid:
    out = [row[:] for row in grid]
    for (line, col), ch in changes.items():
        out[line][col] = ch
    return out


def _restore(grid: Grid, read: Grid, positions: list[Position]) -> None:
    for line, col in positions:
        grid[line][col] = read[line][col]


def _confirmed(read: Grid, checks: list[_Check], kinds: dict[Position, Kind]) -> Grid:
    """The zone with every correction its check digits confirm, and the letters of letter-only fields."""
    grid = _by_kind(read, kinds)
    composite = next((c for c in checks if c.name == "composite"), None)
    options: list[list[dict[Position, str]]] = []
    for check in checks:
        if check is composite or _passes(grid, check):
            continue
        # Without a composite to confirm it, or with two ways of checking, a swap is not tried.
        variants = _variants(grid, check, kinds) if composite and len(check.forms) == 1 else []
        if variants:
            options.append(variants)
        else:
            _restore(grid, read, [*check.forms[0], check.digit])
    if composite is None:
        return grid
    combined = ({p: ch for swap in combo for p, ch in swap.items()} for combo in itertools.product(*options))
    agreeing = [changes for changes in combined if _passes(grid, composite, changes)]
    if len(agreeing) > 1:
        # Swaps at positions of equal weight satisfy both check digits alike ("0P0175064": O for the first 0 or
        # for the third). Issuers number with letters beside letters and digits beside digits ("OP0175064", a
        # Congolese passport), so only a swap that reads like its neighbours can break the tie.
        agreeing = [changes for changes in agreeing if _like_neighbours(grid, changes)]
    if len(agreeing) == 1:
        return _apply(grid, agreeing[0])
    # Unconfirmed (or confirmed twice over): only names and codes, which never hold digits, stay corrected.
    _restore(grid, read, [p for p, kind in kinds.items() if kind != "letters"])
    return grid


def _corrections(layout: Layout, checks: list[_Check], read: Grid, final: Grid) -> tuple[Correction, ...]:
    groups = [(s.name, s.positions) for s in layout.spans if s.kind == "letters"]
    for check in checks:
        if check.name != "composite":
            groups.append((check.name, list(check.forms[0])))
        groups.append((f"{check.name} check digit", [check.digit]))
    out = []
    for name, positions in groups:
        before = "".join(read[line][col] for line, col in positions)
        after = "".join(final[line][col] for line, col in positions)
        if before != after:
            out.append(Correction(name.replace("_", " "), before.rstrip("<"), after.rstrip("<")))
    return tuple(out)


def _read(layout: Layout, lines: tuple[str, ...], today: dt.date) -> Mrz:
    checks = _resolve(layout, lines)
    kinds = _kinds(layout, checks)
    read = [list(line) for line in lines]
    grid = _confirmed(read, checks, kinds)

    def span(name: str) -> str:
        return "".join(grid[line][col] for line, col in layout.span(name).positions)

    number_check = next(c for c in checks if c.name == "document_number")
    number = "".join(grid[line][col] for line, col in number_check.forms[0])
    if layout is FRA_ID:
        surname, given = _words(span("surname")), _words(span("given_names"))
        # The card is issued to French nationals only; its zone does not repeat the nationality.
        nationality, expiry = "FRA", None
    else:
        surname, given = _names(span("names"))
        nationality, expiry = span("nationality").strip("<"), _date(span("expiry"), today, birth=False)
    sex = span("sex")
    return Mrz(
        layout.format,
        span("code").strip("<"),
        span("issuer").strip("<"),
        number.rstrip("<"),
        surname,
        given,
        nationality,
        _date(span("birth"), today, birth=True),
        sex if sex in "MFX" else None,
        expiry,
        {c.name: _passes(grid, c) for c in checks},
        _corrections(layout, checks, read, grid),
        lines,
        frozenset(
            c.name for c in checks if not grid[c.digit[0]][c.digit[1]].isdigit() and not _filler(grid, c)
        ),
    )


def _filler(grid: Grid, check: _Check) -> bool:
    """A check digit left as filler over an empty field, as ICAO allows for the optional data."""
    return check.filler_when_empty and grid[check.digit[0]][check.digit[1]] == "<"


def _names(raw: str) -> tuple[str, str]:
    """Surname and given names: the surname ends at the first "<<", the given names at the next; what
    follows is filler, whatever OCR made of it."""
    surname, _, rest = raw.partition("<<")
    return _words(surname), _words(rest.split("<<")[0])


def _words(raw: str) -> str:
    return " ".join(raw.replace("<", " ").split())


def _date(raw: str, today: dt.date, birth: bool) -> dt.date | None:
    if not raw.isdigit():
        return None
    yy, mm, dd = int(raw[0:2]), int(raw[2:4]), int(raw[4:6])
    # Birth dates are in the past; expiry dates within a passport's life of today.
    if birth:
        year = 1900 + yy if yy > today.year % 100 else 2000 + yy
    else:
        year = 2000 + yy if 2000 + yy <= today.year + _EXPIRY_REACH else 1900 + yy
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None
