"""The Matcher run on its windows only (extract/match_windows.py) finds what it finds over the whole doc, in the same order."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extract.components import BoundedMatcher, _run_cuts
from extract.match_windows import MatchWindows, merge_matches
from extract.rules import load_patterns
from extract.spans import register_extensions

PATTERN_FILES = ("money", "percent", "date", "org", "product")
# Words the patterns look for, and words around them; tags and POS drawn apart from the words.
WORDS = (
    "$", "€", "5", "1.5", "2,000", "three", "a", "million", "billion", "dollars", "yuan", "cents", "US", "%", "percent",
    "per", "cent", "points", "percentage", "the", "first", "second", "quarter", "half", "of", "2022", "1998", "last",
    "next", "this", "year", "years", "week", "weeks", "ago", "Monday", "October", "16", "mid-2019", "1990s", "now",
    "recently", "summer", "between", "and", "to", "or", "-", ",", ".", "'s", "\u2019s", "Acme", "Corp", "Corp.", "Inc.",
    "Holdings", "Group", "Bank", "LinkNow", "iPhone", "Boeing", "747", "A320", "N90s", "jet", "app", "platform",
    "firm", "company", "called", "known", "as", "its", "said", "in", "on", "shuttle", "Columbia", "aboard", "based",
)
TAGS = ("NNP", "NNPS", "NN", "NNS", "VBD", "POS", "CD", "DT", "IN", "JJ", "RB", ",", ".")
POS_TAGS = ("PROPN", "NOUN", "VERB", "ADJ", "ADV", "NUM", "DET", "ADP", "PUNCT", "CCONJ")


@pytest.fixture(scope="module")
def matchers():
    register_extensions()
    vocab = spacy.blank("en").vocab
    out = {}
    for name in PATTERN_FILES:  # each file's patterns together, and each pattern alone (its own anchor)
        together = out[name] = BoundedMatcher(vocab)
        for row in load_patterns(name):
            key = f"{name}:{row['id']}"
            alone = out[key] = BoundedMatcher(vocab)
            for matcher in (together, alone):
                matcher.add(key, row["pattern"])
    return vocab, out


def whole_doc(matcher: BoundedMatcher, doc: Doc) -> list[tuple]:
    """What BoundedMatcher gave before windows: each piece between run cuts matched whole."""
    cuts = _run_cuts(sorted({start for _, start, _ in matcher.repeated(doc)})) if len(matcher.repeated) else []
    written = Matcher(doc.vocab)  # the patterns as written, without flags or windows
    for key, pattern in zip(matcher._keys, matcher._patterns):
        written.add(key, [pattern], greedy="LONGEST")
    found = []
    for start, end in zip([0, *cuts], [*cuts, len(doc)]):
        found += [(key, s + start, e + start, a) for key, s, e, a in written(doc[start:end], with_alignments=True)]
    return found


token = st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.sampled_from(POS_TAGS))
name_run = st.lists(st.tuples(st.sampled_from(("Acme", "Link", "Quill", "Nordwind", "Pad")), st.just("NNP"), st.just("PROPN")),
                    min_size=20, max_size=60)  # long enough to be cut into pieces
text = st.lists(st.one_of(st.lists(token, min_size=1, max_size=30), name_run), min_size=1, max_size=6).map(
    lambda parts: [t for part in parts for t in part])


# Words a REGEX or a custom attribute of a pattern token may take (the patterns' own strings are used as they are).
CANDIDATES = (*WORDS, "4", "486", "80486", "DC-8", "Q3", "H1", "1st", "10th", "1/2", "½", "5pct", "$5", "US$5",
              "5bn", "mid-1990", "'90s", "Sparcstation", "LinkNow")


def instance(data, pattern: list[dict]) -> list[tuple[str, str, str]]:
    """Tokens that PATTERN can match: each token spec filled from its own strings, optional ones left out at random."""
    out = []
    for spec in pattern:
        op = spec.get("OP")
        count = {"?": (0, 1), "*": (0, 2), "+": (1, 3)}.get(op, (0, 4) if op == "{0,4}" else (1, 1))
        for _ in range(data.draw(st.integers(*count))):
            word, tag, pos = "Acme", "NNP", "PROPN"
            for key, value in spec.items():
                if key in ("LOWER", "TEXT") and isinstance(value, str):
                    word = value
                elif key in ("LOWER", "TEXT") and "IN" in value:
                    word = data.draw(st.sampled_from(sorted(value["IN"])))
                elif key in ("LOWER", "TEXT") and "REGEX" in value:
                    fits = [w for w in CANDIDATES if re.search(value["REGEX"], w.lower() if key == "LOWER" else w)]
                    word = data.draw(st.sampled_from(fits)) if fits else word
                elif key == "TAG":  # a tag, or one of a set ("IN") or not of one ("NOT_IN")
                    tag = value if isinstance(value, str) else data.draw(st.sampled_from(
                        value["IN"] if "IN" in value else [t for t in TAGS if t not in value["NOT_IN"]]))
                elif key == "POS":
                    pos = value if isinstance(value, str) else data.draw(st.sampled_from(
                        value["IN"] if "IN" in value else [p for p in POS_TAGS if p not in value["NOT_IN"]]))
                elif key == "LIKE_NUM":
                    word = "12"
            out.append((word, tag, pos))
    return out


@settings(max_examples=80, deadline=None)
@given(text, st.data())
def test_windows_find_the_whole_docs_matches_in_its_order(matchers, filler, data):
    vocab, by_file = matchers
    rows = [row for name in PATTERN_FILES for row in load_patterns(name)]
    tokens = list(filler)
    for _ in range(data.draw(st.integers(1, 4))):  # matches of the patterns themselves, put anywhere in the filler
        at = data.draw(st.integers(0, len(tokens)))
        tokens[at:at] = instance(data, data.draw(st.sampled_from(rows))["pattern"])
    words, tags, pos = zip(*tokens)
    doc = Doc(vocab, words=list(words), tags=list(tags), pos=list(pos))
    for name, matcher in by_file.items():
        assert matcher(doc) == whole_doc(matcher, doc), name


CASES = [  # (words, what the windows must keep, words no window may hold)
    ("sales rose 5 % last year , the firm said".split(), ["5 %", "last year"], ["sales", "rose", "said"]),
    ("nothing to see here at all".split(), [], "nothing to see here at all".split()),
    ("he said the first quarter was weak".split(), ["the first quarter"], ["he", "said", "weak"]),
]


@pytest.mark.parametrize("words,kept,skipped", CASES, ids=["amounts", "nothing", "a quarter"])
def test_windows_skip_stretches_no_pattern_can_match(matchers, words, kept, skipped):
    vocab, _ = matchers
    windows = MatchWindows(vocab, [row["pattern"] for name in ("money", "percent", "date") for row in load_patterns(name)])
    doc = Doc(vocab, words=words)
    found = [doc[a:b].text.split() for a, b in windows.windows(doc, 0, len(doc))]
    assert all(any(" ".join(w).find(k) >= 0 for w in found) for k in kept)
    assert not any(word in w for w in found for word in skipped)


def test_an_operator_not_modelled_turns_windows_off(matchers):
    vocab, _ = matchers
    windows = MatchWindows(vocab, [[{"LOWER": "acme"}, {"LOWER": "corp", "OP": "!"}]])
    doc = Doc(vocab, words="nothing here".split())
    assert windows.windows(doc, 0, len(doc)) == [(0, 2)]


def test_merged_windows_keep_the_matchers_order():
    vocab = spacy.blank("en").vocab
    matcher = Matcher(vocab)
    matcher.add("B", [[{"LOWER": "b"}]], greedy="LONGEST")
    matcher.add("A", [[{"LOWER": "a"}, {"LOWER": "a", "OP": "?"}]], greedy="LONGEST")
    doc = Doc(vocab, words="b x a x a a x b".split())
    parts = [[(k, s + a, e + a, al) for k, s, e, al in matcher(doc[a:b], with_alignments=True)] for a, b in ((0, 2), (2, 4), (4, 7), (7, 8))]
    assert merge_matches(parts) == matcher(doc, with_alignments=True)


def _nouns(count):
    return [[{"POS": "NOUN", "LOWER": f"w{i}"}, {"LOWER": "b"}] for i in range(count)]


NAME_TAGS = ["DT", "NN", "NNP", "NN"]
WINDOW_CASES = [  # (patterns, words, tags, POS): windows must give the whole doc's matches
    pytest.param([[{"_": {"is_name_part": False}}, {"LOWER": "b"}]], "the b Acme b".split(), NAME_TAGS, None, id="custom attribute False"),
    pytest.param([[{"_": {"is_name_part": True}}, {"LOWER": "b"}]], "the b Acme b".split(), NAME_TAGS, None, id="custom attribute True"),
    pytest.param(_nouns(70), "x w65 b w3 b w69 b".split(), None, ["X", "NOUN", "X", "NOUN", "X", "VERB", "X"], id="70 POS specs"),
]


@pytest.mark.parametrize("patterns,words,tags,pos", WINDOW_CASES)
def test_windows_find_what_the_whole_doc_matcher_finds(patterns, words, tags, pos):
    register_extensions()
    vocab = spacy.blank("en").vocab
    matcher = BoundedMatcher(vocab)
    for i, pattern in enumerate(patterns):
        matcher.add(f"p{i}", pattern)
    doc = Doc(vocab, words=words, tags=tags, pos=pos)
    found = matcher(doc)
    assert found == whole_doc(matcher, doc)
    assert found  # each case has a match


@pytest.mark.parametrize("op,expected,match", [(None, [(1, 3)], (1, 3)), ("?", [(1, 3)], (1, 3)), ("*", [(0, 5)], (1, 5))],
                         ids=["one", "optional", "any number"])
def test_a_last_spec_that_matches_any_word_splits_no_stretch_only_if_it_takes_one_word(op, expected, match):
    """A pattern's last spec, when it matches one token at most, can only take the token right after the
    others: a split token at worst, which closes the window and lies in it, so it counts for no stretch.
    Several such tokens ('*') could run past a split: then every word may match."""
    register_extensions()
    vocab = spacy.blank("en").vocab
    last = {"POS": {"NOT_IN": ["NOUN"]}} | ({"OP": op} if op else {})
    doc = Doc(vocab, words="x a y x x".split(), pos=["X", "X", "VERB", "X", "X"])
    assert MatchWindows(vocab, [[{"LOWER": "a"}, last]]).windows(doc, 0, len(doc)) == expected
    matcher = BoundedMatcher(vocab)
    matcher.add("p", [{"LOWER": "a"}, last])
    assert matcher(doc) == whole_doc(matcher, doc) and [(s, e) for _, s, e, _ in matcher(doc)] == [match]


def test_the_name_patterns_windows_leave_out_words_no_name_pattern_takes(matchers):
    """'org-analyst-at' ends with any word that is no noun; before this, that spec let every word
    match, so the names' window was every doc whole. Its match is still found."""
    vocab, by_file = matchers
    words = "the stock fell , and analysts at Wedbush Securities said they expect a weak quarter".split()
    tags = ["DT", "NN", "VBD", ",", "CC", "NNS", "IN", "NNP", "NNP", "VBD", "PRP", "VBP", "DT", "JJ", "NN"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "CCONJ", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "PRON", "VERB", "DET", "ADJ", "NOUN"]
    doc = Doc(vocab, words=words, tags=tags, pos=pos)
    names = BoundedMatcher(vocab)
    for name in ("org", "product"):
        for row in load_patterns(name):
            names.add(f"{name}:{row['id']}", row["pattern"])
    windows = MatchWindows(vocab, names._patterns).windows(doc, 0, len(doc))
    assert sum(b - a for a, b in windows) < len(doc) and not any(b > 12 for a, b in windows)  # 'weak quarter' in none
    found = names(doc)
    assert found == whole_doc(names, doc)
    assert ("org:org-analyst-at", 5, 10) in [(vocab.strings[k], s, e) for k, s, e, _ in found]


def test_bounded_matcher_keeps_the_longest_match_only():
    """add() is the one way in and adds greedy LONGEST without on_match, the order merge_matches keeps."""
    vocab = spacy.blank("en").vocab
    matcher = BoundedMatcher(vocab)
    matcher.add("A", [{"LOWER": "a"}, {"LOWER": "a", "OP": "?"}])
    assert [(s, e) for _, s, e, _ in matcher(Doc(vocab, words="a a".split()))] == [(0, 2)]
    with pytest.raises(ValueError):  # a pattern the Matcher refuses as written
        matcher.add("B", [{"LOWER": {"NOPE": ["a"]}}])


def test_a_dep_test_is_read_from_the_docs_arrays():
    """A DEP spec is tested on doc.to_array(DEP): only the tokens with that relation may match it."""
    vocab = spacy.blank("en").vocab
    patterns = [[{"DEP": "nsubj"}, {"LOWER": "ran"}], [{"DEP": {"IN": ["dobj", "pobj"]}}, {"LOWER": "."}]]
    words = "dog ran . dog ran it . cat".split()
    deps = ["nsubj", "ROOT", "punct", "dep", "ROOT", "dobj", "punct", "ROOT"]
    heads = [1, 1, 1, 4, 4, 4, 4, 7]
    doc = Doc(vocab, words=words, deps=deps, heads=heads)
    may, _ = MatchWindows(vocab, patterns).masks(doc, 0, len(doc))
    # 'dog' as nsubj, not as dep; 'it' as dobj; 'ran' by its word; '.', the last spec of p1 and not its
    # anchor, is the token that closes a window at worst (it splits no stretch); 'cat' (ROOT) by nothing
    assert may.tolist() == [True, True, False, False, True, True, False, False]
    matcher = BoundedMatcher(vocab)
    for i, pattern in enumerate(patterns):
        matcher.add(f"p{i}", pattern)
    found = matcher(doc)
    assert [(s, e) for _, s, e, _ in found] == [(0, 2), (5, 7)]
    assert found == whole_doc(matcher, doc)


def test_each_window_is_matched_by_the_patterns_it_may_anchor_only(matchers):
    """A window is matched by a Matcher of the patterns whose anchor one of its words may satisfy
    (here 'quarter' of 'the first quarter'), not by all 101 date patterns: the same matches, in
    the Matcher's order."""
    vocab, by_file = matchers
    doc = Doc(vocab, words="he said the first quarter was weak , as in March".split(),
              tags=["PRP", "VBD", "DT", "JJ", "NN", "VBD", "JJ", ",", "IN", "IN", "NNP"],
              pos=["PRON", "VERB", "DET", "ADJ", "NOUN", "AUX", "ADJ", "PUNCT", "ADP", "ADP", "PROPN"])
    dates = by_file["date"]
    dates._matchers.clear()  # the module's fixture is shared: count only the Matchers this doc builds
    found = dates(doc)
    assert found == whole_doc(dates, doc)
    assert ("date:date-quarter", 2, 5) in [(vocab.strings[k], s, e) for k, s, e, _ in found]
    held = [len(m) for m in dates._matchers.values()]
    assert held and max(held) < len(dates._keys) / 4
