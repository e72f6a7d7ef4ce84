"""Pattern tests on a word's own text (an IN list, a REGEX) as lexeme flags, which spaCy's Matcher checks in C.

spaCy's Matcher calls a Python predicate for each `{"LOWER": {"IN": [...]}}` or `{"TEXT":
{"REGEX": ...}}` of a pattern token at every token it tries the token on, and it tries a
pattern's first token at every token of the text: 39 quantity and 12 name predicates, each
called at every token of every window. Such a test reads the lexeme only (its text or its
lowercase form, not the token's tag or norm), so its answer is a property of the word: a
lexeme flag (`Vocab.add_flag`, bits FLAG19 to FLAG63) set once per word as the vocab makes
it, and read by the Matcher in C. `flagged(vocab, patterns)` gives the patterns with the
tests of the tokens a match can start with (up to its first required token) keyed by flags;
the pattern files stay the one source. A flag is shared by every pattern, Matcher and
component that asks the same test of the same vocab. At most the free bits less
MIN_FREE_FLAGS are taken, so a user's own `vocab.add_flag` still finds bits; past that a test
stays a Python predicate (the same matches, slower: with the bundled model 38 bits are ours for
51 tests). The bits go to the tests tried most often: each test carries how many times per token
its Matcher tries it (the share of a doc's tokens in its match windows, the same for every
opening test of one Matcher), and when no bit is free a test takes over one of our bits whose
test is tried less often (the names' 12 tests, tried at 24,840 of 57,679 tokens of 150 generated
articles, take bits from the quantities' 39, tried at 10,090). `flags_intact` tells whether the
vocab still holds our getter at each flag a Matcher uses (`add_flag(fn, flag_id=f)` or a test
tried more often replaces it, and every word's bit with it): the Matcher that lost it flags anew.
"""

from __future__ import annotations

import json
import re

from spacy.attrs import LOWER

from extract.match_windows import LEXEME_STRINGS, _required

FIRST_FLAG, LAST_FLAG = 19, 63  # the flag bits spaCy leaves free (1-18 are IS_ALPHA ... IS_CURRENCY)
MIN_FREE_FLAGS = 7  # flag bits left free for the user's own Vocab.add_flag (spaCy's bits 1 to 63)


class LexemeTest:
    """A flag getter: whether a word's text (ORTH) or lowercase form (LOWER) is IN a list or has a REGEX match.
    Picklable (the vocab pickles its getters with the doc)."""

    def __init__(self, attr: str, predicate: str, value, lower, tries: float = 0.0) -> None:
        self.attr, self.predicate, self.value = attr, predicate, value
        self.tries = tries  # how many times per token a Matcher tries the test: who keeps a bit when they run out
        self.key = (attr, predicate, json.dumps(value, sort_keys=True))
        self._lower = lower  # the vocab's own LOWER getter, so the flag reads what lexeme.lower holds
        self._words = frozenset(value) if predicate == "IN" else None
        self._regex = re.compile(value) if predicate == "REGEX" else None

    def __call__(self, text: str) -> bool:
        word = self._lower(text) if self.attr == "LOWER" else text
        if self._words is not None:
            return word in self._words
        return self._regex.search(word) is not None  # the Matcher's REGEX searches, it does not anchor


def flag_of(vocab, attr: str, predicate: str, value, tries: float = 0.0,
            pending: dict[int, LexemeTest] | None = None) -> int | None:
    """The flag id for this test on VOCAB: the one already made for it, a free one, one of ours whose
    test is tried less often than TRIES times per token, or None. No more than the free bits less
    MIN_FREE_FLAGS are taken, and never a bit whose getter is not ours. With PENDING, the vocab's
    words get their bit later, with the others', in one pass (set_flags)."""
    lower = vocab.lex_attr_getters.get(LOWER)
    if lower is None:
        return None
    test = LexemeTest(attr, predicate, value, lower, tries)
    free, ours = [], []
    for flag in range(FIRST_FLAG, LAST_FLAG + 1):
        getter = vocab.lex_attr_getters.get(flag)
        if isinstance(getter, LexemeTest) and getter.key == test.key:
            getter.tries = max(getter.tries, tries)
            return flag
        if getter is None:
            free.append(flag)
        elif isinstance(getter, LexemeTest):
            ours.append(flag)
    if free and len(free) + sum(bit not in vocab.lex_attr_getters for bit in range(1, FIRST_FLAG)) > MIN_FREE_FLAGS:
        flag = free[0]
    else:
        # the bit of the test tried least often (of equals, the last flagged), if tried less often than this one
        flag = min(ours, key=lambda f: (vocab.lex_attr_getters[f].tries, -f), default=None)
        if flag is None or vocab.lex_attr_getters[flag].tries >= tries:
            return None
    if pending is None:
        vocab.add_flag(test, flag_id=flag)
    else:
        vocab.lex_attr_getters[flag] = test  # as add_flag does; the words' bits wait for set_flags
        pending[flag] = test
    return flag


def set_flags(vocab, tests: dict[int, LexemeTest]) -> None:
    """What `vocab.add_flag(test, flag_id=flag)` does to every word of VOCAB for each of TESTS, in one
    pass over the words instead of one per flag (the first doc's vocab holds thousands)."""
    if not tests:
        return
    keep = ~sum(1 << flag for flag in tests) & 0xFFFFFFFFFFFFFFFF
    # An IN test is a table lookup: word -> the bits of the IN tests that hold it, on the text or on its
    # lowercase form (the vocab's LOWER getter, as the test reads it); the others are called.
    lower = vocab.lex_attr_getters.get(LOWER)
    by_text: dict[str, int] = {}
    by_lower: dict[str, int] = {}
    called = []
    for flag, test in tests.items():
        if isinstance(test, LexemeTest) and test._words is not None and (test.attr != "LOWER" or test._lower is lower):
            table = by_lower if test.attr == "LOWER" else by_text
            for word in test._words:
                table[word] = table.get(word, 0) | 1 << flag
        else:
            called.append((flag, test))
    for lexeme in vocab:
        text = lexeme.orth_
        bits = lexeme.flags & keep | by_text.get(text, 0)
        if by_lower:
            bits |= by_lower.get(lower(text), 0)
        for flag, test in called:
            if test(text):
                bits |= 1 << flag
        lexeme.flags = bits
    for flag, test in tests.items():
        vocab.lex_attr_getters[flag] = test


def flags_intact(vocab, tests: dict[int, tuple]) -> bool:
    """Whether VOCAB still holds, at each flag of TESTS (flag -> LexemeTest.key), our getter of that test."""
    getters = vocab.lex_attr_getters
    return all(isinstance(getters.get(flag), LexemeTest) and getters[flag].key == key for flag, key in tests.items())


def _flaggable(key: str, value) -> tuple[str, str] | None:
    """(lexeme attribute, predicate) when the test KEY: VALUE can be a flag."""
    if key not in LEXEME_STRINGS or not isinstance(value, dict) or len(value) != 1:
        return None
    attr = LEXEME_STRINGS[key].rstrip("_").upper()  # the text itself (ORTH) or its lowercase form (LOWER)
    (predicate, argument), = value.items()
    if predicate == "IN" and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
        return attr, predicate
    if predicate == "REGEX" and isinstance(argument, str):
        return attr, predicate
    return None


def opening_tokens(pattern: list[dict]) -> int:
    """How many of PATTERN's tokens a match can start with: up to its first required token included."""
    for i, spec in enumerate(pattern):
        if _required(spec.get("OP")):
            return i + 1
    return len(pattern)


def flag_tests(vocab, patterns: list[list[dict]]) -> dict[int, tuple]:
    """The flags PATTERNS (as `flagged` gives them) use, each with the key of its test on VOCAB."""
    flags = {int(k[4:]) for pattern in patterns for spec in pattern for k in spec if k.startswith("FLAG")}
    return {flag: vocab.lex_attr_getters[flag].key for flag in sorted(flags)}


def flagged(vocab, patterns: list[list[dict]], tries: float = 0.0) -> list[list[dict]]:
    """PATTERNS with the IN and REGEX tests of their opening tokens as flags ({"FLAG23": True}), in order:
    the tests tried at every token (TRIES times per token of a doc: see flag_of). Tests further in
    are tried inside a partial match only, and keep their predicate (the flags are few)."""
    out = []
    pending: dict[int, LexemeTest] = {}
    for pattern in patterns:
        opening = opening_tokens(pattern)
        tokens = []
        for i, spec in enumerate(pattern):
            spec = dict(spec)
            for key, value in list(spec.items()) if i < opening else ():
                how = _flaggable(key, value)
                flag = flag_of(vocab, how[0], how[1], value[how[1]], tries, pending) if how else None
                if flag is not None:
                    del spec[key]
                    spec[f"FLAG{flag}"] = True
            tokens.append(spec)
        out.append(tokens)
    set_flags(vocab, pending)
    return out
