"""Belgian postal addresses: street, house number, optional box, four-digit postcode, municipality.

Written the Dutch way, street first ("Pachecolaan 44, 1000 Brussel", "Kerkstraat 12A bus 4\nB-2000
Antwerpen", "Bermbeekstraat 23/bus 1", "Veste 15 - boîte 01", "Orteliuskade 27-I", "Kerkstraat 14 hs");
the French way, number first ("31, Place de Brouckère, 1000 Bruxelles"); or postcode first ("1050
Ixelles, Avenue Louise 250"); in a sentence, number or postcode first after the words that say an address follows
("lives at 103, Bruul (box 12), 2800 Mechelen", "verblijft feitelijk op 1080 Sint-Jans-Molenbeek, Ribaucourtstraat
32 bus 2"). The street and number may stand on the line above the postcode, and the
number on its own line under the street.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LETTER = r"A-Za-zÀ-ÖØ-öø-ÿ"
_MONTHS = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|januari"
    r"|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
)
# Not a post office box or a phone number; a street name may end in a number range, as "Singel 40-45 219" does, and
# hold a day ("Rue du 22 Août", "Avenue du 11 Novembre", "Place du 1er Mai").
_STREET = (
    r"(?!(?:postbus|pb|antwoordnummer|bus|bo[îi]te|bte|box|briefkasten|tel|fax|gsm)\b)"
    rf"[{_LETTER}](?:[{_LETTER}'’.\- ]|\d{{1,2}}(?:er)?(?=[ \t]+{_MONTHS}\b)){{1,60}}?"
    r"(?:[ \t]\d{2}-\d{2}(?=[ \t]+\d))?"
)
# Number-first streets are French, and start with what kind of street they are. A letter wraps its line within the
# street's name too: "17, Place de\nl'Université (boîte 3), 1348 Ottignies-Louvain-la-Neuve" (fortieth be9ter-clean-25,
# read after its blind run: "no residence address").
_FRENCH_KIND = (
    r"(?:rue|avenue|av\.|boulevard|bd|place|chauss[ée]e|chemin|square|quai|all[ée]e|impasse|clos|"
    r"dr[èe]ve|rond-point|route|galerie|parvis|sentier|passage|cours|r[ée]sidence|cit[ée]|ruelle|"
    r"venelle|voie|esplanade|promenade|carrefour|sq\.)\b"
)
_FRENCH_STREET = rf"{_FRENCH_KIND}[{_LETTER}'’.\- ]{{0,60}}?(?:[ \t]*\n[ \t]*[{_LETTER}'’.\- ]{{1,60}}?)?"
# A Dutch street's name ends in what kind of street it is ("Kuringersteenweg", "Frankrijklei"): written number first
# as a French one is ("35, Kuringersteenweg (bus 1), 3500 Hasselt", sixteenth), its ending says it is a street.
_DUTCH_KIND = (
    r"(?:straat|laan|weg|plein|dreef|lei|kaai|singel|gracht|dijk|baan|hof|markt|pad|plaats|kade|vest|rei|dam"
    # A German one likewise ("34, Neustraße (Briefkasten 01), 4700 Eupen": thirty-fourth, read after its blind run).
    r"|steeg|wal|stra(?:ss|ß)e|platz|gasse|allee)\b"
)
_DUTCH_STREET = rf"[{_LETTER}][{_LETTER}'’.\- ]{{0,60}}?{_DUTCH_KIND}"
# "12A", "165h"; not the B of "12 B-2000 Antwerpen".
_NUMBER = rf"(?P<number>\d{{1,4}}(?:[ \t]?[A-Za-z](?![{_LETTER}]|[ \t]*-[ \t]*\d))?)(?!\d)"
_KEYWORD = r"(?:bus|bo[îi]te|bte|bt|box|b\.|postbus|briefkasten)\.?"
# The number's own sign before it: "Rue Haute n° 12", "Kerkstraat nr. 12".
_NUMBER_SIGN = r"(?:(?:n[°ºo]|nr)\.?[ \t]*)?"
_VALUE = r"[0-9A-Za-z]{1,5}(?:\.\d{1,3})?"
# A letter wraps a line between the box's word and its value too: "Chaussée de Gand 15 bte\n12, 1080 …" (twenty-sixth).
_TO_VALUE = r"[ \t]*(?:\n[ \t]*)?"
# The box, or the unit of a Dutch address, each way it is written after the number: "bus 4", "bte 3",
# "/2", "/bus 1", " - boîte 01" (or a typewriter's " — boîte 12", fortyfirst be9ter-clean-08), "-I", ", H", a second
# number alone ("116 109", or on the next line), "hs" (huis).
_BOX = (
    rf"(?:(?:[\s,]*(?:[-–—][ \t]*)?|[ \t]*/[ \t]*)\(?{_KEYWORD}{_TO_VALUE}(?P<box>{_VALUE})\)?"
    rf"|/(?P<slash>{_VALUE})"
    r"|-(?P<dash>[0-9A-Za-z]{1,4})(?![\w-])"
    r"|,[ \t]*(?P<letter>[A-Z])(?![\w-])"
    r"|(?:[ \t]+|[ \t]*\n[ \t]*)(?P<bare>\d{1,4})(?=[ \t]*[,\n])"
    r"|[ \t]+(?P<word>hs|huis|bis|ter)\b)?"
)
_POSTCODE = r"(?:B\s?-\s?|BE\s?-\s?)?(?P<postcode>[1-9]\d{3})"
_COUNTRY = r"belgi(?:um|ë|e|que|en)\b"
_MUNICIPALITY = (
    rf"(?P<municipality>[{_LETTER}][{_LETTER}'’\-]+"
    rf"(?:[ \-](?:\(?[{_LETTER}][{_LETTER}'’\-]*\)?))*?)"
    rf"(?=\s*(?:$|[,;.()]|\n)|[ \t]+{_COUNTRY}|[ \t]+[-–—|·][ \t])"
)
_VERB = r"(?:se\s+situe|se\s+trouve|est\s+situ[ée]e?|est|is|bevindt\s+zich|is\s+gelegen)"
# "woonachtig te", "domicilié à", "se situe", "is" … before the street are not part of it: a sentence gives the
# address after its verb ("Sa résidence effective se situe 33, Place de l'Université", "Haar verblijfplaats is
# 8500 Kortrijk, Gentsesteenweg 273").
_LEAD_IN = (
    r"(?:(?:woonachtig|wonende|verblijvend|domicilie|domicilié|domiciliée|résidant|residant|demeurant|wohnhaft)"
    r"\s+(?:te|à|a|in)\s+|(?:à|a)\s+l['’]adresse(?:\s+suivante)?\s*:?\s+|op\s+het\s+adres\s+|"
    r"at\s+the\s+address\s+|unter\s+der\s+adresse\s+|"
    rf"{_VERB}(?:\s+(?:à|a|te|in|op))?\s+)?"
)
# Where an address may begin: a line, a field after its colon, a column after a gap or a dash between spaces
# ("Cellule 9ter - Boulevard Pachéco 44 - 1000 Bruxelles"), a bracket; or the verb of a sentence; or after a form's
# label "Adresse" in a table's cell beside it, the gap read as one space ("ADRESSE 243, Rue des Wallons (boîte 3),
# 1348 Ottignies-Louvain-la-Neuve": fiftyfirst be9ter-chosen-domicile-2, read after its blind run).
# The word a form labels an address with, in each language.
ADDRESS_LABELS = ("adres", "adresse", "address", "anschrift")
_START = (
    rf"(?:^|(?<=[:,;(])|(?<=\s\s)|(?<=\s[-–·|]\s)|(?<=\s)(?={_VERB}\s)"
    + "".join(rf"|(?<=\b{label}[ \t])" for label in ADDRESS_LABELS)
    + r")[ \t]*"
)
_TO_POSTCODE = r"[ \t]*[,\-–]?[ \t]*\n?[ \t]*"
# A letter wraps a line anywhere: "… Chaussée de Louvain 52, 1210\nSaint-Josse-ten-Noode." OCR may read a speck
# before the municipality as an opening quote ("1070 ‘Anderlecht, Wayezstraat 28 bus 4", thirty-ninth
# be9ter-identity-1, read after its blind run: "no address", a false inadmissible).
_TO_MUNICIPALITY = r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:[‘’'`´“”„\"][ \t]?)?"
# A number-first street's number, its box after a slash perhaps: "30/12, Rue de Marcinelle, 6000 Charleroi" (fortyfourth
# be9ter-chosen-domicile-1, read: "no residence address").
_NUMBER_FIRST = rf"{_NUMBER}(?:[ \t]*/[ \t]*(?P<lead_box>{_VALUE}))?"
# After a number-first street: the box, perhaps in brackets, and the postcode and municipality.
_NUMBER_FIRST_END = rf"(?:[ \t]*,?[ \t]*\(?{_KEYWORD}{_TO_VALUE}(?P<box>{_VALUE})\)?)?{_TO_POSTCODE}{_POSTCODE}{_TO_MUNICIPALITY}{_MUNICIPALITY}"
# The words of a sentence that say an address follows, however it is written: "He actually lives at 103, Bruul (box
# 12), 2800 Mechelen", "Hij verblijft feitelijk op 1080 Sint-Jans-Molenbeek, Ribaucourtstraat 32 bus 2", "Zij woont
# effectief op het volgende adres: 83, Sleepstraat, 9000 Gent", "verblijvende te 9000 Gent, Sleepstraat 63".
_LIVES_AT = (
    r"(?:\b(?:lives|living|resides|residing|resident|domiciled|verblijft|verblijvende?|woont|wonende?|woonachtig"
    r"|r[ée]side|r[ée]sidant|s[ée]journe|s[ée]journant|demeurant|habite|domicili[ée]e?|wohnt|wohnhaft)"
    r"(?:[ \t]+(?:actually|currently|feitelijk|effectief|werkelijk|thans|momenteel|effectivement|actuellement"
    r"|tats[äa]chlich))?"
    r"[ \t]+(?:at|op|te|in|à|a|au|bei)[ \t]+"
    r"(?:(?:(?:het|the)[ \t]+(?:volgende[ \t]+)?|l['’])(?:adres|address|adresse)(?:[ \t]+suivante)?[ \t]*:?[ \t]+)?"
    # "Die Betroffene hält sich tatsächlich auf in 34, Neustraße (Briefkasten 01), 4700 Eupen" (thirty-fourth).
    r"|\bh[äa]lt[ \t]+sich[ \t]+(?:tats[äa]chlich[ \t]+)?auf[ \t]+in[ \t]+"
    # "Zijn feitelijke verblijfplaats in België is 138, Overleiestraat, 8500 Kortrijk."
    r"|\b(?:verblijfplaats|verblijfsadres|woonplaats|r[ée]sidence(?:[ \t]+effective)?|residence|aufenthaltsort)"
    r"(?:[ \t]+(?:in|en)[ \t]+belgi\w+)?[ \t]+(?:is|est|se[ \t]+situe|ist)[ \t]+)"
)
_FORMS = [
    re.compile(
        rf"{_START}{_LEAD_IN}(?P<street>{_STREET})(?:,?[ \t]+|[ \t]*\n[ \t]*){_NUMBER_SIGN}{_NUMBER}{_BOX}{_TO_POSTCODE}"
        rf"{_POSTCODE}{_TO_MUNICIPALITY}{_MUNICIPALITY}",
        flags=re.MULTILINE | re.IGNORECASE,
    ),
    re.compile(
        rf"{_START}{_LEAD_IN}{_NUMBER_FIRST}[ \t]*,?[ \t]*(?P<street>{_FRENCH_STREET}){_NUMBER_FIRST_END}",
        flags=re.MULTILINE | re.IGNORECASE,
    ),
    re.compile(
        rf"{_START}{_LEAD_IN}{_NUMBER_FIRST}[ \t]*,[ \t]*(?P<street>{_DUTCH_STREET}){_NUMBER_FIRST_END}",
        flags=re.MULTILINE | re.IGNORECASE,
    ),
    # Postcode first, the municipality's comma perhaps read as a full stop, as a felt-tip's small comma is ("1080
    # MOLENBEEK-SAINT-JEAN. CHAUSSEE DE GAND 28": fortieth be9ter-clean-20, read after its blind run).
    re.compile(
        rf"{_START}{_LEAD_IN}{_POSTCODE}{_TO_MUNICIPALITY}{_MUNICIPALITY}[ \t]*[,.][ \t]*(?P<street>{_STREET})[ \t]+"
        rf"{_NUMBER}{_BOX}(?=[ \t]*(?:$|[,;.]))",
        flags=re.MULTILINE | re.IGNORECASE,
    ),
    # After the words of a sentence that say an address follows: number first on any street, or postcode first.
    re.compile(
        rf"{_LIVES_AT}{_NUMBER_FIRST}[ \t]*,[ \t]*(?P<street>{_STREET}){_NUMBER_FIRST_END}",
        flags=re.MULTILINE | re.IGNORECASE,
    ),
    re.compile(
        rf"{_LIVES_AT}{_POSTCODE}{_TO_MUNICIPALITY}{_MUNICIPALITY}[ \t]*,[ \t]*(?P<street>{_STREET})[ \t]+{_NUMBER}"
        rf"{_BOX}(?=[ \t]*(?:$|[,;.]))",
        flags=re.MULTILINE | re.IGNORECASE,
    ),
]
_BOX_GROUPS = ("box", "lead_box", "slash", "dash", "letter", "bare", "word")
# A street its name says is one ("Rue des Wallons", "Sleepstraat") and its house number, with or without the postcode
# that makes it an address: one OCR read with its postcode misread ("1340" read as "a") is still written there. On one
# line, a Dutch street in one word, not a residence's own word ("résidence effective à l'adresse 17B"); not a year
# ("verblijft er sinds 2019") nor a date after a place's label ("Geboorteplaats 14.07.1982").
_STREET_NUMBER = re.compile(
    rf"(?<![{_LETTER}])(?P<street>(?!r[ée]sidence\b){_FRENCH_KIND}[{_LETTER}'’.\- ]{{0,60}}?"
    rf"|[{_LETTER}][{_LETTER}'’.\-]{{0,40}}?{_DUTCH_KIND})[ \t]+"
    rf"(?!(?:19|20)\d\d(?!\d)){_NUMBER}{_BOX}(?![./]?\d)",
    flags=re.IGNORECASE,
)


@dataclass(frozen=True)
class Address:
    street: str
    number: str
    # The box (bus, boîte) or, in a Dutch address, the unit after the number.
    box: str | None
    postcode: str
    municipality: str
    start: int
    end: int

    def __str__(self) -> str:
        box = f" bus {self.box}" if self.box else ""
        return f"{self.street} {self.number}{box}, {self.postcode} {self.municipality}"


def find_streets(text: str) -> list[tuple[int, int]]:
    """Where each street named as one stands with its house number, an address's postcode after it or not."""
    return [m.span() for m in _STREET_NUMBER.finditer(text)]


def find_addresses(text: str) -> list[Address]:
    """Every address in the text, in the order they stand; of two readings that overlap, the one that starts
    first (and then the longer)."""
    readings = []
    for form in _FORMS:
        for m in form.finditer(text):
            groups = m.groupdict()
            box = next((groups[g] for g in _BOX_GROUPS if groups.get(g)), None)
            start = min(m.start(g) for g in ("street", "number", "postcode"))
            readings.append(
                Address(
                    " ".join(m["street"].split()),
                    "".join(m["number"].split()),
                    box,
                    m["postcode"],
                    " ".join(m["municipality"].split()),
                    start,
                    m.end(),
                )
            )
    found: list[Address] = []
    for a in sorted(readings, key=lambda a: (a.start, -a.end)):
        if not any(a.start < b.end and b.start < a.end for b in found):
            found.append(a)
    return found
