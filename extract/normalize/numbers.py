"""Numbers written with digits, separators, scale words and English number words."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "grand": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trln": 1e12, "t": 1e12,
    "dozen": 12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
UNITS: dict[str, float] = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
FRACTIONS: dict[str, float] = {
    "half": 0.5, "quarter": 0.25, "third": 1 / 3, "tenth": 0.1,
    "halves": 0.5, "quarters": 0.25, "thirds": 1 / 3, "tenths": 0.1,
}
# Vague multiples: "tens of thousands" -> 10 * 1000 (a floor, the guideline gives no better).
VAGUE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9}

_ATTACHED = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$")
_WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")


def parse_number(text: str) -> float | None:
    """A spelled or digit number with optional scale: 'two billion' -> 2e9, '1.25bn' -> 1.25e9.

    'two and a half' -> 2.5, 'half a percent' -> 0.5, 'tens of thousands' -> 10000.0;
    None when no number can be read. Decimal arithmetic keeps '301.6 billion' exact.
    """
    tokens = _tokens(text)
    total, current, seen = Decimal(0), None, False
    for i, token in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if token[0].isdigit():
            number = _decimal(token)
            if number is None:
                continue
            current = (current or Decimal(0)) + number
            seen = True
        elif token in ("a", "an"):
            if current is None and (nxt in SCALES or nxt in FRACTIONS):
                current = Decimal(1)
        elif token in UNITS:
            current = (current or Decimal(0)) + Decimal(UNITS[token])
            seen = True
        elif token in FRACTIONS:
            fraction = Decimal(1) / Decimal(round(1 / FRACTIONS[token]))
            if prev == "a" and i >= 2 and tokens[i - 2] == "and" and current is not None:
                current += fraction
            else:
                current = (current if current else Decimal(1)) * fraction
            seen = True
        elif token in VAGUE:
            current = (current or Decimal(1)) * Decimal(VAGUE[token])
            seen = True
        elif token in SCALES and (seen or len(token) > 1 and token not in ("mn", "bn", "tn", "mil")):
            scale = Decimal(SCALES[token])
            value = current if current is not None else Decimal(1)
            if scale >= 1000:
                total += value * scale
                current = None
            else:
                current = value * scale
            seen = True
    if not seen:
        return None
    return float(total + (current or Decimal(0)))


def _decimal(token: str) -> Decimal | None:
    """'1,250' -> Decimal('1250'); '0.0.0' (a version, not a number) -> None."""
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace("\u00a0", " ")
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    out: list[str] = []
    for raw in _WORD.findall(text):
        attached = _ATTACHED.match(raw)
        if attached and attached.group(2) in SCALES:
            out.extend(attached.groups())
        else:
            out.append(raw)
    return out


def format_amount(value: float) -> str:
    """The shortest decimal that reads back as VALUE: 2500000.0 -> '2500000', 0.5 -> '0.5'."""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text


# "5 million to $7 million", "5-7%", "between 3% and 4%": the second part starts with a
# digit or a currency sign; a hyphen splits only between digits.
_RANGE_SPLIT = re.compile(
    r"(?<=[\d%a-zA-Z.])\s*(?:\bto\b|\band\b|\bor\b|–|—|-)\s*"
    r"(?=(?:[A-Z]{1,3})?[$€£¥₹₩]|\d)"
)


def split_range(text: str) -> tuple[str, str | None]:
    """'$5 million to $7 million' -> ('$5 million', '$7 million'); '5%' -> ('5%', None)."""
    for match in _RANGE_SPLIT.finditer(text):
        if re.search(r"\d", text[: match.start()]):
            return text[: match.start()], text[match.end():]
    return text, None


def scale_of(text: str) -> float | None:
    """The scale word in TEXT: '7 million' -> 1e6, '7' -> None."""
    for token in _tokens(text):
        if token in SCALES and token not in ("hundred", "dozen"):
            return SCALES[token]
    return None


def parse_range(low_text: str, high_text: str | None) -> tuple[float | None, float | None]:
    """Parse both ends; a scale written only on the high end is shared ('5-7 million')."""
    low = parse_number(low_text)
    if high_text is None:
        return low, None
    high = parse_number(high_text)
    high_scale = scale_of(high_text)
    if low is not None and high is not None and high_scale and not scale_of(low_text):
        if low * high_scale <= high:
            low *= high_scale
    return low, high
