"""Convert stage basics: encodings, front matter, dispatch by file type, the convert/import commands."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_builder.cli import main
from site_builder.convert import ConvertError, convert_file, frontmatter
from site_builder.convert.encoding import DecodeError, decode
from site_builder.model import Article, SourceFile

TEXT = "Café owners in Zürich said “prices rose” on Monday.\r\nSecond line.\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom", "cp1252"],
)
def test_common_encodings_decode_to_the_same_text(data):
    assert decode(data) == TEXT.replace("\r\n", "\n")


def test_binary_is_refused():
    with pytest.raises(DecodeError):
        decode(bytes(range(256)))


@given(st.text().filter(lambda t: "\x00" not in t))
def test_decode_round_trips_any_utf8_text_or_refuses_it(text):
    try:
        decoded = decode(text.encode("utf-8"))
    except DecodeError:
        return
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    # control characters other than tab and line feed, and U+FFFE/U+FFFF, are dropped
    assert decoded == "".join(ch for ch in lines if ch in "\t\n" or (ch >= " " and ch not in "\ufffe\uffff"))


def test_front_matter_keeps_dates_as_written_and_reports_lines():
    meta, body, line = frontmatter.split("---\ntitle: A\npublished: 2023-04-20\n---\n\nBody.\n")
    assert meta == {"title": "A", "published": "2023-04-20"}
    assert body == "Body.\n" and line == 6
    with pytest.raises(frontmatter.FrontMatterError) as error:
        frontmatter.split("---\ntitle: A\nbad: [x\n---\nBody\n")
    assert error.value.line in (3, 4)


@given(
    st.dictionaries(
        st.sampled_from(["title", "outlet", "url"]), st.text().map(lambda s: " ".join(s.split())).filter(bool), max_size=3
    ),
    st.text(),
)
def test_front_matter_dump_then_split_round_trips(meta, body):
    text = frontmatter.dump(meta, body)
    parsed, parsed_body, _ = frontmatter.split(text)
    if parsed:
        assert parsed == meta and parsed_body == body


def test_curated_markdown_is_kept_as_written():
    data = b"---\ntitle: Curated\nauthor: [A, B]\npublished: 2024-01-02T03:04:05Z\n---\n\nKept *as is*.\n"
    article = convert_file(SourceFile("x.md", data, ""))
    assert article == Article(
        title="Curated", body="Kept *as is*.\n", authors=("A", "B"), published="2024-01-02T03:04:05+00:00", body_line=7
    )


def test_convert_command_writes_markdown_and_reruns_idempotently(tmp_path, capsys):
    raw = tmp_path / "story.txt"
    raw.write_text("A title line\n\nThe council approved the new budget on Tuesday after a long debate in the chamber.\n")
    assert main(["convert", str(raw), "--out", str(tmp_path / "md")]) == 0
    first = (tmp_path / "md/story.md").read_text()
    assert first.startswith("---\ntitle: A title line\n")
    assert main(["convert", str(tmp_path / "md/story.md")]) == 0
    assert capsys.readouterr().out == first


def test_convert_reports_bad_files_and_converts_the_rest(tmp_path, capsys):
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text("Title\n\nThe river rose by two metres overnight, flooding the lower town, officials said.\n")
    empty.write_text("")
    assert main(["convert", str(good), str(empty), "--out", str(tmp_path / "md")]) == 1
    assert (tmp_path / "md/good.md").exists()
    assert f"{empty}: empty file" in capsys.readouterr().err


def test_import_files_markdown_under_the_event(tmp_path):
    raw = tmp_path / "Report One.txt"
    raw.write_text("Title\n\nThe river rose by two metres overnight, flooding the lower town, officials said.\n")
    content = tmp_path / "content"
    code = main(["import", str(raw), "--event", "river-floods", "--content", str(content),
                 "--url", "https://news.example.com/a", "--outlet", "Example News"])
    assert code == 0
    text = (content / "events/river-floods/report-one.md").read_text()
    assert "url: https://news.example.com/a" in text and "outlet: Example News" in text
    assert main(["import", str(raw), "--event", "river-floods", "--content", str(content)]) == 1


def test_a_bad_front_matter_value_names_the_line_of_its_key():
    """Lines come from the YAML nodes' marks: a multi-line value or comment above the key does not shift them."""
    text = "---\ntitle: >\n  A title\n  on two lines\n# a comment\n\nauthor:\n  - A\n  - B\npublished: last Tuesday\n---\n\nBody.\n"
    assert frontmatter.key_lines(text) == {"title": 2, "author": 7, "published": 10}
    with pytest.raises(ConvertError) as error:
        convert_file(SourceFile("raw/when.md", text.encode(), ""))
    assert error.value.line == 10
