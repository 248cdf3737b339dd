"""Search stage: a Pagefind full-text index of the finished pages, in shards.

Pagefind reads the HTML as written, so it runs on the complete new site just before the swap: the
index always matches the pages beside it, it is written only inside that site, and a failure leaves
the previous site in place. Pages mark what is indexed with `data-pagefind-body` (the event pages and
archived copies); the search page loads the bundle with a relative path, so the search works from
any static host, under any sub-path, without another host.

Pagefind takes a few milliseconds and some 400 KB of memory per page, and cannot update an index:
one index of a 10,000-article archive costs a minute and gigabytes, and one edited article would
cost all of it again. So the event pages are split into shards by their event's slug, each shard
its own Pagefind bundle (`pagefind/<n>/`), `pagefind/shards.json` lists them, and the search page
merges them (Pagefind's `mergeIndex`). The number of shards is a power of two chosen from the
number of pages alone (at most PAGES_PER_SHARD on average), and an event's shard from its slug
alone: the same pages always give the same bundles, and an edit re-indexes one shard. A site
without event pages is indexed whole, as shard 0 (Pagefind then indexes every page).

The size of a shard weighs an edit's cost (Pagefind over the edited event's whole shard) against the
search page's (two small requests per bundle merged when it loads, one per bundle and searched word):
at 128 pages on average, an edit at 10,000 articles re-indexes ~90 pages (~0.3 s) and the search page
merges 128 bundles, at once.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .problems import BuildError, Problem

SEARCH_BUNDLE = "pagefind"  # the bundle's folder, relative to the site root
SHARD_LIST = f"{SEARCH_BUNDLE}/shards.json"  # the shards the search page merges
CANCEL_POLL_SECONDS = 0.05  # how often a running Pagefind asks whether it is still wanted
PAGES_PER_SHARD = 128  # on average at most: an edit re-indexes ~0.3 s of Pagefind (~3.5 ms CPU a page)
# Pagefind's ready-made interfaces, written into every bundle: the search page is our own (static/search.js,
# on pagefind.js, its worker and wasm), so no page loads these; ~410 KB and 7 files a shard, ~53 MB at 10,000 articles.
UNUSED_UI_FILES = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)


def pagefind_executable() -> Path:
    """The binary shipped by the `pagefind[bin]` package."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise BuildError([Problem("pagefind", None, "search needs the Pagefind binary: pip install 'pagefind[bin]'")]) from None
    try:
        return get_executable()
    except FileNotFoundError as exc:
        raise BuildError([Problem("pagefind", None, f"Pagefind binary not found: {exc}")]) from None


def shards_of(pages: Iterable[str]) -> dict[int, list[str]]:
    """The site's HTML pages (paths relative to its root) that the search indexes, by shard, sorted."""
    pages = sorted(pages)
    events = [page for page in pages if _event_of(page)]
    if not events:
        return {0: pages} if pages else {}
    count = shard_count(len(events))
    shards: dict[int, list[str]] = {}
    of_event: dict[str, int] = {}  # an event's pages are many: its slug is hashed once
    for page in events:
        slug = _event_of(page)
        if slug not in of_event:
            of_event[slug] = shard_of(slug, count)
        shards.setdefault(of_event[slug], []).append(page)
    return dict(sorted(shards.items()))


def of_events_alone(pages: Iterable[str]) -> bool:
    """Whether a site with these HTML pages (the events' pages at least) is indexed by its event pages alone
    (`shards_of`): then its shards are known before the archive-wide pages are made."""
    return any(_event_of(page) for page in pages)


def shard_count(pages: int) -> int:
    """The smallest power of two that puts at most PAGES_PER_SHARD pages in a shard on average."""
    count = 1
    while pages > count * PAGES_PER_SHARD:
        count *= 2
    return count


def shard_of(slug: str, count: int) -> int:
    return int.from_bytes(hashlib.blake2b(slug.encode("utf-8"), digest_size=8).digest(), "big") % count


def shard_folder(shard: int) -> str:
    return f"{SEARCH_BUNDLE}/{shard}"


def shard_list(shards: Iterable[int]) -> bytes:
    """`pagefind/shards.json`: the shard folders, relative to the bundle; the search page merges them in this order."""
    return json.dumps({"shards": [str(shard) for shard in sorted(shards)]}).encode("utf-8") + b"\n"


class Cancelled(Exception):
    """The indexing was given up because `cancelled()` said so (serve: an edit came in meanwhile)."""


def index_shards(
    site: Path, shards: dict[int, Sequence[str]], bundle: Path, workspace: Path, jobs: int = 1,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the bundle of each of these shards into `bundle/<n>/`, from their pages under `site`.

    Pagefind reads the pages where they are, chosen by a glob (`page_glob`): no copy or link of the
    pages is made for it (linking them and removing the links cost more wall time than Pagefind on a
    loaded disk). Each bundle is written in `workspace` (a folder on the site's file system), then
    renamed into `bundle/` whole, without the interfaces no page loads (UNUSED_UI_FILES): a Pagefind still running after its build was killed writes nothing
    into a site. Shards are indexed `jobs` at a time (each a process). `cancelled`: asked while
    Pagefind runs; once it says so, Pagefind is stopped and Cancelled raised (the bundles renamed in
    by then are left: the caller removes them).
    """
    import tempfile
    from concurrent.futures import ThreadPoolExecutor

    def index(shard: int) -> None:
        work = Path(tempfile.mkdtemp(prefix=f"search-{shard}-", dir=workspace))
        try:
            _pagefind(site, page_glob(shards[shard]), work / "bundle", cancelled or (lambda: False))
            for name in UNUSED_UI_FILES:
                (work / "bundle" / name).unlink(missing_ok=True)
            bundle.mkdir(parents=True, exist_ok=True)
            os.rename(work / "bundle", bundle / str(shard))
        finally:
            shutil.rmtree(work, ignore_errors=True)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for done in [pool.submit(index, shard) for shard in sorted(shards)]:
            done.result()


class Indexing:
    """`index_shards` in a thread of its own, so that the build makes the archive-wide files while Pagefind
    (processes of its own) indexes the events' pages: on two cores an edit waits for the longer of the
    two, not for both. `wait` returns once every shard is indexed; `stop` gives the indexing up. Either
    way, a shard not fully indexed is removed, so the site in progress holds only what is recorded."""

    def __init__(
        self, site: Path, shards: dict[int, Sequence[str]], workspace: Path, jobs: int,
        cancelled: Callable[[], bool] | None = None,
    ):
        self.site = site
        self.shards = shards
        self._stopped = threading.Event()
        self._error: BaseException | None = None
        wanted = cancelled or (lambda: False)
        self._thread = threading.Thread(
            target=self._run, args=(workspace, jobs, lambda: self._stopped.is_set() or wanted()), daemon=True
        )
        self._thread.start()

    def _run(self, workspace: Path, jobs: int, cancelled: Callable[[], bool]) -> None:
        try:
            index_shards(self.site, self.shards, self.site / SEARCH_BUNDLE, workspace, jobs, cancelled)
        except BaseException as exc:  # raised in the build's thread by `wait`
            self._error = exc

    def wait(self) -> None:
        """Until every shard is indexed; raises what the indexing raised (Cancelled, BuildError)."""
        self._thread.join()
        if self._error is not None:
            self._remove()
            raise self._error

    def stop(self) -> None:
        """Kill Pagefind where it runs and remove the shards' bundles."""
        self._stopped.set()
        self._thread.join()
        self._remove()

    def _remove(self) -> None:
        for shard in self.shards:
            shutil.rmtree(self.site / shard_folder(shard), ignore_errors=True)


def page_glob(pages: Sequence[str]) -> str | None:
    """The Pagefind glob of exactly a shard's pages (None: every page of the site, Pagefind's default).
    An event shard's pages are every HTML page under its events' folders: `events/{a,b}/**/*.html`,
    which Pagefind walks only into those folders. Slugs are lower-case ASCII words and '-' (slugs.py),
    never a glob's special character."""
    slugs = sorted({_event_of(page) for page in pages})
    if not all(slugs):  # a site without event pages is indexed whole, as one shard
        return None
    return "events/{" + ",".join(slugs) + "}/**/*.html"


def killed_with_this_process(command: list[str]) -> list[str]:
    """`command`, made to be killed when the thread that starts it dies, where util-linux's setpriv is found:
    setpriv sets Linux's parent-death signal and runs a shell in its place, which runs the command in its
    place only if its parent is still this process (no Python code runs between fork and exec, which a
    preexec_fn would do, unsafe in a process with threads). The check closes the gap between the fork and
    the signal being set: a process that dies in it sends no signal, and its child, adopted by another
    process, would run unwatched. Elsewhere the command as it is."""
    setpriv, shell = shutil.which("setpriv"), shutil.which("sh")
    if setpriv is None or shell is None:
        return command
    only_if_still_ours = 'test "$PPID" = "$0" && exec "$@"'
    return [setpriv, "--pdeathsig", "KILL", "--", shell, "-c", only_if_still_ours, str(os.getpid()), *command]


def _event_of(page: str) -> str:
    """The slug of the event a page belongs to ('' for the archive-wide pages)."""
    parts = page.split("/", 2)
    return parts[1] if parts[0] == "events" and len(parts) > 2 else ""


def _pagefind(site: Path, glob: str | None, bundle: Path, cancelled: Callable[[], bool]) -> None:
    import subprocess

    command = [str(pagefind_executable()), "--site", str(site), "--output-path", str(bundle.resolve()), "--silent"]
    command += ["--glob", glob] if glob is not None else []
    if cancelled():
        raise Cancelled()
    # In a session of its own, killed with the build (a Pagefind outliving a killed build would write its
    # bundle into the staging folder the next build removes, making that folder again); killed here when
    # it is given up or fails.
    process = subprocess.Popen(killed_with_this_process(command), cwd=site, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        while True:
            try:
                stdout, stderr = process.communicate(timeout=CANCEL_POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                if cancelled():
                    raise Cancelled() from None
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    if process.returncode != 0:
        message = " ".join((stderr or stdout).split()) or f"exit status {process.returncode}"
        raise BuildError([Problem("pagefind", None, f"search index failed: {message}")])
