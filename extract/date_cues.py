"""What a DATE's value depends on besides its words (ANNOTATION.md §3): the tense of the verb that
governs it, the anaphora anchor (the previous DATE mention that "a year earlier" counts from),
whether it is what a figure is compared against, and the day that closes a reported period.

`DateCues` reads one doc's DATE spans in order and resolves each one's scan (left by date_spans.py)
in its DateContext; the values are normalize/dates.py's.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from extract.date_spans import scan_of
from extract.normalize.date_context import AHEAD_TENSES, DateContext
from extract.normalize.date_words import MONTHS, WEEKDAYS
from extract.normalize.dates import DateReading, read_date
from extract.normalize.timex import TimePoint

class DateCues:
    """The DATE spans of one doc, read in order: each one's context and reading, and the anchor
    that the reading leaves for the next."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.anchor: TimePoint | None = None
        self.period_anchored = False  # did the DATE before a closing day ("the quarter" of "the quarter ended") anchor?
        self.periods: dict[str, TimePoint] = {}  # the last quarter and half named ("the quarter" refers back to it)

    def read(self, span: Span, text: str, sentence_before: str) -> DateReading | None:
        """SPAN's reading (its TEXT, after SENTENCE_BEFORE in its sentence); moves the anchor on."""
        compared = compared_against(sentence_before)
        tense = None
        if _nowadays(span):
            reading = read_date("nowadays")  # ANNOTATION §2: "today" meaning nowadays is PRESENT_REF
        elif _someday(span):
            reading = read_date("the future")  # a FUTURE_REF of its own, read by a rule of RULES
        else:
            tense = governing_tense(span)
            reading = read_date(scan_of(span), DateContext(self.published, tense, self.anchor,
                                                           self._closes(span), compared, tuple(self.periods.values())))
        if reading is not None:
            self._note(span, text, reading, compared, tense)
        return reading

    def _closes(self, span: Span) -> TimePoint | None:
        """The day after 'ended', 'ending', 'to' or 'through' that closes SPAN's period ('the year ended March
        31', 'the week to Oct. 21': PERIOD_CLOSE_WORDS), as a point.
        Only the point: the closing day's own mention is read in its own context (the anchor SPAN
        has just set, its own comparison), from the same cached scan."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ not in PERIOD_CLOSE_WORDS:
            return None
        closing = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == "DATE"), None)
        if closing is None:
            return None
        reading = read_date(scan_of(closing), DateContext(self.published, governing_tense(closing), self.anchor))
        return reading.point if reading is not None else None

    def _ended(self, point: TimePoint) -> bool:
        """Has POINT ended before the publication date? A period reported on has; one still under way or ahead
        ("sees fourth-quarter revenue of $2 billion" in October) is an outlook's."""
        return self.published is None or point.year is None or point.interval()[1] < self.published

    def _note(self, span: Span, text: str, reading: DateReading, compared: bool, tense: str | None) -> None:
        closing = span.start > 0 and span.doc[span.start - 1].lower_ in PERIOD_END_WORDS
        if (reading.point is not None and not (closing and self.period_anchored)
                and anchors_anaphora(text, compared) and not _indefinite(span)):
            self.anchor, self.period_anchored = reading.point, True
            if reading.point.gran in NAMED_PERIODS and reading.rule in NAMING_RULES and tense not in AHEAD \
                    and self._ended(reading.point):
                self.periods[reading.point.gran] = reading.point
        else:
            self.period_anchored = False
            if reading.value["type"] == "DURATION" and text.lower().startswith("the "):
                self.anchor = None  # "the first nine months … a year earlier": that period, no point to shift


NAMED_PERIODS = frozenset({"quarter", "half"})  # the reported periods "the quarter", "the half" refer back to
# The date rules that name a quarter or half by its own words ("the fiscal first quarter", "the June quarter"); not
# one read from the anchor ("the 1988 period", "the year-ago quarter") or from a closing day ("the quarter ended").
NAMING_RULES = frozenset({"quarter", "half", "year-quarter", "month-quarter", "month-range-part"})
# A period forecast ("will take a fourth-quarter charge", "forecast fourth-quarter earnings", "its outlook for the fourth
# quarter": tense NEAREST) is not the one reported.
AHEAD = AHEAD_TENSES | {"NEAREST"}
PERIOD_END_WORDS = frozenset({"ended", "ending"})  # "the year ended March 31": the day closes the period
# ... and "to", "through" before a day close it too ("claims fell in the week to Oct. 21"), as the
# closing day of a reported period, not as the end of a range (the day still anchors on its own)
PERIOD_CLOSE_WORDS = PERIOD_END_WORDS | {"to", "through"}
# Year-on-year comparisons ("from $3 million a year earlier", "the year before", "the year-ago quarter") point
# back at the period under report; they are never what the next comparison resolves against.
_COMPARISON = re.compile(
    r"\b(?:(?:a|one|the) year (?:earlier|ago|before|prior)|year[- ](?:earlier|ago)|prior-year|previous-year"
    r"|(?:same|corresponding|comparable|like) (?:period|quarter|month|half|week|time|season))\b", re.I)
# A date that ends the object of "compared with" or "from <amount>" in its clause is the
# period compared against, never the one under report.
_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.|from \S*\d)[^,;]*$", re.I)


def compared_against(sentence_before: str) -> bool:
    """Does a date after SENTENCE_BEFORE (its sentence up to it) end a comparison's object?"""
    return bool(_COMPARED_WITH.search(sentence_before))


def anchors_anaphora(text: str, compared: bool = False) -> bool:
    """May a DATE mention with this text be the antecedent of the next anaphoric DATE?

    Not a comparison: neither by its words ("a year earlier", "the year-ago quarter") nor by
    where it stands (COMPARED: "net was $306 million, compared with $195 million in the 1988
    period").
    """
    return not _COMPARISON.search(text) and not compared


FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
OPEN_END_PREPS = frozenset({"until", "till", "through"})
MOVED_END_VERBS = frozenset({"extended", "extend", "extends", "postponed", "postpone", "delayed", "delay", "deferred",
                             "moved", "pushed", "adjourned", "adjourn"})
NOUN_HOPS = 1
COMPARISON_ADVERBS = frozenset({"up", "down"})  # "up from 443.6 million Thursday": the tense is the clause's
# Verbs that set a time to come (word forms: the pipeline runs without a lemmatizer). A date
# they govern lies ahead: "has scheduled a news conference Thursday", "a summit set for April",
# and so does one their infinitive governs: "is expected to close in March", "is to resume Tuesday".
SCHEDULING_VERBS = frozenset({"plan", "plans", "planned", "planning", "schedule", "schedules", "scheduled", "scheduling",
                              "rescheduled", "slate", "slated"})
SET_VERBS = frozenset({"set", "sets", "setting"})
SET_PARTICLES = frozenset({"aside", "up", "off", "out", "back", "apart", "down", "forth"})  # "set aside": to reserve
# Verbs of guidance: the period of what they forecast is the one nearest the publication date,
# not the latest begun ("HP forecast first-quarter earnings below estimates" in November: the coming
# first quarter; "Samsung forecast fourth-quarter profit" in January, "analysts had forecast
# fourth-quarter earnings": the one just ended), and a day they forecast lies ahead ("forecast snow
# for Friday"); the day a verb governs directly is when the forecast was made ("forecast on Tuesday").
FORECAST_VERBS = frozenset({"forecast", "forecasts", "forecasted", "forecasting", "projected", "projects", "predicted",
                            "predicts", "guided"})
# Verbs of expectation: what they govern in the present lies ahead ("expects a loss in the fourth quarter",
# Tense "PROSPECTIVE" below), and so does what their infinitive governs ("expects to report ... in March").
EXPECTATION_VERBS = frozenset({"expect", "expects", "expecting", "anticipate", "anticipates", "anticipating",
                               "project", "projecting", "predict", "predicting", "foresee", "foresees", "foreseeing"})
INTENT_VERBS = SCHEDULING_VERBS | SET_VERBS | EXPECTATION_VERBS | {
    "expected", "intend", "intends", "intended", "aim", "aims", "aimed", "prepare", "prepares",
    "prepared", "propose", "proposes", "proposed", "vow", "vows", "vowed", "promise", "promises", "promised",
    "pledge", "pledges", "pledged", "due", "is", "are", "was", "were", "'s", "'re", "hope", "hopes", "likely",
    "unlikely"}
# Verbs that report a period's figures: the period after "for", or one their object names ("will report
# second-quarter results on Aug. 21"), has begun; the day they govern is still ahead.
RESULTS_VERBS = frozenset({"report", "reports", "reporting", "post", "posts", "posting"})
# Nouns of what is booked or expected for a period ("bookings for the summer were running ahead", "its outlook
# for the fourth quarter"): the period is the one nearest the publication date, as a forecast's (FORECAST_VERBS).
OUTLOOK_NOUNS = frozenset({"bookings", "orders", "reservations", "guidance", "outlook", "forecast", "forecasts",
                           "projection", "projections", "expectations", "estimate", "estimates", "target", "targets"})
# Nouns of an event called or set for a day ("called a strike for June 2", "demanded a vote for May 28"): the day it
# is set for is not asserted in the tense of the calling verb, so it is the one nearest the publication date, as an
# outlook's period (OUTLOOK_NOUNS). Not a figure's noun: "a loss for March" is the period reported on.
SCHEDULED_EVENT_NOUNS = frozenset({"strike", "strikes", "walkout", "stoppage", "meeting", "meetings", "vote", "votes",
                                   "ballot", "election", "elections", "referendum", "hearing", "hearings", "trial",
                                   "summit", "talks", "conference", "session", "debate", "rally", "protest", "protests",
                                   "auction", "ceremony", "launch", "split", "offering", "listing", "ipo", "visit",
                                   "trip", "deadline", "date", "appointment", "shutdown", "premiere", "debut"})
NEAREST_FOR_NOUNS = OUTLOOK_NOUNS | SCHEDULED_EVENT_NOUNS  # "<noun> for <date>": the date nearest P
# Participles of expectation that modify a noun ("a special meeting expected in January"): a time to come.
EXPECTED_PARTICIPLES = frozenset({"expected", "anticipated"})
INTENT_ADJECTIVES = frozenset({"slated", "scheduled", "planned", "upcoming", "forthcoming", "proposed"})
# Nouns after "today's" that make it the present age ("today's youth"), not the day ("today's talks").
PRESENT_AGE_NOUNS = frozenset({"world", "youth", "society", "generation", "generations", "culture", "economy",
                               "children", "kids", "standards", "technology"})  # nouns a date may modify and still take the tense of their verb
SOMEDAY_WORDS = frozenset({"one day", "some day", "someday"})  # after a modal: FUTURE_REF


def _indefinite(span: Span) -> bool:
    """'after a flat second quarter': a period named in passing, with an indefinite article
    (and an adjective), is not the one a later 'the year-earlier period' counts from."""
    doc = span.doc
    before = [doc[i].lower_ for i in range(max(span.start - 2, 0), span.start)]
    return len(before) == 2 and before[0] in ("a", "an") and doc[span.start - 1].pos_ == "ADJ"


def _nowadays(span: Span) -> bool:
    """"today's youth", "in today's world": today as the present age, not the day."""
    doc = span.doc
    if span.text.lower() != "today" or span.end + 1 >= len(doc) or doc[span.end].text not in ("'s", "\u2019s"):
        return False
    return any(t.lower_ in PRESENT_AGE_NOUNS for t in doc[span.end + 1:span.end + 3])


def _someday(span: Span) -> bool:
    """"Islam will one day be the second largest religion": some day to come, not a day's length."""
    doc = span.doc
    return span.text.lower() in SOMEDAY_WORDS and span.start > 0 and doc[span.start - 1].tag_ == "MD"



def governing_tense(span: Span) -> str | None:
    """'PAST', 'FUTURE' or None from the verb that governs SPAN ("will end on December 16").

    The verb the date attaches to, directly or through its preposition, or through the one
    noun it modifies ("was shot on the night of Oct. 23", "the October slaying" as a verb's
    object); no further, since a date deeper in a noun phrase has its own time ("gave no reason
    for the Jan. 14 deadline"). A date that closes an open period ("until", "through") takes
    no tense from the verb that opened it: the nearest date; unless the verb moved that end
    ahead ("postponed until Tuesday"). A date a verb schedules lies ahead (SCHEDULING_VERBS).
    """
    token = span.root
    for hop in range(NOUN_HOPS + 1):
        head, prep = token.head, None
        if head.lower_ in OPEN_END_PREPS or (head.lower_ == "to" and head.head.lower_ in MOVED_END_VERBS):
            return "FUTURE" if head.head.lower_ in MOVED_END_VERBS else None
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head, prep = head.head, head.lower_
            while (head.dep_ == "prep" or head.pos_ == "ADP" or head.lower_ in COMPARISON_ADVERBS) and head.head.i != head.i:
                head = head.head  # "bought from Sept. 14 to Thursday", "was 840 million, up from 443 million Thursday"
        if head.i == token.i or head.i in range(span.start, span.end):
            return None
        if _before_reported_clause(head, span):
            head = head.head  # "said in August it would cut jobs": the parser's clause verb, the date the saying's
        if head.pos_ in ("VERB", "AUX"):
            if hop == 0 and _schedules(head, span, prep):
                return "FUTURE"
            if head.lower_ in FORECAST_VERBS and (hop > 0 or prep == "for"):
                return "FUTURE" if _names_a_day(span) else "NEAREST"
            if hop == 0 and prep is None and head.lower_ in SET_VERBS:
                return None  # "set Nov. 10 as the deadline": the date is what is set, not when
            if prep == "for" and any(c.dep_ == "dobj" and c.lower_ in NEAREST_FOR_NOUNS for c in head.children):
                return "NEAREST"  # "raised its outlook for the second half", "called a strike for June 2"
            tense = _tense_of(head)
            if tense in AHEAD_TENSES and head.lower_ in RESULTS_VERBS and (hop > 0 or prep == "for"):
                return "PAST"  # "will report results for the second quarter": a period begun, not the next one
            return tense
        if head.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
        if prep == "for" and head.lower_ in NEAREST_FOR_NOUNS:
            return "NEAREST"  # "bookings for the summer", "a vote for May 28": as a forecast's
        if any(c.dep_ == "amod" and c.lower_ in INTENT_ADJECTIVES for c in head.children):
            return "FUTURE"  # "the slated visit in September"
        token = head
    return None


def _before_reported_clause(verb, span: Span) -> bool:
    """SPAN stands between a verb and the clause VERB heads as its complement, before that clause's
    subject or "that": it tells when the clause was said, not when it happens ("said in August it
    would cut jobs", "announced Tuesday that it will")."""
    return (verb.pos_ in ("VERB", "AUX") and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX")
            and verb.head.i < span.start
            and any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") and c.i >= span.end for c in verb.children))


def _names_a_day(span: Span) -> bool:
    """A weekday, 'tomorrow', or a month and its day in SPAN."""
    return any(t.lower_.rstrip(".") in WEEKDAYS or t.lower_ == "tomorrow" or (t.like_num and t.i > span.start
               and span.doc[t.i - 1].lower_.rstrip(".") in MONTHS) for t in span)


def _schedules(verb, span: Span, prep: str | None) -> bool:
    """VERB puts the date SPAN (after PREP) ahead: 'has scheduled a news conference Thursday',
    'was planned for early March', 'a summit set for April', 'planned to leave on Thursday',
    'is to resume trading Tuesday'; not 'On Friday, the government planned to pay', 'a record
    set on Aug. 6', 'expects to report a loss for the third quarter' (the period reported on)."""
    if verb.lower_ in SCHEDULING_VERBS:
        return span.start > verb.i
    if verb.lower_ in SET_VERBS:  # "set for April", "a summit set for Washington in April"
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in SET_PARTICLES for c in verb.children):
            return False  # "set aside $200 million for bad loans", "set up a unit": another verb
        return prep == "for" or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and prep != "for" and verb.dep_ in ("xcomp", "ccomp") and verb.head.lower_ in INTENT_VERBS


def _tense_of(verb) -> str | None:
    tense = _verb_tense(verb)
    if tense is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        tense = _verb_tense(verb.head)  # "shares rose, rising to $42 in June from $29 in March"
    if tense == "FUTURE" and any(_verb_tense(a) == "PAST" for a in verb.ancestors if a.pos_ in ("VERB", "AUX")):
        return "PROSPECTIVE"  # future in the past ("announced that … will"): ahead of when it was said
    if tense is None and verb.lower_ in EXPECTATION_VERBS:
        return "PROSPECTIVE"  # "expects a loss in the fourth quarter"
    return tense


# Present-tense verbs of a timetable: a date they govern is ahead ("Congress reconvenes Jan. 24",
# "the rights, which expire Nov. 21", "the appointment takes effect Nov. 13").
TIMETABLE_VERBS = frozenset({"begins", "begin", "starts", "start", "opens", "open", "resumes", "resume", "reconvenes",
                             "reconvene", "convenes", "convene", "meets", "meet", "expires", "expire", "arrives", "arrive",
                             "leaves", "leave"})
TIMETABLE_OBJECTS = {"takes": "effect", "take": "effect", "kicks": "off", "kick": "off"}  # "takes effect Nov. 13"
PAST_AUX = frozenset({"had", "did", "was", "were", "has", "have", "'d"})
# A time to come that the sentence does not assert (Tense "PROSPECTIVE", date_context.py): a modal ("would
# complete the sale in the fourth quarter", "could return to profit"), a future reported in the past ("said
# it will"), an expectation in the present ("expects a loss in the fourth quarter"). "would have" is past.
MODAL_AUX = frozenset({"would", "could", "may", "might", "should"})
PRESENT_OR_MODAL_AUX = frozenset({"is", "are", "am", "be", "'s", "'re", "must", "can", "could", "would",
                                  "should", "may", "might", "to", "being"})


def _verb_tense(verb) -> str | None:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX:
        return "FUTURE"
    if aux & PAST_AUX:
        return "PAST"
    if aux & MODAL_AUX:
        return "PROSPECTIVE"
    if verb.tag_ == "VBD" and not aux:
        return "PAST"
    if verb.tag_ in ("VBZ", "VBP") and not aux and (
            verb.lower_ in TIMETABLE_VERBS
            or any(c.lower_ == TIMETABLE_OBJECTS.get(verb.lower_) for c in verb.children)):
        return "FUTURE"
    if verb.tag_ == "VBN" and not aux and verb.dep_ in ("acl", "amod") and verb.lower_ in EXPECTED_PARTICIPLES:
        return "PROSPECTIVE"  # "a special meeting expected in January"
    if verb.tag_ == "VBN" and not aux & PRESENT_OR_MODAL_AUX:
        return "PAST"  # also "the injunction issued Thursday", "products introduced in April"
    return None
