"""Convert stage: raw source files (.txt, .html/.htm, .md) -> cleaned Articles."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from ..model import Article, SourceFile
from ..problems import Problem
from . import frontmatter, html, text
from .dates import normalise_published
from .encoding import DecodeError, decode

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

_LIST_FIELDS = {"author": "authors", "authors": "authors", "credits": "credits"}
_TEXT_FIELDS = ("title", "subtitle", "dateline", "outlet", "url", "language")


class ConvertError(ValueError):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line


def convert_files(files: Sequence[SourceFile]) -> tuple[list[Article | None], list[Problem]]:
    """Convert every file; a file that fails yields None and a Problem naming it."""
    articles: list[Article | None] = []
    problems: list[Problem] = []
    for file in files:
        try:
            articles.append(convert_file(file))
        except ConvertError as exc:
            articles.append(None)
            problems.append(Problem(file.path, exc.line, str(exc)))
    return articles, problems


def convert_file(file: SourceFile) -> Article:
    suffix = PurePosixPath(file.path).suffix.lower()
    try:
        content = decode(file.data)
    except DecodeError as exc:
        raise ConvertError(None, str(exc)) from None
    if not content.strip():
        raise ConvertError(None, "empty file")
    if suffix in (".md", ".markdown"):
        return _from_markdown(content)
    if suffix in (".html", ".htm"):
        return _from_html(content)
    return _from_text(content)


def _from_text(content: str) -> Article:
    cleaned = text.clean_text(content)
    if not cleaned.body.strip():
        raise ConvertError(None, "no sentences of reporting found")
    return Article(title=cleaned.title, body=cleaned.body, removed=cleaned.removed)


def _from_html(content: str) -> Article:
    page = html.extract(content)
    if not page.text.strip():
        raise ConvertError(None, "no article text found in the HTML")
    cleaned = text.clean_text(page.text if not page.title else f"{page.title}\n\n{page.text}")
    if not cleaned.body.strip():
        raise ConvertError(None, "no sentences of reporting found")
    return Article(
        title=page.title or cleaned.title,
        body=cleaned.body,
        authors=tuple(a.strip() for a in (page.author or "").split(";") if a.strip()),
        published=normalise_published(page.date),
        url=page.url,
        outlet=page.outlet,
        removed=cleaned.removed,
    )


def _from_markdown(content: str) -> Article:
    """Curated Markdown is kept as written; without front matter the first heading is the title."""
    try:
        meta, body, body_line = frontmatter.split(content)
    except frontmatter.FrontMatterError as exc:
        raise ConvertError(exc.line, str(exc)) from None
    if not meta:
        first = body.lstrip().split("\n", 1)[0]
        title = first.lstrip("#").strip() if first.startswith("#") else None
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
