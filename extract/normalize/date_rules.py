"""The date rules: regex fragments, one handler per expression shape, and RULES.

Each rule in RULES is (id, regex, handler). `match_rules` reads a cleaned span text with every
regex (no context needed), `resolve_rule` runs their handlers in order in a DateContext and the
first that returns a value wins, named by its rule's id. Handlers take the
match and a DateContext and return a TimePoint, a Duration, a Ref, or (value, mod).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, NamedTuple

from extract.normalize.date_context import (
    AHEAD_TENSES, MIDPOINT_DAYS, DateContext, Duration, Parsed, Ref, day_point, duration_timex, from_anchor, is_closed, number_of,
    period_ending, reported_period, resolve, shift_from, unit_of, year_of,
)
from extract.normalize.date_words import (
    ADJACENT, ADJECTIVE_COUNTS, DAY_ORDINALS, DECADE_WORDS, DEICTIC_WORDS, FIXED_HOLIDAYS,
    FUTURE_REF_PATTERNS, EASTER_WEEKS, HOLIDAY_NAMES, MONTHS,
    NUMBER_WORDS, ORDINALS, PAST_REF_PATTERNS, PERIOD_NOUNS, RELATIVE, RUN_ORDINALS, RUN_WORDS, SEASONS, TRADING_WORDS, UNIT_GRAN, UNIT_PLURALS,
    UNITS, VAGUE_COUNTS, WEEKDAYS,
)
from extract.normalize.holidays import easter_sunday, holiday_day
from extract.normalize.timex import SEASON_CODES, TimePoint, choose, point_of, shift

def alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


M = rf"(?P<month>{alt(MONTHS)})\.?"
D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
Y = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"
WD = rf"(?P<weekday>{alt(WEEKDAYS)})\.?"
REL = rf"(?P<rel>{alt(RELATIVE)})"
UNIT_NAMES = alt(list(UNITS) + list(UNIT_PLURALS))
UNIT = rf"(?P<unit>{UNIT_NAMES})(?:e?s)?"  # "two years", "a year"
UNIT1 = rf"(?P<unit>{UNIT_NAMES})"  # "last year"
UNITS_PL = rf"(?P<unit>{UNIT_NAMES})(?:e?s|(?<=ies))"  # "decades"
NUMWORD = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|" \
          r"fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozen|half a|a half)" \
          r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine|hundred))?"
NUM = rf"(?P<num>{NUMWORD}(?: and a half)?)"  # number_of reads "two and a half" itself
YEAR_SPEC = (r"(?P<yspec>" + Y + r"|'\d\d|last year|this year|next year|the year|the previous year|the prior year"
             r"|the current year|the following year|the coming year)")
PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night|midday|noon))?"
STRETCH = r"(?:past|last|next|coming|previous|first|final|following|preceding|latest|trailing|rolling)"  # "the past two years"


_SPELLED_YEAR = re.compile(
    r"\b(?P<c>eighteen|nineteen|twenty) (?P<y>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
    r"(?![ -](?:" + alt(list(UNITS) + list(UNIT_PLURALS)) + r"))"  # "twenty four hours" is a count
)
_SPELLED_2000S = re.compile(
    r"\btwo thousand(?:(?: and)? (?P<y>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"))?\b"
)
_DAY_ORDINAL = re.compile(
    rf"\b(?P<m>{'|'.join(MONTHS)})\.? (?:the )?(?P<o>" + "|".join(sorted(DAY_ORDINALS, key=len, reverse=True)) + r")\b"
    + "|\\b(?:the )?(?P<o2>" + "|".join(sorted(DAY_ORDINALS, key=len, reverse=True)) + rf") of (?P<m2>{'|'.join(MONTHS)})\b"
)


def _spell_out(text: str) -> str:
    """Numbers as broadcast transcripts write them: 'nineteen ninety-four' -> '1994', 'march eighth' -> 'march 8'."""
    text = _SPELLED_YEAR.sub(lambda m: str({"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m["c"]] + NUMBER_WORDS[m["y"]])
                             if m["y"] not in ("hundred",) else m[0], text)
    text = _SPELLED_2000S.sub(lambda m: str(2000 + (NUMBER_WORDS[m["y"]] if m["y"] else 0)), text)
    text = _DAY_ORDINAL.sub(lambda m: f"{m['m']} {DAY_ORDINALS[m['o']]}" if m["m"] else f"{DAY_ORDINALS[m['o2']]} {m['m2']}", text)
    return re.sub(r"\b(\d+) 1/2\b", r"\1.5", text)


_FISCAL_INSIDE = re.compile(r" (?:fiscal|financial) (?:year )?(?=\d{4}\b)")
# a fiscal year's code after a quarter or half ("Q2 FY23", "the first half of FY2024"): that year, as written
_FISCAL_CODE_INSIDE = re.compile(r"(?<=\w )fy ?'?(?:(?P<y4>\d{4})|(?P<y2>\d{2}))\b")
_RELATIVE_FISCAL = re.compile(r"(?<=\b(?:this|next|last) )(?:fiscal|financial) (?=year\b)")
# "the entire year" is read as "the full year" (rule reported-year); a shorter whole unit as the unit
_WHOLE_UNIT = re.compile(r"(?<=\bthe )(?:full|entire|whole) (?=(?:quarter|month|week|half)\b)")
# "over a three-year period", "the 30-day period": the count of units the hyphenated adjective gives
_UNIT_PERIOD = re.compile(rf"^(?:a |an |the )?(?P<count>{NUMWORD}-(?:{UNIT_NAMES})) (?:{alt(PERIOD_NOUNS)})$")
# "the early months of 2021", "the late weeks of June": the first or last ones (rules year-edge-vague, month-edge)
_EARLY_UNITS = re.compile(r"\b(?:early|late) (?=(?:month|week|day)s of )")
# "five trading days", "the third straight session": market reports count trading days.
_TRADING_DAYS = re.compile(rf"\b(?:(?:{alt(TRADING_WORDS)}) (?:day|session)|session)(?=s?\b)")
_MORE_UNITS = re.compile(rf"(?<=\w )(?:more|additional|further|extra) (?=(?:{UNIT_NAMES})(?:e?s)?\b)")
# "for another year" is a year more, "another two weeks" two weeks more: the count is of the unit
_ANOTHER = re.compile(rf"\banother (?=(?P<unit>(?:{UNIT_NAMES})\b)?)")


def clean(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    text = re.sub(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)\b", r"\1 \2", text)
    text = re.sub(r"\b(fiscal|financial)-(?=(?:first|second|third|fourth|1st|2nd|3rd|4th) )", r"\1 ", text)  # "fiscal-first quarter"
    text = _spell_out(text)
    text = re.sub(r"\bmid[- ]?year\b", "midyear", text)  # "by mid-year", "midyear": one word, read by rule midyear
    text = _MORE_UNITS.sub("", text)  # "two more weeks", "an additional year": the count is of the unit
    text = _ANOTHER.sub(lambda m: "a " if m["unit"] else "", text)
    text = _FISCAL_INSIDE.sub(" ", text)  # "the second half of fiscal 2012": that year's half
    text = _FISCAL_CODE_INSIDE.sub(lambda m: m["y4"] or f"20{m['y2']}", text)  # "q2 fy23": Q2 of fiscal 2023
    text = _RELATIVE_FISCAL.sub("", text)  # "next fiscal year": the year after P's, as "next year" is
    text = _WHOLE_UNIT.sub("", text)  # "the entire month", "the full quarter": that month, that quarter
    text = _UNIT_PERIOD.sub(r"\g<count>", text)  # "a three-year period": three years (rule duration)
    text = _EARLY_UNITS.sub(lambda m: "first " if m[0].startswith("early") else "last ", text)  # rule year-edge-vague
    text = _TRADING_DAYS.sub("day", text)  # "eight trading days", "two sessions": days
    return re.sub(r"^(?:the )?(?=(?:first|second|third|fourth|last|end|beginning|middle|start|new|early|late|mid|summer|winter|spring|autumn|fall|\d|'\d|nineteen|twenti|thirti|fourti|fifti|sixti|seventi|eighti|ninet|twentieth|twenty|current|latter|close|turn|dawn|tail|very|year-end|holiday|fiscal))", "", text)


class DateRule(NamedTuple):
    """One date rule: its id (named where a value is traced, as a Matcher pattern's id names a
    span), the regex that reads a cleaned span text whole, and the handler that resolves it."""

    id: str
    pattern: re.Pattern
    handler: Callable


@dataclass(frozen=True)
class RuleMatch:
    """A rule's regex match as plain values, read before any context and kept (picklable, as
    what rides on a Doc must be) until the context resolves it: m["unit"], m[0], m.groupdict()."""

    rule: str  # the rule's id (RULES_BY_ID)
    string: str
    groups: dict

    def __getitem__(self, key):
        return self.string if key == 0 else self.groups[key]

    def group(self, key=0):
        return self[key]

    def groupdict(self) -> dict:
        return self.groups


def match_rules(text: str) -> tuple[RuleMatch, ...]:
    """Every rule whose regex reads TEXT whole, in RULES order: what the words say, before any context."""
    return tuple(RuleMatch(rule.id, text, match.groupdict()) for rule in RULES
                 if (match := rule.pattern.fullmatch(text)) is not None)


def resolve_rule(matches: tuple[RuleMatch, ...], ctx: DateContext) -> tuple[str, Parsed | tuple[Parsed, str]] | None:
    """(rule id, value) of the first of MATCHES whose handler resolves it in CTX."""
    for match in matches:
        rule = RULES_BY_ID[match.rule]
        result = rule.handler(match, ctx)
        if result is not None:
            return rule.id, result
    return None


def parse(text: str, ctx: DateContext) -> Parsed | tuple[Parsed, str] | None:
    """The value of TEXT (cleaned) in CTX, as the first rule that reads it gives it: 'the 1990s' -> 199."""
    found = resolve_rule(match_rules(text), ctx)
    return found[1] if found is not None else None


# --- rule handlers --------------------------------------------------------------------

def _iso(m, ctx):
    return day_point(int(m["year"]), int(m["m"]), int(m["day"]))


def _numeric_day(m, ctx):
    """'3/15/2013' (month first, as US news writes it), '15/3/2013' and '15.03.2013' (day first)
    -> 2013-03-15; a two-digit year as in "'98"."""
    dotted = m["a"] is None
    a, b, year = (int(m["a2"]), int(m["b2"]), m["y2"]) if dotted else (int(m["a"]), int(m["b"]), m["y"])
    year = int(year) if len(year) == 4 else year_of(f"'{year}", ctx)
    month, day = (b, a) if dotted or a > 12 else (a, b)
    return day_point(year, month, day)


def _full_day(m, ctx):
    return day_point(int(m["year"]), MONTHS[m["month"]], int(m["day"]))


def _month_day(m, ctx):
    """'Oct. 16' -> the year by tense; with a weekday ('Monday, Oct. 26') the year where it fits;
    'last Oct. 23' -> strictly before P."""
    month, day = MONTHS[m["month"]], int(m["day"])
    if not 1 <= day <= 31:
        return None
    groups = m.groupdict()
    weekday = WEEKDAYS[groups["weekday"]] if groups.get("weekday") else None
    if weekday is not None and ctx.ref is not None:
        fitting = [p for p in (day_point(y, month, day) for y in range(ctx.ref.year - 1, ctx.ref.year + 2))
                   if p is not None and p.as_date().weekday() == weekday]
        if len(fitting) == 1:
            return fitting[0]
    return resolve(lambda y: day_point(y, month, day), ctx, groups.get("rel"), gran="day")


def _month_year(m, ctx):
    year = year_of(m["yspec"], ctx)
    return TimePoint("month", year, MONTHS[m["month"]])


def _month(m, ctx):
    month = MONTHS[m["month"]]
    return resolve(lambda y: TimePoint("month", y, month), ctx, m["rel"], "month")


def _year(m, ctx):
    if m[0] == "the next year":  # "over the next year": the twelve months after P, P1Y (rule stretch), as
        # "the next month" is P1M and "the past year" P1Y; in past narration after a date, the year after it
        if ctx.tense == "PAST" and ctx.anchor and ctx.anchor.year:
            return TimePoint("year", year_of("the following year", ctx))  # "joined in 2005; the next year he left"
        return None
    if m["yspec"] == "the year" and is_closed(ctx):
        return period_ending("year", ctx.closes)
    if m["yspec"] == "last year" and ctx.compared and reported_period(ctx) is not None:
        return shift(reported_period(ctx), "year", -1)  # "earnings of $24 million, compared with $3 million last year"
    return TimePoint("year", year_of(m["yspec"], ctx))


def _decade(m, ctx):
    if m["century"]:
        return TimePoint("decade", int(m["century"]) * 10 + int(m["d"]))
    d = int(m["d"])
    return TimePoint("decade", 190 + d if d >= 3 else 200 + d)


def _decade_word(m, ctx):
    d = DECADE_WORDS[m["dw"]]
    return TimePoint("decade", 190 + d)


def _century(m, ctx):
    n = int(m["n"]) if m["n"] else ORDINALS[m["nw"]]
    return TimePoint("century", n - 1)


HALF_SIDES = {"front": 1, "back": 2}  # "the back half of the year": its second half, as business news writes it


def _sub_year(gran: str, count: int):
    def handler(m, ctx):
        index = (HALF_SIDES.get(m["ord"]) or ORDINALS.get(m["ord"], 0)) if m["ord"] else int(m["q"])
        if m["ord"] in ("last", "final", "latter"):  # "the latter half of 2023": its second
            if not m["yspec"]:
                return None  # "last quarter" is the quarter before P's, not Q4
            index = count
        if not 1 <= index <= count:
            return None
        return _part_of_year(gran, index, m["yspec"], ctx)
    return handler


def _part_of_year(gran: str, index: int, yspec: str | None, ctx: DateContext) -> TimePoint:
    """Quarter or half INDEX of the year YSPEC names, else of the year the context gives."""
    if yspec:
        return TimePoint(gran, year_of(yspec, ctx), index)
    if is_closed(ctx):
        return TimePoint(gran, ctx.closes.year, index)  # "the second quarter ended Oct. 31" (1988): fiscal Q2 of 1988
    # News reports results: with no tense cue, a quarter or half is the latest one begun.
    tense = ctx.tense or "PAST"
    return resolve(lambda y: TimePoint(gran, y, index), replace(ctx, tense=tense), gran=gran)


def _half_of_era(m, ctx):
    """'the second half of the decade', "the first half of the '90s" -> that decade (or century),
    START or END, as TimeML writes "the last half of the '80s" (198, END)."""
    inner = _inner_point(m["rest"], ctx)
    if inner is None or inner.gran not in ("decade", "century"):
        return None
    return inner, "START" if m["ord"] == "first" else "END"


def _month_range_part(m, ctx):
    """'the January-March quarter' -> Q1, 'the July to December period' -> H2 (of the year by
    context, as 'the first quarter' is); None when the months are not a calendar quarter or half."""
    first, last = MONTHS[m["m1"]], MONTHS[m["m2"]]
    length = last - first + 1
    if length == 3 and first % 3 == 1 and m["unit"] != "half":
        return _part_of_year("quarter", first // 3 + 1, m["yspec"], ctx)
    if length == 6 and first in (1, 7) and m["unit"] != "quarter":
        return _part_of_year("half", first // 6 + 1, m["yspec"], ctx)
    return None


# "the first five months of 2019": the months a stretch at one edge of a year covers, and the
# mod of the year it leaves when they are no calendar quarter or half (ANNOTATION §3: START, END).
# "the first two quarters of 1990" is 1990-H1 (TBAQ tags it so).
EDGE_MONTHS = {"quarter": 3, "month": 1, "week": 0, "day": 0}
EDGE_MODS = {"first": "START", "last": "END", "final": "END"}
# the year named ("of 2019", "of this year"); "of the year" only where the stretch is a calendar quarter or half
# ("the first three months of the year" Q1, of the year by context, as "the first quarter" is): else it is
# left to its own mention's anaphora, as TimeML splits it ("the first nine months" P9M, "the year")
CONTEXT_YEAR = "the year"
EDGE_YEAR = rf"(?P<yspec>{Y}|'\d\d|last year|this year|next year|{CONTEXT_YEAR})"


def _year_edge(m, ctx):
    """'the first five months of 2019' -> 2019 START, 'the last nine weeks of 2020' -> 2020 END
    (a part of a year, as 'the early part of 2021' is); 'the first three months of 2019',
    'the last six months of 2019' -> 2019-Q1, 2019-H2; 'the first 12 months of 2020' -> 2020."""
    n = number_of(m["num"])
    if n is None or n != int(n) or n < 1 or unit_of(m) not in EDGE_MONTHS:
        return None
    months = int(n) * EDGE_MONTHS[unit_of(m)]
    first = 1 if m["edge"] == "first" else 13 - months
    yspec = None if m["yspec"] == CONTEXT_YEAR else m["yspec"]  # of the year by context, as "the first quarter" is
    if months == 3 and first % 3 == 1:
        return _part_of_year("quarter", first // 3 + 1, yspec, ctx)
    if months == 6 and first in (1, 7):
        return _part_of_year("half", first // 6 + 1, yspec, ctx)
    if yspec is None:
        return None
    if months == 12:
        return TimePoint("year", year_of(m["yspec"], ctx))
    if months > 12:
        return None
    return TimePoint("year", year_of(m["yspec"], ctx)), EDGE_MODS[m["edge"]]


# "the closing months of 2021", "the final weeks of last year", "the first days of 2020": a stretch
# at a year's edge counted in no number is the year, START or END, as "the early part of 2021" is
# ("the early months of 2021" is cleaned to "the first months of 2021", before "early" would be
# stripped as a calendar modifier and leave "months of 2021").
VAGUE_EDGE_MODS = {"first": "START", "earliest": "START", "opening": "START",
                   "last": "END", "final": "END", "closing": "END", "latter": "END",
                   "waning": "END", "dying": "END"}
VAGUE_EDGE_UNITS = r"(?P<unit>month|week|day)s"


def _vague_year_edge(m, ctx):
    return TimePoint("year", year_of(m["yspec"], ctx)), VAGUE_EDGE_MODS[m["edge"]]


# "the first week of October", "the last 10 days of March", "the final days of June 2021": a
# stretch of days or weeks at a month's edge is the month, START or END (of the year by context,
# as the month alone is); at most half the month ("the first three weeks of May" is no edge).
MONTH_EDGE_DAYS = {"day": 1, "week": 7}
MONTH_EDGE_MAX_DAYS = 15


def _month_of_year(m, ctx):
    """The month M names, of the year written after it ("of March 2021") or, with none, of the year by
    context, as rule month reads a month alone."""
    month = MONTHS[m["month"]]
    if m["year"]:
        return TimePoint("month", int(m["year"]), month)
    return resolve(lambda y: TimePoint("month", y, month), ctx, None, "month")


def _month_edge(m, ctx):
    n = 1.0 if m["num"] is None else number_of(m["num"])
    if m["vague"]:
        n = 3.0  # "the first few days"
    if n is None or n < 1 or n * MONTH_EDGE_DAYS[unit_of(m)] > MONTH_EDGE_MAX_DAYS:
        return None
    return _month_of_year(m, ctx), VAGUE_EDGE_MODS[m["edge"]]


def _count_first_short_year(m, ctx):
    """'3Q22' -> 2022-Q3, '1H23' -> 2023-H1; '3H22' is no half (None)."""
    gran, index = ("quarter", 4) if m["unit"] == "q" else ("half", 2)
    if int(m["q"]) > index:
        return None
    return TimePoint(gran, year_of("'" + m["yy"].lstrip("'"), ctx), int(m["q"]))


def _month_half(m, ctx):
    """'the second half of September' -> that September, END; 'the first half of the month' -> P's
    month (or the month the article last named), START: a month's half is no calendar half."""
    mod = "START" if m["edge"] == "first" else "END"
    if m["this"]:
        rel = m["this"].split()[0]
        words = RuleMatch("the-unit" if rel == "the" else "relative-unit", m["this"], {"unit": "month", "rel": rel})
        point = (_the_unit if rel == "the" else _relative_unit)(words, ctx)
        return None if point is None else (point, mod)
    return _month_of_year(m, ctx), mod


def _month_quarter(m, ctx):
    """'the June quarter' -> Q2, the calendar quarter that ends in the month (of the year by
    context, as 'the second quarter' is); None for a month that ends no calendar quarter."""
    month = MONTHS[m["m1"]]
    return _part_of_year("quarter", month // 3, m["yspec"], ctx) if month % 3 == 0 else None


def _year_part(m, ctx):
    """'the 1988 second quarter', "this year's third quarter" -> that quarter; 'the 1988 quarter',
    "last year's quarter" -> the quarter of the previous DATE mention, in that year."""
    year = year_of(m["yspec"], ctx)
    unit = m["unit"]
    if m["ord"] and unit != "period":
        index = 2 if m["ord"] in ("last", "final") and unit == "half" else ORDINALS.get(m["ord"], 0)
        return TimePoint(unit, year, index) if 1 <= index <= (4 if unit == "quarter" else 2) else None
    anchor = ctx.anchor
    if anchor is not None and anchor.gran in ("quarter", "half") and (unit == "period" or anchor.gran == unit):
        return TimePoint(anchor.gran, year, anchor.index)
    if unit in ("quarter", "half") and ctx.ref is not None:  # the last complete one's counterpart
        return TimePoint(unit, year, shift(point_of(unit, ctx.ref), unit, -1).index)
    return TimePoint("year", year)


def _relative_unit(m, ctx):
    """'last quarter' -> the quarter before P's; 'this week' -> P's week."""
    unit = unit_of(m)
    gran = UNIT_GRAN.get(unit)
    if gran is None:
        return None
    offset = RELATIVE[m["rel"]]
    if ctx.ref is None:
        return TimePoint(gran, None) if gran == "year" else None
    if gran == "week" and offset == 0:
        offset = _week_written_the_day_after(ctx)
    return shift(point_of(gran, ctx.ref), gran, offset)


def _week_written_the_day_after(ctx: DateContext) -> int:
    """'this week' in a report dated the day after it was written: on a Sunday, what 'will' happen
    'this week' is in the week that begins the next day (-> +1); on a Monday, what happened 'this
    week' is in the week that ended the day before (-> -1); else P's own week (0)."""
    weekday = ctx.ref.isoweekday()
    if weekday == 7 and ctx.tense == "FUTURE":
        return 1
    if weekday == 1 and ctx.tense == "PAST":
        return -1
    return 0


def _the_unit(m, ctx):
    """'the year' -> P's year; 'the quarter' -> the quarter the article last named, else the last
    complete quarter (news reports results), or P's own in a future-tense sentence; 'the weekend'
    -> by tense, else the nearest."""
    gran = UNIT_GRAN.get(unit_of(m))
    if gran == "day":
        # "fell 2% on the day", "for the session": the trading day under report, the day last
        # mentioned, else P (the component keeps it only in a market report, not "the day after his death")
        day = _last_day(ctx)
        return None if day is None else point_of("day", day)
    if gran in MIDPOINT_DAYS and is_closed(ctx):
        return period_ending(gran, ctx.closes)
    if gran is not None and ctx.tense not in AHEAD_TENSES and (named := ctx.named_period(gran)) is not None:
        return named  # "its fiscal second quarter ... Net income for the quarter": that quarter; not a forecast's
    if gran is None or ctx.ref is None:
        return TimePoint("year", None) if gran == "year" else None
    point = point_of(gran, ctx.ref)
    if gran == "weekend":  # "over the weekend": by tense, else the nearest
        return choose([shift(point, gran, k) for k in (-1, 0, 1)], ctx.ref, ctx.tense)
    if ctx.tense not in AHEAD_TENSES and gran in ("quarter", "half"):
        return shift(point, gran, -1)
    return point


def _to_date(m, ctx):
    """'year to date', 'year-to-date' -> the year of P so far: P's year ('month-to-date' P's month)."""
    gran = UNIT_GRAN.get(m["unit"])
    if ctx.ref is None:
        return TimePoint("year", None) if gran == "year" else None
    return point_of(gran, ctx.ref)


def _midyear(m, ctx):
    """'mid-year', 'midyear' -> P's year, MID (as 'mid-2019' is 2019, MID)."""
    return TimePoint("year", None if ctx.ref is None else ctx.ref.year), "MID"


def _this_decade(m, ctx):
    """'decade' left of 'mid-decade' -> P's decade (the mod is the part of it)."""
    return None if ctx.ref is None else point_of("decade", ctx.ref)


def _reported_year(m, ctx):
    """'the fiscal year', 'the full year' -> P's year; 'the latest fiscal year' the last complete
    one; or the year that closes on ctx.closes."""
    if is_closed(ctx):
        return period_ending("year", ctx.closes)
    if ctx.ref is None:
        return TimePoint("year", None)
    reported = "full" in m.group(0) and ctx.tense == "PAST" and ctx.ref.month <= RESULTS_SEASON_END
    return TimePoint("year", ctx.ref.year - (1 if "latest" in m.group(0) or reported else 0))


# Annual results come out in the first quarter: what "the full year" earned, written then, is the
# year just ended ("For the full year, the bank earned $58 billion" in January).
RESULTS_SEASON_END = 3


def _fiscal_year(m, ctx):
    """'fiscal 2024', 'the 2022 fiscal year', 'FY2023', 'FY23' -> the year it is named by."""
    if m["fy2"]:
        return TimePoint("year", int(m["fy2"]) if len(m["fy2"]) == 4 else 2000 + int(m["fy2"]))
    return TimePoint("year", int(m["fy"] or m["fy3"]))


def _split_fiscal_year(m, ctx):
    """'fiscal 2021-22', 'FY2021-22', 'the 2021-22 fiscal year' -> 2022: a fiscal year across two calendar
    years is named by the one it ends in, as 'FY22' names it ('FY21-22' too); the second year must follow
    the first."""
    first, last = m["ys"] or m["ys2"] or m["ys3"], m["ye"] or m["ye2"]
    first = int(first) if len(first) == 4 else 2000 + int(first)  # "FY21", as rule fiscal-year reads it
    last = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return TimePoint("year", last) if last == first + 1 else None


def _season(m, ctx):
    index = SEASON_CODES.index(SEASONS[m["season"]])
    if m["yspec"]:
        return TimePoint("season", year_of(m["yspec"], ctx), index)
    return resolve(lambda y: TimePoint("season", y, index), ctx, m["rel"], "season")


def _deictic_day(m, ctx):
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "tonight": 0}[m["dd"]]
    if ctx.ref is None:
        return None
    return point_of("day", ctx.ref + timedelta(days=offset))


def _weekday(m, ctx):
    """'on Tuesday' in the past is the Tuesday on or before P; 'last Tuesday' strictly before."""
    weekday = WEEKDAYS[m["weekday"]]
    if ctx.ref is None:
        return None
    rel = m["rel"]
    ref = ctx.ref
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if rel and RELATIVE[rel] < 0:
        day = ref - timedelta(days=back or 7)
    elif rel and RELATIVE[rel] > 0:
        day = ref + timedelta(days=ahead or 7)
    elif rel:
        day = date.fromisocalendar(*ref.isocalendar()[:2], weekday + 1)
    elif ctx.tense == "FUTURE":
        day = ref + timedelta(days=ahead)
    elif ctx.tense == "PAST" or back <= ahead:
        day = ref - timedelta(days=back)
    else:
        day = ref + timedelta(days=ahead)
    return point_of("day", day)


def _holiday(m, ctx):
    name = m["holiday"]
    if m["year"]:
        return point_of("day", holiday_day(name, int(m["year"])))
    if ctx.ref is None:
        if name in FIXED_HOLIDAYS:
            return TimePoint("day", None, *FIXED_HOLIDAYS[name])
        return None
    return resolve(lambda y: None if y is None else point_of("day", holiday_day(name, y)), ctx, m["rel"], "day")


def _easter_week(m, ctx):
    """'Holy Week', 'Easter week' -> the ISO week that ends on Easter Sunday."""
    if m["year"]:
        return point_of("week", easter_sunday(int(m["year"])))
    return resolve(lambda y: None if y is None else point_of("week", easter_sunday(y)), ctx, m["rel"], "week")


def _inner_point(text: str, ctx: DateContext) -> TimePoint | None:
    """The date inside 'two days before the new year', 'the week of March 6'."""
    inner = parse(clean(text), ctx)
    if isinstance(inner, tuple):
        inner = inner[0]
    return inner if isinstance(inner, TimePoint) and inner.year is not None else None


def _offset(m, ctx):
    """'two days before the new year' -> the new year's day, minus two days; 'three years from
    now' -> year(P) + 3 (counted in its unit, as 'three years ago')."""
    if m["rest"] == "now" and m["dir"] == "from":
        gran = UNIT_GRAN.get(unit_of(m))
        n = number_of(m["num"]) if m["num"] else None
        if gran is None or n is None or ctx.ref is None:
            return None
        return shift_from(point_of(gran, ctx.ref), unit_of(m), n)
    inner = _inner_point(m["rest"], ctx)
    if inner is None:
        return None
    n = number_of(m["num"]) if m["num"] else 1.0  # "the day before last Tuesday"
    sign = -1 if m["dir"] in ("before", "prior to", "ahead of") else 1
    return None if n is None else shift_from(inner, unit_of(m), sign * n)


def _last_day(ctx: DateContext) -> date | None:
    """The day last mentioned, else P: what 'the next day' and 'the previous Friday' count from."""
    anchor = ctx.known_anchor
    return anchor.interval()[0] if anchor is not None and anchor.gran == "day" else ctx.ref


def _adjacent_day(m, ctx):
    """'the next day', 'the following morning' -> the day after the day last mentioned (else after P)."""
    ref = _last_day(ctx)
    if ref is None:
        return None
    return point_of("day", ref + timedelta(days=ADJACENT[m["dir"]]))


def _adjacent_weekday(m, ctx):
    """'the previous Friday' -> the Friday before the day last mentioned (else before P)."""
    ref = _last_day(ctx)
    if ref is None:
        return None
    weekday = WEEKDAYS[m["weekday"]]
    if m["dir"] == "following":
        return point_of("day", ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7))
    return point_of("day", ref - timedelta(days=(ref.weekday() - weekday) % 7 or 7))


def _week_of(m, ctx):
    """'the week of March 6' -> the ISO week that holds March 6."""
    inner = _inner_point(m["rest"], ctx)
    return point_of("week", inner.interval()[0]) if inner is not None and inner.gran == "day" else None


def _ago(m, ctx):
    """'two years ago' -> year(P) - 2; 'a week ago' -> P's week - 1; 'two decades ago' -> year(P) - 20."""
    n = number_of(m["num"])
    unit = unit_of(m)
    gran = UNIT_GRAN.get(unit)
    if n is None or gran is None or ctx.ref is None:
        return None
    if unit == "year" and n == 1 and reported_period(ctx) is not None:
        return shift_from(reported_period(ctx), unit, -n)  # "profit rose in the quarter … from $3 million a year ago"
    # (a year-on-year comparison; "two years ago" after "in March" is a year, as "two years ago" alone)
    if unit == "decade" and n == int(n):
        # "a decade ago" is about ten years back, a year as TimeML writes it ("a decade ago" in 1999:
        # 1989), not the calendar decade before P's (the 1980s)
        return shift_from(point_of("year", ctx.ref), "year", -10 * n)
    return shift_from(point_of(gran, ctx.ref), unit, -n)


def _anaphoric(m, ctx):
    """'a year earlier' -> the previous DATE mention moved back one year, same granularity."""
    n = number_of(m["num"])
    unit = unit_of(m)
    if n is None or UNIT_GRAN.get(unit) is None:
        return None
    sign = -1 if m["dir"] in ("earlier", "before", "previously", "prior") else 1
    return from_anchor(ctx, unit, sign * n)


def _unit_before(m, ctx):
    """'the year before' -> the previous DATE mention a year back, as 'a year earlier' (else P's year
    back); 'the day before', 'the day after' -> the day before or after the day last mentioned (else P);
    'the year before last' -> two years before P's."""
    unit = unit_of(m)
    gran = UNIT_GRAN.get(unit)
    if gran is None:
        return None
    sign = -1 if m["dir"] in ("before", "earlier", "prior") else 1
    if m["last"]:  # "the year before last": two back from P's
        return None if ctx.ref is None else shift(point_of(gran, ctx.ref), gran, -2)
    if gran == "day":
        ref = _last_day(ctx)
        return None if ref is None else point_of("day", ref + timedelta(days=sign))
    return from_anchor(ctx, unit, sign)


REPORTED_UNITS = frozenset({"quarter", "half"})


def _same_period(m, ctx):
    """'the same period last year' -> the previous DATE mention, one year back;
    'the year-ago third quarter' -> that quarter of the year before the mention's (or P's)."""
    base = ctx.year_on_year_base
    if base is not None and ctx.ref is not None and base.interval()[0] > ctx.ref:
        # a forecast ("losses through the third quarter of 1990") has no figures to compare:
        # the period under report is the last complete quarter
        base = shift(point_of("quarter", ctx.ref), "quarter", -1)
    if m.groupdict().get("ord"):
        year = base.year if base is not None else (ctx.ref.year if ctx.ref else None)
        unit, index = m["unit"], ORDINALS.get(m["ord"], 0)
        if year is None or unit not in ("quarter", "half") or not 1 <= index <= (4 if unit == "quarter" else 2):
            return None
        return TimePoint(unit, year - 1, index)
    unit = UNIT_GRAN.get(m.groupdict().get("unit") or "")
    if base is None and unit in REPORTED_UNITS and ctx.ref is not None:
        # "fees rose from the prior-year quarter" with no period named before: the one under report
        # (the last complete quarter, as "the quarter"), a year back
        return shift(shift(point_of(unit, ctx.ref), unit, -1), "year", -1)
    if base is None:
        return from_anchor(ctx, "year", -1)  # "the year-earlier period" after "the nine months": P's year, a year back
    if unit and unit != base.gran and base.gran not in ("decade", "century"):
        base = point_of(unit, base.interval()[0])
    if m.groupdict().get("y4"):
        return TimePoint(base.gran, int(m["y4"]), base.index, base.day) if base.gran not in ("decade", "century") else None
    return shift(base, "year", -1)


def _latest_unit(m, ctx):
    """'the latest quarter' -> the quarter the article last named, if it has ended ("its fiscal
    second quarter ... The latest period includes"), else the last complete quarter before P;
    'the latest period' -> the same, of the previous mention's unit (a quarter or half), else a quarter."""
    anchor = ctx.anchor
    gran = UNIT_GRAN.get(m["unit"]) if m["unit"] else (anchor.gran if anchor and anchor.gran in ("quarter", "half") else "quarter")
    if ctx.ref is None or gran is None:
        return None
    named = ctx.named_period(gran)
    if named is not None and named.interval()[1] < ctx.ref:
        return named
    return shift(point_of(gran, ctx.ref), gran, -1)


def _year_earlier(m, ctx):
    """'compared with year-earlier profit' -> the previous DATE mention (else P's year), a year back."""
    return from_anchor(ctx, "year", -1)


def _adjacent_unit(m, ctx):
    """'the previous quarter' -> the quarter before the one last mentioned (else before P's)."""
    gran = UNIT_GRAN.get(unit_of(m))
    if gran is None:
        return None
    base = ctx.known_anchor
    if base is None and ctx.ref is None:
        return None
    point = point_of(gran, base.interval()[0] if base is not None else ctx.ref)
    return shift(point, gran, 1 if m["dir"] == "following" else -1)


def _that_unit(m, ctx):
    """'that month' -> the month of the previous DATE mention; after a longer period, a unit of it
    whose place is unknown, as TimeML writes it: 'that day' after 'in 2010' -> 2010-XX-XX (not January 1),
    'that same day' after 'in October 1998' -> 1998-10-XX, 'that year' after 'the 1990s' -> 199X."""
    gran = UNIT_GRAN.get(unit_of(m))
    base = ctx.known_anchor
    if gran is None or base is None:
        return None
    if GRAN_ORDER[gran] < GRAN_ORDER[base.gran]:
        unknown = _unknown_within(base, gran)
        if unknown is not None:
            return Ref(unknown)
    return point_of(gran, base.interval()[0])


# Calendar units from the shortest: a unit is unknown within a longer one ("that day" of a year).
GRAN_ORDER = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4,
              "decade": 5, "century": 6}


def _unknown_within(base: TimePoint, gran: str) -> str | None:
    """The TIMEX3 value of a GRAN unit somewhere in BASE: (2010, 'day') -> '2010-XX-XX',
    (1998-10, 'day') -> '1998-10-XX', (2010, 'week') -> '2010-WXX', (199, 'year') -> '199X'."""
    if base.gran in ("decade", "century"):
        return f"{base.timex}X" if (base.gran, gran) == ("decade", "year") else None
    year = f"{base.interval()[0].year:04d}" if base.gran != "week" else base.timex[:4]
    if gran == "day":
        return f"{base.timex}-XX" if base.gran == "month" else f"{year}-XX-XX"
    return {"month": f"{year}-XX", "week": f"{year}-WXX", "quarter": f"{year}-QX", "half": f"{year}-HX"}.get(gran)


def _duration(m, ctx):
    n = number_of(m["num"])
    unit = unit_of(m)
    if n is None or UNITS.get(unit) in ("WE", "NI"):
        return None
    if m.string.endswith(" and a half"):
        n += 0.5
    return Duration(duration_timex(n, unit))


def _duration_range(m, ctx):
    """'two to three weeks' -> P2W, at least (TimeML keeps the low end); 'two or three weeks' -> P2W, about."""
    result = _duration(m, ctx)
    return result and (result, "APPROX" if m["sep"] == "or" else "EQUAL_OR_MORE")


def _coordinated_day(m, ctx):
    """'25' after 'April 24 and' (the components pass no other bare number): that day of the
    previous DATE mention's month."""
    base = ctx.anchor
    if base is None or base.gran != "day":
        return None
    return day_point(int(m["year"]) if m["year"] else base.year, base.index, int(m["day"]))


def _vague_duration(m, ctx):
    """'several years', 'the past few days' -> PXY, PXD; 'several quarters' PXQ, but bare 'quarters'
    is a fraction ('three quarters'), no date."""
    unit = unit_of(m)
    if UNITS.get(unit) in ("WE", "NI") or (UNITS.get(unit) == "Q" and not m["vague"]):
        return None
    return Duration(duration_timex(None, unit))


def _span_duration(m, ctx):
    """'the past two years', 'the next 18 months' -> P2Y, P18M; 'the past year' -> P1Y."""
    unit = unit_of(m)
    if not m["num"] and m[0].endswith("s"):
        n = None  # "the past years": some years, PXY
    else:
        n = number_of(m["num"]) if m["num"] else 1.0
        if n is None:
            return None
    if UNITS.get(unit) in ("WE", "NI"):
        return None
    return Duration(duration_timex(n, unit))


def _run(m, ctx):
    """'a third consecutive day', 'the fourth week in a row', 'for a second day' -> P3D, P4W, P2D (the
    run so far, as TimeML reads 'the fifth straight year'); 'two straight quarters', 'three days in a
    row' -> P2Q, P3D."""
    indefinite = m[0].startswith(("a ", "an ")) and unit_of(m) not in ("quarter", "half")
    if not m["row"] and not indefinite and not any(f" {w} " in m[0] for w in RUN_WORDS):
        return None  # "the third day" alone is no run; "for a second day" is ("a second quarter loss" is Q2)
    n = float(ORDINALS[m["ord"]]) if m["ord"] else (float(m["nth"]) if m["nth"] else number_of(m["num"]))
    unit = unit_of(m)
    if n is None or UNITS.get(unit) in ("WE", "NI"):
        return None
    return Duration(duration_timex(n, unit))


def _adjective_duration(m, ctx):
    """'single-day' -> P1D, 'multiyear' -> PXY, 'decades-long' -> PXDE, 'year-long' -> P1Y."""
    unit = unit_of(m)
    if UNITS.get(unit) in ("WE", "NI"):
        return None
    if m["adj"]:
        return Duration(duration_timex(ADJECTIVE_COUNTS[m["adj"]], unit))
    return Duration(duration_timex(None if m[0].split("-")[0].endswith("s") else 1.0, unit))


def _ref(timex):
    return lambda m, ctx: Ref(timex)


def _year_end(m, ctx):
    year = year_of(m["yspec"], ctx) if m["yspec"] else (ctx.ref.year if ctx.ref else None)
    return TimePoint("year", year), "END"


RUN_COUNT = rf"(?:(?:the|a) )?(?:(?P<ord>{alt(RUN_ORDINALS)})|(?P<nth>\d+)(?:st|nd|rd|th))(?P<num>)"


def _unit_rx(pattern: str) -> str:
    return pattern.format(unit=rf"(?P<unit>{UNIT_NAMES})(?:e)?")


RULES: tuple[DateRule, ...] = tuple(DateRule(i, re.compile(p), h) for i, p, h in [
    ("iso-day", r"(?P<year>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<day>\d{1,2})", _iso),
    # an ISO 8601 timestamp is the day it names (a DATE is day-granular): "2022-10-22T08:00:00Z"
    ("iso-timestamp", r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?", _iso),
    ("numeric-day", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})|(?P<a2>\d{1,2})\.(?P<b2>\d{1,2})\.(?P<y2>\d{4})",
     _numeric_day),  # "3.8.18" is a version number, not a date
    ("month-day-year", rf"(?:{WD},? )?{M} {D},? {Y}", _full_day),
    ("day-month-year", rf"(?:{WD},? )?(?:the )?{D} (?:of )?{M},? {Y}", _full_day),
    ("month-day", rf"(?:{WD},? )?{M} {D}(?:{PART_OF_DAY})?", _month_day),
    ("relative-month-day", rf"(?P<rel>last|next|this) {M} {D}", _month_day),
    ("day-of-month", rf"(?:{WD},? )?(?:the )?{D} (?:of )?{M}", _month_day),
    ("month-year", rf"{M},? (?:of )?{YEAR_SPEC}", _month_year),
    ("month", rf"(?:(?P<rel>{alt(RELATIVE)}) )?{M}", _month),
    ("year", rf"(?:the )?(?:calendar |full[- ]|entire |whole )?(?:year (?:of )?)?{YEAR_SPEC}", _year),
    ("reported-year", r"(?:the )?(?:(?:current|full|entire|whole|latest) (?:fiscal |financial )?|fiscal |financial )year", _reported_year),
    # "year to date", "the year-to-date": the year of P (or of the anchor) so far, as "this year"
    ("unit-to-date", r"(?:the )?(?P<unit>year|quarter|month)[ -]to[ -]date", _to_date),
    ("fiscal-year", r"(?:fiscal|financial) (?:year )?(?P<fy>\d{4})|(?P<fy3>\d{4}) (?:fiscal|financial) year|fy ?(?P<fy2>\d{2,4})", _fiscal_year),
    ("fiscal-split-year", r"(?:(?:fiscal|financial) (?:year )?(?P<ys>\d{4})|fy ?(?P<ys3>\d{2}|\d{4})) ?[-/\u2013] ?(?P<ye>\d{2}|\d{4})"
                          r"|(?:the )?(?P<ys2>\d{4}) ?[-/\u2013] ?(?P<ye2>\d{2}|\d{4}) (?:fiscal|financial) year", _split_fiscal_year),
    ("decade", r"(?:(?P<century>1[5-9]|20)|')?(?P<d>\d)0'?s", _decade),
    ("decade-word", rf"(?P<dw>{alt(DECADE_WORDS)})", _decade_word),
    ("century", rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<nw>{alt(ORDINALS)})) century", _century),
    ("year-part", rf"(?:the )?{YEAR_SPEC}(?:'s)? (?:(?:fiscal )?(?P<ord>{alt(ORDINALS)}) )?(?:fiscal )?(?P<unit>quarter|half|period)", _year_part),
    ("quarter", rf"(?:the )?(?:(?:fiscal )?(?P<ord>{alt(ORDINALS)}) (?:fiscal |calendar )?quarters?|q(?P<q>[1-4]))(?:(?: of|,)? {YEAR_SPEC})?", _sub_year("quarter", 4)),
    ("year-quarter", rf"{Y} q(?P<q>[1-4])(?P<ord>)(?P<yspec>)", lambda m, c: TimePoint("quarter", int(m["year"]), int(m["q"]))),
    # "Q112", "Q4'13": a quarter glued to its year's last two digits, as market notes write it
    ("quarter-short-year", r"q(?P<q>[1-4])(?P<yy>'?\d\d)", lambda m, c: TimePoint("quarter", year_of("'" + m["yy"].lstrip("'"), c), int(m["q"]))),
    # "3Q22", "1H23": the count first, as analysts' notes write it
    ("count-first-short-year", r"(?P<q>[1-4])(?P<unit>q|h)(?P<yy>'?\d\d)", _count_first_short_year),
    ("half", rf"(?:the )?(?:(?P<ord>first|second|1st|2nd|last|final|latter|front|back) (?:half|halves)|h(?P<q>[12]))(?:(?: of|,)? {YEAR_SPEC})?", _sub_year("half", 2)),
    ("half-of-era", r"(?P<ord>first|second|last|latter) half of (?P<rest>.+)", _half_of_era),
    ("month-range-part", rf"(?:the )?(?P<m1>{alt(MONTHS)})\.? ?(?:-|to|through) ?(?P<m2>{alt(MONTHS)})\.? (?P<unit>quarter|half|period)(?:(?: of|,)? {YEAR_SPEC})?",
     _month_range_part),
    ("year-edge", rf"(?:the )?(?P<edge>{alt(EDGE_MODS)}) {NUM} {UNIT}(?: of|,) {EDGE_YEAR}", _year_edge),
    ("year-edge-vague", rf"(?:the )?(?P<edge>{alt(VAGUE_EDGE_MODS)}) (?:few )?{VAGUE_EDGE_UNITS} of {EDGE_YEAR}",
     _vague_year_edge),
    ("month-edge", rf"(?:the )?(?P<edge>{alt(VAGUE_EDGE_MODS)}) (?:(?P<vague>(?:a )?few) |{NUM} )?(?P<unit>day|week)s? of {M}(?:,? {Y})?",
     _month_edge),
    ("month-half", rf"(?:the )?(?P<edge>first|second|last|latter) half of (?:{M}(?:,? {Y})?|(?P<this>the month|this month|last month|next month))",
     _month_half),
    ("month-quarter", rf"(?:the )?(?P<m1>{alt(MONTHS)})\.? quarter(?:(?: of|,)? {YEAR_SPEC})?", _month_quarter),
    ("season", rf"(?:{REL} )?(?P<season>{alt(SEASONS)})(?:(?: of|,)? {YEAR_SPEC})?", _season),
    ("year-season", rf"{YEAR_SPEC} (?P<season>{alt(SEASONS)})(?P<rel>)", _season),
    ("deictic-day", r"(?P<dd>today|yesterday|tomorrow|the day before yesterday|the day after tomorrow|tonight)", _deictic_day),
    ("weekday", rf"(?:{REL} )?{WD}{PART_OF_DAY}", _weekday),
    ("adjacent-weekday", rf"the (?P<dir>previous|preceding|prior|following) {WD}", _adjacent_weekday),
    ("week-of", r"the week of (?P<rest>.+)", _week_of),
    ("easter-week", rf"(?:{REL} )?(?:{alt(EASTER_WEEKS)})(?:,? (?P<year>\d{{4}}))?", _easter_week),
    ("holiday", rf"(?:{REL} )?(?P<holiday>{alt(HOLIDAY_NAMES)})(?:,? (?P<year>\d{{4}}))?", _holiday),
    ("year-end", rf"(?:year[- ]end|year's end|the end of the year|end of the year)(?:(?: of)? {YEAR_SPEC})?", _year_end),
    ("offset", rf"(?:{NUM}|the) {UNIT} (?P<dir>before|after|prior to|ahead of|from) (?P<rest>.+)", _offset),
    ("ago", rf"{NUM} {UNIT} ago", _ago),
    ("anaphoric", rf"{NUM} {UNIT} (?P<dir>earlier|later|before|after|previously|prior|on)", _anaphoric),
    ("unit-before", rf"the {UNIT1} (?P<dir>before|earlier|prior|after|later)(?P<last>(?<=before) last)?", _unit_before),
    ("same-period", r"the (?:same|corresponding|comparable|like) (?:period|(?P<unit>quarter|month|half|week|day)|time|season|date|year)(?: of)?(?: (?:last year|a year (?:earlier|ago|before)|the previous year|the prior year|(?P<y4>\d{4})))", _same_period),
    ("period-year-ago", r"the (?:period|(?P<unit>quarter|half)) (?:a year (?:earlier|ago|before)|last year)", _same_period),
    ("year-ago-period", rf"(?:the )?(?:comparable |corresponding |same )?(?:year-earlier|year-ago|prior-year|previous-year|year earlier|year ago) (?:(?P<ord>{alt(ORDINALS)}) )?(?:period|(?P<unit>quarter|month|half|week))", _same_period),
    ("latest-unit", r"(?:the )?(?:latest|most recent|just-ended|just ended) (?:(?P<unit>quarter|half|month|week)|period)", _latest_unit),
    ("year-earlier", r"(?:the )?year[- ](?:earlier|ago)", _year_earlier),
    *[(f"past-ref-{n}", _unit_rx(p), _ref("PAST_REF")) for n, p in enumerate(PAST_REF_PATTERNS, 1)],
    *[(f"future-ref-{n}", _unit_rx(p), _ref("FUTURE_REF")) for n, p in enumerate(FUTURE_REF_PATTERNS, 1)],
    ("deictic-word", rf"{alt(DEICTIC_WORDS)}", lambda m, c: Ref(DEICTIC_WORDS[m[0]])),
    ("that-unit", rf"(?:that|the same|that same|this same) {UNIT1}", _that_unit),
    ("relative-unit", rf"{REL} {UNIT1}", _relative_unit),
    ("the-unit", rf"the {UNIT1}", _the_unit),
    ("bare-decade", r"decade", _this_decade),  # "mid-decade", "late decade": P's decade, its mod stripped
    ("midyear", r"midyear", _midyear),  # "by mid-year": the middle of P's year
    ("adjacent-day", rf"the (?P<dir>{alt(ADJACENT)}) day", _adjacent_day),
    ("adjacent-unit", rf"the (?P<dir>previous|prior|preceding|following) {UNIT1}", _adjacent_unit),
    # "the past year", "the past month" are the stretch before P, P1Y and P1M, as "the past two years" is P2Y;
    # "the last quarter" is cleaned to "last quarter", the one before P's (rule relative-unit)
    ("stretch", rf"the {STRETCH}(?: {NUM})? {UNIT}", _span_duration),
    # "the year ahead", "the week ahead": the one unit after P, as "the next year" is (P1Y, P1W)
    ("unit-ahead", rf"the {UNIT1} ahead", lambda m, c: Duration(duration_timex(1.0, unit_of(m)))),
    ("stretch-count", rf"{STRETCH} {NUM} {UNIT}", _span_duration),
    ("duration", rf"(?:the )?{NUM}[ -]{UNIT}(?: and a half)?(?: long| old)?", _duration),  # "for the nine months"
    ("duration-range", rf"(?:(?:the )?{STRETCH} )?{NUM} (?P<sep>to|or) {NUMWORD} {UNIT}", _duration_range),  # "the next 18 to 24 months"
    ("unit-or-unit", rf"{UNITS_PL} or (?:{UNIT_NAMES})(?:e?s)", lambda m, c: (Duration(duration_timex(None, unit_of(m))), "APPROX")),
    ("run-ordinal", rf"{RUN_COUNT}(?: (?:{alt(RUN_WORDS)}))? {UNIT1}(?P<row> in a row)?", _run),
    ("run-count", rf"(?P<ord>)(?P<nth>){NUM}(?: (?:{alt(RUN_WORDS)}))? {UNIT}(?P<row> in a row)?", _run),
    ("adjective-duration", rf"(?P<adj>{alt(ADJECTIVE_COUNTS)})-?{UNIT1}", _adjective_duration),
    ("unit-long", rf"(?P<adj>){UNIT}-?long", _adjective_duration),
    ("half-unit", rf"half an? {UNIT1}", lambda m, c: Duration(duration_timex(0.5, unit_of(m)))),
    ("vague-duration", rf"(?:(?:the )?(?:past|last|next|coming) )?(?P<vague>{alt(VAGUE_COUNTS)})[ -]{UNIT}", _vague_duration),  # "a several-year tenure"
    ("bare-units", rf"(?:the )?{UNITS_PL}(?P<vague>)", _vague_duration),
    ("units-old", rf"{UNITS_PL}(?P<vague>)-old", _vague_duration),  # "a years-old slump", "the decades-old conflict"
    ("coordinated-day", rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,? {Y})?", _coordinated_day),  # "25" of "April 24 and 25", "28, 2010"
])
RULES_BY_ID: dict[str, DateRule] = {r.id: r for r in RULES}
