"""Which lines of a scraped page are the article's text: a small model learned from marked pages.

Each line is described by the signals body-text extraction has relied on since jusText and
boilerpipe: its length, words and stop-word density, how it ends, the phrase lists it hits, its
place on the page, and the same of the lines around it. Two stages read them:
- stage 1, a logistic regression, weighs a line's own features and its neighbourhood's;
- stage 2, a few shallow boosted trees, reads each line again with what stage 1 made of the
  lines around it (the best-scoring stretch of the page, the scores nearby): a short line
  amid paragraphs is kept, a sentence amid menus is not.
The parameters live in `line_model.json`; `tools/train_cleaner.py` learns them from the
development pages (each line labelled by how much of it the person-marked article holds) and
reports their cross-validated F1. A removed line's reason names the features that weighed most
against it, so a curator can see why.
"""
from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Line

MODEL_PATH = Path(__file__).with_name("line_model.json")

_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’»)\]]*(?=\s|$)")
_COUNT_END = re.compile(r"\(\d[\d,.]*\)$")
_DIGIT = re.compile(r"\d")
_INITIALS = re.compile(r"(?<!\S)\w")  # the first character of each word
_CASE_SAMPLE = 200  # characters read for the capitalisation features: a long line's opening says enough
_OPENING_WORDS = 8  # two lines opening with as many words: one repeats the other (a dek, a teaser)

# A stop-word density for lines in languages without a stop-word list: what prose and other lines
# typically have, so that such pages are read by the other signals rather than as all menus.
_TYPICAL_PROSE_DENSITY = 0.4
_TYPICAL_OTHER_DENSITY = 0.15

# Phrase-list reasons (see phrases.py and text.py), grouped: each group is one feature.
_REASON_GROUPS = {
    "link to another article": "link to another article",
    "comment form": "comment form",
    "counter": "counter or tag list",
    "tag or category list": "counter or tag list",
    "cookie or legal notice": "legal or copyright notice",
    "copyright notice": "legal or copyright notice",
    "affiliate notice": "legal or copyright notice",
    "photo caption or credit": "photo caption or credit",
    "repeated in other articles converted with this one": "repeated elsewhere",
    "repeats the whole text above (page metadata)": "repeated elsewhere",
    "heading of a related-links, comments, tags or sharing block": "heading of a closing block",
}
_GROUPS = tuple(dict.fromkeys(_REASON_GROUPS.values()))

# Stage-1 features: (name, what a low value says, what a high value says). The phrases make the
# reasons shown to curators; the order is the order of the weights in line_model.json.
FEATURES: tuple[tuple[str, str, str], ...] = (
    ("length", "short", "long"),
    ("words", "few words", "many words"),
    ("stop-word density", "few stop words", "many stop words"),
    ("ends a sentence", "no sentence end", "ends a sentence"),
    ("ends with a quote or bracket", "", "ends with a quote or bracket"),
    ("ends with a colon", "", "ends with a colon"),
    ("ends mid-phrase", "", "ends mid-phrase"),
    ("capitalised words", "few capitalised words", "capitalised like a title or menu"),  # of the first 200 characters
    ("lower-case words", "few lower-case words", "many lower-case words"),
    ("has digits", "no digits", "has digits"),
    ("ends with a count", "", "ends with a count in brackets"),
    ("has a bar", "", "link-like separators"),
    ("sentences", "no sentence", "several sentences"),
    ("prose", "not prose", "prose"),
    ("furniture phrase", "", "a page-furniture phrase"),
    ("closing block heading", "", "a related-links or comments heading"),
    ("repeats the page title", "", "repeats the page title"),
    ("date after the text", "", "a date after the text"),
    ("blank line before", "no blank line before", "a blank line before"),
    ("repeated on the page", "", "repeated on the page"),
    ("repeats an earlier line", "", "repeats an earlier line"),
    ("opens like a later line", "", "opens like a later line (a teaser or dek)"),
    ("byline or date", "", "a byline or date"),
    ("one or two words", "", "one or two words"),
    ("forty words or more", "", "forty words or more"),
    *((f"group: {group}", "", group) for group in _GROUPS),
    ("position", "near the top of the page", "near the bottom of the page"),
    ("prose above", "little prose above", "much prose above"),
    ("prose below", "little prose below", "much prose below"),
    ("after a closing block", "", "after a related-links or comments heading"),
    ("after the title", "before the headline", "after the headline"),
    ("prose before", "no prose just before", "prose just before"),
    ("prose after", "no prose just after", "prose just after"),
    ("furniture after", "", "furniture just after"),
    ("length before", "a short line before", "a long line before"),
    ("length after", "a short line after", "a long line after"),
    ("prose within 5", "little prose nearby", "prose nearby"),
    ("furniture within 2", "", "furniture nearby"),
    ("furniture within 5", "", "furniture nearby"),
    ("length within 3", "short lines nearby", "long lines nearby"),
    ("run length", "in a short run", "in a long run of similar lines"),
    ("run furniture", "", "in a run of furniture"),
    ("run digits", "", "in a run of lines with digits"),
    ("run words", "in a run of short lines", "in a run of long lines"),
    ("run sentences", "in a run without sentences", "in a run of sentences"),
    ("run has lines above", "at the top of the page", ""),
    ("run has lines below", "at the bottom of the page", ""),
    ("distance to prose below", "", "far above any prose"),
    ("prose in 10 lines above", "little prose above", "prose above"),
    ("prose in 10 lines below", "little prose below", "prose below"),
    ("page prose share", "a page with little prose", "a page of prose"),
    ("page lines", "a short page", "a long page"),
)
# Stage-2 features: stage 1's score of the line and of the lines around it.
CONTEXT: tuple[str, ...] = (
    "score",
    "in the best stretch",
    "score within 1",
    "score within 3",
    "score within 10",
    "lowest neighbour",
    "highest neighbour",
    "lines above the stretch",
    "lines below the stretch",
    "stretch share of the page",
)


def stage1_columns(lines: Sequence[Line], byline_or_date: Callable[[Line], bool]) -> list[list[float]]:
    """The stage-1 features of every line, one list per feature (in `FEATURES` order).

    `byline_or_date` is text.py's header reader; it is asked about short lines only.
    """
    from .text import FURNITURE, PROSE

    n = len(lines)
    texts = [line.text for line in lines]
    keys = [line.key for line in lines]
    lengths = [len(text) for text in texts]
    words = [line.words for line in lines]
    prose = [1.0 if line.kind == PROSE else 0.0 for line in lines]
    furniture = [1.0 if line.kind == FURNITURE else 0.0 for line in lines]
    lasts = [text[-1] for text in texts]
    initials = ["".join(_INITIALS.findall(text, 0, _CASE_SAMPLE)) or " " for text in texts]
    digits = [0.0 if _DIGIT.search(text) is None else 1.0 for text in texts]
    counts: dict[str, int] = {}
    earlier = []
    for key in keys:
        earlier.append(1.0 if key in counts else 0.0)
        counts[key] = counts.get(key, 0) + 1
    log_lengths = list(map(math.log1p, lengths))
    columns: list[list[float]] = [
        log_lengths,
        [min(w, 60) / 60 for w in words],
        [
            line.stop_density if line.stop_density is not None
            else (_TYPICAL_PROSE_DENSITY if p else _TYPICAL_OTHER_DENSITY)
            for line, p in zip(lines, prose)
        ],
        [1.0 if last in ".!?…。！？" else 0.0 for last in lasts],
        [1.0 if last in "\"”’»)]" else 0.0 for last in lasts],
        [1.0 if last == ":" else 0.0 for last in lasts],
        [1.0 if last in ",;-–—|" else 0.0 for last in lasts],
        [sum(map(str.isupper, first)) / len(first) for first in initials],
        [sum(map(str.islower, first)) / len(first) for first in initials],
        digits,
        [1.0 if last == ")" and _COUNT_END.search(text) else 0.0 for last, text in zip(lasts, texts)],
        [1.0 if "|" in text else 0.0 for text in texts],
        [min(len(_SENTENCE_END.findall(text)), 5) / 5 if length > 20 else 0.0 for text, length in zip(texts, lengths)],
        prose,
        furniture,
        [1.0 if line.terminator else 0.0 for line in lines],
        [1.0 if line.anchor else 0.0 for line in lines],
        [1.0 if line.dated_after_text else 0.0 for line in lines],
        [1.0 if line.blank_before else 0.0 for line in lines],
        [1.0 if counts[key] > 1 else 0.0 for key in keys],
        earlier,
        _opens_like_a_later_line(keys),
        [1.0 if not p and length < 120 and byline_or_date(line) else 0.0 for p, length, line in zip(prose, lengths, lines)],
        [1.0 if w <= 2 else 0.0 for w in words],
        [1.0 if w >= 40 else 0.0 for w in words],
    ]
    line_groups = [_REASON_GROUPS.get(line.reason) if line.reason else None for line in lines]
    columns.extend([1.0 if g == group else 0.0 for g in line_groups] for group in _GROUPS)

    cumulative = _prefix([length * p for length, p in zip(lengths, prose)])
    total_prose = cumulative[-1] or 1.0
    after_closing, closing_seen = [], 0.0
    after_title, title_seen = [], 0.0
    for line in lines:
        after_closing.append(closing_seen)
        after_title.append(title_seen)
        closing_seen = 1.0 if closing_seen or line.terminator else 0.0
        title_seen = 1.0 if title_seen or line.anchor else 0.0
    above_10 = [0.0] * min(n, 10) + cumulative[: max(0, n - 10)]
    below_11 = cumulative[11:] + [cumulative[-1]] * min(n, 11)
    columns += [
        [i / max(1, n - 1) for i in range(n)],
        [c / total_prose for c in cumulative[:-1]],
        [(total_prose - c) / total_prose for c in cumulative[1:]],
        after_closing,
        after_title,
        _shifted(prose, 1),
        _shifted(prose, -1),
        _shifted(furniture, -1),
        _shifted(log_lengths, 1),
        _shifted(log_lengths, -1),
        _window_mean(prose, 5),
        _window_mean(furniture, 2),
        _window_mean(furniture, 5),
        _window_mean(log_lengths, 3),
    ]
    columns += _run_columns(lines, prose, furniture, digits, lasts)
    columns += [
        _distances_below(prose),
        [math.log1p(here - there) for here, there in zip(cumulative, above_10)],
        [math.log1p(there - here) for here, there in zip(cumulative[1:], below_11)],
        [cumulative[-1] / max(1, sum(lengths))] * n,
        [math.log1p(n)] * n,
    ]
    return columns


def _opens_like_a_later_line(keys: list[str]) -> list[float]:
    """Whether a line of 8 words or more opens with the same words as a later line (a dek, a teaser)."""
    openings = [" ".join(key.split(" ", _OPENING_WORDS)[:_OPENING_WORDS]) if key.count(" ") >= _OPENING_WORDS - 1 else "" for key in keys]
    last = {opening: index for index, opening in enumerate(openings) if opening}
    return [1.0 if opening and last[opening] > index else 0.0 for index, opening in enumerate(openings)]


def _prefix(values: Sequence[float]) -> list[float]:
    sums = [0.0]
    total = 0.0
    for value in values:
        total += value
        sums.append(total)
    return sums


def _shifted(values: list[float], by: int) -> list[float]:
    """values[i - by], 0 beyond the page."""
    if by > 0:
        return [0.0] * by + values[:-by]
    return values[-by:] + [0.0] * -by


def _window_mean(values: Sequence[float], k: int) -> list[float]:
    """Mean of the values within k lines of each line, the line itself left out."""
    n = len(values)
    sums = _prefix(values)
    if n <= 2 * k + 1:
        return [(sums[min(n, i + k + 1)] - sums[max(0, i - k)] - values[i]) / (min(n, i + k + 1) - max(0, i - k) - 1 or 1) for i in range(n)]
    edge = [(sums[min(n, i + k + 1)] - sums[max(0, i - k)] - values[i]) / (min(n, i + k + 1) - max(0, i - k) - 1) for i in (*range(k), *range(n - k, n))]
    width = 1 / (2 * k)
    middle = [(high - low - value) * width for high, low, value in zip(sums[2 * k + 1:], sums[: n - 2 * k], values[k: n - k])]
    return edge[:k] + middle + edge[k:]


def _run_columns(lines, prose, furniture, digits, lasts) -> list[list[float]]:
    """Features of the run of lines a line belongs to (consecutive prose, or consecutive other lines)."""
    n = len(lines)
    columns: list[list[float]] = [[0.0] * n for _ in range(7)]
    start = 0
    while start < n:
        end = start + 1
        while end < n and prose[end] == prose[start]:
            end += 1
        size = end - start
        values = (
            math.log1p(size),
            sum(furniture[start:end]) / size,
            sum(digits[start:end]) / size,
            min(sum(line.words for line in lines[start:end]) / size, 40) / 40,
            sum(1 for last in lasts[start:end] if last in ".!?…。！？") / size,
            1.0 if start > 0 else 0.0,
            1.0 if end < n else 0.0,
        )
        for column, value in zip(columns, values):
            column[start:end] = [value] * size
        start = end
    return columns


def _distances_below(prose: list[float]) -> list[float]:
    """log(1 + lines) to the nearest prose line below (log(1 + 100) when there is none)."""
    below = [math.log1p(100)] * len(prose)
    last = None
    for i in range(len(prose) - 1, -1, -1):
        if last is not None:
            below[i] = math.log1p(last - i)
        if prose[i]:
            last = i
    return below


def best_stretch(scores: Sequence[float]) -> tuple[int, int]:
    """[start, end) of the run of lines with the largest summed score (Kadane); (0, 0) when none is positive."""
    best, best_range = 0.0, (0, 0)
    running, run_start = 0.0, 0
    for index, score in enumerate(scores):
        if running <= 0:
            running, run_start = 0.0, index
        running += score
        if running > best:
            best, best_range = running, (run_start, index + 1)
    return best_range


def context_columns(scores: list[float]) -> list[list[float]]:
    """Stage-2 features (in `CONTEXT` order) from stage 1's scores (log-odds, clipped to ±6)."""
    n = len(scores)
    start, end = best_stretch(scores)
    neighbours_low, neighbours_high = [], []
    for i in range(n):
        before = scores[i - 1] if i else -6.0
        after = scores[i + 1] if i + 1 < n else -6.0
        neighbours_low.append(min(before, after))
        neighbours_high.append(max(before, after))
    return [
        scores,
        [1.0 if start <= i < end else 0.0 for i in range(n)],
        _window_mean(scores, 1),
        _window_mean(scores, 3),
        _window_mean(scores, 10),
        neighbours_low,
        neighbours_high,
        [math.log1p(start - i) if i < start else 0.0 for i in range(n)],
        [math.log1p(i - end + 1) if i >= end else 0.0 for i in range(n)],
        [(end - start) / n] * n,
    ]


@dataclass(frozen=True)
class LineModel:
    """Stage-1 weights and the stage-2 trees, as trained."""

    bias: float
    weights: tuple[float, ...]
    means: tuple[float, ...]  # of each feature over the training lines: the reference a reason is read against
    trees: tuple  # nested [feature, threshold, below, above] lists; leaves are numbers
    stage2: Callable[[Sequence[float], Sequence[float]], float]  # the trees, compiled: (features, context) -> log-odds
    threshold: float = 0.0  # log-odds above which a line is kept
    sure: float = 3.0  # stage-1 log-odds beyond which stage 2 is not asked (it seldom disagrees there)

    @classmethod
    def from_json(cls, data: dict) -> LineModel:
        names = [name for name, _, _ in FEATURES]
        if data["features"] != names or data["context"] != list(CONTEXT):
            raise ValueError("line model was trained on other features: run tools/train_cleaner.py")
        weights = tuple(float(w) for w in data["weights"])
        trees = tuple(data["trees"])
        return cls(
            bias=float(data["bias"]),
            weights=weights,
            means=tuple(float(m) for m in data["means"]),
            trees=trees,
            stage2=compile_trees(trees, float(data["base_score"]), len(names), len(CONTEXT)),
            threshold=float(data["threshold"]),
            sure=float(data["sure"]),
        )

    def judge(self, columns: list[list[float]]) -> tuple[list[float], list[float]]:
        """(stage-1 log-odds clipped to ±6, final log-odds) of every line."""
        rows = list(zip(*columns))
        bias, weights = self.bias, self.weights
        first = [bias + sum(map(operator.mul, weights, row)) for row in rows]
        first = [-6.0 if s < -6.0 else 6.0 if s > 6.0 else s for s in first]
        stage2, sure = self.stage2, self.sure
        return first, [
            score if -sure >= score or score >= sure else stage2(row, context)
            for score, row, context in zip(first, rows, zip(*context_columns(first)))
        ]

    def reasons_against(self, columns: list[list[float]], index: int, count: int = 3) -> list[str]:
        """What weighed most against keeping line `index`, in the curator's words."""
        pulls = []
        for j, (weight, mean, column) in enumerate(zip(self.weights, self.means, columns)):
            value = column[index]
            pull = weight * (value - mean)
            if pull < 0:
                _, low, high = FEATURES[j]
                phrase = high if value > mean else low
                if phrase:
                    pulls.append((pull, phrase))
        phrases = []
        for _, phrase in sorted(pulls):
            if phrase not in phrases:
                phrases.append(phrase)
            if len(phrases) == count:
                break
        return phrases


def compile_trees(trees: Sequence, base: float, features: int, context: int) -> Callable[[Sequence[float], Sequence[float]], float]:
    """One Python function summing the trees: a line is scored in microseconds, not by walking nodes.

    Tree feature indices count the stage-1 features, then the context ones; the function reads each
    feature it uses once into a local. The source is built from numbers only (indices and thresholds
    are checked), so the model file cannot put code into it.
    """
    used: set[int] = set()

    def expression(node) -> str:
        if isinstance(node, (int, float)):
            return repr(float(node))
        feature, threshold, below, above = node
        if not isinstance(feature, int) or not 0 <= feature < features + context:
            raise ValueError(f"line model: bad feature index {feature!r}")
        used.add(feature)
        return f"({expression(below)} if v{feature} <= {float(threshold)!r} else {expression(above)})"

    total = " + ".join([repr(float(base)), *map(expression, trees)])
    reads = "".join(f"    v{f} = x[{f}]\n" if f < features else f"    v{f} = c[{f - features}]\n" for f in sorted(used))
    source = f"def stage2(x, c):\n{reads}    return {total}\n"
    namespace: dict = {}
    exec(compile(source, "<line_model.json trees>", "exec"), namespace)  # noqa: S102 - numbers only, see above
    return namespace["stage2"]


@cache
def default_model() -> LineModel:
    return LineModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
