#!/usr/bin/env python3
"""Fact boxes of real reporting: each page of the cleaning dev set (../shared/data/cleaning/dev), its gold
body analysed as a one-source event, printed for a person to read and count error kinds in (missed or
mistyped names, fragments, figures with the wrong noun, quotations with the wrong speaker, wrong dates).

The extractors were written against made-up events; real pages show what they do on text nobody tuned
them on. `--sample 20 --seed 5` is the fixed draw the factsq5 round counted its error kinds on.

    python bench/facts_corpus.py [--sample N] [--seed S] [PAGE ...]
"""
from __future__ import annotations

import argparse
import gzip
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():  # a worktree under /work/wt/<name>/ sees shared/ two levels up
    SHARED = ROOT.parent.parent / "shared"

from site_builder.convert.dates import normalise_published  # noqa: E402
from site_builder.convert.html import extract  # noqa: E402
from site_builder.facts import analyse_event  # noqa: E402
from site_builder.model import Article, Event, EventMeta, Source  # noqa: E402


DEV_PAGES = SHARED / "data" / "cleaning" / "dev"


def dev_pages(dev: Path, sample: int | None = None, seed: int = 5) -> list[str]:
    """The page ids of the dev set (the files' names before .gold.txt), or a seeded random draw of them."""
    pages = sorted(p.name.removesuffix(".gold.txt") for p in dev.glob("*.gold.txt"))
    if not pages:
        sys.exit(f"no dev pages (*.gold.txt) in {dev}: the shared folder is looked for beside the checkout or two levels up")
    return sorted(random.Random(seed).sample(pages, sample)) if sample else pages


def page_event(dev: Path, page: str) -> tuple[Event, str | None, str | None]:
    """The page's gold body analysed as a one-source event, with the page's publication date and title."""
    html = extract(gzip.decompress((dev / f"{page}.html.gz").read_bytes()).decode("utf-8", "replace"))
    published = normalise_published(html.date) if html.date else None
    article = Article(title=html.title, body=(dev / f"{page}.gold.txt").read_text(encoding="utf-8"), published=published)
    event, _ = analyse_event(Event("page", EventMeta(), (Source("s1", page, "page", page, article),), html.title or "", None, page))
    return event, published, html.title


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="page ids (the files' names before .gold.txt); default: all")
    parser.add_argument("--dev", type=Path, default=DEV_PAGES)
    parser.add_argument("--sample", type=int, help="a seeded random draw of this many pages")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    for page in args.pages or dev_pages(args.dev, args.sample, args.seed):
        event, published, title = page_event(args.dev, page)
        print(f"=== {page} published={published} title={title!r}")
        for fact in event.facts:
            if fact.kind != "claim":
                print(f"  [{fact.kind}] {fact.label} :: {fact.value[:100]}   <<{fact.citations[0].quote[:160]}>>")
    return 0

if __name__ == "__main__":
    sys.exit(main())
