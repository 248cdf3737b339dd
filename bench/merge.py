#!/usr/bin/env python3
"""Fact-merge benchmark: one event of many sources through the facts stage, on one core.

Makes N raw articles of about 5 KB for a single event (bench/generate.py: Markov-chain prose trained on
the bundled archive, with the event's figures repeated and sometimes contradicted across sources),
cleans them (not timed), then times `analyse_event` on the whole event (CPU time of this one process,
so that other work on the machine does not count; wall time beside it). The goal is 500 sources in
under 5 s, growing about linearly with the number of sources.

    python bench/merge.py [--sources 500] [--repeat 3]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import one_event  # noqa: E402

from site_builder.convert import convert_files  # noqa: E402
from site_builder.facts import analyse_event  # noqa: E402
from site_builder.facts.aliases import load_aliases  # noqa: E402
from site_builder.model import Event, EventMeta, Source, SourceFile  # noqa: E402


def event_of(count: int, seed: int = 1) -> Event:
    files = [
        SourceFile(f"events/big/{n:04d}.txt", text.encode("utf-8"), f"{n:064x}")
        for n, text in enumerate(one_event(count, seed))
    ]
    articles, problems = convert_files(files)
    assert not [p for p in problems if p.severity == "error"], problems
    sources = tuple(
        Source(f"s{n + 1}", file.path, "big", f"{n:04d}", a) for n, (file, a) in enumerate(zip(files, articles)) if a
    )
    return Event("big", EventMeta(), sources, title="Big event", date=None, id="big")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the 15 costliest functions")
    parser.add_argument("--only", action="store_true", help="measure --sources alone, in this process")
    args = parser.parse_args()
    if not args.only:  # each size in a fresh process: no cache warmed by a smaller run
        for count in sorted({max(1, args.sources // 4), max(1, args.sources // 2)}):
            subprocess.run([sys.executable, __file__, "--only", "--sources", str(count), "--repeat", str(args.repeat)], check=True)
    aliases, _ = load_aliases(ROOT / "content")
    for count in [args.sources]:
        event = event_of(count)
        kilobytes = sum(len(s.article.body.encode("utf-8")) for s in event.sources) / 1024
        times, cpu = [], []
        for _ in range(args.repeat):  # the first run pays for filling the caches, the best is reported
            start, start_cpu = time.perf_counter(), time.process_time()
            analysed, _ = analyse_event(event, aliases)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        kinds: dict[str, int] = {}
        for fact in analysed.facts:
            kinds[fact.kind] = kinds.get(fact.kind, 0) + 1
        print(
            f"{len(event.sources):4d} sources, {kilobytes:7.0f} KB of cleaned text: analyse_event best {min(cpu):.2f} s CPU, "
            f"{min(times):.2f} s wall (of {args.repeat}); {len(analysed.facts)} facts {dict(sorted(kinds.items()))}"
        )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(analyse_event, event, aliases)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
    if not args.only:
        print(f"goal: {args.sources} sources in under 5 s on one core: {'met' if min(cpu) < 5.0 else 'NOT met'} "
              f"(first run, caches cold: {cpu[0]:.2f} s CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
