"""Publication times as ISO 8601: a datetime with its offset, or a date alone."""
from __future__ import annotations

import re
from datetime import date, datetime

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
        return None
    return parsed.isoformat()
