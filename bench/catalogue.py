#!/usr/bin/env python3
"""Catalogue score: the fact-box extractors on short news texts written, with an editor's expected
extraction, by people who never saw the code (bench/catalogue/, see its README).

Each item's text is analysed as a one-source event, through the same analysis the build runs
(analyse_event), so the score counts what reaches the box. Per family it prints, for the entity items,
people found / expected and those with the expected role, organisations and places found / expected;
for the figure items, figures whose shown value matches / expected and those also counting the expected
thing; and, for both, the look-alikes listed as not to be boxed that were boxed (false positives).
It asserts nothing: it measures where the rules fail to generalise.

    python bench/catalogue.py [--family NAME] [--misses]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.facts import analyse_event  # noqa: E402
from site_builder.facts.aliases import fold  # noqa: E402
from site_builder.model import Article, Event, EventMeta, Fact, Source  # noqa: E402

CATALOGUE = ROOT / "bench" / "catalogue"
ENTITY_KINDS = {"people": "person", "organizations": "organization", "places": "place"}
# A hedge the shown value may open with: the catalogue's value patterns are written for the figure itself.
_HEDGE = re.compile(
    r"^(?:at least|at most|up to|more than|less than|fewer than|nearly|almost|about|around|roughly|some|over|"
    r"under|approximately|an estimated|estimated|close to|in excess of|as many as|as much as|just over|just under|"
    r"upwards of)\s+",
    re.IGNORECASE,
)
# The unit the box shows beside a figure, in its label: 'distance (metre)', 'number of barrels',
# 'basis points (Reserve Bank)'.
_UNIT = re.compile(r"^(?:number of )?(.+?)(?: \(([^()]+)\))?$", re.DOTALL)


@dataclass
class Tally:
    """One family's counts: expected / found / right per kind, false positives, and what went wrong."""

    items: int = 0
    expected: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    false_positives: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.items += other.items
        self.false_positives += other.false_positives
        for mine, theirs in ((self.expected, other.expected), (self.found, other.found), (self.right, other.right)):
            for kind, count in theirs.items():
                mine[kind] += count


def boxed(text: str) -> tuple[Fact, ...]:
    """The fact box of the text as the only source of an event, as the build makes it."""
    article = Article(title=None, body=text)
    event, _ = analyse_event(Event("item", EventMeta(), (Source("s1", "item.txt", "item", "item", article),), "", None, "item"))
    return event.facts


def _names(fact: Fact) -> set[str]:
    return {fold(fact.value), *(fold(v) for v in fact.variants)}


def _shown(fact: Fact) -> str:
    return f"{fact.kind} {fact.value!r} ({fact.label})"


def score_entities(item: dict, facts: tuple[Fact, ...], tally: Tally) -> None:
    """People by name (case, accents, hyphens and periods aside) and role; organisations and places by name."""
    text = item["text"][:90]
    for key, kind in ENTITY_KINDS.items():
        for expected in item[key]:
            name, role = (expected["name"], expected["role"]) if kind == "person" else (expected, "")
            tally.expected[kind] += 1
            same = [f for f in facts if fold(name) in _names(f)]
            fact = next((f for f in same if f.kind == kind), None)
            if fact is None:
                otherwise = f", boxed as {_shown(same[0])}" if same else ""
                tally.misses.append(f"missing {kind} {name!r}{otherwise}  <<{text}>>")
                continue
            tally.found[kind] += 1
            if re.search(role, fact.label, re.IGNORECASE):
                tally.right[kind] += 1
            else:
                tally.misses.append(f"wrong role {fact.label!r} for {name!r}, expected /{role}/  <<{text}>>")
    tally.expected["look-alike"] += len(item["not_entities"])
    for negative in item["not_entities"]:
        for fact in facts:
            if fact.kind in ENTITY_KINDS.values() and fold(negative) in _names(fact):
                tally.false_positives += 1
                tally.misses.append(f"boxed look-alike {_shown(fact)}  <<{text}>>")


def _value_matches(pattern: str, fact: Fact) -> bool:
    """The pattern matches the value as the box shows it (value · label): alone, without its hedge, or
    followed by what its label names ('48' labelled 'distance (metre)' is '48 metre' and '48 distance')."""
    value = " ".join(fact.value.split())
    shown = [value, _HEDGE.sub("", value)]
    units = [u for u in _UNIT.fullmatch(fact.label).groups() if u] if fact.label else []
    shown += [f"{v} {unit}" for v in shown[:2] for unit in units]
    return any(re.search(pattern, v, re.IGNORECASE) for v in shown)


def score_figures(item: dict, facts: tuple[Fact, ...], tally: Tally) -> None:
    """Figures by shown value (a hedge aside), then by what they count; look-alikes boxed as figures."""
    text = item["text"][:90]
    numbers = [f for f in facts if f.kind == "number"]
    answering: set[str] = set()
    for expected in item["figures"]:
        tally.expected["figure"] += 1
        valued = [f for f in numbers if _value_matches(expected["value"], f)]
        if not valued:
            boxed_numbers = "; ".join(_shown(f) for f in numbers) or "no figure"
            tally.misses.append(f"missing figure /{expected['value']}/ ({expected['counts']}); boxed: {boxed_numbers}  <<{text}>>")
            continue
        tally.found["figure"] += 1
        answering |= {f.id for f in valued}
        if any(re.search(expected["counts"], f.label, re.IGNORECASE) for f in valued):
            tally.right["figure"] += 1
        else:
            tally.misses.append(f"wrong label {valued[0].label!r} for {valued[0].value!r}, expected /{expected['counts']}/  <<{text}>>")
    tally.expected["look-alike"] += len(item["not_figures"])
    for negative in item["not_figures"]:
        look_alike = re.compile(rf"(?<!\w){re.escape(fold(negative))}(?!\w)")
        for fact in numbers:
            if fact.id not in answering and look_alike.search(fold(fact.value)):
                tally.false_positives += 1
                tally.misses.append(f"boxed look-alike {_shown(fact)} for {negative!r}  <<{text}>>")


# Each catalogue: its scorer, and its columns: the kind counted, and the name of its second test if any.
CATALOGUES = (
    ("entities", score_entities, (("person", "role"), ("organization", ""), ("place", ""))),
    ("figures", score_figures, (("figure", "label"),)),
)
_PLURAL = {"person": "people", "organization": "orgs", "place": "places", "figure": "figures"}


def _header(columns: tuple[tuple[str, str], ...]) -> str:
    cells = [f"{'family':<30} {'items':>5}"]
    cells += [f"{_PLURAL[kind] + ' found/exp':>17}" + (f" {test + ' ok':>8}" if test else "") for kind, test in columns]
    return "  ".join(cells) + f"  {'look-alikes boxed':>17}"


def _row(name: str, tally: Tally, columns: tuple[tuple[str, str], ...]) -> str:
    cells = [f"{name:<30} {tally.items:>5}"]
    cells += [
        f"{f'{tally.found[kind]}/{tally.expected[kind]}':>17}" + (f" {tally.right[kind]:>8}" if test else "")
        for kind, test in columns
    ]
    look_alikes = f"{tally.false_positives}/{tally.expected['look-alike']}"
    return "  ".join(cells) + f"  {look_alikes:>17}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", help="only the items of this family")
    parser.add_argument("--misses", action="store_true", help="list what went wrong, item by item")
    args = parser.parse_args()
    started = time.process_time()
    for catalogue, score, columns in CATALOGUES:
        items = [json.loads(line) for line in (CATALOGUE / f"{catalogue}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        families: dict[str, Tally] = defaultdict(Tally)
        for item in items:
            if args.family and item["family"] != args.family:
                continue
            tally = families[item["family"]]
            tally.items += 1
            score(item, boxed(item["text"]), tally)
        if not families:
            continue
        print(f"== {catalogue}\n{_header(columns)}")
        total = Tally()
        for name in sorted(families):
            print(_row(name, families[name], columns))
            total.add(families[name])
        print(_row("TOTAL", total, columns))
        if args.misses:
            for name in sorted(families):
                for miss in families[name].misses:
                    print(f"  [{name}] {miss}")
        print()
    print(f"{time.process_time() - started:.1f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
