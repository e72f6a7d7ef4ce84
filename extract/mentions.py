"""Doc -> Mention records: offsets into the whole file, normalized values (ANNOTATION.md §3-4)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.articles import Article
from extract.normalize.dates import (PERIOD_END_WORDS, anchors_anaphora, compared_against, normalize_date,
                                     point_from_timex)
from extract.normalize.money import normalize_money
from extract.normalize.names import QUOTE_CHARS, normalize_name
from extract.normalize.percent import normalize_percent
from extract.name_words import ABBREVIATED_SUFFIXES, DOTTED_INITIALS
from extract.records import LABELS, MENTION_ADAPTER, NAME_LABELS, MentionBase

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
INTENT_VERBS = SCHEDULING_VERBS | SET_VERBS | {
    "expect", "expects", "expected", "intend", "intends", "intended", "aim", "aims", "aimed", "prepare", "prepares",
    "prepared", "propose", "proposes", "proposed", "vow", "vows", "vowed", "promise", "promises", "promised",
    "pledge", "pledges", "pledged", "due", "is", "are", "was", "were", "'s", "'re"}
INTENT_ADJECTIVES = frozenset({"slated", "scheduled", "planned", "upcoming", "forthcoming", "proposed"})
# Nouns after "today's" that make it the present age ("today's youth"), not the day ("today's talks").
PRESENT_AGE_NOUNS = frozenset({"world", "youth", "society", "generation", "generations", "culture", "economy",
                               "children", "kids", "standards", "technology"})  # nouns a date may modify and still take the tense of their verb
SOMEDAY_WORDS = frozenset({"one day", "some day", "someday"})  # after a modal: FUTURE_REF
NAME_TRAILING = ".,;:!?" + QUOTE_CHARS


def doc_mentions(doc: Doc, article: Article, offset: int = 0) -> list[MentionBase]:
    """Records for the doc's ORG, PRODUCT, DATE, MONEY and PERCENT spans, sorted by (start, end).

    OFFSET is where the doc's text starts in the article text (after front matter).
    """
    records = []
    anchor: str | None = None
    period_anchored = False  # did the DATE before a closing day ("the quarter" of "the quarter ended") anchor?
    for span in doc.ents:
        if span.label_ not in LABELS:
            continue
        start, end = span.start_char + offset, span.end_char + offset
        if span.label_ in NAME_LABELS:
            start, end = _trim_name(article.text, start, end)
        text = article.text[start:end]
        compared = span.label_ == "DATE" and compared_against(article.text[span.sent.start_char + offset:start])
        value = span_value(span, text, article, anchor, compared)
        if value is None:
            continue
        if span.label_ == "DATE":
            closing = span.start > 0 and span.doc[span.start - 1].lower_ in PERIOD_END_WORDS
            if (point_from_timex(value["timex"]) is not None and not (closing and period_anchored)
                    and anchors_anaphora(text, compared) and not _indefinite(span)):
                anchor, period_anchored = value["timex"], True
            else:
                period_anchored = False
                if value["type"] == "DURATION" and text.lower().startswith("the "):
                    anchor = None  # "the first nine months … a year earlier": that period, no point to shift
        records.append(MENTION_ADAPTER.validate_python({
            "article": article.path, "label": span.label_, "text": text,
            "start": start, "end": end, "value": value,
        }))
    return sorted(records, key=lambda r: (r.start, r.end))


def _indefinite(span: Span) -> bool:
    """'after a flat second quarter': a period named in passing, with an indefinite article
    (and an adjective), is not the one a later 'the year-earlier period' counts from."""
    doc = span.doc
    before = [doc[i].lower_ for i in range(max(span.start - 2, 0), span.start)]
    return len(before) == 2 and before[0] in ("a", "an") and doc[span.start - 1].pos_ == "ADJ"


def span_value(span: Span, text: str, article: Article, anchor: str | None, compared: bool = False) -> dict | None:
    """SPAN's normalized value; for a DATE, ANCHOR is the previous DATE mention's timex and
    COMPARED says it stands in a comparison ("compared with $3 million last year")."""
    label = span.label_
    if label == "DATE":
        if _nowadays(span):
            return normalize_date("nowadays")  # ANNOTATION §2: "today" meaning nowadays is PRESENT_REF
        if _someday(span):
            return {"type": "DATE", "timex": "FUTURE_REF", "mod": None, "start": None, "end": None}
        return normalize_date(text, article.published, governing_tense(span), anchor,
                              _closing_day(span, article, anchor), compared)
    if label == "MONEY":
        return normalize_money(text, span.sent.text, article.text)
    if label == "PERCENT":
        return normalize_percent(text)
    return normalize_name(text)


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


def _closing_day(span: Span, article: Article, anchor: str | None) -> str | None:
    """The timex of the date after 'ended' that closes SPAN's period ('the year ended March 31')."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in PERIOD_END_WORDS:
        return None
    closing = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == "DATE"), None)
    value = closing and normalize_date(closing.text, article.published, governing_tense(closing), anchor)
    return value["timex"] if value else None


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
        if head.pos_ in ("VERB", "AUX"):
            if hop == 0 and _schedules(head, span, prep):
                return "FUTURE"
            if hop == 0 and prep is None and head.lower_ in SET_VERBS:
                return None  # "set Nov. 10 as the deadline": the date is what is set, not when
            return _tense_of(head)
        if head.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
        if any(c.dep_ == "amod" and c.lower_ in INTENT_ADJECTIVES for c in head.children):
            return "FUTURE"  # "the slated visit in September"
        token = head
    return None


def _schedules(verb, span: Span, prep: str | None) -> bool:
    """VERB puts the date SPAN (after PREP) ahead: 'has scheduled a news conference Thursday',
    'was planned for early March', 'a summit set for April', 'planned to leave on Thursday',
    'is to resume trading Tuesday'; not 'On Friday, the government planned to pay', 'a record
    set on Aug. 6', 'expects to report a loss for the third quarter' (the period reported on)."""
    if verb.lower_ in SCHEDULING_VERBS:
        return span.start > verb.i
    if verb.lower_ in SET_VERBS:  # "set for April", "a summit set for Washington in April"
        return prep == "for" or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and prep != "for" and verb.dep_ == "xcomp" and verb.head.lower_ in INTENT_VERBS


def _tense_of(verb) -> str | None:
    tense = _verb_tense(verb)
    if tense is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        tense = _verb_tense(verb.head)  # "shares rose, rising to $42 in June from $29 in March"
    if tense == "FUTURE" and any(_verb_tense(a) == "PAST" for a in verb.ancestors if a.pos_ in ("VERB", "AUX")):
        return None  # future in the past ("announced that … will"): the nearest date
    return tense


# Present-tense verbs of a timetable: a date they govern is ahead ("Congress reconvenes Jan. 24",
# "the rights, which expire Nov. 21", "the appointment takes effect Nov. 13").
TIMETABLE_VERBS = frozenset({"begins", "begin", "starts", "start", "opens", "open", "resumes", "resume", "reconvenes",
                             "reconvene", "convenes", "convene", "meets", "meet", "expires", "expire", "arrives", "arrive",
                             "leaves", "leave"})
TIMETABLE_OBJECTS = {"takes": "effect", "take": "effect", "kicks": "off", "kick": "off"}  # "takes effect Nov. 13"
PAST_AUX = frozenset({"had", "did", "was", "were", "has", "have", "'d"})
PRESENT_OR_MODAL_AUX = frozenset({"is", "are", "am", "be", "'s", "'re", "must", "can", "could", "would",
                                  "should", "may", "might", "to", "being"})


def _verb_tense(verb) -> str | None:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX:
        return "FUTURE"
    if aux & PAST_AUX:
        return "PAST"
    if verb.tag_ == "VBD" and not aux:
        return "PAST"
    if verb.tag_ in ("VBZ", "VBP") and not aux and (
            verb.lower_ in TIMETABLE_VERBS
            or any(c.lower_ == TIMETABLE_OBJECTS.get(verb.lower_) for c in verb.children)):
        return "FUTURE"
    if verb.tag_ == "VBN" and not aux & PRESENT_OR_MODAL_AUX:
        return "PAST"  # also "the injunction issued Thursday", "products introduced in April"
    return None


def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """ANNOTATION §2: no trailing punctuation or quotes in a name, but an abbreviated suffix keeps
    its period ('Acme Corp.', 'Nordwind Co.' also at the end of a sentence; 'Publishers Ltd.')."""
    while end > start and text[end - 1] in NAME_TRAILING:
        end -= 1
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    if end < len(text) and text[end] == "." and _abbreviated_end(text[start:end]):
        end += 1
    return start, end


def _abbreviated_end(name: str) -> bool:
    """'Acme Corp', 'Procter & Gamble Co', 'Nestle S.A': the name ends in an abbreviated suffix."""
    last = name.rsplit(None, 1)[-1] if name.split() else ""
    return (" " in name and last in ABBREVIATED_SUFFIXES) or bool(DOTTED_INITIALS.search(name + "."))
