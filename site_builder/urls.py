"""The one check every URL from content passes before it reaches a page: http(s) only.

Front matter, sources.toml, HTML metadata, Markdown links and the site's base URL
all go through `checked_url`, so `javascript:`, `data:`, `vbscript:`, `file:` and
their obfuscated spellings never become a link.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# What browsers ignore when they parse a URL (WHATWG URL standard): leading and trailing
# C0 controls and spaces, and tabs and line breaks anywhere ("java\tscript:" is "javascript:").
_IGNORED_EDGES = "".join(chr(c) for c in range(0x21))
_IGNORED_INSIDE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_FIRST_SEGMENT = re.compile(r"^[^/?#]*")


def checked_url(value: object, relative: bool = False) -> str | None:
    """`value` when it is an absolute http(s) URL with a host, else None.

    With `relative`, a reference with no scheme at all (`#p2`, `../other/`, `` for this
    page) is accepted too, as Markdown links within the site are: it cannot name another scheme.
    """
    if not isinstance(value, str):
        return None
    url = _IGNORED_INSIDE.sub("", value.strip(_IGNORED_EDGES))
    if not url:
        return url if relative else None
    if "\\" in url:
        return None
    scheme = _SCHEME.match(url)
    if scheme is None:
        if relative and ":" not in _FIRST_SEGMENT.match(url).group(0) and not url.startswith("//"):
            return url
        return None
    if scheme.group(1).lower() not in ("http", "https"):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed host such as "http://[::1"
        return None
    return url if host else None


def rejection(value: object) -> str:
    """The warning for a URL `checked_url` refused."""
    shown = str(value) if len(str(value)) <= 80 else str(value)[:77] + "..."
    return f"URL {shown!r} is not an http(s) URL; dropped"
