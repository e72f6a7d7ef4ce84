"""DATE: span text + publication date + tense + anchor -> {type, timex, mod, start, end}.

ANNOTATION.md §3. `normalize_date("late 2019", ref=None)` -> timex '2019', mod 'END'.
The text is cleaned and stripped of its modifiers here; date_rules.RULES reads what is left,
resolved against a date_context.DateContext.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extract.normalize.date_context import DateContext, Duration, Parsed, Ref, Tense
from extract.normalize.date_rules import NUMWORD, clean, parse
from extract.normalize.date_words import (
    ADJACENT, DATE_MOD_PREFIXES, DATE_MOD_SUFFIXES, DATE_QUANTITY_MODS, ORDER_WORDS, ORDERED_WITHIN, PARTS_OF_DAY,
)
from extract.normalize.timex import SEASON_CODES, TimePoint

def normalize_date(text: str, ref: date | None = None, tense: Tense = None, anchor: str | None = None,
                   closes: str | None = None, compared: bool = False) -> dict | None:
    """'the first half of 2022' -> {'type': 'DATE', 'timex': '2022-H1', 'mod': None, 'start': '2022-01-01', 'end': '2022-06-30'}.

    REF is the publication date, TENSE the governing verb's ("PAST"/"FUTURE"), ANCHOR the
    previous DATE mention's timex, CLOSES the timex of the day that ends the period ("the
    quarter ended Sept. 30"), COMPARED whether the date is what a figure is compared against.
    None when the text is not a date this module understands.
    """
    ctx = DateContext(ref, tense, point_from_timex(anchor) if anchor else None,
                      point_from_timex(closes) if closes else None, compared)
    if ref is None:
        return _without_publication_date(text, ctx)
    return _normalize(text, ctx)


# ANNOTATION §3: with no publication date, the parts of a date that depend on it are unknown
# (X). A date is resolved against each of these stand-ins, and what differs among the results
# is what P would have decided. Their centuries, decades, years, halves, quarters, seasons,
# months, ISO weeks, days and weekdays differ, so no part that depends on P survives (and
# Easter falls in April in two of them and in March in the third).
STAND_IN_DATES = (date(1996, 2, 14), date(2006, 7, 3), date(2016, 11, 26))


def _without_publication_date(text: str, ctx: DateContext) -> dict | None:
    """'Tuesday' -> 'XXXX-WXX-2', 'last week' -> 'XXXX-WXX', 'Christmas Day' -> 'XXXX-12-25',
    'two years' -> 'P2Y'; start and end null unless the date does not depend on P at all."""
    value = _normalize(text, ctx)
    if value is not None and (value["type"] == "DURATION" or "X" not in value["timex"]):
        return value  # nothing in it depends on P: "the first half of 2022", "18 months", "the same period last year"
    values = [_normalize(text, replace(ctx, ref=stand_in)) for stand_in in STAND_IN_DATES]
    if any(v is None for v in values):
        return value
    if all(v == values[0] for v in values):
        return values[0]
    timex = _unknown_parts([v["timex"] for v in values])
    if timex is None or any(v["type"] != "DATE" for v in values):
        return value
    mods = {v["mod"] for v in values}
    return {"type": "DATE", "timex": timex, "mod": mods.pop() if len(mods) == 1 else None, "start": None, "end": None}


def _unknown_parts(timexes: list[str]) -> str | None:
    """One date's values under different publication dates -> the value with the parts that
    differ as X: ['2001-W07', '2006-W27'] -> 'XXXX-WXX'; days that differ but share a weekday
    -> 'XXXX-WXX-2'; None when the values differ in shape."""
    fields = [t.split("-") for t in timexes]
    if len({len(f) for f in fields}) != 1 or len({re.sub(r"\d", "9", t) for t in timexes}) != 1:
        return None
    days = [date(*map(int, f)) for f in fields] if re.fullmatch(r"\d{4}-\d\d-\d\d", timexes[0]) else []
    if days and len({d.month for d in days}) > 1 and len({d.isoweekday() for d in days}) == 1:
        return f"XXXX-WXX-{days[0].isoweekday()}"  # "on Tuesday": a weekday of an unknown week
    return "-".join(column[0] if len(set(column)) == 1 else re.sub(r"\d", "X", column[0]) for column in zip(*fields))


def _normalize(text: str, ctx: DateContext) -> dict | None:
    cleaned = clean(text)
    body, mod = _strip_mods(_COUPLE.sub("two", cleaned))
    if _COUPLE.search(cleaned):
        mod = mod or "APPROX"  # "a couple of years": about two (P2Y, APPROX)
    body = _strip_part_of_day(body)
    try:
        parsed = parse(body, ctx)
        if parsed is None:
            return None
        parsed, rule_mod = parsed if isinstance(parsed, tuple) else (parsed, None)
        first, _, rest = cleaned.partition(" ")
        if first in ORDER_WORDS and (getattr(parsed, "gran", None) in ORDERED_WITHIN or rest.startswith("that ")):
            mod = None  # "Earlier Friday", "later that year": order against an event, not a part of the period
        if isinstance(parsed, Duration) and mod in PART_MODS:
            mod = None  # "the early years": no calendar period to be early in
        return to_value(parsed, mod or rule_mod)
    except (ValueError, OverflowError):
        return None  # a date outside years 1-9999 (an absurd `published`)


PART_MODS = frozenset({"START", "MID", "END"})
_COUPLE = re.compile(r"\b(?:a )?couple of\b")


def _strip_part_of_day(text: str) -> str:
    """'friday morning' -> 'friday', 'the next morning' -> 'the next day': the value is the day
    (see PARTS_OF_DAY)."""
    head, _, last = text.rpartition(" ")
    if not head or last not in PARTS_OF_DAY:
        return text
    return f"{head} day" if head.rpartition(" ")[2] in ADJACENT else head


def to_value(parsed: Parsed, mod: str | None) -> dict:
    if isinstance(parsed, Duration):
        return {"type": "DURATION", "timex": parsed.timex, "mod": mod, "start": None, "end": None}
    if isinstance(parsed, Ref):
        return {"type": "DATE", "timex": parsed.timex, "mod": mod, "start": None, "end": None}
    interval = parsed.interval()
    start, end = (d.isoformat() for d in interval) if interval else (None, None)
    return {"type": "DATE", "timex": parsed.timex, "mod": mod, "start": start, "end": end}


def _strip_mods(text: str) -> tuple[str, str | None]:
    """'late 2019' -> ('2019', 'END'); 'more than two years' -> ('two years', 'MORE_THAN')."""
    if " or so" in text:
        return text.replace(" or so", "").strip(), "APPROX"
    for suffix, mod in DATE_MOD_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)].strip(), mod
    for prefix, mod in DATE_MOD_PREFIXES + DATE_QUANTITY_MODS:
        boundary = prefix.endswith(("-", " ")) or text[len(prefix):len(prefix) + 1] in (" ", "-")
        if text.startswith(prefix) and len(text) > len(prefix) and boundary:
            rest = text[len(prefix):].lstrip(" -")
            if rest.startswith("the "):
                rest = clean(rest) if not rest.startswith("the same") else rest
            if prefix in ("some",) and not re.match(NUMWORD, rest):
                continue
            return rest, mod
    return text, None


# Year-on-year comparisons ("from $3 million a year earlier", "the year-ago quarter") point
# back at the period under report; they are never what the next comparison resolves against.
PERIOD_END_WORDS = frozenset({"ended", "ending"})
_COMPARISON = re.compile(
    r"\b(?:(?:a|one) year (?:earlier|ago|before)|year[- ](?:earlier|ago)|prior-year|previous-year"
    r"|(?:same|corresponding|comparable|like) (?:period|quarter|month|half|week|time|season))\b", re.I)


# A date that ends the object of "compared with" or "from <amount>" in its clause is the
# period compared against, never the one under report.
_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.|from \S*\d)[^,;]*$", re.I)


def compared_against(sentence_before: str) -> bool:
    """Does a date after SENTENCE_BEFORE (its sentence up to it) end a comparison's object?"""
    return bool(_COMPARED_WITH.search(sentence_before))


def anchors_anaphora(text: str, compared: bool = False) -> bool:
    """May a DATE mention with this text be the antecedent of the next anaphoric DATE?

    Not a comparison: neither by its words ("a year earlier", "the year-ago quarter") nor by
    where it stands (COMPARED: "net was $306 million, compared with $195 million in the 1988
    period").
    """
    return not _COMPARISON.search(text) and not compared


def point_from_timex(timex: str) -> TimePoint | None:
    """'2022-H1' -> TimePoint('half', 2022, 1); durations and references -> None."""
    patterns = (
        (r"(\d{4}|XXXX)-(\d{2})-(\d{2})", lambda y, a, b: TimePoint("day", y, int(a), int(b))),
        (r"(\d{4}|XXXX)-Q([1-4])", lambda y, a: TimePoint("quarter", y, int(a))),
        (r"(\d{4}|XXXX)-H([12])", lambda y, a: TimePoint("half", y, int(a))),
        (r"(\d{4}|XXXX)-W(\d{2})", lambda y, a: TimePoint("week", y, int(a))),
        (r"(\d{4}|XXXX)-W(\d{2})-WE", lambda y, a: TimePoint("weekend", y, int(a))),
        (r"(\d{4}|XXXX)-(SP|SU|FA|WI)", lambda y, a: TimePoint("season", y, SEASON_CODES.index(a))),
        (r"(\d{4}|XXXX)-(\d{2})", lambda y, a: TimePoint("month", y, int(a))),
        (r"(\d{4}|XXXX)", lambda y: TimePoint("year", y)),
    )
    for pattern, make in patterns:
        match = re.fullmatch(pattern, timex)
        if match:
            year, *rest = match.groups()
            return make(None if year == "XXXX" else int(year), *rest)
    if re.fullmatch(r"\d{3}", timex):
        return TimePoint("decade", int(timex))
    return None
