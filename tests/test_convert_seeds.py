"""The five seed articles of the first event: boilerplate gone, reporting kept, metadata right."""
from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.convert import convert_files
from site_builder.convert.text import line_key
from site_builder.model import SourceFile

SEEDS = Path(__file__).resolve().parent.parent / "content" / "events" / "nato-chief-visits-kyiv"


@pytest.fixture(scope="module")
def seeds():
    paths = sorted(SEEDS.glob("0*.txt"))
    files = [SourceFile(p.name, p.read_bytes(), p.name) for p in paths]
    articles, problems = convert_files(files)
    assert problems == []
    return {p.name[:3]: (p.read_text(encoding="utf-8"), a) for p, a in zip(paths, articles)}


# Lines of each seed that are not reporting (or that become front matter), verbatim.
NOT_BODY = {
    "000": [
        "NATO chief visits Kyiv for 1st time since Russian invasion, pays tribute to fallen Ukrainian soldiers",
        "NATO chief Stoltenberg visits Kiev for the first time",
        "Image source: Twitter NATO chief Stoltenberg visits Kiev for first time since Russian invasion, pays tribute to fallen Ukrainian soldiers",
        "Read also: ‘Biggest risk if Putin wins Russia-Ukraine war’: NATO chief Jens Stoltenberg at Munich summit",
        "(with inputs from agencies)",
        "latest world news",
    ],
    "001": [
        "Ukraine news: NATO chief visits Kyiv, 1st since invasion",
        "Kyiv, Ukraine –",
        "Lone Cook reported from Brussels",
        "Related Articles",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Back to top button",
    ],
    "002": ["Oliver Thansan", "20 April 2023 Thursday 04:25", "3 Reads"],
    "003": ["Categories", "Audio Sources - Full Text Articles", "2023-04-20T09:24:06Z", "Related Galleries:"],
    "004": [],
}


@pytest.mark.parametrize("seed", sorted(NOT_BODY))
def test_every_boilerplate_line_is_gone_and_every_other_line_is_kept(seeds, seed):
    raw, article = seeds[seed]
    body_keys = line_key(article.body)
    paragraphs = [line_key(p) for p in article.body.split("\n\n")]
    for line in NOT_BODY[seed]:
        assert line_key(line) not in paragraphs, line
    dropped = {line_key(text) for text in NOT_BODY[seed]}
    for line in raw.split("\n"):
        line = line.strip()
        if not line or line_key(line) in dropped or "REUTERS/" in line:
            continue
        if line_key(line) == line_key(article.title or ""):
            continue  # the title, said again above the text
        # a sentence of reporting: kept whole, or up to a cut-off fragment after its last full stop
        full_stop = line.rfind(". ")
        kept = line_key(line) in body_keys or (full_stop > 0 and line_key(line[: full_stop + 1]) in body_keys)
        assert kept, line


def test_reuters_captions_are_removed(seeds):
    raw, article = seeds["003"]
    assert "REUTERS" not in article.body
    assert sum("REUTERS/" in r.text for r in article.removed) == 5


def test_seed_000_metadata(seeds):
    _, article = seeds["000"]
    assert article.title == "NATO chief visits Kyiv for 1st time since Russian invasion, pays tribute to fallen Ukrainian soldiers"
    assert "with inputs from agencies" in article.credits
    assert "## Stoltenberg invites Zelensky to attend NATO summit" in article.body.split("\n\n")
    assert "## Russia launched a series of attacks in Ukraine" in article.body.split("\n\n")
    assert article.language == "en"


def test_seed_001_metadata(seeds):
    _, article = seeds["001"]
    assert article.title == "Ukraine news: NATO chief visits Kyiv, 1st since invasion"
    assert article.dateline == "Kyiv, Ukraine"
    assert "Lone Cook reported from Brussels" in article.credits


def test_seed_002_metadata_and_repeated_title(seeds):
    _, article = seeds["002"]
    assert article.title == "NATO Secretary General Jens Stoltenberg travels to Kyiv by surprise"
    assert article.authors == ("Oliver Thansan",)
    assert article.published == "2023-04-20T04:25:00"  # the text names no time zone: none is invented
    assert article.subtitle and article.subtitle.startswith("NATO Secretary General Jens Stoltenberg has visited Kyiv")
    assert article.title not in article.body
    assert article.body.startswith("NATO Secretary General Jens Stoltenberg has visited Kyiv for the first time since the Russian invasion, in a show of the military alliance's support for Ukraine. The trip")


def test_seed_003_metadata(seeds):
    _, article = seeds["003"]
    assert article.title == "NATO chief visits wartime Ukraine ahead of counteroffensive"
    assert article.published == "2023-04-20T09:24:06+00:00"
    assert article.body.rstrip().endswith("Russia did not immediately comment on Stoltenberg’s visit.")


def test_seed_004_has_no_title_and_keeps_its_first_sentence(seeds):
    raw, article = seeds["004"]
    assert article.title is None
    assert article.body.split("\n\n")[0] == raw.split("\n")[0].strip()
    assert article.removed == ()
