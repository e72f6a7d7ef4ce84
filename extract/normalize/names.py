"""ORG / PRODUCT: surface -> {name} (ANNOTATION.md §3)."""

from __future__ import annotations

import re

QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`"
POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])$")
OWN_APOSTROPHE = re.compile(r"\w['\u2019]s$")  # "Moody's": a word, its apostrophe and "s"


def normalize_name(text: str) -> dict | None:
    """'“Quill  Pad”' -> {'name': 'Quill Pad'}, "Acme Publishers'" -> 'Acme Publishers'; "Sotheby's"
    -> {'name': "Sotheby's"}: the name stage cuts an owner's "'s" off its spans (spans.split_names),
    so one left at a name's end is the registered name's own (ANNOTATION §2-§3: no possessive)."""
    name = re.sub(r"\s+", " ", text).strip()
    if OWN_APOSTROPHE.search(name):
        name = name.lstrip(QUOTE_CHARS).strip()
        return {"name": name} if name else None
    name = name.strip(QUOTE_CHARS)
    if POSSESSIVE.search(name):
        name = name[:-2] if name[-2:-1] in "'\u2019" else name[:-1]
        if name.endswith(("'", "\u2019")):
            name = name[:-1]
    name = name.strip().strip(QUOTE_CHARS).strip()
    return {"name": name} if name else None
