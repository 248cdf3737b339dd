"""Output names from content names: lower-case ASCII words joined by '-'."""
from __future__ import annotations

import re
import unicodedata


def slugify(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
