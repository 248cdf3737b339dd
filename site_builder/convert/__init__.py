"""Convert stage: raw source files (.txt, .html/.htm, .md) -> cleaned Articles."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import TypeVar

from ..discover import MAX_SOURCE_BYTES
from ..model import Article, SourceFile, StageCache
from ..problems import Problem, unexpected
from . import frontmatter, html, text
from .dates import normalise_published, swapped_reading
from .encoding import DecodeError, decode
from .links import drop_unsafe_urls

_LIST_FIELDS = {"author": "authors", "authors": "authors", "credits": "credits"}
_TEXT_FIELDS = ("title", "subtitle", "dateline", "outlet", "url", "language")


class ConvertError(ValueError):
    def __init__(self, line: int | None, message: str, key: str | None = None):
        super().__init__(message)
        self.line = line
        self.key = key  # the front matter key the message is about, when it is about one


_T = TypeVar("_T")


@dataclass(frozen=True)
class Outline:
    """What converting a file beside others needs to know of it first: the keys of its lines, and those
    other files may repeat (see _shared_lines); cached by the file's bytes, so that an event's unchanged
    files are not read again when one of them is edited."""

    keys: frozenset[str]
    repeatable: frozenset[str]  # empty for Markdown, which is used as written


def convert_files(
    files: Sequence[SourceFile], cache: StageCache | None = None
) -> tuple[list[Article | None], list[Problem]]:
    """Convert every file; a file that fails yields None and a Problem naming it.

    The files are converted together: a short line that several of them carry (a site's menu,
    share bar or footer) is furniture in each (CCNet-style repeated-line evidence). A file's Article
    depends on its own bytes and on which of its lines the others carry, so `cache` keeps it by
    those: editing one file of an event converts that file again, and the others only if the
    lines they share with it changed.
    """
    problems: list[Problem] = []
    readings: dict[int, _Reading] = {}
    outlines: list[Outline | None] = []
    for at, file in enumerate(files):
        outline = cache.get(("outline", _kind(file.path), file.digest)) if cache is not None else None
        if outline is None:
            reading = _reported(file, problems, lambda: _read(file))
            if reading is not None:
                readings[at] = reading
                outline = Outline(frozenset(line.key for line in reading.lines),
                                  frozenset() if reading.kind == "markdown" else frozenset(text.repeatable_keys(reading.lines)))
                if cache is not None:
                    cache.put(("outline", _kind(file.path), file.digest), outline)
        outlines.append(outline)  # type: ignore[arg-type]
    shared = _shared_lines([(file.digest, outline) for file, outline in zip(files, outlines)])
    articles: list[Article | None] = []
    for at, (file, outline) in enumerate(zip(files, outlines)):
        if outline is None:
            articles.append(None)
            continue
        key = ("article", file.path, file.digest, tuple(sorted(shared & outline.keys)))
        found = cache.get(key) if cache is not None else None
        if found is None:
            own: list[Problem] = []
            reading = readings.get(at) or _reported(file, own, lambda: _read(file))
            article = None if reading is None else _reported(file, own, lambda: _convert(reading, shared))
            if article is not None:
                article, url_problems = drop_unsafe_urls(file.path, article)
                own.extend(url_problems)
                if cache is not None:
                    cache.put(key, (article, own))
            found = (article, own)
        article, own = found  # type: ignore[misc]
        articles.append(article)
        problems.extend(own)
    return articles, problems


def _reported(file: SourceFile, problems: list[Problem], action: Callable[[], _T]) -> _T | None:
    """The action's result, or None and a Problem naming the file when it fails (a bug in it too)."""
    try:
        return action()
    except ConvertError as exc:
        problems.append(Problem(file.path, exc.line, str(exc)))
    except Exception as exc:  # a bug in a cleaner must not hide the other files' problems
        problems.append(unexpected(file.path, exc))
    return None


def convert_file(file: SourceFile) -> Article:
    return _convert(_read(file), frozenset())


@dataclass(frozen=True)
class _Reading:
    """A decoded source: its text (the main text, for HTML) and what came with it."""

    kind: str  # "text", "html" or "markdown"
    text: str
    lines: list[text.Line] = field(default_factory=list)  # read once: the shared-line count and the cleaner use them
    page: html.ExtractedPage | None = None


def _read(file: SourceFile) -> _Reading:
    if len(file.data) > MAX_SOURCE_BYTES:
        raise ConvertError(None, f"file is {len(file.data) // (1024 * 1024)} MB; articles are limited to {MAX_SOURCE_BYTES // (1024 * 1024)} MB")
    try:
        content = decode(file.data)
    except DecodeError as exc:
        raise ConvertError(exc.line, str(exc)) from None
    if not content.strip():
        raise ConvertError(None, "empty file")
    kind = _kind(file.path)
    if kind == "markdown":
        return _Reading("markdown", content)
    if kind == "html":
        page = html.extract(content)
        if not page.text.strip():
            raise ConvertError(None, "no article text found in the HTML")
        return _Reading("html", page.text, text.read_lines(page.text), page)
    return _Reading("text", content, text.read_lines(content))


def _shared_lines(outlines: Sequence[tuple[str, Outline | None]]) -> frozenset[str]:
    """Short lines that two or more different files (by their digests) carry."""
    seen: dict[str, str] = {}
    shared: set[str] = set()
    for digest, outline in outlines:
        if outline is None:
            continue
        for key in outline.repeatable:
            first = seen.setdefault(key, digest)
            if first != digest:
                shared.add(key)
    return frozenset(shared)


def _kind(path: str) -> str:
    suffix = PurePosixPath(path).suffix.lower()
    return "markdown" if suffix in (".md", ".markdown") else "html" if suffix in (".html", ".htm") else "text"


def _convert(reading: _Reading, shared: frozenset[str]) -> Article:
    if reading.kind == "markdown":
        return _from_markdown(reading.text)
    page = reading.page
    article = text.clean_lines(reading.lines, shared, page and page.title, extracted=page is not None)
    if not article.body.strip():
        raise ConvertError(None, "no sentences of reporting found")
    if page is None:
        return article
    return replace(
        article,
        title=page.title or article.title,
        authors=tuple(a.strip() for a in (page.author or "").split(";") if a.strip()) or article.authors,
        published=normalise_published(page.date) or article.published,
        url=page.url,
        outlet=page.outlet or article.outlet,
    )


def _from_markdown(content: str) -> Article:
    """Curated Markdown is kept as written; without front matter the first heading is the title."""
    try:
        meta, body, body_line = frontmatter.split(content)
    except frontmatter.FrontMatterError as exc:
        raise ConvertError(exc.line, str(exc)) from None
    if not meta:
        first = body.lstrip().split("\n", 1)[0]
        title = first[2:].strip() if first.startswith("# ") else None
        return Article(title=title, body=body)
    try:
        return article_from_meta(meta, body, body_line)
    except ConvertError as exc:
        if exc.line is None and exc.key is not None:
            exc.line = frontmatter.key_lines(content).get(exc.key)
        raise


def article_from_meta(meta: dict, body: str, body_line: int = 1) -> Article:
    fields: dict = {"body": body, "body_line": body_line, "title": None}
    for key, value in meta.items():
        if key in _LIST_FIELDS:
            values = value if isinstance(value, list) else [value]
            fields[_LIST_FIELDS[key]] = tuple(str(v).strip() for v in values if v is not None and str(v).strip())
        elif key in _TEXT_FIELDS:
            fields[key] = None if value is None else str(value).strip() or None
        elif key == "published":
            published = normalise_published(value)
            if value is not None and published is None:
                raise ConvertError(None, f"'published' is not an ISO 8601 date: {value!r}", key)
            fields["published"] = published
    return Article(**fields)


def with_metadata(article: Article, meta: dict) -> Article:
    """Fill fields the article lacks from a curator's per-event metadata (never overriding the text's own, but for
    a numeric date the text wrote the other way round: 04/12/2026 read as 12 April where the curator says 4 December,
    `swapped_reading`)."""
    supplied = article_from_meta(meta, article.body, article.body_line)
    updates = {
        name: getattr(supplied, name)
        for name in ("title", "subtitle", "authors", "published", "dateline", "outlet", "url", "credits", "language")
        if getattr(supplied, name) and not getattr(article, name)
    }
    if swapped_reading(article.published, supplied.published):
        updates["published"] = supplied.published
    return replace(article, **updates) if updates else article
