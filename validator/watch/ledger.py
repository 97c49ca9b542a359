"""What the watcher knows about each dossier, kept in SQLite (WAL) in the outbox so that it survives a crash.

One row per dossier name: its path, the content hash last seen ready, its
state and where its outputs are. Only the watcher's main thread writes;
`validator watch --status` reads alongside it (WAL lets readers and the
writer run at once).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

State = Literal["seen", "settling", "running", "done", "failed"]
STATES: tuple[State, ...] = ("seen", "settling", "running", "done", "failed")
# Hidden, so that no dossier (hidden names in the inbox are ignored) can share its name.
FILENAME = ".ledger.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS dossiers (
    name TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    signature TEXT,
    hash TEXT,
    state TEXT NOT NULL CHECK (state IN ('seen', 'settling', 'running', 'done', 'failed')),
    report TEXT,
    error TEXT,
    updated TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Row:
    name: str
    path: str
    # The signature and hash of the content the state is about.
    signature: str | None
    hash: str | None
    state: State
    report: str | None
    error: str | None
    updated: str


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Ledger:
    def __init__(self, outbox: Path, create: bool = True):
        path = outbox / FILENAME
        if not create and not path.is_file():
            raise FileNotFoundError(path)
        self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
        if create:
            path.chmod(0o600)
        self.db.execute("PRAGMA journal_mode=WAL")
        # A transaction committed is on disk: "done" must never be lost once the report is in place.
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def get(self, name: str) -> Row | None:
        found = self.db.execute("SELECT * FROM dossiers WHERE name = ?", (name,)).fetchone()
        return Row(*found) if found else None

    def rows(self) -> list[Row]:
        return [Row(*r) for r in self.db.execute("SELECT * FROM dossiers ORDER BY updated DESC, name")]

    def set(self, name: str, path: Path, state: State, signature: str | None = None, hash: str | None = None,
            report: str | None = None, error: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO dossiers VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "path = excluded.path, signature = excluded.signature, hash = excluded.hash, state = excluded.state, "
            "report = excluded.report, error = excluded.error, updated = excluded.updated",
            (name, str(path), signature, hash, state, report, error, _now()))

    def mark(self, name: str, path: Path, state: State) -> None:
        """Change the state only, keeping what is known of the content last checked."""
        self.db.execute(
            "INSERT INTO dossiers (name, path, state, updated) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "path = excluded.path, state = excluded.state, updated = excluded.updated",
            (name, str(path), state, _now()))

    def forget(self, name: str) -> None:
        """A dossier that left the inbox before it was ready leaves no trace; one with a history keeps it."""
        self.db.execute("DELETE FROM dossiers WHERE name = ? AND state IN ('seen', 'settling') AND report IS NULL",
                        (name,))

    def counts(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT state, COUNT(*) FROM dossiers GROUP BY state").fetchall())
        return {state: found.get(state, 0) for state in STATES}
