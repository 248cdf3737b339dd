"""Compiled regular expressions kept between processes, as Python keeps compiled bytecode.

The cleaner and the facts compile some 500 patterns when their modules are imported, in every process:
`re`'s compiler (Python code) spends a third of what importing the build costs making the same SRE code
each time, the largest part of a one-article edit's start. So the build keeps, in its cache and by the
code version, the compiled form of the patterns the loaded modules hold (module-level constants, directly
or in a collection; the package's and its libraries'), and the next build puts them in `re`'s own cache
before importing the stages: their `re.compile` calls find them there. Patterns made while building (of a
name or a fact found in an event) are held by no module and are not kept.

The compiled form and `re`'s cache are CPython's internals (`re._parser`, `re._compiler`, `re._cache`,
`_sre.compile`). A form is kept only if it makes a pattern equal to the one `re.compile` made (same
flags and code); where the internals are not as expected, nothing is kept or put in, and every pattern
is compiled as usual.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator

# The key `re.compile` looks a pattern up by in `re._cache` ((type, pattern, flags) as given), then
# `_sre.compile`'s arguments after the pattern: flags with those found in it, code, groups, group names.
CompiledForm = tuple[tuple[type, str | bytes, int], int, list[int], int, dict[str, int], tuple[str | None, ...]]

KEPT_AT_MOST = 1000  # about twice the patterns the build's modules compile
_seeded: set[tuple[type, str | bytes, int]] = set()  # the keys this process put in re's cache
_given = False  # whether this process was given kept forms: its modules' patterns are compiled or found since


def seeded() -> bool:
    """Whether this process seeded `re`'s cache already (a serve process builds again and again)."""
    return _given


def seed(forms: list[CompiledForm]) -> int:
    """Put the patterns of these forms in `re`'s cache (a key already there is left as it is), in their
    order, and make the cache hold them and as many again: past its bound (`re._MAXCACHE`, 512) `re` drops
    the oldest pattern for each new one, which may be a seeded one an import has yet to ask for, then
    compiled and dropping the next (importing the stages right after seeding 527 forms compiled 350 of
    them again, 0.15 s CPU). Returns how many were put in."""
    global _given
    _given = _given or bool(forms)
    try:
        import _sre

        cache = re._cache  # type: ignore[attr-defined]
        re._MAXCACHE = max(re._MAXCACHE, 2 * (len(cache) + len(forms)))  # type: ignore[attr-defined]
        added = 0
        for key, flags, code, groups, groupindex, indexgroup in forms:
            if key not in cache:
                cache[key] = _sre.compile(key[1], flags, code, groups, groupindex, indexgroup)
                _seeded.add(key)
                added += 1
        return added
    except Exception:  # another Python's internals: compile as usual
        return 0


def kept_forms(stored: list[CompiledForm]) -> tuple[list[CompiledForm], int] | None:
    """What the cache keeps after this process: the forms of the patterns the loaded modules hold that `re`
    compiled here, in the order it compiled them, to add after the `stored` ones, and how many of those to
    keep first (all of them: None when there is nothing to add). A module may make a pattern of a set's
    words, whose order changes with every process's string hashes: such variants pile up, so past
    KEPT_AT_MOST forms the stored ones are given up for those of the patterns held now."""
    try:
        cache = list(re._cache.items())  # type: ignore[attr-defined]
    except Exception:
        return None
    held = {id(value) for value in _module_patterns()}
    live = [(key, pattern) for key, pattern in cache if id(pattern) in held]
    known = {form[0] for form in stored}
    new = [(key, pattern) for key, pattern in live if key not in known and key not in _seeded]
    if not new:
        return None
    if len(stored) + len(new) > KEPT_AT_MOST:
        new, stored = live, []
    return [form for key, pattern in new if (form := _compiled_form(key, pattern)) is not None], len(stored)


def _compiled_form(key: tuple[type, str | bytes, int], compiled: re.Pattern) -> CompiledForm | None:
    """What `re._compiler.compile` passes `_sre.compile` for this key; None unless it makes `compiled` again."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        kind, pattern, flags = key
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: its opcodes are named int constants
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        form = (key, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        made = _sre.compile(pattern, form[1], code, form[3], groupindex, form[5])
    except Exception:
        return None
    same = made == compiled and made.groupindex == compiled.groupindex and made.groups == compiled.groups
    return form if same else None


def _module_patterns() -> Iterator[re.Pattern]:
    """The compiled patterns the loaded modules hold in their globals, directly or in a tuple, list, set or dict,
    or in a tuple within one of those (pairs of a name and its pattern), but `re`'s cache of every pattern compiled."""
    for module in list(sys.modules.values()):
        names = getattr(module, "__dict__", None) if module is not re else None
        if not isinstance(names, dict):
            continue
        for value in list(names.values()):
            if isinstance(value, re.Pattern):
                yield value
            elif isinstance(value, _COLLECTIONS):
                for item in _items(value):
                    if isinstance(item, re.Pattern):
                        yield item
                    elif isinstance(item, tuple):
                        yield from (part for part in tuple.__iter__(item) if isinstance(part, re.Pattern))


_COLLECTIONS = (tuple, list, set, frozenset, dict)


def _items(collection: tuple | list | set | frozenset | dict) -> Iterator[object]:
    """The items (a dict's values) as the built-in type holds them, never through a subclass's own iteration:
    `platform`'s uname_result, a tuple held by the module, runs `uname -p` in a subprocess when iterated."""
    if isinstance(collection, dict):
        return iter(dict.values(collection))
    base = next(kind for kind in _COLLECTIONS if isinstance(collection, kind))
    return base.__iter__(collection)  # type: ignore[attr-defined]
