"""Run the pipeline over a corpus: read, extract (cached, in N processes), write; exit code.

Articles stream through in path order: read lazily, looked up in the cache, the misses
processed in batches (in this process with `nlp.pipe`, or in worker processes with a
bounded number of batches in flight), and their lines written as soon as every earlier
article's are. The output is the same bytes whatever the process count or cache state.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract.articles import Article, iter_articles, list_articles, parse_article
from extract.errors import ArticleError, UsageError
from extract.entities import Entities, EntityIndex
from extract.records import LABELS, MENTION_ADAPTER, MentionBase, to_line
from extract.sources import Fields, JsonlLine, is_jsonl, iter_jsonl, list_jsonl
from extract.writers import STDOUT, atomic_output, remove_stale_temps

BATCH_SIZE = 32
# spaCy's parser and NER need about 1 GB of memory per 100,000 characters; longer texts
# are cut at line breaks (then sentence ends, then spaces).
CHUNK_CHARS = 100_000
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
    lines: list[str] | None = None
    cached: bool = False


def chunks(text: str, start: int, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering text[start:], each at most LIMIT characters, cut at a line break if possible."""
    pos = start
    while pos < len(text):
        end = min(len(text), pos + limit)
        if end < len(text):
            for separator in ("\n", ". ", " "):
                cut = text.rfind(separator, pos, end)
                if cut > pos:
                    end = cut + len(separator)
                    break
        yield pos, text[pos:end]
        pos = end


def extract_articles(articles: Iterable[Article], nlp, batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, list[MentionBase]]]:
    """Mentions of each article, in input order; spaCy runs in batches over the articles' chunks."""
    from extract.mentions import doc_mentions

    def pieces() -> Iterator[tuple[str, tuple[Article, int, bool]]]:
        for article in articles:
            parts = list(chunks(article.text, article.body_start)) or [(article.body_start, "")]
            for number, (offset, piece) in enumerate(parts, start=1):
                yield piece, (article, offset, number == len(parts))

    found: list[MentionBase] = []
    for doc, (article, offset, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        found.extend(doc_mentions(doc, article, offset))
        if last:
            yield article, sorted(found, key=lambda m: (m.start, m.end))
            found = []


def extract_lines(articles: list[Article]) -> list[list[str]]:
    """Output lines for each article (worker entry point: the pipeline loads once per process)."""
    from extract.pipeline import load_pipeline

    return [[to_line(m) for m in mentions] for _, mentions in extract_articles(articles, load_pipeline())]


def extract_text(text: str, published=None, path: str = "<text>") -> list[MentionBase]:
    """Mentions in one article text (front matter allowed); PUBLISHED overrides its date."""
    from dataclasses import replace

    from extract.pipeline import load_pipeline

    article = parse_article(text.encode("utf-8"), path)
    if published is not None:
        article = replace(article, published=published)
    return keyed_mentions(article, next(extract_articles([article], load_pipeline()))[1])


def keyed_mentions(article: Article, mentions: list[MentionBase]) -> list[MentionBase]:
    """MENTIONS with the entity keys that ARTICLE alone gives them (a one-article corpus)."""
    index = EntityIndex()
    index.add(article.path, article.text, [m.model_dump() for m in mentions])
    entities = index.resolve()
    return [MENTION_ADAPTER.validate_json(with_entity(to_line(m), entities)) for m in mentions]


def extract_corpus(corpus: Path | str) -> Iterator[tuple[str, list[MentionBase]]]:
    """(relative path, mentions) per article under CORPUS; a bad article raises ArticleError."""
    from extract.pipeline import load_pipeline

    corpus = Path(corpus)
    paths, _ = list_articles(corpus)

    def articles() -> Iterator[Article]:
        for item in iter_articles(corpus, paths):
            if isinstance(item, ArticleError):
                raise item
            yield item

    for article, mentions in extract_articles(articles(), load_pipeline()):
        yield article.path, mentions


def default_processes(total_chars: int) -> int:
    """All cores, but one process for a corpus too small to repay starting more."""
    return 1 if total_chars < PARALLEL_MIN_CHARS else max(1, os.cpu_count() or 1)


def companion_path(out: Path, kind: str) -> Path:
    """('output/mentions.jsonl', 'articles') -> 'output/articles.jsonl'; 'x/run.jsonl' -> 'x/run.articles.jsonl'."""
    return out.with_name(f"{kind}.jsonl" if out.name == "mentions.jsonl" else f"{out.stem}.{kind}.jsonl")


def run_corpus(corpus: Path, out: Path | str, quiet: bool = False, processes: int | None = None,
               use_cache: bool = True, cache_dir: Path | None = None, scheduler: str | None = None,
               fields: Fields | None = None) -> int:
    """Extract every article under CORPUS into OUT; exit code 0, 1 (an article failed), 2 or 130.

    CORPUS is a folder, one article file, or JSONL (a *.jsonl file, or '-' for stdin) whose
    field names FIELDS gives. SCHEDULER ('tcp://host:8786' or 'local:N') sends the work to a
    Dask cluster instead of local processes.
    """
    started = time.perf_counter()
    summary = Summary()
    main_thread = threading.current_thread() is threading.main_thread()
    _INTERRUPTED.clear()
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)} if main_thread else {}
    try:
        with ExitStack() as cluster:
            if is_jsonl(corpus):
                paths, ignored = list_jsonl(corpus), []
                read = partial(iter_jsonl, fields=fields or Fields())
            else:
                paths, ignored = list_articles(corpus)
                read = iter_articles
            summary.ignored = len(ignored)
            if scheduler is not None:
                from extract import cluster as dask_cluster

                client = cluster.enter_context(dask_cluster.connect(scheduler))
                mapper = partial(dask_cluster.map_ordered, client=client, work=extract_lines, misses=_misses)
            else:
                if processes is None:
                    processes = default_processes(sum(_size(p) for p in paths))
                mapper = partial(_map_ordered, processes=processes)
            _run(corpus, out, paths, summary, quiet, mapper, parallel=scheduler is not None or processes > 1,
                 cache=_open_cache(out, cache_dir) if use_cache else None, read=read)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; the previous output is left as it was", file=sys.stderr)
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    summary.seconds = time.perf_counter() - started
    if not paths:
        print(f"note: {corpus}: no {'articles' if is_jsonl(corpus) else '.txt articles'} found", file=sys.stderr)
    if not quiet:
        print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0


def _run(corpus: Path, out: Path | str, paths: list, summary: Summary, quiet: bool, mapper,
         parallel: bool, cache, read=iter_articles) -> None:
    """Stream entries through MAPPER into the outputs; raises UsageError for output problems."""
    to_file = str(out) != STDOUT
    companions = [companion_path(Path(out), kind) for kind in ("articles", "entities")] if to_file else []
    for path in [Path(out), *companions] if to_file else []:
        remove_stale_temps(path)
    with ExitStack() as stack:
        # Entity keys need the whole corpus: records wait in an anonymous spool file.
        spool = stack.enter_context(_spool(Path(out).parent if to_file else None))
        table = stack.enter_context(atomic_output(companions[0])) if to_file else None
        index = EntityIndex()
        progress = _progress(len(paths), quiet)
        for entry in _entries(corpus, paths, cache, mapper, parallel, read):
            _check_interrupted()
            _write(entry, spool, table, summary, index)
            progress(entry.path)
        progress(None)
        _check_interrupted()
        entities = index.resolve()
        spool.seek(0)
        with atomic_output(out) as handle:
            for line in spool:
                handle.write(with_entity(line, entities))
        if to_file:
            with atomic_output(companions[1]) as handle:
                handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in entities.rows)
    if cache is not None:
        cache.prune()


# Set by Ctrl-C or SIGTERM and checked again between articles: a library that swallows the
# KeyboardInterrupt (a bare `except:` while the model loads) cannot make the run go on.
_INTERRUPTED = threading.Event()


def _interrupt(signum, frame) -> None:
    _INTERRUPTED.set()
    raise KeyboardInterrupt  # SIGTERM cleans up like Ctrl-C: temp files removed, nothing renamed


def _check_interrupted() -> None:
    if _INTERRUPTED.is_set():
        raise KeyboardInterrupt


def _size(path: Path | JsonlLine) -> int:
    if isinstance(path, JsonlLine):
        return len(path.data)
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _open_cache(out: Path | str, cache_dir: Path | None):
    from extract.cache import ArticleCache
    from extract.pipeline import pipeline_fingerprint

    if cache_dir is None:
        cache_dir = (Path("output") if str(out) == STDOUT else Path(out).parent) / ".cache"
    else:
        cache_dir = Path(cache_dir)
    return ArticleCache(cache_dir, pipeline_fingerprint())


def _entries(corpus: Path, paths: list, cache, mapper, parallel: bool, read=iter_articles) -> Iterator[Entry]:
    """Entries in path order with their lines: from the cache, or computed in batches."""
    def entries() -> Iterator[Entry]:
        for item in read(corpus, paths):
            if isinstance(item, ArticleError):
                yield Entry(item.path, error=item)
                continue
            lines = cache.get(item.path, item.sha256) if cache is not None else None
            yield Entry(item.path, article=item, lines=lines)

    tasks = _tasks(entries(), ARTICLES_PER_TASK if parallel else BATCH_SIZE * 4)
    for task, results in mapper(tasks):
        todo = iter(results)
        for entry in task:
            if entry.article is not None and entry.lines is None:
                entry.lines = next(todo)
                if cache is not None:
                    cache.put(entry.path, entry.article.sha256, entry.lines)
            elif entry.lines is not None:
                entry.cached = True
            yield entry


def _tasks(entries: Iterator[Entry], size: int) -> Iterator[list[Entry]]:
    """Group entries so that each group holds at most SIZE articles to process."""
    task: list[Entry] = []
    misses = 0
    for entry in entries:
        task.append(entry)
        misses += entry.article is not None and entry.lines is None
        if misses >= size:
            yield task
            task, misses = [], 0
    if task:
        yield task


def _misses(task: list[Entry]) -> list[Article]:
    return [e.article for e in task if e.article is not None and e.lines is None]


def _map_ordered(tasks: Iterator[list[Entry]], processes: int) -> Iterator[tuple[list[Entry], list[list[str]]]]:
    """(task, lines of its misses) in task order; in worker processes with a bounded window.

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
            yield task, extract_lines(todo) if todo else []
        return
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_warm_up) as pool:
        window: deque = deque()
        try:
            for task in itertools.chain(ahead, tasks):
                todo = _misses(task)
                window.append((task, pool.submit(extract_lines, todo) if todo else None))
                while len(window) > processes * TASKS_IN_FLIGHT_PER_PROCESS:
                    yield _done(window.popleft())
            while window:
                yield _done(window.popleft())
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _done(item) -> tuple[list[Entry], list[list[str]]]:
    task, future = item
    return task, future.result() if future is not None else []


def _warm_up() -> None:
    """Worker initializer: load the pipeline once; let the parent handle Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from extract.pipeline import load_pipeline

    load_pipeline()


def _spool(folder: Path | None):
    """An anonymous temp file (gone with the process, whatever kills it), on the output's disk."""
    import tempfile

    try:
        return tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n", dir=folder if folder and folder.is_dir() else None)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot write output ({exc.strerror})") from exc


def with_entity(line: str, entities: Entities) -> str:
    """Add the corpus-level entity key to an ORG or PRODUCT line; other lines pass unchanged.

    The key (a slug: [a-z0-9-]) goes right after `name`, the last field of the value, exactly
    where the NameValue model writes it.
    """
    if '"label":"ORG"' not in line and '"label":"PRODUCT"' not in line:
        return line
    record = json.loads(line)
    key = entities.key_of(record["label"], record["value"]["name"])
    if key is None or not line.endswith('"}}\n'):
        return line
    return f'{line[:-3]},"entity":"{key}"}}}}\n'


def _write(entry: Entry, handle, table, summary: Summary, index: EntityIndex) -> None:
    counts = Counter()
    if entry.error is not None:
        summary.failed += 1
        print(f"error: {entry.error}", file=sys.stderr)
    else:
        summary.articles += 1
        summary.cached += entry.cached
        records = []
        for line in entry.lines:
            handle.write(line)
            records.append(json.loads(line))
            counts[records[-1]["label"]] += 1
        index.add(entry.path, entry.article.text, records)
        summary.mentions.update(counts)
    if table is not None:
        table.write(article_line(entry, counts))


def article_line(entry: Entry, counts: Counter) -> str:
    """One line of articles.jsonl: path, hash, date, title, size, mentions per label, status."""
    article = entry.article
    row = {
        "path": entry.path,
        "sha256": article.sha256 if article else None,
        "published": article.published.isoformat() if article and article.published else None,
        "title": article.title if article else None,
        "characters": len(article.text) if article else None,
        "mentions": {label: counts.get(label, 0) for label in LABELS},
        "status": "ok" if entry.error is None else "error",
        "error": entry.error.cause if entry.error else None,
    }
    return json.dumps(row, ensure_ascii=False) + "\n"


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
            bar.update(job, advance=1, description=path[-40:])

    return advance
