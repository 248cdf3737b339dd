"""Shared test helpers: fixture sites and a deterministic build environment."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = Path(__file__).resolve().parent / "expected"
BUNDLED_CONTENT = ROOT / "content"


@pytest.fixture(autouse=True)
def _deterministic_environment(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by '/'-separated relative path."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def copy_site(name: str, target: Path) -> Path:
    """A writable copy of a fixture site."""
    import shutil

    destination = target / name
    shutil.copytree(FIXTURES / name, destination)
    return destination


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")
