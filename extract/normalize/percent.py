"""PERCENT: span text -> {percent, mod, high} (ANNOTATION.md §3)."""

from __future__ import annotations

from extract.normalize.mods import quantity_mod
from extract.normalize.numbers import is_vague, parse_range, split_range


def normalize_percent(text: str) -> dict | None:
    """'roughly 16 per cent' -> {'percent': 16.0, 'mod': 'APPROX', 'high': None}; '5-7%' -> 5.0 .. 7.0; '6 1/4%' -> 6.25."""
    low_text, high_text = split_range(text)
    low, high = parse_range(low_text, high_text)
    if low is None:
        return None
    return {"percent": float(low), "mod": quantity_mod(text) or ("APPROX" if is_vague(text) else None),
            "high": None if high is None else float(high)}
