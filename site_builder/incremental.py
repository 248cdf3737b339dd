"""Incremental rebuilds for `serve`: the site kept in memory, only what a change touches redone.

The model is kept between builds. A change to a file under `events/<name>/` re-reads that file only
and reloads that one event; a change to another content file (site.toml, aliases.toml) reloads the
settings and every event; the unit that renders an event's files and the unit that renders the
archive-wide files record, while they render (as Lektor does), every template they load, so a
template change re-renders only the units that used it. Whatever is re-rendered, the files are
the ones a full `pipeline.build` makes from the same content, byte for byte.

A build that finds errors renders nothing and writes nothing (what it wrote early is put back): the
last good site stays in the output folder, the units it could not redo stay due, and the next build
redoes them.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import jinja2

from .config import SiteConfig, load_config
from .discover import FolderReading, discover, read_event_folder
from .facts.aliases import load_aliases
from .model import Aliases, Event, EventFolder
from .pipeline import archive_of, load_event, render_archive_files, render_event_files
from .problems import BuildError, Problem
from .render import environment
from .theme import template_folders, user_templates
from .search import index_site
from .write import update_site, write_site

Loaded = tuple[EventFolder, "Event | None", list[Problem]]
SITE_FILE, ALIASES_FILE = "site.toml", "aliases.toml"
ARCHIVE_UNIT = ""  # the unit of the archive-wide files; an event's unit is its slug
STATIC_PREFIX = "static/"


class RecordingEnvironment(jinja2.Environment):
    """A jinja2 Environment that notes the name of every template a render loads (extends, include, import)."""

    recorded: set[str] | None = None

    def get_template(self, name, parent=None, globals=None):  # type: ignore[override]
        template = super().get_template(name, parent, globals)
        self._record(template)
        return template

    def select_template(self, names, parent=None, globals=None):  # type: ignore[override]
        template = super().select_template(names, parent, globals)
        self._record(template)
        return template

    def _record(self, template: jinja2.Template) -> None:
        if self.recorded is not None and template.name is not None:
            self.recorded.add(template.name)


@dataclass
class Unit:
    """What one render unit made last time, and the templates it loaded doing so."""

    files: dict[str, bytes]
    templates: frozenset[str]


@dataclass(frozen=True)
class Outcome:
    """The result of one build: the problems (errors mean nothing was written) and what changed in the output."""

    problems: list[Problem]
    changed: list[str] = field(default_factory=list)  # output paths written or removed (or put back, if failed)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


class IncrementalSite:
    """The content, model and rendered files of one site, updated in place as files change."""

    def __init__(self, content: Path, output: Path, base_url: str | None = None, search: bool = True):
        self.content = content
        self.output = output
        self.base_url = base_url
        self.search = search  # build the search bundle on full writes (serve remakes it after incremental ones)
        self.templates = user_templates(content)
        self.config: SiteConfig | None = None
        self.config_problems: list[Problem] = []
        self.aliases, self.alias_problems = Aliases(), []  # the house spellings, read once per change of aliases.toml
        self.readings: dict[str, FolderReading] = {}  # folder name -> what was read there
        self.discover_problems: list[Problem] = []
        self.loaded: dict[str, Loaded] = {}  # slug -> the folder and what load_event made of it
        self.units: dict[str, Unit] = {}
        self.due: set[str] = set()  # units to render at the next good build
        self.env = self._environment()
        self.written: dict[str, bytes] | None = None  # what the output folder holds, once this object wrote it

    # -- inputs ------------------------------------------------------------------------------------

    def template_roots(self) -> list[Path]:
        return template_folders(self.templates if self.templates.is_dir() else None)

    def watched_roots(self) -> list[Path]:
        """The folders whose changes matter: the content folder and the template folders."""
        return [self.content, *self.template_roots()]

    def classify(self, paths: Iterable[Path]) -> tuple[set[str], set[str]]:
        """Changed paths -> (content paths relative to the content folder, template names)."""
        content_paths: set[str] = set()
        template_names: set[str] = set()
        roots = [Path(os.path.abspath(root)) for root in self.template_roots()]
        roots.append(Path(os.path.abspath(self.templates)))
        content = Path(os.path.abspath(self.content))
        for path in paths:
            path = Path(os.path.abspath(path))
            if path.is_relative_to(content):
                content_paths.add(path.relative_to(content).as_posix())
                continue
            for root in roots:
                if path.is_relative_to(root):
                    template_names.add(path.relative_to(root).as_posix())
                    break
        return content_paths, template_names

    # -- builds ------------------------------------------------------------------------------------

    def build(self, changed: Iterable[Path] | None = None, early: Callable[[Outcome], object] | None = None) -> Outcome:
        """Bring the output up to date with the content; `changed=None` loads and renders everything.

        `early`: when events changed, their own files are written first and reported to `early`, before
        the archive-wide files (index, feeds, sitemap), which list every event and take longest. If those
        then fail, the files written early are put back as they were, and the outcome lists them.
        """
        if changed is None:
            self._load_everything()
        else:
            content_paths, template_names = self.classify(changed)
            self._load_changes(content_paths)
            if template_names:
                self._templates_changed(template_names)
        problems = self.problems()
        if any(p.severity == "error" for p in problems):
            return Outcome(problems)
        good = self.written
        try:
            if early is not None and good is not None and ARCHIVE_UNIT in self.due and len(self.due) > 1:
                self._render(events_only=True)
                early(Outcome(problems, self._write()))
            self._render()
        except BuildError as exc:
            # The archive-wide files found an error (two events with one id...): take back what was written early.
            restored = update_site(self.output, self.written, good) if good is not None and self.written is not good else []
            self.written = good
            return Outcome(problems + exc.problems, restored)
        return Outcome(problems, self._write())

    def _write(self) -> list[str]:
        """Write what differs from the output folder's files; the first time, the whole site (with its search bundle)."""
        files = self.files()
        if self.written is None:
            write_site(self.output, files, before_swap=index_site if self.search else None)
            changed = sorted(files)
        else:
            changed = update_site(self.output, self.written, files)
        self.written = files
        return changed

    def problems(self) -> list[Problem]:
        found = self.config_problems + self.alias_problems + self.discover_problems
        for _, _, event_problems in self.loaded.values():
            found += event_problems
        return sorted(found)

    def files(self) -> dict[str, bytes]:
        merged: dict[str, bytes] = {}
        for unit in self.units.values():
            merged.update(unit.files)
        return merged

    def _load_everything(self) -> None:
        self.readings, self.loaded, self.units = {}, {}, {}
        self._load_config()
        self.aliases, self.alias_problems = load_aliases(self.content)
        self._discover(set(), set())
        self.due = {ARCHIVE_UNIT, *self.loaded}

    def _load_changes(self, paths: set[str]) -> None:
        folders = {path.split("/")[1] for path in paths if path.startswith("events/")}
        if SITE_FILE in paths:
            self._load_config()
            self.due.update(self.units)  # every page shows the site's settings
        if ALIASES_FILE in paths:
            self.aliases, self.alias_problems = load_aliases(self.content)
            self.loaded = {}  # the house spellings reach the facts of every event
        if folders or ALIASES_FILE in paths:
            self._discover(folders, paths)

    def _load_config(self) -> None:
        try:
            self.config, self.config_problems = load_config(self.content, self.base_url), []
        except BuildError as exc:
            self.config_problems = exc.problems

    def _discover(self, changed_folders: set[str], changed_paths: set[str]) -> None:
        """List the event folders again; re-read only the changed files; reload only the events whose folder changed."""
        known: dict[str, FolderReading] = {}
        for name, (folder, folder_problems) in self.readings.items():
            if name not in changed_folders:
                known[name] = (folder, folder_problems)
            elif (self.content / "events" / name).is_dir():
                unchanged = {file.path: file for file in _files(folder) if file.path not in changed_paths}
                known[name] = read_event_folder(self.content, name, unchanged)
        folders, self.discover_problems = discover(self.content, known)
        by_folder: dict[str, list[Problem]] = {}
        for problem in self.discover_problems:
            by_folder.setdefault("/".join(problem.file.split("/")[:2]), []).append(problem)
        self.readings = {}
        loaded: dict[str, Loaded] = {}
        for folder in folders:
            self.readings[PurePosixPath(folder.path).name] = (folder, by_folder.get(folder.path, []))
            previous = self.loaded.get(folder.slug)
            if previous is not None and previous[0] is folder:
                loaded[folder.slug] = previous
            else:
                loaded[folder.slug] = (folder, *load_event(folder, self.aliases))
                self.due.add(folder.slug)
        self.due.update(set(self.loaded) - set(loaded))
        if self.due:
            self.due.add(ARCHIVE_UNIT)  # the index, feeds and sitemap list every event
        self.loaded = loaded

    def _templates_changed(self, names: set[str]) -> None:
        self.env = self._environment()  # a new or removed file may change which folder a name resolves to
        for key, unit in self.units.items():
            if unit.templates & names:
                self.due.add(key)
        if any(name.startswith(STATIC_PREFIX) for name in names):
            self.due.add(ARCHIVE_UNIT)

    # -- rendering ---------------------------------------------------------------------------------

    def _environment(self) -> RecordingEnvironment:
        env = environment(self.templates, kind=RecordingEnvironment)
        assert isinstance(env, RecordingEnvironment)
        return env

    def _render(self, events_only: bool = False) -> None:
        """Render the due units (or only the due events' units); each is done once it rendered."""
        assert self.config is not None
        archive = archive_of(self.config, (event for _, event, _ in self.loaded.values() if event is not None))
        events = {event.slug: event for _, event, _ in self.loaded.values() if event is not None}  # whole, not headlines
        for key in sorted(self.due):
            if key == ARCHIVE_UNIT:
                if events_only:
                    continue
                self.units[key] = self._render_unit(lambda: render_archive_files(archive, self.env))
            elif key in events:
                event = events[key]
                self.units[key] = self._render_unit(lambda: render_event_files(archive, event, self.env))
            else:
                self.units.pop(key, None)
            self.due.discard(key)

    def _render_unit(self, render) -> Unit:
        self.env.recorded = set()
        try:
            files = render()
        except jinja2.TemplateError as exc:
            raise BuildError([self._template_problem(exc)]) from None
        finally:
            recorded, self.env.recorded = self.env.recorded, None
        return Unit(files, frozenset(recorded))

    def _template_problem(self, exc: jinja2.TemplateError) -> Problem:
        """file:line of the template that failed: from a syntax error, or the template's frame in the traceback."""
        file, line = getattr(exc, "filename", None), getattr(exc, "lineno", None)
        if file is None:
            roots = tuple(str(root) for root in self.template_roots())
            traceback = exc.__traceback__
            while traceback is not None:
                frame_file = traceback.tb_frame.f_code.co_filename
                if frame_file.startswith(roots):
                    file, line = frame_file, traceback.tb_lineno
                traceback = traceback.tb_next
        if file is None:
            return Problem("templates", None, f"template error: {exc.message or exc}")
        base = self.content.resolve().parent
        shown = os.path.relpath(file, base) if Path(file).resolve().is_relative_to(base) else file
        return Problem(shown, line, exc.message or str(exc))


def _files(folder: EventFolder):
    return [*folder.sources, *(f for f in (folder.event_md, folder.metadata) if f is not None)]
