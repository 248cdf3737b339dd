"""The build: discover -> convert -> model -> facts -> render -> feeds/sitemap -> write -> search.

It is made of units that can be re-run on their own (the live preview re-runs only what changed):

- `load_event`: one event folder -> its analysed Event (convert, model, facts);
- `render_event_files`: one Event -> its own files (page, facts.json, feed, archived copies);
- `render_archive_files`: the Archive -> the archive-wide files (index, 404, site feeds, sitemap, static).

An event's files are made from its own folder and the site-wide inputs only, never from another
event; the archive-wide files are made from every event's headline (`archive_of`: the events without
their sources' text). `dependencies` records, for every output path, the inputs it was made from.

`build` runs the units with the build cache (cache.py): the content is scanned without being read,
each event's key (the digest of its files and of the site-wide inputs) is compared with the one its
files in the output were made from, and only the events whose key changed are loaded and rendered,
in worker processes when there are many. The archive-wide files are re-rendered when any event
changed, from the cached headlines of the others. Only files whose bytes changed are written, and
the new site is swapped in at once (write.py); nothing is written when a problem is found.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import jinja2

from . import cache as build_cache
from .config import SiteConfig, load_config
from .convert import convert_files
from .discover import read_listing, scan
from .events import Converter, build_event
from .facts import analyse_event
from .facts.aliases import load_aliases
from .feeds import render_event_feed, render_site_feeds
from .markdown import paragraph_of
from .model import Aliases, Archive, Article, Event, EventFolder, EventListing, SourceFile
from .problems import BuildError, Problem, processing
from .render import (
    builtin_theme,
    environment,
    render_event,
    render_facts_json,
    render_browse_pages,
    render_index,
    render_not_found,
    render_search_page,
    render_source,
    static_files,
)
from .search import SEARCH_BUNDLE, index_site
from .sitemap import render_sitemap
from .write import Manifest, SiteWriter, UnsafePath, WriteState, spare_folder


ARCHIVE_UNIT = ""  # the unit of the archive-wide files; an event's unit is its slug
SEARCH_UNIT = "/search"  # the search index (never a slug: slugs have no '/')
EVENTS_PER_TASK = 4  # events a worker process takes at a time


@dataclass(frozen=True, order=True)
class Input:
    """Something outputs are made from: a file of the content folder, or a template by its theme name."""

    root: str  # "content" (path relative to the content folder) or "templates" (name in the theme)
    path: str


# Inputs every output may read: the site's settings and the house spellings the facts use.
SITE_INPUTS = frozenset({Input("content", "site.toml"), Input("content", "aliases.toml")})


class Timings:
    """Seconds spent per stage. Stages run in worker processes add up over them, so with N workers
    their sum may exceed the wall time."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add({name: time.perf_counter() - start})

    def add(self, seconds: dict[str, float]) -> None:
        for name, value in seconds.items():
            self.seconds[name] = self.seconds.get(name, 0.0) + value

    def table(self) -> str:
        rows = [f"{'stage':<10} {'seconds':>8}"]
        rows += [f"{name:<10} {value:8.3f}" for name, value in self.seconds.items()]
        return "\n".join(rows)


@dataclass(frozen=True)
class BuildResult:
    listings: tuple[EventListing, ...]
    files: tuple[str, ...]  # every output path
    written: int  # files whose bytes changed (0: the output was left as it was)
    warnings: list[Problem]
    timings: Timings

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


@dataclass(frozen=True)
class EventOutcome:
    """What a worker sends back for one event: small, the rendered files are already written."""

    slug: str
    key: bytes | None  # None when the event failed
    problems: list[Problem]
    records: Manifest  # every file of the event
    written: Manifest  # those written into the site in progress
    headline: bytes = b""  # pickled headline(event)
    seen: list[tuple[str, build_cache.StatKey, bytes]] = field(default_factory=list)  # files read, for the cache
    articles: list[tuple[bytes, bytes]] = field(default_factory=list)  # newly converted, pickled
    seconds: dict[str, float] = field(default_factory=dict)


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
) -> BuildResult:
    """Build the site from `content` into `output`; raises BuildError listing every problem.

    `jobs`: worker processes (default: one per core); `progress(done, total)` is called as events finish.
    """
    timings = Timings()
    started = time.perf_counter()
    problems: list[Problem] = []
    with timings.stage("scan"):
        try:
            config = load_config(content, base_url)
        except BuildError as exc:  # reported with the content's problems, in one run
            problems += exc.problems
            config = SiteConfig()
        listings, scan_problems = scan(content)
        aliases, alias_problems = load_aliases(content)
        problems += scan_problems + alias_problems
    if clear_cache:
        build_cache.clear(content)
    store = build_cache.BuildCache.open(build_cache.cache_folder(content)) if use_cache else None
    try:
        run = _Build(content, Path(os.path.abspath(output)), config, aliases, listings, store, timings)
        files, written, warnings = run.execute(problems, strict, jobs, progress)
    finally:
        if store is not None:
            store.close()
    return BuildResult(tuple(listings), files, written, warnings, _finish(timings, started))


def _finish(timings: Timings, started: float) -> Timings:
    timings.seconds["total"] = time.perf_counter() - started
    return timings


class _Build:
    """One build: what the cache knew, what this build changes."""

    def __init__(
        self,
        content: Path,
        output: Path,
        config: SiteConfig,
        aliases: Aliases,
        listings: list[EventListing],
        store: build_cache.BuildCache | None,
        timings: Timings,
    ):
        self.content = Path(os.path.abspath(content))
        self.output = output
        self.config = config
        self.aliases = aliases
        self.listings = listings
        self.store = store
        self.timings = timings
        self.site = b""

    def execute(
        self, problems: list[Problem], strict: bool, jobs: int | None, progress: Callable[[int, int], None] | None
    ) -> tuple[tuple[str, ...], int, list[Problem]]:
        with self.timings.stage("plan"):
            self.site = site_key(self.content, self.config)
            digests = self.store.file_digests(str(self.content)) if self.store else {}
            units: dict[str, UnitRecord] = self._stored("units") or {}
            state = WriteState(self._stored("output"), self._stored("spare"))
            if units.get(SPARE_UNIT) != UnitRecord(_folder_identity(spare_folder(self.output))):
                state = WriteState(state.output, None)  # another writer changed the spare: not as recorded
            if state.output is None or units.get(FOLDER_UNIT) != UnitRecord(_folder_identity(self.output)):
                units, state = {}, WriteState(None, state.spare)  # output not as recorded: make every unit again
            keys = {listing.slug: event_key(self.site, listing, digests, str(self.content)) for listing in self.listings}
            dirty = [
                listing
                for listing in self.listings
                if keys[listing.slug] is None or units.get(listing.slug, _NONE).key != keys[listing.slug]
            ]
            gone = set(units) - set(keys) - {ARCHIVE_UNIT, SEARCH_UNIT, FOLDER_UNIT, SPARE_UNIT}
        if not dirty and not gone and ARCHIVE_UNIT in units and SEARCH_UNIT in units:
            warnings = sorted(problems + [w for slug in keys for w in units[slug].warnings])
            _check(warnings, strict)
            return tuple(state.output or ()), 0, warnings

        writer = SiteWriter(self.output, state)
        try:
            with self.timings.stage("prepare"):
                self._save(spare=None)  # the spare is about to change: until the end, no record of it is trusted
                writer.prepare()
            return self._write(writer, state, units, keys, dirty, problems, strict, jobs, progress)
        except (OSError, UnsafePath) as exc:
            raise BuildError([Problem(str(self.output), None, f"cannot write the site: {exc}")]) from exc
        finally:
            writer.finish()

    def _write(
        self,
        writer: SiteWriter,
        state: WriteState,
        units: dict[str, UnitRecord],
        keys: dict[str, bytes | None],
        dirty: list[EventListing],
        problems: list[Problem],
        strict: bool,
        jobs: int | None,
        progress: Callable[[int, int], None] | None,
    ) -> tuple[tuple[str, ...], int, list[Problem]]:
        outcomes = self._load_and_render(writer, dirty, jobs, progress)
        old = state.output or {}
        new_units: dict[str, UnitRecord] = {}
        produced: Manifest = {}
        for outcome in outcomes:
            problems += outcome.problems
            writer.note_written(outcome.written)
            keys[outcome.slug] = outcome.key
            if outcome.key is not None:
                new_units[outcome.slug] = UnitRecord(outcome.key, tuple(outcome.problems))
                produced.update(outcome.records)
        clean = set(keys) - {outcome.slug for outcome in outcomes}
        for slug in clean:
            new_units[slug] = units[slug]
            problems += units[slug].warnings
        for path, record in old.items():
            if _unit_of(path) in clean:
                produced[path] = record
        with self.timings.stage("cache"):
            self._remember(outcomes)
        try:
            if any(p.severity == "error" or strict for p in problems):
                raise BuildError(problems)
            return self._finish(writer, state, units, new_units, keys, outcomes, produced, problems, jobs)
        except BuildError:
            self._save(spare=writer.state().spare)  # what the spare holds now: the next build starts from it
            raise

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
    ) -> tuple[tuple[str, ...], int, list[Problem]]:
        """The archive-wide files, the search index, the swap."""
        old = state.output or {}
        archive_key = build_cache.digest(self.site, *(f"{slug}={keys[slug].hex()}" for slug in sorted(keys)))  # type: ignore[union-attr]
        if units.get(ARCHIVE_UNIT, _NONE).key == archive_key:
            new_units[ARCHIVE_UNIT] = units[ARCHIVE_UNIT]
            produced.update((path, record) for path, record in old.items() if _unit_of(path) == ARCHIVE_UNIT)
        else:
            with self.timings.stage("archive"):
                headlines = {o.slug: o.headline for o in outcomes}
                produced.update(self._render_archive(writer, headlines, keys, jobs))
            new_units[ARCHIVE_UNIT] = UnitRecord(archive_key)

        search_key = build_cache.digest(*(f"{p}={r[0].hex()}" for p, r in sorted(produced.items()) if p.endswith(".html")))
        search = units.get(SEARCH_UNIT, _NONE).key != search_key
        if not search:
            new_units[SEARCH_UNIT] = units[SEARCH_UNIT]
            produced.update((path, record) for path, record in old.items() if _unit_of(path) == SEARCH_UNIT)
        with self.timings.stage("complete"):
            writer.complete(produced)
        if search:
            with self.timings.stage("search"):
                index_site(writer.site_in_progress)
                produced.update(writer.adopt(produced, SEARCH_BUNDLE))
            new_units[SEARCH_UNIT] = UnitRecord(search_key)

        written = sum(1 for path, record in produced.items() if old.get(path) != record) + len(set(old) - set(produced))
        with self.timings.stage("swap"):
            if writer.changes(produced):
                self._save(output=None)  # until the swap is recorded, what the output holds is not known
                new_state = writer.swap(produced)
            else:
                new_state = writer.state()
                new_state = WriteState(produced, new_state.spare)
        new_units[FOLDER_UNIT] = UnitRecord(_folder_identity(self.output))
        new_units[SPARE_UNIT] = UnitRecord(_folder_identity(spare_folder(self.output)))
        with self.timings.stage("cache"):
            self._save(units=new_units, output=new_state.output, spare=new_state.spare)
        return tuple(produced), written, sorted(problems)

    # -- events ------------------------------------------------------------------------------------

    def _load_and_render(
        self, writer: SiteWriter, dirty: list[EventListing], jobs: int | None, progress: Callable[[int, int], None] | None
    ) -> list[EventOutcome]:
        global _worker
        jobs = jobs or os.cpu_count() or 1
        _worker = _WorkerContext(
            self.content, self.config, self.aliases, self.site, writer, self.store.path if self.store else None
        )
        outcomes: list[EventOutcome] = []
        tasks = [dirty[i : i + EVENTS_PER_TASK] for i in range(0, len(dirty), EVENTS_PER_TASK)]
        with self.timings.stage("events"):
            if jobs == 1 or len(tasks) < 2 * jobs:
                for task in tasks:
                    outcomes += _load_and_render_events(task)
                    _report(progress, len(outcomes), len(dirty))
            else:
                if self.store is not None:
                    self.store.close()  # a forked process must not inherit an open database connection
                try:
                    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
                        for future in as_completed([pool.submit(_load_and_render_events, task) for task in tasks]):
                            outcomes += future.result()
                            _report(progress, len(outcomes), len(dirty))
                finally:
                    if self.store is not None:
                        self.store.reopen()
        _worker = None
        for outcome in outcomes:
            self.timings.add(outcome.seconds)
        return outcomes

    def _render_archive(
        self, writer: SiteWriter, fresh: dict[str, bytes], keys: dict[str, bytes | None], jobs: int | None
    ) -> Manifest:
        wanted = {slug: key for slug, key in keys.items() if slug not in fresh and key is not None}
        stored = self.store.get_many("events", wanted.values()) if self.store else {}
        missing = [listing for listing in self.listings if listing.slug in wanted and wanted[listing.slug] not in stored]
        if missing:  # headlines gone from the cache: load those events again (their files are unchanged)
            fresh = {**fresh, **{o.slug: o.headline for o in self._load_and_render(writer, missing, jobs, None)}}
        events = [pickle.loads(blob) for blob in fresh.values()]
        events += [stored[key] for slug, key in wanted.items() if slug not in fresh]
        archive = archive_of(self.config, events)
        records: Manifest = {}
        for path, data in render_archive_files(archive, environment(user_templates(self.content))).items():
            records[path], changed = writer.put(path, data)
            if changed:
                writer.note_written({path: records[path]})
        return records

    # -- cache -------------------------------------------------------------------------------------

    def _stored(self, part: str):
        return self.store.output_part(str(self.output), part) if self.store else None

    def _save(self, **parts) -> None:
        if self.store is not None:
            with self.store.transaction():
                self.store.put_output_parts(str(self.output), **parts)

    def _remember(self, outcomes: list[EventOutcome]) -> None:
        if self.store is None:
            return
        with self.store.transaction():
            for outcome in outcomes:
                self.store.remember_files(outcome.seen)
                self.store.put_many("articles", outcome.articles)
                if outcome.key is not None:
                    self.store.put_many("events", [(outcome.key, outcome.headline)])


_NONE = UnitRecord(b"")
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


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _check(problems: list[Problem], strict: bool) -> None:
    errors = [p for p in problems if p.severity == "error" or strict]
    if errors:
        raise BuildError(errors)


def _unit_of(path: str) -> str:
    """The unit an output path belongs to: an event's slug, the search index, or the archive-wide files."""
    parts = path.split("/", 2)
    if parts[0] == "events" and len(parts) > 2:
        return parts[1]
    return SEARCH_UNIT if parts[0] == SEARCH_BUNDLE else ARCHIVE_UNIT


# -- keys ------------------------------------------------------------------------------------------


def site_key(content: Path, config: SiteConfig) -> bytes:
    """The digest of everything every page may depend on besides its event's folder: the code, the
    settings, the house spellings, the templates, and the fallback time (SOURCE_DATE_EPOCH)."""
    parts: list[bytes | str] = [build_cache.code_version(), repr(config), os.environ.get("SOURCE_DATE_EPOCH", "")]
    aliases = content / "aliases.toml"
    parts.append(aliases.read_bytes() if aliases.is_file() else b"")
    for folder in (user_templates(content), builtin_theme()):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    parts += [str(path.relative_to(folder)), path.read_bytes()]
            parts.append("|")
    return build_cache.digest(*parts)


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


# -- worker processes ------------------------------------------------------------------------------


@dataclass
class _WorkerContext:
    """What every worker needs, set in the build process before the workers are forked from it."""

    content: Path
    config: SiteConfig
    aliases: Aliases
    site: bytes
    writer: SiteWriter
    cache_path: Path | None
    env: object = None
    reader: build_cache.BuildCache | None = None
    pid: int = 0


_worker: _WorkerContext | None = None


def _load_and_render_events(listings: Sequence[EventListing]) -> list[EventOutcome]:
    context = _worker
    assert context is not None
    if context.pid != os.getpid():  # first task in this process: its own template environment and cache reader
        context.env = environment(user_templates(context.content))
        context.reader = build_cache.BuildCache.open(context.cache_path.parent, readonly=True) if context.cache_path else None
        context.pid = os.getpid()
    return [_load_and_render_event(context, listing) for listing in listings]


def _load_and_render_event(context: _WorkerContext, listing: EventListing) -> EventOutcome:
    timings = Timings()
    with timings.stage("read"):
        folder, problems = read_listing(context.content, listing)
    if any(p.severity == "error" for p in problems):
        return EventOutcome(listing.slug, None, problems, {}, {}, seconds=timings.seconds)
    converter = _CachedConvert(context.reader, timings)
    try:
        event, event_problems = load_event(folder, context.aliases, converter, timings)
    except BuildError as exc:  # a bug met on the way, named by the folder
        event, event_problems = None, exc.problems
    problems += event_problems
    seen = [(f"{context.content}/{listed.path}", (listed.size, listed.mtime_ns, listed.inode), _content_digest(file.data))
            for listed, file in _pairs(listing, folder)]
    if event is None or any(p.severity == "error" for p in problems):
        return EventOutcome(listing.slug, None, problems, {}, {}, seen=seen, articles=converter.new, seconds=timings.seconds)
    with timings.stage("render"):
        try:
            files = render_event_files(Archive(context.config), event, context.env)
        except BuildError as exc:
            return EventOutcome(listing.slug, None, problems + exc.problems, {}, {}, seen=seen, articles=converter.new,
                                seconds=timings.seconds)
    records: Manifest = {}
    written: Manifest = {}
    with timings.stage("write"):
        for path, data in files.items():
            records[path], changed = context.writer.put(path, data)
            if changed:
                written[path] = records[path]
    key = _key_of_folder(context.site, listing, folder)
    headline_blob = pickle.dumps(headline(event), protocol=pickle.HIGHEST_PROTOCOL)
    return EventOutcome(listing.slug, key, problems, records, written, headline_blob, seen, converter.new, timings.seconds)


def _pairs(listing: EventListing, folder: EventFolder):
    read = {file.path: file for file in (*folder.sources, folder.event_md, folder.metadata) if file is not None}
    return [(listed, read[listed.path]) for listed in listing.files if listed.path in read]


class _CachedConvert:
    """convert_files through the build cache. The cleaner converts an event's files together (a line
    several of them carry is furniture), so the key is every source file of the event, by path and
    bytes, with the code version: an event converted before is taken from the cache as it was."""

    def __init__(self, reader: build_cache.BuildCache | None, timings: Timings):
        self.reader = reader
        self.timings = timings
        self.new: list[tuple[bytes, bytes]] = []

    def __call__(self, files: Sequence[SourceFile]) -> tuple[list[Article | None], list[Problem]]:
    
        parts: list[bytes | str] = [build_cache.code_version()]
        for file in files:
            parts += [file.path, file.data]
        key = build_cache.digest(*parts)
        found = self.reader.get("articles", key) if self.reader is not None else None
        if found is None:
            with self.timings.stage("convert"):
                found = convert_files(files)
            self.new.append((key, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)))
        return found  # type: ignore[return-value]


# -- the units -------------------------------------------------------------------------------------


def load_event(
    folder: EventFolder,
    aliases: Aliases = Aliases(),
    convert: Converter | None = None,
    timings: Timings | None = None,
) -> tuple[Event | None, list[Problem]]:
    """One event folder -> its Event with converted sources and merged facts (None if it has no source).

    `aliases` are the site's house spellings (content/aliases.toml, read once by `build`); `convert`:
    the event's files -> Articles (convert_files, or the build cache's stand-in). A bug met on the
    way raises BuildError naming the folder (a source's own problems name the source).
    """
    timings = timings or Timings()
    with processing(folder.path):
        converting = timings.seconds.get("convert", 0.0)
        start = time.perf_counter()
        event, problems = build_event(folder, convert or convert_files)
        timings.add({"model": time.perf_counter() - start - (timings.seconds.get("convert", 0.0) - converting)})
        if event is None:
            return None, problems
        with timings.stage("facts"):
            return cite_paragraphs(analyse_event(event, aliases)), problems


def cite_paragraphs(event: Event) -> Event:
    """Each citation with the paragraph of its source that holds the quote: pages and feeds link to
    it (#p3) without needing the source's text, so the archive-wide files need only headlines."""
    bodies = {source.id: source.article.body for source in event.sources}
    facts = tuple(
        replace(fact, citations=tuple(
            replace(citation, paragraph=paragraph_of(bodies[citation.source], citation.quote))
            for citation in fact.citations
        ))
        for fact in event.facts
    )
    return replace(event, facts=facts)


def headline(event: Event) -> Event:
    """What the archive-wide files may show of an event: all of it but its sources' text."""
    sources = tuple(
        replace(source, article=replace(source.article, body="", removed=()))
        if source.article.body or source.article.removed
        else source
        for source in event.sources
    )
    return replace(event, sources=sources)


def archive_of(config: SiteConfig, events: Iterable[Event]) -> Archive:
    """The archive as the archive-wide files see it: every event's headline, newest first."""
    return Archive(config=config, events=tuple(sorted((headline(e) for e in events), key=_newest_first)))


def render_event_files(archive: Archive, event: Event, env: jinja2.Environment) -> dict[str, bytes]:
    """Everything under `events/<slug>/`; reads the archive's config only, never other events."""
    with processing(event.folder, expected=(jinja2.TemplateError,)):  # a template's error names the template
        files = render_event(archive, event, env)
        files.update(render_facts_json(event))
        files.update(render_event_feed(archive, event))
    for source in event.sources:
        with processing(source.file, expected=(jinja2.TemplateError,)):
            files.update(render_source(archive, event, source, env))
    return files


def render_archive_files(archive: Archive, env: jinja2.Environment) -> dict[str, bytes]:
    """The files made from every event: the index pages, the browse pages (outlets, tags, people, places), search,
    404, the site feeds, the sitemap and robots.txt, and the theme's static files."""
    files = render_index(archive, env)
    files.update(render_browse_pages(archive, env))
    files.update(render_search_page(archive, env))
    files.update(render_not_found(archive, env))
    files.update(render_site_feeds(archive))
    files.update(render_sitemap(archive))
    files.update(static_files(env))
    return files


def dependencies(
    listings: Iterable[EventListing], files: Iterable[str], templates: Iterable[str]
) -> dict[str, frozenset[Input]]:
    """Output path -> inputs. An event's files depend on its folder, the archive-wide files on every folder;
    every HTML page on every template (they share base.html), a static file on itself. A file added to
    `events/<slug>/` is an input of that event's files."""
    event_inputs = {listing.slug: frozenset(Input("content", f.path) for f in listing.files) for listing in listings}
    everything = frozenset().union(*event_inputs.values())
    pages = frozenset(Input("templates", name) for name in templates if not name.startswith("static/"))
    result: dict[str, frozenset[Input]] = {}
    for path in files:
        if path.startswith("static/"):
            result[path] = frozenset({Input("templates", path)})
            continue
        unit = _unit_of(path)
        own = event_inputs[unit] if unit in event_inputs else everything
        result[path] = own | SITE_INPUTS | (pages if path.endswith(".html") else frozenset())
    return result


def user_templates(content: Path) -> Path:
    """A site's own templates live beside its content folder, as in Hugo's layouts/."""
    return content.resolve().parent / "templates"


def _newest_first(event: Event) -> tuple:
    # Events with a date come first, newest first; then undated ones by slug.
    return (event.date is None, _negated(event.date or ""), event.slug)


def _negated(date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-")) if date else ()
