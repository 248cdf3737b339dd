"""Convert stage: synthetic pages, encodings, bad input, the Markdown it writes."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from site_builder.convert import MAX_SOURCE_BYTES, convert_file, convert_files, phrases, with_metadata
from site_builder.convert.dates import find_date, writes_day_first
from site_builder.convert.frontmatter import dump_article
from site_builder.convert.language import detect_language
from site_builder.convert.text import line_key
from site_builder.model import SourceFile

PARAGRAPHS = [
    "The city council voted on Tuesday to approve the new budget, which raises spending on schools and roads by a tenth.",
    "The mayor said the plan would be paid for by savings elsewhere, and that no new taxes would be needed this year.",
    "Opponents on the council argued that the savings were not yet identified and that the vote had been rushed through.",
]
FIXTURES = Path(__file__).parent / "fixtures"
MENU = ["Home", "News", "Sport", "Business", "Opinion", "Weather"]


def text_file(text: str, name: str = "a.txt") -> SourceFile:
    return SourceFile(name, text.encode("utf-8"), name)


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_menus_header_and_footer_are_removed_and_metadata_read():
    text = page(
        "Council approves budget | The Daily Courier",
        "\n".join(MENU),
        "Council approves budget",
        "By Jane Doe and John Roe",
        "Published: April 20, 2023 9:24 a.m. ET",
        *PARAGRAPHS,
        "Reporting by Jane Doe; Editing by Sam Poe",
        "Related Articles",
        "Council member resigns over parking dispute",
        "© 2023 The Daily Courier. All rights reserved.",
    )
    article = convert_file(text_file(text))
    assert article.title == "Council approves budget"
    assert article.outlet == "The Daily Courier"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.published == "2023-04-20T09:24:00-04:00"
    assert article.credits == ("Reporting by Jane Doe; Editing by Sam Poe",)
    assert article.body == "\n\n".join(PARAGRAPHS) + "\n"
    reasons = {r.text: r.reason for r in article.removed}
    assert "Related Articles" in reasons and "parking dispute" not in article.body
    assert reasons["© 2023 The Daily Courier. All rights reserved."] == "copyright notice"


def test_every_line_not_in_the_body_is_recorded_with_a_reason():
    text = page("\n".join(MENU), "Council approves budget", *PARAGRAPHS, "Share this article", "Leave a Reply")
    article = convert_file(text_file(text))
    body_lines = set(article.body.split("\n\n"))
    recorded = {r.text for r in article.removed}
    for line in text.split("\n"):
        if line.strip() and line.strip() + "\n" not in body_lines and line.strip() not in body_lines:
            assert line.strip() in recorded
    assert all(r.reason for r in article.removed)


@pytest.mark.parametrize("buttons", [
    "Share on Facebook   Share on X   Email",
    "Partager | Imprimer | Courriel",
    "Compartir · WhatsApp · Imprimir",
])
def test_a_row_of_share_buttons_between_byline_and_text_is_not_the_title(buttons):
    text = page("\n".join(MENU), "Council approves budget", "By Jane Doe", "2 March 2026, 18:40", buttons, *PARAGRAPHS)
    article = convert_file(text_file(text))
    assert article.title == "Council approves budget"
    assert {r.text: r.reason for r in article.removed}[" ".join(buttons.split())] == "share prompt"


def test_a_breadcrumb_between_headline_and_text_is_not_the_title():
    text = page("Council approves budget", "Daily Courier | News | City Hall", *PARAGRAPHS)
    assert convert_file(text_file(text)).title == "Council approves budget"


def test_short_headline_between_paragraphs_becomes_a_subheading():
    text = page("Council approves budget", PARAGRAPHS[0], "What happens next", PARAGRAPHS[1], PARAGRAPHS[2])
    article = convert_file(text_file(text))
    assert "\n\n## What happens next\n\n" in article.body


def test_headline_opening_a_text_without_page_furniture_is_its_title():
    path = FIXTURES / "facts" / "events" / "northern-cup-final" / "sport-north.txt"
    article = convert_file(SourceFile(path.name, path.read_bytes(), path.name))
    assert article.title == "Riverton Rovers 3-1 Eastfield Utd: Rovers end 23-year wait"
    assert article.body.startswith("Tom Kerr scored twice")


@pytest.mark.parametrize("closing", ["Her lawyer said she would appeal.", "The council will meet again in May to vote on it."])
def test_a_short_last_sentence_above_the_footer_is_kept(closing):
    """The line model scores a short sentence by its neighbours, and the footer below weighs against it."""
    text = page(
        "The Daily Courier", "News | Sport | Business | Opinion", "Council approves budget", "Posted : 2023-04-20 09:24",
        *PARAGRAPHS, "The vote was eleven to four.", closing,
        "Copyright (c) The Daily Courier. All rights reserved.", "Most Read",
    )
    assert convert_file(text_file(text)).body.endswith(f"The vote was eleven to four.\n\n{closing}\n")


def test_a_list_between_paragraphs_is_kept_whole():
    items = ["Schools: 12 million", "Roads: 8 million", "Parks and libraries: 3 million", "Street lighting: 2 million"]
    text = page(
        "The Daily Courier", "News | Sport | Business | Opinion", "Council approves budget",
        PARAGRAPHS[0], "The budget's main items:", "\n".join(items), *PARAGRAPHS[1:],
        "Copyright (c) The Daily Courier. All rights reserved.", "Most Read", "Mayor opens new bridge", "Storm closes schools",
    )
    body = convert_file(text_file(text)).body
    assert all(item in body for item in items)
    assert "Mayor opens new bridge" not in body


@pytest.mark.parametrize("marker, between", [("", "\n"), ("- ", "\n"), ("", "\n\n"), ("* ", "\n\n")])
def test_the_last_item_of_a_list_above_a_paragraph_is_no_heading(marker, between):
    items = ["Schools: 12 million", "Roads: 8 million", "Parks and libraries: 3 million", "Street lighting: 2 million"]
    text = page(
        "The Daily Courier", "News | Sport | Business | Opinion", "Council approves budget",
        PARAGRAPHS[0], "The budget's main items:", between.join(marker + item for item in items), *PARAGRAPHS[1:],
        "Copyright (c) The Daily Courier. All rights reserved.", "Most Read", "Mayor opens new bridge",
    )
    body = convert_file(text_file(text)).body
    assert "## " not in body
    assert f"\n\n{items[-1]}\n\n" in body or f"- {items[-1]}\n" in body
    if marker:  # a marked list stays one list, with or without blank lines between its items
        assert "\n".join(f"- {item}" for item in items) in body


@pytest.mark.parametrize("delimiter, between", [(".", "\n"), (")", "\n"), (".", "\n\n")])
def test_a_numbered_list_is_an_ordered_list(delimiter, between):
    """Items numbered in sequence are an ordered list's: "- 1. ..." would render a list inside each bullet."""
    items = [f"{number}{delimiter} {item}" for number, item in enumerate(PROJECTS[:4], start=1)]
    text = page(
        "The Daily Courier", "News | Sport | Business | Opinion", "Council approves budget",
        PARAGRAPHS[0], "The budget's main items:", between.join(items), *PARAGRAPHS[1:],
        "Copyright (c) The Daily Courier. All rights reserved.", "Most Read", "Mayor opens new bridge",
    )
    body = convert_file(text_file(text)).body
    assert "\n".join(items) in body
    html = MarkdownIt("commonmark").render(body)
    assert html.count("<ol>") == 1 and html.count("<li>") == 4 and "<ul>" not in html


def test_numbers_that_do_not_count_up_stay_the_items_text():
    items = ["2019. A new roof for the school", "2021. The bridge repaired", "2023. The library reopened"]
    text = page("Council approves budget", PARAGRAPHS[0], "What the council has paid for:", "\n".join(items), *PARAGRAPHS[1:])
    body = convert_file(text_file(text)).body
    html = MarkdownIt("commonmark").render(body)
    assert html.count("<li>") == 3 and "<ol" not in html and "<li>2021. The bridge repaired</li>" in html


def test_a_figure_above_the_text_is_not_its_title():
    """A counter's figures ("438.3K" views) are two words by their digits, but no headline."""
    text = page("The Daily Courier", "News | Sport | Business | Opinion", "Council approves budget", "By Jane Doe\nApril 20, 2023", "438.3K\n57\n4", *PARAGRAPHS)
    assert convert_file(text_file(text)).title == "Council approves budget"


@pytest.mark.parametrize("between", ["Filed in: City hall", "Council members at the vote on Tuesday"])
def test_the_page_titles_repeat_above_the_text_is_its_title(between):
    """A label or a caption between the headline and the text is nearer the text, but the headline repeats the page's title."""
    text = page(
        "Council approves budget | The Daily Courier", "\n".join(MENU), "Council approves budget", "By Jane Doe\nApril 20, 2023", between, *PARAGRAPHS,
    )
    article = convert_file(text_file(text))
    assert (article.title, article.outlet) == ("Council approves budget", "The Daily Courier")


def test_a_headline_below_a_list_is_still_a_heading():
    text = page(
        "Council approves budget", PARAGRAPHS[0], "- Schools: 12 million\n- Roads: 8 million", "What happens next", *PARAGRAPHS[1:],
    )
    assert "\n\n## What happens next\n\n" in convert_file(text_file(text)).body


@pytest.mark.parametrize("header, authors", [
    (["Council approves budget", "The Daily Courier", "April 20, 2023"], ()),  # the outlet's name on its own line
    (["Council approves budget", "By Jane Doe", "Associated Press", "April 20, 2023"], ("Jane Doe",)),
    (["Sign In", "Local News", "World News", "", "Council approves budget", "April 20, 2023"], ()),  # a menu
    (["Council approves budget", "Getty Images", "", "Jane Doe", "April 20, 2023"], ("Jane Doe",)),
    (["Council approves budget", "By Jane Doe, CNN", "April 20, 2023"], ("Jane Doe",)),
    (["Council approves budget", "Written by Jane Doe, MS, RD on April 20, 2023"], ("Jane Doe",)),
    (["Council approves budget", "", "Jane Doe", "Yesterday 2:45PM"], ("Jane Doe",)),
])
def test_only_people_standing_where_a_byline_stands_are_authors(header, authors):
    text = page("Council approves budget | The Daily Courier", "\n".join(MENU), "\n".join(header), *PARAGRAPHS)
    article = convert_file(text_file(text))
    assert article.authors == authors
    assert article.body.startswith(PARAGRAPHS[0])


COMMENTS = [
    "I have lived in this city for thirty years and I have never seen the council waste money the way it does now.",
    "The schools in our part of town have needed new roofs for a decade, so I am glad that the money is finally there.",
    "Roads first, then schools, that is what the mayor promised during the campaign and he should be held to it by the voters.",
]


@pytest.mark.parametrize("heading", ["2 responses to “Council approves budget”", "3 thoughts on “Council approves budget”", "Leave a Reply"])
@pytest.mark.parametrize("signed", [False, True])
def test_readers_comments_after_their_heading_are_not_the_text(heading, signed):
    """Comments read like prose (the model keeps them by their looks): after their heading, nothing is the text."""
    comments = [f"Reader {n}\n{comment}" if signed else comment for n, comment in enumerate(COMMENTS)]
    text = page(
        "Council approves budget | The Daily Courier", "\n".join(MENU), "Council approves budget", "By Jane Doe", *PARAGRAPHS,
        heading, *comments,
    )
    article = convert_file(text_file(text))
    assert article.body == "\n\n".join(PARAGRAPHS) + "\n"
    assert {r.text for r in article.removed} >= set(COMMENTS)


def test_a_comment_count_above_the_text_does_not_end_it():
    text = page("Council approves budget", "By Jane Doe", "12 Comments", *PARAGRAPHS)
    assert convert_file(text_file(text)).body == "\n\n".join(PARAGRAPHS) + "\n"


COMPANY_ABOUT = [
    "Acme Robotics is a leading global provider of warehouse robots for retailers and logistics firms. Founded in 1999, "
    "the company employs 2,000 people in 14 countries.",
    "Acme Robotics is headquartered in Boston, Massachusetts, and its shares are listed on the Nasdaq stock exchange.",
]
SIGN_UP_BOX = [
    "City Hall Newsletter", "Get the week's council news, votes and budgets in one email every Friday.",
    'I agree that The Daily Courier can send me the "City Hall Newsletter" newsletter.',
    "Please check the opt-in box to acknowledge that you would like to subscribe.", "Thanks for signing up!",
    "Keep an eye on your inbox for the latest council news.", "Follow The Daily Courier on Instagram, Facebook and YouTube.",
]


@pytest.mark.parametrize("tail", [COMPANY_ABOUT, SIGN_UP_BOX, ["About Acme Robotics: " + COMPANY_ABOUT[0]]])
def test_a_companys_about_block_and_a_newsletter_sign_up_box_after_the_text_are_not_the_text(tail):
    first = "Acme Robotics won a contract to automate the city's warehouse, the council said on Tuesday, after a vote of eleven to four."
    text = page(
        "Acme wins council contract | The Daily Courier", "\n".join(MENU), "Acme wins council contract", "By Jane Doe",
        first, *PARAGRAPHS, *tail, "© 2023 The Daily Courier",
    )
    assert convert_file(text_file(text)).body == "\n\n".join([first, *PARAGRAPHS]) + "\n"


@pytest.mark.parametrize("aside", [
    "Acme Robotics is the largest maker of warehouse robots in the country.",  # one sentence: the story's aside
    "Heart disease is the leading cause of death in the city. It kills more people than cancer, the council said.",
])
def test_a_story_naming_what_a_company_or_thing_is_keeps_it(aside):
    text = page("Acme wins council contract", "By Jane Doe", *PARAGRAPHS, aside, "© 2023 The Daily Courier")
    assert convert_file(text_file(text)).body.endswith(f"\n\n{aside}\n")


PROJECTS = [
    "Riverside Park: new playground and lighting", "Main Street bridge: repairs to the deck", "Central Library: longer opening hours",
    "Eastfield School: a new roof", "Harbour Road: resurfacing from June", "Old Town Hall: repainting the facade",
    "Westgate Pool: reopening in the spring", "Market Square: new benches and trees", "North Station: a bicycle shelter",
]


@pytest.mark.parametrize("marker, between", [("", "\n"), ("", "\n\n"), ("- ", "\n"), ("- ", "\n\n")])
def test_a_list_that_ends_a_list_heavy_article_is_kept(marker, between):
    """The model reads a list's items one at a time, like a menu's; the line that introduces them keeps them."""
    text = page(
        "Nine projects the budget pays for | The Daily Courier", "\n".join(MENU), "Nine projects the budget pays for", "By Jane Doe",
        "The council's budget pays for nine projects across the city this year:", between.join(marker + item for item in PROJECTS),
        "Copyright (c) The Daily Courier. All rights reserved.", "Most Read", "Mayor opens new bridge", "Storm closes schools",
    )
    body = convert_file(text_file(text)).body
    assert all(item in body for item in PROJECTS)
    assert "Mayor opens new bridge" not in body and "## " not in body


BREAKFAST = "Porridge with oats, two spoons of honey, a handful of blueberries and warm milk"
LUNCH = "Tomato and cucumber salad with feta cheese, olives and a slice of bread"
DINNERS = [
    "Grilled salmon with rice and green beans, which the whole family can have ready in about twenty minutes on a weekday.",
    "Chicken soup with noodles and carrots, made in a large pot on Sunday so that there is enough left for two more evenings.",
    "Bean chili with corn bread, a cheap dinner that keeps well in the fridge and tastes even better when it is warmed up again.",
]


def test_sections_alike_keep_the_lines_they_repeat():
    """A page of several plans under the same headings repeats their short lines: each plan has them, not only the
    last (a line opening like a later one is otherwise a dek or a teaser of it)."""
    weeks = [f"Menu for week {n}\n\nBreakfast\n\n{BREAKFAST}\n\nLunch\n\n{LUNCH}\n\nDinner\n\n{dinner}" for n, dinner in enumerate(DINNERS, start=1)]
    text = page(
        "A month of simple meals | The Daily Kitchen", "\n".join(MENU), "A month of simple meals", "By Jane Doe\nApril 20, 2023",
        "The plan below repeats the same breakfast and lunch every week, so that the shopping stays simple and cheap for the whole family.",
        *weeks, "Related Articles", "Ten ways to cook rice", "Copyright (c) The Daily Kitchen. All rights reserved.",
    )
    body = convert_file(text_file(text)).body
    assert body.count("Menu for week") >= 2
    assert body.count(BREAKFAST) == body.count("Menu for week")


def test_a_related_links_heading_ending_with_a_colon_does_not_introduce_the_text():
    text = page(
        "Council approves budget", *PARAGRAPHS, "Related coverage from the Daily Courier: City Hall:",
        "Mayor opens new bridge", "Storm closes schools",
    )
    assert convert_file(text_file(text)).body == "\n\n".join(PARAGRAPHS) + "\n"


def test_a_headline_and_one_sentence_convert():
    article = convert_file(text_file("Ferry service resumes\n\nThe ferry service resumed on Monday, the operator said.\n"))
    assert (article.title, article.body) == ("Ferry service resumes", "The ferry service resumed on Monday, the operator said.\n")


def test_first_line_that_is_a_sentence_is_not_taken_for_a_title():
    article = convert_file(text_file("\n".join(PARAGRAPHS)))
    assert article.title is None
    assert article.body.startswith(PARAGRAPHS[0])


def test_dateline_alone_and_inline():
    alone = convert_file(text_file(page("Council approves budget", "Springfield, Illinois –", *PARAGRAPHS)))
    assert alone.dateline == "Springfield, Illinois"
    assert "Springfield" not in alone.body.split("\n\n")[0][:20]
    inline = convert_file(text_file(page("Council approves budget", "SPRINGFIELD (Reuters) - " + PARAGRAPHS[0], *PARAGRAPHS[1:])))
    assert inline.dateline == "Springfield"
    assert inline.body.startswith("SPRINGFIELD (Reuters) - ")  # the dateline stays part of the sentence


def test_lines_repeated_across_the_articles_converted_together_are_furniture():
    footer = "Sister sites: Courier Radio"
    first = page("Council approves budget", *PARAGRAPHS, footer)
    second = page(
        "School term starts late",
        "Pupils in the district will start the new school year a week late because the heating in three schools is broken.",
        "The district said that repairs would be finished by the end of the month, and that lost days would be made up.",
        footer,
    )
    alone = convert_file(text_file(first))
    articles, problems = convert_files([text_file(first, "a.txt"), text_file(second, "b.txt")])
    assert problems == []
    assert all(footer not in a.body for a in articles)
    assert any(r.text == footer and "other articles" in r.reason for r in articles[0].removed)
    assert alone.body == articles[0].body  # the footer was outside the text anyway


@pytest.mark.parametrize(
    "encoding,prefix", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b""), ("cp1252", b"")]
)
def test_encodings_and_crlf(encoding, prefix):
    text = page("Café owners protest", *PARAGRAPHS).replace("\n", "\r\n") + "The café’s owner said so.\r\n"
    data = prefix + text.encode(encoding)
    article = convert_file(SourceFile("a.txt", data, "x"))
    assert article.title == "Café owners protest"
    assert "\r" not in article.body and PARAGRAPHS[0] in article.body


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n \n\t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 40, "binary file"),
        ("menu.txt", "\n".join(MENU).encode(), "no sentences of reporting"),
        ("huge.txt", b"word " * (MAX_SOURCE_BYTES // 5 + 10), "limited to 10 MB"),
    ],
)
def test_bad_input_is_one_problem_naming_the_file_and_the_others_still_convert(name, data, message):
    good = text_file(page("Council approves budget", *PARAGRAPHS), "good.txt")
    articles, problems = convert_files([SourceFile(name, data, "bad"), good])
    assert articles[0] is None and articles[1] is not None
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{name}: ") and message in str(problems[0])
    assert "\n" not in str(problems[0])


def test_markdown_with_front_matter_is_kept_as_written():
    text = "---\ntitle: Curated\nauthor: A. Curator\n---\n\nHome\n\nShort line kept.\n"
    article = convert_file(text_file(text, "a.md"))
    assert article.title == "Curated" and article.authors == ("A. Curator",)
    assert article.body == "Home\n\nShort line kept.\n"


def test_converted_markdown_converts_to_itself():
    article = convert_file(text_file(page("Council approves budget", "By Jane Doe", *PARAGRAPHS, "(with inputs from agencies)")))
    markdown = dump_article(article)
    again = convert_file(SourceFile("a.md", markdown.encode(), "y"))
    assert dump_article(again) == markdown


def test_body_text_that_markdown_would_misread_is_escaped():
    article = convert_file(text_file(page("Council approves budget", "1. " + PARAGRAPHS[0], *PARAGRAPHS[1:])))
    assert article.body.startswith("1\\. The city council")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("20 April 2023 Thursday 04:25", "2023-04-20T04:25:00"),
        ("2023-04-20T09:24:06Z", "2023-04-20T09:24:06+00:00"),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19T06:56:00-05:00"),
        ("Published: Apr 20, 2023 at 9:24 a.m. ET", "2023-04-20T09:24:00-04:00"),
        ("Updated Jan. 5, 2023 9:24 a.m. ET", "2023-01-05T09:24:00-05:00"),
        ("November 20, 2019", "2019-11-20"),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13:00"),
        ("Le 20 avril 2023 à 10h15 (UTC+2)", "2023-04-20T10:15:00+02:00"),
        ("31 February 2023", None),
        ("in 2023 the council", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    "text,language",
    [
        (" ".join(PARAGRAPHS), "en"),
        ("Der Rat hat am Dienstag den Haushalt beschlossen, und die Bürgermeisterin ist mit dem Ergebnis nicht zufrieden.", "de"),
        ("Le conseil a voté mardi le budget, et le maire a dit que les impôts ne seront pas augmentés cette année.", "fr"),
        ("Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思います。", "ja"),
        ("12 34 56", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("line, closes", [
    ("関連記事", True), ("相关阅读", True), ("관련 기사", True), ("댓글", True), ("Sobre o autor", True),
    ("About Jane Doe", True), ("Über Max Mustermann", True), ("Notes to editors", True), ("Media contacts:", True),
    ("About Us", False), ("About the study", False), ("About 30,000 people marched.", False),
])
def test_closing_block_headings_in_several_languages(line, closes):
    assert phrases.read_line(line, line_key(line), line_key(line).split())[0] is closes


def test_a_headline_ending_with_a_quotation_above_the_text_is_the_title_not_the_outlet_line():
    headline = 'Mayor on the budget: "We kept every promise"'
    article = convert_file(text_file(page("The Harbour Gazette", "POLITICS", headline, *PARAGRAPHS)))
    assert article.title == headline
    assert headline not in article.body


@pytest.mark.parametrize("link", [
    "Related: Harbour ferry fares to rise in the spring",
    "Related stories: Five things we learned from the budget debate",
    "RELATED » Why the council keeps missing its targets",
])
def test_a_related_link_between_paragraphs_is_removed(link):
    """A "Related: <headline>" line inside the text links another article: furniture, whatever its words."""
    text = page("Council approves budget", PARAGRAPHS[0], link, *PARAGRAPHS[1:])
    article = convert_file(text_file(text))
    assert link not in article.body
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)
    assert [r.reason for r in article.removed if r.text == link] == ["link to another article"]


@pytest.mark.parametrize("line", ["Related-party loans rose by a tenth last year, the regulator said.", "Related"])
def test_related_opening_a_sentence_or_alone_is_no_inline_link(line):
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] != "link to another article"


@pytest.mark.parametrize("line, reason", [
    ("Note: your email address will not be published.", "comment form"),
    ("Note: required fields are marked *", "comment form"),
    ("This site uses Akismet; comment data is processed by it", "comment form"),
    ("Please subscribe to the Gazette", "subscribe or sign-in prompt"),
    ("Please sign up for our daily briefing", "subscribe or sign-in prompt"),
    ("Are you already a subscriber?", "subscribe or sign-in prompt"),
    ("Get unlimited digital access", "subscribe or sign-in prompt"),
    ("The Morning Briefing newsletter", "subscribe or sign-in prompt"),
    ("All the Gazette's newsletters", "subscribe or sign-in prompt"),
    ("Why not join the Gazette's newsletter today", "subscribe or sign-in prompt"),
    ("Tick the opt-in box", "subscribe or sign-in prompt"),
    ("Yes, I would like to subscribe", "subscribe or sign-in prompt"),
    ("Read this before signing up", "subscribe or sign-in prompt"),
    ("Delivered straight to your inbox", "subscribe or sign-in prompt"),
    ("There was a problem with your subscription", "subscribe or sign-in prompt"),
    ("This website uses cookies to improve your experience", "cookie or legal notice"),
    ("Read our privacy policy", "cookie or legal notice"),
    ("See the terms of use", "cookie or legal notice"),
    ("Acme terms & conditions apply", "cookie or legal notice"),
    ("Read our cookie policy", "cookie or legal notice"),
    ("California: do not sell my personal information", "cookie or legal notice"),
    ("Acme News © 2023", "copyright notice"),
    ("Acme News (c) 2023", "copyright notice"),
    ("Acme News copyright 2023", "copyright notice"),
    ("Acme News. All rights reserved.", "copyright notice"),
    ("Acme. Todos os direitos reservados", "copyright notice"),
    ("Acme. Todos los derechos reservados", "copyright notice"),
    ("Acme. Tous droits réservés", "copyright notice"),
    ("Acme. Alle Rechte vorbehalten", "copyright notice"),
    ("Acme. Tutti i diritti riservati", "copyright notice"),
])
def test_furniture_phrases_found_anywhere_in_a_line(line, reason):
    """One line for each phrase looked for anywhere in a line: each passes the test of its words before the pattern."""
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] == reason


@pytest.mark.parametrize("line", [
    "3,517 views", "Views: 982", "page views 12 044", "48.5K Views", "Comments (7)", "Show all comments (31)", "1 comment",
    "Share 85", "29 shares", "112 likes", "Likes 6", "8 min read", "Reading time: 11 minutes", "3-minute read", "Photo 2 of 9",
    "Image 4 / 15", "(22 photos)", "👁 2,301 💬 14", "❤️ 57  🔗 Share", "[t] Tweet [e] Email 💬 6 comments", "9 comments | Sign in to comment",
    "Filed in Politics | 5 comments", "March 3, 2024 / 17 Comments / in Local / by editor",
    "41 comentarios", "Comentarios (12)", "Tiempo de lectura: 4 min", "6 min de lectura", "Compartir 19",
    "38 comentários", "1.204 visualizações", "Tempo de leitura: 2 minutos",
    "17 commentaires", "5 312 vues", "Temps de lecture : 7 min", "4 min de lecture", "Partager 23",
    "26 Kommentare", "1.830 Aufrufe", "Lesezeit: 6 Min.", "4 Min. Lesezeit", "Foto 5 von 20", "Teilen 11",
    "14 commenti", "Tempo di lettura: 3 minuti", "2 minuti di lettura", "Foto 1 di 6",
    "33 komentarze", "7 komentarzy", "Czas czytania: 5 min", "2 534 wyświetlenia", "Zdjęcie 4 z 11",
    "19 reacties", "Leestijd 4 minuten", "1.022 keer bekeken", "Foto 3 van 8",
    "12 kommentarer", "Lästid: 3 min", "Lesetid: 5 minutter", "Læsetid: 2 min.", "Bild 2 av 7", "640 visningar", "8 kommenttia",
])
def test_counters_are_furniture_in_several_languages_and_layouts(line):
    """A tally of views, comments, shares, likes, photos or reading time, alone or in a row of icons and buttons,
    or one part of a post's details line: a figure of the page, never of the story."""
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] == "counter"


@pytest.mark.parametrize("line", [
    "The video drew 2 million views in a day.", "He read 5 comments aloud", "Share prices fell 4% on Monday.",
    "12 photos of the flood", "Nine Striking Images of the Storm", "Labour 1,234 votes", "Comments by 3 ministers angered the union",
    "Los 41 comentarios del juez fueron polémicos.", "Die 26 Kommentare der Leser waren kritisch.", "Reading 2-1 Luton",
    "2019", "April 20, 2023", "The ministry | 3 new cases reported in Oslo today",
])
def test_sentences_and_headlines_with_counter_words_are_no_counters(line):
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] != "counter"


def test_a_counter_row_between_the_byline_and_the_text_is_removed_and_is_no_title():
    text = page("The Daily Courier", "\n".join(MENU), "Council approves budget", "By Jane Doe\nApril 20, 2023",
                "👁 3,517 views   💬 41 comments   Share on Facebook", *PARAGRAPHS, "Comentarios (12)")
    article = convert_file(text_file(text))
    assert (article.title, article.authors) == ("Council approves budget", ("Jane Doe",))
    assert "views" not in article.body and "Comentarios" not in article.body
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)
    assert {r.text: r.reason for r in article.removed if "views" in r.text or "Comentarios" in r.text} == {
        "👁 3,517 views 💬 41 comments Share on Facebook": "counter", "Comentarios (12)": "counter",
    }


@pytest.mark.parametrize("line, reason", [
    ("Share on Facebook  Share via Email  Share by SMS", "share prompt"),
    ("Share | Comment", "share prompt"),
    ("Share: Telegram · LinkedIn · X", "share prompt"),
    ("Tweet   Save   Send us a tip", "share prompt"),
    ("Listen to this story (6 min)", "share prompt"),
    ("Print | Download as PDF | Español", "share prompt"),
    ("► Watch: the rescue filmed from a helicopter (1:05)", "link to another article"),
    ("Like what you read? Sign up to our daily newsletter.", "subscribe or sign-in prompt"),
])
def test_rows_of_share_listen_and_language_buttons_are_furniture(line, reason):
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] == reason


@pytest.mark.parametrize("line", ["Share prices rose 3% in early trading", "X-rays showed a fracture of the hip", "Save the date: the fair opens on May 2"])
def test_sentences_opening_with_a_buttons_word_are_no_share_row(line):
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] is None


def test_a_button_row_or_a_text_credit_above_the_text_is_no_title():
    """The title is the headline above the byline, not the row of buttons nearer the text; "Text: Name" is a byline."""
    text = page("The Daily Courier", "\n".join(MENU), "Council approves budget", "Text: Jane Doe | Photos: John Roe",
                "Share: Telegram · LinkedIn · X", "Listen to this story (3 min)", *PARAGRAPHS)
    article = convert_file(text_file(text))
    assert (article.title, article.authors) == ("Council approves budget", ("Jane Doe",))


@pytest.mark.parametrize("marker", ["Ends", "-ENDS-", "###"])
def test_a_press_releases_end_marker_closes_its_text(marker):
    text = page("Acme opens a new plant in Leeds", *PARAGRAPHS, marker, "Notes to editors: Acme makes bricks. Media contact: press@acme.example")
    article = convert_file(text_file(text))
    assert marker not in article.body and "Notes to editors" not in article.body


@pytest.mark.parametrize("dateline", ["OSLO, March 9 (NWS) -", "LIMA, Peru, Sept. 14 (Andes Wire) –", "KYIV, Ukraine —"])
def test_a_wires_dateline_alone_above_the_text_is_no_title(dateline):
    text = page("The Daily Courier", "Council approves budget", "By Jane Doe", dateline, *PARAGRAPHS)
    article = convert_file(text_file(text))
    assert article.title == "Council approves budget" and dateline not in article.body


def test_a_bracketed_caption_with_an_illustration_credit_is_furniture():
    line = "[An artist's impression of the new footbridge. Illustration: Jane Roe / Acme Studio]"
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] == "photo caption or credit"


@pytest.mark.parametrize(
    "line, credit",
    [
        ("[Photo: Volunteers fill sandbags outside the town hall in Wexmoor. KNA / Petra Lund]", "KNA / Petra Lund"),
        ("[Image: The ferry at the quay on Monday morning. Credit: Harbour Post / T. Vance]", "Harbour Post / T. Vance"),
        ("[Picture: Fans queue at the north gate. Foto: Ilse Brandt / Nordkurier]", "Ilse Brandt / Nordkurier"),
        ("Image caption: A lynx in its enclosure in an undated picture. (Wildpark Ost/Handout)", "Wildpark Ost/Handout"),
        ("PHOTO: The closed bridge over the Vire on Sunday. Photo: Marc Olier", "Marc Olier"),
        ("Photo: Gene J. Puskar", "Gene J. Puskar"),
        ("[VIDEO] Residents describe the night of the storm (3:05)", None),
    ],
)
def test_a_line_opening_with_a_photo_or_video_label_is_a_caption_whatever_its_credit(line, credit):
    """A caption's label ("[Photo: ...]", "Image caption:", "[VIDEO]") opens no line of an article's text; its
    credit comes in many forms (after an inner label, in parentheses, a short tail), or none."""
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] == "photo caption or credit"
    assert phrases.photo_credit(line) == credit


def test_a_labelled_caption_inside_the_text_is_removed_and_its_credit_kept():
    caption = "[Photo: Divers search the lake near the marina. Lakeside Times / O. Brandt]"
    text = page("The Daily Courier", "Council approves budget", "By Jane Doe", PARAGRAPHS[0], caption, *PARAGRAPHS[1:])
    article = convert_file(text_file(text))
    assert "Divers search the lake" not in article.body and article.credits == ("Lakeside Times / O. Brandt",)


@pytest.mark.parametrize("line", ["Photographers were kept away from the site on Monday.", "Imagery from the satellite showed the damage."])
def test_a_sentence_opening_with_a_word_like_a_label_is_no_caption(line):
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] is None


def test_a_byline_whose_date_follows_a_middle_dot_gives_the_name_alone():
    text = page("The Daily Courier", "Council approves budget", "By Jane Doe · Tue 7 Jul 2026 // 09:15", *PARAGRAPHS)
    assert convert_file(text_file(text)).authors == ("Jane Doe",)


@pytest.mark.parametrize("line, credit", [("(dpa/jvd)", "dpa/jvd"), ("(Belga/AFP/mh)", "Belga/AFP/mh")])
def test_an_agencys_signature_in_brackets_is_a_credit(line, credit):
    assert phrases.credit(line, line_key(line)) == credit


@pytest.mark.parametrize("line", ["(1/2)", "(see page 4/5)", "(25/4)"])
def test_figures_in_brackets_are_no_signature(line):
    assert phrases.credit(line, line_key(line)) is None


@pytest.mark.parametrize("line, reason", [
    ("Our Standards: The Acme Trust Principles.", "cookie or legal notice"),
    ("Newsletter: receive the Gazette in your inbox each Monday", "subscribe or sign-in prompt"),
])
def test_an_outlets_standards_link_and_an_inbox_prompt_are_furniture(line, reason):
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] == reason


def test_a_sentence_about_an_inbox_is_no_prompt():
    line = "The fake invoice looked like any other message in your inbox, police said."
    assert phrases.read_line(line, line_key(line), line_key(line).split())[1] is None


def test_a_numeric_date_is_read_day_first_where_the_page_writes_its_dates_so():
    """04/12/2026 is 12 April in the United States and 4 December nearly everywhere else: month first unless the
    page writes another numeric date only day first can read (19/03/2026), or is not in English; never day first
    where another can only be read month first (03/19/2026)."""
    assert find_date("Posted 03/05/2026 | 08:15") == "2026-03-05T08:15:00"
    assert find_date("Posted 03/05/2026 | 08:15", day_first=True) == "2026-05-03T08:15:00"
    assert find_date("Posted 23/05/2026", day_first=False) == "2026-05-23"  # only one reading: the day is 23
    assert writes_day_first("Posted 03/05/2026. Updated 19/05/2026", "en")
    assert not writes_day_first("Posted 03/05/2026. Updated 05/19/2026", "es")
    assert writes_day_first("Publicado 03/05/2026", "es") and not writes_day_first("Posted 03/05/2026", "en")
    text = page("Harbour crane topples in gale", "By Ana Ruiz | 03/05/2026 | 08:15", *PARAGRAPHS, "Corrected on 21/05/2026.")
    assert convert_file(text_file(text)).published == "2026-05-03T08:15:00"
    assert convert_file(text_file(text.replace("21/05/2026", "05/21/2026"))).published == "2026-03-05T08:15:00"


def test_a_curators_date_settles_which_way_round_the_text_wrote_a_numeric_date():
    text = page("Harbour crane topples in gale", "By Ana Ruiz | 03/05/2026 | 08:15", *PARAGRAPHS)
    article = convert_file(text_file(text))
    assert article.published == "2026-03-05T08:15:00"  # English, nothing telling: month first
    assert with_metadata(article, {"published": "2026-05-03T08:15:00+02:00"}).published == "2026-05-03T08:15:00+02:00"
    # another day altogether is the curator's word against the text's: the text's own stays
    assert with_metadata(article, {"published": "2026-05-04T08:15:00+02:00"}).published == "2026-03-05T08:15:00"
