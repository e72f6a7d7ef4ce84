"""Output records: schema-valid, grounded, deterministic; the committed schema matches the models."""

from __future__ import annotations

import json

import jsonschema
import pytest

from extract.records import ARTICLE_SCHEMA_FILE, LABELS, SCHEMA_FILE, SCHEMAS, schema_text
from tests.conftest import CORPUS, ROOT


@pytest.mark.parametrize("file", list(SCHEMAS))
def test_schema_committed_matches_models(file):
    committed = (ROOT / "schemas" / file).read_text(encoding="utf-8")
    assert committed == schema_text(file), "run `extract schema` and commit schemas/"


def test_article_rows_valid_and_the_models_own_json(corpus_run):
    """articles.jsonl: every row valid against its committed schema and byte for byte what ArticleRow writes."""
    from extract.records import ARTICLE_ADAPTER, article_line

    schema = json.loads((ROOT / "schemas" / ARTICLE_SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    rows = (corpus_run.parent / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(rows) == len(list(CORPUS.rglob("*.txt")))
    for line in rows:
        validator.validate(json.loads(line))
        assert article_line(ARTICLE_ADAPTER.validate_json(line)) == line


def test_article_schema_rejects_a_row_without_counts():
    schema = json.loads((ROOT / "schemas" / ARTICLE_SCHEMA_FILE).read_text(encoding="utf-8"))
    row = {"path": "a.txt", "sha256": None, "published": None, "title": None, "characters": None,
           "mentions": {"ORG": 1}, "status": "error", "error": "not UTF-8"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(row, schema)


def test_records_valid_against_schema(corpus_records):
    schema = json.loads((ROOT / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert corpus_records
    for record in corpus_records:
        validator.validate(record)


def test_records_grounded_in_article_text(corpus_records):
    texts = {}
    for record in corpus_records:
        text = texts.setdefault(record["article"], (CORPUS / record["article"]).read_text(encoding="utf-8"))
        assert text[record["start"]:record["end"]] == record["text"], record


def test_records_cover_all_labels_and_are_ordered(corpus_records):
    assert {r["label"] for r in corpus_records} == set(LABELS)
    keys = [(r["article"], r["start"], r["end"]) for r in corpus_records]
    assert keys == sorted(keys)


def test_records_never_overlap(corpus_records):
    last = {}
    for r in corpus_records:
        assert r["start"] >= last.get(r["article"], 0), r
        last[r["article"]] = r["end"]


def test_run_twice_byte_identical(corpus_run, tmp_path):
    from extract.runner import run_corpus

    again = tmp_path / "again.jsonl"
    assert run_corpus(CORPUS, again, quiet=True) == 0
    assert again.read_bytes() == corpus_run.read_bytes()


@pytest.mark.parametrize("bad", [
    {"label": "MONEY", "value": {"amount": 1.0, "currency": "usd"}},
    {"label": "DATE", "value": {"type": "DATE", "timex": "2022", "start": "2022-1-1"}},
    {"label": "ORG", "value": {"name": "Acme", "extra": 1}},
    {"label": "PERCENT", "value": {"percent": 5.0, "mod": "SOMEWHAT"}},
])
def test_records_reject_malformed_values(bad):
    from pydantic import ValidationError

    from extract.records import MENTION_ADAPTER

    with pytest.raises(ValidationError):
        MENTION_ADAPTER.validate_python({"article": "a.txt", "text": "x", "start": 0, "end": 1, **bad})


def test_records_are_the_models_own_json(corpus_run):
    """Every line is byte for byte what the Pydantic model writes (entity keys included)."""
    from extract.records import MENTION_ADAPTER, to_line

    for line in corpus_run.read_text(encoding="utf-8").splitlines(keepends=True):
        assert to_line(MENTION_ADAPTER.validate_json(line)) == line
