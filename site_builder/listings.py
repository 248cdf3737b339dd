"""The archive's browse structure: the paginated index and the pages per outlet, tag, person and place.

Pure functions of the Archive, shared by the render stage (the pages) and the sitemap (their URLs).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from .headlines import LazyEvent, note_read
from .model import Archive, Event, Source
from .slugs import slugify

# Listing kind -> its folder in the output and its name in the page titles.
KINDS = {
    "outlet": ("outlets", "Outlets"),
    "tag": ("tags", "Tags"),
    "person": ("people", "People"),
    "place": ("places", "Places"),
}


@dataclass(frozen=True)
class IndexPage:
    """One page of the index: a slice of the events, newest first."""

    number: int  # 1-based
    count: int  # pages in all
    events: tuple[Event, ...]

    @property
    def path(self) -> str:
        return index_page_path(self.number)

    @property
    def previous(self) -> str | None:
        return index_page_path(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return index_page_path(self.number + 1) if self.number < self.count else None


@dataclass(frozen=True)
class Listing:
    """The events filed under one name (an outlet, a tag, a person, a place)."""

    kind: str  # a key of KINDS
    name: str
    slug: str
    events: tuple[Event, ...]  # newest first
    members: frozenset[str] = frozenset()  # the names filed on this page (they differ in case or accents)

    @property
    def path(self) -> str:
        return f"{KINDS[self.kind][0]}/{self.slug}/index.html"

    @property
    def sources(self) -> tuple[Source, ...]:
        """An outlet's own articles, in the order of `events`: read when a page shows them, once, and recorded
        as read by every page that asks (headlines.note_read)."""
        if self.kind != "outlet":
            return ()
        for event in self.events:
            note_read(event, "sources")
        if "_sources" not in self.__dict__:
            self.__dict__["_sources"] = tuple(s for e in self.events for s in e.sources if s.article.outlet in self.members)
        return self.__dict__["_sources"]

    def sources_of(self, event: Event) -> tuple[Source, ...]:
        """The outlet's own articles on one of its events (a page shows them under the event's card): `sources`
        grouped by event once, not searched again for each event (an outlet may have thousands)."""
        if self.kind != "outlet":
            return ()
        if "_by_event" not in self.__dict__:
            grouped: dict[str, list[Source]] = {}
            for source in self.sources:
                grouped.setdefault(source.event, []).append(source)
            self.__dict__["_by_event"] = {slug: tuple(sources) for slug, sources in grouped.items()}
        note_read(event, "sources")
        return self.__dict__["_by_event"].get(event.slug, ())


def index_page_path(number: int) -> str:
    return "index.html" if number == 1 else f"page/{number}/index.html"


def index_pages(archive: Archive) -> list[IndexPage]:
    size = archive.config.events_per_page
    events = archive.events
    count = max(1, -(-len(events) // size))
    return [IndexPage(n, count, events[(n - 1) * size : n * size]) for n in range(1, count + 1)]


def kind_index_path(kind: str) -> str:
    return f"{KINDS[kind][0]}/index.html"


def browse_paths(archive: Archive) -> list[str]:
    """The archive-wide pages a reader browses (for the sitemap): the index pages, then each kind's pages."""
    paths = [page.path for page in index_pages(archive)]
    for kind, entries in listings(archive).items():
        paths += [kind_index_path(kind), *(listing.path for listing in entries)]
    return paths


def listings(archive: Archive) -> dict[str, list[Listing]]:
    """Every kind's listings, by name (case-insensitive); a kind with no names has an empty list. Made once per
    archive: its pages and its sitemap both ask (at 10,000 articles, some 40 ms each time)."""
    if "_listings" not in archive.__dict__:
        archive.__dict__["_listings"] = _listings_of(archive)
    return archive.__dict__["_listings"]


def _listings_of(archive: Archive) -> dict[str, list[Listing]]:
    names: dict[str, dict[str, set[int]]] = {kind: defaultdict(set) for kind in KINDS}  # kind -> name -> events
    for position, event in enumerate(archive.events):
        for kind, name in _names(event):
            names[kind][name].add(position)
    result: dict[str, list[Listing]] = {}
    for kind, by_name in names.items():
        grouped: dict[str, tuple[str, set[str]]] = {}  # page slug -> (shown name, names)
        for name in sorted(by_name, key=lambda n: (n.casefold(), n)):
            # names that differ only in case or accents share one page, under the first of them by this order
            grouped.setdefault(listing_slug(name), (name, set()))[1].add(name)
        result[kind] = [_listing(archive, kind, slug, shown, members, by_name) for slug, (shown, members) in grouped.items()]
    return result


def _listing(archive: Archive, kind: str, slug: str, shown: str, members: set[str], by_name: dict[str, set[int]]) -> Listing:
    positions = sorted(set().union(*(by_name[name] for name in members)))  # the archive's order: newest first
    return Listing(kind, shown, slug, tuple(archive.events[p] for p in positions), frozenset(members))


def _names(event: Event) -> frozenset[tuple[str, str]]:
    """(kind, name) pairs an event is filed under (a LazyEvent's from its summary, without loading it)."""
    if isinstance(event, LazyEvent):
        return event.summary.filed_under
    return filed_under(event)


def filed_under(event: Event) -> frozenset[tuple[str, str]]:
    found = {("tag", tag) for tag in event.meta.tags}
    found |= {("outlet", s.article.outlet) for s in event.sources if s.article.outlet}
    if event.place:
        found.add(("place", event.place))
    for fact in event.facts:
        if fact.kind in ("person", "place"):
            # a conflict files the event under every side; otherwise under the fact's one spelling
            sides = {c.value for c in fact.citations if c.value} if fact.status == "conflict" else set()
            found |= {(fact.kind, name) for name in sides or {fact.value}}
    return frozenset(found)


def listing_slug(name: str) -> str:
    """slugify, or a stable hash for a name with no Latin letters or digits (e.g. in Cyrillic)."""
    return slugify(name) or "n-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
