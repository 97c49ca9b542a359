"""When the outbox or its ledger cannot be written (a full disk, a quota, a read-only remount): how long to wait.

While it lasts the watcher takes no new work; it tries again after 1 s, then
twice as long each time up to 30 s, so that it resumes soon after space
returns without filling the log while it waits.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from dataclasses import dataclass

from validator.watch import log

FIRST_RETRY = 1.0
LONGEST_RETRY = 30.0
# Errors about one dossier's name, not about the outbox: waiting cannot cure them.
NAME_ERRORS = {errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ}


def cause(exc: BaseException) -> dict[str, str]:
    """What went wrong, for the log: the exception type and its code, never its message (it may quote a path)."""
    fields = {"error": type(exc).__name__}
    if isinstance(exc, OSError) and exc.errno is not None:
        fields["errno"] = errno.errorcode.get(exc.errno, str(exc.errno))
    elif isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorname", None):
        fields["code"] = exc.sqlite_errorname
    return fields


def about_the_outbox(exc: OSError) -> bool:
    return exc.errno not in NAME_ERRORS


@dataclass
class Outage:
    delay: float = 0.0
    retry_at: float = 0.0

    @property
    def active(self) -> bool:
        return self.delay > 0

    def waiting(self, now: float) -> bool:
        return self.active and now < self.retry_at

    def failed(self, exc: BaseException, now: float) -> None:
        self.delay = min(LONGEST_RETRY, self.delay * 2) if self.active else FIRST_RETRY
        self.retry_at = now + self.delay
        log.event("outbox-unwritable", logging.ERROR, **cause(exc), retry_in=f"{self.delay:g}s")

    def ended(self) -> None:
        if self.active:
            log.event("outbox-writable")
        self.delay = 0.0
