"""The event page: fact box first, citation chips that land on the cited words, the coverage matrix,
the source list, JSON-LD, and valid HTML5 (Nu Html Checker, when Java is there)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import unquote

import lxml.html
import pytest

from site_builder.pipeline import build
from site_builder.render import text_fragment

from .browser import require_vnu
from .conftest import FIXTURES


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("site") / "out"
    build(FIXTURES / "facts", output)
    return output


def page(site: Path, slug: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / f"events/{slug}/index.html").read_bytes())


def test_the_fact_box_comes_first_and_answers_what_when_where_who(site):
    html = page(site, "peru-earthquake")
    sections = [s.get("class") for s in html.xpath("//article/section")]
    assert sections[0] == "fact-box" and sections.index("coverage") < sections.index("sources")
    terms = html.xpath("//dl[@class='fact-summary']/dt/text()")
    assert terms == ["What", "When", "Where"]
    assert html.xpath("string(//dl[@class='fact-summary']/dd[2]//time/@datetime)") == "2024-09-15"
    headings = html.xpath("//section[@class='fact-box']/h3/text()")
    assert headings[:4] == ["Who", "Key figures", "Where the sources disagree", "What several sources report"]
    assert "Quotations" in headings and "Only in one source" in headings


def test_every_chip_links_to_the_paragraph_holding_its_quote(site):
    html = page(site, "peru-earthquake")
    chips = html.xpath("//a[contains(concat(' ', @class, ' '), ' cite ')]")
    assert chips
    for chip in chips:
        path, anchor = chip.get("href").split("#")
        archived = lxml.html.fromstring((site / "events/peru-earthquake" / path / "index.html").read_bytes())
        paragraph = archived.get_element_by_id(anchor)
        quote = chip.xpath("string(.//span[@class='cite-quote'])").split("“", 1)[1].rsplit("”", 1)[0]
        assert " ".join(quote.split()) in " ".join(paragraph.text_content().split())


def test_chips_link_to_the_original_words_with_a_text_fragment_when_the_url_is_known(site):
    html = page(site, "peru-earthquake")
    originals = html.xpath("//a[@class='cite-original']/@href")
    assert originals and all("#:~:text=" in href for href in originals)
    assert all(href.startswith(("https://andeswire.example.com/", "https://pacifictimes.example.com/")) for href in originals)
    assert text_fragment("Kyiv-based, 3-1 win") == "Kyiv%2Dbased%2C%203%2D1%20win"
    long = text_fragment("one two three four five six seven eight nine ten")
    assert long == "one%20two%20three%20four,seven%20eight%20nine%20ten" and unquote(long.split(",")[1]) == "seven eight nine ten"


def test_the_coverage_matrix_tells_disagreeing_from_not_mentioned(site):
    html = page(site, "peru-earthquake")
    rows = {row.xpath("string(th//a)"): [td.xpath("string(span[@class='visually-hidden'])") for td in row.xpath("td")] for row in html.xpath("//section[@class='coverage']//tbody/tr")}
    assert rows["magnitude"] == ["states", "disagrees", "states", "states"]
    assert rows["number of aftershocks"] == ["states", "not mentioned", "not mentioned", "not mentioned"]


def test_the_source_list_is_newest_first_with_a_summary(site):
    html = page(site, "peru-earthquake")
    summary = html.xpath("string(//section[@class='sources']/p)")
    assert summary == "4 sources, 4 outlets, first report at 2024-09-16T06:10:00+00:00."
    listed = html.xpath("//section[@class='sources']/ol/li/@id")
    assert listed[:3] == ["s2", "s4", "s1"] and listed[-1] == "s3"  # s3 has no publication time


def test_json_ld_is_a_news_article_about_the_event_citing_sources_with_claims(site):
    html = page(site, "peru-earthquake")
    data = json.loads(html.xpath("string(//script[@type='application/ld+json'])"))
    assert data["@type"] == "NewsArticle" and data["about"]["@type"] == "Event"
    assert data["about"]["startDate"] == "2024-09-15"
    assert [c["@type"] for c in data["citation"]] == ["NewsArticle"] * 4
    facts = json.loads((site / "events/peru-earthquake/facts.json").read_bytes())["facts"]
    assert len(data["hasPart"]) == len(facts)
    claim = data["hasPart"][0]
    assert claim["@type"] == "Claim" and claim["appearance"][0]["text"] == facts[0]["citations"][0]["quote"]


def test_an_undated_event_says_so(site):
    html = page(site, "northern-cup-final")
    assert html.xpath("string(//p[@class='event-meta'])").strip().startswith("Date unknown")


def test_sources_without_any_date_still_get_a_fact_box_whose_date_is_unknown(tmp_path):
    """Raw texts with no publication date, one naming a weekday: the box is there, the weekday dates nothing."""
    folder = tmp_path / "content/events/harbour-fire"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(
        "Fire destroys warehouse in Port Alder\n\nA fire destroyed a warehouse in Port Alder on Saturday, "
        "injuring 12 people, fire chief Maria Lindqvist said.\n\nAbout 80 firefighters fought the blaze.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Port Alder warehouse fire\n\nTwelve people were injured when fire swept through a warehouse in Port Alder, "
        "fire chief Maria Lindqvist said.\n\nThe blaze took six hours to bring under control.\n",
        encoding="utf-8",
    )
    build(tmp_path / "content", tmp_path / "out")
    html = lxml.html.fromstring((tmp_path / "out/events/harbour-fire/index.html").read_bytes())
    assert html.xpath("string(//p[@class='event-meta'])").strip().startswith("Date unknown")
    assert "Unknown" in html.xpath("string(//dl[@class='fact-summary']/dd[2])")
    assert html.xpath("//section[@class='fact-box']/h3/text()")[:2] == ["Who", "Key figures"]
    facts = json.loads((tmp_path / "out/events/harbour-fire/facts.json").read_bytes())["facts"]
    assert not [f for f in facts if f["kind"] == "date"]
    assert {(f["kind"], f["value"]) for f in facts} >= {("person", "Maria Lindqvist"), ("place", "Port Alder")}


def test_a_quotation_outlets_give_to_different_people_is_shown_with_each_source_s_speaker(tmp_path):
    """Made up: two outlets give one sentence to the coach, one to the club's president; the page lists it
    under the disagreements, each speaker with the chips of the sources naming them, and facts.json says so."""
    folder = tmp_path / "content/events/cup-upset"
    folder.mkdir(parents=True)
    bodies = {
        "a.txt": 'Coach Irena Novak praised her players. "We played with our hearts and never gave up," Novak said.',
        "b.txt": '"We played with our hearts and never gave up," Irena Novak told reporters after the match.',
        "c.txt": 'Club president Tomas Berg was in the stands. "We played with our hearts and never gave up," Berg said.',
    }
    for name, body in bodies.items():
        (folder / name).write_text(f"Cup upset in Lendvik\n\n{body}\n", encoding="utf-8")
    build(tmp_path / "content", tmp_path / "out")
    html = lxml.html.fromstring((tmp_path / "out/events/cup-upset/index.html").read_bytes())
    (item,) = html.xpath("//ul[@class='facts facts-conflicts']/li")
    assert "We played with our hearts and never gave up" in item.text
    sides = [" ".join(li.xpath("text()|span[@class='status']/text()")).split() for li in item.xpath("ul/li")]
    assert sides == [["Irena", "Novak"], ["Irena", "Novak"], ["disagrees:", "Tomas", "Berg"]]
    facts = json.loads((tmp_path / "out/events/cup-upset/facts.json").read_bytes())["facts"]
    (quote,) = [f for f in facts if f["kind"] == "quote"]
    assert quote["status"] == "conflict" and [c.get("speaker") for c in quote["citations"]] == ["Irena Novak", "Irena Novak", "Tomas Berg"]


def test_event_pages_are_valid_html5(site):
    vnu = require_vnu()
    pages = sorted(str(p) for p in site.glob("events/*/index.html"))
    result = subprocess.run([*vnu, "--errors-only", *pages], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
