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
from itertools import accumulate, compress, repeat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Line

MODEL_PATH = Path(__file__).with_name("line_model.json")

_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’»)\]]*(?=\s|$)")
_COUNT_END = re.compile(r"\(\d[\d,.]*\)$")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = b"0123456789"
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
_GROUP_INDEX = {reason: _GROUPS.index(group) for reason, group in _REASON_GROUPS.items()}
# A line's last character -> 1.0 for the features reading it (the others are 0.0).
_ENDS_SENTENCE = dict.fromkeys(".!?…。！？", 1.0)
_ENDS_CLOSING = dict.fromkeys("\"”’»)]", 1.0)
_ENDS_COLON = {":": 1.0}
_ENDS_MID_PHRASE = dict.fromkeys(",;-–—|", 1.0)

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


# What the columns read of each line (attribute getters run in C, where a comprehension would not).
_TEXT, _KEY, _WORDS, _KIND, _REASON = map(operator.attrgetter, ("text", "key", "words", "kind", "reason"))
_TERMINATOR, _ANCHOR, _DATED_AFTER_TEXT, _BLANK_BEFORE = map(operator.attrgetter, ("terminator", "anchor", "dated_after_text", "blank_before"))
_CASE_SAMPLE_OF = operator.itemgetter(slice(_CASE_SAMPLE))
_AS_FLOAT = {False: 0.0, True: 1.0}.__getitem__  # a truth value as the feature's 0.0 or 1.0 (the same two floats, not new ones)


def stage1_columns(lines: Sequence[Line], byline_or_date: Callable[[Line], bool]) -> list[list[float]]:
    """The stage-1 features of every line, one list per feature (in `FEATURES` order).

    Each value a line has of its own is computed once, and the columns are made from those lists
    with the built-in maps where they can be (a page is read in tens of microseconds per line, not
    hundreds); truth values stand for 1.0 and 0.0. `byline_or_date` is text.py's header reader;
    it is asked about short lines only.
    """
    from .text import FURNITURE, PROSE

    n = len(lines)
    texts = list(map(_TEXT, lines))
    keys = list(map(_KEY, lines))
    lengths = list(map(len, texts))
    words = list(map(_WORDS, lines))
    kinds = list(map(_KIND, lines))
    prose = list(map({PROSE: 1.0}.get, kinds, repeat(0.0, n)))
    groups = list(map(_GROUP_INDEX.get, map(_REASON, lines)))
    furniture = list(map({FURNITURE: 1.0}.get, kinds, repeat(0.0, n)))
    lasts = [text[-1] for text in texts]
    ends_sentence = list(map(_ENDS_SENTENCE.get, lasts, repeat(0.0, n)))
    capitalised, lower_case = _initial_case_shares(texts)
    digits = [
        (0.0 if len(text.encode().translate(None, _ASCII_DIGITS)) == len(text) else 1.0) if text.isascii()
        else 0.0 if _DIGIT.search(text) is None else 1.0
        for text in texts
    ]  # an ASCII line by a bytes table: a pattern reads each character several times slower
    first_of_key = list(map(dict(zip(reversed(keys), range(n - 1, -1, -1))).__getitem__, keys))  # each line's key's first line
    last_of_key = list(map(dict(zip(keys, range(n))).__getitem__, keys))  # and last line
    log_lengths = list(map(math.log1p, lengths))
    columns: list[list[float]] = [
        log_lengths,
        list(map(operator.truediv, map(min, words, repeat(60, n)), repeat(60, n))),
        [
            line.stop_density if line.stop_density is not None else (_TYPICAL_PROSE_DENSITY if p else _TYPICAL_OTHER_DENSITY)
            for line, p in zip(lines, prose)
        ],
        ends_sentence,
        list(map(_ENDS_CLOSING.get, lasts, repeat(0.0, n))),
        list(map(_ENDS_COLON.get, lasts, repeat(0.0, n))),
        list(map(_ENDS_MID_PHRASE.get, lasts, repeat(0.0, n))),
        capitalised,
        lower_case,
        digits,
        [1.0 if last == ")" and _COUNT_END.search(text) else 0.0 for last, text in zip(lasts, texts)],
        [1.0 if "|" in text else 0.0 for text in texts],
        [min(_sentence_ends(text), 5) / 5 if length > 20 else 0.0 for text, length in zip(texts, lengths)],
        prose,
        furniture,
        list(map(_AS_FLOAT, map(_TERMINATOR, lines))),
        list(map(_AS_FLOAT, map(_ANCHOR, lines))),
        list(map(_AS_FLOAT, map(_DATED_AFTER_TEXT, lines))),
        list(map(_AS_FLOAT, map(_BLANK_BEFORE, lines))),
        list(map(_AS_FLOAT, map(operator.ne, first_of_key, last_of_key))),  # the key has another line
        list(map(_AS_FLOAT, map(operator.ne, first_of_key, range(n)))),
        _opens_like_a_later_line(keys),
        [1.0 if not p and length < 120 and byline_or_date(line) else 0.0 for p, length, line in zip(prose, lengths, lines)],
        [1.0 if w <= 2 else 0.0 for w in words],
        [1.0 if w >= 40 else 0.0 for w in words],
    ]
    group_columns = [[0.0] * n for _ in _GROUPS]
    for index, group in enumerate(groups):
        if group is not None:
            group_columns[group][index] = 1.0
    columns += group_columns

    prose_lengths = list(map(operator.mul, lengths, prose))
    cumulative = list(accumulate(prose_lengths, initial=0.0))
    total_prose = cumulative[-1] or 1.0
    above_10 = [0.0] * min(n, 10) + cumulative[: max(0, n - 10)]
    below_11 = cumulative[11:] + [cumulative[-1]] * min(n, 11)
    columns += [
        list(map(operator.truediv, range(n), repeat(max(1, n - 1), n))),
        list(map(operator.truediv, cumulative[:-1], repeat(total_prose, n))),
        list(map(operator.truediv, map(operator.sub, repeat(total_prose, n), cumulative[1:]), repeat(total_prose, n))),
        _after_first(list(map(_TERMINATOR, lines))),
        _after_first(list(map(_ANCHOR, lines))),
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
    columns += _run_columns(prose, furniture, digits, words, ends_sentence)
    columns += [
        _distances_below(prose),
        list(map(math.log1p, map(operator.sub, cumulative, above_10))),
        list(map(math.log1p, map(operator.sub, below_11, cumulative[1:]))),
        [cumulative[-1] / max(1, sum(lengths))] * n,
        [math.log1p(n)] * n,
    ]
    return columns


def _sentence_ends(text: str) -> int:
    """How many sentences end in a line (`_SENTENCE_END`'s matches): an ASCII line's counted with str.count.

    A line's only white space is single spaces (see text.read_lines); in ASCII, a sentence ends at ".", "!"
    or "?" followed by a space or the line's end, with closing quotes and brackets between them taken out
    (they may stand there, and nowhere else do they make or break an end).
    """
    if not text.isascii():
        return len(_SENTENCE_END.findall(text))
    if '"' in text or ")" in text or "]" in text:
        text = text.encode().translate(None, b'")]').decode()
    return text.count(". ") + text.count("! ") + text.count("? ") + text.endswith((".", "!", "?"))


def _initial_case_shares(texts: list[str]) -> tuple[list[float], list[float]]:
    """Of the words of each text's first 200 characters that start with a word character (a letter, a digit
    or "_"), the share that start with a capital, and with a lower-case letter (0 when no word does).

    The texts are read all at once: each character's UTF-8 bytes made its class by a bytes table (see
    `_INITIAL_CLASSES`), a word's start is a space and its class, counted with bytes.count by the
    built-in maps (a line's white space is single spaces, see text.read_lines). The typographic marks
    news text is full of are made "'" first (none of them is a word character or white space: the
    shares stay the same); a text with a word that starts with any other non-ASCII character (its
    class unknown to the table) is read again word by word.
    """
    joined = "\n".join(map(_CASE_SAMPLE_OF, texts))  # a line has no line break
    if not joined.isascii():
        for mark in TYPOGRAPHIC_MARKS:
            joined = joined.replace(mark, "'")
    classes = (" " + joined.replace("\n", "\n ")).encode("utf-8", "surrogatepass").translate(_INITIAL_CLASSES).split(b"\n")
    capitals = list(map(bytes.count, classes, repeat(b" U")))
    lower = list(map(bytes.count, classes, repeat(b" l")))
    words = [count or 1 for count in map(operator.add, map(operator.add, capitals, lower), map(bytes.count, classes, repeat(b" d")))]
    capitalised, lower_case = list(map(operator.truediv, capitals, words)), list(map(operator.truediv, lower, words))
    unknown = list(map(bytes.__contains__, classes, repeat(b" \x00")))
    if any(unknown):
        samples = joined.split("\n")
        for index in compress(range(len(samples)), unknown):
            capitalised[index], lower_case[index] = _initial_case_share(samples[index])
    return capitalised, lower_case


# The non-ASCII characters news text is full of that are neither word characters nor white space.
TYPOGRAPHIC_MARKS = ("’", "‘", "“", "”", "–", "—", "…", "«", "»", "·", "•", "©")

# An ASCII character's class for _initial_case_shares: "U"pper-case, "l"ower-case, "d" another word
# character (a digit or "_"), "o" any other; spaces and line breaks stay; a byte of a non-ASCII character
# is 0.
_INITIAL_CLASSES = bytes(
    ord("U") if chr(byte).isupper() else ord("l") if chr(byte).islower() else ord("d") if chr(byte).isalnum() or byte == ord("_")
    else byte if byte in b" \n" else ord("o")
    for byte in range(128)
) + bytes(128)


def _initial_case_share(sample: str) -> tuple[float, float]:
    initials = [word[0] for word in sample.split() if word[0].isalnum() or word[0] == "_"] or [" "]
    return sum(map(str.isupper, initials)) / len(initials), sum(map(str.islower, initials)) / len(initials)


def opening(key: str) -> str:
    """A line's first 8 words (from its key), or "" when it has fewer: two lines opening alike repeat one another."""
    return " ".join(key.split(" ", _OPENING_WORDS)[:_OPENING_WORDS]) if key.count(" ") >= _OPENING_WORDS - 1 else ""


def _opens_like_a_later_line(keys: list[str]) -> list[float]:
    """Whether a line of 8 words or more opens with the same words as a later line (a dek, a teaser)."""
    openings = list(map(opening, keys))
    last = {opening: index for index, opening in enumerate(openings) if opening}
    return [1.0 if opening and last[opening] > index else 0.0 for index, opening in enumerate(openings)]


def _after_first(marks: list[bool]) -> list[float]:
    """Whether a line comes after the first marked line."""
    n = len(marks)
    first = marks.index(True) if True in marks else n
    return [0.0] * min(n, first + 1) + [1.0] * (n - first - 1)


def _shifted(values: list[float], by: int) -> list[float]:
    """values[i - by], 0 beyond the page."""
    if by > 0:
        return [0.0] * by + values[:-by]
    return values[-by:] + [0.0] * -by


def _window_mean(values: Sequence[float], k: int) -> list[float]:
    """Mean of the values within k lines of each line, the line itself left out."""
    n = len(values)
    sums = list(accumulate(values, initial=0.0))
    if n <= 2 * k + 1:
        return [(sums[min(n, i + k + 1)] - sums[max(0, i - k)] - values[i]) / (min(n, i + k + 1) - max(0, i - k) - 1 or 1) for i in range(n)]
    # the first k lines' windows start at the page's top, the last k lines' end at its bottom
    top = map(operator.truediv, map(operator.sub, map(operator.sub, sums[k + 1: 2 * k + 1], repeat(sums[0], k)), values[:k]), range(k, 2 * k))
    middle = map(operator.sub, map(operator.sub, sums[2 * k + 1:], sums[: n - 2 * k]), values[k: n - k])
    bottom = map(operator.truediv, map(operator.sub, map(operator.sub, repeat(sums[n], k), sums[n - 2 * k: n - k]), values[n - k:]), range(2 * k - 1, k - 1, -1))
    return [*top, *map(operator.mul, middle, repeat(1 / (2 * k), n)), *bottom]


def _run_columns(prose, furniture, digits, words, ends_sentence) -> list[list[float]]:
    """Features of the run of lines a line belongs to (consecutive prose, or consecutive other lines)."""
    n = len(prose)
    columns: list[list[float]] = [[] for _ in range(7)]
    start = 0
    while start < n:
        try:
            end = prose.index(1.0 - prose[start], start)
        except ValueError:
            end = n
        size = end - start
        values = (
            math.log1p(size),
            sum(furniture[start:end]) / size,
            sum(digits[start:end]) / size,
            min(sum(words[start:end]) / size, 40) / 40,
            sum(ends_sentence[start:end]) / size,
            1.0 if start > 0 else 0.0,
            1.0 if end < n else 0.0,
        )
        for column, value in zip(columns, values):
            column += [value] * size
        start = end
    return columns


def _distances_below(prose: list[bool]) -> list[float]:
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
    before, after = [-6.0, *scores[:-1]], [*scores[1:], -6.0]  # the neighbours' scores, -6 beyond the page
    neighbours_low, neighbours_high = list(map(min, before, after)), list(map(max, before, after))
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
    stage2: Callable[[list[float], list[list[float]], list[list[float]]], list[float]]  # the trees, compiled; see compile_trees
    threshold: float = 0.0  # log-odds above which a line is kept
    sure: float = 3.0  # stage-1 log-odds beyond which stage 2 is not asked (it seldom disagrees there)

    @classmethod
    def from_json(cls, data: dict) -> LineModel:
        names = [name for name, _, _ in FEATURES]
        if data["features"] != names or data["context"] != list(CONTEXT):
            raise ValueError("line model was trained on other features: run tools/train_cleaner.py")
        weights = tuple(float(w) for w in data["weights"])
        trees = tuple(data["trees"])
        sure = float(data["sure"])
        return cls(
            bias=float(data["bias"]),
            weights=weights,
            means=tuple(float(m) for m in data["means"]),
            trees=trees,
            stage2=compile_trees(trees, float(data["base_score"]), len(names), len(CONTEXT), sure),
            threshold=float(data["threshold"]),
            sure=sure,
        )

    def judge(self, columns: list[list[float]]) -> tuple[list[float], list[float]]:
        """(stage-1 log-odds clipped to ±6, final log-odds) of every line."""
        # A feature that is 0 on every line of the page adds only zeros to each line's sum: left out, the sums
        # are the same floats (a sum that is not -0.0 is unchanged by adding ±0.0), and many phrase and
        # closing-block features are 0 on the whole page. (The length is never 0: every line keeps its row.)
        bias = self.bias
        present = [(weight, column) for weight, column in zip(self.weights, columns) if any(column)]
        weights = [weight for weight, _ in present]
        first = [bias + sum(map(operator.mul, weights, row)) for row in zip(*[column for _, column in present])]
        first = [-6.0 if s < -6.0 else 6.0 if s > 6.0 else s for s in first]
        return first, self.stage2(first, columns, context_columns(first))

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


def compile_trees(
    trees: Sequence, base: float, features: int, context: int, sure: float
) -> Callable[[list[float], list[list[float]], list[list[float]]], list[float]]:
    """The trees as one Python list comprehension over a page: a line is scored in microseconds, not by walking nodes.

    The function takes stage 1's scores and the stage-1 and context columns, and returns every
    line's final log-odds: the stage-1 score where it is sure (beyond ±`sure`), else the trees' sum.
    Tree feature indices count the stage-1 features, then the context ones; only the columns the
    trees use are read, each zipped into a local per line. The source is built from numbers only
    (indices and thresholds are checked), so the model file cannot put code into it.
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
    names = "".join(f", v{f}" for f in sorted(used))
    reads = "".join(f", x[{f}]" if f < features else f", c[{f - features}]" for f in sorted(used))
    sure = float(sure)
    source = (
        "def stage2(first, x, c):\n"
        f"    return [score if {-sure!r} >= score or score >= {sure!r} else {total}\n"
        f"            for score{names} in zip(first{reads})]\n"
    )
    namespace: dict = {}
    exec(compile(source, "<line_model.json trees>", "exec"), namespace)  # noqa: S102 - numbers only, see above
    return namespace["stage2"]


@cache
def default_model() -> LineModel:
    return LineModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
