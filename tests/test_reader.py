"""The built pages as readers get them: valid HTML (Nu Html Checker), accessible (axe-core in headless
Chromium, light and dark), no request to another host, readable at 360 px, and a search that finds events.

Screenshots at 360 px and 1280 px are saved under pytest's tmp folder, or SITE_BUILDER_SCREENSHOTS.
"""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from site_builder import search as search_stage
from site_builder.cli import main

from .browser import require_axe, require_vnu, serve
from .conftest import BUNDLED_CONTENT, FIXTURES

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def sites(tmp_path_factory):
    """The bundled archive served at a host's root, and the small fixture under a sub-path (/archive/),
    as their base_url says: {name: (output folder, the site's URL)}. The small site's search index is
    split into shards of about two pages, so its searches go through the merging of shards."""
    www = tmp_path_factory.mktemp("www")
    built = {}
    with contextlib.ExitStack() as stack:
        for name, content in (("bundled", BUNDLED_CONTENT), ("small", FIXTURES / "small")):
            root = www / name
            output = root / "archive" if name == "small" else root
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(search_stage, "PAGES_PER_SHARD", 2 if name == "small" else search_stage.PAGES_PER_SHARD)
                assert main(["build", "--content", str(content), "--output", str(output)]) == 0
            if name == "small":
                assert len(json.loads((output / "pagefind/shards.json").read_text(encoding="utf-8"))["shards"]) > 1
            url = stack.enter_context(serve(root))
            built[name] = (output, url + ("archive/" if name == "small" else ""))
        yield built


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory):
    folder = Path(os.environ.get("SITE_BUILDER_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Visit:
    """A browser context that lets only loopback requests through, recording every other it was asked for."""

    def __init__(self, browser, **options):
        self.foreign: list[str] = []
        self.context = browser.new_context(**options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()

    def _route(self, route):
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def open_(**options) -> Visit:
        opened.append(Visit(browser, **options))
        return opened[-1]

    yield open_
    foreign = [url for v in opened for url in v.foreign]
    for v in opened:
        v.close()
    assert not foreign, f"pages asked another host for {foreign}"


def event_pages(output: Path) -> list[str]:
    return sorted(p.relative_to(output).as_posix() for p in output.glob("events/*/index.html"))


def source_pages(output: Path) -> list[str]:
    return sorted(p.relative_to(output).as_posix() for p in output.glob("events/*/sources/*/index.html"))


def reader_pages(output: Path) -> dict[str, str]:
    """One page of each kind a reader meets, by name."""
    listing = sorted(output.glob("tags/*/index.html"))[0].relative_to(output).as_posix()
    return {
        "index": "index.html",
        "event": event_pages(output)[0],
        "archived-copy": source_pages(output)[0],
        "listing": listing,
        "search": "search/index.html",
    }


def address(url: str, path: str) -> str:
    return urljoin(url, path.removesuffix("index.html"))


# --- Nu Html Checker ---------------------------------------------------------------------------


def test_every_built_page_and_stylesheet_is_valid(sites):
    vnu = require_vnu()
    files = []
    for output, _ in sites.values():
        files += sorted(str(p) for p in output.rglob("*.html") if "pagefind" not in p.parts)
        files += sorted(str(p) for p in (output / "static").glob("*.css"))
    done = subprocess.run([*vnu, "--format", "json", "--also-check-css", *files], capture_output=True, text=True)
    messages = json.loads(done.stderr or done.stdout)["messages"]
    errors = [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in messages if m["type"] == "error"]
    assert len(files) > 20
    assert not errors, "\n".join(errors)


# --- axe-core ----------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("site", ["bundled", "small"])
def test_no_serious_or_critical_accessibility_violation(sites, visit, site, scheme):
    axe = require_axe()
    output, url = sites[site]
    found = []
    for name, path in reader_pages(output).items():
        page = visit(color_scheme=scheme, viewport=DESKTOP).page
        page.goto(address(url, path))
        page.add_script_tag(content=axe)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [node["target"] for node in violation["nodes"]][:3]
                found.append(f"{name}: {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    assert not found, "\n".join(found)


def test_citation_quotes_show_on_keyboard_focus(sites, visit):
    output, url = sites["bundled"]
    page = visit(viewport=DESKTOP).page
    page.goto(address(url, event_pages(output)[0]))
    assert page.locator(".cite").count() > 0
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation chip is reachable with the Tab key")
    quote = page.locator(".cite:focus .cite-quote")
    box = quote.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 20, "the focused chip does not show its quote"
    name = page.evaluate("document.activeElement.textContent")
    assert "“" in name and len(name) > 20, "the quote is not part of the link for screen readers"
    page.keyboard.press("Tab")
    assert page.locator(".cite-quote").first.bounding_box()["width"] <= 1, "quotes show without focus"


# --- Layout and screenshots --------------------------------------------------------------------


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_pages_fit_the_screen_and_are_photographed(sites, visit, screenshots, width):
    viewport = PHONE if width == "phone" else DESKTOP
    for site, (output, url) in sites.items():
        for name, path in reader_pages(output).items():
            page = visit(viewport=viewport).page
            page.goto(address(url, path))
            page.screenshot(path=str(screenshots / f"{site}-{name}-{width}.png"), full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{site} {name} is {overflow}px wider than a {viewport['width']}px screen"


def test_event_page_is_readable_at_360_px(sites, visit):
    output, url = sites["bundled"]
    page = visit(viewport=PHONE).page
    page.goto(address(url, event_pages(output)[0]))
    sizes = page.evaluate(
        "Array.from(document.querySelectorAll('main p, main td, main th, main li'))"
        ".filter(e => e.offsetParent !== null).map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert sizes and min(sizes) >= 12, f"text as small as {min(sizes)}px"
    body = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.lede') || document.body).fontSize)")
    assert body >= 16
    facts = page.evaluate(
        "Array.from(document.querySelectorAll('.fact')).map(r => { const b = r.getBoundingClientRect(); return [b.left, b.right]; })"
    )
    assert facts, "the bundled event has no fact row"
    assert all(left >= 0 and right <= PHONE["width"] for left, right in facts), "a fact row does not fit the screen"


# --- Search ------------------------------------------------------------------------------------


def search(page, url: str, query: str) -> list[str]:
    """Run `query` on the site's search page; the paths (from the site root) of the results."""
    page.goto(address(url, "search/index.html") + "?q=" + query)
    page.wait_for_function("document.getElementById('search-status').textContent.match(/found/i)", timeout=10000)
    links = page.eval_on_selector_all("#search-results a", "links => links.map(a => a.href)")
    root = urlsplit(url).path
    return [urlsplit(link).path.removeprefix(root) for link in links]


@pytest.mark.parametrize("site", ["bundled", "small"])
def test_search_finds_every_person_and_place_of_a_fact_box(sites, visit, site):
    output, url = sites[site]
    page = visit(viewport=DESKTOP).page
    names = []
    for facts_file in sorted(output.glob("events/*/facts.json")):
        facts = json.loads(facts_file.read_text(encoding="utf-8"))
        event = facts["event"]["page"].removesuffix("index.html")
        names += [(fact["value"], event) for fact in facts["facts"] if fact["kind"] in ("person", "place")]
        if facts["event"]["place"]:
            names.append((facts["event"]["place"], event))
    assert names, f"the {site} site's fact boxes name no person or place"
    for name, event in names:
        assert event in search(page, url, name), f"searching {name!r} does not find {event}"


def test_search_finds_an_archived_copy_by_a_word_of_its_text(sites, visit):
    output, url = sites["small"]
    page = visit(viewport=DESKTOP).page
    found = search(page, url, "snowploughs")
    assert "events/raw-only/sources/first/" in found and "events/raw-only/sources/second/" not in found
    assert search(page, url, "zzzznotaword") == []
