"""The build: discover -> convert -> model -> facts -> render -> feeds/sitemap -> write -> search.

It is made of units that can be re-run on their own (the live preview re-runs only what changed):

- `load_event`: one event folder -> its analysed Event (convert, model, facts);
- `render_event_files`: one Event -> its own files (page, facts.json, feed, archived copies);
- `render_archive_files`: the Archive -> the archive-wide files (index, 404, site feeds, sitemap, static).

An event's files are made from its own folder and the site-wide inputs only, never from another
event; the archive-wide files are made from every event. `dependencies` records, for every output
path, the inputs it was made from, so a partial rebuild can redo exactly what a full one would change.
Nothing is written before everything is rendered: bad input costs nothing of the previous site.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .config import SiteConfig, load_config
from .discover import discover
from .events import build_event
from .facts import analyse_event
from .facts.aliases import load_aliases
from .feeds import render_event_feed, render_site_feeds
from .model import Aliases, Archive, Event, EventFolder
from .problems import BuildError, Problem, processing
from .render import (
    environment,
    render_event,
    render_facts_json,
    render_index,
    render_not_found,
    render_source,
    static_files,
)
from .search import index_site
from .sitemap import render_sitemap
from .write import UnsafePath, write_site


@dataclass(frozen=True, order=True)
class Input:
    """Something outputs are made from: a file of the content folder, or a template by its theme name."""

    root: str  # "content" (path relative to the content folder) or "templates" (name in the theme)
    path: str


# Inputs every output may read: the site's settings and the house spellings the facts use.
SITE_INPUTS = frozenset({Input("content", "site.toml"), Input("content", "aliases.toml")})


@dataclass(frozen=True)
class BuildResult:
    archive: Archive
    files: dict[str, bytes]
    dependencies: dict[str, frozenset[Input]]  # output path -> the inputs it was made from
    warnings: list[Problem]


def build(content: Path, output: Path, base_url: str | None = None, strict: bool = False) -> BuildResult:
    """Build the whole site from `content` into `output`; raises BuildError listing every problem."""
    problems: list[Problem] = []
    try:
        config = load_config(content, base_url)
    except BuildError as exc:  # reported with the content's problems, in one run
        problems += exc.problems
        config = SiteConfig()
    folders, discover_problems = discover(content)
    problems += discover_problems
    aliases, alias_problems = load_aliases(content)
    problems += alias_problems
    events = []
    for folder in folders:
        try:
            event, event_problems = load_event(folder, aliases)
        except BuildError as exc:
            problems += exc.problems
            continue
        problems += event_problems
        if event is not None:
            events.append(event)
    check(problems, strict)
    archive = archive_of(config, events)
    env = environment(user_templates(content))
    files = render_archive_files(archive, env)
    for event in archive.events:
        files.update(render_event_files(archive, event, env))
    try:
        write_site(output, files, before_swap=index_site)  # the search index is built from the staged pages
    except (OSError, UnsafePath) as exc:
        raise BuildError([Problem(str(output), None, f"cannot write the site: {exc}")]) from exc
    return BuildResult(archive, files, dependencies(archive, folders, files, env), problems)


def load_event(folder: EventFolder, aliases: Aliases = Aliases()) -> tuple[Event | None, list[Problem]]:
    """One event folder -> its Event with converted sources and merged facts (None if it has no source).

    `aliases` are the site's house spellings (content/aliases.toml, read once by `build`).
    A bug met on the way raises BuildError naming the folder (a source's own problems name the source).
    """
    with processing(folder.path):
        event, problems = build_event(folder)
        return (analyse_event(event, aliases) if event is not None else None), problems


def check(problems: list[Problem], strict: bool) -> None:
    """Raise BuildError with every problem found so far, warnings too, if one is an error (or, when strict, any)."""
    if any(p.severity == "error" or strict for p in problems):
        raise BuildError(problems)


def archive_of(config: SiteConfig, events: Iterable[Event]) -> Archive:
    return Archive(config=config, events=tuple(sorted(events, key=_newest_first)))


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
    """The files made from every event: index, 404, the site feeds, the sitemap, and the theme's static files."""
    files = render_index(archive, env)
    files.update(render_not_found(archive, env))
    files.update(render_site_feeds(archive))
    files.update(render_sitemap(archive))
    files.update(static_files(env))
    return files


def dependencies(
    archive: Archive, folders: Iterable[EventFolder], files: Iterable[str], env: jinja2.Environment
) -> dict[str, frozenset[Input]]:
    """Output path -> inputs. An event's files depend on its folder, the archive-wide files on every folder;
    every HTML page on every template (they share base.html), a static file on itself."""
    event_inputs = {folder.slug: folder_inputs(folder) for folder in folders}
    everything = frozenset().union(*event_inputs.values())
    templates = frozenset(Input("templates", name) for name in env.list_templates() if not name.startswith("static/"))
    result: dict[str, frozenset[Input]] = {}
    for path in files:
        if path.startswith("static/"):
            result[path] = frozenset({Input("templates", path)})
            continue
        parts = path.split("/")
        own = event_inputs[parts[1]] if parts[0] == "events" and len(parts) > 2 else everything
        result[path] = own | SITE_INPUTS | (templates if path.endswith(".html") else frozenset())
    return result


def folder_inputs(folder: EventFolder) -> frozenset[Input]:
    """The files of an event folder that its Event is made from."""
    files = [*folder.sources, folder.event_md, folder.metadata]
    return frozenset(Input("content", file.path) for file in files if file is not None)


def user_templates(content: Path) -> Path:
    """A site's own templates live beside its content folder, as in Hugo's layouts/."""
    return content.resolve().parent / "templates"


def _newest_first(event: Event) -> tuple:
    # Events with a date come first, newest first; then undated ones by slug.
    return (event.date is None, _negated(event.date or ""), event.slug)


def _negated(date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-")) if date else ()
