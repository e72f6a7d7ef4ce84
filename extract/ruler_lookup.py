"""The model's attribute_ruler with its one-token patterns looked up once per kind of token, not matched at every token.

The small English model's attribute_ruler maps tags to POS and morphology with 179 Matcher
patterns, 171 of them one token long, and spaCy's Matcher tries every pattern at every token
(a tenth of the model's time). Whether a one-token pattern matches a token depends only on
what its tests on the attributes it reads answer, so `RulerLookup` matches such patterns once
per distinct key and remembers the result. A token's key holds, for each attribute read, the
value where a pattern names it (every other value is one value, NO_VALUE), a flag's value, and
the answer of each REGEX on it: a key space bounded by the patterns, not by the text. Longer
patterns go through a Matcher of their own. The ruler sorts the matches before it applies
them, so the result is the ruler's own: `speed_up(ruler)` swaps its matcher for this one.
Patterns added or removed through the lookup rebuild it; the ruler's Matcher changed behind
its back (its length differs) sends every call to that Matcher.

`speed_up` also makes the ruler write its attributes by arrays (`LookupAttributeRuler`): the
stock ruler sorts its matches (about 1.2 a token) and sets each one's attributes through a
Span and a Token; a token's one-token matches depend on its key only, so the attributes they
leave (applied in the ruler's order, the last one of each attribute winning) are worked out
once per key, a longer pattern's match folded in at its token, and written with one
`Doc.from_array`. What the arrays cannot write (an extension attribute, an attribute of the
lexeme, a pattern index outside its match) takes the stock path.
"""

from __future__ import annotations

import math
import re

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from extract.match_windows import MatchWindows

# Attributes a one-token pattern may read for the lookup; any other keeps the ruler's own matcher.
# (Values the lookup compares as the strings' hashes the Matcher compares: not POS, MORPH or LEMMA.)
STRING_ATTRS = ("TAG", "LOWER", "ORTH", "TEXT", "NORM", "DEP")
FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT")  # booleans: the value itself is in the key
# Predicates whose answer depends on whether the value is one of those named, not on the value itself.
NAMING_PREDICATES = frozenset({"IN", "NOT_IN"})
NO_VALUE = 0  # every value no pattern names, in a lookup key: rank 0 (named values rank from 1, so '' is no rank)
MAX_CODE = 2**62  # keys coded as one int64 (see _token_keys); a ruler with more possible keys keeps its matcher
# Token attributes the arrays write as the ruler would (Token.set_struct_attr; none of them is the lexeme's).
ARRAY_ATTRS = (POS, TAG, MORPH, LEMMA, DEP)
MAX_REGEX_MEMO = 50_000  # values whose REGEX answers are remembered, per attribute; cleared when full


class RulerLookup:
    """Stands in for the ruler's Matcher: `(match_id, start, end)` for every match, one-token patterns by lookup."""

    def __init__(self, matcher: Matcher, patterns: list[dict], vocab) -> None:
        self.whole = matcher  # the ruler's own, for everything but its calls
        self.vocab = vocab
        self.rows = [(vocab.strings.add(str(number)), list(row["patterns"])) for number, row in enumerate(patterns)]
        self._build()

    def _build(self) -> None:
        vocab = self.vocab
        self.single = Matcher(vocab)
        self.longer = Matcher(vocab)
        named: dict[str, set[int] | None] = {}
        regexes: dict[str, list[str]] = {}
        self.usable = True
        longer: list[list[dict]] = []
        for key, patterns in self.rows:
            for pattern in patterns:
                one = len(pattern) == 1 and pattern[0].get("OP") in (None, "1")
                (self.single if one else self.longer).add(key, [pattern])
                if not one:
                    longer.append(pattern)
                for spec in pattern if one else ():
                    for attr, value in spec.items():
                        if attr.upper() != "OP":
                            self.usable &= _name_values(named, regexes, attr.upper(), value, vocab)
        self.attrs = sorted(named)
        self.ids = [IDS["ORTH" if a == "TEXT" else a] for a in self.attrs]
        self.named = [named[a] for a in self.attrs]
        self.tested = [(i, [re.compile(r) for r in regexes[a]], {}) for i, a in enumerate(self.attrs) if a in regexes]
        self._named_arrays = [None if keep is None else numpy.array(sorted(keep), dtype="uint64") for keep in self.named]
        # A key is coded as one int: each attribute's named value (its rank, NO_VALUE for any other) or flag, each REGEX answer.
        sizes = [2 if keep is None else len(keep) + 1 for keep in self.named] + [2] * sum(len(r) for _, r, _ in self.tested)
        self.usable &= math.prod(sizes) < MAX_CODE
        # The longer patterns are matched only where they can match (extract/match_windows.py); made on first use.
        self._longer_patterns = longer
        self._longer_windows: MatchWindows | None = None
        self.size = len(self.whole)
        self._found: dict[tuple, tuple[int, ...]] = {}
        self._merges: dict[tuple[int, ...], dict[int, int]] = {}

    def add(self, key, patterns, **kwargs) -> None:
        self.whole.add(key, patterns, **kwargs)
        key = self.vocab.strings.add(key) if isinstance(key, str) else key
        self.rows.append((key, list(patterns)))
        self._build()

    def remove(self, key) -> None:
        self.whole.remove(key)
        key = self.vocab.strings.add(key) if isinstance(key, str) else key
        self.rows = [row for row in self.rows if row[0] != key]
        self._build()

    def __call__(self, doc: Doc, **kwargs) -> list[tuple[int, int, int]]:
        if not self.usable or kwargs.get("as_spans") or kwargs.get("with_alignments") or len(self.whole) != self.size:
            return self.whole(doc, **kwargs)
        out: set[tuple[int, int, int]] = set()
        if len(self.single) and len(doc):
            keys, inverse = self._token_keys(doc)
            for i, k in enumerate(inverse.tolist()):
                out.update((m, i, i + 1) for m in keys[k])
        out.update(self._longer_matches(doc))
        return list(out)

    def _token_keys(self, doc: Doc) -> tuple[list[tuple[int, ...]], numpy.ndarray]:
        """The one-token patterns' match ids of each distinct key in DOC, and each token's key (an index into them).
        A key is coded as one int, each attribute's part in its own range: the rank of its value among those
        the patterns name (NO_VALUE for any other), a flag's value, each REGEX's answer."""
        n = len(doc)
        columns = doc.to_array(self.ids).reshape(n, -1) if self.ids else numpy.zeros((n, 0), dtype="uint64")
        codes = numpy.zeros(n, dtype="int64")
        for j, named in enumerate(self._named_arrays):
            column = columns[:, j]
            if named is None:
                codes = codes * 2 + column.astype("int64")
                continue
            rank = numpy.minimum(numpy.searchsorted(named, column), max(len(named) - 1, 0))
            hit = named[rank] == column if len(named) else numpy.zeros(n, dtype=bool)
            codes = codes * (len(named) + 1) + numpy.where(hit, rank + 1, NO_VALUE)
        strings = self.vocab.strings
        for j, rxs, memo in self.tested:
            values, where = numpy.unique(columns[:, j], return_inverse=True)
            answers = []
            for value in values.tolist():
                found = memo.get(value)
                if found is None:
                    if len(memo) >= MAX_REGEX_MEMO:
                        memo.clear()
                    found = memo[value] = tuple(rx.search(strings[value]) is not None for rx in rxs)
                answers.append(found)
            table = numpy.array(answers, dtype="int64").reshape(len(values), len(rxs))[where.reshape(-1)]
            for r in range(len(rxs)):
                codes = codes * 2 + table[:, r]
        distinct, first, inverse = numpy.unique(codes, return_index=True, return_inverse=True)
        keys = []
        for code, i in zip(distinct.tolist(), first.tolist()):
            matched = self._found.get(code)
            if matched is None:
                matched = self._found[code] = tuple(m for m, _, _ in self.single(doc[i:i + 1], allow_missing=True))
            keys.append(matched)
        return keys, inverse.reshape(-1)

    def _longer_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(self.longer):
            return []
        if self._longer_windows is None:
            self._longer_windows = MatchWindows(self.vocab, self._longer_patterns)
        return [(m, a + s, a + e) for a, b in self._longer_windows.windows(doc, 0, len(doc))
                for m, s, e in self.longer(doc[a:b], allow_missing=True)]

    def annotate(self, doc: Doc, attrs: list[dict], indices: list[int]) -> bool:
        """Set on DOC the attributes the ruler's set_annotations would set (ATTRS, INDICES: the ruler's, by
        pattern number), by arrays; False, with DOC untouched, where the arrays cannot do it."""
        if not self.usable or len(self.whole) != self.size or not len(doc):
            return False
        strings = self.vocab.strings
        keys, inverse = self._token_keys(doc) if len(self.single) else ([()], numpy.zeros(len(doc), dtype="int64"))
        numbers = [tuple(sorted({int(strings[m]) for m in key})) for key in keys]
        if any(indices[a] not in (0, -1) for key in numbers for a in key):
            return False  # the one token of a one-token match is its index 0 and -1 only
        extra: dict[int, set[int]] = {}
        for m, start, end in self._longer_matches(doc):
            number = int(strings[m])
            index = indices[number]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                return False  # the ruler raises its own error
            extra.setdefault(at, set()).add(number)
        merged = [self._merged(key, attrs) for key in numbers]
        special = {i: self._merged(tuple(sorted(set(numbers[inverse[i]]) | more)), attrs) for i, more in extra.items()}
        if any(m is None for m in (*merged, *special.values())):
            return False
        written = sorted({a for m in (*merged, *special.values()) for a in m})
        if not written:
            return True
        values = doc.to_array(written).reshape(len(doc), -1)
        for j, attr in enumerate(written):
            setting = numpy.array([attr in m for m in merged], dtype=bool)[inverse]
            new = numpy.array([m.get(attr, 0) for m in merged], dtype="uint64")[inverse]
            values[:, j] = numpy.where(setting, new, values[:, j])
            for i, m in special.items():
                if attr in m:
                    values[i, j] = m[attr]
        doc.from_array(written, values)
        return True

    def _merged(self, numbers: tuple[int, ...], attrs: list[dict]) -> dict[int, int] | None:
        """The attributes the patterns NUMBERS leave on a token when applied in order; None if one is not ours to write."""
        found = self._merges.get(numbers)
        if found is None:
            found = {}
            for number in numbers:
                for attr, value in attrs[number].items():
                    if attr not in ARRAY_ATTRS or not isinstance(value, int):
                        return None
                    found[attr] = value
            self._merges[numbers] = found
        return found

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_longer_windows": None}  # its tests are closures; made again on first use

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "whole":  # not yet set while unpickling
            raise AttributeError(name)
        return getattr(self.whole, name)


def _name_values(named: dict[str, set[int] | None], regexes: dict[str, list[str]], attr: str, value, vocab) -> bool:
    """Record what a pattern's test of ATTR reads: the values it names, or its REGEX; False for any other test."""
    if attr in FLAG_ATTRS:
        named[attr] = None  # the value itself, True or False
        return isinstance(value, bool)
    if attr not in STRING_ATTRS:
        return False
    named.setdefault(attr, set())
    if isinstance(value, dict):
        if set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
            regexes.setdefault(attr, []).append(value["REGEX"])
            return True
        if not set(value) <= NAMING_PREDICATES:
            return False
        values = [v for vs in value.values() for v in vs]
    else:
        values = [value]
    if any(not isinstance(v, str) for v in values):
        return False
    named[attr].update(vocab.strings.add(v) for v in values)
    return True


class LookupAttributeRuler(AttributeRuler):
    """The attribute_ruler writing by arrays where its RulerLookup can (see the module docstring), else as it does."""

    def __call__(self, doc: Doc) -> Doc:
        lookup = self.matcher
        try:
            if isinstance(lookup, RulerLookup) and lookup.annotate(doc, self.attrs, self.indices):
                return doc
        except Exception as e:  # noqa: BLE001  as the stock ruler's __call__: to the pipe's error handler (raises by default)
            return self.get_error_handler()(self.name, self, [doc], e)
        return super().__call__(doc)


def speed_up(ruler) -> None:
    """Swap RULER's Matcher for a RulerLookup over its patterns (the same matches, faster), and let a stock
    attribute_ruler write by arrays (the same attributes)."""
    if not isinstance(ruler.matcher, RulerLookup):
        ruler.matcher = RulerLookup(ruler.matcher, ruler.patterns, ruler.vocab)
    if type(ruler) is AttributeRuler:
        ruler.__class__ = LookupAttributeRuler
