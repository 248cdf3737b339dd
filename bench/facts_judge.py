#!/usr/bin/env python3
"""Fact boxes for a judge who never sees the code, and the tally of the judge's verdicts.

The in-house judgements (bench/facts_judged.jsonl) are lenient; an editor who reads only the box and the
sources judges stricter. `export` writes every boxed fact of some set folders (laid out like bench/blind3:
events/, site.toml) as one JSON line each (event, id, kind, label, value, status, each citation's source
file and quote). The judge answers one JSON line per fact: {"event", "id", "verdict": "keep"|"noise",
"reason"}. `tally` prints the share kept, per kind and per reason, for the facts both files hold.

    python bench/facts_judge.py export --out box.jsonl DIR [DIR ...]
    python bench/facts_judge.py tally box.jsonl VERDICTS.jsonl [VERDICTS.jsonl ...]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.facts_expectations import analysed_event  # noqa: E402


def export(folders: list[Path], out: Path) -> int:
    lines = []
    for folder in folders:
        for slug in sorted(p.name for p in (folder / "events").iterdir() if p.is_dir()):
            event = analysed_event(folder, slug)
            files = {s.id: Path(s.file).name for s in event.sources}
            for fact in event.facts:
                lines.append(json.dumps({
                    "set": folder.name, "event": slug, "title": event.title, "id": fact.id, "kind": fact.kind,
                    "label": fact.label, "value": fact.value, "status": fact.status,
                    "citations": [{"file": files[c.source], "value": c.value, "quote": c.quote} for c in fact.citations],
                }, ensure_ascii=False))
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} boxed facts written to {out}")
    return 0


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tally(box: Path, verdict_files: list[Path]) -> int:
    facts = {(f["event"], f["id"]): f for f in _read(box)}
    verdicts = {(v["event"], v["id"]): v for path in verdict_files for v in _read(path)}
    judged = [(facts[key], verdicts[key]) for key in facts if key in verdicts]
    unjudged = len(facts) - len(judged)
    kept = sum(v["verdict"] == "keep" for _, v in judged)
    print(f"kept {kept}/{len(judged)} ({kept / max(len(judged), 1):.1%}); {unjudged} boxed facts not judged")
    for group, name in ((lambda f: f["set"], "set"), (lambda f: f["kind"], "kind")):
        totals, keeps = Counter(), Counter()
        for fact, verdict in judged:
            totals[group(fact)] += 1
            keeps[group(fact)] += verdict["verdict"] == "keep"
        print(f"per {name}: " + ", ".join(f"{key} {keeps[key]}/{totals[key]}" for key in sorted(totals)))
    reasons = Counter(v.get("reason", "") for _, v in judged if v["verdict"] != "keep")
    print("noise by reason: " + ", ".join(f"{reason} {n}" for reason, n in reasons.most_common()))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    exporting = commands.add_parser("export", help="write the boxed facts of set folders as JSON lines")
    exporting.add_argument("--out", type=Path, required=True)
    exporting.add_argument("folders", type=Path, nargs="+")
    tallying = commands.add_parser("tally", help="the share of boxed facts the judges kept")
    tallying.add_argument("box", type=Path)
    tallying.add_argument("verdicts", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "export":
        return export(args.folders, args.out)
    return tally(args.box, args.verdicts)


if __name__ == "__main__":
    sys.exit(main())
