"""The dev server: files inside the output only, the site's 404 page, the script in served HTML only,
build events over SSE, and a preview that rebuilds on its own."""
from __future__ import annotations

import http.client
import io
import json
import socket
import threading
import time
from pathlib import Path

import pytest

from site_builder.pipeline import build
from site_builder.problems import Problem
from site_builder.serve import EVENTS_PATH, BuildBroadcast, Outcome, Preview, PreviewServer, StalePages, resolve

from .conftest import FAST_RENDER_MARK, copy_site, others_held_back, pages_tree, save_marked_event_template, three_event_preview

MARK = FAST_RENDER_MARK.encode()


@pytest.fixture
def preview(tmp_path):
    content = copy_site("small", tmp_path)
    (tmp_path / "secret.txt").write_text("outside the output")
    preview = Preview(content, tmp_path / "output", port=0, log=io.StringIO())
    preview.start()
    yield preview
    preview.stop()


def get(preview: Preview, path: str, timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    host, port = preview.server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def test_resolve_keeps_to_the_output_folder(tmp_path):
    output = tmp_path / "output"
    (output / "events").mkdir(parents=True)
    (output / "index.html").write_text("home")
    (output / "events" / "index.html").write_text("events")
    (output / ".git").mkdir()
    (output / ".git" / "config").write_text("hidden")
    (tmp_path / "secret.txt").write_text("secret")
    (output / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert resolve(output, "/") == (output / "index.html").resolve()
    assert resolve(output, "/events") == (output / "events" / "index.html").resolve()
    for escape in ["/../secret.txt", "/%2e%2e/secret.txt", "/events/..%2f..%2fsecret.txt", "/..\\secret.txt",
                   "/link.txt", "/.git/config", "/missing.html", "/index.html%00.txt"]:
        assert resolve(output, escape) is None, escape


def test_html_gets_the_script_when_served_and_never_on_disk(preview, tmp_path):
    status, headers, body = get(preview, "/events/raw-only/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert body.count(b'data-events="/__site_builder/events?page=events%2Fraw-only%2Findex.html&amp;since=') == 1
    assert body.count(b"new EventSource") == 1
    assert body.index(b"new EventSource") < body.rindex(b"</body>")
    on_disk = (tmp_path / "output" / "events/raw-only/index.html").read_bytes()
    assert b"__site_builder" not in on_disk
    status, _, feed = get(preview, "/atom.xml")
    assert status == 200 and b"__site_builder" not in feed


def test_a_folder_without_its_slash_is_redirected(preview):
    status, headers, _ = get(preview, "/events/raw-only")
    assert status == 301 and headers["Location"] == "/events/raw-only/"


@pytest.mark.parametrize("path", ["/../secret.txt", "/%2e%2e/secret.txt", "/nowhere/", "/events/raw-only/missing.html"])
def test_outside_or_missing_gets_the_sites_own_404_page(preview, tmp_path, path):
    status, _, body = get(preview, path)
    assert status == 404
    assert body.startswith((tmp_path / "output" / "404.html").read_bytes().split(b"</body>")[0])
    assert b"outside the output" not in body


def test_each_page_hears_whether_its_own_file_changed_even_after_missing_events(tmp_path):
    broadcast = BuildBroadcast()
    server = PreviewServer(("127.0.0.1", 0), tmp_path, broadcast, StalePages())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        served_from = broadcast.state.build
        reader = open_stream(server.server_address, f"page=index.html&since={served_from}")
        assert next_event(reader) == {"reload": False, "update": False, "css": False, "problems": []}
        broadcast.publish(Outcome([Problem("events/a/event.md", 3, "bad date")]))
        assert next_event(reader) == {"reload": False, "update": False, "css": False, "problems": ["events/a/event.md:3: bad date"]}
        broadcast.publish(Outcome([], ("static/style.css",)))
        assert next_event(reader) == {"reload": False, "update": False, "css": True, "problems": []}
        broadcast.publish(Outcome([], ("events/a/index.html",)))
        assert next_event(reader) == {"reload": False, "update": False, "css": False, "problems": []}, "another page changed"
        broadcast.publish(Outcome([], ("events/a/index.html", "index.html")))
        assert next_event(reader) == {"reload": False, "update": True, "css": False, "problems": []}
        broadcast.publish(Outcome([], ("index.html", "static/search.js")))
        assert next_event(reader)["reload"] is True, "a script any page may run changed"

        # A page that missed those events (it reconnects saying the last build it heard of) still hears of them.
        missed = open_stream(server.server_address, "page=index.html&since=x-0", last_event_id=served_from)
        assert next_event(missed)["reload"] is True
        other = open_stream(server.server_address, f"page=events/b/index.html&since={served_from}")
        assert next_event(other) == {"reload": True, "update": False, "css": False, "problems": []}
        restarted = open_stream(server.server_address, "page=events/b/index.html&since=0123abcd-7")
        assert next_event(restarted)["reload"] is True, "a page served by another run of the server"
    finally:
        broadcast.close()
        server.shutdown()
        server.server_close()


def open_stream(address, query: str, last_event_id: str | None = None):
    stream = socket.create_connection(address[:2], timeout=10)
    header = f"Last-Event-ID: {last_event_id}\r\n" if last_event_id else ""
    stream.sendall(f"GET {EVENTS_PATH}?{query} HTTP/1.1\r\nHost: x\r\n{header}\r\n".encode())
    return stream.makefile("rb")


def next_event(reader) -> dict:
    while True:
        line = reader.readline()
        assert line, "the stream ended"
        if line.startswith(b"data: "):
            return json.loads(line[len(b"data: "):])


def test_the_preview_rebuilds_a_saved_source_and_survives_a_broken_one(preview, tmp_path):
    page = "events/raw-only/sources/first/index.html"
    reader = open_stream(preview.server.server_address, f"page={page}&since={preview.broadcast.state.build}")
    assert next_event(reader)["reload"] is False
    source = tmp_path / "small/events/raw-only/first.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nThe harbour master counted 41 ferries.\n", encoding="utf-8")
    assert next_event(reader)["update"] is True
    assert b"41 ferries" in get(preview, "/events/raw-only/sources/first/")[2]

    reader = open_stream(preview.server.server_address, f"page={page}&since={preview.broadcast.state.build}")
    assert next_event(reader)["reload"] is False
    event_md = tmp_path / "small/events/raw-only/event.md"
    event_md.write_text("---\ndate: 2023-13-45\n---\n")
    broken = next_event(reader)
    while not broken["problems"]:  # the news of the previous build's last part may come first
        assert broken["reload"] is False
        broken = next_event(reader)
    assert broken["problems"][0].startswith("events/raw-only/event.md")
    assert get(preview, "/events/raw-only/")[0] == 200, "the last good site is still served"
    event_md.unlink()
    assert next_event(reader)["problems"] == []


def test_the_search_bundle_follows_the_pages_after_a_pause(preview, tmp_path):
    bundle = tmp_path / "output" / "pagefind"

    def indexed_pages() -> int:
        entries = [json.loads(entry.read_text(encoding="utf-8")) for entry in bundle.glob("*/pagefind-entry.json")]
        return sum(language["page_count"] for entry in entries for language in entry["languages"].values())

    before = indexed_pages()
    added = tmp_path / "small/events/raw-only/third.txt"
    added.write_text("Ferry service resumes\n\nThe ferry service resumed on Monday, the operator said.\n", encoding="utf-8")
    deadline = time.monotonic() + 60  # a bound on waiting, not a timing check: CI machines can be loaded
    while time.monotonic() < deadline and indexed_pages() == before:
        time.sleep(0.2)
    assert indexed_pages() == before + 1, "the new archived copy was not indexed"
    # the bundle is swapped in before the build ends: its staging folder goes when the build does
    settled = [".output.lock", ".output.previous", "output", "secret.txt", "small"]
    while time.monotonic() < deadline and sorted(p.name for p in tmp_path.iterdir()) != settled:
        time.sleep(0.2)
    assert sorted(p.name for p in tmp_path.iterdir()) == settled, "a staging folder was left behind"


def test_a_templates_folder_made_while_serving_is_watched(preview, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "404.html").write_text('{% extends "base.html" %}{% block main %}<p>Lost at sea</p>{% endblock %}\n')
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and b"Lost at sea" not in get(preview, "/nowhere")[2]:
        time.sleep(0.1)
    assert b"Lost at sea" in get(preview, "/nowhere")[2]
    (templates / "404.html").write_text('{% extends "base.html" %}{% block main %}<p>Found again</p>{% endblock %}\n')
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and b"Found again" not in get(preview, "/nowhere")[2]:
        time.sleep(0.1)
    assert b"Found again" in get(preview, "/nowhere")[2]


def test_a_port_in_use_is_one_line_not_a_traceback(tmp_path, capsys):
    from site_builder.cli import main

    content = copy_site("small", tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--content", str(content), "--output", str(tmp_path / "out"), "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"127.0.0.1:{port}: cannot listen there") and "Traceback" not in err


def test_a_template_save_shows_the_open_page_first_and_never_serves_a_stale_page_as_current(tmp_path, monkeypatch):
    """serve's fast render: the open page's event goes in first; meanwhile another event's page is
    rendered on demand (the output still holds the old one), an archive-wide page waits for its build."""
    preview = three_event_preview(tmp_path)
    output = preview.output
    try:
        open_page = "events/raw-only/index.html"
        status, _, served = get(preview, "/" + open_page)
        since = served.split(b"since=")[1].split(b'"')[0].decode()
        stream = open_stream(preview.server.server_address, f"page={open_page}&since={since}")
        assert next_event(stream)["update"] is False
        assert preview.broadcast.open_pages() == {open_page}
        with others_held_back(monkeypatch, "raw-only") as release:
            save_marked_event_template(tmp_path / "templates")

            assert next_event(stream)["update"] is True, "the open page did not hear of its own file"
            assert MARK in (output / open_page).read_bytes()
            stale = "events/harbour-bridge-reopens/index.html"
            assert MARK not in (output / stale).read_bytes(), "the others were not held back"
            status, _, body = get(preview, "/events/harbour-bridge-reopens/")
            assert status == 200 and MARK in body, "a stale page was served as current"
            index: list[bytes] = []
            waiting = threading.Thread(target=lambda: index.append(get(preview, "/", timeout=30)[2]))
            waiting.start()
            waiting.join(0.5)
            assert waiting.is_alive(), "the index was served before its build made it"
            release.set()
            waiting.join(30)
        assert index and as_built(index[0]) == (output / "index.html").read_bytes()
        deadline = time.monotonic() + 30
        while preview.stale.fresh(stale) is not None or MARK not in (output / stale).read_bytes():
            assert time.monotonic() < deadline, "the rest of the site never came"
            time.sleep(0.05)
        assert as_built(body) == (output / stale).read_bytes(), "on demand is not what the build wrote"
    finally:
        preview.stop()
    full = tmp_path / "full"
    build(preview.content, full, use_cache=False, search=False)
    assert pages_tree(output) == pages_tree(full)


def as_built(served: bytes) -> bytes:
    """A served page less the live-reload script the server put in."""
    at = served.rindex(b"<script data-events=")
    return served[:at] + served[served.index(b"</script>\n", at) + len(b"</script>\n"):]


def test_a_page_waiting_for_its_build_is_served_once_a_build_fails(tmp_path, monkeypatch):
    """A template save, then a broken one before the first's build made the index: the broken one's build
    fails before any swap, and the page waiting for the index is served (the output's, under the failed
    build's problems), not kept waiting."""
    preview = three_event_preview(tmp_path)
    try:
        open_page = "events/raw-only/index.html"
        stream = open_stream(preview.server.server_address, f"page={open_page}&since={preview.broadcast.state.build}")
        next_event(stream)
        with others_held_back(monkeypatch, "raw-only") as release:
            save_marked_event_template(tmp_path / "templates")
            assert next_event(stream)["update"] is True
            index: list[tuple[int, dict[str, str], bytes]] = []
            waiting = threading.Thread(target=lambda: index.append(get(preview, "/", timeout=30)))
            waiting.start()
            waiting.join(0.5)
            assert waiting.is_alive(), "the index was served before its build made it"
            (tmp_path / "templates" / "event.html").write_text("{% block %}\n", encoding="utf-8")  # fails the open page's event
            time.sleep(0.3)  # the watcher's quiet period: the broken save is pending when the held build goes on
            release.set()
            waiting.join(30)
        assert index and index[0][0] == 200
        assert any(problem.startswith("templates/event.html:1") for problem in preview.broadcast.state.problems)
    finally:
        preview.stop()
