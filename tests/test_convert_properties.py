"""Property tests: the cleaner never crashes, and its Markdown converts to itself."""
from __future__ import annotations

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from site_builder.convert import ConvertError, convert_file, convert_files
from site_builder.convert.frontmatter import dump, dump_article
from site_builder.convert.text import clean_text, line_key, visible
from site_builder.model import SourceFile

WORDS = st.sampled_from(
    "the council voted on Tuesday to approve budget and mayor said Home Share Related Articles By Jane Doe"
    " 20 April 2023 04:25 © REUTERS/Name Photo: Reply . , : – — # - * 1. > < ` | » Kyiv, Ukraine".split()
)
LINES = st.lists(WORDS, min_size=0, max_size=30).map(" ".join)
PAGES = st.lists(st.one_of(LINES, st.just(""), st.text(max_size=40)), max_size=40).map("\n".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_clean_text_never_crashes_on_any_text(text):
    article = clean_text(text)
    assert isinstance(article.body, str)


@SETTINGS
@given(st.binary(max_size=2000))
def test_convert_never_crashes_on_any_bytes(data):
    articles, problems = convert_files([SourceFile("x.txt", data, "d")])
    assert (articles[0] is None) == (len(problems) == 1)


@SETTINGS
@given(PAGES)
def test_converting_the_produced_markdown_again_changes_nothing(text):
    try:
        article = convert_file(SourceFile("a.txt", text.encode(), "a"))
    except ConvertError:
        return
    markdown = dump_article(article)
    again = convert_file(SourceFile("a.md", markdown.encode(), "b"))
    assert dump_article(again) == markdown


@SETTINGS
@given(PAGES)
@example("the the the the the\n0\x1f0:")  # a separator control removed, not read as a space, joined two words
@example("0\x1b0\n20 REUTERS/Name the")  # an invisible control between two words: the reader sees '00'
def test_nothing_is_lost_silently(text):
    """Every line is in the body, as a reader sees it, or recorded by its number with the reason it was removed."""
    article = clean_text(text)
    recorded = {r.line for r in article.removed}
    body = line_key(article.body)
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.strip() and number not in recorded:
            assert line_key(visible(raw)) in body, raw


@given(st.text(st.characters(blacklist_categories=("Cs",))), st.lists(st.text(st.characters(blacklist_categories=("Cs",))), max_size=3))
@example("emoji \U0001F600 title", ["Zoë Ångström"])
def test_front_matter_is_what_pyyaml_writes(title, authors):
    """dump takes libyaml's emitter for speed: it must write what PyYAML's own safe_dump writes."""
    meta = {"title": " ".join(title.split()), "author": [" ".join(a.split()) for a in authors]}
    present = {key: value for key, value in meta.items() if value not in ("", [])}
    if not present:
        return
    expected = yaml.safe_dump(present, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)
    assert dump(meta, "body") == f"---\n{expected}---\n\nbody"
