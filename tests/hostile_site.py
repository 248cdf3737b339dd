"""The hostile corpus as a content folder: every vector in every place content can put text.

`write_hostile_site(folder, text)` writes the site with `text(vector)` in each place; the
tests build it twice, with the vectors and with an innocent placeholder, so that a page
whose structure differs between the two has let hostile text become markup.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import yaml

from .conftest import FIXTURES

CORPUS = FIXTURES / "hostile"


def corpus(name: str) -> list[str]:
    """One case per line of `tests/fixtures/hostile/<name>`."""
    return [line for line in (CORPUS / name).read_text(encoding="utf-8").split("\n") if line.strip()]


XSS_VECTORS = corpus("xss-vectors.txt")
TEMPLATE_INJECTIONS = corpus("template-injection.txt")
HOSTILE_TEXTS = XSS_VECTORS + TEMPLATE_INJECTIONS
SCRIPT_BREAKING_TITLE = '</script><script>alert("json-ld")</script><!--'

# The events of the hostile site, each a place where content text reaches a page.
CURATED = "events/curated-fields"  # one curated Markdown source per text: every front matter field, a code block
PARAGRAPHS = "events/markdown-paragraphs"  # all texts as Markdown paragraphs of one curated source
RAW_TEXT = "events/raw-text"  # raw .txt sources through the text cleaner
HTML_PAGES = "events/html-pages"  # .html sources, the texts as markup and as escaped text, through extraction


def curated_name(index: int) -> str:
    return f"v{index:03d}"


def write_hostile_site(folder: Path, text: Callable[[str], str] = lambda vector: vector) -> Path:
    """The hostile site under `folder`; `text` maps a corpus line to what is written."""
    folder.mkdir(parents=True)
    (folder / "site.toml").write_text(
        f'title = {_toml(text("Archive </title><script>alert(1)</script>"))}\n'
        'base_url = "https://hostile.example.org/"\n',
        encoding="utf-8",
    )
    texts = [text(v) for v in HOSTILE_TEXTS]

    curated = folder / CURATED
    curated.mkdir(parents=True)
    _write_md(
        curated / "event.md",
        {"title": text(SCRIPT_BREAKING_TITLE), "summary": texts[0], "place": texts[1], "tags": texts[2:5]},
        "The editor's note quotes a vector in code:\n\n```\n" + texts[5] + "\n```\n",
    )
    for index, value in enumerate(texts):
        meta = {
            "title": value,
            "subtitle": value,
            "author": [value],
            "dateline": value,
            "outlet": value,
            "credits": [value],
            "published": f"2024-01-{index % 28 + 1:02d}",
        }
        body = f"Case {index}, verbatim in a code block:\n\n```text\n{value}\n```\n"
        _write_md(curated / f"{curated_name(index)}.md", meta, body)

    paragraphs = folder / PARAGRAPHS
    paragraphs.mkdir(parents=True)
    _write_md(paragraphs / "all.md", {"title": "Every text as a paragraph"}, "\n\n".join(texts) + "\n")

    raw = folder / RAW_TEXT
    raw.mkdir(parents=True)
    for start in range(0, len(texts), 20):
        lines = [f"Raw report {start}"] + [
            f"The court heard that the string {value} was posted on the forum by the defendant last week."
            for value in texts[start : start + 20]
        ]
        (raw / f"raw-{start:03d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")

    pages = folder / HTML_PAGES
    pages.mkdir(parents=True)
    for start in range(0, len(texts), 20):
        chunk = texts[start : start + 20]
        body = "".join(
            f"<p>Witnesses said the banner read {value} before the police removed it on Monday.</p>\n"
            f"<p>Reporters quoted the text {html.escape(value)} in their coverage of the trial.</p>\n"
            for value in chunk
        )
        (pages / f"page-{start:03d}.html").write_text(
            f"<!DOCTYPE html><html><head><title>Page {start} {html.escape(chunk[0])}</title></head>"
            f"<body><article><h1>Page {start}</h1>\n{body}</article></body></html>\n",
            encoding="utf-8",
        )
    return folder


def _write_md(path: Path, meta: dict, body: str) -> None:
    header = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text(f"---\n{header}---\n\n{body}", encoding="utf-8")


def _toml(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
