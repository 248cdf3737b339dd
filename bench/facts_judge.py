#!/usr/bin/env python3
"""Fact boxes for a judge who never sees the code, and the tally of the judge's verdicts.

The in-house judgements (bench/facts_judged.jsonl) are lenient; an editor who reads only the box and the
sources judges stricter. `export` writes every boxed fact of some set folders (laid out like bench/blind3:
events/, site.toml) as one JSON line each (event, id, kind, label, value, status, each citation's source
file and quote). The judge answers one JSON line per fact: {"event", "id", "verdict": "keep"|"noise",
"reason"}. `tally` prints the share kept, per kind and per reason, for the facts both files hold.

    python bench/facts_judge.py export --out box.jsonl DIR [DIR ...]
    python bench/facts_judge.py tally box.jsonl VERDICTS.jsonl [VERDICTS.jsonl ...]
    python bench/facts_judge.py rejudge [--kind number] [--before box.jsonl] [--out box.jsonl] [--list]
    python bench/facts_judge.py delta START_BOX START_VERDICTS END_BOX --todo TODO --carried CARRIED

`rejudge` boxes again, with the code as it is, every set judged in bench/judged/ (the sets are development sets
in bench/ now) and gives each boxed fact the verdict its judged counterpart had (the latest judgement of the same
event, kind, value and label, else of the same event, kind and value citing a quote it cites (a relabelled
figure: a `bad label` it had is counted apart, as no longer known to hold), else of the same event, kind and label
citing exactly its quotes (another value read). Facts no box judged are counted unjudged. With --before (a box exported from
other code, e.g. main's) it prints which judged facts left the box and which came in.

`delta` judges a later box of the same hidden sets by difference: an end line identical to a start line (event,
kind, label, value, status and cited quotes) carries the start verdict, unless that verdict was `duplicate` (what
it duplicated may have left the box); the other end lines go to TODO for a fresh judge. `tally END_BOX CARRIED
VERDICTS` then counts both.
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


def _line(fact: dict) -> tuple:
    return (fact["event"], fact["kind"], fact["label"], fact["value"], fact["status"], tuple(sorted(_quotes(fact))))


def delta(start_box: Path, start_verdicts: Path, end_box: Path, todo: Path, carried: Path) -> int:
    verdicts = {(v["event"], v["id"]): v for v in _read(start_verdicts)}
    by_line: dict[tuple, dict] = {}
    for fact in _read(start_box):
        verdict = verdicts.get((fact["event"], fact["id"]))
        if verdict is not None:
            by_line.setdefault(_line(fact), verdict)
    fresh, kept = [], []
    for fact in _read(end_box):
        verdict = by_line.get(_line(fact))
        if verdict is None or verdict.get("reason") == "duplicate":
            fresh.append(fact)
        else:
            kept.append({"event": fact["event"], "id": fact["id"], "verdict": verdict["verdict"], "reason": verdict.get("reason", ""), "carried": True})
    for path, lines in ((todo, fresh), (carried, kept)):
        path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    print(f"{len(fresh) + len(kept)} end lines: {len(kept)} carry the start verdict, {len(fresh)} to judge")
    return 0


JUDGED = ROOT / "bench" / "judged"


def _judgements() -> dict[str, list[tuple[dict, dict]]]:
    """Every judged fact with its verdict, by event, the latest judgement first (sessions, then files, in order)."""
    judged: dict[str, list[tuple[dict, dict]]] = {}
    for box in sorted(JUDGED.glob("*/*_box.jsonl"), reverse=True):
        verdicts = {(v["event"], v["id"]): v for v in _read(box.with_name(box.name.replace("_box", "_verdicts")))}
        for fact in _read(box):
            verdict = verdicts.get((fact["event"], fact["id"]))
            if verdict is not None:
                judged.setdefault(fact["event"], []).append((fact, verdict))
    return judged


def _quotes(fact: dict) -> set[tuple[str, str]]:
    return {(c["file"], c["quote"]) for c in fact["citations"]}


def verdict_of(fact: dict, judged: dict[str, list[tuple[dict, dict]]]) -> dict | None:
    """The verdict of the judged fact this one is: same event, kind, value and label; else same value citing a
    quote of it; else citing exactly its quotes (relabelled or revalued). None when none was judged."""
    same_kind = [(f, v) for f, v in judged.get(fact["event"], []) if f["kind"] == fact["kind"]]
    quotes = _quotes(fact)
    for matches in (
        lambda f: f["value"] == fact["value"] and f["label"] == fact["label"],
        lambda f: f["value"] == fact["value"] and _quotes(f) & quotes,
        lambda f: f["label"] == fact["label"] and _quotes(f) == quotes,
    ):
        verdict = next((v for f, v in same_kind if matches(f)), None)
        if verdict is not None:
            relabelled = verdict.get("reason") == "bad label" and next(f for f, v in same_kind if v is verdict)["label"] != fact["label"]
            return {**verdict, "verdict": "relabelled"} if relabelled else verdict
    return None


def _judged_sets() -> list[Path]:
    return sorted({ROOT / "bench" / f["set"] for box in JUDGED.glob("*/*_box.jsonl") for f in _read(box)}, key=lambda p: p.name)


def rejudge(kind: str | None, before: Path | None, out: Path | None, listing: bool) -> int:
    judged = _judgements()
    with tempfile.TemporaryDirectory() as tmp:
        box = out or Path(tmp) / "box.jsonl"
        export(_judged_sets(), box)
        now = [f for f in _read(box) if kind is None or f["kind"] == kind]
    boxes = [("before", [f for f in _read(before) if kind is None or f["kind"] == kind])] if before else []
    for name, facts in boxes + [("now", now)]:
        print(f"{name}: " + _judged_tally(facts, judged))
    if before:
        keys = {(f["event"], f["kind"], f["value"], f["label"]) for f in now}
        was = {(f["event"], f["kind"], f["value"], f["label"]) for f in boxes[0][1]}
        gone = [f for f in boxes[0][1] if (f["event"], f["kind"], f["value"], f["label"]) not in keys]
        came = [f for f in now if (f["event"], f["kind"], f["value"], f["label"]) not in was]
        for title, facts in (("left the box", gone), ("came into the box", came)):
            verdicts = Counter(_said(verdict_of(f, judged)) for f in facts)
            print(f"{title}: {len(facts)} (" + ", ".join(f"{k} {n}" for k, n in verdicts.most_common()) + ")")
            if listing:
                for fact in facts:
                    print(f"    {fact['set']} {fact['event']}: {fact['label']} = {fact['value']} [{_said(verdict_of(fact, judged))}]")
    return 0


def _said(verdict: dict | None) -> str:
    if verdict is None:
        return "unjudged"
    if verdict["verdict"] in ("keep", "relabelled"):
        return "keep" if verdict["verdict"] == "keep" else "relabelled, was a bad label"
    return f"noise: {verdict.get('reason') or 'no reason'}"


def _judged_tally(facts: list[dict], judged: dict[str, list[tuple[dict, dict]]]) -> str:
    said = Counter(_said(verdict_of(f, judged)) for f in facts)
    per_set = Counter(f["set"] for f in facts)
    return (f"{len(facts)} boxed, judged keep {said['keep']}, noise {sum(n for k, n in said.items() if k.startswith('noise'))}, "
            f"relabelled from a bad label {said['relabelled, was a bad label']}, unjudged {said['unjudged']}; " + ", ".join(f"{k} {n}" for k, n in said.most_common() if k.startswith("noise"))
            + "; per set " + ", ".join(f"{k} {n}" for k, n in sorted(per_set.items())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    exporting = commands.add_parser("export", help="write the boxed facts of set folders as JSON lines")
    exporting.add_argument("--out", type=Path, required=True)
    exporting.add_argument("folders", type=Path, nargs="+")
    tallying = commands.add_parser("tally", help="the share of boxed facts the judges kept")
    tallying.add_argument("box", type=Path)
    tallying.add_argument("verdicts", type=Path, nargs="+")
    rejudging = commands.add_parser("rejudge", help="box the judged sets again and give each fact its judged verdict")
    rejudging.add_argument("--kind", help="only facts of this kind (e.g. number)")
    rejudging.add_argument("--before", type=Path, help="a box exported from other code, to compare with")
    rejudging.add_argument("--out", type=Path, help="keep the new box here")
    rejudging.add_argument("--list", action="store_true", help="list the facts that left the box and came in")
    judging_delta = commands.add_parser("delta", help="carry start verdicts to unchanged end lines; the rest to judge")
    for name in ("start_box", "start_verdicts", "end_box"):
        judging_delta.add_argument(name, type=Path)
    judging_delta.add_argument("--todo", type=Path, required=True)
    judging_delta.add_argument("--carried", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "delta":
        return delta(args.start_box, args.start_verdicts, args.end_box, args.todo, args.carried)
    if args.command == "rejudge":
        return rejudge(args.kind, args.before, args.out, args.list)
    if args.command == "export":
        return export(args.folders, args.out)
    return tally(args.box, args.verdicts)


if __name__ == "__main__":
    sys.exit(main())
