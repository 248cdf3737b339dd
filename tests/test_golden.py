"""Whole builds of fixture sites compared with committed output trees.

The search bundle (`pagefind/`) is Pagefind's own output, mostly its vendored scripts: it is left out
of the golden trees (test_search.py runs real searches on it) but kept in the byte-identity check.

Regenerate after an intended change, then review the diff:
    SITE_BUILDER_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""
from __future__ import annotations

import shutil

import pytest

from site_builder.cli import main

from .conftest import EXPECTED, FIXTURES, env_flag, pages_tree, tree

SITES = sorted(p.name for p in FIXTURES.iterdir() if (p / "events").is_dir() and not p.name.startswith("bad-"))


@pytest.mark.parametrize("site", SITES)
def test_build_matches_golden_tree(site, tmp_path):
    output = tmp_path / "output"
    assert main(["build", "--content", str(FIXTURES / site), "--output", str(output)]) == 0
    built = pages_tree(output)
    expected_dir = EXPECTED / site
    if env_flag("SITE_BUILDER_UPDATE_GOLDEN"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        for path, data in built.items():
            (expected_dir / path).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / path).write_bytes(data)
    expected = tree(expected_dir)
    assert sorted(built) == sorted(expected), "the set of output files changed"
    for path in sorted(built):
        assert built[path] == expected[path], f"{path} differs from tests/expected/{site}/{path}"


@pytest.mark.parametrize("site", SITES)
def test_two_builds_are_byte_identical(site, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["build", "--content", str(FIXTURES / site), "--output", str(first)]) == 0
    assert main(["build", "--content", str(FIXTURES / site), "--output", str(second)]) == 0
    assert tree(first) == tree(second)
