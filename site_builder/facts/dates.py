"""Days in the text, absolute ("20 April 2023", "April 20") or relative ("on Thursday",
"yesterday", "this morning"), resolved against the source's publication date.

A relative day without a publication date stays unresolved: a weekday is never
taken for a date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .sentences import Sentence, after_first_letter, may_contain

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATES = re.compile(
    rf"\b(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))\b"
    rf"|\b(?P<md>(?:(?P<w1>{_WEEKDAY}),?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)\b"
    rf"|\b(?P<dm>(?:(?P<w2>{_WEEKDAY}),?\s+(?:the\s+)?)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?)\b"
    rf"|\b(?P<wd>(?:(?P<which>last|this|next|on|late|early|since|by|until)\s+)?(?P<weekday>{_WEEKDAY})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?)\b"
    rf"|\b(?P<rel>today|tonight|yesterday|this morning|this afternoon|this evening|last night|earlier today)\b",
    re.IGNORECASE,
)
# Each _DATES match holds a digit, 'day' ending a word or one of these, in any case: a cheap test first, since most
# sentences name no day at all.
_DIGIT = re.compile(r"\d")
_WEEKDAY_ALONE = re.compile(_WEEKDAY, re.IGNORECASE)
_DAY_END = re.compile(r"day\b", re.IGNORECASE)
_DAY_TIMES = ("night", "morning", "afternoon", "evening")
# Where a _DATES match can start (a digit, a month, a weekday or the words before one, a relative day, at the start
# of a word): _DATES is tried there only, which is the same as searching with it everywhere, and faster. Its first
# character is read first (see after_first_letter), the rest of the word ahead.
_DATE_WORD_LETTERS, _DATE_WORD_RESTS = after_first_letter(
    "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun last this next on late early since by until"
    " today tonight yesterday earlier".split()
)
_DATE_START = re.compile(rf"[\d{_DATE_WORD_LETTERS}](?<=\b.)(?=(?<=\d)|(?i:{_DATE_WORD_RESTS}))")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is due|are due|set to|scheduled|expected to|plans? to|upcoming|is to|are to|'ll)\b", re.IGNORECASE
)
# "said on Thursday", "A satellite launched on Thursday ... will help": a day right after a verb in the past
# tense is past, whatever the rest of the sentence looks ahead to; not "will be released on Friday".
_PAST_DONE = re.compile(r"(?:(?<!\S)(\w+)\s+|^)(?:[a-z]{3,}ed|said|told|began|struck|hit|won|lost|took)\s+$", re.IGNORECASE)
_AHEAD = frozenset("be been being will would shall to is are am get gets".split())


def _past_done(before: str) -> bool:
    done = _PAST_DONE.search(before)
    return done is not None and (done.group(1) or "").lower() not in _AHEAD


# "will have heard of the boy who was hurt on Sunday": a clause in the past between the sentence's look ahead and the
# day dates a happening, not what is ahead.
_PAST_CLAUSE = re.compile(r"\b(?:who|which|that)\s+(?:was|were|had)\b", re.IGNORECASE)


def _past_clause(before: str) -> bool:
    ahead = None
    for ahead in _FUTURE.finditer(before):
        pass
    return ahead is not None and _PAST_CLAUSE.search(before, ahead.end()) is not None
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "earlier today": 0, "yesterday": -1, "last night": -1}


@dataclass(frozen=True)
class DateMention:
    sentence: Sentence
    words: str  # as written: "on Thursday", "April 20, 2023"
    day: date | None  # None when it cannot be resolved (no publication date, no year)
    weekday: int | None  # 0 = Monday, when the text names or implies one
    future: bool  # the sentence looks ahead ("will attend ... on Friday")
    told: bool = False  # the day something was said or made known ("confirmed on Tuesday"), not done
    aside: bool = False  # in a clause about people named before it (", who arrived on Thursday"), what they did
    in_force: date | None = None  # the day a rule it names starts to hold ("takes effect on 1 July": ahead)

    @property
    def by_weekday(self) -> bool:
        """Named by its weekday alone ("on Thursday", "last Monday"): its day is counted from the publication date."""
        return self.weekday is not None and _WEEKDAY_ALONE.search(self.words) is not None and not _DIGIT.search(self.words)


# A day that dates a telling, not a happening: right after a verb of making known ('confirmed on Tuesday', 'a report
# published on Monday', 'said late on Friday') or a word for what was made known ('in a statement on Tuesday'), or
# right before such a verb ('The consulate on Tuesday confirmed ...'); a relative day after the word, with 'on' or
# without ('a stock exchange announcement (on) this morning'), dates the telling too.
_TELLING = (
    r"said|says|told|confirmed|confirms|announced|announces|reported|reports|stated|added|published|issued"
    r"|disclosed|revealed|acknowledged|denied|tweeted|posted|wrote|explained|insisted|warned|briefed"
)
# Declaring a state makes it so: the day of 'declared an outbreak', 'the emergency was declared on Monday' or 'which the
# council declared on Monday' is the deed's. Only declared words, a clause ('declared on Monday that ...') or a quotation
# ('"We are ready," she declared on Monday'), are a telling.
_DECLARED_BEFORE = re.compile(r"\bdeclare[ds]\s+(?:late\s+|early\s+)?$", re.IGNORECASE)
_DECLARED_AFTER = re.compile(r"^\s*,?\s*declare[ds]\b", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"^\s*,?\s*(?:declare[ds]\s+)?(?:that\b|:|[\"“])", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]")
_TOLD_BEFORE = re.compile(
    rf"\b(?:{_TELLING}|statement|announcement|report|briefing|conference|interview|bulletin|communiqu[eé]|update|letter)"
    r"\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(rf"^\s*,?\s*(?:{_TELLING})\b", re.IGNORECASE)


def _told(text: str, match: re.Match) -> bool:
    """Does the day matched date a telling? ('The ministry confirmed on Tuesday that two of the dead were Danes')"""
    before, after = text[: match.start()], text[match.end() :]
    if _TOLD_BEFORE.search(before) or _TOLD_AFTER.match(after):
        return True
    declared = _DECLARED_BEFORE.search(before) or _DECLARED_AFTER.match(after)
    return bool(declared and (_CLAUSE_AFTER.match(after) or _QUOTE_MARK.search(before)))


# "will come into force on 1 July 2027", "take effect on 1 January", "apply from 1 March 2027", "effective from 1 June":
# the day a rule starts to hold, which the event (a law, a ban, a decree) sets. Told in the present, it lies ahead.
_IN_FORCE = re.compile(
    r"\b(?:(?:(?P<come>come|comes|enter|enters|go|goes)|came|entered|went)\s+into\s+(?:force|effect)|in\s+force"
    r"|(?:(?P<take>take|takes)|took)\s+effect|(?P<apply>apply|applies)|effective)\s+(?:on\s+|from\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
# "postponed to", "moved to", "rescheduled for", "will now take place on", "new date": the day the event is moved to,
# not the day it happened: it lies ahead of the telling, which _date_fact never takes for the event's day.
_MOVED_TO = re.compile(
    r"\b(?:(?:postponed|moved|rescheduled|pushed\s+back|put\s+back|put\s+off|deferred|delayed|brought\s+forward|switched)"
    r"\s+(?:to|for|until|till)|(?:will|would)\s+now\s+(?:be\s+held|take\s+place|go\s+ahead|be\s+run|be\s+played|start|begin|open)"
    r"(?:\s+on)?|new\s+date(?:\s+(?:is|will\s+be|of|for\s+\w+(?:\s+\w+)?\s+is))?\s*:?)\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# ", who arrived in Ennis on Thursday and were welcomed ... on Friday": a clause about people named before it, up to
# the next comma, tells what they did apart from the sentence's own happening ("signed the charter this morning").
_ABOUT_PEOPLE = re.compile(r",\s+who\b[^,;]*$")


def publication_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def date_matches(text: str) -> tuple[re.Match, ...]:
    """Every absolute or relative day named in the text (as _DATES.finditer finds them); kept for the
    sentence's next question (figures and dates both ask)."""
    if not (_DIGIT.search(text) or may_contain(text, _DAY_TIMES) or may_contain(text, ("day",)) and _DAY_END.search(text)):
        return ()
    found: list[re.Match] = []
    end = 0
    for start in _DATE_START.finditer(text):
        if start.start() >= end and (match := _DATES.match(text, start.start())):
            found.append(match)
            end = match.end()
    return tuple(found)


def find_dates(sentence: Sentence, published: date | None) -> list[DateMention]:
    found: list[DateMention] = []
    text = sentence.text
    matches = date_matches(text)
    future_sentence = bool(matches) and bool(_FUTURE.search(text))
    for match in matches:
        before = text[: match.start()]
        past = (match.group("rel") or "").lower() in ("yesterday", "last night") or (match.group("which") or "").lower() == "last"
        # the weekday's own start: "postponed until Sunday" is matched from "until"
        before_day = text[: match.start("weekday") if match.group("weekday") else match.start()]
        future = _MOVED_TO.search(before_day) is not None or future_sentence and not past and not _past_done(before) and not _past_clause(before)
        mention = _resolve(match, published, future)
        if mention is not None:
            day, weekday = mention
            aside = _ABOUT_PEOPLE.search(before) is not None
            in_force = _IN_FORCE.search(before)
            starts = day if in_force else None
            if in_force and not future and any(in_force.group("come", "take", "apply")):
                starts = _resolve(match, published, True)[0]  # told in the present, it lies ahead
            if starts and published and starts < published - timedelta(days=10):
                starts = None  # a rule of an earlier year ("a similar ban took effect in 2024"), background
            found.append(DateMention(sentence, match.group(0), day, weekday, future, _told(text, match), aside, starts))
    return found


def _resolve(match: re.Match, published: date | None, future: bool) -> tuple[date | None, int | None] | None:
    if match.group("iso"):
        day = _day(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        return None if day is None else (day, day.weekday())
    if match.group("md") or match.group("dm"):
        month = _month(match.group("m1") or match.group("m2"))
        number = int(match.group("d1") or match.group("d2"))
        year = match.group("y1") or match.group("y2")
        written = match.group("w1") or match.group("w2")
        weekday = WEEKDAYS.index(written.lower()) if written else None
        if year:
            day = _day(int(year), month, number)
        elif published is not None:
            day = _nearest_year(month, number, published, future) if weekday is None else _weekday_year(month, number, weekday, published, future)
        else:
            return (None, weekday) if 1 <= number <= 31 else None
        if day is None or weekday not in (None, day.weekday()):
            return None  # a weekday that does not fit the date written with it: which one is meant is unknown
        return day, day.weekday()
    if match.group("weekday"):
        weekday = WEEKDAYS.index(match.group("weekday").lower())
        which = (match.group("which") or "").lower()
        if published is None:
            return None, weekday
        return _weekday_day(weekday, which, published, future), weekday
    offset = _RELATIVE_DAYS[match.group("rel").lower()]
    if published is None:
        return None, None
    day = published + timedelta(days=offset)
    return day, day.weekday()


def _weekday_day(weekday: int, which: str, published: date, future: bool) -> date:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if which == "last":
        return published - timedelta(days=back or 7)
    if which == "next":
        return published + timedelta(days=ahead or 7)
    if future and which not in ("since",):
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


def _nearest_year(month: int, number: int, published: date, future: bool) -> date | None:
    """A day without a year: the one in the publication's year, or the year before when that lies ahead."""
    day = _day(published.year, month, number)
    if day is None:
        return None
    if not future and day > published + timedelta(days=7):
        return _day(published.year - 1, month, number)
    if future and day < published - timedelta(days=7):
        return _day(published.year + 1, month, number)
    return day


def _weekday_year(month: int, number: int, weekday: int, published: date, future: bool) -> date | None:
    """A day without a year but with its weekday ("Sunday 11 October"): of the nearest past and the nearest coming
    one, the one on that weekday, so that no tense has to be guessed ("is postponed to Sunday 11 October")."""
    days = (_nearest_year(month, number, published, future), _nearest_year(month, number, published, not future))
    return next((day for day in days if day and day.weekday() == weekday), None)


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBREVIATIONS.get(name[:4], MONTH_ABBREVIATIONS.get(name[:3], 5))


def _day(year: int, month: int, number: int) -> date | None:
    try:
        return date(year, month, number)
    except ValueError:
        return None
