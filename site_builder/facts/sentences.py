"""Sentences of a cleaned Markdown body, as verbatim substrings of it."""
from __future__ import annotations

import re

# A sentence ends at . ! ? (and closing quotes) followed by white space and an
# upper-case letter or a quote; common abbreviations do not end one.
_BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Jr|Sr|U\.S|U\.K|No|vs|etc)\.$")


def sentences(body: str) -> list[str]:
    result: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body):
        if paragraph.lstrip().startswith(("#", "```", "|")):
            continue
        text = " ".join(paragraph.split())
        start = 0
        for match in _BOUNDARY.finditer(text):
            candidate = text[start : match.start()]
            if _ABBREVIATIONS.search(candidate):
                continue
            result.append(candidate)
            start = match.end()
        if text[start:]:
            result.append(text[start:])
    return [s for s in result if s.strip()]
