"""Where a spaCy Matcher's patterns can match in a doc, found per lexeme, so that it runs on those stretches only.

spaCy's Matcher starts every pattern at every token: its cost is patterns x tokens, however
few places can match (89 quantity patterns over a news article, most of whose tokens no
pattern token can match). A match is made of tokens that each satisfy one of its pattern's
token specs, and holds at least one token satisfying a spec the pattern requires (its anchor).
So a token that no spec can satisfy (a split token) ends every partial match, and a stretch
between split tokens with no anchor holds no match. `MatchWindows.windows` gives the stretches
with an anchor, each from just after a split token to the split token that closes it
included, so the Matcher walks through each exactly as through the whole doc, and
`merge_matches` puts their matches back in the order the Matcher gives for the whole doc.
A pattern whose anchor no word of a window can satisfy has no match there either: `anchored`
names the patterns a window may hold, and a Matcher of those alone (in the order added) finds
the same matches in the same order, as the Matcher tries each pattern's states apart from the
others' (of 128 quantity patterns a window needs 16 on average).

Whether a token can satisfy a spec is decided from what is known cheaply, erring on "can":
lexeme attributes (LOWER, TEXT with a string, IN or REGEX; LIKE_NUM, IS_LOWER and the other
IS_ flags) once per lexeme, POS, TAG and DEP from the doc's arrays, a custom attribute asked to be
True through the lexeme-level condition registered for it in `EXTENSION_LEXEME_TESTS`; any
other attribute, value or operator counts as satisfied. A pattern with a '!' operator turns
windows off.
"""

from __future__ import annotations

import re
from typing import Callable

import numpy
from spacy.attrs import DEP, IS_PUNCT, IS_STOP, ORTH, POS, TAG
from spacy.lexeme import Lexeme
from spacy.tokens import Doc

# A lexeme-level condition each token with the custom attribute set must meet (a necessary
# condition, not the attribute itself), by attribute name; registered where the attribute is defined.
EXTENSION_LEXEME_TESTS: dict[str, Callable[[Lexeme], bool]] = {}
# Lexeme attributes a spec may test, by pattern key.
LEXEME_STRINGS = {"LOWER": "lower_", "TEXT": "orth_", "ORTH": "orth_"}
LEXEME_FLAGS = {"LIKE_NUM": "like_num", "IS_LOWER": "is_lower", "IS_UPPER": "is_upper", "IS_TITLE": "is_title",
                "IS_ALPHA": "is_alpha", "IS_DIGIT": "is_digit", "IS_PUNCT": "is_punct", "IS_SPACE": "is_space",
                "IS_ASCII": "is_ascii", "LIKE_URL": "like_url", "LIKE_EMAIL": "like_email"}
TOKEN_ARRAYS = {"POS": POS, "TAG": TAG, "DEP": DEP}
REQUIRED_OPS = (None, "1", "+")
OPTIONAL_OPS = ("?", "*")
LAST_TOKEN_OPS = (None, "1", "?")  # a pattern's last spec with one of these matches its last token only
MIN_MAX = re.compile(r"^\{(\d*)(,?)(\d*)\}$")
# A stop word or punctuation mark in a spec's words weighs as this many rarer words when the
# anchor of a pattern is chosen (its least frequent required token: 'ago', not 'the').
COMMON_WEIGHT = 100
# Specs on POS or TAG whose lexeme tests get a bit of their own in a lexeme's int64 bits (two
# bits go to the lexeme-only specs); past these, a spec's lexeme tests count as satisfied.
MAX_MIXED_BITS = 61


class _Spec:
    """One token spec: a test on the lexeme, tests on token arrays, and how selective it is."""

    def __init__(self, spec: dict, vocab) -> None:
        self.lexeme_tests: list[Callable[[Lexeme], bool]] = []
        self.token_tests: list[tuple[int, frozenset[int]]] = []  # (POS, TAG or DEP, the values it may have)
        sizes = [float("inf")]
        for key, value in spec.items():
            if key == "OP":
                continue
            if key in LEXEME_STRINGS:
                test, size = _string_test(LEXEME_STRINGS[key], value, vocab)
            elif key in LEXEME_FLAGS and isinstance(value, bool):
                test, size = _flag_test(LEXEME_FLAGS[key], value), 1000.0
            elif key in TOKEN_ARRAYS and isinstance(value, (str, dict)):
                values = [value] if isinstance(value, str) else value.get("IN")
                if values is None:
                    continue  # NOT_IN, REGEX...: may match
                self.token_tests.append((TOKEN_ARRAYS[key], frozenset(vocab.strings.add(v) for v in values)))
                sizes.append(20.0 * len(values))
                continue
            elif key == "_" and isinstance(value, dict):
                # A necessary condition of the attribute being True: other values may match anywhere.
                tests = [EXTENSION_LEXEME_TESTS[name] for name, want in value.items() if want is True and name in EXTENSION_LEXEME_TESTS]
                self.lexeme_tests.extend(tests)
                sizes.extend([500.0] * len(tests))
                continue
            else:
                continue  # an attribute known only at the token: may match
            if test is not None:
                self.lexeme_tests.append(test)
                sizes.append(size)
        self.selectivity = min(sizes)

    def lexeme_matches(self, lexeme: Lexeme) -> bool:
        return all(test(lexeme) for test in self.lexeme_tests)


def _string_test(attr: str, value, vocab) -> tuple[Callable[[Lexeme], bool] | None, float]:
    if isinstance(value, str):
        return (lambda lex: getattr(lex, attr) == value), _commonness([value], vocab)
    if isinstance(value, dict) and set(value) == {"IN"}:
        allowed = frozenset(value["IN"])
        return (lambda lex: getattr(lex, attr) in allowed), _commonness(allowed, vocab)
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        rx = re.compile(value["REGEX"])
        return (lambda lex: rx.search(getattr(lex, attr)) is not None), 50.0
    return None, float("inf")  # other predicates: may match


def _commonness(words, vocab) -> float:
    """How often a token is one of WORDS, roughly: a stop word or a punctuation mark counts for many.
    A word the vocab does not hold yet is read from its getters, as its lexeme would be, so no
    lexeme is made here (each new one is flagged anew, and the first doc's flags are set on every one)."""
    getters = vocab.lex_attr_getters
    stop, punct = getters.get(IS_STOP), getters.get(IS_PUNCT)

    def common(word: str) -> bool:
        if word in vocab or stop is None or punct is None:
            lexeme = vocab[word]
            return lexeme.is_stop or lexeme.is_punct
        return bool(stop(word)) or bool(punct(word))

    return float(sum(COMMON_WEIGHT if common(w) else 1 for w in words))


def _flag_test(attr: str, value: bool) -> Callable[[Lexeme], bool]:
    return lambda lex: getattr(lex, attr) == value


def _required(op: str | None) -> bool | None:
    """Whether a token with OP must match at least once; None for an operator we do not model."""
    if op in REQUIRED_OPS:
        return True
    if op in OPTIONAL_OPS:
        return False
    found = MIN_MAX.match(op) if isinstance(op, str) else None
    if found is None:
        return None  # '!' and the like
    return found.group(1) not in ("", "0")


class MatchWindows:
    """The stretches of a doc where some of PATTERNS can match (see the module docstring)."""

    def __init__(self, vocab, patterns: list[list[dict]]) -> None:
        self.vocab = vocab
        self.enabled = True
        specs: dict[str, _Spec] = {}
        anchors: set[str] = set()
        inner: set[str] = set()  # specs that may match a token inside a match, not only its last one
        anchors_of: list[list[str]] = []  # each pattern's anchor specs
        for pattern in patterns:
            required = []
            for i, token in enumerate(pattern):
                key = repr(sorted((k, repr(v)) for k, v in token.items() if k != "OP"))
                specs.setdefault(key, _Spec(token, vocab))
                need = _required(token.get("OP"))
                if need is None:
                    self.enabled = False
                elif need:
                    required.append(key)
                if i < len(pattern) - 1 or token.get("OP") not in LAST_TOKEN_OPS:
                    inner.add(key)
            keys = [min(required, key=lambda k: specs[k].selectivity)] if required else [
                repr(sorted((k, repr(v)) for k, v in t.items() if k != "OP")) for t in pattern]
            anchors.update(keys)
            anchors_of.append(keys)
        # A pattern's last spec, matching one token at most, can only match the token after the others:
        # a split token at worst, which closes the window and lies in it. So it splits no stretch
        # ('org-analyst-at' ends with any word not a noun: counted, it made the names' window the whole doc).
        counted = {key: spec for key, spec in specs.items() if key in inner or key in anchors}
        # Specs testing the lexeme only are folded into two bits per lexeme; the others keep a bit each.
        self.plain = [(spec, key in anchors) for key, spec in counted.items() if not spec.token_tests]
        self.mixed = [(spec, key in anchors) for key, spec in counted.items() if spec.token_tests]
        self._bits: dict[int, int] = {}
        # The patterns a word may anchor (bits of their indices), when it may satisfy one of their anchor
        # specs by its lexeme tests (erring on "can", as the windows do), by its ORTH.
        self._anchor_specs = [(specs[key], sum(1 << number for number, keys in enumerate(anchors_of) if key in keys))
                              for key in sorted(anchors)]
        self._anchored: dict[int, int] = {}
        self.all_patterns = (1 << len(patterns)) - 1

    def _lexeme_bits(self, orth: int) -> int:
        lexeme = self.vocab[orth]
        bits = 0
        for spec, anchor in self.plain:
            if spec.lexeme_matches(lexeme):
                bits |= 3 if anchor else 1
        for i, (spec, _) in enumerate(self.mixed[:MAX_MIXED_BITS]):
            if spec.lexeme_matches(lexeme):
                bits |= 4 << i
        self._bits[orth] = bits
        return bits

    def masks(self, doc: Doc, start: int, end: int) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(may match some spec, may match an anchor) for each token of doc[start:end]."""
        known = self._bits
        orths = doc.to_array(ORTH)[start:end].tolist()
        bits = numpy.array([known[o] if o in known else self._lexeme_bits(o) for o in orths], dtype="int64")
        may, anchor = (bits & 1) != 0, (bits & 2) != 0
        # Each token array's few distinct values (a few dozen tags), each tested once per spec.
        arrays: dict[int, tuple[list[int], numpy.ndarray]] = {}
        for i, (spec, is_anchor) in enumerate(self.mixed):
            hit = (bits & (4 << i)) != 0 if i < MAX_MIXED_BITS else numpy.ones(len(bits), dtype=bool)
            for attr, allowed in spec.token_tests:
                if attr not in arrays:
                    values, inverse = numpy.unique(doc.to_array(attr)[start:end], return_inverse=True)
                    arrays[attr] = values.tolist(), inverse
                values, inverse = arrays[attr]
                hit &= numpy.array([value in allowed for value in values], dtype=bool)[inverse]
            may |= hit
            if is_anchor:
                anchor |= hit
        return may, anchor

    def windows(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) stretches of doc[start:end] that hold every match there, in order."""
        if not self.enabled:
            return [(start, end)]
        may, anchor = self.masks(doc, start, end)
        splits = numpy.flatnonzero(~may)
        anchors = numpy.flatnonzero(anchor)
        if not len(anchors):
            return []
        after = numpy.searchsorted(splits, anchors)  # the first split token at or after each anchor
        lefts = numpy.where(after > 0, splits[numpy.maximum(after - 1, 0)] + 1, 0) if len(splits) else numpy.zeros_like(anchors)
        rights = numpy.where(after < len(splits), splits[numpy.minimum(after, len(splits) - 1)] + 1, end - start) \
            if len(splits) else numpy.full_like(anchors, end - start)
        if len(anchors) > 1:  # the anchors of one stretch give it once
            first = numpy.concatenate(([True], lefts[1:] != lefts[:-1]))
            lefts, rights = lefts[first], rights[first]
        out: list[list[int]] = []
        for left, right in zip(lefts.tolist(), rights.tolist()):
            if out and left <= out[-1][1]:  # the same stretch, or the next one
                out[-1][1] = max(out[-1][1], right)
            else:
                out.append([left, right])
        return [(start + a, start + b) for a, b in out]


    def anchored(self, doc: Doc, windows: list[tuple[int, int]]) -> list[int]:
        """For each of WINDOWS, the patterns whose anchor a word of it may satisfy, as bits of their
        indices: no other pattern has a match there (every match holds its pattern's anchor)."""
        if not self.enabled:
            return [self.all_patterns] * len(windows)
        known = self._anchored
        orths = doc.to_array(ORTH)
        out = []
        for start, end in windows:
            patterns = 0
            for orth in orths[start:end].tolist():
                bits = known.get(orth)
                if bits is None:
                    lexeme = self.vocab[orth]
                    bits = 0
                    for spec, its_patterns in self._anchor_specs:
                        if spec.lexeme_matches(lexeme):
                            bits |= its_patterns
                    known[orth] = bits
                patterns |= bits
            out.append(patterns)
        return out


def merge_matches(parts: list[list[tuple]]) -> list[tuple]:
    """The Matcher's order over the whole stretch, from its matches over consecutive windows of it,
    for a Matcher whose patterns are all added with greedy="LONGEST" and no on_match (as
    BoundedMatcher adds them): match ids in order of first appearance, each id's matches longest
    first, then by start. Other Matchers order their matches otherwise."""
    if len(parts) == 1:
        return parts[0]
    by_key: dict[int, list[tuple]] = {}
    for part in parts:
        for match in part:
            by_key.setdefault(match[0], []).append(match)
    return [m for found in by_key.values() for m in sorted(found, key=lambda m: (m[1] - m[2], m[1]))]
