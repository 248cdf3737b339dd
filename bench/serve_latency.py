"""Save -> reloaded page: how long a curator waits in `site-builder serve`, measured in headless Chromium.

For each run: start the preview (a full build), open an archived source page in the browser, then
repeatedly edit a sentence of that source on disk and time how long it takes until the open page,
untouched, has reloaded (its load event) showing the new word. Also prints the part of it spent in the incremental build.

    python bench/serve_latency.py                    # the bundled archive
    python bench/serve_latency.py --articles 10000   # a synthetic archive (bench/generate.py)

Needs Debian's chromium (/usr/bin/chromium) and the playwright package (the test extra). Goals (issue 6):
under 300 ms on the bundled archive, under 1 s on 10,000 articles.
"""
from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from site_builder.serve import Preview  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
LOADED_AT = "performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def editable_line(preview: Preview) -> tuple[Path, str, str]:
    """A source file, its page's URL path, and a body line of it that the cleaner keeps verbatim."""
    for _, event, _ in sorted(preview.site.loaded.values(), key=lambda loaded: loaded[0].slug):
        if event is None:
            continue
        for source in event.sources:
            path = preview.site.content / source.file
            raw = path.read_text(encoding="utf-8")
            for line in source.article.body.splitlines():
                if len(line) > 80 and line in raw and line.count(" ") > 5:
                    return path, source.page.removesuffix("index.html"), line
    raise SystemExit("no editable source line found")


def measure(content: Path, repeat: int, label: str, verbose: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    output = content.parent / "output"
    started = time.perf_counter()
    preview = Preview(content, output, port=0, log=sys.stderr if verbose else io.StringIO())
    builds: list[float] = []
    build = preview.site.build

    def timed_build(changed=None, early=None):
        began = time.perf_counter()
        try:
            return build(changed, early)
        finally:
            builds.append(time.perf_counter() - began)

    preview.site.build = timed_build  # type: ignore[method-assign]
    preview.start()
    print(f"{label}: first full build and start {time.perf_counter() - started:.2f} s")
    builds.clear()
    path, page_path, line = editable_line(preview)
    latencies: list[float] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(preview.url + page_path)
        page.wait_for_selector("script[data-connected]", state="attached")
        current = line
        for number in range(repeat):
            word = f"benchword{number:04d}"
            edited = line.replace(" ", f" {word} ", 1)
            text = path.read_text(encoding="utf-8").replace(current, edited)
            saved = time.time()
            path.write_text(text, encoding="utf-8")
            page.wait_for_function(f"document.body.innerText.includes({word!r})", polling="raf", timeout=30_000)
            page.wait_for_load_state("load")
            loaded = page.evaluate(LOADED_AT) / 1000  # the reloaded page's load event, on the same wall clock
            latencies.append(loaded - saved)
            current = edited
            time.sleep(0.3)
        browser.close()
    preview.stop()
    print(f"{label}: save -> reloaded page over {repeat} saves: median {ms(statistics.median(latencies))}, "
          f"min {ms(min(latencies))}, max {ms(max(latencies))}")
    print(f"{label}: of which the incremental build: median {ms(statistics.median(builds))}, max {ms(max(builds))}; "
          f"the watcher's quiet period is {preview.queue.quiet * 1000:.0f} ms")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="a synthetic archive of this many articles (0: the bundled one)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--verbose", action="store_true", help="print what the preview prints")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"needs Debian's chromium at {CHROMIUM}: apt-get install chromium")
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        if args.articles:
            generate(Path(folder), args.articles, per_event=10)
            label = f"{args.articles} articles"
        else:
            shutil.copytree(ROOT / "content", content)
            label = "bundled archive"
        measure(content, args.repeat, label, args.verbose)


if __name__ == "__main__":
    main()
