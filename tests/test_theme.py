"""The built-in theme: code colours readable in both schemes, overridable templates, page helpers."""
from __future__ import annotations

import re
from datetime import timezone

import pytest
from pygments.formatters import HtmlFormatter

from site_builder import markdown
from site_builder.cli import main
from site_builder.model import Article, Event, EventMeta, Source
from site_builder.render import HIGHLIGHT_STYLES, builtin_theme, highlight_css, long_time, timeline

from .conftest import copy_site


def _luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(c * 2 for c in colour)
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _code_backgrounds() -> dict[str, str]:
    css = (builtin_theme() / "static/style.css").read_text(encoding="utf-8")
    light, dark = re.findall(r"--code-bg:\s*(#[0-9a-fA-F]{3,6})", css)[:2]
    return {"light": light, "dark": dark}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_code_colour_has_aa_contrast_on_the_themes_code_background(scheme):
    background = _code_backgrounds()[scheme]
    style = HtmlFormatter(style=HIGHLIGHT_STYLES[scheme]).style
    colours = {f"#{s['color']}" for _, s in style if s["color"]}
    weak = {c: round(contrast(c, background), 2) for c in colours if contrast(c, background) < 4.5}
    assert colours and not weak, f"{HIGHLIGHT_STYLES[scheme]} on {background}: {weak}"


def test_highlight_css_keeps_each_scheme_to_its_own_media_query():
    css = highlight_css()
    light, dark = css.split("@media screen and (prefers-color-scheme: dark)")
    assert "@media print, (prefers-color-scheme: light)" in light
    assert light.count("pre > code .k ") == 1 and dark.count("pre > code .k ") == 1


def test_user_templates_override_and_extend_the_built_in_theme(tmp_path):
    content = copy_site("small", tmp_path)
    theme = tmp_path / "templates"
    (theme / "static").mkdir(parents=True)
    (theme / "base.html").write_text(
        '{% extends "builtin/base.html" %}'
        '{% block site_head %}<link rel="stylesheet" href="{{ root }}static/extra.css">{% endblock %}'
        "{% block footer %}<p>Run by us.</p>{{ super() }}{% endblock %}",
        encoding="utf-8",
    )
    (theme / "static/style.css").write_text("body { color: red }\n", encoding="utf-8")
    output = tmp_path / "output"
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    page = (output / "events/harbour-bridge-reopens/index.html").read_text(encoding="utf-8")
    assert "<p>Run by us.</p><p>Fixture archive · every fact cites" in page
    assert '<link rel="stylesheet" href="../../static/extra.css">' in page
    assert 'class="fact-box"' in page  # the rest is the built-in event page
    assert (output / "static/style.css").read_text(encoding="utf-8") == "body { color: red }\n"
    assert (output / "static/search.js").is_file()


def test_article_headings_follow_the_pages_own_outline_without_skipping_a_level():
    html = markdown.to_html("# One\n\n## Two\n\n###### Six\n\n# Again\n", heading_base=2)
    assert re.findall(r"<h(\d)>(\w+)</h\d>", html) == [("2", "One"), ("3", "Two"), ("4", "Six"), ("2", "Again")]
    html = markdown.to_html("#### Deep first\n\n## Then up\n\n### Below\n", heading_base=2)
    assert re.findall(r"<h(\d)>", html) == ["2", "2", "3"]
    assert "<h1>One</h1>" in markdown.to_html("# One\n")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2023-04-20", "20 April 2023"),
        ("2023-04-20T09:24:06+00:00", "20 April 2023, 09:24 UTC"),
        ("2024-03-02T18:30:00+01:00", "2 March 2024, 18:30 UTC+01:00"),
        ("2024-03-02T18:30:00-05:30", "2 March 2024, 18:30 UTC-05:30"),
        ("2024-03-02T18:30:00", "2 March 2024, 18:30 Europe/Lisbon"),
        (None, ""),
    ],
)
def test_publication_times_read_as_people_write_them(value, shown):
    assert long_time(value, "Europe/Lisbon") == shown


def test_timeline_orders_by_time_with_the_delay_after_the_first_report():
    def source(n: int, published: str | None) -> Source:
        return Source(f"s{n}", f"f{n}", "e", str(n), Article(title=None, body="x", published=published))

    sources = (
        source(1, None),
        source(2, "2023-04-20T12:00:00+02:00"),
        source(3, "2023-04-20T09:24:00+00:00"),
        source(4, "2023-04-22T10:30:00+00:00"),
        source(5, "2023-04-20T10:00:00+00:00"),
    )
    entries = timeline(Event("e", EventMeta(), sources, "E", None, "e"), timezone.utc)
    assert [(e.source.id, e.after_first) for e in entries] == [
        ("s3", None),
        ("s2", "+36 min"),
        ("s5", "+36 min"),
        ("s4", "+2 d 1 h 06 min"),
        ("s1", None),
    ]


def test_the_installed_theme_is_found_in_a_namespace_package(tmp_path, monkeypatch):
    # An installed site-builder ships its theme as a package without __init__.py (a namespace package),
    # whose resources.files() is a MultiplexedPath: a build outside the repository must still find it.
    theme = tmp_path / "themepkg" / "templates"
    theme.mkdir(parents=True)
    (theme / "base.html").write_text("<html></html>", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert builtin_theme("themepkg.templates") == theme
