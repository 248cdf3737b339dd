"""Synthetic story archives for benchmarks: N events x M raw scraped .txt articles.

The prose is a word-level Markov chain trained on the bundled archive's real scraped articles, so
length, vocabulary and punctuation look like the real thing; each article is wrapped in the
boilerplate a scrape carries (menus, bylines, share buttons, photo credits, read-also links,
copyright lines). Each event has a few numeric facts its sources repeat, sometimes disagreeing, so
the facts stage has real work. The same seed always gives the same bytes.

    python bench/generate.py DIR --articles 10000 [--per-event 10] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "content" / "events"

OUTLETS = ["Daily Ledger", "Coast Herald", "Morning Wire", "Capital Times", "Northern Post", "Global Desk",
           "Evening Standard Online", "Metro Courier", "Harbour Gazette", "Continental Review"]
FIRST = ["Anna", "Oleksii", "Maria", "James", "Ingrid", "Tomasz", "Leila", "Kenji", "Sofia", "David", "Amara", "Pierre"]
LAST = ["Kowalczuk", "Stoltenberg", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Reyes", "Brennan"]
PLACES = ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Vilnius", "Warsaw", "Brussels", "Geneva", "Tallinn", "Riga", "Helsinki"]
NOUNS = ["drones", "missiles", "countries", "soldiers", "civilians", "tanks", "villages", "ships", "delegates", "attacks"]
MENU = ["Home | World | Europe | Politics | Business | Sport | Video",
        "News  Opinion  Sport  Culture  Lifestyle", "Menu", "Search", "Sign in", "Subscribe"]
SHARE = ["Share this article", "Share on Facebook", "Share on Twitter", "Copy link", "Advertisement",
         "Get regular updates in your inbox", "Follow us on Google News"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass(frozen=True)
class Chain:
    """Word-level Markov chain: word -> the words that follow it in the corpus."""

    follows: dict[str, list[str]]
    starts: list[str]


def train(corpus: Path = CORPUS) -> Chain:
    follows: dict[str, list[str]] = defaultdict(list)
    starts: list[str] = []
    for path in sorted(corpus.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if len(words) < 8:
                continue  # titles and boilerplate do not teach sentences
            for before, after in zip(words, words[1:]):
                follows[before].append(after)
                if before.endswith(".") and after[:1].isupper():
                    starts.append(after)
            if words[0][:1].isupper():
                starts.append(words[0])
    return Chain(dict(follows), starts)


def sentence(chain: Chain, rng: random.Random) -> str:
    word = rng.choice(chain.starts)
    words = [word]
    while len(words) < 40:
        options = chain.follows.get(word)
        if not options:
            break
        word = rng.choice(options)
        words.append(word)
        if word.endswith(".") and len(words) >= 8:
            break
    text = " ".join(words)
    return text if text.endswith((".", "!", "?")) else text.rstrip(",;:") + "."


@dataclass(frozen=True)
class EventPlan:
    slug: str
    place: str
    person: str
    counts: dict[str, int]  # noun -> the number most sources give
    day: int
    month: int


def plan_event(number: int, chain: Chain, rng: random.Random) -> EventPlan:
    title_words = re.findall(r"[A-Za-z]+", sentence(chain, rng).lower())[:5]
    slug = f"{number:05d}-" + "-".join(title_words or ["event"])
    counts = {noun: rng.randint(2, 900) for noun in rng.sample(NOUNS, 3)}
    return EventPlan(slug, rng.choice(PLACES), f"{rng.choice(FIRST)} {rng.choice(LAST)}", counts,
                     rng.randint(1, 28), rng.randint(1, 12))


def article(plan: EventPlan, index: int, chain: Chain, rng: random.Random) -> str:
    outlet = OUTLETS[(index + len(plan.slug)) % len(OUTLETS)]
    title = sentence(chain, rng).rstrip(".")
    lines = [" ".join(title.split()[:14]), "", rng.choice(MENU), rng.choice(MENU), ""]
    lines.append(f"By {rng.choice(FIRST)} {rng.choice(LAST)} | {outlet} | Updated: "
                 f"{MONTHS[plan.month - 1]} {plan.day}, 2023 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} IST")
    lines += [f"Image source: Reuters {title[:60]}", ""]
    for paragraph in range(rng.randint(11, 15)):
        sentences = [sentence(chain, rng) for _ in range(rng.randint(2, 4))]
        if paragraph in (1, 4, 8):
            noun = list(plan.counts)[paragraph % 3]
            count = plan.counts[noun] if rng.random() > 0.15 else plan.counts[noun] + rng.randint(1, 9)
            sentences.insert(1, f"Officials in {plan.place} said {count} {noun} were involved, "
                                f"according to {plan.person}.")
        lines += [" ".join(sentences), ""]
        if rng.random() < 0.25:
            lines += [rng.choice(SHARE), ""]
        if rng.random() < 0.12:
            lines += [f"Read also: {sentence(chain, rng)[:80]}", ""]
    lines += ["Photo: AFP/Getty Images", f"© 2023 {outlet}. All rights reserved.", rng.choice(SHARE), ""]
    return "\n".join(lines)


def generate(target: Path, articles: int, per_event: int = 10, seed: int = 1) -> list[Path]:
    """Write the archive under target/content/ (events/, aliases.toml, site.toml); returns the article files."""
    chain = train()
    rng = random.Random(seed)
    content = target / "content"
    written: list[Path] = []
    (content / "events").mkdir(parents=True, exist_ok=True)
    (content / "site.toml").write_text('title = "Benchmark archive"\nbase_url = "https://archive.example/"\n')
    (content / "aliases.toml").write_text('Kyiv = ["Kiev"]\nOdesa = ["Odessa"]\n')
    for number in range((articles + per_event - 1) // per_event):
        plan = plan_event(number, chain, rng)
        folder = content / "events" / plan.slug
        folder.mkdir(exist_ok=True)
        for index in range(min(per_event, articles - number * per_event)):
            path = folder / f"{index:03d}_{rng.getrandbits(64):016x}.txt"
            path.write_text(article(plan, index, chain, rng), encoding="utf-8")
            written.append(path)
    return written


def one_event(count: int, seed: int = 1) -> list[str]:
    """`count` raw articles about one event (bench/merge.py: the facts stage on one event of many sources)."""
    chain = train()
    rng = random.Random(seed)
    plan = plan_event(0, chain, rng)
    return [article(plan, index, chain, rng) for index in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--per-event", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = generate(args.target, args.articles, args.per_event, args.seed)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} articles, {size / len(files) / 1024:.1f} KB each on average, in {args.target / 'content'}")


if __name__ == "__main__":
    main()
