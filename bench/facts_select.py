#!/usr/bin/env python3
"""Can a small model learn which facts belong in the box from the strict judges' verdicts? Fit it and test it on unseen sets.

Rules written from development texts did not carry over to unseen events: an editor who reads only the box
and the sources kept about half of it. This fits a logistic regression to what such judges kept, over
features any event has and that say nothing of its own words: the fact's kind and status, how many of the
event's sources cite it and where (a lead sentence, how far down), whether its value is said only inside
quotation marks, what its label is like (the kind's bare name, a measure's unit, a distance, a toll), its
value's shape, how often the sources name it, how many facts of its kind are boxed, and whether another
boxed fact says it already.

The rows: every fact the analysis boxes for the events of the retired blind sets that a judge saw
(bench/judged/session10/: blind9 and blind10 judged at session 10's start and end, blind3 and blind4 once;
joined by event and fact id, the later verdict first). A fact an editor's list names (the set's
expected.py) is learnt as a keeper whatever the judge said; the keep shares printed are the judges' own.
The date and a disagreement are always boxed and not modelled.

    python bench/facts_select.py eval   # train on blind3+blind4, test on blind9+blind10, and the other way round
    python bench/facts_select.py fit    # the weights fitted on all four sets, and the in-sample table

For each way round and each threshold, `eval` prints the held-out boxed facts the judges kept (share), how
many facts a model would move out of the box, and how many of the held-out editor's facts it would move out
(expected lost). Deterministic: Newton's method from zero weights with a fixed L2 penalty, no sampling.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.facts_score import set_events  # noqa: E402
from site_builder.facts import source_sentences  # noqa: E402
from site_builder.facts.aliases import fold  # noqa: E402
from site_builder.facts.numbers import what_befell  # noqa: E402
from site_builder.facts.sentences import LEAD, Sentence  # noqa: E402
from site_builder.model import Fact  # noqa: E402
from tests.facts_expectations import analysed_event, found  # noqa: E402

JUDGED = ROOT / "bench" / "judged" / "session10"
VERDICTS = {  # set -> verdict files, the later first
    "blind9": ("final_verdicts.jsonl", "base_verdicts.jsonl"),
    "blind10": ("final_verdicts.jsonl", "base_verdicts.jsonl"),
    "blind3": ("blind34_verdicts.jsonl",),
    "blind4": ("blind34_verdicts.jsonl",),
}
PAIRS = (("blind3", "blind4"), ("blind9", "blind10"))
L2 = 1.0
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)

_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?")
_MONEY = re.compile(r"[€$£¥₹]|\b(?:euros?|dollars?|pounds|francs|koruna|kroner?|crowns?|won|yen|rupees?)\b", re.IGNORECASE)
_GENERIC_LABELS = frozenset(
    "place country person organization organisation claim value amount rate number per cent people".split()
    + ["per cent", "number of people"]
)
_MODELLED = ("place", "person", "organization", "number", "claim", "quote")


def features(fact: Fact, box: list[Fact], by_source: dict[str, list[Sentence]]) -> dict[str, float]:
    """What the model reads of a boxed fact: nothing of the event's own words, only their shape and place."""
    cited = {c.source for c in fact.citations}
    index = {(s.source, s.text): s.index for sentences in by_source.values() for s in sentences}
    places = [index.get((c.source, c.quote)) for c in fact.citations]
    relative = [p / max(len(by_source.get(c.source, ())), 1) for c, p in zip(fact.citations, places) if p is not None]
    label = fact.label.lower()
    alike = [f for f in box if f.kind == fact.kind]
    found = {
        f"kind {fact.kind}": 1.0,
        "single source": float(fact.status == "single-source"),
        "share of sources": len(cited) / max(len(by_source), 1),
        "sources (log2)": math.log2(len(cited)),
        "in a lead sentence": float(any(p is not None and p < LEAD for p in places)),
        "position": min(relative, default=1.0),
        "generic label": float(label in _GENERIC_LABELS or label.startswith("claim")),
        "label words": min(len(label.split()), 6) / 6,
        "value words (log2)": math.log2(1 + len(fact.value.split())),
        "restates another": float(_restates(fact, box)),
        "same kind boxed (log2)": math.log2(len(alike)),
        "cited by fewer than its kind's most": float(len(cited) < max(len({c.source for c in f.citations}) for f in alike)),
        f"single source, {fact.kind}": float(fact.status == "single-source"),
        f"in a lead sentence, {fact.kind}": float(any(p is not None and p < LEAD for p in places)),
    }
    if fact.kind in ("place", "person", "organization"):
        found["named in sentences (log2)"] = math.log2(1 + _naming(fact, by_source))
        found["only inside quotations"] = float(all(_only_quoted(fact.value, c.quote) for c in fact.citations))
    if fact.kind == "number":
        found["toll"] = float(any(what_befell(word) for word in label.split()))
        found["measure"] = float("(" in label)
        found["distance"] = float(label.startswith("distance"))
        found["sum"] = float(_MONEY.search(fact.value) is not None)
        found["only inside quotations"] = float(all(_only_quoted((c.value or fact.value).split(" / ")[0], c.quote) for c in fact.citations))
    return {name: value for name, value in found.items() if value}


def probability(found: dict[str, float], weights: dict[str, float]) -> float:
    score = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


def modelled(fact: Fact) -> bool:
    """The date and a disagreement are always boxed: the model weighs the rest."""
    return fact.kind in _MODELLED and fact.status != "conflict" and not fact.curated


def _naming(fact: Fact, by_source: dict[str, list[Sentence]]) -> int:
    """How many of the event's sentences name the entity (a person by surname), in any spelling the fact has."""
    names = {fold(name) for name in (fact.value, *fact.variants)}
    if fact.kind == "person":
        names = {name.split()[-1] for name in names if name.split()}
    return sum(any(name in fold(s.text) for name in names) for sentences in by_source.values() for s in sentences)


def _only_quoted(value: str, quote: str) -> bool:
    """The value is said in the sentence, and only inside quotation marks."""
    at = [m.start() for m in re.finditer(re.escape(value), quote)]
    return bool(at) and all(any(q.start() < a < q.end() for q in _QUOTATION.finditer(quote)) for a in at)


def _restates(fact: Fact, box: list[Fact]) -> bool:
    """Another boxed fact says it already: a name within a longer boxed name ('Shannon' in 'Shannon Airport'),
    a claim whose every sentence a quotation or an earlier claim cites, a quotation an earlier one's sentences hold."""
    if fact.kind in ("place", "organization"):
        value = f" {fold(fact.value)} "
        return any(
            other.id != fact.id and other.kind in ("place", "organization", "person") and len(other.value) > len(fact.value)
            and value in f" {fold(other.value)} " for other in box
        )
    if fact.kind in ("claim", "quote"):
        own = {(c.source, c.quote) for c in fact.citations}
        before = box[:next(i for i, other in enumerate(box) if other.id == fact.id)]
        return any(
            (fact.kind == "claim" and other.kind == "quote" or other.kind == fact.kind and other in before)
            and own <= {(c.source, c.quote) for c in other.citations}
            for other in box if other.id != fact.id
        )
    return False


@dataclass(frozen=True)
class Row:
    set: str
    event: str
    id: str
    kind: str
    modelled: bool
    features: dict[str, float]
    verdict: bool | None  # the judge's keep; None: no judge saw it
    expected: bool  # an editor's list names it

    @property
    def keep(self) -> bool | None:
        """What the model learns: a fact an editor listed is a keeper whatever the judge said."""
        return True if self.expected else self.verdict


def _verdicts(name: str) -> dict[tuple[str, str], bool]:
    verdicts: dict[tuple[str, str], bool] = {}
    for file in reversed(VERDICTS[name]):  # the later file last: its verdict wins
        for line in (JUDGED / file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                verdicts[(v["event"], v["id"])] = v["verdict"] == "keep"
    return verdicts


def rows() -> list[Row]:
    table = []
    for name in VERDICTS:
        verdicts = _verdicts(name)
        for _, folder, slug, expected in set_events((ROOT / "bench" / name,)):
            event = analysed_event(folder, slug)
            listed = {fact.id for e in expected if (fact := found(e, event)) is not None}
            by_source = source_sentences(event.sources)
            box = list(event.facts)
            for fact in box:
                table.append(Row(
                    name, slug, fact.id, fact.kind, modelled(fact), features(fact, box, by_source),
                    verdicts.get((slug, fact.id)), fact.id in listed,
                ))
    return table


def fit(train: list[Row]) -> dict[str, float]:
    """Logistic regression by Newton's method (the bias unpenalised), features sorted by name: the same weights every run."""
    data = [r for r in train if r.modelled and r.keep is not None]
    names = ["bias"] + sorted({n for r in data for n in r.features})
    xs = [[1.0] + [r.features.get(n, 0.0) for n in names[1:]] for r in data]
    ys = [1.0 if r.keep else 0.0 for r in data]
    w = [0.0] * len(names)
    for _ in range(50):
        gradient = [L2 * w[j] * (j > 0) for j in range(len(names))]
        hessian = [[L2 * (i == j and i > 0) for j in range(len(names))] for i in range(len(names))]
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-max(min(sum(a * b for a, b in zip(w, x)), 30.0), -30.0)))
            for i, xi in enumerate(x):
                if xi:
                    gradient[i] += (p - y) * xi
                    for j, xj in enumerate(x):
                        if xj:
                            hessian[i][j] += p * (1 - p) * xi * xj
        step = _solve(hessian, gradient)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return {n: round(v, 4) for n, v in zip(names, w)}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the penalised Hessian is positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def boxed(row: Row, weights: dict[str, float], threshold: float) -> bool:
    return not row.modelled or probability(row.features, weights) >= threshold


def report(test: list[Row], weights: dict[str, float], threshold: float | None) -> str:
    kept = [r for r in test if threshold is None or boxed(r, weights, threshold)]
    judged = [r for r in kept if r.verdict is not None]
    keepers = sum(bool(r.verdict) for r in judged)
    lost = sum(r.expected for r in test if r not in kept)
    moved = len(test) - len(kept)
    return (f"kept {keepers}/{len(judged)} ({keepers / max(len(judged), 1):.1%}), moved out {moved}, "
            f"expected lost {lost}/{sum(r.expected for r in test)}, unjudged boxed {len(kept) - len(judged)}")


def _listed_only(test: list[Row]) -> str:
    kept = [r for r in test if r.expected or not r.modelled]
    judged = [r for r in kept if r.verdict is not None]
    keepers = sum(bool(r.verdict) for r in judged)
    return f"kept {keepers}/{len(judged)} ({keepers / max(len(judged), 1):.1%})"


def evaluate(table: list[Row]) -> int:
    for train_sets, test_sets in (PAIRS, PAIRS[::-1]):
        train = [r for r in table if r.set in train_sets]
        test = [r for r in table if r.set in test_sets]
        weights = fit(train)
        print(f"train {'+'.join(train_sets)}, test {'+'.join(test_sets)}")
        print(f"  no model:       {report(test, weights, None)}")
        for threshold in THRESHOLDS:
            print(f"  keep at {threshold:.2f}:  {report(test, weights, threshold)}")
        print(f"  only the editors' facts and the unmodelled boxed (a selection's best without losing one): {_listed_only(test)}")
        print("  weights: " + ", ".join(f"{n} {v:+.2f}" for n, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))))
    return 0


def fitted(table: list[Row]) -> int:
    weights = fit(table)
    print("weights fitted on all four sets: " + ", ".join(f"{n} {v:+.2f}" for n, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))))
    for sets in PAIRS:
        rows_of = [r for r in table if r.set in sets]
        print(f"in-sample {'+'.join(sets)}")
        print(f"  no model:       {report(rows_of, weights, None)}")
        for threshold in THRESHOLDS:
            print(f"  keep at {threshold:.2f}:  {report(rows_of, weights, threshold)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("eval", "fit"))
    args = parser.parse_args()
    table = rows()
    if args.command == "eval":
        return evaluate(table)
    return fitted(table)


if __name__ == "__main__":
    sys.exit(main())
