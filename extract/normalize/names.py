"""ORG / PRODUCT: surface -> {name} (ANNOTATION.md §3)."""

from __future__ import annotations

import re

QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`"
POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])$")


def normalize_name(text: str) -> dict | None:
    """"Acme's" -> {'name': 'Acme'}; '“Quill  Pad”' -> {'name': 'Quill Pad'}."""
    name = re.sub(r"\s+", " ", text).strip().strip(QUOTE_CHARS)
    if POSSESSIVE.search(name):
        name = name[:-2] if name[-2:-1] in "'\u2019" else name[:-1]
        if name.endswith(("'", "\u2019")):
            name = name[:-1]
    name = name.strip().strip(QUOTE_CHARS).strip()
    return {"name": name} if name else None
