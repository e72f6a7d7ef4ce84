"""bench/compare_outputs.py: byte comparison of two runs' outputs, and where they first differ."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import compare_outputs as co  # noqa: E402


@pytest.mark.parametrize("before,after,where", [
    (b'{"a":1}\n{"b":2}\n', b'{"a":1}\n{"b":2}\n', None),
    (b'{"a":1}\n{"b":2}\n', b'{"a":1}\n{"b":3}\n', 'line 2:\n      before: {"b":2}\n      after:  {"b":3}'),
    (b'{"a":1}\n', b'{"a":1}\n{"b":2}\n', 'line 2:\n      before: <end of file>\n      after:  {"b":2}'),
    (b'{"a":1}\n', b'{"a":1}', "line 1:\n      before: {\"a\":1}\n      after:  {\"a\":1}"),  # the newline counts
], ids=["identical", "changed-line", "extra-line", "missing-newline"])
def test_compare_first_difference(tmp_path, before, after, where):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_bytes(before)
    b.write_bytes(after)
    assert co.first_difference(a, b) == where


def test_compare_resolves_commits_and_folders():
    head = subprocess.run(["git", "-C", str(co.ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("not a git checkout")
    assert co.resolve(str(co.ROOT)) == (co.ROOT, None)  # a checkout folder runs as it is, never cached
    with pytest.raises(subprocess.CalledProcessError):
        co.resolve("no-such-revision-anywhere")


def test_compare_unknown_set_is_refused():
    with pytest.raises(SystemExit, match="unknown set"):
        co.data_sets(["no_such_set"])
