"""Figures in a sentence: a number with its hedge, unit and counted noun.

"at least 14 repaired German Leopard 2 battle tanks", "$65 billion worth of
military aid", "26 drones, of which ... 21", "a 7.8-magnitude earthquake",
"won 3-1", "more than a year ago". A hedge makes the number an interval, so
that "at least 14" and "14" agree while "almost a year" and "more than a year"
cannot both be true. Years, times of day, ages, model numbers ("Leopard 2")
and durations are not figures.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .dates import _DATES
from .lexicon import FUNCTION_WORDS, NATIONALITIES, TIME_UNITS
from .sentences import Sentence

_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_HEDGES = {
    "at least": (1.0, math.inf), "more than": (1.0001, math.inf), "over": (1.0001, math.inf),
    "upwards of": (1.0, math.inf), "just over": (1.0001, 1.1), "nearly": (0.9, 0.9999), "almost": (0.9, 0.9999),
    "close to": (0.9, 1.0), "just under": (0.9, 0.9999), "about": (0.9, 1.1), "around": (0.9, 1.1),
    "roughly": (0.9, 1.1), "approximately": (0.9, 1.1), "some": (0.9, 1.1), "an estimated": (0.9, 1.1),
    "up to": (0.0, 1.0), "as many as": (0.0, 1.0), "at most": (0.0, 1.0), "fewer than": (0.0, 0.9999),
    "less than": (0.0, 0.9999), "under": (0.0, 0.9999),
}
_HEDGE = "|".join(sorted((re.escape(h) for h in _HEDGES), key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?"
    r"(?P<currency>US\$|\$|€|£|¥)?\s?"
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")(?![\w:/])(?:\s?(?P<scale>thousand|million|billion|trillion|bn)\b)?"
    r"(?P<percent>\s?%|\s?percent\b|\s?per cent\b)?",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"[\s-](?P<unit>year|month|week|day)s?(?:-(?P<old>old)\b|\s+(?P<ago>ago)\b)",
    re.IGNORECASE,
)
_SCORE = re.compile(r"(?<![\w.,-])(\d{1,2})[-–](\d{1,2})(?![\w.,-]|\s*(?:million|billion|percent|%))")
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|beat|beats|defeat\w*|victory|draw|drew|lost|loses|score\w*|final|lead|led|trail\w*|penalt\w*|shoot-?out)\b",
    re.IGNORECASE,
)
_STOP = FUNCTION_WORDS | {"were", "was", "is", "are", "have", "has", "had", "been", "per", "each", "apiece"}
_UNITS = frozenset(
    """km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot mph kph km/h
    tonnes tons kg kilograms pounds degrees magnitude points seats votes""".split()
)
_PEOPLE = frozenset(
    "people persons individuals residents civilians children adults passengers workers soldiers troops".split()
)
_STATES = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
    "fatalities": "killed", "lives": "killed", "toll": "killed", "injured": "injured", "wounded": "injured",
    "hurt": "injured", "injuries": "injured", "missing": "missing", "evacuated": "evacuated",
    "displaced": "displaced", "homeless": "displaced", "arrested": "arrested", "detained": "arrested",
    "rescued": "rescued", "trapped": "trapped", "hospitalized": "hospitalised", "hospitalised": "hospitalised",
}
# Nouns that count the same thing; the first word names the class.
_SYNONYMS = [
    ("member", {"member", "country", "state", "nation", "member state", "member country", "member nation"}),
    ("killed", {"killed", "dead", "death", "fatality", "life", "body", "victim"}),
    ("injured", {"injured", "wounded", "injury"}),
    ("spectator", {"spectator", "fan", "attendance", "crowd"}),
]
# Slots where two different figures cannot both be true, whatever the sentences around them.
STRONG_SLOTS = frozenset({"killed", "injured", "missing", "magnitude", "score", "attendance", "spectator", "time since"})


@dataclass(frozen=True)
class Quantity:
    sentence: Sentence
    words: str  # the figure as written, with its hedge: "at least 14", "$65 billion", "more than a year"
    noun: str  # what it counts, as written: "repaired German Leopard 2 battle tanks"; "" for a score
    slot: str  # what it is a figure of, for aligning sources: "tank leopard 2", "killed", "score"
    value: float
    low: float
    high: float
    part: str = ""  # ", of which 21 shot down"

    @property
    def shown(self) -> str:
        return self.words + self.part


def find_quantities(sentence: Sentence) -> list[Quantity]:
    text = sentence.text
    taken = [m.span() for m in _DATES.finditer(text)]
    found: list[Quantity] = []
    for match in _DURATION.finditer(text):
        found.append(_duration(sentence, match))
        taken.append(match.span())
    if _SCORE_CONTEXT.search(text):
        for match in _SCORE.finditer(text):
            if not _overlaps(match.span(), taken):
                found.append(_score(sentence, match))
                taken.append(match.span())
    for match in _NUMBER.finditer(text):
        if _overlaps(match.span("num"), taken):
            continue
        quantity = _count(sentence, match)
        if quantity is None:
            continue
        part = _part_of(text, match.end())
        if part:
            quantity = Quantity(**{**quantity.__dict__, "part": part[0]})
            taken.append(part[1])
        found.append(quantity)
    return found


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _count(sentence: Sentence, match: re.Match) -> Quantity | None:
    text = sentence.text
    raw = match.group("num")
    before = text[: match.start("num")]
    after = text[match.end() :]
    if raw.lower() in _WORD_NUMBERS:
        number = float(_WORD_NUMBERS[raw.lower()])
    else:
        number = float(raw.replace(",", ""))
    currency, scale, percent = match.group("currency"), match.group("scale"), match.group("percent")
    if not (currency or scale or percent):
        if re.fullmatch(r"\d{4}", raw) and 1800 <= number <= 2100:
            return None  # a year
        if re.search(r"[A-Z][\w-]*\s$", before) and not re.search(r"(?:^|[.!?]\s+)[A-Z][\w-]*\s$", before):
            return None  # part of a name: "Leopard 2", "Boeing 737"
        if re.match(r"(?:st|nd|rd|th)\b|[-–]\d", after) or re.search(r"[-–]$", before):
            return None  # an ordinal, a range or a score
        if re.search(r"\w,\s$", before) and re.match(r",", after):
            return None  # an age: "Jane Doe, 45, said"
    value = number * _SCALES.get((scale or "").lower(), 1.0)
    hedge = (match.group("hedge") or "").lower()
    low, high = _interval(value, hedge)
    hyphenated = re.match(r"-([a-z]+)\b", after)
    if hyphenated:  # "31-member alliance", "7.8-magnitude quake"
        noun = hyphenated.group(1)
        if noun in TIME_UNITS or noun.rstrip("s") in TIME_UNITS or noun in ("year", "old"):
            return None
        return Quantity(sentence, match.group(0).strip(), noun, _slot(noun, text), value, low, high)
    noun = _noun_after(after, bool(currency or scale or percent))
    if percent:
        noun = noun or "per cent"
    if not noun:
        magnitude = re.search(r"magnitude\s*(?:of\s*)?$", before, re.IGNORECASE)
        if not magnitude:
            return None
        noun = "magnitude"
    head = noun.split()[-1].lower()
    if head in TIME_UNITS or head.rstrip("s") in TIME_UNITS:
        return None
    if raw.lower() in _WORD_NUMBERS and not (head.endswith("s") or head in _STATES):
        return None
    if not currency and not scale and not percent and head not in _UNITS and not _plural(head) and head not in _STATES and noun != "magnitude":
        return None
    return Quantity(sentence, match.group(0).strip(), noun, _slot(noun, text[match.end() :]), value, low, high)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _noun_after(after: str, money: bool) -> str:
    """Up to six words after the figure that name what it counts; money also looks past 'worth of'/'in'."""
    words = re.findall(r"[\w’'-]+(?:\.\w+)*|[^\w\s]", after[:120])
    if money and words[:2] == ["worth", "of"]:
        words = words[2:]
    elif money and words[:1] in (["in"], ["of"]) and len(words) > 1 and words[1][:1].islower():
        words = words[1:]
    picked: list[str] = []
    for word in words[:6]:
        if not re.match(r"[\w]", word) or word.lower() in _STOP:
            break
        picked.append(word)
    while picked and not (picked[-1][:1].islower() or picked[-1][:1].isupper()):
        picked.pop()
    if money:
        return " ".join(picked[:4])
    # the counted noun ends at the first plural (or state) word: "repaired German Leopard 2 battle tanks"
    for end in range(1, len(picked) + 1):
        word = picked[end - 1].lower()
        if _plural(word) or word in _UNITS or word in _STATES:
            return " ".join(picked[:end])
    return " ".join(picked[:1]) if picked and picked[0].lower() in _UNITS else ""


def _slot(noun: str, context: str) -> str:
    words = noun.split()
    head = _lemma(words[-1].lower())
    if words[-1].lower() in _PEOPLE or head in ("people", "person"):
        state = next(
            (_STATES[w.lower()] for w in re.findall(r"[a-z]+", context[:80].lower()) if w.lower() in _STATES), None
        )
        if state:
            return state
    head = _STATES.get(words[-1].lower(), head)
    for name, members in _SYNONYMS:
        if head in members or " ".join(_lemma(w.lower()) for w in words[-2:]) in members:
            return name
    marks = [w.lower() for w in words[:-1] if (w[:1].isupper() and w.lower() not in NATIONALITIES) or w[:1].isdigit()]
    return " ".join([head, *marks])


def _lemma(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _interval(value: float, hedge: str) -> tuple[float, float]:
    low, high = _HEDGES.get(hedge, (1.0, 1.0))
    return value * low, value * high


def _part_of(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """', of which Ukrainian air defense shot down 21' / ', 21 of which were shot down'."""
    match = re.match(
        r"[^,.;]{0,60}?,\s+(?:(?:of which|of them)\s+(?P<a>[^,.;]*?)\s(?P<n>\d[\d,]*)\b"
        r"|(?P<n2>\d[\d,]*)\s+(?:of which|of them)\s+(?P<b>[^,.;]{0,40}))",
        text[end:],
    )
    if not match:
        return None
    number = match.group("n") or match.group("n2")
    verb = match.group("a") if match.group("n") else match.group("b")
    verb_words = [w for w in (verb or "").split() if w.lower() not in ("were", "was", "have", "been", "had")]
    if match.group("n"):
        verb_words = verb_words[-2:] if verb_words[-1:] and verb_words[-1] in ("down", "up", "out", "off") else verb_words[-1:]
    span_start = end + match.start("n" if match.group("n") else "n2")
    return f", of which {number} {' '.join(verb_words)}".rstrip(), (span_start, span_start + len(number))


def _duration(sentence: Sentence, match: re.Match) -> Quantity:
    units = {"year": 365.0, "month": 30.4, "week": 7.0, "day": 1.0}
    raw = match.group("num").lower()
    count = 1.0 if raw in ("a", "an", "one") else float(_WORD_NUMBERS.get(raw, 0) or raw)
    value = count * units[match.group("unit").lower()]
    low, high = _interval(value, (match.group("hedge") or "").lower())
    anchor = _anchor_before(sentence.text[: match.start()]) or ""
    return Quantity(sentence, match.group(0), anchor, f"time since {anchor.lower()}".strip(), value, low, high)


def _anchor_before(text: str) -> str | None:
    """The nearest name before a duration: what 'a year ago' is counted from ('Russia')."""
    names = re.findall(r"\b([A-Z][\w-]+)(?:[’']s)?\b", text)
    names = [n for n in names if n.lower() not in FUNCTION_WORDS]
    return names[-1] if names else None


def _score(sentence: Sentence, match: re.Match) -> Quantity:
    around = sentence.text[max(0, match.start() - 40) : match.end() + 40].lower()
    if re.search(r"penalt|shoot-?out", sentence.text[match.end() : match.end() + 30].lower()):
        slot = "penalty shoot-out score"
    elif re.search(r"half-?time|half time|at the break|aggregate", around):
        slot = "half-time score" if "aggregate" not in around else "aggregate score"
    else:
        slot = "score"
    first, second = int(match.group(1)), int(match.group(2))
    value = first * 100 + second
    return Quantity(sentence, match.group(0), "", slot, value, value, value)
