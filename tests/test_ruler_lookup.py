"""The attribute_ruler with its one-token patterns looked up (extract/ruler_lookup.py) sets what the model's own sets."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, NORM, POS, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc, DocBin

from extract.pipeline import MODEL
from extract.ruler_lookup import LookupAttributeRuler, RulerLookup, speed_up
from tests.conftest import CORPUS

TEXTS = [  # the contractions and spaces the ruler's longer patterns and exceptions are about
    "I ain't gonna say it, let's go, we gotta win.  \n\n Y'all can't, won't or wasn't there 'cause he'd've known.",
    "Acme Holdings Ltd earned $5 million on Tuesday, up 3% from Quill Pad sales. The U.S. said: 'no'.",
    "There are two ways out, and there was a third. There is none now.",
]


@pytest.fixture(scope="module")
def model():
    return spacy.load(MODEL)


def test_lookup_sets_the_same_pos_morph_and_lemmas_as_the_ruler(model):
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        parsed = DocBin(docs=list(model.pipe(texts))).to_bytes()
    ruler, lemmatizer = model.get_pipe("attribute_ruler"), model.get_pipe("lemmatizer")
    stock = [lemmatizer(ruler(d)) for d in DocBin().from_bytes(parsed).get_docs(model.vocab)]
    own = ruler.matcher
    speed_up(ruler)
    try:
        assert isinstance(ruler.matcher, RulerLookup) and ruler.matcher.usable and isinstance(ruler, LookupAttributeRuler)
        assert ruler.matcher.annotate(model.make_doc("a test"), ruler.attrs, ruler.indices)  # the arrays write this model's
        looked_up = [lemmatizer(ruler(d)) for d in DocBin().from_bytes(parsed).get_docs(model.vocab)]
    finally:
        ruler.matcher = own
    # the longer patterns matched: "there is" (DEP expl + a form of be: POS VERB), "gonna" (lemmas go, to)
    assert any(t.i and t.nbor(-1).dep_ == "expl" and t.lower_ in ("is", "are", "was") and t.pos_ == "VERB" for d in stock for t in d)
    assert [t.lemma_ for t in stock[0] if t.lower_ in ("gon", "na")] == ["go", "to"]
    for a, b in zip(stock, looked_up):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in a] == [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in b]
        assert (a.to_array([POS, MORPH, LEMMA, TAG, DEP]) == b.to_array([POS, MORPH, LEMMA, TAG, DEP])).all()


ROWS = [  # ruler-style rows: one-token patterns on named values, a REGEX, a boolean, a longer pattern
    {"patterns": [[{"TAG": "NN"}]]},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}, "LOWER": "had"}]]},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]]},
    {"patterns": [[{"IS_SPACE": True}]]},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}], [{"LOWER": "wan", "OP": "?"}, {"LOWER": "na"}]]},
]
WORDS = [("He", "PRP"), ("had", "VBD"), ("had", "VBN"), ("Had", "VBD"), ("n't", "RB"), ("nt", "RB"), ("not", "RB"),
         (" ", "_SP"), ("gon", "VBG"), ("na", "TO"), ("wan", "VBP"), ("cat", "NN"), ("dog", "NN"), ("na", "NN")]


def test_lookup_finds_the_matchers_matches():
    vocab = spacy.blank("en").vocab
    whole = Matcher(vocab)
    for number, row in enumerate(ROWS):
        whole.add(vocab.strings.add(str(number)), row["patterns"])
    lookup = RulerLookup(whole, ROWS, vocab)
    words, tags = zip(*WORDS)
    for doc in (Doc(vocab, words=list(words), tags=list(tags)), Doc(vocab, words=list(words[::-1]), tags=list(tags[::-1]))):
        assert sorted(lookup(doc, allow_missing=True, as_spans=False)) == sorted(whole(doc, allow_missing=True))
    assert [lookup.attrs[j] for j, _, _ in lookup.tested] == ["LOWER"]  # a REGEX is keyed on its answer
    assert pickle.loads(pickle.dumps(lookup)).attrs == lookup.attrs


def _docs(vocab):
    """A parsed doc (its space tokens get the parser's 'dep'), then the same words unparsed (no DEP: '', hash 0)."""
    words, tags = ["Shares", " ", "rose", "nothing", "nuthin'"], ["NNS", "_SP", "VBD", "NN", "NN"]
    parsed = Doc(vocab, words=words, tags=tags, heads=[2, 2, 2, 2, 2], deps=["nsubj", "dep", "ROOT", "dobj", "dep"])
    return [parsed, Doc(vocab, words=words, tags=tags)]


LOOKUP_CASES = [  # (rows, docs): the lookup must give the Matcher's matches on each doc, in turn, with one memo
    pytest.param([{"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]]}], _docs, id="no DEP is not an unnamed DEP"),
    pytest.param([{"patterns": [[{"TAG": "NN"}]]}], _docs, id="one attribute"),
    pytest.param([{"patterns": [[{}]]}, {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]]}], _docs, id="no attribute"),
    pytest.param([{"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]]}, {"patterns": [[{"LOWER": "rose"}]]}], _docs, id="regex"),
]


@pytest.mark.parametrize("rows,make", LOOKUP_CASES)
def test_lookup_matches_like_the_matcher(rows, make):
    vocab = spacy.blank("en").vocab
    whole = Matcher(vocab)
    for number, row in enumerate(rows):
        whole.add(vocab.strings.add(str(number)), row["patterns"])
    lookup = RulerLookup(whole, rows, vocab)
    for doc in make(vocab):
        assert sorted(lookup(doc, allow_missing=True)) == sorted(whole(doc, allow_missing=True))


def test_lookup_memo_is_bounded_by_the_patterns_not_the_text():
    vocab = spacy.blank("en").vocab
    rows = [{"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]]}, {"patterns": [[{"TAG": "NN", "LOWER": "had"}]]}]
    whole = Matcher(vocab)
    for number, row in enumerate(rows):
        whole.add(vocab.strings.add(str(number)), row["patterns"])
    lookup = RulerLookup(whole, rows, vocab)
    words = [f"w{i}" for i in range(300)] + ["nothin'", "nuthin'", "had", "Had"]
    doc = Doc(vocab, words=words, tags=["NN"] * len(words))
    assert sorted(lookup(doc, allow_missing=True)) == sorted(whole(doc, allow_missing=True))
    assert len(lookup._found) <= 2 * 3 * 2  # LOWER: 'had' or another; TAG: 'NN' or another; the REGEX: yes or no


def test_patterns_added_after_speed_up_are_used():
    nlps = [spacy.blank("en"), spacy.blank("en")]
    docs = []
    for sped, nlp in enumerate(nlps):
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
        if sped:
            speed_up(ruler)
        ruler.add([[{"LOWER": "cat"}]], {"POS": "VERB"})
        ruler.add([[{"LOWER": "dog"}, {"LOWER": "ran"}]], {"POS": "ADJ"}, index=0)
        if sped:
            ruler.matcher.whole.add("behind", [[{"LOWER": "ran"}]])  # behind the lookup's back: the stock path
            ruler.matcher.whole.remove("behind")
            ruler.matcher.add(nlp.vocab.strings.add("spare"), [[{"LOWER": "spare"}]])
            ruler.matcher.remove("spare")
        docs.append(ruler(Doc(nlp.vocab, words=["cat", "dog", "ran", "pen"], tags=["NN", "NN", "VBD", "NN"])))
    assert [t.pos_ for t in docs[0]] == ["VERB", "ADJ", "", "NOUN"]
    assert [t.pos_ for t in docs[1]] == [t.pos_ for t in docs[0]]
    assert isinstance(nlps[1].get_pipe("attribute_ruler").matcher, RulerLookup)


ATTR_CASES = [  # (ruler rows as (patterns, attrs, index), written by arrays): the arrays must set what the stock ruler sets
    pytest.param([([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0), ([[{"LOWER": "cat"}]], {"POS": "VERB", "LEMMA": "kitty"}, 0)], True,
                 id="a later pattern wins"),
    pytest.param([([[{"LOWER": "cat"}]], {"POS": "VERB"}, 0), ([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"}, 0)], True,
                 id="in the pattern order, not the specific first"),
    pytest.param([([[{"LOWER": "dog"}, {"LOWER": "ran"}]], {"POS": "ADJ", "LEMMA": "hound"}, 0), ([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0)], True,
                 id="a longer pattern before a one-token one"),
    pytest.param([([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0), ([[{"LOWER": "dog"}, {"LOWER": "ran"}]], {"POS": "ADJ", "TAG": "JJ"}, -1)], True,
                 id="a longer pattern after, its last token"),
    pytest.param([([[{"TAG": "NN"}]], {"POS": "NOUN", "NORM": "thing"}, 0)], False, id="NORM: the stock path"),
    pytest.param([([[{"TAG": "VBD"}]], {"DEP": "dobj"}, 0), ([[{"IS_SPACE": True}]], {"POS": "SPACE", "MORPH": "_"}, 0)], True,
                 id="DEP and the empty MORPH"),
]


@pytest.mark.parametrize("rows, by_arrays", ATTR_CASES)
def test_arrays_set_what_the_ruler_sets(rows, by_arrays):
    docs = []
    for sped in (False, True):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        for patterns, attrs, index in rows:
            ruler.add(patterns, attrs, index=index)
        words, tags = ["cat", "dog", "ran", " ", "pen", "dog", "cat"], ["NN", "NN", "VBD", "_SP", "NN", "NN", "NN"]
        if sped:
            speed_up(ruler)
            assert ruler.matcher.annotate(Doc(nlp.vocab, words=words, tags=tags), ruler.attrs, ruler.indices) is by_arrays
        docs.append(ruler(Doc(nlp.vocab, words=words, tags=tags)))
    stock, fast = docs
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.norm_) for t in fast] == \
        [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.norm_) for t in stock]
    assert (fast.to_array([POS, TAG, MORPH, LEMMA, DEP, NORM]) == stock.to_array([POS, TAG, MORPH, LEMMA, DEP, NORM])).all()
    assert [t.pos_ for t in stock] != [""] * len(stock)


def test_an_error_in_the_arrays_goes_to_the_pipes_error_handler(monkeypatch):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "dog"}]], {"POS": "NOUN"})
    speed_up(ruler)

    def fail(*args):
        raise ValueError("no arrays")
    monkeypatch.setattr(RulerLookup, "annotate", fail)
    seen = []
    ruler.set_error_handler(lambda name, pipe, docs, e: seen.append((name, pipe, str(e))) or docs[0])
    doc = Doc(nlp.vocab, words=["dog"])
    assert ruler(doc) is doc and seen == [("attribute_ruler", ruler, "no arrays")]
    ruler.set_error_handler(spacy.util.raise_error)
    with pytest.raises(ValueError, match="no arrays"):
        ruler(Doc(nlp.vocab, words=["dog"]))


def test_an_index_outside_the_match_raises_the_rulers_error():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "dog"}, {"LOWER": "ran"}]], {"POS": "ADJ"}, index=2)
    speed_up(ruler)
    with pytest.raises(ValueError, match="E1001"):
        ruler(Doc(nlp.vocab, words=["dog", "ran"]))
