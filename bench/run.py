"""Benchmark: build synthetic archives from the command line and print the figures issue 7 asks for.

For every size: a cold build (no cache, no output), a no-op rebuild, a rebuild after editing one
article, after adding one article to an event, after editing aliases.toml; wall time, peak memory of
the whole process tree, and the build's own stage table (--timings). When `hugo` is on the PATH the
same articles are built by Hugo in the same run, cold (a fresh site folder, --ignoreCache), and the
ratio is printed; with --repeat N the two cold builds alternate N times and the spread is printed.
What each side builds is printed with the figures:

- site-builder: cleans every raw article, merges each event's facts, and writes the event pages,
  the archived copies (HTML and Markdown), facts.json, every event's and the site's feeds (Atom,
  RSS, JSON Feed, with archive documents), the index pages, the pages per outlet, tag, person and
  place, the sitemap, and the Pagefind search index of the event pages and archived copies;
- Hugo: the same articles as Markdown pages (front matter: the first line as title, the event as
  tag, the outlet named in the byline as outlet), minimal templates: a page per article, a page per
  tag (one per event) and per outlet, the home and section lists, and Hugo's default RSS feeds and
  sitemap. No cleaning, no facts, no search index.

A benchmark prints figures; it asserts nothing. The machine's load average is printed before and
after each size: on a shared machine only the ratios of one run are meaningful.

    python bench/run.py [--sizes 1000,10000,50000] [--workdir DIR] [--jobs N] [--repeat N] [--cold-only]
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
# The commands run as an installed site-builder runs: with Python's bytecode cache. An environment that
# turns it off (PYTHONDONTWRITEBYTECODE, set in some sandboxes) makes every run compile the package's
# source again, some 0.3 s of CPU a run that no installed copy spends (pip compiles on install).
AS_INSTALLED = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


@dataclass
class Run:
    wall: float
    peak_mb: float
    cpu_seconds: float  # user + system CPU of the command and its children
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds per stage (--timings)
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage, of the build and its children


def measure(command: list[str], env: dict | None = None) -> tuple[Run, str]:
    """Run a command; wall time and the peak of the summed RSS of it and its children (sampled every 10 ms)."""
    start, used = time.perf_counter(), _children_cpu()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.01)
    wall = time.perf_counter() - start
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out}\n{err}")
    return Run(wall, peak / 2**20, _children_cpu() - used, *_stage_table(err)), out + err


def _children_cpu() -> float:
    """CPU seconds of the children waited for so far (commands run one at a time: a difference is one command's)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _tree_rss(pid: int) -> int:
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/statm") as statm:
                total += int(statm.read().split()[1]) * PAGE
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    pending.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def _stage_table(stderr: str) -> tuple[dict[str, float], dict[str, float]]:
    """The rows of `--timings`: 'stage  seconds  cpu' lines after the 'stage' header; wall and CPU seconds."""
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    lines = stderr.splitlines()
    if "stage" not in [line.split()[0] for line in lines if line.split()]:
        return wall, cpu
    for line in lines[[line.split()[:1] for line in lines].index(["stage"]) + 1 :]:
        parts = line.split()
        if len(parts) >= 2:
            try:
                wall[parts[0]] = float(parts[1])
                if len(parts) >= 3:
                    cpu[parts[0]] = float(parts[2])
            except ValueError:
                continue
    return wall, cpu


def site_builder(content: Path, output: Path, jobs: int | None, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "site_builder", "build", "--content", str(content), "--output", str(output)]
    command += ["--timings", *extra]
    return command + (["--jobs", str(jobs)] if jobs else [])


def edit_one_article(content: Path) -> None:
    path = sorted((content / "events").iterdir())[len(list((content / "events").iterdir())) // 2]
    article = sorted(path.glob("*.txt"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(" the ", " the very ", 1), encoding="utf-8")


def add_one_article(content: Path) -> None:
    events = sorted((content / "events").iterdir())
    donor = sorted(events[0].glob("*.txt"))[0]
    shutil.copy(donor, events[-1] / "999_added.txt")


def edit_aliases(content: Path) -> None:
    with (content / "aliases.toml").open("a", encoding="utf-8") as aliases:
        aliases.write('Kharkiv = ["Kharkov"]\n')


BYLINE_OUTLET = re.compile(r"^By [^|]+\| ([^|]+) \|", re.MULTILINE)


def hugo_site(content: Path, site: Path) -> None:
    """The same articles as Hugo content: one Markdown page per article, tagged with its event and outlet."""
    pages = site / "content" / "articles"
    pages.mkdir(parents=True)
    for event in sorted((content / "events").iterdir()):
        for article in sorted(event.glob("*.txt")):
            text = article.read_text(encoding="utf-8")
            title = text.split("\n", 1)[0].replace('"', "'")
            outlet = BYLINE_OUTLET.search(text)
            front = (f'---\ntitle: "{title}"\ndate: 2023-04-20\ntags: ["{event.name}"]\n'
                     f'outlets: ["{outlet.group(1) if outlet else "unknown"}"]\n---\n\n')
            (pages / f"{event.name}-{article.stem}.md").write_text(front + text, encoding="utf-8")
    (site / "hugo.toml").write_text('baseURL = "https://archive.example/"\ntitle = "Benchmark archive"\n'
                                    '[taxonomies]\ntag = "tags"\noutlet = "outlets"\n')
    layouts = site / "layouts" / "_default"
    layouts.mkdir(parents=True)
    head = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>"
    (layouts / "single.html").write_text(
        head + '{{ .Content }}<p>{{ range .Params.tags }}<a href="/tags/{{ . | urlize }}/">{{ . }}</a>{{ end }}'
        "</p></body></html>\n"
    )
    (layouts / "list.html").write_text(
        head + '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'
        "</body></html>\n"
    )


def bench_size(
    articles: int, workdir: Path, jobs: int | None, hugo: str | None, repeat: int, cold_only: bool = False
) -> dict[str, Run]:
    root = workdir / f"archive-{articles}"
    shutil.rmtree(root, ignore_errors=True)
    generate(root, articles)
    content, output = root / "content", root / "output"
    if hugo:
        hugo_site(content, root / "hugo")
    runs: dict[str, Run] = {}
    for attempt in range(1, repeat + 1):  # cold builds side by side, alternating, so both meet the same load
        suffix = f" #{attempt}" if repeat > 1 else ""
        shutil.rmtree(output, ignore_errors=True)
        runs[f"cold build{suffix}"] = _measured(f"cold build{suffix}", site_builder(content, output, jobs, "--clear-cache"))
        if hugo:
            shutil.rmtree(root / "hugo" / "public", ignore_errors=True)
            runs[f"hugo cold build{suffix}"] = _measured(
                f"hugo cold build{suffix}", [hugo, "--source", str(root / "hugo"), "--quiet", "--ignoreCache"]
            )
    if not cold_only:
        runs["no-op rebuild"] = _measured("no-op rebuild", site_builder(content, output, jobs))
        for name, change in (("one article edited", edit_one_article), ("one article added", add_one_article),
                             ("aliases.toml edited", edit_aliases)):
            change(content)
            runs[name] = _measured(name, site_builder(content, output, jobs))
    print(f"  site-builder wrote {_files(output)}" + (f"; Hugo wrote {_files(root / 'hugo' / 'public')}" if hugo else ""))
    return runs


def _measured(name: str, command: list[str]) -> Run:
    """`measure`, its figures printed at once (a large size takes long: the table comes at the end)."""
    run, _ = measure(command, AS_INSTALLED)
    print(f"  {name}: {run.wall:.3f} s wall, {run.cpu_seconds:.1f} s CPU, {run.peak_mb:.0f} MB peak", flush=True)
    return run


def _files(folder: Path) -> str:
    files = [path for path in folder.rglob("*") if path.is_file()]
    return f"{len(files):,} files, {sum(path.stat().st_size for path in files) / 2**20:,.0f} MB"


def report(articles: int, runs: dict[str, Run]) -> None:
    stages = sorted({stage for run in runs.values() for stage in run.stages if stage != "total"})
    print(f"  {'':22} {'wall s':>8} {'peak MB':>8}  " + " ".join(f"{s[:9]:>9}" for s in stages))
    for name, run in runs.items():
        cells = " ".join(f"{run.stages[s]:9.3f}" if s in run.stages else f"{'':9}" for s in stages)
        print(f"  {name:22} {run.wall:8.3f} {run.peak_mb:8.0f}  {cells}")
        if run.cpu:
            cells = " ".join(f"{run.cpu[s]:9.3f}" if s in run.cpu else f"{'':9}" for s in stages)
            print(f"  {'  CPU seconds':22} {run.cpu.get('total', 0.0):8.3f} {'':8}  {cells}")
    ours = [run.wall for name, run in runs.items() if name.startswith("cold build")]
    hugos = [run.wall for name, run in runs.items() if name.startswith("hugo cold build")]
    if hugos:
        ratios = [a / b for a, b in zip(ours, hugos)]
        spread = f" (each run: {', '.join(f'{r:.2f}' for r in ratios)})" if len(ratios) > 1 else ""
        print(f"  cold build / Hugo cold build = {statistics.median(ratios):.2f}{spread}")
        ours_cpu = [run.cpu_seconds for name, run in runs.items() if name.startswith("cold build")]
        hugos_cpu = [run.cpu_seconds for name, run in runs.items() if name.startswith("hugo cold build")]
        print(f"  in CPU seconds (less sensitive to the machine's load): "
              f"{statistics.median(a / b for a, b in zip(ours_cpu, hugos_cpu)):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="articles per archive, comma-separated")
    parser.add_argument("--workdir", type=Path, default=None, help="where archives are generated (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes for site-builder (default: one per core)")
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo even when it is installed")
    parser.add_argument("--repeat", type=int, default=1, help="cold builds (ours and Hugo's, alternating) per size")
    parser.add_argument("--cold-only", action="store_true", help="only the cold builds, no rebuilds (a large size takes long)")
    args = parser.parse_args()
    hugo = None if args.no_hugo else shutil.which("hugo")
    if hugo:
        version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
        print(f"hugo {version} found: it builds the same articles in the same run")
    else:
        print("hugo not found (apt-get install hugo): no Hugo comparison")
    print(f"{os.cpu_count()} cores; site-builder run as {sys.executable} -m site_builder, with the bytecode cache")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="site-builder-bench-"))
    cold: dict[int, float] = {}
    for articles in (int(size) for size in args.sizes.split(",")):
        print(f"\n{articles:,} articles (load average before: {_load()})", flush=True)
        runs = bench_size(articles, workdir, args.jobs, hugo, args.repeat, args.cold_only)
        report(articles, runs)
        print(f"  load average after: {_load()}")
        cold[articles] = statistics.median(run.wall for name, run in runs.items() if name.startswith("cold build"))
    if 10_000 in cold and 50_000 in cold:
        print(f"\n50,000 / 10,000 cold build = {cold[50_000] / cold[10_000]:.2f}")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
