"""The classify stage: what each document is, and in which languages (from its pages') it is written.

Runs after the pages are read and before the rules. Every file, or every page
range when one PDF holds several documents, gets a type of
`validator/data/document_types.yaml`, with a confidence and how it was
decided: the manifest's `documents:` wins; otherwise the content (title
phrases, typical terms, a machine-readable zone), helped by the file name;
the file name alone when the content says nothing; and over all of these the
learned model of doctype_model, where it is sure. A document nothing
recognises is `other` with confidence 0, and the DOC-UNCLASSIFIED rule says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import PurePosixPath
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from stdnum import iban

from validator import doctype_model, language, yamlconfig
from validator.cache import Cache
from validator.extract.columns import laid_out
from validator.extract.dates import find_dates
from validator.extract.mrz import find_mrz, first_line_kind
from validator.extract.person import nationality_adjective
from validator.model import ClassifiedBy, Document, Dossier, Page, SourceFile
from validator.textmatch import fold, month_names, top_lines

OTHER = "other"
# A document's title stands at the top of its first page: only there does it start a new document.
HEAD_CHARS = 400
# The lines at the top of a document among which its title stands, below a letterhead or a state's name.
TITLE_LINES = 6
# A heading is a line that is largely the title: "ROYAUME DU MAROC - PASSEPORT / PASSPORT", not
# "Kopie van mijn paspoort (pagina met persoonsgegevens)".
HEADING_SHARE = 0.4
# The type of a document that renders another in another language, and names it in its title.
TRANSLATION = "translation"
# Items of a list ("1. Kopie paspoort", "• Werkgeversverklaring", "+ bijlage 2: Standaard medisch getuigschrift",
# "— pièce 2 : Certificat médical type — Dr. Lejeune", "stuk 1: Geboorteakte", "Pièce 3 : passeport", "Bijlagen (1)
# Kopie nationaal paspoort", "(2) Standaard medisch getuigschrift - Dr. Margraff") name
# documents, they do not head one. So do the options of a form ("[x] passeport  [ ] carte d'identité",
# "☐ paspoort"), however OCR read the box; the dated rows of a table ("07-09-2026 ZORGVERZEKERING PREMIE
# 155,00", "08-10 Zorgverzekering premie 150,00" on a bank statement); and the numbered rows of a table of
# enclosures with their pages ("1 aanvraagformulier 1").
_LIST_ITEM = re.compile(
    r"\s*(?:(?:\(?(?:\d{1,2}|[a-zA-Z])[.),]|[•*\-–—+·▪►→])\s|[\[☐☑☒□■]"
    r"|(?:stuk|bijlage|pi[eè]ce|annexe?|anlage|enclosure|exhibit)(?:n|s|en)?\s*(?:n[or°]\.?\s*)?\(?\d{1,2}\s*[:.)\-–]"
    r"|\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?\s"
    r"|\d{1,2}\s+(?=\D[^\n]*\s\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$))",
    re.IGNORECASE,
)


# A line set between two dashes is a centred heading's decoration, as a page's number "- 2 -" is, no list item: a
# sworn translation's "- Vertaling uit het Spaans -" under its misread "VERTALING" (fortyninth ind-hnt-clean-03, read
# after its blind run: the translation was the birth certificate it renders, and "no translation" was asked for).
_FRAMED = re.compile(r"\s*[-–—]\s.*\s[-–—]\s*")

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class _Type:
    name: str
    # Each hint, and where it may stand in a file name: at the start of a word.
    filename: tuple[tuple[str, re.Pattern[str]], ...]
    mrz: bool
    # Only its title makes a document this type: terms and its file name alone never do.
    needs_title: bool
    # An account's number and the amounts booked to it make a document this type, as its title does.
    bookings: bool


def _tokens(text: str) -> tuple[str, ...]:
    """Words and punctuation marks, folded: phrases are matched word by word, not by one regex each. A dash is
    one mark however long it is set ("DUO – Inburgeringsexamen", "DUO - Inburgeringsexamen")."""
    return tuple(_TOKEN.findall(fold(text).replace("’", "'").replace("–", "-").replace("—", "-")))


@cache
def _config() -> dict[str, Any]:
    return yamlconfig.package_data("document_types.yaml", "document_types.schema.yaml")


@cache
def _types() -> tuple[_Type, ...]:
    return tuple(
        _Type(
            name,
            tuple((h, re.compile(r"(?<![a-z])" + re.escape(fold(h)))) for h in spec["filename"]),
            spec.get("mrz", False),
            spec.get("needs_title", False),
            spec.get("bookings", False),
        )
        for name, spec in _config()["types"].items()
    )


@cache
def _phrases() -> dict[str, list[tuple[tuple[str, ...], str, str, str]]]:
    """Every title and term, as tokens, by its first token: (tokens, type, title | term, the phrase)."""
    index: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
    for name, spec in _config()["types"].items():
        for kind in ("title", "term"):
            for phrases in spec[f"{kind}s"].values():
                for phrase in phrases:
                    tokens = _tokens(phrase)
                    # A dash between words is set or left out as the writer likes: "DUO - Inburgeringsexamen",
                    # "DUO Inburgeringsexamen"; "WW-uitkering", "WW uitkering".
                    for written in dict.fromkeys((tokens, tuple(t for t in tokens if t != "-"))):
                        index.setdefault(written[0], []).append((written, name, kind, phrase))
    return index


@cache
def _subject_term_types() -> frozenset[str]:
    return frozenset(name for name, spec in _config()["types"].items() if spec.get("subject_terms"))


# A date of birth, however labelled: "Geboortedatum 21-03-1971", "geboren op 4 mei 1980", "née le 12.03.1975",
# "° 12/03/1975", "DOB: 03/07/1969". A text about one person gives it; a report on the care in a country does not.
_BIRTH_DATE = re.compile(
    r"(?:\b(?:geboren|geb|geboortedatum|nee?|date de naissance|date of birth|born|dob|geburtsdatum)\b|°)"
    r"[^\n\d]{0,30}\d{1,2}[ \t]?[./\- ][ \t]?(?:\d{1,2}|[a-z]{3,9}\.?)[ \t]?[./\- ][ \t]?\d{2,4}"
)


def subject_only(kind: str, text: str, headed: frozenset[str]) -> bool:
    """The text is of a type whose terms say only what it is about (document_types.yaml `subject_terms`), without
    its title heading a line, and names no one by a date of birth: a report on the care in a country has a doctor's
    words ("patient", "treatment", "hospital") but speaks of no patient."""
    return kind in _subject_term_types() and kind not in headed and _BIRTH_DATE.search(fold(text)) is None


def type_names() -> list[str]:
    return [t.name for t in _types()] + [OTHER]


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    type: str
    kind: str
    phrase: str


# A one-word title this long at least is found read in two pieces.
SPLIT_TITLE_LETTERS = 12


def _matches(tokens: tuple[str, ...]) -> list[_Match]:
    """The title and term phrases found, leaving out a phrase found only inside a longer one
    ("medical certificate" inside "standard medical certificate")."""
    spans: dict[tuple[int, int], list[tuple[str, str, str]]] = {}
    index = _phrases()
    for start, token in enumerate(tokens):
        for phrase, name, kind, text in index.get(token, ()):
            if tokens[start : start + len(phrase)] == phrase:
                spans.setdefault((start, start + len(phrase)), []).append((name, kind, text))
            elif kind == "title" and _with_nationality(tokens[start : start + len(phrase) + 1], phrase):
                spans.setdefault((start, start + len(phrase) + 1), []).append((name, kind, text))
        # OCR splits a long word of capitals in two: "VERZEKERING SCERTIFICAAT" (twenty-second's insurer).
        joined = token + tokens[start + 1] if start + 1 < len(tokens) else ""
        if len(joined) >= SPLIT_TITLE_LETTERS and joined.isalpha():
            for phrase, name, kind, text in index.get(joined, ()):
                if kind == "title" and phrase == (joined,):
                    spans.setdefault((start, start + 2), []).append((name, kind, text))
    found: list[_Match] = []
    # In order of start, longest first: a span ending before the furthest end seen so far lies inside a
    # longer span (every span seen before starts no later, and is longer if it starts at the same place).
    furthest = -1
    for (start, end), phrases in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        inside = end <= furthest
        furthest = max(furthest, end)
        if not inside:
            found.extend(_Match(start, end, name, kind, text) for name, kind, text in phrases)
    strict = _title_only_types()
    if any(m.kind == "title" and m.type in strict for m in found):
        return found
    # A title read apart ("CERTIFICAT MÉDICAL-TYPE") holds the shorter titles read in it ("certificat médical").
    misread = _misread_titles(tokens)
    return [m for m in found if not any(t.start <= m.start and m.end <= t.end for t in misread)] + misread


def _with_nationality(tokens: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """The tokens are the title with a nationality's adjective between two of its words: a state titles its
    certificate with its people's name ("CERTIFICATE OF RWANDAN NATIONALITY", "Confirmation of Kenyan citizenship")."""
    return len(tokens) == len(title) + 1 and any(
        tokens[:i] == title[:i] and tokens[i + 1 :] == title[i:] and nationality_adjective(tokens[i])
        for i in range(1, len(title))
    )


# Letters of a title OCR may misread, drop or split off ("STANDAARD MEDISCH GETUIGSCH IFT"), one in this many;
# titles shorter than the letters that allow one are matched only as written.
MISREAD_LETTERS = 12
# How alike the title and the line's letters must be, at the best place (rapidfuzz's partial ratio), to be compared
# letter by letter.
MISREAD_ALIGNED = 80


@cache
def _strict_titles() -> tuple[tuple[str, tuple[str, ...], str, str], ...]:
    """The titles of the types only a title makes, long enough to be found misread: (letters, pieces, type,
    phrase). A title with n letters misread keeps one of its n + 1 pieces whole: the line is looked at only then."""
    titles = []
    for name in sorted(_title_only_types()):
        for phrases in _config()["types"][name]["titles"].values():
            for phrase in phrases:
                letters = "".join(t for t in _tokens(phrase) if t.isalnum())
                n = len(letters) // MISREAD_LETTERS
                if n:
                    cut = [len(letters) * i // (n + 1) for i in range(n + 2)]
                    pieces = tuple(letters[a:b] for a, b in zip(cut, cut[1:]))
                    titles.append((letters, pieces, name, phrase))
    return tuple(titles)


def _misread_titles(tokens: tuple[str, ...]) -> list[_Match]:
    """The titles of a type only a title makes, read with a letter or two wrong, missing or split off: without its
    title, a standard medical certificate is none, and a scan's title is where OCR meets the letterhead's
    noise. Only whole titles, letter for letter but for one in MISREAD_LETTERS."""
    letters = "".join(t for t in tokens if t.isalnum())
    found = []
    for title, pieces, name, phrase in _strict_titles():
        allowed = len(pieces) - 1
        if len(letters) < len(title) - allowed or not any(p in letters for p in pieces):
            continue
        at = fuzz.partial_ratio_alignment(title, letters, score_cutoff=MISREAD_ALIGNED)
        if at is None:
            continue
        # The alignment is as long as the title; a letter dropped or read as two ("rn" for "m") moves its ends.
        distance, start, end = min(
            (Levenshtein.distance(title, letters[s:e]), s, e)
            for s in range(max(0, at.dest_start - allowed), at.dest_start + allowed + 1)
            for e in range(at.dest_end - allowed, min(len(letters), at.dest_end + allowed) + 1)
            if e > s
        )
        if distance <= allowed:
            owner = [i for i, t in enumerate(tokens) if t.isalnum() for _ in t]
            found.append(_Match(owner[start], owner[end - 1] + 1, name, "title", phrase))
    return found


def _scored(matches: list[_Match]) -> dict[str, float]:
    """Each distinct phrase found counts once, with its kind's weight."""
    weights = _config()["weights"]
    distinct = {(m.type, m.kind, m.phrase) for m in matches}
    titled = {m.type for m in matches if m.kind == "title"}
    strict = _title_only_types()
    scores: dict[str, float] = {}
    for name, kind, _ in distinct:
        if name in strict and name not in titled:
            continue
        scores[name] = scores.get(name, 0) + weights[kind]
    return scores


def score_text(text: str) -> dict[str, float]:
    """Evidence per type in a text: titles where they head a line, typical terms, a machine-readable zone."""
    return _evidence(text)[0]


def headed_types(text: str) -> frozenset[str]:
    """The types a title heading a line of the text, or a machine-readable zone, names: what the text says it
    is, beside what its words suggest."""
    return _evidence(text)[1]


def first_title(text: str) -> str | None:
    """The type of the title that heads the text's first titled line: what the text says it is first."""
    return _evidence(text)[2]


@lru_cache(maxsize=256)
def _evidence(text: str) -> tuple[dict[str, float], frozenset[str], str | None]:
    """The scores of `score_text`, the types of `headed_types`, and the type of `first_title`.

    A title inside a sentence ("hierbij mijn paspoort en mijn loonstroken") or in a list of enclosures names a
    document the text speaks of, not the text itself: it counts as a term. So does a heading of another type
    below the text's first title: a document has one title, and what heads its lines further down are its
    sections and a form's options ("4. Identiteit … paspoort ☐ identiteitskaart" in an application form).
    """
    matches: list[_Match] = []
    title: str | None = None
    subject: set[str] = set()
    body = saluted = False
    previous = ""
    for line in _opening_apart(_unstamped(text)).splitlines():
        tokens = _tokens(line)
        found = _matches(tokens)
        wrapped, previous = _wraps_on(previous, line), line if line.strip() else previous
        if title is None and (_lists_enclosures(tokens) or _opens_with(tokens, _visa_titles())):
            # A sheet headed as a list of enclosures names documents under its heading; it is none of them. A visa
            # names the passport it is stuck in ("PASPOORT NR."); it is none of the types.
            title = OTHER
        # "2. Paspoort" in a list of enclosures names a document; it does not head one. Nor does a line of a
        # letter's body, after its salutation: a cover letter's table of enclosures whose numbers OCR read apart
        # from their names ("aanvraagformulier" alone on its line).
        # A subject line still names the letter after "TO WHOM IT MAY CONCERN" ("RE: CONFIRMATION OF KENYAN
        # CITIZENSHIP": fortyfirst be9ter-id-sufficiency-1, read after its blind run, taken for an identity document
        # by its fields); so does a line in capitals right under it ("CERTIFICATE OF IDENTITY": fiftieth
        # be9ter-clean-25 and -28, read after their blind run, an embassy's certificate "other", so "no identity
        # evidence", inadmissible).
        titled_under = saluted and line.strip() != "" and not any(c.islower() for c in line)
        saluted = saluted and not line.strip()
        if not body and _SALUTATION.match(line):
            body = saluted = True
        candidates = (
            []
            if (body and not _subject_line(tokens) and not titled_under)
            or wrapped
            or (_LIST_ITEM.match(line) and not _FRAMED.fullmatch(line))
            else _heading_titles(tokens, found, line)
        )
        if candidates and _subject_line(tokens):
            # The subject line says what the letter is, whatever its address block heads ("Envoi recommandé").
            subject.update(m.type for m in candidates)
            heading = candidates
        else:
            heading = [m for m in candidates if title is None or m.type == title]
        title = title or (heading[0].type if heading else None)
        headings = set(map(id, heading))
        matches.extend(m if m.kind != "title" or id(m) in headings else _as_term(m) for m in found)
    if subject:
        matches = [m if m.kind != "title" or m.type in subject else _as_term(m) for m in matches]
    zone = _identity_zone(text)
    booked = _booking_types(text)
    if booked:
        # An account's list of bookings names whom they were paid to, each on its own line ("Zorgverzekering" over
        # its amount in a bank app's column): it heads none of them.
        matches = [m if m.kind != "title" or m.type in booked else _as_term(m) for m in matches]
        title = title if title in booked or title == OTHER else None
    scores = _with_bookings(booked, _with_mrz(zone, _scored(matches)))
    mrz = set(_zone_types()) if zone or _zone_like(text) else set()
    if not zone:
        # A zone whose check digits OCR garbled still says what the document is, as a title does.
        for name in mrz:
            scores[name] = scores.get(name, 0) + _config()["weights"]["title"]
    return (
        scores,
        frozenset({m.type for m in matches if m.kind == "title"} | mrz | booked),
        None if title == OTHER else title,
    )


@cache
def _decision_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(_tokens(phrase) for phrase in _config()["decision_titles"])


def _headed_as_decision(text: str) -> bool:
    """A line at the top of the page, above the letter's first paragraph, opens with an authority's decision heading,
    which is most of it ("Beslissing op uw aanvraag - verblijfsvergunning", "BESCHIKKING")."""
    return any(
        _opens_with(_tokens(line), _decision_titles())
        for line in top_lines(text, DECISION_LINES).splitlines()
    )


# An authority's letter heads its decision under the letterhead, the return address, the addressee and a column of
# references ("> Retouradres Postbus 287 …", "V-nummer", "Ingangsdatum"): some ten lines down (nineteenth's IND
# letters).
DECISION_LINES = 16


@cache
def _enclosure_lists() -> frozenset[tuple[str, ...]]:
    return frozenset(_tokens(phrase) for phrase in _config()["enclosure_lists"])


@cache
def _visa_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(_tokens(phrase) for phrase in _config()["visa_titles"])


def _lists_enclosures(tokens: tuple[str, ...]) -> bool:
    """The line heads a list of enclosures: it opens with such a heading, which is most of it ("BORDEREAU DES
    PIÈCES", "Stukkenlijst 9ter-aanvraag"), or most of what stands before a dash or a colon that sets the rest apart
    ("Inventaris - Traoré Djénéba": fortysecond be9ter-clean-21, read after its blind run, an application's last page
    listing its annexes taken for the medical certificate it names)."""
    if len(tokens) > 2 and SECTION_NUMBER.fullmatch(tokens[0]) and tokens[1] in _NUMBER_STOPS:
        # Its section's number before it: "9. Inventaire des pièces" on a form's last page, over "2 Certificat médical
        # type - Dr. …" (fiftyfirst be9ter-clean-05, read after its blind run: the page taken for the certificate).
        tokens = tokens[2:]
    cut = next((i for i, t in enumerate(tokens) if t in _APART), len(tokens))
    return _opens_with(tokens, _enclosure_lists()) or (
        0 < cut < len(tokens) and _opens_with(tokens[:cut], _enclosure_lists())
    )


_APART = frozenset("-:")
# A section's number as a form prints it before its heading: "9", "IX", "b" (folded).
SECTION_NUMBER = re.compile(r"\d{1,2}|[ivx]{1,4}|[a-h]")
_NUMBER_STOPS = frozenset(".)")


def heads_enclosures(line: str) -> bool:
    """The line heads a list of enclosures ("INVENTAIRE", "Bijlagen:"): what stands under it is no letter's."""
    return _lists_enclosures(_tokens(line))


def lists_enclosures(text: str) -> bool:
    """The page is headed as a list of enclosures ("INVENTAIRE DES PIÈCES" under a letter's running head): after
    a letter, the letter ended before it."""
    return any(heads_enclosures(line) for line in top_lines(text, TITLE_LINES).splitlines())


def _opens_with(tokens: tuple[str, ...], headings: frozenset[tuple[str, ...]]) -> bool:
    """The line opens with one of the headings, which is most of it."""
    return any(
        tokens[: len(heading)] == heading and len(heading) >= HEADING_SHARE * _words(tokens)
        for heading in headings
    )


def _as_term(m: _Match) -> _Match:
    return _Match(m.start, m.end, m.type, "term", m.phrase)


def _identity_zone(text: str) -> bool:
    """A passport's or an identity card's zone read on the page. A visa's (an MVV sticker's "V<NLD…") is no
    identity document: the passport it is stuck in is."""
    return any(not m.document_type.startswith("V") for m in find_mrz(text))


# A run of fillers this long is a zone's, wherever OCR cut its lines: a Kenyan passport's scan read its first line
# cut short, "P<KENKIPROTICH<<MERC", and the fillers of its second on a line of their own (twenty-third). Beside a
# visa's first line ("V<NLD…", an MVV sticker copied alone) they are the visa's.
ZONE_FILLER_RUN = re.compile(r"<{10,}")


def _zone_like(text: str) -> bool:
    kinds = {first_line_kind(line) for line in text.splitlines()} - {None}
    return bool(kinds - {"V"}) or (not kinds and bool(ZONE_FILLER_RUN.search(text)))


def _label_end(tokens: tuple[str, ...]) -> int:
    """Where the line's text starts after a label such as "Objet :" (0 when it has none)."""
    return tokens.index(":") + 1 if ":" in tokens[:4] else 0


def _subject_line(tokens: tuple[str, ...]) -> bool:
    """A letter's subject line: "Objet : requête en autorisation de séjour", "Betreft: …"."""
    label = _label_end(tokens)
    return bool(label and set(tokens[: label - 1]) & _SUBJECT_LABELS)


def _after_sentence(before: tuple[str, ...]) -> bool:
    """Words before a title end with a sentence's full stop before it: "… a nurse said. General health insurance";
    not an abbreviation's ("Dr.", "Réf.", "Art.")."""
    return any(
        t == "." and before[i - 1].isalpha() and len(before[i - 1]) >= _SENTENCE_WORD
        for i, t in enumerate(before)
        if i
    )


def _wraps_on(previous: str, line: str) -> bool:
    """The line goes on with the sentence of the line before, which breaks off after a word in small letters: "…
    standaard medisch" over "getuigschrift en informatie over het land van herkomst." names documents; it heads
    none (a lawyer's e-mail listing what to send)."""
    before, after = previous.rstrip(), line.lstrip()
    return bool(before) and before[-1].islower() and after[:1].islower()


# Letters of the word before a full stop from which it ends a sentence rather than abbreviates.
_SENTENCE_WORD = 4


def _in_sentence(tokens: tuple[str, ...], title: _Match) -> bool:
    """The title is the subject or object of a sentence that fills its line: words enough after it, and a full stop
    at the line's end ("La demande de protection internationale a été définitivement refusée le 23/09/2026." in a
    9ter letter's section on earlier procedures, twenty-sixth)."""
    return bool(tokens) and tokens[-1] == "." and _words(tokens[title.end :]) >= _SENTENCE_AFTER


# Words after a title on its line from which the line is a sentence about the document, not its heading.
_SENTENCE_AFTER = 4


def _heading_titles(tokens: tuple[str, ...], found: list[_Match], line: str = "") -> list[_Match]:
    """The titles that head the line (`line`, as written; `tokens`, its tokens): the line is largely the title
    ("PASSEPORT / PASSPORT"), or opens with it in capitals ("STANDARDISIERTES ÄRZTLICHES ATTEST" before a box OCR
    read as words, "USER pally ah deni MAPA": fortyfifth be9ter-identity-1, read after its blind run, the certificate
    "other"), or the title follows a label such as "Objet :" ("Objet : demande d'autorisation de séjour …"); never
    titles of several types."""
    if _books_amount(tokens):
        # "Zorgverzekering -€138,19": an amount booked in an account's list, not the title of an insurer's document.
        return []
    label = _label_end(tokens)
    words = _words(tokens[label:])
    # "BY REGISTERED MAIL", "PAR ENVOI RECOMMANDÉ" head a letter sent so; they do not title a receipt. "Beslissing
    # op uw aanvraag verblijfsvergunning" answers an application; it is none.
    # Nor does a title after a sentence's end on its line: "nurse said. General health insurance (GSS) requires …",
    # a newspaper's column (twentyfourth).
    titles = [
        m
        for m in found
        if m.kind == "title"
        and not _referred_to(tokens[: m.start])
        and not _after_sentence(tokens[label : m.start])
        and not _denied(tokens[label : m.start])
    ]
    if any(b.start > a.end and tokens[a.end] in _OR for a, b in zip(titles, titles[1:])):
        # "paspoort of nationale identiteitskaart": a form's choice between documents heads none of them.
        return []
    if len({m.type for m in titles}) > 1:
        # "TRADUCTION DU TURC - ACTE DE NAISSANCE" heads a translation, which names what it renders; so does
        # "Dmytro Smit Vertaling uit het Turks van: Dogum Belgesi (geboortebewijs)", its translator's name before it
        # (fortyfifth ind-hnt-clean-08, read after its blind run: the translation became the Turkish extract's page);
        # not a list after its label ("Stukken: vertaling, paspoort, geboorteakte").
        ahead = min(titles, key=lambda m: m.start)
        if (
            ahead.type == TRANSLATION
            and (ahead.start == 0 or (label == 0 and ahead.start <= _NAME_BEFORE))
            and sum(m.end - m.start for m in titles) >= HEADING_SHARE * words
        ):
            return [m for m in titles if m.type == TRANSLATION]
        # "Stukken: verzoekschrift, identiteitsbewijs, standaard medisch getuigschrift": a heading names one
        # document, a list several.
        return []
    titles = [m for m in titles if not _in_sentence(tokens, m)]
    if titles and _subject_line(tokens):
        # A letter's subject line names what the letter is: "Onderwerp: besluit op uw aanvraag ontheffing
        # inburgeringsplicht".
        return titles
    after_label = label > 0 and titles[0].start == label if titles else False
    return (
        titles
        if titles
        and (
            after_label
            or sum(m.end - m.start for m in titles) >= HEADING_SHARE * words
            or any(_heads_its_part(tokens, m) for m in titles)
            or _titles_its_purpose(tokens, titles[0], label)
            or _opens_in_capitals(line, titles[0])
        )
        else []
    )


def _opens_in_capitals(line: str, title: _Match) -> bool:
    """The title opens the line, its words written in capitals."""
    words = re.findall(r"[^\W\d_]+", line)[: title.end]
    return title.start == 0 and len(words) == title.end and all(w.isupper() for w in words)


# A letter's subject line, no label before it, as German letters write it (DIN 5008): the title, then what it is for,
# "Versicherungsnachweis für Ihren Aufenthalt in den Niederlanden" (an insurer's certificate, fortyninth
# ind-med-clean-08, read after its blind run: it was none, and no insurance was found). "für Ihren", "voor uw",
# "pour votre", "for your": the purpose is the addressee's; a sentence ends with a full stop.
_FOR = frozenset({"fur", "voor", "pour", "for"})
_YOUR = frozenset({"ihren", "ihre", "ihr", "uw", "votre", "vos", "your"})
PURPOSE_WORDS = 10


def _titles_its_purpose(tokens: tuple[str, ...], title: _Match, label: int) -> bool:
    """The title opens the line and what follows it says, for the addressee, what the document is for."""
    after = tokens[title.end : title.end + 2]
    return (
        title.start == label
        and len(after) == 2
        and after[0] in _FOR
        and after[1] in _YOUR
        and "." not in tokens
        and _words(tokens[label:]) <= PURPOSE_WORDS
    )


# The words of a translator's name that may stand before a translation's title on its line.
_NAME_BEFORE = 2

_CURRENCY = frozenset({"€", "eur"})


def _books_amount(tokens: tuple[str, ...]) -> bool:
    """The line holds an amount of money: a currency's sign or code beside a number."""
    return any(
        a in _CURRENCY and b.isdigit() or a.isdigit() and b in _CURRENCY for a, b in zip(tokens, tokens[1:])
    )


# What parts a heading line: "Polisblad 2026 - Hanzezorg Verzekeringen N.V.", "CLZ | Zorgplan en planning".
_PARTS = frozenset("-–—|·")


def _heads_its_part(tokens: tuple[str, ...], title: _Match) -> bool:
    """The title is largely its part of a line that a dash or bar divides into a title and its issuer."""
    cuts = [i for i, t in enumerate(tokens) if t in _PARTS]
    if not cuts:
        return False
    start = max((i + 1 for i in cuts if i < title.start), default=0)
    end = min((i for i in cuts if i >= title.end), default=len(tokens))
    if any(start <= i < end for i in cuts):
        return False
    return title.end - title.start >= HEADING_SHARE * _words(tokens[start:end])


def _words(tokens: tuple[str, ...]) -> int:
    """The words a title's share of a line is measured against: a number beside a title dates or numbers it
    ("SALARISSTROOK 11-2026"), and so does a month before its year ("… gültig ab dem 1. März 2024", the 2024 model's
    edition beside its title: fortyfifth, read after its blind run, its certificates "other"); a letter codes it
    ("PASSEPORT P MAR 610800479"); none of them makes the line prose."""
    months = _month_spellings()
    return sum(
        len(t) > 1
        and any(c.isalpha() for c in t)
        and not (t in months and i + 1 < len(tokens) and tokens[i + 1].isdigit())
        for i, t in enumerate(tokens)
    )


@cache
def _month_spellings() -> frozenset[str]:
    return frozenset(name for spellings in month_names().values() for name in spellings)


_REFERRING = frozenset(
    {
        "by",
        "via",
        "par",
        "per",
        "sous",
        "under",
        "bij",
        "met",
        "avec",
        "mit",
        "with",
        "op",
        "sur",
        "on",
        "auf",
        "uw",
        "your",
        "votre",
        "vos",
        "ihr",
        "ihre",
        "ihren",
        "mijn",
        "my",
        "mon",
        "ma",
        "mein",
        "meine",
        "meinen",
        "zijn",
        "haar",
        "son",
        "sa",
        "his",
        "her",
        "sein",
        "seine",
        "tbv",
    }
)
# "t.b.v. aanvraag verblijfsvergunning" (ten behoeve van: for the application) under a care institution's statement's
# title names the application it serves (twentyfirst).
_FOR_THE_PURPOSE = ["t", "b", "v"]


def _referred_to(before: tuple[str, ...]) -> bool:
    """The words before a title refer to a document by it ("op uw aanvraag", "t.b.v. aanvraag"): it is none."""
    words = [t for t in before if t != "."]
    return bool(words) and (words[-1] in _REFERRING or words[-3:] == _FOR_THE_PURPOSE)


# A title its part of the line denies names what the document is not: "Geen tussenkomst ziekteverzekering — Pas
# d'intervention de l'assurance maladie" at the foot of a pharmacy's account for a patient without insurance
# (fiftyfourth be9ter-clean-01, read after its blind run: typed health insurance).
_DENYING = frozenset(
    {
        "geen",
        "zonder",
        "niet",
        "pas",
        "sans",
        "aucun",
        "aucune",
        "kein",
        "keine",
        "keinen",
        "ohne",
        "not",
        "without",
    }
)


def _denied(before: tuple[str, ...]) -> bool:
    """A word of denial stands before the title in its part of the line (after the last dash or bar)."""
    part = before[max((i + 1 for i, t in enumerate(before) if t in _PARTS), default=0) :]
    return any(t in _DENYING for t in part)


_OR = frozenset({"of", "ou", "or", "oder", "o"})
_SUBJECT_LABELS = frozenset(
    {"betreft", "onderwerp", "objet", "concerne", "betrifft", "betreff", "subject", "re"}
)


def heading_scores(text: str) -> dict[str, float]:
    """Evidence that the text starts a document: a machine-readable zone, or a title heading a line at its
    top. Not "1. Kopie paspoort" in a list of enclosures, nor a sentence that wraps to begin a line with
    "certificat médical type du Dr …"."""
    headings: list[_Match] = []
    previous = ""
    for line in _run_in_apart(_unstamped(text)[:HEAD_CHARS]).splitlines():
        wrapped, previous = _wraps_on(previous, line), line if line.strip() else previous
        if wrapped or _LIST_ITEM.match(line):
            continue
        tokens = _tokens(line)
        if not headings and _lists_enclosures(tokens):
            break
        headings.extend(_heading_titles(tokens, _matches(tokens), line))
    booked = _booking_types(text)
    headings = [m for m in headings if not booked or m.type in booked]
    return _with_bookings(booked, _with_mrz(_identity_zone(text), _scored(headings)))


# A web page printed from a browser: the page's address and its number in the footer
# ("https://www.landeninfo-zorg.be/landen/kenya/gezondheidszorg 1/1"), the date and time of printing before the page's
# title in the header ("15/11/26 16:54 Gezondheidszorg in Kenia - Landeninformatie"). That header is the page's
# title line, no dated row of a table (fortyfirst, read after its blind run: three country reports printed so were
# taken for the medical statement scanned before them).
_PRINTED_ADDRESS = re.compile(
    r"^\s*(?:https?://|www\.)\S+\s+\d{1,2}\s*(?:/|of|van|de|sur|von)\s*\d{1,2}\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_PRINT_STAMP = re.compile(
    r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?[ \t]+", re.IGNORECASE
)


def _unstamped(text: str) -> str:
    """The text without a browser's date and time of printing before its header's title."""
    return _PRINT_STAMP.sub("", text.lstrip(), count=1) if _PRINTED_ADDRESS.search(text) else text


# A run-in heading: a line opening with words in capitals ended by a full stop, its paragraph following on the
# line ("CERTIFICATE OF INSURANCE. This is to certify that …", twentyfirst's insurer's certificate).
_RUN_IN = re.compile(r"^([^a-z\n]*[A-Z]{2}[^a-z\n]*?)\.[ \t]+(?=[A-Z][a-z])", re.MULTILINE)


# A page's first words, ended by a full stop before its first sentence, head it too: a hand's "Déclaration sur
# l'honneur. Je soussigné(e) …" written as one paragraph (twenty-third).
_OPENING_RUN_IN = re.compile(r"^(\s*[^\W\d_][^\n.:;]{2,40}?)\.[ \t]+(?=[A-Z][a-z])")


def _opening_apart(text: str) -> str:
    """The text with its opening run-in heading on a line of its own."""
    return _OPENING_RUN_IN.sub("\\1\n", text, count=1)


def _run_in_apart(text: str) -> str:
    """The text with each run-in heading on a line of its own."""
    return _opening_apart(_RUN_IN.sub("\\1\n", text))


# An account's number as IBAN writes it, in groups of four or not ("NL20 NORB 1244 6003 15"), checked by python-stdnum;
# and a line that ends with an amount booked to or from it ("Albert Heijn -€24,99", "Salaris + 2.546,92 EUR").
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_BOOKED = re.compile(
    r"(?:[-+−–—][ \t]*(?:€|EUR)?[ \t]*\d{1,3}(?:[.\s]\d{3})*,\d{2}|(?:€|EUR)[ \t]*[-+−–—][ \t]*\d{1,3}(?:[.\s]\d{3})*,\d{2})"
    r"(?:[ \t]*(?:€|EUR))?[ \t]*$",
    re.MULTILINE,
)
# Amounts booked that make a list of an account's bookings, not a sum or two in a letter.
BOOKINGS = 3


def _booking_types(text: str) -> set[str]:
    """The types an account's statement is, when the text holds a valid account number and a list of amounts booked:
    a bank's app or a statement headed only by the bank's name (fortyfirst ind-med-clean-04, read after its blind run:
    a screenshot of a bank's app taken for a page of the health insurance before it, "no proof of income")."""
    if len(_BOOKED.findall(text)) < BOOKINGS or not any(
        iban.is_valid(m.group()) for m in _IBAN.finditer(text)
    ):
        return set()
    return {t.name for t in _types() if t.bookings}


def _with_bookings(booked: set[str], scores: dict[str, float]) -> dict[str, float]:
    for name in booked:
        scores[name] = scores.get(name, 0) + _config()["weights"]["title"]
    return scores


def _with_mrz(zone: bool, scores: dict[str, float]) -> dict[str, float]:
    if zone:
        for t in _types():
            if t.mrz:
                scores[t.name] = scores.get(t.name, 0) + _config()["weights"]["mrz"]
    return {k: v for k, v in scores.items() if v > 0}


def filename_weight() -> float:
    """What a file name naming a type weighs, in the weight of terms (document_types.yaml)."""
    return float(_config()["weights"]["filename"])


def filename_hint(path: str) -> str | None:
    """The type a file name suggests ("paspoort-kopie.pdf"): the one with the longest matching hint, if unique."""
    stem = fold(PurePosixPath(path).stem)
    longest: dict[str, int] = {}
    for t in _types():
        lengths = [len(hint) for hint, pattern in t.filename if pattern.search(stem)]
        if lengths:
            longest[t.name] = max(lengths)
    ranked = sorted(longest.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _best(scores: dict[str, float]) -> tuple[str | None, float, float]:
    # Ties by name: the scores come from a set, whose order changes from run to run with Python's string hashing.
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return None, 0.0, 0.0
    return ranked[0][0], ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0.0


# The lines at the top of a page, as they stand on it, among which a title read apart by columns stands.
LAID_OUT_TITLE_LINES = 3


@cache
def _title_only_types() -> frozenset[str]:
    """The types only a title makes: a standard medical certificate."""
    return frozenset(t.name for t in _types() if t.needs_title)


def _document_text(pages: list[Page], first: str) -> str:
    """The pages' text, the first page's as `first` gives it (`titled_text`)."""
    return "\n".join([first] + [p.text for p in pages[1:]])


def titled_text(page: Page) -> str:
    """The first page's text of a document, headed by its title as the title stands on the page where OCR read its
    words apart: a form in two columns is read column by column, "STANDAARD" atop the left one and "MEDISCH
    GETUIGSCHRIFT" atop the right (twelfth). Only at the very top of a page that is not numbered as a later one:
    further down, a form's label ("Standaard medisch getuigschrift (arts, datum)") reads like a title."""
    if _continues(page.text) or first_title(top_lines(page.text, TITLE_LINES)):
        return page.text
    title = next((line for line in laid_out(page)[:LAID_OUT_TITLE_LINES] if first_title(line)), None)
    return f"{title}\n{page.text}" if title else page.text


def _segments(pages: list[Page]) -> list[list[Page]]:
    """Split a file's pages where a page's heading names another document than the one running."""
    threshold = _config()["thresholds"]["new_document"]
    segments: list[list[Page]] = []
    running: str | None = None
    # Whether the running document's type is its title's: a type its content only guessed (an intake form's
    # labels taken for an identity document's) gives way to a page's content only on twice the evidence.
    headed = False
    for page in pages:
        head_type, head_score, runner_up = _best(heading_scores(page.text))
        # A heading names one document; a list of enclosures names several.
        titled = head_type if head_score >= threshold and head_score > runner_up else None
        if titled is None and segments and running:
            other = _config()["thresholds"]["classify"] if headed else 2 * threshold
            titled = _other_content(page.text, running, other)
        if titled is None and segments and running is None:
            # After a page that said nothing of its kind (an authority's letter, a covering note), a page whose own
            # words plainly make it one type is that document's first: a hospital's report headed only by its
            # letterhead, scanned after the IND's letter in a bundle (thirty-first's "Verslag multidisciplinair
            # overleg" became the letter's second page).
            titled = _plainly(page.text)
        if titled is None and segments and running and _headed_as_decision(page.text):
            # An authority's decision is its own document, of none of the types.
            titled = OTHER
        # A letter has no title, but its salutation opens it: a doctor's letter scanned after a passport; so does
        # its date and subject line at its top (a hospital's letter after a consultant's, thirty-sixth, read).
        opens = titled is None and (_SALUTATION.search(page.text) is not None or _letter_opens(page.text))
        if (
            segments
            and not _leaves_zone(segments[-1], running, page)
            and not _enters_zone(running, page)
            and not _last_page(segments[-1][-1].text)
            and (
                _continues(page.text)
                or (
                    not opens
                    and (titled is None or titled == running)
                    and not _switches_language(segments[-1], page)
                )
            )
        ):
            segments[-1].append(page)
        else:
            segments.append([page])
            running = titled
            # A certificate's later pages count none of its words without its title (a title-only type): no page's
            # content is "none of the running type's" there.
            headed = titled is not None and head_type == titled and titled not in _title_only_types()
        # A document without a title at its top is what its content says it is, when it says enough: a cover
        # letter that names "kopie paspoort" does not make the passport scanned after it its own page.
        if running is None:
            running = content_type(page.text)
    return segments


def _switches_language(segment: list[Page], page: Page) -> bool:
    """The page's prose is in another of the four languages than the prose of the page before it: a document is
    written in one, and the next one scanned after it may be in another (a country report in English after a Dutch
    hospital's discharge letter, fortyfourth be9ter-parallel-2, read: the report became the letter's pages, the
    letter "written in English"). A form's labels and a passport's captions are too few words to say."""
    before = segment[-1]
    return (
        page.language in language.CANDIDATES.values()
        and before.language in language.CANDIDATES.values()
        and page.language != before.language
        and all(len(_PROSE_WORD.findall(p.text)) >= LANGUAGE_PROSE_WORDS for p in (before, page))
    )


# The words in lower case a page holds at least for its language to tell it from the page before it.
LANGUAGE_PROSE_WORDS = 40


def _plainly(text: str) -> str | None:
    """The type the page's own words make it with a new document's weight, no other type near it."""
    kind, score, second = _best(score_text(text))
    return (
        kind if score >= _config()["thresholds"]["new_document"] and second <= PLAIN_SHARE * score else None
    )


# The runner-up's share of the best type's score at most, for a page's words to make it plainly one type.
PLAIN_SHARE = 0.5


def _letter_opens(text: str) -> bool:
    """A letter's subject line ("Betreft: …", "Objet :") stands among the page's top lines, under its letterhead and a
    date; or its addressee, a form of address then a postcode and place a line or two below it ("De heer Hasan Aydin
    / Bredaseweg 44 hs / 5038 EC Tilburg", a hospital's letter to its patient after its report, thirty-first, read):
    a letter's first page, which its later pages do not repeat."""
    dated = False
    lines = top_lines(text, DECISION_LINES).splitlines()
    for i, line in enumerate(lines):
        if dated and _subject_line(_tokens(line)):
            return True
        if _ADDRESSEE.match(line) and any(_POSTCODE_PLACE.search(x) for x in lines[i + 1 : i + 4]):
            return True
        dated = dated or bool(find_dates(line))
    return False


# A letter's addressee, by the form of address before the name; the line under it that ends the address: a Dutch or
# Belgian postcode and the place.
_ADDRESSEE = re.compile(
    r"\s*(?i:de heer|mevrouw|dhr\.?|mw\.?|monsieur|madame|m\.|mme|mr\.?|mrs\.?|ms\.?|herrn?|frau)\s+[A-Z]"
)
_POSTCODE_PLACE = re.compile(r"^\s*(?:[1-9]\d{3}\s?[A-Z]{2}|(?:B-)?[1-9]\d{3})\s+[A-Z][a-z]")


def content_type(text: str) -> str | None:
    """The type a page's own words make it, when they say enough, whatever its title."""
    kind, score, _ = _best(score_text(text))
    return kind if score >= _config()["thresholds"]["classify"] else None


def _page_type(text: str) -> str | None:
    """`content_type`, but a type only its title makes (a standard medical certificate) only under that title: an
    application's page that sums the certificate up is none. A page numbered after its document's first ("2/2")
    is a page of it."""
    if _continues(text):
        return None
    kind = content_type(text)
    strict = _title_only_types()
    return None if kind in strict and kind not in headed_types(text) else kind


# A page of an identity document other than the one with its zone is labels and capitals: a passport's remarks
# and stamps, an identity card's front. A letter's sentences are words in lower case.
PROSE_WORDS = 20
# Documents numbered "n of m" have at most this many pages: a larger "m" is some other pair of numbers.
MAX_PAGES_NUMBERED = 19
_PROSE_WORD = re.compile(r"(?<!\w)[a-zà-ÿ]{2,}(?!\w)")


@lru_cache(maxsize=256)
def _zoned(text: str) -> bool:
    """A machine-readable zone, read or garbled, is on the page (asked again of each page of a running
    identity document as the pages after it come)."""
    return bool(find_mrz(text)) or _zone_like(text)


def _leaves_zone(segment: list[Page], running: str | None, page: Page) -> bool:
    """Whether the page, after a page with a machine-readable zone, is another document: a zone stands on one
    page of an identity document, so a second zone is a second document (a residence permit copied after the
    passport), and a page of prose, or of another document's words, without one is no page of it (a decision
    letter, a payslip scanned after the permit)."""
    mrz = _zone_types()
    if running not in mrz or not any(_zoned(p.text) for p in segment):
        return False
    # Or its own words say it is another document: a payslip's table, which has little prose.
    kind, score, _ = _best(score_text(page.text))
    other = kind not in mrz and score >= _config()["thresholds"]["classify"]
    return _zoned(page.text) or other or len(_PROSE_WORD.findall(page.text)) >= PROSE_WORDS


@cache
def _zone_types() -> frozenset[str]:
    """The types whose documents carry a machine-readable zone."""
    return frozenset(t.name for t in _types() if t.mrz)


def _enters_zone(running: str | None, page: Page) -> bool:
    """Whether the page holds a machine-readable zone after a document that has none: a passport's page scanned
    after the application, whatever a photo's noise reads as a page number ("4 oF 5", fifteenth)."""
    return running is not None and running not in _zone_types() and _zoned(page.text)


_SALUTATION = re.compile(
    r"^\s*(?:(?:zeer |hoog)?geachte|beste|dear|to whom it may concern|aan wie het aangaat|[àa] qui de droit"
    r"|madame|monsieur|mesdames|messieurs"
    r"|ch[eè]re? (?:confr[eè]re|coll[eè]gue|cons(?:œ|oe)ur|ma[iî]tre|docteur|monsieur|madame)|sehr geehrte|liebe)\b",
    re.IGNORECASE | re.MULTILINE,
)


def salutes(text: str) -> bool:
    """The text greets its reader, as a letter does ("Geachte heer Miah,")."""
    return _SALUTATION.search(text) is not None


def _other_content(text: str, running: str, threshold: float) -> str | None:
    """The type of a page whose title OCR did not find at its top, but whose content is plainly another
    document than the one running: a passport page scanned after an application form, read out of order; a
    payslip whose title shares its line with the employer's name, after an insurance certificate (fifteenth). Its
    own words make it a type, and not one word of them is the running type's."""
    scores = score_text(text)
    best, score, _ = _best(scores)
    return best if best != running and score >= threshold and not scores.get(running) else None


# "2/2", "Pagina 2/3", "page 2 of 3", "Seite 2 von 2", "blad 1/2": a page's number in its document, and their count.
# Not numbers touching a bar: the rules of boxes or a photo OCR read as noise ("SWS alee 3/3|8/ 3/2", a guarantor's
# form with a copy of an identity card on it, fortyninth ind-med-clean-08, read after its blind run: taken for the
# second page of the insurer's letter before it).
_PAGE_NUMBER = re.compile(
    r"(?<![\w/.,|-])(?:(pagina|page|seite|blz|blad|p)\.?\s*)?(\d{1,2})\s*(?:/|of|van|de|sur|von)\s*(\d{1,2})"
    r"(?![\w/.,|-])",
    re.IGNORECASE,
)


def _page_numbers(text: str) -> list[tuple[int, int]]:
    """The page's numbers as "n of m". Those a word labels ("blad 1/2") outweigh bare ones: a grid of boxes OCR
    read as noise ("||8/8 ||] 5 8 Ble", sixteenth) is no page number. A bare one counts from 2 of 2 up (a dose's
    "1/2" is none)."""
    found = [
        (m.group(1) is not None, int(m.group(2)), int(m.group(3)))
        for m in _PAGE_NUMBER.finditer(text)
        if 1 <= int(m.group(2)) <= int(m.group(3)) <= MAX_PAGES_NUMBERED
    ]
    labelled = [(n, of) for named, n, of in found if named]
    return labelled or [(n, of) for _, n, of in found if n >= 2]


def _continues(text: str) -> bool:
    """The page says it is not the first of its document, whatever title a form's label on it looks like
    ("Certificat médical type (médecin, date)" on page 2 of an application form)."""
    return any(n >= 2 for n, _ in _page_numbers(text))


def _last_page(text: str) -> bool:
    """The page says it is the last of its document ("3/3", "page 2 of 2"): a page after it is another document,
    however little its own words say (a country report's chart scanned after a certificate, fourteenth)."""
    return any(n == of for n, of in _page_numbers(text))


def _confidence(best: float, second: float) -> float:
    """Grows with the evidence, shrinks when another type is nearly as likely."""
    threshold = _config()["thresholds"]["classify"]
    return round(min(1.0, best / (2 * threshold)) * (1 - 0.5 * second / best), 2)


def classify_pages(
    pages: list[Page], hint: str | None, model: doctype_model.Model | None = None, memo: Cache | None = None
) -> tuple[str, float, ClassifiedBy, dict[str, float], str | None]:
    """The pages' type by the phrases, or by the learned model where it is sure (doctype_model): measured on every
    part of the blind corpus held out of its training, the two together were right more often than either.
    A type only its title makes (a standard medical certificate) the model gives only where that title is found.
    Last, the type the model is sure of, if any (`Document.learned`).
    `model` is the shipped one unless given (eval/classifier.py measures models learned without a part); `memo`
    keeps its answers (doctype_model.sure_type)."""
    kind, confidence, by, content = by_phrases(pages, hint)
    sure = doctype_model.sure_type("\n".join(p.text for p in pages), model, memo)
    if sure is None:
        return kind, confidence, by, content, None
    if sure[0] == kind:
        return kind, confidence, by, content, kind
    strict = _title_only_types()
    if sure[0] in strict and sure[0] not in content:
        return kind, confidence, by, content, None
    return sure[0], round(sure[1], 2) if sure[0] != OTHER else 0.0, "content", content, sure[0]


def by_phrases(pages: list[Page], hint: str | None) -> tuple[str, float, ClassifiedBy, dict[str, float]]:
    """The pages' type by the titles and terms of document_types.yaml, a machine-readable zone, and the file name."""
    config = _config()
    threshold = config["thresholds"]["classify"]
    first = titled_text(pages[0])
    text = _document_text(pages, first)
    content = score_text(text)
    if _message(first):
        content = {t: v for t, v in content.items() if not config["types"][t].get("not_a_message")}
        hint = None if hint and config["types"].get(hint, {}).get("not_a_message") else hint
    if first_title(text) == TRANSLATION and content.get(TRANSLATION, 0) >= threshold:
        # A translation reads like what it renders (a birth extract's fields, a passport's): its own title,
        # above them, says what it is.
        return TRANSLATION, _confidence(content[TRANSLATION], 0), "content", content
    content_type, content_score, _ = _best(content)
    scores = dict(content)
    strict = _title_only_types()
    if hint in strict and hint not in content:
        # A file called "certificat-medical.pdf" holding a doctor's free letter is no standard certificate.
        hint = None
    if hint:
        scores[hint] = scores.get(hint, 0) + config["weights"]["filename"]
    best_type, best, second = _best(scores)
    titled = first_title(top_lines(first, TITLE_LINES))
    if (
        titled
        and titled != best_type
        and best_type not in headed_types(text)
        and content.get(titled, 0) >= threshold
    ):
        # A document has one title, at its top: an embassy's "Attestation d'identité" whose fields read like a
        # passport's ("Nom / Surname", "Date of birth") is the attestation, not a passport that says nowhere
        # that it is one.
        return titled, _confidence(content[titled], 0), "content", content
    if best_type and content_score >= threshold:
        return best_type, _confidence(best, second), "content", content
    if hint:
        return (
            hint,
            _confidence(config["weights"]["filename"], content_score if content_type != hint else 0),
            "filename",
            content,
        )
    return OTHER, 0.0, "content", content


def _message(text: str) -> bool:
    """The text opens as an e-mail or a fax's cover sheet: a sender's, an addressee's and a subject's header lines
    among its first lines."""
    said = {
        label
        for line in top_lines(text, MESSAGE_LINES).splitlines()
        if (m := _HEADER_LABEL.match(fold(line)))
        for label, words in _config()["message_headers"].items()
        if m.group(1) in words
    }
    return said == set(_config()["message_headers"])


# The lines at a message's top that hold its header: the sender, the addressee, copies, the date, the subject.
MESSAGE_LINES = 8
_HEADER_LABEL = re.compile(r"\s*(\w+)\s*:")


def classify_file(source: SourceFile, manifest_type: str | None, memo: Cache | None = None) -> list[Document]:
    last = len(source.pages)
    if manifest_type:
        return [
            Document(
                source.path,
                min(1, last),
                last,
                manifest_type,
                1.0,
                "manifest",
                language.languages_of(source.pages),
            )
        ]
    hint = filename_hint(source.path)
    if not source.pages:
        return [Document(source.path, 0, 0, hint or OTHER, 0.0, "filename" if hint else "content")]
    segments = _segments(source.pages)
    documents = []
    for pages in segments:
        # A file name says what the file is, not which of the documents inside it.
        kind, confidence, by, scores, learned = classify_pages(
            pages, hint if len(segments) == 1 else None, None, memo
        )
        text = _document_text(pages, titled_text(pages[0]))
        headed = headed_types(text)
        documents.append(
            Document(
                source.path,
                pages[0].number,
                pages[-1].number,
                kind,
                confidence,
                by,
                language.languages_of(pages),
                scores,
                headed,
                tuple(_page_type(p.text) for p in pages),
                learned,
                by == "content" and learned != kind and subject_only(kind, text, headed),
            )
        )
    return documents


def classify(dossier: Dossier, memo: Cache | None = None) -> None:
    """Set the dossier's documents; `memo` keeps the learned model's answers (doctype_model.sure_type)."""
    dossier.documents = [
        doc for f in dossier.files for doc in classify_file(f, dossier.manifest.documents.get(f.path), memo)
    ]
