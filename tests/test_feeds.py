"""Feeds as feed readers see them: parsed with feedparser (the library most Python readers use),
JSON Feed with the json module, every document the build writes."""
from __future__ import annotations

import json
import shutil

import feedparser
import lxml.html
import pytest

from site_builder.cli import main

from .conftest import FIXTURES, tree
from .feedsites import (
    BASE_URL,
    RSS_TIME_WITH_OFFSET,
    TIME_WITH_OFFSET,
    SourceSpec,
    build,
    feed_files,
    follow_archives,
    html_links,
    is_absolute,
    raw_entry_contents,
    read_feed,
    url_path,
    write_event,
    write_site,
    write_source,
)

FIXTURE_ROOT = "https://fixture.example.org/archive/"


def test_fixture_feeds_parse_with_absolute_links_and_content_dates(tmp_path):
    output = build(FIXTURES / "small", tmp_path / "out")
    for name in ("atom.xml", "rss.xml", "feed.json"):
        feed = read_feed(output / name)
        assert len(feed.ids) == 2, "one entry per event"
        assert feed.links[0] == FIXTURE_ROOT + "events/harbour-bridge-reopens/", "newest event first"
    atom = feedparser.parse((output / "atom.xml").read_bytes())
    assert atom.entries[0].updated == "2024-03-02T18:30:00+01:00", "the source's own time and offset"
    assert atom.entries[0].published == "2024-03-02T18:30:00+01:00"
    for slug in ("harbour-bridge-reopens", "raw-only"):
        for name in ("atom.xml", "feed.json"):
            assert len(read_feed(output / "events" / slug / name).ids) == 2, "one entry per source"


@pytest.mark.parametrize("site", ["fixture", "archived", "bundled"])
def test_every_feed_document_is_complete_for_readers(site, tmp_path):
    """Entry counts, unique tag: ids, dates with zones, absolute links everywhere, self links right."""
    if site == "fixture":
        content, root = FIXTURES / "small", FIXTURE_ROOT
    elif site == "bundled":
        content, root = FIXTURES.parent.parent / "content", "https://archive.example.org/"
    else:
        content, root = write_site(tmp_path / "content", events=5, feed_size=2), BASE_URL
    output = build(content, tmp_path / "out")
    documents = feed_files(output)
    assert documents
    for path in documents:
        feed = read_feed(path)
        relative = path.relative_to(output).as_posix()
        assert feed.feed_links["self"] == root + relative, f"{relative}: self link"
        assert feed.feed_links["alternate"].startswith(root) and url_path(output, root, feed.feed_links["alternate"]).exists()
        assert all(i.startswith("tag:") for i in feed.ids), relative
        assert len(set(feed.ids)) == len(feed.ids), f"{relative}: duplicate ids"
        assert all(url_path(output, root, link).exists() for link in feed.links), relative
        pattern = RSS_TIME_WITH_OFFSET if path.name.startswith("rss") else TIME_WITH_OFFSET
        assert feed.times and all(pattern.search(t) for t in feed.times), f"{relative}: {feed.times}"
        for html in raw_entry_contents(path):
            links = html_links(html)
            assert links and all(is_absolute(link) for link in links), f"{relative}: {links}"
            assert all(url_path(output, root, link.split("#")[0]).exists() for link in links if link.startswith(root))


def test_site_feed_has_one_entry_per_event_newest_first_and_event_feeds_one_per_source(tmp_path):
    output = build(write_site(tmp_path / "content", events=3), tmp_path / "out")
    for name in ("atom.xml", "rss.xml", "feed.json"):
        assert read_feed(output / name).titles == ["Event number 3", "Event number 2", "Event number 1"]
    for name in ("atom.xml", "feed.json"):
        feed = read_feed(output / "events/event-02" / name)
        # 17:45+02:00 (15:45 UTC) is later than 08:00 UTC
        assert feed.titles == ["Second report 2", "First report 2"]
    atom = feedparser.parse((output / "atom.xml").read_bytes())
    assert atom.entries[0].published == "2024-03-03T08:00:00+00:00", "the first report"
    assert atom.entries[0].updated == "2024-03-03T17:45:00+02:00", "the latest report, in its own zone"


def test_archives_keep_every_entry_reachable_through_prev_archive(tmp_path):
    output = build(write_site(tmp_path / "content", events=5, feed_size=2), tmp_path / "out")
    expected = [f"Event number {n}" for n in range(5, 0, -1)]
    for name in ("atom.xml", "rss.xml", "feed.json"):
        chain = follow_archives(output, BASE_URL, output / name)
        assert [len(doc.titles) for doc in chain] == [2, 2, 2], name
        assert chain[0].titles == expected[:2], "the subscription document holds the newest"
        reached = list(dict.fromkeys(title for doc in chain for title in doc.titles))
        assert sorted(reached) == sorted(expected), f"{name}: every entry reachable"
        for doc in chain[1:]:
            assert doc.titles == sorted(doc.titles, key=expected.index), "newest first in archives too"
    assert b"<fh:archive/>" in (output / "archive/atom-1.xml").read_bytes()
    atom_archive = feedparser.parse((output / "archive/atom-1.xml").read_bytes())
    rels = {link.rel: link.href for link in atom_archive.feed.links}
    assert rels["current"] == BASE_URL + "atom.xml"
    assert rels["next-archive"] == BASE_URL + "archive/atom-2.xml"
    assert "prev-archive" not in rels, "the oldest archive document links no older one"
    assert b"<fh:archive/>" in (output / "archive/rss-2.xml").read_bytes()
    assert b"fh:archive" not in (output / "atom.xml").read_bytes(), "the subscription document is no archive"


def test_archive_documents_do_not_change_when_new_events_arrive(tmp_path):
    content = write_site(tmp_path / "content", events=5, feed_size=2)
    first = tree(build(content, tmp_path / "first"))
    write_event(content, "event-06", "Event number 6", "2024-03-06", [SourceSpec("a.md", "Report 6", "2024-03-06T09:00:00Z")])
    second = tree(build(content, tmp_path / "second"))
    for name in ("archive/atom-1.xml", "archive/rss-1.xml", "archive/feed-1.json"):
        assert first[name] == second[name], f"{name} changed when a newer event arrived"
    assert read_feed(tmp_path / "second/atom.xml").titles == ["Event number 6", "Event number 5"]


def test_event_feeds_have_archives_too(tmp_path):
    content = write_site(tmp_path / "content", events=0, feed_size=2)
    sources = [SourceSpec(f"s{n}.md", f"Report {n}", f"2024-04-0{n}T10:00:00+00:00") for n in range(1, 6)]
    write_event(content, "big", "A big story", "2024-04-01", sources)
    output = build(content, tmp_path / "out")
    for name in ("atom.xml", "feed.json"):
        chain = follow_archives(output, BASE_URL, output / "events/big" / name)
        titles = {title for doc in chain for title in doc.titles}
        assert titles == {f"Report {n}" for n in range(1, 6)}
        assert chain[0].titles == ["Report 5", "Report 4"]


def _ids(output):
    """Every entry id of every feed, by feed path and entry title-independent position."""
    return {path.relative_to(output).as_posix(): sorted(read_feed(path).ids) for path in feed_files(output)}


def _rename_event(content, old, new):
    shutil.move(content / "events" / old, content / "events" / new)


def test_title_edits_and_slug_renames_change_no_id(tmp_path):
    content = write_site(tmp_path / "content", events=2)
    before = _ids(build(content, tmp_path / "before"))
    event_md = content / "events/event-01/event.md"
    event_md.write_text(event_md.read_text().replace("Event number 1", "A better title"))
    source = content / "events/event-01/b-1.md"
    source.write_text(source.read_text().replace("Second report 1", "Another title"))
    _rename_event(content, "event-02", "renamed-story")
    after_output = build(content, tmp_path / "after")
    after = _ids(after_output)
    assert read_feed(after_output / "atom.xml").titles == ["Event number 2", "A better title"]
    assert after.pop("events/renamed-story/atom.xml") == before.pop("events/event-02/atom.xml")
    assert after.pop("events/renamed-story/feed.json") == before.pop("events/event-02/feed.json")
    assert after == before


def test_a_pinned_id_survives_edits_to_the_first_source(tmp_path):
    content = write_site(tmp_path / "content", events=1)
    event_md = content / "events/event-01/event.md"
    first = content / "events/event-01/a-1.md"

    def site_entry_id(name):
        return read_feed(build(content, tmp_path / name) / "atom.xml").ids[0]

    derived = site_entry_id("derived")
    first.write_text(first.read_text().replace("Crews", "Road crews"))
    assert site_entry_id("edited") != derived, "the default id follows the first source's bytes"
    event_md.write_text(event_md.read_text().replace("---\n\n", "id: harbour-2024\n---\n\n", 1))
    pinned = site_entry_id("pinned")
    assert pinned.endswith(":event/harbour-2024")
    first.write_text(first.read_text().replace("Road crews", "Crews"))
    _rename_event(content, "event-01", "new-slug")
    assert site_entry_id("pinned-again") == pinned


def test_tag_authority_from_site_toml(tmp_path):
    content = write_site(tmp_path / "content", events=1, tag_authority="curators@example.org,2024-01-15")
    ids = read_feed(build(content, tmp_path / "out") / "feed.json").ids
    assert ids[0].startswith("tag:curators@example.org,2024-01-15:event/")


def test_updated_moves_only_when_the_event_really_changes(tmp_path):
    content = write_site(tmp_path / "content", events=1)

    def site_entry(name):
        return feedparser.parse((build(content, tmp_path / name) / "atom.xml").read_bytes()).entries[0]

    before = site_entry("before")
    event_md = content / "events/event-01/event.md"
    edits = {"Editor's note.": "A longer editor's note.", "title: Event number 1": "title: Event one\nsummary: Cleared."}
    text = event_md.read_text()
    for old, new in edits.items():
        text = text.replace(old, new)
    event_md.write_text(text)
    edited = site_entry("edited")
    assert (edited.updated, edited.published) == (before.updated, before.published), "wording edits are no update"
    assert "Updated 2024-03-01T17:45+02:00: new source “Second report 1” (Example Wire)." in edited.content[0].value

    write_source(content / "events/event-01", SourceSpec("c-1.md", "Late report", "2024-03-05T12:00:00+00:00"))
    added = site_entry("added")
    assert added.updated == "2024-03-05T12:00:00+00:00" and added.published == before.published
    assert "new source “Late report” (Example Wire)" in added.content[0].value

    event_md.write_text(event_md.read_text().replace("---\n\n", "updated: 2024-03-09T10:00:00+01:00\n---\n\n", 1))
    revised = site_entry("revised")
    assert revised.updated == "2024-03-09T10:00:00+01:00"
    assert "revised by the curators" in revised.content[0].value


def test_no_build_clock_identical_content_gives_identical_bytes(tmp_path, monkeypatch):
    """A fully dated site does not even depend on SOURCE_DATE_EPOCH; a copy builds to the same bytes."""
    content = write_site(tmp_path / "content", events=3, feed_size=2)
    first = tree(build(content, tmp_path / "first"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    shutil.copytree(content, tmp_path / "elsewhere")
    second = tree(build(tmp_path / "elsewhere", tmp_path / "second"))
    feeds = [name for name in first if name.endswith((".xml", ".json")) and "facts" not in name]
    assert len(feeds) > 10
    assert {name: first[name] for name in feeds} == {name: second[name] for name in feeds}


def test_undated_content_takes_source_date_epoch_never_the_clock(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    output = build(FIXTURES / "small", tmp_path / "out")
    entry = feedparser.parse((output / "events/raw-only/atom.xml").read_bytes()).entries[0]
    assert entry.updated == entry.published == "1970-01-02T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert main(["build", "--content", str(FIXTURES / "small"), "--output", str(tmp_path / "bad")]) == 1


def test_times_without_offset_are_read_in_the_site_timezone(tmp_path):
    content = write_site(tmp_path / "content", events=0, timezone="Europe/Paris")
    write_event(content, "local", "Local times", "2024-07-01", [SourceSpec("a.md", "Naive", "2024-07-01T09:30:00")])
    feed = read_feed(build(content, tmp_path / "out") / "events/local/atom.xml")
    assert feed.times == ["2024-07-01T09:30:00+02:00", "2024-07-01T09:30:00+02:00"]


def test_feedgen_pitfalls_rss_channel_link_and_atom_entry_link_attributes(tmp_path):
    output = build(write_site(tmp_path / "content", events=3, feed_size=1), tmp_path / "out")
    rss = feedparser.parse((output / "rss.xml").read_bytes())
    assert rss.feed.link == BASE_URL, "the channel <link> is the HTML home page, not a feed"
    assert rss.entries[0].guid.startswith("tag:") and not rss.entries[0].guidislink
    atom = feedparser.parse((output / "events/event-01/atom.xml").read_bytes())
    links = atom.entries[0].links
    assert {"rel": "alternate", "type": "text/html"}.items() <= links[0].items()
    assert links[1]["rel"] == "via" and links[1]["href"].startswith("https://wire.example.com/")


def test_entry_content_is_the_summary_and_the_fact_box(tmp_path):
    content = write_site(tmp_path / "content", events=1)
    event_md = content / "events/event-01/event.md"
    event_md.write_text(event_md.read_text().replace("title:", "summary: Trucks were cleared.\ntitle:"))
    output = build(content, tmp_path / "out")
    item = json.loads((output / "feed.json").read_bytes())["items"][0]
    assert item["summary"] == "Trucks were cleared."
    page = lxml.html.fragment_fromstring(item["content_html"], create_parent="div")
    assert page.xpath("string(p[1])") == "Trucks were cleared."
    rows = page.xpath("//table/tbody/tr")
    assert [row.xpath("string(th)") for row in rows] == ["trucks cleared"]
    assert rows[0].xpath("string(td[2])") == "conflict", "12 and 13 trucks"
    cites = rows[0].xpath("td[3]/a")
    assert [a.text for a in cites] == ["s1: 12", "s2: 13"]
    assert cites[0].get("href") == BASE_URL + "events/event-01/sources/a-1/#p1"
    assert cites[0].get("title") == "Crews cleared 12 trucks from the road, officials said."


def test_pages_link_their_feeds(tmp_path):
    output = build(FIXTURES / "small", tmp_path / "out")
    for page, expected in [
        ("index.html", {"atom.xml", "rss.xml", "feed.json"}),
        ("events/raw-only/index.html", {"atom.xml", "rss.xml", "feed.json", "events/raw-only/atom.xml", "events/raw-only/feed.json"}),
    ]:
        html = lxml.html.fromstring((output / page).read_bytes())
        html.make_links_absolute(FIXTURE_ROOT + page)
        hrefs = {link.get("href")[len(FIXTURE_ROOT) :] for link in html.xpath("//head/link[@rel='alternate']")}
        assert hrefs == expected, page
        types = {link.get("type") for link in html.xpath("//head/link[@rel='alternate']")}
        assert types == {"application/atom+xml", "application/rss+xml", "application/feed+json"}


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("feed_size = 0", "setting 'feed_size' must be at least 1"),
        ("feed_size = true", "setting 'feed_size' must be a int"),
        ('tag_authority = "example.org"', "setting 'tag_authority' must be 'domain,YYYY[-MM[-DD]]'"),
        ('timezone = "Mars/Olympus"', "setting 'timezone' must be an IANA time zone"),
        ('base_url = "/stories/"', "setting 'base_url' must be an absolute http(s) URL"),
    ],
)
def test_bad_feed_settings_are_reported_with_the_file(setting, message, tmp_path, capsys):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "small", content)
    (content / "site.toml").write_text(f'title = "x"\n{setting}\n')
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"{content / 'site.toml'}: {message}" in err and "Traceback" not in err


def test_bad_or_clashing_event_ids_are_reported(tmp_path, capsys):
    content = write_site(tmp_path / "content", events=2)
    for day in (1, 2):
        event_md = content / f"events/event-0{day}/event.md"
        event_md.write_text(event_md.read_text().replace("---\n\n", "id: same\n---\n\n", 1))
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "events/event-01/event.md: event id 'same' is also the id of events/event-02: pin another `id`" in err
    assert "events/event-02/event.md: event id 'same' is also the id of events/event-01: pin another `id`" in err
    event_md.write_text(event_md.read_text().replace("id: same", "id: not/allowed"))
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "out")]) == 1
    assert "event-02/event.md: 'id' may hold only letters, digits and '-._~'" in capsys.readouterr().err
    event_md.write_text(event_md.read_text().replace("id: not/allowed", "updated: soon"))
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "out")]) == 1
    assert "event-02/event.md: 'updated' must be an ISO 8601 date or time, not 'soon'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
