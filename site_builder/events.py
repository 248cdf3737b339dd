"""Model stage: EventFolders -> Events with their converted Sources (facts come next)."""
from __future__ import annotations

import re
import tomllib
from pathlib import PurePosixPath

from .config import toml_line
from .convert import ConvertError, article_from_meta, convert_files, with_metadata
from .convert import frontmatter
from .convert.dates import normalise_published
from .convert.encoding import DecodeError, decode
from .model import Event, EventFolder, EventMeta, Source
from .markdown import rejected_links
from .problems import Problem
from .slugs import slugify
from .urls import checked_url, rejection

_EVENT_KEYS = {"title", "date", "place", "summary", "tags", "id", "updated"}
_PINNED_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]*")


def build_events(folders: list[EventFolder]) -> tuple[list[Event], list[Problem]]:
    events: list[Event] = []
    problems: list[Problem] = []
    for folder in folders:
        event, event_problems = build_event(folder)
        problems.extend(event_problems)
        if event is not None:
            events.append(event)
    return events, problems


def build_event(folder: EventFolder) -> tuple[Event | None, list[Problem]]:
    problems: list[Problem] = []
    meta = _event_meta(folder, problems)
    supplied = _source_metadata(folder, problems)
    articles, convert_problems = convert_files(folder.sources)
    problems.extend(convert_problems)
    sources: list[Source] = []
    by_slug: dict[str, str] = {}
    derived_id = None
    for file, article in zip(folder.sources, articles):
        if article is None:
            continue
        derived_id = derived_id or file.digest[:16]
        name = PurePosixPath(file.path).name
        if name in supplied:
            article = with_metadata(article, supplied.pop(name))
        slug = slugify(PurePosixPath(file.path).stem) or "source"
        if slug in by_slug:
            problems.append(Problem(file.path, None, f"same output path as {by_slug[slug]} (sources/{slug}/)"))
            continue
        by_slug[slug] = file.path
        sources.append(Source(f"s{len(sources) + 1}", file.path, folder.slug, slug, article))
    for name in sorted(supplied):
        problems.append(Problem(f"{folder.path}/sources.toml", None, f"[{name}] names no source file", "warning"))
    if not sources:
        return None, problems
    title = meta.title or _derived_title(sources)
    event_id = meta.id or derived_id
    return Event(folder.slug, meta, tuple(sources), title=title, date=meta.date, id=event_id, place=meta.place), problems


def _derived_title(sources: list[Source]) -> str:
    """The title of the first report, the one readers saw first; the source order breaks ties."""
    dated = sorted(sources, key=lambda s: (s.article.published is None, s.article.published or "", s.id))
    for source in dated:
        if source.article.title:
            return source.article.title
    return "Untitled event"


def _event_meta(folder: EventFolder, problems: list[Problem]) -> EventMeta:
    file = folder.event_md
    if file is None:
        return EventMeta()
    try:
        meta, body, body_line = frontmatter.split(decode(file.data))
    except DecodeError as exc:
        problems.append(Problem(file.path, exc.line, str(exc)))
        return EventMeta(file=file.path)
    except frontmatter.FrontMatterError as exc:
        problems.append(Problem(file.path, exc.line, str(exc)))
        return EventMeta(file=file.path)
    for line, url in rejected_links(body):
        problems.append(Problem(file.path, body_line + line - 1, rejection(url), "warning"))
    for key in sorted(set(meta) - _EVENT_KEYS, key=str):
        problems.append(Problem(file.path, None, f"unknown front matter key '{key}'", "warning"))
    date = meta.get("date")
    if date is not None:
        date = normalise_published(date)
        if date is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            problems.append(Problem(file.path, None, f"'date' must be YYYY-MM-DD, not {meta.get('date')!r}"))
            date = None
    updated = meta.get("updated")
    if updated is not None:
        updated = normalise_published(updated)
        if updated is None:
            problems.append(Problem(file.path, None, f"'updated' must be an ISO 8601 date or time, not {meta.get('updated')!r}"))
    pinned = _text(meta.get("id"))
    if pinned is not None and not _PINNED_ID.fullmatch(pinned):
        problems.append(Problem(file.path, None, f"'id' may hold only letters, digits and '-._~', not {pinned!r}"))
        pinned = None
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    return EventMeta(
        title=_text(meta.get("title")),
        date=date,
        place=_text(meta.get("place")),
        summary=_text(meta.get("summary")),
        tags=tuple(str(tag).strip() for tag in tags if str(tag).strip()),
        id=pinned,
        updated=updated,
        text=body,
        file=file.path,
    )


def _source_metadata(folder: EventFolder, problems: list[Problem]) -> dict[str, dict]:
    """`sources.toml`: one table per source file name, with front matter keys (url, outlet, published ...)."""
    file = folder.metadata
    if file is None:
        return {}
    try:
        tables = tomllib.loads(decode(file.data))
    except DecodeError as exc:
        problems.append(Problem(file.path, exc.line, str(exc)))
        return {}
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(file.path, toml_line(exc), f"invalid TOML: {exc}"))
        return {}
    supplied = {}
    for name, table in tables.items():
        if not isinstance(table, dict):
            problems.append(Problem(file.path, None, f"'{name}' must be a table: [\"{name}\"]"))
            continue
        try:
            article_from_meta(table, "")
        except ConvertError as exc:
            problems.append(Problem(file.path, None, f"[{name}]: {exc}"))
            continue
        if "url" in table and checked_url(table["url"]) is None:
            problems.append(Problem(file.path, None, f"[{name}]: {rejection(table['url'])}", "warning"))
            table = {key: value for key, value in table.items() if key != "url"}
        supplied[name] = table
    return supplied


def _text(value: object) -> str | None:
    return None if value is None else str(value).strip() or None
