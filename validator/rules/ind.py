"""IND procedure rules that rest on dates and facts of the manifest: fees, the art. 64 window, durations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from dateutil.relativedelta import relativedelta

from validator.model import Dossier, Finding, RuleConfig
from validator.rules import finding, rule


def _age(born: dt.date, on: dt.date) -> int:
    return relativedelta(on, born).years


def _condition_holds(condition: dict[str, Any], dossier: Dossier) -> bool | None:
    """Whether the condition of another amount holds for this applicant: True, False, or None when the dossier does not say."""
    applicant = dossier.manifest.applicant
    answers: list[bool | None] = []
    if "nationality" in condition:
        answers.append(None if applicant.nationality is None else applicant.nationality in condition["nationality"])
    if "minor" in condition:
        born = applicant.birth_date
        answers.append(None if born is None else (_age(born, dossier.submission_date) < 18) == condition["minor"])
    if False in answers:
        return False
    if answers and None not in answers:
        return True
    return None


@rule("IND-FEE")
def fee(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    tables = cfg.params["fees"]
    for table in tables:
        basis = table["legal_basis"]
        yield finding(cfg, "fee", evidence={"amount": table["amount"]}, amount=table["amount"], legal_basis=basis)
        for other in table.get("other_amounts", []):
            holds = _condition_holds(other.get("if", {}), dossier)
            if holds is False:
                continue
            yield finding(cfg, "other-amount-applies" if holds else "other-amount", legal_basis=basis,
                          evidence={"amount": other["amount"]}, amount=other["amount"], when=other["when"])
    amounts = sorted({t["amount"] for t in tables}, reverse=True)
    if len(amounts) > 1:
        # The authority's own pages disagree; saying which is right would be a guess.
        listed = ", ".join(f"€ {t['amount']} ({t['legal_basis']})" for t in tables)
        yield finding(cfg, "conflict", severity="warning", evidence={"amounts": amounts}, listed=listed)


@rule("IND-MED-ART64-WINDOW")
def art64_window(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    ends = dossier.manifest.art64_ends_on
    if ends is None:
        return
    margin = dt.timedelta(days=cfg.params.get("days", 28))
    start, end, submitted = ends - margin, ends + margin, dossier.submission_date
    evidence = {"found": submitted.isoformat(), "expected": [start.isoformat(), end.isoformat()]}
    dates = {"start": start.isoformat(), "end": end.isoformat(), "submitted": submitted.isoformat()}
    if submitted < start:
        yield finding(cfg, "too-early", evidence=evidence, days=(start - submitted).days, **dates)
    elif submitted > end:
        yield finding(cfg, "too-late", evidence=evidence, days=(submitted - end).days, **dates)
    else:
        yield finding(cfg, "inside", severity="info", evidence=evidence, **dates)


@rule("IND-MED-SURINAME")
def suriname(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if dossier.manifest.applicant.nationality == "SUR":
        yield finding(cfg, "extension")


@rule("IND-HNT-DURATION")
def duration(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    routes: dict[str, dict[str, Any]] = cfg.params["routes"]
    permit = dossier.manifest.previous_permit
    known = ", ".join(routes)
    if permit.purpose is None:
        yield finding(cfg, "no-route", severity="warning", evidence={"expected": list(routes)}, routes=known)
        return
    route = routes.get(permit.purpose)
    if route is None:
        yield finding(cfg, "unknown-route", severity="warning", evidence={"found": permit.purpose,
                      "expected": list(routes)}, route=permit.purpose, routes=known)
        return
    years = 0 if route.get("none_if_convicted") and permit.perpetrator_convicted else route["years"]
    if years == 0:
        return
    if permit.since is None:
        yield finding(cfg, "no-since", severity="warning", legal_basis=route["legal_basis"], name=route["name"],
                      years=years)
        return
    reached = permit.since + relativedelta(years=years)
    if dossier.submission_date < reached:
        yield finding(cfg, "too-early", legal_basis=route["legal_basis"],
                      evidence={"found": permit.since.isoformat(), "expected": reached.isoformat()},
                      name=route["name"], years=years, since=permit.since.isoformat(), reached=reached.isoformat(),
                      days=(reached - dossier.submission_date).days)
