"""sitemap.xml (every page a reader can browse to, events with the content's own dates) and the
robots.txt that points crawlers to it."""
from __future__ import annotations

from .config import SiteConfig
from .feeds import event_times
from .headlines import LazyEvent
from .listings import browse_paths
from .model import Archive, Event


def render_sitemap(archive: Archive) -> dict[str, bytes]:
    config = archive.config
    rows = [(config.url(path), None) for path in browse_paths(archive)]
    for event in archive.events:
        rows.extend(event.summary.sitemap_rows if isinstance(event, LazyEvent) else event_rows(config, event))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for url, lastmod in rows:
        modified = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"  <url><loc>{_escape(url)}</loc>{modified}</url>")
    lines.append("</urlset>")
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {config.url('sitemap.xml')}\n"
    return {"sitemap.xml": ("\n".join(lines) + "\n").encode("utf-8"), "robots.txt": robots.encode("utf-8")}


def _escape(text: str) -> str:
    """XML's escapes of text (xml.sax.saxutils.escape's, whose import brings urllib.request, http and ssl)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def event_rows(config: SiteConfig, event: Event) -> list[tuple[str, str | None]]:
    """An event's rows (URL, lastmod): its page with its content's last change, its archived copies
    (made when the event is loaded and cached in its headlines.Summary)."""
    rows: list[tuple[str, str | None]] = [(config.url(event.page), event_times(event, config.zone)[1].date().isoformat())]
    rows.extend((config.url(source.page), None) for source in event.sources)
    return rows
