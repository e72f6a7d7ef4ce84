"""Vocabulary of date expressions: month, weekday, unit, ordinal and holiday tables (modifiers: mods.py)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": 4, "final": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21,
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
# Calendar units -> ISO 8601 duration designators (hours and minutes take the "T").
UNITS: dict[str, str] = {
    "year": "Y", "yr": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE",
    "century": "CE", "quarter": "Q", "hour": "H", "minute": "MIN", "fortnight": "W",
    "weekend": "WE", "night": "NI",
}
UNIT_PLURALS: dict[str, str] = {"centuries": "century", "yrs": "yr"}
# The granularity a unit shifts by in "two months ago" / "a year earlier".
UNIT_GRAN: dict[str, str] = {
    "year": "year", "yr": "year", "month": "month", "week": "week", "day": "day",
    "decade": "decade", "century": "century", "quarter": "quarter", "fortnight": "week",
    "weekend": "weekend",
}
UNIT_STEP: dict[str, int] = {"fortnight": 2}
# "last/this/next X" offsets; "past"/"previous" read as "last".
RELATIVE: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
    "next": 1, "coming": 1, "following": 1, "this coming": 1, "this past": -1,
}
# "the next day", "the previous morning": one day on from, or back from, the day last mentioned.
ADJACENT: dict[str, int] = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "a number of", "numerous", "countless")

# Fixed-date holidays (month, day), and floating ones as (month, weekday, n-th; -1 = last).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year day": (1, 1), "new year's eve": (12, 31),
    "the new year": (1, 1), "new year": (1, 1), "valentine's day": (2, 14),
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "april fools' day": (4, 1),
    "april fools day": (4, 1), "april fool's day": (4, 1), "april fools": (4, 1),
    "may day": (5, 1), "independence day": (7, 4), "halloween": (10, 31),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "singles day": (11, 11), "singles' day": (11, 11),
    "bastille day": (7, 14), "canada day": (7, 1), "veterans day": (11, 11),
    "armistice day": (11, 11), "national day": (10, 1),
}
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "labour day": (9, 0, 1), "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3), "columbus day": (10, 0, 2),
}
# Days counted from another holiday: Black Friday is the day after Thanksgiving; the movable
# feasts of the Western churches are counted from Easter Sunday (EASTER, computed per year).
EASTER = "easter"
DERIVED_HOLIDAYS: dict[str, tuple[str, int]] = {
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
    "easter sunday": (EASTER, 0), "good friday": (EASTER, -2), "holy saturday": (EASTER, -1),
    "easter monday": (EASTER, 1), "palm sunday": (EASTER, -7), "ash wednesday": (EASTER, -46),
    "pentecost": (EASTER, 49), "whit monday": (EASTER, 50),
}
HOLIDAY_NAMES = sorted({*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *DERIVED_HOLIDAYS, EASTER})
# Weeks named by a feast: the ISO week that ends on Easter Sunday.
EASTER_WEEKS = ("holy week", "easter week")
# The new year of another calendar ("the Lunar New Year"): not January 1, and not computed here.
OTHER_CALENDARS = frozenset({"lunar", "chinese", "jewish", "islamic", "hijri", "persian", "iranian", "vietnamese"})

# The words right before a lone month or year that make it a date without the model's reading
# ("in May", "since 1995", "until March", "early 1990"; a year after "of" only at a clause's end,
# "the end of 1990."): prepositions of time and the calendar modifiers. Not "of" or "and" before a
# month ("the March of Dimes", "Tom and May"), nor "on" ("on May" is no English date).
DATE_OPENERS = ("in", "since", "until", "till", "by", "through", "throughout", "from", "during", "before", "after",
                "between", "early", "late", "mid")
# "earlier"/"later" before a day or a week order events within it ("Earlier Friday, lawyers
# filed…", "earlier this week"), and before "that …" they order against the event told of
# ("later that year"): no part of the period, so no mod; before this month or longer they keep
# HeidelTime's START/END ("earlier this year"). (TBAQ is split on days: "Earlier Sunday" START
# three times, "Friday" with "Earlier" left outside the span four times.)
ORDER_WORDS = frozenset({"earlier", "later"})
# ... except before a deictic day: "Earlier today", "Later yesterday" are one date, the day's START/END
# (TBAQ: "Earlier yesterday" START, "Later yesterday" END, never the day alone), as "late yesterday" is.
DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
# ... but "later" names no part of a longer period either: "later this year" is any time after P in the
# year, not its end (TBAQ's "later this month", news_probe2's "later this year": mod null), while
# "earlier this year" keeps START (TBAQ: START ten times, null five).
UNPLACED_ORDER_WORDS = frozenset({"later"})
# "Late Monday, officials said…", "Early Friday, troops…": opening a sentence before a weekday and its
# comma, "early"/"late" order the day's news as "Earlier" does, and TimeML leaves them out (TBAQ's
# "Late Monday," gives "Monday"); inside a sentence they are the day's START/END ("late yesterday").
OPENING_ORDER_WORDS = frozenset({"early", "late"})
ORDERED_WITHIN = frozenset({"day", "week", "weekend"})
# Vague references built on a calendar unit (ANNOTATION §2 DATE).
PAST_REF_PATTERNS = (r"recent {unit}s", r"past {unit}s", r"{unit}s ago", r"(?:a few|several|many|some) {unit}s ago",
                     r"the past few {unit}s ago", r"{unit}s past", r"earlier {unit}s")
FUTURE_REF_PATTERNS = (r"(?:the )?coming {unit}s", r"(?:the )?{unit}s ahead", r"(?:the )?{unit}s to come",
                       r"(?:the )?upcoming {unit}s", r"future {unit}s", r"(?:the )?next few {unit}s ahead")
# Deictic words (ANNOTATION §2): DATE mentions with a vague value and no interval, as TimeML
# annotates them; the span is the word or phrase with its determiner ("the near future"),
# without the preposition ("in the past"). "right now", "for now" give "now".
DEICTIC_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "this day and age": "PRESENT_REF", "the present day": "PRESENT_REF",
    "present day": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the past": "PAST_REF", "the recent past": "PAST_REF", "the distant past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the immediate future": "FUTURE_REF", "the not-too-distant future": "FUTURE_REF",
}
# "the past"/"the future" before a noun or "of" are no time: "the future king", "the future of the company"
# (its fate), "the past decade" (a longer date); these words follow a deictic noun phrase that is one.
DEICTIC_NOUNS = frozenset(w for w in DEICTIC_WORDS if w.startswith("the "))
# A run counted in units: "a third consecutive day", "the fourth week in a row", "two straight quarters".
RUN_WORDS = ("consecutive", "straight", "successive", "continuous")
# Ordinals that count such a run ("a third straight day"), spelled out; not "last", "final".
RUN_ORDINALS = tuple(w for w in ORDINALS if w not in ("last", "final") and not w[0].isdigit())
# Market reports count trading days as sessions: "the third straight session", "the past five sessions".
SESSION_WORDS = ("session", "sessions")
TRADING_WORDS = ("trading", "business", "working", "school")
# "single-day", "multiyear": a duration written as an adjective, one unit or some.
ADJECTIVE_COUNTS: dict[str, float | None] = {"single": 1.0, "multi": None}
# Words of a market report: "the day" / "the session" there is the trading day under report
# ("the index fell 2% on the day"), elsewhere a day fixed by an event ("the day after his death").
MARKET_WORDS = frozenset({
    "shares", "share", "stock", "stocks", "index", "indexes", "indices", "benchmark", "points", "trading", "traded",
    "dow", "nasdaq", "s&p", "ftse", "nikkei", "dax", "cac", "yield", "yields", "futures", "bonds", "treasuries",
    "dollar", "yen", "euro", "sterling", "currency", "crude", "oil", "gold", "bitcoin", "volume", "investors",
    "market", "markets", "equities", "prices", "gainers", "losers", "closed", "close", "closing",
})

# Parts of the day after a day ("Friday morning"): inside the span, but the value stays the
# day: a DATE's TIMEX3 value has day granularity (2000-01-28TMO would be a TIME, outside §2).
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# Nouns of a stretch a hyphenated count measures ("over a three-year period", "a two-day span"):
# the noun phrase is the date (date_spans), the count's duration its value (date_rules.clean)
PERIOD_NOUNS = frozenset({"period", "span", "stretch"})
# "the early hours", "the small hours": a time of day (TimeML TIME), not a duration of hours.
HOURS_OF_DAY = frozenset({"early", "small", "wee", "late", "morning", "afternoon", "evening", "overnight", "predawn",
                          "pre-dawn", "daylight", "night", "midday"})

_ONES = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_ONES = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                 "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
# Number words 1-99 ("ninety-four" -> 94), for years spoken in broadcast transcripts.
NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_ONES, 1)}, **_TENS,
    **{f"{t}-{o}": v + i for t, v in _TENS.items() for i, o in enumerate(_ONES[:9], 1)},
    **{f"{t} {o}": v + i for t, v in _TENS.items() for i, o in enumerate(_ONES[:9], 1)},
}
# Ordinal day words 1-31 ("March eighth", "the twenty-first of May").
DAY_ORDINALS: dict[str, int] = {
    **{w: i for i, w in enumerate(_ORDINAL_ONES, 1)}, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{o}": 20 + i for i, o in enumerate(_ORDINAL_ONES[:9], 1)},
    **{f"twenty {o}": 20 + i for i, o in enumerate(_ORDINAL_ONES[:9], 1)},
    "thirty-first": 31, "thirty first": 31,
}
