"""Publication times as ISO 8601: a datetime with its offset, or a date alone.

`normalise_published` reads front matter values; `find_date` reads the date lines scraped pages
carry ("20 April 2023 Thursday 04:25", "Nov. 19, 2019 06:56 AM EST", "2023-04-20T09:24:06Z").
A time is given an offset only when the text names its zone: no zone is ever invented.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalise_published(value: object) -> str | None:
    """ISO 8601 text for a front matter `published` value, None when it is not a date.

    A datetime without an offset is kept without one rather than given an invented zone.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return find_date(text) if len(text) < 80 else None
    return parsed.isoformat()


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier janv januar jän enero ene janeiro gennaio gen januari январь января",
            "february feb février févr fév februar febrero febr fevereiro fev febbraio februari февраль февраля",
            "march mar mars märz marzo março marco maart март марта",
            "april apr avril abril aprile апрель апреля",
            "may mai mayo maio maggio mag mei май мая",
            "june jun juin juni junio junho giugno giu июнь июня",
            "july jul juillet juil juli julio julho luglio lug июль июля",
            "august aug août aout agosto ago augustus август августа",
            "september sep sept septembre septiembre setembro settembre set сентябрь сентября",
            "october oct octobre oktober octubre outubro ottobre ott okt октябрь октября",
            "november nov novembre noviembre novembro ноябрь ноября",
            "december dec décembre déc dezember dez diciembre dic dezembro dicembre december декабрь декабря",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?"
    r"|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)"
)
_FIXED_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "cet": 60, "cest": 120, "bst": 60, "eet": 120, "eest": 180, "msk": 180,
    "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "wib": 420, "sgt": 480, "hkt": 480,
}
_REGION_ZONES = {"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles"}
_ZONE = r"(?:z|utc|gmt|[ecmp][sd]?t|c?e[e]?st|cet|eet|bst|msk|jst|kst|aes?dt|aest|wib|sgt|hkt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}"
_TIME = (
    rf"(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})(?::(?P<second>\d{{2}})(?:\.\d+)?)?"
    rf"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?:\s*\(?(?P<zone>{_ZONE})\b\)?)?"
)
# A month name that opens a date is a whole word (a word boundary before it, "." or a space after it), so the
# pattern that starts with one reads any word and _iso looks it up in _MONTHS: trying the hundred names at
# every word of every line made that pattern cost more than all the others together.
_MONTH_WORD = r"[^\W\d_]+"
_SEP = r"(?:\s*(?:,|at|às|a las|à|um|alle|в|-|–|—|\||/|@|T)?\s*(?:(?:" + _WEEKDAY + r")\s*,?\s*)?)"
_DATE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?:{_SEP}{_TIME})?",
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+|of\s+)?(?P<monthname>{_MONTH})\.?,?\s+(?:de\s+)?(?P<year>\d{{4}})\b(?:{_SEP}{_TIME})?",
        rf"\b(?P<monthname>{_MONTH_WORD})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b(?:{_SEP}{_TIME})?",
        rf"\b(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{2}}|\d{{4}})\b(?:{_SEP}{_TIME})?",
        rf"\b(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})\b(?:{_SEP}{_TIME})?",
    )
)


_YEAR = re.compile(r"\d\d")  # every date form below has a year of two or four digits
_FOUR_DIGITS = re.compile(r"\d{4}")  # and all but m/d/yy one of four
_TWO_DIGIT_YEAR_PATTERNS = (_DATE_PATTERNS[3],)


_NUMERIC = _DATE_PATTERNS[3]  # 04/12/2026: month first in the United States, day first nearly everywhere else


def find_date(text: str, day_first: bool = False) -> str | None:
    """The first date (with time and offset when stated) in a line, as ISO 8601; None when there is none. A
    numeric date both of whose first numbers can be a month (04/12/2026) is read month first, or day first
    with `day_first` (see `writes_day_first`)."""
    match = date_match(text)
    return None if match is None else _iso(match, day_first)


def writes_day_first(text: str, language: str | None) -> bool:
    """Whether a page writes its numeric dates day first: one of them can only be read so (19/11/2026) and none
    only month first (11/19/2026), or, none telling, the page is not in English (a page in English may be from
    the United States, which writes the month first)."""
    firsts, seconds = set(), set()
    for match in _NUMERIC.finditer(text):
        firsts.add(int(match.group("month")))
        seconds.add(int(match.group("day")))
    day_first, month_first = max(firsts, default=0) > 12, max(seconds, default=0) > 12
    if day_first != month_first:
        return day_first
    return language is not None and language != "en"


def swapped_reading(read: str | None, other: str | None) -> bool:
    """Whether two dates are the two readings of one numeric date (2026-04-12 and 2026-12-04): the day and month
    of one are the month and day of the other, both 12 or less, and not the same."""
    if not read or not other:
        return False
    try:
        first, second = date.fromisoformat(read[:10]), date.fromisoformat(other[:10])
    except ValueError:
        return False
    return first.year == second.year and first.month == second.day != second.month == first.day


def date_match(text: str) -> re.Match[str] | None:
    """The earliest date in the text that is a real calendar date."""
    best: re.Match[str] | None = None
    if not _YEAR.search(text):
        return None
    patterns = _DATE_PATTERNS if _FOUR_DIGITS.search(text) else _TWO_DIGIT_YEAR_PATTERNS if "/" in text else ()
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _iso(match) is not None:
                if best is None or match.start() < best.start():
                    best = match
                break
    return best


def _iso(match: re.Match[str], day_first: bool = False) -> str | None:
    parts = match.groupdict()
    try:
        year = int(parts["year"])
        if year < 100:
            year += 2000
        month = _MONTHS[parts["monthname"].lower().rstrip(".")] if parts.get("monthname") else int(parts["month"])
        day = int(parts["day"])
        if parts.get("monthname") is None and "/" in match.group(0) and (month > 12 >= day or day_first and match.re is _NUMERIC):
            month, day = day, month  # 19/11/2019: the day comes first
        day_value = date(year, month, day)
    except (ValueError, KeyError):
        return None
    if not 1990 <= year <= 2100:
        return None
    if parts.get("hour") is None:
        return day_value.isoformat()
    hour, minute, second = int(parts["hour"]), int(parts["minute"]), int(parts["second"] or 0)
    ampm = (parts.get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    zone = _offset(parts.get("zone"), moment)
    return (moment.replace(tzinfo=zone) if zone else moment).isoformat()


def _offset(zone: str | None, moment: datetime) -> timezone | None:
    if not zone:
        return None
    zone = zone.lower().replace(" ", "")
    shift = re.search(r"([+-])(\d{1,2}):?(\d{2})?$", zone)
    name = zone[: shift.start()] if shift else zone
    if shift and name in ("", "utc", "gmt", "z"):
        minutes = int(shift.group(2)) * 60 + int(shift.group(3) or 0)
        return timezone(timedelta(minutes=minutes if shift.group(1) == "+" else -minutes))
    if name in _FIXED_ZONES:
        return timezone(timedelta(minutes=_FIXED_ZONES[name]))
    if name in _REGION_ZONES:
        try:
            local = moment.replace(tzinfo=ZoneInfo(_REGION_ZONES[name]))
        except ZoneInfoNotFoundError:
            return None
        offset = local.utcoffset()
        return timezone(offset) if offset is not None else None
    return None
