"""names.Candidate.key, remembered per span (votes ask it many times), follows the span when it changes."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from extract.names import Candidate, spelling_key


def test_the_key_follows_the_span():
    doc = Doc(spacy.blank("en").vocab, words=["Link", "Now", "said", "LinkNow", "grew"])
    cand = Candidate(Span(doc, 0, 1, label="ORG"), "model", "ORG")
    assert cand.key == spelling_key("Link")
    cand.span = Span(doc, 0, 2, label="ORG")  # _complete_variants extends a candidate
    assert cand.key == spelling_key("Link Now") == spelling_key("LinkNow")
    cand.span = Span(doc, 3, 4, label="PRODUCT")
    assert cand.key == spelling_key("LinkNow")
    span = Span(doc, 0, 1, label="ORG")
    cand.span = span
    assert cand.key == spelling_key("Link")
    span.end = 2  # the same Span object, other tokens
    assert cand.key == spelling_key("Link Now")
