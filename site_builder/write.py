"""Write stage: the only code that touches the output folder.

The output folder has a spare copy beside it, `.<output>.previous/`: the site as it was before the
last build, sharing (hard-linking) every file the two have in common. A build brings the spare up to
the new site, writing only the files whose bytes changed (each as a new file renamed into place,
never over a shared one), then swaps the two folders in one atomic rename. So:

- a failed or killed build leaves the previous site exactly as it was, whenever it stops;
- a file whose bytes did not change keeps its inode and its mtime, so rsync, web caches and
  `make`-style tools see only what changed;
- a build costs what changed, not the size of the site; after the swap the spare is the previous site.

The first build into a folder writes a complete staging folder and renames it into place (the spare
is made alongside it, as hard links). What each folder holds is recorded as a manifest (digest, size,
mtime, inode per path) that the build cache keeps between builds.
"""
from __future__ import annotations

import ctypes
import fcntl
import hashlib
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .problems import BuildError, Problem

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100

FileRecord = tuple[bytes, int, int, int]  # digest, size, mtime_ns, inode
Manifest = dict[str, FileRecord]  # output path -> what the file holds


class UnsafePath(ValueError):
    """An output path that would land outside the output folder."""


def safe_relative(path: str) -> PurePosixPath:
    """Reject absolute paths and '..' so nothing is ever written outside the output folder."""
    relative = PurePosixPath(path)
    if relative.is_absolute() or not relative.parts or any(part in ("..", ".", "") for part in relative.parts):
        raise UnsafePath(f"unsafe output path {path!r}")
    return relative


def file_digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


@dataclass(frozen=True)
class WriteState:
    """What the output folder and its spare hold; None where that is not known (after a build was killed,
    or before the first build with a cache): then the disk is read instead of trusted."""

    output: Manifest | None = None
    spare: Manifest | None = None


def spare_folder(output: Path) -> Path:
    return output.with_name(f".{output.name}.previous")


@contextmanager
def only_writer(output: Path, waiting: Callable[[], None]) -> Iterator[None]:
    """Hold `.<output>.lock` for a whole build: two builds into one folder (a `build` run beside `serve`)
    would each take the other's staging folder for a killed build's and remove it, and write the one
    spare at once. The second waits, after calling `waiting()` once. The lock file stays (removing it
    would let a third build lock a file the second still waits on)."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        lock = open(output.with_name(f".{output.name}.lock"), "ab")
    except OSError as exc:
        raise BuildError([Problem(str(output), None, f"cannot write the site: {exc}")]) from exc
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting()
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield  # closing the file releases the lock, also when the process dies


class SiteWriter:
    """One build's writes: `prepare`, `put` every file (from worker processes too), `complete`, `swap`.

    The manifests are trusted: the output folder and its spare are the build's own. The build cache
    records them as unknown while a build may leave them half-changed, so a killed build costs a
    slower next build, never a wrong one.
    """

    def __init__(self, output: Path, state: WriteState):
        self.output = Path(os.path.abspath(output))
        self.spare = spare_folder(self.output)
        if self.output.parent.is_dir():
            _recover_from_a_killed_build(self.output)
        self.cold = not self.output.is_dir()  # nothing to keep: write a staging folder, then rename it
        self.current: Manifest | None = {} if self.cold else state.output
        self.spare_files: Manifest = {}
        self.spare_known = state.spare
        self.scratch: Path | None = None  # new files are written here, then renamed into place
        self.folders: set[Path] = set()  # folders known to exist, so that a folder of files costs one mkdir

    def prepare(self) -> None:
        """Make the folder the new site is written to: a staging folder (first build), else the spare
        (started again from nothing where what it holds is not known)."""
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.scratch = Path(tempfile.mkdtemp(prefix=f".{self.output.name}.staging-", dir=self.output.parent))
        if self.cold or self.spare_known is None or not self.spare.is_dir():
            shutil.rmtree(self.spare, ignore_errors=True)
            self.spare.mkdir()
        else:
            self.spare_files = dict(self.spare_known)
        if self.cold:
            (self.scratch / "site").mkdir(mode=0o755)

    @property
    def site_in_progress(self) -> Path:
        """The folder that becomes the output at the swap."""
        assert self.scratch is not None, "prepare() first"
        return self.scratch / "site" if self.cold else self.spare

    def put(self, path: str, data: bytes) -> tuple[FileRecord, bool]:
        """Stage `data` for `path`; returns its record and whether it differs from the output's file."""
        relative = safe_relative(path).as_posix()
        digest = file_digest(data)
        if self.current is None:
            on_disk = _same_file(self.output / relative, data, digest)
            if on_disk is not None:
                return on_disk, False
        else:
            held = self.current.get(relative)
            if held is not None and held[0] == digest:
                return held, False
        spare = self.spare_files.get(relative)
        if spare is not None and spare[0] == digest:
            return spare, True
        if self.cold:
            target = self.site_in_progress / relative
            self._make_parent(target)
            record = _write(target, data, digest)
            self._make_parent(self.spare / relative)
            os.link(target, self.spare / relative)  # the next build's spare, made as this one is written
            return record, True
        partial = self._partial()
        record = _write(partial, data, digest)
        self._replace(partial, self.spare / relative)
        return record, True

    def adopt(self, produced: Manifest, folder: str = "") -> Manifest:
        """Record the files an indexer added under `folder` of the completed site (it may add files only,
        never change one); a file equal to the output's own is replaced by it, keeping its mtime."""
        found: Manifest = {}
        root = self.site_in_progress / folder if folder else self.site_in_progress
        for path in sorted(root.rglob("*")):
            name = path.relative_to(self.site_in_progress).as_posix()
            if not path.is_file() or name in produced or (name.startswith(".") and "/" not in name):
                continue
            data = path.read_bytes()
            digest = file_digest(data)
            held = self.current.get(name) if self.current is not None else _same_file(self.output / name, data, digest)
            if held is not None and held[0] == digest:
                partial = self._partial()
                os.link(self.output / name, partial)
                os.replace(partial, path)
                found[name] = held
            else:
                found[name] = _record(path, digest)
            if self.cold:
                self._make_parent(self.spare / name)
                os.link(path, self.spare / name)
        self.spare_files.update(found)
        return found

    def changes(self, produced: Manifest) -> bool:
        """Whether `produced` differs from what the output folder holds."""
        return self.cold or self.current is None or produced != self.current

    def note_written(self, records: Manifest) -> None:
        """Record what `put`s in worker processes wrote into the spare."""
        self.spare_files.update(records)

    def complete(self, produced: Manifest, within: Iterable[str] | None = None) -> None:
        """Make the site in progress hold exactly `produced`: link in the output's unchanged files, drop the rest.
        Given `within` (folders), only the files under those folders (the pages an indexer reads before the
        rest of the site is made)."""
        if self.cold:
            return
        prefixes = None if within is None else tuple(f"{folder}/" for folder in within)
        # The paths whose record differs, or that one side lacks: the entries' symmetric difference, compared by
        # Python's dict views (a quarter of a loop's time at 38,000 files, where an edit changes a few).
        differing = [path for path in sorted({path for path, _ in produced.items() ^ self.spare_files.items()})
                     if prefixes is None or path.startswith(prefixes)]
        extra = {path for path in differing if path not in produced}
        for path in differing:
            record = produced.get(path)
            if record is None:
                continue
            if self.current is not None and self.current.get(path) != record:
                raise AssertionError(f"{path} was neither written nor in the output")
            partial = self._partial()
            os.link(self.output / path, partial)  # the output's own file: same inode, same mtime
            self._replace(partial, self.spare / path)
            self.spare_files[path] = record
        _remove(self.spare, extra)
        if prefixes is None:
            self.spare_files = dict(produced)
        else:
            for path in extra:
                del self.spare_files[path]
        self.folders.clear()

    def clear(self, folder: str) -> None:
        """Empty `folder` of the site in progress, for an indexer to fill (then `adopt`)."""
        prefix = folder + "/"
        for path in [path for path in self.spare_files if path.startswith(prefix)]:
            del self.spare_files[path]
        shutil.rmtree(self.site_in_progress / folder, ignore_errors=True)
        self.folders.clear()

    def state(self) -> WriteState:
        """What the folders hold now (a failed build's writes in the spare included)."""
        return WriteState(self.current, None if self.cold else self.spare_files)

    def swap(self, produced: Manifest) -> WriteState:
        """Make the completed site the output, atomically; the previous output becomes the spare."""
        if self.cold:
            os.rename(self.site_in_progress, self.output)
            self.finish()
            return WriteState(produced, dict(produced))
        if not _exchange(self.spare, self.output):  # without renameat2: three renames, undone by the next build
            parked = _parked(self.output)
            shutil.rmtree(parked, ignore_errors=True)
            os.rename(self.output, parked)
            os.rename(self.spare, self.output)
            os.rename(parked, self.spare)
        _carry_hidden_entries(self.spare, self.output)
        self.finish()
        return WriteState(produced, self.current)

    def finish(self) -> None:
        """Remove the scratch folder. After a failure the output was never touched."""
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None
        if self.cold and self.spare.is_dir() and not self.output.is_dir():
            shutil.rmtree(self.spare, ignore_errors=True)

    def _partial(self) -> Path:
        assert self.scratch is not None, "prepare() first"
        return self.scratch / f"{os.getpid()}-{next(_counter)}"

    def _replace(self, partial: Path, target: Path) -> None:
        """Rename into place: a name that shares its inode with the output's file is never written through."""
        self._make_parent(target)
        os.replace(partial, target)

    def _make_parent(self, target: Path) -> None:
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)


_counter = itertools.count()


def _record(path: Path, digest: bytes) -> FileRecord:
    status = os.stat(path)
    return (digest, status.st_size, status.st_mtime_ns, status.st_ino)


def _same_file(path: Path, data: bytes, digest: bytes) -> FileRecord | None:
    """The record of the file at `path` when it already holds `data`."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return _record(path, digest)
    except OSError:
        pass
    return None


def _write(target: Path, data: bytes, digest: bytes) -> FileRecord:
    with open(target, "wb") as stream:
        stream.write(data)
        status = os.fstat(stream.fileno())
    return (digest, status.st_size, status.st_mtime_ns, status.st_ino)


def _remove(folder: Path, paths: Iterable[str]) -> None:
    """Remove files and the folders they leave empty."""
    for path in sorted(paths, reverse=True):
        target = folder / path
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)
        for parent in target.parents:
            if parent == folder:
                break
            try:
                parent.rmdir()
            except OSError:
                break


def _parked(output: Path) -> Path:
    return output.with_name(f".{output.name}.swap")


def _recover_from_a_killed_build(output: Path) -> None:
    """Put back what a build killed half-way left, before anything else is touched.

    Killed inside the swap without renameat2, the previous site may be parked as `.<output>.swap`
    (put back as the output if the output is gone, else it is the spare); killed between the swap
    and carrying the hidden entries (.git, .nojekyll) over, those are still in the spare. Then the
    staging folders go.
    """
    parked, spare = _parked(output), spare_folder(output)
    if parked.is_dir():
        if not output.exists():
            os.rename(parked, output)
        elif not spare.exists():
            os.rename(parked, spare)
        else:
            shutil.rmtree(parked)
    if output.is_dir():
        _carry_hidden_entries(spare, output)
    for leftover in sorted(output.parent.glob(f".{output.name}.staging-*")):
        shutil.rmtree(leftover, ignore_errors=True)


def _carry_hidden_entries(source: Path, target: Path) -> None:
    """Keep what the user put at the top of the output folder under a dot name (.git, .nojekyll, .gitkeep)."""
    if not source.is_dir():
        return
    for entry in sorted(source.iterdir()):
        if entry.name.startswith(".") and not (target / entry.name).exists():
            os.rename(entry, target / entry.name)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0
