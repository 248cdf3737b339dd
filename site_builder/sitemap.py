"""sitemap.xml: every event page and archived copy, with the content's own dates."""
from __future__ import annotations

from xml.sax.saxutils import escape

from .feeds import event_times
from .model import Archive


def render_sitemap(archive: Archive) -> dict[str, bytes]:
    config = archive.config
    rows = [(config.url("index.html"), None)]
    for event in archive.events:
        rows.append((config.url(event.page), event_times(event, config.zone)[1].date().isoformat()))
        rows.extend((config.url(source.page), None) for source in event.sources)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for url, lastmod in rows:
        modified = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"  <url><loc>{escape(url)}</loc>{modified}</url>")
    lines.append("</urlset>")
    return {"sitemap.xml": ("\n".join(lines) + "\n").encode("utf-8")}
