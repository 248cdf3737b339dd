"""SiteConfig: the typed settings of a site, read from `content/site.toml`."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from datetime import timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .problems import BuildError, Problem
from .urls import checked_url


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Story archive"
    base_url: str = "http://localhost:8000/"
    language: str = "en"
    author: str = "site-builder"
    description: str = "A curated archive of news stories, every fact cited."
    feed_size: int = 20  # entries per feed document; older ones go to RFC 5005 archive documents
    tag_authority: str = ""  # RFC 4151 "domain,date" of the feeds' tag: ids; "" = base_url's host, 2023
    timezone: str = "UTC"  # IANA zone of content times written without an offset, and of bare dates
    events_per_page: int = 20  # events on each page of the index

    @property
    def root(self) -> str:
        """base_url with exactly one trailing slash, for joining paths."""
        return self.base_url.rstrip("/") + "/"

    def url(self, path: str) -> str:
        """Absolute URL of an output path; `index.html` is dropped for pretty URLs."""
        if path.endswith("index.html"):
            path = path[: -len("index.html")]
        return self.root + path

    @property
    def zone(self) -> tzinfo:
        return timezone.utc if self.timezone == "UTC" else ZoneInfo(self.timezone)


def load_config(content: Path, base_url: str | None = None) -> SiteConfig:
    """Read `site.toml` (optional); unknown keys and wrong types are errors naming the file."""
    path = content / "site.toml"
    values: dict = {}
    if path.exists():
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise BuildError([Problem(str(path), toml_line(exc), f"invalid TOML: {exc}")]) from None
        except OSError as exc:
            raise BuildError([Problem(str(path), None, f"cannot read: {exc.strerror}")]) from None
        known = {f.name: f for f in fields(SiteConfig)}
        problems = []
        for key, value in values.items():
            if key not in known:
                problems.append(Problem(str(path), None, f"unknown setting '{key}'"))
            elif type(value) is not type(getattr(SiteConfig, key)):  # also refuses true for an int
                expected = type(getattr(SiteConfig, key)).__name__
                problems.append(Problem(str(path), None, f"setting '{key}' must be a {expected}"))
        problems += [Problem(str(path), None, message) for message in _invalid_values(values)]
        if problems:
            raise BuildError(problems)
    if base_url is not None:
        if checked_url(base_url) is None:
            raise BuildError([Problem("--base-url", None, f"must be an absolute http(s) URL, not {base_url!r}")])
        values["base_url"] = base_url
    return SiteConfig(**values)


_TAG_AUTHORITY = re.compile(r"[A-Za-z0-9.-]+(@[A-Za-z0-9.-]+)?,\d{4}(-\d{2}(-\d{2})?)?")


def _invalid_values(values: dict) -> list[str]:
    """Values of the right type that still cannot work."""
    messages = []
    base_url = values.get("base_url", SiteConfig.base_url)
    if isinstance(base_url, str) and checked_url(base_url) is None:
        messages.append(f"setting 'base_url' must be an absolute http(s) URL (feeds need one), not {base_url!r}")
    for key in ("feed_size", "events_per_page"):
        if type(values.get(key)) is int and values[key] < 1:
            messages.append(f"setting '{key}' must be at least 1")
    authority = values.get("tag_authority", "")
    if isinstance(authority, str) and authority and not _TAG_AUTHORITY.fullmatch(authority):
        messages.append(f"setting 'tag_authority' must be 'domain,YYYY[-MM[-DD]]' (RFC 4151), not {authority!r}")
    zone = values.get("timezone", "UTC")
    if isinstance(zone, str) and zone != "UTC":
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            messages.append(f"setting 'timezone' must be an IANA time zone such as 'Europe/London', not {zone!r}")
    return messages


def toml_line(exc: Exception) -> int | None:
    """tomllib names the line only in its message before Python 3.12."""
    found = re.search(r"at line (\d+)", str(exc))
    return int(found.group(1)) if found else None
