"""Shared test helpers: fixture sites and a deterministic build environment."""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured by bench/, never by tests: a deadline would only measure how loaded the machine is.
settings.register_profile("site-builder", deadline=None)
# CI (.ci/run sets CI) replays the same examples on every run, so a landing is judged on the code, not
# on the draw; developers' runs keep exploring new examples and the failures they find become @example.
settings.register_profile("ci", parent=settings.get_profile("site-builder"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "site-builder")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = Path(__file__).resolve().parent / "expected"
BUNDLED_CONTENT = ROOT / "content"


DETERMINISTIC_EPOCH = "1700000000"


@pytest.fixture(autouse=True)
def _deterministic_environment(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", DETERMINISTIC_EPOCH)
    # builds of the fixtures in the repository keep their build cache out of it, one cache per test
    cache = tmp_path_factory.mktemp("cache") / ".site-builder-cache"
    monkeypatch.setattr("site_builder.cache.cache_folder", lambda content: cache)


def beside(folder: Path) -> list[str]:
    """What a build leaves in the folder that holds the output: the output, its spare copy and its lock."""
    return sorted(p.name for p in folder.parent.iterdir())


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run (Playwright allows one sync driver at a time); tests
    that use it skip, saying what is missing, where Chromium or Playwright is not installed."""
    from .browser import chromium

    with chromium() as running:
        yield running


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by '/'-separated relative path."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def pages_tree(folder: Path) -> dict[str, bytes]:
    """A built site's files less the search bundle, which Pagefind writes from them after rendering."""
    from site_builder.search import SEARCH_BUNDLE

    return {path: data for path, data in tree(folder).items() if not path.startswith(f"{SEARCH_BUNDLE}/")}


def copy_site(name: str, target: Path) -> Path:
    """A writable copy of a fixture site."""
    import shutil

    destination = target / name
    shutil.copytree(FIXTURES / name, destination)
    return destination


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


@pytest.fixture
def built_site(tmp_path) -> tuple[Path, Path]:
    """(content, output): a writable copy of the `small` site, built once, to break and rebuild."""
    from site_builder.cli import main

    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    return content, output


@contextmanager
def others_held_back(monkeypatch, open_slug: str) -> Iterator[threading.Event]:
    """While in the block, a build makes the events other than `open_slug` only once the Event it yields is
    set: serve's fast render caught after the open page's event went in, before the rest (set on leaving)."""
    from site_builder import rebuild

    release = threading.Event()
    real = rebuild._load_and_render_events

    def held(listings):
        if any(listing.slug != open_slug for listing in listings):
            assert release.wait(60), "never released"
        return real(listings)

    monkeypatch.setattr(rebuild, "_load_and_render_events", held)
    try:
        yield release
    finally:
        release.set()


FAST_RENDER_MARK = "fast render mark"


def three_event_preview(tmp_path: Path):
    """A started preview of three events (the small site and the bundled archive's), for fast render:
    a template save makes every event again, the open page's first."""
    import io
    import shutil

    from site_builder.serve import Preview

    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    preview = Preview(content, tmp_path / "output", port=0, log=io.StringIO())
    preview.start()
    return preview


def save_marked_event_template(templates: Path) -> None:
    """The theme's event page with FAST_RENDER_MARK in its article, as the site's own."""
    from site_builder.theme import builtin_theme

    templates.mkdir(exist_ok=True)
    (templates / "event.html").write_text((builtin_theme() / "event.html").read_text(encoding="utf-8").replace(
        "</article>", f"<p>{FAST_RENDER_MARK}</p></article>", 1), encoding="utf-8")
