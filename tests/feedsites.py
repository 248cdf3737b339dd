"""Content folders written by the feed tests, and a reader's view of every feed a build wrote."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import lxml.html
from lxml import etree

from site_builder.cli import main

BASE_URL = "https://news.example.net/stories/"
ATOM = "{http://www.w3.org/2005/Atom}"
TIME_WITH_OFFSET = re.compile(r"(Z|[+-]\d\d:\d\d)$")  # RFC 3339
RSS_TIME_WITH_OFFSET = re.compile(r" [+-]\d{4}$")  # RFC 822 numeric zone


@dataclass(frozen=True)
class SourceSpec:
    name: str  # file name in the event folder
    title: str
    published: str | None
    outlet: str = "Example Wire"
    count: int = 12  # "crews cleared N trucks": a fact the facts stage finds


def write_source(folder: Path, source: SourceSpec) -> None:
    lines = ["---", f"title: {source.title}", f"outlet: {source.outlet}", "author: Sam Reporter"]
    if source.published:
        lines.append(f"published: {source.published}")
    lines.append(f"url: https://wire.example.com/{source.name}")
    lines += ["---", "", f"Crews cleared {source.count} trucks from the road, officials said.", ""]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / source.name).write_text("\n".join(lines), encoding="utf-8")


def write_event(content: Path, slug: str, title: str, date: str, sources: list[SourceSpec], **front: str) -> Path:
    folder = content / "events" / slug
    meta = {"title": title, "date": date, **front}
    body = "".join(f"{key}: {value}\n" for key, value in meta.items())
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "event.md").write_text(f"---\n{body}---\n\nEditor's note.\n", encoding="utf-8")
    for source in sources:
        write_source(folder, source)
    return folder


def write_site(content: Path, events: int, feed_size: int = 20, **settings: str) -> Path:
    """`events` events on consecutive days of March 2024, two sources each, newest last."""
    lines = ['title = "Feed test"', f'base_url = "{BASE_URL}"', 'author = "Test curators"', f"feed_size = {feed_size}"]
    lines += [f'{key} = "{value}"' for key, value in settings.items()]
    content.mkdir(parents=True, exist_ok=True)
    (content / "site.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for day in range(1, events + 1):
        write_event(
            content,
            f"event-{day:02d}",
            f"Event number {day}",
            f"2024-03-{day:02d}",
            [
                SourceSpec(f"a-{day}.md", f"First report {day}", f"2024-03-{day:02d}T08:00:00+00:00"),
                SourceSpec(f"b-{day}.md", f"Second report {day}", f"2024-03-{day:02d}T17:45:00+02:00", count=12 + day % 2),
            ],
        )
    return content


def build(content: Path, output: Path) -> Path:
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    return output


def feed_files(output: Path) -> list[Path]:
    """Every feed document a build wrote (subscription and archive documents)."""
    names = ("atom.xml", "rss.xml", "feed.json", "atom-*.xml", "rss-*.xml", "feed-*.json")
    return sorted(path for name in names for path in output.rglob(name))


def url_path(output: Path, root: str, url: str) -> Path:
    """The output file that an absolute URL of the site (served from `root`) points at."""
    assert url.startswith(root), f"{url} is not under {root}"
    path = urlsplit(url[len(root) :]).path
    return output / (path + "index.html" if path.endswith("/") or not path else path)


def is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def html_links(html: str) -> list[str]:
    return lxml.html.fragment_fromstring(html, create_parent="div").xpath("//@href | //@src")


def raw_entry_contents(path: Path) -> list[str]:
    """The entry HTML exactly as written (feedparser would resolve and sanitise it)."""
    if path.suffix == ".json":
        return [item["content_html"] for item in json.loads(path.read_bytes())["items"]]
    root = etree.parse(str(path)).getroot()
    return [e.text or "" for e in root.iter(f"{ATOM}content", "{http://purl.org/rss/1.0/modules/content/}encoded")]


@dataclass(frozen=True)
class ReadFeed:
    """A feed document as a reader sees it: its entries' ids, links and time stamps."""

    path: Path
    ids: list[str]
    links: list[str]  # entry page links
    times: list[str]  # the raw time strings of every entry, as written
    feed_links: dict[str, str]  # rel -> href of the document's own links
    titles: list[str]


def read_feed(path: Path) -> ReadFeed:
    if path.suffix == ".json":
        data = json.loads(path.read_bytes())
        items = data["items"]
        feed_links = {"self": data["feed_url"], "alternate": data["home_page_url"]}
        if "next_url" in data:
            feed_links["prev-archive"] = data["next_url"]
        return ReadFeed(
            path,
            [item["id"] for item in items],
            [item["url"] for item in items],
            [item[key] for item in items for key in ("date_published", "date_modified")],
            feed_links,
            [item["title"] for item in items],
        )
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, f"{path}: {parsed.bozo_exception}"
    if parsed.version == "rss20":
        times = [entry.published for entry in parsed.entries]
        feed_links = {link.rel: link.href for link in parsed.feed.links}
        feed_links["alternate"] = parsed.feed.link
    else:
        assert parsed.version == "atom10", parsed.version
        times = [entry[key] for entry in parsed.entries for key in ("published", "updated")]
        feed_links = {link.rel: link.href for link in parsed.feed.links}
    return ReadFeed(
        path,
        [entry.id for entry in parsed.entries],
        [entry.link for entry in parsed.entries],
        times,
        feed_links,
        [entry.title for entry in parsed.entries],
    )


def follow_archives(output: Path, root: str, subscription: Path) -> list[ReadFeed]:
    """The subscription document and every archive document reached from it by prev-archive."""
    documents = [read_feed(subscription)]
    while "prev-archive" in documents[-1].feed_links:
        target = url_path(output, root, documents[-1].feed_links["prev-archive"])
        assert target.exists(), f"{documents[-1].path} links a missing archive document {target}"
        assert len(documents) < 100, "prev-archive chain does not end"
        documents.append(read_feed(target))
    return documents
