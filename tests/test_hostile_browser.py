"""The hostile site in a real browser (headless Chromium through Playwright): no script runs.

Every page of the built hostile corpus is opened from disk. A script ran if the page opened a
dialog (alert, confirm, prompt), asked for a script over the network, or if Chromium's debugger
saw more scripts compiled in the page's own world than in the same page of the innocent twin
site (the theme's own scripts are in both). A deliberately broken page proves each detector works.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.cli import main

from .conftest import DETERMINISTIC_EPOCH
from .hostile_site import write_hostile_site

# What an escaping bug would let through: the control page must trip every detector.
VULNERABLE_PAGE = """<!DOCTYPE html><html><head><title>control</title></head><body>
<p>unescaped: <img src="x" onerror="alert(1)"></p>
<script>confirm(2)</script>
<script src="https://xss.invalid/xss.js"></script>
</body></html>
"""


class ScriptWatch:
    """One browser page and what ran in it: dialogs, script requests, scripts compiled in the main world."""

    def __init__(self, page):
        self.page = page
        self.dialogs: list[str] = []
        self.script_requests: list[str] = []
        self.compiled = 0
        page.on("dialog", self._dialog)
        page.route("**/*", self._route)
        self.debugger = page.context.new_cdp_session(page)
        self.debugger.on("Debugger.scriptParsed", self._parsed)
        self.debugger.send("Debugger.enable")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        request = route.request
        if request.url.startswith("file:"):
            route.continue_()
            return
        if request.resource_type == "script":
            self.script_requests.append(request.url)
        route.abort()  # nothing leaves the machine

    def _parsed(self, event: dict) -> None:
        if (event.get("executionContextAuxData") or {}).get("isDefault", True):
            self.compiled += 1

    def open(self, path: Path) -> tuple[int, int, int]:
        """(dialogs, script requests, scripts compiled) caused by loading the page."""
        before = (len(self.dialogs), len(self.script_requests), self.compiled)
        self.page.goto(path.as_uri(), wait_until="load")  # a failed image's onerror fires before the load event
        self.debugger.send("Runtime.getHeapUsage")  # a round trip: the debugger's earlier events have arrived
        after = (len(self.dialogs), len(self.script_requests), self.compiled)
        return tuple(a - b for a, b in zip(after, before))


def page_kind(relative: Path) -> str:
    """Pages made by one template share a kind: the names from content (slugs, page numbers) left out."""
    parts = relative.parts
    middle = ("*" if part != "sources" else part for part in parts[1:-1])
    return "/".join([parts[0], *middle, parts[-1]]) if len(parts) > 1 else parts[0]


@pytest.fixture(scope="module")
def browser_page(browser):
    """A page of the session's Chromium (it skips, saying what is missing, without Chromium or Playwright)."""
    page = browser.new_page()
    try:
        yield ScriptWatch(page)
    finally:
        page.close()


def test_the_detectors_see_a_script_that_runs(browser_page, tmp_path):
    control = tmp_path / "control.html"
    control.write_text(VULNERABLE_PAGE)
    dialogs, requests, compiled = browser_page.open(control)
    assert dialogs == 2 and requests == 1 and compiled >= 2


def test_no_script_runs_on_any_page_of_the_hostile_site(browser_page, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", DETERMINISTIC_EPOCH)
    outputs = {}
    for name, text in (("hostile", lambda vector: vector), ("twin", lambda vector: "placeholder text")):
        content = write_hostile_site(tmp_path / name, text)
        outputs[name] = tmp_path / f"{name}-output"
        assert main(["build", "--content", str(content), "--output", str(outputs[name])]) == 0
    pages = sorted(path.relative_to(outputs["hostile"]) for path in outputs["hostile"].rglob("*.html"))
    twin_pages: dict[str, Path] = {}
    for path in sorted(outputs["twin"].rglob("*.html")):
        twin_pages.setdefault(page_kind(path.relative_to(outputs["twin"])), path)
    theme_scripts: dict[str, int] = {}  # scripts the theme itself runs, per kind of page, from the twin
    ran = []
    for relative in pages:
        kind = page_kind(relative)
        if kind not in theme_scripts:
            theme_scripts[kind] = browser_page.open(twin_pages[kind])[2]
        dialogs, requests, compiled = browser_page.open(outputs["hostile"] / relative)
        if dialogs or requests or compiled > theme_scripts[kind]:
            ran.append((str(relative), dialogs, requests, compiled - theme_scripts[kind]))
    assert len(pages) >= 150
    assert ran == [], "scripts ran (page, dialogs, script requests, extra scripts compiled)"
