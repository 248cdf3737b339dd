"""Real clients for the built pages: the Nu Html Checker, and headless Chromium driven by Playwright.

Each is optional on a developer's machine: the tests that need one skip, naming what is missing and how
.ci/run installs it. Chromium is Debian's (/usr/bin/chromium): Playwright never downloads a browser here.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

NODE_MODULES = ROOT / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
CHROMIUM = Path(os.environ.get("SITE_BUILDER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_vnu() -> list[str]:
    """The command that runs the Nu Html Checker, or a skip saying what is missing."""
    java = shutil.which("java")
    if java is None:
        pytest.skip("java is not installed (.ci/run installs default-jre-headless)")
    if not VNU_JAR.is_file():
        pytest.skip(f"{VNU_JAR.relative_to(ROOT)} is missing: run `npm ci` (.ci/run does)")
    return [java, "-Xss8m", "-jar", str(VNU_JAR)]


def require_axe() -> str:
    if not AXE_SCRIPT.is_file():
        pytest.skip(f"{AXE_SCRIPT.relative_to(ROOT)} is missing: run `npm ci` (.ci/run does)")
    return AXE_SCRIPT.read_text(encoding="utf-8")


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium (Playwright's Browser), or a skip saying what is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is missing: pip install '.[test]'")
    if not CHROMIUM.is_file():
        pytest.skip(f"{CHROMIUM} is missing (.ci/run installs Debian's chromium)")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` over HTTP on the loopback interface, as any static host would; yields its URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
