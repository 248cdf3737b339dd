"""The build: discover -> convert -> model -> facts -> render -> feeds/sitemap -> write.

Everything is loaded and rendered in memory before anything is written.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import load_config
from .discover import discover
from .events import build_events
from .facts import analyse_event
from .feeds import render_feeds
from .model import Archive, Event
from .problems import BuildError, Problem
from .render import environment, render_site
from .sitemap import render_sitemap
from .write import write_site


@dataclass(frozen=True)
class BuildResult:
    archive: Archive
    files: dict[str, bytes]
    warnings: list[Problem]


def load_archive(content: Path, base_url: str | None = None, strict: bool = False) -> tuple[Archive, list[Problem]]:
    """Read and analyse the whole content folder; raises BuildError listing every problem."""
    config = load_config(content, base_url)
    folders, problems = discover(content)
    events, event_problems = build_events(folders)
    problems += event_problems
    errors = [p for p in problems if p.severity == "error" or strict]
    if errors:
        raise BuildError(errors)
    analysed = [analyse_event(event) for event in events]
    archive = Archive(config=config, events=tuple(sorted(analysed, key=_newest_first)))
    return archive, problems


def render_archive(archive: Archive, templates: Path | None) -> dict[str, bytes]:
    files = render_site(archive, environment(templates))
    files.update(render_feeds(archive))
    files.update(render_sitemap(archive))
    return files


def build(content: Path, output: Path, base_url: str | None = None, strict: bool = False) -> BuildResult:
    archive, warnings = load_archive(content, base_url, strict)
    files = render_archive(archive, user_templates(content))
    write_site(output, files)
    return BuildResult(archive, files, warnings)


def user_templates(content: Path) -> Path:
    """A site's own templates live beside its content folder, as in Hugo's layouts/."""
    return content.resolve().parent / "templates"


def _newest_first(event: Event) -> tuple:
    # Events with a date come first, newest first; then undated ones by slug.
    return (event.date is None, _negated(event.date or ""), event.slug)


def _negated(date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-")) if date else ()
