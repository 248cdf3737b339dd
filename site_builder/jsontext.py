"""Indented JSON, the same text as `json.dumps(value, ensure_ascii=False, indent=N, sort_keys=...)`, faster.

The standard library writes indented JSON with its pure-Python encoder (its C encoder only writes
compact JSON), and every event's facts.json, feeds and JSON-LD are indented. Two spaces a level
(facts.json, JSON Feed) are written by orjson, in C; another indent (the pages' JSON-LD, one space)
by a writer that walks the value once and leaves only the strings to the C string encoder (making
it from orjson's text, line by line, costs more). The values are what pages and feeds hold: strings,
integers (within 64 bits), booleans, None, lists, tuples and dicts; orjson writes a float otherwise
than json does (NaN as null, 1e+16 as 1e16), and no page or feed holds one.
"""
from __future__ import annotations

from json.encoder import encode_basestring  # the C encoder of a str when it is available (ensure_ascii=False)

import orjson

__all__ = ["dumps"]


def dumps(value: object, indent: int, sort_keys: bool = False) -> str:
    if indent == 2:
        options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS | (orjson.OPT_SORT_KEYS if sort_keys else 0)
        return orjson.dumps(value, option=options).decode("utf-8")
    out: list[str] = []
    _encode(value, "\n", " " * indent, sort_keys, out)
    return "".join(out)


def _encode(value: object, newline: str, step: str, sort_keys: bool, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + step
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _encode(item, inner, step, sort_keys, out)
            separator = "," + inner
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + step
        separator = "{" + inner
        for key, item in sorted(value.items()) if sort_keys else value.items():
            out.append(separator + encode_basestring(_key(key)) + ": ")
            _encode(item, inner, step, sort_keys, out)
            separator = "," + inner
        out.append(newline + "}")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(key: object) -> str:
    """A dict key as json writes it: strings as they are, numbers, booleans and None as their JSON text."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)
