"""The one URL check: only absolute http(s) URLs reach a page from content (relative ones from Markdown)."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from site_builder.markdown import may_hold_links, parser, rejected_links, to_html
from site_builder.urls import checked_url

from .hostile_site import corpus

BAD = corpus("bad-urls.txt") + ["\x01javascript:alert(1)", "java\nscript:alert(1)", "\u00a0javascript:alert(1)", None, 42]
GOOD = corpus("good-urls.txt")
RELATIVE = ["#p2", "sources/a/", "../other-event/", "?page=2", "facts.json", ""]


@pytest.mark.parametrize("url", BAD, ids=repr)
def test_anything_but_absolute_http_is_refused(url):
    assert checked_url(url) is None


@pytest.mark.parametrize("url", GOOD)
def test_http_and_https_urls_pass_unchanged(url):
    assert checked_url(url) == url


@pytest.mark.parametrize("url", RELATIVE)
def test_relative_references_pass_only_where_allowed(url):
    assert checked_url(url) is None
    assert checked_url(url, relative=True) == url


# Destinations Markdown can hold between <...>: no '<', '>' or line break.
LINKABLE = [u for u in BAD if isinstance(u, str) and not set(u) & set("<>\n")]


@pytest.mark.parametrize("url", [u for u in LINKABLE if checked_url(u, relative=True) is None], ids=repr)
def test_markdown_links_with_refused_urls_stay_text(url):
    text = f"See [the page](<{url}>) and ![a picture](<{url}>).\n"
    html = to_html(text)
    assert "href=" not in html and "src=" not in html, html
    assert [found for _, found in rejected_links(text)]


def test_rejected_links_name_their_line():
    text = "Fine [link](https://example.com/).\n\nBad [one](javascript:alert(1)).\n\n<vbscript:msgbox(1)>\n"
    assert rejected_links(text) == [(3, "javascript:alert(1)"), (5, "vbscript:msgbox(1)")]
    assert 'href="https://example.com/"' in to_html(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="[]()<>:@!\\ \n`*-#ajvscript/h1.x", max_size=60))
@example("<The Palace: a musical> <a@b>")
def test_text_without_link_markers_holds_no_link(text):
    """rejected_links skips parsing text may_hold_links passes over: such text must have no link or image."""
    if may_hold_links(text):
        return
    tokens = [child for block in parser(check_links=False).parse(text) for child in block.children or ()]
    assert not [token for token in tokens if token.type in ("link_open", "image")]
