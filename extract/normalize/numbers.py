"""Numbers written with digits, separators, fractions, scale words and English number words.

Arithmetic is exact (`fractions.Fraction`): '83 cents' is 83/100 of a dollar, 0.83 once it
becomes a float in the record, never 0.8300000000000001.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from fractions import Fraction

SCALES: dict[str, int] = {
    "hundred": 10**2, "thousand": 10**3, "k": 10**3, "grand": 10**3,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6, "mil": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "tn": 10**12, "trln": 10**12, "t": 10**12,
    "dozen": 12, "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}
UNITS: dict[str, int] = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Digits read after "point": "one point six billion" is 1.6 billion.
DIGIT_WORDS: dict[str, int] = {**{w: n for w, n in UNITS.items() if n < 10 and w not in ("a", "an")}, "oh": 0}
FRACTIONS: dict[str, Fraction] = {
    "half": Fraction(1, 2), "quarter": Fraction(1, 4), "third": Fraction(1, 3), "tenth": Fraction(1, 10),
    "halves": Fraction(1, 2), "quarters": Fraction(1, 4), "thirds": Fraction(1, 3), "tenths": Fraction(1, 10),
}
# Vague multiples: "tens of thousands" -> 10 * 1000, the floor of what is meant. A money or
# percent amount made only of them carries mod APPROX ("billions of dollars": 1e9, APPROX).
VAGUE: dict[str, int] = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
                         "billions": 10**9, "trillions": 10**12}
# Unicode vulgar fractions ("6¼%", "8½"), read as the fraction they name.
VULGAR = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"

_ATTACHED = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$")
_WORD = re.compile(r"\d+/\d+|[a-z]+|\d+(?:[.,]\d+)*")
_SLASH = re.compile(r"^(\d+)/(\d+)$")
_VULGAR = re.compile(f"[{VULGAR}]")


def parse_exact(text: str) -> Fraction | None:
    """A spelled or digit number with optional scale, exactly: 'two billion' -> 2000000000,
    '1.25bn' -> 1250000000, '6 1/4' -> 25/4, '6¼' -> 25/4, 'one point six' -> 8/5.

    'two and a half' -> 5/2, 'half a percent' -> 1/2, 'tens of thousands' -> 10000;
    None when no number can be read.
    """
    tokens = _tokens(text)
    total, current, seen = Fraction(0), None, False
    skip = 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        slash = _SLASH.match(token)
        if slash:
            if int(slash.group(2)):
                current = (current or Fraction(0)) + Fraction(int(slash.group(1)), int(slash.group(2)))
                seen = True
        elif token[0].isdigit():
            number = _exact(token)
            if number is None:
                continue
            current = (current or Fraction(0)) + number
            seen = True
        elif token == "point" and seen and nxt is not None and (nxt in DIGIT_WORDS or nxt.isdigit()):
            skip = _digit_run(tokens, i + 1)
            digits = "".join(str(DIGIT_WORDS.get(t, t)) for t in tokens[i + 1:i + 1 + skip])
            current = (current or Fraction(0)) + Fraction(int(digits), 10 ** len(digits))
        elif token in ("a", "an"):
            if current is None and (nxt in SCALES or nxt in FRACTIONS):
                current = Fraction(1)
        elif token in UNITS:
            current = (current or Fraction(0)) + UNITS[token]
            seen = True
        elif token in FRACTIONS:
            fraction = FRACTIONS[token]
            if prev == "a" and i >= 2 and tokens[i - 2] == "and" and current is not None:
                current += fraction
            else:
                current = (current if current else Fraction(1)) * fraction
            seen = True
        elif token in VAGUE:
            current = (current or Fraction(1)) * VAGUE[token]
            seen = True
        elif token in SCALES and (seen or len(token) > 1 and token not in ("mn", "bn", "tn", "mil")):
            scale = SCALES[token]
            value = current if current is not None else Fraction(1)
            if scale >= 1000:
                total += value * scale
                current = None
            else:
                current = value * scale
            seen = True
    if not seen:
        return None
    return total + (current or Fraction(0))


def _digit_run(tokens: list[str], start: int) -> int:
    """How many tokens from START are digits read after 'point'."""
    n = 0
    while start + n < len(tokens) and (tokens[start + n] in DIGIT_WORDS or tokens[start + n].isdigit()):
        n += 1
    return n


def parse_number(text: str) -> float | None:
    """parse_exact as a float: 'two billion' -> 2e9, '1.25bn' -> 1.25e9, '6 1/4' -> 6.25."""
    value = parse_exact(text)
    return None if value is None else float(value)


def is_vague(text: str) -> bool:
    """'billions', 'tens of millions': a vague multiple with no count of its own ('5 million' is not)."""
    tokens = _tokens(text)
    return any(t in VAGUE for t in tokens) and not any(
        t[0].isdigit() or (t in UNITS and t not in ("a", "an")) for t in tokens)


def _exact(token: str) -> Fraction | None:
    """'1,250' -> 1250; '2.5' -> 5/2; '0.0.0' (a version, not a number) -> None."""
    try:
        return Fraction(Decimal(token.replace(",", "")))
    except (InvalidOperation, ValueError):
        return None


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("\u00a0", " ")
    text = _VULGAR.sub(lambda m: " " + _vulgar(m.group(0)), text)
    text = re.sub(r"(?<=\d)-(?=\d+/\d+)", " ", text)  # "6-1/4%" is six and a quarter
    text = text.replace("-", " ")
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    out: list[str] = []
    for raw in _WORD.findall(text):
        attached = _ATTACHED.match(raw)
        if attached and attached.group(2) in SCALES:
            out.extend(attached.groups())
        else:
            out.append(raw)
    return out


def _vulgar(char: str) -> str:
    """'¼' -> '1/4'."""
    value = Fraction(unicodedata.numeric(char)).limit_denominator(10)
    return f"{value.numerator}/{value.denominator}"


def format_amount(value: float) -> str:
    """The shortest decimal that reads back as VALUE: 2500000.0 -> '2500000', 0.5 -> '0.5'."""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text


# "5 million to $7 million", "5-7%", "between 3% and 4%": the second part starts with a
# digit or a currency sign; a hyphen splits only between digits, and not inside a mixed
# fraction ("6-1/4%").
_RANGE_SPLIT = re.compile(
    r"(?<=[\d%a-zA-Z.])\s*(?:\bto\b|\band\b|\bor\b|–|—|-(?!\d+/\d+))\s*"
    r"(?=(?:[A-Z]{1,3})?[$€£¥₹₩#]|\d)"
)


_ZERO_START = re.compile(r"\b(?:zero|nil)$", re.I)  # "between zero and 1%": a range from nothing
# A range of numbers in words: "two to three percent", "five or six million dollars" (not "two and a half").
_NUMBER_WORD = "|".join(w for w in UNITS if w not in ("a", "an"))
_WORD_RANGE_SPLIT = re.compile(rf"\b(?:{_NUMBER_WORD})(\s+(?:to|or)\s+)(?=(?:{_NUMBER_WORD})\b)", re.I)


def split_range(text: str) -> tuple[str, str | None]:
    """'$5 million to $7 million' -> ('$5 million', '$7 million'); '5%' -> ('5%', None)."""
    for match in _RANGE_SPLIT.finditer(text):
        if re.search(r"\d", text[: match.start()]) or _ZERO_START.search(text[: match.start()]):
            return text[: match.start()], text[match.end():]
    match = _WORD_RANGE_SPLIT.search(text)
    if match:
        return text[: match.start(1)], text[match.end(1):]
    return text, None


def scale_of(text: str) -> int | None:
    """The scale word in TEXT: '7 million' -> 10**6, '7' -> None."""
    for token in _tokens(text):
        if token in SCALES and token not in ("hundred", "dozen"):
            return SCALES[token]
    return None


def parse_range(low_text: str, high_text: str | None) -> tuple[Fraction | None, Fraction | None]:
    """Both ends, exactly; a scale written only on the high end is shared ('5-7 million')."""
    low = parse_exact(low_text)
    if high_text is None:
        return low, None
    high = parse_exact(high_text)
    high_scale = scale_of(high_text)
    if low is not None and high is not None and high_scale and not scale_of(low_text):
        if low * high_scale <= high:
            low *= high_scale
    return low, high
