"""Score mentions against gold (ANNOTATION.md §5): strict and relaxed span P/R/F, value accuracy."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from extract.errors import UsageError, escape
from extract.records import LABELS, NAME_LABELS

VALUE_FIELDS = {
    "ORG": ("name",), "PRODUCT": ("name",), "DATE": ("type", "timex", "mod", "start", "end"),
    "MONEY": ("amount", "currency", "mod", "high"), "PERCENT": ("percent", "mod", "high"),
}


@dataclass(frozen=True)
class Item:
    article: str
    label: str
    start: int
    end: int
    value: dict | None = None
    text: str | None = None  # the surface the record gives, for `--errors` without the article texts


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold mentions overlapped by a prediction of the same label
    relaxed_pred: int = 0  # predictions overlapping a gold mention of the same label
    valued: int = 0  # strict matches whose gold value is not null
    value_ok: int = 0
    errors: list = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for name in ("gold", "pred", "strict", "relaxed_gold", "relaxed_pred", "valued", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict:
        def prf(tp_p: int, tp_r: int) -> dict:
            p = tp_p / self.pred if self.pred else 0.0
            r = tp_r / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}

        return {
            "gold": self.gold, "pred": self.pred,
            "strict": prf(self.strict, self.strict),
            "relaxed": prf(self.relaxed_pred, self.relaxed_gold),
            "value_accuracy": round(self.value_ok / self.valued, 4) if self.valued else None,
            "valued": self.valued,
        }


class Gold(dict):
    """Gold mentions by article, and the labels each article's line annotates (its `labels` list; a line
    without one annotates every label)."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, frozenset[str]] = {}

    def annotates(self, article: str, label: str) -> bool:
        return label in self.labels.get(article, LABELS)


def annotated_only(gold: Gold, predictions: Iterable[Item]) -> list[Item]:
    """PREDICTIONS without those of a label their article's gold line does not annotate: a gold of names
    alone does not count the dates found as false positives."""
    return [p for p in predictions if gold.annotates(p.article, p.label)]


def load_gold(path: Path, corpus: Path | None = None) -> Gold:
    """Gold file -> mentions by article; a bad line raises UsageError naming it.

    Every line is checked: an article named once, offsets integers with 0 <= start < end,
    a known label (one of the line's `labels`, where it lists them); with CORPUS, the offsets
    inside the article's text and `text` equal to the text they span.
    """
    gold = Gold()
    texts = _jsonl_texts(Path(corpus)) if corpus is not None else None
    for number, line in enumerate(_lines(path), 1):
        where = f"{escape(path)}: line {number}"
        try:
            row = json.loads(line)
            article, mentions = row["article"], row["mentions"]
            if not isinstance(article, str) or not isinstance(mentions, list):
                raise TypeError("'article' must be a string and 'mentions' a list")
            items = [_gold_item(article, m, i) for i, m in enumerate(mentions, 1)]
            labels = _annotated_labels(row.get("labels"), items)
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{where} is not a gold record ({exc})") from exc
        if article in gold:
            raise UsageError(f"{where}: article {escape(article)} is already listed on an earlier line")
        if corpus is not None:
            _check_against_text(where, Path(corpus), article, mentions, texts)
        gold[article] = items
        if labels is not None:
            gold.labels[article] = labels
    return gold


def _annotated_labels(labels, items: list[Item]) -> frozenset[str] | None:
    """A gold line's `labels`: None where it has none, else known labels that hold every mention's."""
    if labels is None:
        return None
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise TypeError("'labels' must be a list of labels")
    unknown = [x for x in labels if x not in LABELS]
    if unknown:
        raise ValueError(f"'labels': unknown label {unknown[0]!r} (one of {', '.join(LABELS)})")
    for number, item in enumerate(items, 1):
        if item.label not in labels:
            raise ValueError(f"mention {number}: label {item.label} is not one of the line's 'labels' ({', '.join(labels)})")
    return frozenset(labels)


def _gold_item(article: str, mention, number: int) -> Item:
    if not isinstance(mention, dict):
        raise TypeError(f"mention {number} is not an object")
    start, end, label = mention.get("start"), mention.get("end"), mention.get("label")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise TypeError(f"mention {number}: start and end must be integers, not {start!r} and {end!r}")
    if not 0 <= start < end:
        raise ValueError(f"mention {number}: offsets {start}-{end} are not 0 <= start < end")
    if label not in LABELS:
        raise ValueError(f"mention {number}: unknown label {label!r} (one of {', '.join(LABELS)})")
    value = mention.get("value")
    if value is not None and not isinstance(value, dict):
        raise TypeError(f"mention {number}: value must be an object or null")
    return Item(article, label, start, end, value, mention.get("text"))


def _jsonl_texts(corpus: Path) -> dict[str, str] | None:
    """A JSONL corpus's texts by id, read once (an article there is a line, not a file); None for files."""
    from extract.sources import is_jsonl

    if not is_jsonl(corpus):
        return None
    from extract.mistakes import corpus_texts

    return corpus_texts(corpus)


def _check_against_text(where: str, corpus: Path, article: str, mentions: list[dict],
                        texts: dict[str, str] | None = None) -> None:
    """MENTIONS' offsets and texts against ARTICLE's text: a file of CORPUS, or TEXTS[ARTICLE] for JSONL."""
    from extract.articles import read_article
    from extract.errors import ArticleError

    if texts is not None:
        if article not in texts:
            raise UsageError(f"{where}: article {escape(article)} is no readable line of {escape(corpus)}")
        text = texts[article]
    else:
        path = corpus if corpus.is_file() else corpus / article
        try:
            text = read_article(path, article).text
        except ArticleError as exc:
            raise UsageError(f"{where}: article {exc}") from exc
    for number, m in enumerate(mentions, 1):
        if m["end"] > len(text):
            raise UsageError(f"{where}: mention {number}: offsets {m['start']}-{m['end']} are past the end of "
                             f"{escape(article)} ({len(text)} characters)")
        if "text" in m and text[m["start"]:m["end"]] != m["text"]:
            raise UsageError(f"{where}: mention {number}: text {m['text']!r} is not what offsets "
                             f"{m['start']}-{m['end']} span in {escape(article)} ({text[m['start']:m['end']]!r})")


def load_predictions(path: Path) -> list[Item]:
    """`extract run` output -> items."""
    items = []
    for number, line in enumerate(_lines(path), 1):
        try:
            row = json.loads(line)
            if not all(isinstance(row[k], int) and not isinstance(row[k], bool) for k in ("start", "end")):
                raise TypeError("start and end must be integers")
            items.append(Item(row["article"], row["label"], row["start"], row["end"], row.get("value"), row.get("text")))
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{path}: line {number} is not a mention record ({exc})") from exc
    return items


def _lines(path: Path) -> list[str]:
    try:
        return [line for line in Path(path).read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    except UnicodeDecodeError as exc:
        raise UsageError(f"{escape(path)}: not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})") from exc
    except OSError as exc:
        raise UsageError(f"{escape(path)}: {exc.strerror}") from exc


def values_equal(label: str, gold: dict, pred: dict | None) -> bool:
    """Field by field; amounts compare with a relative tolerance of 1e-9."""
    if pred is None:
        return False
    for name in VALUE_FIELDS.get(label, ()):
        g, p = gold.get(name), pred.get(name)
        if isinstance(g, (int, float)) and isinstance(p, (int, float)):
            if not math.isclose(g, p, rel_tol=1e-9, abs_tol=1e-12):
                return False
        elif g != p:
            return False
    return True


def score(gold: dict[str, list[Item]], predictions: Iterable[Item]) -> dict[str, Counts]:
    """Counts per label plus 'ALL' (micro). Only articles present in GOLD are scored."""
    by_article: dict[str, list[Item]] = defaultdict(list)
    for item in predictions:
        if item.article in gold:
            by_article[item.article].append(item)
    counts = {label: Counts() for label in LABELS}
    for article, gold_items in gold.items():
        preds = by_article.get(article, [])
        for label in LABELS:
            _score_label(counts[label], [g for g in gold_items if g.label == label],
                         [p for p in preds if p.label == label])
    total = Counts()
    for c in counts.values():
        total.add(c)
    counts["ALL"] = total
    return counts


def _score_label(counts: Counts, gold: list[Item], preds: list[Item]) -> None:
    counts.gold += len(gold)
    counts.pred += len(preds)
    exact = {(p.start, p.end): p for p in preds}
    for g in gold:
        p = exact.get((g.start, g.end))
        if p is not None:
            counts.strict += 1
            if g.value is not None:
                counts.valued += 1
                if values_equal(g.label, g.value, p.value):
                    counts.value_ok += 1
                else:
                    counts.errors.append((g, p))
        else:
            counts.errors.append((g, None))
        if any(p.start < g.end and g.start < p.end for p in preds):
            counts.relaxed_gold += 1
    counts.relaxed_pred += sum(1 for p in preds if any(p.start < g.end and g.start < p.end for g in gold))


def report(counts: dict[str, Counts], entities: dict[str, dict] | None = None) -> str:
    """A fixed-width table, one row per label and ALL; then entity B-cubed per name label."""
    head = f"{'label':8} {'gold':>5} {'pred':>5}  {'strict P':>8} {'R':>6} {'F1':>6}  {'relax P':>7} {'R':>6} {'F1':>6}  {'value acc':>9}"
    rows = [head, "-" * len(head)]
    for label, c in counts.items():
        s = c.scores()
        value = "-" if s["value_accuracy"] is None else f"{s['value_accuracy']:.3f} ({c.value_ok}/{c.valued})"
        rows.append(
            f"{label:8} {c.gold:>5} {c.pred:>5}  {s['strict']['p']:>8.3f} {s['strict']['r']:>6.3f} {s['strict']['f']:>6.3f}"
            f"  {s['relaxed']['p']:>7.3f} {s['relaxed']['r']:>6.3f} {s['relaxed']['f']:>6.3f}  {value:>9}"
        )
    for label, b in (entities or {}).items():
        if b["mentions"]:
            rows.append(f"entity B-cubed {label:8} P {b['p']:.3f}  R {b['r']:.3f}  F1 {b['f']:.3f}  ({b['mentions']} matched mentions)")
    return "\n".join(rows)


def as_json(counts: dict[str, Counts], entities: dict[str, dict] | None = None) -> dict:
    data = {label: c.scores() for label, c in counts.items()}
    if entities is not None:
        data["entities"] = entities
    return data


def predict_corpus(corpus: Path) -> list[Item]:
    """Run `extract run` over CORPUS (entity keys included) and return its mentions as items."""
    import tempfile

    from extract.runner import run_corpus

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mentions.jsonl"
        if run_corpus(Path(corpus), out, quiet=True, use_cache=False) == 2:
            raise UsageError(f"{corpus}: cannot run the pipeline on it")
        return load_predictions(out)


def entity_scores(gold: dict[str, list[Item]], predictions: Iterable[Item]) -> dict[str, dict]:
    """B-cubed P/R/F1 of entity keys, per name label, over strictly matched mentions with keys."""
    pred = {(p.article, p.label, p.start, p.end): p for p in predictions if p.article in gold}
    out = {}
    for label in NAME_LABELS:
        pairs = []
        for article, items in gold.items():
            for g in items:
                p = pred.get((article, g.label, g.start, g.end))
                if g.label == label and p is not None and g.value and g.value.get("entity") and p.value:
                    pairs.append((g.value["entity"], p.value.get("entity")))
        out[label] = _bcubed(pairs)
    return out


def _bcubed(pairs: list[tuple[str, str | None]]) -> dict:
    """pairs: (gold key, predicted key) per mention; a missing predicted key is a singleton."""
    if not pairs:
        return {"p": None, "r": None, "f": None, "mentions": 0}
    pred_keys = [p if p is not None else f"\0{i}" for i, (_, p) in enumerate(pairs)]
    gold_size = defaultdict(int)
    pred_size = defaultdict(int)
    both = defaultdict(int)
    for (g, _), p in zip(pairs, pred_keys):
        gold_size[g] += 1
        pred_size[p] += 1
        both[(g, p)] += 1
    precision = sum(both[(g, p)] / pred_size[p] for (g, _), p in zip(pairs, pred_keys)) / len(pairs)
    recall = sum(both[(g, p)] / gold_size[g] for (g, _), p in zip(pairs, pred_keys)) / len(pairs)
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f": round(f, 4), "mentions": len(pairs)}


def evaluate_command(gold_path: Path, pred: Path | None = None, corpus: Path | None = None, errors: bool = False,
                     json_output: bool = False) -> str:
    """What `extract eval` prints: the score table (or JSON), then with ERRORS the mistakes by label."""
    from extract import mistakes as mk

    gold = load_gold(gold_path, corpus)
    items = annotated_only(gold, load_predictions(pred) if pred is not None else predict_corpus(corpus))
    counts = score(gold, items)
    entities = entity_scores(gold, items)
    found = mk.find_mistakes(gold, items, mk.corpus_texts(corpus) if corpus is not None else None) if errors else None
    if json_output:
        data = as_json(counts, entities)
        if found is not None:
            data["errors"] = mk.mistakes_json(found)
        return json.dumps(data, indent=2, ensure_ascii=False)
    text = report(counts, entities)
    return text if found is None else f"{text}\n\n{mk.mistakes_report(found)}"
