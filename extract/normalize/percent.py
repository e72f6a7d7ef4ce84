"""PERCENT: span text -> {percent, mod, high} (ANNOTATION.md §3)."""

from __future__ import annotations

from extract.normalize.mods import quantity_mod
from extract.normalize.numbers import parse_range, split_range


def normalize_percent(text: str) -> dict | None:
    """'roughly 16 per cent' -> {'percent': 16.0, 'mod': 'APPROX', 'high': None}; '5-7%' -> 5.0 .. 7.0."""
    low_text, high_text = split_range(text)
    low, high = parse_range(low_text, high_text)
    if low is None:
        return None
    return {"percent": low, "mod": quantity_mod(text), "high": high}
