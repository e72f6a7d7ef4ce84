"""MONEY: span text -> {amount, currency, mod, high} (ANNOTATION.md §3)."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from extract.normalize.currencies import (
    BARE_SYMBOL_OVERRIDES, CODE_ALIASES, CODES, COUNTRY_CURRENCIES, COUNTRY_REQUIRED, DOLLAR_SUBUNITS, GUARDED_SYMBOLS, OTHER_DOLLARS, PLURAL_ONLY, SENTENCE_SCOPED, SUBUNIT_QUALIFIERS, SUBUNITS, SYMBOLS,
    WORD_FORMS, WORDS,
)
from extract.normalize.mods import quantity_mod
from extract.normalize.numbers import is_vague, parse_range, split_range


def _surfaces() -> dict[str, tuple[str, str, bool]]:
    """Every written form of the currency words, lowercase -> (ISO code, head word, qualified):
    'danish krone', 'danish krones', 'danish kroner' -> ('DKK', 'krone', True) (the head word's
    plural, regular or not); 'francs' -> ('CHF', 'franc', False)."""
    plurals: dict[str, list[str]] = {}
    for plural, singular in WORD_FORMS.items():
        plurals.setdefault(singular, []).append(plural)
    out: dict[str, tuple[str, str, bool]] = {}
    for word, code in WORDS.items():
        *qualifiers, head = word.split(" ")
        forms = [f"{head}s", *plurals.get(head, [])]
        if qualifiers or head not in PLURAL_ONLY:
            forms.append(head)
        for form in forms:
            out.setdefault(" ".join([*qualifiers, form]), (code, head, bool(qualifiers)))
    return out


_SURFACE_READINGS = _surfaces()
CURRENCY_SURFACES = {surface: code for surface, (code, _, _) in _SURFACE_READINGS.items()}

_SYMBOL_RE = re.compile(
    "|".join(
        (r"(?<![A-Za-z])" if sym[0].isalpha() else "") + re.escape(sym)
        + (r"(?=[\s\d.]|$)" if sym[-1].isalpha() or sym[-1] == "." else "")
        for sym in sorted(SYMBOLS, key=len, reverse=True)
    )
)
_CODE_RE = re.compile(r"\b(" + "|".join(sorted(CODES | set(CODE_ALIASES))) + r")(?![A-Za-z])")
_WORD_RE = re.compile(
    r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(CURRENCY_SURFACES, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)
_SUBUNIT_RE = re.compile(r"(?:\b|(?<=\d))(cents?|cts|pence|p)\b(?<!\bp)|(?<=\d)(p)\b", re.IGNORECASE)


def find_currency(text: str, article: str = "") -> tuple[str, str] | None:
    """(ISO code, how it was written) for the currency in TEXT, or None.

    'HK$3 apiece' -> ('HKD', 'HK$'); '301.6 billion yuan' -> ('CNY', 'yuan'); 'five Danish kroner' -> ('DKK', 'Danish kroner').
    """
    for found in (_code(text), _word(text, article), _symbol(text, article)):
        if found:
            return found
    return None


def _code(text: str) -> tuple[str, str] | None:
    match = _CODE_RE.search(text)
    if not match:
        return None
    code = match.group(1)
    return CODE_ALIASES.get(code, code), code


def _word(text: str, article: str = "") -> tuple[str, str] | None:
    """The currency a word names. A bare head word is the one currency of that name the article
    qualifies in an amount ('1,015 francs' after '950 French francs' is FRF, as a bare '$' is the
    article's other dollar): its table code where the article qualifies none, that one, or several."""
    match = _WORD_RE.search(text)
    if not match:
        return None
    code, head, qualified = _reading(match)
    if not qualified:
        named = _qualified_in(article, head)
        if len(named) == 1:
            code = next(iter(named))
        elif not named:
            country = _country_of(article, head)
            if country is None and head in COUNTRY_REQUIRED:
                return None
            code = country or code
    return code, match.group(0)


_COUNTRY_RES: dict[str, tuple[tuple[str, re.Pattern], ...]] = {
    head: tuple((code, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"))
                for code, words in countries)
    for head, countries in COUNTRY_CURRENCIES.items()
}


@lru_cache(maxsize=64)
def _country_of(article: str, head: str) -> str | None:
    """The code of the country ARTICLE names most often among those that call their currency
    HEAD ('peso': 'Buenos Aires', 'Argentina' -> 'ARS'); ties to the first named; None if it names none."""
    found = []
    for code, pattern in _COUNTRY_RES.get(head, ()):
        hits = [m.start() for m in pattern.finditer(article)]
        if hits:
            found.append((-len(hits), hits[0], code))
    return min(found)[2] if found else None


# What stands right before a qualified currency word that names an amount's currency ("1,015 French
# francs", "30 billion Egyptian pounds", "figures in Canadian dollars"), not a market ("the
# Australian dollar slipped").
_AFTER_AMOUNT = "(?:" + "|".join([r"(?<=\d)", r"(?<=\d )", *(rf"(?<=\b{w} )" for w in ("one", "hundred", "thousand",
                                                                                        "million", "billion", "trillion", "in"))]) + ")"


def _qualified_res() -> dict[str, re.Pattern]:
    """Head word -> a regex of its qualified surfaces after an amount ('dollar': '5 canadian dollars' ...)."""
    by_head: dict[str, list[str]] = {}
    for surface, (_, head, qualified) in _SURFACE_READINGS.items():
        if qualified:
            by_head.setdefault(head, []).append(surface)
    return {head: re.compile(_AFTER_AMOUNT + r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                              for w in sorted(forms, key=len, reverse=True))
                             + r")(?![\w])", re.IGNORECASE) for head, forms in by_head.items()}


_QUALIFIED_RES = _qualified_res()


@lru_cache(maxsize=64)
def _qualified_in(article: str, head: str) -> frozenset[str]:
    """The codes of the qualified currencies named HEAD that ARTICLE writes after an amount ('1,015
    French francs' -> {'FRF'} for 'franc'; '5 US dollars' counts for 'dollar'; not 'the Australian
    dollar slipped', a market), once per article and head word."""
    pattern = _QUALIFIED_RES.get(head)
    if pattern is None:
        return frozenset()
    return frozenset(_reading(m)[0] for m in pattern.finditer(article))


def _reading(match: re.Match) -> tuple[str, str, bool]:
    """(code, head word, qualified) of a currency surface a regex of this module matched."""
    return _SURFACE_READINGS[re.sub(r"\s+", " ", match.group(1).lower())]


def _symbol(text: str, article: str) -> tuple[str, str] | None:
    match = _SYMBOL_RE.search(text)
    if not match:
        return None
    symbol = match.group(0)
    if symbol in GUARDED_SYMBOLS and not re.search(GUARDED_SYMBOLS[symbol], text, re.IGNORECASE):
        return None
    currency = SYMBOLS[symbol]
    named = _named_in(article)
    # A phrase is named in TEXT + " " + ARTICLE: in the article (found once per article), or
    # in the text, or across the join (then it ends within the article's first characters).
    head = (text + " " + article[:_LONGEST_SCOPE_PHRASE]).lower()

    def in_scope(phrase: str) -> bool:
        return phrase in named or phrase in head

    for phrase, override in BARE_SYMBOL_OVERRIDES.get(symbol, ()):
        if in_scope(phrase) and not (symbol == "$" and (in_scope("us$") or in_scope("us dollar"))):
            return override, symbol
    return currency, symbol


# The phrases that decide a bare symbol's currency ('Canadian dollar' makes '$' CAD unless 'US$'
# or 'US dollar' is named too): which of them an article names is an article-level fact.
_SCOPE_PHRASES = frozenset({"us$", "us dollar", *(p for pairs in BARE_SYMBOL_OVERRIDES.values() for p, _ in pairs)})
_LONGEST_SCOPE_PHRASE = max(map(len, _SCOPE_PHRASES))


@lru_cache(maxsize=8)
def _named_in(article: str) -> frozenset[str]:
    """The _SCOPE_PHRASES that ARTICLE names (lowercase), computed once per article, not per mention."""
    lowered = article.lower()
    return frozenset(p for p in _SCOPE_PHRASES if p in lowered)


def normalize_money(text: str, sentence: str = "", article: str = "") -> dict | None:
    """'more than 26.2 trillion yuan' -> {'amount': 2.62e13, 'currency': 'CNY', 'mod': 'MORE_THAN', 'high': None}.

    SENTENCE decides a bare '¥' (yuan nearby makes it CNY); ARTICLE decides a bare '$'.
    None when no amount or no currency can be read.
    """
    factor = Fraction(1)
    found = find_currency(text, article)
    if found is None:
        found, factor = _subunit(text) or (None, factor)
        if found is not None and found[0] == "USD" and found[1].lower() in DOLLAR_SUBUNITS and sentence:
            dollar = _symbol(sentence, article)  # "by 4 cents to C$1.08": the cents of the sentence's dollar
            if dollar is not None and dollar[0] in DOLLAR_CODES:
                found = (dollar[0], found[1])
    if found is None:
        return None
    currency, written = found
    if written in SENTENCE_SCOPED:
        currency = _symbol(text + " " + sentence, "")[0]
    elif written == "$" and currency != "USD" and _conversion(text, sentence):
        currency = "USD"
    low_text, high_text = split_range(text)
    low, high = parse_range(low_text, high_text)
    if low is None:
        return None
    low_factor = factor
    if high is not None and factor == 1 and _subunit(high_text) is None and (cents := _subunit(low_text)) is not None:
        low_factor = cents[1]  # "94 cents to $1.03": the low end in the subunit, the high one in the currency
    return {  # exact until here: '83 cents' is 0.83, not 0.8300000000000001
        "amount": float(low * low_factor),
        "currency": currency,
        "mod": quantity_mod(text) or ("APPROX" if is_vague(text) else None),
        "high": None if high is None else float(high * factor),
    }


# The dollars ('C$', 'A$', 'Canadian dollar' ...), whose hundredths bare "cents" are in a sentence that writes one
DOLLAR_CODES = frozenset({"USD", *OTHER_DOLLARS.values()})
_OTHER_DOLLARS = "|".join(re.escape(w) for w in OTHER_DOLLARS)


def _conversion(text: str, sentence: str) -> bool:
    """'4.7 million Canadian dollars ($4 million)': the bare '$' in brackets after an amount in
    another dollar is its conversion into US dollars, not that other dollar again."""
    return bool(re.search(rf"(?:{_OTHER_DOLLARS})s?\s*\(\s*{re.escape(text)}", sentence, re.IGNORECASE))


def _subunit(text: str) -> tuple[tuple[str, str], Fraction] | None:
    """'37.5 Canadian cents' -> (('CAD', 'cents'), 0.01); '20 pence' -> (('GBP', 'pence'), 0.01)."""
    match = _SUBUNIT_RE.search(text)
    if not match:
        return None
    unit = match.group(1).lower()
    currency, factor = SUBUNITS[unit]
    lowered = text.lower()
    for qualifier, code in SUBUNIT_QUALIFIERS.get(unit, ()):
        if qualifier in lowered:
            currency = code
            break
    return (currency, match.group(1)), factor
