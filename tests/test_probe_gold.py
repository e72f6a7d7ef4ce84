"""Floors on the two probe sets of invented wire news in bench/gold/, each annotated from
ANNOTATION.md by a writer who had not read the rules (issue 17; see each set's NOTES.md):

- news_probe: 30 modern tech and business articles; ORG, PRODUCT, MONEY, PERCENT (no DATE).
  The name rules were mended on its odd-numbered half, the money rules on all of it.
- news_probe2: 30 newswire, business and tech articles; the same labels and DATE with its TIMEX3
  value. Held out for everyone but its writer: read its figures, never its articles or its
  per-mention errors, to write rules.

The sets are in the repository, so these run everywhere. The floors are today's strict F1
rounded down: raise them as quality improves, never lower them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extract import evaluate as ev

GOLD = Path(__file__).resolve().parent.parent / "bench" / "gold"
# Strict F1 per label (extract eval bench/gold/SET/gold.jsonl --corpus bench/gold/SET/articles).
# news_probe at 1655ae6: ORG 0.932, PRODUCT 0.774, MONEY 1.0, PERCENT 1.0; at f5a9a79 (the products of
# modern news) ORG 0.9595, PRODUCT 0.902. news_probe2 at ed21146, when it was written: ORG 0.877, PRODUCT
# 0.744, DATE 0.973, MONEY 0.983, PERCENT 1.0; at f5a9a79 ORG 0.913, PRODUCT 0.835, DATE 0.973, MONEY 0.992.
# At 3e973c8: news_probe ORG 0.963, PRODUCT 0.916; news_probe2 ORG 0.921, PRODUCT 0.853 (the rest unchanged).
# At 9ae6e29: news_probe ORG 0.964, PRODUCT 0.920; news_probe2 ORG 0.924, PRODUCT 0.859.
# At 1e7dc45: news_probe ORG 0.971, PRODUCT 0.932; news_probe2 ORG 0.931, PRODUCT 0.863, DATE 0.977.
F1_FLOORS = {
    "news_probe": {"ORG": 0.97, "PRODUCT": 0.93, "MONEY": 0.99, "PERCENT": 0.99},
    "news_probe2": {"ORG": 0.93, "PRODUCT": 0.86, "DATE": 0.97, "MONEY": 0.99, "PERCENT": 1.0},
}
# news_probe2's DATE value accuracy over the strict matches, and how many matches it needs: 0.9625
# (385/400) at ed21146 and at f5a9a79; 0.975 (391/401) at 1e7dc45.
DATE_VALUE_FLOOR = ("news_probe2", 400, 0.97)


@lru_cache(maxsize=None)
def _counts(name: str) -> dict[str, ev.Counts]:
    gold = ev.load_gold(GOLD / name / "gold.jsonl", GOLD / name / "articles")
    return ev.score(gold, ev.predict_corpus(GOLD / name / "articles"))


@pytest.mark.parametrize("name,label", [(n, lab) for n, floors in F1_FLOORS.items() for lab in floors])
def test_probe_strict_f1_floor(name, label):
    scores = _counts(name)[label].scores()
    assert scores["strict"]["f"] >= F1_FLOORS[name][label], scores


def test_probe2_date_value_accuracy_floor():
    name, matches, floor = DATE_VALUE_FLOOR
    scores = _counts(name)["DATE"].scores()
    assert scores["valued"] >= matches, scores
    assert scores["value_accuracy"] >= floor, scores
