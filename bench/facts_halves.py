#!/usr/bin/env python3
"""The development sets split in two halves, for the held-out rule: fact-box rules are written from half A and land
only if half B is no worse (found, exact, known conflicts flagged, judged keep; judged noise not rising).

Half A holds the sets whose known conflicts are not only swapped digits (blind37, blind39, blind41 joined it in
session 19, when the older half A flagged 57 of its 60 and hid the gap unseen sets showed; blind43 and blind45 when
they were retired, blind44 and blind46 going to B; in session 20 blind47 and blind49 to A, blind48 and blind50 to B; in session 21
blind51 and blind53 to A, blind52 and blind54 to B; in session 22 blind55 and blind57 to A, blind56 and blind58 to B; in session 23 blind59 and blind61 to A, blind60 and blind62 to B; in session 24 blind63 and blind65 to A, blind64 and blind66 to B; in session 25 blind67 and blind69 to A, blind68 and blind70 to B; in session 26 blind72 and blind73 to A, blind71 and blind74 to B). Scores the code of
CHECKOUT (default: this repository) with bench/facts_score.py and prints found / exact / known conflicts flagged /
figure conflicts no editor listed per half; with --judged also the rejudged keep and noise per half
(bench/facts_judge.py rejudge: the verdicts of earlier judges, matched by value), with --kind one kind of fact only.

    python bench/facts_halves.py [CHECKOUT] [--judged] [--kind number]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HALF_A = {"blind3", "blind4", *(f"blind{i}" for i in range(9, 15)), *(f"blind{i}" for i in range(23, 27)), "blind37", "blind39", "blind41", "blind43", "blind45", "blind47", "blind49", "blind51", "blind53", "blind55", "blind57", "blind59", "blind61", "blind63", "blind65", "blind67", "blind69", "blind72", "blind73"}
HALF_B = {*(f"blind{i}" for i in range(15, 23)), *(f"blind{i}" for i in range(27, 37)), "blind38", "blind40", "blind42", "blind44", "blind46", "blind48", "blind50", "blind52", "blind54", "blind56", "blind58", "blind60", "blind62", "blind64", "blind66", "blind68", "blind70", "blind71", "blind74"}
SCORE_LINE = re.compile(
    r"^(blind\d+): (\d+)/(\d+) found .*?, (\d+)/\d+ exact .*?flagged (\d+)/(\d+), figures in conflict no editor listed (\d+)", re.M
)


def scores(checkout: Path) -> None:
    out = subprocess.run([sys.executable, "bench/facts_score.py"], cwd=checkout, capture_output=True, text=True, check=True).stdout
    totals = {"A": [0] * 6, "B": [0] * 6}
    for line in SCORE_LINE.finditer(out):
        half = "A" if line[1] in HALF_A else "B" if line[1] in HALF_B else None
        if half:
            totals[half] = [total + int(n) for total, n in zip(totals[half], line.groups()[1:])]
    for half, (found, expected, exact, flagged, known, unlisted) in totals.items():
        print(f"{half}: found {found}/{expected} ({found / expected:.1%}), exact {exact}, known conflicts {flagged}/{known}, "
              f"unlisted figure conflicts {unlisted}")


def judged(checkout: Path, kind: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp) / "box.jsonl"
        subprocess.run([sys.executable, "bench/facts_judge.py", "rejudge", "--out", str(box)], cwd=checkout, capture_output=True, check=True)
        facts = [json.loads(line) for line in box.read_text(encoding="utf-8").splitlines() if line.strip()]
    sys.path.insert(0, str(checkout))
    from bench.facts_judge import _judgements, _said, verdict_of

    judgements = _judgements()
    for half, sets in (("A", HALF_A), ("B", HALF_B)):
        said = Counter(_said(verdict_of(f, judgements)) for f in facts if f["set"] in sets and kind in (None, f["kind"]))
        noise = sum(n for verdict, n in said.items() if verdict.startswith("noise"))
        print(f"{half} judged{' ' + kind if kind else ''}: boxed {sum(said.values())}, keep {said['keep']}, noise {noise}, "
              f"relabelled {said['relabelled, was a bad label']}, unjudged {said['unjudged']}; "
              + ", ".join(f"{verdict[len('noise: '):]} {n}" for verdict, n in said.most_common() if verdict.startswith("noise")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", nargs="?", type=Path, default=ROOT, help="a worktree whose code to score")
    parser.add_argument("--judged", action="store_true", help="also the rejudged keep and noise per half")
    parser.add_argument("--kind", help="judged facts of this kind only (e.g. number)")
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    scores(checkout)
    if args.judged:
        judged(checkout, args.kind)
    return 0


if __name__ == "__main__":
    sys.exit(main())
