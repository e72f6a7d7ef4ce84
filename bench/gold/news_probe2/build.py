"""Build the second probe set from its marked sources: articles/*.txt and gold.jsonl.

bench/gold/news_probe/build.py's marks, extended with DATE. Each `marked/NNN_slug.src` holds
`published:` and `source:` lines, then the headline, then the body, with every mention written
inline as `[O|...]` (ORG), `[P|...]` (PRODUCT), `[M|...]` (MONEY), `[C|...]` (PERCENT) or
`[D|surface|timex]` (DATE). A MONEY or PERCENT value is read from its surface (ANNOTATION.md §3)
unless the mark gives it: `[M|surface|amount;CUR;mod;high]`. A DATE mark always gives its value,
resolved by hand against the article's `published` date: `[D|surface|timex]`,
`[D|surface|timex;MOD]` or `[D|surface|timex;MOD;TYPE]`. `type` is DURATION for a timex
`P<digit|X>...` and DATE otherwise unless the mark names it; `start`/`end` are computed from the
timex (ANNOTATION §3: day, month, year, quarter, half, meteorological season, ISO week, decade;
null for durations, the vague references and unknown years). A weekday named in the surface is
checked against the timex's date, "today"/"yesterday"/"tomorrow" against `published`, and a
resolved day must lie within two years of it. Offsets are taken in the whole written file (front
matter included) and checked.

    python bench/gold/news_probe2/build.py
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The first probe set's builder: its marks, MONEY and PERCENT values, articles and gold lines.
_SPEC = importlib.util.spec_from_file_location("news_probe_build", HERE.parent / "news_probe" / "build.py")
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)
LABELS = {**base.LABELS, "D": "DATE"}
TIMEX_MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
              "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def month_end(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def interval(timex: str) -> tuple[dt.date, dt.date] | None:
    """The inclusive calendar interval a DATE timex denotes (ANNOTATION §3), None where it has none."""
    if timex in REFS or timex.startswith("P") or "X" in timex:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", timex):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)", timex):
        return dt.date(int(m[1]), int(m[2]), 1), month_end(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})", timex):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", timex):
        first = 3 * int(m[2]) - 2
        return dt.date(int(m[1]), first, 1), month_end(int(m[1]), first + 2)
    if m := re.fullmatch(r"(\d{4})-H([12])", timex):
        first = 6 * int(m[2]) - 5
        return dt.date(int(m[1]), first, 1), month_end(int(m[1]), first + 5)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", timex):
        first, last = SEASONS[m[2]]
        return dt.date(int(m[1]), first, 1), month_end(int(m[1]), last)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", timex):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{3})", timex):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    raise ValueError(f"cannot read timex {timex!r}")


def date_value(surface: str, spec: str | None, published: str) -> dict:
    if not spec:
        raise ValueError(f"DATE {surface!r} has no value")
    fields = [None if f in ("", "null") else f for f in spec.split(";")]
    timex, mod, kind = (fields + [None, None])[:3]
    if mod is not None and mod not in TIMEX_MODS:
        raise ValueError(f"DATE {surface!r}: unknown mod {mod!r}")
    if kind is None:
        kind = "DURATION" if re.match(r"P[\dX]", timex) else "DATE"
    if kind not in ("DATE", "DURATION"):
        raise ValueError(f"DATE {surface!r}: unknown type {kind!r}")
    span = interval(timex) if kind == "DATE" else None
    pub = dt.date.fromisoformat(published)
    words = re.findall(r"[a-z]+", surface.lower())
    if span and span[0] == span[1]:
        day = span[0]
        for word in words:
            if word in WEEKDAYS:
                assert day.weekday() == WEEKDAYS.index(word), (surface, timex, day.strftime("%A"))
            if word in DEICTIC_DAYS:
                assert day == pub + dt.timedelta(days=DEICTIC_DAYS[word]), (surface, timex, published)
        assert abs((day - pub).days) <= 731, (surface, timex, published)
    return {"type": kind, "timex": timex, "mod": mod,
            "start": span[0].isoformat() if span else None,
            "end": span[1].isoformat() if span else None}


def value_of(label: str, surface: str, spec: str | None, published: str = "") -> dict:
    if label == "DATE":
        return date_value(surface, spec, published)
    return base.value_of(label, surface, spec)


if __name__ == "__main__":
    sys.exit(base.main(HERE, LABELS, value_of))
