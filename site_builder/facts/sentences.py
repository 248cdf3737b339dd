"""Sentences of a cleaned Markdown body, as verbatim substrings of it, and their word tokens.

Every quote a fact cites is one of these sentences, so a citation is verbatim
by construction (white space folded, as the contract allows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A sentence may end after . ! ? (and closing quotes/brackets) followed by white space
# and an upper-case letter, a digit or an opening quote.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9À-Þ])")
# Academic and engineering titles written before a name ("Ing. Petr Hajek", "Dipl.-Ing. Karl Haberl", "Eng. Karim
# Haddad", "MUDr. Jana Vesela"): an abbreviation, not a sentence's end.
_DEGREE_TITLES = r"Ing|Eng|Dipl|Mag|Mgr|Bc|Ir|Drs|Dott|Lic|Arq|Dra|Doc|(?:Ph|MU|JU|RN|MV|Paed)Dr"
_ABBREVIATION = re.compile(
    r"(?:\b(?:" + _DEGREE_TITLES + r"|Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rep|Sen|Gov|Jr|Sr|No|vs|etc|approx|Inc|Corp|Ltd|Co"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$"
)
# An abbreviation ends the text and is at most 8 characters ('U.S.A.', 'approx.'), 9 before a closing line
# break: searched for in the last 10, so that the character before it, which its \b reads, is there too.
_ABBREVIATION_TAIL = 10
_SKIPPED_BLOCK = ("#", "```", "|", "![", "<")


LEAD = 3  # sentences at the top of a source that say what happened

@dataclass(frozen=True)
class Sentence:
    source: str  # Source.id
    index: int  # 0-based position among the source's sentences
    paragraph: int  # 0-based paragraph number in the body
    text: str  # verbatim from the body, white space folded


def split_sentences(body: str, source: str = "") -> list[Sentence]:
    """The body's sentences in reading order; repeats of an earlier sentence are dropped."""
    result: list[Sentence] = []
    seen: set[str] = set()
    for number, paragraph in enumerate(re.split(r"\n\s*\n", body)):
        stripped = paragraph.strip()
        if not stripped or stripped.startswith(_SKIPPED_BLOCK):
            continue
        for text in _paragraph_sentences(" ".join(_unlisted(stripped).split())):
            if text not in seen:
                seen.add(text)
                result.append(Sentence(source, len(result), number, text))
    return result


@lru_cache(maxsize=4096)  # a sort key: asked of the same few ids again and again
def source_order(source_id: str) -> tuple[int, str]:
    """'s2' before 's10': sources in the order of the event's files."""
    digits = source_id.lstrip("s")
    return (int(digits), source_id) if digits.isdigit() else (0, source_id)


def _unlisted(paragraph: str) -> str:
    """A list item's or block quote's text without its Markdown marker."""
    return re.sub(r"(?m)^\s*(?:[-*+>]|\d+[.)])\s+", "", paragraph)


def _paragraph_sentences(text: str) -> list[str]:
    found: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start()] + match.group(0).rstrip()
        if _ABBREVIATION.search(text[max(start, match.start() - _ABBREVIATION_TAIL) : match.start()]) or _inside_quote(candidate):
            continue
        found.append(candidate.strip())
        start = match.end()
    if text[start:].strip():
        found.append(text[start:].strip())
    return [s for s in found if _WORDY.search(s)]


_WORDY = re.compile(r"\w")


def _inside_quote(text: str) -> bool:
    """True while a quotation opened in `text` is still open (its end is in a later sentence part)."""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


# Words: letters/digits with inner apostrophes, hyphens and periods (U.S., St., Dipl.-Ing., Martyr-136, 7.8), a middle
# initial before a name ("Tomas J. Novak") or a surname's initial, as the press names a suspect ("Radek K. from
# Brno", "Ana P., 34,"), a plural's possessive ("the Transport Workers' Union").
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Dipl|Dr|Univ)\.-[A-Z][a-z]+\.(?=\s)|(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|Prof|"
    + _DEGREE_TITLES + r")\.(?=\s)"
    r"|(?<=[^\W\d_] )[A-Z]\.(?= [A-Z][^\W\d_]*[a-z]|,| [a-z])"
    r"|\w+(?:(?<=\ws)[’'](?= [A-Z])|(?:[’'\-.]\w+)*)|[^\w\s]"  # one pass over a word, a plural's possessive or not
)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


# The letters outside ASCII that a case-insensitive pattern takes for ASCII ones: 'İ' and the Kelvin sign 'K' (in
# lower case 'i' and 'k'), 'ı' and 'ſ' (taken for 'i' and 's').
_ASCII_LOOKALIKES = ("İ", "ı", "ſ", "\u212a")


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False when the text holds none of these lower-case ASCII words in any case (nor a letter a
    case-insensitive pattern takes for an ASCII one): a pattern made of them cannot match, and need not
    be tried at every position of the text."""
    return any(map(_lowered(text).__contains__, words)) or not text.isascii() and any(map(text.__contains__, _ASCII_LOOKALIKES))


def search_holding(words: tuple[str, ...], pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A case-sensitive `pattern` searched only in a text holding one of `words`, one of which is in each of its
    matches: a pattern ending in '$' or opening with a run of letters is tried at every position, slow to fail in
    the many texts without them (a slice of a sentence too: `may_contain` keeps whole sentences lowered)."""
    return pattern.search(text) if any(map(text.__contains__, words)) else None


@lru_cache(maxsize=8192)  # a sentence is asked about by several patterns
def _lowered(text: str) -> str:
    return text.lower()


_LOOKALIKES_OF = {"s": "ſ", "i": "ıİ", "k": "\u212a"}  # see _ASCII_LOOKALIKES
# Each lookalike as the ASCII letter a case-insensitive pattern takes it for: the word such a pattern matched, in ASCII.
ASCII_OF_LOOKALIKES = str.maketrans({lookalike: letter for letter, lookalikes in _LOOKALIKES_OF.items() for lookalike in lookalikes})


def after_first_letter(words: list[str]) -> tuple[str, str]:
    """Case-insensitive words (regular expressions, each opening with a lower-case ASCII letter) as the class of
    their first letters in either case (with the lookalikes a case-insensitive pattern takes for them: 'ſ', 'ı',
    'İ', the Kelvin sign) and the rest of each, read after that letter: '(?<=t)(?:wo|en)|(?<=f)(?:ive)' for 'two', 'ten', 'five', in their order for each letter. A
    pattern opening with such a class is searched for by skipping to those letters, not tried at every position."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    letters = "".join(letter + letter.upper() + _LOOKALIKES_OF.get(letter, "") for letter in rests)
    return letters, "|".join(f"(?<={letter})(?:{'|'.join(rest)})" for letter, rest in rests.items())
