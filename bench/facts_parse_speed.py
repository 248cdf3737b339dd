#!/usr/bin/env python3
"""What the dependency parse of `facts/parse.py` costs: CPU ms an article, one core, over half A's cleaned sources.

Parses, with spaCy's tagger and parser, every sentence; only those holding two names or more (people, bodies, places
the entity stage found); only the first N sentences of each source; and, for comparison, times `find_facts` itself
without the parse. Needs the `parse` extra (spaCy and its small English pipeline).

    python bench/facts_parse_speed.py [--first 8]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.facts_halves import HALF_A  # noqa: E402
from site_builder.discover import discover  # noqa: E402
from site_builder.events import build_event  # noqa: E402
from site_builder.facts import find_facts, source_sentences  # noqa: E402
from site_builder.facts.aliases import Spellings, load_aliases, merged  # noqa: E402
from site_builder.facts.entities import find_entities  # noqa: E402
from site_builder.facts.parse import _pipeline  # noqa: E402
from site_builder.facts.sentences import LEAD  # noqa: E402


def _events() -> list:
    events = []
    for name in sorted(HALF_A, key=lambda n: int(n.removeprefix("blind"))):
        content = ROOT / "bench" / name
        folders, _ = discover(content)
        aliases, _ = load_aliases(content)
        events += [(event.sources, merged(aliases, event.meta.spelling)) for event, _ in map(build_event, folders) if event is not None]
    return events


def _ms(texts: list[str], articles: int) -> float:
    nlp = _pipeline()
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return (time.process_time() - start) * 1000 / articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=8, help="sentences of each source parsed in the third measure")
    args = parser.parse_args()
    if _pipeline() is None:
        print("spaCy or its small English pipeline is not installed (the parse extra)")
        return 1
    events = _events()
    articles = sum(len(sources) for sources, _ in events)
    every, named, first = [], [], []
    start = time.process_time()
    for sources, spellings in events:
        find_facts(sources, Spellings(spellings))
    facts_ms = (time.process_time() - start) * 1000 / articles
    for sources, spellings in events:
        by_source = source_sentences(sources)
        sentences = [s for source in sources for s in by_source[source.id]]
        holding: dict[tuple[str, int], set[str]] = {}
        for entity in find_entities(sentences, Spellings(spellings), LEAD, {}):
            for mention in entity.mentions:
                holding.setdefault((mention.sentence.source, mention.sentence.index), set()).add(entity.key)
        every += [s.text for s in sentences]
        named += [s.text for s in sentences if len(holding.get((s.source, s.index), ())) >= 2]
        first += [s.text for source in sources for s in by_source[source.id][: args.first]]
    print(f"half A: {len(events)} events, {articles} articles, {len(every)} sentences")
    print(f"find_facts (parse as configured): {facts_ms:.1f} ms an article")
    for label, texts in (("every sentence", every), ("sentences with two names or more", named), (f"first {args.first} sentences", first)):
        print(f"parse, {label} ({len(texts)}): {_ms(texts, articles):.1f} ms an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
