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
