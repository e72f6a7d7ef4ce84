"""What the model reads as an ORG and is not one: people, titles, towns, facilities, datelines, laws and events.

ANNOTATION.md §2: people, countries, cities and states are no ORG mentions.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from extract.name_words import (BUSINESS_KIND_WORDS, BUSINESS_UNIT_NOUNS, COUNT_WORDS, DEPARTMENT_TITLES, EVENT_KIND_WORDS,
                                EVENT_NOUNS, FACILITY_NOUNS, FACILITY_WORDS, SHOW_KINDS, SHOW_NOUNS, HONORIFICS, LAW_AND_EVENT_WORDS, LAW_NOUNS, OFFICER_TITLES, ORG_SUFFIXES,
                                OWNED_PRODUCT_NOUNS, PERSON_ROLE_NOUNS, PLACE_FEATURE_WORDS, PORTFOLIO_TITLES, SETTLEMENT_NOUNS, TITLE_DEPARTMENTS,
                                US_STATE_ABBREVIATIONS, US_STATE_NAMES)
from extract.records import NAME_LABELS
from extract.rules import load_names
from extract.spans import POSSESSIVES, spelling_key

POSSESSIVE_END = re.compile(r"\s*['\u2019]s?$")
# The state abbreviations as one tuple: str.startswith tries them all in one call.
STATE_PREFIXES = tuple(sorted(US_STATE_ABBREVIATIONS))
COUNTRY_NAMES = frozenset(load_names("country_names"))
# Their spellings in any case and spacing ("MALAYSIA" in a capitals line, the ner's "UnitedStates").
COUNTRY_KEYS = frozenset(spelling_key(name) for name in COUNTRY_NAMES)


def inside_person(span: Span) -> bool:
    """'Weil' in the person 'Ulric Weil' (not the company 'Weil amp Associates' it shortens)."""
    doc = span.doc
    if span[0].ent_type_ != "PERSON":
        return False
    start, end = span.start, span.end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].text not in POSSESSIVES:
        end += 1
    return (start, end) != (span.start, span.end)


def person_names(doc: Doc, org_names: list[str]) -> set[str]:
    """Names the article gives to people, and their surnames: names after a person's role
    ("astronaut Bertalan Farkas"), names listed with people ("Popov and Riumin"), and the
    model's PERSONs of two words or more that it never also reads as a name of something else
    ("Baby Ruth") and that do not begin an organization's name of the article ("Milton Roy" of
    "Milton Roy Corp."; a person "of" a firm, "Ann Lee of Nordwind Securities", is no part of
    its name). One-word PERSONs are too often companies the model misread."""
    ents = doc.ents  # built anew at each access: once
    other_labels = {e.text for e in ents if e.label_ in NAME_LABELS}
    people = set()
    for ent in ents:
        if ent.label_ not in ("ORG", "PERSON"):
            continue
        text = POSSESSIVE_END.sub("", ent.text)
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        listed = len(ent) > 1 and ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "PERSON"
        weak = (ent.label_ == "PERSON" and len(ent) > 1 and text not in other_labels
                and not any(name.startswith(text) and not name[len(text):].startswith(" of ") for name in org_names))
        if before in PERSON_ROLE_NOUNS or listed or weak:
            people.add(text)
            last = ent[-1].text
            if len(ent) > 1 and last[:1].isupper() and not last.isupper() and len(last) > 2:
                people.add(last)
                first = ent[0].text
                if len(ent) <= 3 and first_name(first) and first not in org_names:
                    people.add(first)  # "Eliot is going to make it a priority" after "Eliot Spitzer"
    return people


def first_name(word: str) -> bool:
    """A word that can be a person's first name: capitalised letters, no initial or title ('J.', 'Dr.')."""
    return len(word) > 2 and word[0].isupper() and word[1:].islower() and word.isalpha() and word not in HONORIFICS


def not_an_org(span: Span, people: set[str]) -> bool:
    """A model ORG that is a person ("Farkas", "Dr. Slepian", "Perelman" after "Mr."), a title ("Mr"), a town, a
    facility, places joined by a hyphen, an ordinary word opening a sentence ("Ransomware payments rose"), an
    officer's title alone ("Tesla's CFO") or a country ("Consumer prices in Uruguay rose")."""
    after_honorific = span.start > 0 and span.doc[span.start - 1].text.rstrip(".") in HONORIFICS  # "Mr. Perelman's"
    return (span.text in people or span.text.rstrip(".") in HONORIFICS or span[0].text.rstrip(".") in HONORIFICS
            or all(t.lower_ in PERSON_ROLE_NOUNS for t in span) or spelling_key(span.text) in COUNTRY_KEYS
            or after_honorific or place_or_facility(span) or place_compound(span) or town_named_like_company(span)
            or common_word_opening(span))


OPENING_MARKS = frozenset({'"', "\u201c", "'", "\u2018", "(", "-", "\u2014"})  # what may stand before a sentence's first word


def opens_sentence(token) -> bool:
    """TOKEN is its sentence's first word (after quotes, brackets or dashes). Read back from TOKEN to its
    sentence's start, as Token.sent finds it, without the sentence's Span: mostly the word before says no."""
    doc, i = token.doc, token.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
        if not (doc[i].text in OPENING_MARKS or doc[i].is_space):
            return False
    return True


def capitalised_opening(span: Span) -> bool:
    """One capitalised word (no acronym, 'SAP') opening its sentence."""
    return len(span) == 1 and span.text[:1].isupper() and not span.text.isupper() and opens_sentence(span[0])


def common_word_opening(span: Span) -> bool:
    """'Ransomware payments rose' beside the article's 'ransomware gangs': one capitalised word opening a
    sentence, which the article writes in lower case elsewhere and never capitalised inside a sentence, is
    the ordinary word its sentence's first place capitalises, no name by itself (not an acronym, 'SAP')."""
    if not capitalised_opening(span):
        return False
    token = span[0]
    if not (span.doc.to_array(ORTH) == get_string_id(token.text.lower())).any():
        return False
    return not written_inside_sentence(token)


def written_inside_sentence(token) -> bool:
    """Another word of TOKEN's doc, spelt as it is, stands inside its sentence (not at its opening). The doc's
    words are compared by their spelling's hash in one array, not as a Token each."""
    doc = token.doc
    return any(i != token.i and not opens_sentence(doc[i])
               for i in numpy.flatnonzero(doc.to_array(ORTH) == token.orth).tolist())


PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})


def place_compound(span: Span) -> bool:
    """'the Iraq-Kuwait border', 'U.S.-Cuban relations': names joined by a hyphen written without spaces,
    each of which the ner reads elsewhere in the article as a place or a nationality (PLACE_TYPES)."""
    doc = span.doc
    hyphens = [t.i for t in span[1:-1] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    if len(hyphens) == 1:
        parts = [doc[span.start:hyphens[0]].text, doc[hyphens[0] + 1:span.end].text]
    elif len(span) == 1 and span.text.count("-") == 1:  # "U.S.-Cuban", one token
        parts = span.text.split("-")
    else:
        return False
    places = {e.text for e in doc.ents if e.label_ in PLACE_TYPES}
    return all(part in places for part in parts)


def without_title(span: Span) -> Span | None:
    """'Air Force Lieutenant Colonel' before 'Eileen Collins' -> 'Air Force', 'Nordwind Chief
    Executive Ann Lee' read as one ORG -> 'Nordwind': a person's title after the name of their
    service, agency or company, and the person after it, are no part of it; the name is an ORG."""
    doc, end = span.doc, span.end
    # an officer's title inside the span, then a person's name: two capitalised words or more that end no organization's name
    title = next((t.i for t in span[1:] if t.lower_ in OFFICER_TITLES and _persons_name_after(doc, t.i + 1, span.end)), None)
    if title is not None:
        end = title
    elif end >= len(doc) or not doc[end].text[:1].isupper():
        return span
    while end > span.start and doc[end - 1].lower_ in PERSON_ROLE_NOUNS:
        end -= 1
    # the name a person's title follows is their organization's
    return span if end == span.end else (Span(doc, span.start, end, label="ORG") if end > span.start else None)


def in_a_title(span: Span) -> bool:
    """'Secretary of State Antony Blinken', 'Secretary of Energy', 'Defense Secretary Dick Cheney',
    'Finance Minister Jane Doe': a department's short name after a minister's title and 'of', or
    right before the title (name_words.TITLE_DEPARTMENTS, DEPARTMENT_TITLES), any name right before
    'Minister' (PORTFOLIO_TITLES), and the person after it, are the person's title and name, no ORG."""
    doc, i = span.doc, span.start - 1
    if span.end < len(doc) and doc[span.end].lower_ in DEPARTMENT_TITLES and all(t.text in TITLE_DEPARTMENTS for t in span):
        return True
    if span.end < len(doc) and doc[span.end].lower_ in PORTFOLIO_TITLES:
        return True  # "Russian Economic Development Minister Maxim Oreshkin": the minister's portfolio
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (span[0].text in TITLE_DEPARTMENTS and i >= 1 and doc[i].lower_ == "of"
            and doc[i - 1].lower_ in DEPARTMENT_TITLES)


def _persons_name_after(doc: Doc, start: int, end: int) -> bool:
    """Words START..END, after more titles ('Chief Executive'), are a person's name: two capitalised
    words or more, none that ends an organization's or a facility's name ('General Hospital')."""
    while start < end and doc[start].lower_ in PERSON_ROLE_NOUNS:
        start += 1
    words = doc[start:end]
    return len(words) >= 2 and all(w.text[:1].isupper() and w.text.replace("-", "").replace(".", "").isalpha()
                                   and w.text not in ORG_SUFFIXES and w.text not in FACILITY_WORDS for w in words)


def law_or_event(span: Span) -> bool:
    """'the Digital Services Act', 'the Farnborough Airshow': a law's or an event's name (its last
    word, name_words.LAW_AND_EVENT_WORDS, or a law's noun after a name of two words or more, 'the
    Corrupt Organizations law') names no organization and no product; one word before the noun is
    the law's maker or owner ('the Senate bill', 'an SEC directive'). Nor do the first words of one
    ('Consumer Electronics' of 'the Consumer Electronics Show': the word after them is the last word)."""
    doc = span.doc
    nxt = doc[span.end].text if span.end < len(doc) and doc[span.end].ent_type_ != "PERSON" else ""  # 'Bill Gates'
    return (span[-1].text in LAW_AND_EVENT_WORDS or nxt in LAW_AND_EVENT_WORDS
            or (len(span) > 1 and nxt in LAW_NOUNS) or _event_noun_after(span))


def _event_noun_after(span: Span) -> bool:
    """'the IFA expo', 'the MWC trade fair', 'the Computex trade show': a trade fair's lowercase noun
    (name_words.EVENT_NOUNS; a show's only after a word of its kind, SHOW_KINDS) after the name, with up to
    EVENT_KIND_WORDS lowercase words between, that ends the noun phrase ('Morningstar fair value
    estimate' is the firm's estimate)."""
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end <= EVENT_KIND_WORDS and doc[i].text.islower():
        word = doc[i].text
        if word in EVENT_NOUNS or (word in SHOW_NOUNS and doc[i - 1].text in SHOW_KINDS):
            return not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"))
        i += 1
    return False


def business_unit(span: Span) -> bool:
    """'its Emery Worldwide shipping business', 'a Hostess cake bakery': a name before the noun of
    a company's business (name_words.BUSINESS_UNIT_NOUNS), with up to BUSINESS_KIND_WORDS lowercase
    words of its kind between, is the business unit's name."""
    doc, i, kind = span.doc, span.end, 0
    while i < len(doc) and kind <= BUSINESS_KIND_WORDS:
        word = doc[i].text
        if word in BUSINESS_UNIT_NOUNS:
            counted = any(t.like_num or t.lower_ in COUNT_WORDS for t in doc[max(span.start - 3, 0):span.start])
            return not (word in ("unit", "units") and counted)  # "fewer Quest 3 headset units": devices
        if word in OWNED_PRODUCT_NOUNS:
            return False  # "the Quest 3 headset units", "its Fenix watch business": a product's
        if not (word.islower() or word == "-") or doc[i].pos_ not in ("NOUN", "ADJ", "VERB", "PUNCT"):
            return False
        kind += word != "-"
        i += 1
    return False


def place_or_facility(span: Span) -> bool:
    """'Blue Bell, Pa.', 'Norwood, Mass.-based': a town; 'the Marina Hotel', 'MGM Grand Hotel': a facility;
    'the Florida Straits': a sea."""
    doc = span.doc
    nxt = doc[span.end].text if span.end < len(doc) else ""
    after = doc[span.end + 1].text if span.end + 1 < len(doc) and nxt == "," else ""
    return (span[-1].text in FACILITY_WORDS or nxt in FACILITY_WORDS or nxt in FACILITY_NOUNS
            or (len(span) > 1 and span[-1].text in PLACE_FEATURE_WORDS) or after.startswith(STATE_PREFIXES))


# The longest US state name, in words ("North Carolina").
STATE_NAME_WORDS = max(len(name.split()) for name in US_STATE_NAMES)
# States named like their cities: "Citicorp, New York, said" and "Ann Lee, CNN, Washington" give a company's city.
CITY_STATE_NAMES = frozenset({"New York", "Washington"})
# Prepositions of a place before a town's name and its country ("in Hershey, Italy"); "near" alone names a place.
PLACE_PREPOSITIONS = frozenset({"in", "near", "to", "from", "at", "outside"})
# Words after a town's country that end its phrase ("in Eni, Italy."; not "Crazy Eddie, Edison, N.J.", a company's city).
PLACE_PHRASE_ENDS = frozenset({".", ";", ")", "!", "?"})


def town_named_like_company(span: Span) -> bool:
    """'in Hershey, Pennsylvania', 'Nike, Ore.', 'near Hershey', 'the town of Hershey', 'Eni, a village':
    a known company's name that the sentence makes a town's is no ORG. After a comma, the town's state (its
    name, not a city's too, 'Citicorp, New York, said'; or its abbreviation) that ends no longer name ('Dell,
    Texas Instruments and Intel') and owns nothing ("Apple, California's biggest company"), or the ner's
    country after a place's preposition, ending the phrase ('in Eni, Italy.'; not 'at Donaldson, Lufkin amp
    Jenrette', 'of Crazy Eddie, Edison, N.J.'); before it, 'near' (not before a noun, 'near Khmer Rouge
    headquarters') or a settlement's noun and 'of'; after it, a comma and 'a'/'the' (an adjective) and a
    settlement's noun."""
    doc, start, end = span.doc, span.start, span.end
    after_possessive = end < len(doc) and doc[end].text in POSSESSIVES
    if end + 1 < len(doc) and doc[end].text == ",":
        i = end + 1
        place_end = next((i + n for n in range(STATE_NAME_WORDS, 0, -1) if i + n <= len(doc)
                          and doc[i:i + n].text in US_STATE_NAMES and doc[i:i + n].text not in CITY_STATE_NAMES), None)
        if place_end is None and doc[i].text.startswith(STATE_PREFIXES):
            if doc[i].text not in US_STATE_ABBREVIATIONS:
                return True  # "Hershey, Pa.-based": the town of a descriptor, one word with it
            place_end = i + 1
        before = doc[start - 1].lower_ if start > 0 else ""
        if place_end is None and doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "GPE" and before in PLACE_PREPOSITIONS:
            country_end = i + 1
            while country_end < len(doc) and doc[country_end].ent_iob_ == "I":
                country_end += 1
            if country_end == len(doc) or doc[country_end].text in PLACE_PHRASE_ENDS:
                return True
        if place_end is not None and (place_end == len(doc) or not (
                doc[place_end].text in POSSESSIVES or doc[place_end].text[:1].isupper() or doc[place_end].lower_ == "and")):
            return True
        j = end + 2 if doc[end + 1].lower_ in ("a", "the") else None
        if j is not None and j + 1 < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        if j is not None and j < len(doc) and doc[j].lower_ in SETTLEMENT_NOUNS:
            return True
    if start > 0 and doc[start - 1].lower_ == "near" and not after_possessive and not (
            end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower):  # "near Khmer Rouge headquarters"
        return True
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in SETTLEMENT_NOUNS and not after_possessive


DATELINE_MARKS = ("(", "-", "--", "_", "\u2013", "\u2014")
# Words of a dateline's country or state, and of its date, between its place and its mark ("KYOTO, Japan —",
# "ROUND ROCK, Texas —", "FRANKFURT, March 3 (Reuters) -", "AUSTIN, Texas, Oct. 5 (Reuters) -").
DATELINE_PLACE_WORDS = 6


def dateline(span: Span) -> bool:
    """'SEATTLE (Reuters) -', 'KYOTO, Japan —', 'FRANKFURT, March 3 (Reuters) -': a place in capitals
    opening a wire story's line, before its mark or before a comma, its country or state and its date,
    and the mark, is not an organization."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text + doc[span.start - 1].whitespace_
    if not (span.text.isupper() and at_line_start):
        return False
    end = span.end
    if end < len(doc) and doc[end].text == ",":
        words = doc[end + 1:end + 1 + DATELINE_PLACE_WORDS + 1]
        mark = next((t.i for t in words if t.text in DATELINE_MARKS), None)
        if mark is None or mark == end + 1 or not all(
                t.text[:1].isupper() or (t.is_digit and len(t) <= 2) or t.text in (",", ".") for t in doc[end + 1:mark]):
            return False
        end = mark
    return end < len(doc) and doc[end].text in DATELINE_MARKS
