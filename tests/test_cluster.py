"""Scale-out on Dask (issue 10), on loopback only: same bytes, a killed worker, a bad article."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from extract.runner import run_corpus
from tests.conftest import CORPUS, ROOT

distributed = pytest.importorskip("distributed")


def _generated(folder: Path, n: int) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import make_corpus

    make_corpus(folder, n)
    return folder


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as local:
        yield local


def test_cluster_output_identical_to_one_process(cluster, tmp_path):
    corpus = _generated(tmp_path / "corpus", 40)
    local, remote = tmp_path / "j1.jsonl", tmp_path / "dask.jsonl"
    assert run_corpus(corpus, local, quiet=True, use_cache=False, processes=1) == 0
    assert run_corpus(corpus, remote, quiet=True, use_cache=False, scheduler=cluster.scheduler_address) == 0
    assert remote.read_bytes() == local.read_bytes()
    for kind in ("articles", "entities"):
        assert (tmp_path / f"dask.{kind}.jsonl").read_bytes() == (tmp_path / f"j1.{kind}.jsonl").read_bytes()


def test_cluster_bad_article_reported_like_a_local_run(cluster, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "bad.txt").write_bytes(b"caf\xe9")
    out = tmp_path / "out.jsonl"
    assert run_corpus(corpus, out, use_cache=False, scheduler=cluster.scheduler_address) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert errors == ["error: bad.txt: not UTF-8 (byte 0xe9 at offset 3)"]
    good = tmp_path / "good.jsonl"
    assert run_corpus(CORPUS, good, quiet=True, use_cache=False, processes=1) == 0
    assert out.read_bytes() == good.read_bytes()


def test_cluster_worker_killed_mid_run_is_recomputed(tmp_path):
    corpus = _generated(tmp_path / "corpus", 96)
    expected, out = tmp_path / "j1.jsonl", tmp_path / "dask.jsonl"
    assert run_corpus(corpus, expected, quiet=True, use_cache=False, processes=1) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as local, distributed.Client(local) as client:
        pids = client.run(os.getpid)
        result = {}
        run = threading.Thread(target=lambda: result.update(
            code=run_corpus(corpus, out, quiet=True, use_cache=False, scheduler=local.scheduler_address)))
        run.start()
        deadline = time.monotonic() + 120
        busy = []
        while time.monotonic() < deadline and not busy:
            busy = [w for w, keys in client.processing().items() if keys and w in pids]
            time.sleep(0.2)
        time.sleep(2)  # let the worker get into its batch
        assert busy and run.is_alive(), "no batch was running to interrupt"
        os.kill(pids[busy[0]], signal.SIGKILL)
        run.join(timeout=300)
    assert result.get("code") == 0
    assert out.read_bytes() == expected.read_bytes()


def test_cluster_unreachable_scheduler_exits_2_and_keeps_output(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    assert run_corpus(CORPUS, out, scheduler="tcp://127.0.0.1:9") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert out.read_text() == "previous\n"


def test_cluster_local_spec_is_checked(tmp_path, capsys):
    assert run_corpus(CORPUS, tmp_path / "o.jsonl", scheduler="local:zero") == 2
    assert "expected local:N" in capsys.readouterr().err


def test_cluster_local_settings_apply_to_its_workers_and_are_restored():
    """local:N turns the workers' profiler off for its own cluster only: the caller's Dask configuration is restored."""
    import dask

    from extract.cluster import connect

    before = dask.config.get("distributed.worker.profile.enabled")
    with connect("local:1") as client:
        assert client.run(lambda: dask.config.get("distributed.worker.profile.enabled")) == {
            address: False for address in client.scheduler_info()["workers"]}
        assert dask.config.get("distributed.worker.profile.enabled") == before
    assert dask.config.get("distributed.worker.profile.enabled") == before is True
