"""Render stage: the Archive -> output files (HTML pages, facts.json, Markdown copies).

One function per page kind; each returns {output path: bytes}. Only `write`
puts anything on disk.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import quote as percent_encode

import jinja2

from . import markdown
from .convert.frontmatter import dump_article
from .model import Archive, Citation, Event, Fact, Source

THEME_PACKAGE = "site_builder.templates"


def builtin_theme() -> Path:
    """The theme shipped with the package (the repository's `templates/` in a checkout)."""
    try:
        packaged = Path(str(resources.files(THEME_PACKAGE)))
        if (packaged / "base.html").exists():
            return packaged
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "templates"


def environment(user_templates: Path | None = None, kind: type[jinja2.Environment] = jinja2.Environment) -> jinja2.Environment:
    """User templates (a `templates/` folder beside the content folder) override the built-in theme.

    `kind`: a jinja2.Environment subclass, such as the live preview's, which records the templates a page loads.
    """
    search = [str(p) for p in template_folders(user_templates)]
    env = kind(
        loader=jinja2.FileSystemLoader(search),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = lambda text: jinja2.utils.markupsafe.Markup(markdown.to_html(text))
    env.filters["json_script"] = json_for_script
    return env


def template_folders(user_templates: Path | None) -> list[Path]:
    """The folders templates are looked up in, the first match winning."""
    return [p for p in (user_templates, builtin_theme()) if p is not None and p.is_dir()]


def json_for_script(value: object) -> jinja2.utils.markupsafe.Markup:
    """JSON safe inside <script>: '<', '>' and '&' escaped so no string can end the block."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return jinja2.utils.markupsafe.Markup(text)


def render_index(archive: Archive, env: jinja2.Environment) -> dict[str, bytes]:
    return {"index.html": _page(env, "index.html", archive, "index.html", events=archive.events)}


def render_not_found(archive: Archive, env: jinja2.Environment) -> dict[str, bytes]:
    return {"404.html": _page(env, "404.html", archive, "404.html")}


@dataclass(frozen=True)
class Chip:
    """One numbered citation on the event page: the source's paragraph here, and the original's words."""

    number: int
    source: Source
    citation: Citation
    archived: str  # link to the paragraph of the archived copy, relative to the event page
    original: str | None  # the original URL with a text fragment, when the URL is known


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


@dataclass(frozen=True)
class FactBox:
    """The event's facts in the order a reader asks for them."""

    when: tuple[FactView, ...]
    where: tuple[FactView, ...]
    who: tuple[FactView, ...]
    organizations: tuple[FactView, ...]
    figures: tuple[FactView, ...]
    conflicts: tuple[FactView, ...]
    claims: tuple[FactView, ...]
    quotations: tuple[FactView, ...]
    only_in: tuple[tuple[Source, tuple[FactView, ...]], ...]  # per source, what no other source states
    all: tuple[FactView, ...]


def fact_box(event: Event) -> FactBox:
    views = tuple(FactView(fact, tuple(_chip(event, c) for c in fact.citations)) for fact in event.facts)

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
            sources=_newest_first(event.sources),
            coverage=coverage_summary(event.sources),
            json_ld=_json_ld(archive, event, box),
        )
    }


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
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return {f"events/{event.slug}/facts.json": text.encode("utf-8")}


def static_files(env: jinja2.Environment) -> dict[str, bytes]:
    """The theme's `static/` folder, copied to `static/` (user files override built-in ones)."""
    files: dict[str, bytes] = {}
    for root in reversed(env.loader.searchpath):  # type: ignore[union-attr]
        static = Path(root) / "static"
        if static.is_dir():
            for path in sorted(static.rglob("*")):
                if path.is_file():
                    files[f"static/{path.relative_to(static).as_posix()}"] = path.read_bytes()
    return files


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


def _newest_first(sources: tuple[Source, ...]) -> list[Source]:
    return sorted(sources, key=lambda s: (s.article.published or "", s.id), reverse=True)


def _page(env: jinja2.Environment, template: str, archive: Archive, path: str, **context) -> bytes:
    depth = path.count("/")
    root = "../" * depth
    html = env.get_template(template).render(site=archive.config, root=root, path=path, **context)
    return html.encode("utf-8")
