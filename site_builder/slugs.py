"""Output names from content names: lower-case ASCII words joined by '-'.

A slug can never hold '/', '.', or '..', so it is always one safe path segment,
and it is cut short so that no file name it makes exceeds a file system's limit.
"""
from __future__ import annotations

import re
import unicodedata

MAX_SLUG = 80  # characters; 'ⅷ' alone folds to 'viii', so a 255-byte name could give far more


def slugify(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-")
