"""The plain data every stage passes on: files and pages in, findings out.

Boxes are fractions of the page (0..1, origin top left) so that rules and
reporters never need to know the resolution a page was read at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["inadmissible", "deficiency", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("inadmissible", "deficiency", "warning", "info")

SizeSource = Literal["page-box", "image-dpi", "unknown"]
TextSource = Literal["text-layer", "ocr", "text-layer+ocr", "none"]
FileKind = Literal["pdf", "image", "media", "archive", "other", "unreadable"]
# The term municipalities' model herstel-verzuim letters give; the IND gives two to four weeks.
DEFAULT_REPAIR_DAYS = 14


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def upright(self) -> bool:
        """Taller than wide: a word of a page read turned a quarter, mapped back onto the page as scanned."""
        return self.y1 - self.y0 > self.x1 - self.x0


@dataclass(frozen=True)
class Word:
    text: str
    conf: float
    box: Box


# A box's inside inked this share or more is ticked; this share or less, left empty (a scan's speck or two). How
# far before its option's first word a box stands, in the word's heights: "☐ licht", "[ ] licht".
TICKED_FILL, EMPTY_FILL = 0.15, 0.08
BOX_REACH = 2.0


@dataclass(frozen=True)
class Checkbox:
    """A box to tick drawn on the page, and the share of its inside that is ink (0 left empty)."""

    box: Box
    fill: float


@dataclass(frozen=True)
class Mark:
    """A mark in a page's margin or a picture laid on a text-layer page, and what OCR read in it on its own."""

    box: Box
    text: str


@dataclass
class Page:
    file: str
    number: int
    width_mm: float | None
    height_mm: float | None
    size_source: SizeSource
    dpi: float | None
    ink: float
    faint_ink: float
    contrast: float | None
    text: str = ""
    words: list[Word] = field(default_factory=list)
    text_source: TextSource = "none"
    # Tesseract's script detection (OSD), where it ran: "Latin", "Arabic", "Cyrillic", …
    script: str | None = None
    # A face-sized region of continuous tone: the photo that links a document to its holder.
    photo: Box | None = None
    # Where images are placed on a page with a text layer: what is written in them is not in the layer.
    images: list[Box] = field(default_factory=list)
    # nl | fr | de | en | other; None when there is too little text to tell. Set by the classify stage.
    language: str | None = None
    # Where the ink is: rows of cells, digits 0–9 (validator/ingest/raster.py); for signatures and stamps.
    ink_map: list[str] = field(default_factory=list)
    # The ink map less the rules of a form or a table (validator/ingest/raster.py): where marks are looked for.
    unruled_map: list[str] = field(default_factory=list)
    # A small JPEG of the page as read, for the reports people look at.
    thumbnail: bytes | None = None
    # faint_ink and contrast without the faint lines that cross the page from edge to edge (a fold's shadow, the
    # scanner's border): what a blank back side folded in the post has left (validator/ingest/raster.py).
    faint_off_lines: float | None = None
    contrast_off_lines: float | None = None
    # The strong ink likewise, without those lines and without the dark around a sheet scanned askew.
    ink_off_lines: float | None = None
    # The boxes to tick drawn on it (validator/ingest/checkboxes.py): which of a form's choices was ticked.
    checkboxes: list[Checkbox] = field(default_factory=list)
    # The comb fields read or left blank (validator/ingest/combs.py): their walls are print, not a hand's marks.
    combs: list[Box] = field(default_factory=list)
    # The marks and pictures read on their own (validator/pages.py): a picture whose words are print is a stamp.
    marks: list[Mark] = field(default_factory=list)

    @property
    def ocr_words(self) -> list[Word]:
        return [w for w in self.words if w.conf < 100]


@dataclass(frozen=True)
class Problem:
    """Something ingestion noticed about a file; rules decide what it means."""

    code: str
    detail: str = ""
    page: int | None = None
    # The cap (validator/limits.py) that left part of the file unread, for the finding to name.
    limit: int | None = None


@dataclass
class SourceFile:
    path: str
    kind: FileKind
    media_type: str | None
    size_bytes: int
    pages: list[Page] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def has_problem(self, code: str) -> bool:
        return any(p.code == code for p in self.problems)


@dataclass(frozen=True)
class Applicant:
    name: str | None = None
    birth_date: dt.date | None = None
    nationality: str | None = None
    v_number: str | None = None
    client_number: str | None = None
    national_number: str | None = None


@dataclass(frozen=True)
class PreviousPermit:
    """The permit an IND continued-residence application builds on (form 7027)."""

    purpose: str | None = None
    since: dt.date | None = None
    perpetrator_convicted: bool = False
    # The partner or parent the permit was for: "dutch", "non-temporary" (their permit) or "temporary".
    sponsor: str | None = None


@dataclass(frozen=True)
class Asylum:
    """An earlier application for international protection (Belgium): its language binds a 9ter application."""

    language: str | None = None
    refused_on: dt.date | None = None
    pending: bool = False


@dataclass(frozen=True)
class Earlier9ter:
    """An earlier 9ter application (Belgium) and what became of it: pending, withdrawn, inadmissible-formal (§3,
    1° to 3°), inadmissible (another ground), refused, granted. Its elements may not count again (seed 003)."""

    submitted_on: dt.date | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class Manifest:
    procedure: str | None = None
    submission_date: dt.date | None = None
    language: str | None = None
    applicant: Applicant = Applicant()
    documents: dict[str, str] = field(default_factory=dict)
    # The day the year of "uitstel van vertrek" (art. 64 Vw) ends.
    art64_ends_on: dt.date | None = None
    previous_permit: PreviousPermit = PreviousPermit()
    asylum: Asylum = Asylum()
    # 9ter: "planned" (the letter will go registered) or "attached" (the receipt is in the dossier).
    registered_mail: str | None = None
    source: str | None = None
    earlier_9ter: Earlier9ter = Earlier9ter()


@dataclass(frozen=True)
class RuleConfig:
    id: str
    severity: Severity
    params: dict[str, Any]
    legal_basis: str


@dataclass(frozen=True)
class Procedure:
    id: str
    authority: str
    title: dict[str, str]
    source: str
    rules: tuple[RuleConfig, ...]
    path: str
    # Days the applicant gets to send what is missing (the herstel-verzuim term).
    repair_days: int = DEFAULT_REPAIR_DAYS


ClassifiedBy = Literal["manifest", "content", "filename"]


@dataclass
class Document:
    """One document: a whole file, or a page range when one PDF holds several documents.

    Pages are 1-based and inclusive; a file without pages (unreadable, media) has first_page 0.
    """

    file: str
    first_page: int
    last_page: int
    type: str
    confidence: float
    classified_by: ClassifiedBy
    languages: list[str] = field(default_factory=list)
    # The evidence its content gave for each type, the chosen one and the others: a rule that needs a type
    # to be absent asks whether a document of another type could still be it.
    scores: dict[str, float] = field(default_factory=dict)
    # The types its own title, heading a line, or a machine-readable zone name ("AANVRAAG TOT MACHTIGING"):
    # what it says it is, which the words it shares with other types do not outweigh.
    headed: frozenset[str] = frozenset()
    # The type each of its pages' own words make it, page by page (None where they say too little): a page scanned
    # on after the document without a title of its own may be another document.
    page_types: tuple[str | None, ...] = ()
    # The type the learned model (doctype_model) is sure of, None where it is unsure. Where it is the type the
    # phrases gave, two readings learned apart agree: the document is of that type however few its phrases.
    learned: str | None = None
    # Its type was recognised only by words on what it is about (document_types.yaml `subject_terms`: a medical
    # statement's "patient", "treatment"), which a report on the care in a country has too: no title says it, and it
    # names no one by a date of birth.
    subject_only: bool = False


@dataclass
class Dossier:
    root: str
    manifest: Manifest
    procedure: Procedure
    submission_date: dt.date
    files: list[SourceFile]
    documents: list[Document] = field(default_factory=list)

    @property
    def pages(self) -> list[Page]:
        return [p for f in self.files for p in f.pages]

    def pages_of(self, document: Document) -> list[Page]:
        return [
            p
            for f in self.files
            if f.path == document.file
            for p in f.pages
            if document.first_page <= p.number <= document.last_page
        ]

    def text_of(self, document: Document) -> str:
        return "\n".join(p.text for p in self.pages_of(document))

    def documents_of(self, *types: str) -> list[Document]:
        return [d for d in self.documents if d.type in types]


@dataclass(frozen=True)
class Term:
    """A word of the message catalogue (a language's name, say) that a finding's message is to show."""

    key: str


# The finding the pipeline makes of a rule that failed; its text is the catalogue's, not the rule's.
INTERNAL_ERROR = "internal-error"


@dataclass
class Finding:
    """What a rule found. Text is filled in by the catalogue, in the report's language."""

    rule: str
    severity: Severity
    key: str
    file: str | None = None
    page: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)
    message: str = ""
    remedy: str = ""
    legal_basis: str = ""
    # The rule looked and could not tell (a field not found, a page read poorly): a person must check.
    # Always a warning: a deficiency needs positive evidence of the defect.
    unverified: bool = False
    # The unverified findings of several rules in one document, which this one stands for (validator/byhand.py).
    checks: list[Finding] = field(default_factory=list)


@dataclass
class DocumentSummary:
    file: str
    type: str | None
    pages: int
    languages: list[str]
    classified_by: str | None
    confidence: float | None = None
    page_range: tuple[int, int] | None = None


@dataclass
class Report:
    procedure: str
    submission_date: dt.date
    language: str
    verdict: Literal["ready", "deficient", "inadmissible"]
    documents: list[DocumentSummary]
    findings: list[Finding]
    stats: dict[str, float | int]
    schema_version: int = 1
    # For the renderings people read (HTML report, letter); not part of the JSON report.
    authority: str | None = None
    procedure_title: str = ""
    applicant: Applicant = Applicant()
    repair_by: dt.date | None = None
    pages: list[Page] = field(default_factory=list)

    @property
    def failed_rules(self) -> list[str]:
        """The rules that raised (a bug) instead of judging the dossier."""
        return sorted({f.rule for f in self.findings if f.key == INTERNAL_ERROR})

    def to_dict(self) -> dict[str, Any]:
        """The JSON report (schemas/report.schema.json) as Python data."""
        from validator.report import jsonreport

        return jsonreport.as_dict(self)

    def to_json(self) -> str:
        """The JSON report as `validator check --format json` writes it."""
        from validator.report import jsonreport

        return jsonreport.render(self)
