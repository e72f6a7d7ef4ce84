"""DATE values: span text + DateContext -> {type, timex, mod, start, end} (ANNOTATION.md §3).

`normalize_date("late 2019", DateContext())` -> timex '2019', mod 'END'. The text is cleaned
and stripped of its modifiers here; date_rules.RULES reads what is left, resolved against
the DateContext (publication date, tense, anchor, closing day: date_context.py), and
`read_date` also says which rule read it and the calendar point the value names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from extract.normalize.date_context import DateContext, Duration, Parsed, Ref
from extract.normalize.date_rules import NUMWORD, RuleMatch, clean, match_rules, resolve_rule
from extract.normalize.date_words import ADJACENT, DEICTIC_DAYS, ORDER_WORDS, ORDERED_WITHIN, PARTS_OF_DAY, UNPLACED_ORDER_WORDS
from extract.normalize.mods import DATE_COUNT_ONLY, DATE_MOD_PREFIXES, DATE_MOD_SUFFIXES, DATE_QUANTITY_MODS
from extract.normalize.timex import SEASON_CODES, TimePoint

NO_CONTEXT = DateContext()


@dataclass(frozen=True)
class DateReading:
    """A date's value, the calendar point it names (what a later "a year earlier" counts from;
    None for durations, vague references and points with unknown parts other than the year)
    and the id of the date rule that read it (date_rules.RULES)."""

    value: dict
    point: TimePoint | None
    rule: str


def normalize_date(text: str, ctx: DateContext = NO_CONTEXT) -> dict | None:
    """'the first half of 2022' -> {'type': 'DATE', 'timex': '2022-H1', 'mod': None, 'start': '2022-01-01', 'end': '2022-06-30'}.

    None when the text is not a date this module understands.
    """
    reading = read_date(text, ctx)
    return reading.value if reading is not None else None


@dataclass(frozen=True)
class DateScan:
    """What a date's words say before any context: the cleaned text, its modifier, what is left
    without it (BODY) and the rules whose regex reads that. The span stage scans a candidate to
    decide its boundaries and passes the scan on; the value is resolved once, in its context."""

    cleaned: str
    body: str
    mod: str | None
    matches: tuple[RuleMatch, ...]

    def as_data(self) -> tuple:
        """Plain values (what a Doc's user_data may hold: it pickles and serializes them)."""
        return self.cleaned, self.body, self.mod, tuple((m.rule, m.string, m.groups) for m in self.matches)

    @classmethod
    def from_data(cls, data) -> DateScan:
        cleaned, body, mod, matches = data
        return cls(cleaned, body, mod, tuple(RuleMatch(rule, string, dict(groups)) for rule, string, groups in matches))


def scan_date(text: str) -> DateScan:
    """'late 2019' -> DateScan('late 2019', '2019', 'END', (the rules that read '2019'))."""
    cleaned = clean(text)
    body, mod = _strip_mods(_COUPLE.sub("two", cleaned))
    if _COUPLE.search(cleaned):
        mod = mod or "APPROX"  # "a couple of years": about two (P2Y, APPROX)
    body = _strip_part_of_day(body)
    return DateScan(cleaned, body, mod, match_rules(body))


def read_date(text: str | DateScan, ctx: DateContext = NO_CONTEXT) -> DateReading | None:
    """'the same period last year' after 2022-H1 -> DateReading(2021-H1's value, TimePoint('half', 2021, 1), 'same-period').

    TEXT may be the span's scan already made (scan_date)."""
    scan = text if isinstance(text, DateScan) else scan_date(text)
    if ctx.ref is None:
        return _without_publication_date(scan, ctx)
    return _normalize(scan, ctx)


# ANNOTATION §3: with no publication date, the parts of a date that depend on it are unknown
# (X). A date is resolved against each of these stand-ins, and what differs among the results
# is what P would have decided. Their centuries, decades, years, halves, quarters, seasons,
# months, ISO weeks, days and weekdays differ, so no part that depends on P survives (and
# Easter falls in April in two of them and in March in the third).
STAND_IN_DATES = (date(1996, 2, 14), date(2006, 7, 3), date(2016, 11, 26))


def _without_publication_date(scan: DateScan, ctx: DateContext) -> DateReading | None:
    """'Tuesday' -> 'XXXX-WXX-2', 'last week' -> 'XXXX-WXX', 'Christmas Day' -> 'XXXX-12-25',
    'two years' -> 'P2Y'; start and end null unless the date does not depend on P at all."""
    reading = _normalize(scan, ctx)
    if reading is not None and (reading.value["type"] == "DURATION" or "X" not in reading.value["timex"]):
        return reading  # nothing in it depends on P: "the first half of 2022", "18 months", "the same period last year"
    readings = [_normalize(scan, replace(ctx, ref=stand_in)) for stand_in in STAND_IN_DATES]
    if any(r is None for r in readings):
        return reading
    values = [r.value for r in readings]
    if all(v == values[0] for v in values):
        return readings[0]
    timex = _unknown_parts([v["timex"] for v in values])
    if timex is None or any(v["type"] != "DATE" for v in values):
        return reading
    mods = {v["mod"] for v in values}
    value = {"type": "DATE", "timex": timex, "mod": mods.pop() if len(mods) == 1 else None, "start": None, "end": None}
    return DateReading(value, _unknown_year([r.point for r in readings]), readings[0].rule)


def _unknown_year(points: list[TimePoint | None]) -> TimePoint | None:
    """The point the stand-ins agree on but for its year ('XXXX-10-16'); None when more than the
    year differs ('XXXX-WXX') or the point is a decade (no year to leave unknown)."""
    first = points[0]
    if first is None or first.gran == "decade":
        return None
    unknown = replace(first, year=None)
    return unknown if all(p is not None and replace(p, year=None) == unknown for p in points) else None


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


def _normalize(scan: DateScan, ctx: DateContext) -> DateReading | None:
    mod = scan.mod
    try:
        found = resolve_rule(scan.matches, ctx)
        if found is None:
            return None
        rule, parsed = found
        parsed, rule_mod = parsed if isinstance(parsed, tuple) else (parsed, None)
        first, _, rest = scan.cleaned.partition(" ")
        if first in ORDER_WORDS and rest.partition(" ")[0] not in DEICTIC_DAYS and (
                getattr(parsed, "gran", None) in ORDERED_WITHIN or rest.startswith("that ") or first in UNPLACED_ORDER_WORDS):
            mod = None  # "Earlier Friday", "later that year", "later this month": order, not a part of the period
        if isinstance(parsed, Duration) and mod in PART_MODS:
            mod = None  # "the early years": no calendar period to be early in
        return DateReading(to_value(parsed, mod or rule_mod), _named_point(parsed), rule)
    except (ValueError, OverflowError):
        return None  # a date outside years 1-9999 (an absurd `published`)


def _named_point(parsed: Parsed) -> TimePoint | None:
    """The calendar point a parsed date names: none for a duration or a vague reference, nor
    for a century (TIMEX3 '20' is no point of the calendar units an anaphor shifts)."""
    return parsed if isinstance(parsed, TimePoint) and parsed.gran != "century" else None


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


# Calendar modifiers first ("the end of" before "end of", as mods.MODIFIERS orders them), then quantity ones.
_PREFIX_MODS = DATE_MOD_PREFIXES + DATE_QUANTITY_MODS
_PREFIXES = tuple(prefix for prefix, _ in _PREFIX_MODS)
_SUFFIXES = tuple(suffix for suffix, _ in DATE_MOD_SUFFIXES)


# A calendar unit written bare after a calendar modifier ("by end of year", "mid-month", "start of week").
BARE_PERIODS = frozenset({"year", "month", "week", "quarter"})


def _strip_mods(text: str) -> tuple[str, str | None]:
    """'late 2019' -> ('2019', 'END'); 'more than two years' -> ('two years', 'MORE_THAN')."""
    if " or so" in text:
        return text.replace(" or so", "").strip(), "APPROX"
    if text.endswith(_SUFFIXES):
        for suffix, mod in DATE_MOD_SUFFIXES:
            if text.endswith(suffix):
                return text[: -len(suffix)].strip(), mod
    if not text.startswith(_PREFIXES):
        return text, None  # most dates: no modifier, and no need to try each in turn
    for prefix, mod in _PREFIX_MODS:
        if not text.startswith(prefix) or len(text) <= len(prefix):
            continue
        if prefix.endswith(("-", " ")) or text[len(prefix):len(prefix) + 1] in (" ", "-"):
            rest = text[len(prefix):].lstrip(" -")
            if rest.startswith("the "):
                rest = clean(rest) if not rest.startswith("the same") else rest
            elif rest in BARE_PERIODS:
                rest = f"the {rest}"  # "end of year", "mid-month": the one the article is in, as "the end of the year"
            if prefix in DATE_COUNT_ONLY and not re.match(NUMWORD, rest):
                continue
            return rest, mod
    return text, None


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
