"""Headlines: which lines are in title case or in capitals, and which capitalised words in them are ordinary words.

ANNOTATION §1: an article's first line is its headline, annotated like the body. Newswire and
business news write headlines in title case ("Nordwind Profit Falls", "Acme to Buy Quill Unit"),
and the ner and the name rules read the capitalised verbs and nouns as words of a name
("Nordwind Profit Falls" one PRODUCT, "Buy Quill" one ORG). In a title-case line a capitalised
word whose lower case the model's lexicon lists (a word of its lemma tables, or a form its rules
reduce to one: "rises", "profits") is an ordinary word: it begins, ends or extends no name, but
where a name covers it that the gazetteers list or the article's body writes ("General Motors to
Cut Jobs" after "General Motors Co." in the body; "Quaker Oats Posts Gain").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, IS_STOP, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from extract.entities import short_forms
from extract.name_words import EDITION_WORDS, ORG_SUFFIXES, POSSESSIVES

# A title-case line: at least this share of its content words (alphabetic, no stop word) capitalised,
TITLE_CASE_SHARE = 0.8
# at least this many of them, and no more content words than a headline has.
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 20
# The longest name of the body looked for inside a headline, in tokens.
BODY_NAME_TOKENS = 6
# The lemmatizer's tables and the parts of speech whose rules reduce an inflected form to a listed word.
LEMMA_POS = ("noun", "verb", "adj")
# The ner's kinds of a name that a headline's ordinary words cut: ours, and a person (the ner reads
# "Nordwind Profit Falls" as one), whose pieces are left to the rules where a known name is one.
CUT_TYPES = frozenset({"ORG", "PRODUCT", "PERSON"})
# Words that go on with a name and begin none: a suffix ('Nordwind Bank', 'Acme Airlines') or an edition
# ('Quill 3 Pro'); no ordinary word after a name word, and no name alone.
NAME_END_WORDS = ORG_SUFFIXES | EDITION_WORDS


def lexicon_test(nlp: Language) -> Callable[[str], bool]:
    """lowercase word -> the model's lexicon lists it: a word of the lemmatizer's tables, or a form its
    rules reduce to a listed base form ('rises' -> 'rise', 'profits' -> 'profit', 'higher' -> 'high');
    nothing without a lemmatizer."""
    if "lemmatizer" not in nlp.component_names:
        return lambda word: False
    lookups = nlp.get_pipe("lemmatizer").lookups
    tables = [lookups.get_table(t) for t in ("lemma_index", "lemma_exc") if lookups.has_table(t)]
    words = frozenset(word for table in tables for entries in table.values() for word in entries)
    index = lookups.get_table("lemma_index") if lookups.has_table("lemma_index") else {}
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    bases = {pos: (frozenset(index.get(pos, ())), tuple(rules.get(pos, ()))) for pos in LEMMA_POS}
    known: dict[str, bool] = {}

    def listed(word: str) -> bool:
        if word not in known:
            known[word] = word in words or any(
                word.endswith(old) and word[:len(word) - len(old)] + new in base
                for base, pos_rules in bases.values() for old, new in pos_rules if old)
        return known[word]

    return listed


def doc_lines(doc: Doc) -> list[Span]:
    """The doc's lines, between line breaks (the break left out), but empty ones (no headline; and an empty
    Span at the doc's end costs the doc's whole text, which spaCy builds for its offset)."""
    lines, start = [], 0
    # a line break is a space token's (a token's own trailing whitespace is one space at most)
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if "\n" in doc[i].text:
            if i > start:
                lines.append(doc[start:i])
            start = i + 1
    if start < len(doc):
        lines.append(doc[start:len(doc)])
    return lines


def headline_lines(lines: list[Span]) -> list[Span]:
    """The title-case ones of a doc's LINES (doc_lines): not ending in a sentence's period, with
    HEADLINE_MIN_WORDS to HEADLINE_MAX_WORDS content words, TITLE_CASE_SHARE of them capitalised."""
    if not lines:
        return []
    doc = lines[0].doc
    # per token, read once from the doc's arrays: a content word (letters, no stop word), a space, a period
    words = numpy.logical_and(doc.to_array(IS_ALPHA), ~doc.to_array(IS_STOP).astype(bool))
    spaces = doc.to_array(IS_SPACE).astype(bool)
    orths = doc.to_array(ORTH)
    return [line for line in lines if _title_case(line, words, spaces, orths)]


def capitals_lines(lines: list[Span]) -> list[Span]:
    """The ones of a doc's LINES (doc_lines) written in capitals, as wire copy writes its headlines
    ('AMALGAMATED TOOL AGREES TO $1.2 BILLION BID FROM HARLAN GROUP'): at least HEADLINE_MIN_WORDS words
    of letters, and not one lower-case letter. Case tells nothing there: the ner reads 'CAR SALES SLIP' as a
    name, and a name the body writes ('Amalgamated Tool Corp.') is not the same letters. None in a doc
    written mostly in capitals (a feed that writes its whole text so): its body is those lines."""
    if not lines:
        return []
    doc = lines[0].doc
    alpha = doc.to_array(IS_ALPHA)  # the words of letters, read once from the doc's array
    orths = doc.to_array(ORTH)
    kept = [line for line in lines if alpha[line.start:line.end].sum() >= HEADLINE_MIN_WORDS
            and not any(_has_lower(doc, orth) for orth in orths[line.start:line.end].tolist())]
    return kept if sum(int(alpha[line.start:line.end].sum()) for line in kept) * 2 <= int(alpha.sum()) else []


# By a word's ORTH: its spelling holds a lower-case letter (capitals_lines), once per word seen.
_HAS_LOWER: dict[int, bool] = {}


def _has_lower(doc: Doc, orth: int) -> bool:
    found = _HAS_LOWER.get(orth)
    if found is None:
        found = _HAS_LOWER[orth] = any(map(str.islower, doc.vocab.strings[orth]))
    return found


def _title_case(line: Span, words: numpy.ndarray, spaces: numpy.ndarray, orths: numpy.ndarray) -> bool:
    """LINE in title case; WORDS, SPACES and ORTHS are its doc's arrays (content words, spaces, spellings)."""
    filled = numpy.flatnonzero(~spaces[line.start:line.end])
    if not len(filled) or orths[line.start + filled[-1]] == _PERIOD:
        return False
    content = (line.start + numpy.flatnonzero(words[line.start:line.end])).tolist()
    capitalised = sum(_capitalised(line.doc, orths[i]) for i in content)
    return HEADLINE_MIN_WORDS <= capitalised and len(content) <= HEADLINE_MAX_WORDS and capitalised >= TITLE_CASE_SHARE * len(content)


_PERIOD = get_string_id(".")
# By a word's ORTH: its first letter is a capital (_title_case), once per word seen.
_CAPITALISED: dict[int, bool] = {}


def _capitalised(doc: Doc, orth: int) -> bool:
    found = _CAPITALISED.get(orth)
    if found is None:
        found = _CAPITALISED[orth] = doc.vocab.strings[orth][:1].isupper()
    return found


def body_names(doc: Doc, lines: list[Span], names: Iterable[Span]) -> set[str]:
    """The surfaces the body (outside LINES) writes NAMES with, and their short forms
    ('Nordwind' of 'Nordwind Corp.')."""
    inside = {t.i for line in lines for t in line}
    surfaces = {span.text for span in names if span.start not in inside}
    return surfaces | {form for text in surfaces for form in short_forms(text)}


class Headlines:
    """The title-case lines of one doc and their ordinary words (see the module's docstring)."""

    def __init__(self, doc: Doc, lines: list[Span], listed: Iterable[tuple[int, int]], body: set[str],
                 lexicon: Callable[[str], bool]) -> None:
        self.doc = doc
        self.tokens = {t.i for line in lines for t in line}
        protected = {i for start, end in listed for i in range(start, end)}
        strings = doc.vocab.strings  # the words read from the doc's arrays, no Token made for each
        body_words = {strings[orth] for i, (orth, alpha, lower) in enumerate(doc.to_array([ORTH, IS_ALPHA, IS_LOWER]).tolist())
                      if alpha and lower and i not in self.tokens}
        lexicon = _or_written_lowercase(lexicon, body_words)  # 'Office App' over a body's 'the app'
        for line in lines:  # the body's names written in the headline cover their words
            tokens = list(line)
            with_ws = [t.text_with_ws for t in tokens]  # each stretch's text joined as Span.text is
            for start in range(len(tokens)):
                for end in range(start + 1, min(start + BODY_NAME_TOKENS, len(tokens)) + 1):
                    if "".join(with_ws[start:end - 1]) + tokens[end - 1].text in body:
                        protected.update(range(line.start + start, line.start + end))
        self.ordinary = {t.i for line in lines for t in line if t.i not in protected and t.text not in NAME_END_WORDS
                         and _ordinary(t, lexicon)}
        self.opening = {t.i for line in lines for t in line if t.i not in protected and t.text in NAME_END_WORDS
                        and _ordinary(t, lexicon)}  # 'Bank Stocks Rally': a suffix word opens no name

    def cut(self, span: Span) -> bool:
        """SPAN lies in a headline and holds an ordinary word, or opens with a suffix or edition word."""
        return span.start in self.tokens and (span.start in self.opening
                                              or any(i in self.ordinary for i in range(span.start, span.end)))

    def pieces(self, span: Span) -> list[Span]:
        """SPAN's runs of name words between ordinary words ('Nordwind Profit Falls' -> ['Nordwind'];
        'Acme Unit to Buy Quill' -> ['Acme', 'Quill']): a run begins at a word that is neither
        ordinary, nor lowercase, nor a suffix or edition word (NAME_END_WORDS: 'Nordwind Bank',
        'Quill 3 Pro'), and ends before an ordinary or lowercase word or a possessive; punctuation at
        its ends is left out, and a run without a letter is none ('10,000')."""
        doc, out, start = self.doc, [], None
        for i in range(span.start, span.end + 1):
            token = doc[i] if i < span.end else None
            breaks = (token is None or i in self.ordinary or token.is_space or token.text in POSSESSIVES
                      or (token.is_alpha and token.is_lower))
            if start is None:
                if not breaks and not token.is_punct and token.text not in NAME_END_WORDS:
                    start = i
                continue
            if breaks:
                end = i
                while end > start and doc[end - 1].is_punct:
                    end -= 1
                if any(c.isalpha() for c in doc[start:end].text):
                    out.append(Span(doc, start, end, label=span.label))
                start = None
        return out


def _ordinary(token: Token, lexicon: Callable[[str], bool]) -> bool:
    """A capitalised word of the lexicon ('Net', 'Rises', 'Profits'); no word in capitals ('MAX', 'AT&T')."""
    text = token.text
    return token.is_alpha and len(text) > 1 and text[0].isupper() and text[1:].islower() and lexicon(token.lower_)


def _or_written_lowercase(lexicon: Callable[[str], bool], body_words: set[str]) -> Callable[[str], bool]:
    """LEXICON, or a word the article's body writes in lower case ('app', 'ransomware': words the
    model's lemma tables are older than)."""
    return lambda word: word in body_words or lexicon(word)
