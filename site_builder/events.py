"""Model stage: EventFolders -> Events with their converted Sources (facts come next)."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from .config import toml_line
from .convert import ConvertError, article_from_meta, convert_files, with_metadata
from .convert import frontmatter
from .convert.dates import normalise_published
from .convert.encoding import DecodeError, decode
from .facts import quote_in_body
from .facts.aliases import aliases_from_mapping
from .markdown import rejected_links
from .model import FACT_KINDS, Aliases, Article, Citation, Event, EventFolder, EventMeta, Fact, Source, SourceFile
from .problems import Problem
from .slugs import slugify
from .urls import checked_url, rejection

_EVENT_KEYS = {"title", "date", "place", "summary", "tags", "id", "updated", "pin", "hide", "relabel", "spelling"}
_PINNED_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]*")


Converter = Callable[[Sequence[SourceFile]], tuple[list[Article | None], list[Problem]]]


def build_event(folder: EventFolder, convert: Converter = convert_files) -> tuple[Event | None, list[Problem]]:
    """`convert`: how the event's source files become Articles (convert_files, or the build cache's stand-in)."""
    problems: list[Problem] = []
    meta = _event_meta(folder, problems)
    supplied = _source_metadata(folder, problems)
    articles, convert_problems = convert(folder.sources)
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
    meta = _with_pinned_facts(meta, folder, sources, problems)
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
        text = decode(file.data)
        meta, body, body_line = frontmatter.split(text)
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
    hidden = _ids(meta.get("hide"), "hide", file.path, problems)
    relabelled = _relabelled(meta.get("relabel"), file.path, problems)
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
        hidden=hidden,
        relabelled=relabelled,
        id_lines=_id_lines(text, [*hidden, *(fact_id for fact_id, _ in relabelled)]),
        spelling=_spelling(meta.get("spelling"), file.path, problems),
    )


def _ids(value: object, key: str, file: str, problems: list[Problem]) -> tuple[str, ...]:
    """`hide: [fact id, ...]` (the ids are shown on the event page and in facts.json)."""
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        problems.append(Problem(file, None, f"'{key}' must be a list of fact ids"))
        return ()
    return tuple(v.strip() for v in values)


def _id_lines(text: str, fact_ids: list[str]) -> tuple[tuple[str, int], ...]:
    """Where the front matter names each fact id, so that a mistyped one can be reported at its line."""
    front = text.split("\n---", 1)[0].split("\n")
    lines = []
    for fact_id in dict.fromkeys(fact_ids):
        word = re.compile(rf"(?<![\w-]){re.escape(fact_id)}(?![\w-])")
        lines.append((fact_id, next((n for n, line in enumerate(front, start=1) if word.search(line)), 1)))
    return tuple(lines)


def _relabelled(value: object, file: str, problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    """`relabel: {fact id: the curator's label}`."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
        problems.append(Problem(file, None, "'relabel' must map fact ids to labels: relabel: {fact-id: New label}"))
        return ()
    return tuple((str(k).strip(), v.strip()) for k, v in value.items())


def _spelling(value: object, file: str, problems: list[Problem]) -> Aliases:
    """`spelling: {house spelling: [other spellings]}` for this event, on top of aliases.toml."""
    if value is None:
        return Aliases()
    if not isinstance(value, dict):
        problems.append(Problem(file, None, "'spelling' must map a house spelling to its other spellings"))
        return Aliases()
    aliases, spelling_problems = aliases_from_mapping(value, file)
    problems.extend(spelling_problems)
    return aliases


def _with_pinned_facts(meta: EventMeta, folder: EventFolder, sources: list[Source], problems: list[Problem]) -> EventMeta:
    """`pin:` facts the curator adds, each quote checked against the cleaned text of the source it names."""
    if folder.event_md is None:
        return meta
    try:
        front, _, _ = frontmatter.split(decode(folder.event_md.data))
        text = decode(folder.event_md.data)
    except (DecodeError, frontmatter.FrontMatterError):
        return meta  # already reported
    entries = front.get("pin")
    if entries is None:
        return meta
    file = folder.event_md.path
    if not isinstance(entries, list):
        problems.append(Problem(file, _line_of(text, "pin:"), "'pin' must be a list of facts"))
        return meta
    by_name = {PurePosixPath(s.file).name: s for s in sources} | {s.id: s for s in sources}
    pinned = []
    for number, entry in enumerate(entries, start=1):
        fact = _pinned_fact(entry, number, by_name, file, text, problems)
        if fact is not None:
            pinned.append(fact)
    return replace(meta, pinned=tuple(pinned))


def _pinned_fact(entry: object, number: int, sources: dict[str, Source], file: str, text: str, problems: list[Problem]) -> Fact | None:
    where = f"pinned fact {number}"
    if not isinstance(entry, dict):
        problems.append(Problem(file, _line_of(text, "pin:"), f"{where} must be a mapping (kind, label, value, citations)"))
        return None
    label, value, kind = _text(entry.get("label")), _text(entry.get("value")), _text(entry.get("kind")) or "claim"
    line = _line_of(text, str(entry.get("label") or entry.get("value") or "pin:"))
    if not label or not value:
        problems.append(Problem(file, line, f"{where} needs a label and a value"))
        return None
    if kind not in FACT_KINDS:
        problems.append(Problem(file, line, f"{where}: kind must be one of {', '.join(FACT_KINDS)}, not {kind!r}"))
        return None
    citations = entry.get("citations")
    if not isinstance(citations, list) or not citations:
        problems.append(Problem(file, line, f"{where} ('{label}') needs citations: [{{source: FILE, quote: WORDS}}]"))
        return None
    checked = []
    for citation in citations:
        if not isinstance(citation, dict) or not citation.get("source") or not citation.get("quote"):
            problems.append(Problem(file, line, f"{where} ('{label}'): each citation needs a source and a quote"))
            return None
        quote = " ".join(str(citation["quote"]).split())
        source = sources.get(str(citation["source"]).strip())
        quote_line = _line_of(text, quote[:40]) or line
        if source is None:
            problems.append(Problem(file, quote_line, f"{where} ('{label}') cites {citation['source']!r}, not a source of this event"))
            return None
        if not quote_in_body(quote, source.article.body):
            problems.append(Problem(file, quote_line, f"{where} ('{label}'): quote not found in the cleaned text of {source.file}"))
            return None
        checked.append(Citation(source.id, quote, _text(citation.get("value"))))
    status = "agreed" if len({c.source for c in checked}) > 1 else "single-source"
    fact_id = _text(entry.get("id")) or f"pinned-{slugify(label)}"
    return Fact(fact_id, kind, label, value, status, tuple(checked), curated=True)


def _line_of(text: str, words: str) -> int | None:
    """The line of event.md holding `words` (a quote's first words), for messages."""
    needle = " ".join(words.split())[:40]
    for number, line in enumerate(text.split("\n"), start=1):
        if needle and needle in " ".join(line.split()):
            return number
    return None


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
