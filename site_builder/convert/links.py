"""URLs a converted article carries, checked with `urls.checked_url`: refused ones are dropped with a warning."""
from __future__ import annotations

from dataclasses import replace

from ..markdown import rejected_links
from ..model import Article
from ..problems import Problem
from ..urls import checked_url, rejection


def drop_unsafe_urls(path: str, article: Article) -> tuple[Article, list[Problem]]:
    """The article without a non-http(s) `url`; one warning per refused URL, body links included.

    Body links are left in the Markdown as the curator wrote them: the renderer shows them as text.
    """
    problems = [
        Problem(path, article.body_line + line - 1, rejection(url), "warning") for line, url in rejected_links(article.body)
    ]
    if article.url is not None and checked_url(article.url) is None:
        problems.insert(0, Problem(path, None, rejection(article.url), "warning"))
        article = replace(article, url=None)
    return article, problems
