"""Compiled regular expressions kept between processes: a kept form makes the very pattern `re.compile`
makes, found in `re`'s cache without compiling; only patterns that modules hold are kept."""
from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import types

import pytest

from site_builder import cache, compiled_patterns
from site_builder.pipeline import build

from .conftest import copy_site

# Made-up patterns of every kind the compiled form must carry: named groups and back-references, flags
# given and flags written inline, bytes, look-behind, a character class, a conditional group.
PATTERNS = [
    (r"(?P<count>\d+)\s+(?P<unit>ferries|lanterns)\b", 0),
    (r"^the (harbour|quay)master said (\1)?$", re.IGNORECASE | re.MULTILINE),
    (r"(?x) kilo \s* grams   # a comment", 0),
    (rb"(?<=\x00)[A-Z]{2,4}\d?", 0),
    (r"(?i)(<)?\w+@\w+(?(1)>|)", re.ASCII),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE),
]


@pytest.fixture
def fresh_re(monkeypatch):
    """`re` as a new process has it: an empty cache, nothing seeded by this module."""
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(re, "_MAXCACHE", re._MAXCACHE)
    monkeypatch.setattr(compiled_patterns, "_seeded", set())
    monkeypatch.setattr(compiled_patterns, "_given", False)
    yield


@pytest.fixture
def holder(monkeypatch):
    """A module holding patterns, as the cleaner's and the facts' modules hold theirs."""
    module = types.ModuleType("made_up_patterns")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return module


def compiles_counted(monkeypatch) -> list[object]:
    """The patterns `re` compiles from here on (a cache hit compiles nothing)."""
    compiled: list[object] = []
    compile_pattern = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, flags=0: compiled.append(p) or compile_pattern(p, flags))
    return compiled


def test_a_kept_form_makes_the_pattern_re_compile_makes_and_is_found_without_compiling(fresh_re, holder, monkeypatch):
    holder.ONE = re.compile(*PATTERNS[0])
    holder.SOME = tuple(re.compile(pattern, flags) for pattern, flags in PATTERNS[1:4])
    holder.BY_NAME = {"email": re.compile(*PATTERNS[4]), "words": re.compile(*PATTERNS[5])}
    made = [holder.ONE, *holder.SOME, *holder.BY_NAME.values()]
    forms, after = compiled_patterns.kept_forms([])
    assert after == 0 and [form[0][1:] for form in forms] == PATTERNS

    monkeypatch.setattr(re, "_cache", {})  # the next process
    compiled = compiles_counted(monkeypatch)
    assert compiled_patterns.seed(forms) == len(PATTERNS)
    again = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert compiled == []
    for before, now in zip(made, again):
        assert now == before and now.groupindex == before.groupindex and now.groups == before.groups
    assert again[0].match("12 ferries").group("unit") == "ferries"
    assert again[1].search("x\nThe Quaymaster said quay").groups() == ("Quay", "quay")  # the back-reference ignores case too
    assert again[2].fullmatch("kilo  grams") and not again[2].fullmatch("kilograms ")
    assert again[3].search(b"a\x00NOR7").group() == b"NOR7"
    assert again[4].fullmatch("<ann@harbour>") and not again[4].fullmatch("<ann@harbour")
    assert again[5].findall("Ærø-Marstal 9 Søby") == ["Ærø-Marstal", "Søby"]


def test_more_kept_forms_than_re_caches_are_all_found_while_other_patterns_compile(fresh_re, monkeypatch):
    # Past re's bound each new pattern drops the oldest: the kept ones must not be dropped before they are asked for.
    words = [f"ferry{n}" for n in range(re._MAXCACHE + 20)]
    forms = [compiled_patterns._compiled_form((str, rf"\b{word}s?\b", 0), re.compile(rf"\b{word}s?\b")) for word in words]

    monkeypatch.setattr(re, "_cache", {})  # the next process
    compiled_patterns.seed(forms)
    compiled = compiles_counted(monkeypatch)
    for word in words:  # an import compiles a pattern no module holds, then asks for a kept one, and so on
        re.compile(rf"{word} was late")
        re.compile(rf"\b{word}s?\b")
    assert compiled == [rf"{word} was late" for word in words]


def test_patterns_that_no_module_holds_are_not_kept(fresh_re, holder):
    """A pattern made while building, of a name found in an article, is not the code's."""
    holder.KEPT = re.compile(r"\bferr(?:y|ies)\b")
    holder.BY_KIND = (("pier", re.compile(r"\bpiers?\b")), ("quay", re.compile(r"\bquays?\b")))  # pairs of a name and a pattern
    made_on_the_way = re.compile(re.escape("Ole Brumm") + r"(?:'s)?")
    forms, _ = compiled_patterns.kept_forms([])
    assert [form[0][1] for form in forms] == [holder.KEPT.pattern, r"\bpiers?\b", r"\bquays?\b"]
    assert made_on_the_way.pattern not in {form[0][1] for form in forms}


def test_a_collection_that_iterates_in_its_own_way_is_read_as_its_built_in_type(fresh_re, holder):
    """A module's tuple subclass may run code when iterated (platform's uname_result runs `uname -p` in a
    subprocess): its items are read as the tuple holds them, its own iteration never called."""

    class Busy(tuple):
        def __iter__(self):
            raise AssertionError("iterated through the subclass")

    holder.PAIR = Busy(("harbour", re.compile(r"\bharbou?rs?\b")))
    holder.NESTED = [Busy(("pier", re.compile(r"\bpiers?\b")))]
    forms, _ = compiled_patterns.kept_forms([])
    assert [form[0][1] for form in forms] == [r"\bharbou?rs?\b", r"\bpiers?\b"]


def test_nothing_is_kept_again_and_variants_past_the_limit_give_way_to_the_patterns_held_now(fresh_re, holder, monkeypatch):
    holder.A = re.compile(r"lantern(s)?")
    forms, _ = compiled_patterns.kept_forms([])
    assert compiled_patterns.kept_forms(forms) is None  # nothing new

    holder.B = re.compile(r"(?:quay|harbour|pier)")  # a set's words, in another order in another process
    more, after = compiled_patterns.kept_forms(forms)
    assert after == 1 and [form[0][1] for form in more] == [holder.B.pattern]

    monkeypatch.setattr(compiled_patterns, "KEPT_AT_MOST", 2)
    stale = forms + more
    holder.B = re.compile(r"(?:pier|quay|harbour)")
    monkeypatch.setattr(re, "_cache", {key: p for key, p in re._cache.items() if key[1] != r"(?:quay|harbour|pier)"})
    kept, after = compiled_patterns.kept_forms(stale)
    assert after == 0 and [form[0][1] for form in kept] == [holder.A.pattern, holder.B.pattern]


def test_a_form_not_of_this_python_is_refused_and_patterns_compile_as_usual(fresh_re):
    made = re.compile(r"(?P<word>\w+)")
    key, flags, code, groups, groupindex, indexgroup = compiled_patterns._compiled_form((str, r"(?P<word>\w+)", 0), made)
    foreign = ((str, r"(?P<word>\w+)", 0), flags, [255, *code], groups, groupindex, indexgroup)
    re.purge()
    assert compiled_patterns.seed([foreign]) == 0
    assert re.compile(r"(?P<word>\w+)").match("quay").group("word") == "quay"
    assert compiled_patterns._compiled_form((str, r"\w+", 0), made) is None  # a form that makes another pattern


def test_a_build_keeps_the_cleaners_patterns_for_the_next_process(tmp_path, fresh_re, monkeypatch):
    """The next process (played by emptying `re`'s cache and importing the module again) compiles none of
    the patterns the cleaner's phrases hold."""
    content = copy_site("small", tmp_path)
    phrases = importlib.import_module("site_builder.convert.phrases")
    importlib.reload(phrases)  # its patterns in this test's `re` cache, as a new process's import puts them
    build(content, tmp_path / "output", jobs=1)
    store = cache.BuildCache.open(cache.cache_folder(content))
    forms = store.compiled_patterns()
    store.close()
    held = [value for value in vars(phrases).values() if isinstance(value, re.Pattern)]
    assert held and {p.pattern for p in held} <= {form[0][1] for form in forms}

    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(re, "_MAXCACHE", re._MAXCACHE)
    monkeypatch.setattr(compiled_patterns, "_seeded", set())
    compiled_patterns.seed(forms)
    compiled = compiles_counted(monkeypatch)
    importlib.reload(phrases)
    assert not {p.pattern for p in held} & set(compiled)
    shutil.rmtree(cache.cache_folder(content))


def test_a_build_with_nothing_to_do_and_a_process_seeded_already_read_no_patterns(tmp_path, fresh_re, monkeypatch):
    content = copy_site("small", tmp_path)
    read: list[int] = []
    compiled_patterns_of = cache.BuildCache.compiled_patterns
    monkeypatch.setattr(cache.BuildCache, "compiled_patterns", lambda store: read.append(1) or compiled_patterns_of(store))
    build(content, tmp_path / "output", jobs=1)
    assert read == [1]
    build(content, tmp_path / "output", jobs=1)  # nothing to do: no stage imported
    assert read == [1]
    article = sorted((content / "events" / "raw-only").glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nThe ferry left at noon.\n", encoding="utf-8")
    monkeypatch.setattr(compiled_patterns, "_given", True)  # a serve process after its first build
    assert build(content, tmp_path / "output", jobs=1).written
    assert read == [1]
    shutil.rmtree(cache.cache_folder(content))


def test_the_patterns_the_stages_hold_are_the_same_in_every_process():
    """A pattern made of a set's words in the set's order (which follows each process's string hashes) would
    differ in every process: never found kept, compiled at every build and kept again after it."""
    script = (
        "import site_builder.pipeline, site_builder.rebuild, site_builder.facts.aliases\n"
        "from site_builder.compiled_patterns import _module_patterns\n"
        "print(sorted({repr(p.pattern) for p in _module_patterns()}))\n"
    )
    held = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert held[0] == held[1]
