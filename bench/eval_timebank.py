"""Score DATE and DURATION mentions on TempEval-3 TBAQ (../shared/data/tbaq_timex.jsonl).

Prints strict and relaxed span P/R/F1 over DATE+DURATION TIMEX3s, value accuracy
(TIMEX3 value == our timex, and mod == our mod) over relaxed matches, value F1 (a
prediction counts when it overlaps a gold mention with the same value and mod; P over
predictions, R over gold), and the most frequent error patterns. Predictions overlapping
a gold TIME or SET expression, or a vague word the guideline leaves out, are not scored
(ANNOTATION.md §2). bench/peer_heideltime.py scores HeidelTime with this same code.

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
# TimeML tags vague words the guideline leaves out: adjectives ("current", "recent",
# "future" plans) and adverbs that order events rather than name a time ("soon", "once",
# "then", "previously"). The deictic words ANNOTATION.md §2 names ("now", "currently",
# "recently", "the past", "the future" ...) are scored.
NOT_OUR_DATES = frozenset({
    "current", "recent", "future", "soon", "once", "then", "previously", "formerly", "former", "immediately",
    "earlier", "later", "ago", "the time", "time", "at the time",
})
# What was left out before the guideline named the deictic words (2026-12): the TBAQ floors set
# then (tests/test_dev_gold.py) are still held on that set, next to the ones on today's.
LEFT_OUT_BEFORE_DEICTIC = NOT_OUR_DATES | frozenset({
    "now", "currently", "recently", "the future", "the past", "past", "lately", "present", "the present",
    "right now", "nowadays",
})


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(docs: list[dict]) -> list[list[dict]]:
    """Our DATE mentions for each document's text, resolved against its DCT."""
    from extract.articles import Article
    from extract.pipeline import load_pipeline
    from extract.api import extract_articles

    articles = [Article(path=d["id"], text=d["text"], published=date.fromisoformat(d["published"])) for d in docs]
    out = []
    for _, mentions in extract_articles(articles, load_pipeline()):
        out.append([{"start": m.start, "end": m.end, "text": m.text, "timex": m.value.timex, "mod": m.value.mod,
                     "type": m.value.type} for m in mentions if m.label == "DATE"])
    return out


def _outside_guideline(mention: dict, left_out: frozenset = NOT_OUR_DATES) -> bool:
    return mention["surface"].lower().strip(" .,") in left_out


def shape(text: str) -> str:
    """'October 16' -> 'Month 9'; error patterns group by shape."""
    text = re.sub(r"\d", "9", text.lower())
    return re.sub(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", "Month",
                  re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "Weekday", text))


def scored_gold(doc: dict, left_out: frozenset = NOT_OUR_DATES) -> tuple[list[dict], list[dict]]:
    """(gold DATE+DURATION mentions scored, the others: TIME, SET and the vague words LEFT_OUT)."""
    gold = [m for m in doc["mentions"] if m["timex_type"] in SCORED_TYPES and not _outside_guideline(m, left_out)]
    return gold, [m for m in doc["mentions"] if m not in gold]


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _same_value(p: dict, g: dict) -> bool:
    return p["timex"] == g["value"] and p["mod"] == g["mod"]


def judge(doc: dict, pred: list[dict], left_out: frozenset = NOT_OUR_DATES) -> dict:
    """One document scored: each gold mention with the prediction matched to it, and the predictions.

    Returns {"gold": [{"gold", "pred" (the exact match, else the first overlapping, else None),
    "strict", "value_ok" (some overlapping prediction has its value and mod)}],
    "pred": [{"pred", "relaxed", "value_ok"}], "ignored": predictions not scored (over a gold TIME,
    SET or left-out word, or one of the LEFT_OUT words themselves),
    "left_out": gold DATE/DURATION left out}."""
    gold, other = scored_gold(doc, left_out)
    kept = [p for p in pred if not any(_overlaps(p, o) for o in other) and p["text"].lower().strip(" .,") not in left_out]
    rows = []
    for g in gold:
        overlapping = [p for p in kept if _overlaps(p, g)]
        exact = [p for p in overlapping if (p["start"], p["end"]) == (g["start"], g["end"])]
        rows.append({"gold": g, "pred": (exact or overlapping or [None])[0], "strict": bool(exact),
                     "value_ok": any(_same_value(p, g) for p in overlapping)})
    preds = [{"pred": p, "relaxed": any(_overlaps(p, g) for g in gold),
              "value_ok": any(_overlaps(p, g) and _same_value(p, g) for g in gold)} for p in kept]
    return {"gold": rows, "pred": preds, "ignored": len(pred) - len(kept),
            "left_out": sum(1 for m in other if m["timex_type"] in SCORED_TYPES)}


def evaluate(docs: list[dict], preds: list[list[dict]], left_out: frozenset = NOT_OUR_DATES) -> dict:
    tp_strict = gold_n = pred_n = relaxed_gold = relaxed_pred = 0
    value_ok = value_n = value_gold = value_pred = 0
    ignored = left_out_n = 0
    errors: Counter = Counter()
    causes: Counter = Counter()
    examples: dict[str, str] = {}
    for doc, pred in zip(docs, preds):
        judged = judge(doc, pred, left_out)
        ignored += judged["ignored"]
        left_out_n += judged["left_out"]
        gold_n += len(judged["gold"])
        pred_n += len(judged["pred"])
        for row in judged["gold"]:
            g, p = row["gold"], row["pred"]
            tp_strict += row["strict"]
            value_gold += row["value_ok"]
            if p is None:
                _error(errors, examples, "missed", g["surface"], g["value"])
                continue
            relaxed_gold += 1
            if not row["strict"]:
                _error(errors, examples, "boundary", f"{g['surface']!r} vs {p['text']!r}", "")
            value_n += 1
            if _same_value(p, g):
                value_ok += 1
            else:
                _error(errors, examples, "value", g["surface"], f"gold {g['value']}/{g['mod']} ours {p['timex']}/{p['mod']}")
                causes[_cause(g, p)] += 1
        for row in judged["pred"]:
            relaxed_pred += row["relaxed"]
            value_pred += row["value_ok"]
            if not row["relaxed"]:
                _error(errors, examples, "spurious", row["pred"]["text"], row["pred"]["timex"])

    def prf(tp_p, tp_r):
        prec = tp_p / pred_n if pred_n else 0.0
        rec = tp_r / gold_n if gold_n else 0.0
        return {"p": round(prec, 4), "r": round(rec, 4), "f": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0}

    return {
        "documents": len(docs), "gold": gold_n, "pred": pred_n, "ignored_time_set_overlaps": ignored,
        "left_out_gold": left_out_n,
        "strict": prf(tp_strict, tp_strict), "relaxed": prf(relaxed_pred, relaxed_gold),
        "value": prf(value_pred, value_gold),
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
    key = f"{kind}: {shape(surface) if kind != 'boundary' else 'span'}"
    if kind == "value":
        key = f"value: {shape(surface)}"
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
    print(f"TBAQ: {result['documents']} documents, {result['gold']} gold DATE+DURATION (the vague words the "
          f"guideline leaves out not scored), {result['pred']} predicted ({result['ignored_time_set_overlaps']} overlapping "
          f"TIME/SET or left-out gold not scored)")
    print("value: a prediction counts when it overlaps a gold mention and has its value and mod")
    print(f"{'':10} {'P':>6} {'R':>6} {'F1':>6}")
    for name in ("strict", "relaxed", "value"):
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
