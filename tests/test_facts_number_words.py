"""Figures written in words (facts/numbers.py, _NUMBER_WORDS): their value and their words as the sentence has them.

The sentences are made up; the numbers are rendered here by a writer of English cardinals of its own, in the
styles news text uses, independently of the grammar that reads them.
"""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from site_builder.facts import quote_in_body
from site_builder.facts.numbers import find_quantities
from site_builder.facts.sentences import Sentence, split_sentences

from .test_facts_extractors import boxed_figures, figures

_SMALL = """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen""".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_LARGE = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def spoken(n: int, hyphen: bool = True, british: bool = True, article: bool = False) -> str:
    """n in words: tens and units joined by a hyphen or a space, 'and' before the last part below a hundred
    (British) or not (American), a leading one said 'a' ('a hundred and twenty', 'a million') or 'one'."""

    def below_hundred(k: int) -> str:
        if k < 20:
            return _SMALL[k]
        tens, unit = divmod(k, 10)
        return _TENS[tens - 2] + (("-" if hyphen else " ") + _SMALL[unit] if unit else "")

    def below_thousand(k: int, first: bool) -> str:
        hundreds, rest = divmod(k, 100)
        words = [f"{'a' if article and first and hundreds == 1 else _SMALL[hundreds]} hundred"] if hundreds else []
        if rest:
            words.append(("and " if british and hundreds else "") + below_hundred(rest))
        return " ".join(words)

    parts: list[str] = []
    for size, name in _LARGE:
        count, n = divmod(n, size)
        if count:
            parts.append(f"{'a' if article and not parts and count == 1 else below_thousand(count, not parts)} {name}")
    if n:
        parts.append(("and " if british and parts and n < 100 else "") + below_thousand(n, not parts))
    return " ".join(parts)


def _read(body: str) -> tuple[Sentence, list[tuple[str, float]]]:
    [sentence] = split_sentences(body, "s1")
    return sentence, [(q.words, q.value) for q in find_quantities(sentence)]


def _lookalikes(words: str) -> str:
    """The letters a case-insensitive pattern takes for ASCII ones ('ſ' for 's', 'ı' for 'i')."""
    return words.replace("s", "ſ").replace("i", "ı")


_CASES = st.sampled_from([str.lower, str.upper, str.title, str.capitalize, _lookalikes])


def _written(words: str, case, breaks: list[bool]) -> str:
    """The words as a body may hold them: in a case, some spaces broken as lines are in a wrapped paragraph."""
    gaps = iter(breaks + [False] * len(words))
    return "".join("\n" if c == " " and next(gaps) else c for c in case(words))


def _check(words: str, value: float) -> None:
    """'About {words} people were evacuated.': one figure, of that value, quoted as the words are written."""
    body = f"About {words} people were evacuated."
    sentence, found = _read(body)
    said = "About " + " ".join(words.split())
    assert found == [(said, pytest.approx(value, rel=1e-12))]
    assert said in sentence.text and quote_in_body(said, body)


@given(
    st.integers(min_value=2, max_value=10**15 - 1) | st.integers(min_value=2, max_value=2_000),
    st.booleans(), st.booleans(), st.booleans(), _CASES, st.lists(st.booleans(), max_size=12),
)
@example(150, True, True, False, str.lower, [])  # "one hundred and fifty"
@example(2_312, True, True, False, str.lower, [])
@example(120, True, True, True, str.capitalize, [])  # "A hundred and twenty"
@example(21, False, False, False, str.upper, [True])  # "TWENTY\nONE"
@example(1_001, True, False, True, str.title, [])  # "A Thousand One"
@example(7_600, True, True, False, _lookalikes, [])  # "ſeven thouſand ſıx hundred"
def test_an_integer_in_words_is_read_whole_in_any_style_case_and_line_breaks(n, hyphen, british, article, case, breaks):
    _check(_written(spoken(n, hyphen, british, article), case, breaks), n)


@given(
    st.integers(min_value=11, max_value=9_999).filter(lambda k: k % 10),
    st.sampled_from(["million", "billion"]), _CASES, st.lists(st.booleans(), max_size=6),
)
@example(14, "million", str.lower, [])  # "one point four million"
def test_a_decimal_in_words_before_a_scale_is_read_as_its_digits_are(tenths, scale, case, breaks):
    """'one point four million' is 1.4 million, exactly as '1.4 million' is read."""
    whole, tenth = divmod(tenths, 10)
    words = f"{spoken(whole)} point {_SMALL[tenth]} {scale}"
    _check(_written(words, case, breaks), float(f"{whole}.{tenth}") * {"million": 1e6, "billion": 1e9}[scale])


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["thousand", "million", "billion"]), st.booleans(), _CASES)
@example(1, "million", True, str.lower)  # "one and a half million"
def test_a_half_said_before_or_after_the_scale_adds_half_of_it(whole, scale, before, case):
    size = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]
    words = f"{spoken(whole)} and a half {scale}" if before else f"{spoken(whole, article=True)} {scale} and a half"
    _check(case(words), (whole + 0.5) * size)


def test_halves_dozens_and_per_cent_in_words():
    assert _read("A million and a half tickets were sold.")[1] == [("A million and a half", 1_500_000)]
    assert _read("Nearly half a billion parcels were delivered.")[1] == [("Nearly half a billion", 500_000_000)]
    assert _read("Half a dozen boats and two dozen divers joined the search.")[1] == [("Half a dozen", 6), ("two dozen", 24)]
    assert _read("A dozen ministers resigned.")[1] == [("A dozen", 12)]
    [share] = find_quantities(split_sentences("Exports fell two point five per cent in May.")[0])
    assert (share.words, share.value, share.slot) == ("two point five per cent", 2.5, "per cent exports down")
    [sum_] = find_quantities(split_sentences("The port will cost three point two billion dollars.")[0])
    assert (sum_.words, sum_.value, sum_.slot) == ("three point two billion dollars", 3.2e9, "amount cost")


def test_words_that_say_no_exact_value_are_no_figure():
    """'dozens', 'hundreds of', 'tens of thousands' say no value: no figure is read from them (as before the
    grammar), and a lone 'one' or 'a' is no count ('one of the', 'a person')."""
    assert _read("Dozens of shops were looted and hundreds of residents fled.")[1] == []
    assert _read("Tens of thousands of pilgrims gathered at the shrine.")[1] == []
    assert _read("Thousands of flights and millions of passengers were affected.")[1] == []
    assert _read("One of the pilots was a trainee.")[1] == []
    assert _read("One climber was rescued by a helicopter crew.")[1] == []
    assert _read("At one point five swimmers were caught in the current.")[1] == [("five", 5)]


def test_what_is_read_right_without_the_grammar_stays_so():
    assert _read("Four of the 19 crew members were hurt.")[1] == [("Four", 4), ("19", 19)]
    assert _read("Two or three lorries overturned on the bridge.")[1] == [("three", 3)]
    assert _read("United won 4-2 before a crowd of eight hundred.")[1] == [("4-2", 402), ("eight hundred", 800)]
    assert _read("Police arrested seventy-three people and questioned two hundred witnesses.")[1] == [
        ("seventy-three", 73),
        ("two hundred", 200),
    ]
    assert _read("It won a 2.4 million grant for twelve new buses.")[1][-1] == ("twelve", 12)
    assert _read("They marked the two hundredth anniversary of the charter.")[1] == []


def test_two_figures_in_words_are_not_run_together():
    """A range, a length of time after a sum, a compound with its noun: each figure ends where it does."""
    assert _read("Between two hundred and three hundred walkers took part.")[1] == [
        ("Between two hundred and three hundred", 250)
    ]
    assert _read("Between two and three million viewers watched.")[1] == [("Between two and three million", 2_500_000)]
    found = [w for w, _ in _read("The museum raised five million two years ago.")[1]]
    assert sorted(found) == ["five million", "two years ago"]
    assert _read("He was held for one hundred and twenty days.")[1][0][1] == 120
    assert _read("Some three hundred of them were injured.")[1] == [("three hundred", 300)]


def test_a_number_in_words_restated_in_digits_is_one_figure_of_its_noun():
    """Official texts write a count twice, in words and in brackets ("four (4) miners"): one figure, whose noun
    is read past the brackets; the bracketed digits are no second figure."""
    assert figures("The ministry confirmed that four (4) miners were rescued on Friday.") == figures(
        "The ministry confirmed that four miners were rescued on Friday."
    )
    assert [(shown, noun) for shown, noun, _ in figures("Customs agents seized twelve (12) containers at the port.")] == [
        ("twelve", "containers")
    ]
    assert [shown for shown, _, _ in figures("The board dismissed thirty-one (31) employees in March.")] == ["thirty-one"]
    # digits in brackets that are not the word's: read as they stand
    assert [shown for shown, _, _ in figures("The annex (2) lists 40 volunteers.")] == ["40"]


def test_a_count_restated_in_digits_joins_its_side_of_a_disagreement():
    first = "Four climbers were rescued from the glacier on Friday, the mountain service said."
    second = "The mountain service reports that four (4) climbers were rescued from the glacier."
    third = "Six climbers were rescued from the glacier on Friday, a local radio station said."
    value, status, cited = next(v for label, v in boxed_figures(first, second, third).items() if "climber" in label)
    assert status == "conflict" and cited == ["s1", "s2", "s3"], (value, status, cited)
