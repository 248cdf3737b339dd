"""The line model's features computed at C speed (bytes tables, counts) are the ones their definitions give."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.convert import linemodel
from site_builder.convert.text import read_lines

# Lines as read_lines leaves them (single spaces), from characters that make or break the features.
CHARACTERS = st.sampled_from(list("aZ1_ .!?\"”’»)](-'é’ÜДж東٣") + ["\x00"])
LINES = st.lists(st.text(CHARACTERS, min_size=1, max_size=80), min_size=1, max_size=12).map(
    lambda texts: [line.text for line in read_lines("\n".join(texts))] or ["x"]
)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_initial_case_shares_are_those_of_the_words(texts):
    def shares(text: str) -> tuple[float, float]:
        initials = [word[0] for word in text[:200].split() if word[0].isalnum() or word[0] == "_"] or [" "]
        return sum(map(str.isupper, initials)) / len(initials), sum(map(str.islower, initials)) / len(initials)

    capitalised, lower_case = linemodel._initial_case_shares(texts)
    assert list(zip(capitalised, lower_case)) == list(map(shares, texts))
