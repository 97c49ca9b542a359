"""Every rule has fast in-memory tests: a rule added without them fails here."""

from __future__ import annotations

import re
from pathlib import Path

from validator.rules import registry

HERE = Path(__file__).resolve().parent


def test_every_rule_is_run_by_an_in_memory_test() -> None:
    tested: set[str] = set()
    for path in HERE.glob("test_rules_*_memory.py"):
        tested |= set(re.findall(r'"([A-Z0-9]+(?:-[A-Z0-9]+)+)"', path.read_text(encoding="utf-8")))
    assert sorted(set(registry()) - tested) == []
