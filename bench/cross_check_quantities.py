"""quantulum3 as a differential oracle for MONEY and PERCENT values (issue 19).

    pip install -e '.[bench]'   # quantulum3, never a runtime dependency
    python bench/cross_check_quantities.py [--data PATH] [--show N] [--pred FILE]

Runs the pipeline over every TBAQ text (../shared/data/tbaq_timex.jsonl), gives the text of
each MONEY and PERCENT mention it finds to quantulum3 (on the span, as the style guide says of
libraries: they read spans we found, they do not find them), and compares the values:
amount (range low end and high end) and currency for MONEY, the number for PERCENT.
Every disagreement is put in a class. The classes that are quantulum3's conventions or its
known gaps (it counts cents in cents, gives a range's midpoint, has no pound sign '#' ...)
are counted apart, with the reason; what no class explains is a real difference, listed
with its text. `--pred` reads (or, when missing, writes) our mentions as JSONL, to skip the
pipeline on a re-run.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tbaq_timex.jsonl"
LABELS = ("MONEY", "PERCENT")


def our_mentions(data: Path, pred: Path | None) -> list[dict]:
    if pred is not None and pred.exists():
        return [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    from extract.articles import Article
    from extract.pipeline import load_pipeline
    from extract.api import extract_articles

    docs = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(path=d["id"], text=d["text"], published=date.fromisoformat(d["published"])) for d in docs]
    out = []
    for _, mentions in extract_articles(articles, load_pipeline()):
        out += [{"article": m.article, "label": m.label, "text": m.text, "start": m.start, "value": m.value.model_dump()}
                for m in mentions if m.label in LABELS]
    if pred is not None:
        pred.write_text("".join(json.dumps(m) + "\n" for m in out), encoding="utf-8")
    return out


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


SUBUNIT_NAMES = {"cent", "penny", "pence"}
# Conventions and known gaps of quantulum3, each with the reason a difference of its kind is no
# error of ours (the class names printed).
UNKNOWN_CURRENCY = "a currency quantulum3 does not know ('#' for the pound sign, dlrs, guilders, pence, marks, shillings): same number"
OTHER_UNIT = "quantulum3 reads part of the currency name as another unit ('U.S.' as atomic mass units): same number"
SUBUNITS = "quantulum3 counts cents and pence in cents and pence; ours are amounts of the main unit (ANNOTATION §3)"
MIDPOINT = "quantulum3 gives a range as its midpoint and half-width; ours is the low end with `high`"
SPELLED_DECIMAL = "quantulum3 drops the whole part of a spelled decimal ('one point six billion' as 6 billion)"
SCALE_AFTER_MOD = "quantulum3 stops before the scale word after a modifier ('some $140 million' as $140)"
NO_CODE = "quantulum3's currency unit has no ISO code"
ARTICLE_DOLLAR = "a bare '$' is the dollar the article names (ANNOTATION §3); quantulum3 reads every '$' as USD"
NO_QUANTITY = "quantulum3 reads no quantity in the span"


def theirs(text: str) -> list:
    from quantulum3 import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parser.parse(text)


def classify(mention: dict, quantities: list) -> tuple[str, str]:
    """(class, detail) for one of our mentions against quantulum3's reading of its text:
    'agree', 'convention: <why>' or 'real: <what differs>'."""
    from extract.normalize.numbers import scale_of

    value, label, text = mention["value"], mention["label"], mention["text"]
    low = value["amount"] if label == "MONEY" else value["percent"]
    high = value["high"]
    if label == "PERCENT":
        found = [q for q in quantities if q.unit.name in ("percentage", "percentage point")]
    else:
        found = [q for q in quantities if q.unit.entity.name == "currency"]
    if not found:
        if not quantities:
            return f"convention: {NO_QUANTITY}", ""
        q = quantities[0]
        same = any(close(q.value * f, v) for f in (1, 0.01) for v in (low, (low + high) / 2 if high else low))
        detail = f"{q.value} {q.unit.name}"
        if label == "MONEY" and q.unit.name == "pound-mass":
            return "real: a weight read as money", detail  # the one ambiguity quantulum3 is right to raise
        if same and label == "MONEY":
            return f"convention: {UNKNOWN_CURRENCY if q.unit.entity.name == 'dimensionless' else OTHER_UNIT}", detail
        return "real: quantulum3 reads another quantity", detail
    q = found[0]
    factor = 0.01 if label == "MONEY" and q.unit.name in SUBUNIT_NAMES else 1
    reading, conventions = q.value * factor, []
    detail = f"{q.value} {q.unit.name}" + (f" ± {q.uncertainty}" if q.uncertainty else "")
    if factor != 1:
        conventions.append(SUBUNITS)
    if high is not None and q.uncertainty and close(reading, (low + high) / 2):
        conventions.append(MIDPOINT)
    elif not close(reading, low):
        scale = scale_of(text)
        if re.search(r"\bpoint\b", text, re.IGNORECASE):
            conventions.append(SPELLED_DECIMAL)
        elif scale and close(reading * scale, low) and not scale_of(q.surface):
            conventions.append(SCALE_AFTER_MOD)
        else:
            return "real: amount", f"{detail} for {low}"
    if label == "MONEY":
        code = getattr(q.unit, "currency_code", None)
        if code is None:
            if factor == 1:
                conventions.append(NO_CODE)
        elif code != value["currency"]:
            if code == "USD" and "$" in text and not re.search(r"[A-Za-z]\$", text):  # a bare '$'
                conventions.append(ARTICLE_DOLLAR)
            else:
                return "real: currency", f"{code} ({q.unit.name}) for {value['currency']}"
    if conventions:
        return "convention: " + "; ".join(conventions), detail
    return "agree", ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", type=int, default=5, help="examples printed per class")
    ap.add_argument("--pred", type=Path, default=None)
    args = ap.parse_args()
    if not args.data.exists():
        print(f"{args.data} not found: nothing to cross-check")
        return 0
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        print("quantulum3 is not installed: pip install -e '.[bench]'")
        return 2
    mentions = our_mentions(args.data, args.pred)
    classes: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    by_label: Counter = Counter()
    for m in mentions:
        kind, detail = classify(m, theirs(m["text"]))
        classes[kind] += 1
        by_label[(m["label"], kind.split(":")[0])] += 1
        examples[kind].append(f"{m['article']}@{m['start']} {m['text']!r}: {detail}")
    print(f"{len(mentions)} mentions ({sum(1 for m in mentions if m['label'] == 'MONEY')} MONEY, "
          f"{sum(1 for m in mentions if m['label'] == 'PERCENT')} PERCENT) in {args.data.name}")
    for label in LABELS:
        print(f"  {label:8} agree {by_label[(label, 'agree')]:>5}   convention {by_label[(label, 'convention')]:>5}   "
              f"real {by_label[(label, 'real')]:>5}")
    for kind, count in sorted(classes.items(), key=lambda kv: (kv[0].split(":")[0] != "real", -kv[1])):
        if kind == "agree":
            continue
        print(f"\n{count:>5}  {kind}")
        for line in examples[kind][: args.show if not kind.startswith("real") else None]:
            print(f"       {line}")
    real = sum(c for k, c in classes.items() if k.startswith("real"))
    print(f"\nreal differences: {real}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
