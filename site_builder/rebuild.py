"""The build as a rebuild: scan the content, compare it with the build cache, redo only what changed.

The content is scanned without being read: an event whose files have the size, mtime and inode they
had at the last build, under the same site-wide inputs (code, settings, house spellings, templates),
is not touched at all. The other events are loaded and rendered with the pipeline's units
(pipeline.py), in worker processes when there are many; the archive-wide files are re-rendered when
any event changed, from the cached headlines of the others; the search shards whose pages changed,
by Pagefind while the archive-wide files are made (the index reads only the events' pages).
Only files whose bytes changed are written, and the new site is swapped in at once (write.py);
nothing is written when a problem is found. For serve, a part can be swapped in first (the events
with an open page, then the events), the previous site's files beside it until the rest is made.

This module imports none of the stages until there is work for them: a build with nothing to do
costs a scan and a few cache reads.
"""
from __future__ import annotations

import gc
import os
import pickle
import sys
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import cache as build_cache
from . import compiled_patterns
from .config import SiteConfig, load_config
from .discover import FolderScans, read_listing, scan
from .headlines import ArchiveReads, LazyEvent, PageReads, Summary, preload, recording, summarize
from .model import Aliases, Archive, Article, Event, EventFolder, EventListing, SourceFile

from .problems import BuildError, Problem
from . import search as search_index
from .search import SEARCH_BUNDLE

if TYPE_CHECKING:
    import jinja2

    from .facts.aliases import Spellings
    from .render import ArchivePage
from .theme import builtin_theme, is_static, user_templates
from .write import Manifest, SiteWriter, UnsafePath, WriteState, only_writer, spare_folder

ARCHIVE_UNIT = ""  # the unit of the archive-wide files; an event's unit is its slug
STATIC_UNIT = "/static"  # the theme's static files
SEARCH_UNIT = "/search"  # the search index (never a slug: slugs have no '/')
EVENTS_PER_TASK = 4  # events a worker process takes at a time
# ... when the events' making may be given up for the next save: one, so that the tasks under way, which
# finish first, hold up the next save's build as little as possible
EVENTS_PER_CANCELLABLE_TASK = 1
YOUNG_COLLECTION_ALLOCATIONS = 10_000  # the garbage collector's first threshold while a build writes (Python's: 700)



class Timings:
    """Wall and CPU seconds spent per stage. A stage's figures exclude the stages timed inside it. CPU
    seconds count this process and the child processes it waited for in the stage (Pagefind, worker
    processes), so on a loaded machine they say what a stage costs better than its wall time. Stages
    run in worker processes add up over them, so with N workers their sum may exceed the wall time.
    Pagefind runs beside the archive-wide files: its CPU counts in the stage during which it ends (the
    "search" stage holds the wait for it)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._inner: list[list[float]] = []  # per open stage: wall and CPU of the stages timed inside it

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), _cpu_seconds()
        self._inner.append([0.0, 0.0])
        try:
            yield
        finally:
            inner_wall, inner_cpu = self._inner.pop()
            spent_wall, spent_cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
            if self._inner:
                self._inner[-1][0] += spent_wall
                self._inner[-1][1] += spent_cpu
            self.add({name: spent_wall - inner_wall}, {name: spent_cpu - inner_cpu})

    def add(self, seconds: dict[str, float], cpu: dict[str, float] | None = None) -> None:
        for name, value in seconds.items():
            self.seconds[name] = self.seconds.get(name, 0.0) + value
        for name, value in (cpu or {}).items():
            self.cpu[name] = self.cpu.get(name, 0.0) + value

    def table(self) -> str:
        rows = [f"{'stage':<10} {'seconds':>8} {'cpu':>8}"]
        rows += [f"{name:<10} {value:8.3f} {self.cpu.get(name, 0.0):8.3f}" for name, value in self.seconds.items()]
        return "\n".join(rows)


def _cpu_seconds() -> float:
    """CPU time of this process (to the nanosecond) and of the children it has waited for (to the tick)."""
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


@dataclass(frozen=True)
class BuildResult:
    listings: tuple[EventListing, ...]
    files: tuple[str, ...]  # every output path
    changed: tuple[str, ...]  # output paths whose bytes changed or that were removed (none: the output was left as it was)
    warnings: list[Problem]
    timings: Timings

    @property
    def written(self) -> int:
        return len(self.changed)

    @property
    def events(self) -> int:
        return len(self.listings)

    @property
    def sources(self) -> int:
        return sum(1 for listing in self.listings for file in listing.files if file.role == "source")


@dataclass(frozen=True)
class UnitRecord:
    """What the output's files of one unit were made from, and the warnings making them gave."""

    key: bytes
    warnings: tuple[Problem, ...] = ()
    listing: bytes = b""  # for an event: the digest of its files' names and stat, to skip it without reading
    files: tuple[tuple[str, bytes], ...] = ()  # for the archive-wide files: (path, what it was made from) of the feed documents
    spellings: bytes = b""  # for an event: the digest of the alias entries its analysis used (`entries_used`)


@dataclass(frozen=True)
class EventOutcome:
    """What a worker sends back for one event: small, the rendered files are already written."""

    slug: str
    key: bytes | None  # None when the event failed
    problems: list[Problem]
    records: Manifest  # every file of the event
    written: Manifest  # those written into the site in progress
    headline: bytes = b""  # pickled headline(event) without its facts: what the archive-wide files may show of it
    facts: bytes = b""  # pickled facts of the headline
    entry: bytes = b""  # pickled site feed entry
    summary: Summary | None = None  # what the archive-wide files plan with, without loading the headline
    seen: list[tuple[str, build_cache.StatKey, bytes]] = field(default_factory=list)  # files read, for the cache
    articles: list[tuple[bytes, bytes]] = field(default_factory=list)  # newly converted, pickled
    analysed: list[tuple[bytes, bytes]] = field(default_factory=list)  # newly analysed (event, problems), pickled
    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    reads: list[tuple[bytes, bytes]] = field(default_factory=list)  # what its entries were made from (cache.collect)
    spellings: bytes = b""  # UnitRecord.spellings


@dataclass(frozen=True)
class Stale:
    """What the output holds from before its inputs changed, after a swap that put some of a build's files in
    first (the events with an open page, or the events before the archive-wide files): the units (event
    slugs, ARCHIVE_UNIT) whose files are still to be made again by the build under way, and
    `render(slug)`, which makes a stale event's files (path -> bytes) as that build makes them, writing
    nothing (None when it fails: the build will fail too, and put the previous site back)."""

    units: frozenset[str] = frozenset()
    render: Callable[[str], dict[str, bytes] | None] | None = None

    def holds(self, path: str) -> bool:
        return bool(self.units) and unit_of(path) in self.units


def build(
    content: Path,
    output: Path,
    base_url: str | None = None,
    strict: bool = False,
    *,
    jobs: int | None = None,
    use_cache: bool = True,
    clear_cache: bool = False,
    progress: Callable[[int, int], None] | None = None,
    search: bool = True,
    swapped: Callable[[tuple[str, ...]], None] | None = None,
    scanned: FolderScans | None = None,
    cancelled: Callable[[], bool] | None = None,
    open_pages: Callable[[], Collection[str]] | None = None,
    stale: Callable[[Stale], None] | None = None,
) -> BuildResult:
    """Build the site from `content` into `output`; raises BuildError listing every problem.

    `jobs`: worker processes (default: one per core); `progress(done, total)` is called as events finish;
    `search=False` keeps the search index as it was (the live preview remakes it once the edits pause):
    the next build with `search` remakes it if a page changed meanwhile. `swapped(paths)` is called as soon
    as a new site is in place, with the output paths that changed; given it, a build that changed events
    swaps in their files first, beside the previous archive-wide files, then makes those (which read
    every event, and take longest on a large archive) and swaps again, so the events' pages can be
    reloaded before the index is done. If the archive-wide files then fail, the previous site is swapped back.
    `scanned`: the event folders as listed by the builds before, for a caller that drops from it the
    folders that changed since (serve, told by its watcher): the others are not stat'ed again.
    `cancelled`: asked while the search index is made; once it says so, the build stops, leaving the
    output as it was, and raises search.Cancelled (serve: an edit came in, its build goes first).
    `open_pages()` (with `swapped`): the output paths of the pages open in a browser (serve's fast render).
    When some of the events to make again have an open page and others do not (a template or
    `site.toml` edit), those with an open page are made first and swapped in beside the previous files of
    the others, then the others are made (given up when `cancelled` says so: search.Cancelled, the output
    keeps what was swapped in, the next build makes the rest), then the archive-wide files, without a
    swap in between (one early swap at most: the previous site must stay whole in the output and its
    spare, to be put back); if they fail, the previous site is swapped back. `stale(Stale)` is told,
    before each swap, what the new output will still hold from before (nothing at the last swap, or when
    the previous site is put back).
    """
    with _young_collections_rarer():
        timings = Timings()
        started = time.perf_counter(), _cpu_seconds()
        problems: list[Problem] = []
        with timings.stage("scan"):
            try:
                config = load_config(content, base_url)
            except BuildError as exc:  # reported with the content's problems, in one run
                problems += exc.problems
                config = SiteConfig()
            listings, scan_problems = scan(content, scanned)
            problems += scan_problems
        if clear_cache:
            build_cache.clear(content)
        output = Path(os.path.abspath(output))
        store = build_cache.BuildCache.open(build_cache.cache_folder(content)) if use_cache else None
        try:
            with only_writer(output, lambda: print(f"waiting for another build into {output} to end", file=sys.stderr)):
                run = _Build(content, output, config, listings, store, timings, swapped, cancelled, open_pages, stale)
                files, changed, warnings = run.execute(problems, strict, jobs, progress, search)
            run.keep_patterns()
            run.collect()
        finally:
            if store is not None:
                store.close()
        return BuildResult(tuple(listings), files, changed, warnings, _finish(timings, started))


@contextmanager
def _young_collections_rarer() -> Iterator[None]:
    """A build allocates millions of objects freed by their counts, not by the collector, and loads records that
    live until it ends (a manifest entry per output file, the events' summaries): collecting young objects every
    700 allocations (Python's default) took 7% of a 1,000-article build's CPU, every YOUNG_COLLECTION_ALLOCATIONS
    a third of that. Rarer from the build's start, not only once the records are loaded: a one-article edit at
    10,000 articles then collects some 40 times, not 150 (one of them a full collection)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_ALLOCATIONS, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _finish(timings: Timings, started: tuple[float, float]) -> Timings:
    timings.seconds["total"] = time.perf_counter() - started[0]
    timings.cpu["total"] = _cpu_seconds() - started[1]
    return timings


class _Build:
    """One build: what the cache knew, what this build changes."""

    def __init__(
        self,
        content: Path,
        output: Path,
        config: SiteConfig,
        listings: list[EventListing],
        store: build_cache.BuildCache | None,
        timings: Timings,
        swapped: Callable[[tuple[str, ...]], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        open_pages: Callable[[], Collection[str]] | None = None,
        stale: Callable[[Stale], None] | None = None,
    ):
        self.content = Path(os.path.abspath(content))
        self.swapped = swapped
        self.cancelled = cancelled
        self.open_pages = open_pages
        self.stale = stale
        self.shown: Manifest = {}  # what the output holds: the previous site, until a swap puts a part of this one in
        self.writer: SiteWriter | None = None
        self.output = output
        self.config = config
        self.aliases = Aliases()  # read when there is work: a build with nothing to do reuses its problems
        self.listings = listings
        self.store = store
        self.timings = timings
        self.site = b""
        self.spellings = b""  # aliases_key, as the plan read it
        self.signatures: dict[str, bytes] = {}
        self.pages: ArchiveReads | None = None  # what each archive-wide page read, once they are made
        self.templates: dict[str, bytes] = {}  # the compiled templates the cache holds
        self.patterns: list | None = None  # the compiled patterns the cache holds, once a stage is to be imported
        self.made = 0  # the events whose entries this build stored
        self.started_ns = time.time_ns()

    def execute(
        self,
        problems: list[Problem],
        strict: bool,
        jobs: int | None,
        progress: Callable[[int, int], None] | None,
        search: bool,
    ) -> tuple[tuple[str, ...], tuple[str, ...], list[Problem]]:
        with self.timings.stage("plan"):
            self.site = site_key(self.content, self.config)
            self.spellings = aliases = aliases_key(self.content)
            units: dict[str, UnitRecord] = self._stored("units") or {}
            if units.get(FOLDER_UNIT) != UnitRecord(_folder_identity(self.output)):
                units = {}  # the output is not the one recorded (or a build was killed in its swap): make it all again
            respelled = self._respelled(units) if units.get(SITE_UNIT, _NONE).key != aliases else set()
            signatures = {listing.slug: self._signature(listing) for listing in self.listings}
            keys = {
                slug: units[slug].key if slug in units and signature and units[slug].listing == signature else None
                for slug, signature in signatures.items()
            }
            unsure = [listing for listing in self.listings if keys[listing.slug] is None]
            if unsure and self.store is not None:  # a file was touched: its digest may still be the one recorded
                digests, checked = _trusted(self.store.file_digests(str(self.content), [l.path for l in unsure]),
                                            unsure, str(self.content))
                keys.update({l.slug: unit_key(event_key(self.site, l, digests, str(self.content)), units.get(l.slug, _NONE).spellings)
                             for l in unsure})
                if checked:  # recorded again, now perhaps long enough after their mtime to be trusted unread
                    with self.store.transaction():
                        self.store.remember_files(checked)
            keys.update((slug, None) for slug in respelled if slug in keys)
            dirty = [l for l in self.listings if keys[l.slug] is None or units.get(l.slug, _NONE).key != keys[l.slug]]
            gone = {unit for unit in units if unit not in keys and unit != ARCHIVE_UNIT and not unit.startswith("/")}
        if (not dirty and not gone and units.get(SITE_UNIT, _NONE).key == aliases and units.get(ARCHIVE_UNIT, _NONE).key == self._archive_key(keys)
                and units.get(STATIC_UNIT, _NONE).key == self._static_key() and SEARCH_UNIT in units):
            warnings = sorted(problems + [w for unit in (SITE_UNIT, *keys) for w in units.get(unit, _NONE).warnings])
            _check(warnings, strict)
            touched = {slug: replace(units[slug], listing=signatures[slug])
                       for slug in keys if units[slug].listing != signatures[slug]}
            if touched:  # same bytes under a new mtime: remember the new stat, not to read them again
                self._save(units={**units, **touched})
            return self._output_paths(), (), warnings

        state = WriteState(self._stored("output") if units else None, self._stored("spare"))
        # The records loaded so far (a manifest entry per output file) live until the build ends, and so do the
        # stages' modules imported below: left out of the collector's passes, which would walk them again and
        # again (at 10,000 articles, a full pass over the records cost an edit 12 ms while the stages were
        # imported, over the modules 16 ms while the archive-wide files were made). Unfrozen when the build
        # ends, in `finally` below, or by the next build's. The workers, forked from here, collect alike.
        gc.freeze()
        if units.get(SPARE_UNIT) != UnitRecord(_folder_identity(spare_folder(self.output))):
            state = WriteState(state.output, None)  # another writer changed the spare: not as recorded
        if state.output is None:
            units = {}
            dirty = list(self.listings)
        if self.store is not None and not compiled_patterns.seeded():  # before the stages are imported
            self.patterns = self.store.compiled_patterns()
            compiled_patterns.seed(self.patterns)
        from .facts.aliases import load_aliases

        self.aliases, alias_problems = load_aliases(self.content)
        problems += alias_problems
        if self.store is not None:  # before the workers are forked: they take the compiled templates with them
            from .render import COMPILED_TEMPLATES

            self.templates = self.store.compiled_templates()
            COMPILED_TEMPLATES.compiled.update(self.templates)
        self.signatures = signatures
        gc.freeze()
        try:
            writer = self._writer(state)
            return self._write(writer, state, units, keys, dirty, problems, alias_problems, strict, jobs, progress, search)
        except (OSError, UnsafePath) as exc:
            raise BuildError([Problem(str(self.output), None, f"cannot write the site: {exc}")]) from exc
        finally:
            gc.unfreeze()
            if self.writer is not None:
                self.writer.finish()

    def _writer(self, state: WriteState) -> SiteWriter:
        """The writer of the next site, ready for `put`s into the spare (or a staging folder)."""
        self.writer = SiteWriter(self.output, state)
        with self.timings.stage("prepare"):
            self._save(spare=None)  # the spare is about to change: until the end, no record of it is trusted
            self.writer.prepare()
        return self.writer

    def _write(
        self,
        writer: SiteWriter,
        state: WriteState,
        units: dict[str, UnitRecord],
        keys: dict[str, bytes | None],
        dirty: list[EventListing],
        problems: list[Problem],
        alias_problems: list[Problem],
        strict: bool,
        jobs: int | None,
        progress: Callable[[int, int], None] | None,
        search: bool,
    ) -> tuple[tuple[str, ...], tuple[str, ...], list[Problem]]:
        old = self.shown = state.output or {}
        self.old_units = {path: unit_of(path) for path in old}  # each of the output's paths by its unit, once
        first, rest = self._open_first(dirty, units)
        outcomes = self._load_and_render(writer, first, jobs, progress)
        new_units: dict[str, UnitRecord] = {}
        produced: Manifest = {}
        self._take(outcomes, keys, new_units, produced, problems)
        clean = set(keys) - {listing.slug for listing in dirty}
        for slug in clean:
            new_units[slug] = replace(units[slug], listing=self.signatures[slug])
            problems += units[slug].warnings
        new_units[SITE_UNIT] = UnitRecord(self.spellings, tuple(alias_problems))
        produced.update((path, record) for path, record in old.items() if self.old_units[path] in clean)
        try:
            _stop_at_errors(problems, strict)
            if rest:  # the events with an open page go in first; the others are made after, beside them
                pending = {listing.slug for listing in rest}
                writer = self._show(writer, units, new_units, produced, pending)
                more = self._load_and_render(writer, rest, jobs, progress, cancellable=True)
                self._take(more, keys, new_units, produced, problems)
                outcomes += more
                _stop_at_errors(problems, strict)
            return self._finish(writer, state, units, new_units, keys, outcomes, produced, problems, jobs, search)
        except search_index.Cancelled:  # the output keeps what was swapped in; the next build makes the rest
            if self.writer is not None:
                self._save(spare=self.writer.state().spare)
            raise
        except BuildError:
            self.pages = None  # the previous archive-wide files stay, and the record of what they read
            if self.shown is not old and self.writer is not None:  # a part went in first: put the previous site back
                self.writer.complete(old)
                self._swap(self.writer, old, dict(units), self.shown)
                self.writer = None  # what the folders hold is recorded
            elif self.writer is not None:
                self._save(spare=self.writer.state().spare)  # what the spare holds now: the next build starts from it
            raise

    def _open_first(self, dirty: list[EventListing], units: dict[str, UnitRecord]) -> tuple[list[EventListing], list[EventListing]]:
        """The events to make before the others are swapped in (those with a page open, when others have
        none and there is a previous site to show them beside), and those others; else all, and none."""
        if self.open_pages is None or self.swapped is None or ARCHIVE_UNIT not in units:
            return dirty, []
        wanted = {unit_of(page) for page in self.open_pages()}
        first = [listing for listing in dirty if listing.slug in wanted]
        rest = [listing for listing in dirty if listing.slug not in wanted]
        return (first, rest) if first and rest else (dirty, [])

    def _unit(self, path: str) -> str:
        """unit_of(path), known already for the previous output's paths."""
        unit = self.old_units.get(path)
        return unit_of(path) if unit is None else unit

    def _take(
        self, outcomes: list[EventOutcome], keys: dict[str, bytes | None], new_units: dict[str, UnitRecord],
        produced: Manifest, problems: list[Problem],
    ) -> None:
        """What the events' outcomes add to the new site: their files, their records, their problems."""
        for outcome in outcomes:
            problems += outcome.problems
            keys[outcome.slug] = outcome.key
            if outcome.key is not None:
                new_units[outcome.slug] = UnitRecord(outcome.key, tuple(outcome.problems), self.signatures[outcome.slug],
                                                     spellings=outcome.spellings)
                produced.update(outcome.records)

    def _show(
        self, writer: SiteWriter, units: dict[str, UnitRecord], new_units: dict[str, UnitRecord], produced: Manifest,
        pending: set[str],
    ) -> SiteWriter:
        """Swap in the events made so far and the theme's static files (a few copies, which a page reloaded
        now loads) beside the previous files of the rest (the `pending` events, the archive-wide files, the
        search index); returns the writer of the next site. The rest is not recorded as made (no unit
        record), so a build given up from here on leaves it to the next."""
        old = self.shown
        if STATIC_UNIT not in new_units:
            with self.timings.stage("static"):
                self._static_files(writer, units, new_units, old, produced)
        kept = {path: record for path, record in old.items() if self._unit(path) in pending or self._unit(path)[:1] in ("", "/")}
        shown = {**kept, **produced}
        stale = pending | {ARCHIVE_UNIT}
        with self.timings.stage("complete"):
            writer.complete(shown)
        # The index is not of these pages: no SEARCH_UNIT record, so a later build with search remakes it.
        state = self._swap(writer, shown, {**new_units, ARCHIVE_UNIT: units[ARCHIVE_UNIT]}, old, frozenset(stale))
        self.shown = shown
        return self._writer(state)

    def _finish(
        self,
        writer: SiteWriter,
        state: WriteState,
        units: dict[str, UnitRecord],
        new_units: dict[str, UnitRecord],
        keys: dict[str, bytes | None],
        outcomes: list[EventOutcome],
        produced: Manifest,
        problems: list[Problem],
        jobs: int | None,
        search: bool,
    ) -> tuple[tuple[str, ...], tuple[str, ...], list[Problem]]:
        """The archive-wide files, the search index, the swap. The index is of the events' pages (when there are
        any), so it is made while the archive-wide files are."""
        old = state.output or {}
        archive_key = self._archive_key(keys)
        archive_changed = units.get(ARCHIVE_UNIT, _NONE).key != archive_key
        # One early swap at most: the previous site's files must stay in the output or its spare, to be put back.
        if archive_changed and self.swapped is not None and outcomes and ARCHIVE_UNIT in units and self.shown is old:
            writer = self._show(writer, units, new_units, produced, set())
        early = search_index.of_events_alone(path for path in produced if path.endswith(".html"))
        indexing = self._start_search(writer, units, new_units, produced, search, jobs) if early else None
        try:
            if not archive_changed:
                new_units[ARCHIVE_UNIT] = units[ARCHIVE_UNIT]
                produced.update((path, record) for path, record in old.items() if self.old_units[path] == ARCHIVE_UNIT)
            else:
                with self.timings.stage("archive"):
                    made = dict(units.get(ARCHIVE_UNIT, _NONE).files)
                    records, made = self._render_archive(writer, {o.slug: o for o in outcomes}, keys, jobs, self.shown,
                                                         made, cancellable=self.shown is not old)
                    produced.update(records)
                new_units[ARCHIVE_UNIT] = UnitRecord(archive_key, files=tuple(sorted(made.items())))

            if STATIC_UNIT not in new_units:  # else made before a swap
                with self.timings.stage("static"):
                    self._static_files(writer, units, new_units, old, produced)
            if not early:
                indexing = self._start_search(writer, units, new_units, produced, search, jobs)
            with self.timings.stage("complete"):
                writer.complete(produced)
            if indexing is not None:
                with self.timings.stage("search"):
                    indexing.wait()
                    for shard in indexing.shards:
                        produced.update(writer.adopt(produced, search_index.shard_folder(shard)))
        except BaseException:
            if indexing is not None:
                indexing.stop()  # the site in progress is left holding what its writer recorded
            raise

        self._swap(writer, produced, new_units, self.shown)
        return tuple(produced), _changed(old, produced), sorted(problems)

    def _start_search(
        self, writer: SiteWriter, units: dict[str, UnitRecord], new_units: dict[str, UnitRecord], produced: Manifest,
        search: bool, jobs: int | None,
    ) -> search_index.Indexing | None:
        """Start indexing the shards whose pages changed (None: none did), their pages in place first."""
        with self.timings.stage("search"):
            reindex = self._plan_search(writer, units, new_units, self.shown, produced, search)
            if not reindex:
                return None
            assert writer.scratch is not None
            # Pagefind reads every page under the shards' event folders: they must hold this build's pages alone
            writer.complete(produced, {"/".join(page.split("/", 2)[:2]) for pages in reindex.values() for page in pages})
            for shard in reindex:
                writer.clear(search_index.shard_folder(shard))
            return search_index.Indexing(writer.site_in_progress, reindex, writer.scratch, jobs or os.cpu_count() or 1,
                                         self.cancelled)

    def _swap(
        self, writer: SiteWriter, produced: Manifest, new_units: dict[str, UnitRecord], before: Manifest,
        stale: frozenset[str] = frozenset(),
    ) -> WriteState:
        """Make the completed site the output (if it differs), tell `stale` what it holds from before and
        `swapped` what changed, record what the folders hold."""
        with self.timings.stage("swap"):
            if self.stale is not None:
                self.stale(Stale(stale, self._render_now if stale else None))
            if writer.changes(produced):
                self._save(output=None, units=None)  # until the swap is recorded, what the output holds is not known
                new_state = writer.swap(produced)
                if self.swapped is not None:
                    self.swapped(_changed(before, produced))
            else:
                new_state = WriteState(produced, writer.state().spare)
        new_units[FOLDER_UNIT] = UnitRecord(_folder_identity(self.output))
        new_units[SPARE_UNIT] = UnitRecord(_folder_identity(spare_folder(self.output)))
        with self.timings.stage("cache"):
            parts = {"pages": self.pages.as_record()} if self.pages is not None else {}
            paths = tuple(new_state.output)
            if self._stored("paths") != paths:  # an edit changes files, seldom which files there are
                parts["paths"] = paths
            self._save(units=new_units, output=new_state.output, spare=new_state.spare, **parts)
            self._keep_templates()
        return new_state

    def _plan_search(
        self, writer: SiteWriter, units: dict[str, UnitRecord], new_units: dict[str, UnitRecord], old: Manifest,
        produced: Manifest, search: bool,
    ) -> dict[int, list[str]]:
        """The search shards whose pages changed, to index again; the others' bundles are kept as they are.
        Without `search`, the whole index is kept as it was and what is out of date is not recorded as
        indexed, so the next build with `search` remakes it."""
        shards = search_index.shards_of(path for path in produced if path.endswith(".html"))
        count = search_index.shard_count(sum(len(pages) for pages in shards.values()))
        keys = {
            shard: build_cache.digest(str(count), *(f"{page}={produced[page][0].hex()}" for page in pages))
            for shard, pages in shards.items()
        }
        up_to_date = {shard for shard, key in keys.items() if units.get(f"{SEARCH_UNIT}/{shard}", _NONE).key == key}
        indexed = {path: record for path, record in old.items() if path.startswith(SEARCH_BUNDLE + "/")}
        if not search:
            produced.update(indexed)
            new_units.update((f"{SEARCH_UNIT}/{shard}", UnitRecord(keys[shard])) for shard in up_to_date)
            return {}
        kept = {f"{SEARCH_UNIT}/{shard}" for shard in up_to_date}
        produced.update((path, record) for path, record in indexed.items() if unit_of(path) in kept)
        new_units.update((f"{SEARCH_UNIT}/{shard}", UnitRecord(key)) for shard, key in keys.items())
        produced[search_index.SHARD_LIST], changed = writer.put(search_index.SHARD_LIST, search_index.shard_list(shards))
        if changed:
            writer.note_written({search_index.SHARD_LIST: produced[search_index.SHARD_LIST]})
        new_units[SEARCH_UNIT] = UnitRecord(b"")
        return {shard: pages for shard, pages in shards.items() if shard not in up_to_date}

    # -- events ------------------------------------------------------------------------------------

    def _load_and_render(
        self, writer: SiteWriter, dirty: list[EventListing], jobs: int | None, progress: Callable[[int, int], None] | None,
        cancellable: bool = False,
    ) -> list[EventOutcome]:
        """Load and render the events, in worker processes when there are many; what they wrote into the
        site in progress is noted as each comes in. `cancellable`: given up between tasks once `cancelled`
        says so (search.Cancelled; the tasks under way finish, and what they wrote is noted)."""
        global _worker
        jobs = jobs or os.cpu_count() or 1
        _worker = self._context(writer)
        outcomes: list[EventOutcome] = []

        def take(done: list[EventOutcome]) -> None:
            for outcome in done:
                writer.note_written(outcome.written)
            outcomes.extend(self._remember(done))
            _report(progress, len(outcomes), len(dirty))

        def given_up() -> bool:
            return cancellable and self.cancelled is not None and self.cancelled()

        size = EVENTS_PER_CANCELLABLE_TASK if cancellable else EVENTS_PER_TASK
        # A save already waiting (it came while the first part was swapped in): the rest is its build's.
        tasks = [] if given_up() else [dirty[i : i + size] for i in range(0, len(dirty), size)]
        with self.timings.stage("events"):
            if jobs == 1 or len(tasks) < 2 * jobs:
                for task in tasks:
                    if given_up():
                        break
                    take(_load_and_render_events(task))
            else:
                import multiprocessing
                from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

                if self.store is not None:
                    self.store.close()  # a forked process must not inherit an open database connection
                try:
                    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
                        # Only the futures not yet taken are held: a done one holds its outcomes with their
                        # pickled texts and facts (~0.4 MB an event), which `take` has stored and dropped.
                        pending = {pool.submit(_load_and_render_events, task) for task in tasks}
                        if self.store is not None:  # the workers are forked (all at the first task, with fork)
                            self.store.reopen()
                        while pending:  # asked every 50 ms when cancellable, not only as a task ends
                            done, pending = wait(pending, 0.05 if cancellable else None, FIRST_COMPLETED)
                            for future in done:
                                if not future.cancelled():
                                    take(future.result())
                            if given_up():
                                for waiting in pending:
                                    waiting.cancel()
                finally:
                    if self.store is not None:
                        self.store.reopen()
        _worker = None
        for outcome in outcomes:
            self.timings.add(outcome.seconds, outcome.cpu)
        if len(outcomes) < len(dirty):
            raise search_index.Cancelled()
        return outcomes

    def _context(self, writer: SiteWriter | None) -> _WorkerContext:
        return _WorkerContext(self.content, self.config, self.aliases, analysis_key(self.content), self.site, writer,
                              self.store.path if self.store else None)

    def _render_now(self, slug: str) -> dict[str, bytes] | None:
        """A stale event's files as this build makes them (Stale.render), in the calling thread, writing nothing."""
        listing = next((listing for listing in self.listings if listing.slug == slug), None)
        if listing is None:
            return None
        context = self._context(None)
        context.env = template_environment(self.content, self.site)
        context.reader = build_cache.BuildCache.open(context.cache_path.parent, readonly=True) if context.cache_path else None
        try:
            made = _made_event(context, listing)
        finally:
            if context.reader is not None:
                context.reader.close()
        return made.files if made.files is not None and not any(p.severity == "error" for p in made.problems) else None

    def _render_archive(
        self,
        writer: SiteWriter,
        fresh: dict[str, EventOutcome],
        keys: dict[str, bytes | None],
        jobs: int | None,
        old: Manifest,
        made_before: dict[str, bytes],
        cancellable: bool = False,
    ) -> tuple[Manifest, dict[str, bytes]]:
        """The archive-wide files, from the events' summaries (the fresh ones and the cache's); an event's
        headline or feed entry is loaded only when a page or feed document that shows it is made.
        A page made from what the output's one was made from (its shape and the values it read of its
        events, headlines.py), or a feed document from the same entries, is kept as it is. Returns the
        records and what each file was made from. `cancellable`: `cancelled` is asked before the plan, after
        reading the events' summaries, before each page and between loading its events' headlines and
        rendering it (the events' files are in place already), and search.Cancelled raised once it says so."""

        def given_up() -> None:
            if cancellable and self.cancelled is not None and self.cancelled():
                raise search_index.Cancelled()

        given_up()
        wanted = {slug: key for slug, key in keys.items() if slug not in fresh and key is not None}
        stored = self.store.get_many("summaries", wanted.values()) if self.store else {}
        given_up()  # the plan that follows (ordering, listings, what the pages read) is ~0.1 s at 10,000 articles
        missing = [listing for listing in self.listings if listing.slug in wanted and wanted[listing.slug] not in stored]
        if missing:  # gone from the cache: load those events again (their files are unchanged)
            fresh = {**fresh, **{o.slug: o for o in self._load_and_render(writer, missing, jobs, None)}}
        summaries: dict[str, Summary] = {slug: o.summary for slug, o in fresh.items() if o.summary is not None}
        summaries.update((slug, stored[key]) for slug, key in wanted.items() if slug not in fresh)  # type: ignore[misc]

        def loaded(slug: str, part: str) -> object:
            if slug in fresh and getattr(fresh[slug], part):  # else in the cache already (_remember)
                return pickle.loads(getattr(fresh[slug], part))
            value = self.store.get(_TABLES[part], keys[slug]) if self.store else None  # type: ignore[arg-type]
            if value is None:
                raise BuildError([Problem(f"events/{slug}", None, "internal error (the build cache lost its headline)")])
            return value

        def load_headlines(slugs: list[str]) -> dict[str, object]:
            held = {slug for slug in slugs if slug in fresh and fresh[slug].headline}
            found = {slug: loaded(slug, "headline") for slug in held}
            wanted = {keys[slug]: slug for slug in slugs if slug not in held}
            stored = self.store.get_many("events", wanted) if self.store and wanted else {}
            found.update((wanted[key], value) for key, value in stored.items())
            return found

        from . import pipeline

        archive = pipeline.archive_of(self.config, (LazyEvent(summary, lambda slug, part: loaded(slug, _PARTS[part]))
                                                    for summary in summaries.values()))
        entries = _LoadedOnDemand(lambda slug: loaded(slug, "entry"), keep=2 * self.config.feed_size)
        records: Manifest = {}
        made: dict[str, bytes] = {}
        record = self._stored("pages") if made_before else None
        before = ArchiveReads.of_record(record) if record else ArchiveReads()
        changed = before.changed_events(keys)
        old_keys = {before.keys[slug]: slug for slug in changed if before.keys.get(slug) is not None}
        stored = self.store.get_many("summaries", old_keys) if self.store and old_keys else {}
        summaries_before: dict[str, Summary] = {old_keys[key]: value for key, value in stored.items()}  # type: ignore[misc]
        self.pages = pages = ArchiveReads(dict(keys), {})

        def unchanged(path: str, key: bytes) -> bool:
            made_from(path, key)
            return kept(path)

        def made_from(path: str, key: bytes) -> None:
            made[path] = build_cache.digest(self.site, key)

        def kept(path: str) -> bool:
            if path in old and made_before.get(path) == made[path]:
                records[path] = old[path]
                return True
            return False

        env = template_environment(self.content, self.site)

        def render_page(page: ArchivePage) -> bytes | None:
            given_up()
            shape = build_cache.digest(self.site, page.path, repr(page.shape))
            read_before = before.pages.get(page.path)
            if read_before is not None and read_before.shape == shape and read_as_before(page.path, read_before):
                pages.pages[page.path] = read_before
                return None
            preload(page.events, load_headlines)
            given_up()  # a page listing thousands of events loads their headlines, then renders: two long steps
            with recording() as reads:
                data = pipeline.render_archive_page(page, env)
            pages.pages[page.path] = PageReads.of(shape, reads)
            made_from(page.path, build_cache.digest(shape, pages.pages[page.path].digest(summaries) or b""))
            return data

        def read_as_before(path: str, read_before: PageReads) -> bool:
            """Whether the output's page stands: what it read of its events is as it was."""
            touched = read_before.reads.keys() & changed
            if touched <= summaries_before.keys():  # the values it read before are known: compare those
                if not read_before.reads_the_same(touched, summaries_before, summaries):
                    return False
                made[path] = made_before.get(path, b"")  # what it read is as it was: so is its key
                return kept(path)
            read = read_before.digest(summaries)
            return read is not None and unchanged(path, build_cache.digest(read_before.shape, read))

        for path, data in pipeline.render_archive_files(archive, env, entries, unchanged, render_page):
            records[path], written = writer.put(path, data)
            if written:
                writer.note_written({path: records[path]})
            given_up()
        return records, made

    def _archive_key(self, keys: dict[str, bytes | None]) -> bytes:
        """The digest of what the archive-wide files are made from: the site-wide inputs and every event (by its key;
        none for a folder without sources, which only warns)."""
        return build_cache.digest(self.site, *(f"{slug}={(keys[slug] or b'').hex()}" for slug in sorted(keys)))

    def _static_key(self) -> bytes:
        """The digest of what the theme's static files are made from: the site-wide inputs (the code among them)
        and the static files themselves."""
        return build_cache.digest(self.site, static_key(self.content))

    def _static_files(
        self, writer: SiteWriter, units: dict[str, UnitRecord], new_units: dict[str, UnitRecord], old: Manifest,
        produced: Manifest,
    ) -> None:
        """The theme's static files, kept as they are unless they changed (or the site-wide inputs did)."""
        key = self._static_key()
        new_units[STATIC_UNIT] = UnitRecord(key)
        if units.get(STATIC_UNIT, _NONE).key == key:
            produced.update((path, record) for path, record in old.items() if self.old_units[path] == STATIC_UNIT)
            return
        from . import pipeline

        for path, data in pipeline.render_static_files(template_environment(self.content, self.site)).items():
            produced[path], changed = writer.put(path, data)
            if changed:
                writer.note_written({path: produced[path]})

    def _respelled(self, units: dict[str, UnitRecord]) -> set[str]:
        """The recorded events whose analysis asked about a name whose house spelling aliases.toml changed (or
        whose names are not recorded): read only when the file changed, a row per event."""
        from .facts.aliases import Spellings, load_aliases

        events = {slug: unit for slug, unit in units.items() if not slug.startswith("/") and slug != ARCHIVE_UNIT}
        if self.store is None or not events:
            return set(events)
        spellings = Spellings(load_aliases(self.content)[0])
        analyses = self.store.reads_of(unit.key for unit in events.values())
        spelled = self.store.get_many("articles", set(analyses.values()))
        return {slug for slug, unit in events.items()
                if not isinstance(spelled.get(analyses.get(unit.key)), tuple)
                or entries_used(spellings, spelled[analyses[unit.key]]) != unit.spellings}

    def _signature(self, listing: EventListing) -> bytes:
        """The digest of the site-wide inputs and of the names and stat of an event's files; empty when a
        file changed too recently to be told from a change within the same mtime tick (as git does)."""
        recent = self.started_ns - build_cache.RACY_SECONDS * 10**9
        if any(file.mtime_ns >= recent for file in listing.files):
            return b""
        parts: list[bytes | str] = [self.site, listing.path]
        for file in listing.files:
            parts.append(f"{file.path}\0{file.role}\0{file.size}\0{file.mtime_ns}\0{file.inode}")
        return build_cache.digest(*parts)

    # -- cache -------------------------------------------------------------------------------------

    def _stored(self, part: str):
        return self.store.output_part(str(self.output), part) if self.store else None

    def _output_paths(self) -> tuple[str, ...]:
        """The output's paths as recorded: their list alone, which loads in a hundredth of the time the record of
        their files takes (~0.05 s CPU at 10,000 articles, most of a no-op's after the scan); that record when
        the list is not kept (a cache from before it was)."""
        paths = self._stored("paths")
        return tuple(self._stored("output") or ()) if paths is None else paths

    def _save(self, **parts) -> None:
        if self.store is not None:
            with self.store.transaction():
                self.store.put_output_parts(str(self.output), **parts)

    def collect(self) -> None:
        """Once the builds since the last collection stored entries for about as many events as there are,
        keep only what the recorded outputs' events use (cache.collect): the cache stays within about
        twice what is in use."""
        if self.store is None or not self.made or self.store.note_made(self.made) < len(self.listings):
            return
        with self.timings.stage("collect"):
            events: set[bytes] = set()
            for folder in self.store.output_folders():
                units = self.store.output_part(folder, "units")
                if isinstance(units, dict):
                    events.update(unit.key for unit in units.values() if isinstance(unit, UnitRecord))
            self.store.collect(events)

    def keep_patterns(self) -> None:
        """The compiled patterns of the modules this build imported, for the next build's process."""
        kept = compiled_patterns.kept_forms(self.patterns) if self.store is not None and self.patterns is not None else None
        if kept is not None:
            self.store.keep_patterns(*kept)

    def _keep_templates(self) -> None:
        """The templates this process compiled, for the next build's process (those a worker compiled are not)."""
        from .render import COMPILED_TEMPLATES

        fresh = {key: code for key, code in COMPILED_TEMPLATES.compiled.items() if self.templates.get(key) != code}
        if self.store is not None and fresh:
            self.store.keep_templates(fresh)
            self.templates.update(fresh)

    def _remember(self, outcomes: list[EventOutcome]) -> list[EventOutcome]:
        """Store what the workers made as their events come in; the outcomes without the converted and
        analysed events, their headlines, facts and feed entries (loaded from the cache when an
        archive-wide file shows them), so the build does not hold every event's text and fact table until
        the end (a cold build of 10,000 articles would hold some 150 MB of them)."""
        if self.store is None:
            return outcomes
        with self.timings.stage("cache"), self.store.transaction():
            for outcome in outcomes:
                self.store.remember_files(outcome.seen)
                self.store.put_many("articles", outcome.articles)
                self.store.put_many("analysed", outcome.analysed)
                self.store.put_many("reads", outcome.reads)
                self.made += outcome.key is not None
                if outcome.key is not None:
                    for part, table in _TABLES.items():
                        self.store.put_many(table, [(outcome.key, getattr(outcome, part))])
                    self.store.put_many("summaries", [(outcome.key, pickle.dumps(outcome.summary, protocol=pickle.HIGHEST_PROTOCOL))])
        return [replace(outcome, seen=[], articles=[], analysed=[], headline=b"", facts=b"", entry=b"", reads=[])
                for outcome in outcomes]


class _LoadedOnDemand(Mapping[str, object]):
    """Values by slug, each loaded when first asked for and kept until `keep` values loaded after it (the
    site feed documents read each entry once per format, one document after another: a cold build
    would otherwise hold every event's entry, hundreds of megabytes at 10,000 articles)."""

    def __init__(self, load: Callable[[str], object], keep: int):
        self.load = load
        self.keep = keep
        self.values: dict[str, object] = {}

    def __getitem__(self, slug: str) -> object:
        if slug not in self.values:
            if len(self.values) >= self.keep:
                del self.values[next(iter(self.values))]
            self.values[slug] = self.load(slug)
        return self.values[slug]

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


_TABLES = {"headline": "events", "facts": "facts", "entry": "entries"}  # EventOutcome's pickled parts -> their cache tables
_PARTS = {"event": "headline", "facts": "facts"}  # what a LazyEvent loads -> EventOutcome's parts
_NONE = UnitRecord(b"")
SITE_UNIT = "/site"  # the warnings of the site-wide inputs (aliases.toml)
# The identities of the output folder and of its spare when the build ended: a folder another writer
# swapped, replaced or re-made (serve, a build without the cache) is not the one the record describes.
FOLDER_UNIT = "/folder"
SPARE_UNIT = "/spare"


def _folder_identity(folder: Path) -> bytes:
    try:
        status = os.stat(folder)
    except OSError:
        return b""
    return f"{status.st_dev}:{status.st_ino}:{status.st_mtime_ns}".encode()


def _changed(before: Manifest, after: Manifest) -> tuple[str, ...]:
    """The output paths whose file differs between two manifests, or that one of them lacks: the paths of their
    entries' symmetric difference (compared by Python's dict views, a quarter of a loop's time at 38,000 files)."""
    return tuple(sorted({path for path, _ in before.items() ^ after.items()}))


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _stop_at_errors(problems: list[Problem], strict: bool) -> None:
    """Raise BuildError with every problem (warnings too) when one is an error, or any with `strict`."""
    if any(p.severity == "error" or strict for p in problems):
        raise BuildError(problems)


def _check(problems: list[Problem], strict: bool) -> None:
    errors = [p for p in problems if p.severity == "error" or strict]
    if errors:
        raise BuildError(errors)


def unit_of(path: str) -> str:
    """The unit an output path belongs to: an event's slug, a search shard (`/search/<n>`) or the list of
    shards (`/search`), the theme's static files (`/static`), or the archive-wide files. Units other than
    events start with '/' (slugs never do)."""
    parts = path.split("/", 2)
    if parts[0] == "events" and len(parts) > 2:
        return parts[1]
    if parts[0] == SEARCH_BUNDLE:
        return f"{SEARCH_UNIT}/{parts[1]}" if len(parts) > 2 else SEARCH_UNIT
    if parts[0] == "static" and len(parts) > 1:
        return STATIC_UNIT
    return ARCHIVE_UNIT


# -- keys ------------------------------------------------------------------------------------------


def aliases_key(content: Path) -> bytes:
    """The digest of aliases.toml's bytes."""
    aliases = content / "aliases.toml"
    return build_cache.digest(aliases.read_bytes() if aliases.is_file() else b"")


def analysis_key(content: Path) -> bytes:
    """The digest of what analysing an event (pipeline.load_event) reads besides its folder: the code and
    the house spellings."""
    return build_cache.digest(build_cache.code_version(), aliases_key(content))


def entries_used(spellings: Spellings, spelled: Sequence[str]) -> bytes:
    """The digest of the alias entries an analysis that asked about the `spelled` names used (Event.spelled):
    the event's own `spelling:` entries win over them, so its files are the same while these are."""
    return build_cache.digest(repr(spellings.houses(spelled)))


def unit_key(files: bytes | None, spellings: bytes) -> bytes | None:
    """An event's unit key: the digest of its files (`event_key`) and of the alias entries it used."""
    return None if files is None else build_cache.digest(files, spellings)


def site_key(content: Path, config: SiteConfig) -> bytes:
    """The digest of everything every page may depend on besides its event's folder and the alias entries
    it used (`unit_key`): the code, the settings, the templates (not the static files: see `static_key`),
    and the fallback time (SOURCE_DATE_EPOCH)."""
    parts: list[bytes | str] = [build_cache.code_version(), repr(config), os.environ.get("SOURCE_DATE_EPOCH", ""), content.name]
    return build_cache.digest(*parts, *_theme_files(content, static=False))


def static_key(content: Path) -> bytes:
    """The digest of the theme's static files, which only the archive-wide files (their copies) depend on."""
    return build_cache.digest(*_theme_files(content, static=True))


def _theme_files(content: Path, static: bool) -> list[bytes | str]:
    """Name and bytes of each theme file, static or template, of the site's templates then the built-in theme."""
    parts: list[bytes | str] = []
    for folder in (user_templates(content), builtin_theme()):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                name = path.relative_to(folder).as_posix()
                if path.is_file() and is_static(name) == static:
                    parts += [name, path.read_bytes()]
            parts.append("|")
    return parts


def _trusted(
    known: dict[str, build_cache.KnownFile], listings: Sequence[EventListing], root: str
) -> tuple[dict[str, tuple[build_cache.StatKey, bytes]], list[tuple[str, build_cache.StatKey, bytes]]]:
    """The recorded digests of these events' files that hold for the files as listed, and those of them
    that were racy (recorded within RACY_SECONDS of their mtime: the file could have changed since within
    the same mtime tick), read again and found to hold the same bytes."""
    trusted: dict[str, tuple[build_cache.StatKey, bytes]] = {}
    checked: list[tuple[str, build_cache.StatKey, bytes]] = []
    for listing in listings:
        for file in listing.files:
            path = f"{root}/{file.path}"
            if path not in known:
                continue
            stat, value, racy = known[path]
            if stat != (file.size, file.mtime_ns, file.inode):
                continue
            if racy:
                try:
                    if _content_digest(Path(path).read_bytes()) != value:
                        continue
                except OSError:
                    continue
                checked.append((path, stat, value))
            trusted[path] = (stat, value)
    return trusted, checked


def event_key(
    site: bytes, listing: EventListing, digests: dict[str, tuple[build_cache.StatKey, bytes]], root: str
) -> bytes | None:
    """The digest of an event's inputs, from the cache's record of its files; None if a file is new or changed."""
    parts: list[bytes | str] = [site, listing.slug, listing.path]
    for file in listing.files:
        known = digests.get(f"{root}/{file.path}")
        if known is None or known[0] != (file.size, file.mtime_ns, file.inode):
            return None
        parts += [file.path, file.role, known[1]]
    return build_cache.digest(*parts)


def _key_of_folder(site: bytes, listing: EventListing, folder: EventFolder) -> bytes:
    """The same digest as event_key, from the files as read."""
    read = {file.path: file for file in (*folder.sources, folder.event_md, folder.metadata) if file is not None}
    parts: list[bytes | str] = [site, listing.slug, listing.path]
    for listed in listing.files:
        parts += [listed.path, listed.role, _content_digest(read[listed.path].data)]
    return build_cache.digest(*parts)


def _content_digest(data: bytes) -> bytes:
    return build_cache.digest(data)


@lru_cache(maxsize=1)
def template_environment(content: Path, site: bytes) -> jinja2.Environment:
    """The templates of a site, kept while the site-wide inputs (`site_key`, templates among them) stay the
    same: a process that builds again and again (serve) compiles each template once, not once per build."""
    from .render import environment

    return environment(user_templates(content))


# -- worker processes ------------------------------------------------------------------------------


@dataclass
class _WorkerContext:
    """What every worker needs, set in the build process before the workers are forked from it."""

    content: Path
    config: SiteConfig
    aliases: Aliases
    analysis: bytes  # analysis_key
    site: bytes
    writer: SiteWriter | None  # None: render without writing (Stale.render)
    cache_path: Path | None
    env: jinja2.Environment | None = None
    reader: build_cache.BuildCache | None = None
    pid: int = 0


_worker: _WorkerContext | None = None


def die_with_parent(parent: int) -> None:
    """A worker killed with its build (Linux's parent-death signal): a build killed by SIGKILL would leave its
    forked workers waiting on their task queue for ever, holding the output's lock file they inherited, so the
    next build into that folder would wait for them."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):  # not Linux: the workers still end when their queue closes
        return
    if os.getppid() != parent:  # the build died before the signal was set
        os._exit(1)


def _load_and_render_events(listings: Sequence[EventListing]) -> list[EventOutcome]:
    context = _worker
    assert context is not None
    if context.pid != os.getpid():  # first task in this process: its own template environment and cache reader
        context.env = template_environment(context.content, context.site)
        context.reader = build_cache.BuildCache.open(context.cache_path.parent, readonly=True) if context.cache_path else None
        context.pid = os.getpid()
    return [_load_and_render_event(context, listing) for listing in listings]


@dataclass
class _MadeEvent:
    """An event loaded and its files rendered, before anything is written (`files` None when it failed)."""

    folder: EventFolder | None
    event: Event | None
    problems: list[Problem]
    files: dict[str, bytes] | None
    timings: Timings
    seen: list[tuple[str, build_cache.StatKey, bytes]] = field(default_factory=list)
    articles: list[tuple[bytes, bytes]] = field(default_factory=list)
    analysed: list[tuple[bytes, bytes]] = field(default_factory=list)
    analysis: bytes = b""  # the key of the analysis it was made from
    reads: list[tuple[bytes, bytes]] = field(default_factory=list)  # a new analysis's key, the articles it read


def _made_event(context: _WorkerContext, listing: EventListing) -> _MadeEvent:
    """Read an event's folder, load it (its analysis from the cache when the same files were analysed
    before), render its files."""
    timings = Timings()
    with timings.stage("read"):
        folder, problems = read_listing(context.content, listing)
    if any(p.severity == "error" for p in problems):
        return _MadeEvent(None, None, problems, None, timings)
    from . import pipeline

    stages = _CachedStages(context.reader, timings)
    analysed_key = _key_of_folder(context.analysis, listing, folder)
    found = context.reader.get("analysed", analysed_key) if context.reader is not None else None
    analysed: list[tuple[bytes, bytes]] = []
    reads: list[tuple[bytes, bytes]] = []
    if found is not None:  # analysed before, from the same files: only the templates or settings changed
        event, event_problems = found  # type: ignore[misc]
    else:
        try:
            event, event_problems = pipeline.load_event(folder, context.aliases, stages, timings, stages)
            analysed.append((analysed_key, pickle.dumps((event, event_problems), protocol=pickle.HIGHEST_PROTOCOL)))
            if event is not None:  # the names it asked, by the analysis's key (_respelled reads them)
                stages.new.append((analysed_key, pickle.dumps(event.spelled, protocol=pickle.HIGHEST_PROTOCOL)))
                stages.used.add(analysed_key)
            reads.append((analysed_key, b"".join(sorted(stages.used))))
        except BuildError as exc:  # a bug met on the way, named by the folder
            event, event_problems = None, exc.problems
    problems += event_problems
    seen = [(f"{context.content}/{listed.path}", (listed.size, listed.mtime_ns, listed.inode), _content_digest(file.data))
            for listed, file in _pairs(listing, folder)]
    made = _MadeEvent(folder, event, problems, None, timings, seen, stages.new, analysed, analysed_key, reads)
    if event is None or any(p.severity == "error" for p in problems):
        return made
    with timings.stage("render"):
        try:
            made.files = pipeline.render_event_files(Archive(context.config), event, context.env)
        except BuildError as exc:
            made.problems = problems + exc.problems
    return made


def _load_and_render_event(context: _WorkerContext, listing: EventListing) -> EventOutcome:
    made = _made_event(context, listing)
    timings = made.timings
    if made.files is None or made.event is None or made.folder is None:
        return EventOutcome(listing.slug, None, made.problems, {}, {}, seen=made.seen, articles=made.articles,
                            analysed=made.analysed, seconds=timings.seconds, cpu=timings.cpu)
    from . import pipeline

    assert context.writer is not None, "a worker writes what it renders"
    records: Manifest = {}
    written: Manifest = {}
    with timings.stage("write"):
        for path, data in made.files.items():
            records[path], changed = context.writer.put(path, data)
            if changed:
                written[path] = records[path]
    from .facts.aliases import Spellings

    spellings = entries_used(Spellings(context.aliases), made.event.spelled)
    key = unit_key(_key_of_folder(context.site, listing, made.folder), spellings)
    from .feeds import event_entry
    from .listings import filed_under
    from .sitemap import event_rows

    with timings.stage("render"):
        entry = event_entry(context.config, made.event)
        headline = pipeline.headline(made.event)
        summary = summarize(headline, filed_under(headline), event_rows(context.config, headline), entry)
    return EventOutcome(listing.slug, key, made.problems, records, written,
                        pickle.dumps(replace(headline, facts=(), more_facts=()), protocol=pickle.HIGHEST_PROTOCOL),
                        pickle.dumps(headline.facts, protocol=pickle.HIGHEST_PROTOCOL),
                        pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), summary, made.seen, made.articles,
                        made.analysed, timings.seconds, timings.cpu, [*made.reads, (key, made.analysis)], spellings)


def _pairs(listing: EventListing, folder: EventFolder):
    read = {file.path: file for file in (*folder.sources, folder.event_md, folder.metadata) if file is not None}
    return [(listed, read[listed.path]) for listed in listing.files if listed.path in read]


class _CachedStages:
    """convert_files and the facts stage through the build cache (model.StageCache): each file's outline
    and Article, what an event's sources say, by the code version and what they are made from; new
    entries are pickled for the build process to store."""

    def __init__(self, reader: build_cache.BuildCache | None, timings: Timings):
        self.reader = reader
        self.timings = timings
        self.new: list[tuple[bytes, bytes]] = []
        self.used: set[bytes] = set()  # the keys asked for or stored: what the analysis was made from

    def get(self, key: tuple) -> object | None:
        digest = self._key(key)
        self.used.add(digest)
        return self.reader.get("articles", digest) if self.reader is not None else None

    def put(self, key: tuple, value: object) -> None:
        digest = self._key(key)
        self.used.add(digest)
        self.new.append((digest, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))

    @staticmethod
    def _key(key: tuple) -> bytes:
        return build_cache.digest(build_cache.code_version(), repr(key))

    def __call__(self, files: Sequence[SourceFile]) -> tuple[list[Article | None], list[Problem]]:
        from .convert import convert_files

        with self.timings.stage("convert"):
            return convert_files(files, self)
