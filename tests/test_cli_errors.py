"""Unexpected exceptions are bad news for us, not a traceback for the curator: one line naming the file."""
from __future__ import annotations

import pytest

from site_builder import convert, pipeline
from site_builder.cli import main

from .conftest import tree

HINT = "--debug shows the traceback"


def _fail(*_args, **_kwargs):
    raise ZeroDivisionError("boom")


def _build(content, output, *extra) -> int:
    """A build after a code change: the patched stage is new code, so nothing cached from before applies."""
    return main(["build", "--content", str(content), "--output", str(output), "--clear-cache", *extra])


def test_a_crash_in_the_cleaner_names_the_file_and_the_others_are_still_checked(built_site, capsys, monkeypatch):
    content, output = built_site
    before = tree(output)
    (content / "events/harbour-bridge-reopens/empty.txt").write_text("")
    monkeypatch.setattr(convert, "_convert", _fail)  # the cleaning of one read file
    capsys.readouterr()
    assert _build(content, output) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"events/harbour-bridge-reopens/a-daily-news.txt: internal error (ZeroDivisionError: boom); {HINT}",
        f"events/harbour-bridge-reopens/b-coast-herald.md: internal error (ZeroDivisionError: boom); {HINT}",
        "events/harbour-bridge-reopens/empty.txt: empty file",
        f"events/raw-only/first.txt: internal error (ZeroDivisionError: boom); {HINT}",
        f"events/raw-only/second.txt: internal error (ZeroDivisionError: boom); {HINT}",
    ]
    assert tree(output) == before


def test_a_crash_in_the_fact_extractor_names_each_event_folder(built_site, capsys, monkeypatch):
    content, output = built_site
    monkeypatch.setattr(pipeline, "analyse_event", _fail)
    capsys.readouterr()
    assert _build(content, output) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"events/harbour-bridge-reopens: internal error (ZeroDivisionError: boom); {HINT}",
        f"events/raw-only: internal error (ZeroDivisionError: boom); {HINT}",
    ]


def test_a_crash_while_rendering_names_the_source(built_site, capsys, monkeypatch):
    content, output = built_site
    before = tree(output)
    original = pipeline.render_source

    def fail_on_second(archive, event, source, env):
        if source.file.endswith("second.txt"):
            raise KeyError("missing")
        return original(archive, event, source, env)

    monkeypatch.setattr(pipeline, "render_source", fail_on_second)
    capsys.readouterr()
    assert _build(content, output) == 1
    assert capsys.readouterr().err.splitlines() == [f"events/raw-only/second.txt: internal error (KeyError: 'missing'); {HINT}"]
    assert tree(output) == before


def test_a_crash_outside_any_file_names_the_content_folder(built_site, capsys, monkeypatch):
    content, output = built_site
    monkeypatch.setattr(pipeline, "render_site_feeds", _fail)
    capsys.readouterr()
    assert _build(content, output) == 1
    assert capsys.readouterr().err.splitlines() == [f"{content}: internal error (ZeroDivisionError: boom); {HINT}"]


def test_debug_shows_the_traceback_above_the_line(built_site, capsys, monkeypatch):
    content, output = built_site
    monkeypatch.setattr(pipeline, "analyse_event", _fail)
    capsys.readouterr()
    assert _build(content, output, "--debug") == 1
    err = capsys.readouterr().err
    assert err.count("Traceback (most recent call last):") == 2
    assert 'in _fail\n    raise ZeroDivisionError("boom")' in err
    assert err.splitlines()[-1] == f"events/raw-only: internal error (ZeroDivisionError: boom); {HINT}"


def test_debug_lets_a_crash_outside_any_file_through(built_site, monkeypatch):
    content, output = built_site
    monkeypatch.setattr(pipeline, "render_site_feeds", _fail)
    with pytest.raises(ZeroDivisionError):
        _build(content, output, "--debug")


def test_a_write_failure_is_one_line(built_site, capsys):
    content, output = built_site
    blocker = output.parent / "blocked"
    blocker.write_text("a file where the output folder's parent should be")
    capsys.readouterr()
    assert _build(content, blocker / "output") == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"{blocker / 'output'}: cannot write the site: ")


def test_a_bad_base_url_on_the_command_line_is_refused(built_site, capsys):
    content, output = built_site
    capsys.readouterr()
    assert _build(content, output, "--base-url", "javascript:alert(1)") == 1
    assert capsys.readouterr().err.splitlines() == ["--base-url: must be an absolute http(s) URL, not 'javascript:alert(1)'"]


def test_debug_shows_the_traceback_of_a_crash_in_a_worker_process(tmp_path, capsys, monkeypatch):
    """Enough events for worker processes: the traceback crosses to the parent with the problem."""
    for number in range(20):
        folder = tmp_path / f"content/events/event-{number:02d}"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"Report {number}\n\nThe council approved 12 new homes on Tuesday after a long debate.\n")
    monkeypatch.setattr(pipeline, "analyse_event", _fail)
    assert _build(tmp_path / "content", tmp_path / "output", "--jobs", "2", "--debug") == 1
    err = capsys.readouterr().err
    assert err.count('in _fail\n    raise ZeroDivisionError("boom")') == 20
    lines = [line for line in err.splitlines() if "internal error" in line]
    assert lines == [f"events/event-{n:02d}: internal error (ZeroDivisionError: boom); {HINT}" for n in range(20)]
