"""The pipeline against the project's gold for corpus/ (ANNOTATION.md §5), with per-label floors."""

from __future__ import annotations

import pytest

from extract import evaluate as ev
from tests.conftest import GOLD, gold_articles

# Floors the pipeline reaches today; raise them as quality improves, never lower them.
STRICT_F1_FLOOR = {"ORG": 0.95, "PRODUCT": 0.95, "DATE": 1.0, "MONEY": 0.95, "PERCENT": 0.95, "ALL": 0.95}
VALUE_ACCURACY_FLOOR = {"ORG": 0.95, "PRODUCT": 0.95, "DATE": 1.0, "MONEY": 1.0, "PERCENT": 1.0}
ARTICLE_F1_FLOOR = 0.90


@pytest.fixture(scope="module")
def counts(corpus_run):
    return ev.score(ev.load_gold(GOLD), ev.load_predictions(corpus_run))


@pytest.mark.parametrize("label", list(STRICT_F1_FLOOR))
def test_gold_strict_f1_floor(counts, label):
    scores = counts[label].scores()
    assert scores["gold"] > 0, f"gold has no {label} mention"
    assert scores["strict"]["f"] >= STRICT_F1_FLOOR[label], ev.report(counts)


@pytest.mark.parametrize("label", list(VALUE_ACCURACY_FLOOR))
def test_gold_value_accuracy_floor(counts, label):
    accuracy = counts[label].scores()["value_accuracy"]
    wrong = [(g.start, g.value, p and p.value) for g, p in counts[label].errors if p is not None]
    assert accuracy is not None and accuracy >= VALUE_ACCURACY_FLOOR[label], wrong


@pytest.mark.parametrize("article", gold_articles())
def test_gold_article_f1(corpus_run, article):
    gold = {k: v for k, v in ev.load_gold(GOLD).items() if k == article}
    counts = ev.score(gold, ev.load_predictions(corpus_run))
    assert counts["ALL"].scores()["strict"]["f"] >= ARTICLE_F1_FLOOR, ev.report(counts)


def test_gold_offsets_match_text():
    """The gold itself: every surface is the article text at its offsets."""
    from tests.conftest import CORPUS
    import json

    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = (CORPUS / row["article"]).read_text(encoding="utf-8")
        for m in row["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], m


def test_score_counts_a_wrong_value_and_a_missed_span():
    gold = {"a.txt": [ev.Item("a.txt", "MONEY", 0, 5, {"amount": 5.0, "currency": "USD", "mod": None, "high": None}),
                      ev.Item("a.txt", "DATE", 10, 14, None)]}
    pred = [ev.Item("a.txt", "MONEY", 0, 5, {"amount": 5.0, "currency": "EUR", "mod": None, "high": None}),
            ev.Item("a.txt", "DATE", 10, 12, None)]
    counts = ev.score(gold, pred)
    assert counts["MONEY"].scores()["value_accuracy"] == 0.0
    assert counts["DATE"].scores()["strict"]["f"] == 0.0
    assert counts["DATE"].scores()["relaxed"]["f"] == 1.0
    assert counts["ALL"].scores()["strict"] == {"p": 0.5, "r": 0.5, "f": 0.5}
