"""Markdown to HTML with markdown-it-py: raw HTML off, Pygments for fenced code,
and paragraph anchors so citations can link to the exact paragraph; headings renumbered on request
to follow the outline of the page they are shown in."""
from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from .urls import checked_url


def _highlight_code(code: str, language: str, _attrs: str) -> str:
    """markdown-it-py's highlight hook; unknown languages fall back to escaped text. Pygments is imported
    by the first fenced block with a language (articles seldom have one; an edit's build rarely needs it)."""
    if not language:
        return ""
    from pygments import highlight
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(language)
    except ClassNotFound:
        return ""
    return highlight(code, lexer, _formatter())


@lru_cache(maxsize=1)
def _formatter():
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(nowrap=True)


def _paragraph_anchors(state: StateCore) -> None:
    """Core rule: number top-level paragraphs `p1`, `p2` ... in source order."""
    number = 0
    for token in state.tokens:
        if token.type == "paragraph_open" and token.level == 0:
            number += 1
            token.attrSet("id", f"p{number}")


def _link_allowed(url: str) -> bool:
    """markdown-it-py's link check: a destination that is not http(s) or relative stays text."""
    return checked_url(url, relative=True) is not None


@lru_cache(maxsize=2)
def parser(check_links: bool = True) -> MarkdownIt:
    """The renderer's parser; without `check_links` it keeps every link, to find the ones to warn about."""
    md = MarkdownIt("commonmark", {"html": False, "highlight": _highlight_code, "typographer": False})
    md.enable("table")
    md.core.ruler.push("paragraph_anchors", _paragraph_anchors)
    md.validateLink = _link_allowed if check_links else lambda url: True
    return md


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple:
    """The parse of a text, kept for the few in use: an event's page and its sources' archived copies
    are rendered one after the other, and each source is parsed once for both."""
    return tuple(parser().parse(text))


def to_html(text: str, heading_base: int | None = None) -> str:
    """HTML of `text`; with `heading_base`, its headings follow a page's outline from that level
    (2 under a page's <h1>), without a skipped level."""
    md = parser()
    tokens = list(_tokens(text))
    return md.renderer.render(tokens if heading_base is None else _outline(tokens, heading_base), md.options, {})


def _outline(tokens: list, base: int) -> list:
    """Copies of the heading tokens renumbered (the parse is cached and shared): the first heading
    becomes `<h{base}>`; each later one keeps its rank among the text's heading levels but goes at
    most one level below the heading before it."""
    used = sorted({int(t.tag[1]) for t in tokens if t.type == "heading_open"})
    rank = {level: n for n, level in enumerate(used)}
    level = base - 1
    renumbered = []
    for token in tokens:
        if token.type == "heading_open":  # headings do not nest: the next heading_close is this one's
            level = min(base + rank[int(token.tag[1])], level + 1, 6)
        if token.type in ("heading_open", "heading_close"):
            token = token.copy(tag=f"h{level}")
        renumbered.append(token)
    return renumbered


def rejected_links(text: str) -> list[tuple[int, str]]:
    """(1-based line, destination) of every link or image the renderer drops, for warnings.

    Text that `may_hold_links` says has no destination is not parsed.
    """
    if not may_hold_links(text):
        return []
    rejected = []
    for block in parser(check_links=False).parse(text):
        for token in block.children or ():
            url = token.attrGet("href") if token.type == "link_open" else token.attrGet("src")
            if token.type in ("link_open", "image") and not _link_allowed(str(url)):
                rejected.append(((block.map[0] if block.map else 0) + 1, str(url)))
    return rejected


# An autolink's opening: "<", then a scheme and ":" or an e-mail address's "@", with no white space, "<" or ">"
# between them ("<The Palace: a musical>" is none).
_AUTOLINK_OPENING = re.compile(r"<[^\s<>]*[:@]")


def may_hold_links(text: str) -> bool:
    """Whether a text may hold a CommonMark link or image: one needs `](` (inline), `]:` (a reference
    definition) or an autolink's opening; a text with none of them has none (the parse costs)."""
    return "](" in text or "]:" in text or ("<" in text and _AUTOLINK_OPENING.search(text) is not None)


@lru_cache(maxsize=256)  # a few events' sources (5 KB texts each)
def paragraph_starts(text: str) -> tuple[int, ...]:
    """0-based start line of each top-level paragraph, in the order of their anchors.

    Cached: every citation of a source asks again, from the event page and from the feeds.
    """
    return tuple(
        token.map[0]
        for token in _tokens(text)
        if token.type == "paragraph_open" and token.level == 0 and token.map
    )


def paragraph_of(text: str, quote: str) -> int | None:
    """1-based number of the paragraph holding `quote` (white space folded), or None."""
    wanted = " ".join(quote.split())
    for number, block in enumerate(_folded_paragraphs(text), start=1):
        if wanted in block:
            return number
    return None


@lru_cache(maxsize=64)
def _folded_paragraphs(text: str) -> tuple[str, ...]:
    """The text from each paragraph's start to the next one's, white space folded: a source's many
    citations are looked up in one folding of its text."""
    lines = text.split("\n")
    starts = paragraph_starts(text)
    ends = starts[1:] + (len(lines),)
    return tuple(" ".join(" ".join(lines[start:end]).split()) for start, end in zip(starts, ends))
