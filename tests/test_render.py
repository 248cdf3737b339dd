"""Render stage: Markdown rules and the escaping of article text."""
from __future__ import annotations

from site_builder import markdown


def test_raw_html_in_article_text_stays_text():
    html = markdown.to_html("Drivers queued <script>alert(1)</script> here.\n")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_javascript_links_are_not_rendered_as_links():
    assert 'href="javascript' not in markdown.to_html("[x](javascript:alert(1))\n")


def test_fenced_code_is_highlighted_by_pygments():
    html = markdown.to_html("```python\nprint('x')\n```\n")
    assert '<span class="nb">print</span>' in html


def test_paragraphs_get_anchors_and_quotes_find_their_paragraph():
    body = "First paragraph.\n\n## A heading\n\nSecond paragraph with the\nquote across lines.\n"
    html = markdown.to_html(body)
    assert '<p id="p1">First paragraph.</p>' in html and '<p id="p2">' in html
    assert markdown.paragraph_of(body, "with the quote across") == 2
    assert markdown.paragraph_of(body, "not there") is None
