"""The persistent build cache: SQLite in `.site-builder-cache/` beside the content folder.

It holds what a new process needs to redo only what changed:

- `files`: each content file's digest by its path, size, mtime and inode, so unchanged files are not read,
  and when it was recorded: a file recorded within RACY_SECONDS of its mtime may have changed since
  within the same mtime tick, so it is read once more and trusted if it still holds those bytes (git's
  "racily clean" entries), not taken for changed (the build after an edit was no no-op);
- `articles`: each source file's outline and converted Article by the code version, its bytes and the
  lines it shares with the other files of its event (convert_files), so editing one article of an event
  converts that one file again, and a change to aliases.toml converts nothing; what an event's
  sources say (facts.Found) by their Articles, the names finding it asked the house spellings of and
  those spellings (kept beside, by the Articles), so an edit of event.md's note or curation analyses
  nothing again, and an aliases.toml edit finds again only what a changed spelling touches; and the days and figures of each source's sentences by its text
  (facts.read_days_and_figures), so an edit of one article reads only that one again;
- `events`, `facts`, `entries`, `summaries`: each event's headline (what the archive-wide files show of it)
  without its facts, its facts, its site feed entry and its summary (headlines.Summary: what the archive-wide files plan with), by the
  digest of every input it is made from, so a one-article edit loads no other event's text, and only
  the headlines and entries of the pages and feed documents it changes;
- `analysed`: each analysed event (converted, modelled, its facts merged) by the digest of what the
  analysis reads (the code, the house spellings, the event's files), so a change of the templates or
  the settings renders every event again without analysing any;
- `reads`: what each of those entries was made from, for collecting the others (`collect`): by an event's
  key, the key of the analysis it was rendered from; by an analysis's key, the `articles` keys it read or
  stored;
- `templates`: the compiled templates (jinja2 bytecode, which jinja2 checks against the template's
  source), by the code version, which decides how they are compiled;
- `patterns`: the compiled form of the regular expressions the code's modules hold, by the code version
  (compiled_patterns.py), put in `re`'s cache before a build imports its stages;
- `outputs`: per output folder, the write stage's record of what it and its spare copy hold, and what
  each archive-wide page read of its events (`pages`), each part in a row of its own. The two records
  of files (`output`, `spare`: some 40,000 paths, 4 MB pickled, at 10,000 articles) and that of the
  pages (1.5 MB) are each stored as the few entries by which they differ from a whole record kept once
  in `manifests`: an edit changes a few files and pages, and the spare after a swap is the output before
  it, so a build writes kilobytes, not three whole records (a new whole record is written when the
  differences outgrow REBASE_FRACTION of it). The output's paths alone (`paths`, stored again only when
  they change) are what a build with nothing to do reports: it reads no record of files.

Every key includes the code version (the package's own source files, Python's and the libraries'
versions), so a code change never reuses a stale entry. Entries made for content since changed would pile
up (an edit adds some 0.5 MB at 10,000 articles, an `aliases.toml` edit a second analysis of the events it changes):
once a build's events have made about as many entries as there are events since the last collection, the
build keeps only what the recorded outputs' events use (`collect`) and gives the freed pages back to the
file system (the database is made with incremental auto-vacuum). Writes happen in transactions: a build killed
half-way leaves the cache as the last commit left it. A cache that cannot be read is thrown away and
started again, never trusted; `--clear-cache` removes it. Values are pickles: the cache is a private
folder of the user who builds, like Python's own __pycache__.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

CACHE_FOLDER = ".site-builder-cache"
SCHEMA = "8"
RACY_SECONDS = 2  # a file recorded this soon after its mtime may change again within one mtime tick: read to check
REBASE_FRACTION = 8  # a record differing from its whole one by more than 1/8 of its entries is stored whole
INCREMENTAL_VACUUM = 2  # PRAGMA auto_vacuum's value for INCREMENTAL

StatKey = tuple[int, int, int]  # size, mtime_ns, inode
KnownFile = tuple[StatKey, bytes, bool]  # stat, digest, racy: recorded within RACY_SECONDS of the mtime

_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, inode INTEGER,"
    " digest BLOB, racy INTEGER) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS articles(key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS events(key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS facts(key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS entries(key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS summaries(key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS analysed(key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS reads(key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",  # value: keys, 20 bytes each
    # one row per part: a part is rewritten alone (a row is rewritten whole, and the manifests are megabytes)
    "CREATE TABLE IF NOT EXISTS outputs(folder TEXT, part TEXT, value BLOB, PRIMARY KEY(folder, part))",
    # a record of files (output, spare) or pages: the whole record it starts from, and its differences from it
    "CREATE TABLE IF NOT EXISTS manifests(digest BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS manifest_parts(folder TEXT, part TEXT, base BLOB, changes BLOB, PRIMARY KEY(folder, part))",
    "CREATE TABLE IF NOT EXISTS templates(version BLOB, key TEXT, value BLOB, PRIMARY KEY(version, key)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS patterns(version BLOB, position INTEGER, value BLOB, PRIMARY KEY(version, position))"
    " WITHOUT ROWID",
)


def cache_folder(content: Path) -> Path:
    """Beside the content folder, as `templates/` is: the content folder itself holds only content."""
    return Path(os.path.abspath(content)).parent / CACHE_FOLDER


def clear(content: Path) -> None:
    shutil.rmtree(cache_folder(content), ignore_errors=True)


KEY_BYTES = 20  # a key's length (digest)


def digest(*parts: bytes | str) -> bytes:
    """A key from parts; each part is length-prefixed so that ('ab', 'c') and ('a', 'bc') differ."""
    hasher = hashlib.blake2b(digest_size=KEY_BYTES)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.digest()


@lru_cache(maxsize=1)
def code_version() -> bytes:
    """Everything besides the content that decides the output: this package's source and data files,
    Python's version and the distributions installed in its environment (their dist-info folders name
    their versions). Only the environment's own folders count, not the script's folder or the working
    directory that also head sys.path: the same code run as `site-builder`, `python -m site_builder`
    or a script has one version."""
    package = Path(__file__).resolve().parent
    parts: list[bytes | str] = [sys.version]
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix != ".pyc":
            parts += [path.relative_to(package).as_posix(), path.read_bytes()]
    for folder in installed_folders():
        try:
            parts += sorted(name for name in os.listdir(folder) if name.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
    return digest(*parts)


def installed_folders() -> list[str]:
    """The folders distributions are installed in: the environment's site-packages, and the user's when enabled."""
    import site
    import sysconfig

    paths = sysconfig.get_paths()
    folders = [paths["purelib"], paths["platlib"]] + ([site.getusersitepackages()] if site.ENABLE_USER_SITE else [])
    return list(dict.fromkeys(folders))


class BuildCache:
    """One connection to the cache database; the build process writes, worker processes read."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._db = connection
        self.path = path
        self._bases: dict[bytes, dict] = {}  # the whole records read or written, by digest: never changed

    @classmethod
    def open(cls, folder: Path, readonly: bool = False) -> BuildCache | None:
        """The cache in `folder`, created if missing, started again if unreadable; None where it cannot be made."""
        path = folder / "cache.sqlite"
        for attempt in range(2):
            try:
                if not readonly:
                    folder.mkdir(parents=True, exist_ok=True)
                uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
                connection = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
                if readonly:
                    return cls(connection, path)
                # Takes effect in a new database only; set on one that has it, it still commits a write, which
                # the connection's close then checkpoints: five fsyncs, a no-op rebuild's only writes.
                if connection.execute("PRAGMA auto_vacuum").fetchone()[0] != INCREMENTAL_VACUUM:
                    connection.execute("PRAGMA auto_vacuum=INCREMENTAL")
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                for statement in _TABLES:
                    connection.execute(statement)
                found = connection.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
                if found is None:
                    connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
                elif found[0] != SCHEMA:
                    raise sqlite3.DatabaseError(f"cache schema {found[0]}, not {SCHEMA}")
                return cls(connection, path)
            except sqlite3.Error:
                if readonly or attempt:
                    return None
                shutil.rmtree(folder, ignore_errors=True)  # unreadable or from another version: start again
            except OSError:
                return None
        return None

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- content files ---------------------------------------------------------------------------

    def file_digests(self, root: str, folders: Iterable[str]) -> dict[str, KnownFile]:
        """Digests remembered for the files in these folders (relative to `root`), by absolute path; a racy
        one holds only if the file, read again, still has it."""
        found: dict[str, KnownFile] = {}
        for folder in folders:
            prefix = f"{root}/{folder}/"
            rows = self._db.execute(
                "SELECT path, size, mtime_ns, inode, digest, racy FROM files WHERE path >= ? AND path < ?",
                (prefix, prefix[:-1] + "0"),  # '0' follows '/': every path under the folder sorts between
            )
            found.update({path: ((size, mtime, inode), value, bool(racy)) for path, size, mtime, inode, value, racy in rows})
        return found

    def remember_files(self, rows: Iterable[tuple[str, StatKey, bytes]], now_ns: int | None = None) -> None:
        """Remember (path, stat, digest), as racy when the file changed in the last RACY_SECONDS."""
        limit = (now_ns or time.time_ns()) - RACY_SECONDS * 10**9
        self._db.executemany(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
            ((path, size, mtime, inode, value, mtime >= limit) for path, (size, mtime, inode), value in rows),
        )

    def forget_files(self, paths: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM files WHERE path = ?", ((path,) for path in paths))

    # -- keyed values ------------------------------------------------------------------------------

    def get(self, table: str, key: bytes) -> object | None:
        row = self._db.execute(f"SELECT value FROM {_table(table)} WHERE key = ?", (key,)).fetchone()
        return None if row is None else _loads(row[0])

    def get_many(self, table: str, keys: Iterable[bytes]) -> dict[bytes, object]:
        found: dict[bytes, object] = {}
        for key, value in self._rows(table, keys):
            loaded = _loads(value)
            if loaded is not None:
                found[key] = loaded
        return found

    def _rows(self, table: str, keys: Iterable[bytes]) -> Iterator[tuple[bytes, bytes]]:
        """The (key, value) rows of these keys that the table holds."""
        keys = list(keys)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(f"SELECT key, value FROM {_table(table)} WHERE key IN ({marks})", chunk)

    def put_many(self, table: str, items: Iterable[tuple[bytes, bytes]]) -> None:
        """Store already pickled values (workers pickle them, the build process only stores them)."""
        self._db.executemany(f"INSERT OR REPLACE INTO {_table(table)} VALUES (?, ?)", items)

    def count(self, table: str) -> int:
        return self._db.execute(f"SELECT count(*) FROM {_table(table)}").fetchone()[0]

    # -- collecting what no output uses ------------------------------------------------------------

    def note_made(self, events: int) -> int:
        """Count these events' entries as made; returns how many were made since the last collection."""
        with self.transaction():
            row = self._db.execute("SELECT value FROM meta WHERE name = 'made'").fetchone()
            made = int(row[0]) + events if row is not None else events
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('made', ?)", (str(made),))
        return made

    def output_folders(self) -> list[str]:
        """The output folders whose record this cache holds."""
        return [folder for (folder,) in self._db.execute("SELECT DISTINCT folder FROM outputs WHERE part = 'units'")]

    def collect(self, events: set[bytes]) -> int:
        """Remove every entry but those of these events' keys, of the analyses they were rendered from and of
        the articles those read (as `reads` records them), then give the freed pages back to the file system.
        Returns how many entries were removed."""
        analyses = self._read_by(events)
        keep = {"events": events, "facts": events, "entries": events, "summaries": events, "analysed": analyses,
                "articles": self._read_by(analyses), "reads": events | analyses}
        removed = 0
        with self.transaction():
            for table, kept in keep.items():
                gone = [(key,) for (key,) in self._db.execute(f"SELECT key FROM {_table(table)}") if key not in kept]
                self._db.executemany(f"DELETE FROM {_table(table)} WHERE key = ?", gone)
                removed += len(gone)
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('made', '0')")
        self._db.executescript("PRAGMA incremental_vacuum;")  # execute() would free one page per row stepped
        return removed

    def reads_of(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """The first key each of these keys' entries were made from (an event's: its analysis's)."""
        return {key: value[:KEY_BYTES] for key, value in self._rows("reads", keys)}

    def _read_by(self, keys: set[bytes]) -> set[bytes]:
        """The keys that the entries of these keys were made from."""
        found: set[bytes] = set()
        for _, value in self._rows("reads", keys):
            found.update(value[at : at + KEY_BYTES] for at in range(0, len(value), KEY_BYTES))
        return found

    # -- compiled templates ------------------------------------------------------------------------

    def compiled_templates(self) -> dict[str, bytes]:
        rows = self._db.execute("SELECT key, value FROM templates WHERE version = ?", (code_version(),))
        return dict(rows)

    def keep_templates(self, compiled: dict[str, bytes]) -> None:
        """Add these compiled templates; those of another code version go."""
        with self.transaction():
            self._db.execute("DELETE FROM templates WHERE version != ?", (code_version(),))
            self._db.executemany("INSERT OR REPLACE INTO templates VALUES (?, ?, ?)",
                                 ((code_version(), key, value) for key, value in compiled.items()))

    # -- compiled regular expressions --------------------------------------------------------------

    def compiled_patterns(self) -> list:
        """The compiled forms of the code version's patterns (compiled_patterns.py), in the order they were kept."""
        rows = self._db.execute("SELECT value FROM patterns WHERE version = ? ORDER BY position", (code_version(),))
        return [form for (value,) in rows if (form := _loads(value)) is not None]

    def keep_patterns(self, forms: list, after: int) -> None:
        """Keep these compiled forms after the first `after` of the code version's, in place of the others;
        those of another code version go."""
        with self.transaction():
            self._db.execute("DELETE FROM patterns WHERE version != ? OR position >= ?", (code_version(), after))
            self._db.executemany("INSERT INTO patterns VALUES (?, ?, ?)", (
                (code_version(), after + n, pickle.dumps(form, protocol=pickle.HIGHEST_PROTOCOL))
                for n, form in enumerate(forms)))

    # -- output folders ----------------------------------------------------------------------------

    def output_part(self, folder: str, part: str) -> object | None:
        """One part of the record of an output folder: "units", "output", "spare",
        "pages" or "paths" (None: not known)."""
        if _part(part) in _MANIFESTS:
            found = self._db.execute("SELECT base, changes FROM manifest_parts WHERE folder = ? AND part = ?",
                                     (folder, part)).fetchone()
            if found is None:
                return None
            base, changes = self._base(found[0]), _loads(found[1])
            if base is None or changes is None:
                return None
            changed, removed = changes
            manifest = {**base, **changed}
            for path in removed:
                del manifest[path]
            return manifest
        row = self._db.execute("SELECT value FROM outputs WHERE folder = ? AND part = ?", (folder, part)).fetchone()
        return None if row is None else _loads(row[0])

    def put_output_parts(self, folder: str, **parts: object) -> None:
        """Replace the given parts of an output folder's record; None records a part as not known."""
        stored = False
        for part, value in parts.items():
            if _part(part) in _MANIFESTS:
                if value is None:
                    self._db.execute("DELETE FROM manifest_parts WHERE folder = ? AND part = ?", (folder, part))
                else:
                    self._put_manifest(folder, part, value)  # type: ignore[arg-type]
                    stored = True
            elif value is None:
                self._db.execute("DELETE FROM outputs WHERE folder = ? AND part = ?", (folder, part))
            else:
                blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
                self._db.execute("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?)", (folder, part, blob))
        if stored:  # whole records no part starts from any more (not before: a part set to None is stored again later)
            self._db.execute("DELETE FROM manifests WHERE digest NOT IN (SELECT base FROM manifest_parts)")
            self._bases = {base: self._bases[base] for (base,) in self._db.execute("SELECT base FROM manifest_parts")
                           if base in self._bases}

    def _put_manifest(self, folder: str, part: str, manifest: dict) -> None:
        """Store a record as its differences from the closest whole record at hand (those this connection
        read or wrote), or whole when they differ by more than 1/REBASE_FRACTION of its entries."""
        best: tuple[bytes, tuple[dict, list]] | None = None
        for digest_of_base, base in self._bases.items():
            changes = _differences(base, manifest, len(manifest) // REBASE_FRACTION)
            if changes is not None and (best is None or _size(changes) < _size(best[1])):
                best = digest_of_base, changes
        if best is None:
            blob = pickle.dumps(manifest, protocol=pickle.HIGHEST_PROTOCOL)
            best = digest(blob), ({}, [])
            self._db.execute("INSERT OR REPLACE INTO manifests VALUES (?, ?)", (best[0], blob))
            self._bases[best[0]] = dict(manifest)
        elif self._db.execute("SELECT 1 FROM manifests WHERE digest = ?", (best[0],)).fetchone() is None:
            blob = pickle.dumps(self._bases[best[0]], protocol=pickle.HIGHEST_PROTOCOL)  # dropped meanwhile: again
            self._db.execute("INSERT INTO manifests VALUES (?, ?)", (best[0], blob))
        changes = pickle.dumps(best[1], protocol=pickle.HIGHEST_PROTOCOL)
        self._db.execute("INSERT OR REPLACE INTO manifest_parts VALUES (?, ?, ?, ?)", (folder, part, best[0], changes))

    def _base(self, digest_of_base: bytes) -> dict | None:
        if digest_of_base not in self._bases:
            row = self._db.execute("SELECT value FROM manifests WHERE digest = ?", (digest_of_base,)).fetchone()
            value = None if row is None else _loads(row[0])
            if not isinstance(value, dict):
                return None
            self._bases[digest_of_base] = value
        return self._bases[digest_of_base]

    def reopen(self) -> None:
        """A new connection (a forked worker must not share this one): close before forking, reopen after."""
        self._db.close()
        self._db = sqlite3.connect(f"file:{self.path}", uri=True, timeout=30, isolation_level=None)


def _loads(blob: bytes) -> object | None:
    """A cached value, or None when this version of the code cannot read it (a class moved or changed)."""
    try:
        return pickle.loads(blob)
    except Exception:  # whatever unpickling older code's objects raises, the entry is only missing
        return None


def _differences(base: dict, manifest: dict, limit: int) -> tuple[dict, list] | None:
    """The paths whose record differs in `manifest` from `base` and those it lacks; None past `limit` of them (as
    when their sizes differ by more: the output's record is not compared entry by entry with the pages')."""
    if abs(len(base) - len(manifest)) > limit:
        return None
    changed = {path: record for path, record in manifest.items() if base.get(path, _ABSENT) != record}
    if len(changed) > limit:
        return None
    removed = [path for path in base if path not in manifest]
    return (changed, removed) if len(changed) + len(removed) <= limit else None


_ABSENT = object()  # no entry in a record (an entry may hold None)


def _size(changes: tuple[dict, list]) -> int:
    return len(changes[0]) + len(changes[1])


_MANIFESTS = ("output", "spare", "pages")  # the parts stored as differences from a whole record (dicts)


def _part(name: str) -> str:
    if name not in ("units", "output", "spare", "pages", "paths"):
        raise ValueError(f"no output record part {name!r}")
    return name


def _table(name: str) -> str:
    if name not in ("articles", "events", "facts", "entries", "summaries", "analysed", "reads"):
        raise ValueError(f"no cache table {name!r}")
    return name
