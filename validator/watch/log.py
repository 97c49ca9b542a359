"""Structured log lines (`event=checked dossier="x" sha256=…`): one event per line, for people and grep alike.

Only dossier names, hashes, states and exception types go in: never
document content, applicant data or exception messages (they quote files).
"""

from __future__ import annotations

import json
import logging
import sys
import time

logger = logging.getLogger("validator.watch")


def _value(value: object) -> str:
    text = str(value)
    return (
        text
        if text and all(c.isalnum() or c in "-_.:/" for c in text)
        else json.dumps(text, ensure_ascii=False)
    )


def event(name: str, level: int = logging.INFO, **fields: object) -> None:
    logger.log(level, " ".join([f"event={name}", *(f"{k}={_value(v)}" for k, v in fields.items())]))


def traceback() -> None:
    """The exception being handled, with its traceback, only under `validator --debug`: it may quote a file."""
    # Not through `logger`, which shows INFO and up whatever --debug says.
    logging.getLogger("validator").debug("traceback", exc_info=True)


def configure() -> None:
    handler = logging.StreamHandler(sys.stderr)
    formatter = logging.Formatter("%(asctime)s level=%(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%SZ")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
