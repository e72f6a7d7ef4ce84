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
"""

from __future__ import annotations

import re

from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens import Doc

# Attributes a one-token pattern may read for the lookup; any other keeps the ruler's own matcher.
# (Values the lookup compares as the strings' hashes the Matcher compares: not POS, MORPH or LEMMA.)
STRING_ATTRS = ("TAG", "LOWER", "ORTH", "TEXT", "NORM", "DEP")
FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT")  # booleans: the value itself is in the key
# Predicates whose answer depends on whether the value is one of those named, not on the value itself.
NAMING_PREDICATES = frozenset({"IN", "NOT_IN"})
NO_VALUE = -1  # every value no pattern names, in a lookup key (no hash: arrays are uint64, '' is 0)
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
        for key, patterns in self.rows:
            for pattern in patterns:
                one = len(pattern) == 1 and pattern[0].get("OP") in (None, "1")
                (self.single if one else self.longer).add(key, [pattern])
                for spec in pattern if one else ():
                    for attr, value in spec.items():
                        if attr.upper() != "OP":
                            self.usable &= _name_values(named, regexes, attr.upper(), value, vocab)
        self.attrs = sorted(named)
        self.ids = [IDS["ORTH" if a == "TEXT" else a] for a in self.attrs]
        self.named = [named[a] for a in self.attrs]
        self.tested = [(i, [re.compile(r) for r in regexes[a]], {}) for i, a in enumerate(self.attrs) if a in regexes]
        self.size = len(self.whole)
        self._found: dict[tuple, tuple[int, ...]] = {}

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
            found, strings = self._found, self.vocab.strings
            rows = doc.to_array(self.ids).reshape(len(doc), -1).tolist() if self.ids else [[]] * len(doc)
            for i, row in enumerate(rows):
                key = tuple(v if keep is None or v in keep else NO_VALUE for v, keep in zip(row, self.named))
                for j, rxs, memo in self.tested:
                    answers = memo.get(row[j])
                    if answers is None:
                        if len(memo) >= MAX_REGEX_MEMO:
                            memo.clear()
                        answers = memo[row[j]] = tuple(rx.search(strings[row[j]]) is not None for rx in rxs)
                    key += answers
                keys = found.get(key)
                if keys is None:
                    keys = found[key] = tuple(m for m, _, _ in self.single(doc[i:i + 1], allow_missing=True))
                out.update((m, i, i + 1) for m in keys)
        if len(self.longer):
            out.update(self.longer(doc, allow_missing=True))
        return list(out)

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


def speed_up(ruler) -> None:
    """Swap RULER's Matcher for a RulerLookup over its patterns (the same matches, faster)."""
    if not isinstance(ruler.matcher, RulerLookup):
        ruler.matcher = RulerLookup(ruler.matcher, ruler.patterns, ruler.vocab)
