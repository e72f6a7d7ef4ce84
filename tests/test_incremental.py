"""Incremental runs and processes: cached, uncached, -j 1 and -j 2 give the same bytes (issue 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract.api import chunks
from extract.runner import run_corpus
from tests.conftest import CORPUS


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def _run(corpus: Path, out: Path, capsys, **kwargs) -> str:
    assert run_corpus(corpus, out, **kwargs) == 0
    return capsys.readouterr().err


def test_cached_rerun_is_byte_identical_and_uses_the_cache(corpus, corpus_run, tmp_path, capsys):
    out = tmp_path / "out" / "mentions.jsonl"
    assert "(0 from cache)" in _run(corpus, out, capsys)
    first = out.read_bytes()
    assert "(2 from cache)" in _run(corpus, out, capsys)
    assert out.read_bytes() == first == corpus_run.read_bytes()


def test_changed_added_and_removed_articles(corpus, tmp_path, capsys):
    out = tmp_path / "out" / "mentions.jsonl"
    _run(corpus, out, capsys)
    seed = sorted(corpus.glob("*.txt"))[1]
    (corpus / "zz_new.txt").write_text("---\npublished: 2022-10-22\n---\nAcme earned $5 million last year.\n")
    seed.write_text(seed.read_text(encoding="utf-8") + "\nRevenue rose 7% in 2020.\n", encoding="utf-8")
    err = _run(corpus, out, capsys)
    assert "3 articles (1 from cache)" in err
    fresh = tmp_path / "fresh.jsonl"
    _run(corpus, fresh, capsys, use_cache=False)
    assert out.read_bytes() == fresh.read_bytes()
    (corpus / "zz_new.txt").unlink()
    _run(corpus, out, capsys)
    _run(corpus, fresh, capsys, use_cache=False)
    assert out.read_bytes() == fresh.read_bytes()
    assert b"zz_new.txt" not in out.read_bytes()


def test_two_processes_give_identical_bytes(corpus_run, tmp_path, capsys):
    out = tmp_path / "j2.jsonl"
    _run(CORPUS, out, capsys, processes=2, use_cache=False)
    assert out.read_bytes() == corpus_run.read_bytes()


def test_changing_a_pattern_file_changes_the_fingerprint(tmp_path, monkeypatch):
    from extract import rules

    before = rules.rules_fingerprint()
    patterns = tmp_path / "patterns"
    shutil.copytree(rules.PATTERN_DIR, patterns)
    with (patterns / "money.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"label": "MONEY", "id": "extra", "pattern": [{"LOWER": "quid"}]}\n')
    monkeypatch.setattr(rules, "PATTERN_DIR", patterns)
    assert rules.rules_fingerprint() != before


def test_changing_a_rule_table_in_code_changes_the_fingerprint(tmp_path, monkeypatch):
    from extract import rules

    before = rules.rules_fingerprint()
    code = tmp_path / "extract"
    shutil.copytree(rules.CODE_DIR, code, ignore=shutil.ignore_patterns("__pycache__"))
    words = code / "normalize" / "date_words.py"
    words.write_text(words.read_text(encoding="utf-8") + "\nEXTRA = ('fortnight',)\n", encoding="utf-8")
    monkeypatch.setattr(rules, "CODE_DIR", code)
    assert rules.rules_fingerprint() != before


def test_cache_under_new_fingerprint_is_not_reused(corpus, tmp_path, capsys, monkeypatch):
    from extract import pipeline

    out = tmp_path / "out" / "mentions.jsonl"
    _run(corpus, out, capsys)
    monkeypatch.setattr(pipeline, "pipeline_fingerprint", lambda: "something-else")
    assert "(0 from cache)" in _run(corpus, out, capsys)


def test_chunks_cover_text_exactly_at_line_breaks():
    text = "---\npublished: 2022-10-22\n---\n" + "".join(f"Line {i} of a long article.\n" for i in range(200_000))
    body_start = text.index("Line 0")
    pieces = list(chunks(text, body_start, limit=100_000))
    assert "".join(p for _, p in pieces) == text[body_start:]
    assert all(text[o:o + len(p)] == p and len(p) <= 100_000 for o, p in pieces)
    assert all(p.endswith("\n") for _, p in pieces[:-1])


def test_article_longer_than_spacy_max_length(nlp, tmp_path):
    """An article over spaCy's 1,000,000-character limit runs in chunks; offsets stay exact."""
    from extract import extract_text

    paragraph = (CORPUS / "004_a462e0ae5cea6773.txt").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    text = "---\npublished: 2021-01-03\n---\n" + paragraph * (1_020_000 // len(paragraph) + 1)
    assert len(text) > nlp.max_length
    mentions = extract_text(text)
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert sum(m.text == "the third quarter of 2020" for m in mentions) == text.count("the third quarter of 2020")
