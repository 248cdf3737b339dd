"""Facts stage: the Sources of one Event -> merged Facts, each citing the exact words of its sources.

Foundation version: counts ("31 countries", "55 ground attacks") found in the
sentences of each source, merged by the counted noun; different counts of the
same noun are a conflict, never a silent winner.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..model import Citation, Event, Fact
from .sentences import sentences

_NUMBER_WORDS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_COUNT = re.compile(rf"\b({_NUMBER_WORDS})(?:-member)?\s+((?:[A-Za-z][\w-]*\s+){{0,2}}?)([a-z][a-z-]{{2,}}s)\b")


def analyse_event(event: Event) -> Event:
    found: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # noun -> (source, value, quote)
    for source in event.sources:
        for sentence in sentences(source.article.body):
            for match in _COUNT.finditer(sentence):
                value, noun = match.group(1), match.group(3).lower()
                found[noun].append((source.id, value, sentence))
    facts = []
    for noun in sorted(found):
        mentions = found[noun]
        citations: dict[str, Citation] = {}
        for source_id, value, quote in mentions:
            citations.setdefault(source_id, Citation(source_id, quote, value))
        values = sorted({c.value for c in citations.values()})
        if len(citations) == 1:
            status = "single-source"
        else:
            status = "agreed" if len(values) == 1 else "conflict"
        ordered = tuple(sorted(citations.values(), key=lambda c: int(c.source[1:])))
        facts.append(
            Fact(
                id=f"number-{noun}",
                kind="number",
                label=f"number of {noun}",
                value=" / ".join(values),
                status=status,
                citations=ordered,
            )
        )
    return replace(event, facts=tuple(facts))
