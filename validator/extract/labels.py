"""Labels before a value ("Geboortedatum:", "Fait à", "Nationalité"), from validator/data/labels.yaml."""

from __future__ import annotations

import re
from functools import cache

from validator import yamlconfig
from validator.textmatch import fold


@cache
def phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """Any of the phrases, as whole words, in folded text, however the words are spaced. A "*" in a phrase stands
    for one word or none: the subject between a verb and its object ("kiest * woonplaats": "kiest hij
    woonplaats")."""
    # Longest first, so that "date de naissance" is taken whole rather than as "date".
    ordered = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    alternatives = "|".join(
        "".join(
            r"(?:\s+\w+)?" if w == "*" else (r"\s+" if i else "") + re.escape(w)
            for i, w in enumerate(p.split())
        )
        for p in ordered
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def words(group: str) -> frozenset[str]:
    """A group's labels in every language, folded."""
    data = yamlconfig.package_data("labels.yaml", "labels.schema.yaml")
    return frozenset(fold(p) for words in data[group].values() for p in words)


def pattern(group: str) -> re.Pattern[str]:
    return phrase_pattern(words(group))


def nearest(folded: str, end: int, groups: tuple[str, ...], reach: int) -> str | None:
    """The group of the label ending nearest before `end` (within `reach` characters); of two ending at the
    same place, the longer label's."""
    window_start = max(0, end - reach)
    window = folded[window_start:end]
    best: tuple[int, int, str] | None = None
    for group in groups:
        for m in pattern(group).finditer(window):
            rank = (m.end(), m.end() - m.start(), group)
            if best is None or rank[:2] > best[:2]:
                best = rank
    return best[2] if best else None


def after(folded: str, group: str) -> list[int]:
    """Where the text after each label of the group begins."""
    return [m.end() for m in pattern(group).finditer(folded)]


# What stands in a blank field: spaces, dots or dashes to write on, brackets of a box; the question mark of a
# field asked as a question ("Waar verblijft de aanvrager werkelijk?"); the asterisk of a required field
# ("Nationaliteit *", thirteenth); a dash OCR read doubled ("=", thirty-first).
# A comma too: between two labels of one line ("Nom, Prénom" over a blank line, thirty-ninth be9ter-medcert-doctor-3,
# read after its blind run: the comma answered the patient's name). A tilde too: a piece of a table's border under the
# label ("Nationaliteit" over "~—", its box left empty: fiftyfourth be9ter-personal-data-3, read after its blind run, a
# false all-clear).
_BLANK = re.compile(r"[\s._\-–—…:;,|\[\]()/?*=~]*")
# A full stop closing the line after a label, and words of a sentence before it on its line.
_CLOSES_SENTENCE = re.compile(r"[ \t]*\.[ \t]*(?=\n|$)")
_SENTENCE_BEFORE = re.compile(r"[^\W\d_]{2,}\W+[^\W\d_]{2,}\W+[^\W\d_]{2,}")
# A label may run on to its colon: "Naam en voornaam van de patiënt: …".
_RUN_ON = re.compile(r"[^\n:]{0,30}:")
# A label's own last words, where it names the country it asks about: "Verblijfsadres in België".
_LABEL_COUNTRY = re.compile(r"\s*(?:in|en)\s+(?:belgie|belgique|belgien|belgium)\s*:?\s*")
# Or on a line of its own, the label wrapped in its column, its country's name however misread: "2.1 Adresse de la
# résidence effective" over "en Belainue" (fortyfifth be9ter-address-2, read after its blind run).
_WRAPPED_COUNTRY = re.compile(r"\s*(?:in|en)\s+bel[a-z]{4,6}\s*:?\s*")
# What opens a form's next field before its label: its number or letter ("6. Gekozen woonplaats", "A/
# Historique", read "A! Historiek"), its number alone ("7 Rijksregisternr.", in a numbered badge: twenty-ninth) or
# its box to tick, as OCR reads one ("[1 Élection de domicile"), or its number within its section's ("2.2 Domicile
# élu", fortyfifth be9ter-address-2). What follows must still be a label: "4 april 1985" under "3 Geboortedatum" is
# its answer.
_FIELD_OPENER = re.compile(r"^(?:[a-z0-9]{1,2}\s*[./)!,]|\d{1,2}(?:\.\d{1,2})*|\[\s*\S?\s*\]?|[☐□])\s+")
# The label of a number's row, "N° national ou n° SP", read as the answer of a label left blank before it: not among
# the labels, as a form read in columns, its labels then its answers, then lost its number (seventh, 0402252).
NUMBER_FIELD = re.compile(r"[Nn][°º]\s")
# A line that is a field of its own, whatever its label: the form's next numbered item or question ("3. Depuis
# quand suivez-vous le patient ?", "3 Depuis quand …") or a few words before a colon ("Adresse (cabinet ou
# hôpital): Rue Blaes 122"). Below a number's label, such a line's digits are another field's answer.
_OWN_FIELD = re.compile(
    r"(?:\d{1,2}\s*[./)!]?\s+[^\W\d_]|[a-z]\s*[./)!]\s+[^\W\d_]|[^\W\d_][^\n:]{0,40}:|.*\?$)"
)
# How many lines of a lettered heading's shape make a form's sections (one such line may be an answer: "M Liberia").
_HEADINGS = 3
# A line of words that asks a question: a form's next field.
_QUESTION = re.compile(r"[^\W\d_][^\n\d?]{2,80}\?")
# A form's field number before its label: "7. Adres waar u echt woont", "12) Nationalité"; and at the start of any
# line, a field's or a section's.
_FIELD_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.)]\s+")
_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,2})\s*[.)][ \t]+", re.MULTILINE)


# A section's heading after its mark, a letter (or a letter and a digit) as OCR read the mark in the dark square it
# stands in ("E Sejour et courrier", "F3 Identité"), then a few words with no digit; not a word of one letter opening
# an answer ("à mon adresse", "y compris"). A number's headings are `_numbered_next`'s.
_LETTERED_HEADING = re.compile(
    r"(?![ayuo]\b)[^\W\d_]\d?[ \t]*[|.)]?[ \t]+[^\W\d_]{3,}(?:[ \t]+[^\W\d_]+){0,3}"
)


def _lettered_heading(folded: str, following: str) -> bool:
    """The line below a label is the next section's heading, not an answer: the form heads two sections more that
    way (thirty-fourth be9ter-personal-data-3: "Nationalité" left blank above "E Sejour et courrier", read)."""
    if not _LETTERED_HEADING.fullmatch(following.strip()):
        return False
    return sum(1 for line in folded.splitlines() if _LETTERED_HEADING.fullmatch(line.strip())) >= _HEADINGS


def _numbered_next(folded: str, opening: str, following: str) -> bool:
    """The line below a label of `folded` (`opening`: what stands before the label on its line) opens the form's next
    numbered field or section, not an answer: its number follows the label's own ("8. Adres voor de briefwisseling"
    under "7. Adres waar u echt woont"); or the form opens another line with the number before it, and words with no
    digit follow the number ("2. Verblijf" under "Geboorteland" left blank in a section "1. Aanvrager"; "7. Andere
    procedures", the other column's heading, under "Adres van de werkelijke verblijfplaats" left blank, the form
    numbering "6. Zorg in het land van herkomst" too: thirty-first be9ter-personal-data-1 and be9ter-address-2, read).
    A German date, "12. März 1990", has its year."""
    after = _FIELD_NUMBER.match(following)
    if after is None:
        return False
    number = int(after.group(1))
    this = _FIELD_NUMBER.fullmatch(opening + " ")
    if this is not None and number == int(this.group(1)) + 1:
        return True
    return not any(c.isdigit() for c in following[after.end() :]) and any(
        int(m.group(1)) == number - 1 for m in _LINE_NUMBER.finditer(folded)
    )


# A letter's numbered section, its heading run in before its first sentence: "1. Identité. L'identité est établie par
# le passeport …" under "DOMICILE ÉLU" left blank (fortyseventh be9ter-chosen-domicile-1, read after its blind run:
# the section's sentence, a date in it, taken for the domicile chosen). A heading of a few words without a digit,
# its full stop, then the sentence.
RUN_IN_HEADING = re.compile(r"\s*\d{1,2}\s*[.)°]\s+[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_'’-]+){0,3}\.[ \t]+\S")


# A form's hint in brackets after its label, "(straat, nr, postcode, gemeente)", "(rue, n°, code postal, commune)":
# printed with the label, no answer.
_HINT = r"\([^()\n]{0,60}\)"
HINT = re.compile(_HINT)
# The hint where the words looked at begin after the label's colon, its opening bracket cut off before them.
HINT_CUT = re.compile(rf"^[^()\n]{{0,60}}\)|{_HINT}")
# The hint ending the label's line ("7. Adres waar u echt woont (straat, nr, postcode, gemeente)").
LINE_HINT = re.compile(rf"[ \t]*{_HINT}[ \t:]*(?=\n|$)")

# Fields run together on one line, a dash apart: "Dr. Dubois - Numéro INAMI: - Grand'Rue 3, 6000 Charleroi"; or a
# semicolon ("psychiatre; Numéro INAMI —; 081 72 61 11", twenty-sixth). (A bar is as often a box's edge read before a
# hand's number.)
FIELD_SEPARATOR = re.compile(r"(?:^|\s)[-–—](?:\s|$)|;\s")
# What a label says in brackets of what its answer is: "Adresse (cabinet ou hôpital)".
_QUALIFIER = re.compile(r"\([^()\n]*\)")


def answer(
    folded: str,
    label: re.Pattern[str],
    fields: re.Pattern[str],
    shape: re.Pattern[str] | None = None,
    number: bool = False,
    ends: re.Pattern[str] | None = None,
) -> bool | None:
    """Whether a label in the (folded) text has an answer written after it: True when one occurrence does;
    False when every occurrence is followed by a blank, on its line and on the next line (which is empty or
    starts with another label of `fields`), which is evidence that the field was left empty; None when the
    label is not there, or stands in a row of labels above a line of answers, which is evidence of nothing.

    `shape`: what any answer to the field holds (a digit for a number); text without it is no answer but a
    stamp's or a signature's strokes read as letters ("RIZIV-nummer: | F"). `number`: the answer is a number, which
    stands before the next field on the label's line, and is no line below that is a field of its own; `ends`:
    the labels of other fields that may follow the number on its line, besides `fields`."""
    found = False
    for m in label.finditer(folded):
        opening = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _CLOSES_SENTENCE.match(folded, m.end()) and _SENTENCE_BEFORE.search(opening):
            # The label's word closes a sentence of prose ("sie besitzt die sierra-leonische Staatsangehörigkeit.",
            # thirty-third, read): what it says stands before it, no field is left blank after it.
            continue
        found = True
        run_on = _RUN_ON.match(folded, m.end())
        end_of_line = folded.find("\n", m.end())
        end_of_line = len(folded) if end_of_line < 0 else end_of_line
        rest = folded[run_on.end() if run_on and run_on.end() <= end_of_line else m.end() : end_of_line]
        if _LABEL_COUNTRY.fullmatch(rest):
            rest = ""
        below = (line for line in folded[end_of_line + 1 :].splitlines() if line.strip())
        following = next(below, "")
        if _WRAPPED_COUNTRY.fullmatch(following):
            following = next(below, "")
        answered_below = (
            bool(following)
            # Dots or an ellipsis to write on under the label: no answer ("GEBOORTEPLAATS" over "…", thirty-second
            # be9ter-personal-data-1, read).
            and not _BLANK.fullmatch(following)
            and not fields.match(_FIELD_OPENER.sub("", following.strip()))
            and not NUMBER_FIELD.match(following.strip())
            and not _numbered_next(folded, opening, following)
            and not RUN_IN_HEADING.match(following)
            # The form's next question ("Waar wil u uw post ontvangen?" under "Adres waar u werkelijk woont" left
            # blank on an OCMW's form, thirty-fifth be9ter-address-2, read): a line of words asking, no answer.
            and not _QUESTION.fullmatch(following.strip())
            and not _lettered_heading(folded, following)
            # The field's label again under its heading ("2. Adres van de effectieve verblijfplaats" over "Straat,
            # nummer, bus, postcode en gemeente", fiftieth be9ter-address-2, read): that line is judged as a label
            # of its own.
            and not label.search(following)
        )
        if number:
            rest, *beyond = FIELD_SEPARATOR.split(rest.strip(), maxsplit=1)
            others = [o.start() for p in (fields, ends) if p and (o := p.search(rest))]
            if others:
                if answered_below and _BLANK.fullmatch(
                    _QUALIFIER.sub(" ", fields.sub(" ", ends.sub(" ", rest) if ends else rest))
                ):
                    # Nothing but labels after it, lines under them: a row of labels over their answers ("RIZIV /
                    # INAMI Telefoon / Téléphone" over "1-81542-42-003 09 223 18 07", twenty-seventh be9ter-clean-09;
                    # "Nom et prénom / Numéro INAMI / Spécialité / Adresse (cabinet ou hôpital):" over the doctor's
                    # block, thirty-fifth, read after its blind run).
                    return None
                # Another field's label after it on its line ends the number's field: "Numéro INAMI Spécialité
                # infectiologue Téléphone / e-mail 02 535 31 11", a doctor's framed block read again as one line
                # (thirtieth be9ter-medcert-doctor-2: the phone number answered the empty INAMI number).
                rest, beyond = rest[: min(others)], [rest[min(others) :], *beyond]
            # Another field after it on the label's line ("Numéro INAMI: … … - Rue Saint-Léonard"): the line below
            # is that field's, run on (twenty-fifth).
            answered_below = (
                answered_below
                and not _OWN_FIELD.match(following.strip())
                and not any(b.strip() for b in beyond)
            )
        if fields.match(rest.strip()) and answered_below:
            # A row of labels ("Nationalité  Date de naissance") with their answers in columns on the line
            # below, which the page's text runs together: whose answer is there it cannot tell. The first such
            # row is the applicant's; a later one (a table of family members) says nothing of it.
            return None
        # "Naam  Voornaam" over "Geboortedatum  Nationaliteit": labels after labels, answered nowhere.
        if (
            not _BLANK.fullmatch(rest)
            and not _BLANK.fullmatch(fields.sub(" ", rest))
            and (shape is None or shape.search(rest))
        ):
            return True
        if answered_below and (shape is None or shape.search(following)):
            return True
        if _column_answered(folded, m.start(), fields):
            return None
    return False if found else None


# A column of labels: this many lines or more, each a label alone.
COLUMN = 3
# How many lines after the column its answers may begin (a section heading read between), and how long an
# answer's line is at most.
COLUMN_GAP = 3
COLUMN_ANSWER = 40


def _column_answered(folded: str, start: int, fields: re.Pattern[str]) -> bool:
    """The label stands in a column of labels whose answers OCR read as a column of short lines further on: a
    table read column by column ("Naam:" "Voornaam:" "Nationaliteit:" … then "BAH" "Kadiatou" "Guinese" …)."""
    lines = [line.strip() for line in folded.splitlines()]
    at = folded.count("\n", 0, start)
    label_only = [
        bool(line) and bool(fields.search(line)) and bool(_BLANK.fullmatch(fields.sub(" ", line)))
        for line in lines
    ]
    filled = [i for i, line in enumerate(lines) if line]
    if at not in filled:
        return False
    k = filled.index(at)
    first = last = k
    while first > 0 and label_only[filled[first - 1]]:
        first -= 1
    while last + 1 < len(filled) and label_only[filled[last + 1]]:
        last += 1
    if not label_only[at] or last - first + 1 < COLUMN:
        return False
    after = filled[last + 1 :]
    for skip in range(COLUMN_GAP + 1):
        run = after[skip : skip + COLUMN]
        if len(run) == COLUMN and all(
            len(lines[i]) <= COLUMN_ANSWER and not fields.search(lines[i]) for i in run
        ):
            return True
    return False


@cache
def label_phrases() -> frozenset[str]:
    """Every label of labels.yaml, of every group and language."""
    data = yamlconfig.package_data("labels.yaml", "labels.schema.yaml")
    return frozenset(p for group in data.values() for words in group.values() for p in words)


def any_label() -> re.Pattern[str]:
    """Every label of labels.yaml: what starts the next field of a form."""
    return phrase_pattern(label_phrases())
