"""Feeds stage: the site's Atom, RSS and JSON Feed (one entry per event, newest first) and each
event's Atom and JSON Feed (one entry per source, newest first).

What feed readers rely on, and how it is kept:
- entry ids are tag: URIs (RFC 4151) built from `Event.id` and source file names, never from a
  title or a slug, so editing either shows up as an update, not as a new entry;
- every time comes from the content (source publication times, event.md `date` and `updated`),
  never from the build clock; an event's `updated` moves only when a newer source arrives or the
  curators set a newer `updated`, and its entry says which;
- every link is absolute;
- a document holds `feed_size` entries; older ones are in RFC 5005 archive documents reached
  through `prev-archive` links (JSON Feed: `next_url`), numbered from the oldest so that an
  archive document keeps its entries when new ones arrive.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from pathlib import PurePosixPath
from typing import overload
from urllib.parse import quote, urlsplit

from feedgen.entry import FeedEntry
from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree
from lxml.html import tostring as html_string

from . import jsontext
from .config import SiteConfig
from .headlines import LazyEvent, value_digest
from .model import Archive, Citation, Event, Fact, Source
from .problems import BuildError, Problem

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
HISTORY_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005
ATOM_NS = "http://www.w3.org/2005/Atom"
DEFAULT_TAG_YEAR = "2023"  # the tag: date when site.toml sets no tag_authority

# format -> (file name of the subscription document, media type)
FORMATS = {
    "atom": ("atom.xml", "application/atom+xml"),
    "rss": ("rss.xml", "application/rss+xml"),
    "json": ("feed.json", "application/feed+json"),
}


@dataclass(frozen=True)
class Item:
    """One entry, the same in every format."""

    id: str
    title: str
    url: str  # the HTML page the entry stands for
    published: datetime
    updated: datetime
    summary: str  # plain text
    content: str  # HTML, every URL absolute
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    via: str | None = None  # the original article a source entry archives


@dataclass(frozen=True)
class Channel:
    """A feed before paging: what it follows and all its items, newest first."""

    id: str
    title: str
    subtitle: str
    home: str  # the HTML page the feed follows
    folder: str  # output folder of its documents: "" or "events/<slug>/"
    formats: tuple[str, ...]
    items: Sequence[Item]


@dataclass(frozen=True)
class Document:
    """One file of a feed: the subscription document (number 0) or archive document `number`."""

    channel: Channel
    number: int
    archives: int  # how many archive documents the feed has
    items: Sequence[Item]

    def path(self, format: str) -> str:
        name = FORMATS[format][0]
        if self.number == 0:
            return self.channel.folder + name
        stem, extension = name.split(".")
        return f"{self.channel.folder}archive/{stem}-{self.number}.{extension}"

    def sibling(self, number: int) -> Document:
        return Document(self.channel, number, self.archives, ())

    def history(self) -> list[tuple[str, Document]]:
        """RFC 5005 links: (rel, target document)."""
        if self.number == 0:
            return [("prev-archive", self.sibling(self.archives))] if self.archives else []
        links = [("current", self.sibling(0))]
        if self.number > 1:
            links.append(("prev-archive", self.sibling(self.number - 1)))
        if self.number < self.archives:
            links.append(("next-archive", self.sibling(self.number + 1)))
        return links

    def updated(self) -> datetime:
        return max((item.updated for item in self.items), default=fallback_time())


def render_site_feeds(
    archive: Archive, entries: Mapping[str, Item] | None = None, unchanged: Unchanged | None = None
) -> Iterator[tuple[str, bytes]]:
    """The site-wide feeds and their archives: one entry per event, in the index's order (newest first).

    `entries`: events' entries by slug, made by `event_entry` when the event was loaded (the build
    caches them with the event's headline: an entry holds the fact table, the costliest part of a
    feed); the others are made here. `unchanged(path, key)`: whether the output already holds the
    document made from `key` (a digest of its entries and place in the feed); such documents are
    left out of the result, so an edit re-renders the subscription documents and the archive
    documents holding the edited event, not the whole archive. The documents are yielded one at a
    time: a large archive's site feeds hold every fact table and weigh hundreds of megabytes."""
    _check_unique_ids(archive.events)
    return _render(archive.config, _site_channel(archive, {} if entries is None else entries), unchanged)


def render_event_feed(archive: Archive, event: Event) -> dict[str, bytes]:
    """An event's own feeds and their archives: one entry per source. Reads nothing of the archive but its config."""
    return dict(_render(archive.config, _event_channel(archive.config, event)))


Unchanged = Callable[[str, bytes], bool]


def _render(config: SiteConfig, channel: Channel, unchanged: Unchanged | None = None) -> Iterator[tuple[str, bytes]]:
    for document in documents(channel, config.feed_size):
        for format in channel.formats:
            path = document.path(format)
            if unchanged is None or not unchanged(path, _document_key(document, format)):
                yield path, _WRITERS[format](config, document, format)


def _document_key(document: Document, format: str) -> bytes:
    """What a document is made from besides the code and the settings: its channel, place and entries."""
    channel = document.channel
    hasher = hashlib.blake2b(digest_size=20)
    hasher.update(repr((format, document.number, document.archives, channel.id, channel.title, channel.subtitle,
                        channel.home, channel.folder)).encode("utf-8"))
    items = document.items
    for key in items.keys() if isinstance(items, _SiteItems) else (value_digest(item) for item in items):
        hasher.update(key)
    return hasher.digest()


def _check_unique_ids(events: tuple[Event, ...]) -> None:
    """Two events with one id would be one entry to a feed reader (checked here, where every event is seen)."""
    slugs: dict[str, list[str]] = {}
    for event in events:
        slugs.setdefault(event.id, []).append(event.slug)
    problems = [
        Problem(
            event.meta.file or f"events/{event.slug}",
            None,
            f"event id '{event.id}' is also the id of "
            + ", ".join(f"events/{slug}" for slug in sorted(slugs[event.id]) if slug != event.slug)
            + ": pin another `id` in event.md",
        )
        for event in events
        if len(slugs[event.id]) > 1
    ]
    if problems:
        raise BuildError(problems)


def documents(channel: Channel, size: int) -> list[Document]:
    """The subscription document (the newest `size` items) and the archive documents: the items
    oldest first in pages of `size`, as many as needed to hold every item the subscription
    document does not (the newest archive page may overlap it)."""
    items = channel.items
    archives = -(-max(0, len(items) - size) // size)
    oldest_first = items[::-1]
    pages = [Document(channel, 0, archives, items[:size])]
    for number in range(1, archives + 1):
        page = oldest_first[(number - 1) * size : number * size]
        pages.append(Document(channel, number, archives, page[::-1]))
    return pages


# Times -------------------------------------------------------------------------------------------


def content_time(value: str | None, zone: tzinfo) -> datetime | None:
    """An ISO date or time from the content as an aware datetime; a date alone is midnight, and a
    time without an offset is read in the site's `timezone` (feedgen refuses naive datetimes)."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value if "T" in value else f"{value}T00:00:00")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def fallback_time() -> datetime:
    """For content with no time at all: SOURCE_DATE_EPOCH when set, else the Unix epoch (never 'now',
    which feedgen would use for anything left unset)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "0")
    try:
        return datetime.fromtimestamp(int(value), tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise BuildError([Problem("SOURCE_DATE_EPOCH", None, f"must be seconds since 1970, not {value!r}")]) from None


def event_times(event: Event, zone: tzinfo) -> tuple[datetime, datetime]:
    """(published, updated): the first source publication (else the event's date); the latest
    source publication or curators' `updated`, whichever is newer."""
    source_times = [t for t in (content_time(s.article.published, zone) for s in event.sources) if t]
    published = min(source_times, default=None) or content_time(event.date, zone) or fallback_time()
    revised = content_time(event.meta.updated, zone)
    return published, max([published, *source_times, *([revised] if revised else [])])


def _source_time(event: Event, source: Source, zone: tzinfo) -> datetime:
    return content_time(source.article.published, zone) or event_times(event, zone)[0]


# Ids ---------------------------------------------------------------------------------------------


def tag_uri(config: SiteConfig, specific: str) -> str:
    """RFC 4151 tag: the site's naming authority and a path that no title or slug edit changes."""
    authority = config.tag_authority or f"{urlsplit(config.root).hostname},{DEFAULT_TAG_YEAR}"
    return f"tag:{authority}:{specific}"


def event_entry_id(config: SiteConfig, event: Event) -> str:
    return tag_uri(config, f"event/{event.id}")


def source_entry_id(config: SiteConfig, event: Event, source: Source) -> str:
    """The source's file name within its event folder: survives slug and title edits, and edits
    to the file's text."""
    return tag_uri(config, f"event/{event.id}/source/{quote(PurePosixPath(source.file).name, safe='')}")


# Channels and items ------------------------------------------------------------------------------


def _site_channel(archive: Archive, entries: Mapping[str, Item]) -> Channel:
    config = archive.config
    return Channel(
        id=tag_uri(config, "site"),
        title=config.title,
        subtitle=config.description,
        home=config.url("index.html"),
        folder="",
        formats=("atom", "rss", "json"),
        items=_SiteItems(config, archive.events, entries),  # the index's order
    )


class _SiteItems(Sequence[Item]):
    """The site channel's items, one per event in the index's order, each taken from `entries` (or made)
    only when a document holding it is rendered: a large archive's entries weigh hundreds of megabytes,
    and an edit renders the few documents that hold the edited event. An item's digest comes from its
    event's summary (headlines.Summary.entry) when the event is a LazyEvent, without loading it."""

    def __init__(self, config: SiteConfig, events: Sequence[Event], entries: Mapping[str, Item]):
        self.config = config
        self.events = events
        self.entries = entries

    def __len__(self) -> int:
        return len(self.events)

    @overload
    def __getitem__(self, at: int) -> Item: ...
    @overload
    def __getitem__(self, at: slice) -> _SiteItems: ...
    def __getitem__(self, at: int | slice) -> Item | _SiteItems:
        if isinstance(at, slice):
            return _SiteItems(self.config, self.events[at], self.entries)
        event = self.events[at]
        return self.entries.get(event.slug) or event_entry(self.config, event)

    def keys(self) -> list[bytes]:
        return [event.summary.entry if isinstance(event, LazyEvent) else value_digest(self[at])
                for at, event in enumerate(self.events)]


def _event_channel(config: SiteConfig, event: Event) -> Channel:
    zone = config.zone
    order = {source.id: index for index, source in enumerate(event.sources)}
    stated, pages = _stated_by_source(event), _source_pages(config, event)
    newest_first = sorted(
        event.sources, key=lambda s: (_source_time(event, s, zone), order[s.id]), reverse=True
    )
    return Channel(
        id=tag_uri(config, f"event/{event.id}/feed"),
        title=event.title,
        subtitle=event.meta.summary or f"Every source on {event.title}, newest first.",
        home=config.url(event.page),
        folder=f"events/{event.slug}/",
        formats=("atom", "json"),
        items=tuple(_source_item(config, event, source, stated.get(source.id, []), pages) for source in newest_first),
    )


def event_entry(config: SiteConfig, event: Event) -> Item:
    """An event's entry in the site-wide feeds; made from the event and the settings only."""
    published, updated = event_times(event, config.zone)
    return Item(
        id=event_entry_id(config, event),
        title=event.title,
        url=config.url(event.page),
        published=published,
        updated=updated,
        summary=event.meta.summary or _event_counts(event),
        content=_html(_event_content(config, event, published, updated)),
        tags=event.meta.tags,
    )


def _source_item(
    config: SiteConfig, event: Event, source: Source, stated: Sequence[tuple[Fact, Citation]], pages: Mapping[str, str]
) -> Item:
    article = source.article
    time = _source_time(event, source, config.zone)
    return Item(
        id=source_entry_id(config, event, source),
        title=article.title or source.slug,
        url=config.url(source.page),
        published=time,
        updated=time,
        summary=" · ".join([_outlet(source), *article.authors, article.published or "publication time unknown"]),
        content=_html(_source_content(config, event, source, stated, pages)),
        authors=article.authors or ((article.outlet,) if article.outlet else ()),
        via=_web_url(article.url),
    )


# Entry content: HTML with absolute URLs ----------------------------------------------------------


def _html(elements: list) -> str:
    return "\n".join(html_string(element, encoding="unicode") for element in elements)


def _tag(name: str, *children: str | etree._Element, **attributes: str) -> etree._Element:
    """An HTML element holding text and elements in this order: what lxml.html.builder's E makes (the
    same serialised HTML), without its dispatch per child, which cost more than the rest of a feed."""
    element = etree.Element(name, attributes) if attributes else etree.Element(name)
    last: etree._Element | None = None
    for child in children:
        if isinstance(child, str):
            if last is None:
                element.text = (element.text or "") + child
            else:
                last.tail = (last.tail or "") + child
        else:
            element.append(child)
            last = child
    return element


def _event_content(config: SiteConfig, event: Event, published: datetime, updated: datetime) -> list:
    content = [_tag("p", event.meta.summary)] if event.meta.summary else []
    content.append(_tag("p", " · ".join(filter(None, [event.date or "Date unknown", event.place]))))
    content.append(_tag("h2", "Facts"))
    content.append(_fact_table(config, event) if event.facts else _tag("p", "No facts were found in the sources."))
    content.append(_tag("h2", "Sources"))
    content.append(_tag("ol", *(_source_line(config, source) for source in event.sources)))
    change = _latest_change(event, published, updated, config.zone)
    if change:
        content.append(_tag("p", change))
    return content


def _fact_table(config: SiteConfig, event: Event) -> etree._Element:
    head = _tag("thead", _tag("tr", *(_tag("th", name) for name in ("Fact", "Value", "Status", "Sources"))))
    pages = _source_pages(config, event)
    rows = [
        _tag("tr", _tag("th", fact.label), _tag("td", fact.value), _tag("td", fact.status),
             _tag("td", *_citation_links(pages, fact)))
        for fact in event.facts
    ]
    return _tag("table", head, _tag("tbody", *rows))


def _citation_links(pages: Mapping[str, str], fact: Fact) -> list:
    """Each citing source, linked to the paragraph of its archived copy that holds the quote."""
    links: list = []
    for citation in fact.citations:
        label = citation.source
        if fact.status == "conflict" and citation.value:
            label += f": {citation.value}"
        if links:
            links.append(", ")
        links.append(_tag("a", label, href=_quote_url(pages, citation), title=citation.quote))
    return links


def _source_pages(config: SiteConfig, event: Event) -> dict[str, str]:
    """The URL of each source's archived copy, by source id."""
    return {source.id: config.url(source.page) for source in event.sources}


def _quote_url(pages: Mapping[str, str], citation: Citation) -> str:
    return pages[citation.source] + (f"#p{citation.paragraph}" if citation.paragraph else "")


def _source_line(config: SiteConfig, source: Source) -> etree._Element:
    article = source.article
    details = " · ".join([_outlet(source), *article.authors, article.published or "publication time unknown"])
    parts: list = [f"{source.id} ", _tag("a", article.title or source.slug, href=config.url(source.page)), f" — {details}"]
    original = _web_url(article.url)
    if original:
        parts += [" · ", _tag("a", "original", href=original)]
    return _tag("li", *parts)


def _source_content(
    config: SiteConfig, event: Event, source: Source, stated: Sequence[tuple[Fact, Citation]], pages: Mapping[str, str]
) -> list:
    """`stated`: the facts the source states, with its citation (`_stated_by_source`); `pages`: `_source_pages`."""
    content = [
        _tag("ul", _source_line(config, source)),
        _tag("p", "One of the sources on ", _tag("a", event.title, href=config.url(event.page)), "."),
    ]
    if not stated:
        content.append(_tag("p", "No facts were found in this source."))
        return content
    content.append(_tag("h2", "Facts it states"))
    content.append(
        _tag(
            "ul",
            *(
                _tag(
                    "li",
                    f"{fact.label}: {citation.value or fact.value} ({fact.status}) — ",
                    _tag("a", f"“{citation.quote}”", href=_quote_url(pages, citation)),
                )
                for fact, citation in stated
            ),
        )
    )
    return content


def _stated_by_source(event: Event) -> dict[str, list[tuple[Fact, Citation]]]:
    """Each source's (fact, citation) pairs, in the facts' order: one pass over the facts for every source."""
    stated: dict[str, list[tuple[Fact, Citation]]] = {}
    for fact in event.facts:
        for citation in fact.citations:
            stated.setdefault(citation.source, []).append((fact, citation))
    return stated


def _latest_change(event: Event, published: datetime, updated: datetime, zone: tzinfo) -> str | None:
    """What moved the event's `updated`: a newer source, or the curators' own `updated`."""
    if updated == published:
        return None
    when = updated.isoformat(timespec="minutes")
    if content_time(event.meta.updated, zone) == updated:
        return f"Updated {when}: revised by the curators."
    newest = [s for s in event.sources if content_time(s.article.published, zone) == updated]
    titles = ", ".join(f"“{s.article.title or s.slug}” ({_outlet(s)})" for s in newest)
    return f"Updated {when}: new source {titles}."


def _event_counts(event: Event) -> str:
    conflicts = sum(fact.status == "conflict" for fact in event.facts)
    text = f"{_count(len(event.sources), 'source')}, {_count(len(event.facts), 'fact')}"
    return text + (f", {conflicts} in conflict." if conflicts else ".")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _outlet(source: Source) -> str:
    return source.article.outlet or "outlet unknown"


def _web_url(url: str | None) -> str | None:
    """An original URL only when it is absolute http(s): a feed carries no relative link."""
    return url if url and urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname else None


# Atom and RSS through feedgen --------------------------------------------------------------------


class _Entry(FeedEntry):
    """feedgen 1.0 writes an Atom entry's links without rel, type and title (a loop variable
    shadows the link data): they are put back here, in the order feedgen wrote the elements."""

    def atom_entry(self, extensions=True):
        element = super().atom_entry(extensions)
        for link_element, link in zip(element.findall("link"), self.link() or []):
            for key in ("rel", "type", "hreflang", "title", "length"):
                if link.get(key):
                    link_element.set(key, link[key])
        return element


class _History(BaseExtension):
    """RFC 5005: `fh:archive` in archive documents and the prev-archive / next-archive / current
    links (in RSS as atom:link, which feedgen writes only for rel=self)."""

    def __init__(self):
        self.archived = False
        self.links: list[dict[str, str]] = []

    def extend_ns(self):
        return {"fh": HISTORY_NS}

    def extend_atom(self, feed):
        self._extend(feed, "link")
        return feed

    def extend_rss(self, feed):
        self._extend(feed.find("channel"), f"{{{ATOM_NS}}}link")
        return feed

    def _extend(self, parent, link_tag: str) -> None:
        if self.archived:
            etree.SubElement(parent, f"{{{HISTORY_NS}}}archive")
        for link in self.links:
            etree.SubElement(parent, link_tag, link)


def _feedgen_document(config: SiteConfig, document: Document, format: str) -> bytes:
    channel = document.channel
    feed = FeedGenerator()
    feed.id(channel.id)
    feed.title(channel.title)
    feed.subtitle(channel.subtitle)
    feed.author({"name": config.author})
    feed.language(config.language)
    feed.generator("site-builder")  # no version: an upgrade alone changes no byte
    feed.updated(document.updated())  # also RSS lastBuildDate; feedgen's default is the clock
    history = document.history()
    if history:
        feed.register_extension("history", _History, atom=True, rss=True)
        feed.history.archived = document.number > 0
        feed.history.links = [
            {"href": config.url(target.path(format)), "rel": rel, "type": FORMATS[format][1]} for rel, target in history
        ]
    feed.link(href=config.url(document.path(format)), rel="self", type=FORMATS[format][1])
    # The RSS channel <link> is the last link added: the HTML page goes last.
    feed.link(href=channel.home, rel="alternate", type="text/html")
    for item in document.items:
        _add_entry(feed, item)  # appended, not prepended (feedgen's default), to keep newest first
    if format == "atom":
        return feed.atom_str(pretty=True)
    return feed.rss_str(pretty=True)


def _add_entry(feed: FeedGenerator, item: Item) -> None:
    entry = feed.add_entry(_Entry(), order="append")
    entry.id(item.id)  # also the RSS guid, isPermaLink="false"
    entry.title(item.title)
    entry.link(href=item.url, rel="alternate", type="text/html")
    if item.via:
        entry.link(href=item.via, rel="via", type="text/html")
    entry.published(item.published)  # also the RSS pubDate
    entry.updated(item.updated)
    entry.summary(item.summary)  # also the RSS description
    entry.content(item.content, type="html")  # RSS: content:encoded
    if item.authors:
        entry.author([{"name": name} for name in item.authors])
    if item.tags:
        entry.category([{"term": tag} for tag in item.tags])


# JSON Feed 1.1 -----------------------------------------------------------------------------------


def _json_feed_document(config: SiteConfig, document: Document, format: str) -> bytes:
    channel = document.channel
    data: dict = {
        "version": JSON_FEED_VERSION,
        "title": channel.title,
        "home_page_url": channel.home,
        "feed_url": config.url(document.path(format)),
        "description": channel.subtitle,
        "language": config.language,
        "authors": [{"name": config.author}],
    }
    older = dict(document.history()).get("prev-archive")
    if older is not None:
        data["next_url"] = config.url(older.path(format))  # JSON Feed pages towards older items
    data["items"] = [_json_item(item) for item in document.items]
    return (jsontext.dumps(data, indent=2) + "\n").encode("utf-8")


def _json_item(item: Item) -> dict:
    data: dict = {"id": item.id, "url": item.url}
    if item.via:
        data["external_url"] = item.via
    data.update(
        title=item.title,
        content_html=item.content,
        summary=item.summary,
        date_published=item.published.isoformat(),
        date_modified=item.updated.isoformat(),
    )
    if item.authors:
        data["authors"] = [{"name": name} for name in item.authors]
    if item.tags:
        data["tags"] = list(item.tags)
    return data


_WRITERS = {"atom": _feedgen_document, "rss": _feedgen_document, "json": _json_feed_document}
