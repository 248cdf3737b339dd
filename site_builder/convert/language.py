"""Language of a text from its stop words (or its script), and stop-word density of a line.

Stop-word density is the jusText signal that separates running prose from menus and labels;
the same lists tell which language an article is written in.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

WORD = re.compile(r"\w+", re.UNICODE)

STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "a about after all also an and are as at be been but by can could did do does for from had has have he her"
        " his i if in into is it its more most no not of on one or other our out over said says she so some than that the"
        " their them then there these they this to up was we were what when where which while who will with would you",
        "de": "aber als am an auch auf aus bei bis das dass dem den der des die doch durch ein eine einem einen einer es für"
        " hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sich sie sind so um und uns vom von vor war"
        " wie wir wird zu zum zur über",
        "fr": "au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais même ne nous on ou"
        " par pas plus pour qu que qui sa se ses son sont sur un une vous été être était",
        "es": "al como con de del el ella en entre es esta este fue ha hay la las le lo los más no para pero por que se"
        " ser sin sobre su sus también un una y ya está son",
        "it": "al alla anche che con da dal del della di e gli ha il in la le lo ma nel nella non per più si sono su"
        " un una è stato come questo",
        "pt": "ao aos as com como da das de do dos e ela ele em entre está foi há mais mas na nas no nos não o os para"
        " pela pelo por que se sem ser seu sua são também um uma é",
        "nl": "aan al als bij dat de den der die dit door een en er het hij hoe in is je maar met naar niet nog of om"
        " ook op over te tot uit van voor was wat werd wordt zich zijn",
        "ru": "а без был была были было в во все вы да для до его ее если же за и из или им их к как ко когда который"
        " ли на над не нет но о об от по при с со так также то у что это этот я",
        "pl": "a aby ale bo był była było być co do dla go i ich jak jako jest jego jej już ma na nie o od po przez się"
        " są ta tak te to tu w we z za że",
        "sv": "av de den det att en ett för har i inte jag med men om på som till under var vi och är",
    }.items()
}
_ANY_STOP_WORD = frozenset().union(*STOP_WORDS.values())
_LANGUAGES_OF = {word: tuple(lang for lang, words in STOP_WORDS.items() if word in words) for word in _ANY_STOP_WORD}

# Scripts whose words are not separated by spaces (counted in characters) or that name a language alone.
_SCRIPT_RANGES = (
    ("ja", "\u3040", "\u30ff"),
    ("ko", "\uac00", "\ud7af"),
    ("zh", "\u4e00", "\u9fff"),
    ("ar", "\u0600", "\u06ff"),
    ("he", "\u0590", "\u05ff"),
    ("el", "\u0370", "\u03ff"),
)
_UNSPACED_RANGES = (("\u3040", "\u30ff"), ("\u3400", "\u9fff"), ("\uac00", "\ud7af"), ("\uf900", "\ufaff"))
_SCRIPTS = tuple((lang, re.compile(f"[{low}-{high}]")) for lang, low, high in _SCRIPT_RANGES)
_ANY_SCRIPT = re.compile("[" + "".join(f"{low}-{high}" for _, low, high in _SCRIPT_RANGES) + "]")  # one scan before six
_UNSPACED = re.compile("[" + "".join(f"{low}-{high}" for low, high in _UNSPACED_RANGES) + "]")
LANGUAGE_SAMPLE_CHARS = 3000


def _lead_bytes(ranges: Iterable[tuple[str, str]]) -> bytes:
    """The first bytes of the UTF-8 of every character in the ranges (each within one UTF-8 length, beyond ASCII).

    Text whose UTF-8 has none of them has none of those characters: a bytes table tells that at C speed,
    where a pattern is tried at every character (news text is seldom ASCII, for its quotes and dashes,
    U+20xx, whose first byte 0xE2 starts no character of these scripts).
    """
    leads: set[int] = set()
    for low, high in ranges:
        leads.update(range(low.encode()[0], high.encode()[0] + 1))
    return bytes(sorted(leads))


_ANY_SCRIPT_LEAD_BYTES = _lead_bytes((low, high) for _, low, high in _SCRIPT_RANGES)
_UNSPACED_LEAD_BYTES = _lead_bytes(_UNSPACED_RANGES)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language most of the text's stop words belong to; None when unsure."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    words = WORD.findall(sample.lower())
    return language_of_stop_words(sample, any_stop_words(words), len(words))


def language_of_stop_words(sample: str, stop_words_found: Iterable[str], total_words: int) -> str | None:
    """`detect_language` for a sample of `total_words` words of which `stop_words_found` are those in any
    language's list (see `any_stop_words`): the cleaner has them from its lines, and does not split the sample again."""
    if not sample.isascii() and _may_hold(sample, _ANY_SCRIPT_LEAD_BYTES) and _ANY_SCRIPT.search(sample):
        for lang, script in _SCRIPTS:
            found = len(script.findall(sample))
            if found > 0.2 * max(1, len(sample.strip())) or (lang == "ja" and found > 50):
                return lang
    hits = dict.fromkeys(STOP_WORDS, 0)
    for word, count in Counter(stop_words_found).items():  # the few stop words the sample has, counted once
        for lang in _LANGUAGES_OF[word]:
            hits[lang] += count
    best = max(hits, key=hits.__getitem__)
    if hits[best] < 3 or hits[best] < 0.1 * total_words:
        return None
    return best


def any_stop_words(words: list[str]) -> list[str]:
    """The words that are a stop word in some language (a superset of any one language's): the language and a
    line's stop-word density are both counted from them."""
    return list(filter(_ANY_STOP_WORD.__contains__, words))


def stop_words_for(language: str | None) -> frozenset[str]:
    return STOP_WORDS.get(language or "en", STOP_WORDS["en"])


def unspaced_chars(text: str) -> int:
    """Characters of scripts written without spaces (each is worth about a word).

    Those scripts are all above U+3040, where every character's UTF-8 starts with a byte from 0xE3
    to 0xEF: a line with none of those bytes (most lines: the typographic quotes and dashes are
    U+20xx, 0xE2) has none, told by a bytes table rather than by a pattern read at every character.
    """
    if text.isascii() or not _may_hold(text, _UNSPACED_LEAD_BYTES):
        return 0
    return len(_UNSPACED.findall(text))


def _may_hold(text: str, lead_bytes: bytes) -> bool:
    """Whether the text's UTF-8 has any of the bytes (see `_lead_bytes`)."""
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded.translate(None, lead_bytes)) != len(encoded)
