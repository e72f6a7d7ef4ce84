"""Span surgery shared by the components: trimming, extending, splitting, overlaps; what made a span (its origin)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.lexeme import Lexeme
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from extract.match_windows import EXTENSION_LEXEME_TESTS
from extract.name_words import AND_INSTITUTION_WORDS, DEAL_NOUNS, HONORIFICS, JOINING_WORDS, ORG_SUFFIXES, POSSESSIVES
from extract.normalize.mods import QUANTITY_MODS
from extract.rules import GLUED_AMOUNT, NAME_BLOCKING_DATE_WORDS

_CAMEL = re.compile(r"^(?:[a-z]{1,3}[A-Z]|[A-Z][a-z]+[A-Z])\w*$|^[A-Z][A-Za-z]*\d\w*$")
_GLUED_AMOUNT = re.compile(GLUED_AMOUNT, re.IGNORECASE)
QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019`")

MOD_PHRASES: tuple[tuple[str, ...], ...] = tuple(sorted(
    {tuple(p.split()) for p, _ in QUANTITY_MODS if p[0].isalpha()},
    key=len, reverse=True,
))
# doc.user_data[(ORIGIN_KEY, start_char, end_char)]: what made the entity span there (span_origin).
ORIGIN_KEY = "extract.origin"


@lru_cache(maxsize=4096)  # asked for each candidate many times over while the votes are counted
def spelling_key(text: str) -> str:
    """'Link Now' and 'LinkNow' -> 'linknow': case, spacing and hyphen variants are one name."""
    return re.sub(r"[\s\-\u2010-\u2015.'\u2019]", "", text.lower())


def span_origin(span: Span) -> str | dict | None:
    """What made an entity span: for a DATE, MONEY or PERCENT (extract_quantities) the pattern row's
    id or the model's span ('model DATE', 'holiday name', ...); for an ORG or PRODUCT (extract_names)
    a dict of its candidate's source and pattern id and the votes; None for a span neither made."""
    return span.doc.user_data.get((ORIGIN_KEY, span.start_char, span.end_char))


def word_ids(words) -> frozenset[int]:
    """The string ids (hashes) of WORDS, for tokens_among."""
    return frozenset(get_string_id(w) for w in words)


def tokens_among(doc: Doc, ids: frozenset[int]) -> list[Token]:
    """The tokens of DOC whose lower case is one of the words of IDS (word_ids), read from the doc's
    LOWER array: no Token is made for the others."""
    return [doc[i] for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in ids]


def is_number(token: Token) -> bool:
    """'44.7', 'two', '1,250,000', '5.2bn' -> True."""
    return token.like_num or bool(_GLUED_AMOUNT.match(token.text))


def word_at(doc: Doc, i: int) -> str:
    """The lowercased word at I, '' outside the doc."""
    return doc[i].lower_ if 0 <= i < len(doc) else ""


NAME_READINGS = frozenset({"ORG", "PRODUCT"})
# The tagger's readings of an invented name's word it takes for an ordinary one ("Ledgerly" an adverb, "Crestive" an
# adjective): a compound of a proper noun, it is a name's word (is_name_part).
MISREAD_NAME_TAGS = frozenset({"RB", "JJ", "VB", "VBN", "VBG", "VBZ", "VBD"})


def is_name_part(token: Token) -> bool:
    """A token that can be part of a name: proper noun or CamelCase shape, not a date word."""
    word = _NAME_WORDS.get(token.orth)
    if word is None:
        word = _NAME_WORDS[token.orth] = name_word(token)
    if not word:
        return False
    # a capitalised word the ner reads inside a name, whatever its tag ("its Arcline laptops", tagged JJ), or one the
    # parser makes a compound of a proper noun ("Ledgerly Software Inc.", its "-ly" tagged an adverb)
    return token.tag_ in ("NNP", "NNPS") or bool(_CAMEL.match(token.text)) or (
        token.tag_ == "JJ" and token.ent_type_ in NAME_READINGS) or (
        token.dep_ == "compound" and token.tag_ in MISREAD_NAME_TAGS and token.head.tag_ in ("NNP", "NNPS") and token.head.i > token.i)


# name_word of each word seen, by its ORTH: what it reads is the word's own (its text and lexeme
# flags), and the names' Matcher asks is_name_part of every token of its windows.
_NAME_WORDS: dict[int, bool] = {}


def name_word(word: Token | Lexeme) -> bool:
    """What is_name_part asks of the word itself: capitalised or CamelCase, no punctuation,
    date word or honorific (a Token or a Lexeme: the Matcher skips words that fail it)."""
    text = word.text
    if word.is_punct or word.is_space or word.lower_ in NAME_BLOCKING_DATE_WORDS or text.rstrip(".") in HONORIFICS:
        return False
    return text[:1].isupper() or bool(_CAMEL.match(text))


def register_extensions() -> None:
    for name, getter in (("is_number", is_number), ("is_name_part", is_name_part)):
        if not Token.has_extension(name):
            Token.set_extension(name, getter=getter)
    EXTENSION_LEXEME_TESTS["is_name_part"] = name_word


@lru_cache(maxsize=None)
def _by_length(phrases: tuple[tuple[str, ...], ...]) -> tuple[tuple[int, frozenset], ...]:
    """PHRASES grouped by length, longest first: one set lookup per length, not one compare per phrase."""
    lengths = sorted({len(p) for p in phrases}, reverse=True)
    return tuple((n, frozenset(p for p in phrases if len(p) == n)) for n in lengths)


def extend_left(span: Span, phrases: tuple[tuple[str, ...], ...]) -> Span:
    """Take in a modifier phrase written right before SPAN ('more than' + '40 per cent'); the longest wins."""
    doc, start = span.doc, span.start
    for n, group in _by_length(phrases):
        if start - n >= 0 and tuple(t.lower_ for t in doc[start - n:start]) in group:
            return Span(doc, start - n, span.end, label=span.label)
    return span


def extend_right(span: Span, phrases: tuple[tuple[str, ...], ...]) -> Span:
    """Take in a modifier phrase written right after SPAN ('1994' + 'or later'); the longest wins."""
    doc, end = span.doc, span.end
    for n, group in _by_length(phrases):
        if end + n <= len(doc) and tuple(t.lower_ for t in doc[end:end + n]) in group:
            return Span(doc, span.start, end + n, label=span.label)
    return span


def starts_with(span: Span, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when SPAN opens with one of PHRASES ('early 2020')."""
    words = tuple(t.lower_ for t in span[:4])
    return any(words[:len(p)] == p for p in phrases)


_TWO_DIGITS = re.compile(r"\d0s|\d\d")


def elided_century(token) -> bool:
    """The apostrophe of '99 and '90s: part of the year, not a quote."""
    doc = token.doc
    return (token.text in ("'", "\u2019") and not token.whitespace_ and token.i + 1 < len(doc)
            and _TWO_DIGITS.fullmatch(doc[token.i + 1].text) is not None)


def _hash_pound(doc: Doc, i: int) -> bool:
    """'#' before a number: the pound sign as WSJ text lost it ('#89.7 million'), kept in a span."""
    return doc[i].text == "#" and i + 1 < len(doc) and doc[i + 1].text[:1].isdigit()


def trim(span: Span, left: frozenset[str] = frozenset(), right: frozenset[str] = frozenset()) -> Span | None:
    """Drop leading tokens in LEFT and trailing tokens in RIGHT, spaces and punctuation at the ends."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and not elided_century(doc[start]) and (
            doc[start].is_space or doc[start].lower_ in left or doc[start].text in QUOTES
            or (doc[start].is_punct and doc[start].text not in "$€£¥" and not _hash_pound(doc, start))):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].lower_ in right or doc[end - 1].text in QUOTES
                           or (doc[end - 1].is_punct and doc[end - 1].text not in "%")):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label)


# What may end a name right after its last word ('Acme Co.', 'Yahoo!', 'Disney+', 'Acme (UK)'); any
# other punctuation at a name's end, and these after a space, is no part of it ('Lark -', 'Acme:').
NAME_END_MARKS = frozenset({".", "!", "+", ")"})


def without_end_punctuation(span: Span) -> Span | None:
    """A name never ends in a dash, a comma, a colon, a quote, a bracket it did not open or a line
    break: the ner's 'Lark -' (before an aside) is 'Lark', a headline's 'Xbox Series X' and the blank
    line after it is 'Xbox Series X'. None where nothing but punctuation is left."""
    doc, start, end = span.doc, span.start, span.end
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and not (
            doc[end - 1].text in NAME_END_MARKS and end - 1 > start and not doc[end - 2].whitespace_
            and (doc[end - 1].text != ")" or any(t.text == "(" for t in doc[start:end - 1])))):
        end -= 1
    if end == span.end:
        return span
    return Span(doc, start, end, label=span.label) if end > start else None


NAME_SPLITTERS = frozenset({"and", "or", ",", "/", ";", "\u2013", "\u2014"})
# Plural owners whose possessive is inside a name, not a brand's ("People's", "Children's").
PLURAL_OWNERS = frozenset({"People", "Peoples", "Children", "Women", "Men", "Workers", "Farmers", "Veterans"})
# Participles whose hyphenated first part is who owns, funds or makes ("Acme-backed", "Acme-built"): an organization.
OWNER_PARTICIPLES = frozenset({"owned", "backed", "controlled", "funded", "led", "run", "operated", "made", "built"})
DESCRIPTOR_HEADS = frozenset({"based", "headquartered", "listed", "registered"}) | OWNER_PARTICIPLES


def without_descriptor(span: Span) -> Span:
    """ANNOTATION §2: a descriptor before the name is no part of it ('Conn.-based Nordwind Co.'
    gives 'Nordwind Co.', 'state-owned Acme' gives 'Acme'); a name before a hyphenated participle
    is a modifier, the participle no part of it ('the Acme-backed startup' gives 'Acme', an ORG
    where the participle says who owns, funds or makes: OWNER_PARTICIPLES)."""
    doc, start, end, label = span.doc, span.start, span.end, span.label
    for token in span[:-1]:
        head = token.lower_.rsplit("-", 1)[-1]  # "Conn.-based" is one token, "Shenzhen - based" three
        if head in DESCRIPTOR_HEADS and ("-" in token.text or (token.i > 0 and doc[token.i - 1].text == "-")):
            start = token.i + 1
    last = doc[end - 1]
    if (end - start >= 3 and last.lower_ in DESCRIPTOR_HEADS and doc[end - 2].text == "-"
            and not doc[end - 2].whitespace_ and not doc[end - 3].whitespace_):
        end -= 2
        label = doc.vocab.strings["ORG"] if last.lower_ in OWNER_PARTICIPLES else label
    last = doc[end - 1]
    if (end - start >= 2 and end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in DESCRIPTOR_HEADS
            and not last.whitespace_ and not doc[end].whitespace_ and last.text not in ORG_SUFFIXES):
        end -= 1  # "Jaguar British-owned cars": the word glued to the participle is the descriptor's, not the name's
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=label)


def split_names(span: Span) -> list[Span]:
    """'Alibaba and Tencent' -> ['Alibaba', 'Tencent']; "Tencent Holdings' Wecom" -> two spans.

    A possessive followed only by a legal suffix is part of one name ("Weisfield's Inc").
    """
    parts, start = [], span.start
    doc = span.doc
    if _deal_parties(span):  # "the BellSouth-LIN agreement": two parties, each an ORG
        hyphen = next(t.i for t in span[1:-1] if t.text == "-")
        return [Span(doc, span.start, hyphen, label="ORG"), Span(doc, hyphen + 1, span.end, label="ORG")]
    for token in span:
        if token.text in POSSESSIVES and _only_suffixes(doc[token.i + 1:span.end]):
            continue
        if token.text in POSSESSIVES and token.i > span.start and doc[token.i - 1].text in PLURAL_OWNERS:
            continue  # "People's Bank of China", "Boston Children's Hospital": one name
        if token.text in POSSESSIVES and token.i == span.end - 1 and token.i > span.start and not _owns_next(doc, span.end):
            continue  # "Sotheby's said", "Acme's, the ratings firm,": the name's own apostrophe, it owns nothing
        if token.lower_ in JOINING_WORDS and _inside_complement(doc[start:token.i], doc[token.i + 1:span.end]):
            continue  # "American Academy of Arts and Sciences", "Department of Health and Human Services"
        if token.lower_ == "and" and _one_institution(doc[start:token.i], doc[token.i + 1:span.end]):
            continue  # "Immigration and Naturalization Service", "Law and Justice Party"
        if token.lower_ in NAME_SPLITTERS or token.text in POSSESSIVES:
            if start < token.i:
                parts.append(Span(span.doc, start, token.i, label=span.label))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label=span.label))
    return [p for p in (trim(p, left=frozenset({"the"})) for p in parts) if p is not None]


def _deal_parties(span: Span) -> bool:
    """'BellSouth-LIN' before 'agreement': two capitalised names joined by one hyphen written without spaces,
    before a noun of a deal (name_words.DEAL_NOUNS), are the deal's parties where the article also writes
    each alone ('BellSouth said', 'LIN shares'; not 'the Hewlett-Packard merger', one company's name)."""
    doc = span.doc
    hyphens = [t for t in span[1:-1] if t.text == "-"]
    if len(hyphens) != 1 or span.end >= len(doc) or doc[span.end].lower_ not in DEAL_NOUNS:
        return False
    h = hyphens[0]
    return (not doc[h.i - 1].whitespace_ and not h.whitespace_ and doc[h.i + 1].text[:1].isupper()
            and span[0].text[:1].isupper() and _written_alone(doc[span.start:h.i]) and _written_alone(doc[h.i + 1:span.end]))


def _written_alone(words: Span) -> bool:
    """The article writes WORDS elsewhere as a name of its own, with no hyphen beside it."""
    doc, n, texts = words.doc, len(words), [t.text for t in words]
    for i in range(len(doc) - n + 1):
        if i == words.start or [t.text for t in doc[i:i + n]] != texts:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + n] if i + n < len(doc) else None
        if not (before is not None and before.text == "-" and not before.whitespace_) and not (
                after is not None and after.text == "-" and not doc[i + n - 1].whitespace_):
            return True
    return False


# What may open the noun phrase a possessive owns ("Acme's new phone", "Acme's 2024 results", "Acme's
# recently opened store"); after anything else ("Sotheby's said", "Sotheby's this week") it owns nothing.
OWNED_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADV", "X", "SYM"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def _owns_next(doc: Doc, i: int) -> bool:
    """Whether the word at I (after an opening quote: "Acme's ``boy hero''") can open a noun phrase
    a possessive before it owns (none at the doc's end)."""
    while i < len(doc) and (doc[i].text in QUOTES or doc[i].text == "``"):
        i += 1
    if i + 1 < len(doc) and doc[i].tag_ in PARTICIPLE_TAGS and doc[i + 1].pos_ in ("NOUN", "ADJ"):
        return True  # "MGM Grand's planned offering", "Acme's growing debt": a participle before the owned noun
    return i < len(doc) and (doc[i].pos_ in OWNED_PHRASE_POS or not doc[i].pos_)


def with_own_apostrophe(span: Span) -> Span:
    """'firm Sotheby' + "'s said" -> "Sotheby's": a name followed by an apostrophe's 's' that owns
    nothing after it (split_names' test) takes it in."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text in POSSESSIVES and not doc[end - 1].whitespace_ and not _owns_next(doc, end + 1):
        return Span(doc, span.start, end + 1, label=span.label)
    return span


def _inside_complement(before: Span, after: Span) -> bool:
    """'and' inside the complement of an 'of'/'for' ('Academy of Arts and Sciences'), with one
    name after it to the end of the span, not a second organization ('... and the FTC')."""
    return (any(t.lower_ in ("of", "for") for t in before[1:]) and len(after) > 0
            and after[0].text[:1].isupper() and not any(t.lower_ in NAME_SPLITTERS for t in after)
            and after[-1].text not in ORG_SUFFIXES)


# The most words before "and" in one institution's name: its country's or chamber's and its first field's.
INSTITUTION_FIELD_WORDS = 2


def _one_institution(before: Span, after: Span) -> bool:
    """'Immigration' + 'Naturalization Service': one capitalised word, 'and', and capitalised words
    ending in an institution's word are one name; not two companies ('Nokia and Ericsson AB'). The
    word may follow its country's or chamber's ('U.S. Immigration and Naturalization Service')."""
    words = [t for t in before if t.lower_ != "the"]
    return (0 < len(words) <= INSTITUTION_FIELD_WORDS and words[-1].is_alpha and all(t.text[:1].isupper() for t in words)
            and len(after) > 0 and all(t.text[:1].isupper() for t in after) and after[-1].text in AND_INSTITUTION_WORDS)


def _only_suffixes(tokens: Span) -> bool:
    words = [t.text for t in tokens if not t.is_punct]
    return bool(words) and all(w in ORG_SUFFIXES for w in words)


def overlaps(span: Span, others) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


# Token.ent_iob: 3 begins an entity, 1 continues one (0 unset and 2 outside end it).
ENT_BEGIN, ENT_INSIDE = 3, 1


def ents_over(span: Span) -> list[Span]:
    """The doc's entities that share a token with SPAN, in order, as `doc.ents` gives them, read from the
    tokens of SPAN and of the entity it starts inside (`doc.ents` makes every entity of the doc anew at
    each access: a date candidate asks of its own few tokens, 1,300 times per 150 articles)."""
    doc = span.doc
    i = span.start
    while 0 < i < span.end and doc[i].ent_iob == ENT_INSIDE:
        i -= 1
    found = []
    while i < span.end:
        token = doc[i]
        end = i + 1
        if token.ent_iob == ENT_BEGIN and token.ent_type != 0:
            while end < len(doc) and doc[end].ent_iob == ENT_INSIDE:
                end += 1
            found.append(Span(doc, i, end, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id))
        i = end
    return found


def set_ents(doc: Doc, spans) -> None:
    """Write SPANS as doc.ents, sorted; a span overlapping one listed before it is dropped.

    Callers list what wins first (quantities, then names, then the model's other entities).
    Names nested in names in a list ('UEFA Euro 2008, UEFA Euro 2008 Group A, ...', a CrossNER
    sentence) once reached spaCy overlapping, and its E1010 ended the whole run.
    """
    taken: set[int] = set()
    kept = []
    for span in spans:
        tokens = set(range(span.start, span.end))
        if not tokens & taken:
            kept.append(span)
            taken |= tokens
    doc.set_ents(sorted(kept, key=lambda s: (s.start, s.end)), default="outside")
