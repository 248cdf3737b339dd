"""End-to-end builds: the bundled archive, raw-only folders, and bad input that must not cost the site."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from site_builder.cli import main

from .conftest import BUNDLED_CONTENT, FIXTURES, ROOT, tree


def build(content: Path, output: Path) -> int:
    return main(["build", "--content", str(content), "--output", str(output)])


def test_bundled_event_page_links_every_archived_copy(tmp_path):
    output = tmp_path / "output"
    assert build(BUNDLED_CONTENT, output) == 0
    event = output / "events/nato-chief-visits-kyiv"
    page = (event / "index.html").read_text(encoding="utf-8")
    facts = json.loads((event / "facts.json").read_text(encoding="utf-8"))
    assert len(facts["sources"]) == 5
    for source in facts["sources"]:
        assert set(source) >= {"id", "file", "title", "outlet", "author", "published", "url", "page", "markdown"}
        assert (output / source["page"]).is_file()
        assert (output / source["markdown"]).is_file()
        assert (BUNDLED_CONTENT / source["file"]).is_file()
        relative = source["page"].removeprefix("events/nato-chief-visits-kyiv/").removesuffix("index.html")
        assert f'href="{relative}"' in page
    assert facts["event"]["date"] == "2023-04-20"


def test_every_citation_is_verbatim_in_its_sources_markdown(tmp_path):
    output = tmp_path / "output"
    assert build(BUNDLED_CONTENT, output) == 0
    facts = json.loads((output / "events/nato-chief-visits-kyiv/facts.json").read_text(encoding="utf-8"))
    markdown = {s["id"]: (output / s["markdown"]).read_text(encoding="utf-8") for s in facts["sources"]}
    for fact in facts["facts"]:
        for citation in fact["citations"]:
            body = " ".join(markdown[citation["source"]].split("\n---\n", 1)[-1].split())
            assert " ".join(citation["quote"].split()) in body, (fact["id"], citation)


def test_folder_of_raw_text_only_builds(tmp_path):
    content = tmp_path / "content"
    (content / "events/only-text").mkdir(parents=True)
    for seed in sorted((BUNDLED_CONTENT / "events/nato-chief-visits-kyiv").glob("*.txt")):
        shutil.copy(seed, content / "events/only-text" / seed.name)
    output = tmp_path / "output"
    assert build(content, output) == 0
    facts = json.loads((output / "events/only-text/facts.json").read_text(encoding="utf-8"))
    assert len(facts["sources"]) == 5
    assert facts["event"]["title"]


def _assert_fails_and_keeps_site(content: Path, output: Path, capsys, *expected: str) -> str:
    before = tree(output)
    assert build(content, output) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for text in expected:
        assert text in err, err
    assert tree(output) == before, "a failed build changed the previous site"
    return err


def test_binary_source_fails_naming_the_file(built_site, capsys):
    content, output = built_site
    (content / "events/raw-only/photo.txt").write_bytes(bytes(range(256)) * 8)
    _assert_fails_and_keeps_site(content, output, capsys, "events/raw-only/photo.txt: binary file")


def test_malformed_front_matter_names_file_and_line(built_site, capsys):
    content, output = built_site
    (content / "events/raw-only/curated.md").write_text("---\ntitle: ok\nauthor: [unclosed\n---\n\nText.\n")
    err = _assert_fails_and_keeps_site(content, output, capsys, "events/raw-only/curated.md:")
    line = err.split("events/raw-only/curated.md:")[1].split(":")[0]
    assert line.isdigit() and 3 <= int(line) <= 4


def test_undecodable_event_md_fails(built_site, capsys):
    content, output = built_site
    (content / "events/raw-only/event.md").write_bytes(b"---\ntitle: \xff\xfe\x00\x00\x00bad\x00\n---\n")
    _assert_fails_and_keeps_site(content, output, capsys, "events/raw-only/event.md")


def test_two_sources_with_one_output_path_are_named(built_site, capsys):
    content, output = built_site
    shutil.copy(content / "events/raw-only/first.txt", content / "events/raw-only/first.md")
    _assert_fails_and_keeps_site(content, output, capsys, "events/raw-only/first.txt", "events/raw-only/first.md")


def test_every_problem_is_reported_in_one_run(built_site, capsys):
    content, output = built_site
    (content / "events/raw-only/empty.txt").write_text("")
    (content / "events/harbour-bridge-reopens/zero.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    _assert_fails_and_keeps_site(
        content, output, capsys, "events/raw-only/empty.txt: empty file", "events/harbour-bridge-reopens/zero.txt"
    )


def test_missing_content_folder_is_one_line(tmp_path, capsys):
    assert build(tmp_path / "nowhere", tmp_path / "output") == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith("content folder not found") and "\n" not in err


def test_hidden_entries_of_the_output_folder_survive_a_build(built_site):
    content, output = built_site
    (output / ".nojekyll").write_text("")
    assert build(content, output) == 0
    assert (output / ".nojekyll").exists()


def test_fixture_sites_exist():
    assert (FIXTURES / "small/events").is_dir()


def test_every_data_file_of_the_package_is_installed():
    """`pip install .` ships only the data files pyproject.toml declares; the tests import the source tree,
    so a file missing there (the cleaner's line model once was) breaks only the installed command."""
    import tomllib
    from fnmatch import fnmatch

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {package: ROOT / setuptools.get("package-dir", {}).get(package, package.replace(".", "/"))
               for package in setuptools["packages"]}
    for path in sorted({p for folder in folders.values() for p in folder.rglob("*") if p.is_file()}):
        if path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        package, folder = max(((name, f) for name, f in folders.items() if f in path.parents), key=lambda item: len(item[1].parts))
        relative = path.relative_to(folder).as_posix()
        patterns = setuptools["package-data"].get(package, [])
        assert any(fnmatch(relative, pattern) for pattern in patterns), f"{package}: {relative} is not installed"
