"""Every Atom document the build writes, validated against RFC 4287's RELAX NG schema (Appendix B,
tests/schemas/atom.rng, run by lxml) and its
Schematron rules; every JSON Feed against a JSON Schema written from the JSON Feed 1.1 spec."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from lxml import etree

from .conftest import FIXTURES
from .feedsites import TIME_WITH_OFFSET, SourceSpec, build, feed_files, write_event, write_site

SCHEMAS = Path(__file__).resolve().parent / "schemas"
ATOM_NS = "http://www.w3.org/2005/Atom"
SCHEMATRON_NS = "http://www.ascc.net/xml/schematron"


@functools.cache
def atom_schema() -> tuple[etree.RelaxNG, tuple[tuple[str, str, str], ...]]:
    """The RELAX NG grammar and the (context, test, message) of its Schematron rules."""
    grammar = etree.parse(str(SCHEMAS / "atom.rng")).getroot()
    rules = tuple(
        (rule.get("context"), check.get("test"), " ".join(check.text.split()))
        for rule in grammar.iter(f"{{{SCHEMATRON_NS}}}rule")
        for check in rule.iter(f"{{{SCHEMATRON_NS}}}assert")
    )
    assert len(rules) == 3, "RFC 4287's three Schematron assertions"
    return etree.RelaxNG(grammar), rules


def atom_problems(document: etree._ElementTree) -> list[str]:
    schema, rules = atom_schema()
    problems = [] if schema.validate(document) else [str(error) for error in schema.error_log]
    namespaces = {"atom": ATOM_NS}
    for context, test, message in rules:
        for node in document.xpath(f"//{context}", namespaces=namespaces):
            if not node.xpath(f"boolean({test})", namespaces=namespaces):
                problems.append(message)
    # RFC 4287 3.3: a date construct is an RFC 3339 date-time, whose offset xsd:dateTime leaves optional.
    for node in document.iter(f"{{{ATOM_NS}}}updated", f"{{{ATOM_NS}}}published"):
        if not TIME_WITH_OFFSET.search(node.text or ""):
            problems.append(f"line {node.sourceline}: {node.text!r} has no time zone offset")
    return problems


@functools.cache
def json_feed_validator() -> Draft202012Validator:
    schema = json.loads((SCHEMAS / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    checker = Draft202012Validator.FORMAT_CHECKER
    missing = {"date-time", "uri"} - set(checker.checkers)
    assert not missing, f"format checks {missing} need jsonschema's format-nongpl extra"
    return Draft202012Validator(schema, format_checker=checker)


def json_feed_problems(data: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in json_feed_validator().iter_errors(data)]


def _content(site: str, tmp_path: Path) -> Path:
    if site == "fixture":
        return FIXTURES / "small"
    if site == "bundled":
        return FIXTURES.parent.parent / "content"
    content = write_site(tmp_path / "content", events=5, feed_size=2, timezone="America/New_York")
    sources = [SourceSpec(f"s{n}.md", f"Report {n}", f"2024-04-0{n}T10:00:00") for n in range(1, 6)]
    write_event(content, "big", "A big story", "2024-04-01", sources)
    return content


@pytest.mark.parametrize("site", ["fixture", "bundled", "archived"])
def test_every_atom_document_is_valid_rfc_4287(site, tmp_path):
    output = build(_content(site, tmp_path), tmp_path / "out")
    documents = [path for path in feed_files(output) if path.name.startswith("atom")]
    assert len(documents) >= 2
    for path in documents:
        assert atom_problems(etree.parse(str(path))) == [], path.relative_to(output)


@pytest.mark.parametrize("site", ["fixture", "bundled", "archived"])
def test_every_json_feed_is_valid_json_feed_1_1(site, tmp_path):
    output = build(_content(site, tmp_path), tmp_path / "out")
    documents = [path for path in feed_files(output) if path.suffix == ".json"]
    assert len(documents) >= 2
    for path in documents:
        assert json_feed_problems(json.loads(path.read_bytes())) == [], path.relative_to(output)


def _atom(entry: str, feed_author: str = "<author><name>A</name></author>") -> etree._ElementTree:
    text = (
        f'<feed xmlns="{ATOM_NS}"><id>tag:example.org,2024:f</id><title>T</title>'
        f"<updated>2024-01-01T00:00:00Z</updated>{feed_author}<entry>{entry}</entry></feed>"
    )
    return etree.ElementTree(etree.fromstring(text))


GOOD_ENTRY = '<id>tag:example.org,2024:e</id><title>E</title><updated>2024-01-01T00:00:00+01:00</updated><link href="https://example.org/"/>'


@pytest.mark.parametrize(
    ("document", "complaint"),
    [
        (_atom(GOOD_ENTRY.replace("<id>tag:example.org,2024:e</id>", "")), "id"),
        (_atom(GOOD_ENTRY.replace('<link href="https://example.org/"/>', "")), "alternate"),
        (_atom(GOOD_ENTRY, feed_author=""), "atom:author"),
        (_atom(GOOD_ENTRY.replace("+01:00", "")), "time zone"),
        (_atom(GOOD_ENTRY + '<link rel="alternate"/>'), "Element link"),
        (_atom(GOOD_ENTRY + "<summary type='markdown'>x</summary>"), "summary"),
    ],
)
def test_the_atom_checks_reject_invalid_documents(document, complaint):
    problems = atom_problems(document)
    assert problems and any(complaint in problem for problem in problems), problems


def test_the_atom_checks_accept_a_minimal_valid_document():
    assert atom_problems(_atom(GOOD_ENTRY)) == []


GOOD_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "T",
    "items": [{"id": "tag:example.org,2024:e", "content_html": "<p>x</p>", "date_published": "2024-01-01T00:00:00Z"}],
}


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"version": "https://jsonfeed.org/version/1"}, "version"),
        ({"items": [{"id": "x"}]}, "items/0"),
        ({"items": [{"id": "x", "content_text": "t", "date_modified": "2024-01-01T00:00:00"}]}, "date_modified"),
        ({"feed_url": "feed.json"}, "feed_url"),
        ({"authors": [{}]}, "authors/0"),
        ({"auhtors": []}, "auhtors"),
    ],
)
def test_the_json_feed_schema_rejects_invalid_feeds(change, complaint):
    assert json_feed_problems(GOOD_FEED) == []
    problems = json_feed_problems({**GOOD_FEED, **change})
    assert problems and any(complaint in problem for problem in problems), problems
