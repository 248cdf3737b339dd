"""Search stage: the Pagefind bundle is built inside the new site, in shards, and its failure keeps the old one."""
from __future__ import annotations

import json
import shutil

import pytest

from site_builder import search
from site_builder.cli import main

from .conftest import FIXTURES, beside, copy_site, tree


def test_build_writes_a_search_bundle_indexing_the_event_and_source_pages(tmp_path):
    output = tmp_path / "output"
    assert main(["build", "--content", str(FIXTURES / "small"), "--output", str(output)]) == 0
    shards = json.loads((output / "pagefind/shards.json").read_text(encoding="utf-8"))["shards"]
    assert shards == ["0"], "a small site is one shard"
    pages = indexed_pages(output / "pagefind/0")
    event_pages = list(output.glob("events/*/index.html"))
    source_pages = list(output.glob("events/*/sources/*/index.html"))
    assert event_pages and source_pages
    assert pages == len(event_pages) + len(source_pages)
    assert (output / "pagefind/0/pagefind.js").is_file()
    assert not [name for name in search.UNUSED_UI_FILES if (output / "pagefind/0" / name).exists()], \
        "Pagefind's own interfaces are not shipped: the search page is static/search.js"
    assert beside(output) == [".output.lock", ".output.previous", "output"], "the indexer wrote outside the output"


def test_failing_indexer_fails_the_build_and_keeps_the_previous_site(tmp_path, monkeypatch, capsys):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    before = tree(output)
    article = content / "events/raw-only/first.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nA new paragraph the index has not seen yet, long enough to be kept.\n")
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: disk on fire' >&2\nexit 3\n")
    failing.chmod(0o755)
    monkeypatch.setattr(search, "pagefind_executable", lambda: failing)
    assert main(["build", "--content", str(content), "--output", str(output)]) == 1
    err = capsys.readouterr().err
    assert "pagefind: search index failed: Error: disk on fire" in err and "Traceback" not in err
    assert tree(output) == before


def indexed_pages(bundle) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def test_pages_are_sharded_by_event_and_only_the_edited_events_shard_is_indexed_again(tmp_path, monkeypatch):
    monkeypatch.setattr(search, "PAGES_PER_SHARD", 2)
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    pages = sorted(p.relative_to(output).as_posix() for p in output.glob("events/**/*.html"))
    shards = search.shards_of(pages)
    assert len(shards) > 1 and sorted(sum(shards.values(), [])) == pages
    listed = json.loads((output / "pagefind/shards.json").read_text(encoding="utf-8"))["shards"]
    assert listed == [str(shard) for shard in shards]
    assert sum(indexed_pages(output / "pagefind" / shard) for shard in listed) == len(pages)

    indexed: list[int] = []
    real = search.index_shards
    monkeypatch.setattr(search, "index_shards", lambda site, due, *rest: (indexed.extend(due), real(site, due, *rest)))
    article = content / "events/raw-only/first.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nA new paragraph the index has not seen yet, long enough to be kept.\n")
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    assert indexed == [search.shard_of("raw-only", search.shard_count(len(pages)))]
    fresh = tmp_path / "fresh"
    assert main(["build", "--content", str(content), "--output", str(fresh)]) == 0
    assert tree(output) == tree(fresh), "the shards kept and the one indexed again are a full build's"


def test_a_pagefind_given_up_is_killed(tmp_path, monkeypatch):
    """Pagefind runs in a session of its own (so no signal to the build's process group reaches it): when
    its indexing is given up (serve: an edit came in), it is killed, not left to finish."""
    import os
    import time

    indexer = tmp_path / "pagefind"
    indexer.write_text(f"#!/bin/sh\necho $$ $(cut -d' ' -f6 /proc/$$/stat) > {tmp_path / 'pid'}\nexec sleep 60\n")
    indexer.chmod(0o755)
    monkeypatch.setattr(search, "pagefind_executable", lambda: indexer)
    written = tmp_path / "pid"
    indexing = search.Indexing(tmp_path, {0: ["events/a/index.html"]}, tmp_path, 1,
                               lambda: written.exists() and written.read_text().endswith("\n"))
    try:
        indexing.wait()
    except search.Cancelled:
        pass
    else:
        raise AssertionError("the indexing was not given up")
    pid, session = map(int, (tmp_path / "pid").read_text().split())
    assert session == pid != os.getsid(0)  # it led a session of its own
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="the parent-death signal is set by util-linux's setpriv")
def test_a_command_whose_starter_died_before_it_ran_does_not_run(tmp_path):
    """A build killed between starting Pagefind and Pagefind's parent-death signal being set sends it no signal:
    left running, it wrote its bundle into the staging folder the next build had removed, making it again. A
    command adopted by another process before it runs (here: started by a shell, not by this process) does
    not run; started by this process, it does."""
    import subprocess

    ran = tmp_path / "ran"
    command = search.killed_with_this_process(["touch", str(ran)])
    subprocess.run(["sh", "-c", '"$@"; exit 0', "sh", *command], check=True)  # the shell forks: its child runs it
    assert not ran.exists()
    subprocess.run(command, check=True)
    assert ran.exists()


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
