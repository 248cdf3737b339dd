#!/usr/bin/env python3
"""Why the box misses what the editors list: every expected fact of half A (bench/facts_halves.py's HALF_A) missed or
cited inexactly, in one class by the stage that loses it, counted by kind of fact.

A missed fact is 'boxed, label rejected' when a boxed fact of its kind has its value under a label the editor's
list rejects; 'extracted, not boxed (more)' when it is among the facts kept out of the box; 'boxed/more as another
kind' when a fact of another kind holds its value (a claim's words inside a quotation, a figure or a name);
'never extracted' otherwise. A found fact citing other sources than those stating it is 'cites too few', 'cites too
many' or 'cites wrong sources' (some of each); 'conflict not flagged' when the editor lists a disagreement. Prints
each case, then the table (session 26 put it in docs/fact-box.md).

    python bench/facts_causes.py [CHECKOUT]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

CHECKOUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
sys.path[:0] = [str(CHECKOUT), str(CHECKOUT / "bench")]

from facts_halves import HALF_A  # noqa: E402
from facts_score import set_events  # noqa: E402
from tests.facts_expectations import Expected, analysed_event, found  # noqa: E402

from site_builder.model import Event, Fact  # noqa: E402


def cause(expected: Expected, event: Event) -> tuple[str, str] | None:
    """(class, what to print) of an expected fact the box misses or cites inexactly; None when it is exact."""
    fact = found(expected, event)
    if fact is None:
        def holds(other: Fact) -> bool:
            return re.search(expected.value, other.value, re.IGNORECASE) is not None

        if any(f.kind == expected.kind and holds(f) for f in event.facts):
            return "boxed, label rejected", expected.value
        if any(f.kind == expected.kind and holds(f) for f in event.more_facts):
            return "extracted, not boxed (more)", expected.value
        if any(holds(f) for f in event.facts + event.more_facts):
            return "boxed/more as another kind", expected.value
        return "never extracted", expected.value
    cited, stating = {c.source for c in fact.citations}, expected.stating(event)
    if cited == stating and (expected.status is None or fact.status == expected.status):
        return None
    detail = f"{fact.id} cites {sorted(cited)} stating {sorted(stating)} {fact.status}"
    if expected.status and fact.status != expected.status:
        return "conflict not flagged", detail
    return ("cites too few" if cited < stating else "cites too many" if cited > stating else "cites wrong sources"), detail


def main() -> int:
    folders = tuple(sorted((CHECKOUT / "bench" / name for name in HALF_A), key=lambda f: int(f.name[len("blind"):])))
    table: Counter[tuple[str, str]] = Counter()
    rows = []
    for name, content, slug, expectations in set_events(folders):
        event = analysed_event(content, slug)
        for expected in expectations:
            told = cause(expected, event)
            if told is not None:
                table[(expected.kind, told[0])] += 1
                rows.append((expected.kind, told[0], name, told[1]))
    for row in sorted(rows):
        print("\t".join(row))
    kinds, causes = sorted({k for k, _ in table}), sorted({c for _, c in table})
    print("\n" + "cause".ljust(30) + "".join(k[:7].rjust(8) for k in kinds) + "   total")
    for c in causes:
        print(c.ljust(30) + "".join(str(table[(k, c)]).rjust(8) for k in kinds) + str(sum(table[(k, c)] for k in kinds)).rjust(8))
    print("total".ljust(30) + "".join(str(sum(table[(k, c)] for c in causes)).rjust(8) for k in kinds) + str(sum(table.values())).rjust(8))
    return 0


if __name__ == "__main__":
    sys.exit(main())
