"""Find identifiers in page text that OCR may have garbled: V-numbers, names, dates of birth."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from validator.model import Box, Word

# What OCR reads for each digit in a stamp or a handwritten number.
_LOOKALIKES = {
    "0": "0OoDQ",
    "1": "1Il|i!",
    "2": "2Zz",
    "3": "3",
    "4": "4A",
    "5": "5Ss",
    "6": "6Gb",
    "7": "7T",
    "8": "8B",
    "9": "9gq",
}
_TO_DIGIT = {ch: digit for digit, chars in _LOOKALIKES.items() for ch in chars}
_SEP = r"[ .\-·,]?"
_SEPARATORS = re.compile(r"[ .\-·,]")
_DIGITISH = "[" + re.escape("".join(_TO_DIGIT)) + "]"
_LABELS = {
    "v_number": r"V\s*[-.]?\s*(?:nummer|nr|no)\b\.?|\bVNR\b|\bVnr\b",
    "client_number": r"klant\s*[-.]?\s*(?:nummer|nr)\b\.?",
}
NUMBER_KINDS = tuple(_LABELS)
# Before a number, the label as OCR reads it off a stamp or a hand ("V-nummee", "V-nunmer", "V-ne.", "Vane:" for
# "V-nr:"): the digits that must follow keep a loose word from being taken for the label, and a short word
# with a colon counts only before a number that is no telephone number (those begin with 0). A hand's "V-nummer"
# may come with a stray letter OCR read in its first stroke ("YV-nummec"), and its "Vnr" as "Vor" or "Ver": a
# word that short is a label only before ten digits that are no telephone number; one letter longer ("Vene" for a
# stamp's "V-nr": thirty-sixth ind-med-vnum-02, read), only with its capital, as no sentence's "voor" or "vast" is.
# A hand's "nummer" read with its first stroke as "r" ("V=rnner 1068747380", thirty-third ind-gen-vnum-01) counts
# likewise, after a dash or "=".
_NUMBER_LABELS = {
    "v_number": r"(?:\b|(?<=\b[a-z]))V\s*[-.=]?\s*n[a-z]{4,5}\b\.?|\bV\s*[-.]?\s*(?:nr|no|ne)\b\.?|\bVNR\b|\bVnr\b"
    r"|\bV[a-z]{1,4}\s*:(?=\s*[1-9])|\bV[a-z]{1,2}(?=\s+[1-9]\d{9}(?!\d))|\b(?-i:V)[a-z]{3}(?=\s+[1-9]\d{9}(?!\d))"
    r"|\bV\s*[-=]\s*r[a-z]{3,5}(?=\s*[:.=]?\s*[1-9]\d{9}(?!\d))"
    r"|\bV\s*[-=]?\s*(?P<hand>[a-z]{4,7})(?=\s*[:.=]?\s*[1-9](?: ?\d){9}(?!\d))",
    "client_number": r"klant\s*[-.]?\s*(?:n[a-z]{4,5}|nr)\b\.?",
}


# How many letters off "nummer" a hand's label, read before ten digits, may be, once the strokes of m and n
# are one letter: OCR reads a hand's m for n and n for m ("Vmunner 106874 7380" for "V-nummer 1068747380",
# thirty-eighth ind-gen-vnum-01, read after its blind run; a space OCR put between two of its digits).
_LABEL_EDITS = 2
_HUMPS = str.maketrans("m", "n")


# Latin letters that carry no accent Unicode can take off, spelt as a passport's zone spells them (ICAO 9303
# part 3, transliteration): Turkish "Yıldız" is YILDIZ.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"})


def top_lines(text: str, count: int) -> str:
    """The first `count` lines of the text that hold anything: what heads a page (a letterhead, a title)."""
    return "\n".join([line for line in text.splitlines() if line.strip()][:count])


def fold(text: str) -> str:
    """Lower case without accents, so that "Geboortedatum", "Février" and "Yıldız" match plain spellings."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return _nine_ter("".join(c for c in decomposed if not unicodedata.combining(c)).casefold())


# OCR reads the 9 of "9ter" as an S: "artikel Ster" (eleventh), "AANVRAAG STER - INTAKEFORMULIER" (twelfth). After
# a word naming the article or the application, "ster" is "9ter", of the same length.
# And "Antrag Ster", "application Ster" (fiftysecond, read: a rule's own twin of this mended into it).
_NINE_TER = re.compile(
    r"\b(artikel|article|art\.|aanvraag|demande|requete|verzoekschrift|antrag|application)(\s+)ster\b"
)


def _nine_ter(folded: str) -> str:
    return _NINE_TER.sub(r"\g<1>\g<2>9ter", folded)


def _digit_pattern(digits: str) -> str:
    # A labelled number may keep a letter OCR put for a digit and no look-alike stands for ("VNR. a699260246"):
    # it is matched as read.
    return _SEP.join(f"[{re.escape(_LOOKALIKES.get(d, d))}]" for d in digits)


def read_digits(raw: str) -> str:
    """Characters OCR reads for digits, turned back into the digits."""
    return "".join(_TO_DIGIT.get(ch, ch) for ch in raw)


def folded_letters(text: str) -> str:
    """The text's letters, folded and run together: what remains of a name or a label however OCR spaced and
    punctuated it ("Asressedelarsidenceetfeciveen", "MARTEZCLAIRE KANKU")."""
    return "".join(re.findall("[a-z]", fold(text)))


def fold_keeping_length(text: str) -> str:
    """fold(), character by character, so that positions in the folded text are positions in the original."""
    return _nine_ter("".join(map(_fold_char, text)))


@cache
def _fold_char(c: str) -> str:
    # Cached: a page's text is folded so character by character, over and over, from a few dozen characters.
    return f if len(f := fold(c)) == 1 else c


def numbers(text: str, length: int) -> list[str]:
    """Every number of exactly `length` digits on the page, with or without spaces, dots or dashes between its
    digits, whatever its label."""
    pattern = rf"(?<![0-9])(?:[0-9]{_SEP}){{{length - 1}}}[0-9](?![0-9])"
    return [_SEPARATORS.sub("", m.group()) for m in re.finditer(pattern, text)]


def misread_numbers(text: str, shortest: int, longest: int) -> list[str]:
    """Every run of `shortest` to `longest` characters OCR reads for digits, a digit among them, turned back into
    digits: a hand's number read partly as letters ("AGO7873869" for 4007873869)."""
    pattern = rf"(?<![\w|!])(?:{_DIGITISH}{_SEP}){{{shortest - 1},{longest - 1}}}{_DIGITISH}(?![\w|!])"
    runs = [_SEPARATORS.sub("", m.group()) for m in re.finditer(pattern, text)]
    return [read_digits(raw) for raw in runs if any(ch.isdigit() for ch in raw)]


def contains_number(text: str, digits: str) -> bool:
    """The number is on the page, with or without spaces, dots or dashes between digits."""
    return re.search(rf"(?<![0-9]){_digit_pattern(digits)}(?![0-9])", text) is not None


def _fewest_words(words: list[Word], holds: Callable[[list[Word]], bool], reach: int) -> Box | None:
    """The union of the boxes of the fewest consecutive words (at most `reach`) that together hold something."""
    return next(_runs(words, holds, reach), None)


def _runs(words: list[Word], holds: Callable[[list[Word]], bool], reach: int) -> Iterator[Box]:
    """Each place, in the words' order, where the fewest consecutive words (at most `reach`) hold something."""
    start = 0
    while start < len(words):
        end = next(
            (e for e in range(start + 1, min(start + reach, len(words)) + 1) if holds(words[start:e])), None
        )
        if end is None:
            start += 1
            continue
        while start + 1 < end and holds(words[start + 1 : end]):
            start += 1
        found = [w.box for w in words[start:end]]
        yield Box(
            min(b.x0 for b in found),
            min(b.y0 for b in found),
            max(b.x1 for b in found),
            max(b.y1 for b in found),
        )
        start = end


def number_box(words: list[Word], digits: str) -> Box | None:
    """Where on the page the number is written: the union of the fewest words that spell it."""
    return _fewest_words(
        words, lambda run: contains_number(" ".join(w.text for w in run), digits), len(digits)
    )


def text_box(words: list[Word], snippet: str) -> Box | None:
    """Where on the page a piece of its text stands: the union of the fewest consecutive words that hold it,
    however the words were split or spaced."""
    return next(_places(words, snippet), None)


def text_boxes(words: list[Word], snippet: str) -> list[Box]:
    """Every place on the page where a piece of its text stands: a form's field label under a heading that says
    the same words ("2. Adresse et élection de domicile" over "Élection de domicile ☐ …", twenty-eighth)."""
    return list(_places(words, snippet))


def match_box(words: list[Word], text: str, start: int, end: int) -> Box | None:
    """Where on the page the piece of its text from `start` to `end` stands: its snippet's place counted among
    the snippet's earlier occurrences in the text, not its first place. A certificate's patient's "Nom", under the
    doctor's "Nom et prénom" higher on the page, is placed at its own words (thirtieth be9ter-medcert-doctor-3)."""
    snippet = text[start:end]
    wanted = "".join(fold(snippet).split())
    if not wanted:
        return None
    earlier = "".join(fold(text[:start]).split()).count(wanted)
    found = list(_places(words, snippet))
    # The words hold fewer occurrences than the text where a text layer's words were split otherwise: the last is
    # the nearest.
    return found[min(earlier, len(found) - 1)] if found else None


def _places(words: list[Word], snippet: str) -> Iterator[Box]:
    wanted = "".join(fold(snippet).split())
    if not wanted:
        return iter(())
    # Each word folded once, not once for every run of words it is tried in (a certificate's headings are looked
    # for among all of a page's words).
    squeezed = {id(w): "".join(fold(w.text).split()) for w in words}
    return _runs(words, lambda run: wanted in "".join(squeezed[id(w)] for w in run), len(wanted))


@dataclass(frozen=True)
class LabelledNumber:
    label: str
    digits: str


def number_labels(text: str, kind: str) -> list[str]:
    """The labels of a kind of number on the page, as written ("V-nummer"), whatever follows them."""
    return [m.group(0) for m in re.finditer(_LABELS[kind], text, flags=re.IGNORECASE)]


def labelled_numbers(text: str, kind: str, length: int | None = 10) -> list[LabelledNumber]:
    """Numbers written after a label such as "V-nummer:", read through OCR look-alikes."""
    count = f"{{{length - 1}}}" if length else "{3,19}"
    pattern = rf"(?P<label>{_NUMBER_LABELS[kind]})\s*[:.=,]?\s*(?P<num>(?:{_DIGITISH}{_SEP}){count}{_DIGITISH})(?![0-9])"
    found = []
    for m in re.finditer(pattern, text, flags=re.IGNORECASE):
        raw = _SEPARATORS.sub("", m.group("num"))
        digits = read_digits(raw)
        # A hand's "nummer" OCR misread at its first letters ("V-ummec", "Venummee" before ten digits, thirty-fifth
        # ind-gen-vnum-03, read after its blind run) is a label as far as it is two letters off it; a word like it
        # ("Vanaf") is none.
        hand = m.groupdict().get("hand")
        if (
            hand
            and Levenshtein.distance(hand.lower().translate(_HUMPS), "nummer".translate(_HUMPS))
            > _LABEL_EDITS
        ):
            continue
        # A real number is mostly digits; a word after the label is not a number.
        if sum(ch.isdigit() for ch in raw) >= len(raw) - 2:
            found.append(LabelledNumber(m.group("label"), digits))
    return found


# "M'Mah", "N'Diaye": the machine-readable zone writes them MMAH, NDIAYE; a page may write either.
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def contains_name(text: str, name: str) -> bool:
    """Every part of the name is on the page; OCR may have got one letter wrong in a long part."""
    return all(_name_parts_found(text, name))


# How much a misread part of a name must still resemble what it was read as (rapidfuzz's ratio, 0–100): "Lawson"
# read for Lansana scores 62, "Sinn" for Sima 50; another name ("Janssens" for Ouali) 15.
RESEMBLES = 50


def contains_name_by_hand(text: str, name: str) -> bool:
    """The name written by hand on a line of the text, OCR having misread some of it: half its parts or more stand
    on the line as `contains_name` finds them, and every other part resembles a word of that line ("BALDÉ Lawson"
    for Lansana Baldé, "KASOMGO Suner" for Junior Kasongo; not "Samira Janssens" for Samira Ouali)."""
    parts = _name_parts(name)
    for line in text.splitlines():
        found = _name_parts_found(line, name)
        if not found or 2 * sum(found) < len(found):
            continue
        words = re.findall(r"\w+", fold(line))
        if all(ok or any(fuzz.ratio(part, w) >= RESEMBLES for w in words) for part, ok in zip(parts, found)):
            return True
    return False


def _name_parts(name: str) -> list[str]:
    """The parts of a name that count: two letters or more, folded, without apostrophes."""
    return [part for part in re.findall(r"\w+", _APOSTROPHE.sub("", fold(name))) if len(part) >= 2]


def _name_parts_found(text: str, name: str) -> list[bool]:
    """For each part of the name, whether it is in the text (one letter may be wrong in a part of five or more)."""
    folded = fold(text)
    words = set(re.findall(r"\w+", folded)) | set(re.findall(r"\w+", _APOSTROPHE.sub("", folded)))
    return [
        part in words
        or (len(part) >= 5 and any(one_edit(part, w) for w in words if abs(len(w) - len(part)) <= 1))
        for part in _name_parts(name)
    ]


def respellings(read: str, name: str) -> list[str]:
    """The words of `read` that contains_name() takes for a part of `name` only by forgiving one letter."""
    words = set(re.findall(r"\w+", fold(read)))
    return [
        w
        for part in re.findall(r"\w+", _APOSTROPHE.sub("", fold(name)))
        if len(part) >= 5 and part not in words
        for w in sorted(words)
        if abs(len(w) - len(part)) <= 1 and one_edit(part, w)
    ]


def one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@cache
def month_names() -> dict[int, tuple[str, ...]]:
    data = yaml.safe_load(
        resources.files("validator.data").joinpath("months.yaml").read_text(encoding="utf-8")
    )
    names: dict[int, set[str]] = {}
    for months in data.values():
        for number, spellings in enumerate(months, 1):
            names.setdefault(number, set()).update(spellings)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in names.items()}


def contains_date(text: str, day: dt.date) -> bool:
    """The date in any usual notation: 12-04-1985, 12.4.1985, 1985-04-12, 12 april 1985, 12 APR 1985."""
    folded = fold(text)
    d, m, y = day.day, day.month, day.year
    sep = r"\s*[-./]\s*"
    numeric = [rf"(?<!\d)0?{d}{sep}0?{m}{sep}{y}(?!\d)", rf"(?<!\d){y}{sep}0?{m}{sep}0?{d}(?!\d)"]
    months = "|".join(month_names()[m])
    # Passports print "12 APR/AVR 1985": a second month spelling may follow a slash.
    worded = rf"(?<!\d)0?{d}\.?\s*(?:{months})\.?(?:\s*/\s*[a-z]+\.?)?\s*{y}(?!\d)"
    return any(re.search(p, folded) for p in (*numeric, worded))
