"""Write stage: staging, swap, and refusal of paths outside the output folder."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from site_builder.write import Manifest, SiteWriter, UnsafePath, WriteState, safe_relative

from .conftest import beside, tree


def write_site(output: Path, files: dict[str, bytes], before_swap: Callable[[Path], None] | None = None) -> None:
    """Write a whole site in one go through SiteWriter, without a build cache, as a build does.

    `before_swap(folder)` runs on the complete new site before it becomes visible; what it adds
    there becomes part of the site; if it raises, the previous output stays as it was.
    """
    checked = {safe_relative(path).as_posix(): data for path, data in files.items()}
    writer = SiteWriter(output, WriteState())
    writer.prepare()
    try:
        produced: Manifest = {}
        for path, data in sorted(checked.items()):
            produced[path], changed = writer.put(path, data)
            if changed:
                writer.note_written({path: produced[path]})
        writer.complete(produced)
        if before_swap is not None:
            before_swap(writer.site_in_progress)
            produced.update(writer.adopt(produced))
        writer.swap(produced)
    finally:
        writer.finish()


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
