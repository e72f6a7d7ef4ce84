"""README.md stays true: its first commands are CI's, and every recipe runs on a fresh output."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract.runner import run_corpus
from tests.conftest import CORPUS, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(sh|sql|python)\n(.*?)```", README, flags=re.S)


def _readme_commands() -> list[str]:
    lines = README.splitlines()[:12]
    return [line.strip() for line in lines if line.startswith("    ")]


def test_readme_opens_with_run_and_test_commands():
    run, test = _readme_commands()[:2]
    assert run.endswith("extract run corpus/")
    assert "pytest" in test


def test_ci_runs_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in _readme_commands()[:2]:
        assert command in ci, f"{command!r} is not in .ci/run"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder like a fresh clone after `extract run corpus/`."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(CORPUS, folder / "corpus")
    assert run_corpus(folder / "corpus", folder / "output" / "mentions.jsonl", quiet=True) == 0
    return folder


def test_readme_has_every_kind_of_recipe():
    kinds = [kind for kind, _ in BLOCKS]
    assert kinds.count("sql") >= 2 and "sh" in kinds and kinds.count("python") >= 2


@pytest.mark.parametrize("block", [b for k, b in BLOCKS if k == "sh"], ids=lambda b: b.splitlines()[0][:40])
def test_readme_shell_recipe(workdir, block):
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed (.ci/run installs it)")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for command in block.strip().splitlines():
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=workdir, env=env, capture_output=True,
                                text=True, timeout=300)
        assert result.returncode == 0 and result.stdout.strip(), (command, result.stderr)


@pytest.mark.parametrize("block", [b for k, b in BLOCKS if k == "sql"], ids=lambda b: b.splitlines()[0][:40])
def test_readme_duckdb_recipe(workdir, block, monkeypatch):
    import duckdb

    monkeypatch.chdir(workdir)
    rows = duckdb.sql(block).fetchall()
    assert rows
    if "organization" in block:
        assert rows[0][0] == "Huawei Technologies Co" and rows[0][1] == 2


@pytest.mark.parametrize("block", [b for k, b in BLOCKS if k == "python"], ids=lambda b: b.splitlines()[0][:40])
def test_readme_python_recipe(workdir, block):
    result = subprocess.run([sys.executable, "-c", block], cwd=workdir, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout.strip(), result.stderr
