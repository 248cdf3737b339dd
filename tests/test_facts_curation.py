"""The curator's word in event.md: pinned facts (quotes verified), hidden and relabelled facts, house spelling."""
from __future__ import annotations

import json

import pytest

from site_builder.cli import main
from site_builder.discover import read_event_folder
from site_builder.facts import Found
from site_builder.facts.aliases import load_aliases
from site_builder.pipeline import build, load_event

from .conftest import copy_site
from .facts_expectations import analysed_event

EVENT_MD = """---
title: Earthquake in southern Peru
pin:
  - id: number-death-toll
    kind: number
    label: death toll on Monday evening
    value: "45"
    citations:
      - source: pacific-times.txt
        quote: "The death toll from the 7.1-magnitude earthquake that hit southern Peru on Sunday night has risen to 45"
  - kind: claim
    label: roads
    value: Landslides blocked the main road into the valley.
    citations:
      - source: mountain-news.txt
        quote: Landslides blocked the main road into the valley,
hide: [number-villages]
relabel:
  organization-igp: Peru's geophysical institute
spelling:
  Rosa Huamán: [Rosa Huaman]
---

The curator's note.
"""


@pytest.fixture()
def curated(tmp_path):
    content = copy_site("facts", tmp_path)
    (content / "events/peru-earthquake/event.md").write_text(EVENT_MD, encoding="utf-8")
    return content


def test_curated_facts_win_and_are_marked(curated):
    event = analysed_event(curated, "peru-earthquake")
    facts = {f.id: f for f in event.facts}
    toll = facts["number-death-toll"]
    assert toll.curated and toll.value == "45" and toll.label == "death toll on Monday evening"
    assert [c.source for c in toll.citations] == ["s4"]
    assert facts["pinned-roads"].curated and facts["pinned-roads"].kind == "claim"
    assert "number-villages" not in facts
    assert facts["organization-igp"].label == "Peru's geophysical institute" and facts["organization-igp"].curated
    assert facts["person-rosa-huaman"].value == "Rosa Huamán"
    assert event.title == "Earthquake in southern Peru"


def test_curated_facts_reach_facts_json_and_the_page(curated, tmp_path):
    build(curated, tmp_path / "out")
    data = json.loads((tmp_path / "out/events/peru-earthquake/facts.json").read_text(encoding="utf-8"))
    pinned = next(f for f in data["facts"] if f["id"] == "number-death-toll")
    assert pinned["curated"] is True and pinned["citations"][0]["source"] == "s4"
    page = (tmp_path / "out/events/peru-earthquake/index.html").read_text(encoding="utf-8")
    assert 'id="fact-number-death-toll"' in page and "curated" in page and "The curator's note." in page


def test_a_pinned_quote_not_in_the_source_fails_the_build_naming_event_md_and_line(curated, tmp_path, capsys):
    event_md = curated / "events/peru-earthquake/event.md"
    event_md.write_text(EVENT_MD.replace("has risen to 45", "has risen to 54"), encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out/keep.html").write_text("previous site", encoding="utf-8")
    assert main(["build", "--content", str(curated), "--output", str(tmp_path / "out")]) == 1
    error = capsys.readouterr().err
    assert "events/peru-earthquake/event.md:10: pinned fact 1 ('death toll on Monday evening'): quote not found" in error
    assert (tmp_path / "out/keep.html").read_text(encoding="utf-8") == "previous site"


@pytest.mark.parametrize(
    "front, message",
    [
        ("pin:\n  - kind: rumour\n    label: x\n    value: y\n    citations: [{source: s1, quote: z}]\n", "kind must be one of"),
        ("pin:\n  - label: x\n    value: y\n    citations: [{source: nowhere.txt, quote: z}]\n", "not a source of this event"),
        ("pin:\n  - label: x\n    value: y\n", "needs citations"),
        ("hide: {a: b}\n", "'hide' must be a list of fact ids"),
        ("relabel: [a]\n", "'relabel' must map fact ids to labels"),
        ("spelling: {Kyiv: 3}\n", "must list other spellings"),
    ],
)
def test_bad_curation_is_reported_not_ignored(curated, tmp_path, capsys, front, message):
    (curated / "events/peru-earthquake/event.md").write_text(f"---\n{front}---\n", encoding="utf-8")
    assert main(["build", "--content", str(curated), "--output", str(tmp_path / "out")]) == 1
    assert message in capsys.readouterr().err


def test_a_mistyped_fact_id_in_hide_or_relabel_is_a_warning_naming_event_md_and_line(curated, tmp_path, capsys):
    event_md = curated / "events/peru-earthquake/event.md"
    event_md.write_text(
        EVENT_MD.replace("hide: [number-villages]", "hide: [number-villages, number-vilages]")
        .replace("  organization-igp:", "  organisation-igp: Peru's institute\n  organization-igp:"),
        encoding="utf-8",
    )
    assert main(["build", "--content", str(curated), "--output", str(tmp_path / "out")]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "no fact has the id" in line]
    assert warnings == [
        "events/peru-earthquake/event.md:17: warning: hide: no fact has the id 'number-vilages' (see facts.json for the ids)",
        "events/peru-earthquake/event.md:19: warning: relabel: no fact has the id 'organisation-igp' (see facts.json for the ids)",
    ]


class _KeptInMemory(dict):
    """A StageCache (the build cache's part the stages see) in a dict: one entry per key."""

    def get(self, key: tuple) -> object | None:  # type: ignore[override]
        return super().get(repr(key))

    def put(self, key: tuple, value: object) -> None:
        self[repr(key)] = value

    def found(self) -> int:
        """The entries of what an event's sources say (not those of one source's days and figures)."""
        return sum(isinstance(value, Found) for value in self.values())


def test_what_the_sources_say_is_found_once_whatever_the_curator_changes_and_gives_the_same_event(curated):
    event_md = curated / "events/peru-earthquake/event.md"
    aliases, _ = load_aliases(curated)
    cache = _KeptInMemory()

    def analysed(text: str):
        event_md.write_text(text, encoding="utf-8")
        folder, _ = read_event_folder(curated, "peru-earthquake")
        kept = load_event(folder, aliases, cache=cache)
        assert kept == load_event(folder, aliases), "not the event analysed anew"
        return kept[0]

    analysed(EVENT_MD)
    assert cache.found() == 1
    recurated = (EVENT_MD.replace("title: Earthquake in southern Peru", "title: The Peru earthquake")
                 .replace("hide: [number-villages]", "hide: []").replace("The curator's note.", "A longer note."))
    event = analysed(recurated)
    assert cache.found() == 1, "the sources were analysed again for a change of the curator's word"
    assert event.title == "The Peru earthquake" and "number-villages" in {f.id for f in event.facts}
    analysed(recurated.replace("Rosa Huamán: [Rosa Huaman]", "Rosa Huaman: [Rosa Huamán]"))
    assert cache.found() == 2, "a spelling of the event's is what the sources say, found again"
