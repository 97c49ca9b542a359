"""The language of a page: nl, fr, de, en, or other.

lingua, not langdetect: on short, noisy OCR-like phrases (field labels,
"Handtekening van de arts", "Fait à Liège, le") lingua restricted to the four
languages was right 158 times in 160, langdetect with a fixed seed 131 (it
takes short Dutch for Afrikaans). The four decide among themselves; "other"
needs a second detector that also knows the languages applicants' documents
come in and is sure the text is one of those. That one runs in lingua's low
accuracy mode (loading all its models in high accuracy takes seconds, in low
a fifth of a second) and only on page-length text, where it was right on all
40 noisy four-language samples and all 6 others; on short phrases it is not
reliable. Afrikaans is left out of it on purpose: it would take Dutch.
Non-Latin text is "other" from its letters, or from Tesseract's script
detection where OCR ran it.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from validator.model import Page

CANDIDATES = {Language.DUTCH: "nl", Language.FRENCH: "fr", Language.GERMAN: "de", Language.ENGLISH: "en"}
_OTHERS = (
    Language.SPANISH,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.TURKISH,
    Language.POLISH,
    Language.ROMANIAN,
    Language.ALBANIAN,
    Language.SOMALI,
    Language.SWAHILI,
    Language.INDONESIAN,
    Language.TAGALOG,
    Language.VIETNAMESE,
    Language.CROATIAN,
    Language.SLOVAK,
)
# Fewer letters than this: too little text to tell.
MIN_LETTERS = 12
# Fewer letters than this: too little to tell a fifth language from the four.
OTHER_MIN_LETTERS = 60
# A line of at least this many words is part of a sentence, not a heading, a label or an address.
SENTENCE_WORDS = 8
# A page's language shows in its first lines; reading more only costs time. Its sentences, line by line, are
# read further: a letter may open on the borrowed words of its subject.
SAMPLE_CHARS = 1500
PROSE_CHARS = 4000
# How sure the wider detector must be that the text is in none of the four.
OTHER_CONFIDENCE = 0.5
# Share of non-Latin letters above which a text is "other" whatever the detectors say.
NON_LATIN_SHARE = 0.5
# OCR's confidence in a word above which it was read, not guessed at.
WELL_READ_CONF = 60
# This many words of three letters or more read well with the Latin-script languages: the page is in Latin script.
READ_LATIN = 40


@cache
def _four() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*CANDIDATES).build()


@cache
def _wider() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*CANDIDATES, *_OTHERS).with_low_accuracy_mode().build()


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def _non_latin(letters: list[str]) -> bool:
    latin = sum("LATIN" in unicodedata.name(c, "") for c in letters)
    return latin < (1 - NON_LATIN_SHARE) * len(letters)


# What parts a line written in two languages side by side: "CARTE CONSULAIRE / CONSULAR CARD", "AMBASSADE DU
# CAMEROUN - EMBASSY OF CAMEROON" (thirtieth be9ter-clean-23). Each part is judged on its own: a short line in
# capitals, whole, is another language to the wider detector as readily as not ("EMBASSY OF CAMEROON" is Tagalog
# to it).
_SIDE_BY_SIDE = re.compile(r"\s*[/|]\s*|\s+[-–—]\s+")


def _mostly_other(lines: list[str]) -> bool | None:
    """The wider detector is sure that most of the text, by its letters, is in none of the four languages. Read line
    by line, a line's parts side by side apart: a patient's name in a handwritten French note ("Gülsün Zeynep Koç")
    made lingua take the whole note for Romanian, its lines of French for French (twentyfourth). None: one line at most
    has common words enough to tell: a Turkish birth register extract's one such line was its apostille's
    "(Convention de La Haye du 5 octobre 1961)" (thirty-third ind-gen-translation-02, read: taken for French, "no
    translation needed")."""
    other = total = judged = 0
    for line in (part for whole in lines for part in _SIDE_BY_SIDE.split(whole)):
        common = _common_words(line)
        letters = len(_letters(common))
        if letters < MIN_LETTERS:
            continue
        total += letters
        judged += 1
        if _other_whole_and_common(line):
            other += letters
    return 2 * other > total if judged >= _LINES_TO_TELL else None


# Lines with common words enough to judge, from which the lines tell the text's language.
_LINES_TO_TELL = 2


def _other_language(lines: list[str], sample: str) -> bool:
    """The text is in another language than the four: by its sentences' lines, else by its sample's lines with their
    common words, else by its sample whole. Its long lines may be a heading and a name ("Registration of Persons
    Act, Cap. 332", "Name of child TUMUSIIME Sarah Nakato": a Ugandan birth certificate, twenty-fourth) where its
    short ones hold the common words; a Turkish civil-status extract's heading, "Nüfus ve Vatandaşlık İşleri Genel
    Müdürlüğü", is capitalised word by word and has hardly any (twenty-third). Line by line, a line in capitals is
    read whole: an extract printed in capitals throughout, a few letters of OCR's noise in lower case among them,
    had only that noise read as its common words (twenty-eighth be9ter-identity-language-1: German)."""
    verdict = _mostly_other(lines)
    if verdict is not None:
        return verdict
    # A form's labels ("Date of birth", "Place of birth", "Father's name") are short lines, their common words too
    # few to judge line by line, while its values in capitals, names mostly, are read whole: a Yemeni birth
    # certificate's English labels were outweighed by "REPUBLIC OF YEMEN" and "ARWA MAYSA AL-HAKIMI" (fortyeighth
    # be9ter-clean-08, read after its blind run), a Moldovan one's Romanian labels taken for French line by line
    # ("Codul personal (IDNP)", "CERTIFICAT DE NASTERE": fortyeighth ind-gen-translation-01). Read together, the
    # labels' common words say the form's language.
    common = _common_text(sample)
    if len(_letters(common)) >= OTHER_MIN_LETTERS:
        return _other(common)
    verdict = _mostly_other(sample.splitlines())
    if verdict is not None:
        return verdict
    return _other(sample)


def _common_text(text: str) -> str:
    """The common words (`_common_words`) of the text's lines in lower case, read together: a line in capitals
    throughout is a heading or a name."""
    return " ".join(
        word
        for line in text.splitlines()
        if any(c.islower() for c in line)
        for word in _common_words(line).split()
    )


def _other(text: str) -> bool:
    wider = _wider().compute_language_confidence_values(text)
    return bool(wider) and wider[0].language not in CANDIDATES and wider[0].value >= OTHER_CONFIDENCE


def _other_whole_and_common(text: str) -> bool:
    """The text is in another language read whole and by its common words (`_common_words`)."""
    return _other(text) and _other(_common_words(text))


def _common_words(line: str) -> str:
    """The line's words that do not begin with a capital, which carry its language; the names of people and places
    do not ("Office of the Local Registrar, Kathmandu Metropolitan City": Italian to the wider detector, twenty-
    fifth). A line is another language only where it is so read both whole and by these words: a Dutch "1 x per
    dag, forte 1 x per dag" alone reads as Tagalog (twenty-fourth). A line in capitals throughout is read whole."""
    if not any(c.islower() for c in line):
        return line
    return " ".join(w for w in line.split() if not w[:1].isupper())


def detect(text: str, script: str | None = None) -> str | None:
    """nl | fr | de | en | other, or None when there is too little text to tell.

    A letter's sentences say its language; its letterhead and addresses ("Rue de l'Aurore 44, 1000 Bruxelles",
    "Dienst Vreemdelingenzaken, Pachecolaan 44") say where it goes. Where the page has enough sentences, they
    are what is read, line by line: one accented word ("drépanocytose" in an English letter) makes lingua rule
    English out of a whole text, not out of the lines around it."""
    text_all = text[:PROSE_CHARS]
    every_line = text_all.splitlines()
    lines = [line for line in every_line if len(line.split()) >= SENTENCE_WORDS]
    by_line = len(_letters("".join(lines))) >= OTHER_MIN_LETTERS
    sample = text[:SAMPLE_CHARS]
    text = "\n".join(lines) if by_line else sample
    letters = _letters(text)
    if script not in (None, "Latin"):
        return "other"
    if len(letters) < MIN_LETTERS:
        return None
    if _non_latin(letters):
        return "other"
    if len(letters) >= OTHER_MIN_LETTERS and _other_language(lines if by_line else [], sample):
        # A document written twice, side by side, has its long lines in one language and its narrow column's
        # short ones in the other ("GIAY XAC NHAN NHAN THAN" beside "ATTESTATION D'IDENTITE": an embassy's
        # attestation, twenty-seventh): all its lines are weighed before it is called another language, and where
        # most are in the four, those lines say which.
        if not by_line or _mostly_other(every_line) is not False:
            return _written_twice(text_all) or _written_side_by_side(text_all, lines) or "other"
        lines = [line for line in every_line if len(_letters(line)) >= MIN_LETTERS and not _other(line)]
    if by_line:
        votes: Counter[Language] = Counter()
        for line in lines:
            found = _four().detect_language_of(line)
            if found:
                votes[found] += len(_letters(line))
        if not votes:
            return None
        # Lines that split three ways say nothing of their own: a certificate's answers in capitals, read line by
        # line as English, German and Dutch (fifth), are Dutch read together.
        best, most = votes.most_common(1)[0]
        if 2 * most > sum(votes.values()):
            return CANDIDATES[best]
    found = _four().detect_language_of(text)
    return CANDIDATES[found] if found else None


# What a paragraph and its translation share: its numbers and names ("Tamin'ny 19 Oktobra 2019, dia teraka tao
# Antsiranana i RAVELOJAONA Rija" and "Le 19 octobre 2019 est né à Antsiranana RAVELOJAONA Rija").
_KEPT_IN_TRANSLATION = re.compile(r"\d+|\b[A-ZÀ-Ý][\w'-]{2,}")
# Of them, at least this many shared by two paragraphs one after the other make one the other's translation.
SHARED_TOKENS = 2


def _written_twice(text: str) -> str | None:
    """The language among the four of a document written in two, each paragraph in the other language followed or
    preceded by its translation (a Malagasy birth certificate, Malagasy and French paragraph by paragraph: fortythird
    be9ter-clean-03, read after its blind run, "another language"). None where a paragraph in the other language has
    no translation beside it: a Turkish extract's apostille in French is none of its paragraphs'."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if len(p.split()) >= SENTENCE_WORDS]
    other = [_other_whole_and_common(p) for p in paragraphs]
    if not any(other) or all(other):
        return None
    tokens = [set(_KEPT_IN_TRANSLATION.findall(p)) for p in paragraphs]
    votes: Counter[Language] = Counter()
    for at, is_other in enumerate(other):
        if not is_other:
            continue
        if any(
            len(_letters(part)) >= MIN_LETTERS and not _other(part)
            for part in _SIDE_BY_SIDE.split(paragraphs[at])
        ):
            # Its translation after it on its lines ("Kopia nadika manontolo … / Copie certifiée conforme …").
            continue
        beside = [
            n
            for n in (at - 1, at + 1)
            if 0 <= n < len(paragraphs) and not other[n] and len(tokens[at] & tokens[n]) >= SHARED_TOKENS
        ]
        if not beside:
            return None
        found = _four().detect_language_of(paragraphs[beside[0]])
        if found:
            votes[found] += 1
    return CANDIDATES[votes.most_common(1)[0][0]] if votes else None


# A label and its translation on one line ("Nascido(a) em / Né(e) le", "Onrocon / Issued by"); at least this many such
# lines, one side of them read together at least this many letters and surely in one of the four (the wider
# detector's confidence), make a document written in two languages side by side. A slash parts the two, not a bar
# or a dash as in `_SIDE_BY_SIDE`: on a form those are a table's rules and a date's place ("03.10.1960 - CACHEU").
SIDE_BY_SIDE_LINES = 3
SIDE_LETTERS = 40
SIDE_SURE = 0.9
_SIDE_SEPARATOR = re.compile(r"\s*/\s*")


def _written_side_by_side(text: str, sentences: list[str]) -> str | None:
    """The language among the four of a document whose labels are written twice on their lines, in another language
    and in one of the four: a Guinea-Bissauan consular card in Portuguese and French ("Morada / Adresse"), a
    Mongolian birth certificate in Mongolian and English (fortyeighth be9ter-clean-26, ind-med-a4-01, read after its
    blind run: "another language"). Each side is read whole; alone, a label is too short to tell. None where a
    sentence in another language is not written twice on its line: it is left untranslated."""
    if any(len(_SIDE_SEPARATOR.split(line)) < 2 and _other_whole_and_common(line) for line in sentences):
        return None
    sides: list[list[str]] = [[], []]
    for line in text.splitlines():
        parts = _SIDE_SEPARATOR.split(line)
        if len(parts) >= 2 and all(len(_letters(part)) >= 2 for part in parts[:2]):
            sides[0].append(parts[0])
            sides[1].append(" ".join(parts[1:]))
    if len(sides[0]) < SIDE_BY_SIDE_LINES:
        return None
    for side in (" ".join(s) for s in sides):
        if len(_letters(side)) < SIDE_LETTERS:
            continue
        wider = _wider().compute_language_confidence_values(side)
        if wider and wider[0].language in CANDIDATES and wider[0].value >= SIDE_SURE:
            return CANDIDATES[wider[0].language]
    return None


# A document in another language whose lines in one of the four stand among its own: labels over their translations
# ("Data do casamento" over "Date du mariage"), paragraphs after theirs. Cabo Verdean civil-status documents printed
# in Portuguese and French, line under line, were "another language" (fortyninth be9ter-clean-23, -25, -26, read
# after its blind run): whether such a document is translated whole a person decides. Lines judged are those the
# wider detector is sure of (OTHER_CONFIDENCE), at least JUDGED_LETTERS letters, a line's parts side by side apart;
# at least ALONGSIDE_LINES of them in the four, ALONGSIDE_SHARE of all, changing language ALONGSIDE_CHANGES times
# or more. An apostille in French on a Turkish extract is one block: two changes at most.
JUDGED_LETTERS = 8
ALONGSIDE_LINES = 3
ALONGSIDE_SHARE = 0.25
ALONGSIDE_CHANGES = 3


def written_alongside(pages: list[Page]) -> str | None:
    """The language among the four whose lines stand among the pages' lines in another language, if any. Only
    words OCR read surely are judged: letters of another script it guessed at as Latin ("<wjpwünıd Upuniph" of an
    Armenian birth certificate) are any language to the detector, German as readily as not."""
    text = "\n".join(_page_read(p) for p in pages)
    judged: list[Language] = []
    for part in (part for line in text.splitlines() for part in _SIDE_BY_SIDE.split(line)):
        if len(_letters(part)) < JUDGED_LETTERS:
            continue
        wider = _wider().compute_language_confidence_values(part)
        if wider and wider[0].value >= OTHER_CONFIDENCE:
            judged.append(wider[0].language)
    four = [lang in CANDIDATES for lang in judged]
    changes = sum(a != b for a, b in zip(four, four[1:]))
    if sum(four) < ALONGSIDE_LINES or sum(four) < ALONGSIDE_SHARE * len(four) or changes < ALONGSIDE_CHANGES:
        return None
    return CANDIDATES[Counter(lang for lang in judged if lang in CANDIDATES).most_common(1)[0][0]]


def foreign_script(page: Page) -> bool:
    """Tesseract's script detection saw another script than Latin, and OCR with the Latin-script languages
    could not read the page well; or, whatever detection saw, the page's words of letters were read as guesses
    where its numbers were read surely (`letters_unread`). Detection runs on a page that read poorly, before it is
    turned upright: on a page that then reads well it saw a sideways Dutch letter as "Cyrillic"."""
    if letters_unread(page):
        return True
    if page.script in (None, "Latin", "Common"):
        return False
    ocr = page.ocr_words
    confident = [w for w in ocr if w.conf >= WELL_READ_CONF and len(w.text) >= 3]
    # A printed form filled in by hand reads half well: its print is Latin words, its hand is not; OSD saw the
    # hand. So many words read well are no foreign script, whatever share of the page they are.
    return len(confident) < max(5, len(ocr) // 2) and len(confident) < READ_LATIN


# A page's words of three letters or more, at least this many and this share of them read as guesses (below
# GUESSED_CONF), beside at least NUMBERS_READ numbers of four digits or more read surely (their median confidence at
# least NUMBER_SURE): its letters are in a script the OCR languages do not cover. Digits are printed alike in every
# script, so numbers read surely show the page itself is legible, where a poor scan or a fax reads numbers and words
# poorly alike. A Georgian birth certificate, its dates and numbers read at 92 to 96, its words as "bodoboggeman"
# at 0 to 30, was taken for French (fortysixth ind-gen-translation-01, read after its blind run: no translation
# asked for); Tesseract's script detection called it Latin, or Malayalam.
LETTER_WORDS = 8
GUESSED_SHARE = 0.6
GUESSED_CONF = 40
NUMBERS_READ = 2
NUMBER_SURE = 80


def letters_unread(page: Page) -> bool:
    """The page's letters were guessed at where its numbers were read surely: a script OCR does not know."""
    ocr = page.ocr_words
    lettered = [w for w in ocr if _letter_word(w.text)]
    numbers = [w.conf for w in ocr if sum(c.isdigit() for c in w.text) >= 4]
    guessed = sum(w.conf < GUESSED_CONF for w in lettered)
    return (
        len(lettered) >= LETTER_WORDS
        and guessed >= GUESSED_SHARE * len(lettered)
        and len(numbers) >= NUMBERS_READ
        and statistics.median(numbers) >= NUMBER_SURE
    )


def _letter_word(text: str) -> bool:
    letters = len(_letters(text))
    return letters >= 3 and letters >= 0.6 * len(text)


def page_language(page: Page) -> str | None:
    if letters_unread(page):
        return "other"
    return detect(_page_read(page), page.script if foreign_script(page) else None)


def words_language(page: Page) -> str | None:
    """The language of the words OCR read surely on the page, whatever script Tesseract's detection saw: where they
    are French ("EXTRAIT D'ACTE DE MARIAGE … Pour extrait certifié conforme" typed in violet on a Beninese form,
    twentysecond), a foreign script is a guess they contradict. None on a page whose letters were guessed at: the
    few words among them read surely ("œmèogobo" of a Georgian word) are guesses too."""
    if letters_unread(page):
        return None
    return detect(_page_read(page))


def _page_read(page: Page) -> str:
    """The page's text as OCR read the page surely: without the words it guessed at (a hand it could not read,
    "Je seussigpd cedifie suive", which a detector takes for English), and without what marks in its margins,
    read on their own, added after its words (pages.py): a sideways stamp or a struck-out note read as a long line
    of letters ("Beg Din Pp) a as * Fe ee …", twelfth) outvoted the form's Dutch as English."""
    if page.text_source != "ocr" or not page.words:
        return page.text
    lines: list[list[str]] = [[]]
    count = 0
    for token in re.finditer(r"\n|[^\s]+", page.text):
        if token.group() == "\n":
            lines.append([])
            continue
        word = page.words[count]
        if token.group() != word.text:
            return page.text
        if word.conf >= WELL_READ_CONF:
            lines[-1].append(word.text)
        count += 1
        if count == len(page.words):
            break
    return "\n".join(" ".join(line) for line in lines)


def languages_of(pages: list[Page]) -> list[str]:
    """The languages of a document's pages, most pages first."""
    counted = Counter(p.language for p in pages if p.language)
    return [lang for lang, _ in counted.most_common()]
