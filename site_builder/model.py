"""The plain model the pipeline stages pass to each other.

Stages take and return these objects; none of them holds a reference to the
output folder, a template environment or another stage's internals.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .config import SiteConfig


class StageCache(Protocol):
    """Where a stage keeps what it worked out between runs (the build cache): values by a key naming all
    the stage read to make them."""

    def get(self, key: tuple) -> object | None: ...

    def put(self, key: tuple, value: object) -> None: ...


FACT_KINDS = ("date", "place", "person", "organization", "number", "claim", "quote")
FACT_STATUSES = ("agreed", "conflict", "single-source")


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner dropped, kept so the archived copy can show it."""

    line: int  # 1-based line number in the decoded raw text
    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """One cleaned article: front matter fields and a Markdown body."""

    title: str | None
    body: str  # Markdown, without front matter
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601: a date, or a datetime with offset
    dateline: str | None = None
    outlet: str | None = None
    url: str | None = None
    credits: tuple[str, ...] = ()
    language: str | None = None
    removed: tuple[RemovedLine, ...] = ()
    body_line: int = 1  # line of the body's first line in the file, for messages


@dataclass(frozen=True)
class ListedFile:
    """A file of an event folder as the scan saw it: named and stat'ed, not read."""

    path: str  # relative to the content folder, '/'-separated
    role: str  # "source", "event" (event.md) or "metadata" (sources.toml)
    size: int
    mtime_ns: int
    inode: int


@dataclass(frozen=True)
class EventListing:
    """An event folder as the scan saw it: enough to tell whether anything in it changed."""

    slug: str
    path: str  # relative to the content folder
    files: tuple[ListedFile, ...]


@dataclass(frozen=True)
class SourceFile:
    """A file found under an event folder, read but not yet converted."""

    path: str  # relative to the content folder, '/'-separated
    data: bytes
    digest: str  # sha256 of data


@dataclass(frozen=True)
class Source:
    """An article cited by an event, with its place in the output."""

    id: str  # "s1", "s2" ... in the order of the event's sorted source files
    file: str  # path relative to the content folder
    event: str  # the event's slug
    slug: str  # the archived copy's folder name
    article: Article

    @property
    def page(self) -> str:
        return f"events/{self.event}/sources/{self.slug}/index.html"

    @property
    def markdown(self) -> str:
        return f"events/{self.event}/sources/{self.slug}.md"


@dataclass(frozen=True)
class Citation:
    """The exact words of one source that state a fact."""

    source: str  # Source.id
    quote: str  # verbatim (up to white space) from the source's cleaned body
    value: str | None = None  # the value as this source states it, when it differs
    disagrees: bool = False  # on a conflict: this source's value cannot be true with the fact's first value
    speaker: str | None = None  # a quotation whose speaker the sources disagree on: who this source says spoke
    paragraph: int | None = None  # the paragraph of the source's body that holds the quote (p1, p2 ...)


@dataclass(frozen=True)
class Fact:
    id: str
    kind: str  # one of FACT_KINDS
    label: str
    value: str
    status: str  # one of FACT_STATUSES
    citations: tuple[Citation, ...]
    variants: tuple[str, ...] = ()  # other spellings the sources use
    curated: bool = False  # set or relabelled by the curator in event.md


@dataclass(frozen=True)
class Aliases:
    """House spellings: (house spelling, other spellings of the same name) pairs."""

    spellings: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class EventMeta:
    """What the curator wrote in event.md (all optional)."""

    title: str | None = None
    date: str | None = None
    place: str | None = None
    summary: str | None = None
    tags: tuple[str, ...] = ()
    id: str | None = None  # the curator's pinned permanent id (see Event.id)
    updated: str | None = None  # ISO 8601: when the curators last changed the event in substance
    text: str = ""  # the editor's Markdown
    file: str | None = None  # path of event.md relative to the content folder
    pinned: tuple[Fact, ...] = ()  # curated facts, their quotes already verified against the sources
    hidden: tuple[str, ...] = ()  # ids of facts not to show
    relabelled: tuple[tuple[str, str], ...] = ()  # (fact id, the curator's label)
    id_lines: tuple[tuple[str, int], ...] = ()  # (hidden or relabelled fact id, its line in event.md)
    spelling: Aliases = field(default_factory=Aliases)  # this event's house spellings


@dataclass(frozen=True)
class Event:
    slug: str
    meta: EventMeta
    sources: tuple[Source, ...]
    title: str  # the curator's title, or one derived from the sources
    date: str | None  # the day the event happened (YYYY-MM-DD), None when unknown
    id: str  # permanent (feed entry ids): event.md's `id`, else derived from the first source's bytes
    place: str | None = None
    facts: tuple[Fact, ...] = ()  # the fact box
    more_facts: tuple[Fact, ...] = ()  # reachable, not boxed: figures beyond the box's cap ("More figures"), places and bodies named in passing ("Also named")
    spelled: tuple[str, ...] = ()  # the folded names whose house spellings finding the facts asked (Spellings.asked)

    @property
    def page(self) -> str:
        return f"events/{self.slug}/index.html"

    @property
    def folder(self) -> str:
        """The event's folder relative to the content folder, for messages."""
        return self.sources[0].file.rsplit("/", 1)[0] if self.sources else f"events/{self.slug}"


@dataclass(frozen=True)
class Archive:
    config: SiteConfig
    events: tuple[Event, ...] = field(default_factory=tuple)  # newest first


@dataclass(frozen=True)
class EventFolder:
    """What discover found in `events/<slug>/`, read into memory."""

    slug: str
    path: str  # relative to the content folder
    sources: tuple[SourceFile, ...]
    event_md: SourceFile | None = None
    metadata: SourceFile | None = None  # sources.toml: per-source metadata the raw texts lack
