"""Score DATE and DURATION mentions on TempEval-3 TBAQ (../shared/data/tbaq_timex.jsonl).

Prints strict and relaxed span P/R/F1 over DATE+DURATION TIMEX3s, value accuracy
(TIMEX3 value == our timex, and mod == our mod) over relaxed matches, and the most
frequent error patterns. Predictions overlapping a gold TIME or SET expression are
left out of the scoring (outside our DATE label, ANNOTATION.md §2).

    python bench/eval_timebank.py [--data PATH] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tbaq_timex.jsonl"
SCORED_TYPES = ("DATE", "DURATION")
# TimeML tags vague references with no calendar unit; ANNOTATION.md §2 leaves them out
# ("months ago" is a DATE, bare "now" is not), so they are not scored (data/README.md).
NOT_OUR_DATES = frozenset({
    "now", "currently", "current", "recently", "recent", "the future", "future", "soon", "the past",
    "past", "once", "then", "previously", "lately", "formerly", "present", "the present", "right now",
    "immediately", "nowadays", "earlier", "later", "ago", "former", "the time", "time", "at the time",
})


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(docs: list[dict]) -> list[list[dict]]:
    """Our DATE mentions for each document's text, resolved against its DCT."""
    from extract.articles import Article
    from extract.pipeline import load_pipeline
    from extract.runner import extract_articles

    articles = [Article(path=d["id"], text=d["text"], published=date.fromisoformat(d["published"])) for d in docs]
    out = []
    for _, mentions in extract_articles(articles, load_pipeline()):
        out.append([{"start": m.start, "end": m.end, "text": m.text, "timex": m.value.timex, "mod": m.value.mod,
                     "type": m.value.type} for m in mentions if m.label == "DATE"])
    return out


def _outside_guideline(mention: dict) -> bool:
    return mention["surface"].lower().strip(" .,") in NOT_OUR_DATES


def _shape(text: str) -> str:
    """'October 16' -> 'Month 9'; error patterns group by shape."""
    text = re.sub(r"\d", "9", text.lower())
    return re.sub(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", "Month",
                  re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "Weekday", text))


def evaluate(docs: list[dict], preds: list[list[dict]]) -> dict:
    tp_strict = gold_n = pred_n = relaxed_gold = relaxed_pred = 0
    value_ok = value_n = 0
    ignored = left_out = 0
    errors: Counter = Counter()
    causes: Counter = Counter()
    examples: dict[str, str] = {}
    for doc, pred in zip(docs, preds):
        gold = [m for m in doc["mentions"] if m["timex_type"] in SCORED_TYPES and not _outside_guideline(m)]
        other = [m for m in doc["mentions"] if m not in gold]
        left_out += sum(1 for m in other if m["timex_type"] in SCORED_TYPES)
        kept = []
        for p in pred:
            if any(p["start"] < o["end"] and o["start"] < p["end"] for o in other):
                ignored += 1
            else:
                kept.append(p)
        gold_n += len(gold)
        pred_n += len(kept)
        for g in gold:
            overlapping = [p for p in kept if p["start"] < g["end"] and g["start"] < p["end"]]
            exact = [p for p in overlapping if (p["start"], p["end"]) == (g["start"], g["end"])]
            tp_strict += bool(exact)
            if not overlapping:
                _error(errors, examples, "missed", g["surface"], g["value"])
                continue
            relaxed_gold += 1
            p = (exact or overlapping)[0]
            if not exact:
                _error(errors, examples, "boundary", f"{g['surface']!r} vs {p['text']!r}", "")
            value_n += 1
            if p["timex"] == g["value"] and p["mod"] == g["mod"]:
                value_ok += 1
            else:
                _error(errors, examples, "value", g["surface"], f"gold {g['value']}/{g['mod']} ours {p['timex']}/{p['mod']}")
                causes[_cause(g, p)] += 1
        for p in kept:
            if any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold):
                relaxed_pred += 1
            else:
                _error(errors, examples, "spurious", p["text"], p["timex"])

    def prf(tp_p, tp_r):
        prec = tp_p / pred_n if pred_n else 0.0
        rec = tp_r / gold_n if gold_n else 0.0
        return {"p": round(prec, 4), "r": round(rec, 4), "f": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0}

    return {
        "documents": len(docs), "gold": gold_n, "pred": pred_n, "ignored_time_set_overlaps": ignored,
        "left_out_gold": left_out,
        "strict": prf(tp_strict, tp_strict), "relaxed": prf(relaxed_pred, relaxed_gold),
        "value_accuracy": round(value_ok / value_n, 4) if value_n else None, "value_matched": value_n,
        "errors": [{"pattern": k, "count": n, "example": examples[k]} for k, n in errors.most_common()],
        "value_error_causes": dict(causes.most_common()),
    }


def _cause(gold: dict, ours: dict) -> str:
    """A value error's likely cause, from the shapes of the two values (for the error report)."""
    from extract.normalize.dates import point_from_timex

    gv, pv = gold["value"], ours["timex"]
    if gv == pv:
        longer = len(ours["text"]) > len(gold["surface"].strip(" .,"))
        return "mod only: our span keeps a modifier TimeML leaves out" if longer else "mod only: mod vocabulary"
    if "X" in gv and "X" not in pv:
        return "gold leaves part unresolved (1968-XX, 1989-WXX, 199X)"
    if gv.startswith("P") != pv.startswith("P"):
        return "duration vs point reading (September as P1M, the past year as 1997)"
    g, o = point_from_timex(gv.split("T")[0]), point_from_timex(pv)
    if g is None or o is None:
        return "other shapes (PXY vs PAST_REF, P10Y vs P1DE, times of day)"
    if g.gran != o.gran:
        return "granularity (a year earlier: year vs quarter; last week: week vs day)"
    if g.gran == "day" and abs((g.as_date() - o.as_date()).days) == 7:
        return "weekday resolved in the other week"
    return "other point (tense, anchor, DCT)"


def _error(errors: Counter, examples: dict, kind: str, surface: str, detail: str) -> None:
    key = f"{kind}: {_shape(surface) if kind != 'boundary' else 'span'}"
    if kind == "value":
        key = f"value: {_shape(surface)}"
    errors[key] += 1
    examples.setdefault(key, f"{surface} {detail}".strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=25, help="how many error patterns to list")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"TBAQ data not found at {args.data}: nothing to score (it lives in ../shared/data/).")
        return 0
    docs = load(args.data)
    result = evaluate(docs, predict(docs))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"TBAQ: {result['documents']} documents, {result['gold']} gold DATE+DURATION (vague words without a "
          f"calendar unit left out), {result['pred']} predicted ({result['ignored_time_set_overlaps']} overlapping "
          f"TIME/SET or left-out gold not scored)")
    print(f"{'':10} {'P':>6} {'R':>6} {'F1':>6}")
    for name in ("strict", "relaxed"):
        s = result[name]
        print(f"{name:10} {s['p']:>6.3f} {s['r']:>6.3f} {s['f']:>6.3f}")
    print(f"value accuracy over relaxed matches: {result['value_accuracy']:.3f} ({result['value_matched']} matched)")
    print("\nvalue errors by likely cause:")
    for cause, n in result["value_error_causes"].items():
        print(f"  {n:4}  {cause}")
    print("\nmost frequent error patterns:")
    for row in result["errors"][: args.errors]:
        print(f"  {row['count']:4}  {row['pattern']:40}  e.g. {row['example']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
