#!/usr/bin/env python3
"""The expected claims of the scored events (bench/facts_score.py) that the fact box misses or cites inexactly,
each with the sentences of every source its evidence matches and the sentences the boxed claim cites: what
the claims' selection (which sentences an editor would box) and grouping (paraphrases across sources) miss.

    python bench/facts_claims.py [--all]   # --all: the exact ones too
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

from facts_score import scored_events  # noqa: E402
from site_builder.facts.sentences import split_sentences  # noqa: E402
from tests.facts_expectations import analysed_event, found, seed_content  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list the exact claims too")
    args = parser.parse_args()
    totals = {"claims": 0, "found": 0, "exact": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for name, content, slug, expectations in scored_events(seed_content(ROOT / "content", Path(tmp))):
            claims = [e for e in expectations if e.kind == "claim"]
            if not claims:
                continue
            event = analysed_event(content, slug)
            for expected in claims:
                fact = found(expected, event)
                stating = expected.stating(event)
                cited = {c.source for c in fact.citations} if fact else set()
                totals["claims"] += 1
                totals["found"] += fact is not None
                exact = fact is not None and cited == stating
                totals["exact"] += exact
                if exact and not args.all:
                    continue
                verdict = "MISSING" if fact is None else ("exact" if exact else f"cites {sorted(cited)}, stating {sorted(stating)}")
                print(f"{name}: claim {expected.value!r}: {verdict}")
                quotes = {(c.source, c.quote) for c in fact.citations} if fact else set()
                if fact is not None:
                    print(f"    boxed: {fact.value}")
                for source in event.sources:
                    for sentence in split_sentences(source.article.body, source.id):
                        if re.search(expected.evidence, sentence.text):
                            mark = "cited" if (source.id, sentence.text) in quotes else "     "
                            print(f"    {source.id} [{mark}] #{sentence.index}: {sentence.text}")
                if fact is not None:
                    for c in fact.citations:
                        if c.source not in stating:
                            print(f"    {c.source} [extra] {c.quote}")
                print()
    print(f"claims: {totals['found']}/{totals['claims']} found, {totals['exact']}/{totals['claims']} exact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
