"""The validator command with one more rule, TEST-CRASH, that raises: what a bug in a rule looks like.

Run as `python -m tests.crashing ARGS` with VALIDATOR_PROCEDURES pointing at a folder whose procedure lists
TEST-CRASH (tests/test_exit_codes.py). CRASH=interrupt makes it raise KeyboardInterrupt, as Ctrl-C would.
Never imported by a test: the rule would join the registry of the test run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

from validator.model import Dossier, Finding, RuleConfig
from validator.rules import rule


@rule("TEST-CRASH", keys=())
def crash(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if os.environ.get("CRASH") == "interrupt":
        raise KeyboardInterrupt
    yield from ()
    raise ZeroDivisionError("a message that might quote a dossier: Amina Benali")


if __name__ == "__main__":
    from validator.cli import main

    sys.exit(main())
