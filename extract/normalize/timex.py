"""TIMEX3 values: calendar points of one granularity, their format, interval and shifts."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

SEASON_CODES = ("WI", "SP", "SU", "FA")
# ANNOTATION §3: meteorological seasons; winter runs Dec to Feb of the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class TimePoint:
    """A calendar unit: year 2022; quarter 3 of 2022; day 2022-10-16; year None is unknown (XXXX)."""

    gran: str
    year: int | None = None
    index: int = 0  # month 1-12, quarter 1-4, half 1-2, season 0-3 (SEASON_CODES), week/weekend 1-53
    day: int = 0  # day of month for gran "day"
    # decades and centuries keep their leading digits in `year` ("199" -> 199).

    @property
    def timex(self) -> str:
        """TimePoint('quarter', 2022, 3).timex -> '2022-Q3'."""
        if self.gran == "decade":
            return f"{self.year:03d}"
        if self.gran == "century":
            return f"{self.year:02d}"
        y = "XXXX" if self.year is None else f"{self.year:04d}"
        return {
            "year": y,
            "half": f"{y}-H{self.index}",
            "quarter": f"{y}-Q{self.index}",
            "season": f"{y}-{SEASON_CODES[self.index % 4]}",
            "month": f"{y}-{self.index:02d}",
            "week": f"{y}-W{self.index:02d}",
            "weekend": f"{y}-W{self.index:02d}-WE",
            "day": f"{y}-{self.index:02d}-{self.day:02d}",
        }[self.gran]

    def interval(self) -> tuple[date, date] | None:
        """Inclusive first and last day; None when the year is unknown."""
        if self.year is None:
            return None
        y = self.year
        if self.gran == "century":
            return date(y * 100, 1, 1), date(y * 100 + 99, 12, 31)
        if self.gran == "decade":
            return date(y * 10, 1, 1), date(y * 10 + 9, 12, 31)
        if self.gran == "year":
            return date(y, 1, 1), date(y, 12, 31)
        if self.gran in ("half", "quarter"):
            months = 6 if self.gran == "half" else 3
            first = (self.index - 1) * months + 1
            return date(y, first, 1), _month_end(y, first + months - 1)
        if self.gran == "season":
            first, last = SEASON_MONTHS[SEASON_CODES[self.index % 4]]
            return date(y, first, 1), _month_end(y + (1 if last < first else 0), last)
        if self.gran == "month":
            return date(y, self.index, 1), _month_end(y, self.index)
        if self.gran == "week":
            monday = date.fromisocalendar(y, self.index, 1)
            return monday, monday + timedelta(days=6)
        if self.gran == "weekend":
            saturday = date.fromisocalendar(y, self.index, 6)
            return saturday, saturday + timedelta(days=1)
        return (self.as_date(),) * 2

    def as_date(self) -> date:
        return date(self.year, self.index, self.day)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def point_of(gran: str, day: date) -> TimePoint:
    """The unit of granularity GRAN that contains DAY: ('quarter', 2022-10-22) -> 2022-Q4."""
    if gran == "day":
        return TimePoint("day", day.year, day.month, day.day)
    if gran in ("week", "weekend"):
        iso = day.isocalendar()
        return TimePoint(gran, iso[0], iso[1])
    if gran == "month":
        return TimePoint("month", day.year, day.month)
    if gran == "quarter":
        return TimePoint("quarter", day.year, (day.month - 1) // 3 + 1)
    if gran == "half":
        return TimePoint("half", day.year, 1 if day.month <= 6 else 2)
    if gran == "season":
        code = {12: "WI", 1: "WI", 2: "WI"}.get(day.month) or ("SP" if day.month <= 5 else "SU" if day.month <= 8 else "FA")
        year = day.year - 1 if day.month <= 2 else day.year
        return TimePoint("season", year, SEASON_CODES.index(code))
    if gran == "decade":
        return TimePoint("decade", day.year // 10)
    if gran == "century":
        return TimePoint("century", day.year // 100)
    return TimePoint("year", day.year)


UNIT_MONTHS = {"year": 12, "half": 6, "quarter": 3, "season": 3, "month": 1, "decade": 120, "century": 1200}


def shift(point: TimePoint, unit: str, n: int) -> TimePoint:
    """Move POINT by N units, keeping its granularity: (2022-H1, 'year', -1) -> 2021-H1."""
    if point.year is None:
        return point
    if point.gran in ("decade", "century"):
        step = {"decade": 1, "century": 10}.get(unit, 0) if point.gran == "decade" else (1 if unit == "century" else 0)
        return replace(point, year=point.year + n * step)
    start = point.interval()[0]
    if unit in ("day", "week", "weekend"):
        moved = start + timedelta(days=n * (1 if unit == "day" else 7))
    else:
        months = start.year * 12 + start.month - 1 + n * UNIT_MONTHS[unit]
        moved_day = min(start.day, calendar.monthrange(months // 12, months % 12 + 1)[1])
        if point.gran == "day":
            moved_day = min(point.day, calendar.monthrange(months // 12, months % 12 + 1)[1])
        moved = date(months // 12, months % 12 + 1, moved_day)
    return point_of(point.gran, moved) if point.gran != "season" else point_of("season", moved)


def choose(candidates: list[TimePoint], ref: date, tense: str | None) -> TimePoint:
    """ANNOTATION §3: past -> latest on or before REF; future -> earliest on or after; else nearest."""
    spans = [(c, *c.interval()) for c in candidates]
    if tense == "PAST":
        past = [s for s in spans if s[1] <= ref]
        if past:
            return max(past, key=lambda s: s[1])[0]
    if tense == "FUTURE":
        future = [s for s in spans if s[2] >= ref]
        if future:
            return min(future, key=lambda s: s[1])[0]

    def distance(span: tuple) -> tuple[int, int]:
        _, first, last = span
        if first <= ref <= last:
            return 0, 0
        gap = (first - ref).days if first > ref else (ref - last).days
        return gap, 1 if first > ref else 0  # a tie goes to the past: news reports

    return min(spans, key=distance)[0]
