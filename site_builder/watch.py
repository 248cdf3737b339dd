"""Watching the content and template folders for `serve`, with watchdog.

Only changes count (created, modified, moved, deleted): opening or reading a file does not. The
temporary and swap files editors write beside the file they save are ignored, and an atomic save
(write a temporary file, rename it over the original) counts as a change of the original, through
the rename's destination. Changes are gathered until the folders have been quiet for a short while,
so a burst (a save, a `git checkout`, an unzip) becomes one batch; the output folder is never
reported. When the system's inotify limits are reached, watching falls back to polling.
"""
from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import (
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from .discover import is_ignored

QUIET_SECONDS = 0.1  # a burst of events is folded into one batch once this long has passed without any
CHANGE_EVENTS = {EVENT_TYPE_CREATED, EVENT_TYPE_MODIFIED, EVENT_TYPE_MOVED, EVENT_TYPE_DELETED}
_LIMIT_ERRNOS = {errno.ENOSPC, errno.EMFILE, errno.ENFILE}  # inotify watch / instance limits


class ChangeQueue:
    """Changed paths gathered from the watcher threads, handed out in quiet-period batches."""

    def __init__(self, quiet: float = QUIET_SECONDS):
        self.quiet = quiet
        self._paths: set[Path] = set()
        self._last = 0.0
        self._condition = threading.Condition()
        self._closed = False

    def add(self, paths: Iterable[Path]) -> None:
        with self._condition:
            self._paths.update(paths)
            self._last = time.monotonic()
            self._condition.notify_all()

    def pending(self) -> bool:
        """Whether changes are waiting for the next batch."""
        with self._condition:
            return bool(self._paths)

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._condition.notify_all()

    def next_batch(self, timeout: float | None = None) -> set[Path] | None:
        """Wait for changes, then for a quiet period; an empty set if none came within `timeout`; None once closed.

        Changes that arrive while the caller works on a batch are kept for the next call, so any
        number of them during a build leads to exactly one follow-up batch.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._condition:
            while not self._closed:
                now = time.monotonic()
                if not self._paths:
                    if deadline is not None and now >= deadline:
                        return set()
                    self._condition.wait(None if deadline is None else deadline - now)
                    continue
                remaining = self._last + self.quiet - now
                if remaining > 0:
                    self._condition.wait(remaining)
                    continue
                batch, self._paths = self._paths, set()
                return batch
            return None


class ChangeFilter(FileSystemEventHandler):
    """watchdog events -> the paths that really changed, into a ChangeQueue."""

    def __init__(self, queue: ChangeQueue, excluded: Iterable[Path] = ()):
        self.queue = queue
        self.excluded = [Path(os.path.abspath(path)) for path in excluded]

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in CHANGE_EVENTS:
            return  # opened, closed, closed_no_write: reading is not a change
        if event.is_directory and event.event_type == EVENT_TYPE_MODIFIED:
            return  # a folder's own time stamp: the change inside it comes as its own event
        paths = [event.src_path] + ([event.dest_path] if event.event_type == EVENT_TYPE_MOVED else [])
        changed = [path for path in map(_path, paths) if self.counts(path)]
        if changed:
            self.queue.add(changed)

    def counts(self, path: Path) -> bool:
        if is_ignored(path.name):
            return False
        return not any(path == excluded or path.is_relative_to(excluded) for excluded in self.excluded)


def start_observer(
    roots: Iterable[Path], handler: ChangeFilter, observer_kind: Callable[[], BaseObserver] = Observer
) -> BaseObserver:
    """Watch every root recursively; poll instead when the system refuses more inotify watches."""
    try:
        return _started(observer_kind(), roots, handler)
    except OSError as exc:
        if exc.errno not in _LIMIT_ERRNOS:
            raise
    return _started(PollingObserver(timeout=0.25), roots, handler)


def watch_once_created(observer: BaseObserver, folder: Path, handler: ChangeFilter) -> None:
    """Start watching `folder` recursively when it comes to exist (its parent is watched, not recursively)."""
    observer.schedule(_Appearance(observer, Path(os.path.abspath(folder)), handler), str(folder.parent), recursive=False)


class _Appearance(FileSystemEventHandler):
    def __init__(self, observer: BaseObserver, folder: Path, handler: ChangeFilter):
        self.observer = observer
        self.folder = folder
        self.handler = handler
        self.watching = False

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = [event.src_path] + ([event.dest_path] if event.event_type == EVENT_TYPE_MOVED else [])
        if self.watching or self.folder not in map(_path, paths) or not self.folder.is_dir():
            return
        self.watching = True
        self.observer.schedule(self.handler, str(self.folder), recursive=True)
        made_before = [path for path in self.folder.rglob("*") if path.is_file()]  # before the watch began
        self.handler.queue.add(path for path in made_before if self.handler.counts(path))


def _started(observer: BaseObserver, roots: Iterable[Path], handler: ChangeFilter) -> BaseObserver:
    try:
        for root in roots:
            observer.schedule(handler, str(root), recursive=True)
        observer.start()
    except BaseException:
        observer.unschedule_all()
        raise
    return observer


def _path(raw: str | bytes) -> Path:
    return Path(os.path.abspath(os.fsdecode(raw)))
