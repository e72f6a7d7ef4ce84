"""bench/cross_check_quantities.py sorts quantulum3's readings into agreements, its conventions
and real differences (issue 19); quantulum3 itself is a bench extra, so its quantities are
built here in its shape (value, unit name, entity, currency code, uncertainty, surface)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import cross_check_quantities as cc  # noqa: E402


def q(value, unit, entity="currency", code=None, uncertainty=None, surface=""):
    return SimpleNamespace(value=value, uncertainty=uncertainty, surface=surface,
                           unit=SimpleNamespace(name=unit, entity=SimpleNamespace(name=entity), currency_code=code))


def money(text, amount, currency="USD", high=None):
    return {"label": "MONEY", "text": text, "value": {"amount": amount, "currency": currency, "mod": None, "high": high}}


def percent(text, value, high=None):
    return {"label": "PERCENT", "text": text, "value": {"percent": value, "mod": None, "high": high}}


CASES = [  # (our mention, quantulum3's quantities, class prefix)
    (money("$44.7 billion", 44.7e9), [q(44.7e9, "dollar", code="USD", surface="$44.7 billion")], "agree"),
    (percent("5.9%", 5.9), [q(5.9, "percentage", "dimensionless")], "agree"),
    (money("83 cents", 0.83), [q(83.0, "cent")], f"convention: {cc.SUBUNITS}"),
    (money("$5 million to $7 million", 5e6, high=7e6), [q(6e6, "dollar", code="USD", uncertainty=1e6)],
     f"convention: {cc.MIDPOINT}"),
    (money("#89.7 million", 89.7e6, "GBP"), [q(89.7e6, "dimensionless", "dimensionless")],
     f"convention: {cc.UNKNOWN_CURRENCY}"),
    (money("one point six billion dollars", 1.6e9), [q(6e9, "dollar", code="USD")], f"convention: {cc.SPELLED_DECIMAL}"),
    (money("some $140 million", 140e6), [q(140.0, "dollar", code="USD", surface="$140")], f"convention: {cc.SCALE_AFTER_MOD}"),
    (money("$4 million", 4e6, "CAD"), [q(4e6, "dollar", code="USD", surface="$4 million")], f"convention: {cc.ARTICLE_DOLLAR}"),
    # real differences: what a wrong value of ours would look like
    (money("$44.7 billion", 44.7e6), [q(44.7e9, "dollar", code="USD", surface="$44.7 billion")], "real: amount"),
    (money("C$40", 40.0, "USD"), [q(40.0, "canadian dollar", code="CAD", surface="C$40")], "real: currency"),
    (money("500 pounds", 500.0, "GBP"), [q(500.0, "pound-mass", "mass")], "real: a weight read as money"),
    (percent("5.9%", 59.0), [q(5.9, "percentage", "dimensionless")], "real: amount"),
]


@pytest.mark.parametrize("mention,quantities,expected", CASES, ids=[f"{c[0]['text']}-{c[2][:12]}" for c in CASES])
def test_classify(mention, quantities, expected):
    kind, _ = cc.classify(mention, quantities)
    assert kind.startswith(expected), kind
