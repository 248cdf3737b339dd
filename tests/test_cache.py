"""The build cache and the write stage: a rebuild after any edit is byte for byte a fresh full build,
unchanged files keep their mtime, failures and kills change nothing, the cache survives interruption."""
from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import jinja2
import pytest

from site_builder import cache, rebuild, render
from site_builder.cli import main
from site_builder.pipeline import build

from .conftest import BUNDLED_CONTENT, ROOT, copy_site, tree


@pytest.fixture
def site(tmp_path):
    """A writable content folder (the small fixture plus the bundled event) with user templates beside it."""
    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    return content


def fresh_build(content: Path, output: Path) -> dict[str, bytes]:
    """A full build from nothing: no output folder, no build cache."""
    shutil.rmtree(output, ignore_errors=True)
    build(content, output, use_cache=False)
    return tree(output)


def assert_an_edit_rebuilds_right(content: Path, output: Path, tmp_path: Path) -> None:
    _edit_article(content)
    build(content, output)
    assert tree(output) == fresh_build(content, tmp_path / "fresh")


def stats(output: Path) -> dict[str, tuple[int, int]]:
    return {path: ((output / path).stat().st_mtime_ns, (output / path).stat().st_ino) for path in tree(output)}


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _edit_article(content: Path) -> None:
    path = content / "events/raw-only/second.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("by dawn, officials said.", "by dawn, and 7,500 cyclists waited, officials said."), encoding="utf-8")


def _add_article(content: Path) -> None:
    shutil.copy(content / "events/raw-only/first.txt", content / "events/harbour-bridge-reopens/c-added.txt")


def _remove_article(content: Path) -> None:
    (content / "events/nato-chief-visits-kyiv/004_863870b2a39e1b91.txt").unlink()


def _add_event(content: Path) -> None:
    (content / "events/second-pass").mkdir()
    text = (content / "events/raw-only/first.txt").read_text(encoding="utf-8")
    (content / "events/second-pass/first.txt").write_text(text.replace("mountain pass", "second pass"), encoding="utf-8")


def _remove_event(content: Path) -> None:
    shutil.rmtree(content / "events/raw-only")


def _edit_event_md(content: Path) -> None:
    event_md = content / "events/nato-chief-visits-kyiv/event.md"
    event_md.write_text(event_md.read_text(encoding="utf-8").replace("visits Kyiv", "visits Kyiv again"), encoding="utf-8")


def _edit_aliases(content: Path) -> None:
    (content / "aliases.toml").write_text('Kyiv = ["Kiev"]\n', encoding="utf-8")


def _edit_site_toml(content: Path) -> None:
    _append(content / "site.toml", '\ndescription = "Another description."\n')


def _edit_template(content: Path) -> None:
    templates = content.parent / "templates"
    templates.mkdir(exist_ok=True)
    base = (ROOT / "templates/base.html").read_text(encoding="utf-8")
    (templates / "base.html").write_text(base.replace("</footer>", "<p>Local edition.</p></footer>"), encoding="utf-8")


def _edit_stylesheet(content: Path) -> None:
    static = content.parent / "templates/static"
    static.mkdir(parents=True, exist_ok=True)
    (static / "style.css").write_text("body { color: black; }\n", encoding="utf-8")


def _touch_only(content: Path) -> None:
    path = content / "events/harbour-bridge-reopens/a-daily-news.txt"
    path.write_bytes(path.read_bytes())
    os.utime(path, ns=(1, 1))


EDITS = [
    _edit_article, _add_article, _remove_article, _add_event, _remove_event, _edit_event_md, _edit_aliases,
    _edit_site_toml, _edit_template, _edit_stylesheet, _touch_only,
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__.strip("_"))
def test_a_rebuild_after_an_edit_is_a_fresh_full_build(site, tmp_path, edit):
    output = tmp_path / "output"
    build(site, output)
    build(site, output)  # a no-op rebuild between, so the spare copy is in play too
    edit(site)
    build(site, output)
    assert tree(output) == fresh_build(site, tmp_path / "fresh")
    build(site, output)
    assert tree(output) == fresh_build(site, tmp_path / "fresh")


def test_a_sequence_of_edits_with_and_without_workers_equals_fresh_builds(site, tmp_path):
    output = tmp_path / "output"
    for number, edit in enumerate(EDITS):
        edit(site)
        result = build(site, output, jobs=2 if number % 2 else 1)
        assert tree(output) == fresh_build(site, tmp_path / "fresh"), edit.__name__
        assert sorted(result.files) == sorted(tree(output))


def test_a_no_op_rebuild_reports_the_files_the_output_holds(site, tmp_path):
    """A build with nothing to do returns the output's paths from the cache's list of them, which must follow
    the edits that add or remove files; a cache without that list (kept by an older version) still answers."""
    output = tmp_path / "output"
    build(site, output, jobs=1)
    for edit in (_add_event, _add_article, _remove_article, _edit_article, _remove_event):
        edit(site)
        build(site, output, jobs=1)
        result = build(site, output, jobs=1)
        assert result.written == 0, edit.__name__
        assert sorted(result.files) == sorted(tree(output)), edit.__name__
    store = cache.BuildCache.open(cache.cache_folder(site))
    with store.transaction():
        store.put_output_parts(os.path.abspath(output), paths=None)
    store.close()
    assert sorted(build(site, output, jobs=1).files) == sorted(tree(output))


def test_a_rebuild_in_a_new_process_compiles_only_the_templates_that_changed(site, tmp_path, monkeypatch):
    """The compiled templates are kept in the build cache (a new process is played by forgetting what this
    one compiled and its template environments)."""
    output = tmp_path / "output"
    build(site, output, jobs=1)
    compiled: list[str] = []
    compile_template = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda env, source, name=None, *args, **kwargs: compiled.append(name) or compile_template(env, source, name, *args, **kwargs))
    for edit, compiles in ((_edit_article, []), (_edit_template, ["base.html"])):
        monkeypatch.setattr(render, "COMPILED_TEMPLATES", render.CompiledTemplates())
        rebuild.template_environment.cache_clear()
        edit(site)
        build(site, output, jobs=1)
        assert compiled == compiles, edit.__name__
        compiled.clear()
    assert tree(output) == fresh_build(site, tmp_path / "fresh")


def test_a_no_op_rebuild_writes_nothing(site, tmp_path):
    output = tmp_path / "output"
    build(site, output)
    before = stats(output)
    result = build(site, output)
    assert result.written == 0
    assert stats(output) == before


def test_opening_an_existing_cache_and_reading_it_writes_nothing(tmp_path):
    """A no-op rebuild only reads the cache: a write on opening it would be checkpointed into the database on
    closing, with fsyncs that wait on a busy disk."""
    folder = tmp_path / cache.CACHE_FOLDER
    cache.BuildCache.open(folder).close()
    database = folder / "cache.sqlite"
    before = (database.stat().st_mtime_ns, database.read_bytes())
    store = cache.BuildCache.open(folder)
    assert store.output_part("output", "units") is None
    assert not (folder / "cache.sqlite-wal").stat().st_size
    store.close()
    assert (database.stat().st_mtime_ns, database.read_bytes()) == before


def test_unchanged_files_keep_their_mtime_and_inode(site, tmp_path):
    output = tmp_path / "output"
    build(site, output)
    before = stats(output)
    _edit_article(site)
    result = build(site, output)
    after = stats(output)
    changed = {path for path in after if after[path] != before.get(path)} | (set(before) - set(after))
    assert {"events/raw-only/sources/second/index.html", "events/raw-only/facts.json", "atom.xml"} <= changed
    assert not any(path.startswith("events/nato-chief-visits-kyiv/") for path in changed)
    assert not any(path.startswith("events/harbour-bridge-reopens/") for path in changed)
    assert "static/style.css" not in changed
    assert 0 < result.written == len(changed)


def test_a_failed_build_changes_nothing_and_the_next_good_one_is_right(site, tmp_path, capsys):
    output = tmp_path / "output"
    build(site, output)
    before, before_stats = tree(output), stats(output)
    _edit_article(site)
    (site / "events/harbour-bridge-reopens/broken.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["build", "--content", str(site), "--output", str(output)]) == 1
    assert "events/harbour-bridge-reopens/broken.txt" in capsys.readouterr().err
    assert tree(output) == before and stats(output) == before_stats
    (site / "events/harbour-bridge-reopens/broken.txt").unlink()
    build(site, output)
    assert tree(output) == fresh_build(site, tmp_path / "fresh")


KILLED_BUILD = """
import os, sys
from site_builder import cache, write, pipeline
cache.cache_folder = lambda content: content.parent / ".site-builder-cache"
calls = 0
real = getattr(write.SiteWriter, {method!r})
def dying(self, *args, **kwargs):
    global calls
    calls += 1
    if calls > {after}:
        os._exit(9)  # as a kill would: no clean-up, no finally
    return real(self, *args, **kwargs)
setattr(write.SiteWriter, {method!r}, dying)
pipeline.build(__import__("pathlib").Path(sys.argv[1]), __import__("pathlib").Path(sys.argv[2]), jobs=1)
"""


@pytest.mark.parametrize("method,after", [("put", 0), ("put", 5), ("complete", 0), ("swap", 0)])
def test_a_killed_build_leaves_the_previous_site_and_the_next_build_is_right(site, tmp_path, monkeypatch, method, after):
    monkeypatch.setattr(cache, "cache_folder", lambda content: tmp_path / ".site-builder-cache")  # as the killed one
    output = tmp_path / "output"
    build(site, output)
    build(site, output)
    before, before_stats = tree(output), stats(output)
    _edit_article(site)
    _add_event(site)
    script = KILLED_BUILD.format(method=method, after=after)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", textwrap.dedent(script), str(site), str(output)], env=env, cwd=tmp_path)
    assert run.returncode == 9
    assert tree(output) == before and stats(output) == before_stats, "a killed build changed the site"
    build(site, output)
    assert tree(output) == fresh_build(site, tmp_path / "fresh")


def test_an_interrupted_cache_transaction_leaves_a_usable_cache(site, tmp_path):
    output = tmp_path / "output"
    build(site, output)
    database = cache.cache_folder(site) / "cache.sqlite"
    script = f"""
import os, sqlite3
db = sqlite3.connect({str(database)!r}, isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("DELETE FROM articles")
db.execute("UPDATE outputs SET value = x'00' WHERE part IN ('units', 'output')")
os._exit(9)
"""
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0, "the transaction was not rolled back"
    assert_an_edit_rebuilds_right(site, output, tmp_path)


def test_an_unreadable_cache_is_started_again(site, tmp_path):
    output = tmp_path / "output"
    build(site, output)
    folder = cache.cache_folder(site)
    for path in folder.iterdir():
        path.write_bytes(b"not a database" * 100)
    assert_an_edit_rebuilds_right(site, output, tmp_path)


def test_clear_cache_flag_forgets_everything(site, tmp_path):
    output = tmp_path / "output"
    build(site, output)
    folder = cache.cache_folder(site)
    with sqlite3.connect(folder / "cache.sqlite") as db:  # a wrong entry: only clearing the cache gets rid of it
        db.execute("DELETE FROM outputs WHERE part = 'units'")
        for table in ("articles", "analysed"):
            bad = db.execute(f"SELECT key FROM {table}").fetchall()
            db.executemany(f"UPDATE {table} SET value = ? WHERE key = ?", [(pickle.dumps(([], [])), key) for (key,) in bad])
    shutil.rmtree(output)
    with pytest.raises(Exception):
        build(site, output)  # the poisoned entries are used: the build cannot make the sources
    assert main(["build", "--content", str(site), "--output", str(output), "--clear-cache"]) == 0
    assert tree(output) == fresh_build(site, tmp_path / "fresh")


def _entries(content: Path) -> dict[str, int]:
    store = cache.BuildCache.open(cache.cache_folder(content))
    try:
        return {table: store.count(table) for table in ("articles", "analysed", "events", "facts", "entries", "summaries")}
    finally:
        store.close()


def test_the_cache_keeps_what_the_site_uses_once_edits_have_made_as_many_events_as_there_are(site, tmp_path, monkeypatch):
    from site_builder import convert, pipeline

    output = tmp_path / "output"
    build(site, output)
    events = len(list((site / "events").iterdir()))
    in_use = _entries(site)
    assert in_use["analysed"] == in_use["events"] == events
    path = site / "events/raw-only/second.txt"
    for edit in range(events - 1):  # an edit's entries are kept beside those of the text before it
        _append(path, f"\nOfficials said {edit + 2},500 cyclists waited.\n")
        build(site, output)
        assert _entries(site)["analysed"] == events + edit + 1
    _append(path, "\nOfficials said 90 buses waited.\n")
    build(site, output)  # as many events made since the first build as there are: collected
    assert _entries(site) == in_use  # one analysis of the edited event, its article entries replaced
    with sqlite3.connect(cache.cache_folder(site) / "cache.sqlite") as db:
        assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0, "the freed pages were kept in the file"
    assert tree(output) == fresh_build(site, tmp_path / "fresh")

    # what is kept is what the next builds use: a template edit analyses nothing again, an aliases edit
    # analyses again only the event whose names it respells (the bundled Kyiv event), converting no file again
    calls: list[str] = []
    for name in ("load_event",):
        real = getattr(pipeline, name)
        monkeypatch.setattr(pipeline, name, lambda *args, real=real, name=name, **kwargs: calls.append(name) or real(*args, **kwargs))
    converted = calls.append
    real_convert = convert._convert
    monkeypatch.setattr(convert, "_convert", lambda reading, shared: converted("convert") or real_convert(reading, shared))
    _edit_template(site)
    build(site, output)
    assert calls == []
    _edit_aliases(site)
    build(site, output)
    assert calls == ["load_event"]
    assert tree(output) == fresh_build(site, tmp_path / "fresh")


def test_the_cache_lives_beside_the_content_folder(tmp_path, monkeypatch):
    monkeypatch.undo()
    assert cache.cache_folder(tmp_path / "content") == tmp_path / ".site-builder-cache"


def test_the_code_version_is_the_same_however_the_code_is_run(tmp_path):
    """A script's folder or the working directory heads sys.path; a stray dist-info there (the checkout's own
    egg-info) is not an installed distribution, so the CLI and a script share the cache."""
    (tmp_path / "stray.egg-info").mkdir()
    script = "from site_builder.cache import code_version; print(code_version().hex())"
    (tmp_path / "version.py").write_text(script)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [[sys.executable, "-c", script], [sys.executable, str(tmp_path / "version.py")]]
    versions = {subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout for run in runs}
    assert len(versions) == 1 and cache.code_version().hex() + "\n" in versions


def test_a_code_change_gives_other_keys(monkeypatch):
    before = cache.code_version()
    cache.code_version.cache_clear()
    monkeypatch.setattr(cache.sys, "version", sys.version + " (patched)")
    try:
        assert cache.code_version() != before
    finally:
        cache.code_version.cache_clear()


def test_records_of_files_are_stored_as_differences_from_one_whole_record(tmp_path):
    """The output's and the spare's records (tens of thousands of paths) are stored as their few differences
    from a whole record written once; each reads back as it was stored, also in a new connection."""
    store = cache.BuildCache.open(tmp_path / "cache")
    first = {f"events/e{n}/index.html": (bytes([n % 256]) * 16, n, n, n) for n in range(800)}
    with store.transaction():
        store.put_output_parts("out", output=first, spare=dict(first))
    edited = {**first, "events/e1/index.html": (b"x" * 16, 1, 2, 3), "new.html": (b"y" * 16, 4, 5, 6)}
    del edited["events/e2/index.html"]
    with store.transaction():
        store.put_output_parts("out", output=None)  # as a build does before its swap
        store.put_output_parts("out", output=edited, spare=first)
    reader = cache.BuildCache.open(tmp_path / "cache")
    assert reader.output_part("out", "output") == edited and reader.output_part("out", "spare") == first
    database = sqlite3.connect(tmp_path / "cache" / "cache.sqlite")
    assert database.execute("SELECT count(*) FROM manifests").fetchone()[0] == 1
    assert max(len(changes) for (changes,) in database.execute("SELECT changes FROM manifest_parts")) < 500

    rewritten = {path: (b"z" * 16, *record[1:]) for path, record in edited.items()}  # a template edit: every page
    with reader.transaction():
        reader.put_output_parts("out", output=rewritten, spare=edited)
    assert database.execute("SELECT count(*) FROM manifests").fetchone()[0] == 2  # the new one whole; the old one kept
    again = cache.BuildCache.open(tmp_path / "cache")
    assert again.output_part("out", "output") == rewritten and again.output_part("out", "spare") == edited
    with again.transaction():
        again.put_output_parts("out", output=rewritten, spare=rewritten)
    assert database.execute("SELECT count(*) FROM manifests").fetchone()[0] == 1  # the one no part starts from is gone
    assert cache.BuildCache.open(tmp_path / "cache").output_part("out", "spare") == rewritten


def test_the_record_of_what_archive_pages_read_is_stored_as_its_differences_and_reads_back_whole(tmp_path):
    """An edit changes one event's key and what a few pages read: the record of every page's reads is
    written as those few entries, and reads back as it was (an event without a key, None, included)."""
    from site_builder.headlines import ArchiveReads, PageReads

    pages = {f"tags/t{n}/index.html": PageReads(bytes([n % 256]) * 16, {f"e{n}": ("date", "title")}) for n in range(400)}
    before = ArchiveReads({f"e{n}": bytes([n % 256]) * 20 for n in range(400)}, pages)
    store = cache.BuildCache.open(tmp_path / "cache")
    with store.transaction():
        store.put_output_parts("out", pages=before.as_record())
    after = ArchiveReads({**before.keys, "e7": b"k" * 20, "empty": None},
                         {**pages, "tags/t7/index.html": PageReads(b"s" * 16, {"e7": ("title",)})})
    with store.transaction():
        store.put_output_parts("out", pages=after.as_record())

    stored = cache.BuildCache.open(tmp_path / "cache").output_part("out", "pages")
    assert ArchiveReads.of_record(stored) == after and "empty" in ArchiveReads.of_record(stored).keys
    database = sqlite3.connect(tmp_path / "cache" / "cache.sqlite")
    assert database.execute("SELECT count(*) FROM manifests").fetchone()[0] == 1
    assert max(len(changes) for (changes,) in database.execute("SELECT changes FROM manifest_parts")) < 500
