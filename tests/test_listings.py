"""Browse structure: index pagination and the pages per outlet, tag, person and place."""
from __future__ import annotations

from site_builder.config import SiteConfig
from site_builder.listings import browse_paths, index_pages, listing_slug, listings
from site_builder.model import Archive, Article, Citation, Event, EventMeta, Fact, Source


def event(slug: str, *, tags=(), outlets=(), place=None, facts=()) -> Event:
    sources = tuple(
        Source(id=f"s{n}", file=f"events/{slug}/{n}.txt", event=slug, slug=str(n), article=Article(title=None, body="x", outlet=outlet))
        for n, outlet in enumerate(outlets, start=1)
    )
    return Event(slug=slug, meta=EventMeta(tags=tuple(tags)), sources=sources, title=slug, date=None, id=slug, place=place, facts=tuple(facts))


def archive(*events: Event, per_page: int = 20) -> Archive:
    return Archive(config=SiteConfig(events_per_page=per_page), events=events)


def test_index_pages_slice_the_events_in_order_and_link_each_other():
    pages = index_pages(archive(*(event(f"e{n}") for n in range(5)), per_page=2))
    assert [p.path for p in pages] == ["index.html", "page/2/index.html", "page/3/index.html"]
    assert [[e.slug for e in p.events] for p in pages] == [["e0", "e1"], ["e2", "e3"], ["e4"]]
    assert (pages[0].previous, pages[0].next) == (None, "page/2/index.html")
    assert (pages[2].previous, pages[2].next) == ("page/2/index.html", None)


def test_an_empty_archive_still_has_its_index_page():
    pages = index_pages(archive())
    assert [(p.path, p.events, p.count) for p in pages] == [("index.html", (), 1)]


def test_names_that_differ_in_case_or_accents_share_one_page_and_keep_event_order():
    found = listings(archive(event("new", tags=["Café"]), event("old", tags=["cafe", "Other"])))
    tags = {t.slug: (t.name, [e.slug for e in t.events]) for t in found["tag"]}
    assert tags == {"cafe": ("cafe", ["new", "old"]), "other": ("Other", ["old"])}
    assert found["tag"][0].path == "tags/cafe/index.html"


def test_outlet_pages_list_that_outlets_own_articles():
    found = listings(archive(event("a", outlets=["Coast Herald", "Daily"]), event("b", outlets=["Daily", None])))
    daily = next(o for o in found["outlet"] if o.name == "Daily")
    assert [e.slug for e in daily.events] == ["a", "b"]
    assert [(s.event, s.id) for s in daily.sources] == [("a", "s2"), ("b", "s1")]
    assert [o.name for o in found["outlet"]] == ["Coast Herald", "Daily"]


def test_an_outlet_pages_articles_per_event_are_its_articles_in_order_and_other_pages_have_none():
    two = event("c", outlets=["Daily", "Coast Herald", "Daily"])
    found = listings(archive(event("a", outlets=["Daily"]), two, event("b", outlets=["Daily"], tags=["x"])))
    daily = next(o for o in found["outlet"] if o.name == "Daily")
    assert [[(s.event, s.id) for s in daily.sources_of(e)] for e in daily.events] == [
        [("a", "s1")], [("c", "s1"), ("c", "s3")], [("b", "s1")]]
    assert [s for e in daily.events for s in daily.sources_of(e)] == list(daily.sources)
    assert found["tag"][0].sources_of(found["tag"][0].events[0]) == ()


def test_people_and_places_come_from_the_fact_box_and_a_conflict_files_every_side():
    person = Fact("p", "person", "visitor", "Jens Stoltenberg", "agreed", (Citation("s1", "q"),))
    place = Fact("w", "place", "where", "Kyiv / Lviv", "conflict", (Citation("s1", "q", "Kyiv"), Citation("s2", "q", "Lviv")))
    found = listings(archive(event("a", place="Ukraine", facts=[person, place])))
    assert [p.name for p in found["person"]] == ["Jens Stoltenberg"]
    assert [p.name for p in found["place"]] == ["Kyiv", "Lviv", "Ukraine"]


def test_a_name_without_latin_letters_gets_a_stable_slug():
    assert listing_slug("Київ") == listing_slug("Київ") != listing_slug("Харків")
    assert listing_slug("Київ").startswith("n-")


def test_browse_paths_name_every_listing_page_once():
    paths = browse_paths(archive(event("a", tags=["x"], outlets=["O"], place="P"), per_page=1))
    assert paths == [
        "index.html",
        "outlets/index.html",
        "outlets/o/index.html",
        "tags/index.html",
        "tags/x/index.html",
        "people/index.html",
        "places/index.html",
        "places/p/index.html",
    ]
