"""The watch loop: notice dossiers, wait until they settle, check each content once, publish, record.

Only this thread touches the ledger and publishes; dossiers are checked on a
pool of `jobs` threads, and each dossier's pages share the machine's cores
between them. The order of what is written is what makes a crash harmless:
the ledger says "queued", then "running", before a check starts, the outputs
are published (renamed into place whole), and only then does the ledger say
"done". A restart re-runs what was queued or running, or adopts outputs
already published for the same content.

A check whose dossier left the inbox, or changed, before its outputs were
published is dropped: what it found is about content no longer there. A
dossier that appears with the content of one that just left is that one,
renamed: its row and outbox folder follow it.

When the outbox or the ledger cannot be written (a full disk), the ledger
writes and the outputs are kept in memory and written again with back-off
(`outage`); meanwhile nothing new is looked at or started, and once they are
written the whole inbox is looked at again.
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
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from validator._exec import tesseract
from validator.errors import EXIT_INTERNAL, RuleFailed, UsageError, describe, exit_code
from validator.pipeline import CheckOptions, check
from validator.watch import events, log
from validator.watch import outbox as out
from validator.watch.inbox import content_hash, dossiers, empty, has_ready_marker, signature, whole
from validator.watch.ledger import UNFINISHED, Ledger, Row, State
from validator.watch.outage import Outage, about_the_outbox, cause

# Events get lost on network shares: the whole inbox is looked at again this often, by default.
RESCAN_SECONDS = 60.0
# Files that still do not open whole this many settle times after the last change are checked as they are
# (and reported as damaged): a broken file must not hold its dossier back for ever.
GRACE_SETTLES = 12
TICK_SECONDS = 0.2


class Stopped(Exception):
    """The check is not wanted any more (the watcher stops, the dossier left or changed): left after the pages
    in flight."""


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
class _Ready:
    """Settled and whole, waiting for a free check slot."""

    path: Path
    signature: str
    hash: str


@dataclass(frozen=True)
class _Outcome:
    state: State
    reason: str | None
    outputs: dict[str, str]


@dataclass(frozen=True)
class _Job:
    path: Path
    signature: str
    hash: str
    future: Future[_Outcome | None]
    # Set by the main thread when the dossier leaves or changes: the check stops, its outcome is not wanted.
    dropped: threading.Event


@dataclass
class _Finished:
    name: str
    job: _Job
    outcome: _Outcome
    # The ledger was told its outputs wait for the outbox.
    held: bool = False


@dataclass
class _Pending:
    """What the outbox owes: ledger writes that failed, and outcomes not yet published, each kept in order."""

    writes: deque[Callable[[], None]] = field(default_factory=deque)
    outcomes: deque[_Finished] = field(default_factory=deque)

    def __bool__(self) -> bool:
        return bool(self.writes or self.outcomes)


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
    if (
        not all(math.isfinite(v) for v in [settings.settle, *positive])
        or settings.settle < 0
        or min(positive) <= 0
    ):
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
        # Opened in the loop: a full disk at the start is waited out like one later.
        self.ledger: Ledger | None = None
        self.stop = threading.Event()
        self.outage = Outage()
        self.pending = _Pending()
        self.known: dict[str, str] = {}
        self.waiting: dict[str, _Waiting] = {}
        self.queue: dict[str, _Ready] = {}
        self.running: dict[str, _Job] = {}
        self.names: queue.SimpleQueue[str] = queue.SimpleQueue()
        self.next_rescan = 0.0
        self.pool = ThreadPoolExecutor(settings.jobs, thread_name_prefix="dossier")
        self.options = CheckOptions(jobs=max(1, (os.cpu_count() or 1) // settings.jobs))

    @property
    def _ledger(self) -> Ledger:
        assert self.ledger is not None, "the ledger is opened before any work"
        return self.ledger

    def run(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self.stop.set())
        log.event("started", jobs=self.settings.jobs, settle=self.settings.settle, once=self.settings.once)
        # Watching before the first scan: what arrives during it is not missed.
        observer = None if self.settings.once else events.start(self.inbox, self.settings.poll, self.names)
        try:
            while not self.stop.is_set():
                now = time.monotonic()
                self._collect()
                if not self.outage.waiting(now) and self._flush(now):
                    self._work(now)
                if self.settings.once and self._idle():
                    break
                self.stop.wait(TICK_SECONDS)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)
            if observer:
                observer.stop()
                observer.join()
            self._stopped()

    def _idle(self) -> bool:
        return self.ledger is not None and not (self.waiting or self.queue or self.running or self.pending)

    def _stopped(self) -> None:
        counts: dict[str, int] = {}
        if self.ledger is not None:
            try:
                counts = self.ledger.counts()
            except sqlite3.Error:
                pass
            self.ledger.close()
        log.event("stopped", **counts)

    def _flush(self, now: float) -> bool:
        """Open the ledger, write what the outbox owes; False (and an outage) when it still cannot."""
        try:
            if self.ledger is None:
                self.outbox.mkdir(mode=0o700, parents=True, exist_ok=True)
                self.ledger = self._recovered(Ledger(self.outbox))
            while self.pending.writes:
                self.pending.writes[0]()
                self.pending.writes.popleft()
            while self.pending.outcomes:
                self._publish(self.pending.outcomes[0])
                self.pending.outcomes.popleft()
        except (OSError, sqlite3.Error) as exc:
            self.outage.failed(exc, now)
            return False
        if self.outage.active:
            self.outage.ended()
            # What arrived, left or changed meanwhile was not looked at, nor what was being looked at then.
            self.known.clear()
            self.next_rescan = now
        return True

    def _work(self, now: float) -> None:
        try:
            if now >= self.next_rescan:
                self._look()
                self.next_rescan = math.inf if self.settings.once else now + self.settings.rescan
            self._drain_events()
            for name in [n for n, w in self.waiting.items() if w.due <= now and n not in self.running]:
                if self.outage.active:
                    return
                self._evaluate(name)
            self._start()
        except (OSError, sqlite3.Error) as exc:
            # The ledger cannot be read, or a renamed dossier's outbox folder cannot be moved.
            self.outage.failed(exc, now)

    def _write(self, write: Callable[[], None]) -> None:
        """A ledger write; one that fails is kept, in order with the ones after it, and the outage begins."""
        if self.pending.writes:
            self.pending.writes.append(write)
            return
        try:
            write()
        except sqlite3.Error as exc:
            self.pending.writes.append(write)
            self.outage.failed(exc, time.monotonic())

    def _recovered(self, ledger: Ledger) -> Ledger:
        """The ledger, once what a crash or a stop interrupted is finished or undone; all of it again if it fails."""
        try:
            present = dossiers(self.inbox)
        except OSError as exc:
            ledger.close()
            raise UsageError(f"{self.inbox}: cannot be read ({exc.strerror})") from None
        try:
            for row in ledger.rows():
                out.recover(self.outbox, row.name)
                if row.name not in present:
                    if row.state != "gone":
                        ledger.close_row(row.name)
                elif row.state in UNFINISHED:
                    log.event("resume", dossier=row.name, sha256=(row.hash or "")[:12])
        except BaseException:
            ledger.close()
            raise
        return ledger

    def _look(self, names: set[str] | None = None) -> None:
        """Look at these dossiers again (all of them: a rescan), as the inbox lists them now."""
        try:
            present = dossiers(self.inbox)
        except OSError as exc:
            # A share that is away for a moment: nothing is gone, look again later.
            log.event("inbox-unreadable", logging.WARNING, error=type(exc).__name__)
            return
        if names is None:
            names = set(self.known) | set(self.waiting) | set(self.queue) | set(self.running) | set(present)
        for name in sorted(names):
            if self.outage.active:
                return
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

    def _drop(self, name: str, reason: str) -> None:
        """Stop the dossier's check, if one is running: its outcome would be about content no longer there."""
        job = self.running.get(name)
        if job and not job.dropped.is_set():
            job.dropped.set()
            log.event("dropped", dossier=name, sha256=job.hash[:12], reason=reason)

    def _gone(self, name: str) -> None:
        self.known.pop(name, None)
        self._drop(name, "left")
        left = [self.waiting.pop(name, None), self.queue.pop(name, None)]
        row = self._ledger.get(name)
        if any(left) or (row and row.state != "gone"):
            log.event("gone", dossier=name)
        if row and row.state != "gone":
            self._write(partial(self._ledger.close_row, name))

    def _touch(self, name: str, path: Path) -> None:
        sig = signature(path)
        if sig is None:
            self._gone(name)
            return
        if self.known.get(name) == sig:
            return
        self.known[name] = sig
        job, ready = self.running.get(name), self.queue.get(name)
        if (job and not job.dropped.is_set() and job.signature == sig) or (ready and ready.signature == sig):
            # Already on its way, unchanged.
            return
        row = self._ledger.get(name)
        if row and row.state in ("done", "failed") and row.signature == sig:
            return
        in_flight = self.queue.pop(name, None) is not None or name in self.running
        self._drop(name, "changed")
        now = time.monotonic()
        if row is None or row.state == "gone":
            log.event("seen", dossier=name)
        if row is None or row.state == "gone" or (in_flight and row.state != "seen"):
            # Its check, if it was on its way to one, is off: it waits to settle again.
            self._write(partial(self._ledger.mark, name, path, "seen"))
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
        row = self._ledger.get(name)
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
                self._write(partial(self._ledger.mark, name, wait.path, "settling"))
                log.event("incomplete", dossier=name)
            wait.due = now + self.settings.settle
            return
        try:
            digest = content_hash(wait.path)
        except OSError:
            # Changed under our feet, or not readable yet: look again later.
            wait.due = now + self.settings.settle
            return
        if signature(wait.path) != sig:
            # Written to while it was being read: the content read is not one that settled.
            wait.due = now + self.settings.settle
            return
        if row is None or row.report is None:
            row = self._follow(name, wait.path, digest) or row
        del self.waiting[name]
        if out.published(self.outbox, name) == digest:
            state: State = "failed" if out.failed(self.outbox, name) else "done"
            reason = row.error if row and row.hash == digest else None
            self._record(name, wait.path, sig, digest, state, reason)
            if not row or row.hash != digest or row.state in UNFINISHED:
                log.event("adopted", dossier=name, sha256=digest[:12])
            return
        self.queue[name] = _Ready(wait.path, sig, digest)
        self._write(
            partial(self._ledger.set, name, wait.path, "queued", sig, digest, row.report if row else None)
        )
        log.event("queued", dossier=name, sha256=digest[:12])

    def _follow(self, name: str, path: Path, digest: str) -> Row | None:
        """The dossier, if any, that left the inbox with this content: this is it, renamed. Its row and outbox
        folder now go by the new name. Two names present at once with one content are two dossiers."""
        for row in self._ledger.with_hash(digest):
            if row.name == name or os.path.lexists(row.path) or os.path.lexists(self.inbox / row.name):
                continue
            # Its leaving may not have been noticed yet (events come in any order, or are lost).
            self._gone(row.name)
            out.move(self.outbox, row.name, name)
            report = row.report and str(out.folder(self.outbox, name) / Path(row.report).name)
            self._write(partial(self._ledger.rename, row.name, name, path, report))
            log.event("renamed", dossier=name, was=row.name, sha256=digest[:12])
            return replace(row, name=name, path=str(path), report=report)
        return None

    def _start(self) -> None:
        for name in list(self.queue):
            if len(self.running) >= self.settings.jobs or self.outage.active:
                return
            if name in self.running:
                # A dropped check of the same name is still finishing its pages.
                continue
            ready = self.queue.pop(name)
            if signature(ready.path) != ready.signature:
                # Changed or gone while it waited, unannounced: look at it again.
                self.known.pop(name, None)
                self.names.put(name)
                continue
            self._write(partial(self._ledger.mark, name, ready.path, "running"))
            if self.outage.active:
                # The ledger cannot say it runs: it stays first in line, started once the ledger takes writes.
                self.queue = {name: ready, **self.queue}
                return
            dropped = threading.Event()
            future = self.pool.submit(self._check, name, ready.path, ready.hash, dropped)
            self.running[name] = _Job(ready.path, ready.signature, ready.hash, future, dropped)
            log.event("checking", dossier=name, sha256=ready.hash[:12])

    def _record(self, name: str, path: Path, sig: str, digest: str, state: State, reason: str | None) -> None:
        self._write(
            partial(self._ledger.set, name, path, state, sig, digest, self._report(name, state), reason)
        )

    def _report(self, name: str, state: State) -> str:
        return str(
            out.folder(self.outbox, name) / (out.ERROR if state == "failed" else next(iter(out.OUTPUTS)))
        )

    def _check(self, name: str, path: Path, digest: str, dropped: threading.Event) -> _Outcome | None:
        """Runs on the pool: check and render; None when the check is not wanted any more."""

        def guard(done: int, total: int) -> None:
            if self.stop.is_set() or dropped.is_set():
                raise Stopped

        try:
            report = check(path, self.options, guard)
            if report.failed_rules:
                # Its verdict may be a false all-clear: no report is published as if the dossier were checked.
                raise RuleFailed(report.failed_rules)
            outputs, failure = out.reports(report), None
        except Stopped:
            return None
        except Exception as exc:  # noqa: BLE001 - one dossier that breaks the checker must not stop the others
            failure = type(exc).__name__
            if exit_code(exc) == EXIT_INTERNAL:
                # A rule's own traceback was logged where the pipeline caught it.
                rules = {"rules": ",".join(exc.rules)} if isinstance(exc, RuleFailed) else {}
                log.event("crashed", logging.ERROR, dossier=name, sha256=digest[:12], error=failure, **rules)
                if not rules:
                    log.traceback()
            outputs = out.error(name, digest, describe(exc))
        if self.stop.is_set() or dropped.is_set():
            return None
        return _Outcome("failed" if failure else "done", failure, outputs)

    def _collect(self) -> None:
        for name, job in list(self.running.items()):
            if not job.future.done():
                continue
            del self.running[name]
            outcome = None if job.future.cancelled() else job.future.result()
            if outcome is not None and not job.dropped.is_set():
                self.pending.outcomes.append(_Finished(name, job, outcome))

    def _publish(self, finished: _Finished) -> None:
        """Put one outcome in place and record it; raises while the outbox or ledger cannot be written."""
        name, job, outcome = finished.name, finished.job, finished.outcome
        now = signature(job.path)
        if now != job.signature:
            # It left or changed after its check, unannounced (lost events, or during an outage).
            log.event(
                "dropped", dossier=name, sha256=job.hash[:12], reason="left" if now is None else "changed"
            )
            self.known.pop(name, None)
            self.names.put(name)
            return
        try:
            out.publish(self.outbox, name, job.hash, outcome.outputs)
        except OSError as exc:
            if about_the_outbox(exc):
                if not finished.held:
                    finished.held = True
                    self._mark_publishing(name, job.path)
                raise
            # Its name is one the outbox cannot hold: waiting will not change that.
            log.event("publish-failed", logging.ERROR, dossier=name, sha256=job.hash[:12], **cause(exc))
            self._ledger.set(name, job.path, "failed", job.signature, job.hash, None, cause(exc).get("errno"))
            return
        self._ledger.set(
            name,
            job.path,
            outcome.state,
            job.signature,
            job.hash,
            self._report(name, outcome.state),
            outcome.reason,
        )
        reason: dict[str, Any] = {"reason": outcome.reason} if outcome.reason else {}
        log.event(outcome.state, dossier=name, sha256=job.hash[:12], **reason)

    def _mark_publishing(self, name: str, path: Path) -> None:
        try:
            self._ledger.mark(name, path, "publishing")
        except sqlite3.Error:
            # The ledger shares the outbox's full disk: "done" follows once both take writes again.
            pass


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
        lines.append(f"{row.updated}  {row.state:<10}  {(row.hash or '-')[:12]:<12}  {row.name}{reason}")
    return "\n".join(lines) + "\n"
