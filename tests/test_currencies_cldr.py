"""Every English CLDR name, plural and symbol of each currency in the table reads back as its code (issue 19); every CLDR country is listed.

CLDR (through Babel, a test extra) is the standard source of how currencies are written;
`extract/normalize/currencies.py` was completed from it. Symbols shared by several
currencies keep the default the guideline or the table documents (AMBIGUOUS) and are
checked both ways: the default alone, the other currency when the article names it.
"""

from __future__ import annotations

import pytest
from babel import Locale
from babel.localedata import locale_identifiers

from extract.normalize.currencies import CODE_ALIASES, CODES, SYMBOLS, WORDS
from extract.normalize.money import normalize_money

TABLE_CODES = sorted(set(SYMBOLS.values()) | CODES | set(CODE_ALIASES.values()) | set(WORDS.values()))
ENGLISH = Locale("en")
ENGLISH_LOCALES = [Locale.parse(i) for i in sorted(locale_identifiers()) if i == "en" or i.startswith("en_")]
# symbol -> (default code, why): a bare symbol several currencies share.
AMBIGUOUS = {
    "$": ("USD", "ANNOTATION §3: '$' alone is USD unless the article names another dollar"),
    "kr": ("SEK", "Swedish, Norwegian (and Danish) crowns share 'kr'; SEK unless the article names the other"),
    "kr.": ("SEK", "'kr.' (Danish) is also 'kr' closing a sentence; read as 'kr'"),
    "Rs": ("INR", "Indian, Pakistani and Sri Lankan rupees share 'Rs'; Indian news writes it most"),
}


def names(code: str) -> list[str]:
    """CLDR's English display name and its count forms ('US Dollar', 'US dollar', 'US dollars')."""
    plural = ENGLISH._data["currency_names_plural"].get(code, {})
    return sorted({ENGLISH.currencies[code], *plural.values()})


def symbols(code: str) -> list[str]:
    """The symbols every English locale writes for CODE ('$', 'US$', 'USD')."""
    return sorted({s for loc in ENGLISH_LOCALES if (s := loc._data["currency_symbols"].get(code))})


def written(symbol: str) -> str:
    """'$' -> '$5'; 'Ksh' -> 'Ksh 5' (a letter symbol is written apart from the number)."""
    return f"{symbol} 5" if symbol[-1].isalpha() or symbol.endswith(".") else f"{symbol}5"


def misreads(code: str) -> list[tuple[str, object]]:
    out = []
    for name in names(code):
        for surface in (f"5 {name}", f"5 million {name}"):
            value = normalize_money(surface)
            expected = 5e6 if "million" in surface else 5.0
            if value is None or (value["currency"], value["amount"]) != (code, expected):
                out.append((surface, value and value["currency"]))
    for symbol in symbols(code):
        if symbol in AMBIGUOUS:
            continue
        value = normalize_money(written(symbol))
        if value is None or (value["currency"], value["amount"]) != (code, 5.0):
            out.append((written(symbol), value and value["currency"]))
    return out


@pytest.mark.parametrize("code", TABLE_CODES)
def test_cldr_forms_read_as_their_code(code):
    assert ENGLISH.currencies.get(code), f"{code} is not an ISO 4217 code CLDR knows"
    assert misreads(code) == []


def test_cldr_forms_cover_the_table():
    forms = sum(len(names(c)) + len(symbols(c)) for c in TABLE_CODES)
    assert len(TABLE_CODES) >= 60 and forms >= 250, (len(TABLE_CODES), forms)


AMBIGUOUS_CASES = [(symbol, code) for code in TABLE_CODES for symbol in symbols(code) if symbol in AMBIGUOUS]


@pytest.mark.parametrize("symbol,code", AMBIGUOUS_CASES, ids=[f"{s}-{c}" for s, c in AMBIGUOUS_CASES])
def test_shared_symbols_keep_their_default_and_follow_the_article(symbol, code):
    default, reason = AMBIGUOUS[symbol]
    assert normalize_money(written(symbol))["currency"] == default, reason
    if code != default:
        plural = ENGLISH._data["currency_names_plural"][code]["other"]
        article = f"All prices are in {plural}."
        assert normalize_money(written(symbol), article=article)["currency"] == code, reason


# Countries (ANNOTATION §2: no ORG mentions): every CLDR English name of a two-letter region is in
# data/country_names.txt, as written or, for a bracketed or dashed one, by its first part.
REGIONS = {k: v for k, v in ENGLISH.territories.items() if len(k) == 2 and k.isalpha() and k not in {"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "XK", "AQ"}}


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_every_cldr_country_is_listed(code):
    from extract.name_filters import COUNTRY_NAMES

    name = REGIONS[code].replace("\u2019", "'")
    first = name.split(" (")[0].split(" - ")[0].removesuffix(" SAR China")
    assert name in COUNTRY_NAMES or first in COUNTRY_NAMES, f"{code}: {name}"
