"""Messages, remedies and interface text in Dutch, English and French, from per-language YAML."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml
from babel.dates import format_date

from validator.model import INTERNAL_ERROR, Finding, Term
from validator.yamlconfig import SAFE_LOADER

LANGUAGES = ("nl", "en", "fr")
DEFAULT_LANGUAGE = "nl"
# The variables that set the language of messages, the first that is set winning (POSIX).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def user_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language of the user's locale when it is one the reports are written in ("fr_BE.UTF-8" → fr);
    otherwise Dutch. A report's own language (--lang, dossier.yaml) comes before this."""
    setting = next((environ[v] for v in LOCALE_VARIABLES if environ.get(v)), "")
    lang = setting.split("_")[0].split(".")[0].lower()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@cache
def catalogue(lang: str) -> dict[str, Any]:
    text = resources.files("validator.messages").joinpath(f"{lang}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=SAFE_LOADER)


def ui(lang: str, key: str, **params: Any) -> str:
    node: Any = catalogue(lang)["ui"]
    for part in key.split("."):
        node = node[part]
    return node.format(**params) if params else node


def long_date(lang: str, day: dt.date) -> str:
    """A date as a letter writes it: "15 december 2026", "15 December 2026", "15 décembre 2026"."""
    return format_date(day, format="long", locale=ui(lang, "locale"))


def rule_text(lang: str, rule_id: str) -> dict[str, Any]:
    return catalogue(lang)["rules"][rule_id]


def _in_language(value: Any, lang: str) -> Any:
    """Schema data written in every language (a route's name, a fee's condition), or a catalogue term (or several, as a
    list), in `lang`."""
    if isinstance(value, dict) and set(LANGUAGES) <= set(value):
        return value[lang]
    if isinstance(value, Term):
        return ui(lang, f"terms.{value.key}")
    if isinstance(value, tuple) and value and all(isinstance(v, Term) for v in value):
        return ", ".join(ui(lang, f"terms.{v.key}") for v in value)
    return value


def localize(finding: Finding, lang: str) -> Finding:
    """Fill in the finding's message and remedy in `lang`; a missing text is a bug, not a blank."""
    if finding.key == INTERNAL_ERROR:
        texts = catalogue(lang)["ui"]["internal_error"]
    else:
        texts = rule_text(lang, finding.rule)["findings"][finding.key]
    params = {k: _in_language(v, lang) for k, v in finding.params.items()}
    finding.message = texts["message"].format(**params)
    finding.remedy = texts["remedy"].format(**params)
    if finding.unverified:
        # The catalogue says what a defect would be; this one was looked for and not established.
        finding.message = ui(lang, "by_hand.prefix", message=finding.message)
        if finding.evidence.get("look_at"):
            finding.remedy = ui(
                lang, "by_hand.look_at", places="; ".join(finding.evidence["look_at"]), remedy=finding.remedy
            )
    return finding


def pages_text(numbers: list[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5": page lists as people write them."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
