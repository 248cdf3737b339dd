"""`serve` in a real browser (headless Chromium through Playwright): a saved source appears without
touching the page, a broken file shows the overlay, the fix brings the page back; a changed page is
updated in place (the same DOM as the page loaded anew, at the same scroll position), reloaded when
its stylesheets or its own scripts call for it; CSS swaps in place; after a template save the open page
shows it first, and a page of another event navigated to before its build remade it is rendered on demand."""
from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from site_builder.serve import Preview

from site_builder.theme import builtin_theme

from .conftest import FAST_RENDER_MARK, copy_site, others_held_back, save_marked_event_template, three_event_preview

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


# The document as a tree of (tag, sorted attributes, children) and (node type, text), less the live reload's
# own nodes: what an update in place must make of the page (attribute order aside).
DOCUMENT_TREE = """(() => {
  const ours = (node) => node.id === "site-builder-overlay" || (node.nodeName === "SCRIPT" && node.hasAttribute("data-events"));
  const tree = (node) => node.nodeType !== Node.ELEMENT_NODE ? [node.nodeType, node.nodeValue] :
    [node.nodeName, Array.from(node.attributes, (a) => [a.name, a.value]).sort(),
     Array.from(node.childNodes).filter((child) => !ours(child)).map(tree)];
  return JSON.stringify(tree(document.documentElement));
})()"""


def as_loaded_anew(page) -> str:
    """The DOM of the page's URL opened in a page of its own."""
    fresh = page.context.new_page()
    fresh.goto(page.url)
    tree = fresh.evaluate(DOCUMENT_TREE)
    fresh.close()
    return tree


def test_a_changed_page_is_updated_in_place_as_if_loaded_anew(preview, page, tmp_path):
    event_md = tmp_path / "small/events/harbour-bridge-reopens/event.md"
    page.goto(preview.url + "events/harbour-bridge-reopens/")
    page.wait_for_selector(CONNECTED, state="attached")
    page.evaluate("document.querySelector('.site-nav a').focus(); document.getElementById('sources-heading').scrollIntoView();"
                  "window.__samePage = true")
    focused = page.evaluate("document.activeElement.outerHTML")
    in_view = "document.getElementById('sources-heading').getBoundingClientRect().top"
    shown_at = page.evaluate(in_view)

    # Above what the curator reads: the title (in the head too), a tag fewer; below it: a paragraph more in the note.
    edit(event_md, "title: Harbour bridge reopens after repairs", "title: Harbour bridge open again")
    edit(event_md, "An editor's note", "A first paragraph.\n\nAn editor's longer note")
    edit(event_md, "tags: [infrastructure]", "tags: []")
    page.get_by_text("An editor's longer note").wait_for(timeout=10_000)
    page.wait_for_function("document.title.startsWith('Harbour bridge open again')", timeout=10_000)

    assert page.evaluate("window.__samePage") is True, "the page was reloaded"
    assert page.evaluate(DOCUMENT_TREE) == as_loaded_anew(page)
    assert abs(page.evaluate(in_view) - shown_at) < 1, "what the curator was reading moved"
    assert page.evaluate("document.activeElement.outerHTML") == focused, "the focused link lost its focus"

    scrolled = page.evaluate("window.scrollY")
    edit(event_md, "A first paragraph.", "A first paragraph, edited twice.")  # the live reload still listens
    page.get_by_text("edited twice").wait_for(timeout=10_000)
    assert page.evaluate("window.__samePage") is True
    assert page.evaluate("window.scrollY") == scrolled
    assert page.evaluate(DOCUMENT_TREE) == as_loaded_anew(page)


def test_an_update_in_place_keeps_an_opened_details(preview, page, tmp_path):
    page.goto(preview.url + "events/harbour-bridge-reopens/sources/a-daily-news/")
    page.wait_for_selector(CONNECTED, state="attached")
    page.locator("details.removed summary").click()
    page.evaluate("window.__samePage = true")
    edit(tmp_path / "small/events/harbour-bridge-reopens/a-daily-news.txt", "About 30,000 vehicles", "About 31,000 vehicles")
    page.get_by_text("About 31,000 vehicles").wait_for(timeout=10_000)
    assert page.evaluate("window.__samePage") is True
    assert page.evaluate("document.querySelector('details.removed').open") is True


def test_a_page_whose_stylesheets_changed_is_reloaded_keeping_the_scroll_position(preview, page, tmp_path):
    page.goto(preview.url + "events/harbour-bridge-reopens/sources/a-daily-news/")
    page.wait_for_selector(CONNECTED, state="attached")
    page.evaluate("window.scrollTo(0, 700); window.__samePage = true")
    base = tmp_path / "templates" / "base.html"
    theme_base = (builtin_theme() / "base.html").read_text(encoding="utf-8")
    assert "</head>" in theme_base
    (tmp_path / "templates" / "static" / "print.css").write_text("h1 { color: rgb(4, 5, 6) }\n", encoding="utf-8")
    base.write_text(theme_base.replace("</head>", '<link rel="stylesheet" href="{{ root }}static/print.css">\n</head>', 1),
                    encoding="utf-8")
    page.wait_for_function("getComputedStyle(document.querySelector('h1')).color === 'rgb(4, 5, 6)'", timeout=10_000)
    assert page.evaluate("window.__samePage === undefined"), "the page was not reloaded"
    page.wait_for_function("window.scrollY === 700", timeout=5_000)


def test_a_page_running_its_own_script_is_reloaded_and_the_script_runs_again(preview, page, tmp_path):
    page.goto(preview.url + "search/?q=harbour")
    page.wait_for_selector(CONNECTED, state="attached")
    page.locator("#search-results li").first.wait_for(timeout=10_000)
    page.evaluate("window.__samePage = true")
    theme_search = (builtin_theme() / "search.html").read_text(encoding="utf-8")
    (tmp_path / "templates" / "search.html").write_text(theme_search.replace("<h1>Search</h1>", "<h1>Search the harbour</h1>"),
                                                        encoding="utf-8")
    page.get_by_text("Search the harbour").wait_for(timeout=10_000)
    assert page.evaluate("window.__samePage === undefined"), "the page was updated in place under its script"
    page.locator("#search-results li").first.wait_for(timeout=10_000)
    page.evaluate("window.__reloaded = true")
    page.fill("#search-q", "bridge")
    page.press("#search-q", "Enter")  # the script searches in the page (without it, the form would load a page)
    page.wait_for_function("document.getElementById('search-status').textContent.includes('“bridge”')", timeout=10_000)
    assert page.evaluate("window.__reloaded") is True


def test_a_template_save_updates_the_open_page_first_and_a_stale_page_navigated_to_is_current(tmp_path, page, monkeypatch):
    """serve's fast render, as a curator meets it: with the other events held back, the open page shows a
    template save, and a page of another event, navigated to before its build makes it, shows it too."""
    preview = three_event_preview(tmp_path)
    output = preview.output
    try:
        page.goto(preview.url + "events/raw-only/")
        page.wait_for_selector(CONNECTED, state="attached")
        page.evaluate("window.__samePage = true")
        with others_held_back(monkeypatch, "raw-only"):
            save_marked_event_template(tmp_path / "templates")
            page.get_by_text(FAST_RENDER_MARK).wait_for(timeout=10_000)
            assert page.evaluate("window.__samePage") is True, "the open page was reloaded, not updated in place"

            stale = output / "events/harbour-bridge-reopens/index.html"
            assert FAST_RENDER_MARK.encode() not in stale.read_bytes(), "the other events were not held back"
            page.goto(preview.url + "events/harbour-bridge-reopens/")
            assert page.get_by_text(FAST_RENDER_MARK).count() == 1, "a stale page was shown as current"
            page.wait_for_selector(CONNECTED, state="attached")
            shown = page.evaluate(DOCUMENT_TREE)
        deadline = time.monotonic() + 30
        while FAST_RENDER_MARK.encode() not in stale.read_bytes():
            assert time.monotonic() < deadline, "the rest of the site never came"
            time.sleep(0.05)
        assert shown == as_loaded_anew(page), "the page rendered on demand is not the one the build wrote"
    finally:
        preview.stop()
