"""Plain-text cleaner: scraped page text -> title, metadata, Markdown body, removed lines.

Foundation version: keeps lines that read as sentences of reporting and records
every other line with the reason it was dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import RemovedLine

_TERMINAL = re.compile(r"[.!?…:;\"”’')\]]$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CleanedText:
    title: str | None
    body: str
    removed: tuple[RemovedLine, ...]


def clean_text(text: str) -> CleanedText:
    lines = text.split("\n")
    title = None
    paragraphs: list[str] = []
    removed: list[RemovedLine] = []
    for number, raw in enumerate(lines, start=1):
        line = " ".join(raw.split())
        if not line:
            continue
        if title is None:
            title = line
            continue
        if line == title:
            removed.append(RemovedLine(number, line, "repeats the title"))
        elif len(_WORD.findall(line)) >= 8 and _TERMINAL.search(line):
            paragraphs.append(line)
        else:
            removed.append(RemovedLine(number, line, "not a sentence of reporting"))
    return CleanedText(title, "\n\n".join(paragraphs) + ("\n" if paragraphs else ""), tuple(removed))
