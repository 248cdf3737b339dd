"""jsontext.dumps writes the same text as json.dumps with indent (it is only faster), for the values pages
and feeds hold: no floats (orjson writes them otherwise), integers within 64 bits."""
import json

import pytest
from hypothesis import example, given, strategies as st

from site_builder.jsontext import dumps

leaves = st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text()
keys = st.text() | st.integers(-(2**63), 2**64 - 1) | st.booleans() | st.none()
values = st.recursive(
    leaves,
    lambda children: st.lists(children, max_size=4) | st.tuples(children, children) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=30,
)


@given(values, st.sampled_from([1, 2, 4]), st.booleans())
@example({"b": [], "a": {}, "c": [15, -(2**63), "“quoted” </script>\u2028\x00\x1f\x7f\ud7ff", [[{"d": [[]]}]]]}, 1, True)
def test_same_text_as_json_dumps(value, indent, sort_keys):
    assert dumps(value, indent, sort_keys) == json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=sort_keys)


@given(st.dictionaries(keys, leaves, max_size=4), st.sampled_from([1, 2]))
def test_keys_written_as_json_does(value, indent):
    assert dumps(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_what_json_refuses_is_refused():
    with pytest.raises(TypeError):
        dumps({"a": object()}, 2)
    with pytest.raises(TypeError):
        dumps({(1, 2): 1}, 2)
