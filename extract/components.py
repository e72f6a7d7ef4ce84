"""spaCy components registered by factory name: rules that complete and correct the model's NER.

`extract_quantities` runs after `ner`: Matcher patterns for MONEY, PERCENT and DATE
(patterns/*.jsonl) join the model's spans, the longest wins, and boundaries follow
ANNOTATION.md §2. `extract_names` then decides ORG and PRODUCT mentions (see names.py).
"""

from __future__ import annotations

import re
from datetime import date

import numpy

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.names import NameResolver
from extract.normalize.date_words import (
    DEICTIC_NOUNS, DEICTIC_WORDS, EASTER_WEEKS, HOLIDAY_NAMES, HOURS_OF_DAY, MARKET_WORDS, MONTHS, ORDER_WORDS, ORDINALS,
    OTHER_CALENDARS, PARTS_OF_DAY, RUN_WORDS, SEASONS, UNITS, WEEKDAYS,
)
from extract.normalize.dates import normalize_date
from extract.normalize.numbers import FRACTIONS, SCALES, VAGUE
from extract.records import QUANTITY_LABELS
from extract.rules import NAME_BLOCKING_DATE_WORDS, TOKEN_CLASSES, load_patterns
from extract.spans import (
    DATE_MOD_PHRASES, DATE_PREPOSITIONS, DATE_SUFFIX_PHRASES, MOD_PHRASES, QUANTITY_MOD_PHRASES, elided_century,
    extend_left, extend_right, is_amount_word, overlaps, register_extensions, set_ents, starts_with, starts_with_date_mod,
    trim,
)

# The model's other number labels: no name a date could be glued onto.
NUMERIC_LABELS = frozenset({"TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
# The model's labels that a duration may come under ("five hours" TIME, "about 5 1/2 hours" CARDINAL).
DURATION_LABELS = frozenset({"TIME", "CARDINAL", "QUANTITY"})
PERCENT_WORDS = ("%", "percent", "per cent", "pct", "percentage point", "per-cent")
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
# Verbs of change before "X to Y": the amount moved by X to Y ("fell 5% to 3%").
CHANGE_WORDS = frozenset({
    "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "plunged", "plunge", "jumped", "jump",
    "climbed", "climb", "dropped", "drop", "declined", "decline", "gained", "gain", "increased", "increase",
    "decreased", "decrease", "slipped", "slid", "soared", "surged", "tumbled", "sank", "cut", "raised",
    "lowered", "lost", "added", "grew", "shrank", "eased", "advanced", "up", "down", "off",
})
CURRENCY_STARTS = frozenset(TOKEN_CLASSES["currency_symbol"]["TEXT"]["IN"]) | frozenset(TOKEN_CLASSES["currency_code"]["TEXT"]["IN"])
SYMBOL_NUMBER = re.compile(TOKEN_CLASSES["symbol_number"]["TEXT"]["REGEX"])
FRACTION_TOKEN = re.compile(TOKEN_CLASSES["fraction"]["TEXT"]["REGEX"])
CURRENCY_WORDS = frozenset(TOKEN_CLASSES["currency_word"]["LOWER"]["IN"]) | frozenset(TOKEN_CLASSES["subunit"]["LOWER"]["IN"])
PERCENT_GLUED = re.compile(TOKEN_CLASSES["percent_glued"]["LOWER"]["REGEX"])
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
DAY_WORDS = frozenset({*WEEKDAYS, "today", "yesterday", "tomorrow"})
# Parseability check only: a fixed reference, never the clock.
PARSE_CHECK_DATE, PARSE_CHECK_ANCHOR = date(2000, 1, 1), "2000-01-01"
# The longest run of tokens that one '+' or '*' pattern token matches in one go. The Matcher
# keeps a partial match alive from every token of such a run, so a run of n name-like tokens
# (a tag list "Q1 Q2 Q3 ...") cost n squared: 26 s for 2,000 tokens. Longer runs are matched
# in pieces of this many tokens; no name or date in the gold runs past 8 tokens.
MAX_RUN_TOKENS = 24


class BoundedMatcher:
    """A Matcher whose cost grows linearly with the text: runs of tokens that a '+' or '*'
    pattern token matches are cut every MAX_RUN_TOKENS tokens and matched piece by piece."""

    def __init__(self, vocab) -> None:
        self.matcher = Matcher(vocab)
        self.repeated = Matcher(vocab)  # one-token patterns: what a '+' or '*' token matches
        self._seen: set[str] = set()

    def add(self, key: str, pattern: list[dict]) -> None:
        self.matcher.add(key, [pattern], greedy="LONGEST")
        for token in pattern:
            single = {k: v for k, v in token.items() if k != "OP"}
            if token.get("OP") in ("+", "*") and repr(single) not in self._seen:
                self._seen.add(repr(single))
                self.repeated.add("run", [[single]])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
        cuts = _run_cuts(sorted({start for _, start, _ in self.repeated(doc)}))
        if not cuts:
            return self.matcher(doc, with_alignments=True)
        found = []
        for start, end in zip([0, *cuts], [*cuts, len(doc)]):
            found += [(key, s + start, e + start, a) for key, s, e, a in self.matcher(doc[start:end], with_alignments=True)]
        return found


def _run_cuts(hits: list[int]) -> list[int]:
    """Cut positions every MAX_RUN_TOKENS tokens inside each run of consecutive HITS longer than that."""
    cuts, run_start = [], None
    for i, token in enumerate(hits):
        if run_start is None or token != hits[i - 1] + 1:
            run_start = token
        elif (token - run_start) % MAX_RUN_TOKENS == 0:
            cuts.append(token)
    return cuts


def build_matcher(nlp: Language, names: list[str]) -> tuple[BoundedMatcher, dict[int, dict]]:
    """One Matcher over the pattern files NAMES; returns it and rule rows by match id."""
    matcher = BoundedMatcher(nlp.vocab)
    rows: dict[int, dict] = {}
    for name in names:
        for row in load_patterns(name):
            key = f"{name}:{row['id']}"
            matcher.add(key, row["pattern"])
            rows[nlp.vocab.strings[key]] = row
    return matcher, rows


def match_spans(matcher: BoundedMatcher, rows: dict[int, dict], doc: Doc) -> list[tuple[Span, dict]]:
    """(span, rule row) for every match; a row with TAKE tokens keeps only those tokens."""
    out = []
    for match_id, start, end, alignment in matcher(doc):
        row = rows[match_id]
        if row["take"]:
            taken = [start + i for i, p in enumerate(alignment) if p in row["take"]]
            if not taken:
                continue
            start, end = taken[0], taken[-1] + 1
        out.append((Span(doc, start, end, label=row["label"]), row))
    return out


class QuantityRules:
    """Complete and repair DATE, MONEY and PERCENT spans; drop what the guideline excludes."""

    def __init__(self, nlp: Language, patterns: list[str]) -> None:
        register_extensions()
        self.matcher, self.rows = build_matcher(nlp, patterns)
        self.holidays = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.holidays.add("DATE", [nlp.make_doc(name) for name in (*HOLIDAY_NAMES, *EASTER_WEEKS)])

    def __call__(self, doc: Doc) -> Doc:
        found = [span for span, _ in match_spans(self.matcher, self.rows, doc)]
        found += [Span(doc, _relative_before(doc, start), _year_after(doc, end), label="DATE")
                  for _, start, end in self.holidays(doc)]
        model = [e for e in doc.ents if e.label_ in QUANTITY_LABELS]
        model += [day for e in doc.ents if (day := _day_of_time(e)) is not None]
        model += [Span(doc, e.start, e.end, label="DATE") for e in doc.ents if _time_duration(e)]
        # "met with Sununu Sunday": a weekday or month the model glued onto a name is a date.
        # Not a clock time's day ("10 p.m. Wednesday" is one TIME, ANNOTATION §2: no date).
        glued = [e for e in doc.ents if e.label_ not in QUANTITY_LABELS and e.label_ not in NUMERIC_LABELS and len(e) > 1
                 and e[-1].lower_ in NAME_BLOCKING_DATE_WORDS and e[-1].is_title]
        model += [Span(doc, e.end - 1, e.end, label="DATE") for e in glued]
        # Longest first; on a tie the rule span (listed first) wins.
        chosen = [part for s in filter_spans(found + model) for part in self.fix(s)]
        chosen = filter_spans([part for s in chosen for split in (split_changes(s) if s.label_ != "DATE" else [s])
                               for part in (split_coordination(split) if s.label_ != "DATE" else [split])])
        # A rule's MONEY or PERCENT that a longer model DATE swallowed and lost when the date was
        # cut to what it is ("40pct last year" -> "last year") comes back where nothing covers it.
        lost = [part for s in found if s.label_ != "DATE" and not overlaps(s, chosen) for part in self.fix(s)]
        chosen = filter_spans(chosen + lost) if lost else chosen
        names = [Span(doc, e.start, e.end - 1, label=e.label_) if e in glued else e for e in doc.ents]
        others = [e for e in names if e.label_ not in QUANTITY_LABELS and not overlaps(e, chosen)]
        set_ents(doc, chosen + others)
        return doc

    def fix(self, span: Span) -> list[Span]:
        label = span.label_
        lowered = span.text.lower()
        if label == "MONEY" and any(w in lowered for w in PERCENT_WORDS):
            label = "PERCENT"
        elif label == "PERCENT" and not any(w in lowered for w in PERCENT_WORDS) and _marked(span, "MONEY"):
            label = "MONEY"  # the model's "as little as 99 cents": the sign decides, a currency is money
        span = Span(span.doc, span.start, span.end, label=label)
        if label == "DATE":
            return self._fix_date(span)
        span = _trim_to_amount(span)
        if span is None or (label == "MONEY" and _weight(span)):
            return []
        return [extend_left(span, MOD_PHRASES)]

    def _fix_date(self, span: Span) -> list[Span]:
        doc = span.doc
        if any(check(span) for check in NOT_A_DATE):
            return []
        if span.text.lower() in DEICTIC_WORDS:
            if _word(doc, span.start - 1) in DEICTIC_DEGREE and f"{_word(doc, span.start - 1)} {span.text.lower()}" in DEICTIC_WORDS:
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
        if len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in PLURAL_UNITS:
            span = Span(doc, span.start + 1, span.end, label="DATE")  # "over the years": bare "years", as TimeML
        if _word(doc, span.start - 1) in ("a", "the") and any(t.lower_ in RUN_WORDS for t in span[:3]):
            span = Span(doc, span.start - 1, span.end, label="DATE")  # "a third straight day"
        elif span.start > 0 and doc[span.start - 1].lower_ == "the" and _takes_article(span):
            span = Span(doc, span.start - 1, span.end, label="DATE")
        elif (span[0].lower_ == "the" and len(span) > 3 and span[-2].text == "-" and span.end < len(doc)
              and (doc[span.end].pos_ == "NOUN" or doc[span.end].lower_ == "of")):
            # "the third-quarter results", "The year-ago results", "the fiscal second-quarter of $8.6
            # million": a hyphenated date is an adjective, the "the" is its noun's
            span = Span(doc, span.start + 1, span.end, label="DATE")
        if span.end < len(doc) and doc[span.end].lower_ in PARTS_OF_DAY and span[-1].lower_ in DAY_WORDS:
            span = Span(doc, span.start, span.end + 1, label="DATE")  # "Friday morning"
        span = extend_right(extend_left(_offset_from(_range_from(span)), DATE_MOD_PHRASES), DATE_SUFFIX_PHRASES)
        if _ordering_word(span):
            span = Span(doc, span.start + 1, span.end, label="DATE")  # "Earlier Friday": "Friday"
        if is_amount_word(span[0]):
            span = extend_left(span, QUANTITY_MOD_PHRASES)
        parts = parseable_parts(span)
        return [part for part in parts + _coordinated_days(span, parts) if not any(check(part) for check in NOT_A_DATE_PART)]


def _ordering_word(span: Span) -> bool:
    """'Earlier Friday, lawyers filed…', 'later today', 'earlier this week': the word orders events
    within the day or week (no mod, normalize/dates.py) and is no part of the date, as TimeML
    leaves it out; 'earlier this month', 'later that year' keep it."""
    words = [t.lower_ for t in span[:3]]
    if len(words) < 2 or words[0] not in ORDER_WORDS:
        return False
    return words[1] in DAY_WORDS or words[1] == "tonight" or (words[1] == "this" and words[2:3] in (["week"], ["weekend"]))


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
                and i + 1 not in starts and _word(doc, i + 2).rstrip(".") not in MONTHS and _word(doc, i + 2) != "of"):
            end = i + 2 + (_word(doc, i + 2) == ",")
            end = end + 1 if end < len(doc) and YEAR_TOKEN.fullmatch(doc[end].text) else i + 2  # "12 to 28, 2010"
            found.append(Span(doc, i + 1, end, label="DATE"))  # not "4 December 2012 to 28 November 2016"
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


def _range_from(span: Span) -> Span:
    """'three weeks' after 'two to' -> 'two to three weeks'; 'months' after 'weeks or' -> 'weeks or months'."""
    doc, i = span.doc, span.start
    if _word(doc, i - 1) not in RANGE_JOINERS or i < 2:
        return span
    if (span[0]._.is_number or COUNT_WORD.match(span[0].lower_)) and doc[i - 2]._.is_number:
        return Span(doc, i - 2, span.end, label="DATE")
    if len(span) == 1 and span[0].lower_ in UNIT_WORDS and _word(doc, i - 2) in UNIT_WORDS:
        return Span(doc, i - 2, span.end, label="DATE")
    return span


def _offset_from(span: Span) -> Span:
    """'last Tuesday' after 'the day before' -> 'the day before last Tuesday' (a date counted from a date)."""
    doc, i = span.doc, span.start
    count = _word(doc, i - 3)
    if (_word(doc, i - 1) in OFFSET_WORDS and _word(doc, i - 2) in UNIT_WORDS
            and ((count == "the" and _word(doc, i - 1) != "from") or COUNT_WORD.match(count))):
        return Span(doc, i - 3, span.end, label="DATE")
    return span


def _word(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _age(span: Span) -> bool:
    """'50-year-old', '65 years old', 'aged 40', 'in his 30s'; not the age of a thing, counted in
    no number ('a years-old slump', 'the decades-old conflict': a duration)."""
    doc = span.doc
    if _uncounted_age(span):
        return False
    return (_word(doc, span.end) in NOT_DATE_AFTER or span[-1].lower_ in NOT_DATE_AFTER
            or _word(doc, span.start - 1) in NOT_DATE_BEFORE
            or (POSSESSIVE_PRONOUNS & {_word(doc, span.start - 1), span[0].lower_} and bool(DECADE_OF_LIFE.search(span.text))))


def _uncounted_age(span: Span) -> bool:
    """'years-old', 'decades-old': a plural unit with no count before it, then '-old'."""
    if len(span) < 3 or span[-1].lower_ != "old" or span[-2].text != "-" or span[-3].lower_ not in PLURAL_UNITS:
        return False
    before = span.doc[span.end - 4] if span.end - 4 >= 0 else None
    return before is None or not (before._.is_number or (COUNT_WORD.match(before.lower_) and before.lower_ not in ("a", "an")))


def _rate(span: Span) -> bool:
    """'24 hours a day', 'two days a week', 'quarter-to-quarter' (year-on-year is dropped by the model)."""
    doc = span.doc
    after, next_after = _word(doc, span.end), _word(doc, span.end + 1)
    inside = any(t.text == "-" and _word(doc, t.i + 1) in ("to", "on", "over") for t in span)  # the whole compound
    return (after in RATE_WORDS and next_after in UNITS) or (after == "-" and next_after in ("to", "on", "over")) or inside


def _recurring(span: Span) -> bool:
    """'every summer', 'each spring', 'every Monday': a set of dates (TimeML SET), not one;
    'each of the past three years' is those years."""
    if span[0].lower_ in RECURRENCE_WORDS:
        return _word(span.doc, span.start + 1) != "of"
    return _word(span.doc, span.start - 1) in RECURRENCE_WORDS


def _other_calendar(span: Span) -> bool:
    """'the Lunar New Year', 'Chinese New Year': a day of another calendar, not January 1."""
    return bool(OTHER_CALENDARS & {_word(span.doc, span.start - 1), span[0].lower_})


def _part_of_event(span: Span) -> bool:
    """'the second half of the game', 'the first quarter of the match': a part of an event, not
    of a year ('of 2012', 'of fiscal 2012', 'of the decade', "of the '90s" are calendar)."""
    doc = span.doc
    part = next((t.i for t in span if t.lower_ in PART_WORDS), None)
    if part is None or _word(doc, part + 1) != "of":
        return False
    after = doc[part + 2:part + 6]  # "of the company's fiscal year"
    return not any(t.text[:1].isdigit() or t.lower_ in CALENDAR_WORDS or elided_century(t) for t in after)


PART_WORDS = frozenset({"half", "quarter"})
CALENDAR_WORDS = UNIT_WORDS | frozenset({*MONTHS, *SEASONS, "fiscal", "financial"})


def _fraction_or_event(span: Span) -> bool:
    """'a quarter of the market' is a fraction; 'the fall of the Berlin Wall' an event."""
    text = span.text.lower()
    return _word(span.doc, span.end) == "of" and (text in BARE_SEASONS or bool(FRACTION_QUARTER.fullmatch(text)))


def _march_event(span: Span) -> bool:
    """'the annual March for Life', 'the March on Washington': a march (an event), not the month."""
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (span.text == "March" and _word(doc, span.start - 1) in EVENT_DETERMINERS
            and _word(doc, span.end) in EVENT_LINKS and after is not None and after.is_title)


EVENT_DETERMINERS = frozenset({"the", "a", "an", "annual", "this", "that"})
EVENT_LINKS = frozenset({"for", "on", "against"})


def _kind_of_year(span: Span) -> bool:
    """'changed from a fiscal year to a calendar year': a kind of year, not one."""
    return span.text.lower() in YEAR_KINDS and _word(span.doc, span.start - 1) in ("a", "an")


YEAR_KINDS = frozenset({"fiscal year", "calendar year", "financial year"})


# ANNOTATION §2: what the model or a pattern reads as a date and is not one.
NOT_A_DATE = (_age, _rate, _recurring, _fraction_or_event, _part_of_event, _other_calendar, _march_event)


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
    before, after = _word(doc, start - 1), doc[span.end] if span.end < len(doc) else None
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


# What a part of a date span must not be, once the normalizer has found it.
NOT_A_DATE_PART = (_deictic_part, _event_day, _show_title, _hours_of_day, _kind_of_year)


def _trim_to_amount(span: Span) -> Span | None:
    """MONEY/PERCENT start at a modifier, a number, a currency or the 'between' of a range.

    'the 33%' -> '33%'; 'just 1.125 cents' -> '1.125 cents'; 'between 3% and 4%' stays whole.
    """
    doc = span.doc
    start = span.start
    while start < span.end and not (starts_with(doc[start:span.end], MOD_PHRASES) or _amount_start(doc[start])
                                    or (doc[start].lower_ == "between" and "and" in {t.lower_ for t in span})):
        start += 1
    return trim(Span(doc, start, span.end, label=span.label)) if start < span.end else None


# "500 pounds (225 kilograms) of medical supplies", "weighs 150 to 175 pounds": a weight, not money.
MASS_CURRENCY_WORDS = frozenset({"pound", "pounds"})
MASS_UNITS = frozenset({"kilograms", "kilogram", "kg", "kgs", "kilos", "kilo", "grams", "tons", "tonnes", "ounces"})
WEIGHT_VERBS = frozenset({"weigh", "weighs", "weighed", "weighing", "weight", "heavy", "lighter", "heavier"})


def _weight(span: Span) -> bool:
    """A money span whose only currency is the word 'pound(s)' and that reads as a weight:
    'pounds of' stuff, a weight verb before it, a metric weight in brackets after it."""
    doc = span.doc
    if span[-1].lower_ not in MASS_CURRENCY_WORDS or any(t.text in CURRENCY_STARTS or "£" in t.text for t in span):
        return False
    after = [t.lower_ for t in doc[span.end:span.end + 4]]
    before = {t.lower_ for t in doc[max(0, span.start - 3):span.start]}
    return (after[:1] == ["of"] or bool(before & WEIGHT_VERBS)
            or (after[:1] == ["("] and bool(set(after[1:]) & MASS_UNITS)))


def _amount_start(token) -> bool:
    """A token an amount can start with: a number, a currency, a fraction ('a quarter of a point')."""
    nxt = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return (token._.is_number or token.text in CURRENCY_STARTS or bool(SYMBOL_NUMBER.match(token.text))
            or token.lower_ in FRACTIONS or (token.lower_ in ("a", "an", "one") and nxt in FRACTIONS)
            or token.lower_ in VAGUE  # "billions of dollars", "tens of millions of euros"
            or bool(PERCENT_GLUED.match(token.lower_)))  # "6¼%", "40pct"


COMPARATIVES = frozenset({"below", "above", "lower", "higher", "less", "more", "under", "over"})


def split_changes(span: Span) -> list[Span]:
    """'plunged $4 to $14.75': a change and a level, two mentions, not a range ($5 million to $7 million)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before not in CHANGE_WORDS:
        return [span]
    # "rose 5 to 7 percent": the sign is written once, on the range (unlike "fell 5% to 3%")
    for token in span:
        if token.lower_ == "to" and token.i > span.start:
            if not _marked(doc[span.start:token.i], span.label_) or _word(doc, span.end) in COMPARATIVES:
                return [span]  # "fell 50% to 75% below the year-earlier $4.5 million": a range of change
            left = trim(Span(doc, span.start, token.i, label=span.label))
            right = trim(Span(doc, token.i + 1, span.end, label=span.label))
            return [s for s in (left, right) if s is not None]
    return [span]


COORDINATORS = frozenset({"and", "or", ",", ";", "&", "/"})
PERCENT_MARKS = frozenset({"%", "percent", "pct", "pct.", "per-cent", "pc", "points", "point"})


def split_coordination(span: Span) -> list[Span]:
    """Amounts that each carry their own currency or percent sign are one mention each:
    '$299 and $399', '6-1/4% and 8 1/2%', '$1 $2 $3 $4 million' (a list); a range stays one
    ('$5 million to $7 million', 'between 3% and 4%', '3% to 4%')."""
    doc = span.doc
    if span[0].lower_ == "between" or len(span) < 3:
        return [span]
    parts, start = [], span.start
    for token in span[1:]:
        i = token.i
        if i <= start:
            continue
        prev = doc[i - 1]
        if span.label_ == "MONEY" and _currency_start(token) and i - 1 >= start and _amount_end(prev):
            parts.append((start, i))  # '$1 $2': a new amount right after one
            start = i
        elif token.lower_ in COORDINATORS and i + 1 < span.end and _amount_end(prev) and _marked(doc[start:i], span.label_) \
                and _marked(doc[i + 1:span.end], span.label_) and _opens_amount(doc[i + 1], span.label_):
            parts.append((start, i))
            start = i + 1
    if not parts:
        return [span]
    parts.append((start, span.end))
    return [p for a, b in parts if (p := trim(Span(doc, a, b, label=span.label))) is not None]


def _currency_start(token) -> bool:
    return token.text in CURRENCY_STARTS or bool(SYMBOL_NUMBER.match(token.text))


def _amount_end(token) -> bool:
    """A token an amount can end with: a number, a scale, a fraction, a sign."""
    return (token._.is_number or token.lower_ in SCALES or token.text in PERCENT_MARKS or token.lower_ in PERCENT_MARKS
            or bool(SYMBOL_NUMBER.match(token.text)) or bool(FRACTION_TOKEN.match(token.text)) or token.text[-1:] == "%")


def _marked(part: Span, label: str) -> bool:
    """PART carries its own sign: a currency for MONEY, a percent sign or word for PERCENT."""
    if label == "MONEY":
        return any(_currency_start(t) or t.lower_ in CURRENCY_WORDS for t in part)
    return any(t.lower_ in PERCENT_MARKS or t.text.endswith("%") for t in part)


def _opens_amount(token, label: str) -> bool:
    return _currency_start(token) or token._.is_number


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
            if normalize_date(sub.text, PARSE_CHECK_DATE, anchor=PARSE_CHECK_ANCHOR) is not None:
                return Span(span.doc, sub.start, sub.end, label="DATE")
    return None


def _day_of_time(span: Span) -> Span | None:
    """The day in a model TIME without a clock time ('Wednesday night', 'the early hours of
    Thursday morning'): a DATE, with the part of the day that follows it."""
    if span.label_ != "TIME" or any(t.like_num for t in span):
        return None
    day = next((t for t in span if t.lower_ in DAY_WORDS), None)
    if day is None:
        return None
    end = day.i + 1 + (day.i + 1 < span.end and span.doc[day.i + 1].lower_ in PARTS_OF_DAY)
    return Span(span.doc, day.i, end, label="DATE")


def _time_duration(span: Span) -> bool:
    """A model TIME or count that is a duration ('five hours', 'nearly an hour', 'at least 72 hours',
    the model's CARDINAL 'about 5 1/2 hours'), not a clock time: a DATE."""
    if span.label_ not in DURATION_LABELS or (span[-1].is_title and not span[-1].is_sent_start):
        return False  # not the show "60 Minutes"
    if span.label_ != "TIME" and span[-1].lower_.rstrip("s") not in UNITS:
        return False  # a count is a duration only when it ends with its unit
    core = span if starts_with_date_mod(span) else trim(span, left=DATE_PREPOSITIONS | FOCUS_WORDS)
    value = core and normalize_date(core.text, PARSE_CHECK_DATE)
    return bool(value) and value["type"] == "DURATION"


def _takes_article(span: Span) -> bool:
    """'the' belongs to 'first half of 2022', 'summer of 2020', 'six months', 'years', not to '2022'.

    Not when the date modifies a noun after it: 'the late-November trip', 'the 1988 period'.
    """
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN") and not doc[span.end].is_title:
        return False
    first, last = span[0].lower_, span[-1].lower_
    if first in ARTICLE_WORDS:
        return True
    return last in PLURAL_UNITS and span[0]._.is_number  # "the nine months"; not "the years" (bare_unit)


class NameRules:
    """ORG and PRODUCT: gazetteers, name patterns, sentence cues, one decision per article."""

    def __init__(self, nlp: Language, patterns: list[str], gazetteers: dict[str, str]) -> None:
        register_extensions()
        self.matcher, self.rows = build_matcher(nlp, patterns)
        self.resolver = NameResolver(nlp, gazetteers)

    def __call__(self, doc: Doc) -> Doc:
        found = match_spans(self.matcher, self.rows, doc)
        self.resolver(doc, found)
        return doc


# spaCy's tokenizer splits prefixes and suffixes off a word one at a time, scanning the rest of
# the word each time: a 20 KB word of nested parentheses took 53 s. Longer words are cut.
MAX_WORD_CHARS = 200
LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")


class BoundedTokenizer:
    """The model's tokenizer, with words longer than MAX_WORD_CHARS tokenized in pieces of that size."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        cuts = [cut for word in LONG_WORD.finditer(text)
                for cut in range(word.start() + MAX_WORD_CHARS, word.end(), MAX_WORD_CHARS)]
        if not cuts:
            return self.tokenizer(text)
        pieces = [self.tokenizer(text[a:b]) for a, b in zip([0, *cuts], [*cuts, len(text)])]
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def line_breaks(doc: Doc) -> Doc:
    """A line break starts a sentence: raw syndication text leaves headlines and bullets unpunctuated."""
    starts = doc.to_array("IDX")
    for newline in re.finditer(r"\n\s*", doc.text):
        i = int(numpy.searchsorted(starts, newline.end()))
        if 0 < i < len(doc) and starts[i] == newline.end():
            doc[i].is_sent_start = True
    return doc


def make_line_breaks(nlp: Language, name: str):
    return line_breaks


def make_quantities(nlp: Language, name: str, patterns: list[str]) -> QuantityRules:
    return QuantityRules(nlp, patterns)


def make_names(nlp: Language, name: str, patterns: list[str], gazetteers: dict[str, str]) -> NameRules:
    return NameRules(nlp, patterns, gazetteers)


# Registered after the functions are bound, not with decorators: the installed package's
# entry points (pyproject.toml) name these functions, and spaCy loads the entry point while
# registering the name, so the function must already exist on this module.
DEFAULT_CONFIGS = {
    "extract_line_breaks": {},
    "extract_quantities": {"patterns": ["money", "percent", "date"]},
    "extract_names": {"patterns": ["org", "product"], "gazetteers": {"ORG": "org_names", "PRODUCT": "product_names"}},
}
FACTORIES = {"extract_line_breaks": make_line_breaks, "extract_quantities": make_quantities, "extract_names": make_names}
for _name, _factory in FACTORIES.items():
    Language.factory(_name, default_config=DEFAULT_CONFIGS[_name])(_factory)
