"""HTML page -> main text and metadata with trafilatura, then the plain-text rules."""
from __future__ import annotations

import html as entities
from dataclasses import dataclass

import nh3


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None


def extract(html: str) -> ExtractedPage:
    import trafilatura  # imported lazily: it is slow to import and only HTML input needs it

    options = dict(include_comments=False, include_tables=True)
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, **options)
    except AssertionError:
        # htmldate's cleaning drops the tree's root when the page is only a script-like element
        # (lxml asserts a parent); the text is still there to extract, without the metadata.
        document = trafilatura.bare_extraction(html, with_metadata=False, **options)
    if document is None:
        return ExtractedPage(text="")
    data = document if isinstance(document, dict) else document.as_dict()
    return ExtractedPage(
        text=text_only(data.get("text") or ""),
        title=text_only(data.get("title")),
        author=text_only(data.get("author")),
        date=data.get("date"),
        url=data.get("url"),
        outlet=text_only(data.get("sitename")),
    )


def text_only(value: str | None) -> str | None:
    """Extracted text with any markup it still holds removed by nh3 (script and style with their content).

    Escaped markup in a page (`&lt;img onerror=...&gt;`) comes out of extraction as tags;
    the cleaned Markdown is published and may be rendered elsewhere with HTML on, so it must
    hold none. Entities are text ('&' stays '&'); sanitising again until nothing changes
    removes markup that was nested in a tag whose content is text (`<textarea>`).
    """
    if value is None:
        return None
    for _ in range(10):
        cleaned = entities.unescape(nh3.clean(value.replace("&", "&amp;"), tags=set()))
        if cleaned == value:
            break
        value = cleaned
    return value
