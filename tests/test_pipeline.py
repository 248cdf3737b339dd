"""The pipeline's units: one event re-loaded and re-rendered on its own gives what a full build gives."""
from __future__ import annotations

from site_builder.config import load_config
from site_builder.discover import discover, read_event_folder
from site_builder.pipeline import (
    Input,
    archive_of,
    build,
    dependencies,
    load_event,
    render_archive_files,
    render_event_files,
    render_static_files,
)
from site_builder.render import environment
from site_builder.theme import user_templates

from .conftest import copy_site, pages_tree


def _render_with_units(content, events):
    archive = archive_of(load_config(content), events.values())
    env = environment(user_templates(content))
    files = dict(render_archive_files(archive, env))
    files.update(render_static_files(env))
    for event in events.values():
        files.update(render_event_files(archive, event, env))
    return files


def test_an_event_re_rendered_on_its_own_matches_a_full_build(tmp_path):
    content = copy_site("small", tmp_path)
    folders, problems = discover(content)
    events = {folder.slug: load_event(folder)[0] for folder in folders}
    build(content, tmp_path / "first")
    assert _render_with_units(content, events) == pages_tree(tmp_path / "first")

    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("the", "a"), encoding="utf-8")
    folder, problems = read_event_folder(content, "raw-only")
    events["raw-only"], more = load_event(folder)
    assert not problems + more
    build(content, tmp_path / "full")
    files = _render_with_units(content, events)
    assert files == pages_tree(tmp_path / "full")
    assert files != pages_tree(tmp_path / "first")


def test_event_files_stay_in_their_folder_and_record_their_inputs(tmp_path):
    content = copy_site("small", tmp_path)
    result = build(content, tmp_path / "output")
    record = dependencies(result.listings, result.files, environment(user_templates(content)).list_templates())
    assert set(record) == set(result.files)
    for listing in result.listings:
        own = [path for path in result.files if path.startswith(f"events/{listing.slug}/")]
        assert own
        for path in own:
            inputs = record[path]
            assert {Input("content", file.path) for file in listing.files} <= inputs
            assert not any(i.path.startswith("events/") and not i.path.startswith(f"{listing.path}/") for i in inputs)
    index_inputs = record["index.html"]
    assert {Input("content", f.path) for listing in result.listings for f in listing.files} <= index_inputs
    assert Input("templates", "base.html") in index_inputs
    assert record["static/style.css"] == frozenset({Input("templates", "static/style.css")})
