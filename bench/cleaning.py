#!/usr/bin/env python3
"""Cleaning benchmark: shingle F1 of `site-builder convert` on the dev pages, and conversion speed.

Prints, for the 91 development pages: the cleaner on the plain-text pages, the cleaner on the HTML
pages, and trafilatura alone on the HTML pages (the baseline to beat); then the CPU time (user +
sys) to convert 1,000 articles of about 5 KB in one process pinned to one core, `--repeat` times
(the machine is shared: the spread shows how much of a figure is other people's load).

    python bench/cleaning.py [--dev DIR] [--skip-html] [--skip-speed | --speed-only] [--repeat N] [--count N]

The CPU figure moves with the others' load; the count of instructions does not. The figure for 100
articles is a run converting 100 less a run converting none (both load the model and warm up alike):

    valgrind --tool=callgrind --dump-instr=no --callgrind-out-file=/dev/null \
        python bench/cleaning.py --speed-only --repeat 1 --count 100      # "Collected : N" on stderr
    (the same with --count 0)
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():  # a worktree under /work/wt/<name>/ sees shared/ two levels up
    SHARED = ROOT.parent.parent / "shared"
SCORER = SHARED / "tools" / "score_cleaning.py"
_EVENT = 10  # articles an event of the speed run has


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=SHARED / "data" / "cleaning" / "dev")
    parser.add_argument("--skip-html", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="speed runs (default 3)")
    parser.add_argument("--count", type=int, default=1000, help="articles per speed run (default 1000)")
    parser.add_argument("--worst", type=int, default=3)
    args = parser.parse_args()
    if args.speed_only:
        _speed(args.dev, args.repeat, args.count)
        return 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pages = sorted(p for p in args.dev.glob("*.txt") if not p.name.endswith(".gold.txt"))
        _score("plain text (.txt) -> site-builder convert", _convert(pages, tmp / "txt"), args)
        if not args.skip_html:
            html_pages = _gunzip(sorted(args.dev.glob("*.html.gz")), tmp / "html")
            _score("HTML (.html) -> site-builder convert", _convert(html_pages, tmp / "html-md"), args)
            _score("HTML (.html) -> trafilatura alone (baseline)", _trafilatura_alone(html_pages, tmp / "traf"), args)
    if not args.skip_speed:
        _speed(args.dev, args.repeat, args.count)
    return 0


def _convert(paths: list[Path], out: Path) -> Path:
    command = [sys.executable, "-m", "site_builder", "convert", *map(str, paths), "--out", str(out)]
    subprocess.run(command, cwd=ROOT, check=False, stderr=subprocess.DEVNULL)
    return out


def _gunzip(paths: list[Path], out: Path) -> list[Path]:
    out.mkdir(parents=True)
    pages = []
    for path in paths:
        page = out / path.name.removesuffix(".gz")
        page.write_bytes(gzip.decompress(path.read_bytes()))
        pages.append(page)
    return pages


def _trafilatura_alone(pages: list[Path], out: Path) -> Path:
    import trafilatura

    out.mkdir(parents=True)
    for page in pages:
        text = trafilatura.extract(page.read_text(encoding="utf-8", errors="replace")) or ""
        (out / f"{page.name.removesuffix('.html')}.md").write_text(text, encoding="utf-8")
    return out


def _score(label: str, predictions: Path, args: argparse.Namespace) -> None:
    print(label)
    result = subprocess.run(
        [sys.executable, str(SCORER), str(args.dev), str(predictions), "--worst", str(args.worst)],
        capture_output=True, text=True, check=False,
    )
    print(result.stdout.rstrip() or result.stderr.rstrip())


def _speed(dev: Path, repeat: int, count: int = 1000, size: int = 5000) -> None:
    """Articles of ~5 KB made of real page text: a title, menu lines, gold paragraphs, trailing clutter.

    Each has its own digest and they are converted as a build converts them, an event of 10 at a time
    (convert_files compares an event's files for the lines they share): the 10 of an event come from
    different pages and different marked texts, as an event's articles come from different outlets.
    """
    sys.path.insert(0, str(ROOT))
    from site_builder.convert import convert_files
    from site_builder.model import SourceFile

    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as `taskset -c 0` would
    golds = [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.gold.txt"))]
    pages = [p.read_text(encoding="utf-8").split("\n") for p in sorted(dev.glob("*.txt")) if not p.name.endswith(".gold.txt")]
    files = []
    for i in range(max(count, 50)):
        gold, page = golds[i % len(golds)], pages[(i * 7) % len(pages)]
        head = "\n".join(page[:15])
        tail = "\n".join(page[-10:])
        body = (gold * (1 + size // max(1, len(gold))))[(i * 131) % max(1, len(gold)):][: max(0, size - len(head) - len(tail))]
        data = f"{head}\n\n{body}\n\n{tail}\n".encode()
        files.append(SourceFile(f"bench/{i:04d}.txt", data, hashlib.sha256(data).hexdigest()))
    total = sum(len(f.data) for f in files[:count])
    for event in _events(files[:50]):  # imports, compiled patterns and the model loaded before the clock starts
        convert_files(event)
    events = _events(files[:count])
    cpus = []
    for run in range(repeat):
        start, before = time.perf_counter(), os.times()
        articles, problems = [], []
        for event in events:
            event_articles, event_problems = convert_files(event)
            articles += event_articles
            problems += event_problems
        after = os.times()
        wall, user, system = time.perf_counter() - start, after.user - before.user, after.system - before.system
        cpus.append(user + system)
        converted = sum(a is not None for a in articles)
        print(f"speed run {run + 1}: {count} articles, {total / max(1, count) / 1000:.1f} KB average, {converted} converted, "
              f"{len(problems)} problems: {user + system:.2f} s CPU (user {user:.2f} + sys {system:.2f}) on one core, {wall:.2f} s wall")
    cpus.sort()
    print(f"speed: {cpus[0]:.2f} s CPU at best, {cpus[len(cpus) // 2]:.2f} s median, {cpus[-1]:.2f} s at worst "
          f"for {count} articles on one core (goal < 2 s)")


def _events(files: list) -> list[list]:
    return [files[at: at + _EVENT] for at in range(0, len(files), _EVENT)]


if __name__ == "__main__":
    sys.exit(main())
