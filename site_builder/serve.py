"""`site-builder serve`: build, serve the output over HTTP, rebuild what changed, reload open pages.

Three parts meet here: the HTTP server (the standard library's, serving only files inside the output
folder), the watcher (watch.py) feeding a builder thread that runs the build `site-builder build` runs
(rebuild.py: the build cache, worker processes, only what changed redone and written), and live
reload: every HTML response gets a small script (livereload.js, injected by the server, never written
into the built files) that listens to this server's build events (server-sent events) and updates the
page in place (or reloads it), swaps its stylesheets, or shows a failed build's problems. The event
streams say which pages are open: a build makes their events first (fast render), and until it has
made the rest, a page asked for is never served from an out-of-date file (StalePages).
"""
from __future__ import annotations

import json
import mimetypes
import os
import secrets
import sys
import threading
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

from .discover import FolderScans
from .problems import BuildError, Problem
from .rebuild import ARCHIVE_UNIT, Stale, build, unit_of
from .search import Cancelled
from .theme import template_folders, user_templates
from .watch import ChangeFilter, ChangeQueue, start_observer, watch_once_created
from .write import spare_folder

SERVER_PREFIX = "/__site_builder/"
EVENTS_PATH = SERVER_PREFIX + "events"
HEARTBEAT_SECONDS = 15.0
SEARCH_QUIET_SECONDS = 2.0  # Pagefind reads every page: wait for a pause in the edits


@dataclass(frozen=True)
class Outcome:
    """One build as the open pages hear of it: its problems (errors: nothing was written) and the output paths it changed."""

    problems: list[Problem]
    changed: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


@dataclass(frozen=True)
class BuildState:
    """The latest build: its id, and the problems of the latest attempt (none once a build is good)."""

    build: str
    problems: tuple[str, ...] = ()


class BuildBroadcast:
    """The builds so far, what each changed in the output, and a way for event streams to wait for the next.

    Each open page asks what changed since the build it was served from (its own id, or the id of the
    last event it received: the browser sends it back when it reconnects), so a missed event still
    reloads it, and only the pages whose own file changed reload.
    """

    def __init__(self, history: int = 10_000) -> None:
        self._session = secrets.token_hex(4)  # a restarted server is news to every open page
        self._changes: list[frozenset[str]] = []  # what build number i + 1 changed
        self._history = history
        self._forgotten = 0  # builds dropped from the start of the history
        self._condition = threading.Condition()
        self.state = BuildState(self._id(0))
        self.closed = False
        self._open: Counter[str] = Counter()  # pages with an event stream, as many times as they are open

    @contextmanager
    def watched_by(self, page: str) -> Iterator[None]:
        """A page is open while its event stream is."""
        with self._condition:
            self._open[page] += 1
        try:
            yield
        finally:
            with self._condition:
                self._open[page] -= 1
                if not self._open[page]:
                    del self._open[page]

    def open_pages(self) -> frozenset[str]:
        """The output paths of the pages open now: a build makes their events first (fast render)."""
        with self._condition:
            return frozenset(self._open)

    def _id(self, number: int) -> str:
        return f"{self._session}-{number}"

    def publish(self, outcome: Outcome) -> BuildState:
        """A new build: what it changed in the output (a failed one may have put files back), and its problems."""
        with self._condition:
            self._changes.append(frozenset(outcome.changed))
            if len(self._changes) > self._history:
                self._changes.pop(0)
                self._forgotten += 1
            problems = () if outcome.ok else tuple(str(p) for p in outcome.problems if p.severity == "error")
            self.state = BuildState(self._id(self._forgotten + len(self._changes)), problems)
            self._condition.notify_all()
            return self.state

    def changed_since(self, build: str) -> frozenset[str] | None:
        """Output paths changed by the builds after `build`; None when that build is unknown (another run)."""
        session, _, number = build.rpartition("-")
        with self._condition:
            if session != self._session or not number.isdigit() or int(number) < self._forgotten:
                return None
            return frozenset().union(*self._changes[int(number) - self._forgotten:])

    def wait(self, seen: BuildState, timeout: float) -> BuildState:
        with self._condition:
            self._condition.wait_for(lambda: self.state is not seen or self.closed, timeout)
            return self.state

    def close(self) -> None:
        with self._condition:
            self.closed = True
            self._condition.notify_all()


def news_for(page: str, state: BuildState, changed: frozenset[str] | None) -> bytes:
    """The event for a page (its output file) about the builds since it was served: reload (a build it cannot
    tell apart, or a script or image any page may use), update (its own file changed: the page fetches it and
    updates itself in place, or reloads when its stylesheets or scripts changed), swap the CSS, or none."""
    reload = changed is None or any(_asset(path) for path in changed)
    update = not reload and page in changed  # type: ignore[operator]
    css = not reload and any(path.endswith(".css") for path in changed or ())
    data = json.dumps({"reload": reload, "update": update, "css": css, "problems": list(state.problems)})
    return f"id: {state.build}\nevent: build\ndata: {data}\n\n".encode("utf-8")


def _asset(path: str) -> bool:
    """A file every page may load (scripts, images, fonts of the theme), stylesheets aside."""
    return path.startswith("static/") and not path.endswith(".css")


@lru_cache(maxsize=1)
def livereload_script() -> bytes:
    return resources.files("site_builder").joinpath("livereload.js").read_bytes()


def inject(html: bytes, page: str, state: BuildState) -> bytes:
    """Add the live-reload script, inline (no extra request per reload), before the last </body> (or at the end)."""
    query = urlencode({"page": page, "since": state.build})
    tag = (
        f'<script data-events="{EVENTS_PATH}?{escape(query)}">\n'.encode("ascii")
        + livereload_script()
        + b"</script>\n"
    )
    at = html.lower().rfind(b"</body>")
    return html + tag if at < 0 else html[:at] + tag + html[at:]


def resolve(output: Path, url_path: str) -> Path | None:
    """The file under `output` a (%-encoded) URL path names, or None: no '..', no link out of the folder, no hidden file."""
    path = unquote(url_path)
    if "\x00" in path or "\\" in path:
        return None
    parts = [part for part in path.split("/") if part]
    if any(part in (".", "..") or part.startswith(".") for part in parts):
        return None
    root = output.resolve()
    target = root.joinpath(*parts)
    if target.is_dir():
        target = target / "index.html"
    try:
        real = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return real if real.is_relative_to(root) and real.is_file() else None


class StalePages:
    """The output's pages that the build under way has still to make again, once it has swapped in the
    events of the open pages first (a template save makes every event again): a page asked for meanwhile
    is never served from its out-of-date file. An event's page is rendered on demand, as that build will
    write it (once per event and build, kept for its other files); an archive-wide page waits until the
    build has swapped it in, or put the previous site back, or until a build fails (then the output's
    files are served, under that build's problems)."""

    def __init__(self) -> None:
        self._stale = Stale()
        self._rendered: dict[str, dict[str, bytes] | None] = {}  # by event slug, for self._stale
        self._condition = threading.Condition()
        self._rendering = threading.Lock()  # one event rendered at a time: a second request for it finds it made
        self.closed = False

    def update(self, stale: Stale) -> None:
        """What the output holds from before, as of the next swap (told before it)."""
        with self._condition:
            self._stale = stale
            self._rendered = {}
            self._condition.notify_all()

    def fresh(self, page: str) -> bytes | None:
        """The page's bytes when its file in the output is out of date and it is an event's (rendered now);
        else None once the output's file is up to date (after waiting for the build to swap it in)."""
        with self._condition:
            stale = self._stale
        if not stale.holds(page):
            return None
        slug = unit_of(page)
        if stale.render is not None and slug != ARCHIVE_UNIT and not slug.startswith("/"):
            with self._rendering:
                with self._condition:
                    known = self._stale is stale and slug in self._rendered
                    files = self._rendered.get(slug)
                if not known:
                    files = stale.render(slug)
                    with self._condition:
                        if self._stale is stale:
                            self._rendered[slug] = files
            if files is not None and page in files:
                return files[page]
        with self._condition:  # not an event's file (archive-wide, search), or an event that failed to render: its build decides
            self._condition.wait_for(lambda: self.closed or not self._stale.holds(page))
        return None

    def close(self) -> None:
        with self._condition:
            self.closed = True
            self._condition.notify_all()


class PreviewHandler(BaseHTTPRequestHandler):
    """Serves the output folder, the live-reload script and the build event stream."""

    server: PreviewServer
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in two writes; with Nagle's algorithm the body waits for the
    # browser's delayed ACK of the headers (~40 ms) on every request after the first on a connection.
    disable_nagle_algorithm = True

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def do_GET(self) -> None:
        self._respond(head=False)

    def _respond(self, head: bool) -> None:
        path = urlsplit(self.path).path
        if path == EVENTS_PATH:
            self._stream_events()
            return
        output = self.server.output
        file = resolve(output, path)
        if file is not None and file.name == "index.html" and not path.endswith(("/", "index.html")):
            self._redirect(path + "/")  # a folder: its relative links need the slash
            return
        status = HTTPStatus.OK
        if file is None:
            status, file = HTTPStatus.NOT_FOUND, resolve(output, "/404.html")
        if file is None:
            self._send(status, "text/plain; charset=utf-8", b"404 not found\n", head)
            return
        page = file.relative_to(output.resolve()).as_posix()
        state = self.server.broadcast.state  # before the page is read: news of any later build reaches it
        try:
            body = self.server.stale.fresh(page) or file.read_bytes()
        except OSError:
            self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", b"404 not found\n", head)
            return
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if kind == "text/html":
            body = inject(body, page, state)
        if kind.startswith("text/") or kind in ("application/javascript", "application/json", "application/xml"):
            kind += "; charset=utf-8"
        self._send(status, kind, body, head)

    def _send(self, status: HTTPStatus, kind: str, body: bytes, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream_events(self) -> None:
        """Server-sent events: news of the builds since the page's own at once, then of each new one."""
        broadcast = self.server.broadcast
        query = parse_qs(urlsplit(self.path).query)
        page = query.get("page", [""])[0]
        since = self.headers.get("Last-Event-ID") or query.get("since", [""])[0]
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.close_connection = True
        state = broadcast.state
        try:
            with broadcast.watched_by(page):
                self.wfile.write(b"retry: 500\n\n" + news_for(page, state, broadcast.changed_since(since)))
                self.wfile.flush()
                while not broadcast.closed:
                    latest = broadcast.wait(state, HEARTBEAT_SECONDS)
                    if latest is state:
                        self.wfile.write(b": heartbeat\n\n")
                    else:
                        self.wfile.write(news_for(page, latest, broadcast.changed_since(state.build)))
                    self.wfile.flush()
                    state = latest
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the standard library's signature
        if self.server.verbose:
            super().log_message(format, *args)


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], output: Path, broadcast: BuildBroadcast, stale: StalePages,
                 verbose: bool = False):
        self.output = output
        self.broadcast = broadcast
        self.stale = stale
        self.verbose = verbose
        super().__init__(address, PreviewHandler)


class Preview:
    """The whole dev server: a first build, the HTTP server, the watcher and the builder thread.

    Every build is `site-builder build`'s, so the first one costs what `build` costs (nothing when the
    output is up to date) and each later one redoes what the changed files touch, the events of the
    open pages first. Builds after an edit leave the search index as it was, off the reload path; it is
    remade by a build of its own once the edits have paused for SEARCH_QUIET_SECONDS.
    """

    def __init__(self, content: Path, output: Path, host: str = "127.0.0.1", port: int = 8000, log=sys.stderr):
        self.content = content
        self.output = output
        self.broadcast = BuildBroadcast()
        self.stale = StalePages()
        self.queue = ChangeQueue()
        self.scans = FolderScans()  # the event folders as listed, less those the watcher saw change
        self.log = log
        self.server = PreviewServer((host, port), output, self.broadcast, self.stale)
        self.observer = None
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> None:
        """Build, then serve and watch in background threads."""
        self._build(search=True)
        templates = user_templates(self.content)
        handler = ChangeFilter(self.queue, excluded=[self.output, spare_folder(Path(os.path.abspath(self.output)))])
        self.observer = start_observer([self.content, *template_folders(templates)], handler)
        if not templates.is_dir():
            watch_once_created(self.observer, templates, handler)
        for target in (self.server.serve_forever, self._build_loop):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self.queue.close()
        self.broadcast.close()
        self.stale.close()
        if self.observer is not None:
            self.observer.stop()
            self.observer.join()
        self.server.shutdown()
        self.server.server_close()
        for thread in self._threads:
            thread.join()

    def _build_loop(self) -> None:
        """A build per batch of changes; once they pause with pages changed since the index was made, one for
        the search, given up as soon as an edit comes in (its build goes first; the search waits for the next pause)."""
        search_due = False
        while (batch := self.queue.next_batch(SEARCH_QUIET_SECONDS if search_due else None)) is not None:
            if batch:
                self.scans.forget(self.content, batch)
            else:  # the search's build, once the edits pause, lists every folder again: nothing is missed for long
                self.scans.clear()
            outcome = self._build(search=not batch)
            if outcome is None:
                continue
            search_due = bool(batch) and (search_due or any(path.endswith(".html") for path in outcome.changed))

    def _build(self, search: bool) -> Outcome | None:
        """One build; open pages hear of each new site the moment it is in place (the events of the open
        pages first when a save touches many, as a template's does; an edited event's pages before the
        archive-wide files are remade), and of a failed build's problems. None: a build given up for an
        edit that came in meanwhile (a search's build, or the making of the other events or of the
        archive-wide files once the first are in place): the edit's build remakes what it left as it was."""
        swaps: list[BuildState] = []
        try:
            result = build(self.content, self.output, search=search, scanned=self.scans,
                           swapped=lambda changed: swaps.append(self.broadcast.publish(Outcome([], changed))),
                           cancelled=self.queue.pending, open_pages=self.broadcast.open_pages, stale=self.stale.update)
            outcome = Outcome(result.warnings, result.changed)
        except Cancelled:
            return None
        except BuildError as exc:
            outcome = Outcome(exc.problems)
        except Exception:  # a bug must not take the preview down: show it, keep serving the last good site
            message = traceback.format_exc().strip().splitlines()[-1]
            outcome = Outcome([Problem("site-builder", None, f"internal error: {message}")])
            traceback.print_exc(file=self.log)
        if not outcome.ok:  # the pages it was to make stay as they are, under its problems: none is waited for
            self.stale.update(Stale())
        if not swaps or not outcome.ok:
            self.broadcast.publish(outcome)
        for problem in outcome.problems:
            print(problem, file=self.log)
        if outcome.changed:
            print(f"rebuilt: {len(outcome.changed)} file(s) changed", file=self.log)
        return outcome


def serve(content: Path, output: Path, host: str, port: int) -> int:
    try:
        preview = Preview(content, output, host, port)
    except OSError as exc:
        raise BuildError([Problem(f"{host}:{port}", None, f"cannot listen there: {exc.strerror or exc}")]) from None
    preview.start()
    print(f"serving {output} at {preview.url} (Ctrl-C to stop)", file=sys.stderr)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop()
    return 0
