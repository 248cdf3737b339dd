"""SiteConfig: the typed settings of a site, read from `content/site.toml`."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from .problems import BuildError, Problem


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Story archive"
    base_url: str = "http://localhost:8000/"
    language: str = "en"
    author: str = "site-builder"
    description: str = "A curated archive of news stories, every fact cited."
    feed_size: int = 20  # entries per feed document

    @property
    def root(self) -> str:
        """base_url with exactly one trailing slash, for joining paths."""
        return self.base_url.rstrip("/") + "/"

    def url(self, path: str) -> str:
        """Absolute URL of an output path; `index.html` is dropped for pretty URLs."""
        if path.endswith("index.html"):
            path = path[: -len("index.html")]
        return self.root + path


def load_config(content: Path, base_url: str | None = None) -> SiteConfig:
    """Read `site.toml` (optional); unknown keys and wrong types are errors naming the file."""
    path = content / "site.toml"
    values: dict = {}
    if path.exists():
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise BuildError([Problem(str(path), _toml_line(exc), f"invalid TOML: {exc}")]) from None
        known = {f.name: f for f in fields(SiteConfig)}
        problems = []
        for key, value in values.items():
            if key not in known:
                problems.append(Problem(str(path), None, f"unknown setting '{key}'"))
            elif not isinstance(value, type(getattr(SiteConfig, key))):
                expected = type(getattr(SiteConfig, key)).__name__
                problems.append(Problem(str(path), None, f"setting '{key}' must be a {expected}"))
        if problems:
            raise BuildError(problems)
    if base_url is not None:
        values["base_url"] = base_url
    return SiteConfig(**values)


def _toml_line(exc: Exception) -> int | None:
    """tomllib names the line only in its message before Python 3.12."""
    found = re.search(r"at line (\d+)", str(exc))
    return int(found.group(1)) if found else None
