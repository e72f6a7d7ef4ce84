"""`extract eval --errors`: the mistakes behind the scores, grouped by label, each with a window of text.

Three kinds, matched as `evaluate.score` matches (same article, label, start and end):
a false positive is a prediction no gold mention has, a miss is a gold mention no
prediction has, a wrong value is a strict match whose predicted value differs from a
non-null gold value. A boundary error shows as a miss and a false positive, each naming
the other in `overlaps`.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Mapping

from extract.evaluate import Item, values_equal
from extract.records import LABELS

KINDS = ("false_positive", "miss", "wrong_value")
KIND_NAMES = {"false_positive": "false positive", "miss": "miss", "wrong_value": "wrong value"}
KIND_PLURALS = {"false_positive": "false positives", "miss": "misses", "wrong_value": "wrong values"}
WINDOW_CHARS = 40  # characters of context on each side of a mention
MARK_OPEN, MARK_CLOSE = "[[", "]]"


@dataclass(frozen=True)
class Mistake:
    kind: str
    label: str
    article: str
    start: int
    end: int
    text: str | None
    window: str | None
    gold: dict | None
    pred: dict | None
    overlaps: tuple[tuple[int, int, str | None], ...] = ()


def find_mistakes(gold: dict[str, list[Item]], predictions: Iterable[Item],
                  texts: Mapping[str, str] | None = None) -> list[Mistake]:
    """Every mistake in articles of GOLD, in label order, then article, offsets and kind.

    TEXTS (article -> its whole text) gives the windows; without it they are None and the
    mention text is the one the gold or the prediction record gives.
    """
    preds: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in predictions:
        if item.article in gold:
            preds[(item.article, item.label)].append(item)
    found = []
    for article, gold_items in gold.items():
        text = (texts or {}).get(article)
        for label in LABELS:
            golds = [g for g in gold_items if g.label == label]
            guesses = preds.get((article, label), [])
            found.extend(_label_mistakes(label, article, text, golds, guesses))
    order = {label: i for i, label in enumerate(LABELS)}
    return sorted(found, key=lambda m: (order[m.label], m.article, m.start, m.end, KINDS.index(m.kind)))


def _label_mistakes(label: str, article: str, text: str | None, golds: list[Item], preds: list[Item]) -> list[Mistake]:
    by_span = {(p.start, p.end): p for p in preds}
    gold_spans = {(g.start, g.end) for g in golds}
    out = []
    for g in golds:
        p = by_span.get((g.start, g.end))
        if p is None:
            out.append(_mistake("miss", g, text, gold=g.value, pred=None, others=preds))
        elif g.value is not None and not values_equal(label, g.value, p.value):
            out.append(_mistake("wrong_value", g, text, gold=g.value, pred=p.value, others=()))
    for p in preds:
        if (p.start, p.end) not in gold_spans:
            out.append(_mistake("false_positive", p, text, gold=None, pred=p.value, others=golds))
    return out


def _mistake(kind: str, item: Item, text: str | None, gold, pred, others: Iterable[Item]) -> Mistake:
    overlaps = tuple((o.start, o.end, _surface(o, text)) for o in sorted(others, key=lambda o: (o.start, o.end))
                     if o.start < item.end and item.start < o.end)
    return Mistake(kind, item.label, item.article, item.start, item.end, _surface(item, text),
                   window(text, item.start, item.end) if text is not None else None, gold, pred, overlaps)


def _surface(item: Item, text: str | None) -> str | None:
    if text is not None and 0 <= item.start < item.end <= len(text):
        return text[item.start:item.end]
    return item.text


def window(text: str, start: int, end: int, chars: int = WINDOW_CHARS) -> str:
    """The mention marked in its context, whitespace runs as one space: '… said [[Acme Corp]] on …'."""
    def flat(part: str) -> str:
        return re.sub(r"\s+", " ", part)

    before, after = text[max(0, start - chars):start], text[end:end + chars]
    lead = "…" if start > chars else ""
    tail = "…" if end + chars < len(text) else ""
    return f"{lead}{flat(before)}{MARK_OPEN}{flat(text[start:end])}{MARK_CLOSE}{flat(after)}{tail}"


def mistakes_json(mistakes: list[Mistake]) -> dict[str, list[dict]]:
    """{label: [mistake, …]} for every label, empty lists included."""
    grouped: dict[str, list[dict]] = {label: [] for label in LABELS}
    for m in mistakes:
        row = asdict(m)
        row["overlaps"] = [{"start": s, "end": e, "text": t} for s, e, t in m.overlaps]
        grouped[m.label].append(row)
    return grouped


def mistakes_report(mistakes: list[Mistake]) -> str:
    """Per label a count line, then one line per mistake with its window and values."""
    grouped = mistakes_json(mistakes)
    rows = []
    for label, items in grouped.items():
        counts = ", ".join(f"{KIND_PLURALS[kind]} {sum(1 for m in items if m['kind'] == kind)}" for kind in KINDS)
        rows.append(f"{label}: {counts}")
        for m in items:
            rows.append(f"  {KIND_NAMES[m['kind']]:14} {m['article']} {m['start']}-{m['end']} {json.dumps(m['text'], ensure_ascii=False)}")
            if m["window"] is not None:
                rows.append(f"      {m['window']}")
            if m["kind"] == "wrong_value":
                rows.append(f"      gold {_value(m['gold'])}")
                rows.append(f"      pred {_value(m['pred'])}")
            for o in m["overlaps"]:
                side = "predicted" if m["kind"] == "miss" else "gold"
                rows.append(f"      {side} {o['start']}-{o['end']} {json.dumps(o['text'], ensure_ascii=False)}")
    return "\n".join(rows)


def _value(value: dict | None) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def corpus_texts(corpus: Path) -> dict[str, str]:
    """Article name -> decoded text for every readable article of CORPUS (a folder, a file or JSONL)."""
    from extract.sources import read_corpus

    return {a.path: a.text for a in read_corpus(corpus) if not isinstance(a, Exception)}
