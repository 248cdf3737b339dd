"""The fact box of whole events, against what an editor would box (tests/facts_expectations.py).

The seed event and two events of our own (an earthquake whose sources disagree on the toll and the
magnitude; a cup final whose sources give no publication date) check that each expected fact is found,
cites exactly the sources that state it, and that disagreements are conflicts; and, over every fact,
that each quote is verbatim and holds the value it is cited for.
"""
from __future__ import annotations

import json

import pytest

from site_builder.facts import quote_in_body
from site_builder.pipeline import build

from .conftest import BUNDLED_CONTENT, FIXTURES
from .facts_expectations import (
    CUP_FINAL,
    EARTHQUAKE,
    SEED,
    analysed_event,
    found,
    score,
    seed_content,
    states_its_value,
)


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    return analysed_event(seed_content(BUNDLED_CONTENT, tmp_path_factory.mktemp("seed")), "nato-chief-visits-kyiv")


@pytest.fixture(scope="module")
def earthquake():
    return analysed_event(FIXTURES / "facts", "peru-earthquake")


@pytest.fixture(scope="module")
def cup_final():
    return analysed_event(FIXTURES / "facts", "northern-cup-final")


CASES = [("seed", SEED), ("earthquake", EARTHQUAKE), ("cup_final", CUP_FINAL)]


@pytest.mark.parametrize("name, expectations", CASES, ids=[c[0] for c in CASES])
def test_every_fact_an_editor_would_box_is_found_citing_exactly_its_sources(name, expectations, request):
    event = request.getfixturevalue(name)
    hits, exact, misses = score(expectations, event)
    assert (hits, exact) == (len(expectations), len(expectations)), "\n".join(misses)


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_every_citation_is_verbatim_and_states_the_value_it_is_cited_for(name, request):
    event = request.getfixturevalue(name)
    bodies = {s.id: s.article.body for s in event.sources}
    assert event.facts
    for fact in event.facts:
        assert fact.citations, fact.id
        for citation in fact.citations:
            assert quote_in_body(citation.quote, bodies[citation.source]), (fact.id, citation)
            assert states_its_value(fact, citation.quote, citation.value), (fact.id, citation)


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_statuses_follow_the_citations(name, request):
    for fact in request.getfixturevalue(name).facts:
        sources = {c.source for c in fact.citations}
        if fact.status == "single-source":
            assert len(sources) == 1, fact.id
        elif fact.status == "agreed":
            assert len(sources) > 1 and not any(c.disagrees for c in fact.citations), fact.id
        else:
            assert any(c.disagrees for c in fact.citations), fact.id


def test_the_seed_event_is_dated_by_its_sources_and_placed_in_kyiv(seed):
    assert seed.date == "2023-04-20"
    assert seed.place and "Kyiv" in seed.place and "St Michael's Square" in seed.place


def test_spelling_variants_are_one_fact_said_also_spelled(seed):
    zelensky = found(SEED[4], seed)
    assert zelensky is not None and zelensky.status == "agreed"
    assert {"Volodymyr Zelenskiy", "Volodímir Zelenski"} <= set(zelensky.variants)
    square = found(SEED[2], seed)
    assert square is not None and "Plaza San Miguel" in square.variants


def test_no_weekday_and_no_organisation_is_filed_as_a_person(seed, earthquake, cup_final):
    for event in (seed, earthquake, cup_final):
        people = [f.value for f in event.facts if f.kind == "person"]
        organisations = [f.value for f in event.facts if f.kind == "organization"]
        places = [f.value for f in event.facts if f.kind == "place"]
        assert not set(people) & (set(organisations) | set(places))
        assert not any(day in " ".join(people) for day in ("Monday", "Thursday", "Friday", "Sunday"))
        assert "NATO" not in people and "Kremlin" not in people


def test_an_event_without_publication_dates_still_gets_a_fact_box_with_the_date_unknown(cup_final, tmp_path):
    assert cup_final.date is None
    assert not any(f.kind == "date" for f in cup_final.facts)
    assert len(cup_final.facts) >= 10
    build(FIXTURES / "facts", tmp_path / "out")
    page = (tmp_path / "out/events/northern-cup-final/index.html").read_text(encoding="utf-8")
    assert "Unknown: no source dates the event" in page


def test_the_earthquake_is_dated_from_the_days_the_sources_name(earthquake):
    date = next(f for f in earthquake.facts if f.kind == "date")
    assert earthquake.date == "2024-09-15" and date.status == "agreed"
    # mountain-news has no publication date: its "Sunday night" is cited because it fits, not dated alone
    assert {c.source for c in date.citations} == {s.id for s in earthquake.sources}


def test_facts_json_keeps_the_contract(tmp_path):
    build(FIXTURES / "facts", tmp_path / "out")
    data = json.loads((tmp_path / "out/events/peru-earthquake/facts.json").read_text(encoding="utf-8"))
    assert set(data) == {"event", "sources", "facts", "more_facts"}  # more_facts: README's compatible extension
    # where the minister told reporters: named in passing; how far from Arequipa the quake hit: where, not how big
    assert [f["value"] for f in data["more_facts"]] == ["Lima", "about 60 km"]
    assert data["event"]["date"] == "2024-09-15"
    ids = {s["id"] for s in data["sources"]}
    for fact in data["facts"] + data["more_facts"]:
        assert fact["kind"] in ("date", "place", "person", "organization", "number", "claim", "quote")
        assert fact["status"] in ("agreed", "conflict", "single-source")
        assert {"id", "kind", "label", "value", "status", "citations"} <= set(fact)
        assert all(c["source"] in ids and c["quote"] for c in fact["citations"])
