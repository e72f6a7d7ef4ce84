"""`extract run --scheduler`: the same work on a Dask cluster (issue 10). Imported only with the flag.

The client reads the corpus and ships article texts to the workers (no shared filesystem
needed: any worker that has `extract` installed can help); each worker loads the pipeline
once and returns output lines; the client keeps a bounded number of batches in flight and
writes in path order, so the bytes are those of a local run. A worker that dies mid-batch
costs only a recomputation: the scheduler reruns its tasks elsewhere.
"""

from __future__ import annotations

import logging
from collections import deque
from contextlib import contextmanager
from typing import Iterator

import dask
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from extract.errors import UsageError

CONNECT_TIMEOUT = "10s"
TASKS_IN_FLIGHT_PER_WORKER = 2
TASK_RETRIES = 3


@contextmanager
def connect(scheduler: str) -> Iterator[object]:
    """A Dask client for 'tcp://host:port' or 'local:N' (a LocalCluster of N worker processes)."""
    cluster = None
    try:
        if scheduler.startswith("local:"):
            workers = _local_workers(scheduler)
            # Two taxes on CPU-bound batches that nobody needs here: the workers' statistical
            # profiler (every thread's stack every 10 ms), and the nanny's MALLOC_TRIM_THRESHOLD_,
            # which makes glibc return memory after every large free (~6% slower spaCy).
            # Set only while the cluster starts (each nanny copies the configuration it starts
            # with), then restored: the caller's Dask configuration is left as it was.
            environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
            environ.pop("MALLOC_TRIM_THRESHOLD_", None)
            with dask.config.set({"distributed.worker.profile.enabled": False,
                                  "distributed.nanny.pre-spawn-environ": environ}):
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        client.register_plugin(LoadPipeline(), name="extract-load-pipeline")
    except (OSError, TimeoutError, ValueError, TypeError) as exc:  # ValueError: 'garbage' is no address
        if cluster is not None:
            cluster.close()
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class LoadPipeline(WorkerPlugin):
    """Worker plugin: load the spaCy pipeline as soon as a worker joins, before its first batch."""

    def setup(self, worker) -> None:
        from extract.pipeline import load_pipeline

        load_pipeline()


def _local_workers(scheduler: str) -> int:
    try:
        workers = int(scheduler.split(":", 1)[1])
    except ValueError:
        workers = 0
    if workers < 1:
        raise UsageError(f"--scheduler {scheduler}: expected local:N with N >= 1 worker processes")
    return workers


def map_ordered(tasks, client, work, misses) -> Iterator[tuple[list, list]]:
    """(task, WORK(misses of task)) in task order, computed on the cluster with a bounded window."""
    window: deque = deque()
    limit = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})) * TASKS_IN_FLIGHT_PER_WORKER)
    try:
        for task in tasks:
            todo = misses(task)
            future = client.submit(work, todo, pure=False, retries=TASK_RETRIES) if todo else None
            window.append((task, future))
            while len(window) > limit:
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())
    finally:
        for _, future in window:
            if future is not None:
                future.cancel()


def _result(item) -> tuple[list, list]:
    task, future = item
    return task, future.result() if future is not None else []
