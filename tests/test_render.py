"""Render stage: Markdown rules, the escaping of article text, and the pieces joined in Python as the theme wrote them."""
from __future__ import annotations

from site_builder import markdown, render
from site_builder.model import Article, Citation, Fact, Source
from site_builder.render import Chip


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


# The theme's chips loop as it was written before `cites` took its place: the join must write its bytes.
CHIPS_LOOP = """<span class="cites">
{%- for chip in chips %}
<a class="cite{{ ' cite-disagrees' if chip.citation.disagrees }}" href="{{ chip.archived }}"><span class="visually-hidden">source </span>{{ chip.number }}<span class="cite-quote" data-pagefind-ignore><span class="visually-hidden">{{ ', disagrees' if chip.citation.disagrees }}: </span>{{ chip.source.article.outlet or chip.source.id }}: “{{ chip.citation.quote }}”</span></a>
{%- if chip.original %}<a class="cite-original" href="{{ chip.original }}" rel="noopener" title="the words in the original" aria-label="source {{ chip.number }}, in the original">↗</a>{% endif %}
{%- endfor %}
</span>"""

CELLS_LOOP = """{% for source in sources %}
{% set cell = view.cell(source) %}
<td class="cell-{{ cell|replace(' ', '-') }}"><span class="cell-mark" aria-hidden="true">{{ {"states": "●", "disagrees": "≠"}.get(cell, "–") }}</span><span class="visually-hidden">{{ cell }}</span></td>
{% endfor %}
"""


def _chips() -> tuple[Chip, ...]:
    """Chips whose outlet, quote and addresses hold every character HTML escapes."""
    quoted = Source("s1", "events/x/a.txt", "x", "a", Article(title=None, body="", outlet='Tom & "Jerry\'s" <News>',
                                                               url="https://news.example/a?x=1&y=<2>"))
    unnamed = Source("s2", "events/x/b.txt", "x", "b", Article(title=None, body=""))
    return (
        Chip(1, quoted, Citation("s1", 'He said "3 < 4 & 5 > 2" it\'s'), "sources/a/#p2", "https://news.example/a?x=1&y=<2>#:~:text=He"),
        Chip(2, unnamed, Citation("s2", "Plain words.", disagrees=True), "sources/b/", None),
    )


def test_citation_chips_joined_write_the_template_loops_bytes():
    env = render.environment()
    chips = _chips()
    for shown in (chips, chips[:1], chips[1:], ()):
        assert render.cites(shown) == env.from_string(CHIPS_LOOP).render(chips=shown)


def test_coverage_cells_joined_write_the_template_loops_bytes():
    env = render.environment()
    chips = _chips()
    fact = Fact("f1", "number", "killed", "3", "conflict", tuple(chip.citation for chip in chips))
    other = Source("s3", "events/x/c.txt", "x", "c", Article(title=None, body=""))
    view = render.FactView(fact, chips)
    sources = (chips[0].source, chips[1].source, other)
    assert view.coverage_cells(sources) == env.from_string(CELLS_LOOP).render(view=view, sources=sources)
