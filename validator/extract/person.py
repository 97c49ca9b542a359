"""The identity elements a document shows: full name, place and date of birth, nationality.

From the machine-readable zone where there is one (its check digits vouch for
the birth date), otherwise from labelled values ("Nationaliteit: Marokkaanse",
"née le 12/04/1985 à Rabat").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from validator.extract import labels
from validator.extract.dates import FoundDate, birth_dates
from validator.extract.mrz import find_mrz
from validator.textmatch import fold, fold_keeping_length, one_edit

# A label may be followed by more words before its colon: "Naam en voornaam van de patiënt: …".
_TO_COLON = re.compile(r"[^\n:]{0,30}:")
# The value may stand on the next line: a sentence wraps after its label ("Il possède la nationalité\nmarocaine"),
# a form prints its answer under the label.
_VALUE = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_][^\n,;:()\d]{1,60})")
# "12/04/1985 à Rabat", "12 april 1985 te Rabat", "12. April 1985 in Rabat", "17.03.1970 at Diyarbakır"; on a line
# of its own under the date, capitalised ("Né(e) le 27.02.1993\nÀ Fès", a consulate's attestation); a place OCR read
# in lower case stands before its country in brackets ("te istanbul (Turkije)", the dotted capital İ read as i).
# Capitals include Latin Extended-A's (İstanbul, Łódź, Šiauliai).
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"
# The word after the date that says its place follows, capitalised where it opens a line of its own. OCR reads a
# typed "à" as "4" ("née le 7-11-1971 4 Nyeri (Kenya)", twenty-third).
_AT_PLACE = r"\s*,?\s*(?:[àÀaA4]|[tT]e|[iI]n|at)\s+"
_PLACE_AFTER_DATE = re.compile(
    rf"{_AT_PLACE}([{_CAPITAL}][\w'’\-]+(?:[ \-][{_CAPITAL}][\w'’\-]+)*|[^\W\d_][\w'’\-]+(?=\s*\())"
)

# After a label for both ("Geboortedatum en -plaats"), the place follows its date after a dash or a comma:
# "21.09.1978 — Kunduz (Afghanistan)", "12/04/1985, Rabat".
_PLACE_AFTER_DATE_LABELLED = re.compile(
    rf"\s*[,–—\-/]\s*([{_CAPITAL}][\w'’\-]+(?:[ \-][{_CAPITAL}][\w'’\-]+)*)"
)
# How far before the birth date its label for date and place may end: "Date et lieu de naissance :".
_DATE_PLACE_REACH = 30

# The place before the birth, in Dutch and German word order: "werd te Kisangani (Democratische Republiek Congo)
# geboren op 15/05/1999", "wurde in Aleppo geboren am"; the country may follow the place in brackets.
_PLACE_BEFORE_BORN = re.compile(
    rf"(?:\bte|\bin)\s+(?P<place>[{_CAPITAL}][\w'’\-]+(?:[ \-][{_CAPITAL}][\w'’\-]+)*)"
    r"(?:\s*\((?P<country>[^()\n]{2,60})\))?\s+(?:geboren|born)\s+(?:op|on|am)?\s*\Z"
)
# How far before its date a place told before the birth may begin.
PLACE_BEFORE_REACH = 120

# Any word after "à", "te", "in", "at": the place may be written in lower case, or read so; it is not left out.
_SOME_PLACE_AFTER_DATE = re.compile(rf"{_AT_PLACE}[^\W\d_]")

# How far after a birth label the country of birth may stand: "geboren te Kinshasa (Democratische Republiek
# Congo) op 14.07.1982".
COUNTRY_REACH = 90
# Words of country names that name no country on their own.
_GENERIC = frozenset(
    {
        # "Pays-Bas": "pays" is the word of the label "Lieu et pays de naissance".
        "pays",
        "land",
        "republiek",
        "republic",
        "republique",
        "republik",
        "democratische",
        "democratic",
        "democratique",
        "demokratische",
        "verenigde",
        "united",
        "unis",
        # The United Nations ("nations unies", "Vereinte Nationen") issue papers and are no nationality: "Muhimbili
        # National Hospital" states none (thirty-seventh be9ter-personal-data-3, read after its blind run).
        "nations",
        "nationen",
        "naties",
        "unies",
        "vereinte",
        "vereinigte",
        "islamitische",
        "islamic",
        "islamique",
        "islamische",
        "federale",
        "federal",
        "federation",
        "federatie",
        "kingdom",
        "koninkrijk",
        "royaume",
        "konigreich",
        "saint",
        "sint",
        "sankt",
        "sainte",
        "nieuw",
        "new",
        "nouvelle",
        "neu",
        "noord",
        "north",
        "nord",
        "zuid",
        "south",
        "sud",
        "west",
        "ouest",
        "oost",
        "east",
        "central",
        "centrale",
        "centraal",
        "equatoriaal",
        "guinea",
        "guinee",
        "eilanden",
        "islands",
        "iles",
        "inseln",
        "staten",
        "states",
        "etats",
        "staaten",
        "arabische",
        "arab",
        "arabe",
        "volksrepubliek",
        "people",
        "populaire",
        "kinshasa",
        "brazzaville",
    }
)


@cache
def _country_names() -> frozenset[str]:
    """Country names in Dutch, French, German and English (babel's territory names), folded, and their
    distinctive parts: "Congo" of "Congo-Kinshasa", so that "Democratische Republiek Congo" is found."""
    names: set[str] = set()
    for lang in ("nl", "fr", "de", "en"):
        for code, name in Locale(lang).territories.items():
            if not code.isalpha():
                continue
            folded = fold(name)
            names.add(folded)
            # Parts of a name joined by a hyphen or a bracket ("Congo-Kinshasa", "Congo (RDC)"), not every word
            # of a long one: "Régions éloignées de l'Océanie" gives no "regions".
            names.update(
                part
                for part in (p.strip() for p in re.split(r"[\-()]+", folded))
                if len(part) >= 4 and part not in _GENERIC
            )
    return frozenset(names | {"guinee", "guinea"})


@cache
def _countries() -> re.Pattern[str]:
    """Any country's name, its words apart by any space (a name wrapped over two lines: "Côte" / "d'Ivoire") and
    its apostrophe typed either way (babel writes "Côte d’Ivoire", a keyboard "Côte d'Ivoire")."""
    alternatives = "|".join(
        r"\s+".join(re.sub("['’]", "['’]", re.escape(word)) for word in name.split())
        for name in sorted(_country_names(), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


# The countries whose own nationals do not apply here: "l'État belge", "de Nederlandse Staat" state none.
_HOST = frozenset({"belg", "nede", "hollan"})
# Adjectives of nationality not spelled from their country's name's first letters, and the absence of one.
_OTHER_NATIONALITY_WORDS = frozenset(
    {
        "turc",
        "turcs",
        "iraans",
        "iraanse",
        "staatloos",
        "staatloze",
        "apatride",
        "apatrides",
        "stateless",
        "staatenlos",
        "staatenlose",
    }
)
# A label OCR misread by one letter ("natlonalite") still is one, in labels this long.
_LABEL_MISREAD = 8
# A label's head this long, the rest lost, still is one.
_LABEL_HEAD = 6


# How many first letters of a country's name its nationality's adjective shares, and the endings of names it
# drops ("Syrische" of Syrië, "Turkse" of Turkije).
_STEM = 5
_NAME_ENDING = re.compile(r"(?:ije|ie|e|a|o|en|land)$")


@cache
def _country_stems() -> frozenset[str]:
    """The first letters of the countries' names of one word, which their nationality's adjective shares
    ("Congolese", "Afghaanse", "Kameroense"), and also without the name's ending ("Syrische" of Syrië)."""
    stems: set[str] = set()
    # Every distinctive word of a name: "Palestijn" of "Palestijnse gebieden", "Congolais" of "République
    # démocratique du Congo".
    words = {w for name in _country_names() for w in re.findall(r"[a-z]{4,}", name) if w not in _GENERIC}
    # A name of one word is its own country's, generic as it is in others' names: "Guinee" of "Guinese"
    # (fifteenth), not only of "Guinee-Bissau" and "Papoea-Nieuw-Guinea".
    words |= {name for name in _country_names() if re.fullmatch(r"[a-z]{4,}", name)}
    for word in words:
        if not any(word.startswith(h) for h in _HOST):
            stems.add(word[:_STEM])
            bare = _NAME_ENDING.sub("", word)
            if len(bare) >= 4:
                stems.add(bare[:_STEM])
    return frozenset(stems)


# A word that begins a sentence is capitalised whatever it is ("Madame, Monsieur", "Service consulaire"); one
# within a sentence, or alone on its line as a form's or a passport's answer ("CONGOLAISE"), by what it is.
_TOLD_CAPITAL = re.compile(
    r"(?<![.!?:;\n]) ([A-Z\u00c0-\u00de][^\W\d_]{3,})|^[ \t]*([A-Z\u00c0-\u00de][^\W\d_]{3,})[ \t.]*$",
    re.MULTILINE,
)


# The nationality's adjective before its noun in a sentence, as Dutch and English write it, capitalised before the
# noun in lower case: "heeft de Guinese nationaliteit", "van Syrische nationaliteit", "of Congolese nationality",
# "is Ghanese onderdaan" (twentysecond), "a Ghanaian citizen". (A form's row of labels, "Voornaam Nationaliteit",
# writes the noun capitalised.)
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![^\W\d_])([A-ZÀ-Þ][a-zß-ÿ]{3,})[ \t]+(?:nationaliteit|nationality|onderdaan|staatsburger|citizen|national)\b"
)


# German writes the adjective in small letters after its article: "sie besitzt die sierra-leonische
# Staatsangehörigkeit" (thirty-third, read), "der türkischen Staatsangehörigkeit".
_GERMAN_BEFORE = re.compile(
    r"\b(?:die|der)[ \t]+([a-zß-ÿ]{3,}(?:-[a-zß-ÿ]{3,})*)[ \t]+(?:Staatsangehörigkeit|Staatsbürgerschaft)\b"
)


def nationality_before_noun(text: str) -> str | None:
    """The adjective of a nationality standing before the word for it in a sentence, when it is no label."""
    for m in _ADJECTIVE_BEFORE.finditer(text):
        # "national" is also French and English for a body of the state after its noun ("le Fonds national
        # d'assurance maladie", "Registre national": thirty-seventh be9ter-personal-data-3, read after its blind run,
        # its nationality "Fonds", a false all-clear): before it, only a nationality's adjective.
        national = m.group(0).endswith("national")
        if not labels.any_label().fullmatch(fold(m.group(1))) and (
            not national or nationality_adjective(fold(m.group(1)))
        ):
            return m.group(1)
    for m in _GERMAN_BEFORE.finditer(text):
        if nationality_adjective(fold(m.group(1))):
            return m.group(1)
    return None


def may_state_nationality(text: str) -> bool:
    """Whether any word of the text could state a nationality, however it is worded: its label in one of the
    four languages (or one letter off it), "stateless", or a capitalised word within a sentence beginning as a
    country's name does that is none ("onze Afghaanse cliënt", "Monsieur X, Congolais"). French writes the
    adjective in lower case after its label ("de nationalité congolaise"). A text with none of these states
    no nationality."""
    folded = fold(text)
    if labels.pattern("nationality").search(folded):
        return True
    long_labels = [w for w in labels.words("nationality") if len(w) >= _LABEL_MISREAD and " " not in w]
    words = set(re.findall(r"[^\W\d_]+", folded))
    if words & _OTHER_NATIONALITY_WORDS or any(
        one_edit(w, label)
        for w in words
        if len(w) >= _LABEL_MISREAD
        for label in long_labels
        if abs(len(w) - len(label)) <= 1
    ):
        return True
    # A label whose end OCR lost, opening its line in a form's row of labels: "Nation" for "Nationalité" over
    # "Tanzanie" (thirty-seventh be9ter-medcert-doctor-2, read); or misread with its dotted leader, a letter of its
    # head off too ("Nationale Ct et ar fir eue : turque": fortythird be9ter-clean-14, read after its blind run, a
    # false deficiency). "registre national" holds its word within a line. A form prints its label capitalised; a
    # word in lower case opening a line goes on with the sentence above it ("Eswatini kent geen" over "nationale
    # ziekteverzekering": fiftyfirst be9ter-personal-data-3, read, a letter that names no nationality only "check by
    # hand").
    openings = [fold(w) for w in re.findall(r"^[ \t]*([^\W\d_]+)", text, re.MULTILINE) if not w[0].islower()]
    if any(
        len(w) >= _LABEL_HEAD
        and any(label.startswith(w) or one_edit(w, label[: len(w)]) for label in long_labels)
        for w in openings
    ):
        return True
    # French writes the adjective in lower case, and a form's row of answers under its labels opens with it, the
    # register's number after it: "panaméenne 7194916" under "Natlonallt& N° registre national" (fiftythird
    # be9ter-clean-04, read after its blind run: the label misread, "states no nationality", a false deficiency).
    if any(_begins_as_a_country(fold(w)) for w in _ANSWERS_ROW.findall(text)):
        return True
    # A country's name of several words is no adjective's: "Burkina" of "Burkina Faso" (fortythird
    # be9ter-personal-data-3, read: "née à Bobo-Dioulasso (Burkina Faso)" was taken for a nationality).
    unnamed = text
    for m in _countries().finditer(fold_keeping_length(text)):
        unnamed = unnamed[: m.start()] + " " * (m.end() - m.start()) + unnamed[m.end() :]
    capitals = {fold(m.group(1) or m.group(2)) for m in _TOLD_CAPITAL.finditer(unnamed)}
    return any(map(_begins_as_a_country, capitals))


# A word in lower case opening its line, nothing but digits after it: a row of answers under a form's labels.
_ANSWERS_ROW = re.compile(r"^[ \t]*([a-zß-ÿ][^\W\d_]{3,})(?:[ \t]+[\d ./-]*)?$", re.MULTILINE)


def _begins_as_a_country(word: str) -> bool:
    """The folded word begins as a country's name does and is none: a nationality's adjective ("congolaise",
    "afghaanse", "rwandan")."""
    return (
        word not in _country_names()
        and word not in _LIKE_A_COUNTRY
        and any(word.startswith(stem) for stem in _country_stems() if len(stem) < len(word))
    )


def nationality_adjective(word: str) -> bool:
    """The folded word is a nationality's adjective, spelt from its country's name's first letters or not ("turc")."""
    return word in _OTHER_NATIONALITY_WORDS or _begins_as_a_country(word)


# Words that begin as a country's name does and are no nationality: "Centre hospitalier" (of "Centrafrique"),
# "Service Séjour médical" in an address (of "Servië": fortyfifth be9ter-personal-data-3, read after its blind run).
_LIKE_A_COUNTRY = frozenset(
    {
        "centre",
        "centres",
        "central",
        "centrale",
        "centraal",
        "centrum",
        "zentrum",
        "zentral",
        "service",
        "services",
    }
)


def birth_country(text: str) -> str | None:
    """The country of birth: after its own label, or a country named just after a place or date of birth."""
    folded = fold_keeping_length(text)
    for group in ("birth_country", "birth_place", "birth_date"):
        for start in labels.after(folded, group):
            m = _countries().search(folded, start, start + COUNTRY_REACH)
            if m:
                return text[m.start() : m.end()]
    before = _place_before_birth(text, birth_dates(text))
    if before is not None and before.group("country"):
        m = _countries().search(fold_keeping_length(before.group("country")))
        if m:
            return before.group("country")[m.start() : m.end()]
    return None


def _place_before_birth(text: str, born: list[FoundDate]) -> re.Match[str] | None:
    """The place told before the first birth in the text (`born`, its birth dates), its country in brackets after it
    if given."""
    if not born:
        return None
    start = max(0, born[0].start - PLACE_BEFORE_REACH)
    return _PLACE_BEFORE_BORN.search(text[start : born[0].start])


# How far before a date of birth its sentence may name the place: "né à Kinshasa (République démocratique du
# Congo) le 14.07.1982".
SENTENCE_REACH = 80
# A birth told in a sentence, just before its date on the same line: "né le", "a vu le jour le", "geboren op",
# "born on", "geboren am". A form's field "B. Geboren op" with its answer on the line below is no sentence: the
# form asks the place in a field of its own.
# Dutch and German may leave the preposition out after the name and its comma: "Añez Álvaro, geboren 11.08.2004, met
# de Boliviaanse nationaliteit" (fiftyfirst be9ter-personal-data-1, read: no place, only "check by hand"); a form's
# label "Geboren" has no comma before it.
_BORN_ON = re.compile(
    r"(?:(?:\bn[ée]e?|\bvu le jour|\bgeboren|\bborn)[ \t]+(?:le|op|on|am)|,[ \t]*(?:geboren|born))[ \t]*\Z",
    re.IGNORECASE,
)


# A form's numbering before its label: "3. Nationaliteit", "b) Nationalité".
_ENUMERATED = re.compile(r"^(?:\d{1,2}|[a-h])\s*[.)/]\s*")


def birth_without_place(text: str) -> bool:
    """The first birth the text tells, the applicant's, told in a sentence with its date and no place ("né le
    7-3-1990, de nationalité congolaise"): evidence that the place was left out, not written otherwise. A
    child's "née à Mbuji-Mayi" further on is not the applicant's."""
    born = birth_dates(text)
    if born and labels.nearest(
        fold_keeping_length(text), born[0].start, ("birth_date_place",), _DATE_PLACE_REACH
    ):
        # "Geboortedatum en -plaats 12/03/1977", the next line another field's label: the field for both holds the
        # date alone. A place the cell wrapped onto the next line would stand there instead of a label.
        rest, _, after = text[born[0].end :].partition("\n")
        following = next((line for line in after.splitlines() if line.strip()), "")
        return (
            not any(c.isalpha() for c in rest)
            and labels.any_label().match(_ENUMERATED.sub("", fold(following.strip()))) is not None
        )
    if not born or not _BORN_ON.search(text[max(0, born[0].start - 20) : born[0].start]):
        return False
    first = born[0]
    before = fold_keeping_length(text[max(0, first.start - SENTENCE_REACH) : first.start])
    return (
        not labels.after(before, "birth_place")
        and not _SOME_PLACE_AFTER_DATE.match(text, first.end)
        and _place_before_birth(text, born) is None
    )


@dataclass(frozen=True)
class PersonFields:
    name: str | None = None
    birth_date: dt.date | None = None
    birth_place: str | None = None
    nationality: str | None = None

    def shows(self) -> frozenset[str]:
        """The elements of 9ter §2 (a) present: name, birth_place, birth_date, nationality."""
        return frozenset(k for k, v in vars(self).items() if v)


def _value_after(text: str, group: str) -> str | None:
    folded = fold_keeping_length(text)
    for start in labels.after(folded, group):
        colon = _TO_COLON.match(text, start)
        # The value after the label's colon ("Nationalité (Nationality) : marocaine"), or, where what follows that
        # colon is a label, right after the label: the colon was the next field's ("de nationalité ivoirienne :
        # numéro de registre national : …").
        for at in dict.fromkeys((colon.end() if colon else start, start)):
            m = _VALUE.match(text, at)
            if not m:
                continue
            value = " ".join(m.group(1).split()).strip(" .-")
            if labels.any_label().match(fold(value)) or labels.NUMBER_FIELD.match(value):
                # "Nationalité  Date de naissance": a row of labels, the answers in columns below, which the
                # text runs together. The first such label is the applicant's; a later one, a family member's.
                if at == start:
                    return None
                continue
            if sum(c.isalpha() for c in value) >= 2:
                return value
            break
    return None


def person_fields(text: str) -> PersonFields:
    mrz = next(iter(find_mrz(text)), None)
    born = birth_dates(text)
    place = _value_after(text, "birth_place")
    if place is None and born:
        m = _PLACE_AFTER_DATE.match(text, born[0].end)
        if m is None and labels.nearest(
            fold_keeping_length(text), born[0].start, ("birth_date_place",), _DATE_PLACE_REACH
        ):
            m = _PLACE_AFTER_DATE_LABELLED.match(text, born[0].end)
        before = _place_before_birth(text, born) if m is None else None
        place = m.group(1) if m else before.group("place") if before else None
    return PersonFields(
        name=(mrz.name if mrz and mrz.name else None) or _value_after(text, "name"),
        birth_date=(mrz.birth_date if mrz and mrz.checks["birth_date"] else None)
        or (born[0].date if born else None),
        birth_place=place,
        nationality=(mrz.nationality.strip("<") if mrz else None)
        or _value_after(text, "nationality")
        or nationality_before_noun(text),
    )
