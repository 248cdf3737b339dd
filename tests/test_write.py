"""Write stage: staging, swap, and refusal of paths outside the output folder."""
from __future__ import annotations

import pytest

from site_builder.write import UnsafePath, replace_folder, update_site, write_site

from .conftest import beside, tree


def test_write_replaces_the_whole_site(tmp_path):
    output = tmp_path / "out"
    write_site(output, {"a.html": b"1", "old/b.html": b"2"})
    write_site(output, {"a.html": b"3"})
    assert tree(output) == {"a.html": b"3"}
    assert beside(output) == [".out.previous", "out"], "staging folders were left behind"


@pytest.mark.parametrize("path", ["../escape.html", "/etc/passwd", "a/../../b", ""])
def test_paths_outside_the_output_folder_are_refused(tmp_path, path):
    output = tmp_path / "out"
    write_site(output, {"keep.html": b"x"})
    with pytest.raises(UnsafePath):
        write_site(output, {path: b"bad", "other.html": b"y"})
    assert tree(output) == {"keep.html": b"x"}


def test_before_swap_sees_the_whole_new_site_and_its_failure_keeps_the_old_one(tmp_path):
    output = tmp_path / "out"
    write_site(output, {"keep.html": b"x"})
    seen = {}

    def fail(staging):
        seen.update(tree(staging))
        raise RuntimeError("indexer failed")

    with pytest.raises(RuntimeError):
        write_site(output, {"new.html": b"y", "sub/page.html": b"z"}, before_swap=fail)
    assert seen == {"new.html": b"y", "sub/page.html": b"z"}
    assert tree(output) == {"keep.html": b"x"}
    assert beside(output) == [".out.previous", "out"], "staging folders were left behind"


def test_what_before_swap_adds_is_swapped_in(tmp_path):
    output = tmp_path / "out"
    write_site(output, {"a.html": b"1"}, before_swap=lambda staging: (staging / "index.json").write_bytes(b"{}"))
    assert tree(output) == {"a.html": b"1", "index.json": b"{}"}


def test_update_touches_only_what_differs(tmp_path):
    output = tmp_path / "out"
    before = {"a.html": b"1", "same.html": b"s", "old/deep/b.html": b"2"}
    write_site(output, before)
    same_inode = (output / "same.html").stat().st_ino
    after = {"a.html": b"3", "same.html": b"s", "new/c.html": b"4"}
    changed = update_site(output, before, after)
    assert tree(output) == after
    assert sorted(changed) == ["a.html", "new/c.html", "old/deep/b.html"]
    assert (output / "same.html").stat().st_ino == same_inode, "an unchanged file was rewritten"
    assert not (output / "old").exists(), "an emptied folder was left behind"


def test_update_refuses_paths_outside_the_output_folder(tmp_path):
    output = tmp_path / "out"
    write_site(output, {"keep.html": b"x"})
    with pytest.raises(UnsafePath):
        update_site(output, {"keep.html": b"x"}, {"../escape.html": b"bad"})
    assert tree(output) == {"keep.html": b"x"}
    assert not (tmp_path / "escape.html").exists()


def test_replace_folder_swaps_in_a_complete_folder_or_keeps_the_old_one(tmp_path):
    output = tmp_path / "out"
    write_site(output, {"index.html": b"x", "bundle/old.js": b"1"})
    replace_folder(output, "bundle", lambda folder: (folder / "new.js").write_bytes(b"2"))
    assert tree(output) == {"index.html": b"x", "bundle/new.js": b"2"}

    def fail(folder):
        (folder / "half.js").write_bytes(b"3")
        raise RuntimeError("indexer failed")

    with pytest.raises(RuntimeError):
        replace_folder(output, "bundle", fail)
    assert tree(output) == {"index.html": b"x", "bundle/new.js": b"2"}
    assert beside(output) == [".out.previous", "out"], "staging folders were left behind"
