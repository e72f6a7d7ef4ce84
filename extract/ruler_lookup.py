"""The model's attribute_ruler with its one-token patterns looked up once per kind of token, not matched at every token.

The small English model's attribute_ruler maps tags to POS and morphology with 179 Matcher
patterns, 171 of them one token long, and spaCy's Matcher tries every pattern at every token
(a tenth of the model's time). Whether a one-token pattern matches a token depends on the
attributes it reads only, so `RulerLookup` matches such patterns once per distinct tuple of
those attributes (values no pattern names are one value) and remembers the result; longer
patterns go through a Matcher of their own. The ruler sorts the matches before it applies
them, so the result is the ruler's own: `speed_up(ruler)` swaps its matcher for this one.
"""

from __future__ import annotations

from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens import Doc

# Attributes a one-token pattern may read for the lookup; any other keeps the ruler's own matcher.
# (Values the lookup compares as the strings' hashes the Matcher compares: not POS, MORPH or LEMMA.)
TOKEN_ATTRS = ("TAG", "LOWER", "ORTH", "TEXT", "NORM", "DEP", "IS_SPACE", "IS_PUNCT")
# Predicates whose answer depends on whether the value is one of those named, not on the value itself.
NAMING_PREDICATES = frozenset({"IN", "NOT_IN"})
NO_VALUE = 0  # every value no pattern names, in a lookup key


class RulerLookup:
    """Stands in for the ruler's Matcher: `(match_id, start, end)` for every match, one-token patterns by lookup."""

    def __init__(self, matcher: Matcher, patterns: list[dict], vocab) -> None:
        self.whole = matcher  # the ruler's own, for everything but its calls
        self.vocab = vocab
        self.single = Matcher(vocab)
        self.longer = Matcher(vocab)
        named: dict[str, set[int] | None] = {}
        for number, row in enumerate(patterns):
            key = vocab.strings.add(str(number))
            for pattern in row["patterns"]:
                one = len(pattern) == 1 and pattern[0].get("OP") in (None, "1")
                (self.single if one else self.longer).add(key, [pattern])
                for spec in pattern if one else ():
                    for attr, value in spec.items():
                        _name_values(named, attr.upper(), value, vocab)
        self.attrs = sorted(named)
        self.usable = all(a in TOKEN_ATTRS for a in self.attrs)
        self.ids = [IDS["ORTH" if a == "TEXT" else a] for a in self.attrs]
        self.named = [named[a] for a in self.attrs]
        self._found: dict[tuple, tuple[int, ...]] = {}

    def __call__(self, doc: Doc, **kwargs) -> list[tuple[int, int, int]]:
        if not self.usable or kwargs.get("as_spans") or kwargs.get("with_alignments") or not len(self.single):
            return self.whole(doc, **kwargs)
        found = self._found
        rows = doc.to_array(self.ids).tolist() if len(doc) else []
        out: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            key = tuple(v if keep is None or v in keep else NO_VALUE for v, keep in zip(row, self.named))
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


def _name_values(named: dict[str, set[int] | None], attr: str, value, vocab) -> None:
    """Record the values of ATTR that a pattern names; None where it needs the value itself (REGEX, comparisons)."""
    if attr == "OP":
        return
    if isinstance(value, dict):
        if not set(value) <= NAMING_PREDICATES:
            named[attr] = None
            return
        values = [v for vs in value.values() for v in vs]
    else:
        values = [value]
    if attr in named and named[attr] is None:
        return
    if any(not isinstance(v, str) for v in values):
        named[attr] = None  # booleans and numbers: keep the value
        return
    named.setdefault(attr, set()).update(vocab.strings.add(v) for v in values)


def speed_up(ruler) -> None:
    """Swap RULER's Matcher for a RulerLookup over its patterns (the same matches, faster)."""
    if not isinstance(ruler.matcher, RulerLookup):
        ruler.matcher = RulerLookup(ruler.matcher, ruler.patterns, ruler.vocab)
