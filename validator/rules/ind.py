"""IND procedure rules: fees, the art. 64 window, durations, and the documents each procedure asks for."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from dateutil.relativedelta import relativedelta

from validator.extract.dates import months_named
from validator.extract.labels import phrase_pattern
from validator.model import Dossier, Finding, RuleConfig, Term
from validator.rules import (
    COUNT,
    LEGAL_BASIS,
    NUMBER,
    TEXT,
    WORDS,
    absent,
    document_language,
    finding,
    language_alongside,
    rule,
)
from validator.rules.identity import has_valid_passport, passports_unread, shown_valid
from validator.textmatch import fold

FEES = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["amount", "legal_basis"],
        "properties": {
            "amount": NUMBER,
            "legal_basis": LEGAL_BASIS,
            "other_amounts": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["amount", "when"],
                    "properties": {
                        "amount": NUMBER,
                        "when": TEXT,
                        "if": {
                            "type": "object",
                            "additionalProperties": False,
                            "properties": {
                                "nationality": {
                                    "type": "array",
                                    "items": {"type": "string", "pattern": "^[A-Z]{3}$"},
                                }
                            },
                        },
                    },
                },
            },
        },
    },
}
ROUTES = {
    "type": "object",
    "minProperties": 1,
    "additionalProperties": {
        "type": "object",
        "additionalProperties": False,
        "required": ["years", "name", "legal_basis"],
        "properties": {
            "years": COUNT,
            "name": TEXT,
            "legal_basis": LEGAL_BASIS,
            "none_if_convicted": {"type": "boolean"},
        },
    },
}
# The conditions of seed 000 and the documents that show each: every id has its message in the catalogue.
NEEDED_DOCUMENTS = ("medical", "care-institution", "insurance", "income")
NEEDS = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "types"],
        "properties": {
            "id": {"enum": list(NEEDED_DOCUMENTS)},
            "types": WORDS,
            "not_in_art64_window": {"type": "boolean"},
        },
    },
}
# The conditions of seed 000 under which no valid passport is needed.
EXEMPTIONS = (
    "in-netherlands",
    "identity-clear",
    "passport-only-abroad",
    "medical-emergency",
    "no-treatment-abroad",
)
CONDITIONS = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["id"],
        "properties": {"id": {"enum": list(EXEMPTIONS)}, "types": WORDS, "phrases": WORDS},
    },
}


def _condition_holds(condition: dict[str, Any], dossier: Dossier) -> bool | None:
    """Whether the condition of another amount holds for this applicant: True, False, or None when there is no
    condition the dossier settles (only nationality is one: "minor, after residence with a family member" is not)."""
    nationality = dossier.manifest.applicant.nationality
    if "nationality" not in condition or nationality is None:
        return None
    return nationality in condition["nationality"]


@rule(
    "IND-FEE",
    keys=("fee", "other-amount", "other-amount-applies", "conflict"),
    params={"fees": FEES},
    required=["fees"],
)
def fee(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    tables = cfg.params["fees"]
    for table in tables:
        basis = table["legal_basis"]
        # The amount is of its page's date; the IND changes its fees, so the date goes with every amount.
        as_of = table.get("source_updated") or Term("source_undated")
        yield finding(
            cfg,
            "fee",
            evidence={"amount": table["amount"], "source_updated": table.get("source_updated")},
            amount=table["amount"],
            legal_basis=basis,
            as_of=as_of,
        )
        for other in table.get("other_amounts", []):
            holds = _condition_holds(other.get("if", {}), dossier)
            if holds is False:
                continue
            yield finding(
                cfg,
                "other-amount-applies" if holds else "other-amount",
                legal_basis=basis,
                evidence={"amount": other["amount"]},
                amount=other["amount"],
                when=other["when"],
                as_of=as_of,
            )
    amounts = sorted({t["amount"] for t in tables}, reverse=True)
    if len(amounts) > 1:
        # The authority's own pages disagree; saying which is right would be a guess.
        listed = ", ".join(f"€ {t['amount']} ({t['legal_basis']})" for t in tables)
        yield finding(cfg, "conflict", severity="warning", evidence={"amounts": amounts}, listed=listed)


def _art64_window(dossier: Dossier, days: int) -> tuple[dt.date, dt.date] | None:
    """From `days` before to `days` after the end of the year of deferred departure, if the dossier has one."""
    ends = dossier.manifest.art64_ends_on
    if ends is None:
        return None
    return ends - dt.timedelta(days=days), ends + dt.timedelta(days=days)


@rule("IND-MED-ART64-WINDOW", keys=("too-early", "too-late", "inside"), params={"days": COUNT})
def art64_window(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    window = _art64_window(dossier, cfg.params.get("days", 28))
    if window is None:
        return
    start, end = window
    submitted = dossier.submission_date
    evidence = {"found": submitted.isoformat(), "expected": [start.isoformat(), end.isoformat()]}
    dates: dict[str, Any] = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "submitted": submitted.isoformat(),
    }
    if submitted < start:
        yield finding(cfg, "too-early", evidence=evidence, days=(start - submitted).days, **dates)
    elif submitted > end:
        yield finding(cfg, "too-late", evidence=evidence, days=(submitted - end).days, **dates)
    else:
        yield finding(cfg, "inside", severity="info", evidence=evidence, **dates)


@rule("IND-MED-SURINAME", keys=("extension",))
def suriname(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if dossier.manifest.applicant.nationality == "SUR":
        yield finding(cfg, "extension")


@rule(
    "IND-HNT-DURATION",
    keys=("no-route", "unknown-route", "no-since", "too-early"),
    params={"routes": ROUTES},
    required=["routes"],
)
def duration(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    routes: dict[str, dict[str, Any]] = cfg.params["routes"]
    permit = dossier.manifest.previous_permit
    known = ", ".join(routes)
    if permit.purpose is None:
        yield finding(cfg, "no-route", severity="warning", evidence={"expected": list(routes)}, routes=known)
        return
    route = routes.get(permit.purpose)
    if route is None:
        yield finding(
            cfg,
            "unknown-route",
            severity="warning",
            evidence={"found": permit.purpose, "expected": list(routes)},
            route=permit.purpose,
            routes=known,
        )
        return
    years = 0 if route.get("none_if_convicted") and permit.perpetrator_convicted else route["years"]
    if years == 0:
        return
    if permit.since is None:
        yield finding(
            cfg,
            "no-since",
            severity="warning",
            legal_basis=route["legal_basis"],
            name=route["name"],
            years=years,
        )
        return
    reached = permit.since + relativedelta(years=years)
    if dossier.submission_date < reached:
        yield finding(
            cfg,
            "too-early",
            legal_basis=route["legal_basis"],
            evidence={"found": permit.since.isoformat(), "expected": reached.isoformat()},
            name=route["name"],
            years=years,
            since=permit.since.isoformat(),
            reached=reached.isoformat(),
            days=(reached - dossier.submission_date).days,
        )


@rule(
    "IND-MED-DOCS",
    keys=[f"missing-{need}" for need in NEEDED_DOCUMENTS] + ["art64-no-income"],
    params={"art64_days": COUNT, "documents": NEEDS},
    required=["documents"],
)
def medical_documents(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    art64 = _art64_window(dossier, cfg.params.get("art64_days", 28))
    window = art64 is not None and art64[0] <= dossier.submission_date <= art64[1]
    for need in cfg.params["documents"]:
        # An application made for the art. 64 window but outside it is one defect: IND-MED-ART64-WINDOW says the
        # days, and that the income and payment conditions then apply (too late) or not (in time, resubmitted).
        if art64 is not None and need.get("not_in_art64_window"):
            continue
        look = absent(dossier, *need["types"])
        if look is not None:
            yield finding(
                cfg,
                f"missing-{need['id']}",
                unverified=bool(look),
                evidence={"found": None, "expected": need["types"], "look_at": look},
            )
    if window:
        yield finding(cfg, "art64-no-income", severity="info")


@rule(
    "IND-MED-PASSPORT-EXEMPTION",
    keys=[f"unproven-{condition}" for condition in EXEMPTIONS],
    params={"conditions": CONDITIONS},
    required=["conditions"],
)
def passport_exemption(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if has_valid_passport(dossier):
        return
    # A passport whose zone OCR did not read (a phone photo of it, thirty-first): valid by its printed expiry, no
    # exemption is needed; else whether one is, is for a person to see, on that page.
    unread = passports_unread(dossier)
    if any(shown_valid(page, dossier) for page in unread):
        return
    file, page = (unread[0].file, unread[0].number) if unread else (None, None)
    for condition in cfg.params["conditions"]:
        shown = dossier.documents_of(*condition.get("types", []))
        if condition.get("phrases"):
            pattern = phrase_pattern(frozenset(condition["phrases"]))
            shown = [d for d in shown if pattern.search(fold(dossier.text_of(d)))]
        if not shown:
            yield finding(
                cfg,
                f"unproven-{condition['id']}",
                file,
                page,
                evidence={"expected": condition.get("types", [])},
                unverified=bool(unread),
            )


@rule(
    "IND-TRANSLATION",
    keys=("untranslated", "no-legalisation"),
    params={"languages": WORDS, "official_types": WORDS, "legalisation_phrases": WORDS},
    required=["official_types", "legalisation_phrases"],
)
def translation(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    accepted = tuple(cfg.params.get("languages", ["nl", "en", "fr", "de"]))
    translated = bool(dossier.documents_of("translation"))
    legalised = phrase_pattern(frozenset(cfg.params["legalisation_phrases"]))
    for doc in dossier.documents_of(*cfg.params["official_types"]):
        lang = document_language(dossier, doc)
        if lang is None or lang in accepted:
            continue
        term = Term(f"language.{lang}")
        if not translated:
            alongside = language_alongside(dossier, doc, lang)
            yield finding(
                cfg,
                "untranslated",
                doc.file,
                doc.first_page,
                of=doc,
                evidence={"found": lang, "expected": list(accepted)}
                | ({"alongside": alongside} if alongside else {}),
                language=term,
                unverified=alongside in accepted,
            )
        if not legalised.search(fold(dossier.text_of(doc))):
            yield finding(cfg, "no-legalisation", doc.file, doc.first_page, severity="warning", language=term)


# Numbers as a doctor writes them in a sentence: "nog ten minste twee jaar", "at least two years".
NUMBER_WORDS = {
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "twaalf": 12,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "twelve": 12,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "douze": 12,
    "zwei": 2,
    "drei": 3,
    "funf": 5,
    "zwolf": 12,
}
# A period the treatment still takes: "nog 6 maanden", "minimaal 2 jaar", "for at least 12 months", "encore 1 an",
# "well beyond one year".
# A bare "(41 jaar)" is an age, not a period of treatment.
_DURATION = re.compile(
    r"(?:nog|minimaal|minstens|ten minste|gedurende|voor|meer dan|langer dan|encore|pendant|au moins|durant|plus de|"
    r"for|at least|another|beyond|more than|longer than|noch|mindestens|fur|mehr als|uber)\s+"
    r"(?:(?:minimaal|minstens|ten minste|au moins|at least|mindestens|een|un|une|a)\s+)?"
    r"(\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s*(jaar|jaren|year|years|ans?|annees?|jahre?|maanden|months?|mois|"
    r"monate?)\b"
)
# "niet chronisch", "not permanent": a negated phrase says the opposite.
_NEGATION = re.compile(r"(?:niet|geen|not|no|non|pas|nicht|kein\w*)\s+(?:\w+\s+)?$")
# What would follow without the treatment ("Without surgery permanent disability would remain") is no
# treatment for life.
_WITHOUT = re.compile(
    r"\b(?:zonder|without|sans|ohne|bij stopzetting|in case of interruption|en cas d'arret)\b"
)


def _sentences(folded: str) -> list[str]:
    return re.split(r"(?<=[.;!?])\s", folded)


def _lasting_months(text: str, lifelong: re.Pattern[str], today: dt.date | None = None) -> int:
    """The longest period the text names for the treatment, in months (0: none named); a lifelong one counts
    as forever. From `today` on, a month the treatment ends in names one too: "De behandeling wordt naar
    verwachting in april 2027 afgerond"."""
    folded = fold(text)
    if any(
        not _NEGATION.search(sentence[max(0, m.start() - 25) : m.start()]) and not _WITHOUT.search(sentence)
        for sentence in _sentences(folded)
        for m in lifelong.finditer(sentence)
    ):
        return 10_000
    spans = [
        (int(n) if n.isdigit() else NUMBER_WORDS[n])
        * (1 if unit.startswith(("maand", "month", "mois", "monat")) else 12)
        for n, unit in _DURATION.findall(folded)
    ]
    if today:
        spans += [(year - today.year) * 12 + month - today.month for month, year in _ends(folded)]
    return max(spans, default=0)


# The end of a treatment, in the sentence that names its month: "afgerond", "beëindigd", "ends", "se termine".
# "end-stage renal disease" names a stage of the illness, not an end of its treatment.
_ENDS = re.compile(
    r"\b(?:afgerond|afgesloten|beeindigd|eindigt|ends?|ended|completed|finished|termine[e]?|"
    r"prend fin|abgeschlossen|endet|beendet)\b(?![ -]stage)"
)


def _ends(folded: str) -> list[tuple[int, int]]:
    """(month, year) of every month named with its year in a sentence that says the treatment ends."""
    return [
        named for sentence in _sentences(folded) if _ENDS.search(sentence) for named in months_named(sentence)
    ]


@rule(
    "IND-HNT-MED-CONTINUES",
    keys=("no-evidence", "too-short"),
    params={"routes": WORDS, "months": COUNT, "lifelong_phrases": WORDS},
    required=["routes", "lifelong_phrases"],
)
def medical_continues(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if dossier.manifest.previous_permit.purpose not in cfg.params["routes"]:
        return
    lifelong = phrase_pattern(frozenset(cfg.params["lifelong_phrases"]))
    medical = dossier.documents_of("medical-statement", "medical-certificate")
    needed = cfg.params.get("months", 12)
    named = [_lasting_months(dossier.text_of(d), lifelong, dossier.submission_date) for d in medical]
    if any(months >= needed for months in named):
        return
    if not medical:
        look = absent(dossier, "medical-statement", "medical-certificate") or []
        yield finding(
            cfg, "no-evidence", months=needed, unverified=bool(look), evidence={"found": [], "look_at": look}
        )
    else:
        # A shorter period named is evidence, in the statement that names the longest; none named at all may be
        # a period worded otherwise.
        months, statement = max(zip(named, medical), key=lambda pair: pair[0])
        shown = statement if any(named) else None
        yield finding(
            cfg,
            "too-short",
            shown.file if shown else None,
            shown.first_page if shown else None,
            months=needed,
            unverified=not any(named),
            evidence={"found": [d.file for d in medical], "months": months},
        )


# A results table's two columns on one line, "Gehaald | Niet gehaald", "Voldaan  Niet voldaan": headings, not a
# result. One part's result under another's ("Voldaan" then "Niet voldaan" a line down) is a result.
# A results table's legend, "Legenda: voldoende = gehaald; onvoldoende = niet gehaald", says what its words mean,
# not what was obtained.
_LEGEND = re.compile(r"\b(?:legenda|legende|legend|zeichenerklarung)\s*:[^\n]*")
_COLUMN_PAIR = re.compile(
    r"\b(gehaald|behaald|voldaan|geslaagd|passed|reussi)[ \t|]+(?:niet|not|non)[ \t]+\1\b"
)


@rule(
    "IND-HNT-INBURGERING",
    keys=("missing", "not-passed"),
    params={"routes": WORDS, "passed_phrases": WORDS, "failed_phrases": WORDS},
    required=["routes", "passed_phrases", "failed_phrases"],
)
def civic_integration(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if dossier.manifest.previous_permit.purpose not in cfg.params["routes"]:
        return
    look = absent(dossier, "civic-integration")
    if look is not None:
        yield finding(
            cfg,
            "missing",
            unverified=bool(look),
            evidence={"found": None, "expected": "civic-integration", "look_at": look},
        )
        return
    # Seed 002 asks for the diploma obtained, or an exemption. A DUO result letter saying a part was failed, and
    # nothing in the dossier saying the exam was passed or excused, shows the diploma is not yet obtained.
    passed = phrase_pattern(frozenset(cfg.params["passed_phrases"]))
    failed = phrase_pattern(frozenset(cfg.params["failed_phrases"]))
    papers = dossier.documents_of("civic-integration")
    texts = [_LEGEND.sub(" ", _COLUMN_PAIR.sub(" ", fold(dossier.text_of(d)))) for d in papers]
    said = [failed.search(t) for t in texts if not passed.search(t)]
    if len(said) == len(texts) and all(said):
        yield finding(
            cfg,
            "not-passed",
            papers[0].file,
            papers[0].first_page,
            evidence={"found": [m.group(0) for m in said if m]},
        )
