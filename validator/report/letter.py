"""The herstel-verzuim letter: what the authority would write, composed once, written as text, HTML or PDF.

The procedure's authority picks the style (shared/spec/letter.md): the IND
asks for the missing documents before a date (art. 4:5 Awb); for 9ter (DVZ)
there is no repair, so the grounds of inadmissibility come first under their
own heading.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

from validator import i18n
from validator.model import SEVERITIES, Finding, Report
from validator.report import checked, templates, where

WIDTH = 78


@dataclass
class Item:
    number: int
    where: str
    problem: str
    remedy: str
    finding: Finding


@dataclass
class Section:
    heading: str | None
    intro: str | None
    items: list[Item] = field(default_factory=list)


@dataclass
class Letter:
    lang: str
    sender: str
    date: str
    subject: str
    salutation: str
    # In reading order: paragraphs (str) and numbered lists (Section).
    body: list[str | Section]
    closing: str
    note: str
    labels: dict[str, str]


def compose(report: Report) -> Letter:
    lang = report.language
    style = report.authority if report.authority in ("IND", "DVZ") else "IND"

    def t(key: str, **params: object) -> str:
        return " ".join(i18n.ui(lang, f"letter.{key}", **params).split())

    counter = iter(range(1, len(report.findings) + 1))

    def section(heading: str | None, intro: str | None, findings: list[Finding]) -> list[Section]:
        return (
            [Section(heading, intro, [_item(next(counter), f, lang) for f in findings])] if findings else []
        )

    # A finding with nothing to do (identity proven, say) is for the report, not for the letter; nor is one the
    # validator could not verify: the letter says only what the authority would.
    by_severity = {s: [f for f in checked(report) if f.severity == s and f.remedy] for s in SEVERITIES}
    body: list[str | Section] = []
    if style == "DVZ":
        grounds, repairs = by_severity["inadmissible"], by_severity["deficiency"]
        if grounds or repairs:
            body.append(t("DVZ.applied", procedure=report.procedure_title))
            body += section(t("DVZ.inadmissible"), t("DVZ.inadmissible_intro"), grounds)
            body += section(None, t("DVZ.list"), repairs)
            body.append(t("DVZ.consequence"))
        else:
            body.append(t("DVZ.complete", procedure=report.procedure_title))
    else:
        repairs = by_severity["inadmissible"] + by_severity["deficiency"]
        if repairs:
            body.append(t("IND.applied", procedure=report.procedure_title))
            body += section(None, t("IND.list"), repairs)
            if report.repair_by:
                body.append(t("IND.deadline", date=i18n.long_date(lang, report.repair_by)))
            body.append(t("IND.consequence"))
        else:
            body.append(t("IND.complete", procedure=report.procedure_title))
    body += section(None, t("warnings"), by_severity["warning"])
    body += section(None, t("info"), by_severity["info"])
    sender = i18n.ui(lang, f"authority.{style}")
    return Letter(
        lang,
        sender,
        i18n.long_date(lang, report.submission_date),
        _subject(report, t),
        t("salutation"),
        body,
        t("closing"),
        t("note", authority=sender),
        {"date": t("date"), "subject": t("subject"), "what_to_do": t("what_to_do")},
    )


def _item(number: int, f: Finding, lang: str) -> Item:
    place = ", ".join(p for p in (f.file or i18n.ui(lang, "whole_dossier"), where(f, lang)) if p)
    return Item(number, place, f.message, f.remedy, f)


def _subject(report: Report, t: Callable[[str], str]) -> str:
    applicant = report.applicant
    parts = [report.procedure_title]
    if applicant.name:
        parts.append(applicant.name)
    number = applicant.v_number or _inferred_v_number(report)
    if number:
        parts.append(f"{t('v_number')} {number}")
    elif applicant.client_number:
        parts.append(f"{t('client_number')} {applicant.client_number}")
    return ", ".join(parts)


def _inferred_v_number(report: Report) -> str | None:
    """The V-number the rules took from the pages when the dossier gave none."""
    return next(
        (
            f.evidence["found"]
            for f in report.findings
            if f.rule == "IND-COPY-VNUMBER" and f.key == "inferred"
        ),
        None,
    )


def render(report: Report) -> str:
    """The letter as plain text, to paste into a letter or an e-mail."""
    letter = compose(report)
    lines = [
        letter.sender,
        "",
        f"{letter.labels['date']} {letter.date}",
        f"{letter.labels['subject']} {letter.subject}",
        "",
        letter.salutation,
        "",
    ]
    for block in letter.body:
        if isinstance(block, str):
            lines += [*textwrap.wrap(block, WIDTH), ""]
            continue
        if block.heading:
            lines += [*textwrap.wrap(block.heading.upper(), WIDTH), ""]
        if block.intro:
            lines += [*textwrap.wrap(block.intro, WIDTH), ""]
        for item in block.items:
            head = f"{item.number}. "
            indent = " " * len(head)
            lines += textwrap.wrap(f"{head}{item.where}", WIDTH, subsequent_indent=indent)
            lines += textwrap.wrap(item.problem, WIDTH, initial_indent=indent, subsequent_indent=indent)
            lines += textwrap.wrap(
                f"{letter.labels['what_to_do']} {item.remedy}",
                WIDTH,
                initial_indent=indent,
                subsequent_indent=indent,
            )
            lines.append("")
    lines += [letter.closing, "", *textwrap.wrap(f"({letter.note})", WIDTH)]
    return "\n".join(lines) + "\n"


def render_html(report: Report) -> str:
    return templates.render("letter.html.j2", letter=compose(report))
