#!/usr/bin/env python3
"""Fact box size: how many facts each scored event boxes, by kind, and how many more it keeps out of the box.

An editor boxes about 25 facts an event; a box twice that long buries the key ones. Prints, per scored event
(bench/facts_score.py), the boxed facts, the figures among them, the count of each kind, and the facts kept
reachable beyond the box ('more figures'), then the totals and means per bucket.

    python bench/facts_size.py
"""
from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from facts_score import bucket_of, scored_events  # noqa: E402
from tests.facts_expectations import analysed_event, seed_content  # noqa: E402
from site_builder.model import FACT_KINDS  # noqa: E402


def main() -> int:
    buckets: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, content, slug, _ in scored_events(seed_content(ROOT / "content", Path(tmp))):
            event = analysed_event(content, slug)
            kinds = Counter(f.kind for f in event.facts)
            more = len(event.more_facts)
            print(f"{name}: {len(event.facts)} boxed, {kinds['number']} figures, {more} more; "
                  + " ".join(f"{kind} {kinds[kind]}" for kind in FACT_KINDS))
            bucket = buckets.setdefault(bucket_of(name), Counter())
            bucket.update(events=1, boxed=len(event.facts), figures=kinds["number"], more=more)
    total: Counter[str] = Counter()
    for key, counts in buckets.items():
        total.update(counts)
        print(f"{key}: {counts['events']} events, {counts['boxed']} boxed ({counts['boxed'] / counts['events']:.1f} an event), "
              f"{counts['figures']} figures ({counts['figures'] / counts['events']:.1f} an event), {counts['more']} more")
    print(f"all: {total['events']} events, {total['boxed']} boxed ({total['boxed'] / total['events']:.1f} an event), "
          f"{total['figures']} figures ({total['figures'] / total['events']:.1f} an event), {total['more']} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
