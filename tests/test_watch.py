"""The watcher: only real changes, no editor litter, bursts folded, atomic saves seen, polling fallback."""
from __future__ import annotations

import errno
import threading
import time
from pathlib import Path

from watchdog.events import (
    DirModifiedEvent,
    FileClosedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from site_builder.watch import ChangeFilter, ChangeQueue, start_observer


def test_only_changes_of_real_files_outside_the_output_count(tmp_path):
    queue = ChangeQueue(quiet=0)
    watched = ChangeFilter(queue, excluded=[tmp_path / "output"])
    for event in [
        FileOpenedEvent(str(tmp_path / "a.txt")),
        FileClosedNoWriteEvent(str(tmp_path / "a.txt")),
        FileClosedEvent(str(tmp_path / "a.txt")),
        DirModifiedEvent(str(tmp_path)),
        FileModifiedEvent(str(tmp_path / ".a.txt.swp")),
        FileCreatedEvent(str(tmp_path / "4913")),
        FileCreatedEvent(str(tmp_path / "a.txt~")),
        FileCreatedEvent(str(tmp_path / ".#a.txt")),
        FileModifiedEvent(str(tmp_path / "a.txt.tmp")),
        FileModifiedEvent(str(tmp_path / "output" / "index.html")),
    ]:
        watched.dispatch(event)
    assert queue.next_batch(timeout=0.2) == set()

    watched.dispatch(FileMovedEvent(str(tmp_path / "a.txt.tmp"), str(tmp_path / "a.txt")))  # an atomic save
    watched.dispatch(FileDeletedEvent(str(tmp_path / "b.txt")))
    assert queue.next_batch() == {tmp_path / "a.txt", tmp_path / "b.txt"}


def test_a_burst_is_one_batch_and_changes_during_a_build_make_exactly_one_more():
    # A quiet period far longer than the burst's 10 ms gaps, so a loaded machine cannot split the burst.
    queue = ChangeQueue(quiet=1.0)
    batches: list[set[Path]] = []
    building = threading.Event()
    release = threading.Event()

    def builder():
        while (batch := queue.next_batch()) is not None:
            batches.append(batch)
            building.set()
            release.wait()  # a slow build

    thread = threading.Thread(target=builder)
    thread.start()
    for number in range(20):  # a burst, 10 ms apart: one batch
        queue.add([Path(f"/c/{number}")])
        time.sleep(0.01)
    assert building.wait(10)
    for number in range(5):  # while building: gathered, not built
        queue.add([Path(f"/d/{number}")])
    release.set()
    deadline = time.monotonic() + 10
    while len(batches) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)  # room for a wrong third batch to show
    queue.close()
    thread.join(2)
    assert batches == [{Path(f"/c/{n}") for n in range(20)}, {Path(f"/d/{n}") for n in range(5)}]


def test_the_observer_sees_an_atomic_save_and_not_a_read(tmp_path):
    source = tmp_path / "report.txt"
    source.write_text("first")
    (tmp_path / "output").mkdir()
    queue = ChangeQueue(quiet=0.1)
    observer = start_observer([tmp_path], ChangeFilter(queue, excluded=[tmp_path / "output"]))
    try:
        source.read_text()
        (tmp_path / "output" / "index.html").write_text("built")
        assert queue.next_batch(timeout=0.5) == set()
        temporary = tmp_path / ".report.txt.tmp"
        temporary.write_text("second")
        temporary.rename(source)
        assert queue.next_batch(timeout=3) == {source}
    finally:
        observer.stop()
        observer.join()


def test_watching_falls_back_to_polling_when_inotify_limits_are_hit(tmp_path):
    def exhausted():
        observer = Observer()
        observer.start = lambda: (_ for _ in ()).throw(OSError(errno.ENOSPC, "inotify watch limit reached"))
        return observer

    queue = ChangeQueue(quiet=0.05)
    observer = start_observer([tmp_path], ChangeFilter(queue), observer_kind=exhausted)
    try:
        assert isinstance(observer, PollingObserver)
        (tmp_path / "new.txt").write_text("polled")
        assert queue.next_batch(timeout=3) == {tmp_path / "new.txt"}
    finally:
        observer.stop()
        observer.join()
