"""The pipeline against the project's gold for corpus/ (ANNOTATION.md §5), one row per gold mention."""

from __future__ import annotations

import pytest

from extract import evaluate as ev
from tests.conftest import GOLD, gold_articles

# Every gold mention is a row: a fix or a regression shows the day it happens, by name. A
# known miss goes in KNOWN_MISSES (row id -> reason) and becomes xfail(strict=True), so the
# day it is fixed the row fails until it is taken out. None today: all 120 are found.
KNOWN_MISSES: dict[str, str] = {}
# A prediction the gold does not have, "article start-end LABEL": same rule.
KNOWN_EXTRAS: dict[str, str] = {}


def _gold_rows() -> list:
    rows = []
    for article, items in ev.load_gold(GOLD).items():
        for item in items:
            row_id = f"{article} {item.start}-{item.end} {item.label} {item.text!r}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row_id])] if row_id in KNOWN_MISSES else []
            rows.append(pytest.param(item, id=row_id, marks=marks))
    return rows


@pytest.fixture(scope="module")
def predicted(corpus_run) -> dict[tuple, ev.Item]:
    return {(p.article, p.label, p.start, p.end): p for p in ev.load_predictions(corpus_run)}


@pytest.mark.parametrize("gold", _gold_rows())
def test_gold_mention_is_found_with_its_value(predicted, gold):
    found = predicted.get((gold.article, gold.label, gold.start, gold.end))
    near = [p for k, p in predicted.items() if k[0] == gold.article and k[2] < gold.end and gold.start < k[3]]
    assert found is not None, f"missed; overlapping predictions: {near}"
    assert gold.value is None or ev.values_equal(gold.label, gold.value, found.value), (gold.value, found.value)


@pytest.mark.parametrize("article", gold_articles())
def test_gold_article_has_no_prediction_outside_the_gold(predicted, article):
    gold = {(g.label, g.start, g.end) for g in ev.load_gold(GOLD)[article]}
    extras = [f"{a} {s}-{e} {label}" for (a, label, s, e) in predicted if a == article and (label, s, e) not in gold]
    assert sorted(x for x in extras if x not in KNOWN_EXTRAS) == []
    fixed = [x for x in KNOWN_EXTRAS if x.startswith(article + " ") and x not in extras]
    assert fixed == [], "no longer predicted: take them out of KNOWN_EXTRAS"


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
