"""Feeds parsed by feedparser, the library most Python feed readers use."""
from __future__ import annotations

import feedparser

from site_builder.cli import main

from .conftest import FIXTURES


def test_feeds_parse_with_absolute_links_and_content_dates(tmp_path):
    output = tmp_path / "out"
    assert main(["build", "--content", str(FIXTURES / "small"), "--output", str(output)]) == 0
    for name in ("atom.xml", "rss.xml"):
        feed = feedparser.parse((output / name).read_bytes())
        assert not feed.bozo, feed.bozo_exception
        assert len(feed.entries) == 2
        assert all(e.link.startswith("https://fixture.example.org/archive/events/") for e in feed.entries)
    atom = feedparser.parse((output / "atom.xml").read_bytes())
    assert atom.entries[0].link.endswith("/events/harbour-bridge-reopens/"), "newest event first"
    assert atom.entries[0].updated == "2024-03-02T18:30:00+01:00", "the source's own time and offset"
    event_feed = feedparser.parse((output / "events/harbour-bridge-reopens/atom.xml").read_bytes())
    assert not event_feed.bozo and len(event_feed.entries) == 2
