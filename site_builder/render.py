"""Render stage: the Archive -> output files (HTML pages, facts.json, Markdown copies).

One function per page kind; each returns {output path: bytes}. Only `write`
puts anything on disk.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from functools import partial
from pathlib import Path
from urllib.parse import quote as percent_encode
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from . import jsontext, markdown
from .convert.frontmatter import dump_article
from .feeds import content_time
from .listings import KINDS, IndexPage, index_pages, kind_index_path, listing_slug, listings
from .model import Archive, Citation, Event, Fact, Source
from .problems import Problem
from .theme import builtin_theme, template_folders

BUILTIN_PREFIX = "builtin"  # `{% extends "builtin/base.html" %}` reaches the built-in theme from an override
# Pygments styles whose every token colour has a contrast of 4.5:1 or more on the theme's code backgrounds
# (tests/test_theme.py checks it against --code-bg in static/style.css).
HIGHLIGHT_STYLES = {"light": "xcode", "dark": "lightbulb"}
HIGHLIGHT_SCOPE = "pre > code"


class CompiledTemplates(jinja2.BytecodeCache):
    """The compiled templates, by name and file; jinja2 uses one only for the same source (it compares a
    checksum) and the same Python and jinja2 (the bytecode's header). A process that makes a new
    environment after a template changed (serve) compiles again only the templates that did; the build
    keeps `compiled` in its cache, so a rebuild's new process compiles none (~0.1 s)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = CompiledTemplates()


def environment(user_templates: Path | None = None) -> jinja2.Environment:
    """User templates (a `templates/` folder beside the content folder) override the built-in theme.
    An environment is made again when a template changes (rebuild.template_environment): it does not
    stat each template file again whenever a page uses it (auto_reload)."""
    folders = template_folders(user_templates)
    env = jinja2.Environment(
        bytecode_cache=COMPILED_TEMPLATES,
        loader=jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader([str(p) for p in folders]),
                jinja2.PrefixLoader({BUILTIN_PREFIX: jinja2.FileSystemLoader(str(builtin_theme()))}),
            ]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["markdown"] = lambda text, heading_base=None: jinja2.utils.markupsafe.Markup(markdown.to_html(text, heading_base))
    env.filters["json_script"] = json_for_script
    env.filters["long_date"] = long_date
    env.filters["long_time"] = long_time
    env.filters["listing_slug"] = listing_slug
    env.filters["cites"] = cites
    env.extend(theme_folders=tuple(folders))
    return env


def json_for_script(value: object) -> jinja2.utils.markupsafe.Markup:
    """JSON safe inside <script>: '<', '>' and '&' escaped so no string can end the block."""
    text = jsontext.dumps(value, indent=1, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return jinja2.utils.markupsafe.Markup(text)


def long_date(value: str | None) -> str:
    """'2023-04-20' -> '20 April 2023' (a datetime keeps only its date)."""
    if not value:
        return ""
    day = date.fromisoformat(value[:10])
    return f"{day.day} {day:%B %Y}"


def long_time(value: str | None, zone: str = "UTC") -> str:
    """An ISO publication time as readers write it: '20 April 2023, 09:24 UTC+02:00'; a time without
    an offset is in the site's `zone` (SiteConfig.timezone); a bare date stays a date."""
    if not value or "T" not in value:
        return long_date(value)
    moment = datetime.fromisoformat(value)
    offset = moment.strftime("%z")
    shown = f"UTC{offset[:3]}:{offset[3:]}".replace("UTC+00:00", "UTC") if offset else zone
    return f"{long_date(value)}, {moment:%H:%M} {shown}"


@dataclass(frozen=True)
class ArchivePage:
    """One archive-wide page: its path, its shape (what it shows besides what it reads of its events:
    which events, in which order, under which name) and how to render it."""

    path: str
    shape: tuple
    render: Callable[[], bytes]
    events: tuple[Event, ...] = ()  # the events it lists, whose headlines it reads

def archive_pages(archive: Archive, env: jinja2.Environment) -> Iterator[ArchivePage]:
    """The pages made from every event: the index, paginated (`index.html`, then `page/2/index.html` ...),
    per outlet, tag, person and place a page listing every name of the kind and one page per name,
    the search page and 404.html (served at any missing address, so its links start from the site's
    own path, not '../')."""
    for page in index_pages(archive):
        yield ArchivePage(page.path, ("index", page.number, page.count, _slugs(page.events)), partial(_index_page, env, archive, page),
                          page.events)
    for kind, entries in listings(archive).items():
        path = kind_index_path(kind)
        shape = ("listings", kind, tuple((e.name, e.slug, _slugs(e.events)) for e in entries))
        yield ArchivePage(path, shape, partial(
            _page, env, "listings.html", archive, path, kind=kind, heading=KINDS[kind][1], listings=entries))
        for listing in entries:
            shape = ("listing", kind, listing.name, listing.slug, tuple(sorted(listing.members)), _slugs(listing.events))
            yield ArchivePage(listing.path, shape, partial(_page, env, "listing.html", archive, listing.path, listing=listing),
                              listing.events)
    yield ArchivePage("search/index.html", ("search",), partial(_page, env, "search.html", archive, "search/index.html"))
    yield ArchivePage("404.html", ("404",), partial(
        _page, env, "404.html", archive, "404.html", root=urlsplit(archive.config.root).path))


def _index_page(env: jinja2.Environment, archive: Archive, page: IndexPage) -> bytes:
    return _page(env, "index.html", archive, page.path, page=page, events=page.events, jsonld=index_jsonld(archive, page))


def _slugs(events: tuple[Event, ...]) -> tuple[str, ...]:
    return tuple(event.slug for event in events)


def index_jsonld(archive: Archive, page: IndexPage) -> dict | None:
    """schema.org data for the first index page: the site, its search, and the events listed on the page."""
    if page.number != 1:
        return None
    config = archive.config
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": config.title,
        "description": config.description,
        "url": config.root,
        "inLanguage": config.language,
        "potentialAction": {
            "@type": "SearchAction",
            "target": config.url("search/index.html") + "?q={query}",
            "query-input": "required name=query",
        },
        "mainEntity": {
            "@type": "ItemList",
            "itemListOrder": "https://schema.org/ItemListOrderDescending",
            "itemListElement": [
                {"@type": "ListItem", "position": n, "url": config.url(event.page), "name": event.title}
                for n, event in enumerate(page.events, start=1)
            ],
        },
    }


@dataclass(frozen=True)
class Chip:
    """One numbered citation on the event page: the source's paragraph here, and the original's words."""

    number: int
    source: Source
    citation: Citation
    archived: str  # link to the paragraph of the archived copy, relative to the event page
    original: str | None  # the original URL with a text fragment, when the URL is known


def cites(chips: Iterable[Chip]) -> Markup:
    """A fact's citation chips as the event page shows them, each a link to the archived paragraph with the
    quote, then ↗ to the original's words. A string join, not a template loop: a page holds hundreds of chips
    and the loop was a fifth of the page's rendering."""
    parts = ['<span class="cites">']
    for chip in chips:
        disagrees = chip.citation.disagrees
        parts.append(
            f'<a class="cite{" cite-disagrees" if disagrees else ""}" href="{escape(chip.archived)}"><span class="visually-hidden">'
            f'source </span>{chip.number}<span class="cite-quote" data-pagefind-ignore><span class="visually-hidden">'
            f'{", disagrees" if disagrees else ""}: </span>{escape(chip.source.article.outlet or chip.source.id)}: '
            f'“{escape(chip.citation.quote)}”</span></a>'
        )
        if chip.original:
            parts.append(f'<a class="cite-original" href="{escape(chip.original)}" rel="noopener" title="the words in the '
                         f'original" aria-label="source {chip.number}, in the original">↗</a>')
    parts.append("</span>")
    return Markup("".join(parts))


# The coverage matrix's cell for each word: its mark, and the word as a class name.
_CELLS = {
    word: Markup(f'<td class="cell-{word.replace(" ", "-")}"><span class="cell-mark" aria-hidden="true">{mark}</span>'
                 f'<span class="visually-hidden">{word}</span></td>\n')
    for word, mark in (("states", "●"), ("disagrees", "≠"), ("not mentioned", "–"))
}


@dataclass(frozen=True)
class FactView:
    fact: Fact
    chips: tuple[Chip, ...]

    @property
    def sources(self) -> int:
        return len({chip.source.id for chip in self.chips})

    def cell(self, source: Source) -> str:
        """The coverage matrix's word for this source: states, disagrees, or not mentioned."""
        for chip in self.chips:
            if chip.source.id == source.id:
                return "disagrees" if chip.citation.disagrees else "states"
        return "not mentioned"

    def coverage_cells(self, sources: Iterable[Source]) -> Markup:
        """The fact's row of the coverage matrix, one cell per source (each line ending): joined from three
        fixed cells, not rendered cell by cell (a matrix has facts × sources cells)."""
        return Markup("".join(_CELLS[self.cell(source)] for source in sources))


@dataclass(frozen=True)
class FactBox:
    """The event's facts in the order a reader asks for them."""

    when: tuple[FactView, ...]
    where: tuple[FactView, ...]
    who: tuple[FactView, ...]
    organizations: tuple[FactView, ...]
    figures: tuple[FactView, ...]
    more_figures: tuple[FactView, ...]  # not key: under the box's figures, folded
    named_in_passing: tuple[FactView, ...]  # places and bodies a source names in its background: under Where, folded
    conflicts: tuple[FactView, ...]
    claims: tuple[FactView, ...]
    quotations: tuple[FactView, ...]
    only_in: tuple[tuple[Source, tuple[FactView, ...]], ...]  # per source, what no other source states
    all: tuple[FactView, ...]


def fact_box(event: Event) -> FactBox:
    views = tuple(FactView(fact, tuple(_chip(event, c) for c in fact.citations)) for fact in event.facts)
    more = tuple(FactView(fact, tuple(_chip(event, c) for c in fact.citations)) for fact in event.more_facts)

    def kind(name: str, conflicts: bool = False) -> tuple[FactView, ...]:
        return tuple(v for v in views if v.fact.kind == name and (v.fact.status == "conflict") == conflicts)

    single = [v for v in views if v.fact.status == "single-source" and v.fact.kind not in ("date", "place")]
    only_in = tuple(
        (source, tuple(v for v in single if v.chips[0].source.id == source.id))
        for source in event.sources
        if any(v.chips[0].source.id == source.id for v in single)
    )
    claims = tuple(sorted(kind("claim"), key=lambda v: -v.sources))
    return FactBox(
        when=kind("date") + kind("date", True),
        where=kind("place"),
        who=kind("person"),
        organizations=kind("organization"),
        figures=kind("number"),
        more_figures=tuple(v for v in more if v.fact.kind == "number"),
        named_in_passing=tuple(v for v in more if v.fact.kind != "number"),
        conflicts=tuple(v for v in views if v.fact.status == "conflict"),
        claims=claims,
        quotations=kind("quote"),
        only_in=only_in,
        all=views,
    )


def coverage_summary(sources: tuple[Source, ...]) -> str:
    """'5 sources, 4 outlets, first report at 2023-04-20T09:24:06+00:00'."""
    outlets = {s.article.outlet for s in sources if s.article.outlet}
    published = sorted(s.article.published for s in sources if s.article.published)
    parts = [f"{len(sources)} source{'s' if len(sources) != 1 else ''}"]
    parts.append(f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}" if outlets else "outlets unknown")
    parts.append(f"first report at {published[0]}" if published else "publication times unknown")
    return ", ".join(parts)


def render_event(archive: Archive, event: Event, env: jinja2.Environment) -> dict[str, bytes]:
    box = fact_box(event)
    return {
        event.page: _page(
            env,
            "event.html",
            archive,
            event.page,
            event=event,
            box=box,
            sources=_newest_first(event.sources, archive.config.zone),
            coverage=coverage_summary(event.sources),
            json_ld=_json_ld(archive, event, box),
            timeline=timeline(event, archive.config.zone),
        )
    }


@dataclass(frozen=True)
class TimelineEntry:
    source: Source
    after_first: str | None  # '+2 h 05 min' after the first report; None for the first or an unknown time


def timeline(event: Event, zone: tzinfo) -> list[TimelineEntry]:
    """When each source was published, oldest first, with its delay after the first report;
    sources with no known time come last, in id order. `zone`: the site's, for times without an offset."""
    timed = sorted(
        ((content_time(s.article.published, zone), s) for s in event.sources if s.article.published),
        key=lambda pair: (pair[0], int(pair[1].id[1:])),
    )
    first = timed[0][0] if timed else None
    entries = [TimelineEntry(source, _delay(time - first) if first and time > first else None) for time, source in timed]
    entries += [TimelineEntry(s, None) for s in event.sources if not s.article.published]
    return entries


def _delay(elapsed) -> str:
    minutes = int(elapsed.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days} d"] if days else []
    parts += [f"{hours} h"] if hours else []
    parts += [f"{minutes:02d} min" if parts else f"{minutes} min"] if minutes or not parts else []
    return "+" + " ".join(parts)


def render_source(archive: Archive, event: Event, source: Source, env: jinja2.Environment) -> dict[str, bytes]:
    return {
        source.page: _page(env, "source.html", archive, source.page, event=event, source=source),
        source.markdown: dump_article(source.article).encode("utf-8"),
    }


def render_facts_json(event: Event) -> dict[str, bytes]:
    data = {
        "event": {
            "slug": event.slug,
            "title": event.title,
            "date": event.date,
            "place": event.place,
            "summary": event.meta.summary,
            "tags": list(event.meta.tags),
            "page": event.page,
        },
        "sources": [_source_json(source) for source in event.sources],
        "facts": [_fact_json(fact) for fact in event.facts],
    }
    if event.more_facts:
        data["more_facts"] = [_fact_json(fact) for fact in event.more_facts]
    text = jsontext.dumps(data, indent=2) + "\n"
    return {f"events/{event.slug}/facts.json": text.encode("utf-8")}


def template_problem(exc: jinja2.TemplateError, env: jinja2.Environment) -> Problem:
    """A template's error as `file:line: message`: the site's own template by its path beside the content
    folder (`templates/event.html:3`), the built-in theme's by its `builtin/` name."""
    file, line = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    folders = [Path(folder).resolve() for folder in env.theme_folders]  # type: ignore[attr-defined]
    if file is None:  # a runtime error: the innermost frame that runs a template file
        traceback = exc.__traceback__
        while traceback is not None:
            frame_file = traceback.tb_frame.f_code.co_filename
            if any(Path(frame_file).resolve().is_relative_to(folder) for folder in folders):
                file, line = frame_file, traceback.tb_lineno
            traceback = traceback.tb_next
    if file is None:
        return Problem("templates", None, f"template error: {exc.message or exc}")
    path = Path(file).resolve()
    builtin = builtin_theme().resolve()
    for folder in folders:
        if path.is_relative_to(folder):
            shown = f"{BUILTIN_PREFIX}/{path.relative_to(folder).as_posix()}" if folder == builtin else (
                path.relative_to(folder.parent).as_posix())
            return Problem(shown, line, exc.message or str(exc))
    return Problem(file, line, exc.message or str(exc))


def static_files(env: jinja2.Environment) -> dict[str, bytes]:
    """The code highlighting styles, then the theme's `static/` folder, copied to `static/`
    (user files override built-in ones, and may replace `static/pygments.css`)."""
    files: dict[str, bytes] = {"static/pygments.css": highlight_css().encode("utf-8")}
    for root in reversed(env.theme_folders):  # type: ignore[attr-defined]
        static = Path(root) / "static"
        if static.is_dir():
            for path in sorted(static.rglob("*")):
                if path.is_file():
                    files[f"static/{path.relative_to(static).as_posix()}"] = path.read_bytes()
    return files


def highlight_css() -> str:
    """Pygments token colours for code blocks: the light style on screens in light mode and on paper,
    the dark one on screens in dark mode (each alone, so no colour of one leaks into the other)."""
    from pygments.formatters import HtmlFormatter  # the stylesheet alone needs it: imported then

    blocks = []
    for scheme, media in (("light", "print, (prefers-color-scheme: light)"), ("dark", "screen and (prefers-color-scheme: dark)")):
        rules = HtmlFormatter(style=HIGHLIGHT_STYLES[scheme]).get_token_style_defs(HIGHLIGHT_SCOPE)
        blocks.append(f"/* Pygments style {HIGHLIGHT_STYLES[scheme]!r} */\n@media {media} {{\n" + "".join(f"  {r}\n" for r in rules) + "}\n")
    return "".join(blocks)


def _source_json(source: Source) -> dict:
    article = source.article
    return {
        "id": source.id,
        "file": source.file,
        "title": article.title,
        "outlet": article.outlet,
        "author": ", ".join(article.authors) or None,
        "published": article.published,
        "url": article.url,
        "page": source.page,
        "markdown": source.markdown,
    }


def _fact_json(fact: Fact) -> dict:
    data = {
        "id": fact.id,
        "kind": fact.kind,
        "label": fact.label,
        "value": fact.value,
        "status": fact.status,
        "citations": [
            {
                "source": c.source,
                "quote": c.quote,
                **({"value": c.value} if c.value is not None else {}),
                **({"disagrees": True} if c.disagrees else {}),
                **({"speaker": c.speaker} if c.speaker is not None else {}),
            }
            for c in fact.citations
        ],
    }
    if fact.variants:
        data["variants"] = list(fact.variants)
    if fact.curated:
        data["curated"] = True
    return data


def _chip(event: Event, citation: Citation) -> Chip:
    source = next(s for s in event.sources if s.id == citation.source)
    archived = f"sources/{source.slug}/" + (f"#p{citation.paragraph}" if citation.paragraph else "")
    original = f"{source.article.url.split('#')[0]}#:~:text={text_fragment(citation.quote)}" if source.article.url else None
    number = int(source.id[1:]) if source.id[1:].isdigit() else event.sources.index(source) + 1
    return Chip(number, source, citation, archived, original)


def text_fragment(quote: str) -> str:
    """A URL text fragment for the quote: the whole quote when short, else its first and last words."""
    words = quote.split()
    encode = lambda text: percent_encode(text, safe="").replace("-", "%2D")  # noqa: E731
    if len(words) <= 8:
        return encode(" ".join(words))
    return f"{encode(' '.join(words[:4]))},{encode(' '.join(words[-4:]))}"


def _json_ld(archive: Archive, event: Event, box: FactBox) -> dict:
    """schema.org: a NewsArticle about an Event, citing each source, each fact a Claim with its appearances."""
    page = archive.config.url(event.page)
    about: dict = {"@type": "Event", "name": event.title}
    if event.date:
        about["startDate"] = event.date
    if event.place:
        about["location"] = {"@type": "Place", "name": event.place}
    citations = []
    for source in event.sources:
        article = source.article
        item: dict = {"@type": "NewsArticle", "@id": f"{page}#{source.id}", "headline": article.title or source.slug,
                      "url": article.url or archive.config.url(source.page), "archivedAt": archive.config.url(source.page)}
        if article.outlet:
            item["publisher"] = {"@type": "Organization", "name": article.outlet}
        if article.published:
            item["datePublished"] = article.published
        if article.authors:
            item["author"] = [{"@type": "Person", "name": name} for name in article.authors]
        citations.append(item)
    claims = [
        {
            "@type": "Claim",
            "@id": f"{page}#fact-{view.fact.id}",
            "name": view.fact.label,
            "text": view.fact.value,
            "appearance": [
                {"@type": "Quotation", "text": chip.citation.quote, "url": archive.config.url(event.page.rsplit("/", 1)[0] + "/" + chip.archived),
                 "isPartOf": {"@id": f"{page}#{chip.source.id}"}}
                for chip in view.chips
            ],
        }
        for view in box.all
    ]
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": event.title, "url": page,
            "about": about, "citation": citations, "hasPart": claims}


def _newest_first(sources: tuple[Source, ...], zone: tzinfo) -> list[Source]:
    """Sources with a publication time, newest first; then the others, in id order."""
    timed = sorted(
        (s for s in sources if s.article.published),
        key=lambda s: (content_time(s.article.published, zone), -int(s.id[1:])),
        reverse=True,
    )
    return timed + [s for s in sources if not s.article.published]


def _page(env: jinja2.Environment, template: str, archive: Archive, path: str, root: str | None = None, **context) -> bytes:
    """A page; `root` is the relative way back to the site root ('../../' from `events/x/index.html`)."""
    root = "../" * path.count("/") if root is None else root
    html = env.get_template(template).render(site=archive.config, root=root, path=path, kinds=KINDS, **context)
    return html.encode("utf-8")
