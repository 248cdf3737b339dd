"""The pipeline's units: one event re-loaded and re-rendered on its own gives what a full build gives."""
from __future__ import annotations

from site_builder.config import load_config
from site_builder.discover import read_event_folder
from site_builder.pipeline import (
    Input,
    archive_of,
    build,
    load_event,
    render_archive_files,
    render_event_files,
    user_templates,
)
from site_builder.render import environment

from .conftest import copy_site, pages_tree


def test_an_event_re_rendered_on_its_own_matches_a_full_build(tmp_path):
    content = copy_site("small", tmp_path)
    first = build(content, tmp_path / "first")
    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("the", "a"), encoding="utf-8")

    folder, problems = read_event_folder(content, "raw-only")
    changed, more = load_event(folder)
    assert not problems + more and changed is not None
    events = [changed if event.slug == "raw-only" else event for event in first.archive.events]
    archive = archive_of(load_config(content), events)
    env = environment(user_templates(content))
    files = dict(first.files)
    files.update(render_event_files(archive, changed, env))
    files.update(render_archive_files(archive, env))

    build(content, tmp_path / "full")
    assert files == pages_tree(tmp_path / "full")


def test_event_files_stay_in_their_folder_and_record_their_inputs(tmp_path):
    content = copy_site("small", tmp_path)
    result = build(content, tmp_path / "output")
    assert set(result.dependencies) == set(result.files)
    for event in result.archive.events:
        env = environment(user_templates(content))
        own = render_event_files(result.archive, event, env)
        assert all(path.startswith(f"events/{event.slug}/") for path in own)
        for path in own:
            inputs = result.dependencies[path]
            assert Input("content", f"events/{event.slug}/{event.sources[0].file.rsplit('/', 1)[1]}") in inputs
            assert not any(i.path.startswith("events/") and not i.path.startswith(f"events/{event.slug}/") for i in inputs)
    index_inputs = result.dependencies["index.html"]
    assert {Input("content", s.file) for e in result.archive.events for s in e.sources} <= index_inputs
    assert Input("templates", "base.html") in index_inputs
    assert result.dependencies["static/style.css"] == frozenset({Input("templates", "static/style.css")})
