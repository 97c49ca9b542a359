"""Belgian 9ter: the admissibility grounds of art. 9ter §3 and what DVZ asks of the application (seeds 003, 004).

Every check reads the documents the classify stage found; the words looked for
are in validator/data/be9ter.yaml. A ground that cannot be shown present is
reported: a missed inadmissibility ground is the worst mistake this tool can make.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from dateutil.relativedelta import relativedelta

from validator import identity, signature, yamlconfig
from validator.extract.address import find_addresses
from validator.extract.dates import birth_dates, document_date
from validator.extract.labels import phrase_pattern
from validator.extract.national_number import find_national_numbers
from validator.extract.person import person_fields
from validator.model import Document, Dossier, Finding, Page, RuleConfig, Term
from validator.rules import boxes, document_language, finding, rule
from validator.textmatch import contains_name, fold, fold_keeping_length, text_box

NATIONAL_LANGUAGES = ("nl", "fr", "de")
# How far after its label (characters) the address of effective residence may begin.
ADDRESS_REACH = 80
KINSHIP = ("birth-certificate", "marriage-certificate", "marriage-booklet")


@cache
def _data() -> dict[str, Any]:
    return yamlconfig.package_data("be9ter.yaml", "be9ter.schema.yaml")


def phrases(group: str, languages: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The group's phrases in the given languages (all four when none is known): French "son" is no son."""
    per_language = _data()["phrases"][group]
    chosen = [lang for lang in languages if lang in per_language] or list(per_language)
    return phrase_pattern(frozenset(p for lang in chosen for p in per_language[lang]))


def _says(text: str, group: str, languages: tuple[str, ...] = ()) -> bool:
    return phrases(group, languages).search(fold(text)) is not None


def _applications(dossier: Dossier) -> list[Document]:
    return dossier.documents_of("application")


def _page_with(dossier: Dossier, document: Document, snippet: str) -> Page | None:
    """The page of the document on which a piece of its text stands."""
    return next((p for p in dossier.pages_of(document) if snippet and snippet in p.text), None)


def _names_applicant(text: str, name: str | None) -> bool:
    """The applicant's name is in the text; without a name in the dossier, any name written after its label."""
    return contains_name(text, name) if name else person_fields(text).name is not None


def _signed(pages: list[Page]) -> bool:
    return any(signature.signature_box(p, phrases("signature")) for p in pages)


@rule("BE9TER-REGISTERED-MAIL")
def registered_mail(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    receipts = dossier.documents_of("registered-mail-receipt")
    for receipt in receipts:
        text = re.sub(r"[^\w]+", " ", dossier.text_of(receipt))
        if not _says(text, "dvz_address"):
            yield finding(cfg, "not-to-dvz", receipt.file, receipt.first_page, severity="warning")
    if receipts:
        return
    planned = dossier.manifest.registered_mail
    if planned == "planned":
        yield finding(cfg, "planned", severity="info")
    else:
        yield finding(cfg, "attached-missing" if planned == "attached" else "missing",
                      evidence={"found": None, "expected": "registered-mail-receipt"})


@rule("BE9TER-ADDRESS")
def address(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applications = _applications(dossier)
    if not applications:
        # The other checks of the application say nothing then: this one finding says it all.
        yield finding(cfg, "no-application", evidence={"found": [d.type for d in dossier.documents]})
        return
    for app in applications:
        text = dossier.text_of(app)
        folded = fold_keeping_length(text)
        labels = [m.end() for m in phrases("residence_address").finditer(folded)]
        # "réside à Bruxelles et élit domicile au cabinet …, Avenue Louise 250": that address is the lawyer's.
        domiciles = [m.start() for m in phrases("chosen_domicile").finditer(folded)]
        found = find_addresses(text)
        residence = [a for a in found if any(0 <= a.start - end <= ADDRESS_REACH
                                             and not any(end <= d < a.start for d in domiciles) for end in labels)]
        if residence:
            continue
        yield finding(cfg, "missing", app.file, app.first_page,
                      evidence={"found": [str(a) for a in found], "labelled": bool(labels)})


@rule("BE9TER-IDENTITY")
def identity_proof(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    pieces = [p for d in dossier.documents if (p := identity.piece_of(dossier, d))]
    asylum = dossier.manifest.asylum
    proof = bool(dossier.documents_of("asylum-proof"))
    result = identity.assess(pieces, asylum.pending, proof)
    matrix = [{"file": a.piece.file, "type": a.piece.type, "conditions": a.conditions, "shows": list(a.elements)}
              for a in result.pieces]
    evidence = {"matrix": matrix, "missing": list(result.missing), "basis": result.basis}
    if result.sufficient:
        yield finding(cfg, f"proven-{result.basis}", severity="info", evidence=evidence,
                      files=", ".join(sorted({a.piece.file for a in result.pieces})) or "-")
        return
    # With no evidence at all, naming each element it would have shown adds nothing.
    shown = [m for m in result.missing if m in ("identity_evidence", "exemption_proof")] \
        if "identity_evidence" in result.missing else list(result.missing)
    for missing in shown:
        yield finding(cfg, f"lacks-{missing}", evidence=evidence)


def _certificates(dossier: Dossier) -> list[Document]:
    return dossier.documents_of("medical-certificate")


@rule("BE9TER-MEDCERT-PRESENT")
def certificate_present(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if not _certificates(dossier):
        statements = [d.file for d in dossier.documents_of("medical-statement")]
        yield finding(cfg, "missing", evidence={"found": statements, "expected": "medical-certificate"})


@rule("BE9TER-MEDCERT-AGE")
def certificate_age(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    months = cfg.params.get("months", 3)
    limit = dossier.submission_date - relativedelta(months=months)
    dated: list[tuple[Document, dt.date | None, str]] = []
    for cert in _certificates(dossier):
        found = document_date(dossier.text_of(cert))
        dated.append((cert, found.date if found else None, found.text if found else ""))
    recent = any(day and limit < day <= dossier.submission_date for _, day, _ in dated)
    for cert, day, snippet in dated:
        shown = _page_with(dossier, cert, snippet)
        page = shown.number if shown else cert.first_page
        box = text_box(shown.words, snippet) if shown else None
        evidence = {"found": day.isoformat() if day else None, "expected": f"> {limit.isoformat()}",
                    "text": snippet, "boxes": boxes([box] if box else [])}
        if day is None:
            yield finding(cfg, "undated", cert.file, page, evidence=evidence,
                          severity="warning" if recent else None)
        elif day > dossier.submission_date:
            yield finding(cfg, "future", cert.file, page, severity="warning", evidence=evidence,
                          date=day.isoformat())
        elif day <= limit:
            # An old certificate beside a recent one does no harm; alone, it makes the application inadmissible.
            yield finding(cfg, "too-old", cert.file, page, severity="warning" if recent else None,
                          evidence=evidence, date=day.isoformat(), limit=limit.isoformat(), months=months,
                          days=(limit - day).days + 1)


_ENUMERATOR = re.compile(r"^\s*(?:[a-z0-9]{1,2}\s*[/.)]\s*)?")


def certificate_sections(text: str) -> dict[str, str | None]:
    """Per section of the standard certificate (illness, severity, treatment, …) what the doctor wrote under
    its heading, folded and without the form's own printed words: None where the heading is not there at all."""
    spec = _data()["certificate"]
    patterns = {name: phrase_pattern(frozenset(words)) for name, words in spec["sections"].items()}
    printed = phrase_pattern(frozenset(spec["form_text"]))
    headed: list[tuple[set[str], list[str]]] = []
    for line in text.splitlines():
        folded = " ".join(fold(line).split())
        rest = folded[_ENUMERATOR.match(folded).end():]
        starts = {name for name, p in patterns.items() if p.match(rest)}
        if starts:
            # "B/ DIAGNOSE: aard en ernst…" opens two sections; "Graad van ernst: ernstig" carries its answer.
            answer = rest.split(":", 1)[1] if ":" in rest and "closing" not in starts else ""
            headed.append(({name for name, p in patterns.items() if p.search(rest.split(":", 1)[0])}, [answer]))
        elif headed:
            headed[-1][1].append(folded)
    sections: dict[str, str | None] = {name: None for name in patterns}
    for names, lines in headed:
        for name in names:
            sections[name] = (sections[name] or "") + printed.sub(" ", "\n".join(lines))
    return sections


def _filled(content: str | None) -> bool:
    return content is not None and sum(c.isalpha() for c in content) >= _data()["certificate"]["min_letters"]


def missing_sections(text: str) -> list[str]:
    """The sections the law asks for (illness, severity, treatment) that the certificate leaves out or empty."""
    spec = _data()["certificate"]
    sections = certificate_sections(text)
    missing = [name for name in spec["required"] if not _filled(sections[name])]
    if "severity" in missing and sections["severity"] is None and _filled(sections["illness"]):
        # The model until 2024 asks for nature and severity together, under its diagnosis heading; a
        # severity heading of its own left empty is not saved by words under the diagnosis.
        if phrase_pattern(frozenset(spec["severity_words"])).search(sections["illness"] or ""):
            missing.remove("severity")
    return missing


@rule("BE9TER-MEDCERT-FIELDS")
def certificate_fields(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for cert in _certificates(dossier):
        for name in missing_sections(dossier.text_of(cert)):
            yield finding(cfg, f"no-{name}", cert.file, cert.first_page, evidence={"section": name})


_DOCTOR_NUMBER = re.compile(r"(?<!\d)[1-9][\s.\-/]?\d{5}[\s.\-/]?\d{2}[\s.\-/]?\d{3}(?!\d)")


@rule("BE9TER-MEDCERT-DOCTOR")
def certificate_doctor(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applicant = dossier.manifest.applicant
    for cert in _certificates(dossier):
        pages = dossier.pages_of(cert)
        text = dossier.text_of(cert)
        last = pages[-1].number if pages else cert.first_page
        if not _signed(pages):
            yield finding(cfg, "unsigned", cert.file, last)
        folded = fold_keeping_length(text)
        numbered = any(_DOCTOR_NUMBER.search(text, m.end(), m.end() + 40)
                       for m in phrases("doctor_number").finditer(folded))
        if not numbered:
            yield finding(cfg, "no-doctor-number", cert.file, last)
        if not _names_applicant(text, applicant.name):
            yield finding(cfg, "no-patient", cert.file, cert.first_page,
                          evidence={"expected": applicant.name}, name=applicant.name or "?")


def _languages_rule(dossier: Dossier, cfg: RuleConfig, documents: list[Document],
                    allowed: tuple[str, ...]) -> Iterator[Finding]:
    translated = bool(dossier.documents_of("translation"))
    for doc in documents:
        lang = document_language(dossier, doc)
        if lang is None or lang in allowed:
            continue
        yield finding(cfg, "translated" if translated else "wrong-language", doc.file, doc.first_page,
                      severity="warning" if translated else None,
                      evidence={"found": lang, "expected": list(allowed)}, language=Term(f"language.{lang}"))


@rule("BE9TER-MEDCERT-LANGUAGE")
def certificate_language(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    yield from _languages_rule(dossier, cfg, dossier.documents_of("medical-certificate", "medical-statement"),
                               NATIONAL_LANGUAGES)


@rule("BE9TER-IDENTITY-LANGUAGE")
def identity_language(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    pieces = [d for d in dossier.documents if d.type in identity.properties()]
    yield from _languages_rule(dossier, cfg, pieces, NATIONAL_LANGUAGES + ("en",))


@rule("BE9TER-APPLICATION-LANGUAGE")
def application_language(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    asylum = dossier.manifest.asylum
    bound_until = asylum.refused_on + relativedelta(months=cfg.params.get("asylum_months", 6)) \
        if asylum.refused_on else None
    bound = asylum.language and (bound_until is None or dossier.submission_date <= bound_until)
    for app in _applications(dossier):
        lang = document_language(dossier, app)
        if lang is None:
            yield finding(cfg, "unknown", app.file, app.first_page, severity="warning")
        elif bound and lang != asylum.language:
            yield finding(cfg, "asylum-language", app.file, app.first_page,
                          evidence={"found": lang, "expected": asylum.language}, language=Term(f"language.{lang}"),
                          expected=Term(f"language.{asylum.language}"),
                          until=bound_until.isoformat() if bound_until else "-")
        elif lang not in NATIONAL_LANGUAGES:
            yield finding(cfg, "wrong-language", app.file, app.first_page,
                          evidence={"found": lang, "expected": list(NATIONAL_LANGUAGES)},
                          language=Term(f"language.{lang}"))


@rule("BE9TER-SIGNED")
def signed(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for app in _applications(dossier):
        pages = dossier.pages_of(app)
        if not _signed(pages):
            yield finding(cfg, "unsigned", app.file, pages[-1].number if pages else app.first_page)


@rule("BE9TER-PERSONAL-DATA")
def personal_data(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    applicant = dossier.manifest.applicant
    for app in _applications(dossier):
        text = dossier.text_of(app)
        person = person_fields(text)
        numbers = find_national_numbers(text)
        has = {
            "name": _names_applicant(text, applicant.name),
            "first-name": _says(text, "first_name"),
            "nationality": person.nationality is not None,
            "birth-date": bool(birth_dates(text)),
            "birth-place": person.birth_place is not None,
            "birth-country": _says(text, "birth_country"),
            "number": any(n.valid for n in numbers) or _says(text, "public_security_number"),
        }
        invalid = [n for n in numbers if not n.valid]
        # A number that fails its checksum is its own finding, not also a missing one.
        has["number"] = has["number"] or bool(invalid)
        for element, present in has.items():
            if not present:
                yield finding(cfg, f"missing-{element}", app.file, app.first_page, evidence={"element": element})
        for bad in invalid:
            written = text[bad.start:bad.end]
            shown = _page_with(dossier, app, written)
            box = text_box(shown.words, written) if shown else None
            yield finding(cfg, "invalid-number", app.file, shown.number if shown else app.first_page,
                          evidence={"found": bad.digits, "boxes": boxes([box] if box else [])}, number=written)


def _application_says(dossier: Dossier, group: str) -> bool:
    return any(_says(dossier.text_of(app), group, tuple(app.languages)) for app in _applications(dossier))


@rule("BE9TER-CHOSEN-DOMICILE")
def chosen_domicile(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    apps = _applications(dossier)
    if apps and not _application_says(dossier, "chosen_domicile"):
        yield finding(cfg, "missing", apps[0].file, apps[0].first_page)


@rule("BE9TER-COUNTRY-INFO")
def country_info(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    apps = _applications(dossier)
    if not apps or dossier.documents_of("country-of-origin-info"):
        return
    if not (_application_says(dossier, "treatment_availability")
            and _application_says(dossier, "treatment_accessibility")):
        yield finding(cfg, "missing", apps[0].file, apps[0].first_page)


@rule("BE9TER-FAMILY")
def family(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    apps = _applications(dossier)
    if apps and _application_says(dossier, "family_members") and not dossier.documents_of(*KINSHIP):
        yield finding(cfg, "no-kinship-proof", apps[0].file, apps[0].first_page)


@rule("BE9TER-PARALLEL")
def parallel(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for app in _applications(dossier):
        if _says(dossier.text_of(app), "earlier_application", tuple(app.languages)):
            yield finding(cfg, "earlier-withdrawn", app.file, app.first_page)
