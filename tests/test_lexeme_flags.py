"""Opening IN and REGEX tests as lexeme flags (extract/lexeme_flags.py): the Matcher finds what it finds with the tests as written."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extract.components import BoundedMatcher
from extract.lexeme_flags import (FIRST_FLAG, LAST_FLAG, MIN_FREE_FLAGS, LexemeTest, flag_of, flagged, flags_intact, opening_tokens,
                                  set_flags)
from extract.rules import load_patterns
from tests.conftest import CORPUS
from tests.test_blank_components import spans, tagged

PATTERN_FILES = ("money", "percent", "date", "org", "product")


def _matches(vocab, patterns: list[list[dict]], doc: Doc, validate: bool = True) -> list[tuple]:
    matcher = Matcher(vocab, validate=validate)
    for number, pattern in enumerate(patterns):
        matcher.add(f"p{number}", [pattern], greedy="LONGEST")
    return matcher(doc, with_alignments=True)


TEXTS = [  # words for each pattern file, besides the corpus
    "Acme Corp. sold 5,000 iPhone 15 Pro units for $1.2 billion, or US$5bn, up 3.5% from 40pct in the first quarter of 2023.",
    "The firm LinkNow, a startup called Quill, said on Monday, Oct. 16, that its app known as PadOS will ship in mid-2024.",
    "Between 2% and 4 percent of the 1990s deals, about 300 million yuan, closed last week, two years ago and now.",
]


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_flagged_patterns_find_the_patterns_matches(nlp, name):
    patterns = [row["pattern"] for row in load_patterns(name)]
    vocab = spacy.blank("en").vocab  # its own vocab, whose flags the pipeline's components have not taken
    docs = [Doc(vocab).from_bytes(doc.to_bytes())
            for doc in nlp.pipe([*TEXTS, *(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))])]
    flags = flagged(vocab, patterns)
    assert flags != patterns and any(k.startswith("FLAG") for p in flags for t in p for k in t)
    found = 0
    for doc in docs:
        written = _matches(vocab, patterns, doc)
        assert _matches(vocab, flags, doc, validate=False) == written
        found += len(written)
    assert found >= 3


def test_set_flags_gives_every_word_the_bits_add_flag_gives():
    """flagged() sets the words' bits of all its flags in one pass over the vocab (set_flags): the same
    bits as one vocab.add_flag per flag, a bit taken over from another test cleared where the new test fails."""
    from spacy.attrs import LOWER

    words = ["Acme", "acme", "5bn", "the", "Fri.", "ACME"]
    one, other = spacy.blank("en").vocab, spacy.blank("en").vocab
    for vocab in (one, other):
        Doc(vocab, words=words)
        vocab.add_flag(LexemeTest("TEXT", "IN", ["the", "Acme"], vocab.lex_attr_getters[LOWER]), flag_id=FIRST_FLAG)
    tests = {FIRST_FLAG: LexemeTest("LOWER", "IN", ["acme"], one.lex_attr_getters[LOWER]),
             FIRST_FLAG + 1: LexemeTest("TEXT", "REGEX", "bn$", one.lex_attr_getters[LOWER])}
    for flag, test in tests.items():
        one.add_flag(test, flag_id=flag)
    set_flags(other, tests)
    assert {lex.orth_: lex.flags for lex in other} == {lex.orth_: lex.flags for lex in one}
    assert [other[w].check_flag(FIRST_FLAG) for w in words] == [True, True, False, False, False, True]
    assert [other[w].check_flag(FIRST_FLAG + 1) for w in words] == [False, False, True, False, False, False]
    assert all(other.lex_attr_getters[flag] is test for flag, test in tests.items())


CASES = [  # (test, words that match, words that do not): each fails on a naive flag
    pytest.param({"TEXT": {"REGEX": "bn$"}}, ["5bn", "abn"], ["bn5", "5BN"], id="REGEX searches, anchored only by the pattern"),
    pytest.param({"LOWER": {"IN": ["friday", "fri."]}}, ["Friday", "FRIDAY", "Fri."], ["Fri", "fridays"], id="LOWER reads the lowercase form"),
    pytest.param({"TEXT": {"IN": ["US", "U.S."]}}, ["US", "U.S."], ["us", "Us", "u.s."], id="TEXT reads the word as written"),
    pytest.param({"LOWER": {"REGEX": "^q[1-4]$"}}, ["Q3", "q1"], ["Q5", "Q33"], id="LOWER REGEX on the lowercase form"),
]


@pytest.mark.parametrize("spec,yes,no", CASES)
def test_a_flag_answers_as_the_test(spec, yes, no):
    vocab = spacy.blank("en").vocab
    before = Doc(vocab, words=[*yes[:1], *no[:1]])  # these lexemes exist before the flag, the others are made after
    pattern = [{**spec}]
    flags = flagged(vocab, [pattern])[0]
    assert list(flags[0]) != list(spec)
    for words in ([*yes, *no], [before[0].text, before[1].text]):
        doc = Doc(vocab, words=words)
        assert _matches(vocab, [flags], doc, validate=False) == _matches(vocab, [pattern], doc)
    doc = Doc(vocab, words=[*yes, *no])
    assert [s for _, s, _, _ in _matches(vocab, [flags], doc, validate=False)] == list(range(len(yes)))


def test_the_same_test_shares_a_flag_another_gets_its_own():
    vocab = spacy.blank("en").vocab
    first = flag_of(vocab, "LOWER", "IN", ["a", "b"])
    assert flag_of(vocab, "LOWER", "IN", ["a", "b"]) == first
    assert flag_of(vocab, "ORTH", "IN", ["a", "b"]) not in (None, first)
    assert flag_of(vocab, "LOWER", "IN", ["b", "a"]) not in (None, first)  # another list (the IN order is kept as written)


def test_only_a_matchs_opening_tokens_are_flagged():
    words = {"LOWER": {"IN": ["a", "b"]}}
    pattern = [{**words, "OP": "?"}, {"LOWER": {"IN": ["c"]}}, {"LOWER": {"IN": ["d"]}}]
    assert opening_tokens(pattern) == 2
    out = flagged(spacy.blank("en").vocab, [pattern])[0]
    assert [sorted(k for k in t if k.startswith("FLAG")) != [] for t in out] == [True, True, False]
    assert out[0]["OP"] == "?" and out[2] == pattern[2]
    assert opening_tokens([{**words, "OP": "*"}]) == 1


def _user_flags(vocab) -> None:
    """Every free flag bit of VOCAB taken by the user's own getters (never ours to take over)."""
    for n in range(FIRST_FLAG, LAST_FLAG + 1):
        if n not in vocab.lex_attr_getters:
            vocab.add_flag(lambda text: False, flag_id=n)


def test_when_the_flags_are_taken_a_test_stays_a_predicate():
    """Our BoundedMatcher on a vocab whose flags the user took finds what it finds with its flags."""
    patterns = [row["pattern"] for name in ("money", "percent") for row in load_patterns(name)]
    words = "Acme paid US$ 5bn , or 40pct , up 3.5 % from $ 1.2 billion in Q3 ; ACME corp".split()
    found = []
    for full in (False, True):
        vocab = spacy.blank("en").vocab
        if full:
            _user_flags(vocab)
            assert flagged(vocab, patterns, tries=1.0) == patterns  # no flag left to take
        matcher = BoundedMatcher(vocab)
        for i, pattern in enumerate(patterns):
            matcher.add(f"p{i}", pattern)
        found.append(matcher(Doc(vocab, words=words)))
        assert any(isinstance(vocab.lex_attr_getters.get(f), LexemeTest)
                   for f in range(FIRST_FLAG, LAST_FLAG + 1)) is not full  # the matcher's own flags, where there are free ones
    assert found[0] == found[1] and len(found[0]) >= 3


def _our_bits(vocab) -> int:
    """How many bits our tests may hold on VOCAB: the free ones less MIN_FREE_FLAGS."""
    free = sum(bit not in vocab.lex_attr_getters for bit in range(1, LAST_FLAG + 1))
    return free - MIN_FREE_FLAGS


def test_a_test_tried_more_often_takes_the_bit_of_one_tried_less():
    vocab = spacy.blank("en").vocab
    seldom = [flag_of(vocab, "LOWER", "IN", [f"w{n}"], tries=0.1) for n in range(_our_bits(vocab))]
    assert None not in seldom and flag_of(vocab, "LOWER", "IN", ["x"], tries=0.1) is None  # no bit left for an equal
    often = flag_of(vocab, "LOWER", "IN", ["y"], tries=0.4)
    assert often == seldom[-1] and vocab.lex_attr_getters[often].value == ["y"]  # the last flagged of the least tried
    assert vocab["y"].check_flag(often) and not vocab["w0"].check_flag(often)  # every word's bit is the new test's
    assert flag_of(vocab, "LOWER", "IN", ["w0"], tries=0.1) == seldom[0]  # the others keep theirs
    assert flag_of(vocab, "LOWER", "IN", ["z"], tries=0.05) is None  # tried less often than any: a predicate
    assert flag_of(vocab, "LOWER", "IN", ["y"], tries=0.0) == often  # the same test shares its bit, its tries kept
    assert vocab.lex_attr_getters[often].tries == 0.4
    assert sum(bit not in vocab.lex_attr_getters for bit in range(1, LAST_FLAG + 1)) == MIN_FREE_FLAGS


def test_a_users_flag_is_never_taken_over():
    vocab = spacy.blank("en").vocab
    _user_flags(vocab)
    getters = dict(vocab.lex_attr_getters)
    assert flag_of(vocab, "LOWER", "IN", ["y"], tries=1.0) is None
    assert vocab.lex_attr_getters == getters


def test_the_bits_go_to_the_matcher_that_tries_its_tests_most():
    """The names' opening tests are tried at more tokens than the quantities' (their windows cover
    more of a doc): with too few bits for all, they hold flags (they held none on the previous
    code), and the quantities' Matcher, flagged anew, finds what it found. A pipeline of its own:
    a Matcher's tries are measured on the first doc it sees (the shared pipeline's first doc is
    whichever test ran first: a short sentence is mostly a date window)."""
    from extract.pipeline import load_pipeline

    nlp = load_pipeline.__wrapped__()
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:6]]
    before = [spans(doc) for doc in nlp.pipe(texts)]
    quantities, names = (nlp.get_pipe(name).matcher for name in ("extract_quantities", "extract_names"))
    assert names._tries > quantities._tries
    assert len(names._flags) >= 10
    assert len(quantities._flags) >= 20 and flags_intact(nlp.vocab, quantities._flags)
    assert [spans(doc) for doc in nlp.pipe(texts)] == before
    for doc in nlp.pipe(texts[:2]):
        vocab = spacy.blank("en").vocab
        _user_flags(vocab)  # no bit to take: every test a predicate
        copy = Doc(vocab).from_bytes(doc.to_bytes())
        for name in ("extract_quantities", "extract_names"):
            matcher = nlp.get_pipe(name).matcher
            plain = BoundedMatcher(vocab)
            for key, pattern in zip(matcher._keys, matcher._patterns):
                plain.add(key, pattern)
            assert [(vocab.strings[k], s, e) for k, s, e, _ in plain(copy)] == \
                [(nlp.vocab.strings[k], s, e) for k, s, e, _ in matcher(doc)]
            assert not plain._flags


def _blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("extract_quantities")
    nlp.add_pipe("extract_names")
    return nlp


def _run(nlp, text: str):
    doc = tagged(nlp, text)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return spans(doc)


MONEY_TEXT = ("Acme/NNP/PROPN Corp/NNP/PROPN earned/VBD/VERB $/$/SYM 5/CD/NUM million/CD/NUM last/JJ/ADJ "
              "year/NN/NOUN ,/,/PUNCT up/RB/ADV 3/CD/NUM %/NN/NOUN ./././PUNCT")


def test_the_components_leave_flags_for_the_users_own():
    nlp = _blank_pipeline()
    assert _run(nlp, MONEY_TEXT)
    ours = [f for f in range(FIRST_FLAG, LAST_FLAG + 1) if isinstance(nlp.vocab.lex_attr_getters.get(f), LexemeTest)]
    assert len(ours) >= 20  # the opening tests are flags ...
    for _ in range(MIN_FREE_FLAGS):  # ... and the user's add_flag still finds bits (E062 on the previous code)
        nlp.vocab.add_flag(lambda text: text.startswith("x"))


def test_a_flag_the_user_takes_over_is_flagged_anew():
    """vocab.add_flag(fn, flag_id=f) at one of our flags resets every word's bit: the matcher flags anew
    (here its tests stay predicates: the bits left are the MIN_FREE_FLAGS it leaves free)."""
    nlp = _blank_pipeline()
    before = _run(nlp, MONEY_TEXT)
    assert ("$ 5 million", "MONEY") in before and ("3 %", "PERCENT") in before
    for flag in range(FIRST_FLAG, LAST_FLAG + 1):
        if isinstance(nlp.vocab.lex_attr_getters.get(flag), LexemeTest):
            nlp.vocab.add_flag(lambda text: False, flag_id=flag)
    assert _run(nlp, MONEY_TEXT) == before
    assert sum(f not in nlp.vocab.lex_attr_getters for f in range(1, 64)) >= MIN_FREE_FLAGS


def test_a_flagged_vocab_still_pickles_and_its_words_keep_their_flag():
    vocab = spacy.blank("en").vocab
    flag = flag_of(vocab, "LOWER", "REGEX", r"^\d+bn$")
    assert isinstance(vocab.lex_attr_getters[flag], LexemeTest)
    doc = pickle.loads(pickle.dumps(Doc(vocab, words=["5BN", "five"])))
    assert [t.check_flag(flag) for t in doc] == [True, False]
    assert doc.vocab["70bn"].check_flag(flag) and not doc.vocab["bn"].check_flag(flag)
