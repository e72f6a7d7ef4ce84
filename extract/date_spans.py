"""DATE boundaries and what is no date (ANNOTATION.md §2): a candidate span is cut, extended and
split into the dates the normalizer reads, or dropped; the values are normalize/dates.py's.

`extract_quantities` (components.py) finds the candidates (patterns, holidays, the model's spans)
and calls `fix_date` on each. Every parseable core (parseable_core) leaves the scan of its words
(normalize/dates.scan_date) on the doc, with their text, for date_cues.py, which resolves it in
its context.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from extract.normalize.date_words import (
    DEICTIC_DAYS, DEICTIC_NOUNS, DEICTIC_WORDS, HOURS_OF_DAY, MARKET_WORDS,
    MONTHS, NUMBER_WORDS, OPENING_ORDER_WORDS, ORDER_WORDS, ORDINALS, OTHER_CALENDARS, PARTS_OF_DAY, PERIOD_NOUNS, RUN_WORDS, SEASONS, UNITS, WEEKDAYS,
)
from extract.normalize.date_context import DateContext
from extract.normalize.date_rules import RULES_BY_ID
from extract.normalize.dates import DateScan, normalize_date, read_date, scan_date
from extract.normalize.mods import APPROXIMATORS, DATE_MOD_PREFIXES, DATE_MOD_SUFFIXES, DATE_QUANTITY_MODS
from extract.normalize.timex import TimePoint
from extract.records import QUANTITY_LABELS
from extract.rules import CHANGE_WORDS_BEFORE_BY, DATE_WORDS, FISCAL_CODE_TOKEN, NAME_BLOCKING_DATE_WORDS, TOKEN_CLASSES
from extract.spans import (
    MOD_PHRASES, elided_century, ents_over, extend_left, extend_right, is_number, starts_with, trim, word_at,
)


def fix_date(span: Span) -> list[Span]:
    """A DATE span cut to what ANNOTATION §2 spans: no governing preposition, its modifiers and
    determiner in, split into the dates the normalizer reads; [] when it is no date."""
    doc = span.doc
    if any(check(span) for check in NOT_A_DATE):
        return []
    if span.text.lower() in DEICTIC_WORDS and (counted := _offset_from(span)) is not span:
        span = counted  # "two weeks from now": one date, counted from P (ANNOTATION §2, "two days before the new year")
    elif span.text.lower() in DEICTIC_WORDS:
        if word_at(doc, span.start - 1) in DEICTIC_DEGREE and f"{word_at(doc, span.start - 1)} {span.text.lower()}" in DEICTIC_WORDS:
            span = Span(doc, span.start - 1, span.end, label="DATE")  # "more recently"
        return [] if _deictic_no_date(span) else [span]  # "at present" keeps its "at"
    if not starts_with_date_mod(span):
        span = trim(span, left=DATE_PREPOSITIONS)
    if span is None:
        return []
    if span[0].lower_ in DATE_WORDS_AS_VERBS and span[0].tag_.startswith("VB") and len(span) > 1:
        span = Span(doc, span.start + 1, span.end, label="DATE")
    if span[0].lower_ in ("a", "an") and len(span) > 1 and span[1]._.is_number and span[1].lower_ not in ORDINALS:
        span = Span(doc, span.start + 1, span.end, label="DATE")  # "a two day rally"
    if len(span) > 2 and span[0].text[0].isdigit() and span[0].like_num and span[1].lower_ in NUMBER_WORDS:
        span = Span(doc, span.start + 1, span.end, label="DATE")  # "$20 five years ago": digits then a word are two numbers
    if len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in PLURAL_UNITS:
        span = Span(doc, span.start + 1, span.end, label="DATE")  # "over the years": bare "years", as TimeML
    if word_at(doc, span.start - 1) in ("a", "the") and any(t.lower_ in RUN_WORDS for t in span[:3]):
        span = Span(doc, span.start - 1, span.end, label="DATE")  # "a third straight day"
    elif span.start > 0 and doc[span.start - 1].lower_ == "the" and _takes_article(span):
        span = Span(doc, span.start - 1, span.end, label="DATE")
    elif (span[0].lower_ == "the" and len(span) > 3 and span[-2].text == "-" and span.end < len(doc)
          and (doc[span.end].pos_ == "NOUN" or doc[span.end].lower_ == "of")):
        # "the third-quarter results", "The year-ago results", "the fiscal second-quarter of $8.6
        # million": a hyphenated date is an adjective, the "the" is its noun's
        span = Span(doc, span.start + 1, span.end, label="DATE")
    if _unit_adjective_before_period(span):
        span = Span(doc, span.start - 1, span.end + 1, label="DATE")  # "a three-year period"
    if span.end < len(doc) and doc[span.end].lower_ in PARTS_OF_DAY and span[-1].lower_ in DAY_WORDS:
        span = Span(doc, span.start, span.end + 1, label="DATE")  # "Friday morning"
    span = extend_right(extend_left(_offset_from(_range_from(span)), DATE_MOD_PHRASES), DATE_SUFFIX_PHRASES)
    span = _whole_mod_phrase(span)
    if _ordering_word(span):
        span = Span(doc, span.start + 1, span.end, label="DATE")  # "Earlier Friday": "Friday"
    if len(span) > 1 and span[-1].lower_ == "ahead" and word_at(doc, span.end) == "of":
        span = Span(doc, span.start, span.end - 1, label="DATE")  # "the week ahead of the vote": "ahead of" is "before"
    if is_amount_word(span[0]):
        span = extend_left(span, QUANTITY_MOD_PHRASES)
    parts = [_year_before_noun(part) for part in parseable_parts(span)]
    coordinated = _coordinated_days(span, parts) + _coordinated_periods(span, parts)
    return [part for part in parts + coordinated if not any(check(part) for check in NOT_A_DATE_PART)]


def _whole_mod_phrase(span: Span) -> Span:
    """'end of the year' of the model's, after 'the tail' ('toward the tail end of the year'), or after
    'the very': the calendar modifier written is the longer one, and all of it is the span's. A 'the'
    alone before it is no modifier's ('the late-November trip': _takes_article decides)."""
    doc = span.doc
    words = tuple(t.lower_ for t in span[:4])
    for head, rest in _MOD_PHRASE_SPLITS.get(words[0] if words else "", ()):
        cut = len(head)
        if (words[:len(rest)] == rest and len(span) > len(rest) and span.start >= cut
                and tuple(t.lower_ for t in doc[span.start - cut:span.start]) == head):
            return Span(doc, span.start - cut, span.end, label="DATE")
    return span


def _mod_phrase_splits() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Each DATE_MOD_PHRASES phrase cut in two, (the words before the span, the words it opens with), by the
    latter's first word, in the phrases' order; no cut leaves a lone 'the' before the span."""
    splits: dict[str, list] = {}
    for phrase in DATE_MOD_PHRASES:
        for cut in range(1, len(phrase)):
            if phrase[:cut] != ("the",):
                splits.setdefault(phrase[cut], []).append((phrase[:cut], phrase[cut:]))
    return {first: tuple(pairs) for first, pairs in splits.items()}


def _year_before_noun(part: Span) -> Span:
    """'the 2021' left of the model's 'the 2021 holiday season', 'the 2022 season': the year
    modifies the noun after it, whose 'the' it is; the date is '2021' (as 'the 2020 election' gives)."""
    doc = part.doc
    if (len(part) == 2 and part[0].lower_ == "the" and YEAR_TOKEN.fullmatch(part[1].text) and part.end < len(doc)
            and doc[part.end].is_alpha and doc[part.end].pos_ in ("NOUN", "PROPN", "ADJ")):
        return Span(doc, part.start + 1, part.end, label="DATE")
    return part


# ANNOTATION §2 DATE: the preposition that governs a date is outside the span.
DATE_PREPOSITIONS = frozenset({
    "in", "on", "at", "since", "by", "from", "until", "till", "through", "throughout", "during",
    "for", "before", "after", "as", "of", "to", "within", "between", "around", "into", "over", "about",
})
# "early", "the end of", "mid-": calendar modifiers; "more than", "about": quantity modifiers,
# which belong to a date only before a count ("over two years", not "over the past year").
DATE_MOD_PHRASES: tuple[tuple[str, ...], ...] = tuple(sorted(
    {tuple(p.replace("-", " -").split()) for p, _ in DATE_MOD_PREFIXES}, key=len, reverse=True,
))
DATE_SUFFIX_PHRASES: tuple[tuple[str, ...], ...] = tuple(sorted(
    {tuple(p.split()) for p, _ in DATE_MOD_SUFFIXES}, key=len, reverse=True,
))
# The cuts _whole_mod_phrase tries, by the first word of the span.
_MOD_PHRASE_SPLITS = _mod_phrase_splits()
# Quantity modifiers that are also prepositions: a modifier only right before a count.
PREPOSITION_MODS = frozenset({("over",), ("under",), ("around",), ("about",), ("some",)})
# ... and never one when the parser hangs it on a verb as its preposition ("used over three years"),
# but a verb of duration measures it ("likely to last over a week", "took over two years").
VERB_PREPOSITIONS = frozenset({("over",), ("under",), ("about",)})
DURATION_VERBS = frozenset({"last", "lasts", "lasted", "lasting", "take", "takes", "took", "taken", "taking"})
COUNT_OPENERS = frozenset({"past", "last", "next", "first", "previous", "coming", "final"})
QUANTITY_MOD_PHRASES: tuple[tuple[str, ...], ...] = tuple(sorted(
    set(MOD_PHRASES) | {tuple(p.split()) for p, _ in DATE_QUANTITY_MODS}, key=len, reverse=True,
))


def starts_with_date_mod(span: Span) -> bool:
    """'late 2019', 'at least 30 days', 'at least the past 18 months', 'around Nov. 1' -> True;
    'over the past year', 'over the past two years' -> False."""
    if starts_with(span, DATE_MOD_PHRASES):
        return True
    words = [t.lower_ for t in span[:5]]
    for phrase in QUANTITY_MOD_PHRASES:
        if tuple(words[:len(phrase)]) != phrase or len(span) <= len(phrase):
            continue
        if (phrase in VERB_PREPOSITIONS and span[0].dep_ == "prep" and span[0].head.pos_ in ("VERB", "AUX")
                and span[0].head.lower_ not in DURATION_VERBS):
            continue  # "talking about three days", "can be used over three years": a preposition
        rest = span[len(phrase):]
        if phrase not in PREPOSITION_MODS and len(rest) > 2 and rest[0].lower_ == "the" and rest[1].lower_ in COUNT_OPENERS:
            rest = rest[2:]
        if is_amount_word(rest[0]) or (phrase[-1] in APPROXIMATORS and rest[0].lower_.rstrip(".") in DATE_WORDS):
            return True
    return False


def is_amount_word(token: Token) -> bool:
    """A count a quantity modifier can bound: 'two', '30', 'a'; not 'several' ('over several years')."""
    return token.lower_ in ("a", "an") or is_number(token)


# The model's labels that a duration may come under ("five hours" TIME, "about 5 1/2 hours" CARDINAL,
# "no more than sixty days" MONEY: a count of days with no currency, components.py checks the sign).
DURATION_LABELS = frozenset({"TIME", "CARDINAL", "QUANTITY", "MONEY"})
# Model DATE spans that the guideline leaves out (ANNOTATION §2: rates, ages, clock times).
NOT_DATE_AFTER = frozenset({"old", "-old"})
NOT_DATE_BEFORE = frozenset({"aged", "age", "ages"})
RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
RECURRENCE_WORDS = frozenset({"each", "every"})
DATE_WORDS_AS_VERBS = frozenset({"last"})  # "is expected to last several weeks": the verb is no modifier
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "my", "your", "our"})
DECADE_OF_LIFE = re.compile(r"\b[1-9]0s$")  # "in his 30s", "her early 40s"
FRACTION_QUARTER = re.compile(r"(?:(?:more than|less than|about|nearly|almost) )?(?:a|one|three)[ -]quarters?")
BARE_SEASONS = frozenset(SEASONS) | {f"the {s}" for s in SEASONS}
UNIT_WORDS = frozenset(TOKEN_CLASSES["unit"]["LOWER"]["IN"])
COUNT_WORD = re.compile(TOKEN_CLASSES["count"]["LOWER"]["REGEX"])
FOCUS_WORDS = frozenset({"only"})  # "spend only five hours": "five hours" is the duration
RANGE_JOINERS = frozenset({"to", "or"})  # "two to three weeks", "weeks or months": one duration
OFFSET_WORDS = frozenset({"before", "after", "from"})  # "the day before last Tuesday", "a week from today"
# First words of dates that take a preceding "the" into the span (ANNOTATION §2: determiners in).
ARTICLE_WORDS = frozenset({"first", "second", "third", "fourth", "last", "same", "end", "summer", "winter",
                           "spring", "autumn", "fall", "past", "coming", "next", "early", "late", "middle",
                           "beginning", "start", "new", "latest", "following", "previous", "fiscal",
                           "future", "present", "near", "distant", "foreseeable", "immediate", "recent"})
DEICTIC_DEGREE = frozenset({"more", "most"})
PLURAL_UNITS = frozenset({"years", "months", "weeks", "days", "decades", "quarters", "centuries"})
DAY_WORDS = frozenset(WEEKDAYS) | DEICTIC_DAYS - {"tonight"}
# Parseability check only: a fixed reference, never the clock.
PARSE_CHECK = DateContext(date(2000, 1, 1), anchor=TimePoint("day", 2000, 1, 1))
# Where parseable_core leaves the scan of a span it read (DateScan.as_data, by the span's characters),
# so the cue stage resolves the value in its context without reading the words again.
SCAN_KEY = "extract.date_scan"
DURATION_CHECK = DateContext(date(2000, 1, 1))
# How many texts' parse checks (_parsed_scan) a process keeps.
SCAN_CACHE_SIZE = 4096


def _unit_adjective_before_period(span: Span) -> bool:
    """'three-year' of 'over a three-year period', '30-day' of 'the 30-day period': the noun names the
    stretch the count measures, and the span is the noun phrase (TBAQ tags 'a three-year period' so)."""
    doc = span.doc
    return (len(span) == 3 and span[1].text == "-" and span[-1].lower_ in UNIT_WORDS and span[0]._.is_number
            and span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "the")
            and span.end < len(doc) and doc[span.end].lower_ in PERIOD_NOUNS)


def _ordering_word(span: Span) -> bool:
    """'Earlier Friday, lawyers filed…', 'earlier this week', 'Late Monday, officials said…': the
    word orders events within the weekday or week (no mod, normalize/dates.py) and is no part of
    the date, as TimeML leaves it out; 'earlier this month', 'later that year', 'Earlier today',
    'late yesterday' keep it (date_words.ORDER_WORDS, OPENING_ORDER_WORDS, DEICTIC_DAYS)."""
    words = [t.lower_ for t in span[:3]]
    if (len(span) == 2 and words[0] in OPENING_ORDER_WORDS and span[0].is_sent_start and words[1] in WEEKDAYS
            and word_at(span.doc, span.end) == ","):
        return True  # "Late Monday, officials said"
    if len(words) < 2 or words[0] not in ORDER_WORDS:
        return False
    return words[1] in WEEKDAYS or (words[1] == "this" and words[2:3] in (["week"], ["weekend"]))


YEAR_TOKEN = re.compile(TOKEN_CLASSES["year"]["TEXT"]["REGEX"])
DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
DAY_JOINERS = frozenset({"and", "or", "&", "to", "through", "-", "\u2013"})


def _coordinated_days(span: Span, parts: list[Span]) -> list[Span]:
    """'April 24 and 25' (the model's one span): the second day is a date of its own, of the month
    the first names (as TimeML tags it); its value comes from that previous mention."""
    doc, found = span.doc, []
    starts = {p.start for p in parts}
    for part in parts:
        i = part.end
        if (len(part) >= 2 and DAY_NUMBER.fullmatch(part[-1].text) and part[-2].lower_.rstrip(".") in MONTHS
                and i + 1 < span.end and doc[i].lower_ in DAY_JOINERS and DAY_NUMBER.fullmatch(doc[i + 1].text)
                and i + 1 not in starts and word_at(doc, i + 2).rstrip(".") not in MONTHS and word_at(doc, i + 2) != "of"):
            end = i + 2 + (word_at(doc, i + 2) == ",")
            end = end + 1 if end < len(doc) and YEAR_TOKEN.fullmatch(doc[end].text) else i + 2  # "12 to 28, 2010"
            found.append(Span(doc, i + 1, end, label="DATE"))  # not "4 December 2012 to 28 November 2016"
    return found


PERIOD_PLURALS = {"quarters": "quarter", "halves": "half"}


def _coordinated_periods(span: Span, parts: list[Span]) -> list[Span]:
    """'the second and fourth quarters' (the model's one span): the first ordinal is a date of its
    own, the quarter or half the plural after it names, as TimeML tags it ('second', 'fourth
    quarters'); its scan is of that period's words ('second quarter', with the year that follows)."""
    doc, found = span.doc, []
    for part in parts:
        unit = next((t for t in part if t.lower_ in PERIOD_PLURALS), None)
        i = part.start
        if (unit is None or part[0].lower_ not in ORDINALS or i - 2 < span.start
                or doc[i - 1].lower_ not in DAY_JOINERS or doc[i - 2].lower_ not in ORDINALS):
            continue
        first = Span(doc, i - 2, i - 1, label="DATE")
        words = " ".join([first.text, PERIOD_PLURALS[unit.lower_], doc[unit.i + 1:part.end].text]).strip()
        doc.user_data[(SCAN_KEY, first.start_char, first.end_char)] = (first.text, scan_date(words).as_data())
        found.append(first)
    return found


def _year_after(doc: Doc, end: int) -> int:
    """Where a holiday ends with its year: 'Easter Monday 2012', 'Christmas Day, 1998'."""
    for year in (end, end + 1):
        if year < len(doc) and YEAR_TOKEN.match(doc[year].text) and (year == end or doc[end].text == ","):
            return year + 1
    return end


HOLIDAY_RELATIVES = frozenset({"last", "this", "next", "coming", "past"})


def _relative_before(doc: Doc, start: int) -> int:
    """Where a holiday starts with its relative word: 'last Thanksgiving', 'next Easter'."""
    return start - 1 if start > 0 and doc[start - 1].lower_ in HOLIDAY_RELATIVES else start


def holiday_span(doc: Doc, start: int, end: int) -> Span:
    """A holiday name found at START:END with its relative word and its year ('last Thanksgiving',
    'Christmas Day, 1998')."""
    return Span(doc, _relative_before(doc, start), _year_after(doc, end), label="DATE")



def _range_from(span: Span) -> Span:
    """'three weeks' after 'two to' -> 'two to three weeks'; 'months' after 'weeks or' -> 'weeks or months'."""
    doc, i = span.doc, span.start
    if word_at(doc, i - 1) not in RANGE_JOINERS or i < 2:
        return span
    if (span[0]._.is_number or COUNT_WORD.match(span[0].lower_)) and doc[i - 2]._.is_number:
        return Span(doc, i - 2, span.end, label="DATE")
    if len(span) == 1 and span[0].lower_ in UNIT_WORDS and word_at(doc, i - 2) in UNIT_WORDS:
        return Span(doc, i - 2, span.end, label="DATE")
    return span


def _offset_from(span: Span) -> Span:
    """'last Tuesday' after 'the day before' -> 'the day before last Tuesday' (a date counted from a date)."""
    doc, i = span.doc, span.start
    count = word_at(doc, i - 3)
    if (word_at(doc, i - 1) in OFFSET_WORDS and word_at(doc, i - 2) in UNIT_WORDS
            and ((count == "the" and word_at(doc, i - 1) != "from") or COUNT_WORD.match(count))
            and not _per_unit(doc[i - 3:i - 1])):  # "climb 15% a year from 2025": a rate, then the year
        return Span(doc, i - 3, span.end, label="DATE")
    return span


def _age(span: Span) -> bool:
    """'50-year-old', '65 years old', 'aged 40', 'in his 30s'; not the age of a thing, counted in
    no number ('a years-old slump', 'the decades-old conflict': a duration)."""
    doc = span.doc
    if _uncounted_age(span):
        return False
    return (word_at(doc, span.end) in NOT_DATE_AFTER or span[-1].lower_ in NOT_DATE_AFTER
            or word_at(doc, span.start - 1) in NOT_DATE_BEFORE
            or (POSSESSIVE_PRONOUNS & {word_at(doc, span.start - 1), span[0].lower_} and bool(DECADE_OF_LIFE.search(span.text))))


def _uncounted_age(span: Span) -> bool:
    """'years-old', 'decades-old': a plural unit with no count before it, then '-old'."""
    if len(span) < 3 or span[-1].lower_ != "old" or span[-2].text != "-" or span[-3].lower_ not in PLURAL_UNITS:
        return False
    before = span.doc[span.end - 4] if span.end - 4 >= 0 else None
    return before is None or not (before._.is_number or (COUNT_WORD.match(before.lower_) and before.lower_ not in ("a", "an")))


def _rate(span: Span) -> bool:
    """'24 hours a day', 'two days a week', 'quarter-to-quarter' (year-on-year is dropped by the model);
    the 'a week' of '700 seats a week', '$5 a day', '5% a year', 'twice a month': the unit a rate is per."""
    doc = span.doc
    if span[-1].lower_ == "date":
        return False  # "year-to-date": the year so far
    after, next_after = word_at(doc, span.end), word_at(doc, span.end + 1)
    inside = any(t.text == "-" and word_at(doc, t.i + 1) in ("to", "on", "over") for t in span)  # the whole compound
    return ((after in RATE_WORDS and next_after in UNITS) or (after == "-" and next_after in ("to", "on", "over")) or inside
            or _per_unit(span))


def _per_unit(span: Span) -> bool:
    """'a week' right after what is counted per week: a number, a noun, a percent or currency sign, 'twice'."""
    if len(span) != 2 or span[0].lower_ not in RATE_WORDS or span[1].lower_ not in UNITS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (before.like_num or before.tag_ in ("NN", "NNS") or before.lower_ in FREQUENCY_WORDS
            or before.text.endswith("%") or before.lower_ in RATE_SIGNS)


FREQUENCY_WORDS = frozenset({"once", "twice", "thrice", "times"})
# A currency or percent word counted per unit ("50 cents a day", "5 percent a year").
RATE_SIGNS = frozenset({*TOKEN_CLASSES["currency_word"]["LOWER"]["IN"], *TOKEN_CLASSES["subunit"]["LOWER"]["IN"],
                        *TOKEN_CLASSES["percent_word"]["LOWER"]["IN"]})


def _recurring(span: Span) -> bool:
    """'every summer', 'each spring', 'every Monday': a set of dates (TimeML SET), not one;
    'each of the past three years' is those years."""
    if span[0].lower_ in RECURRENCE_WORDS:
        return word_at(span.doc, span.start + 1) != "of"
    return word_at(span.doc, span.start - 1) in RECURRENCE_WORDS


def _other_calendar(span: Span) -> bool:
    """'the Lunar New Year', 'Chinese New Year': a day of another calendar, not January 1."""
    return bool(OTHER_CALENDARS & {word_at(span.doc, span.start - 1), span[0].lower_})


def _part_of_event(span: Span) -> bool:
    """'the second half of the game', 'the first quarter of the match': a part of an event, not
    of a year ('of 2012', 'of fiscal 2012', 'of the decade', "of the '90s" are calendar)."""
    doc = span.doc
    part = next((t.i for t in span if t.lower_ in PART_WORDS), None)
    if part is None or word_at(doc, part + 1) != "of":
        return False
    after = doc[part + 2:part + 6]  # "of the company's fiscal year"
    return not any(t.text[:1].isdigit() or t.lower_ in CALENDAR_WORDS or elided_century(t) or FISCAL_CODE.fullmatch(t.text)
                   for t in after)


PART_WORDS = frozenset({"half", "quarter"})
FISCAL_CODE = re.compile(FISCAL_CODE_TOKEN)  # "the second quarter of FY23": a fiscal year
CALENDAR_WORDS = UNIT_WORDS | frozenset({*MONTHS, *SEASONS, "fiscal", "financial"})


def _fraction_or_event(span: Span) -> bool:
    """'a quarter of the market' is a fraction; 'the fall of the Berlin Wall' an event."""
    text = span.text.lower()
    return word_at(span.doc, span.end) == "of" and (text in BARE_SEASONS or bool(FRACTION_QUARTER.fullmatch(text)))


def _fraction_of_change(span: Span) -> bool:
    """'profit fell by a quarter', 'cut costs by about a quarter', 'down by more than a quarter': the size of
    a change, a fraction; not 'delayed by a quarter' (CHANGE_WORDS_BEFORE_BY)."""
    if not FRACTION_QUARTER.fullmatch(span.text.lower()):
        return False
    i = span.start - 1
    while i > 0 and word_at(span.doc, i) in FRACTION_MOD_WORDS:
        i -= 1
    return word_at(span.doc, i) == "by" and bool({word_at(span.doc, i - 1), word_at(span.doc, i - 2)} & CHANGE_WORDS_BEFORE_BY)


FRACTION_MOD_WORDS = frozenset({"more", "less", "than", "about", "nearly", "almost", "roughly", "around", "some",
                                "over", "under", "just", "close", "to"})


def _march_event(span: Span) -> bool:
    """'the annual March for Life', 'the March on Washington': a march (an event), not the month."""
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (span.text == "March" and word_at(doc, span.start - 1) in EVENT_DETERMINERS
            and word_at(doc, span.end) in EVENT_LINKS and after is not None and after.is_title)


EVENT_DETERMINERS = frozenset({"the", "a", "an", "annual", "this", "that"})
EVENT_LINKS = frozenset({"for", "on", "against"})


def _kind_of_year(span: Span) -> bool:
    """'changed from a fiscal year to a calendar year': a kind of year, not one."""
    return span.text.lower() in YEAR_KINDS and word_at(span.doc, span.start - 1) in ("a", "an")


YEAR_KINDS = frozenset({"fiscal year", "calendar year", "financial year"})


# "in after-hours trading", "extended-hours trade", "off-hours": the trading or working hours
# outside a session, a modifier, never a date ("a two-day strike", "mid-year" stay dates).
SESSION_HOURS_PREFIXES = frozenset({"after", "extended", "off"})


def _compound_modifier(span: Span) -> bool:
    """'after-hours' (the model's TIME, or its 'hours' alone): a bare unit joined by a hyphen to
    a SESSION_HOURS_PREFIXES word."""
    doc = span.doc
    unit = span[-1].i
    if span[-1].lower_.rstrip("s") not in UNITS or unit < 2 or span.start < unit - 2:
        return False
    hyphen, word = doc[unit - 1], doc[unit - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_ and word.lower_ in SESSION_HOURS_PREFIXES


DECADE_DIGITS = re.compile(r"\d{3}0s")
# Decades news names after a name ("the Beatles' 1960s", "the Reagan 1980s boom", a title-case
# headline's "Since The Late 1990s"); digits outside them after a name are models ("Ram 1500s").
NEWS_DECADES = range(1800, 2100)


def _model_plural(span: Span) -> bool:
    """'inventories of Tundra 1500s': digits ending in '0s' outside NEWS_DECADES right after a
    capitalised name inside a sentence are that name's models, not a decade ('in the 1500s' and
    'the Reagan 1980s boom' keep theirs)."""
    doc = span.doc
    if not DECADE_DIGITS.fullmatch(span[-1].text) or span[-1].i == 0 or int(span[-1].text[:-1]) in NEWS_DECADES:
        return False
    name = doc[span[-1].i - 1]  # inside the span or before it: the model's 'Sierra 1500s'
    return (name.is_title and name.is_alpha and not name.is_sent_start
            and name.lower_ not in DATE_WORDS and name.lower_ not in DATE_PREPOSITIONS)


def glued_day(ent: Span) -> bool:
    """The model's name with a date word glued on at its end: 'met with Sununu Sunday' (ORG
    'Sununu Sunday'), 'told Smith Monday': the weekday is a date and the rest the name. A month
    is glued only before its day or year ('visited Moscow May 5'); 'Theresa May', 'Brian May' are
    names, as are events ('Bloody Sunday', 'Black Monday') and works ('Manic Monday')."""
    last = ent[-1]
    if ent.label_ not in GLUE_LABELS or len(ent) < 2 or not last.is_title or last.lower_ not in NAME_BLOCKING_DATE_WORDS:
        return False
    after = word_at(ent.doc, ent.end)
    return last.lower_ in WEEKDAYS or bool(DAY_NUMBER.fullmatch(after) or YEAR_TOKEN.fullmatch(after))


# The model's labels of names a date word may be glued onto (glued_day).
GLUE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
# The model's labels that name nothing: quantities and numbers.
NOT_NAME_LABELS = frozenset({*QUANTITY_LABELS, "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


def _inside_name(span: Span) -> bool:
    """A weekday or month name that is part of a longer name the model reads: 'The Sunday Times',
    'Monday Night Football', 'May Department Stores', 'Bloody Sunday' (ORG, EVENT...): the name wins,
    unless the date word is glued onto its end (glued_day); and the day of the model's TIME with
    its clock time ('at 10 p.m. Wednesday' is one TIME, ANNOTATION §2; day_of_time takes the day
    of a TIME without one)."""
    for ent in ents_over(span):
        if (ent.label_ == "TIME" and any(t.like_num for t in ent)
                and all(t.lower_ in WEEKDAYS or t.lower_ in PARTS_OF_DAY for t in span)):
            return True  # not "is 30 today" (the model's TIME): "today" is the day
        if ent.label_ in NOT_NAME_LABELS or not all(t.lower_ in NAME_BLOCKING_DATE_WORDS or t.lower_ in PARTS_OF_DAY for t in span):
            continue  # 'Q3 iPhone sales': a date of its own words wins over the model's name
        if (ent.start < span.start or ent.end > span.end) and not (glued_day(ent) and span.start == ent.end - 1):
            return True
    return False


def _unit_of_name(span: Span) -> bool:
    """'a Days Inn', 'Happy Days Tour': a calendar unit in title case inside a sentence, before a
    title-case word, is a word of a name."""
    last, after = span[-1], span.doc[span.end] if span.end < len(span.doc) else None
    return (last.lower_ in UNIT_WORDS and last.is_title and not last.is_sent_start and after is not None
            and after.is_title and after.is_alpha)


# Time zones written after a clock time of four digits ("by 2000 GMT"; "local" only before "time": "the 2022 local elections").
CLOCK_ZONE_WORDS = frozenset({"GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "BST", "CET",
                              "CEST", "JST", "HKT"})


def _clock_time(span: Span) -> bool:
    """'reported by 2000 GMT on Monday', 'by 2000 local time': a clock time of four digits, no year (ANNOTATION §2:
    clock times are no DATE)."""
    doc = span.doc
    if not (len(span) == 1 and span[0].text.isdigit() and len(span[0].text) == 4):
        return False
    after = word_at(doc, span.end)
    return (span.end < len(doc) and doc[span.end].text in CLOCK_ZONE_WORDS) or (after == "local" and word_at(doc, span.end + 1) == "time")


# ANNOTATION §2: what the model or a pattern reads as a date and is not one.
NOT_A_DATE = (_age, _rate, _recurring, _fraction_or_event, _fraction_of_change, _part_of_event, _other_calendar, _march_event,
              _compound_modifier, _model_plural, _inside_name, _unit_of_name, _clock_time)


def _deictic_no_date(span: Span) -> bool:
    """'now that the deal is done' (a conjunction), 'Link Now', 'NOW' (part of a name: capitalized
    after a capitalized word, or in capitals), 'the future king', 'the future of the company'
    (its fate), 'the past two years' (the longer date is the mention): no deictic date."""
    doc, text = span.doc, span.text.lower()
    after = doc[span.end] if span.end < len(doc) else None
    if text == "now" and after is not None and after.lower_ == "that":
        return True
    first = span[0]
    if first.text.isupper() and len(first.text) > 1 and not doc.text.isupper():
        return True
    if first.text[:1].isupper() and first.i > 0:  # the parser may start a sentence at "Now" in "Link Now"
        before = doc[first.i - 1]
        if before.text[:1].isupper() and not before.is_punct and not before.text.endswith("."):  # "Co. Recently,"
            return True
    if text in DEICTIC_NOUNS and after is not None:
        return after.lower_ == "of" or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.like_num
    return False


def _event_day(span: Span) -> bool:
    """'the day', 'the session' is the trading day under report in a market report ('the index
    fell 2% on the day', 'shares ended the session higher', 'the day's biggest gainer'); elsewhere
    it is a day fixed by an event ('the day after his death', 'the day he died'): no date."""
    text = span.text.lower()
    tail = next((d for d in SESSION_DAYS if text == d or text.endswith(" " + d)), None)
    if tail is None:
        return False  # "later in the day": the day is the tail, with its modifier
    doc = span.doc
    start = span.end - len(tail.split())
    before, after = word_at(doc, start - 1), doc[span.end] if span.end < len(doc) else None
    if before not in SESSION_PREPOSITIONS and before not in SESSION_VERBS:
        return True
    if after is not None and (after.lower_ in EVENT_FOLLOWERS or after.pos_ in ("PRON", "DET", "NOUN", "PROPN")):
        return True
    return not any(t.lower_ in MARKET_WORDS for t in span.sent)


def _deictic_part(span: Span) -> bool:
    return span.text.lower() in DEICTIC_WORDS and _deictic_no_date(span)


def _show_title(span: Span) -> bool:
    """ABC's "This Week", "VOA Today", NBC's "Today" show: a relative date written in title case
    right after a possessive, an opening quote or a broadcaster's acronym names a programme."""
    words = [t for t in span if t.is_alpha]
    if not words or span[0].lower_ not in TITLE_DATE_STARTS or not all(t.text[:1].isupper() for t in words):
        return False
    if span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    if before.text in QUOTE_OPENERS:  # a title in quotes, not a quote that opens with "Today, we…"
        if span.start > 1 and doc[span.start - 2].text in POSSESSIVE_MARKS:
            return True  # ABC-TV's "This Week With David Brinkley"
        closing = [t.text for t in doc[span.end:span.end + 2]]
        return bool(closing) and (closing[0] in QUOTE_OPENERS or (len(closing) > 1 and doc[span.end].is_punct
                                                                 and closing[1] in QUOTE_OPENERS))
    return before.text in POSSESSIVE_MARKS or (before.text.isupper() and len(before.text) > 1)


TITLE_DATE_STARTS = frozenset({"this", "today", "tonight", "now", "next", "last"})
QUOTE_OPENERS = frozenset({'"', "\u201c", "``", "'", "\u2018"})
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
SESSION_DAYS = frozenset({"the day", "the session", "the trading day", "the trading session", "that session",
                          "the same session", "that same session"})
SESSION_PREPOSITIONS = frozenset({"on", "for", "in", "during", "over", "throughout", "into"})
SESSION_VERBS = frozenset({"ended", "ending", "ends", "closed", "finished", "began", "started", "opened", "end",
                           "start", "close", "finish"})
EVENT_FOLLOWERS = frozenset({"of", "after", "before", "when", "that", "which", "where", "while", "following"})


def _hours_of_day(span: Span) -> bool:
    """'the early hours', 'the small hours' (of Thursday morning): a time of day, not a duration."""
    words = [t.lower_ for t in span]
    return words[-1] == "hours" and len(words) in (2, 3) and words[-2] in HOURS_OF_DAY and words[0] in ("the", *HOURS_OF_DAY)


# Units of the clock shorter than an hour, written bare: "within minutes", "minutes apart", "seconds later" say
# how soon, not a calendar unit's length (ANNOTATION §2: a vague reference is built on a calendar unit). A count
# keeps them ("a few minutes", "five minutes", "the final seconds").
BARE_CLOCK_UNITS = frozenset({"minutes", "seconds", "moments"})


def _bare_clock_unit(span: Span) -> bool:
    """'minutes' alone (no count, no determiner): how soon something happened, no duration."""
    return len(span) == 1 and span[0].lower_ in BARE_CLOCK_UNITS


# What a part of a date span must not be, once the normalizer has found it.
NOT_A_DATE_PART = (_deictic_part, _event_day, _show_title, _hours_of_day, _kind_of_year, _bare_clock_unit,
                   _per_unit,  # "grow 50% a year through 2026": the rate's unit, split off the model's span
                   _fraction_of_change)


def parseable_parts(span: Span) -> list[Span]:
    """The dates the normalizer reads in SPAN: its parseable core, then those left and right of it.

    The model's "the quarter ended Sept. 30" gives "the quarter" and "Sept. 30" (two dates, as
    TimeML and HeidelTime tag them); "Aug. 26 to Oct. 20" gives both days.
    """
    core = parseable_core(span)
    if core is None:
        return []
    doc = span.doc
    left = parseable_parts(doc[span.start:core.start]) if core.start > span.start else []
    right = parseable_parts(doc[core.end:span.end]) if core.end < span.end else []
    return left + [core] + right


def parseable_core(span: Span) -> Span | None:
    """SPAN if the date normalizer reads it, else its longest sub-span that it reads, else None.

    The model's "the app two years" gives "two years"; "the year ended March 31, 2022"
    gives "March 31, 2022".
    """
    n = len(span)
    for size in range(n, 0, -1):
        for offset in range(0, n - size + 1):
            sub = span[offset:offset + size]
            if (sub[0].is_punct and not elided_century(sub[0])) or sub[-1].is_punct:
                continue
            if size == 1 and DAY_NUMBER.fullmatch(sub[0].text):
                continue  # a bare day number is a date only after a month's day (_coordinated_days)
            if sub[0].lower_ in DATE_PREPOSITIONS and not starts_with_date_mod(sub) and sub.text.lower() not in DEICTIC_WORDS:
                continue
            text = sub.text
            scan = _parsed_scan(text)
            if scan is not None:
                span.doc.user_data[(SCAN_KEY, sub.start_char, sub.end_char)] = (text, scan.as_data())
                return Span(span.doc, sub.start, sub.end, label="DATE")
    return None


@lru_cache(maxsize=SCAN_CACHE_SIZE)
def _parsed_scan(text: str) -> DateScan | None:
    """The scan of TEXT when the date normalizer reads it (against PARSE_CHECK), else None: once per
    text in a process, as both depend on the words alone ('last year' is read in most articles)."""
    scan = scan_date(text)
    return scan if read_date(scan, PARSE_CHECK) is not None else None


def scan_of(span: Span) -> DateScan:
    """The scan parseable_core made of SPAN's words, else a new one (a deictic word, a coordinated
    day; or a stored scan of other words, or naming a rule no longer in RULES)."""
    stored = span.doc.user_data.get((SCAN_KEY, span.start_char, span.end_char))
    if stored is not None:
        text, data = stored
        if text == span.text and all(rule in RULES_BY_ID for rule, _, _ in data[3]):
            return DateScan.from_data(data)
    return scan_date(span.text)


def day_of_time(span: Span) -> Span | None:
    """The day in a model TIME without a clock time ('Wednesday night', 'the early hours of
    Thursday morning'): a DATE, with the part of the day that follows it."""
    if span.label_ != "TIME" or any(t.like_num for t in span):
        return None
    day = next((t for t in span if t.lower_ in DAY_WORDS), None)
    if day is None:
        return None
    end = day.i + 1 + (day.i + 1 < span.end and span.doc[day.i + 1].lower_ in PARTS_OF_DAY)
    return Span(span.doc, day.i, end, label="DATE")


def time_duration(span: Span) -> bool:
    """A model TIME or count that is a duration ('five hours', 'nearly an hour', 'at least 72 hours',
    the model's CARDINAL 'about 5 1/2 hours'), not a clock time: a DATE."""
    if span.label_ not in DURATION_LABELS or (span[-1].is_title and not span[-1].is_sent_start):
        return False  # not the show "60 Minutes"
    if span.label_ != "TIME" and span[-1].lower_.rstrip("s") not in UNITS:
        return False  # a count is a duration only when it ends with its unit
    core = span if starts_with_date_mod(span) else trim(span, left=DATE_PREPOSITIONS | FOCUS_WORDS)
    value = core and normalize_date(core.text, DURATION_CHECK)
    return bool(value) and value["type"] == "DURATION"


def _takes_article(span: Span) -> bool:
    """'the' belongs to 'first half of 2022', 'summer of 2020', 'six months', 'years', not to '2022'.

    Not when the date modifies a noun after it: 'the late-November trip', 'the 1988 period'.
    """
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN") and not doc[span.end].is_title:
        return False
    if len(span) > 2 and span[-2].text == "-" and word_at(doc, span.end) == "of":
        return False  # "the fiscal second-quarter of $8.6 million": the adjective's "the" is its noun's
    first, last = span[0].lower_, span[-1].lower_
    if first in ARTICLE_WORDS:
        return True
    return last in PLURAL_UNITS and span[0]._.is_number  # "the nine months"; not "the years" (bare_unit)
