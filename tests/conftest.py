"""Shared fixtures: the pipeline loaded once, the corpus run once, the gold files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold" / "corpus.jsonl"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> Path:
    """`extract run corpus/` once per session; returns the output file."""
    from extract.runner import run_corpus

    out = tmp_path_factory.mktemp("run") / "mentions.jsonl"
    assert run_corpus(CORPUS, out, quiet=True) == 0
    return out


@pytest.fixture(scope="session")
def corpus_records(corpus_run) -> list[dict]:
    return [json.loads(line) for line in corpus_run.read_text(encoding="utf-8").splitlines()]


def gold_articles() -> list[str]:
    return [json.loads(line)["article"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


# CI runs the property tests on a fixed seed (a red CI must be reproducible); locally they
# explore new examples on every run.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
_hypothesis_settings.register_profile("dev", print_blob=True)
_hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


def labelled(text: str, published=None) -> set[tuple[str, str]]:
    """{(label, mention text)} that the pipeline finds in TEXT (published 2022-10-22 by default)."""
    from datetime import date

    from extract import extract_text

    return {(m.label, m.text) for m in extract_text(text, published=published or date(2022, 10, 22))}
