"""Build the probe set from its marked sources: articles/*.txt and gold.jsonl.

Each `marked/NNN_slug.src` holds `published:` and `source:` lines, then the headline, then the
body, with every mention written inline as `[O|...]` (ORG), `[P|...]` (PRODUCT), `[M|...]`
(MONEY) or `[C|...]` (PERCENT). A MONEY or PERCENT value is read from its surface
(ANNOTATION.md §3) unless the mark gives it: `[M|surface|amount;CUR;mod;high]`.
Offsets are taken in the whole written file (front matter included) and checked.

    python bench/gold/news_probe/build.py
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"O": "ORG", "P": "PRODUCT", "M": "MONEY", "C": "PERCENT"}


def mark_pattern(labels: dict[str, str]) -> re.Pattern:
    """`[X|surface]` or `[X|surface|value]` for each mark letter X of LABELS."""
    return re.compile(r"\[([" + "".join(labels) + r"])\|([^\]|]+)(?:\|([^\]]*))?\]")

MODS = [("more than", "MORE_THAN"), ("over", "MORE_THAN"), ("above", "MORE_THAN"),
        ("less than", "LESS_THAN"), ("under", "LESS_THAN"), ("below", "LESS_THAN"),
        ("about", "APPROX"), ("roughly", "APPROX"), ("around", "APPROX"), ("nearly", "APPROX"),
        ("almost", "APPROX"), ("some", "APPROX"), ("approximately", "APPROX"),
        ("at least", "EQUAL_OR_MORE"), ("at most", "EQUAL_OR_LESS"), ("up to", "EQUAL_OR_LESS")]
SYMBOLS = {"US$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
           "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"}
WORDS = {"euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "pounds": "GBP",
         "won": "KRW", "rupees": "INR", "dollars": "USD", "Swiss francs": "CHF", "kronor": "SEK",
         "Danish crowns": "DKK", "dirhams": "AED"}
SUBUNITS = {"cents": ("USD", "0.01"), "pence": ("GBP", "0.01")}
SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
          "trillion": Decimal(10) ** 12, "bn": Decimal(10) ** 9, "m": Decimal(10) ** 6}
AMOUNT = re.compile(r"(?P<sym>US\$|HK\$|NT\$|S\$|A\$|C\$|\$|€|£|¥|₩)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)"
                    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|m)\b)?"
                    r"(?:\s+(?P<word>Swiss francs|Danish crowns|dirhams|euros?|yen|yuan|pounds|won|rupees|dollars|kronor|cents|pence))?")
PERCENT = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|percentage points?\b|pct\b)?")


def split_mod(surface: str) -> tuple[str | None, str]:
    for words, mod in MODS:
        if surface.lower().startswith(words + " "):
            return mod, surface[len(words) + 1:]
    return None, surface


def between(rest: str) -> list[str] | None:
    """'between X and Y' -> [X, Y] (a range written as one phrase, ANNOTATION §2)."""
    if rest.startswith("between ") and " and " in rest:
        return rest[len("between "):].split(" and ")
    return None


def money_value(surface: str) -> dict:
    mod, rest = split_mod(surface)
    parts = between(rest) or re.split(r"\s+to\s+|\s*-\s*(?=\D*\d)", rest)
    if len(parts) > 2:
        raise ValueError(surface)
    values, currency = [], None
    for part in parts:
        m = AMOUNT.fullmatch(part.strip())
        if not m:
            raise ValueError(f"cannot read MONEY {surface!r}")
        amount = Decimal(m["num"].replace(",", ""))
        if m["scale"]:
            amount *= SCALES[m["scale"]]
        cur = SYMBOLS.get(m["sym"]) if m["sym"] else None
        if m["word"] in SUBUNITS:
            cur, factor = SUBUNITS[m["word"]]
            amount *= Decimal(factor)
        elif m["word"]:
            cur = WORDS[m["word"]]
        currency = currency or cur
        values.append(float(amount))
    if currency is None:
        raise ValueError(f"no currency in MONEY {surface!r}")
    return {"amount": values[0], "currency": currency, "mod": mod,
            "high": values[1] if len(values) == 2 else None}


def percent_value(surface: str) -> dict:
    mod, rest = split_mod(surface)
    parts = between(rest) or re.split(r"\s+to\s+|\s*-\s*(?=\d)", rest)
    nums = []
    for part in parts:
        m = PERCENT.fullmatch(part.strip())
        if not m:
            raise ValueError(f"cannot read PERCENT {surface!r}")
        nums.append(float(m["num"]))
    if len(nums) > 2:
        raise ValueError(surface)
    return {"percent": nums[0], "mod": mod, "high": nums[1] if len(nums) == 2 else None}


def given_value(label: str, spec: str) -> dict:
    fields = [None if f in ("", "null") else f for f in spec.split(";")]
    if label == "MONEY":
        amount, currency, mod, high = fields
        return {"amount": float(amount), "currency": currency, "mod": mod,
                "high": float(high) if high is not None else None}
    percent, mod, high = fields
    return {"percent": float(percent), "mod": mod, "high": float(high) if high is not None else None}


def value_of(label: str, surface: str, spec: str | None, published: str = "") -> dict:
    if label in ("ORG", "PRODUCT"):
        return {"name": " ".join(surface.replace('"', "").split())}
    if spec:
        return given_value(label, spec)
    return money_value(surface) if label == "MONEY" else percent_value(surface)


def build(src: Path, labels: dict[str, str] = LABELS, value=value_of) -> tuple[str, dict]:
    """One marked source -> (the article's text, its gold line); VALUE(label, surface, spec, published)."""
    mark = mark_pattern(labels)
    lines = src.read_text(encoding="utf-8").splitlines()
    head = dict(line.split(": ", 1) for line in lines[:2])
    body_marked = "\n".join(lines[2:]) + "\n"
    title = mark.sub(lambda m: m[2], lines[2])
    front = f"---\npublished: {head['published']}\ntitle: {title}\nsource: {head['source']}\n---\n"
    text, mentions, pos = front, [], 0
    for m in mark.finditer(body_marked):
        text += body_marked[pos:m.start()]
        label, surface = labels[m[1]], m[2]
        start = len(text)
        text += surface
        mentions.append({"start": start, "end": len(text), "label": label, "text": surface,
                         "value": value(label, surface, m[3], head["published"])})
        pos = m.end()
    text += body_marked[pos:]
    if "[" in text or "]" in text:
        raise ValueError(f"{src.name}: an unclosed or malformed mark")
    for mention in mentions:
        assert text[mention["start"]:mention["end"]] == mention["text"], (src.name, mention)
        assert mention["text"] == mention["text"].strip(), (src.name, mention)
    article = src.stem + ".txt"
    return text, {"article": article, "published": head["published"],
                  "labels": list(labels.values()), "mentions": mentions}


def main(here: Path = HERE, labels: dict[str, str] = LABELS, value=value_of) -> int:
    """Write HERE/articles/*.txt and HERE/gold.jsonl from HERE/marked/*.src."""
    out = here / "articles"
    out.mkdir(exist_ok=True)
    rows = []
    for src in sorted((here / "marked").glob("*.src")):
        text, row = build(src, labels, value)
        (out / row["article"]).write_text(text, encoding="utf-8")
        written = (out / row["article"]).read_text(encoding="utf-8")
        for mention in row["mentions"]:
            assert written[mention["start"]:mention["end"]] == mention["text"]
        rows.append(row)
    with open(here / "gold.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        for mention in row["mentions"]:
            counts[mention["label"]] = counts.get(mention["label"], 0) + 1
    print(f"{len(rows)} articles; " + ", ".join(f"{k} {counts.get(k, 0)}" for k in labels.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
