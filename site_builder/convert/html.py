"""HTML page -> main text and metadata with trafilatura, then the plain-text rules."""
from __future__ import annotations

from dataclasses import dataclass


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

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None:
        return ExtractedPage(text="")
    data = document if isinstance(document, dict) else document.as_dict()
    return ExtractedPage(
        text=data.get("text") or "",
        title=data.get("title"),
        author=data.get("author"),
        date=data.get("date"),
        url=data.get("url"),
        outlet=data.get("sitename"),
    )
