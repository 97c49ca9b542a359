"""Which top-level dossiers of the inbox something happened to, through watchdog.

Events only make the watcher look sooner: it never trusts them to be
complete (network shares drop them), and rescans the whole inbox as well.
On a network file system the native observer sees nothing of what other
machines write, so it polls there.
"""

from __future__ import annotations

import logging
import os
import queue
from pathlib import Path

import psutil
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from validator.watch import log

NETWORK_FILE_SYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "lustre",
    "fuse.sshfs",
    "fuse.glusterfs",
    "fuse.s3fs",
    "fuse.rclone",
    "davfs",
    "fuse.davfs2",
}
DEFAULT_POLL_SECONDS = 5.0


def file_system(path: Path) -> str:
    """The type of the file system path lives on (the mount point nearest to it)."""
    path = path.resolve()
    best, kind = "", ""
    for part in psutil.disk_partitions(all=True):
        mount = part.mountpoint
        if (path == Path(mount) or Path(mount) in path.parents) and len(mount) > len(best):
            best, kind = mount, part.fstype
    return kind


class _Names(FileSystemEventHandler):
    def __init__(self, inbox: Path, names: queue.SimpleQueue[str]):
        self.inbox = str(inbox)
        self.names = names

    def on_any_event(self, event: FileSystemEvent) -> None:
        for path in (event.src_path, getattr(event, "dest_path", "")):
            path = os.fsdecode(path)
            if path:
                rel = os.path.relpath(path, self.inbox)
                if not rel.startswith(os.pardir) and rel != os.curdir:
                    self.names.put(rel.split(os.sep, 1)[0])


def _started(observer: BaseObserver, inbox: Path, names: queue.SimpleQueue[str]) -> BaseObserver:
    observer.schedule(_Names(inbox, names), str(inbox), recursive=True)
    observer.start()
    return observer


def start(inbox: Path, poll: float | None, names: queue.SimpleQueue[str]) -> BaseObserver:
    """Start an observer that puts the name of every touched dossier on `names`."""
    inbox = inbox.resolve()
    kind = file_system(inbox)
    if poll is None and kind in NETWORK_FILE_SYSTEMS:
        poll = DEFAULT_POLL_SECONDS
    try:
        observer = _started(PollingObserver(timeout=poll) if poll else Observer(), inbox, names)
    except OSError as exc:
        # Out of inotify watches, say: polling always works.
        log.event("observer-failed", logging.WARNING, reason=type(exc).__name__)
        poll = poll or DEFAULT_POLL_SECONDS
        observer = _started(PollingObserver(timeout=poll), inbox, names)
    log.event("watching", file_system=kind or "unknown", mode=f"poll every {poll:g} s" if poll else "events")
    return observer
