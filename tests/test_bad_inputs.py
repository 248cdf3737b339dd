"""The broken-input corpus: each case added to a good site, with the exact exit code and stderr lines.

A case that fails must leave the previously built site byte for byte as it was; a case that
only warns must build. Every line names the file (and the line, where there is one).
"""
from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from site_builder.cli import main

from .conftest import tree

RAW = "events/raw-only"
CURATED = "events/harbour-bridge-reopens"
SENTENCE = "This is a perfectly ordinary sentence of reporting with more than enough words in it.\n"
NOT_TEXT = "not a source article (.txt, .md, .html); skipped"


def png() -> bytes:
    """A real 1x1 PNG: the binary a curator drops in by mistake."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0]))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
    return b"\x89PNG\r\n\x1a\n" + header + pixels + chunk(b"IEND", b"")


def alias_bomb() -> str:
    """Nine levels of nine YAML aliases: 9^9 strings if expanded."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\ntitle: *i\n---\n\n" + SENTENCE


@dataclass(frozen=True)
class Case:
    id: str
    setup: Callable[[Path], None]
    exit: int
    stderr: tuple[str, ...]  # exact lines, in the order printed
    strict: bool = False


def put(relative: str, data: bytes | str) -> Callable[[Path], None]:
    def setup(content: Path) -> None:
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return setup


def link(relative: str, target: str) -> Callable[[Path], None]:
    def setup(content: Path) -> None:
        (content / relative).symlink_to(target)

    return setup


def fifo(relative: str) -> Callable[[Path], None]:
    def setup(content: Path) -> None:
        os.mkfifo(content / relative)

    return setup


def md(front: str, body: str = SENTENCE) -> str:
    return f"---\n{front}---\n\n{body}"


CASES = [
    Case("binary-png", put(f"{RAW}/photo.txt", png()), 1, (f"{RAW}/photo.txt: binary file, not text",)),
    Case("binary-other-suffix", put(f"{RAW}/photo.png", png()), 0, (f"{RAW}/photo.png: warning: {NOT_TEXT}",)),
    Case("binary-other-suffix-strict", put(f"{RAW}/photo.png", png()), 1, (f"{RAW}/photo.png: warning: {NOT_TEXT}",), True),
    Case("nul-bytes", put(f"{RAW}/zero.txt", b"\x00\x01\x02\x03" * 100), 1, (f"{RAW}/zero.txt: binary file, not text",)),
    Case("empty", put(f"{RAW}/empty.txt", b""), 1, (f"{RAW}/empty.txt: empty file",)),
    Case("blank", put(f"{RAW}/blank.md", " \n\t\n\n"), 1, (f"{RAW}/blank.md: empty file",)),
    Case(
        "huge-20mb",
        put(f"{RAW}/huge.txt", (SENTENCE * (20 * 1024 * 1024 // len(SENTENCE) + 1)).encode()),
        1,
        (f"{RAW}/huge.txt: file is 20 MB; sources are limited to 10 MB",),
    ),
    Case(
        "truncated-utf8",
        put(f"{RAW}/cut.txt", ("Title\n\nSnow ☃ fell. " + SENTENCE + "Café").encode()[:-1]),
        1,
        (f"{RAW}/cut.txt:4: truncated UTF-8: the file ends inside a character (was it saved completely?)",),
    ),
    Case(
        "invalid-utf8-byte",
        put(f"{RAW}/bad.txt", "Title ☃\n\n".encode() + b"A stray \xff byte. " + SENTENCE.encode()),
        1,
        (f"{RAW}/bad.txt:3: invalid UTF-8 (byte 0xff at offset 19)",),
    ),
    Case(
        "undecodable",
        put(f"{RAW}/noise.txt", bytes(range(0x80, 0x100)) * 8),
        1,
        (f"{RAW}/noise.txt:1: not UTF-8 text (invalid byte at offset 0)",),
    ),
    Case(
        "yaml-unclosed-list",
        put(f"{RAW}/curated.md", md("title: ok\nauthor: [unclosed\n")),
        1,
        (f"{RAW}/curated.md:4: malformed front matter: expected ',' or ']', but got '<stream end>'",),
    ),
    Case(
        "yaml-never-closed",
        put(f"{RAW}/open.md", "---\ntitle: never closed\n\n" + SENTENCE),
        1,
        (f"{RAW}/open.md:1: front matter opened with '---' is never closed",),
    ),
    Case(
        "yaml-not-a-mapping",
        put(f"{RAW}/list.md", md("- just\n- a list\n")),
        1,
        (f"{RAW}/list.md:2: front matter must be a mapping of keys to values",),
    ),
    Case(
        "yaml-bad-indentation",
        put(f"{RAW}/indent.md", md("title: a\n  author: b\noutlet: c\n")),
        1,
        (f"{RAW}/indent.md:3: malformed front matter: mapping values are not allowed here",),
    ),
    Case(
        "yaml-python-tag",
        put(f"{RAW}/tag.md", md('title: !!python/object/apply:os.system ["touch /tmp/pwned"]\n')),
        1,
        (
            f"{RAW}/tag.md:2: malformed front matter: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object/apply:os.system'",
        ),
    ),
    Case(
        "yaml-alias-bomb",
        put(f"{RAW}/bomb.md", alias_bomb()),
        1,
        (f"{RAW}/bomb.md:3: malformed front matter: aliases (*name) are not accepted",),
    ),
    Case(
        "published-not-a-date",
        put(f"{RAW}/when.md", md("title: When\npublished: last Tuesday\n")),
        1,
        (f"{RAW}/when.md:3: 'published' is not an ISO 8601 date: 'last Tuesday'",),
    ),
    Case(
        "event-md-bad-date",
        put(f"{CURATED}/event.md", md("title: Bridge\ndate: 2024-13-45\n", "")),
        1,
        (f"{CURATED}/event.md: 'date' must be YYYY-MM-DD, not '2024-13-45'",),
    ),
    Case(
        "event-md-non-string-key",
        put(f"{CURATED}/event.md", md("title: Bridge\n1: one\nzeta: z\n", "")),
        0,
        (f"{CURATED}/event.md: warning: unknown front matter key '1'", f"{CURATED}/event.md: warning: unknown front matter key 'zeta'"),
    ),
    Case(
        "sources-toml-invalid",
        put(f"{RAW}/sources.toml", '["first.txt"]\nurl = "https://example.com/\n'),
        1,
        (f"{RAW}/sources.toml:2: invalid TOML: Illegal character '\\n' (at line 2, column 28)",),
    ),
    Case(
        "site-toml-invalid",
        put("site.toml", 'title = "unclosed\n'),
        1,
        ("{content}/site.toml:1: invalid TOML: Illegal character '\\n' (at line 1, column 18)",),
    ),
    Case(
        "site-toml-javascript-base-url",
        put("site.toml", 'base_url = "javascript:alert(1)//"\n'),
        1,
        ("{content}/site.toml: setting 'base_url' must be an absolute http(s) URL (feeds need one), not 'javascript:alert(1)//'",),
    ),
    Case(
        "front-matter-javascript-url",
        put(f"{RAW}/js.md", md("title: Link\nurl: javascript:alert(1)\n")),
        0,
        (f"{RAW}/js.md: warning: URL 'javascript:alert(1)' is not an http(s) URL; dropped",),
    ),
    Case(
        "front-matter-data-url-strict",
        put(f"{RAW}/data.md", md("title: Link\nurl: data:text/html,<script>alert(1)</script>\n")),
        1,
        (f"{RAW}/data.md: warning: URL 'data:text/html,<script>alert(1)</script>' is not an http(s) URL; dropped",),
        True,
    ),
    Case(
        "sources-toml-javascript-url",
        put(f"{RAW}/sources.toml", '["first.txt"]\nurl = "JaVaScRiPt:alert(1)"\n'),
        0,
        (f"{RAW}/sources.toml: warning: [first.txt]: URL 'JaVaScRiPt:alert(1)' is not an http(s) URL; dropped",),
    ),
    Case(
        "markdown-link-vbscript",
        put(f"{RAW}/links.md", md("title: Links\n", "A [good](https://example.com/) and a [bad](vbscript:msgbox(1)) link.\n")),
        0,
        (f"{RAW}/links.md:5: warning: URL 'vbscript:msgbox(1)' is not an http(s) URL; dropped",),
    ),
    Case(
        "event-md-link-javascript",
        put(f"{CURATED}/event.md", md("title: Bridge\n", "Read [this](javascript:alert(document.domain)).\n")),
        0,
        (f"{CURATED}/event.md:5: warning: URL 'javascript:alert(document.domain)' is not an http(s) URL; dropped",),
    ),
    Case(
        "symlink-file-outside",
        link(f"{RAW}/passwd.txt", "/etc/passwd"),
        1,
        (f"{RAW}/passwd.txt: links outside the content folder; not followed",),
    ),
    Case("symlink-folder-outside", link("events/etc", "/etc"), 1, ("events/etc: links outside the content folder; not followed",)),
    Case("symlink-loop", link(f"{RAW}/loop.txt", "loop.txt"), 1, (f"{RAW}/loop.txt: links outside the content folder; not followed",)),
    Case("symlink-dangling", link(f"{RAW}/gone.txt", "nowhere.txt"), 1, (f"{RAW}/gone.txt: cannot read: No such file or directory",)),
    Case("symlink-inside", link(f"{RAW}/again.txt", "first.txt"), 0, ()),
    Case("fifo", fifo(f"{RAW}/pipe.txt"), 1, (f"{RAW}/pipe.txt: not a regular file (a pipe, socket or device); not read",)),
    Case(
        "traversal-percent-encoded",
        put(f"{RAW}/%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt", "Title\n\n" + SENTENCE),
        0,
        (),
    ),
    Case("traversal-dots-folder", put("events/.../x.txt", "Title\n\n" + SENTENCE), 0, ()),
    Case("folder-without-a-slug", put("events/¿¡!/x.txt", "Title\n\n" + SENTENCE), 1, ("events/¿¡!: folder name gives an empty slug",)),
    Case(
        "line-break-in-file-name",
        put(f"{RAW}/two\nlines.txt", b"\x00binary"),
        1,
        (f"{RAW}/two\\nlines.txt: binary file, not text",),
    ),
    Case(
        "same-slug-two-folders",
        put("events/Raw Only/x.txt", "Title\n\n" + SENTENCE),
        1,
        (f"{RAW}: same output path events/raw-only/ as events/Raw Only",),
    ),
    Case(
        "same-slug-two-files",
        put(f"{RAW}/First.md", "# First\n\n" + SENTENCE),
        1,
        (f"{RAW}/first.txt: same output path as {RAW}/First.md (sources/first/)",),
    ),
    Case("name-folding-past-255-bytes", put(f"{RAW}/{'ⅷ' * 83}.txt", "Title\n\n" + SENTENCE), 0, ()),
]


def build(content: Path, output: Path, strict: bool = False) -> int:
    return main(["build", "--content", str(content), "--output", str(output), *(["--strict"] if strict else [])])


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_bad_input_has_its_exact_outcome(case, built_site, capsys):
    content, output = built_site
    capsys.readouterr()
    before = tree(output)
    case.setup(content)
    code = build(content, output, case.strict)
    out, err = capsys.readouterr()
    expected = [line.replace("{content}", str(content)) for line in case.stderr]
    assert (code, err.splitlines()) == (case.exit, expected)
    if code:
        assert tree(output) == before, "a failed build changed the previous site"
        assert out == ""
    else:
        assert out.startswith("built ")
        assert sorted(p.name for p in output.parent.iterdir() if p.name.startswith(".output.staging")) == []


def test_every_problem_of_the_corpus_is_reported_in_one_run(built_site, capsys):
    """All failing cases at once (those that can share a site): every one of their lines, and nothing else."""
    content, output = built_site
    before = tree(output)
    combinable = [c for c in CASES if not c.strict and not c.id.startswith(("site-toml", "event-md", "sources-toml", "same-slug-two-folders"))]
    for case in combinable:
        case.setup(content)
    capsys.readouterr()
    assert build(content, output) == 1
    printed = capsys.readouterr().err.splitlines()
    expected = sorted({line for case in combinable for line in case.stderr})
    assert sorted(printed) == expected
    assert tree(output) == before


def test_nothing_is_written_outside_the_output_folder(built_site):
    content, output = built_site
    for case in CASES:
        if case.id.startswith(("traversal", "name-folding")):
            case.setup(content)
    outside_before = sorted(p.name for p in output.parent.iterdir())
    assert build(content, output) == 0
    assert sorted(p.name for p in output.parent.iterdir()) == outside_before
    for path in output.rglob("*"):
        assert path.resolve().is_relative_to(output.resolve())
        assert len(path.name.encode()) <= 255
        assert not stat.S_ISLNK(path.lstat().st_mode)
    assert (output / "events/raw-only/sources/2e-2e-2f-2e-2e-2fetc-2fpasswd/index.html").is_file()
