"""Align what the sources say: one Fact per thing, citing every source that states it.

Figures align by slot (what they count) and disagree when their intervals
cannot both hold; sentences align by weighted word overlap, found through
blocking on each sentence's rarest words so that the work stays near-linear in
the number of sentences (never all pairs); quotations align by speaker and words.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, chain, combinations, repeat
from typing import NamedTuple

from ..model import Citation, Fact
from .aliases import fold
from .lexicon import MONTHS, SPEECH_VERBS, WEEKDAYS, longest_first
from .numbers import (
    EARLIER, OF_A_YEAR, STATE_SLOTS, TALLY, WORD_NUMBERS, ROUNDED, Quantity, class_bound, counts_people, counts_things, currency_of, dimension, in_base_unit, in_metric, lemma,
    measure_unit, same_currency, single_valued, what_befell,
)
from .quotes import Quotation
from .sentences import LEAD, Sentence, source_order

_IGNORED_STEMS = frozenset(w[:5] for w in (*WEEKDAYS, *MONTHS))
# Words that carry no content; unlike lexicon.FUNCTION_WORDS, "first", "only", "new" do.
_STOP_WORDS = frozenset(
    """a an the and or but nor so yet for of in on at to by from with into over under about after before during
    while when where since until as than that this these those there here it its he she they we i you his her
    their our my your him them us me who whom whose which what why how if also is are was were be been being has
    have had will would can could should may might must do does did not no said says told""".split()
)
_BLOCK_FEATURES = 4  # each sentence is indexed under its rarest few words
# A handful of sources' sentences are few wordings (fewer than this): each is indexed under all its shared words,
# as two leads telling one thing among details of their own ('the outage was caused by a problem with the
# cooling system', 'A failure of the cooling plant ... took down ..., knocking out ...') share few of their
# very rarest words; so few wordings cost little to compare.
_FEW_NODES = 300
# A wording meets, in each of its blocks, the next _NEIGHBOURS heavier wordings (in order of weight: wordings
# alike weigh alike), and is scored against the _PARTNERS of all those that share the most of its words: a claim
# told by hundreds of sources in hundreds of wordings is tied together by a few partners of each, not by every
# pair of them, so the work grows with the number of sentences, never with its square (a word of many wordings
# blocks as well, through its neighbours).
_NEIGHBOURS = 25
_PARTNERS = 8
CLAIM_SIMILARITY = 0.42
_DATED = ("day:", "year:")  # claim anchors for the days and years a sentence names
_ANCHORS = ("entity:", "figure:", *_DATED)  # what a sentence names: a person, place, figure, day or year
CONTAINED = 2 / 3  # the share of its words a short sentence must have in the longer one that tells it too
UNANCHORED_SIMILARITY = 0.5  # sentences naming no common person, place or figure must be closer
# How alike two claims both given to one speaker must be in their own words for the speaker to count as shared
REPORTED_CLAIM_SIMILARITY = 0.3


def status_of(citations: list[Citation] | tuple[Citation, ...], conflict: bool = False) -> str:
    if conflict:
        return "conflict"
    return "agreed" if len({c.source for c in citations}) > 1 else "single-source"


# News words for one thing, cut to five letters, in one form: 'detained' is 'arrested', 'suspicion' 'suspected'.
_SAME_STEM = {
    "detai": "arres", "suspi": "suspe", "attor": "lawye", "blaze": "fire", "flame": "fire", "wound": "injur",
    "hurt": "injur", "died": "kille", "dead": "kille", "death": "kille", "jaile": "priso", "jail": "priso",
    "impri": "priso", "walko": "strik", "stop": "strik", "stopp": "strik", "halte": "strik", "oath": "sworn",
    "failu": "fault", "faile": "fault", "fail": "fault", "probl": "fault", "malfu": "fault", "glitc": "fault",
}


def same_stem(stem: str) -> str:
    return _SAME_STEM.get(stem, stem)


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def stems(text: str, synonyms: bool = True) -> frozenset[str]:
    """Content words cut to five letters: 'visited'/'visiting' -> 'visit'; news synonyms in one form
    (unless `synonyms` is False: the words as the source chose them)."""
    return _stems_in_one_form(text) if synonyms else _stems_as_written(text)


@lru_cache(maxsize=8192)  # a few events' sentences: a larger cache holds ones no later event asks for
def _stems_in_one_form(text: str) -> frozenset[str]:
    words = _stems_as_written(text)
    return frozenset(map(_SAME_STEM.get, words, words))


@lru_cache(maxsize=8192)
def _stems_as_written(text: str) -> frozenset[str]:
    folded = fold(text)
    words = _WORD.findall(folded)
    if "'s" in folded:
        words = [w.replace("'s", "") for w in words]
    return frozenset([w[:5] for w in words if len(w) > 2 and w not in _STOP_WORDS]) - _IGNORED_STEMS


# --- figures -------------------------------------------------------------------------------


@dataclass
class FigureGroup:
    """Mentions of one figure that agree (their intervals overlap)."""

    quantities: list[Quantity]

    @property
    def sources(self) -> set[str]:
        return {q.sentence.source for q in self.quantities}

    @property
    def interval(self) -> tuple[float, float]:
        return max(q.low for q in self.quantities), min(q.high for q in self.quantities)


def align_figures(quantities: list[Quantity]) -> list[tuple[list[FigureGroup], bool]]:
    """Quantities -> facts: each a list of agreeing groups, and whether the groups conflict; measures
    compared in their base unit ('2.8 km' and '2,800 metres' are one length)."""
    by_slot: dict[str, list[Quantity]] = defaultdict(list)
    for quantity in map(in_base_unit, _tolls_told_by_kind(quantities)):  # sums of money align with each other whatever they are said to be
        by_slot["amount" if quantity.slot.startswith("amount") else quantity.slot].append(quantity)
    facts: list[tuple[list[FigureGroup], bool]] = []
    for slot in sorted(by_slot):
        groups = _agreeing_groups(by_slot[slot])
        facts.extend(_conflicts(slot, groups))
    return [_one_and_companions(groups, conflict) for groups, conflict in _restatements(facts)]


# Companions counted without the one they went with: 'with four friends', 'together with other four pilots', 'four other
# climbers', 'and four others'; and a group counted whole: 'a group of five pilots', 'a party of five', 'a five-strong team'.
_WITH_BEFORE = re.compile(r"\b(?:with|other)\s+(?:(?:his|her|their)\s+)?$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s+(?:other|others|fellow)\b", re.IGNORECASE)
_GROUP_OF_BEFORE = re.compile(r"\b(?:group|party|team|band|crew|squad)\s+of\s+$", re.IGNORECASE)
_STRONG_AFTER = re.compile(r"-strong\b", re.IGNORECASE)


def _one_and_companions(groups: list[FigureGroup], conflict: bool) -> tuple[list[FigureGroup], bool]:
    """A disagreement of one whose larger side is told only as a group ('with a group of five Czech pilots') and whose
    smaller only as the companions of someone ('with four friends', 'together with other four pilots'): the group may
    hold the one they went with, so both can be true; one figure, each citation keeping its words."""
    if not conflict or len(groups) != 2:
        return groups, conflict
    small, large = sorted(groups, key=lambda g: g.quantities[0].value)
    if large.quantities[0].value - small.quantities[0].value != 1 or not all(map(_companions, small.quantities)) or not all(map(_a_group, large.quantities)):
        return groups, conflict
    return [FigureGroup(groups[0].quantities + groups[1].quantities)], False


def _companions(quantity: Quantity) -> bool:
    around = quantity.around
    return around is not None and (_WITH_BEFORE.search(around[0]) is not None or _OTHERS_AFTER.match(around[1]) is not None)


def _a_group(quantity: Quantity) -> bool:
    around = quantity.around
    return around is not None and (_GROUP_OF_BEFORE.search(around[0]) is not None or _STRONG_AFTER.match(around[1]) is not None)


def _tolls_told_by_kind(quantities: list[Quantity]) -> list[Quantity]:
    """A source telling what befell people only of one kind, one value ('Two security guards were injured'), beside
    other sources' toll within twice of it ('Three people were hurt'), tells its toll so: one count, which the
    two disagree on. Not where a source gives a kind beside its toll ('nine injured, four of them firefighters'):
    that kind is a part of the toll, whoever tells it."""
    tolls = [q for q in quantities if q.slot in STATE_SLOTS]
    told = {(q.sentence.source, q.slot) for q in tolls}
    kinds = [  # 'injured guard'; not 'injured contractor in 2019': another time's
        q for q in quantities if len(q.slot.split()) == 2 and q.slot.split()[0] in STATE_SLOTS and counts_people(q.slot.split()[1])
    ]
    parts = {q.slot for q in kinds if (q.sentence.source, q.slot.split()[0]) in told}
    values: dict[tuple[str, str], set[float]] = defaultdict(set)
    for q in kinds:
        values[(q.sentence.source, q.slot.split()[0])].add(q.value)
    result = []
    for quantity in quantities:
        state = quantity.slot.split()[0]
        others = [t.value for t in tolls if t.slot == state]
        if (
            quantity in kinds and quantity.slot not in parts and len(values[(quantity.sentence.source, state)]) == 1 and others
            and all(0 < min(v, quantity.value) and max(v, quantity.value) <= _RIVAL_RATIO * min(v, quantity.value) for v in others)
        ):
            quantity = replace(quantity, slot=state)
        result.append(quantity)
    return result


def _restatements(facts: list[tuple[list[FigureGroup], bool]]) -> list[tuple[list[FigureGroup], bool]]:
    """One figure told in other words by other sources is one fact: '480,000 electric kettles' and
    '480,000 kettles' (the same counted noun, one naming more of it, values agreeing), '4,000 emergency
    workers' and '4,000 firefighters, police and soldiers' (the same exact figure, 100 or more, or in
    sentences alike); and people counted by other nouns in clauses that say the same of them ('128,000
    patients' whose data was accessed, 'the data of 182,000 people was accessed': a disagreement). Compared
    only within blocks of one counted noun, one exact value, or the counts of people."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, (groups, conflict) in enumerate(facts):
        first = groups[0].quantities[0]
        blocks[("head", first.slot.split()[0], _figure_kind(first))].append(index)
        for value in sorted({group.quantities[0].value for group in groups}):  # each side of a disagreement
            blocks[("value", value, _figure_kind(first))].append(index)
        if counts_people(first.slot):
            blocks[("people",)].append(index)
        for deed in sorted({deed_of(q) for group in groups for q in group.quantities if _of_people(q)} - {None}):
            blocks[("deed", deed)].append(index)  # type: ignore[arg-type]
        if not conflict:
            for digits in sorted({_digits_in_any_order(q) for q in groups[0].quantities} - {""}):
                blocks[("digits", digits, _figure_kind(first), measure_unit(first.slot))].append(index)
            if dimension(first.slot):
                blocks[("unit", dimension(first.slot))].append(index)
    sets = _DisjointSets(len(facts))
    find = sets.find
    led: Counter[str] = Counter()  # how many counts of people each source tells at its top
    for groups, _ in facts:
        if counts_people(groups[0].quantities[0].slot):
            led.update({q.sentence.source for group in groups for q in group.quantities if q.sentence.index < LEAD})

    # the values each source gives of a noun, by deed, and with any deed or none ('')
    told_with: dict[tuple[str, str, str], set[float]] = defaultdict(set)
    for groups, _ in facts:
        for q in (q for group in groups for q in group.quantities if not OF_A_YEAR.search(q.slot)):  # not 2019's strandings
            for deed in {"", *filter(None, [deed_of(q)])}:
                told_with[(q.sentence.source, q.slot.split()[0], deed)].add(q.value)

    def told_once(group: FigureGroup, deeds: frozenset[str]) -> bool:
        return all(len(told_with[(q.sentence.source, q.slot.split()[0], d)]) == 1 for q in group.quantities for d in deeds or {""})

    def told_by_none_of(nouns: set[str], group: FigureGroup) -> bool:
        return not any((source, noun, "") in told_with for source in group.sources for noun in nouns)

    def same_figure(block: str, a: FigureGroup, b: FigureGroup) -> bool:
        if block == "digits":
            return _digits_transposed(a, b) and told_by_none_of(_heads(b), a) and told_by_none_of(_heads(a), b)
        if block == "unit":
            return _same_number_other_unit(a, b) or _unit_slipped(a, b)
        return (
            _same_figure(block, a, b) or block == "people" and _led_people(a, b, led)
            or block == "head" and _rival_kinds(a, b) and told_once(a, _deeds(a) & _deeds(b)) and told_once(b, _deeds(a) & _deeds(b))
        )

    for key, members in sorted(blocks.items(), key=lambda item: repr(item[0])):
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                x, y = facts[find(i)], facts[find(j)]
                # a source telling one value twice ('Two skiers were killed', 'The two dead') tells one figure
                retold = key[0] == "value" and not x[1] and not y[1] and _state(x[0][0].quantities[0]) == _state(y[0][0].quantities[0]) is not None
                if find(i) == find(j) or _sources(x) & _sources(y) and not retold:
                    continue
                if x[1] and y[1]:  # '42 / 45 miners' and '42 / 45 workers': one disagreement told by two pairs
                    pairs = _same_sides(x[0], y[0])
                    if key[0] != "value" or pairs is None:
                        continue
                    for side, other in pairs:
                        side.quantities.extend(other.quantities)
                    merged = x
                elif x[1] or y[1]:  # "The party took 14 of the 43 seats" is one side of '14 / 15 seats (KA)'
                    disputed, told = (x, y) if x[1] else (y, x)
                    # a figure of the disputed thing goes on the side its value agrees with: '16,400 properties' beside
                    # 'about 14,600 households' / '16,400 households' is on the second side, whichever side it was paired by
                    kin = any(same_figure(key[0], g, told[0][0]) for g in disputed[0])
                    side = next((g for g in disputed[0] if not _disjoint(g.interval, told[0][0].interval) and _units_agree(g, told[0][0])), None)
                    if len(told[0]) > 1 or not kin or side is None:
                        continue
                    side.quantities.extend(told[0][0].quantities)
                    merged = (sorted(disputed[0], key=lambda g: (-len(g.sources), min(source_order(s) for s in g.sources))), True)
                else:
                    a, b = x[0][0], y[0][0]
                    if not same_figure(key[0], a, b):
                        continue
                    merged = ([FigureGroup(_first_of_each_source(a.quantities + b.quantities))], False)
                    if _disjoint(a.interval, b.interval) or key[0] == "unit":  # only people counted in clauses alike, rival
                        # kinds, or one measure in two units one side slipped on get here
                        merged = (sorted((a, b), key=lambda g: (-len(g.sources), min(source_order(s) for s in g.sources))), True)
                keep, gone = sorted((find(i), find(j)))
                facts[keep] = merged
                sets.join(keep, gone)
    return [item for index, item in enumerate(facts) if find(index) == index]


def _digits_in_any_order(quantity: Quantity) -> str:
    """The digits a figure is written in, sorted ('147' and '174' -> '147'), when a slip of the pen swapping two of them
    would make another plausible figure of the same size: three significant digits or more, or a whole number of 100 or
    more ('230'/'320', '45,000'/'54,000', '16.5'/'15.6'); '' for one written in words, of a year, or an earlier value."""
    written = _WRITTEN.search(quantity.words)
    if written is None or OF_A_YEAR.search(quantity.slot) or quantity.slot.endswith(EARLIER):
        return ""
    digits = _digits(quantity)
    significant = digits.strip("0")
    if len(set(significant)) < 2 or len(significant) < 3 and quantity.value < 100:
        return ""
    return "".join(sorted(digits))


_WRITTEN = re.compile(r"\d[\d,.]*\d|\d")


def _digits(quantity: Quantity) -> str:
    written = _WRITTEN.search(quantity.words)
    return re.sub(r"\D", "", written.group(0)) if written else ""


def _two_swapped(first: str, second: str) -> bool:
    """'147' and '174', '45000' and '54000': one pair of neighbouring digits swapped."""
    apart = [i for i, (x, y) in enumerate(zip(first, second)) if x != y]
    return len(first) == len(second) and len(apart) == 2 and apart[1] == apart[0] + 1


def _digits_transposed(a: FigureGroup, b: FigureGroup) -> bool:
    """Two figures of one kind whose digits differ by two neighbours swapped ('174 entries' / '147 novels submitted',
    'evacuated 230 residents' / '320 residents had to leave'), from sources none of which tells the other's noun, both
    of people or both of things and not told with two deeds: one figure, misreported by one side (not '152 homes
    evacuated' / '125 people treated'). Transposed digits are the commonest slip in copying a figure, and two figures of
    an event that are one another's anagram by chance are rare."""
    return not _other_deeds(a, b) and any(
        _digits_in_any_order(x) == _digits_in_any_order(y) != "" and _two_swapped(_digits(x), _digits(y))
        and counts_things(x.slot) == counts_things(y.slot) and _of_people(x) == _of_people(y)
        for x in a.quantities for y in b.quantities
    )


def _misheard(a: FigureGroup, b: FigureGroup) -> bool:
    """A count or a sum of one thing said in the teens by one side and in the tens of that digit by the other ('fifteen
    screens' / '50 screens', '€14.3 million' / '40.3 million euros'), not told with two deeds: one figure, misheard by
    one side ('fifteen' / 'fifty'), the commonest slip of a figure taken down by ear, as two swapped digits are of one
    copied. Of three significant digits or more, or what one side leads with (a blog's 'fifty barbecues' far down is
    the lead's 'fifteen barbecues' misheard), neither told as a whole something holds ('the hospital has 40 wards'):
    two round counts further down may be two things ('14 wards' out of bounds, a block built with '40 wards')."""
    x, y = (group.quantities[0] for group in (a, b))
    teen, ten = sorted(f"{q.value:.12g}" for q in (x, y))  # '14300000' / '40300000', '15' / '50'
    return (
        _figure_kind(x) in ("count", "amount") and _figure_kind(y) == _figure_kind(x) and not _other_deeds(a, b)
        and len(teen) == len(ten) > 1 and teen[0] == "1" and teen[1] in "3456789" and ten == teen[1] + "0" + teen[2:]
        and (len(teen.replace(".", "").strip("0")) >= 3 or (_told_first(a) or _told_first(b)) and not _a_whole_held(a) and not _a_whole_held(b))
    )


def _a_whole_held(group: FigureGroup) -> bool:
    """A count told with a verb of holding or counting ('has 40 wards', 'includes 50 families'): a whole, not a deed's."""
    return any(
        (_verb(q) or ("", ""))[0] in _COUNTING_VERBS or q.around is not None and _HELD_BEFORE.search(q.around[0]) is not None
        for q in group.quantities
    )


def _same_number_other_unit(a: FigureGroup, b: FigureGroup) -> bool:
    """One number of ten or more written in two units of one dimension ('23 km' of river reopened / '23 miles' of it):
    no agreement and no two measures, but one measure whose unit one side got wrong (a conversion is another number)."""
    x, y = (group.quantities[0] for group in (a, b))
    said = [_WRITTEN.search(q.words) for q in (x, y)]
    return (
        measure_unit(x.slot) != measure_unit(y.slot) and dimension(x.slot) == dimension(y.slot) != ""
        and said[0] is not None and said[1] is not None and said[0].group(0) == said[1].group(0)
        and float(said[0].group(0).replace(",", "")) >= 10
    )


# The unit a converter starts from for a measure told in miles, feet or mph, in its metric base unit (kilometres,
# metres, km/h), and the slips that put a measure under the wrong one of the two units, as the told number over the
# number the other side gives in that unit: the number kept under the other unit's name (1), converted the wrong way
# (multiplied where it should be divided: 14 km told as '22 miles'), or a Scandinavian mil (ten kilometres) rendered
# as a mile (a tenth: 290 km told as '29 miles').
_STARTED_FROM = {"mi": 1000.0, "ft": 1.0, "mph": 1.0}
_MIL = 0.1
_UNIT_STEMS = frozenset({"miles", "mile", "feet", "foot", "kilom", "metre", "meter", "mph"})


def _unit_slipped(a: FigureGroup, b: FigureGroup) -> bool:
    """A measure in miles, feet or mph and one in metric units of the same thing (their sentences share a word besides
    the units) whose numbers are one slip apart ('about 14 km' / 'more than 22 miles' the wagons rolled;
    'about 6km' / 'over 6 miles' of river): one measure in dispute, never two measures, as a correct conversion
    ('100 km' / '62 miles') is one measure agreed and no slip."""
    for imperial, metric in ((a, b), (b, a)):
        x, y = imperial.quantities[0], metric.quantities[0]
        unit, converted = measure_unit(x.slot), in_metric(x)
        if unit not in _STARTED_FROM or converted is None or converted[0] != measure_unit(y.slot) or not x.value or not y.value:
            continue
        per_unit = converted[1] / x.value  # metres in a mile, km/h in a mph
        ratio = x.value / (y.value / _STARTED_FROM[unit])
        slips = (1.0, per_unit / _STARTED_FROM[unit], *((_MIL,) if unit == "mi" else ()))
        words = [set().union(*(stems(q.sentence.text) for q in group.quantities)) - _UNIT_STEMS for group in (imperial, metric)]
        return bool(words[0] & words[1]) and any(abs(ratio / slip - 1) <= ROUNDED for slip in slips)
    return False


def _units_agree(a: FigureGroup, b: FigureGroup) -> bool:
    """Two groups' numbers are comparable: in one unit, or either a count ('42 metres' agrees with no '42 ft' side)."""
    units = {measure_unit(group.quantities[0].slot) for group in (a, b)}
    return len(units) == 1 or "" in units


def _heads(group: FigureGroup) -> set[str]:
    """The nouns a group's figures count or measure, by the first word of their slots."""
    return {q.slot.split()[0] for q in group.quantities}


def _first_of_each_source(quantities: list[Quantity]) -> list[Quantity]:
    """A figure cites each source once: at its first mention of the value."""
    first: dict[str, Quantity] = {}
    for quantity in quantities:
        if quantity.sentence.source not in first or quantity.sentence.index < first[quantity.sentence.source].sentence.index:
            first[quantity.sentence.source] = quantity
    return [q for q in quantities if first[q.sentence.source] is q]


def _same_sides(x: list[FigureGroup], y: list[FigureGroup]) -> list[tuple[FigureGroup, FigureGroup]] | None:
    """The sides of two disagreements paired by value, when each side of one is a side of the other."""
    if len(x) != len(y):
        return None
    pairs = [(side, next((other for other in y if not _disjoint(side.interval, other.interval)), None)) for side in x]
    matched = [other for _, other in pairs]
    return pairs if None not in matched and len({id(o) for o in matched}) == len(y) else None  # type: ignore[return-value]


class _DisjointSets:
    """Union-find over 0..size-1: which items have been joined into one set, and its representative."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, kept: int, other: int) -> None:
        """Put the set of `other` into the set of `kept`, whose representative stays."""
        self.parent[self.find(other)] = self.find(kept)


def _sources(item: tuple[list[FigureGroup], bool]) -> set[str]:
    return {s for group in item[0] for s in group.sources}


def _figure_kind(quantity: Quantity) -> str:
    """A sum ('amount ...'), a share ('per cent ...'), a place in a series ('ordinal ...': the 28th floor, the 31st,
    are two floors, never one count told two ways) or a count: of people too whose noun opens like a share's
    ('personnel', 'persons')."""
    head = quantity.slot.split()[0]
    return head if head in ("amount", "per", "ordinal") else "count"


def _same_figure(block: str, a: FigureGroup, b: FigureGroup) -> bool:
    x, y = a.quantities[0], b.quantities[0]
    if measure_unit(x.slot) != measure_unit(y.slot):
        return False  # '10 km' deep and a magnitude of 10
    if block == "people":  # told apart by at most twice: '1,180 patients' are not 'a city of 20 million people'
        return x.slot != y.slot and _near(a, b, 2) and any(_clauses_alike(p, q, 0.3) for p in a.quantities for q in b.quantities)
    if block == "deed":  # 'burying seven skiers', 'nine ... enthusiasts were buried': one count of the people it befell
        return x.slot != y.slot and _near(a, b, 2) and any(
            _of_people(p) and _of_people(q) and deed_of(p) == deed_of(q) is not None for p in a.quantities for q in b.quantities
        )
    if block == "head":
        shorter, longer = sorted((set(x.slot.split()[1:]), set(y.slot.split()[1:])), key=len)
        return shorter < longer and not _disjoint(a.interval, b.interval)
    states = _state(x), _state(y)
    if x.slot == y.slot or single_valued(x.slot) and single_valued(y.slot) or None not in states and states[0] != states[1]:
        return False  # two deaths and two injuries are two figures, whatever else is alike ('Two hikers were killed',
        # 'Two hikers were injured')
    return _alike(a, b, 0.15) or _clauses_alike(x, y) or not _told_apart(x, y) and (
        _distinctive(x) or states[0] is not None and states[0] == states[1] or _measured_alike(x, y)
    )


def _measured_alike(x: Quantity, y: Quantity) -> bool:
    """Two measures in one unit of one value, of one thing or of a thing only one of them names ('Up to 90
    centimetres of ice', 'measured 90 cm of ice'; '48 metres', 'a depth of 48 metres'): one measure told two ways.
    Not a span's thickness beside a depth of ice ('90 cm thick'), nor how long a road was closed beside how long
    a strike lasted."""
    if not measure_unit(x.slot):
        return False
    first, second = sorted(map(_measure_words, (x, y)), key=len)
    return first <= second


def _measure_words(quantity: Quantity) -> frozenset[str]:
    """The words that say what a measure is of: its label's but for its unit in brackets ('wet snow' of 'wet snow
    (centimetres)'), else its slot's but for its unit ('fall' of 'fall m'), else the noun its sentence says it of
    ('the shark was about three metres'); in their singular, without the words that say only what was done or that
    it lasted ('duration of the', 'closed for', 'neutralised for': a length of time told by another verb is one
    length; 'a two-year contract' and 'a two-year ban' are two)."""
    unit = measure_unit(quantity.slot)
    said = re.sub(r"\([^()]*\)", "", quantity.label).lower().split() if quantity.label and not quantity.label.startswith("(") else [
        w for w in quantity.slot.split() if w != unit
    ]
    words = frozenset(lemma(w) for w in said if w not in _STOP_WORDS and w not in _LASTING_WORDS and not w.endswith("ed"))
    return words or frozenset(filter(None, [_thing_measured(quantity)]))


# Words of a length of time's label or slot that say nothing of what it is the length of.
_LASTING_WORDS = frozenset("duration period within".split())


def _told_apart(x: Quantity, y: Quantity) -> bool:
    """What is said of two figures of one value that makes them two things whatever they count: the year they are
    of, an earlier value beside the value now. (Not a forecast beside what is: 'is expected to carry 120,000
    passengers a day' is what others tell as its 'about 120,000 passengers a day'.)"""
    return _year_of(x) != _year_of(y) or x.slot.endswith(EARLIER) != y.slot.endswith(EARLIER)


def _year_of(quantity: Quantity) -> str:
    said = OF_A_YEAR.search(quantity.slot)
    return said.group(1) if said else ""


def _state(quantity: Quantity) -> str | None:
    """What befell what a count counts, when it is one of the states a count of people is told by ('killed' for
    'two skiers were killed', 'two dead', 'killed two men'), as the stem of its word; None when nothing is said of
    them or a deed no state names ('were treated')."""
    head = quantity.slot.split()[0] if quantity.slot else ""
    if head in STATE_SLOTS:
        return _deed_stem(head)
    deed = deed_of(quantity)
    return deed if deed in _STATE_STEMS else None


def _distinctive(quantity: Quantity) -> bool:
    """A value few figures of one event share by chance: 100 or more, or written in two significant digits or more
    ('14', '23', '4.99%', '44.1 degrees', 'fourteen'); not a round one ('two', 'six', '20 minutes', '60 metres'),
    which two things often share. Of a figure written in digits, its digits as written (a length of time is
    compared in days)."""
    written = re.search(r"\d[\d,.]*", quantity.words)
    if written is None and measure_unit(quantity.slot) == "time":
        return False
    digits = (written.group(0).replace(",", "").rstrip(".") if written else f"{quantity.value:.12g}").replace(".", "").strip("0")
    return quantity.value >= 100 or len(digits) >= 2


def _rival_kinds(a: FigureGroup, b: FigureGroup) -> bool:
    """Two counts of one noun, one naming a kind of it ('26 pilot whales stranded' / '21 long-finned pilot whales
    stranded'; 'Eleven incoming flights were diverted' / '16 flights ... were diverted'), each its source's only count
    of that noun said with that deed, within twice of each other, or told with no verb as `_once_each_told` says ('a
    landscape of 44 timber watermills' / 'includes 41 watermills'), each its source's only count of that noun: one
    count in dispute; the words before the noun tell which of the two sides a third source takes, never that they
    are two things. Not a part ('13 of the whales'), another deed ('eight whales died'), nor two kinds ('voted in
    favour', 'voted against')."""
    x, y = a.quantities[0], b.quantities[0]
    shorter, longer = sorted((set(x.slot.split()[1:]), set(y.slot.split()[1:])), key=len)
    if not shorter < longer or x.slot.endswith(" part") or y.slot.endswith(" part") or _of_a_year(a) or _of_a_year(b):
        return False
    deeds = _deeds(a) & _deeds(b)
    counts = counts_things(x.slot) and _figure_kind(x) == "count"
    return bool(deeds) and _near(a, b, _RIVAL_RATIO) or counts and _once_each_told(a, b)


_GENERIC_PEOPLE = frozenset({"people", "person"})


def _led_people(a: FigureGroup, b: FigureGroup, led: Counter[str]) -> bool:
    """People counted at the top of two sources that count no others there, one of them by a word that says only
    that they are people ('freed six hostages', 'Eight people spent five hours in the stockroom'), within twice of
    each other: one count. Not two kinds of people ('40 shoppers fled', '60 firefighters')."""
    x, y = a.quantities[0], b.quantities[0]
    return (
        _near(a, b, _RIVAL_RATIO) and x.slot != y.slot and bool({x.slot, y.slot} & _GENERIC_PEOPLE) and _as_counted(x) and _as_counted(y)
        and _told_first(a) and _told_first(b)
        and all(led[source] <= 1 for source in a.sources | b.sources)
    )


def _as_counted(quantity: Quantity) -> bool:
    """Counted as the people or things they are, not as what they make up: 'Seven people were locked in', not 'a city
    of 1,900 people' (its population) nor 'a cabin which can carry 16 people' (its capacity): the label then names
    another thing."""
    return not quantity.label or quantity.label.split()[0] == quantity.noun.split()[-1].lower()


# The verb of what befell a count, right before it ('burying seven skiers', 'evacuated 300 residents', 'to close 48
# stores', 'will shut 30 outlets', 'switched off all 30 pumps') or after its noun, past an aside or a clause on them
# ('seven people were fully or partly buried', '12 ferries that were due in port were held', '26 seals stranded', '54
# stores earmarked for closure', '48 shops set to close', 'outlets to be sold'); not a verb that only counts ('including
# three children', 'to reach 40 stores').
_PARTICLE = r"(?:\s+(off|down|out|behind))?"
_DEED_BEFORE = re.compile(
    r"\b(?:([a-z]{3,}(?:ed|ing)|shut|cut|took|taken)" + _PARTICLE + r"|(?:to|will|would|must|may|might|could|should|shall)\s+([a-z]{3,})" + _PARTICLE + r")(?:\s+all)?\s+$"
)
_DEED_AFTER = re.compile(
    r"(?:\s*,[^,.;]{0,60},)?(?:\s+(?:who|that|which)\s+[^,.;]{0,60}?)?\s+(?:who\s+|that\s+|which\s+)?"
    r"(?:were|was|are|is|have been|had been|has been|(?:had|have|has|needed|need|needs)\s+to\s+be|have|has|had|got|will be|would be)\s+"
    r"(?:(?:[a-z]+ly|or|and|also|all|still|already)\s+)*([a-z]{2,}(?:ed|en)|dead|missing|hurt|ill|sick|left|stuck)\b" + _PARTICLE
    + r"|\s+(?:(?:are|were|is|was|have been|had been)\s+)?(?:earmarked|set|due|slated|scheduled|marked|expected|going)\s+(?:to|for)\s+(?:be\s+)?([a-z]{3,})()"
    r"|\s+(?:to|will|would)\s+(?:be\s+)?([a-z]{3,})" + _PARTICLE
    + r"|\s+([a-z]{3,}ed)\b" + _PARTICLE
)
# Verbs for one deed, by stem and particle: a thing halted, stopped, shut down, switched off or suspended; visits,
# votes or cases recorded, logged, counted, registered or tallied; the subjects of a study studied, examined, recruited,
# enrolled or surveyed (what a study took in is what it studied).
_DEED_CLASSES = {
    "stop": "halt", "halt": "halt", "shut down": "halt", "switch off": "halt", "turn off": "halt", "suspend": "halt",
    "ground": "halt", "tak out": "halt", "took out": "halt", "deactivat": "halt",
    "record": "count", "log": "count", "count": "count", "register": "count", "tally": "count",
    "study": "study", "examin": "study", "recruit": "study", "enrol": "study", "enroll": "study", "survey": "study",
}
# Words for things or people that did not go where they were to go, one deed: bags that missed their flights, were left
# behind, stayed on the ground; passengers stranded, stuck, who remained. By the word ('missed', not 'missing': the missing
# are a state of their own).
_STAYED_BEHIND = frozenset({"missed", "stayed", "stranded", "remained", "stuck", "left behind"})
_COUNTING_VERBS = frozenset(
    """including excluding involving numbering totalling totaling counting comprising include involve number total count
    comprise reach reached reaching reaches exceed exceeded exceeding exceeds top topped topping tops have has had having
    hold holds holding contain contained containing contains employ employs employed employing house housed housing""".split()
)
# A whole told right after a verb of holding or counting: 'has 40 wards', 'includes only 50 families'.
_HELD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_COUNTING_VERBS)) + r")\s+(?:(?:all|only|just|some|about|nearly|almost)\s+)?$", re.IGNORECASE)
# People named by a noun no lexicon knows: 'enthusiasts who', 'nine enthusiasts ..., two of whom died'.
_WHO_AFTER = re.compile(r"\s+(?:who|whom)\b|[^.;]{0,100}?,\s+(?:[\w-]+\s+)?of\s+whom\b")
# A whole a part is taken from ('48 of its 112 shops'): what the clause says is said of the part.
_A_WHOLE_BEFORE = re.compile(r"\d[\d,.]*\s+of\s+(?:the|its|their|all)?\s*$")


def deed_of(quantity: Quantity) -> str | None:
    """What its clause says befell what a count counts, as the first four letters of its verb's stem ('bury' for
    'burying', 'buried'; 'clos' for 'to close', 'closing', 'earmarked for closure'), or None."""
    verb, particle = _verb(quantity) or ("", "")
    return _deed_stem(verb, particle) if verb and verb not in _COUNTING_VERBS else None


def _verb(quantity: Quantity) -> tuple[str, str] | None:
    """The verb its clause tells a count with, a deed's or a counting one ('reached 40 homes'), and its particle."""
    return _verb_told(quantity.sentence.text, quantity.words, quantity.noun)


@lru_cache(maxsize=1 << 14)  # asked of a group's counts for each group it is compared with
def _verb_told(text: str, words: str, noun: str) -> tuple[str, str] | None:
    at = text.find(words)
    if at < 0 or _A_WHOLE_BEFORE.search(text[:at]):
        return None
    said = _DEED_BEFORE.search(text[:at])
    if not said:
        past = _past_noun(text, words, noun)
        said = _DEED_AFTER.match(*past) if past else None
    if not said:
        return None
    groups = said.groups()  # each verb, then its particle
    verb, particle = next((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i])
    return (verb, particle or "") if verb not in _STOP_WORDS else None


def _deed_stem(word: str, particle: str = "") -> str:
    """One form of a verb or its noun: 'closing', 'closed', 'closure' -> 'clos'; 'burying', 'buried' -> 'bury'; a
    word for what befell people as its state's ('died', 'are dead', 'killing' -> 'kill'); a verb of a class of one
    deed as the class ('switched off', 'shut down', 'halted' -> 'halt')."""
    if word in _STAYED_BEHIND or f"{word} {particle}" in _STAYED_BEHIND:
        return "stay"
    stem = _verb_stem(what_befell(word) or word)
    return _DEED_CLASSES.get(f"{stem} {particle}".strip(), _DEED_CLASSES.get(stem, stem[:4]))


def _past_its_noun(quantity: Quantity) -> tuple[str, int] | None:
    """The text after a count's words and where its noun ends in it ('seven people, ...| were buried'), when the
    noun is within 60 characters of the figure; what is said of the counted follows there."""
    return _past_noun(quantity.sentence.text, quantity.words, quantity.noun)


def _past_noun(text: str, words: str, noun: str) -> tuple[str, int] | None:
    at = text.find(words)
    head = noun.split()[-1] if noun else ""
    if at < 0 or not head:
        return None
    after = text[at + len(words) :]
    noun_at = after.find(head)
    return (after, noun_at + len(head)) if 0 <= noun_at <= 60 else None


def _verb_stem(word: str) -> str:
    """'burying', 'buried' -> 'bury'; 'trapped', 'trapping' -> 'trap'; 'saved', 'saving' -> 'sav'."""
    for ending, put in (("ied", "y"), ("ying", "y"), ("ing", ""), ("ed", ""), ("en", "")):
        if word.endswith(ending):
            word = word[: -len(ending)] + put
            break
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls" else word


# The states a count of people is told by, as the stems deed_of gives their words: killed, injured, missing ...
_STATE_STEMS = frozenset(map(_deed_stem, STATE_SLOTS))


def _of_people(quantity: Quantity) -> bool:
    """A count of people: by its noun, or by the 'who'/'of whom' said of it."""
    if counts_people(quantity.slot):
        return True
    past = _past_its_noun(quantity)
    return past is not None and _WHO_AFTER.match(*past) is not None


def _clauses_alike(x: Quantity, y: Quantity, threshold: float = 0.25) -> bool:
    """'Five people suffered minor burns' and '..., and five customers were slightly burned': the clauses
    holding the figures say the same of them (words cut to four letters, the figure and its noun left out)."""
    first, second = _clause_words(x), _clause_words(y)
    return bool(first & second) and len(first & second) / len(first | second) >= threshold


def _clause_words(quantity: Quantity) -> frozenset[str]:
    text = quantity.sentence.text
    start = max(text.find(quantity.words), 0)
    clause_start = max(text.rfind(c, 0, start) for c in ",;:") + 1
    ends = [i for i in (text.find(c, start + len(quantity.words)) for c in ",;:") if i >= 0]
    clause = text[clause_start : min(ends, default=len(text))]
    left_out = stems(f"{quantity.words} {quantity.noun}")
    return frozenset(w[:4] for w in stems(clause) - left_out)


def _agreeing_groups(quantities: list[Quantity]) -> list[FigureGroup]:
    """One group per stated value, and per currency of a sum ('CHF 30,000' and '€30,000' are two values); a source
    keeps only its first mention of a value."""
    groups: dict[tuple[float, float, float], list[FigureGroup]] = defaultdict(list)
    told: set[tuple[int, str]] = set()  # each group's sources so far
    currencies: dict[int, set[tuple[str, str]]] = {}  # each group's currencies so far: a value hundreds of sources give
    for quantity in sorted(_bounds_read_alike(quantities), key=lambda q: (source_order(q.sentence.source), q.sentence.index)):
        alike = groups[(quantity.value, quantity.low, quantity.high)]
        currency = _currency(quantity)
        group = next((g for g in alike if _currencies_agree(currencies[id(g)] | {currency})), None)
        if group is None:
            group = FigureGroup([])
            alike.append(group)
            currencies[id(group)] = set()
        if (id(group), quantity.sentence.source) not in told:
            told.add((id(group), quantity.sentence.source))
            group.quantities.append(quantity)
            currencies[id(group)].add(currency)
    return [group for alike in groups.values() for group in alike]


def _bounds_read_alike(quantities: list[Quantity]) -> list[Quantity]:
    """A bound a rule draws, read as the bound where a class is named before it ('vehicles over 7.5 t'), is that
    bound however else a source words it ('lorries weighing more than 7.5 tonnes', 'lorries of more than 7.5
    tonnes'): one bound told two ways, never a disagreement."""
    drawn = {(q.value, class_bound(q)) for q in quantities if class_bound(q) and q.low == q.high}
    return [replace(q, low=q.value, high=q.value) if (q.value, class_bound(q)) in drawn else q for q in quantities]


def _currency(quantity: Quantity) -> tuple[str, str]:
    return currency_of(quantity.words) if quantity.slot.startswith("amount") else ("", "")


def _one_currency(quantities: list[Quantity]) -> bool:
    """Sums that may all be in one currency: the same number in two ('CHF 30,000' / '€30,000' of one prize) is no
    agreement, most often a slip of one side."""
    return _currencies_agree({_currency(q) for q in quantities})


def _currencies_agree(currencies: set[tuple[str, str]]) -> bool:
    return all(same_currency(a, b) for a in currencies for b in currencies)


def _in_two_currencies(a: FigureGroup, b: FigureGroup) -> bool:
    """Two sums of different numbers in two currencies ('NOK 60 million' / '$5.7 million'): one sum converted, or two
    sums, never one in dispute; only the same number in two ('CHF 25,000' / '€25,000') is."""
    return a.quantities[0].value != b.quantities[0].value and not _one_currency(a.quantities + b.quantities)


# A figure told of each one of several ('each school', 'each of the 12 families will receive', 'at each of its plants',
# '€45 each', 'apiece', 'a head'), or per one ('per driver', 'a week': its slot says so); and one told as a whole.
_EACH_BEFORE = re.compile(r"\b(?:each|every)\s+(?!of\b)[a-z]+\b[^,;.\d]{0,50}$|\beach of (?:the |its |their )?\S+\s+[^,;.\d]{1,50}$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"^(?:\s+[^\s,;.]+){0,4}?\s+(?:each|apiece|a head|per (?!cent\b)[a-z]+)\b|^[^,;.]{0,40}?\b(?:at|in|for|on|to) each\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:total|totals|totalled|totaled|totalling|totaling|share|shared|sharing|combined)\b(?:\s+(?:of|at|to))?\s+$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"^\s+(?:\S+\s+){0,3}?(?:in all|in total|altogether|between them|combined)\b", re.IGNORECASE)


def _each_and_total(a: FigureGroup, b: FigureGroup) -> bool:
    """A figure told of each one of several, or per one, and one told as their total ('€20,000 for each family' /
    'will share €240,000'; '300 jobs at each plant' / '600 jobs in all'), or one not told of each that is a whole
    multiple of it ('five members from each side' / 'a commission of ten members'): two figures, never one in dispute."""
    of_each = [all(" per " in f" {q.slot} " or _said_with(q, _EACH_BEFORE, _EACH_AFTER) for q in g.quantities) for g in (a, b)]
    whole = [all(_said_with(q, _TOTAL_BEFORE, _TOTAL_AFTER) for q in g.quantities) for g in (a, b)]
    each, total = (a, b) if of_each[0] else (b, a)
    return of_each[0] and whole[1] or of_each[1] and whole[0] or of_each[0] != of_each[1] and _a_multiple(total, each)


def _a_multiple(total: FigureGroup, each: FigureGroup) -> bool:
    """The total's value is two or more times the one of each, exactly: what several of them add up to."""
    x, y = total.quantities[0].value, each.quantities[0].value
    return y > 0 and x >= 2 * y and (x / y).is_integer()


_INHABITANTS = frozenset({"inhabitants", "residents", "population"})


def _population_and_some(a: FigureGroup, b: FigureGroup) -> bool:
    """A place's population and a count of people its clause qualifies ('a city of 340,000 people', '340,000
    inhabitants' / '290,000 people were eligible to vote'): all who live there and some of them, two counts."""
    def population(group: FigureGroup) -> bool:
        return all(q.label == "population" or not q.label and q.noun.lower() in _INHABITANTS and deed_of(q) is None for q in group.quantities)

    def qualified(group: FigureGroup) -> bool:
        return all(q.label.startswith(f"{q.noun} ") for q in group.quantities)

    return population(a) and qualified(b) or population(b) and qualified(a)


def each_and_its_whole(a: FigureGroup, b: FigureGroup) -> bool:
    """A figure of each one and their total, or of all who live in a place and some of them: two figures."""
    return _each_and_total(a, b) or _population_and_some(a, b)


def _said_with(quantity: Quantity, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """The words right before a figure match `before`, or those right after it `after`."""
    around = quantity.around
    return around is not None and bool(before.search(around[0]) or after.search(around[1]))


# A sum told as a part of the sum before it: '€214 million, of which €171 million was paid by the province'.
_PART_OF_A_SUM = re.compile(r"\d(?:\s*(?:thousand|million|billion|trillion|bn|m)\b)?[^\d,.;]{0,20},\s+(?:of which|of that|of this)\s+$", re.IGNORECASE)


def _a_part_of_a_sum(group: FigureGroup) -> bool:
    """A sum each source tells as a part of a larger one: no other sum told near it is the same sum, as a part is
    never the whole ('€214 million, of which €171 million was paid by the province' / '€176 million budgeted')."""
    return all(q.around and _PART_OF_A_SUM.search(q.around[0]) for q in group.quantities)


def _conflicts(slot: str, groups: list[FigureGroup]) -> list[tuple[list[FigureGroup], bool]]:
    """Join groups that are figures of the same thing; a joined fact conflicts if two intervals are disjoint.

    Two groups are the same thing when the slot is one where two values cannot both be true
    (a death toll, a score), when their sentences are alike, or when they agree ('nearly 1.2 million
    homes', 'about 1.2 million homes'); never when one source states both.
    """
    groups = _without_loose_retellings(groups)
    strong = single_valued(slot)
    told = [source for group in groups for source in group.sources]
    one_each = len(told) == len(set(told))  # no source gives two values of this: they may be one thing
    now = [source for group in groups if not _of_a_year(group) for source in group.sources]
    one_sum_each = slot == "amount" and len(now) == len(set(now))  # no source gives two sums of now (a robbery's haul, not 2019's)
    led = [source for group in groups if _told_first(group) for source in group.sources]
    # no source leads with two: what each leads with may be one thing; but two parts of a whole are told apart by
    # what sets them apart ('Six of the stores to close are in the county', '48 of its 112 stores')
    one_lead_each = len(led) == len(set(led)) and not slot.endswith(" part")
    sets = _DisjointSets(len(groups))
    find = sets.find
    joined_sources = [set(group.sources) for group in groups]  # of each set, by its representative
    told_together = _values_told_together(groups)
    rival_of: dict[int, set[int]] = defaultdict(set)
    for i in range(len(groups)) if counts_things(slot) else ():
        for j in range(i + 1, len(groups)):
            if not groups[i].sources & groups[j].sources and _rivals(slot, groups, i, j):
                rival_of[i].add(j)
                rival_of[j].add(i)

    # values that agree are joined first: a source's one value sides with the value it agrees with ('just over 31,000'
    # with '31,350'), not with another near one told beside it ('28,500, up to 31,350'), which it then cannot join
    pairs = [(i, j) for i in range(len(groups)) for j in range(i + 1, len(groups))]
    for i, j in sorted(pairs, key=lambda pair: _disjoint(groups[pair[0]].interval, groups[pair[1]].interval)):
        if (
            _in_two_currencies(groups[i], groups[j]) or each_and_its_whole(groups[i], groups[j])
            or slot == "amount" and (_a_part_of_a_sum(groups[i]) or _a_part_of_a_sum(groups[j]))
        ):
            continue
        two_tellers = _two_tellers(groups[i], groups[j])
        if not two_tellers and ((groups[i].sources & groups[j].sources) if strong else (
            joined_sources[find(i)] & joined_sources[find(j)] or groups[j].quantities[0].value in told_together[groups[i].quantities[0].value]
        )):
            continue  # never two figures one source gives, not even through a third that fits both, nor the same
            # two values other sources give one each ('hammer at £3.4m', 'with the premium £3.9m' in one source:
            # '£3.4m' and '£3.9m' elsewhere are those two sums); unless they cannot both be true (a source giving
            # two death tolls disagrees with itself)
        if (
            strong
            or two_tellers
            or _alike(groups[i], groups[j])
            or slot == "amount" and _close(groups[i], groups[j], one_each)
            or slot != "amount" and not _disjoint(groups[i].interval, groups[j].interval)
            or one_lead_each and _figure_kind(groups[i].quantities[0]) in ("count", "per") and _told_first(groups[i]) and _told_first(groups[j])
            and (not measure_unit(slot) or _near(groups[i], groups[j], _RIVAL_RATIO))  # a four-metre shark, a four-km beach
            and not rival_of.get(i, {j}) - {j} and not rival_of.get(j, {i}) - {i} and not _other_deeds(groups[i], groups[j])
            # a count with a rival said with its deed is that rival's ('to close 48 stores', '54 stores earmarked
            # for closure'), not what another source leads with ('trading from 112 stores')
            or one_each and (slot == TALLY or slot.startswith("period ") and measure_unit(slot) == "time"
                             and not _someones_time(groups[i]) and not _someones_time(groups[j]))
            # how one vote split, how long one named thing lasts ('a five-year contract', 'a contract of six
            # seasons'): each source telling one value, they tell one figure; not how long a person did something
            or counts_things(slot) and _figure_kind(groups[i].quantities[0]) == "count"
            and (_near(groups[i], groups[j]) and _none_near_but(groups, i, j) or one_each and _once_each_told(groups[i], groups[j]))
            or j in rival_of[i]
            or not measure_unit(slot) and (_misheard(groups[i], groups[j]) or _digits_transposed(groups[i], groups[j]))
            or measure_unit(slot) and _rival_measures(groups, i, j)
            or one_sum_each and _rival_sums(groups[i], groups[j])
        ):
            joined_sources[find(i)] |= joined_sources[find(j)]
            sets.join(i, j)
    joined: dict[int, list[FigureGroup]] = defaultdict(list)
    for index, group in enumerate(groups):
        joined[find(index)].append(group)
    result = []
    for members in joined.values():
        members.sort(key=lambda g: (-len(g.sources), min(source_order(s) for s in g.sources)))
        sides = _sides(members)
        result.append((sides, len(sides) > 1))
    return result


# A person doing what a length of time is of, in its clause: 'I worked there for', 'who has served on the board for'.
_SOMEONE_DID = re.compile(r"\b(?:I|we|he|she|who)\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b[^,.;:]*$")


def _someones_time(group: FigureGroup) -> bool:
    """A length of time a person spent doing something ('a shop assistant who has worked there for 11 years', 'I
    worked there for six years'): that person's, no other's; two such are two people's times, not one in dispute."""
    return all(q.around is not None and _SOMEONE_DID.search(q.around[0]) is not None for q in group.quantities)


def _values_told_together(groups: list[FigureGroup]) -> dict[float, set[float]]:
    """Each value, and the other values a source gives beside it: two figures that source tells apart."""
    by_source: dict[str, set[float]] = defaultdict(set)
    for group in groups:
        for source in group.sources:
            by_source[source].add(group.quantities[0].value)
    together: dict[float, set[float]] = defaultdict(set)
    for values in by_source.values():
        for value in values:
            together[value] |= values - {value}
    return together


# Who a figure is told by: before a verb of telling or estimating back to the clause's start ('German police said',
# 'Our volunteers, who have the flow data, make it'), or after 'according to'.
_TELLING_VERBS = SPEECH_VERBS | frozenset("estimate estimates estimated reckon reckons reckoned calculate calculates calculated".split())
_TELLS = re.compile(
    r"\b(?:(?:" + "|".join(longest_first(_TELLING_VERBS)) + r")|(?:make|makes|made|put|puts)\s+(?:it|them|the\s+\w+)\b)",
    re.IGNORECASE,
)
# A value given to a figure already named, right before it: 'make it closer to 1.8 million litres', 'the load, which
# they put at 24 tonnes', 'estimates the damage at', 'put the figure nearer'; not 'puts at risk around 1,240 jobs'.
_VALUED = re.compile(
    r"\b(?:put|puts|make|makes|made|estimate|estimates|estimated|reckon|reckons|reckoned|place|places|placed)\s+"
    r"(?:(?:it|them|this|that|the\s+\w+(?:\s+\w+)?)\s+)?(?:at|closer\s+to|nearer|nearer\s+to|to\s+be)\s+$",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+([^,.;:\d]+)", re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,]*,", re.IGNORECASE)
_NO_TELLER = frozenset("he she they it we i you who which that this these those there".split())


def _teller(quantity: Quantity) -> frozenset[str]:
    """The words of who its sentence says tells the figure ('Southdown Water says about 1.2 million litres', 'the
    load, which police put at 24 tonnes', 'according to union sources'): the nearest telling before the figure,
    else one after it; nothing for a pronoun ('she said'), whom another sentence names."""
    text = quantity.sentence.text
    at = max(text.find(quantity.words), 0)
    tellings = [(m.start(), min(m.end(), at) if m.start() < at else m.end(), m.start(1)) for m in _ACCORDING_TO.finditer(text)]
    tellings += [(m.start(), m.end(), -1) for m in _TELLS.finditer(text)]
    before = [t for t in tellings if t[1] <= at]
    after = [t for t in tellings if t[0] >= at]
    if not before and not after:
        return frozenset()
    start, end, named = max(before) if before else min(after)
    if named >= 0:
        who = text[named:end]
    else:
        head = _ASIDE.sub(",", text[:start]).rstrip(", ")
        who = re.split(r"[,;:]|\bthat\b", head)[-1]
    words = [w.lower() for w in _WORD.findall(who)]
    if not words or words[-1] in _NO_TELLER or words[0] in _NO_TELLER:
        return frozenset()
    return frozenset(w for w in words if w not in _STOP_WORDS)


def _valued(quantity: Quantity) -> bool:
    return quantity.around is not None and _VALUED.search(quantity.around[0]) is not None


def _two_tellers(a: FigureGroup, b: FigureGroup) -> bool:
    """Two values of one figure that a source gives as two tellers', one of them valuing the figure told ('Southdown
    Water says about 1.2 million litres went out' / 'Our volunteers make it closer to 1.8 million litres'; 'the load,
    which police put at 24 tonnes'), within twice, not told with two deeds: the source reports a disagreement, it
    does not tell two figures. Each source giving both names who tells each, and no word of one teller is the
    other's. Not two tellers' figures of two things ('940 jobs' cut at the plant, 'around 1,240 jobs' in the
    province that economists say depend on it)."""
    shared = a.sources & b.sources
    if not shared or not _near(a, b, _RIVAL_RATIO) or _other_deeds(a, b):
        return False
    for source in shared:
        first = [(q, _teller(q)) for q in a.quantities if q.sentence.source == source]
        second = [(q, _teller(q)) for q in b.quantities if q.sentence.source == source]
        if not all(
            told_x and told_y and not told_x & told_y and (_valued(x) or _valued(y)) for x, told_x in first for y, told_y in second
        ):
            return False
    return True


def _other_deeds(a: FigureGroup, b: FigureGroup) -> bool:
    """Two counts whose clauses say different things befell what they count ('carrying eight climbers', 'killing
    two climbers'): two figures, though each source leads with one."""
    first, second = _deeds(a), _deeds(b)
    return bool(first and second) and not first & second


def _without_loose_retellings(groups: list[FigureGroup]) -> list[FigureGroup]:
    """A hedged figure whose sources all give an exact one it holds ('more than 200 gold coins' in the lead,
    '212 gold coins' further down) is that figure told loosely: the exact one stands for it."""
    exact = [g for g in groups if not any(q.hedged for q in g.quantities)]
    return [
        g for g in groups
        if not all(q.hedged for q in g.quantities)
        or not any(e.sources >= g.sources and g.interval[0] <= e.quantities[0].value <= g.interval[1] for e in exact)
    ]


def _told_first(group: FigureGroup) -> bool:
    """Most mentions at the top of their source: the figure the reports are about ('seven satellites' / 'six
    satellites', 'a 16.5% wage increase' / 'a 15% raise' in two leads are one figure told two ways, though
    a source also gives an earlier record's tonnes further down, or a third tells it only further down)."""
    return 2 * sum(q.sentence.index < LEAD for q in group.quantities) > len(group.quantities)


def _sides(groups: list[FigureGroup]) -> list[FigureGroup]:
    """Groups that can all be true together form one side of a disagreement ("more than a year" and
    "almost 14 months"); a fact with two sides or more is a conflict."""
    sides: list[FigureGroup] = []
    for group in groups:
        for side in sides:
            if not _disjoint(side.interval, group.interval) and _one_currency(side.quantities + group.quantities):
                side.quantities.extend(group.quantities)
                break
        else:
            sides.append(FigureGroup(list(group.quantities)))
    return sides


def _alike(a: FigureGroup, b: FigureGroup, threshold: float = 0.3) -> bool:
    first = stems(a.quantities[0].sentence.text)
    second = stems(b.quantities[0].sentence.text)
    return len(first & second) / max(1, len(first | second)) >= threshold


def _close(a: FigureGroup, b: FigureGroup, one_each: bool) -> bool:
    """Two sums of money within a fifth of each other in one event are most likely one sum, told twice;
    two sums said to be the same thing ('a fine of', 'fined') within a half, and so are a sum said to be
    something ('a ransom of $2 million') and one said to be nothing ('asked for 2.5 million dollars') when
    no source gives another sum."""
    x, y = a.quantities[0].value, b.quantities[0].value
    slots = a.quantities[0].slot, b.quantities[0].slot
    named = slots[0] == slots[1] != "amount" or one_each and slots.count("amount") == 1
    return min(x, y) > 0 and max(x, y) / min(x, y) <= (1.5 if named else 1.2)


def _near(a: FigureGroup, b: FigureGroup, ratio: float = 1.25) -> bool:
    """Two counts of one thing, each the only one its source gives, within a fifth of each other: one count
    told differently ('146 passengers' / 'all 143 passengers'), not two things ('3 ships' / '12 ships')."""
    x, y = a.quantities[0].value, b.quantities[0].value
    return min(x, y) > 0 and max(x, y) / min(x, y) <= ratio


def _none_near_but(groups: list[FigureGroup], i: int, j: int, ratio: float = 1.25, deeds: frozenset[str] | None = None) -> bool:
    """No source of the two groups gives a third value near either: '37,000 patients' and 'some 31,000
    patients' are one count told two ways though one source also counts '2.4 million patients' waiting. With
    `deeds`, only a third value said with one of them counts ('48 stores to close' and '54 stores earmarked for
    closure' though one source also keeps '64 stores' trading), and never one labelled as another thing ('Thirteen
    people' and 'Eleven people were freed' though the cabin 'can carry 16 people': a capacity)."""
    sources = groups[i].sources | groups[j].sources
    return not any(
        k not in (i, j) and (_near(groups[k], groups[i], ratio) or _near(groups[k], groups[j], ratio)) and groups[k].sources & sources
        and (deeds is None or _deeds(groups[k]) & deeds) and any(map(_as_counted, groups[k].quantities))
        for k in range(len(groups))
    )


_RIVAL_RATIO = 2.0  # how far apart two tellings of one count may be ('37 arrested' / '52 detained')


def _once_each_told(a: FigureGroup, b: FigureGroup) -> bool:
    """Two counts of one noun of ten or more, from sources that each count it once, within twice, neither told
    with a deed: one count in dispute ('23 classrooms are out of use' / 'says 32 classrooms are out of action').
    Not small counts, often of two sets of one thing ('one of the three blades' / 'you see two blades'); a count
    told with a deed is what that deed befell ('refloated 13 whales' / '26 whales stranded'; 'flattened 40 barns'
    / 'has 55 barns on its list'), joined only with one the same befell (`_rivals`), and one told with a counting
    verb a total reached at some time ('reached 40 homes' overnight, 'had reached 55 homes' by noon)."""
    told_with_a_verb = any(_verb(q) for q in a.quantities + b.quantities)
    return min(a.quantities[0].value, b.quantities[0].value) >= 10 and _near(a, b, _RIVAL_RATIO) and not told_with_a_verb


def _rivals(slot: str, groups: list[FigureGroup], i: int, j: int) -> bool:
    """Two counts of the people something befell ('37 people were arrested', '52 detained'), or of people the
    reports are about (both in leads: 'seven inmates escaped', 'nine prisoners fled'), or of things their
    clauses say the same befell ('buried seven houses', 'nine houses were buried'; 'to close 48 stores', '54
    stores earmarked for closure'), within twice of each other, from sources giving no third value within
    twice of either (said with that deed, for a deed), are one count told two ways. Not a part of it ('14
    injured, three of them seriously', one source giving both) nor another count that source gives ('a prison
    built for 1,300 inmates' beside 'seven inmates escaped' is far from both)."""
    if _figure_kind(groups[i].quantities[0]) != "count" or not _near(groups[i], groups[j], _RIVAL_RATIO):
        return False
    if counts_people(slot) or slot in STATE_SLOTS:  # people further down may be of two things ('six convicts were moved')
        befell = slot in STATE_SLOTS or _told_first(groups[i]) and _told_first(groups[j])
        return befell and _none_near_but(groups, i, j, _RIVAL_RATIO)
    deeds = _deeds(groups[i]) & _deeds(groups[j])
    return bool(deeds) and _none_near_but(groups, i, j, _RIVAL_RATIO, deeds)


def _rival_measures(groups: list[FigureGroup], i: int, j: int) -> bool:
    """Two measures in one unit of one named thing ('a 3-metre shark' / 'a four-metre shark', '1,800 hectares of
    vines' / '2 500 hectares of vines were hit', 'weighing 42 kilograms' / 'a ball weighing 47 kilos'), within twice
    of each other, from sources giving no third value of that thing within twice of either: one measure told two
    ways. Not two things ('a four-metre shark', 'a four-kilometre stretch of coast')."""
    things = _things_measured(groups[i]) & _things_measured(groups[j])
    return bool(things) and _near(groups[i], groups[j], _RIVAL_RATIO) and not any(
        k not in (i, j) and (_near(groups[k], groups[i], _RIVAL_RATIO) or _near(groups[k], groups[j], _RIVAL_RATIO))
        and groups[k].sources & (groups[i].sources | groups[j].sources) and _things_measured(groups[k]) & things
        for k in range(len(groups))  # the values first: a group's sources are gathered from all its mentions
    )


def _things_measured(group: FigureGroup) -> frozenset[str]:
    """What a group's measures are said to be of: the first word of their labels ('shark' of 'shark (metre)',
    'weight' of 'weight crashed (kilos)') or the thing a dimension is of ('crocodile' of 'length of crocodile (metre)'), else the noun the figure is said of ('the shark was about three metres')."""
    return frozenset(filter(None, (_thing_measured(q) for q in group.quantities)))


# The thing a measure is said of, right before it: 'the shark was about three metres long', 'its hull is 40 metres'.
_SAID_OF = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+([a-z]{3,})\s+(?:was|is|were|are)\s+$")


# 'length of crocodile (metre)', 'height of the chimney (m)': the dimension, then the thing it is of.
_DIMENSION_OF = re.compile(r"(?:length|size|area|height|width|depth) of (?:the )?([a-z][\w-]*)")


def _thing_measured(quantity: Quantity) -> str:
    if quantity.label and not quantity.label.startswith("("):
        dimension = _DIMENSION_OF.match(quantity.label)
        return lemma(dimension.group(1)) if dimension else quantity.label.split()[0]
    said = _SAID_OF.search(quantity.around[0]) if quantity.around else None
    return lemma(said.group(1)) if said else ""


def _deeds(group: FigureGroup) -> frozenset[str]:
    """What the clauses of a group's mentions say befell what they count."""
    return frozenset(filter(None, map(deed_of, group.quantities)))


def _of_a_year(group: FigureGroup) -> bool:
    """A figure the pipeline dated to an earlier year ('robbed in 2019, when two men got away with 400,000
    kronor'): another time's figure."""
    return OF_A_YEAR.search(group.quantities[0].slot) is not None


def _rival_sums(a: FigureGroup, b: FigureGroup) -> bool:
    """Two sums said to be the same (one slot), neither of a year, within twice of each other, when each source
    gives one sum: one sum told two ways ('took 1.6 million kronor', 'escaped with 2.4 million kronor')."""
    return a.quantities[0].slot == b.quantities[0].slot and not _of_a_year(a) and not _of_a_year(b) and _near(a, b, _RIVAL_RATIO)


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


# --- claims ---------------------------------------------------------------------------------


def cluster_sentences(compared: Wordings) -> list[list[Sentence]]:
    """Groups of sentences from different sources that say the same thing, most supported first.

    A node (sentences worded alike, wire copy) is compared only with a few nodes of the blocks of its rarest
    words, so the work grows with the number of sentences, not with its square.
    """
    return _clusters(compared.nodes, _similar_pairs(compared.nodes, compared.blocks, compared.frequency, compared.weight))


DETAIL_SIMILARITY = 0.3  # how alike two sentences telling the same details need be (below CLAIM_SIMILARITY)
DETAILS = 2  # how many details they share
NUMBER_STEMS = _stems_as_written(" ".join([*WORD_NUMBERS, "one", "hundred", "thousand", "million", "billion"]))


def told_in_the_same_details(compared: Wordings, grouped: set[tuple[str, int]]) -> list[list[Sentence]]:
    """Claims of a handful of sources (fewer than _FEW_NODES wordings) that tell the same details in sentences
    otherwise unlike, among the sentences outside any claim (`grouped`): a looser tie than cluster_sentences',
    so the caller ranks them after its claims of as many sources (see _detail_pairs). Then the sentences left
    tied by more than DETAILS details to sentences of claims ('a case of manslaughter had been opened' to
    'Prosecutors have opened a criminal investigation for involuntary manslaughter'), each group with the
    claims' sentences it is tied to, for the caller to join to their claim."""
    nodes, _, frequency, weight = compared
    if len(nodes) >= _FEW_NODES:
        return []
    names = _stems_as_written(" ".join(f.partition(":")[2] for f in frequency if f.startswith("entity:")))
    taken = {i for i, node in enumerate(nodes) if any((s.source, s.index) in grouped for s in node.sentences)}
    free = [i for i in range(len(nodes)) if i not in taken]
    clusters = _clusters(nodes, _detail_pairs(nodes, weight, _shared_details(nodes, free, frequency, names)))
    loose = [c for c in clusters if not any((s.source, s.index) in grouped for s in c)]
    tied = {(s.source, s.index) for c in loose for s in c}
    placed = taken | {i for i, node in enumerate(nodes) if any((s.source, s.index) in tied for s in node.sentences)}
    # counted over every sentence: a word a source writes in its claim and again outside it is no detail
    every = _shared_details(nodes, range(len(nodes)), frequency, names)
    tying = Counter({(i, j): count for (i, j), count in every.items() if count > DETAILS and ((i in taken) != (j in taken)) and not {i, j} <= placed})
    joining = _clusters(nodes, _detail_pairs(nodes, weight, tying))
    return loose + [c for c in joining if not all((s.source, s.index) in grouped for s in c)]


def _shared_details(nodes: list[_Node], indices: Iterable[int], frequency: Counter[str], names: frozenset[str]) -> Counter[tuple[int, int]]:
    """How many details each pair of the wordings `indices` shares: words in lower case, not names or numbers,
    that no source writes in two of those wordings and another source writes too (a detail each source tells
    once). A word the sources repeat is the event's own, which ties nothing."""
    users: dict[str, list[int]] = defaultdict(list)
    for index in indices:
        for feature in nodes[index].features:
            if ":" not in feature and frequency[feature] > 1 and feature not in names and feature not in NUMBER_STEMS:
                users[feature].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for members in users.values():
        if sum(len(nodes[i].sources) for i in members) == len(set().union(*(nodes[i].sources for i in members))):
            shared.update(combinations(members, 2))  # ascending: each pair once
    return shared


def _detail_pairs(nodes: list[_Node], weight: dict[str, float], shared: Counter[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """Pairs of wordings that tell the same details in sentences otherwise unlike ('The attacker was wounded in
    the leg by a police shot and is being treated under guard' and 'The man was shot in the leg during the
    operation and arrested'): they share two details or more (`shared`: how many each pair shares) and score
    DETAIL_SIMILARITY; not two that give different figures (those are compared as figures)."""
    pairs = {}
    for (i, j), count in shared.items():
        figures = [{f for f in nodes[k].anchors if f.startswith("figure:")} for k in (i, j)]
        if count >= DETAILS and (not all(figures) or figures[0] == figures[1]):
            score = _similarity(nodes[i], nodes[j], weight, nodes[i].features & nodes[j].features, anchored=True)
            if score >= DETAIL_SIMILARITY:
                pairs[(i, j)] = score
    return pairs


class Wordings(NamedTuple):
    """The sentences as the claims compare them, worked out once for both ways of tying them (cluster_sentences,
    told_in_the_same_details): the nodes (sentences worded alike), the blocks of the nodes sharing one of their
    rarest words, how many nodes use each word, and its weight."""

    nodes: list[_Node]
    blocks: list[list[int]]
    frequency: Counter[str]
    weight: dict[str, float]


def wordings(
    sentences: list[Sentence], features_of: dict[tuple[str, int], frozenset[str]],
    reported: dict[tuple[str, int], frozenset[str]] | None = None,
) -> Wordings:
    """`features_of` gives each sentence's words (stems) and what it names: entity keys, figures, days and years
    ("entity:...", "figure:...", "day:...", "year:..."); worked out once per sentence by the caller.
    `reported`: of a sentence of reported speech, the features of who reports it (its name), which count
    only when the other sentence names them too (see _similarity)."""
    reported = reported or {}
    wordings: dict[frozenset[str], list[Sentence]] = {}
    for sentence in sentences:
        wordings.setdefault(features_of[(sentence.source, sentence.index)], []).append(sentence)
    frequency: Counter[str] = Counter(chain.from_iterable(wordings))
    anchors = frozenset(f for f in frequency if ":" in f and f.startswith(_ANCHORS))  # no word has a colon
    nodes = [
        _Node(features, _one_per_source(group), features & anchors, reported.get((group[0].source, group[0].index), frozenset()))
        for features, group in wordings.items()
    ]
    weight = {f: math.log(1 + len(nodes) / n) for f, n in frequency.items()}
    for node in nodes:
        node.weight = math.fsum(map(weight.__getitem__, node.features))  # fsum: the same in any set order
    rarest_first = [f for n, f in sorted((n, f) for f, n in frequency.items() if n > 1)]
    rank = {f: position for position, f in enumerate(rarest_first)}  # a word of one node is shared by none
    blocks: dict[str, list[int]] = defaultdict(list)
    indexed = None if len(nodes) < _FEW_NODES else _BLOCK_FEATURES
    for index, node in enumerate(nodes):
        shared = node.features & rank.keys()
        for feature in shared if indexed is None or len(shared) <= indexed else sorted(shared, key=rank.__getitem__)[:indexed]:
            blocks[feature].append(index)
    return Wordings(nodes, list(blocks.values()), frequency, weight)


class _Node:
    """Sentences of different sources with the same words: one point of comparison."""

    __slots__ = ("anchors", "dated", "features", "polar", "reporter", "sentences", "sources", "weight")

    def __init__(self, features: frozenset[str], sentences: list[Sentence], anchors: frozenset[str], reporter: frozenset[str] = frozenset()):
        self.features = features
        self.anchors = anchors  # its features that name something (_ANCHORS)
        self.reporter = reporter
        # what counts only when the other sentence says it too: the days and years named, who reports the claim
        self.dated = frozenset(f for f in self.anchors if f.startswith(_DATED)) | reporter
        self.sentences = sentences
        self.sources = {s.source for s in sentences}
        self.weight = 0.0
        self.polar = not features.isdisjoint(_POLAR)  # a denial, or an action one of _OPPOSITES: see opposed


def _one_per_source(sentences: list[Sentence]) -> list[Sentence]:
    first: dict[str, Sentence] = {}
    for sentence in sentences:
        first.setdefault(sentence.source, sentence)
    return list(first.values())


NEGATED = "polarity:negated"  # the feature of a claim that says something is not so ('will not close')
PARTLY_NEGATED = "polarity:partly"  # of a claim of several clauses, one of which may say so
# Actions that undo or reverse each other, as words cut to five letters: a port closed and a port reopened,
# shares that rose and shares that fell, a plan approved and a plan rejected, a ban imposed and a ban lifted.
_OPPOSITES = (
    (frozenset({"open", "opene", "openi", "reope"}), frozenset({"close", "closi", "closu", "shut"})),
    (frozenset({"rose", "rise", "risen", "risin", "incre", "climb"}), frozenset({"fell", "fall", "falle", "falli", "decli", "decre", "dropp"})),
    (frozenset({"appro"}), frozenset({"rejec", "veto", "vetoe"})),
    (frozenset({"won", "win", "winni"}), frozenset({"lose", "losin"})),
    (frozenset({"impos"}), frozenset({"lifte", "lift"})),
)
_POLAR = frozenset({NEGATED}).union(*chain.from_iterable(_OPPOSITES))  # all opposed looks at but a partial denial


def opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two claims that cannot both be one: one says not what the other says ('Production will move to
    Gdansk', 'Production will not move to Gdansk'), or they tell opposite actions ('The port was closed',
    'The port reopened'), each telling one of them only."""
    if (NEGATED in a) != (NEGATED in b) and PARTLY_NEGATED not in (b if NEGATED in a else a):
        return True
    for one, other in _OPPOSITES:
        if a & one and b & other and not a & other and not b & one or a & other and b & one and not a & one and not b & other:
            return True
    return False


def _similarity(a: _Node, b: _Node, weight: dict[str, float], common: frozenset[str], anchored: bool = False) -> float:
    """Mean of weighted Jaccard and overlap: a sentence that adds a clause still says what the shorter one says
    (`common`: the features they share). Sentences naming no common person, place or figure must be closer.
    Who reports a claim, named by both, counts only for claims alike in their own words: one speaker's two
    claims are two. Opposite claims are not alike (see opposed)."""
    if (a.polar or b.polar) and opposed(a.features, b.features):
        return 0.0
    reporters = a.reporter | b.reporter
    if reporters and not reporters.isdisjoint(common):
        told = common - reporters
        if _score(a, b, weight, told, anchored=True) < REPORTED_CLAIM_SIMILARITY:
            return _score(a, b, weight, told, anchored)
    return _score(a, b, weight, common, anchored)


def _score(a: _Node, b: _Node, weight: dict[str, float], common: frozenset[str], anchored: bool = False) -> float:
    shared = math.fsum(map(weight.__getitem__, common))
    # a day or year one sentence names and the other does not say is no difference ('in the first quarter
    # of next year', '... of 2025'), nor who reports it ('..., the WHO said'); one both name is a shared anchor
    a_weight = a.weight - math.fsum(map(weight.__getitem__, a.dated - common)) if a.dated else a.weight
    b_weight = b.weight - math.fsum(map(weight.__getitem__, b.dated - common)) if b.dated else b.weight
    union = a_weight + b_weight - shared
    score = (shared / max(1e-9, union) + shared / max(1e-9, min(a_weight, b_weight))) / 2
    if anchored or not a.anchors.isdisjoint(common):
        return score
    return score if score >= UNANCHORED_SIMILARITY else 0.0


# What a pair must share to reach CLAIM_SIMILARITY, by how much heavier its heavier node is (below).
_WEIGHT_RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)
_WEIGHT_STEP = 0.5  # a word's weight in the bit sets of _similar_pairs, rounded up to steps of this


def _least_share(ratio: float) -> float:
    """The least x = shared / w such that two nodes weighing w and ratio * w can score CLAIM_SIMILARITY:
    the root of (x / (1 + ratio - x) + x) / 2 = CLAIM_SIMILARITY (Jaccard at most x / (1 + ratio - x),
    overlap at most x)."""
    total, target = 1 + ratio, 2 * CLAIM_SIMILARITY
    b = 1 + total + target
    return (b - math.sqrt(b * b - 4 * target * total)) / 2


_LEAST_SHARES = tuple(_least_share(ratio) for ratio in _WEIGHT_RATIOS)


def _similar_pairs(
    nodes: list[_Node], blocks: list[list[int]], frequency: Counter[str], weight: dict[str, float]
) -> dict[tuple[int, int], float]:
    """The pairs of nodes in a common block, of different sources, that reach CLAIM_SIMILARITY, with their
    score (the pairs below it join nothing), each node scored against a few of its block's nodes only.

    Each pair is met once, from its lighter node, among the _NEIGHBOURS next heavier nodes of each block
    they share (a set: a pair in two blocks is one pair); of those, the node's _PARTNERS that share the most
    of its words (one AND of two bit sets, one bit a word; the lighter first among equals) are its
    candidates. Most candidates share too little, and are told apart without scoring them: a pair can reach
    the threshold only if the words it shares weigh at least a share of the lighter node's weight (its
    weight less its days, which count only when shared), a share that grows with how much heavier the other
    node is (_least_share). Two bounds of the shared weight go first: the number of words shared must reach
    the number of the lighter node's heaviest words that weigh that much, and the shared words' weights in
    _WEIGHT_STEPs, each rounded up, must reach it; only the pairs that pass both are scored.
    """
    least = [node.weight - math.fsum(map(weight.__getitem__, node.dated)) for node in nodes]
    order = sorted(range(len(nodes)), key=lambda i: (least[i], i))  # lightest first: its rank is its position
    rank = {index: position for position, index in enumerate(order)}
    lightness = [least[i] for i in order]
    ones: dict[str, int] = {}
    steps_of: dict[str, int] = {}
    for feature in sorted(f for f, n in frequency.items() if n > 1):  # a word of one node is shared by none
        ones[feature] = 1 << len(ones)
        steps_of[feature] = math.ceil(weight[feature] / _WEIGHT_STEP)
    sharable = frozenset(ones)
    features = [nodes[i].features for i in order]
    words = [sum(map(ones.get, f, repeat(0))) for f in features]
    blocks_of: dict[int, list[list[int]]] = defaultdict(list)
    for members in blocks:
        ranked = sorted(map(rank.__getitem__, members))
        for member in ranked:
            blocks_of[member].append(ranked)
    with_source: dict[str, set[int]] = defaultdict(set)
    for position, index in enumerate(order):
        for source in nodes[index].sources:
            with_source[source].add(position)
    pairs: dict[tuple[int, int], float] = {}
    for position, spots in blocks_of.items():
        others = set().union(*(ranked[start : start + _NEIGHBOURS] for ranked in spots for start in [bisect_right(ranked, position)]))
        i = order[position]
        node = nodes[i]
        for source in node.sources:
            others -= with_source[source]
        if not others:
            continue
        light = lightness[position]
        heaviest = list(accumulate(sorted(map(weight.__getitem__, node.features & sharable), reverse=True), initial=0.0))
        fewest = bisect_left(heaviest, _LEAST_SHARES[0] * light * (1 - 1e-9))  # words shared with a node as light
        if fewest == len(heaviest):
            continue  # nor can a heavier node share enough
        heavier = [ratio * light for ratio in _WEIGHT_RATIOS[1:]]  # where each band of _WEIGHT_RATIOS begins
        shared = map(int.bit_count, map(words[position].__and__, map(words.__getitem__, others)))
        # those sharing enough words, most first (sorted in C: the pairs are distinct, so it is heapq.nsmallest's order)
        for minus, other in sorted((-n, other) for n, other in zip(shared, others) if n >= fewest)[:_PARTNERS]:
            needed = _LEAST_SHARES[bisect_right(heavier, lightness[other])] * light * (1 - 1e-9)
            if -minus < bisect_left(heaviest, needed):
                continue  # fewer words shared than the lightest that weigh as much
            common = node.features & features[other]  # all shared by two nodes: all in steps_of
            if math.floor(needed / _WEIGHT_STEP) <= sum(map(steps_of.__getitem__, common)):
                j = order[other]
                score = _similarity(node, nodes[j], weight, common)
                if score >= CLAIM_SIMILARITY:
                    pairs[(i, j) if i < j else (j, i)] = score
    return pairs


def _clusters(nodes: list[_Node], pairs: dict[tuple[int, int], float]) -> list[list[Sentence]]:
    """Greedy over the pairs that reach the claim threshold: strongest first (then by nodes). A claim cites one
    sentence of a source, and a cluster never takes in a second sentence of a source it holds, but for one case:
    of a handful of sources (fewer than _FEW_NODES wordings), two claims alike, each told by a source the other
    lacks, are one claim that a source they share told twice in two wordings ('X visited Kyiv for the first time
    since ...' in its lead, 'This is X's first wartime visit' further down): one line, citing the sentence of the
    claim joined first. A claim whose sources the other holds all is not taken in (a sentence telling two
    things, 'X will lead the inquiry beside the prosecutor's', ties unlike claims of the same sources)."""
    cluster_of: dict[int, int] = {}
    clusters: list[list[int]] = []
    sources: list[set[str]] = []
    once = len(nodes) >= _FEW_NODES
    for _, i, j in sorted((-score, i, j) for (i, j), score in pairs.items()):
        a, b = cluster_of.get(i), cluster_of.get(j)
        if a is None and b is None:
            cluster_of[i] = cluster_of[j] = len(clusters)
            clusters.append([i, j])
            sources.append(nodes[i].sources | nodes[j].sources)
        elif (a is None) != (b is None):
            into, new = (a, j) if a is not None else (b, i)
            if sources[into].isdisjoint(nodes[new].sources):
                cluster_of[new] = into
                clusters[into].append(new)
                sources[into] |= nodes[new].sources
        elif a != b and (sources[a].isdisjoint(sources[b]) or not once and not (sources[a] <= sources[b] or sources[b] <= sources[a])):
            for k in clusters[b]:
                cluster_of[k] = a
            clusters[a].extend(clusters[b])
            sources[a] |= sources[b]
            clusters[b], sources[b] = [], set()
    groups = [_one_per_source([s for k in members for s in nodes[k].sentences]) for members in clusters if members]
    groups += [node.sentences for index, node in enumerate(nodes) if index not in cluster_of and len(node.sources) > 1]
    result = [sorted(group, key=lambda s: source_order(s.source)) for group in groups]
    return sorted(result, key=lambda c: (-len(c), min(s.index for s in c), source_order(c[0].source)))


def told_in_fewer_words(
    sentences: list[Sentence], features: dict[tuple[str, int], frozenset[str]], grouped: set[tuple[str, int]]
) -> list[list[Sentence]]:
    """Pairs of sentences of two sources, outside any cluster, that one rare thing ties together: a word, name,
    day or year no other sentence uses, and the shorter sentence's words nearly all in the longer one ('It was
    the first strike ... since 2011' within a lead that adds who walked out; 'Kim's lawyers said he would
    appeal' within '... said the defence would appeal the verdict to the Seoul High Court'). Weighted
    similarity misses them: the longer sentence says much more, in the event's commonest words."""
    users: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        for feature in features[(sentence.source, sentence.index)]:
            users[feature].append(sentence)
    groups: list[list[Sentence]] = []
    paired: set[tuple[str, int]] = set(grouped)
    for feature in sorted(users):
        pair = users[feature]
        if len(pair) != 2 or pair[0].source == pair[1].source or any((s.source, s.index) in paired for s in pair):
            continue
        short, long = sorted((features[(s.source, s.index)] for s in pair), key=len)
        words = {f for f in short if ":" not in f}
        if any(f.startswith("figure:") for f in short) or any(f.startswith(_DATED) and f not in long for f in short):
            continue  # its figure is a figure fact's to cite; a day or year the longer one lacks is another thing told
        if len(words & long) >= 2 and len(short & long) >= CONTAINED * len(short) and not opposed(short, long):
            groups.append(sorted(pair, key=lambda s: source_order(s.source)))
            paired |= {(s.source, s.index) for s in pair}
    return groups


# --- quotations -----------------------------------------------------------------------------


def align_quotations(quotations: list[Quotation]) -> list[list[Quotation]]:
    """Quotations that are one: each group holds at most one quotation of a source (see _same_quotation)."""
    groups: list[list[Quotation]] = []
    for quotation in quotations:
        for group in groups:
            if quotation.sentence.source not in {q.sentence.source for q in group} and any(_same_quotation(quotation, q) for q in group):
                group.append(quotation)
                break
        else:
            groups.append([quotation])
    return groups


def _same_quotation(a: Quotation, b: Quotation) -> bool:
    """One quotation: the one's words a run of the other's, whoever each source says spoke them (quoted whole
    by one outlet and in part by another; given to the chief executive by one and 'the company said' by
    another), or the same speaker's words mostly the same: most of the words of each, or nearly all of the
    shorter's told again in the longer (two thirds of four words or more: 'will cooperate fully with the authorities' and 'will cooperate fully with
    the safety board, the police and the coastguard', one statement quoted in other words)."""
    shorter, longer = sorted((a.words, b.words), key=lambda words: len(_quoted_words(words)))
    if quoted_within(shorter, longer):
        return True
    if a.speaker is None or a.speaker != b.speaker:
        return False
    words, other = stems(a.words), stems(b.words)
    shared, fewer = len(words & other), min(len(words), len(other))
    return shared / max(1, len(words | other)) >= 0.3 or fewer >= 4 and shared / fewer >= CONTAINED


def quoted_within(part: str, whole: str) -> bool:
    """Are the quoted words `part` a run of the quoted words `whole` (as two outlets print them)?"""
    return f" {_quoted_words(part)} " in f" {_quoted_words(whole)} "


def _quoted_words(quoted: str) -> str:
    """The words of a quotation, folded, without punctuation: what two outlets quoting it both print."""
    return " ".join(re.findall(r"\w+", fold(quoted)))


def unique_id(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def fact(id_: str, kind: str, label: str, value: str, citations: list[Citation], conflict: bool = False,
         variants: tuple[str, ...] = ()) -> Fact:
    ordered = tuple(sorted(citations, key=lambda c: source_order(c.source)))
    return Fact(id_, kind, label, value, status_of(ordered, conflict), ordered, variants)


def shown_citation(claim: Fact) -> Citation:
    """The citation of the sentence a claim shows as its value (the first, when it shows none as written)."""
    return next((c for c in claim.citations if c.quote == claim.value), claim.citations[0])


def cite_one_side(facts: list[Fact], in_dispute: Callable[[Fact], bool], tells: Callable[[Fact, Fact, list[Citation]], bool]) -> list[Fact]:
    """An agreed claim telling one side of a conflict cites no source of the other side, whatever its sentence shares
    with theirs: such a source tells the other side, so does not state the claim ('signed in Dunmore' cites no source
    putting the deed in Kilbride; 'The clerk was dismissed after the audit found ...' no source's 'The audit found ...'
    where it tells the clerk suspended). `tells(claim, conflict, side)` says whether the claim tells that side (the
    citations of one `disagrees`) of a conflict `in_dispute`; a claim telling both sides, or neither, keeps its sources,
    and its shown sentence's source stays cited."""
    conflicts = [f for f in facts if f.status == "conflict" and in_dispute(f)]
    kept = []
    for claim in facts:
        if claim.kind == "claim" and claim.status != "conflict" and conflicts:
            shown = shown_citation(claim)
            unsaid: set[str] = set()
            for conflict in conflicts:
                sides = [[c for c in conflict.citations if c.disagrees == second] for second in (False, True)]
                told = [{c.source for c in side} for side in sides if tells(claim, conflict, side)]
                if len(told) == 1:
                    unsaid |= {c.source for c in conflict.citations} - told[0]
            unsaid.discard(shown.source)
            if any(c.source in unsaid for c in claim.citations):
                claim = fact(claim.id, claim.kind, claim.label, claim.value, [c for c in claim.citations if c.source not in unsaid],
                             variants=claim.variants)
        kept.append(claim)
    return kept
