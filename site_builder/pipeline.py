"""The build's units, each re-runnable on its own (the live preview re-runs only what changed):

- `load_event`: one event folder -> its analysed Event (convert, model, facts);
- `render_event_files`: one Event -> its own files (page, facts.json, feed, archived copies);
- `render_archive_files`: the Archive -> the archive-wide files (index, 404, site feeds, sitemap);
- `render_static_files`: the theme's static files (made from the theme alone, never from an event).

An event's files are made from its own folder and the site-wide inputs only, never from another
event; the archive-wide files are made from every event's headline (`archive_of`: the events without
their sources' text; citations carry the paragraph they link to). `dependencies` records, for every
output path, the inputs it was made from. `build` (rebuild.py) runs the units that a change touches,
with the build cache and worker processes, then writes and searches.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace

import jinja2

from .config import SiteConfig
from .convert import convert_files
from .events import Converter, build_event
from .facts import analyse_event
from .feeds import Item, Unchanged, render_event_feed, render_site_feeds
from .headlines import LazyEvent
from .markdown import paragraph_of
from .model import Aliases, Archive, Event, EventFolder, EventListing, Fact, StageCache
from .problems import BuildError, Problem, processing
from .rebuild import BuildResult, Timings, build, unit_of
from .render import (
    ArchivePage,
    archive_pages,
    render_event,
    render_facts_json,
    render_source,
    static_files,
    template_problem,
)
from .sitemap import render_sitemap
from .theme import is_static

__all__ = [  # build (with BuildResult and Timings) lives in rebuild.py and is this module's public entry
    "BuildResult", "Input", "SITE_INPUTS", "Timings", "archive_of", "build", "cite_paragraphs", "dependencies",
    "headline", "load_event", "render_archive_files", "render_event_files", "render_static_files",
]


@dataclass(frozen=True, order=True)
class Input:
    """Something outputs are made from: a file of the content folder, or a template by its theme name."""

    root: str  # "content" (path relative to the content folder) or "templates" (name in the theme)
    path: str


# Inputs every output may read: the site's settings and the house spellings the facts use.
SITE_INPUTS = frozenset({Input("content", "site.toml"), Input("content", "aliases.toml")})

def load_event(
    folder: EventFolder,
    aliases: Aliases = Aliases(),
    convert: Converter | None = None,
    timings: Timings | None = None,
    cache: StageCache | None = None,
) -> tuple[Event | None, list[Problem]]:
    """One event folder -> its Event with converted sources and merged facts (None if it has no source).

    `aliases` are the site's house spellings (content/aliases.toml, read once by `build`); `convert`:
    the event's files -> Articles (convert_files, or the build cache's stand-in); `cache`: where the
    facts stage keeps what the sources say (analyse_event). A bug met on the way raises BuildError
    naming the folder (a source's own problems name the source).
    """
    timings = timings or Timings()
    with processing(folder.path):
        with timings.stage("model"):  # the conversion inside it is timed as its own stage
            event, problems = build_event(folder, convert or convert_files)
        if event is None:
            return None, problems
        with timings.stage("facts"):
            analysed, fact_problems = analyse_event(event, aliases, cache)
            return cite_paragraphs(analysed), problems + fact_problems


def cite_paragraphs(event: Event) -> Event:
    """Each citation with the paragraph of its source that holds the quote: pages and feeds link to
    it (#p3) without needing the source's text, so the archive-wide files need only headlines."""
    bodies = {source.id: source.article.body for source in event.sources}

    def cited(facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
        return tuple(
            replace(fact, citations=tuple(
                replace(citation, paragraph=paragraph_of(bodies[citation.source], citation.quote))
                for citation in fact.citations
            ))
            for fact in facts
        )

    return replace(event, facts=cited(event.facts), more_facts=cited(event.more_facts))


def headline(event: Event) -> Event:
    """What the archive-wide files may show of an event: all of it but its sources' text."""
    sources = tuple(
        replace(source, article=replace(source.article, body="", removed=()))
        if source.article.body or source.article.removed
        else source
        for source in event.sources
    )
    return replace(event, sources=sources)


def archive_of(config: SiteConfig, events: Iterable[Event | LazyEvent]) -> Archive:
    """The archive as the archive-wide files see it: every event's headline (a LazyEvent stands for its
    own), newest first."""
    headlines = (e if isinstance(e, LazyEvent) else headline(e) for e in events)
    return Archive(config=config, events=tuple(sorted(headlines, key=_newest_first)))  # type: ignore[arg-type]


def render_event_files(archive: Archive, event: Event, env: jinja2.Environment) -> dict[str, bytes]:
    """Everything under `events/<slug>/`; reads the archive's config only, never other events."""
    with _templates_named(env):
        with processing(event.folder, expected=(jinja2.TemplateError,)):
            files = render_event(archive, event, env)
            files.update(render_facts_json(event))
            files.update(render_event_feed(archive, event))
        for source in event.sources:
            with processing(source.file, expected=(jinja2.TemplateError,)):
                files.update(render_source(archive, event, source, env))
    return files


def render_archive_files(
    archive: Archive,
    env: jinja2.Environment,
    feed_entries: Mapping[str, Item] | None = None,
    unchanged: Unchanged | None = None,
    render_page: Callable[[ArchivePage], bytes | None] | None = None,
) -> Iterator[tuple[str, bytes]]:
    """The files made from every event, as (path, bytes), to be written as they come: the index pages, the
    browse pages (outlets, tags, people, places), search, 404, the site feeds, the sitemap and robots.txt.
    `feed_entries`: the events' site feed entries made when they were
    loaded (`feeds.event_entry`), by slug; `unchanged`: see `render_site_feeds` (the feed documents
    it names are left out); `render_page`: renders a page, or returns None to leave it out (the build
    renders only the pages whose inputs changed)."""
    for page in archive_pages(archive, env):
        data = render_page(page) if render_page is not None else render_archive_page(page, env)
        if data is not None:
            yield page.path, data
    yield from render_site_feeds(archive, feed_entries, unchanged)
    yield from render_sitemap(archive).items()


def render_static_files(env: jinja2.Environment) -> dict[str, bytes]:
    """The theme's static files (`static/`): a stylesheet edit redoes these alone."""
    return static_files(env)


def render_archive_page(page: ArchivePage, env: jinja2.Environment) -> bytes:
    with _templates_named(env):
        return page.render()


@contextmanager
def _templates_named(env: jinja2.Environment) -> Iterator[None]:
    """A template's error is the template's problem (its file and line), not the page's that used it."""
    try:
        yield
    except jinja2.TemplateError as exc:
        raise BuildError([template_problem(exc, env)]) from None


def dependencies(
    listings: Iterable[EventListing], files: Iterable[str], templates: Iterable[str]
) -> dict[str, frozenset[Input]]:
    """Output path -> inputs. An event's files depend on its folder, the archive-wide files on every folder;
    every HTML page on every template (they share base.html), a static file on itself. A file added to
    `events/<slug>/` is an input of that event's files."""
    event_inputs = {listing.slug: frozenset(Input("content", f.path) for f in listing.files) for listing in listings}
    everything = frozenset().union(*event_inputs.values())
    pages = frozenset(Input("templates", name) for name in templates if not is_static(name))
    result: dict[str, frozenset[Input]] = {}
    for path in files:
        if is_static(path):
            result[path] = frozenset({Input("templates", path)})
            continue
        unit = unit_of(path)
        own = event_inputs[unit] if unit in event_inputs else everything
        result[path] = own | SITE_INPUTS | (pages if path.endswith(".html") else frozenset())
    return result


def _newest_first(event: Event) -> tuple:
    # Events with a date come first, newest first; then undated ones by slug.
    return (event.date is None, _negated(event.date or ""), event.slug)


def _negated(date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-")) if date else ()
