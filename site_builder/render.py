"""Render stage: the Archive -> output files (HTML pages, facts.json, Markdown copies).

One function per page kind; each returns {output path: bytes}. Only `write`
puts anything on disk.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jinja2

from . import markdown
from .convert.frontmatter import dump_article
from .model import Archive, Event, Fact, Source

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


def render_event(archive: Archive, event: Event, env: jinja2.Environment) -> dict[str, bytes]:
    anchors = {
        (fact.id, citation.source): _citation_anchor(event, citation.source, citation.quote)
        for fact in event.facts
        for citation in fact.citations
    }
    return {
        event.page: _page(
            env, "event.html", archive, event.page, event=event, sources=_newest_first(event.sources), anchors=anchors
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
            {"source": c.source, "quote": c.quote, **({"value": c.value} if c.value is not None else {})}
            for c in fact.citations
        ],
    }
    if fact.variants:
        data["variants"] = list(fact.variants)
    if fact.curated:
        data["curated"] = True
    return data


def _citation_anchor(event: Event, source_id: str, quote: str) -> str:
    source = next(s for s in event.sources if s.id == source_id)
    number = markdown.paragraph_of(source.article.body, quote)
    return f"sources/{source.slug}/" + (f"#p{number}" if number else "")


def _newest_first(sources: tuple[Source, ...]) -> list[Source]:
    return sorted(sources, key=lambda s: (s.article.published or "", s.id), reverse=True)


def _page(env: jinja2.Environment, template: str, archive: Archive, path: str, **context) -> bytes:
    depth = path.count("/")
    root = "../" * depth
    html = env.get_template(template).render(site=archive.config, root=root, path=path, **context)
    return html.encode("utf-8")
