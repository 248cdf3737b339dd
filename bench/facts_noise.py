#!/usr/bin/env python3
"""Fact box noise: the share of boxed facts an editor would keep, per event and overall.

Builds the boxes of the scored events (bench/facts_score.py) and of the factsq5 draw of real pages
(bench/facts_corpus.py --sample 20 --seed 5), and looks every boxed fact up in the hand judgement
(bench/facts_judged.jsonl: one fact a line, its event, kind, label and value, the verdict `keep` or
`noise` and, for noise, why). A fact the build boxes that no line judges (new, or changed since it was
judged) is counted as unjudged, and `--unjudged` prints it as a line to judge and add to the file.

    python bench/facts_noise.py [--unjudged] [--reasons]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from facts_corpus import DEV_PAGES, dev_pages, page_event  # noqa: E402
from facts_score import scored_events  # noqa: E402
from tests.facts_expectations import analysed_event, seed_content  # noqa: E402
from site_builder.model import Event  # noqa: E402

JUDGED = ROOT / "bench" / "facts_judged.jsonl"
CORPUS_SAMPLE, CORPUS_SEED = 20, 5


def boxes(seed: Path) -> list[tuple[str, Event]]:
    """(name, analysed event) of every event whose box is judged: the scored events, then the real pages."""
    scored = [(slug, analysed_event(content, slug)) for _, content, slug, _ in scored_events(seed)]
    corpus = [(f"page {page}", page_event(DEV_PAGES, page)[0]) for page in dev_pages(DEV_PAGES, CORPUS_SAMPLE, CORPUS_SEED)]
    return scored + corpus


def fact_key(event: str, kind: str, label: str, value: str) -> tuple[str, str, str, str]:
    return event, kind, label, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", action="store_true", help="print the unjudged facts as lines to judge")
    parser.add_argument("--reasons", action="store_true", help="print each noise fact with its reason")
    args = parser.parse_args()
    verdicts: dict[tuple[str, str, str, str], dict[str, str]] = {}
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        verdicts[fact_key(row["event"], row["kind"], row["label"], row["value"])] = row
    totals: Counter[str] = Counter()
    sets: dict[str, Counter[str]] = {"scored events": Counter(), "real pages": Counter()}
    by_kind: dict[str, Counter[str]] = {}
    reasons: Counter[str] = Counter()
    unjudged: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        events = boxes(seed_content(ROOT / "content", Path(tmp)))
    for name, event in events:
        counts: Counter[str] = Counter()
        for fact in event.facts:
            row = verdicts.get(fact_key(name, fact.kind, fact.label, fact.value))
            verdict = row["verdict"] if row else "unjudged"
            counts[verdict] += 1
            by_kind.setdefault(fact.kind, Counter())[verdict] += 1
            if row is None:
                unjudged.append({"event": name, "kind": fact.kind, "label": fact.label, "value": fact.value,
                                 "verdict": "", "reason": ""})
            elif verdict == "noise":
                reasons[row["reason"].split(":")[0]] += 1
                if args.reasons:
                    print(f"    noise [{fact.kind}] {fact.label}: {fact.value[:80]} -- {row['reason']}")
        totals.update(counts)
        sets["real pages" if name.startswith("page ") else "scored events"].update(counts)
        print(f"{name}: {ratio(counts)}")
    for kind, counts in sorted(by_kind.items()):
        print(f"  [{kind}] {ratio(counts)}")
    for name, counts in sets.items():
        print(f"{name}: {ratio(counts)}")
    print("noise classes: " + ", ".join(f"{reason} {n}" for reason, n in reasons.most_common()))
    print(f"overall: {ratio(totals)}")
    if args.unjudged:
        for row in unjudged:
            print(json.dumps(row, ensure_ascii=False))
    return 0


def ratio(counts: Counter[str]) -> str:
    """'keep/judged = percent' and the unjudged count, if any."""
    judged = counts["keep"] + counts["noise"]
    share = f"{counts['keep'] / judged:.1%}" if judged else "n/a"
    return f"{counts['keep']}/{judged} kept ({share})" + (f", {counts['unjudged']} unjudged" if counts["unjudged"] else "")


if __name__ == "__main__":
    sys.exit(main())
