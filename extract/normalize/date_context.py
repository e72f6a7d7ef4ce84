"""What resolves a relative date, and the calendar helpers the date rules share.

A DateContext holds the publication date P, the tense of the governing verb, the previous
DATE mention (the anchor of "a year earlier"), the last quarter and half named (what "the
quarter" refers back to) and the day a reported period closed on. The
helpers pick a year for a unit written without one (ANNOTATION.md §3 resolution), move a
point by N units and write a duration's TIMEX3 value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from extract.normalize.date_words import RELATIVE, UNIT_GRAN, UNIT_PLURALS, UNIT_STEP, UNITS
from extract.normalize.numbers import parse_number
from extract.normalize.timex import TimePoint, choose, point_of, shift

# "PAST", "FUTURE", "NEAREST" (the candidate nearest P, a forecast's period), "PROSPECTIVE" (a time to come the
# sentence does not assert: a modal, an expectation, a future reported in the past; a part of the year ahead,
# under way or just ended, whose outcome is not known: _prospective; a month or day the nearest) or None
Tense = str | None
AHEAD_TENSES = frozenset({"FUTURE", "PROSPECTIVE"})  # a time to come, asserted or not


@dataclass(frozen=True)
class DateContext:
    """What resolves a relative date: publication date, tense of the governing verb, previous DATE."""

    ref: date | None = None
    tense: Tense = None
    anchor: TimePoint | None = None
    closes: TimePoint | None = None  # the day a reported period ended on ("the year ended March 31")
    compared: bool = False  # the date is what a figure is compared against ("from $3 million last year")
    periods: tuple[TimePoint, ...] = ()  # the last quarter and the last half the article named, that "the quarter" means

    def named_period(self, gran: str) -> TimePoint | None:
        """The last GRAN ('quarter', 'half') the article named before this date, with its year known:
        "Net income for the quarter" after "its fiscal second quarter" is that quarter."""
        return next((p for p in self.periods if p.gran == gran and p.year is not None), None)

    @property
    def known_anchor(self) -> TimePoint | None:
        """The previous DATE mention, when its year is known (not 'XXXX-10-16')."""
        return self.anchor if self.anchor is not None and self.anchor.year is not None else None

    @property
    def year_on_year_base(self) -> TimePoint | None:
        """What a year-on-year comparison looks back from: the previous DATE mention, but after a day (the day
        results were posted: "posted third-quarter results on Monday ... up from $3 million a year earlier")
        the quarter or half the article last named."""
        base = self.known_anchor
        if base is not None and base.gran == "day":
            return self.named_period("quarter") or self.named_period("half") or base
        return base


@dataclass(frozen=True)
class Duration:
    timex: str


@dataclass(frozen=True)
class Ref:
    """A value with no calendar interval: PAST_REF, PRESENT_REF, FUTURE_REF, or a unit of a known
    period whose place in it is unknown ('2010-XX-XX': "that day" after "in 2010")."""

    timex: str


Parsed = TimePoint | Duration | Ref


def year_of(spec: str, ctx: DateContext) -> int | None:
    """'2022' -> 2022, 'last year' -> year(P) - 1; None when P is unknown."""
    if spec[0].isdigit():
        return int(spec)
    if spec.startswith("'"):
        yy = int(spec[1:])
        return 1900 + yy if yy >= 30 else 2000 + yy
    if spec in ("the previous year", "the prior year") and ctx.anchor and ctx.anchor.year:
        return anchor_year(ctx) - 1
    if spec == "the following year" and ctx.anchor and ctx.anchor.year:
        return anchor_year(ctx) + 1
    if ctx.ref is None:
        return None
    offset = {"last year": -1, "the previous year": -1, "the prior year": -1, "the past year": -1,
              "next year": 1, "the following year": 1,
              "the coming year": 1}.get(spec, 0)
    return ctx.ref.year + offset


def anchor_year(ctx: DateContext) -> int:
    anchor = ctx.anchor
    return anchor.year * (10 if anchor.gran == "decade" else 100 if anchor.gran == "century" else 1)


def resolve(make: Callable[[int], TimePoint | None], ctx: DateContext, rel: str | None = None,
             gran: str = "month") -> TimePoint:
    """A unit without a year: pick the year from P by REL or by tense (ANNOTATION §3)."""
    if ctx.ref is None:
        return make(None) or TimePoint(gran)
    years = (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)
    candidates = [p for p in (make(y) for y in years) if p is not None]
    if rel is not None and RELATIVE.get(rel) == 0:
        return make(ctx.ref.year) or candidates[0]
    if rel is not None:
        # "last October" is strictly before the month (unit) of P; "next October" strictly after.
        current = point_of(gran, ctx.ref).interval()
        if RELATIVE[rel] < 0:
            before = [c for c in candidates if c.interval()[1] < current[0]]
            return max(before, key=lambda c: c.interval()[0]) if before else candidates[0]
        after = [c for c in candidates if c.interval()[0] > current[1]]
        return min(after, key=lambda c: c.interval()[0]) if after else candidates[-1]
    if ctx.tense == "PROSPECTIVE" and gran in PROSPECTIVE_LAGS and not ctx.compared:
        return _prospective(candidates, ctx.ref - PROSPECTIVE_LAGS[gran])
    return choose(candidates, ctx.ref, ctx.tense)


# What a modal or an expectation looks to may have just ended without its outcome being known: a quarter's or
# a half's figures come out within about six weeks of its end (the SEC's 45 days for a 10-Q); a season has no
# figures; a month looked to ("said it will ship in May", "would launch in March") is ahead of P but for the one just
# ended ("said sales would fall in September" in October). A day stays the nearest ("said it would strike on Oct. 28").
# Not a figure compared with ("up from $5 billion forecast in April"): that one is known.
PROSPECTIVE_LAGS = {"quarter": timedelta(days=45), "half": timedelta(days=45), "season": timedelta(0),
                    "month": timedelta(days=31)}


def _prospective(candidates: list[TimePoint], since: date) -> TimePoint:
    """The earliest candidate that ends on or after SINCE (P less the unit's lag): "would complete the sale in the
    fourth quarter" in August is that year's, "could post a loss in the fourth quarter" in January the one just
    ended, "the plant could reopen in the spring" in July next year's."""
    open_ = [c for c in candidates if c.interval()[1] >= since]
    return min(open_, key=lambda c: c.interval()[0]) if open_ else candidates[-1]


def day_point(year: int | None, month: int, day: int) -> TimePoint | None:
    if year is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    elif not (1 <= day <= 31):
        return None
    return TimePoint("day", year, month, day)


def shift_from(point: TimePoint, unit: str, n: float) -> TimePoint | None:
    gran = UNIT_GRAN.get(unit)
    if gran is None or n != int(n):
        return None
    step = int(n) * UNIT_STEP.get(unit, 1)
    return shift(point, "week" if unit == "fortnight" else gran, step)


def unit_of(match: re.Match) -> str:
    unit = match.group("unit")
    return UNIT_PLURALS.get(unit, unit)


def number_of(text: str) -> float | None:
    if text in ("a", "an", "one"):
        return 1.0
    return parse_number(text)


# A fraction of a unit is written in the next unit down: whole units kept where ISO 8601 has a
# designator for both ("2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, as TimeML writes
# them), else all in the smaller unit ("1.5 decades" -> P15Y).
SMALLER_UNIT = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "H": ("M", 60), "MIN": ("S", 60)}
MIXED_UNITS = {"Y": "Y", "H": "H", "MIN": "M"}  # designator of the whole part


def duration_timex(n: float | None, unit: str) -> str:
    """(2, 'year') -> 'P2Y'; (None, 'decade') -> 'PXDE'; (36, 'hour') -> 'PT36H'; (1.5, 'year') -> 'P1Y6M'."""
    code = UNITS[unit]
    clock = "T" if code in ("H", "MIN") else ""
    if n is not None and n != int(n) and code in SMALLER_UNIT:
        smaller, per = SMALLER_UNIT[code]
        whole, rest = int(n), (n - int(n)) * per
        if rest == int(rest):
            if code in MIXED_UNITS:
                return f"P{clock}{f'{whole}{MIXED_UNITS[code]}' if whole else ''}{int(rest)}{smaller}"
            return f"P{int(n * per)}{smaller}"
    amount = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    if clock:
        return f"PT{amount}{'M' if code == 'MIN' else 'H'}"
    if code == "Q":
        return f"P{amount}Q"
    return f"P{amount}{code}"


MIDPOINT_DAYS = {"year": 182, "half": 91, "quarter": 45, "month": 14, "week": 3}  # back from a period's last day


def period_ending(gran: str, closes: TimePoint) -> Parsed:
    """'the quarter ended July 31' -> the calendar quarter holding most of it (Q2); 'the year
    ended March 31' is a fiscal year, not a calendar one: the duration P1Y."""
    end = closes.interval()[1]
    if gran == "year" and (end.month, end.day) != (12, 31):
        return Duration("P1Y")
    return point_of(gran, end - timedelta(days=MIDPOINT_DAYS[gran]))


def is_closed(ctx: DateContext) -> bool:
    return ctx.closes is not None and ctx.closes.gran == "day" and ctx.closes.year is not None


def reported_period(ctx: DateContext) -> TimePoint | None:
    """The part of P's year last reported on (the previous mention: a half, quarter or month),
    which a year-on-year comparison ("a year ago", "compared with … last year") looks back from."""
    anchor = ctx.year_on_year_base if ctx.compared else ctx.anchor
    if anchor is not None and ctx.ref is not None and anchor.year == ctx.ref.year and anchor.gran in ("half", "quarter", "month"):
        return anchor
    return None


# Anchors a count of days or weeks cannot move: "a day earlier" after "the third quarter" is
# the day before the story's, not the quarter before (the shift keeps the anchor's granularity).
COARSER_THAN_A_WEEK = frozenset({"month", "quarter", "half", "season", "year", "decade", "century"})


def from_anchor(ctx: DateContext, unit: str, n: float) -> TimePoint | None:
    """The previous DATE mention (else P's UNIT) moved by N units; a count of days or weeks back
    ('a day earlier') after a longer period counts from P."""
    base = ctx.year_on_year_base if unit == "year" and ctx.compared else ctx.known_anchor
    if base is not None and n < 0 and UNIT_GRAN[unit] in ("day", "week") and base.gran in COARSER_THAN_A_WEEK:
        base = None  # "a day earlier" after a quarter; "three days later" after "in September" stays that month's
    if base is None:
        if ctx.ref is None:
            return None
        base = point_of(UNIT_GRAN[unit], ctx.ref)
    return shift_from(base, unit, n)
