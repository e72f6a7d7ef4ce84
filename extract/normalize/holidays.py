"""Holiday days by year (ANNOTATION.md §2: holidays that name a calendar day are dates): fixed
days, the n-th weekday of a month, and days counted from Thanksgiving or from Easter Sunday;
the names are date_words.py's tables."""

from __future__ import annotations

from datetime import date, timedelta

from extract.normalize.date_words import DERIVED_HOLIDAYS, EASTER, FIXED_HOLIDAYS, FLOATING_HOLIDAYS


def easter_sunday(year: int) -> date:
    """Western Easter of YEAR by the Gregorian computus (the anonymous 'Meeus/Jones/Butcher'
    algorithm): 2013 -> 2013-03-31."""
    a, b, c = year % 19, year // 100, year % 100
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - b // 4 - g + 15) % 30
    k = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    m = (a + 11 * h + 22 * k) // 451
    month, day = divmod(h + k - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_day(name: str, year: int) -> date:
    """('black friday', 2022) -> 2022-11-25."""
    if name == EASTER:
        return easter_sunday(year)
    if name in DERIVED_HOLIDAYS:
        base, days = DERIVED_HOLIDAYS[name]
        return holiday_day(base, year) + timedelta(days=days)
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    month, weekday, nth = FLOATING_HOLIDAYS[name]
    first = date(year, month, 1)
    if nth > 0:
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)
