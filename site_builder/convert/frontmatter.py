"""Markdown with YAML front matter: read with line-numbered errors, write deterministically."""
from __future__ import annotations

import yaml

from ..model import Article


class FrontMatterError(ValueError):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line


class _StringDatesLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as the strings the curator wrote (no silent time-zone shifts)
    and refuses aliases: nine nested `*refs` ("billion laughs") would expand to 10^9 values."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not accepted", mark)
        return super().compose_node(parent, index)


_StringDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def has_front_matter(text: str) -> bool:
    return text.startswith("---\n") or text == "---"


def split(text: str) -> tuple[dict, str, int]:
    """Return (front matter, body, line number of the body's first line)."""
    if not has_front_matter(text):
        return {}, text, 1
    block, end = _block(text)
    body_start = end + 4
    for _ in range(2):  # the closing fence's line end, then the one blank line `dump` writes
        if text[body_start : body_start + 1] == "\n":
            body_start += 1
    body_line = text.count("\n", 0, body_start) + 1
    try:
        meta = yaml.load(block, Loader=_StringDatesLoader) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the '---' line
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(line, f"malformed front matter: {problem}") from None
    if not isinstance(meta, dict):
        raise FrontMatterError(2, "front matter must be a mapping of keys to values")
    return meta, text[body_start:], body_line


def key_lines(text: str) -> dict[str, int]:
    """The line of each top-level key of a text's front matter, read from the YAML nodes' marks.

    For messages about a key's value (`file:line`); asked only then, as it parses the block again.
    """
    if not has_front_matter(text):
        return {}
    block, _ = _block(text)
    try:
        node = yaml.compose(block, Loader=_StringDatesLoader) if block.strip() else None
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    # +1 for 1-based lines, +1 for the opening '---' line
    return {key.value: key.start_mark.line + 2 for key, _ in node.value if isinstance(key, yaml.ScalarNode)}


def _block(text: str) -> tuple[str, int]:
    """The front matter's YAML and where its closing fence's line starts (the newline before it)."""
    end = text.find("\n---", 3)
    while end != -1 and text[end + 4 : end + 5] not in ("", "\n"):
        end = text.find("\n---", end + 4)
    if end == -1:
        raise FrontMatterError(1, "front matter opened with '---' is never closed")
    return text[4 : end + 1], end


def dump(meta: dict, body: str) -> str:
    """Front matter (keys in the given order, None values left out) and body."""
    present = {key: _one_line(value) for key, value in meta.items() if value not in (None, "", [], ())}
    if not present:
        # a body that itself opens with '---' would be read back as front matter: fence it off
        return f"---\n---\n\n{body}" if has_front_matter(body) else body
    header = yaml.dump(
        present, Dumper=_dumper(present), allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False
    )
    return f"---\n{header}---\n\n{body}"


def _dumper(meta: dict) -> type:
    """libyaml's emitter when it is there (twenty times faster) and writes what PyYAML's own does: it
    escapes characters beyond U+FFFF ("\\U0001F600") where PyYAML's writes them as they are, so a
    value holding one is written by PyYAML's."""
    fast = getattr(yaml, "CSafeDumper", None)
    if fast is None or any(_beyond_bmp(value) for value in meta.values()):
        return yaml.SafeDumper
    return fast


def _beyond_bmp(value: object) -> bool:
    if isinstance(value, str):
        return not value.isascii() and max(map(ord, value)) > 0xFFFF
    return isinstance(value, list) and any(_beyond_bmp(item) for item in value)


def _one_line(value: object) -> object:
    """Front matter values are single lines: fold white space (YAML would turn NEL and LS into breaks)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_one_line(item) for item in value]
    return value


def article_meta(article: Article) -> dict:
    """The front matter of a cleaned article, in the order a reader scans it."""
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "author": list(article.authors),
        "published": article.published,
        "dateline": article.dateline,
        "outlet": article.outlet,
        "url": article.url,
        "credits": list(article.credits),
        "language": article.language,
    }


def dump_article(article: Article) -> str:
    return dump(article_meta(article), article.body)
