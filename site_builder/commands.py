"""The `convert` and `import` commands: raw articles -> cleaned Markdown files."""
from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from pathlib import Path

from .convert import convert_files, frontmatter
from .convert.encoding import DecodeError, decode
from .model import Article, SourceFile
from .problems import BuildError, Problem
from .slugs import slugify
from .urls import checked_url


def convert_command(paths: list[Path], out: Path | None) -> list[Problem]:
    if out is None and len(paths) > 1:
        raise BuildError([Problem(str(paths[1]), None, "several files need --out DIR")])
    articles, problems = _convert(paths)
    for path, article in zip(paths, articles):
        if article is None:
            continue
        text = _markdown(path, article)
        if out is None:
            sys.stdout.write(text)
        else:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{path.stem}.md").write_text(text, encoding="utf-8")
    return _warnings(problems)


def import_command(paths: list[Path], event: str, content: Path, url: str | None, outlet: str | None) -> list[Problem]:
    slug = slugify(event)
    if not slug or slug != event:
        raise BuildError([Problem(event, None, f"event slug must be lower-case words joined by '-' (e.g. '{slug or 'my-event'}')")])
    if url is not None and len(paths) > 1:
        raise BuildError([Problem(str(paths[1]), None, "--url names one original: import one file at a time")])
    if url is not None and checked_url(url) is None:
        raise BuildError([Problem(url, None, "--url must be an http(s) URL")])
    folder = content / "events" / slug
    articles, problems = _convert(paths)
    for path, article in zip(paths, articles):
        if article is None:
            continue
        target = folder / f"{slugify(path.stem) or 'source'}.md"
        if target.exists():
            problems.append(Problem(str(target), None, f"already exists; not overwritten (from {path})"))
            continue
        article = replace(article, url=url or article.url, outlet=outlet or article.outlet)
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(frontmatter.dump_article(article), encoding="utf-8")
        print(f"{path} -> {target}")
    return _warnings(problems)


def _convert(paths: list[Path]) -> tuple[list[Article | None], list[Problem]]:
    files, read_problems = [], []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            read_problems.append(Problem(str(path), None, f"cannot read: {exc.strerror}"))
            data = b""
        files.append(SourceFile(str(path), data, hashlib.sha256(data).hexdigest()))
    articles, problems = convert_files(files)
    unreadable = {p.file for p in read_problems}
    problems = [p for p in problems if p.file not in unreadable]
    return articles, read_problems + problems


def _markdown(path: Path, article: Article) -> str:
    """Curated Markdown (with front matter) is passed through exactly as the curator wrote it."""
    if path.suffix.lower() in (".md", ".markdown"):
        try:
            text = decode(path.read_bytes())
        except DecodeError:
            text = ""
        if frontmatter.has_front_matter(text):
            return text
    return frontmatter.dump_article(article)


def _warnings(problems: list[Problem]) -> list[Problem]:
    """The warnings to print; any error fails the command with every problem."""
    if any(p.severity == "error" for p in problems):
        raise BuildError(problems)
    return problems
