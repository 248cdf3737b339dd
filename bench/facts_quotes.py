#!/usr/bin/env python3
"""Quotation attribution check: is each boxed quotation given to the one who said it?

Two figures over the scored events of bench/facts_score.py:
- the editors' quotations with a speaker (kind "quote", a label): boxed with that speaker / boxed at all;
- every boxed quotation's citations: the speaker the box gives is named (a word of their name, or the
  description's words) in the cited sentence's paragraph or the paragraph before. A citation where they are
  not is counted as a wrong speaker (a quotation given to someone named elsewhere in the source, or to nobody
  near it) and printed, so a person can look at it.

    python bench/facts_quotes.py [--quiet]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from facts_score import bucket_of, scored_events  # noqa: E402
from site_builder.facts.aliases import fold  # noqa: E402
from tests.facts_expectations import analysed_event, seed_content  # noqa: E402

_NAME_WORD = re.compile(r"[^\W\d_][\w']{2,}")
_NOT_A_NAME = {"the", "and", "of", "a", "an", "said", "van", "der", "de", "da", "del", "von"}


def speaker_words(label: str) -> list[set[str]]:
    """Each speaker of a label ('A / B' gives two), as the words of their name worth looking for."""
    speakers = []
    for part in label.split(" / "):
        words = {w for w in _NAME_WORD.findall(fold(part)) if w not in _NOT_A_NAME}
        if words:
            speakers.append(words)
    return speakers


def paragraph_window(body: str, quote: str) -> str | None:
    """The paragraph holding the cited sentence and the one before it (folded), None when not found."""
    paragraphs = [fold(p) for p in re.split(r"\n\s*\n", body) if p.strip()]
    wanted = fold(quote)[:80]
    for at, paragraph in enumerate(paragraphs):
        if wanted in paragraph:
            return " ".join(paragraphs[max(0, at - 1) : at + 1])
    return None


def named_near(label: str, body: str, quote: str) -> bool:
    window = paragraph_window(body, quote)
    if window is None:
        return True  # not placed: not counted against the speaker
    found = set(_NAME_WORD.findall(window))
    return any(words & found for words in speaker_words(label))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args()
    expected_total = expected_boxed = expected_right = 0
    citations = wrong = 0
    per_bucket: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, content, slug, expectations in scored_events(seed_content(ROOT / "content", Path(tmp))):
            event = analysed_event(content, slug)
            quotes = [f for f in event.facts if f.kind == "quote"]
            for expected in expectations:
                if expected.kind != "quote" or not expected.label:
                    continue
                expected_total += 1
                boxed = [f for f in quotes if re.search(expected.value, f.value, re.IGNORECASE)]
                if not boxed:
                    continue
                expected_boxed += 1
                if any(re.search(expected.label, f.label, re.IGNORECASE) for f in boxed):
                    expected_right += 1
                elif not args.quiet:
                    print(f"{name}: expected speaker /{expected.label}/ of {boxed[0].value[:60]!r}, boxed as {boxed[0].label!r}")
            bodies = {s.id: s.article.body for s in event.sources}
            bucket = per_bucket.setdefault(bucket_of(name), [0, 0])
            for fact in quotes:
                for citation in fact.citations:
                    citations += 1
                    bucket[0] += 1
                    if not named_near(fact.label, bodies[citation.source], citation.quote):
                        wrong += 1
                        bucket[1] += 1
                        if not args.quiet:
                            print(f"{name}: {fact.label!r} not named near {citation.source}: {citation.quote[:110]!r}")
    for key, (cited, missed) in per_bucket.items():
        print(f"  {key}: {missed}/{cited} quotation citations with the speaker not named in the paragraph or the one before")
    print(f"editors' quotations with a speaker: {expected_right}/{expected_total} boxed with that speaker ({expected_boxed} boxed)")
    print(f"quotation citations whose speaker is not named in the paragraph or the one before: {wrong}/{citations}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
