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


EXTRACT = ROOT / "extract"


def _how_it_works() -> str:
    return README.split("\n## How it works\n", 1)[1].split("\n## ", 1)[0]


def test_how_it_works_names_every_module():
    """Issue 20: README "How it works" matches the layout: every module of extract/ is named there,
    and every extract/... module it names exists."""
    section = _how_it_works()
    modules = sorted(p.relative_to(EXTRACT).as_posix() for p in EXTRACT.rglob("*.py") if p.name != "__init__.py")
    missing = [m for m in modules if not re.search(rf"(?<!\w){re.escape(Path(m).name)}\b", section)]
    assert not missing, f"How it works does not name {missing}"
    named = set(re.findall(r"`extract/([\w/]+\.py)", section))
    assert named and not [m for m in named if not (EXTRACT / m).is_file()], named


def test_every_module_opens_with_what_it_owns():
    """Each module's docstring opens with one sentence (a line ending its first sentence with a period)."""
    import ast

    for path in sorted(EXTRACT.rglob("*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc, f"{path.relative_to(ROOT)} has no module docstring"
        first = doc.split("\n\n", 1)[0]
        assert re.search(r"[.)]$|\.\s", first), f"{path.relative_to(ROOT)}: the first paragraph is not a sentence: {first!r}"
