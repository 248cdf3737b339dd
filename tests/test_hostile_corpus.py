"""The hostile corpus (OWASP XSS filter-evasion strings, template injection) built into a site.

Each text goes into every place content can put text (front matter fields, event.md, code,
Markdown paragraphs, raw text, HTML pages). The outcome asserted, per text and per page:
it is shown as the same text; no page gains an element, an attribute, a script or a URL
scheme that the same site with an innocent placeholder does not have.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from lxml import etree
from lxml import html as lxml_html

from site_builder.cli import main
from site_builder.render import json_for_script
from site_builder.theme import builtin_theme
from site_builder.urls import checked_url

from .conftest import DETERMINISTIC_EPOCH, ROOT, tree
from .hostile_site import (
    CURATED,
    HOSTILE_TEXTS,
    HTML_PAGES,
    PARAGRAPHS,
    RAW_TEXT,
    SCRIPT_BREAKING_TITLE,
    TEMPLATE_INJECTIONS,
    curated_name,
    write_hostile_site,
)

PLACEHOLDER = "placeholder text"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "srcset", "xlink:href", "cite"}
# What Markdown itself makes of text (the cleaner's headings, emphasis, code spans, autolinks, lists).
# Raw HTML is off, so a page holds these and the theme's own elements, nothing else.
MARKDOWN_TAGS = {"p", "em", "strong", "code", "pre", "a", "img", "br", "hr", "span", "blockquote", "ul", "ol", "li"}
MARKDOWN_TAGS |= {f"h{level}" for level in range(1, 7)} | {"table", "thead", "tbody", "tr", "th", "td"}


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """(hostile output, placeholder twin output, stderr of the hostile build)."""
    root = tmp_path_factory.mktemp("hostile")
    outputs = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", DETERMINISTIC_EPOCH)  # the autouse fixture does not reach module scope
        for name, text in (("hostile", lambda vector: vector), ("twin", lambda vector: PLACEHOLDER)):
            content = write_hostile_site(root / name, text)
            output = root / f"{name}-output"
            assert main(["build", "--content", str(content), "--output", str(output)]) == 0
            outputs.append(output)
    return outputs[0], outputs[1]


def pages(output: Path) -> dict[str, bytes]:
    return {path: data for path, data in tree(output).items() if path.endswith(".html")}


def parse(data: bytes):
    return lxml_html.document_fromstring(data.decode("utf-8"))


def shape(document) -> list[tuple[str, tuple[str, ...]]]:
    """Every element with its attribute names, in document order: what markup a page has, not its text."""
    return [(element.tag, tuple(sorted(element.attrib))) for element in document.iter() if isinstance(element.tag, str)]


def test_the_corpus_is_the_size_the_report_states():
    assert (len(HOSTILE_TEXTS) - len(TEMPLATE_INJECTIONS), len(TEMPLATE_INJECTIONS)) == (115, 19)


def test_curated_pages_have_exactly_the_shape_of_their_innocent_twin(sites):
    """Front matter fields and code blocks: hostile text changes no element and no attribute."""
    hostile, twin = sites
    twin_pages = pages(twin)
    compared = 0
    for path, data in pages(hostile).items():
        if path.startswith(CURATED) or "/" not in path:
            assert shape(parse(data)) == shape(parse(twin_pages[path])), path
            compared += 1
    assert compared == len(HOSTILE_TEXTS) + 3  # each source's page, the event page, index.html and 404.html


def theme_tags() -> set[str]:
    """Every element name the built-in theme's templates write."""
    return {
        tag.lower()
        for template in builtin_theme().rglob("*.html")
        for tag in re.findall(r"<([A-Za-z][A-Za-z0-9]*)", template.read_text(encoding="utf-8"))
    }


def test_every_page_has_only_theme_and_markdown_elements_and_no_active_attribute(sites):
    hostile, _ = sites
    allowed = theme_tags() | MARKDOWN_TAGS
    for path, data in pages(hostile).items():
        document = parse(data)
        foreign = {tag for tag, _ in shape(document)} - allowed
        assert not foreign, (path, foreign)
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (path, element.tag, name)
                if name.lower() in URL_ATTRIBUTES:
                    assert checked_url(value, relative=True) == value.strip(), (path, element.tag, value)
            if element.tag == "script":
                assert element.get("type") == "application/ld+json" or element.get("src", "").startswith("../"), path
            if element.tag == "meta":
                assert element.get("http-equiv", "").lower() != "refresh", path


@pytest.mark.parametrize("index", range(len(HOSTILE_TEXTS)))
def test_each_hostile_text_is_shown_as_itself(index, sites):
    hostile, _ = sites
    value = HOSTILE_TEXTS[index].strip()
    name = curated_name(index)
    document = parse((hostile / f"{CURATED}/sources/{name}/index.html").read_bytes())
    assert [h1.text_content() for h1 in document.iter("h1")] == [value]
    assert document.findtext(".//title").startswith(value + " · ")
    assert [code.text_content() for code in document.iter("code")] == [value + "\n"]
    facts = json.loads((hostile / f"{CURATED}/facts.json").read_text(encoding="utf-8"))
    source = next(s for s in facts["sources"] if s["page"].endswith(f"/sources/{name}/index.html"))
    assert (source["title"], source["outlet"], source["author"]) == (value, value, value)
    markdown = (hostile / f"{CURATED}/sources/{name}.md").read_text(encoding="utf-8")
    front = yaml.safe_load(markdown.split("---\n")[1])
    assert front["title"] == " ".join(value.split())
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [
        title.text
        for path in [f"{CURATED}/atom.xml", *(f"{CURATED}/archive/{p.name}" for p in (hostile / CURATED / "archive").glob("atom-*.xml"))]
        for title in etree.fromstring((hostile / path).read_bytes()).iterfind(f"{atom}entry/{atom}title")
    ]
    assert value in titles


@pytest.mark.parametrize("injection", ["{{ 7*7 }}", "{% raw %}", "{{ config }}", "${7*7}", "<%= 7*7 %>"])
def test_template_syntax_in_paragraphs_and_raw_text_is_never_evaluated(injection, sites):
    hostile, _ = sites
    for context in (PARAGRAPHS, RAW_TEXT):
        shown = [parse(data).text_content() for path, data in pages(hostile).items() if path.startswith(f"{context}/sources/")]
        assert any(injection in text for text in shown), context


def strings(value: object) -> list[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [found for item in items for found in strings(item)]


def test_a_title_that_closes_script_cannot_end_a_json_block(sites):
    hostile, _ = sites
    event_page = (hostile / f"{CURATED}/index.html").read_bytes()
    document = parse(event_page)
    assert [h1.text.strip() for h1 in document.iter("h1")] == [SCRIPT_BREAKING_TITLE]  # before the 'curated' mark
    blocks = [
        json.loads(script.text)  # the whole block is still JSON: no string in it ended it
        for data in pages(hostile).values()
        for script in parse(data).iter("script")
        if script.get("type") == "application/ld+json"
    ]
    assert SCRIPT_BREAKING_TITLE in strings(blocks)
    rendered = f"<script type=\"application/ld+json\">{json_for_script({'headline': SCRIPT_BREAKING_TITLE})}</script>"
    scripts = list(parse(f"<html><head>{rendered}</head><body></body></html>".encode()).iter("script"))
    assert len(scripts) == 1 and json.loads(scripts[0].text) == {"headline": SCRIPT_BREAKING_TITLE}


def test_html_sources_keep_no_markup_in_their_markdown(sites):
    """nh3 after extraction: the published Markdown of an HTML page holds text, never a tag."""
    hostile, _ = sites
    copies = [path for path in tree(hostile) if path.startswith(HTML_PAGES) and path.endswith(".md")]
    assert len(copies) == 7
    for path in copies:
        body = (hostile / path).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        assert not re.search(r"<[A-Za-z!/?]", body), path
        assert "Witnesses said the banner read" in body and "before the police removed it on Monday." in body


def test_the_hostile_build_warns_about_nothing_but_is_deterministic(sites, tmp_path, capsys):
    hostile, _ = sites
    content = write_hostile_site(tmp_path / "again")
    capsys.readouterr()
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err == ""
    assert tree(tmp_path / "out") == tree(hostile)


def test_builds_in_processes_with_other_hash_seeds_are_byte_identical(sites, tmp_path):
    """Set and dict orders differ between processes; the output must not."""
    hostile, _ = sites
    content = write_hostile_site(tmp_path / "content")
    for seed in ("1", "4", "7"):  # 4 once ordered a float sum over a set differently (facts/merge.py)
        output = tmp_path / f"output-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": DETERMINISTIC_EPOCH, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "site_builder", "build", "--content", str(content), "--output", str(output)]
        command.append("--clear-cache")  # each build computes everything itself
        subprocess.run(command, env=env, check=True, capture_output=True)
        assert tree(output) == tree(hostile), f"PYTHONHASHSEED={seed}"
