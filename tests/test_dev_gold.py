"""Floors on real news that is not in the project: the TBAQ development gold (issues 4 and 6).

The texts live in ../shared/data/ (not in the repository); without them these tests skip and
say so. The floors are what the pipeline reaches today, a little under: raise them as quality
improves, never lower them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_entities  # noqa: E402
import eval_timebank  # noqa: E402

ENTITY_F1_FLOOR = {"ORG": 0.94, "PRODUCT": 0.93, "MONEY": 0.995, "PERCENT": 0.98}
TIMEBANK_FLOOR = {"strict": 0.905, "relaxed": 0.96, "value_accuracy": 0.85}

needs_tbaq = pytest.mark.skipif(not eval_entities.TBAQ.exists(), reason=f"{eval_entities.TBAQ} not present")


@pytest.fixture(scope="module")
def entity_counts():
    rows = eval_entities.load(eval_entities.DEV_GOLD)
    return eval_entities.scored(rows, eval_entities.ours(eval_entities.texts_for(rows, "tbaq")))


@needs_tbaq
@pytest.mark.parametrize("label", list(ENTITY_F1_FLOOR))
def test_dev_gold_strict_f1_floor(entity_counts, label):
    scores = entity_counts[label].scores()
    assert scores["strict"]["f"] >= ENTITY_F1_FLOOR[label], scores


@needs_tbaq
def test_timebank_dates_floor():
    docs = eval_timebank.load(eval_timebank.DEFAULT_DATA)
    result = eval_timebank.evaluate(docs, eval_timebank.predict(docs))
    assert result["strict"]["f"] >= TIMEBANK_FLOOR["strict"], result["strict"]
    assert result["relaxed"]["f"] >= TIMEBANK_FLOOR["relaxed"], result["relaxed"]
    assert result["value_accuracy"] >= TIMEBANK_FLOOR["value_accuracy"], result["value_accuracy"]
