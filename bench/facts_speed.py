#!/usr/bin/env python3
"""Facts-stage benchmark: `find_facts` over the first N events of a synthetic archive, in one process.

The events (bench/generate.py's 400-article archive, seed 1: 40 events of 10 sources) are converted once and kept
in DIR/events.pickle, so a run reads them and does nothing but find their facts. It prints the CPU time. On the
shared machine CPU seconds scatter with the others' load; the count of instructions does not. The facts stage's
count for N events is a run of N less a run of none (both start Python and import the stage alike):

    python bench/facts_speed.py --prepare                       # once: the archive and its converted events
    valgrind --tool=callgrind --dump-instr=no --callgrind-out-file=/dev/null \\
        python bench/facts_speed.py --events 8                  # "Collected : N" on stderr
    (the same with --events 0)

    python bench/facts_speed.py --events 8 [--out FILE]         # CPU time; FILE: the pickled results, to compare
"""
from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def prepare(workdir: Path) -> None:
    from site_builder.discover import discover
    from site_builder.events import build_event
    from site_builder.facts.aliases import load_aliases, merged

    content = workdir / "content"
    if not content.is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(workdir), "--articles", "400"], check=True)
    folders, _ = discover(content)
    aliases, _ = load_aliases(content)
    events = [event for event, _ in map(build_event, folders) if event is not None]
    (workdir / "events.pickle").write_bytes(pickle.dumps([(e.sources, merged(aliases, e.meta.spelling)) for e in events]))
    print(f"{len(events)} events kept in {workdir / 'events.pickle'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/site-builder-facts-speed"))
    parser.add_argument("--prepare", action="store_true", help="make the archive and keep its converted events")
    parser.add_argument("--events", type=int, default=8)
    parser.add_argument("--out", type=Path, help="write the results (pickled) here")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.workdir)
        return 0
    from site_builder.facts import find_facts
    from site_builder.facts.aliases import Spellings

    events = pickle.loads((args.workdir / "events.pickle").read_bytes())[: args.events]
    start = time.process_time()
    found = [find_facts(sources, Spellings(spellings)) for sources, spellings in events]
    print(f"find_facts over {len(events)} events: {time.process_time() - start:.2f} s CPU")
    if args.out:
        args.out.write_bytes(pickle.dumps(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
