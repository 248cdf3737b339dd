"""Figures in a sentence: a number with its hedge, unit and counted noun.

"at least 14 repaired German Leopard 2 battle tanks", "$65 billion worth of
military aid", "26 drones, of which ... 21", "a 7.8-magnitude earthquake",
"won 3-1", "more than a year ago". A hedge makes the number an interval, so
that "at least 14" and "14" agree while "almost a year" and "more than a year"
cannot both be true. Years, times of day, ages, model numbers ("Leopard 2")
and durations are not figures.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import takewhile

from .dates import date_matches
from .lexicon import CURRENCY_CODES, FUNCTION_WORDS, NATIONALITIES, ROLE_WORDS, SPEECH_VERBS, TIME_UNITS, longest_first
from .sentences import ASCII_OF_LOOKALIKES, LEAD, Sentence, after_first_letter, may_contain

_UNITS_WORDS = "one two three four five six seven eight nine".split()
_TEENS_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# The words that say a number alone ("seven", "forty-two"); "one" says a figure only before a scale ("one million").
WORD_NUMBERS = {
    **{word: n for n, word in enumerate(_UNITS_WORDS[1:], start=2)},
    **{word: n for n, word in enumerate(_TEENS_WORDS, start=10)},
    **_TENS_WORDS,
    **{f"{tens}-{unit}": value + n for tens, value in _TENS_WORDS.items() for n, unit in enumerate(_UNITS_WORDS, start=1)},
}
_DIGIT_WORDS = {"zero": 0, "nought": 0, **{word: n for n, word in enumerate(_UNITS_WORDS, start=1)}}  # after 'point'
# English cardinal numbers as news text writes them, one grammar: below a hundred with or without a hyphen
# ("twenty-one", "twenty one"), hundreds with or without 'and' ("a hundred and twenty"), thousands and up
# ("two thousand three hundred and twelve"), decimals said with 'point' before a scale or per cent ("one point four
# million", "two point five per cent"), halves ("one and a half million", "a million and a half", "half a million")
# and dozens ("a dozen", "half a dozen"). "one" and "a" alone are no figure ("one of the", "a person"), nor are
# "dozens", "hundreds of", "tens of thousands": no value is said. Longer readings are tried first.
_BIG = "thousand|million|billion|trillion"
_PERIOD_UNIT_WORDS = ("year", "month", "week", "day", "hour", "minute", "second", "season")  # "two years": a length of time
_BELOW_HUNDRED = (
    rf"(?:{'|'.join(_TENS_WORDS)})\b(?:(?:-|\s+)(?:{'|'.join(_UNITS_WORDS)})\b)?|(?:{'|'.join(_TEENS_WORDS + _UNITS_WORDS)})\b"
)
_HUNDREDS = rf"(?:{_BELOW_HUNDRED}|a\b)\s+hundred\b(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED})(?!\s+hundred\b))?"
_BELOW_THOUSAND = rf"{_HUNDREDS}|{_BELOW_HUNDRED}"
# The words a number opens with, "one" and "a" only before a scale ("one million", "a dozen"): a flat list, quick
# to fail where no number is, so that the grammar is tried only after one of them.
_NUMBER_OPENERS = [
    *(rf"{tens}(?:-(?:{'|'.join(_UNITS_WORDS)}))?" for tens in _TENS_WORDS),  # a hyphenated one whole, as it is one word
    *sorted(_TEENS_WORDS + _UNITS_WORDS[1:], key=len, reverse=True),
    rf"one(?=\s+(?:hundred|{_BIG}|dozen|point|and\s+a\s+half)\b)",
    rf"an?(?=\s+(?:hundred|{_BIG}|dozen)\b)",
    rf"half(?=\s+an?\s+(?:{_BIG}|dozen)\b)",
    r"zero(?=\s+point\b)",
    r"nought(?=\s+point\b)",
]
_NUMBER_WORDS = rf"(?=(?:{'|'.join(_NUMBER_OPENERS)})\b)(?:" + "|".join([
    rf"(?:{_BELOW_THOUSAND}|an?\b|zero\b|nought\b)(?:" + "|".join([  # a number below a thousand, then what follows it:
        rf"\s+(?:{_BIG})\s+and\s+a\s+half\b",  # "a million and a half"
        rf"\s+and\s+a\s+half\s+(?:{_BIG})\b",  # "one and a half million"
        rf"\s+point(?:\s+(?:{'|'.join(_DIGIT_WORDS)})\b)+(?:\s+(?:{_BIG})\b|(?=\s?(?:%|per\s?cent\b|percent\b|pc\b|pct\b)))",
        rf"\s+(?:{_BIG})\b(?:\s+(?:{_BELOW_THOUSAND})\s+(?:{_BIG})\b)*"  # "two million three hundred thousand"
        rf"(?:\s+(?:and\s+)?(?:{_BELOW_THOUSAND})(?!\s+(?:hundred|{_BIG})\b|[\s-]+(?:{'|'.join(_PERIOD_UNIT_WORDS)})s?\b))?",  # "... and twelve"
        r"\s+dozen\b",
    ]) + ")",
    rf"half\s+an?\s+(?:{_BIG}|dozen)\b",
    _HUNDREDS,
    rf"(?!one\b)(?:{_BELOW_HUNDRED})",
]) + ")"
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
}
# Currencies written before the figure: "$", "€", "US$", "R$", "Rs 640 crore", "₹500", "₦48.6bn", "GH¢ 2 million",
# "Tk 50 lakh", "Sh5 million", "KSh 300", "kr 500", an ISO code; and, written onto a figure with a scale only, the
# one-letter rand and naira ("R3.5 billion", "N2.5 billion": not "R2", "N95").
_CURRENCY = (
    r"(?:US|C|A|NZ|HK|S|R)\$|\$|€|£|¥|₹|₦|₵|₱|₩|₪|₺|₴|₽|฿|₫|GH[¢₵]|\bRs\.?|\bTk\.?|(?-i:\b(?:[KTU]?Shs?|kr)\.?(?=\s?\d))"
    r"|(?-i:\b(?:" + "|".join(CURRENCY_CODES) + r")(?:\b|(?=\d)))|(?-i:\b[RN](?=\d))"
)
_LETTER_CURRENCY = frozenset("RN")  # the one-letter currencies, a figure with a scale only
# How far above its figure a source saying "more than" or "at least" can be right: "more than 300 injured" is
# no way of telling 1,200 (the figure a hedge rounds to is the one a reporter knew).
_OPEN = 1.5
_HEDGES = {
    "at least": (1.0, _OPEN), "more than": (1.0001, _OPEN), "over": (1.0001, _OPEN),
    "upwards of": (1.0, _OPEN), "just over": (1.0001, 1.1), "nearly": (0.9, 0.9999), "almost": (0.9, 0.9999),
    "close to": (0.9, 1.0), "just under": (0.9, 0.9999), "about": (1.0, 1.0), "around": (1.0, 1.0),
    "roughly": (1.0, 1.0), "approximately": (1.0, 1.0), "some": (1.0, 1.0), "an estimated": (1.0, 1.0),
    "up to": (0.0, 1.0), "as many as": (0.0, 1.0), "at most": (0.0, 1.0), "fewer than": (0.0, 0.9999),
    "less than": (0.0, 0.9999), "under": (0.0, 0.9999),
    # a bound denied is the other bound: "no more than 30" is at most 30, "not fewer than 30" at least 30
    "no more than": (0.0, 1.0), "not more than": (0.0, 1.0), "no fewer than": (1.0, _OPEN), "not fewer than": (1.0, _OPEN),
    "no less than": (1.0, _OPEN), "not less than": (1.0, _OPEN),
}
# Hedges that round: their interval is half a unit of the figure's last digit either way.
_APPROXIMATE = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated"})
# Thousands set apart by a space, a thin space or a narrow or plain no-break space, as continental outlets write them
# ("2 500 hectares", "12 000 Syrians"): one number. Not when the last group is glued to a hyphen ('2 500-metre heats'
# may be two heats), a decimal or more digits, or is a model number before its name ('400 737 Max jets': a capitalised
# word not a plural), nor in a list of small numbers ('rows 1, 2 500': after 'N, ').
_SPACED_THOUSANDS = (
    r"(?<!\b\d,\s)(?<!\b\d\d,\s)(?<!\b\d\d\d,\s)[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+"
    r"(?![\d-]|[.,]\d|(?-i:\s[A-Z][\w-]*(?<!s)\b))"
)
# Thousands set apart by points, as continental outlets and their machine translations write them: two groups or
# more ("1.250.000 euros"), or one group of zeros ("210.000 cans": no English writer gives 210 to three places).
# "2.500" alone stays 2.5, as English writes it.
_POINTED_THOUSANDS = r"[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.,]\d|\d)|[1-9]\d{0,2}\.000(?!\d|[.,]\d)"
_POINTED = re.compile(_POINTED_THOUSANDS)  # ... and a numeral written so (_digits)
_HEDGE = "|".join(sorted((re.escape(h) for h in _HEDGES), key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<currency>{_CURRENCY})?\s?"
    r"(?:(?<![\w.,])|(?<=\b[RN])|(?<=Sh)|(?<=(?-i:\b[A-Z]{3})))(?P<num>\d{1,3},\d{1,2}(?=\s?(?:€|euros?\b|%|(?:million|billion|mn|bn)\b))|\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + _SPACED_THOUSANDS + "|" + _POINTED_THOUSANDS + r"|\d+(?:\.\d+)?|"
    + _NUMBER_WORDS
    + r")(?:(?=(?:m|mn|bn|k|C|F|mm|cm|km|kg|ha|ft|bp|bps|pc|pct)\b)|(?![\w:/]))"
    r"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion|bn|lakh crore|lakhs?|lacs?|crores?)\b|(?P<short>m|mn|bn|k)\b)?"
    r"(?P<percent>\s?%|\s?percent\b|\s?per cent\b|\s?pc\b|\s?pct\b)?",  # "12pc", "54 PCT", as some papers and wires write it
    re.IGNORECASE,
)
# Where a figure may start (a digit or a word of _NUMBER_OPENERS, not after a letter, a digit, '.' or ','; a digit
# right after a one-letter currency or 'Sh'), so the full pattern is tried there only. Its first character is read
# first, then what comes before it (a digit's or an opener's first letter), then the rest of the opener.
_NUMBER_WORD_LETTERS, _NUMBER_WORD_RESTS = after_first_letter(_NUMBER_OPENERS)
_FIGURE_START = re.compile(
    rf"[\d{_NUMBER_WORD_LETTERS}](?:(?<![\w.,].)(?:(?<=\d)|(?i:{_NUMBER_WORD_RESTS})\b)|(?<=\b[RN]\d)|(?<=Sh\d)|(?<=\b[A-Z]{{3}}\d))"
)
_DIGIT = re.compile(r"\d")
# Each of WORD_NUMBERS holds one of these, and so does each number "one", "a", "half" or "zero" opens (with its
# scale): a sentence holding none, nor a digit, has no _FIGURE_START.
_NUMBER_WORD_PARTS = (
    "two", "thr", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twel", "twent", "thirt", "fort",
    "fift", "hundred", "thousand", "illion", "dozen", "point",
)
_HEDGED = re.compile(rf"(?:{_HEDGE})\s", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(rf"\b(?:{_HEDGE})\s+$", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(rf"(?:{_CURRENCY})\s?(?=\S$)")  # searched up to the figure's first character
_DURATION = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"[\s-](?P<unit>year|month|week|day)s?(?:-(?P<old>old)\b|\s+(?P<ago>ago)\b)",
    re.IGNORECASE,
)
_SCORE = re.compile(r"(?<![\w.,-])(\d{1,2})[-–](\d{1,2})(?![\w.,-]|\s*(?:million|billion|percent|%))")
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|beat|beats|defeat\w*|victory|draw|drew|lost|loses|score\w*|final|lead|led|trail\w*|penalt\w*|shoot-?out)\b",
    re.IGNORECASE,
)
_SCORE_WORDS = (  # one of them is in each match of _SCORE_CONTEXT
    "won", "win", "beat", "defeat", "victory", "draw", "drew", "lost", "lose", "score", "final", "lead", "led", "trail", "penalt", "shoot"
)
# How a vote split: "voted 5-2", "the vote was 29–14.", "voted 34 to 17", "a 4-3 vote", "by nine votes to four", "seven members
# voted in favour and two voted against", "11 in favour and 6 against": the votes for and against told as one figure, never
# the count of either side alone. A split of digits may end its clause ('29–14, and'), not run into a figure ('5-2,000').
_TALLY = re.compile(
    rf"(?<![\w.,-])(?P<yes>\d{{1,3}}|{_NUMBER_WORDS})(?:[-–](?P<no>\d{{1,3}})(?![\w%-]|[.,]\d|\s*(?:million|billion|percent|per cent))"
    rf"|\s+in\s+favou?r(?:,|\s+and)\s+(?P<no_against>\d{{1,3}}|{_NUMBER_WORDS})\s+against\b"
    rf"|\s+votes?\s+(?:to|against)\s+(?P<no_said>\d{{1,3}}|{_NUMBER_WORDS})\b"
    rf"|\s+to\s+(?P<no_to>\d{{1,3}}|{_NUMBER_WORDS})\b(?![.,]?\d|\s*(?:%|per\s?cent|percent))"  # "voted 34 to 17": _tally asks for 'voted'
    rf"|\s+(?:[a-z]+\s+){{0,2}}?voted\s+(?:in\s+favou?r|for|yes)\b[^.;:\d]{{0,60}}?\band\s+(?P<no_voted>\d{{1,3}}|{_NUMBER_WORDS})"
    rf"\s+(?:[a-z]+\s+){{0,2}}?(?:voted|against)\b)",
    re.IGNORECASE,
)
# "members of the assembly voted for", "who voted against": those counted cast votes for or against.
_VOTED = re.compile(
    r"(?:\s+(?:of|from|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?\s+(?:who\s+)?(?:had\s+|have\s+)?voted\s+(in\s+favou?r|for|yes|against|no)\b",
    re.IGNORECASE,
)
# A split of digits ('5-2') is a vote's when a word of voting is by it (else a score, a date, a range).
_VOTING = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|in\s+favou?r\b[^.;:]{0,20}\bagainst)\b", re.IGNORECASE)
_VOTING_WORDS = ("vot", "ballot", "favo")  # what each match of _VOTING holds, for the pre-check
TALLY = "vote tally"
# "a crowd of 41,200", "the death toll ... has risen to 45", "magnitude 7.1": the noun comes first.
_NOUN_BEFORE = re.compile(
    r"\b(death toll|toll|crowd|attendance|turnout|audience|magnitude)\b"
    r"(?:(?:[^.;!?]|\.(?=\d)){0,90}?\b(?:of|at|to|reached|was|is|hit|stood at|stands at)\s+|\s*(?:of\s+)?)"
    rf"(?:(?:{_HEDGE})\s+)?$",
    re.IGNORECASE,
)
# "finished in 2:24:51", "clocked 2:09:37.4": a time taken, in hours, minutes and seconds (not a time of day).
# Also "touched in 1:54.36", "a lap record of 1:18.403": minutes, seconds and their fraction (a time of day has none).
_TIMING = re.compile(
    r"(?<![\w:.])(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(\.\d+)?(?![\w:])(?!\s*(?:[ap]\.?m\b|GMT|UTC|local))", re.IGNORECASE
)
TIMING = "time taken"
# "the previous course record of 2:09:31", "the world record stands at 2:00:35": a record's time.
_RECORD_BEFORE = re.compile(
    r"\b((?:(?:previous|old|former|existing|new)\s+)?(?:course|world|national|event|race|championship|meeting|area)?\s*record)"
    r"\s+(?:time\s+)?(?:of|was|is|stood at|stands at|had been)\s+$",
    re.IGNORECASE,
)
# "the previous record of 146.5 metres", "The old record, 6 days and 14 hours,", "the old mark (146.5 m": the figure a
# new record beat, a fact of its own (the record's earlier holder's), never a rival of the new one.
_PREVIOUS_RECORD_BEFORE = re.compile(
    r"\b(?:previous|old|former|existing)\s+(?:[a-z]+\s+)?(?:record|mark|best)\s*(?:(?:time\s+)?(?:of|was|stood at|had been)\s+|,\s*|\(\s*)$",
    re.IGNORECASE,
)
_PREVIOUS_RECORD = "previous record"
# "won in 2:07:45", "clocked 2:07:54 to take the title", "a winning time of": the winner's time, one in a race;
# "was second in 2:09:40", "the runner-up's 2:09:40": another finisher's.
_WINNER_BEFORE = re.compile(r"\b(?:won|wins|win|winning|victory|first|triumphed)\b[^,;:]{0,40}$", re.IGNORECASE)
_WINNER_AFTER = re.compile(r"^[^,;:.]{0,10}\bto\s+(?:win|take\s+(?:the\s+)?(?:title|victory|win|crown|race)|claim\s+(?:the\s+)?(?:title|victory|win))\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(second|third|fourth|fifth|runner-up|runners-up)\b[^,;:]{0,40}$", re.IGNORECASE)


PLACED_TIMES = frozenset(f"{TIMING} {place}" for place in ("winner", "second", "third", "fourth", "fifth"))


def _placed(before: str, after: str) -> str:
    """Whose time a time taken is by where its finisher placed: 'winner', 'second', ...; '' when not said."""
    place = _PLACE_BEFORE.search(before)
    winner = _WINNER_BEFORE.search(before)
    if place and (not winner or place.start() > winner.start()):
        return place.group(1).lower().replace("runners-up", "second").replace("runner-up", "second")
    return "winner" if winner or _WINNER_AFTER.match(after) else ""


EARLIER = "earlier"  # the last word of the slot of a figure's earlier value ("up from 58.7%")
# The end of the slot of a figure said of an earlier year ("the disaster in 2014, in which 301 people died": 'people
# died in 2014', written by facts._of_earlier_years): another time's figure, which neither disagrees with nor stands
# for the event's own, and which the box leaves to "More figures".
OF_A_YEAR = re.compile(r" in (\d{4})$")
# A year said as a time ('in 2014', 'of 2011', 'March 2014'); not 'since 2014' (up to now), '1978’s hit', 'a 2018 model'.
YEAR_NAMED = re.compile(
    r"\b(?:[Ii]n|[Oo]f|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|\d{1,2})\s+(1[89]\d\d|20\d\d)\b(?![’'-])"
)
# "the number of patients whose files were exposed is 52,000": the counted noun comes first, after 'number of'.
_NUMBER_OF_BEFORE = re.compile(
    rf"\b[Nn]umber of ([a-z]+)\b((?:[^.;!?]{{0,90}}?\s)?)(?:is|was|stands at|stood at|has risen to|rose to|reached|now|to)\s+(?:(?:{_HEDGE})\s+)?$"
)
# "38 were injured": the state comes after, and the noun is left out.
_STATE_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have been|has been|had been|remain|remains|remained|are still|were still|is still|was still)\s+(?:\w+ly\s+)?(killed|injured|wounded|hurt|evacuated"
    r"|displaced|arrested|rescued|detained|missing|hospitalized|hospitalised|unaccounted)"
    r"|(?:have |had |has |reportedly |later )?(died|perished|drowned|(?:lost|losing) their lives|lost (?:his|her) life|fled their homes)"
    r"|(?:had|have|were forced|was forced) (to leave|to flee)"
    r"|(?:have |had |has |were |was |had been |have been |later )?(fallen ill|fell ill|taken ill|became ill|become ill|got sick"
    r"|reported symptoms|developed symptoms|showed symptoms|sickened))\b",
    re.IGNORECASE,
)
# The words that take a part's whole: "two of the 41 crew", "two of our 41 crew", "three of its 120 staff".
_WHOLE_DETERMINERS = "the|these|those|its|their|our|his|her"
# "52 of the 101 seats", "two of the site's three pumps": the count of a part, and the noun after the total.
_OF_TOTAL = re.compile(rf"\s+of\s+(?:{_WHOLE_DETERMINERS})\s+(?:[\w-]+[’']s\s+)?(?:\d[\d,]*|(?i:{_NUMBER_WORDS})(?=\s))(-?\s?[a-z]+.*)")
# "won by 312 votes", "won Sunday's run-off in the town by 312 votes", "a margin of 312 votes", "her majority was 312
# votes", "the difference between the two candidates is 312 votes", "312 votes ahead of", "312 votes of advantage": a
# difference between two counts, not a count (not "passed by 54 votes to 12", the votes for).
_MARGIN_BEFORE = re.compile(
    rf"\b(?:(?:won|win|wins|winning|lost|lose|loses|beat|beating|beaten|ahead|led|leads|leading|trailed|trails|trailing)\s+(?:[^\W\d][\w’'-]*\s+){{0,12}}?by"
    rf"|(?:margin|majority|lead|advantage|difference)(?:\s+between\s+[^\d.;:,]{{1,60}}?)?\s+(?:of|was|is|stood at|of just|of only))\s+(?:(?:a|an|just|only|some)\s+)?(?:(?:{{_HEDGE}})\s+)?$",
    re.IGNORECASE,
)
_MARGIN_AFTER = re.compile(r"\s+(?:more than|fewer than|ahead of|clear of|short of|of (?:advantage|lead))\b", re.IGNORECASE)
# "The National Union took 38 seats and the Greens 11": a second owner's count, its noun left out.
_GAPPED = re.compile(r"\b\d[\d,.]*\s+([a-z]+s)\b[^.;:]{0,60}?\band\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+$")
# "lost six seats", "gained 4 seats": how a count changed.
_CHANGED = re.compile(r"\b(lost|gained|won back|picked up|dropped|shed|added)\s+(?:(?:a further|another|an extra|a net)\s+)?$", re.IGNORECASE)
# "an aftershock measuring 5.4": a quake's magnitude said with 'measuring'.
_MEASURING = re.compile(r"\b(?:quake|earthquake|tremor|aftershock|shock)s?\s+(?:measuring|of|registering|rated)\s+$", re.IGNORECASE)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)
# "€41.50 per share", "values each share at 17.25 euros": the price of one share.
_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a|each)\s+share\b", re.IGNORECASE)
_PER_SHARE_BEFORE = re.compile(r"\beach share at\s+$|\bper share (?:of|at)\s+$", re.IGNORECASE)
# "expected to cost 85 million": a sum of money without its currency.
_MONEY_VERB = re.compile(r"\b(?:cost|costs|costing|worth|valued at|valuing|paid|pay|paying|spent|spend|raised|raise|invested|invest)\s+(?:(?:about|around|nearly|almost|some|more than|over|up to)\s+)?$", re.IGNORECASE)
# "14,000 people work for", "the plant, where 1,040 people work,": those who work there are its employees.
_WORK_FOR = re.compile(r"\s*(?:work|worked|working|are employed|were employed)(?: (?:for|at|in|there)\b|\s*(?:[,;.)]|$))", re.IGNORECASE)
# "down from 33 percent four years ago": when an earlier value was so, not how long ago something began.
_WHEN_EARLIER = re.compile(r"\b(?:up|down) from\s+\S+(?:\s?%|\s+percent|\s+per cent)?\s+$", re.IGNORECASE)
_EMPLOYS = re.compile(rf"\b(?:employs|employed|employing|employ|workforce of)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
# "up from 58%", "compared with 40 last year": an earlier value, said for comparison.
_EARLIER_VALUE = re.compile(r"\b(?:up|down|rising|falling|increasing|decreasing) from\s+$|\bcompared (?:with|to)\s+$", re.IGNORECASE)
# Currencies named after a figure: "120,000 euros", "2.9 billion Canadian dollars", "40 bitcoin".
_CURRENCY_WORDS = (
    r"(?:(?:Canadian|Australian|US|U\.S\.|American|Hong Kong|New Zealand|Singapore|Swiss|Swedish|Norwegian|Danish"
    r"|Czech|Mexican|Chilean|Brazilian|South African|Indian|Japanese|Chinese|Korean|Turkish)\s+)?(euros?|dollars?|pounds sterling|pounds|kronor|kroner|krona|korun[ay]?|crowns|yen|yuan|renminbi|francs|rupees"
    r"|soles|pesos|roubles|rubles|lira|lei|leva|zlotys?|reais|rand|dirhams|shekels|dinars|ringgit|baht|forints?|hryvnias?"
    r"|won|rupiah|dong|pesos|naira|shillings|taka|bitcoins?|BTC|ether)\b"
)
# also hyphenated: "a 10,000-euro bonus"; and a symbol after the figure, as continental Europe writes it: "2,50 €",
# "500 zł", "1 200 Kč", "450 kr"
_SYMBOL_AFTER = r"€|(?:zł|Kč|(?-i:kr))(?!\w)"
_CURRENCY_AFTER = re.compile(r"(?:\s+|-)" + _CURRENCY_WORDS + rf"|\s?({_SYMBOL_AFTER})", re.IGNORECASE)
_AMBIGUOUS_CURRENCIES = frozenset("won dong rand lei".split())
# "2 billion won ($1.4 million)", "60 million Norwegian crowns ($5.7 million)": a sum converted in brackets, the same
# sum told again.
_CONVERSION_BEFORE = re.compile(r"\d(?:\s*(?:thousand|million|billion|trillion|bn|m))?(?:\s*[^\W\d_]+){0,2}\s*\(\s*$")
_RESTATED_SUM = re.compile(
    rf"\d(?:\s*(?:thousand|million|billion|trillion|bn|m))?\s*(?:\s+{_CURRENCY_WORDS}|\s?(?:{_SYMBOL_AFTER}))?,\s+(?:or\s+)?$", re.IGNORECASE
)
_CONVERSION_AFTER = re.compile(
    rf"\s*\((?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:{_CURRENCY})\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|m)\b)?\)"
)
# "39 miles (63 kilometers)", "60 mph (97 kph)", "90 miles per gallon (38 kilometers per liter)", "six kilometres
# (almost four miles)": a measure in brackets right after another is its conversion, not a second figure.
_MEASURE_CONVERSION_BEFORE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(longest_first([*WORD_NUMBERS, 'hundred', 'thousand', 'million']))}))\s*(?:[A-Za-z/°]+\s*){{1,3}}\(\s*$",
    re.IGNORECASE,
)
# What a sum of money is, in one word per thing: 'fined 120,000 euros' and 'a fine of €150,000' are one slot.
_MONEY_NOUNS = {
    **{w: w for w in """fine bail cost price deal damages compensation salary bonus budget loss profit
       revenue sales investment aid package funding grant loan ransom reward settlement refund bid offer
       takeover acquisition kickback bribe subsidy tax levy debt wage pay payout deficit""".split()},
    "shortfall": "deficit", "shortfalls": "deficit", "deficits": "deficit",
    "fined": "fine", "fines": "fine", "penalty": "fine", "penalties": "fine", "bill": "cost", "lost": "loss", "costs": "cost", "bribes": "bribe", "kickbacks": "kickback", "losses": "loss",
    "profits": "profit", "revenues": "revenue", "investments": "investment", "grants": "grant", "loans": "loan",
    "subsidies": "subsidy", "taxes": "tax", "debts": "debt", "wages": "wage", "refunds": "refund", "bids": "bid",
    "offers": "offer", "payouts": "payout",
}
# "seven of them seriously", "Seven of the injured are ...", "four of which led to fires".
_SUBCOUNT = re.compile(
    r"(?<![\w.,])(?P<num>\d[\d,]*|" + _NUMBER_WORDS + r")\s+of\s+(?:them|which|whom|those|the\s+(?P<whole>[a-z]+))\b(?P<rest>[^,.;:]{0,50})",
    re.IGNORECASE,
)
# "Of the injured, 23 were taken to hospital", "Of the five injured, two were in serious condition": a part of a
# whole named first; "14 people were hurt, among them three in serious condition": of the count before it (with
# a noun after it, "among them four firefighters", the part is counted by that noun: _count's).
_SUBCOUNT_AFTER_WHOLE = re.compile(
    r"(?:(?:^|[.;]\s+)(?:Of|Among)\s+(?:the|these|those|its|their)\s+(?:(?:\d[\d,]*|" + _NUMBER_WORDS + r")\s+)?(?:[a-z-]+\s+)?"
    r"(?P<whole>[a-z]+),|,\s+(?:among them|among whom|of whom)(?P<none>))\s+(?P<num>\d[\d,]*|" + _NUMBER_WORDS + r")\b"
    r"(?P<rest>(?(none)\s+(?:in|were|was|are|is)\b)[^,.;:]{0,50})",
)
_SUBCOUNT_AFTER_WHOLE_WORDS = ("Of", "Among", "among", "of whom")  # each match of it holds one, for the pre-check
# "Twelve people were injured, four seriously": a part of the count of what befell people before it, its noun and verb
# left out, set apart by how.
_SUBCOUNT_ELIDED = re.compile(
    r",\s+(?P<num>\d[\d,]*|" + _NUMBER_WORDS + r")(?P<whole>(?!))?(?P<rest>\s+(?:seriously|critically|severely|gravely|badly|slightly))\b",
    re.IGNORECASE,
)
_SUBCOUNT_ELIDED_WORDS = ("ously", "ally", "erely", "avely", "adly", "ightly")  # each match of it holds one, for the pre-check
# "four and a half years", "an 18-month", "at least five days": not "... ago" nor "-old" (those are _DURATION's).
_PERIOD = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?<![\w.,])(?P<num>\d+(?:\.\d+)?|half an?|{_NUMBER_WORDS}|an?|one)(?P<half>\s+and\s+a\s+half)?"
    rf"[\s-](?P<unit>{'|'.join(_PERIOD_UNIT_WORDS)})s?\b(?!-old|\s+ago)"
    rf"(?:,?\s+and\s+(?P<num2>\d+|{_NUMBER_WORDS})\s+(?P<unit2>month|week|day|hour|minute|second)s?\b)?",  # "11 hours and 28 minutes"
    re.IGNORECASE,
)
# The end of a _PERIOD match alone (one of _PERIOD_UNIT_WORDS is in each match): a sentence without it has no
# period (most have none; _PERIOD is slow to fail).
_PERIOD_UNIT = re.compile(rf"[\s-](?:{'|'.join(_PERIOD_UNIT_WORDS)})s?\b(?!-old|\s+ago)", re.IGNORECASE)
# "within 40 minutes": how soon something was done, said by the verb before ("were brought ashore ... within").
_DONE_WITHIN = re.compile(
    r"\b(?:(?:was|were|been|be|is|are)\s+(?!(?:to|a|an|the|not|being|expected|due|set)\b)([a-z]+(?:\s+(?:ashore|out|up|down|off|back|away|free|open))?)|([a-z]{3,}ed))\b[^,.;]{0,50}?\bwithin\s+$"
)
# "would stay in Montréal for", "were inside the building for": how long someone or something was so.
_STAYED_FOR = re.compile(
    r"\b(?:(stay|stays|remain|remains|wait|waits|live|lives|serve|serves|last|lasts)|(?:was|were|is|are|be|been)\s+([a-z]+))\b"
    rf"[^,.;]{{0,40}}?\bfor\s+(?:(?:{_HEDGE})\s+)?$"
)
# "filming would pause for", "the line will close for": how long a deed to come lasts, told with a modal and the verb.
_WILL_DO_FOR = re.compile(
    rf"\b(?:will|would|could|can|may|might|must|should|shall)\s+(?:also\s+|only\s+|now\s+|then\s+)?([a-z]{{3,}})\b[^,.;]{{0,40}}?\bfor\s+(?:(?:{_HEDGE})\s+)?$"
)
_SENTENCED = re.compile(r"\b(?:sentenced|jailed|imprisoned|sentencing)\b[^,.;]{0,60}\bto\s+(?:" + _HEDGE + r")?\s*$", re.IGNORECASE)
_JAILED_FOR = re.compile(r"\b(?:jailed|imprisoned|locked up)\b[^.;]{0,100}\bfor\s+(?:(?:" + _HEDGE + r")\s+)?$", re.IGNORECASE)
# "prosecutors had demanded nine years", "called for a sentence of nine years", "asked the court for a fine of":
# what was asked for, not what was given; the verb of asking in the figure's clause, no figure or verdict after it.
_ASKED_FOR = re.compile(
    r"\b(?:sought|seek|seeks|seeking|demanded|demand|demands|demanding|requested|request|requests|requesting|wanted"
    r"|recommended|proposed|urged|(?:demand|request|call|plea)s?\s+(?:for|of)"
    r"|(?:asked|asks|asking|called|calls|calling|pushed|pushes|pushing|pressed|pressing|argued)\b[^,.;:\d]{0,30}?\bfor)"
    r"\b(?![^,.;:\d]*\b(?:sentenced|jailed|imprisoned|fined|ordered|given|handed|but|while|whereas)\b)[^,.;:\d]{0,40}$",
    re.IGNORECASE,
)
_COURT_WORDS = re.compile(r"\b(?:prosecut\w*|sentenc\w*|prison|jail\w*|court|judge|trial|convict\w*)\b", re.IGNORECASE)
_PRISON_TERMS = frozenset("prison term|jail term|prison sentence|jail sentence|prison|jail|sentence|term|custodial sentence".split("|"))
_PART_OF = re.compile(r" of (?:them|which|whom|those|the [a-z]+ (?:are|were|is|was|remain|have|had|died|suffered|need))\b", re.IGNORECASE)
_CONDITIONS = frozenset("serious critical severe stable grave minor slight life-threatening".split())
_NOT_MANNER = frozenset("only early reportedly allegedly apparently family likely nearly".split())
_FALLS = frozenset("fell fallen dropped lost slumped decreased declined plunged slid tumbled fall drop shrink shrunk shrank".split())
# Subjects that point back at what rose or fell ('the number', 'a figure that'): the change is named alone.
_POINTING_SUBJECTS = frozenset("number figure total it this that which count".split())
# Counts that belong to someone: a party's seats, a team's goals.
_OWNED = frozenset("seat vote goal point medal delegate mandate".split())
# A size or make written into a compound names a kind of thing, not a figure of the news: "a 12-inch MacBook",
# "a 2-liter engine", "a 360-degree camera", "a four-door coupe", "a six-figure salary", "a 3-in-1 charger".
_KIND_OF_THING = frozenset(
    """inch inches cm mm millimetre millimeter centimetre centimeter litre liter gallon degree degrees
    figure in pack door cylinder speed bit core megapixel piece star seater valve""".split()
)
# "killing at least 42", "injuring more than 300": the state comes first and the noun is left out.
_STATE_BEFORE = re.compile(
    r"\b(killing|killed|kills|injuring|injured|injures|wounding|wounded|leaving|evacuating|evacuated|arrested|arresting"
    r"|detained|detaining|rescued|rescuing|displacing|displaced|displaces|hospitalising|hospitalizing"
    r"|evacuation of|arrest of|detention of|rescue of)\s+"
    rf"(?:(?:{_HEDGE})\s+)?$",
    re.IGNORECASE,
)
# "at a depth of 35 kilometres": a measure named before its figure and unit.
_MEASURE_BEFORE = re.compile(  # "at a depth of 35 kilometres", "put the depth at 10 km", "the depth was 12 km"
    rf"\b(depth|distance|height|altitude|speed|length|width|radius|range)\s+(?:of|at|was|is|stood at|came to)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE
)
# "12 metres high", "1.6 metres across": the dimension a length is of, said after it.
_DIMENSION = re.compile(
    r"\s*(high|tall|long|wide|deep|underground|(?:below|beneath|under) (?:the )?(?:surface|ground|seabed|sea ?floor)|across"
    r"|thick|in diameter|in length|in height|in width|from|away|off|offshore)\b",
    re.IGNORECASE,
)
_DIMENSIONS = {
    "from": "distance", "away": "distance", "off": "distance", "offshore": "distance",
    "high": "height", "tall": "height", "in height": "height", "long": "length", "in length": "length",
    "wide": "width", "across": "width", "in width": "width", "in diameter": "diameter", "deep": "depth", "thick": "thickness",
}
_LENGTHS = frozenset("km m mi ft".split())
_SMALL_LENGTHS = frozenset("cm mm".split())  # a size ('hailstones 4 cm across', 'a hole 40 cm deep'), never a distance
_DISTANCE_WORDS = frozenset("from away off offshore".split())
# Verbs that may stand before a size: 'the tower rose 12 metres high', 'the zone measures 8 km long'.
_SIZING_VERBS = frozenset("rose grew fell stood lay ran sank flew swung spread hung measures stretches spans runs stands lies rises reaches is was are were".split())

# "Hailstones up to 4 cm across", "a slab roughly 30 m long": the thing whose size it is, right before the figure.
_SIZED_BEFORE = re.compile(rf"\b([a-z]{{3,}}(?:\s+[a-z]{{3,}})?)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
# Counts of the people a report is sourced to: "two sources said", "three officials familiar with the matter".
_ATTRIBUTION = re.compile(r"sources?\b(?!\s+of\b)|(?:people|officials|persons|diplomats)\s+(?:familiar with|close to|briefed on|with knowledge of)\b")
# "north of", "south-western of": a compass direction a distance is taken in, from a place said or not.
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_COMPASS_OF = re.compile(rf"\s*{_COMPASS}\s+of\b")
# "a fissure of about 3.5 kilometres", "a queue of 2 km": the thing a length is of, named right before it.
_A_THING_OF = re.compile(rf"\b(?:a|an)\s+([a-z]{{3,}})\s+of\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
_DIMENSION_NOUNS = frozenset("distance depth height altitude length width radius range total maximum minimum stretch drop fall rise".split())
# "The wreck lies at 48 metres", "a ship lying at 54 metres", "the hut sits at 2,800 metres": where a thing lies, not a
# point on a course; under water (a word of it in the sentence) its depth, else its altitude.
_LYING_AT = re.compile(rf"\b(?:lies|lie|lay|lying|rests|rest|resting|rested|sits|sit|sitting|sat)\s+at\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
_UNDER_WATER = re.compile(r"\b(?:wreck\w*|seabed|sea ?floor|sea|water|underwater|bottom|lake|sunk|sank|sunken|div(?:e|er|ers|ing))\b", re.IGNORECASE)
_ALONG_THE_WAY = re.compile(
    rf"\b(?:at|every|until|till|from|the (?:last|final|first|opening|closing))\s+(?:(?:{_HEDGE})\s+)?(?:the\s+)?$", re.IGNORECASE
)
# The sentence's subject ("The pipeline ...", "A 40-year-old ferry ..."): what a length without a named measure is of.
_SUBJECT = re.compile(r"(?:The|A|An|Its|Their|This)\s+(?:[\w-]+\s+){0,2}?([a-z]{3,})\s+(?:is|was|runs|ran|sank|stands|stood|lies|lay|measures|measured|stretches|stretched|rises|rose|reached|reaches|covers|covered|spans|spanned|fell|dropped|travelled|traveled|flew)\b")
_HEAT = re.compile(r"\b(?:temperatures?|heat|hot|warm|cold|freezing|thermometers?)\b", re.IGNORECASE)
_UNIT_NAMES = {
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "miles": "mi", "mile": "mi",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "feet": "ft", "foot": "ft", "kph": "km/h",
    "gigawatts": "GW", "gigawatt": "GW", "megawatts": "MW", "megawatt": "MW", "kilowatts": "kW", "gw": "GW", "mw": "MW",
    "kw": "kW", "hectares": "ha", "hectare": "ha", "acres": "acre", "acre": "acre",
    "millimetres": "mm", "millimeters": "mm", "centimetres": "cm", "centimeters": "cm",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "terabytes": "TB", "gigabytes": "GB", "petabytes": "PB",
    "terabyte": "TB", "gigabyte": "GB", "petabyte": "PB", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "millimetre": "mm", "millimeter": "mm", "centimetre": "cm", "centimeter": "cm",
    "tb": "TB", "gb": "GB", "pb": "PB", "metres per second": "m/s", "meters per second": "m/s",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometres per second": "km/s", "kilometers per second": "km/s",
    "miles per hour": "mph", "tonne": "tonnes", "ton": "tons", "t": "tonnes",
    "m²": "m square", "m³": "m cubic", "km²": "km square",  # as "square metres" is 'm square', "cubic metres" 'm cubic'
}
_UNIT_WORDS = "|".join(sorted({re.escape(w) for pair in _UNIT_NAMES.items() for w in pair}, key=lambda w: (-len(w), w)))  # "hectares", "ha"
_STOP = FUNCTION_WORDS | {"were", "was", "is", "are", "have", "has", "had", "been", "per", "each", "apiece", "once", "twice"}
# Words right after a figure that end the noun it counts: the preposition of what a sum goes to ("$38m towards the
# roof"; not 'against' or 'across', which say what a vote or a width is), or a past with no '-ed' its subject takes
# ("2.9 million euros came from"); never the noun itself.
_AFTER_THE_NOUN = frozenset("towards toward came went rose fell grew stood ran got began became".split())
_UNITS = frozenset(
    """km m ft kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot mph kph km/h
    tonnes tons kg kilograms pounds degrees magnitude points seats votes gw mw kw gwh mwh twh gigawatts megawatts
    kilowatts hectares acres kilograms kilos mm cm millimetres millimeters centimetres centimeters litres liters gallons barrels
    terabytes gigabytes petabytes tb gb decibels ounces oz grams micrograms megawatt-hours t m² m³ km² ha""".split()
)
# Of _UNITS, those that count things, shown without their noun: '53 seats' is '53' under 'seats'.
_COUNTED_UNITS = frozenset("points seats votes magnitude".split())
_IRREGULAR_PLURALS = frozenset("people children men women police personnel staff crew cattle sheep fish aircraft".split())
_PERSON_NOUNS = frozenset(
    """man woman boy girl child baby resident son daughter mother father student player driver worker
    farmer teacher soldier pilot victim survivor patient suspect firefighter officer miner climber hiker tourist
    pilgrim migrant crew guest fan rider runner sailor fisherman villager guard hostage nurse paramedic""".split()
)
_PEOPLE = frozenset(
    "people persons individuals residents civilians children adults passengers workers soldiers troops".split()
)
_STATES = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
    "fatalities": "killed", "lives": "killed", "toll": "killed", "death toll": "killed", "injured": "injured", "wounded": "injured",
    "hurt": "injured", "injuries": "injured", "missing": "missing", "evacuated": "evacuated",
    "displaced": "displaced", "homeless": "displaced", "arrested": "arrested", "detained": "arrested",
    "rescued": "rescued", "trapped": "trapped", "hospitalized": "hospitalised", "hospitalised": "hospitalised",
    "killing": "killed", "kills": "killed", "injuring": "injured", "injures": "injured", "wounding": "injured",
    "leaving": "killed", "evacuating": "evacuated", "arresting": "arrested", "detaining": "arrested", "rescuing": "rescued",
    "perished": "killed", "drowned": "killed", "slain": "killed", "unaccounted": "missing", "fled": "displaced",
    "saved": "rescued", "displacing": "displaced", "displaces": "displaced", "hospitalising": "hospitalised",
    "defrauded": "victim", "scammed": "victim", "swindled": "victim", "duped": "victim", "cheated": "victim",
    "hospitalizing": "hospitalised", "lost their lives": "killed", "losing their lives": "killed", "lost his life": "killed", "lost her life": "killed", "fled their homes": "displaced",
    # what befell them said by a noun before ('forced the evacuation of 240 residents') or a need after ('had to leave')
    "evacuation of": "evacuated", "arrest of": "arrested", "detention of": "arrested", "rescue of": "rescued",
    "to leave": "evacuated", "to flee": "displaced",
    # fell ill, of a poisoning or an outbreak: told as falling ill or as reporting symptoms
    "fallen ill": "ill", "fell ill": "ill", "taken ill": "ill", "became ill": "ill", "become ill": "ill", "got sick": "ill",
    "reported symptoms": "ill", "developed symptoms": "ill", "showed symptoms": "ill", "sickened": "ill",
}
# The states said after a count ('14 people died', '9 were hurt'); not the verbs that act on one ('leaving', 'killing').
_STATES_AFTER = {
    word: state for word, state in _STATES.items() if not word.endswith("ing") and word not in ("kills", "injures", "displaces") and " " not in word
} | {"injury": "injured"}  # 'One officer suffered a minor hand injury', as 'Two officers suffered minor injuries'

# Where what befell a count stops being said of it: the next clause ("... were on board when the ferry hit"), the
# next count ("Seven miners were killed and 15 others were taken to hospital").
# "Four people, including a shift engineer, were detained": an aside between the count and what befell it.
_ASIDE = re.compile(r"^\s*,\s+(?:including|among them|among whom|most of them|all of them|mostly|many of them)\b[^,;:.]*,")
_CLAUSE_END = re.compile(
    r"[,;:]|\b(?:when|after|before|while|as|because|since|until|although|though|but|where)\b|\band\s+(?:\d|(?:" + _NUMBER_WORDS + r")\b)",
    re.IGNORECASE,
)
STATE_SLOTS = frozenset(_STATES.values())  # what befell people counted: 'killed', 'arrested'
# "were taken to hospital", "were treated for smoke inhalation", "had to be treated": people hospitalised, said with a verb phrase.
_TO_HOSPITAL = re.compile(
    r"[\w\s-]{0,40}?\b(?:(?:were|was|have been|had been|are|being|(?:had|have|has|needed|need|needs)\s+to\s+be)\s+(?:\w+ly\s+)?(?:taken|rushed|admitted|airlifted|flown|brought|treated)"
    r"|(?P<ended>ended up|wound up|landed|went))"
    r"(?:\s+by\s+(?:helicopter|ambulance|air|boat|road))?"
    r"(?:\s+(?:to|in|at|into)\s+(?:a\s+|the\s+|local\s+|nearby\s+)*(?:[A-Z][\w'’-]*\s+(?:(?:of|de|di|du)\s+(?:the\s+)?)?){0,3}(?i:hospitals?|clinics?|infirmary)\b|\s+for\b)",
)
# A sign before a temperature: 'minus 8C', '-8 °C' (not a range's dash, '5-8C').
_BELOW_ZERO = re.compile(r"(?:\b[Mm]inus\s+|(?<![\w.,])[-−])$")


def _below_zero(text: str, match: re.Match, figure: str) -> re.Match | None:
    """The sign told before a temperature's number ('minus 8C', '-8 °C', 'minus six degrees'), when no hedge is between."""
    return _BELOW_ZERO.search(text[: match.start("num")]) if figure.startswith(match.group("num")) else None
# The people a verb before them took there: '(took) 11 people to hospital'.
_SENT_TO_HOSPITAL = re.compile(r"\s+to\s+(?:a\s+|the\s+|local\s+|nearby\s+)*(?:[A-Z][\w-]*\s+){0,3}(?i:hospitals?|infirmary)\b")
# "..., among them four firefighters", "including three children": a part of the count before it.
_AMONG = re.compile(r"\b(?:among them|among whom|including|of whom|of them)\s+(?:(?:" + _HEDGE + r")\s+)?$", re.IGNORECASE)
# Wrongs that leave victims alive: a sentence telling of one (and of no death) counts victims, not the dead.
_WRONGS = re.compile(
    r"\b(?:fraud\w*|defraud\w*|scam\w*|swindl\w*|scheme|ponzi|embezzl\w*|abuse\w*|abused|assault\w*|harass\w*|hack\w*"
    r"|breach\w*|theft|thefts|stolen|robbery|robberies|extortion|ransomware|cyber\w*|phishing|savings|investors?|money)\b",
    re.IGNORECASE,
)
# Words of death in a sentence: its 'victims' are the dead.
_DEATHS = re.compile(r"\b(?:kill\w*|dead|died|dies|die|deaths?|deadly|fatal\w*|bodies|perished|drown\w*|lives)\b", re.IGNORECASE)
# "Eight children were among the 23 dead": a part of the count after it.
_AMONG_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\b", re.IGNORECASE)
# "120,000 of the kettles were sold", "nine of our drivers": a part of a whole counted by the whole's noun.
_OF_THE_NOUN = re.compile(r"\s+of\s+(?:the|its|their|these|those|our|his|her|my|your)\s+([a-z]+)\b(?!\s+(?:of|who|that|which)\b)")
# "Of the new patients, 1,180 were admitted", "Of the 40 people arrested, 12 were charged": the whole a part is of,
# said first, with its count and what befell it or not.
_OF_THE_BEFORE = re.compile(
    rf"(?:^|[.;]\s+)(?:Of|Among) (?:the|these|those|its|their) (?P<count>(?:\d[\d,]*|(?i:{_NUMBER_WORDS})) )?(?:[a-z-]+ )??([a-z]+)(?: [a-z]+ed)?, $"
)
# "Of the 200 passengers, 38 were injured", "38 of the 200 passengers were injured": the figure is the whole
# the part is taken from, and what the rest of the sentence says of the part is not said of it; the part in digits or
# in words ("Three of the 40 passengers were hurt": not 40 hurt), or none ("None of the six crew was hurt": not 6 hurt).
_WHOLE_BEFORE = re.compile(
    rf"(?:(?:^|[.;]\s+)(?:Of|Among)|(?<![\w.,])(?:\d[\d,]*|(?i:{_NUMBER_WORDS})|[Nn]one|[Nn]either)\s+of)\s+(?:(?:{_WHOLE_DETERMINERS}|all)\s+)?$"
)


def the_whole_of_a_part(before: str) -> bool:
    """Is the figure after `before` the whole a part is taken from ('38 of the 200 passengers', 'Of the 200
    passengers, 38 ...', 'None of the three crew')? What its clause says is said of the part, not of it."""
    return _WHOLE_BEFORE.search(before[-60:]) is not None


# "of whom 3,100 were children": what the part is, said after it.
_PART_WAS = re.compile(r"\s+(?:were|are|was|is)\s+([a-z]+)\b(?!\s+(?:by|to|in|at|on|for|from|with)\b)")
# Modifiers that do not change what is counted ("more than 300 other injured people").
_PLAIN_MODIFIERS = frozenset("other more additional further total estimated some new old older".split())
_STATE_NOUNS = frozenset("death dead fatal".split())
# Nouns that count the same thing; the first word names the class.
_SYNONYMS = [
    ("member", {"member", "country", "state", "nation", "government", "member state", "member country", "member nation"}),
    ("killed", {"killed", "dead", "death", "fatality", "life", "body", "victim"}),
    ("injured", {"injured", "wounded", "injury"}),
    ("spectator", {"spectator", "fan", "attendance", "crowd", "audience"}),
    ("protester", {"protester", "protestor", "demonstrator", "marcher"}),
    ("aircraft", {"aircraft", "plane", "airplane", "aeroplane", "helicopter", "jet", "water-bomber", "bomber", "chopper"}),
    ("investor", {"investor", "shareholder", "saver", "depositor", "bondholder"}),
    ("employee", {"employee", "worker", "staff", "staffer", "workforce"}),
    ("job", {"job", "position", "post", "role", "workplace", "redundancy", "layoff", "lay-off", "job cut"}),
    ("home", {"home", "house", "dwelling", "residence", "residential building"}),
    ("store", {"store", "shop", "outlet"}),
    ("firefighter", {"firefighter", "fireman", "firemen", "fire-fighter"}),
    ("prisoner", {"prisoner", "inmate", "convict"}),
    ("customer", {"customer", "user", "subscriber", "shopper"}),
    ("hospitalised", {"hospitalised", "hospitalized", "hospitalisation", "hospitalization", "admission", "hospital admission"}),
]
STRONG_SLOTS = frozenset(
    {"killed", "injured", "missing", "magnitude", "score", "spectator", "protester", "per cent turnout", "prison term",
     "wind speed km/h"}
)


def single_valued(slot: str) -> bool:
    """Slots where two different figures cannot both be true, whatever the sentences around them: a death
    toll, a score, how long ago something began, a party's seats, one person's (or the winner's) time."""
    words = slot.split()
    owned = len(words) > 1 and words[0] in _OWNED and words[-1] != "total"
    return slot in STRONG_SLOTS or slot.startswith(("time since", "prison term ", "per cent vote ", f"{TIMING} ")) or owned


def counts_people(slot: str) -> bool:
    """A count of people by what they are ('patients', 'thieves', 'people'), not by what befell them ('killed')."""
    head = (slot.split() or [""])[0]  # the known ones, and agent nouns: 'robber', 'intruder', 'survivor', 'scientist'
    return head in _PEOPLE_HEADS or len(head) > 5 and head.endswith(("er", "or", "ist", "ian")) and head not in _UNITS


_MEASURE_SLOTS = frozenset(
    {*_UNIT_NAMES.values(), *_UNITS}
    | {"period", "time", "distance", "depth", "height", "altitude", "speed", "wind", "length", "width", "radius",
       "temperature", "rainfall", "magnitude", "aftershock", "score", "half-time", "penalty", "aggregate", "prison"}
)


@lru_cache(maxsize=4096)  # asked of each figure's slot, again for each figure compared with it
def measure_unit(slot: str) -> str:
    """The unit a slot's figures are in ('depth km': km, 'magnitude', a time taken, a length of time in days);
    '' for a count. Figures in two units are never one figure: '10 km' deep is no magnitude 10."""
    words = slot.split()
    if slot.startswith((TIMING, "period", "prison term")):
        return "time"
    return next((w for w in words if w in _MEASURE_UNITS), "")


_MEASURE_UNITS = frozenset({*_UNIT_NAMES.values(), *(_UNITS - _COUNTED_UNITS), "magnitude", "°C", "°F", "knots"})

# Metric units by the base unit of their dimension and how many of it they are: a measure is compared in
# its base unit, so '15,600 kg' and '15.6 tonnes' are one figure. Only units a power of ten apart, which
# convert exactly: miles, feet, pounds (also sterling), ounces, tons (short, long or metric), gallons (US or
# imperial) and barrels are written as rounded conversions, and two roundings of one amount would look
# like a disagreement; litres have no other unit found to compare with, bytes are counted by 1,000 or 1,024.
_BASE_UNITS = {
    "mm": ("m", 0.001), "cm": ("m", 0.01), "m": ("m", 1), "km": ("m", 1000),
    "ha": ("m square", 1e4),  # a hectare is 10,000 m²: '1,260 ha' and '12.6 km²' are one area
    "micrograms": ("kg", 1e-9), "grams": ("kg", 0.001), "kg": ("kg", 1), "tonnes": ("kg", 1000),
    "kW": ("kW", 1), "MW": ("kW", 1000), "GW": ("kW", 1e6),
}


def in_base_unit(quantity: Quantity) -> Quantity:
    """The quantity measured in its dimension's base unit ('2.8 km' long: 2,800 under 'length m'), its
    words as written; a count, a sum or a measure in a unit of its own unchanged."""
    unit = measure_unit(quantity.slot)
    if unit not in _BASE_UNITS or quantity.slot.startswith("amount"):
        return quantity
    base, factor = _BASE_UNITS[unit]
    words = quantity.slot.split()
    factor **= 2 if "square" in words else 3 if "cubic" in words else 1  # a km² is a million m², not a thousand
    slot = " ".join(base if w == unit else w for w in words)
    # 2.8 km is 2,800 m, not 2,800.0000000000005
    value, low, high = (float(f"{v * factor:.12g}") for v in (quantity.value, quantity.low, quantity.high))
    return replace(quantity, slot=slot, value=value, low=low, high=high)


ROUNDED = 0.05  # a converted measure is most often rounded: '22 mph' is 35.4 km/h, told as '35 km/h'
# Units outside the metric system a measure is told in, by the metric base unit (in_base_unit's) and how to convert:
# their conversions are rounded, so they are compared within rounding, not aligned (see _BASE_UNITS).
_IMPERIAL_UNITS = {"ft": ("m", 0.3048, 0), "mi": ("m", 1609.344, 0), "mph": ("km/h", 1.609344, 0), "knots": ("km/h", 1.852, 0),
                   "°F": ("°C", 5 / 9, 32)}


def in_metric(quantity: Quantity) -> tuple[str, float] | None:
    """A measure told in feet, miles, mph, knots or °F as its metric base unit and value ('22 mph': ('km/h', 35.4));
    None for any other."""
    if measure_unit(quantity.slot) not in _IMPERIAL_UNITS:
        return None
    unit, factor, offset = _IMPERIAL_UNITS[measure_unit(quantity.slot)]
    return unit, (quantity.value - offset) * factor

# The dimension a measure's unit (in its base unit, as in_base_unit leaves it) is of: '23 km' and '23 miles' are
# two lengths, and the same number in both is no agreement.
_DIMENSION_OF_UNIT = {
    "m": "length", "mi": "length", "ft": "length", "kg": "mass", "tons": "mass", "pounds": "mass", "ounces": "mass", "oz": "mass",
    "km/h": "speed", "mph": "speed", "m/s": "speed", "acre": "area", "l": "volume", "gallons": "volume", "barrels": "volume",
    "°C": "temperature", "°F": "temperature",
}


def dimension(slot: str) -> str:
    """What a slot's unit measures ('length m', 'river mi': length; 'm square': area); '' for a count or a unit of its own."""
    words = slot.split()
    if measure_unit(slot) and ("square" in words or "cubic" in words):
        return "area" if "square" in words else "volume"
    return _DIMENSION_OF_UNIT.get(measure_unit(slot), "")


# A currency as its family and, when the words say which, its code: '$' is any dollar, 'C$' and 'CAD' the Canadian one
# ('$9.6 million' in a Canadian paper is no other currency than 'CAD 12.1 million'); 'CHF' and '€' two families, and so
# are 'PLN' and 'HUF': every currency is known by what it is, whether said as a code, a symbol or a word.
_CURRENCY_NAMED = re.compile(rf"(?:{_CURRENCY})|(?:{_SYMBOL_AFTER})|{_CURRENCY_WORDS}", re.IGNORECASE)
# The families whose name alone ('$', 'kr', 'crowns', 'pesos') may be any of their currencies; a code not here is a
# family of its own.
_FAMILY_CODES = {
    "dollar": "USD CAD AUD NZD HKD SGD TWD", "crown": "SEK NOK DKK CZK", "peso": "MXN ARS CLP COP PHP",
    "rupee": "INR PKR LKR NPR", "shilling": "KES UGX TZS", "pound": "GBP EGP", "yen": "JPY CNY", "franc": "CHF RWF",
    "dinar": "KWD TND", "riyal": "SAR QAR OMR", "dirham": "AED",
}
_FAMILY_OF_CODE = {code: family for family, codes in _FAMILY_CODES.items() for code in codes.split()}
# What a currency is said as (a symbol, a word, its country's adjective; a code is itself), as its code, or as its
# family where the words name no one currency of it.
_CURRENCY_SAID = {
    "$": "dollar", "dollar": "dollar", "us": "USD", "u.s.": "USD", "american": "USD", "c": "CAD", "canadian": "CAD",
    "a": "AUD", "australian": "AUD", "nz": "NZD", "new zealand": "NZD", "hk": "HKD", "hong kong": "HKD", "s": "SGD",
    "singapore": "SGD", "€": "EUR", "euro": "EUR", "£": "GBP", "pound": "GBP", "pounds sterling": "GBP", "swiss": "CHF",
    "franc": "franc", "kr": "crown", "crown": "crown", "kroner": "crown", "kronor": "SEK", "krona": "SEK", "swedish": "SEK",
    "norwegian": "NOK", "danish": "DKK", "czech": "CZK", "korun": "CZK", "koruna": "CZK", "koruny": "CZK", "kč": "CZK",
    "zł": "PLN", "zloty": "PLN", "forint": "HUF", "lei": "RON", "leva": "BGN", "rouble": "RUB", "ruble": "RUB", "₽": "RUB",
    "hryvnia": "UAH", "₴": "UAH", "lira": "TRY", "₺": "TRY", "turkish": "TRY", "shekel": "ILS", "₪": "ILS",
    "dirham": "dirham", "dinar": "dinar", "ringgit": "MYR", "baht": "THB", "฿": "THB", "won": "KRW", "₩": "KRW",
    "korean": "KRW", "rupiah": "IDR", "dong": "VND", "₫": "VND", "naira": "NGN", "₦": "NGN", "n": "NGN", "₵": "GHS",
    "gh¢": "GHS", "gh₵": "GHS", "shilling": "shilling", "sh": "shilling", "shs": "shilling", "ksh": "KES", "kshs": "KES",
    "ush": "UGX", "ushs": "UGX", "tsh": "TZS", "tshs": "TZS", "taka": "BDT", "tk": "BDT", "rupee": "rupee", "rs": "rupee",
    "₹": "INR", "indian": "INR", "peso": "peso", "₱": "PHP", "mexican": "MXN", "chilean": "CLP", "sole": "PEN",
    "r$": "BRL", "reais": "BRL", "brazilian": "BRL", "r": "ZAR", "rand": "ZAR", "south african": "ZAR", "¥": "yen",
    "yen": "JPY", "japanese": "JPY", "yuan": "CNY", "renminbi": "CNY", "chinese": "CNY", "rmb": "CNY", "bitcoin": "BTC",
    "ether": "ETH",
}


def currency_of(words: str) -> tuple[str, str]:
    """The currency a sum's words name, as (family, code): ('franc', 'CHF') for 'CHF 30,000', ('EUR', 'EUR') for
    '€30,000' or '30,000 euros', ('dollar', '') for '$9.6 million', ('PLN', 'PLN') for '30,000 zł'; ('', '') for a sum
    that names none."""
    named = _CURRENCY_NAMED.search(words)
    if named is None:
        return "", ""
    said = named.group(0).lower().rstrip(".")
    key = said.removesuffix("$") if said.endswith("$") and said not in ("$", "r$") else said
    if named.group(1):  # a currency's word, perhaps with its country's: 'Swiss francs', '85 million reais'
        word = named.group(1).lower()
        country = said[: -len(word)].strip()
        key = country if country in _CURRENCY_SAID else word if word in _CURRENCY_SAID else word.removesuffix("s")
    code = _CURRENCY_SAID.get(key) or key.upper()
    return (code, "") if code in _FAMILY_CODES else (_FAMILY_OF_CODE.get(code, code), code)


def same_currency(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two sums' currencies may be one: either names none, or one family with at most one code said ('$' / 'CAD')."""
    return not a[0] or not b[0] or a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


def what_befell(word: str) -> str | None:
    """What a word says befell people, as a slot ('hurt' -> 'injured', 'KILLED' -> 'killed'); None when it says nothing of it."""
    return _STATES.get(word.lower())


def counts_things(slot: str) -> bool:
    """A count of people or things ('passenger', 'runner'), not a measure in a unit ('km', 'period closure')."""
    head = slot.split()[0] if slot else ""
    return bool(head) and head not in _MEASURE_SLOTS and lemma(head) not in _MEASURE_SLOTS


# Nouns of a figure that say nothing of what it measures: a sum, a share, a comparison ("10 per cent more").
SAY_NOTHING = frozenset({"amount", "sum", "per cent", "more", "less"})


@dataclass(frozen=True)
class Quantity:
    sentence: Sentence
    words: str  # the figure as written, with its hedge: "at least 14", "$65 billion", "more than a year"
    noun: str  # what it counts, as written: "repaired German Leopard 2 battle tanks"; "" for a score
    slot: str  # what it is a figure of, for aligning sources: "tank leopard 2", "killed", "score"
    value: float
    low: float
    high: float
    part: str = ""  # ", of which 21 shot down"
    label: str = ""  # what it is when its noun says nothing ('population' for 'a city of 78,000 people'), else ""

    @property
    def shown(self) -> str:
        return self.words + self.part

    @property
    def around(self) -> tuple[str, str] | None:
        """The sentence's words before the figure's and after them; None when the sentence does not hold them as written."""
        text = self.sentence.text
        at = text.find(self.words)
        return (text[:at], text[at + len(self.words) :]) if at >= 0 else None

    @property
    def shown_with_unit(self) -> str:
        """As shown, with the unit of length, area, mass... its source glued to it when the words leave it out ('64' of
        'a 64-mile swim': '64-mile', '12' of 'a 12-hectare plot': '12-hectare', a glued unit said in the singular), so
        that two sides of a measure in dispute each show the unit their sources wrote, not '12 / 12'."""
        text = self.sentence.text
        at = text.find(self.shown)
        glued = _GLUED_UNIT.match(text, at + len(self.shown)) if at >= 0 and measure_unit(self.slot) not in ("", "time", *_COUNTED_UNITS) else None
        return self.shown + glued.group(0) if glued and {glued.group(1).lower(), glued.group(1).lower() + "s"} & _UNITS else self.shown

    @property
    def hedged(self) -> bool:
        """Said with a hedge ('about 17 minutes'): a less exact statement of a figure than '17 minutes'."""
        return _HEDGED.match(self.words) is not None


_GLUED_UNIT = re.compile(r"-([A-Za-z]+)\b")  # 'a 64-mile swim'


# A count told without its noun, a sentence before having named what it counts: 'Three of them are in serious
# condition', 'about 380 of them', 'two of whom died'; at the head of a sentence, 'Four were treated at the scene', 'The
# four were brought out'. No figure of its own (what it counts is not in its sentence): it may restate another source's.
_COUNT_OF_THEM = re.compile(rf"(?<![\w.,])(?P<words>(?:(?:{_HEDGE})\s+)?(?P<num>\d[\d,]*|{_NUMBER_WORDS}))(?=\s+of\s+(?:them|whom)\b)", re.IGNORECASE)
_COUNT_LEADING = re.compile(
    rf"(?:(?:The|All)\s+)?(?P<words>(?P<num>\d[\d,]*|{_NUMBER_WORDS}))(?=\s+(?:were|are|was|is|remain|remained|remains|died|suffered|sustained|needed)\b)",
    re.IGNORECASE,
)
_CLAUSE_REST = re.compile(r"[^.;:]*")


def counts_without_noun(text: str) -> list[tuple[str, float, str]]:
    """The counts a sentence tells without their noun (_COUNT_OF_THEM, _COUNT_LEADING): each as written, its value, and
    the rest of its clause, which says what befell or became of them; no year ('2026 was')."""
    found = [m for m in (_COUNT_LEADING.match(text),) if m] if text[:1].isdigit() or text[:1].isupper() else []
    if " of them" in text or " of whom" in text:
        found += [m for m in _COUNT_OF_THEM.finditer(text) if not found or m.start() > found[0].end()]
    counts = []
    for match in found:
        raw = match.group("num")
        if not re.fullmatch(r"(?:1[89]|20)\d\d", raw):
            rest = _CLAUSE_REST.match(text, match.end())
            counts.append((match.group("words"), _numeral(raw), rest.group(0) if rest else ""))
    return counts


def lengths_of_time(text: str) -> list[tuple[str, float]]:
    """Every length of time a sentence says (_PERIOD), news or not ('Power returned after 52 minutes', 'every 9.7
    days'): each as written and its length in days; the figure reader boxes only those it knows what they are of."""
    if not (may_contain(text, _PERIOD_UNIT_WORDS) and _PERIOD_UNIT.search(text)):
        return []
    return [(match.group(0).strip(), _period_length(match)[0]) for match in _PERIOD.finditer(text)]


def find_quantities(sentence: Sentence) -> tuple[Quantity, ...]:
    """The figures a sentence states, read once per wording (`_figures_of_wording`) and given to this sentence."""
    return tuple(replace(q, sentence=sentence) for q in _figures_of_wording(sentence.text, sentence.index < LEAD))


@lru_cache(maxsize=1 << 15)
def _figures_of_wording(text: str, lead: bool) -> tuple[Quantity, ...]:
    """The figures of a sentence's words, read from the first sentence worded so (a lead's or not: the only thing
    of the sentence but its words they depend on). Kept in the process by wording: a big story's sources repeat
    wire copy word for word, and the live preview analyses an edited event again and takes its unchanged sentences'
    figures as they were (the cache holds the sentences of an event of about a thousand sources)."""
    sentence = Sentence("", 0 if lead else LEAD, 0, text)
    return tuple(_as_ahead(_as_a_limit(_of_a_body(_with_the_one_before(q)))) for q in _quantities(sentence))


# A body of people counted by its members ('a jury of five people', 'the seven-member board', 'a crew, made up of 12
# people'): a count of members of that body ('member jury'), which members said with no body may be ('three of the
# seven members'), not people at large: two bodies' counts ('a jury of five people', 'a press pool of four members'),
# or a body's and people's, are never one count in dispute.
_BODIES = (
    "jury|juries|panel|crew|team|board|committee|delegation|squad|pool|council|commission|cabinet|tribunal|choir|band"
    "|orchestra|cast|family|gang|cell|patrol|unit|syndicate"
)
_MEMBERS = frozenset("people person persons member members strong man woman".split())
_BODY_BEFORE = re.compile(
    rf"\b({_BODIES})(?:\s*,)?\s+(?:of|made up of|consisting of|comprising|numbering)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE
)
_BODY_AFTER = re.compile(rf"^-?(?:member|strong|man|woman|person)\s+(?:[a-z-]+\s+)?({_BODIES})\b", re.IGNORECASE)


def _of_a_body(quantity: Quantity) -> Quantity:
    if (quantity.noun.split() or [""])[-1].lower() not in _MEMBERS:
        return quantity
    around = quantity.around
    body = _BODY_BEFORE.search(around[0]) or _BODY_AFTER.match(around[1]) if around else None
    if body is None:
        return quantity
    members = f"{body.group(1)} members"
    return replace(quantity, noun=members, slot=f"member {lemma(body.group(1).lower())}", label=members)


# What a rule or a thing allows at most, in the figure's clause right before its 'up to': 'carries a sentence of up
# to', 'restricted to lorries of up to', 'holds up to', 'is allowed to store up to'; not 'waves of up to' (what
# happened), nor 'could', 'may' or 'might' (what may have happened: 'may have killed up to 200').
_ALLOWS_UP_TO = re.compile(
    r"\b(?:can|cannot|allowed|allows?|permitted|permits?|licen[cs]ed|carries|carry|holds?|restricted|limited|capped"
    r"|punishable|faces?|entitled)\b[^,;:()]*$",
    re.IGNORECASE,
)
CAPACITY = "capacity"  # the slot of how many people or things a place or a vehicle holds, whatever it counts them by
_CAPACITY_BEFORE = re.compile(r"\bcapacity\s+of\s+$", re.IGNORECASE)  # 'with a capacity of 9,600 spectators'
_CAPACITY_AFTER = re.compile(r"-(seat|seater|bed)\b", re.IGNORECASE)  # 'the 9,600-seat arena', 'a 300-bed hospital'


def _as_a_limit(quantity: Quantity) -> Quantity:
    """A figure that is the most a rule or a thing allows is labelled so: 'maximum prison sentence' for 'carries a
    prison sentence of up to 12 years', 'maximum weight (tonnes)' for 'restricted to lorries of up to 3.5 tonnes',
    'capacity (seats)' for 'the 9,600-seat arena': a limit, not what happened. A count a place or a vehicle holds has
    the one slot 'capacity', whatever it is counted by ('9,600-seat', 'a capacity of 9,600 spectators'), so it neither
    disputes nor stands for the count of those who were there ('some 38,000 people'); a maximum keeps its slot."""
    if quantity.around is None:
        return quantity
    before, after = quantity.around
    said = quantity.label or quantity.noun
    seats = _CAPACITY_AFTER.match(after)
    if seats:
        return replace(quantity, slot=CAPACITY, label=f"capacity ({seats.group(1).lower().removesuffix('er')}s)")
    if not said or said.startswith(("maximum", "capacity")):
        return quantity
    if _CAPACITY_BEFORE.search(before):
        return replace(quantity, slot=CAPACITY if counts_things(quantity.slot) else quantity.slot, label=f"capacity ({said})")
    if quantity.words.lower().startswith("up to ") and _ALLOWS_UP_TO.search(before):
        return replace(quantity, label=f"maximum {said}")
    classed = _CLASSED_BEFORE.search(before) if measure_unit(quantity.slot) and _CLASS_BOUND.match(quantity.words) else None
    if classed and classed.group(1).lower() not in _VERBS_OF_A_MEASURE and not _SUBJECT_BEFORE.search(before[: classed.start()]):
        return replace(quantity, low=quantity.value, high=quantity.value)  # 'lorries over 7.5 tonnes': the bound is 7.5
    return quantity


def class_bound(quantity: Quantity) -> str:
    """Which way a figure said as a bound points ('over 7.5 tonnes', 'more than 7.5 tonnes': 'above'; 'under 12
    metres': 'below'), '' for a figure said otherwise."""
    bound = _CLASS_BOUND.match(quantity.words)
    return "" if bound is None else "below" if bound.group(0).lower().startswith(("under", "below", "less")) else "above"


# A measure bounding a class of things named right before it ('vehicles over 7.5 tonnes', 'boats under 12 metres'): the
# bound a rule draws, exactly the figure, not a hedge of it, so it agrees with 'lorries heavier than 7.5 tonnes'. Not
# after a verb ('weighs over 7.5 tonnes', 'costs over', 'runs over': a hedge).
_CLASS_BOUND = re.compile(r"(?:over|under|above|below|more than|less than)\s", re.IGNORECASE)
_CLASSED_BEFORE = re.compile(r"\b([a-z]{3,}[^su\W]s)\s+$", re.IGNORECASE)  # a plural: 'lorries', 'boats'; not 'class', 'bus'
_VERBS_OF_A_MEASURE = _SIZING_VERBS | frozenset("weighs costs lasts takes totals exceeds holds carries".split())
# What goes before a verb in the present, not before a class: an adverb or a pronoun ('a summer storm rarely brings
# more than 80 km/h', 'which brings'): 'brings' there is no plural.
_SUBJECT_BEFORE = re.compile(r"\b(?:[a-z]{3,}ly|often|never|always|seldom|sometimes|also|still|it|he|she|this|that|which|who)\s+$", re.IGNORECASE)


# A figure its clause says is not what is or was but what is planned, aimed at or forecast: 'wants to build up to
# 2,000 flats' (planned), 'raised its output target to 900 tonnes', 'the bank targets 2% inflation', 'a 3% target'
# (target), 'the outlook sees prices rising 4%', 'a gap of £8m projected for 2028', '80 mm more in the next 24 hours'
# (forecast). Not 'expects' alone ('expects the law to bring in €3bn', 'expects rates to stay at 3%': what the event
# is about), nor 'targeted' (an attack's), nor a clause set apart from the figure by a comma.
AHEAD = re.compile(r" \((target|forecast)\)$")  # the end of such a figure's slot
_IN_CLAUSE = r"(?:[^,;:()]|(?<=\d),(?=\d))"  # a character of the clause ('from 1,500 to' is one)
_PLANNED_BEFORE = re.compile(
    r"\b(?:plans?|planned|planning|wants?|wanted|wanting|aims?|aimed|aiming|intends?|intended|intending|hopes?|hoped|hoping)"
    r"\s+to\s+[a-z]+\s+(?:(?:a|an|the|another|some|its|their)\s+)?$",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(rf"\btargets?\b{_IN_CLAUSE}*$", re.IGNORECASE)
_FORECAST_BEFORE = re.compile(
    rf"\b(?:forecasts?|projections?|predictions?|outlook)\b{_IN_CLAUSE}*$"
    rf"|\b(?:forecast|projected|predicted|expected|set)\s+to\s+(?:grow|rise|fall|drop|increase|decrease|decline|shrink|climb|reach|hit|top|exceed)\b{_IN_CLAUSE}*$",
    re.IGNORECASE,
)
_AHEAD_AFTER = re.compile(
    rf"^(?:{_IN_CLAUSE}{{0,25}}?\b(?:(?P<forecast>projected|forecast|predicted)|(?P<target>targets?))\b"
    rf"|{_IN_CLAUSE}{{0,60}}?\b(?:in|over|during|within)\s+the\s+(?:next|coming)\b)",
    re.IGNORECASE,
)


def _as_ahead(quantity: Quantity) -> Quantity:
    """A planned, aimed at or forecast figure says so in its label. A target or a forecast has a slot of its own, so
    that it neither stands for nor disputes what is or was ('a target of 1,800 tonnes' against '1,500 tonnes mined');
    a plan keeps its slot: what it plans to do is the news ('plans to shed 520 posts' against '640 jobs would go')."""
    if quantity.slot.endswith(EARLIER) or OF_A_YEAR.search(quantity.slot) or quantity.slot == CAPACITY or quantity.label.startswith("maximum"):
        return quantity
    if quantity.around is None:
        return quantity
    before, after = quantity.around[0], quantity.around[1][len(quantity.part) :]
    later = _AHEAD_AFTER.match(after)
    if _PLANNED_BEFORE.search(before):
        ahead = "planned"
    elif _TARGET_BEFORE.search(before) or later and later.group("target"):
        ahead = "target"
    elif _FORECAST_BEFORE.search(before) or later:
        ahead = "forecast"
    else:
        return quantity
    if {ahead, "forecast", "projected"} & set(quantity.slot.split()):
        return quantity  # 'a 3% target': the slot says it already
    if ahead == "planned":  # what a plan does is the event's news: '520 posts' a firm plans to shed are the jobs lost
        said = quantity.label or (f"number of {quantity.noun}" if counts_things(quantity.slot) else quantity.noun)
        return replace(quantity, label=f"{said} (planned)")
    return replace(quantity, slot=f"{quantity.slot} ({ahead})")


# "the Harbour guitar and 47 other lots": one thing named, then the count of the others of its kind.
_ONE_AND_OTHERS = re.compile(r"\b((?:the|a|an|his|her|its|their)\s+[^,;:()]{1,40}?)\s+and\s+$", re.IGNORECASE)


def _with_the_one_before(quantity: Quantity) -> Quantity:
    """A count of 'other' things after one thing named ('the captain and 20 other crew members') counts that one
    too: 21 crew members, as another source counts them. Not after a count ('two guards and three other people')."""
    around = quantity.around
    named = _ONE_AND_OTHERS.search(around[0]) if around and quantity.noun.lower().startswith("other ") else None
    if named is None or re.search(r"\d|\b(?:" + _NUMBER_WORDS + r")\b", named.group(1), re.IGNORECASE):
        return quantity
    return replace(quantity, value=quantity.value + 1, low=quantity.low + 1, high=quantity.high + 1)


def _quantities(sentence: Sentence) -> list[Quantity]:
    text = sentence.text
    taken = [m.span() for m in date_matches(text)]
    found: list[Quantity] = []
    if " ago" in text or "-old" in text:
        for match in _DURATION.finditer(text):
            if not _is_age(text, match) and not _WHEN_EARLIER.search(text[: match.start()]):
                found.append(_duration(sentence, match))
            taken.append(match.span())
    for match in _PERIOD.finditer(text) if may_contain(text, _PERIOD_UNIT_WORDS) and _PERIOD_UNIT.search(text) else ():
        if not _overlaps(match.span(), taken):
            period = _period(sentence, match)
            if period is not None:
                found.append(period)
                taken.append(match.span())
    if may_contain(text, _VOTING_WORDS) and _VOTING.search(text):
        tallies = []
        for match in _TALLY.finditer(text):
            tally = _tally(sentence, match, bool(tallies))
            if tally is not None and not _overlaps(match.span(), taken):
                tallies.append((match, tally))
                taken.append(match.span())
        found.extend(_sides_named(text, tallies))
    if may_contain(text, _SCORE_WORDS) and _SCORE_CONTEXT.search(text):
        for match in _SCORE.finditer(text):
            if not _overlaps(match.span(), taken):
                found.append(_score(sentence, match))
                taken.append(match.span())
    for match in _TIMING.finditer(text) if ":" in text else ():
        if not (match.group(1) or match.group(4)) or not match.group(1) and int(match.group(2)) > 59:
            continue  # "at 10:30": a time of day
        hours, minutes, seconds = (int(match.group(n) or 0) for n in (1, 2, 3))
        value = hours * 3600 + minutes * 60 + seconds + float("0" + (match.group(4) or ""))
        record = _RECORD_BEFORE.search(text[: match.start()])
        if record:  # "the previous course record of 2:09:31": the record's time, not a time run in the race
            said = " ".join(record.group(1).lower().split())
            which = " ".join(w for w in said.split() if w not in ("previous", "old", "former", "existing", "new"))
            found.append(Quantity(sentence, match.group(0), said, f"{TIMING} {which}", value, value, value))
        else:
            placed = _placed(text[: match.start()], text[match.end() :])
            found.append(Quantity(sentence, match.group(0), TIMING, f"{TIMING} {placed}".strip(), value, value, value))
        taken.append(match.span())
    for ordinal, span in _ordinals(sentence):
        if not _overlaps(span, taken):
            found.append(ordinal)
            taken.append(span)
    subcounts = [
        m for m in (_SUBCOUNT.finditer(text) if _PART_OF.search(text) else ())
        if not _overlaps(m.span("num"), taken) and (_set_apart_by(m)[0] or _befell_part(m))
    ] + [  # "Of the investors, 300 were pensioners": a part named by its own noun is _count's, with the whole's
        m for m in (_SUBCOUNT_AFTER_WHOLE.finditer(text) if any(map(text.__contains__, _SUBCOUNT_AFTER_WHOLE_WORDS)) else ())
        if not _overlaps(m.span("num"), taken) and (_set_apart_by(m)[1] or _befell_part(m))
    ] + [
        m for m in (_SUBCOUNT_ELIDED.finditer(text) if may_contain(text, _SUBCOUNT_ELIDED_WORDS) else ())
        if not _overlaps(m.span("num"), taken)
    ]
    taken += [m.span("num") for m in subcounts]
    at: dict[int, Quantity] = {}  # where each figure starts, for the sub-counts' wholes
    matches = list(_figures(text))
    for match, following in zip(matches, matches[1:] + [None]):
        if _overlaps(match.span("num"), taken):
            continue
        quantity = _range(sentence, match, following, tuple(at[k] for k in sorted(at)))
        if quantity is not None:  # "between 1,500 and 1,800 people": one figure, its top told by what follows
            taken.append((match.start(), following.end()))
        else:
            quantity = _count(sentence, match, tuple(at[k] for k in sorted(at)))
        if quantity is None:
            continue
        quantity = _with_the_nouns_coordinated(quantity, text[match.end() :])
        part = _part_of(text, match.end())
        if part:
            quantity = Quantity(**{**quantity.__dict__, "part": part[0]})
            taken.append(part[1])
        earlier = [at[k] for k in sorted(at) if at[k].slot in STATE_SLOTS]
        if earlier and _AMONG.search(text[: match.start()]) and quantity.slot not in STATE_SLOTS:
            state = earlier[-1].slot  # "Nine people were injured, among them four firefighters": injured firefighters
            quantity = Quantity(**{**quantity.__dict__, "noun": f"{quantity.noun} {state}", "slot": f"{state} {quantity.slot}"})
        found.append(quantity)
        at[match.start()] = quantity
    ones = [m for m in (_ONE.finditer(text) if "ne " in text else ()) if not _overlaps((m.start(), m.start() + 3), [f.span() for f in matches])]
    found += [q for q in map(partial(_one_befallen, sentence), ones) if q is not None]  # not 'one hundred', 'a hundred and one'

    for match in sorted(subcounts, key=lambda m: m.start("num")):
        told = [k for k in at if k < match.start()]  # "Of the injured, 23 were taken to hospital, six of them ...": of the 23
        whole = at[max(told)] if not match.group("whole") and told else None
        if match.re is _SUBCOUNT_ELIDED and (whole is None or whole.slot not in _STATES.values()):
            continue  # "30 passengers, two badly hurt": only a count of what befell people is told so
        subcount = _subcount(sentence, match, whole)
        if subcount is not None:
            found.append(subcount)
            at[match.start("num")] = subcount
    return found


# "more than 60 firefighters, divers and police officers", "40 tents and caravans": a count of things listed after it,
# each a plural with no determiner of its own, the list ending its phrase (not "12 people and the driver", not "killed
# 12 people and injured dozens", not "cut 300 jobs and sales fell").
_COORDINATED = re.compile(r"((?:,\s+(?:[a-z]+\s+(?=[a-z]+s\b))?[a-z]+s)*,?\s+(?:and|or)\s+(?:[a-z]+\s+(?=[a-z]+s\b))?[a-z]+s)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:were|are|had|have|will|would|could|in|on|at|from|to|of|for|with|between|across|during|after|by|who|that|which|near)\b)"
)


def _with_the_nouns_coordinated(quantity: Quantity, after: str) -> Quantity:
    """A count of things whose noun is the first of plurals listed with 'and' or 'or' after the figure: a count of
    all of them, so its noun names them all (its slot, for aligning sources, stays the first's)."""
    if quantity.label or not quantity.noun or not counts_things(quantity.slot) or not _plural(quantity.noun.split()[-1]):
        return quantity
    said = re.match(rf"\s+{re.escape(quantity.noun)}", after)
    listed = _COORDINATED.match(after, said.end()) if said else None
    if listed is None:
        return quantity
    items = [w for w in re.split(r",\s+|\s+", listed.group(1)) if w and w not in ("and", "or")]
    if any(w in _STOP or w.endswith(("ed", "ing", "ly")) or not w[:1].islower() for w in items) or not _plural(items[-1]):
        return quantity
    return replace(quantity, noun=quantity.noun + listed.group(1))


# What befell people that makes a toll of one worth telling: one dead, one missing, one injured ('One climber was
# rescued' says no count).
_TOLLS = frozenset({"killed", "missing", "injured"})
# "One worker died", "killed one worker", "one person is still missing": one person something befell, up to two words
# between 'one' and its noun. 'One' alone is otherwise no count ("one of the", "one reason").
_ONE = re.compile(r"(?<![\w-])[Oo]ne\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b")


def _one_befallen(sentence: Sentence, match: re.Match) -> Quantity | None:
    """A toll of one: 'one' before a noun of a person whose clause says they died, are missing or were hurt ('killed
    one worker', 'One man died', 'leaving one resident missing', 'one employee ... lost his life')."""
    words = re.findall(r"[a-z-]+", match.group(1))
    heads = [end for end in range(1, len(words) + 1) if lemma(words[end - 1]) in _PEOPLE_HEADS]
    end = heads[0] if heads else 0
    while end in heads and end + 1 in heads:  # "one police officer": the officer
        end += 1
    noun = " ".join(words[:end])
    if not noun or set(words[:end]) & _STOP:
        return None
    text = sentence.text
    state_before = _STATE_BEFORE.search(text[: match.start()][-60:])
    slot = _slot(noun, (_said_state(state_before) + " " if state_before else "") + text[match.start(1) :][:160])
    if slot.split()[0] not in _TOLLS:
        return None
    return Quantity(sentence, match.group(0).split()[0], noun, slot, 1.0, 1.0, 1.0)


_ORDINAL_WORDS = {
    word: n for n, word in enumerate(
        """third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
        sixteenth seventeenth eighteenth nineteenth twentieth""".split(), start=3
    )
} | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
     "hundredth": 100}
# "the 62nd flight", "its fifth day", "ISRO's 3rd launch this year": which one of a series it is. Not "first" or
# "second" (the first time, the second half), nor "a third of" (a share), "May 3rd", "the 19th century".
_ORDINAL = re.compile(
    r"(?:\b(?i:the|its|his|her|their|this|our)\s+|[’']s\s+)"
    r"(?P<num>(?<![\w.,])\d+(?:st|nd|rd|th)|(?i:" + "|".join(_ORDINAL_WORDS) + r"))"
    r"\s+(?P<noun>[a-z]{3,}(?:\s+(?![a-z]+(?:ed|ly)\b)[a-z]{3,})?)\b"
)
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)")  # in each match of _ORDINAL, or one of _ORDINAL_WORDS is
# What one of _ORDINAL_WORDS holds, for the pre-check: the words themselves, those of 13 to 19 and of the tens by
# their common endings ("thirteenth" holds "teenth", "twentieth" "ieth"), so that fewer words are looked for.
_ORDINAL_WORD_PARTS = tuple(dict.fromkeys(
    next((end for end in ("teenth", "ieth") if word.endswith(end)), word) for word in _ORDINAL_WORDS
))
_NOT_SERIES = frozenset("century centuries time times half quarter of".split())


def _ordinals(sentence: Sentence) -> list[tuple[Quantity, tuple[int, int]]]:
    """Ordinal figures, with the span of their number."""
    found = []
    text = sentence.text
    if not _ORDINAL_DIGITS.search(text) and not may_contain(text, _ORDINAL_WORD_PARTS):
        return found  # no ordinal: most sentences
    for match in _ORDINAL.finditer(text):
        raw, noun = match.group("num"), match.group("noun")
        words = noun.split()
        if len(words) == 2 and (words[1] in _STOP or words[1] in SPEECH_VERBS or _plural(words[0])):
            words = words[:1]  # "the third year in January", "its third case said"
        noun, head = " ".join(words), words[-1]
        if head in _STOP or words[0] in _STOP or _NOT_SERIES.intersection(words):
            continue
        digits = re.match(r"\d+", raw)
        value = float(digits.group(0)) if digits else float(_ORDINAL_WORDS[raw.lower()])
        quantity = Quantity(sentence, raw, noun, f"ordinal {_slot(noun, '')}", value, value, value)
        found.append((quantity, match.span("num")))
    return found


# How long a deed took or will take, with any hedge ('lasted about', 'will take up to', 'takes at least'); plain 'take'
# only after 'to' or a modal ('is expected to take', 'will take'). Not plain 'last' ('the closure will last two weeks'):
# the sentence is most often a claim an editor lists, which a figure of it would take out of the box.
_TOOK = re.compile(
    r"\b(?:lasted|lasts|took|takes|(?:to|will|would|could|can|may|might|must|should)\s+(?:only\s+)?take)\s+"
    rf"(?:(?:{_HEDGE})\s+)?$"
)


def _period(sentence: Sentence, match: re.Match) -> Quantity | None:
    """A length of time that is news ('four years in prison', 'an 18-month suspended sentence', 'a suspended
    sentence of 18 months', 'the trial lasted 23 days', 'will stay closed for five days'), named by what
    it is the length of; 'in the past two years' and the like are none."""
    text = sentence.text
    before, after = text[: match.start()], text[match.end() :]
    noun = label = deed = ""  # deed: the active deed with what it was done to, shown, not compared ('halted the stage for')
    hyphenated = re.match(r"-(?P<unit>year|month|week|day|hour|season)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)", text[match.start("unit") - 1 : match.end() + 40])
    if hyphenated and text[match.start("unit") - 1] == "-":
        noun = " ".join(w for w in hyphenated.group("noun").split() if w not in _STOP)
        noun = " ".join(noun.split()[: 1 + (noun.split()[-1:] != noun.split()[:1] and not _is_noun_end(noun.split()[0]))])
    elif _asked_in_court(sentence, before, after):
        noun = "prison term sought"  # "prosecutors had sought 15 years", "the nine years sought by": not the sentence given
    elif re.match(r"\s+(?:in|behind)\s+(?:prison|jail|bars)\b", after) or _SENTENCED.search(before) or _JAILED_FOR.search(before):
        noun = "prison term"
    elif re.search(r"\b(sentence|term|ban|closure|suspension|delay|strike|curfew|period|extension|contract|deal|lease|loan|mandate)\s+of\s+$", before):
        noun = " ".join(re.findall(r"([a-z]+\s+)?([a-z]+)\s+of\s+$", before)[0]).strip()
        noun = " ".join(w for w in noun.split() if w not in _STOP)
    elif _PREVIOUS_RECORD_BEFORE.search(before[-40:]):
        noun = _PREVIOUS_RECORD  # "The old record, 6 days and 14 hours,": the time a new record beat
    elif match.group("unit").lower() in ("second", "minute", "hour") and re.match(r"\s+(?:later|after)\b", after):
        since = re.match(r"\s+after\s+(?:(?:the|its|his|her|their|your|our|a|an)\s+)?([a-z][\w-]*)", after)
        noun = f"time after {since.group(1)}" if since else "time after"  # "17 minutes after lift-off", "... later"
    elif re.match(r"\s+(?:ahead of|behind|clear of)\b", after):
        noun = "margin"  # "eleven seconds ahead of Tadesse"
        label = _ahead_of(after)
    elif _IN_OFFICE.match(after) or _IN_OFFICE_FOR.search(before):  # "19 months in office", "in power for four years"
        noun = "time " + (_IN_OFFICE.match(after) or _IN_OFFICE_FOR.search(before)).group(1).lower()
    elif _DURATION_OF.search(before):  # "The total duration of the incident was 11 hours and 28 minutes"
        noun = "duration"
    elif _DONE_WITHIN.search(before) and (lambda d: (d.group(1) or d.group(2)).split()[0] not in _STOP)(_DONE_WITHIN.search(before)):
        done = _DONE_WITHIN.search(before)  # not "were on site within six minutes": 'on' is no deed
        noun = (done.group(1) or done.group(2)) + " within"
        label = _undergone(before, done.start(1) if done.group(1) else done.start(2), noun)
        deed = "" if label else _deed(before, "within")
    elif took := _TOOK.search(before):
        clauses = _CLAUSE_BREAK.split(before[: took.start()])
        noun = _subject(clauses[-1], len(clauses) == 1)  # 'the journey to Mombasa takes about five hours': the journey
        if not noun and len(clauses) > 2 and re.match(r"\s*(?:which|who)\b", clauses[-2]):
            noun = _subject(clauses[-3], len(clauses) == 3)  # 'the repair, which needs a cable ship, will take': the repair
        label = f"duration of the {noun}" if noun else ""  # not 'journey' alone: how long it took
    else:
        done = re.search(r"\b([a-z]+ed|closed|shut|lost|banned|barred|suspended|jailed)\b(?:\s+(?:its|their|his|her)\s+([a-z]+))?[^,.;]{0,40}?\bfor\s+(?:" + _HEDGE + r")?\s*$", before)
        stayed = None if done else _STAYED_FOR.search(before)  # "would stay in Montréal for at least ten years"
        if done:
            noun = " ".join(w for w in (done.group(1), done.group(2) and f"its {done.group(2)}", "for") if w)
            label = _undergone(before, done.start(1), noun)
            deed = "" if label else _deed(before, "for")
        elif stayed and (stayed.group(1) or stayed.group(2)) not in _STOP:
            noun = f"{stayed.group(1) or stayed.group(2)} for"
            label = _said_of(before[: stayed.start()], noun)  # 'The power was off for': power off for, not 'off for'
        elif (modal := _WILL_DO_FOR.search(before)) and modal.group(1) not in _STOP:
            noun = f"{past_participle(modal.group(1)) or modal.group(1)} for"  # 'would pause for': as 'paused filming for' is
            deed = _deed(before, "for")
        elif sentence.index < LEAD and match.group("unit").lower() in ("hour", "day", "minute") and re.search(rf"\bfor\s+(?:(?:{_HEDGE})\s+)?$", before):
            noun = "duration"  # "disrupted services ... for 11 and a half hours" in a report's lead: how long the event lasted
    if noun in _PRISON_TERMS and _asked_in_court(sentence, before, text[match.end() + len(noun) + 1 :]):
        noun = "prison term sought"  # "prosecutors had requested a nine-year sentence"
    labelled = _LABELLED.search(before) if not noun else None
    if labelled and labelled.group(1).lower() not in _STOP:  # "Contract: five years": the length of what the line is about
        noun = labelled.group(1).lower()
    if noun and _ANOTHER_BEFORE.search(before):
        noun = f"further {noun}"  # "a further 48-hour strike": not the strike the report is about
    if not noun or lemma(noun.split()[-1]) in (*_PERIOD_UNIT_WORDS, "time") or noun == "for":
        return None
    value, low, high = _period_length(match)
    slot = "prison term" if noun in _PRISON_TERMS else noun if noun == "prison term sought" else "period time after" if noun.startswith("time after") else "period " + " ".join(lemma(w) for w in noun.split() if w not in ("its", "for"))
    return Quantity(sentence, match.group(0).strip(), deed if deed and noun.endswith(("within", "for")) else noun, slot, value, low, high, label=label)


def _period_length(match: re.Match) -> tuple[float, float, float]:
    """The length of time a _PERIOD match says, in days, and its interval: said to a fifth of its last unit ("19
    months" is "a year and seven months", "11 and a half hours" is "11 hours and 28 minutes", and "four years" is not
    "four and a half years")."""
    days = _DAYS[match.group("unit").lower()]
    value = (_numeral(match.group("num").lower()) + (0.5 if match.group("half") else 0)) * days  # "a", "one", "half a" too
    smallest = days
    if match.group("num2"):  # "a year and seven months": 19 months
        smallest = _DAYS[match.group("unit2").lower()]
        value += _numeral(match.group("num2")) * smallest
    low, high = _interval(value, (match.group("hedge") or "").lower(), 0.2 * smallest)
    return value, low, high


# "two months ahead of the contractor's programme", "a week behind schedule": a lead over a plan or a norm, not a rival.
_AHEAD_OF_PLAN = re.compile(
    r"\s+(ahead of|behind)\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?((?:[a-z][\w-]*[’']s\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:but|and|while|after|as|with|in|on|at|by|for|when|because)\b)"
)


def _ahead_of(after: str) -> str:
    """The label of a length of time ahead of or behind a plan or a norm said in lower case ('ten days ahead of the
    long-term average': time ahead of long-term average); '' for a rival named ('ahead of Tadesse'): a margin."""
    plan = _AHEAD_OF_PLAN.match(after)
    return f"time {plan.group(1)} {plan.group(2)}" if plan else ""


# The auxiliary of a verb in the passive: 'The road was closed', 'Gift cards will be honoured', 'were quickly evacuated'.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?$")


def _undergone(before: str, verb: int, noun: str) -> str:
    """The label of how long something underwent a deed told in the passive: what underwent it, then the deed
    ('The bridge was closed to traffic for two days': 'bridge closed for'; 'Its findings are expected within 30
    days': 'findings expected within'); '' when the verb is active or nothing names what underwent it."""
    passive = _PASSIVE_BEFORE.search(before, 0, verb)
    if passive is None or passive.end() != verb:
        return ""
    return _said_of(before[: passive.start()], noun)


def _said_of(before_verb: str, noun: str) -> str:
    """A length of time's label said of the subject of its clause's verb ('The bridge was closed', 'The power was off':
    bridge closed for, power off for), its count left out ('The 40 passengers'); '' when a pronoun or nothing names it
    ('It stayed down for')."""
    clauses = _CLAUSE_BREAK.split(before_verb)
    subject = " ".join(w for w in _subject(clauses[-1], len(clauses) == 1).split() if not re.search(r"\d", w))
    return f"{subject} {noun}" if subject and subject.lower() not in _STOP else ""


# The verbs a length of time 'within' or 'for' it may be the time of: after 'to' or a modal ('to end', 'must also submit',
# 'not to swim'), else a past ('reached', 'had worked', 'hostages held by').
_DEED = re.compile(
    r"\b(?:(?P<negated>not\s+)?(?:to|will|would|must|can|could|should|may|might)\s+(?:also\s+|still\s+)?(?P<base>[a-z]{3,})"
    r"|(?P<past>[a-z]{3,}ed|held|kept|left|shut|cut|built|sent|lost|taken|given|run|caught|brought|found|stuck))\b"
)
_DEED_ENDS = frozenset("of for on in at to into among from over across with within during between and or but before after until while when by as".split())


def _deed(before: str, joint: str) -> str:
    """The label of a length of time 'within' or 'for' a deed told in the active: the verb nearest it with what it was
    done to ('ordered the firm to end all exclusive deals within': end exclusive deals within; 'must submit a revised plan
    to the board within': submit revised plan within), or who did it when nothing was ('Crews had worked for': crews
    worked for; 'the hostages held by a gunman for': hostages held for); '' when none is told so."""
    clause = re.sub(rf"\s*\b{joint}\s+(?:(?:{_HEDGE})\s+)?$", "", _CLAUSE_BREAK.split(before)[-1])
    deeds = [
        m for m in _DEED.finditer(clause)
        if (m.group("base") or m.group("past")).lower() not in _STOP
        and not (m.group("past") and re.search(r"\b(?:a|an|the|its|their|his|her|our|been|being|be|was|were|is|are)\s+$", clause[: m.start()]))
    ]  # not 'a rebalanced budget' (an adjective), nor a passive ('was closed for': what underwent it says so)
    if not deeds:
        return ""
    deed = deeds[-1]
    if len(deeds) > 1 and not clause[deeds[-2].end() : deed.start()].strip():
        return ""  # 'will stay closed for': a state, as a passive is
    verb = deed.group("base") or deed.group("past")
    if deed.group("negated"):
        verb = f"not to {verb}"
    words = clause[deed.end() :].split()
    if words[:1] == ["by"] and deed.group("past"):  # 'hostages held by a gunman': said of the noun before it
        said = _subject(clause[: deed.start()], False)
        return f"{said} {verb} {joint}" if said else ""
    ends = next((i for i, w in enumerate(words) if w.lower() in _DEED_ENDS or not re.fullmatch(r"[\w’'-]+", w)), len(words))
    thing = [w for w in words[:ends] if w.lower() not in _DETERMINERS | _QUANTIFIERS]
    if thing and all(w[:1].isupper() for w in thing) and words[ends : ends + 1] == ["for"]:  # 'asked the regulator's office for a report'
        rest = words[ends + 1 :]
        thing = ["for"] + [w for w in rest[: next((i for i, w in enumerate(rest) if w.lower() in _DEED_ENDS), len(rest))] if w.lower() not in _DETERMINERS]
    if thing and (len(thing) > 3 + (thing[0] == "for") or any(re.search(r"\d", w) or w.lower() in _STOP - {"for"} for w in thing)):
        return ""
    if thing:
        return f"{verb} {' '.join(thing)} {joint}"
    if deed.group("past"):
        said = _subject(clause[: deed.start()], len(_CLAUSE_BREAK.split(before)) == 1)
        return f"{said} {verb} {joint}" if said else ""
    return f"{verb} {joint}"


# "a further 48-hour strike", "another two-year ban": a length of another one of the things named.
_ANOTHER_BEFORE = re.compile(
    rf"\b(?:a\s+further|another|an\s+additional|a\s+(?:second|third|new|fresh)|the\s+next)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE
)
# "Contract: five years", "Duration: 18 months": a line that names what the figure after its colon is.
_LABELLED = re.compile(rf"(?:^|[.;]\s+)([A-Z][a-z]+):\s+(?:(?:{_HEDGE})\s+)?$")
# A sport's season is a year of it: 'a contract of six seasons' is one of six years.
_DAYS = {"season": 365.0, "year": 365.0, "month": 30.4, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400}


_OFFICE = r"(in office|in power|in the (?:post|job|role)|at the helm|in charge)"
_IN_OFFICE = re.compile(rf"\s+{_OFFICE}\b", re.IGNORECASE)
_IN_OFFICE_FOR = re.compile(rf"\b{_OFFICE}\s+for\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
_DURATION_OF = re.compile(rf"\b(?:duration|length)\b[^,.;]{{0,40}}?\b(?:was|is|of|totalled|totaled|came to)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)


def _is_noun_end(word: str) -> bool:
    return word in ("sentence", "term", "ban", "closure", "strike", "contract", "deal", "suspension", "delay", "freeze")


def _subcount(sentence: Sentence, match: re.Match, whole: Quantity | None) -> Quantity | None:
    """'Seven of the injured are in serious condition', '41 people, seven of them seriously', 'cases of
    overheating, four of which led to fires': a part of a whole, counted by what sets it apart (how it is:
    'seriously injured'; or what it is: 'fires')."""
    if match.group("whole"):
        named = match.group("whole").lower()
        if named not in _STATES and not _plural(named.split()[-1]):
            return None
        whole_slot, whole_noun = _slot(named, ""), named
    elif whole is not None:
        whole_slot, whole_noun = whole.slot, whole.noun
    else:
        whole_slot = whole_noun = ""
    if whole_slot in _STATES.values():
        whole_noun = whole_slot  # "seriously injured", not "seriously people"
    found, how = _set_apart_by(match)
    raw = match.group("num")
    value = _numeral(raw)
    befell = _befell(f" them{match.group('rest')}", "them")
    if befell and befell not in ("killed", whole_slot):  # "Nine of them were flown to Nordland Hospital": counted by what befell them
        # (not "two of them later died": deaths among a count told before, not the death toll)
        return Quantity(sentence, raw, befell, befell, value, value, value)
    if how:
        if not whole_slot:
            return None
        condition = found.removesuffix("ly")
        if condition in _CONDITIONS and whole_slot != "injured":  # "hospitalised in serious condition", not "seriously hospitalised"
            noun = f"{whole_noun} in {condition} condition"
        else:
            noun = f"{whole_noun} {found}" if " " in found else f"{found} {whole_noun}"  # "investors over 60", "seriously injured"
        slot = f"{whole_slot} {found}"
    elif not found:
        return None  # "received minor injuries, two of whom were taken to hospital": nothing names the part
    elif whole_slot in _STATES.values() and _slot(found, "") != whole_slot:
        # "Three of the injured are children": the children injured, as 'Three children were among the injured' counts them
        said = _qualified(match.group("rest"), found)
        return Quantity(sentence, raw, said, f"{whole_slot} {_slot(found, '')}", value, value, value, label=f"{said} {whole_slot}")
    else:
        noun, slot = _qualified(match.group("rest"), found), _slot(found, "")
    return Quantity(sentence, raw, noun, slot, value, value, value)


def _qualified(rest: str, noun: str) -> str:
    """The noun a part is counted by with the word that qualifies it, as written ('Six of the guests are Dutch
    tourists': Dutch tourists, not all the tourists), so that its label says which; the noun alone when a function
    word, a verb or a number stands before it."""
    said = re.search(rf"\b([A-Za-z][a-z-]+)\s+{re.escape(noun)}\b", rest, re.IGNORECASE)
    word = said.group(1) if said else ""
    if not word or word.lower() in _STOP or word.lower().endswith(("ed", "ing", "ly")) or re.fullmatch(_NUMBER_WORDS, word, re.IGNORECASE):
        return noun
    return f"{word} {noun}"


# "19 of its citizens had been on board", "two of the pumps stopped": where the part was, or what it did (no object).
_PART_PLACED = re.compile(r"\s+(?:were|was|are|is|had been|have been)\s+(aboard|on board|(?:in|at)\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]{3,})\b")
_PART_DID = re.compile(r"\s+([a-z]{3,}ed)(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|after|before|during|when|as|and|overnight)\b)")


def _part_told(noun: str, rest: str) -> str:
    """The label of a part ('19 of its citizens'), from what its clause says right after its noun: what befell it ('were
    charged': citizens charged), where it was ('had been on board': citizens on board) or what it did ('stopped':
    pumps stopped); 'part of the <noun>' when it says none of these."""
    told = _BEFELL.match(rest) or _PART_PLACED.match(rest) or _PART_DID.match(rest)
    if told is None or told.group(1) in _STOP | _SIZED_BY | _NOT_HANDLED:  # 'were included in', 'were estimated': no deed
        return f"part of the {noun}"
    return f"{noun} {told.group(1)}"


def _befell_part(match: re.Match) -> bool:
    """Whether what befell a part sets it apart ('were taken to hospital'); not 'later died' (the dead among a count)."""
    return _befell(f" them{match.group('rest')}", "them") not in (None, "killed")


def _set_apart_by(match: re.Match) -> tuple[str, bool]:
    """What sets a part apart, and whether it is a manner ('seriously') rather than a noun ('fires'); a name is
    no kind of thing ('two of them from the University of the Azores': not 'azores')."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", match.group("rest")) if w[:1].islower()]
    how = next((w for w in words if w.endswith("ly") and w not in _NOT_MANNER), None) or next(
        (w + "ly" for w in words if w in _CONDITIONS), None
    )
    if how:
        return how, True
    nouns = [w for w in words if _plural(w) and w not in _STOP]
    if nouns:
        return nouns[-1], False
    state = re.match(r"\s+(?:are|were|is|was)\s+((?:over|under|aged|older than|younger than|above|below)\s+\d+)\b", match.group("rest"))
    if state and match.group("whole"):
        return state.group(1), True  # "4,000 of the investors were over 60": investors over 60
    return "", False

def _figures(text: str):
    """_NUMBER matches, tried only where a figure can start (with its currency and hedge before it)."""
    if not _DIGIT.search(text) and not may_contain(text, _NUMBER_WORD_PARTS):
        return  # no digit and no number word: no figure
    told_to = 0  # where the last figure ends: 'two hundred' is one figure, not 'two hundred' and 'hundred'
    for candidate in _FIGURE_START.finditer(text):
        start = candidate.start()
        if start < told_to:
            continue
        currency = _CURRENCY_BEFORE.search(text, max(0, start - 6), start + 1)
        if currency:
            start = currency.start()
        elif start and text[start - 1].isalpha():
            continue  # "N95", "R2": a letter written onto a number, no currency
        hedge = _HEDGE_BEFORE.search(text, max(0, start - 25), start)
        match = _NUMBER.match(text, hedge.start() if hedge else start)
        if match and match.group("currency") in _LETTER_CURRENCY and not (match.group("scale") or match.group("short")):
            continue
        if match and match.start("num") == candidate.start():
            told_to = match.end()
            yield match


# What joins the two ends of a range: "1,500-1,800", "$2-3 million", "50 to 60", "between 15 and 20 per cent".
_RANGE_JOIN = re.compile(r"[-–]|\s+(?:to|and)\s+")
_BETWEEN = re.compile(r"\b[Bb]etween\s+$")
# "ranged from 10 to 15": a range said with 'from'; otherwise 'from 900 to 1,100' tells a change ("raised the
# target from 1,500 to 1,800 tonnes"), by its two values.
# 'ranging from 18 to 25', and a value, estimate or price given from one figure to another ('an estimated value from 18
# to 25 thousand euros', 'priced from €5 to €9'): a range, where 'from' after a verb of change is a change ('rose from')
_RANGED_FROM = re.compile(r"\b(?:rang\w*|var(?:y|ies|ied|ying)|anywhere|estimat\w*|valued?|values|worth|pric(?:e|es|ed|ing))\s+from\s+$", re.IGNORECASE)


def _range(sentence: Sentence, first: re.Match, second: re.Match | None, told_before: tuple[Quantity, ...]) -> Quantity | None:
    """A figure given as a range, one interval: its noun, unit and scale are said once, after its top
    ('between 200 and 250 migrants', '30–40 cm', '$2-3 million'), so the top is read as a figure in the
    sentence without the bottom, and the bottom takes the top's scale when it has none. Not a change
    ('rose from 900 to 1,100'), not years ('2019-2021'), not a pair that does not rise from above 0 ('7-2')."""
    if second is None or first.group("hedge") or second.group("hedge"):
        return None
    text = sentence.text
    join = _RANGE_JOIN.fullmatch(text, first.end(), second.start())
    if join is None or first.group("percent") and not second.group("percent"):
        return None
    between = _BETWEEN.search(text, max(0, first.start() - 20), first.start())
    ranged = _RANGED_FROM.search(text, max(0, first.start() - 30), first.start())
    if ("and" in join.group(0)) != bool(between) or re.search(r"\bfrom\s+$", text[: first.start()]) and not ranged:
        return None
    if any(re.fullmatch(r"\d{4}", m.group("num")) and not (m.group("currency") or m.group("scale")) for m in (first, second)):
        return None  # years, or a four-digit pair: "2019-2021", "between 1998 and 2003"
    start = between.start() if between else first.start()
    cut = ranged.start() if ranged else start  # the sum of "prices range from $150 to $200" is of prices, not 'ranges'
    without_bottom = text[:cut] + text[second.start() :]
    top = _NUMBER.match(without_bottom, cut)
    if top is None or top.end() - top.start() != second.end() - second.start():
        return None
    quantity = _count(replace(sentence, text=without_bottom), top, told_before)
    if quantity is None or not without_bottom.startswith(quantity.words, cut):
        return None
    own_scale, multiplier = _scale(first)
    bottom = _numeral(first.group("num")) * (multiplier if own_scale else _SCALES.get(_scale(second)[0].lower(), 1.0))
    if not 0 < bottom < quantity.value:
        return None  # "0-62 mph": a measure's own name; "voted 7-2": no range
    words = text[start : second.start() + len(quantity.words)]
    return replace(quantity, sentence=sentence, words=words, value=(bottom + quantity.value) / 2, low=bottom, high=quantity.high)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


# A number in words repeated in digits in brackets, as official and legal texts write them ("seven (7) persons",
# "three (3) workers"): one figure.
_RESTATED_IN_DIGITS = re.compile(r"\s*\((\d[\d,]*)\)")
_WORD_BEFORE_DIGITS = re.compile(r"\b([A-Za-z]+(?:[ -][A-Za-z]+)?)\s*\($")


def _count(sentence: Sentence, match: re.Match, told_before: tuple[Quantity, ...] = ()) -> Quantity | None:
    """The figure `match` states; `told_before`: the sentence's figures before it, the last of which of the
    same kind (a share, a sum, a count) an earlier value ('..., up from 58.7%') is the earlier value of."""
    text = sentence.text
    raw = match.group("num")
    before = text[: match.start()].rstrip() + " "
    after = text[match.end() :]
    number = _numeral(raw)
    restated = _RESTATED_IN_DIGITS.match(after)
    if restated and float(_digits(restated.group(1))) == number and raw[:1].isalpha():
        after = after[restated.end() :]  # "seven (7) persons": the count read past its digits to its noun
    restating = _WORD_BEFORE_DIGITS.search(before)
    if restating and not raw[:1].isalpha() and _FIGURE_START.match(restating.group(1)) and _numeral(restating.group(1)) == number:
        return None  # the '(7)' of "seven (7) persons": the same figure again, read with its word
    scale, multiplier = _scale(match)
    currency, percent = match.group("currency"), match.group("percent")
    named_currency = None if currency or percent else _CURRENCY_AFTER.match(after)
    named = named_currency and (named_currency.group(1) or named_currency.group(2))
    if named_currency and named.lower() in _AMBIGUOUS_CURRENCIES and not (scale or "," in raw):
        named_currency = None  # "11 won": a verb more likely than a sum
    if named_currency:  # "120,000 euros", "300 million kronor"
        currency, after = named, after[named_currency.end() :]
    plain = not (currency or scale or percent)
    hedge_said = (match.group("hedge") or "").lower()
    if currency and _CONVERSION_BEFORE.search(before[-40:]):
        return None
    if currency and _RESTATED_SUM.search(before[-40:]) and (hedge_said in _APPROXIMATE or before.endswith(" or ")):
        return None  # "40 bitcoin, roughly €3 million at current prices": the same sum in another currency
    gapped = _GAPPED.search(before[-160:]) if plain and re.match(r"\s*(?:[,.;]|and\b|while\b|$)", after) else None
    if gapped and (_is_calendar(gapped.group(2)) or re.fullmatch(r"\d{4}", raw)):
        gapped = None  # "between March 2023 and June 2024": a date
    if plain and not gapped and _not_a_figure(raw, number, text[: match.start("num")], after):
        return None
    now = None
    if _EARLIER_VALUE.search(before[-30:]):
        kind = "per cent" if percent else "amount" if currency else ""
        now = next((q for q in reversed(told_before) if q.slot.startswith(kind) and not q.slot.endswith(EARLIER)), None)
        if now is None or not kind and now.slot.startswith(("per cent", "amount")):
            return None  # "up from 58%" with no figure of now before it: nothing it is the earlier value of
    value = number * multiplier
    hedge = (match.group("hedge") or "").lower()
    rounding = _rounding(raw, plain, hedge, bool(percent)) or (_scaled_rounding(raw) if scale else 0.0)
    low, high = _interval(value, hedge, max(rounding * multiplier, 0.02 * value if hedge in _APPROXIMATE else 0.0))
    figure = (match.group(0) + (named_currency.group(0) if named_currency else "")).strip()

    def quantity(noun: str, slot: str, label: str = "") -> Quantity:
        return Quantity(sentence, figure, noun, slot, value, low, high, label=label)

    if now is not None:
        # "Turnout was 62.2%, up from 58.7% in 2021": the same figure as it was, a fact of its own, never
        # a disagreement with the figure of now
        return quantity(f"earlier {now.label or now.noun}", f"{now.slot} {EARLIER}")

    hyphenated = re.match(r"-([a-z]+)\b", after)
    if hyphenated and hyphenated.group(1) in _FRACTIONS and plain:  # "two-thirds of the staff": a share, in per cent
        share = 100 / _FRACTIONS[hyphenated.group(1)]
        label = _named_share(before, after[hyphenated.end() :])
        return Quantity(sentence, f"{figure}-{hyphenated.group(1)}", label, f"per cent {label.lower()}", value * share, low * share, high * share)
    spanned = re.match(r"-(square|cubic)-([a-z]+)\b", after)
    if spanned and _unit(spanned.group(2)) in _LENGTHS:  # "the 11,000-square-metre building": its area, not a count of 'square'
        noun, what = " ".join(spanned.groups()), "area" if spanned.group(1) == "square" else "volume"
        thing = _thing_measured(after[spanned.end() :])
        return quantity(noun, f"{_unit(spanned.group(2))} {spanned.group(1)}", f"{what} of {thing} ({noun})" if thing else f"{what} ({noun})")
    if hyphenated:  # "31-member alliance", "7.8-magnitude quake", "the 101-seat assembly"
        noun = hyphenated.group(1)
        if noun in TIME_UNITS or noun.rstrip("s") in TIME_UNITS or noun in ("year", "old") or noun in _KIND_OF_THING:
            return None
        if noun in _OWNED and re.match(r"\s+(?:margin|majority|lead)\b", after[hyphenated.end() :]):
            return quantity(f"margin ({noun}s)", f"{noun} margin")  # "a 312-vote margin"
        slot = _slot(noun, "") + (" total" if noun in _OWNED else "")
        sized = re.match(r"-(high|tall|long|wide|deep|thick)\b", after[hyphenated.end() :]) if _unit(noun) in _UNIT_MEASURES else None
        if sized:  # "a 62-metre-high dam", "the 4-km-long tunnel": the thing's height or length
            what = _DIMENSIONS[sized.group(1)]
            thing = _thing_measured(after[hyphenated.end() + sized.end() :])
            figure = f"{figure}-{noun}-{sized.group(1)}"
            return quantity(f"{what} ({noun})", f"{what} {_unit(noun)}", f"{what} of {thing} ({noun})" if thing else "")
        thing = _thing_measured(after[hyphenated.end() :]) if _unit(noun) in _UNIT_MEASURES else ""
        if thing and _unit(noun) in _LENGTHS:  # "the 48-metre central span", "a 35-kilometre detour": the length of the thing
            figure = f"{figure}-{noun}"
            return quantity(f"length ({noun})", f"length {_unit(noun)}", _length_of(thing, noun))
        if thing:  # "a 7.5-tonne weight limit", "the 1,450-kg satellite"
            return quantity(noun, slot, f"{thing} ({noun})")
        return quantity(noun, slot, _named_measure(noun, _unit(noun), "", "") if _unit(noun) in _UNIT_MEASURES else "")
    named_before = _NOUN_BEFORE.search(before[-130:])
    if named_before and _measured_apart(before, after):
        named_before = None  # "a magnitude 6.2 quake struck at a depth of 10 km": 10 is no magnitude
    if named_before and named_before.group(1).lower() == "magnitude" or plain and _MEASURING.search(before[-40:]):
        if re.match(r"\s*(?:or (?:more|greater|higher|above)|and above|\+)", after):
            return None  # "aftershocks of magnitude 4 or more": a threshold, not a figure
        if _AFTERSHOCK.search(before[-40:] + after[:25]):
            return quantity("aftershock magnitude", "aftershock magnitude")  # not the quake's own magnitude
        return quantity("magnitude", "magnitude")
    if percent:
        elliptic = re.search(r"(?:^|[,;(]\s*)(up|down)\s+(?:(?:" + _HEDGE + r")\s+)?$", before)
        if elliptic and told_before:  # "affect 18,400 households, down 9% from ...": the households, down
            said = f"{told_before[-1].label or told_before[-1].noun} {elliptic.group(1)}"
            return quantity(said, f"per cent {said.lower()}")
        pointing = re.match(r"\s*of\s+(?:them|those|these|which|whom)\b", after)
        whole = next((q for q in reversed(told_before) if counts_things(q.slot) and not q.slot.endswith(EARLIER)), None)
        if pointing and whole is not None:  # "4,215 deaths last year, 61% of them on rural roads": a share of the deaths
            return quantity(f"share of {whole.label or whole.noun}", f"per cent share {whole.slot}")
        noun = _percent_noun(before, after)
        if noun in _VOTE_NOUNS or noun == "per cent" and _WON_SHARE.search(before[-60:]):
            owner = _winner(before)  # "Labour came second with 24.9 percent", "won 31.4% of the vote"
            if owner:
                return quantity(f"share of the vote ({owner})", f"per cent vote {fold_name(owner)}")
        if noun.startswith("earlier "):  # 'lowered its rate to 12.75 percent from 13 percent': the rate as it was
            return quantity(noun, f"per cent {noun.removeprefix('earlier ').lower()} {EARLIER}")
        slot = "per cent " + _RISES.get(noun.split()[-1].lower(), noun.lower()) if noun else "per cent"
        alongside = _alongside(before, after, told_before) if noun == "per cent" else ""
        return quantity(noun, slot, alongside or _named_percentage(before, after) if noun == "per cent" or re.match(r"\s*of\s", after) else "")
    if not currency and scale and _MONEY_VERB.search(before[-40:]) and not _noun_after(after, False):
        currency = "unnamed"  # "the repairs will cost 169 million"
    if currency and (_PER_SHARE_AFTER.match(after) or _PER_SHARE_BEFORE.search(before[-30:])):
        return quantity("price per share", "amount price per share")
    if currency:  # an amount of money: what it pays for is in the words around it
        converted = _CONVERSION_AFTER.match(after)
        if converted:  # "C$2.9 billion ($2.1 billion)": the sum with its conversion, as the source gives it
            figure += converted.group(0)
            after = after[converted.end() :]
        noun = _noun_after(after, True)
        paid_for = _money_noun(before, noun, after)
        paid_in = (  # "a ransom of €2 million in bitcoin"; not "€1.3 million in bribes", "50 million soles in emergency aid"
            bool(noun) and re.match(r"\s+in\s", after) is not None and not set(noun.lower().split()) & set(_MONEY_NOUNS)
        )
        label = (paid_for or _named_sum(before, False)) if paid_in else "" if noun or paid_for else _named_sum(before)
        per = _PER_UNIT.match(after) if not noun else None
        if per and per.group(1).lower() not in _STOP and not per.group(1).endswith("ly"):
            # "$180 per colony", "£11.40 an hour": a price or a rate per unit, never a total of one ('for the season')
            unit = per.group(1).lower()
            rate = f"{paid_for or label or ('amount' if unit in _PERIOD_UNIT_WORDS else 'price')} per {unit}"
            return quantity(rate, f"amount {paid_for} per {unit}".replace("  ", " "), rate)
        return quantity(noun or paid_for or "amount", f"amount {paid_for}".strip(), label)
    glued = re.match(r"(?:°C|°F|ºC|C|F|mm|cm)\b|\s(?:°C|°F|ºC|mm|cm)\b", text[match.end("num") :]) if plain else None
    speed = re.match(r"\s*(km/h|km/s|kph|mph|knots|m/s|(?:kilo)?met(?:re|er)s per (?:second|hour)|miles per hour)(?![\w/])", after)
    if (glued or speed) and _MEASURE_CONVERSION_BEFORE.search(before[-40:]):
        return None
    if glued:  # "45C", "70mm of rain", "310 mm of rain": a measure written onto its figure or right after it
        unit = glued.group(0).strip().replace("º", "°")
        measure = "temperature" if unit in ("°C", "°F", "C", "F") else "rainfall" if re.search(r"\brain", text[match.end("num") :][:30]) else "length"
        unit = {"C": "°C", "F": "°F"}.get(unit, unit)
        below_zero = _below_zero(text, match, figure) if measure == "temperature" else None
        if below_zero:  # 'minus 8C', '-8 °C': the sign is the temperature's
            figure, value, low, high = below_zero.group(0) + figure, -value, -high, -low
        rest = text[match.end("num") + len(glued.group(0)) :]
        dimension = _DIMENSION.match(rest) if measure == "length" else None
        thing = _measured_of(rest) if measure == "length" else ""
        sized_thing = _thing_measured(rest) if measure == "length" and not thing else ""
        level = moved(before) if measure == "length" and not thing else None
        if dimension and dimension.group(1).lower() in _DIMENSIONS and dimension.group(1).lower() not in _DISTANCE_WORDS:
            measure = _DIMENSIONS[dimension.group(1).lower()]  # "140 cm deep", "30 mm thick": the size it says
            sized = _sized_subject(before)
            thing = ""
            named = _dimension_of(before, measure, unit) or (f"{measure} of {sized} ({unit})" if sized else "")
        elif level and level[1] != "earlier":  # "snow depth reached 140 cm", "the river rose 40 cm": what the verb moves
            named = f"{level[0]} {level[1]} ({unit})".replace("  ", " ")
        elif sized_thing:  # "a 1,000 mm pipeline", "a 9 mm pistol": a small length before a noun is its size (a bore, a gauge), no length of it
            named = f"size of {sized_thing} ({unit})"
        else:
            named = f"{thing} ({unit})" if thing else _whose_temperature(before, unit) if measure == "temperature" else ""
        return Quantity(sentence, figure + glued.group(0), f"{measure} ({unit})", f"{measure} {unit}", value, low, high, label=named)
    if speed:  # "gusts of up to 180 km/h", "winds reached 207 km/h": a speed, the wind's when the sentence is about wind
        unit = _unit(speed.group(1))
        figure_of = "wind speed" if re.search(r"\b(?:wind|winds|gusts?|storm|hurricane|typhoon|cyclone)\b", text, re.IGNORECASE) else "speed"
        said = re.findall(r"\b(gust|sustained)", re.split(r"[,;]", before)[-1].lower())  # the nearest
        named = "wind gusts" if said[-1:] == ["gust"] else figure_of
        if said[-1:] == ["sustained"]:  # "maximum sustained winds of 185 km/h": not the gusts' peak
            figure_of = named = "sustained wind speed"
        return Quantity(sentence, f"{figure} {speed.group(1)}", f"{named} ({unit})", f"{figure_of} {unit}", value, low, high)
    state_before = _STATE_BEFORE.search(before[-60:])
    state_after = _STATE_AFTER.match(after)
    of_total = _OF_TOTAL.match(after)  # "52 of the 101 seats"
    noun = _noun_after(of_total.group(1) if of_total else after, False)
    if not noun and gapped:  # "took 38 seats and the Greens 11": the noun said once, for both
        noun = gapped.group(1)
    of_them = _OF_THE_NOUN.match(after) if not noun else None
    if of_them and (_plural(of_them.group(1)) or of_them.group(1) in _IRREGULAR_PLURALS):
        noun = of_them.group(1)  # "About 120,000 of the kettles were sold in the United Kingdom", "Nine of our drivers"
    fronted = _OF_THE_BEFORE.search(before[-60:]) if not noun and re.match(r"\s+(?:were|was|are|is|had been|have been)\s+[a-z]", after) else None
    if fronted and (_plural(fronted.group(2)) or fronted.group(2) in _IRREGULAR_PLURALS):
        noun = fronted.group(2)  # "Of the new patients, 1,180 were admitted in Dhaka city"
    part_was = _PART_WAS.match(after) if not noun and _AMONG.search(before[-30:]) else None
    if part_was and (_plural(part_was.group(1)) or part_was.group(1) in _IRREGULAR_PLURALS):
        noun = part_was.group(1)  # "48,000 patients, of whom 3,100 were children": children
    if not noun:
        if named_before:
            noun = named_before.group(1).lower()
            return quantity(noun, _slot(noun, ""))
        number_of = _NUMBER_OF_BEFORE.search(before[-130:])
        if number_of and _plural(number_of.group(1)):  # "The number of patients whose files were exposed ... is 52,000"
            noun = number_of.group(1).lower()  # "the number of people killed ... has risen to 17": killed
            return quantity(noun, _slot(noun, f" {noun} {number_of.group(2)}"))
        state = state_before or state_after
        if state:
            name = _state_of(state)
            return quantity(name, name)
        counted = next((q for q in reversed(told_before) if counts_things(q.slot) and not q.slot.endswith(EARLIER)), None)
        if counted is not None and _TOTAL_BEFORE.search(before[-60:]):  # "98 migrants were rescued, bringing the
            said = counted.label or counted.noun  # week's total to 1,612": the total of what the count before counts
            return quantity(counted.noun, f"{counted.slot} total", f"total {said}")
        deed = _elided_deed(before, after) if counted is not None and not (currency or percent) else None
        if deed:  # "180 trains were cancelled and 230 more were delayed", "arrested 40 people and charged 12"
            noun = counted.noun.split()[-1]  # the head the count before named: "trains", not "cancelled trains"
            slot = _slot(noun, f"{deed} {noun}")
            return quantity(noun, slot if slot != _slot(noun, "") else f"{slot} {deed}", f"{noun} {deed}")
        if counted is not None and lemma(counted.noun.split()[0].lower()) == "vote" and re.match(r"\s+against\b", after):
            return quantity("votes against", "vote against")  # "30 votes in favour, 9 against": the votes against
        return None
    head = noun.split()[-1].lower()
    # what follows the noun ("3.5kg of": glued to its figure); all that follows the figure when the noun is told elsewhere
    rest = after[len(noun) :] if after.startswith(noun) else after[len(noun) + 1 :] if re.match(rf"\s?{re.escape(noun)}", after) else after
    if head in ("year", "years") and (scale or value >= 100) and (
        re.match(r"\s*(?:old|ago)\b", rest)
        or re.search(r"\b(?:dat\w+ back|aged?|age (?:at|of|is|was|to be))\s+(?:(?:" + _HEDGE + r")\s+)?$", before[-40:])
    ):  # "478 million years old", "dates back 1,200 years", "puts its age at 485 million years"
        return quantity("age (years)", "age years")
    if noun.lower() == "times" and plain:  # "was stabbed 12 times", "cited more than 4,300 times": how often it was done
        particle = re.search(r"\b[a-z]{3,}ed\s+$", before) if hedge == "over" else None
        if particle:  # "the jackpot rolled over 17 times": the verb's particle, no hedge
            deed = _done_times(f"{before}over ", rest)
            return Quantity(sentence, raw, f"times {deed}", f"times {deed}", value, value, value) if deed else None
        deed = _done_times(before, rest)
        return quantity(f"times {deed}", f"times {deed}") if deed else None
    if head in TIME_UNITS or head.rstrip("s") in TIME_UNITS or head in _UNITS and _MEASURE_CONVERSION_BEFORE.search(before[-40:]):
        return None
    if head not in _UNITS and not _plural(head) and head not in _STATES:
        return None
    if _ATTRIBUTION.match(f"{head}{rest}"):
        return None  # "according to two sources", "three people familiar with the talks": who told, not a figure
    written = re.match(rf" ?{re.escape(noun)}(?!\s+per\b)", after)
    if noun.lower().split()[-1] == head and head in _UNITS and head not in _COUNTED_UNITS and written:
        figure += written.group(0)  # a measure is shown with its unit: '1.6 metres', '38,000 litres', '3.5kg', '18 nautical miles'
    # a length's unit, not an area's or a volume's ("140,000 cubic metres", "4,000 m²": no distance, no point on a course)
    length = "" if len(noun.split()) > 1 and noun.split()[-2].lower() in ("square", "cubic") else _unit(head)
    taken_from = _taken_from(before, rest) if length in _LENGTHS else ""
    compass = head in _UNITS and _COMPASS_OF.match(rest)  # "60 km north of": a distance, from where said or not
    towards = taken_from or compass
    sized_thing = _A_THING_OF.search(before[-40:]) if towards and not named_before and not _MEASURE_BEFORE.search(before[-60:]) else None
    if sized_thing and lemma(sized_thing.group(1).lower()) not in _STOP | _DIMENSION_NOUNS:
        # "a fissure of about 3.5 kilometres north-east of the town": the fissure's length; where it is, said after
        thing = lemma(sized_thing.group(1).lower())
        return quantity(f"length ({noun})", f"length {_unit(head)}", f"length of {thing} ({noun})")
    if taken_from and not named_before:  # "60 km north of Arequipa", "800 metres from the shore": from where, said
        return quantity(f"distance ({noun})", f"distance {_unit(head)}", f"distance {taken_from} ({noun})")
    if compass:
        return quantity(f"distance ({noun})", f"distance {_unit(head)}")  # "60 km north of a town": from no name
    if length and _PREVIOUS_RECORD_BEFORE.search(before[-40:]):  # "the previous record of 146.5 metres": the mark beaten
        return quantity(f"{_PREVIOUS_RECORD} ({noun})", f"{_PREVIOUS_RECORD} {_unit(head)}")
    measure = _MEASURE_BEFORE.search(before[-60:])
    if measure and _unit(head) != head.lower() or measure and head in _UNITS:
        return quantity(f"{measure.group(1).lower()} ({noun})", f"{measure.group(1).lower()} {_unit(head)}")
    below_zero = _below_zero(text, match, figure) if head.lower() in ("degrees", "degree") else None
    if head.lower() in ("degrees", "degree") and (re.match(r"\s*(?:Celsius|centigrade|C\b|Fahrenheit|F\b)", rest) or _HEAT.search(text) or below_zero):
        unit = "°F" if re.match(r"\s*(?:Fahrenheit|F\b)", rest) else "°C"
        if below_zero:  # 'minus six degrees': the sign is the temperature's, and no angle is said so
            figure, value, low, high = below_zero.group(0) + figure, -value, -high, -low
        return quantity(f"temperature ({unit})", f"temperature {unit}", _whose_temperature(before, unit))  # "temperatures reached 41 degrees"
    if length in _LENGTHS and _LYING_AT.search(before[-40:]) and not _DIMENSION.match(rest):
        what = "depth" if _UNDER_WATER.search(text) and not re.match(r"\s*above\b", rest) else "altitude"
        return quantity(f"{what} ({noun})", f"{what} {_unit(head)}")
    along = _ALONG_THE_WAY.search(before[-40:]) and not _DIMENSION.match(rest)  # not "at 1.6 metres long"
    if length in _LENGTHS and (along or re.match(r"\s+mark\b", rest)):
        return None  # "at 34 km", "the last seven kilometres", "water every five kilometres", "the 15 km mark": a point on a course
    dimension = _DIMENSION.match(re.sub(r"^\s*\([^()]*\)", "", rest))  # past '(5 ft 3 in)'
    if length in _LENGTHS | _SMALL_LENGTHS and not named_before and dimension and not (length in _SMALL_LENGTHS and dimension.group(1).lower() in _DISTANCE_WORDS):
        # "12 metres high", "1.6 metres across", "800 metres from the shore"; "hailstones up to 4 cm across"
        said = dimension.group(1).lower()
        what = "depth" if said.startswith(("below", "beneath", "under")) else _DIMENSIONS[said]
        sized = _sized_subject(before)
        return quantity(f"{what} ({noun})", f"{what} {_unit(head)}", _dimension_of(before, what, noun) or (f"{what} of {sized} ({noun})" if sized else ""))
    if length in _LENGTHS and not named_before:
        beyond = _BEYOND.match(rest)
        if beyond:  # "8.5 metres beyond hill size", "two metres short of the record": a difference from it, not its length
            return quantity(f"margin ({noun})", f"margin {_unit(head)}", f"margin {beyond.group(1)} {beyond.group(2)} ({noun})")
        thing = _thing_measured(rest)
        if thing and noun.lower().startswith(("sq ", "square ")):  # "a 5,000 sq m depot": the thing's area
            return quantity(noun, f"{_unit(head)} square", f"area of {thing} ({noun})")
        if thing:  # "a 35 km detour": the length of the thing
            return quantity(f"length ({noun})", f"length {_unit(head)}", _length_of(thing, noun))
        covered = _COVERED_FOR.search(before[-60:])
        if covered and covered.group(1).lower() not in _NOT_COVERED:  # "dragged its anchor for 20 miles": how far
            went = covered.group(1).lower()
            return quantity(f"distance ({noun})", f"distance {went} {_unit(head)}", f"distance {went} ({noun})")
        if _FELL.search(before[-40:]):  # "the van plunged about 40 metres": how far it fell
            return quantity(f"fall ({noun})", f"fall {_unit(head)}")
        risen = moved(before)
        if risen and not risen[1]:  # "the storm surge reached about 2 metres": the surge's height
            return quantity(f"{risen[0]} ({noun})", f"{risen[0].split()[-1].lower()} {_unit(head)}")
        subject = _SUBJECT.match(text)
        clause_apart = subject and re.search(r"[,;:]", text[subject.end() : match.start()])  # "The bus was carrying 40 people, ..."
        if subject and subject.group(1).lower() not in _STOP and text.find(subject.group(0)) < match.start() and not clause_apart:
            what = subject.group(1).lower()  # "The pipeline runs 250 km": the subject's length or distance
            return quantity(f"{what} ({noun})", f"{what} {_unit(head)}")
    whole = the_whole_of_a_part(before)  # "Of the 200 passengers, 38 were injured": 200 were not
    context = "" if whole else (_said_state(state_before) + " " if state_before else "") + after[:160]
    slot = _slot(noun, context)
    if lemma(head) == "victim" and slot.startswith("killed") and _WRONGS.search(text) and not _DEATHS.search(text):
        slot = "victim" + slot.removeprefix("killed")  # "the scheme's 1,200 victims": no toll where nobody died
    if (of_total or of_them) and _slot(noun, "") == slot and lemma(head) not in _OWNED:
        said = re.match(rf"-?\s?{re.escape(noun)}", of_total.group(1)) if of_total else None
        tail = of_total.group(1)[said.end() :] if said else "" if of_total else after[of_them.end() :]
        return quantity(noun, f"{slot} part", _part_told(noun, tail))  # "eight of the 23 deaths", "eight of the investors": a part
    if fronted and fronted.group("count") and _slot(noun, "") == slot:  # "Of the 40 people arrested, 12 were charged": a part
        return quantity(noun, f"{slot} part", _part_told(noun, rest))  # of the 40, by what befell it
    if slot in STATE_SLOTS and _AMONG_AFTER.match(rest) and _slot(noun, "") != slot:
        # "Eight children were among the dead": the children killed, not the toll
        return quantity(noun, f"{slot} {_slot(noun, '')}", f"{noun} {slot}")
    if slot in ("people", "person") and (_EMPLOYS.search(before[-40:]) or _WORK_FOR.match(rest)):
        slot = "employee"  # "which employs 11,400 people", "14,000 people work for" count its employees
    if head == "points" and noun.split()[0].lower() in ("basis", "percentage"):
        change = moved(before)  # "cut the repo rate by 25 basis points", "support slipped 0.4 percentage points"
        if change and change[1] in ("up", "down"):
            return quantity(noun, f"point {change[0].lower()} {change[1]}", f"{change[0]} {change[1]} ({noun})")
    voted = re.match(r"\s+(in favou?r|against)(?=\s*(?:[,.;:)]|and\b|$))", rest) if lemma(head) == "vote" else _VOTED.match(rest)
    if voted:  # "54 votes in favour, 12 against", "54 members of the assembly voted for it", "12 who voted against"
        side = "against" if voted.group(1).lower() in ("against", "no") else "in favour"
        if lemma(head) == "vote":
            return quantity(f"{noun} {voted.group(1).lower()}", f"vote {side}")
        return quantity(noun, f"vote {side}", f"{noun} voting {side}")  # said so: 'members voting against', no 'number of'
    if lemma(head) in _OWNED:
        if _MARGIN_BEFORE.search(before[-120:]) and not re.match(r"\s+to\s+\d", rest) or _MARGIN_AFTER.match(rest):
            return quantity(f"margin ({noun})", f"{lemma(head)} margin")  # "won by 312 votes": not the votes won
        if _CHANGED.search(before[-30:]):  # "lost six seats": a change, not the count
            slot = f"{lemma(head)} {_CHANGED.search(before[-30:]).group(1).lower()}"
            noun = f"{noun} {_CHANGED.search(before[-30:]).group(1).lower()}"
        if re.search(rf"\bof\s+(?:{_WHOLE_DETERMINERS})\s+(?:[\w-]+[’']s\s+)?$", before):
            return quantity(noun, f"{slot} total")  # "52 of the 101 seats": 101 is the whole
        owner = _owner(before)
        if owner:
            return quantity(f"{noun} ({owner})", f"{slot} {fold_name(owner)}")
    level = None if counts_people(slot) else moved(before)
    rate = re.match(r"\s+(?:a|per|each)\s+(day|week|month|year|hour|minute|second)\b", rest)
    if rate:  # "about 9,000 vehicles a day": a rate, not a count; "oil output averaged 1.48 million barrels per day"
        named = f"{level[0]} ({noun} a {rate.group(1)})" if level and not level[1] else ""
        if not named and head in _UNITS:  # "350 cubic metres per second": a flow; "40 tonnes a day": a rate
            named = f"{'flow' if _unit(head) == 'l' or noun.lower().startswith('cubic') or _unit(head).endswith('cubic') else 'rate'} ({noun} a {rate.group(1)})"
        return quantity(f"{noun} a {rate.group(1)}", f"{slot} per {rate.group(1)}", named)
    if noun.lower() in _GENERIC_NOUNS:
        return quantity(noun, slot, _named_generic(noun, slot, before, rest))
    if _unit(head).split()[0] in _UNIT_MEASURES and not measure:  # "m²" too: 'm square'
        return quantity(noun, slot, _named_measure(noun, _unit(head), before, rest))
    if level and not level[1] and (head in _UNITS or _LEVEL_SET.search(before)):
        return quantity(noun, slot, f"{level[0]} ({noun})")  # "noise levels reached 94 decibels", "exports rose to 300 cars"
    return quantity(noun, slot)


# A count whose noun its clause leaves out, the count before it in the sentence having said it: "... and 230 more were
# delayed" (what befell it after it), "... and charged 12", "... that holds more than 2,100" (the verb right before it,
# opening its clause).
_MORE_BEFELL = re.compile(r"\s+more\s+(?:were|was|are|have been|had been|will be)\s+(?:\w+ly\s+)?([a-z]{3,})\b")
_CLAUSE_VERB_BEFORE = re.compile(r"(?:\b(?:and|but|that|which|while)|,)\s+(?:[a-z]+ly\s+)?([a-z]{3,})\s+$")


def _elided_deed(before: str, after: str) -> str:
    """What befell or was done to a count whose noun is left out (its participle), '' when nothing says its
    noun is left out: a count with no noun after it, 'more' after it or its clause ending right after it."""
    more = _MORE_BEFELL.match(after)
    if more and (more.group(1).endswith(("ed", "en", "wn")) or more.group(1) in _IRREGULAR_PAST.values()):
        return more.group(1)
    verb = _CLAUSE_VERB_BEFORE.search(before[-40:])
    if not verb or not re.match(r"\s*(?:[,.;)]|$)", after) or verb.group(1) in _STOP or verb.group(1) == "aged":
        return ""  # "The seven miners, aged 23 to 51, ...": their ages
    said = verb.group(1)
    if said.endswith("ed") or said in _IRREGULAR_PAST.values():
        return said
    return past_participle(said[:-1]) or "" if said.endswith("s") and not said.endswith("ss") else ""


# A count of times said of the deed right before it ("the jackpot had rolled over 17 times", "was stabbed 12 times"),
# or after it ("was five times oversubscribed"); not a multiple ("three times the size", "ten times higher", "four times
# as many"), nor what happened before the event ("had been fined three times before").
_DEED_BEFORE_TIMES = re.compile(r"\b([a-z]{3,}ed|won|lost|hit|struck|broken|beaten|seen)(\s+(?:over|out|off|down|up|back))?\s+$")
_MULTIPLE_AFTER = re.compile(
    r"\s+(?:the|a|an|as|its|their|his|her|that|what|more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|longer|over)\b"
    r"|\s+[a-z]+er\s+than\b|\s+(?:before|previously|since)(?=\s*(?:[,.;)]|$))|\s+in\s+(?:the\s+)?(?:past|last|previous)\b"
)


def _done_times(before: str, after: str) -> str:
    """The deed a count of times counts ('rolled over', 'cited', 'oversubscribed'); '' for a multiple or a past record."""
    if _MULTIPLE_AFTER.match(after):
        return ""
    done_after = re.match(r"\s+([a-z]{3,}ed)\b", after)
    if done_after:
        return done_after.group(1)
    done = _DEED_BEFORE_TIMES.search(before[-40:])
    return f"{done.group(1)}{done.group(2) or ''}" if done else ""


# "fell 60 metres", "plunged about 40 metres": a length fallen.
# "was dragged for about 300 metres", "walked its herd for 40 km": a verb in the past and 'for' before a length say how
# far the thing went or was moved, which the label names ('distance dragged'), not the sentence's subject.
_COVERED_FOR = re.compile(rf"\b([a-z]{{3,}}ed)\s+(?:(?:its|their|his|her|the|a|an)\s+(?:[a-z]+\s+){{1,2}})?for\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
_NOT_COVERED = frozenset("planned designed intended needed required used allowed scheduled approved budgeted named known praised".split())
_FELL = re.compile(rf"\b(?:fell|fallen|falling|plunged|plunging|plummeted|plummeting|tumbled|tumbling)\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)
# "north-east of Grindavík", "from the shore", "off Cape Finch", "away from the coast": where a distance is taken
# from, said after its unit; the place is a name or a noun after 'the' ("the town", "the coal face where").
_TAKEN_FROM = re.compile(
    rf"\s*({_COMPASS}\s+of|(?:away\s+)?from|off)\s+"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:de|del|da|do|of)\s+)?[A-Z][\w’'-]*){0,3}|the\s+[a-z]{3,}(?:\s+[a-z]{3,}(?=\s*[,.;:]|\s+(?:where|which|that|when|and|or)\b))?)\b"
)
# "within 30 metres of the coast": the distance from it.
_WITHIN = re.compile(rf"\bwithin\s+(?:(?:{_HEDGE})\s+)?$", re.IGNORECASE)


def _taken_from(before: str, after: str) -> str:
    """Where a length after `before` and before `after` is a distance from: 'north-east of Grindavík', 'from the
    sea' (also for 'within 30 metres of the sea'); '' when no place is named."""
    if _WITHIN.search(before[-30:]):
        after = re.sub(r"^\s*of\b", " from", after)
    said = _TAKEN_FROM.match(after)
    if not said or said.group(2).split()[-1].lower() in _STOP:
        return ""
    return f"{said.group(1)} {said.group(2)}".replace("away from", "from")


def _measured_apart(before: str, after: str) -> bool:
    """A figure in a unit of its own ('10 km', '35 kilometres') or named as another measure ('a depth of'):
    not the figure a noun said further back names ('magnitude', 'crowd')."""
    unit = re.match(r"\s*-?\s*([A-Za-z/°]+)", after)
    return bool(unit and unit.group(1).lower() in _UNITS and unit.group(1).lower() not in _COUNTED_UNITS) or bool(_MEASURE_BEFORE.search(before[-60:]))


def _dimension_of(before: str, what: str, noun: str) -> str:
    """'width of hailstones (centimetres)' for 'Hailstones up to 4 centimetres across', 'height of lava fountains
    (m)' for 'Lava fountains up to 50 m high': the thing named right before a size; '' when a verb or a function word
    stands there ('rose 12 metres high', 'lies 800 metres from')."""
    named = _SIZED_BEFORE.search(before[-40:])
    if not named or what == "distance":
        return ""
    words = named.group(1).lower().split()
    if any(w in _STOP or w in SPEECH_VERBS or w in _SIZING_VERBS or w.endswith(("ed", "ing", "ly")) or w in _DIRECTION_WORDS for w in words):
        return ""
    return f"{what} of {' '.join(words)} ({noun})"


# "The crate weighs 40 kg", "The slab is 30 cm thick", "The dog, which police said weighs about 45 kilograms", "The
# zone where debris fell, called the field, measures about 8 km long and 3 km wide": the sentence's subject, sized by
# its verb.
_SIZED_SUBJECT = re.compile(
    r"^(?:The|A|An|Its|Their|This|Her|His)\s+(?:[\w-]+\s+){0,2}?([a-z]{3,})"
    r"(?:,\s+(?:which|that)\s+[^,;:()]*?|\s+(?:where|which|that)\s+[^,;:()]*?)?(?:,\s+[^,;:()]*,)?"
    r"\s+(?:weighs?|weighed|weighing|measures?|measured|measuring|is|was|are|were|stands?|stood|spans?|spanned|stretch(?:es)?|stretched)\s+"
    r"(?:[^,;:()]{1,40}?\s+(?:long|wide|high|deep|thick|tall|across)\s+(?:and|by)\s+)?$"  # '8 km long and 3 km wide'
)


def _sized_subject(before: str) -> str:
    """The thing a measure sizes when its verb says the sentence's subject is that big ('the crate'), else ''."""
    sized = _SIZED_SUBJECT.match(before)
    if not sized or sized.group(1) in _STOP or sized.group(1).endswith(("ed", "ing", "ly")):
        return ""
    return sized.group(1) if _plural(sized.group(1)) else f"the {sized.group(1)}"


def _thing_measured(after: str) -> str:
    """The thing a length is written before ('a 35 km detour', 'the 48-metre central span of the bridge', 'a 212-metre
    LNG-powered ferry'): its noun, the last of up to three words before the phrase ends (a capitalised word only as its
    modifier: 'the 110 m Hendrika' names no kind of thing); '' when a verb or a direction follows instead."""
    words = re.match(r"\s+((?:[A-Za-z][A-Za-z-]+\s+){0,2}?[a-z][a-z-]+)(?=\s*(?:[,.;:)]|$|\s[a-z]{3,}ing\b|\s(?:of|on|over|via|between|in|to|from|for|that|which|was|is|were|are|has|had|will|would|outside|near|at|with|by)\b))", after)
    if not words:
        return ""
    said = words.group(1).lower().split()
    verb = next((i for i, w in enumerate(said) if i and w.endswith(("ed", "ing"))), len(said))
    said = said[:verb]  # 'the 2,300-kg probe reached orbit': the probe
    thing = said[-1]
    if set(said) & _STOP or thing.endswith(("ed", "ing", "ly")) or thing in _DIRECTION_WORDS or _plural(thing):
        return ""
    return thing


_DIRECTION_WORDS = frozenset("north south east west inland offshore away long high wide deep tall across".split())
# A length told against a measure named after it: 'beyond hill size', 'short of the record', 'past the K-point'; not
# against a thing ('extends 15 metres beyond the cliff edge': how far the platform reaches).
_BEYOND = re.compile(
    r"\s+(beyond|past|short of|further than|farther than|longer than|shorter than)\s+(?:(?:the|its|his|her|their|a|an)\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}(?:size|record|mark|point|k-point|limit|target|best|length|distance))\b",
    re.IGNORECASE,
)


def _length_of(thing: str, unit: str) -> str:
    """The label of a length written before its thing: 'length of detour (km)'; a thing that is itself a dimension
    ('an 8-metre length of pipe', 'a 200-metre radius', 'a 40 km stretch') names what the length is."""
    return f"{thing} ({unit})" if thing in _DIMENSION_NOUNS else f"length of {thing} ({unit})"


def _money_noun(before: str, noun_after: str, after: str) -> str:
    """What a sum is ("a fine of €150,000", "fined him €120,000", "€1.3m in kickbacks", "a penalty of": fine;
    "2.5 million dollars for his release": ransom): the money noun right after it or closing its clause before
    it, in one form whatever the wording; a decided sum asked for ("prosecutors demanded a fine of") is 'sought'."""
    words = noun_after.lower().split()
    clause = re.split(r"[,;:]", before)[-1]
    of = _SUM_OF.search(clause)
    verb = re.search(r"(?<![\w-])([a-z]+)\s+(?:a|an|the|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+(?:(?:" + _HEDGE + r")\s+)?$", clause)
    if of and of.group(2) == "of" and verb and verb.group(1) in _MONEY_NOUNS and not any(w in _MONEY_NOUNS for w in words) and (
        of.group(1) not in _STOP | _MONEY_NOUNS.keys() | _HOW_MUCH and not of.group(1).endswith(("ed", "ing"))
    ):
        return ""  # 'pay a deposit of 1,500 euros': the deposit (the noun the sum is of), not the verb 'pay' before it
    named = [w for w in words if w in _MONEY_NOUNS] or [  # not a name's word: 'fined Meridian Pay €2.3 million'
        w for w in re.findall(r"(?<![\w-])[a-z]+(?:-[a-z]+)*(?![\w-])", " ".join(clause.split()[-5:])) if w in _MONEY_NOUNS  # not 'pre-tax'
    ][-1:]
    said = _MONEY_NOUNS[named[0]] if named else "ransom" if _FOR_RELEASE.match(after) else ""
    return f"{said} sought" if said in _DECIDED_SUMS and _ASKED_FOR.search(before) else said


# Nouns a figure is 'of' that say only how much ('a total of', 'a maximum of'), not what the figure is.
_HOW_MUCH = frozenset("total sum amount figure maximum minimum average excess tune upwards region order neighbourhood vicinity".split())
# "for his release", "to free the hostages": what a sum demanded for someone is.
_FOR_RELEASE = re.compile(r"\s+(?:for\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(?:release|freedom)|to\s+(?:free|release)\b)", re.IGNORECASE)
# "nine years sought by the prosecution", "the nine years (that) prosecutors had asked for": asked for, said after.
_ASKED_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:sought|demanded|requested|proposed|recommended)\s+by"
    r"|(?:the\s+)?(?:prosecut\w+|prosecution|state|defen[cs]e)\s+(?:had\s+|has\s+)?(?:sought|demanded|requested|asked for|called for|wanted))\b",
    re.IGNORECASE,
)
def _asked_in_court(sentence: Sentence, before: str, after: str) -> bool:
    """A term asked for, not given: a verb of asking before the figure or after it, in a sentence of a court."""
    return bool(_ASKED_FOR.search(before) or _ASKED_AFTER.match(after)) and _COURT_WORDS.search(sentence.text) is not None


# Sums a court or an authority decides, where one asked for is not the one given.
_DECIDED_SUMS = frozenset("fine damages compensation bail".split())


# Nouns of a change, and its direction: 'a 5% rise in prices', 'a 12% drop in sales'.
_CHANGE_NOUNS = {
    **dict.fromkeys("rise increase jump hike gain surge climb".split(), "up"),
    **dict.fromkeys("fall drop decline cut decrease reduction slump slide dip".split(), "down"),
}
# Fractions written after a number word: 'two-thirds', 'three-quarters'.
_FRACTIONS = {
    "thirds": 3, "quarters": 4, "fifths": 5, "sixths": 6, "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10,
}


# A sum's unit it is paid or charged per: 'per colony', 'a hive', 'an hour', 'each extra night'.
_PER_UNIT = re.compile(
    r"\s+(?:per\s+|(?:a|an|each)\s+(?![a-z-]+\s+of\b))(?:(?:single|extra|additional|new)\s+)?([a-z][a-z-]+)\b"
    r"(?!\s+(?:ago|earlier|later|before|after)\b)"  # not 'a decade ago'
)


def _named_share(before: str, after: str) -> str:
    """What a fraction is a share of: the noun it is of ('two-thirds of the 1,200 staff': share of staff), else the
    change of what the verb moves ('the share price has tumbled by two-thirds': share price down)."""
    of = re.match(r"\s+of\s+(?:(?:the|its|their|his|her|all)\s+)?(?:[\d,.]+\s+)?([a-z][\w-]*)", after)
    if of and of.group(1) not in _STOP:
        return f"share of {of.group(1)}"
    change = moved(before)
    return f"{change[0]} {change[1]}".strip() if change and change[1] in ("up", "down") else "share"


# "bringing the total to", "the tally stands at": a figure that says it is the total of the count told before it.
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|tally|count)\s+(?:[\w’'-]+\s+){0,3}?(?:to|at|of|is|was|stands at|stood at|reached|hit)\s+(?:(?:" + _HEDGE + r")\s+)?$"
)
# A rise in pay or prices, whatever the word: 'a 16.5% wage increase', 'a pay rise of 16.5 per cent', 'a 15% raise'.
_RISES = dict.fromkeys("rise raise increase increases rises raises hike hikes increment".split(), "rise")
_VOTE_NOUNS = frozenset("vote votes ballots ballot valid votes popular vote".split(" "))
# "came second with", "won", "took", "polled": a party's share of the vote, when no other noun says what it is of.
_WON_SHARE = re.compile(
    r"\b(?:came|finished|placed|ended|won|wins|took|takes|taking|got|secured|securing|received|polled|garnered|winning|with)\b[^,;]{0,40}$"
)
# The name doing the winning: "the Coastal Alliance won", "Labour came second".
_WINNER = re.compile(
    r"\b([A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:has|had|have|also|then)\s+)?"
    r"(?:came|finished|placed|ended|won|took|got|secured|received|polled|garnered|fell|rose|dropped|slipped|climbed|gained|lost)\b"
)


def _winner(before: str) -> str:
    """Whose share of the vote a percentage is: the name before the verb of winning nearest the figure, else
    the sentence's subject ('The Coastal Alliance, a regional party ..., taking 31.4% of the vote')."""
    named_with = re.search(r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+with\s+(?:(?:" + _HEDGE + r")\s+)?$", before)
    if (
        named_with and named_with.group(1).split()[0].lower() not in FUNCTION_WORDS and not _is_calendar(named_with.group(1))
        and not re.search(r"\b(?:in|at)\s+$", before[: named_with.start()])  # a place: "won in Tromsø with 31.4 percent"
    ):
        return named_with.group(1)  # "ahead of Diego Araya with 39 per cent"
    names = [
        re.sub(r"^(?:The|the|Her|His|Its|Their)\s+", "", m.group(1).split("’s ")[-1].split("'s ")[-1])
        for m in _WINNER.finditer(before)
    ]
    names = [n for n in names if n and n.split()[0].lower() not in FUNCTION_WORDS and not _is_calendar(n)]
    return names[-1] if names else _owner(before)


def _is_calendar(name: str) -> bool:
    return name.split()[0].lower() in _CALENDAR_WORDS


_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


def _percent_noun(before: str, after: str) -> str:
    """What a percentage is of: 'owns 16.5% of', 'of the vote', 'shares rose', 'a premium of', 'turnout was'."""
    if re.search(r"\b(?:owns|owned|holds|held|controls|controlled|acquired|bought|sold)\s+(?:(?:about|around|nearly|almost|some)\s+)?$", before):
        return "stake"  # "which owns 16.5% of Saint-Laurent"
    move = moved(before)
    if move and not move[1] and re.search(r"\b(?:to|at)\s+(?:(?:" + _HEDGE + r")\s+)?$", before):
        return move[0]  # 'Ridership has recovered to 92 per cent of pre-pandemic levels': ridership
    whole = _whole_of(after)
    if whole:
        return whole
    if move:
        what, how, _ = move
        if what.lower() in _POINTING_SUBJECTS or what.split()[0].lower() in _POINTING_SUBJECTS:
            return "decline" if how == "down" else "growth"  # "The number has grown by 12%", "a figure that has risen 12 per cent"
        return f"earlier {what}" if how == "earlier" else f"{what} {how}".strip()
    noun_after = _noun_after(after, True)
    changed = re.match(r"\s*\S+\s+in\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", after) if noun_after else None
    if changed and noun_after.lower() in _CHANGE_NOUNS and changed.group(1) not in _STOP:
        what = " ".join(w for w in changed.groups() if w and w not in _STOP and not w.endswith(("ed", "ing", "ly")))
        return f"{what} {_CHANGE_NOUNS[noun_after.lower()]}"  # "a 5% rise in prices": prices up
    if noun_after:
        return noun_after.lower()
    named = re.findall(
        r"\b(premium|turnout|stake|inflation|unemployment|growth|support|approval|margin|discount|rate|forecast|estimate"
        r"|target|yield|return|tariff|tax|levy|rise|raise|increase|hike)s?\b(?=[^.;,]{0,45}$)",
        before, re.IGNORECASE,
    )
    if named:  # with the nouns that say which: 'the benchmark lending rate', 'a growth forecast'
        said = re.search(r"((?:\b[a-z][\w-]*\s+){0,2})\b" + named[-1] + r"s?\b(?=[^.;,]{0,45}$)", before)
        modifiers = said.group(1).split() if said else []
        cut = max((i for i, w in enumerate(modifiers) if w in _STOP or w.endswith(("ed", "ing", "ly"))), default=-1)
        modifiers = modifiers[cut + 1 :]  # the nouns right before it, none past a verb or a function word
        return " ".join([*modifiers, named[-1].lower()])  # 'a pay rise': its slot, any rise's ('per cent rise')
    offered = re.search(r"\b(offer|propos|demand)(?:ed|ing|s)?\s+(?:(?:a|an|just|about|around|nearly|almost|some)\s+)*$", before, re.IGNORECASE)
    if offered:  # "DPMB has offered 5.5%", "the union is demanding 10%"
        return {"offer": "offer", "propos": "proposal", "demand": "demand"}[offered.group(1).lower()]
    of_noun = re.search(r"\b((?:[a-z][\w-]*\s+){0,2}?)([a-z]{4,})\s+of\s+$", before)
    if of_noun and of_noun.group(2) not in _STOP and not of_noun.group(2).endswith(("ed", "ing")):
        modifiers = of_noun.group(1).split()
        cut = max((i for i, w in enumerate(modifiers) if w in _STOP or w.endswith(("ed", "ing", "ly"))), default=-1)
        return " ".join([*modifiers[cut + 1 :], of_noun.group(2)])  # "annual returns of 12%", "a pay rise of 10%"
    return "per cent"


# 'of the region's roughly 8,700 hectares of vineyards', 'of a future transfer', 'of every ticket sold': the whole a
# percentage is a part of, past whose it is and its measure.
_PERCENT_OF = re.compile(
    r"\s*of (?:(?:the|a|an|any|its|their|his|her|our|every|each|all|all the) )?(?:[\w-]+['’]s\s+)?(?:(?:" + _HEDGE + r")\s+)?(?:(?:" + _CURRENCY
    + r")?\s?\d[\d,.]*(?:\s(?:thousand|million|billion|crore|lakh))?\s(?:(?:" + _UNIT_WORDS + r")\s+of\s+)?)?([a-z]+(?: [a-z]+)?)"
)


def _whole_of(after: str) -> str:
    """The noun a percentage is 'of' ('of the primary market for tickets': primary market), '' when none."""
    of = _PERCENT_OF.match(after)
    words = of.group(1).split() if of else []
    if not words or words[0] in _STOP or words[0].endswith("ed"):  # not 'of the Rs 500 crore allocated'
        return ""
    whole = words[0] if words[-1] in _STOP or words[-1].endswith(("ed", "ing")) else of.group(1)
    return _UNIT_MEASURES.get(_unit(whole), whole)  # 'of her 12 hectares': of an area


# "4.1% of patients on the drug and 2.2% on placebo": a percentage after 'and' with only a phrase of its own after it.
_AND_BEFORE = re.compile(r"\band\s+(?:(?:" + _HEDGE + r")\s+)?$")
_ITS_OWN_PHRASE = re.compile(r"\s+((?:on|in|among|with|for|at|from|under|over)\s+(?:(?:the|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[,.;:)]|$))")


def _alongside(before: str, after: str, told_before: list[Quantity]) -> str:
    """The label of a percentage told after another with the whole left out ('4.1% of patients on the drug and 2.2% on
    placebo'): a share of the whole the one before it is of, with its own phrase (share of patients on placebo)."""
    own = _ITS_OWN_PHRASE.match(after)
    share = next((q for q in reversed(told_before) if q.slot.startswith("per cent ") and q.noun != "per cent"), None)
    if not own or share is None or not _AND_BEFORE.search(before) or not re.match(r"\s*of\s", share.around[1] if share.around else ""):
        return ""
    return f"share of {share.noun} {own.group(1)}"


def _who_do(whole: str, after: str) -> str:
    """A whole read as a plural and the verb after it ('63% of residents speak isiZulu at home') is the people
    who do that, with what they do ('residents who speak isiZulu'): a plural ends a compound noun, so the word
    after it is a verb. Any other whole as it is."""
    words = whole.split()
    if len(words) != 2 or not _plural_noun(words[0]) or words[1] in _STOP or _plural(words[1]) or words[1].endswith(("ed", "ing", "ly")):
        return whole
    done = re.search(rf"\b{re.escape(whole)}((?:\s+(?:a|an|the|their|its)\b(?=\s+\w))?(?:\s+(?!(?:{'|'.join(sorted(_STOP))})\b)[\w-]+){{0,2}})", after)
    return f"{words[0]} who {words[1]}{done.group(1) if done else ''}"


# Verbs whose subject has the part of a whole a percentage says: 'Brask Air holds 40% of the market', 'Oats account for
# 12 percent of the harvest', 'the club will keep 15 per cent of any fee'.
_HOLDS_PART = re.compile(
    r"\b(?:(?:will|would|could|may|might|can|still|now|also|already|together)\s+)*(?:hold|holds|held|keep|keeps|kept|own|owns|owned"
    r"|control|controls|controlled|account(?:s|ed)? for|make(?:s)? up|made up|represent|represents|represented|retain|retains|retained"
    r"|take|takes|took|get|gets|got|receive|receives|received)\s+(?:(?:" + _HEDGE + r")\s+)?$"
)


def _holder(clause: str, holds: re.Match) -> str:
    """Who or what has the share a percentage of a whole is: the subject of the verb of having a part, as written
    ('Brask Air holds'); '' for none ('must be able to hold 50% of the load')."""
    said = clause[: holds.start()]
    if re.search(r"\bto\s*$", said):
        return ""
    name = re.search(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*$", said)
    if name:  # 'Riesling accounts for', 'The Liberal Party holds'
        name = re.sub(r"^(?:The|the|Its|Their)\s+", "", name.group(0).strip())
        return "" if name.split()[0].lower() in FUNCTION_WORDS else name
    subject = _subject(said, False)
    written = re.search(r"\b" + re.escape(subject) + r"\b", said, re.IGNORECASE) if subject else None
    return written.group(0) if written else ""


def _owner(before: str) -> str:
    """The name a count belongs to ('the Liberal Alliance won 52 seats'): the last name in its clause
    that is not a person's title,
    else the sentence's subject ("Clara Dumont's Liberal Alliance won ..., securing 52 seats")."""
    for text, pick in ((re.split(r"[,;:]", before)[-1], -1), (before, 0)):
        names = [
            re.sub(r"^(?:The|the)\s+", "", n.split("’s ")[-1].split("'s ")[-1])
            for n in re.findall(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", text)
            if (n.split()[0].lower() not in FUNCTION_WORDS or len(n.split()) > 1)
            and not any(w.lower() in ROLE_WORDS for w in n.split())  # "Prime Minister Henri Lasalle" is no party
        ]
        if names:
            return names[pick]
    return ""


def fold_name(name: str) -> str:
    return " ".join(w for w in re.sub(r"[’']s\b", "", name).lower().split() if w != "the")


# A unit of measure right after a number: "1800 kilos" is no year.
_MEASURED = re.compile(r"\s?(?:" + "|".join(map(re.escape, longest_first(_UNITS - _COUNTED_UNITS))) + r")(?!\w)")


def _not_a_figure(raw: str, number: float, before: str, after: str) -> bool:
    """Years, model numbers, ordinals, ranges, scores and ages are numbers but not figures."""
    if re.fullmatch(r"\d{4}", raw) and 1800 <= number <= 2100 and not _MEASURED.match(after):
        return True  # a year; not "1800 kilos", a measure
    capitalised = re.search(r"([A-Z][\w-]*)\s$", before)
    if capitalised and capitalised.group(1).lower() not in FUNCTION_WORDS and not re.search(r"(?:^|[.!?]\s+)[A-Z][\w-]*\s$", before):
        if number < 20 or re.match(r"\s+[A-Z0-9]", after):
            return True  # part of a name: "Leopard 2 tanks", "Boeing 737 Max"; not "gave Ukraine 31 tanks"
    if re.match(r"(?:st|nd|rd|th)\b|[-–]\d", after) or re.search(r"[-–]$", before):
        return True  # an ordinal, a range or a score
    if re.search(r"(?<!\bfrom )(?<![\w,.])\d[\d,.]*\s+to\s+$", before):
        return True  # the top of a range: "150 to 250 mm more"; not "rose from 150 to 250"
    return bool(re.search(r"\w,\s$", before) and re.match(r",", after))  # an age: "Jane Doe, 45, said"


def _digits(raw: str) -> str:
    """The digits of a numeral, its thousands separators dropped; a decimal comma ('2,50 €', '2,5 million
    euros', as continental Europe writes them) read as a point; thousands set apart by points dropped too."""
    if re.fullmatch(r"\d{1,3},\d{1,2}", raw):
        return raw.replace(",", ".")
    return re.sub(r"[,\s.]", "", raw) if _POINTED.fullmatch(raw) else re.sub(r"[,\s]", "", raw)


def _numeral(raw: str) -> float:
    """A number's value, in digits or in words (_NUMBER_WORDS)."""
    return _words_value(raw) if raw[:1].isalpha() else float(_digits(raw))


def _words_value(words: str) -> float:
    """The value of a number in words as _NUMBER_WORDS reads them: each scale word multiplies what comes
    before it since the last larger one ('two hundred and fifty thousand'), 'and a half' adds half of what
    the scale it follows or precedes multiplies ('a million and a half', 'one and a half million'), and the
    digits after 'point' are read as after a decimal point, so that 'one point four million' is 1.4 million
    exactly as '1.4 million' is."""
    tokens = re.findall(r"[a-z]+", words.translate(ASCII_OF_LOOKALIKES).lower())  # "ſix" as the pattern read it
    total = current = 0.0
    scale = 1.0  # the last scale multiplied by, for a half said after it
    k = 0
    while k < len(tokens):
        word = tokens[k]
        if tokens[k : k + 3] == ["and", "a", "half"]:
            if current:
                current += 0.5
            else:
                total += 0.5 * scale
            k += 3
            continue
        if word == "point":
            digits = "".join(str(_DIGIT_WORDS[w]) for w in takewhile(_DIGIT_WORDS.__contains__, tokens[k + 1 :]))
            current = float(f"{int(current)}.{digits}")
            k += 1 + len(digits)
            continue
        if word == "half":  # 'half a million', 'half a dozen'
            current, k = 0.5, k + 2
            continue
        if word in ("hundred", "dozen"):
            current = (current or 1.0) * (100.0 if word == "hundred" else 12.0)
        elif word in _SCALES:  # thousand, million, billion, trillion
            scale = _SCALES[word]
            total, current = total + (current or 1.0) * scale, 0.0
        elif word in ("a", "an"):
            current += 1.0
        elif word != "and":
            current += WORD_NUMBERS.get(word) or _DIGIT_WORDS[word]
        k += 1
    return total + current


_LAST_SCALE_WORD = re.compile(rf"\b(hundred|{_BIG})(?:\s+and\s+a\s+half)?$", re.IGNORECASE)


def _scale(match: re.Match) -> tuple[str, float]:
    """A figure's scale and what its numeral is multiplied by: the scale is the word after its digits ('1.2
    million', '2bn', 'two lakh') or, in words, the scale they end with ('three hundred', 'half a million', its
    numeral's value holding it: 1.0; none in 'two thousand and twelve', a count as plain as '2,012'); ''
    when it has none."""
    raw, said = match.group("num"), match.group("scale") or match.group("short") or ""
    ending = _LAST_SCALE_WORD.search(raw) if raw[:1].isalpha() else None
    return said or (ending.group(1) if ending else ""), _SCALES.get(said.lower(), 1.0)


def _scaled_rounding(raw: str) -> float:
    """'1.2 billion' is a rounded figure (1.17 to 1.23 billion), so 'almost 1.2 billion' agrees with it;
    but not so loose that '$2.4 billion' and '$2.5 billion' meet."""
    digits = _digits(raw)
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return 0.0
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 0.3 * 10**-decimals


def _rounding(raw: str, plain: bool, hedge: str, percent: bool = False) -> float:
    """How far a round figure may be from the exact one: '41,000 fans' can be 41,200 counted, and
    'about 2.5' is 2.45 to 2.55 (half a unit of its last digit)."""
    digits = _digits(raw)
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return 0.0
    if hedge in _APPROXIMATE:
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        zeros = 0 if decimals else len(digits) - len(digits.rstrip("0"))
        return 0.5 * 10 ** (zeros - decimals)
    if percent and "." not in digits and not hedge:
        return 0.5  # "54 per cent" may be 54.2% rounded
    if not plain or "." in digits or len(digits) < 4:
        return 0.0
    zeros = len(digits) - len(digits.rstrip("0"))
    # a count: the halfway value ('8,500' for '9,000') is another, and a round figure is rounded by a twentieth at
    # most ('more than 10,000 runners' is not 9,312)
    return min(0.5 * 10**zeros - 1, 0.05 * float(digits)) if zeros >= 3 else 0.0


def _unit(word: str) -> str:
    return _UNIT_NAMES.get(word.lower(), word.lower())


def _plural(word: str) -> bool:
    word = word.lower()
    if word in _IRREGULAR_PLURALS or len(word) > 5 and word.endswith(("men", "ii")):  # 'fishermen', 'denarii', 'radii'
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plural_noun(word: str) -> bool:
    """A lower-case plural that is no unit and no state: the head a plural before it is a kind of."""
    return word[:1].islower() and _plural(word) and word.lower() not in _UNITS and word.lower() not in _STATES


_PARTICLES = frozenset("off up down out away back".split())


# What follows a present-tense verb's '-s' right after a sum's noun: its object, told by a figure or a determiner.
_VERB_ON_ITS_OBJECT = re.compile(rf"(?:\d|(?:the|a|an|its|their|his|her|{'|'.join(WORD_NUMBERS)})$)", re.IGNORECASE)


def _noun_after(after: str, money: bool) -> str:
    """Up to six words after the figure that name what it counts; money also looks past 'worth of'/'in'."""
    words = re.findall(r"[\w’'-]+(?:\.\w+)*|[^\w\s]", after[:120])
    if money and words[:2] in (["more", "in"], ["extra", "in"]):
        words = words[1:]  # "€17m more in add-ons": the add-ons
    if money and words[:2] == ["worth", "of"]:
        words = words[2:]
    elif money and words[:1] in (["in"], ["of"]) and len(words) > 1 and words[1][:1].islower():
        words = words[1:]
    picked: list[str] = []
    for position, word in enumerate(words[:7]):
        coordinated = (  # not 'against and 6 abstentions': a figure after 'and' opens a count of its own
            word in ("and", "or") and picked and any(_plural(w) for w in words[position + 1 : position + 3])
            and not any(w[:1].isdigit() or w.lower() in WORD_NUMBERS for w in words[position + 1 : position + 2])
        )
        if not coordinated and (
            not re.match(r"[\w]", word) or word.lower() in _STOP and word.lower() not in _PLAIN_MODIFIERS or word.lower() in _AFTER_THE_NOUN
        ):
            break  # "solar and wind farms" goes on past its "and"
        picked.append(word)
    while picked and not (picked[-1][:1].islower() or picked[-1][:1].isupper()):
        picked.pop()
    if money:  # not a particle: 'wiping €600m off the firm's value'; not a participle: '€17m tied to goals'
        if picked[:1] and (picked[0].lower() in _PARTICLES or picked[0].endswith("ed") and words[1:2] in (["to"], ["by"])):
            return ""
        plural = next((end for end in range(1, len(picked[:4]) + 1) if _plural(picked[end - 1])), 0)
        if plural > 1 and _VERB_ON_ITS_OBJECT.match(" ".join(words[plural : plural + 1])):
            return " ".join(picked[: plural - 1])  # 'the €140m facility covers 62,000 m²': the facility, its verb no noun
        return " ".join(picked[: _noun_end(picked, plural)] if plural else picked[:4])  # '€3m in bonuses linked to goals': the bonuses
    # the counted noun ends at the first plural (or state) word: "repaired German Leopard 2 battle tanks"
    for end in range(1, len(picked) + 1):
        word = picked[end - 1].lower()
        if _plural(word) or word in _UNITS or word in _STATES:
            end = _noun_end(picked, end)
            if picked[end - 1][:1].isupper() and (picked[0].isdigit() or end > 1 and all(w[:1].isupper() for w in picked[:end])):
                return ""  # a table's row ('16 Erik Jones', '0 0 38 Blake Jones'): a name, no noun it counts
            while word.endswith("s") and _plural_noun(picked[end - 1]) and end < len(picked) and _plural_noun(picked[end]):
                end += 1  # "nine winter sports enthusiasts": a plural naming a kind of the plural after it (not "12 crew members")
            return " ".join(picked[:end])
    return " ".join(picked[:1]) if picked and picked[0].lower() in _UNITS else ""


def _noun_end(words: list[str], end: int) -> int:
    """Where a noun whose first plural is words[end - 1] ends: past the plurals after it when that plural qualifies
    them ('winter sports enthusiasts', 'arms dealers', 'savings accounts'), else right there."""
    if not words[end - 1].endswith("s"):
        return end  # 'crew members': 'crew' is the noun
    while end < len(words) and _plural(words[end]) and words[end].islower() and words[end] not in _UNITS:
        end += 1
    return end


def _slot(noun: str, context: str) -> str:
    words = noun.split()
    head = lemma(words[-1].lower())
    if words[-1].lower() in _PEOPLE or head in ("people", "person") or words[-1].lower() in _ANAPHORS:
        state = _befell(context, words[-1], fled_displaces=True)
        if state:
            return state  # "Nine passengers were taken to hospital", "15 others were hurt": counted by what befell them
    elif head in _PEOPLE_HEADS or words[-1].lower() in ("men", "women"):
        # "three firefighters were hurt", "arrested two men": what befell them, said right by the noun
        befell = _befell(context, words[-1])
        if befell:  # a patient admitted to hospital is a hospitalisation
            return befell if head in ("man", "woman", "men", "women") or befell == "hospitalised" and head == "patient" else f"{befell} {head}"
        if head != "crew" and re.search(r"\b(?:on board|aboard)\b", context[:40]) or words[-1].lower() == "passengers":
            return "passenger"
    elif _plural(words[-1]) and _befell(context, words[-1]) == "hospitalised":
        return f"hospitalised {head}"  # 'Three rowers were taken to hospital': people, whatever no word list knows them by
    head = _STATES.get(noun.lower(), _STATES.get(words[-1].lower(), _unit(words[-1] if words[-1].lower() in _UNIT_NAMES else head)))
    modifiers = [
        w.lower() for w in words[:-1]
        if w.lower() not in NATIONALITIES and w.lower() not in _PLAIN_MODIFIERS and w.lower() not in _STATE_NOUNS
        and w.lower() not in ("and", "or")
    ]
    last_two = " ".join(lemma(w.lower()) for w in words[-2:])  # "member states", "job cuts": a synonym in two words
    for name, members in _SYNONYMS:
        if head in members or last_two in members:
            head = name
            modifiers = [m for m in modifiers if lemma(m) not in members and f"{m} {lemma(words[-1].lower())}" not in members]
            break
    return " ".join([head, *modifiers])


def _befell(context: str, noun: str, fled_displaces: bool = False) -> str | None:
    """What befell the people a count counts ('killed seven miners', 'Seven miners lost their lives', 'nine
    people were taken to hospital with minor injuries'): the state said right before the noun, else the first
    said after it in its own clause; 'were on board when the ferry hit' and the next count's 'and 15 others
    were taken to hospital' are not said of it."""
    said = re.search(r"((?:\w+\s+){0,3})\b" + re.escape(noun) + r"\b(.*)", context)
    if not said:
        return None
    before = [w for w in said.group(1).lower().split() if w in _STATES]  # 'injured two security guards'
    if before and before[-1] != "leaving":  # 'leaving three people dead', 'leaving one resident missing': said after
        return _STATES[before[-1]]
    clause = _CLAUSE_END.split(_ASIDE.sub("", said.group(2), 1), 1)[0]
    found = []
    hospital = _TO_HOSPITAL.match(clause)
    if hospital:  # where the verb starts: 'were taken to hospital', 'ended up in hospital'
        found.append((hospital.start("ended") if hospital.group("ended") else re.search(r"\b(?:were|was|have|has|had|needed|needs?|are|being)\b", clause).start(), "hospitalised"))
    if _SENT_TO_HOSPITAL.match(clause):  # 'took 11 people to hospital', 'sent four riders to a hospital in Leeds'
        found.append((0, "hospitalised"))
    stated = _STATE_AFTER.search(clause)
    if stated:
        found.append((stated.start(), _state_of(stated)))
    left = re.match(r"\s+(dead|missing|injured|hurt|wounded|homeless|trapped)\b", clause)  # 'leaving three missing'
    if left:
        found.append((left.start(), _STATES[left.group(1)]))
    word = next(
        (m for m in re.finditer(r"[a-z]+", clause.lower()) if m.group(0) in _STATES_AFTER and (fled_displaces or m.group(0) != "fled")), None
    )  # '2,000 people fled' were displaced; 'four men fled in a van' escaped
    if word:
        found.append((word.start(), _STATES_AFTER[word.group(0)]))
    return min(found)[1] if found else _STATES[before[-1]] if before else None


def _said_state(match: re.Match) -> str:
    """The state a _STATE_BEFORE match says, as said when one word ('leaving': what it leaves them is said after
    them, 'leaving one resident missing'), else as its state."""
    return "leaving" if match.group(1).lower() == "leaving" else _state_of(match)


def _state_of(match: re.Match) -> str:
    """The state a _STATE_BEFORE or _STATE_AFTER match says: 'perished' and 'lost their lives' are 'killed'."""
    return _STATES[next(g for g in match.groups() if g).lower()]


def lemma(word: str) -> str:
    """A plural's singular, by its ending ('thieves' -> 'thief', 'fishermen' -> 'fisherman', 'cities' -> 'city')."""
    if len(word) > 5 and word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ieves"):  # 'thieves'
        return word[:-3] + "f"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


# The heads of the slots of counts of people: 'people', 'passenger', 'thief', 'men', 'employee' (workers, staff).
_PEOPLE_HEADS = frozenset(
    {lemma(w) for w in _PEOPLE} | _PERSON_NOUNS
    | set("people person men women employee thief member client customer user voter student subscriber visitor spectator".split())
)


def _interval(value: float, hedge: str, rounding: float = 0.0) -> tuple[float, float]:
    low, high = _HEDGES.get(hedge, (1.0, 1.0))
    return value * low - rounding, value * high + rounding


def _part_of(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """', of which Ukrainian air defense shot down 21' / ', 21 of which were shot down'."""
    match = re.match(
        r"[^,.;]{0,60}?,\s+(?:(?:of which|of them)\s+(?P<a>[^,.;]*?)\s(?P<n>\d[\d,]*)\b"
        r"|(?P<n2>\d[\d,]*)\s+(?:of which|of them)\s+(?P<b>[^,.;]{0,40}))",
        text[end:],
    )
    if not match:
        return None
    number = match.group("n") or match.group("n2")
    verb = match.group("a") if match.group("n") else match.group("b")
    verb_words = [w for w in (verb or "").split() if w.lower() not in ("were", "was", "have", "been", "had")]
    if match.group("n"):
        verb_words = verb_words[-2:] if verb_words[-1:] and verb_words[-1] in ("down", "up", "out", "off") else verb_words[-1:]
    span_start = end + match.start("n" if match.group("n") else "n2")
    return f", of which {number} {' '.join(verb_words)}".rstrip(), (span_start, span_start + len(number))


def _is_age(text: str, match: re.Match) -> bool:
    """'a 54-year-old resident', 'The 23-year-old flew', 'the nearly 60-year-old younger brother': an age, not how
    long ago something began; that one is owned by what began it ('Russia’s almost 14-month-old invasion')."""
    if not match.group("old"):
        return False
    return not re.search(r"[’']s\s+$", text[: match.start()])


def _duration(sentence: Sentence, match: re.Match) -> Quantity:
    units = {"year": 365.0, "month": 30.4, "week": 7.0, "day": 1.0}
    raw = match.group("num").lower()
    count = _numeral(raw)
    value = count * units[match.group("unit").lower()]
    low, high = _interval(value, (match.group("hedge") or "").lower())
    anchor = _anchor_before(sentence.text[: match.start()]) or ""
    return Quantity(sentence, match.group(0), _what_began(sentence.text, match, anchor), f"time since {anchor.lower()}".strip(), value, low, high)


def _what_began(text: str, match: re.Match, anchor: str) -> str:
    """What a duration is counted from, said as the source says it: 'Russia invaded', 'Russia launched a
    full-scale aggression', or after it: 'Russia’s almost 14-month-old invasion'."""
    if not anchor:
        return ""
    between = text[text.rfind(anchor, 0, match.start()) + len(anchor) : match.start()].split()
    if 1 <= len(between) <= 4 and all(w.isalpha() or "-" in w for w in between) and between[0].islower():
        return " ".join([anchor, *between])
    following = re.match(r"\s*([a-z]+)\b", text[match.end() :])
    if match.group("old") and following and following.group(1) not in FUNCTION_WORDS:
        return f"{anchor}’s {following.group(1)}"
    return anchor


def _anchor_before(text: str) -> str | None:
    """The nearest name before a duration: what 'a year ago' is counted from ('Russia')."""
    names = re.findall(r"\b([A-Z][\w-]+)(?:[’']s)?\b", text)
    names = [n for n in names if n.lower() not in FUNCTION_WORDS]
    return names[-1] if names else None


def _score(sentence: Sentence, match: re.Match) -> Quantity:
    after = sentence.text[match.end() : match.end() + 25].lower()
    before = sentence.text[max(0, match.start() - 20) : match.start()].lower()
    if re.search(r"penalt|shoot-?out", after):
        slot = "penalty shoot-out score"
    elif re.search(r"half-?time|half time|at the break|interval", after) or re.search(r"half-?time\W+(?:lead|score)", before):
        slot = "half-time score"
    elif "aggregate" in after or "aggregate" in before:
        slot = "aggregate score"
    else:
        slot = "score"
    first, second = int(match.group(1)), int(match.group(2))
    value = first * 100 + second
    return Quantity(sentence, match.group(0), "", slot, value, value, value)


# "Kemi's council approved it by 29 votes to 14, and Tornio's by 22 votes to 13": whose vote each tally is.
_VOTER = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s(?:\s+(?!by\b)([a-z]{3,}))?\b")


def _sides_named(text: str, tallies: list[tuple[re.Match, Quantity]]) -> list[Quantity]:
    """Two or more tallies in one sentence are votes of different bodies: each is labelled with the body named
    by a possessive before it, the noun the first one names lent to a later one that leaves it out ('and Tornio's
    by'); none is labelled when any side is unnamed, as a bare 'vote' is then no worse than a guess."""
    if len(tallies) < 2:
        return [tally for _, tally in tallies]
    sides, start, body = [], 0, ""
    for match, _ in tallies:
        voter = list(_VOTER.finditer(text, start, match.start()))
        if not voter:
            return [tally for _, tally in tallies]
        body = voter[-1].group(2) or body
        sides.append(f"{voter[-1].group(1)} {body}".strip())
        start = match.end()
    return [replace(tally, label=f"{side}'s vote") for side, (_, tally) in zip(sides, tallies)]


def _tally(sentence: Sentence, match: re.Match, after_a_tally: bool = False) -> Quantity | None:
    """How a vote split, as one figure (the votes for times 1,000 plus those against); a split of digits only
    with a word of voting by it ('voted 5-2', 'a 4-3 vote', 'the voting ended 29–14') or, in a sentence with no word
    of a game, after another tally ('29–14 in Kemi, 22–13 in Tornio'); not a score or a range ('won 3-1', '5-10 years')."""
    text = sentence.text
    scored = _SCORE_CONTEXT.search(text) is not None  # 'voted 6-3 on the day the club won 2-1': the vote's word said near only
    near = _VOTING.search(text[max(0, match.start() - (25 if scored else 40)) : match.end() + 15])
    if match.group("no") is not None and not near and (scored or not after_a_tally):
        return None
    if match.group("no_to") is not None and not re.search(r"\bvot(?:ed|ing)\s+(?:by\s+)?$", text[: match.start()]):
        return None  # "rose from 12 to 15", "aged 20 to 45": no vote
    yes, no = (_numeral(raw) for raw in (match.group("yes"), match.group("no") or match.group("no_said") or match.group("no_voted") or match.group("no_to") or match.group("no_against")))
    if yes >= 1000 or no >= 1000:
        return None
    value = yes * 1000 + no
    return Quantity(sentence, match.group(0), "vote", TALLY, value, value, value)


# --- labels: what a figure whose noun says nothing counts, in its clause's own words ----------------

# Counted nouns that point back at something ("12 others were hurt", "20 more") rather than naming it.
_ANAPHORS = frozenset("others more those".split())
_GENERIC_NOUNS = _ANAPHORS | {"people", "persons", "individuals"}
# "a city of 78,000 people": a place's population.
_POPULATED = re.compile(r"\b(?:city|town|village|country|nation|island|region|province|state|district|municipality)\s+of\s+(?:(?:" + _HEDGE + r")\s+)?$", re.IGNORECASE)
# "can carry 350 people": what a vessel, hall or vehicle holds.
_HOLDS = re.compile(r"\b(?:carry|carries|carrying|hold|holds|seat|seats|accommodate|accommodates|take|takes)\s+(?:up to\s+)?(?:(?:" + _HEDGE + r")\s+)?$", re.IGNORECASE)
# "were flown to a trauma centre", "were treated for burns": what befell a count, said after its noun.
_BEFELL = re.compile(
    r"\s+(?:were|was|are|is|have been|had been|will be|would be)\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|ought|ung|ost|ept|eft|ut|urt))\b"
    r"((?:\s+(?:to|in|at|into|from|for|with|on|by|off)\s+(?:a\s+|an\s+|the\s+|their\s+|its\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)?)"
)
# "12 others were taken to hospital": the verbs that say a count was hospitalised, whatever the place.
_CARED_FOR = re.compile(r"^(?:taken|rushed|admitted|airlifted|flown|brought)\s+to\s+(?:[a-z-]+\s+)?(?:hospital|clinic|trauma cent(?:re|er)|medical cent(?:re|er)|infirmary)s?$")
_IN_HOSPITAL = re.compile(r"\s+(?:are|were|is|was|remain|remained|remains|stay|stayed)\s+(?:still\s+)?in\s+(?:(?:a|the)\s+)?(?:hospital|intensive care)\b")
# Sums named by the noun before them: "an appeal for £2.5 million", "savings of C$120 million".
_SUM_OF = re.compile(r"\b([a-z][a-z-]{2,})\s+(of|for)\s+(?:(?:" + _HEDGE + r")\s+)?$")
_ASKS_FOR = frozenset("appeal appeals bid bids claim claims request requests budget loan loans grant grants order orders settlement".split())
# Verbs whose object is a sum of the kind the noun names: "Sweden will contribute €1.8 billion".
_SUM_VERBS = {
    "contribute": "contribution", "contributes": "contribution", "contributed": "contribution", "contributing": "contribution",
    "donate": "donation", "donates": "donation", "donated": "donation", "donating": "donation",
    "spend": "spending", "spends": "spending", "spent": "spending", "spending": "spending",
    "borrow": "borrowing", "borrowed": "borrowing", "lend": "loan", "lent": "loan",
    "demand": "demand", "demands": "demand", "demanded": "demand", "demanding": "demand",
}
_SUM_VERB = re.compile(r"\b(" + "|".join(_SUM_VERBS) + r")\s+(?:(?:" + _HEDGE + r")\s+)?$", re.IGNORECASE)
# "insured for €12 million", "value the pair at €15 million": the verb and its preposition say what the sum is.
_VALUED = re.compile(r"\b(insured|valued|value|values|priced)\s+(?:[\w-]+\s+){0,3}?(for|at)\s+(?:(?:" + _HEDGE + r")\s+)?$", re.IGNORECASE)
# "The shares opened at 27.50 euros and closed at 26.40 euros": a price a share traded at on a day's open or close
# (not "the fund closed at $2 billion": only in a sentence about shares or stock).
_TRADED_AT = re.compile(r"\b(opened|closed|ended|finished)\s+(?:(?:the\s+)?(?:day|session|week|trading)\s+)?at\s+(?:(?:" + _HEDGE + r")\s+)?$")
_SHARES = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?)\b")
# "put the cost of a new footbridge at", "estimated the damage to its track at": the noun phrase a verb of reckoning
# sets at a sum is what the sum is (not 'value ... at': _VALUED).
_RECKONED_AT = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|estimating|assessed|assess|assesses|placed|places|set|sets|setting)\s+"
    r"(?:the|its|their|his|her|our)\s+([a-z][a-z-]+(?:\s+(?:of|to|for|on|from|in|and|the|a|an|its|their|his|her|our|[a-z][a-z-]+)){0,6}?)"
    r"\s+at\s+(?:(?:" + _HEDGE + r")\s+)?$"
)
_DETERMINERS = frozenset("the a an its their his her our".split())
# "in a deal worth C$2.9bn", "undersea cables worth 9.5 billion euros": the value of the noun before 'worth'.
_WORTH = re.compile(r"\b([a-z][a-z-]{2,})\s+(?:(?:is|was|are|were|will be|would be)\s+)?worth\s+(?:(?:" + _HEDGE + r")\s+)?$")
# --- what a figure measures: the noun phrase the verb that moves it, or sets its level, is about ----------

# Verbs that move a figure ('inflation eased to 3.1%', 'shares fell 3%', 'the bank cut its rate by 25 basis points
# to 6.25%') or say where it stands ('unemployment stood at 7.2%', 'oil output averaged 1.48 million barrels').
_UP = "accelerated quickened rose risen rise rises rising climbed climb climbs jumped jump jumps surged surge surges soared soar soars increased increase increases gained gain gains grew grow grows grown expanded expand expands raised raise raises hiked hike hikes widened widen widens recovered recover recovers rebounded rebound rebounds".split()
_DOWN = "slowed dipped dips fell fallen fall falls falling dropped drop drops declined decline declines decreased decrease decreases slipped slip slips eased ease eases slumped slump slumps plunged plunge plunges tumbled tumble tumbles slid slide slides shrank shrunk shrink shrinks contracted contract contracts cut cuts lowered lower lowers reduced reduce reduces trimmed trim trims slashed slash narrowed narrow narrows sank sink sinks".split()
_LEVEL = "reached reach reaches hit hits stood stands stand averaged average averages held hold holds kept keep keeps left leave leaves remained remain remains totalled totaled totals topped tops peaked amounted came was is were are put puts placed places estimate estimates estimated pegged pegs".split()
# Verbs that put a figure at a level, with an object that may come without an article ('puts turnout at 71%').
_PUTS_AT = frozenset("put puts placed places estimate estimates estimated pegged pegs".split())
# Verbs that say a level only with 'at' or 'to': 'shares closed at €5', 'inflation hovered at 3%'; not 'ended 12 years of rule'.
_LEVEL_AT = frozenset("closed opened ended finished settled hovered stayed steadied".split())
_MOVES = {**dict.fromkeys(_LEVEL, ""), **dict.fromkeys(_LEVEL_AT, ""), **dict.fromkeys(_UP, "up"), **dict.fromkeys(_DOWN, "down")}
_GROWS = frozenset("grew grow grows grown expanded expand expands".split())  # 'the economy grew 2.8%': its growth
# Where a sentence's clauses part: a comma (not a thousands separator), a semicolon, a colon, a bracket, a dash.
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\[\]“”\"]|\s[-–—]\s")
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
# Words between a verb and its figure that frame when or how it was measured: 'rose 7% year on year in May to'.
_FRAME_WORDS = frozenset("year on in the a an month quarter first second third fourth last this previous earlier from week day".split())
_UNMOVED = frozenset("unchanged steady flat stable".split())  # 'was unchanged at 6.1 per cent': its level
_AUXILIARIES = frozenset("has have had will would could can may might must should also further now again only be been is was are were to expected set therefore thus hence still already".split())
_PREPOSITIONS = frozenset("of for on in at to into among from over across with within during between".split())
# Nouns that say what a figure is only with what they are of: 'the price of a loaf of bread', 'the level of debt'.
_RELATIONAL = frozenset("price prices cost costs level levels value number share rate proportion total size amount".split())
_FIGURE_WORDS = re.compile(
    r"^(?:by\s+)?(?:(?:" + _HEDGE + r")\s+)?(?:" + _CURRENCY + r")?\s?\d[\d,.]*\s*(?:%|percentage points?\b|per\s?cent\b|basis points\b|bps?\b|points\b|"
    r"thousand\b|million\b|billion\b|trillion\b|bn\b|m\b|k\b|[a-z]+)?\s*", re.IGNORECASE,
)


# A level said with a preposition or a verb of averages and totals: 'rose to', 'stood at', 'averaged'.
_LEVEL_SET = re.compile(r"\b(?:to|at|averaged|averages|totalled|totaled|totals)\s+(?:(?:" + _HEDGE + r")\s+)?$")


def moved(before: str) -> tuple[str, str, bool] | None:
    """What the figure after `before` measures, read from the verb of its clause that moves it or sets its level:
    its object ('cut the repo rate by'), else its subject ('Spain's unemployment rate rose to'); how the figure
    tells it: '' for its level ('to', 'at', 'reached'), 'up'/'down' for a change ('by', 'fell 3%'), 'earlier' for
    where it moved from ('from £35 to £42'); and whether the figure follows the verb right after its object,
    with no preposition ('raised $1.2bn', 'shares fell 3%': a change only where the verb takes no object)."""
    clauses = _CLAUSE_BREAK.split(before)
    clause = clauses[-1]
    if len(clauses) > 1 and clause.strip().lower() in ("from", "up from", "down from"):
        clause = f"{clauses[-2]} from "  # 'has risen to 1,500 pounds, from 50 pounds': where the price moved from
        clauses = clauses[:-1]
    verbs = [m for m in re.finditer(r"[A-Za-z]+", clause) if m.group(0).lower() in _MOVES]
    if not verbs:  # 'Q3 gold output at 142,000 oz', 'Inflation at 3%': a headline's level, its verb left out
        at = re.search(r"\bat\s+(?:(?:" + _HEDGE + r")\s+)?$", clause)
        words = re.findall(r"[\w.’'-]+", clause[: at.start()]) if at else []
        said = max((i for i, w in enumerate(words) if w.lower() in SPEECH_VERBS), default=-1)
        words = words[said + 1 :]  # 'Kastell Mining says Q3 gold output at': all but what was said is one noun phrase
        if not words or not all(_in_noun_phrase(w) for w in words[1:]) or len(words) > 4:
            return None
        what = _subject(" ".join(words), len(clauses) == 1 and said < 0)
        return (what, "", False) if what else None
    verb = verbs[-1]
    word = verb.group(0).lower()
    how = _MOVES[word]
    mid = clause[verb.end() :].split()
    last = mid[-1].lower() if mid else ""
    if last in ("by", "to", "at", "from", "of"):
        mid = mid[:-1]
    else:
        last = ""
    if last == "of":  # 'grew at an annualised rate of 2.8%', 'rose to a level of': its level
        if len(mid) < 2 or mid[0].lower() not in ("at", "to") or mid[-1].lower() not in ("rate", "level", "pace", "high", "low", "total"):
            return None
        mid, last = [], "at"
        if word in _GROWS:
            grown = _subject(clause[: verb.start()], len(clauses) == 1)
            return (f"{grown} growth", "", False) if grown else None
    if word in _PUTS_AT and last == "at" and 0 < len(mid) <= 3 and all(re.fullmatch(r"[a-z-]+", w) for w in mid) and mid[0] not in _DETERMINERS:
        return " ".join(mid), "", False  # 'a count puts turnout at', 'analysts estimate inflation at': a bare object
    if word in _LEVEL_AT and (mid or last not in ("at", "to")):
        return None
    objects, told = _object_and_change(mid)
    if objects is None:
        return None
    if how == "" and word in ("was", "is", "were", "are") and (objects or told or last not in ("", "at")):
        return None  # 'was taken to', 'is set at': not the figure's own level
    what = objects or _subject(clause[: verb.start()], len(clauses) == 1)
    if not what:
        return None
    if last == "from":
        return what, "earlier", False
    if last == "by" or (how and not told and not last):
        if not how:
            return None
        return (f"{what} growth", "", not last) if word in _GROWS else (what, how, not last)
    return what, "", False


def _object_and_change(words: list[str]) -> tuple[str | None, bool]:
    """Between a verb and its figure: the object it moves ('the repo rate'), and whether a change was told
    first ('by 25 basis points', '7 per cent year on year'); None when the words are anything else."""
    text = " ".join(words)
    change = re.search(r"(?:^|\s)(?:by\s+)?\S{0,4}?\d", text)
    told = False
    if change:
        rest = _FIGURE_WORDS.sub("", text[change.start() :].strip(), count=1)
        if not all(w.lower() in _FRAME_WORDS or w[:1].isupper() or w.endswith("-year") for w in rest.split()):
            return None, False
        text, told = text[: change.start()], True
    frames = text.split()
    if told and frames[-1:] in (["to"], ["at"], ["from"]):
        frames.pop()  # 'lowered its rate to 12.75 percent from', 'will rise from £35 to': the rate, the fee
    while frames and (frames[-1].lower() in _FRAME_WORDS or frames[-1][:1].isupper()) and any(w.lower() in ("in", "on", "year") for w in frames):
        frames.pop()  # 'rose in May to'
    words = [w for w in frames if not w.endswith("ly") and w.lower() not in _UNMOVED]
    if not words:
        return "", told
    if words[0].lower() not in _DETERMINERS or len(words) > 5 or any(w.lower() in _PREPOSITIONS or not re.fullmatch(r"[\w.’'-]+", w) for w in words):
        return None, False
    said = _noun_phrase(words[1:])
    return (said or None), told


def _subject(text: str, opens_sentence: bool) -> str:
    """The noun phrase right before a clause's verb, past the phrases that complement it: 'Spain's unemployment
    rate', 'Copper production in Chile', 'The price of a loaf of bread in Khartoum has', 'Analysts estimate
    household bills could' -> 'unemployment rate', 'Copper production', 'price of bread', 'household bills'."""
    words = re.findall(r"[\w.’'-]+", text)
    if opens_sentence and words and not words[0].isupper():
        words[0] = words[0].lower()  # 'Retail sales rose': capitalised as the sentence's first word only
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].endswith("ly")):
        words.pop()
    if words[-1:] and words[-1].lower() in ("that", "which", "who"):
        words.pop()  # 'a figure that has risen': the figure
    complement: list[str] = []
    while True:  # from the verb back: a noun phrase, and while a preposition opens it, the one it complements
        start = len(words)
        while start and _in_noun_phrase(words[start - 1]) and not (words[start - 1][:1].isupper() and start > 1 and words[start - 2][:1].isupper()):
            start -= 1  # a name of one word may say whose ('Nordvik shares'); one of more ends the phrase
        head = words[start:]
        before_head = words[start - 1] if start else ""
        if before_head[:1].isupper() and before_head.lower() not in _STOP and not before_head.endswith(("’s", "'s")) and len(head) > 1:
            head = head[1:]  # 'Baltic Power Research estimate household bills': the verb after a name
        while start and (words[start - 1].lower() in _DETERMINERS or words[start - 1].lower() in _QUANTIFIERS or _POSSESSIVE.search(words[start - 1])):
            start -= 1  # 'the council's element': whose it is opens the phrase
        joined = _coordinated_start(words, start) if head else start
        if joined != start and words[joined - 1].lower() in _PREPOSITIONS:
            start = joined  # 'The damage to the road and the barriers is': both are what 'to' opens
        named = start
        while named and words[named - 1][:1].isupper() and words[named - 1].lower() not in _STOP:
            named -= 1
        while named and words[named - 1].lower() in _DETERMINERS:
            named -= 1
        if head and named != start and named > 1 and words[named - 1].lower() in _PREPOSITIONS:
            start = named  # 'Prices at the Dutch TTF hub rose': a name of many words that modifies what a preposition opens
        if start > 1 and words[start - 1].lower() in _PREPOSITIONS and head:
            complement, words = words[start - 1 :], words[: start - 1]
            continue
        break
    if not head or len(head) > 4 or head[-1].lower().endswith(("ed", "ing")) or head[-1][:1].isupper() and len(head) > 1:
        return ""
    if re.search(r"\d", head[-1]):
        return ""  # 'The 29-year-old took more than a minute off': a person said by an age, no measure
    said = _noun_phrase(head)
    if said and head[-1].lower() in _RELATIONAL and complement[:1] == ["of"]:
        nouns = [w for w in complement if w[:1].islower() and w.lower() not in _STOP]
        if nouns:
            return f"{said} of {nouns[-1].lower()}"  # 'the price of a loaf of bread': price of bread
    return said


_QUANTIFIERS = frozenset("each every all both some any".split())
_POSSESSIVE = re.compile(r"\w[’']s$")


def _coordinated_start(words: list[str], start: int) -> int:
    """Where the noun phrase joined by 'and' or 'or' before the one at `start` opens ('the road surface and crash
    barriers': at 'the'); `start` when no such phrase comes before it."""
    if start < 3 or words[start - 1].lower() not in ("and", "or"):
        return start
    joined = start - 1
    while joined and _in_noun_phrase(words[joined - 1]) and not words[joined - 1][:1].isupper():
        joined -= 1
    if joined == start - 1:
        return start
    while joined and (words[joined - 1].lower() in _DETERMINERS or _POSSESSIVE.search(words[joined - 1])):
        joined -= 1
    return joined
_ADJECTIVE_WORDS = frozenset("new old first second third last next other total".split())  # of FUNCTION_WORDS


def _in_noun_phrase(word: str) -> bool:
    return re.fullmatch(r"[\w.-]+", word) is not None and word.lower() not in SPEECH_VERBS and (
        word.lower() not in _STOP or word.lower() in _ADJECTIVE_WORDS
    )


def _noun_phrase(words: list[str]) -> str:
    """Up to three words of a noun phrase, as written ('Nordvik shares', 'PM2.5 concentrations'); a word alone in lower case
    unless an acronym ('Inflation eased' -> 'inflation')."""
    words = [w for w in words if w.lower() not in _DETERMINERS]
    if not words or any(w.lower() in _STOP and w.lower() not in _ADJECTIVE_WORDS for w in words):
        return ""
    words = words[-3:]
    return words[0].lower() if len(words) == 1 and not words[0].isupper() else " ".join(words)


# Units counted as if they were things ("number of hectares"): what they measure.
_UNIT_MEASURES = {"km": "distance", "m": "distance", "mi": "distance", "ft": "distance", "ha": "area", "acre": "area",
                  "mm": "length", "cm": "length", "l": "volume", "gallons": "volume", "barrels": "volume",
                  "TB": "data", "GB": "data", "PB": "data",
                  "GW": "capacity", "MW": "capacity", "kW": "power", "kg": "weight", "tonnes": "weight", "tons": "weight"}
# "300 metres of track", "6 GW of capacity": the thing a measure is of.
_UNIT_OF = re.compile(r"\s+of\s+(?:the\s+|new\s+)?([a-z][a-z-]{2,})(?:\s+([a-z][a-z-]{2,}))?\b")


# "outdoor temperatures above", "the water temperature reached": the word saying which temperature, in its clause.
_WHICH_TEMPERATURE = re.compile(r"\b([a-z]{3,})\s+temperatures?\b[^,;:.\d]{0,30}$")


def _whose_temperature(before: str, unit: str) -> str:
    """'outdoor temperature (°C)' for 'With outdoor temperatures above 29°C'; '' when no word says which."""
    said = _WHICH_TEMPERATURE.search(before)
    word = said.group(1) if said else ""
    if not word or word in _STOP or word.endswith(("ed", "ing", "ly")):
        return ""
    return f"{word} temperature ({unit})"


def _measured_of(after: str) -> str:
    """The thing a measure is of ('300 metres of track', '3,400 hectares of pine forest', '30 cm of fresh snow'):
    with the noun it modifies ('pine forest', not 'track were'), past a plain adjective; '' when none."""
    of = _UNIT_OF.match(after)
    if not of or of.group(1) in _STOP:
        return ""
    second = of.group(2) if of.group(2) and of.group(2) not in _STOP and not of.group(2).endswith(("ed", "ing", "ly")) else ""
    return f"{of.group(1)} {second}".strip()


def _named_generic(noun: str, slot: str, before: str, after: str) -> str:
    """A label for a count whose noun says nothing ('people', 'others'), from its clause: the people a firm
    employs, a place's population, what a vessel holds, or what befell them ('flown to a trauma centre')."""
    word = noun.lower()
    if slot == "employee" and word == "people":
        return "employees"
    if word == "people" and _POPULATED.search(before[-40:]):
        return "population"
    if word == "people" and _HOLDS.search(before[-30:]):
        return "capacity (people)"
    if slot in STATE_SLOTS:  # "and 20 others were hurt": the injured; "people killed" says it already
        return slot if word in _ANAPHORS else ""
    if _IN_HOSPITAL.match(after):  # "19 people remain in hospital"
        return "hospitalised" if word in _ANAPHORS else f"{noun} hospitalised"
    done = re.search(r"\b([a-z]{3,}ed)\s+(?:(?:" + _HEDGE + r")\s+)?$", before[-40:])
    if done and done.group(1) not in _NOT_HANDLED and done.group(1) not in _STOP:  # "abducted 23 others", "booked 18 people"
        return done.group(1) if word in _ANAPHORS else f"{noun} {done.group(1)}"
    where = re.match(
        r"\s+(?:(?:were|was|are|is|had been)\s+)?(on board|aboard|inside|underground|on site)\b|\s+(took part|turned out|[a-z]{3,}ed)\b"
        r"|\s+(?:are|were|is|was)\s+([a-z]{4,}\s+to\s+[a-z]{3,})\b", after
    )
    if where and word not in _ANAPHORS and not set((where.group(2) or "").split()) & _STOP:
        return f"{noun} {where.group(1) or where.group(2) or where.group(3)}"  # "150 people were on board", "2,500 people marched",
        # "4.2 million people are eligible to vote"
    befell = _BEFELL.match(after)
    if not befell or befell.group(1) in _STOP or befell.group(1) in _IRREGULAR_PLURALS:
        return ""
    words = f"{befell.group(1)}{befell.group(2)}".split()
    while words[-1] in _STOP:  # "moved to a shelter in": the phrase ends at its noun
        words.pop()
    said = " ".join(words)
    if _CARED_FOR.match(said):
        said = "hospitalised"
    elif len(words) == 1 and said in _STATES:
        said = _STATES[said]  # "20 others were hurt": the injured
    return said if word in _ANAPHORS else f"{noun} {said}"


def _named_sum(before: str, handled: bool = True) -> str:
    """What a sum no noun after it names is, from the words before it: the noun it is of or asked for ('an
    appeal for', 'savings of'), what it is the level of ('the prize ... was', 'revenue rose to'), or its verb
    (unless `handled` is False: 'lose about 8 million koruna in fares' is named by the noun after it)."""
    clause = re.split(r"[,;:(]", before)[-1]
    of = _SUM_OF.search(clause)
    if of and of.group(1) not in _STOP and (of.group(2) == "of" or of.group(1) in _ASKS_FOR):
        if not of.group(1).endswith(("ed", "ing")) or of.group(1).endswith(("spending", "funding", "financing")):
            return of.group(1)
    traded = _TRADED_AT.search(clause)
    if traded and _SHARES.search(before):  # 'The stock opened at 27.50 euros, ..., and closed at 26.40 euros'
        return "opening share price" if traded.group(1) == "opened" else "closing share price"
    move = moved(before)
    if move and not move[2]:  # 'the fee will rise from £35 to £42', 'revenue rose to ₦48.6bn', 'the prize ... was'
        what, how, _ = move
        return f"earlier {what}" if how == "earlier" else f"{what} {how}".strip()
    verb = _SUM_VERB.search(clause)
    if verb:
        return _SUM_VERBS[verb.group(1).lower()]
    reckoned = _RECKONED_AT.search(clause)
    if reckoned and reckoned.group(1).split()[0] not in _POINTING_SUBJECTS | SAY_NOTHING:
        return " ".join(w for w in reckoned.group(1).split() if w not in _DETERMINERS)  # 'put the cost of a new bridge at': cost of new bridge
    valued = _VALUED.search(clause)
    if valued:
        return "insured value" if valued.group(1).lower() == "insured" else "value"
    worth = _WORTH.search(clause)
    if worth and worth.group(1) in _TOGETHER:
        return "value"  # "the reliquary and the coins, together worth an estimated €4.5m"
    if worth and worth.group(1) not in _STOP:
        told = worth.group(0).split()[1] in ("is", "was", "are", "were", "will", "would")  # the subject of 'was worth'
        thing = told and _subject(clause[: worth.end(1)], False) or worth.group(1)  # 'The winning ticket in the draw was worth': the ticket
        return f"{thing} value" if not _plural(thing.split()[-1]) else f"value of {thing}"
    return _sum_handled(clause) if handled else ""


# "raised $1.2bn", "has set aside R3.5 billion", "will invest 1.2 billion yuan", "paid A$400m", "handed him €5,000":
# the verb whose object a sum is, in the past ('-ed', or one of the irregular ones news writes of money), after
# a modal or 'to', or in the present after its subject ('each receive'); a person or body it was given to may come
# between, by name or as a short noun phrase ('awarded the lab DKK 12m', 'paid each victim €3,000').
_IRREGULAR_PAST = {"pay": "paid", "pays": "paid", "paid": "paid", "spend": "spent", "spent": "spent", "lend": "lent", "lent": "lent",
                   "win": "won", "won": "won", "lose": "lost", "lost": "lost", "seek": "sought", "sought": "sought", "bring": "brought", "brought": "brought",
                   "set aside": "set aside", "put up": "put up", "cost": "cost", "costing": "cost", "costs": "cost",
                   "cut": "cut", "shut": "shut", "hit": "hit", "put": "put", "set": "set", "sell": "sold", "sold": "sold",
                   "build": "built", "built": "built", "hold": "held", "held": "held", "send": "sent", "sent": "sent",
                   "leave": "left", "left": "left", "take": "taken", "buy": "bought", "bought": "bought", "find": "found", "found": "found",
                   "fly": "flown", "flown": "flown", "draw": "drawn", "drawn": "drawn", "throw": "thrown", "thrown": "thrown"}
_HANDLED = re.compile(
    r"\b(?:(?P<past>[a-z]{3,}ed|set aside|put up|paid|spent|lent|won|sought|brought|costing|cost|costs)"
    r"|(?:will|would|to|could|may|might|must|can|should)\s+(?P<base>set aside|put up|[a-z]{3,})"
    r"|\b(?:each|both|all|also|who|which|that|they|we)\s+(?!(?:year|month|week|day|time)s?\b)(?P<present>[a-z]{2,}[^\Ws])s?)\s+"
    r"(?:(?:him|her|them|it|us|me|(?:the|its|their|each)\s+[a-z-]{3,}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+)?(?:(?:" + _HEDGE + r")\s+)?$"
)
_NOT_HANDLED = frozenset("estimated expected reported valued insured priced based needed owed used".split())


def _verb(handled: re.Match) -> str:
    """The verb of a match of _HANDLED, in lower case: its past, its base after a modal, or a present's stem ('each
    receive', 'who pays': receive, pay)."""
    return (handled.group("past") or handled.group("base") or handled.group("present")).lower()


def _sum_handled(clause: str) -> str:
    """A sum named by the verb it is the object of: 'amount raised', 'amount set aside', 'amount invested'; what a
    thing costs: 'repairs costing €6.8m' is the cost of repairs."""
    said = _HANDLED.search(clause)
    if said and _IRREGULAR_PAST.get(_verb(said)) == "cost":
        thing = re.search(r"\b([a-z][a-z-]{2,})\s+$", clause[: said.start()])
        return f"cost of {thing.group(1)}" if thing and thing.group(1) not in _STOP else "cost"
    done = _done_to_figure(clause)
    return f"amount {done}" if done else ""


def _done_to_figure(clause: str, past_only: bool = False) -> str:
    """The past participle of the verb a figure is the object of ('has treated 12,000 ha': treated; 'will raise':
    raised; with `past_only`, only a verb told in the past), '' when none is right before it or the verb only sizes
    or moves it ('weighs', 'reached', 'rose')."""
    said = _HANDLED.search(clause)
    if not said or past_only and not said.group("past"):
        return ""
    verb = _verb(said)
    if verb in _NOT_HANDLED or verb in _STOP or _MOVES.get(verb) == "":
        return ""
    done = past_participle(verb)
    return done if done and done not in _NOT_HANDLED | _SIZED_BY else ""


# Verbs that say how big a thing is, not what was done to it ('it weighed 45 kg', 'the field measured 8 km').
_SIZED_BY = frozenset("weighed measured totalled totaled numbered spanned stretched reached exceeded topped averaged included involved contained".split())


def past_participle(verb: str) -> str | None:
    """'eliminate' -> 'eliminated', 'cut' -> 'cut', 'paid' -> 'paid'; None for a verb whose last consonant may
    double ('stop', 'plan'), which no ending rule spells right."""
    verb = verb.lower()
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith(("ed", "en")):
        return verb
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"  # 'carry' -> 'carried', 'bury' -> 'buried'
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", verb):
        return None
    return verb + "ed"


_TOGETHER = frozenset("together collectively combined jointly altogether reportedly allegedly".split())


def _named_percentage(before: str, after: str) -> str:
    """What a percentage is when no noun after it says so: the noun it is of ('refunds of 30% of their fee'), a
    share of the whole it is of, with who has that share ('Brask Air holds 40% of the market': share of market
    (Brask Air)), what the verb that sets its level is about ('carbon monoxide in the tunnel rose to 3.4 per cent')."""
    clause = re.split(r"[,;:(]", before)[-1]
    of = _SUM_OF.search(clause)
    if of and of.group(2) == "of" and of.group(1) not in _STOP and not of.group(1).endswith(("ed", "ing")):
        return of.group(1)  # "refunds of 30% of their annual fee": refunds, not the fee
    whole = _who_do(_whole_of(after), after)
    said = _CLAUSE_BREAK.split(before)[-1]
    holds = _HOLDS_PART.search(said) if whole else None
    if holds:
        holder = _holder(said, holds)
        return f"share of {whole} ({holder})" if holder else f"share of {whole}"
    level = moved(before)
    if level and not level[1]:
        return level[0]  # 'ridership has recovered to 92 per cent of pre-pandemic levels': ridership
    return f"share of {whole}" if whole else ""


# "a snow load of 150 kg", "an estimated mass of about 250 kg": the noun (and a word before it) a measure is the figure of.
_MEASURE_OF = re.compile(rf"(?:\b([a-z][a-z-]+)\s+)?\b([a-z][a-z-]{{2,}})\s+of\s+(?:(?:{_HEDGE})\s+)?$")
_UNIT_WORD_SET = frozenset(w.lower() for pair in _UNIT_NAMES.items() for w in pair)


def _named_measure(noun: str, unit: str, before: str, after: str) -> str:
    """A unit counted as if it were things ('300 metres', 'hectares'): what it measures, with the unit, from
    what the verb that sets its level is about ('copper output fell to 431,500 tonnes'), the thing it is of
    ('300 metres of track', '3,400 hectares of pine forest') or what befell it ('7,900 hectares burned')."""
    measure = _UNIT_MEASURES.get(unit.split()[0])
    if measure and (noun.lower().startswith(("square ", "sq ")) or unit.endswith(" square")):
        measure = "area"  # 'square kilometres', 'km²' measure no distance
    elif measure and (noun.lower().startswith("cubic ") or unit.endswith(" cubic")):
        measure = "volume"
    if not measure or re.match(r"\s*(?:per|an?)\s", after):
        return ""  # "90 miles per gallon": a rate, not a measure of the unit
    level = moved(before)
    if level and not level[1]:
        return f"{level[0]} ({noun})"
    thing = _measured_of(after)
    if thing:
        return f"{thing} ({noun})"
    of = _MEASURE_OF.search(re.split(r"[,;:(]", before)[-1])
    if of and of.group(2) not in _STOP | _HOW_MUCH | _UNIT_WORD_SET and not of.group(2).endswith(("ed", "ing")):
        said = [w for w in (of.group(1), of.group(2)) if w and (w not in _STOP | _PLAIN_MODIFIERS or w == "total") and not w.endswith(("ed", "ing", "ly"))]
        if _plural(of.group(2)):  # 'vans of up to 7.5 tonnes': what is sized
            return f"{measure} of {' '.join(said)} ({noun})"
        return f"{' '.join(said)} ({noun})"  # 'designed for a snow load of 150 kg': snow load, not weight
    befell = re.match(r"\s+(?:were\s+|was\s+|had been\s+|have been\s+)?([a-z]+ed)\b", after)
    if befell and befell.group(1) not in _STOP:
        return f"{measure} {befell.group(1)} ({noun})"
    done = _done_to_figure(re.split(r"[,;:(]", before)[-1], past_only=True)
    if done:
        return f"{measure} {done} ({noun})"  # 'the agency has treated 12,000 ha': area treated (not 'came to rest 60 metres')
    sized = _sized_subject(before)
    return f"{measure} of {sized} ({noun})" if sized else f"{measure} ({noun})"
