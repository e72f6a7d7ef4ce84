"""Modifier words -> TimeML mod values (ANNOTATION.md §3), shared by MONEY, PERCENT and DATE."""

from __future__ import annotations

import re

# Phrase -> mod, in no particular order: _MOD_RE tries the longest phrases first, so "no more than"
# wins over "more than".
QUANTITY_MODS: tuple[tuple[str, str], ...] = (
    ("no more than", "EQUAL_OR_LESS"), ("not more than", "EQUAL_OR_LESS"),
    ("no less than", "EQUAL_OR_MORE"), ("not less than", "EQUAL_OR_MORE"),
    ("more than", "MORE_THAN"), ("greater than", "MORE_THAN"), ("higher than", "MORE_THAN"),
    ("in excess of", "MORE_THAN"), ("upwards of", "MORE_THAN"), ("north of", "MORE_THAN"),
    ("over", "MORE_THAN"), ("above", "MORE_THAN"), ("exceeding", "MORE_THAN"), ("beyond", "MORE_THAN"),
    ("less than", "LESS_THAN"), ("fewer than", "LESS_THAN"), ("lower than", "LESS_THAN"),
    ("under", "LESS_THAN"), ("below", "LESS_THAN"), ("short of", "LESS_THAN"),
    ("at least", "EQUAL_OR_MORE"), ("a minimum of", "EQUAL_OR_MORE"), ("or more", "EQUAL_OR_MORE"),
    ("at most", "EQUAL_OR_LESS"), ("up to", "EQUAL_OR_LESS"), ("a maximum of", "EQUAL_OR_LESS"),
    ("or less", "EQUAL_OR_LESS"), ("as much as", "EQUAL_OR_LESS"), ("as many as", "EQUAL_OR_LESS"),
    ("about", "APPROX"), ("roughly", "APPROX"), ("around", "APPROX"), ("approximately", "APPROX"),
    ("nearly", "APPROX"), ("almost", "APPROX"), ("some", "APPROX"), ("circa", "APPROX"),
    ("close to", "APPROX"), ("an estimated", "APPROX"), ("estimated", "APPROX"), ("about", "APPROX"),
    ("approx.", "APPROX"), ("just over", "MORE_THAN"), ("just under", "LESS_THAN"),
    ("~", "APPROX"), (">", "MORE_THAN"), ("<", "LESS_THAN"),
)

_MOD_RE = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(p) for p, _ in sorted(QUANTITY_MODS, key=lambda m: -len(m[0]))) + r")(?![\w])",
    re.IGNORECASE,
)
_MOD_OF = {phrase: mod for phrase, mod in QUANTITY_MODS}


def quantity_mod(text: str) -> str | None:
    """'more than 40 per cent' -> 'MORE_THAN'; '5%' -> None. The first modifier phrase wins."""
    match = _MOD_RE.search(text)
    if not match:
        return None
    return _MOD_OF[match.group(1).lower()]
