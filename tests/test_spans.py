"""Span helpers (extract/spans.py) that read what spaCy's own accessors give, without building them."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from extract.spans import ents_over

VOCAB = spacy.blank("en").vocab
LABELS = ("ORG", "DATE", "PERSON")


@st.composite
def tagged(draw):
    """Words with BIO entity tags: each entity a label and a length, entities touching or apart."""
    tags: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            tags += ["O"] * draw(st.integers(1, 3))
        label, length = draw(st.sampled_from(LABELS)), draw(st.integers(1, 4))
        tags += [f"B-{label}"] + [f"I-{label}"] * (length - 1)
    return tags


@settings(max_examples=200, deadline=None)
@given(tagged())
def test_ents_over_gives_the_doc_ents_that_share_a_token_with_the_span(tags):
    doc = Doc(VOCAB, words=[f"w{i}" for i in range(len(tags))], ents=tags)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            expected = [(e.start, e.end, e.label_) for e in doc.ents if e.start < end and start < e.end]
            assert [(e.start, e.end, e.label_) for e in ents_over(doc[start:end])] == expected


def test_ents_over_a_doc_without_entities_is_empty():
    doc = Doc(VOCAB, words=["no", "names", "here"])
    assert ents_over(doc[0:3]) == []


WORDS = ("than", "Than", "THAN", "vs.", "beat", "Beats", "apple", "the", "-", "versus")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sets(st.sampled_from(("than", "vs.", "beats", "versus", "pear"))))
def test_tokens_among_gives_the_tokens_whose_lower_case_is_listed(words, wanted):
    """tokens_among reads the LOWER array: the tokens whose lower_ is one of the words, in doc order."""
    from extract.spans import tokens_among, word_ids

    doc = Doc(VOCAB, words=words)
    assert [t.i for t in tokens_among(doc, word_ids(wanted))] == [t.i for t in doc if t.lower_ in wanted]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(("Class", "A", "shares", "Mini", "LED", "TVs", "its", "5G", "AI", "PC", "the")), min_size=1,
                max_size=9), st.lists(st.booleans(), min_size=9, max_size=9), st.data())
def test_in_generic_term_reads_the_longer_spans_as_span_text_does(words, spaces, data):
    """names._in_generic_term joins the longer spans' texts from their tokens: the same answer as
    Span.text of every span up to GENERIC_REACH tokens wider on each side (a guard: main's way)."""
    from extract.names import GENERIC_NAMES, GENERIC_REACH, _in_generic_term

    doc = Doc(VOCAB, words=words, spaces=spaces[:len(words)])
    start = data.draw(st.integers(0, len(doc) - 1))
    end = data.draw(st.integers(start + 1, len(doc)))
    span = doc[start:end]
    expected = any(doc[a:b].text in GENERIC_NAMES for a in range(max(start - GENERIC_REACH, 0), start + 1)
                   for b in range(end, min(end + GENERIC_REACH, len(doc)) + 1))
    assert _in_generic_term(span) == expected
