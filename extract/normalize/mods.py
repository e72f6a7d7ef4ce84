"""Modifier words -> TimeML mod values (ANNOTATION.md §3): the one table, with the labels each
modifier serves, and the views of it that MONEY, PERCENT and DATE read."""

from __future__ import annotations

import re
from typing import NamedTuple

AMOUNTS = ("MONEY", "PERCENT")
AMOUNTS_AND_DATES = ("MONEY", "PERCENT", "DATE")


class Modifier(NamedTuple):
    """PHRASE gives MOD to a mention of LABELS. KIND says where it stands: "quantity" before an
    amount or a count ("more than $5", "about two years"), "calendar" before a calendar period
    ("early 2019", "the end of the year"), "after" behind it ("$5 million or more", "1994 or
    later"). COUNTS_ONLY: a date modifier only before a number ("some 30 years", not "some years")."""

    phrase: str
    mod: str | None
    labels: tuple[str, ...]
    kind: str = "quantity"
    counts_only: bool = False


# Where two phrases could match, the longer wins ("no more than" over "more than"); the order
# of the calendar rows is the order _strip_mods (dates.py) tries them in.
MODIFIERS: tuple[Modifier, ...] = (
    Modifier("no more than", "EQUAL_OR_LESS", AMOUNTS_AND_DATES), Modifier("not more than", "EQUAL_OR_LESS", AMOUNTS),
    Modifier("no less than", "EQUAL_OR_MORE", AMOUNTS_AND_DATES), Modifier("not less than", "EQUAL_OR_MORE", AMOUNTS),
    Modifier("more than", "MORE_THAN", AMOUNTS_AND_DATES), Modifier("greater than", "MORE_THAN", AMOUNTS),
    Modifier("higher than", "MORE_THAN", AMOUNTS), Modifier("in excess of", "MORE_THAN", AMOUNTS),
    Modifier("upwards of", "MORE_THAN", AMOUNTS_AND_DATES), Modifier("north of", "MORE_THAN", AMOUNTS),
    Modifier("over", "MORE_THAN", AMOUNTS_AND_DATES), Modifier("above", "MORE_THAN", AMOUNTS),
    Modifier("exceeding", "MORE_THAN", AMOUNTS), Modifier("beyond", "MORE_THAN", AMOUNTS),
    Modifier("just over", "MORE_THAN", AMOUNTS_AND_DATES),
    Modifier("less than", "LESS_THAN", AMOUNTS_AND_DATES), Modifier("fewer than", "LESS_THAN", AMOUNTS_AND_DATES),
    Modifier("lower than", "LESS_THAN", AMOUNTS), Modifier("under", "LESS_THAN", AMOUNTS_AND_DATES),
    Modifier("below", "LESS_THAN", AMOUNTS), Modifier("short of", "LESS_THAN", AMOUNTS),
    Modifier("just under", "LESS_THAN", AMOUNTS_AND_DATES),
    Modifier("at least", "EQUAL_OR_MORE", AMOUNTS_AND_DATES), Modifier("a minimum of", "EQUAL_OR_MORE", AMOUNTS),
    Modifier("at most", "EQUAL_OR_LESS", AMOUNTS_AND_DATES), Modifier("up to", "EQUAL_OR_LESS", AMOUNTS_AND_DATES),
    Modifier("a maximum of", "EQUAL_OR_LESS", AMOUNTS), Modifier("as much as", "EQUAL_OR_LESS", AMOUNTS),
    Modifier("as many as", "EQUAL_OR_LESS", AMOUNTS),
    Modifier("about", "APPROX", AMOUNTS_AND_DATES), Modifier("roughly", "APPROX", AMOUNTS_AND_DATES),
    Modifier("around", "APPROX", AMOUNTS_AND_DATES), Modifier("approximately", "APPROX", AMOUNTS_AND_DATES),
    Modifier("nearly", "APPROX", AMOUNTS_AND_DATES), Modifier("almost", "APPROX", AMOUNTS_AND_DATES),
    Modifier("some", "APPROX", AMOUNTS_AND_DATES, counts_only=True), Modifier("circa", "APPROX", AMOUNTS),
    Modifier("close to", "APPROX", AMOUNTS), Modifier("an estimated", "APPROX", AMOUNTS),
    Modifier("estimated", "APPROX", AMOUNTS), Modifier("approx.", "APPROX", AMOUNTS),
    Modifier("~", "APPROX", AMOUNTS), Modifier(">", "MORE_THAN", AMOUNTS), Modifier("<", "LESS_THAN", AMOUNTS),
    # after the amount or the date
    Modifier("or so", "APPROX", ("DATE",), "after"), Modifier("or more", "EQUAL_OR_MORE", AMOUNTS_AND_DATES, "after"),
    Modifier("or longer", "EQUAL_OR_MORE", ("DATE",), "after"),
    Modifier("or less", "EQUAL_OR_LESS", AMOUNTS_AND_DATES, "after"),
    Modifier("or later", "ON_OR_AFTER", ("DATE",), "after"), Modifier("and beyond", "ON_OR_AFTER", ("DATE",), "after"),
    Modifier("or earlier", "ON_OR_BEFORE", ("DATE",), "after"), Modifier("or before", "ON_OR_BEFORE", ("DATE",), "after"),
    # a part of a calendar period; longest first where one opens another ("the end of", "end of")
    *(Modifier(phrase, mod, ("DATE",), "calendar") for phrase, mod in (
        ("the very end of", "END"), ("the end of", "END"), ("end of", "END"), ("end-", "END"), ("the close of", "END"),
        ("the latter part of", "END"), ("latter part of", "END"), ("the tail end of", "END"),
        ("very end of", "END"), ("tail end of", "END"),  # as the normalizer reads them, its "the" cut (dates.clean)
        ("the beginning of", "START"), ("beginning of", "START"), ("the start of", "START"),
        ("start of", "START"), ("the dawn of", "START"), ("the turn of", "START"),
        ("the middle of", "MID"), ("middle of", "MID"), ("the mid-", "MID"), ("mid-", "MID"),
        ("the mid ", "MID"), ("mid ", "MID"),
        ("pre-", "BEFORE"), ("post-", "AFTER"),  # "pre-2020 levels", "the post-1959 politics"
        ("early in", "START"), ("earlier in", "START"), ("late in", "END"), ("later in", "END"),  # "earlier in the year"
        ("the early part of", "START"), ("early part of", "START"), ("the early", "START"), ("early", "START"), ("earlier", "START"),
        ("the late", "END"), ("late", "END"), ("later", "END"),
        # the period whole: part of the span, no mod ("the whole of 2021", "all of last year")
        ("the whole of", None), ("whole of", None), ("all of", None),
        # what is left of it after the time told of: no TimeML mod names a remainder, and "later this
        # year" (any time after P in the year) has none (date_words.UNPLACED_ORDER_WORDS)
        ("the rest of", None), ("the remainder of", None), ("the balance of", None),
    )),
)

# MONEY and PERCENT: any of their modifiers, wherever it stands in the span (quantity_mod).
QUANTITY_MODS: tuple[tuple[str, str], ...] = tuple((m.phrase, m.mod) for m in MODIFIERS if {"MONEY", "PERCENT"} & set(m.labels))
# DATE: before a calendar period, before a count, after the date (dates._strip_mods, date_spans).
DATE_MOD_PREFIXES: tuple[tuple[str, str | None], ...] = tuple((m.phrase, m.mod) for m in MODIFIERS if m.kind == "calendar")
DATE_QUANTITY_MODS: tuple[tuple[str, str], ...] = tuple(
    (m.phrase, m.mod) for m in MODIFIERS if m.kind == "quantity" and "DATE" in m.labels)
DATE_MOD_SUFFIXES: tuple[tuple[str, str], ...] = tuple(
    (f" {m.phrase}", m.mod) for m in MODIFIERS if m.kind == "after" and "DATE" in m.labels)
DATE_COUNT_ONLY = frozenset(m.phrase for m in MODIFIERS if m.counts_only and "DATE" in m.labels)
# One-word approximators that also come before a calendar word ("around Nov. 1", "about midnight").
APPROXIMATORS = frozenset(p for p, mod in DATE_QUANTITY_MODS if mod == "APPROX" and " " not in p) - DATE_COUNT_ONLY

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
