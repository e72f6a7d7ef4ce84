"""spaCy components registered by factory name: rules that complete and correct the model's NER.

`extract_quantities` runs after `ner`: Matcher patterns for MONEY, PERCENT and DATE
(patterns/*.jsonl) join the model's spans, the longest wins, and boundaries follow
ANNOTATION.md §2 (a DATE's in date_spans.py). `extract_names` then decides ORG and PRODUCT mentions (see names.py).
"""

from __future__ import annotations

import re
from fractions import Fraction

import numpy

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.date_spans import day_of_time, fix_date, glued_day, holiday_span, time_duration
from extract.lexeme_flags import flag_tests, flagged, flags_intact
from extract.match_windows import MatchWindows, merge_matches
from extract.names import PATTERN_SOURCES, ROW_CHECKS, NameResolver
from extract.normalize.date_words import EASTER_WEEKS, HOLIDAY_NAMES
from extract.normalize.currencies import SUBUNITS
from extract.normalize.numbers import FRACTIONS, SCALES, VAGUE, parse_range
from extract.records import NAME_LABELS, QUANTITY_LABELS
from extract.rules import CHANGE_WORDS, PATTERN_DIR, RANGE_DASHES, TOKEN_CLASSES, PatternRowError, load_patterns, prepare_row
from extract.spans import MOD_PHRASES, ORIGIN_KEY, extend_left, overlaps, register_extensions, set_ents, starts_with, trim, word_at

PERCENT_WORDS = ("%", "percent", "per cent", "pct", "percentage point", "per-cent")
CURRENCY_SYMBOLS = frozenset(TOKEN_CLASSES["currency_symbol"]["TEXT"]["IN"])  # written before the number
RANGE_WORDS = frozenset(TOKEN_CLASSES["range_word"]["LOWER"]["IN"])
CURRENCY_STARTS = CURRENCY_SYMBOLS | frozenset(TOKEN_CLASSES["currency_code"]["TEXT"]["IN"])
SYMBOL_NUMBER = re.compile(TOKEN_CLASSES["symbol_number"]["TEXT"]["REGEX"])
FRACTION_TOKEN = re.compile(TOKEN_CLASSES["fraction"]["TEXT"]["REGEX"])
CURRENCY_WORDS = frozenset(TOKEN_CLASSES["currency_word"]["LOWER"]["IN"]) | frozenset(TOKEN_CLASSES["subunit"]["LOWER"]["IN"])
PERCENT_GLUED = re.compile(TOKEN_CLASSES["percent_glued"]["LOWER"]["REGEX"])
PENCE_GLUED = re.compile(TOKEN_CLASSES["pence_glued"]["LOWER"]["REGEX"])
# The longest run of tokens that one '+' or '*' pattern token matches in one go. The Matcher
# keeps a partial match alive from every token of such a run, so a run of n name-like tokens
# (a tag list "Q1 Q2 Q3 ...") cost n squared: 26 s for 2,000 tokens. Longer runs are matched
# in pieces of this many tokens; no name or date in the gold runs past 8 tokens.
MAX_RUN_TOKENS = 24
# The origins (spans.span_origin) of quantity spans that no pattern row made:
HOLIDAY_ORIGIN = "holiday name"  # date_words.HOLIDAY_NAMES, EASTER_WEEKS
DAY_OF_TIME_ORIGIN = "model TIME: its day"  # date_spans.day_of_time
DURATION_ORIGIN = "model TIME: a duration"  # date_spans.time_duration
GLUED_ORIGIN = "the date word glued on"
# Token attributes set by a pipe, which spaCy's Matcher refuses to read on a doc without them.
ANNOTATIONS = ("TAG", "POS", "MORPH", "LEMMA", "DEP")
# The Matchers kept per set of patterns (a window's anchored ones): about 30 sets per 60 articles.
MAX_MATCHERS = 512


class BoundedMatcher:
    """A Matcher whose cost grows linearly with the text: runs of tokens that a '+' or '*'
    pattern token matches are cut every MAX_RUN_TOKENS tokens and matched piece by piece.
    Each piece is matched only where a pattern can match (extract/match_windows.py), and each
    window by a Matcher of the patterns whose anchor may lie in it only: the same matches, in the
    same order, as matching the whole piece with every pattern; by Matchers of the same patterns
    whose opening IN and REGEX tests are lexeme flags (extract/lexeme_flags.py)."""

    def __init__(self, vocab) -> None:
        self.repeated = Matcher(vocab)  # one-token patterns: what a '+' or '*' token matches
        self.vocab = vocab
        self._keys: list[str] = []
        self._patterns: list[list[dict]] = []
        self._singles: dict[str, dict] = {}
        self._windows: MatchWindows | None = None
        self._runs: MatchWindows | None = None
        self._flagged: list[list[dict]] | None = None  # the patterns with their opening tests as flags
        self._flags: dict[int, tuple] = {}  # flag -> its test's key, for the flags self._flagged uses
        self._matchers: dict[int, Matcher] = {}  # by the patterns they hold (bits of their indices)
        self._tries: float | None = None  # the share of the tokens of its first doc with windows that lie in them
        self._annotations: set[str] = set()  # what the patterns read that a pipe sets (the Matcher checks the doc has it)

    def add(self, key: str, pattern: list[dict]) -> None:
        Matcher(self.vocab).add(key, [pattern], greedy="LONGEST")  # refuses the pattern as written (the flagged one is not validated)
        self._keys.append(key)
        self._patterns.append(pattern)
        self._annotations |= {attr for token in pattern for attr in token if attr in ANNOTATIONS}
        self._windows = self._runs = self._flagged = None
        for token in pattern:
            single = {k: v for k, v in token.items() if k != "OP"}
            if token.get("OP") in ("+", "*") and repr(single) not in self._singles:
                self._singles[repr(single)] = single
                self.repeated.add("run", [[single]])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
        if self._windows is None:
            self._windows = MatchWindows(self.vocab, self._patterns)
            self._runs = MatchWindows(self.vocab, [[s] for s in self._singles.values()])
        cuts = _run_cuts(self._run_hits(doc))
        pieces = [self._windows.windows(doc, start, end) for start, end in zip([0, *cuts], [*cuts, len(doc)])]
        if not any(pieces):
            return []
        if self._flagged is None or not flags_intact(self.vocab, self._flags):  # a flag taken over: flag anew
            if self._tries is None:  # the opening tests are tried at each token of a window: share the bits by it
                self._tries = sum(b - a for windows in pieces for a, b in windows) / max(len(doc), 1)
            self._flagged = flagged(self.vocab, self._patterns, self._tries)
            self._flags = flag_tests(self.vocab, self._flagged)
            self._matchers = {}
        # A doc without an annotation some pattern reads (POS, DEP...): every pattern, which the Matcher refuses.
        annotated = all(doc.has_annotation(attr) for attr in self._annotations)
        found = []
        for windows in pieces:
            wanted = self._windows.anchored(doc, windows) if annotated else [self._windows.all_patterns] * len(windows)
            parts = [[(key, s + a, e + a, al) for key, s, e, al in self._matcher(patterns)(doc[a:b], with_alignments=True)]
                     for (a, b), patterns in zip(windows, wanted) if patterns]
            found += merge_matches(parts) if parts else []
        return found

    def _matcher(self, wanted: int) -> Matcher:
        """A Matcher of the patterns whose indices are the bits of WANTED, added in their order: on a
        stretch where no other pattern can match it finds what a Matcher of every pattern finds, in
        the same order (the Matcher tries a pattern's states apart from the others', in the order the
        patterns were added, so leaving some out changes neither the others' matches nor their order)."""
        matcher = self._matchers.get(wanted)
        if matcher is None:
            if len(self._matchers) >= MAX_MATCHERS:
                self._matchers.clear()
            matcher = self._matchers[wanted] = Matcher(self.vocab, validate=False)  # add() validated the patterns as written
            for number, (key, pattern) in enumerate(zip(self._keys, self._flagged)):
                if wanted >> number & 1:
                    # merge_matches gives the Matcher's order only for greedy LONGEST patterns without on_match
                    matcher.add(key, [pattern], greedy="LONGEST")
        return matcher

    def _run_hits(self, doc: Doc) -> list[int]:
        """Sorted tokens a '+' or '*' pattern token matches, inside stretches long enough to be cut."""
        if not self._singles:
            return []
        may, _ = self._runs.masks(doc, 0, len(doc))
        if not self._runs.enabled:
            may[:] = True
        hits: set[int] = set()
        for a, b in _long_runs(may, MAX_RUN_TOKENS + 1):
            hits.update(start + a for _, start, _ in self.repeated(doc[a:b]))
        return sorted(hits)


def _long_runs(mask: numpy.ndarray, length: int) -> list[tuple[int, int]]:
    """(start, end) of each run of True in MASK at least LENGTH long."""
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], mask.astype("int8"), [0]))))
    return [(a, b) for a, b in zip(edges[::2].tolist(), edges[1::2].tolist()) if b - a >= length]


def _run_cuts(hits: list[int]) -> list[int]:
    """Cut positions every MAX_RUN_TOKENS tokens inside each run of consecutive HITS longer than that."""
    cuts, run_start = [], None
    for i, token in enumerate(hits):
        if run_start is None or token != hits[i - 1] + 1:
            run_start = token
        elif (token - run_start) % MAX_RUN_TOKENS == 0:
            cuts.append(token)
    return cuts


def build_matcher(nlp: Language, patterns: list[str | dict]) -> tuple[BoundedMatcher, dict[int, dict]]:
    """One Matcher over PATTERNS, each a bundled pattern file's name ('money': patterns/money.jsonl)
    or a pattern row given as data; returns it and rule rows by match id. A row that cannot be
    used is a PatternRowError naming it."""
    matcher = BoundedMatcher(nlp.vocab)
    rows: dict[int, dict] = {}
    for number, item in enumerate(patterns):
        if isinstance(item, str):
            if not (PATTERN_DIR / f"{item}.jsonl").is_file():
                bundled = ", ".join(sorted(f.stem for f in PATTERN_DIR.glob("*.jsonl")))
                raise PatternRowError(f"no bundled pattern file {item!r} (patterns/*.jsonl: {bundled}); a row is a dict")
            source, named = item, load_patterns(item)
        else:
            source, named = "config", (prepare_row(item, f"pattern row {number} of the config"),)
        for row in named:
            key = f"{source}:{row['id']}"
            if nlp.vocab.strings[key] in rows:
                raise PatternRowError(f"{row['where']}: the id is taken by {rows[nlp.vocab.strings[key]]['where']}")
            try:
                matcher.add(key, row["pattern"])
            except ValueError as exc:  # spaCy's MatchPatternError and E-numbered errors
                raise PatternRowError(f"{row['where']}: spaCy's Matcher refuses the pattern: {' '.join(str(exc).split())}") from None
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

    def __init__(self, nlp: Language, patterns: list[str | dict]) -> None:
        register_extensions()
        self.matcher, self.rows = build_matcher(nlp, patterns)
        _check_rows(self.rows, QUANTITY_LABELS)
        self.holidays = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.holidays.add("DATE", [nlp.make_doc(name) for name in (*HOLIDAY_NAMES, *EASTER_WEEKS)])

    def __call__(self, doc: Doc) -> Doc:
        matched = match_spans(self.matcher, self.rows, doc)
        found = [span for span, _ in matched]
        found += [holiday_span(doc, start, end) for _, start, end in self.holidays(doc)]
        ents = doc.ents  # built anew at each access: once
        # A count of calendar units the model reads as MONEY with no currency ("sixty days") is a duration.
        durations = [Span(doc, e.start, e.end, label="DATE") for e in ents
                     if time_duration(e) and not (e.label_ == "MONEY" and _marked(e, "MONEY"))]
        counted = {(d.start, d.end) for d in durations}
        spans = [e for e in ents if e.label_ in QUANTITY_LABELS and not (e.label_ == "MONEY" and (e.start, e.end) in counted)]
        days = [day for e in ents if (day := day_of_time(e)) is not None]
        # "met with Sununu Sunday": a weekday the model glued onto a name is a date (date_spans.glued_day).
        # Not a clock time's day ("10 p.m. Wednesday" is one TIME, ANNOTATION §2: no date).
        glued = [e for e in ents if glued_day(e)]
        glued_days = [Span(doc, e.end - 1, e.end, label="DATE") for e in glued]
        completed = _completed_amounts(spans, matched)
        model = [span for span, _ in completed] + spans + days + durations + glued_days
        # What made each candidate (explain: a wrong span names its pattern). Keyed by its tokens:
        # of two candidates on the same tokens the one listed first wins, in filter_spans too.
        origin = _origins([(s, row["id"]) for s, row in matched], [(s, HOLIDAY_ORIGIN) for s in found[len(matched):]],
                          completed,
                          [(e, f"model {e.label_}") for e in spans], [(s, DAY_OF_TIME_ORIGIN) for s in days],
                          [(s, DURATION_ORIGIN) for s in durations],
                          [(s, f"model {e.label_}: {GLUED_ORIGIN}") for s, e in zip(glued_days, glued)])
        # Longest first; on a tie the rule span (listed first) wins.
        fixed = [(part, origin[s.start, s.end]) for s in filter_spans(found + model) for part in self.fix(s)]
        parts = [(part, why) for s, why in fixed for split in (split_changes(s) if s.label_ != "DATE" else [s])
                 for share in split_shares(split)
                 for part in (split_coordination(share) if s.label_ != "DATE" else [share])]
        chosen = filter_spans([part for part, _ in parts])
        # A rule's MONEY or PERCENT that a longer model DATE swallowed and lost when the date was
        # cut to what it is ("40pct last year" -> "last year") comes back where nothing covers it.
        lost = [(part, origin[s.start, s.end]) for s in found if s.label_ != "DATE" and not overlaps(s, chosen)
                for part in self.fix(s)]
        chosen = filter_spans(chosen + [part for part, _ in lost]) if lost else chosen
        origin = _origins(parts, lost)
        for span in chosen:
            doc.user_data[(ORIGIN_KEY, span.start_char, span.end_char)] = origin[span.start, span.end]
        names = [Span(doc, e.start, e.end - 1, label=e.label_) if e in glued else e for e in ents]
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
            return fix_date(span)
        span = _trim_to_amount(span)
        if span is None or (label == "MONEY" and (_weight(span) or _exchange_rate(span) or _video_format(span))):
            return []
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].text in CURRENCY_SYMBOLS and not doc[span.start - 1].whitespace_:
            span = Span(doc, span.start - 1, span.end, label=label)  # the model's "50 cents to $" + "2.90"
        return [extend_left(span, MOD_PHRASES)]



def _completed_amounts(spans: list[Span], matched: list[tuple[Span, dict]]) -> list[tuple[Span, str]]:
    """A model MONEY or PERCENT without its own sign, with the rule's amount of the same label that
    overlaps it and goes on past its end, as one span: the model's 'around 10 billion' and the rule's
    '10 billion euros' give 'around 10 billion euros' (of two spans the same length, filter_spans keeps
    the one that starts first, the model's, which names no currency); so does one with its sign that
    stops before the scale the rule reads (the model's 'about $850' and the rule's '$850 mln'). With
    what made each."""
    completed = []
    for e in spans:
        if e.label_ == "DATE":
            continue
        for rule, row in matched:
            if rule.label_ == e.label_ and e.start < rule.start < e.end < rule.end and (
                    not _marked(e, e.label_) or all(t.lower_ in SCALES for t in e.doc[e.end:rule.end])):
                union = Span(e.doc, e.start, rule.end, label=e.label_)
                completed.append((union, f"model {e.label_} + {row['id']}"))
                break
    return completed


def _origins(*groups: list[tuple[Span, str]]) -> dict[tuple[int, int], str]:
    """(start, end) -> what made the span, from (span, origin) pairs in GROUPS; the first listed wins."""
    origin: dict[tuple[int, int], str] = {}
    for group in groups:
        for span, why in group:
            origin.setdefault((span.start, span.end), why)
    return origin


def _trim_to_amount(span: Span) -> Span | None:
    """MONEY/PERCENT start at a modifier, a number, a currency or the 'between' of a range.

    'the 33%' -> '33%'; 'just 1.125 cents' -> '1.125 cents'; 'between 3% and 4%' stays whole.
    """
    doc = span.doc
    start, end = span.start, span.end
    while start < end and not (starts_with(doc[start:end], MOD_PHRASES) or _amount_start(doc[start])
                               or (doc[start].lower_ == "between" and "and" in {t.lower_ for t in span})):
        start += 1
    while end > start and (_glued_name_word(doc[end - 1]) or doc[end - 1].lower_ in RANGE_WORDS
                           or (doc[end - 1].text in CURRENCY_SYMBOLS and doc[end - 1].lower_ not in CURRENCY_WORDS)):
        end -= 1  # the model's "$7.86 billion CHIPS Act", "50 cents to $" (before "2.90"): not this amount's
        # (a symbol that is also a word after the number stays: "2.3 billion dlrs")
    # "$2.50 per million tokens": a price per a count of things, whose scale is the count's, not the amount's
    end = next((t.i for t in doc[start + 1:end - 1] if t.lower_ == "per" and doc[t.i + 1].lower_ in SCALES), end)
    if span.label_ == "PERCENT":
        end = _percent_end(doc, start, end)
    return trim(Span(doc, start, end, label=span.label)) if start < end else None


def _percent_end(doc: Doc, start: int, end: int) -> int:
    """A percentage ends at its last sign: the model's "12 per cent year" (before "on year") is "12 per cent"."""
    return next((t.i + 1 for t in reversed(doc[start:end]) if _percent_sign(t)), end)


def _percent_sign(token) -> bool:
    """'%', 'percent', 'pct', 'points', the 'cent' of 'per cent', a glued '40pct'."""
    return (token.lower_ in PERCENT_MARKS or token.text.endswith("%") or bool(PERCENT_GLUED.match(token.lower_))
            or (token.lower_ == "cent" and token.i > 0 and token.nbor(-1).lower_ == "per"))


def _glued_name_word(token) -> bool:
    """A capitalised word that is no currency (word, code or symbol) nor a sign: a name the model
    glued after an amount."""
    return (token.is_alpha and (token.is_title or token.is_upper) and token.lower_ not in CURRENCY_WORDS
            and token.text not in CURRENCY_STARTS and token.lower_ not in PERCENT_MARKS and token.lower_ not in SCALES)


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


# Words around a glued "60p" that make it a video format (frames a second: "4K at 60p", "records 24p footage").
VIDEO_WORDS = frozenset({"4k", "8k", "hd", "uhd", "fps", "video", "videos", "footage", "hdr", "resolution", "frames",
                         "record", "records", "recording", "shoot", "shoots", "shooting", "camera", "cameras", "display",
                         "screen", "stream", "streams", "streaming", "/"})


def _video_format(span: Span) -> bool:
    """A lone glued amount in pence ('60p') among video words: a frame rate or a resolution, no money."""
    if len(span) != 1 or not PENCE_GLUED.match(span[0].lower_):
        return False
    doc = span.doc
    near = {t.lower_ for t in doc[max(0, span.start - 4):span.start]} | {t.lower_ for t in doc[span.end:span.end + 4]}
    return bool(near & VIDEO_WORDS)


def _exchange_rate(span: Span) -> bool:
    """The model's '160 per dollar' ('the yen weakened past 160 per dollar'): a rate of exchange,
    an amount of the other currency, which is not written; no money (ANNOTATION §2). '150 yen per
    dollar' keeps its '150 yen'."""
    per = next((t.i for t in span if t.lower_ == "per"), None)
    if per is None or per == span.start:
        return False
    doc = span.doc
    return (not any(_currency_start(t) or t.lower_ in CURRENCY_WORDS for t in doc[span.start:per])
            and any(t.lower_ in CURRENCY_WORDS for t in doc[per + 1:span.end]))


def _amount_start(token) -> bool:
    """A token an amount can start with: a number, a currency, a fraction ('a quarter of a point')."""
    nxt = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return (token._.is_number or token.text in CURRENCY_STARTS or bool(SYMBOL_NUMBER.match(token.text))
            or token.lower_ in FRACTIONS or (token.lower_ in ("a", "an", "one") and nxt in FRACTIONS)
            or token.lower_ in VAGUE  # "billions of dollars", "tens of millions of euros"
            or bool(PERCENT_GLUED.match(token.lower_)) or bool(PENCE_GLUED.match(token.lower_)))  # "6¼%", "40pct", "55p"


# Words between a verb of change and the change ("fell a further 75 cents to $16.25", "down only 25 cents").
CHANGE_FILLERS = frozenset({"a", "further", "only", "another", "just", "sharply", "slightly"})
COMPARATIVES = frozenset({"below", "above", "lower", "higher", "less", "more", "under", "over"})
# "raised the price by $2.50 to $17.99": after "by" a change, then the level it reached; told
# from a range of change ("cut costs by 5% to 10%", "wages rose by 1% to 4%", "by 5% to 25%") by
# size: a level is more than LEVEL_RATIO times the change.
LEVEL_RATIO = 5


def split_changes(span: Span) -> list[Span]:
    """'plunged $4 to $14.75', 'by $2.50 to $17.99': a change and a level, two mentions, not a
    range ('$5 million to $7 million', 'by 5% to 10%')."""
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].lower_ in CHANGE_FILLERS:
        i -= 1  # "fell a further 75 cents to $16.25", "was down only 25 cents to $30.25"
    before = doc[i].lower_ if i >= 0 and (i == span.start - 1 or doc[i].lower_ in CHANGE_WORDS) else ""
    if before == "from" and _after_change(doc, span.start - 1):
        return _levels(span)  # "rose Thursday from $31.99 to $35.37": the level before and the level after
    if before not in CHANGE_WORDS and before != "by":
        return [span]
    to = _range_to(span)
    # "rose 5 to 7 percent": the sign is written once, on the range (unlike "fell 5% to 3%")
    if to is None or not _marked(doc[span.start:to], span.label_) or word_at(doc, span.end) in COMPARATIVES:
        return [span]  # "fell 50% to 75% below the year-earlier $4.5 million": a range of change
    left, right = _ends(span, to)
    if before == "by" and not _change_then_level(left, right):
        return [span]
    return [s for s in (left, right) if s is not None]


def _range_to(span: Span) -> int | None:
    """The index of the 'to' between SPAN's two ends, if it has one."""
    return next((t.i for t in span if t.lower_ == "to" and t.i > span.start), None)


def _ends(span: Span, to: int) -> tuple[Span | None, Span | None]:
    """SPAN's amounts either side of its 'to' at TO, trimmed (None where nothing is left)."""
    doc = span.doc
    return trim(Span(doc, span.start, to, label=span.label)), trim(Span(doc, to + 1, span.end, label=span.label))


def _after_change(doc: Doc, i: int) -> bool:
    """The word at I hangs on a verb of change, or follows one right before it or with one word between
    ('rose from', 'rose Thursday from', 'fell sharply from'); not 'prices ranging from', nor an adverb of comparison
    ('up from $4.9 billion to $5.2 billion forecast in May' compares with an earlier range)."""
    heads = (doc[i].head, *(doc[j] for j in (i - 1, i - 2) if j >= 0))  # "cut the dividend from 40 cents to 25 cents"
    return any(t.lower_ in CHANGE_WORDS and t.tag_.startswith("VB") for t in heads)


def _levels(span: Span) -> list[Span]:
    """'$31.99 to $35.37' after 'rose from': two levels, each with its own sign; one range where the sign
    or the scale is written once ('from 5 to 7 percent', 'from $5 to $7 million')."""
    doc = span.doc
    to = _range_to(span)
    if to is None or not (_marked(doc[span.start:to], span.label_) and _marked(doc[to + 1:span.end], span.label_)):
        return [span]
    if any(t.lower_ in SCALES for t in doc[to + 1:span.end]) and not any(t.lower_ in SCALES for t in doc[span.start:to]):
        return [span]
    return [s for s in _ends(span, to) if s is not None]


def split_shares(span: Span) -> list[Span]:
    """'a 60%-40% venture', 'a 50%-50% split': two percentages joined by a dash, each with its sign, the
    second not above the first, are the shares of one whole, two mentions; '3.5%-3.75%' is a range."""
    if span.label_ != "PERCENT":
        return [span]
    doc = span.doc
    dash = next((t.i for t in span if t.text in RANGE_DASHES and t.i > span.start), None)
    if dash is None:
        return [span]
    left = trim(Span(doc, span.start, dash, label=span.label))
    right = trim(Span(doc, dash + 1, span.end, label=span.label))
    if left is None or right is None or not (_marked(left, "PERCENT") and _marked(right, "PERCENT")):
        return [span]
    low, high = parse_range(left.text, right.text)
    return [span] if low is None or high is None or high > low else [left, right]


def _change_then_level(left: Span | None, right: Span | None) -> bool:
    """LEFT is a change and RIGHT the level it reached: RIGHT is more than LEVEL_RATIO times LEFT."""
    if left is None or right is None:
        return False
    low, high = parse_range(left.text, right.text)
    if low is None or high is None:
        return False
    low, high = low * _subunit_share(left), high * _subunit_share(right)  # "by 25 cents to $2.75"
    return 0 < low * LEVEL_RATIO < high


def _subunit_share(part: Span) -> Fraction:
    """What one unit of PART's number is worth in its main currency: 1/100 for cents and pence."""
    return next((SUBUNITS[t.lower_][1] for t in part if t.lower_ in SUBUNITS), Fraction(1))


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
        if span.label_ == "MONEY" and _currency_start(token) and i - 1 >= start and _amount_end(prev) \
                and not _currency_word_after(token):
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


def _currency_word_after(token) -> bool:
    """A sign written before or after the number ("dlrs") that follows the amount it names: "2.3 billion
    dlrs" (no number after it), not "dlrs 1 million"."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in CURRENCY_WORDS and not (nxt is not None and nxt._.is_number)


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


class NameRules:
    """ORG and PRODUCT: gazetteers, name patterns, sentence cues, one decision per article."""

    def __init__(self, nlp: Language, patterns: list[str | dict], gazetteers: dict[str, str | list[str]]) -> None:
        register_extensions()
        self.matcher, self.rows = build_matcher(nlp, patterns)
        _check_rows(self.rows, NAME_LABELS, PATTERN_SOURCES)
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


def _check_rows(rows: dict[int, dict], labels: tuple[str, ...], sources: frozenset[str] | None = None) -> None:
    """Each row's label is one of LABELS; a name row (SOURCES given) names its vote source."""
    for row in rows.values():
        if row["label"] not in labels:
            raise PatternRowError(f"{row['where']}: label {row['label']!r} is not one of {', '.join(labels)}")
        if sources is not None and "check" in row and row["check"] not in ROW_CHECKS:
            raise PatternRowError(f"{row['where']}: check {row['check']!r} is not one of names.ROW_CHECKS "
                                  f"({', '.join(sorted(ROW_CHECKS))})")
        if sources is not None and row.get("source") not in sources:
            raise PatternRowError(f"{row['where']}: source {row.get('source')!r} is not a vote source of a pattern "
                                  f"row (names.PATTERN_SOURCES, a vote and a tier: {', '.join(sorted(sources))})")


def make_quantities(nlp: Language, name: str, patterns: list[str | dict]) -> QuantityRules:
    return QuantityRules(nlp, patterns)


def make_names(nlp: Language, name: str, patterns: list[str | dict], gazetteers: dict[str, str | list[str]]) -> NameRules:
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
