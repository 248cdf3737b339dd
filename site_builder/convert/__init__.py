"""Convert stage: raw source files (.txt, .html/.htm, .md) -> cleaned Articles."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import TypeVar

from ..discover import MAX_SOURCE_BYTES
from ..model import Article, SourceFile
from ..problems import Problem, unexpected
from . import frontmatter, html, text
from .dates import normalise_published
from .encoding import DecodeError, decode
from .links import drop_unsafe_urls

_LIST_FIELDS = {"author": "authors", "authors": "authors", "credits": "credits"}
_TEXT_FIELDS = ("title", "subtitle", "dateline", "outlet", "url", "language")


class ConvertError(ValueError):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line


_T = TypeVar("_T")


def convert_files(files: Sequence[SourceFile]) -> tuple[list[Article | None], list[Problem]]:
    """Convert every file; a file that fails yields None and a Problem naming it.

    The files are converted together: a short line that several of them carry (a site's menu,
    share bar or footer) is furniture in each (CCNet-style repeated-line evidence).
    """
    problems: list[Problem] = []
    readings = [_reported(file, problems, lambda: _read(file)) for file in files]
    shared = _shared_lines(readings)
    articles: list[Article | None] = []
    for file, reading in zip(files, readings):
        article = None if reading is None else _reported(file, problems, lambda: _convert(reading, shared))
        if article is not None:
            article, url_problems = drop_unsafe_urls(file.path, article)
            problems.extend(url_problems)
        articles.append(article)
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
    digest: str = ""


def _read(file: SourceFile) -> _Reading:
    if len(file.data) > MAX_SOURCE_BYTES:
        raise ConvertError(None, f"file is {len(file.data) // (1024 * 1024)} MB; articles are limited to {MAX_SOURCE_BYTES // (1024 * 1024)} MB")
    suffix = PurePosixPath(file.path).suffix.lower()
    try:
        content = decode(file.data)
    except DecodeError as exc:
        raise ConvertError(exc.line, str(exc)) from None
    if not content.strip():
        raise ConvertError(None, "empty file")
    if suffix in (".md", ".markdown"):
        return _Reading("markdown", content, digest=file.digest)
    if suffix in (".html", ".htm"):
        page = html.extract(content)
        if not page.text.strip():
            raise ConvertError(None, "no article text found in the HTML")
        return _Reading("html", page.text, text.read_lines(page.text), page, file.digest)
    return _Reading("text", content, text.read_lines(content), digest=file.digest)


def _shared_lines(readings: Sequence[_Reading | None]) -> frozenset[str]:
    """Short lines that two or more different files carry."""
    seen: dict[str, str] = {}
    shared: set[str] = set()
    for reading in readings:
        if reading is None or reading.kind == "markdown":
            continue
        for key in text.repeatable_keys(reading.lines):
            first = seen.setdefault(key, reading.digest)
            if first != reading.digest:
                shared.add(key)
    return frozenset(shared)


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
    return article_from_meta(meta, body, body_line)


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
                raise ConvertError(_key_line(meta, key), f"'published' is not an ISO 8601 date: {value!r}")
            fields["published"] = published
    return Article(**fields)


def _key_line(meta: dict, key: str) -> int | None:
    return list(meta).index(key) + 2 if key in meta else None


def with_metadata(article: Article, meta: dict) -> Article:
    """Fill fields the article lacks from a curator's per-event metadata (never overriding the text's own)."""
    supplied = article_from_meta(meta, article.body, article.body_line)
    updates = {
        name: getattr(supplied, name)
        for name in ("title", "subtitle", "authors", "published", "dateline", "outlet", "url", "credits", "language")
        if getattr(supplied, name) and not getattr(article, name)
    }
    return replace(article, **updates) if updates else article
