"""Write stage: staging, swap, and refusal of paths outside the output folder."""
from __future__ import annotations

import pytest

from site_builder.write import UnsafePath, write_site

from .conftest import tree


def test_write_replaces_the_whole_site(tmp_path):
    output = tmp_path / "out"
    write_site(output, {"a.html": b"1", "old/b.html": b"2"})
    write_site(output, {"a.html": b"3"})
    assert tree(output) == {"a.html": b"3"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "staging folders were left behind"


@pytest.mark.parametrize("path", ["../escape.html", "/etc/passwd", "a/../../b", ""])
def test_paths_outside_the_output_folder_are_refused(tmp_path, path):
    output = tmp_path / "out"
    write_site(output, {"keep.html": b"x"})
    with pytest.raises(UnsafePath):
        write_site(output, {path: b"bad", "other.html": b"y"})
    assert tree(output) == {"keep.html": b"x"}
