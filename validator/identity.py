"""Identity-proof sufficiency, 9ter §2 (seed 003; rules.md section 5), as a pure function.

An identity document (passport, national identity card) suffices alone.
Otherwise each piece of evidence is judged on four conditions:
(a) full name, place and date of birth and nationality; (b) issued by the
competent authority; (c) a physical link with the applicant (a photo or
fingerprints); (d) not drawn up on the applicant's mere declarations. One piece meeting
(a)–(d) suffices; several together suffice when together they cover every
element of (a), each meets (b) and (d), and at least one meets (c). An
applicant whose asylum application awaits a final decision (or with an
admissible cassation appeal) is exempt, if the proof of that is attached.
What each type of document is lives in `validator/data/identity_proof.yaml`.
A type is never rejected by itself where DVZ names it as evidence (a consular
card, a marriage booklet): what its pages say decides. An expired passport or
identity card still proves identity, unless its nationality is in serious doubt
(it contradicts the dossier's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from babel import Locale
from babel.core import get_global
from rapidfuzz.distance import Levenshtein

from validator import yamlconfig
from validator.extract.dates import find_dates
from validator.extract.mrz import Mrz, find_mrz, first_line_kind
from validator.extract.person import person_fields
from validator.model import BOX_REACH, EMPTY_FILL, Applicant, Document, Dossier, Page
from validator.textmatch import (
    contains_name,
    contains_name_by_hand,
    fold,
    folded_letters,
    match_box,
    one_edit,
    respellings,
)

ELEMENTS = ("name", "birth_place", "birth_date", "nationality")
CONDITIONS = ("a", "b", "c", "d")
Basis = Literal["identity-document", "single-piece", "combination", "exemption"]


def properties() -> dict[str, Any]:
    return yamlconfig.package_data("identity_proof.yaml", "identity_proof.schema.yaml")


@dataclass(frozen=True)
class IdentityPiece:
    """One piece of identity evidence in the dossier, with what was actually found on it.

    `shows`: the elements of (a) read on it; None when it was not examined, then the type's usual ones count.
    `photo`: whether a photo was found on its pages; None when not examined.
    `mrz`: whether a machine-readable zone was read on its pages; None when not examined.
    `fingerprints`: whether its pages show the holder's fingerprints (a labelled fingerprint box).
    `declared`: whether its pages say it was drawn up on the holder's own declarations.
    `nationality_doubt`: an expired document whose nationality contradicts the dossier's.
    `data_page`: headed as its type ("PASSPORT"), with a zone's first line or the holder's name and birth date
    printed on it: a passport's data page whose photo and zone did not read (a phone photo, a fax).
    """

    file: str
    type: str
    shows: frozenset[str] | None = None
    photo: bool | None = None
    mrz: bool | None = None
    fingerprints: bool = False
    declared: bool = False
    nationality_doubt: bool = False
    data_page: bool = False

    @property
    def looks_genuine(self) -> bool:
        """A photo, a machine-readable zone or a data page: what a real passport or identity card carries, and a
        letter that merely names one ("kopie paspoort") does not."""
        return bool(self.photo or self.mrz or self.data_page) or (self.photo is None and self.mrz is None)


@dataclass(frozen=True)
class PieceAssessment:
    piece: IdentityPiece
    conditions: dict[str, bool]
    elements: tuple[str, ...]
    # Elements of (a) this piece does not show.
    lacking: tuple[str, ...]

    @property
    def counts(self) -> bool:
        """Issued by the competent authority and not on the holder's declarations: it may join a combination."""
        return self.conditions["b"] and self.conditions["d"]


@dataclass(frozen=True)
class IdentityAssessment:
    pieces: tuple[PieceAssessment, ...]
    sufficient: bool
    basis: Basis | None
    # What the dossier still lacks: elements of (a) no piece meeting (b) and (d) shows, "photo" when none of
    # them meets (c), "identity_evidence" when there is none at all, "exemption_proof" for a claimed exemption.
    missing: tuple[str, ...]


def piece_of(dossier: Dossier, document: Document) -> IdentityPiece | None:
    """A document of the dossier as identity evidence, with what its pages actually show; None if it is none."""
    if document.type not in properties():
        return None
    pages = dossier.pages_of(document)
    zones = [z for p in pages for z in find_mrz(p.text, dossier.submission_date)]
    if any(_someone_else(z, dossier) for z in zones):
        # Someone else's passport proves nobody's identity here; ID-MRZ says whose it seems to be.
        return None
    text = "\n".join(p.text for p in pages)
    name = dossier.manifest.applicant.name
    # "Le Consul certifie que MBUYI KALALA Rachel, né(e) à Kikwit": the name told in a sentence, not a field.
    shows = person_fields(text).shows() | ({"name"} if name and contains_name(text, name) else set())
    # Lines wrap anywhere: "établi sur la seule\ndéclaration de l'intéressé(e)".
    folded = " ".join(fold(text).split())
    doubt = any(
        z.valid
        and z.expiry_date is not None
        and z.expiry_date < dossier.submission_date
        and "nationality" in disagreements(z, dossier.manifest.applicant)
        for z in zones
    )
    return IdentityPiece(
        document.file,
        document.type,
        shows,
        any(p.photo for p in pages),
        bool(zones),
        fingerprints=_FINGERPRINTS.search(folded) is not None,
        declared=drawn_up_on_declarations("\n".join(_ticked_or_told(p) for p in pages)),
        nationality_doubt=doubt,
        data_page=_data_page(document, text, dossier.manifest.applicant),
    )


def _data_page(document: Document, text: str, applicant: Applicant) -> bool:
    """Headed as its type, and with a zone's first line or the holder's name and birth date printed on it."""
    if document.type not in document.headed:
        return False
    if any(first_line_kind(line) for line in text.splitlines()):
        return True
    name, born = applicant.name, applicant.birth_date
    return bool(name and born and contains_name(text, name) and any(d.date == born for d in find_dates(text)))


# A fingerprint box is labelled; the label on a card is what shows the card carries the holder's print.
_FINGERPRINTS = re.compile(
    r"\b(?:empreintes? digitales?|vingerafdruk(?:ken)?|fingerprints?|fingerabdruck|"
    r"empreinte du pouce|duimafdruk)\b"
)
# A document that says it rests on what the holder declared: "établi sur déclaration de l'intéressé", "sur la
# base de ses seules déclarations", "based solely on the statements of the applicant". Whose declaration it is
# must be said: a civil-status act is drawn up "sur la déclaration du père", and that is how such acts are made.
_HOLDER = (
    r"(?:de l['’]interessee?(?:\(e\))?|du requerant|de la requerante|du demandeur|de la demanderesse|du titulaire|"
    r"de la titulaire|van (?:de )?(?:betrokkene|aanvrager|aanvraagster|houder)|of the (?:holder|applicant|bearer)|"
    r"des (?:antragstellers|inhabers|betroffenen)|der (?:antragstellerin|inhaberin|betroffenen))"
)
_DECLARED = re.compile(
    r"\b(?:"
    r"(?:sur|selon|d['’]apres)(?: la| les| base| de| des)*(?: ses| seule| seules| simple| propres?)+(?: base| de| des| seules)*"
    rf" declarations?|(?:sur|selon|d['’]apres)(?: la| les| seule| simple| base| de| des)* declarations? {_HOLDER}"
    r"|(?:op|volgens) (?:basis van )?(?:zijn |haar )?eigen verklaring(?:en)?|(?:uitsluitend|enkel|alleen|louter) op "
    r"(?:basis van )?(?:de |zijn |haar )?(?:eigen )?verklaring(?:en)?|(?:op basis van|volgens) (?:de )?"
    rf"verklaring(?:en)? {_HOLDER}"
    r"|(?:solely|only|entirely|exclusively|merely) on (?:the basis of )?(?:the |his |her |their )?(?:own )?"
    r"(?:statements?|declarations?)|on the basis of (?:the )?(?:holder['’]?s|applicant['’]?s|bearer['’]?s|his|her) "
    rf"(?:own )?(?:statements?|declarations?)|on the (?:basis of the )?(?:statements?|declarations?) {_HOLDER}"
    # "issued on the basis of the declaration made by the applicant before the consular officer" (twenty-fifth).
    r"|on the (?:basis of the )?(?:statements?|declarations?) (?:made|given) by the (?:holder|applicant|bearer)"
    # "The particulars above were recorded from the statements of the holder … This certificate is issued on the
    # holder's declarations." (fiftyfourth be9ter-id-sufficiency-3, read after its blind run: "check by hand").
    r"|on the (?:holder|applicant|bearer)['’]s (?:own )?(?:statements?|declarations?)"
    rf"|(?:recorded|taken down|drawn up|written down) (?:from|on) the (?:statements?|declarations?) {_HOLDER}"
    # "No identity document was produced and this certificate rests on that declaration alone" (twenty-sixth).
    r"|rests? on (?:that|this|the|his|her|their) (?:own )?(?:statements?|declarations?)"
    r"|no (?:identity|travel) document (?:was|has been|had been) (?:produced|presented|submitted|shown)"
    r"|aucun (?:document|titre) d['’]identite n['’](?:a|ayant) ete (?:produit|presente|soumis)"
    # "selon ses propres déclarations … sans présentation d'un document d'identité" (twenty-eighth be9ter-id-sufficiency-3).
    r"|sans (?:presentation|production) d['’](?:un|aucun) (?:document|titre) d['’]identite"
    r"|according to (?:his|her|their|the (?:holder|applicant|bearer)['’]?s?) own (?:statements?|declarations?)"
    r"|without (?:presentation|production) of (?:an|any) (?:identity|travel) document"
    r"|(?:nach|laut|gemass) (?:seinen |ihren )?eigenen angaben"
    r"|geen (?:identiteitsdocument|identiteitsbewijs|reisdocument) (?:(?:werd|is|was) )?(?:voorgelegd|overgelegd|getoond)"
    r"|kein (?:ausweis|identitatsdokument|reisedokument|ausweisdokument) (?:wurde |ist )?vorgelegt"
    r"|(?:auf ?grund|auf (?:der )?grundlage) (?:der |seiner |ihrer )?(?:eigenen |alleinigen )?angaben"
    r")\b"
)


# An option's box printed in the text, left empty.
_EMPTY_BOX = re.compile(r"^\s*(?:☐|□|\[\s*\])")


def _ticked_or_told(page: Page) -> str:
    """The page's text less the lines of a form's options whose box is left empty, in the text ("☐ sur la seule
    déclaration de l'intéressé(e)") or on the page (a box drawn before the line's first word, or read as its first
    word, "DO", its inside blank): an embassy's attestation names both grounds it may be issued on, and ticks one
    (thirty-seventh's Djiboutian attestations, read after its blind run: issued "sur présentation de pièces d'état
    civil", taken for one drawn up on the holder's declarations)."""
    kept = []
    start = 0
    for line in page.text.split("\n"):
        end = start + len(line)
        where = match_box(page.words, page.text, start, end) if line.strip() else None
        height = where.y1 - where.y0 if where else 0.0
        # A line read down the page (a sheet scanned sideways) has no box before it to look for.
        empty = _EMPTY_BOX.match(line) is not None or (
            where is not None
            and not where.upright
            and any(
                c.fill <= EMPTY_FILL
                and c.box.y0 < where.y1
                and where.y0 < c.box.y1
                and where.x0 - BOX_REACH * height <= c.box.x1
                and (c.box.x0 + c.box.x1) / 2 <= where.x0 + height
                for c in page.checkboxes
            )
        )
        if not empty:
            kept.append(line)
        start = end + 1
    return "\n".join(kept)


def drawn_up_on_declarations(text: str) -> bool:
    """Whether a document's text says it was drawn up on its holder's own declarations (condition (d) fails)."""
    return _DECLARED.search(" ".join(fold(text).split())) is not None


# What a machine-readable zone and the dossier's manifest both state, and may disagree on.
FIELDS = ("name", "birth_date", "nationality")


def disagreements(
    zone: Mrz, applicant: Applicant, page_text: str = "", unconfirmed: bool = False
) -> dict[str, tuple[str, str]]:
    """Where a machine-readable zone contradicts the dossier: field (name, birth_date, nationality) → (read,
    expected). A field the dossier leaves open, or a date the zone does not give, contradicts nothing. A name
    one letter from the dossier's may be OCR's slip; with the zone's page text given, it contradicts the
    dossier when the page prints the zone's spelling outside the zone as well: read twice alike, it is the
    document's ("NGALOULA" for the dossier's Ngalula). `unconfirmed`: such a name counts too when the page prints
    neither spelling outside the zone."""
    read = {
        "name": zone.name,
        "birth_date": zone.birth_date.isoformat() if zone.birth_date else None,
        "nationality": zone.nationality.strip("<"),
    }
    known = {
        "name": applicant.name,
        "birth_date": applicant.birth_date.isoformat() if applicant.birth_date else None,
        "nationality": applicant.nationality,
    }
    out = {}
    for field, expected in known.items():
        found = read[field]
        if expected is None or found is None:
            continue
        if field != "name":
            # No check digit covers the nationality: a code no state has ("OOO" for C0D) is OCR's, not the holder's.
            if found != expected and (field != "nationality" or _state_code(found)):
                out[field] = (found, expected)
            continue
        if contains_name(found, expected):
            suspects = respellings(found, expected)
        elif _one_letter_more(zone, expected):
            suspects = _words_not_in(found, expected)
        else:
            out[field] = (found, expected)
            continue
        # Unconfirmed, the page prints the dossier's spelling nowhere either: nothing says which is right.
        ours = _words_not_in(expected, found)
        if _printed_alike(suspects, page_text) or (
            unconfirmed and suspects and not _printed_alike(ours, page_text)
        ):
            out[field] = (found, expected)
    return out


# The codes ICAO Doc 9303 part 3 gives beside ISO 3166's three letters: Germany's D, British nationals', the United
# Nations', Kosovo's, the European Union's, and those of stateless persons and refugees.
_ICAO_CODES = frozenset(
    "D GBD GBN GBO GBP GBS UNO UNA UNK RKS EUE XBA XIM XCC XCE XCO XEC XPO XES XMP XOM XDC XXA XXB XXC XXX".split()
)


def _state_code(code: str) -> bool:
    """A nationality some state or organisation writes in a zone."""
    return code in _state_codes()


@cache
def _state_codes() -> frozenset[str]:
    """ISO 3166's three letters (CLDR's, from Babel) and ICAO's own. CLDR's aliases also hold codes reserved for
    private use ("AAA", "QMM") and the unknown region's ZZZ, which are none."""
    territories = Locale("en").territories
    aliases = get_global("territory_aliases")
    return _ICAO_CODES | {
        code
        for code, regions in aliases.items()
        if len(code) == 3 and regions[0] != "ZZ" and regions[0] in territories
    }


def _name_orders(zone: Mrz) -> tuple[str, str]:
    """The zone's names in either order, given names first or surname first: a dossier may write either."""
    return f"{zone.given_names} {zone.surname}", f"{zone.surname} {zone.given_names}"


def _one_letter_more(zone: Mrz, expected: str) -> bool:
    """The zone's names are the dossier's with one letter more, in either order: a filler between two names OCR
    read as a letter ("RANIACLINA" for RANIA<LINA, in both readings of the zone) or one stroke read twice
    ("OOMAR"). That is OCR's doing until the page prints the zone's spelling outside it."""
    wanted = folded_letters(expected)
    for names in _name_orders(zone):
        read = folded_letters(names)
        if len(read) == len(wanted) + 1 and one_edit(read, wanted):
            return True
    return False


# Letters of a zone's OCR-B type that OCR takes for one another, their strokes alike.
_LOOK_ALIKE = ("IL1JT", "ODQUC0G", "BEFPR8", "S5", "Z2", "MNHW", "UVY", "KX", "A4")


def slip_of_ocr(zone: Mrz, expected: str) -> bool:
    """The zone's name is one edit from the dossier's, of a kind OCR makes in a zone: a letter more or less at a
    name's head or end (a filler read as a letter, or a letter as a filler: "TBOURHAN", "IBRAHIME"), a letter doubled
    or undoubled ("OOMAR"), or a letter for one it looks like ("HAMISL" for Hamisi). Another letter for a letter, or
    one left out within a name ("SEKALA" for Sakala, "DAUD" for Daoud: thirty-sixth and thirty-seventh be9ter-id-mrz-2,
    read after their blind runs), is the document's spelling as likely as OCR's."""
    wanted = " ".join(re.findall("[a-z]+", fold(expected)))
    for names in _name_orders(zone):
        read = " ".join(re.findall("[a-z]+", fold(names)))
        ops = list(Levenshtein.editops(read, wanted))
        if len(ops) == 1 and _slip_like(ops[0].tag, ops[0].src_pos, ops[0].dest_pos, read, wanted):
            return True
    return False


def _slip_like(tag: str, at: int, to: int, read: str, wanted: str) -> bool:
    if tag == "replace":
        return any(read[at].upper() in group and wanted[to].upper() in group for group in _LOOK_ALIKE)
    # A letter the zone has more ("delete" from it), or lacks ("insert" into it): where it stands in its own spelling.
    name, where = (read, at) if tag == "delete" else (wanted, to)
    before = name[where - 1] if where > 0 else " "
    after = name[where + 1] if where + 1 < len(name) else " "
    return " " in (before, after) or name[where] in (before, after)


def _words_not_in(name: str, other: str) -> list[str]:
    """The words of one spelling of a name that the other spelling lacks, folded."""
    theirs = set(re.findall(r"\w+", fold(other)))
    return [w for w in re.findall(r"\w+", fold(name)) if w not in theirs]


def _printed_alike(spellings: list[str], page_text: str) -> bool:
    printed = {
        w for line in page_text.splitlines() if "<<" not in line for w in re.findall(r"\w+", fold(line))
    }
    return any(w in printed for w in spellings)


def _someone_else(zone: Mrz, dossier: Dossier) -> bool:
    """A zone whose check digits hold and whose name or birth date is not the applicant's."""
    applicant = dossier.manifest.applicant
    differs = disagreements(zone, applicant)
    # A name the zone lost to OCR, or misread, says nothing about whose passport it is.
    named = (
        "name" in differs
        and bool(zone.name)
        and not misread_name(zone, applicant)
        and not names_of_digits(zone)
    )
    return zone.valid and (named or "birth_date" in differs)


def names_of_digits(zone: Mrz) -> bool:
    """The names as read were mostly digits, made letters only by correcting them: another line of the zone read in
    their place (an identity card's first line read again as its third: fortysixth be9ter-clean-07, read after its
    blind run, "IDCMR2464108320108635182372739" corrected to a name, the card taken for someone else's)."""
    return any(
        c.field == "names" and sum(ch.isdigit() for ch in c.read) > sum(ch.isalpha() for ch in c.read)
        for c in zone.corrections
    )


def misread_name(zone: Mrz, applicant: Applicant, page_text: str = "") -> bool:
    """The zone's name differs from the dossier's as OCR misreads one: half its parts or more as the dossier
    writes them, and the rest resembling a part read there ("YOUSSEF FEYAS EL IDRESSTI" for Youssef Ilyas El
    Idrissi); or its letters, the fillers between its names left out, a couple of slips from the dossier's
    ("MARTEZCLAIRE KANKU" for Marie-Claire Kanku: a filler read as a letter, an I as a T; thirty-first
    be9ter-clean-14, whose passport was taken for another's: "no identity evidence at all"), unless the zone's page
    prints its spelling outside it too. No check digit covers the names; another person's name (another given name,
    a sibling's) has a part nothing resembles."""
    name = applicant.name
    if name is None or contains_name(zone.name, name):
        return False
    wanted = folded_letters(name)
    slips = min(Levenshtein.distance(folded_letters(names), wanted) for names in _name_orders(zone))
    return contains_name_by_hand(zone.name, name) or (
        len(wanted) >= _SLIPS_FROM
        and slips <= _SLIPS
        and not _printed_alike(_words_not_in(zone.name, name), page_text)
    )


# A name of this many letters or more, read with at most this many letters wrong, missing or more, is misread.
_SLIPS_FROM, _SLIPS = 10, 2


def assess_piece(piece: IdentityPiece) -> PieceAssessment | None:
    """The conditions one piece meets; None for a document that is no identity evidence at all."""
    spec = properties().get(piece.type)
    if spec is None:
        return None
    shows = piece.shows if piece.shows is not None else frozenset(spec["carries"])
    if piece.nationality_doubt:
        shows = shows - {"nationality"}
    elements = tuple(e for e in ELEMENTS if e in shows)
    # A photo counts where the document may have one and it was found (or not looked for); fingerprints are the
    # other physical link (rules.md section 5).
    photo = spec["photo"] and piece.photo is not False
    conditions = {
        "a": len(elements) == len(ELEMENTS),
        "b": spec["competent_authority"],
        "c": photo or (spec.get("fingerprints", False) and piece.fingerprints),
        "d": spec["not_declaration"] and not piece.declared,
    }
    return PieceAssessment(piece, conditions, elements, tuple(e for e in ELEMENTS if e not in shows))


def assess(
    pieces: list[IdentityPiece], exemption_claimed: bool = False, exemption_proof: bool = False
) -> IdentityAssessment:
    """Whether the pieces together prove identity per 9ter §2, and what is still missing."""
    assessed = tuple(a for a in map(assess_piece, pieces) if a is not None)
    usable = [a for a in assessed if a.counts]
    covered = {e for a in usable for e in a.elements}
    linked = any(a.conditions["c"] for a in usable)
    basis: Basis | None = None
    # Taken for an identity document by mistake, a letter must not prove identity on its own.
    if any(
        properties()[a.piece.type].get("alone") and a.piece.looks_genuine and not a.piece.nationality_doubt
        for a in assessed
    ):
        basis = "identity-document"
    elif any(all(a.conditions.values()) for a in assessed):
        basis = "single-piece"
    elif covered >= set(ELEMENTS) and linked:
        basis = "combination"
    elif exemption_claimed and exemption_proof:
        basis = "exemption"
    if basis:
        return IdentityAssessment(assessed, True, basis, ())
    missing = ([] if usable else ["identity_evidence"]) + [e for e in ELEMENTS if e not in covered]
    if not linked:
        missing.append("photo")
    if exemption_claimed:
        missing.append("exemption_proof")
    return IdentityAssessment(assessed, False, None, tuple(missing))
