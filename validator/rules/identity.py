"""Identity documents, for every procedure: the machine-readable zone, expiry, and (IND) a valid passport.

Belgium's §2 combination rule is BE9TER-IDENTITY; here is what any passport
or identity card must survive: check digits that hold, data that agree with
the dossier, and a validity that has not run out on the submission date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import PurePath

from validator.extract.dates import FoundDate, birth_dates, expiry_dates
from validator.extract.mrz import Mrz, find_mrz, first_line_kind
from validator.extract.mrz_formats import CARD_KINDS
from validator.identity import FIELDS, disagreements, misread_name, names_of_digits, slip_of_ocr
from validator.model import Document, Dossier, Finding, Page, RuleConfig
from validator.rules import absent, boxes, finding, possibly, read_surely, rule
from validator.textmatch import contains_name, fold, text_box


def zones(dossier: Dossier) -> Iterator[tuple[Document, Page, Mrz]]:
    """Every machine-readable zone on the identity documents, with the page it is on."""
    for doc in dossier.documents_of("identity-document"):
        for page in dossier.pages_of(doc):
            for mrz in find_mrz(page.text, dossier.submission_date):
                yield doc, page, mrz


def _zone_boxes(page: Page) -> list[list[float]]:
    """Where the zone's lines are printed: the long runs of capitals, digits and fillers ("P<MARBENALI<<…")."""
    return boxes(w.box for w in page.words if len(w.text) >= 20 and w.text.count("<") >= 2)


# A passport's title in the languages passports print it in.
_PASSPORT_WORD = re.compile(
    r"(?<!\w)(?:passport|paspoort|passeport|pasaport|pasaporte|passaporto|reisepass|paszport)(?!\w)"
)


def _passport_unread(page: Page) -> bool:
    """The page may be a passport whose zone OCR did not read: its title, its zone's first line garbled, or its file's
    name ("paspoort.pdf" read as "eumoaa LÉANORO AGUSTIN ARGENTINA", a phone photo at 150 dpi: fiftyfourth
    ind-med-meddocs-03, read after its blind run, "no passport", the exemption's conditions asked as unproven)."""
    return bool(
        _PASSPORT_WORD.search(fold(page.text)) or _PASSPORT_WORD.search(fold(PurePath(page.file).name))
    ) or any(first_line_kind(line) == "P" for line in page.text.splitlines())


# A card's zone, three lines of 30, whose own fields' check digits hold, is a card read right enough to tell: no
# passport's zone misreads so. Its composite may still fail, on a filler of its optional data misread (nineteenth's
# Dutch residence card, "…UKR<<<<<<<<<<<9").
_CARD_FIELDS = ("document_number", "birth_date", "expiry_date")


def _card(mrz: Mrz) -> bool:
    return (
        mrz.format == "TD1"
        and not mrz.document_type.startswith("P")
        and all(mrz.checks.get(name) for name in _CARD_FIELDS)
    )


def _valid_passport(mrz: Mrz, on: dt.date) -> bool:
    return mrz.document_type.startswith("P") and (mrz.expiry_date is None or mrz.expiry_date >= on)


def has_valid_passport(dossier: Dossier) -> bool:
    """A passport's zone not past its expiry date on the day of submission. Its check digits failing (a zone
    OCR misread: twentieth's clean Iraqi passport, its dates read unsure) make it no less a passport: ID-MRZ says
    what failed, and the exemption for applicants without one does not apply."""
    return any(_valid_passport(m, dossier.submission_date) for _, _, m in zones(dossier))


@rule("ID-MRZ", keys=("check-digits", "corrected", *(f"differs-{field}" for field in FIELDS)))
def mrz_checks(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applicant = dossier.manifest.applicant
    for doc, page, mrz in zones(dossier):
        # A check digit OCR read as no digit ("?", "H") was not checked: only the others fail or hold.
        failed = sorted(field for field, ok in mrz.checks.items() if not ok and field not in mrz.unreadable)
        corrections = [str(c) for c in mrz.corrections]
        evidence = {
            "lines": list(mrz.lines),
            "checks": mrz.checks,
            "corrections": corrections,
            "boxes": _zone_boxes(page),
        }
        if failed:
            # A zone read unsure (a fax, a copy of a copy) fails its check digits through OCR as often as through
            # its issuer: only a zone read surely is evidence.
            yield finding(
                cfg,
                "check-digits",
                doc.file,
                page.number,
                evidence=evidence,
                fields=", ".join(failed),
                unverified=not all(read_surely(page, line) for line in mrz.lines),
            )
            continue
        if corrections:
            # The message is in the report's language; the evidence says which field each correction is in.
            yield finding(
                cfg,
                "corrected",
                doc.file,
                page.number,
                severity="info",
                evidence=evidence,
                corrections="; ".join(f"{c.read} → {c.corrected}" for c in mrz.corrections),
            )
        differs = disagreements(mrz, applicant, page.text)
        # A name one letter from the dossier's, the page printing neither spelling elsewhere (its surname's print
        # lost to the photo: "OUMARU" for Oumarou, twenty-seventh be9ter-id-mrz-2), in a zone read surely or by an
        # edit OCR does not make: the issuer's spelling or OCR's slip, for a person to see.
        respelled = None if "name" in differs else disagreements(mrz, applicant, page.text, True).get("name")
        if respelled is not None and (
            all(read_surely(page, line) for line in mrz.lines) or not slip_of_ocr(mrz, applicant.name or "")
        ):
            differs["name"] = respelled
        for field, (found, expected) in differs.items():
            yield finding(
                cfg,
                f"differs-{field}",
                doc.file,
                page.number,
                evidence={**evidence, "found": found, "expected": expected},
                found=found,
                expected=expected,
                unverified=field == "name"
                and (
                    respelled is not None or misread_name(mrz, applicant, page.text) or names_of_digits(mrz)
                ),
            )


@rule("ID-EXPIRED", keys=("expired",))
def expired(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    vouched = set()
    for doc, page, mrz in zones(dossier):
        # The expiry date's own check digit vouches for it, whatever OCR made of the rest of the zone.
        if mrz.checks.get("expiry_date") and mrz.expiry_date:
            vouched.add((page.file, page.number))
            if mrz.expiry_date < dossier.submission_date:
                yield _expired(cfg, dossier, doc, page, mrz.expiry_date, {"boxes": _zone_boxes(page)})
    for doc in dossier.documents_of("identity-document"):
        for page in dossier.pages_of(doc):
            # No zone read to vouch for it: the expiry printed on the data page (the page that gives the holder's
            # birth date, or holds a passport's or card's zone OCR garbled; not a visa's "valid until"), evidence
            # when read surely.
            last = _printed_expiry(page) if (page.file, page.number) not in vouched else None
            if last is None or not _data_page(page.text):
                continue
            if last.date < dossier.submission_date:
                where = text_box(page.words, last.text)
                shown: dict[str, object] = {"text": last.text, "boxes": boxes([where] if where else [])}
                yield _expired(cfg, dossier, doc, page, last.date, shown, not read_surely(page, last.text))


def _expired(
    cfg: RuleConfig,
    dossier: Dossier,
    doc: Document,
    page: Page,
    day: dt.date,
    shown: dict[str, object],
    unverified: bool = False,
) -> Finding:
    return finding(
        cfg,
        "expired",
        doc.file,
        page.number,
        evidence={"found": day.isoformat(), "expected": dossier.submission_date.isoformat(), **shown},
        date=day.isoformat(),
        unverified=unverified,
    )


def passports_unread(dossier: Dossier, read: list[tuple[Document, Page, Mrz]] | None = None) -> list[Page]:
    """The identity documents' pages that may be passports whose zone OCR did not read (`read`: the zones read,
    valid or a card's; all of them unless given)."""
    if read is None:
        read = [(doc, page, m) for doc, page, m in zones(dossier) if m.valid or _card(m)]
    zoned = {(page.file, page.number) for _, page, _ in read}
    return [
        page
        for doc in dossier.documents_of("identity-document")
        for page in dossier.pages_of(doc)
        if (page.file, page.number) not in zoned and _passport_unread(page)
    ]


def shown_valid(page: Page, dossier: Dossier) -> bool:
    """A passport's data page whose zone OCR could not read shows what the zone would: the applicant's name, and
    an expiry after the submission date read surely (labelled, or paired with its issue date), as a person reads
    the page. Fifteenth's passports photographed with a phone and printed, their zones a degree off level."""
    name = dossier.manifest.applicant.name
    last = _printed_expiry(page)
    if not name or last is None or not contains_name(page.text, name):
        return False
    return last.date >= dossier.submission_date and read_surely(page, last.text)


def _data_page(text: str) -> bool:
    """A holder's data page: it labels a birth date, or its zone's first line is a passport's or a card's however
    the rest read (twenty-seventh ind-med-expired-02: the birth date's label read "Gager tari", the zone's check
    digits failing)."""
    return bool(birth_dates(text)) or any(
        first_line_kind(line) not in (None, "V") for line in text.splitlines()
    )


def _printed_expiry(page: Page) -> FoundDate | None:
    """The expiry printed on a data page: the latest of its expiry dates."""
    return max(expiry_dates(page.text), key=lambda d: d.date, default=None)


@rule(
    "ID-SUFFICIENCY",
    keys=("passport-expired", "no-passport-zone", "no-passport"),
    params={"exemption": {"type": "boolean"}},
)
def passport(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    """IND: a valid passport. Where the procedure exempts from it (`exemption`), an applicant without one claims
    the exemption, and IND-MED-PASSPORT-EXEMPTION says what of it is not shown."""
    passports = [(doc, page, m) for doc, page, m in zones(dossier) if m.document_type.startswith("P")]
    if cfg.params.get("exemption") or any(
        _valid_passport(m, dossier.submission_date) for _, _, m in passports
    ):
        return
    if passports:
        doc, page, mrz = passports[0]
        yield finding(
            cfg,
            "passport-expired",
            doc.file,
            page.number,
            date=mrz.expiry_date.isoformat() if mrz.expiry_date else "?",
            evidence={"found": mrz.expiry_date.isoformat() if mrz.expiry_date else None},
            # An expiry date whose check digit fails may be misread: a person looks at the passport.
            unverified=not mrz.checks.get("expiry_date"),
        )
    elif documents := dossier.documents_of("identity-document"):
        read = [(doc, page, m) for doc, page, m in zones(dossier) if m.valid or _card(m)]
        cards = {doc.file: m.document_type for doc, _, m in read}
        carded = {(doc.file, doc.first_page) for doc, _, _ in read}
        # A card's zone whose other lines OCR garbled still says on its first line what it is ("IRNLD…": a Dutch
        # residence card, twenty-second); a passport's page, its title, say otherwise (`unread` below).
        for doc in documents:
            kinds = {
                kind
                for page in dossier.pages_of(doc)
                for line in page.text.splitlines()
                if (kind := first_line_kind(line))
            }
            if kinds & CARD_KINDS and "P" not in kinds:
                carded.add((doc.file, doc.first_page))
                cards.setdefault(doc.file, min(kinds & CARD_KINDS))
        unread = passports_unread(dossier, read)
        if (
            all((doc.file, doc.first_page) in carded for doc in documents)
            and not unread
            and not possibly(dossier, "identity-document")
        ):
            # Every identity document is a card whose zone reads, no page of them is a passport whose zone did
            # not read (a passport copied before the residence card), and nothing else may be a passport.
            yield finding(
                cfg, "no-passport", evidence={"found": cards, "expected": "passport", "look_at": []}
            )
            return
        if any(shown_valid(page, dossier) for page in unread):
            return
        # An identity card, or a passport whose zone did not read: a person must look, not a deficiency; at the page
        # that may be the passport (fiftyfourth ind-hnt-legible-03, read: the residence card was shown).
        file, number = (
            (unread[0].file, unread[0].number) if unread else (documents[0].file, documents[0].first_page)
        )
        yield finding(cfg, "no-passport-zone", file, number, unverified=True)
    else:
        look = absent(dossier, "identity-document") or []
        yield finding(
            cfg,
            "no-passport",
            unverified=bool(look),
            evidence={"found": None, "expected": "identity-document", "look_at": look},
        )
