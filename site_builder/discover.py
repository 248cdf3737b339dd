"""Discover stage: the content folder -> EventListings (files named and stat'ed), then EventFolders (read, hashed)."""
from __future__ import annotations

import hashlib
import operator
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath

from .model import EventFolder, EventListing, ListedFile, SourceFile
from .problems import Problem
from .slugs import slugify

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_SOURCE_BYTES = 10 * 1024 * 1024
EVENT_FILE = "event.md"
METADATA_FILE = "sources.toml"


_IGNORED_ENDINGS = ("~", ".swp", ".swx", ".tmp", ".part", ".crdownload")


def is_ignored(name: str) -> bool:
    """Hidden files and the temporary files editors leave beside the ones they save."""
    return name.startswith((".", "#", "~")) or name.endswith(_IGNORED_ENDINGS) or name == "4913"


FolderReading = tuple[EventFolder, list[Problem]]
_ROLES = {EVENT_FILE: "event", METADATA_FILE: "metadata"}


def discover(content: Path, known: Mapping[str, FolderReading] | None = None) -> tuple[list[EventFolder], list[Problem]]:
    """Scan and read every event folder. `known`: folders already read, by folder name, taken as they are."""
    known = known or {}
    listings, problems = scan(content)
    folders: list[EventFolder] = []
    for listing in listings:
        name = PurePosixPath(listing.path).name
        folder, folder_problems = known.get(name) or read_listing(content, listing)
        problems.extend(folder_problems)
        folders.append(folder)
    return folders, problems


class FolderScans(dict[str, tuple[EventListing, list[Problem]]]):
    """Event folders as `scan` listed them, by folder name, for a caller told of every change (serve's
    watcher): a folder it was not told of is taken as listed, not stat'ed again."""

    def forget(self, content: Path, paths: Iterable[Path]) -> None:
        """Drop the folders these changed paths are in (or are); a path elsewhere drops none."""
        events = Path(os.path.abspath(content)) / "events"
        for path in paths:
            if path.is_relative_to(events) and path != events:
                self.pop(path.relative_to(events).parts[0], None)


def scan(content: Path, known: FolderScans | None = None) -> tuple[list[EventListing], list[Problem]]:
    """Every event folder with its files named and stat'ed, none read: what a no-op rebuild needs.
    `known`: folders listed before and unchanged since, taken as they are; the others are added to it."""
    known = FolderScans() if known is None else known
    events_dir = content / "events"
    if not events_dir.is_dir():
        return [], [Problem(str(events_dir), None, "no events folder in the content folder")]
    root = content.resolve()
    outside = not _inside(events_dir, root)
    problems: list[Problem] = []
    listings: list[EventListing] = []
    seen_slugs: dict[str, str] = {}
    for entry in sorted(os.scandir(events_dir), key=_name):
        if is_ignored(entry.name) or not _is_dir(entry):
            continue
        rel = f"events/{entry.name}"
        if outside or (entry.is_symlink() and not _inside(Path(entry.path), root)):
            problems.append(Problem(rel, None, "links outside the content folder; not followed"))
            continue
        slug = slugify(entry.name)
        if not slug:
            problems.append(Problem(rel, None, "folder name gives an empty slug"))
            continue
        if slug in seen_slugs:
            problems.append(Problem(rel, None, f"same output path events/{slug}/ as {seen_slugs[slug]}"))
            continue
        seen_slugs[slug] = rel
        if entry.name not in known:
            known[entry.name] = list_event_folder(content, entry.name, root, slug)
        listing, folder_problems = known[entry.name]
        problems.extend(folder_problems)
        listings.append(listing)
    return listings, problems


def list_event_folder(
    content: Path, name: str, root: Path | None = None, slug: str | None = None
) -> tuple[EventListing, list[Problem]]:
    """One folder `events/<name>/`: its event.md, sources.toml and source articles, stat'ed.

    `root`: the content folder with links resolved (computed when not given); `slug`: the folder's, when
    known. The loop runs once per content file on every build, a no-op's too: it calls nothing per file
    but the stat and a few cheap tests."""
    root = root or content.resolve()
    folder_rel = f"events/{name}"
    problems: list[Problem] = []
    files: list[ListedFile] = []
    for entry in sorted(os.scandir(os.path.join(content, "events", name)), key=_name):
        file_name = entry.name
        if is_ignored(file_name) or _is_dir(entry):
            continue
        rel = f"{folder_rel}/{file_name}"
        if entry.is_symlink() and not _inside(Path(entry.path), root):
            problems.append(Problem(rel, None, "links outside the content folder; not followed"))
            continue
        role = _ROLES.get(file_name) or ("source" if _suffix(file_name) in SOURCE_SUFFIXES else None)
        if role is None:
            problems.append(Problem(rel, None, "not a source article (.txt, .md, .html); skipped", "warning"))
            continue
        try:
            status = entry.stat()
        except OSError as exc:
            problems.append(Problem(rel, None, f"cannot read: {exc.strerror}"))
            continue
        if not stat.S_ISREG(status.st_mode):  # opening a FIFO or a device would block the build
            problems.append(Problem(rel, None, "not a regular file (a pipe, socket or device); not read"))
            continue
        if status.st_size > MAX_SOURCE_BYTES:
            problems.append(Problem(rel, None, f"file is {status.st_size // (1024 * 1024)} MB; sources are limited to 10 MB"))
            continue
        files.append(ListedFile(rel, role, status.st_size, status.st_mtime_ns, status.st_ino))
    if not any(file.role == "source" for file in files):
        problems.append(Problem(folder_rel, None, "event folder holds no source articles", "warning"))
    return EventListing(slugify(name) if slug is None else slug, folder_rel, tuple(files)), problems


def read_listing(content: Path, listing: EventListing, known: Mapping[str, SourceFile] | None = None) -> FolderReading:
    """Read the files of a listing. `known`: files still as they were, by path, taken instead of read again."""
    known = known or {}
    problems: list[Problem] = []
    sources: list[SourceFile] = []
    event_md = metadata = None
    for listed in listing.files:
        file = known.get(listed.path) or _read(content / listed.path, listed.path, problems)
        if file is None:
            continue
        if listed.role == "event":
            event_md = file
        elif listed.role == "metadata":
            metadata = file
        else:
            sources.append(file)
    return EventFolder(listing.slug, listing.path, tuple(sources), event_md, metadata), problems


def read_event_folder(content: Path, name: str, known: Mapping[str, SourceFile] | None = None) -> FolderReading:
    """One folder `events/<name>/`, read again on its own (the live preview re-reads only what changed)."""
    listing, problems = list_event_folder(content, name)
    folder, read_problems = read_listing(content, listing, known)
    return folder, problems + read_problems


def _read(path: Path, rel: str, problems: list[Problem]) -> SourceFile | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(rel, None, f"cannot read: {exc.strerror}"))
        return None
    return SourceFile(rel, data, hashlib.sha256(data).hexdigest())


_name = operator.attrgetter("name")


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _inside(path: Path, root: Path) -> bool:
    """Whether the path, symbolic links followed, stays in the content folder (a link loop does not)."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):
        return False
