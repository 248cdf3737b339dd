"""serve's fast render, as `build` does it for serve: after a template save, the events with an open page
are made and swapped in first, beside the previous files of the others, which are made after (or given up
for the next save); the site is then byte for byte a full build's, and a stale event's files rendered on
demand meanwhile are the ones the build writes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from site_builder.pipeline import build
from site_builder.problems import BuildError
from site_builder.rebuild import ARCHIVE_UNIT, Stale
from site_builder.search import Cancelled
from site_builder.theme import builtin_theme

from .conftest import BUNDLED_CONTENT, copy_site, pages_tree
from .test_incremental import full_build

OPEN = "events/raw-only/index.html"


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path]:
    """Three events, built as serve's first build leaves them."""
    content = copy_site("small", tmp_path)
    shutil.copytree(BUNDLED_CONTENT / "events", content / "events", dirs_exist_ok=True)
    output = tmp_path / "output"
    build(content, output, search=False)
    return content, output


def save_template(content: Path, name: str, text: str | None = None) -> None:
    path = content.parent / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    original = (builtin_theme() / name).read_text(encoding="utf-8")
    end = "</body>" if name == "base.html" else "</article>"
    assert end in original
    path.write_text(text if text is not None else original.replace(end, f"<p>fast render</p>{end}", 1), encoding="utf-8")


def slugs(output: Path) -> list[str]:
    return sorted(folder.name for folder in (output / "events").iterdir())


def test_a_template_save_swaps_the_open_pages_event_in_first_and_ends_as_a_full_build(built, tmp_path):
    content, output = built
    before = pages_tree(output)
    others = [slug for slug in slugs(output) if slug != "raw-only"]
    save_template(content, "base.html")  # every page: each event's, and the archive-wide ones
    told: list[Stale] = []
    swaps: list[tuple[tuple[str, ...], dict[str, bytes]]] = []
    on_demand: dict[str, dict[str, bytes] | None] = {}

    def swapped(changed: tuple[str, ...]) -> None:
        swaps.append((changed, pages_tree(output)))
        if len(swaps) == 1:  # as a request for a stale page would, while the others are being made
            on_demand.update((slug, told[-1].render(slug)) for slug in others)  # type: ignore[misc]

    result = build(content, output, search=False, swapped=swapped, stale=told.append, open_pages=lambda: {OPEN})

    (first, shown), *_ = swaps
    assert first and all(path.startswith("events/raw-only/") for path in first)
    final = pages_tree(output)
    assert shown[OPEN] == final[OPEN] != before[OPEN]
    assert all(shown[path] == before[path] for path in shown if not path.startswith("events/raw-only/")), (
        "the first swap changed a file beside the open page's event")
    assert told[0].units == frozenset(others) | {ARCHIVE_UNIT}
    assert told[0].holds(f"events/{others[0]}/index.html") and told[0].holds("index.html") and not told[0].holds(OPEN)
    assert told[-1] == Stale(), "the last swap leaves nothing stale"
    for slug in others:
        files = on_demand[slug]
        assert files, f"{slug}: not rendered on demand"
        assert files == {
            path: data for path, data in final.items() if path.startswith(f"events/{slug}/")}, (
            f"{slug}: rendered on demand differs from what the build wrote")
    assert final == full_build(content, tmp_path / "full")
    assert set(result.changed) == {path for path in final if final[path] != before.get(path)}
    assert build(content, output, search=False).changed == (), "the cache does not know what the output holds"


def test_the_rest_given_up_for_the_next_save_is_made_by_its_build(built, tmp_path):
    content, output = built
    before = pages_tree(output)
    save_template(content, "source.html")
    swaps: list[tuple[str, ...]] = []

    with pytest.raises(Cancelled):
        build(content, output, search=False, swapped=swaps.append, cancelled=lambda: bool(swaps), open_pages=lambda: {OPEN})

    assert len(swaps) == 1
    now = pages_tree(output)
    changed = {path for path in now if now[path] != before.get(path)}
    assert changed and all(path.startswith("events/raw-only/sources/") for path in changed)
    save_template(content, "event.html")  # the next save
    build(content, output, search=False, open_pages=lambda: {OPEN}, swapped=lambda changed: None)
    assert pages_tree(output) == full_build(content, tmp_path / "full")


def test_a_template_error_met_after_the_open_pages_swap_puts_the_previous_site_back(built):
    content, output = built
    before = pages_tree(output)
    original = (builtin_theme() / "event.html").read_text(encoding="utf-8")
    # An error only another event meets: the open page's event renders, then the others fail.
    save_template(content, "event.html", original.replace(
        "</article>", "<p>mark</p>{% if event.slug != 'raw-only' %}{% include 'missing.html' %}{% endif %}</article>", 1))
    swaps: list[tuple[str, ...]] = []
    told: list[Stale] = []

    with pytest.raises(BuildError) as failed:
        build(content, output, search=False, swapped=swaps.append, stale=told.append, open_pages=lambda: {OPEN})

    assert len(swaps) == 2, "the open page's event went in first, then the previous site came back"
    lines = {str(problem) for problem in failed.value.problems}
    assert lines and all(line.startswith("templates/event.html:") and "\n" not in line for line in lines), lines
    assert pages_tree(output) == before
    assert told[-1] == Stale()
    shutil.rmtree(content.parent / "templates")
    assert build(content, output, search=False).changed == ()


def test_a_save_waiting_when_the_open_pages_event_is_in_leaves_the_others_to_its_build(built, tmp_path, monkeypatch):
    from site_builder import rebuild

    content, output = built
    for number in range(4):  # enough events for worker processes to make the others
        folder = content / "events" / f"extra-{number}"
        folder.mkdir()
        (folder / "report.txt").write_text(f"Extra report {number}\n\nThe 12 ministers met the mayor on Friday.\n\n"
                                           "Officials said 3,400 vehicles crossed the bridge.\n", encoding="utf-8")
        (folder / "event.md").write_text(f"---\ntitle: Extra event {number}\ndate: 2024-0{number + 1}-11\n---\n")
    build(content, output, search=False)
    save_template(content, "source.html")
    made: list[str] = []
    real = rebuild._Build._remember
    monkeypatch.setattr(rebuild._Build, "_remember",
                        lambda self, outcomes: made.extend(o.slug for o in outcomes) or real(self, outcomes))
    swaps: list[tuple[str, ...]] = []

    with pytest.raises(Cancelled):
        build(content, output, search=False, jobs=2, swapped=swaps.append, cancelled=lambda: bool(swaps),
              open_pages=lambda: {OPEN})

    assert made == ["raw-only"], "the others were made for a build already given up"
    build(content, output, search=False)
    assert pages_tree(output) == full_build(content, tmp_path / "full")
