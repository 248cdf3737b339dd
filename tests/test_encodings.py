"""Encodings a curator's files come in are read as the same text; what cannot be read is reported."""
from __future__ import annotations

import codecs

import pytest

from site_builder.cli import main
from site_builder.convert import convert_files
from site_builder.model import SourceFile

TITLE = "Café “Zürich” naïve résumé"
SENTENCE = "The mayor of Zürich said the café would reopen on Monday after a long renovation of the façade."
TEXT = f"{TITLE}\n\n{SENTENCE}\n"
ENCODED = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 with BOM": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16 with BOM": TEXT.encode("utf-16"),
    "utf-16-le without BOM": TEXT.encode("utf-16-le"),
    "utf-16-be without BOM": TEXT.encode("utf-16-be"),
    "utf-32 with BOM": TEXT.encode("utf-32"),
    "cp1252": TEXT.encode("cp1252"),
    "latin-1": TEXT.replace("“", "«").replace("”", "»").encode("latin-1"),
    "utf-8, CRLF line ends": TEXT.replace("\n", "\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("name", ENCODED)
def test_each_encoding_reads_as_the_same_text(name):
    [article], problems = convert_files([SourceFile("events/e/a.txt", ENCODED[name], "d")])
    assert problems == []
    expected = TITLE if name != "latin-1" else TITLE.replace("“", "«").replace("”", "»")
    assert (article.title, article.body.strip()) == (expected, SENTENCE)


def test_a_site_of_mixed_encodings_builds(tmp_path, capsys):
    folder = tmp_path / "content/events/mixed"
    folder.mkdir(parents=True)
    for number, data in enumerate(ENCODED.values()):
        (folder / f"source-{number}.txt").write_bytes(data)
    assert main(["build", "--content", str(tmp_path / "content"), "--output", str(tmp_path / "output")]) == 0
    for number in range(len(ENCODED)):
        page = (tmp_path / f"output/events/mixed/sources/source-{number}/index.html").read_text(encoding="utf-8")
        assert "Zürich said the café would reopen" in page
