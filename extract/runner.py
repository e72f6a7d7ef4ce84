"""The run over a corpus (`extract run`): read, extract (cached, in N processes), write the three outputs; exit code.

Articles stream through in path order: read lazily, looked up in the cache, the misses
processed in batches (in this process, or in worker processes with a bounded number of
batches in flight, each through extract/api.py), and their records spooled in path order
until the corpus's entity keys are known. The output is the same bytes whatever the process
count or cache state. The library API (`extract_text`, `extract_corpus`) is extract/api.py.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import signal
import sys
import threading
import time
from collections import Counter, deque
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

from extract.api import BATCH_SIZE, extract_articles, with_entity
from extract.articles import MAX_ARTICLE_BYTES, Article, iter_articles, list_articles
from extract.errors import ArticleError, Failed, InternalError, UsageError, escape
from extract.entities import EntityIndex
from extract.records import LABELS, MENTION_ADAPTER, ArticleRow, MentionBase, MentionCounts, article_line, to_line
from extract.sources import Fields, JsonlLine, is_jsonl, iter_jsonl, list_jsonl
from extract.writers import atomic_output, discard, is_special, publish, remove_stale_temps, target_of, temp_path

# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 200_000
ARTICLES_PER_TASK = 16
TASKS_IN_FLIGHT_PER_PROCESS = 2


@dataclass
class Summary:
    articles: int = 0
    failed: int = 0
    ignored: int = 0
    cached: int = 0
    mentions: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        counts = ", ".join(f"{label} {self.mentions[label]}" for label in LABELS)
        return (f"{self.articles} articles ({self.cached} from cache), {self.failed} failed, "
                f"{self.ignored} ignored (not .txt); {sum(self.mentions.values())} mentions ({counts}); "
                f"{self.seconds:.1f}s")


@dataclass
class Entry:
    """One corpus file on its way to the output, in path order."""

    path: str
    article: Article | None = None
    error: ArticleError | None = None
    mentions: list[MentionBase] | None = None
    cached: bool = False


def extract_records(articles: list[Article]) -> list[list[MentionBase] | Failed]:
    """Mention records of each article, or its Failed (worker entry point: the pipeline loads once per process).

    A bug met in one article is that article's failure: the batch is done again one
    article at a time, so the others keep their lines.
    """
    nlp = run_pipeline()
    try:
        return [mentions for _, mentions in extract_articles(articles, nlp)]
    except Exception as exc:  # noqa: BLE001  one place: an article's bug is reported as its error line
        if len(articles) == 1:
            return [Failed.of(exc)]
    return [result for article in articles for result in extract_records([article])]


def run_pipeline():
    """load_pipeline() for the run's long-lived process, the objects then made frozen (gc.freeze) once
    per process: the model's and the rules' hundred thousand objects outlive the run, and the
    collector, run over and over as the docs' objects come and go, no longer walks them each time."""
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    if not gc.get_freeze_count():
        gc.freeze()
    return nlp


def default_processes(total_chars: int) -> int:
    """All cores, but one process for a corpus too small to repay starting more."""
    return 1 if total_chars < PARALLEL_MIN_CHARS else max(1, os.cpu_count() or 1)


def companion_path(out: Path, kind: str) -> Path:
    """('output/mentions.jsonl', 'articles') -> 'output/articles.jsonl'; 'x/run.jsonl' -> 'x/run.articles.jsonl'."""
    return out.with_name(f"{kind}.jsonl" if out.name == "mentions.jsonl" else f"{out.stem}.{kind}.jsonl")


def run_corpus(corpus: Path, out: Path | str, quiet: bool = False, processes: int | None = None,
               use_cache: bool = True, cache_dir: Path | None = None, scheduler: str | None = None,
               fields: Fields | None = None, follow_links: bool = False, max_bytes: int = MAX_ARTICLE_BYTES,
               debug: bool = False, hard_stop: bool = False) -> int:
    """Extract every article under CORPUS into OUT; exit code 0, 1 (an article failed), 2 or 130.

    CORPUS is a folder, one article file, or JSONL (a *.jsonl file, or '-' for stdin) whose
    field names FIELDS gives. SCHEDULER ('tcp://host:8786' or 'local:N') sends the work to a
    Dask cluster instead of local processes. FOLLOW_LINKS reads symbolic links that leave the
    corpus; MAX_BYTES is the largest article read; DEBUG prints the traceback of an internal
    error. HARD_STOP (the command line) ends the process if a stop signal is not obeyed within
    STOP_GRACE_SECONDS.
    """
    started = time.perf_counter()
    summary = Summary()
    main_thread = threading.current_thread() is threading.main_thread()
    _INTERRUPTED.clear()
    previous = {sig: signal.signal(sig, _interrupt) for sig in STOP_SIGNALS} if main_thread else {}
    paths: list = []
    try:
        with ExitStack() as cluster:
            if main_thread and hard_stop:
                cluster.enter_context(_stop_watchdog(_outputs(out)))
            if is_jsonl(corpus):
                paths, ignored = list_jsonl(corpus), []
                read = partial(iter_jsonl, fields=fields or Fields(), max_bytes=max_bytes)
            else:
                paths, ignored = list_articles(corpus, follow_links=follow_links)
                read = partial(iter_articles, max_bytes=max_bytes)
            summary.ignored = len(ignored)
            _check_collisions(paths, out)
            if scheduler is not None:
                from extract import cluster as dask_cluster

                client = cluster.enter_context(dask_cluster.connect(scheduler))
                mapper = partial(dask_cluster.map_ordered, client=client, work=extract_records, misses=_misses)
            else:
                if processes is None:
                    processes = default_processes(sum(_size(p) for p in paths))
                mapper = partial(_map_ordered, processes=processes)
            _run(corpus, out, paths, summary, quiet, mapper, parallel=scheduler is not None or processes > 1,
                 cache=_open_cache(out, cache_dir) if use_cache else None, read=read, debug=debug)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except WorkerLost as exc:
        print(f"error: {exc}; the previous output is left as it was", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; the previous output is left as it was", file=sys.stderr)
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    summary.seconds = time.perf_counter() - started
    if not paths:
        print(f"note: {escape(corpus)}: no {'articles' if is_jsonl(corpus) else '.txt articles'} found", file=sys.stderr)
    if not quiet:
        print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0


def _check_collisions(paths: list, out: Path | str) -> None:
    """Refuse an output that would overwrite an article of the corpus."""
    if is_special(out):
        return
    articles = {os.path.realpath(p): p for p in paths if isinstance(p, Path)}
    for target in _outputs(out):
        hit = articles.get(os.path.realpath(target))
        if hit is not None:
            raise UsageError(f"{escape(target)}: output would overwrite the article {escape(hit)}; choose another -o")


def _outputs(out: Path | str) -> list[Path]:
    """The files a run writes: OUT and, when OUT is a plain file, its two companions."""
    if is_special(out):
        return []
    return [Path(out), *(companion_path(Path(out), kind) for kind in ("articles", "entities"))]


def _run(corpus: Path, out: Path | str, paths: list, summary: Summary, quiet: bool, mapper,
         parallel: bool, cache, read=iter_articles, debug: bool = False) -> None:
    """Stream entries through MAPPER into the outputs; raises UsageError for output problems.

    The outputs are staged beside their targets and renamed together under one lock, so two
    runs into one output leave one run's three files, never a mix. A special output ('-',
    /dev/null, a FIFO) gets the records only.
    """
    outputs = _outputs(out)
    companions = outputs[1:]
    for path in outputs:
        remove_stale_temps(path)
    staged: list[tuple[Path, Path]] = []
    try:
        # Entity keys need the whole corpus: records wait in an anonymous spool file.
        with _spool(target_of(out).parent if outputs else None) as spool:
            with ExitStack() as stack:
                table = stack.enter_context(atomic_output(companions[0], staged)) if companions else None
                index = EntityIndex()
                progress = _progress(len(paths), quiet)
                for entry in _entries(corpus, paths, cache, mapper, parallel, read):
                    _check_interrupted()
                    _write(entry, spool, table, summary, index, debug)
                    progress(entry.path)
                progress(None)
                _check_interrupted()
            entities = index.resolve()
            spool.seek(0)
            with atomic_output(out, staged) as handle:
                for mentions in _unspool(spool):
                    handle.writelines(to_line(with_entity(m, entities)) for m in mentions)
        if companions:
            with atomic_output(companions[1], staged) as handle:
                handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in entities.rows)
        _check_interrupted()
        publish(staged, target_of(out) if outputs else None)
        staged = []
    finally:
        discard(staged)
    if cache is not None:
        cache.prune()


# Set by Ctrl-C, SIGTERM or SIGHUP (a closed terminal) and checked again between articles: a
# library that swallows the KeyboardInterrupt (a bare `except:` while the model loads) cannot
# make the run go on.
_INTERRUPTED = threading.Event()
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
# After a stop signal the run has this long to clean up and exit by itself; then the watchdog
# ends the process (exit 130). Python runs a signal handler only between bytecodes, so a
# long call inside compiled code (one spaCy batch) would otherwise delay the exit.
STOP_GRACE_SECONDS = 0.8


class WorkerLost(Exception):
    """A worker process died (killed, out of memory): its articles got no result."""


def _interrupt(signum, _frame) -> None:
    _INTERRUPTED.set()
    raise KeyboardInterrupt  # SIGTERM cleans up like Ctrl-C: temp files removed, nothing renamed


@contextmanager
def _stop_watchdog(outputs: list[Path]):
    """A thread woken by the C-level signal handler (signal.set_wakeup_fd), not by Python's.

    It waits STOP_GRACE_SECONDS for the run to stop by itself, then removes this process's
    temp files and exits with 130.
    """
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    done = threading.Event()
    try:
        old_fd = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    except ValueError:  # not the main thread
        os.close(read_fd)
        os.close(write_fd)
        yield
        return

    def watch() -> None:
        while True:
            try:
                signum = os.read(read_fd, 1)
            except OSError:
                return
            if done.is_set() or not signum:
                return
            if signum[0] in STOP_SIGNALS:
                break
        if not done.wait(STOP_GRACE_SECONDS):
            for path in outputs:
                temp_path(target_of(path)).unlink(missing_ok=True)
            try:
                os.write(2, b"error: interrupted; the previous output is left as it was\n")
            finally:
                os._exit(130)

    thread = threading.Thread(target=watch, name="extract-stop-watchdog", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        signal.set_wakeup_fd(old_fd)
        os.close(write_fd)  # wakes the thread with EOF
        thread.join(1)
        os.close(read_fd)


def _check_interrupted() -> None:
    if _INTERRUPTED.is_set():
        raise KeyboardInterrupt


def _size(path: Path | JsonlLine | ArticleError) -> int:
    if isinstance(path, JsonlLine):
        return len(path.data)
    if isinstance(path, ArticleError):
        return 0
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _open_cache(out: Path | str, cache_dir: Path | None):
    from extract.cache import ArticleCache
    from extract.pipeline import pipeline_fingerprint

    if cache_dir is None:
        cache_dir = (Path("output") if is_special(out) else target_of(out).parent) / ".cache"
    else:
        cache_dir = Path(cache_dir)
    return ArticleCache(cache_dir, pipeline_fingerprint())


def _entries(corpus: Path, paths: list, cache, mapper, parallel: bool, read=iter_articles) -> Iterator[Entry]:
    """Entries in path order with their mentions: from the cache, or computed in batches."""
    def entries() -> Iterator[Entry]:
        for item in read(corpus, paths):
            if isinstance(item, ArticleError):
                yield Entry(item.path, error=item)
                continue
            lines = cache.get(item.path, item.sha256) if cache is not None else None
            mentions = None if lines is None else [MENTION_ADAPTER.validate_json(line) for line in lines]
            yield Entry(item.path, article=item, mentions=mentions)

    tasks = _tasks(entries(), ARTICLES_PER_TASK if parallel else BATCH_SIZE * 4)
    for task, results in mapper(tasks):
        todo = iter(results)
        for entry in task:
            if entry.article is not None and entry.mentions is None:
                result = next(todo)
                if isinstance(result, Failed):
                    entry.error = InternalError(entry.path, result.cause, result.traceback)
                    continue
                entry.mentions = result
                if cache is not None:
                    cache.put(entry.path, entry.article.sha256, [to_line(m) for m in result])
            elif entry.mentions is not None:
                entry.cached = True
        yield from task


def _tasks(entries: Iterator[Entry], size: int) -> Iterator[list[Entry]]:
    """Group entries so that each group holds at most SIZE articles to process."""
    task: list[Entry] = []
    misses = 0
    for entry in entries:
        task.append(entry)
        misses += entry.article is not None and entry.mentions is None
        if misses >= size:
            yield task
            task, misses = [], 0
    if task:
        yield task


def _misses(task: list[Entry]) -> list[Article]:
    return [e.article for e in task if e.article is not None and e.mentions is None]


def _map_ordered(tasks: Iterator[list[Entry]], processes: int) -> Iterator[tuple[list[Entry], list]]:
    """(task, records of its misses) in task order; in worker processes with a bounded window.

    Worker processes start only when at least PROCESSES tasks have articles to process: a
    re-run that finds one new article among cached ones does it in this process.
    """
    tasks = iter(tasks)
    ahead: list[list[Entry]] = []
    if processes > 1:
        for task in tasks:
            ahead.append(task)
            if sum(1 for t in ahead if _misses(t)) >= processes:
                break
    if processes <= 1 or sum(1 for t in ahead if _misses(t)) < processes:
        for task in [*ahead, *tasks]:
            todo = _misses(task)
            yield task, extract_records(todo) if todo else []
        return
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_warm_up, initargs=(os.getpid(),)) as pool:
        window: deque = deque()
        try:
            for task in itertools.chain(ahead, tasks):
                todo = _misses(task)
                window.append((task, None))  # in the window before it is submitted: a pool broken on submit names it
                if todo:
                    window[-1] = (task, pool.submit(extract_records, todo))
                while len(window) > processes * TASKS_IN_FLIGHT_PER_PROCESS:
                    yield _done(window.popleft())
            while window:
                yield _done(window.popleft())
        except BrokenProcessPool as exc:
            in_hand = getattr(exc, "task", [])
            lost = [e.path for task in [in_hand, *(t for t, _ in window)] for e in _misses_entries(task)]
            raise WorkerLost(_lost_message(lost)) from exc
        except BaseException:
            # Running tasks would keep the pool's exit waiting for minutes: end the workers now.
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _misses_entries(task: list[Entry]) -> list[Entry]:
    return [e for e in task if e.article is not None and e.mentions is None]


def _lost_message(paths: list[str], shown: int = 20) -> str:
    names = ", ".join(escape(p) for p in paths[:shown])
    more = f" and {len(paths) - shown} more" if len(paths) > shown else ""
    return f"a worker process died (killed, or out of memory) while processing {names}{more}"


def _done(item) -> tuple[list[Entry], list]:
    from concurrent.futures.process import BrokenProcessPool

    task, future = item
    try:
        return task, future.result() if future is not None else []
    except BrokenProcessPool as exc:
        exc.task = task  # its articles are named in the error line, with those still in flight
        raise


# glibc malloc's settings for a process the run owns, `extract run`'s own and its local workers, never a library
# caller's nor a Dask worker's, whose memory the cluster watches (mallopt(3) parameter, value): memory freed at
# the top of the heap stays with the process (M_TRIM_THRESHOLD 1 GiB, M_TOP_PAD 64 MiB) and blocks up to
# 32 MiB, glibc's largest, come from the heap (M_MMAP_THRESHOLD), so each batch's arrays reuse the pages
# the last one freed instead of faulting in new ones from the kernel.
MALLOC_SETTINGS = ((-1, 1 << 30), (-2, 64 << 20), (-3, 32 << 20))


def keep_freed_memory() -> None:
    """MALLOC_SETTINGS in this process where the C library is glibc's; elsewhere nothing."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # no mallopt: not glibc
        return
    for param, value in MALLOC_SETTINGS:
        mallopt(param, value)


# Linux prctl(2): deliver this signal to the calling process when its parent dies.
PR_SET_PDEATHSIG = 1


def _warm_up(parent: int) -> None:
    """Worker initializer: die with the parent (even a SIGKILLed one); let it handle Ctrl-C; load the pipeline."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    keep_freed_memory()
    run_pipeline()


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this process when the parent dies; elsewhere a thread watches the parent."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before prctl took effect
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="extract-parent-watch", daemon=True).start()


def _spool(folder: Path | None):
    """An anonymous temp file (gone with the process, whatever kills it), on the output's disk."""
    import tempfile

    try:
        return tempfile.TemporaryFile("w+b", dir=folder if folder and folder.is_dir() else None)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot write output ({exc.strerror})") from exc


def _unspool(spool) -> Iterator[list[MentionBase]]:
    """The mention lists the run spooled, one per article, in the order written."""
    while True:
        try:
            yield pickle.load(spool)
        except EOFError:
            return


def _write(entry: Entry, spool, table, summary: Summary, index: EntityIndex, debug: bool = False) -> None:
    counts = Counter()
    if entry.error is not None:
        summary.failed += 1
        print(f"error: {entry.error}", file=sys.stderr)
        if debug and getattr(entry.error, "traceback", ""):
            print(entry.error.traceback, end="", file=sys.stderr)
    else:
        summary.articles += 1
        summary.cached += entry.cached
        counts.update(m.label for m in entry.mentions)
        pickle.dump(entry.mentions, spool, protocol=pickle.HIGHEST_PROTOCOL)
        index.add(entry.path, entry.article.text, entry.mentions)
        summary.mentions.update(counts)
    if table is not None:
        table.write(article_line(article_row(entry, counts)))


def article_row(entry: Entry, counts: Counter) -> ArticleRow:
    """The articles.jsonl row of ENTRY: path, hash, date, title, size, mentions per label, status."""
    article = entry.article
    return ArticleRow(
        path=_json_safe(entry.path),
        sha256=article.sha256 if article else None,
        published=article.published if article else None,
        title=article.title if article else None,
        characters=len(article.text) if article else None,
        mentions=MentionCounts(**{label: counts.get(label, 0) for label in LABELS}),
        status="ok" if entry.error is None else "error",
        error=entry.error.cause if entry.error else None,
    )


def _json_safe(path: str) -> str:
    """PATH, or its escaped form when it holds bytes that are not UTF-8 (a refused file name)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return escape(path)


def _progress(total: int, quiet: bool) -> Callable[[str | None], None]:
    """A rich progress bar on stderr when it is a terminal; otherwise nothing."""
    if quiet or not sys.stderr.isatty() or total == 0:
        return lambda path: None
    from rich.progress import Progress

    bar = Progress(transient=True)
    bar.start()
    job = bar.add_task("extracting", total=total)

    def advance(path: str | None) -> None:
        if path is None:
            bar.stop()
        else:
            bar.update(job, advance=1, description=escape(path)[-40:])

    return advance
