"""Labels before a value ("Geboortedatum:", "Fait à", "Nationalité"), from validator/data/labels.yaml."""

from __future__ import annotations

import re
from functools import cache

from validator import yamlconfig
from validator.textmatch import fold


@cache
def phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """Any of the phrases, as whole words, in folded text, however the words are spaced."""
    # Longest first, so that "date de naissance" is taken whole rather than as "date".
    ordered = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _patterns(group: str) -> re.Pattern[str]:
    data = yamlconfig.package_data("labels.yaml", "labels.schema.yaml")
    return phrase_pattern(frozenset(p for words in data[group].values() for p in words))


def nearest(folded: str, end: int, groups: tuple[str, ...], reach: int) -> str | None:
    """The group of the label ending nearest before `end` (within `reach` characters); of two ending at the
    same place, the longer label's."""
    window_start = max(0, end - reach)
    window = folded[window_start:end]
    best: tuple[int, int, str] | None = None
    for group in groups:
        for m in _patterns(group).finditer(window):
            rank = (m.end(), m.end() - m.start(), group)
            if best is None or rank[:2] > best[:2]:
                best = rank
    return best[2] if best else None


def after(folded: str, group: str) -> list[int]:
    """Where the text after each label of the group begins."""
    return [m.end() for m in _patterns(group).finditer(folded)]
