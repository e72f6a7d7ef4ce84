"""Rule data for the spaCy components: token classes, pattern files, name tables.

Patterns live in `extract/patterns/*.jsonl`, one per line with `label`, `id` and a
Matcher `pattern`. A token may say `{"CLASS": "scale"}`, replaced here by the class's
token spec (built from the normalizers' tables, so a currency added to the table is
found and normalized alike); `"TAKE": true` marks the tokens that form the mention
when a pattern matches context around it ("app LinkNow" gives "LinkNow").
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from extract.normalize.currencies import CODE_ALIASES, CODES, SYMBOLS, WORD_FORMS, WORDS
from extract.normalize.date_words import DEICTIC_WORDS, MONTHS, RUN_ORDINALS, RUN_WORDS, SEASONS, SESSION_WORDS, TRADING_WORDS, WEEKDAYS
from extract.normalize.numbers import SCALES, VAGUE, VULGAR

PATTERN_DIR = Path(__file__).parent / "patterns"
DATA_DIR = Path(__file__).parent / "data"
CODE_DIR = Path(__file__).parent

# ANNOTATION §2 ORG: legal and corporate suffixes that end an organization's name.
ORG_SUFFIXES = (
    "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.",
    "Limited", "LLC", "LLP", "LP", "PLC", "Plc", "plc", "AG", "SA", "S.A.", "SE", "NV", "N.V.",
    "BV", "GmbH", "KK", "AB", "ASA", "Oyj", "SpA", "Bhd", "Tbk", "Pte", "Pty", "Holdings",
    "Holding", "Group", "Company", "Companies", "Technologies", "Technology", "Research",
    "Media", "Publishers", "Publishing", "Bank", "Airlines", "Airways", "Motors", "Motor",
    "Partners", "Capital", "Ventures", "Labs", "Laboratories", "Systems", "Networks",
    "Pharmaceuticals", "Pharma", "Securities", "Investments", "Insurance", "Communications",
    "Telecom", "Telecommunications", "Electronics", "Industries", "Enterprises", "Energy",
    "Entertainment", "Studios", "Foods", "Brands", "Semiconductor", "Software", "Solutions",
    "Services", "Consulting", "Associates", "Trust", "Fund", "Foundation", "University",
    "Institute", "Association", "Agency", "Commission", "Authority", "Exchange", "Council",
    "Bureau", "Administration", "Ministry", "Department", "Party", "Court", "Times", "Post",
    "Journal", "News", "Daily", "Herald", "Tribune", "Gazette", "Press", "Review", "Analytics",
    "Intelligence", "Consultancy", "Mobile", "Partnership",
    # the company, not its machines or its records ("Apple Computer", "Dell Computers", "Def Jam Records")
    "Computer", "Computers", "Records", "Pictures",
)
# Suffix words of institutions, whose name goes on with "of"/"for" ("Liberal Party of Canada",
# "Bank of England", "Department of Justice"); after a company's suffix "of Boston" is its seat.
INSTITUTION_SUFFIXES = frozenset({
    "Bank", "Foundation", "University", "Institute", "Association", "Agency", "Commission", "Authority",
    "Exchange", "Council", "Bureau", "Administration", "Ministry", "Department", "Party", "Court", "Journal",
    "Fund",
})
# ANNOTATION §2: an abbreviated suffix keeps its period ("Acme Corp.", "Nordwind Co."), also where
# that period ends the sentence; dotted initials ("S.A.", "N.V.") keep their last one.
ABBREVIATED_SUFFIXES = frozenset({s.rstrip(".") for s in ORG_SUFFIXES if s.endswith(".")} | {
    "Cos", "Bros", "Mfg", "Bhd", "Pty", "Pte", "Assn", "Intl", "Cia", "Cie", "Ltda", "Ag", "Plc", "Dept",
    "Univ"})
DOTTED_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
# Nouns that announce an organization's name right after them ("research firm Canalys").
ORG_TRIGGERS = (
    "firm", "company", "giant", "maker", "startup", "start-up", "operator", "retailer", "lender",
    "bank", "insurer", "carrier", "outlet", "publisher", "regulator", "agency", "consultancy",
    "conglomerate", "provider", "manufacturer", "brokerage", "automaker", "carmaker",
    "chipmaker", "supplier", "vendor", "newspaper", "broadcaster", "watchdog", "airline",
    "subsidiary", "rival", "unicorn", "e-tailer", "platform operator", "tracker", "venture",
)
# Words before a name that make it a person's ("astronaut Bertalan Farkas", "Mr. Unruh"):
# the model's ORG for such a name, and for its surname elsewhere in the article, is dropped.
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof"})
PERSON_ROLE_NOUNS = frozenset({
    "astronaut", "analyst", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
    "president", "minister", "secretary", "senator", "governor", "lawyer", "attorney", "judge",
    "economist", "professor", "editor", "reporter", "columnist", "actor", "actress", "singer",
    "founder", "colonel", "general", "captain", "lieutenant", "sergeant",
}) | {form for h in HONORIFICS for form in (h.lower(), f"{h.lower()}.")}
# AP-style US state abbreviations: "Blue Bell, Pa., concern" names a town, not a company.
US_STATE_ABBREVIATIONS = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
})
# Last words of facility names (OntoNotes FAC): a hotel or stadium is a place, not an organization.
FACILITY_WORDS = frozenset({"Hotel", "Casino", "Resort", "Stadium", "Arena", "Airport", "Bridge", "Tower", "Mall"})
# A facility noun written after a name in lower case ("the Desert Inn resort", "the Marina hotel").
FACILITY_NOUNS = frozenset(w.lower() for w in FACILITY_WORDS) | {"hotels", "casinos", "resorts", "inn", "club"}
# Nouns that announce a product's name ("online collaboration app LinkNow").
PRODUCT_TRIGGERS = (
    "app", "apps", "application", "platform", "service", "tool", "software", "os", "browser",
    "assistant", "chatbot", "smartphone", "phone", "handset", "device", "tablet", "laptop",
    "console", "game", "model", "vaccine", "drug", "messenger", "website", "portal",
    "marketplace", "engine", "headset", "wearable", "smartwatch", "car", "sedan", "suv",
    "vehicle", "jet", "aircraft", "chip", "processor", "program", "programme", "framework",
    "library", "system", "version", "edition", "series", "product", "brand",
)
_TOKEN_WORDS = [w for w in WORDS if "(" not in w]  # "yuan (offshore)" is read by the normalizer only
CURRENCY_WORD_FORMS = sorted(
    {w.split()[-1] for w in _TOKEN_WORDS} | {w.split()[-1] + "s" for w in _TOKEN_WORDS} | set(WORD_FORMS)
)
CURRENCY_QUALIFIERS = sorted({part for w in _TOKEN_WORDS for part in w.split()[:-1]})
_GLUED_SYMBOLS = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True) if (not s.isalpha() or s in ("Rs", "RM", "Rp")) and s != "#")
_GLUED_SCALES = "|".join(sorted((k for k in SCALES if k.isalpha()), key=len, reverse=True))
GLUED_AMOUNT = rf"^\d[\d,]*(\.\d+)?({_GLUED_SCALES})$"
_NUMBER_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                 "eighty|ninety|hundred|thousand|dozen|half|(twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                 "ninety)-(one|two|three|four|five|six|seven|eight|nine)")
# A number token: digits with separators and decimals, a glued scale ('5.2bn'), or a number word.
NUMBER_TOKEN = rf"^(\d+([,.]\d+)*(\.\d+)?[{VULGAR}]?({_GLUED_SCALES})?|{_NUMBER_WORDS})$"
# The fraction of a mixed number, its own token: "6 1/4%", "$1 1/2 billion", "8 ½ cents".
FRACTION_TOKEN = rf"^(\d+/\d+|[{VULGAR}])$"
COUNT_TOKEN = rf"^(\d+([,.]\d+)*(\.\d+)?|{_NUMBER_WORDS}|a|an|several|few|many|some|couple|of)$"

# A model designation as a whole name (ANNOTATION §2: "the N90", "24 N90s", "N90-200LR",
# "A320neo", "T-34", "787"); not a year, and not one digit after a word, as TV channels and
# units are numbered ("BBC2", "VH1", "MI6": 54 such ORGs against 268 PRODUCTs in the train splits).
DESIGNATION = (r"^(?!(?:19|20)\d\ds?$)(?:\d{3,6}|[A-Z]{1,3}-?\d{2,5}[A-Za-z]{0,3}|[A-Z]-?\d[A-Za-z]{0,3}"
               r"|[A-Z]{1,3}-\d{1,5}[A-Za-z]{0,3})(?:-\d{1,4}[A-Za-z]{0,2})?s?$")
# Groups of nations named by their number of members: organizations, not designations.
NOT_DESIGNATIONS = frozenset({"G7", "G8", "G20", "G77", "G-7", "G-8", "G-20", "G-77"})
PRODUCT_CODE = r"^(?!(?:19|20)\d\d$)(?:\d{3,6}|[A-Z]{1,4}-?\d{1,5}[A-Za-z]?)$"
TOKEN_CLASSES: dict[str, dict] = {
    "number": {"LOWER": {"REGEX": NUMBER_TOKEN}},
    "scale": {"LOWER": {"IN": sorted(SCALES)}},
    "fraction": {"TEXT": {"REGEX": FRACTION_TOKEN}},
    "vague_multiple": {"LOWER": {"IN": sorted(VAGUE)}},
    "currency_symbol": {"TEXT": {"IN": sorted(s for s in SYMBOLS if s not in ("R", "kr", "p"))}},
    "symbol_number": {"TEXT": {"REGEX": rf"^(RMB|{_GLUED_SYMBOLS})\d[\d,]*(\.\d+)?[{VULGAR}]?({_GLUED_SCALES})?$"}},
    "currency_code": {"TEXT": {"IN": sorted(CODES | set(CODE_ALIASES))}},
    "currency_word": {"LOWER": {"IN": CURRENCY_WORD_FORMS}},
    "currency_qualifier": {"LOWER": {"IN": CURRENCY_QUALIFIERS}},
    "range_word": {"LOWER": {"IN": ["to", "-", "\u2013", "\u2014"]}},
    "subunit": {"LOWER": {"IN": ["cents", "cent", "pence"]}},
    "percent_word": {"LOWER": {"IN": ["percent", "pct", "pct.", "per-cent", "pc", "percentage"]}},
    "percent_glued": {"LOWER": {"REGEX": rf"^\d+(\.\d+)?[{VULGAR}]?(%|pct|pc|percent)$"}},
    "season": {"LOWER": {"IN": sorted(SEASONS)}},
    "year": {"TEXT": {"REGEX": r"^(1[5-9]|20)\d\d$"}},
    "relative": {"LOWER": {"IN": ["last", "this", "next", "past", "coming", "previous"]}},
    "relative_year": {"LOWER": {"IN": ["last", "this", "next", "the", "previous", "following"]}},
    "ordinal": {"LOWER": {"IN": ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "last"]}},
    "half_ordinal": {"LOWER": {"IN": ["first", "second", "1st", "2nd", "latter", "last"]}},
    "count": {"LOWER": {"REGEX": COUNT_TOKEN}},
    "month": {"LOWER": {"IN": sorted({*MONTHS, *(f"{m}." for m in MONTHS)})}},
    "weekday": {"LOWER": {"IN": sorted({*WEEKDAYS, *(f"{d}." for d in WEEKDAYS)})}},
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
    "org_suffix": {"TEXT": {"IN": list(ORG_SUFFIXES)}},
    # Joins two parts of one name: "Dow Jones & Co", "Savings and Loan Association", "Hewlett-Packard Co".
    "name_joiner": {"LOWER": {"IN": ["&", "amp", "and", "of", "-", "/", "'", "\u2019", "de", "du"]}},
    "org_trigger": {"LOWER": {"IN": list(ORG_TRIGGERS)}},
    "product_trigger": {"LOWER": {"IN": list(PRODUCT_TRIGGERS)}},
    "name_token": {"_": {"is_name_part": True}},
    "model_number": {"TEXT": {"REGEX": r"^(\d{1,4}[A-Za-z]{0,3}|[A-Z]\d{1,3}|Pro|Max|Plus|Ultra|Mini|Lite|SE|XL)$"}},
    # A model designation that is a product's whole name: "80486", "747", "DC-8", "A320"; not a year.
    "product_code": {"TEXT": {"REGEX": PRODUCT_CODE}},
    # Singular nouns a model designation names ("the 486 chip"); a number before a plural is a count.
    "code_noun": {"LOWER": {"IN": ["chip", "microprocessor", "processor", "cpu", "aircraft", "jet", "jetliner",
                                   "airliner", "plane", "spacecraft", "rocket", "machine", "computer"]}},
}
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow"}
# Date words that cannot be part of a name: full month and weekday names, not abbreviations
# written without their dot ("Sun Microsystems", "Sat Nav"), which are names far more often.
NAME_BLOCKING_DATE_WORDS = frozenset(
    w for w in DATE_WORDS if not any(other != w and other.startswith(w) for other in DATE_WORDS))


def _expand(token: dict) -> dict:
    spec = dict(token)
    spec.pop("TAKE", None)
    name = spec.pop("CLASS", None)
    if name is not None:
        spec = {**TOKEN_CLASSES[name], **spec}
    return spec


@lru_cache(maxsize=None)
def load_patterns(name: str) -> tuple[dict, ...]:
    """Rows of `patterns/NAME.jsonl`, with `take` (token indexes of the mention) added."""
    rows = []
    for number, line in enumerate((PATTERN_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        take = tuple(i for i, tok in enumerate(row["pattern"]) if tok.get("TAKE"))
        rows.append({**row, "pattern": [_expand(t) for t in row["pattern"]], "take": take, "line": number})
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
