"""Rebuilds as `serve` runs them (the build cache, search left for later): after any sequence of edits,
the same bytes as a full build from nothing."""
from __future__ import annotations

import gc
import os
import random
import shutil
from pathlib import Path

import pytest

from site_builder import discover as discover_module
from site_builder.discover import FolderScans
from site_builder import pipeline
from site_builder.pipeline import BuildResult, build
from site_builder.problems import BuildError
from site_builder.search import Cancelled
from site_builder.theme import builtin_theme

from .conftest import BUNDLED_CONTENT, copy_site, pages_tree, tree

SENTENCES = [
    "The 12 ministers met the mayor on Friday.",
    "Officials said 3,400 vehicles crossed the bridge.",
    "Police closed 4 roads while 250 workers finished the deck.",
    "A spokesperson for the council declined to comment.",
]


class Edits:
    """Random curator edits on a content folder (and its templates folder), each returning the paths it touched."""

    def __init__(self, content: Path, rng: random.Random):
        self.content = content
        self.templates = content.parent / "templates"
        self.rng = rng
        self.broken: list[tuple[Path, bytes | None]] = []

    def sources(self) -> list[Path]:
        return sorted(p for p in self.content.glob("events/*/*") if p.suffix in (".txt", ".md") and p.name != "event.md")

    def folders(self) -> list[Path]:
        return sorted(p for p in (self.content / "events").iterdir() if p.is_dir())

    def edit_source(self) -> list[Path]:
        path = self.rng.choice(self.sources())
        text = path.read_text(encoding="utf-8")
        if self.rng.random() < 0.5:
            text += "\n" + self.rng.choice(SENTENCES) + "\n"
        else:
            words = text.split(" ")
            at = self.rng.randrange(len(words))
            words[at] = words[at].replace("the", "a") + " " + str(self.rng.randint(2, 90))
            text = " ".join(words)
        return [self._atomic_save(path, text)]

    def add_source(self) -> list[Path]:
        folder = self.rng.choice(self.folders())
        path = folder / f"added-{self.rng.randrange(10**6)}.txt"
        body = " ".join(self.rng.sample(SENTENCES, 3))
        path.write_text(f"Added report on the event\n\n{body}\n\n{body}\n", encoding="utf-8")
        return [path]

    def remove_source(self) -> list[Path]:
        path = self.rng.choice(self.sources())
        path.unlink()
        return [path]

    def add_event(self) -> list[Path]:
        folder = self.content / "events" / f"new-event-{self.rng.randrange(10**6)}"
        folder.mkdir()
        (folder / "report.txt").write_text(f"A new event\n\n{' '.join(SENTENCES)}\n", encoding="utf-8")
        (folder / "event.md").write_text(f"---\ntitle: New event\ndate: 2024-0{self.rng.randint(1, 9)}-11\n---\n")
        return [folder, folder / "report.txt", folder / "event.md"]

    def rename_event(self) -> list[Path]:
        folder = self.rng.choice(self.folders())
        target = folder.with_name(f"renamed-{self.rng.randrange(10**6)}")
        folder.rename(target)
        return [folder, target]

    def remove_event(self) -> list[Path]:
        folders = self.folders()
        if len(folders) < 2:
            return self.add_event()
        folder = self.rng.choice(folders)
        shutil.rmtree(folder)
        return [folder]

    def edit_event_md(self) -> list[Path]:
        folder = self.rng.choice(self.folders())
        path = folder / "event.md"
        title = self.rng.choice(["Bridge reopens", "A day of talks", "Ministers meet"])
        path.write_text(f"---\ntitle: {title}\ndate: 2023-0{self.rng.randint(1, 9)}-0{self.rng.randint(1, 9)}\n---\n\nEditor's note.\n")
        return [path]

    def edit_summary(self) -> list[Path]:
        """A change only the event's card shows (the archive-wide pages that list it), with its tags."""
        folder = self.rng.choice(self.folders())
        path = folder / "event.md"
        text = path.read_text(encoding="utf-8") if path.exists() else "---\n---\n"
        if not text.startswith("---\n") or text.count("---\n") < 2:
            text = "---\n---\n" + text
        tags = self.rng.sample(["bridges", "storms", "talks"], self.rng.randint(0, 2))
        front = f"summary: Summary {self.rng.randint(1, 99)}.\ntags: [{', '.join(tags)}]\n"
        lines = [line for line in text.split("---\n", 2)[1].splitlines(keepends=True) if not line.startswith(("summary:", "tags:"))]
        path.write_text("---\n" + "".join(lines) + front + "---\n" + text.split("---\n", 2)[2], encoding="utf-8")
        return [path]

    def edit_site(self) -> list[Path]:
        path = self.content / "site.toml"
        path.write_text(f'title = "Archive {self.rng.randint(1, 99)}"\nfeed_size = {self.rng.randint(1, 5)}\n')
        return [path]

    def edit_aliases(self) -> list[Path]:
        path = self.content / "aliases.toml"
        path.write_text(f'Kyiv = ["Kiev"]\n"Harbour Bridge" = ["harbour bridge {self.rng.randint(1, 9)}"]\n')
        return [path]

    def edit_template(self) -> list[Path]:
        name = self.rng.choice(["source.html", "event.html", "index.html", "static/style.css"])
        path = self.templates / name
        if path.exists() and self.rng.random() < 0.3:
            path.unlink()
            return [path]
        original = (builtin_theme() / name).read_text(encoding="utf-8")
        mark = f"edit {self.rng.randrange(10**6)}"
        changed = original.replace("</article>", f"<p>{mark}</p></article>", 1) if name.endswith(".html") else original + f"/* {mark} */\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(changed, encoding="utf-8")
        return [path]

    def editor_litter(self) -> list[Path]:
        folder = self.rng.choice(self.folders())
        for name in (".report.txt.swp", "report.txt~", "4913"):
            (folder / name).write_text("half-saved")
        return []  # the watcher drops these: the build is not even told

    def break_file(self) -> list[Path]:
        if self.broken:
            return self.fix_file()
        path = self.rng.choice(self.folders()) / "event.md"
        self.broken.append((path, path.read_bytes() if path.exists() else None))
        path.write_text("---\ntitle: [unclosed\n---\n")
        return [path]

    def fix_file(self) -> list[Path]:
        path, data = self.broken.pop()
        if data is None:
            path.unlink(missing_ok=True)
        elif path.parent.is_dir():
            path.write_bytes(data)
        return [path]

    def _atomic_save(self, path: Path, text: str) -> Path:
        """As editors save: write a temporary file, rename it over the original."""
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.rename(path)
        return path

    def random(self) -> list[Path]:
        kinds = [
            self.edit_source, self.edit_source, self.edit_source, self.add_source, self.remove_source,
            self.add_event, self.rename_event, self.remove_event, self.edit_event_md, self.edit_summary, self.edit_site,
            self.edit_aliases, self.edit_template, self.editor_litter, self.break_file, self.break_file,
        ]
        if len(self.sources()) < 4:
            kinds = [self.add_source, self.add_event]
        return self.rng.choice(kinds)()


def full_build(content: Path, output: Path) -> dict[str, bytes] | None:
    """The pages of a full build from nothing (no output, no build cache), or None when it fails."""
    shutil.rmtree(output, ignore_errors=True)
    try:
        build(content, output, use_cache=False, search=False)
    except BuildError:
        return None
    return pages_tree(output)


def rebuild(
    content: Path, output: Path, scans: FolderScans | None = None, give_up: bool = False, open_page: str | None = None,
) -> BuildResult | None:
    """A build as serve runs one after a save: with the build cache, the search index left as it was, told of
    each swap (so changed events are swapped in before the archive-wide files), the event folders the edits
    did not touch taken as listed before (`scans`). `give_up`: as serve when the next save comes in, the
    archive-wide files are given up once the events' files are in place (search.Cancelled raised);
    `open_page`: a page open in a browser, whose event is made and swapped in first (fast render)."""
    swaps: list[tuple[str, ...]] = []
    try:
        return build(content, output, search=False, swapped=swaps.append, scanned=scans,
                     cancelled=(lambda: bool(swaps)) if give_up else None, open_pages=(lambda: {open_page}) if open_page else None)
    except BuildError:
        return None
    finally:
        if len(swaps) == 2:
            assert all(path.startswith("events/") for path in swaps[0]), "archive-wide files came early"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_give_the_bytes_of_a_full_build(tmp_path, seed):
    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    output = tmp_path / "output"
    scans = FolderScans()
    assert rebuild(content, output, scans) is not None
    edits = Edits(content, random.Random(seed))
    last_good = pages_tree(output)
    for step in range(30):
        touched = edits.random()
        scans.forget(content, [Path(os.path.abspath(path)) for path in touched])
        open_page = f"events/{edits.rng.choice(edits.folders()).name}/index.html"  # made first, the other events after
        try:  # a quarter of the edits' other events or archive-wide files given up for the next edit, whose build makes them
            result = rebuild(content, output, scans, give_up=edits.rng.random() < 0.25, open_page=open_page)
        except Cancelled:
            last_good = pages_tree(output)
            continue
        expected = full_build(content, tmp_path / "full")
        if expected is None:
            assert result is None, f"step {step}: the full build fails, the rebuild did not"
            assert pages_tree(output) == last_good, f"step {step}: a failed build changed the output"
            continue
        assert result is not None, f"step {step}: the rebuild failed after {touched}"
        now = pages_tree(output)
        assert now == expected, f"step {step}: differs from a full build after {touched}"
        assert set(result.changed) == {p for p in now.keys() | last_good.keys() if now.get(p) != last_good.get(p)}, (
            f"step {step}: the changed paths reported are not the ones that changed"
        )
        last_good = now


def test_a_source_edit_reads_that_events_files_only_and_rewrites_only_what_changed(tmp_path, monkeypatch):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output, search=False)
    reads: list[Path] = []
    real_read = discover_module._read
    monkeypatch.setattr(discover_module, "_read", lambda path, *rest: reads.append(Path(path)) or real_read(path, *rest))
    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nOfficials counted 7,500 cyclists on Sunday.\n", encoding="utf-8")

    result = build(content, output, search=False)

    assert reads and all(path.parent == source.parent for path in reads)
    assert all(not path.startswith("events/harbour-bridge-reopens/") for path in result.changed)
    assert "events/raw-only/sources/second/index.html" in result.changed


def test_a_template_change_rewrites_only_the_pages_whose_bytes_it_changes(tmp_path):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output, search=False)
    template = content.parent / "templates" / "source.html"
    template.parent.mkdir()
    template.write_text((builtin_theme() / "source.html").read_text(encoding="utf-8").replace("<h1>", "<h1 class='x'>"))

    result = build(content, output, search=False)

    assert result.changed
    assert all("/sources/" in path and path.endswith("/index.html") for path in result.changed)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_a_css_change_changes_only_the_stylesheet(tmp_path):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output, search=False)
    stylesheet = content.parent / "templates" / "static" / "style.css"
    stylesheet.parent.mkdir(parents=True)
    stylesheet.write_text("body { color: teal }\n")

    assert build(content, output, search=False).changed == ("static/style.css",)


def test_a_template_change_analyses_no_event_and_a_stylesheet_change_renders_nothing(tmp_path, monkeypatch):
    content = copy_site("small", tmp_path)
    for path in content.rglob("*"):  # saved long ago: the cache trusts their stat at once
        os.utime(path, (1_000_000_000, 1_000_000_000))
    output = tmp_path / "output"
    build(content, output, search=False, jobs=1)
    calls: list[str] = []
    for name in ("load_event", "render_event_files", "render_archive_files"):
        real = getattr(pipeline, name)
        monkeypatch.setattr(pipeline, name, lambda *args, real=real, name=name, **kwargs: calls.append(name) or real(*args, **kwargs))
    templates = content.parent / "templates"
    (templates / "static").mkdir(parents=True)
    (templates / "event.html").write_text((builtin_theme() / "event.html").read_text(encoding="utf-8").replace("<h1", "<h1 class='x'", 1))

    build(content, output, search=False, jobs=1)
    assert [c for c in calls if c != "render_archive_files"] == ["render_event_files"] * len(list((content / "events").iterdir())), (
        "an event was analysed again")

    calls.clear()
    (templates / "static" / "style.css").write_text("body { color: teal }\n")
    assert build(content, output, search=False, jobs=1).changed == ("static/style.css",)
    assert calls == []
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_an_event_edit_swaps_in_the_events_files_first_then_the_archive_wide_ones(tmp_path):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output, search=False)
    old_index = (output / "index.html").read_bytes()
    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("the", "a", 1), encoding="utf-8")
    swaps: list[tuple[tuple[str, ...], dict[str, bytes]]] = []

    result = build(content, output, search=False, swapped=lambda changed: swaps.append((changed, pages_tree(output))))

    [(first, on_disk), (then, _)] = swaps
    assert first and all(path.startswith("events/raw-only/") for path in first)
    assert on_disk["index.html"] == old_index and on_disk[first[0]] == pages_tree(output)[first[0]]
    assert "index.html" in then or "atom.xml" in then
    assert set(result.changed) == set(first) | set(then)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_a_build_leaves_the_collector_as_it_found_it(tmp_path):
    """serve builds again and again in one process: a build's rarer young collections and its frozen records end
    with it, whether it wrote the site or failed (here in an event's file, once the records are loaded)."""
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    thresholds = gc.get_threshold()
    build(content, output, search=False)
    assert (gc.get_threshold(), gc.get_freeze_count()) == (thresholds, 0)
    source = next((content / "events").glob("*/*.txt"))
    source.write_bytes(bytes(range(256)) * 8)

    with pytest.raises(BuildError):
        build(content, output, search=False)

    assert (gc.get_threshold(), gc.get_freeze_count()) == (thresholds, 0)

def test_a_template_error_names_the_template_line_and_keeps_the_site(tmp_path):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output, search=False)
    before = pages_tree(output)
    template = content.parent / "templates" / "event.html"
    template.parent.mkdir()
    template.write_text('{% extends "base.html" %}\n{% block main %}\n{{ event.title }\n{% endblock %}\n')

    with pytest.raises(BuildError) as failed:
        build(content, output, search=False)

    assert {str(p).split(": ")[0] for p in failed.value.problems} == {"templates/event.html:3"}
    assert pages_tree(output) == before
    template.unlink()
    build(content, output, search=False)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_the_search_index_left_behind_is_remade_by_the_next_build_with_search(tmp_path):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output)
    entry = output / "pagefind" / "0" / "pagefind-entry.json"
    indexed = entry.read_bytes()
    (content / "events/raw-only/third.txt").write_text(
        "Ferry service resumes\n\nThe ferry service resumed on Monday, the operator said.\n", encoding="utf-8"
    )

    assert "pagefind/0/pagefind-entry.json" not in build(content, output, search=False).changed
    assert entry.read_bytes() == indexed
    assert build(content, output, search=False).changed == ()
    assert "pagefind/0/pagefind-entry.json" in build(content, output).changed


def test_an_edit_renders_only_the_site_feed_documents_that_hold_the_edited_event(tmp_path, monkeypatch):
    from site_builder import feeds

    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    with (content / "site.toml").open("a", encoding="utf-8") as settings:
        settings.write("feed_size = 1\n")  # one event a document: the site feeds are a subscription and archives
    output = tmp_path / "output"
    build(content, output, search=False)
    rendered: list[tuple[str, tuple[str, ...]]] = []
    for format, write in feeds._WRITERS.items():
        monkeypatch.setitem(feeds._WRITERS, format, lambda config, document, format, write=write: (
            rendered.append((document.path(format), tuple(item.url for item in document.items))),
            write(config, document, format))[1])
    (content / "events/raw-only/event.md").write_text("---\nsummary: Snow closes the pass.\n---\n", encoding="utf-8")

    build(content, output, search=False)

    site_documents = [(path, urls) for path, urls in rendered if not path.startswith("events/")]
    assert site_documents, "the edited event's entry changed: its documents are rendered again"
    assert all(any("/events/raw-only/" in url for url in urls) for _, urls in site_documents), site_documents
    assert len(site_documents) < len([p for p in pages_tree(output) if p.endswith((".xml", ".json")) and p.count("/") <= 1 and "sitemap" not in p])
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def built_recording_archive_pages(tmp_path: Path, monkeypatch) -> tuple[Path, Path, list[str]]:
    """The small site with the bundled events, built; then the archive-wide pages rendered are listed."""
    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    output = tmp_path / "output"
    build(content, output, search=False)
    rendered: list[str] = []
    real = pipeline.render_archive_page
    monkeypatch.setattr(pipeline, "render_archive_page", lambda page, env: rendered.append(page.path) or real(page, env))
    return content, output, rendered


def test_an_edit_renders_only_the_archive_pages_that_show_what_it_changed(tmp_path, monkeypatch):
    content, output, rendered = built_recording_archive_pages(tmp_path, monkeypatch)
    listing_it = {path for path, data in pages_tree(output).items()
                  if path.endswith(".html") and not path.startswith("events/") and b"events/raw-only/" in data}
    (content / "events/raw-only/event.md").write_text("---\nsummary: Snow closes the pass.\n---\n", encoding="utf-8")

    result = build(content, output, search=False)

    assert listing_it and set(rendered) == listing_it, "the pages that list the event, and only those, are made again"
    assert {p for p in result.changed if p.endswith(".html") and not p.startswith("events/")} == listing_it
    assert pages_tree(output) == full_build(content, tmp_path / "full")

    rendered.clear()
    (content / "events/raw-only/event.md").write_text("---\nsummary: Snow closes the pass.\n---\n\nThe editor's note.\n",
                                                      encoding="utf-8")
    build(content, output, search=False)
    assert rendered == [], "the editor's note is on no archive-wide page"
    assert pages_tree(output) == full_build(content, tmp_path / "full")

    rendered.clear()
    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nOfficials counted 7,500 cyclists on Sunday.\n", encoding="utf-8")
    build(content, output, search=False)
    assert rendered == [], "an article's text is on no archive-wide page"
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_an_edit_judges_the_archive_pages_by_what_they_read_of_the_edited_event_alone(tmp_path, monkeypatch):
    from site_builder import headlines

    content, output, rendered = built_recording_archive_pages(tmp_path, monkeypatch)
    judged: list[set[str]] = []
    digested: list[str] = []
    real_same, real_digest = headlines.PageReads.reads_the_same, headlines.PageReads.digest
    monkeypatch.setattr(headlines.PageReads, "reads_the_same", lambda self, events, before, now: (
        judged.append(set(events)), real_same(self, events, before, now))[1])
    monkeypatch.setattr(headlines.PageReads, "digest", lambda self, summaries: (
        digested.append(self), real_digest(self, summaries))[1])
    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nOfficials counted 7,500 cyclists on Sunday.\n", encoding="utf-8")

    build(content, output, search=False)

    assert {"raw-only"} in judged and all(events <= {"raw-only"} for events in judged), "pages judged by the values of other events"
    assert len(digested) == len(rendered), "a page's reads were all digested again, though the edited event's values were known"
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_a_source_title_edit_makes_again_only_the_pages_that_show_sources_not_those_that_count_them(tmp_path, monkeypatch):
    content, output, rendered = built_recording_archive_pages(tmp_path, monkeypatch)
    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Mountain pass shut by snow", "Mountain pass shut", 1),
                      encoding="utf-8")

    build(content, output, search=False)

    pages = {path: data for path, data in pages_tree(output).items() if path.endswith(".html") and not path.startswith("events/")}
    assert set(rendered) == {path for path, data in pages.items() if b"Mountain pass shut</a>" in data}, (
        "the pages listing the source's title, and only those, are made again")
    assert any(b"events/raw-only/" in data for data in pages.values()), "the event's card (its source count) is on a page"
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_archive_wide_files_given_up_are_made_by_the_next_build(tmp_path):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output, search=False)
    before = pages_tree(output)
    (content / "events/raw-only/event.md").write_text("---\ntitle: Snow closes the pass\n---\n", encoding="utf-8")

    with pytest.raises(Cancelled):
        rebuild(content, output, give_up=True)

    now = pages_tree(output)
    assert b"Snow closes the pass" in now["events/raw-only/index.html"]
    assert [path for path in now if now[path] != before.get(path) and not path.startswith("events/")] == []
    listing_it = [path for path in build(content, output, search=False).changed if path.endswith(".html")]
    assert listing_it and all(b"Snow closes the pass" in (output / path).read_bytes() for path in listing_it)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_archive_wide_files_are_given_up_before_their_plan_reads_the_events_summaries(tmp_path, monkeypatch):
    from site_builder import cache

    content, output, rendered = built_recording_archive_pages(tmp_path, monkeypatch)
    (content / "events/raw-only/event.md").write_text("---\ntitle: Snow closes the pass\n---\n", encoding="utf-8")
    swaps: list[tuple[str, ...]] = []
    read: list[str] = []
    real = cache.BuildCache.get_many
    monkeypatch.setattr(cache.BuildCache, "get_many", lambda self, table, keys: (
        read.append(table) if swaps else None, real(self, table, keys))[1])

    with pytest.raises(Cancelled):
        build(content, output, search=False, swapped=swaps.append, cancelled=lambda: bool(swaps))

    assert len(swaps) == 1 and read == [] and rendered == [], "the plan went on after the save that gave it up"
    build(content, output, search=False)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_a_page_is_given_up_between_loading_its_events_and_rendering_it(tmp_path, monkeypatch):
    from site_builder import rebuild as rebuild_module

    content, output, rendered = built_recording_archive_pages(tmp_path, monkeypatch)
    before = pages_tree(output)
    (content / "events/raw-only/event.md").write_text("---\ntitle: Snow closes the pass\n---\n", encoding="utf-8")
    loaded: list[int] = []
    real = rebuild_module.preload
    monkeypatch.setattr(rebuild_module, "preload", lambda events, load: (real(events, load), loaded.append(len(events))))
    swaps: list[tuple[str, ...]] = []

    with pytest.raises(Cancelled):
        build(content, output, search=False, swapped=swaps.append, cancelled=lambda: bool(loaded))

    assert loaded == [loaded[0]] and rendered == [], "the page whose events were loaded was rendered all the same"
    assert gc.get_freeze_count() == 0, "the build left objects out of the collector's reach"
    now = pages_tree(output)
    assert b"Snow closes the pass" in now["events/raw-only/index.html"]
    assert [path for path in now if now[path] != before.get(path) and not path.startswith("events/")] == []
    build(content, output, search=False)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_a_source_edit_converts_that_file_again_and_reads_its_days_and_figures_and_no_others(tmp_path, monkeypatch):
    from site_builder import convert, facts

    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    output = tmp_path / "output"
    build(content, output, search=False, jobs=1)
    converted: list[str] = []
    real = convert._convert
    monkeypatch.setattr(convert, "_convert", lambda reading, shared: converted.append(reading.text) or real(reading, shared))
    read: list[str] = []
    figures = facts.find_quantities
    monkeypatch.setattr(facts, "find_quantities", lambda sentence: read.append(sentence) or figures(sentence))
    [event] = [folder for folder in (content / "events").iterdir() if len(list(folder.glob("*.txt"))) > 2]
    source = sorted(event.glob("*.txt"))[1]
    text = source.read_text(encoding="utf-8")
    first_paragraph_end = text.index(".\n\n", text.index("\n\n", text.index("\n\n") + 2)) + 1
    source.write_text(text[:first_paragraph_end] + " Officials said 3,400 vehicles crossed the bridge on the first day."
                      + text[first_paragraph_end:], encoding="utf-8")

    build(content, output, search=False, jobs=1)

    assert len(converted) == 1 and "3,400 vehicles crossed the bridge on the first day" in converted[0]
    assert len({sentence.source for sentence in read}) == 1
    assert any("3,400 vehicles crossed the bridge on the first day" in sentence.text for sentence in read)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_a_search_given_up_leaves_the_site_as_it_was_and_the_next_build_with_search_completes_it(tmp_path):
    from site_builder.search import Cancelled

    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output)
    (content / "events/raw-only/third.txt").write_text(
        "Ferry service resumes\n\nThe ferry service resumed on Monday, the operator said.\n", encoding="utf-8"
    )
    build(content, output, search=False)
    before = tree(output)

    with pytest.raises(Cancelled):
        build(content, output, cancelled=lambda: True)

    assert tree(output) == before
    result = build(content, output)
    assert "pagefind/0/pagefind-entry.json" in result.changed
    full = tmp_path / "full"
    build(content, full, use_cache=False)
    assert tree(output) == tree(full)


def test_the_build_right_after_an_edit_is_followed_by_a_no_op_that_loads_no_event(tmp_path, monkeypatch):
    from site_builder import rebuild as rebuild_module

    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    build(content, output, search=False, jobs=1)
    source = content / "events/raw-only/second.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nThe ferry carried 80 passengers on Monday.\n", encoding="utf-8")
    build(content, output, search=False, jobs=1)  # within RACY_SECONDS of the edit: the file's record is racy
    made: list[str] = []
    real = rebuild_module._made_event
    monkeypatch.setattr(rebuild_module, "_made_event", lambda context, listing: made.append(listing.slug) or real(context, listing))

    result = build(content, output, search=False, jobs=1)

    assert made == [] and result.changed == ()


def test_a_file_changed_within_its_mtime_tick_after_a_build_is_built_again(tmp_path):
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    source = content / "events/raw-only/second.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(text + "\nWorkers laid 60 metres of track on Tuesday.\n", encoding="utf-8")
    written = source.stat()
    build(content, output, search=False, jobs=1)
    # same size, same inode, the same mtime put back: only the bytes tell the change
    source.write_text(text + "\nWorkers laid 90 metres of track on Tuesday.\n", encoding="utf-8")
    os.utime(source, ns=(written.st_atime_ns, written.st_mtime_ns))
    assert (source.stat().st_size, source.stat().st_ino) == (written.st_size, written.st_ino)

    build(content, output, search=False, jobs=1)

    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_an_aliases_edit_finds_again_and_renders_again_only_the_events_whose_names_it_changes(tmp_path, monkeypatch):
    from site_builder import facts, pipeline

    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    aliases = content / "aliases.toml"
    shutil.copy(BUNDLED_CONTENT / "aliases.toml", aliases)
    output = tmp_path / "output"
    build(content, output, search=False, jobs=1)
    before = pages_tree(output)
    found_for: list[tuple[str, ...]] = []
    real = facts.find_facts
    monkeypatch.setattr(facts, "find_facts", lambda sources, *rest: found_for.append(tuple(s.id for s in sources)) or real(sources, *rest))
    rendered: list[str] = []
    render = pipeline.render_event_files
    monkeypatch.setattr(pipeline, "render_event_files", lambda archive, event, *rest: rendered.append(event.slug) or render(archive, event, *rest))
    kyiv = next(folder for folder in (content / "events").iterdir() if "Kyiv" in "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.txt")))

    # The house spelling of a name one event's sources use turned round, and an entry no source's names hold.
    aliases.write_text(aliases.read_text(encoding="utf-8").replace('"Kyiv" = ["Kiev"]', '"Kiev" = ["Kyiv"]')
                       + '"Plaza Mayor" = ["Main Square of the Old Town"]\n', encoding="utf-8")
    build(content, output, search=False, jobs=1)

    assert len(found_for) == 1 and len(found_for[0]) == len(list(kyiv.glob("*.txt")))
    assert rendered == [kyiv.name]  # the other events' pages are kept: no name of theirs changed its spelling
    now = pages_tree(output)
    assert now[f"events/{kyiv.name}/index.html"] != before[f"events/{kyiv.name}/index.html"]
    assert now == full_build(content, tmp_path / "full")

    found_for.clear()  # an entry no analysis asked about: nothing found again, nothing rendered again
    rendered.clear()
    aliases.write_text(aliases.read_text(encoding="utf-8") + '"Grand Hotel" = ["Hotel Grande"]\n', encoding="utf-8")
    build(content, output, search=False, jobs=1)
    assert found_for == [] and rendered == []
    assert pages_tree(output) == now

    rendered.clear()
    shutil.copy(BUNDLED_CONTENT / "aliases.toml", aliases)  # the file as it was: the first site's bytes
    build(content, output, search=False, jobs=1)
    assert rendered == [kyiv.name]
    assert pages_tree(output) == before == full_build(content, tmp_path / "full")
