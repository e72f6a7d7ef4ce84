"""The command line: exit codes, stdout streaming, error lines, fast start-up."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extract.runner import run_corpus
from tests.conftest import CORPUS, ROOT


def _extract(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], capture_output=True, text=True,
                          cwd=kwargs.get("cwd", ROOT), timeout=300)


def test_cli_import_loads_no_heavy_module():
    code = ("import sys, extract.cli; heavy = [m for m in ('spacy', 'dateparser', 'quantulum3', 'dask', 'pydantic')"
            " if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_run_freezes_the_loaded_pipeline_once():
    """The run's process freezes the objects the pipeline loaded (runner.run_pipeline: gc.freeze once per
    process), so the collector does not walk the model's objects at each collection; a later batch adds none."""
    code = ("import gc; from extract.articles import Article; from extract.runner import extract_records\n"
            "first = extract_records([Article('a.txt', 'Acme Corp. shares rose 5% on Monday.')])\n"
            "frozen = gc.get_freeze_count()\n"
            "extract_records([Article('b.txt', 'Nordwind fell 2% in 2021.')])\n"
            "print(len(first[0]) > 0, frozen > 50_000, gc.get_freeze_count() == frozen)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, timeout=300)
    assert out.stdout.split() == ["True", "True", "True"], out.stderr[-2000:]


def test_cli_help_and_version():
    assert _extract("--help").returncode == 0
    version = _extract("--version")
    assert version.returncode == 0 and version.stdout.startswith("extract ")


def test_cli_missing_corpus_exits_2(tmp_path):
    result = _extract("run", str(tmp_path / "nope"), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == f"error: {tmp_path / 'nope'}: no such file or directory"
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_stdout_stream(corpus_run):
    result = _extract("run", str(CORPUS), "-o", "-", "--quiet")
    assert result.returncode == 0
    assert result.stdout == corpus_run.read_text(encoding="utf-8")
    assert json.loads(result.stdout.splitlines()[0])["article"]


def test_bad_article_reported_and_others_kept(tmp_path, corpus_run, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in CORPUS.glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "bad.txt").write_bytes(b"caf\xe9")
    out = tmp_path / "out.jsonl"
    assert run_corpus(corpus, out) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert errors == ["error: bad.txt: not UTF-8 (byte 0xe9 at offset 3)"]
    assert out.read_bytes() == corpus_run.read_bytes()


def test_empty_corpus_gives_empty_output(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert run_corpus(tmp_path, out) == 0
    assert out.read_text() == ""
    assert "no .txt articles" in capsys.readouterr().err


def test_output_path_that_is_a_directory_exits_2(tmp_path):
    assert run_corpus(CORPUS, tmp_path, quiet=True) == 2
    assert list(tmp_path.iterdir()) == []


def test_eval_command_prints_table_and_json(corpus_run):
    table = _extract("eval", "tests/gold/corpus.jsonl", "--pred", str(corpus_run))
    assert table.returncode == 0 and table.stdout.splitlines()[0].startswith("label")
    data = json.loads(_extract("eval", "tests/gold/corpus.jsonl", "--pred", str(corpus_run), "--json").stdout)
    assert set(data) == {"ORG", "PRODUCT", "DATE", "MONEY", "PERCENT", "ALL", "entities"}
    assert set(data["entities"]) == {"ORG", "PRODUCT"}


@pytest.mark.parametrize("args", [["eval", "tests/gold/corpus.jsonl"], ["run"]])
def test_cli_usage_errors_exit_2(args):
    assert _extract(*args).returncode == 2
