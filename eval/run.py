"""`make eval`: run the validator on the blind corpus (eval/CORPUS.md) and measure it against the truth.

    python -m eval.run [--corpus DIR] [--build] [--part dev|heldout|fresh|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twentyfirst|twentysecond|twentythird|twentyfourth|twentyfifth|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtysixth|thirtyseventh|thirtyeighth|thirtyninth|fortieth|fortyfirst|fortysecond|fortythird|fortyfourth|fortyfifth|fortysixth|fortyseventh|fortyeighth|fortyninth|fiftieth|fiftyfirst|fiftysecond|fiftythird|fiftyfourth|fiftyfifth|all] [--jobs N]
                       [--out bench/eval.json] [--readme README.md] [--only NAME_GLOB]
                       [--score-only] [--timeout SECONDS]

With --build, or when DIR holds no truth files, the corpus is written first
(`python -m eval.corpus.build DIR`). Every dossier is checked with
`validator check DOSSIER --format json --quiet --jobs 1`, a few at once; the
raw reports are kept as DIR/<part>/<dossier>.report.json, the reason a check
failed as DIR/<part>/<dossier>.error.txt (--score-only scores those again
without running anything). The validator's cache is its usual one,
so a re-run after a change that does not touch reading is fast.

The scoring is `score_part(truths, reports)`: a pure function of the truth
files and the JSON reports (tests/test_eval_scoring.py).

Definitions:
- a *defect-level* finding has severity deficiency or inadmissible and is not
  `"unverified": true`;
- a planted defect is *found* when a finding of its rule exists in its
  dossier at its level or worse (deficiency-or-worse for planted
  deficiency/inadmissible defects, the planted severity for warning/info ones),
  in its file when the truth names one, and, for a planted deficiency or worse,
  not unverified (an unverified warning only points a person at it: counted
  apart as `pointed`); whether the page matched is counted apart;
- a finding *matches* a planted defect when it is in that dossier, of that
  rule, and in that file when the truth names one; a defect-level finding that
  matches none is a false one (FP), in a clean dossier or not;
- a dossier whose check failed (exit 2/3, no report, timeout) is an error:
  its planted defect counts as missed and its documents as unrecognised
  (predicted type "(error)"); it counts in no false-finding or unverified
  figure;
- `unverified_per_clean` counts the report's unverified warnings as a person
  reads them: a CHECK-BY-HAND finding (several rules' points in one document)
  is one; `points_mean` counts the rules' findings inside it, one each. For
  matching planted defects and false findings, a CHECK-BY-HAND finding is
  replaced by the findings it stands for.
- document types: each truth document is matched to the report entry of its
  file whose page_range holds the truth document's first page (an entry
  without page_range covers the whole file); no such entry is "(none)",
  counted as missing. A truth document overlapping several entries is split.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PARTS = (
    "dev",
    "heldout",
    "fresh",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twentyfirst",
    "twentysecond",
    "twentythird",
    "twentyfourth",
    "twentyfifth",
    "twentysixth",
    "twentyseventh",
    "twentyeighth",
    "twentyninth",
    "thirtieth",
    "thirtyfirst",
    "thirtysecond",
    "thirtythird",
    "thirtyfourth",
    "thirtyfifth",
    "thirtysixth",
    "thirtyseventh",
    "thirtyeighth",
    "thirtyninth",
    "fortieth",
    "fortyfirst",
    "fortysecond",
    "fortythird",
    "fortyfourth",
    "fortyfifth",
    "fortysixth",
    "fortyseventh",
    "fortyeighth",
    "fortyninth",
    "fiftieth",
    "fiftyfirst",
    "fiftysecond",
    "fiftythird",
    "fiftyfourth",
    "fiftyfifth",
)
# `--part all` (what `make eval` runs): the parts read while tuning.  `fresh`, `fourth`, `fifth`, `sixth`, `seventh`,
# `eighth`, `ninth`, `tenth`, `eleventh`, `twelfth`, `thirteenth`, `fourteenth`, `fifteenth`, `sixteenth`, `seventeenth`,
# `eighteenth`, `nineteenth`, `twentieth`, `twentyfirst`, `twentysecond`, `twentythird`, `twentyfourth`, `twentyfifth`, `twentysixth`, `twentyseventh`, `twentyeighth`, `twentyninth`, `thirtieth`, `thirtyfirst`, `thirtysecond`, `thirtythird`, `thirtyfourth`, `thirtyfifth`, `thirtysixth`, `thirtyseventh`, `thirtyeighth`, `thirtyninth`, `fortieth`, `fortyfirst`, `fortysecond`, `fortythird`, `fortyfourth`, `fortyfifth`, `fortysixth`, `fortyseventh`, `fortyeighth`, `fortyninth`, `fiftieth`, `fiftyfirst`, `fiftysecond`, `fiftythird`, `fiftyfourth` and `fiftyfifth` are checked only when asked for by name (`--part fresh`, ..., `--part fortyeighth`), once each, so that their findings stay unread until then (eval/CORPUS.md).
ALL_PARTS = ("dev", "heldout")
RANK = {"info": 0, "warning": 1, "deficiency": 2, "inadmissible": 3}
DEFICIENCY = RANK["deficiency"]
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"
SECTION = "## Measured on a blind corpus"

# The issue's "Done when", checked on the heldout part.
TARGET_RECALL = 0.97
TARGET_UNVERIFIED = 1.0
TARGET_TYPE_RIGHT = 0.97
TARGET_WRONG_NOT_OTHER = 0.01


# ---------------------------------------------------------------------------------------------------------------
# Scoring: pure functions of truth and report dicts.


def _rank(severity: str | None) -> int:
    return RANK.get(str(severity or "").lower(), -1)


def _norm_file(name: str | None) -> str | None:
    if name is None:
        return None
    name = str(name).replace("\\", "/")
    while name.startswith("./"):
        name = name[2:]
    return name


def _unverified(finding: dict[str, Any]) -> bool:
    return bool(finding.get("unverified", False))


def is_defect_level(finding: dict[str, Any]) -> bool:
    """Severity deficiency or inadmissible, and not a warning in disguise."""
    return _rank(finding.get("severity")) >= DEFICIENCY and not _unverified(finding)


# rules.md gives 9ter's identity check two ids: BE9TER-IDENTITY (section 4) is "identity proven per §2 (see
# section 5)", and section 5's ID-SUFFICIENCY is "the rule above", inadmissible for 9ter. The validator reports
# it under the first; a defect planted under the second is that one.
# The document types of eval/CORPUS.md: dossier.md's and the five it adds.
CORPUS_TYPES = frozenset(
    {
        "application",
        "identity-document",
        "birth-certificate",
        "marriage-certificate",
        "driving-licence",
        "nationality-certificate",
        "medical-certificate",
        "medical-statement",
        "care-institution-statement",
        "health-insurance",
        "income-proof",
        "registered-mail-receipt",
        "translation",
        "asylum-proof",
        "country-of-origin-info",
        "other",
        "marriage-booklet",
        "identity-certificate",
        "consular-card",
        "military-booklet",
        "civic-integration",
    }
)
ALIASES = {("be-9ter", "ID-SUFFICIENCY"): "BE9TER-IDENTITY"}


def defects_of(truth: dict[str, Any]) -> list[dict[str, Any]]:
    """The planted defects: `defect` of CORPUS.md (one), or a `defects` list."""
    planted = (
        list(truth["defects"]) if truth.get("defects") else [truth["defect"]] if truth.get("defect") else []
    )
    return [
        {**d, "rule": ALIASES.get((truth.get("procedure"), d.get("rule")), d.get("rule"))} for d in planted
    ]


def _level(defect: dict[str, Any]) -> int:
    """The severity a finding needs to count as finding this defect."""
    return min(_rank(defect.get("severity")), DEFICIENCY)


def _authority(procedure: str | None) -> str:
    return "be" if str(procedure or "").startswith("be") else "ind"


def _matches(finding: dict[str, Any], defect: dict[str, Any]) -> bool:
    if finding.get("rule") != defect.get("rule"):
        return False
    want = _norm_file(defect.get("file"))
    return want is None or _norm_file(finding.get("file")) == want


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _covers(entry: dict[str, Any], page: int) -> bool:
    span = entry.get("page_range")
    if not span:
        return True
    return int(span[0]) <= page <= int(span[1])


def _overlaps(entry: dict[str, Any], first: int, last: int) -> bool:
    span = entry.get("page_range")
    if not span:
        return True
    return int(span[0]) <= last and first <= int(span[1])


def _brief(finding: dict[str, Any]) -> dict[str, Any]:
    return {
        "rule": finding.get("rule"),
        "severity": finding.get("severity"),
        "file": finding.get("file"),
        "page": finding.get("page"),
        "message": finding.get("message", ""),
    }


def _new_rule() -> dict[str, Any]:
    return {
        "planted": 0,
        "planted_severity": [],
        "tp": 0,
        "fn": 0,
        "fp": 0,
        "fp_at_level": 0,
        "page_checked": 0,
        "page_matched": 0,
        "milder": 0,
    }


def score_part(
    truths: Iterable[dict[str, Any]],
    reports: dict[str, dict[str, Any] | None],
    errors: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Every figure of one part, from its truth files and the validator's JSON reports.

    `reports` maps a dossier name to its report, or None (or no entry) when the check failed;
    `errors` gives the reason shown for such a dossier.
    """
    truths = sorted(truths, key=lambda t: t["dossier"])
    errors = dict(errors or {})
    for t in truths:
        if reports.get(t["dossier"]) is None:
            errors.setdefault(t["dossier"], "no report")

    # The level at which each rule was planted, per authority: a finding at that level or worse that
    # matches no planted defect is a false one at the rule's level (warning and info rules).
    planted_level: dict[tuple[str, str], int] = {}
    planted_level_rule: dict[str, int] = {}
    for t in truths:
        for d in defects_of(t):
            key = (d["rule"], _authority(t.get("procedure")))
            planted_level[key] = min(planted_level.get(key, DEFICIENCY), _level(d))
            planted_level_rule[d["rule"]] = min(planted_level_rule.get(d["rule"], DEFICIENCY), _level(d))

    rules: dict[str, dict[str, Any]] = defaultdict(_new_rule)
    verdicts: dict[str, Counter[str]] = {"clean": Counter(), "defect": Counter()}
    missed: list[dict[str, Any]] = []
    clean_false: list[dict[str, Any]] = []
    defect_false: list[dict[str, Any]] = []
    unverified_counts: list[int] = []
    unverified_points: list[int] = []
    per_dossier: list[dict[str, Any]] = []
    recall = {"deficiency": [0, 0], "warning": [0, 0]}  # [planted, found]

    docs_total = docs_right = docs_other = docs_wrong_not_other = docs_missing = docs_split = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    families: dict[str, dict[str, Any]] = {}

    for t in truths:
        name = t["dossier"]
        report = reports.get(name)
        kind = "clean" if t.get("clean") else "defect"
        defects = defects_of(t)
        verdicts[kind][report.get("verdict", "?") if report is not None else "error"] += 1
        listed = report.get("findings") or [] if report is not None else []
        # A CHECK-BY-HAND finding is one warning a person reads; the rules' findings it stands for are matched.
        findings = [{**f, "file": _norm_file(f.get("file"))} for g in listed for f in g.get("checks") or [g]]
        row = {
            "dossier": name,
            "clean": bool(t.get("clean")),
            "verdict": report.get("verdict") if report is not None else "error",
            "found": None,
            "false_findings": 0,
            "unverified": None,
        }

        # Planted defects: found or missed.
        for d in defects:
            r = rules[d["rule"]]
            r["planted"] += 1
            if d.get("severity") not in r["planted_severity"]:
                r["planted_severity"].append(d.get("severity"))
            bucket = "deficiency" if _rank(d.get("severity")) >= DEFICIENCY else "warning"
            recall[bucket][0] += 1
            # A warning the validator could not verify still puts a person onto a planted warning; a planted
            # deficiency it only points at ("check by hand") is missed, but counted apart as `pointed`.
            hits = [
                f
                for f in findings
                if _matches(f, d)
                and _rank(f.get("severity")) >= _level(d)
                and (bucket == "warning" or not _unverified(f))
            ]
            if not hits and any(_matches(f, d) and _unverified(f) for f in findings):
                r["pointed"] = r.get("pointed", 0) + 1
            if hits:
                r["tp"] += 1
                recall[bucket][1] += 1
                if not any(_rank(f.get("severity")) >= _rank(d.get("severity")) for f in hits):
                    r["milder"] += 1  # e.g. planted inadmissible, found as a deficiency
                if d.get("page") is not None:
                    r["page_checked"] += 1
                    if any(f.get("page") == d["page"] for f in hits):
                        r["page_matched"] += 1
            else:
                r["fn"] += 1
                near = [_brief(f) for f in findings if f.get("rule") == d.get("rule")]
                missed.append(
                    {
                        "dossier": name,
                        "rule": d.get("rule"),
                        "severity": d.get("severity"),
                        "file": d.get("file"),
                        "page": d.get("page"),
                        "what": d.get("what"),
                        "error": report is None,
                        "findings_of_rule": near,
                    }
                )
            row["found"] = bool(hits) if row["found"] is None else (row["found"] and bool(hits))

        if report is None:
            per_dossier.append(row)
            counts = _score_documents(t, None, confusion, families)
            docs_total += counts["total"]
            docs_missing += counts["missing"]
            continue

        # False findings: defect-level (and at the rule's planted level) that match no planted defect.
        false_here = []
        auth = _authority(t.get("procedure"))
        for f in findings:
            if any(_matches(f, d) for d in defects) or _unverified(f):
                continue
            rule = str(f.get("rule"))
            level = planted_level.get((rule, auth), planted_level_rule.get(rule, DEFICIENCY))
            if _rank(f.get("severity")) >= level:
                rules[rule]["fp_at_level"] += 1
            if is_defect_level(f):
                rules[rule]["fp"] += 1
                false_here.append(f)
        row["false_findings"] = len(false_here)
        if false_here:
            entry = {"dossier": name, "findings": [_brief(f) for f in false_here]}
            (clean_false if t.get("clean") else defect_false).append(entry)
        n_unverified = sum(1 for f in listed if _unverified(f))
        row["unverified"] = n_unverified
        if t.get("clean"):
            unverified_counts.append(n_unverified)
            unverified_points.append(sum(1 for f in findings if _unverified(f)))
        per_dossier.append(row)

        # Document types.
        counts = _score_documents(t, report, confusion, families, false_here)
        docs_total += counts["total"]
        docs_right += counts["right"]
        docs_other += counts["other"]
        docs_wrong_not_other += counts["wrong_not_other"]
        docs_missing += counts["missing"]
        docs_split += counts["split"]

    for r in rules.values():
        r["precision"] = _ratio(r["tp"], r["tp"] + r["fp"])
        r["precision_at_level"] = _ratio(r["tp"], r["tp"] + r["fp_at_level"])
        r["recall"] = _ratio(r["tp"], r["planted"])
        levels = [_rank(s) for s in r["planted_severity"]]
        r["level"] = "deficiency" if levels and max(levels) >= DEFICIENCY else "warning" if levels else None
    for fam in families.values():
        fam["accuracy"] = _ratio(fam["right"], fam["documents"])

    clean_n = sum(1 for t in truths if t.get("clean"))
    return {
        "dossiers": len(truths),
        "clean": clean_n,
        "clean_checked": len(unverified_counts),
        "defect": len(truths) - clean_n,
        "errors": [{"dossier": k, "message": v} for k, v in sorted(errors.items())],
        "verdicts": {k: dict(sorted(v.items())) for k, v in verdicts.items()},
        "recall_deficiency": {
            "planted": recall["deficiency"][0],
            "found": recall["deficiency"][1],
            "recall": _ratio(recall["deficiency"][1], recall["deficiency"][0]),
        },
        "recall_warning": {
            "planted": recall["warning"][0],
            "found": recall["warning"][1],
            "recall": _ratio(recall["warning"][1], recall["warning"][0]),
        },
        "page_match": {
            "checked": sum(r["page_checked"] for r in rules.values()),
            "matched": sum(r["page_matched"] for r in rules.values()),
        },
        "clean_with_deficiency": {"count": len(clean_false), "dossiers": clean_false},
        "defect_with_false_deficiency": {"count": len(defect_false), "dossiers": defect_false},
        "unverified_per_clean": {
            "dossiers": len(unverified_counts),
            "mean": round(sum(unverified_counts) / len(unverified_counts), 3) if unverified_counts else None,
            "max": max(unverified_counts) if unverified_counts else None,
            "points_mean": (
                round(sum(unverified_points) / len(unverified_points), 3) if unverified_points else None
            ),
        },
        "missed": missed,
        "rules": {k: rules[k] for k in sorted(rules)},
        "documents": {
            "count": docs_total,
            "right": docs_right,
            "accuracy": _ratio(docs_right, docs_total),
            "wrong_not_other": docs_wrong_not_other,
            "wrong_not_other_rate": _ratio(docs_wrong_not_other, docs_total),
            "other": docs_other,
            "other_rate": _ratio(docs_other, docs_total),
            "missing": docs_missing,
            "split": docs_split,
            "confusion": {k: dict(sorted(v.items())) for k, v in sorted(confusion.items())},
        },
        "families": {k: families[k] for k in sorted(families)},
        "per_dossier": per_dossier,
    }


def _score_documents(
    truth: dict[str, Any],
    report: dict[str, Any] | None,
    confusion: dict[str, Counter[str]],
    families: dict[str, dict[str, Any]],
    false_findings: list[dict[str, Any]] | None = None,
) -> dict[str, int]:
    """Match each truth document to the report entry covering its first page; tally types and families."""
    counts = Counter(total=0, right=0, other=0, wrong_not_other=0, missing=0, split=0)
    entries = list((report or {}).get("documents") or [])
    truth_docs = list(truth.get("documents") or [])
    for doc in truth_docs:
        fam = families.setdefault(
            doc.get("family") or "?",
            {"type": doc.get("type"), "documents": 0, "right": 0, "false_findings": 0, "predicted": {}},
        )
        fam["documents"] += 1
        counts["total"] += 1
        if report is None:
            counts["missing"] += 1
            confusion[str(doc.get("type"))]["(error)"] += 1
            fam["predicted"]["(error)"] = fam["predicted"].get("(error)", 0) + 1
            continue
        file = _norm_file(doc.get("file"))
        first = int(doc.get("first_page") or 1)
        last = int(doc.get("last_page") or first)
        mine = [e for e in entries if _norm_file(e.get("file")) == file]
        covering = [e for e in mine if _covers(e, first)]
        # A page range holding the first page beats an entry for the whole file.
        covering.sort(key=lambda e: 0 if e.get("page_range") else 1)
        predicted = covering[0].get("type") if covering else "(none)"
        # A type finer than the corpus knows (a sworn statement) is, in its words, "other".
        predicted = predicted if predicted in CORPUS_TYPES or predicted == "(none)" else "other"
        truth_type = doc.get("type")
        confusion[str(truth_type)][str(predicted)] += 1
        fam["predicted"][str(predicted)] = fam["predicted"].get(str(predicted), 0) + 1
        if not covering:
            counts["missing"] += 1
        elif predicted == truth_type:
            counts["right"] += 1
            fam["right"] += 1
        elif predicted == "other":
            counts["other"] += 1
        else:
            counts["wrong_not_other"] += 1
        if sum(1 for e in mine if _overlaps(e, first, last)) > 1:
            counts["split"] += 1
    for f in false_findings or []:
        doc = _document_of(truth_docs, f.get("file"), f.get("page"))
        if doc is not None:
            families[doc.get("family") or "?"]["false_findings"] += 1
    return counts


def _document_of(docs: list[dict[str, Any]], file: str | None, page: int | None) -> dict[str, Any] | None:
    """The truth document holding this page (a finding on a whole file: the one holding its first page)."""
    if file is None:
        return None
    page = int(page) if page is not None else 1
    for doc in docs:
        first = int(doc.get("first_page") or 1)
        last = int(doc.get("last_page") or first)
        if _norm_file(doc.get("file")) == _norm_file(file) and first <= page <= last:
            return doc
    return None


def done_when(part: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The issue's acceptance criteria, each PASS, FAIL or n/a (no data)."""

    def check(name: str, value: Any, ok: bool | None) -> dict[str, Any]:
        return {
            "criterion": name,
            "value": value,
            "result": "n/a" if ok is None else ("PASS" if ok else "FAIL"),
        }

    if not part or not part.get("dossiers"):
        return [
            check(n, None, None)
            for n in (
                "0 clean dossiers with a deficiency-or-worse finding",
                f"recall at deficiency-or-worse >= {TARGET_RECALL}",
                f"<= {TARGET_UNVERIFIED:g} unverified warning per clean dossier on average",
                f"document type right >= {TARGET_TYPE_RIGHT:.0%}",
                f"wrong type (not other) < {TARGET_WRONG_NOT_OTHER:.0%}",
            )
        ]
    clean_bad = part["clean_with_deficiency"]["count"]
    recall = part["recall_deficiency"]["recall"]
    unverified = part["unverified_per_clean"]["mean"]
    right = part["documents"]["accuracy"]
    wrong = part["documents"]["wrong_not_other_rate"]
    return [
        check(
            "0 clean dossiers with a deficiency-or-worse finding",
            clean_bad,
            clean_bad == 0 if part["clean_checked"] else None,
        ),
        check(
            f"recall at deficiency-or-worse >= {TARGET_RECALL}",
            recall,
            None if recall is None else recall >= TARGET_RECALL,
        ),
        check(
            f"<= {TARGET_UNVERIFIED:g} unverified warning per clean dossier on average",
            unverified,
            None if unverified is None else unverified <= TARGET_UNVERIFIED,
        ),
        check(
            f"document type right >= {TARGET_TYPE_RIGHT:.0%}",
            right,
            None if right is None else right >= TARGET_TYPE_RIGHT,
        ),
        check(
            f"wrong type (not other) < {TARGET_WRONG_NOT_OTHER:.0%}",
            wrong,
            None if wrong is None else wrong < TARGET_WRONG_NOT_OTHER,
        ),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Rendering.


def _pct(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f} %"


def _points(u: dict[str, Any]) -> str:
    """The rules' points per clean dossier beside the warnings, where the run counted them."""
    return f" ({_num(u['points_mean'])} points)" if u.get("points_mean") is not None else ""


def _num(x: Any) -> str:
    return "–" if x is None else str(x)


def text_table(figures: dict[str, Any]) -> str:
    lines = []
    parts = figures["parts"]
    head = (
        f"{'part':<8} {'clean/def':>9} {'err':>4} {'clean+def':>9} {'recall def+':>16} {'recall warn':>16} "
        f"{'unverif/clean':>13} {'type right':>10} {'wrong!other':>11} {'other':>7} {'split':>5}"
    )
    lines.append(head)
    for name, p in parts.items():
        rd, rw, u, d = p["recall_deficiency"], p["recall_warning"], p["unverified_per_clean"], p["documents"]
        lines.append(
            f"{name:<8} {p['clean']:>4}/{p['defect']:<4} {len(p['errors']):>4} {p['clean_with_deficiency']['count']:>9} "
            f"{_pct(rd['recall']):>8} {rd['found']:>3}/{rd['planted']:<3} {_pct(rw['recall']):>8} {rw['found']:>3}/{rw['planted']:<3} "
            f"{(_num(u['mean']) + ' / ' + _num(u['max'])):>13} {_pct(d['accuracy']):>10} {_pct(d['wrong_not_other_rate']):>11} "
            f"{_pct(d['other_rate']):>7} {d['split']:>5}"
        )
    for name, p in parts.items():
        lines.append("")
        lines.append(f"[{name}] verdicts: clean {p['verdicts']['clean']}  defect {p['verdicts']['defect']}")
        if p["errors"]:
            lines.append(f"[{name}] errors ({len(p['errors'])}):")
            lines += [f"  {e['dossier']}: {e['message']}" for e in p["errors"]]
        lines.append(f"[{name}] per rule: planted TP FN FP(def+) FP(level) precision recall page")
        for rule, r in p["rules"].items():
            prec = r["precision"] if r["level"] != "warning" else r["precision_at_level"]
            fp_shown = r["fp"]
            lines.append(
                f"  {rule:<30} {(r['level'] or '-'):<10} {r['planted']:>3} {r['tp']:>3} {r['fn']:>3} "
                f"{fp_shown:>3} {r['fp_at_level']:>3} {_pct(prec, 0):>7} {_pct(r['recall'], 0):>7} "
                f"{r['page_matched']}/{r['page_checked']}"
            )
        if p["clean_with_deficiency"]["dossiers"]:
            lines.append(f"[{name}] clean dossiers with a deficiency-or-worse finding:")
            for entry in p["clean_with_deficiency"]["dossiers"]:
                for f in entry["findings"]:
                    lines.append(
                        f"  {entry['dossier']}: {f['rule']} {f['severity']} {f['file']} p.{_num(f['page'])}: "
                        f"{_short(f['message'])}"
                    )
        if p["missed"]:
            lines.append(f"[{name}] missed planted defects:")
            for m in p["missed"]:
                lines.append(
                    f"  {m['dossier']}: {m['rule']} ({m['severity']}) {_num(m['file'])} p.{_num(m['page'])}"
                    + (" [check failed]" if m["error"] else "")
                )
        off = [(t, q, n) for t, row in p["documents"]["confusion"].items() for q, n in row.items() if q != t]
        if off:
            lines.append(
                f"[{name}] type confusions (truth -> predicted: n): "
                + ", ".join(f"{t}->{q}: {n}" for t, q, n in sorted(off, key=lambda x: -x[2]))
            )
        bad = {k: v for k, v in p["families"].items() if v["right"] < v["documents"] or v["false_findings"]}
        if bad:
            lines.append(f"[{name}] families with a wrong type or a false finding:")
            for k, v in bad.items():
                lines.append(
                    f"  {k:<36} {v['type']:<26} right {v['right']}/{v['documents']}  "
                    f"false findings {v['false_findings']}  predicted {v['predicted']}"
                )
    return "\n".join(lines)


def _short(text: str, n: int = 110) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def done_text(checks: list[dict[str, Any]], name: str | None, part: dict[str, Any] | None = None) -> str:
    """The targets as judged on the part named (the last written, `blind_part`)."""
    lines = [f"Done when ({name or 'no part'}):"]
    if part and part["errors"]:
        lines[0] += (
            f" -- {len(part['errors'])} dossier(s) could not be checked and are left out or counted as missed"
        )
    for c in checks:
        value = c["value"]
        shown = f"{value:.4g}" if isinstance(value, float) else _num(value)
        lines.append(f"  {c['result']:<4}  {c['criterion']}  ({shown})")
    return "\n".join(lines)


def blind_part(parts: dict[str, Any]) -> str | None:
    """The part the targets are judged on: of those measured, the last written (PARTS is in the order the
    parts were added, each after the ones before it had been read)."""
    return next((p for p in reversed(PARTS) if p != "dev" and p in parts), None)


def readme_section(figures: dict[str, Any]) -> str:
    date = figures["date"][:10]
    lines = [
        BEGIN,
        "",
        f"`make eval` (eval/run.py) on the blind corpus of eval/CORPUS.md, validator commit "
        f"`{figures['validator_commit'][:10]}`{' (uncommitted changes)' if figures.get('validator_dirty') else ''}"
        + (f", dossiers matching `{figures['only']}` only" if figures.get("only") else "")
        + ". A finding counts at deficiency-or-worse when its severity is deficiency or inadmissible and it is "
        "not `unverified`. Figures in bench/eval.json.",
        "",
        "| part | date | dossiers (clean / defect) | errors | clean dossiers with a deficiency-or-worse finding "
        "| recall at deficiency-or-worse | unverified warnings per clean dossier (mean / max; the rules' points "
        "inside CHECK-BY-HAND counted one each) "
        "| document type right | wrong type, not `other` |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, p in figures["parts"].items():
        rd, u, d = p["recall_deficiency"], p["unverified_per_clean"], p["documents"]
        lines.append(
            f"| {name} | {date} | {p['clean']} / {p['defect']} | {len(p['errors'])} "
            f"| {p['clean_with_deficiency']['count']} of {p['clean_checked']} "
            f"| {_pct(rd['recall'])} ({rd['found']} of {rd['planted']}) "
            f"| {_num(u['mean'])} / {_num(u['max'])}{_points(u)} "
            f"| {_pct(d['accuracy'])} ({d['right']} of {d['count']}) "
            f"| {_pct(d['wrong_not_other_rate'])} ({d['wrong_not_other']}) |"
        )
    blind = figures.get("blind") or "heldout"
    held = figures["parts"].get(blind)
    if held and held["rules"]:
        lines += [
            "",
            f"Per rule, {blind} part (precision: planted defects found / (found + false findings); "
            "false findings at deficiency-or-worse, or, for rules planted as warning or info, at that level):",
            "",
            "| rule | planted as | planted | found | missed | false findings | precision | recall |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for rule, r in held["rules"].items():
            warning = r["level"] == "warning"
            fp = r["fp_at_level"] if warning else r["fp"]
            prec = r["precision_at_level"] if warning else r["precision"]
            lines.append(
                f"| `{rule}` | {', '.join(s for s in r['planted_severity'] if s) or '–'} | {r['planted']} "
                f"| {r['tp']} | {r['fn']} | {fp} | {_pct(prec, 0)} | {_pct(r['recall'], 0)} |"
            )
    if held:
        lines += [
            "",
            f"Done when ({blind}): "
            + "; ".join(f"{c['criterion']}: **{c['result']}**" for c in figures["done_when"])
            + ".",
        ]
    lines += ["", END]
    return "\n".join(lines)


def rewrite_readme(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text, count=1)
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + f"{SECTION}\n\n{section}\n"
    _atomic_write(path, text)


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------------------------------------
# Running.

_LIVE: set[subprocess.Popen[str]] = set()
_LOCK = threading.Lock()
_STOP = threading.Event()


def _kill_group(proc: subprocess.Popen[str]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _validator_command() -> list[str]:
    beside = Path(sys.executable).parent / "validator"
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "validator"]


def _truth_files(corpus: Path, part: str) -> list[Path]:
    return sorted((corpus / part).glob("*.truth.json"))


def load_truths(
    corpus: Path, parts: Iterable[str], only: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for part in parts:
        truths = []
        for path in _truth_files(corpus, part):
            truth = json.loads(path.read_text(encoding="utf-8"))
            truth.setdefault("dossier", path.name[: -len(".truth.json")])
            truth["_name"] = path.name[: -len(".truth.json")]
            if only and not fnmatch.fnmatchcase(truth["_name"], only):
                continue
            truths.append(truth)
        out[part] = truths
    return out


def check_dossier(
    folder: Path, report_path: Path, timeout: float
) -> tuple[dict[str, Any] | None, str | None, float]:
    """Run the validator on one dossier; (report, error message, seconds). Never raises for a failed check."""
    start = time.monotonic()
    report_path.unlink(missing_ok=True)
    if not folder.is_dir():
        return None, "dossier folder missing", 0.0
    tmp = report_path.with_name(f".{report_path.name}.tmp")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = [
        *_validator_command(),
        "check",
        str(folder),
        "--format",
        "json",
        "-o",
        str(tmp),
        "--quiet",
        "--jobs",
        "1",
    ]
    try:
        # Its own process group: a timeout or Ctrl-C ends the validator and the Tesseracts it started.
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
            start_new_session=True,
        )
    except OSError as exc:
        return None, f"could not start the validator: {exc}", time.monotonic() - start
    with _LOCK:
        _LIVE.add(proc)
        if _STOP.is_set():
            _kill_group(proc)
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.communicate()
        tmp.unlink(missing_ok=True)
        return None, f"timeout after {timeout:g} s", time.monotonic() - start
    finally:
        with _LOCK:
            _LIVE.discard(proc)
    seconds = time.monotonic() - start
    last = (stderr.strip().splitlines() or [""])[-1]
    if proc.returncode not in (0, 1):
        tmp.unlink(missing_ok=True)
        return None, f"exit {proc.returncode}: {last}".rstrip(": "), seconds
    try:
        report = json.loads(tmp.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        tmp.unlink(missing_ok=True)
        return None, f"exit {proc.returncode}, no readable report ({exc.__class__.__name__})", seconds
    os.replace(tmp, report_path)
    return report, None, seconds


def run_all(
    corpus: Path, truths: dict[str, list[dict[str, Any]]], jobs: int, timeout: float, score_only: bool
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, str]], dict[str, dict[str, float]]]:
    reports: dict[str, dict[str, Any]] = {p: {} for p in truths}
    errors: dict[str, dict[str, str]] = {p: {} for p in truths}
    seconds: dict[str, dict[str, float]] = {p: {} for p in truths}
    todo = [(part, t) for part, ts in truths.items() for t in ts]
    if score_only:
        for part, t in todo:
            path = corpus / part / f"{t['_name']}.report.json"
            try:
                reports[part][t["dossier"]] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                saved = corpus / part / f"{t['_name']}.error.txt"
                errors[part][t["dossier"]] = (
                    saved.read_text(encoding="utf-8").strip() if saved.exists() else "no saved report"
                )
        return reports, errors, seconds

    width = len(str(len(todo)))
    pool = ThreadPoolExecutor(max_workers=max(1, jobs))
    futures = {
        pool.submit(
            check_dossier, corpus / part / t["_name"], corpus / part / f"{t['_name']}.report.json", timeout
        ): (part, t)
        for part, t in todo
    }
    try:
        for n, fut in enumerate(as_completed(futures), 1):
            part, t = futures[fut]
            try:
                report, error, secs = fut.result()
            except Exception as exc:  # noqa: BLE001 - a bug of the runner itself must not lose the other rows
                report, error, secs = None, f"runner: {exc!r}", 0.0
            seconds[part][t["dossier"]] = round(secs, 2)
            error_path = corpus / part / f"{t['_name']}.error.txt"
            if report is not None:
                reports[part][t["dossier"]] = report
                shown = report.get("verdict", "?")
                error_path.unlink(missing_ok=True)
            else:
                errors[part][t["dossier"]] = error or "no report"
                shown = f"ERROR ({error})"
                error_path.write_text((error or "no report") + "\n", encoding="utf-8")
            kind = "clean" if t.get("clean") else (defects_of(t) or [{}])[0].get("rule", "defect")
            print(
                f"[{n:>{width}}/{len(todo)}] {part}/{t['_name']} ({kind}): {shown}  {secs:.1f} s",
                file=sys.stderr,
                flush=True,
            )
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        with _LOCK:
            _STOP.set()
            for proc in list(_LIVE):
                _kill_group(proc)
        raise
    pool.shutdown()
    return reports, errors, seconds


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], capture_output=True, text=True, cwd=ROOT, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def build_corpus(corpus: Path) -> None:
    print(f"building the corpus: {sys.executable} -m eval.corpus.build {corpus}", file=sys.stderr, flush=True)
    proc = subprocess.run([sys.executable, "-m", "eval.corpus.build", str(corpus)], cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"eval: building the corpus failed (exit {proc.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "eval" / "build", help="default: eval/build")
    parser.add_argument(
        "--build", action="store_true", help="write the corpus first (python -m eval.corpus.build)"
    )
    parser.add_argument(
        "--part",
        choices=[*PARTS, "all"],
        default="all",
        help="all = dev and heldout; fresh, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, twentyfirst, twentysecond, twentythird, twentyfourth, twentyfifth, twentysixth, twentyseventh, twentyeighth, twentyninth, thirtieth, thirtyfirst, thirtysecond, thirtythird, thirtyfourth, thirtyfifth, thirtysixth, thirtyseventh, thirtyeighth, thirtyninth, fortieth, fortyfirst, fortysecond, fortythird, fortyfourth, fortyfifth, fortysixth, fortyseventh, fortyeighth, fortyninth, fiftieth, fiftyfirst, fiftysecond, fiftythird, fiftyfourth and fiftyfifth only by name",
    )
    parser.add_argument(
        "--jobs", type=int, default=2, help="dossiers checked at once (default 2), each with --jobs 1"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "eval.json")
    parser.add_argument("--readme", type=Path, help="rewrite the eval section of this README")
    parser.add_argument("--only", metavar="NAME_GLOB", help="only dossiers whose name matches")
    parser.add_argument("--score-only", action="store_true", help="score the reports saved by an earlier run")
    parser.add_argument(
        "--timeout", type=float, default=1800, help="seconds one check may take (default 1800)"
    )
    args = parser.parse_args(argv)

    corpus = args.corpus.resolve()
    parts = list(ALL_PARTS) if args.part == "all" else [args.part]
    if args.build or not any(_truth_files(corpus, p) for p in PARTS):
        if args.score_only:
            sys.exit(f"eval: no truth files in {corpus}")
        build_corpus(corpus)
    truths = load_truths(corpus, parts, args.only)
    if not any(truths.values()):
        sys.exit(
            f"eval: no dossier to check in {corpus} (parts {', '.join(parts)}"
            + (f", matching {args.only}" if args.only else "")
            + ")"
        )

    started = time.monotonic()
    try:
        reports, errors, seconds = run_all(corpus, truths, args.jobs, args.timeout, args.score_only)
    except KeyboardInterrupt:
        print("eval: interrupted; nothing written", file=sys.stderr)
        return 130
    figures: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds"),
        "corpus": str(corpus),
        "corpus_size": {
            p: {
                "dossiers": len(ts),
                "clean": sum(1 for t in ts if t.get("clean")),
                "defect": sum(1 for t in ts if not t.get("clean")),
            }
            for p, ts in truths.items()
        },
        "validator_commit": _git("rev-parse", "HEAD") or "unknown",
        "validator_dirty": bool(_git("status", "--porcelain", "--", "validator", "schemas")),
        "only": args.only,
        "score_only": args.score_only,
        "jobs": args.jobs,
        "seconds": round(time.monotonic() - started, 1),
        "parts": {},
    }
    for part, ts in truths.items():
        if not ts:
            continue
        p = score_part(ts, reports[part], errors[part])
        for row in p["per_dossier"]:
            row["seconds"] = seconds[part].get(row["dossier"])
        figures["parts"][part] = p
    figures["blind"] = blind_part(figures["parts"])
    figures["done_when"] = done_when(figures["parts"].get(figures["blind"]))

    _atomic_write(args.out, json.dumps(figures, ensure_ascii=False, indent=1, default=str) + "\n")
    print(text_table(figures))
    print()
    print(done_text(figures["done_when"], figures["blind"], figures["parts"].get(figures["blind"])))
    print(f"\nfigures: {args.out}")
    if args.readme:
        rewrite_readme(args.readme, readme_section(figures))
        print(f"README section rewritten: {args.readme}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
