"""Pattern tests on a word's own text (an IN list, a REGEX) as lexeme flags, which spaCy's Matcher checks in C.

spaCy's Matcher calls a Python predicate for each `{"LOWER": {"IN": [...]}}` or `{"TEXT":
{"REGEX": ...}}` of a pattern token at every token it tries the token on, and it tries a
pattern's first token at every token of the text: 39 quantity and 9 name predicates each
called at every token of every window. Such a test reads the lexeme only (its text or its
lowercase form, not the token's tag or norm), so its answer is a property of the word: a
lexeme flag (`Vocab.add_flag`, bits FLAG19 to FLAG63) set once per word as the vocab makes it,
and read by the Matcher in C. `flagged(vocab, patterns)` gives the patterns with the tests of
the tokens a match can start with (up to its first required token) keyed by flags; the
pattern files stay the one source. A flag is shared by every pattern, Matcher and component
that asks the same test of the same vocab; when the 45 flags are taken, a test stays a
Python predicate (the same matches, slower).
"""

from __future__ import annotations

import json
import re

from spacy.attrs import LOWER

FIRST_FLAG, LAST_FLAG = 19, 63  # the flag bits spaCy leaves free (1-18 are IS_ALPHA ... IS_CURRENCY)
# The lexeme attributes a flag may read, by pattern key: the text itself or its lowercase form.
TEXT_KEYS = {"TEXT": "ORTH", "ORTH": "ORTH", "LOWER": "LOWER"}
REQUIRED_OPS = (None, "1", "+")


class LexemeTest:
    """A flag getter: whether a word's text (ORTH) or lowercase form (LOWER) is IN a list or has a REGEX match.
    Picklable (the vocab pickles its getters with the doc)."""

    def __init__(self, attr: str, predicate: str, value, lower) -> None:
        self.attr, self.predicate, self.value = attr, predicate, value
        self.key = (attr, predicate, json.dumps(value, sort_keys=True))
        self._lower = lower  # the vocab's own LOWER getter, so the flag reads what lexeme.lower holds
        self._words = frozenset(value) if predicate == "IN" else None
        self._regex = re.compile(value) if predicate == "REGEX" else None

    def __call__(self, text: str) -> bool:
        word = self._lower(text) if self.attr == "LOWER" else text
        if self._words is not None:
            return word in self._words
        return self._regex.search(word) is not None  # the Matcher's REGEX searches, it does not anchor


def flag_of(vocab, attr: str, predicate: str, value) -> int | None:
    """The flag id for this test on VOCAB: the one already made for it, a new one, or None (all taken)."""
    lower = vocab.lex_attr_getters.get(LOWER)
    if lower is None:
        return None
    test = LexemeTest(attr, predicate, value, lower)
    free = None
    for flag in range(FIRST_FLAG, LAST_FLAG + 1):
        getter = vocab.lex_attr_getters.get(flag)
        if isinstance(getter, LexemeTest) and getter.key == test.key:
            return flag
        if getter is None and free is None:
            free = flag
    if free is not None:
        vocab.add_flag(test, flag_id=free)
    return free


def _flaggable(key: str, value) -> tuple[str, str] | None:
    """(lexeme attribute, predicate) when the test KEY: VALUE can be a flag."""
    if key not in TEXT_KEYS or not isinstance(value, dict) or len(value) != 1:
        return None
    (predicate, argument), = value.items()
    if predicate == "IN" and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
        return TEXT_KEYS[key], predicate
    if predicate == "REGEX" and isinstance(argument, str):
        return TEXT_KEYS[key], predicate
    return None


def opening_tokens(pattern: list[dict]) -> int:
    """How many of PATTERN's tokens a match can start with: up to its first required token included."""
    for i, spec in enumerate(pattern):
        if spec.get("OP") in REQUIRED_OPS:
            return i + 1
    return len(pattern)


def flagged(vocab, patterns: list[list[dict]]) -> list[list[dict]]:
    """PATTERNS with the IN and REGEX tests of their opening tokens as flags ({"FLAG23": True}), in order:
    the tests tried at every token. Tests further in are tried inside a partial match only, and keep
    their predicate (the flags are few)."""
    out = []
    for pattern in patterns:
        opening = opening_tokens(pattern)
        tokens = []
        for i, spec in enumerate(pattern):
            spec = dict(spec)
            for key, value in list(spec.items()) if i < opening else ():
                how = _flaggable(key, value)
                flag = flag_of(vocab, how[0], how[1], value[how[1]]) if how else None
                if flag is not None:
                    del spec[key]
                    spec[f"FLAG{flag}"] = True
            tokens.append(spec)
        out.append(tokens)
    return out
