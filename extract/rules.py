"""The token classes the pattern files name, the loaders of the pattern and name files, the rules' fingerprint.

Patterns live in `extract/patterns/*.jsonl`, one per line with `label`, `id` and a
Matcher `pattern`; a name rule (org, product) also says which vote `source` it is
(extract/names.py VOTES). A token may say `{"CLASS": "scale"}`, replaced here by the
class's token spec, built from the word tables (normalize/currencies.py, date_words.py,
numbers.py; name_words.py), so a word added to a table is found and normalized alike;
`"TAKE": true` marks the tokens that form the mention when a pattern matches context
around it ("app LinkNow" gives "LinkNow").
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from extract.name_words import (ALIAS_VERBS, ANALYST_NOUNS, DOSE_NOUNS, MAKER_OF_NOUNS, SALES_OF_NOUNS, APPOSITION_DETERMINERS, APPOSITION_ORG_TAILS, APPOSITION_PRODUCT_NOUNS, LAUNCH_OBJECT_DETERMINERS, LAUNCH_VERB_FORMS, CODE_NOUNS, CODE_OUTPUT_NOUNS, CODE_VARIANT, COMMA_LEGAL_FORMS,
                                DESIGNATION_NOUN_FORMS, DIGIT_NAME_WORD, EXCHANGE_NAMES, INDEX_NOUNS, INDEX_PROVIDERS, INDEX_WORDS, LEGAL_FORMS, LETTER_CODE, LETTER_PLURAL_CODE, LINE_NOUN_FORMS, LINE_OWNERS,
                                MODEL_NUMBER_TOKEN, ORG_SUFFIXES, ORG_TRIGGERS, OWNED_PLURAL_CODE, OWNED_PRODUCT_NOUNS,
                                PLURAL_CODE_BEFORE, PLURAL_CODE_VARIANT, PLURAL_PRODUCT_CODE, PRODUCT_CODE,
                                PRODUCT_DETERMINERS, PRODUCT_TRIGGERS, STORE_WORDS, THE_PRODUCT_NOUNS,
                                VEHICLE_CATEGORY_NOUNS, VERSIONED_CODE, WEAPON_MODIFIERS, WEAPON_NOUN_FORMS)
from extract.normalize.currencies import CODE_ALIASES, CODES, GLUED_CODES, GLUED_LETTER_SYMBOLS, SUBUNITS, SYMBOLS, WORD_FORMS, WORDS
from extract.normalize.date_words import DATE_OPENERS, DEICTIC_WORDS, MONTHS, RUN_ORDINALS, RUN_WORDS, SEASONS, SESSION_WORDS, TRADING_WORDS, WEEKDAYS
from extract.normalize.numbers import SCALES, VAGUE, VULGAR

PATTERN_DIR = Path(__file__).parent / "patterns"
DATA_DIR = Path(__file__).parent / "data"
CODE_DIR = Path(__file__).parent

_TOKEN_WORDS = [w for w in WORDS if "(" not in w]  # "yuan (offshore)" is read by the normalizer only
CURRENCY_WORD_FORMS = sorted(
    {w.split()[-1] for w in _TOKEN_WORDS} | {w.split()[-1] + "s" for w in _TOKEN_WORDS} | set(WORD_FORMS)
)
CURRENCY_QUALIFIERS = sorted({part for w in _TOKEN_WORDS for part in w.split()[:-1]})
_GLUED_SYMBOLS = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True) if (not s.isalpha() or s in GLUED_LETTER_SYMBOLS) and s != "#")
_GLUED_SCALES = "|".join(sorted((k for k in SCALES if k.isalpha()), key=len, reverse=True))
# An ISO code glued to its number, as wire headlines write it ("EUR4.6 Bln", "GBP1.2bn", "USD1,200"): only
# before a number with decimals, thousands or a glued scale, not an integer alone ("PEN15", "CAD2022").
_GLUED_ISO = rf"(?:{'|'.join(sorted(CODES))})(?=\d[\d,]*\.\d|\d{{1,3}}(?:,\d{{3}})+\b|\d+(?:{_GLUED_SCALES})$)"
GLUED_AMOUNT = rf"^\d[\d,]*(\.\d+)?({_GLUED_SCALES})$"
_NUMBER_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                 "eighty|ninety|hundred|thousand|dozen|half|(twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                 "ninety)-(one|two|three|four|five|six|seven|eight|nine)")
# A number token: digits with separators and decimals, a glued scale ('5.2bn'), or a number word.
NUMBER_TOKEN = rf"^(\d+([,.]\d+)*(\.\d+)?[{VULGAR}]?({_GLUED_SCALES})?|{_NUMBER_WORDS})$"
# The fraction of a mixed number, its own token: "6 1/4%", "$1 1/2 billion", "8 ½ cents".
FRACTION_TOKEN = rf"^(\d+/\d+|[{VULGAR}])$"
_COUNT_WORDS = "several|few|many|some|couple"
COUNT_TOKEN = rf"^(\d+([,.]\d+)*(\.\d+)?|{_NUMBER_WORDS}|{_COUNT_WORDS}|a|an|of)$"
# A count of calendar units ("two years", "a couple of years", "18 months", "twenty four years"):
# its first word (not "of"), then the words that go on with it (not "a": "$1.76 a year" is a rate).
COUNT_OPENER = rf"^(\d+([,.]\d+)*(\.\d+)?|{_NUMBER_WORDS}|{_COUNT_WORDS}|a|an)$"
COUNT_CONTINUATION = rf"^({_NUMBER_WORDS}|{_COUNT_WORDS}|of)$"
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow"}
# Date words that cannot be part of a name: full month and weekday names, not abbreviations
# written without their dot ("Sun Microsystems", "Sat Nav"), which are names far more often.
NAME_BLOCKING_DATE_WORDS = frozenset(
    w for w in DATE_WORDS if not any(other != w and other.startswith(w) for other in DATE_WORDS))

# Vertical resolutions written like an amount in pence ("1080p", "720p"): display and video formats.
VIDEO_LINES = ("144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320")

# The verbs and adverbs of a change that happened, before the change and the level it reached
# ("plunged $4 to $14.75", "rose from $31.99 to $35.37"); not a base form of intent ("to raise $5
# million to $7 million" is a range) nor a comparative ("lower $1 to $2"): quantity spans.
CHANGE_WORDS = frozenset({
    "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "plunged", "plunge", "jumped", "jump",
    "climbed", "climb", "dropped", "drop", "declined", "decline", "gained", "gain", "increased", "increase",
    "decreased", "decrease", "slipped", "slid", "soared", "surged", "tumbled", "sank", "cut", "raised",
    "lowered", "lost", "added", "grew", "shrank", "eased", "advanced", "up", "down", "off",
})
# Before "by" any form of a change says how much, not how long ("fell by a quarter", "to cut costs by a
# quarter"; "delayed by a quarter" is a duration): date spans.
CHANGE_WORDS_BEFORE_BY = CHANGE_WORDS | frozenset({
    "rising", "falling", "jumps", "drops", "declines", "increases", "grow", "grows", "growing", "grown", "shrink",
    "shrinks", "cuts", "cutting", "slumped", "slashed", "reduced", "reduce", "raise", "boosted", "higher", "lower",
})

# The dashes written between the ends of a range ("5-7%", "1990\u20131995").
RANGE_DASHES = ("-", "\u2013", "\u2014")
# A fiscal year's code after a quarter or a half ("Q2 FY23", "the second quarter of FY'24").
FISCAL_CODE_TOKEN = r"FY['\u2019]?(?:\d{2}|\d{4})"

TOKEN_CLASSES: dict[str, dict] = {
    "number": {"LOWER": {"REGEX": NUMBER_TOKEN}},
    "scale": {"LOWER": {"IN": sorted(SCALES)}},
    "fraction": {"TEXT": {"REGEX": FRACTION_TOKEN}},
    "vague_multiple": {"LOWER": {"IN": sorted(VAGUE)}},
    "currency_symbol": {"TEXT": {"IN": sorted(s for s in SYMBOLS if s not in ("R", "kr", "p", "euro"))}},
    "symbol_number": {"TEXT": {"REGEX": rf"^({'|'.join(sorted(GLUED_CODES))}|{_GLUED_SYMBOLS}|{_GLUED_ISO})\d[\d,]*(\.\d+)?[{VULGAR}]?({_GLUED_SCALES})?$"}},
    "currency_code": {"TEXT": {"IN": sorted(CODES | set(CODE_ALIASES))}},
    "currency_word": {"LOWER": {"IN": CURRENCY_WORD_FORMS}},
    "currency_qualifier": {"LOWER": {"IN": CURRENCY_QUALIFIERS}},
    "range_word": {"LOWER": {"IN": ["to", *RANGE_DASHES]}},
    "subunit": {"LOWER": {"IN": sorted(set(SUBUNITS) - {"p"})}},  # "p" only glued to its number (pence_glued)
    "percent_word": {"LOWER": {"IN": ["percent", "pct", "pct.", "per-cent", "pc", "percentage"]}},
    "percent_glued": {"LOWER": {"REGEX": rf"^\d+(\.\d+)?[{VULGAR}]?(%|pct|pc|percent)$"}},
    # British share prices and small sums in pence, glued ("55p", "210.5p"); not a display's lines ("1080p").
    "pence_glued": {"LOWER": {"REGEX": rf"^(?!({'|'.join(VIDEO_LINES)})p$)\d{{1,4}}(\.\d+)?p$"}},
    "season": {"LOWER": {"IN": sorted(SEASONS)}},
    "year": {"TEXT": {"REGEX": r"^(1[5-9]|20)\d\d$"}},
    # a fiscal year across two calendar years: "fiscal 2021-22", "FY21/22" (the mark, the second year's digits)
    "split_year_mark": {"TEXT": {"IN": ["-", "/", "\u2013"]}},
    "short_year": {"TEXT": {"REGEX": r"^\d{2}$"}},
    "fiscal_code": {"TEXT": {"REGEX": rf"^{FISCAL_CODE_TOKEN}$"}},
    "relative": {"LOWER": {"IN": ["last", "this", "next", "past", "coming", "previous"]}},
    "relative_year": {"LOWER": {"IN": ["last", "this", "next", "the", "previous", "following"]}},
    "ordinal": {"LOWER": {"IN": ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "last"]}},
    "half_ordinal": {"LOWER": {"IN": ["first", "second", "1st", "2nd", "latter", "last"]}},
    "count": {"LOWER": {"REGEX": COUNT_TOKEN}},
    "count_opener": {"LOWER": {"REGEX": COUNT_OPENER}},
    "count_continuation": {"LOWER": {"REGEX": COUNT_CONTINUATION}},
    "month": {"LOWER": {"IN": sorted({*MONTHS, *(f"{m}." for m in MONTHS)})}},
    # A calendar quarter's last month: "the June quarter" is the second quarter.
    "quarter_end_month": {"LOWER": {"IN": sorted({w for m, n in MONTHS.items() if n % 3 == 0 for w in (m, f"{m}.")})}},
    "weekday": {"LOWER": {"IN": sorted({*WEEKDAYS, *(f"{d}." for d in WEEKDAYS)})}},
    # A day or month that is a date from its words alone, with no model's reading: the full name
    # in title case ("Sunday", "October"), or an abbreviation with its dot ("Oct."), never "Sun", "Mar".
    "weekday_name": {"TEXT": {"IN": sorted(w.title() for w in NAME_BLOCKING_DATE_WORDS & set(WEEKDAYS))}},
    "month_name": {"TEXT": {"IN": sorted({*(w.title() for w in NAME_BLOCKING_DATE_WORDS & set(MONTHS)),
                                          *(f"{w.title()}." for w in MONTHS if w not in NAME_BLOCKING_DATE_WORDS)})}},
    # The words that make a lone month or year a date ("in May", "since 1995", "late 1990").
    "date_opener": {"LOWER": {"IN": list(DATE_OPENERS)}},
    "day_number": {"LOWER": {"REGEX": r"^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$"}},
    "part_of_day": {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}},
    "unit": {"LOWER": {"IN": ["year", "years", "month", "months", "week", "weeks", "day", "days",
                              "decade", "decades", "quarter", "quarters", "century", "centuries"]}},
    # ANNOTATION §2 deictic words written as one word ("now", "currently", "recently").
    "deictic": {"LOWER": {"IN": sorted(w for w in DEICTIC_WORDS if " " not in w)}},
    # A counted run: "a third consecutive day", "the 10th straight session", "two days in a row".
    "run_ordinal": {"LOWER": {"REGEX": r"^(\d+(st|nd|rd|th)|" + "|".join(
        sorted(RUN_ORDINALS, key=len, reverse=True)) + ")$"}},
    "run_word": {"LOWER": {"IN": list(RUN_WORDS)}},
    "run_unit": {"LOWER": {"IN": ["year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
                                  "quarters", "decade", "decades", *SESSION_WORDS]}},
    "trading_word": {"LOWER": {"IN": list(TRADING_WORDS)}},
    "org_suffix": {"TEXT": {"IN": sorted(ORG_SUFFIXES)}},
    # a stock index is an ORG as OntoNotes reads it ("Hang Seng Index", "Nasdaq Composite"; tests/gold/NOTES.md)
    "index_provider": {"TEXT": {"IN": sorted(INDEX_PROVIDERS)}},
    "index_word": {"TEXT": {"IN": list(INDEX_WORDS)}},
    "index_noun": {"LOWER": {"IN": list(INDEX_NOUNS)}},
    "legal_form": {"TEXT": {"IN": sorted(LEGAL_FORMS)}},
    "comma_legal_form": {"TEXT": {"IN": sorted(COMMA_LEGAL_FORMS)}},
    "digit_name_word": {"TEXT": {"REGEX": DIGIT_NAME_WORD}},
    "exchange_name": {"TEXT": {"IN": sorted(EXCHANGE_NAMES)}},
    # A stock's symbol as an exchange lists it: "GILD", "BRK.B", "RDS-A" (row org-ticker-after-exchange).
    "ticker": {"TEXT": {"REGEX": r"^[A-Z]{1,5}([.-][A-Z])?$"}},
    # What closes a ticker after its exchange: "(Nasdaq: GILD)", "(OTCQX: X; TSXV: Y)", "(NYSE: X, Y)".
    "ticker_end": {"ORTH": {"IN": [")", ";", ","]}},
    # Joins two parts of one name: "Dow Jones & Co", "Savings and Loan Association", "Hewlett-Packard Co".
    "name_joiner": {"LOWER": {"IN": ["&", "amp", "and", "of", "-", "/", "'", "\u2019", "de", "du"]}},
    "org_trigger": {"LOWER": {"IN": list(ORG_TRIGGERS)}},
    "analyst_noun": {"LOWER": {"IN": list(ANALYST_NOUNS)}},
    "product_trigger": {"LOWER": {"IN": list(PRODUCT_TRIGGERS)}},
    "name_token": {"_": {"is_name_part": True}},
    "model_number": {"TEXT": {"REGEX": MODEL_NUMBER_TOKEN}},
    "product_code": {"TEXT": {"REGEX": PRODUCT_CODE}},
    "plural_product_code": {"TEXT": {"REGEX": PLURAL_PRODUCT_CODE}},
    "code_noun": {"LOWER": {"IN": list(CODE_NOUNS)}},
    "code_output_noun": {"LOWER": {"IN": list(CODE_OUTPUT_NOUNS)}},
    "code_variant": {"TEXT": {"REGEX": CODE_VARIANT}},
    "plural_code_variant": {"TEXT": {"REGEX": PLURAL_CODE_VARIANT}},
    "plural_code_before": {"LOWER": {"IN": list(PLURAL_CODE_BEFORE)}},
    "owned_plural_code": {"TEXT": {"REGEX": OWNED_PLURAL_CODE}},
    "letter_plural_code": {"TEXT": {"REGEX": LETTER_PLURAL_CODE}},
    "versioned_code": {"TEXT": {"REGEX": VERSIONED_CODE}},
    "letter_code": {"TEXT": {"REGEX": LETTER_CODE}},
    "designation_noun": {"LOWER": {"IN": sorted(DESIGNATION_NOUN_FORMS)}},
    "line_noun": {"LOWER": {"IN": sorted(LINE_NOUN_FORMS)}},
    "line_owner": {"LOWER": {"IN": list(LINE_OWNERS)}},
    "store_word": {"TEXT": {"IN": list(STORE_WORDS)}},
    "the_product_noun": {"LOWER": {"IN": sorted(THE_PRODUCT_NOUNS)}},
    "weapon_noun": {"LOWER": {"IN": sorted(WEAPON_NOUN_FORMS)}},
    "weapon_modifier": {"LOWER": {"IN": sorted(WEAPON_MODIFIERS)}},
    "owned_product_noun": {"LOWER": {"IN": sorted(OWNED_PRODUCT_NOUNS)}},
    "dose_noun": {"LOWER": {"IN": sorted(DOSE_NOUNS)}},
    "sales_of_noun": {"LOWER": {"IN": sorted(SALES_OF_NOUNS)}},
    "maker_of_noun": {"LOWER": {"IN": sorted(MAKER_OF_NOUNS)}},
    "alias_verb": {"LOWER": {"IN": sorted(ALIAS_VERBS)}},
    "product_determiner": {"LOWER": {"IN": list(PRODUCT_DETERMINERS)}},
    "apposition_determiner": {"LOWER": {"IN": list(APPOSITION_DETERMINERS)}},
    "apposition_product_noun": {"LOWER": {"IN": sorted(APPOSITION_PRODUCT_NOUNS)}},
    "apposition_org_tail": {"LOWER": {"IN": sorted(APPOSITION_ORG_TAILS)}},
    "launch_verb": {"LOWER": {"IN": sorted(LAUNCH_VERB_FORMS)}},
    "launch_object_determiner": {"LOWER": {"IN": list(LAUNCH_OBJECT_DETERMINERS)}},
    "vehicle_category": {"LOWER": {"IN": sorted(VEHICLE_CATEGORY_NOUNS)}},
}


class PatternRowError(ValueError):
    """A pattern row that cannot be used; the message names the row (its file and line, or its
    place in a component's config, and its id) and what is wrong with it."""


def _expand(token: dict, where: str) -> dict:
    if not isinstance(token, dict):
        raise PatternRowError(f"{where}: a pattern token is a dict, not {type(token).__name__} ({token!r})")
    spec = dict(token)
    spec.pop("TAKE", None)
    name = spec.pop("CLASS", None)
    if name is not None:
        if name not in TOKEN_CLASSES:
            raise PatternRowError(f"{where}: unknown token class {name!r} (rules.TOKEN_CLASSES names the classes)")
        spec = {**TOKEN_CLASSES[name], **spec}
    return spec


def prepare_row(row: dict, where: str, line: int = 0) -> dict:
    """ROW (a `label`, an `id`, a Matcher `pattern` whose tokens may name a CLASS or say TAKE) with
    its classes expanded and `take` (token indexes of the mention) added; WHERE names it in errors."""
    if not isinstance(row, dict):
        raise PatternRowError(f"{where}: a pattern row is a dict with label, id and pattern, not {type(row).__name__}")
    missing = [key for key in ("label", "id", "pattern") if key not in row]
    where = f"{where} ({row['id']!r})" if isinstance(row.get("id"), str) else where
    if missing:
        raise PatternRowError(f"{where}: the row has no {', '.join(missing)}")
    if not isinstance(row["label"], str) or not isinstance(row["id"], str) or not row["id"]:
        raise PatternRowError(f"{where}: label and id are strings")
    if not isinstance(row["pattern"], list) or not row["pattern"]:
        raise PatternRowError(f"{where}: pattern is a non-empty list of token dicts")
    pattern = [_expand(t, where) for t in row["pattern"]]
    take = tuple(i for i, tok in enumerate(row["pattern"]) if tok.get("TAKE"))
    return {**row, "pattern": pattern, "take": take, "line": line, "where": where}


@lru_cache(maxsize=None)
def load_patterns(name: str) -> tuple[dict, ...]:
    """Rows of `patterns/NAME.jsonl`, with `take` (token indexes of the mention) added."""
    rows = []
    for number, line in enumerate((PATTERN_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rows.append(prepare_row(json.loads(line), f"patterns/{name}.jsonl:{number}", number))
    return tuple(rows)


@lru_cache(maxsize=None)
def load_names(name: str) -> tuple[str, ...]:
    """Names listed in `data/NAME.txt` (comments and blank lines skipped)."""
    lines = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def rules_fingerprint() -> str:
    """Hash of every pattern and data file and of the package's code (its tables, such as the
    date words and currencies, are rules too): changes when any rule changes."""
    digest = hashlib.sha256()
    files = [*PATTERN_DIR.glob("*.jsonl"), *DATA_DIR.glob("*.txt"), *CODE_DIR.rglob("*.py")]
    for path in sorted(files, key=lambda f: (f.parent.name, f.name)):
        digest.update(f"{path.parent.name}/{path.name}".encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
