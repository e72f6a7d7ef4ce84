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

ENTITY_F1_FLOOR = {"ORG": 0.96, "PRODUCT": 0.93, "MONEY": 0.995, "PERCENT": 0.98}
# DATE+DURATION with the deictic words ANNOTATION §2 names ("now", "recently", "the past") scored;
# and on the set scored before they were (left out of gold and predictions alike), where the
# earlier floors were set: the words added must not hide a loss elsewhere.
TIMEBANK_FLOOR = {"strict": 0.914, "relaxed": 0.959, "value_f1": 0.824, "value_accuracy": 0.858}
TIMEBANK_FLOOR_BEFORE_DEICTIC = {"strict": 0.92, "relaxed": 0.968, "value_f1": 0.824, "value_accuracy": 0.85}

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


@pytest.fixture(scope="module")
def timebank():
    docs = eval_timebank.load(eval_timebank.DEFAULT_DATA)
    return docs, eval_timebank.predict(docs)


@needs_tbaq
@pytest.mark.parametrize("left_out,floor", [
    pytest.param(eval_timebank.NOT_OUR_DATES, TIMEBANK_FLOOR, id="deictic-words-scored"),
    pytest.param(eval_timebank.LEFT_OUT_BEFORE_DEICTIC, TIMEBANK_FLOOR_BEFORE_DEICTIC, id="as-before-deictic-words"),
])
def test_timebank_dates_floor(timebank, left_out, floor):
    result = eval_timebank.evaluate(*timebank, left_out)
    assert result["strict"]["f"] >= floor["strict"], result["strict"]
    assert result["relaxed"]["f"] >= floor["relaxed"], result["relaxed"]
    assert result["value"]["f"] >= floor["value_f1"], result["value"]
    assert result["value_accuracy"] >= floor["value_accuracy"], result["value_accuracy"]
