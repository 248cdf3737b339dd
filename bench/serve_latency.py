"""Save -> reloaded page: how long a curator waits in `site-builder serve`, measured in headless Chromium.

Starts the preview (its first build is timed), then, for each kind of edit, opens the page that shows
it and saves the file again and again, timing from the save to the moment the open, untouched page
shows the change: for a page updated in place, the first frame that shows the new text; for a
reload, the reloaded page's load event; for a stylesheet, which is swapped without a reload, the
first frame whose computed style has the new rule. The kinds:

- article:  a sentence of an article's text (the open page: that article's archived copy);
- event.md: the editor's note of an event (the open page: the event page);
- template: templates/source.html, a copy of the theme's (the open page: an archived copy);
- css:      templates/static/style.css (the open page: an archived copy).

    python bench/serve_latency.py                    # the bundled archive
    python bench/serve_latency.py --articles 10000   # a synthetic archive (bench/generate.py)
    python bench/serve_latency.py --content DIR      # an archive of yours, built into DIR/../output (edited in place)

Prints, per kind, the median, min and max latency and the build's part of it, the CPU seconds the build
spends in its own thread up to the swap of the new site (which the load does not inflate), and the load
average (the wall figures are noisy on a busy machine); then how long the last save's build took to the
end, with the rest of the site after the open page (a template save makes every event again: the
open page's first, the others in the background), in wall and CPU seconds. Needs Debian's chromium (/usr/bin/chromium) and the
playwright package (the test extra). Goals (issue 6): under 300 ms on the bundled archive, under 1 s
on 10,000 articles.
"""
from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from site_builder import serve as serve_module  # noqa: E402
from site_builder.serve import Preview  # noqa: E402
from site_builder.theme import builtin_theme  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
UPDATE_MARK = "site-builder:update"  # livereload.js marks the moment it starts an update in place
LOADED_AT = "performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
KINDS = ("article", "event.md", "template", "css")
NOTE = "The editor checked these reports against each other."


@dataclass
class Edit:
    """One kind of edit: the file it saves, the page that shows it, and how to make edit number n."""

    kind: str
    path: Path
    page: str  # URL path of the page kept open ("" until the archived copy's is known: see source_page)
    text: Callable[[int], str]  # the file's text for edit n
    stylesheet: bool = False  # the page swaps its stylesheet, the change is in its computed style (not its text)

    def word(self, number: int) -> str:
        return f"benchword{number:04d}"


def prepare(content: Path) -> tuple[list[Edit], str]:
    """Pick the files to edit (an article line the cleaner keeps verbatim) and give the first event a note
    and the site its own source.html and style.css, before the preview starts."""
    templates = content.parent / "templates"
    (templates / "static").mkdir(parents=True, exist_ok=True)
    theme_source = (builtin_theme() / "source.html").read_text(encoding="utf-8")
    theme_css = (builtin_theme() / "static" / "style.css").read_text(encoding="utf-8")
    (templates / "source.html").write_text(theme_source, encoding="utf-8")
    (templates / "static" / "style.css").write_text(theme_css, encoding="utf-8")
    folder = sorted(p for p in (content / "events").iterdir() if p.is_dir())[0]
    event_md = folder / "event.md"
    front = event_md.read_text(encoding="utf-8") if event_md.exists() else "---\n---\n"
    front = front[: front.index("---", 3) + 4]  # the front matter only: the note is the bench's own
    event_md.write_text(f"{front}\n{NOTE}\n", encoding="utf-8")
    article, line = _editable_line(folder)
    raw = article.read_text(encoding="utf-8")
    return [
        Edit("article", article, "", lambda n: raw.replace(line, line.replace(" ", f" benchword{n:04d} ", 1))),
        Edit("event.md", event_md, f"events/{folder.name}/", lambda n: f"{front}\n{NOTE} benchword{n:04d}\n"),
        Edit("template", templates / "source.html", "",
             lambda n: theme_source.replace("</article>", f"<p>benchword{n:04d}</p></article>", 1)),
        Edit("css", templates / "static" / "style.css", "",
             lambda n: theme_css + f"\n:root {{ --bench: benchword{n:04d} }}\n", stylesheet=True),
    ], line


def _editable_line(folder: Path) -> tuple[Path, str]:
    """An article of the event and a long plain line of its body (no markup, no characters HTML escapes)."""
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[3:]:
            if len(line) > 80 and line.count(" ") > 5 and not any(c in line for c in "&<>\"'*_[]`#|"):
                return path, line
    raise SystemExit(f"no editable article line in {folder}")


def source_page(output: Path, article: Path, line: str) -> str:
    """The URL path of the article's archived copy: the copy of its event that holds the line."""
    for page in sorted((output / "events" / article.parent.name / "sources").glob("*/index.html")):
        if line in page.read_text(encoding="utf-8"):
            return page.parent.relative_to(output).as_posix() + "/"
    raise SystemExit(f"no archived copy of {article} shows the line")


def measure(content: Path, repeat: int, label: str, kinds: list[str], verbose: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    output = content.parent / "output"
    edits, line = prepare(content)
    builds: list[float] = []
    cpu_to_swap: list[float] = []  # the builder thread's CPU seconds to its first swap: what the load does not inflate
    moments: dict[str, float] = {}  # when the latest save was made, its build began and first swapped a site in (wall clock)
    completed: list[tuple[float, float]] = []  # (began, ended) of each build that was not given up (wall clock)
    real_build = serve_module.build

    def timed_build(*args, swapped=None, **kwargs):
        began, cpu = time.perf_counter(), time.thread_time()
        began_at = time.time()
        moments.setdefault("build", began_at)

        def first_swap(changed):
            if "swap" not in moments:
                moments["swap"] = time.time()
                cpu_to_swap.append(time.thread_time() - cpu)
            if swapped is not None:
                swapped(changed)

        try:
            result = real_build(*args, swapped=first_swap, **kwargs)
            completed.append((began_at, time.time()))
            return result
        finally:
            builds.append(time.perf_counter() - began)

    serve_module.build = timed_build  # type: ignore[assignment]
    started = time.perf_counter()
    preview = Preview(content, output, port=0, log=sys.stderr if verbose else io.StringIO())
    preview.start()
    print(f"{label}: serve's first build and start {time.perf_counter() - started:.2f} s")
    copy = source_page(output, edits[0].path, line)
    for edit in edits:
        edit.page = edit.page or copy
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for edit in edits:
            if edit.kind not in kinds:
                continue
            page.goto(preview.url + edit.page)
            page.wait_for_selector("script[data-connected]", state="attached")
            builds.clear()
            cpu_to_swap.clear()
            # words of their own (an article's word shows on other pages too), and of this run (--content edits in place)
            first = 1000 * (KINDS.index(edit.kind) + 1) + 10_000 * (int(time.time()) % 100_000)
            phases = [_one_edit(page, edit, number, moments) for number in range(first, first + repeat)]
            latencies = [sum(phase.values()) for phase in phases]
            print(f"{label}: {edit.kind:<8} save -> page shows it over {repeat} saves: median {ms(statistics.median(latencies))}, "
                  f"min {ms(min(latencies))}, max {ms(max(latencies))}; the build: median {ms(statistics.median(builds))}, "
                  f"max {ms(max(builds))}; its CPU to the swap: median {ms(statistics.median(cpu_to_swap or [0.0]))}")
            print(f"{label}: {edit.kind:<8} medians of its parts: "
                  + ", ".join(f"{name} {ms(statistics.median(phase[name] for phase in phases))}" for name in phases[0]))
            saved, cpu = moments["saved"], moments["saved cpu"]
            if edit.kind == "template":  # the rest of the site is being made: pages not made yet, asked for now
                others = sorted(folder.name for folder in (content / "events").iterdir() if folder.is_dir())[1:2]
                for what, url in [*(("another event's page (rendered on demand)", f"events/{other}/") for other in others),
                                  ("the index (waits for the rest)", "")]:
                    began = time.time()
                    page.goto(preview.url + url, timeout=600_000)
                    print(f"{label}: {edit.kind:<8} {what}, opened {time.time() - saved:.2f} s after the last save: "
                          f"{ms(time.time() - began)}")
            while not (ends := [ended for began, ended in completed if began >= saved]):
                time.sleep(0.05)
            print(f"{label}: {edit.kind:<8} the last save's build, to its end (the rest of the site included): "
                  f"{min(ends) - saved:.2f} s wall, {_cpu_seconds() - cpu:.2f} s CPU (this process and its workers, to now)")
        browser.close()
    preview.stop()
    serve_module.build = real_build  # type: ignore[assignment]
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{label}: the watcher's quiet period is {preview.queue.quiet * 1000:.0f} ms; load average now {load} "
          f"({os.cpu_count()} cores)")


def _one_edit(page, edit: Edit, number: int, moments: dict[str, float]) -> dict[str, float]:
    """The seconds from the save to the page showing it, in parts: the watcher and its quiet period (to the
    build's start), the build up to the swap of the new site, the news reaching the page (to the reload's
    start: for an update in place, to the page's fetch of itself), the page's loading (a reload: to its load event;
    an update in place: fetch, parse, update, to the first frame with the change; a stylesheet: to the first frame
    with it)."""
    word = edit.word(number)
    text = edit.text(number)
    moments.clear()
    saved = moments["saved"] = time.time()
    moments["saved cpu"] = _cpu_seconds()
    edit.path.write_text(text, encoding="utf-8")
    if not edit.stylesheet:
        served = page.evaluate("performance.timeOrigin")
        shown = page.wait_for_function(
            # textContent, not innerText: asked every frame, innerText would lay the whole page out each time,
            # slowing the page it measures; this frame is the first to lay out and paint the change
            f"document.body !== null && document.body.textContent.includes({word!r}) && Date.now()", polling="raf", timeout=600_000,
        ).json_value() / 1000
        page.wait_for_load_state("load")
        if page.evaluate("performance.timeOrigin") != served:  # reloaded
            began, shown = (value / 1000 for value in page.evaluate(f"[performance.timeOrigin, {LOADED_AT}]"))  # the browser's wall clock
        else:  # updated in place: from the news reaching the page to the first frame showing the change
            began = page.evaluate(f"performance.timeOrigin + performance.getEntriesByName({UPDATE_MARK!r}).pop().startTime") / 1000
    else:
        shown = page.wait_for_function(
            f"getComputedStyle(document.documentElement).getPropertyValue('--bench').trim() === {word!r} && Date.now()",
            polling="raf", timeout=600_000,
        ).json_value() / 1000
        began = moments.get("swap", shown)
    time.sleep(0.3)
    build, swap = moments.get("build", saved), moments.get("swap", began)
    return {"watcher": build - saved, "build to swap": swap - build, "news": began - swap, "page load": shown - began}


def _cpu_seconds() -> float:
    """CPU seconds of this process and of the child processes it has waited for (the build's workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="a synthetic archive of this many articles (0: the bundled one)")
    parser.add_argument("--repeat", type=int, default=7, help="saves per kind of edit")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"kinds of edit, comma-separated (of {', '.join(KINDS)})")
    parser.add_argument("--content", type=Path, default=None,
                        help="an existing content folder, edited in place and built into output/ beside it: a second run "
                             "reuses its build cache (generate it once with bench/generate.py)")
    parser.add_argument("--verbose", action="store_true", help="print what the preview prints")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"needs Debian's chromium at {CHROMIUM}: apt-get install chromium")
    kinds = args.kinds.split(",")
    if unknown := set(kinds) - set(KINDS):
        raise SystemExit(f"unknown kinds: {', '.join(sorted(unknown))}")
    if args.content is not None:
        measure(args.content.resolve(), args.repeat, f"{sum(1 for _ in args.content.glob('events/*/*.txt'))} articles", kinds,
                args.verbose)
        return
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        if args.articles:
            generate(Path(folder), args.articles, per_event=10)
            label = f"{args.articles} articles"
        else:
            shutil.copytree(ROOT / "content", content)
            label = "bundled archive"
        measure(content, args.repeat, label, kinds, args.verbose)


if __name__ == "__main__":
    main()
