"""A synthetic story archive for benchmarks: N events x M raw scraped articles of about 5 KB.

The sentences come from the bundled archive, shuffled by a seeded generator, with counts varied so
the fact stage has work to do; the same arguments always give the same bytes.

    python bench/synthetic.py --articles 10000 --per-event 10 OUT_CONTENT_DIR
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

BUNDLED = Path(__file__).resolve().parent.parent / "content"
OUTLETS = ("Daily Ledger", "Coast Herald", "Morning Wire", "Valley Times", "Capital Post", "Harbour News")


def sentence_pool() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(BUNDLED.glob("events/*/*.txt")))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(s.strip()) <= 400]


def article(rng: random.Random, pool: list[str], event: int, number: int) -> str:
    lines = [f"Event {event} report {number}: {rng.choice(pool)[:80]}", "", f"By {rng.choice(OUTLETS)} staff", ""]
    size = 0
    while size < 5000:
        paragraph = " ".join(rng.sample(pool, 3))
        paragraph = re.sub(r"\b\d+\b", lambda m: str(rng.randint(2, 60)), paragraph)
        lines += [paragraph, ""]
        size += len(paragraph)
    return "\n".join(lines)


def generate(target: Path, articles: int, per_event: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    pool = sentence_pool()
    (target / "events").mkdir(parents=True, exist_ok=True)
    (target / "site.toml").write_text('title = "Synthetic archive"\nbase_url = "https://bench.example.org/"\n')
    for event in range((articles + per_event - 1) // per_event):
        folder = target / "events" / f"event-{event:05d}"
        folder.mkdir(exist_ok=True)
        day = 1 + event % 28
        (folder / "event.md").write_text(f"---\ntitle: Synthetic event {event}\ndate: 2023-{1 + event % 12:02d}-{day:02d}\n---\n")
        for number in range(min(per_event, articles - event * per_event)):
            (folder / f"{number:03d}.txt").write_text(article(rng, pool, event, number), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-event", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.target, args.articles, args.per_event, args.seed)


if __name__ == "__main__":
    main()
