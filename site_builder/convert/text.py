"""Plain-text cleaner: scraped page text -> an Article (front matter fields, Markdown body, removed lines).

How a line is judged, with the signals that have proven themselves on web pages:
- each line gets a class from its own features (jusText): prose (long, stop-word dense, punctuated),
  short, or furniture (phrase lists in several languages, photo captions, counters, lines repeated
  on the page or across the articles converted together, CCNet-style);
- which lines are the article is decided by a small learned model (linemodel.py) reading those
  classes with the line's other features and its neighbours' (jusText's context, boilerpipe's
  terminating blocks such as "Related Articles" and "Leave a Reply"), then the best-scoring
  stretch of the page and the scores around each line;
- the lines just before that stretch are its header: title, dek, byline, date, dateline, which
  become front matter; credit lines anywhere near the text become `credits`;
- inside the stretch, short lines between paragraphs that read as headlines become `##` headings,
  runs of short lines become lists, furniture is dropped.
Every line that is not in the body is recorded with the reason, so nothing is lost silently.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress

from ..model import Article, RemovedLine
from . import phrases
from .linemodel import FEATURES, TYPOGRAPHIC_MARKS, LineModel, default_model, opening, stage1_columns
from .dates import date_match, find_date, writes_day_first
from .language import LANGUAGE_SAMPLE_CHARS, WORD, any_stop_words, language_of_stop_words, stop_words_for, unspaced_chars

_TERMINAL_CHARS = frozenset(".!?…。！？:;\"”’»)]")
_SENTENCE_END_CHARS = frozenset(".!?…。！？\"”’»)]")
_MARKER_CHARS = frozenset("#-*•0123456789")
_TWO_DIGITS = re.compile(r"\d\d")  # every date has them
# Control characters, soft hyphens, zero-width spaces and stray BOMs: never part of what a reader reads.
# The controls str.split() counts as white space (\x0b \x0c \x1c-\x1f) are left to separate words.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\xad\u200b\ufeff]")
# A line's last word (after its last space: a line's only white space is single spaces) all plain lower-case
# letters: the line is cut off mid-sentence. (A pattern searching for such a word at the end is tried at every
# space of a paragraph, reading to its end each time.)
_CUT_OFF_WORD = re.compile(r"[a-zà-ÿ]+")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’»)\]]*(?=\s|$)")
_MARKDOWN_PREFIX = re.compile(r"^(?:(?P<heading>#{1,6})\s+|(?P<item>[-*•]|\d{1,3}[.)])\s+)")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|•|·|»)\s+")
_BYLINE = re.compile(
    r"^(?:by|written by|words by|author:|text:|texto:|texte:|tekst:|von|por|par|di|door|av|автор:?)\s+(?P<names>[^|@\n]{2,120}?)"
    r"(?:\s*(?:[|@/–—·•]|\s-\s|,?\s+(?:and|y|et|und|e)\s+\d|$)|,?\s+(?:on\s+)?(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s))",
    re.IGNORECASE,
)
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:de|da|van|von|der|la|le|del|di|bin|al|ibn)(?=\s))(?:\s+(?:[A-Z][\w'’.-]*|[A-Z]\.|de|da|van|von|der|la|le|del|di|bin|al|ibn))+$")
# Words of organisations, outlets and roles, never of a person's name; and web addresses ("Cleveland.com").
_ORGANISATION = re.compile(
    r"\b(?:the|news|press|images?|photos?|pictures|media|staff|team|tv|video|radio|times|journal|network|magazine|daily"
    r"|weekly|online|channel|group|agency|reports?|insider|business|sports?|newsletters?|editors?|editorial|desk|wire"
    r"|service|contributors?|writers?|correspondents?|reporters?|inc|ltd|llc|corp|sections?)\b|\w\.(?:com|net|org|co|ca|uk)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z]{2,}$")  # "CNN", "AP", "NASCAR"; "MS", "RD" after a name
_TRAILING_WORDS = re.compile(r"\s+(?:on|at)\s.*$|(?:\s+[a-zà-ÿ][\w@.-]*)+$")  # "Jane Doe on Monday", "Jane Doe publiziert am", "Jane Doe janed"
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d\d(?!\d)")  # "6:30PM", "18:40"
_NAME_SEPARATORS = re.compile(r"\s*(?:[,&]|\b(?:and|y|et|und|e)\b)\s*")
# A dateline alone on its line: "KYIV, Ukraine —", "OSLO, March 9 (NWS) -" (a wire's day of the month after the place).
_DATELINE_ALONE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4})(?:,\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*(?:\([^)]{1,30}\))?\s*[–—-]{1,2}\s*$"
)
_DATELINE_INLINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)\s*(?:\([^)]{1,30}\))?\s*[–—-]{1,2}\s+\S")
_DASHES = ("-", "–", "—")
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last updated|modified|created|date|on|at|am|um|le|el|il|in|publicado|atualizado|actualizado"
    r"|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato|опубликовано|обновлено|\w+day|gmt|utc|[ecmp][sd]?t)\b",
    re.IGNORECASE,
)

# Languages whose stop-word density is read (None: unknown, read with the English list).
_STOP_WORD_LANGUAGES = frozenset((None, *"en de fr es it pt nl ru pl sv".split()))

_OPENS_LIKE_A_LATER_LINE = [name for name, _, _ in FEATURES].index("opens like a later line")  # a column of line_features

# Line classes.
PROSE, SHORT, FURNITURE = "prose", "short", "furniture"

_ANCHOR_RUN = 4
_OPENING_WORDS = 8
_LANGUAGE_SAMPLE_LINE = 50  # menus say little about the language; sentences do
_WHOLE_TEXT_CHARS = 1000
_HEADER_WINDOW = 12
_HEADER_KINDS = ("byline", "date", "date with words", "author", "dateline")
_MAX_TRAILING_FRAGMENT_WORDS = 8


@dataclass(slots=True)
class Line:
    number: int  # 1-based line number in the decoded text
    text: str  # white space collapsed, Markdown markers taken off
    blank_before: bool
    marked_heading: bool = False
    marked_item: bool = False  # had a list marker ("-", "*", "•") the reader took off
    key: str = ""  # see line_key
    words: int = 0
    unspaced: int = 0  # characters of scripts written without spaces
    kind: str = SHORT
    reason: str | None = None  # why a furniture line is not reporting
    terminator: bool = False
    anchor: bool = False  # repeats the page title: the article's own headline
    metadata: str | None = None  # _page_metadata_kind's answer ("" for none), once it has looked
    sentence: bool = False  # a short line that is still a sentence (jusText's "near-good")
    stop_density: float | None = None  # share of stop words; None in languages without a stop-word list
    dated_after_text: bool = False  # a date alone after paragraphs of text: comments or other articles' teasers


def clean_text(text: str, shared_lines: Collection[str] = frozenset()) -> Article:
    """Clean one scraped text; `shared_lines` are lines (see `line_key`) other articles converted with it also carry."""
    return clean_lines(read_lines(text), shared_lines)


def clean_lines(
    lines: list[Line],
    shared_lines: Collection[str] = frozenset(),
    extracted_title: str | None = None,
    extracted: bool = False,
    model: LineModel | None = None,
) -> Article:
    """Clean the lines `read_lines` read (they are classified in place).

    `extracted` lines are an HTML extractor's main text: all of them are candidates for the text, and
    the page's own title (`extracted_title`, when it has one) is not looked for among them.
    Other pages' lines are judged by `model` (the trained line model by default).
    """
    title = extracted_title if extracted else None
    language, page_title_index = classify_lines(lines, shared_lines, extracted)
    if extracted:
        for line in lines:
            line.anchor = title is not None and line.key == line_key(title)
        start, end = _extracted_stretch(lines)
        verdict = None
    else:
        verdict = _Verdict(lines, model or default_model())
        start, end = verdict.span
    return _Assembler(lines, start, end, language, page_title_index, title, extracted, verdict).article()


def classify_lines(
    lines: list[Line], shared_lines: Collection[str], extracted: bool = False
) -> tuple[str | None, int | None]:
    """Give every line its class and marks (in place); return the page's language and page title's index."""
    words = [line.key.split() for line in lines]  # split once: the page's language and each line's stop-word density read them
    stops = list(map(any_stop_words, words))
    language = _language(lines, words, stops)
    stop_words = stop_words_for(language)
    listed = language in _STOP_WORD_LANGUAGES
    for line, line_words, line_stops in zip(lines, words, stops):
        _classify(line, line_words, line_stops, stop_words, listed, line.key in shared_lines)
    _mark_caption_neighbours(lines)
    _mark_text_repeated_whole(lines)
    if extracted:
        return language, None
    page_title_index = _mark_title_anchors(lines)
    _mark_ends_of_text(lines)
    return language, page_title_index


def _language(lines: list[Line], words: list[list[str]], stops: list[list[str]]) -> str | None:
    """The language of the page's first 3,000 characters of long lines (of all lines when none is long; menus
    say little about it), their keys joined by spaces: counted from the lines' words and stop words, with
    the words of the line the sample cuts split again up to the cut."""
    sampled = [index for index, line in enumerate(lines) if len(line.text) >= _LANGUAGE_SAMPLE_LINE] or range(len(lines))
    sample = " ".join([lines[index].key for index in sampled])[:LANGUAGE_SAMPLE_CHARS]
    found: list[str] = []
    total = 0
    room = LANGUAGE_SAMPLE_CHARS  # characters of the sample left at the next key
    for index in sampled:
        key = lines[index].key
        if len(key) > room:
            cut = key[:room].split()
            found += any_stop_words(cut)
            total += len(cut)
            break
        found += stops[index]
        total += len(words[index])
        room -= len(key) + 1
        if room < 0:
            break
    return language_of_stop_words(sample, found, total)


def line_features(lines: list[Line]) -> list[list[float]]:
    """The line model's features of classified lines (see linemodel.FEATURES), one list per feature."""
    return stage1_columns(lines, _is_byline_or_date)


def _is_byline_or_date(line: Line) -> bool:
    # a line with two digits may be a date: its header kind is read (a byline's is "byline"), once
    if _TWO_DIGITS.search(line.text) is not None:
        return _page_metadata_kind(line) in ("byline", "date", "date with words")
    return _BYLINE.match(line.text) is not None


class _Verdict:
    """The line model's decision on a page: which lines are the article, and why the others are not."""

    def __init__(self, lines: list[Line], model: LineModel):
        self.columns = line_features(lines) if lines else []
        self.model = model
        self.first, self.final = model.judge(self.columns) if lines else ([], [])
        self.kept = [score > model.threshold for score in self.final]
        if not any(self.kept):  # too short or too unlike the training pages for the model: its prose and sentences are the text
            self.kept = _with_lists_introduced(lines, [line.kind == PROSE or line.sentence for line in lines])
        else:
            kept = _with_lists_introduced(lines, _with_context_of_kept_lines(lines, self.kept))
            kept = _without_openings_repeated_below(lines, kept, self.columns[_OPENS_LIKE_A_LATER_LINE])
            self.kept = _without_company_description(lines, _without_comments(lines, kept))
        kept_indices = [i for i, keep in enumerate(self.kept) if keep]
        self.span = (kept_indices[0], kept_indices[-1] + 1) if kept_indices else (0, 0)

    def reason(self, index: int) -> str:
        if self.first[index] > 0:
            return "not article text (classifier: the lines around it are not article text)"
        return f"not article text (classifier: {', '.join(self.model.reasons_against(self.columns, index))})"


def _with_context_of_kept_lines(lines: list[Line], kept: list[bool]) -> list[bool]:
    """jusText's context rules, after the model (`kept` has a kept line):
    - the lines between two kept lines are kept when none of them is page furniture: a list, a table
      or short headings inside the text read like menus one line at a time, but bounded by text above
      and below, with no furniture among them, they are the text's;
    - a line that reads as text by itself (prose, or a short sentence) next to a kept line is kept: the
      model reads a line by its neighbours too, and the footer below the text's last paragraph ("He
      said he would appeal.") weighs against it.
    Only the kept lines' indices and the lines at the edges of the kept runs are visited.
    """
    filled = list(kept)
    indices = [index for index, keep in enumerate(kept) if keep]
    edges = [indices[0] - 1]
    for previous, index in zip(indices, indices[1:]):
        if index - previous > 1:
            if all(line.kind != FURNITURE for line in lines[previous + 1:index]):
                filled[previous + 1:index] = [True] * (index - previous - 1)
            else:
                edges += (previous + 1, index - 1)
    edges.append(indices[-1] + 1)
    for index in edges:
        if 0 <= index < len(lines) and (lines[index].kind == PROSE or lines[index].sentence):
            filled[index] = True
    return filled


_LIST_ITEMS = 60  # at most, after the line that introduces them


def _with_lists_introduced(lines: list[Line], kept: list[bool]) -> list[bool]:
    """A kept line that introduces a list ("The budget pays for ten projects:") keeps the short lines below it.

    The model reads a list's items one at a time, like a menu's, and the context rules keep a list only
    between kept lines: a list that ends the text, as in a list-heavy article, was lost. The items run
    to the first line that is furniture, a closing block's heading, a date after the text or a paragraph.
    """
    result = list(kept)
    for index in compress(range(len(lines)), kept):
        line = lines[index]
        if line.text[-1] not in ":：" or line.kind == FURNITURE:
            continue
        for item in range(index + 1, min(len(lines), index + 1 + _LIST_ITEMS)):
            below = lines[item]
            if below.kind != SHORT or below.terminator or below.dated_after_text:
                break
            result[item] = True
    return result


def _without_openings_repeated_below(lines: list[Line], kept: list[bool], opens_like_a_later_line: list[float]) -> list[bool]:
    """A kept line that opens with the same words as a later kept line is a dek or teaser of it: the text has it once.

    Unless the line is short and one of them stands at the same place of a section alike, the kept line above
    each the same line (a page of several plans or recipes under the same headings repeats their items: each
    section has them); a paragraph is the text's once (a text repeated whole, as by a print version, is too).
    Only the lines the model's feature says open like a later line (a few a page) are compared.
    """
    if 1.0 not in opens_like_a_later_line:
        return kept
    result = list(kept)
    above: list[str | None] = []  # the key of the nearest kept line above each line
    key = None
    for line, keep in zip(lines, kept):
        above.append(key)
        if keep:
            key = line.key
    for index, (keep, repeated) in enumerate(zip(kept, opens_like_a_later_line)):
        if keep and repeated:
            words = opening(lines[index].key)
            prefix = words + " "
            alike = (
                later for later, (keep_later, line) in enumerate(zip(kept[index + 1:], lines[index + 1:]), start=index + 1)
                if keep_later and (line.key == words or line.key.startswith(prefix))
            )
            first = next(alike, None)
            place = above[index] if lines[index].kind != PROSE else None
            result[index] = first is None or (place is not None and any(above[later] == place for later in chain((first,), alike)))
    return result


_COMMENTS_HEADING_WORDS = 40  # at most (the heading may quote the headline)


def _without_comments(lines: list[Line], kept: list[bool]) -> list[bool]:
    """Nothing after the heading of the comments ("34 responses to ...", "Leave a Reply") that follows kept
    paragraphs is the text: readers' comments read like prose, and the model keeps them by their looks."""
    first = next((index for index in compress(range(len(lines)), kept) if lines[index].kind == PROSE), len(lines))
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line.words <= _COMMENTS_HEADING_WORDS and phrases.opens_comments(line.text, line.key):
            return kept[:index] + [False] * (len(kept) - index)
    return kept


_COMPANY_DESCRIPTION_PARAGRAPHS = 3  # of the text's last paragraphs, where a press release's "About Acme" stands


def _without_company_description(lines: list[Line], kept: list[bool]) -> list[bool]:
    """A company's description of itself among the text's last paragraphs ends it (a press release's "About
    Acme" block: "Acme is a leading provider of ...", then its offices, contacts and sign-up boxes)."""
    paragraphs = [index for index in compress(range(len(lines)), kept) if lines[index].kind == PROSE]
    for index in paragraphs[2:][-_COMPANY_DESCRIPTION_PARAGRAPHS:]:
        if phrases.describes_a_company(lines[index].text):
            return kept[:index] + [False] * (len(kept) - index)
    return kept


# ASCII bytes with every byte that is not a word character (letters, digits, "_") or a line break made a space.
_ASCII_WORD_BYTES = bytes(byte if chr(byte).isalnum() or byte in b"_\n" else 0x20 for byte in range(128)) + bytes(range(128, 256))
# The non-ASCII characters news text is full of, none of them a word character: made spaces before the
# words are cut, they leave most lines ASCII.
_TYPOGRAPHIC_MARKS = (*TYPOGRAPHIC_MARKS, "\xa0")


def line_key(text: str) -> str:
    """What two lines must share to count as the same line (case and punctuation aside): its lower-cased words."""
    return _words_key(_word_text(text))


def _line_keys(text: str) -> list[str]:
    """line_key of every line of a text, the text lower-cased at once (and its words cut at once when it is ASCII)."""
    words = _word_text(text)
    if words.isascii():
        return [" ".join(line.split()) for line in words.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split("\n")]
    return [_words_key(line) for line in words.split("\n")]


def _word_text(text: str) -> str:
    """The text lower-cased, its typographic marks made spaces (the words stay the same)."""
    lowered = text.lower()
    if not lowered.isascii():
        for mark in _TYPOGRAPHIC_MARKS:
            lowered = lowered.replace(mark, " ")
    return lowered


def _words_key(lowered: str) -> str:
    """The words of a lower-cased line, joined by spaces: ASCII lines' cut with a byte table, several times cheaper than the pattern."""
    if lowered.isascii():
        return " ".join(lowered.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split())
    return " ".join(WORD.findall(lowered))


def repeatable_keys(lines: list[Line]) -> set[str]:
    """Keys of the short lines that are not sentences: page furniture if other articles repeat them."""
    return {line.key for line in lines if len(line.text) <= 120 and line.text[-1] not in _SENTENCE_END_CHARS}


def visible(text: str) -> str:
    """The text without the characters no reader sees (what the cleaner reads)."""
    return _INVISIBLE.sub("", text)


def read_lines(text: str) -> list[Line]:
    """The non-blank lines of a text, white space collapsed, Markdown heading and list markers taken off."""
    lines: list[Line] = []
    blank = True
    raws = text.split("\n")
    printable = list(map(str.isprintable, raws))
    if not all(printable):  # no character a reader does not see is printable: only these lines can hold one
        raws = [raw if ok else visible(raw) for raw, ok in zip(raws, printable)]
        text = "\n".join(raws)
    keys = _line_keys(text)  # a line's key is its raw line's: the markers and white space taken off are not words
    for number, (raw, ok) in enumerate(zip(raws, printable), start=1):
        # a printable line has no white space but " " (the others are all separators or controls)
        line = raw if ok and "  " not in raw and raw[:1] != " " and raw[-1:] != " " else " ".join(raw.split())
        if not line:
            blank = True
            continue
        heading = item = False
        if line[0] in _MARKER_CHARS and (marker := _MARKDOWN_PREFIX.match(line)):
            heading = bool(marker.group("heading"))
            item = not heading and marker.group("item") in "-*•"
            if heading or item:
                line = line[marker.end():]
        if line:
            lines.append(Line(number, line, blank, heading, item, keys[number - 1]))
        blank = False
    return lines


def _classify(line: Line, words: list[str], stops: list[str], stop_words: frozenset[str], listed: bool, shared: bool) -> None:
    """`words`: the line's key split; `stops`: those of them in any language's stop-word list. `listed`: the
    page's language has a stop-word list (or is unknown), so stop-word density is a signal."""
    text = line.text
    unspaced = line.unspaced = unspaced_chars(text)
    count = line.words = len(words) + unspaced // 2
    terminator, reason = phrases.read_line(text, line.key, words)
    line.terminator = terminator
    if reason is None and terminator:
        reason = "heading of a related-links, comments, tags or sharing block"
    needs_stops = listed and unspaced < 10
    if needs_stops:
        density = line.stop_density = sum(map(stop_words.__contains__, stops)) / len(words) if words else 0.0
        prose = text.count(" ") >= 4 and (
            count >= 10 and density >= 0.15 and (text[-1] in _TERMINAL_CHARS or count >= 20)
        ) or (count >= 25 and density >= 0.1)
    else:
        line.stop_density = None
        density = 1.0  # no stop-word evidence: the other signals decide
        prose = count >= 10 and (text[-1] in _TERMINAL_CHARS or count >= 20) or count >= 25
    if reason is None and not prose and shared:
        reason = "repeated in other articles converted with this one"
    if reason is not None:
        line.kind, line.reason = FURNITURE, reason
    else:
        line.kind = PROSE if prose else SHORT
        line.sentence = not prose and count >= 5 and text[-1] in ".!?…。！？\"”’" and density >= 0.2


def _mark_caption_neighbours(lines: list[Line]) -> None:
    """A short line right above a photo credit line (no blank between) is that photo's caption."""
    for previous, line in zip(lines, lines[1:]):
        if line.reason == "photo caption or credit" and not line.blank_before and previous.kind == SHORT:
            previous.kind, previous.reason = FURNITURE, "photo caption or credit"


def _mark_title_anchors(lines: list[Line]) -> int | None:
    """Mark the later lines that repeat the page title (or its headline part); return the page title's index.

    Pages open with their <title> ("Headline | Site") and repeat the headline right above the
    article: that repetition is the strongest evidence of where the article starts.
    """
    first = next((i for i, line in enumerate(lines) if line.kind != FURNITURE), None)
    if first is None:
        return None
    page_title = lines[first].text
    keys = {line_key(page_title), line_key(_headline_part(page_title))}
    parts = _TITLE_SEPARATORS.split(page_title)
    keys.update(line_key(part) for part in (parts[0], max(parts, key=len)) if len(part.split()) >= 2)
    keys.discard("")
    anchors = [i for i in range(first + 1, len(lines)) if lines[i].kind != FURNITURE and lines[i].key in keys]
    for index, following in zip(anchors, [*anchors[1:], None]):
        # of a run of repetitions (a data block, a share bar) only the last can head the text
        lines[index].anchor = following is None or following - index > _ANCHOR_RUN
    return first


def _extracted_stretch(lines: list[Line]) -> tuple[int, int]:
    """An extractor's main text: all of it, up to a block that ends articles once some prose was read."""
    start = next((i for i, line in enumerate(lines) if line.kind != FURNITURE), len(lines))
    prose_seen = False
    for index in range(start, len(lines)):
        if lines[index].terminator and prose_seen:
            return start, index
        prose_seen = prose_seen or lines[index].kind == PROSE
    end = len(lines)
    while end > start and lines[end - 1].kind == FURNITURE:
        end -= 1
    return start, end


def _mark_text_repeated_whole(lines: list[Line]) -> None:
    """A very long line that opens like an earlier paragraph is the whole text again (a page's metadata)."""
    openings: dict[str, int] = {}
    for line in lines:
        if line.kind != PROSE:
            continue
        opening = " ".join(line.key.split(" ", _OPENING_WORDS)[:_OPENING_WORDS])  # a key's words are one space apart
        earlier = openings.setdefault(opening, len(line.text))
        if len(line.text) >= _WHOLE_TEXT_CHARS and len(line.text) >= 3 * earlier:
            line.kind, line.reason = FURNITURE, "repeats the whole text above (page metadata)"


def _mark_ends_of_text(lines: list[Line]) -> None:
    """What ends a text only ends it once paragraphs have followed the headline.

    Above the text, "Leave a comment" is a link in the byline and a date is the publication date;
    after paragraphs, they start the comments, and a date alone starts another article's teaser.
    """
    paragraphs = 0
    headline_seen = False
    for line in lines:
        if line.anchor and not headline_seen:
            paragraphs, headline_seen = 0, True
        elif line.kind == PROSE:
            paragraphs += 1
        elif paragraphs >= 2 and line.kind == SHORT and _TWO_DIGITS.search(line.text) and _page_metadata_kind(line) == "date":
            line.dated_after_text = True
        line.terminator = line.terminator and paragraphs >= 1


class _Assembler:
    """Turns the classified lines and the article stretch into front matter, body and removed records."""

    def __init__(
        self,
        lines: list[Line],
        start: int,
        end: int,
        language: str | None,
        page_title_index: int | None,
        title: str | None,
        extracted: bool,
        verdict: _Verdict | None,
    ):
        self.lines, self.start, self.end, self.language = lines, start, end, language
        self.verdict = verdict
        self.page_title_index = page_title_index
        self.extracted = extracted  # the title is not among the lines
        self.fields: dict[str, object] = {} if title is None else {"title": title}
        self.title_key: str | None = None if title is None else line_key(title)
        self.authors: list[str] = []
        self.credits: list[str] = []
        self.removed: dict[int, RemovedLine] = {}
        self.body: list[str] = []

    @cached_property
    def _day_first(self) -> bool:
        """Whether the page writes numeric dates day first (`writes_day_first`), read from all its lines."""
        return writes_day_first("\n".join(line.text for line in self.lines), self.language)

    def article(self) -> Article:
        if self.start == self.end:
            for line in self.lines:
                self._remove(line, line.reason or "not a sentence of reporting")
            return Article(title=None, body="", removed=self._removed(), language=self.language)
        body_start = self._header()
        self._body(body_start)
        self._surroundings()
        return Article(
            title=self.fields.get("title"),
            subtitle=self.fields.get("subtitle"),
            authors=tuple(self.authors),
            published=self.fields.get("published"),
            dateline=self.fields.get("dateline"),
            outlet=self.fields.get("outlet"),
            credits=tuple(self.credits),
            language=self.language,
            body="\n\n".join(self.body) + "\n" if self.body else "",
            removed=self._removed(),
        )

    # -- header: title, dek, byline, date, dateline ------------------------------------------------

    def _header(self) -> int:
        """Read the header lines around the stretch's start; return the index the body starts at."""
        lines, start, end = self.lines, self.start, self.end
        title_index = start if lines[start].anchor else None
        if not self.extracted:
            opens_with_headline = (
                lines[start].kind != PROSE and _is_headline(lines[start]) and self._metadata_kind(lines[start]) is None
                and start + 1 < end and lines[start + 1].kind == PROSE
            )
            if title_index is None and (opens_with_headline or start == self.page_title_index and lines[start].kind != PROSE and _is_headline(lines[start])):
                title_index = start  # the text opens with a headline-like line above its first paragraph, or opens the page: its title
            title_index = title_index if title_index is not None else self._title_before(start)
            if title_index is not None:
                self._set_title(lines[title_index])
        # Bylines and dates may open the text itself: its first lines, up to the first that is not one.
        body_start = start + 1 if title_index == start else start
        while body_start < end - 1 and lines[body_start].kind != PROSE and self._metadata_kind(lines[body_start]) is not None:
            body_start += 1
        if title_index is not None:
            self._remove(lines[title_index], "title (front matter)")
        # the header: the lines just above the text (a byline may sit above a repeated headline)
        title_seen = None if self.title_key is None else next(
            (i for i, line in enumerate(lines[:body_start]) if line.key == self.title_key), title_index
        )
        for index in range(max(0, body_start - _HEADER_WINDOW), body_start):
            if index != title_index:
                self._header_line(index, body_start, dek_allowed=title_seen is not None and title_seen < index)
        # the model's rejects among the text's first lines may still be its byline or date
        if self.verdict is not None:
            for index in range(body_start, min(end, body_start + _HEADER_WINDOW)):
                line = lines[index]
                if not self.verdict.kept[index] and line.kind != PROSE and self._metadata_kind(line) in _HEADER_KINDS:
                    self._header_line(index, body_start, dek_allowed=False)
        return body_start

    def _title_before(self, body_start: int) -> int | None:
        """The line repeating the page title just above the text, else the headline-like line nearest above it
        (skipping bylines, dates, captions: a label or a caption may stand between the headline and the text)."""
        lines = self.lines
        window = range(body_start - 1, max(-1, body_start - 1 - _HEADER_WINDOW), -1)
        anchor = next((index for index in window if lines[index].anchor), None)
        if anchor is not None:
            return anchor
        for index in window:
            line = lines[index]
            if line.kind == FURNITURE or self._metadata_kind(line) is not None:
                continue
            if _is_headline(line):
                return index
        first = self.page_title_index
        if first is not None and first < body_start and _is_headline(lines[first]):
            return first
        return None

    def _set_title(self, line: Line) -> None:
        first = self.page_title_index
        title = line.text
        page_title = self.lines[first].text if first is not None else None
        if page_title is not None:
            headline = _headline_part(page_title)
            if line.number == self.lines[first].number:
                title = headline
            elif first < self.start and line_key(title) in (line_key(headline), line_key(page_title)):
                self._remove(self.lines[first], "page title (front matter)")
            if headline != page_title and line_key(headline) == line_key(title):
                self.fields["outlet"] = _outlet_part(page_title, headline)
        self.fields["title"] = title
        self.title_key = line_key(title)

    def _metadata_kind(self, line: Line) -> str | None:
        if line.kind == PROSE and line.words > 25:
            return None
        if line.key == self.title_key:
            return "title"
        return _page_metadata_kind(line)

    def _header_line(self, index: int, body_start: int, dek_allowed: bool) -> None:
        line = self.lines[index]
        kind = self._metadata_kind(line)
        text = line.text
        if kind == "title":
            self._remove(line, "repeats the title")
        elif kind == "byline":
            self._add_authors(_BYLINE.match(text).group("names"))
            published = find_date(text, self._day_first)
            if published and "published" not in self.fields:
                self.fields["published"] = published
            self._remove(line, "byline (front matter)")
        elif kind in ("date", "date with words"):
            if "published" not in self.fields or (
                re.search(r"\bpublished\b", text, re.IGNORECASE) and not self.fields.get("_explicit")
            ):
                self.fields["published"] = find_date(text, self._day_first)
                self.fields["_explicit"] = bool(re.search(r"\bpublished\b", text, re.IGNORECASE))
            self._remove(line, "date (front matter)")
        elif kind == "dateline":
            self.fields.setdefault("dateline", _DATELINE_ALONE.match(text).group("place").strip(" ,"))
            self._remove(line, "dateline (front matter)")
        elif kind == "author" and self._stands_as_author(index):
            self._add_authors(text)
            self._remove(line, "author (front matter)")
        elif (credit := phrases.credit(text, line.key)) is not None:
            self._add_credit(credit)
            self._remove(line, "credit (front matter)")
        elif line.kind == FURNITURE:
            if line.reason == "photo caption or credit":
                self._add_credit(phrases.photo_credit(text))
            self._remove(line, line.reason or "page furniture")
        elif line.kind == PROSE and dek_allowed and "subtitle" not in self.fields:
            self.fields["subtitle"] = text
            self._remove(line, "subtitle (front matter)")
        else:
            self._remove(line, "page header before the article")

    # -- body ------------------------------------------------------------------------------------

    def _body(self, body_start: int) -> None:
        lines = self.lines
        kept: list[Line] = []
        for index in range(body_start, self.end):
            line = lines[index]
            if line.number in self.removed:  # read as a header line
                continue
            credit = phrases.credit(line.text, line.key)
            if credit is not None and (line.kind != PROSE or line.words < 30):
                self._add_credit(credit)
                self._remove(line, "credit (front matter)")
            elif line.kind == FURNITURE:
                if line.reason == "photo caption or credit":
                    self._add_credit(phrases.photo_credit(line.text))
                self._remove(line, line.reason or "page furniture")
            elif line.key == self.title_key:
                self._remove(line, "repeats the title")
            elif self.verdict is not None and not self.verdict.kept[index]:
                self._remove(line, self.verdict.reason(index))
            elif line.kind == SHORT and _TWO_DIGITS.search(line.text) and self._metadata_kind(line) == "date":
                # (furniture, counters among it, and the title's repeats are gone by here; a date has two digits)
                self._remove(line, "date or byline inside the text")
            else:
                kept.append(line)
        if kept and "dateline" not in self.fields:
            inline = _DATELINE_INLINE.match(kept[0].text)
            if inline:
                self.fields["dateline"] = inline.group("place").strip(" ,").title() if inline.group("place").isupper() else inline.group("place")
        self.body = self._markdown(kept)

    def _markdown(self, kept: list[Line]) -> list[str]:
        blocks: list[str] = []
        items: list[str] = []
        for position, line in enumerate(kept):
            previous = kept[position - 1] if position else None
            following = kept[position + 1] if position + 1 < len(kept) else None
            if line.kind == PROSE:
                if items:
                    blocks.append(_list_or_paragraph(items))
                    items = []
                blocks.append(_escape_block(self._trim_fragment(line)))
            elif _is_subheading(line, kept[position - 2] if position > 1 else None, previous, following):
                if items:
                    blocks.append(_list_or_paragraph(items))
                    items = []
                blocks.append(f"## {line.text}")
            else:
                # a marked or numbered list may have blank lines between its items; a numbered one is a list of its own
                if items and (
                    line.blank_before and not (line.marked_item and previous.marked_item) and not _continues_numbering(previous, line)
                    or _numbered(line) != _numbered(previous)
                ):
                    blocks.append(_list_or_paragraph(items))
                    items = []
                items.append(line.text)
        if items:
            blocks.append(_list_or_paragraph(items))
        return [block for block in blocks if block]

    def _trim_fragment(self, line: Line) -> str:
        """Drop a cut-off tail after the last full sentence of a long paragraph ("... Get regular")."""
        text = line.text
        if self.extracted or text[-1] in _TERMINAL_CHARS or line.words < 25 or not _CUT_OFF_WORD.fullmatch(text, text.rfind(" ") + 1):
            return text
        ends = list(_SENTENCE_END.finditer(text))
        if not ends:
            return text
        cut = ends[-1].end()
        tail = text[cut:].strip()
        if not tail or len(WORD.findall(tail)) > _MAX_TRAILING_FRAGMENT_WORDS:
            return text
        self.removed[line.number] = RemovedLine(line.number, tail, "truncated trailing fragment")
        return text[:cut].rstrip()

    # -- around the article ------------------------------------------------------------------------

    def _surroundings(self) -> None:
        """Credits just after the text; every other line outside it recorded with a reason."""
        for index, line in enumerate(self.lines):
            if line.number in self.removed or self.start <= index < self.end:
                continue
            if index >= self.end and index < self.end + 6 and (credit := phrases.credit(line.text, line.key)) is not None:
                self._add_credit(credit)
                self._remove(line, "credit (front matter)")
            elif line.kind == FURNITURE:
                self._remove(line, line.reason or "page furniture")
            elif index < self.start:
                self._remove(line, "before the article (page header, menus)")
            else:
                self._remove(line, "after the article (related links, comments, footer)")

    def _stands_as_author(self, index: int) -> bool:
        """A name alone on its line is the author's only where a byline stands: beside a byline or a date
        (or a time: "Yesterday 2:45PM"), not among other short lines (a menu's items, an outlet's sections),
        not a label ("Text Input:"), and a person's name, not the outlet's or another organisation's."""
        lines = self.lines
        line = lines[index]
        if line.kind == FURNITURE or line.text.endswith(":"):
            return False
        by_byline = False
        for other in (index - 1, index + 1):
            if not 0 <= other < len(lines):
                continue
            neighbour = lines[other]
            if self._metadata_kind(neighbour) in ("byline", "date", "date with words") or (neighbour.words <= 6 and _TIME_OF_DAY.search(neighbour.text)):
                by_byline = True
            elif not lines[max(index, other)].blank_before and neighbour.kind == SHORT and neighbour.key != line.key:
                return False  # one of a run of short lines
        outlet = self.fields.get("outlet")
        return by_byline and bool(_person_names(line.text)) and not (outlet and line.key == line_key(str(outlet)))

    def _add_authors(self, names: str) -> None:
        for name in _person_names(names):
            if name not in self.authors:
                self.authors.append(name)

    def _add_credit(self, credit: str | None) -> None:
        if credit and credit not in self.credits:
            self.credits.append(credit)

    def _remove(self, line: Line, reason: str) -> None:
        self.removed.setdefault(line.number, RemovedLine(line.number, line.text, reason))

    def _removed(self) -> tuple[RemovedLine, ...]:
        return tuple(sorted(self.removed.values(), key=lambda r: (r.line, r.text)))


def _page_metadata_kind(line: Line) -> str | None:
    """What header line this is (byline, date, counter, dateline, author), whatever the title is."""
    if line.metadata is None:
        line.metadata = _read_metadata_kind(line) or ""
    return line.metadata or None


def _read_metadata_kind(line: Line) -> str | None:
    text = line.text
    if _BYLINE.match(text):
        return "byline"
    match = date_match(text) if len(text) < 120 else None
    if match is not None:
        rest = (text[: match.start()] + " " + text[match.end():]).strip(" |,-–—·•:()")
        rest_words = [w for w in WORD.findall(_DATE_WORDS.sub(" ", rest)) if not w.isdigit()]
        if not rest_words:
            return "date"
        if len(rest_words) <= 4:
            return "date with words"  # "Jane Doe, April 20, 2023": a header line, but in the text a signature
    if line.kind == FURNITURE and line.reason == "counter":
        return "counter"
    if len(text) < 60 and text.rstrip()[-1:] in _DASHES and _DATELINE_ALONE.match(text):  # a dateline alone ends with its dash
        return "dateline"
    if _is_name_line(line):
        return "author"
    return None


def _is_name_line(line: Line) -> bool:
    text = line.text.rstrip(",;:")
    if not (2 <= line.words <= 8) or len(text) > 60 or any(map(str.isdigit, text)):
        return False
    names = [n for n in _NAME_SEPARATORS.split(text) if n]
    return bool(names) and all(_NAME.match(n) and 2 <= len(n.split()) <= 4 for n in names)


def _person_names(names: str) -> list[str]:
    """The people's names in a byline's names ("Jane Doe, CNN", "Jane Doe, MS, RD"): not organisations, outlets,
    roles or credentials, without the words that trail a name ("publiziert am", "on Monday", a user name)."""
    found = []
    for name in _NAME_SEPARATORS.split(names.strip(" ,.")):
        name = _TRAILING_WORDS.sub("", name.strip(" ,.")).strip(" ,.")
        words = name.split()
        capitals = [word for word in words if _ACRONYM.match(word)]
        if (
            name and not name.islower() and len(name) <= 60 and not _ORGANISATION.search(name)
            and not (capitals and (len(words) == 1 or len(capitals) < len(words)))
        ):
            found.append(name)
    return found


def _headline_part(page_title: str) -> str:
    """A page title without its site name: "Headline - Site" -> "Headline"."""
    parts = _TITLE_SEPARATORS.split(page_title)
    if len(parts) < 2:
        return page_title
    last = parts[-1]
    if len(last.split()) <= 5 and len(" ".join(parts[:-1]).split()) >= 3:
        return _TITLE_SEPARATORS.split(page_title)[0] if len(parts) == 2 else page_title[: page_title.rfind(last)].rstrip(" |-–—:•·»")
    return page_title


def _outlet_part(page_title: str, headline: str) -> str | None:
    rest = page_title[len(headline):].strip(" |-–—:•·»")
    return rest or None


def _is_headline(line: Line) -> bool:
    """A line that can be the title or a heading: a few words, no sentence, date or breadcrumb; a line without
    a word of letters is a figure (a counter's "438.3K", "1,024"), never a headline."""
    text = line.text
    return (
        line.kind != FURNITURE
        and 2 <= line.words <= 30
        and not text.endswith((".", ",", ";", ":"))
        and _LETTERS.search(text) is not None
        and find_date(text) is None
        and not _is_breadcrumb(text)
        or line.marked_heading
    )


_LETTERS = re.compile(r"[^\W\d_]{2}")  # two letters in a row: a word, not a figure with a unit ("438.3K")
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[|›»>/]\s+")


def _is_breadcrumb(text: str) -> bool:
    """Three or more short names in a row ("Andes Wire | World | Latin America"): where the page sits, not a headline."""
    parts = _BREADCRUMB_SEPARATOR.split(text)
    return len(parts) >= 3 and all(1 <= len(part.split()) <= 3 for part in parts)


def _is_subheading(line: Line, before: Line | None, previous: Line | None, following: Line | None) -> bool:
    """A short headline-like line with prose after it is a heading, unless it is the last item of a list.

    After a paragraph or a short sentence it is one. After another short line it is one only when blank
    lines set it apart, and not then when it is an item: a marked one, one numbered next after the line above
    ("2." below "1."; a numbered line after a paragraph is a listicle's heading), one below a list's
    introduction ("...:"), or one after two short lines set apart alike (a list with blank lines between its items).
    """
    if line.marked_heading:
        return True
    if following is None or following.kind != PROSE or previous is None or line.marked_item or _continues_numbering(previous, line):
        return False
    text = line.text
    if not (1 <= line.words <= 15) or text.endswith((".", ",", ";")):
        return False
    if previous.kind == PROSE:
        return True
    if not (following.blank_before and line.blank_before):
        return False
    if previous.sentence:  # a short paragraph
        return True
    if previous.text.endswith(":"):
        return False
    # below a marked list, or a run of short lines without blank lines between, the line set apart is not of it
    return previous.marked_item or not previous.blank_before or before is None or before.kind == PROSE or before.marked_heading


def _list_or_paragraph(items: list[str]) -> str:
    """A short line alone is a paragraph; a run of them a list: an ordered one when they are numbered in
    sequence ("1. ", "2. ", ...: the numbers are its markers), else a bulleted one (a number opening an
    item stays text: "- 1. ..." would be a list inside the item)."""
    if len(items) == 1:
        return _escape_block(items[0])
    numbers = [_ORDERED_ITEM.match(item) for item in items]
    if all(numbers) and _counts_up(numbers):
        return "\n".join(f"{number.group(1)}{number.group(2)}{_escape_block(item[number.end():])}" for number, item in zip(numbers, items))
    return "\n".join(f"- {_escape_block(item)}" for item in items)


def _numbered(line: Line) -> bool:
    return line.text[0].isdigit() and _ORDERED_ITEM.match(line.text) is not None


def _continues_numbering(previous: Line, line: Line) -> bool:
    """`line` is numbered next after `previous` ("2." below "1."): the two are items of one numbered list."""
    if not (_numbered(previous) and _numbered(line)):
        return False
    return _counts_up([_ORDERED_ITEM.match(previous.text), _ORDERED_ITEM.match(line.text)])


def _counts_up(numbers: list[re.Match]) -> bool:
    """Numbered markers one apart, with one delimiter ("1." or "1)"): Markdown renders an ordered list's numbers so."""
    first = int(numbers[0].group(1))
    return all(int(number.group(1)) == first + offset and number.group(2) == numbers[0].group(2) for offset, number in enumerate(numbers))


_BLOCK_START = re.compile(r"^(?:#{1,6}(?:\s|$)|[-*+>]\s|={3,}|-{3,}|_{3,}|`{3,}|~{3,}|<)")
_ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)]\s)")


def _escape_block(block: str) -> str:
    """Keep a paragraph a paragraph: text that Markdown would read as a heading, list, rule or HTML is escaped."""
    if _BLOCK_START.match(block):
        return "\\" + block
    if not block[0].isdigit():  # not an ordered item (sub would copy the paragraph to find out)
        return block
    return _ORDERED_ITEM.sub(r"\1\\\2", block, count=1)
