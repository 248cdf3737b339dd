"""Discover stage: the content folder -> EventFolders with their files read (sorted, hashed)."""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from .convert import MAX_SOURCE_BYTES, SOURCE_SUFFIXES
from .model import EventFolder, SourceFile
from .problems import Problem
from .slugs import slugify

EVENT_FILE = "event.md"
METADATA_FILE = "sources.toml"


def is_ignored(name: str) -> bool:
    """Hidden files and the temporary files editors leave beside the ones they save."""
    return (
        name.startswith((".", "#", "~"))
        or name.endswith(("~", ".swp", ".swx", ".tmp", ".part", ".crdownload"))
        or name == "4913"
    )


FolderReading = tuple[EventFolder, list[Problem]]


def discover(content: Path, known: Mapping[str, FolderReading] | None = None) -> tuple[list[EventFolder], list[Problem]]:
    """`known`: event folders already read, by folder name, taken as they are instead of read again."""
    known = known or {}
    events_dir = content / "events"
    problems: list[Problem] = []
    folders: list[EventFolder] = []
    if not events_dir.is_dir():
        return [], [Problem(str(events_dir), None, "no events folder in the content folder")]
    root = content.resolve()
    seen_slugs: dict[str, str] = {}
    for entry in sorted(events_dir.iterdir()):
        if is_ignored(entry.name) or not entry.is_dir():
            continue
        rel = _rel(entry, content)
        if not _inside(entry, root):
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
        folder, folder_problems = known.get(entry.name) or read_event_folder(content, entry.name)
        problems.extend(folder_problems)
        folders.append(folder)
    return folders, problems


def read_event_folder(content: Path, name: str, known: Mapping[str, SourceFile] | None = None) -> FolderReading:
    """One folder `events/<name>/`, read again on its own (the live preview re-reads only what changed).

    `known`: files still as they were, by path relative to the content folder, taken instead of read again.
    """
    known = known or {}
    folder = content / "events" / name
    root = content.resolve()
    slug = slugify(name)
    problems: list[Problem] = []
    sources: list[SourceFile] = []
    event_md = metadata = None
    for entry in sorted(folder.iterdir()):
        name = entry.name
        if is_ignored(name) or entry.is_dir():
            continue
        rel = _rel(entry, content)
        if not _inside(entry, root):
            problems.append(Problem(rel, None, "links outside the content folder; not followed"))
            continue
        if name == EVENT_FILE:
            event_md = known.get(rel) or _read(entry, rel, problems)
        elif name == METADATA_FILE:
            metadata = known.get(rel) or _read(entry, rel, problems)
        elif entry.suffix.lower() in SOURCE_SUFFIXES:
            file = known.get(rel) or _read(entry, rel, problems)
            if file is not None:
                sources.append(file)
        else:
            problems.append(Problem(rel, None, "not a source article (.txt, .md, .html); skipped", "warning"))
    if not sources:
        problems.append(Problem(_rel(folder, content), None, "event folder holds no source articles", "warning"))
    return EventFolder(slug, _rel(folder, content), tuple(sources), event_md, metadata), problems


def _read(path: Path, rel: str, problems: list[Problem]) -> SourceFile | None:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # opening a FIFO or a device would block the build
            problems.append(Problem(rel, None, "not a regular file (a pipe, socket or device); not read"))
            return None
        size = status.st_size
        if size > MAX_SOURCE_BYTES:
            problems.append(Problem(rel, None, f"file is {size // (1024 * 1024)} MB; sources are limited to 10 MB"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(rel, None, f"cannot read: {exc.strerror}"))
        return None
    return SourceFile(rel, data, hashlib.sha256(data).hexdigest())


def _rel(path: Path, content: Path) -> str:
    return os.path.relpath(path, content).replace(os.sep, "/")


def _inside(path: Path, root: Path) -> bool:
    """Whether the path, symbolic links followed, stays in the content folder (a link loop does not)."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):
        return False
