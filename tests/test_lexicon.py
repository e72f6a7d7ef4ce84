"""The name lexicon (extract/name_words.py) and the pattern rows that use it: no model needed."""

from __future__ import annotations

import json
import re

import pytest

from extract.name_words import (LETTER_PLURAL_CODE, MODEL_NUMBER, MODEL_NUMBER_TOKEN, NOT_PRODUCT_CODE, OWNED_PLURAL_CODE,
                                PLURAL_CODE_VARIANT, PLURAL_PRODUCT_CODE, PRODUCT_CODE, VERSIONED_CODE, VERSIONED_NAME,
                                strip_legal)
from extract.names import TIERS, VOTES
from extract.records import NAME_LABELS
from extract.rules import PATTERN_DIR, TOKEN_CLASSES, load_patterns

NAME_ROWS = [row for name in ("org", "product") for row in load_patterns(name)]


@pytest.mark.parametrize("row", NAME_ROWS, ids=[row["id"] for row in NAME_ROWS])
def test_name_row_names_its_label_and_vote_source(row):
    """A name rule carries a real label and the vote source the resolver weighs (no side table by id)."""
    assert row["label"] in NAME_LABELS
    assert row["source"] in VOTES and row["source"] in TIERS


def test_pattern_classes_expand_to_token_specs():
    """No CLASS is left after loading, and a class's spec is the one TOKEN_CLASSES defines."""
    row = next(r for r in NAME_ROWS if r["id"] == "product-the-name-app")
    assert all("CLASS" not in token and "TAKE" not in token for r in NAME_ROWS for token in r["pattern"])
    assert row["pattern"][-1] == {**TOKEN_CLASSES["the_product_noun"], "IS_LOWER": True}
    assert "service" in row["pattern"][-1]["LOWER"]["IN"]


@pytest.mark.parametrize("words,corporate,forms", [
    (["Acme", "Holdings", "Ltd"], True, [["Acme", "Holdings", "Ltd"], ["Acme", "Holdings"], ["Acme"]]),
    (["Acme", "Holdings", "Ltd"], False, [["Acme", "Holdings", "Ltd"], ["Acme", "Holdings"]]),
    (["Nestlé", "S.A."], True, [["Nestlé", "S.A."], ["Nestlé"]]),  # dotted initials are keyed undotted ("SA")
    (["Fincantieri", "S.p.A."], True, [["Fincantieri", "S.p.A."], ["Fincantieri"]]),
    (["Skoda", "Auto", "a.s."], True, [["Skoda", "Auto", "a.s."]]),  # undotted, the Czech form is the word "as"
    (["Nestlé", "SA"], True, [["Nestlé", "SA"], ["Nestlé"]]),
    (["Magna", "International", "Inc."], True, [["Magna", "International", "Inc."], ["Magna", "International"], ["Magna"]]),
    (["Holdings"], True, [["Holdings"]]),  # the first word always stays
    (["Acme", "Bank"], True, [["Acme", "Bank"]]),
], ids=str)
def test_strip_legal(words, corporate, forms):
    assert strip_legal(words, corporate=corporate) == forms


@pytest.mark.parametrize("regex,text,match", [
    (PRODUCT_CODE, "80486", True), (PRODUCT_CODE, "DC-8", True), (PRODUCT_CODE, "1990", False),
    (PLURAL_PRODUCT_CODE, "747s", True), (PLURAL_PRODUCT_CODE, "N90s", True), (PLURAL_PRODUCT_CODE, "1990s", False),
    (PLURAL_PRODUCT_CODE, "747", False), (PLURAL_PRODUCT_CODE, "A321neos", True), (PRODUCT_CODE, "A321neo", False),
    (PLURAL_CODE_VARIANT, "800s", True), (PLURAL_CODE_VARIANT, "800", False),
    (VERSIONED_NAME, "Phi-3", True), (VERSIONED_NAME, "Llama-3.1", True), (VERSIONED_NAME, "Phi", False),
    (MODEL_NUMBER, "Air", True), (MODEL_NUMBER_TOKEN, "Air", False), (MODEL_NUMBER, "15", True),
    (MODEL_NUMBER_TOKEN, "3GSX", True), (MODEL_NUMBER, "3GSX", False),
    # codes that name no product: periods, grades, visas, standards, diseases; not the models
    *((NOT_PRODUCT_CODE, code, True) for code in ("Q3", "FY2024", "K-12", "H-1B", "EB-5", "ISO-9001", "SHA-256",
                                                  "ARM64", "Basel-3", "Covid-19", "COVID-19", "H5N1", "USB4")),
    *((NOT_PRODUCT_CODE, code, False) for code in ("GPT-4o", "Llama-3", "A350", "F-16", "H100", "B-52", "M4", "Q5")),
    (VERSIONED_CODE, "GPT-4o", True), (VERSIONED_CODE, "Phi-3", True), (VERSIONED_CODE, "787", False),
    (OWNED_PLURAL_CODE, "737s", True), (OWNED_PLURAL_CODE, "1800s", False),
    (LETTER_PLURAL_CODE, "A321neos", True), (LETTER_PLURAL_CODE, "110s", False), (LETTER_PLURAL_CODE, "737s", False),
], ids=str)
def test_model_regexes(regex, text, match):
    assert bool(re.match(regex, text)) is match


@pytest.mark.parametrize("name", ["org", "product"])
def test_name_rows_name_word_lists_as_classes(name):
    """A word list in a name row is a class of name_words.py, not an inline copy that drifts
    (two inline product-noun lists once differed by twelve words); two words may stand inline."""
    lines = (PATTERN_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    inline = [(json.loads(line)["id"], attr, spec["IN"]) for line in lines if line.strip()
              for token in json.loads(line)["pattern"] for attr, spec in token.items()
              if attr in ("LOWER", "TEXT", "ORTH") and isinstance(spec, dict) and len(spec.get("IN", ())) > 2]
    assert inline == []
