"""The validator command with one more rule, TEST-CRASH, that raises: what a bug in a rule looks like.

Run as `python -m tests.crashing ARGS` with VALIDATOR_PROCEDURES pointing at a folder whose procedure lists
TEST-CRASH (see `procedures_with_crash`). CRASH=interrupt makes it raise KeyboardInterrupt, as Ctrl-C would.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from validator.model import Dossier, Finding, RuleConfig
from validator.rules import rule

PROCEDURE = """id: test-crash
kind: procedure
authority: IND
title: {nl: Proef, en: Test, fr: Essai}
source: ind-001
include: [ind-copy]
rules:
  TEST-CRASH:
    severity: deficiency
    legal_basis: {source: ind-001, quote: "U stuurt alleen kopieën van uw documenten."}
"""


@rule("TEST-CRASH", keys=())
def crash(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if os.environ.get("CRASH") == "interrupt":
        raise KeyboardInterrupt
    yield from ()
    raise ZeroDivisionError("a message that might quote a dossier: Amina Benali")


def procedures_with_crash(folder: Path) -> Path:
    from validator.procedures import PACKAGED

    shutil.copytree(PACKAGED, folder)
    (folder / "test-crash.yaml").write_text(PROCEDURE, encoding="utf-8")
    return folder


if __name__ == "__main__":
    from validator.cli import main

    sys.exit(main())
