"""What the watcher knows about each dossier, kept in SQLite (WAL) in the outbox so that it survives a crash.

One row per dossier name: its path, the content hash last seen ready, its
state and where its outputs are. Only the watcher's main thread writes;
`validator watch --status` reads alongside it (WAL lets readers and the
writer run at once). Every write raises `sqlite3.Error` when it fails (a
full disk): the watcher keeps it and writes it again later.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

State = Literal["seen", "settling", "queued", "running", "publishing", "done", "failed", "gone"]
STATES: tuple[State, ...] = ("seen", "settling", "queued", "running", "publishing", "done", "failed", "gone")
# States of a dossier whose check may have begun: its work is redone, or adopted, at the next start.
UNFINISHED: tuple[State, ...] = ("queued", "running", "publishing")
# Hidden, so that no dossier (hidden names in the inbox are ignored) can share its name.
FILENAME = ".ledger.sqlite"
# 0: the first ledgers, whose state column does not allow queued, publishing or gone.
VERSION = 2

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS dossiers (
    name TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    signature TEXT,
    hash TEXT,
    state TEXT NOT NULL CHECK (state IN ({", ".join(f"'{s}'" for s in STATES)})),
    report TEXT,
    error TEXT,
    updated TEXT NOT NULL
)
"""
_INDEX = "CREATE INDEX IF NOT EXISTS dossiers_by_hash ON dossiers (hash)"


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
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Ledger:
    def __init__(self, outbox: Path, create: bool = True):
        path = outbox / FILENAME
        if not create and not path.is_file():
            raise FileNotFoundError(path)
        self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
        try:
            if create:
                path.chmod(0o600)
            self.db.execute("PRAGMA journal_mode=WAL")
            # A transaction committed is on disk: "done" must never be lost once the report is in place.
            self.db.execute("PRAGMA synchronous=FULL")
            if create:
                self._upgrade()
        except BaseException:
            self.db.close()
            raise

    def _upgrade(self) -> None:
        """Create the table, or rebuild one of an older version (SQLite cannot change a CHECK constraint)."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] >= VERSION:
            return
        with self._transaction():
            old = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dossiers'"
            ).fetchone()
            if old:
                self.db.execute("ALTER TABLE dossiers RENAME TO dossiers_old")
            self.db.execute(_SCHEMA)
            self.db.execute(_INDEX)
            if old:
                self.db.execute("INSERT INTO dossiers SELECT * FROM dossiers_old")
                self.db.execute("DROP TABLE dossiers_old")
            self.db.execute(f"PRAGMA user_version = {VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            # A COMMIT that failed (a full disk) may leave the transaction open, or SQLite may have ended it.
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def get(self, name: str) -> Row | None:
        found = self.db.execute("SELECT * FROM dossiers WHERE name = ?", (name,)).fetchone()
        return Row(*found) if found else None

    def rows(self) -> list[Row]:
        return [Row(*r) for r in self.db.execute("SELECT * FROM dossiers ORDER BY updated DESC, name")]

    def with_hash(self, content_hash: str) -> list[Row]:
        """The dossiers last seen with this content, the latest first."""
        found = self.db.execute(
            "SELECT * FROM dossiers WHERE hash = ? ORDER BY updated DESC, name", (content_hash,)
        )
        return [Row(*r) for r in found]

    def set(
        self,
        name: str,
        path: Path,
        state: State,
        signature: str | None = None,
        hash: str | None = None,
        report: str | None = None,
        error: str | None = None,
    ) -> None:
        self.db.execute(
            "INSERT INTO dossiers VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "path = excluded.path, signature = excluded.signature, hash = excluded.hash, state = excluded.state, "
            "report = excluded.report, error = excluded.error, updated = excluded.updated",
            (name, str(path), signature, hash, state, report, error, _now()),
        )

    def mark(self, name: str, path: Path, state: State) -> None:
        """Change the state only, keeping what is known of the content last checked."""
        self.db.execute(
            "INSERT INTO dossiers (name, path, state, updated) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "path = excluded.path, state = excluded.state, updated = excluded.updated",
            (name, str(path), state, _now()),
        )

    def close_row(self, name: str) -> None:
        """The dossier left the inbox. Before it was ready it leaves no trace; after, its row says gone, keeping
        the hash its content had (a rename is recognised by it) and the path of what it got."""
        self.db.execute(
            "DELETE FROM dossiers WHERE name = ? AND state IN ('seen', 'settling') AND report IS NULL",
            (name,),
        )
        self.db.execute(
            "UPDATE dossiers SET state = 'gone', updated = ? WHERE name = ? AND state != 'gone'",
            (_now(), name),
        )

    def rename(self, old: str, new: str, path: Path, report: str | None) -> None:
        """A dossier renamed in the inbox keeps its row; whatever the new name had before it was ready goes."""
        with self._transaction():
            self.db.execute("DELETE FROM dossiers WHERE name = ?", (new,))
            self.db.execute(
                "UPDATE dossiers SET name = ?, path = ?, report = ?, updated = ? WHERE name = ?",
                (new, str(path), report, _now(), old),
            )

    def counts(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT state, COUNT(*) FROM dossiers GROUP BY state").fetchall())
        return {state: found.get(state, 0) for state in STATES}
