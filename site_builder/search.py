"""Search stage: a Pagefind full-text index of the finished pages.

Pagefind reads the HTML as written, so it runs on the complete staging folder just before the swap
(write.write_site's `before_swap`): the index always matches the pages beside it, it is written
only inside that folder, and a failure leaves the previous site in place. Pages mark what is
indexed with `data-pagefind-body`; the search page loads the bundle with a relative path, so the
search works from any static host, under any sub-path, without another host.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from .problems import BuildError, Problem

SEARCH_BUNDLE = "pagefind"  # the bundle's folder, relative to the site root


def pagefind_executable() -> Path:
    """The binary shipped by the `pagefind[bin]` package."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise BuildError([Problem("pagefind", None, "search needs the Pagefind binary: pip install 'pagefind[bin]'")]) from None
    try:
        return get_executable()
    except FileNotFoundError as exc:
        raise BuildError([Problem("pagefind", None, f"Pagefind binary not found: {exc}")]) from None


def index_site(site: Path, bundle: Path | None = None) -> None:
    """Write the search bundle from the HTML pages under `site` into `bundle` (default `site/pagefind/`)."""
    where = ["--output-path", str(bundle.resolve())] if bundle is not None else ["--output-subdir", SEARCH_BUNDLE]
    command = [str(pagefind_executable()), "--site", ".", *where, "--silent"]
    done = subprocess.run(command, cwd=site, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        message = " ".join((done.stderr or done.stdout).split()) or f"exit status {done.returncode}"
        raise BuildError([Problem("pagefind", None, f"search index failed: {message}")])
