"""Feeds stage: site-wide Atom and RSS (one entry per event) and each event's Atom feed
(one entry per source). Every time comes from the content, never the build clock."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from urllib.parse import urlsplit

from feedgen.feed import FeedGenerator

from .model import Archive, Event, Source


def render_site_feeds(archive: Archive) -> dict[str, bytes]:
    """The site-wide Atom and RSS feeds: one entry per event, newest first."""
    site = _site_feed(archive)
    return {"atom.xml": site.atom_str(pretty=True), "rss.xml": site.rss_str(pretty=True)}


def render_event_feed(archive: Archive, event: Event) -> dict[str, bytes]:
    """An event's own Atom feed: one entry per source. Reads nothing of the archive but its config."""
    return {f"events/{event.slug}/atom.xml": _event_feed(archive, event).atom_str(pretty=True)}


def content_time(value: str | None) -> datetime | None:
    """A source's ISO time as an aware datetime; a date alone is taken as midnight UTC."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value if "T" in value else f"{value}T00:00:00+00:00")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def fallback_time() -> datetime:
    """For content with no time at all: SOURCE_DATE_EPOCH when set, else the Unix epoch (never 'now')."""
    return datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "0")), tz=timezone.utc)


def event_times(event: Event) -> tuple[datetime, datetime]:
    """(published, updated): the first and the latest source publication, or the event date."""
    times = sorted(t for t in (content_time(s.article.published) for s in event.sources) if t)
    if not times and event.date:
        times = [content_time(event.date)]
    if not times:
        times = [fallback_time()]
    return times[0], times[-1]


def _tag_uri(archive: Archive, specific: str) -> str:
    host = urlsplit(archive.config.root).hostname or "localhost"
    return f"tag:{host},2023:{specific}"


def _new_feed(archive: Archive, feed_id: str, title: str, self_path: str, alternate_path: str) -> FeedGenerator:
    config = archive.config
    feed = FeedGenerator()
    feed.id(feed_id)
    feed.title(title)
    feed.author({"name": config.author})
    feed.language(config.language)
    feed.description(config.description)
    # feedgen takes the RSS channel <link> from the last link added: add 'self' first.
    feed.link(href=config.url(self_path), rel="self", type="application/atom+xml")
    feed.link(href=config.url(alternate_path), rel="alternate", type="text/html")
    return feed


def _site_feed(archive: Archive) -> FeedGenerator:
    feed = _new_feed(archive, _tag_uri(archive, "site"), archive.config.title, "atom.xml", "index.html")
    events = list(archive.events[: archive.config.feed_size])
    latest = max((event_times(e)[1] for e in events), default=fallback_time())
    feed.updated(latest)
    for event in reversed(events):  # add_entry prepends: add oldest first so newest ends on top
        published, updated = event_times(event)
        entry = feed.add_entry()
        entry.id(_tag_uri(archive, f"event/{event.slug}"))
        entry.title(event.title)
        entry.link(href=archive.config.url(event.page), rel="alternate", type="text/html")
        entry.published(published)
        entry.updated(updated)
        entry.summary(event.meta.summary or f"{len(event.sources)} sources on {event.title}")
    return feed


def _event_feed(archive: Archive, event: Event) -> FeedGenerator:
    path = f"events/{event.slug}/atom.xml"
    feed = _new_feed(archive, _tag_uri(archive, f"event/{event.slug}/feed"), event.title, path, event.page)
    feed.updated(event_times(event)[1])
    for source in sorted(event.sources, key=_source_order):
        time = content_time(source.article.published) or event_times(event)[0]
        entry = feed.add_entry()
        entry.id(_tag_uri(archive, f"event/{event.slug}/source/{source.slug}"))
        entry.title(source.article.title or source.slug)
        entry.link(href=archive.config.url(source.page), rel="alternate", type="text/html")
        entry.published(time)
        entry.updated(time)
        entry.summary(", ".join(filter(None, [source.article.outlet, *source.article.authors])) or source.file)
    return feed


def _source_order(source: Source) -> tuple:
    """Oldest first, so that feedgen's prepending leaves the newest on top."""
    return (content_time(source.article.published) or fallback_time(), source.id)
