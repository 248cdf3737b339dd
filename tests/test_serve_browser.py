"""`serve` in a real browser (headless Chromium through Playwright): a saved source appears without
touching the page, a broken file shows the overlay, the fix brings the page back; CSS swaps in place."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from site_builder.serve import Preview

from site_builder.theme import builtin_theme

from .conftest import copy_site

TALL = "\nbody { min-height: 5000px }\n"
CONNECTED = "script[data-connected]"


def edit(path: Path, old: str, new: str) -> None:
    """Change words in the body of an article, as a curator fixing a figure would."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def preview(tmp_path):
    content = copy_site("small", tmp_path)
    stylesheet = tmp_path / "templates" / "static" / "style.css"  # the site's own stylesheet: tall pages, to scroll
    stylesheet.parent.mkdir(parents=True)
    stylesheet.write_text((builtin_theme() / "static" / "style.css").read_text(encoding="utf-8") + TALL, encoding="utf-8")
    preview = Preview(content, tmp_path / "output", port=0, log=io.StringIO())
    preview.start()
    yield preview
    preview.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 800, "height": 400})
    yield context.new_page()
    context.close()


def test_edit_break_fix_in_an_open_page(preview, page, tmp_path):
    event = tmp_path / "small/events/harbour-bridge-reopens"
    page.goto(preview.url + "events/harbour-bridge-reopens/sources/a-daily-news/")
    page.wait_for_selector(CONNECTED, state="attached")

    source = event / "a-daily-news.txt"
    edit(source, "replaced 42 cables", "replaced 41 ferry cables")
    page.get_by_text("replaced 41 ferry cables").wait_for(timeout=10_000)

    event_md = event / "event.md"
    good = event_md.read_bytes()
    event_md.write_text("---\ntitle: [unclosed\n---\n")
    overlay = page.locator("#site-builder-overlay")
    overlay.wait_for(timeout=10_000)
    assert "events/harbour-bridge-reopens/event.md:" in overlay.inner_text()
    assert page.get_by_text("replaced 41 ferry cables").count() == 1, "the last good page stays under the overlay"

    event_md.write_bytes(good.replace(b"title: Harbour bridge reopens", b"title: Harbour bridge open again"))
    overlay.wait_for(state="detached", timeout=10_000)
    page.get_by_text("Harbour bridge open again").wait_for(timeout=10_000)
    assert page.get_by_text("replaced 41 ferry cables").count() == 1


def test_a_stylesheet_change_swaps_the_css_keeping_the_page_and_its_scroll(preview, page, tmp_path):
    page.goto(preview.url + "events/harbour-bridge-reopens/")
    page.wait_for_selector(CONNECTED, state="attached")
    page.evaluate("window.scrollTo(0, 900); window.__samePage = true")
    stylesheet = tmp_path / "templates" / "static" / "style.css"
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "body { background-color: rgb(1, 2, 3) }\n", encoding="utf-8")

    page.wait_for_function("getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'", timeout=10_000)
    assert page.evaluate("window.__samePage") is True, "the page was reloaded for a CSS-only change"
    assert page.evaluate("window.scrollY") == 900


def test_a_reload_keeps_the_scroll_position(preview, page, tmp_path):
    page.goto(preview.url + "events/harbour-bridge-reopens/sources/a-daily-news/")
    page.wait_for_selector(CONNECTED, state="attached")
    page.evaluate("window.scrollTo(0, 700); window.__samePage = true")
    source = tmp_path / "small/events/harbour-bridge-reopens/a-daily-news.txt"
    edit(source, "About 30,000 vehicles", "About 31,000 vehicles")
    page.get_by_text("About 31,000 vehicles").wait_for(timeout=10_000)
    assert page.evaluate("window.__samePage === undefined"), "the page was not reloaded"
    page.wait_for_function("window.scrollY === 700", timeout=5_000)
