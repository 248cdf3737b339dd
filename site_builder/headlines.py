"""What the archive-wide files know of an event without loading it, and what each of their pages read.

The archive-wide files (index and browse pages, site feeds, sitemap) list every event, but a page
shows a few things of each (a card: title, date, place, source count). So that an edit costs what
it changes, not the size of the archive, the build keeps per event a small `Summary` (its order,
the names it is filed under, its sitemap rows, a digest of each of its attributes and of its site
feed entry), and the pages are made from `LazyEvent`s: stand-ins that load the event's headline from
the build cache the first time a page reads something of it, and record what was read (Lektor's
dependency recording). A page whose structure (which events, in which order, under which name) and
whose recorded reads have the same digests as when it was made is not rendered again.
"""
from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields

from .model import Event, EventMeta

# Attributes read through properties of Event, digested with its fields.
_PROPERTIES = ("page", "folder")

Read = tuple[str, str]  # (event slug, attribute name)
SOURCE_COUNT = "len(sources)"  # the read of how many sources an event has, apart from the sources


@dataclass(frozen=True)
class PageReads:
    """What an archive-wide page was made from: the digest of its shape, and the attributes it read of each event."""

    shape: bytes
    reads: dict[str, tuple[str, ...]]  # event slug -> attribute names, sorted

    @classmethod
    def of(cls, shape: bytes, reads: Iterable[Read]) -> PageReads:
        names: dict[str, list[str]] = {}
        for slug, name in sorted(reads):
            names.setdefault(slug, []).append(name)
        return cls(shape, {slug: tuple(read) for slug, read in names.items()})

    def digest(self, summaries: dict[str, Summary]) -> bytes | None:
        """The digest of the values the page read, from the events' summaries; None when one is unknown
        (an event gone, an attribute that is not one of Event's): the page is made again."""
        hasher = hashlib.blake2b(digest_size=16)
        for slug, names in self.reads.items():
            summary = summaries.get(slug)
            for name in names:
                value = summary.digest_of(name) if summary is not None else None
                if value is None:
                    return None
                hasher.update(f"{slug}\0{name}\0".encode("utf-8"))
                hasher.update(value)
        return hasher.digest()

    def reads_the_same(self, events: Iterable[str], before: dict[str, Summary], now: dict[str, Summary]) -> bool:
        """Whether every value the page read of these events (among those it read) is the same in their
        summaries `before` and `now` (the other events it read are taken as unchanged)."""
        for slug in events:
            old, new = before.get(slug), now.get(slug)
            if old is None or new is None:
                return False
            for name in self.reads[slug]:
                value = old.digest_of(name)
                if value is None or value != new.digest_of(name):
                    return False
        return True


@dataclass(frozen=True)
class ArchiveReads:
    """What each archive-wide page read, and every event's key when they were made: a page of the same shape
    whose reads of the events whose key changed since have the same values is the same page, judged
    without digesting all it read (a listing reads hundreds of events)."""

    keys: dict[str, bytes | None] = field(default_factory=dict)
    pages: dict[str, PageReads] = field(default_factory=dict)

    def changed_events(self, keys: dict[str, bytes | None]) -> set[str]:
        """The events whose key differs from the one they had, new and gone ones included."""
        return {slug for slug in keys.keys() | self.keys.keys() if keys.get(slug) != self.keys.get(slug)}

    def as_record(self) -> dict[tuple[str, str], object]:
        """One flat table of the event keys and the pages' reads: the cache stores it as its differences
        from a whole one (an edit changes a key and the reads of a few pages, of some 1.5 MB at 10,000 articles)."""
        return {**{("event", slug): key for slug, key in self.keys.items()},
                **{("page", path): reads for path, reads in self.pages.items()}}

    @classmethod
    def of_record(cls, record: dict[tuple[str, str], object]) -> ArchiveReads:
        made = cls()
        for (kind, name), value in record.items():
            (made.keys if kind == "event" else made.pages)[name] = value  # type: ignore[index]
        return made


@dataclass(frozen=True)
class Summary:
    """An event as the archive-wide files plan them, made when the event is loaded and cached with it."""

    slug: str
    date: str | None
    id: str
    filed_under: frozenset[tuple[str, str]]  # (kind, name): listings._names of the headline
    sitemap_rows: tuple[tuple[str, str | None], ...]  # (URL, lastmod): sitemap.event_rows
    attributes: tuple[tuple[str, bytes], ...]  # (attribute name, digest of its value)
    entry: bytes  # digest of the event's site feed entry

    def digest_of(self, attribute: str) -> bytes | None:
        if "_by_name" not in self.__dict__:  # asked once per page read: the table is made once
            self.__dict__["_by_name"] = dict(self.attributes)
        return self.__dict__["_by_name"].get(attribute)


def summarize(event: Event, filed_under: frozenset[tuple[str, str]], sitemap_rows: list[tuple[str, str | None]],
              entry: object) -> Summary:
    """`event`: a headline (pipeline.headline); `entry`: its site feed entry. The curator's fields (`meta`)
    are digested one by one: a card shows the summary, not the editor's note."""
    values = {name: getattr(event, name) for name in [f.name for f in fields(Event)] + list(_PROPERTIES)}
    values.update((f"meta.{f.name}", getattr(event.meta, f.name)) for f in fields(EventMeta))
    values[SOURCE_COUNT] = len(event.sources)
    return Summary(
        event.slug, event.date, event.id, filed_under, tuple(sitemap_rows),
        tuple((name, value_digest(value)) for name, value in values.items()), value_digest(entry),
    )


def value_digest(value: object) -> bytes:
    return hashlib.blake2b(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), digest_size=16).digest()


_reads: set[Read] | None = None  # the reads of the page being rendered


@contextmanager
def recording() -> Iterator[set[Read]]:
    """Record what LazyEvents are asked while the block runs (one page's rendering)."""
    global _reads
    outer, _reads = _reads, set()
    try:
        yield _reads
    finally:
        _reads = outer


def note_read(event: object, name: str) -> None:
    """Record a read of `name` of a LazyEvent that code answers from a cache of its own."""
    if _reads is not None and isinstance(event, LazyEvent):
        _reads.add((event.summary.slug, name))


class LazyEvent:
    """An Event for the archive-wide files: its cheap parts from its Summary, the rest from its headline,
    loaded on first use (its facts, most of its weight and shown by no listing, on their own); every
    attribute read while `recording` is recorded."""

    __slots__ = ("summary", "slug", "_load", "_event", "_facts")

    def __init__(self, summary: Summary, load: Callable[[str, str], object]):
        """`load(slug, part)`: the event's headline without its facts ("event"), or its facts ("facts")."""
        self.summary = summary
        # The event's identity, not a value a page reads: the reads are filed by it, and the shape of every page
        # that lists events holds their slugs. A plain attribute: the shapes read it tens of thousands of times.
        self.slug = summary.slug
        self._load = load
        self._event: Event | None = None
        self._facts: tuple | None = None

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "meta":
            return _RecordedMeta(self.summary.slug, self._headline().meta)
        if name == "sources":
            return _RecordedSources(self.summary.slug, self._headline().sources)
        if _reads is not None:
            _reads.add((self.summary.slug, name))
        if name == "facts":
            if self._facts is None:
                self._facts = self._load(self.summary.slug, "facts")  # type: ignore[assignment]
            return self._facts
        return getattr(self._headline(), name)

    # What a summary answers without loading the event: its order in the archive and its feed entry id.
    date = property(lambda self: self._cheap("date"))
    id = property(lambda self: self._cheap("id"))

    def _cheap(self, name: str) -> str | None:
        if _reads is not None:
            _reads.add((self.summary.slug, name))
        return getattr(self.summary, name)

    def _headline(self) -> Event:
        if self._event is None:
            self._event = self._load(self.summary.slug, "event")  # type: ignore[assignment]
        return self._event  # type: ignore[return-value]


class _RecordedSources(Sequence):
    """An event's sources whose count is recorded apart from them: a card shows how many sources an event
    has, so a source's edit that keeps their number makes no page that shows only that again."""

    __slots__ = ("_slug", "_sources")

    def __init__(self, slug: str, sources: tuple):
        self._slug = slug
        self._sources = sources

    def __len__(self) -> int:
        if _reads is not None:
            _reads.add((self._slug, SOURCE_COUNT))
        return len(self._sources)

    def __getitem__(self, index):
        return self._read()[index]

    def __iter__(self):
        return iter(self._read())

    def __eq__(self, other: object) -> bool:
        return self._read() == (other._read() if isinstance(other, _RecordedSources) else other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._read())

    def _read(self) -> tuple:
        if _reads is not None:
            _reads.add((self._slug, "sources"))
        return self._sources


class _RecordedMeta:
    """An event's EventMeta whose fields are recorded one by one as they are read."""

    __slots__ = ("_slug", "_meta")

    def __init__(self, slug: str, meta: EventMeta):
        self._slug = slug
        self._meta = meta

    def __getattr__(self, name: str):
        if _reads is not None and not name.startswith("_"):
            _reads.add((self._slug, f"meta.{name}"))
        return getattr(self._meta, name)

    def __repr__(self) -> str:
        if _reads is not None:
            _reads.add((self._slug, "meta"))
        return repr(self._meta)

    __str__ = __repr__


def preload(events: Iterable[object], load_many: Callable[[list[str]], dict[str, Event]]) -> None:
    """Load at once the headlines of the LazyEvents among `events` not loaded yet (a page about to list
    hundreds of them), rather than one query each as they are read."""
    wanted = [event for event in events if isinstance(event, LazyEvent) and event._event is None]
    if wanted:
        found = load_many([event.summary.slug for event in wanted])
        for event in wanted:
            event._event = found.get(event.summary.slug)
