"""The watch loop: notice dossiers, wait until they settle, check each content once, publish, record.

Only this thread touches the ledger; dossiers are checked on a pool of
`jobs` threads, and each dossier's pages share the machine's cores between
them. The order of what is written is what makes a crash harmless: the
ledger says "running" before a check starts, the outputs are published
(hash file last), and only then does the ledger say "done". A restart
re-runs what was running, or adopts outputs already published for the same
content.
"""

from __future__ import annotations

import logging
import math
import os
import queue
import signal
import sqlite3
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from validator._exec import tesseract
from validator.errors import UsageError, ValidatorError
from validator.pipeline import CheckOptions, check
from validator.watch import events, log
from validator.watch.inbox import content_hash, dossiers, empty, has_ready_marker, signature, whole
from validator.watch.ledger import Ledger, State
from validator.watch import outbox as out

# Events get lost on network shares: the whole inbox is looked at again this often, by default.
RESCAN_SECONDS = 60.0
# Files that still do not open whole this many settle times after the last change are checked as they are
# (and reported as damaged): a broken file must not hold its dossier back for ever.
GRACE_SETTLES = 12
TICK_SECONDS = 0.2


class Stopped(Exception):
    """The watcher is stopping: the dossier is left after the pages in flight, to be re-run at the next start."""


@dataclass(frozen=True)
class Settings:
    inbox: Path
    outbox: Path
    jobs: int = 1
    settle: float = 5.0
    poll: float | None = None
    once: bool = False
    rescan: float = RESCAN_SECONDS


@dataclass
class _Waiting:
    path: Path
    signature: str
    changed: float
    due: float


@dataclass(frozen=True)
class _Job:
    future: Future[tuple[State, str | None] | None]
    path: Path
    signature: str
    hash: str


def validate(settings: Settings) -> None:
    inbox, outbox = settings.inbox.resolve(), settings.outbox.resolve()
    if not inbox.is_dir():
        raise UsageError(f"{settings.inbox}: not a folder")
    if inbox == outbox or inbox in outbox.parents or outbox in inbox.parents:
        raise UsageError("the outbox and the inbox must not be inside one another")
    if settings.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    # "nan" and "inf" parse as floats; neither is a time to wait.
    positive = [settings.rescan, *([] if settings.poll is None else [settings.poll])]
    if not all(math.isfinite(v) for v in [settings.settle, *positive]) or settings.settle < 0 or min(positive) <= 0:
        raise UsageError("--settle, --poll and --rescan take a positive number of seconds")


class Watcher:
    def __init__(self, settings: Settings):
        validate(settings)
        tesseract.check_installed()
        # The ledger's journal files and the archive folders hold dossier names: the owner's eyes only.
        os.umask(0o077)
        self.settings = settings
        self.inbox = settings.inbox
        self.outbox = settings.outbox
        self.outbox.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.ledger = Ledger(self.outbox)
        self.stop = threading.Event()
        self.known: dict[str, str] = {}
        self.waiting: dict[str, _Waiting] = {}
        self.running: dict[str, _Job] = {}
        self.names: queue.SimpleQueue[str] = queue.SimpleQueue()
        self.pool = ThreadPoolExecutor(settings.jobs, thread_name_prefix="dossier")
        self.options = CheckOptions(jobs=max(1, (os.cpu_count() or 1) // settings.jobs))

    def run(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self.stop.set())
        log.event("started", jobs=self.settings.jobs, settle=self.settings.settle, once=self.settings.once)
        self._recover()
        # Watching before the first scan: what arrives during it is not missed.
        observer = None if self.settings.once else events.start(self.inbox, self.settings.poll, self.names)
        self._look()
        next_rescan = time.monotonic() + self.settings.rescan
        try:
            while not self.stop.is_set():
                now = time.monotonic()
                if now >= next_rescan and not self.settings.once:
                    self._look()
                    next_rescan = now + self.settings.rescan
                self._drain_events()
                self._collect()
                for name in [n for n, w in self.waiting.items() if w.due <= now and n not in self.running]:
                    self._evaluate(name)
                if self.settings.once and not self.waiting and not self.running:
                    break
                self.stop.wait(TICK_SECONDS)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self._collect()
            if observer:
                observer.stop()
                observer.join()
            log.event("stopped", **self.ledger.counts())
            self.ledger.close()

    def _recover(self) -> None:
        try:
            present = dossiers(self.inbox)
        except OSError as exc:
            raise UsageError(f"{self.inbox}: cannot be read ({exc.strerror})") from None
        for row in self.ledger.rows():
            if row.name in present:
                if row.state == "running":
                    log.event("resume", dossier=row.name, sha256=(row.hash or "")[:12])
            elif row.state == "running":
                self.ledger.set(row.name, Path(row.path), "failed", row.signature, row.hash, row.report,
                                "left the inbox before it was checked")
            else:
                self.ledger.forget(row.name)

    def _look(self, names: set[str] | None = None) -> None:
        """Look at these dossiers again (all of them: a rescan), as the inbox lists them now."""
        try:
            present = dossiers(self.inbox)
        except OSError as exc:
            # A share that is away for a moment: nothing is gone, look again later.
            log.event("inbox-unreadable", logging.WARNING, error=type(exc).__name__)
            return
        if names is None:
            names = set(self.known) | set(self.waiting) | set(present)
        for name in sorted(names):
            if name in present:
                self._touch(name, present[name])
            else:
                self._gone(name)

    def _drain_events(self) -> None:
        touched = set()
        while True:
            try:
                touched.add(self.names.get_nowait())
            except queue.Empty:
                break
        if touched:
            self._look(touched)

    def _gone(self, name: str) -> None:
        self.known.pop(name, None)
        if self.waiting.pop(name, None):
            log.event("gone", dossier=name)
        self.ledger.forget(name)

    def _touch(self, name: str, path: Path) -> None:
        sig = signature(path)
        if sig is None:
            self._gone(name)
            return
        if self.known.get(name) == sig:
            return
        self.known[name] = sig
        row = self.ledger.get(name)
        if row and row.state in ("done", "failed") and row.signature == sig:
            return
        now = time.monotonic()
        if name not in self.waiting and row is None:
            self.ledger.mark(name, path, "seen")
            log.event("seen", dossier=name)
        self.waiting[name] = _Waiting(path, sig, now, self._due(path, now))

    def _due(self, path: Path, now: float) -> float:
        """When to look at a dossier that just changed: after the settle time, or at once when it says it is READY."""
        return now if has_ready_marker(path) else now + self.settings.settle

    def _evaluate(self, name: str) -> None:
        wait = self.waiting[name]
        sig = signature(wait.path)
        now = time.monotonic()
        if sig is None:
            self._gone(name)
            return
        if sig != wait.signature:
            self.known[name] = wait.signature = sig
            wait.changed, wait.due = now, self._due(wait.path, now)
            return
        row = self.ledger.get(name)
        if row and row.state in ("done", "failed") and row.signature == sig:
            del self.waiting[name]
            return
        if empty(wait.path):
            # Made before its files are copied in: they change its signature, which brings it back.
            del self.waiting[name]
            log.event("empty", dossier=name)
            return
        grace = wait.changed + GRACE_SETTLES * self.settings.settle
        if not has_ready_marker(wait.path) and now < grace and not whole(wait.path):
            if not row or row.state != "settling":
                self.ledger.mark(name, wait.path, "settling")
                log.event("incomplete", dossier=name)
            wait.due = now + self.settings.settle
            return
        try:
            digest = content_hash(wait.path)
        except OSError:
            # Changed under our feet, or not readable yet: look again later.
            wait.due = now + self.settings.settle
            return
        del self.waiting[name]
        if row and row.state in ("done", "failed") and row.hash == digest:
            self.ledger.set(name, wait.path, row.state, sig, digest, row.report, row.error)
            return
        if out.published(self.outbox, name) == digest:
            self._record(name, wait.path, sig, digest, "done", None)
            log.event("adopted", dossier=name, sha256=digest[:12])
            return
        self.ledger.set(name, wait.path, "running", sig, digest, row.report if row else None)
        log.event("checking", dossier=name, sha256=digest[:12])
        future = self.pool.submit(self._check, name, wait.path, digest)
        self.running[name] = _Job(future, wait.path, sig, digest)

    def _record(self, name: str, path: Path, sig: str, digest: str, state: State, reason: str | None) -> None:
        main = out.ERROR if state == "failed" else next(iter(out.OUTPUTS))
        self.ledger.set(name, path, state, sig, digest, str(out.folder(self.outbox, name) / main), reason)

    def _guard(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Stopped

    def _check(self, name: str, path: Path, digest: str) -> tuple[State, str | None] | None:
        """Runs on the pool: check and publish; the state and reason, or None when stopped before the end."""
        try:
            outputs, failure = out.reports(check(path, self.options, self._guard)), None
        except Stopped:
            return None
        except ValidatorError as exc:
            outputs, failure = out.error(name, digest, str(exc)), type(exc).__name__
        except Exception as exc:  # noqa: BLE001 - one dossier that breaks the checker must not stop the others
            failure = type(exc).__name__
            log.event("crashed", logging.ERROR, dossier=name, sha256=digest[:12], error=failure)
            outputs = out.error(name, digest, f"internal error: {failure}")
        if self.stop.is_set():
            return None
        out.publish(self.outbox, name, digest, outputs)
        return ("failed" if failure else "done"), failure

    def _collect(self) -> None:
        for name, job in list(self.running.items()):
            if not job.future.done():
                continue
            del self.running[name]
            if job.future.cancelled():
                continue
            error = job.future.exception()
            if error is not None:
                # Publishing failed (a full disk, say): still "running", tried again at the next rescan.
                log.event("publish-failed", logging.ERROR, dossier=name, error=type(error).__name__)
                self.known.pop(name, None)
                continue
            result = job.future.result()
            if result is None:
                continue
            state, reason = result
            self._record(name, job.path, job.signature, job.hash, state, reason)
            log.event(state, dossier=name, sha256=job.hash[:12], **({"reason": reason} if reason else {}))


def status(outbox: Path) -> str:
    """The ledger's summary: how many dossiers are in each state, then each dossier, latest first."""
    try:
        ledger = Ledger(outbox, create=False)
    except (OSError, sqlite3.Error) as exc:
        raise UsageError(f"{outbox}: no watch ledger here") from exc
    try:
        counts, rows = ledger.counts(), ledger.rows()
    finally:
        ledger.close()
    lines = ["  ".join(f"{state}: {n}" for state, n in counts.items())]
    for row in rows:
        reason = f"  ({row.error})" if row.error else ""
        lines.append(f"{row.updated}  {row.state:<8}  {(row.hash or '-')[:12]:<12}  {row.name}{reason}")
    return "\n".join(lines) + "\n"
